//! The fact-by-fact comparison of our spec with an official description.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::sync::LazyLock;

use generator::diff::operation_key;
use serde_json::Value;

pub const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "patch", "head", "options", "trace",
];
/// Keywords that carry no fact about the wire format.
const PROSE: [&str; 6] = [
    "description",
    "summary",
    "title",
    "example",
    "examples",
    "externalDocs",
];
const MAX_DEPTH: usize = 64;
static EMPTY: LazyLock<serde_json::Map<String, Value>> = LazyLock::new(serde_json::Map::new);

// --- Operations ----------------------------------------------------------------------------

/// One operation of a spec; `key` (`GET /contacts/{}`, template variable names erased) is
/// what matches it across specs and versions.
pub struct Operation<'a> {
    pub key: String,
    /// `GET /contacts/{id}`, for messages.
    pub label: String,
    pub path: &'a str,
    pub item: &'a Value,
    pub op: &'a Value,
}

pub fn operations(doc: &Value) -> impl Iterator<Item = Operation<'_>> {
    let paths = doc["paths"].as_object().into_iter().flatten();
    paths.flat_map(|(path, item)| {
        METHODS.iter().filter_map(move |method| {
            let op = item.get(*method)?;
            Some(Operation {
                key: operation_key(method, path),
                label: format!("{} {path}", method.to_uppercase()),
                path,
                item,
                op,
            })
        })
    })
}

/// A parameter's `keyword` with OpenAPI's default filled in (`style: form` for a query
/// parameter, `explode: true` for form style, `false` for the flags).
pub fn serialization(parameter: &Value, keyword: &str) -> Value {
    if let Some(value) = parameter.get(keyword) {
        return value.clone();
    }
    let style = || match parameter["in"].as_str() {
        Some("query" | "cookie") => "form",
        _ => "simple",
    };
    match keyword {
        "style" => style().into(),
        "explode" => {
            let style = parameter
                .get("style")
                .and_then(Value::as_str)
                .unwrap_or_else(style);
            (style == "form").into()
        }
        _ => false.into(),
    }
}

// --- The comparison ------------------------------------------------------------------------

pub fn show(value: Option<&Value>) -> String {
    value.map_or_else(|| "absent".to_string(), Value::to_string)
}

pub fn first_tag(op: &Value) -> Option<&str> {
    op["tags"].get(0).and_then(Value::as_str)
}

/// A node with `$ref`s followed, the last schema name on the way, and whether a `nullable:
/// true` stood beside a `$ref` (OpenAPI 3.0 ignores it, but it says the author meant null).
struct Resolved<'a> {
    node: &'a Value,
    name: Option<&'a str>,
    nullable_beside_ref: bool,
}

pub struct Comparison<'a> {
    ours: &'a Value,
    official: &'a Value,
    differences: BTreeSet<String>,
    /// Schema pairs already compared (by name, or by address for an inline official node).
    compared: HashSet<(usize, usize)>,
}

impl<'a> Comparison<'a> {
    pub fn new(ours: &'a Value, official: &'a Value) -> Self {
        Comparison {
            ours,
            official,
            differences: BTreeSet::new(),
            compared: HashSet::new(),
        }
    }

    fn differ(&mut self, at: &str, what: impl std::fmt::Display) {
        self.differences.insert(format!("{at}: {what}"));
    }

    /// Follows `#/components/...` references; a dangling one is a difference.
    fn resolve(&mut self, doc: &'a Value, mut node: &'a Value, at: &str) -> Resolved<'a> {
        let side = if std::ptr::eq(doc, self.ours) {
            "ours"
        } else {
            "official"
        };
        let mut resolved = Resolved {
            node,
            name: None,
            nullable_beside_ref: false,
        };
        for _ in 0..MAX_DEPTH {
            let Some(reference) = node.get("$ref").and_then(Value::as_str) else {
                break;
            };
            resolved.nullable_beside_ref |= node.get("nullable") == Some(&Value::Bool(true));
            let Some(target) = reference.strip_prefix('#').and_then(|p| doc.pointer(p)) else {
                self.differ(at, format!("{side} $ref {reference} resolves to nothing"));
                break;
            };
            resolved.name = reference.rsplit('/').next();
            node = target;
        }
        resolved.node = node;
        resolved
    }

    pub fn run(mut self) -> BTreeSet<String> {
        let ours_ops: BTreeMap<String, Operation<'a>> = operations(self.ours)
            .map(|op| (op.key.clone(), op))
            .collect();
        let mut seen = BTreeSet::new();
        for official in operations(self.official) {
            seen.insert(official.key.clone());
            match ours_ops.get(&official.key) {
                None => self.differ(&official.label, "operation missing from ours"),
                Some(ours) => self.operation(ours, &official),
            }
        }
        for (key, ours) in &ours_ops {
            if !seen.contains(key) {
                self.differ(
                    &ours.label,
                    "ours only (not in the official Preview description)",
                );
            }
        }
        self.differences
    }

    fn operation(&mut self, ours: &Operation<'a>, official: &Operation<'a>) {
        let at = official.label.as_str();
        if ours.path != official.path {
            self.differ(at, format!("path ours {}", ours.path));
        }
        let (id_ours, id_official) = (ours.op.get("operationId"), official.op.get("operationId"));
        if id_ours != id_official {
            let (ours_shown, official_shown) = (show(id_ours), show(id_official));
            self.differ(
                at,
                format!("operationId ours {ours_shown}, official {official_shown}"),
            );
        }
        let tags = ours.op.get("tags").and_then(Value::as_array);
        let expected = first_tag(official.op);
        if tags.map(|t| t.len()) != Some(1) || first_tag(ours.op) != expected {
            let (ours_tags, official_tag) = (show(ours.op.get("tags")), expected.unwrap_or(""));
            self.differ(
                at,
                format!("tags ours {ours_tags}, official first tag {official_tag:?}"),
            );
        }
        let deprecated = |op: &Value| op.get("deprecated") == Some(&Value::Bool(true));
        if deprecated(ours.op) != deprecated(official.op) {
            let (a, b) = (deprecated(ours.op), deprecated(official.op));
            self.differ(at, format!("deprecated: ours {a}, official {b}"));
        }
        self.parameters(at, ours, official);
        self.request_body(
            at,
            ours.op.get("requestBody"),
            official.op.get("requestBody"),
        );
        self.responses(at, &ours.op["responses"], &official.op["responses"]);
    }

    fn parameter_map(&mut self, doc: &'a Value, op: &Operation<'a>) -> BTreeMap<String, &'a Value> {
        let mut map = BTreeMap::new();
        let lists = [op.item.get("parameters"), op.op.get("parameters")];
        for parameter in lists
            .into_iter()
            .flatten()
            .filter_map(Value::as_array)
            .flatten()
        {
            let parameter = self.resolve(doc, parameter, &op.label).node;
            let location = parameter["in"].as_str().unwrap_or("?");
            let name = parameter["name"].as_str().unwrap_or("?");
            map.insert(format!("param {location} {name}"), parameter);
        }
        map
    }

    fn parameters(&mut self, at: &str, ours: &Operation<'a>, official: &Operation<'a>) {
        let ours_params = self.parameter_map(self.ours, ours);
        let official_params = self.parameter_map(self.official, official);
        for (key, theirs) in &official_params {
            let Some(mine) = ours_params.get(key) else {
                self.differ(at, format!("{key} missing from ours"));
                continue;
            };
            let here = format!("{at} {key}");
            for keyword in [
                "required",
                "deprecated",
                "style",
                "explode",
                "allowEmptyValue",
            ] {
                let (a, b) = (serialization(mine, keyword), serialization(theirs, keyword));
                if a != b {
                    self.differ(&here, format!("{keyword}: ours {a}, official {b}"));
                }
            }
            self.content(&here, mine.get("content"), theirs.get("content"));
            self.optional_schema(&here, mine.get("schema"), theirs.get("schema"));
        }
        for key in ours_params.keys() {
            if !official_params.contains_key(key) {
                self.differ(at, format!("{key} ours only"));
            }
        }
    }

    fn request_body(&mut self, at: &str, ours: Option<&'a Value>, official: Option<&'a Value>) {
        let here = format!("{at} body");
        match (ours, official) {
            (None, None) => {}
            (Some(_), None) => self.differ(&here, "ours only"),
            (None, Some(_)) => self.differ(&here, "missing from ours"),
            (Some(mine), Some(theirs)) => {
                let mine = self.resolve(self.ours, mine, &here).node;
                let theirs = self.resolve(self.official, theirs, &here).node;
                let required = |b: &Value| b.get("required") == Some(&Value::Bool(true));
                if required(mine) != required(theirs) {
                    let (a, b) = (required(mine), required(theirs));
                    self.differ(&here, format!("required: ours {a}, official {b}"));
                }
                self.content(&here, mine.get("content"), theirs.get("content"));
            }
        }
    }

    fn responses(&mut self, at: &str, ours: &'a Value, official: &'a Value) {
        let ours = ours.as_object().unwrap_or(&EMPTY);
        let official = official.as_object().unwrap_or(&EMPTY);
        for (status, theirs) in official {
            let here = format!("{at} {status}");
            let Some(mine) = ours.get(status) else {
                self.differ(&here, "response missing from ours");
                continue;
            };
            let mine = self.resolve(self.ours, mine, &here).node;
            let theirs = self.resolve(self.official, theirs, &here).node;
            let header_names = |r: &Value| -> Vec<String> {
                r["headers"]
                    .as_object()
                    .map_or(Vec::new(), |h| h.keys().cloned().collect())
            };
            if header_names(mine) != header_names(theirs) {
                let (a, b) = (header_names(mine), header_names(theirs));
                self.differ(&here, format!("headers ours {a:?}, official {b:?}"));
            }
            self.content(&here, mine.get("content"), theirs.get("content"));
        }
        for status in ours.keys() {
            if !official.contains_key(status) {
                self.differ(&format!("{at} {status}"), "response ours only");
            }
        }
    }

    fn content(&mut self, at: &str, ours: Option<&'a Value>, official: Option<&'a Value>) {
        let ours = ours.and_then(Value::as_object).unwrap_or(&EMPTY);
        let official = official.and_then(Value::as_object).unwrap_or(&EMPTY);
        for (media, theirs) in official {
            let here = format!("{at} {media}");
            let Some(mine) = ours.get(media) else {
                self.differ(&here, "content type missing from ours");
                continue;
            };
            self.optional_schema(&here, mine.get("schema"), theirs.get("schema"));
        }
        for media in ours.keys() {
            if !official.contains_key(media) {
                self.differ(&format!("{at} {media}"), "content type ours only");
            }
        }
    }

    /// A parameter's or media type's schema, which either side may lack.
    fn optional_schema(&mut self, at: &str, ours: Option<&'a Value>, official: Option<&'a Value>) {
        match (ours, official) {
            (Some(a), Some(b)) => self.schema(at, a, b, 0),
            (None, None) => {}
            (a, b) => {
                let (a, b) = (show(a), show(b));
                self.differ(at, format!("schema ours {a}, official {b}"));
            }
        }
    }

    /// Compares two schemas keyword by keyword (prose and `x-` extensions aside). Components
    /// both sides reference by the same name are compared once, under `schemas/NAME`.
    fn schema(&mut self, at: &str, ours: &'a Value, official: &'a Value, depth: usize) {
        if depth > MAX_DEPTH {
            self.differ(at, "schemas nest deeper than 64 levels");
            return;
        }
        let mine = self.resolve(self.ours, ours, at);
        let theirs = self.resolve(self.official, official, at);
        let nullable = |r: &Resolved| {
            r.nullable_beside_ref || r.node.get("nullable") == Some(&Value::Bool(true))
        };
        let here = match (mine.name, theirs.name) {
            (Some(a), Some(b)) if a == b => {
                // The use site asks for null (beside the $ref): ours must accept it.
                if theirs.nullable_beside_ref && !nullable(&mine) {
                    self.differ(at, "nullable (beside $ref): ours false, official true");
                }
                format!("schemas/{a}")
            }
            (Some(a), Some(b)) => format!("schemas/{a} (official {b})"),
            _ => at.to_string(),
        };
        let pair = (
            mine.node as *const Value as usize,
            theirs.node as *const Value as usize,
        );
        if !self.compared.insert(pair) {
            return;
        }
        let (Some(a), Some(b)) = (mine.node.as_object(), theirs.node.as_object()) else {
            if mine.node != theirs.node {
                let (x, y) = (mine.node, theirs.node);
                self.differ(&here, format!("ours {x}, official {y}"));
            }
            return;
        };
        let shared_name = matches!((mine.name, theirs.name), (Some(x), Some(y)) if x == y);
        let null_ours = a.get("nullable") == Some(&Value::Bool(true))
            || (!shared_name && mine.nullable_beside_ref);
        let null_official = b.get("nullable") == Some(&Value::Bool(true))
            || (!shared_name && theirs.nullable_beside_ref);
        if null_ours != null_official {
            self.differ(
                &here,
                format!("nullable: ours {null_ours}, official {null_official}"),
            );
        }
        let keywords: BTreeSet<&String> = a.keys().chain(b.keys()).collect();
        for keyword in keywords {
            let k = keyword.as_str();
            if PROSE.contains(&k) || k.starts_with("x-") || k == "nullable" || k == "$ref" {
                continue;
            }
            let (x, y) = (a.get(k), b.get(k));
            match k {
                "properties" => self.properties(&here, x, y, depth),
                "items" | "additionalProperties" | "not" => match (x, y) {
                    (Some(x), Some(y)) if x.is_object() && y.is_object() => {
                        let inner = if k == "items" {
                            format!("{here}[]")
                        } else {
                            format!("{here}.{k}")
                        };
                        self.schema(&inner, x, y, depth + 1);
                    }
                    _ if x != y => self.differ(
                        &here,
                        format!("{k}: ours {}, official {}", show(x), show(y)),
                    ),
                    _ => {}
                },
                "oneOf" | "anyOf" | "allOf" => {
                    let (x, y) = (x.and_then(Value::as_array), y.and_then(Value::as_array));
                    match (x, y) {
                        (Some(x), Some(y)) if x.len() == y.len() => {
                            for (i, (x, y)) in x.iter().zip(y).enumerate() {
                                self.schema(&format!("{here}.{k}[{i}]"), x, y, depth + 1);
                            }
                        }
                        _ => {
                            let (n, m) = (x.map_or(0, Vec::len), y.map_or(0, Vec::len));
                            self.differ(&here, format!("{k}: ours {n} schemas, official {m}"));
                        }
                    }
                }
                "required" | "enum" => self.set(&here, k, x, y),
                _ if x != y => self.differ(
                    &here,
                    format!("{k}: ours {}, official {}", show(x), show(y)),
                ),
                _ => {}
            }
        }
    }

    fn properties(
        &mut self,
        at: &str,
        ours: Option<&'a Value>,
        official: Option<&'a Value>,
        depth: usize,
    ) {
        let ours = ours.and_then(Value::as_object).unwrap_or(&EMPTY);
        let official = official.and_then(Value::as_object).unwrap_or(&EMPTY);
        for (name, theirs) in official {
            match ours.get(name) {
                Some(mine) => self.schema(&format!("{at}.{name}"), mine, theirs, depth + 1),
                None => self.differ(at, format!("property {name} missing from ours")),
            }
        }
        for name in ours.keys() {
            if !official.contains_key(name) {
                self.differ(at, format!("property {name} ours only"));
            }
        }
    }

    /// `required` and `enum` compare as sets.
    fn set(&mut self, at: &str, keyword: &str, ours: Option<&Value>, official: Option<&Value>) {
        let items = |v: Option<&Value>| -> BTreeSet<String> {
            v.and_then(Value::as_array)
                .map_or_else(BTreeSet::new, |a| a.iter().map(Value::to_string).collect())
        };
        let (a, b) = (items(ours), items(official));
        let lacks: Vec<&String> = b.difference(&a).collect();
        let adds: Vec<&String> = a.difference(&b).collect();
        if !lacks.is_empty() || !adds.is_empty() || ours.is_some() != official.is_some() {
            let lacks = lacks
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(", ");
            let adds = adds
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(", ");
            self.differ(
                at,
                format!("{keyword}: ours lacks [{lacks}], adds [{adds}]"),
            );
        }
    }
}
