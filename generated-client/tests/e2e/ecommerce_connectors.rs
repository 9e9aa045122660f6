//! `Ecommerce Connectors` operations, called with the spec's examples.

use serde_json::json;

use crate::{example, Calls};

/// Queues one call of every `Ecommerce Connectors` operation (and pagination helper).
pub fn calls(calls: &mut Calls<'_>) {
    call!(calls, upload_ecommerce_catalog(
        "730",
        &example(json!({
            "catalog": "[{\"id\":\"prod-4410\",\"title\":\"Carbon road frame\",\"url\":\"https://shop.example.org/p/carbon-road-frame\"}]",
            "finalize": "false",
            "part_number": 1
        }))
    ));
}
