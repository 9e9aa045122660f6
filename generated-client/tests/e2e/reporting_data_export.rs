//! `Reporting Data Export` operations, called with the spec's examples.

use serde_json::json;

use crate::{example, Calls};

/// Queues one call of every `Reporting Data Export` operation (and pagination helper).
pub fn calls(calls: &mut Calls<'_>) {
    call!(calls, enqueue_reporting_data_export(
        &example(json!({
            "dataset_id": "conversation",
            "attribute_ids": [
                "conversation.conversation_id",
                "conversation.conversation_started_at",
                "conversation.channel"
            ],
            "start_time": 1764547200,
            "end_time": 1767225599
        }))
    ));
    call!(calls, get_reporting_data_export("r4q8z1k6m2", "k7t2qz9x", "3f6c8a12-7b0d-4e59-91a4-0d2e6b8c5f17"));
    call!(calls, list_reporting_datasets());
    call!(calls, download_reporting_data_export("r4q8z1k6m2", "k7t2qz9x"));
}
