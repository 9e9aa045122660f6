//! Reading a spec (YAML or JSON) into `openapiv3` types, with located errors.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use indexmap::IndexMap;
use openapiv3::{OpenAPI, ReferenceOr};

use crate::diagnostics::{Error, Location};

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
    let parsed = if is_json {
        let mut deserializer = serde_json::Deserializer::from_str(text);
        serde_path_to_error::deserialize::<_, OpenAPI>(&mut deserializer).map_err(|error| {
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
        serde_path_to_error::deserialize::<_, OpenAPI>(deserializer).map_err(|error| {
            let inner = error.inner();
            Failure {
                line_column: inner.location().map(|l| (l.line(), l.column())),
                pointer: pointer_of(error.path()),
                message: strip_location(&inner.to_string()),
                truncated: false,
            }
        })
    };
    match parsed {
        Ok(spec) => {
            let spec = check_version(spec, file.clone())?;
            check_duplicate_keys(text, is_json, file.clone())?;
            check_reference_cycles(&spec, file)?;
            Ok(spec)
        }
        Err(failure) => Err(explain(text, is_json, file, failure)),
    }
}

/// Refuses components that are only references leading back to themselves
/// (`A: {$ref: B}`, `B: {$ref: A}`): they describe no value at all.
fn check_reference_cycles(spec: &OpenAPI, file: Option<PathBuf>) -> Result<(), Error> {
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
                let target = (*reference)?.strip_prefix(&prefix)?;
                Some((*name, target.replace("~1", "/").replace("~0", "~")))
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
                    return Err(spec_error(
                        file,
                        None,
                        pointers.first().map(|p| format!("{p}/$ref")),
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

const SUPPORTED: &str = "this generator supports OpenAPI 3.0.x";

fn check_version(spec: OpenAPI, file: Option<PathBuf>) -> Result<OpenAPI, Error> {
    if spec.openapi.starts_with("3.0") {
        return Ok(spec);
    }
    let message = format!("unsupported OpenAPI version `{}`", spec.openapi);
    Err(spec_error(
        file,
        None,
        Some("#/openapi".into()),
        &message,
        Some(SUPPORTED),
    ))
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
        return spec_error(file, failure.line_column, failure.pointer, &message, Some(&hint));
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
            None,
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
                let message = format!("unsupported OpenAPI version `{version}`");
                return spec_error(
                    file,
                    None,
                    Some("#/openapi".into()),
                    &message,
                    Some(SUPPORTED),
                );
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
    let message = format!("not a valid OpenAPI 3.0 description: {}", failure.message);
    spec_error(
        file,
        failure.line_column,
        failure.pointer,
        &message,
        Some("check the node at this pointer against the OpenAPI 3.0 schema"),
    )
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

/// Refuses mappings with a repeated key, which both parsers would otherwise resolve silently
/// by keeping the last value (dropping, say, a whole path).
fn check_duplicate_keys(text: &str, is_json: bool, file: Option<PathBuf>) -> Result<(), Error> {
    let failure = if is_json {
        let mut deserializer = serde_json::Deserializer::from_str(text);
        serde_path_to_error::deserialize::<_, NoDuplicateKeys>(&mut deserializer)
            .err()
            .map(|error| Failure {
                line_column: (error.inner().line() > 0)
                    .then(|| (error.inner().line(), error.inner().column())),
                pointer: pointer_of(error.path()),
                message: strip_location(&error.inner().to_string()),
                truncated: false,
            })
    } else {
        let deserializer = serde_norway::Deserializer::from_str(text);
        serde_path_to_error::deserialize::<_, NoDuplicateKeys>(deserializer)
            .err()
            .map(|error| Failure {
                line_column: error.inner().location().map(|l| (l.line(), l.column())),
                pointer: pointer_of(error.path()),
                message: strip_location(&error.inner().to_string()),
                truncated: false,
            })
    };
    match failure {
        None => Ok(()),
        Some(failure) => Err(spec_error(
            file,
            failure.line_column,
            Some(failure.pointer.unwrap_or_else(|| "#".into())),
            &failure.message,
            Some("keep one of the entries: parsers silently drop all but the last"),
        )),
    }
}

/// Accepts any document, failing on the first mapping that repeats a key.
struct NoDuplicateKeys;

impl<'de> serde::Deserialize<'de> for NoDuplicateKeys {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(NoDuplicateKeys)
    }
}

/// A mapping key as text (YAML keys may be numbers or booleans; others never compare equal).
struct Key(Option<String>);

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
