//! `Data Export` operations, called with the spec's examples.

use serde_json::json;

use crate::{example, Calls};

/// Queues one call of every `Data Export` operation (and pagination helper).
pub fn calls(calls: &mut Calls<'_>) {
    call!(calls, create_data_export(
        &example(json!({"created_at_after": 1761955200, "created_at_before": 1764547199}))
    ));
    call!(calls, get_data_export("k2m9x4q7vb"));
    call!(calls, cancel_data_export("k2m9x4q7vb"));
    call!(calls, download_data_export("k2m9x4q7vb"));
}
