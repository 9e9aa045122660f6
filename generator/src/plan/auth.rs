//! How the client authenticates, in Rust: the `AuthScheme` variant and the constant of each
//! scheme, the builder methods (one per kind of credential the spec takes), what
//! `Client::new` takes, and the environment variables `from_env` reads (named after the
//! crate: `INTERCOM_TOKEN` for `intercom-client`).

use heck::ToShoutySnakeCase;

use crate::model::{ApiModel, CredentialKind};
use crate::names::{self, Namespace};

/// The client's authentication API.
#[derive(Debug, Clone, Default)]
pub struct AuthPlan {
    /// One per scheme of the model, same order.
    pub schemes: Vec<SchemePlan>,
    /// The kinds of credential the schemes take, each once: `Bearer`, `Basic`, `ApiKey`.
    pub kinds: Vec<CredentialKind>,
    /// What `Client::new` and `ClientBuilder::token` take: the kind of the scheme the API
    /// uses by default (none when the spec declares no scheme).
    pub primary: Option<CredentialKind>,
    /// The environment variables `from_env` reads, per kind.
    pub env: Vec<(CredentialKind, Vec<String>)>,
}

/// A scheme's names in the generated crate.
#[derive(Debug, Clone)]
pub struct SchemePlan {
    /// Variant of the public `AuthScheme` enum.
    pub variant: String,
    /// Constant in `config::schemes` describing it for the runtime.
    pub constant: String,
}

impl AuthPlan {
    /// The kind of the default scheme when it takes a single secret: the builder then has
    /// `token` and `token_provider` for it, and `Client::new` takes that secret.
    pub fn token_kind(&self) -> Option<CredentialKind> {
        self.primary
            .filter(|kind| matches!(kind, CredentialKind::Bearer | CredentialKind::ApiKey))
    }

    /// The environment variables read for credentials of `kind`.
    pub fn env_vars(&self, kind: CredentialKind) -> &[String] {
        self.env
            .iter()
            .find(|(k, _)| *k == kind)
            .map_or(&[], |(_, vars)| vars.as_slice())
    }
}

/// Words at the end of a crate name that say it is a client, not which API it is for.
const GENERIC_WORDS: &[&str] = &["client", "sdk", "api", "rs", "rust", "openapi", "http"];

/// The prefix of the crate's environment variables: its name without the words that only
/// say it is a client or which version it is (`intercom-client` → `INTERCOM`,
/// `intercom-2_16` → `INTERCOM`, `github-rest-sdk` → `GITHUB_REST`).
pub fn env_prefix(crate_name: &str) -> String {
    let mut words: Vec<&str> = crate_name
        .split(['-', '_'])
        .filter(|word| !word.is_empty())
        .collect();
    while words.len() > 1 {
        let last = words[words.len() - 1].to_ascii_lowercase();
        let generic = GENERIC_WORDS.contains(&last.as_str())
            || last.bytes().all(|b| b.is_ascii_digit())
            || (last.starts_with('v') && last[1..].bytes().all(|b| b.is_ascii_digit()));
        if !generic {
            break;
        }
        words.pop();
    }
    let prefix = words.join("_").to_shouty_snake_case();
    if prefix.is_empty() {
        "API".to_string()
    } else {
        prefix
    }
}

/// Plans the authentication API of `model`, for the crate `crate_name`.
pub fn auth_plan(model: &ApiModel, crate_name: &str) -> AuthPlan {
    let auth = &model.auth;
    let mut variants = Namespace::default();
    let mut constants = Namespace::default();
    let schemes = auth
        .schemes
        .iter()
        .map(|scheme| {
            let variant = variants.claim(&names::type_name(&scheme.name)).0;
            let constant = constants.claim(&variant.to_shouty_snake_case()).0;
            SchemePlan { variant, constant }
        })
        .collect();
    let mut kinds: Vec<CredentialKind> = auth.schemes.iter().map(|s| s.placement.kind()).collect();
    kinds.sort();
    kinds.dedup();
    let primary = primary_scheme(model).map(|index| auth.schemes[index].placement.kind());
    let prefix = env_prefix(crate_name);
    let env = kinds
        .iter()
        .map(|kind| {
            let vars = match kind {
                CredentialKind::Bearer => vec![format!("{prefix}_TOKEN")],
                CredentialKind::ApiKey => vec![format!("{prefix}_API_KEY")],
                CredentialKind::Basic => {
                    vec![format!("{prefix}_USERNAME"), format!("{prefix}_PASSWORD")]
                }
            };
            (*kind, vars)
        })
        .collect();
    AuthPlan {
        schemes,
        kinds,
        primary,
        env,
    }
}

/// The scheme the API uses by default: the first of the default requirement, else the one
/// most operations name (the first declared among equals), else the first declared.
fn primary_scheme(model: &ApiModel) -> Option<usize> {
    let auth = &model.auth;
    if auth.schemes.is_empty() {
        return None;
    }
    if let Some(&first) = auth.default.iter().flatten().next() {
        return Some(first);
    }
    let mut uses = vec![0_usize; auth.schemes.len()];
    for operation in &model.operations {
        let security = operation.security.as_ref().unwrap_or(&auth.default);
        for &scheme in security.iter().flatten() {
            if let Some(count) = uses.get_mut(scheme) {
                *count += 1;
            }
        }
    }
    let most = uses.iter().copied().max().unwrap_or(0);
    uses.iter().position(|&count| count == most)
}

#[cfg(test)]
mod tests {
    use super::env_prefix;

    #[test]
    fn environment_variables_are_named_after_the_crate() {
        for (crate_name, prefix) in [
            ("intercom-client", "INTERCOM"),
            ("intercom-2_16", "INTERCOM"),
            ("intercom-preview", "INTERCOM_PREVIEW"),
            ("box-client", "BOX"),
            ("github", "GITHUB"),
            ("github-rest-sdk-rs", "GITHUB_REST"),
            ("client", "CLIENT"),
            ("my_api_v2", "MY"),
            ("fixture-parameter-types", "FIXTURE_PARAMETER_TYPES"),
        ] {
            assert_eq!(env_prefix(crate_name), prefix, "{crate_name}");
        }
    }
}
