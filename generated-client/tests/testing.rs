//! The test kit (`testing` feature): typed and default answers, scripts, the client's retries
//! and pagination against the fake, recorded requests, and the error for an operation the
//! fake cannot answer. Every test runs on a paused clock: retry waits take no real time.
#![cfg(all(
    feature = "testing",
    feature = "admins",
    feature = "calls",
    feature = "contacts",
    feature = "tags",
    feature = "tickets"
))]

use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures_util::StreamExt;
use intercom_client::reqwest::header::{HeaderName, HeaderValue};
use intercom_client::testing::{Answer, FakeApi, Operation, REDACTED};
use intercom_client::types::{
    ContactSearchRequest, CreateTicketRequestContactsItemId, CreateTicketRequestObject,
    ListContactsParams, SearchContactsParams, Ticket,
};
use intercom_client::{AttemptOutcome, AttemptRequest, Error, Hook, RetryNotice, StatusCode};
use serde_json::json;
use tokio::time::Instant;

const TOKEN: &str = "secret-token-123";

fn error_list(code: &str) -> serde_json::Value {
    json!({
        "type": "error.list",
        "request_id": "rq-1",
        "errors": [{"code": code, "message": "Something went wrong"}]
    })
}

fn contact_page(ids: &[&str], next: Option<&str>) -> serde_json::Value {
    let data: Vec<_> = ids
        .iter()
        .map(|id| json!({"type": "contact", "id": id, "role": "user"}))
        .collect();
    let next = next.map(|cursor| json!({"per_page": 2, "starting_after": cursor}));
    json!({
        "type": "list",
        "total_count": 5,
        "data": data,
        "pages": {"type": "pages", "per_page": 2, "next": next}
    })
}

#[tokio::test(start_paused = true)]
async fn a_typed_answer_is_decoded_back_into_its_type() {
    let fake = FakeApi::new();
    let mut ticket = Ticket::new();
    ticket.id = Some("42".to_owned());
    ticket.ticket_id = Some("7".to_owned());
    ticket.open = Some(true);
    fake.on(Operation::GetTicket).respond(&ticket);
    let client = fake.client().unwrap();

    let response = client.get_ticket("42").with_response().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["content-type"], "application/json");
    let json = |ticket: &Ticket| serde_json::to_value(ticket).unwrap();
    assert_eq!(json(response.body()), json(&ticket));
    // The last answer repeats.
    assert_eq!(json(&client.get_ticket("43").await.unwrap()), json(&ticket));
    assert_eq!(fake.requests_for(Operation::GetTicket).len(), 2);
}

#[tokio::test(start_paused = true)]
async fn an_unscripted_operation_gets_the_spec_example() {
    let fake = FakeApi::new();
    let client = fake.client().unwrap();
    // specs/intercom.yaml, `getTicket`'s 200 example.
    let ticket = client.get_ticket("918").await.unwrap();
    assert_eq!(ticket.id.as_deref(), Some("918"));
    assert_eq!(ticket.open, Some(true));
    let me = client.identify_admin().await.unwrap();
    assert_eq!(me.type_.as_deref(), Some("admin"));
    // A body-less success answers empty; `on` with no answers leaves the default.
    fake.on(Operation::DeleteTag);
    client.delete_tag("17").await.unwrap();
    // An explicit `spec_example` after another answer.
    fake.on(Operation::GetTicket)
        .respond_error(404, error_list("ticket_not_found"))
        .answer(Answer::spec_example());
    let error = client.get_ticket("1").await.unwrap_err();
    assert_eq!(error.code(), Some("ticket_not_found"));
    assert_eq!(
        client.get_ticket("918").await.unwrap().id.as_deref(),
        Some("918")
    );
}

#[tokio::test(start_paused = true)]
async fn a_429_with_retry_after_is_retried_after_the_advised_wait() {
    let fake = FakeApi::new();
    let mut ticket = Ticket::new();
    ticket.id = Some("1".to_owned());
    fake.on(Operation::GetTicket)
        .answer(Answer::json(429, error_list("rate_limit_exceeded")).header("Retry-After", "3"))
        .respond(&ticket);
    let client = fake.client().unwrap();

    let start = Instant::now();
    let got = client.get_ticket("1").await.unwrap();
    let waited = start.elapsed();
    assert_eq!(got.id.as_deref(), Some("1"));
    assert!(waited >= Duration::from_secs(3), "{waited:?}");
    assert!(
        waited < Duration::from_millis(3100),
        "advice has no jitter: {waited:?}"
    );
    let sent = fake.requests_for(Operation::GetTicket);
    assert_eq!(sent.len(), 2, "the attempt and its retry");
    assert_eq!(sent[0].path, "/tickets/1");
    assert_eq!(sent[1].path, "/tickets/1");
}

#[tokio::test(start_paused = true)]
async fn an_error_on_the_second_call_and_writes_are_not_retried() {
    let fake = FakeApi::new();
    let ticket =
        CreateTicketRequestObject::new("41", [CreateTicketRequestContactsItemId::new("c1")]);
    fake.on(Operation::CreateTicket)
        .respond(Ticket::new())
        .respond_error(500, error_list("server_error"));
    let client = fake.client().unwrap();
    client.create_ticket(&ticket).await.unwrap();
    let error = client.create_ticket(&ticket).await.unwrap_err();
    assert_eq!(error.status(), Some(StatusCode::INTERNAL_SERVER_ERROR));
    assert_eq!(error.code(), Some("server_error"));
    assert_eq!(
        fake.requests_for(Operation::CreateTicket).len(),
        2,
        "a POST that may have been processed is not sent again"
    );
}

#[tokio::test(start_paused = true)]
async fn three_pages_through_the_paginator() {
    let fake = FakeApi::new();
    fake.on(Operation::ListContacts)
        .respond(contact_page(&["1", "2"], Some("c2")))
        .respond(contact_page(&["3", "4"], Some("c4")))
        .respond(contact_page(&["5"], None));
    let client = fake.client().unwrap();
    let params = ListContactsParams::default();
    let ids: Vec<String> = client
        .list_contacts_stream(&params)
        .map(|contact| contact.unwrap().id.unwrap_or_default())
        .collect()
        .await;
    assert_eq!(ids, ["1", "2", "3", "4", "5"]);
    let sent = fake.requests_for(Operation::ListContacts);
    let cursors: Vec<Option<&str>> = sent
        .iter()
        .map(|request| request.query_param("starting_after"))
        .collect();
    assert_eq!(cursors, [None, Some("c2"), Some("c4")]);
}

#[tokio::test(start_paused = true)]
async fn a_search_paginates_through_its_body() {
    let fake = FakeApi::new();
    fake.on(Operation::SearchContacts)
        .respond(contact_page(&["1"], Some("next")))
        .respond(contact_page(&["2"], None));
    let client = fake.client().unwrap();
    let query: ContactSearchRequest = serde_json::from_value(json!({
        "query": {"field": "role", "operator": "=", "value": "user"},
        "pagination": {"per_page": 1}
    }))
    .unwrap();
    let count = client
        .search_contacts_stream(&query, &SearchContactsParams::default())
        .count()
        .await;
    assert_eq!(count, 2);
    let bodies: Vec<serde_json::Value> = fake
        .requests_for(Operation::SearchContacts)
        .into_iter()
        .map(|request| request.body.unwrap())
        .collect();
    assert_eq!(bodies[0]["pagination"], json!({"per_page": 1}));
    assert_eq!(
        bodies[1]["pagination"],
        json!({"per_page": 1, "starting_after": "next"})
    );
}

#[tokio::test(start_paused = true)]
async fn requests_are_recorded_with_the_token_redacted() {
    let fake = FakeApi::new();
    let client = fake
        .builder()
        .token(TOKEN)
        .user_agent("tests/1")
        .build()
        .unwrap();
    let ticket =
        CreateTicketRequestObject::new("41", [CreateTicketRequestContactsItemId::new("c1")])
            .company_id("9");
    client
        .create_ticket(&ticket)
        .header("X-Trace", "t-1")
        .body_property("brand_new_field", 3)
        .await
        .unwrap();
    client.get_ticket("a/b").await.unwrap();

    let sent = fake.requests();
    assert_eq!(sent.len(), 2);
    let create = &sent[0];
    assert_eq!(create.operation, Operation::CreateTicket);
    assert_eq!(create.method, "POST");
    assert_eq!(create.path, "/tickets");
    assert_eq!(create.header("authorization"), Some(REDACTED));
    assert_eq!(create.header("x-trace"), Some("t-1"));
    assert_eq!(create.header("user-agent"), Some("tests/1"));
    assert_eq!(create.header("intercom-version"), Some("Preview"));
    assert_eq!(
        create.body,
        Some(json!({
            "ticket_type_id": "41",
            "contacts": [{"id": "c1"}],
            "company_id": "9",
            "brand_new_field": 3
        }))
    );
    assert_eq!(sent[1].operation, Operation::GetTicket);
    assert_eq!(sent[1].path, "/tickets/a%2Fb", "as sent, percent-encoded");
    assert!(sent[1].body.is_none() && sent[1].raw_body.is_empty());
    let shown = format!("{sent:?}");
    assert!(!shown.contains(TOKEN), "{shown}");
    fake.clear_requests();
    assert!(fake.requests().is_empty());
}

#[tokio::test(start_paused = true)]
async fn an_operation_without_answer_or_example_fails_naming_it() {
    let fake = FakeApi::new();
    let client = fake.client().unwrap();
    let error = client.show_call_recording("c-1").await.unwrap_err();
    let Error::InvalidRequest {
        operation_id,
        message,
    } = &error
    else {
        panic!("expected InvalidRequest, got {error:?}");
    };
    assert_eq!(*operation_id, "showCallRecording");
    assert!(message.contains("GET /calls/{id}/recording"), "{message}");
    assert!(
        message.contains("Operation::ShowCallRecording"),
        "{message}"
    );
    assert!(!error.is_retryable());
    assert_eq!(
        fake.requests_for(Operation::ShowCallRecording).len(),
        1,
        "not retried"
    );
    // Scripted, it answers.
    fake.on(Operation::ShowCallRecording)
        .answer(Answer::raw(200, Some("audio/mpeg"), &b"ID3"[..]));
    assert_eq!(
        &client.show_call_recording("c-1").await.unwrap()[..],
        b"ID3"
    );
}

#[tokio::test(start_paused = true)]
async fn a_late_answer_hits_the_timeout_and_the_deadline() {
    let fake = FakeApi::new();
    fake.on(Operation::IdentifyAdmin)
        .answer(Answer::spec_example().delay(Duration::from_secs(90)));
    let client = fake
        .builder()
        .timeout(Duration::from_secs(10))
        .max_retries(0)
        .build()
        .unwrap();
    let error = client.identify_admin().await.unwrap_err();
    assert!(matches!(error, Error::Timeout { .. }), "{error:?}");
    let client = fake
        .builder()
        .deadline(Duration::from_secs(30))
        .build()
        .unwrap();
    let start = Instant::now();
    let error = client.identify_admin().await.unwrap_err();
    assert!(matches!(error, Error::DeadlineExceeded { .. }), "{error:?}");
    assert_eq!(start.elapsed(), Duration::from_secs(30));
}

/// A hook that adds a header and notes what it is told.
#[derive(Clone, Default)]
struct Notes(Arc<Mutex<Vec<String>>>);

impl Hook for Notes {
    fn before_attempt(&self, request: &mut AttemptRequest<'_>) {
        let value = HeaderValue::from_str(&format!("audit-{}", request.attempt())).unwrap();
        request.insert_header(HeaderName::from_static("x-audit-id"), value);
    }

    fn after_attempt(&self, outcome: &AttemptOutcome<'_>) {
        let status = outcome.status().map(|s| s.as_u16());
        self.0.lock().unwrap().push(format!("after {status:?}"));
    }

    fn on_retry(&self, retry: &RetryNotice<'_>) {
        self.0
            .lock()
            .unwrap()
            .push(format!("retry in {:?}", retry.delay()));
    }
}

#[tokio::test(start_paused = true)]
async fn hooks_run_for_every_attempt_the_fake_answers() {
    let fake = FakeApi::new();
    fake.on(Operation::GetTicket)
        .answer(Answer::empty(503).header("Retry-After", "1"))
        .answer(Answer::spec_example());
    let notes = Notes::default();
    let client = fake.builder().hook(notes.clone()).build().unwrap();
    client.get_ticket("918").await.unwrap();
    assert_eq!(
        *notes.0.lock().unwrap(),
        ["after Some(503)", "retry in 1s", "after Some(200)"]
    );
    let audit: Vec<Option<String>> = fake
        .requests()
        .iter()
        .map(|request| request.header("x-audit-id").map(str::to_owned))
        .collect();
    assert_eq!(
        audit,
        [Some("audit-1".to_owned()), Some("audit-2".to_owned())]
    );
}

#[test]
fn operations_know_their_id_method_and_path() {
    assert_eq!(Operation::GetTicket.id(), "getTicket");
    assert_eq!(Operation::GetTicket.method(), "GET");
    assert_eq!(Operation::GetTicket.path(), "/tickets/{id}");
    assert_eq!(
        Operation::from_id("createTicket"),
        Some(Operation::CreateTicket)
    );
    assert_eq!(Operation::from_id("nope"), None);
    assert_eq!(Operation::ListContacts.to_string(), "ListContacts");
}
