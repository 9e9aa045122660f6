//! Unions: `oneOf`/`anyOf` alternatives become variants, each with the shape that tells it
//! apart in a JSON value (its kind, required and known properties, tag values), and an object
//! with both properties and alternatives becomes a union of merged structs.

use std::collections::{BTreeSet, HashSet};

use openapiv3::ReferenceOr;

use super::{docs_of, kind_word, one_value, Lowered, ObjectParts, SchemaLowerer, MAX_DEPTH};
use crate::lower::view::{SchemaClass, SchemaOrRef, SchemaView};
use crate::model::{JsonKind, Shape, TypeKind, TypeRef, Union, UnionVariant};
use crate::names::{self, Namespace};

impl<'a> SchemaLowerer<'a> {
    /// A union of `alternatives`. With `shared` properties (an object that has both
    /// properties and alternatives), each variant is a struct of the shared properties and
    /// the alternative's, and an alternative that is itself a union is distributed the same
    /// way.
    pub(super) fn define_union(
        &mut self,
        view: &SchemaView<'a>,
        alternatives: &[(usize, SchemaOrRef<'a>)],
        keyword: &str,
        name: &str,
        pointer: &str,
        shared: Option<&ObjectParts<'a>>,
    ) -> TypeKind {
        let discriminator = view.data.discriminator.as_ref();
        let mut variant_names = Namespace::with_reserved(&["Unknown"]);
        let mut variants = Vec::new();
        for (index, alternative) in alternatives {
            let alternative_pointer = format!("{pointer}/{keyword}/{index}");
            let (shape, title) = self.shape_of(*alternative);
            let wanted = match alternative {
                SchemaOrRef::Ref(reference) => match self.resolve(reference) {
                    Some((id, _)) => self.types[id].name.clone(),
                    None => "Value".to_string(),
                },
                SchemaOrRef::Schema(schema) => match (title, one_value(schema)) {
                    (Some(title), _) => names::variant_name(&title),
                    // A constant among constants is named by its value, not its JSON kind.
                    (None, Some(value)) => names::variant_name(&value),
                    (None, None) if shape.kind == JsonKind::Object => {
                        format!("Variant{}", index + 1)
                    }
                    (None, None) => kind_word(shape.kind).to_string(),
                },
            };
            let (variant_name, _) = variant_names.claim(&wanted);
            let hint = format!("{name}{variant_name}");
            let lowered = match shared {
                None => self.lower(*alternative, &hint, &alternative_pointer),
                Some(shared) => Lowered {
                    ty: self.define_merged(shared, *alternative, &hint, &alternative_pointer),
                    nullable: false,
                },
            };
            let mut shape = shape;
            if let (Some(discriminator), SchemaOrRef::Ref(reference)) = (discriminator, alternative)
            {
                let mapped: Vec<&String> = discriminator
                    .mapping
                    .iter()
                    .filter(|(_, target)| target.as_str() == *reference)
                    .map(|(value, _)| value)
                    .collect();
                if mapped.is_empty() {
                    if let Some(schema_name) = reference.rsplit('/').next() {
                        shape.tags.insert(schema_name.to_string());
                    }
                } else {
                    shape.tags.extend(mapped.into_iter().cloned());
                }
            }
            variants.push(UnionVariant {
                name: variant_name,
                ty: lowered.ty,
                boxed: false,
                shape,
            });
        }
        let tag_property = match discriminator {
            Some(discriminator) => Some(discriminator.property_name.clone()),
            None => self.infer_tag(alternatives, &mut variants),
        };
        TypeKind::Union(Union {
            variants,
            tag_property,
        })
    }

    /// The type of one variant of an object with alternatives: the shared properties merged
    /// with the alternative's, or, for an alternative that has alternatives of its own, a
    /// union of such structs.
    pub(super) fn define_merged(
        &mut self,
        shared: &ObjectParts<'a>,
        alternative: SchemaOrRef<'a>,
        hint: &str,
        pointer: &str,
    ) -> TypeRef {
        let resolved = match alternative {
            SchemaOrRef::Schema(schema) => Some((schema, pointer.to_string())),
            SchemaOrRef::Ref(reference) => {
                let target = self.resolve(reference);
                if target.is_none() {
                    self.warn(
                        pointer,
                        format!("dangling $ref `{reference}`; this alternative has only the shared properties"),
                    );
                }
                target.map(|(id, schema)| (schema, self.types[id].pointer.clone()))
            }
        };
        if self.depth >= MAX_DEPTH {
            self.warn(pointer, "alternatives nest too deep; using untyped JSON");
            return TypeRef::Json;
        }
        let id = self.new_type(hint, pointer, None);
        let name = self.types[id].name.clone();
        let mut parts = shared.clone();
        self.depth += 1;
        let kind = match resolved {
            Some((schema, schema_pointer)) => {
                let view = SchemaView::of(schema);
                self.types[id].docs = docs_of(&view, &name);
                self.collect_object(&view, &schema_pointer, &mut parts, &mut HashSet::new(), 0);
                match view.classify() {
                    SchemaClass::Union {
                        keyword,
                        alternatives,
                    }
                    | SchemaClass::ObjectUnion {
                        keyword,
                        alternatives,
                    } => self.define_union(
                        &view,
                        &alternatives,
                        keyword,
                        &name,
                        &schema_pointer,
                        Some(&parts),
                    ),
                    _ => TypeKind::Struct(self.fields(parts, &name)),
                }
            }
            None => TypeKind::Struct(self.fields(parts, &name)),
        };
        self.depth -= 1;
        self.types[id].kind = kind;
        TypeRef::Named(id)
    }

    /// Without a discriminator, a property that every object alternative fixes to its own
    /// single value (e.g. `type: {enum: [ticket]}`) serves as one.
    pub(super) fn infer_tag(
        &self,
        alternatives: &[(usize, SchemaOrRef<'a>)],
        variants: &mut [UnionVariant],
    ) -> Option<String> {
        let mut candidates: Option<Vec<(String, Vec<String>)>> = None;
        for (_, alternative) in alternatives {
            let schema = match alternative {
                SchemaOrRef::Ref(reference) => self.resolve(reference)?.1,
                SchemaOrRef::Schema(schema) => schema,
            };
            let view = SchemaView::of(schema);
            let fixed: Vec<(String, Vec<String>)> = view
                .properties
                .iter()
                .filter_map(|(name, property)| {
                    let property = match SchemaOrRef::from(*property) {
                        SchemaOrRef::Schema(schema) => schema,
                        SchemaOrRef::Ref(reference) => self.resolve(reference)?.1,
                    };
                    let values: Vec<String> = SchemaView::of(property)
                        .enumeration
                        .iter()
                        .filter_map(|v| v.as_str().map(str::to_string))
                        .collect();
                    (!values.is_empty()).then(|| (name.to_string(), values))
                })
                .collect();
            candidates = Some(match candidates {
                None => fixed,
                Some(previous) => previous
                    .into_iter()
                    .filter(|(name, _)| fixed.iter().any(|(other, _)| other == name))
                    .collect(),
            });
        }
        let property = candidates?.into_iter().next()?.0;
        // Record each alternative's values of that property, and require they are distinct.
        let mut all_values = HashSet::new();
        let mut per_variant = Vec::new();
        for (_, alternative) in alternatives {
            let schema = match alternative {
                SchemaOrRef::Ref(reference) => self.resolve(reference)?.1,
                SchemaOrRef::Schema(schema) => schema,
            };
            let view = SchemaView::of(schema);
            let (_, property_schema) = view.properties.iter().find(|(n, _)| *n == property)?;
            let property_schema = match SchemaOrRef::from(*property_schema) {
                SchemaOrRef::Schema(schema) => schema,
                SchemaOrRef::Ref(reference) => self.resolve(reference)?.1,
            };
            let values: BTreeSet<String> = SchemaView::of(property_schema)
                .enumeration
                .iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect();
            if !values.iter().all(|v| all_values.insert(v.clone())) {
                return None;
            }
            per_variant.push(values);
        }
        for (variant, values) in variants.iter_mut().zip(per_variant) {
            variant.shape.tags = values;
        }
        Some(property)
    }

    /// The JSON shape an alternative accepts, and its title.
    pub(super) fn shape_of(&self, alternative: SchemaOrRef<'a>) -> (Shape, Option<String>) {
        let mut members = Vec::new();
        let (mut shape, title) = self.shape_at(alternative, false, Some(&mut members));
        for (name, property) in members {
            let (inner, _) = self.shape_at(property, false, None);
            let is_object = matches!(inner.kind, JsonKind::Object | JsonKind::Array);
            if is_object && !inner.properties.is_empty() {
                shape.nested.push((name.to_string(), inner.properties));
            }
        }
        shape.nested.sort();
        shape.nested.dedup_by(|a, b| a.0 == b.0);
        (shape, title)
    }

    /// [`Self::shape_of`]; an array's items are looked into only at the top (`nested` is
    /// false), so an array of arrays of itself cannot recurse. The schemas of its properties
    /// go to `members` when given.
    pub(super) fn shape_at(
        &self,
        alternative: SchemaOrRef<'a>,
        nested: bool,
        mut members: Option<&mut Vec<(&'a str, SchemaOrRef<'a>)>>,
    ) -> (Shape, Option<String>) {
        let mut shape = Shape {
            kind: JsonKind::Any,
            required: Vec::new(),
            properties: Vec::new(),
            nested: Vec::new(),
            tags: BTreeSet::new(),
        };
        let schema = match alternative {
            SchemaOrRef::Schema(schema) => schema,
            SchemaOrRef::Ref(reference) => match self.resolve(reference) {
                Some((_, schema)) => schema,
                None => return (shape, None),
            },
        };
        let title = schema.schema_data.title.clone();
        let mut stack = vec![schema];
        let mut items = None;
        let mut seen = 0;
        while let Some(schema) = stack.pop() {
            seen += 1;
            if seen > MAX_DEPTH {
                break;
            }
            let view = SchemaView::of(schema);
            let kind = match view.ty {
                Some("string") => JsonKind::String,
                Some("integer") => JsonKind::Integer,
                Some("number") => JsonKind::Number,
                Some("boolean") => JsonKind::Boolean,
                Some("array") => JsonKind::Array,
                Some("object") => JsonKind::Object,
                _ if !view.properties.is_empty() || view.additional.is_some() => JsonKind::Object,
                _ if view.items.is_some() => JsonKind::Array,
                _ => JsonKind::Any,
            };
            if shape.kind == JsonKind::Any {
                shape.kind = kind;
            }
            items = items.or(view.items);
            shape
                .properties
                .extend(view.properties.iter().map(|(name, _)| name.to_string()));
            if let Some(members) = members.as_deref_mut() {
                members.extend(
                    view.properties
                        .iter()
                        .map(|(name, property)| (*name, SchemaOrRef::from(*property))),
                );
            }
            shape.required.extend(view.required.iter().cloned());
            for member in view.all_of {
                match member {
                    ReferenceOr::Item(schema) => stack.push(schema),
                    ReferenceOr::Reference { reference } => {
                        if let Some((_, schema)) = self.resolve(reference) {
                            stack.push(schema);
                        }
                    }
                }
            }
        }
        if !shape.properties.is_empty() && shape.kind == JsonKind::Any {
            shape.kind = JsonKind::Object;
        }
        // An array of objects is told apart from another array by its items' properties
        // (a list of single filters versus a list of nested groups).
        if let (JsonKind::Array, Some(items), false) = (shape.kind, items, nested) {
            let (item, _) = self.shape_at(items.into(), true, None);
            if item.kind == JsonKind::Object {
                shape.properties = item.properties;
                shape.required = item.required;
            }
        }
        shape.properties.sort();
        shape.properties.dedup();
        shape.required.sort();
        shape.required.dedup();
        (shape, title)
    }
}
