//! `Subscription Types` operations, called with the spec's examples.

use serde_json::json;

use crate::{example, Calls};

/// Queues one call of every `Subscription Types` operation (and pagination helper).
pub fn calls(calls: &mut Calls<'_>) {
    call!(calls, attach_subscription_type_to_contact(
        "66a1f3c2b8e4d70012ab34cd",
        &example(json!({"id": "218004", "consent_type": "opt_in"}))
    ));
    call!(calls, detach_subscription_type_to_contact("66a1f3c2b8e4d70012ab34cd", "218004"));
    call!(calls, list_subscription_types());
}
