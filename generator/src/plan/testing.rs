//! The test kit (`testing` feature): whether the crate has one, the `Operation` enum's
//! variants, and what the fake API answers each operation with when a test scripts nothing.

use crate::model::{ApiModel, Operation, Placement, ResponseBody, Success};
use crate::names::{variant_name, Namespace};

/// The crate's test kit (every crate has one; an API without operations gets an empty
/// `Operation` enum).
#[derive(Debug, Clone)]
pub struct TestingPlan {
    /// One entry per operation, in the model's order.
    pub operations: Vec<FakeOperation>,
    /// Query parameters that carry credentials (API keys), redacted in recorded requests.
    pub credential_query: Vec<String>,
    /// The operation the crate README's test kit example calls: one without arguments whose
    /// default answer is an example of a JSON body.
    pub readme_operation: Option<usize>,
}

/// An operation as the fake API knows it.
#[derive(Debug, Clone)]
pub struct FakeOperation {
    /// Its `Operation` variant.
    pub variant: String,
    /// The status of a successful answer: the operation's first success status.
    pub status: u16,
    /// What the fake answers when the test gives no answer.
    pub default: DefaultAnswer,
}

/// The fake API's answer to an operation the test has not scripted.
#[derive(Debug, Clone, PartialEq)]
pub enum DefaultAnswer {
    /// The spec's first example of a success response, as JSON text.
    Example(String),
    /// The operation's success response has no body: an empty answer.
    Empty,
    /// Neither: calling the operation without an answer is an error naming it.
    Unanswered,
}

/// The test kit of `model`, whose methods are named `method_names` (same order as its
/// operations).
pub fn testing_plan(model: &ApiModel, method_names: &[&str]) -> TestingPlan {
    let mut variants = Namespace::default();
    let operations: Vec<FakeOperation> = model
        .operations
        .iter()
        .zip(method_names)
        .map(|(operation, method)| {
            let status = operation.success_status;
            FakeOperation {
                variant: variants.claim(&variant_name(method)).0,
                status,
                default: default_answer(model, operation, status),
            }
        })
        .collect();
    let readme_operation =
        model
            .operations
            .iter()
            .zip(&operations)
            .position(|(operation, fake)| {
                operation.params.iter().all(|p| !p.required)
                    && operation.params_struct.is_none()
                    && operation.body.is_none()
                    && matches!(operation.success, Success::Single(ResponseBody::Json(_)))
                    && matches!(fake.default, DefaultAnswer::Example(_))
            });
    let mut credential_query: Vec<String> = model
        .auth
        .schemes
        .iter()
        .filter_map(|scheme| match &scheme.placement {
            Placement::Query(name) => Some(name.clone()),
            _ => None,
        })
        .collect();
    credential_query.sort();
    credential_query.dedup();
    TestingPlan {
        operations,
        credential_query,
        readme_operation,
    }
}

/// The example of a successful answer at `status`, else an empty answer for a body-less
/// success, else none.
fn default_answer(model: &ApiModel, operation: &Operation, status: u16) -> DefaultAnswer {
    let example = model.examples.iter().find(|example| {
        !example.sent && example.operation_id == operation.id && example.status == Some(status)
    });
    if let Some(example) = example {
        return DefaultAnswer::Example(example.value.to_string());
    }
    let empty = match &operation.success {
        Success::Single(body) => *body == ResponseBody::Empty,
        Success::ByStatus { variants, .. } => variants
            .first()
            .is_some_and(|(_, _, body)| *body == ResponseBody::Empty),
    };
    if empty {
        DefaultAnswer::Empty
    } else {
        DefaultAnswer::Unanswered
    }
}
