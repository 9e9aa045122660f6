//! `Content` operations, called with the spec's examples.

use serde_json::json;

use crate::{example, Calls};

/// Queues one call of every `Content` operation (and pagination helper).
pub fn calls(calls: &mut Calls<'_>) {
    call!(calls, bulk_content_actions(
        &example(json!({
            "action": "set_availability",
            "content_ids": [
                {"type": "article_content", "id": "18840211"},
                {"type": "content_snippet", "id": "66120"}
            ],
            "availability": {"ai_agent": true}
        }))
    ));
    call!(calls, search_content(&Default::default()));
    paged!(calls, search_content_stream(&Default::default()));
    paged!(calls, search_content_pages(&Default::default()));
}
