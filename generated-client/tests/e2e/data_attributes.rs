//! `Data Attributes` operations, called with the spec's examples.

use serde_json::json;

use crate::{example, Calls};

/// Queues one call of every `Data Attributes` operation (and pagination helper).
pub fn calls(calls: &mut Calls<'_>) {
    call!(calls, lis_data_attributes(&Default::default()));
    call!(calls, create_data_attribute(
        &example(json!({
            "name": "bike_model",
            "model": "contact",
            "data_type": "string",
            "description": "The bike model the customer rides.",
            "messenger_writable": false
        }))
    ));
    call!(calls, update_data_attribute(
        31507,
        &example(json!({
            "description": "The bike-care plan the customer currently pays for.",
            "messenger_writable": false
        }))
    ));
}
