//! `Contacts` operations, called with the spec's examples.

use serde_json::json;

use crate::{example, Calls};

/// Queues one call of every `Contacts` operation (and pagination helper).
pub fn calls(calls: &mut Calls<'_>) {
    call!(calls, list_companies_for_a_contact("66a1f3c2b8e4d70012ab34cd"));
    call!(calls, list_segments_for_a_contact("66a1f3c2b8e4d70012ab34cd"));
    call!(calls, list_subscriptions_for_a_contact("66a1f3c2b8e4d70012ab34cd"));
    call!(calls, list_tags_for_a_contact("66a1f3c2b8e4d70012ab34cd"));
    call!(calls, show_contact("66a1f3c2b8e4d70012ab34cd", &Default::default()));
    call!(calls, update_contact(
        "66a1f3c2b8e4d70012ab34cd",
        &example(json!({"name": "Tomás Reyes", "custom_attributes": {"loyalty_tier": "silver"}})),
        &Default::default()
    ));
    call!(calls, delete_contact("66a1f3c2b8e4d70012ab34cd"));
    call!(calls, merge_contact(
        &example(json!({"from": "66a1f3d9b8e4d70012ab34e2", "into": "66a1f3c2b8e4d70012ab34cd"})),
        &Default::default()
    ));
    call!(calls, preview_merge_contact(
        &example(json!({"from": "66a1f3d9b8e4d70012ab34e2", "into": "66a1f3c2b8e4d70012ab34cd"}))
    ));
    call!(calls, search_contacts(
        &example(json!({
            "query": {
                "operator": "AND",
                "value": [
                    {"field": "role", "operator": "=", "value": "user"},
                    {"field": "email_domain", "operator": "=", "value": "example.org"}
                ]
            },
            "pagination": {"per_page": 50},
            "sort": {"field": "created_at", "order": "descending"}
        })),
        &Default::default()
    ));
    paged!(calls, search_contacts_stream(
        &example(json!({
            "query": {
                "operator": "AND",
                "value": [
                    {"field": "role", "operator": "=", "value": "user"},
                    {"field": "email_domain", "operator": "=", "value": "example.org"}
                ]
            },
            "pagination": {"per_page": 50},
            "sort": {"field": "created_at", "order": "descending"}
        })),
        &Default::default()
    ));
    paged!(calls, search_contacts_pages(
        &example(json!({
            "query": {
                "operator": "AND",
                "value": [
                    {"field": "role", "operator": "=", "value": "user"},
                    {"field": "email_domain", "operator": "=", "value": "example.org"}
                ]
            },
            "pagination": {"per_page": 50},
            "sort": {"field": "created_at", "order": "descending"}
        })),
        &Default::default()
    ));
    call!(calls, list_contact_activities(&Default::default()));
    paged!(calls, list_contact_activities_stream(&Default::default()));
    paged!(calls, list_contact_activities_pages(&Default::default()));
    call!(calls, list_contacts(&Default::default()));
    paged!(calls, list_contacts_stream(&Default::default()));
    paged!(calls, list_contacts_pages(&Default::default()));
    call!(calls, create_contact(
        &example(json!({
            "role": "user",
            "external_id": "cust-20931",
            "email": "tomas.reyes@example.org",
            "name": "Tomás Reyes",
            "signed_up_at": 1767962400
        }))
    ));
    call!(calls, show_contact_by_external_id("cust-20931", &Default::default()));
    call!(calls, archive_contact("66a1f3c2b8e4d70012ab34cd"));
    call!(calls, unarchive_contact("66a1f3c2b8e4d70012ab34cd"));
    call!(calls, block_contact("66a1f3c2b8e4d70012ab34cd"));
    call!(calls, list_contact_merge_history("66a1f3c2b8e4d70012ab34cd", &Default::default()));
    call!(calls, bulk_update_contacts(
        &example(json!({
            "contacts": [
                {
                    "id": "66a1f3c2b8e4d70012ab34cd",
                    "name": "Tomás Reyes",
                    "tags": {"add": [{"id": "730122"}], "remove": [{"id": "730188"}]}
                },
                {"id": "66a1f3d9b8e4d70012ab34e2", "unsubscribed_from_emails": true}
            ]
        }))
    ));
    call!(calls, bulk_create_contacts(
        &example(json!({
            "contacts": [
                {
                    "external_id": "cust-20940",
                    "email": "niamh.walsh@example.org",
                    "name": "Niamh Walsh",
                    "role": "user",
                    "companies": [{"company_id": "nw-1042", "name": "Northwind Cycles"}],
                    "tags": {"add": [{"id": "730122"}]}
                },
                {
                    "external_id": "cust-20941",
                    "email": "oisin.kelly@example.org",
                    "role": "user"
                }
            ]
        }))
    ));
    call!(calls, bulk_delete_contacts(&example(json!({"contacts": [{"id": "66a1f3d9b8e4d70012ab34e2"}]}))));
    call!(calls, show_bulk_update_contacts_job("bulkjob_c_4f2a91"));
}
