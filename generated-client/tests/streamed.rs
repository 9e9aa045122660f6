//! A JSON body over 1 MiB is decoded while it is read, each chunk freed once passed
//! (`decode_memory.rs` measures the memory); these tests hold that path to the same answers
//! as a small body's: the decoded value, an `error.list` body as an API error (decided once,
//! from the top-level `type`), and a decode error naming the failing value's path, with the
//! line and column and the text around the failure.
#![cfg(feature = "contacts")]

use std::io::{Read, Write};
use std::net::TcpListener;

use intercom_client::types::{ContactList, ListContactsParams};
use intercom_client::{Client, Error};
use serde_json::{json, Value};

/// Contacts enough for a body well over 1 MiB.
const COUNT: usize = 12_000;

fn contact(i: usize) -> Value {
    json!({
        "type": "contact",
        "id": format!("66a1f3c2b8e4d700{i:08}"),
        "role": "user",
        "email": format!("person{i}@example.com"),
        "name": format!("Person number {i}"),
        "created_at": 1_717_000_000 + i,
        "custom_attributes": {"plan": "pro", "note": "ünïcödé text"},
        "location": {"type": "location", "country": "Ireland", "city": "Dublin"}
    })
}

fn list(contacts: Vec<Value>) -> Vec<u8> {
    serde_json::to_vec(&json!({"type": "list", "total_count": contacts.len(), "data": contacts}))
        .expect("serializes")
}

/// Answers one request with `head` (status line and headers, without the blank line) and
/// `body`, written in pieces, then closes the connection.
fn serve(head: &str, body: Vec<u8>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let base_url = format!("http://{}", listener.local_addr().expect("address"));
    let head = format!("{head}\r\nconnection: close\r\n\r\n");
    std::thread::spawn(move || {
        if let Ok((mut stream, _)) = listener.accept() {
            let mut request = [0u8; 8192];
            let _ = stream.read(&mut request);
            let _ = stream.write_all(head.as_bytes());
            for piece in body.chunks(100_003) {
                if stream.write_all(piece).is_err() {
                    return;
                }
            }
        }
    });
    base_url
}

fn ok_json(body: &[u8]) -> String {
    format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}",
        body.len()
    )
}

async fn list_contacts(base_url: String) -> intercom_client::Result<ContactList> {
    let client = Client::builder()
        .token("token")
        .base_url(base_url)
        .build()
        .expect("client builds");
    client.list_contacts(&ListContactsParams::default()).await
}

#[tokio::test]
async fn a_large_page_decodes_as_a_small_one_does() {
    let body = list((0..COUNT).map(contact).collect());
    assert!(body.len() > 2 << 20, "the body is {} bytes", body.len());
    let expected: ContactList = intercom_client::from_slice(&body).expect("decodes from memory");
    let page = list_contacts(serve(&ok_json(&body), body))
        .await
        .expect("decodes while read");
    // No `PartialEq` on response types: compare everything they hold.
    assert_eq!(format!("{page:?}"), format!("{expected:?}"));
    assert_eq!(page.data.as_ref().map(Vec::len), Some(COUNT));
}

#[tokio::test]
async fn a_bad_value_deep_in_a_large_page_is_named_by_path_line_column_and_excerpt() {
    let mut contacts: Vec<Value> = (0..COUNT).map(contact).collect();
    contacts[9_000]["created_at"] = json!([1, 2]);
    let body = list(contacts);
    let at = String::from_utf8_lossy(&body)
        .find("[1,2]")
        .expect("the bad value is in the body");
    let error = list_contacts(serve(&ok_json(&body), body))
        .await
        .expect_err("the bad value fails");
    let Error::Decode {
        operation_id,
        path,
        message,
        status,
        body_excerpt,
        ..
    } = &error
    else {
        panic!("expected a decode error, got {error:?}");
    };
    assert_eq!(*operation_id, "ListContacts");
    assert_eq!(*status, 200);
    assert_eq!(path, "data[9000].created_at");
    // The body is one line: the column is the byte offset, one-based, of the byte the parser
    // stopped at (within the value).
    let column: usize = message
        .rsplit("column ")
        .next()
        .and_then(|column| column.parse().ok())
        .unwrap_or_else(|| panic!("no column in {message:?}"));
    assert!(message.contains("at line 1 column"), "{message}");
    assert!((at..at + 6).contains(&(column - 1)), "column {column}, value at {at}: {message}");
    assert!(body_excerpt.starts_with('…') && body_excerpt.ends_with('…'), "{body_excerpt}");
    assert!(
        body_excerpt.contains(r#""id":"66a1f3c2b8e4d70000009000""#)
            && body_excerpt.contains(r#""created_at":[1,2]"#),
        "{body_excerpt}"
    );
    assert!(body_excerpt.chars().count() <= 514, "{}", body_excerpt.len());
}

#[tokio::test]
async fn a_large_error_list_is_an_api_error() {
    let body = serde_json::to_vec(&json!({
        "type": "error.list",
        "request_id": "req-7",
        "errors": [{"code": "server_error", "message": "try again"}],
        "detail": "x".repeat(3 << 20),
    }))
    .expect("serializes");
    let error = list_contacts(serve(&ok_json(&body), body))
        .await
        .expect_err("an error list is an error");
    let Error::Api(api) = &error else {
        panic!("expected an API error, got {error:?}");
    };
    assert_eq!(api.status.as_u16(), 200);
    assert_eq!(error.code(), Some("server_error"));
    assert_eq!(error.request_id(), Some("req-7"));
    assert!(api.raw_body.len() > 3 << 20);
}

#[tokio::test]
async fn a_large_body_cut_short_without_a_length_is_a_truncated_decode_error() {
    let mut body = list((0..COUNT).map(contact).collect());
    body.truncate(body.len() - 1000);
    let head = "HTTP/1.1 200 OK\r\ncontent-type: application/json";
    let error = list_contacts(serve(head, body))
        .await
        .expect_err("the body is cut short");
    let Error::Decode { message, path, body_excerpt, .. } = &error else {
        panic!("expected a decode error, got {error:?}");
    };
    assert!(message.starts_with("response body is truncated: EOF"), "{message}");
    assert!(path.starts_with("data[11"), "{path}");
    assert!(body_excerpt.starts_with('…') && !body_excerpt.ends_with('…'), "{body_excerpt}");
}
