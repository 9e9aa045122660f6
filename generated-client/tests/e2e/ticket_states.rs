//! `Ticket States` operations, called with the spec's examples.

use crate::Calls;

/// Queues one call of every `Ticket States` operation (and pagination helper).
pub fn calls(calls: &mut Calls<'_>) {
    call!(calls, list_ticket_states());
}
