// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Client methods, one module per tag of the spec.

#[cfg(feature = "admins")]
mod admins;
#[cfg(feature = "ai_content")]
mod ai_content;
#[cfg(feature = "articles")]
mod articles;
#[cfg(feature = "audiences")]
mod audiences;
#[cfg(feature = "away_status_reasons")]
mod away_status_reasons;
#[cfg(feature = "banners")]
mod banners;
#[cfg(feature = "brands")]
mod brands;
#[cfg(feature = "calls")]
mod calls;
#[cfg(feature = "companies")]
mod companies;
#[cfg(feature = "contacts")]
mod contacts;
#[cfg(feature = "content")]
mod content;
#[cfg(feature = "content_snippets")]
mod content_snippets;
#[cfg(feature = "conversation_participants")]
mod conversation_participants;
#[cfg(feature = "conversation_parts")]
mod conversation_parts;
#[cfg(feature = "conversations")]
mod conversations;
#[cfg(feature = "conversations_attributes")]
mod conversations_attributes;
#[cfg(feature = "custom_object_instances")]
mod custom_object_instances;
#[cfg(feature = "data_attributes")]
mod data_attributes;
#[cfg(feature = "data_connectors")]
mod data_connectors;
#[cfg(feature = "data_events")]
mod data_events;
#[cfg(feature = "data_export")]
mod data_export;
#[cfg(feature = "ecommerce_connectors")]
mod ecommerce_connectors;
#[cfg(feature = "emails")]
mod emails;
#[cfg(feature = "fin_agent")]
mod fin_agent;
#[cfg(feature = "folders")]
mod folders;
#[cfg(feature = "help_center")]
mod help_center;
#[cfg(feature = "identity_verification_secrets")]
mod identity_verification_secrets;
#[cfg(feature = "internal_articles")]
mod internal_articles;
#[cfg(feature = "jobs")]
mod jobs;
#[cfg(feature = "macros")]
mod macros;
#[cfg(feature = "messages")]
mod messages;
#[cfg(feature = "news")]
mod news;
#[cfg(feature = "notes")]
mod notes;
#[cfg(feature = "office_hours")]
mod office_hours;
#[cfg(feature = "procedures")]
mod procedures;
#[cfg(feature = "reporting_data_export")]
mod reporting_data_export;
#[cfg(feature = "segments")]
mod segments;
#[cfg(feature = "subscription_types")]
mod subscription_types;
#[cfg(feature = "switch")]
mod switch;
#[cfg(feature = "tags")]
mod tags;
#[cfg(feature = "teams")]
mod teams;
#[cfg(feature = "ticket_states")]
mod ticket_states;
#[cfg(feature = "ticket_type_attributes")]
mod ticket_type_attributes;
#[cfg(feature = "ticket_types")]
mod ticket_types;
#[cfg(feature = "tickets")]
mod tickets;
#[cfg(feature = "visitors")]
mod visitors;
#[cfg(feature = "workflows")]
mod workflows;
