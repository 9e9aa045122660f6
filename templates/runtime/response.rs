//! Successful responses: the decoded body together with status and headers.

use std::ops::Deref;
use std::time::{Duration, SystemTime};

use bytes::Bytes;
use reqwest::header::HeaderMap;
use reqwest::StatusCode;
use serde::de::DeserializeOwned;

use crate::error::{excerpt, header_str, Error, Result};

/// Number of body characters kept in [`Error::Decode`].
const EXCERPT_CHARS: usize = 512;

/// A successful response: the decoded body plus status, headers and rate-limit info.
///
/// Derefs to the body, so fields of the body can be read directly.
#[derive(Debug, Clone)]
pub struct Response<T> {
    operation_id: &'static str,
    status: StatusCode,
    headers: HeaderMap,
    body: T,
}

impl<T> Response<T> {
    /// HTTP status of the response.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// Response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// Request id assigned by the API (`X-Request-Id`).
    pub fn request_id(&self) -> Option<&str> {
        header_str(&self.headers, "x-request-id")
    }

    /// Rate-limit information (`X-RateLimit-*` headers), if the API sent any.
    pub fn rate_limit(&self) -> Option<RateLimit> {
        RateLimit::from_headers(&self.headers)
    }

    /// The decoded body.
    pub fn body(&self) -> &T {
        &self.body
    }

    /// Consumes the response, returning the body.
    pub fn into_body(self) -> T {
        self.body
    }

    /// Transforms the body, keeping status and headers.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Response<U> {
        Response {
            operation_id: self.operation_id,
            status: self.status,
            headers: self.headers,
            body: f(self.body),
        }
    }
}

impl<T> Deref for Response<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.body
    }
}

impl Response<Bytes> {
    /// Wraps a raw successful response.
    pub(crate) fn new(
        operation_id: &'static str,
        status: StatusCode,
        headers: HeaderMap,
        body: Bytes,
    ) -> Self {
        Response {
            operation_id,
            status,
            headers,
            body,
        }
    }

    /// Decodes the body as JSON, leniently (see [`crate::from_slice`]). On failure, reports
    /// the path of the offending value.
    #[allow(dead_code, reason = "used only when the spec needs it")]
    pub(crate) fn json<T: DeserializeOwned>(self) -> Result<Response<T>> {
        match crate::decode::from_slice::<T>(&self.body) {
            Ok(value) => Ok(self.map(|_| value)),
            Err(err) => Err(self.decode_error::<T>(err)),
        }
    }

    /// Ignores the body (for 204 and other bodiless responses).
    #[allow(dead_code, reason = "used only when the spec needs it")]
    pub(crate) fn empty(self) -> Result<Response<()>> {
        Ok(self.map(|_| ()))
    }

    /// Decodes the body as UTF-8 text.
    #[allow(dead_code, reason = "used only when the spec needs it")]
    pub(crate) fn text(self) -> Result<Response<String>> {
        match std::str::from_utf8(&self.body) {
            Ok(text) => {
                let text = text.to_owned();
                Ok(self.map(|_| text))
            }
            Err(err) => Err(self.error(".".to_owned(), format!("body is not UTF-8: {err}"))),
        }
    }

    /// Returns the raw body.
    #[allow(dead_code, reason = "used only when the spec needs it")]
    pub(crate) fn bytes(self) -> Result<Response<Bytes>> {
        Ok(self)
    }

    /// Builds a decode error; the slow path re-parses to find where decoding failed.
    fn decode_error<T: DeserializeOwned>(&self, fast: serde_json::Error) -> Error {
        if self.body.iter().all(u8::is_ascii_whitespace) {
            return self.error(
                ".".to_owned(),
                "expected a JSON body but the response body was empty".to_owned(),
            );
        }
        let mut deserializer = serde_json::Deserializer::from_slice(&self.body);
        let lenient = crate::decode::Lenient(&mut deserializer);
        let (path, inner) = match serde_path_to_error::deserialize::<_, T>(lenient) {
            Err(err) => (err.path().to_string(), err.into_inner()),
            // Only `from_slice`'s trailing-data check failed.
            Ok(_) => (".".to_owned(), fast),
        };
        let mut message = inner.to_string();
        let content_type = header_str(&self.headers, "content-type").unwrap_or("");
        if !content_type.contains("json") && inner.is_syntax() {
            message = format!("response is not JSON (content-type `{content_type}`): {message}");
        } else if inner.is_eof() {
            message = format!("response body is truncated: {message}");
        }
        self.error(path, message)
    }

    fn error(&self, path: String, message: String) -> Error {
        Error::Decode {
            operation_id: self.operation_id,
            path,
            message,
            status: self.status.as_u16(),
            body_excerpt: excerpt(&self.body, EXCERPT_CHARS),
            request_id: self.request_id().map(str::to_owned),
        }
    }
}

/// Rate-limit state reported by the API in `X-RateLimit-*` headers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub struct RateLimit {
    /// Requests allowed in the current window (`X-RateLimit-Limit`).
    pub limit: Option<u64>,
    /// Requests left in the current window (`X-RateLimit-Remaining`).
    pub remaining: Option<u64>,
    /// When the window resets, in Unix seconds (`X-RateLimit-Reset`).
    pub reset: Option<u64>,
}

impl RateLimit {
    /// Reads the headers; `None` when none of them is present.
    pub(crate) fn from_headers(headers: &HeaderMap) -> Option<Self> {
        let number = |name| header_str(headers, name).and_then(|v| v.trim().parse::<u64>().ok());
        let limit = RateLimit {
            limit: number("x-ratelimit-limit"),
            remaining: number("x-ratelimit-remaining"),
            reset: number("x-ratelimit-reset"),
        };
        (limit != RateLimit::default()).then_some(limit)
    }

    /// When the window resets, as a point in time.
    pub fn reset_at(&self) -> Option<SystemTime> {
        SystemTime::UNIX_EPOCH.checked_add(Duration::from_secs(self.reset?))
    }
}
