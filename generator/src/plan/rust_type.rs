//! [`RustType`]: a type as the generated Rust spells it, with every wrapper (`Option`, `Box`,
//! `Nullable`, references) already decided. Emit writes it as tokens, the API surface as a
//! short string; neither decides anything about it.

use std::fmt;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// A Rust type in the generated crate.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RustType {
    /// `String`.
    String,
    /// `i32`.
    I32,
    /// `i64`.
    I64,
    /// `f64`.
    F64,
    /// `bool`.
    Bool,
    /// `serde_json::Value`.
    Json,
    /// `FileUpload`: a file in a multipart body or a raw request body.
    File,
    /// `bytes::Bytes`: a raw response body.
    Bytes,
    /// `()`.
    Unit,
    /// A type of `src/types.rs`, by its final name.
    Named(String),
    /// `Vec<T>`.
    Vec(Box<RustType>),
    /// `BTreeMap<String, T>`.
    Map(Box<RustType>),
    /// `Option<T>`.
    Option(Box<RustType>),
    /// `Box<T>`, breaking a recursive type.
    Boxed(Box<RustType>),
    /// `Nullable<T>`: a value or an explicit `null`.
    Nullable(Box<RustType>),
    /// `&str`, an argument.
    Str,
    /// `&T`, an argument.
    Ref(Box<RustType>),
    /// `&[T]`, an argument.
    Slice(Box<RustType>),
}

/// Where a type is written, which decides how its paths are spelled.
#[derive(Clone, Copy)]
pub enum Scope<'a> {
    /// Inside `src/types.rs`: named types unqualified.
    Types,
    /// Outside the `types` module; the token stream names the crate (`crate`, or the crate's
    /// name in an external test).
    Crate(&'a TokenStream),
}

impl RustType {
    /// `Vec<T>`.
    pub fn vec(inner: RustType) -> RustType {
        RustType::Vec(Box::new(inner))
    }

    /// `Option<T>`.
    pub fn option(inner: RustType) -> RustType {
        RustType::Option(Box::new(inner))
    }

    /// Whether arguments of this type are passed by value (numbers and booleans).
    pub fn is_copy(&self) -> bool {
        matches!(
            self,
            RustType::I32 | RustType::I64 | RustType::F64 | RustType::Bool
        )
    }

    /// The type written as tokens in `scope`.
    pub fn tokens(&self, scope: Scope<'_>) -> TokenStream {
        let root = match scope {
            Scope::Types => quote!(crate),
            Scope::Crate(root) => root.clone(),
        };
        match self {
            RustType::String => quote!(String),
            RustType::I32 => quote!(i32),
            RustType::I64 => quote!(i64),
            RustType::F64 => quote!(f64),
            RustType::Bool => quote!(bool),
            RustType::Json => quote!(serde_json::Value),
            RustType::File => quote!(#root::FileUpload),
            RustType::Bytes => quote!(bytes::Bytes),
            RustType::Unit => quote!(()),
            RustType::Named(name) => {
                let name = format_ident!("{name}");
                match scope {
                    Scope::Types => quote!(#name),
                    Scope::Crate(root) => quote!(#root::types::#name),
                }
            }
            RustType::Vec(inner) => {
                let inner = inner.tokens(scope);
                quote!(Vec<#inner>)
            }
            RustType::Map(inner) => {
                let inner = inner.tokens(scope);
                quote!(std::collections::BTreeMap<String, #inner>)
            }
            RustType::Option(inner) => {
                let inner = inner.tokens(scope);
                quote!(Option<#inner>)
            }
            RustType::Boxed(inner) => {
                let inner = inner.tokens(scope);
                quote!(Box<#inner>)
            }
            RustType::Nullable(inner) => {
                let inner = inner.tokens(scope);
                quote!(#root::Nullable<#inner>)
            }
            RustType::Str => quote!(&str),
            RustType::Ref(inner) => {
                let inner = inner.tokens(scope);
                quote!(&#inner)
            }
            RustType::Slice(inner) => {
                let inner = inner.tokens(scope);
                quote!(&[#inner])
            }
        }
    }
}

impl RustType {
    /// The type as source text in `scope`: [`RustType::tokens`] as the formatter prints them.
    pub fn source(&self, scope: Scope<'_>) -> String {
        let root = || match scope {
            Scope::Types => "crate".to_string(),
            Scope::Crate(root) => root.to_string(),
        };
        match self {
            RustType::String => "String".to_string(),
            RustType::I32 => "i32".to_string(),
            RustType::I64 => "i64".to_string(),
            RustType::F64 => "f64".to_string(),
            RustType::Bool => "bool".to_string(),
            RustType::Json => "serde_json::Value".to_string(),
            RustType::File => format!("{}::FileUpload", root()),
            RustType::Bytes => "bytes::Bytes".to_string(),
            RustType::Unit => "()".to_string(),
            RustType::Named(name) => match scope {
                Scope::Types => name.clone(),
                Scope::Crate(_) => format!("{}::types::{name}", root()),
            },
            RustType::Vec(inner) => format!("Vec<{}>", inner.source(scope)),
            RustType::Map(inner) => format!(
                "std::collections::BTreeMap<String, {}>",
                inner.source(scope)
            ),
            RustType::Option(inner) => format!("Option<{}>", inner.source(scope)),
            RustType::Boxed(inner) => format!("Box<{}>", inner.source(scope)),
            RustType::Nullable(inner) => format!("{}::Nullable<{}>", root(), inner.source(scope)),
            RustType::Str => "&str".to_string(),
            RustType::Ref(inner) => format!("&{}", inner.source(scope)),
            RustType::Slice(inner) => format!("&[{}]", inner.source(scope)),
        }
    }
}

/// The short form the API surface records (`Option<Vec<Ticket>>`, `&str`, `Value`).
impl fmt::Display for RustType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RustType::String => f.write_str("String"),
            RustType::I32 => f.write_str("i32"),
            RustType::I64 => f.write_str("i64"),
            RustType::F64 => f.write_str("f64"),
            RustType::Bool => f.write_str("bool"),
            RustType::Json => f.write_str("Value"),
            RustType::File => f.write_str("FileUpload"),
            RustType::Bytes => f.write_str("Bytes"),
            RustType::Unit => f.write_str("()"),
            RustType::Named(name) => f.write_str(name),
            RustType::Vec(inner) => write!(f, "Vec<{inner}>"),
            RustType::Map(inner) => write!(f, "BTreeMap<String, {inner}>"),
            RustType::Option(inner) => write!(f, "Option<{inner}>"),
            RustType::Boxed(inner) => write!(f, "Box<{inner}>"),
            RustType::Nullable(inner) => write!(f, "Nullable<{inner}>"),
            RustType::Str => f.write_str("&str"),
            RustType::Ref(inner) => write!(f, "&{inner}"),
            RustType::Slice(inner) => write!(f, "&[{inner}]"),
        }
    }
}

#[cfg(test)]
mod tests {
    use quote::quote;

    use super::{RustType, Scope};

    /// Every variant, nested, so `source` and `tokens` are compared on each.
    fn samples() -> Vec<RustType> {
        let named = || RustType::Named("Ticket".to_string());
        let leaves = [
            RustType::String,
            RustType::I32,
            RustType::I64,
            RustType::F64,
            RustType::Bool,
            RustType::Json,
            RustType::File,
            RustType::Bytes,
            RustType::Unit,
            RustType::Str,
            named(),
        ];
        let mut all: Vec<RustType> = leaves.to_vec();
        for leaf in leaves {
            let inner = Box::new(leaf);
            all.extend([
                RustType::Vec(inner.clone()),
                RustType::Map(inner.clone()),
                RustType::Option(Box::new(RustType::Nullable(Box::new(RustType::Boxed(
                    inner.clone(),
                ))))),
                RustType::Ref(inner.clone()),
                RustType::Slice(inner),
            ]);
        }
        all
    }

    #[test]
    fn source_text_is_the_tokens_as_written() {
        let root: proc_macro2::TokenStream = "intercom_client".parse().expect("an identifier");
        for ty in samples() {
            for scope in [Scope::Types, Scope::Crate(&root)] {
                let tokens = ty.tokens(scope);
                let printed = prettyplease::unparse(
                    &syn::parse2::<syn::File>(quote!(type T = #tokens;)).expect("a type alias"),
                );
                assert_eq!(
                    printed,
                    format!("type T = {};\n", ty.source(scope)),
                    "{ty:?}"
                );
            }
        }
    }
}
