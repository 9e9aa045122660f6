//! Spec example values as expressions of the types the plan gives them: structs built with
//! `new` and setters, enum and union variants, the shortest form an argument or setter
//! accepts.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;

use super::literals::{float_literal, integer_literal, json_tokens, kind_fits, string_literal};
use super::{Writer, MAX_DEPTH};
use crate::model::{TypeKind, TypeRef};
use crate::plan::{Conversion, FieldInit, Input, InputKind, RustType};

impl Writer<'_> {
    /// An expression of exactly type `ty` (`free`: whose type no context fixes, so integers
    /// are suffixed) from `value`, or a placeholder named after `hint` when there is none.
    pub(super) fn typed(
        &mut self,
        ty: &RustType,
        value: Option<&Value>,
        hint: &str,
        depth: usize,
    ) -> Option<TokenStream> {
        self.typed_in(ty, value, hint, depth, false)
    }

    fn typed_in(
        &mut self,
        ty: &RustType,
        value: Option<&Value>,
        hint: &str,
        depth: usize,
        free: bool,
    ) -> Option<TokenStream> {
        if depth > MAX_DEPTH {
            return None;
        }
        let value = value.filter(|v| {
            !v.is_null()
                || matches!(
                    ty,
                    RustType::Option(_) | RustType::Nullable(_) | RustType::Json
                )
        });
        Some(match ty {
            RustType::String => {
                let literal = string_literal(value, hint)?;
                quote!(#literal.to_string())
            }
            RustType::I32 | RustType::I64 => integer_literal(ty, value, free)?,
            RustType::F64 => float_literal(value)?,
            RustType::Bool => match value {
                None => quote!(true),
                Some(Value::Bool(b)) => quote!(#b),
                Some(_) => return None,
            },
            RustType::Json => {
                let json = json_tokens(value.unwrap_or(&Value::Object(Default::default())));
                quote!(serde_json::json!(#json))
            }
            RustType::File => {
                let file = self.root_item("FileUpload");
                quote!(#file::new("example.txt", "file contents"))
            }
            RustType::Named(name) => {
                let id = self.plan.type_named(name)?;
                self.named(id, value, hint, depth, false)?
            }
            RustType::Vec(inner) => match value {
                Some(Value::Array(items)) if !items.is_empty() => {
                    let items = items
                        .iter()
                        .map(|item| self.typed_in(inner, Some(item), hint, depth + 1, free))
                        .collect::<Option<Vec<_>>>()?;
                    quote!(Vec::from([#(#items),*]))
                }
                Some(Value::Array(_)) | None => {
                    let inner = self.type_tokens(inner)?;
                    quote!(Vec::<#inner>::new())
                }
                Some(_) => return None,
            },
            RustType::Map(inner) => match value {
                Some(Value::Object(entries)) if !entries.is_empty() => {
                    let entries = entries
                        .iter()
                        .map(|(key, item)| {
                            let item = self.typed_in(inner, Some(item), key, depth + 1, free)?;
                            Some(quote!((#key.to_string(), #item)))
                        })
                        .collect::<Option<Vec<_>>>()?;
                    quote!(std::collections::BTreeMap::from([#(#entries),*]))
                }
                Some(Value::Object(_)) | None => {
                    let inner = self.type_tokens(inner)?;
                    quote!(std::collections::BTreeMap::<String, #inner>::new())
                }
                Some(_) => return None,
            },
            RustType::Option(inner) => match value {
                Some(Value::Null) => quote!(None),
                value => {
                    let inner = self.typed_in(inner, value, hint, depth, free)?;
                    quote!(Some(#inner))
                }
            },
            RustType::Boxed(inner) => {
                let inner = self.typed_in(inner, value, hint, depth, free)?;
                quote!(Box::new(#inner))
            }
            RustType::Nullable(inner) => {
                let nullable = self.root_item("Nullable");
                match value {
                    Some(Value::Null) => quote!(#nullable::Null),
                    value => {
                        let inner = self.typed_in(inner, value, hint, depth, free)?;
                        quote!(#nullable::Value(#inner))
                    }
                }
            }
            RustType::Bytes
            | RustType::Unit
            | RustType::Str
            | RustType::Ref(_)
            | RustType::Slice(_) => return None,
        })
    }

    /// A value of the named type `id`: a struct built with `new` and setters, an enum
    /// variant, a union variant (`into`: its payload, where a `From` conversion picks it).
    fn named(
        &mut self,
        id: usize,
        value: Option<&Value>,
        hint: &str,
        depth: usize,
        into: bool,
    ) -> Option<TokenStream> {
        let model = self.model;
        let plan = self.plan;
        let def = model.types.get(id)?;
        let planned = plan.types.get(id)?;
        match &def.kind {
            TypeKind::Struct(fields) => {
                let object = match value {
                    Some(Value::Object(object)) => Some(object),
                    None => None,
                    Some(_) => return None,
                };
                let mut arguments = Vec::new();
                let mut setters = Vec::new();
                for (field, init) in fields.iter().zip(&planned.inits) {
                    let given = object.and_then(|o| o.get(&field.json_name));
                    match init {
                        FieldInit::Argument(input) => {
                            let given = given.filter(|v| !v.is_null());
                            arguments.push(self.input(
                                input,
                                given,
                                &field.json_name,
                                depth + 1,
                            )?);
                        }
                        FieldInit::Setter(setter, input) => {
                            let Some(given) = given else { continue };
                            if given.is_null() && !matches!(input.target, RustType::Nullable(_)) {
                                continue;
                            }
                            if let Some(value) =
                                self.input(input, Some(given), &field.json_name, depth + 1)
                            {
                                let setter = format_ident!("{setter}");
                                setters.push(quote!(.#setter(#value)));
                            }
                        }
                        FieldInit::Pinned(_) | FieldInit::Unset => {}
                    }
                }
                let name = self.type_path(&planned.name);
                Some(quote!(#name::new(#(#arguments),*) #(#setters)*))
            }
            TypeKind::Enum(variants) => {
                let name = self.type_path(&planned.name);
                let variant = match value {
                    None => variants.first()?,
                    Some(Value::String(text)) => match variants.iter().find(|v| &v.value == text) {
                        Some(variant) => variant,
                        None => return Some(quote!(#name::from(#text))),
                    },
                    Some(_) => return None,
                };
                let variant = format_ident!("{}", variant.name);
                Some(quote!(#name::#variant))
            }
            TypeKind::Union(_) => {
                for index in self.variant_order(id, value) {
                    if let Some(written) = self.variant(id, index, value, hint, depth, into) {
                        return Some(written);
                    }
                }
                None
            }
            TypeKind::Alias(_) => {
                let target = planned.alias.as_ref()?;
                self.typed(target, value, hint, depth + 1)
            }
        }
    }

    /// Variant `index` of union `id` holding `value`.
    fn variant(
        &mut self,
        id: usize,
        index: usize,
        value: Option<&Value>,
        hint: &str,
        depth: usize,
        into: bool,
    ) -> Option<TokenStream> {
        let planned = self.plan.types.get(id)?;
        let payload = planned.variants.get(index)?;
        let converts = |wanted: Conversion| planned.conversions.contains(&wanted);
        let inner = match payload {
            RustType::Boxed(inner) => inner.as_ref(),
            other => other,
        };
        if into && converts(Conversion::Payload(index)) {
            let bare = match (inner, value) {
                (RustType::Named(_), _) => self.typed(inner, value, hint, depth + 1),
                (RustType::String, _) if converts(Conversion::Str(index)) => {
                    string_literal(value, hint)
                }
                (RustType::Bool, _) => self.typed(inner, value, hint, depth + 1),
                (RustType::I64 | RustType::F64, Some(Value::Number(n)))
                    if converts(Conversion::I32(index))
                        && n.as_i64().is_some_and(|n| i32::try_from(n).is_ok()) =>
                {
                    integer_literal(&RustType::I32, value, false)
                }
                (RustType::F64, Some(Value::Number(n))) if n.as_i64().is_none() => {
                    float_literal(value)
                }
                _ => None,
            };
            if bare.is_some() {
                return bare;
            }
        }
        let payload = self.typed(payload, value, hint, depth + 1)?;
        let union = self.type_path(&planned.name);
        let variant = format_ident!("{}", planned.variant_names.get(index)?);
        Some(quote!(#union::#variant(#payload)))
    }

    /// The variants of union `id` that may hold `value`, best fit first: the one its tag
    /// names, then those whose JSON kind fits, by the properties they know.
    fn variant_order(&self, id: usize, value: Option<&Value>) -> Vec<usize> {
        let Some(TypeKind::Union(union)) = self.model.types.get(id).map(|d| &d.kind) else {
            return Vec::new();
        };
        let Some(value) = value else {
            return (0..union.variants.len()).collect();
        };
        let tag = union
            .tag_property
            .as_ref()
            .and_then(|property| value.get(property))
            .and_then(Value::as_str);
        let mut ranked: Vec<(bool, i64, usize)> = union
            .variants
            .iter()
            .enumerate()
            .filter(|(_, variant)| kind_fits(variant.shape.kind, value))
            .filter_map(|(index, variant)| {
                let tagged = tag.is_some_and(|tag| variant.shape.tags.contains(tag));
                Some((
                    tagged,
                    self.fit(&variant.ty, &variant.shape.properties, value)?,
                    index,
                ))
            })
            .collect();
        ranked.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
        ranked.into_iter().map(|(_, _, index)| index).collect()
    }

    /// How well `value` fits a variant holding `ty` that knows `properties` (of its objects,
    /// or of the objects its list holds): the properties it knows less those it does not;
    /// `None` when the payload's decoder would not take an object at all.
    fn fit(&self, ty: &TypeRef, properties: &[String], value: &Value) -> Option<i64> {
        let objects: Vec<&serde_json::Map<String, Value>> = match value {
            Value::Object(object) => vec![object],
            Value::Array(items) => items.iter().filter_map(Value::as_object).collect(),
            _ => return Some(0),
        };
        let item_type = match crate::plan::resolved(self.model, ty) {
            TypeRef::Array(inner) => crate::plan::resolved(self.model, inner),
            other => other,
        };
        let fields = match item_type {
            TypeRef::Named(id) => self.model.struct_def(*id).map(|(_, _, fields)| fields),
            _ => None,
        };
        let mut score = 0i64;
        for object in objects {
            if fields.is_some_and(|fields| !self.model.is_object_of(fields, object)) {
                return None;
            }
            for key in object.keys() {
                score += if properties.contains(key) { 1 } else { -1 };
            }
        }
        Some(score)
    }

    /// An argument or setter value: what `input` accepts (`impl Into<T>`, items or entries).
    fn input(
        &mut self,
        input: &Input,
        value: Option<&Value>,
        hint: &str,
        depth: usize,
    ) -> Option<TokenStream> {
        if depth > MAX_DEPTH {
            return None;
        }
        match input.kind {
            InputKind::Value => self.converting(&input.target, value, hint, depth),
            InputKind::Items => {
                let items: Vec<&Value> = match value {
                    Some(Value::Array(items)) => items.iter().collect(),
                    Some(Value::Null) | None => Vec::new(),
                    Some(other) => vec![other],
                };
                if items.is_empty() && value.is_some() {
                    let ty = self.type_tokens(&input.target)?;
                    return Some(quote!(Vec::<#ty>::new()));
                }
                let written = if items.is_empty() {
                    vec![self.converting(&input.target, None, hint, depth + 1)?]
                } else {
                    self.elements(&input.target, &items, hint, depth + 1)?
                };
                Some(quote!([#(#written),*]))
            }
            InputKind::Entries => {
                let entries = match value {
                    Some(Value::Object(entries)) if !entries.is_empty() => entries,
                    Some(Value::Object(_) | Value::Null) | None => {
                        let ty = self.type_tokens(&input.target)?;
                        return Some(quote!(Vec::<(String, #ty)>::new()));
                    }
                    Some(_) => return None,
                };
                let values: Vec<&Value> = entries.values().collect();
                let written = self.elements(&input.target, &values, hint, depth + 1)?;
                let pairs = entries
                    .keys()
                    .zip(written)
                    .map(|(key, value)| quote!((#key, #value)));
                Some(quote!([#(#pairs),*]))
            }
        }
    }

    /// The elements of an array literal converting into `target`: each in its shortest
    /// form when all have the same type, else each spelled as `target` itself.
    fn elements(
        &mut self,
        target: &RustType,
        items: &[&Value],
        hint: &str,
        depth: usize,
    ) -> Option<Vec<TokenStream>> {
        let union = match target {
            RustType::Named(name) => self.plan.type_named(name).filter(|id| {
                matches!(
                    self.model.types.get(*id).map(|d| &d.kind),
                    Some(TypeKind::Union(_))
                )
            }),
            _ => None,
        };
        if let Some(id) = union {
            let chosen: Vec<Option<usize>> = items
                .iter()
                .map(|item| self.variant_order(id, Some(item)).first().copied())
                .collect();
            let same = chosen.windows(2).all(|pair| pair[0] == pair[1]);
            if !same {
                return items
                    .iter()
                    .map(|item| self.typed(target, Some(item), hint, depth))
                    .collect();
            }
        }
        if *target == RustType::Json && !items.iter().all(|item| item.is_string()) {
            return items
                .iter()
                .map(|item| self.typed(target, Some(item), hint, depth))
                .collect();
        }
        items
            .iter()
            .map(|item| self.converting(target, Some(item), hint, depth))
            .collect()
    }

    /// A value converting into `target` (`impl Into<target>`).
    fn converting(
        &mut self,
        target: &RustType,
        value: Option<&Value>,
        hint: &str,
        depth: usize,
    ) -> Option<TokenStream> {
        match target {
            RustType::String => string_literal(value.filter(|v| !v.is_null()), hint),
            RustType::I64 => integer_literal(target, value.filter(|v| !v.is_null()), false),
            RustType::Json => match value {
                Some(Value::String(_)) => string_literal(value, hint),
                Some(Value::Bool(b)) => Some(quote!(#b)),
                _ => self.typed(target, value, hint, depth),
            },
            RustType::Nullable(inner) => match value {
                Some(Value::Null) => {
                    let nullable = self.root_item("Nullable");
                    Some(quote!(#nullable::Null))
                }
                _ if **inner == RustType::String => string_literal(value, hint),
                _ => self.typed_in(inner, value, hint, depth, true),
            },
            RustType::Named(name) => {
                let id = self.plan.type_named(name)?;
                let value = value.filter(|v| !v.is_null());
                match self.model.types.get(id).map(|d| &d.kind) {
                    Some(TypeKind::Alias(_)) => {
                        let target = self.plan.types.get(id)?.alias.clone()?;
                        self.converting(&target, value, hint, depth + 1)
                    }
                    _ => self.named(id, value, hint, depth, true),
                }
            }
            other => self.typed(other, value, hint, depth),
        }
    }
}
