//! `Tags` operations, called with the spec's examples.

use serde_json::json;

use crate::{example, Calls};

/// Queues one call of every `Tags` operation (and pagination helper).
pub fn calls(calls: &mut Calls<'_>) {
    call!(calls, attach_tag_to_contact("66a1f3c2b8e4d70012ab34cd", &example(json!({"id": "730122"}))));
    call!(calls, detach_tag_from_contact("66a1f3c2b8e4d70012ab34cd", "730122"));
    call!(calls, attach_tag_to_conversation("1274", &example(json!({"id": "730122", "admin_id": "7301942"}))));
    call!(calls, detach_tag_from_conversation("1274", "730122", &example(json!({"admin_id": "7301942"}))));
    call!(calls, list_tags());
    call!(calls, create_tag(&example(json!({"name": "VIP"}))));
    call!(calls, find_tag("730122"));
    call!(calls, delete_tag("730122"));
    call!(calls, attach_tag_to_ticket("934", &example(json!({"id": "730122", "admin_id": "7301942"}))));
    call!(calls, detach_tag_from_ticket("934", "730122", &example(json!({"admin_id": "7301942"}))));
}
