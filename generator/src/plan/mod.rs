//! Model → plan: what the generated Rust looks like. Every decision about the Rust API (a
//! type's final name, a field's wrapper, an argument's type, a method's name and its helper
//! methods, the feature gating an item, where a page's cursor is) is made here, once; emit,
//! the API surface and the README read it.

mod auth;
mod construction;
mod naming;
mod rust_type;
mod size;
mod testing;
mod variants;
mod webhooks;

use std::collections::HashMap;

pub use auth::{env_prefix, AuthPlan, SchemePlan};
pub use construction::{FieldInit, Input, InputKind};
pub use rust_type::{RustType, Scope};
pub use testing::{DefaultAnswer, FakeOperation, TestingPlan};
pub use variants::Conversion;
pub use webhooks::{SignedWebhookPlan, WebhookPlan};

use crate::lower::FULL_FEATURE;
use crate::model::{
    ApiModel, Field, Operation, PageValue, ParamLocation, ResponseBody, Success, TypeDef, TypeId,
    TypeKind, TypeRef,
};
use crate::names::Namespace;

/// The Rust API of the generated crate.
#[derive(Debug, Clone)]
pub struct Plan {
    /// The final name of each model type, by index.
    pub names: Vec<String>,
    /// One entry per model type, same index.
    pub types: Vec<TypePlan>,
    /// One entry per operation, same index.
    pub methods: Vec<MethodPlan>,
    /// Cargo features, one per tag, in spec order.
    pub features: Vec<String>,
    /// How the client authenticates.
    pub auth: AuthPlan,
    /// One entry per webhook of the model, same index.
    pub webhooks: Vec<WebhookPlan>,
    /// The test kit behind the `testing` feature.
    pub testing: TestingPlan,
    /// Each type's id by its final name (see [`Plan::type_named`]).
    ids: HashMap<String, TypeId>,
}

/// The `#[cfg(feature = …)]` an item needs: the features any of which enables it (empty:
/// always compiled).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Gate(pub Vec<String>);

/// How a field's type wraps the schema's type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldShape {
    /// `T`: required and never null.
    Plain,
    /// `Option<T>`: optional or nullable.
    Optional,
    /// `Option<Nullable<T>>`: an optional, nullable field of a request-only type, so requests
    /// can tell absent, `null` and a value apart.
    ThreeState,
}

/// A named type.
#[derive(Debug, Clone)]
pub struct TypePlan {
    /// Final Rust name.
    pub name: String,
    /// Features that compile it.
    pub gate: Gate,
    /// Marked `#[non_exhaustive]`: enums and unions, whose variants grow with the API, and
    /// structs, which are built with `new` and setters, so a new optional field is an addition.
    pub non_exhaustive: bool,
    /// Struct fields, in declaration order.
    pub fields: Vec<FieldPlan>,
    /// How `new` and the setters initialise each struct field, same order.
    pub inits: Vec<FieldInit>,
    /// Union variant payload types (boxed where recursive, or far larger than the others), in declaration order.
    pub variants: Vec<RustType>,
    /// Union variant names, same order.
    pub variant_names: Vec<String>,
    /// The `From` conversions of a union.
    pub conversions: Vec<Conversion>,
    /// An alias's target.
    pub alias: Option<RustType>,
}

/// A struct field.
#[derive(Debug, Clone)]
pub struct FieldPlan {
    /// How the value is wrapped.
    pub shape: FieldShape,
    /// The value, boxed where recursive (inside any `Option`/`Nullable`).
    pub value: RustType,
    /// The declared type.
    pub ty: RustType,
}

/// A client method and its helpers.
#[derive(Debug, Clone)]
pub struct MethodPlan {
    /// The method (returning a `Call`).
    pub name: String,
    /// Features that compile it (and its outcome enum and parameter struct).
    pub gate: Gate,
    /// Positional arguments after `&self`, in order.
    pub arguments: Vec<Argument>,
    /// What the method returns inside `Result<…>`.
    pub returns: RustType,
    /// Per-parameter Rust types: the argument type when positional, else the `…Params`
    /// field type (`Option<T>`), by index of `Operation::params`.
    pub param_types: Vec<RustType>,
    /// The streaming helpers of a paged list operation.
    pub stream: Option<StreamPlan>,
}

/// What an argument carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArgumentKind {
    /// A required or path parameter.
    Param,
    /// The request body.
    Body,
    /// The `…Params` struct of optional parameters.
    Params,
}

/// A positional argument.
#[derive(Debug, Clone)]
pub struct Argument {
    /// Rust name.
    pub name: String,
    /// Type.
    pub ty: RustType,
    /// What it carries.
    pub kind: ArgumentKind,
}

/// The `…_stream` and `…_pages` methods of a paged operation, and the `Page` impls they need.
#[derive(Debug, Clone)]
pub struct StreamPlan {
    /// The method streaming items.
    pub stream: String,
    /// The method streaming pages.
    pub pages: String,
    /// Item type, as written outside `src/types.rs`.
    pub item: RustType,
    /// The type each fetch returns (the page, or the union holding it).
    pub fetched: String,
    /// How the next request takes the next page.
    pub next: NextPage,
}

/// A field read on the way to a page's cursor or page number.
#[derive(Debug, Clone)]
pub struct Step {
    /// Rust field name.
    pub field: String,
    /// Its wrapper.
    pub shape: FieldShape,
    /// Its value type.
    pub value: RustType,
}

/// Where the next request takes the cursor or page number.
#[derive(Debug, Clone)]
pub enum NextPage {
    /// An optional query parameter (a `…Params` field) taking the cursor.
    QueryCursor(String),
    /// An optional query parameter taking the page number, `i32` or `i64`.
    QueryNumber(String, RustType),
    /// A body field holding a pagination object with a cursor field.
    BodyCursor {
        /// The body's field holding the object.
        holder: Step,
        /// The object's cursor field.
        cursor: Step,
    },
    /// No way to ask for the next page that the generated code can write.
    Unsupported,
}

/// Where the next page is read from a page.
#[derive(Debug, Clone)]
pub enum PageNumbering {
    /// A cursor (`pages.next.starting_after`).
    Cursor(Vec<Step>),
    /// Page numbers (`pages.page`, `pages.total_pages`).
    Numbers {
        /// The path to the current page number.
        page: Vec<Step>,
        /// The path to the page count.
        total: Vec<Step>,
    },
}

/// Builds the plan of `model`, for the crate named `crate_name`.
pub fn plan(model: &ApiModel, crate_name: &str) -> Plan {
    let features: Vec<String> = model.tags.iter().map(|t| t.module.clone()).collect();
    let names = naming::final_names(model);
    let types = model
        .types
        .iter()
        .enumerate()
        .map(|(id, def)| type_plan(model, &names, id, def, gate_of(&features, &def.usage.tags)))
        .collect();
    let mut helpers = helper_namespace(model);
    let methods = model
        .operations
        .iter()
        .map(|op| {
            let gate = gate_of(&features, [&op.tag]);
            method_plan(model, &names, op, gate, &mut helpers)
        })
        .collect::<Vec<MethodPlan>>();
    let method_names: Vec<&str> = methods.iter().map(|m| m.name.as_str()).collect();
    let testing = testing::testing_plan(model, &method_names);
    let webhooks = webhooks::webhook_plans(model, &names);
    let ids = names
        .iter()
        .enumerate()
        .map(|(id, name)| (name.clone(), id))
        .collect();
    Plan {
        ids,
        names,
        types,
        methods,
        features,
        auth: auth::auth_plan(model, crate_name),
        webhooks,
        testing,
    }
}

/// The gate of an item used by the operations of `tags` (and by schemas no operation uses,
/// under `full`): none when every tag uses it.
fn gate_of<'t>(features: &[String], tags: impl IntoIterator<Item = &'t String>) -> Gate {
    let tags: Vec<String> = tags.into_iter().cloned().collect();
    let real = tags.iter().filter(|t| t.as_str() != FULL_FEATURE).count();
    if tags.is_empty() || real >= features.len() {
        Gate::default()
    } else {
        Gate(tags)
    }
}

impl Plan {
    /// The type whose final name is `name`.
    pub fn type_named(&self, name: &str) -> Option<TypeId> {
        self.ids.get(name).copied()
    }

    /// The gate of an item used by the operations of `tags`.
    pub fn gate<'t>(&self, tags: impl IntoIterator<Item = &'t String>) -> Gate {
        gate_of(&self.features, tags)
    }
}

/// The Rust type of a model type reference, as a value.
pub fn value_type(names: &[String], ty: &TypeRef) -> RustType {
    match ty {
        TypeRef::String => RustType::String,
        TypeRef::Int32 => RustType::I32,
        TypeRef::Int64 => RustType::I64,
        TypeRef::Float => RustType::F64,
        TypeRef::Boolean => RustType::Bool,
        TypeRef::Json => RustType::Json,
        TypeRef::File => RustType::File,
        TypeRef::Named(id) => names
            .get(*id)
            .map_or(RustType::Json, |name| RustType::Named(name.clone())),
        TypeRef::Array(inner) => RustType::vec(value_type(names, inner)),
        TypeRef::Map(inner) => RustType::Map(Box::new(value_type(names, inner))),
    }
}

/// The type a reference stands for once aliases are followed (bounded, so alias cycles end).
pub(crate) fn resolved<'m>(model: &'m ApiModel, mut ty: &'m TypeRef) -> &'m TypeRef {
    for _ in 0..=model.types.len() {
        match ty {
            TypeRef::Named(id) => match model.types.get(*id).map(|def| &def.kind) {
                Some(TypeKind::Alias(inner)) => ty = inner,
                _ => return ty,
            },
            _ => return ty,
        }
    }
    ty
}

/// The type of a positional argument: borrowed, except numbers and booleans.
fn argument_type(names: &[String], ty: &TypeRef) -> RustType {
    match ty {
        TypeRef::String => RustType::Str,
        TypeRef::Array(inner) => RustType::Slice(Box::new(value_type(names, inner))),
        other => {
            let value = value_type(names, other);
            if value.is_copy() {
                value
            } else {
                RustType::Ref(Box::new(value))
            }
        }
    }
}

/// The Rust type of a response body.
pub fn response_type(names: &[String], body: &ResponseBody) -> RustType {
    match body {
        ResponseBody::Empty => RustType::Unit,
        ResponseBody::Json(ty) => value_type(names, ty),
        ResponseBody::Text => RustType::String,
        ResponseBody::Binary => RustType::Bytes,
    }
}

/// The wrapping a field of `def` gets.
fn field_shape(def: &TypeDef, field: &Field) -> FieldShape {
    if field.nullable
        && !field.required
        && def.usage.request
        && !def.usage.response
        && field.ty != TypeRef::Json
    {
        FieldShape::ThreeState
    } else if !field.required || field.nullable {
        FieldShape::Optional
    } else {
        FieldShape::Plain
    }
}

fn field_plan(names: &[String], def: &TypeDef, field: &Field) -> FieldPlan {
    let mut value = value_type(names, &field.ty);
    if field.boxed {
        value = RustType::Boxed(Box::new(value));
    }
    let shape = field_shape(def, field);
    let ty = match shape {
        FieldShape::Plain => value.clone(),
        FieldShape::Optional => RustType::option(value.clone()),
        FieldShape::ThreeState => RustType::option(RustType::Nullable(Box::new(value.clone()))),
    };
    FieldPlan { shape, value, ty }
}

fn type_plan(
    model: &ApiModel,
    names: &[String],
    id: TypeId,
    def: &TypeDef,
    gate: Gate,
) -> TypePlan {
    let mut plan = TypePlan {
        name: names.get(id).cloned().unwrap_or_default(),
        gate,
        non_exhaustive: !matches!(def.kind, TypeKind::Alias(_)),
        fields: Vec::new(),
        inits: Vec::new(),
        variants: Vec::new(),
        variant_names: Vec::new(),
        conversions: Vec::new(),
        alias: None,
    };
    match &def.kind {
        TypeKind::Struct(fields) => {
            plan.fields = fields.iter().map(|f| field_plan(names, def, f)).collect();
            plan.inits =
                construction::field_inits(model, names, def.usage.request, fields, &plan.fields);
        }
        TypeKind::Union(union) => {
            plan.variant_names = variants::variant_names(model, names, &plan.name, union);
            plan.conversions = variants::conversions(model, id, union);
            let boxed = size::variants_to_box(model, union);
            plan.variants = union
                .variants
                .iter()
                .zip(boxed)
                .map(|(v, boxed)| {
                    let ty = value_type(names, &v.ty);
                    if boxed {
                        RustType::Boxed(Box::new(ty))
                    } else {
                        ty
                    }
                })
                .collect();
        }
        TypeKind::Alias(ty) => plan.alias = Some(value_type(names, ty)),
        TypeKind::Enum(_) => {}
    }
    plan
}

/// The steps of a field path through the model, with their shapes.
pub fn steps(model: &ApiModel, names: &[String], path: &[(TypeId, usize)]) -> Option<Vec<Step>> {
    path.iter()
        .map(|&(id, index)| {
            let def = model.types.get(id)?;
            let TypeKind::Struct(fields) = &def.kind else {
                return None;
            };
            let field = fields.get(index)?;
            let plan = field_plan(names, def, field);
            Some(Step {
                field: field.name.clone(),
                shape: plan.shape,
                value: plan.value,
            })
        })
        .collect()
}

/// Where a page says what comes next, as field steps.
pub fn page_numbering(
    model: &ApiModel,
    names: &[String],
    value: &PageValue,
) -> Option<PageNumbering> {
    Some(match value {
        PageValue::Cursor(path) => PageNumbering::Cursor(steps(model, names, path)?),
        PageValue::Number { page, total } => PageNumbering::Numbers {
            page: steps(model, names, page)?,
            total: steps(model, names, total)?,
        },
    })
}

/// The names helper methods may not take: the runtime's `Client` methods and every
/// operation's method (real names win; a helper that would take one is renamed).
fn helper_namespace(model: &ApiModel) -> Namespace {
    let mut taken = Namespace::default();
    for name in crate::runtime::client_method_names() {
        taken.claim(name);
    }
    for operation in &model.operations {
        taken.claim(&operation.method_name);
    }
    taken
}

fn method_plan(
    model: &ApiModel,
    names: &[String],
    operation: &Operation,
    gate: Gate,
    helpers: &mut Namespace,
) -> MethodPlan {
    let name = operation.method_name.clone();
    let mut arguments: Vec<Argument> = Vec::new();
    let mut param_types = Vec::new();
    for param in &operation.params {
        let positional = param.required || param.location == ParamLocation::Path;
        if positional {
            let ty = argument_type(names, &param.ty);
            arguments.push(Argument {
                name: param.rust_name.clone(),
                ty: ty.clone(),
                kind: ArgumentKind::Param,
            });
            param_types.push(ty);
        } else {
            param_types.push(RustType::option(value_type(names, &param.ty)));
        }
    }
    // Positional parameters keep their order; the body and the parameter struct follow.
    if let Some(body) = &operation.body {
        let ty = argument_type(names, &body.ty);
        arguments.push(Argument {
            name: "body".to_string(),
            ty: if body.required {
                ty
            } else {
                RustType::option(ty)
            },
            kind: ArgumentKind::Body,
        });
    }
    if let Some(params_struct) = &operation.params_struct {
        arguments.push(Argument {
            name: "params".to_string(),
            ty: RustType::Ref(Box::new(RustType::Named(params_struct.clone()))),
            kind: ArgumentKind::Params,
        });
    }
    let returns = match &operation.success {
        Success::Single(body) => response_type(names, body),
        Success::ByStatus { name, .. } => RustType::Named(name.clone()),
    };
    let stream = operation
        .pagination
        .as_ref()
        .map(|pagination| stream_plan(model, names, operation, pagination, &name, helpers));
    MethodPlan {
        name,
        gate,
        arguments,
        returns,
        param_types,
        stream,
    }
}

fn stream_plan(
    model: &ApiModel,
    names: &[String],
    operation: &Operation,
    pagination: &crate::model::Pagination,
    method: &str,
    helpers: &mut Namespace,
) -> StreamPlan {
    let fetched = match &pagination.response_union {
        Some((union_id, _)) => *union_id,
        None => pagination.page_type,
    };
    let cursor = matches!(pagination.value, PageValue::Cursor(_));
    let next = match &pagination.next {
        crate::model::PageInput::Query(rust_name) => operation
            .params
            .iter()
            .find(|p| p.location == ParamLocation::Query && &p.rust_name == rust_name)
            .map_or(NextPage::Unsupported, |param| match (cursor, &param.ty) {
                (true, TypeRef::String) => NextPage::QueryCursor(rust_name.clone()),
                (false, TypeRef::Int64) => NextPage::QueryNumber(rust_name.clone(), RustType::I64),
                (false, TypeRef::Int32) => NextPage::QueryNumber(rust_name.clone(), RustType::I32),
                _ => NextPage::Unsupported,
            }),
        crate::model::PageInput::Body { holder, cursor } => {
            let required = operation.body.as_ref().is_some_and(|b| b.required);
            match steps(model, names, &[*holder, *cursor]).as_deref() {
                Some([holder, cursor])
                    if required
                        && !matches!(holder.value, RustType::Boxed(_))
                        && cursor.value == RustType::String =>
                {
                    NextPage::BodyCursor {
                        holder: holder.clone(),
                        cursor: cursor.clone(),
                    }
                }
                _ => NextPage::Unsupported,
            }
        }
    };
    StreamPlan {
        stream: helpers.claim(&format!("{method}_stream")).0,
        pages: helpers.claim(&format!("{method}_pages")).0,
        item: value_type(names, &pagination.item_type),
        fetched: names.get(fetched).cloned().unwrap_or_default(),
        next,
    }
}
