//! The webhooks' Rust API: the functions of the `webhooks` module that verify and decode
//! each webhook's deliveries, and the feature that compiles them.

use crate::lower::WEBHOOKS_FEATURE;
use crate::model::ApiModel;
use crate::names::{self, Namespace};

use super::{value_type, Plan, RustType};

impl Plan {
    /// The feature compiling the `webhooks` module (none: the spec has no webhooks).
    pub fn webhooks_feature(&self) -> Option<&'static str> {
        (!self.webhooks.is_empty()).then_some(WEBHOOKS_FEATURE)
    }
}

/// The functions receiving one webhook.
#[derive(Debug, Clone)]
pub struct WebhookPlan {
    /// `receive_<name>`: verifies the signature (if signed), then decodes the payload.
    pub receive: String,
    /// The names a signed webhook adds (none when the spec does not say how it is signed).
    pub signed: Option<SignedWebhookPlan>,
    /// The payload's type.
    pub payload: RustType,
}

/// The names of a signed webhook's items.
#[derive(Debug, Clone)]
pub struct SignedWebhookPlan {
    /// `verify_<name>`: checks a delivery's signature.
    pub verify: String,
    /// The public constant naming the signature header.
    pub header_constant: String,
    /// The private constant describing the signature.
    pub signature_constant: String,
}

/// Plans the functions of every webhook, same order as the model's.
pub fn webhook_plans(model: &ApiModel, type_names: &[String]) -> Vec<WebhookPlan> {
    let mut functions = Namespace::default();
    model
        .webhooks
        .iter()
        .map(|webhook| {
            let base = names::method_name(&webhook.name);
            let shouty = base.to_ascii_uppercase();
            let signed = webhook.signature.is_some().then(|| SignedWebhookPlan {
                verify: functions.claim(&format!("verify_{base}")).0,
                header_constant: functions.claim(&format!("{shouty}_SIGNATURE_HEADER")).0,
                signature_constant: functions.claim(&format!("{shouty}_SIGNATURE")).0,
            });
            WebhookPlan {
                receive: functions.claim(&format!("receive_{base}")).0,
                signed,
                payload: value_type(type_names, &webhook.payload),
            }
        })
        .collect()
}
