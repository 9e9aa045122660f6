// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

#![doc = include_str!("../README.md")]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]
#![cfg_attr(
    not(
        any(
            feature = "admins",
            feature = "ai_content",
            feature = "articles",
            feature = "audiences",
            feature = "away_status_reasons",
            feature = "banners",
            feature = "brands",
            feature = "calls",
            feature = "companies",
            feature = "contacts",
            feature = "content",
            feature = "content_snippets",
            feature = "conversation_participants",
            feature = "conversation_parts",
            feature = "conversations",
            feature = "conversations_attributes",
            feature = "custom_object_instances",
            feature = "data_attributes",
            feature = "data_connectors",
            feature = "data_events",
            feature = "data_export",
            feature = "ecommerce_connectors",
            feature = "emails",
            feature = "fin_agent",
            feature = "folders",
            feature = "help_center",
            feature = "identity_verification_secrets",
            feature = "internal_articles",
            feature = "jobs",
            feature = "macros",
            feature = "messages",
            feature = "news",
            feature = "notes",
            feature = "office_hours",
            feature = "procedures",
            feature = "reporting_data_export",
            feature = "segments",
            feature = "subscription_types",
            feature = "switch",
            feature = "tags",
            feature = "teams",
            feature = "ticket_states",
            feature = "ticket_type_attributes",
            feature = "ticket_types",
            feature = "tickets",
            feature = "visitors",
            feature = "workflows"
        )
    ),
    allow(
        dead_code,
        reason = "with no tag feature enabled, no operation uses the runtime"
    )
)]
mod config;
mod auth;
mod call;
mod client;
mod codec;
mod decode;
mod error;
mod form;
mod hooks;
mod pagination;
mod request;
mod response;
mod send;
mod token;
mod unknown;
mod wire;
mod operations;
#[cfg(feature = "testing")]
pub mod testing;
pub mod types;
#[cfg(feature = "webhooks")]
mod signature;
#[cfg(feature = "webhooks")]
pub mod webhooks;
pub use auth::Credential;
pub use call::{Call, CallFuture, WithResponse};
pub use client::{Client, ClientBuilder, RequestOptions, RetryPolicy};
pub use codec::{FileUpload, Nullable};
pub use config::Region;
pub use config::AuthScheme;
pub use error::{ApiError, Error, ErrorBody, ErrorItem, Result};
pub use hooks::{AttemptOutcome, AttemptRequest, Hook, RetryNotice};
pub use pagination::{Page, PageRequest, Paginated};
pub use response::{RateLimit, Response};
pub use token::{TokenError, TokenFuture, TokenProvider};
pub use reqwest::header::HeaderMap;
pub use reqwest::StatusCode;

/// The HTTP client crate this one is built on, for [`ClientBuilder::http_client`].
pub use reqwest;
pub use decode::{from_slice, from_str};
pub use unknown::UnknownProperties;
