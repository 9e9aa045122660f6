//! Receiving webhook notifications: the `X-Hub-Signature` check (signatures computed with
//! Python's `hmac` module, an independent implementation), and the typed envelope with its
//! topic and item, unknown topics and item kinds kept.
#![cfg(feature = "webhooks")]

use intercom_client::types::{NotificationItem, NotificationTopic};
use intercom_client::webhooks::{
    receive_notification, verify_notification, WebhookError, NOTIFICATION_SIGNATURE_HEADER,
};
use intercom_client::HeaderMap;

const SECRET: &str = "client-secret-for-tests";

const CONVERSATION: &str = r#"{"type":"notification_event","app_id":"ecahpwf5","data":{"type":"notification_event_data","item":{"type":"conversation","id":"147","created_at":1717000000,"state":"open","open":true}},"links":{},"id":"notif_7a1c3e58","topic":"conversation.user.created","delivery_status":"pending","delivery_attempts":1,"delivered_at":0,"first_sent_at":1717000002,"created_at":1717000000,"self":null}"#;
const CONVERSATION_SIGNATURE: &str = "sha1=fa8adb326d5769c1eb61b4e67b53f2acfddd4ea0";

const PING: &str = r#"{"type":"notification_event","id":"notif_ping","topic":"ping","app_id":"ecahpwf5","data":{"type":"notification_event_data","item":{"type":"ping","message":"Hello from Intercom"}},"delivery_attempts":1,"created_at":1717000000}"#;
const PING_SIGNATURE: &str = "sha1=d9d952d7e4e25c7ef3cf5617568d94d1bf3f3d8a";

const NEW_TOPIC: &str = r#"{"type":"notification_event","id":"notif_new","topic":"calendar.event.created","app_id":"ecahpwf5","data":{"type":"notification_event_data","item":{"type":"calendar_event","id":"9","starts_at":1717003600}},"created_at":1717000000}"#;
const NEW_TOPIC_SIGNATURE: &str = "sha1=1358da120a215826d788e5f2ddffd3fc3b5132e1";

fn headers(signature: &str) -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert(NOTIFICATION_SIGNATURE_HEADER, signature.parse().expect("header value"));
    headers
}

#[test]
fn a_signed_notification_is_verified_and_decoded() {
    let event = receive_notification(SECRET, &headers(CONVERSATION_SIGNATURE), CONVERSATION.as_bytes())
        .expect("a genuine delivery");
    assert_eq!(event.id, "notif_7a1c3e58");
    assert_eq!(event.topic, NotificationTopic::ConversationUserCreated);
    assert_eq!(event.topic.as_str(), "conversation.user.created");
    assert_eq!(event.app_id.as_deref(), Some("ecahpwf5"));
    assert_eq!(event.created_at, Some(1_717_000_000));
    assert_eq!(event.first_sent_at, Some(1_717_000_002));
    assert_eq!(event.delivery_attempts, Some(1));
    let item = event.data.and_then(|data| data.item).expect("an item");
    let NotificationItem::Conversation(conversation) = item else {
        panic!("a conversation, not {item:?}");
    };
    assert_eq!(conversation.id.as_deref(), Some("147"));
}

#[test]
fn pings_and_unknown_topics_and_items_are_kept() {
    let ping = receive_notification(SECRET, &headers(PING_SIGNATURE), PING.as_bytes()).expect("ping");
    assert_eq!(ping.topic, NotificationTopic::Ping);
    match ping.data.and_then(|data| data.item) {
        Some(NotificationItem::NotificationPing(ping)) => {
            assert_eq!(ping.message.as_deref(), Some("Hello from Intercom"));
        }
        other => panic!("a ping, not {other:?}"),
    }

    let new = receive_notification(SECRET, &headers(NEW_TOPIC_SIGNATURE), NEW_TOPIC.as_bytes())
        .expect("a topic this SDK does not know yet");
    assert_eq!(new.topic.as_str(), "calendar.event.created");
    assert!(matches!(&new.topic, NotificationTopic::Unknown(topic) if topic == "calendar.event.created"));
    match new.data.and_then(|data| data.item) {
        Some(NotificationItem::Unknown(item)) => assert_eq!(item["type"], "calendar_event"),
        other => panic!("kept as JSON, not {other:?}"),
    }
}

#[test]
fn forged_changed_and_unsigned_deliveries_are_refused() {
    let body = CONVERSATION.as_bytes();
    assert!(verify_notification(SECRET, Some(CONVERSATION_SIGNATURE), body).is_ok());
    assert!(matches!(
        verify_notification("another-secret", Some(CONVERSATION_SIGNATURE), body),
        Err(WebhookError::SignatureMismatch { header: "X-Hub-Signature" })
    ));
    let changed = CONVERSATION.replace("\"147\"", "\"148\"");
    assert!(matches!(
        receive_notification(SECRET, &headers(CONVERSATION_SIGNATURE), changed.as_bytes()),
        Err(WebhookError::SignatureMismatch { .. })
    ));
    assert!(matches!(
        receive_notification(SECRET, &HeaderMap::new(), body),
        Err(WebhookError::MissingSignature { header: "X-Hub-Signature" })
    ));
    let sha256 = CONVERSATION_SIGNATURE.replace("sha1=", "sha256=");
    let error = receive_notification(SECRET, &headers(&sha256), body).expect_err("wrong prefix");
    assert!(matches!(error, WebhookError::MalformedSignature { .. }), "{error}");
    assert!(error.to_string().contains("sha1=<hex>"), "{error}");
}

#[test]
fn a_genuine_delivery_that_is_not_a_notification_is_a_decode_error() {
    // Signed with the right secret (RFC 2202's HMAC-SHA1 test vector, key `Jefe`), but not JSON.
    let body = b"what do ya want for nothing?";
    let signature = "sha1=effcdf6ae5eb2fa2d27416d5f184df9c259a7c79";
    let error = receive_notification("Jefe", &headers(signature), body).expect_err("not JSON");
    assert!(matches!(error, WebhookError::Decode(_)), "{error}");
    assert!(std::error::Error::source(&error).is_some());
}
