//! Error type returned by every operation of this client.

use std::fmt;

use reqwest::header::HeaderMap;
use reqwest::StatusCode;
use serde_json::Value;

use crate::response::RateLimit;

/// Result type used throughout this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong when calling the API.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The API answered with an error status, or with a 2xx `error.list` body.
    #[error(transparent)]
    Api(Box<ApiError>),
    /// The request could not be sent or the response could not be read.
    #[error("transport error: {0}")]
    Transport(#[source] reqwest::Error),
    /// The request did not complete within the configured timeout.
    #[error("request timed out")]
    Timeout,
    /// The response body did not match the expected schema.
    #[error(
        "failed to decode the HTTP {status} response of `{operation_id}` at `{path}`: {message}"
    )]
    Decode {
        /// Operation whose response failed to decode.
        operation_id: &'static str,
        /// Path of the offending value inside the body, such as `data[3].id`.
        path: String,
        /// What went wrong.
        message: String,
        /// HTTP status of the response.
        status: u16,
        /// The first characters of the body.
        body_excerpt: String,
        /// Request id of the response (`X-Request-Id`), for support requests.
        request_id: Option<String>,
    },
    /// The request could not be built from the given arguments; nothing was sent.
    #[error("invalid request for `{operation_id}`: {message}")]
    InvalidRequest {
        /// Operation that was being called.
        operation_id: &'static str,
        /// What is wrong with the arguments.
        message: String,
    },
    /// The client is misconfigured (missing token, invalid base URL, ...).
    #[error("configuration error: {0}")]
    Config(String),
}

impl Error {
    /// HTTP status of the response that caused this error, if there was one.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Api(api) => Some(api.status.as_u16()),
            Error::Decode { status, .. } => Some(*status),
            Error::Transport(err) => err.status().map(|s| s.as_u16()),
            _ => None,
        }
    }

    /// Request id assigned by the API (from the error body or the `X-Request-Id` header).
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Api(api) => api.request_id(),
            Error::Decode { request_id, .. } => request_id.as_deref(),
            _ => None,
        }
    }

    /// Code of the first error in the API's `error.list` body, such as `not_found`.
    pub fn code(&self) -> Option<&str> {
        match self {
            Error::Api(api) => api.code(),
            _ => None,
        }
    }

    /// Whether the client retries this kind of failure automatically
    /// (connection errors, 408, 409, 429 and 5xx).
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Api(api) => is_retryable_status(api.status),
            Error::Transport(err) => is_retryable_transport(err),
            _ => false,
        }
    }

    /// The API error details, if this is an [`Error::Api`].
    pub fn as_api(&self) -> Option<&ApiError> {
        match self {
            Error::Api(api) => Some(api),
            _ => None,
        }
    }

    /// Converts a reqwest error, separating timeouts from other transport failures.
    pub(crate) fn from_reqwest(err: reqwest::Error) -> Self {
        // A connect timeout is a connection failure: nothing reached the server.
        if err.is_timeout() && !err.is_connect() {
            Error::Timeout
        } else {
            Error::Transport(err)
        }
    }
}

/// Whether a response status is retried by the client.
pub(crate) fn is_retryable_status(status: StatusCode) -> bool {
    matches!(status.as_u16(), 408 | 409 | 429) || status.is_server_error()
}

/// Whether a transport error is retried by the client (connection-level failures).
pub(crate) fn is_retryable_transport(err: &reqwest::Error) -> bool {
    err.is_connect() || (err.is_request() && !err.is_timeout())
}

/// An error response from the API.
#[derive(Clone)]
#[non_exhaustive]
pub struct ApiError {
    /// Operation that failed.
    pub operation_id: &'static str,
    /// HTTP status of the response.
    pub status: StatusCode,
    /// The decoded body, when it is an Intercom `error.list` object.
    pub body: Option<ErrorBody>,
    /// The raw body text (lossily decoded as UTF-8).
    pub raw_body: String,
    /// Response headers.
    pub headers: HeaderMap,
    /// Rate-limit information from the response headers.
    pub rate_limit: Option<RateLimit>,
}

/// Bodies can be megabytes (an HTML error page): `Debug` shows an excerpt and the length.
impl std::fmt::Debug for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ApiError")
            .field("operation_id", &self.operation_id)
            .field("status", &self.status)
            .field("body", &self.body)
            .field(
                "raw_body",
                &format_args!(
                    "{:?} ({} bytes)",
                    excerpt(self.raw_body.as_bytes(), 512),
                    self.raw_body.len()
                ),
            )
            .field("headers", &self.headers)
            .field("rate_limit", &self.rate_limit)
            .finish()
    }
}

impl ApiError {
    /// Builds the error from a response; `body` is decoded when it is an error object.
    pub(crate) fn new(
        operation_id: &'static str,
        status: StatusCode,
        headers: HeaderMap,
        raw: &[u8],
    ) -> Self {
        let body = serde_json::from_slice::<Value>(raw)
            .ok()
            .and_then(|value| ErrorBody::from_value(&value, !status.is_success()));
        ApiError {
            operation_id,
            status,
            body,
            raw_body: String::from_utf8_lossy(raw).into_owned(),
            rate_limit: RateLimit::from_headers(&headers),
            headers,
        }
    }

    /// Request id from the body, or else from the `X-Request-Id` header.
    pub fn request_id(&self) -> Option<&str> {
        self.body
            .as_ref()
            .and_then(|body| body.request_id.as_deref())
            .or_else(|| header_str(&self.headers, "x-request-id"))
    }

    /// Code of the first error in the body.
    pub fn code(&self) -> Option<&str> {
        self.body
            .as_ref()
            .and_then(|body| body.errors.iter().find_map(|e| e.code.as_deref()))
    }

    /// Message of the first error in the body.
    pub fn message(&self) -> Option<&str> {
        self.body
            .as_ref()
            .and_then(|body| body.errors.iter().find_map(|e| e.message.as_deref()))
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` failed with HTTP {}",
            self.operation_id, self.status
        )?;
        match (self.code(), self.message()) {
            (Some(code), Some(message)) => write!(f, ": {code}: {message}")?,
            (Some(text), None) | (None, Some(text)) => write!(f, ": {text}")?,
            (None, None) => {
                let excerpt = excerpt(self.raw_body.as_bytes(), 200);
                if !excerpt.trim().is_empty() {
                    write!(f, ": {excerpt}")?;
                }
            }
        }
        if let Some(id) = self.request_id() {
            write!(f, " (request id {id})")?;
        }
        Ok(())
    }
}

impl std::error::Error for ApiError {}

/// Intercom's `error.list` error body. Every field is optional and decoded leniently.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ErrorBody {
    /// The `type` field, normally `error.list`.
    pub kind: Option<String>,
    /// Request id assigned by the API.
    pub request_id: Option<String>,
    /// The individual errors.
    pub errors: Vec<ErrorItem>,
}

/// One entry of an [`ErrorBody`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ErrorItem {
    /// Machine-readable code, such as `not_found` or `parameter_invalid`.
    pub code: Option<String>,
    /// Human-readable message.
    pub message: Option<String>,
    /// Request field the error refers to, if any.
    pub field: Option<String>,
}

impl ErrorBody {
    /// Reads an error body from JSON. An object with `"type": "error.list"` always
    /// qualifies; with `any_errors`, so does any object with an `errors` array.
    pub(crate) fn from_value(value: &Value, any_errors: bool) -> Option<Self> {
        let object = value.as_object()?;
        let kind = object.get("type").and_then(lenient_string);
        let errors = object.get("errors").and_then(Value::as_array);
        let is_error_list = kind.as_deref() == Some("error.list");
        let is_error_object = any_errors && errors.is_some();
        if !(is_error_list || is_error_object) {
            return None;
        }
        let errors = errors
            .into_iter()
            .flatten()
            .map(|item| ErrorItem {
                code: item.get("code").and_then(lenient_string),
                message: item.get("message").and_then(lenient_string),
                field: item.get("field").and_then(lenient_string),
            })
            .collect();
        Some(ErrorBody {
            kind,
            request_id: object.get("request_id").and_then(lenient_string),
            errors,
        })
    }

    /// Whether a 2xx body is really an `error.list` (checked without a full parse first).
    pub(crate) fn detect_in_success(raw: &[u8]) -> Option<Self> {
        // JSON is UTF-8, and `str::contains` searches a short needle with SIMD where it
        // can: several times faster than comparing every window of the body.
        if !std::str::from_utf8(raw).ok()?.contains("error.list") {
            return None;
        }
        let value = serde_json::from_slice::<Value>(raw).ok()?;
        ErrorBody::from_value(&value, false)
    }
}

/// A JSON scalar as a string (strings as-is, numbers and booleans as text).
fn lenient_string(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// A header value as UTF-8 text, if present and valid.
pub(crate) fn header_str<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

/// The first `max_chars` characters of a body, lossily decoded, marked when cut.
pub(crate) fn excerpt(raw: &[u8], max_chars: usize) -> String {
    let text = String::from_utf8_lossy(raw);
    let mut out: String = text.chars().take(max_chars).collect();
    if text.chars().nth(max_chars).is_some() {
        out.push('…');
    }
    out
}
