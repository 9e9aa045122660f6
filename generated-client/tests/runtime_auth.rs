//! Authentication through the public API of the Intercom crate: its one scheme
//! (`bearerAuth`, http bearer) takes the token from every entry point (`Client::new`,
//! `ClientBuilder::token`, `bearer_token`, `credential`), which wins over which, what `build`
//! refuses, and that `Debug` never shows a credential. Each scheme kind of other specs is
//! tested in the runtime itself (`templates/runtime/auth.rs`).
#![cfg(feature = "admins")]

use intercom_client::{AuthScheme, Client, Credential, Error};
use wiremock::matchers::{any, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

async fn server() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/me"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "type": "admin",
            "id": "7301942"
        })))
        .mount(&server)
        .await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(404))
        .mount(&server)
        .await;
    server
}

/// The `Authorization` header of the last request the server received.
async fn last_authorization(server: &MockServer) -> Option<String> {
    let requests = server.received_requests().await.unwrap_or_default();
    let last = requests.last()?;
    last.headers
        .get("authorization")
        .and_then(|value| value.to_str().ok())
        .map(str::to_owned)
}

#[tokio::test]
async fn every_entry_point_sends_the_bearer_token() {
    let server = server().await;
    let builders = [
        ("token", Client::builder().token("via-token")),
        ("bearer_token", Client::builder().bearer_token("via-bearer")),
        (
            "credential",
            Client::builder().credential(AuthScheme::BearerAuth, Credential::token("via-scheme")),
        ),
        (
            "scheme wins over kind",
            Client::builder()
                .credential(AuthScheme::BearerAuth, Credential::token("via-scheme"))
                .bearer_token("via-bearer"),
        ),
        (
            "last kind setter wins",
            Client::builder().bearer_token("first").token("via-token"),
        ),
    ];
    let expected = ["via-token", "via-bearer", "via-scheme", "via-scheme", "via-token"];
    for ((label, builder), token) in builders.into_iter().zip(expected) {
        let client = builder.base_url(server.uri()).build().expect(label);
        client.identify_admin().await.expect(label);
        assert_eq!(
            last_authorization(&server).await,
            Some(format!("Bearer {token}")),
            "{label}"
        );
    }
    assert_eq!(AuthScheme::BearerAuth.name(), "bearerAuth");
}

#[tokio::test]
async fn build_refuses_missing_and_wrong_credentials() {
    let missing = Client::builder().build().unwrap_err();
    assert!(
        matches!(&missing, Error::Config(m) if m.contains("no access token") && m.contains("INTERCOM_TOKEN")),
        "{missing}"
    );
    let basic = Client::builder()
        .credential(AuthScheme::BearerAuth, Credential::basic("user", "password"))
        .build()
        .unwrap_err();
    assert!(
        matches!(&basic, Error::Config(m) if m.contains("takes a token")),
        "{basic}"
    );
    assert!(matches!(
        Client::builder().bearer_token("line\nbreak").build(),
        Err(Error::Config(_))
    ));
}

#[tokio::test]
async fn credentials_never_appear_in_debug_output() {
    let builder = Client::builder()
        .bearer_token("s3cret-token")
        .credential(AuthScheme::BearerAuth, Credential::token("s3cret-scheme"));
    let client = builder.clone().build().expect("builds");
    let shown = format!(
        "{builder:?} {client:?} {:?} {:?}",
        Credential::token("s3cret-token"),
        Credential::basic("user", "s3cret-password")
    );
    assert!(!shown.contains("s3cret"), "{shown}");
    assert!(shown.contains("<redacted>"), "{shown}");
}
