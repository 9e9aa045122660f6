//! The generated client against misbehaving servers: every bad answer becomes a typed
//! [`Error`] with context (operation, status, where decoding failed, a bounded excerpt of
//! the body), never a panic or a hang.
//!
//! wiremock serves the well-formed-but-wrong answers; a tiny hand-rolled HTTP server (plain
//! `std::net`, one thread per test) serves the ones wiremock cannot: a body that drips in
//! slower than the timeout, and a connection cut in the middle of the body.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::time::{Duration, Instant};

use intercom_client::{Client, Error};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// A client for `base_url` that does not retry (each test sees exactly one answer).
fn client(base_url: &str, timeout: Duration) -> Client {
    Client::builder()
        .token("token")
        .base_url(base_url)
        .max_retries(0)
        .timeout(timeout)
        .build()
        .expect("client builds")
}

/// `GET /tickets/1` against a wiremock server answering with `response`.
async fn get_ticket_from(response: ResponseTemplate) -> Error {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/tickets/1"))
        .respond_with(response)
        .expect(1)
        .mount(&server)
        .await;
    client(&server.uri(), Duration::from_secs(10))
        .get_ticket("1")
        .await
        .expect_err("the answer is unusable")
}

fn raw(body: impl Into<Vec<u8>>, content_type: &str) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_raw(body.into(), content_type)
}

/// The parts of an `Error::Decode`, or a panic naming what came instead.
fn decode_parts(error: &Error) -> (&'static str, &str, &str, u16, &str) {
    match error {
        Error::Decode {
            operation_id,
            path,
            message,
            status,
            body_excerpt,
            ..
        } => (operation_id, path, message, *status, body_excerpt),
        other => panic!("expected a decode error, got {other:?}"),
    }
}

#[tokio::test]
async fn truncated_json_is_a_decode_error_saying_so() {
    let body = r#"{"type": "ticket", "id": "1", "ticket_attributes": {"_default_title_": "Print"#;
    let error = get_ticket_from(raw(body, "application/json")).await;
    let (operation, _, message, status, excerpt) = decode_parts(&error);
    assert_eq!(operation, "getTicket");
    assert_eq!(status, 200);
    assert!(message.contains("truncated"), "{message}");
    assert!(excerpt.starts_with(r#"{"type": "ticket""#), "{excerpt}");
    let shown = error.to_string();
    assert!(shown.contains("getTicket") && shown.contains("200"), "{shown}");
}

#[tokio::test]
async fn a_wrong_content_type_is_named_in_the_error() {
    let error = get_ticket_from(raw("OK", "text/plain; charset=utf-8")).await;
    let (_, _, message, status, excerpt) = decode_parts(&error);
    assert_eq!(status, 200);
    assert!(message.contains("not JSON"), "{message}");
    assert!(message.contains("text/plain"), "{message}");
    assert_eq!(excerpt, "OK");

    let xml = "<?xml version=\"1.0\"?><ticket><id>1</id></ticket>";
    let error = get_ticket_from(raw(xml, "application/xml")).await;
    let (_, _, message, _, _) = decode_parts(&error);
    assert!(message.contains("application/xml"), "{message}");
}

#[tokio::test]
async fn an_html_error_page_is_an_api_error_with_the_page_excerpt() {
    let page = format!(
        "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>{}</body></html>",
        "<p>upstream unavailable</p>".repeat(200)
    );
    let error = get_ticket_from(
        ResponseTemplate::new(502)
            .set_body_raw(page.clone(), "text/html")
            .insert_header("x-request-id", "req-502"),
    )
    .await;
    let Error::Api(api) = &error else {
        panic!("expected an API error, got {error:?}");
    };
    assert_eq!(api.status.as_u16(), 502);
    assert_eq!(api.operation_id, "getTicket");
    assert!(api.body.is_none(), "an HTML page is not an error.list");
    assert_eq!(api.raw_body, page);
    assert_eq!(error.status().map(|s| s.as_u16()), Some(502));
    assert_eq!(error.request_id(), Some("req-502"));
    let shown = error.to_string();
    assert!(shown.contains("502") && shown.contains("Bad Gateway"), "{shown}");
    assert!(shown.len() < 1_000, "the message shows an excerpt, not the page: {shown}");
}

#[tokio::test]
async fn an_html_page_with_status_200_is_a_decode_error() {
    // A captive portal or a proxy login page.
    let page = "<html><body><form>Sign in to the Wi-Fi</form></body></html>";
    let error = get_ticket_from(raw(page, "text/html")).await;
    let (_, _, message, status, excerpt) = decode_parts(&error);
    assert_eq!(status, 200);
    assert!(message.contains("not JSON") && message.contains("text/html"), "{message}");
    assert_eq!(excerpt, page);
}

#[tokio::test]
async fn an_empty_200_body_is_a_decode_error() {
    for response in [
        ResponseTemplate::new(200),
        raw("", "application/json"),
        raw("  \n ", "application/json"),
    ] {
        let error = get_ticket_from(response).await;
        let (operation, _, message, status, _) = decode_parts(&error);
        assert_eq!((operation, status), ("getTicket", 200));
        assert!(message.contains("empty"), "{message}");
    }
}

#[tokio::test]
async fn an_error_list_with_status_200_is_an_api_error() {
    let body = serde_json::json!({
        "type": "error.list",
        "request_id": "req-200",
        "errors": [{"code": "ticket_not_found", "message": "Ticket not found"}]
    });
    let error = get_ticket_from(ResponseTemplate::new(200).set_body_json(body)).await;
    let Error::Api(api) = &error else {
        panic!("expected an API error, got {error:?}");
    };
    assert_eq!(api.status.as_u16(), 200);
    assert_eq!(error.code(), Some("ticket_not_found"));
    assert_eq!(error.request_id(), Some("req-200"));
    assert_eq!(api.message(), Some("Ticket not found"));
    let shown = error.to_string();
    assert!(shown.contains("ticket_not_found") && shown.contains("Ticket not found"), "{shown}");
}

#[tokio::test]
async fn json_of_the_wrong_shape_names_the_path() {
    let body = serde_json::json!({"type": "ticket", "id": "1", "contacts": {"contacts": "nobody"}});
    let error = get_ticket_from(ResponseTemplate::new(200).set_body_json(body)).await;
    let (_, path, message, _, _) = decode_parts(&error);
    assert!(path.contains("contacts"), "path {path:?}: {message}");

    let error = get_ticket_from(raw("[1, 2, 3]", "application/json")).await;
    let (_, _, message, _, _) = decode_parts(&error);
    assert!(!message.is_empty());
}

#[tokio::test]
async fn binary_garbage_labelled_json_is_a_decode_error() {
    let garbage: Vec<u8> = (0..4096u32).map(|i| (i * 7 % 256) as u8).collect();
    let error = get_ticket_from(raw(garbage, "application/json")).await;
    let (_, _, _, status, excerpt) = decode_parts(&error);
    assert_eq!(status, 200);
    assert!(excerpt.chars().count() <= 513, "bounded excerpt");
}

#[tokio::test]
async fn a_huge_body_gives_a_bounded_error() {
    // 32 MiB of a never-ending JSON string: decoding fails at the end, and neither the
    // error's excerpt nor its message carries the body.
    let mut body = Vec::with_capacity(32 << 20);
    body.extend_from_slice(br#"{"type": "ticket", "id": ""#);
    body.resize(32 << 20, b'x');
    let started = Instant::now();
    let error = get_ticket_from(raw(body, "application/json")).await;
    let (_, _, message, status, excerpt) = decode_parts(&error);
    assert_eq!(status, 200);
    assert!(message.contains("truncated"), "{message}");
    assert!(excerpt.chars().count() <= 513, "excerpt of {} chars", excerpt.len());
    assert!(error.to_string().len() < 2_000);
    assert!(format!("{error:?}").len() < 4_000, "Debug is bounded too");
    assert!(started.elapsed() < Duration::from_secs(60));

    // A huge valid body decodes (no arbitrary limit on real data).
    let mut body = String::from(r#"{"type": "ticket", "id": "1", "ticket_attributes": {"_default_description_": ""#);
    body.push_str(&"y".repeat(8 << 20));
    body.push_str("\"}}");
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/tickets/1"))
        .respond_with(raw(body, "application/json"))
        .mount(&server)
        .await;
    let ticket = client(&server.uri(), Duration::from_secs(30))
        .get_ticket("1")
        .await
        .expect("a big but valid ticket decodes");
    assert_eq!(ticket.id.as_deref(), Some("1"));
}

/// Serves one connection on a local port with `serve`, in a thread; returns the base URL.
fn hand_rolled_server(serve: impl FnOnce(std::net::TcpStream) + Send + 'static) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let address = listener.local_addr().expect("address");
    std::thread::spawn(move || {
        if let Ok((mut stream, _)) = listener.accept() {
            // Read the request head before answering.
            let mut buffer = [0u8; 4096];
            let mut head = Vec::new();
            while !head.windows(4).any(|w| w == b"\r\n\r\n") {
                match stream.read(&mut buffer) {
                    Ok(0) | Err(_) => return,
                    Ok(n) => head.extend_from_slice(&buffer[..n]),
                }
            }
            serve(stream);
        }
    });
    format!("http://{address}")
}

#[tokio::test]
async fn a_body_dripping_past_the_timeout_is_a_timeout_error() {
    let base_url = hand_rolled_server(|mut stream| {
        let head = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n";
        if stream.write_all(head.as_bytes()).is_err() {
            return;
        }
        // One byte every 100 ms: the whole body would take 100 s.
        for _ in 0..1000 {
            if stream.write_all(b" ").and_then(|()| stream.flush()).is_err() {
                return; // the client gave up
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    });
    let started = Instant::now();
    let error = client(&base_url, Duration::from_millis(800))
        .get_ticket("1")
        .await
        .expect_err("the body never completes in time");
    let elapsed = started.elapsed();
    assert!(
        matches!(error, Error::Timeout { operation_id: "getTicket", .. }),
        "expected a timeout, got {error:?}"
    );
    assert!(
        elapsed >= Duration::from_millis(700) && elapsed < Duration::from_secs(10),
        "gave up after {elapsed:?}"
    );
    assert_eq!(
        error.to_string(),
        "`getTicket` timed out: no complete response within 800ms"
    );
}

#[tokio::test]
async fn headers_that_never_come_are_a_timeout_error() {
    let base_url = hand_rolled_server(|_stream| {
        std::thread::sleep(Duration::from_secs(5));
    });
    let started = Instant::now();
    let error = client(&base_url, Duration::from_millis(300))
        .get_ticket("1")
        .await
        .expect_err("no answer");
    assert!(matches!(error, Error::Timeout { .. }), "{error:?}");
    assert!(started.elapsed() < Duration::from_secs(4));
}

#[tokio::test]
async fn a_connection_cut_mid_body_is_a_truncated_body() {
    let base_url = hand_rolled_server(|mut stream| {
        let answer = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 5000\r\n\r\n{\"type\": \"ticket\", \"id\": \"1\"";
        let _ = stream.write_all(answer.as_bytes());
        let _ = stream.flush();
        // Dropping the stream closes the connection 4 970 bytes early.
    });
    let error = client(&base_url, Duration::from_secs(10))
        .get_ticket("1")
        .await
        .expect_err("the body is incomplete");
    let Error::Truncated {
        operation_id,
        status,
        received,
        expected,
        ..
    } = &error
    else {
        panic!("expected a truncated body, got {error:?}");
    };
    assert_eq!((*operation_id, *status), ("getTicket", 200));
    assert_eq!((*received, *expected), (28, Some(5000)));
    let shown = error.to_string();
    assert!(
        shown.starts_with("`getTicket`: HTTP 200 response body truncated after 28 of 5000 bytes"),
        "{shown}"
    );
}

#[tokio::test]
async fn a_server_speaking_garbage_is_a_transport_error() {
    let base_url = hand_rolled_server(|mut stream| {
        let _ = stream.write_all(b"SSH-2.0-OpenSSH_9.6\r\n\r\n");
    });
    let error = client(&base_url, Duration::from_secs(10))
        .get_ticket("1")
        .await
        .expect_err("not HTTP");
    assert!(
        matches!(error, Error::Transport { operation_id: "getTicket", .. }),
        "{error:?}"
    );
    assert!(error.to_string().starts_with("transport error in `getTicket`"), "{error}");
}
