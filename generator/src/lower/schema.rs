//! Lowering schemas: each component schema becomes a named type; inline objects, enums and
//! unions are hoisted into named types whose names come from where they appear.

use std::collections::{BTreeSet, HashMap, HashSet};

use indexmap::IndexMap;
use openapiv3::{AdditionalProperties, OpenAPI, ReferenceOr, Schema};

use crate::diagnostics::{pointer_token, Warning};
pub(crate) use crate::lower::view::SchemaOrRef;
use crate::lower::view::{members, SchemaClass, SchemaView};
use crate::model::{EnumVariant, Field, JsonKind, TypeDef, TypeId, TypeKind, TypeRef, Usage};
use crate::names::{self, Namespace};
use crate::refs;

mod unions;

/// Nesting deeper than this is reported instead of followed.
const MAX_DEPTH: usize = 48;

/// A lowered schema use: its type and whether the schema allows `null`.
#[derive(Debug, Clone)]
pub(crate) struct Lowered {
    pub ty: TypeRef,
    pub nullable: bool,
}

/// Properties and required names of an object, with `allOf` merged in.
#[derive(Default, Clone)]
struct ObjectParts<'s> {
    properties: IndexMap<&'s str, (SchemaOrRef<'s>, String)>,
    required: BTreeSet<&'s str>,
}

/// Turns schemas into [`TypeDef`]s, collecting warnings.
pub(crate) struct SchemaLowerer<'a> {
    spec: &'a OpenAPI,
    pub types: Vec<TypeDef>,
    components: HashMap<&'a str, TypeId>,
    pub type_names: Namespace,
    /// Inline schemas already lowered, by JSON pointer (a schema reached twice, e.g. through
    /// `allOf`, becomes one type).
    inline_cache: HashMap<String, Lowered>,
    pub warnings: Vec<Warning>,
    /// References already reported as unresolvable: each is reported once, at its first use.
    reported_refs: HashSet<String>,
    depth: usize,
}

fn kind_word(kind: JsonKind) -> &'static str {
    match kind {
        JsonKind::Any => "Value",
        JsonKind::Null => "Null",
        JsonKind::Boolean => "Boolean",
        JsonKind::Integer => "Integer",
        JsonKind::Number => "Number",
        JsonKind::String => "String",
        JsonKind::Array => "Array",
        JsonKind::Object => "Object",
    }
}

impl<'a> SchemaLowerer<'a> {
    /// Claims a type name for every component schema (so inline types never take them) and
    /// lowers them all.
    pub fn new(spec: &'a OpenAPI) -> Self {
        let mut lowerer = SchemaLowerer {
            spec,
            types: Vec::new(),
            components: HashMap::new(),
            type_names: Namespace::with_reserved(names::RESERVED_TYPE_NAMES),
            inline_cache: HashMap::new(),
            warnings: Vec::new(),
            reported_refs: HashSet::new(),
            depth: 0,
        };
        let Some(components) = &spec.components else {
            return lowerer;
        };
        for name in components.schemas.keys() {
            let pointer = format!("#/components/schemas/{}", pointer_token(name));
            let id = lowerer.new_type(&names::type_name(name), &pointer, None);
            lowerer.components.insert(name.as_str(), id);
        }
        for (name, schema) in &components.schemas {
            let id = lowerer.components[name.as_str()];
            let pointer = lowerer.types[id].pointer.clone();
            let type_name = lowerer.types[id].name.clone();
            let kind = match schema {
                ReferenceOr::Reference { reference } => {
                    TypeKind::Alias(lowerer.lower_ref(reference, &pointer).ty)
                }
                ReferenceOr::Item(schema) => {
                    lowerer.types[id].docs = docs_of(&SchemaView::of(schema), &type_name);
                    lowerer.define(schema, &type_name, &pointer)
                }
            };
            lowerer.types[id].kind = kind;
        }
        lowerer
    }

    pub fn warn(&mut self, pointer: &str, message: impl Into<String>) {
        self.warnings.push(Warning {
            pointer: pointer.to_string(),
            message: message.into(),
        });
    }

    /// Warns about the unresolvable `reference` at its first use only.
    pub fn warn_unresolved(&mut self, reference: &str, pointer: &str, message: impl Into<String>) {
        if self.reported_refs.insert(reference.to_string()) {
            self.warn(pointer, message);
        }
    }

    fn new_type(&mut self, wanted: &str, pointer: &str, docs: Option<String>) -> TypeId {
        let (name, renamed) = self.type_names.claim(wanted);
        let is_component = pointer
            .strip_prefix("#/components/schemas/")
            .is_some_and(|name| !name.contains('/'));
        if renamed && is_component {
            self.warn(
                pointer,
                format!("type name `{wanted}` is already taken; using `{name}`"),
            );
        }
        self.types.push(TypeDef {
            name,
            name_hint: None,
            pointer: pointer.to_string(),
            docs,
            kind: TypeKind::Alias(TypeRef::Json),
            usage: Usage::default(),
        });
        self.types.len() - 1
    }

    /// The component schema a local reference points to: the component the reference names
    /// (its type) and the schema at the end of any component-to-component aliases.
    fn resolve(&self, reference: &str) -> Option<(TypeId, &'a Schema)> {
        let name = refs::component_name(reference, "schemas").ok()?;
        let id = *self.components.get(name.as_str())?;
        let table = self.spec.components.as_ref().map(|c| &c.schemas);
        let start = table?.get(&name)?;
        refs::resolve(start, "schemas", table)
            .ok()
            .map(|schema| (id, schema))
    }

    fn lower_ref(&mut self, reference: &str, pointer: &str) -> Lowered {
        match self.resolve(reference) {
            Some((id, schema)) => Lowered {
                ty: TypeRef::Named(id),
                nullable: SchemaView::of(schema).nullable(),
            },
            None => {
                let problem = match refs::component_name(reference, "schemas") {
                    Err(message) if !reference.starts_with('#') => message,
                    _ => format!("dangling $ref `{reference}`"),
                };
                let message = format!("{problem}; using untyped JSON (serde_json::Value) instead");
                self.warn_unresolved(reference, pointer, message);
                Lowered {
                    ty: TypeRef::Json,
                    nullable: false,
                }
            }
        }
    }

    /// Lowers one use of a schema. `hint` names any type hoisted from it.
    pub fn lower(&mut self, schema: SchemaOrRef<'a>, hint: &str, pointer: &str) -> Lowered {
        match schema {
            SchemaOrRef::Ref(reference) => self.lower_ref(reference, pointer),
            SchemaOrRef::Schema(schema) => {
                if let Some(done) = self.inline_cache.get(pointer) {
                    return done.clone();
                }
                if self.depth >= MAX_DEPTH {
                    self.warn(
                        pointer,
                        "schema nesting is too deep; using untyped JSON (serde_json::Value)",
                    );
                    return Lowered {
                        ty: TypeRef::Json,
                        nullable: false,
                    };
                }
                self.depth += 1;
                let lowered = self.lower_inline(schema, hint, pointer);
                self.depth -= 1;
                self.inline_cache
                    .insert(pointer.to_string(), lowered.clone());
                lowered
            }
        }
    }

    fn lower_inline(&mut self, schema: &'a Schema, hint: &str, pointer: &str) -> Lowered {
        let view = SchemaView::of(schema);
        let nullable = view.nullable();
        let class = view.classify();
        let ty = match self.direct_type(&view, &class, hint, pointer) {
            Some(ty) => ty,
            None => {
                // An inline type whose name is taken (`Ticket` + `type` vs the `TicketType`
                // component) says what it is before resorting to a number.
                let kind = match class {
                    SchemaClass::Union { .. } | SchemaClass::ObjectUnion { .. } => "Union",
                    SchemaClass::StringEnum => "Enum",
                    _ => "Object",
                };
                let wanted = if self.type_names.contains(hint) {
                    format!("{hint}{kind}")
                } else {
                    hint.to_string()
                };
                let id = self.new_type(&wanted, pointer, None);
                self.types[id].name_hint = Some(hint.to_string());
                let name = self.types[id].name.clone();
                self.types[id].docs = docs_of(&view, &name);
                let kind = self.define_classified(&view, class, &name, pointer);
                self.types[id].kind = kind;
                TypeRef::Named(id)
            }
        };
        Lowered { ty, nullable }
    }

    /// The type of a schema that needs no named type of its own, or `None` when it does
    /// (objects, string enums, unions).
    fn direct_type(
        &mut self,
        view: &SchemaView<'a>,
        class: &SchemaClass<'a>,
        hint: &str,
        pointer: &str,
    ) -> Option<TypeRef> {
        match class {
            SchemaClass::Member {
                keyword,
                index,
                member,
            } => {
                let pointer = format!("{pointer}/{keyword}/{index}");
                return Some(self.lower(*member, hint, &pointer).ty);
            }
            SchemaClass::Untyped => return Some(TypeRef::Json),
            SchemaClass::Object
            | SchemaClass::Union { .. }
            | SchemaClass::ObjectUnion { .. }
            | SchemaClass::StringEnum => return None,
            SchemaClass::Value => {}
        }
        Some(match view.ty {
            Some("array") => {
                let item = match view.items {
                    Some(items) => {
                        let item_hint = format!("{hint}Item");
                        self.lower(items.into(), &item_hint, &format!("{pointer}/items"))
                            .ty
                    }
                    None => TypeRef::Json,
                };
                TypeRef::Array(Box::new(item))
            }
            Some("string") => TypeRef::String,
            Some("integer") if view.format.as_deref() == Some("int32") => TypeRef::Int32,
            Some("integer") => TypeRef::Int64,
            Some("number") => TypeRef::Float,
            Some("boolean") => TypeRef::Boolean,
            Some("object") => self.map_type(view.additional, hint, pointer),
            None if view.items.is_some() => {
                let items = view.items?;
                let item_hint = format!("{hint}Item");
                let item = self.lower(items.into(), &item_hint, &format!("{pointer}/items"));
                TypeRef::Array(Box::new(item.ty))
            }
            None if view.additional.is_some() => self.map_type(view.additional, hint, pointer),
            None => TypeRef::Json,
            Some(other) => {
                self.warn(
                    pointer,
                    format!("unknown schema type `{other}`; using untyped JSON"),
                );
                TypeRef::Json
            }
        })
    }

    fn map_type(
        &mut self,
        additional: Option<&'a AdditionalProperties>,
        hint: &str,
        pointer: &str,
    ) -> TypeRef {
        let value = match additional {
            Some(AdditionalProperties::Schema(schema)) => {
                let value_hint = format!("{hint}Value");
                let schema: &'a ReferenceOr<Schema> = schema;
                self.lower(
                    schema.into(),
                    &value_hint,
                    &format!("{pointer}/additionalProperties"),
                )
                .ty
            }
            _ => TypeRef::Json,
        };
        TypeRef::Map(Box::new(value))
    }

    /// Defines the named type for a component schema.
    fn define(&mut self, schema: &'a Schema, name: &str, pointer: &str) -> TypeKind {
        let view = SchemaView::of(schema);
        let class = view.classify();
        self.define_classified(&view, class, name, pointer)
    }

    /// The kind of the named type for a schema of `class`. An `allOf` of one member is a
    /// struct of its own here (named types keep their name and docs), not an alias.
    fn define_classified(
        &mut self,
        view: &SchemaView<'a>,
        class: SchemaClass<'a>,
        name: &str,
        pointer: &str,
    ) -> TypeKind {
        if let SchemaClass::ObjectUnion {
            keyword,
            alternatives,
        } = &class
        {
            let mut shared = ObjectParts::default();
            self.collect_object(view, pointer, &mut shared, &mut HashSet::new(), 0);
            return self.define_union(view, alternatives, keyword, name, pointer, Some(&shared));
        }
        if !view.all_of.is_empty() || matches!(class, SchemaClass::Object) {
            let mut parts = ObjectParts::default();
            let mut visited = HashSet::new();
            self.collect_object(view, pointer, &mut parts, &mut visited, 0);
            return TypeKind::Struct(self.fields(parts, name));
        }
        match class {
            SchemaClass::Union {
                keyword,
                alternatives,
            } => self.define_union(view, &alternatives, keyword, name, pointer, None),
            SchemaClass::StringEnum => match self.define_enum(view, pointer) {
                Some(kind) => kind,
                None => TypeKind::Alias(TypeRef::Json),
            },
            class => {
                let ty = self
                    .direct_type(view, &class, &format!("{name}Inner"), pointer)
                    .unwrap_or(TypeRef::Json);
                TypeKind::Alias(ty)
            }
        }
    }

    fn define_enum(&mut self, view: &SchemaView<'a>, pointer: &str) -> Option<TypeKind> {
        let given_names = self.enum_extension(view, "x-enum-varnames", pointer);
        let descriptions = self.enum_extension(view, "x-enum-descriptions", pointer);
        let mut seen = HashSet::new();
        // (value, the name to derive its variant's from, its description)
        let mut values: Vec<(&str, &str, Option<String>)> = Vec::new();
        for (index, value) in view.enumeration.iter().enumerate() {
            let Some(value) = value.as_str() else {
                continue;
            };
            if !seen.insert(value) {
                continue;
            }
            let given = given_names.as_ref().and_then(|n| n.get(index)?.as_str());
            let description = descriptions.as_ref().and_then(|d| d.get(index)?.as_str());
            values.push((
                value,
                given.unwrap_or(value),
                description.map(str::to_string),
            ));
        }
        let raws: Vec<&str> = values.iter().map(|(_, raw, _)| *raw).collect();
        let names = names::distinct_names(&raws, names::NameKind::Variant, &["Unknown"]);
        let mut variants: Vec<EnumVariant> = Vec::new();
        for ((value, _, docs), (name, shared)) in values.into_iter().zip(names) {
            if let Some(shared) = shared {
                let first = variants
                    .iter()
                    .find(|v| v.name == shared)
                    .map_or(String::new(), |v| format!(" {:?} and", v.value));
                self.warn(
                    pointer,
                    format!("enum values{first} {value:?} both map to variant `{shared}`; {value:?} is variant `{name}`"),
                );
            }
            variants.push(EnumVariant {
                name,
                value: value.to_string(),
                docs,
            });
        }
        (!variants.is_empty()).then_some(TypeKind::Enum(variants))
    }

    /// The list an `x-enum-varnames` / `x-enum-descriptions` extension gives, one entry per
    /// value of `enum`; one of another length is reported and ignored.
    fn enum_extension(
        &mut self,
        view: &SchemaView<'a>,
        key: &str,
        pointer: &str,
    ) -> Option<&'a Vec<serde_json::Value>> {
        let value = view.data.extensions.get(key)?;
        let Some(list) = value.as_array() else {
            self.warn(
                &format!("{pointer}/{key}"),
                format!("`{key}` is not a list; ignoring it"),
            );
            return None;
        };
        if list.len() != view.enumeration.len() {
            self.warn(
                &format!("{pointer}/{key}"),
                format!(
                    "`{key}` has {} entries for {} values of `enum`; ignoring it",
                    list.len(),
                    view.enumeration.len()
                ),
            );
            return None;
        }
        Some(list)
    }

    /// Collects properties and required names, merging `allOf` members (resolving
    /// references, guarding against cycles).
    fn collect_object(
        &mut self,
        view: &SchemaView<'a>,
        pointer: &str,
        parts: &mut ObjectParts<'a>,
        visited: &mut HashSet<TypeId>,
        depth: usize,
    ) {
        if depth > MAX_DEPTH {
            self.warn(pointer, "allOf nesting is too deep; ignoring the rest");
            return;
        }
        for (index, member) in members(view.all_of) {
            let member_pointer = format!("{pointer}/allOf/{index}");
            match member {
                SchemaOrRef::Ref(reference) => match self.resolve(reference) {
                    Some((id, schema)) => {
                        if !visited.insert(id) {
                            self.warn(
                                &member_pointer,
                                format!("allOf cycle through `{reference}`; ignoring the repeat"),
                            );
                            continue;
                        }
                        let target_pointer = self.types[id].pointer.clone();
                        self.collect_object(
                            &SchemaView::of(schema),
                            &target_pointer,
                            parts,
                            visited,
                            depth + 1,
                        );
                    }
                    None => {
                        self.warn(
                            &member_pointer,
                            format!(
                                "dangling $ref `{reference}` in allOf; its properties are missing"
                            ),
                        );
                    }
                },
                SchemaOrRef::Schema(schema) => {
                    self.collect_object(
                        &SchemaView::of(schema),
                        &member_pointer,
                        parts,
                        visited,
                        depth + 1,
                    );
                }
            }
        }
        for (name, property) in &view.properties {
            let property_pointer = format!("{pointer}/properties/{}", pointer_token(name));
            parts
                .properties
                .insert(name, ((*property).into(), property_pointer));
        }
        parts
            .required
            .extend(view.required.iter().map(String::as_str));
    }

    fn fields(&mut self, parts: ObjectParts<'a>, struct_name: &str) -> Vec<Field> {
        let json_names: Vec<&str> = parts.properties.keys().copied().collect();
        let field_names = names::distinct_names(
            &json_names,
            names::NameKind::Field,
            names::RESERVED_FIELD_NAMES,
        );
        let mut fields = Vec::new();
        for ((json_name, (schema, pointer)), (name, shared)) in
            parts.properties.into_iter().zip(field_names)
        {
            let hint = format!("{struct_name}{}", names::type_name_part(json_name));
            let pinned = if json_name == PINNED_PROPERTY {
                self.pinned_value(schema)
            } else {
                None
            };
            // A `type` pinned to one value is a plain string the constructor fills in, not a
            // one-value enum of its own.
            let lowered = match (&pinned, schema) {
                (Some(_), SchemaOrRef::Schema(inline)) => Lowered {
                    ty: TypeRef::String,
                    nullable: SchemaView::of(inline).nullable(),
                },
                _ => self.lower(schema, &hint, &pointer),
            };
            let (docs, deprecated) = match schema {
                SchemaOrRef::Schema(schema) => (
                    schema.schema_data.description.clone(),
                    schema.schema_data.deprecated,
                ),
                SchemaOrRef::Ref(_) => (None, false),
            };
            if let Some(wanted) = shared {
                let first = fields
                    .iter()
                    .find(|f: &&Field| f.name == wanted)
                    .map_or(" with a name the generator reserves".to_string(), |f| {
                        format!(" with {:?}", f.json_name)
                    });
                self.warn(
                    &pointer,
                    format!("property {json_name:?} collides{first} as field `{wanted}`; this one is field `{name}`"),
                );
            }
            fields.push(Field {
                name,
                json_name: json_name.to_string(),
                docs,
                ty: lowered.ty,
                required: parts.required.contains(json_name),
                nullable: lowered.nullable,
                boxed: false,
                deprecated,
                pinned,
            });
        }
        fields
    }

    /// The value a `type` property's schema pins: its one enumerated string, or the value
    /// its description gives as "Always `x`" (checked against its example and default, when
    /// it has them).
    fn pinned_value(&self, schema: SchemaOrRef<'a>) -> Option<String> {
        let schema = match schema {
            SchemaOrRef::Schema(schema) => schema,
            SchemaOrRef::Ref(reference) => self.resolve(reference)?.1,
        };
        let view = SchemaView::of(schema);
        if !matches!(view.ty, None | Some("string")) {
            return None;
        }
        let values: Vec<&serde_json::Value> =
            view.enumeration.iter().filter(|v| !v.is_null()).collect();
        match values.as_slice() {
            [only] => return only.as_str().map(str::to_string),
            [] => {}
            _ => return None,
        }
        let (value, quoted) = always_value(view.data.description.as_deref()?)?;
        let stated: Vec<&str> = [view.data.example.as_ref(), view.data.default.as_ref()]
            .into_iter()
            .flatten()
            .map(|v| v.as_str().unwrap_or_default())
            .collect();
        // An unquoted word ("always returned") is only taken when an example says the same.
        let confirmed = stated.iter().all(|s| *s == value) && (quoted || !stated.is_empty());
        confirmed.then_some(value)
    }
}

/// The only value an enum schema allows, when it allows one string.
fn one_value(schema: &Schema) -> Option<String> {
    let view = SchemaView::of(schema);
    let mut values = view.enumeration.iter().filter(|v| !v.is_null());
    match (values.next(), values.next()) {
        (Some(only), None) => only.as_str().map(str::to_string),
        _ => None,
    }
}

/// The property whose one allowed value names the object's type.
const PINNED_PROPERTY: &str = "type";

/// The value after "always" in a description (`Always `ticket`.`, "Always has the value
/// `admin`", "always contact"), and whether it was quoted.
fn always_value(description: &str) -> Option<(String, bool)> {
    let lower = description.to_ascii_lowercase();
    let start = lower.find("always")? + "always".len();
    let rest = description.get(start..)?.trim_start();
    let rest = match rest.get(..14) {
        Some(head) if head.eq_ignore_ascii_case("has the value ") => rest.get(14..)?,
        _ => rest,
    };
    let (rest, quoted) = match rest.strip_prefix('`') {
        Some(inner) => (inner.split('`').next()?, true),
        None => (rest, false),
    };
    let value: &str = rest
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '.'))
        .next()?
        .trim_end_matches('.');
    let valid = !value.is_empty()
        && value
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'.');
    valid.then(|| (value.to_string(), quoted))
}

/// Doc text of a schema: its description, preceded by its title when that says more than the
/// type name.
fn docs_of(view: &SchemaView<'_>, type_name: &str) -> Option<String> {
    let title = view
        .data
        .title
        .as_deref()
        .filter(|title| names::type_name(title) != type_name && !title.trim().is_empty());
    match (title, view.data.description.as_deref()) {
        (Some(title), Some(description)) => Some(format!("{title}\n\n{description}")),
        (Some(title), None) => Some(title.to_string()),
        (None, Some(description)) => Some(description.to_string()),
        (None, None) => None,
    }
}
