//! `Conversations` operations, called with the spec's examples.

use serde_json::json;

use crate::{example, Calls};

/// Queues one call of every `Conversations` operation (and pagination helper).
pub fn calls(calls: &mut Calls<'_>) {
    call!(calls, list_conversations(&Default::default()));
    paged!(calls, list_conversations_stream(&Default::default()));
    paged!(calls, list_conversations_pages(&Default::default()));
    call!(calls, create_conversation(
        &example(json!({
            "from": {"type": "user", "id": "66a1f3c2b8e4d70012ab34cd"},
            "body": "Hi, can I change the delivery address of order NW-20977?"
        }))
    ));
    call!(calls, retrieve_conversation(1274, &Default::default()));
    call!(calls, update_conversation(
        1274,
        &example(json!({
            "title": "Scratched frame, replacement sent",
            "read": true,
            "custom_attributes": {"Return reason": "Damaged in transit"}
        })),
        &Default::default()
    ));
    call!(calls, delete_conversation(1291, &Default::default()));
    call!(calls, search_conversations(
        &example(json!({
            "query": {
                "operator": "AND",
                "value": [
                    {"field": "open", "operator": "=", "value": true},
                    {"field": "priority", "operator": "=", "value": "high"}
                ]
            },
            "pagination": {"per_page": 20}
        })),
        &Default::default()
    ));
    paged!(calls, search_conversations_stream(
        &example(json!({
            "query": {
                "operator": "AND",
                "value": [
                    {"field": "open", "operator": "=", "value": true},
                    {"field": "priority", "operator": "=", "value": "high"}
                ]
            },
            "pagination": {"per_page": 20}
        })),
        &Default::default()
    ));
    paged!(calls, search_conversations_pages(
        &example(json!({
            "query": {
                "operator": "AND",
                "value": [
                    {"field": "open", "operator": "=", "value": true},
                    {"field": "priority", "operator": "=", "value": "high"}
                ]
            },
            "pagination": {"per_page": 20}
        })),
        &Default::default()
    ));
    call!(calls, reply_conversation(
        "1274",
        &example(json!({
            "message_type": "quick_reply",
            "type": "admin",
            "admin_id": "7301942",
            "body": "Would you like a replacement or a refund?",
            "reply_options": [
                {"text": "Replacement", "uuid": "6a3f9d20-8e4b-4c17-b2d5-19e0f7a4c863"},
                {"text": "Refund", "uuid": "c9e41b7f-2d08-4a6e-9f35-70b8d2a1e4c6"}
            ]
        }))
    ));
    call!(calls, manage_conversation(
        "1274",
        &example(json!({
            "message_type": "close",
            "type": "admin",
            "admin_id": "7301942",
            "body": "A replacement frame is on its way."
        }))
    ));
    call!(calls, list_handling_events("1274"));
    call!(calls, list_side_conversations("1274", &Default::default()));
    paged!(calls, list_side_conversations_stream("1274", &Default::default()));
    paged!(calls, list_side_conversations_pages("1274", &Default::default()));
    call!(calls, merge_conversation("1291", &example(json!({"merge_into_conversation_id": 1274}))));
    call!(calls, convert_conversation_to_ticket(
        1274,
        &example(json!({
            "ticket_type_id": "41",
            "ticket_state_id": "5120",
            "attributes": {"_default_title_": "Frame arrived scratched", "Order number": "NW-20931"}
        }))
    ));
    call!(calls, list_deleted_conversation_ids(&Default::default()));
    paged!(calls, list_deleted_conversation_ids_stream(&Default::default()));
    paged!(calls, list_deleted_conversation_ids_pages(&Default::default()));
}
