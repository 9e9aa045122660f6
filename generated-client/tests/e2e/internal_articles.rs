//! `Internal Articles` operations, called with the spec's examples.

use serde_json::json;

use crate::{example, Calls};

/// Queues one call of every `Internal Articles` operation (and pagination helper).
pub fn calls(calls: &mut Calls<'_>) {
    call!(calls, list_internal_articles());
    call!(calls, create_internal_article(
        &example(json!({
            "title": "Refunds for late deliveries",
            "body_markdown": "Offer free shipping on the next order when a parcel is over five days late.",
            "author_id": 7301942,
            "owner_id": 7301942,
            "folder_id": 518,
            "ai_copilot_availability": true
        }))
    ));
    call!(calls, retrieve_internal_article(8830217));
    call!(calls, update_internal_article(8830217, &example(json!({"owner_id": 7301955}))));
    call!(calls, delete_internal_article(8830217));
    call!(calls, attach_tag_to_internal_article(8830217, &example(json!({"id": "730152", "admin_id": "7301955"}))));
    call!(calls, detach_tag_from_internal_article(8830217, "730152"));
    call!(calls, search_internal_articles(&Default::default()));
}
