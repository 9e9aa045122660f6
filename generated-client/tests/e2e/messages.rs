//! `Messages` operations, called with the spec's examples.

use serde_json::json;

use crate::{example, Calls};

/// Queues one call of every `Messages` operation (and pagination helper).
pub fn calls(calls: &mut Calls<'_>) {
    call!(calls, create_message(
        &example(json!({
            "message_type": "email",
            "subject": "Your service is booked",
            "body": "<p>Hi Jonah, we will see you and your bike on Thursday at 10:00.</p>",
            "template": "personal",
            "from": {"type": "admin", "id": 7301942},
            "to": {"type": "user", "id": "66a1f3c2b8e4d70012ab34cd"}
        }))
    ));
    call!(calls, get_whats_app_message_status("5528301", &Default::default()));
    paged!(calls, get_whats_app_message_status_stream("5528301", &Default::default()));
    paged!(calls, get_whats_app_message_status_pages("5528301", &Default::default()));
    call!(calls, retrieve_whats_app_message_status("wamid.HBgMMzUzODcxMjM0NTk5FQIAERgSQjk0RkQzQTFDMDlFNkIyQ0RF"));
}
