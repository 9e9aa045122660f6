//! Sending a call: its attempts, with the credentials and headers of each, the hooks around
//! them, the retries (when a repeat is safe, after the retry policy's wait) and the call's
//! deadline; then reading the body and deciding, once, whether it is a success or an error.
//! Free functions rather than `Client` methods, so that no operation name can ever collide
//! with them.

use std::borrow::Cow;
use std::collections::VecDeque;
use std::time::Duration;

use bytes::Bytes;
use reqwest::header::{HeaderMap, AUTHORIZATION, CONTENT_TYPE, COOKIE, PROXY_AUTHORIZATION};
use reqwest::{Method, StatusCode};
use tokio::time::Instant;
use tracing::Instrument;

use crate::auth::{Applied, Security};
use crate::client::{Client, Inner, Transport};
use crate::config::DEFAULT_SECURITY;
use crate::error::{error_chain, ApiError, Error, ErrorBody, Result};
use crate::hooks::{AttemptOutcome, RetryNotice};
use crate::request::{parse_header, ApiRequest};
use crate::response::{Body, Response, STREAMED_ABOVE};

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

/// Largest buffer reserved up front from a `Content-Length`; a longer body grows it.
const MAX_PREALLOCATION: u64 = 64 << 20;

/// Sends a request, retrying as configured, and returns the raw successful response.
pub(crate) async fn execute(client: &Client, request: ApiRequest) -> Result<Response<Body>> {
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

/// The settings of one call: the client's, with its [`RequestOptions`](crate::RequestOptions) applied.
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
) -> Result<Response<Body>> {
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
    // Credentials without a token provider are the same for every call: built once.
    let fixed = client
        .inner
        .fixed_credentials
        .as_ref()
        .filter(|_| request.security.is_none());
    let mut auth = match fixed {
        Some(fixed) => Cow::Borrowed(&fixed.applied),
        None => Cow::Owned(credentials.apply(None, 0).await?),
    };
    // Fixed credentials' headers are in the headers every attempt starts from; others are
    // added to the client's defaults.
    let base_headers = fixed.map_or(&client.inner.default_headers, |fixed| &fixed.headers);
    // Built for the first attempt; a retry builds them again rather than every
    // request paying for a copy.
    let mut first_headers = Some(attempt_headers(
        client,
        &request,
        base_headers,
        fixed.is_none().then_some(&*auth),
    )?);
    let url = [client.inner.base_url.as_str(), &request.path].concat();
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
            None => attempt_headers(
                client,
                &request,
                base_headers,
                fixed.is_none().then_some(&*auth),
            )?,
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
        // attempt's timeout or the call's deadline, whichever comes first.
        let timeout_at = settings
            .timeout
            .and_then(|timeout| Some((timeout, Instant::now().checked_add(timeout)?)));
        let outcome = match (timeout_at, deadline_at) {
            (Some((timeout, timeout_at)), Some(deadline_at)) if timeout_at <= deadline_at => {
                within(timeout_at, sent, Error::Timeout { operation_id, timeout }).await
            }
            (_, Some(deadline_at)) => {
                let error = Error::DeadlineExceeded {
                    operation_id,
                    deadline: settings.deadline.unwrap_or_default(),
                    attempts,
                };
                within(deadline_at, sent, error).await
            }
            (Some((timeout, timeout_at)), None) => {
                within(timeout_at, sent, Error::Timeout { operation_id, timeout }).await
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
        // Read from the clock only for a span or an event that wants it.
        let elapsed_ms = || u64::try_from(start.elapsed().as_millis()).unwrap_or(u64::MAX);
        if !span.is_disabled() {
            span.record("elapsed_ms", elapsed_ms());
        }
        let error = match outcome {
            Ok(response) => {
                span.record("status", response.status().as_u16());
                tracing::debug!(
                    status = response.status().as_u16(),
                    elapsed_ms = elapsed_ms(),
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
            tracing::debug!(elapsed_ms = elapsed_ms(), "token rejected: retrying with a refreshed one");
            auth = Cow::Owned(credentials.apply(Some(&auth), attempts).await?);
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
            tracing::debug!(error = %error, elapsed_ms = elapsed_ms(), "request failed");
            return Err(error);
        }
        let delay = client.inner.retry_policy.delay(
            retry,
            error.as_api().map(|api| (api.status, &api.headers)),
        );
        let delay_ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX);
        if deadline_at.is_some_and(|at| Instant::now().checked_add(delay).is_none_or(|t| t >= at)) {
            tracing::debug!(error = %error, elapsed_ms = elapsed_ms(), delay_ms, "not retrying: the wait would pass the deadline");
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
    /// [`Credentials::apply`](crate::auth::Credentials::apply)); `attempts` made so far, for the deadline error.
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
                within(at, applied, error).await
            }
            None => applied.await,
        }
    }
}

/// Runs `future`, or fails with `error` once `at` has come.
async fn within<T>(
    at: Instant,
    future: impl std::future::Future<Output = Result<T>>,
    error: Error,
) -> Result<T> {
    tokio::time::timeout_at(at, future)
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

/// Headers of every attempt: client defaults (`base`) and the `credentials` not already in
/// them, the operation's, then overrides.
fn attempt_headers(
    client: &Client,
    request: &ApiRequest,
    base: &HeaderMap,
    credentials: Option<&Applied>,
) -> Result<HeaderMap> {
    let (inner, options) = (&client.inner, &client.options);
    let invalid = |message: String| Error::InvalidRequest {
        operation_id: request.operation_id,
        message,
    };
    let mut headers = base.clone();
    if let (Some(name), Some(version)) = (&inner.version_header, &options.api_version) {
        let (_, value) = parse_header(name.as_str(), version).map_err(invalid)?;
        headers.insert(name.clone(), value);
    }
    for (name, value) in credentials.iter().flat_map(|applied| &applied.headers) {
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
) -> Result<Response<Body>> {
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
    // Binary downloads are not scanned or streamed; error bodies are JSON (or unlabelled).
    let is_json = headers
        .get(CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_none_or(|t| t.contains("json"));
    let body = read_body(&mut response, operation_id, max_response_size, is_json).await?;
    let is_error = !status.is_success() || (is_json && ErrorBody::is_error_list(&body));
    if is_error {
        Err(Error::Api(Box::new(ApiError::new(
            operation_id,
            status,
            headers,
            &body.into_bytes(),
        ))))
    } else {
        Ok(Response::new(operation_id, status, headers, body))
    }
}

/// Reads a response body, failing without reading further once it is known to exceed
/// `limit`, and naming a body cut short by how much of it arrived. A body up to
/// [`STREAMED_ABOVE`] (or any body that is not `json`) is read into one buffer; a longer
/// JSON one is kept in the chunks it arrived in, which decoding frees as it reads them.
async fn read_body(
    response: &mut reqwest::Response,
    operation_id: &'static str,
    limit: Option<u64>,
    json: bool,
) -> Result<Body> {
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
    // buffer sized from `Content-Length`, so it is never reallocated on the way, until it
    // passes `STREAMED_ABOVE`: then (or from the start, if `Content-Length` says so) the
    // chunks are kept as they are.
    let mut first: Option<Bytes> = None;
    let mut buffer: Vec<u8> = Vec::new();
    let mut chunks: Option<VecDeque<Bytes>> =
        (json && expected.is_some_and(|length| length > STREAMED_ABOVE)).then(VecDeque::new);
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
        if let Some(chunks) = &mut chunks {
            if !chunk.is_empty() {
                chunks.push_back(chunk);
            }
            continue;
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
        if json && received > STREAMED_ABOVE {
            let read = first.take().unwrap_or_else(|| std::mem::take(&mut buffer).into());
            chunks = Some(VecDeque::from([read]));
        }
    }
    let len = usize::try_from(received).unwrap_or(usize::MAX);
    Ok(match chunks {
        Some(chunks) => Body::Chunks { chunks, len },
        None => Body::Whole(first.unwrap_or_else(|| Bytes::from(buffer))),
    })
}
