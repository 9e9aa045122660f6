//! `Admins` operations, called with the spec's examples.

use serde_json::json;

use crate::{example, Calls};

/// Queues one call of every `Admins` operation (and pagination helper).
pub fn calls(calls: &mut Calls<'_>) {
    call!(calls, identify_admin());
    call!(calls, set_away_admin(
        7301942,
        &example(json!({
            "away_mode_enabled": true,
            "away_mode_reassign": true,
            "away_status_reason_id": 4102
        }))
    ));
    call!(calls, list_activity_logs("1764547200", &Default::default()));
    call!(calls, search_activity_logs(
        &example(json!({
            "created_at_after": 1764547200,
            "created_at_before": 1764633600,
            "event_types": ["admin_login_success", "admin_login_failure"],
            "per_page": 50
        }))
    ));
    call!(calls, list_activity_log_event_types());
    call!(calls, list_admins(&Default::default()));
    call!(calls, retrieve_admin(7301955));
}
