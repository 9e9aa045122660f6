//! `Macros` operations, called with the spec's examples.

use crate::Calls;

/// Queues one call of every `Macros` operation (and pagination helper).
pub fn calls(calls: &mut Calls<'_>) {
    call!(calls, list_macros(&Default::default()));
    paged!(calls, list_macros_stream(&Default::default()));
    paged!(calls, list_macros_pages(&Default::default()));
    call!(calls, get_macro("20411"));
}
