//! The `webhooks` module: per webhook of the spec, a function verifying a delivery's
//! signature and one receiving it (verified, then decoded into the payload type).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::emit::docs;
use crate::model::{ApiModel, HmacAlgorithm, SignatureEncoding, Webhook, WebhookSignature};
use crate::plan::{Plan, Scope, WebhookPlan};

/// `src/webhooks.rs`.
pub fn webhooks_file(model: &ApiModel, plan: &Plan) -> TokenStream {
    let items = model
        .webhooks
        .iter()
        .zip(&plan.webhooks)
        .map(|(webhook, planned)| webhook_items(webhook, planned));
    quote! {
        //! Receiving the API's webhooks: each function checks that a delivery comes from the
        //! API (where the spec says how deliveries are signed) and decodes its payload. Pass
        //! them the raw body as received: a body parsed and serialized again no longer
        //! matches its signature.

        pub use crate::signature::WebhookError;

        #(#items)*
    }
}

fn webhook_items(webhook: &Webhook, planned: &WebhookPlan) -> TokenStream {
    let root = quote!(crate);
    let payload = planned.payload.tokens(Scope::Crate(&root));
    let name = &webhook.name;
    let summary = webhook.docs.as_deref();
    let receive = format_ident!("{}", planned.receive);
    let (Some(signature), Some(signed)) = (&webhook.signature, &planned.signed) else {
        let doc = docs::paragraphs(&[
            Some(&format!(
                "Decodes a delivery of the `{name}` webhook. The spec does not say how its deliveries are signed: check where they come from before trusting them."
            )),
            summary,
        ]);
        return quote! {
            #doc
            pub fn #receive(body: &[u8]) -> Result<#payload, WebhookError> {
                crate::signature::decode(body)
            }
        };
    };
    let (verify, constant) = (&signed.verify, &signed.header_constant);
    let signature_const = format_ident!("{}", signed.signature_constant);
    let header = &signature.header;
    let described = describe(signature);
    let algorithm = match signature.algorithm {
        HmacAlgorithm::Sha1 => quote!(Sha1),
        HmacAlgorithm::Sha256 => quote!(Sha256),
    };
    let encoding = match signature.encoding {
        SignatureEncoding::Hex => quote!(Hex),
        SignatureEncoding::Base64 => quote!(Base64),
    };
    let prefix = &signature.prefix;
    let constant_doc = docs::attrs(&format!(
        "The header carrying the signature of `{name}` deliveries."
    ));
    let verify_doc = docs::paragraphs(&[
        Some(&format!(
            "Checks that a delivery of the `{name}` webhook comes from the API: {described}. `signature` is the value of the `{header}` header ([`{constant}`]), `None` if the delivery had none. The comparison takes the same time wherever the signatures differ."
        )),
        summary,
    ]);
    let receive_doc = docs::paragraphs(&[Some(&format!(
        "Receives a delivery of the `{name}` webhook: checks its signature (see [`{verify}`]) with the delivery's headers, then decodes the payload as the client decodes responses."
    ))]);
    let (verify, constant) = (format_ident!("{verify}"), format_ident!("{constant}"));
    quote! {
        #constant_doc
        pub const #constant: &str = #header;

        const #signature_const: crate::signature::Signature = crate::signature::Signature {
            header: #header,
            algorithm: crate::signature::Algorithm::#algorithm,
            prefix: #prefix,
            encoding: crate::signature::Encoding::#encoding,
        };

        #verify_doc
        pub fn #verify(
            secret: impl AsRef<[u8]>,
            signature: Option<&str>,
            body: &[u8],
        ) -> Result<(), WebhookError> {
            #signature_const.verify(secret.as_ref(), body, signature)
        }

        #receive_doc
        pub fn #receive(
            secret: impl AsRef<[u8]>,
            headers: &crate::HeaderMap,
            body: &[u8],
        ) -> Result<#payload, WebhookError> {
            #signature_const.verify_headers(secret.as_ref(), headers, body)?;
            crate::signature::decode(body)
        }
    }
}

/// How deliveries are signed, for the docs: "`X-Hub-Signature` holds `sha1=` and the
/// hexadecimal HMAC-SHA1 of the raw body, keyed with `secret` (the app's client secret)".
fn describe(signature: &WebhookSignature) -> String {
    let algorithm = match signature.algorithm {
        HmacAlgorithm::Sha1 => "HMAC-SHA1",
        HmacAlgorithm::Sha256 => "HMAC-SHA256",
    };
    let encoding = match signature.encoding {
        SignatureEncoding::Hex => "hexadecimal",
        SignatureEncoding::Base64 => "base64",
    };
    let prefix = if signature.prefix.is_empty() {
        String::new()
    } else {
        format!("`{}` and ", signature.prefix)
    };
    let key = signature
        .key
        .as_deref()
        .map(|key| format!(" ({})", key.trim().trim_end_matches('.')))
        .unwrap_or_default();
    format!(
        "`{}` holds {prefix}the {encoding} {algorithm} of the raw body, keyed with `secret`{key}",
        signature.header
    )
}
