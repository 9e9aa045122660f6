//! `Procedures` operations, called with the spec's examples.

use serde_json::json;

use crate::{example, Calls};

/// Queues one call of every `Procedures` operation (and pagination helper).
pub fn calls(calls: &mut Calls<'_>) {
    call!(calls, collect_procedure_agent_input(
        "1274",
        &example(json!({
            "step_id": "step_4b1e",
            "attribute_values": [
                {"identifier": "refund_approved", "value": true},
                {"identifier": "refund_amount", "value": "49.00"}
            ]
        }))
    ));
}
