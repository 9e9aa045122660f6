//! Error type returned by every operation of this client.

use std::fmt;
use std::sync::LazyLock;

use memchr::memmem::Finder;
use reqwest::header::HeaderMap;
use reqwest::StatusCode;
use serde_json::Value;

use crate::pagination::PageRequest;
use crate::response::{Body, RateLimit};

/// Result type used throughout this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong when calling the API.
///
/// Every variant but [`Error::Config`] (raised by [`ClientBuilder::build`](crate::ClientBuilder::build),
/// before any call) names the operation that failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The API answered with an error status, or with a 2xx `error.list` body.
    #[error(transparent)]
    Api(Box<ApiError>),
    /// The request could not be sent, or no response came back (connection refused or
    /// reset, TLS failure, a server that does not speak HTTP...).
    #[error("transport error in `{operation_id}`: {}", error_chain(source))]
    Transport {
        /// Operation that was being called.
        operation_id: &'static str,
        /// The underlying HTTP client error.
        #[source]
        source: reqwest::Error,
    },
    /// The connection ended before the whole response body arrived.
    #[error(
        "`{operation_id}`: HTTP {status} response body truncated after {received}{} bytes: {}",
        expected.map(|n| format!(" of {n}")).unwrap_or_default(),
        error_chain(source)
    )]
    Truncated {
        /// Operation that was being called.
        operation_id: &'static str,
        /// HTTP status of the response.
        status: u16,
        /// Body bytes received before the connection failed.
        received: u64,
        /// Body length announced by `Content-Length`, if any.
        expected: Option<u64>,
        /// The underlying HTTP client error.
        #[source]
        source: reqwest::Error,
    },
    /// The response body is larger than the configured maximum
    /// ([`ClientBuilder::max_response_size`](crate::ClientBuilder::max_response_size)); the
    /// rest of it was not read.
    #[error(
        "`{operation_id}`: HTTP {status} response body exceeds the limit of {limit} bytes{}",
        content_length.map(|n| format!(" (Content-Length {n})")).unwrap_or_default()
    )]
    ResponseTooLarge {
        /// Operation that was being called.
        operation_id: &'static str,
        /// HTTP status of the response.
        status: u16,
        /// The configured maximum, in bytes.
        limit: u64,
        /// Body length announced by `Content-Length`, if any.
        content_length: Option<u64>,
    },
    /// One attempt did not complete within the per-attempt timeout
    /// ([`ClientBuilder::timeout`](crate::ClientBuilder::timeout)).
    #[error("`{operation_id}` timed out: no complete response within {timeout:?}")]
    Timeout {
        /// Operation that was being called.
        operation_id: &'static str,
        /// The per-attempt timeout that passed.
        timeout: std::time::Duration,
    },
    /// The call (every attempt and every wait between them) did not complete within its
    /// deadline ([`ClientBuilder::deadline`](crate::ClientBuilder::deadline)).
    #[error("`{operation_id}` passed its deadline of {deadline:?} during attempt {attempts}")]
    DeadlineExceeded {
        /// Operation that was being called.
        operation_id: &'static str,
        /// The deadline of the call.
        deadline: std::time::Duration,
        /// Attempts started, the one cut short included.
        attempts: u32,
    },
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
        /// The first characters of the body; for a JSON body longer than 1 MiB, which is
        /// decoded as it is read, the characters around where decoding failed (`…` marks
        /// where the body goes on).
        body_excerpt: String,
        /// Request id of the response (`X-Request-Id`), for support requests.
        request_id: Option<String>,
    },
    /// A paginated listing pointed back at a page it had already returned: the server is
    /// looping, and the items seen so far are not the whole listing.
    #[error(
        "pagination of `{operation_id}` stopped after {pages} pages: the server asked again for {page}, which it already returned; the listing is incomplete"
    )]
    RepeatedPage {
        /// Operation being paginated.
        operation_id: &'static str,
        /// The repeated cursor or page number.
        page: PageRequest,
        /// Pages fetched before the repeat was found.
        pages: u64,
    },
    /// A paginated listing returned too many empty pages in a row (more than 10), each
    /// pointing at another page: the server is most likely looping with fresh cursors.
    #[error(
        "pagination of `{operation_id}` stopped after {empty_pages} empty pages in a row (the last pointing at {page}); the listing may be incomplete"
    )]
    EmptyPages {
        /// Operation being paginated.
        operation_id: &'static str,
        /// The next page the last empty page pointed at.
        page: PageRequest,
        /// Empty pages received in a row.
        empty_pages: u32,
    },
    /// A [`TokenProvider`](crate::TokenProvider) gave no usable token; nothing was sent.
    #[error("the token provider of `{operation_id}` failed: {}", error_chain(source.as_ref()))]
    TokenProvider {
        /// Operation that was being called.
        operation_id: &'static str,
        /// What the provider failed with.
        #[source]
        source: crate::token::TokenError,
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

/// An error and its causes, joined by `: ` (reqwest hides the useful part, such as
/// "connection refused", a few `source()` levels down).
pub(crate) fn error_chain(error: &(dyn std::error::Error + 'static)) -> String {
    let mut text = error.to_string();
    let mut cause = error.source();
    while let Some(next) = cause {
        let next_text = next.to_string();
        if !text.contains(&next_text) {
            text.push_str(": ");
            text.push_str(&next_text);
        }
        cause = next.source();
    }
    text
}

impl Error {
    /// Operation whose call failed (`None` only for [`Error::Config`]).
    pub fn operation_id(&self) -> Option<&'static str> {
        match self {
            Error::Api(api) => Some(api.operation_id),
            Error::Transport { operation_id, .. }
            | Error::Truncated { operation_id, .. }
            | Error::ResponseTooLarge { operation_id, .. }
            | Error::Timeout { operation_id, .. }
            | Error::DeadlineExceeded { operation_id, .. }
            | Error::Decode { operation_id, .. }
            | Error::RepeatedPage { operation_id, .. }
            | Error::EmptyPages { operation_id, .. }
            | Error::TokenProvider { operation_id, .. }
            | Error::InvalidRequest { operation_id, .. } => Some(operation_id),
            Error::Config(_) => None,
        }
    }

    /// HTTP status of the response that caused this error, if there was one (the same
    /// [`StatusCode`] type as [`ApiError::status`] and [`Response::status`](crate::Response::status)).
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api(api) => Some(api.status),
            Error::Decode { status, .. }
            | Error::Truncated { status, .. }
            | Error::ResponseTooLarge { status, .. } => StatusCode::from_u16(*status).ok(),
            Error::Transport { source, .. } => source.status(),
            _ => None,
        }
    }

    /// Message of the first error in the API's `error.list` body (for [`Error::Api`]).
    pub fn message(&self) -> Option<&str> {
        self.as_api().and_then(ApiError::message)
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

    /// Whether the failure is transient: connection errors, truncated bodies, and
    /// responses with status 408, 409, 429 or 5xx.
    ///
    /// The client retries these for idempotent methods; a `POST` or `PATCH` is retried only
    /// when it cannot have been processed, unless the caller opts in (see
    /// [`RetryPolicy`](crate::RetryPolicy)).
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Api(api) => is_retryable_status(api.status),
            Error::Transport { source, .. } => is_retryable_transport(source),
            Error::Truncated { .. } => true,
            _ => false,
        }
    }

    /// Whether the request certainly never reached the server's application: the
    /// connection could not be opened, or the answer (429, 503) says it was turned away.
    /// Such failures are retried even for methods that are not idempotent.
    pub(crate) fn was_not_processed(&self) -> bool {
        match self {
            Error::Api(api) => matches!(api.status.as_u16(), 429 | 503),
            Error::Transport { source, .. } => source.is_connect(),
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

    /// Whether a body is an `error.list` object, judged by its top-level `type` alone. A body
    /// that cannot spell `error.list` (the text is absent, and there is no `\u` escape that
    /// could write it) is answered by a byte search. Any other is parsed up to its top-level
    /// `type` (Intercom sends it first), allocating nothing; so a success body is never
    /// parsed twice, whatever text it contains.
    pub(crate) fn is_error_list(body: &Body) -> bool {
        // Built once: building a searcher costs about as much as searching a small body.
        static ERROR_LIST: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("error.list"));
        static ESCAPE: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("\\u"));
        if !body.contains(&ERROR_LIST) && !body.contains(&ESCAPE) {
            return false;
        }
        let mut found = false;
        // The visitor stops the parse with an error once it has its answer.
        let _ = match body {
            Body::Whole(raw) => serde::Deserializer::deserialize_map(
                &mut serde_json::Deserializer::from_slice(raw),
                TopLevelType(&mut found),
            ),
            Body::Chunks { .. } => serde::Deserializer::deserialize_map(
                &mut serde_json::Deserializer::from_reader(body.reader()),
                TopLevelType(&mut found),
            ),
        };
        found
    }
}

/// Finds whether a JSON object's top-level `type` is `error.list`, skipping every other
/// property without building it.
struct TopLevelType<'a>(&'a mut bool);

impl<'de> serde::de::Visitor<'de> for TopLevelType<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(is_type) = map.next_key_seed(IsString("type"))? {
            if is_type {
                *self.0 = map.next_value_seed(IsString("error.list")).unwrap_or(false);
                return Err(serde::de::Error::custom("found the type"));
            }
            map.next_value::<serde::de::IgnoredAny>()?;
        }
        Ok(())
    }
}

/// Reads a JSON value, answering whether it is this string (without allocating).
struct IsString(&'static str);

impl<'de> serde::de::DeserializeSeed<'de> for IsString {
    type Value = bool;

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<bool, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for IsString {
    type Value = bool;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<bool, E> {
        Ok(value == self.0)
    }

    fn visit_bool<E: serde::de::Error>(self, _: bool) -> Result<bool, E> {
        Ok(false)
    }

    fn visit_i64<E: serde::de::Error>(self, _: i64) -> Result<bool, E> {
        Ok(false)
    }

    fn visit_u64<E: serde::de::Error>(self, _: u64) -> Result<bool, E> {
        Ok(false)
    }

    fn visit_f64<E: serde::de::Error>(self, _: f64) -> Result<bool, E> {
        Ok(false)
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<bool, E> {
        Ok(false)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<bool, A::Error> {
        while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
        Ok(false)
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<bool, A::Error> {
        while map
            .next_entry::<serde::de::IgnoredAny, serde::de::IgnoredAny>()?
            .is_some()
        {}
        Ok(false)
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
