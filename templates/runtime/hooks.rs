//! Hooks: the caller's code, run at every attempt of every call (metrics, audit logs, custom
//! headers, request ids carried into the caller's own spans).

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use reqwest::{Method, StatusCode, Url};

use crate::error::Error;
use crate::response::{Body, Response};

/// Observes, and may adjust, every attempt the client makes: registered with
/// [`ClientBuilder::hook`](crate::ClientBuilder::hook).
///
/// Every method has an empty default; implement the ones you need. Hooks run in the order
/// they were added, on the task making the call, between the client's own steps: keep them
/// quick (send slow work to a channel). Credentials stay out of sight:
/// [`AttemptRequest::headers`] leaves out every header marked sensitive (`Authorization`
/// among them) unless the hook asks with [`AttemptRequest::sensitive_headers`].
///
/// The crate README's *Hooks* section has an example.
pub trait Hook: Send + Sync + 'static {
    /// Before an attempt is sent (the first and every retry): may add or replace headers.
    fn before_attempt(&self, request: &mut AttemptRequest<'_>) {
        let _ = request;
    }

    /// When an attempt has ended: with the response's status and headers, or the error.
    fn after_attempt(&self, outcome: &AttemptOutcome<'_>) {
        let _ = outcome;
    }

    /// When a failed attempt is about to be retried, before the client waits.
    fn on_retry(&self, retry: &RetryNotice<'_>) {
        let _ = retry;
    }
}

/// The hooks of one client, shared by its clones.
#[derive(Clone, Default)]
pub(crate) struct Hooks(Vec<Arc<dyn Hook>>);

impl fmt::Debug for Hooks {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} hook(s)", self.0.len())
    }
}

impl Hooks {
    pub(crate) fn push(&mut self, hook: Arc<dyn Hook>) {
        self.0.push(hook);
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub(crate) fn before_attempt(
        &self,
        operation_id: &'static str,
        attempt: u32,
        request: &mut reqwest::Request,
    ) {
        let mut view = AttemptRequest {
            operation_id,
            attempt,
            request,
        };
        for hook in &self.0 {
            hook.before_attempt(&mut view);
        }
    }

    pub(crate) fn after_attempt(&self, outcome: &AttemptOutcome<'_>) {
        for hook in &self.0 {
            hook.after_attempt(outcome);
        }
    }

    pub(crate) fn on_retry(&self, retry: &RetryNotice<'_>) {
        for hook in &self.0 {
            hook.on_retry(retry);
        }
    }
}

/// An attempt about to be sent, as [`Hook::before_attempt`] sees it.
pub struct AttemptRequest<'a> {
    operation_id: &'static str,
    attempt: u32,
    request: &'a mut reqwest::Request,
}

impl fmt::Debug for AttemptRequest<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AttemptRequest")
            .field("operation_id", &self.operation_id)
            .field("attempt", &self.attempt)
            .field("method", self.request.method())
            .field("url", &self.request.url().as_str())
            .finish_non_exhaustive()
    }
}

impl AttemptRequest<'_> {
    /// The operation's id in the spec (`getTicket`).
    pub fn operation_id(&self) -> &'static str {
        self.operation_id
    }

    /// Which attempt this is: 1 for the first, 2 for the first retry, …
    pub fn attempt(&self) -> u32 {
        self.attempt
    }

    /// The HTTP method.
    pub fn method(&self) -> &Method {
        self.request.method()
    }

    /// The full URL, query included.
    pub fn url(&self) -> &Url {
        self.request.url()
    }

    /// The headers, without those marked sensitive (the credentials).
    pub fn headers(&self) -> impl Iterator<Item = (&HeaderName, &HeaderValue)> {
        self.request
            .headers()
            .iter()
            .filter(|(_, value)| !value.is_sensitive())
    }

    /// The headers marked sensitive (the credentials), for a hook that must see them, such
    /// as one that signs requests.
    pub fn sensitive_headers(&self) -> impl Iterator<Item = (&HeaderName, &HeaderValue)> {
        self.request
            .headers()
            .iter()
            .filter(|(_, value)| value.is_sensitive())
    }

    /// Sets a header, replacing any value it had.
    pub fn insert_header(&mut self, name: HeaderName, value: HeaderValue) {
        self.request.headers_mut().insert(name, value);
    }

    /// The body, when it is in memory (file uploads streamed from elsewhere are not).
    pub fn body(&self) -> Option<&[u8]> {
        self.request.body().and_then(reqwest::Body::as_bytes)
    }
}

/// How an attempt ended, as [`Hook::after_attempt`] sees it.
#[derive(Debug)]
pub struct AttemptOutcome<'a> {
    pub(crate) operation_id: &'static str,
    pub(crate) attempt: u32,
    pub(crate) elapsed: Duration,
    pub(crate) result: Result<&'a Response<Body>, &'a Error>,
}

impl<'a> AttemptOutcome<'a> {
    /// The operation's id in the spec.
    pub fn operation_id(&self) -> &'static str {
        self.operation_id
    }

    /// Which attempt this was: 1 for the first.
    pub fn attempt(&self) -> u32 {
        self.attempt
    }

    /// Time from the start of the call (every earlier attempt and wait included).
    pub fn elapsed(&self) -> Duration {
        self.elapsed
    }

    /// The response's status: of a success or of an API error; `None` when no response
    /// arrived (a connection error, a timeout).
    pub fn status(&self) -> Option<StatusCode> {
        match self.result {
            Ok(response) => Some(response.status()),
            Err(error) => error.status(),
        }
    }

    /// The response's headers, when a response arrived.
    pub fn headers(&self) -> Option<&'a HeaderMap> {
        match self.result {
            Ok(response) => Some(response.headers()),
            Err(error) => error.as_api().map(|api| &api.headers),
        }
    }

    /// The error the attempt ended with, if it failed.
    pub fn error(&self) -> Option<&'a Error> {
        self.result.err()
    }

    /// The length of the response body, for a success.
    pub fn body_len(&self) -> Option<usize> {
        self.result.ok().map(|response| response.body().len())
    }
}

/// A retry about to happen, as [`Hook::on_retry`] sees it.
#[derive(Debug)]
pub struct RetryNotice<'a> {
    pub(crate) operation_id: &'static str,
    pub(crate) attempt: u32,
    pub(crate) delay: Duration,
    pub(crate) error: &'a Error,
}

impl<'a> RetryNotice<'a> {
    /// The operation's id in the spec.
    pub fn operation_id(&self) -> &'static str {
        self.operation_id
    }

    /// The attempt that failed: 1 for the first.
    pub fn failed_attempt(&self) -> u32 {
        self.attempt
    }

    /// How long the client waits before the next attempt.
    pub fn delay(&self) -> Duration {
        self.delay
    }

    /// Why the attempt failed.
    pub fn error(&self) -> &'a Error {
        self.error
    }
}
