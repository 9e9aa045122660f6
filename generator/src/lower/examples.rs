//! Checking the spec's examples against the model. Where an example contradicts its schema
//! in a way lenient decoding cannot absorb (an object where a string is declared, a word
//! where an integer is declared), the field is widened to untyped JSON with a warning: the
//! spec's own examples are evidence of what the API sends.

use serde_json::Value;

use crate::diagnostics::Warning;
use crate::model::{ApiModel, TypeId, TypeKind, TypeRef};

/// A field that an example contradicts.
struct Conflict {
    type_id: TypeId,
    field: usize,
    path: String,
}

/// What a walk over an example finds.
#[derive(Default)]
struct Found {
    /// Fields the example contradicts.
    conflicts: Vec<Conflict>,
    /// Where the example has a value its string enum does not list (kept as `Unknown`).
    unknown_enum_values: Vec<String>,
    /// Where the example has `null` for an optional property that does not allow it.
    disallowed_nulls: Vec<String>,
}

/// Where a value sits in an example (`$.data[0].id`), built as a chain on the stack and only
/// written out for a conflict.
#[derive(Clone, Copy)]
enum Path<'a> {
    Root,
    Property(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl Path<'_> {
    fn render(&self) -> String {
        match self {
            Path::Root => "$".to_string(),
            Path::Property(parent, name) => format!("{}.{name}", parent.render()),
            Path::Index(parent, index) => format!("{}[{index}]", parent.render()),
        }
    }
}

/// Whether `value` decodes as `ty` the way the generated crate decodes it; fields that do
/// not, and unknown enum values, are recorded in `found`.
fn fits(
    model: &ApiModel,
    ty: &TypeRef,
    value: &Value,
    path: &Path<'_>,
    found: &mut Found,
    depth: usize,
) -> bool {
    if depth > 64 {
        return true;
    }
    // The generated crate decodes through a lenient deserializer: `null` is the default
    // value and scalars convert where the text allows.
    if value.is_null() {
        return true;
    }
    match ty {
        TypeRef::Json | TypeRef::File => true,
        TypeRef::String => !value.is_array() && !value.is_object(),
        TypeRef::Int32 | TypeRef::Int64 => match value {
            Value::Number(n) => {
                n.is_i64() || n.is_u64() || n.as_f64().is_some_and(|f| f.fract() == 0.0)
            }
            Value::String(s) => s.trim().parse::<i64>().is_ok(),
            _ => false,
        },
        TypeRef::Float => match value {
            Value::Number(_) => true,
            Value::String(s) => s.trim().parse::<f64>().is_ok(),
            _ => false,
        },
        TypeRef::Boolean => value.is_boolean() || matches!(value.as_str(), Some("true" | "false")),
        TypeRef::Array(inner) => match value {
            Value::Array(items) => items.iter().enumerate().fold(true, |ok, (index, item)| {
                let item_path = Path::Index(path, index);
                fits(model, inner, item, &item_path, found, depth + 1) && ok
            }),
            _ => false,
        },
        TypeRef::Map(inner) => match value {
            Value::Object(entries) => entries.iter().fold(true, |ok, (key, item)| {
                let item_path = Path::Property(path, key);
                fits(model, inner, item, &item_path, found, depth + 1) && ok
            }),
            _ => false,
        },
        TypeRef::Named(id) => {
            let Some(def) = model.types.get(*id) else {
                return true;
            };
            match &def.kind {
                TypeKind::Alias(inner) => fits(model, inner, value, path, found, depth + 1),
                TypeKind::Enum(variants) => match value.as_str() {
                    Some(text) => {
                        if !variants.iter().any(|v| v.value == text) {
                            found.unknown_enum_values.push(path.render());
                        }
                        true
                    }
                    None => false,
                },
                // Unions fall back to `Unknown(Value)`.
                TypeKind::Union(_) => true,
                TypeKind::Struct(fields) => match value {
                    Value::Object(object) => {
                        if !model.is_object_of(fields, object) {
                            return false;
                        }
                        for (index, field) in fields.iter().enumerate() {
                            let Some(item) = object.get(&field.json_name) else {
                                continue;
                            };
                            let field_path = Path::Property(path, &field.json_name);
                            if item.is_null() && !field.nullable && !field.required {
                                found.disallowed_nulls.push(field_path.render());
                            }
                            let field_fits =
                                fits(model, &field.ty, item, &field_path, found, depth + 1);
                            if !field_fits {
                                found.conflicts.push(Conflict {
                                    type_id: *id,
                                    field: index,
                                    path: field_path.render(),
                                });
                            }
                        }
                        true
                    }
                    _ => false,
                },
            }
        }
    }
}

/// Widens every field an example contradicts to `serde_json::Value`, returning a warning per
/// field. Examples that still do not fit at their root are left for the example test to
/// report.
pub(crate) fn widen_contradicted_fields(model: &mut ApiModel) -> Vec<Warning> {
    let mut warnings = Vec::new();
    // Widening only makes types accept more, so an example that fits keeps fitting: each
    // round re-checks just the examples the previous one found contradicting. The bound keeps
    // it linear on hostile input.
    let mut unsettled: Vec<usize> = (0..model.examples.len()).collect();
    for _ in 0..8 {
        let mut found = Found::default();
        let mut labels = Vec::new();
        let mut contradicting = Vec::new();
        for &index in &unsettled {
            let example = &model.examples[index];
            let before = found.conflicts.len();
            fits(
                model,
                &example.ty,
                &example.value,
                &Path::Root,
                &mut found,
                0,
            );
            let new = found.conflicts.len() - before;
            if new > 0 {
                contradicting.push(index);
                labels.extend(std::iter::repeat_n(example.label.clone(), new));
            }
        }
        if found.conflicts.is_empty() {
            break;
        }
        unsettled = contradicting;
        for (conflict, label) in found.conflicts.into_iter().zip(labels) {
            let Some(def) = model.types.get_mut(conflict.type_id) else {
                continue;
            };
            let TypeKind::Struct(fields) = &mut def.kind else {
                continue;
            };
            let Some(field) = fields.get_mut(conflict.field) else {
                continue;
            };
            if field.ty == TypeRef::Json {
                continue;
            }
            field.ty = TypeRef::Json;
            warnings.push(Warning {
                pointer: format!("{}/properties/{}", def.pointer, field.json_name),
                message: format!(
                    "the spec's example ({label}, at {}) contradicts this property's schema; the field is typed serde_json::Value",
                    conflict.path
                ),
            });
        }
    }
    warnings
}

/// Leaves out of the example test, with a warning, every example that is not an object of its
/// declared type at all (the decoder rightly rejects it): one that is not an object, one whose
/// pinned `type` names another object, or one that carries none of the properties of a type
/// that requires some or pins its `type`. The official descriptions have a few (a `{"customers": …}` example for a
/// conversation).
pub(crate) fn drop_wrong_objects(model: &mut ApiModel) -> Vec<Warning> {
    let mut warnings = Vec::new();
    let wrong: Vec<bool> = model
        .examples
        .iter()
        .map(|example| {
            let TypeRef::Named(id) = &example.ty else {
                return false;
            };
            let Some((_, _, fields)) = model.struct_def(*id) else {
                return false;
            };
            // A string, number, list… where an object is declared (such as the object's JSON
            // text quoted as a string) is no example of it.
            let Some(object) = example.value.as_object() else {
                return !example.value.is_null();
            };
            let pinned = fields
                .iter()
                .find_map(|field| Some((field, model.pinned_value(field)?)));
            if let Some((field, value)) = pinned {
                if let Some(received) = object.get(&field.json_name).and_then(|v| v.as_str()) {
                    if received != value {
                        return true;
                    }
                }
            }
            let needs_known = pinned.is_some() || fields.iter().any(|f| f.required);
            needs_known
                && !object
                    .keys()
                    .any(|key| fields.iter().any(|f| &f.json_name == key))
        })
        .collect();
    let mut index = 0;
    model.examples.retain(|example| {
        let keep = !wrong[index];
        index += 1;
        if !keep {
            let (name, pointer) = match &example.ty {
                TypeRef::Named(id) => model
                    .types
                    .get(*id)
                    .map(|def| (def.name.clone(), def.pointer.clone()))
                    .unwrap_or_default(),
                _ => Default::default(),
            };
            warnings.push(Warning {
                pointer,
                message: format!(
                    "the spec's example ({}) is not a `{name}` at all; it is left out of the example test",
                    example.label
                ),
            });
        }
        keep
    });
    warnings
}

/// Records, per example, where leniency applies that re-encoding cannot show: an enum value
/// the spec does not list (kept as `Unknown`, given back unchanged) and `null` for an
/// optional property that does not allow it (read as absent, like an allowed `null`).
pub(crate) fn note_invisible_leniency(model: &mut ApiModel) {
    let notes: Vec<Found> = model
        .examples
        .iter()
        .map(|example| {
            let mut found = Found::default();
            fits(
                model,
                &example.ty,
                &example.value,
                &Path::Root,
                &mut found,
                0,
            );
            found
        })
        .collect();
    for (example, found) in model.examples.iter_mut().zip(notes) {
        example.unknown_enum_values = found.unknown_enum_values;
        example.disallowed_nulls = found.disallowed_nulls;
    }
}
