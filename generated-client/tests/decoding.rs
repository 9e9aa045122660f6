//! Lenient decoding forgives per field and never turns a wrong object into a right one: a
//! contradicting pinned `type` and an object with none of a type's properties are decode
//! errors naming the operation, the expected type and what arrived; everything the README's
//! leniency rules allow still decodes, and unions still choose by best fit.
#![cfg(all(feature = "tickets", feature = "custom_object_instances"))]

use intercom_client::types::{ListCustomObjectInstancesResponse, Ticket, TicketCategory};
use intercom_client::{Client, Error};
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn admin_json() -> serde_json::Value {
    json!({"type": "admin", "id": "7301942", "email": "maeve.donnelly@example.com", "name": "Maeve"})
}

async fn get_ticket_answering(body: serde_json::Value) -> intercom_client::Result<Ticket> {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/tickets/42"))
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::builder()
        .token("token")
        .base_url(server.uri())
        .build()
        .expect("client builds");
    client.get_ticket("42").await
}

#[tokio::test]
async fn an_admin_where_a_ticket_is_expected_is_a_decode_error() {
    let error = get_ticket_answering(admin_json()).await.unwrap_err();
    let Error::Decode {
        operation_id,
        message,
        status,
        ..
    } = &error
    else {
        panic!("expected a decode error, got {error:?}");
    };
    assert_eq!(*operation_id, "getTicket");
    assert_eq!(*status, 200);
    assert!(
        message.starts_with("expected a ticket (`Ticket`), received type \"admin\""),
        "{message}"
    );
    let shown = error.to_string();
    assert!(shown.contains("`getTicket`"), "{shown}");
    assert!(
        shown.contains("expected a ticket (`Ticket`), received type \"admin\""),
        "{shown}"
    );
}

#[tokio::test]
async fn an_object_with_none_of_the_ticket_properties_is_a_decode_error() {
    let error = get_ticket_answering(json!({})).await.unwrap_err();
    assert!(
        error
            .to_string()
            .contains("`getTicket` at `.`: expected a ticket (`Ticket`), received an empty object"),
        "{error}"
    );
    let error = get_ticket_answering(json!({"job": "x", "status": "done"}))
        .await
        .unwrap_err();
    assert!(
        error.to_string().contains(
            "expected a ticket (`Ticket`), received an object with none of its properties (`job`, `status`)"
        ),
        "{error}"
    );
}

#[tokio::test]
async fn a_wrong_object_inside_a_ticket_is_located() {
    let mut ticket = json!({"type": "ticket", "id": "918"});
    ticket["ticket_state"] = admin_json();
    let error = get_ticket_answering(ticket).await.unwrap_err();
    let Error::Decode { path, message, .. } = &error else {
        panic!("expected a decode error, got {error:?}");
    };
    assert_eq!(path, "ticket_state");
    assert!(
        message.starts_with("expected a ticket_state (`TicketState`), received type \"admin\""),
        "{message}"
    );
}

#[tokio::test]
async fn leniency_rules_still_apply_field_by_field() {
    // `id` (required) missing, `null` for the required `type`, a number as a string, an
    // unknown enum value and an unknown property: all forgiven.
    let ticket = get_ticket_answering(json!({
        "type": null,
        "ticket_id": 57,
        "category": "Field work",
        "admin_assignee_id": "7301942",
        "added_later": {"a": 1}
    }))
    .await
    .expect("a ticket with forgiven fields decodes");
    assert_eq!(ticket.id, None);
    assert_eq!(ticket.type_, None);
    assert_eq!(ticket.ticket_id.as_deref(), Some("57"));
    assert_eq!(ticket.admin_assignee_id, Some(7301942));
    assert_eq!(
        ticket.category,
        Some(TicketCategory::Unknown("Field work".to_string()))
    );
}

#[test]
fn null_where_an_object_is_expected_is_its_default() {
    let ticket: Ticket = intercom_client::from_str("null").expect("null decodes");
    assert_eq!(ticket.id, None);
    let ticket: Ticket = intercom_client::from_str(r#"{"type":"ticket","ticket_state":null}"#)
        .expect("null for a nested object decodes");
    assert!(ticket.ticket_state.is_none());
}

#[test]
fn a_non_string_type_is_rejected() {
    let error = intercom_client::from_str::<Ticket>(r#"{"type": 7, "id": "1"}"#).unwrap_err();
    assert!(
        error.to_string().contains("the object's type as a string"),
        "{error}"
    );
}

#[test]
fn a_union_alternative_that_rejects_falls_through_to_the_next() {
    // Both alternatives fit equally well; the page (spec order first) pins `type: list`, so
    // it rejects this object and the instance takes it.
    let value: ListCustomObjectInstancesResponse =
        intercom_client::from_str(r#"{"type": "Order", "id": "15", "data": []}"#).unwrap();
    match value {
        ListCustomObjectInstancesResponse::Instance(instance) => {
            assert_eq!(instance.id.as_deref(), Some("15"));
            assert_eq!(instance.type_.as_deref(), Some("Order"));
        }
        other => panic!("expected the instance, got {other:?}"),
    }
    let page: ListCustomObjectInstancesResponse =
        intercom_client::from_str(r#"{"type": "list", "data": [], "id": "15"}"#).unwrap();
    assert!(matches!(
        page,
        ListCustomObjectInstancesResponse::InstancesPaginatedList(_)
    ));
}

#[test]
fn a_value_no_alternative_takes_keeps_its_raw_json() {
    let raw = json!({"job_id": "7", "state": "running"});
    let value: ListCustomObjectInstancesResponse =
        intercom_client::from_str(&raw.to_string()).unwrap();
    match value {
        ListCustomObjectInstancesResponse::Unknown(kept) => assert_eq!(kept, raw),
        other => panic!("expected Unknown, got {other:?}"),
    }
}
