//! `Away Status Reasons` operations, called with the spec's examples.

use crate::Calls;

/// Queues one call of every `Away Status Reasons` operation (and pagination helper).
pub fn calls(calls: &mut Calls<'_>) {
    call!(calls, list_away_status_reasons());
}
