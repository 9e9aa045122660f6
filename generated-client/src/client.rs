//! The API client: configuration, retries and tracing (credentials: `auth`).

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use bytes::Bytes;
use reqwest::header::{
    HeaderMap, HeaderName, HeaderValue, ACCEPT, AUTHORIZATION, CONTENT_TYPE, COOKIE,
    PROXY_AUTHORIZATION, USER_AGENT,
};
use reqwest::{Method, StatusCode};
use tokio::time::Instant;
use tracing::Instrument;

use crate::auth::{Applied, Credential, CredentialKind, Credentials, Scheme, Security};
use crate::config::{Region, API_VERSION, DEFAULT_SECURITY, MISSING_CREDENTIALS, VERSION_HEADER};
use crate::error::{error_chain, header_str, ApiError, Error, ErrorBody, Result};
use crate::hooks::{AttemptOutcome, Hook, Hooks, RetryNotice};
use crate::request::{parse_header, ApiRequest};
use crate::response::Response;

/// Default `User-Agent`: this crate's name and version.
const DEFAULT_USER_AGENT: &str = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"));
/// Default timeout of one attempt, from sending the request to reading the whole body.
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);
/// Default deadline of one call: every attempt and every wait between them.
const DEFAULT_DEADLINE: Duration = Duration::from_secs(120);
/// Default maximum size of a response body.
const DEFAULT_MAX_RESPONSE_SIZE: u64 = 64 << 20;
/// Largest buffer reserved up front from a `Content-Length`; a longer body grows it.
const MAX_PREALLOCATION: u64 = 64 << 20;

/// How failed requests are retried.
///
/// **What is retried depends on whether a repeat is safe.** Idempotent methods (`GET`,
/// `HEAD`, `PUT`, `DELETE`, `OPTIONS`, `TRACE`) are retried after connection errors, a
/// response body cut short, and responses with status 408, 409, 429 or 5xx. `POST` and
/// `PATCH` requests may create something each time (a ticket, a reply, a message), so they
/// are retried only when the request cannot have been processed: the connection could not
/// be opened, or the API answered 429 or 503. Set [`RetryPolicy::retry_non_idempotent`]
/// (per client) or [`RequestOptions::retry_non_idempotent`] (per request) to retry them
/// like idempotent ones, for example when repeating them is harmless.
///
/// **Delays:** attempt `n` (from 0) waits `base_delay * 2^n`, capped at `max_delay`, minus up
/// to `jitter` of it at random. A `Retry-After` header (seconds or an HTTP date) or, on 429,
/// `X-RateLimit-Reset` (Unix seconds) replaces the computed delay, capped at `max_delay`;
/// advice that is zero, negative, unparsable or already past counts as absent (the backoff
/// applies), and an advised delay too large to represent is capped at `max_delay`.
///
/// Every call also has a deadline ([`ClientBuilder::deadline`]): a retry whose wait would
/// pass it is not made, and the last error is returned instead.
#[derive(Debug, Clone, PartialEq)]
pub struct RetryPolicy {
    /// Retries after the first attempt; 0 disables retrying.
    pub max_retries: u32,
    /// Delay before the first retry.
    pub base_delay: Duration,
    /// Upper bound of any delay.
    pub max_delay: Duration,
    /// Fraction of each computed delay (0.0 to 1.0) that is randomly taken off.
    pub jitter: f64,
    /// Whether `POST` and `PATCH` requests are retried like idempotent ones (default:
    /// `false`, so that a write is never sent twice when it may already have happened).
    pub retry_non_idempotent: bool,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_retries: 2,
            base_delay: Duration::from_secs(1),
            max_delay: Duration::from_secs(60),
            jitter: 0.2,
            retry_non_idempotent: false,
        }
    }
}

impl RetryPolicy {
    /// Delay before retry number `retry` (from 0), given the failed response's status and
    /// headers, if there was a response.
    fn delay(&self, retry: u32, response: Option<(StatusCode, &HeaderMap)>) -> Duration {
        let advised = response.and_then(|(status, headers)| {
            retry_after(headers).or_else(|| {
                (status == StatusCode::TOO_MANY_REQUESTS)
                    .then(|| rate_limit_reset(headers))
                    .flatten()
            })
        });
        if let Some(delay) = advised {
            return delay.min(self.max_delay);
        }
        let backoff = self
            .base_delay
            .saturating_mul(2u32.saturating_pow(retry))
            .min(self.max_delay);
        let factor = 1.0 - self.jitter.clamp(0.0, 1.0) * fastrand::f64();
        Duration::try_from_secs_f64(backoff.as_secs_f64() * factor).unwrap_or(backoff)
    }
}

/// The wait a `Retry-After` header advises (seconds or an HTTP date); `None` when it is
/// absent, unparsable, zero, negative or past, `Duration::MAX` when it is too large.
fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = header_str(headers, "retry-after")?.trim();
    if let Ok(seconds) = value.parse::<f64>() {
        return positive_seconds(seconds);
    }
    let date = httpdate::parse_http_date(value).ok()?;
    date.duration_since(SystemTime::now())
        .ok()
        .filter(|wait| !wait.is_zero())
}

/// The wait until `X-RateLimit-Reset` (Unix seconds), by the same rules as [`retry_after`].
fn rate_limit_reset(headers: &HeaderMap) -> Option<Duration> {
    let value = header_str(headers, "x-ratelimit-reset")?.trim();
    let seconds = value.parse::<f64>().ok()?;
    let now = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .ok()?
        .as_secs_f64();
    positive_seconds(seconds - now)
}

/// A positive number of seconds as a wait: `None` for zero, negative or NaN values,
/// `Duration::MAX` for values too large to represent (infinity included).
fn positive_seconds(seconds: f64) -> Option<Duration> {
    if seconds.is_nan() || seconds <= 0.0 {
        return None;
    }
    Some(Duration::try_from_secs_f64(seconds).unwrap_or(Duration::MAX))
}

/// Whether repeating a request with this method has the same effect as sending it once.
fn is_idempotent(method: &Method) -> bool {
    [
        Method::GET,
        Method::HEAD,
        Method::PUT,
        Method::DELETE,
        Method::OPTIONS,
        Method::TRACE,
    ]
    .contains(method)
}

/// Overrides of the client's settings: for every request of a client returned by
/// [`Client::with_options`], or for one call with [`Call::options`](crate::Call::options).
///
/// Built with chained setters: `RequestOptions::new().header("X-Trace", id).max_retries(0)`.
///
/// `Debug` shows the names of extra headers, never their values.
#[derive(Clone, Default, PartialEq)]
pub struct RequestOptions {
    /// API version sent in the version header instead of the client's.
    pub api_version: Option<String>,
    /// Timeout of each attempt instead of the client's.
    pub timeout: Option<Duration>,
    /// Deadline of each call (attempts and waits together) instead of the client's.
    pub deadline: Option<Duration>,
    /// Number of retries instead of the client's.
    pub max_retries: Option<u32>,
    /// Whether `POST` and `PATCH` requests are retried like idempotent ones, instead of the
    /// client's [`RetryPolicy::retry_non_idempotent`].
    pub retry_non_idempotent: Option<bool>,
    /// Maximum size of a response body, in bytes, instead of the client's.
    pub max_response_size: Option<u64>,
    /// Extra headers, sent after (and replacing) the client's own.
    pub extra_headers: Vec<(String, String)>,
    /// Extra query parameters appended to every request.
    pub extra_query: Vec<(String, String)>,
    /// Extra properties merged into every JSON object or form request body (replacing
    /// properties of the same name), for fields the spec does not describe yet. Requests without a body
    /// are sent unchanged; a request with another kind of body fails with
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest).
    pub extra_body: Vec<(String, serde_json::Value)>,
}

impl fmt::Debug for RequestOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let header_names: Vec<&str> = self.extra_headers.iter().map(|(n, _)| n.as_str()).collect();
        f.debug_struct("RequestOptions")
            .field("api_version", &self.api_version)
            .field("timeout", &self.timeout)
            .field("deadline", &self.deadline)
            .field("max_retries", &self.max_retries)
            .field("retry_non_idempotent", &self.retry_non_idempotent)
            .field("max_response_size", &self.max_response_size)
            .field("extra_headers", &header_names)
            .field("extra_query", &self.extra_query)
            .field(
                "extra_body",
                &self.extra_body.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(),
            )
            .finish()
    }
}

impl RequestOptions {
    /// No overrides; add them with the methods below.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sends `version` in the version header instead of the client's version.
    pub fn api_version(mut self, version: impl Into<String>) -> Self {
        self.api_version = Some(version.into());
        self
    }

    /// Limits each attempt to `timeout` instead of the client's timeout.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Limits each call (attempts and waits together) to `deadline`.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.deadline = Some(deadline);
        self
    }

    /// Retries at most `max_retries` times instead of the client's number.
    pub fn max_retries(mut self, max_retries: u32) -> Self {
        self.max_retries = Some(max_retries);
        self
    }

    /// Whether `POST` and `PATCH` requests are retried like idempotent ones: only safe when
    /// the server deduplicates them (for example by an idempotency key).
    pub fn retry_non_idempotent(mut self, retry: bool) -> Self {
        self.retry_non_idempotent = Some(retry);
        self
    }

    /// Refuses response bodies larger than `bytes`.
    pub fn max_response_size(mut self, bytes: u64) -> Self {
        self.max_response_size = Some(bytes);
        self
    }

    /// Sends the header `name: value` too, replacing a header of the client's of that name.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.extra_headers.push((name.into(), value.into()));
        self
    }

    /// Appends the query parameter `name=value` to every request.
    pub fn query(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.extra_query.push((name.into(), value.into()));
        self
    }

    /// Merges the property `name: value` into the JSON request body (see
    /// [`RequestOptions::extra_body`]).
    pub fn body_property(mut self, name: impl Into<String>, value: impl Into<serde_json::Value>) -> Self {
        self.extra_body.push((name.into(), value.into()));
        self
    }

    /// Layers `other` on top of `self`.
    pub(crate) fn merge(&self, other: RequestOptions) -> RequestOptions {
        RequestOptions {
            api_version: other.api_version.or_else(|| self.api_version.clone()),
            timeout: other.timeout.or(self.timeout),
            deadline: other.deadline.or(self.deadline),
            max_retries: other.max_retries.or(self.max_retries),
            retry_non_idempotent: other.retry_non_idempotent.or(self.retry_non_idempotent),
            max_response_size: other.max_response_size.or(self.max_response_size),
            extra_headers: self
                .extra_headers
                .iter()
                .cloned()
                .chain(other.extra_headers)
                .collect(),
            extra_query: self
                .extra_query
                .iter()
                .cloned()
                .chain(other.extra_query)
                .collect(),
            extra_body: self
                .extra_body
                .iter()
                .cloned()
                .chain(other.extra_body)
                .collect(),
        }
    }
}

/// Where attempts are sent: the network, or the test kit's fake API.
#[derive(Debug, Clone, Default)]
enum Transport {
    #[default]
    Network,
    #[cfg(feature = "testing")]
    Fake(crate::testing::FakeApi),
}

/// State shared by all clones of a client.
struct Inner {
    http: reqwest::Client,
    transport: Transport,
    base_url: String,
    /// Headers of every request: `User-Agent`, `Accept` and the version header, built once.
    default_headers: HeaderMap,
    /// The credentials, checked; each request sends those its security requirement names.
    credentials: Credentials,
    version_header: Option<HeaderName>,
    api_version: String,
    user_agent: HeaderValue,
    timeout: Option<Duration>,
    deadline: Option<Duration>,
    max_response_size: Option<u64>,
    retry_policy: RetryPolicy,
    hooks: Hooks,
}

/// Client of the API. Cheap to clone: clones share configuration and connection pool.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
    options: Arc<RequestOptions>,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.inner.base_url)
            .field("credentials", &self.inner.credentials)
            .field("api_version", &self.inner.api_version)
            .field("user_agent", &self.inner.user_agent)
            .field("timeout", &self.inner.timeout)
            .field("deadline", &self.inner.deadline)
            .field("max_response_size", &self.inner.max_response_size)
            .field("retry_policy", &self.inner.retry_policy)
            .field("hooks", &self.inner.hooks)
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

/// Builder of a [`Client`].
#[derive(Clone)]
#[must_use = "a builder does nothing until `build` is called"]
pub struct ClientBuilder {
    credentials: Credentials,
    region: Region,
    base_url: Option<String>,
    api_version: String,
    user_agent: String,
    connect_timeout: Option<Duration>,
    timeout: Option<Duration>,
    deadline: Option<Duration>,
    max_response_size: Option<u64>,
    retry_policy: RetryPolicy,
    http_client: Option<reqwest::Client>,
    hooks: Hooks,
    transport: Transport,
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("credentials", &self.credentials)
            .field("region", &self.region)
            .field("base_url", &self.base_url)
            .field("api_version", &self.api_version)
            .field("user_agent", &self.user_agent)
            .field("connect_timeout", &self.connect_timeout)
            .field("timeout", &self.timeout)
            .field("deadline", &self.deadline)
            .field("max_response_size", &self.max_response_size)
            .field("retry_policy", &self.retry_policy)
            .field("http_client", &self.http_client.is_some())
            .field("hooks", &self.hooks)
            .field("transport", &self.transport)
            .finish()
    }
}

impl Default for ClientBuilder {
    fn default() -> Self {
        ClientBuilder {
            credentials: Credentials::default(),
            region: Region::default(),
            base_url: None,
            api_version: API_VERSION.to_owned(),
            user_agent: DEFAULT_USER_AGENT.to_owned(),
            connect_timeout: None,
            timeout: Some(DEFAULT_TIMEOUT),
            deadline: Some(DEFAULT_DEADLINE),
            max_response_size: Some(DEFAULT_MAX_RESPONSE_SIZE),
            retry_policy: RetryPolicy::default(),
            http_client: None,
            hooks: Hooks::default(),
            transport: Transport::default(),
        }
    }
}

impl ClientBuilder {
    /// A builder with default settings and no token.
    pub fn new() -> Self {
        Self::default()
    }

    /// Gives `credential` to every scheme of `kind` without one of its own (the
    /// `bearer_token`, `api_key` and `basic_auth` methods of `crate::config`).
    #[allow(dead_code, reason = "the methods calling it depend on the spec's schemes")]
    pub(crate) fn kind_credential(mut self, kind: CredentialKind, credential: Credential) -> Self {
        self.credentials.set_kind(kind, credential);
        self
    }

    /// Gives `credential` to `scheme` alone (`ClientBuilder::credential`).
    #[allow(dead_code, reason = "the method calling it depends on the spec's schemes")]
    pub(crate) fn scheme_credential(mut self, scheme: &'static Scheme, credential: Credential) -> Self {
        self.credentials.set_scheme(scheme, credential);
        self
    }

    /// Selects the regional server (default: the first server of the spec).
    pub fn region(mut self, region: Region) -> Self {
        self.region = region;
        self
    }

    /// Sends requests to this URL instead of the region's (a proxy, a mock server...).
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.base_url = Some(base_url.into());
        self
    }

    /// Sets the API version sent in the version header.
    pub fn api_version(mut self, api_version: impl Into<String>) -> Self {
        self.api_version = api_version.into();
        self
    }

    /// Sets the `User-Agent` header (default: this crate's name and version).
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = user_agent.into();
        self
    }

    /// Sets the connect timeout (ignored with [`ClientBuilder::http_client`]).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// Sets the timeout of each attempt, from sending the request to reading the
    /// whole body (default: 60 seconds); `None` disables it.
    ///
    /// Tests running on a paused tokio clock should disable it: a paused clock jumps
    /// to the next timer whenever the runtime waits, even on network I/O.
    pub fn timeout(mut self, timeout: impl Into<Option<Duration>>) -> Self {
        self.timeout = timeout.into();
        self
    }

    /// Sets the deadline of each call: every attempt and every wait between them together
    /// (default: 2 minutes); `None` removes it. An attempt still running at the deadline
    /// ends with [`Error::DeadlineExceeded`]; a retry whose wait would pass it is not made.
    ///
    /// Tests running on a paused tokio clock should remove it, as with [`ClientBuilder::timeout`].
    pub fn deadline(mut self, deadline: impl Into<Option<Duration>>) -> Self {
        self.deadline = deadline.into();
        self
    }

    /// Sets the maximum size of a response body in bytes (default: 64 MiB); `None` removes
    /// it. A larger body fails with [`Error::ResponseTooLarge`] as soon as its
    /// `Content-Length`, or the bytes received, pass the limit: the rest is never read.
    pub fn max_response_size(mut self, max_response_size: impl Into<Option<u64>>) -> Self {
        self.max_response_size = max_response_size.into();
        self
    }

    /// Sets whether `POST` and `PATCH` requests are retried like idempotent ones (default:
    /// `false`; see [`RetryPolicy`]).
    pub fn retry_non_idempotent(mut self, retry: bool) -> Self {
        self.retry_policy.retry_non_idempotent = retry;
        self
    }

    /// Sets the number of retries after the first attempt (default: 2).
    pub fn max_retries(mut self, max_retries: u32) -> Self {
        self.retry_policy.max_retries = max_retries;
        self
    }

    /// Replaces the whole retry policy.
    pub fn retry_policy(mut self, retry_policy: RetryPolicy) -> Self {
        self.retry_policy = retry_policy;
        self
    }

    /// Uses this [`reqwest::Client`] (for proxies, custom TLS, shared pools...), built with
    /// the `reqwest` this crate re-exports (`crate::reqwest`), so the versions match. A timeout set on it still applies
    /// beside [`ClientBuilder::timeout`]: the shorter one ends an attempt.
    pub fn http_client(mut self, http_client: reqwest::Client) -> Self {
        self.http_client = Some(http_client);
        self
    }

    /// Adds a [`Hook`]: code that sees, and may adjust, every attempt of every call.
    /// Hooks run in the order they were added.
    pub fn hook(mut self, hook: impl Hook) -> Self {
        self.hooks.push(Arc::new(hook));
        self
    }

    /// Sends every attempt to `fake` instead of the network (`FakeApi::builder`).
    #[cfg(feature = "testing")]
    pub(crate) fn fake_api(mut self, fake: crate::testing::FakeApi) -> Self {
        self.transport = Transport::Fake(fake);
        self
    }

    /// Builds the client.
    pub fn build(self) -> Result<Client> {
        self.credentials.check()?;
        if !self.credentials.satisfies(DEFAULT_SECURITY) {
            return Err(Error::Config(MISSING_CREDENTIALS.to_owned()));
        }

        let base_url = self
            .base_url
            .unwrap_or_else(|| self.region.base_url().to_owned());
        let parsed = reqwest::Url::parse(&base_url)
            .map_err(|err| Error::Config(format!("invalid base URL `{base_url}`: {err}")))?;
        if !matches!(parsed.scheme(), "http" | "https") || parsed.cannot_be_a_base() {
            return Err(Error::Config(format!(
                "invalid base URL `{base_url}`: expected an http(s) URL"
            )));
        }
        // Operation paths are appended to the base URL: a query or fragment in it would
        // swallow them (`…/proxy?tenant=1/tickets/1`) and misroute every request.
        if parsed.query().is_some() || parsed.fragment().is_some() {
            return Err(Error::Config(format!(
                "invalid base URL `{base_url}`: it must not have a query (`?…`) or fragment \
                 (`#…`); pass query parameters with `RequestOptions::extra_query`"
            )));
        }

        let version_header = VERSION_HEADER
            .map(|name| {
                HeaderName::from_bytes(name.as_bytes())
                    .map_err(|_| Error::Config(format!("invalid version header name `{name}`")))
            })
            .transpose()?;
        let api_version = HeaderValue::from_str(&self.api_version)
            .map_err(|_| Error::Config("the API version contains invalid characters".to_owned()))?;
        let user_agent = HeaderValue::from_str(&self.user_agent)
            .map_err(|_| Error::Config("the user agent contains invalid characters".to_owned()))?;
        let mut default_headers = HeaderMap::new();
        default_headers.insert(USER_AGENT, user_agent.clone());
        default_headers.insert(ACCEPT, HeaderValue::from_static("application/json"));
        if let Some(name) = &version_header {
            default_headers.insert(name.clone(), api_version);
        }

        let http = match self.http_client {
            Some(http) => http,
            None => {
                let mut builder = reqwest::Client::builder();
                if let Some(timeout) = self.connect_timeout {
                    builder = builder.connect_timeout(timeout);
                }
                builder
                    .build()
                    .map_err(|err| Error::Config(format!("cannot create the HTTP client: {err}")))?
            }
        };

        Ok(Client {
            inner: Arc::new(Inner {
                http,
                transport: self.transport,
                base_url: base_url.trim_end_matches('/').to_owned(),
                default_headers,
                credentials: self.credentials,
                version_header,
                api_version: self.api_version,
                user_agent,
                timeout: self.timeout,
                deadline: self.deadline,
                max_response_size: self.max_response_size,
                retry_policy: self.retry_policy,
                hooks: self.hooks,
            }),
            options: Arc::default(),
        })
    }
}

impl Client {
    /// A builder for a client with non-default settings.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::new()
    }

    /// A client sharing this one's connection pool and settings, with `options`
    /// applied on top of any earlier overrides.
    pub fn with_options(&self, options: RequestOptions) -> Self {
        Client {
            inner: Arc::clone(&self.inner),
            options: Arc::new(self.options.merge(options)),
        }
    }

    /// Base URL requests are sent to (without a trailing slash).
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }
}

// The request machinery below is made of free functions rather than `Client` methods, so
// that no operation name can ever collide with it.

/// Sends a request, retrying as configured, and returns the raw successful response.
pub(crate) async fn execute(client: &Client, request: ApiRequest) -> Result<Response<Bytes>> {
    let span = tracing::info_span!(
        "http_request",
        operation_id = request.operation_id,
        method = %request.method,
        path = request.path_template,
        status = tracing::field::Empty,
        attempt = tracing::field::Empty,
        elapsed_ms = tracing::field::Empty,
    );
    if span.is_disabled() {
        // No subscriber wants the span: skip entering and leaving it at every poll.
        execute_in_span(client, request, &span).await
    } else {
        execute_in_span(client, request, &span)
            .instrument(span.clone())
            .await
    }
}

/// The settings of one call: the client's, with its [`RequestOptions`] applied.
struct CallSettings {
    max_retries: u32,
    retry_non_idempotent: bool,
    timeout: Option<Duration>,
    deadline: Option<Duration>,
    max_response_size: Option<u64>,
}

impl CallSettings {
    fn new(client: &Client) -> Self {
        let (inner, options) = (&client.inner, &client.options);
        CallSettings {
            max_retries: options
                .max_retries
                .unwrap_or(inner.retry_policy.max_retries),
            retry_non_idempotent: options
                .retry_non_idempotent
                .unwrap_or(inner.retry_policy.retry_non_idempotent),
            timeout: options.timeout.or(inner.timeout),
            deadline: options.deadline.or(inner.deadline),
            max_response_size: options.max_response_size.or(inner.max_response_size),
        }
    }
}

async fn execute_in_span(
    client: &Client,
    mut request: ApiRequest,
    span: &tracing::Span,
) -> Result<Response<Bytes>> {
    request.validate()?;
    request.add_body_properties(&client.options.extra_body)?;
    let security = request.security.unwrap_or(DEFAULT_SECURITY);
    let settings = CallSettings::new(client);
    let operation_id = request.operation_id;
    let start = Instant::now();
    let deadline_at = settings.deadline.and_then(|d| start.checked_add(d));
    let credentials = Credentialing {
        client,
        security,
        operation_id,
        deadline: settings.deadline,
        deadline_at,
    };
    let mut auth = credentials.apply(None, 0).await?;
    // Built for the first attempt; a retry builds them again rather than every
    // request paying for a copy.
    let mut first_headers = Some(attempt_headers(client, &request, &auth)?);
    let url = format!("{}{}", client.inner.base_url, request.path);
    let idempotent = is_idempotent(&request.method);
    // Retries the policy allowed so far, and attempts made (a refreshed token adds one).
    let mut retry: u32 = 0;
    let mut attempts: u32 = 0;
    let mut refreshed = false;
    loop {
        attempts = attempts.saturating_add(1);
        span.record("attempt", attempts);
        let headers = match first_headers.take() {
            Some(headers) => headers,
            None => attempt_headers(client, &request, &auth)?,
        };
        let mut http_request = build_request(client, &request, &url, headers)?;
        let hooks = &client.inner.hooks;
        if !hooks.is_empty() {
            hooks.before_attempt(operation_id, attempts, &mut http_request);
        }
        // After the hooks, which see the URL without the API key.
        if !auth.query.is_empty() {
            http_request.url_mut().query_pairs_mut().extend_pairs(&auth.query);
        }
        let sent = attempt(
            &client.inner,
            http_request,
            operation_id,
            settings.max_response_size,
        );
        // One timer for the whole attempt, from sending to the end of the body: the
        // attempt's timeout or what is left of the call's deadline, whichever is shorter.
        let remaining = deadline_at.map(|at| at.saturating_duration_since(Instant::now()));
        let outcome = match (settings.timeout, remaining) {
            (Some(timeout), Some(left)) if timeout <= left => {
                within(timeout, sent, Error::Timeout { operation_id, timeout }).await
            }
            (_, Some(left)) => {
                let error = Error::DeadlineExceeded {
                    operation_id,
                    deadline: settings.deadline.unwrap_or_default(),
                    attempts,
                };
                within(left, sent, error).await
            }
            (Some(timeout), None) => {
                within(timeout, sent, Error::Timeout { operation_id, timeout }).await
            }
            (None, None) => sent.await,
        };
        // An API key in the query must not reach messages, logs or hooks through the URL.
        let outcome = if auth.query.is_empty() {
            outcome
        } else {
            outcome.map_err(crate::auth::without_url)
        };
        if !hooks.is_empty() {
            hooks.after_attempt(&AttemptOutcome {
                operation_id,
                attempt: attempts,
                elapsed: start.elapsed(),
                result: outcome.as_ref(),
            });
        }
        let elapsed_ms = u64::try_from(start.elapsed().as_millis()).unwrap_or(u64::MAX);
        span.record("elapsed_ms", elapsed_ms);
        let error = match outcome {
            Ok(response) => {
                span.record("status", response.status().as_u16());
                tracing::debug!(
                    status = response.status().as_u16(),
                    elapsed_ms,
                    "request succeeded"
                );
                return Ok(response);
            }
            Err(error) => error,
        };
        if let Some(status) = error.status() {
            span.record("status", status.as_u16());
        }
        // A provided token the API rejects is refreshed once, and the request sent again at
        // once: a request refused as unauthorized was not processed, whatever its method.
        if !refreshed && auth.has_provided() && error.status() == Some(StatusCode::UNAUTHORIZED) {
            refreshed = true;
            tracing::debug!(elapsed_ms, "token rejected: retrying with a refreshed one");
            auth = credentials.apply(Some(&auth), attempts).await?;
            if !hooks.is_empty() {
                hooks.on_retry(&RetryNotice {
                    operation_id,
                    attempt: attempts,
                    delay: Duration::ZERO,
                    error: &error,
                });
            }
            continue;
        }
        let safe_to_repeat =
            idempotent || settings.retry_non_idempotent || error.was_not_processed();
        if retry >= settings.max_retries || !error.is_retryable() || !safe_to_repeat {
            tracing::debug!(error = %error, elapsed_ms, "request failed");
            return Err(error);
        }
        let delay = client.inner.retry_policy.delay(
            retry,
            error.as_api().map(|api| (api.status, &api.headers)),
        );
        let delay_ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX);
        if deadline_at.is_some_and(|at| Instant::now().checked_add(delay).is_none_or(|t| t >= at)) {
            tracing::debug!(error = %error, elapsed_ms, delay_ms, "not retrying: the wait would pass the deadline");
            return Err(error);
        }
        if !hooks.is_empty() {
            hooks.on_retry(&RetryNotice {
                operation_id,
                attempt: attempts,
                delay,
                error: &error,
            });
        }
        tracing::debug!(
            error = %error,
            retry = attempts,
            max_retries = settings.max_retries,
            delay_ms,
            "retrying request"
        );
        tokio::time::sleep(delay).await;
        retry = retry.saturating_add(1);
    }
}

/// What a call needs to get its credentials: token providers are asked within the call's
/// deadline.
struct Credentialing<'a> {
    client: &'a Client,
    security: Security,
    operation_id: &'static str,
    deadline: Option<Duration>,
    deadline_at: Option<Instant>,
}

impl Credentialing<'_> {
    /// The credentials of the call's next attempt, the `rejected` ones refreshed (see
    /// [`Credentials::apply`]); `attempts` made so far, for the deadline error.
    async fn apply(&self, rejected: Option<&Applied>, attempts: u32) -> Result<Applied> {
        let applied = self
            .client
            .inner
            .credentials
            .apply(self.security, self.operation_id, rejected);
        match self.deadline_at {
            Some(at) => {
                let error = Error::DeadlineExceeded {
                    operation_id: self.operation_id,
                    deadline: self.deadline.unwrap_or_default(),
                    attempts,
                };
                within(at.saturating_duration_since(Instant::now()), applied, error).await
            }
            None => applied.await,
        }
    }
}

/// Runs `future`, or fails with `error` once `limit` has passed.
async fn within<T>(
    limit: Duration,
    future: impl std::future::Future<Output = Result<T>>,
    error: Error,
) -> Result<T> {
    tokio::time::timeout(limit, future)
        .await
        .unwrap_or(Err(error))
}

/// One attempt's request: method, URL, query, headers and body.
fn build_request(
    client: &Client,
    request: &ApiRequest,
    url: &str,
    headers: HeaderMap,
) -> Result<reqwest::Request> {
    let mut builder = client.inner.http.request(request.method.clone(), url);
    // Each `query` call re-serializes the URL, even for no parameters.
    if !request.query.is_empty() {
        builder = builder.query(&request.query);
    }
    if !client.options.extra_query.is_empty() {
        builder = builder.query(&client.options.extra_query);
    }
    let mut http_request = request
        .attach_body(builder)?
        .build()
        .map_err(|err| Error::InvalidRequest {
            operation_id: request.operation_id,
            message: format!("cannot build the HTTP request: {}", error_chain(&err)),
        })?;
    // The body's headers (content type...) come after ours, as `RequestBuilder` would
    // add them; moving ours in avoids copying them one by one.
    let body_headers = std::mem::replace(http_request.headers_mut(), headers);
    let mut name = None;
    for (next, value) in body_headers {
        name = next.or(name);
        if let Some(name) = &name {
            http_request.headers_mut().append(name.clone(), value);
        }
    }
    Ok(http_request)
}

/// Headers of every attempt: client defaults and credentials, the operation's, then
/// overrides.
fn attempt_headers(client: &Client, request: &ApiRequest, auth: &Applied) -> Result<HeaderMap> {
    let (inner, options) = (&client.inner, &client.options);
    let invalid = |message: String| Error::InvalidRequest {
        operation_id: request.operation_id,
        message,
    };
    let mut headers = inner.default_headers.clone();
    if let (Some(name), Some(version)) = (&inner.version_header, &options.api_version) {
        let (_, value) = parse_header(name.as_str(), version).map_err(invalid)?;
        headers.insert(name.clone(), value);
    }
    for (name, value) in &auth.headers {
        headers.append(name.clone(), value.clone());
    }
    if request.headers.is_empty() && options.extra_headers.is_empty() {
        return Ok(headers);
    }
    let mut extra = HeaderMap::new();
    for (name, value) in &options.extra_headers {
        let (name, mut value) = parse_header(name, value).map_err(invalid)?;
        if [AUTHORIZATION, PROXY_AUTHORIZATION, COOKIE].contains(&name) {
            value.set_sensitive(true);
        }
        extra.append(name, value);
    }
    // Each layer replaces the values of the names it sets; repeated names are kept.
    for layer in [&request.headers, &extra] {
        for name in layer.keys() {
            headers.remove(name);
        }
        for (name, value) in layer {
            headers.append(name.clone(), value.clone());
        }
    }
    Ok(headers)
}

/// Sends one attempt, reads the whole body (up to `max_response_size`) and decides, once,
/// whether the response is a success or an error.
async fn attempt(
    inner: &Inner,
    request: reqwest::Request,
    operation_id: &'static str,
    max_response_size: Option<u64>,
) -> Result<Response<Bytes>> {
    let mut response = match &inner.transport {
        Transport::Network => inner
            .http
            .execute(request)
            .await
            .map_err(|source| Error::Transport {
                operation_id,
                source,
            })?,
        #[cfg(feature = "testing")]
        Transport::Fake(fake) => fake.send(&inner.base_url, operation_id, request).await?,
    };
    let status = response.status();
    // Taken, not copied: reading the body consumes the response.
    let headers = std::mem::take(response.headers_mut());
    let body = read_body(&mut response, operation_id, max_response_size).await?;
    // Binary downloads are not scanned; error bodies are JSON (or unlabelled).
    let is_error = !status.is_success()
        || (headers
            .get(CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .is_none_or(|t| t.contains("json"))
            && ErrorBody::is_error_list(&body));
    if is_error {
        Err(Error::Api(Box::new(ApiError::new(
            operation_id,
            status,
            headers,
            &body,
        ))))
    } else {
        Ok(Response::new(operation_id, status, headers, body))
    }
}

/// Reads a response body into one buffer, failing without reading further once it is known
/// to exceed `limit`, and naming a body cut short by how much of it arrived.
async fn read_body(
    response: &mut reqwest::Response,
    operation_id: &'static str,
    limit: Option<u64>,
) -> Result<Bytes> {
    let status = response.status().as_u16();
    let expected = response.content_length();
    let too_large = |limit| Error::ResponseTooLarge {
        operation_id,
        status,
        limit,
        content_length: expected,
    };
    if let (Some(limit), Some(length)) = (limit, expected) {
        if length > limit {
            return Err(too_large(limit));
        }
    }
    // A body that arrives in one chunk is kept as it is; a longer one is copied into a
    // buffer sized from `Content-Length`, so it is never reallocated on the way.
    let mut first: Option<Bytes> = None;
    let mut buffer: Vec<u8> = Vec::new();
    let mut received: u64 = 0;
    loop {
        let chunk = match response.chunk().await {
            Ok(Some(chunk)) => chunk,
            Ok(None) => break,
            Err(source) => {
                return Err(Error::Truncated {
                    operation_id,
                    status,
                    received,
                    expected,
                    source,
                })
            }
        };
        received = received.saturating_add(u64::try_from(chunk.len()).unwrap_or(u64::MAX));
        if let Some(limit) = limit.filter(|&limit| received > limit) {
            return Err(too_large(limit));
        }
        match first.take() {
            None if buffer.is_empty() => first = Some(chunk),
            earlier => {
                if let Some(earlier) = earlier {
                    let announced = expected.unwrap_or(0).min(MAX_PREALLOCATION);
                    let capacity = usize::try_from(announced).unwrap_or(0);
                    buffer.reserve_exact(capacity.max(earlier.len() + chunk.len()));
                    buffer.extend_from_slice(&earlier);
                }
                buffer.extend_from_slice(&chunk);
            }
        }
    }
    Ok(first.unwrap_or_else(|| Bytes::from(buffer)))
}
