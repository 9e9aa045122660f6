//! `Calls` operations, called with the spec's examples.

use serde_json::json;

use crate::{example, Calls};

/// Queues one call of every `Calls` operation (and pagination helper).
pub fn calls(calls: &mut Calls<'_>) {
    call!(calls, list_calls(&Default::default()));
    paged!(calls, list_calls_stream(&Default::default()));
    paged!(calls, list_calls_pages(&Default::default()));
    call!(calls, show_call("880412"));
    call!(calls, show_call_recording("880412"));
    call!(calls, show_call_transcript("880412"));
    call!(calls, list_calls_with_transcripts(&example(json!({"conversation_ids": ["1274", "1281"]}))));
    call!(calls, register_fin_voice_call(
        &example(json!({
            "phone_number": "+4930123456",
            "call_id": "ac-3f6c1e2a-9b47",
            "source": "aws_connect",
            "data": {"queue": "support-de"}
        }))
    ));
    call!(calls, collect_fin_voice_call_by_id(51207));
    call!(calls, collect_fin_voice_call_by_external_id("ac-3f6c1e2a-9b47"));
    call!(calls, collect_fin_voice_call_by_phone_number("+4930123456"));
    call!(calls, collect_fin_voice_calls_by_conversation_id("1274"));
}
