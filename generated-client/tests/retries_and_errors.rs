//! The client's retry policy and error decoding, against the test kit's fake API (no server,
//! no sockets): which answers are retried and after how long (`Retry-After`,
//! `X-RateLimit-Reset`, exponential backoff, the caps), what an error carries (status, code,
//! request id, rate limit, raw body), and how undecodable bodies are reported. Every test runs
//! on a paused clock, so waits take no real time and are measured exactly.
#![cfg(all(
    feature = "testing",
    feature = "admins",
    feature = "ticket_types",
    feature = "tickets"
))]

use std::time::Duration;

use intercom_client::testing::{Answer, FakeApi, Operation};
use intercom_client::{Client, Error, RequestOptions, RetryPolicy};
use serde_json::json;
use tokio::time::Instant;

mod common;

use common::{error_list, ticket_json};

fn client_with(fake: &FakeApi, retry_policy: RetryPolicy) -> Client {
    fake.builder().retry_policy(retry_policy).build().unwrap()
}

#[tokio::test(start_paused = true)]
async fn retry_after_429_is_honoured() {
    let fake = FakeApi::new();
    fake.on(Operation::GetTicket)
        .answer(Answer::empty(429).header("retry-after", "1"))
        .respond(ticket_json("1"));
    // Default policy: the advised 1 s is within max_delay and used as is.
    let client = fake.client().unwrap();
    let start = Instant::now();
    let ticket = client.get_ticket("1").await.unwrap();
    assert_eq!(ticket.id.as_deref(), Some("1"));
    assert_eq!(
        start.elapsed(),
        Duration::from_secs(1),
        "no jitter on advice"
    );
    assert_eq!(fake.requests().len(), 2);
}

#[tokio::test(start_paused = true)]
async fn rate_limit_reset_is_honoured_on_429() {
    let fake = FakeApi::new();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let reset = (now + 2).to_string();
    fake.on(Operation::GetTicket)
        .answer(Answer::empty(429).header("x-ratelimit-reset", &reset))
        .respond(ticket_json("1"));
    let client = client_with(
        &fake,
        RetryPolicy {
            base_delay: Duration::from_millis(1),
            max_delay: Duration::from_secs(5),
            ..RetryPolicy::default()
        },
    );
    // The reset is 2 s away in whole seconds.
    waits_1_to_2_seconds(&client).await;
}

/// Fetches a ticket, checking that the retry waited 1 to 2 seconds.
async fn waits_1_to_2_seconds(client: &Client) {
    let start = Instant::now();
    client.get_ticket("1").await.unwrap();
    let elapsed = start.elapsed();
    assert!(elapsed >= Duration::from_secs(1), "{elapsed:?}");
    assert!(elapsed <= Duration::from_secs(2), "{elapsed:?}");
}

#[tokio::test(start_paused = true)]
async fn retry_after_http_date_is_honoured() {
    let fake = FakeApi::new();
    let at = std::time::SystemTime::now() + Duration::from_secs(2);
    fake.on(Operation::GetTicket)
        .answer(Answer::empty(429).header("retry-after", &httpdate::fmt_http_date(at)))
        .respond(ticket_json("1"));
    let client = fake.client().unwrap();
    // HTTP dates have 1 s precision.
    waits_1_to_2_seconds(&client).await;
}

#[tokio::test(start_paused = true)]
async fn backoff_grows_exponentially_and_advice_is_capped() {
    let fake = FakeApi::new();
    let policy = RetryPolicy {
        max_retries: 3,
        base_delay: Duration::from_secs(1),
        max_delay: Duration::from_secs(3),
        jitter: 0.0,
        ..RetryPolicy::default()
    };
    let client = client_with(&fake, policy.clone());
    // 1 s, 2 s, then 4 s capped at 3 s.
    fake.on(Operation::GetTicket).answer(Answer::empty(500));
    let start = Instant::now();
    client.get_ticket("down").await.unwrap_err();
    assert_eq!(start.elapsed(), Duration::from_secs(6));
    // Retry-After: 30 is capped at max_delay for each retry.
    fake.on(Operation::GetTicket)
        .answer(Answer::empty(503).header("retry-after", "30"));
    let start = Instant::now();
    let err = client.get_ticket("slow-down").await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(start.elapsed(), Duration::from_secs(9));
    assert_eq!(fake.requests().len(), 8);
    // Jitter only ever shortens a delay, by at most its fraction.
    let jittery = client_with(
        &fake,
        RetryPolicy {
            jitter: 0.5,
            ..policy
        },
    );
    fake.on(Operation::GetTicket).answer(Answer::empty(500));
    let start = Instant::now();
    jittery.get_ticket("down").await.unwrap_err();
    let elapsed = start.elapsed();
    assert!(elapsed >= Duration::from_secs(3), "{elapsed:?}");
    assert!(elapsed <= Duration::from_secs(6), "{elapsed:?}");
}

#[tokio::test(start_paused = true)]
async fn server_errors_exhaust_retries_and_return_last_error() {
    let fake = FakeApi::new();
    (1..=3).fold(fake.on(Operation::GetTicket), |script, n| {
        let answer = Answer::raw(500, None, format!("upstream exploded {n}"));
        script.answer(answer.header("x-request-id", &format!("req-{n}")))
    });
    let err = fake.client().unwrap().get_ticket("1").await.unwrap_err();
    assert_eq!(fake.requests().len(), 3, "1 attempt + 2 retries");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(500));
    assert_eq!(err.request_id(), Some("req-3"), "the last attempt's error");
    assert!(err.is_retryable());
    assert_eq!(err.code(), None);
    let Error::Api(api) = &err else {
        panic!("expected Api, got {err:?}")
    };
    assert_eq!(api.operation_id, "getTicket");
    assert_eq!(api.raw_body, "upstream exploded 3");
    assert!(api.body.is_none());
    let text = err.to_string();
    assert!(text.contains("500") && text.contains("getTicket"), "{text}");
    assert!(text.contains("req-3"), "{text}");
}

#[tokio::test(start_paused = true)]
async fn max_retries_override_and_no_retry_on_404() {
    let fake = FakeApi::new();
    fake.on(Operation::GetTicket)
        .respond_error(404, error_list("not_found", "rq-404"));
    let client = fake.client().unwrap();
    let err = client.get_ticket("missing").await.unwrap_err();
    assert_eq!(fake.requests().len(), 1, "404 is not retried");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
    assert_eq!(err.code(), Some("not_found"));
    assert_eq!(err.request_id(), Some("rq-404"));
    assert!(!err.is_retryable());
    let api = err.as_api().unwrap();
    assert_eq!(api.message(), Some("Something went wrong"));
    let body = api.body.as_ref().unwrap();
    assert_eq!(body.kind.as_deref(), Some("error.list"));
    assert_eq!(body.errors[0].field, None);
    assert!(err.to_string().contains("not_found"), "{err}");

    fake.on(Operation::GetTicket).answer(Answer::empty(409));
    let err = client
        .with_options(RequestOptions {
            max_retries: Some(0),
            ..Default::default()
        })
        .get_ticket("busy")
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(409));
    assert!(err.is_retryable());
    assert_eq!(fake.requests().len(), 2, "max_retries 0: one attempt");
    // The builder's shortcut for the same setting.
    let no_retries = fake.builder().max_retries(0).build().unwrap();
    no_retries.get_ticket("busy").await.unwrap_err();
    assert_eq!(fake.requests().len(), 3);
}

#[tokio::test(start_paused = true)]
async fn rate_limited_error_exposes_its_rate_limit() {
    let fake = FakeApi::new();
    fake.on(Operation::IdentifyAdmin).answer(
        Answer::json(429, error_list("rate_limit_exceeded", "rq-body"))
            .header("x-ratelimit-limit", "1000")
            .header("x-ratelimit-remaining", "0")
            .header("x-ratelimit-reset", "1700000060")
            .header("x-request-id", "rq-429"),
    );
    let err = fake
        .client()
        .unwrap()
        .with_options(RequestOptions {
            max_retries: Some(0),
            ..Default::default()
        })
        .identify_admin()
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(429));
    assert!(err.is_retryable());
    assert_eq!(err.code(), Some("rate_limit_exceeded"));
    assert_eq!(
        err.request_id(),
        Some("rq-body"),
        "the body's id comes first"
    );
    let api = err.as_api().unwrap();
    assert_eq!(api.operation_id, "identifyAdmin");
    assert_eq!(api.headers["x-request-id"], "rq-429");
    let rate_limit = api.rate_limit.unwrap();
    assert_eq!(rate_limit.limit, Some(1000));
    assert_eq!(rate_limit.remaining, Some(0));
    assert_eq!(rate_limit.reset, Some(1_700_000_060));
    assert_eq!(fake.requests().len(), 1);
}

#[tokio::test(start_paused = true)]
async fn decode_error_names_the_path_and_operation() {
    let fake = FakeApi::new();
    fake.on(Operation::ListTicketTypes).answer(
        Answer::ok(json!({
            "type": "list",
            "data": [
                {"type": "ticket_type", "id": "41", "created_at": 1762250400},
                {"type": "ticket_type", "id": "42", "created_at": "soon"}
            ]
        }))
        .header("x-request-id", "rq-decode"),
    );
    let err = fake
        .client()
        .unwrap()
        .list_ticket_types()
        .await
        .unwrap_err();
    let Error::Decode {
        operation_id,
        path,
        status,
        body_excerpt,
        message,
        ..
    } = &err
    else {
        panic!("expected Decode, got {err:?}")
    };
    assert_eq!(*operation_id, "listTicketTypes");
    assert_eq!(path, "data[1].created_at");
    assert_eq!(*status, 200);
    assert!(message.contains("soon"), "{message}");
    assert!(body_excerpt.contains("\"data\""));
    assert_eq!(err.request_id(), Some("rq-decode"));
    assert_eq!(err.status().map(|s| s.as_u16()), Some(200));
    assert!(!err.is_retryable());
    let text = err.to_string();
    assert!(
        text.contains("data[1].created_at") && text.contains("listTicketTypes"),
        "{text}"
    );
}

#[tokio::test(start_paused = true)]
async fn error_list_in_2xx_is_an_api_error() {
    let fake = FakeApi::new();
    fake.on(Operation::GetTicket)
        .respond(error_list("token_expired", "rq-2xx"));
    let err = fake.client().unwrap().get_ticket("1").await.unwrap_err();
    assert!(matches!(err, Error::Api(_)), "{err:?}");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(200));
    assert_eq!(err.code(), Some("token_expired"));
    assert_eq!(err.request_id(), Some("rq-2xx"));
    assert!(!err.is_retryable());
    assert_eq!(fake.requests().len(), 1);
}

#[tokio::test(start_paused = true)]
async fn html_body_is_a_decode_error() {
    let fake = FakeApi::new();
    let html = format!("<html><body>{}</body></html>", "Bad gateway ".repeat(100));
    fake.on(Operation::GetTicket)
        .answer(Answer::raw(200, Some("text/html"), html));
    let client = fake.client().unwrap();
    let err = client.get_ticket("1").await.unwrap_err();
    let Error::Decode {
        message,
        body_excerpt,
        operation_id,
        ..
    } = &err
    else {
        panic!("expected Decode, got {err:?}")
    };
    assert_eq!(*operation_id, "getTicket");
    assert!(message.contains("not JSON"), "{message}");
    assert!(message.contains("text/html"), "{message}");
    assert!(body_excerpt.starts_with("<html>"));
    assert!(body_excerpt.chars().count() <= 513, "excerpt is bounded");

    // An HTML error page keeps its text in the API error.
    fake.on(Operation::GetTicket)
        .answer(Answer::raw(403, Some("text/html"), "<h1>Forbidden</h1>"));
    let err = client.get_ticket("1").await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(403));
    assert_eq!(err.code(), None);
    assert!(err.to_string().contains("Forbidden"), "{err}");
}

#[tokio::test(start_paused = true)]
async fn truncated_or_empty_json_is_a_decode_error() {
    let fake = FakeApi::new();
    let client = fake.client().unwrap();
    let truncated = r#"{"id": "1", "ticket_attributes": {"_default_title_": "Fra"#;
    fake.on(Operation::GetTicket)
        .answer(Answer::raw(200, Some("application/json"), truncated));
    let err = client.get_ticket("truncated").await.unwrap_err();
    assert!(
        matches!(&err, Error::Decode { message, .. } if message.contains("truncated")),
        "{err:?}"
    );
    fake.on(Operation::GetTicket).answer(Answer::empty(200));
    let err = client.get_ticket("empty").await.unwrap_err();
    assert!(
        matches!(&err, Error::Decode { message, .. } if message.contains("empty")),
        "{err:?}"
    );
}
