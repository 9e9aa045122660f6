//! Lossless round trips and visible leniency: every generated struct keeps the properties its
//! schema does not describe (in the order received) and sends them back; unknown properties
//! never make a wrong object right; each leniency rule that fires is one `tracing` event
//! under `intercom_client::decode` naming the type, the property and the rule.
#![cfg(all(feature = "contacts", feature = "tickets"))]

use std::sync::{Arc, Mutex};

use intercom_client::types::{Contact, ErrorErrorsItem, Ticket, UpdateContactRequest};
use intercom_client::{Client, UnknownProperties};
use serde_json::json;
use tracing::field::{Field, Visit};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[test]
fn a_response_keeps_the_properties_its_schema_does_not_describe_in_order() {
    let contact: Contact = intercom_client::from_str(
        r#"{"type": "contact", "id": "c1", "zeta": {"nested": [1, 2]}, "email": "a@example.com",
            "alpha": null, "mid": "x"}"#,
    )
    .unwrap();
    assert_eq!(contact.id.as_deref(), Some("c1"));
    assert_eq!(contact.email.as_deref(), Some("a@example.com"));
    let names: Vec<&str> = contact.unknown_properties.iter().map(|(name, _)| name).collect();
    assert_eq!(names, ["zeta", "alpha", "mid"]);
    assert_eq!(
        contact.unknown_properties.get("zeta"),
        Some(&json!({"nested": [1, 2]}))
    );
    assert_eq!(contact.unknown_properties.get("alpha"), Some(&json!(null)));
    assert_eq!(contact.unknown_properties.get("email"), None, "known ones are fields");
}

#[test]
fn nothing_unknown_allocates_nothing_and_new_starts_empty() {
    let contact: Contact = intercom_client::from_str(r#"{"type": "contact", "id": "c1"}"#).unwrap();
    assert!(contact.unknown_properties.is_empty());
    assert_eq!(contact.unknown_properties, UnknownProperties::new());
    assert!(UpdateContactRequest::new().unknown_properties.is_empty());
    assert_eq!(
        std::mem::size_of::<UnknownProperties>(),
        std::mem::size_of::<usize>()
    );
    assert_eq!(format!("{:?}", UnknownProperties::new()), "{}");
}

#[test]
fn a_request_sends_back_what_it_was_received_with_and_what_the_caller_adds() {
    let mut request: UpdateContactRequest = intercom_client::from_str(
        r#"{"email": "a@example.com", "pronouns": "they/them", "tier": 3}"#,
    )
    .unwrap();
    request.unknown_properties.insert("beta_flag", true);
    assert_eq!(
        serde_json::to_string(&request).unwrap(),
        r#"{"email":"a@example.com","pronouns":"they/them","tier":3,"beta_flag":true}"#
    );
}

#[tokio::test]
async fn get_change_update_drops_nothing_a_newer_api_added() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/contacts/c1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "type": "contact", "id": "c1", "email": "new@example.com", "pronouns": "she/her"
        })))
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::builder()
        .token("token")
        .base_url(server.uri())
        .build()
        .unwrap();
    let mut update: UpdateContactRequest =
        intercom_client::from_str(r#"{"email": "old@example.com", "pronouns": "she/her"}"#)
            .unwrap();
    update.email = Some("new@example.com".to_string());
    let params = intercom_client::types::UpdateContactParams::default();
    let updated = client.update_contact("c1", &update, &params).await.unwrap();
    assert_eq!(updated.unknown_properties.get("pronouns"), Some(&json!("she/her")));
    let sent = &server.received_requests().await.unwrap()[0];
    let body: serde_json::Value = serde_json::from_slice(&sent.body).unwrap();
    assert_eq!(body, json!({"email": "new@example.com", "pronouns": "she/her"}));
}

#[cfg(feature = "serialize-responses")]
#[test]
fn a_response_type_encodes_its_unknown_properties_back() {
    let text = r#"{"type":"contact","id":"c1","zeta":[1],"alpha":{"b":true}}"#;
    let contact: Contact = intercom_client::from_str(text).unwrap();
    assert_eq!(serde_json::to_string(&contact).unwrap(), text);
}

#[test]
fn unknown_properties_never_make_a_wrong_object_right() {
    // None of the ticket's properties: some other object, however many unknown ones it has.
    let error = intercom_client::from_str::<Ticket>(r#"{"name": "Maeve", "email": "m@x"}"#)
        .unwrap_err()
        .to_string();
    assert!(error.contains("an object with none of its properties"), "{error}");
    // A contradicting pinned `type` stays an error beside unknown properties.
    let error = intercom_client::from_str::<Ticket>(r#"{"type": "admin", "id": "1", "extra": 1}"#)
        .unwrap_err()
        .to_string();
    assert!(error.contains("received type \"admin\""), "{error}");
    // An object that is not an error item is not one because it has properties.
    assert!(intercom_client::from_str::<ErrorErrorsItem>(r#"{"unrelated": 1}"#).is_err());
}

/// A decode event's fields: (type_name, property, rule, value).
type DecodeEvent = (String, String, String, String);

/// The decode events a closure emitted.
fn decode_events(run: impl FnOnce()) -> Vec<DecodeEvent> {
    let events = Arc::new(Mutex::new(Vec::new()));
    let subscriber = Capture(Arc::clone(&events));
    tracing::subscriber::with_default(subscriber, run);
    let events = events.lock().unwrap().clone();
    events
}

/// A subscriber that keeps the events of `intercom_client::decode`.
struct Capture(Arc<Mutex<Vec<DecodeEvent>>>);

#[derive(Default)]
struct Fields {
    type_name: String,
    property: String,
    rule: String,
    value: String,
}

impl Visit for Fields {
    fn record_str(&mut self, field: &Field, value: &str) {
        self.record(field, value.to_string());
    }

    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.record(field, format!("{value:?}"));
    }
}

impl Fields {
    fn record(&mut self, field: &Field, value: String) {
        match field.name() {
            "type_name" => self.type_name = value,
            "property" => self.property = value,
            "rule" => self.rule = value,
            "value" => self.value = value,
            _ => {}
        }
    }
}

impl tracing::Subscriber for Capture {
    fn enabled(&self, metadata: &tracing::Metadata<'_>) -> bool {
        metadata.target() == "intercom_client::decode"
    }

    fn new_span(&self, _: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        tracing::span::Id::from_u64(1)
    }

    fn record(&self, _: &tracing::span::Id, _: &tracing::span::Record<'_>) {}

    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}

    fn event(&self, event: &tracing::Event<'_>) {
        assert_eq!(*event.metadata().level(), tracing::Level::DEBUG);
        let mut fields = Fields::default();
        event.record(&mut fields);
        self.0
            .lock()
            .unwrap()
            .push((fields.type_name, fields.property, fields.rule, fields.value));
    }

    fn enter(&self, _: &tracing::span::Id) {}

    fn exit(&self, _: &tracing::span::Id) {}
}

fn event(type_name: &str, property: &str, rule: &str, value: &str) -> DecodeEvent {
    (
        type_name.to_string(),
        property.to_string(),
        rule.to_string(),
        value.to_string(),
    )
}

#[test]
fn each_leniency_rule_that_fires_is_one_event_naming_type_property_and_rule() {
    let events = decode_events(|| {
        let _: intercom_client::types::Error = intercom_client::from_str(
            r#"{"type": "error.list", "request_id": 7,
                "errors": [{"message": "no code"}, {"code": null}, {"code": 404}]}"#,
        )
        .unwrap();
        let _: Ticket = intercom_client::from_str(
            r#"{"type": "ticket", "id": "1", "category": "Brand-new", "admin_assignee_id": "15",
                "open": "true", "created_at": 1700000000.0, "unknown": "kept, not a rule"}"#,
        )
        .unwrap();
    });
    assert_eq!(
        events,
        [
            event("Error", "request_id", "to_text", "7"),
            event("ErrorErrorsItem", "code", "missing_required", ""),
            event("ErrorErrorsItem", "code", "null_defaulted", "null"),
            event("ErrorErrorsItem", "code", "to_text", "404"),
            event("Ticket", "category", "unknown_enum_value", "\"Brand-new\""),
            event("Ticket", "admin_assignee_id", "text_to_number", "\"15\""),
            event("Ticket", "open", "text_to_boolean", "\"true\""),
            event("Ticket", "created_at", "whole_float_to_integer", "1700000000"),
        ]
    );
}

#[test]
fn a_clean_body_and_a_failed_decode_emit_nothing() {
    let events = decode_events(|| {
        let _: Ticket =
            intercom_client::from_str(r#"{"type": "ticket", "id": "1", "open": true}"#).unwrap();
        // The coercion fired before the wrong `type` failed the decode: not reported.
        assert!(intercom_client::from_str::<Ticket>(r#"{"open": "true", "type": "admin"}"#)
            .is_err());
    });
    assert_eq!(events, []);
}

#[cfg(feature = "custom_object_instances")]
#[test]
fn the_rules_an_alternative_the_union_rejects_fired_are_not_reported() {
    use intercom_client::types::ListCustomObjectInstancesResponse;
    // The page is tried first: its `total_count` is converted from text (a rule), then its
    // pinned `type: list` rejects the object. The instance takes it, converting its `id`.
    let events = decode_events(|| {
        let value: ListCustomObjectInstancesResponse =
            intercom_client::from_str(r#"{"type": "Order", "id": 15, "total_count": "3"}"#).unwrap();
        assert!(matches!(
            value,
            ListCustomObjectInstancesResponse::Instance(_)
        ));
    });
    assert_eq!(events, [event("CustomObjectInstance", "id", "to_text", "15")]);
}

#[cfg(all(feature = "teams", feature = "conversations"))]
#[test]
fn encoding_writes_set_fields_required_ones_always_and_unknown_properties_last() {
    use intercom_client::types::{
        AdminPriorityLevelRequest, AdminReplyConversationRequest, AdminReplyRequestMessageType,
    };
    use intercom_client::Nullable;

    // A three-state field: absent, `null` and a value are three different bodies.
    let absent = AdminPriorityLevelRequest::new();
    assert_eq!(serde_json::to_string(&absent).unwrap(), "{}");
    let cleared = AdminPriorityLevelRequest::new().primary_admin_ids(Nullable::Null);
    assert_eq!(
        serde_json::to_string(&cleared).unwrap(),
        r#"{"primary_admin_ids":null}"#
    );
    let set = AdminPriorityLevelRequest::new().secondary_admin_ids(vec![7]);
    assert_eq!(
        serde_json::to_string(&set).unwrap(),
        r#"{"secondary_admin_ids":[7]}"#
    );

    // The pinned `type` and the required fields always; an optional one once set; unknown
    // properties after the known ones, in the order they were added.
    let mut reply = AdminReplyConversationRequest::new(AdminReplyRequestMessageType::Note, "991");
    assert_eq!(
        serde_json::to_value(&reply).unwrap(),
        json!({"type": "admin", "message_type": "note", "admin_id": "991"})
    );
    reply.body = Some("Looking into it".to_owned());
    reply.unknown_properties.insert("z_first", 1);
    reply.unknown_properties.insert("a_second", 2);
    let text = serde_json::to_string(&reply).unwrap();
    assert!(
        text.ends_with(r#""body":"Looking into it","z_first":1,"a_second":2}"#),
        "{text}"
    );
}
