//! End-to-end test: every operation of the generated client against Prism, the mock server
//! from npm (`@stoplight/prism-cli`, pinned in the repository's `package.json`), serving
//! `specs/intercom.yaml`.
//!
//! Prism validates each request against the spec (path, query, headers, security, body)
//! and answers with the first example of the response, so every call is made with
//! arguments built from the spec's request examples and checked against the example values.
//! A few calls ask for an error example with Prism's `Prefer: code=...` header and check the
//! typed `Error::Api`. The test fails when an operation of the client is not exercised.
//!
//! Needs `node_modules/` (run `npm ci` at the repository root). Without it the test is
//! skipped with a message, except when the `CI` environment variable is set: then it fails.
//!
//! Compiled only with every operation (the `full` feature, on by default).
#![cfg(feature = "full")]

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Read};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use intercom_client::types::{
    ConvertConversationToTicketRequest, ConvertVisitorRequest, CreateContentImportSourceRequest,
    CreateExternalPageRequest, CreateOrUpdateCustomObjectInstanceRequest, CreateTicketRequest,
    CreateTicketTypeRequest, LinkConversationToTicketRequest, ListCustomObjectInstancesParams,
    ListCustomObjectInstancesResponse, RedactConversationRequest, ReplyConversationRequest,
    ReplyTicketRequest, ReportingDataExportRequest, RetrieveConversationParams,
    SearchContactsParams, ShowContactByExternalIdParams, ShowContactParams,
    UpdateContentImportSourceRequest, UpdateExternalPageRequest, UpdateTicketRequest,
    UpdateTicketTypeRequest, UpdateVisitorRequest,
};
use intercom_client::{Client, Error, RequestOptions, RetryPolicy};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};

/// Longest wait for Prism to answer after it was started.
const STARTUP_TIMEOUT: Duration = Duration::from_secs(90);

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the crate lives inside the repository")
        .to_path_buf()
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
    /// Starts Prism on a free port, or returns `None` (after printing why) when
    /// `node_modules` is missing outside CI.
    fn start() -> Option<Prism> {
        let root = repo_root();
        let bin = root.join("node_modules/.bin").join(if cfg!(windows) {
            "prism.cmd"
        } else {
            "prism"
        });
        if !bin.exists() {
            let message = format!(
                "Prism is not installed ({} is missing): run `npm ci` in {} to install it",
                bin.display(),
                root.display()
            );
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

/// The operations of the client: every `pub async fn` in `src/operations` except the
/// `_with_response` twins and the `_stream` paginators.
fn client_operations() -> BTreeSet<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/operations");
    let mut operations = BTreeSet::new();
    for entry in std::fs::read_dir(&dir).expect("src/operations") {
        let source = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for rest in source.split("pub async fn ").skip(1) {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if !name.ends_with("_with_response") && !name.ends_with("_stream") {
                operations.insert(name);
            }
        }
    }
    operations
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

/// Calls `client.method(args)`, recording `method` as exercised.
macro_rules! call {
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
    assert_eq!(err.status(), Some(status), "{err:?}");
    assert_eq!(err.code(), Some(code), "{err:?}");
    assert!(err.request_id().is_some(), "{err:?}");
    err
}

const TICKET_ID: &str = "918";
const TRACKER_ID: &str = "934";
const CONVERSATION_ID: &str = "1274";
const VISITOR_ID: &str = "6790ab12c4e5f60017d2e8a1";
const VISITOR_USER_ID: &str = "4b9e2f70-13c8-4a5d-9e61-c07d8a2b35f4";
const CONTACT_ID: &str = "66a1f3c2b8e4d70012ab34cd";
const JOB_ID: &str = "r4q8z1k6m2";
const APP_ID: &str = "k7t2qz9x";

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
    let mut exercised = BTreeSet::new();

    // Admins.
    let admin = call!(exercised, client.identify_admin());
    assert_eq!(admin.id, "7301942");
    assert_eq!(admin.name.as_deref(), Some("Maeve Donnelly"));
    assert_eq!(admin.email_verified, Some(true));
    assert_eq!(admin.team_ids, Some(vec![88412]));

    // Ticket states and types.
    let states = call!(exercised, client.list_ticket_states());
    let ids: Vec<&str> = states.data.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["5120", "5121", "5122", "5123"]);
    assert_eq!(
        states.data[0].category.as_ref().map(|c| c.as_str()),
        Some("submitted")
    );
    let types = call!(exercised, client.list_ticket_types());
    assert_eq!(types.data.len(), 1);
    assert_eq!(types.data[0].id, "41");
    assert_eq!(types.data[0].name.as_deref(), Some("Damaged delivery"));
    let body: CreateTicketTypeRequest = example(json!({
        "name": "Checkout outage",
        "description": "Incidents that stop customers from paying.",
        "category": "Tracker",
        "icon": "🚨",
        "is_internal": false
    }));
    let created = call!(exercised, client.create_ticket_type(&body));
    assert_eq!(created.id, "42");
    assert_eq!(created.name.as_deref(), Some("Checkout outage"));
    assert_eq!(created.category.as_ref().map(|c| c.as_str()), Some("Tracker"));
    let ticket_type = call!(exercised, client.get_ticket_type("41"));
    assert_eq!(ticket_type.id, "41");
    assert_eq!(ticket_type.icon.as_deref(), Some("📦"));
    let body: UpdateTicketTypeRequest =
        example(json!({"name": "Damaged or missing item", "icon": "🧰"}));
    let renamed = call!(exercised, client.update_ticket_type("41", &body));
    assert_eq!(renamed.name.as_deref(), Some("Damaged or missing item"));
    assert_eq!(renamed.updated_at, Some(1_767_945_600));

    // Tickets.
    let body: CreateTicketRequest = example(json!({
        "ticket_type_id": "41",
        "contacts": [{"id": CONTACT_ID}],
        "ticket_attributes": {
            "_default_title_": "Frame arrived scratched",
            "_default_description_": "The top tube has a deep scratch along its length.",
            "Order number": "NW-20931"
        }
    }));
    let ticket = call!(exercised, client.create_ticket(&body));
    assert_eq!(ticket.id, TICKET_ID);
    assert_eq!(ticket.ticket_id.as_deref(), Some("57"));
    assert_eq!(ticket.category.as_ref().map(|c| c.as_str()), Some("Customer"));
    assert_eq!(ticket.open, Some(true));
    let ticket = call!(exercised, client.get_ticket(TICKET_ID));
    assert_eq!(ticket.id, TICKET_ID);
    assert_eq!(ticket.admin_assignee_id, Some(7_301_942));
    assert_eq!(ticket.ticket_state.as_ref().map(|s| s.id.as_str()), Some("5121"));
    assert_eq!(ticket.previous_ticket_state_id.as_deref(), Some("5120"));
    let body: UpdateTicketRequest = example(json!({
        "ticket_state_id": "5121",
        "admin_id": 7301942,
        "assignee_id": "7301955",
        "skip_notifications": false
    }));
    let updated = call!(exercised, client.update_ticket(TICKET_ID, &body));
    assert_eq!(updated.admin_assignee_id, Some(7_301_955));
    assert_eq!(updated.updated_at, Some(1_767_956_400));
    let deleted = call!(exercised, client.delete_ticket(TICKET_ID));
    assert_eq!(deleted.id.as_deref(), Some(TICKET_ID));
    assert_eq!(deleted.deleted, Some(true));
    let body: ReplyTicketRequest = example(json!({
        "message_type": "note",
        "type": "admin",
        "admin_id": "7301942",
        "body": "<p>Warehouse confirmed the frame was packed without foam.</p>"
    }));
    let part = call!(exercised, client.reply_ticket(TICKET_ID, &body));
    assert_eq!(part.id, "20140");
    assert_eq!(part.part_type.as_ref().map(|t| t.as_str()), Some("note"));
    assert_eq!(part.redacted, Some(false));
    let body: LinkConversationToTicketRequest = example(json!({"conversation_id": "1274"}));
    let linked = call!(
        exercised,
        client.link_conversation_to_ticket(TRACKER_ID, &body)
    );
    assert_eq!(linked.id, CONVERSATION_ID);
    assert_eq!(linked.updated_at, Some(1_767_961_200));
    let unlinked = call!(
        exercised,
        client.unlink_conversation_from_ticket(TRACKER_ID, CONVERSATION_ID)
    );
    assert_eq!(unlinked.id, CONVERSATION_ID);
    assert_eq!(unlinked.updated_at, Some(1_767_964_800));

    // Visitors.
    let visitor = call!(exercised, client.retrieve_visitor_with_user_id(VISITOR_USER_ID));
    assert_eq!(visitor.id, VISITOR_ID);
    assert_eq!(visitor.pseudonym.as_deref(), Some("Teal Lantern from Galway"));
    assert_eq!(visitor.session_count, Some(2));
    let body: UpdateVisitorRequest = example(json!({"id": VISITOR_ID, "name": "Aoife Brennan"}));
    let visitor = call!(exercised, client.update_visitor(&body));
    assert_eq!(visitor.name.as_deref(), Some("Aoife Brennan"));
    assert_eq!(visitor.updated_at, Some(1_767_961_800));
    let body: ConvertVisitorRequest = example(json!({
        "type": "user",
        "visitor": {"user_id": VISITOR_USER_ID},
        "user": {"user_id": "cust-20931", "email": "tomas.reyes@example.org"}
    }));
    let contact = call!(exercised, client.convert_visitor(&body));
    assert_eq!(contact.id, CONTACT_ID);
    assert_eq!(contact.external_id.as_deref(), Some("cust-20931"));
    assert_eq!(contact.role.as_deref(), Some("user"));
    let visitor = call!(exercised, client.retrieve_visitor(VISITOR_ID));
    assert_eq!(visitor.id, VISITOR_ID);
    assert_eq!(visitor.owner_id.as_deref(), Some("7301942"));
    let gone = call!(exercised, client.delete_visitor(VISITOR_ID));
    assert_eq!(gone.id.as_deref(), Some(VISITOR_ID));
    assert_eq!(gone.user_id.as_deref(), Some(VISITOR_USER_ID));

    // Contacts.
    let params = ShowContactParams {
        include_merge_history: Some(true),
    };
    let contact = call!(exercised, client.show_contact(CONTACT_ID, &params));
    assert_eq!(contact.id, CONTACT_ID);
    assert_eq!(contact.name.as_deref(), Some("Tomás Reyes"));
    assert_eq!(contact.formatted_phone.as_deref(), Some("+353871234567"));
    let params = ShowContactByExternalIdParams {
        include_merge_history: Some(true),
    };
    let contact = call!(
        exercised,
        client.show_contact_by_external_id("cust-20931", &params)
    );
    assert_eq!(contact.external_id.as_deref(), Some("cust-20931"));
    assert_eq!(contact.language_override.as_deref(), Some("es"));
    let body = example(json!({
        "query": {
            "operator": "AND",
            "value": [
                {"field": "formatted_phone", "operator": "^", "value": "+353"},
                {"field": "created_at", "operator": ">", "value": 1767225600},
                {"field": "role", "operator": "=", "value": "user"}
            ]
        },
        "sort": {"field": "created_at", "order": "descending"},
        "pagination": {"per_page": 2}
    }));
    let found = call!(
        exercised,
        client.search_contacts(&body, &SearchContactsParams::default())
    );
    assert_eq!(found.total_count, Some(3));
    let ids: Vec<&str> = found.data.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, [CONTACT_ID, "66b0c7d9e1f2a30014cd56ef"]);
    let next = found.pages.as_ref().and_then(|p| p.next.as_ref());
    assert_eq!(
        next.and_then(|n| n.starting_after.as_deref()),
        Some("WzE3Njc2MDAwMDAwMDAsIjY2YjBjN2Q5Il0=")
    );

    // The search's stream: Prism answers every page with the same example, whose cursor
    // repeats, so the stream reports the loop after the second page.
    let mut items: Vec<_> = client
        .search_contacts_stream(&body, &SearchContactsParams::default())
        .collect()
        .await;
    let looped = items.pop().expect("items").expect_err("the repeated cursor");
    assert!(matches!(looped, Error::RepeatedPage { pages: 2, .. }), "{looped:?}");
    let contacts: Vec<_> = items
        .into_iter()
        .map(|contact| contact.expect("a contact").id)
        .collect();
    assert_eq!(contacts.len(), 4, "{contacts:?}");
    assert_eq!(contacts[2], CONTACT_ID);

    // Custom object instances.
    let params = ListCustomObjectInstancesParams {
        references_contact_id: Some(CONTACT_ID.into()),
        page: Some(1),
        per_page: Some(20),
        ..Default::default()
    };
    let listed = call!(
        exercised,
        client.list_custom_object_instances("Order", &params)
    );
    let ListCustomObjectInstancesResponse::CustomObjectInstancesPaginatedList(list) = listed else {
        panic!("expected the paginated list, got {listed:?}")
    };
    assert_eq!(list.total_count, Some(2));
    let ids: Vec<&str> = list.data.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids, ["40117", "40098"]);
    let body: CreateOrUpdateCustomObjectInstanceRequest = example(json!({
        "external_id": "NW-20931",
        "external_created_at": 1767604800,
        "external_updated_at": 1767949200,
        "custom_attributes": {"status": "delivered", "total_amount": "1249.00", "currency": "EUR"}
    }));
    let order = call!(
        exercised,
        client.create_custom_object_instances("Order", &body)
    );
    assert_eq!(order.id, "40117");
    assert_eq!(order.type_, "Order");
    assert_eq!(order.external_id.as_deref(), Some("NW-20931"));
    let removed = call!(
        exercised,
        client.delete_custom_object_instances_by_id("Order", "NW-19877")
    );
    assert_eq!(removed.id.as_deref(), Some("40098"));
    assert_eq!(removed.deleted, Some(true));
    let order = call!(
        exercised,
        client.get_custom_object_instances_by_id("Order", "40117")
    );
    assert_eq!(order.created_at, Some(1_767_949_260));
    assert_eq!(
        order
            .custom_attributes
            .as_ref()
            .and_then(|a| a.get("currency"))
            .map(String::as_str),
        Some("EUR")
    );
    let removed = call!(
        exercised,
        client.delete_custom_object_instances_by_external_id("Order", "40117")
    );
    assert_eq!(removed.id.as_deref(), Some("40117"));
    assert_eq!(removed.object.as_deref(), Some("Order"));

    // AI content: content import sources.
    let sources = call!(exercised, client.list_content_import_sources());
    let ids: Vec<i64> = sources.data.iter().flatten().map(|s| s.id).collect();
    assert_eq!(ids, [2207, 2211]);
    assert_eq!(sources.total_count, Some(2));
    let body: CreateContentImportSourceRequest = example(json!({
        "sync_behavior": "api",
        "url": "https://partners.example.org/kb",
        "status": "active",
        "audience_ids": [3391]
    }));
    let source = call!(exercised, client.create_content_import_source(&body));
    assert_eq!(source.id, 2207);
    assert_eq!(source.status.as_str(), "active");
    assert_eq!(source.sync_behavior.as_str(), "api");
    let source = call!(exercised, client.get_content_import_source("2207"));
    assert_eq!(source.url, "https://partners.example.org/kb");
    assert_eq!(source.last_synced_at, 1_767_864_000);
    let body: UpdateContentImportSourceRequest = example(json!({
        "sync_behavior": "api",
        "url": "https://partners.example.org/kb",
        "status": "deactivated",
        "audience_ids": [3391, 3402],
        "apply_audience_to_existing_content": true
    }));
    let source = call!(
        exercised,
        client.update_content_import_source("2207", &body)
    );
    assert_eq!(source.status.as_str(), "deactivated");
    assert_eq!(source.audience_ids, Some(vec![3391, 3402]));
    let () = call!(exercised, client.delete_content_import_source("2207"));

    // AI content: external pages.
    let pages = call!(exercised, client.list_external_pages());
    let page_ids: Vec<&str> = pages.data.iter().flatten().map(|p| p.id.as_str()).collect();
    assert_eq!(page_ids, ["8830"]);
    let body: CreateExternalPageRequest = example(json!({
        "title": "Warranty claims for carbon frames",
        "html": "<h1>Warranty claims</h1><p>Carbon frames carry a five year warranty.</p>",
        "url": "https://partners.example.org/kb/warranty-carbon",
        "ai_agent_availability": true,
        "ai_copilot_availability": true,
        "locale": "en",
        "source_id": 2207,
        "external_id": "kb-1182"
    }));
    let page = call!(exercised, client.create_external_page(&body));
    assert_eq!(page.id, "8830");
    assert_eq!(page.source_id, 2207);
    assert_eq!(page.locale.as_str(), "en");
    assert!(page.ai_agent_availability);
    let page = call!(exercised, client.get_external_page("8830"));
    assert_eq!(page.external_id, "kb-1182");
    assert_eq!(page.updated_at, 1_767_864_000);
    let body: UpdateExternalPageRequest = example(json!({
        "title": "Warranty claims for carbon frames",
        "html": "<h1>Warranty claims</h1><p>Carbon frames carry a six year warranty from 2026.</p>",
        "url": "https://partners.example.org/kb/warranty-carbon",
        "ai_agent_availability": false,
        "ai_copilot_availability": true,
        "locale": "en",
        "source_id": 2207,
        "external_id": "kb-1182"
    }));
    let page = call!(exercised, client.update_external_page("8830", &body));
    assert!(!page.ai_agent_availability);
    assert!(page.html.contains("six year warranty"), "{}", page.html);
    let page = call!(exercised, client.delete_external_page("8830"));
    assert_eq!(page.html, "");
    assert_eq!(page.fin_availability, Some(false));

    // Conversations.
    let params = RetrieveConversationParams {
        display_as: Some("plaintext".into()),
        include_translations: Some(true),
        include_email_history: Some(false),
        include_monitors: Some(true),
        include_scorecards: Some(true),
    };
    let conversation = call!(exercised, client.retrieve_conversation(1274, &params));
    assert_eq!(conversation.id, CONVERSATION_ID);
    assert_eq!(
        conversation.title.as_deref(),
        Some("Scratched frame on delivery")
    );
    assert_eq!(
        conversation.priority.as_ref().map(|p| p.as_str()),
        Some("high")
    );
    assert_eq!(conversation.state.as_ref().map(|s| s.as_str()), Some("open"));
    let body: ReplyConversationRequest = example(json!({
        "message_type": "quick_reply",
        "type": "admin",
        "admin_id": "7301942",
        "body": "Would you like a replacement or a refund?",
        "reply_options": [
            {"text": "Replacement", "uuid": "6a3f9d20-8e4b-4c17-b2d5-19e0f7a4c863"},
            {"text": "Refund", "uuid": "c9e41b7f-2d08-4a6e-9f35-70b8d2a1e4c6"}
        ]
    }));
    let replied = call!(
        exercised,
        client.reply_conversation(CONVERSATION_ID, &body)
    );
    assert_eq!(replied.id, CONVERSATION_ID);
    assert_eq!(replied.updated_at, Some(1_767_968_000));
    assert_eq!(replied.waiting_since, None);
    let body: ConvertConversationToTicketRequest = example(json!({
        "ticket_type_id": "41",
        "ticket_state_id": "5120",
        "attributes": {"_default_title_": "Frame arrived scratched", "Order number": "NW-20931"}
    }));
    let converted = call!(
        exercised,
        client.convert_conversation_to_ticket(1274, &body)
    );
    assert_eq!(converted.id, CONVERSATION_ID);
    assert_eq!(converted.ticket_id.as_deref(), Some("58"));
    let events = call!(exercised, client.list_handling_events(CONVERSATION_ID));
    let events = events.handling_events.unwrap_or_default();
    assert_eq!(events.len(), 2);
    assert_eq!(events[0].type_.as_str(), "paused");
    assert_eq!(events[0].reason.as_deref(), Some("Lunch"));
    assert_eq!(events[1].timestamp, "2026-01-09T13:05:00Z");
    let body: RedactConversationRequest = example(json!({
        "type": "conversation_part",
        "conversation_id": "1274",
        "conversation_part_id": "88120470"
    }));
    let redacted = call!(exercised, client.redact_conversation(&body));
    assert_eq!(redacted.id, CONVERSATION_ID);
    assert_eq!(redacted.updated_at, Some(1_767_972_000));

    // Reporting data export.
    let body: ReportingDataExportRequest = example(json!({
        "dataset_id": "conversation",
        "attribute_ids": [
            "conversation.conversation_id",
            "conversation.conversation_started_at",
            "conversation.channel"
        ],
        "start_time": 1764547200,
        "end_time": 1767225599
    }));
    let job = call!(exercised, client.enqueue_reporting_data_export(&body));
    assert_eq!(job.job_identifier.as_deref(), Some(JOB_ID));
    assert_eq!(job.status.as_deref(), Some("pending"));
    let job = call!(
        exercised,
        client.get_reporting_data_export(JOB_ID, APP_ID, "3f6c8a12-7b0d-4e59-91a4-0d2e6b8c5f17")
    );
    assert_eq!(job.status.as_deref(), Some("complete"));
    assert_eq!(
        job.download_url.as_deref(),
        Some("https://api.intercom.io/download/reporting_data/r4q8z1k6m2")
    );
    let datasets = call!(exercised, client.list_reporting_datasets());
    let datasets = datasets.data.unwrap_or_default();
    assert_eq!(datasets[0].id.as_deref(), Some("conversation"));
    assert_eq!(datasets[0].attributes.as_ref().map(Vec::len), Some(3));
    let file = call!(
        exercised,
        client.download_reporting_data_export(JOB_ID, APP_ID)
    );
    assert_eq!(
        &file[..],
        b"conversation_id,conversation_started_at,channel\n1274,1767948000,messenger\n"
    );

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
        preferring(&client, "code=410")
            .show_contact(CONTACT_ID, &ShowContactParams::default())
            .await,
        410,
        "contact_merged",
    );
    let body: UpdateTicketRequest = example(json!({"ticket_state_id": "5121"}));
    assert_api_error(
        preferring(&client, "code=400")
            .update_ticket(TICKET_ID, &body)
            .await,
        400,
        "ticket_state_id_invalid",
    );
    let body: LinkConversationToTicketRequest = example(json!({"conversation_id": "99999"}));
    assert_api_error(
        preferring(&client, "code=404, example=conversation_not_found")
            .link_conversation_to_ticket(TRACKER_ID, &body)
            .await,
        404,
        "conversation_not_found",
    );
    assert_api_error(
        preferring(&client, "code=401").identify_admin().await,
        401,
        "unauthorized",
    );
    let body: ReportingDataExportRequest = example(json!({
        "dataset_id": "conversation",
        "attribute_ids": ["conversation.conversation_id"],
        "start_time": 1764547200,
        "end_time": 1767225599
    }));
    let err = assert_api_error(
        preferring(&client, "code=429")
            .enqueue_reporting_data_export(&body)
            .await,
        429,
        "rate_limit_exceeded",
    );
    assert!(err.is_retryable());

    // Every request was valid for Prism.
    let output = prism.output();
    let output = output.get(log_start..).unwrap_or_default();
    for marker in ["Violation: request", "Request did not pass the validation rules"] {
        assert!(!output.contains(marker), "Prism reported `{marker}`:\n{output}");
    }

    // Every operation of the client was exercised.
    let operations = client_operations();
    let missing: Vec<_> = operations.difference(&exercised).collect();
    let unknown: Vec<_> = exercised.difference(&operations).collect();
    assert!(missing.is_empty(), "operations without an e2e call: {missing:?}");
    assert!(unknown.is_empty(), "calls to unknown operations: {unknown:?}");
    assert_eq!(exercised.len(), operations.len());
    eprintln!(
        "e2e_prism: {} operations exercised against Prism in {:?}",
        exercised.len(),
        started.elapsed()
    );
}
