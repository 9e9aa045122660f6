//! `Ticket Type Attributes` operations, called with the spec's examples.

use serde_json::json;

use crate::{example, Calls};

/// Queues one call of every `Ticket Type Attributes` operation (and pagination helper).
pub fn calls(calls: &mut Calls<'_>) {
    call!(calls, create_ticket_type_attribute(
        "41",
        &example(json!({
            "name": "Courier",
            "description": "The courier that delivered the parcel.",
            "data_type": "list",
            "list_items": "DHL,An Post,UPS",
            "visible_on_create": true,
            "visible_to_contacts": true
        }))
    ));
    call!(calls, update_ticket_type_attribute(
        "41",
        "319",
        &example(json!({"description": "The order number printed on the parcel label."}))
    ));
}
