//! Where a schema becomes a Rust type: structs, string enums, unions and aliases in
//! `src/types.rs`.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};

use crate::emit::layout::{self, Cfg, Item};
use crate::emit::{construction, docs, Part};
use crate::model::{
    ApiModel, EnumVariant, Field, JsonKind, Operation, ParamLocation, ResponseBody, Success,
    TypeDef, TypeKind, TypeRef, Union, UnionVariant,
};
use crate::names;
use crate::plan::{FieldShape, Gate, MethodPlan, Plan, RustType, Scope, TypePlan};

/// `#[cfg(feature = …)]` for an item compiled by the features of `gate`.
pub fn gate_tokens(gate: &Gate) -> TokenStream {
    match gate.0.as_slice() {
        [] => TokenStream::new(),
        [only] => quote!(#[cfg(feature = #only)]),
        features => quote!(#[cfg(any(#(feature = #features),*))]),
    }
}

/// The first part of `src/types.rs`: its module doc.
pub fn types_header() -> TokenStream {
    quote! {
        //! Request and response types (generated from the spec's schemas).
    }
}

/// The named types `range` of `src/types.rs` (the file is emitted in slices, in parallel).
pub fn types_slice(model: &ApiModel, plan: &Plan, range: std::ops::Range<usize>) -> Vec<Part> {
    let mut parts = Vec::new();
    let defs = model.types.get(range.clone()).unwrap_or_default();
    let plans = plan.types.get(range.clone()).unwrap_or_default();
    for ((def, planned), id) in defs.iter().zip(plans).zip(range) {
        let described = def.docs.as_deref().filter(|d| !d.trim().is_empty());
        let text = described.map_or_else(|| docs::usage(model, plan, id), str::to_string);
        type_def(model, def, planned, &text, &mut parts);
    }
    parts
}

/// The last part of `src/types.rs`: parameter structs, per-status outcomes, `Page` impls.
pub fn types_tail(model: &ApiModel, plan: &Plan) -> TokenStream {
    let methods = || model.operations.iter().zip(&plan.methods);
    let params = methods().filter_map(|(op, method)| params_struct(op, method));
    let outcomes = methods().filter_map(|(op, method)| outcome_enum(plan, op, method));
    let mut paged = std::collections::BTreeSet::new();
    let pages = methods()
        .filter_map(|(op, _)| op.pagination.as_ref())
        .filter(|p| paged.insert(p.page_type))
        .filter_map(|p| {
            let gate = gate_tokens(&plan.types.get(p.page_type)?.gate);
            let page_impl = crate::emit::pagination::page_impl(model, plan, p)?;
            Some(quote!(#gate #page_impl))
        });
    let mut paged_unions = std::collections::BTreeSet::new();
    let union_pages = methods()
        .filter_map(|(op, _)| op.pagination.as_ref())
        .filter(|p| {
            p.response_union
                .as_ref()
                .is_some_and(|(id, _)| paged_unions.insert(*id))
        })
        .filter_map(|p| {
            let (union_id, _) = p.response_union.as_ref()?;
            let gate = gate_tokens(&plan.types.get(*union_id)?.gate);
            let page_impl = crate::emit::pagination::union_page_impl(model, plan, p)?;
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
fn outcome_enum(whole: &Plan, operation: &Operation, plan: &MethodPlan) -> Option<TokenStream> {
    let Success::ByStatus { name, variants } = &operation.success else {
        return None;
    };
    let name = format_ident!("{name}");
    let method = &plan.name;
    let doc = format!(" What [`Client::{method}`](crate::Client::{method}) returns, by status.");
    let variants = variants.iter().map(|(status, variant, body)| {
        let variant = format_ident!("{variant}");
        let doc = format!(" Status {status}.");
        let payload = match body {
            ResponseBody::Empty => TokenStream::new(),
            body => {
                let ty = crate::plan::response_type(&whole.names, body).tokens(Scope::Types);
                quote!((#ty))
            }
        };
        quote!(#[doc = #doc] #variant #payload,)
    });
    let gate = gate_tokens(&plan.gate);
    Some(quote! {
        #[doc = #doc]
        #gate
        #[derive(Debug, Clone)]
        pub enum #name {
            #(#variants)*
        }
    })
}

fn type_def(model: &ApiModel, def: &TypeDef, plan: &TypePlan, doc: &str, parts: &mut Vec<Part>) {
    let cfg = Cfg::new(&plan.gate);
    match &def.kind {
        TypeKind::Struct(fields) => struct_def(model, def, plan, &cfg, doc, fields, parts),
        TypeKind::Enum(variants) => enum_def(plan, &cfg, doc, variants, parts),
        TypeKind::Union(union) => {
            let gate = gate_tokens(&plan.gate);
            let name = format_ident!("{}", plan.name);
            let tokens = union_def(model, def, plan, &gate, &name, docs::attrs(doc), union);
            parts.push(Part::Tokens(tokens));
        }
        TypeKind::Alias(_) => {
            let ty = plan.alias.as_ref().unwrap_or(&RustType::Json);
            let mut alias = Item::new();
            alias.docs(&docs::lines(doc));
            alias.gate(&cfg);
            alias.line(&format!(
                "pub type {} = {};",
                plan.name,
                ty.source(Scope::Types)
            ));
            parts.push(Part::Item(alias));
        }
    }
}

/// `Serialize` with `attributes` for a union sent in requests; a response-only one gets it
/// with the `serialize-responses` feature (serde code only in the direction a type travels
/// keeps the crate quick to compile).
fn serde_derives(def: &TypeDef, attributes: TokenStream) -> TokenStream {
    if def.usage.request {
        quote!(#[derive(serde::Serialize)] #[serde(#attributes)])
    } else {
        quote!(#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize), serde(#attributes))])
    }
}

fn struct_def(
    model: &ApiModel,
    def: &TypeDef,
    plan: &TypePlan,
    cfg: &Cfg,
    doc: &str,
    fields: &[Field],
    parts: &mut Vec<Part>,
) {
    let mut reads = Vec::new();
    let mut required = Vec::new();
    let mut pinned: Option<Vec<String>> = None;
    let mut keep_null = Vec::new();
    let mut declaration = declaration(doc, cfg, "Debug, Clone", &format!("struct {}", plan.name));
    for (field, planned) in fields.iter().zip(&plan.fields) {
        let entry = object_entry(field);
        match (planned.shape, model.pinned_value(field)) {
            (FieldShape::ThreeState, _) => keep_null.push(entry),
            (_, Some(value)) if pinned.is_none() => {
                let value = layout::string_literal(value);
                pinned = Some(if field.required {
                    vec![
                        entry,
                        "=".to_string(),
                        format!("{value},"),
                        "required".to_string(),
                    ]
                } else {
                    vec![entry, "=".to_string(), value]
                });
            }
            _ if field.required => required.push(entry),
            _ => reads.push(entry),
        }
        let deprecated = field.deprecated.then_some("Deprecated.");
        declaration.docs(&docs::paragraph_lines(&[field.docs.as_deref(), deprecated]));
        declaration.line(&format!(
            "pub {}: {},",
            field.name,
            planned.ty.source(Scope::Types)
        ));
    }
    declaration.docs(&[
        " The properties received that the spec does not describe for this type, sent back"
            .to_string(),
        " when the value is encoded.".to_string(),
    ]);
    declaration.line(&format!(
        "pub {}: crate::UnknownProperties,",
        names::UNKNOWN_PROPERTIES_FIELD
    ));
    declaration.close("}");
    parts.push(Part::Item(declaration));
    parts.extend(
        construction::struct_impl(plan, cfg, fields)
            .into_iter()
            .map(Part::Item),
    );

    // Decoding and encoding go through `crate::wire::object!`: a table of properties per
    // type instead of serde's derives, with the lenient rules (missing → default, unknown →
    // kept) in one place. Response-only types are encoded with the `serialize-responses`
    // feature (serde code only in the direction a type travels keeps the crate quick to
    // compile). An object with none of the properties of a type that requires some (or pins
    // its `type`) is some other object, not an empty one of this type.
    let mut words = vec![format!(
        "{}({})",
        plan.name,
        names::UNKNOWN_PROPERTIES_FIELD
    )];
    words.extend(braced(reads));
    if !required.is_empty() {
        words.push("required".to_string());
        words.extend(braced(required));
    }
    let needs_known = pinned.is_some() || fields.iter().any(|f| f.required);
    if let Some(entry) = pinned {
        words.push("pinned".to_string());
        words.push("{".to_string());
        words.extend(entry);
        words.push("}".to_string());
    }
    if !keep_null.is_empty() {
        words.push("keep_null".to_string());
        words.extend(braced(keep_null));
    }
    if let Some(last) = words.last_mut() {
        last.push(';');
    }
    let direction = if def.usage.request {
        "sent"
    } else {
        "received"
    };
    if needs_known {
        words.push(format!("{direction},"));
        words.push("needs_known".to_string());
    } else {
        words.push(direction.to_string());
    }
    let mut object = Item::new();
    object.gate(cfg);
    object.macro_call("crate::wire::object", &words);
    parts.push(Part::Item(object));
}

/// The first lines of a struct or enum (`what`: `struct Name`), its docs, gate and derives,
/// opening its body.
fn declaration(doc: &str, cfg: &Cfg, derives: &str, what: &str) -> Item {
    let mut item = Item::new();
    item.docs(&docs::lines(doc));
    item.gate(cfg);
    item.line(&format!("#[derive({derives})]"));
    item.line("#[non_exhaustive]");
    item.open(&format!("pub {what} {{"));
    item
}

/// `entries` in braces as macro words: `{`, `a,`, `b`, `}` (or `{}` when empty).
fn braced(entries: Vec<String>) -> Vec<String> {
    if entries.is_empty() {
        return vec!["{}".to_string()];
    }
    let mut words = vec!["{".to_string()];
    let last = entries.len() - 1;
    words.extend(entries.into_iter().enumerate().map(|(index, entry)| {
        if index == last {
            entry
        } else {
            format!("{entry},")
        }
    }));
    words.push("}".to_string());
    words
}

/// A field in a `crate::wire::object!` list, with its JSON name when that differs.
fn object_entry(field: &Field) -> String {
    if field.name == field.json_name {
        field.name.clone()
    } else {
        format!(
            "{}({})",
            field.name,
            layout::string_literal(&field.json_name)
        )
    }
}

fn enum_def(
    plan: &TypePlan,
    cfg: &Cfg,
    doc: &str,
    variants: &[EnumVariant],
    parts: &mut Vec<Part>,
) {
    let mut declaration = declaration(
        doc,
        cfg,
        "Debug, Clone, PartialEq, Eq, Hash",
        &format!("enum {}", plan.name),
    );
    for variant in variants {
        let value = format!("`{}`", variant.value);
        declaration.docs(&docs::paragraph_lines(&[
            variant.docs.as_deref(),
            Some(&value),
        ]));
        declaration.line(&format!("{},", variant.name));
    }
    declaration.docs(&[" A value this version of the SDK does not know.".to_string()]);
    declaration.line("Unknown(String),");
    declaration.close("}");
    parts.push(Part::Item(declaration));

    let mut words = vec![plan.name.clone()];
    let entries = variants
        .iter()
        .map(|v| format!("{}({})", v.name, layout::string_literal(&v.value)))
        .collect();
    words.extend(braced(entries));
    let mut table = Item::new();
    table.gate(cfg);
    table.macro_call("crate::wire::string_enum", &words);
    parts.push(Part::Item(table));
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

/// A union variant's doc line: what the type it holds is.
fn variant_doc(model: &ApiModel, variant: &UnionVariant, ty: &RustType) -> String {
    let what = match ty {
        RustType::Boxed(inner) => inner.as_ref(),
        other => other,
    };
    match (what, &variant.ty) {
        (RustType::Named(name), TypeRef::Named(id)) => {
            let summary = model
                .types
                .get(*id)
                .and_then(|def| def.docs.as_deref())
                .and_then(|text| {
                    let text = docs::sanitize(text);
                    let line = text.lines().next()?.trim();
                    (!line.is_empty() && !line.starts_with("```")).then(|| line.to_string())
                });
            match summary {
                // Not `[X]: line`: Markdown reads a one-word line there as a link target.
                Some(line) => format!(" [`{name}`] — {line}"),
                None => format!(" A [`{name}`]."),
            }
        }
        (RustType::String, _) => " A string.".to_string(),
        (RustType::I32 | RustType::I64, _) => " A whole number.".to_string(),
        (RustType::F64, _) => " A number.".to_string(),
        (RustType::Bool, _) => " `true` or `false`.".to_string(),
        (RustType::Vec(_), _) => format!(" A list (`{what}`)."),
        (RustType::Map(_), _) => format!(" An object with values of one type (`{what}`)."),
        _ => format!(" A `{what}`."),
    }
}

fn union_def(
    model: &ApiModel,
    def: &TypeDef,
    plan: &TypePlan,
    gate: &TokenStream,
    name: &Ident,
    doc: TokenStream,
    union: &Union,
) -> TokenStream {
    let derives = serde_derives(def, quote!(untagged));
    let variants = plan
        .variant_names
        .iter()
        .zip(&plan.variants)
        .zip(&union.variants)
        .map(|((variant, ty), modelled)| {
            let ident = format_ident!("{variant}");
            let doc = variant_doc(model, modelled, ty);
            let ty = ty.tokens(Scope::Types);
            quote!(#[doc = #doc] #ident(#ty),)
        });
    let shapes = union.variants.iter().map(|variant| {
        let kind = kind_path(variant.shape.kind);
        let required = &variant.shape.required;
        let properties = &variant.shape.properties;
        let tags = variant.shape.tags.iter();
        let nested = variant
            .shape
            .nested
            .iter()
            .map(|(property, known)| quote!((#property, &[#(#known),*])));
        quote! {
            crate::wire::Shape {
                kind: crate::wire::Kind::#kind,
                required: &[#(#required),*],
                properties: &[#(#properties),*],
                nested: &[#(#nested),*],
                tags: &[#(#tags),*],
            }
        }
    });
    let arms = union.variants.iter().zip(&plan.variants).zip(&plan.variant_names).enumerate().map(|(index, ((_, ty), name))| {
        let ident = format_ident!("{name}");
        let (ty, boxed) = match ty {
            RustType::Boxed(inner) => (inner.tokens(Scope::Types), true),
            other => (other.tokens(Scope::Types), false),
        };
        let index = Literal::usize_unsuffixed(index);
        if boxed {
            quote!(#index => <#ty as serde::Deserialize>::deserialize(crate::decode::Lenient(&value)).map(|v| Self::#ident(Box::new(v))),)
        } else {
            quote!(#index => <#ty as serde::Deserialize>::deserialize(crate::decode::Lenient(&value)).map(Self::#ident),)
        }
    });
    let conversions = construction::union_from(plan, gate);
    let tag = match &union.tag_property {
        Some(tag) => quote!(Some(#tag)),
        None => quote!(None),
    };
    quote! {
        #doc
        #gate
        #[derive(Debug, Clone)]
        #derives
        #[non_exhaustive]
        pub enum #name {
            #(#variants)*
            /// A value matching none of the alternatives this version of the SDK knows.
            Unknown(serde_json::Value),
        }

        #gate
        impl crate::wire::Blank for #name {
            fn blank() -> Self {
                Self::Unknown(serde_json::Value::Null)
            }
        }

        #conversions

        #gate
        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                const SHAPES: &[crate::wire::Shape] = &[#(#shapes),*];
                let value = serde_json::Value::deserialize(deserializer)?;
                for index in crate::wire::candidates(&value, #tag, SHAPES) {
                    let decoded = crate::decode::trial(|| -> Result<Self, serde_json::Error> {
                        match index {
                            #(#arms)*
                            _ => Err(serde::de::Error::custom("no such alternative")),
                        }
                    });
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
fn params_struct(operation: &Operation, plan: &MethodPlan) -> Option<TokenStream> {
    let name = format_ident!("{}", operation.params_struct.as_ref()?);
    let method = &plan.name;
    let doc = format!(" Optional parameters of [`Client::{method}`](crate::Client::{method}).");
    let fields = operation
        .params
        .iter()
        .zip(&plan.param_types)
        .filter(|(p, _)| !p.required && p.location != ParamLocation::Path)
        .map(|(param, ty)| {
            let field = format_ident!("{}", param.rust_name);
            let ty = ty.tokens(Scope::Types);
            let location = match param.location {
                ParamLocation::Query => "query parameter",
                _ => "header",
            };
            let wire = format!("The `{}` {location}.", param.name);
            let doc = docs::paragraphs(&[param.docs.as_deref(), Some(&wire)]);
            quote! {
                #doc
                pub #field: #ty,
            }
        });
    let gate = gate_tokens(&plan.gate);
    Some(quote! {
        #[doc = #doc]
        #gate
        #[derive(Debug, Clone, Default)]
        pub struct #name {
            #(#fields)*
        }
    })
}
