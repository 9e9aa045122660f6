//! `Switch` operations, called with the spec's examples.

use serde_json::json;

use crate::{example, Calls};

/// Queues one call of every `Switch` operation (and pagination helper).
pub fn calls(calls: &mut Calls<'_>) {
    call!(calls, create_phone_switch(
        &example(json!({
            "phone": "+353871234567",
            "custom_attributes": {"callback_reason": "Billing", "open_orders": 2}
        }))
    ));
}
