//! Part 3: the generated client at run time.
//!
//! Decoding: two large pages built from `specs/intercom.yaml`'s schemas by [`crate::synth`] and
//! serialized once, decoded many times — interleaved, so load on the machine hits every
//! variant alike — into the generated types with [`intercom_client::from_slice`] (the lenient
//! decoding the client uses), into the same types with plain `serde_json::from_slice`, into
//! `serde_json::Value`, and into `serde::de::IgnoredAny` (a full parse that builds nothing: the
//! floor). Freeing a decoded value is timed apart from decoding it.
//!
//! Per-request overhead: a loopback HTTP/1.1 server (keep-alive, a fixed small JSON ticket, on
//! the same current-thread runtime as the clients) answers `client.get_ticket("1")` and a bare
//! `reqwest` GET with the same headers followed by `serde_json::from_slice` into the same type
//! (and, to split the overhead, the same bare GET decoded with the client's lenient
//! [`intercom_client::from_slice`]); batches of each take turns going first, and the figure is
//! the median over batches of the mean time per request.
//!
//! "The same headers" includes `User-Agent`: both send [`USER_AGENT`], set on the bare
//! `reqwest::Client` the way `reqwest` users set one. Until that was done the bare GET sent no
//! `User-Agent` while the client always sends one, so the client's request was one header
//! longer, and the extra bytes through the socket and the server's parsing of that line (the
//! server runs on the same thread) counted as client overhead: about 2 % of the 5 % budget,
//! none of it work of the client. `benches per-request` runs this part alone.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use intercom_client::types::{ContactList, Conversation, CursorPages, Ticket};
use serde::Deserialize;
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::stats::{median, micros, range};
use crate::synth::Synth;
use crate::PerRequestArgs;

/// A page of conversations as the official `conversation_list` schema has it (our spec has no
/// list-conversations operation); the items are the generated [`Conversation`].
#[derive(Debug, Deserialize)]
#[allow(dead_code, reason = "decoded to be measured, not read")]
struct ConversationPage {
    #[serde(rename = "type", default)]
    type_: String,
    #[serde(default)]
    conversations: Vec<Conversation>,
    total_count: Option<i64>,
    pages: Option<CursorPages>,
}

/// Decode times of one payload.
pub struct DecodeResult {
    /// `150 conversations × 10 parts`.
    pub name: String,
    /// Size of the JSON.
    pub bytes: usize,
    /// What the typed decode found, to show it decoded everything.
    pub check: String,
    /// Into the generated types, leniently (as the client does).
    pub typed: Result<Vec<Duration>, String>,
    /// Into the generated types with plain `serde_json::from_slice`.
    pub strict: Result<Vec<Duration>, String>,
    /// Into `serde_json::Value`.
    pub value: Vec<Duration>,
    /// Into `IgnoredAny`.
    pub ignored: Vec<Duration>,
    /// Freeing each typed (client) decode's result.
    pub typed_drop: Vec<Duration>,
    /// Freeing each `Value`.
    pub value_drop: Vec<Duration>,
    /// What the payload holds.
    pub census: Census,
}

/// The spec the generated client comes from, parsed.
fn own_spec() -> openapiv3::OpenAPI {
    let path = crate::repo_root().join("specs/intercom.yaml");
    generator::load::spec_of_file(&path).expect("specs/intercom.yaml loads")
}

/// Builds both payloads and times their decoding, `iterations` times each.
pub fn measure_decoding(iterations: usize) -> Vec<DecodeResult> {
    let spec = own_spec();
    let conversations = conversation_page(&spec);
    let contacts = contact_page(&spec);
    vec![
        decode::<ConversationPage>(
            "page of 150 conversations × 10 parts",
            &conversations,
            iterations,
            |page| {
                let parts: usize = page
                    .conversations
                    .iter()
                    .filter_map(|c| c.conversation_parts.as_ref())
                    .filter_map(|p| p.conversation_parts.as_ref())
                    .map(Vec::len)
                    .sum();
                format!("{} conversations, {parts} parts", page.conversations.len())
            },
        ),
        decode::<ContactList>("page of 500 contacts", &contacts, iterations, |page| {
            format!("{} contacts", page.data.as_ref().map_or(0, Vec::len))
        }),
    ]
}

/// `{"type": "conversation.list", "conversations": [150 conversations], …}`.
fn conversation_page(spec: &openapiv3::OpenAPI) -> Vec<u8> {
    let mut synth = Synth::new(spec, 1).expect("the spec has components");
    synth.array_lengths.insert("conversation_parts", 10);
    let conversations: Vec<Value> = (0..150)
        .map(|_| {
            synth
                .component("conversation")
                .expect("a conversation schema")
        })
        .collect();
    let pages = synth
        .component("cursor_pages")
        .expect("a cursor_pages schema");
    let page = json!({
        "type": "conversation.list",
        "pages": pages,
        "total_count": 4_213,
        "conversations": conversations,
    });
    serde_json::to_vec(&page).expect("serialize")
}

/// `{"type": "list", "data": [500 contacts], …}`.
fn contact_page(spec: &openapiv3::OpenAPI) -> Vec<u8> {
    let mut synth = Synth::new(spec, 2).expect("the spec has components");
    let contacts: Vec<Value> = (0..500)
        .map(|_| synth.component("contact").expect("a contact schema"))
        .collect();
    let pages = synth
        .component("cursor_pages")
        .expect("a cursor_pages schema");
    let page = json!({
        "type": "list",
        "data": contacts,
        "total_count": 12_874,
        "pages": pages,
    });
    serde_json::to_vec(&page).expect("serialize")
}

/// Times the four decodings of one payload, interleaved.
fn decode<T: serde::de::DeserializeOwned>(
    name: &str,
    bytes: &[u8],
    iterations: usize,
    check: impl Fn(&T) -> String,
) -> DecodeResult {
    eprintln!(
        "==> decode: {name} ({} KiB, {iterations} iterations)",
        bytes.len() / 1024
    );
    let (mut typed, mut strict) = (Ok(Vec::new()), Ok(Vec::new()));
    let summary = match intercom_client::from_slice::<T>(bytes) {
        Ok(page) => check(&page),
        Err(error) => {
            typed = Err(format!("does not decode: {error}"));
            String::new()
        }
    };
    if let Err(error) = serde_json::from_slice::<T>(bytes) {
        strict = Err(format!("does not decode: {error}"));
    }
    let (mut value, mut ignored) = (Vec::new(), Vec::new());
    let (mut typed_drop, mut value_drop) = (Vec::new(), Vec::new());
    // One untimed round first: page faults, allocator warm-up.
    for round in 0..=iterations {
        let keep = round > 0;
        // The decoders take turns going first.
        for turn in 0..4 {
            match (round + turn) % 4 {
                0 => {
                    if let Ok(samples) = typed.as_mut() {
                        let (decode, free) =
                            time_decode(|| intercom_client::from_slice::<T>(bytes).ok());
                        if keep {
                            samples.push(decode);
                            typed_drop.push(free);
                        }
                    }
                }
                1 => {
                    if let Ok(samples) = strict.as_mut() {
                        let (decode, _) = time_decode(|| serde_json::from_slice::<T>(bytes).ok());
                        if keep {
                            samples.push(decode);
                        }
                    }
                }
                2 => {
                    let (decode, free) =
                        time_decode(|| serde_json::from_slice::<Value>(bytes).ok());
                    if keep {
                        value.push(decode);
                        value_drop.push(free);
                    }
                }
                _ => {
                    let (decode, _) =
                        time_decode(|| serde_json::from_slice::<serde::de::IgnoredAny>(bytes).ok());
                    if keep {
                        ignored.push(decode);
                    }
                }
            }
        }
    }
    DecodeResult {
        name: name.to_string(),
        bytes: bytes.len(),
        check: summary,
        census: Census::of(bytes),
        typed,
        strict,
        value,
        ignored,
        typed_drop,
        value_drop,
    }
}

/// Wall time of one decode, and then of freeing what it built (timed apart: freeing is not
/// decoding, and the floor builds nothing to free). An untimed decode comes first, so the
/// timed one finds the heap as its own previous run left it, not as another decoder did (one
/// that freed much memory just before would leave it to pay for the heap growing back).
fn time_decode<T>(decode: impl Fn() -> Option<T>) -> (Duration, Duration) {
    drop(std::hint::black_box(decode()));
    let started = Instant::now();
    let decoded = std::hint::black_box(decode());
    let decoding = started.elapsed();
    assert!(decoded.is_some(), "a payload stopped decoding");
    let started = Instant::now();
    drop(decoded);
    (decoding, started.elapsed())
}

/// What a payload holds: the strings, objects and arrays a typed decode turns into heap
/// allocations (when the type keeps them).
#[derive(Debug, Default, Clone, Copy)]
pub struct Census {
    /// String values (property names not counted).
    pub strings: usize,
    /// Objects.
    pub objects: usize,
    /// Arrays.
    pub arrays: usize,
}

impl Census {
    fn of(bytes: &[u8]) -> Self {
        fn walk(value: &Value, census: &mut Census) {
            match value {
                Value::String(_) => census.strings += 1,
                Value::Array(items) => {
                    census.arrays += 1;
                    items.iter().for_each(|item| walk(item, census));
                }
                Value::Object(map) => {
                    census.objects += 1;
                    map.values().for_each(|item| walk(item, census));
                }
                _ => {}
            }
        }
        let mut census = Census::default();
        if let Ok(value) = serde_json::from_slice::<Value>(bytes) {
            walk(&value, &mut census);
        }
        census
    }
}

/// `User-Agent` of both the generated client and bare `reqwest` in the overhead comparison.
const USER_AGENT: &str = "intercom-benches";

/// Per-request times of the generated client and of bare `reqwest`.
pub struct OverheadResult {
    /// Size of the response body.
    pub body_bytes: usize,
    /// Requests per batch.
    pub batch: usize,
    /// Mean time per request of each bare batch.
    pub bare: Vec<Duration>,
    /// The same with the client's lenient decoding instead of `serde_json::from_slice`.
    pub bare_lenient: Vec<Duration>,
    /// Mean time per request of each client batch.
    pub client: Vec<Duration>,
}

impl OverheadResult {
    /// The three variants, named for the report, with their samples.
    pub fn variants(&self) -> [(&'static str, &[Duration]); 3] {
        [
            ("bare `reqwest` + `serde_json`", &self.bare),
            (
                "bare `reqwest` + the client's lenient `from_slice`",
                &self.bare_lenient,
            ),
            ("generated client `get_ticket`", &self.client),
        ]
    }
}

/// Runs the loopback comparison: `batches` batches of `batch` requests each way.
pub fn measure_overhead(batches: usize, batch: usize) -> Result<OverheadResult, String> {
    let spec = own_spec();
    let mut synth = Synth::new(&spec, 3).ok_or("the spec has no components")?;
    synth.max_array = 1;
    synth.max_depth = 3;
    let ticket = synth.component("ticket").ok_or("no ticket schema")?;
    let body = serde_json::to_vec(&ticket).map_err(|e| e.to_string())?;
    serde_json::from_slice::<Ticket>(&body)
        .map_err(|e| format!("the synthesized ticket does not decode: {e}"))?;
    eprintln!(
        "==> overhead: GET /tickets/1 ({} bytes), {batches} batches of {batch}",
        body.len()
    );
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    runtime.block_on(async move {
        let address = spawn_server(body.clone()).await?;
        let base = format!("http://{address}");
        let client = intercom_client::Client::builder()
            .token("bench-token")
            .base_url(base.clone())
            .user_agent(USER_AGENT)
            .build()
            .map_err(|e| e.to_string())?;
        let bare = reqwest::Client::builder()
            .user_agent(USER_AGENT)
            .build()
            .map_err(|e| e.to_string())?;
        let url = format!("{base}/tickets/1");
        let bare_get = |lenient: bool| {
            let (bare, url) = (&bare, &url);
            async move {
                let response = bare
                    .get(url)
                    .bearer_auth("bench-token")
                    .header("Intercom-Version", "Preview")
                    .header(reqwest::header::ACCEPT, "application/json")
                    .send()
                    .await
                    .map_err(|e| e.to_string())?;
                if !response.status().is_success() {
                    return Err(format!("status {}", response.status()));
                }
                let bytes = response.bytes().await.map_err(|e| e.to_string())?;
                if lenient {
                    intercom_client::from_slice::<Ticket>(&bytes).map_err(|e| e.to_string())
                } else {
                    serde_json::from_slice::<Ticket>(&bytes).map_err(|e| e.to_string())
                }
            }
        };
        let client_get = || async { client.get_ticket("1").await.map_err(|e| e.to_string()) };
        for _ in 0..batch.max(200) {
            std::hint::black_box(bare_get(false).await?);
            std::hint::black_box(bare_get(true).await?);
            std::hint::black_box(client_get().await?);
        }
        let mut times: [Vec<Duration>; 3] = Default::default();
        for round in 0..batches {
            // Rotate which variant goes first.
            for offset in 0..3 {
                let which = (round + offset) % 3;
                let started = Instant::now();
                for _ in 0..batch {
                    match which {
                        0 => std::hint::black_box(bare_get(false).await?),
                        1 => std::hint::black_box(bare_get(true).await?),
                        _ => std::hint::black_box(client_get().await?),
                    };
                }
                times[which].push(started.elapsed() / batch as u32);
            }
        }
        let [bare_times, bare_lenient_times, client_times] = times;
        Ok(OverheadResult {
            body_bytes: body.len(),
            batch,
            bare: bare_times,
            bare_lenient: bare_lenient_times,
            client: client_times,
        })
    })
}

/// Entry point of `benches per-request`: runs [`measure_overhead`] alone and prints its figures.
pub fn per_request(args: &PerRequestArgs) {
    let result = match measure_overhead(args.batches, args.batch.max(1)) {
        Ok(result) => result,
        Err(error) => {
            eprintln!("error: {error}");
            std::process::exit(1);
        }
    };
    let bare = median(&result.bare);
    println!("µs per request: median over batches (min–max)");
    for (name, samples) in result.variants() {
        let (min, max) = range(samples);
        println!(
            "  {name:<52} {:>6} ({}–{})  {:+.1} %",
            micros(median(samples)),
            micros(min),
            micros(max),
            (median(samples).as_secs_f64() / bare.as_secs_f64() - 1.0) * 100.0
        );
    }
}

/// Starts a keep-alive HTTP/1.1 server on a loopback port, as tasks of the current runtime,
/// answering every request with `body` as JSON. Client and server share one thread, so a
/// request costs CPU work only, not the wake-up latency of another (virtual) core.
async fn spawn_server(body: Vec<u8>) -> Result<std::net::SocketAddr, String> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .map_err(|e| e.to_string())?;
    let address = listener.local_addr().map_err(|e| e.to_string())?;
    let mut response = format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nx-request-id: 0000000000000000\r\nx-ratelimit-limit: 10000\r\nx-ratelimit-remaining: 9999\r\nx-ratelimit-reset: 1700000000\r\n\r\n",
        body.len()
    )
    .into_bytes();
    response.extend_from_slice(&body);
    let response: std::sync::Arc<[u8]> = response.into();
    tokio::spawn(async move {
        loop {
            let Ok((mut socket, _)) = listener.accept().await else {
                continue;
            };
            let _ = socket.set_nodelay(true);
            let response = response.clone();
            tokio::spawn(async move {
                let mut buffer = Vec::with_capacity(4096);
                let mut chunk = [0u8; 4096];
                loop {
                    while let Some(end) = request_end(&buffer) {
                        buffer.drain(..end);
                        if socket.write_all(&response).await.is_err() {
                            return;
                        }
                    }
                    match socket.read(&mut chunk).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => buffer.extend_from_slice(&chunk[..n]),
                    }
                }
            });
        }
    });
    Ok(address)
}

/// Where the first complete request in `buffer` ends (headers and `content-length` body).
fn request_end(buffer: &[u8]) -> Option<usize> {
    let head_end = buffer.windows(4).position(|w| w == b"\r\n\r\n")? + 4;
    let head = String::from_utf8_lossy(&buffer[..head_end]);
    let headers: HashMap<String, String> = head
        .lines()
        .skip(1)
        .filter_map(|line| line.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let length: usize = headers
        .get("content-length")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    (buffer.len() >= head_end + length).then_some(head_end + length)
}

/// Median of a result's samples, when it has them.
pub fn median_of(samples: &Result<Vec<Duration>, String>) -> Option<Duration> {
    samples.as_ref().ok().map(|s| median(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synthesized_pages_decode_into_the_generated_types() {
        let spec = own_spec();
        let conversations = conversation_page(&spec);
        let page: ConversationPage =
            intercom_client::from_slice(&conversations).expect("lenient decode");
        assert_eq!(page.conversations.len(), 150);
        let parts: usize = page
            .conversations
            .iter()
            .filter_map(|c| c.conversation_parts.as_ref())
            .filter_map(|p| p.conversation_parts.as_ref())
            .map(Vec::len)
            .sum();
        assert!(parts > 1000, "{parts} parts");
        serde_json::from_slice::<ConversationPage>(&conversations).expect("strict decode");

        let contacts = contact_page(&spec);
        let page: ContactList = intercom_client::from_slice(&contacts).expect("lenient decode");
        assert_eq!(page.data.as_ref().map(Vec::len), Some(500));
        serde_json::from_slice::<ContactList>(&contacts).expect("strict decode");
    }

    #[test]
    fn request_end_waits_for_headers_and_body() {
        assert_eq!(request_end(b"GET / HTTP/1.1\r\nHost: x\r\n"), None);
        assert_eq!(request_end(b"GET / HTTP/1.1\r\n\r\nGET"), Some(18));
        let post = b"POST / HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}";
        assert_eq!(request_end(&post[..post.len() - 1]), None);
        assert_eq!(request_end(post), Some(post.len()));
    }

    #[test]
    fn the_loopback_server_answers_the_client() {
        let result = measure_overhead(2, 3).expect("overhead measurement");
        assert_eq!(result.bare.len(), 2);
        assert_eq!(result.bare_lenient.len(), 2);
        assert_eq!(result.client.len(), 2);
    }
}
