//! What a spec update changes for the users of the generated crate.
//!
//! [`surface`] reduces an [`ApiModel`] to the Rust API the generated crate exposes (an
//! [`ApiSurface`]: every client method with its argument and return types, every type with its
//! fields or variants, all rendered as Rust source strings). The generator stores it in the crate
//! as [`SURFACE_FILE`], so a later generation can be compared with the committed one. [`diff`]
//! compares two surfaces and [`Report::to_markdown`] writes the result.
//!
//! Operations are matched by HTTP method and path template with the parameter names erased
//! (`GET /contacts/{}`); operations left over on both sides that share an operationId are
//! reported as moved rather than removed and added.
//!
//! # Rules
//!
//! Every change is judged by what it does to code compiled against the old crate:
//!
//! - **major** (breaking): a method, type, field, variant, region or parameter-struct field
//!   disappears or is renamed; a method gains or loses a positional argument (a new required
//!   parameter or body, a parameter becoming required or optional, a new `…Params` struct); an
//!   argument, return, field, variant payload or alias type changes as Rust sees it (including
//!   `T` ↔ `Option<T>` when a field's required or nullable flag changes); a variant is added to
//!   an enum or union that is not `#[non_exhaustive]` (exhaustive `match`es without a `_` arm
//!   stop compiling, even though the `Unknown` catch-all decoded the value before); a type
//!   becomes `#[non_exhaustive]`.
//!   A field added to an exhaustive struct (a schema struct or a `…Params` struct) is major
//!   too: it breaks every struct literal that does not end in `..Default::default()`
//!   (Cargo's SemVer guide, "adding a public field when all fields are public").
//! - **minor**: something is added without touching what exists — a method (including the
//!   `…_stream`/`…_pages` pair of an operation that becomes paginated), a type, a field of a
//!   `#[non_exhaustive]` struct, a variant of a `#[non_exhaustive]` enum, a region; an
//!   operation or field is deprecated (warnings, not errors); the default API version sent
//!   changes.
//! - **patch**: the spec changed but the Rust API did not — a path parameter renamed (arguments
//!   are positional), a path template moved, a wire name changed under the same Rust name, a
//!   required or nullable flag changed without changing the Rust type (e.g. optional →
//!   nullable, both `Option<T>`), the API's version string.
//!
//! The implied version bump is the largest impact found (patch when there is nothing).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use serde::{Deserialize, Serialize};

use crate::model::{ApiModel, Operation, ParamLocation, ResponseBody, Success, TypeDef, TypeKind};
use crate::output::OutputFile;
use crate::plan::{ArgumentKind, MethodPlan, Plan, TypePlan};

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

/// One operation: a client method (and its `…_with_response` twin).
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
        TypeKind::Union(union) => {
            surface.kind = "union".to_string();
            surface.variants = union
                .variants
                .iter()
                .zip(&plan.variants)
                .map(|(v, ty)| VariantSurface {
                    name: v.name.clone(),
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

/// How a change affects code compiled against the old crate, and the version bump it implies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Impact {
    /// The Rust API is unchanged (behaviour or documentation only).
    Patch,
    /// Additions: old code keeps compiling.
    Minor,
    /// Old code may stop compiling.
    Major,
}

impl Impact {
    /// `patch`, `minor` or `major`.
    pub fn as_str(self) -> &'static str {
        match self {
            Impact::Patch => "patch",
            Impact::Minor => "minor",
            Impact::Major => "major",
        }
    }

    fn tag(self) -> &'static str {
        match self {
            Impact::Patch => "[patch]   ",
            Impact::Minor => "[minor]   ",
            Impact::Major => "[BREAKING]",
        }
    }
}

/// What kind of change an entry describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChangeKind {
    /// `info.version` changed.
    ApiVersion,
    /// The default API version header value changed.
    VersionHeader,
    /// A region was added.
    RegionAdded,
    /// A region was removed.
    RegionRemoved,
    /// An operation was added.
    OperationAdded,
    /// An operation was removed.
    OperationRemoved,
    /// The operationId (and so maybe the method name) changed.
    OperationRenamed,
    /// The path template changed (parameter names, or the whole path for a moved operation).
    PathChanged,
    /// Deprecated flag changed.
    Deprecated,
    /// A parameter was added (`item`: its wire name).
    ParamAdded,
    /// A parameter was removed.
    ParamRemoved,
    /// A parameter became required or optional.
    ParamRequired,
    /// A parameter's type changed.
    ParamType,
    /// Positional arguments were reordered.
    ParamOrder,
    /// The `…Params` struct appeared, disappeared or was renamed.
    ParamsStruct,
    /// A request body was added.
    BodyAdded,
    /// The request body was removed.
    BodyRemoved,
    /// The request body type changed.
    BodyType,
    /// The return type changed.
    ResponseType,
    /// The `…_stream` / `…_pages` methods appeared, disappeared or changed item type.
    Pagination,
    /// A type was added.
    TypeAdded,
    /// A type was removed.
    TypeRemoved,
    /// A type was renamed (same schema, new Rust name).
    TypeRenamed,
    /// A type changed kind (struct → enum, …).
    TypeKind,
    /// A type became or stopped being `#[non_exhaustive]`.
    Exhaustiveness,
    /// A field was added (`item`: its wire name).
    FieldAdded,
    /// A field was removed.
    FieldRemoved,
    /// A field's type changed (required and nullable flags unchanged).
    FieldType,
    /// A field's required or nullable flag changed.
    FieldRequired,
    /// A field's wire name changed under the same Rust name.
    FieldWireName,
    /// A field was deprecated or undeprecated.
    FieldDeprecated,
    /// A string enum value was added (`item`: the value).
    EnumValueAdded,
    /// A string enum value was removed.
    EnumValueRemoved,
    /// A variant was renamed, or a union/outcome variant added, removed or retyped.
    Variant,
    /// An alias's target changed.
    AliasTarget,
}

/// One line of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// Effect on old code.
    pub impact: Impact,
    /// What changed.
    pub kind: ChangeKind,
    /// The thing that changed: a wire name, enum value, type or operation key.
    pub item: String,
    /// The change in spec terms.
    pub what: String,
    /// The effect on the generated Rust API.
    pub effect: String,
}

/// An operation or type with its changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// Operation key (`GET /contacts/{}`) or type name.
    pub key: String,
    /// Heading.
    pub title: String,
    /// Changes, in a stable order.
    pub changes: Vec<Change>,
}

impl Section {
    /// The largest impact of the section's changes.
    pub fn impact(&self) -> Impact {
        self.changes
            .iter()
            .map(|c| c.impact)
            .max()
            .unwrap_or(Impact::Patch)
    }
}

/// The differences between two surfaces.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Label of the old side (file and version).
    pub old_label: String,
    /// Label of the new side.
    pub new_label: String,
    /// Crate-wide changes: API version, regions.
    pub general: Vec<Change>,
    /// Operations only in the new surface (one change each).
    pub operations_added: Vec<Section>,
    /// Operations only in the old surface (one change each).
    pub operations_removed: Vec<Section>,
    /// Operations in both, with changes.
    pub operations_changed: Vec<Section>,
    /// Types only in the new surface.
    pub types_added: Vec<Section>,
    /// Types only in the old surface.
    pub types_removed: Vec<Section>,
    /// Types in both (or renamed), with changes.
    pub types_changed: Vec<Section>,
}

impl Report {
    /// Every change, in report order.
    pub fn changes(&self) -> impl Iterator<Item = &Change> {
        self.general.iter().chain(
            [
                &self.operations_added,
                &self.operations_removed,
                &self.operations_changed,
                &self.types_added,
                &self.types_removed,
                &self.types_changed,
            ]
            .into_iter()
            .flatten()
            .flat_map(|s| s.changes.iter()),
        )
    }

    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        self.changes().next().is_none()
    }

    /// The version bump the changes imply.
    pub fn bump(&self) -> Impact {
        self.changes()
            .map(|c| c.impact)
            .max()
            .unwrap_or(Impact::Patch)
    }

    /// How many changes have `impact`.
    pub fn count(&self, impact: Impact) -> usize {
        self.changes().filter(|c| c.impact == impact).count()
    }

    /// One line: the bump and the counts.
    pub fn summary(&self) -> String {
        if self.is_empty() {
            return "Semver: **patch** — no changes to the generated API.".to_string();
        }
        format!(
            "Semver: **{}** — {} added, {} removed, {} changed; {} added, {} removed, {} changed; changes: {} breaking, {} minor, {} patch-level.",
            self.bump().as_str(),
            plural(self.operations_added.len(), "operation"),
            self.operations_removed.len(),
            self.operations_changed.len(),
            plural(self.types_added.len(), "type"),
            self.types_removed.len(),
            self.types_changed.len(),
            self.count(Impact::Major),
            self.count(Impact::Minor),
            self.count(Impact::Patch),
        )
    }

    /// The report as Markdown, readable in a terminal and in a pull request.
    pub fn to_markdown(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "# Generated API changes: {} → {}\n",
            self.old_label, self.new_label
        );
        let _ = writeln!(out, "{}\n", self.summary());
        if self.is_empty() {
            return out;
        }
        out.push_str(
            "Impact on code compiled against the old crate: `[BREAKING]` may stop compiling, \
             `[minor]` is an addition, `[patch]` leaves the Rust API unchanged.\n\n",
        );
        if !self.general.is_empty() {
            out.push_str("## Crate\n\n");
            for change in &self.general {
                write_change(&mut out, change);
            }
            out.push('\n');
        }
        let lists = [
            ("Operations added", &self.operations_added),
            ("Operations removed", &self.operations_removed),
            ("Types added", &self.types_added),
            ("Types removed", &self.types_removed),
        ];
        let changed = [
            ("Operations changed", &self.operations_changed),
            ("Types changed", &self.types_changed),
        ];
        for (heading, sections) in &lists[..2] {
            write_list(&mut out, heading, sections);
        }
        write_changed(&mut out, changed[0].0, changed[0].1);
        for (heading, sections) in &lists[2..] {
            write_list(&mut out, heading, sections);
        }
        write_changed(&mut out, changed[1].0, changed[1].1);
        out.push_str("## Summary\n\n");
        let _ = writeln!(
            out,
            "| | added | removed | changed |\n|---|---:|---:|---:|\n| operations | {} | {} | {} |\n| types | {} | {} | {} |\n",
            self.operations_added.len(),
            self.operations_removed.len(),
            self.operations_changed.len(),
            self.types_added.len(),
            self.types_removed.len(),
            self.types_changed.len(),
        );
        let _ = writeln!(out, "{}", self.summary());
        out
    }
}

fn plural(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("{count} {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

fn write_change(out: &mut String, change: &Change) {
    let _ = writeln!(
        out,
        "- {} {} — {}",
        change.impact.tag(),
        change.what,
        change.effect
    );
}

fn write_list(out: &mut String, heading: &str, sections: &[Section]) {
    if sections.is_empty() {
        return;
    }
    let _ = writeln!(out, "## {heading} ({})\n", sections.len());
    for section in sections {
        for change in &section.changes {
            let _ = writeln!(
                out,
                "- {} {} — {}",
                change.impact.tag(),
                section.title,
                change.effect
            );
        }
    }
    out.push('\n');
}

fn write_changed(out: &mut String, heading: &str, sections: &[Section]) {
    if sections.is_empty() {
        return;
    }
    let _ = writeln!(out, "## {heading} ({})\n", sections.len());
    for section in sections {
        let _ = writeln!(
            out,
            "### {} — {}\n",
            section.title,
            section.impact().as_str()
        );
        for change in &section.changes {
            write_change(out, change);
        }
        out.push('\n');
    }
}

fn change(
    impact: Impact,
    kind: ChangeKind,
    item: impl Into<String>,
    what: impl Into<String>,
    effect: impl Into<String>,
) -> Change {
    Change {
        impact,
        kind,
        item: item.into(),
        what: what.into(),
        effect: effect.into(),
    }
}

/// Compares two surfaces (see the module documentation for the rules).
pub fn diff(old: &ApiSurface, new: &ApiSurface) -> Report {
    let mut report = Report {
        old_label: old.version.clone(),
        new_label: new.version.clone(),
        ..Report::default()
    };
    general_changes(old, new, &mut report.general);
    operation_changes(old, new, &mut report);
    type_changes(old, new, &mut report);
    report
}

fn general_changes(old: &ApiSurface, new: &ApiSurface, out: &mut Vec<Change>) {
    if old.version != new.version {
        out.push(change(
            Impact::Patch,
            ChangeKind::ApiVersion,
            &new.version,
            format!("API version `{}` → `{}`", old.version, new.version),
            "documentation only",
        ));
    }
    if old.version_header != new.version_header {
        let show = |h: &Option<String>| h.clone().unwrap_or_else(|| "none".to_string());
        out.push(change(
            Impact::Minor,
            ChangeKind::VersionHeader,
            show(&new.version_header),
            format!(
                "default version header `{}` → `{}`",
                show(&old.version_header),
                show(&new.version_header)
            ),
            "requests send the new API version unless the caller picks one; responses may differ",
        ));
    }
    for region in &new.regions {
        if !old.regions.contains(region) {
            out.push(change(
                Impact::Minor,
                ChangeKind::RegionAdded,
                region,
                format!("region `{region}` added"),
                format!("new variant `Region::{region}`"),
            ));
        }
    }
    for region in &old.regions {
        if !new.regions.contains(region) {
            out.push(change(
                Impact::Major,
                ChangeKind::RegionRemoved,
                region,
                format!("region `{region}` removed"),
                format!("`Region::{region}` no longer exists"),
            ));
        }
    }
}

fn signature(op: &OperationSurface) -> String {
    let mut args = vec!["&self".to_string()];
    for param in op.params.iter().filter(|p| p.required) {
        args.push(format!("{}: {}", param.rust_name, param.ty));
    }
    if let Some(body) = &op.body {
        args.push(format!("body: {body}"));
    }
    if let Some(params) = &op.params_struct {
        args.push(format!("params: &{params}"));
    }
    format!(
        "fn {}({}) -> Result<{}>",
        op.method,
        args.join(", "),
        op.returns
    )
}

fn operation_title(op: &OperationSurface) -> String {
    format!("`{} {}` `{}`", op.http_method, op.path, op.method)
}

fn operation_changes(old: &ApiSurface, new: &ApiSurface, report: &mut Report) {
    let mut removed: Vec<&String> = old
        .operations
        .keys()
        .filter(|k| !new.operations.contains_key(*k))
        .collect();
    let mut added: Vec<&String> = new
        .operations
        .keys()
        .filter(|k| !old.operations.contains_key(*k))
        .collect();
    // Operations whose path moved but kept their operationId (or method name).
    let mut moved = Vec::new();
    removed.retain(|old_key| {
        let old_op = &old.operations[*old_key];
        let found = added.iter().position(|new_key| {
            let new_op = &new.operations[*new_key];
            new_op.operation_id == old_op.operation_id || new_op.method == old_op.method
        });
        match found {
            Some(index) => {
                moved.push((*old_key, added.remove(index)));
                false
            }
            None => true,
        }
    });
    for key in added {
        let op = &new.operations[key];
        report.operations_added.push(Section {
            key: key.clone(),
            title: operation_title(op),
            changes: vec![change(
                Impact::Minor,
                ChangeKind::OperationAdded,
                key,
                format!("operation `{}` added", op.operation_id),
                format!("new method `{}`", signature(op)),
            )],
        });
    }
    for key in removed {
        let op = &old.operations[key];
        report.operations_removed.push(Section {
            key: key.clone(),
            title: operation_title(op),
            changes: vec![change(
                Impact::Major,
                ChangeKind::OperationRemoved,
                key,
                format!("operation `{}` removed", op.operation_id),
                format!("method `Client::{}` no longer exists", op.method),
            )],
        });
    }
    let mut pairs: Vec<(&String, &String)> = old
        .operations
        .keys()
        .filter(|k| new.operations.contains_key(*k))
        .map(|k| (k, k))
        .collect();
    pairs.extend(moved);
    pairs.sort();
    for (old_key, new_key) in pairs {
        let (o, n) = (&old.operations[old_key], &new.operations[new_key]);
        let changes = operation_diff(o, n);
        if changes.is_empty() {
            continue;
        }
        let title = if old_key == new_key {
            operation_title(n)
        } else {
            format!("`{} {}` → {}", o.http_method, o.path, operation_title(n))
        };
        report.operations_changed.push(Section {
            key: new_key.clone(),
            title,
            changes,
        });
    }
}

fn operation_diff(o: &OperationSurface, n: &OperationSurface) -> Vec<Change> {
    let mut out = Vec::new();
    if o.operation_id != n.operation_id || o.method != n.method {
        let (impact, effect) = if o.method == n.method {
            (
                Impact::Patch,
                format!("method name unchanged (`{}`)", n.method),
            )
        } else {
            (
                Impact::Major,
                format!(
                    "method `Client::{}` renamed `Client::{}` (and `…_with_response`)",
                    o.method, n.method
                ),
            )
        };
        out.push(change(
            impact,
            ChangeKind::OperationRenamed,
            &n.operation_id,
            format!("operationId `{}` → `{}`", o.operation_id, n.operation_id),
            effect,
        ));
    }
    if o.path != n.path {
        let old_key = operation_key(&o.http_method, &o.path);
        let new_key = operation_key(&n.http_method, &n.path);
        let effect = if old_key == new_key {
            let renamed: Vec<String> = path_params(o)
                .zip(path_params(n))
                .filter(|(a, b)| a.rust_name != b.rust_name)
                .map(|(a, b)| format!("`{}` → `{}`", a.rust_name, b.rust_name))
                .collect();
            if renamed.is_empty() {
                "no effect on callers".to_string()
            } else {
                format!(
                    "positional argument renamed {}; no effect on callers",
                    renamed.join(", ")
                )
            }
        } else {
            "the method calls the new path; no effect on callers".to_string()
        };
        out.push(change(
            Impact::Patch,
            ChangeKind::PathChanged,
            &n.path,
            format!("path `{}` → `{}`", o.path, n.path),
            effect,
        ));
    }
    if o.deprecated != n.deprecated {
        let (impact, what, effect) = if n.deprecated {
            (
                Impact::Minor,
                "deprecated",
                "the method is `#[deprecated]`: calls warn",
            )
        } else {
            (
                Impact::Minor,
                "no longer deprecated",
                "`#[deprecated]` removed",
            )
        };
        out.push(change(
            impact,
            ChangeKind::Deprecated,
            &n.method,
            what,
            effect,
        ));
    }
    params_diff(o, n, &mut out);
    match (&o.body, &n.body) {
        (None, Some(body)) => out.push(change(
            Impact::Major,
            ChangeKind::BodyAdded,
            body,
            "request body added",
            format!("new argument `body: {body}`"),
        )),
        (Some(body), None) => out.push(change(
            Impact::Major,
            ChangeKind::BodyRemoved,
            body,
            "request body removed",
            format!("argument `body: {body}` removed"),
        )),
        (Some(a), Some(b)) if a != b => out.push(change(
            Impact::Major,
            ChangeKind::BodyType,
            b,
            "request body type changed",
            format!("argument `body: {a}` → `body: {b}`"),
        )),
        _ => {}
    }
    let streams = |op: &OperationSurface| format!("`{0}_stream` and `{0}_pages`", op.method);
    match (&o.stream_item, &n.stream_item) {
        (None, Some(item)) => out.push(change(
            Impact::Minor,
            ChangeKind::Pagination,
            item,
            "now paginated",
            format!("new methods {} streaming `{item}`", streams(n)),
        )),
        (Some(item), None) => out.push(change(
            Impact::Major,
            ChangeKind::Pagination,
            item,
            "no longer paginated",
            format!("methods {} removed", streams(o)),
        )),
        (Some(a), Some(b)) if a != b => out.push(change(
            Impact::Major,
            ChangeKind::Pagination,
            b,
            "page item type changed",
            format!("{} stream `{b}` instead of `{a}`", streams(n)),
        )),
        _ => {}
    }
    if o.returns != n.returns {
        out.push(change(
            Impact::Major,
            ChangeKind::ResponseType,
            &n.returns,
            "response type changed",
            format!("returns `{}` instead of `{}`", n.returns, o.returns),
        ));
    }
    out
}

fn path_params(op: &OperationSurface) -> impl Iterator<Item = &ParamSurface> {
    op.params.iter().filter(|p| p.location == "path")
}

/// Matching key of a parameter: position for path parameters (names are ignored), location
/// and wire name otherwise.
fn param_keys(op: &OperationSurface) -> Vec<(String, &ParamSurface)> {
    let mut index = 0;
    op.params
        .iter()
        .map(|p| {
            if p.location == "path" {
                index += 1;
                (format!("path#{index}"), p)
            } else {
                (format!("{} {}", p.location, p.name), p)
            }
        })
        .collect()
}

fn find<'a>(list: &[(String, &'a ParamSurface)], key: &str) -> Option<&'a ParamSurface> {
    list.iter().find(|(k, _)| k == key).map(|(_, p)| *p)
}

fn describe_param(p: &ParamSurface) -> String {
    format!("{} parameter `{}`", p.location, p.name)
}

fn params_diff(o: &OperationSurface, n: &OperationSurface, out: &mut Vec<Change>) {
    let old_params = param_keys(o);
    let new_params = param_keys(n);
    let struct_name = |op: &OperationSurface| op.params_struct.clone().unwrap_or_default();
    match (&o.params_struct, &n.params_struct) {
        (None, Some(s)) => out.push(change(
            Impact::Major,
            ChangeKind::ParamsStruct,
            s,
            "first optional parameter",
            format!("new last argument `params: &{s}`"),
        )),
        (Some(s), None) => out.push(change(
            Impact::Major,
            ChangeKind::ParamsStruct,
            s,
            "no optional parameters left",
            format!("argument `params: &{s}` removed; `{s}` no longer exists"),
        )),
        (Some(a), Some(b)) if a != b => out.push(change(
            Impact::Major,
            ChangeKind::ParamsStruct,
            b,
            "optional-parameter struct renamed",
            format!("`{a}` renamed `{b}`"),
        )),
        _ => {}
    }
    for (key, p) in &new_params {
        if find(&old_params, key).is_some() {
            continue;
        }
        let (impact, effect) = if p.required {
            (
                Impact::Major,
                format!("new positional argument `{}: {}`", p.rust_name, p.ty),
            )
        } else if o.params_struct.is_some() {
            (
                Impact::Major,
                format!(
                    "new field `{}::{}: {}`: struct literals without `..Default::default()` stop compiling",
                    struct_name(n),
                    p.rust_name,
                    p.ty
                ),
            )
        } else {
            (
                Impact::Minor,
                format!(
                    "field `{}: {}` of the new `{}`",
                    p.rust_name,
                    p.ty,
                    struct_name(n)
                ),
            )
        };
        let required = if p.required { "required" } else { "optional" };
        out.push(change(
            impact,
            ChangeKind::ParamAdded,
            &p.name,
            format!("{} added ({required})", describe_param(p)),
            effect,
        ));
    }
    for (key, p) in &old_params {
        if find(&new_params, key).is_some() {
            continue;
        }
        let effect = if p.required {
            format!("positional argument `{}` removed", p.rust_name)
        } else {
            format!("field `{}::{}` removed", struct_name(o), p.rust_name)
        };
        out.push(change(
            Impact::Major,
            ChangeKind::ParamRemoved,
            &p.name,
            format!("{} removed", describe_param(p)),
            effect,
        ));
    }
    for (key, b) in &new_params {
        let Some(a) = find(&old_params, key) else {
            continue;
        };
        if a.required != b.required {
            let effect = if b.required {
                format!(
                    "`{}::{}: {}` becomes the positional argument `{}: {}`",
                    struct_name(o),
                    a.rust_name,
                    a.ty,
                    b.rust_name,
                    b.ty
                )
            } else {
                format!(
                    "positional argument `{}: {}` becomes `{}::{}: {}`",
                    a.rust_name,
                    a.ty,
                    struct_name(n),
                    b.rust_name,
                    b.ty
                )
            };
            let now = if b.required { "required" } else { "optional" };
            out.push(change(
                Impact::Major,
                ChangeKind::ParamRequired,
                &b.name,
                format!("{} is now {now}", describe_param(b)),
                effect,
            ));
        } else if a.ty != b.ty {
            out.push(change(
                Impact::Major,
                ChangeKind::ParamType,
                &b.name,
                format!("{} type changed", describe_param(b)),
                format!("`{}: {}` → `{}: {}`", a.rust_name, a.ty, b.rust_name, b.ty),
            ));
        }
    }
    // Positional arguments kept on both sides must keep their relative order.
    let positional = |list: &[(String, &ParamSurface)], other: &[(String, &ParamSurface)]| {
        list.iter()
            .filter(|(k, p)| p.required && other.iter().any(|(k2, p2)| k2 == k && p2.required))
            .map(|(k, _)| k.clone())
            .collect::<Vec<_>>()
    };
    let old_order = positional(&old_params, &new_params);
    let new_order = positional(&new_params, &old_params);
    if old_order != new_order {
        out.push(change(
            Impact::Major,
            ChangeKind::ParamOrder,
            &n.method,
            "parameters reordered",
            format!("positional arguments now `{}`", new_order.join(", ")),
        ));
    }
}

fn type_title(name: &str, ty: &TypeSurface) -> String {
    format!("`{name}` ({})", ty.kind)
}

fn type_changes(old: &ApiSurface, new: &ApiSurface, report: &mut Report) {
    let mut removed: Vec<&String> = old
        .types
        .keys()
        .filter(|k| !new.types.contains_key(*k))
        .collect();
    let mut added: Vec<&String> = new
        .types
        .keys()
        .filter(|k| !old.types.contains_key(*k))
        .collect();
    // Renames: the same schema under a new Rust name.
    let mut renamed = Vec::new();
    removed.retain(|old_name| {
        let old_ty = &old.types[*old_name];
        if old_ty.pointer.is_empty() {
            return true;
        }
        let found = added.iter().position(|new_name| {
            let new_ty = &new.types[*new_name];
            new_ty.pointer == old_ty.pointer && new_ty.kind == old_ty.kind
        });
        match found {
            Some(index) => {
                renamed.push((*old_name, added.remove(index)));
                false
            }
            None => true,
        }
    });
    for name in added {
        let ty = &new.types[name];
        report.types_added.push(Section {
            key: name.clone(),
            title: type_title(name, ty),
            changes: vec![change(
                Impact::Minor,
                ChangeKind::TypeAdded,
                name,
                format!("type `{name}` added"),
                format!("new {} `types::{name}`", ty.kind),
            )],
        });
    }
    for name in removed {
        let ty = &old.types[name];
        report.types_removed.push(Section {
            key: name.clone(),
            title: type_title(name, ty),
            changes: vec![change(
                Impact::Major,
                ChangeKind::TypeRemoved,
                name,
                format!("type `{name}` removed"),
                format!("`types::{name}` no longer exists"),
            )],
        });
    }
    let mut pairs: Vec<(&String, &String)> = old
        .types
        .keys()
        .filter(|k| new.types.contains_key(*k))
        .map(|k| (k, k))
        .collect();
    pairs.extend(renamed);
    pairs.sort();
    for (old_name, new_name) in pairs {
        let (o, n) = (&old.types[old_name], &new.types[new_name]);
        let mut changes = Vec::new();
        let mut title = type_title(new_name, n);
        if old_name != new_name {
            title = format!("`{old_name}` → {title}");
            changes.push(change(
                Impact::Major,
                ChangeKind::TypeRenamed,
                new_name,
                format!(
                    "type `{old_name}` renamed `{new_name}` (schema `{}`)",
                    n.pointer
                ),
                format!("`types::{old_name}` no longer exists"),
            ));
        }
        type_diff(o, n, &mut changes);
        if !changes.is_empty() {
            report.types_changed.push(Section {
                key: new_name.clone(),
                title,
                changes,
            });
        }
    }
}

fn type_diff(o: &TypeSurface, n: &TypeSurface, out: &mut Vec<Change>) {
    if o.kind != n.kind {
        out.push(change(
            Impact::Major,
            ChangeKind::TypeKind,
            &n.kind,
            format!("kind `{}` → `{}`", o.kind, n.kind),
            "the type's shape changed entirely",
        ));
        return;
    }
    if o.non_exhaustive != n.non_exhaustive {
        let (impact, effect) = if n.non_exhaustive {
            (
                Impact::Major,
                "`#[non_exhaustive]` added: exhaustive matches and struct literals outside the crate stop compiling",
            )
        } else {
            (Impact::Minor, "`#[non_exhaustive]` removed")
        };
        out.push(change(
            impact,
            ChangeKind::Exhaustiveness,
            &n.kind,
            "exhaustiveness changed",
            effect,
        ));
    }
    match n.kind.as_str() {
        "struct" => fields_diff(o, n, out),
        "enum" => enum_diff(o, n, out),
        "alias" => {
            if o.target != n.target {
                let show = |t: &Option<String>| t.clone().unwrap_or_default();
                out.push(change(
                    Impact::Major,
                    ChangeKind::AliasTarget,
                    show(&n.target),
                    "alias target changed",
                    format!("`{}` → `{}`", show(&o.target), show(&n.target)),
                ));
            }
        }
        _ => variants_diff(o, n, out),
    }
}

fn flags(field: &FieldSurface) -> String {
    let required = if field.required {
        "required"
    } else {
        "optional"
    };
    let nullable = if field.nullable {
        "nullable"
    } else {
        "non-nullable"
    };
    format!("{required}, {nullable}")
}

fn fields_diff(o: &TypeSurface, n: &TypeSurface, out: &mut Vec<Change>) {
    let old_fields: BTreeMap<&str, &FieldSurface> =
        o.fields.iter().map(|f| (f.name.as_str(), f)).collect();
    let new_fields: BTreeMap<&str, &FieldSurface> =
        n.fields.iter().map(|f| (f.name.as_str(), f)).collect();
    for field in &n.fields {
        if old_fields.contains_key(field.name.as_str()) {
            continue;
        }
        let mut effect = format!("new field `{}: {}`", field.name, field.ty);
        let impact = if n.non_exhaustive {
            Impact::Minor
        } else {
            effect.push_str(": struct literals without `..Default::default()` stop compiling");
            Impact::Major
        };
        if field.required {
            effect.push_str(" (required: requests must now set it)");
        }
        out.push(change(
            impact,
            ChangeKind::FieldAdded,
            &field.wire,
            format!("field `{}` added ({})", field.wire, flags(field)),
            effect,
        ));
    }
    for field in &o.fields {
        if new_fields.contains_key(field.name.as_str()) {
            continue;
        }
        out.push(change(
            Impact::Major,
            ChangeKind::FieldRemoved,
            &field.wire,
            format!("field `{}` removed", field.wire),
            format!("field `{}: {}` no longer exists", field.name, field.ty),
        ));
    }
    for b in &n.fields {
        let Some(a) = old_fields.get(b.name.as_str()) else {
            continue;
        };
        let flags_changed = a.required != b.required || a.nullable != b.nullable;
        let type_changed = a.ty != b.ty;
        if flags_changed {
            let (impact, effect) = if type_changed {
                (
                    Impact::Major,
                    format!("`{}: {}` → `{}: {}`", a.name, a.ty, b.name, b.ty),
                )
            } else {
                (Impact::Patch, format!("Rust type unchanged (`{}`)", b.ty))
            };
            out.push(change(
                impact,
                ChangeKind::FieldRequired,
                &b.wire,
                format!("field `{}`: {} → {}", b.wire, flags(a), flags(b)),
                effect,
            ));
        } else if type_changed {
            out.push(change(
                Impact::Major,
                ChangeKind::FieldType,
                &b.wire,
                format!("field `{}` type changed", b.wire),
                format!("`{}: {}` → `{}: {}`", a.name, a.ty, b.name, b.ty),
            ));
        }
        if a.wire != b.wire {
            out.push(change(
                Impact::Patch,
                ChangeKind::FieldWireName,
                &b.wire,
                format!("property `{}` → `{}`", a.wire, b.wire),
                format!("Rust field `{}` unchanged", b.name),
            ));
        }
        if a.deprecated != b.deprecated {
            let what = if b.deprecated {
                format!("field `{}` deprecated", b.wire)
            } else {
                format!("field `{}` no longer deprecated", b.wire)
            };
            out.push(change(
                Impact::Minor,
                ChangeKind::FieldDeprecated,
                &b.wire,
                what,
                "documentation only",
            ));
        }
    }
}

fn enum_diff(o: &TypeSurface, n: &TypeSurface, out: &mut Vec<Change>) {
    let value = |v: &VariantSurface| v.value.clone().unwrap_or_default();
    let old_values: BTreeMap<String, &VariantSurface> =
        o.variants.iter().map(|v| (value(v), v)).collect();
    let new_values: BTreeMap<String, &VariantSurface> =
        n.variants.iter().map(|v| (value(v), v)).collect();
    for (wire, variant) in &new_values {
        match old_values.get(wire) {
            None => {
                let (impact, effect) = added_variant_effect(n, &variant.name);
                out.push(change(
                    impact,
                    ChangeKind::EnumValueAdded,
                    wire,
                    format!("value `{wire}` added"),
                    format!("{effect}; `{wire}` was decoded as `Unknown(\"{wire}\")` before"),
                ));
            }
            Some(old) if old.name != variant.name => out.push(change(
                Impact::Major,
                ChangeKind::Variant,
                wire,
                format!("value `{wire}` renamed in Rust"),
                format!("variant `{}` renamed `{}`", old.name, variant.name),
            )),
            Some(_) => {}
        }
    }
    for (wire, variant) in &old_values {
        if !new_values.contains_key(wire) {
            out.push(change(
                Impact::Major,
                ChangeKind::EnumValueRemoved,
                wire,
                format!("value `{wire}` removed"),
                format!(
                    "variant `{}` no longer exists (code naming it breaks); `{wire}` now decodes as `Unknown`",
                    variant.name
                ),
            ));
        }
    }
}

fn added_variant_effect(ty: &TypeSurface, name: &str) -> (Impact, String) {
    if ty.non_exhaustive {
        (
            Impact::Minor,
            format!("new variant `{name}` (the enum is `#[non_exhaustive]`)"),
        )
    } else {
        (
            Impact::Major,
            format!("new variant `{name}`: exhaustive `match`es without a `_` arm stop compiling"),
        )
    }
}

fn variants_diff(o: &TypeSurface, n: &TypeSurface, out: &mut Vec<Change>) {
    let old_variants: BTreeMap<&str, &VariantSurface> =
        o.variants.iter().map(|v| (v.name.as_str(), v)).collect();
    let new_names: BTreeSet<&str> = n.variants.iter().map(|v| v.name.as_str()).collect();
    let payload = |v: &VariantSurface| v.ty.clone().unwrap_or_else(|| "()".to_string());
    for variant in &n.variants {
        match old_variants.get(variant.name.as_str()) {
            None => {
                let (impact, effect) = added_variant_effect(n, &variant.name);
                out.push(change(
                    impact,
                    ChangeKind::Variant,
                    &variant.name,
                    format!("alternative `{}({})` added", variant.name, payload(variant)),
                    effect,
                ));
            }
            Some(old) if payload(old) != payload(variant) => out.push(change(
                Impact::Major,
                ChangeKind::Variant,
                &variant.name,
                format!("alternative `{}` changed", variant.name),
                format!(
                    "`{}({})` → `{}({})`",
                    old.name,
                    payload(old),
                    variant.name,
                    payload(variant)
                ),
            )),
            Some(_) => {}
        }
    }
    for variant in &o.variants {
        if !new_names.contains(variant.name.as_str()) {
            out.push(change(
                Impact::Major,
                ChangeKind::Variant,
                &variant.name,
                format!("alternative `{}` removed", variant.name),
                format!("variant `{}` no longer exists", variant.name),
            ));
        }
    }
}
