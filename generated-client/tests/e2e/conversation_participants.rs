//! `Conversation Participants` operations, called with the spec's examples.

use serde_json::json;

use crate::{example, Calls};

/// Queues one call of every `Conversation Participants` operation (and pagination helper).
pub fn calls(calls: &mut Calls<'_>) {
    call!(calls, attach_contact_to_conversation(
        "1274",
        &example(json!({
            "admin_id": "7301942",
            "customer": {"intercom_user_id": "66b0a7d4c9e1f20013cd56ef"}
        }))
    ));
    call!(calls, detach_contact_from_conversation(
        "1274",
        "66b0a7d4c9e1f20013cd56ef",
        &example(json!({"admin_id": "7301942"}))
    ));
}
