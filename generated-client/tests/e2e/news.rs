//! `News` operations, called with the spec's examples.

use serde_json::json;

use crate::{example, Calls};

/// Queues one call of every `News` operation (and pagination helper).
pub fn calls(calls: &mut Calls<'_>) {
    call!(calls, list_news_items());
    call!(calls, create_news_item(
        &example(json!({
            "title": "Winter service weeks are here",
            "body": "<p>Book a full service before 20 December and get new brake pads fitted free.</p>",
            "sender_id": 7301942,
            "state": "live",
            "deliver_silently": false,
            "labels": ["Offer", "Service"],
            "reactions": ["👍", "🎉"],
            "newsfeed_assignments": [{"newsfeed_id": 3301, "published_at": 1795600000}]
        }))
    ));
    call!(calls, retrieve_news_item(41877));
    call!(calls, update_news_item(
        41877,
        &example(json!({"title": "Winter service weeks: free brake pads", "sender_id": 7301942}))
    ));
    call!(calls, delete_news_item(41877));
    call!(calls, list_live_newsfeed_items("3301"));
    call!(calls, list_newsfeeds());
    call!(calls, retrieve_newsfeed("3301"));
}
