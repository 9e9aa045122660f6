//! The API client: configuration, authentication, retries and tracing.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use bytes::Bytes;
use reqwest::header::{
    HeaderMap, HeaderName, HeaderValue, ACCEPT, AUTHORIZATION, CONTENT_TYPE, COOKIE,
    PROXY_AUTHORIZATION, USER_AGENT,
};
use reqwest::StatusCode;
use tokio::time::Instant;
use tracing::Instrument;

use crate::config::{Region, API_VERSION, TOKEN_ENV_VAR, VERSION_HEADER};
use crate::error::{header_str, ApiError, Error, ErrorBody, Result};
use crate::request::{parse_header, ApiRequest};
use crate::response::Response;

/// Default `User-Agent`: this crate's name and version.
const DEFAULT_USER_AGENT: &str = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"));
/// Default timeout of one attempt, from sending the request to reading the whole body.
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);

/// How failed requests are retried.
///
/// Connection errors and responses with status 408, 409, 429 or 5xx are retried
/// with exponential backoff: attempt `n` (from 0) waits `base_delay * 2^n`, capped
/// at `max_delay`, minus up to `jitter` of it at random. A `Retry-After` header
/// (or, on 429, `X-RateLimit-Reset`) replaces the computed delay, still capped at
/// `max_delay`.
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
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_retries: 2,
            base_delay: Duration::from_secs(1),
            max_delay: Duration::from_secs(60),
            jitter: 0.2,
        }
    }
}

impl RetryPolicy {
    /// Delay before retry number `retry` (from 0), given the failed response's
    /// status and headers, if there was a response.
    fn delay(&self, retry: u32, response: Option<(StatusCode, &HeaderMap)>) -> Duration {
        if let Some((status, headers)) = response {
            let advised = retry_after(headers).or_else(|| {
                (status == StatusCode::TOO_MANY_REQUESTS)
                    .then(|| rate_limit_reset(headers))
                    .flatten()
            });
            if let Some(delay) = advised {
                return delay.min(self.max_delay);
            }
        }
        let backoff = self
            .base_delay
            .saturating_mul(2u32.saturating_pow(retry))
            .min(self.max_delay);
        let factor = 1.0 - self.jitter.clamp(0.0, 1.0) * fastrand::f64();
        Duration::try_from_secs_f64(backoff.as_secs_f64() * factor).unwrap_or(backoff)
    }
}

/// `Retry-After` as seconds or as an HTTP date.
fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = header_str(headers, "retry-after")?.trim();
    if let Ok(seconds) = value.parse::<f64>() {
        return Duration::try_from_secs_f64(seconds.max(0.0)).ok();
    }
    let date = httpdate::parse_http_date(value).ok()?;
    Some(
        date.duration_since(SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

/// Time until `X-RateLimit-Reset` (Unix seconds).
fn rate_limit_reset(headers: &HeaderMap) -> Option<Duration> {
    let seconds = header_str(headers, "x-ratelimit-reset")?
        .trim()
        .parse::<u64>()
        .ok()?;
    let reset = SystemTime::UNIX_EPOCH.checked_add(Duration::from_secs(seconds))?;
    Some(
        reset
            .duration_since(SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

/// Overrides applied to every request of a client returned by [`Client::with_options`].
///
/// `Debug` shows the names of extra headers, never their values.
#[derive(Clone, Default, PartialEq)]
pub struct RequestOptions {
    /// API version sent in the version header instead of the client's.
    pub api_version: Option<String>,
    /// Timeout of each attempt instead of the client's.
    pub timeout: Option<Duration>,
    /// Number of retries instead of the client's.
    pub max_retries: Option<u32>,
    /// Extra headers, sent after (and replacing) the client's own.
    pub extra_headers: Vec<(String, String)>,
    /// Extra query parameters appended to every request.
    pub extra_query: Vec<(String, String)>,
}

impl fmt::Debug for RequestOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let header_names: Vec<&str> = self.extra_headers.iter().map(|(n, _)| n.as_str()).collect();
        f.debug_struct("RequestOptions")
            .field("api_version", &self.api_version)
            .field("timeout", &self.timeout)
            .field("max_retries", &self.max_retries)
            .field("extra_headers", &header_names)
            .field("extra_query", &self.extra_query)
            .finish()
    }
}

impl RequestOptions {
    /// Layers `other` on top of `self`.
    fn merge(&self, other: RequestOptions) -> RequestOptions {
        RequestOptions {
            api_version: other.api_version.or_else(|| self.api_version.clone()),
            timeout: other.timeout.or(self.timeout),
            max_retries: other.max_retries.or(self.max_retries),
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
        }
    }
}

/// State shared by all clones of a client.
struct Inner {
    http: reqwest::Client,
    base_url: String,
    /// Headers of every request: `Authorization` (`Bearer <token>`, marked sensitive),
    /// `User-Agent`, `Accept` and the version header, built once.
    default_headers: HeaderMap,
    version_header: Option<HeaderName>,
    api_version: String,
    user_agent: HeaderValue,
    timeout: Option<Duration>,
    retry_policy: RetryPolicy,
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
            .field("token", &"<redacted>")
            .field("api_version", &self.inner.api_version)
            .field("user_agent", &self.inner.user_agent)
            .field("timeout", &self.inner.timeout)
            .field("retry_policy", &self.inner.retry_policy)
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

/// Builder of a [`Client`].
#[derive(Clone)]
#[must_use = "a builder does nothing until `build` is called"]
pub struct ClientBuilder {
    token: Option<String>,
    region: Region,
    base_url: Option<String>,
    api_version: String,
    user_agent: String,
    connect_timeout: Option<Duration>,
    timeout: Option<Duration>,
    retry_policy: RetryPolicy,
    http_client: Option<reqwest::Client>,
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("token", &self.token.as_ref().map(|_| "<redacted>"))
            .field("region", &self.region)
            .field("base_url", &self.base_url)
            .field("api_version", &self.api_version)
            .field("user_agent", &self.user_agent)
            .field("connect_timeout", &self.connect_timeout)
            .field("timeout", &self.timeout)
            .field("retry_policy", &self.retry_policy)
            .field("http_client", &self.http_client.is_some())
            .finish()
    }
}

impl Default for ClientBuilder {
    fn default() -> Self {
        ClientBuilder {
            token: None,
            region: Region::default(),
            base_url: None,
            api_version: API_VERSION.to_owned(),
            user_agent: DEFAULT_USER_AGENT.to_owned(),
            connect_timeout: None,
            timeout: Some(DEFAULT_TIMEOUT),
            retry_policy: RetryPolicy::default(),
            http_client: None,
        }
    }
}

impl ClientBuilder {
    /// A builder with default settings and no token.
    pub fn new() -> Self {
        Self::default()
    }

    /// Reads the access token from the environment variable named by this crate
    /// (`INTERCOM_TOKEN` for Intercom); fails if it is unset or empty.
    pub fn from_env(self) -> Result<Self> {
        match std::env::var(TOKEN_ENV_VAR) {
            Ok(token) if !token.trim().is_empty() => Ok(self.token(token)),
            _ => Err(Error::Config(format!(
                "no access token: the environment variable `{TOKEN_ENV_VAR}` is unset or empty"
            ))),
        }
    }

    /// Sets the access token, sent as `Authorization: Bearer <token>`.
    pub fn token(mut self, token: impl Into<String>) -> Self {
        self.token = Some(token.into());
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

    /// Uses this HTTP client (for proxies, custom TLS, shared pools...). A timeout set on
    /// it still applies beside [`ClientBuilder::timeout`]: the shorter one ends an attempt.
    pub fn http_client(mut self, http_client: reqwest::Client) -> Self {
        self.http_client = Some(http_client);
        self
    }

    /// Builds the client.
    pub fn build(self) -> Result<Client> {
        let token = self.token.ok_or_else(|| {
            Error::Config(
                "no access token: call `ClientBuilder::token` or `ClientBuilder::from_env`"
                    .to_owned(),
            )
        })?;
        let mut authorization = HeaderValue::try_from(format!("Bearer {token}"))
            .map_err(|_| Error::Config("the access token contains invalid characters".into()))?;
        authorization.set_sensitive(true);

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
        default_headers.insert(AUTHORIZATION, authorization);
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
                base_url: base_url.trim_end_matches('/').to_owned(),
                default_headers,
                version_header,
                api_version: self.api_version,
                user_agent,
                timeout: self.timeout,
                retry_policy: self.retry_policy,
            }),
            options: Arc::default(),
        })
    }
}

/// What one attempt produced, before retry decisions.
enum Attempt {
    Success(Response<Bytes>),
    Failure {
        error: Error,
        response: Option<(StatusCode, HeaderMap)>,
    },
}

impl Client {
    /// A client with this access token and default settings.
    pub fn new(token: impl Into<String>) -> Result<Self> {
        ClientBuilder::new().token(token).build()
    }

    /// A builder for a client with non-default settings.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::new()
    }

    /// A client with default settings whose token is read from the environment
    /// (see [`ClientBuilder::from_env`]).
    pub fn from_env() -> Result<Self> {
        ClientBuilder::new().from_env()?.build()
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

    /// Sends a request, retrying as configured, and returns the raw successful response.
    pub(crate) async fn execute(&self, request: ApiRequest) -> Result<Response<Bytes>> {
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
            self.execute_in_span(request, &span).await
        } else {
            self.execute_in_span(request, &span)
                .instrument(span.clone())
                .await
        }
    }

    async fn execute_in_span(
        &self,
        request: ApiRequest,
        span: &tracing::Span,
    ) -> Result<Response<Bytes>> {
        request.validate()?;
        // Built for the first attempt; a retry builds them again rather than every
        // request paying for a copy.
        let mut first_headers = Some(self.headers(&request)?);
        let url = format!("{}{}", self.inner.base_url, request.path);
        let options = &self.options;
        let max_retries = options
            .max_retries
            .unwrap_or(self.inner.retry_policy.max_retries);
        let timeout = options.timeout.or(self.inner.timeout);
        let start = Instant::now();
        let mut retry: u32 = 0;
        loop {
            span.record("attempt", retry.saturating_add(1));
            let headers = match first_headers.take() {
                Some(headers) => headers,
                None => self.headers(&request)?,
            };
            let http_request = self.build_request(&request, &url, headers)?;
            let sent = attempt(&self.inner.http, http_request, request.operation_id);
            // One timer for the whole attempt, from sending to the end of the body.
            let outcome = match timeout {
                Some(timeout) => tokio::time::timeout(timeout, sent)
                    .await
                    .unwrap_or_else(|_| Attempt::Failure {
                        error: Error::Timeout,
                        response: None,
                    }),
                None => sent.await,
            };
            let elapsed_ms = u64::try_from(start.elapsed().as_millis()).unwrap_or(u64::MAX);
            span.record("elapsed_ms", elapsed_ms);
            let (error, response) = match outcome {
                Attempt::Success(response) => {
                    span.record("status", response.status().as_u16());
                    tracing::debug!(
                        status = response.status().as_u16(),
                        elapsed_ms,
                        "request succeeded"
                    );
                    return Ok(response);
                }
                Attempt::Failure { error, response } => (error, response),
            };
            if let Some(status) = error.status() {
                span.record("status", status);
            }
            if retry >= max_retries || !error.is_retryable() {
                tracing::debug!(error = %error, elapsed_ms, "request failed");
                return Err(error);
            }
            let delay = self
                .inner
                .retry_policy
                .delay(retry, response.as_ref().map(|(s, h)| (*s, h)));
            tracing::debug!(
                error = %error,
                retry = retry.saturating_add(1),
                max_retries,
                delay_ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX),
                "retrying request"
            );
            tokio::time::sleep(delay).await;
            retry = retry.saturating_add(1);
        }
    }

    /// One attempt's request: method, URL, query, headers and body.
    fn build_request(
        &self,
        request: &ApiRequest,
        url: &str,
        headers: HeaderMap,
    ) -> Result<reqwest::Request> {
        let mut builder = self.inner.http.request(request.method.clone(), url);
        // Each `query` call re-serializes the URL, even for no parameters.
        if !request.query.is_empty() {
            builder = builder.query(&request.query);
        }
        if !self.options.extra_query.is_empty() {
            builder = builder.query(&self.options.extra_query);
        }
        let mut http_request = request
            .attach_body(builder)?
            .build()
            .map_err(Error::from_reqwest)?;
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

    /// Headers of every attempt: client defaults, the operation's, then overrides.
    fn headers(&self, request: &ApiRequest) -> Result<HeaderMap> {
        let invalid = |message: String| Error::InvalidRequest {
            operation_id: request.operation_id,
            message,
        };
        let mut headers = self.inner.default_headers.clone();
        if let (Some(name), Some(version)) =
            (&self.inner.version_header, &self.options.api_version)
        {
            let (_, value) = parse_header(name.as_str(), version).map_err(invalid)?;
            headers.insert(name.clone(), value);
        }
        if request.headers.is_empty() && self.options.extra_headers.is_empty() {
            return Ok(headers);
        }
        let mut extra = HeaderMap::new();
        for (name, value) in &self.options.extra_headers {
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
}

/// Sends one attempt and reads the whole body.
async fn attempt(
    http: &reqwest::Client,
    request: reqwest::Request,
    operation_id: &'static str,
) -> Attempt {
    let failure = |error| Attempt::Failure {
        error,
        response: None,
    };
    let mut response = match http.execute(request).await {
        Ok(response) => response,
        Err(err) => return failure(Error::from_reqwest(err)),
    };
    let status = response.status();
    // Taken, not copied: reading the body consumes the response.
    let headers = std::mem::take(response.headers_mut());
    let body = match response.bytes().await {
        Ok(body) => body,
        Err(err) => return failure(Error::from_reqwest(err)),
    };
    if status.is_success() {
        // Binary downloads are not scanned; error bodies are JSON (or unlabelled).
        let maybe_json = headers
            .get(CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .is_none_or(|t| t.contains("json"));
        match maybe_json
            .then(|| ErrorBody::detect_in_success(&body))
            .flatten()
        {
            None => Attempt::Success(Response::new(operation_id, status, headers, body)),
            Some(_) => Attempt::Failure {
                error: Error::Api(Box::new(ApiError::new(
                    operation_id,
                    status,
                    headers,
                    &body,
                ))),
                response: None,
            },
        }
    } else {
        let error = Error::Api(Box::new(ApiError::new(
            operation_id,
            status,
            headers.clone(),
            &body,
        )));
        Attempt::Failure {
            error,
            response: Some((status, headers)),
        }
    }
}
