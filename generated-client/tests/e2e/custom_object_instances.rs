//! `Custom Object Instances` operations, called with the spec's examples.

use serde_json::json;

use crate::{example, Calls};

/// Queues one call of every `Custom Object Instances` operation (and pagination helper).
pub fn calls(calls: &mut Calls<'_>) {
    call!(calls, list_custom_object_instances("Order", &Default::default()));
    paged!(calls, list_custom_object_instances_stream("Order", &Default::default()));
    paged!(calls, list_custom_object_instances_pages("Order", &Default::default()));
    call!(calls, create_custom_object_instances(
        "Order",
        &example(json!({
            "external_id": "NW-20931",
            "external_created_at": 1767604800,
            "external_updated_at": 1767949200,
            "custom_attributes": {"status": "delivered", "total_amount": "1249.00", "currency": "EUR"}
        }))
    ));
    call!(calls, delete_custom_object_instances_by_id("Order", "NW-19877"));
    call!(calls, get_custom_object_instances_by_id("Order", "40117"));
    call!(calls, delete_custom_object_instances_by_external_id("Order", "40117"));
}
