//! The webhooks' Rust API: the functions of the `webhooks` module that verify and decode
//! each webhook's deliveries, and the feature that compiles them.

use crate::lower::WEBHOOKS_FEATURE;
use crate::model::ApiModel;
use crate::names::{self, Namespace};

use super::{value_type, RustType};

/// The functions receiving one webhook.
#[derive(Debug, Clone)]
pub struct WebhookPlan {
    /// `verify_<name>`: checks a delivery's signature (signed webhooks only).
    pub verify: Option<String>,
    /// `receive_<name>`: verifies the signature (if signed), then decodes the payload.
    pub receive: String,
    /// The public constant naming the signature header (signed webhooks only).
    pub header_constant: Option<String>,
    /// The private constant describing the signature (signed webhooks only).
    pub signature_constant: Option<String>,
    /// The payload's type.
    pub payload: RustType,
}

/// The feature compiling the webhooks module, when the spec has webhooks.
pub fn webhooks_feature(model: &ApiModel) -> Option<String> {
    (!model.webhooks.is_empty()).then(|| WEBHOOKS_FEATURE.to_string())
}

/// Plans the functions of every webhook, same order as the model's.
pub fn webhook_plans(model: &ApiModel, type_names: &[String]) -> Vec<WebhookPlan> {
    let mut functions = Namespace::default();
    model
        .webhooks
        .iter()
        .map(|webhook| {
            let base = names::method_name(&webhook.name);
            let signed = webhook.signature.is_some();
            let verify = signed.then(|| functions.claim(&format!("verify_{base}")).0);
            let receive = functions.claim(&format!("receive_{base}")).0;
            let shouty = base.to_ascii_uppercase();
            let header_constant =
                signed.then(|| functions.claim(&format!("{shouty}_SIGNATURE_HEADER")).0);
            let signature_constant =
                signed.then(|| functions.claim(&format!("{shouty}_SIGNATURE")).0);
            WebhookPlan {
                verify,
                receive,
                header_constant,
                signature_constant,
                payload: value_type(type_names, &webhook.payload),
            }
        })
        .collect()
}
