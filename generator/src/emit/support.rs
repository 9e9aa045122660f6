//! The crate's glue: `lib.rs`, `config.rs` (regions, version header), the operations
//! module tree, and the generated test that decodes every spec example.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::emit::docs;
use crate::emit::types::gate_tokens;
use crate::model::ApiModel;
use crate::plan::{Plan, Scope};
use crate::runtime::RUNTIME_MODULES;

pub fn lib_file(model: &ApiModel) -> TokenStream {
    let modules = RUNTIME_MODULES
        .iter()
        .map(|(name, _)| format_ident!("{name}"));
    // With no operation, nothing calls the runtime's request machinery.
    let features: Vec<&String> = model.tags.iter().map(|tag| &tag.module).collect();
    let allow_unused = if model.operations.is_empty() {
        Some(
            quote!(#![allow(dead_code, reason = "the spec has no operations, so the runtime is unused")]),
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
    quote! {
        #![doc = include_str!("../README.md")]
        #![forbid(unsafe_code)]
        #allow_unused

        mod config;
        #(mod #modules;)*
        mod operations;
        pub mod types;

        pub use client::{Client, ClientBuilder, RequestOptions, RetryPolicy};
        pub use codec::{FileUpload, Nullable};
        pub use config::Region;
        pub use error::{ApiError, Error, ErrorBody, ErrorItem, Result};
        pub use pagination::{Page, PageRequest};
        pub use response::{RateLimit, Response};
        pub use wire::{from_slice, from_str};
    }
}

pub fn config_file(model: &ApiModel) -> TokenStream {
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
    let token_env = &model.token_env_var;
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
        /// Environment variable read by `Client::from_env`.
        pub(crate) const TOKEN_ENV_VAR: &str = #token_env;

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

/// A test decoding every example of the spec into the type declared for it.
pub fn examples_test(model: &ApiModel, plan: &Plan, crate_ident: &str) -> TokenStream {
    let crate_ident = format_ident!("{crate_ident}");
    let root = quote!(#crate_ident);
    if model.examples.is_empty() {
        return quote! {
            //! Decodes every example in the spec into the type the spec declares for it (the
            //! spec has none).

            #[test]
            fn every_spec_example_decodes() {
                let _ = std::any::type_name::<#crate_ident::Client>();
                println!("examples decoded: 0 / 0");
            }
        };
    }
    let checks = model.examples.iter().map(|example| {
        let ty = crate::plan::value_type(&plan.names, &example.ty).tokens(Scope::Crate(&root));
        let label = &example.label;
        let json = super::raw_string(&example.value.to_string());
        let gate = model
            .operations
            .iter()
            .zip(&plan.methods)
            .find(|(op, _)| op.id == example.operation_id)
            .map(|(_, method)| gate_tokens(&method.gate))
            .unwrap_or_default();
        quote!(#gate check::<#ty>(#label, #json, &mut report);)
    });
    quote! {
        //! Decodes every example in the spec into the type the spec declares for it.

        struct Report {
            total: usize,
            failures: Vec<String>,
        }

        fn check<T: serde::de::DeserializeOwned>(label: &str, json: &str, report: &mut Report) {
            report.total += 1;
            if let Err(error) = #crate_ident::from_str::<T>(json) {
                report.failures.push(format!("{label}: {error}"));
            }
        }

        #[test]
        fn every_spec_example_decodes() {
            let _ = std::any::type_name::<#crate_ident::Client>();
            let mut report = Report { total: 0, failures: Vec::new() };
            #(#checks)*
            let total = report.total;
            println!("examples decoded: {} / {}", total - report.failures.len(), total);
            assert!(report.failures.is_empty(), "examples that do not decode:\n{}", report.failures.join("\n"));
        }
    }
}
