//! `Emails` operations, called with the spec's examples.

use crate::Calls;

/// Queues one call of every `Emails` operation (and pagination helper).
pub fn calls(calls: &mut Calls<'_>) {
    call!(calls, list_emails());
    call!(calls, retrieve_email("31"));
}
