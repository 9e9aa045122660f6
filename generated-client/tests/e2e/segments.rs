//! `Segments` operations, called with the spec's examples.

use crate::Calls;

/// Queues one call of every `Segments` operation (and pagination helper).
pub fn calls(calls: &mut Calls<'_>) {
    call!(calls, list_segments(&Default::default()));
    call!(calls, retrieve_segment("66a1f4e6b8e4d70012ab3610"));
}
