//! How a generated struct is built: `new` takes the required fields as arguments and fills in
//! the ones the spec pins (`type: admin`); every other field starts as `None` and has a
//! chainable setter named after it (`CreateTicketRequest::new(type_id, contacts).company_id(…)`).
//!
//! Structs are `#[non_exhaustive]`, so this is the only way to build one outside the crate: a
//! new optional field is then an addition, not a break, and a required field cannot be
//! forgotten. `Default` exists only where `new` takes no argument.

use crate::model::{ApiModel, Field, TypeKind, TypeRef};
use crate::names::Namespace;
use crate::plan::{resolved, value_type, FieldPlan, FieldShape, RustType};

/// How a field gets its value when the struct is built.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldInit {
    /// A required field: an argument of `new`, named like the field.
    Argument(Input),
    /// The one value the spec allows (`type: admin`, a one-value enum): filled in by `new`,
    /// never asked for.
    Pinned(String),
    /// Left `None` by `new`; the chainable setter of this name sets it.
    Setter(String, Input),
    /// Left `None` by `new` of a type only responses use, which has no setters (tests that
    /// build one assign its public fields): a setter per received field would double the
    /// crate's code for what no request sends.
    Unset,
}

/// What an argument or setter accepts and how it becomes the field's value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    /// What is accepted: one value, items or entries.
    pub kind: InputKind,
    /// The type converted into: the value's, the items' or the entries' values' type.
    pub target: RustType,
    /// The value is boxed after conversion (a recursive field).
    pub boxed: bool,
}

/// The shape of what an argument or setter accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    /// `impl Into<T>`.
    Value,
    /// A list from any iterable of convertible items: `impl IntoIterator<Item = impl Into<T>>`
    /// (arrays, `Vec`s, iterators).
    Items,
    /// A map from any iterable of pairs: `impl IntoIterator<Item = (impl Into<String>, impl
    /// Into<T>)>`.
    Entries,
}

/// Method names a setter must not take: the constructor, and the methods of the traits the
/// generated structs implement or that every type has (`clone`, `into`, `fmt`, …). An inherent
/// method shadows a trait method of the same name, so `ticket.clone()` would stop compiling.
const RESERVED_SETTERS: &[&str] = &[
    "new",
    "clone",
    "clone_from",
    "clone_into",
    "to_owned",
    "fmt",
    "default",
    "serialize",
    "deserialize",
    "into",
    "try_into",
    "from",
    "try_from",
    "borrow",
    "borrow_mut",
    "type_id",
    "eq",
    "ne",
    "hash",
    "to_string",
    "blank",
    "read_field",
    "next_page",
    "item_count",
    "into_items",
    // Names clippy's `should_implement_trait` reserves for the operator and conversion traits.
    "add",
    "sub",
    "mul",
    "div",
    "rem",
    "neg",
    "not",
    "shl",
    "shr",
    "bitand",
    "bitor",
    "bitxor",
    "next",
    "deref",
    "deref_mut",
    "index",
    "index_mut",
    "from_str",
    "from_iter",
    "as_ref",
    "as_mut",
    "cmp",
    "partial_cmp",
    "drop",
];

/// What the value of `field`, planned as `plan`, is built from: lists and maps (aliases
/// followed) from iterables, anything else from a value that converts into it.
fn input(model: &ApiModel, names: &[String], field: &Field, plan: &FieldPlan) -> Input {
    if plan.shape == FieldShape::ThreeState {
        return Input {
            kind: InputKind::Value,
            target: RustType::Nullable(Box::new(plan.value.clone())),
            boxed: false,
        };
    }
    let (value, boxed) = match &plan.value {
        RustType::Boxed(inner) => (inner.as_ref().clone(), true),
        other => (other.clone(), false),
    };
    let (kind, target) = match resolved(model, &field.ty) {
        TypeRef::Array(item) => (InputKind::Items, value_type(names, item)),
        TypeRef::Map(entry) => (InputKind::Entries, value_type(names, entry)),
        _ => (InputKind::Value, value),
    };
    Input {
        kind,
        target,
        boxed,
    }
}

/// The one value a field can hold: the `type` the schema pins, or the only value of a
/// one-value enum (`message_type: close`).
fn only_value<'m>(model: &'m ApiModel, field: &'m Field) -> Option<&'m str> {
    if let Some(pinned) = model.pinned_value(field) {
        return Some(pinned);
    }
    let TypeRef::Named(id) = resolved(model, &field.ty) else {
        return None;
    };
    match &model.types.get(*id)?.kind {
        TypeKind::Enum(variants) => match variants.as_slice() {
            [only] => Some(only.value.as_str()),
            _ => None,
        },
        _ => None,
    }
}

/// How each field of a struct is initialised, by index of `fields`; `sent` when requests use
/// the struct (only those get setters).
pub(super) fn field_inits(
    model: &ApiModel,
    names: &[String],
    sent: bool,
    fields: &[Field],
    plans: &[FieldPlan],
) -> Vec<FieldInit> {
    let mut setters = Namespace::with_reserved(RESERVED_SETTERS);
    let optional = |field: &Field| !field.required && only_value(model, field).is_none();
    for field in fields.iter().filter(|f| optional(f)) {
        if !RESERVED_SETTERS.contains(&field.name.as_str()) {
            setters.claim(&field.name);
        }
    }
    fields
        .iter()
        .zip(plans)
        .map(|(field, plan)| {
            if let Some(value) = only_value(model, field) {
                return FieldInit::Pinned(value.to_string());
            }
            let input = input(model, names, field, plan);
            if field.required {
                FieldInit::Argument(input)
            } else if !sent {
                FieldInit::Unset
            } else if RESERVED_SETTERS.contains(&field.name.as_str()) {
                FieldInit::Setter(setters.claim(&format!("with_{}", field.name)).0, input)
            } else {
                FieldInit::Setter(field.name.clone(), input)
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(name: &str, required: bool, pinned: Option<&str>) -> Field {
        Field {
            name: name.to_string(),
            json_name: name.trim_end_matches('_').to_string(),
            docs: None,
            ty: TypeRef::String,
            required,
            nullable: false,
            boxed: false,
            deprecated: false,
            pinned: pinned.map(str::to_string),
        }
    }

    #[test]
    fn required_fields_are_arguments_pinned_ones_filled_and_setters_never_shadow_traits() {
        let fields = vec![
            field("type_", true, Some("admin")),
            field("admin_id", true, None),
            field("clone", false, None),
            field("with_clone", false, None),
            field("body", false, None),
        ];
        let plans: Vec<FieldPlan> = fields
            .iter()
            .map(|f| FieldPlan {
                shape: if f.required {
                    FieldShape::Plain
                } else {
                    FieldShape::Optional
                },
                value: RustType::String,
                ty: RustType::String,
            })
            .collect();
        let model = ApiModel::default();
        let string = Input {
            kind: InputKind::Value,
            target: RustType::String,
            boxed: false,
        };
        assert_eq!(
            field_inits(&model, &[], true, &fields, &plans),
            [
                FieldInit::Pinned("admin".to_string()),
                FieldInit::Argument(string.clone()),
                FieldInit::Setter("with_clone2".to_string(), string.clone()),
                FieldInit::Setter("with_clone".to_string(), string.clone()),
                FieldInit::Setter("body".to_string(), string),
            ]
        );
    }
}
