//! Requests as built by the generated operations, before the client sends them.

use bytes::Bytes;
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue, ACCEPT, CONTENT_TYPE};
use reqwest::multipart::{Form, Part};
use reqwest::Method;
use serde::Serialize;
use serde_json::Value;

use crate::auth::Security;
use crate::codec::{collect_file_uploads, file_upload_index, FileUpload};
use crate::error::{Error, Result};
use crate::form::FieldEncoding;

/// Characters escaped in a path segment: everything but RFC 3986 unreserved characters.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Writes one path parameter in the `simple` style (`5`, `a,b`, `k,v`), percent-encoded so it
/// can never change the path's structure.
#[allow(dead_code, reason = "used only when the spec needs it")]
pub(crate) fn encode_segment(value: impl Serialize) -> String {
    match serde_json::to_value(value) {
        // The common case, an id, without the copies the general path makes.
        Ok(Value::String(text)) => utf8_percent_encode(&text, SEGMENT).to_string(),
        Ok(value) => encode_path_param("", value, PathStyle::Simple { explode: false }),
        Err(_) => String::new(),
    }
}

/// How a path parameter is serialized (OpenAPI `style` and `explode`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(dead_code, reason = "used only when the spec needs it")]
pub(crate) enum PathStyle {
    /// `simple`: `5`, arrays `3,4,5`, objects `k,v,k2,v2` (exploded: `k=v,k2=v2`).
    Simple {
        /// Objects as `k=v` pairs.
        explode: bool,
    },
    /// `label`: `.5`, arrays `.3,4,5` (exploded: `.3.4.5`), objects `.k,v` (`.k=v.k2=v2`).
    Label {
        /// Each value after its own `.`.
        explode: bool,
    },
    /// `matrix`: `;id=5`, arrays `;id=3,4,5` (exploded: `;id=3;id=4;id=5`), objects
    /// `;id=k,v` (`;k=v;k2=v2`).
    Matrix {
        /// Each value with its own `;name=`.
        explode: bool,
    },
}

/// Writes the path parameter `name` in `style`: any serializable value (numbers, booleans,
/// enums and unions as their JSON value, arrays, objects), each name and value
/// percent-encoded so it can never change the path's structure. A value that does not
/// serialize, or is `null`, gives an empty segment, which sending refuses.
#[allow(dead_code, reason = "used only when the spec needs it")]
pub(crate) fn encode_path_param(name: &str, value: impl Serialize, style: PathStyle) -> String {
    let encode = |text: &str| utf8_percent_encode(text, SEGMENT).to_string();
    let value = serde_json::to_value(value).unwrap_or(Value::Null);
    let (prefix, explode) = match style {
        PathStyle::Simple { explode } => ("", explode),
        PathStyle::Label { explode } => (".", explode),
        PathStyle::Matrix { explode } => (";", explode),
    };
    let matrix = matches!(style, PathStyle::Matrix { .. });
    // What stands between exploded values: `,` (simple), `.` (label), `;name=` (matrix).
    let exploded_separator = match style {
        PathStyle::Simple { .. } => ",",
        PathStyle::Label { .. } => ".",
        PathStyle::Matrix { .. } => ";",
    };
    let named = |text: String| {
        if matrix {
            format!(";{}={text}", encode(name))
        } else {
            format!("{prefix}{text}")
        }
    };
    match value {
        Value::Null => String::new(),
        Value::Array(items) => {
            let items: Vec<String> = items
                .iter()
                .filter(|v| !v.is_null())
                .map(|v| encode(&scalar_text(v)))
                .collect();
            if items.is_empty() {
                String::new()
            } else if explode && matrix {
                items.into_iter().map(named).collect()
            } else if explode {
                format!("{prefix}{}", items.join(exploded_separator))
            } else {
                named(items.join(","))
            }
        }
        Value::Object(fields) => {
            let fields = fields
                .iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (encode(k), encode(&scalar_text(v))));
            if explode {
                let pairs: Vec<String> = fields.map(|(k, v)| format!("{k}={v}")).collect();
                if pairs.is_empty() {
                    String::new()
                } else {
                    format!("{prefix}{}", pairs.join(exploded_separator))
                }
            } else {
                let flat: Vec<String> = fields.flat_map(|(k, v)| [k, v]).collect();
                if flat.is_empty() {
                    String::new()
                } else {
                    named(flat.join(","))
                }
            }
        }
        scalar => named(encode(&scalar_text(&scalar))),
    }
}

/// How a query parameter is serialized (OpenAPI `style` and `explode`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(dead_code, reason = "used only when the spec needs it")]
pub(crate) enum QueryStyle {
    /// `form`: arrays as `a=1&a=2` (explode) or `a=1,2`; objects as `k=v` or `a=k,v`.
    Form {
        /// Whether each array item or object field becomes its own parameter.
        explode: bool,
    },
    /// `spaceDelimited`: arrays as `a=1 2`.
    SpaceDelimited,
    /// `pipeDelimited`: arrays as `a=1|2`.
    PipeDelimited,
    /// `deepObject`: objects as `a[k]=v`.
    DeepObject,
}

/// The body of a request.
#[derive(Debug)]
enum Body {
    Empty,
    Bytes {
        content_type: HeaderValue,
        bytes: Bytes,
    },
    Multipart(Vec<(String, PartValue)>),
    /// An `application/x-www-form-urlencoded` body: the object, encoded when sent.
    Form {
        fields: serde_json::Map<String, Value>,
        encoding: &'static [FieldEncoding],
    },
}

/// One part of a multipart body.
#[derive(Debug)]
enum PartValue {
    Text(String),
    File(FileUpload),
}

/// A `multipart/form-data` body, built from a serializable object.
#[derive(Debug)]
pub(crate) struct Multipart {
    /// The parts, or why the body could not be built (reported when sending).
    parts: std::result::Result<Vec<(String, PartValue)>, String>,
}

impl Multipart {
    /// Each field of the object becomes a part. [`FileUpload`] fields become file
    /// parts; strings become text parts; other values are sent as JSON text; arrays
    /// become one part per item; `null` and absent fields are left out.
    ///
    /// Never fails itself: a body that cannot be built (not an object, or failing
    /// to serialize) makes the request fail with [`Error::InvalidRequest`] before
    /// anything is sent.
    #[allow(dead_code, reason = "used only when the spec needs it")]
    pub(crate) fn from_serialize(body: &(impl Serialize + ?Sized)) -> Result<Self> {
        Ok(Multipart {
            parts: multipart_parts(body),
        })
    }
}

fn multipart_parts(
    body: &(impl Serialize + ?Sized),
) -> std::result::Result<Vec<(String, PartValue)>, String> {
    let (value, files) = collect_file_uploads(body);
    let value = value.map_err(|err| format!("cannot serialize the body: {err}"))?;
    let Value::Object(fields) = value else {
        return Err("a multipart body must be an object".to_owned());
    };
    let part = |value: &Value| match file_upload_index(value).and_then(|i| files.get(i)) {
        Some(file) => PartValue::File(file.clone()),
        None => PartValue::Text(scalar_text(value)),
    };
    let mut parts = Vec::new();
    for (name, value) in &fields {
        match value {
            Value::Null => {}
            Value::Array(items) => parts.extend(
                items
                    .iter()
                    .filter(|v| !v.is_null())
                    .map(|item| (name.clone(), part(item))),
            ),
            value => parts.push((name.clone(), part(value))),
        }
    }
    Ok(parts)
}

/// A request being built by a generated operation; sent by `client::execute`.
#[derive(Debug)]
pub(crate) struct ApiRequest {
    pub(crate) operation_id: &'static str,
    pub(crate) method: Method,
    pub(crate) path_template: &'static str,
    pub(crate) path: String,
    pub(crate) query: Vec<(String, String)>,
    pub(crate) headers: HeaderMap,
    body: Body,
    /// The operation's security requirement, when it is not the API's default.
    pub(crate) security: Option<Security>,
    /// A problem found while building the request, reported by `validate`.
    problem: Option<String>,
}

impl ApiRequest {
    /// A request without query, headers or body. `path` is `path_template` with
    /// every parameter already passed through [`encode_segment`].
    pub(crate) fn new(
        operation_id: &'static str,
        method: Method,
        path_template: &'static str,
        path: String,
    ) -> Self {
        ApiRequest {
            operation_id,
            method,
            path_template,
            path,
            query: Vec::new(),
            headers: HeaderMap::new(),
            body: Body::Empty,
            security: None,
            problem: None,
        }
    }

    /// Sends the credentials `security` asks for instead of the API's default ones (none for
    /// an empty requirement).
    #[allow(dead_code, reason = "used only when an operation declares its own security")]
    pub(crate) fn security(&mut self, security: Security) {
        self.security = Some(security);
    }

    fn invalid(&self, message: String) -> Error {
        Error::InvalidRequest {
            operation_id: self.operation_id,
            message,
        }
    }

    /// The request after `build` added its parameters and body, or the first problem.
    #[allow(dead_code, reason = "used only when some operation has parameters or a body")]
    pub(crate) fn with(mut self, build: impl FnOnce(&mut Self) -> Result<()>) -> Result<Self> {
        build(&mut self)?;
        Ok(self)
    }

    fn to_value(&self, what: &str, value: &(impl Serialize + ?Sized)) -> Result<Value> {
        serde_json::to_value(value)
            .map_err(|err| self.invalid(format!("cannot serialize {what}: {err}")))
    }

    /// Adds a query parameter; `None`/`null` values are left out.
    #[allow(dead_code, reason = "used only when the spec needs it")]
    pub(crate) fn query(
        &mut self,
        name: &str,
        value: &(impl Serialize + ?Sized),
        style: QueryStyle,
    ) -> Result<()> {
        let value = self.to_value(&format!("query parameter `{name}`"), value)?;
        push_query(&mut self.query, name, &value, style);
        Ok(())
    }

    /// Adds a header; `None`/`null` values are left out. Values containing CR, LF or
    /// other control characters are rejected.
    #[allow(dead_code, reason = "used only when the spec needs it")]
    pub(crate) fn header(&mut self, name: &str, value: &(impl Serialize + ?Sized)) -> Result<()> {
        let value = self.to_value(&format!("header `{name}`"), value)?;
        let text = match &value {
            Value::Null => return Ok(()),
            Value::Array(items) => {
                join(items.iter().filter(|v| !v.is_null()).map(scalar_text), ",")
            }
            Value::Object(map) => join(
                map.iter()
                    .filter(|(_, v)| !v.is_null())
                    .flat_map(|(k, v)| [k.clone(), scalar_text(v)]),
                ",",
            ),
            scalar => scalar_text(scalar),
        };
        let (name, value) = parse_header(name, &text).map_err(|message| self.invalid(message))?;
        self.headers.append(name, value);
        Ok(())
    }

    /// Sets the `Accept` header (the default is `application/json`).
    #[allow(dead_code, reason = "used only when the spec needs it")]
    pub(crate) fn accept(&mut self, media_type: &'static str) {
        if let Ok(value) = HeaderValue::from_str(media_type) {
            self.headers.insert(ACCEPT, value);
        }
    }

    /// Sets a JSON body.
    #[allow(dead_code, reason = "used only when the spec needs it")]
    pub(crate) fn json(&mut self, body: &(impl Serialize + ?Sized)) -> Result<()> {
        let bytes = serde_json::to_vec(body)
            .map_err(|err| self.invalid(format!("cannot serialize the body: {err}")))?;
        self.body = Body::Bytes {
            content_type: HeaderValue::from_static("application/json"),
            bytes: bytes.into(),
        };
        Ok(())
    }

    /// Sets an `application/x-www-form-urlencoded` body from a serializable object, its
    /// properties written as `encoding` says (see [`crate::form`]).
    #[allow(dead_code, reason = "used only when the spec needs it")]
    pub(crate) fn form(
        &mut self,
        body: &(impl Serialize + ?Sized),
        encoding: &'static [FieldEncoding],
    ) -> Result<()> {
        let Value::Object(fields) = self.to_value("the body", body)? else {
            return Err(self.invalid("a form body must be an object".to_owned()));
        };
        self.body = Body::Form { fields, encoding };
        Ok(())
    }

    /// Adds `properties` to the JSON object or form body, replacing properties of the same
    /// name. A request without a body is left as it is; any other body cannot take them.
    pub(crate) fn add_body_properties(&mut self, properties: &[(String, Value)]) -> Result<()> {
        if properties.is_empty() || matches!(self.body, Body::Empty) {
            return Ok(());
        }
        if let Body::Form { fields, .. } = &mut self.body {
            for (name, value) in properties {
                fields.insert(name.clone(), value.clone());
            }
            return Ok(());
        }
        let Body::Bytes { content_type, bytes } = &self.body else {
            return Err(self.invalid(
                "extra body properties need a JSON object body, not a multipart one".to_string(),
            ));
        };
        let object = match serde_json::from_slice::<Value>(bytes) {
            Ok(Value::Object(object)) if content_type == "application/json" => Some(object),
            _ => None,
        };
        let Some(mut object) = object else {
            return Err(self.invalid(
                "extra body properties need a JSON object body; this one is not".to_string(),
            ));
        };
        for (name, value) in properties {
            object.insert(name.clone(), value.clone());
        }
        let bytes = serde_json::to_vec(&object)
            .map_err(|err| self.invalid(format!("cannot serialize the body: {err}")))?;
        self.body = Body::Bytes {
            content_type: HeaderValue::from_static("application/json"),
            bytes: bytes.into(),
        };
        Ok(())
    }

    /// Sets a text body of the given media type (such as `text/plain`).
    #[allow(dead_code, reason = "used only when the spec needs it")]
    pub(crate) fn text_body(&mut self, content_type: &'static str, body: String) {
        self.body = Body::Bytes {
            content_type: media_type(None, content_type),
            bytes: body.into(),
        };
    }

    /// Sends a file as the whole body, with its own content type if it has one and
    /// else the spec's `content_type`.
    #[allow(dead_code, reason = "used only when the spec needs it")]
    pub(crate) fn file_body(&mut self, content_type: &'static str, file: &FileUpload) {
        self.body = Body::Bytes {
            content_type: media_type(file.content_type.as_deref(), content_type),
            bytes: file.bytes.clone(),
        };
    }

    /// Sets a `multipart/form-data` body; it is rebuilt for every attempt.
    #[allow(dead_code, reason = "used only when the spec needs it")]
    pub(crate) fn multipart(&mut self, multipart: Multipart) {
        match multipart.parts {
            Ok(parts) => self.body = Body::Multipart(parts),
            Err(problem) => self.problem = Some(problem),
        }
    }

    /// Attaches the body to one attempt; called again for every retry.
    pub(crate) fn attach_body(
        &self,
        builder: reqwest::RequestBuilder,
    ) -> Result<reqwest::RequestBuilder> {
        match &self.body {
            Body::Empty => Ok(builder),
            Body::Bytes {
                content_type,
                bytes,
            } => Ok(builder
                .header(CONTENT_TYPE, content_type.clone())
                .body(bytes.clone())),
            Body::Form { fields, encoding } => {
                let body = crate::form::encode(&crate::form::pairs(fields, encoding));
                Ok(builder
                    .header(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/x-www-form-urlencoded"),
                    )
                    .body(body))
            }
            Body::Multipart(parts) => {
                let mut form = Form::new();
                for (name, value) in parts {
                    let part = match value {
                        PartValue::Text(text) => Part::text(text.clone()),
                        PartValue::File(file) => {
                            let length = u64::try_from(file.bytes.len()).unwrap_or(u64::MAX);
                            Part::stream_with_length(file.bytes.clone(), length)
                                .file_name(file.file_name.clone())
                                .mime_str(
                                    file.content_type
                                        .as_deref()
                                        .unwrap_or("application/octet-stream"),
                                )
                                .map_err(|err| {
                                    self.invalid(format!("invalid content type of `{name}`: {err}"))
                                })?
                        }
                    };
                    form = form.part(name.clone(), part);
                }
                Ok(builder.multipart(form))
            }
        }
    }

    /// Reports problems found while building the request, and checks that every path
    /// parameter produced exactly one non-empty segment that is not `.` or `..`
    /// (which URL normalization would resolve).
    pub(crate) fn validate(&self) -> Result<()> {
        if let Some(problem) = &self.problem {
            return Err(self.invalid(problem.clone()));
        }
        let mut template = self.path_template.split('/');
        let mut path = self.path.split('/');
        loop {
            match (template.next(), path.next()) {
                (None, None) => return Ok(()),
                (Some(pattern), Some(segment)) => {
                    if !pattern.contains('{') {
                        continue;
                    }
                    if segment.is_empty() {
                        return Err(self.invalid("a path parameter is empty".to_owned()));
                    }
                    if is_dot_segment(segment) {
                        return Err(self.invalid("a path parameter is `.` or `..`".to_owned()));
                    }
                }
                _ => {
                    return Err(self.invalid(format!(
                        "path `{}` does not match template `{}`",
                        self.path, self.path_template
                    )))
                }
            }
        }
    }
}

/// Whether a path segment is `.` or `..`, with any dot written as `%2e` or `%2E`.
fn is_dot_segment(segment: &str) -> bool {
    let mut rest = segment.as_bytes();
    let mut dots = 0;
    while !rest.is_empty() && dots < 3 {
        rest = match rest {
            [b'.', tail @ ..] => tail,
            [b'%', b'2', b'e' | b'E', tail @ ..] => tail,
            _ => return false,
        };
        dots += 1;
    }
    rest.is_empty() && (1..=2).contains(&dots)
}

/// Parses a header name and value, rejecting control characters such as CR and LF.
pub(crate) fn parse_header(
    name: &str,
    value: &str,
) -> std::result::Result<(HeaderName, HeaderValue), String> {
    let header_name = HeaderName::from_bytes(name.as_bytes())
        .map_err(|_| format!("invalid header name `{}`", name.escape_debug()))?;
    let header_value = HeaderValue::from_str(value).map_err(|_| {
        format!("value of header `{header_name}` contains CR, LF or other invalid characters")
    })?;
    Ok((header_name, header_value))
}

/// `preferred` if it is a valid header value, else `fallback`, else `application/octet-stream`.
fn media_type(preferred: Option<&str>, fallback: &'static str) -> HeaderValue {
    preferred
        .and_then(|value| HeaderValue::from_str(value).ok())
        .or_else(|| HeaderValue::from_str(fallback).ok())
        .unwrap_or_else(|| HeaderValue::from_static("application/octet-stream"))
}

/// A JSON value as query/header/part text: strings as-is, other values as JSON.
pub(crate) fn scalar_text(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

fn join(items: impl Iterator<Item = String>, separator: &str) -> String {
    items.collect::<Vec<_>>().join(separator)
}

/// Appends the query pairs of one parameter (or of one property of a form body).
pub(crate) fn push_query(out: &mut Vec<(String, String)>, name: &str, value: &Value, style: QueryStyle) {
    let separator = match style {
        QueryStyle::SpaceDelimited => " ",
        QueryStyle::PipeDelimited => "|",
        QueryStyle::Form { .. } | QueryStyle::DeepObject => ",",
    };
    let exploded = matches!(
        style,
        QueryStyle::Form { explode: true } | QueryStyle::DeepObject
    );
    match value {
        Value::Null => {}
        Value::Array(items) => {
            let items = items.iter().filter(|v| !v.is_null()).map(scalar_text);
            if exploded {
                out.extend(items.map(|item| (name.to_owned(), item)));
            } else {
                let joined = join(items, separator);
                if !joined.is_empty() {
                    out.push((name.to_owned(), joined));
                }
            }
        }
        Value::Object(map) => {
            let fields = map.iter().filter(|(_, v)| !v.is_null());
            match style {
                QueryStyle::DeepObject => {
                    for (key, value) in fields {
                        let key = format!("{name}[{key}]");
                        push_query(out, &key, value, style);
                    }
                }
                QueryStyle::Form { explode: true } => {
                    out.extend(fields.map(|(k, v)| (k.clone(), scalar_text(v))));
                }
                _ => {
                    let joined = join(
                        fields.flat_map(|(k, v)| [k.clone(), scalar_text(v)]),
                        separator,
                    );
                    if !joined.is_empty() {
                        out.push((name.to_owned(), joined));
                    }
                }
            }
        }
        scalar => out.push((name.to_owned(), scalar_text(scalar))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_parameters_of_every_type_and_style() {
        let simple = PathStyle::Simple { explode: false };
        assert_eq!(encode_segment("a b/c"), "a%20b%2Fc");
        assert_eq!(encode_segment(5_i64), "5");
        assert_eq!(encode_segment(2.5_f64), "2.5");
        assert_eq!(encode_segment(true), "true");
        assert_eq!(encode_segment(["x", "y/z"]), "x,y%2Fz");
        assert_eq!(encode_segment(serde_json::json!("untagged")), "untagged");
        assert_eq!(encode_segment(Option::<i32>::None), "");
        let object = serde_json::json!({"first name": "Alex", "role": "admin"});
        assert_eq!(
            encode_path_param("id", &object, simple),
            "first%20name,Alex,role,admin"
        );
        let cases = [
            (PathStyle::Simple { explode: true }, "3,4,5", "first%20name=Alex,role=admin"),
            (PathStyle::Label { explode: false }, ".3,4,5", ".first%20name,Alex,role,admin"),
            (PathStyle::Label { explode: true }, ".3.4.5", ".first%20name=Alex.role=admin"),
            (
                PathStyle::Matrix { explode: false },
                ";id=3,4,5",
                ";id=first%20name,Alex,role,admin",
            ),
            (
                PathStyle::Matrix { explode: true },
                ";id=3;id=4;id=5",
                ";first%20name=Alex;role=admin",
            ),
        ];
        for (style, array, fields) in cases {
            assert_eq!(encode_path_param("id", [3, 4, 5], style), array, "{style:?}");
            assert_eq!(encode_path_param("id", &object, style), fields, "{style:?}");
        }
        assert_eq!(encode_path_param("id", 5, PathStyle::Label { explode: false }), ".5");
        assert_eq!(encode_path_param("id", 5, PathStyle::Matrix { explode: true }), ";id=5");
    }
}
