//! The naming pass: final type names, decided after every pass that can change a type.
//!
//! Lowering names each type where it meets it; an inline type whose name is taken gets a
//! word for its kind (`TicketTypeEnum` beside the `TicketType` component). Later passes can
//! change that kind (a single-value enum only ever received becomes a `String` constant), so
//! here a kind word that no longer says what the type is gets replaced.

use crate::model::{ApiModel, Success, TypeKind, TypeRef};
use crate::names::{Namespace, RESERVED_TYPE_NAMES};

/// The word an inline type's name takes, for its final kind, when its name is taken.
pub(super) fn kind_word(kind: &TypeKind) -> &'static str {
    match kind {
        TypeKind::Struct(_) => "Object",
        TypeKind::Enum(_) => "Enum",
        TypeKind::Union(_) => "Union",
        TypeKind::Alias(_) => "Constant",
    }
}

/// The final name of every type of `model`, by index.
pub(super) fn final_names(model: &ApiModel) -> Vec<String> {
    let mut names: Vec<String> = model.types.iter().map(|def| def.name.clone()).collect();
    let mut taken = Namespace::with_reserved(RESERVED_TYPE_NAMES);
    for name in &names {
        taken.claim(name);
    }
    for operation in &model.operations {
        if let Some(params) = &operation.params_struct {
            taken.claim(params);
        }
        if let Success::ByStatus { name, .. } = &operation.success {
            taken.claim(name);
        }
    }
    for (id, def) in model.types.iter().enumerate() {
        let Some(hint) = &def.name_hint else {
            continue;
        };
        let Some(suffix) = def.name.strip_prefix(hint.as_str()) else {
            continue;
        };
        let word = kind_word(&def.kind);
        let stale = ["Object", "Enum", "Union"]
            .iter()
            .find(|old| suffix.starts_with(*old))
            .is_some_and(|old| *old != word);
        if stale {
            names[id] = taken.claim(&format!("{hint}{word}")).0;
        }
    }
    shorten_variant_payloads(model, &mut names, &mut taken);
    names
}

/// A type lowering named after its union and variant (`ReplyTicketRequest` +
/// `AdminReplyTicketRequest`, the variant struct of an object with alternatives) takes the
/// variant's final, shorter name instead (`ReplyTicketRequestAdmin`). Unions are visited in
/// lowering order, which puts an outer union before the unions of its variants.
fn shorten_variant_payloads(model: &ApiModel, names: &mut [String], taken: &mut Namespace) {
    for (id, def) in model.types.iter().enumerate() {
        let TypeKind::Union(union) = &def.kind else {
            continue;
        };
        let union_name = names[id].clone();
        let short = super::variants::variant_names(model, names, &union_name, union);
        for (variant, short) in union.variants.iter().zip(short) {
            let TypeRef::Named(payload) = variant.ty else {
                continue;
            };
            // Lowering's names, not the final ones: an outer union renamed its inner one.
            let lowered = format!("{}{}", def.name, variant.name);
            let renamed = format!("{union_name}{short}");
            if payload != id && names.get(payload) == Some(&lowered) && renamed != lowered {
                names[payload] = taken.claim(&renamed).0;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{ApiModel, TypeDef, TypeKind, TypeRef, Usage};

    fn def(name: &str, hint: Option<&str>, kind: TypeKind) -> TypeDef {
        TypeDef {
            name: name.to_string(),
            name_hint: hint.map(str::to_string),
            pointer: String::new(),
            docs: None,
            kind,
            usage: Usage::default(),
        }
    }

    #[test]
    fn a_kind_word_that_no_longer_fits_is_replaced() {
        let model = ApiModel {
            types: vec![
                def("TicketType", None, TypeKind::Struct(Vec::new())),
                def(
                    "TicketTypeEnum",
                    Some("TicketType"),
                    TypeKind::Alias(TypeRef::String),
                ),
                def(
                    "TicketStateEnum",
                    Some("TicketState"),
                    TypeKind::Enum(Vec::new()),
                ),
            ],
            ..ApiModel::default()
        };
        assert_eq!(
            super::final_names(&model),
            ["TicketType", "TicketTypeConstant", "TicketStateEnum"]
        );
    }
}
