//! Where a schema becomes a Rust type: structs, string enums, unions and aliases in
//! `src/types.rs`.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};

use crate::emit::docs;
use crate::model::{
    ApiModel, EnumVariant, Field, JsonKind, Operation, ParamLocation, ResponseBody, Success,
    TypeDef, TypeKind, TypeRef, Union,
};

/// The Rust type for a [`TypeRef`], as written inside the `types` module.
pub fn rust_type(model: &ApiModel, ty: &TypeRef) -> TokenStream {
    match ty {
        TypeRef::String => quote!(String),
        TypeRef::Int32 => quote!(i32),
        TypeRef::Int64 => quote!(i64),
        TypeRef::Float => quote!(f64),
        TypeRef::Boolean => quote!(bool),
        TypeRef::Json => quote!(serde_json::Value),
        TypeRef::File => quote!(crate::FileUpload),
        TypeRef::Named(id) => match model.types.get(*id) {
            Some(def) => {
                let name = format_ident!("{}", def.name);
                quote!(#name)
            }
            None => quote!(serde_json::Value),
        },
        TypeRef::Array(inner) => {
            let inner = rust_type(model, inner);
            quote!(Vec<#inner>)
        }
        TypeRef::Map(inner) => {
            let inner = rust_type(model, inner);
            quote!(std::collections::BTreeMap<String, #inner>)
        }
    }
}

/// The same type as seen from outside the `types` module.
pub fn qualified_type(model: &ApiModel, ty: &TypeRef) -> TokenStream {
    type_path(model, ty, &quote!(crate))
}

/// The type as seen from outside the crate's `types` module, with `root` naming the crate.
pub fn type_path(model: &ApiModel, ty: &TypeRef, root: &TokenStream) -> TokenStream {
    match ty {
        TypeRef::Named(id) => match model.types.get(*id) {
            Some(def) => {
                let name = format_ident!("{}", def.name);
                quote!(#root::types::#name)
            }
            None => quote!(serde_json::Value),
        },
        TypeRef::File => quote!(#root::FileUpload),
        TypeRef::Array(inner) => {
            let inner = type_path(model, inner, root);
            quote!(Vec<#inner>)
        }
        TypeRef::Map(inner) => {
            let inner = type_path(model, inner, root);
            quote!(std::collections::BTreeMap<String, #inner>)
        }
        other => rust_type(model, other),
    }
}

/// The first part of `src/types.rs`: its module doc.
pub fn types_header() -> TokenStream {
    quote! {
        //! Request and response types (generated from the spec's schemas).
    }
}

/// The named types `range` of `src/types.rs` (the file is emitted in slices, in parallel).
pub fn types_slice(model: &ApiModel, range: std::ops::Range<usize>) -> TokenStream {
    let definitions = model
        .types
        .get(range)
        .unwrap_or_default()
        .iter()
        .map(|def| type_def(model, def));
    quote!(#(#definitions)*)
}

/// The last part of `src/types.rs`: parameter structs, per-status outcomes, `Page` impls.
pub fn types_tail(model: &ApiModel) -> TokenStream {
    let params = model
        .operations
        .iter()
        .filter_map(|op| params_struct(model, op));
    let outcomes = model
        .operations
        .iter()
        .filter_map(|op| outcome_enum(model, op));
    let mut paged = std::collections::BTreeSet::new();
    let pages = model
        .operations
        .iter()
        .filter_map(|op| op.pagination.as_ref())
        .filter(|p| paged.insert(p.page_type))
        .filter_map(|p| {
            let gate = feature_gate(model, &model.types.get(p.page_type)?.usage.tags);
            let page_impl = crate::emit::pagination::page_impl(model, p)?;
            Some(quote!(#gate #page_impl))
        });
    let mut paged_unions = std::collections::BTreeSet::new();
    let union_pages = model
        .operations
        .iter()
        .filter_map(|op| op.pagination.as_ref())
        .filter(|p| {
            p.response_union
                .as_ref()
                .is_some_and(|(id, _)| paged_unions.insert(*id))
        })
        .filter_map(|p| {
            let (union_id, _) = p.response_union.as_ref()?;
            let gate = feature_gate(model, &model.types.get(*union_id)?.usage.tags);
            let page_impl = crate::emit::pagination::union_page_impl(model, p)?;
            Some(quote!(#gate #page_impl))
        });
    quote! {
        #(#params)*
        #(#outcomes)*
        #(#pages)*
        #(#union_pages)*
    }
}

/// The enum returned by an operation whose success statuses have different bodies.
fn outcome_enum(model: &ApiModel, operation: &Operation) -> Option<TokenStream> {
    let Success::ByStatus { name, variants } = &operation.success else {
        return None;
    };
    let name = format_ident!("{name}");
    let method = &operation.method_name;
    let doc = format!(" What [`Client::{method}`](crate::Client::{method}) returns, by status.");
    let variants = variants.iter().map(|(status, variant, body)| {
        let variant = format_ident!("{variant}");
        let doc = format!(" Status {status}.");
        let payload = match body {
            ResponseBody::Empty => TokenStream::new(),
            ResponseBody::Json(ty) => {
                let ty = rust_type(model, ty);
                quote!((#ty))
            }
            ResponseBody::Text => quote!((String)),
            ResponseBody::Binary => quote!((bytes::Bytes)),
        };
        quote!(#[doc = #doc] #variant #payload,)
    });
    let gate = feature_gate(model, [&operation.tag]);
    Some(quote! {
        #[doc = #doc]
        #gate
        #[derive(Debug, Clone)]
        pub enum #name {
            #(#variants)*
        }
    })
}

/// `#[cfg(feature = …)]` for an item used by the operations of `tags` (and by schemas no
/// operation uses, under `full`); nothing when every tag uses it.
pub fn feature_gate<'t>(
    model: &ApiModel,
    tags: impl IntoIterator<Item = &'t String>,
) -> TokenStream {
    let tags: Vec<&String> = tags.into_iter().collect();
    let real = tags
        .iter()
        .filter(|tag| tag.as_str() != crate::lower::FULL_FEATURE)
        .count();
    if tags.is_empty() || real >= model.tags.len() {
        return TokenStream::new();
    }
    match tags.as_slice() {
        [only] => quote!(#[cfg(feature = #only)]),
        _ => quote!(#[cfg(any(#(feature = #tags),*))]),
    }
}

fn type_def(model: &ApiModel, def: &TypeDef) -> TokenStream {
    let gate = feature_gate(model, &def.usage.tags);
    let name = format_ident!("{}", def.name);
    let source = format!("Schema: `{}`", def.pointer);
    let doc = docs::paragraphs(&[def.docs.as_deref(), Some(&source)]);
    match &def.kind {
        TypeKind::Struct(fields) => struct_def(model, def, &gate, &name, doc, fields),
        TypeKind::Enum(variants) => enum_def(&gate, &name, doc, variants),
        TypeKind::Union(union) => union_def(model, def, &gate, &name, doc, union),
        TypeKind::Alias(ty) => {
            let ty = rust_type(model, ty);
            quote! {
                #gate
                #doc
                pub type #name = #ty;
            }
        }
    }
}

/// `Serialize` for types sent in requests; response-only types get it with the
/// `serialize-responses` feature (serde code only in the direction a type travels keeps the
/// crate quick to compile).
fn serde_derives(def: &TypeDef, attributes: TokenStream) -> TokenStream {
    match (def.usage.request, attributes.is_empty()) {
        (true, true) => quote!(#[derive(serde::Serialize)]),
        (true, false) => quote!(#[derive(serde::Serialize)] #[serde(#attributes)]),
        (false, true) => {
            quote!(#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))])
        }
        (false, false) => quote! {
            #[cfg_attr(feature = "serialize-responses", derive(serde::Serialize), serde(#attributes))]
        },
    }
}

/// How a field's type wraps the schema's type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldShape {
    /// `T`: required and never null.
    Plain,
    /// `Option<T>`: optional or nullable.
    Optional,
    /// `Option<Nullable<T>>`: an optional, nullable field of a request-only type, so requests
    /// can tell absent, `null` and a value apart.
    ThreeState,
}

/// The wrapping a field gets.
pub fn field_shape(def: &TypeDef, field: &Field) -> FieldShape {
    if field.nullable
        && !field.required
        && def.usage.request
        && !def.usage.response
        && field.ty != TypeRef::Json
    {
        FieldShape::ThreeState
    } else if !field.required || field.nullable {
        FieldShape::Optional
    } else {
        FieldShape::Plain
    }
}

fn struct_def(
    model: &ApiModel,
    def: &TypeDef,
    gate: &TokenStream,
    name: &Ident,
    doc: TokenStream,
    fields: &[Field],
) -> TokenStream {
    // `serde` attributes only serve the `Serialize` derive, which response-only types get
    // with the `serialize-responses` feature.
    let serde_attribute = |attrs: Vec<TokenStream>| -> TokenStream {
        if attrs.is_empty() {
            TokenStream::new()
        } else if def.usage.request {
            quote!(#[serde(#(#attrs),*)])
        } else {
            quote!(#[cfg_attr(feature = "serialize-responses", serde(#(#attrs),*))])
        }
    };
    let mut reads = Vec::new();
    let mut pinned = None;
    let mut keep_null = Vec::new();
    let mut declarations = Vec::new();
    for field in fields {
        let field_name = format_ident!("{}", field.name);
        let json_name = &field.json_name;
        let mut ty = rust_type(model, &field.ty);
        if field.boxed {
            ty = quote!(Box<#ty>);
        }
        let mut attrs = Vec::new();
        if field.json_name != field.name {
            attrs.push(quote!(rename = #json_name));
        }
        let entry = object_entry(&field_name, field);
        match field_shape(def, field) {
            FieldShape::ThreeState => {
                ty = quote!(Option<crate::Nullable<#ty>>);
                attrs.push(quote!(skip_serializing_if = "Option::is_none"));
                keep_null.push(entry);
            }
            shape => {
                if shape == FieldShape::Optional {
                    ty = quote!(Option<#ty>);
                    if !field.required {
                        attrs.push(quote!(skip_serializing_if = "Option::is_none"));
                    }
                }
                match model.pinned_value(field) {
                    Some(value) if pinned.is_none() => pinned = Some(quote!(#entry = #value)),
                    _ => reads.push(entry),
                }
            }
        }
        let deprecated = field.deprecated.then_some("Deprecated.");
        let doc = docs::paragraphs(&[field.docs.as_deref(), deprecated]);
        let serde = serde_attribute(attrs);
        declarations.push(quote! {
            #doc
            #serde
            pub #field_name: #ty,
        });
    }
    let derives = serde_derives(def, TokenStream::new());
    // Decoding goes through `crate::wire::object!`: a table of properties per type instead of
    // serde's derive, and the lenient rules (missing → default, unknown → skipped) in one place.
    let keep_null = (!keep_null.is_empty()).then(|| quote!(keep_null { #(#keep_null),* }));
    let pinned_clause = pinned.as_ref().map(|entry| quote!(pinned { #entry }));
    // An object with none of the properties of a type that requires some (or pins its
    // `type`) is some other object, not an empty one of this type.
    let needs_known =
        (pinned.is_some() || fields.iter().any(|f| f.required)).then(|| quote!(; needs_known));
    quote! {
        #gate
        #doc
        #[derive(Debug, Clone, Default)]
        #derives
        pub struct #name {
            #(#declarations)*
        }

        #gate
        crate::wire::object!(#name { #(#reads),* } #pinned_clause #keep_null #needs_known);
    }
}

/// A field in a `crate::wire::object!` list, with its JSON name when that differs.
fn object_entry(field_name: &Ident, field: &Field) -> TokenStream {
    if field.name == field.json_name {
        quote!(#field_name)
    } else {
        let json_name = &field.json_name;
        quote!(#field_name(#json_name))
    }
}

fn enum_def(
    gate: &TokenStream,
    name: &Ident,
    doc: TokenStream,
    variants: &[EnumVariant],
) -> TokenStream {
    let idents: Vec<Ident> = variants
        .iter()
        .map(|v| format_ident!("{}", v.name))
        .collect();
    let values: Vec<&str> = variants.iter().map(|v| v.value.as_str()).collect();
    let variant_docs = values.iter().map(|value| {
        let line = format!(" `{value}`");
        quote!(#[doc = #line])
    });
    quote! {
        #gate
        #doc
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum #name {
            #(#variant_docs #idents,)*
            /// A value this version of the SDK does not know.
            Unknown(String),
        }

        #gate
        crate::wire::string_enum!(#name { #(#idents(#values)),* });
    }
}

fn kind_path(kind: JsonKind) -> TokenStream {
    match kind {
        JsonKind::Any => quote!(Any),
        JsonKind::Null => quote!(Null),
        JsonKind::Boolean => quote!(Boolean),
        JsonKind::Integer => quote!(Integer),
        JsonKind::Number => quote!(Number),
        JsonKind::String => quote!(String),
        JsonKind::Array => quote!(Array),
        JsonKind::Object => quote!(Object),
    }
}

fn union_def(
    model: &ApiModel,
    def: &TypeDef,
    gate: &TokenStream,
    name: &Ident,
    doc: TokenStream,
    union: &Union,
) -> TokenStream {
    let derives = serde_derives(def, quote!(untagged));
    let variants = union.variants.iter().map(|variant| {
        let ident = format_ident!("{}", variant.name);
        let mut ty = rust_type(model, &variant.ty);
        if variant.boxed {
            ty = quote!(Box<#ty>);
        }
        quote!(#ident(#ty),)
    });
    let shapes = union.variants.iter().map(|variant| {
        let kind = kind_path(variant.shape.kind);
        let required = &variant.shape.required;
        let properties = &variant.shape.properties;
        let tags = variant.shape.tags.iter();
        quote! {
            crate::wire::Shape {
                kind: crate::wire::Kind::#kind,
                required: &[#(#required),*],
                properties: &[#(#properties),*],
                tags: &[#(#tags),*],
            }
        }
    });
    let arms = union.variants.iter().enumerate().map(|(index, variant)| {
        let ident = format_ident!("{}", variant.name);
        let ty = rust_type(model, &variant.ty);
        let index = Literal::usize_unsuffixed(index);
        if variant.boxed {
            quote!(#index => <#ty as serde::Deserialize>::deserialize(crate::wire::Lenient(&value)).map(|v| Self::#ident(Box::new(v))),)
        } else {
            quote!(#index => <#ty as serde::Deserialize>::deserialize(crate::wire::Lenient(&value)).map(Self::#ident),)
        }
    });
    let tag = match &union.tag_property {
        Some(tag) => quote!(Some(#tag)),
        None => quote!(None),
    };
    quote! {
        #gate
        #doc
        #[derive(Debug, Clone)]
        #derives
        #[non_exhaustive]
        pub enum #name {
            #(#variants)*
            /// A value matching none of the alternatives this version of the SDK knows.
            Unknown(serde_json::Value),
        }

        #gate
        impl Default for #name {
            fn default() -> Self {
                Self::Unknown(serde_json::Value::Null)
            }
        }

        #gate
        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                const SHAPES: &[crate::wire::Shape] = &[#(#shapes),*];
                let value = serde_json::Value::deserialize(deserializer)?;
                for index in crate::wire::candidates(&value, #tag, SHAPES) {
                    let decoded = match index {
                        #(#arms)*
                        _ => continue,
                    };
                    if let Ok(decoded) = decoded {
                        return Ok(decoded);
                    }
                }
                Ok(Self::Unknown(value))
            }
        }
    }
}

/// The struct holding an operation's optional query and header parameters.
fn params_struct(model: &ApiModel, operation: &Operation) -> Option<TokenStream> {
    let name = format_ident!("{}", operation.params_struct.as_ref()?);
    let method = &operation.method_name;
    let doc = format!(" Optional parameters of [`Client::{method}`](crate::Client::{method}).");
    let fields = operation
        .params
        .iter()
        .filter(|p| !p.required && p.location != ParamLocation::Path)
        .map(|param| {
            let field = format_ident!("{}", param.rust_name);
            let ty = rust_type(model, &param.ty);
            let location = match param.location {
                ParamLocation::Query => "query parameter",
                _ => "header",
            };
            let wire = format!("The `{}` {location}.", param.name);
            let doc = docs::paragraphs(&[param.docs.as_deref(), Some(&wire)]);
            quote! {
                #doc
                pub #field: Option<#ty>,
            }
        });
    let gate = feature_gate(model, [&operation.tag]);
    Some(quote! {
        #[doc = #doc]
        #gate
        #[derive(Debug, Clone, Default)]
        pub struct #name {
            #(#fields)*
        }
    })
}
