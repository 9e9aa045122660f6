//! `Articles` operations, called with the spec's examples.

use serde_json::json;

use crate::{example, Calls};

/// Queues one call of every `Articles` operation (and pagination helper).
pub fn calls(calls: &mut Calls<'_>) {
    call!(calls, list_articles());
    call!(calls, create_article(
        &example(json!({
            "title": "Charging your e-bike battery",
            "description": "How long a full charge takes and how to store the battery.",
            "body_markdown": "A full charge takes about four hours with the supplied charger.",
            "author_id": 7301942,
            "state": "draft",
            "parent_ids": [4417203],
            "folder_id": 512,
            "ai_chatbot_availability": true
        }))
    ));
    call!(calls, retrieve_article(9120451));
    call!(calls, update_article(
        9120451,
        &example(json!({
            "title": "Adjusting your hydraulic disc brakes",
            "scheduled_unpublish_at": "2027-03-31T23:00:00Z"
        }))
    ));
    call!(calls, delete_article(9120451));
    call!(calls, retrieve_article_draft(9120451));
    call!(calls, stage_article_draft(
        9120451,
        &example(json!({"title": "Adjusting and bleeding your disc brakes"}))
    ));
    call!(calls, publish_article_draft(9120451, &example(json!({"locales": ["en"]}))));
    call!(calls, list_article_versions(9120451, &Default::default()));
    paged!(calls, list_article_versions_stream(9120451, &Default::default()));
    paged!(calls, list_article_versions_pages(9120451, &Default::default()));
    call!(calls, retrieve_article_version(9120451, "55301", &Default::default()));
    call!(calls, attach_tag_to_article(9120451, &example(json!({"id": "730152"}))));
    call!(calls, detach_tag_from_article(9120451, "730152"));
    call!(calls, search_articles(&Default::default()));
}
