//! Peak memory of a call that receives and decodes a large list body.
//!
//! The test binary counts every heap allocation (a global allocator wrapping the system
//! one), so the figures are exact and deterministic: heap bytes live at the peak of the call
//! and after it, minus those live before it, against the body's length. The call covers
//! reading the body off the socket, deciding error-vs-success, and decoding into the
//! generated types; the decoded page is still alive at the end. The server is a plain thread
//! writing a body built before the measurement starts, so it adds nothing.
//!
//! What the runtime controls is the memory above the decoded value: the body, read once
//! into a buffer sized from `Content-Length` and never copied or parsed into a
//! `serde_json::Value` (the contacts mention `error.list`, which used to cost a full extra
//! parse). The decoded value's own size is set by the generated types' layout.
#![cfg(feature = "contacts")]

use std::alloc::{GlobalAlloc, Layout, System};
use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use intercom_client::types::{ContactSearchRequest, SearchContactsParams};
use intercom_client::Client;
use serde_json::json;

/// The system allocator, counting the bytes live now and at the peak.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let pointer = unsafe { System.alloc(layout) };
        if !pointer.is_null() {
            let live = LIVE.fetch_add(layout.size(), Ordering::SeqCst) + layout.size();
            PEAK.fetch_max(live, Ordering::SeqCst);
        }
        pointer
    }

    unsafe fn dealloc(&self, pointer: *mut u8, layout: Layout) {
        unsafe { System.dealloc(pointer, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::SeqCst);
    }

    unsafe fn realloc(&self, pointer: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let moved = unsafe { System.realloc(pointer, layout, new_size) };
        if !moved.is_null() {
            if new_size >= layout.size() {
                let live = LIVE.fetch_add(new_size - layout.size(), Ordering::SeqCst)
                    + (new_size - layout.size());
                PEAK.fetch_max(live, Ordering::SeqCst);
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Ordering::SeqCst);
            }
        }
        moved
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// A page of `count` contacts shaped like the API's, with a few attributes each.
fn contact_page(count: usize) -> Vec<u8> {
    let contacts: Vec<_> = (0..count)
        .map(|i| {
            json!({
                "type": "contact",
                "id": format!("66a1f3c2b8e4d700{i:08}"),
                "workspace_id": "ecahpwf5",
                "external_id": format!("customer-{i}"),
                "role": "user",
                "email": format!("person{i}@example.com"),
                "phone": "+353 1 555 0100",
                "name": format!("Person number {i}"),
                "owner_id": 7301942,
                "has_hard_bounced": false,
                "marked_email_as_spam": false,
                "unsubscribed_from_emails": false,
                "created_at": 1_717_000_000 + i,
                "updated_at": 1_717_100_000 + i,
                "last_seen_at": 1_717_200_000 + i,
                "browser": "chrome",
                "browser_language": "en",
                "os": "macOS",
                "custom_attributes": {"plan": "pro", "seats": 12, "last_error": "error.list"},
                "tags": {"type": "list", "data": [], "url": format!("/contacts/{i}/tags"), "total_count": 0, "has_more": false},
                "location": {"type": "location", "country": "Ireland", "region": "Dublin", "city": "Dublin"}
            })
        })
        .collect();
    serde_json::to_vec(&json!({
        "type": "list",
        "total_count": count,
        "data": contacts,
        "pages": {"type": "pages", "page": 1, "per_page": count, "total_pages": 1}
    }))
    .expect("serializes")
}

#[tokio::test(flavor = "current_thread")]
async fn a_large_page_is_held_once_while_it_is_decoded() {
    let body = Arc::new(contact_page(6_000));
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let base_url = format!("http://{}", listener.local_addr().expect("address"));
    let served = Arc::clone(&body);
    std::thread::spawn(move || {
        if let Ok((mut stream, _)) = listener.accept() {
            let mut request = [0u8; 8192];
            let _ = stream.read(&mut request);
            let head = format!(
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
                served.len()
            );
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(&served);
        }
    });
    let client = Client::builder()
        .token("token")
        .base_url(base_url)
        .build()
        .expect("client builds");
    let search: ContactSearchRequest =
        serde_json::from_value(json!({"query": {"field": "role", "operator": "=", "value": "user"}}))
            .expect("search decodes");
    let params = SearchContactsParams::default();

    let before = LIVE.load(Ordering::SeqCst);
    PEAK.store(before, Ordering::SeqCst);
    let page = client
        .search_contacts(&search, &params)
        .await
        .expect("the page decodes");
    let peak = PEAK.load(Ordering::SeqCst) - before;
    let kept = LIVE.load(Ordering::SeqCst).saturating_sub(before);

    assert_eq!(page.data.as_ref().map_or(0, Vec::len), 6_000);
    let body_len = body.len() as f64;
    let runtime = peak.saturating_sub(kept) as f64 / body_len;
    println!(
        "body {} bytes; peak {peak} bytes ({:.2}x the body) = decoded page {kept} bytes \
         ({:.2}x) + {runtime:.2}x held by the runtime",
        body.len(),
        peak as f64 / body_len,
        kept as f64 / body_len,
    );
    assert!(
        runtime < 1.25,
        "above the decoded page, the call held {runtime:.2}x the body at its peak"
    );
}
