//! `Content Snippets` operations, called with the spec's examples.

use serde_json::json;

use crate::{example, Calls};

/// Queues one call of every `Content Snippets` operation (and pagination helper).
pub fn calls(calls: &mut Calls<'_>) {
    call!(calls, list_content_snippets(&Default::default()));
    call!(calls, create_content_snippet(
        &example(json!({
            "title": "Return window",
            "body_markdown": "Unused bikes can be returned within **30 days** of delivery.",
            "locale": "en",
            "audience_ids": [88120],
            "ai_chatbot_availability": true,
            "ai_copilot_availability": true,
            "ai_sales_agent_availability": true
        }))
    ));
    call!(calls, get_content_snippet("66120"));
    call!(calls, update_content_snippet(
        "66120",
        &example(json!({"body_markdown": "Unused bikes can be returned within **45 days** of delivery."}))
    ));
    call!(calls, delete_content_snippet("66120"));
    call!(calls, attach_tag_to_content_snippet("66120", &example(json!({"id": "730160"}))));
    call!(calls, detach_tag_from_content_snippet("66120", "730160"));
}
