//! One call of an operation: what every client method returns. Awaiting it sends the request
//! and gives the decoded body; [`Call::with_response`] gives the status and headers too, and
//! [`Call::options`], [`Call::header`] and [`Call::api_version`] adjust this call alone.

use std::fmt;
use std::future::{Future, IntoFuture};
use std::pin::Pin;

use crate::client::{Client, RequestOptions};
use crate::send::execute;
use crate::error::Result;
use crate::request::ApiRequest;
use crate::response::{Body, Response};

/// The future a [`Call`] becomes when awaited.
pub type CallFuture<'a, T> = Pin<Box<dyn Future<Output = Result<T>> + Send + 'a>>;

/// Decodes a successful raw response into the operation's result.
type Decode<T> = fn(Response<Body>) -> Result<Response<T>>;

/// A prepared call of one operation, sent when awaited.
///
/// `client.get_ticket(id).await?` gives the decoded body; `.with_response()` before the
/// `.await` gives the [`Response`] with status and headers too; `.header(name, value)`,
/// `.api_version(version)` and `.options(options)` change this call only.
#[must_use = "a call does nothing until it is awaited"]
pub struct Call<'a, T> {
    client: &'a Client,
    /// This call's overrides, applied on top of the client's when it is sent.
    options: Option<RequestOptions>,
    request: Result<ApiRequest>,
    decode: Decode<T>,
}

impl<T> fmt::Debug for Call<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut debug = f.debug_struct("Call");
        match &self.request {
            Ok(request) => debug
                .field("operation_id", &request.operation_id)
                .field("method", &request.method)
                .field("path", &request.path_template),
            Err(error) => debug.field("error", error),
        };
        debug.finish_non_exhaustive()
    }
}

impl<'a, T> Call<'a, T> {
    pub(crate) fn new(client: &'a Client, request: Result<ApiRequest>, decode: Decode<T>) -> Self {
        Call {
            client,
            options: None,
            request,
            decode,
        }
    }

    /// Awaiting the call then gives the whole [`Response`]: status, headers, request id and
    /// rate-limit information besides the body.
    pub fn with_response(self) -> WithResponse<'a, T> {
        WithResponse(self)
    }

    /// Applies `options` to this call only, on top of the client's settings.
    pub fn options(mut self, options: RequestOptions) -> Self {
        self.options = Some(match self.options.take() {
            Some(earlier) => earlier.merge(options),
            None => options,
        });
        self
    }

    /// Sends one more header with this call (replacing a header of the client's of that
    /// name).
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.overrides().extra_headers.push((name.into(), value.into()));
        self
    }

    /// Merges the property `name: value` into this call's JSON request body, for a field the
    /// spec does not describe yet (see [`RequestOptions::extra_body`]).
    pub fn body_property(mut self, name: impl Into<String>, value: impl Into<serde_json::Value>) -> Self {
        self.overrides().extra_body.push((name.into(), value.into()));
        self
    }

    /// Sends this call with another API version than the client's.
    pub fn api_version(mut self, api_version: impl Into<String>) -> Self {
        self.overrides().api_version = Some(api_version.into());
        self
    }

    fn overrides(&mut self) -> &mut RequestOptions {
        self.options.get_or_insert_with(RequestOptions::default)
    }

    async fn send(self) -> Result<Response<T>>
    where
        T: Send + 'a,
    {
        let request = self.request?;
        let response = match self.options {
            Some(options) => execute(&self.client.with_options(options), request).await?,
            None => execute(self.client, request).await?,
        };
        (self.decode)(response)
    }
}

impl<'a, T: Send + 'a> IntoFuture for Call<'a, T> {
    type Output = Result<T>;
    type IntoFuture = CallFuture<'a, T>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(async move { self.send().await.map(Response::into_body) })
    }
}

/// A [`Call`] whose result, once awaited, is the whole [`Response`]; see
/// [`Call::with_response`].
#[must_use = "a call does nothing until it is awaited"]
#[derive(Debug)]
pub struct WithResponse<'a, T>(Call<'a, T>);

impl<'a, T: Send + 'a> IntoFuture for WithResponse<'a, T> {
    type Output = Result<Response<T>>;
    type IntoFuture = CallFuture<'a, Response<T>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.0.send())
    }
}
