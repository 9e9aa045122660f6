//! The API surface: the Rust API of a generated crate, projected from the plan, as stored in
//! the crate's `api-surface.json`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::{ApiModel, Operation, ParamLocation, ResponseBody, Success, TypeDef, TypeKind};
use crate::output::OutputFile;
use crate::plan::{ArgumentKind, FieldInit, InputKind, MethodPlan, Plan, TypePlan};

/// Name of the file, at the root of the generated crate, holding its [`ApiSurface`].
pub const SURFACE_FILE: &str = "api-surface.json";

/// Version of the [`ApiSurface`] JSON layout.
pub const SURFACE_FORMAT: u32 = 1;

/// The Rust API of a generated crate, as far as users compile against it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ApiSurface {
    /// Layout version ([`SURFACE_FORMAT`]).
    pub format: u32,
    /// `info.title`.
    pub title: String,
    /// `info.version`.
    pub version: String,
    /// The API version header and the value sent by default (`Intercom-Version: 2.15`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version_header: Option<String>,
    /// Variants of the generated `Region` enum.
    #[serde(default)]
    pub regions: Vec<String>,
    /// Client methods, keyed by `METHOD /path/{}` (parameter names erased).
    pub operations: BTreeMap<String, OperationSurface>,
    /// Named types of `src/types.rs`, keyed by Rust name (`…Params` structs excepted: they
    /// are part of their operation).
    pub types: BTreeMap<String, TypeSurface>,
}

/// One operation: a client method (returning a `Call`).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct OperationSurface {
    /// operationId.
    pub operation_id: String,
    /// Rust method name.
    pub method: String,
    /// HTTP method, upper case.
    pub http_method: String,
    /// Path template as written in the spec.
    pub path: String,
    /// Marked deprecated (`#[deprecated]`).
    #[serde(default, skip_serializing_if = "is_false")]
    pub deprecated: bool,
    /// Parameters: path parameters in template order, then query and header parameters.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub params: Vec<ParamSurface>,
    /// The struct holding the optional parameters (the `params` argument), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub params_struct: Option<String>,
    /// Type of the `body` argument, if any (`&CreateTicketRequest`, `Option<&Note>`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// What the method returns inside `Result<…>`.
    pub returns: String,
    /// Item type of the `…_stream` and `…_pages` methods of a paginated operation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stream_item: Option<String>,
}

/// One parameter of an operation.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ParamSurface {
    /// Name on the wire.
    pub name: String,
    /// Rust name (argument or `…Params` field).
    pub rust_name: String,
    /// `path`, `query` or `header`.
    pub location: String,
    /// Positional (required or in the path) rather than a `…Params` field.
    pub required: bool,
    /// Rust type: the argument type when positional (`&str`), else the field type
    /// (`Option<i32>`).
    pub ty: String,
}

/// A named type.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct TypeSurface {
    /// `struct`, `enum` (string enumeration), `union`, `alias` or `outcome` (an operation's
    /// by-status result enum).
    pub kind: String,
    /// JSON pointer of the schema it comes from (empty for outcome enums).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub pointer: String,
    /// Marked `#[non_exhaustive]` in the generated code.
    #[serde(default, skip_serializing_if = "is_false")]
    pub non_exhaustive: bool,
    /// Struct fields, in declaration order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldSurface>,
    /// A struct's `new` arguments, `name: Type` with the type each converts into.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub constructor: Vec<String>,
    /// Enum, union and outcome variants, in declaration order (catch-alls not listed).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub variants: Vec<VariantSurface>,
    /// Target of an alias.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
}

/// A struct field.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct FieldSurface {
    /// Rust name.
    pub name: String,
    /// Property name on the wire.
    pub wire: String,
    /// Rust type, with `Option`, `Box` and `Nullable` as generated.
    pub ty: String,
    /// Listed in the schema's `required`.
    #[serde(default, skip_serializing_if = "is_false")]
    pub required: bool,
    /// May be `null`.
    #[serde(default, skip_serializing_if = "is_false")]
    pub nullable: bool,
    /// Marked deprecated.
    #[serde(default, skip_serializing_if = "is_false")]
    pub deprecated: bool,
}

/// A variant of an enum, union or outcome enum.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct VariantSurface {
    /// Rust name.
    pub name: String,
    /// Value on the wire (string enums) or status code (outcome enums).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Payload type (unions and outcome enums).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ty: Option<String>,
}

fn is_false(value: &bool) -> bool {
    !*value
}

impl ApiSurface {
    /// Pretty JSON with a trailing newline; maps are ordered, so the output is stable.
    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self)
            .unwrap_or_else(|error| format!("{{\"error\": \"{error}\"}}"));
        text.push('\n');
        text
    }

    /// Reads a surface written by [`ApiSurface::to_json`].
    pub fn from_json(text: &str) -> Result<ApiSurface, String> {
        let surface: ApiSurface = serde_json::from_str(text).map_err(|e| e.to_string())?;
        if surface.format != SURFACE_FORMAT {
            return Err(format!(
                "surface format {} is not supported (expected {SURFACE_FORMAT})",
                surface.format
            ));
        }
        Ok(surface)
    }
}

/// The Rust API of the crate generated from `model` with `plan`.
pub fn surface(model: &ApiModel, plan: &Plan) -> ApiSurface {
    let mut types = BTreeMap::new();
    for (def, planned) in model.types.iter().zip(&plan.types) {
        types.insert(planned.name.clone(), type_surface(def, planned));
    }
    let mut operations = BTreeMap::new();
    for (operation, method) in model.operations.iter().zip(&plan.methods) {
        if let Success::ByStatus { name, variants } = &operation.success {
            let variants = variants
                .iter()
                .map(|(status, variant, body)| VariantSurface {
                    name: variant.clone(),
                    value: Some(status.to_string()),
                    ty: match body {
                        ResponseBody::Empty => None,
                        other => Some(crate::plan::response_type(&plan.names, other).to_string()),
                    },
                })
                .collect();
            types.insert(
                name.clone(),
                TypeSurface {
                    kind: "outcome".to_string(),
                    variants,
                    ..TypeSurface::default()
                },
            );
        }
        operations.insert(
            operation_key(&operation.http_method, &operation.path),
            operation_surface(operation, method),
        );
    }
    ApiSurface {
        format: SURFACE_FORMAT,
        title: model.title.clone(),
        version: model.version.clone(),
        version_header: model
            .version_header
            .as_ref()
            .map(|h| format!("{}: {}", h.name, h.default)),
        regions: model.servers.iter().map(|s| s.variant.clone()).collect(),
        operations,
        types,
    }
}

/// The [`SURFACE_FILE`] of a generated crate (see [`surface`]).
pub fn surface_file(model: &ApiModel, plan: &Plan) -> OutputFile {
    OutputFile {
        path: SURFACE_FILE.to_string(),
        contents: surface(model, plan).to_json(),
    }
}

/// `GET /contacts/{}`: the method and path template with parameter names erased.
pub fn operation_key(http_method: &str, path: &str) -> String {
    let mut key = format!("{} ", http_method.to_uppercase());
    let mut in_braces = false;
    for c in path.chars() {
        match c {
            '{' => {
                in_braces = true;
                key.push_str("{}");
            }
            '}' => in_braces = false,
            _ if in_braces => {}
            _ => key.push(c),
        }
    }
    key
}

fn type_surface(def: &TypeDef, plan: &TypePlan) -> TypeSurface {
    let mut surface = TypeSurface {
        pointer: def.pointer.clone(),
        non_exhaustive: plan.non_exhaustive,
        ..TypeSurface::default()
    };
    match &def.kind {
        TypeKind::Struct(fields) => {
            surface.kind = "struct".to_string();
            surface.fields = fields
                .iter()
                .zip(&plan.fields)
                .map(|(field, planned)| FieldSurface {
                    name: field.name.clone(),
                    wire: field.json_name.clone(),
                    ty: planned.ty.to_string(),
                    required: field.required,
                    nullable: field.nullable,
                    deprecated: field.deprecated,
                })
                .collect();
            surface.constructor = fields
                .iter()
                .zip(&plan.inits)
                .filter_map(|(field, init)| match init {
                    FieldInit::Argument(input) => Some(match input.kind {
                        InputKind::Value => format!("{}: {}", field.name, input.target),
                        InputKind::Items => format!("{}: [{}]", field.name, input.target),
                        InputKind::Entries => format!("{}: {{{}}}", field.name, input.target),
                    }),
                    _ => None,
                })
                .collect();
        }
        TypeKind::Enum(variants) => {
            surface.kind = "enum".to_string();
            surface.variants = variants
                .iter()
                .map(|v| VariantSurface {
                    name: v.name.clone(),
                    value: Some(v.value.clone()),
                    ty: None,
                })
                .collect();
        }
        TypeKind::Union(_) => {
            surface.kind = "union".to_string();
            surface.variants = plan
                .variant_names
                .iter()
                .zip(&plan.variants)
                .map(|(name, ty)| VariantSurface {
                    name: name.clone(),
                    value: None,
                    ty: Some(ty.to_string()),
                })
                .collect();
        }
        TypeKind::Alias(_) => {
            surface.kind = "alias".to_string();
            surface.target = plan.alias.as_ref().map(ToString::to_string);
        }
    }
    surface
}

fn operation_surface(operation: &Operation, method: &MethodPlan) -> OperationSurface {
    let params = operation
        .params
        .iter()
        .zip(&method.param_types)
        .map(|(param, ty)| ParamSurface {
            name: param.name.clone(),
            rust_name: param.rust_name.clone(),
            location: match param.location {
                ParamLocation::Path => "path",
                ParamLocation::Query => "query",
                ParamLocation::Header => "header",
            }
            .to_string(),
            required: param.required || param.location == ParamLocation::Path,
            ty: ty.to_string(),
        })
        .collect();
    let body = method
        .arguments
        .iter()
        .find(|a| a.kind == ArgumentKind::Body)
        .map(|a| a.ty.to_string());
    OperationSurface {
        operation_id: operation.id.clone(),
        method: method.name.clone(),
        http_method: operation.http_method.to_uppercase(),
        path: operation.path.clone(),
        deprecated: operation.deprecated,
        params,
        params_struct: operation.params_struct.clone(),
        body,
        returns: method.returns.to_string(),
        stream_item: method.stream.as_ref().map(|s| s.item.to_string()),
    }
}
