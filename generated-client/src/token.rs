//! Token providers: credentials asked for when a call is made instead of fixed at build
//! time (an OAuth app acting for many workspaces, a token rotated by a secret store), and
//! refreshed once when the API says the one sent is no longer valid.

use std::future::Future;
use std::pin::Pin;

/// An error a [`TokenProvider`] fails with; the call fails with
/// [`Error::TokenProvider`](crate::Error::TokenProvider), which keeps it as its source.
pub type TokenError = Box<dyn std::error::Error + Send + Sync>;

/// What [`TokenProvider`]'s methods return: a boxed future of the token, so providers can
/// be stored in the client whatever future type they use.
pub type TokenFuture<'a> = Pin<Box<dyn Future<Output = Result<String, TokenError>> + Send + 'a>>;

/// Supplies the secret (a bearer token or an API key) a scheme sends, when a call needs it.
///
/// The client asks [`token`](TokenProvider::token) once per call; retries of the call reuse
/// the answer. When the API answers `401 Unauthorized` to a request that carried a provided
/// token, the client calls [`refresh`](TokenProvider::refresh) with the rejected token and
/// sends the request once more with the new one (whatever its method: a rejected request
/// was not processed). A second `401` is returned to the caller.
///
/// Providers should cache: `token` is on the path of every call. A closure returning a
/// future of `Result<String, E>` is a provider (asked again on refresh). The crate README's
/// *Token providers* section has an example.
pub trait TokenProvider: Send + Sync + 'static {
    /// The token to send with the next call.
    fn token(&self) -> TokenFuture<'_>;

    /// A fresh token, after the API rejected `rejected` with `401 Unauthorized`. By default,
    /// asks [`token`](TokenProvider::token) again; a caching provider should drop
    /// `rejected` from its cache here (unless another call already replaced it).
    fn refresh<'a>(&'a self, rejected: &'a str) -> TokenFuture<'a> {
        let _ = rejected;
        self.token()
    }
}

impl<F, Fut, E> TokenProvider for F
where
    F: Fn() -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<String, E>> + Send + 'static,
    E: Into<TokenError>,
{
    fn token(&self) -> TokenFuture<'_> {
        let future = self();
        Box::pin(async move { future.await.map_err(Into::into) })
    }
}
