//! Hooks (`ClientBuilder::hook`) against a wiremock server: what they see of each attempt,
//! the headers they add, retries they are told about, and the credentials they are not
//! shown unless they ask.
#![cfg(feature = "tickets")]

use std::sync::{Arc, Mutex};
use std::time::Duration;

use intercom_client::reqwest::header::{HeaderName, HeaderValue};
use intercom_client::{AttemptOutcome, AttemptRequest, Client, Hook, RetryNotice, RetryPolicy};
use serde_json::json;
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const TOKEN: &str = "secret-token-123";

/// Everything a hook saw, as lines.
#[derive(Clone, Default)]
struct Recorder {
    lines: Arc<Mutex<Vec<String>>>,
}

impl Recorder {
    fn push(&self, line: String) {
        self.lines.lock().expect("not poisoned").push(line);
    }

    fn lines(&self) -> Vec<String> {
        self.lines.lock().expect("not poisoned").clone()
    }
}

impl Hook for Recorder {
    fn before_attempt(&self, request: &mut AttemptRequest<'_>) {
        let visible: Vec<String> = request
            .headers()
            .map(|(name, value)| format!("{name}={}", value.to_str().unwrap_or("?")))
            .collect();
        self.push(format!(
            "before {} #{} {} {} visible[{}] sensitive {}",
            request.operation_id(),
            request.attempt(),
            request.method(),
            request.url().path(),
            visible.join(","),
            request.sensitive_headers().count(),
        ));
        request.insert_header(
            HeaderName::from_static("x-audit-id"),
            HeaderValue::from_str(&format!("audit-{}", request.attempt())).expect("ascii"),
        );
    }

    fn after_attempt(&self, outcome: &AttemptOutcome<'_>) {
        self.push(format!(
            "after {} #{} status {:?} error {} body {:?}",
            outcome.operation_id(),
            outcome.attempt(),
            outcome.status().map(|s| s.as_u16()),
            outcome.error().is_some(),
            outcome.body_len(),
        ));
    }

    fn on_retry(&self, retry: &RetryNotice<'_>) {
        self.push(format!(
            "retry {} after #{} in {:?}",
            retry.operation_id(),
            retry.failed_attempt(),
            retry.delay(),
        ));
    }
}

fn client(server: &MockServer, recorder: &Recorder) -> Client {
    Client::builder()
        .token(TOKEN)
        .base_url(server.uri())
        .retry_policy(RetryPolicy {
            max_retries: 2,
            base_delay: Duration::from_millis(5),
            max_delay: Duration::from_millis(5),
            jitter: 0.0,
            ..RetryPolicy::default()
        })
        .hook(recorder.clone())
        .build()
        .expect("client builds")
}

fn ticket() -> serde_json::Value {
    json!({"type": "ticket", "id": "42", "ticket_id": "7"})
}

#[tokio::test]
async fn a_hook_sees_each_attempt_and_its_retry_and_adds_a_header() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/tickets/42"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/tickets/42"))
        .and(header("x-audit-id", "audit-2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ticket()))
        .mount(&server)
        .await;
    let recorder = Recorder::default();
    let ticket = client(&server, &recorder)
        .get_ticket("42")
        .await
        .expect("the retry, carrying the hook's header, succeeds");
    assert_eq!(ticket.id.as_deref(), Some("42"));

    let lines = recorder.lines();
    assert_eq!(lines.len(), 5, "{lines:#?}");
    assert!(lines[0].starts_with("before getTicket #1 GET /tickets/42 visible["));
    assert!(lines[0].ends_with("sensitive 1"), "{}", lines[0]);
    assert_eq!(lines[1], "after getTicket #1 status Some(503) error true body None");
    assert_eq!(lines[2], "retry getTicket after #1 in 5ms");
    assert!(lines[3].starts_with("before getTicket #2 GET /tickets/42"));
    assert!(
        lines[4].starts_with("after getTicket #2 status Some(200) error false body Some("),
        "{}",
        lines[4]
    );
    let received = server.received_requests().await.expect("recorded");
    assert_eq!(received[0].headers.get("x-audit-id").map(|v| v.as_bytes()), Some(&b"audit-1"[..]));
}

#[tokio::test]
async fn credentials_are_hidden_from_hooks_unless_they_ask() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/tickets/1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ticket()))
        .mount(&server)
        .await;
    let recorder = Recorder::default();
    client(&server, &recorder)
        .get_ticket("1")
        .await
        .expect("succeeds");
    let lines = recorder.lines();
    assert!(!lines.iter().any(|line| line.contains(TOKEN)), "{lines:#?}");
    assert!(!lines[0].contains("authorization"), "{}", lines[0]);
    assert!(lines[0].contains("user-agent="), "{}", lines[0]);

    /// A hook that asks for the credentials, as a request signer would.
    struct Signer(Arc<Mutex<Vec<String>>>);
    impl Hook for Signer {
        fn before_attempt(&self, request: &mut AttemptRequest<'_>) {
            let mut seen = self.0.lock().expect("not poisoned");
            for (name, value) in request.sensitive_headers() {
                seen.push(format!("{name}: {}", value.to_str().unwrap_or("?")));
            }
        }
    }
    let seen = Arc::new(Mutex::new(Vec::new()));
    let signing = Client::builder()
        .token(TOKEN)
        .base_url(server.uri())
        .hook(Signer(Arc::clone(&seen)))
        .build()
        .expect("client builds");
    signing.get_ticket("1").await.expect("succeeds");
    assert_eq!(
        *seen.lock().expect("not poisoned"),
        [format!("authorization: Bearer {TOKEN}")]
    );
}

#[tokio::test]
async fn a_connection_error_reaches_the_hook_without_a_status() {
    // A port nothing listens on: bind, read the address, close.
    let address = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .expect("a free port");
    let recorder = Recorder::default();
    let client = Client::builder()
        .token(TOKEN)
        .base_url(format!("http://{address}"))
        .max_retries(0)
        .hook(recorder.clone())
        .build()
        .expect("client builds");
    let error = client.get_ticket("1").await.expect_err("nothing listens");
    assert!(error.status().is_none(), "{error}");
    let lines = recorder.lines();
    assert_eq!(lines.len(), 2, "{lines:#?}");
    assert_eq!(lines[1], "after getTicket #1 status None error true body None");
}
