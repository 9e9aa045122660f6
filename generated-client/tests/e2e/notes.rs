//! `Notes` operations, called with the spec's examples.

use serde_json::json;

use crate::{example, Calls};

/// Queues one call of every `Notes` operation (and pagination helper).
pub fn calls(calls: &mut Calls<'_>) {
    call!(calls, list_company_notes("66a1f40ab8e4d70012ab3501"));
    call!(calls, create_company_note(
        "66a1f40ab8e4d70012ab3501",
        &example(json!({"body": "Renewal call booked for March.", "admin_id": "7301942"}))
    ));
    call!(calls, list_notes("66a1f3c2b8e4d70012ab34cd"));
    call!(calls, create_note(
        "66a1f3c2b8e4d70012ab34cd",
        &example(json!({
            "body": "Asked about a family bike rack.",
            "contact_id": "66a1f3c2b8e4d70012ab34cd",
            "admin_id": "7301942"
        }))
    ));
    call!(calls, retrieve_note(5510932));
}
