//! `Folders` operations, called with the spec's examples.

use serde_json::json;

use crate::{example, Calls};

/// Queues one call of every `Folders` operation (and pagination helper).
pub fn calls(calls: &mut Calls<'_>) {
    call!(calls, list_folders(&Default::default()));
    paged!(calls, list_folders_stream(&Default::default()));
    paged!(calls, list_folders_pages(&Default::default()));
    call!(calls, create_folder(
        &example(json!({"folder": {"name": "E-bike support", "emoji": "⚡", "parent_folder_id": 512}}))
    ));
    call!(calls, retrieve_folder(512));
    call!(calls, update_folder(512, &example(json!({"folder": {"name": "Workshop guides"}}))));
    call!(calls, delete_folder(521));
}
