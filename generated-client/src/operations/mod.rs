// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Client methods, one module per tag of the spec.

#[cfg(feature = "admins")]
mod admins;
#[cfg(feature = "ai_content")]
mod ai_content;
#[cfg(feature = "contacts")]
mod contacts;
#[cfg(feature = "conversation_parts")]
mod conversation_parts;
#[cfg(feature = "conversations")]
mod conversations;
#[cfg(feature = "custom_object_instances")]
mod custom_object_instances;
#[cfg(feature = "reporting_data_export")]
mod reporting_data_export;
#[cfg(feature = "ticket_states")]
mod ticket_states;
#[cfg(feature = "ticket_types")]
mod ticket_types;
#[cfg(feature = "tickets")]
mod tickets;
#[cfg(feature = "visitors")]
mod visitors;
