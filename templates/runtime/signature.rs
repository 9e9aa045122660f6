//! Webhook deliveries: their signature (an HMAC of the raw body, keyed with a secret the
//! user holds, compared in constant time) and the decoding of their payload. The generated
//! `webhooks` module has a function per webhook built on these.

use hmac::{Hmac, Mac};
use serde::de::DeserializeOwned;

/// Why a webhook delivery was refused. Refuse the delivery (answer it with an error status)
/// on any of these: only a verified, decoded payload is from the API.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum WebhookError {
    /// The delivery has no signature header.
    #[error("the delivery has no `{header}` header")]
    MissingSignature {
        /// The header that should carry the signature.
        header: &'static str,
    },
    /// The signature header is not of the expected form.
    #[error("the `{header}` header is not a signature of the form `{prefix}<{encoding}>`")]
    MalformedSignature {
        /// The header carrying the signature.
        header: &'static str,
        /// What the signature starts with.
        prefix: &'static str,
        /// How the MAC is written (`hex`, `base64`).
        encoding: &'static str,
    },
    /// The signature is not the body's: the delivery is not from the API (or was changed on
    /// the way), or the secret is not the one the API signs with.
    #[error("the `{header}` signature does not match the body")]
    SignatureMismatch {
        /// The header carrying the signature.
        header: &'static str,
    },
    /// The payload is not what the spec describes.
    #[error("the webhook payload does not decode: {0}")]
    Decode(#[source] serde_json::Error),
}

/// The MAC of a signature.
#[derive(Debug, Clone, Copy)]
#[allow(dead_code, reason = "each spec signs with its own algorithms")]
pub(crate) enum Algorithm {
    /// HMAC-SHA1.
    Sha1,
    /// HMAC-SHA256.
    Sha256,
}

/// How a signature's MAC is written.
#[derive(Debug, Clone, Copy)]
#[allow(dead_code, reason = "each spec writes signatures its own way")]
pub(crate) enum Encoding {
    /// Hexadecimal, either case.
    Hex,
    /// Standard base64 (padding optional).
    Base64,
}

/// How a webhook's deliveries are signed.
#[derive(Debug)]
#[allow(dead_code, reason = "used only where the spec says how a webhook is signed")]
pub(crate) struct Signature {
    /// The header carrying the signature.
    pub(crate) header: &'static str,
    /// The MAC.
    pub(crate) algorithm: Algorithm,
    /// What the header's value starts with before the MAC (`sha1=`), possibly nothing.
    pub(crate) prefix: &'static str,
    /// How the MAC is written.
    pub(crate) encoding: Encoding,
}

#[allow(dead_code, reason = "used only where the spec says how a webhook is signed")]
impl Signature {
    /// Checks that `signature` (the header's value, if the delivery had one) is the MAC of
    /// `body` keyed with `secret`. The comparison takes the same time wherever they differ.
    pub(crate) fn verify(&self, secret: &[u8], body: &[u8], signature: Option<&str>) -> Result<(), WebhookError> {
        let header = self.header;
        let value = signature.ok_or(WebhookError::MissingSignature { header })?;
        let malformed = || WebhookError::MalformedSignature {
            header,
            prefix: self.prefix,
            encoding: match self.encoding {
                Encoding::Hex => "hex",
                Encoding::Base64 => "base64",
            },
        };
        let encoded = value.trim().strip_prefix(self.prefix).ok_or_else(malformed)?;
        let mac = match self.encoding {
            Encoding::Hex => from_hex(encoded),
            Encoding::Base64 => from_base64(encoded),
        }
        .ok_or_else(malformed)?;
        let matches = match self.algorithm {
            Algorithm::Sha1 => keyed::<Hmac<sha1::Sha1>>(secret, body).verify_slice(&mac),
            Algorithm::Sha256 => keyed::<Hmac<sha2::Sha256>>(secret, body).verify_slice(&mac),
        };
        matches.map_err(|_| WebhookError::SignatureMismatch { header })
    }

    /// [`Signature::verify`] with the signature read from `headers`.
    pub(crate) fn verify_headers(
        &self,
        secret: &[u8],
        headers: &reqwest::header::HeaderMap,
        body: &[u8],
    ) -> Result<(), WebhookError> {
        let value = match headers.get(self.header) {
            None => None,
            Some(value) => Some(value.to_str().map_err(|_| WebhookError::MalformedSignature {
                header: self.header,
                prefix: self.prefix,
                encoding: "text",
            })?),
        };
        self.verify(secret, body, value)
    }
}

/// The MAC `M` of `body` keyed with `secret` (HMAC takes keys of any length).
#[allow(dead_code, reason = "used only where the spec says how a webhook is signed")]
fn keyed<M: Mac + hmac::digest::KeyInit>(secret: &[u8], body: &[u8]) -> M {
    let mut mac = <M as hmac::digest::KeyInit>::new_from_slice(secret)
        .unwrap_or_else(|_| unreachable!("HMAC accepts keys of any length"));
    mac.update(body);
    mac
}

/// Decodes a payload the way the client decodes responses (see [`crate::from_slice`]).
pub(crate) fn decode<T: DeserializeOwned>(body: &[u8]) -> Result<T, WebhookError> {
    crate::from_slice(body).map_err(WebhookError::Decode)
}

/// The bytes `text` writes in hexadecimal, or `None` if it is not hexadecimal.
#[allow(dead_code, reason = "used only where the spec says how a webhook is signed")]
fn from_hex(text: &str) -> Option<Vec<u8>> {
    if text.len() % 2 != 0 {
        return None;
    }
    let digit = |byte: u8| char::from(byte).to_digit(16).map(|d| d as u8);
    text.as_bytes()
        .chunks(2)
        .map(|pair| Some(digit(pair[0])? << 4 | digit(pair[1])?))
        .collect()
}

/// The bytes `text` writes in standard base64 (padding optional), or `None`.
#[allow(dead_code, reason = "used only where the spec says how a webhook is signed")]
fn from_base64(text: &str) -> Option<Vec<u8>> {
    let text = text.trim_end_matches('=');
    let value = |byte: u8| -> Option<u32> {
        Some(match byte {
            b'A'..=b'Z' => byte - b'A',
            b'a'..=b'z' => byte - b'a' + 26,
            b'0'..=b'9' => byte - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        } as u32)
    };
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.as_bytes().chunks(4) {
        let mut bits = 0_u32;
        for (i, &byte) in chunk.iter().enumerate() {
            bits |= value(byte)? << (18 - 6 * i);
        }
        let bytes = bits.to_be_bytes();
        out.extend_from_slice(&bytes[1..chunk.len()]);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HUB: Signature = Signature {
        header: "X-Hub-Signature",
        algorithm: Algorithm::Sha1,
        prefix: "sha1=",
        encoding: Encoding::Hex,
    };

    #[test]
    fn hmac_sha1_matches_rfc_2202() {
        // RFC 2202, test case 2.
        let body = b"what do ya want for nothing?";
        let signature = "sha1=effcdf6ae5eb2fa2d27416d5f184df9c259a7c79";
        assert!(HUB.verify(b"Jefe", body, Some(signature)).is_ok());
        assert!(HUB.verify(b"Jefe", body, Some(&signature.to_uppercase().replace("SHA1=", "sha1="))).is_ok());
        assert!(matches!(
            HUB.verify(b"jefe", body, Some(signature)),
            Err(WebhookError::SignatureMismatch { .. })
        ));
        assert!(matches!(
            HUB.verify(b"Jefe", b"what do ya want for nothing!", Some(signature)),
            Err(WebhookError::SignatureMismatch { .. })
        ));
    }

    #[test]
    fn hmac_sha256_in_base64_matches_rfc_4231() {
        // RFC 4231, test case 2, with the MAC in base64.
        let signed = Signature {
            header: "X-Signature",
            algorithm: Algorithm::Sha256,
            prefix: "",
            encoding: Encoding::Base64,
        };
        let body = b"what do ya want for nothing?";
        let mac = "W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM=";
        assert!(signed.verify(b"Jefe", body, Some(mac)).is_ok());
        assert!(signed.verify(b"Jefe", body, Some(mac.trim_end_matches('='))).is_ok());
        assert!(signed.verify(b"Jefe", b"other", Some(mac)).is_err());
    }

    #[test]
    fn missing_and_malformed_signatures_are_told_apart() {
        let body = b"{}";
        assert!(matches!(HUB.verify(b"k", body, None), Err(WebhookError::MissingSignature { .. })));
        for malformed in ["effcdf6a", "sha256=effcdf6a", "sha1=xyz", "sha1=abc", ""] {
            assert!(
                matches!(HUB.verify(b"k", body, Some(malformed)), Err(WebhookError::MalformedSignature { .. })),
                "{malformed:?}"
            );
        }
        // Well-formed but of the wrong length: a mismatch, not a panic.
        assert!(matches!(
            HUB.verify(b"k", body, Some("sha1=abcd")),
            Err(WebhookError::SignatureMismatch { .. })
        ));
    }
}
