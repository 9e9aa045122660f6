//! The crate's glue: `lib.rs`, `config.rs` (regions, version header) and the operations
//! module tree.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::emit::docs;
use crate::emit::types::gate_tokens;
use crate::model::ApiModel;
use crate::plan::Plan;
use crate::runtime::RUNTIME_MODULES;

pub fn lib_file(model: &ApiModel, plan: &Plan) -> TokenStream {
    let auth_scheme = (!model.auth.schemes.is_empty()).then(|| {
        quote!(
            pub use config::AuthScheme;
        )
    });
    let modules = RUNTIME_MODULES
        .iter()
        .map(|(name, _)| format_ident!("{name}"));
    // With no operation, nothing calls the runtime's request machinery.
    let features: Vec<&String> = model.tags.iter().map(|tag| &tag.module).collect();
    let allow_unused = if model.operations.is_empty() {
        Some(
            quote!(#![allow(dead_code, unused_variables, reason = "the spec has no operations, so the runtime is unused (and the test kit's `Operation` has no values)")]),
        )
    } else if features.len() > 1 {
        Some(quote! {
            #![cfg_attr(
                not(any(#(feature = #features),*)),
                allow(dead_code, reason = "with no tag feature enabled, no operation uses the runtime")
            )]
        })
    } else {
        None
    };
    let webhooks = plan.webhooks_feature().map(|feature| {
        quote! {
            #[cfg(feature = #feature)]
            mod signature;
            #[cfg(feature = #feature)]
            pub mod webhooks;
        }
    });
    quote! {
        #![doc = include_str!("../README.md")]
        #![cfg_attr(docsrs, feature(doc_cfg))]
        #![forbid(unsafe_code)]
        #allow_unused

        mod config;
        #(mod #modules;)*
        mod operations;
        #[cfg(feature = "testing")]
        pub mod testing;
        pub mod types;
        #webhooks

        pub use auth::Credential;
        pub use call::{Call, CallFuture, WithResponse};
        pub use client::{Client, ClientBuilder, RequestOptions, RetryPolicy};
        pub use codec::{FileUpload, Nullable};
        pub use config::Region;
        #auth_scheme
        pub use error::{ApiError, Error, ErrorBody, ErrorItem, Result};
        pub use hooks::{AttemptOutcome, AttemptRequest, Hook, RetryNotice};
        pub use pagination::{Page, PageRequest, Paginated};
        pub use response::{RateLimit, Response};
        pub use token::{TokenError, TokenFuture, TokenProvider};
        pub use reqwest::header::HeaderMap;
        pub use reqwest::StatusCode;
        /// The HTTP client crate this one is built on, for [`ClientBuilder::http_client`].
        pub use reqwest;
        pub use decode::{from_slice, from_str};
        pub use unknown::UnknownProperties;
    }
}

pub fn config_file(model: &ApiModel, plan: &Plan) -> TokenStream {
    let version = match &model.version_header {
        Some(header) => header.default.clone(),
        None => model.version.clone(),
    };
    let header = match &model.version_header {
        Some(header) => {
            let name = &header.name;
            quote!(Some(#name))
        }
        None => quote!(None),
    };
    let auth = crate::emit::auth::auth_items(model, plan);
    let servers: Vec<_> = if model.servers.is_empty() {
        vec![("Default".to_string(), "http://localhost".to_string(), None)]
    } else {
        model
            .servers
            .iter()
            .map(|s| (s.variant.clone(), s.url.clone(), s.description.clone()))
            .collect()
    };
    let variants = servers
        .iter()
        .enumerate()
        .map(|(index, (variant, url, description))| {
            let ident = format_ident!("{variant}");
            let doc = docs::paragraphs(&[description.as_deref(), Some(&format!("`{url}`"))]);
            let default = (index == 0).then(|| quote!(#[default]));
            quote!(#doc #default #ident,)
        });
    let arms = servers.iter().map(|(variant, url, _)| {
        let ident = format_ident!("{variant}");
        quote!(Region::#ident => #url,)
    });
    quote! {
        //! Values taken from the spec: servers, API version, authentication.

        /// Default value of the API version header (the spec's version).
        pub(crate) const API_VERSION: &str = #version;
        /// Name of the API version header, if the spec has one.
        pub(crate) const VERSION_HEADER: Option<&str> = #header;

        /// Where the API is served: one variant per server in the spec.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub enum Region {
            #(#variants)*
        }

        impl Region {
            /// Base URL of this region.
            pub const fn base_url(self) -> &'static str {
                match self {
                    #(#arms)*
                }
            }
        }

        #auth
    }
}

pub fn operations_mod(model: &ApiModel, plan: &Plan) -> TokenStream {
    let modules = model.tags.iter().map(|tag| {
        let module = format_ident!("{}", tag.module);
        let gate = gate_tokens(&plan.gate([&tag.module]));
        quote!(#gate mod #module;)
    });
    quote! {
        //! Client methods, one module per tag of the spec.

        #(#modules)*
    }
}
