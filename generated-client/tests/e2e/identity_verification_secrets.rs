//! `Identity Verification Secrets` operations, called with the spec's examples.

use serde_json::json;

use crate::{example, Calls};

/// Queues one call of every `Identity Verification Secrets` operation (and pagination helper).
pub fn calls(calls: &mut Calls<'_>) {
    call!(calls, list_identity_verification_secrets());
    call!(calls, create_identity_verification_secret(&example(json!({"name": "Messenger web 2026", "supports_web": true}))));
    call!(calls, delete_identity_verification_secret("64"));
}
