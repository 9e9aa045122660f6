//! Reading a spec (YAML or JSON) into `openapiv3` types, with located errors.

use std::path::{Path, PathBuf};

use openapiv3::OpenAPI;

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
                message: inner.to_string(),
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
            }
        })
    };
    match parsed {
        Ok(spec) => check_version(spec, file),
        Err(failure) => Err(explain(text, is_json, file, failure)),
    }
}

struct Failure {
    line_column: Option<(usize, usize)>,
    pointer: Option<String>,
    message: String,
}

fn pointer_of(path: &serde_path_to_error::Path) -> Option<String> {
    let mut pointer = String::from("#");
    for segment in path.iter() {
        let token = match segment {
            serde_path_to_error::Segment::Seq { index } => index.to_string(),
            serde_path_to_error::Segment::Map { key } => crate::diagnostics::pointer_token(key),
            serde_path_to_error::Segment::Enum { variant } => variant.clone(),
            serde_path_to_error::Segment::Unknown => "?".to_string(),
        };
        pointer.push('/');
        pointer.push_str(&token);
    }
    (pointer.len() > 1).then_some(pointer)
}

/// YAML errors repeat their position in the message; it is reported separately.
fn strip_location(message: &str) -> String {
    match message.find(" at line ") {
        Some(index) => message[..index].to_string(),
        None => message.to_string(),
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
        return spec_error(file, failure.line_column, None, &message, None);
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
    for field in ["info", "paths"] {
        if !object.contains_key(field) {
            let message = format!("missing required top-level field `{field}`");
            return spec_error(file, None, Some("#".into()), &message, None);
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
