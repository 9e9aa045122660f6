//! `Workflows` operations, called with the spec's examples.

use crate::Calls;

/// Queues one call of every `Workflows` operation (and pagination helper).
pub fn calls(calls: &mut Calls<'_>) {
    call!(calls, export_workflow("38214"));
}
