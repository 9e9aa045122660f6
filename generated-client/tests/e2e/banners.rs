//! `Banners` operations, called with the spec's examples.

use crate::Calls;

/// Queues one call of every `Banners` operation (and pagination helper).
pub fn calls(calls: &mut Calls<'_>) {
    call!(calls, list_contact_banners("66a1f3c2b8e4d70012ab34cd"));
    call!(calls, dismiss_contact_banner("66a1f3c2b8e4d70012ab34cd", "908113"));
}
