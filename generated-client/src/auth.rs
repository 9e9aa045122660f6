//! Authentication: the credentials a client holds, and how each security scheme of the spec
//! sends them (the `Authorization` header, an API key header, query parameter or cookie),
//! chosen per operation from the alternatives the spec allows.

use std::fmt;
use std::sync::Arc;

use reqwest::header::{HeaderName, HeaderValue, AUTHORIZATION, COOKIE};

use crate::error::{Error, Result};
use crate::token::TokenProvider;

/// A credential for a security scheme: a secret (a bearer token or an API key), a
/// [`TokenProvider`] asked for the secret per call, or a username and password. `Debug`
/// never shows a secret, and headers carrying one are marked sensitive.
///
/// The builder's methods for each kind of credential (`bearer_token`, `api_key`,
/// `basic_auth`, where the API has such schemes) give one to every scheme of that kind;
/// `ClientBuilder::credential` gives one to a single scheme, which then uses it instead.
#[derive(Clone, PartialEq, Eq)]
pub struct Credential(Secret);

#[derive(Clone)]
enum Secret {
    Token(String),
    Provider(Arc<dyn TokenProvider>),
    Basic { username: String, password: String },
}

/// Providers are equal when they are the same provider (clones of one credential).
impl PartialEq for Secret {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Secret::Token(a), Secret::Token(b)) => a == b,
            (Secret::Provider(a), Secret::Provider(b)) => Arc::ptr_eq(a, b),
            (
                Secret::Basic { username, password },
                Secret::Basic { username: other_username, password: other_password },
            ) => username == other_username && password == other_password,
            _ => false,
        }
    }
}

impl Eq for Secret {}

impl Credential {
    /// A secret sent as it is: a bearer token, or an API key.
    pub fn token(token: impl Into<String>) -> Self {
        Credential(Secret::Token(token.into()))
    }

    /// A secret (a bearer token or an API key) asked of `provider` for each call, and
    /// refreshed once when the API rejects it (see [`TokenProvider`]).
    pub fn provider(provider: impl TokenProvider) -> Self {
        Credential(Secret::Provider(Arc::new(provider)))
    }

    /// A username and password, for HTTP basic authentication.
    pub fn basic(username: impl Into<String>, password: impl Into<String>) -> Self {
        Credential(Secret::Basic {
            username: username.into(),
            password: password.into(),
        })
    }
}

impl fmt::Debug for Credential {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Secret::Token(_) => f.write_str("Credential::token(<redacted>)"),
            Secret::Provider(_) => f.write_str("Credential::provider(..)"),
            Secret::Basic { username, .. } => f
                .debug_struct("Credential::basic")
                .field("username", username)
                .field("password", &"<redacted>")
                .finish(),
        }
    }
}

/// Where a scheme puts its credential.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(dead_code, reason = "each spec uses the placements of its own schemes")]
pub(crate) enum Placement {
    /// `Authorization: Bearer <token>` (`http` bearer, `oauth2`, `openIdConnect`).
    Bearer,
    /// `Authorization: Basic <base64 of username:password>`.
    Basic,
    /// An API key in this header.
    Header(&'static str),
    /// An API key in this query parameter.
    Query(&'static str),
    /// An API key in this cookie.
    Cookie(&'static str),
}

/// The kind of credential a scheme takes; the builder has one method per kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(dead_code, reason = "each spec uses the kinds of its own schemes")]
pub(crate) enum CredentialKind {
    /// A bearer token.
    Bearer,
    /// A username and password.
    Basic,
    /// An API key.
    ApiKey,
}

impl Placement {
    fn kind(self) -> CredentialKind {
        match self {
            Placement::Bearer => CredentialKind::Bearer,
            Placement::Basic => CredentialKind::Basic,
            Placement::Header(_) | Placement::Query(_) | Placement::Cookie(_) => {
                CredentialKind::ApiKey
            }
        }
    }
}

/// A security scheme of the spec (the constants of `crate::config::schemes`), known by its
/// name, which the spec keeps unique.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Scheme {
    /// Its name under `components.securitySchemes`.
    pub(crate) name: &'static str,
    /// How it sends its credential.
    pub(crate) placement: Placement,
}

/// A security requirement: alternatives in order, each the schemes sent together. The first
/// alternative the client has every credential for is sent; an empty one sends nothing, and
/// no alternative at all means the operation takes no credentials.
pub(crate) type Security = &'static [&'static [&'static Scheme]];

/// The credentials given to a builder: per kind, and per scheme (which wins).
#[derive(Clone, Default, PartialEq, Eq)]
pub(crate) struct Credentials {
    by_kind: Vec<(CredentialKind, Credential)>,
    by_scheme: Vec<(&'static Scheme, Credential)>,
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kinds = self.by_kind.iter().map(|(kind, _)| format!("{kind:?}"));
        let schemes = self.by_scheme.iter().map(|(scheme, _)| scheme.name.to_owned());
        f.debug_list()
            .entries(kinds.chain(schemes).map(|name| format!("{name}: <redacted>")))
            .finish()
    }
}

/// What a request carries for its security requirement: headers (marked sensitive) and
/// query parameters, and the tokens providers gave for them (refreshed if the API rejects
/// them).
#[derive(Clone, Default)]
pub(crate) struct Applied {
    pub(crate) headers: Vec<(HeaderName, HeaderValue)>,
    pub(crate) query: Vec<(&'static str, String)>,
    provided: Vec<(Arc<dyn TokenProvider>, String)>,
}

#[allow(dead_code, reason = "the builder methods calling these depend on the spec's schemes")]
impl Credentials {
    /// Gives `credential` to every scheme of `kind` that has none of its own.
    pub(crate) fn set_kind(&mut self, kind: CredentialKind, credential: Credential) {
        self.by_kind.retain(|(k, _)| *k != kind);
        self.by_kind.push((kind, credential));
    }

    /// Gives `credential` to `scheme` alone.
    pub(crate) fn set_scheme(&mut self, scheme: &'static Scheme, credential: Credential) {
        self.by_scheme.retain(|(s, _)| s.name != scheme.name);
        self.by_scheme.push((scheme, credential));
    }

    fn for_scheme(&self, scheme: &Scheme) -> Option<&Credential> {
        let own = self.by_scheme.iter().find(|(s, _)| s.name == scheme.name);
        own.map(|(_, credential)| credential).or_else(|| {
            let kind = scheme.placement.kind();
            self.by_kind
                .iter()
                .find(|(k, _)| *k == kind)
                .map(|(_, credential)| credential)
        })
    }

    /// Checks every credential: secrets fit in a header, a basic username has no `:`, and a
    /// scheme's own credential is of the kind it takes.
    pub(crate) fn check(&self) -> Result<()> {
        let config = |message: String| Err(Error::Config(message));
        let credentials = self
            .by_kind
            .iter()
            .map(|(kind, credential)| (format!("{kind:?}"), Some(*kind), credential))
            .chain(self.by_scheme.iter().map(|(scheme, credential)| {
                (format!("`{}`", scheme.name), Some(scheme.placement.kind()), credential)
            }));
        for (owner, kind, credential) in credentials {
            match (&credential.0, kind) {
                (Secret::Token(token), Some(CredentialKind::Bearer | CredentialKind::ApiKey)) => {
                    if HeaderValue::from_str(token).is_err() {
                        return config(format!(
                            "the {owner} credential contains characters a header cannot carry"
                        ));
                    }
                }
                (Secret::Provider(_), Some(CredentialKind::Bearer | CredentialKind::ApiKey)) => {}
                (Secret::Basic { username, password }, Some(CredentialKind::Basic)) => {
                    if username.contains(':') {
                        return config(format!(
                            "the {owner} username contains `:`, which basic authentication cannot carry"
                        ));
                    }
                    if [username, password].iter().any(|text| text.chars().any(char::is_control)) {
                        return config(format!(
                            "the {owner} username or password contains control characters"
                        ));
                    }
                }
                (Secret::Token(_) | Secret::Provider(_), _) => {
                    return config(format!(
                        "the {owner} scheme takes a username and password (`Credential::basic`), not a token"
                    ))
                }
                (Secret::Basic { .. }, _) => {
                    return config(format!(
                        "the {owner} scheme takes a token (`Credential::token`), not a username and password"
                    ))
                }
            }
        }
        Ok(())
    }

    /// The first alternative of `security` this client has every credential for.
    fn alternative(&self, security: Security) -> Option<&'static [&'static Scheme]> {
        security.iter().copied().find(|schemes| {
            schemes
                .iter()
                .all(|scheme| self.for_scheme(scheme).is_some())
        })
    }

    /// Whether a request with this requirement can be sent.
    pub(crate) fn satisfies(&self, security: Security) -> bool {
        security.is_empty() || self.alternative(security).is_some()
    }

    /// The headers and query parameters a request of `operation_id` carries for `security`,
    /// with the tokens of providers asked for now. With `rejected` (what a request the API
    /// answered `401` carried), providers are asked to refresh the tokens they gave it.
    pub(crate) async fn apply(
        &self,
        security: Security,
        operation_id: &'static str,
        rejected: Option<&Applied>,
    ) -> Result<Applied> {
        let mut applied = Applied::default();
        if security.is_empty() {
            return Ok(applied);
        }
        let Some(schemes) = self.alternative(security) else {
            return Err(Error::InvalidRequest {
                operation_id,
                message: format!(
                    "the operation needs credentials for {}, and the client has none for it",
                    describe(security)
                ),
            });
        };
        let mut cookies: Vec<String> = Vec::new();
        for scheme in schemes {
            let Some(credential) = self.for_scheme(scheme) else {
                continue;
            };
            let secret = match &credential.0 {
                Secret::Token(token) => token.clone(),
                Secret::Provider(provider) => {
                    provided_token(provider, &mut applied, rejected, operation_id).await?
                }
                Secret::Basic { username, password } => basic(username, password),
            };
            applied.place(scheme, secret, &mut cookies)?;
        }
        applied.place_cookies(cookies)?;
        Ok(applied)
    }

    /// What every request with the requirement `security` carries, when it is the same for
    /// each: no token provider gives any of it (so it can be built once, for every call).
    /// `None` when a provider does, or the client has no credentials for `security`.
    pub(crate) fn fixed(&self, security: Security) -> Option<Applied> {
        let mut applied = Applied::default();
        if security.is_empty() {
            return Some(applied);
        }
        let schemes = self.alternative(security)?;
        let mut cookies: Vec<String> = Vec::new();
        for scheme in schemes {
            let Some(credential) = self.for_scheme(scheme) else {
                continue;
            };
            let secret = match &credential.0 {
                Secret::Token(token) => token.clone(),
                Secret::Provider(_) => return None,
                Secret::Basic { username, password } => basic(username, password),
            };
            applied.place(scheme, secret, &mut cookies).ok()?;
        }
        applied.place_cookies(cookies).ok()?;
        Some(applied)
    }
}

/// What basic authentication sends for a username and password.
fn basic(username: &str, password: &str) -> String {
    base64(format!("{username}:{password}").as_bytes())
}

/// The token `provider` gives for one request: the one it already gave for another scheme
/// of the same request, a refreshed one if `rejected` carried one of its tokens, else a new
/// one. Checked to fit in a header.
async fn provided_token(
    provider: &Arc<dyn TokenProvider>,
    applied: &mut Applied,
    rejected: Option<&Applied>,
    operation_id: &'static str,
) -> Result<String> {
    let same = |(other, _): &&(Arc<dyn TokenProvider>, String)| Arc::ptr_eq(provider, other);
    if let Some((_, token)) = applied.provided.iter().find(same) {
        return Ok(token.clone());
    }
    let stale = rejected.and_then(|rejected| rejected.provided.iter().find(same));
    let token = match stale {
        Some((_, stale)) => provider.refresh(stale).await,
        None => provider.token().await,
    }
    .map_err(|source| Error::TokenProvider { operation_id, source })?;
    if HeaderValue::from_str(&token).is_err() {
        return Err(Error::TokenProvider {
            operation_id,
            source: "the token contains characters a header cannot carry".into(),
        });
    }
    applied.provided.push((Arc::clone(provider), token.clone()));
    Ok(token)
}

impl Applied {
    /// Whether a token provider gave any of the credentials (so a `401` may be answered by
    /// refreshing them).
    pub(crate) fn has_provided(&self) -> bool {
        !self.provided.is_empty()
    }

    /// Puts `secret` where `scheme` sends it; cookies are collected, for one header.
    fn place(&mut self, scheme: &Scheme, secret: String, cookies: &mut Vec<String>) -> Result<()> {
        match scheme.placement {
            Placement::Bearer => self.push_header(AUTHORIZATION, format!("Bearer {secret}"))?,
            Placement::Basic => self.push_header(AUTHORIZATION, format!("Basic {secret}"))?,
            Placement::Header(name) => {
                let name = HeaderName::from_bytes(name.as_bytes())
                    .map_err(|_| Error::Config(format!("invalid API key header name `{name}`")))?;
                self.push_header(name, secret)?;
            }
            Placement::Query(name) => self.query.push((name, secret)),
            Placement::Cookie(name) => cookies.push(format!("{name}={secret}")),
        }
        Ok(())
    }

    fn place_cookies(&mut self, cookies: Vec<String>) -> Result<()> {
        if cookies.is_empty() {
            return Ok(());
        }
        self.push_header(COOKIE, cookies.join("; "))
    }

    fn push_header(&mut self, name: HeaderName, value: String) -> Result<()> {
        let mut value = HeaderValue::try_from(value).map_err(|_| {
            Error::Config("a credential contains characters a header cannot carry".to_owned())
        })?;
        value.set_sensitive(true);
        self.headers.push((name, value));
        Ok(())
    }
}

/// `error` without the request URL in the HTTP client's errors it wraps, for requests with a
/// credential in the query.
pub(crate) fn without_url(error: Error) -> Error {
    match error {
        Error::Transport {
            operation_id,
            source,
        } => Error::Transport {
            operation_id,
            source: source.without_url(),
        },
        Error::Truncated {
            operation_id,
            status,
            received,
            expected,
            source,
        } => Error::Truncated {
            operation_id,
            status,
            received,
            expected,
            source: source.without_url(),
        },
        other => other,
    }
}

/// `security` for a message: "`a` (http bearer) or `b` and `c`".
fn describe(security: Security) -> String {
    security
        .iter()
        .map(|schemes| {
            schemes
                .iter()
                .map(|scheme| format!("`{}`", scheme.name))
                .collect::<Vec<_>>()
                .join(" and ")
        })
        .collect::<Vec<_>>()
        .join(" or ")
}

/// Standard base64 with padding (RFC 4648), for basic authentication.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let triple = chunk
            .iter()
            .enumerate()
            .fold(0_u32, |acc, (i, &b)| acc | u32::from(b) << (16 - 8 * i));
        for position in 0..4 {
            if position <= chunk.len() {
                let index = (triple >> (18 - 6 * position)) & 0x3f;
                out.push(char::from(ALPHABET[index as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::client::{ClientBuilder, RetryPolicy};
    use crate::send::execute;
    use crate::request::ApiRequest;

    const BEARER: Scheme = Scheme { name: "bearer", placement: Placement::Bearer };
    const OTHER_BEARER: Scheme = Scheme { name: "workspace", placement: Placement::Bearer };
    const BASIC: Scheme = Scheme { name: "basic", placement: Placement::Basic };
    const HEADER: Scheme = Scheme { name: "header", placement: Placement::Header("X-Api-Key") };
    const QUERY: Scheme = Scheme { name: "query", placement: Placement::Query("api_key") };
    const COOKIE: Scheme = Scheme { name: "cookie", placement: Placement::Cookie("session") };

    /// A builder whose credentials satisfy any default security of the spec the runtime is
    /// generated for, talking to `server` without retries.
    fn builder(server: &wiremock::MockServer) -> ClientBuilder {
        ClientBuilder::new()
            .base_url(server.uri())
            .retry_policy(RetryPolicy { max_retries: 0, ..RetryPolicy::default() })
            .kind_credential(CredentialKind::Bearer, Credential::token("bearer-token"))
            .kind_credential(CredentialKind::Basic, Credential::basic("aladdin", "open sesame"))
            .kind_credential(CredentialKind::ApiKey, Credential::token("key-123"))
    }

    /// Sends a GET under `security` and returns what the server received.
    async fn send(
        client: &crate::Client,
        server: &wiremock::MockServer,
        security: Security,
    ) -> Result<wiremock::Request> {
        let mut request = ApiRequest::new("op", reqwest::Method::GET, "/thing", "/thing".to_owned());
        request.security(security);
        let before = server.received_requests().await.unwrap_or_default().len();
        execute(client, request).await?;
        let received = server.received_requests().await.unwrap_or_default();
        assert_eq!(received.len(), before + 1, "one request per call");
        Ok(received[before].clone())
    }

    fn header<'r>(request: &'r wiremock::Request, name: &str) -> Option<&'r str> {
        request.headers.get(name).and_then(|value| value.to_str().ok())
    }

    fn query(request: &wiremock::Request, name: &str) -> Option<String> {
        request
            .url
            .query_pairs()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.into_owned())
    }

    async fn server() -> wiremock::MockServer {
        let server = wiremock::MockServer::start().await;
        wiremock::Mock::given(wiremock::matchers::any())
            .respond_with(wiremock::ResponseTemplate::new(204))
            .mount(&server)
            .await;
        server
    }

    #[test]
    fn base64_matches_rfc_4648() {
        for (text, encoded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
            ("aladdin:open sesame", "YWxhZGRpbjpvcGVuIHNlc2FtZQ=="),
        ] {
            assert_eq!(base64(text.as_bytes()), encoded, "{text}");
        }
    }

    #[tokio::test]
    async fn each_scheme_sends_its_credential_where_the_spec_says() {
        let server = server().await;
        let client = builder(&server).build().expect("client builds");

        static ONLY_BEARER: Security = &[&[&BEARER]];
        let received = send(&client, &server, ONLY_BEARER).await.unwrap();
        assert_eq!(header(&received, "authorization"), Some("Bearer bearer-token"));

        static ONLY_BASIC: Security = &[&[&BASIC]];
        let received = send(&client, &server, ONLY_BASIC).await.unwrap();
        assert_eq!(
            header(&received, "authorization"),
            Some("Basic YWxhZGRpbjpvcGVuIHNlc2FtZQ==")
        );

        static ONLY_HEADER: Security = &[&[&HEADER]];
        let received = send(&client, &server, ONLY_HEADER).await.unwrap();
        assert_eq!(header(&received, "x-api-key"), Some("key-123"));
        assert_eq!(header(&received, "authorization"), None);

        static ONLY_QUERY: Security = &[&[&QUERY]];
        let received = send(&client, &server, ONLY_QUERY).await.unwrap();
        assert_eq!(query(&received, "api_key").as_deref(), Some("key-123"));
        assert_eq!(header(&received, "authorization"), None);

        static ONLY_COOKIE: Security = &[&[&COOKIE]];
        let received = send(&client, &server, ONLY_COOKIE).await.unwrap();
        assert_eq!(header(&received, "cookie"), Some("session=key-123"));

        // Schemes required together are all sent.
        static TOGETHER: Security = &[&[&HEADER, &QUERY, &COOKIE]];
        let received = send(&client, &server, TOGETHER).await.unwrap();
        assert_eq!(header(&received, "x-api-key"), Some("key-123"));
        assert_eq!(query(&received, "api_key").as_deref(), Some("key-123"));
        assert_eq!(header(&received, "cookie"), Some("session=key-123"));
    }

    #[tokio::test]
    async fn security_none_sends_no_credentials() {
        let server = server().await;
        let client = builder(&server).build().expect("client builds");
        static NONE: Security = &[];
        let received = send(&client, &server, NONE).await.unwrap();
        for name in ["authorization", "x-api-key", "cookie"] {
            assert_eq!(header(&received, name), None, "{name}");
        }
        assert_eq!(received.url.query(), None);
    }

    #[tokio::test]
    async fn the_first_alternative_with_credentials_is_sent() {
        let server = server().await;
        let client = ClientBuilder::new()
            .base_url(server.uri())
            .kind_credential(CredentialKind::Bearer, Credential::token("bearer-token"))
            .kind_credential(CredentialKind::Basic, Credential::basic("aladdin", "open sesame"))
            .kind_credential(CredentialKind::ApiKey, Credential::token("key-123"))
            .build()
            .expect("client builds");
        let without_api_key = ClientBuilder::new()
            .base_url(server.uri())
            .kind_credential(CredentialKind::Bearer, Credential::token("bearer-token"))
            .kind_credential(CredentialKind::Basic, Credential::basic("aladdin", "open sesame"))
            .scheme_credential(&OTHER_BEARER, Credential::token("workspace-token"));
        let Ok(partial) = without_api_key.build() else {
            // The spec's default security needs an API key: nothing more to check here.
            return;
        };
        // The header alternative has no credential: the bearer one is sent.
        static HEADER_OR_BEARER: Security = &[&[&HEADER], &[&BEARER]];
        let received = send(&partial, &server, HEADER_OR_BEARER).await.unwrap();
        assert_eq!(header(&received, "authorization"), Some("Bearer bearer-token"));
        assert_eq!(header(&received, "x-api-key"), None);
        // With one, the first alternative wins.
        let received = send(&client, &server, HEADER_OR_BEARER).await.unwrap();
        assert_eq!(header(&received, "x-api-key"), Some("key-123"));
        assert_eq!(header(&received, "authorization"), None);
        // A scheme's own credential wins over its kind's.
        static WORKSPACE: Security = &[&[&OTHER_BEARER]];
        let received = send(&partial, &server, WORKSPACE).await.unwrap();
        assert_eq!(header(&received, "authorization"), Some("Bearer workspace-token"));
        // Optional credentials: sent when there are some, else the request goes without.
        static HEADER_OR_NOTHING: Security = &[&[&HEADER], &[]];
        let received = send(&partial, &server, HEADER_OR_NOTHING).await.unwrap();
        assert_eq!(header(&received, "x-api-key"), None);
        assert_eq!(header(&received, "authorization"), None);
        // Required credentials the client lacks: an error naming them, nothing sent.
        static ONLY_HEADER: Security = &[&[&HEADER]];
        let before = server.received_requests().await.unwrap_or_default().len();
        let error = send(&partial, &server, ONLY_HEADER).await.unwrap_err();
        assert!(
            matches!(&error, Error::InvalidRequest { message, .. } if message.contains("`header`")),
            "{error}"
        );
        assert_eq!(server.received_requests().await.unwrap_or_default().len(), before);
    }

    #[tokio::test]
    async fn a_rejected_provided_key_is_refreshed_even_for_a_post() {
        let server = wiremock::MockServer::start().await;
        wiremock::Mock::given(wiremock::matchers::header("x-api-key", "old-key"))
            .respond_with(wiremock::ResponseTemplate::new(401))
            .mount(&server)
            .await;
        wiremock::Mock::given(wiremock::matchers::header("x-api-key", "new-key"))
            .respond_with(wiremock::ResponseTemplate::new(204))
            .mount(&server)
            .await;
        struct Refreshing;
        impl TokenProvider for Refreshing {
            fn token(&self) -> crate::token::TokenFuture<'_> {
                Box::pin(async { Ok("old-key".to_owned()) })
            }
            fn refresh<'a>(&'a self, rejected: &'a str) -> crate::token::TokenFuture<'a> {
                Box::pin(async move {
                    assert_eq!(rejected, "old-key");
                    Ok("new-key".to_owned())
                })
            }
        }
        let client = builder(&server)
            .scheme_credential(&HEADER, Credential::provider(Refreshing))
            .build()
            .expect("client builds");
        static ONLY_HEADER: Security = &[&[&HEADER]];
        let mut request = ApiRequest::new("op", reqwest::Method::POST, "/thing", "/thing".to_owned());
        request.security(ONLY_HEADER);
        execute(&client, request).await.expect("sent again with the new key");
        let received = server.received_requests().await.unwrap_or_default();
        let keys: Vec<_> = received.iter().map(|r| header(r, "x-api-key")).collect();
        assert_eq!(keys, [Some("old-key"), Some("new-key")]);
    }

    #[test]
    fn credentials_are_checked_and_never_shown() {
        let credentials = |credential: Credential, scheme: &'static Scheme| {
            let mut credentials = Credentials::default();
            credentials.set_scheme(scheme, credential);
            credentials.check()
        };
        assert!(credentials(Credential::token("line\nbreak"), &BEARER).is_err());
        assert!(credentials(Credential::basic("a:b", "pw"), &BASIC).is_err());
        assert!(credentials(Credential::token("token"), &BASIC).is_err());
        assert!(credentials(Credential::basic("user", "pw"), &HEADER).is_err());
        assert!(credentials(Credential::basic("user", "pw"), &BASIC).is_ok());

        let mut all = Credentials::default();
        all.set_kind(CredentialKind::Bearer, Credential::token("s3cret-bearer"));
        all.set_scheme(&BASIC, Credential::basic("user", "s3cret-password"));
        let shown = format!("{all:?} {:?}", Credential::basic("user", "s3cret-password"));
        assert!(!shown.contains("s3cret"), "{shown}");
        assert!(shown.contains("<redacted>"), "{shown}");

        static BOTH: Security = &[&[&BEARER, &BASIC]];
        let applied = futures_util::FutureExt::now_or_never(all.apply(BOTH, "op", None))
            .expect("no provider to wait for")
            .expect("applies");
        assert_eq!(applied.headers.len(), 2);
        assert!(applied.headers.iter().all(|(_, value)| value.is_sensitive()));
    }

    #[tokio::test]
    async fn a_query_credential_never_reaches_error_messages() {
        // Nothing listens on port 9 of localhost (discard): the connection is refused.
        let client = ClientBuilder::new()
            .base_url("http://127.0.0.1:9")
            .retry_policy(RetryPolicy { max_retries: 0, ..RetryPolicy::default() })
            .kind_credential(CredentialKind::Bearer, Credential::token("bearer-token"))
            .kind_credential(CredentialKind::Basic, Credential::basic("aladdin", "open sesame"))
            .kind_credential(CredentialKind::ApiKey, Credential::token("key-in-query"))
            .build()
            .expect("client builds");
        static ONLY_QUERY: Security = &[&[&QUERY]];
        let mut request = ApiRequest::new("op", reqwest::Method::GET, "/thing", "/thing".to_owned());
        request.security(ONLY_QUERY);
        let error = execute(&client, request).await.expect_err("nothing listens");
        let shown = format!("{error} {error:?}");
        assert!(!shown.contains("key-in-query"), "{shown}");
    }
}
