//! Reading a spec (YAML or JSON) into `openapiv3` types, with located errors.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use indexmap::IndexMap;
use openapiv3::{OpenAPI, ReferenceOr};
use serde_json::Value;

use crate::diagnostics::{Error, Location};

mod locate;

use locate::locate;

/// Reads and parses the spec at `path`.
pub fn load_file(path: &Path) -> Result<OpenAPI, Error> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })?;
    parse(&text, Some(path))
}

/// Parses a spec from text. JSON is recognised by its leading `{`; anything else is read as YAML.
pub fn parse(text: &str, file: Option<&Path>) -> Result<OpenAPI, Error> {
    let (spec, duplicate_keys) = parse_overlapped(text, file)?;
    duplicate_keys.finish()?;
    Ok(spec)
}

/// [`parse`], with the scan for repeated keys (a second full parse of the text) still running
/// on another thread: the caller can start working on the spec and calls
/// [`DuplicateKeyScan::finish`] before trusting its result.
pub fn parse_overlapped(
    text: &str,
    file: Option<&Path>,
) -> Result<(OpenAPI, DuplicateKeyScan), Error> {
    let file = file.map(Path::to_path_buf);
    // A UTF-8 byte-order mark (as some Windows editors write) is not part of the document.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(spec_error(
            file,
            None,
            None,
            "the document is empty",
            Some("expected an OpenAPI 3.0 description"),
        ));
    }
    let is_json = text.trim_start().starts_with('{');
    let owned_text = text.to_owned();
    let scan = std::thread::spawn(move || duplicate_key(&owned_text, is_json));
    match deserialize_located::<OpenAPI>(text, is_json) {
        Ok(spec) => {
            let spec = check_version(spec, text, is_json, file.clone())?;
            check_reference_cycles(&spec, text, is_json, file.clone())?;
            Ok((spec, DuplicateKeyScan { scan, file }))
        }
        Err(failure) => Err(explain(text, is_json, file, failure)),
    }
}

/// The scan for repeated mapping keys, running beside the work on a parsed spec.
#[must_use = "a spec is only sound once `finish` has found no repeated key"]
pub struct DuplicateKeyScan {
    scan: std::thread::JoinHandle<Option<Failure>>,
    file: Option<PathBuf>,
}

impl DuplicateKeyScan {
    /// Waits for the scan; a repeated key is an error, located like any other.
    pub fn finish(self) -> Result<(), Error> {
        let failure = self.scan.join().unwrap_or_else(|_| {
            Some(Failure {
                line_column: None,
                pointer: None,
                message: "the duplicate-key check stopped unexpectedly".to_string(),
                truncated: false,
            })
        });
        match failure {
            None => Ok(()),
            Some(failure) => Err(spec_error(
                self.file,
                failure.line_column,
                Some(failure.pointer.unwrap_or_else(|| "#".into())),
                &failure.message,
                Some("keep one of the entries: parsers silently drop all but the last"),
            )),
        }
    }
}

/// Deserializes the whole text as `T`, keeping where a failure happened. Tracking the path
/// costs time on every value and only a failure needs it, so a failed parse runs again with it.
fn deserialize_located<T: serde::de::DeserializeOwned>(
    text: &str,
    is_json: bool,
) -> Result<T, Failure> {
    let untracked = if is_json {
        serde_json::from_str::<T>(text).ok()
    } else {
        serde_norway::from_str::<T>(text).ok()
    };
    match untracked {
        Some(value) => Ok(value),
        None => deserialize_tracked(text, is_json),
    }
}

fn deserialize_tracked<T: serde::de::DeserializeOwned>(
    text: &str,
    is_json: bool,
) -> Result<T, Failure> {
    if is_json {
        let mut deserializer = serde_json::Deserializer::from_str(text);
        serde_path_to_error::deserialize::<_, T>(&mut deserializer).map_err(|error| {
            let inner = error.inner();
            Failure {
                line_column: (inner.line() > 0).then(|| (inner.line(), inner.column())),
                pointer: pointer_of(error.path()),
                message: strip_location(&inner.to_string()),
                truncated: inner.is_eof(),
            }
        })
    } else {
        let deserializer = serde_norway::Deserializer::from_str(text);
        serde_path_to_error::deserialize::<_, T>(deserializer).map_err(|error| {
            let inner = error.inner();
            Failure {
                line_column: inner.location().map(|l| (l.line(), l.column())),
                pointer: pointer_of(error.path()),
                message: strip_location(&inner.to_string()),
                truncated: false,
            }
        })
    }
}

/// Refuses components that are only references leading back to themselves
/// (`A: {$ref: B}`, `B: {$ref: A}`): they describe no value at all.
fn check_reference_cycles(
    spec: &OpenAPI,
    text: &str,
    is_json: bool,
    file: Option<PathBuf>,
) -> Result<(), Error> {
    let Some(components) = &spec.components else {
        return Ok(());
    };
    fn targets<T>(table: &IndexMap<String, ReferenceOr<T>>) -> Vec<(&str, Option<&str>)> {
        table
            .iter()
            .map(|(name, item)| {
                let reference = match item {
                    ReferenceOr::Reference { reference } => Some(reference.as_str()),
                    ReferenceOr::Item(_) => None,
                };
                (name.as_str(), reference)
            })
            .collect()
    }
    let sections = [
        ("schemas", targets(&components.schemas)),
        ("parameters", targets(&components.parameters)),
        ("responses", targets(&components.responses)),
        ("requestBodies", targets(&components.request_bodies)),
        ("headers", targets(&components.headers)),
        ("examples", targets(&components.examples)),
        ("securitySchemes", targets(&components.security_schemes)),
        ("links", targets(&components.links)),
    ];
    for (section, entries) in sections {
        let prefix = format!("#/components/{section}/");
        let next: HashMap<&str, String> = entries
            .iter()
            .filter_map(|(name, reference)| {
                let target = crate::refs::component_name((*reference)?, section).ok()?;
                Some((*name, target))
            })
            .collect();
        let names: HashSet<&str> = entries.iter().map(|(name, _)| *name).collect();
        // Each name has at most one successor, so one walk per unvisited name finds every
        // cycle in linear time.
        let mut finished: HashSet<&str> = HashSet::new();
        for (start, _) in &entries {
            let mut chain: Vec<&str> = Vec::new();
            let mut on_chain: HashMap<&str, usize> = HashMap::new();
            let mut current: &str = start;
            loop {
                if finished.contains(current) {
                    break;
                }
                if let Some(&index) = on_chain.get(current) {
                    let mut cycle: Vec<&str> = chain.get(index..).unwrap_or_default().to_vec();
                    cycle.push(current);
                    let pointers: Vec<String> = cycle
                        .iter()
                        .map(|n| format!("{prefix}{}", crate::diagnostics::pointer_token(n)))
                        .collect();
                    let message = format!(
                        "$ref cycle with nothing in between: {}",
                        pointers.join(" → ")
                    );
                    let pointer = pointers.first().map(|p| format!("{p}/$ref"));
                    let line_column = pointer.as_deref().and_then(|p| locate(text, is_json, p));
                    return Err(spec_error(
                        file,
                        line_column,
                        pointer,
                        &message,
                        Some("each of these only refers to the next, so none describes a value; give one of them a definition (for a schema, e.g. `type: object` with properties)"),
                    ));
                }
                on_chain.insert(current, chain.len());
                chain.push(current);
                match next.get(current).and_then(|t| names.get(t.as_str())) {
                    Some(target) => current = target,
                    None => break,
                }
            }
            finished.extend(chain);
        }
    }
    Ok(())
}

struct Failure {
    line_column: Option<(usize, usize)>,
    pointer: Option<String>,
    message: String,
    /// The text ended in the middle of a value.
    truncated: bool,
}

fn pointer_of(path: &serde_path_to_error::Path) -> Option<String> {
    let mut pointer = String::from("#");
    for segment in path.iter() {
        let token = match segment {
            serde_path_to_error::Segment::Seq { index } => index.to_string(),
            serde_path_to_error::Segment::Map { key } => crate::diagnostics::pointer_token(key),
            serde_path_to_error::Segment::Enum { variant } => variant.clone(),
            // Where the parser gave up inside a node: the pointer ends at that node.
            serde_path_to_error::Segment::Unknown => break,
        };
        pointer.push('/');
        pointer.push_str(&token);
    }
    (pointer.len() > 1).then_some(pointer)
}

/// Parsers repeat the position in the message (and YAML errors start with the dotted
/// path, `paths./a.get: …`); both are reported separately.
fn strip_location(message: &str) -> String {
    let message = match message.find(" at line ") {
        Some(index) => message.get(..index).unwrap_or(message),
        None => message,
    };
    match message.split_once(": ") {
        Some((path, rest)) if !path.contains(' ') && !path.contains('`') && !rest.is_empty() => {
            rest.to_string()
        }
        _ => message.to_string(),
    }
}

fn spec_error(
    file: Option<PathBuf>,
    line_column: Option<(usize, usize)>,
    pointer: Option<String>,
    message: &str,
    hint: Option<&str>,
) -> Error {
    Error::Spec {
        location: Location {
            file,
            line_column,
            pointer,
        },
        message: message.to_string(),
        hint: hint.map(str::to_string),
    }
}

const SUPPORTED: &str = "this generator supports OpenAPI 3.0.x (3.0.0 to 3.0.4); convert the description to 3.0 or use a 3.0 version of it";

fn check_version(
    spec: OpenAPI,
    text: &str,
    is_json: bool,
    file: Option<PathBuf>,
) -> Result<OpenAPI, Error> {
    if spec.openapi.starts_with("3.0") {
        return Ok(spec);
    }
    Err(unsupported_version(&spec.openapi, text, is_json, file))
}

fn unsupported_version(version: &str, text: &str, is_json: bool, file: Option<PathBuf>) -> Error {
    let name = if version.starts_with("3.1") {
        "OpenAPI 3.1 (JSON Schema 2020-12 based)"
    } else if version.starts_with('2') {
        "Swagger (OpenAPI 2), not OpenAPI 3"
    } else {
        "not a version this generator knows"
    };
    let message = format!("unsupported OpenAPI version `{version}`: this is {name}");
    spec_error(
        file,
        locate(text, is_json, "#/openapi"),
        Some("#/openapi".into()),
        &message,
        Some(SUPPORTED),
    )
}

/// Turns a typed-parse failure into an explanation, looking at the raw document for the common
/// causes (not an object, Swagger 2.0, OpenAPI 3.1, missing `paths`).
fn explain(text: &str, is_json: bool, file: Option<PathBuf>, failure: Failure) -> Error {
    let raw: Result<serde_json::Value, String> = if is_json {
        serde_json::from_str(text).map_err(|e| e.to_string())
    } else {
        serde_norway::from_str(text).map_err(|e| e.to_string())
    };
    let format = if is_json { "JSON" } else { "YAML" };
    let Ok(raw) = raw else {
        let message = format!("invalid {format}: {}", failure.message);
        let hint = if failure.truncated || failure.message.contains("end of") {
            "the document ends in the middle of a value: is the file complete?".to_string()
        } else if failure.message.contains("recursion limit") {
            "the document is nested too deeply to be an API description".to_string()
        } else if failure.message.contains("repetition limit") {
            "the document expands YAML aliases too many times (an alias bomb?)".to_string()
        } else if failure.line_column.is_some() {
            format!("fix the {format} syntax at this line and column (the problem may be just before it)")
        } else {
            format!("fix the {format} syntax")
        };
        return spec_error(
            file,
            failure.line_column,
            failure.pointer,
            &message,
            Some(&hint),
        );
    };
    let Some(object) = raw.as_object() else {
        let message = format!("the document is not an object (found {})", kind_of(&raw));
        return spec_error(
            file,
            None,
            Some("#".into()),
            &message,
            Some(
                "expected an OpenAPI 3.0 description: a mapping with `openapi`, `info` and `paths`",
            ),
        );
    };
    if let Some(version) = object.get("swagger") {
        let message = format!("this is a Swagger {} document", display_scalar(version));
        return spec_error(
            file,
            locate(text, is_json, "#/swagger"),
            Some("#/swagger".into()),
            &message,
            Some("convert it to OpenAPI 3.0 (e.g. with swagger2openapi); this generator supports OpenAPI 3.0.x"),
        );
    }
    match object.get("openapi") {
        None => {
            return spec_error(
                file,
                None,
                Some("#".into()),
                "missing `openapi` version field",
                Some(SUPPORTED),
            )
        }
        Some(version) => {
            let version = display_scalar(version);
            if !version.starts_with("3.0") {
                return unsupported_version(&version, text, is_json, file);
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
            return spec_error(file, None, Some("#".into()), &message, Some(hint));
        }
    }
    // `openapiv3` reads `$ref`-or-object nodes through a buffer, which loses the position:
    // find the innermost node that fails on its own, and where it is in the text.
    let (pointer, detail, line_column) = match narrow(&raw) {
        Some((pointer, detail)) => {
            let line_column = locate(text, is_json, &pointer).or(failure.line_column);
            (Some(pointer), detail, line_column)
        }
        None => (failure.pointer, failure.message, failure.line_column),
    };
    let message = format!("not a valid OpenAPI 3.0 description: {detail}");
    spec_error(
        file,
        line_column,
        pointer,
        &message,
        Some("check the node at this pointer against the OpenAPI 3.0 schema"),
    )
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

/// The first mapping with a repeated key, which both parsers would otherwise resolve silently
/// by keeping the last value (dropping, say, a whole path).
fn duplicate_key(text: &str, is_json: bool) -> Option<Failure> {
    deserialize_located::<NoDuplicateKeys>(text, is_json).err()
}

/// Accepts any document, failing on the first mapping that repeats a key.
struct NoDuplicateKeys;

impl<'de> serde::Deserialize<'de> for NoDuplicateKeys {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(NoDuplicateKeys)
    }
}

/// A mapping key as text (YAML keys may be numbers or booleans; others never compare equal).
pub(super) struct Key(Option<String>);

impl<'de> serde::Deserialize<'de> for Key {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> serde::de::Visitor<'de> for KeyVisitor {
            type Value = Key;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a mapping key")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Key, E> {
                Ok(Key(Some(v.to_string())))
            }
            fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<Key, E> {
                Ok(Key(Some(v.to_string())))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Key, E> {
                Ok(Key(Some(v.to_string())))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Key, E> {
                Ok(Key(Some(v.to_string())))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Key, E> {
                Ok(Key(Some(v.to_string())))
            }
            fn visit_unit<E: serde::de::Error>(self) -> Result<Key, E> {
                Ok(Key(Some("null".to_string())))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Key, A::Error> {
                while seq.next_element::<NoDuplicateKeys>()?.is_some() {}
                Ok(Key(None))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Key, A::Error> {
                NoDuplicateKeys.visit_map(map)?;
                Ok(Key(None))
            }
        }
        deserializer.deserialize_any(KeyVisitor)
    }
}

impl<'de> serde::de::Visitor<'de> for NoDuplicateKeys {
    type Value = NoDuplicateKeys;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any value")
    }
    fn visit_bool<E: serde::de::Error>(self, _: bool) -> Result<Self, E> {
        Ok(self)
    }
    fn visit_i64<E: serde::de::Error>(self, _: i64) -> Result<Self, E> {
        Ok(self)
    }
    fn visit_u64<E: serde::de::Error>(self, _: u64) -> Result<Self, E> {
        Ok(self)
    }
    fn visit_i128<E: serde::de::Error>(self, _: i128) -> Result<Self, E> {
        Ok(self)
    }
    fn visit_u128<E: serde::de::Error>(self, _: u128) -> Result<Self, E> {
        Ok(self)
    }
    fn visit_f64<E: serde::de::Error>(self, _: f64) -> Result<Self, E> {
        Ok(self)
    }
    fn visit_str<E: serde::de::Error>(self, _: &str) -> Result<Self, E> {
        Ok(self)
    }
    fn visit_bytes<E: serde::de::Error>(self, _: &[u8]) -> Result<Self, E> {
        Ok(self)
    }
    fn visit_unit<E: serde::de::Error>(self) -> Result<Self, E> {
        Ok(self)
    }
    fn visit_none<E: serde::de::Error>(self) -> Result<Self, E> {
        Ok(self)
    }
    fn visit_some<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<Self, D::Error> {
        <NoDuplicateKeys as serde::Deserialize>::deserialize(deserializer)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self, A::Error> {
        while seq.next_element::<NoDuplicateKeys>()?.is_some() {}
        Ok(self)
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self, A::Error> {
        let mut seen = HashSet::new();
        while let Some(Key(key)) = map.next_key::<Key>()? {
            if let Some(key) = key {
                if seen.contains(&key) {
                    return Err(serde::de::Error::custom(format!(
                        "duplicate key `{key}` in this mapping"
                    )));
                }
                seen.insert(key);
            }
            map.next_value::<NoDuplicateKeys>()?;
        }
        Ok(self)
    }
}
