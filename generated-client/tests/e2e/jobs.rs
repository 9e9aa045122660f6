//! `Jobs` operations, called with the spec's examples.

use crate::Calls;

/// Queues one call of every `Jobs` operation (and pagination helper).
pub fn calls(calls: &mut Calls<'_>) {
    call!(calls, jobs_status("4471"));
}
