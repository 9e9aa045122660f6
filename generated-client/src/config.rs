// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Values taken from the spec: servers, API version, authentication.

/// Default value of the API version header (the spec's version).
pub(crate) const API_VERSION: &str = "Preview";

/// Name of the API version header, if the spec has one.
pub(crate) const VERSION_HEADER: Option<&str> = Some("Intercom-Version");

/// Environment variable read by `Client::from_env`.
pub(crate) const TOKEN_ENV_VAR: &str = "INTERCOM_TOKEN";

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
