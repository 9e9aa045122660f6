//! The crate's glue: `lib.rs`, `config.rs` (regions, version header), the operations
//! module tree, and the generated test that decodes every spec example.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::emit::docs;
use crate::emit::types::gate_tokens;
use crate::model::{ApiModel, TypeRef};
use crate::plan::{Plan, Scope};
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

/// Minimum share of (example, other pinned type) pairs the decoder must reject. A pair is
/// accepted only when the example carries no `type` at its root and shares a property with
/// the other type; in the official descriptions fewer than 2 % of the pinned-type examples
/// omit their `type`, so a lower figure means the decoder takes wrong objects again.
const MIN_REJECTED_SHARE: f64 = 0.98;

/// The test that decodes every example of the spec into the type declared for it, re-encodes
/// it and compares (with `serialize-responses`), and decodes each example into the types of
/// other operations, which must fail.
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
                println!("examples: 0 total");
            }
        };
    }
    let mut constants = Vec::new();
    let mut checks = Vec::new();
    let mut examples = Vec::new();
    let mut decoders = Vec::new();
    let mut decoded_types = std::collections::BTreeSet::new();
    for (index, example) in model.examples.iter().enumerate() {
        let ty = crate::plan::value_type(&plan.names, &example.ty).tokens(Scope::Crate(&root));
        let label = &example.label;
        let json = super::raw_string(&example.value.to_string());
        let constant = format_ident!("EXAMPLE_{index}");
        let gate = model
            .operations
            .iter()
            .zip(&plan.methods)
            .find(|(op, _)| op.id == example.operation_id)
            .map(|(_, method)| gate_tokens(&method.gate))
            .unwrap_or_default();
        let unknown = &example.unknown_enum_values;
        let nulls = &example.disallowed_nulls;
        constants.push(quote!(#gate const #constant: &str = #json;));
        checks.push(quote! {
            #gate check::<#ty>(#label, #constant, &[#(#unknown),*], &[#(#nulls),*], &mut report);
        });
        let Some((id, pinned)) = pinned_root(model, &example.ty) else {
            continue;
        };
        examples.push(quote!(#gate examples.push((#label, #pinned, #constant));));
        if decoded_types.insert(id) {
            let name = plan.types.get(id).map_or("", |def| def.name.as_str());
            decoders.push(quote! {
                #gate decoders.push((#pinned, #name, rejects::<#ty>));
            });
        }
    }
    quote! {
        //! Decodes every example in the spec into the type the spec declares for it; with the
        //! `serialize-responses` feature, re-encodes it and compares it with the original:
        //! every property must survive with an equal value, except where a leniency rule of
        //! the decoder applied, and each such case is counted by rule. Then decodes each
        //! example that names its `type` into the types of the other examples, which must
        //! fail.

        use std::collections::BTreeMap;

        #(#constants)*

        /// What the examples test found.
        #[derive(Default)]
        struct Report {
            total: usize,
            exact: usize,
            lenient: usize,
            failures: Vec<String>,
            /// Leniency rule → where it applied.
            rules: BTreeMap<&'static str, Vec<String>>,
        }

        /// Decodes `json` as `T`, re-encodes it and compares.
        #[cfg(feature = "serialize-responses")]
        fn check<T: serde::de::DeserializeOwned + serde::Serialize>(
            label: &str,
            json: &str,
            unknown_enum_values: &[&str],
            disallowed_nulls: &[&str],
            report: &mut Report,
        ) {
            report.total += 1;
            let decoded = match #crate_ident::from_str::<T>(json) {
                Ok(decoded) => decoded,
                Err(error) => return report.failures.push(format!("{label}: {error}")),
            };
            let original: serde_json::Value = serde_json::from_str(json).expect("the example is JSON");
            let encoded = serde_json::to_value(&decoded).expect("a decoded value encodes");
            let mut applied = Vec::new();
            if let Err(difference) = compare(&original, &encoded, "$", &mut applied) {
                return report.failures.push(format!("{label}: {difference}"));
            }
            applied.extend(unknown_enum_values.iter().map(|path| (UNKNOWN_ENUM_VALUE, path.to_string())));
            applied.extend(disallowed_nulls.iter().map(|path| (NULL_OMITTED, path.to_string())));
            if applied.is_empty() {
                report.exact += 1;
            } else {
                report.lenient += 1;
                for (rule, path) in applied {
                    report.rules.entry(rule).or_default().push(format!("{label} at {path}"));
                }
            }
        }

        /// Decodes `json` as `T` (fidelity needs the `serialize-responses` feature).
        #[cfg(not(feature = "serialize-responses"))]
        fn check<T: serde::de::DeserializeOwned>(
            label: &str,
            json: &str,
            _unknown_enum_values: &[&str],
            _disallowed_nulls: &[&str],
            report: &mut Report,
        ) {
            report.total += 1;
            match #crate_ident::from_str::<T>(json) {
                Ok(_) => report.exact += 1,
                Err(error) => report.failures.push(format!("{label}: {error}")),
            }
        }

        #[cfg(feature = "serialize-responses")]
        const UNKNOWN_ENUM_VALUE: &str = "enum value the spec does not list kept";
        #[cfg(feature = "serialize-responses")]
        const MISSING_DEFAULTED: &str = "missing property decoded as its default";
        #[cfg(feature = "serialize-responses")]
        const NULL_DEFAULTED: &str = "null decoded as the default value";
        #[cfg(feature = "serialize-responses")]
        const NULL_OMITTED: &str = "null for an optional property that does not allow it read as absent";
        #[cfg(feature = "serialize-responses")]
        const UNKNOWN_IGNORED: &str = "property the schema does not describe ignored";
        #[cfg(feature = "serialize-responses")]
        const TEXT_TO_NUMBER: &str = "number sent as a string converted";
        #[cfg(feature = "serialize-responses")]
        const TO_TEXT: &str = "number or boolean sent for a string converted";
        #[cfg(feature = "serialize-responses")]
        const TEXT_TO_BOOLEAN: &str = "boolean sent as a string converted";

        /// Compares an example with its decoded and re-encoded value: differences a leniency
        /// rule explains are collected in `applied`, any other one is returned.
        #[cfg(feature = "serialize-responses")]
        fn compare(
            original: &serde_json::Value,
            encoded: &serde_json::Value,
            path: &str,
            applied: &mut Vec<(&'static str, String)>,
        ) -> Result<(), String> {
            use serde_json::Value;
            let rule = match (original, encoded) {
                (Value::Number(a), Value::Number(b)) if a.as_f64() == b.as_f64() => return Ok(()),
                (a, b) if a == b => return Ok(()),
                (Value::Null, _) => NULL_DEFAULTED,
                (Value::String(text), Value::Number(number))
                    if text.trim().parse::<f64>().ok() == number.as_f64() => TEXT_TO_NUMBER,
                (Value::Number(number), Value::String(text)) if number.to_string() == *text => TO_TEXT,
                (Value::Bool(flag), Value::String(text)) if flag.to_string() == *text => TO_TEXT,
                (Value::String(text), Value::Bool(flag)) if text.trim() == flag.to_string() => TEXT_TO_BOOLEAN,
                (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
                    for (index, (a, b)) in a.iter().zip(b).enumerate() {
                        compare(a, b, &format!("{path}[{index}]"), applied)?;
                    }
                    return Ok(());
                }
                (Value::Object(a), Value::Object(b)) => {
                    for (key, value) in a {
                        let inner = format!("{path}.{key}");
                        match b.get(key) {
                            Some(encoded) => compare(value, encoded, &inner, applied)?,
                            // `null` and absent are one value of an optional field; where
                            // the schema does not allow `null`, the model lists the site.
                            None if value.is_null() => {}
                            None => applied.push((UNKNOWN_IGNORED, inner)),
                        }
                    }
                    for key in b.keys().filter(|key| !a.contains_key(*key)) {
                        applied.push((MISSING_DEFAULTED, format!("{path}.{key}")));
                    }
                    return Ok(());
                }
                (a, b) => return Err(format!("at {path}, {a} came back as {b}")),
            };
            applied.push((rule, path.to_string()));
            Ok(())
        }

        #[test]
        fn every_spec_example_decodes() {
            let _ = std::any::type_name::<#crate_ident::Client>();
            let mut report = Report::default();
            #(#checks)*
            let fidelity = if cfg!(feature = "serialize-responses") {
                ""
            } else {
                " (fidelity not checked: needs --features serialize-responses)"
            };
            println!(
                "examples: {} total, {} exact, {} through leniency, {} failed{fidelity}",
                report.total, report.exact, report.lenient, report.failures.len()
            );
            for (rule, sites) in &report.rules {
                println!("leniency: {} × {rule}", sites.len());
                for site in sites.iter().take(5) {
                    println!("    {site}");
                }
                if sites.len() > 5 {
                    println!("    … and {} more", sites.len() - 5);
                }
            }
            assert!(report.failures.is_empty(), "examples that do not decode faithfully:\n{}", report.failures.join("\n"));
        }

        /// Whether decoding `json` as `T` fails.
        #[allow(dead_code, reason = "used only when the spec has examples of a pinned type")]
        fn rejects<T: serde::de::DeserializeOwned>(json: &str) -> bool {
            #crate_ident::from_str::<T>(json).is_err()
        }

        /// A pinned `type` value, the name of the type that pins it, and a decoder that says
        /// whether it rejects a JSON text.
        type Decoder = (&'static str, &'static str, fn(&str) -> bool);

        #[test]
        // One `push` per example or type, each behind the feature of its operation.
        #[allow(clippy::vec_init_then_push)]
        fn examples_of_other_types_are_rejected() {
            #[allow(unused_mut, reason = "empty when the spec has no example of a pinned type")]
            let mut examples: Vec<(&str, &str, &str)> = Vec::new();
            #(#examples)*
            #[allow(unused_mut, reason = "empty when the spec has no example of a pinned type")]
            let mut decoders: Vec<Decoder> = Vec::new();
            #(#decoders)*
            let mut pairs = 0_usize;
            let mut accepted = Vec::new();
            for (label, pinned, json) in &examples {
                for (other, name, rejects) in &decoders {
                    if other == pinned {
                        continue;
                    }
                    pairs += 1;
                    if !rejects(json) {
                        accepted.push(format!("{label} decoded as {name}"));
                    }
                }
            }
            let rejected = pairs - accepted.len();
            let share = if pairs == 0 { 1.0 } else { rejected as f64 / pairs as f64 };
            println!(
                "wrong-type examples rejected: {rejected} / {pairs} ({:.2} %)",
                share * 100.0
            );
            for pair in accepted.iter().take(10) {
                println!("    accepted: {pair}");
            }
            assert!(
                share >= #MIN_REJECTED_SHARE,
                "only {rejected} of {pairs} wrong-type decodes were rejected (at least {} % must be)",
                #MIN_REJECTED_SHARE * 100.0
            );
        }
    }
}

/// The struct an example's type is, and the `type` value it pins.
fn pinned_root<'m>(model: &'m ApiModel, ty: &TypeRef) -> Option<(usize, &'m str)> {
    let TypeRef::Named(id) = ty else {
        return None;
    };
    let (id, _, fields) = model.struct_def(*id)?;
    let pinned = fields.iter().find_map(|field| model.pinned_value(field))?;
    Some((id, pinned))
}
