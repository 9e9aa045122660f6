//! Token providers through the public API: asked once per call (retries reuse the token),
//! refreshed once when the API answers 401, failures reported before anything is sent, and
//! never shown by `Debug`.
#![cfg(feature = "admins")]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use intercom_client::{
    AuthScheme, Client, ClientBuilder, Credential, Error, RetryPolicy, TokenFuture, TokenProvider,
};
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn admin() -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(serde_json::json!({ "type": "admin", "id": "7301942" }))
}

fn unauthorized() -> ResponseTemplate {
    ResponseTemplate::new(401).set_body_json(serde_json::json!({
        "type": "error.list",
        "errors": [{ "code": "token_unauthorized", "message": "Not authorized to access resource" }]
    }))
}

/// A builder for `server` whose retries wait a few milliseconds.
fn builder(server: &MockServer) -> ClientBuilder {
    Client::builder().base_url(server.uri()).retry_policy(RetryPolicy {
        max_retries: 2,
        base_delay: Duration::from_millis(5),
        max_delay: Duration::from_millis(5),
        ..RetryPolicy::default()
    })
}

/// The `Authorization` headers the server received, in order.
async fn authorizations(server: &MockServer) -> Vec<String> {
    let requests = server.received_requests().await.unwrap_or_default();
    requests
        .iter()
        .map(|request| {
            request
                .headers
                .get("authorization")
                .and_then(|value| value.to_str().ok())
                .unwrap_or_default()
                .to_owned()
        })
        .collect()
}

/// A provider caching one token, as real ones do: `refresh` records what was rejected and
/// replaces the cached token with the next one of `tokens`.
struct Rotating {
    tokens: Vec<&'static str>,
    current: AtomicUsize,
    asked: AtomicUsize,
    rejected: Mutex<Vec<String>>,
}

impl Rotating {
    fn new(tokens: &[&'static str]) -> Arc<Self> {
        Arc::new(Rotating {
            tokens: tokens.to_vec(),
            current: AtomicUsize::new(0),
            asked: AtomicUsize::new(0),
            rejected: Mutex::new(Vec::new()),
        })
    }

    fn current(&self) -> String {
        self.tokens[self.current.load(Ordering::SeqCst)].to_owned()
    }
}

/// The client holds the provider; the test keeps a handle to look at it.
struct Shared(Arc<Rotating>);

impl TokenProvider for Shared {
    fn token(&self) -> TokenFuture<'_> {
        self.0.asked.fetch_add(1, Ordering::SeqCst);
        let token = self.0.current();
        Box::pin(async move { Ok(token) })
    }

    fn refresh<'a>(&'a self, rejected: &'a str) -> TokenFuture<'a> {
        self.0.rejected.lock().unwrap().push(rejected.to_owned());
        let next = (self.0.current.load(Ordering::SeqCst) + 1).min(self.0.tokens.len() - 1);
        self.0.current.store(next, Ordering::SeqCst);
        let token = self.0.current();
        Box::pin(async move { Ok(token) })
    }
}

#[tokio::test]
async fn a_provider_is_asked_once_per_call_and_retries_reuse_its_token() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/me"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET")).and(path("/me")).respond_with(admin()).mount(&server).await;
    let asked = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&asked);
    let client = builder(&server)
        .token_provider(move || {
            let n = counter.fetch_add(1, Ordering::SeqCst) + 1;
            async move { Ok::<_, std::io::Error>(format!("token-{n}")) }
        })
        .build()
        .expect("builds");

    client.identify_admin().await.expect("the retry succeeds");
    client.identify_admin().await.expect("second call");
    assert_eq!(
        authorizations(&server).await,
        ["Bearer token-1", "Bearer token-1", "Bearer token-2"],
        "the 503's retry reuses the call's token; the next call asks again"
    );
    assert_eq!(asked.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn a_rejected_token_is_refreshed_once_and_the_request_sent_again() {
    let server = MockServer::start().await;
    Mock::given(header("authorization", "Bearer stale"))
        .respond_with(unauthorized())
        .mount(&server)
        .await;
    Mock::given(header("authorization", "Bearer fresh"))
        .and(path("/me"))
        .respond_with(admin())
        .mount(&server)
        .await;
    let provider = Rotating::new(&["stale", "fresh"]);
    let client = builder(&server)
        .token_provider(Shared(Arc::clone(&provider)))
        .build()
        .expect("builds");

    let admin = client.identify_admin().await.expect("succeeds with the refreshed token");
    assert_eq!(admin.id.as_deref(), Some("7301942"));
    assert_eq!(authorizations(&server).await, ["Bearer stale", "Bearer fresh"]);
    assert_eq!(*provider.rejected.lock().unwrap(), ["stale"]);

    // The provider now caches the fresh token: the next call sends it at once.
    client.identify_admin().await.expect("next call");
    assert_eq!(authorizations(&server).await.len(), 3);
    assert_eq!(provider.asked.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn a_second_401_is_returned_after_one_refresh() {
    let server = MockServer::start().await;
    Mock::given(method("GET")).respond_with(unauthorized()).mount(&server).await;
    let provider = Rotating::new(&["first", "second", "third"]);
    let client = builder(&server)
        .credential(AuthScheme::BearerAuth, Credential::provider(Shared(Arc::clone(&provider))))
        .build()
        .expect("builds");

    let error = client.identify_admin().await.expect_err("still unauthorized");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(401), "{error}");
    assert_eq!(error.code(), Some("token_unauthorized"));
    assert_eq!(authorizations(&server).await, ["Bearer first", "Bearer second"]);
    assert_eq!(*provider.rejected.lock().unwrap(), ["first"]);
}

#[tokio::test]
async fn a_fixed_token_the_api_rejects_is_not_sent_again() {
    let server = MockServer::start().await;
    Mock::given(method("GET")).respond_with(unauthorized()).mount(&server).await;
    let client = builder(&server).token("fixed").build().expect("builds");
    let error = client.identify_admin().await.expect_err("unauthorized");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(401));
    assert_eq!(authorizations(&server).await, ["Bearer fixed"]);
}

#[tokio::test]
async fn a_failing_provider_fails_the_call_before_anything_is_sent() {
    let server = MockServer::start().await;
    Mock::given(method("GET")).respond_with(admin()).mount(&server).await;
    let failing = builder(&server)
        .token_provider(|| async {
            Err::<String, _>(std::io::Error::other("the secret store is unreachable"))
        })
        .build()
        .expect("builds");
    let error = failing.identify_admin().await.expect_err("no token");
    assert!(
        matches!(&error, Error::TokenProvider { operation_id: "identifyAdmin", .. }),
        "{error:?}"
    );
    assert!(error.to_string().contains("the secret store is unreachable"), "{error}");
    assert!(std::error::Error::source(&error).is_some());

    let unusable = builder(&server)
        .token_provider(|| async { Ok::<_, std::io::Error>("line\nbreak".to_owned()) })
        .build()
        .expect("builds");
    let error = unusable.identify_admin().await.expect_err("a token no header can carry");
    assert!(
        matches!(&error, Error::TokenProvider { .. }) && error.to_string().contains("header"),
        "{error}"
    );
    assert!(authorizations(&server).await.is_empty(), "nothing was sent");
}

#[tokio::test]
async fn a_provider_that_hangs_is_bounded_by_the_call_deadline() {
    let server = MockServer::start().await;
    let client = builder(&server)
        .deadline(Duration::from_millis(50))
        .token_provider(|| async {
            tokio::time::sleep(Duration::from_secs(60)).await;
            Ok::<_, std::io::Error>("late".to_owned())
        })
        .build()
        .expect("builds");
    let error = client.identify_admin().await.expect_err("past the deadline");
    assert!(matches!(&error, Error::DeadlineExceeded { attempts: 0, .. }), "{error:?}");
}

#[test]
fn providers_never_show_a_token() {
    let provider = Credential::provider(|| async { Ok::<_, std::io::Error>("s3cret".to_owned()) });
    let builder = Client::builder().credential(AuthScheme::BearerAuth, provider.clone());
    let shown = format!("{provider:?} {builder:?}");
    assert!(!shown.contains("s3cret"), "{shown}");
    assert!(shown.contains("Credential::provider"), "{shown}");
    assert_eq!(provider, provider.clone(), "clones are the same provider");
    assert_ne!(
        provider,
        Credential::provider(|| async { Ok::<_, std::io::Error>(String::new()) })
    );
}
