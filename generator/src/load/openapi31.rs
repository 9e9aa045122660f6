//! OpenAPI 3.1 rewritten in the 3.0 shape, so `openapiv3` can type it: what 3.0 can say the
//! same way is translated, and everything else is reported with its pointer, never dropped
//! without a word.

use super::tree::{for_each_child, key_text, node_at, pointer_tokens, Kind, Mapping, Value};
use crate::diagnostics::Warning;

/// The OpenAPI 3.1 base dialect, which needs no mention.
const BASE_DIALECT: &str = "https://spec.openapis.org/oas/3.1/dialect/base";

/// JSON Schema 2020-12 keywords that OpenAPI 3.0 cannot express.
const INEXPRESSIBLE: &[&str] = &[
    "prefixItems",
    "if",
    "then",
    "else",
    "dependentSchemas",
    "dependentRequired",
    "patternProperties",
    "unevaluatedProperties",
    "unevaluatedItems",
    "contains",
    "minContains",
    "maxContains",
    "propertyNames",
    "$dynamicRef",
    "$dynamicAnchor",
    "contentSchema",
];

/// Rewrites the 3.1 document `doc` in the 3.0 shape, adding a warning for what 3.0 cannot say.
pub(super) fn normalise(doc: &mut Value, warnings: &mut Vec<Warning>) {
    let Value::Mapping(document) = doc else {
        return;
    };
    document.insert(Value::from("openapi"), Value::from("3.0.3"));
    if let Some(dialect) = document.remove("jsonSchemaDialect") {
        let dialect = dialect.as_str().unwrap_or_default().to_string();
        let message = if dialect == BASE_DIALECT {
            "the OpenAPI 3.1 base dialect: schemas are read as OpenAPI 3.0 schemas after rewriting"
                .to_string()
        } else {
            format!("schemas are read as OpenAPI 3.0 schemas, not in the dialect `{dialect}`: keywords of that dialect are ignored")
        };
        warnings.push(warning("#/jsonSchemaDialect", message));
    }
    normalise_rest(doc, warnings);
    // Webhooks are rewritten like paths above, then kept where the 3.0 shape has room for
    // them: our `x-webhooks` extension, which lowering reads in either version.
    if let Value::Mapping(document) = doc {
        if let Some(webhooks) = document.remove("webhooks") {
            if document.contains_key("x-webhooks") {
                warnings.push(warning(
                    "#/webhooks",
                    "both `webhooks` and `x-webhooks`: the extension is read, `webhooks` ignored"
                        .to_string(),
                ));
            } else {
                document.insert(Value::from("x-webhooks"), webhooks);
            }
        }
    }
}

/// What [`normalise`] does after the document-level fields.
fn normalise_rest(doc: &mut Value, warnings: &mut Vec<Warning>) {
    let Value::Mapping(document) = doc else {
        return;
    };
    if !document.contains_key("paths") {
        document.insert(Value::from("paths"), Value::Mapping(Mapping::new()));
    }
    inline_component_path_items(doc, warnings);
    let mut rewriter = Rewriter { warnings };
    rewriter.walk(doc, Kind::Document, "#");
}

/// 3.1's `components/pathItems` has no 3.0 counterpart: their `$ref`s under `paths` are
/// replaced by copies.
fn inline_component_path_items(doc: &mut Value, warnings: &mut Vec<Warning>) {
    let items = match doc.get_mut("components") {
        Some(Value::Mapping(components)) => components.remove("pathItems"),
        _ => None,
    };
    let Some(items) = items else { return };
    let Some(Value::Mapping(paths)) = doc.get_mut("paths") else {
        return;
    };
    for (path, item) in paths.iter_mut() {
        let Some(reference) = super::tree::reference_of(item).map(str::to_string) else {
            continue;
        };
        let Some(name) = reference.strip_prefix("#/components/pathItems/") else {
            continue;
        };
        let tokens = pointer_tokens(&format!("/{name}"));
        match node_at(&items, &tokens) {
            Ok(target) if super::tree::reference_of(target).is_none() => *item = target.clone(),
            _ => warnings.push(warning(
                &format!(
                    "#/paths/{}/$ref",
                    crate::diagnostics::pointer_token(&key_text(path).unwrap_or_default())
                ),
                format!("`{reference}` is not a path item under components/pathItems: the path is skipped"),
            )),
        }
    }
}

fn warning(pointer: &str, message: String) -> Warning {
    Warning {
        pointer: pointer.to_string(),
        message,
    }
}

struct Rewriter<'w> {
    warnings: &'w mut Vec<Warning>,
}

impl Rewriter<'_> {
    fn walk(&mut self, value: &mut Value, kind: Kind, pointer: &str) {
        if kind == Kind::Schema {
            self.schema(value, pointer);
        }
        let _ = for_each_child::<()>(kind, value, |child_kind, tokens, child| {
            let child_pointer = format!("{pointer}/{tokens}");
            if child_kind == Kind::Schema && !tokens.ends_with("additionalProperties") {
                if let Value::Bool(allowed) = child {
                    *child = self.boolean_schema(*allowed, &child_pointer);
                }
            }
            self.walk(child, child_kind, &child_pointer);
            Ok(())
        });
    }

    /// `true` (anything) and `false` (nothing) as schemas.
    fn boolean_schema(&mut self, allowed: bool, pointer: &str) -> Value {
        let mut schema = Mapping::new();
        if !allowed {
            schema.insert(Value::from("not"), Value::Mapping(Mapping::new()));
            self.warn(
                pointer,
                "the schema `false` (no value allowed) is read as `not: {}`".to_string(),
            );
        }
        Value::Mapping(schema)
    }

    fn warn(&mut self, pointer: &str, message: String) {
        self.warnings.push(warning(pointer, message));
    }

    /// Rewrites one schema object (its subschemas are walked after).
    fn schema(&mut self, value: &mut Value, pointer: &str) {
        let Value::Mapping(schema) = value else {
            return;
        };
        self.null_alternatives(schema, "anyOf", pointer);
        self.null_alternatives(schema, "oneOf", pointer);
        reference_with_siblings(schema);
        self.type_list(schema, pointer);
        self.constant(schema, pointer);
        examples(schema);
        exclusive_bound(schema, "exclusiveMinimum", "minimum", |bound, inclusive| {
            inclusive <= bound
        });
        exclusive_bound(schema, "exclusiveMaximum", "maximum", |bound, inclusive| {
            inclusive >= bound
        });
        content_keywords(schema);
        for keyword in INEXPRESSIBLE {
            if schema.contains_key(*keyword) {
                self.warn(
                    &format!("{pointer}/{}", crate::diagnostics::pointer_token(keyword)),
                    format!("`{keyword}` (JSON Schema 2020-12) has no OpenAPI 3.0 equivalent: ignored, values are not checked against it"),
                );
            }
        }
    }

    /// `anyOf: [X, {type: 'null'}]` → X with `nullable: true`: the 3.1 way of saying
    /// "X or null".
    fn null_alternatives(&mut self, schema: &mut Mapping, field: &str, pointer: &str) {
        let Some(Value::Sequence(members)) = schema.get(field) else {
            return;
        };
        if !members.iter().any(is_null_schema) {
            return;
        }
        let rest: Vec<Value> = members
            .iter()
            .filter(|m| !is_null_schema(m))
            .cloned()
            .collect();
        schema.insert(Value::from("nullable"), Value::Bool(true));
        match rest.as_slice() {
            [] => {
                schema.remove(field);
                self.warn(
                    &format!("{pointer}/{field}"),
                    "a schema that only allows null cannot be expressed in OpenAPI 3.0: read as a nullable value of any type".to_string(),
                );
            }
            [only] => {
                schema.remove(field);
                merge_alternative(schema, only.clone());
            }
            _ => {
                schema.insert(Value::from(field), Value::Sequence(rest));
            }
        }
    }

    /// `type: [string, 'null']` → `type: string, nullable: true`; several types → `anyOf` of
    /// one schema per type, each with the keywords that apply to it.
    fn type_list(&mut self, schema: &mut Mapping, pointer: &str) {
        let types = match schema.get("type") {
            Some(Value::Sequence(types)) => types.clone(),
            Some(Value::String(only)) if only == "null" => vec![Value::from("null")],
            _ => return,
        };
        let mut named: Vec<String> = types
            .iter()
            .filter_map(|t| t.as_str().map(str::to_string))
            .collect();
        if named.iter().any(|t| t == "null") {
            named.retain(|t| t != "null");
            schema.insert(Value::from("nullable"), Value::Bool(true));
        }
        match named.as_slice() {
            [] => {
                schema.remove("type");
                self.warn(
                    &format!("{pointer}/type"),
                    "a schema whose only type is null cannot be expressed in OpenAPI 3.0: read as a nullable value of any type".to_string(),
                );
            }
            [only] => {
                schema.insert(Value::from("type"), Value::from(only.as_str()));
            }
            several => {
                if schema.contains_key("anyOf") || schema.contains_key("oneOf") {
                    let first = several.first().cloned().unwrap_or_default();
                    self.warn(
                        &format!("{pointer}/type"),
                        format!("a list of types next to anyOf/oneOf cannot be expressed in OpenAPI 3.0: read as type `{first}`"),
                    );
                    schema.insert(Value::from("type"), Value::from(first));
                    return;
                }
                schema.remove("type");
                let branches: Vec<Value> = several
                    .iter()
                    .map(|ty| Value::Mapping(branch_for(schema, ty)))
                    .collect();
                for ty in several {
                    for keyword in keywords_of(ty) {
                        schema.remove(*keyword);
                    }
                }
                if several.iter().any(|t| t == "number" || t == "integer") {
                    schema.remove("format");
                }
                schema.insert(Value::from("anyOf"), Value::Sequence(branches));
            }
        }
    }

    /// `const: v` → `enum: [v]`.
    fn constant(&mut self, schema: &mut Mapping, pointer: &str) {
        let Some(constant) = schema.remove("const") else {
            return;
        };
        match schema.get("enum") {
            Some(Value::Sequence(values)) if !values.contains(&constant) => self.warn(
                &format!("{pointer}/const"),
                "`const` is not among the `enum` values, so no value is valid: the `enum` is kept"
                    .to_string(),
            ),
            _ => {
                schema.insert(Value::from("enum"), Value::Sequence(vec![constant]));
            }
        }
    }
}

/// Whether a member of `anyOf`/`oneOf` only allows null.
fn is_null_schema(member: &Value) -> bool {
    let Value::Mapping(member) = member else {
        return false;
    };
    let only_null = match member.get("type") {
        Some(Value::String(ty)) => ty == "null",
        Some(Value::Sequence(types)) => types.iter().all(|t| t.as_str() == Some("null")),
        _ => {
            matches!(member.get("const"), Some(Value::Null))
                || matches!(member.get("enum"), Some(Value::Sequence(v)) if v.iter().all(Value::is_null) && !v.is_empty())
        }
    };
    only_null
        && member.keys().all(|key| {
            matches!(
                key.as_str(),
                Some("type" | "const" | "enum" | "description" | "title")
            )
        })
}

/// Lays the one non-null alternative of a union into the schema: a `$ref` (or a member whose
/// keywords clash with the schema's own) as a one-member `allOf`, others merged.
fn merge_alternative(schema: &mut Mapping, member: Value) {
    let annotation = |key: &Value| matches!(key.as_str(), Some("description" | "title"));
    let merge = match &member {
        Value::Mapping(fields) => {
            !fields.contains_key("$ref")
                && fields
                    .keys()
                    .all(|key| annotation(key) || !schema.contains_key(key))
        }
        _ => false,
    };
    match member {
        Value::Mapping(fields) if merge => {
            for (key, field) in fields {
                if !schema.contains_key(&key) {
                    schema.insert(key, field);
                }
            }
        }
        member => {
            let mut members = match schema.remove("allOf") {
                Some(Value::Sequence(members)) => members,
                _ => Vec::new(),
            };
            members.insert(0, member);
            schema.insert(Value::from("allOf"), Value::Sequence(members));
        }
    }
}

/// 3.1 lets a `$ref` have siblings (a description, `nullable`, a default); 3.0 ignores them.
/// `{$ref: X, description: …}` → `{allOf: [{$ref: X}], description: …}` keeps them.
fn reference_with_siblings(schema: &mut Mapping) {
    if schema.len() < 2 {
        return;
    }
    let Some(reference) = schema.remove("$ref") else {
        return;
    };
    let mut only = Mapping::new();
    only.insert(Value::from("$ref"), reference);
    let mut members = match schema.remove("allOf") {
        Some(Value::Sequence(members)) => members,
        _ => Vec::new(),
    };
    members.insert(0, Value::Mapping(only));
    schema.insert(Value::from("allOf"), Value::Sequence(members));
}

/// The keywords of JSON Schema that only apply to values of type `ty`.
fn keywords_of(ty: &str) -> &'static [&'static str] {
    match ty {
        "string" => &["minLength", "maxLength", "pattern"],
        "number" | "integer" => &[
            "minimum",
            "maximum",
            "exclusiveMinimum",
            "exclusiveMaximum",
            "multipleOf",
        ],
        "array" => &["items", "minItems", "maxItems", "uniqueItems"],
        "object" => &[
            "properties",
            "required",
            "additionalProperties",
            "minProperties",
            "maxProperties",
        ],
        _ => &[],
    }
}

/// The alternative of type `ty` of a schema with a list of types.
fn branch_for(schema: &Mapping, ty: &str) -> Mapping {
    let mut branch = Mapping::new();
    branch.insert(Value::from("type"), Value::from(ty));
    for keyword in keywords_of(ty) {
        if let Some(value) = schema.get(*keyword) {
            branch.insert(Value::from(*keyword), value.clone());
        }
    }
    if let Some(format) = schema.get("format").and_then(Value::as_str) {
        let numeric = matches!(format, "int32" | "int64" | "float" | "double");
        if numeric == matches!(ty, "number" | "integer") {
            branch.insert(Value::from("format"), Value::from(format));
        }
    }
    branch
}

/// `examples: [a, b]` (a list in JSON Schema) → `example: a`; the whole list stays as
/// `x-examples`.
fn examples(schema: &mut Mapping) {
    if !matches!(schema.get("examples"), Some(Value::Sequence(_))) {
        return;
    }
    let Some(Value::Sequence(list)) = schema.remove("examples") else {
        return;
    };
    if let Some(first) = list.first() {
        if !schema.contains_key("example") {
            schema.insert(Value::from("example"), first.clone());
        }
    }
    if list.len() > 1 {
        schema.insert(Value::from("x-examples"), Value::Sequence(list));
    }
}

/// A numeric `exclusiveMinimum: n` (3.1) → `minimum: n, exclusiveMinimum: true` (3.0), unless
/// an inclusive bound given too is tighter (`tighter(n, inclusive)` says whether n wins).
fn exclusive_bound(
    schema: &mut Mapping,
    exclusive: &str,
    inclusive: &str,
    tighter: impl Fn(f64, f64) -> bool,
) {
    let Some(Value::Number(bound)) = schema.get(exclusive) else {
        return;
    };
    let bound = bound.clone();
    let exclusive_wins = match schema.get(inclusive).and_then(Value::as_f64) {
        Some(inclusive_bound) => bound.as_f64().is_some_and(|b| tighter(b, inclusive_bound)),
        None => true,
    };
    if exclusive_wins {
        schema.insert(Value::from(inclusive), Value::Number(bound));
        schema.insert(Value::from(exclusive), Value::Bool(true));
    } else {
        schema.remove(exclusive);
    }
}

/// `contentEncoding: base64` → `format: byte`, `contentMediaType` of binary data →
/// `format: binary` (how 3.0 says the same).
fn content_keywords(schema: &mut Mapping) {
    if schema.contains_key("format") {
        return;
    }
    let format = if schema.get("contentEncoding").and_then(Value::as_str) == Some("base64") {
        Some("byte")
    } else if schema
        .get("contentMediaType")
        .and_then(Value::as_str)
        .is_some_and(|media| media == "application/octet-stream" || media.starts_with("image/"))
    {
        Some("binary")
    } else {
        None
    };
    if let Some(format) = format {
        schema.insert(Value::from("format"), Value::from(format));
    }
}
