//! `AI Content` operations, called with the spec's examples.

use serde_json::json;

use crate::{example, Calls};

/// Queues one call of every `AI Content` operation (and pagination helper).
pub fn calls(calls: &mut Calls<'_>) {
    call!(calls, list_content_import_sources());
    call!(calls, create_content_import_source(
        &example(json!({
            "sync_behavior": "api",
            "url": "https://partners.example.org/kb",
            "status": "active",
            "audience_ids": [3391]
        }))
    ));
    call!(calls, get_content_import_source("2207"));
    call!(calls, update_content_import_source(
        "2207",
        &example(json!({
            "sync_behavior": "api",
            "url": "https://partners.example.org/kb",
            "status": "deactivated",
            "audience_ids": [3391, 3402],
            "apply_audience_to_existing_content": true
        }))
    ));
    call!(calls, delete_content_import_source("2207"));
    call!(calls, list_external_pages());
    call!(calls, create_external_page(
        &example(json!({
            "title": "Warranty claims for carbon frames",
            "html": "<h1>Warranty claims</h1><p>Carbon frames carry a five year warranty.</p>",
            "url": "https://partners.example.org/kb/warranty-carbon",
            "ai_agent_availability": true,
            "ai_copilot_availability": true,
            "locale": "en",
            "source_id": 2207,
            "external_id": "kb-1182"
        }))
    ));
    call!(calls, get_external_page("8830"));
    call!(calls, update_external_page(
        "8830",
        &example(json!({
            "title": "Warranty claims for carbon frames",
            "html": "<h1>Warranty claims</h1><p>Carbon frames carry a six year warranty from 2026.</p>",
            "url": "https://partners.example.org/kb/warranty-carbon",
            "ai_agent_availability": false,
            "ai_copilot_availability": true,
            "locale": "en",
            "source_id": 2207,
            "external_id": "kb-1182"
        }))
    ));
    call!(calls, delete_external_page("8830"));
}
