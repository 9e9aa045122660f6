//! The runtime under faults: retries that never repeat a write that may have happened,
//! retry advice that cannot be trusted, the per-call deadline, bodies cut short or too
//! large, base URLs that would misroute, and listings that loop.
//!
//! wiremock serves the well-formed answers; a scripted `std::net` server serves the ones it
//! cannot (a body cut after a few bytes, a connection closed after the request was read, a
//! body that never ends). Retry delays are milliseconds, or run on a paused clock.
#![cfg(all(feature = "tickets", feature = "contacts"))]

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use futures_util::StreamExt;
use intercom_client::types::{
    ContactSearchRequest, CreateTicketRequestContactsItemId, CreateTicketRequestObject,
    SearchContactsParams, UpdateTicketRequestObject,
};
use intercom_client::{Client, Error, PageRequest, RequestOptions, RetryPolicy};
use serde_json::json;
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

/// Retries after 10 ms and 20 ms, without jitter.
fn quick_retries() -> RetryPolicy {
    RetryPolicy {
        max_retries: 2,
        base_delay: Duration::from_millis(10),
        max_delay: Duration::from_millis(40),
        jitter: 0.0,
        ..RetryPolicy::default()
    }
}

fn client_for(base_url: &str, retry_policy: RetryPolicy) -> Client {
    Client::builder()
        .token("token")
        .base_url(base_url)
        .retry_policy(retry_policy)
        .build()
        .expect("client builds")
}

/// A client on a paused clock: no timer but the retry delays (see `tests/runtime.rs`).
fn paused_client(base_url: &str, retry_policy: RetryPolicy) -> Client {
    let http = reqwest::Client::builder()
        .pool_idle_timeout(None)
        .build()
        .expect("HTTP client builds");
    Client::builder()
        .token("token")
        .base_url(base_url)
        .timeout(None)
        .deadline(None)
        .http_client(http)
        .retry_policy(retry_policy)
        .build()
        .expect("client builds")
}

fn ticket(id: &str) -> serde_json::Value {
    json!({"type": "ticket", "id": id, "ticket_id": 7})
}

fn new_ticket() -> CreateTicketRequestObject {
    CreateTicketRequestObject::new("41", [CreateTicketRequestContactsItemId::new("c1")])
}

/// A wiremock server answering every request with `status`.
async fn always(status: u16) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(ResponseTemplate::new(status))
        .mount(&server)
        .await;
    server
}

async fn hits(server: &MockServer) -> usize {
    server.received_requests().await.unwrap_or_default().len()
}

/// A `std::net` server: connection `n` (from 0) reads one request, then is answered with
/// `script[n]` (the last entry for every later one) and closed. `None` closes without an
/// answer. Returns the base URL and the number of connections accepted.
fn scripted_server(script: Vec<Option<Vec<u8>>>) -> (String, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let base_url = format!("http://{}", listener.local_addr().expect("address"));
    let connections = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&connections);
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { return };
            let n = counter.fetch_add(1, Ordering::SeqCst);
            read_request(&mut stream);
            if let Some(Some(answer)) = script.get(n.min(script.len() - 1)) {
                let _ = stream.write_all(answer);
                let _ = stream.flush();
            }
        }
    });
    (base_url, connections)
}

/// Reads a request head and its `Content-Length` body.
fn read_request(stream: &mut TcpStream) {
    let mut data = Vec::new();
    let mut buffer = [0u8; 4096];
    loop {
        if let Some(end) = data.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&data[..end]).to_ascii_lowercase();
            let length: usize = head
                .lines()
                .find_map(|line| line.strip_prefix("content-length:"))
                .and_then(|value| value.trim().parse().ok())
                .unwrap_or(0);
            if data.len() >= end + 4 + length {
                return;
            }
        }
        match stream.read(&mut buffer) {
            Ok(0) | Err(_) => return,
            Ok(n) => data.extend_from_slice(&buffer[..n]),
        }
    }
}

/// An HTTP/1.1 answer announcing `content_length` and sending `body`.
fn answer(status: &str, content_length: usize, body: &[u8]) -> Vec<u8> {
    let mut bytes = format!(
        "HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {content_length}\r\nconnection: close\r\n\r\n"
    )
    .into_bytes();
    bytes.extend_from_slice(body);
    bytes
}

fn complete(body: &serde_json::Value) -> Vec<u8> {
    let body = body.to_string();
    answer("200 OK", body.len(), body.as_bytes())
}

// 1. Retry by safety.

#[tokio::test]
async fn a_post_answered_500_is_not_retried_unless_the_caller_opts_in() {
    let server = always(500).await;
    let client = client_for(&server.uri(), quick_retries());
    let error = client.create_ticket(&new_ticket()).await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(500));
    assert!(error.is_retryable(), "transient, but not safe to repeat for a POST");
    assert_eq!(hits(&server).await, 1, "a POST that may have happened is sent once");

    // Opted in per request...
    let opted_in = client.with_options(RequestOptions {
        retry_non_idempotent: Some(true),
        ..Default::default()
    });
    opted_in.create_ticket(&new_ticket()).await.unwrap_err();
    assert_eq!(hits(&server).await, 4, "1 + 3 attempts");

    // ... or per client, and opted out again per request.
    let client = Client::builder()
        .token("token")
        .base_url(server.uri())
        .retry_policy(quick_retries())
        .retry_non_idempotent(true)
        .build()
        .unwrap();
    client.create_ticket(&new_ticket()).await.unwrap_err();
    assert_eq!(hits(&server).await, 7);
    let opted_out = client.with_options(RequestOptions {
        retry_non_idempotent: Some(false),
        ..Default::default()
    });
    opted_out.create_ticket(&new_ticket()).await.unwrap_err();
    assert_eq!(hits(&server).await, 8);
}

#[tokio::test]
async fn idempotent_methods_are_retried_on_5xx() {
    let server = always(502).await;
    let client = client_for(&server.uri(), quick_retries());
    client.get_ticket("1").await.unwrap_err();
    assert_eq!(hits(&server).await, 3, "GET: 1 + 2 retries");
    client
        .update_ticket("1", &UpdateTicketRequestObject::default())
        .await
        .unwrap_err();
    assert_eq!(hits(&server).await, 6, "PUT: 1 + 2 retries");
    client.delete_ticket("1").await.unwrap_err();
    assert_eq!(hits(&server).await, 9, "DELETE: 1 + 2 retries");
}

#[tokio::test]
async fn a_post_turned_away_with_429_or_503_is_retried() {
    for status in [429, 503] {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .respond_with(ResponseTemplate::new(status))
            .up_to_n_times(1)
            .with_priority(1)
            .mount(&server)
            .await;
        Mock::given(method("POST"))
            .respond_with(ResponseTemplate::new(200).set_body_json(ticket("9")))
            .mount(&server)
            .await;
        let created = client_for(&server.uri(), quick_retries())
            .create_ticket(&new_ticket())
            .await
            .unwrap();
        assert_eq!(created.id.as_deref(), Some("9"));
        assert_eq!(hits(&server).await, 2, "{status}: nothing was processed, so it is retried");
    }
}

#[tokio::test]
async fn a_post_whose_connection_dropped_after_sending_is_not_retried() {
    // The server reads the whole request, then hangs up: it may have created the ticket.
    let (base_url, connections) = scripted_server(vec![None, Some(complete(&ticket("9")))]);
    let error = client_for(&base_url, quick_retries())
        .create_ticket(&new_ticket())
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::Transport { operation_id: "createTicket", .. }),
        "{error:?}"
    );
    assert_eq!(connections.load(Ordering::SeqCst), 1);

    // The same failure for a GET is retried.
    let (base_url, connections) = scripted_server(vec![None, Some(complete(&ticket("9")))]);
    let found = client_for(&base_url, quick_retries())
        .get_ticket("9")
        .await
        .unwrap();
    assert_eq!(found.id.as_deref(), Some("9"));
    assert_eq!(connections.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn a_post_whose_connection_was_refused_is_retried() {
    // A port with nothing listening: the request was never written.
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let log = Arc::new(std::sync::Mutex::new(Vec::new()));
    let subscriber = retry_log::Subscriber(Arc::clone(&log));
    let _guard = tracing::subscriber::set_default(subscriber);
    let error = client_for(&format!("http://127.0.0.1:{port}"), quick_retries())
        .create_ticket(&new_ticket())
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Transport { .. }), "{error:?}");
    let retries = log.lock().unwrap().iter().filter(|m| *m == "retrying request").count();
    assert_eq!(retries, 2, "connection refused: retried even for a POST");
}

/// Collects the messages of `tracing` events.
mod retry_log {
    use std::sync::{Arc, Mutex};

    use tracing::field::{Field, Visit};
    use tracing::span::{Attributes, Id, Record};
    use tracing::{Event, Metadata};

    pub struct Subscriber(pub Arc<Mutex<Vec<String>>>);

    struct Message<'a>(&'a mut Vec<String>);

    impl Visit for Message<'_> {
        fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
            if field.name() == "message" {
                self.0.push(format!("{value:?}"));
            }
        }
    }

    impl tracing::Subscriber for Subscriber {
        fn enabled(&self, _: &Metadata<'_>) -> bool {
            true
        }
        fn new_span(&self, _: &Attributes<'_>) -> Id {
            Id::from_u64(1)
        }
        fn record(&self, _: &Id, _: &Record<'_>) {}
        fn record_follows_from(&self, _: &Id, _: &Id) {}
        fn event(&self, event: &Event<'_>) {
            if let Ok(mut log) = self.0.lock() {
                event.record(&mut Message(&mut log));
            }
        }
        fn enter(&self, _: &Id) {}
        fn exit(&self, _: &Id) {}
    }
}

// 2. Retry advice that cannot be trusted, and the deadline.

/// Time taken by `get_ticket` against a server answering `advice` once (as a 429), then 200.
async fn wait_after(name: &str, advice: &str, policy: RetryPolicy) -> Duration {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(429).insert_header(name, advice))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ticket("1")))
        .mount(&server)
        .await;
    let client = paused_client(&server.uri(), policy);
    let start = tokio::time::Instant::now();
    client.get_ticket("1").await.expect("the retry succeeds");
    assert_eq!(hits(&server).await, 2);
    start.elapsed()
}

#[tokio::test(start_paused = true)]
async fn advice_that_is_zero_negative_unparsable_or_past_is_ignored() {
    let policy = RetryPolicy {
        base_delay: Duration::from_secs(2),
        max_delay: Duration::from_secs(30),
        jitter: 0.0,
        ..RetryPolicy::default()
    };
    let past = httpdate::fmt_http_date(std::time::UNIX_EPOCH + Duration::from_secs(1));
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let skewed = (now - 120).to_string();
    let cases = [
        ("retry-after", "-5"),
        ("retry-after", "NaN"),
        ("retry-after", "0"),
        ("retry-after", "soon"),
        ("retry-after", past.as_str()),
        ("x-ratelimit-reset", skewed.as_str()),
        ("x-ratelimit-reset", "0"),
    ];
    for (name, advice) in cases {
        let waited = wait_after(name, advice, policy.clone()).await;
        assert_eq!(waited, Duration::from_secs(2), "`{name}: {advice}`: the backoff applies");
    }
}

#[tokio::test(start_paused = true)]
async fn advice_too_large_to_represent_is_capped_at_the_maximum_delay() {
    let policy = RetryPolicy {
        base_delay: Duration::from_secs(1),
        max_delay: Duration::from_secs(30),
        jitter: 0.0,
        ..RetryPolicy::default()
    };
    for advice in ["99999999999999999999999999", "1e300", "inf"] {
        let waited = wait_after("retry-after", advice, policy.clone()).await;
        assert_eq!(waited, Duration::from_secs(30), "`Retry-After: {advice}`");
    }
    let waited = wait_after("x-ratelimit-reset", "1e30", policy).await;
    assert_eq!(waited, Duration::from_secs(30));
}

/// Real time, not a paused clock: a paused clock jumps to the deadline whenever the runtime
/// waits on the (real) socket, so on a loaded machine the first attempt would "time out".
#[tokio::test]
async fn a_retry_whose_wait_would_pass_the_deadline_is_not_made() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(503).insert_header("retry-after", "1"))
        .mount(&server)
        .await;
    let client = paused_client(
        &server.uri(),
        RetryPolicy {
            max_retries: 10,
            jitter: 0.0,
            ..RetryPolicy::default()
        },
    )
    .with_options(RequestOptions {
        deadline: Some(Duration::from_millis(2_900)),
        ..Default::default()
    });
    let start = std::time::Instant::now();
    let error = client.get_ticket("1").await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503), "the last answer is returned: {error:?}");
    // Attempts at about 0 s, 1 s and 2 s; the next wait would end after the deadline, so the
    // call returns at once instead of sleeping into it.
    let elapsed = start.elapsed();
    assert!(
        (Duration::from_secs(2)..Duration::from_millis(2_900)).contains(&elapsed),
        "returned after {elapsed:?}"
    );
    assert_eq!(hits(&server).await, 3);
}

#[tokio::test]
async fn an_attempt_running_at_the_deadline_ends_the_call() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(ticket("1"))
                .set_delay(Duration::from_secs(5)),
        )
        .mount(&server)
        .await;
    let client = Client::builder()
        .token("token")
        .base_url(server.uri())
        .timeout(Duration::from_secs(10))
        .deadline(Duration::from_millis(300))
        .build()
        .unwrap();
    let start = std::time::Instant::now();
    let error = client.get_ticket("1").await.unwrap_err();
    assert!(start.elapsed() < Duration::from_secs(3), "{:?}", start.elapsed());
    match &error {
        Error::DeadlineExceeded {
            operation_id: "getTicket",
            deadline,
            attempts: 1,
        } => assert_eq!(*deadline, Duration::from_millis(300)),
        other => panic!("expected the deadline, got {other:?}"),
    }
    assert!(!error.is_retryable());
    assert_eq!(
        error.to_string(),
        "`getTicket` passed its deadline of 300ms during attempt 1"
    );
}

// 3. Bodies cut short, and every error naming its operation.

#[tokio::test]
async fn a_body_cut_short_is_named_and_retried_for_a_get() {
    let cut = answer("200 OK", 500, &[b' '; 40]);
    let (base_url, connections) =
        scripted_server(vec![Some(cut.clone()), Some(complete(&ticket("5")))]);
    let found = client_for(&base_url, quick_retries())
        .get_ticket("5")
        .await
        .expect("the second attempt gets the whole body");
    assert_eq!(found.id.as_deref(), Some("5"));
    assert_eq!(connections.load(Ordering::SeqCst), 2);

    // Without a retry left, the error says what happened and where.
    let (base_url, _) = scripted_server(vec![Some(cut.clone())]);
    let error = client_for(&base_url, quick_retries())
        .with_options(RequestOptions {
            max_retries: Some(0),
            ..Default::default()
        })
        .get_ticket("5")
        .await
        .unwrap_err();
    assert!(error.is_retryable());
    assert_eq!(error.operation_id(), Some("getTicket"));
    assert_eq!(error.status().map(|s| s.as_u16()), Some(200));
    let shown = error.to_string();
    assert!(
        shown.starts_with("`getTicket`: HTTP 200 response body truncated after 40 of 500 bytes"),
        "{shown}"
    );

    // A POST whose answer was cut was processed: not retried.
    let (base_url, connections) = scripted_server(vec![Some(cut), Some(complete(&ticket("5")))]);
    let error = client_for(&base_url, quick_retries())
        .create_ticket(&new_ticket())
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            Error::Truncated {
                operation_id: "createTicket",
                received: 40,
                expected: Some(500),
                ..
            }
        ),
        "{error:?}"
    );
    assert_eq!(connections.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn every_error_of_a_call_names_its_operation() {
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let refused = client_for(&format!("http://127.0.0.1:{port}"), RetryPolicy {
        max_retries: 0,
        ..RetryPolicy::default()
    })
    .get_ticket("1")
    .await
    .unwrap_err();
    let shown = refused.to_string();
    assert!(shown.contains("`getTicket`"), "{shown}");
    // The root cause, which reqwest keeps a few `source()` levels down, is in the message.
    assert!(shown.to_lowercase().contains("refused"), "{shown}");
    assert_eq!(refused.operation_id(), Some("getTicket"));

    let server = always(404).await;
    let not_found = client_for(&server.uri(), quick_retries())
        .get_ticket("1")
        .await
        .unwrap_err();
    assert_eq!(not_found.operation_id(), Some("getTicket"));
    let config = Client::builder().build().unwrap_err();
    assert_eq!(config.operation_id(), None, "configuration errors precede any call");
}

// 4. Base URLs that would misroute every request.

#[test]
fn a_base_url_with_a_query_or_fragment_is_refused() {
    for base_url in [
        "https://proxy.example.com/intercom?tenant=1",
        "https://proxy.example.com/intercom?",
        "https://proxy.example.com/intercom#x",
    ] {
        let error = Client::builder()
            .token("token")
            .base_url(base_url)
            .build()
            .unwrap_err();
        let Error::Config(message) = &error else {
            panic!("{base_url}: expected a configuration error, got {error:?}");
        };
        assert!(message.contains(base_url), "{message}");
        assert!(message.contains("query") && message.contains("fragment"), "{message}");
    }
    let fine = Client::builder()
        .token("token")
        .base_url("https://proxy.example.com/intercom/")
        .build()
        .unwrap();
    assert_eq!(fine.base_url(), "https://proxy.example.com/intercom");
}

// 5. Listings that loop.

fn search() -> ContactSearchRequest {
    serde_json::from_value(json!({
        "query": {"field": "role", "operator": "=", "value": "user"},
        "pagination": {"per_page": 2}
    }))
    .expect("search decodes")
}

/// The `starting_after` cursor a contact search asked for.
fn cursor_of(request: &Request) -> Option<String> {
    let body: serde_json::Value = serde_json::from_slice(&request.body).ok()?;
    body["pagination"]["starting_after"].as_str().map(str::to_owned)
}

/// A page of contacts `ids` pointing at `next`.
fn contacts(ids: &[&str], next: Option<&str>) -> ResponseTemplate {
    let data: Vec<_> = ids.iter().map(|id| json!({"type": "contact", "id": id})).collect();
    ResponseTemplate::new(200).set_body_json(json!({
        "type": "list",
        "data": data,
        "pages": {"type": "pages", "next": next.map(|c| json!({"starting_after": c}))}
    }))
}

#[tokio::test]
async fn a_cursor_cycle_is_an_error_naming_the_operation_and_cursor() {
    // a → b → a: every item arrives once, then the error.
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(|request: &Request| match cursor_of(request).as_deref() {
            None => contacts(&["1"], Some("a")),
            Some("a") => contacts(&["2"], Some("b")),
            _ => contacts(&["3"], Some("a")),
        })
        .mount(&server)
        .await;
    let client = client_for(&server.uri(), quick_retries());
    let items: Vec<_> = client
        .search_contacts_stream(&search(), &SearchContactsParams::default())
        .collect()
        .await;
    let ids: Vec<_> = items.iter().filter_map(|i| i.as_ref().ok()).filter_map(|c| c.id.as_deref()).collect();
    assert_eq!(ids, ["1", "2", "3"]);
    let error = items.last().unwrap().as_ref().unwrap_err();
    match error {
        Error::RepeatedPage {
            operation_id: "SearchContacts",
            page: PageRequest::Cursor(cursor),
            pages: 3,
        } => assert_eq!(cursor, "a"),
        other => panic!("expected a repeated page, got {other:?}"),
    }
    let shown = error.to_string();
    assert!(shown.contains("SearchContacts") && shown.contains("cursor `a`"), "{shown}");
    assert!(shown.contains("incomplete"), "{shown}");
    assert_eq!(hits(&server).await, 3);
}

#[tokio::test]
async fn a_long_run_of_empty_pages_is_bounded_and_reported() {
    // Empty pages with ever-new cursors.
    let server = MockServer::start().await;
    let served = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&served);
    Mock::given(method("POST"))
        .respond_with(move |_: &Request| {
            let n = counter.fetch_add(1, Ordering::SeqCst);
            contacts(&[], Some(&format!("fresh-{n}")))
        })
        .mount(&server)
        .await;
    let client = client_for(&server.uri(), quick_retries());
    let mut pages = client.search_contacts_pages(&search(), &SearchContactsParams::default());
    let mut good = 0;
    let error = loop {
        match pages.next().await.expect("the stream ends with an error") {
            Ok(_) => good += 1,
            Err(error) => break error,
        }
    };
    assert_eq!(good, 11, "ten empty pages in a row are followed, not the eleventh");
    match &error {
        Error::EmptyPages {
            operation_id: "SearchContacts",
            page: PageRequest::Cursor(cursor),
            empty_pages: 11,
        } => assert_eq!(cursor, "fresh-10"),
        other => panic!("expected the empty-page bound, got {other:?}"),
    }
    assert!(pages.next().await.is_none());
    assert_eq!(hits(&server).await, 11);

    // A few empty pages between full ones are fine.
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(|request: &Request| match cursor_of(request).as_deref() {
            None => contacts(&[], Some("e1")),
            Some("e1") => contacts(&[], Some("e2")),
            Some("e2") => contacts(&["1"], Some("last")),
            _ => contacts(&["2"], None),
        })
        .mount(&server)
        .await;
    let ids: Vec<Option<String>> = client_for(&server.uri(), quick_retries())
        .search_contacts_stream(&search(), &SearchContactsParams::default())
        .map(|contact| contact.unwrap().id)
        .collect()
        .await;
    let ids: Vec<_> = ids.iter().filter_map(Option::as_deref).collect();
    assert_eq!(ids, ["1", "2"]);
}

// 6. Bounded memory, and error-vs-success decided once.

#[tokio::test]
async fn a_body_announced_past_the_limit_is_refused_without_reading_it() {
    // Announces 1 GiB, sends 1 KiB, then keeps the connection open.
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base_url = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        if let Ok((mut stream, _)) = listener.accept() {
            read_request(&mut stream);
            let _ = stream.write_all(&answer("200 OK", 1 << 30, &[b' '; 1024]));
            std::thread::sleep(Duration::from_secs(5));
        }
    });
    let client = Client::builder()
        .token("token")
        .base_url(&base_url)
        .max_response_size(1 << 20)
        .build()
        .unwrap();
    let start = std::time::Instant::now();
    let error = client.get_ticket("1").await.unwrap_err();
    assert!(start.elapsed() < Duration::from_secs(3), "not read to the end");
    match &error {
        Error::ResponseTooLarge {
            operation_id: "getTicket",
            status: 200,
            limit,
            content_length,
        } => assert_eq!((*limit, *content_length), (1 << 20, Some(1 << 30))),
        other => panic!("expected a size error, got {other:?}"),
    }
    assert!(!error.is_retryable());
    assert!(error.to_string().contains("exceeds the limit of 1048576 bytes"), "{error}");
}

#[tokio::test]
async fn a_body_without_length_is_cut_at_the_limit() {
    // A chunked body that never ends.
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base_url = format!("http://{}", listener.local_addr().unwrap());
    let written = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&written);
    std::thread::spawn(move || {
        if let Ok((mut stream, _)) = listener.accept() {
            read_request(&mut stream);
            let head = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n";
            let _ = stream.write_all(head.as_bytes());
            let chunk = format!("4000\r\n{}\r\n", " ".repeat(0x4000));
            // At most 64 MiB, unless the client hangs up first.
            for _ in 0..4096 {
                if stream.write_all(chunk.as_bytes()).is_err() {
                    return;
                }
                counter.fetch_add(0x4000, Ordering::SeqCst);
            }
        }
    });
    let client = client_for(&base_url, quick_retries()).with_options(RequestOptions {
        max_response_size: Some(256 << 10),
        ..Default::default()
    });
    let error = client.get_ticket("1").await.unwrap_err();
    assert!(
        matches!(
            error,
            Error::ResponseTooLarge {
                limit: 262_144,
                content_length: None,
                ..
            }
        ),
        "{error:?}"
    );
    tokio::time::sleep(Duration::from_millis(200)).await;
    let sent = written.load(Ordering::SeqCst);
    assert!(sent < 16 << 20, "the client stopped reading: the server wrote {sent} bytes");
}

#[tokio::test]
async fn a_success_mentioning_error_list_is_a_success_and_a_top_level_error_list_is_not() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(wiremock::matchers::path("/tickets/text"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "type": "ticket",
            "id": "text",
            "ticket_attributes": {
                "_default_title_": "Why do I get an error.list?",
                "log": {"type": "error.list", "errors": []}
            }
        })))
        .mount(&server)
        .await;
    // `type` after a large property: still found, at the top level only.
    Mock::given(method("GET"))
        .and(wiremock::matchers::path("/tickets/late"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(
            format!(
                r#"{{"errors": [{{"code": "not_found", "message": "{}"}}], "type": "error.list"}}"#,
                "x".repeat(10_000)
            ),
            "application/json",
        ))
        .mount(&server)
        .await;
    // The same type written with a JSON escape, which a byte search for the text misses.
    Mock::given(method("GET"))
        .and(wiremock::matchers::path("/tickets/escaped"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(
            r#"{"errors": [{"code": "not_found"}], "type": "error\u002elist"}"#,
            "application/json",
        ))
        .mount(&server)
        .await;
    let client = client_for(&server.uri(), quick_retries());
    let found = client.get_ticket("text").await.unwrap();
    assert_eq!(found.id.as_deref(), Some("text"));
    for id in ["late", "escaped"] {
        let error = client.get_ticket(id).await.unwrap_err();
        assert_eq!(error.code(), Some("not_found"), "{id}: {error:?}");
        assert_eq!(error.status().map(|s| s.as_u16()), Some(200));
    }
}
