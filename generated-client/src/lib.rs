// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![cfg_attr(
    not(
        any(
            feature = "admins",
            feature = "ai_content",
            feature = "contacts",
            feature = "conversation_parts",
            feature = "conversations",
            feature = "custom_object_instances",
            feature = "reporting_data_export",
            feature = "ticket_states",
            feature = "ticket_types",
            feature = "tickets",
            feature = "visitors"
        )
    ),
    allow(
        dead_code,
        reason = "with no tag feature enabled, no operation uses the runtime"
    )
)]
mod config;
mod client;
mod codec;
mod error;
mod pagination;
mod request;
mod response;
mod wire;
mod operations;
pub mod types;
pub use client::{Client, ClientBuilder, RequestOptions, RetryPolicy};
pub use codec::{FileUpload, Nullable};
pub use config::Region;
pub use error::{ApiError, Error, ErrorBody, ErrorItem, Result};
pub use pagination::{Page, PageRequest};
pub use response::{RateLimit, Response};
pub use wire::{from_slice, from_str};
