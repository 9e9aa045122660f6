//! `Tickets` operations, called with the spec's examples.

use serde_json::json;

use crate::{example, Calls};

/// Queues one call of every `Tickets` operation (and pagination helper).
pub fn calls(calls: &mut Calls<'_>) {
    call!(calls, reply_ticket(
        "918",
        &example(json!({
            "message_type": "note",
            "type": "admin",
            "admin_id": "7301942",
            "body": "<p>Warehouse confirmed the frame was packed without foam.</p>"
        }))
    ));
    call!(calls, link_conversation_to_ticket("934", &example(json!({"conversation_id": "1274"}))));
    call!(calls, unlink_conversation_from_ticket("934", "1274"));
    call!(calls, create_ticket(
        &example(json!({
            "ticket_type_id": "41",
            "contacts": [{"id": "66a1f3c2b8e4d70012ab34cd"}],
            "ticket_attributes": {
                "_default_title_": "Frame arrived scratched",
                "_default_description_": "The top tube has a deep scratch along its length.",
                "Order number": "NW-20931"
            }
        }))
    ));
    call!(calls, enqueue_create_ticket(
        &example(json!({
            "ticket_type_id": "41",
            "contacts": [{"id": "66a1f3c2b8e4d70012ab34cd"}],
            "ticket_attributes": {"_default_title_": "Frame arrived scratched", "Order number": "NW-20931"}
        }))
    ));
    call!(calls, get_ticket("918"));
    call!(calls, update_ticket(
        "918",
        &example(json!({"ticket_state_id": "5121", "admin_id": 7301942, "assignee_id": "7301955"}))
    ));
    call!(calls, delete_ticket("918"));
    call!(calls, change_ticket_type(
        "918",
        &example(json!({
            "ticket_type_id": "44",
            "ticket_state_id": "5140",
            "ticket_attributes": {"_default_title_": "Frame arrived without its seat clamp"}
        }))
    ));
    call!(calls, search_tickets(
        &example(json!({
            "query": {
                "operator": "AND",
                "value": [
                    {"field": "open", "operator": "=", "value": true},
                    {
                        "field": "contact_ids",
                        "operator": "=",
                        "value": "66a1f3c2b8e4d70012ab34cd"
                    }
                ]
            },
            "pagination": {"per_page": 20}
        }))
    ));
    paged!(calls, search_tickets_stream(
        &example(json!({
            "query": {
                "operator": "AND",
                "value": [
                    {"field": "open", "operator": "=", "value": true},
                    {
                        "field": "contact_ids",
                        "operator": "=",
                        "value": "66a1f3c2b8e4d70012ab34cd"
                    }
                ]
            },
            "pagination": {"per_page": 20}
        }))
    ));
    paged!(calls, search_tickets_pages(
        &example(json!({
            "query": {
                "operator": "AND",
                "value": [
                    {"field": "open", "operator": "=", "value": true},
                    {
                        "field": "contact_ids",
                        "operator": "=",
                        "value": "66a1f3c2b8e4d70012ab34cd"
                    }
                ]
            },
            "pagination": {"per_page": 20}
        }))
    ));
}
