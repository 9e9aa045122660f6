//! `Office Hours` operations, called with the spec's examples.

use serde_json::json;

use crate::{example, Calls};

/// Queues one call of every `Office Hours` operation (and pagination helper).
pub fn calls(calls: &mut Calls<'_>) {
    call!(calls, list_office_hours_schedules());
    call!(calls, create_office_hours_schedule(
        &example(json!({
            "name": "Berlin support desk",
            "time_zone_name": "Europe/Berlin",
            "time_intervals": [
                {"start_minute": 540, "end_minute": 1080},
                {"start_minute": 1980, "end_minute": 2520},
                {"start_minute": 3420, "end_minute": 3960}
            ]
        }))
    ));
    call!(calls, get_office_hours_schedule("301"));
    call!(calls, update_office_hours_schedule(
        "301",
        &example(json!({
            "name": "Berlin support desk (winter hours)",
            "time_intervals": [
                {"start_minute": 480, "end_minute": 1020},
                {"start_minute": 1920, "end_minute": 2460}
            ]
        }))
    ));
    call!(calls, delete_office_hours_schedule("301"));
    call!(calls, list_office_hours_exceptions("301"));
    call!(calls, create_office_hours_exception(
        "301",
        &example(json!({
            "exception_date": "2026-12-24",
            "exception_type": "custom_hours",
            "name": "Christmas Eve",
            "time_intervals": [{"start_minute": 540, "end_minute": 780}],
            "recurring_annually": true
        }))
    ));
    call!(calls, get_office_hours_exception("301", "913"));
    call!(calls, update_office_hours_exception(
        "301",
        "912",
        &example(json!({"exception_type": "closed", "time_intervals": null}))
    ));
    call!(calls, delete_office_hours_exception("301", "913"));
}
