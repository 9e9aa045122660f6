//! `Data Connectors` operations, called with the spec's examples.

use serde_json::json;

use crate::{example, Calls};

/// Queues one call of every `Data Connectors` operation (and pagination helper).
pub fn calls(calls: &mut Calls<'_>) {
    call!(calls, list_data_connectors(&Default::default()));
    paged!(calls, list_data_connectors_stream(&Default::default()));
    paged!(calls, list_data_connectors_pages(&Default::default()));
    call!(calls, create_data_connector(
        &example(json!({
            "name": "Loyalty points balance",
            "description": "Reads a customer's points from the loyalty service.",
            "http_method": "post",
            "url": "https://loyalty.example.org/v2/balance",
            "body": "{\"customer\": \"{{email}}\"}",
            "direct_fin_usage": false,
            "audiences": ["users", "leads"],
            "headers": [{"name": "X-Api-Key", "value": "lk_live_51b2c3"}],
            "data_inputs": [
                {
                    "name": "email",
                    "type": "string",
                    "description": "Email address of the customer",
                    "required": true
                }
            ]
        }))
    ));
    call!(calls, retrieve_data_connector("1650", &Default::default()));
    call!(calls, delete_data_connector("1651"));
    call!(calls, update_data_connector("1650", &example(json!({"state": "live"}))));
    call!(calls, list_data_connector_execution_results("1650", &Default::default()));
    paged!(calls, list_data_connector_execution_results_stream("1650", &Default::default()));
    paged!(calls, list_data_connector_execution_results_pages("1650", &Default::default()));
    call!(calls, show_data_connector_execution_result("1650", "9930117"));
}
