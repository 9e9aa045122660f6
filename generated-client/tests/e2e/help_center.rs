//! `Help Center` operations, called with the spec's examples.

use serde_json::json;

use crate::{example, Calls};

/// Queues one call of every `Help Center` operation (and pagination helper).
pub fn calls(calls: &mut Calls<'_>) {
    call!(calls, list_help_center_redirects("31", &Default::default()));
    paged!(calls, list_help_center_redirects_stream("31", &Default::default()));
    paged!(calls, list_help_center_redirects_pages("31", &Default::default()));
    call!(calls, create_help_center_redirect(
        "31",
        &example(json!({
            "from_url": "https://help.northwindcycles.example.com/en/old/brake-care",
            "locale": "en",
            "target_type": "article",
            "target_id": "9120451"
        }))
    ));
    call!(calls, retrieve_help_center_redirect("31", "2210"));
    call!(calls, delete_help_center_redirect("31", "2210"));
    call!(calls, list_all_collections());
    call!(calls, create_collection(
        &example(json!({
            "name": "E-bikes",
            "description": "Batteries, motors and range.",
            "help_center_id": 31
        }))
    ));
    call!(calls, retrieve_collection(4417203));
    call!(calls, update_collection(4417203, &example(json!({"name": "Care and maintenance"}))));
    call!(calls, delete_collection(4417203));
    call!(calls, retrieve_help_center(31));
    call!(calls, list_help_centers());
}
