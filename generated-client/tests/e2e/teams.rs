//! `Teams` operations, called with the spec's examples.

use serde_json::json;

use crate::{example, Calls};

/// Queues one call of every `Teams` operation (and pagination helper).
pub fn calls(calls: &mut Calls<'_>) {
    call!(calls, get_team_metrics("88412", &Default::default()));
    call!(calls, list_teams());
    call!(calls, retrieve_team("88412"));
    call!(calls, update_team_members(
        "88412",
        &example(json!({
            "admin_ids": [7301942, 7301955, 7301968],
            "admin_priority_level": {"primary_admin_ids": [7301942, 7301968], "secondary_admin_ids": [7301955]}
        }))
    ));
}
