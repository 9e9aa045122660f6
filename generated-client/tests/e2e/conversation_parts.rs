//! `Conversation Parts` operations, called with the spec's examples.

use serde_json::json;

use crate::{example, Calls};

/// Queues one call of every `Conversation Parts` operation (and pagination helper).
pub fn calls(calls: &mut Calls<'_>) {
    call!(calls, update_conversation_part(
        "1274",
        "88120420",
        &example(json!({
            "seen": true,
            "admin_id": "7301942",
            "experimental": true,
            "secret": "c2VjcmV0LWZvci1rN3QycXo5eA=="
        }))
    ));
    call!(calls, redact_conversation(
        &example(json!({
            "type": "conversation_part",
            "conversation_id": "1274",
            "conversation_part_id": "88120470"
        }))
    ));
}
