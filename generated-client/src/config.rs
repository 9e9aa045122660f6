// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Values taken from the spec: servers, API version, authentication.

/// Default value of the API version header (the spec's version).
pub(crate) const API_VERSION: &str = "Preview";

/// Name of the API version header, if the spec has one.
pub(crate) const VERSION_HEADER: Option<&str> = Some("Intercom-Version");

/// Where the API is served: one variant per server in the spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Region {
    /// Workspaces hosted in the United States (the default region).
    ///
    /// `https://api.intercom.io`
    #[default]
    Us,
    /// Workspaces hosted in the European Union.
    ///
    /// `https://api.eu.intercom.io`
    Eu,
    /// Workspaces hosted in Australia.
    ///
    /// `https://api.au.intercom.io`
    Au,
}

impl Region {
    /// Base URL of this region.
    pub const fn base_url(self) -> &'static str {
        match self {
            Region::Us => "https://api.intercom.io",
            Region::Eu => "https://api.eu.intercom.io",
            Region::Au => "https://api.au.intercom.io",
        }
    }
}

/// The security schemes of the API: give one its own credential with
/// `ClientBuilder::credential`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AuthScheme {
    /// `bearerAuth` (http bearer): sent as `Authorization: Bearer <token>`; takes a bearer token (`ClientBuilder::bearer_token`).
    ///
    /// An access token sent as `Authorization: Bearer <token>`: the workspace's own token for private apps, or an OAuth token for public apps.
    BearerAuth,
}

impl AuthScheme {
    /// The scheme's name in the spec (`components.securitySchemes`).
    pub const fn name(self) -> &'static str {
        match self {
            AuthScheme::BearerAuth => "bearerAuth",
        }
    }

    /// How the runtime sends it.
    pub(crate) const fn scheme(self) -> &'static crate::auth::Scheme {
        match self {
            AuthScheme::BearerAuth => &schemes::BEARER_AUTH,
        }
    }
}

/// The schemes as the runtime sends them, one constant each.
pub(crate) mod schemes {
    use crate::auth::{Placement, Scheme};
    /// `bearerAuth`.
    pub(crate) const BEARER_AUTH: Scheme = Scheme {
        name: "bearerAuth",
        placement: Placement::Bearer,
    };
}

/// What operations that declare no `security` of their own send.
pub(crate) const DEFAULT_SECURITY: crate::auth::Security = &[
    &[&crate::config::schemes::BEARER_AUTH],
];

/// Why `ClientBuilder::build` fails when the client has no credential the default
/// security accepts.
pub(crate) const MISSING_CREDENTIALS: &str = "no access token for `bearerAuth`: call `ClientBuilder::token`, `ClientBuilder::bearer_token` or `ClientBuilder::from_env` (`INTERCOM_TOKEN`)";

impl crate::ClientBuilder {
    /// Sets the bearer token.
    ///
    /// Used by `bearerAuth` (http bearer, in `Authorization: Bearer <token>`).
    ///
    /// A scheme given its own credential with `ClientBuilder::credential` uses that one instead.
    pub fn bearer_token(self, token: impl Into<String>) -> Self {
        self.kind_credential(
            crate::auth::CredentialKind::Bearer,
            crate::Credential::token(token),
        )
    }

    /// Sets the access token: the bearer token of the API's default scheme (the same as [`ClientBuilder::bearer_token`](crate::ClientBuilder::bearer_token)).
    pub fn token(self, token: impl Into<String>) -> Self {
        self.bearer_token(token)
    }

    /// Sets a provider of the access token (the bearer token of the API's default scheme), asked for it on each call and to refresh it once when the API rejects it: see [`TokenProvider`](crate::TokenProvider).
    pub fn token_provider(self, provider: impl crate::TokenProvider) -> Self {
        self.kind_credential(
            crate::auth::CredentialKind::Bearer,
            crate::Credential::provider(provider),
        )
    }

    /// Gives `scheme` its own credential, sent instead of the one the method of its
    /// kind set (for APIs whose schemes of one kind take different secrets).
    pub fn credential(self, scheme: AuthScheme, credential: crate::Credential) -> Self {
        self.scheme_credential(scheme.scheme(), credential)
    }

    /// Reads credentials from the environment: `INTERCOM_TOKEN` (bearer token); fails if none is set (or all are empty).
    pub fn from_env(self) -> crate::Result<Self> {
        let mut builder = self;
        let mut found = false;
        if let Some(secret) = env_var("INTERCOM_TOKEN") {
            builder = builder.bearer_token(secret);
            found = true;
        }
        if found {
            Ok(builder)
        } else {
            Err(
                crate::Error::Config(
                    "no credentials: the environment variable `INTERCOM_TOKEN` is unset or empty"
                        .to_owned(),
                ),
            )
        }
    }
}

/// The value of the environment variable `name`, unless it is unset or blank.
fn env_var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|value| !value.trim().is_empty())
}

impl crate::Client {
    /// A client with this access token (the bearer token of the API's default scheme) and default settings.
    pub fn new(token: impl Into<String>) -> crate::Result<Self> {
        Self::builder().token(token).build()
    }

    /// A client with default settings whose credentials are read from the environment
    /// (see [`ClientBuilder::from_env`](crate::ClientBuilder::from_env)).
    pub fn from_env() -> crate::Result<Self> {
        Self::builder().from_env()?.build()
    }
}
