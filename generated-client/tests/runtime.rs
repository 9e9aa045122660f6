//! Runtime tests of the generated client against a wiremock server, for what needs real HTTP:
//! connection failures and timeouts, configuration, headers, path and query encoding as they
//! reach a server, response types, tracing, pagination, and the lenient wire types. (Retry
//! policy and error decoding are tested against the test kit in `retries_and_errors.rs`.)
//!
//! Every test calls real generated operations (`get_ticket`, `create_ticket`,
//! `list_ticket_types`, `download_reporting_data_export`, ...), with millisecond retry
//! delays, so the whole file runs in a few seconds.
#![cfg(all(
    feature = "admins",
    feature = "ai_content",
    feature = "contacts",
    feature = "conversations",
    feature = "custom_object_instances",
    feature = "reporting_data_export",
    feature = "ticket_types",
    feature = "tickets",
    feature = "visitors"
))]

use std::future::IntoFuture;
use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use intercom_client::types::{
    ContactSearchRequest, CreateTicketRequestObject, SearchContactsParams, ListCustomObjectInstancesParams, RetrieveConversationParams, Ticket,
    TicketCategory, CreateTicketRequestContactsItem, CreateTicketRequestContactsItemEmail,
    CreateTicketRequestContactsItemId, TicketRequestCustomAttributesInnerValue,
    CloseConversationRequest,
};
use intercom_client::{Client, Error, Nullable, PageRequest, Region, RequestOptions, RetryPolicy};
use serde_json::json;
use wiremock::matchers::{body_json, header, method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

mod common;

use common::{error_list, ticket_json};

const TOKEN: &str = "secret-token-123";

/// A client for the mock server with fast, deterministic retries.
fn client(server: &MockServer) -> Client {
    client_for(&server.uri())
}

fn client_for(base_url: &str) -> Client {
    Client::builder()
        .token(TOKEN)
        .base_url(base_url)
        .retry_policy(fast_retries())
        .build()
        .expect("client builds")
}

fn fast_retries() -> RetryPolicy {
    RetryPolicy {
        max_retries: 2,
        base_delay: Duration::from_millis(10),
        max_delay: Duration::from_millis(50),
        jitter: 0.0,
        ..RetryPolicy::default()
    }
}

/// For tests that check only what was sent: one canned answer serves every operation, so an
/// operation whose response type it is not gets a decode error naming that type, not a value.
fn other_type(err: Error) -> Result<(), Error> {
    match err {
        Error::Decode { .. } => Ok(()),
        err => Err(err),
    }
}

async fn received(server: &MockServer) -> Vec<Request> {
    server.received_requests().await.unwrap_or_default()
}

/// The first request body of the spec's `createTicket` examples.
fn create_ticket_body() -> CreateTicketRequestObject {
    serde_json::from_value(json!({
        "ticket_type_id": "41",
        "contacts": [{"id": "66a1f3c2b8e4d70012ab34cd"}],
        "ticket_attributes": {
            "_default_title_": "Frame arrived scratched",
            "Order number": "NW-20931"
        }
    }))
    .expect("example decodes")
}

#[tokio::test]
async fn get_ticket_sends_auth_and_decodes() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/tickets/42"))
        .and(header("authorization", format!("Bearer {TOKEN}").as_str()))
        .and(header("accept", "application/json"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(ticket_json("42"))
                .insert_header("x-request-id", "req-1")
                .insert_header("x-ratelimit-limit", "1000")
                .insert_header("x-ratelimit-remaining", "999")
                .insert_header("x-ratelimit-reset", "1700000000"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server);
    let response = client.get_ticket("42").with_response().await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.request_id(), Some("req-1"));
    assert_eq!(response.headers()["x-ratelimit-limit"], "1000");
    let rate_limit = response.rate_limit().unwrap();
    assert_eq!(rate_limit.limit, Some(1000));
    assert_eq!(rate_limit.remaining, Some(999));
    assert_eq!(rate_limit.reset, Some(1_700_000_000));
    assert_eq!(
        rate_limit.reset_at(),
        Some(std::time::UNIX_EPOCH + Duration::from_secs(1_700_000_000))
    );
    // Deref to the body.
    assert_eq!(response.id.as_deref(), Some("42"));
    assert_eq!(response.body().category, Some(TicketCategory::BackOffice));
    let ticket: Ticket = response.into_body();
    assert_eq!(ticket.ticket_id.as_deref(), Some("57"), "number read as string");
    assert_eq!(ticket.admin_assignee_id, Some(7_301_942), "string read as number");
    assert_eq!(ticket.open, None, "null read as absent");
    let request = received(&server).await.remove(0);
    let user_agent = request.headers["user-agent"].to_str().unwrap();
    assert!(user_agent.starts_with("intercom-client/"), "{user_agent}");
    assert_eq!(request.headers["intercom-version"], "Preview");
    // Without rate-limit headers there is no rate-limit information.
    Mock::given(method("GET"))
        .and(path("/tickets/43"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ticket_json("43")))
        .mount(&server)
        .await;
    let response = client.get_ticket("43").with_response().await.unwrap();
    assert_eq!(response.rate_limit(), None);
    assert_eq!(response.request_id(), None);
}

#[tokio::test]
async fn connection_refused_is_retried_then_reported() {
    // Bind then drop a listener to get a local port with nothing listening.
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let client = Client::builder()
        .token(TOKEN)
        .base_url(format!("http://127.0.0.1:{port}"))
        .retry_policy(RetryPolicy {
            max_retries: 2,
            base_delay: Duration::from_millis(100),
            max_delay: Duration::from_secs(1),
            jitter: 0.0,
            ..RetryPolicy::default()
        })
        .build()
        .unwrap();
    let start = Instant::now();
    let err = client.get_ticket("1").await.unwrap_err();
    // Two retries, after 100 ms and 200 ms.
    assert!(start.elapsed() >= Duration::from_millis(300), "{:?}", start.elapsed());
    assert!(matches!(err, Error::Transport { operation_id: "getTicket", .. }), "{err:?}");
    assert!(err.is_retryable());
    assert_eq!(err.status(), None);
    assert_eq!(err.request_id(), None);
}

/// A server that drops the first `drops` connections without answering, then answers
/// every request with `response`; returns its base URL and the number of connections.
fn flaky_server(drops: usize, response: String) -> (String, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base_url = format!("http://{}", listener.local_addr().unwrap());
    let connections = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&connections);
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { return };
            let n = counter.fetch_add(1, Ordering::SeqCst);
            // Read the request head before answering or hanging up.
            let mut head = Vec::new();
            let mut buf = [0u8; 1024];
            while !head.windows(4).any(|w| w == b"\r\n\r\n") {
                match stream.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(read) => head.extend_from_slice(&buf[..read]),
                }
            }
            if n >= drops {
                let _ = stream.write_all(response.as_bytes());
            }
            // Dropping the stream closes the connection.
        }
    });
    (base_url, connections)
}

#[tokio::test]
async fn dropped_connections_are_retried() {
    let body = ticket_json("9").to_string();
    let response = format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    );
    let (base_url, connections) = flaky_server(2, response.clone());
    let ticket = client_for(&base_url).get_ticket("9").await.unwrap();
    assert_eq!(ticket.id.as_deref(), Some("9"));
    assert_eq!(connections.load(Ordering::SeqCst), 3, "2 dropped + 1 answered");

    // Without retries the dropped connection is reported as a retryable transport error.
    let (base_url, connections) = flaky_server(1, response);
    let err = client_for(&base_url)
        .with_options(RequestOptions {
            max_retries: Some(0),
            ..Default::default()
        })
        .get_ticket("9")
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Transport { operation_id: "getTicket", .. }), "{err:?}");
    assert!(err.is_retryable(), "{err:?}");
    assert_eq!(connections.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn timeout_yields_timeout_error() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(ticket_json("1"))
                .set_delay(Duration::from_secs(5)),
        )
        .mount(&server)
        .await;
    let client = Client::builder()
        .token(TOKEN)
        .base_url(server.uri())
        .timeout(Duration::from_millis(200))
        .connect_timeout(Duration::from_secs(1))
        .build()
        .unwrap();
    let start = Instant::now();
    let err = client.get_ticket("1").await.unwrap_err();
    assert!(
        matches!(err, Error::Timeout { operation_id: "getTicket", timeout } if timeout == Duration::from_millis(200)),
        "{err:?}"
    );
    assert!(!err.is_retryable());
    assert_eq!(err.status(), None);
    assert!(start.elapsed() < Duration::from_secs(3));
    assert_eq!(received(&server).await.len(), 1, "timeouts are not retried");

    // A per-client override of the timeout.
    let fast = Client::builder()
        .token(TOKEN)
        .base_url(server.uri())
        .build()
        .unwrap()
        .with_options(RequestOptions {
            timeout: Some(Duration::from_millis(100)),
            ..Default::default()
        });
    let start = Instant::now();
    assert!(matches!(fast.get_ticket("1").await, Err(Error::Timeout { .. })));
    assert!(start.elapsed() < Duration::from_secs(3));
}

#[tokio::test]
async fn base_url_and_region_selection() {
    let default = Client::new(TOKEN).unwrap();
    assert_eq!(default.base_url(), Region::Us.base_url());
    assert_eq!(Region::default(), Region::Us);
    assert_eq!(Region::Us.base_url(), "https://api.intercom.io");
    let eu = Client::builder()
        .token(TOKEN)
        .region(Region::Eu)
        .build()
        .unwrap();
    assert_eq!(eu.base_url(), "https://api.eu.intercom.io");
    let au = Client::builder()
        .token(TOKEN)
        .region(Region::Au)
        .build()
        .unwrap();
    assert_eq!(au.base_url(), "https://api.au.intercom.io");
    let proxied = Client::builder()
        .token(TOKEN)
        .region(Region::Au)
        .base_url("https://proxy.example.com/intercom/")
        .build()
        .unwrap();
    assert_eq!(proxied.base_url(), "https://proxy.example.com/intercom");
    assert!(matches!(
        Client::builder().token(TOKEN).base_url("not a url").build(),
        Err(Error::Config(_))
    ));
    assert!(matches!(
        Client::builder().token(TOKEN).base_url("ftp://example.com").build(),
        Err(Error::Config(_))
    ));
    assert!(matches!(Client::builder().build(), Err(Error::Config(_))));
    assert!(matches!(
        Client::builder().token("bad\ntoken").build(),
        Err(Error::Config(_))
    ));

    // A base URL with a path prefix keeps it.
    let server = MockServer::start().await;
    Mock::given(path("/proxy/tickets/7"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ticket_json("7")))
        .expect(1)
        .mount(&server)
        .await;
    let proxied = Client::builder()
        .token(TOKEN)
        .base_url(format!("{}/proxy/", server.uri()))
        .build()
        .unwrap();
    assert_eq!(proxied.get_ticket("7").await.unwrap().id.as_deref(), Some("7"));

    // The EU region's client sends to the EU host: checked through a proxy that
    // receives absolute-form requests, without leaving the machine.
    Mock::given(path("/me"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"id": "7301942"})))
        .mount(&server)
        .await;
    let http = reqwest::Client::builder()
        .proxy(reqwest::Proxy::http(server.uri()).unwrap())
        .build()
        .unwrap();
    let eu_http = Client::builder()
        .token(TOKEN)
        .region(Region::Eu)
        .base_url(Region::Eu.base_url().replace("https", "http"))
        .http_client(http)
        .build()
        .unwrap();
    assert_eq!(eu_http.identify_admin().await.unwrap().id.as_deref(), Some("7301942"));
    let request = received(&server).await.pop().unwrap();
    assert_eq!(request.headers["host"], "api.eu.intercom.io");
}

#[tokio::test]
async fn from_env_reads_token() {
    // The only test touching this variable.
    std::env::remove_var("INTERCOM_TOKEN");
    let err = Client::from_env().unwrap_err();
    assert!(
        matches!(&err, Error::Config(m) if m.contains("INTERCOM_TOKEN")),
        "{err}"
    );
    assert!(matches!(Client::builder().from_env(), Err(Error::Config(_))));
    std::env::set_var("INTERCOM_TOKEN", "  ");
    assert!(Client::from_env().is_err(), "a blank token is refused");
    std::env::set_var("INTERCOM_TOKEN", "env-token");
    let built = Client::builder()
        .from_env()
        .map(|builder| builder.region(Region::Eu).build());
    let plain = Client::from_env();
    std::env::remove_var("INTERCOM_TOKEN");
    assert_eq!(built.unwrap().unwrap().base_url(), Region::Eu.base_url());
    assert!(plain.is_ok());
}

#[tokio::test]
async fn version_header_default_and_overrides() {
    let server = MockServer::start().await;
    Mock::given(header("intercom-version", "Preview"))
        .and(query_param_is_missing("trace"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ticket_json("default")))
        .mount(&server)
        .await;
    Mock::given(header("intercom-version", "2.11"))
        .and(header("x-extra", "yes"))
        .and(query_param("trace", "1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ticket_json("override")))
        .mount(&server)
        .await;
    Mock::given(header("intercom-version", "2.10"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ticket_json("builder")))
        .mount(&server)
        .await;
    let client = client(&server);
    assert_eq!(client.get_ticket("1").await.unwrap().id.as_deref(), Some("default"));
    let custom = client.with_options(RequestOptions {
        api_version: Some("2.11".into()),
        extra_headers: vec![("X-Extra".into(), "yes".into())],
        extra_query: vec![("trace".into(), "1".into())],
        ..Default::default()
    });
    assert_eq!(custom.get_ticket("1").await.unwrap().id.as_deref(), Some("override"));
    // Options layer: a second with_options keeps the first one's settings.
    let layered = custom.with_options(RequestOptions {
        timeout: Some(Duration::from_secs(5)),
        ..Default::default()
    });
    assert_eq!(layered.get_ticket("1").await.unwrap().id.as_deref(), Some("override"));
    assert_eq!(
        client.get_ticket("1").await.unwrap().id.as_deref(),
        Some("default"),
        "original unchanged"
    );
    let builder = Client::builder()
        .token(TOKEN)
        .base_url(server.uri())
        .api_version("2.10")
        .user_agent("my-app/1.0")
        .build()
        .unwrap();
    assert_eq!(builder.get_ticket("1").await.unwrap().id.as_deref(), Some("builder"));
    let last = received(&server).await.pop().unwrap();
    assert_eq!(last.headers["user-agent"], "my-app/1.0");
    assert!(matches!(
        Client::builder().token(TOKEN).api_version("2.1\r\n").build(),
        Err(Error::Config(_))
    ));
}

#[tokio::test]
async fn header_with_crlf_is_rejected_before_sending() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ticket_json("1")))
        .mount(&server)
        .await;
    let client = client(&server);
    for (name, value) in [
        ("X-Trace", "abc\r\nX-Injected: 1"),
        ("X-Trace", "abc\nX-Injected: 1"),
        ("X-Bad Name", "ok"),
    ] {
        let bad = client.with_options(RequestOptions {
            extra_headers: vec![(name.into(), value.into())],
            ..Default::default()
        });
        let err = bad.get_ticket("1").await.unwrap_err();
        let Error::InvalidRequest {
            operation_id,
            message,
        } = &err
        else {
            panic!("expected InvalidRequest, got {err:?}")
        };
        assert_eq!(*operation_id, "getTicket");
        assert!(message.to_ascii_lowercase().contains("x-"), "{message}");
        assert!(!err.is_retryable());
    }
    // The API version travels in a header too.
    let bad_version = client.with_options(RequestOptions {
        api_version: Some("2.11\r\nX-Injected: 1".into()),
        ..Default::default()
    });
    assert!(matches!(
        bad_version.identify_admin().await,
        Err(Error::InvalidRequest {
            operation_id: "identifyAdmin",
            ..
        })
    ));
    assert!(received(&server).await.is_empty(), "nothing was sent");
}

#[tokio::test]
async fn header_layers_replace_but_repeated_extra_headers_are_kept() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(200).set_body_raw(vec![1u8, 2, 3], "application/octet-stream"),
        )
        .mount(&server)
        .await;
    let client = client(&server).with_options(RequestOptions {
        extra_headers: vec![
            ("X-Multi".into(), "1".into()),
            ("X-Multi".into(), "2".into()),
            ("User-Agent".into(), "override/1".into()),
        ],
        ..Default::default()
    });
    client
        .download_reporting_data_export("job", "app")
        .await
        .unwrap();
    let request = received(&server).await.remove(0);
    let values = |name: &str| -> Vec<String> {
        request
            .headers
            .get_all(name)
            .iter()
            .map(|v| v.to_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(values("accept"), ["application/octet-stream"]);
    assert_eq!(values("x-multi"), ["1", "2"]);
    assert_eq!(values("user-agent"), ["override/1"]);
    assert_eq!(values("authorization"), [format!("Bearer {TOKEN}")]);
}

#[tokio::test]
async fn path_parameters_are_encoded() {
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(ResponseTemplate::new(200).set_body_json(ticket_json("x")))
        .mount(&server)
        .await;
    let client = client(&server);
    client.get_ticket("../admin").await.map(drop).or_else(other_type)
        .unwrap();
    client.get_ticket("a/b?c#d").await.map(drop).or_else(other_type)
        .unwrap();
    client.get_ticket("ü ñ").await.map(drop).or_else(other_type)
        .unwrap();
    client
        .unlink_conversation_from_ticket("t/1", "%2F")
        .await
        .map(drop)
        .or_else(other_type)
        .unwrap();
    client
        .retrieve_conversation(-5, &RetrieveConversationParams::default())
        .await
        .map(drop)
        .or_else(other_type)
        .unwrap();
    let paths: Vec<String> = received(&server)
        .await
        .iter()
        .map(|r| r.url.path().to_owned())
        .collect();
    assert_eq!(
        paths,
        [
            "/tickets/..%2Fadmin",
            "/tickets/a%2Fb%3Fc%23d",
            "/tickets/%C3%BC%20%C3%B1",
            "/tickets/t%2F1/linked_conversations/%252F",
            "/conversations/-5",
        ]
    );
    assert!(received(&server)
        .await
        .iter()
        .all(|r| r.url.query().is_none()));
    for bad in ["..", ".", ""] {
        let err = client.get_ticket(bad).await.unwrap_err();
        assert!(
            matches!(
                err,
                Error::InvalidRequest {
                    operation_id: "getTicket",
                    ..
                }
            ),
            "{err:?}"
        );
    }
    let err = client
        .unlink_conversation_from_ticket("1", "..")
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InvalidRequest { .. }), "{err:?}");
    assert_eq!(received(&server).await.len(), 5, "invalid paths are never sent");
}

#[tokio::test]
async fn query_parameters_are_encoded_and_absent_ones_left_out() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"type": "visitor"})))
        .mount(&server)
        .await;
    let client = client(&server);
    client
        .retrieve_visitor_with_user_id("a b&c=d#e")
        .await
        .map(drop)
        .or_else(other_type)
        .unwrap();
    client
        .retrieve_conversation(
            1274,
            &RetrieveConversationParams {
                display_as: Some("plaintext".into()),
                include_translations: Some(true),
                include_email_history: Some(false),
                ..Default::default()
            },
        )
        .await
        .map(drop)
        .or_else(other_type)
        .unwrap();
    client
        .list_custom_object_instances("Order", &ListCustomObjectInstancesParams::default())
        .await
        .map(drop)
        .or_else(other_type)
        .unwrap();
    client
        .list_custom_object_instances(
            "Order",
            &ListCustomObjectInstancesParams {
                page: Some(2),
                per_page: Some(20),
                ..Default::default()
            },
        )
        .await
        .map(drop)
        .or_else(other_type)
        .unwrap();
    let requests = received(&server).await;
    let pairs = |i: usize| -> Vec<(String, String)> {
        requests[i]
            .url
            .query_pairs()
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect()
    };
    assert_eq!(pairs(0), [("user_id".into(), "a b&c=d#e".into())]);
    assert!(!requests[0].url.query().unwrap().contains('&'), "{}", requests[0].url);
    assert_eq!(
        pairs(1),
        [
            ("display_as".to_owned(), "plaintext".to_owned()),
            ("include_translations".into(), "true".into()),
            ("include_email_history".into(), "false".into()),
        ]
    );
    assert_eq!(requests[2].url.query(), None, "absent parameters are left out");
    assert_eq!(
        pairs(3),
        [
            ("page".to_owned(), "2".to_owned()),
            ("per_page".into(), "20".into())
        ]
    );
}

#[tokio::test]
async fn json_body_is_resent_intact_on_retry() {
    let server = MockServer::start().await;
    let expected = json!({
        "ticket_type_id": "41",
        "contacts": [{"id": "66a1f3c2b8e4d70012ab34cd"}],
        "ticket_attributes": {
            "_default_title_": "Frame arrived scratched",
            "Order number": "NW-20931"
        }
    });
    Mock::given(method("POST"))
        .and(path("/tickets"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/tickets"))
        .and(body_json(&expected))
        .and(header("content-type", "application/json"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ticket_json("918")))
        .mount(&server)
        .await;
    let ticket = client(&server)
        .create_ticket(&create_ticket_body())
        .await
        .unwrap();
    assert_eq!(ticket.id.as_deref(), Some("918"));
    let requests = received(&server).await;
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[0].body, requests[1].body);
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&requests[0].body).unwrap(),
        expected
    );
}

#[tokio::test]
async fn empty_and_binary_responses() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/ai/content_import_sources/2207"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    Mock::given(method("DELETE"))
        .and(path("/tickets/918"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"id": "918", "object": "ticket", "deleted": true})),
        )
        .mount(&server)
        .await;
    let csv = b"conversation_id,channel\n1274,messenger\n\xff".to_vec();
    Mock::given(method("GET"))
        .and(path("/download/reporting_data/r4q8z1k6m2"))
        .and(query_param("app_id", "k7t2qz9x"))
        .and(header("accept", "application/octet-stream"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(csv.clone(), "application/octet-stream"))
        .mount(&server)
        .await;
    let client = client(&server);
    let response = client
        .delete_content_import_source("2207")
        .with_response()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
    let () = response.into_body();
    let deleted = client.delete_ticket("918").await.unwrap();
    assert_eq!(deleted.id.as_deref(), Some("918"));
    assert_eq!(deleted.deleted, Some(true));
    let bytes = client
        .download_reporting_data_export("r4q8z1k6m2", "k7t2qz9x")
        .await
        .unwrap();
    assert_eq!(&bytes[..], &csv[..]);
}

#[tokio::test]
async fn debug_output_never_contains_the_token() {
    let client = Client::new(TOKEN).unwrap();
    let options = RequestOptions {
        extra_headers: vec![
            ("X-Secret".into(), "hidden-value".into()),
            ("Authorization".into(), format!("Bearer {TOKEN}")),
        ],
        ..Default::default()
    };
    let debug = format!("{client:?} {:?}", client.with_options(options.clone()));
    assert!(!debug.contains(TOKEN), "{debug}");
    assert!(debug.contains("redacted"), "{debug}");
    assert!(
        debug.contains("X-Secret") && !debug.contains("hidden-value"),
        "{debug}"
    );
    assert!(!format!("{options:?}").contains(TOKEN));
    let builder = Client::builder().token(TOKEN).base_url("http://localhost");
    let debug = format!("{builder:?} {:#?}", builder.clone());
    assert!(!debug.contains(TOKEN), "{debug}");
    assert!(debug.contains("redacted"), "{debug}");
}

#[test]
fn requests_are_built_from_their_required_fields_and_setters() {
    let ticket = CreateTicketRequestObject::new(
        "41",
        [
            CreateTicketRequestContactsItem::from(CreateTicketRequestContactsItemId::new("c1")),
            CreateTicketRequestContactsItemEmail::new("a@example.com").into(),
        ],
    )
    .company_id("9")
    .ticket_attributes([
        ("_default_title_", TicketRequestCustomAttributesInnerValue::from("Scratched")),
        ("Rush", true.into()),
        ("Boxes", 2.into()),
        ("Weight", 7.5.into()),
    ]);
    assert_eq!(
        serde_json::to_value(&ticket).unwrap(),
        json!({
            "ticket_type_id": "41",
            "contacts": [{"id": "c1"}, {"email": "a@example.com"}],
            "company_id": "9",
            "ticket_attributes": {"_default_title_": "Scratched", "Rush": true, "Boxes": 2.0, "Weight": 7.5}
        })
    );
    // Fields the spec pins to one value are filled in by `new`, never asked for.
    let close = CloseConversationRequest::new("7301942").body("Done");
    assert_eq!(
        serde_json::to_value(&close).unwrap(),
        json!({"message_type": "close", "type": "admin", "admin_id": "7301942", "body": "Done"})
    );
}

#[test]
fn string_enums_keep_unknown_values() {
    let known: TicketCategory = serde_json::from_str("\"Back-office\"").unwrap();
    assert_eq!(known, TicketCategory::BackOffice);
    assert_eq!(known.as_str(), "Back-office");
    assert_eq!(serde_json::to_string(&known).unwrap(), "\"Back-office\"");
    let unknown: TicketCategory = serde_json::from_str("\"Brand-new\"").unwrap();
    assert_eq!(unknown, TicketCategory::Unknown("Brand-new".into()));
    assert_eq!(unknown.to_string(), "Brand-new");
    assert_eq!(serde_json::to_string(&unknown).unwrap(), "\"Brand-new\"");
    assert_eq!(
        "Customer".parse::<TicketCategory>().unwrap(),
        TicketCategory::Customer
    );
    assert_eq!(TicketCategory::from("Tracker"), TicketCategory::Tracker);
    // No `Default`: an enum has no value to pick silently; `null` reads as an empty unknown.
    assert_eq!(
        intercom_client::from_str::<TicketCategory>("null").unwrap(),
        TicketCategory::Unknown(String::new())
    );
    assert!(serde_json::from_str::<TicketCategory>("3").is_err());
    // Inside a decoded response.
    let ticket: Ticket = intercom_client::from_str(
        r#"{"id": 1, "ticket_id": 57, "category": "Incident", "open": "true"}"#,
    )
    .unwrap();
    assert_eq!(ticket.id.as_deref(), Some("1"), "numbers read as strings");
    assert_eq!(ticket.ticket_id.as_deref(), Some("57"));
    assert_eq!(ticket.open, Some(true));
    assert_eq!(ticket.category, Some(TicketCategory::Unknown("Incident".into())));
}

#[test]
fn unions_pick_their_alternative_or_keep_unknown_values() {
    let by_email: CreateTicketRequestContactsItem =
        serde_json::from_value(json!({"email": "a@example.com"})).unwrap();
    assert!(
        matches!(&by_email, CreateTicketRequestContactsItem::Email(CreateTicketRequestContactsItemEmail { email, .. }) if email == "a@example.com"),
        "{by_email:?}"
    );
    assert!(matches!(
        serde_json::from_value(json!({"id": "c1"})).unwrap(),
        CreateTicketRequestContactsItem::Id(_)
    ));
    // A value of a kind no alternative accepts.
    let odd = json!("66a1f3c2b8e4d70012ab34cd");
    let unknown: CreateTicketRequestContactsItem = serde_json::from_value(odd.clone()).unwrap();
    assert!(
        matches!(&unknown, CreateTicketRequestContactsItem::Unknown(value) if *value == odd),
        "{unknown:?}"
    );
    assert_eq!(serde_json::to_value(&unknown).unwrap(), odd, "sent back unchanged");
    let request = create_ticket_body();
    assert!(matches!(request.contacts[0], CreateTicketRequestContactsItem::Id(_)));
}

#[test]
fn nullable_distinguishes_null_and_value() {
    let null: Option<Nullable<String>> = Some(Nullable::Null);
    let value: Option<Nullable<String>> = Some(Nullable::from("Ann".to_owned()));
    assert_eq!(serde_json::to_value(null).unwrap(), json!(null));
    assert_eq!(serde_json::to_value(&value).unwrap(), json!("Ann"));
    let back: Nullable<String> = serde_json::from_value(json!(null)).unwrap();
    assert!(back.is_null());
    assert_eq!(Nullable::Value(1).into_option(), Some(1));
    assert_eq!(Nullable::Value(2).as_option(), Some(&2));
    assert_eq!(Nullable::<i32>::Null.into_option(), None);
}

#[tokio::test]
async fn a_call_takes_headers_version_and_options_for_itself_only() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/tickets/42"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ticket_json("42")))
        .mount(&server)
        .await;
    let client = client(&server);
    let ticket = client
        .get_ticket("42")
        .header("X-Trace", "nightly-sync")
        .api_version("2.11")
        .options(RequestOptions::new().query("debug", "1"))
        .await
        .unwrap();
    assert_eq!(ticket.id.as_deref(), Some("42"));
    client.get_ticket("42").await.unwrap();
    let requests = received(&server).await;
    assert_eq!(requests[0].headers["x-trace"], "nightly-sync");
    assert_eq!(requests[0].headers["intercom-version"], "2.11");
    assert_eq!(requests[0].url.query(), Some("debug=1"));
    assert!(!requests[1].headers.contains_key("x-trace"), "the next call is the client's own");
    assert_eq!(requests[1].headers["intercom-version"], "Preview");
    assert_eq!(requests[1].url.query(), None);
}

#[tokio::test]
async fn extra_body_properties_are_merged_into_json_bodies_only() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/tickets"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ticket_json("7")))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/tickets/7"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ticket_json("7")))
        .mount(&server)
        .await;
    let client = client(&server)
        .with_options(RequestOptions::new().body_property("priority_hint", json!({"level": 2})));
    client
        .create_ticket(&create_ticket_body())
        .body_property("ticket_type_id", "99")
        .await
        .unwrap();
    client.get_ticket("7").await.unwrap();
    let requests = received(&server).await;
    let sent: serde_json::Value = serde_json::from_slice(&requests[0].body).unwrap();
    assert_eq!(sent["priority_hint"], json!({"level": 2}), "{sent}");
    assert_eq!(sent["ticket_type_id"], "99", "the call's property replaces the body's: {sent}");
    assert_eq!(sent["contacts"], json!([{"id": "66a1f3c2b8e4d70012ab34cd"}]), "{sent}");
    assert!(requests[1].body.is_empty(), "a request without a body stays without one");
}

#[tokio::test]
async fn a_call_that_cannot_be_built_fails_when_awaited_without_sending() {
    let server = MockServer::start().await;
    let client = client(&server);
    let call = client.get_ticket("42").header("bad\nname", "value");
    assert!(format!("{call:?}").contains("getTicket"), "{call:?}");
    let error = call.await.unwrap_err();
    assert!(error.to_string().contains("bad"), "{error}");
    assert!(received(&server).await.is_empty());
}

#[test]
fn client_and_futures_are_send() {
    fn assert_send_sync<T: Send + Sync>(_: &T) {}
    fn assert_send<T: Send>(_: T) {}
    fn assert_error<E: std::error::Error + Send + Sync + 'static>() {}
    assert_error::<Error>();
    let client = Client::new(TOKEN).unwrap();
    assert_send_sync(&client);
    assert_send(client.get_ticket("1").into_future());
    let ticket = CreateTicketRequestObject::new("41", [CreateTicketRequestContactsItemId::new("c1")]);
    assert_send(client.create_ticket(&ticket).with_response().into_future());
    assert_send(client.search_contacts_stream(&contact_search(2), &SearchContactsParams::default()));
}

/// A minimal `tracing` subscriber that writes every span field and event into a string.
mod capture {
    use std::fmt::Write as _;
    use std::sync::atomic::{AtomicU64, Ordering};
    use std::sync::{Arc, Mutex};

    use tracing::field::{Field, Visit};
    use tracing::span::{Attributes, Id, Record};
    use tracing::{Event, Metadata, Subscriber};

    #[derive(Clone, Default)]
    pub struct Capture {
        pub log: Arc<Mutex<String>>,
        next_id: Arc<AtomicU64>,
    }

    struct Writer<'a>(&'a mut String);

    impl Visit for Writer<'_> {
        fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
            let _ = write!(self.0, " {}={:?}", field.name(), value);
        }
    }

    impl Capture {
        fn write(&self, prefix: &str, f: impl FnOnce(&mut Writer<'_>)) {
            let mut log = self.log.lock().unwrap();
            log.push_str(prefix);
            f(&mut Writer(&mut log));
            log.push('\n');
        }
    }

    impl Subscriber for Capture {
        fn enabled(&self, _: &Metadata<'_>) -> bool {
            true
        }
        fn new_span(&self, span: &Attributes<'_>) -> Id {
            self.write(&format!("span {}:", span.metadata().name()), |w| {
                span.record(w)
            });
            Id::from_u64(self.next_id.fetch_add(1, Ordering::SeqCst) + 1)
        }
        fn record(&self, _: &Id, values: &Record<'_>) {
            self.write("record:", |w| values.record(w));
        }
        fn record_follows_from(&self, _: &Id, _: &Id) {}
        fn event(&self, event: &Event<'_>) {
            self.write(&format!("event {}:", event.metadata().target()), |w| {
                event.record(w)
            });
        }
        fn enter(&self, _: &Id) {}
        fn exit(&self, _: &Id) {}
    }
}

#[tokio::test]
async fn requests_are_traced_without_the_token() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(503).set_body_json(error_list("unavailable", "rq-t")))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ticket_json("1")))
        .mount(&server)
        .await;
    let subscriber = capture::Capture::default();
    let log = Arc::clone(&subscriber.log);
    // Global, so that no other test thread caches the callsites as disabled;
    // the log then holds every test's events, none of which may hold the token.
    tracing::subscriber::set_global_default(subscriber).expect("only this test sets it");
    // An Authorization header passed as an extra header is marked sensitive too.
    let client = client(&server).with_options(RequestOptions {
        extra_headers: vec![("Authorization".into(), format!("Bearer {TOKEN}"))],
        ..Default::default()
    });
    client.get_ticket("1").await.unwrap();
    let log = log.lock().unwrap().clone();
    assert!(log.contains("operation_id=\"getTicket\""), "{log}");
    assert!(log.contains("method=GET"), "{log}");
    assert!(log.contains("path=\"/tickets/{id}\""), "{log}");
    assert!(
        log.contains("status=503") && log.contains("status=200"),
        "{log}"
    );
    assert!(log.contains("attempt=2"), "{log}");
    assert!(log.contains("elapsed_ms="), "{log}");
    assert!(log.contains("retrying request"), "{log}");
    assert!(!log.contains(TOKEN), "{log}");
}

/// A contact search for users, `per_page` at a time (from the spec's `phone_and_recent` example).
fn contact_search(per_page: i64) -> ContactSearchRequest {
    serde_json::from_value(json!({
        "query": {"field": "role", "operator": "=", "value": "user"},
        "sort": {"field": "created_at", "order": "descending"},
        "pagination": {"per_page": per_page}
    }))
    .expect("search decodes")
}

/// Matches a contact search whose body asks for the page after `cursor` (`None`: the first).
fn starting_after(cursor: Option<&'static str>) -> impl wiremock::Match + 'static {
    move |request: &Request| {
        let Ok(body) = serde_json::from_slice::<serde_json::Value>(&request.body) else {
            return false;
        };
        body["pagination"]["starting_after"].as_str() == cursor
            && body["query"]["field"] == "role"
            && body["sort"]["order"] == "descending"
    }
}

/// A page of contacts pointing at `next`.
fn contact_page(ids: &[&str], next: Option<&str>) -> ResponseTemplate {
    let data: Vec<_> = ids
        .iter()
        .map(|id| json!({"type": "contact", "id": id, "role": "user"}))
        .collect();
    let next = next.map(|cursor| json!({"per_page": 2, "starting_after": cursor}));
    ResponseTemplate::new(200).set_body_json(json!({
        "type": "list",
        "total_count": 5,
        "data": data,
        "pages": {"type": "pages", "per_page": 2, "next": next}
    }))
}

#[tokio::test]
async fn cursor_stream_yields_every_item_in_order_and_stops() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/contacts/search"))
        .and(query_param("include_merge_history", "true"))
        .and(starting_after(None))
        .respond_with(contact_page(&["1", "2"], Some("c2")))
        .expect(2)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/contacts/search"))
        .and(starting_after(Some("c2")))
        .respond_with(contact_page(&["3", "4"], Some("c3")))
        .expect(2)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/contacts/search"))
        .and(starting_after(Some("c3")))
        .respond_with(contact_page(&["5"], None))
        .expect(2)
        .mount(&server)
        .await;
    let client = client(&server);
    let body = contact_search(2);
    let params = SearchContactsParams {
        include_merge_history: Some(true),
    };
    let stream = client.search_contacts_stream(&body, &params);
    assert!(received(&server).await.is_empty(), "nothing fetched before polling");
    let ids: Vec<String> = stream
        .map(|contact| contact.unwrap().id.unwrap_or_default())
        .collect()
        .await;
    assert_eq!(ids, ["1", "2", "3", "4", "5"]);
    // Every page kept the caller's page size.
    for request in received(&server).await {
        let sent: serde_json::Value = serde_json::from_slice(&request.body).unwrap();
        assert_eq!(sent["pagination"]["per_page"], 2, "{sent}");
    }
    assert_eq!(
        serde_json::to_value(&body).unwrap(),
        serde_json::to_value(contact_search(2)).unwrap(),
        "the caller's body is unchanged"
    );

    // Page by page.
    let mut pages = client.search_contacts_pages(&body, &params);
    let mut sizes = Vec::new();
    while let Some(page) = pages.next().await {
        let page = page.unwrap();
        assert_eq!(page.total_count, Some(5));
        sizes.push(page.data.as_ref().map_or(0, Vec::len));
    }
    assert_eq!(sizes, [2, 2, 1]);
    assert_eq!(received(&server).await.len(), 6, "3 pages, twice");
}

#[tokio::test]
async fn stream_fails_on_a_repeated_cursor_and_stops_after_an_error() {
    // A server that always points at the same cursor.
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(contact_page(&["x"], Some("same")))
        .mount(&server)
        .await;
    let items: Vec<_> = client(&server)
        .search_contacts_stream(&contact_search(1), &SearchContactsParams::default())
        .collect()
        .await;
    assert_eq!(items.len(), 3, "two pages, then the error: {items:?}");
    assert_eq!(items[1].as_ref().unwrap().id.as_deref(), Some("x"));
    match &items[2] {
        Err(Error::RepeatedPage {
            operation_id: "SearchContacts",
            page: PageRequest::Cursor(cursor),
            pages: 2,
        }) => assert_eq!(cursor, "same"),
        other => panic!("expected a repeated page, got {other:?}"),
    }
    assert_eq!(received(&server).await.len(), 2, "the repeated cursor is not followed");

    // An empty cursor ends the stream too.
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(contact_page(&["only"], Some("")))
        .mount(&server)
        .await;
    let items: Vec<_> = client(&server)
        .search_contacts_stream(&contact_search(1), &SearchContactsParams::default())
        .collect()
        .await;
    assert_eq!(items.len(), 1);

    // A failing second page ends the stream after the error.
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(starting_after(None))
        .respond_with(contact_page(&["1"], Some("c2")))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(starting_after(Some("c2")))
        .respond_with(ResponseTemplate::new(403).set_body_json(error_list("forbidden", "rq")))
        .mount(&server)
        .await;
    let items: Vec<_> = client(&server)
        .search_contacts_stream(&contact_search(1), &SearchContactsParams::default())
        .collect()
        .await;
    assert_eq!(items.len(), 2);
    assert_eq!(items[0].as_ref().unwrap().id.as_deref(), Some("1"));
    assert_eq!(items[1].as_ref().unwrap_err().code(), Some("forbidden"));
    assert_eq!(received(&server).await.len(), 2);
}

#[tokio::test]
async fn page_number_stream_yields_every_instance_and_a_single_instance_answer() {
    let server = MockServer::start().await;
    for page in 1..=3 {
        let ids: Vec<_> = (0..2)
            .map(|i| json!({"type": "Order", "id": format!("{page}-{i}")}))
            .collect();
        Mock::given(method("GET"))
            .and(path("/custom_object_instances/Order"))
            .and(query_param("page", page.to_string().as_str()))
            .and(query_param("per_page", "2"))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({
                "type": "list",
                "total_count": 6,
                "pages": {"type": "pages", "page": page, "per_page": 2, "total_pages": 3},
                "data": ids
            })))
            .expect(1)
            .mount(&server)
            .await;
    }
    let paged = client(&server);
    let params = ListCustomObjectInstancesParams {
        page: Some(1),
        per_page: Some(2),
        ..Default::default()
    };
    let ids: Vec<String> = paged
        .list_custom_object_instances_stream("Order", &params)
        .map(|instance| instance.unwrap().id.unwrap_or_default())
        .collect()
        .await;
    assert_eq!(ids, ["1-0", "1-1", "2-0", "2-1", "3-0", "3-1"]);

    // Looking up one instance by external id answers with the instance itself.
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(query_param("external_id", "NW-20931"))
        .respond_with(ResponseTemplate::new(200).set_body_json(
            json!({"type": "Order", "id": "40117", "external_id": "NW-20931"}),
        ))
        .expect(1)
        .mount(&server)
        .await;
    let params = ListCustomObjectInstancesParams {
        external_id: Some("NW-20931".into()),
        ..Default::default()
    };
    let items: Vec<_> = client(&server)
        .list_custom_object_instances_stream("Order", &params)
        .collect()
        .await;
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].as_ref().unwrap().id.as_deref(), Some("40117"));
}

#[test]
fn union_values_pick_their_alternative_or_stay_unknown() {
    use intercom_client::types::CreateTicketRequestContactsItem;
    let decode = |json: &str| intercom_client::from_str::<CreateTicketRequestContactsItem>(json).unwrap();
    assert!(matches!(
        decode(r#"{"email": "ada@example.com"}"#),
        CreateTicketRequestContactsItem::Email(contact) if contact.email == "ada@example.com"
    ));
    assert!(matches!(
        decode(r#"{"external_id": "u-1"}"#),
        CreateTicketRequestContactsItem::ExternalId(_)
    ));
    // An object with none of any alternative's properties keeps its data.
    let phone = serde_json::json!({"phone": "+353"});
    assert!(matches!(
        decode(&phone.to_string()),
        CreateTicketRequestContactsItem::Unknown(value) if value == phone
    ));
}
