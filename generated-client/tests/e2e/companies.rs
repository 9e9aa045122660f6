//! `Companies` operations, called with the spec's examples.

use serde_json::json;

use crate::{example, Calls};

/// Queues one call of every `Companies` operation (and pagination helper).
pub fn calls(calls: &mut Calls<'_>) {
    call!(calls, retrieve_company(&Default::default()));
    paged!(calls, retrieve_company_stream(&Default::default()));
    paged!(calls, retrieve_company_pages(&Default::default()));
    call!(calls, create_or_update_company(
        &example(json!({
            "company_id": "nw-1042",
            "name": "Northwind Cycles",
            "plan": "Fleet",
            "size": 42,
            "website": "https://northwind-cycles.example.com",
            "industry": "Bicycle rental",
            "custom_attributes": {"region": "west"},
            "monthly_spend": 1900,
            "remote_created_at": 1735689600
        }))
    ));
    call!(calls, retrieve_a_company_by_id("66a1f40ab8e4d70012ab3501"));
    call!(calls, update_company("66a1f40ab8e4d70012ab3501"));
    call!(calls, delete_company("66a1f40ab8e4d70012ab3501"));
    call!(calls, list_attached_contacts("66a1f40ab8e4d70012ab3501"));
    call!(calls, list_attached_segments_for_companies("66a1f40ab8e4d70012ab3501"));
    call!(calls, search_companies(
        &example(json!({
            "query": {"field": "monthly_spend", "operator": ">", "value": 1000},
            "pagination": {"per_page": 20},
            "sort": {"field": "name", "order": "ascending"}
        }))
    ));
    paged!(calls, search_companies_stream(
        &example(json!({
            "query": {"field": "monthly_spend", "operator": ">", "value": 1000},
            "pagination": {"per_page": 20},
            "sort": {"field": "name", "order": "ascending"}
        }))
    ));
    paged!(calls, search_companies_pages(
        &example(json!({
            "query": {"field": "monthly_spend", "operator": ">", "value": 1000},
            "pagination": {"per_page": 20},
            "sort": {"field": "name", "order": "ascending"}
        }))
    ));
    call!(calls, list_all_companies(&Default::default()));
    paged!(calls, list_all_companies_stream(&Default::default()));
    paged!(calls, list_all_companies_pages(&Default::default()));
    call!(calls, scroll_over_all_companies(&Default::default()));
    call!(calls, attach_contact_to_a_company(
        "66a1f3c2b8e4d70012ab34cd",
        &example(json!({"id": "66a1f40ab8e4d70012ab3501"}))
    ));
    call!(calls, detach_contact_from_a_company("66a1f3c2b8e4d70012ab34cd", "66a1f40ab8e4d70012ab3501"));
    call!(calls, bulk_update_companies(
        &example(json!({
            "companies": [
                {"id": "66a1f40ab8e4d70012ab3501", "plan": "Fleet plus"},
                {"id": "66a1f41cb8e4d70012ab3507", "size": 9}
            ],
            "job": {"id": "bulkjob_co_7d13e5"}
        }))
    ));
    call!(calls, bulk_create_companies(
        &example(json!({
            "companies": [
                {"company_id": "nw-1042", "name": "Northwind Cycles", "plan": "Fleet"},
                {
                    "company_id": "nw-1043",
                    "name": "Harbour Ebikes",
                    "size": 8,
                    "update_last_request_at": true
                }
            ]
        }))
    ));
    call!(calls, bulk_delete_companies(&example(json!({"companies": [{"id": "66a1f41cb8e4d70012ab3507"}]}))));
    call!(calls, show_bulk_companies_job("bulkjob_co_7d13e5"));
}
