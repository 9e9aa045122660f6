//! End-to-end test: every operation of the generated client against Prism, the mock server
//! from npm (`@stoplight/prism-cli`, pinned in the repository's `package.json`), serving
//! `specs/intercom.yaml`.
//!
//! Prism validates each request against the spec (path, query, headers, security, body)
//! and answers with the first example of the response. Every operation is called once with
//! arguments built from the spec's examples (the calls are in `e2e/`, one module per tag)
//! and must return a 2xx whose body decodes; every `_stream` and `_pages` helper of a paged
//! list is run to its end. A few calls are checked against the example values, and a few
//! ask for an error example with Prism's `Prefer: code=...` header and check the typed
//! `Error::Api`. The test fails when an operation or pagination helper of the client is
//! not exercised, and when Prism reports a request that breaks the spec.
//!
//! Prism comes from `node_modules/`: when it is missing and `npm` is on `PATH`, the test
//! runs `npm ci` at the repository root once. Without npm the test is skipped with a
//! message, except when the `CI` environment variable is set: then it fails.
//!
//! Compiled only with every operation (the `full` feature, on by default).
#![cfg(feature = "full")]

use std::collections::BTreeSet;
use std::future::Future;
use std::io::{BufRead, BufReader, Read};
use std::net::TcpListener;
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use futures_util::stream::{self, StreamExt};
use futures_util::FutureExt;
use intercom_client::{Client, Error, RequestOptions, RetryPolicy};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};

/// Longest wait for Prism to answer after it was started.
const STARTUP_TIMEOUT: Duration = Duration::from_secs(90);

/// How many calls are in flight at once.
const CONCURRENCY: usize = 16;

/// An install lock older than this was left behind by a killed test run.
const STALE_INSTALL_LOCK: Duration = Duration::from_secs(15 * 60);

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the crate lives inside the repository")
        .to_path_buf()
}

/// Makes sure `bin` (Prism) exists, running `npm ci` in `root` when it does not. Returns
/// why not when npm is not available; panics when the installation fails.
fn install_prism(root: &Path, bin: &Path) -> Result<(), String> {
    if bin.exists() {
        return Ok(());
    }
    let npm = if cfg!(windows) { "npm.cmd" } else { "npm" };
    let npm_works = Command::new(npm)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success());
    if !npm_works {
        return Err(format!(
            "Prism is not installed ({} is missing) and `npm` is not on PATH: install \
             Node.js, or run `npm ci` in {}",
            bin.display(),
            root.display()
        ));
    }
    let _lock = InstallLock::acquire();
    if bin.exists() {
        // Another test installed it while this one waited for the lock.
        return Ok(());
    }
    eprintln!("e2e_prism: Prism is missing, running `npm ci` in {}", root.display());
    let status = Command::new(npm)
        .args(["ci", "--no-audit", "--no-fund"])
        .current_dir(root)
        .stdin(Stdio::null())
        .status()
        .unwrap_or_else(|err| panic!("cannot run `npm ci` in {}: {err}", root.display()));
    assert!(status.success(), "`npm ci` in {} failed: {status}", root.display());
    assert!(
        bin.exists(),
        "`npm ci` in {} succeeded but did not install {}",
        root.display(),
        bin.display()
    );
    Ok(())
}

/// A lock (a directory in Cargo's target tmp dir) held while `npm ci` runs, so that
/// concurrent test processes install `node_modules/` once; removed when dropped.
struct InstallLock(PathBuf);

impl InstallLock {
    fn acquire() -> InstallLock {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR"));
        std::fs::create_dir_all(dir).expect("Cargo's target tmp dir");
        let path = dir.join("e2e-prism-npm-ci.lock");
        loop {
            match std::fs::create_dir(&path) {
                Ok(()) => return InstallLock(path),
                Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => {
                    let age = std::fs::metadata(&path)
                        .and_then(|meta| meta.modified())
                        .ok()
                        .and_then(|modified| SystemTime::now().duration_since(modified).ok());
                    if age.is_some_and(|age| age > STALE_INSTALL_LOCK) {
                        let _ = std::fs::remove_dir(&path);
                    } else {
                        std::thread::sleep(Duration::from_millis(200));
                    }
                }
                Err(err) => panic!("cannot create {}: {err}", path.display()),
            }
        }
    }
}

impl Drop for InstallLock {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir(&self.0);
    }
}

/// A running Prism process, killed when dropped (also when the test panics).
struct Prism {
    child: Child,
    base_url: String,
    /// Everything Prism printed so far.
    output: Arc<Mutex<String>>,
}

impl Drop for Prism {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Prism {
    /// Starts Prism on a free port (installing it first when it is missing), or returns
    /// `None` (after printing why) when npm is not available outside CI.
    fn start() -> Option<Prism> {
        let root = repo_root();
        let bin = root.join("node_modules/.bin").join(if cfg!(windows) {
            "prism.cmd"
        } else {
            "prism"
        });
        if let Err(message) = install_prism(&root, &bin) {
            if std::env::var_os("CI").is_some() {
                panic!("{message}");
            }
            eprintln!("SKIPPED e2e_prism: {message}");
            return None;
        }
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|listener| listener.local_addr())
            .expect("a free local port")
            .port();
        let spec = root.join("specs/intercom.yaml");
        let mut child = Command::new(&bin)
            .arg("mock")
            .arg(&spec)
            .args(["-p", &port.to_string(), "--host", "127.0.0.1", "--errors=false"])
            .current_dir(&root)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|err| panic!("cannot start {}: {err}", bin.display()));
        let output = Arc::new(Mutex::new(String::new()));
        collect(child.stdout.take(), &output);
        collect(child.stderr.take(), &output);
        Some(Prism {
            child,
            base_url: format!("http://127.0.0.1:{port}"),
            output,
        })
    }

    fn output(&self) -> String {
        self.output.lock().unwrap().clone()
    }

    /// Waits until Prism answers HTTP requests.
    async fn wait_until_ready(&mut self) {
        let http = reqwest::Client::new();
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().expect("child status") {
                panic!("Prism exited early ({status}):\n{}", self.output());
            }
            let answer = http
                .get(format!("{}/me", self.base_url))
                .bearer_auth("readiness-probe")
                .timeout(Duration::from_secs(2))
                .send()
                .await;
            if answer.is_ok() {
                return;
            }
            assert!(
                start.elapsed() < STARTUP_TIMEOUT,
                "Prism did not answer within {STARTUP_TIMEOUT:?}:\n{}",
                self.output()
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

/// Copies a child's output into `output` from a background thread.
fn collect(stream: Option<impl Read + Send + 'static>, output: &Arc<Mutex<String>>) {
    let Some(stream) = stream else { return };
    let output = Arc::clone(output);
    std::thread::spawn(move || {
        for line in BufReader::new(stream).lines() {
            let Ok(line) = line else { return };
            let mut output = output.lock().unwrap();
            output.push_str(&line);
            output.push('\n');
        }
    });
}

/// The operations of the client (every `pub fn` in `src/operations` returning a `Call`) and
/// its pagination helpers (every `pub fn` ending in `_stream` or `_pages`).
fn client_operations() -> (BTreeSet<String>, BTreeSet<String>) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/operations");
    let mut operations = BTreeSet::new();
    let mut helpers = BTreeSet::new();
    for entry in std::fs::read_dir(&dir).expect("src/operations") {
        let source = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let names = |marker: &str| -> Vec<String> {
            source
                .split(marker)
                .skip(1)
                .map(|rest| {
                    rest.chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect()
                })
                .collect()
        };
        let (paged, single): (Vec<String>, Vec<String>) = names("pub fn ")
            .into_iter()
            .partition(|name| name.ends_with("_stream") || name.ends_with("_pages"));
        operations.extend(single);
        helpers.extend(paged);
    }
    (operations, helpers)
}

/// A request value decoded from a spec example; it must serialize back to the same JSON.
fn example<T: DeserializeOwned + Serialize>(value: Value) -> T {
    let typed: T = serde_json::from_value(value.clone())
        .unwrap_or_else(|err| panic!("example does not decode: {err}\n{value:#}"));
    assert_eq!(
        serde_json::to_value(&typed).unwrap(),
        value,
        "the example does not survive a round trip through {}",
        std::any::type_name::<T>()
    );
    typed
}

/// One queued call: its outcome is `Err` with the reason when it failed.
type CallFuture<'a> = Pin<Box<dyn Future<Output = Result<(), String>> + 'a>>;

/// The calls to make, each named by the client method it exercises.
pub struct Calls<'a> {
    client: &'a Client,
    queued: Vec<(&'static str, CallFuture<'a>)>,
}

impl<'a> Calls<'a> {
    fn push(&mut self, method: &'static str, call: CallFuture<'a>) {
        self.queued.push((method, call));
    }
}

/// Queues `client.method(args)`: it must succeed (a 2xx with a body that decodes).
macro_rules! call {
    ($calls:ident, $method:ident ( $($arg:expr),* $(,)? )) => {{
        let client = $calls.client;
        $calls.push(
            stringify!($method),
            Box::pin(async move {
                client
                    .$method($($arg),*)
                    .await
                    .map(drop)
                    .map_err(|err| format!("{err:?}"))
            }),
        );
    }};
}

/// Queues a `_stream` or `_pages` helper, run to its end: every element must be `Ok`.
macro_rules! paged {
    ($calls:ident, $method:ident ( $($arg:expr),* $(,)? )) => {{
        let client = $calls.client;
        $calls.push(
            stringify!($method),
            Box::pin(async move {
                let elements: Vec<_> =
                    futures_util::StreamExt::collect(client.$method($($arg),*)).await;
                crate::all_ok(elements)
            }),
        );
    }};
}

mod e2e;

/// `Ok` when every element of a stream is, or when the stream ends, after at least one full
/// page, with the client's `RepeatedPage` error: Prism serves the same example for every
/// request, so a page whose example carries a next cursor comes back with that cursor again,
/// and the client must report the loop instead of fetching forever.
fn all_ok<T>(elements: Vec<Result<T, Error>>) -> Result<(), String> {
    let count = elements.len();
    for (index, element) in elements.into_iter().enumerate() {
        match element {
            Ok(_) => {}
            Err(Error::RepeatedPage { pages, .. }) if index + 1 == count && index > 0 && pages >= 1 => {}
            Err(err) => return Err(format!("element {index} of {count}: {err:?}")),
        }
    }
    Ok(())
}

/// Runs the calls, a few at a time; returns `"method: why"` for each one that failed.
async fn run_all(calls: Vec<(&'static str, CallFuture<'_>)>) -> Vec<String> {
    stream::iter(calls)
        .map(|(method, call)| async move {
            // A panic (an example that does not round-trip) fails this call only.
            let outcome = AssertUnwindSafe(call)
                .catch_unwind()
                .await
                .unwrap_or_else(|panic| Err(panic_message(&*panic)));
            outcome.err().map(|err| format!("{method}: {err}"))
        })
        .buffer_unordered(CONCURRENCY)
        .filter_map(|failure| async move { failure })
        .collect()
        .await
}

/// The message of a caught panic.
fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    match (panic.downcast_ref::<&str>(), panic.downcast_ref::<String>()) {
        (Some(message), _) => (*message).to_owned(),
        (_, Some(message)) => message.clone(),
        _ => "panicked".to_owned(),
    }
}

/// Calls `client.method(args)` on its own, recording `method` as exercised.
macro_rules! checked {
    ($exercised:ident, $client:ident . $method:ident ( $($arg:expr),* $(,)? )) => {{
        $exercised.insert(stringify!($method).to_owned());
        $client
            .$method($($arg),*)
            .await
            .unwrap_or_else(|err| panic!("`{}` failed: {err:?}", stringify!($method)))
    }};
}

/// A client whose requests ask Prism for the response with this status (and example).
fn preferring(client: &Client, prefer: &str) -> Client {
    client.with_options(RequestOptions {
        extra_headers: vec![("Prefer".into(), prefer.into())],
        max_retries: Some(0),
        ..Default::default()
    })
}

/// Checks an `Error::Api` against the spec's error example.
fn assert_api_error(result: Result<impl std::fmt::Debug, Error>, status: u16, code: &str) -> Error {
    let err = result.expect_err("an error response");
    assert!(matches!(err, Error::Api(_)), "expected Error::Api, got {err:?}");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(status), "{err:?}");
    assert_eq!(err.code(), Some(code), "{err:?}");
    assert!(err.request_id().is_some(), "{err:?}");
    err
}

/// Calls that fail today, each with why: the generated client or the spec is wrong (or
/// Prism cannot check the request). They still run, after the check for Prism's request
/// violations, and each must still fail: remove an entry once its call passes.
const KNOWN_FAILURES: &[(&str, &str)] = &[
    (
        "lis_data_events",
        "Prism: a form-exploded `oneOf` object query parameter (`filter`) is not read back",
    ),
];

const TICKET_ID: &str = "918";
const VISITOR_ID: &str = "6790ab12c4e5f60017d2e8a1";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_operation_against_prism() {
    let Some(mut prism) = Prism::start() else {
        return;
    };
    prism.wait_until_ready().await;
    // Prism's log of the requests below starts here.
    let log_start = prism.output().len();
    let started = Instant::now();
    let client = Client::builder()
        .token("e2e-token")
        .base_url(&prism.base_url)
        .retry_policy(RetryPolicy {
            max_retries: 1,
            base_delay: Duration::from_millis(50),
            max_delay: Duration::from_millis(200),
            jitter: 0.0,
            ..RetryPolicy::default()
        })
        .build()
        .unwrap();

    // Every operation and pagination helper, with the spec's examples.
    let mut calls = Calls {
        client: &client,
        queued: Vec::new(),
    };
    e2e::calls(&mut calls);
    let mut exercised: BTreeSet<String> =
        calls.queued.iter().map(|(method, _)| (*method).to_owned()).collect();
    let call_count = calls.queued.len();
    let (known_failures, queued): (Vec<_>, Vec<_>) = calls
        .queued
        .into_iter()
        .partition(|(method, _)| KNOWN_FAILURES.iter().any(|(known, _)| known == method));
    let failures = run_all(queued).await;
    assert!(
        failures.is_empty(),
        "{} of {call_count} calls failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    let all_calls_took = started.elapsed();

    // A few answers checked against the examples.
    let admin = checked!(exercised, client.identify_admin());
    assert_eq!(admin.id.as_deref(), Some("7301942"));
    assert_eq!(admin.name.as_deref(), Some("Maeve Donnelly"));
    assert_eq!(admin.email_verified, Some(true));
    assert_eq!(admin.team_ids, Some(vec![88412]));
    let ticket = checked!(exercised, client.get_ticket(TICKET_ID));
    assert_eq!(ticket.id.as_deref(), Some(TICKET_ID));
    assert_eq!(ticket.admin_assignee_id, Some(7_301_942));
    let states = checked!(exercised, client.list_ticket_states());
    let ids: Vec<_> = states.data.iter().flatten().map(|s| s.id.as_deref()).collect();
    assert_eq!(ids[0], Some("5120"));
    let ticket = checked!(
        exercised,
        client.create_ticket(&example(json!({
            "ticket_type_id": "41",
            "contacts": [{"id": "66a1f3c2b8e4d70012ab34cd"}],
            "ticket_attributes": {"_default_title_": "Frame arrived scratched"}
        })))
    );
    assert_eq!(ticket.ticket_id.as_deref(), Some("57"));
    let conversation = checked!(
        exercised,
        client.retrieve_conversation(1274, &Default::default())
    );
    assert_eq!(
        conversation.title.as_deref(),
        Some("Scratched frame on delivery")
    );
    let file = checked!(
        exercised,
        client.download_reporting_data_export("r4q8z1k6m2", "k7t2qz9x")
    );
    assert_eq!(
        &file[..],
        b"conversation_id,conversation_started_at,channel\n1274,1767948000,messenger\n"
    );
    let visitor = checked!(exercised, client.retrieve_visitor(VISITOR_ID));
    assert_eq!(visitor.id.as_deref(), Some(VISITOR_ID));
    assert_eq!(visitor.owner_id.as_deref(), Some("7301942"));

    // Error examples, chosen with Prism's `Prefer` header.
    let err = assert_api_error(
        preferring(&client, "code=404").get_ticket("9999").await,
        404,
        "ticket_not_found",
    );
    assert_eq!(
        err.request_id(),
        Some("2a4c6e80-1b3d-4f5a-9c7e-0d2f4a6b8c91")
    );
    assert!(!err.is_retryable());
    let err = assert_api_error(
        preferring(&client, "code=404").retrieve_visitor(VISITOR_ID).await,
        404,
        "not_found",
    );
    assert_eq!(err.as_api().unwrap().message(), Some("Visitor Not Found"));
    assert_api_error(
        preferring(&client, "code=401").identify_admin().await,
        401,
        "unauthorized",
    );
    let err = assert_api_error(
        preferring(&client, "code=429")
            .enqueue_reporting_data_export(&example(json!({
                "dataset_id": "conversation",
                "attribute_ids": ["conversation.conversation_id"],
                "start_time": 1764547200,
                "end_time": 1767225599
            })))
            .await,
        429,
        "rate_limit_exceeded",
    );
    assert!(err.is_retryable());

    // The everyday tasks, written as a new user would from the README.
    e2e::user_tasks::run(&prism.base_url)
        .await
        .unwrap_or_else(|err| panic!("a user task failed: {err:?}"));

    // Every request was valid for Prism, and so was every example it answered with.
    let output = prism.output();
    let output = output.get(log_start..).unwrap_or_default();
    for marker in ["Violation: request", "Violation: response", "Request did not pass the validation rules"] {
        assert!(!output.contains(marker), "Prism reported `{marker}`:\n{output}");
    }

    // The known failures still fail (after the check above: some break Prism's rules).
    let outcomes = run_all(known_failures).await;
    for (method, reason) in KNOWN_FAILURES {
        let outcome = outcomes.iter().find(|outcome| outcome.starts_with(&format!("{method}: ")));
        let outcome = outcome.unwrap_or_else(|| {
            panic!("`{method}` is listed in KNOWN_FAILURES ({reason}) but passed: remove it")
        });
        eprintln!("e2e_prism: known failure ({reason}): {outcome:.300}");
    }

    // Every operation and pagination helper of the client was exercised.
    let (operations, helpers) = client_operations();
    let surface: BTreeSet<String> = operations.union(&helpers).cloned().collect();
    let missing: Vec<_> = surface.difference(&exercised).collect();
    let unknown: Vec<_> = exercised.difference(&surface).collect();
    assert!(missing.is_empty(), "operations without an e2e call: {missing:?}");
    assert!(unknown.is_empty(), "calls to unknown operations: {unknown:?}");
    eprintln!(
        "e2e_prism: {} operations and {} pagination helpers exercised against Prism \
         ({call_count} concurrent calls in {all_calls_took:?}, {:?} in all)",
        operations.len(),
        helpers.len(),
        started.elapsed()
    );
}
