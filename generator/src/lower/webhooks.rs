//! Lowering webhooks: the requests the API sends to its users' servers, described under 3.1's
//! `webhooks` (moved to `x-webhooks` on loading) or our `x-webhooks` extension in 3.0, each
//! a path item whose operation has the JSON payload as its request body, and how deliveries
//! are signed (our `x-webhook-signature` extension on that operation).

use openapiv3::{OpenAPI, Operation, PathItem};
use serde::Deserialize;

use super::operation::is_json;
use super::schema::SchemaLowerer;
use super::security::is_token;
use crate::diagnostics::pointer_token;
use crate::model::{HmacAlgorithm, SignatureEncoding, TypeRef, Webhook, WebhookSignature};
use crate::names;
use crate::refs::resolve;

/// The extension holding webhooks in a 3.0 document.
pub const WEBHOOKS_EXTENSION: &str = "x-webhooks";

/// The cargo feature (and module) of the webhooks: never a tag's module when a spec has any.
pub const WEBHOOKS_FEATURE: &str = "webhooks";

/// A webhook's name and path item.
pub type NamedItem = (String, PathItem);

/// A problem with the spec: its pointer and message.
pub type Problem = (String, String);

/// The webhooks' path items, read from the extension, and a problem for each malformed one,
/// which is left out. Kept apart from the spec so that lowering can borrow from them.
pub fn read(spec: &OpenAPI) -> (Vec<NamedItem>, Vec<Problem>) {
    let mut problems = Vec::new();
    let Some(value) = spec.extensions.get(WEBHOOKS_EXTENSION) else {
        return (Vec::new(), problems);
    };
    let pointer = format!("#/{WEBHOOKS_EXTENSION}");
    let Some(entries) = value.as_object() else {
        let message = "expected a map of webhook names to path items; webhooks ignored";
        problems.push((pointer, message.to_string()));
        return (Vec::new(), problems);
    };
    let mut items = Vec::new();
    for (name, item) in entries {
        match PathItem::deserialize(item) {
            Ok(item) => items.push((name.clone(), item)),
            Err(error) => problems.push((
                format!("{pointer}/{}", pointer_token(name)),
                format!("not a path item ({error}); webhook ignored"),
            )),
        }
    }
    (items, problems)
}

/// The signature extension, as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SignatureExtension {
    header: String,
    algorithm: String,
    #[serde(default)]
    prefix: String,
    #[serde(default = "hex")]
    encoding: String,
    #[serde(default)]
    key: Option<String>,
}

fn hex() -> String {
    "hex".to_string()
}

/// The extension naming how deliveries are signed.
const SIGNATURE_EXTENSION: &str = "x-webhook-signature";

/// Lowers each webhook: its payload type and signature.
pub fn lower<'a>(
    spec: &'a OpenAPI,
    items: &'a [NamedItem],
    schemas: &mut SchemaLowerer<'a>,
) -> Vec<Webhook> {
    let mut webhooks = Vec::new();
    for (name, item) in items {
        let pointer = format!("#/{WEBHOOKS_EXTENSION}/{}", pointer_token(name));
        let Some((method, operation)) = item.iter().next() else {
            schemas.warn(&pointer, "no operation; webhook ignored");
            continue;
        };
        let pointer = format!("{pointer}/{method}");
        let Some(payload) = payload(spec, name, operation, &pointer, schemas) else {
            continue;
        };
        let signature = operation
            .extensions
            .get(SIGNATURE_EXTENSION)
            .or_else(|| item.extensions.get(SIGNATURE_EXTENSION))
            .and_then(|value| {
                let pointer = format!("{pointer}/{SIGNATURE_EXTENSION}");
                match signature(value) {
                    Ok(signature) => Some(signature),
                    Err(problem) => {
                        schemas.warn(
                            &pointer,
                            format!("{problem}; deliveries are decoded without verification"),
                        );
                        None
                    }
                }
            });
        let docs = [
            operation.summary.as_deref(),
            operation.description.as_deref(),
        ]
        .into_iter()
        .flatten()
        .map(str::trim)
        .filter(|text| !text.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n");
        webhooks.push(Webhook {
            name: name.clone(),
            docs: (!docs.is_empty()).then_some(docs),
            payload,
            signature,
        });
    }
    webhooks
}

/// The payload type: the JSON schema of the request body.
fn payload<'a>(
    spec: &'a OpenAPI,
    name: &str,
    operation: &'a Operation,
    pointer: &str,
    schemas: &mut SchemaLowerer<'a>,
) -> Option<TypeRef> {
    let Some(body) = &operation.request_body else {
        schemas.warn(
            pointer,
            "no request body: the webhook has no payload to decode; ignored",
        );
        return None;
    };
    let components = spec.components.as_ref().map(|c| &c.request_bodies);
    let body = match resolve(body, "requestBodies", components) {
        Ok(body) => body,
        Err(message) => {
            schemas.warn(
                &format!("{pointer}/requestBody"),
                format!("{message}; webhook ignored"),
            );
            return None;
        }
    };
    let Some((media, content)) = body.content.iter().find(|(media, _)| is_json(media)) else {
        schemas.warn(
            &format!("{pointer}/requestBody"),
            "no JSON content: only JSON payloads are decoded; webhook ignored",
        );
        return None;
    };
    let schema_pointer = format!(
        "{pointer}/requestBody/content/{}/schema",
        pointer_token(media)
    );
    Some(match &content.schema {
        Some(schema) => {
            let hint = format!("{}Payload", names::type_name(name));
            schemas.lower(schema.into(), &hint, &schema_pointer).ty
        }
        None => TypeRef::Json,
    })
}

/// Reads `x-webhook-signature`.
fn signature(value: &serde_json::Value) -> Result<WebhookSignature, String> {
    let written = SignatureExtension::deserialize(value)
        .map_err(|error| format!("not a webhook signature ({error})"))?;
    let algorithm = match written.algorithm.to_ascii_lowercase().as_str() {
        "hmac-sha1" => HmacAlgorithm::Sha1,
        "hmac-sha256" => HmacAlgorithm::Sha256,
        other => {
            return Err(format!(
                "unsupported algorithm `{other}` (expected `hmac-sha1` or `hmac-sha256`)"
            ))
        }
    };
    let encoding = match written.encoding.to_ascii_lowercase().as_str() {
        "hex" => SignatureEncoding::Hex,
        "base64" => SignatureEncoding::Base64,
        other => {
            return Err(format!(
                "unsupported encoding `{other}` (expected `hex` or `base64`)"
            ))
        }
    };
    if !is_token(&written.header) {
        return Err(format!("`{}` is not a header name", written.header));
    }
    Ok(WebhookSignature {
        header: written.header,
        algorithm,
        prefix: written.prefix,
        encoding,
        key: written.key,
    })
}
