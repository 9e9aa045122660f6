//! `Brands` operations, called with the spec's examples.

use crate::Calls;

/// Queues one call of every `Brands` operation (and pagination helper).
pub fn calls(calls: &mut Calls<'_>) {
    call!(calls, list_brands());
    call!(calls, retrieve_brand("18840"));
}
