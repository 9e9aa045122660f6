//! `Audiences` operations, called with the spec's examples.

use serde_json::json;

use crate::{example, Calls};

/// Queues one call of every `Audiences` operation (and pagination helper).
pub fn calls(calls: &mut Calls<'_>) {
    call!(calls, list_audiences(&Default::default()));
    call!(calls, create_audience(
        &example(json!({
            "name": "Premium plan customers",
            "predicates": [
                {
                    "attribute": "custom_attributes.plan",
                    "type": "string",
                    "comparison": "eq",
                    "value": "premium"
                }
            ],
            "role_predicates": [
                {
                    "attribute": "role",
                    "type": "role",
                    "comparison": "eq",
                    "value": "user"
                }
            ]
        }))
    ));
    call!(calls, retrieve_audience("5120"));
    call!(calls, update_audience(
        "5120",
        &example(json!({
            "name": "Premium and enterprise customers",
            "predicates": [
                {
                    "attribute": "custom_attributes.plan",
                    "type": "string",
                    "comparison": "in",
                    "value": "premium,enterprise"
                }
            ]
        }))
    ));
    call!(calls, delete_audience("5120"));
}
