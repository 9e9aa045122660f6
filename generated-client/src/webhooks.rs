// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Receiving the API's webhooks: each function checks that a delivery comes from the
//! API (where the spec says how deliveries are signed) and decodes its payload. Pass
//! them the raw body as received: a body parsed and serialized again no longer
//! matches its signature.

pub use crate::signature::WebhookError;

/// The header carrying the signature of `notification` deliveries.
pub const NOTIFICATION_SIGNATURE_HEADER: &str = "X-Hub-Signature";

const NOTIFICATION_SIGNATURE: crate::signature::Signature = crate::signature::Signature {
    header: "X-Hub-Signature",
    algorithm: crate::signature::Algorithm::Sha1,
    prefix: "sha1=",
    encoding: crate::signature::Encoding::Hex,
};

/// Checks that a delivery of the `notification` webhook comes from the API: `X-Hub-Signature` holds `sha1=` and the hexadecimal HMAC-SHA1 of the raw body, keyed with `secret` (your app's client secret, from the Developer Hub). `signature` is the value of the `X-Hub-Signature` header ([`NOTIFICATION_SIGNATURE_HEADER`]), `None` if the delivery had none. The comparison takes the same time wherever the signatures differ.
///
/// A webhook notification
///
/// Intercom posts one to the URL your app registered, for each topic the app subscribed to. Answer with a 2xx status within a few seconds; Intercom retries failed deliveries.
pub fn verify_notification(
    secret: impl AsRef<[u8]>,
    signature: Option<&str>,
    body: &[u8],
) -> Result<(), WebhookError> {
    NOTIFICATION_SIGNATURE.verify(secret.as_ref(), body, signature)
}

/// Receives a delivery of the `notification` webhook: checks its signature (see [`verify_notification`]) with the delivery's headers, then decodes the payload as the client decodes responses.
pub fn receive_notification(
    secret: impl AsRef<[u8]>,
    headers: &crate::HeaderMap,
    body: &[u8],
) -> Result<crate::types::NotificationEvent, WebhookError> {
    NOTIFICATION_SIGNATURE.verify_headers(secret.as_ref(), headers, body)?;
    crate::signature::decode(body)
}
