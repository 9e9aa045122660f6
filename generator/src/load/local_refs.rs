//! `$ref`s that point inside a component or an operation (`#/components/schemas/Tag/allOf/0`,
//! `#/components/responses/Conflict/content/application~1json/schema`,
//! `#/paths/~1pets/get/parameters/0`): the node each names is moved into `components` once,
//! under a name from its place, and a `$ref` to it is left where it was. Every reference to it,
//! and the place it came from, then name one component: one type, however it is reached.
//!
//! Pointers are followed through `$ref`s at every hop (each token unescaped by
//! [`crate::refs::pointer_tokens`]); a pointer that leads nowhere is left for lowering to
//! report, once.

use std::collections::{HashMap, HashSet};

use super::sources::{Sources, ROOT};
use super::tree::{
    for_each_child, key_text, kind_at, node_at, node_at_mut, pointer_from, ref_values_in_text,
    reference_of, unique_component_name, Kind, Mapping, Value,
};
use crate::refs::{pointer_tokens, MAX_HOPS};

/// Whether some local `$ref` in `text` points deeper than `#/components/<section>/<name>`.
/// Conservative (a `$ref` in prose counts), so the direct path is only taken for descriptions
/// that certainly have none.
pub(super) fn has_deep_local_refs(text: &str) -> bool {
    ref_values_in_text(text).any(|value| {
        let end = value
            .find(['"', '\'', '\n', '\r', ',', '}'])
            .unwrap_or(value.len());
        let value = value.get(..end).unwrap_or_default().trim_end();
        value.starts_with('#') && !is_component_pointer(&pointer_tokens(value))
    })
}

/// `#/components/<section>/<name>`, as tokens.
fn is_component_pointer(tokens: &[String]) -> bool {
    matches!(tokens, [components, _, _] if components == "components")
}

/// A node to move into `components`: where it is (unescaped tokens), its section and name.
struct Move {
    tokens: Vec<String>,
    section: &'static str,
    name: String,
}

/// Moves every node a deep local `$ref` names into `components` and points the references
/// at it.
pub(super) fn hoist(root: &mut Value, sources: &mut Sources) {
    let mut references = Vec::new();
    collect(root, Kind::Document, &mut references);
    if references.is_empty() {
        return;
    }
    let mut taken = component_names(root);
    // Each deep reference, as written → the component pointer it becomes.
    let mut rewrites: HashMap<String, String> = HashMap::new();
    let mut moves: Vec<Move> = Vec::new();
    let mut moved: HashMap<Vec<String>, String> = HashMap::new();
    for (kind, reference) in references {
        if rewrites.contains_key(&reference) {
            continue;
        }
        let Some(section) = kind.section() else {
            continue;
        };
        let Some(target) = locate(root, &pointer_tokens(&reference)) else {
            continue;
        };
        if let [_, found, _] = target.as_slice() {
            if is_component_pointer(&target) && found == section {
                rewrites.insert(reference, pointer_from(&target));
                continue;
            }
        }
        if kind_at(&target) != Some(kind) {
            continue;
        }
        let local = match moved.get(&target) {
            Some(local) => local.clone(),
            None => {
                let name = fresh_name(root, &target, section, &mut taken);
                let local = pointer_from(&["components".into(), section.into(), name.clone()]);
                moved.insert(target.clone(), local.clone());
                moves.push(Move {
                    tokens: target,
                    section,
                    name,
                });
                local
            }
        };
        rewrites.insert(reference, local);
    }
    // Deepest first: a node inside another moved one is replaced by its `$ref` before the
    // outer node is copied.
    moves.sort_by_key(|m| std::cmp::Reverse(m.tokens.len()));
    for m in moves {
        let local = pointer_from(&["components".into(), m.section.into(), m.name.clone()]);
        let Some(node) = node_at_mut(root, &m.tokens) else {
            continue;
        };
        let mut reference = Mapping::new();
        reference.insert(Value::from("$ref"), Value::from(local.clone()));
        let content = std::mem::replace(node, Value::Mapping(reference));
        insert_component(root, m.section, m.name, content);
        sources.record_origin(&local, ROOT, &pointer_from(&m.tokens));
    }
    rewrite(root, Kind::Document, &rewrites);
}

/// Every local Reference Object below `value` that points deeper than a component, with the
/// kind of node it stands for, in document order.
fn collect(value: &mut Value, kind: Kind, out: &mut Vec<(Kind, String)>) {
    if kind.takes_ref() {
        if let Some(reference) = reference_of(value) {
            if reference.starts_with('#') {
                let tokens = pointer_tokens(reference);
                let direct = matches!(
                    (tokens.as_slice(), kind.section()),
                    ([components, section, _], Some(expected))
                        if components == "components" && section == expected
                );
                if !direct {
                    out.push((kind, reference.to_string()));
                }
            }
            return;
        }
    }
    let _ = for_each_child(kind, value, |child_kind, _, child| {
        collect(child, child_kind, out);
        Ok::<(), ()>(())
    });
}

/// Points each reference in `rewrites` at its new place.
fn rewrite(value: &mut Value, kind: Kind, rewrites: &HashMap<String, String>) {
    if kind.takes_ref() {
        if let Some(reference) = reference_of(value) {
            if let (Some(local), Value::Mapping(mapping)) = (rewrites.get(reference), &mut *value) {
                mapping.insert(Value::from("$ref"), Value::from(local.clone()));
            }
            return;
        }
    }
    let _ = for_each_child(kind, value, |child_kind, _, child| {
        rewrite(child, child_kind, rewrites);
        Ok::<(), ()>(())
    });
}

/// The place (unescaped tokens, through no `$ref`) of the node `tokens` names: each `$ref`
/// met on the way, and at the end, is followed. `None` when the pointer leads nowhere or the
/// references go round.
fn locate(root: &Value, tokens: &[String]) -> Option<Vec<String>> {
    let mut hops = 0;
    locate_bounded(root, tokens, &mut hops)
}

fn locate_bounded(root: &Value, tokens: &[String], hops: &mut usize) -> Option<Vec<String>> {
    *hops += 1;
    if *hops > MAX_HOPS {
        return None;
    }
    let mut place: Vec<String> = Vec::new();
    for token in tokens {
        place = follow(root, place, hops)?;
        place.push(token.clone());
        node_at(root, &place).ok()?;
    }
    follow(root, place, hops)
}

/// `place` itself, or where the `$ref` found there leads.
fn follow(root: &Value, place: Vec<String>, hops: &mut usize) -> Option<Vec<String>> {
    let node = node_at(root, &place).ok()?;
    match reference_of(node) {
        Some(reference) if reference.starts_with('#') => {
            locate_bounded(root, &pointer_tokens(reference), hops)
        }
        _ => Some(place),
    }
}

/// The names in use in each `components` section.
fn component_names(root: &Value) -> HashMap<String, HashSet<String>> {
    let mut taken: HashMap<String, HashSet<String>> = HashMap::new();
    if let Some(Value::Mapping(components)) = root.get("components") {
        for (section, entries) in components {
            let (Some(section), Value::Mapping(entries)) = (key_text(section), entries) else {
                continue;
            };
            taken
                .entry(section)
                .or_default()
                .extend(entries.keys().filter_map(key_text));
        }
    }
    taken
}

fn insert_component(root: &mut Value, section: &str, name: String, content: Value) {
    let Value::Mapping(document) = root else {
        return;
    };
    let components = document
        .entry(Value::from("components"))
        .or_insert_with(|| Value::Mapping(Mapping::new()));
    if !components.is_mapping() {
        *components = Value::Mapping(Mapping::new());
    }
    if let Value::Mapping(components) = components {
        let entries = components
            .entry(Value::from(section))
            .or_insert_with(|| Value::Mapping(Mapping::new()));
        if let Value::Mapping(entries) = entries {
            entries.insert(Value::from(name), content);
        }
    }
}

/// A component name for the node at `tokens`, from where it is: the component or operation
/// it is part of, then what leads to it (`Tag/allOf/0` → `Tag_part_1`, `Pet/properties/owner`
/// → `Pet_owner`, `/pets` `get` parameter `limit` → `listPets_limit`), made unique.
fn fresh_name(
    root: &Value,
    tokens: &[String],
    section: &str,
    taken: &mut HashMap<String, HashSet<String>>,
) -> String {
    let (mut words, rest): (Vec<String>, &[String]) = match tokens {
        [components, _, name, rest @ ..] if components == "components" => {
            (vec![name.clone()], rest)
        }
        [paths, path, method, rest @ ..] if paths == "paths" => {
            let operation_id = node_at(root, &tokens[..3])
                .ok()
                .and_then(|operation| operation.get("operationId"))
                .and_then(Value::as_str)
                .map(str::to_string);
            (
                vec![operation_id.unwrap_or_else(|| format!("{method}{path}"))],
                rest,
            )
        }
        _ => (Vec::new(), tokens),
    };
    let start = tokens.len() - rest.len();
    let mut index = 0;
    while let Some(token) = rest.get(index) {
        let next = rest.get(index + 1);
        let (word, used) = match (token.as_str(), next) {
            ("properties" | "patternProperties", Some(name)) => (Some(name.clone()), 2),
            ("allOf", Some(i)) => (Some(format!("part_{}", ordinal(i))), 2),
            ("oneOf" | "anyOf", Some(i)) => (Some(format!("option_{}", ordinal(i))), 2),
            ("items", _) => (Some("item".to_string()), 1),
            ("additionalProperties", _) => (Some("value".to_string()), 1),
            ("parameters", Some(_)) => {
                let parameter = tokens.get(..start + index + 2).unwrap_or_default();
                let name = node_at(root, parameter)
                    .ok()
                    .and_then(|parameter| parameter.get("name"))
                    .and_then(Value::as_str)
                    .map(str::to_string);
                (name.or_else(|| Some("parameter".to_string())), 2)
            }
            ("responses", Some(status)) => (Some(format!("response_{status}")), 2),
            ("requestBody", _) => (Some("request".to_string()), 1),
            ("headers", Some(name)) => (Some(name.clone()), 2),
            ("content" | "examples", Some(_)) => (None, 2),
            ("schema", _) => (None, 1),
            (other, _) => (Some(other.to_string()), 1),
        };
        words.extend(word);
        index += used;
    }
    unique_component_name(
        &words.join("_"),
        section,
        taken.entry(section.to_string()).or_default(),
    )
}

/// `0` → `1`: list positions as people count them.
fn ordinal(index: &str) -> String {
    index
        .parse::<usize>()
        .map_or_else(|_| index.to_string(), |i| (i + 1).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_local_refs_are_found_in_yaml_and_json() {
        assert!(!has_deep_local_refs(
            "a:\n  $ref: '#/components/schemas/A'\n"
        ));
        assert!(!has_deep_local_refs(
            "{\"$ref\": \"#/components/schemas/A~1B\"}"
        ));
        assert!(has_deep_local_refs(
            "a:\n  $ref: '#/components/schemas/Tag/allOf/0'\n"
        ));
        assert!(has_deep_local_refs(
            "{\"$ref\":\"#/components/responses/Conflict/content/application~1json/schema\"}"
        ));
        assert!(has_deep_local_refs(
            "a: {$ref: \"#/paths/~1a/get/parameters/0\"}"
        ));
        assert!(!has_deep_local_refs("a:\n  $ref: ./other.yaml#/A/b/c\n"));
    }
}
