//! `Visitors` operations, called with the spec's examples.

use serde_json::json;

use crate::{example, Calls};

/// Queues one call of every `Visitors` operation (and pagination helper).
pub fn calls(calls: &mut Calls<'_>) {
    call!(calls, retrieve_visitor_with_user_id("4b9e2f70-13c8-4a5d-9e61-c07d8a2b35f4"));
    call!(calls, update_visitor(
        &example(json!({"id": "6790ab12c4e5f60017d2e8a1", "name": "Aoife Brennan"}))
    ));
    call!(calls, convert_visitor(
        &example(json!({
            "type": "user",
            "visitor": {"user_id": "4b9e2f70-13c8-4a5d-9e61-c07d8a2b35f4"},
            "user": {"user_id": "cust-20931", "email": "tomas.reyes@example.org"}
        }))
    ));
    call!(calls, retrieve_visitor("6790ab12c4e5f60017d2e8a1"));
    call!(calls, delete_visitor("6790ab12c4e5f60017d2e8a1"));
}
