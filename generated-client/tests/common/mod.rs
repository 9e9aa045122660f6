//! Answers the runtime tests share, whether a wiremock server or the test kit gives them.

use serde_json::json;

/// A ticket, as the API sends one.
pub fn ticket_json(id: &str) -> serde_json::Value {
    json!({
        "type": "ticket",
        "id": id,
        "ticket_id": 57,
        "category": "Back-office",
        "open": null,
        "admin_assignee_id": "7301942"
    })
}

/// The API's error body with one error of `code`.
pub fn error_list(code: &str, request_id: &str) -> serde_json::Value {
    json!({
        "type": "error.list",
        "request_id": request_id,
        "errors": [{"code": code, "message": "Something went wrong", "field": null}]
    })
}
