//! `Fin Agent` operations, called with the spec's examples.

use serde_json::json;

use crate::{example, Calls};

/// Queues one call of every `Fin Agent` operation (and pagination helper).
pub fn calls(calls: &mut Calls<'_>) {
    call!(calls, list_fin_capabilities(
        &example(json!({
            "user": {
                "id": "u-20931",
                "name": "Mara Lindqvist",
                "email": "mara@example.org",
                "attributes": {"plan": "premium"}
            }
        }))
    ));
    call!(calls, ask_fin(
        &example(json!({
            "conversation_id": "ask-5d20e7",
            "message": {
                "author": "user",
                "body": "Does the warranty on carbon frames cover crash damage?",
                "timestamp": "2026-12-01T07:40:12.345Z"
            },
            "user": {
                "id": "u-20931",
                "name": "Mara Lindqvist",
                "email": "mara@example.org",
                "attributes": {"plan": "premium"}
            }
        }))
    ));
    call!(calls, reply_to_fin(
        &example(json!({
            "conversation_id": "chat-7c41d2",
            "message": {
                "author": "user",
                "body": "The order number is NW-20931.",
                "timestamp": "2026-12-01T07:42:02.901Z"
            },
            "user": {"id": "u-20931"}
        }))
    ));
    call!(calls, run_fin_procedure(
        "2210",
        &example(json!({
            "conversation_id": "refund-0b93aa",
            "user": {
                "id": "u-20931",
                "name": "Mara Lindqvist",
                "email": "mara@example.org",
                "attributes": {"plan": "premium"}
            },
            "message": {
                "author": "user",
                "body": "I want a refund for order NW-20931.",
                "timestamp": "2026-12-01T07:44:59.800Z"
            },
            "conversation_metadata": {"attributes": {"order_number": "NW-20931"}},
            "settings": {"email": false}
        }))
    ));
    call!(calls, escalate_fin_conversation(
        &example(json!({
            "conversation_id": "chat-7c41d2",
            "context": "The customer asks for a goodwill refund beyond the policy."
        }))
    ));
    call!(calls, submit_fin_csat(
        &example(json!({
            "conversation_id": "chat-7c41d2",
            "rating": "good",
            "remark": "Quick and clear answer."
        }))
    ));
    call!(calls, start_fin_conversation(
        &example(json!({
            "conversation_id": "chat-7c41d2",
            "message": {
                "author": "user",
                "body": "Does the warranty on carbon frames cover crash damage?",
                "timestamp": "2026-12-01T07:40:12.345Z"
            },
            "user": {
                "id": "u-20931",
                "name": "Mara Lindqvist",
                "email": "mara@example.org",
                "attributes": {"plan": "premium"}
            },
            "conversation_metadata": {
                "history": [
                    {
                        "author": "agent",
                        "body": "Hi Mara, how can we help?",
                        "timestamp": "2026-12-01T07:39:50.000Z"
                    }
                ],
                "attributes": {"channel": "web"}
            },
            "settings": {"follow_up_questions": true, "email": false}
        }))
    ));
}
