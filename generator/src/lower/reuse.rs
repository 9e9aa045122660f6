//! Structural reuse: inline schemas that describe the same type become one Rust type.
//!
//! A spec often writes the same small type out wherever it is used: one three-value
//! `category` enum on a ticket, a ticket type and both ticket-type requests, or one search
//! query union under two operations. Each copy would be its own Rust type, so a value read
//! from one could not be passed to another. Here every inline type whose shape (kind, fields,
//! variants, all the way down) equals another's is replaced by one of them: a component
//! schema of that shape when there is one (the spec named the concept), else the copy with
//! the shortest name. Component schemas are never merged with each other; each is a concept
//! the spec chose to name.

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::model::{ApiModel, ResponseBody, Success, TypeDef, TypeId, TypeKind, TypeRef};
use crate::names::{pascal_words, RESERVED_TYPE_NAMES};

/// Replaces every inline type by its structurally identical representative and drops the
/// copies. Runs to a fixed point: merging two field types can make their parents identical.
pub(super) fn merge_identical_inline_types(model: &mut ApiModel) {
    // Each round removes at least one type, so the bound is never what ends the loop.
    for _ in 0..model.types.len() {
        let roots = operation_roots(model);
        let representative = representatives(&model.types, &roots);
        if representative.iter().enumerate().all(|(id, &r)| id == r) {
            break;
        }
        name_merged(model, &representative);
        merge_docs(&mut model.types, &representative);
        drop_copies(model, &representative);
    }
}

/// Inline types that are an operation's request or response body. Each stays the operation's
/// own type (the place its documentation lives) unless a component has its shape.
fn operation_roots(model: &ApiModel) -> Vec<bool> {
    let mut roots = vec![false; model.types.len()];
    let mut mark = |ty: &TypeRef| {
        if let TypeRef::Named(id) = ty {
            if let Some(root) = roots.get_mut(*id) {
                *root = true;
            }
        }
    };
    for operation in &model.operations {
        if let Some(body) = &operation.body {
            mark(&body.ty);
        }
        let bodies: Vec<&ResponseBody> = match &operation.success {
            Success::Single(body) => vec![body],
            Success::ByStatus { variants, .. } => variants.iter().map(|(_, _, b)| b).collect(),
        };
        for body in bodies {
            if let ResponseBody::Json(ty) = body {
                mark(ty);
            }
        }
    }
    roots
}

/// For each type, the type that stands for it (itself, unless it is an inline copy).
///
/// Copies merge with a component of their shape whatever they are called; with each other,
/// only when they name the same thing: the same last word (`…Category`), counting an array's
/// `Item` with the word before it. Two `"true" | "false"` enums called `success` and
/// `include_bodies` stay apart, as do the items of a tag list's `add` and `remove`.
fn representatives(types: &[TypeDef], roots: &[bool]) -> Vec<TypeId> {
    let mut groups: HashMap<&TypeKind, Vec<TypeId>> = HashMap::new();
    for (id, def) in types.iter().enumerate() {
        groups.entry(&def.kind).or_default().push(id);
    }
    let inline = |id: TypeId| types[id].name_hint.is_some();
    let mut representative: Vec<TypeId> = (0..types.len()).collect();
    for members in groups.values().filter(|members| members.len() > 1) {
        if let Some(&component) = members.iter().find(|&&id| !inline(id)) {
            for &id in members.iter().filter(|&&id| inline(id)) {
                representative[id] = component;
            }
            continue;
        }
        let mut by_concept: BTreeMap<&str, Vec<TypeId>> = BTreeMap::new();
        for &id in members {
            if !roots.get(id).copied().unwrap_or(false) {
                by_concept
                    .entry(concept(&types[id].name))
                    .or_default()
                    .push(id);
            }
        }
        for copies in by_concept.values().filter(|copies| copies.len() > 1) {
            let chosen = copies
                .iter()
                .copied()
                .min_by_key(|&id| (types[id].name.len(), id));
            if let Some(chosen) = chosen {
                for &id in copies {
                    representative[id] = chosen;
                }
            }
        }
    }
    representative
}

/// The thing a type's name says it is: its last word (`Category`), with the word before a
/// final `Item` (`TasksItem`).
fn concept(name: &str) -> &str {
    let words = pascal_words(name);
    let last = words.len().saturating_sub(1);
    let from = if words.get(last) == Some(&"Item") {
        last.saturating_sub(1)
    } else {
        last
    };
    let offset: usize = words[..from].iter().map(|w| w.len()).sum();
    &name[offset..]
}

/// An inline type standing for copies takes the words their names share, when those still say
/// enough (three words or more, and the name is free): `CompanySearchRequestQuery` and
/// `ContactSearchRequestQuery` become `SearchRequestQuery`. Otherwise it keeps its own name,
/// the shortest of the copies' (`TicketCategory` rather than `Category`).
fn name_merged(model: &mut ApiModel, representative: &[TypeId]) {
    let mut taken: HashSet<String> = model.types.iter().map(|t| t.name.clone()).collect();
    for operation in &model.operations {
        taken.extend(operation.params_struct.clone());
        if let Success::ByStatus { name, .. } = &operation.success {
            taken.insert(name.clone());
        }
    }
    taken.extend(RESERVED_TYPE_NAMES.iter().map(|name| name.to_string()));
    let mut copies: BTreeMap<TypeId, Vec<TypeId>> = BTreeMap::new();
    for (id, &chosen) in representative.iter().enumerate() {
        if id != chosen && model.types[chosen].name_hint.is_some() {
            copies
                .entry(chosen)
                .or_insert_with(|| vec![chosen])
                .push(id);
        }
    }
    for (chosen, members) in copies {
        let names: Vec<&str> = members
            .iter()
            .map(|&id| model.types[id].name.as_str())
            .collect();
        let shared = shared_words(&names);
        if shared.len() >= 3 && !taken.contains(&shared.concat()) {
            let name = shared.concat();
            taken.insert(name.clone());
            let def = &mut model.types[chosen];
            def.name_hint = Some(name.clone());
            def.name = name;
        }
    }
}

/// The leading words every name starts with and the trailing words every name ends with
/// (never overlapping in the shortest name).
fn shared_words<'n>(names: &[&'n str]) -> Vec<&'n str> {
    let words: Vec<Vec<&str>> = names.iter().map(|name| pascal_words(name)).collect();
    let Some(shortest) = words.iter().map(Vec::len).min() else {
        return Vec::new();
    };
    let first = &words[0];
    let prefix = (0..shortest)
        .take_while(|&i| words.iter().all(|w| w[i] == first[i]))
        .count();
    let suffix = (0..shortest - prefix)
        .take_while(|&i| {
            words
                .iter()
                .all(|w| w[w.len() - 1 - i] == first[first.len() - 1 - i])
        })
        .count();
    let mut shared = first[..prefix].to_vec();
    shared.extend_from_slice(&first[first.len() - suffix..]);
    shared
}

/// An inline representative keeps its description only when every copy it stands for says
/// the same: each copy described the place it was used (`The ticket's category.`), which no
/// longer fits the shared type. A component keeps its own.
fn merge_docs(types: &mut [TypeDef], representative: &[TypeId]) {
    let mut differs = vec![false; types.len()];
    for (id, &chosen) in representative.iter().enumerate() {
        if id != chosen && types[id].docs != types[chosen].docs {
            differs[chosen] = true;
        }
    }
    for (def, differs) in types.iter_mut().zip(differs) {
        if differs && def.name_hint.is_some() {
            def.docs = None;
        }
    }
}

/// Removes the types that are not their own representative and renumbers every reference.
fn drop_copies(model: &mut ApiModel, representative: &[TypeId]) {
    let mut new_id = vec![0; model.types.len()];
    let mut kept = 0;
    for (id, &chosen) in representative.iter().enumerate() {
        if id == chosen {
            new_id[id] = kept;
            kept += 1;
        }
    }
    let target: Vec<TypeId> = representative.iter().map(|&r| new_id[r]).collect();
    let mut id = 0;
    model.types.retain(|_| {
        let keep = representative[id] == id;
        id += 1;
        keep
    });
    let remap = |ty: &mut TypeRef| renumber(ty, &target);
    for def in &mut model.types {
        match &mut def.kind {
            TypeKind::Struct(fields) => fields.iter_mut().for_each(|f| remap(&mut f.ty)),
            TypeKind::Union(union) => union.variants.iter_mut().for_each(|v| remap(&mut v.ty)),
            TypeKind::Alias(ty) => remap(ty),
            TypeKind::Enum(_) => {}
        }
    }
    for operation in &mut model.operations {
        operation.params.iter_mut().for_each(|p| remap(&mut p.ty));
        if let Some(body) = &mut operation.body {
            remap(&mut body.ty);
        }
        match &mut operation.success {
            Success::Single(body) => renumber_body(body, &target),
            Success::ByStatus { variants, .. } => variants
                .iter_mut()
                .for_each(|(_, _, body)| renumber_body(body, &target)),
        }
    }
    model.examples.iter_mut().for_each(|e| remap(&mut e.ty));
}

fn renumber_body(body: &mut ResponseBody, target: &[TypeId]) {
    if let ResponseBody::Json(ty) = body {
        renumber(ty, target);
    }
}

fn renumber(ty: &mut TypeRef, target: &[TypeId]) {
    match ty {
        TypeRef::Named(id) => *id = target[*id],
        TypeRef::Array(inner) | TypeRef::Map(inner) => renumber(inner, target),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::merge_identical_inline_types;
    use crate::model::{ApiModel, EnumVariant, Field, TypeDef, TypeKind, TypeRef, Usage};

    fn def(name: &str, inline: bool, docs: &str, kind: TypeKind) -> TypeDef {
        TypeDef {
            name: name.to_string(),
            name_hint: inline.then(|| name.to_string()),
            pointer: format!("#/{name}"),
            docs: Some(docs.to_string()),
            kind,
            usage: Usage::default(),
        }
    }

    fn category() -> TypeKind {
        let variant = |value: &str| EnumVariant {
            name: value.to_string(),
            value: value.to_string(),
            docs: None,
        };
        TypeKind::Enum(vec![variant("Customer"), variant("Tracker")])
    }

    fn holder(name: &str, field_type: usize) -> TypeDef {
        let field = Field {
            name: "category".into(),
            json_name: "category".into(),
            docs: None,
            ty: TypeRef::Named(field_type),
            required: true,
            nullable: false,
            boxed: false,
            deprecated: false,
            pinned: None,
        };
        def(name, true, "holder", TypeKind::Struct(vec![field]))
    }

    fn names(model: &ApiModel) -> Vec<&str> {
        model.types.iter().map(|t| t.name.as_str()).collect()
    }

    #[test]
    fn identical_inline_types_become_the_shortest_named_one_and_so_do_their_parents() {
        let mut model = ApiModel {
            types: vec![
                def("TicketTypeCategory", true, "Of the type.", category()),
                holder("TicketTypeHolder", 0),
                def("TicketCategory", true, "Of the ticket.", category()),
                holder("TicketHolder", 2),
            ],
            ..ApiModel::default()
        };
        merge_identical_inline_types(&mut model);
        assert_eq!(names(&model), ["TicketCategory", "TicketHolder"]);
        let TypeKind::Struct(fields) = &model.types[1].kind else {
            panic!("a struct");
        };
        assert_eq!(fields[0].ty, TypeRef::Named(0));
        assert_eq!(
            model.types[0].docs, None,
            "the copies described their places"
        );
        assert_eq!(model.types[1].docs.as_deref(), Some("holder"));
    }

    #[test]
    fn a_component_stands_for_its_inline_copies_and_components_stay_apart() {
        let mut model = ApiModel {
            types: vec![
                def("Category", false, "A category.", category()),
                def("Kind", false, "A kind.", category()),
                def("TicketCategory", true, "Of the ticket.", category()),
                holder("TicketHolder", 2),
            ],
            ..ApiModel::default()
        };
        merge_identical_inline_types(&mut model);
        assert_eq!(names(&model), ["Category", "Kind", "TicketHolder"]);
        assert_eq!(model.types[0].docs.as_deref(), Some("A category."));
        let TypeKind::Struct(fields) = &model.types[2].kind else {
            panic!("a struct");
        };
        assert_eq!(fields[0].ty, TypeRef::Named(0));
    }
}
