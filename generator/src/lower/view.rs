//! A flat view of a schema (`openapiv3` splits schemas into typed variants and a catch-all;
//! lowering only needs the keywords, wherever they were parsed), and the one place that
//! decides what a schema is: [`SchemaView::classify`].

use openapiv3::{
    AdditionalProperties, IntegerFormat, ReferenceOr, Schema, SchemaData, SchemaKind, StringFormat,
    Type, VariantOrUnknownOrEmpty,
};

/// A schema or a reference to one, whether boxed or not.
#[derive(Clone, Copy)]
pub(crate) enum SchemaOrRef<'s> {
    Ref(&'s str),
    Schema(&'s Schema),
}

impl<'s> From<&'s ReferenceOr<Schema>> for SchemaOrRef<'s> {
    fn from(value: &'s ReferenceOr<Schema>) -> Self {
        match value {
            ReferenceOr::Reference { reference } => SchemaOrRef::Ref(reference),
            ReferenceOr::Item(schema) => SchemaOrRef::Schema(schema),
        }
    }
}

impl<'s> From<&'s ReferenceOr<Box<Schema>>> for SchemaOrRef<'s> {
    fn from(value: &'s ReferenceOr<Box<Schema>>) -> Self {
        match value {
            ReferenceOr::Reference { reference } => SchemaOrRef::Ref(reference),
            ReferenceOr::Item(schema) => SchemaOrRef::Schema(schema),
        }
    }
}

/// What a schema is, as far as the generated Rust is concerned.
pub(crate) enum SchemaClass<'s> {
    /// `allOf`, `oneOf` or `anyOf` with a single member and nothing beside it: that member.
    Member {
        keyword: &'static str,
        index: usize,
        member: SchemaOrRef<'s>,
    },
    /// An `allOf` whose members are all bare constraints: any JSON value.
    Untyped,
    /// Properties, or an `allOf` to merge: a struct.
    Object,
    /// Two or more alternatives: a union.
    Union {
        keyword: &'static str,
        alternatives: Vec<(usize, SchemaOrRef<'s>)>,
    },
    /// Properties (or an `allOf`) beside alternatives: a union whose variants each carry the
    /// shared properties too (`{properties: {skip_notifications}, oneOf: [contact, admin]}`).
    ObjectUnion {
        keyword: &'static str,
        alternatives: Vec<(usize, SchemaOrRef<'s>)>,
    },
    /// String values to choose from: a string enum.
    StringEnum,
    /// A scalar, list, map or untyped value: no type of its own.
    Value,
}

/// Members of `allOf`/`oneOf`/`anyOf` that describe values (not bare `required` lists).
pub(crate) fn members(list: &[ReferenceOr<Schema>]) -> Vec<(usize, SchemaOrRef<'_>)> {
    list.iter()
        .enumerate()
        .filter(|(_, member)| match member {
            ReferenceOr::Item(schema) => !SchemaView::of(schema).is_constraint_only(),
            ReferenceOr::Reference { .. } => true,
        })
        .map(|(index, member)| (index, member.into()))
        .collect()
}

/// The keywords of one schema that matter for code generation.
pub(crate) struct SchemaView<'s> {
    pub data: &'s SchemaData,
    pub ty: Option<&'s str>,
    pub format: Option<String>,
    pub properties: Vec<(&'s str, &'s ReferenceOr<Box<Schema>>)>,
    pub required: &'s [String],
    pub additional: Option<&'s AdditionalProperties>,
    pub items: Option<&'s ReferenceOr<Box<Schema>>>,
    pub one_of: &'s [ReferenceOr<Schema>],
    pub any_of: &'s [ReferenceOr<Schema>],
    pub all_of: &'s [ReferenceOr<Schema>],
    /// Enumerated values, as JSON (strings, numbers, null…).
    pub enumeration: Vec<serde_json::Value>,
}

fn format_name<T: std::fmt::Debug>(format: &VariantOrUnknownOrEmpty<T>) -> Option<String> {
    match format {
        VariantOrUnknownOrEmpty::Item(item) => Some(format!("{item:?}")),
        VariantOrUnknownOrEmpty::Unknown(other) => Some(other.clone()),
        VariantOrUnknownOrEmpty::Empty => None,
    }
}

impl<'s> SchemaView<'s> {
    pub fn of(schema: &'s Schema) -> Self {
        let mut view = SchemaView {
            data: &schema.schema_data,
            ty: None,
            format: None,
            properties: Vec::new(),
            required: &[],
            additional: None,
            items: None,
            one_of: &[],
            any_of: &[],
            all_of: &[],
            enumeration: Vec::new(),
        };
        match &schema.schema_kind {
            SchemaKind::Type(Type::String(s)) => {
                view.ty = Some("string");
                view.format = match &s.format {
                    VariantOrUnknownOrEmpty::Item(StringFormat::Binary) => Some("binary".into()),
                    VariantOrUnknownOrEmpty::Item(StringFormat::DateTime) => {
                        Some("date-time".into())
                    }
                    other => format_name(other).map(|f| f.to_lowercase()),
                };
                view.enumeration = s
                    .enumeration
                    .iter()
                    .map(|v| v.clone().map_or(serde_json::Value::Null, Into::into))
                    .collect();
            }
            SchemaKind::Type(Type::Integer(i)) => {
                view.ty = Some("integer");
                view.format = match &i.format {
                    VariantOrUnknownOrEmpty::Item(IntegerFormat::Int32) => Some("int32".into()),
                    VariantOrUnknownOrEmpty::Item(IntegerFormat::Int64) => Some("int64".into()),
                    other => format_name(other),
                };
                view.enumeration = i
                    .enumeration
                    .iter()
                    .map(|v| v.map_or(serde_json::Value::Null, Into::into))
                    .collect();
            }
            SchemaKind::Type(Type::Number(n)) => {
                view.ty = Some("number");
                view.format = format_name(&n.format);
                view.enumeration = n
                    .enumeration
                    .iter()
                    .map(|v| v.map_or(serde_json::Value::Null, Into::into))
                    .collect();
            }
            SchemaKind::Type(Type::Boolean(b)) => {
                view.ty = Some("boolean");
                view.enumeration = b
                    .enumeration
                    .iter()
                    .map(|v| v.map_or(serde_json::Value::Null, Into::into))
                    .collect();
            }
            SchemaKind::Type(Type::Object(o)) => {
                view.ty = Some("object");
                view.properties = o.properties.iter().map(|(k, v)| (k.as_str(), v)).collect();
                view.required = &o.required;
                view.additional = o.additional_properties.as_ref();
            }
            SchemaKind::Type(Type::Array(a)) => {
                view.ty = Some("array");
                view.items = a.items.as_ref();
            }
            SchemaKind::OneOf { one_of } => view.one_of = one_of,
            SchemaKind::AnyOf { any_of } => view.any_of = any_of,
            SchemaKind::AllOf { all_of } => view.all_of = all_of,
            SchemaKind::Not { .. } => {}
            SchemaKind::Any(any) => {
                view.ty = any.typ.as_deref();
                view.format = any.format.clone();
                view.properties = any
                    .properties
                    .iter()
                    .map(|(k, v)| (k.as_str(), v))
                    .collect();
                view.required = &any.required;
                view.additional = any.additional_properties.as_ref();
                view.items = any.items.as_ref();
                view.one_of = &any.one_of;
                view.any_of = &any.any_of;
                view.all_of = &any.all_of;
                view.enumeration = any.enumeration.clone();
            }
        }
        view
    }

    /// What the schema is (see [`SchemaClass`]); every part of lowering asks this.
    pub fn classify(&self) -> SchemaClass<'s> {
        let (keyword, alternatives) = if self.one_of.is_empty() {
            ("anyOf", members(self.any_of))
        } else {
            ("oneOf", members(self.one_of))
        };
        let shared = !self.properties.is_empty() || !members(self.all_of).is_empty();
        if shared && !alternatives.is_empty() {
            return SchemaClass::ObjectUnion {
                keyword,
                alternatives,
            };
        }
        if !self.all_of.is_empty() {
            if !self.properties.is_empty() {
                return SchemaClass::Object;
            }
            return match members(self.all_of).as_slice() {
                [(index, member)] => SchemaClass::Member {
                    keyword: "allOf",
                    index: *index,
                    member: *member,
                },
                [] => SchemaClass::Untyped,
                _ => SchemaClass::Object,
            };
        }
        if !self.properties.is_empty() {
            return SchemaClass::Object;
        }
        match alternatives.as_slice() {
            [] => {}
            [(index, member)] => {
                return SchemaClass::Member {
                    keyword,
                    index: *index,
                    member: *member,
                }
            }
            _ => {
                return SchemaClass::Union {
                    keyword,
                    alternatives,
                }
            }
        }
        let mut values = self.enumeration.iter().filter(|v| !v.is_null()).peekable();
        let has_values = values.peek().is_some();
        if has_values && matches!(self.ty, None | Some("string")) && values.all(|v| v.is_string()) {
            return SchemaClass::StringEnum;
        }
        SchemaClass::Value
    }

    /// `nullable: true`, or `null` among the enumerated values.
    pub fn nullable(&self) -> bool {
        self.data.nullable || self.enumeration.iter().any(serde_json::Value::is_null)
    }

    /// Whether this schema is only a constraint (e.g. `{required: [a]}` inside an `anyOf`)
    /// and describes no value of its own.
    pub fn is_constraint_only(&self) -> bool {
        self.ty.is_none()
            && self.properties.is_empty()
            && self.items.is_none()
            && self.one_of.is_empty()
            && self.any_of.is_empty()
            && self.all_of.is_empty()
            && self.enumeration.is_empty()
            && self.additional.is_none()
            && !self.required.is_empty()
    }
}
