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
/// not are recorded in `conflicts`.
fn fits(
    model: &ApiModel,
    ty: &TypeRef,
    value: &Value,
    path: &Path<'_>,
    conflicts: &mut Vec<Conflict>,
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
                fits(model, inner, item, &item_path, conflicts, depth + 1) && ok
            }),
            _ => false,
        },
        TypeRef::Map(inner) => match value {
            Value::Object(entries) => entries.iter().fold(true, |ok, (key, item)| {
                let item_path = Path::Property(path, key);
                fits(model, inner, item, &item_path, conflicts, depth + 1) && ok
            }),
            _ => false,
        },
        TypeRef::Named(id) => {
            let Some(def) = model.types.get(*id) else {
                return true;
            };
            match &def.kind {
                TypeKind::Alias(inner) => fits(model, inner, value, path, conflicts, depth + 1),
                TypeKind::Enum(_) => value.is_string(),
                // Unions fall back to `Unknown(Value)`.
                TypeKind::Union(_) => true,
                TypeKind::Struct(fields) => match value {
                    Value::Object(object) => {
                        for (index, field) in fields.iter().enumerate() {
                            let Some(item) = object.get(&field.json_name) else {
                                continue;
                            };
                            let field_path = Path::Property(path, &field.json_name);
                            let field_fits =
                                fits(model, &field.ty, item, &field_path, conflicts, depth + 1);
                            if !field_fits {
                                conflicts.push(Conflict {
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
        let mut conflicts = Vec::new();
        let mut labels = Vec::new();
        let mut contradicting = Vec::new();
        for &index in &unsettled {
            let example = &model.examples[index];
            let before = conflicts.len();
            fits(
                model,
                &example.ty,
                &example.value,
                &Path::Root,
                &mut conflicts,
                0,
            );
            let found = conflicts.len() - before;
            if found > 0 {
                contradicting.push(index);
                labels.extend(std::iter::repeat_n(example.label.clone(), found));
            }
        }
        if conflicts.is_empty() {
            break;
        }
        unsettled = contradicting;
        for (conflict, label) in conflicts.into_iter().zip(labels) {
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
