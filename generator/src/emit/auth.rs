//! Where the spec's security schemes become Rust (in `config.rs`): the public `AuthScheme`
//! enum, the scheme constants the runtime sends by (`config::schemes`), the default
//! requirement, one `ClientBuilder` method per kind of credential, `from_env`, and
//! `Client::new` taking the default scheme's credential.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::emit::docs;
use crate::model::{ApiModel, CredentialKind, Placement, Security};
use crate::plan::Plan;

/// The expression of a requirement: `&[&[&crate::config::schemes::A], &[]]`.
pub fn security_tokens(plan: &Plan, security: &Security) -> TokenStream {
    let alternatives = security.iter().map(|schemes| {
        let schemes = schemes.iter().filter_map(|&index| {
            let constant = format_ident!("{}", plan.auth.schemes.get(index)?.constant);
            Some(quote!(&crate::config::schemes::#constant))
        });
        quote!(&[#(#schemes),*])
    });
    quote!(&[#(#alternatives),*])
}

/// What a kind of credential is called in docs and messages.
fn kind_noun(kind: CredentialKind) -> &'static str {
    match kind {
        CredentialKind::Bearer => "bearer token",
        CredentialKind::Basic => "username and password",
        CredentialKind::ApiKey => "API key",
    }
}

/// The builder method of each kind.
fn kind_method(kind: CredentialKind) -> &'static str {
    match kind {
        CredentialKind::Bearer => "bearer_token",
        CredentialKind::Basic => "basic_auth",
        CredentialKind::ApiKey => "api_key",
    }
}

/// How a scheme sends its credential, for docs.
fn sent_as(placement: &Placement) -> String {
    match placement {
        Placement::Bearer => "`Authorization: Bearer <token>`".to_string(),
        Placement::Basic => "`Authorization: Basic <base64 of username:password>`".to_string(),
        Placement::Header(name) => format!("the header `{name}`"),
        Placement::Query(name) => format!("the query parameter `{name}`"),
        Placement::Cookie(name) => format!("the cookie `{name}`"),
    }
}

/// Every item of `config.rs` about authentication.
pub fn auth_items(model: &ApiModel, plan: &Plan) -> TokenStream {
    let auth = &model.auth;
    let default = security_tokens(plan, &auth.default);
    let missing = missing_message(model, plan);
    let schemes = (!auth.schemes.is_empty()).then(|| scheme_items(model, plan));
    let builder = builder_methods(model, plan);
    let client = client_methods(plan);
    quote! {
        #schemes

        /// What operations that declare no `security` of their own send.
        pub(crate) const DEFAULT_SECURITY: crate::auth::Security = #default;

        /// Why `ClientBuilder::build` fails when the client has no credential the default
        /// security accepts.
        pub(crate) const MISSING_CREDENTIALS: &str = #missing;

        #builder

        #client
    }
}

fn missing_message(model: &ApiModel, plan: &Plan) -> String {
    let auth = &model.auth;
    let Some(primary) = plan.auth.primary else {
        return "the API takes no credentials".to_string();
    };
    let default: Vec<&crate::model::SecurityScheme> = auth
        .default
        .iter()
        .flatten()
        .filter_map(|&index| auth.schemes.get(index))
        .collect();
    let mut kinds: Vec<CredentialKind> = default.iter().map(|s| s.placement.kind()).collect();
    kinds.sort();
    kinds.dedup();
    let mut calls: Vec<String> = Vec::new();
    if matches!(primary, CredentialKind::Bearer | CredentialKind::ApiKey) {
        calls.push("`ClientBuilder::token`".to_string());
    }
    calls.extend(
        kinds
            .iter()
            .map(|kind| format!("`ClientBuilder::{}`", kind_method(*kind))),
    );
    let variables: Vec<String> = kinds
        .iter()
        .flat_map(|kind| plan.auth.env_vars(*kind).iter().map(|v| format!("`{v}`")))
        .collect();
    calls.push(format!(
        "`ClientBuilder::from_env` ({})",
        variables.join(", ")
    ));
    let last = calls.pop().unwrap_or_default();
    let calls = if calls.is_empty() {
        last
    } else {
        format!("{} or {last}", calls.join(", "))
    };
    let noun = if kinds == [CredentialKind::Bearer] {
        "no access token"
    } else {
        "no credentials"
    };
    let schemes: Vec<String> = default.iter().map(|s| format!("`{}`", s.name)).collect();
    format!("{noun} for {}: call {calls}", schemes.join(" or "))
}

fn scheme_items(model: &ApiModel, plan: &Plan) -> TokenStream {
    let auth = &model.auth;
    let mut variants = Vec::new();
    let mut name_arms = Vec::new();
    let mut scheme_arms = Vec::new();
    let mut constants = Vec::new();
    for (scheme, names) in auth.schemes.iter().zip(&plan.auth.schemes) {
        let variant = format_ident!("{}", names.variant);
        let constant = format_ident!("{}", names.constant);
        let summary = format!(
            "`{}` ({}): sent as {}; takes a {} (`ClientBuilder::{}`).",
            scheme.name,
            scheme.declared_as,
            sent_as(&scheme.placement),
            kind_noun(scheme.placement.kind()),
            kind_method(scheme.placement.kind())
        );
        let doc = docs::paragraphs(&[Some(&summary), scheme.description.as_deref()]);
        variants.push(quote!(#doc #variant,));
        let name = &scheme.name;
        name_arms.push(quote!(AuthScheme::#variant => #name,));
        scheme_arms.push(quote!(AuthScheme::#variant => &schemes::#constant,));
        let placement = match &scheme.placement {
            Placement::Bearer => quote!(Placement::Bearer),
            Placement::Basic => quote!(Placement::Basic),
            Placement::Header(name) => quote!(Placement::Header(#name)),
            Placement::Query(name) => quote!(Placement::Query(#name)),
            Placement::Cookie(name) => quote!(Placement::Cookie(#name)),
        };
        let doc = format!(" `{}`.", scheme.name);
        constants.push(quote! {
            #[doc = #doc]
            pub(crate) const #constant: Scheme = Scheme { name: #name, placement: #placement };
        });
    }
    quote! {
        /// The security schemes of the API: give one its own credential with
        /// `ClientBuilder::credential`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum AuthScheme {
            #(#variants)*
        }

        impl AuthScheme {
            /// The scheme's name in the spec (`components.securitySchemes`).
            pub const fn name(self) -> &'static str {
                match self {
                    #(#name_arms)*
                }
            }

            /// How the runtime sends it.
            pub(crate) const fn scheme(self) -> &'static crate::auth::Scheme {
                match self {
                    #(#scheme_arms)*
                }
            }
        }

        /// The schemes as the runtime sends them, one constant each.
        pub(crate) mod schemes {
            use crate::auth::{Placement, Scheme};

            #(#constants)*
        }
    }
}

/// The schemes of `kind`, for docs: "`a` (http bearer), `b` (oauth2)".
fn schemes_of(model: &ApiModel, kind: CredentialKind) -> String {
    model
        .auth
        .schemes
        .iter()
        .filter(|scheme| scheme.placement.kind() == kind)
        .map(|scheme| {
            format!(
                "`{}` ({}, in {})",
                scheme.name,
                scheme.declared_as,
                sent_as(&scheme.placement)
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn builder_methods(model: &ApiModel, plan: &Plan) -> TokenStream {
    let auth = &plan.auth;
    if auth.kinds.is_empty() {
        return TokenStream::new();
    }
    let mut methods = Vec::new();
    let mut from_env = Vec::new();
    for &kind in &auth.kinds {
        let method = format_ident!("{}", kind_method(kind));
        let kind_tokens = match kind {
            CredentialKind::Bearer => quote!(Bearer),
            CredentialKind::Basic => quote!(Basic),
            CredentialKind::ApiKey => quote!(ApiKey),
        };
        let used_by = format!("Used by {}.", schemes_of(model, kind));
        let own = "A scheme given its own credential with `ClientBuilder::credential` uses that one instead.";
        let vars = auth.env_vars(kind);
        match kind {
            CredentialKind::Basic => {
                let doc = docs::paragraphs(&[
                    Some("Sets the username and password of HTTP basic authentication."),
                    Some(&used_by),
                    Some(own),
                ]);
                methods.push(quote! {
                    #doc
                    pub fn #method(self, username: impl Into<String>, password: impl Into<String>) -> Self {
                        self.kind_credential(
                            crate::auth::CredentialKind::#kind_tokens,
                            crate::Credential::basic(username, password),
                        )
                    }
                });
                if let [user, password] = vars {
                    from_env.push(quote! {
                        if let (Some(username), Some(password)) = (env_var(#user), env_var(#password)) {
                            builder = builder.#method(username, password);
                            found = true;
                        }
                    });
                }
            }
            CredentialKind::Bearer | CredentialKind::ApiKey => {
                let summary = format!("Sets the {}.", kind_noun(kind));
                let doc = docs::paragraphs(&[Some(&summary), Some(&used_by), Some(own)]);
                let argument = format_ident!(
                    "{}",
                    if kind == CredentialKind::Bearer {
                        "token"
                    } else {
                        "key"
                    }
                );
                methods.push(quote! {
                    #doc
                    pub fn #method(self, #argument: impl Into<String>) -> Self {
                        self.kind_credential(
                            crate::auth::CredentialKind::#kind_tokens,
                            crate::Credential::token(#argument),
                        )
                    }
                });
                if let [var] = vars {
                    from_env.push(quote! {
                        if let Some(secret) = env_var(#var) {
                            builder = builder.#method(secret);
                            found = true;
                        }
                    });
                }
            }
        }
    }
    if let Some(kind) = auth.token_kind() {
        let method = format_ident!("{}", kind_method(kind));
        let doc = format!(
            "Sets the access token: the {} of the API's default scheme (the same as [`ClientBuilder::{}`](crate::ClientBuilder::{})).",
            kind_noun(kind),
            kind_method(kind),
            kind_method(kind)
        );
        let doc = docs::paragraphs(&[Some(&doc)]);
        methods.push(quote! {
            #doc
            pub fn token(self, token: impl Into<String>) -> Self {
                self.#method(token)
            }
        });
        let kind_tokens = match kind {
            CredentialKind::Bearer => quote!(Bearer),
            _ => quote!(ApiKey),
        };
        let doc = format!(
            "Sets a provider of the access token (the {} of the API's default scheme), asked for it on each call and to refresh it once when the API rejects it: see [`TokenProvider`](crate::TokenProvider).",
            kind_noun(kind)
        );
        let doc = docs::paragraphs(&[Some(&doc)]);
        methods.push(quote! {
            #doc
            pub fn token_provider(self, provider: impl crate::TokenProvider) -> Self {
                self.kind_credential(
                    crate::auth::CredentialKind::#kind_tokens,
                    crate::Credential::provider(provider),
                )
            }
        });
    }
    let variables: Vec<String> = auth
        .env
        .iter()
        .map(|(kind, vars)| {
            let vars: Vec<String> = vars.iter().map(|v| format!("`{v}`")).collect();
            format!("{} ({})", vars.join(" and "), kind_noun(*kind))
        })
        .collect();
    let from_env_doc = format!(
        " Reads credentials from the environment: {}; fails if none is set (or all are empty).",
        variables.join(", ")
    );
    let unset: Vec<String> = auth
        .env
        .iter()
        .flat_map(|(_, vars)| vars.iter().map(|v| format!("`{v}`")))
        .collect();
    let unset = format!(
        "no credentials: the environment variable{} {} {} unset or empty",
        if unset.len() > 1 { "s" } else { "" },
        unset.join(", "),
        if unset.len() > 1 { "are" } else { "is" }
    );
    quote! {
        impl crate::ClientBuilder {
            #(#methods)*

            /// Gives `scheme` its own credential, sent instead of the one the method of its
            /// kind set (for APIs whose schemes of one kind take different secrets).
            pub fn credential(self, scheme: AuthScheme, credential: crate::Credential) -> Self {
                self.scheme_credential(scheme.scheme(), credential)
            }

            #[doc = #from_env_doc]
            pub fn from_env(self) -> crate::Result<Self> {
                let mut builder = self;
                let mut found = false;
                #(#from_env)*
                if found {
                    Ok(builder)
                } else {
                    Err(crate::Error::Config(#unset.to_owned()))
                }
            }
        }

        /// The value of the environment variable `name`, unless it is unset or blank.
        fn env_var(name: &str) -> Option<String> {
            std::env::var(name).ok().filter(|value| !value.trim().is_empty())
        }
    }
}

fn client_methods(plan: &Plan) -> TokenStream {
    let auth = &plan.auth;
    let new = match auth.primary {
        None => quote! {
            /// A client with default settings (the API takes no credentials).
            pub fn new() -> crate::Result<Self> {
                Self::builder().build()
            }
        },
        Some(CredentialKind::Basic) => quote! {
            /// A client with this username and password and default settings.
            pub fn new(username: impl Into<String>, password: impl Into<String>) -> crate::Result<Self> {
                Self::builder().basic_auth(username, password).build()
            }
        },
        Some(kind) => {
            let doc = format!(
                " A client with this access token (the {} of the API's default scheme) and default settings.",
                kind_noun(kind)
            );
            quote! {
                #[doc = #doc]
                pub fn new(token: impl Into<String>) -> crate::Result<Self> {
                    Self::builder().token(token).build()
                }
            }
        }
    };
    let from_env = auth.primary.is_some().then(|| {
        quote! {
            /// A client with default settings whose credentials are read from the environment
            /// (see [`ClientBuilder::from_env`](crate::ClientBuilder::from_env)).
            pub fn from_env() -> crate::Result<Self> {
                Self::builder().from_env()?.build()
            }
        }
    });
    quote! {
        impl crate::Client {
            #new

            #from_env
        }
    }
}
