//! `Ticket Types` operations, called with the spec's examples.

use serde_json::json;

use crate::{example, Calls};

/// Queues one call of every `Ticket Types` operation (and pagination helper).
pub fn calls(calls: &mut Calls<'_>) {
    call!(calls, list_ticket_types());
    call!(calls, create_ticket_type(
        &example(json!({
            "name": "Checkout outage",
            "description": "Incidents that stop customers from paying.",
            "category": "Tracker",
            "icon": "🚨",
            "is_internal": false
        }))
    ));
    call!(calls, get_ticket_type("41"));
    call!(calls, update_ticket_type(
        "41",
        &example(json!({"name": "Damaged or missing item", "icon": "🧰"}))
    ));
}
