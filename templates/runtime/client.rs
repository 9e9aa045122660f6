//! The API client and its configuration: the builder, retry policy and per-call options
//! (sending a call, with its attempts and retries: `send`; credentials: `auth`).

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use reqwest::header::{HeaderMap, HeaderName, HeaderValue, ACCEPT, USER_AGENT};
use reqwest::StatusCode;

use crate::auth::{Applied, Credential, CredentialKind, Credentials, Scheme};
use crate::config::{Region, API_VERSION, DEFAULT_SECURITY, MISSING_CREDENTIALS, VERSION_HEADER};
use crate::error::{header_str, Error, Result};
use crate::hooks::{Hook, Hooks};

/// Default `User-Agent`: this crate's name and version.
const DEFAULT_USER_AGENT: &str = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"));
/// Default timeout of one attempt, from sending the request to reading the whole body.
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);
/// Default deadline of one call: every attempt and every wait between them.
const DEFAULT_DEADLINE: Duration = Duration::from_secs(120);
/// Default maximum size of a response body.
const DEFAULT_MAX_RESPONSE_SIZE: u64 = 64 << 20;

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
    pub(crate) fn delay(&self, retry: u32, response: Option<(StatusCode, &HeaderMap)>) -> Duration {
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
pub(crate) enum Transport {
    #[default]
    Network,
    #[cfg(feature = "testing")]
    Fake(crate::testing::FakeApi),
}

/// State shared by all clones of a client.
pub(crate) struct Inner {
    pub(crate) http: reqwest::Client,
    pub(crate) transport: Transport,
    pub(crate) base_url: String,
    /// Headers of every request: `User-Agent`, `Accept` and the version header, built once.
    pub(crate) default_headers: HeaderMap,
    /// The credentials, checked; each request sends those its security requirement names.
    pub(crate) credentials: Credentials,
    /// What a request with the API's default security sends, built once when no token
    /// provider is involved (a provider is asked per call).
    pub(crate) fixed_credentials: Option<FixedCredentials>,
    pub(crate) version_header: Option<HeaderName>,
    pub(crate) api_version: String,
    pub(crate) user_agent: HeaderValue,
    pub(crate) timeout: Option<Duration>,
    pub(crate) deadline: Option<Duration>,
    pub(crate) max_response_size: Option<u64>,
    pub(crate) retry_policy: RetryPolicy,
    pub(crate) hooks: Hooks,
}

/// Credentials that are the same for every call (no token provider gives them), built once
/// with the client.
pub(crate) struct FixedCredentials {
    /// What a request with the API's default security carries.
    pub(crate) applied: Applied,
    /// The default headers, then the credentials' headers: every attempt starts from them.
    pub(crate) headers: HeaderMap,
}

impl FixedCredentials {
    fn new(applied: Applied, default_headers: &HeaderMap) -> Self {
        let mut headers = default_headers.clone();
        for (name, value) in &applied.headers {
            headers.append(name.clone(), value.clone());
        }
        FixedCredentials { applied, headers }
    }
}

/// Client of the API. Cheap to clone: clones share configuration and connection pool.
#[derive(Clone)]
pub struct Client {
    pub(crate) inner: Arc<Inner>,
    pub(crate) options: Arc<RequestOptions>,
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
                fixed_credentials: self
                    .credentials
                    .fixed(DEFAULT_SECURITY)
                    .map(|applied| FixedCredentials::new(applied, &default_headers)),
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
