//! `Conversations Attributes` operations, called with the spec's examples.

use serde_json::json;

use crate::{example, Calls};

/// Queues one call of every `Conversations Attributes` operation (and pagination helper).
pub fn calls(calls: &mut Calls<'_>) {
    call!(calls, list_conversation_attributes(&Default::default()));
    call!(calls, create_conversation_attribute(
        &example(json!({
            "name": "Refund approved",
            "description": "Whether finance approved a refund.",
            "data_type": "boolean"
        }))
    ));
    call!(calls, get_conversation_attribute(4012));
    call!(calls, update_conversation_attribute(
        4012,
        &example(json!({"description": "Why the customer returns the order.", "required": true}))
    ));
    call!(calls, delete_conversation_attribute(4013));
    call!(calls, create_conversation_attribute_option(4012, &example(json!({"label": "Changed my mind"}))));
    call!(calls, update_conversation_attribute_option(
        4012,
        "3b1f7c52-9a4e-4d0b-8f26-5c7e1a9d2b40",
        &example(json!({"label": "Damaged during delivery"}))
    ));
    call!(calls, delete_conversation_attribute_option(4012, "8d2e4a17-6c3b-4f95-a0e8-1b7d9c4f6e23"));
}
