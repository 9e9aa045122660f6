//! Explaining why a document is not an OpenAPI 3.0 description: the version, the shape, and
//! the innermost node that fails to type.

use std::path::PathBuf;

use openapiv3::{OpenAPI, ReferenceOr};
use serde_json::Value;

use super::located::{locate, pointer_of, spec_error, Failure};
use crate::diagnostics::{Error, Location};

const SUPPORTED: &str = "this generator supports OpenAPI 3.0.x (3.0.0 to 3.0.4) and 3.1.x (rewritten in the 3.0 shape); convert the description to one of them";

/// Where the nodes of the document being explained are: a file, line and column for a pointer.
pub(super) type Locator<'l> = &'l dyn Fn(&str) -> Location;

/// Whether the generator reads this `openapi` version, and how: 3.0 is typed as it is, 3.1
/// is rewritten in the 3.0 shape first.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Version {
    V30,
    V31,
}

impl Version {
    pub(super) fn of(version: &str) -> Option<Version> {
        if version.starts_with("3.0") {
            Some(Version::V30)
        } else if version.starts_with("3.1") {
            Some(Version::V31)
        } else {
            None
        }
    }
}

pub(super) fn unsupported_version(version: &str, at: Locator) -> Error {
    let name = if version.starts_with('2') {
        "Swagger (OpenAPI 2), not OpenAPI 3"
    } else {
        "not a version this generator knows"
    };
    Error::Spec {
        location: at("#/openapi"),
        message: format!("unsupported OpenAPI version `{version}`: this is {name}"),
        hint: Some(SUPPORTED.to_string()),
    }
}

/// Turns a typed-parse failure of one text into an explanation, looking at the raw document
/// for the common causes (not an object, Swagger 2.0, an unknown version, missing `paths`).
pub(super) fn explain(text: &str, is_json: bool, file: Option<PathBuf>, failure: Failure) -> Error {
    let raw: Result<serde_json::Value, String> = if is_json {
        serde_json::from_str(text).map_err(|e| e.to_string())
    } else {
        serde_norway::from_str(text).map_err(|e| e.to_string())
    };
    let Ok(raw) = raw else {
        return syntax_error(file, is_json, failure);
    };
    let at = |pointer: &str| Location {
        file: file.clone(),
        line_column: locate(text, is_json, pointer),
        pointer: Some(pointer.to_string()),
    };
    explain_document(&raw, &at, Some(failure), "OpenAPI 3.0 description")
}

/// A text that is not YAML or JSON at all.
pub(super) fn syntax_error(file: Option<PathBuf>, is_json: bool, failure: Failure) -> Error {
    let format = if is_json { "JSON" } else { "YAML" };
    let message = format!("invalid {format}: {}", failure.message);
    let hint = if failure.truncated || failure.message.contains("end of") {
        "the document ends in the middle of a value: is the file complete?".to_string()
    } else if failure.message.contains("recursion limit") {
        "the document is nested too deeply to be an API description".to_string()
    } else if failure.message.contains("repetition limit") {
        "the document expands YAML aliases too many times (an alias bomb?)".to_string()
    } else if failure.line_column.is_some() {
        format!(
            "fix the {format} syntax at this line and column (the problem may be just before it)"
        )
    } else {
        format!("fix the {format} syntax")
    };
    spec_error(
        file,
        failure.line_column,
        failure.pointer,
        &message,
        Some(&hint),
    )
}

/// Explains why the parsed document `raw` does not type as OpenAPI (`what` names what it
/// should be); `failure` is the typed parser's own account, when it has a position.
pub(super) fn explain_document(
    raw: &Value,
    at: Locator,
    failure: Option<Failure>,
    what: &str,
) -> Error {
    let error = |pointer: &str, message: String, hint: &str, located: bool| {
        let mut location = at(pointer);
        if !located {
            location.line_column = None;
        }
        Error::Spec {
            location,
            message,
            hint: Some(hint.to_string()),
        }
    };
    let Some(object) = raw.as_object() else {
        let message = format!("the document is not an object (found {})", kind_of(raw));
        return error(
            "#",
            message,
            "expected an OpenAPI 3.0 description: a mapping with `openapi`, `info` and `paths`",
            false,
        );
    };
    if let Some(version) = object.get("swagger") {
        let message = format!("this is a Swagger {} document", display_scalar(version));
        return error(
            "#/swagger",
            message,
            "convert it to OpenAPI 3.0 (e.g. with swagger2openapi); this generator supports OpenAPI 3.0.x and 3.1.x",
            true,
        );
    }
    match object.get("openapi") {
        None => {
            return error(
                "#",
                "missing `openapi` version field".to_string(),
                SUPPORTED,
                false,
            )
        }
        Some(version) => {
            let version = display_scalar(version);
            if Version::of(&version).is_none() {
                return unsupported_version(&version, at);
            }
        }
    }
    for (field, hint) in [
        ("info", "add `info:` with a `title` and a `version`"),
        (
            "paths",
            "add `paths:` with the API's endpoints (`paths: {}` if it has none yet)",
        ),
    ] {
        if !object.contains_key(field) {
            let message = format!("missing required top-level field `{field}`");
            return error("#", message, hint, false);
        }
    }
    // `openapiv3` reads `$ref`-or-object nodes through a buffer, which loses the position:
    // find the innermost node that fails on its own, and where it is in the text.
    let (location, detail) = match (narrow(raw), failure) {
        (Some((pointer, detail)), failure) => {
            let mut location = at(&pointer);
            location.line_column = location.line_column.or(failure.and_then(|f| f.line_column));
            (location, detail)
        }
        (None, Some(failure)) => {
            let location = Location {
                line_column: failure.line_column,
                pointer: failure.pointer,
                ..at("#")
            };
            (location, failure.message)
        }
        (None, None) => (at("#"), "the document does not type".to_string()),
    };
    Error::Spec {
        location,
        message: format!("not a valid {what}: {detail}"),
        hint: Some("check the node at this pointer against the OpenAPI 3.0 schema".to_string()),
    }
}

/// What a node of the document is, for finding the innermost invalid one.
#[derive(Clone, Copy)]
enum Node {
    Document,
    Paths,
    PathItem,
    Operation,
    Parameter,
    RequestBody,
    Responses,
    Response,
    MediaType,
    Header,
    Schema,
    Components,
    Example,
    SecurityScheme,
}

/// Deserializes `value` as `T`; the error names the path inside it, if any.
fn try_as<T: serde::de::DeserializeOwned>(value: &Value) -> Result<(), (String, String)> {
    serde_path_to_error::deserialize::<_, T>(value)
        .map(|_| ())
        .map_err(|error| {
            let inner = pointer_of(error.path()).unwrap_or_default();
            (
                inner.trim_start_matches('#').to_string(),
                error.inner().to_string(),
            )
        })
}

fn check_node(node: Node, value: &Value) -> Result<(), (String, String)> {
    use openapiv3 as o;
    match node {
        Node::Document => try_as::<OpenAPI>(value),
        Node::Paths => try_as::<o::Paths>(value),
        Node::PathItem => try_as::<ReferenceOr<o::PathItem>>(value),
        Node::Operation => try_as::<o::Operation>(value),
        Node::Parameter => try_as::<ReferenceOr<o::Parameter>>(value),
        Node::RequestBody => try_as::<ReferenceOr<o::RequestBody>>(value),
        Node::Responses => try_as::<o::Responses>(value),
        Node::Response => try_as::<ReferenceOr<o::Response>>(value),
        Node::MediaType => try_as::<o::MediaType>(value),
        Node::Header => try_as::<ReferenceOr<o::Header>>(value),
        Node::Schema => try_as::<ReferenceOr<o::Schema>>(value),
        Node::Components => try_as::<o::Components>(value),
        Node::Example => try_as::<ReferenceOr<o::Example>>(value),
        Node::SecurityScheme => try_as::<ReferenceOr<o::SecurityScheme>>(value),
    }
}

type Children<'v> = Vec<(String, Node, &'v Value)>;

fn each<'v>(
    object: &'v serde_json::Map<String, Value>,
    field: &str,
    kind: Node,
    out: &mut Children<'v>,
) {
    if let Some(Value::Object(map)) = object.get(field) {
        for (key, child) in map {
            let token = format!("{field}/{}", crate::diagnostics::pointer_token(key));
            out.push((token, kind, child));
        }
    }
}

fn list<'v>(
    object: &'v serde_json::Map<String, Value>,
    field: &str,
    kind: Node,
    out: &mut Children<'v>,
) {
    if let Some(Value::Array(items)) = object.get(field) {
        for (index, child) in items.iter().enumerate() {
            out.push((format!("{field}/{index}"), kind, child));
        }
    }
}

fn single<'v>(
    object: &'v serde_json::Map<String, Value>,
    field: &str,
    kind: Node,
    out: &mut Children<'v>,
) {
    if let Some(child) = object.get(field) {
        out.push((field.to_string(), kind, child));
    }
}

/// The typed children of a node: (pointer tokens, what it is, value).
fn children(node: Node, value: &Value) -> Children<'_> {
    let mut out = Vec::new();
    let Some(object) = value.as_object() else {
        return out;
    };
    match node {
        Node::Document => {
            single(object, "paths", Node::Paths, &mut out);
            single(object, "components", Node::Components, &mut out);
        }
        Node::Paths => {
            for (key, child) in object {
                out.push((
                    crate::diagnostics::pointer_token(key),
                    Node::PathItem,
                    child,
                ));
            }
        }
        Node::PathItem => {
            for method in [
                "get", "put", "post", "delete", "options", "head", "patch", "trace",
            ] {
                single(object, method, Node::Operation, &mut out);
            }
            list(object, "parameters", Node::Parameter, &mut out);
        }
        Node::Operation => {
            list(object, "parameters", Node::Parameter, &mut out);
            single(object, "requestBody", Node::RequestBody, &mut out);
            single(object, "responses", Node::Responses, &mut out);
        }
        Node::Responses => {
            for (key, child) in object {
                out.push((
                    crate::diagnostics::pointer_token(key),
                    Node::Response,
                    child,
                ));
            }
        }
        Node::Response => {
            each(object, "content", Node::MediaType, &mut out);
            each(object, "headers", Node::Header, &mut out);
        }
        Node::RequestBody => each(object, "content", Node::MediaType, &mut out),
        Node::Parameter | Node::Header => {
            single(object, "schema", Node::Schema, &mut out);
            each(object, "content", Node::MediaType, &mut out);
        }
        Node::MediaType => single(object, "schema", Node::Schema, &mut out),
        Node::Schema => {
            each(object, "properties", Node::Schema, &mut out);
            single(object, "items", Node::Schema, &mut out);
            single(object, "not", Node::Schema, &mut out);
            if object
                .get("additionalProperties")
                .is_some_and(Value::is_object)
            {
                single(object, "additionalProperties", Node::Schema, &mut out);
            }
            for field in ["allOf", "oneOf", "anyOf"] {
                list(object, field, Node::Schema, &mut out);
            }
        }
        Node::Components => {
            each(object, "schemas", Node::Schema, &mut out);
            each(object, "parameters", Node::Parameter, &mut out);
            each(object, "responses", Node::Response, &mut out);
            each(object, "requestBodies", Node::RequestBody, &mut out);
            each(object, "headers", Node::Header, &mut out);
            each(object, "examples", Node::Example, &mut out);
            each(object, "securitySchemes", Node::SecurityScheme, &mut out);
        }
        Node::Example | Node::SecurityScheme => {}
    }
    out
}

/// The innermost node that fails to parse on its own, as (pointer, message). Bounded by the
/// document's depth (which the parsers limit).
fn narrow(raw: &Value) -> Option<(String, String)> {
    let (mut inner, mut message) = check_node(Node::Document, raw).err()?;
    let mut pointer = String::from("#");
    let mut node = Node::Document;
    let mut value = raw;
    'descend: for _ in 0..256 {
        for (token, kind, child) in children(node, value) {
            if let Err((child_inner, child_message)) = check_node(kind, child) {
                pointer = format!("{pointer}/{token}");
                (node, value, inner, message) = (kind, child, child_inner, child_message);
                continue 'descend;
            }
        }
        break;
    }
    Some((format!("{pointer}{inner}"), message))
}

fn kind_of(value: &serde_json::Value) -> &'static str {
    match value {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "a list",
        serde_json::Value::Object(_) => "an object",
    }
}

fn display_scalar(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}
