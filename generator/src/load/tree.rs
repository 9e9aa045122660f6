//! The untyped document (`serde_norway::Value`, which keeps the order of mappings) and what
//! each of its nodes is, for the stages that rewrite it before it is typed.

pub(super) use serde_norway::{Mapping, Value};

/// What a node of the document is, as far as `$ref`s and schemas are concerned.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Kind {
    Document,
    Paths,
    PathItem,
    Operation,
    Callback,
    Parameter,
    Header,
    RequestBody,
    Responses,
    Response,
    MediaType,
    Encoding,
    Schema,
    Example,
    Link,
    SecurityScheme,
    Components,
}

/// How a field holds its typed children.
#[derive(Clone, Copy)]
enum Shape {
    One,
    MapOf,
    ListOf,
}

impl Kind {
    /// The `components` section that holds nodes of this kind, for the kinds that a
    /// Reference Object may stand for and OpenAPI 3.0 lets a document define once.
    pub(super) fn section(self) -> Option<&'static str> {
        Some(match self {
            Kind::Schema => "schemas",
            Kind::Parameter => "parameters",
            Kind::Header => "headers",
            Kind::RequestBody => "requestBodies",
            Kind::Response => "responses",
            Kind::Example => "examples",
            Kind::Link => "links",
            Kind::SecurityScheme => "securitySchemes",
            _ => return None,
        })
    }

    /// Whether a `$ref` in a node of this kind is a Reference Object (elsewhere it is data,
    /// or not allowed).
    pub(super) fn takes_ref(self) -> bool {
        self.section().is_some() || matches!(self, Kind::PathItem | Kind::Callback)
    }

    /// The kind of the nodes under `components/{section}`.
    pub(super) fn of_section(section: &str) -> Option<Kind> {
        Some(match section {
            "schemas" => Kind::Schema,
            "parameters" => Kind::Parameter,
            "headers" => Kind::Header,
            "requestBodies" => Kind::RequestBody,
            "responses" => Kind::Response,
            "examples" => Kind::Example,
            "links" => Kind::Link,
            "securitySchemes" => Kind::SecurityScheme,
            "callbacks" => Kind::Callback,
            "pathItems" => Kind::PathItem,
            _ => return None,
        })
    }

    /// What the field `key` of a node of this kind holds.
    fn field(self, key: &str) -> Option<(Shape, Kind)> {
        use Kind::*;
        use Shape::*;
        let keyed_by_anything = |kind| (!key.starts_with("x-")).then_some((One, kind));
        match (self, key) {
            (Document, "paths") => Some((One, Paths)),
            (Document, "components") => Some((One, Components)),
            (Document, "webhooks") => Some((MapOf, PathItem)),
            (Paths | Callback, _) => keyed_by_anything(PathItem),
            (Responses, _) => keyed_by_anything(Response),
            (PathItem, "get" | "put" | "post" | "delete" | "options" | "head" | "patch")
            | (PathItem, "trace") => Some((One, Operation)),
            (PathItem | Operation, "parameters") => Some((ListOf, Parameter)),
            (Operation, "requestBody") => Some((One, RequestBody)),
            (Operation, "responses") => Some((One, Responses)),
            (Operation, "callbacks") => Some((MapOf, Callback)),
            (Response, "headers") | (Encoding, "headers") => Some((MapOf, Header)),
            (Response, "links") => Some((MapOf, Link)),
            (Response | RequestBody | Parameter | Header, "content") => Some((MapOf, MediaType)),
            (Parameter | Header | MediaType, "schema") => Some((One, Schema)),
            (Parameter | Header | MediaType, "examples") => Some((MapOf, Example)),
            (MediaType, "encoding") => Some((MapOf, Encoding)),
            (Components, section) => Kind::of_section(section).map(|kind| (MapOf, kind)),
            (
                Schema,
                "properties" | "patternProperties" | "$defs" | "definitions" | "dependentSchemas",
            ) => Some((MapOf, Schema)),
            (Schema, "allOf" | "anyOf" | "oneOf" | "prefixItems") => Some((ListOf, Schema)),
            (
                Schema,
                "items"
                | "not"
                | "if"
                | "then"
                | "else"
                | "contains"
                | "propertyNames"
                | "additionalProperties"
                | "additionalItems"
                | "unevaluatedItems"
                | "unevaluatedProperties"
                | "contentSchema",
            ) => Some((One, Schema)),
            _ => None,
        }
    }
}

/// A mapping key as text (YAML keys may be numbers, like response codes).
pub(super) fn key_text(key: &Value) -> Option<String> {
    match key {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// Calls `visit` with each typed child of `value` (a node of kind `kind`): its kind, the
/// pointer tokens from `value` to it (`properties/name`, already escaped), and the child.
pub(super) fn for_each_child<E>(
    kind: Kind,
    value: &mut Value,
    mut visit: impl FnMut(Kind, String, &mut Value) -> Result<(), E>,
) -> Result<(), E> {
    let Value::Mapping(mapping) = value else {
        return Ok(());
    };
    for (key, child) in mapping.iter_mut() {
        let Some(key) = key_text(key) else { continue };
        let Some((shape, child_kind)) = kind.field(&key) else {
            continue;
        };
        let token = crate::diagnostics::pointer_token(&key);
        match (shape, child) {
            (Shape::One, Value::Sequence(items)) if child_kind == Kind::Schema => {
                // `items` as a list (a tuple, in older JSON Schema).
                for (index, item) in items.iter_mut().enumerate() {
                    visit(child_kind, format!("{token}/{index}"), item)?;
                }
            }
            (Shape::One, child) => visit(child_kind, token, child)?,
            (Shape::MapOf, Value::Mapping(entries)) => {
                for (name, entry) in entries.iter_mut() {
                    let Some(name) = key_text(name) else { continue };
                    if name.starts_with("x-") && child_kind != Kind::Schema {
                        continue;
                    }
                    let name = crate::diagnostics::pointer_token(&name);
                    visit(child_kind, format!("{token}/{name}"), entry)?;
                }
            }
            (Shape::ListOf, Value::Sequence(items)) => {
                for (index, item) in items.iter_mut().enumerate() {
                    visit(child_kind, format!("{token}/{index}"), item)?;
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// The `$ref` of a Reference Object, when `value` is one.
pub(super) fn reference_of(value: &Value) -> Option<&str> {
    match value {
        Value::Mapping(mapping) => mapping.get("$ref").and_then(Value::as_str),
        _ => None,
    }
}

/// The node at the (unescaped) `tokens` under `value`.
pub(super) fn node_at<'v>(value: &'v Value, tokens: &[String]) -> Result<&'v Value, usize> {
    let mut node = value;
    for (depth, token) in tokens.iter().enumerate() {
        let next = match node {
            Value::Mapping(mapping) => mapping
                .iter()
                .find(|(key, _)| key_text(key).as_deref() == Some(token.as_str()))
                .map(|(_, child)| child),
            Value::Sequence(items) => token.parse::<usize>().ok().and_then(|i| items.get(i)),
            Value::Tagged(tagged) => Some(&tagged.value),
            _ => None,
        };
        node = next.ok_or(depth)?;
    }
    Ok(node)
}

/// The text after each `$ref` key's colon and opening quote, found textually in a spec's
/// text (JSON or YAML) before it is parsed; a `$ref:` in prose counts too.
pub(super) fn ref_values_in_text(text: &str) -> impl Iterator<Item = &str> {
    text.match_indices("$ref").filter_map(|(index, _)| {
        let rest = text.get(index + 4..).unwrap_or_default();
        let rest = rest
            .trim_start_matches(['"', '\''])
            .trim_start_matches([' ', '\t']);
        let value = rest.strip_prefix(':')?;
        Some(
            value
                .trim_start_matches([' ', '\t'])
                .trim_start_matches(['"', '\'']),
        )
    })
}

/// A name for a node moved into `components/{section}`: `base` with what may not stand in
/// a name replaced by `_` (or the section's singular, if nothing is left), numbered past the
/// names `taken`, which it joins.
pub(super) fn unique_component_name(
    base: &str,
    section: &str,
    taken: &mut std::collections::HashSet<String>,
) -> String {
    let mut base: String = base
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    if base.trim_matches('_').is_empty() {
        base = section.trim_end_matches('s').to_string();
    }
    let mut name = base.clone();
    let mut counter = 2;
    while taken.contains(&name) {
        name = format!("{base}_{counter}");
        counter += 1;
    }
    taken.insert(name.clone());
    name
}

/// The node at the (unescaped) `tokens` under `value`, to change it.
pub(super) fn node_at_mut<'v>(value: &'v mut Value, tokens: &[String]) -> Option<&'v mut Value> {
    let mut node = value;
    for token in tokens {
        node = match node {
            Value::Mapping(mapping) => mapping
                .iter_mut()
                .find(|(key, _)| key_text(key).as_deref() == Some(token.as_str()))
                .map(|(_, child)| child)?,
            Value::Sequence(items) => items.get_mut(token.parse::<usize>().ok()?)?,
            Value::Tagged(tagged) => &mut tagged.value,
            _ => return None,
        };
    }
    Some(node)
}

/// What the node at the (unescaped) `tokens` of a document is, when its place says so.
pub(super) fn kind_at(tokens: &[String]) -> Option<Kind> {
    let mut kind = Kind::Document;
    let mut rest = tokens;
    while let [key, tail @ ..] = rest {
        let (shape, child) = kind.field(key)?;
        rest = match (shape, tail) {
            (Shape::One, [index, tail @ ..])
                if child == Kind::Schema && key == "items" && index.parse::<usize>().is_ok() =>
            {
                tail
            }
            (Shape::One, _) => tail,
            (Shape::MapOf | Shape::ListOf, [_, tail @ ..]) => tail,
            (Shape::MapOf | Shape::ListOf, []) => return None,
        };
        kind = child;
    }
    Some(kind)
}

/// The unescaped reference tokens of a JSON pointer (`/a~1b/c` → `a/b`, `c`).
pub(super) fn pointer_tokens(pointer: &str) -> Vec<String> {
    crate::refs::pointer_tokens(&format!("#{}", pointer.trim_start_matches('#')))
}

/// A pointer (`#/a~1b/c`) from unescaped tokens.
pub(super) fn pointer_from(tokens: &[String]) -> String {
    let mut pointer = String::from("#");
    for token in tokens {
        pointer.push('/');
        pointer.push_str(&crate::diagnostics::pointer_token(token));
    }
    pointer
}

/// A parsed document. Deserializing through this (not `Value` itself) reads every number
/// YAML and JSON can write: integers beyond 64 bits become floating-point, as the typed parse
/// reads them.
pub(super) struct Tree(pub(super) Value);

impl<'de> serde::Deserialize<'de> for Tree {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TreeVisitor).map(Tree)
    }
}

struct TreeVisitor;

impl<'de> serde::de::Visitor<'de> for TreeVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any YAML or JSON value")
    }
    fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_i128<E: serde::de::Error>(self, v: i128) -> Result<Value, E> {
        Ok(i64::try_from(v).map_or_else(|_| Value::from(v as f64), Value::from))
    }
    fn visit_u128<E: serde::de::Error>(self, v: u128) -> Result<Value, E> {
        Ok(u64::try_from(v).map_or_else(|_| Value::from(v as f64), Value::from))
    }
    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E: serde::de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E: serde::de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(Tree(item)) = seq.next_element::<Tree>()? {
            items.push(item);
        }
        Ok(Value::Sequence(items))
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut mapping = Mapping::new();
        while let Some((Tree(key), Tree(value))) = map.next_entry::<Tree, Tree>()? {
            mapping.insert(key, value);
        }
        Ok(Value::Mapping(mapping))
    }
}
