//! The hand-written parts of the generated crate: `Cargo.toml` and `README.md` rendered with
//! tera, and the runtime modules copied as they are. Every spec string a template writes goes
//! through one of the escaping filters of [`escape`].

mod escape;

use serde::Serialize;

use crate::diagnostics::Error;
use crate::model::{ApiModel, CredentialKind, Placement, ResponseBody, Success};
use crate::plan::{ArgumentKind, NextPage, Plan};

const CARGO_TOML: &str = include_str!("../../../templates/Cargo.toml.tera");
const README: &str = include_str!("../../../templates/README.md.tera");
const RUSTFMT_TOML: &str = include_str!("../../../templates/rustfmt.toml");

#[derive(Serialize)]
struct OperationRow {
    method: String,
    http: String,
    tag: String,
}

#[derive(Serialize)]
struct Feature {
    name: String,
    tag: String,
}

/// A webhook the README's example receives.
#[derive(Serialize)]
struct WebhookExample {
    /// Its key in the spec.
    name: String,
    /// The `receive_…` function.
    receive: String,
    /// Whether deliveries are signed (the function then takes the secret and headers).
    signed: bool,
}

/// A security scheme, for the README's authentication section.
#[derive(Serialize)]
struct SchemeRow {
    name: String,
    declared_as: String,
    sent_as: String,
    method: String,
}

#[derive(Serialize)]
struct CrateContext<'a> {
    features: Vec<Feature>,
    crate_name: &'a str,
    crate_ident: String,
    crate_version: &'a str,
    title: &'a str,
    api_version: String,
    description: String,
    /// Environment variables `from_env` reads (none: the API takes no credentials).
    env_vars: Vec<String>,
    /// `Client::new`'s arguments, as in a call (`token`, `username, password`, nothing).
    new_arguments: String,
    /// Whether the builder has `token_provider` (the default scheme takes one secret).
    token_provider: bool,
    /// The feature of the `webhooks` module, if the spec has webhooks.
    webhooks_feature: Option<String>,
    /// The tag features it enables (for the types its payloads share with operations).
    webhook_tags: Vec<String>,
    /// The first webhook, for the README's example.
    webhook: Option<WebhookExample>,
    schemes: Vec<SchemeRow>,
    operation_count: usize,
    type_count: usize,
    example_call: Option<String>,
    /// A method's example that builds its request body with `new` and setters.
    request_example: Option<String>,
    paged: Option<PagedCall>,
    operations: Vec<OperationRow>,
    testing_example: Option<TestingExample>,
}

/// The operation the README's test kit example calls: its method, its `Operation` variant
/// and the features the example needs (`feature = "testing"`, with the operation's tag's).
#[derive(Serialize)]
struct TestingExample {
    method: String,
    variant: String,
    cfg: String,
}

/// The paged operation the README's pagination recipe reads: its `…_stream` and `…_pages`
/// methods, the arguments they take and the parameter struct to import, if any.
#[derive(Serialize)]
struct PagedCall {
    stream: String,
    pages: String,
    arguments: String,
    params: Option<String>,
}

/// The first paged operation whose helpers take no argument but a `…Params` struct.
fn paged_call(model: &ApiModel, plan: &Plan) -> Option<PagedCall> {
    model
        .operations
        .iter()
        .zip(&plan.methods)
        .find_map(|(operation, method)| {
            let stream = method
                .stream
                .as_ref()
                .filter(|s| !s.fetched.is_empty() && !matches!(s.next, NextPage::Unsupported))?;
            let params = match method.arguments.as_slice() {
                [] => None,
                [only] if only.kind == ArgumentKind::Params => operation.params_struct.clone(),
                _ => return None,
            };
            Some(PagedCall {
                stream: stream.stream.clone(),
                pages: stream.pages.clone(),
                arguments: params
                    .as_ref()
                    .map(|name| format!("&{name}::default()"))
                    .unwrap_or_default(),
                params,
            })
        })
}

/// The README's test kit example, when the plan has an operation for it.
fn testing_example(plan: &Plan) -> Option<TestingExample> {
    let index = plan.testing.readme_operation?;
    let method = plan.methods.get(index)?;
    let mut features = vec!["feature = \"testing\"".to_string()];
    if !method.gate.0.is_empty() {
        let tags: Vec<String> = method
            .gate
            .0
            .iter()
            .map(|tag| format!("feature = {tag:?}"))
            .collect();
        features.push(format!("any({})", tags.join(", ")));
    }
    Some(TestingExample {
        method: method.name.clone(),
        variant: plan.testing.operations.get(index)?.variant.clone(),
        cfg: format!("all({})", features.join(", ")),
    })
}

fn render(name: &str, template: &str, context: &tera::Context) -> Result<String, Error> {
    let mut tera = tera::Tera::default();
    tera.autoescape_on(Vec::new());
    escape::register(&mut tera);
    tera.add_raw_template(name, template)
        .and_then(|()| tera.render(name, context))
        .map_err(|error| {
            let mut message = error.to_string();
            let mut source = std::error::Error::source(&error);
            while let Some(cause) = source {
                message.push_str(&format!(": {cause}"));
                source = cause.source();
            }
            Error::Template {
                name: name.to_string(),
                message,
            }
        })
}

/// Renders `Cargo.toml`, `README.md` and `rustfmt.toml` of the generated crate.
pub fn render_crate_files(
    model: &ApiModel,
    plan: &Plan,
    crate_name: &str,
    crate_version: &str,
) -> Result<Vec<(String, String)>, Error> {
    let tag_name = |module: &str| {
        model
            .tags
            .iter()
            .find(|t| t.module == module)
            .map_or(module.to_string(), |t| t.name.clone())
    };
    // The README's construction example: the first method whose example builds its body
    // with `new`, a nested `new` and a setter (else the first with `new` and a setter).
    let crate_ident = crate_name.replace('-', "_");
    let mut request_example = None;
    for (op, method) in model.operations.iter().zip(&plan.methods) {
        if op.body.is_none() {
            continue;
        }
        let Some(code) = crate::emit::method_example(model, plan, &crate_ident, op, method) else {
            continue;
        };
        let constructors = code.matches("::new(").count();
        let chained = code.lines().any(|line| line.trim_start().starts_with('.'));
        if constructors >= 1 && chained {
            let nested = constructors >= 2;
            if nested || request_example.is_none() {
                request_example = Some(code.trim_end().to_string());
            }
            if nested {
                break;
            }
        }
    }
    // The README's example calls the first operation that takes no arguments.
    let example_call = model
        .operations
        .iter()
        .zip(&plan.methods)
        .find(|(op, _)| {
            op.params.iter().all(|p| !p.required)
                && op.params_struct.is_none()
                && op.body.is_none()
                && matches!(op.success, Success::Single(ResponseBody::Json(_)))
        })
        .map(|(_, method)| format!("{}()", method.name));
    let api_version = model
        .version_header
        .as_ref()
        .map_or(model.version.clone(), |h| h.default.clone());
    let context = CrateContext {
        description: format!(
            "Rust client for the {} (API version {}), generated from its OpenAPI description.",
            escape::one_line(&model.title),
            escape::one_line(&api_version)
        ),
        features: plan
            .features
            .iter()
            .map(|feature| Feature {
                name: feature.clone(),
                tag: tag_name(feature),
            })
            .collect(),
        crate_name,
        crate_ident: crate_ident.clone(),
        crate_version,
        title: &model.title,
        api_version,
        env_vars: plan
            .auth
            .env
            .iter()
            .flat_map(|(_, vars)| vars.iter().cloned())
            .collect(),
        new_arguments: match plan.auth.primary {
            None => String::new(),
            Some(CredentialKind::Basic) => "username, password".to_string(),
            Some(_) => "token".to_string(),
        },
        token_provider: plan.auth.token_kind().is_some(),
        webhooks_feature: plan.webhooks_feature().map(str::to_string),
        webhook_tags: model.webhook_tags.clone(),
        webhook: model
            .webhooks
            .iter()
            .zip(&plan.webhooks)
            .next()
            .map(|(webhook, planned)| WebhookExample {
                name: webhook.name.clone(),
                receive: planned.receive.clone(),
                signed: planned.signed.is_some(),
            }),
        schemes: model
            .auth
            .schemes
            .iter()
            .map(|scheme| SchemeRow {
                name: scheme.name.clone(),
                declared_as: scheme.declared_as.clone(),
                sent_as: match &scheme.placement {
                    Placement::Bearer => "Authorization: Bearer".to_string(),
                    Placement::Basic => "Authorization: Basic".to_string(),
                    Placement::Header(name) => format!("header {name}"),
                    Placement::Query(name) => format!("query {name}"),
                    Placement::Cookie(name) => format!("cookie {name}"),
                },
                method: match scheme.placement.kind() {
                    CredentialKind::Bearer => "bearer_token",
                    CredentialKind::Basic => "basic_auth",
                    CredentialKind::ApiKey => "api_key",
                }
                .to_string(),
            })
            .collect(),
        operation_count: model.operations.len(),
        type_count: plan.types.len(),
        example_call,
        request_example,
        paged: paged_call(model, plan),
        testing_example: testing_example(plan),
        operations: model
            .operations
            .iter()
            .zip(&plan.methods)
            .map(|(op, method)| OperationRow {
                method: method.name.clone(),
                http: format!("{} {}", op.http_method, op.path),
                tag: tag_name(&op.tag),
            })
            .collect(),
    };
    let context = tera::Context::from_serialize(&context).map_err(|error| Error::Template {
        name: "context".into(),
        message: error.to_string(),
    })?;
    Ok(vec![
        (
            "Cargo.toml".to_string(),
            render("Cargo.toml.tera", CARGO_TOML, &context)?,
        ),
        (
            "README.md".to_string(),
            render("README.md.tera", README, &context)?,
        ),
        ("rustfmt.toml".to_string(), RUSTFMT_TOML.to_string()),
    ])
}
