//! Lowering operations: parameters (path-level and operation-level, references resolved),
//! request bodies, success responses, and the examples the generated test decodes.

use std::collections::{BTreeSet, HashSet};

use indexmap::IndexMap;
use openapiv3::{
    MediaType, OpenAPI, Operation as SpecOperation, Parameter, ParameterSchemaOrContent,
    ReferenceOr, Response, StatusCode,
};

use crate::diagnostics::pointer_token;
use crate::lower::schema::{SchemaLowerer, SchemaOrRef};
use crate::model::{
    Auth, Example, Operation, Param, ParamLocation, ParamStyle, ResponseBody, Success, TypeRef,
};
use crate::names::{self, Namespace};
use crate::refs::{follow, resolve};

mod request_body;

/// Lowers every operation of the spec, in path order then HTTP method order.
pub(crate) struct OperationLowerer<'a, 'l> {
    pub spec: &'a OpenAPI,
    pub schemas: &'l mut SchemaLowerer<'a>,
    pub auth: &'l Auth,
    /// Security scheme names already reported as undeclared.
    pub reported_schemes: BTreeSet<String>,
    pub version_header: Option<String>,
    pub method_names: Namespace,
    pub operation_ids: HashSet<String>,
    pub examples: Vec<Example>,
}

/// A parameter an operation declares (itself or on its path), resolved.
struct Declared<'a> {
    parameter: &'a Parameter,
    /// Where the operation declares it.
    pointer: String,
    /// The `#/components/parameters/` entry holding it, when it is a shared one.
    component: Option<String>,
}

/// Variables of a path template, in order: `/a/{x}/b/{y}` → `[x, y]`.
fn template_variables(path: &str) -> Vec<&str> {
    path.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect()
}

pub(super) fn is_json(media: &str) -> bool {
    let essence = media.split(';').next().unwrap_or(media).trim();
    essence == "application/json" || essence.ends_with("+json") || essence == "*/*"
}

/// How a path parameter is written into its segment (`simple` unless it says otherwise; a
/// parameter declared elsewhere but used in the template is written `simple`).
fn path_style(parameter: &Parameter) -> ParamStyle {
    let explode = parameter.parameter_data_ref().explode.unwrap_or(false);
    match parameter {
        Parameter::Path { style, .. } => match style {
            openapiv3::PathStyle::Simple => ParamStyle::Simple { explode },
            openapiv3::PathStyle::Label => ParamStyle::Label { explode },
            openapiv3::PathStyle::Matrix => ParamStyle::Matrix { explode },
        },
        _ => ParamStyle::Simple { explode: false },
    }
}

/// The `$ref` of a Reference Object (empty for an item).
fn reference_text<T>(item: &ReferenceOr<T>) -> &str {
    match item {
        ReferenceOr::Reference { reference } => reference,
        ReferenceOr::Item(_) => "",
    }
}

fn status_variant(status: u16) -> String {
    match status {
        200 => "Ok".into(),
        201 => "Created".into(),
        202 => "Accepted".into(),
        204 => "NoContent".into(),
        other => format!("Status{other}"),
    }
}

impl<'a> OperationLowerer<'a, '_> {
    fn warn(&mut self, pointer: &str, message: impl Into<String>) {
        self.schemas.warn(pointer, message);
    }

    pub fn lower_all(&mut self) -> Vec<Operation> {
        let mut operations = Vec::new();
        for (path, item) in &self.spec.paths.paths {
            let path_pointer = format!("#/paths/{}", pointer_token(path));
            let item = match item {
                ReferenceOr::Item(item) => item,
                ReferenceOr::Reference { reference } => {
                    self.warn(
                        &path_pointer,
                        format!(
                            "path item $ref `{reference}` is not supported; skipping this path"
                        ),
                    );
                    continue;
                }
            };
            let methods = [
                ("get", &item.get),
                ("put", &item.put),
                ("post", &item.post),
                ("delete", &item.delete),
                ("options", &item.options),
                ("head", &item.head),
                ("patch", &item.patch),
                ("trace", &item.trace),
            ];
            for (method, operation) in methods {
                if let Some(operation) = operation {
                    let pointer = format!("{path_pointer}/{method}");
                    operations.push(self.lower_operation(
                        path,
                        method,
                        operation,
                        &item.parameters,
                        &pointer,
                    ));
                }
            }
        }
        operations
    }

    fn operation_id(
        &mut self,
        method: &str,
        path: &str,
        operation: &SpecOperation,
        pointer: &str,
    ) -> String {
        let wanted = match &operation.operation_id {
            Some(id) if !id.trim().is_empty() => id.clone(),
            _ => {
                let mut words = vec![method.to_string()];
                for segment in path.split('/').filter(|s| !s.is_empty()) {
                    match segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                        Some(variable) => words.push(format!("by_{variable}")),
                        None => words.push(segment.to_string()),
                    }
                }
                let synthesized = names::method_name(&words.join("_"));
                self.warn(
                    pointer,
                    format!("operation has no operationId; naming it `{synthesized}`"),
                );
                synthesized
            }
        };
        if self.operation_ids.insert(wanted.clone()) {
            return wanted;
        }
        let mut n = 2;
        loop {
            let candidate = format!("{wanted}{n}");
            if self.operation_ids.insert(candidate.clone()) {
                let first = self
                    .first_use(&wanted)
                    .map(|first| format!(" (first used at {first})"))
                    .unwrap_or_default();
                self.warn(
                    pointer,
                    format!("duplicate operationId `{wanted}`{first}; this one is `{candidate}`"),
                );
                return candidate;
            }
            n += 1;
        }
    }

    /// The Rust name of parameter `name` in `scope`, with a warning when it had to change
    /// (another parameter, or a name the generated method uses, has it).
    fn claim_name(&mut self, scope: &mut Namespace, name: &str, pointer: &str) -> String {
        let wanted = names::field_name(name);
        let (claimed, renamed) = scope.claim(&wanted);
        if renamed {
            self.warn(
                pointer,
                format!("parameter {name:?} would be `{wanted}` in Rust, which is taken (by another parameter or the generated code); it is `{claimed}`"),
            );
        }
        claimed
    }

    /// Pointer of the first operation declaring `operation_id`.
    fn first_use(&self, operation_id: &str) -> Option<String> {
        self.spec.paths.paths.iter().find_map(|(path, item)| {
            let (method, _) = item
                .as_item()?
                .iter()
                .find(|(_, operation)| operation.operation_id.as_deref() == Some(operation_id))?;
            Some(format!("#/paths/{}/{method}", pointer_token(path)))
        })
    }

    fn method_name(&mut self, operation_id: &str, pointer: &str) -> String {
        let wanted = names::method_name(operation_id);
        let mut candidate = wanted.clone();
        let mut n = 2;
        let runtime = crate::runtime::client_method_names();
        // Only real names count: a helper (`…_stream`, `…_pages`) that would take one
        // is renamed by the plan instead.
        while runtime.contains(&candidate.as_str()) || self.method_names.contains(&candidate) {
            candidate = format!("{wanted}_{n}");
            n += 1;
        }
        if candidate != wanted {
            self.warn(
                pointer,
                format!("method name `{wanted}` is taken; using `{candidate}`"),
            );
        }
        self.method_names.claim(&candidate);
        candidate
    }

    fn lower_operation(
        &mut self,
        path: &str,
        method: &str,
        operation: &'a SpecOperation,
        path_level: &'a [ReferenceOr<Parameter>],
        pointer: &str,
    ) -> Operation {
        let id = self.operation_id(method, path, operation, pointer);
        let method_name = self.method_name(&id, pointer);
        let type_prefix = names::type_name_part(&id);
        let params = self.params(path, operation, path_level, &type_prefix, pointer);
        let body = operation
            .request_body
            .as_ref()
            .and_then(|body| self.request_body(body, &type_prefix, &id, pointer));
        let (success, success_status, accept) =
            self.responses(operation, &type_prefix, &id, pointer);
        let has_optional = params
            .iter()
            .any(|p| !p.required && p.location != ParamLocation::Path);
        let params_struct = has_optional.then(|| {
            self.schemas
                .type_names
                .claim(&format!("{type_prefix}Params"))
                .0
        });
        // Untagged operations are grouped by path once all are known (`lower::tags`).
        let tag = operation.tags.first().cloned().unwrap_or_default();
        let since = operation
            .extensions
            .get("x-intercom-since")
            .and_then(|value| match value {
                serde_json::Value::String(text) => Some(text.trim().to_string()),
                serde_json::Value::Number(number) => Some(number.to_string()),
                _ => None,
            })
            .filter(|text| !text.is_empty());
        let security = crate::lower::security::operation_security(
            self.auth,
            operation.security.as_deref(),
            pointer,
            &mut self.reported_schemes,
            &mut self.schemas.warnings,
        );
        Operation {
            id,
            method_name,
            since,
            http_method: method.to_uppercase(),
            path: path.to_string(),
            tag,
            summary: operation.summary.clone(),
            description: operation.description.clone(),
            deprecated: operation.deprecated,
            params,
            params_struct,
            body,
            success,
            success_status,
            accept,
            pagination: None,
            security,
        }
    }

    fn params(
        &mut self,
        path: &str,
        operation: &'a SpecOperation,
        path_level: &'a [ReferenceOr<Parameter>],
        type_prefix: &str,
        pointer: &str,
    ) -> Vec<Param> {
        let components = self.spec.components.as_ref().map(|c| &c.parameters);
        // Operation-level parameters override path-level ones with the same name and location.
        let mut declared: IndexMap<(String, &'static str), Declared<'a>> = IndexMap::new();
        let sources = path_level
            .iter()
            .enumerate()
            .map(|(i, p)| {
                (
                    p,
                    format!(
                        "{}/parameters/{i}",
                        pointer.rsplit_once('/').map_or(pointer, |(base, _)| base)
                    ),
                )
            })
            .chain(
                operation
                    .parameters
                    .iter()
                    .enumerate()
                    .map(|(i, p)| (p, format!("{pointer}/parameters/{i}"))),
            )
            .collect::<Vec<_>>();
        for (parameter, parameter_pointer) in sources {
            match follow(parameter, "parameters", components) {
                Ok((parameter, component)) => {
                    let location = match parameter {
                        Parameter::Path { .. } => "path",
                        Parameter::Query { .. } => "query",
                        Parameter::Header { .. } => "header",
                        Parameter::Cookie { .. } => "cookie",
                    };
                    let name = parameter.parameter_data_ref().name.clone();
                    declared.insert(
                        (name, location),
                        Declared {
                            parameter,
                            pointer: parameter_pointer,
                            component,
                        },
                    );
                }
                Err(message) => self.schemas.warn_unresolved(
                    reference_text(parameter),
                    &parameter_pointer,
                    format!("{message}; parameter skipped"),
                ),
            }
        }
        let variables = template_variables(path);
        // Required parameters become method arguments, which must not shadow the generated
        // methods' locals; optional ones become fields of the `…Params` struct, which can't.
        let mut argument_names = Namespace::with_reserved(&[
            "body",
            "params",
            "self",
            "request",
            "response",
            "page",
            "cursor",
            "pagination",
        ]);
        let mut field_names = Namespace::default();
        let mut params = Vec::new();
        for variable in &variables {
            let found = ["path", "query", "header"]
                .into_iter()
                .find_map(|location| {
                    declared
                        .shift_remove(&(variable.to_string(), location))
                        .map(|found| (location, found))
                });
            let (docs, ty, style, example) = match found {
                Some((
                    location,
                    Declared {
                        parameter,
                        pointer: parameter_pointer,
                        component,
                    },
                )) => {
                    if location != "path" {
                        self.warn(
                            &parameter_pointer,
                            format!("`{{{variable}}}` is a path template variable but is declared `in: {location}`; treating it as a path parameter"),
                        );
                    }
                    let data = parameter.parameter_data_ref();
                    let ty = self.param_type(
                        parameter,
                        type_prefix,
                        &parameter_pointer,
                        component.as_deref(),
                    );
                    let example = self.param_example(parameter);
                    (data.description.clone(), ty, path_style(parameter), example)
                }
                None => {
                    self.warn(
                        pointer,
                        format!("path template variable `{{{variable}}}` is not declared; treating it as a string path parameter"),
                    );
                    let style = ParamStyle::Simple { explode: false };
                    (None, TypeRef::String, style, None)
                }
            };
            params.push(Param {
                name: variable.to_string(),
                rust_name: self.claim_name(&mut argument_names, variable, pointer),
                location: ParamLocation::Path,
                required: true,
                ty,
                docs,
                style,
                example,
            });
        }
        for ((name, _), declared) in declared {
            let Declared {
                parameter,
                pointer: parameter_pointer,
                component,
            } = declared;
            let data = parameter.parameter_data_ref();
            let (location, style) = match parameter {
                Parameter::Path { .. } => {
                    self.warn(
                        &parameter_pointer,
                        format!(
                            "path parameter `{name}` does not appear in the path template; ignored"
                        ),
                    );
                    continue;
                }
                Parameter::Cookie { .. } => {
                    self.warn(
                        &parameter_pointer,
                        format!("cookie parameter `{name}` is not supported; ignored"),
                    );
                    continue;
                }
                Parameter::Header { .. } => {
                    let is_version = self
                        .version_header
                        .as_deref()
                        .is_some_and(|header| header.eq_ignore_ascii_case(&name));
                    if is_version {
                        continue;
                    }
                    let explode = data.explode.unwrap_or(false);
                    (ParamLocation::Header, ParamStyle::Simple { explode })
                }
                Parameter::Query { style, .. } => {
                    let explode = data
                        .explode
                        .unwrap_or(matches!(style, openapiv3::QueryStyle::Form));
                    let style = match style {
                        openapiv3::QueryStyle::Form => ParamStyle::Form { explode },
                        openapiv3::QueryStyle::SpaceDelimited => ParamStyle::SpaceDelimited,
                        openapiv3::QueryStyle::PipeDelimited => ParamStyle::PipeDelimited,
                        openapiv3::QueryStyle::DeepObject => ParamStyle::DeepObject,
                    };
                    (ParamLocation::Query, style)
                }
            };
            let ty = self.param_type(
                parameter,
                type_prefix,
                &parameter_pointer,
                component.as_deref(),
            );
            params.push(Param {
                name: name.clone(),
                rust_name: if data.required {
                    self.claim_name(&mut argument_names, &name, &parameter_pointer)
                } else {
                    self.claim_name(&mut field_names, &name, &parameter_pointer)
                },
                location,
                required: data.required,
                ty,
                docs: data.description.clone(),
                style,
                example: self.param_example(parameter),
            });
        }
        params
    }

    /// The example of a parameter: its own `example`, its first inline `examples` entry, or
    /// its schema's `example`.
    fn param_example(&self, parameter: &Parameter) -> Option<serde_json::Value> {
        let data = parameter.parameter_data_ref();
        if let Some(value) = &data.example {
            return Some(value.clone());
        }
        let components = self.spec.components.as_ref().map(|c| &c.examples);
        let listed = data.examples.values().find_map(|example| {
            resolve(example, "examples", components)
                .ok()
                .and_then(|example| example.value.clone())
        });
        listed.or_else(|| match &data.format {
            ParameterSchemaOrContent::Schema(ReferenceOr::Item(schema)) => {
                schema.schema_data.example.clone()
            }
            _ => None,
        })
    }

    /// The type of a parameter. A shared one (`component`, under `#/components/parameters/`)
    /// is lowered at its own place and named after itself, so every operation using it gets
    /// the same type.
    fn param_type(
        &mut self,
        parameter: &'a Parameter,
        type_prefix: &str,
        use_pointer: &str,
        component: Option<&str>,
    ) -> TypeRef {
        let data = parameter.parameter_data_ref();
        let (hint, pointer) = match component {
            Some(name) => (
                names::type_name(name),
                format!("#/components/parameters/{}", pointer_token(name)),
            ),
            None => (
                format!("{type_prefix}{}", names::type_name_part(&data.name)),
                use_pointer.to_string(),
            ),
        };
        let pointer = pointer.as_str();
        match &data.format {
            ParameterSchemaOrContent::Schema(schema) => {
                self.schemas
                    .lower(
                        SchemaOrRef::from(schema),
                        &hint,
                        &format!("{pointer}/schema"),
                    )
                    .ty
            }
            ParameterSchemaOrContent::Content(content) => match content.iter().next() {
                Some((
                    media,
                    MediaType {
                        schema: Some(schema),
                        ..
                    },
                )) => {
                    let media_pointer =
                        format!("{pointer}/content/{}/schema", pointer_token(media));
                    self.schemas.lower(schema.into(), &hint, &media_pointer).ty
                }
                _ => TypeRef::String,
            },
        }
    }

    fn response_body(
        &mut self,
        response: &'a Response,
        hint: &str,
        (operation_id, label, status): (&str, &str, Option<u16>),
        pointer: &str,
    ) -> ResponseBody {
        let Some((media, content)) =
            response
                .content
                .iter()
                .min_by_key(|(media, _)| if is_json(media) { 0 } else { 1 })
        else {
            return ResponseBody::Empty;
        };
        let media_pointer = format!("{pointer}/content/{}", pointer_token(media));
        if is_json(media) {
            let ty = match &content.schema {
                Some(schema) => {
                    self.schemas
                        .lower(schema.into(), hint, &format!("{media_pointer}/schema"))
                        .ty
                }
                None => TypeRef::Json,
            };
            self.collect_examples(content, &ty, operation_id, label, false, status);
            ResponseBody::Json(ty)
        } else if media.starts_with("text/") {
            ResponseBody::Text
        } else {
            // A file download (`format: binary`, no schema) is what raw bytes are for; a
            // structured schema in another format (XML…) cannot be decoded.
            let structured = match &content.schema {
                None => false,
                Some(ReferenceOr::Item(schema)) => !matches!(
                    schema.schema_kind,
                    openapiv3::SchemaKind::Type(openapiv3::Type::String(_))
                ),
                Some(ReferenceOr::Reference { .. }) => true,
            };
            if structured {
                self.warn(
                    &media_pointer,
                    format!("response content type `{media}` is not supported; the body is returned as raw bytes (bytes::Bytes) for the caller to decode"),
                );
            }
            ResponseBody::Binary
        }
    }

    fn responses(
        &mut self,
        operation: &'a SpecOperation,
        type_prefix: &str,
        operation_id: &str,
        pointer: &str,
    ) -> (Success, u16, Option<String>) {
        let components = self.spec.components.as_ref().map(|c| &c.responses);
        let mut successes: Vec<(u16, ResponseBody)> = Vec::new();
        let mut accept = None;
        let mut entries: Vec<(Option<u16>, String, &'a ReferenceOr<Response>)> = operation
            .responses
            .responses
            .iter()
            .map(|(status, response)| {
                let code = match status {
                    StatusCode::Code(code) => *code,
                    StatusCode::Range(range) => range * 100,
                };
                (Some(code), status.to_string(), response)
            })
            .collect();
        if let Some(default) = &operation.responses.default {
            entries.push((None, "default".to_string(), default));
        }
        let has_2xx = entries
            .iter()
            .any(|(code, _, _)| code.is_some_and(|c| (200..300).contains(&c)));
        let success_count = entries
            .iter()
            .filter(|(code, _, _)| code.is_some_and(|c| (200..300).contains(&c)))
            .count();
        for (code, status, response) in entries {
            let response_pointer = format!("{pointer}/responses/{}", pointer_token(&status));
            let response = match resolve(response, "responses", components) {
                Ok(response) => response,
                Err(message) => {
                    self.schemas.warn_unresolved(
                        reference_text(response),
                        &response_pointer,
                        format!("{message}; response ignored"),
                    );
                    continue;
                }
            };
            let is_success = match code {
                Some(code) => (200..300).contains(&code),
                None => !has_2xx,
            };
            let hint = match (is_success, code) {
                (true, Some(code)) if success_count > 1 && code != 200 => {
                    format!("{type_prefix}{}Response", status_variant(code))
                }
                (true, _) => format!("{type_prefix}Response"),
                (false, Some(code)) => format!("{type_prefix}Status{code}Response"),
                (false, None) => format!("{type_prefix}DefaultResponse"),
            };
            let label = format!("{operation_id} {status} response");
            let body = self.response_body(
                response,
                &hint,
                (operation_id, &label, code),
                &response_pointer,
            );
            if is_success {
                if matches!(body, ResponseBody::Text | ResponseBody::Binary) && accept.is_none() {
                    accept = response.content.keys().next().cloned();
                }
                successes.push((code.unwrap_or(200), body));
            }
        }
        let success_status = successes.first().map_or(200, |(code, _)| *code);
        let success = match successes.as_slice() {
            [] => Success::Single(ResponseBody::Empty),
            [(_, body)] => Success::Single(body.clone()),
            [(_, first), rest @ ..] if rest.iter().all(|(_, body)| body == first) => {
                Success::Single(first.clone())
            }
            _ => {
                let name = self
                    .schemas
                    .type_names
                    .claim(&format!("{type_prefix}Outcome"))
                    .0;
                let variants = successes
                    .into_iter()
                    .map(|(code, body)| (code, status_variant(code), body))
                    .collect();
                Success::ByStatus { name, variants }
            }
        };
        (success, success_status, accept)
    }

    fn collect_examples(
        &mut self,
        content: &'a MediaType,
        ty: &TypeRef,
        operation_id: &str,
        label: &str,
        sent: bool,
        status: Option<u16>,
    ) {
        if let Some(value) = &content.example {
            self.examples.push(Example {
                operation_id: operation_id.to_string(),
                label: format!("{label} example"),
                ty: ty.clone(),
                sent,
                status,
                value: value.clone(),
                unknown_enum_values: Vec::new(),
                disallowed_nulls: Vec::new(),
            });
        }
        let components = self.spec.components.as_ref().map(|c| &c.examples);
        for (name, example) in &content.examples {
            let Ok(example) = resolve(example, "examples", components) else {
                continue;
            };
            if let Some(value) = &example.value {
                self.examples.push(Example {
                    operation_id: operation_id.to_string(),
                    label: format!("{label} `{name}`"),
                    ty: ty.clone(),
                    sent,
                    status,
                    value: value.clone(),
                    unknown_enum_values: Vec::new(),
                    disallowed_nulls: Vec::new(),
                });
            }
        }
    }
}
