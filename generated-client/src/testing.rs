//! A fake of the API for your own tests (the `testing` feature): no network, no server, no
//! sockets. [`FakeApi::client`] builds a real [`Client`] whose requests go to the fake instead
//! of the network; everything else the client does (headers, credentials, hooks, retries and
//! their waits, timeouts and deadlines, error decoding, pagination) runs as in production.
//!
//! - **Answers** per [`Operation`]: a value of the crate's types ([`Script::respond`]), an
//!   error status with a JSON body ([`Script::respond_error`]), or any [`Answer`] (status,
//!   headers, raw body, a delay). An operation the test scripts nothing for gets the spec's
//!   example of its success response, or an empty answer when that response has no body; one
//!   with neither fails with [`Error::InvalidRequest`] naming the operation.
//! - **Scripts**: the answers given for an operation are used in order, one per request
//!   (every retry is a request), and the last one repeats: a 429 then a 200, three pages, an
//!   error on the second call.
//! - **Recording**: every request the client sent, as a [`RecordedRequest`] (operation,
//!   method, path, query, headers with credentials redacted, body as JSON), from
//!   [`FakeApi::requests`] and [`FakeApi::requests_for`].
//!
//! The fake answers at once unless an answer asks for a delay ([`Answer::delay`]); on a paused
//! tokio clock (`#[tokio::test(start_paused = true)]`) retry waits take no real time either.
//! The crate README's *Testing your code* section has an example.

mod operations;

use std::collections::BTreeMap;
use std::fmt;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use bytes::Bytes;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue, CONTENT_TYPE};
use reqwest::{Method, StatusCode};
use serde::Serialize;

use crate::auth::{Credential, CredentialKind};
use crate::client::{Client, ClientBuilder};
use crate::error::{Error, Result};

pub use operations::Operation;

/// What a redacted header or query value reads as in a [`RecordedRequest`].
pub const REDACTED: &str = "<redacted>";

/// What the fake knows of an operation: one entry of the generated table.
pub(crate) struct OperationInfo {
    /// The operation's variant, at its index in the table.
    pub(crate) operation: Operation,
    /// The operation's id in the spec.
    pub(crate) id: &'static str,
    /// HTTP method.
    pub(crate) method: &'static str,
    /// Path template.
    pub(crate) path: &'static str,
    /// Status of a successful answer.
    pub(crate) status: u16,
    /// What the fake answers when the test gives no answer.
    pub(crate) default: DefaultAnswer,
}

/// The answer to an operation the test has not scripted.
#[allow(dead_code, reason = "each API's table uses the kinds of answers its operations have")]
pub(crate) enum DefaultAnswer {
    /// The spec's example of the success response (JSON text).
    Example(&'static str),
    /// The success response has no body.
    Empty,
    /// The spec gives nothing to answer with.
    Unanswered,
}

impl Operation {
    /// The operation's id in the spec (`getTicket`), as errors and hooks name it.
    pub fn id(self) -> &'static str {
        self.info().id
    }

    /// The HTTP method.
    pub fn method(self) -> Method {
        Method::from_bytes(self.info().method.as_bytes()).unwrap_or_default()
    }

    /// The path template (`/tickets/{id}`).
    pub fn path(self) -> &'static str {
        self.info().path
    }

    /// The operation with this id in the spec, if there is one: for the ids hooks and errors
    /// give ([`Error::operation_id`]).
    pub fn from_id(id: &str) -> Option<Operation> {
        operations::OPERATIONS
            .iter()
            .find(|info| info.id == id)
            .map(|info| info.operation)
    }

    fn info(self) -> &'static OperationInfo {
        // The table has one entry per variant, in the same order.
        &operations::OPERATIONS[self as usize]
    }
}

impl fmt::Display for Operation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// A fake of the API, in process: scripts its answers, records the requests it gets.
///
/// Cheap to clone: clones share scripts and recordings, so a test keeps one to script and
/// inspect while the client it built sends requests.
#[derive(Clone, Default)]
pub struct FakeApi {
    state: Arc<Mutex<State>>,
}

#[derive(Default)]
struct State {
    scripts: BTreeMap<Operation, Queue>,
    requests: Vec<RecordedRequest>,
}

/// The answers scripted for one operation, and how many have been used.
struct Queue {
    answers: Vec<Answer>,
    used: usize,
}

impl Queue {
    /// The next answer; the last one repeats.
    fn next(&mut self) -> Option<Answer> {
        let answer = self.answers.get(self.used).or_else(|| self.answers.last())?;
        self.used = self.used.saturating_add(1);
        Some(answer.clone())
    }
}

impl fmt::Debug for FakeApi {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = self.lock();
        f.debug_struct("FakeApi")
            .field("scripted", &state.scripts.keys().collect::<Vec<_>>())
            .field("requests", &state.requests.len())
            .finish()
    }
}

impl FakeApi {
    /// A fake with no scripts: every operation gets its default answer (see the module docs).
    pub fn new() -> Self {
        Self::default()
    }

    /// Scripts `operation` anew: the answers given through the returned [`Script`] replace
    /// any given before, and are used in order, the last one repeating. With none given, the
    /// operation gets its default answer again.
    pub fn on(&self, operation: Operation) -> Script<'_> {
        self.lock().scripts.remove(&operation);
        Script {
            fake: self,
            operation,
        }
    }

    /// A client whose requests go to this fake, with the default settings and a placeholder
    /// credential for every kind of scheme (`fake-token`, or `fake-user`/`fake-password`), so
    /// it builds for any API. Requests are sent to the default region's URL in name only.
    pub fn client(&self) -> Result<Client> {
        self.builder().build()
    }

    /// A builder of a client whose requests go to this fake, for other settings (retries,
    /// timeouts, hooks, your own credentials…); starts like [`FakeApi::client`].
    pub fn builder(&self) -> ClientBuilder {
        ClientBuilder::new()
            .kind_credential(CredentialKind::Bearer, Credential::token("fake-token"))
            .kind_credential(CredentialKind::ApiKey, Credential::token("fake-token"))
            .kind_credential(CredentialKind::Basic, Credential::basic("fake-user", "fake-password"))
            .fake_api(self.clone())
    }

    /// Every request received so far, in order (each retry is one).
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.lock().requests.clone()
    }

    /// The requests received so far for `operation`, in order.
    pub fn requests_for(&self, operation: Operation) -> Vec<RecordedRequest> {
        let state = self.lock();
        let requests = state.requests.iter().filter(|r| r.operation == operation);
        requests.cloned().collect()
    }

    /// Forgets the requests received so far (the scripts stay).
    pub fn clear_requests(&self) {
        self.lock().requests.clear();
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // A test that panicked while holding the lock left nothing half-written.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Answers one attempt of `operation_id`, sent to a client whose base URL is `base_url`.
    pub(crate) async fn send(
        &self,
        base_url: &str,
        operation_id: &'static str,
        request: reqwest::Request,
    ) -> Result<reqwest::Response> {
        let Some(operation) = Operation::from_id(operation_id) else {
            return Err(Error::InvalidRequest {
                operation_id,
                message: "the fake API does not know this operation".to_owned(),
            });
        };
        let recorded = RecordedRequest::new(operation, base_url, &request);
        let scripted = {
            let mut state = self.lock();
            state.requests.push(recorded);
            state.scripts.get_mut(&operation).and_then(Queue::next)
        };
        let answer = scripted.unwrap_or_else(Answer::spec_example);
        if !answer.delay.is_zero() {
            tokio::time::sleep(answer.delay).await;
        }
        let info = operation.info();
        let (content_type, body) = match answer.body {
            Body::Json(body) => (Some("application/json"), body),
            Body::Raw { content_type, body } => (content_type, body),
            Body::Empty => (None, Bytes::new()),
            Body::Example => match info.default {
                DefaultAnswer::Example(json) => {
                    (Some("application/json"), Bytes::from_static(json.as_bytes()))
                }
                DefaultAnswer::Empty => (None, Bytes::new()),
                DefaultAnswer::Unanswered => {
                    return Err(Error::InvalidRequest {
                        operation_id: info.id,
                        message: format!(
                            "the fake API has no answer for it (`{} {}`) and the spec has no \
                             example of its response: give one with \
                             `fake.on(Operation::{operation:?}).respond(…)`",
                            info.method, info.path
                        ),
                    })
                }
            },
        };
        let mut response = http::Response::new(body);
        *response.status_mut() = answer.status.unwrap_or_else(|| {
            StatusCode::from_u16(info.status).unwrap_or(StatusCode::OK)
        });
        if let Some(content_type) = content_type {
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
        }
        // The answer's own headers replace those of the same name (a `Content-Type`).
        response.headers_mut().extend(answer.headers);
        Ok(reqwest::Response::from(response))
    }
}

/// The answers of one operation, given in order: returned by [`FakeApi::on`].
///
/// Each answer is used for one request (retries included); the last one repeats for every
/// request after it.
#[derive(Debug)]
pub struct Script<'a> {
    fake: &'a FakeApi,
    operation: Operation,
}

impl Script<'_> {
    /// Answers with `value` (one of the crate's types, or any `Serialize` value such as
    /// `serde_json::json!(…)`) as the JSON body of the operation's success status.
    ///
    /// # Panics
    ///
    /// If `value` cannot be serialized as JSON (a map with keys that are not strings).
    #[track_caller]
    pub fn respond(self, value: impl Serialize) -> Self {
        self.answer(Answer::ok(value))
    }

    /// Answers with the error `status` and the JSON `body` (Intercom's errors are
    /// `{"type": "error.list", "errors": [{"code": …, "message": …}]}`).
    ///
    /// # Panics
    ///
    /// If `status` is not an HTTP status (100 to 999) or `body` cannot be serialized as JSON.
    #[track_caller]
    pub fn respond_error(self, status: u16, body: impl Serialize) -> Self {
        self.answer(Answer::json(status, body))
    }

    /// Adds any answer: a status, headers, a raw body, a delay.
    pub fn answer(self, answer: Answer) -> Self {
        let mut state = self.fake.lock();
        let queue = state.scripts.entry(self.operation).or_insert(Queue {
            answers: Vec::new(),
            used: 0,
        });
        queue.answers.push(answer);
        drop(state);
        self
    }
}

/// One answer of the fake API: a status, headers, a body and how long to wait before giving
/// it.
///
/// `Answer::json(429, json!({…})).header("Retry-After", "2")` is a rate-limit error;
/// `Answer::ok(&ticket).delay(Duration::from_secs(90))` arrives after 90 seconds (of the tokio
/// clock), for testing timeouts.
#[derive(Clone)]
pub struct Answer {
    /// `None`: the operation's success status.
    status: Option<StatusCode>,
    headers: HeaderMap,
    body: Body,
    delay: Duration,
}

#[derive(Clone)]
enum Body {
    Json(Bytes),
    Raw {
        content_type: Option<&'static str>,
        body: Bytes,
    },
    Empty,
    Example,
}

impl fmt::Debug for Answer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let body = match &self.body {
            Body::Json(body) | Body::Raw { body, .. } => String::from_utf8_lossy(body).into_owned(),
            Body::Empty => "(empty)".to_owned(),
            Body::Example => "(the spec's example)".to_owned(),
        };
        f.debug_struct("Answer")
            .field("status", &self.status)
            .field("headers", &self.headers)
            .field("body", &body)
            .field("delay", &self.delay)
            .finish()
    }
}

impl Answer {
    fn new(status: Option<StatusCode>, body: Body) -> Self {
        Answer {
            status,
            headers: HeaderMap::new(),
            body,
            delay: Duration::ZERO,
        }
    }

    /// `value` as the JSON body of the operation's success status.
    ///
    /// # Panics
    ///
    /// If `value` cannot be serialized as JSON (a map with keys that are not strings).
    #[track_caller]
    pub fn ok(value: impl Serialize) -> Self {
        Answer::new(None, Body::Json(to_json(value)))
    }

    /// `value` as the JSON body of `status`.
    ///
    /// # Panics
    ///
    /// If `status` is not an HTTP status (100 to 999) or `value` cannot be serialized as JSON.
    #[track_caller]
    pub fn json(status: u16, value: impl Serialize) -> Self {
        Answer::new(Some(status_code(status)), Body::Json(to_json(value)))
    }

    /// `status` without a body.
    ///
    /// # Panics
    ///
    /// If `status` is not an HTTP status (100 to 999).
    #[track_caller]
    pub fn empty(status: u16) -> Self {
        Answer::new(Some(status_code(status)), Body::Empty)
    }

    /// `body` as it is, with a `Content-Type` if one is given: text, a file, or JSON the
    /// crate's types cannot express (a malformed body, to test decoding errors).
    ///
    /// # Panics
    ///
    /// If `status` is not an HTTP status (100 to 999).
    #[track_caller]
    pub fn raw(status: u16, content_type: Option<&'static str>, body: impl Into<Bytes>) -> Self {
        let body = Body::Raw {
            content_type,
            body: body.into(),
        };
        Answer::new(Some(status_code(status)), body)
    }

    /// The operation's default answer: the spec's example of its success response (or an
    /// empty one when that response has no body); for an operation with neither, the call
    /// fails with [`Error::InvalidRequest`] naming it.
    pub fn spec_example() -> Self {
        Answer::new(None, Body::Example)
    }

    /// Adds the header `name: value` to the answer (`Retry-After`, `X-Request-Id`,
    /// `X-RateLimit-Remaining`…), replacing one of that name.
    ///
    /// # Panics
    ///
    /// If `name` or `value` cannot be an HTTP header.
    #[must_use]
    #[track_caller]
    pub fn header(mut self, name: &str, value: &str) -> Self {
        let parsed = (HeaderName::try_from(name), HeaderValue::try_from(value));
        let (Ok(name), Ok(value)) = parsed else {
            panic!("`{name}: {value}` is not a valid HTTP header");
        };
        self.headers.insert(name, value);
        self
    }

    /// Waits `delay` (on the tokio clock) before answering: longer than the client's timeout
    /// or deadline, the attempt or call fails as it would against a slow server.
    #[must_use]
    pub fn delay(mut self, delay: Duration) -> Self {
        self.delay = delay;
        self
    }
}

#[track_caller]
fn to_json(value: impl Serialize) -> Bytes {
    match serde_json::to_vec(&value) {
        Ok(json) => Bytes::from(json),
        Err(error) => panic!("the fake API's answer cannot be serialized as JSON: {error}"),
    }
}

#[track_caller]
fn status_code(status: u16) -> StatusCode {
    match StatusCode::from_u16(status) {
        Ok(status) => status,
        Err(_) => panic!("{status} is not an HTTP status"),
    }
}

/// A request the fake API received, for assertions. Credentials are redacted: header values
/// the client marks sensitive (`Authorization`, API key headers, cookies) and API keys sent
/// in the query read [`REDACTED`].
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct RecordedRequest {
    /// The operation called.
    pub operation: Operation,
    /// The HTTP method.
    pub method: Method,
    /// The path as sent, percent-encoded, after the base URL (`/tickets/12%2F3`).
    pub path: String,
    /// Query parameters in the order sent, decoded.
    pub query: Vec<(String, String)>,
    /// The headers sent, credentials redacted.
    pub headers: HeaderMap,
    /// The body, when it is JSON.
    pub body: Option<serde_json::Value>,
    /// The body's bytes as sent (empty without a body, or for a streamed multipart body).
    pub raw_body: Bytes,
}

impl RecordedRequest {
    fn new(operation: Operation, base_url: &str, request: &reqwest::Request) -> Self {
        let url = request.url();
        let path = url
            .as_str()
            .strip_prefix(base_url)
            .and_then(|rest| rest.split(['?', '#']).next())
            .filter(|path| path.starts_with('/'))
            .unwrap_or(url.path())
            .to_owned();
        let query = url
            .query_pairs()
            .map(|(name, value)| {
                let value = if operations::CREDENTIAL_QUERY.contains(&name.as_ref()) {
                    REDACTED.to_owned()
                } else {
                    value.into_owned()
                };
                (name.into_owned(), value)
            })
            .collect();
        let mut headers = request.headers().clone();
        for value in headers.values_mut() {
            if value.is_sensitive() {
                *value = HeaderValue::from_static(REDACTED);
            }
        }
        let raw_body = request
            .body()
            .and_then(reqwest::Body::as_bytes)
            .map(Bytes::copy_from_slice)
            .unwrap_or_default();
        let is_json = headers
            .get(CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .is_some_and(|value| value.contains("json"));
        let body = is_json
            .then(|| serde_json::from_slice(&raw_body).ok())
            .flatten();
        RecordedRequest {
            operation,
            method: request.method().clone(),
            path,
            query,
            headers,
            body,
            raw_body,
        }
    }

    /// The first value of the header `name`, if it was sent as text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|value| value.to_str().ok())
    }

    /// The first value of the query parameter `name`.
    pub fn query_param(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, value)| value.as_str())
    }
}
