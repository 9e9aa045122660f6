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
