//! `Data Events` operations, called with the spec's examples.

use serde_json::json;

use crate::{example, Calls};

/// Queues one call of every `Data Events` operation (and pagination helper).
pub fn calls(calls: &mut Calls<'_>) {
    call!(calls, lis_data_events(
        &example(json!({"user_id": "nw-cust-4410"})),
        "user",
        &Default::default()
    ));
    call!(calls, create_data_event(
        &example(json!({
            "event_name": "placed-order",
            "created_at": 1764590400,
            "user_id": "nw-cust-4410",
            "metadata": {
                "order_number": "NW-20931",
                "item_count": 2,
                "price": {"amount": 34900, "currency": "eur"}
            }
        }))
    ));
    call!(calls, data_event_summaries(
        &example(json!({
            "user_id": "nw-cust-4410",
            "event_summaries": {
                "event_name": "placed-order",
                "count": 3,
                "first": 1756713600,
                "last": 1764590400
            }
        }))
    ));
}
