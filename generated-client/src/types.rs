// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Request and response types (generated from the spec's schemas).

/// The body of every failed request: a list of one or more errors, each with a machine-readable code.
///
/// Schema: `#/components/schemas/error`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct Error {
    /// Always `error.list`.
    #[cfg_attr(feature = "serialize-responses", serde(rename = "type"))]
    pub type_: String,
    /// Identifier of the failed request, useful when contacting Intercom support.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub request_id: Option<String>,
    /// The errors that caused the request to fail.
    pub errors: Vec<ErrorErrorsItem>,
}

crate::wire::object!(Error { type_("type"), request_id, errors });

/// A teammate together with the workspace (app) the access token belongs to.
///
/// Schema: `#/components/schemas/admin_with_app`
#[cfg(feature = "admins")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct AdminWithApp {
    /// Always `admin`.
    #[cfg_attr(feature = "serialize-responses", serde(rename = "type"))]
    pub type_: String,
    /// Intercom's identifier of the admin.
    pub id: String,
    /// The admin's full name.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub name: Option<String>,
    /// The admin's email address.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub email: Option<String>,
    /// The admin's job title.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub job_title: Option<String>,
    /// Whether the admin is currently set to away in the Inbox.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub away_mode_enabled: Option<bool>,
    /// Whether new conversations are reassigned to the default inbox while the admin is away.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub away_mode_reassign: Option<bool>,
    /// Whether the admin holds a paid Inbox seat.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub has_inbox_seat: Option<bool>,
    /// Identifiers of the teams the admin belongs to.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub team_ids: Option<Vec<i64>>,
    /// The admin's avatar.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub avatar: Option<AdminWithAppAvatar>,
    /// Whether the admin has verified their email address.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub email_verified: Option<bool>,
    /// The role assigned to the admin, when there is one.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub role: Option<AdminWithAppRole>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub app: Option<App>,
}

#[cfg(feature = "admins")]
crate::wire::object!(
    AdminWithApp { type_("type"), id, name, email, job_title, away_mode_enabled,
    away_mode_reassign, has_inbox_seat, team_ids, avatar, email_verified, role, app }
);

/// An Intercom workspace, called an app in the API.
///
/// Schema: `#/components/schemas/app`
#[cfg(feature = "admins")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct App {
    /// Always `app`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<String>,
    /// The workspace's id code.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub id_code: Option<String>,
    /// The workspace's name.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub name: Option<String>,
    /// The Intercom region hosting the workspace.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub region: Option<String>,
    /// The workspace's time zone.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub timezone: Option<String>,
    /// When the workspace was created, as a Unix timestamp.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub created_at: Option<i64>,
    /// Whether the workspace enforces identity verification for the Messenger.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub identity_verification: Option<bool>,
}

#[cfg(feature = "admins")]
crate::wire::object!(
    App { type_("type"), id_code, name, region, timezone, created_at,
    identity_verification }
);

/// A state a ticket can be in, with its category and its labels for teammates and customers.
///
/// Schema: `#/components/schemas/ticket_state`
#[cfg(
    any(
        feature = "conversations",
        feature = "ticket_states",
        feature = "ticket_types",
        feature = "tickets"
    )
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct TicketState {
    /// Always `ticket_state`.
    #[cfg_attr(feature = "serialize-responses", serde(rename = "type"))]
    pub type_: String,
    /// Intercom's identifier of the ticket state.
    pub id: String,
    /// The category the state belongs to.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub category: Option<TicketStateCategory>,
    /// The label teammates see in Intercom.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub internal_label: Option<String>,
    /// The label customers see in the Messenger, emails and the help center.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub external_label: Option<String>,
}

#[cfg(
    any(
        feature = "conversations",
        feature = "ticket_states",
        feature = "ticket_types",
        feature = "tickets"
    )
)]
crate::wire::object!(
    TicketState { type_("type"), id, category, internal_label, external_label }
);

/// Ticket state with ticket types
///
/// A ticket state together with its archived flag and the ticket types that use it.
///
/// Schema: `#/components/schemas/ticket_state_detailed`
#[cfg(feature = "ticket_states")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct TicketStateDetailed {
    /// Always `ticket_state`.
    #[cfg_attr(feature = "serialize-responses", serde(rename = "type"))]
    pub type_: String,
    /// Intercom's identifier of the ticket state.
    pub id: String,
    /// The category the state belongs to.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub category: Option<TicketStateDetailedCategory>,
    /// The label teammates see in Intercom.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub internal_label: Option<String>,
    /// The label customers see.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub external_label: Option<String>,
    /// Whether the state has been archived.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub archived: Option<bool>,
    /// The ticket types this state is available on.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub ticket_types: Option<TicketStateDetailedTicketTypes>,
}

#[cfg(feature = "ticket_states")]
crate::wire::object!(
    TicketStateDetailed { type_("type"), id, category, internal_label, external_label,
    archived, ticket_types }
);

/// Ticket states
///
/// The ticket states of a workspace.
///
/// Schema: `#/components/schemas/ticket_state_list`
#[cfg(feature = "ticket_states")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct TicketStateList {
    /// Always `list`.
    #[cfg_attr(feature = "serialize-responses", serde(rename = "type"))]
    pub type_: String,
    /// The ticket states.
    pub data: Vec<TicketStateDetailed>,
}

#[cfg(feature = "ticket_states")]
crate::wire::object!(TicketStateList { type_("type"), data });

/// A template for tickets that sets their category, icon, attributes and available states.
///
/// Schema: `#/components/schemas/ticket_type`
#[cfg(
    any(
        feature = "conversations",
        feature = "ticket_states",
        feature = "ticket_types",
        feature = "tickets"
    )
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct TicketType {
    /// Always `ticket_type`.
    #[cfg_attr(feature = "serialize-responses", serde(rename = "type"))]
    pub type_: String,
    /// Intercom's identifier of the ticket type.
    pub id: String,
    /// The category of tickets of this type.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub category: Option<TicketTypeCategory>,
    /// The ticket type's name.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub name: Option<String>,
    /// What the ticket type is used for.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub description: Option<String>,
    /// An emoji shown next to tickets of this type.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub icon: Option<String>,
    /// The id code of the workspace the ticket type belongs to.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub workspace_id: Option<String>,
    /// Whether tickets of this type are for internal use only and hidden from customers.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub is_internal: Option<bool>,
    /// Whether the ticket type has been archived.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub archived: Option<bool>,
    /// When the ticket type was created, as a Unix timestamp.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub created_at: Option<i64>,
    /// When the ticket type was last changed, as a Unix timestamp.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub updated_at: Option<i64>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub ticket_type_attributes: Option<TicketTypeAttributeList>,
    /// The ticket states available to tickets of this type.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub ticket_states: Option<TicketTypeTicketStates>,
}

#[cfg(
    any(
        feature = "conversations",
        feature = "ticket_states",
        feature = "ticket_types",
        feature = "tickets"
    )
)]
crate::wire::object!(
    TicketType { type_("type"), id, category, name, description, icon, workspace_id,
    is_internal, archived, created_at, updated_at, ticket_type_attributes, ticket_states
    }
);

/// Ticket types
///
/// The ticket types of a workspace.
///
/// Schema: `#/components/schemas/ticket_type_list`
#[cfg(feature = "ticket_types")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct TicketTypeList {
    /// Always `list`.
    #[cfg_attr(feature = "serialize-responses", serde(rename = "type"))]
    pub type_: String,
    /// The ticket types.
    pub data: Vec<TicketType>,
}

#[cfg(feature = "ticket_types")]
crate::wire::object!(TicketTypeList { type_("type"), data });

/// Ticket type attributes
///
/// The attributes defined on a ticket type.
///
/// Schema: `#/components/schemas/ticket_type_attribute_list`
#[cfg(
    any(
        feature = "conversations",
        feature = "ticket_states",
        feature = "ticket_types",
        feature = "tickets"
    )
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct TicketTypeAttributeList {
    /// Always `ticket_type_attributes.list`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<String>,
    /// The attributes.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub ticket_type_attributes: Option<Vec<TicketTypeAttribute>>,
}

#[cfg(
    any(
        feature = "conversations",
        feature = "ticket_states",
        feature = "ticket_types",
        feature = "tickets"
    )
)]
crate::wire::object!(TicketTypeAttributeList { type_("type"), ticket_type_attributes });

/// One data field captured on tickets of a ticket type.
///
/// Schema: `#/components/schemas/ticket_type_attribute`
#[cfg(
    any(
        feature = "conversations",
        feature = "ticket_states",
        feature = "ticket_types",
        feature = "tickets"
    )
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct TicketTypeAttribute {
    /// Always `ticket_type_attribute`.
    #[cfg_attr(feature = "serialize-responses", serde(rename = "type"))]
    pub type_: String,
    /// Intercom's identifier of the attribute.
    pub id: String,
    /// The id code of the workspace the attribute belongs to.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub workspace_id: Option<String>,
    /// The attribute's name; the built-in title and description are named `_default_title_` and `_default_description_`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub name: Option<String>,
    /// What the attribute captures.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub description: Option<String>,
    /// The attribute's data type: `string`, `list`, `integer`, `decimal`, `boolean`, `datetime` or `files`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub data_type: Option<String>,
    /// Options controlling how the attribute is entered, such as `multiline` for strings.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub input_options: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// The attribute's position among the ticket type's attributes.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub order: Option<i64>,
    /// Whether teammates must fill the attribute in to create a ticket.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub required_to_create: Option<bool>,
    /// Whether contacts must fill the attribute in to create a ticket.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub required_to_create_for_contacts: Option<bool>,
    /// Whether teammates see the attribute when creating a ticket.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub visible_on_create: Option<bool>,
    /// Whether contacts see the attribute.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub visible_to_contacts: Option<bool>,
    /// True for built-in attributes such as the default title and description.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub default: Option<bool>,
    /// Identifier of the ticket type the attribute belongs to.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub ticket_type_id: Option<i64>,
    /// Whether the attribute has been archived.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub archived: Option<bool>,
    /// When the attribute was created, as a Unix timestamp.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub created_at: Option<i64>,
    /// When the attribute was last changed, as a Unix timestamp.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub updated_at: Option<i64>,
}

#[cfg(
    any(
        feature = "conversations",
        feature = "ticket_states",
        feature = "ticket_types",
        feature = "tickets"
    )
)]
crate::wire::object!(
    TicketTypeAttribute { type_("type"), id, workspace_id, name, description, data_type,
    input_options, order, required_to_create, required_to_create_for_contacts,
    visible_on_create, visible_to_contacts, default, ticket_type_id, archived,
    created_at, updated_at }
);

/// The fields of a new ticket type.
///
/// Schema: `#/components/schemas/create_ticket_type_request`
#[cfg(feature = "ticket_types")]
#[derive(Debug, Clone, Default)]
#[derive(serde::Serialize)]
pub struct CreateTicketTypeRequest {
    /// The ticket type's name.
    pub name: String,
    /// What the ticket type is used for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The category of tickets of this type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<CreateTicketTypeRequestCategory>,
    /// An emoji shown next to tickets of this type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    /// Whether tickets of this type are for internal use only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_internal: Option<bool>,
}

#[cfg(feature = "ticket_types")]
crate::wire::object!(
    CreateTicketTypeRequest { name, description, category, icon, is_internal }
);

/// The ticket type fields to change; omitted fields are left as they are.
///
/// Schema: `#/components/schemas/update_ticket_type_request`
#[cfg(feature = "ticket_types")]
#[derive(Debug, Clone, Default)]
#[derive(serde::Serialize)]
pub struct UpdateTicketTypeRequest {
    /// The new name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The new description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The new category.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<UpdateTicketTypeRequestCategory>,
    /// The new emoji icon.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    /// Set to `true` to archive the ticket type, `false` to restore it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub archived: Option<bool>,
    /// Whether tickets of this type are for internal use only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_internal: Option<bool>,
}

#[cfg(feature = "ticket_types")]
crate::wire::object!(
    UpdateTicketTypeRequest { name, description, category, icon, archived, is_internal }
);

/// A request from a customer or a piece of internal work tracked as a ticket.
///
/// Schema: `#/components/schemas/ticket`
#[cfg(any(feature = "conversations", feature = "tickets"))]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct Ticket {
    /// Always `ticket`.
    #[cfg_attr(feature = "serialize-responses", serde(rename = "type"))]
    pub type_: TicketTypeConstant,
    /// Intercom's identifier of the ticket; use this one in API calls.
    pub id: String,
    /// The ticket number shown in the Inbox and the Messenger; not usable in API paths.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub ticket_id: Option<String>,
    /// The ticket's category.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub category: Option<TicketCategory>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub ticket_attributes: Option<TicketCustomAttributes>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub ticket_state: Option<TicketState>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub ticket_type: Option<TicketType>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub contacts: Option<TicketContacts>,
    /// Identifier of the assigned admin, or 0 when no admin is assigned.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub admin_assignee_id: Option<i64>,
    /// Identifier of the assigned team, or 0 when no team is assigned.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub team_assignee_id: Option<i64>,
    /// When the ticket was created, as a Unix timestamp.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub created_at: Option<i64>,
    /// When the ticket was last changed, as a Unix timestamp.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub updated_at: Option<i64>,
    /// Whether the ticket is open; `false` means closed.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub open: Option<bool>,
    /// Unix timestamp until which the ticket is snoozed, or null when it is not snoozed.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub snoozed_until: Option<i64>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub linked_objects: Option<LinkedObjectList>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub ticket_parts: Option<TicketParts>,
    /// Whether the ticket is visible to the customer.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub is_shared: Option<bool>,
    /// The ticket's state before its most recent state change, or null if it never changed.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub previous_ticket_state_id: Option<String>,
}

#[cfg(any(feature = "conversations", feature = "tickets"))]
crate::wire::object!(
    Ticket { type_("type"), id, ticket_id, category, ticket_attributes, ticket_state,
    ticket_type, contacts, admin_assignee_id, team_assignee_id, created_at, updated_at,
    open, snoozed_until, linked_objects, ticket_parts, is_shared,
    previous_ticket_state_id }
);

/// Ticket attributes
///
/// The ticket's attribute values keyed by attribute name; the built-in title and description use the keys `_default_title_` and `_default_description_`.
///
/// Schema: `#/components/schemas/ticket_custom_attributes`
#[cfg(any(feature = "conversations", feature = "tickets"))]
pub type TicketCustomAttributes = std::collections::BTreeMap<
    String,
    TicketCustomAttributesInnerValue,
>;

/// A file uploaded to a `files` ticket attribute.
///
/// Schema: `#/components/schemas/file_attribute`
#[cfg(any(feature = "conversations", feature = "tickets"))]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct FileAttribute {
    /// Always `upload`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<String>,
    /// The file's name.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub name: Option<String>,
    /// Where the file can be downloaded.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub url: Option<String>,
    /// The file's media type.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub content_type: Option<String>,
    /// The file's size in bytes.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub filesize: Option<i64>,
    /// The image width in pixels, for images.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub width: Option<i64>,
    /// The image height in pixels, for images.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub height: Option<i64>,
}

#[cfg(any(feature = "conversations", feature = "tickets"))]
crate::wire::object!(
    FileAttribute { type_("type"), name, url, content_type, filesize, width, height }
);

/// Ticket attribute values
///
/// Attribute values to set on a ticket, keyed by attribute name. Use `_default_title_` and `_default_description_` for the built-in title and description; for a list attribute pass the id of the chosen list item.
///
/// Schema: `#/components/schemas/ticket_request_custom_attributes`
#[cfg(any(feature = "conversations", feature = "tickets"))]
pub type TicketRequestCustomAttributes = std::collections::BTreeMap<
    String,
    TicketRequestCustomAttributesInnerValue,
>;

/// The contacts a ticket is about.
///
/// Schema: `#/components/schemas/ticket_contacts`
#[cfg(any(feature = "conversations", feature = "tickets"))]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct TicketContacts {
    /// Always `contact.list`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<TicketContactsType>,
    /// References to the contacts.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub contacts: Option<Vec<ContactReference>>,
}

#[cfg(any(feature = "conversations", feature = "tickets"))]
crate::wire::object!(TicketContacts { type_("type"), contacts });

/// A pointer to a contact.
///
/// Schema: `#/components/schemas/contact_reference`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct ContactReference {
    /// Always `contact`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<ContactReferenceType>,
    /// Intercom's identifier of the contact.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub id: Option<String>,
    /// The identifier your own system gave the contact, if any.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub external_id: Option<String>,
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::object!(ContactReference { type_("type"), id, external_id });

/// The notes, comments and events of a ticket (at most 500).
///
/// Schema: `#/components/schemas/ticket_parts`
#[cfg(any(feature = "conversations", feature = "tickets"))]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct TicketParts {
    /// Always `ticket_part.list`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<TicketPartsType>,
    /// The parts, oldest first.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub ticket_parts: Option<Vec<TicketPart>>,
    /// How many parts the ticket has.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub total_count: Option<i64>,
}

#[cfg(any(feature = "conversations", feature = "tickets"))]
crate::wire::object!(TicketParts { type_("type"), ticket_parts, total_count });

/// One message or event in a ticket's history.
///
/// Schema: `#/components/schemas/ticket_part`
#[cfg(any(feature = "conversations", feature = "tickets"))]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct TicketPart {
    /// Always `ticket_part`.
    #[cfg_attr(feature = "serialize-responses", serde(rename = "type"))]
    pub type_: String,
    /// Intercom's identifier of the part.
    pub id: String,
    /// What kind of part this is, such as `comment`, `note`, `assignment` or a state change.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub part_type: Option<String>,
    /// The message body as HTML, when the part has one.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub body: Option<String>,
    /// For state changes, the category the ticket left.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub previous_ticket_state: Option<TicketPartPreviousTicketState>,
    /// For state changes, the category the ticket entered.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub ticket_state: Option<TicketPartTicketState>,
    /// When the part was created, as a Unix timestamp.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub created_at: Option<i64>,
    /// When the part was last changed, as a Unix timestamp.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub updated_at: Option<i64>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub assigned_to: Option<Reference>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub author: Option<TicketPartAuthor>,
    /// Files attached to the part.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub attachments: Option<Vec<PartAttachment>>,
    /// The identifier of the part in an external system, if one was given.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub external_id: Option<String>,
    /// Whether the part's content has been redacted.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub redacted: Option<bool>,
    /// The code of the app package that created the part through the API; absent otherwise.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub app_package_code: Option<String>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub translations: Option<PartTranslations>,
    /// For attribute-change parts, which attribute changed and its new value.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub updated_attribute_data: Option<TicketPartUpdatedAttributeData>,
}

#[cfg(any(feature = "conversations", feature = "tickets"))]
crate::wire::object!(
    TicketPart { type_("type"), id, part_type, body, previous_ticket_state, ticket_state,
    created_at, updated_at, assigned_to, author, attachments, external_id, redacted,
    app_package_code, translations, updated_attribute_data }
);

/// Who wrote or triggered a ticket part.
///
/// Schema: `#/components/schemas/ticket_part_author`
#[cfg(any(feature = "conversations", feature = "tickets"))]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct TicketPartAuthor {
    /// The kind of author.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<TicketPartAuthorType>,
    /// Identifier of the author.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub id: Option<String>,
    /// The author's name.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub name: Option<String>,
    /// The author's email address.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub email: Option<String>,
}

#[cfg(any(feature = "conversations", feature = "tickets"))]
crate::wire::object!(TicketPartAuthor { type_("type"), id, name, email });

/// The part's text in several languages, keyed by locale, plus `original` naming the locale it was written in. Only returned by the Preview version.
///
/// Schema: `#/components/schemas/part_translations`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
pub type PartTranslations = std::collections::BTreeMap<String, String>;

/// A pointer to another object by type and id.
///
/// Schema: `#/components/schemas/reference`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct Reference {
    /// The type of the referenced object.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<String>,
    /// Identifier of the referenced object.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub id: Option<String>,
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::object!(Reference { type_("type"), id });

/// A file attached to a conversation or ticket part.
///
/// Schema: `#/components/schemas/part_attachment`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct PartAttachment {
    /// The kind of attachment.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<String>,
    /// The file's name.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub name: Option<String>,
    /// Where the file can be downloaded.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub url: Option<String>,
    /// The file's media type.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub content_type: Option<String>,
    /// The file's size in bytes.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub filesize: Option<i64>,
    /// The image width in pixels.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub width: Option<i64>,
    /// The image height in pixels.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub height: Option<i64>,
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::object!(
    PartAttachment { type_("type"), name, url, content_type, filesize, width, height }
);

/// Linked objects
///
/// The conversations and tickets linked to this one (up to 1,000).
///
/// Schema: `#/components/schemas/linked_object_list`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct LinkedObjectList {
    /// Always `list`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<LinkedObjectListType>,
    /// How many objects are linked.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub total_count: Option<i64>,
    /// Whether more objects are linked than are listed.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub has_more: Option<bool>,
    /// The linked conversations and tickets.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub data: Option<Vec<LinkedObject>>,
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::object!(LinkedObjectList { type_("type"), total_count, has_more, data });

/// A conversation or ticket linked to another one.
///
/// Schema: `#/components/schemas/linked_object`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct LinkedObject {
    /// Whether the linked object is a ticket or a conversation.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<LinkedObjectType>,
    /// Identifier of the linked object.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub id: Option<String>,
    /// For linked tickets, the ticket's category; null for conversations.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub category: Option<LinkedObjectCategory>,
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::object!(LinkedObject { type_("type"), id, category });

/// Deleted ticket
///
/// Confirmation that a ticket was deleted.
///
/// Schema: `#/components/schemas/ticket_deleted`
#[cfg(feature = "tickets")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct TicketDeleted {
    /// Identifier of the deleted ticket.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub id: Option<String>,
    /// Always `ticket`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub object: Option<TicketDeletedObject>,
    /// Whether the ticket was deleted.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub deleted: Option<bool>,
}

#[cfg(feature = "tickets")]
crate::wire::object!(TicketDeleted { id, object, deleted });

/// The fields of a new ticket.
///
/// Schema: `#/components/schemas/create_ticket_request`
#[cfg(feature = "tickets")]
#[derive(Debug, Clone, Default)]
#[derive(serde::Serialize)]
pub struct CreateTicketRequest {
    /// Identifier of the ticket type to use.
    pub ticket_type_id: String,
    /// The contact the ticket is about, identified by Intercom id, external id or email; only one contact is accepted for now. An unknown email creates a new lead.
    pub contacts: Vec<TicketContactIdentifier>,
    /// A conversation to link to the new ticket: a customer ticket can link to a back-office ticket, and a conversation or customer ticket to a tracker ticket.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conversation_to_link_id: Option<String>,
    /// Intercom's identifier of the company the ticket is about.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company_id: Option<String>,
    /// When the ticket was created, as a Unix timestamp; defaults to now.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ticket_attributes: Option<TicketRequestCustomAttributes>,
    /// Who the new ticket is assigned to; unassigned when omitted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignment: Option<CreateTicketRequestAssignment>,
    /// When `true`, neither the contact nor teammates are notified about the new ticket.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skip_notifications: Option<bool>,
}

#[cfg(feature = "tickets")]
crate::wire::object!(
    CreateTicketRequest { ticket_type_id, contacts, conversation_to_link_id, company_id,
    created_at, ticket_attributes, assignment, skip_notifications }
);

/// One way of naming the contact of a new ticket.
///
/// Schema: `#/components/schemas/ticket_contact_identifier`
#[cfg(feature = "tickets")]
#[derive(Debug, Clone)]
#[derive(serde::Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum TicketContactIdentifier {
    ById(TicketContactIdentifierById),
    ByExternalId(TicketContactIdentifierByExternalId),
    ByEmail(TicketContactIdentifierByEmail),
    /// A value matching none of the alternatives this version of the SDK knows.
    Unknown(serde_json::Value),
}

#[cfg(feature = "tickets")]
impl Default for TicketContactIdentifier {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

#[cfg(feature = "tickets")]
impl<'de> serde::Deserialize<'de> for TicketContactIdentifier {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const SHAPES: &[crate::wire::Shape] = &[
            crate::wire::Shape {
                kind: crate::wire::Kind::Object,
                required: &["id"],
                properties: &["id"],
                tags: &[],
            },
            crate::wire::Shape {
                kind: crate::wire::Kind::Object,
                required: &["external_id"],
                properties: &["external_id"],
                tags: &[],
            },
            crate::wire::Shape {
                kind: crate::wire::Kind::Object,
                required: &["email"],
                properties: &["email"],
                tags: &[],
            },
        ];
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::wire::candidates(&value, None, SHAPES) {
            let decoded = match index {
                0 => {
                    <TicketContactIdentifierById as serde::Deserialize>::deserialize(
                            crate::wire::Lenient(&value),
                        )
                        .map(Self::ById)
                }
                1 => {
                    <TicketContactIdentifierByExternalId as serde::Deserialize>::deserialize(
                            crate::wire::Lenient(&value),
                        )
                        .map(Self::ByExternalId)
                }
                2 => {
                    <TicketContactIdentifierByEmail as serde::Deserialize>::deserialize(
                            crate::wire::Lenient(&value),
                        )
                        .map(Self::ByEmail)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(Self::Unknown(value))
    }
}

/// The ticket fields to change; omitted fields are left as they are.
///
/// Schema: `#/components/schemas/update_ticket_request`
#[cfg(feature = "tickets")]
#[derive(Debug, Clone, Default)]
#[derive(serde::Serialize)]
pub struct UpdateTicketRequest {
    /// Attribute values to change, keyed by attribute name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ticket_attributes: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Identifier of the new state; it must belong to the ticket's type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ticket_state_id: Option<String>,
    /// Intercom's identifier of the company the ticket is about.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company_id: Option<String>,
    /// Set to `false` to close the ticket, which also ends any snooze.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub open: Option<bool>,
    /// Whether the ticket is visible to the customer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_shared: Option<bool>,
    /// Unix timestamp at which the snoozed ticket reopens.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub snoozed_until: Option<i64>,
    /// Identifier of the admin making the change, used for attribution and workflows.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub admin_id: Option<i64>,
    /// Identifier of the admin or team to assign the ticket to; `0` unassigns it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignee_id: Option<String>,
    /// When `true`, the change is made without notifying the contact or teammates.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skip_notifications: Option<bool>,
}

#[cfg(feature = "tickets")]
crate::wire::object!(
    UpdateTicketRequest { ticket_attributes, ticket_state_id, company_id, open,
    is_shared, snoozed_until, admin_id, assignee_id, skip_notifications }
);

/// Link conversation request
///
/// The conversation to link to a tracker ticket.
///
/// Schema: `#/components/schemas/link_conversation_to_ticket_request`
#[cfg(feature = "tickets")]
#[derive(Debug, Clone, Default)]
#[derive(serde::Serialize)]
pub struct LinkConversationToTicketRequest {
    /// Intercom's identifier of the conversation or customer ticket to link.
    pub conversation_id: String,
}

#[cfg(feature = "tickets")]
crate::wire::object!(LinkConversationToTicketRequest { conversation_id });

/// Ticket reply request
///
/// A reply to a ticket, written either on behalf of a contact or by an admin.
///
/// Schema: `#/components/schemas/reply_ticket_request`
#[cfg(feature = "tickets")]
#[derive(Debug, Clone)]
#[derive(serde::Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ReplyTicketRequest {
    ContactReplyTicketRequest(ContactReplyTicketRequest),
    AdminReplyTicketRequest(AdminReplyTicketRequest),
    /// A value matching none of the alternatives this version of the SDK knows.
    Unknown(serde_json::Value),
}

#[cfg(feature = "tickets")]
impl Default for ReplyTicketRequest {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

#[cfg(feature = "tickets")]
impl<'de> serde::Deserialize<'de> for ReplyTicketRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const SHAPES: &[crate::wire::Shape] = &[
            crate::wire::Shape {
                kind: crate::wire::Kind::Any,
                required: &[],
                properties: &[],
                tags: &["user"],
            },
            crate::wire::Shape {
                kind: crate::wire::Kind::Object,
                required: &["admin_id", "message_type", "type"],
                properties: &[
                    "admin_id",
                    "attachment_files",
                    "attachment_urls",
                    "body",
                    "created_at",
                    "cross_post",
                    "message_type",
                    "reply_options",
                    "skip_notifications",
                    "type",
                ],
                tags: &["admin"],
            },
        ];
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::wire::candidates(&value, Some("type"), SHAPES) {
            let decoded = match index {
                0 => {
                    <ContactReplyTicketRequest as serde::Deserialize>::deserialize(
                            crate::wire::Lenient(&value),
                        )
                        .map(Self::ContactReplyTicketRequest)
                }
                1 => {
                    <AdminReplyTicketRequest as serde::Deserialize>::deserialize(
                            crate::wire::Lenient(&value),
                        )
                        .map(Self::AdminReplyTicketRequest)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(Self::Unknown(value))
    }
}

/// Contact reply on a ticket
///
/// A comment on a ticket on behalf of a contact, who is named by exactly one identifier.
///
/// Schema: `#/components/schemas/contact_reply_ticket_request`
#[cfg(feature = "tickets")]
#[derive(Debug, Clone)]
#[derive(serde::Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ContactReplyTicketRequest {
    ContactReplyTicketIntercomUserIdRequest(ContactReplyTicketIntercomUserIdRequest),
    ContactReplyTicketUserIdRequest(ContactReplyTicketUserIdRequest),
    ContactReplyTicketEmailRequest(ContactReplyTicketEmailRequest),
    /// A value matching none of the alternatives this version of the SDK knows.
    Unknown(serde_json::Value),
}

#[cfg(feature = "tickets")]
impl Default for ContactReplyTicketRequest {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

#[cfg(feature = "tickets")]
impl<'de> serde::Deserialize<'de> for ContactReplyTicketRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const SHAPES: &[crate::wire::Shape] = &[
            crate::wire::Shape {
                kind: crate::wire::Kind::Object,
                required: &["body", "intercom_user_id", "message_type", "type"],
                properties: &[
                    "attachment_urls",
                    "body",
                    "created_at",
                    "intercom_user_id",
                    "message_type",
                    "reply_options",
                    "skip_notifications",
                    "type",
                ],
                tags: &[],
            },
            crate::wire::Shape {
                kind: crate::wire::Kind::Object,
                required: &["body", "message_type", "type", "user_id"],
                properties: &[
                    "attachment_urls",
                    "body",
                    "created_at",
                    "message_type",
                    "reply_options",
                    "skip_notifications",
                    "type",
                    "user_id",
                ],
                tags: &[],
            },
            crate::wire::Shape {
                kind: crate::wire::Kind::Object,
                required: &["body", "email", "message_type", "type"],
                properties: &[
                    "attachment_urls",
                    "body",
                    "created_at",
                    "email",
                    "message_type",
                    "reply_options",
                    "skip_notifications",
                    "type",
                ],
                tags: &[],
            },
        ];
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::wire::candidates(&value, None, SHAPES) {
            let decoded = match index {
                0 => {
                    <ContactReplyTicketIntercomUserIdRequest as serde::Deserialize>::deserialize(
                            crate::wire::Lenient(&value),
                        )
                        .map(Self::ContactReplyTicketIntercomUserIdRequest)
                }
                1 => {
                    <ContactReplyTicketUserIdRequest as serde::Deserialize>::deserialize(
                            crate::wire::Lenient(&value),
                        )
                        .map(Self::ContactReplyTicketUserIdRequest)
                }
                2 => {
                    <ContactReplyTicketEmailRequest as serde::Deserialize>::deserialize(
                            crate::wire::Lenient(&value),
                        )
                        .map(Self::ContactReplyTicketEmailRequest)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(Self::Unknown(value))
    }
}

/// Contact reply on a ticket by Intercom id
///
/// A contact's ticket comment, naming the contact by Intercom id.
///
/// Schema: `#/components/schemas/contact_reply_ticket_intercom_user_id_request`
#[cfg(feature = "tickets")]
#[derive(Debug, Clone, Default)]
#[derive(serde::Serialize)]
pub struct ContactReplyTicketIntercomUserIdRequest {
    pub message_type: ContactReplyMessageType,
    #[serde(rename = "type")]
    pub type_: ContactReplyType,
    /// Intercom's identifier of the contact.
    pub intercom_user_id: String,
    /// The text of the comment.
    pub body: String,
    /// When the reply was written, as a Unix timestamp; defaults to now.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attachment_urls: Option<AttachmentUrls>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reply_options: Option<ContactReplyOptions>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skip_notifications: Option<SkipNotifications>,
}

#[cfg(feature = "tickets")]
crate::wire::object!(
    ContactReplyTicketIntercomUserIdRequest { message_type, type_("type"),
    intercom_user_id, body, created_at, attachment_urls, reply_options,
    skip_notifications }
);

/// Contact reply on a ticket by user id
///
/// A contact's ticket comment, naming the contact by the user id your system gave it.
///
/// Schema: `#/components/schemas/contact_reply_ticket_user_id_request`
#[cfg(feature = "tickets")]
#[derive(Debug, Clone, Default)]
#[derive(serde::Serialize)]
pub struct ContactReplyTicketUserIdRequest {
    pub message_type: ContactReplyMessageType,
    #[serde(rename = "type")]
    pub type_: ContactReplyType,
    /// The external id your system gave the contact.
    pub user_id: String,
    /// The text of the comment.
    pub body: String,
    /// When the reply was written, as a Unix timestamp; defaults to now.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attachment_urls: Option<AttachmentUrls>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reply_options: Option<ContactReplyOptions>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skip_notifications: Option<SkipNotifications>,
}

#[cfg(feature = "tickets")]
crate::wire::object!(
    ContactReplyTicketUserIdRequest { message_type, type_("type"), user_id, body,
    created_at, attachment_urls, reply_options, skip_notifications }
);

/// Contact reply on a ticket by email
///
/// A contact's ticket comment, naming the contact by email address.
///
/// Schema: `#/components/schemas/contact_reply_ticket_email_request`
#[cfg(feature = "tickets")]
#[derive(Debug, Clone, Default)]
#[derive(serde::Serialize)]
pub struct ContactReplyTicketEmailRequest {
    pub message_type: ContactReplyMessageType,
    #[serde(rename = "type")]
    pub type_: ContactReplyType,
    /// Email address of the contact.
    pub email: String,
    /// The text of the comment.
    pub body: String,
    /// When the reply was written, as a Unix timestamp; defaults to now.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attachment_urls: Option<AttachmentUrls>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reply_options: Option<ContactReplyOptions>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skip_notifications: Option<SkipNotifications>,
}

#[cfg(feature = "tickets")]
crate::wire::object!(
    ContactReplyTicketEmailRequest { message_type, type_("type"), email, body,
    created_at, attachment_urls, reply_options, skip_notifications }
);

/// Admin reply on a ticket
///
/// A comment, internal note or set of quick reply options added to a ticket by an admin. Comments and notes need a `body`; quick replies need `reply_options`.
///
/// Schema: `#/components/schemas/admin_reply_ticket_request`
#[cfg(feature = "tickets")]
#[derive(Debug, Clone, Default)]
#[derive(serde::Serialize)]
pub struct AdminReplyTicketRequest {
    /// What kind of part to add.
    pub message_type: AdminReplyTicketRequestMessageType,
    /// Always `admin`.
    #[serde(rename = "type")]
    pub type_: AdminReplyTicketRequestType,
    /// The text of the reply; notes accept some HTML.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// Identifier of the admin writing the reply.
    pub admin_id: String,
    /// When the reply was written, as a Unix timestamp; defaults to now.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<i64>,
    /// The options offered to the customer; required for `quick_reply`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reply_options: Option<Vec<QuickReplyOption>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attachment_urls: Option<AttachmentUrls>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attachment_files: Option<AttachmentFiles>,
    /// For notes on tracker tickets, also post the note to every linked conversation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cross_post: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skip_notifications: Option<SkipNotifications>,
}

#[cfg(feature = "tickets")]
crate::wire::object!(
    AdminReplyTicketRequest { message_type, type_("type"), body, admin_id, created_at,
    reply_options, attachment_urls, attachment_files, cross_post, skip_notifications }
);

/// Always `comment` for replies on behalf of a contact.
///
/// Schema: `#/components/schemas/contact_reply_message_type`
#[cfg(any(feature = "conversations", feature = "tickets"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContactReplyMessageType {
    /// `comment`
    Comment,
    /// A value this version of the SDK does not know.
    Unknown(String),
}

#[cfg(any(feature = "conversations", feature = "tickets"))]
crate::wire::string_enum!(ContactReplyMessageType { Comment("comment") });

/// Always `user` for replies on behalf of a contact.
///
/// Schema: `#/components/schemas/contact_reply_type`
#[cfg(any(feature = "conversations", feature = "tickets"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContactReplyType {
    /// `user`
    User,
    /// A value this version of the SDK does not know.
    Unknown(String),
}

#[cfg(any(feature = "conversations", feature = "tickets"))]
crate::wire::string_enum!(ContactReplyType { User("user") });

/// When `true`, the part is added without notifying the contact or teammates.
///
/// Schema: `#/components/schemas/skip_notifications`
#[cfg(any(feature = "conversations", feature = "tickets"))]
pub type SkipNotifications = bool;

/// URLs of images to attach (at most 10).
///
/// Schema: `#/components/schemas/attachment_urls`
#[cfg(any(feature = "conversations", feature = "tickets"))]
pub type AttachmentUrls = Vec<String>;

/// Files to attach, sent inline as base64 (at most 10).
///
/// Schema: `#/components/schemas/attachment_files`
#[cfg(any(feature = "conversations", feature = "tickets"))]
pub type AttachmentFiles = Vec<ConversationAttachmentFiles>;

/// The quick reply option the contact picks, repeating the option's text and uuid.
///
/// Schema: `#/components/schemas/contact_reply_options`
#[cfg(any(feature = "conversations", feature = "tickets"))]
pub type ContactReplyOptions = Vec<QuickReplyOption>;

/// A button offered to the customer as a quick reply.
///
/// Schema: `#/components/schemas/quick_reply_option`
#[cfg(any(feature = "conversations", feature = "tickets"))]
#[derive(Debug, Clone, Default)]
#[derive(serde::Serialize)]
pub struct QuickReplyOption {
    /// The option's label.
    pub text: String,
    /// Identifier of the option; it comes back in the metadata of the customer's answer.
    pub uuid: String,
}

#[cfg(any(feature = "conversations", feature = "tickets"))]
crate::wire::object!(QuickReplyOption { text, uuid });

/// Attachment file
///
/// A file sent inline with a reply.
///
/// Schema: `#/components/schemas/conversation_attachment_files`
#[cfg(any(feature = "conversations", feature = "tickets"))]
#[derive(Debug, Clone, Default)]
#[derive(serde::Serialize)]
pub struct ConversationAttachmentFiles {
    /// The file's media type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_type: Option<String>,
    /// The file's content, base64 encoded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<String>,
    /// The file's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[cfg(any(feature = "conversations", feature = "tickets"))]
crate::wire::object!(ConversationAttachmentFiles { content_type, data, name });

/// The note, comment or quick reply part created by replying to a ticket.
///
/// Schema: `#/components/schemas/ticket_reply`
#[cfg(feature = "tickets")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct TicketReply {
    /// Always `ticket_part`.
    #[cfg_attr(feature = "serialize-responses", serde(rename = "type"))]
    pub type_: TicketReplyType,
    /// Intercom's identifier of the part.
    pub id: String,
    /// The kind of part that was created.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub part_type: Option<TicketReplyPartType>,
    /// The part's body as HTML.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub body: Option<String>,
    /// When the part was created, as a Unix timestamp.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub created_at: Option<i64>,
    /// When the part was last changed, as a Unix timestamp.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub updated_at: Option<i64>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub author: Option<TicketPartAuthor>,
    /// Files attached to the part.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub attachments: Option<Vec<PartAttachment>>,
    /// Whether the part's content has been redacted.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub redacted: Option<bool>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub translations: Option<PartTranslations>,
}

#[cfg(feature = "tickets")]
crate::wire::object!(
    TicketReply { type_("type"), id, part_type, body, created_at, updated_at, author,
    attachments, redacted, translations }
);

/// Conversation reply request
///
/// A reply to a conversation, written either on behalf of a contact or by an admin.
///
/// Schema: `#/components/schemas/reply_conversation_request`
#[cfg(feature = "conversations")]
#[derive(Debug, Clone)]
#[derive(serde::Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ReplyConversationRequest {
    ContactReplyConversationRequest(ContactReplyConversationRequest),
    AdminReplyConversationRequest(AdminReplyConversationRequest),
    /// A value matching none of the alternatives this version of the SDK knows.
    Unknown(serde_json::Value),
}

#[cfg(feature = "conversations")]
impl Default for ReplyConversationRequest {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

#[cfg(feature = "conversations")]
impl<'de> serde::Deserialize<'de> for ReplyConversationRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const SHAPES: &[crate::wire::Shape] = &[
            crate::wire::Shape {
                kind: crate::wire::Kind::Any,
                required: &[],
                properties: &[],
                tags: &["user"],
            },
            crate::wire::Shape {
                kind: crate::wire::Kind::Object,
                required: &["admin_id", "message_type", "type"],
                properties: &[
                    "admin_id",
                    "attachment_files",
                    "attachment_urls",
                    "body",
                    "created_at",
                    "message_type",
                    "reply_options",
                    "skip_notifications",
                    "skip_unsnooze",
                    "type",
                ],
                tags: &["admin"],
            },
        ];
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::wire::candidates(&value, Some("type"), SHAPES) {
            let decoded = match index {
                0 => {
                    <ContactReplyConversationRequest as serde::Deserialize>::deserialize(
                            crate::wire::Lenient(&value),
                        )
                        .map(Self::ContactReplyConversationRequest)
                }
                1 => {
                    <AdminReplyConversationRequest as serde::Deserialize>::deserialize(
                            crate::wire::Lenient(&value),
                        )
                        .map(Self::AdminReplyConversationRequest)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(Self::Unknown(value))
    }
}

/// Contact reply on a conversation
///
/// A comment on a conversation on behalf of a contact, who is named by exactly one identifier.
///
/// Schema: `#/components/schemas/contact_reply_conversation_request`
#[cfg(feature = "conversations")]
#[derive(Debug, Clone)]
#[derive(serde::Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ContactReplyConversationRequest {
    ContactReplyIntercomUserIdRequest(ContactReplyIntercomUserIdRequest),
    ContactReplyEmailRequest(ContactReplyEmailRequest),
    ContactReplyUserIdRequest(ContactReplyUserIdRequest),
    /// A value matching none of the alternatives this version of the SDK knows.
    Unknown(serde_json::Value),
}

#[cfg(feature = "conversations")]
impl Default for ContactReplyConversationRequest {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

#[cfg(feature = "conversations")]
impl<'de> serde::Deserialize<'de> for ContactReplyConversationRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const SHAPES: &[crate::wire::Shape] = &[
            crate::wire::Shape {
                kind: crate::wire::Kind::Object,
                required: &["body", "intercom_user_id", "message_type", "type"],
                properties: &[
                    "attachment_files",
                    "attachment_urls",
                    "body",
                    "created_at",
                    "intercom_user_id",
                    "message_type",
                    "reply_options",
                    "type",
                ],
                tags: &[],
            },
            crate::wire::Shape {
                kind: crate::wire::Kind::Object,
                required: &["body", "email", "message_type", "type"],
                properties: &[
                    "attachment_files",
                    "attachment_urls",
                    "body",
                    "created_at",
                    "email",
                    "message_type",
                    "reply_options",
                    "type",
                ],
                tags: &[],
            },
            crate::wire::Shape {
                kind: crate::wire::Kind::Object,
                required: &["body", "message_type", "type", "user_id"],
                properties: &[
                    "attachment_files",
                    "attachment_urls",
                    "body",
                    "created_at",
                    "message_type",
                    "reply_options",
                    "type",
                    "user_id",
                ],
                tags: &[],
            },
        ];
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::wire::candidates(&value, None, SHAPES) {
            let decoded = match index {
                0 => {
                    <ContactReplyIntercomUserIdRequest as serde::Deserialize>::deserialize(
                            crate::wire::Lenient(&value),
                        )
                        .map(Self::ContactReplyIntercomUserIdRequest)
                }
                1 => {
                    <ContactReplyEmailRequest as serde::Deserialize>::deserialize(
                            crate::wire::Lenient(&value),
                        )
                        .map(Self::ContactReplyEmailRequest)
                }
                2 => {
                    <ContactReplyUserIdRequest as serde::Deserialize>::deserialize(
                            crate::wire::Lenient(&value),
                        )
                        .map(Self::ContactReplyUserIdRequest)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(Self::Unknown(value))
    }
}

/// Contact reply by Intercom id
///
/// A contact's conversation comment, naming the contact by Intercom id.
///
/// Schema: `#/components/schemas/contact_reply_intercom_user_id_request`
#[cfg(feature = "conversations")]
#[derive(Debug, Clone, Default)]
#[derive(serde::Serialize)]
pub struct ContactReplyIntercomUserIdRequest {
    pub message_type: ContactReplyMessageType,
    #[serde(rename = "type")]
    pub type_: ContactReplyType,
    /// Intercom's identifier of the contact.
    pub intercom_user_id: String,
    /// The text of the comment.
    pub body: String,
    /// When the reply was written, as a Unix timestamp; defaults to now.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attachment_urls: Option<AttachmentUrls>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attachment_files: Option<AttachmentFiles>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reply_options: Option<ContactReplyOptions>,
}

#[cfg(feature = "conversations")]
crate::wire::object!(
    ContactReplyIntercomUserIdRequest { message_type, type_("type"), intercom_user_id,
    body, created_at, attachment_urls, attachment_files, reply_options }
);

/// Contact reply by email
///
/// A contact's conversation comment, naming the contact by email address.
///
/// Schema: `#/components/schemas/contact_reply_email_request`
#[cfg(feature = "conversations")]
#[derive(Debug, Clone, Default)]
#[derive(serde::Serialize)]
pub struct ContactReplyEmailRequest {
    pub message_type: ContactReplyMessageType,
    #[serde(rename = "type")]
    pub type_: ContactReplyType,
    /// Email address of the contact.
    pub email: String,
    /// The text of the comment.
    pub body: String,
    /// When the reply was written, as a Unix timestamp; defaults to now.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attachment_urls: Option<AttachmentUrls>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attachment_files: Option<AttachmentFiles>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reply_options: Option<ContactReplyOptions>,
}

#[cfg(feature = "conversations")]
crate::wire::object!(
    ContactReplyEmailRequest { message_type, type_("type"), email, body, created_at,
    attachment_urls, attachment_files, reply_options }
);

/// Contact reply by user id
///
/// A contact's conversation comment, naming the contact by the user id your system gave it.
///
/// Schema: `#/components/schemas/contact_reply_user_id_request`
#[cfg(feature = "conversations")]
#[derive(Debug, Clone, Default)]
#[derive(serde::Serialize)]
pub struct ContactReplyUserIdRequest {
    pub message_type: ContactReplyMessageType,
    #[serde(rename = "type")]
    pub type_: ContactReplyType,
    /// The external id your system gave the contact.
    pub user_id: String,
    /// The text of the comment.
    pub body: String,
    /// When the reply was written, as a Unix timestamp; defaults to now.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attachment_urls: Option<AttachmentUrls>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attachment_files: Option<AttachmentFiles>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reply_options: Option<ContactReplyOptions>,
}

#[cfg(feature = "conversations")]
crate::wire::object!(
    ContactReplyUserIdRequest { message_type, type_("type"), user_id, body, created_at,
    attachment_urls, attachment_files, reply_options }
);

/// Admin reply on a conversation
///
/// A comment, internal note or set of quick reply options added to a conversation by an admin. Comments and notes need a `body`; quick replies need `reply_options`.
///
/// Schema: `#/components/schemas/admin_reply_conversation_request`
#[cfg(feature = "conversations")]
#[derive(Debug, Clone, Default)]
#[derive(serde::Serialize)]
pub struct AdminReplyConversationRequest {
    /// What kind of part to add.
    pub message_type: AdminReplyConversationRequestMessageType,
    /// Always `admin`.
    #[serde(rename = "type")]
    pub type_: AdminReplyConversationRequestType,
    /// The text of the reply; notes accept some HTML.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// Identifier of the admin writing the reply.
    pub admin_id: String,
    /// When the reply was written, as a Unix timestamp; defaults to now.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<i64>,
    /// The options offered to the customer; required for `quick_reply`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reply_options: Option<Vec<QuickReplyOption>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attachment_urls: Option<AttachmentUrls>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attachment_files: Option<AttachmentFiles>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skip_notifications: Option<SkipNotifications>,
    /// When `true`, a comment or note does not reopen a snoozed conversation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skip_unsnooze: Option<bool>,
}

#[cfg(feature = "conversations")]
crate::wire::object!(
    AdminReplyConversationRequest { message_type, type_("type"), body, admin_id,
    created_at, reply_options, attachment_urls, attachment_files, skip_notifications,
    skip_unsnooze }
);

/// An anonymous person using your site or app who has not been identified yet. Visitors can later be converted into leads or users.
///
/// Schema: `#/components/schemas/visitor`
#[cfg(feature = "visitors")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct Visitor {
    /// Always `visitor`.
    #[cfg_attr(feature = "serialize-responses", serde(rename = "type"))]
    pub type_: String,
    /// Intercom's identifier of the visitor.
    pub id: String,
    /// The identifier Intercom generated for the visitor.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub user_id: Option<String>,
    /// Whether the visitor is anonymous.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub anonymous: Option<bool>,
    /// The visitor's email address; empty when unknown.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub email: Option<String>,
    /// The visitor's phone number.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub phone: Option<String>,
    /// The visitor's name.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub name: Option<String>,
    /// The generated nickname teammates see for an anonymous visitor.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub pseudonym: Option<String>,
    /// The visitor's avatar.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub avatar: Option<VisitorAvatar>,
    /// The id code of the workspace the visitor belongs to.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub app_id: Option<String>,
    /// The companies the visitor is associated with.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub companies: Option<VisitorCompanies>,
    /// Where the visitor appears to be, based on their IP address.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub location_data: Option<VisitorLocationData>,
    /// When the visitor last made a request, as a Unix timestamp.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub last_request_at: Option<i64>,
    /// When the visitor was added to Intercom, as a Unix timestamp.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub created_at: Option<i64>,
    /// When the visitor was created in your system, as a Unix timestamp.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub remote_created_at: Option<i64>,
    /// When the visitor signed up, as a Unix timestamp.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub signed_up_at: Option<i64>,
    /// When the visitor was last changed, as a Unix timestamp.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub updated_at: Option<i64>,
    /// How many sessions the visitor has had.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub session_count: Option<i64>,
    /// The visitor's social profiles.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub social_profiles: Option<VisitorSocialProfiles>,
    /// Identifier of the admin who owns the visitor.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub owner_id: Option<String>,
    /// True once the visitor has opted out of emails.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub unsubscribed_from_emails: Option<bool>,
    /// Whether the visitor marked an email as spam.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub marked_email_as_spam: Option<bool>,
    /// Whether an email to the visitor hard bounced.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub has_hard_bounced: Option<bool>,
    /// The tags applied to the visitor.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub tags: Option<VisitorTags>,
    /// The segments the visitor is in.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub segments: Option<VisitorSegments>,
    /// Custom attributes set on the visitor.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub custom_attributes: Option<std::collections::BTreeMap<String, String>>,
    /// The page that referred the visitor.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub referrer: Option<String>,
    /// The `utm_campaign` the visitor arrived with.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub utm_campaign: Option<String>,
    /// The `utm_content` the visitor arrived with.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub utm_content: Option<String>,
    /// The `utm_medium` the visitor arrived with.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub utm_medium: Option<String>,
    /// The `utm_source` the visitor arrived with.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub utm_source: Option<String>,
    /// The `utm_term` the visitor arrived with.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub utm_term: Option<String>,
    /// Whether the visitor's browser sends Do Not Track.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub do_not_track: Option<bool>,
}

#[cfg(feature = "visitors")]
crate::wire::object!(
    Visitor { type_("type"), id, user_id, anonymous, email, phone, name, pseudonym,
    avatar, app_id, companies, location_data, last_request_at, created_at,
    remote_created_at, signed_up_at, updated_at, session_count, social_profiles,
    owner_id, unsubscribed_from_emails, marked_email_as_spam, has_hard_bounced, tags,
    segments, custom_attributes, referrer, utm_campaign, utm_content, utm_medium,
    utm_source, utm_term, do_not_track }
);

/// An organisation that contacts or visitors belong to.
///
/// Schema: `#/components/schemas/company`
#[cfg(
    any(
        feature = "conversation_parts",
        feature = "conversations",
        feature = "tickets",
        feature = "visitors"
    )
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct Company {
    /// Always `company`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<CompanyType>,
    /// Intercom's identifier of the company.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub id: Option<String>,
    /// The company's name.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub name: Option<String>,
    /// The id code of the workspace the company belongs to.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub app_id: Option<String>,
    /// The identifier your own system gave the company.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub company_id: Option<String>,
    /// When the company was created in your system, as a Unix timestamp.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub remote_created_at: Option<i64>,
    /// When the company was added to Intercom, as a Unix timestamp.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub created_at: Option<i64>,
    /// When the company was last changed, as a Unix timestamp.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub updated_at: Option<i64>,
    /// When someone from the company last made a request, as a Unix timestamp.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub last_request_at: Option<i64>,
    /// Number of employees.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub size: Option<i64>,
    /// The company's website.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub website: Option<String>,
    /// The company's industry.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub industry: Option<String>,
    /// How much revenue the company brings in per month.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub monthly_spend: Option<i64>,
    /// Number of sessions recorded for the company.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub session_count: Option<i64>,
    /// How many users belong to the company.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub user_count: Option<i64>,
    /// The plan the company is on.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub plan: Option<CompanyPlan>,
    /// The tags applied to the company.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub tags: Option<CompanyTags>,
    /// Custom attributes set on the company.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub custom_attributes: Option<std::collections::BTreeMap<String, String>>,
}

#[cfg(
    any(
        feature = "conversation_parts",
        feature = "conversations",
        feature = "tickets",
        feature = "visitors"
    )
)]
crate::wire::object!(
    Company { type_("type"), id, name, app_id, company_id, remote_created_at, created_at,
    updated_at, last_request_at, size, website, industry, monthly_spend, session_count,
    user_count, plan, tags, custom_attributes }
);

/// Tag
///
/// A label applied to contacts, companies, conversations or tickets.
///
/// Schema: `#/components/schemas/tag_basic`
#[cfg(
    any(
        feature = "conversation_parts",
        feature = "conversations",
        feature = "tickets",
        feature = "visitors"
    )
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct TagBasic {
    /// Always `tag`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<String>,
    /// Intercom's identifier of the tag.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub id: Option<String>,
    /// The tag's name.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub name: Option<String>,
}

#[cfg(
    any(
        feature = "conversation_parts",
        feature = "conversations",
        feature = "tickets",
        feature = "visitors"
    )
)]
crate::wire::object!(TagBasic { type_("type"), id, name });

/// The visitor to update, named by `id` or `user_id`, and the fields to change.
///
/// Schema: `#/components/schemas/update_visitor_request`
#[cfg(feature = "visitors")]
#[derive(Debug, Clone, Default)]
#[derive(serde::Serialize)]
pub struct UpdateVisitorRequest {
    /// Intercom's identifier of the visitor.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The user id of the visitor.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// The visitor's new name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Custom attribute values to set.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_attributes: Option<std::collections::BTreeMap<String, String>>,
}

#[cfg(feature = "visitors")]
crate::wire::object!(UpdateVisitorRequest { id, user_id, name, custom_attributes });

/// The visitor to convert and the contact it becomes or merges into.
///
/// Schema: `#/components/schemas/convert_visitor_request`
#[cfg(feature = "visitors")]
#[derive(Debug, Clone, Default)]
#[derive(serde::Serialize)]
pub struct ConvertVisitorRequest {
    /// The role of the resulting contact, `user` or `lead`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Identifiers of the contact to keep. When it exists the visitor is merged into it; otherwise they become the new user's identifiers.
    pub user: ConvertVisitorRequestUser,
    /// Identifiers of the visitor to convert; one is enough.
    pub visitor: ConvertVisitorRequestVisitor,
}

#[cfg(feature = "visitors")]
crate::wire::object!(ConvertVisitorRequest { type_("type"), user, visitor });

/// Deleted visitor
///
/// A reference to a visitor that was deleted.
///
/// Schema: `#/components/schemas/visitor_deleted_object`
#[cfg(feature = "visitors")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct VisitorDeletedObject {
    /// Intercom's identifier of the deleted visitor.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub id: Option<String>,
    /// Always `visitor`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<VisitorDeletedObjectType>,
    /// The user id the visitor had.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub user_id: Option<String>,
}

#[cfg(feature = "visitors")]
crate::wire::object!(VisitorDeletedObject { id, type_("type"), user_id });

/// A user or lead in the workspace.
///
/// Schema: `#/components/schemas/contact`
#[cfg(any(feature = "contacts", feature = "visitors"))]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct Contact {
    /// Always `contact`.
    #[cfg_attr(feature = "serialize-responses", serde(rename = "type"))]
    pub type_: String,
    /// Intercom's identifier of the contact.
    pub id: String,
    /// The identifier your own system gave the contact.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub external_id: Option<String>,
    /// The id code of the workspace the contact belongs to.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub workspace_id: Option<String>,
    /// The contact's role, `user` or `lead`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub role: Option<String>,
    /// Primary email address of the contact.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub email: Option<String>,
    /// The domain of the contact's email address.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub email_domain: Option<String>,
    /// The contact's phone number as entered.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub phone: Option<String>,
    /// The contact's phone number normalised to E.164.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub formatted_phone: Option<String>,
    /// The contact's name.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub name: Option<String>,
    /// Identifier of the admin who owns the contact's account.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub owner_id: Option<String>,
    /// Whether an email to the contact hard bounced.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub has_hard_bounced: Option<bool>,
    /// Whether the contact marked an email as spam.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub marked_email_as_spam: Option<bool>,
    /// True once the contact has opted out of emails.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub unsubscribed_from_emails: Option<bool>,
    /// When the contact was created, as a Unix timestamp.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub created_at: Option<i64>,
    /// When the contact was last changed, as a Unix timestamp.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub updated_at: Option<i64>,
    /// When the contact signed up, as a Unix timestamp.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub signed_up_at: Option<i64>,
    /// When the contact was last seen in the Messenger or your app, as a Unix timestamp.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub last_seen_at: Option<i64>,
    /// When the contact last sent a message, as a Unix timestamp.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub last_replied_at: Option<i64>,
    /// When the contact was last messaged, as a Unix timestamp.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub last_contacted_at: Option<i64>,
    /// When the contact last opened an email, as a Unix timestamp.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub last_email_opened_at: Option<i64>,
    /// When the contact last clicked a link in an email, as a Unix timestamp.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub last_email_clicked_at: Option<i64>,
    /// The language Fin and the Messenger use with this contact, overriding detection.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub language_override: Option<String>,
    /// The contact's browser.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub browser: Option<String>,
    /// The version of the contact's browser.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub browser_version: Option<String>,
    /// The language the contact's browser is set to.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub browser_language: Option<String>,
    /// The contact's operating system.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub os: Option<String>,
    /// The name of the Android app the contact uses.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub android_app_name: Option<String>,
    /// The version of the Android app the contact uses.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub android_app_version: Option<String>,
    /// The contact's Android device.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub android_device: Option<String>,
    /// The contact's Android version.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub android_os_version: Option<String>,
    /// The Intercom Android SDK version in the app.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub android_sdk_version: Option<String>,
    /// When the contact was last seen on Android, as a Unix timestamp.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub android_last_seen_at: Option<i64>,
    /// The name of the iOS app the contact uses.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub ios_app_name: Option<String>,
    /// The version of the iOS app the contact uses.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub ios_app_version: Option<String>,
    /// The contact's iOS device.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub ios_device: Option<String>,
    /// The contact's iOS version.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub ios_os_version: Option<String>,
    /// The Intercom iOS SDK version in the app.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub ios_sdk_version: Option<String>,
    /// When the contact was last seen on iOS, as a Unix timestamp.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub ios_last_seen_at: Option<i64>,
    /// The contact's custom attribute values.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub custom_attributes: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// The contact's avatar, or null when none is set.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub avatar: Option<ContactAvatar>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub tags: Option<ContactTags>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub notes: Option<ContactNotes>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub companies: Option<ContactCompanies>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub location: Option<ContactLocation>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub social_profiles: Option<ContactSocialProfiles>,
    /// Whether the contact has enabled push messages in your mobile app.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub enabled_push_messaging: Option<bool>,
    /// Contacts that were merged into this one; only present when `include_merge_history=true` is requested, and only for users.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub merge_history: Option<Vec<MergeHistoryItem>>,
}

#[cfg(any(feature = "contacts", feature = "visitors"))]
crate::wire::object!(
    Contact { type_("type"), id, external_id, workspace_id, role, email, email_domain,
    phone, formatted_phone, name, owner_id, has_hard_bounced, marked_email_as_spam,
    unsubscribed_from_emails, created_at, updated_at, signed_up_at, last_seen_at,
    last_replied_at, last_contacted_at, last_email_opened_at, last_email_clicked_at,
    language_override, browser, browser_version, browser_language, os, android_app_name,
    android_app_version, android_device, android_os_version, android_sdk_version,
    android_last_seen_at, ios_app_name, ios_app_version, ios_device, ios_os_version,
    ios_sdk_version, ios_last_seen_at, custom_attributes, avatar, tags, notes, companies,
    location, social_profiles, enabled_push_messaging, merge_history }
);

/// Up to 10 tags applied to the contact, with a URL for the full list.
///
/// Schema: `#/components/schemas/contact_tags`
#[cfg(any(feature = "contacts", feature = "visitors"))]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct ContactTags {
    /// Always `list`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<String>,
    /// The tags.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub data: Option<Vec<AddressableList>>,
    /// Path listing all of the contact's tags.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub url: Option<String>,
    /// How many tags the contact has.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub total_count: Option<i64>,
    /// Whether there are more tags than listed here.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub has_more: Option<bool>,
}

#[cfg(any(feature = "contacts", feature = "visitors"))]
crate::wire::object!(ContactTags { type_("type"), data, url, total_count, has_more });

/// Up to 10 notes about the contact, with a URL for the full list.
///
/// Schema: `#/components/schemas/contact_notes`
#[cfg(any(feature = "contacts", feature = "visitors"))]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct ContactNotes {
    /// Always `list`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<String>,
    /// The notes.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub data: Option<Vec<AddressableList>>,
    /// Path listing all of the contact's notes.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub url: Option<String>,
    /// How many notes the contact has.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub total_count: Option<i64>,
    /// Whether there are more notes than listed here.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub has_more: Option<bool>,
}

#[cfg(any(feature = "contacts", feature = "visitors"))]
crate::wire::object!(ContactNotes { type_("type"), data, url, total_count, has_more });

/// Up to 10 companies the contact belongs to, with a URL for the full list.
///
/// Schema: `#/components/schemas/contact_companies`
#[cfg(any(feature = "contacts", feature = "visitors"))]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct ContactCompanies {
    /// Always `list`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<String>,
    /// The companies.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub data: Option<Vec<CompanyData>>,
    /// Path listing all of the contact's companies.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub url: Option<String>,
    /// How many companies the contact belongs to.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub total_count: Option<i64>,
    /// Whether there are more companies than listed here.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub has_more: Option<bool>,
}

#[cfg(any(feature = "contacts", feature = "visitors"))]
crate::wire::object!(
    ContactCompanies { type_("type"), data, url, total_count, has_more }
);

/// Addressable reference
///
/// A pointer to a related object together with the path to fetch it.
///
/// Schema: `#/components/schemas/addressable_list`
#[cfg(any(feature = "contacts", feature = "visitors"))]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct AddressableList {
    /// The type of the related object.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<String>,
    /// Identifier of the related object.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub id: Option<String>,
    /// Path of the related object.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub url: Option<String>,
}

#[cfg(any(feature = "contacts", feature = "visitors"))]
crate::wire::object!(AddressableList { type_("type"), id, url });

/// Company reference
///
/// A pointer to a company the contact belongs to.
///
/// Schema: `#/components/schemas/company_data`
#[cfg(any(feature = "contacts", feature = "visitors"))]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct CompanyData {
    /// Intercom's identifier of the company.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub id: Option<String>,
    /// Always `company`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<CompanyDataType>,
    /// Path of the company.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub url: Option<String>,
}

#[cfg(any(feature = "contacts", feature = "visitors"))]
crate::wire::object!(CompanyData { id, type_("type"), url });

/// Where the contact was last located.
///
/// Schema: `#/components/schemas/contact_location`
#[cfg(any(feature = "contacts", feature = "visitors"))]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct ContactLocation {
    /// Always `location`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<String>,
    /// Country.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub country: Option<String>,
    /// Region.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub region: Option<String>,
    /// City.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub city: Option<String>,
}

#[cfg(any(feature = "contacts", feature = "visitors"))]
crate::wire::object!(ContactLocation { type_("type"), country, region, city });

/// The contact's social network profiles.
///
/// Schema: `#/components/schemas/contact_social_profiles`
#[cfg(any(feature = "contacts", feature = "visitors"))]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct ContactSocialProfiles {
    /// Always `list`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<String>,
    /// The profiles.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub data: Option<Vec<SocialProfile>>,
}

#[cfg(any(feature = "contacts", feature = "visitors"))]
crate::wire::object!(ContactSocialProfiles { type_("type"), data });

/// A profile of the contact on a social network.
///
/// Schema: `#/components/schemas/social_profile`
#[cfg(any(feature = "contacts", feature = "visitors"))]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct SocialProfile {
    /// Always `social_profile`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<String>,
    /// The social network.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub name: Option<String>,
    /// URL of the profile.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub url: Option<String>,
}

#[cfg(any(feature = "contacts", feature = "visitors"))]
crate::wire::object!(SocialProfile { type_("type"), name, url });

/// A contact that was merged into this one.
///
/// Schema: `#/components/schemas/merge_history_item`
#[cfg(any(feature = "contacts", feature = "visitors"))]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct MergeHistoryItem {
    /// Always `merge_history`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<String>,
    /// Intercom's identifier of the contact that was merged in.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub source_contact_id: Option<String>,
    /// The role the merged contact had.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub source_contact_role: Option<MergeHistoryItemSourceContactRole>,
    /// When the merge happened, as a Unix timestamp.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub merged_at: Option<i64>,
}

#[cfg(any(feature = "contacts", feature = "visitors"))]
crate::wire::object!(
    MergeHistoryItem { type_("type"), source_contact_id, source_contact_role, merged_at }
);

/// One page of contacts with a cursor to the next page.
///
/// Schema: `#/components/schemas/contact_list`
#[cfg(feature = "contacts")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct ContactList {
    /// Always `list`.
    #[cfg_attr(feature = "serialize-responses", serde(rename = "type"))]
    pub type_: ContactListType,
    /// The contacts on this page.
    pub data: Vec<Contact>,
    /// How many contacts match in total.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub total_count: Option<i64>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub pages: Option<CursorPages>,
}

#[cfg(feature = "contacts")]
crate::wire::object!(ContactList { type_("type"), data, total_count, pages });

/// Cursor pagination
///
/// Where this page sits in the result set. When `next` is present, pass its `starting_after` value back to get the following page.
///
/// Schema: `#/components/schemas/cursor_pages`
#[cfg(feature = "contacts")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct CursorPages {
    /// Always `pages`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<CursorPagesType>,
    /// The number of this page.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub page: Option<i64>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub next: Option<StartingAfterPaging>,
    /// How many results a page holds.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub per_page: Option<i64>,
    /// How many pages there are in total.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub total_pages: Option<i64>,
}

#[cfg(feature = "contacts")]
crate::wire::object!(CursorPages { type_("type"), page, next, per_page, total_pages });

/// Cursor
///
/// A page size and the cursor after which the page starts.
///
/// Schema: `#/components/schemas/starting_after_paging`
#[cfg(feature = "contacts")]
#[derive(Debug, Clone, Default)]
#[derive(serde::Serialize)]
pub struct StartingAfterPaging {
    /// How many results to return per page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per_page: Option<i64>,
    /// The cursor returned with the previous page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub starting_after: Option<String>,
}

#[cfg(feature = "contacts")]
crate::wire::object!(StartingAfterPaging { per_page, starting_after });

/// A search query with optional pagination and sorting.
///
/// Schema: `#/components/schemas/contact_search_request`
#[cfg(feature = "contacts")]
#[derive(Debug, Clone, Default)]
#[derive(serde::Serialize)]
pub struct ContactSearchRequest {
    /// One filter, or a group of filters joined with AND or OR.
    pub query: ContactSearchRequestQuery,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pagination: Option<StartingAfterPaging>,
    /// How to order the results.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sort: Option<ContactSearchRequestSort>,
}

#[cfg(feature = "contacts")]
crate::wire::object!(ContactSearchRequest { query, pagination, sort });

/// Single filter
///
/// Compares one field with a value.
///
/// Schema: `#/components/schemas/single_filter_search_request`
#[cfg(feature = "contacts")]
#[derive(Debug, Clone, Default)]
#[derive(serde::Serialize)]
pub struct SingleFilterSearchRequest {
    /// The field to filter on, for example `formatted_phone` or `custom_attributes.loyalty_tier`.
    pub field: String,
    /// How to compare: `=`, `!=`, `IN`, `NIN`, `<`, `<=`, `>`, `>=`, `~` (contains), `!~` (does not contain), `^` (starts with) or `$` (ends with).
    pub operator: SingleFilterSearchRequestOperator,
    /// The value to compare with (null matches an unset field); an array for `IN` and `NIN`.
    pub value: SingleFilterSearchRequestValue,
}

#[cfg(feature = "contacts")]
crate::wire::object!(SingleFilterSearchRequest { field, operator, value });

/// Filter group
///
/// Combines several filters or nested groups with AND or OR.
///
/// Schema: `#/components/schemas/multiple_filter_search_request`
#[cfg(feature = "contacts")]
#[derive(Debug, Clone, Default)]
#[derive(serde::Serialize)]
pub struct MultipleFilterSearchRequest {
    /// How the filters are combined.
    pub operator: MultipleFilterSearchRequestOperator,
    /// The filters or nested groups.
    pub value: Vec<MultipleFilterSearchRequestValueItem>,
}

#[cfg(feature = "contacts")]
crate::wire::object!(MultipleFilterSearchRequest { operator, value });

/// One record of a custom object type, such as an order.
///
/// Schema: `#/components/schemas/custom_object_instance`
#[cfg(
    any(
        feature = "conversation_parts",
        feature = "conversations",
        feature = "custom_object_instances",
        feature = "tickets"
    )
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct CustomObjectInstance {
    /// The identifier of the instance's custom object type.
    #[cfg_attr(feature = "serialize-responses", serde(rename = "type"))]
    pub type_: String,
    /// Intercom's identifier of the instance.
    pub id: String,
    /// The identifier the instance has in your system.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub external_id: Option<String>,
    /// When the instance was created in your system, as a Unix timestamp.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub external_created_at: Option<i64>,
    /// When the instance was last changed in your system, as a Unix timestamp.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub external_updated_at: Option<i64>,
    /// When the instance was stored in Intercom, as a Unix timestamp.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub created_at: Option<i64>,
    /// When the instance was last changed in Intercom, as a Unix timestamp.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub updated_at: Option<i64>,
    /// The instance's attribute values, keyed by attribute name.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub custom_attributes: Option<std::collections::BTreeMap<String, String>>,
}

#[cfg(
    any(
        feature = "conversation_parts",
        feature = "conversations",
        feature = "custom_object_instances",
        feature = "tickets"
    )
)]
crate::wire::object!(
    CustomObjectInstance { type_("type"), id, external_id, external_created_at,
    external_updated_at, created_at, updated_at, custom_attributes }
);

/// Deleted custom object instance
///
/// Confirmation that a custom object instance was deleted.
///
/// Schema: `#/components/schemas/custom_object_instance_deleted`
#[cfg(feature = "custom_object_instances")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct CustomObjectInstanceDeleted {
    /// The identifier of the instance's custom object type.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub object: Option<String>,
    /// Intercom's identifier of the deleted instance.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub id: Option<String>,
    /// Whether the instance was deleted.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub deleted: Option<bool>,
}

#[cfg(feature = "custom_object_instances")]
crate::wire::object!(CustomObjectInstanceDeleted { object, id, deleted });

/// Custom object instance page
///
/// One page of custom object instances.
///
/// Schema: `#/components/schemas/custom_object_instances_paginated_list`
#[cfg(feature = "custom_object_instances")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct CustomObjectInstancesPaginatedList {
    /// Always `list`.
    #[cfg_attr(feature = "serialize-responses", serde(rename = "type"))]
    pub type_: CustomObjectInstancesPaginatedListType,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub pages: Option<PagesLink>,
    /// How many instances match in total.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub total_count: Option<i64>,
    /// The instances on this page.
    pub data: Vec<CustomObjectInstance>,
}

#[cfg(feature = "custom_object_instances")]
crate::wire::object!(
    CustomObjectInstancesPaginatedList { type_("type"), pages, total_count, data }
);

/// Page links
///
/// Page-number pagination details of a list.
///
/// Schema: `#/components/schemas/pages_link`
#[cfg(any(feature = "ai_content", feature = "custom_object_instances"))]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct PagesLink {
    /// Always `pages`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<PagesLinkType>,
    /// The number of this page.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub page: Option<i64>,
    /// URL of the next page; absent or null on the last page.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub next: Option<String>,
    /// How many results a page holds.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub per_page: Option<i64>,
    /// How many pages there are in total.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub total_pages: Option<i64>,
}

#[cfg(any(feature = "ai_content", feature = "custom_object_instances"))]
crate::wire::object!(PagesLink { type_("type"), page, next, per_page, total_pages });

/// The instance to store; an existing instance with the same `external_id` is updated.
///
/// Schema: `#/components/schemas/create_or_update_custom_object_instance_request`
#[cfg(feature = "custom_object_instances")]
#[derive(Debug, Clone, Default)]
#[derive(serde::Serialize)]
pub struct CreateOrUpdateCustomObjectInstanceRequest {
    /// The identifier the instance has in your system.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    /// When the instance was created in your system, as a Unix timestamp.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_created_at: Option<i64>,
    /// When the instance was last changed in your system, as a Unix timestamp.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_updated_at: Option<i64>,
    /// Attribute values to set, keyed by attribute name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_attributes: Option<std::collections::BTreeMap<String, String>>,
}

#[cfg(feature = "custom_object_instances")]
crate::wire::object!(
    CreateOrUpdateCustomObjectInstanceRequest { external_id, external_created_at,
    external_updated_at, custom_attributes }
);

/// A source of external pages in the Fin content library, such as a private knowledge base.
///
/// Schema: `#/components/schemas/content_import_source`
#[cfg(feature = "ai_content")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct ContentImportSource {
    /// Always `content_import_source`.
    #[cfg_attr(feature = "serialize-responses", serde(rename = "type"))]
    pub type_: ContentImportSourceType,
    /// Intercom's identifier of the source.
    pub id: i64,
    /// When the source was last synchronised, as a Unix timestamp.
    pub last_synced_at: i64,
    /// How the source's pages are kept up to date; `api` when you push them yourself.
    pub sync_behavior: ContentImportSourceSyncBehavior,
    /// Whether the source is in use.
    pub status: ContentImportSourceStatus,
    /// The root URL of the source.
    pub url: String,
    /// When the source was created, as a Unix timestamp.
    pub created_at: i64,
    /// When the source was last changed, as a Unix timestamp.
    pub updated_at: i64,
    /// Identifiers of the audiences the source's pages are shown to.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub audience_ids: Option<Vec<i64>>,
}

#[cfg(feature = "ai_content")]
crate::wire::object!(
    ContentImportSource { type_("type"), id, last_synced_at, sync_behavior, status, url,
    created_at, updated_at, audience_ids }
);

/// Content import sources
///
/// The content import sources of the workspace.
///
/// Schema: `#/components/schemas/content_import_sources_list`
#[cfg(feature = "ai_content")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct ContentImportSourcesList {
    /// Always `list`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<ContentImportSourcesListType>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub pages: Option<PagesLink>,
    /// How many sources there are.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub total_count: Option<i64>,
    /// The sources.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub data: Option<Vec<ContentImportSource>>,
}

#[cfg(feature = "ai_content")]
crate::wire::object!(
    ContentImportSourcesList { type_("type"), pages, total_count, data }
);

/// The fields of a new content import source.
///
/// Schema: `#/components/schemas/create_content_import_source_request`
#[cfg(feature = "ai_content")]
#[derive(Debug, Clone, Default)]
#[derive(serde::Serialize)]
pub struct CreateContentImportSourceRequest {
    /// Must be `api` for sources whose pages you push through the API.
    pub sync_behavior: CreateContentImportSourceRequestSyncBehavior,
    /// Whether the source starts active.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<CreateContentImportSourceRequestStatus>,
    /// The root URL of the source.
    pub url: String,
    /// One audience id or a list of them; defaults to the workspace's default audience.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audience_ids: Option<CreateContentImportSourceRequestAudienceIds>,
}

#[cfg(feature = "ai_content")]
crate::wire::object!(
    CreateContentImportSourceRequest { sync_behavior, status, url, audience_ids }
);

/// The new settings of a content import source.
///
/// Schema: `#/components/schemas/update_content_import_source_request`
#[cfg(feature = "ai_content")]
#[derive(Debug, Clone, Default)]
#[derive(serde::Serialize)]
pub struct UpdateContentImportSourceRequest {
    /// How the source's pages are kept up to date.
    pub sync_behavior: UpdateContentImportSourceRequestSyncBehavior,
    /// Whether the source is in use.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<UpdateContentImportSourceRequestStatus>,
    /// The root URL of the source; it can only change for `api` sources.
    pub url: String,
    /// One audience id or a list of them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audience_ids: Option<UpdateContentImportSourceRequestAudienceIds>,
    /// When `true`, pages already imported from the source move to the new audiences too.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub apply_audience_to_existing_content: Option<bool>,
}

#[cfg(feature = "ai_content")]
crate::wire::object!(
    UpdateContentImportSourceRequest { sync_behavior, status, url, audience_ids,
    apply_audience_to_existing_content }
);

/// A page from outside Intercom that Fin can use to answer questions.
///
/// Schema: `#/components/schemas/external_page`
#[cfg(feature = "ai_content")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct ExternalPage {
    /// Always `external_page`.
    #[cfg_attr(feature = "serialize-responses", serde(rename = "type"))]
    pub type_: ExternalPageType,
    /// Intercom's identifier of the page.
    pub id: String,
    /// The page's title.
    pub title: String,
    /// The page's body as HTML.
    pub html: String,
    /// The page's public URL, which Fin cites when it answers from the page.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub url: Option<String>,
    /// Whether Fin AI Agent may use the page to answer customers.
    pub ai_agent_availability: bool,
    /// Whether Fin AI Copilot may use the page to help teammates.
    pub ai_copilot_availability: bool,
    /// Whether the AI Sales Agent may use the page.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub ai_sales_agent_availability: Option<bool>,
    /// Deprecated; use the three per-agent availability flags instead.
    ///
    /// Deprecated.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub fin_availability: Option<bool>,
    /// The page's language; only `en` is supported.
    pub locale: ExternalPageLocale,
    /// Identifier of the content import source the page belongs to.
    pub source_id: i64,
    /// The page's identifier in its source; unique within the source.
    pub external_id: String,
    /// When the page was created, as a Unix timestamp.
    pub created_at: i64,
    /// When the page was last changed, as a Unix timestamp.
    pub updated_at: i64,
    /// When Fin last ingested the page, as a Unix timestamp.
    pub last_ingested_at: i64,
}

#[cfg(feature = "ai_content")]
crate::wire::object!(
    ExternalPage { type_("type"), id, title, html, url, ai_agent_availability,
    ai_copilot_availability, ai_sales_agent_availability, fin_availability, locale,
    source_id, external_id, created_at, updated_at, last_ingested_at }
);

/// External pages
///
/// The external pages of the workspace.
///
/// Schema: `#/components/schemas/external_pages_list`
#[cfg(feature = "ai_content")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct ExternalPagesList {
    /// Always `list`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<ExternalPagesListType>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub pages: Option<PagesLink>,
    /// How many external pages there are.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub total_count: Option<i64>,
    /// The pages.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub data: Option<Vec<ExternalPage>>,
}

#[cfg(feature = "ai_content")]
crate::wire::object!(ExternalPagesList { type_("type"), pages, total_count, data });

/// The page to add, or to update when its source already has a page with this `external_id`.
///
/// Schema: `#/components/schemas/create_external_page_request`
#[cfg(feature = "ai_content")]
#[derive(Debug, Clone, Default)]
#[derive(serde::Serialize)]
pub struct CreateExternalPageRequest {
    /// The page's title.
    pub title: String,
    /// The page's body as HTML.
    pub html: String,
    /// The page's public URL; without one Fin cannot link to the page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Whether Fin AI Agent may use the page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ai_agent_availability: Option<bool>,
    /// Whether Fin AI Copilot may use the page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ai_copilot_availability: Option<bool>,
    /// Whether the AI Sales Agent may use the page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ai_sales_agent_availability: Option<bool>,
    /// The page's language; only `en` is supported.
    pub locale: CreateExternalPageRequestLocale,
    /// Identifier of the content import source, which must use `sync_behavior` `api`.
    pub source_id: i64,
    /// The page's identifier in its source.
    pub external_id: String,
}

#[cfg(feature = "ai_content")]
crate::wire::object!(
    CreateExternalPageRequest { title, html, url, ai_agent_availability,
    ai_copilot_availability, ai_sales_agent_availability, locale, source_id, external_id
    }
);

/// The new content and settings of an external page.
///
/// Schema: `#/components/schemas/update_external_page_request`
#[cfg(feature = "ai_content")]
#[derive(Debug, Clone, Default)]
#[derive(serde::Serialize)]
pub struct UpdateExternalPageRequest {
    /// The page's title.
    pub title: String,
    /// The page's body as HTML.
    pub html: String,
    /// The page's public URL.
    pub url: String,
    /// Whether Fin AI Agent may use the page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ai_agent_availability: Option<bool>,
    /// Whether Fin AI Copilot may use the page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ai_copilot_availability: Option<bool>,
    /// Whether the AI Sales Agent may use the page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ai_sales_agent_availability: Option<bool>,
    /// Deprecated; use the three per-agent availability flags instead.
    ///
    /// Deprecated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fin_availability: Option<bool>,
    /// The page's language; only `en` is supported.
    pub locale: UpdateExternalPageRequestLocale,
    /// Identifier of the content import source the page belongs to.
    pub source_id: i64,
    /// The page's identifier in its source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
}

#[cfg(feature = "ai_content")]
crate::wire::object!(
    UpdateExternalPageRequest { title, html, url, ai_agent_availability,
    ai_copilot_availability, ai_sales_agent_availability, fin_availability, locale,
    source_id, external_id }
);

/// A thread of messages between one or more contacts and your team, started by a contact, an admin, a bot or an outbound message.
///
/// Schema: `#/components/schemas/conversation`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct Conversation {
    /// Always `conversation`.
    #[cfg_attr(feature = "serialize-responses", serde(rename = "type"))]
    pub type_: String,
    /// Intercom's identifier of the conversation.
    pub id: String,
    /// The conversation's title, if one was set.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub title: Option<String>,
    /// When the conversation was created, as a Unix timestamp.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub created_at: Option<i64>,
    /// When the conversation was last changed, as a Unix timestamp.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub updated_at: Option<i64>,
    /// Since when the contact has been waiting for an answer, as a Unix timestamp; null when the last reply came from an admin.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub waiting_since: Option<i64>,
    /// When a snoozed conversation reopens, as a Unix timestamp.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub snoozed_until: Option<i64>,
    /// Whether the conversation is open; `false` means closed.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub open: Option<bool>,
    /// Whether the conversation is open, closed or snoozed.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub state: Option<ConversationState>,
    /// Whether the latest message has been read.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub read: Option<bool>,
    /// The conversation's priority level.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub priority: Option<ConversationPriority>,
    /// Identifier of the assigned admin, or null when no admin is assigned.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub admin_assignee_id: Option<i64>,
    /// Identifier of the assigned team, or null when no team is assigned.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub team_assignee_id: Option<i64>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub tags: Option<Tags>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub conversation_rating: Option<ConversationRating>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub source: Option<ConversationSource>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub contacts: Option<ConversationContacts>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub teammates: Option<ConversationTeammates>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub custom_attributes: Option<CustomAttributes>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub first_contact_reply: Option<ConversationFirstContactReply>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub sla_applied: Option<SlaApplied>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub statistics: Option<ConversationStatistics>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub conversation_parts: Option<ConversationParts>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub linked_objects: Option<LinkedObjectList>,
    /// Whether Fin AI Agent took part in the conversation.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub ai_agent_participated: Option<bool>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub ai_agent: Option<AiAgent>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub channel: Option<ConversationChannel>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub company: Option<Company>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub ai_topics: Option<AiTopics>,
    /// Whether the AI Sales Agent took part in the conversation.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub sales_agent_participated: Option<bool>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub sales_agent: Option<SalesAgent>,
    /// Records in an external help desk or CRM that this conversation corresponds to, for example after a migration.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub external_references: Option<Vec<ConversationExternalReference>>,
    /// QA monitor results that flagged the conversation; only with `include_monitors=true`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub monitor_evaluations: Option<Vec<ConversationMonitorEvaluation>>,
    /// QA scorecard results of the conversation; only with `include_scorecards=true`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub scorecards: Option<Vec<ConversationScorecard>>,
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::object!(
    Conversation { type_("type"), id, title, created_at, updated_at, waiting_since,
    snoozed_until, open, state, read, priority, admin_assignee_id, team_assignee_id,
    tags, conversation_rating, source, contacts, teammates, custom_attributes,
    first_contact_reply, sla_applied, statistics, conversation_parts, linked_objects,
    ai_agent_participated, ai_agent, channel, company, ai_topics,
    sales_agent_participated, sales_agent, external_references, monitor_evaluations,
    scorecards }
);

/// The message or event that started the conversation.
///
/// Schema: `#/components/schemas/conversation_source`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct ConversationSource {
    /// The channel the conversation started on, such as `conversation`, `email`, `facebook`, `instagram`, `phone_call`, `phone_switch`, `push`, `sms` or `whatsapp`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<String>,
    /// Identifier of the source message.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub id: Option<String>,
    /// How the conversation was started, for example `customer_initiated`, `admin_initiated`, `operator_initiated`, `automated` or `campaigns_initiated`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub delivered_as: Option<String>,
    /// The subject, for email conversations.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub subject: Option<String>,
    /// The message body as HTML.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub body: Option<String>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub author: Option<ConversationSourceAuthor>,
    /// Files attached to the source message.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub attachments: Option<Vec<PartAttachment>>,
    /// The page the conversation was started on; empty for email and bots.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub url: Option<String>,
    /// Whether the source message has been redacted.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub redacted: Option<bool>,
    /// Who the source email was addressed to; only present for email conversations.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub recipients: Option<Vec<ConversationSourceRecipientsItem>>,
    /// The addresses in the source email's Reply-To header, where replies are routed; may differ from the sender.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub reply_to: Option<Vec<ConversationSourceReplyToItem>>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub email_message_metadata: Option<SourceEmailMessageMetadata>,
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::object!(
    ConversationSource { type_("type"), id, delivered_as, subject, body, author,
    attachments, url, redacted, recipients, reply_to, email_message_metadata }
);

/// Conversation starter
///
/// Who started the conversation (a contact, an admin or a bot).
///
/// Schema: `#/components/schemas/conversation_source_author`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct ConversationSourceAuthor {
    /// The kind of author, for example `user`, `lead`, `admin` or `bot`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<String>,
    /// Identifier of the author.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub id: Option<String>,
    /// The author's name.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub name: Option<String>,
    /// The author's email address.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub email: Option<String>,
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::object!(ConversationSourceAuthor { type_("type"), id, name, email });

/// The contacts taking part in the conversation; more than one only when others were added to a group conversation.
///
/// Schema: `#/components/schemas/conversation_contacts`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct ConversationContacts {
    /// Always `contact.list`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<ConversationContactsType>,
    /// References to the contacts.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub contacts: Option<Vec<ContactReference>>,
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::object!(ConversationContacts { type_("type"), contacts });

/// The teammates who wrote at least one part of the conversation.
///
/// Schema: `#/components/schemas/conversation_teammates`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct ConversationTeammates {
    /// Always `admin.list`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<String>,
    /// References to the teammates.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub teammates: Option<Vec<Reference>>,
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::object!(ConversationTeammates { type_("type"), teammates });

/// First contact reply
///
/// When and where the contact first replied.
///
/// Schema: `#/components/schemas/conversation_first_contact_reply`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct ConversationFirstContactReply {
    /// When the first reply was sent, as a Unix timestamp.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub created_at: Option<i64>,
    /// The channel of the first reply.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<String>,
    /// The page the first reply was sent from.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub url: Option<String>,
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::object!(ConversationFirstContactReply { created_at, type_("type"), url });

/// The rating and remark a contact left for the conversation.
///
/// Schema: `#/components/schemas/conversation_rating`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct ConversationRating {
    /// The rating from 1 to 5.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub rating: Option<i64>,
    /// The contact's optional comment.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub remark: Option<String>,
    /// When the rating was requested, as a Unix timestamp.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub created_at: Option<i64>,
    /// When the rating was last changed, as a Unix timestamp.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub updated_at: Option<i64>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub contact: Option<ContactReference>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub teammate: Option<Reference>,
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::object!(
    ConversationRating { rating, remark, created_at, updated_at, contact, teammate }
);

/// Applied SLA
///
/// The service level agreement applied to the conversation. If an SLA event was cancelled because the SLA was removed by hand, the status is null.
///
/// Schema: `#/components/schemas/sla_applied`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct SlaApplied {
    /// Always `conversation_sla_summary`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<String>,
    /// The SLA's name.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub sla_name: Option<String>,
    /// `hit` when every target was met, `missed` when one was missed, `cancelled` when the SLA was removed, `active` while targets are still running.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub sla_status: Option<SlaAppliedSlaStatus>,
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::object!(SlaApplied { type_("type"), sla_name, sla_status });

/// The tags applied to a conversation.
///
/// Schema: `#/components/schemas/tags`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct Tags {
    /// Always `tag.list`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<TagsType>,
    /// The tags.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub tags: Option<Vec<Tag>>,
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::object!(Tags { type_("type"), tags });

/// A label applied to an object, with when and by whom it was applied.
///
/// Schema: `#/components/schemas/tag`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct Tag {
    /// Always `tag`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<String>,
    /// Intercom's identifier of the tag.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub id: Option<String>,
    /// The tag's name.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub name: Option<String>,
    /// When the tag was applied, as a Unix timestamp.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub applied_at: Option<i64>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub applied_by: Option<Reference>,
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::object!(Tag { type_("type"), id, name, applied_at, applied_by });

/// Conversation attributes
///
/// The conversation's custom attribute values keyed by attribute name; relationship attributes hold a list of custom object instances.
///
/// Schema: `#/components/schemas/custom_attributes`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
pub type CustomAttributes = std::collections::BTreeMap<
    String,
    CustomAttributesInnerValue,
>;

/// Custom object instances
///
/// The custom object instances a relationship attribute points to.
///
/// Schema: `#/components/schemas/custom_object_instance_list`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct CustomObjectInstanceList {
    /// The list's type, for example `order.list`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<String>,
    /// The instances.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub instances: Option<Vec<CustomObjectInstance>>,
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::object!(CustomObjectInstanceList { type_("type"), instances });

/// Reporting figures for the conversation: key timestamps, counts and response times in seconds (excluding time outside office hours where noted).
///
/// Schema: `#/components/schemas/conversation_statistics`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct ConversationStatistics {
    /// Always `conversation_statistics`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<String>,
    /// Seconds until the last assignment before the first admin reply.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub time_to_assignment: Option<i64>,
    /// Seconds until the first admin reply, within office hours.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub time_to_admin_reply: Option<i64>,
    /// Seconds until the conversation was first closed, within office hours.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub time_to_first_close: Option<i64>,
    /// Seconds until the conversation was last closed, within office hours.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub time_to_last_close: Option<i64>,
    /// Median seconds an admin took to answer a contact reply, within office hours.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub median_time_to_reply: Option<i64>,
    /// Unix timestamp of the contact's first text part.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub first_contact_reply_at: Option<i64>,
    /// Unix timestamp of the first assignment after the contact's first reply.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub first_assignment_at: Option<i64>,
    /// Unix timestamp of the first admin reply after the contact's first reply.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub first_admin_reply_at: Option<i64>,
    /// Unix timestamp of the first close after the contact's first reply.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub first_close_at: Option<i64>,
    /// Unix timestamp of the latest assignment.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub last_assignment_at: Option<i64>,
    /// Unix timestamp of the first admin reply after the latest assignment.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub last_assignment_admin_reply_at: Option<i64>,
    /// Unix timestamp of the contact's latest part.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub last_contact_reply_at: Option<i64>,
    /// Unix timestamp of the latest admin part.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub last_admin_reply_at: Option<i64>,
    /// Unix timestamp of the latest close.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub last_close_at: Option<i64>,
    /// Identifier of the admin who last closed the conversation.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub last_closed_by_id: Option<String>,
    /// How often the conversation was reopened after the contact's first reply.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub count_reopens: Option<i64>,
    /// How often the conversation was assigned after the contact's first reply.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub count_assignments: Option<i64>,
    /// How many parts the conversation has.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub count_conversation_parts: Option<i64>,
    /// First response time of each assigned team.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub assigned_team_first_response_time: Option<Vec<ConversationResponseTime>>,
    /// First response time of each assigned team, within office hours.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub assigned_team_first_response_time_in_office_hours: Option<
        Vec<ConversationResponseTime>,
    >,
    /// Seconds from assignment to close.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub handling_time: Option<i64>,
    /// Handling time in seconds, excluding pauses and time away.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub adjusted_handling_time: Option<i64>,
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::object!(
    ConversationStatistics { type_("type"), time_to_assignment, time_to_admin_reply,
    time_to_first_close, time_to_last_close, median_time_to_reply,
    first_contact_reply_at, first_assignment_at, first_admin_reply_at, first_close_at,
    last_assignment_at, last_assignment_admin_reply_at, last_contact_reply_at,
    last_admin_reply_at, last_close_at, last_closed_by_id, count_reopens,
    count_assignments, count_conversation_parts, assigned_team_first_response_time,
    assigned_team_first_response_time_in_office_hours, handling_time,
    adjusted_handling_time }
);

/// Team response time
///
/// How quickly one assigned team first responded.
///
/// Schema: `#/components/schemas/conversation_response_time`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct ConversationResponseTime {
    /// Identifier of the team.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub team_id: Option<i64>,
    /// The team's name; `Unassigned` when no team was assigned, null if the team was deleted.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub team_name: Option<String>,
    /// Seconds until the team's first response.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub response_time: Option<i64>,
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::object!(ConversationResponseTime { team_id, team_name, response_time });

/// The messages and events of the conversation (at most the latest 500). Only filled in when a single conversation is retrieved.
///
/// Schema: `#/components/schemas/conversation_parts`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct ConversationParts {
    /// Always `conversation_part.list`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<ConversationPartsType>,
    /// The parts, oldest first.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub conversation_parts: Option<Vec<ConversationPart>>,
    /// How many parts are included.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub total_count: Option<i64>,
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::object!(
    ConversationParts { type_("type"), conversation_parts, total_count }
);

/// One message or event in a conversation.
///
/// Schema: `#/components/schemas/conversation_part`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct ConversationPart {
    /// Always `conversation_part`.
    #[cfg_attr(feature = "serialize-responses", serde(rename = "type"))]
    pub type_: String,
    /// Intercom's identifier of the part.
    pub id: String,
    /// What kind of part this is, such as `comment`, `note`, `assignment` or `quick_reply`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub part_type: Option<String>,
    /// The message body as HTML, when the part has one.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub body: Option<String>,
    /// When the part was created, as a Unix timestamp.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub created_at: Option<i64>,
    /// When the part was last changed, as a Unix timestamp.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub updated_at: Option<i64>,
    /// When the contact was notified about the part, as a Unix timestamp.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub notified_at: Option<i64>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub assigned_to: Option<Reference>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub author: Option<ConversationPartAuthor>,
    /// Files attached to the part.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub attachments: Option<Vec<PartAttachment>>,
    /// The identifier of the part in an external system, if one was given.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub external_id: Option<String>,
    /// Whether the part's content has been redacted.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub redacted: Option<bool>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub metadata: Option<ConversationPartMetadata>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub email_message_metadata: Option<EmailMessageMetadata>,
    /// The conversation's state when the part was created.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub state: Option<ConversationPartState>,
    /// Tags applied to the part.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub tags: Option<Vec<TagBasic>>,
    /// The code of the app package that created the part through the API, or null.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub app_package_code: Option<String>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub translations: Option<PartTranslations>,
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::object!(
    ConversationPart { type_("type"), id, part_type, body, created_at, updated_at,
    notified_at, assigned_to, author, attachments, external_id, redacted, metadata,
    email_message_metadata, state, tags, app_package_code, translations }
);

/// Who wrote the part (a contact, an admin or a bot).
///
/// Schema: `#/components/schemas/conversation_part_author`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct ConversationPartAuthor {
    /// The kind of author, for example `user`, `admin` or `bot`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<String>,
    /// Identifier of the author.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub id: Option<String>,
    /// The author's name.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub name: Option<String>,
    /// The author's email address.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub email: Option<String>,
    /// Whether Fin AI Agent sent the part.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub from_ai_agent: Option<bool>,
    /// Whether Fin AI Agent generated the part's body.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub is_ai_answer: Option<bool>,
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::object!(
    ConversationPartAuthor { type_("type"), id, name, email, from_ai_agent, is_ai_answer
    }
);

/// Part metadata
///
/// Quick reply data attached to a part.
///
/// Schema: `#/components/schemas/conversation_part_metadata`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct ConversationPartMetadata {
    /// The quick reply options presented in this part.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub quick_reply_options: Option<Vec<QuickReplyOptionWithTranslations>>,
    /// The uuid of the quick reply option the contact clicked to create this part.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub quick_reply_uuid: Option<String>,
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::object!(ConversationPartMetadata { quick_reply_options, quick_reply_uuid });

/// Presented quick reply option
///
/// A quick reply option as shown to the contact, with its translations.
///
/// Schema: `#/components/schemas/quick_reply_option_with_translations`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct QuickReplyOptionWithTranslations {
    /// The option's label.
    pub text: String,
    /// Identifier of the option.
    pub uuid: String,
    /// The option's label in other languages, keyed by locale.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub translations: Option<std::collections::BTreeMap<String, String>>,
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::object!(QuickReplyOptionWithTranslations { text, uuid, translations });

/// How Fin AI Agent was involved in the conversation.
///
/// Schema: `#/components/schemas/ai_agent`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct AiAgent {
    /// What brought AI Agent into the conversation.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub source_type: Option<AiAgentSourceType>,
    /// The title of the workflow or profile that brought AI Agent in.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub source_title: Option<String>,
    /// The kind of the last answer AI Agent gave, or null if it gave none.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub last_answer_type: Option<AiAgentLastAnswerType>,
    /// How AI Agent's involvement ended, or null if it gave no answer.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub resolution_state: Option<AiAgentResolutionState>,
    /// The rating from 1 to 5 the customer gave AI Agent.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub rating: Option<i64>,
    /// The customer's comment on AI Agent.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub rating_remark: Option<String>,
    /// When the AI Agent rating was created, as a Unix timestamp.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub created_at: Option<i64>,
    /// When the AI Agent rating was last changed, as a Unix timestamp.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub updated_at: Option<i64>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub content_sources: Option<ContentSourcesList>,
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::object!(
    AiAgent { source_type, source_title, last_answer_type, resolution_state, rating,
    rating_remark, created_at, updated_at, content_sources }
);

/// Content sources
///
/// The content AI Agent used in the conversation.
///
/// Schema: `#/components/schemas/content_sources_list`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct ContentSourcesList {
    /// Always `content_source.list`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<ContentSourcesListType>,
    /// How many content sources were used.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub total_count: Option<i64>,
    /// The content sources.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub content_sources: Option<Vec<ContentSource>>,
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::object!(ContentSourcesList { type_("type"), total_count, content_sources });

/// One piece of content AI Agent used.
///
/// Schema: `#/components/schemas/content_source`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct ContentSource {
    /// The kind of content.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub content_type: Option<ContentSourceContentType>,
    /// The path teammates can use to open the content in Intercom.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub url: Option<String>,
    /// The content's title.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub title: Option<String>,
    /// The content's ISO 639 language code.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub locale: Option<String>,
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::object!(ContentSource { content_type, url, title, locale });

/// The channel the conversation started on and the one it is on now.
///
/// Schema: `#/components/schemas/conversation_channel`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct ConversationChannel {
    /// The channel the conversation started on, such as `messenger` or `email`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub initial: Option<String>,
    /// The channel the conversation is on now.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub current: Option<String>,
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::object!(ConversationChannel { initial, current });

/// The topics and subtopics AI assigned to the conversation.
///
/// Schema: `#/components/schemas/ai_topics`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct AiTopics {
    /// Always `ai_topics`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<String>,
    /// The topics.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub topics: Option<Vec<AiTopic>>,
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::object!(AiTopics { type_("type"), topics });

/// A topic AI assigned to the conversation.
///
/// Schema: `#/components/schemas/ai_topic`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct AiTopic {
    /// Always `ai_topic`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<String>,
    /// The topic's name.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub topic_name: Option<String>,
    /// The subtopics within the topic.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub subtopics: Option<Vec<AiSubtopic>>,
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::object!(AiTopic { type_("type"), topic_name, subtopics });

/// A subtopic within an AI topic.
///
/// Schema: `#/components/schemas/ai_subtopic`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct AiSubtopic {
    /// Always `ai_subtopic`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<String>,
    /// The subtopic's name.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub name: Option<String>,
    /// Identifier of the subtopic.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub id: Option<i64>,
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::object!(AiSubtopic { type_("type"), name, id });

/// How the AI Sales Agent was involved in the conversation.
///
/// Schema: `#/components/schemas/sales_agent`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct SalesAgent {
    /// The outcome of the Sales Agent's interaction, used for billing and tracking.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub outcome: Option<SalesAgentOutcome>,
    /// Identifier of the workspace-defined routing outcome the Sales Agent chose.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub routing_outcome: Option<String>,
    /// Facts the Sales Agent collected, as a flat map of field name to value.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub collected_data: Option<std::collections::BTreeMap<String, String>>,
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::object!(SalesAgent { outcome, routing_outcome, collected_data });

/// External reference
///
/// A record in another help desk or CRM that corresponds to the conversation.
///
/// Schema: `#/components/schemas/conversation_external_reference`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct ConversationExternalReference {
    /// The kind of external record, for example `zendesk_ticket`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<String>,
    /// The record's identifier in the external system, always as a string.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub id: Option<String>,
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::object!(ConversationExternalReference { type_("type"), id });

/// Source email metadata
///
/// Email details of a source message that arrived by email.
///
/// Schema: `#/components/schemas/source_email_message_metadata`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct SourceEmailMessageMetadata {
    /// The email's Message-ID header.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub message_id: Option<String>,
    /// The email's subject.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub subject: Option<String>,
    /// The address headers of the email.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub email_address_headers: Option<Vec<EmailAddressHeader>>,
    /// Quoted or forwarded earlier messages from the inbound email, as HTML; only returned with `include_email_history=true`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub history: Option<String>,
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::object!(
    SourceEmailMessageMetadata { message_id, subject, email_address_headers, history }
);

/// Email metadata
///
/// Email details of a conversation part that was sent or received as an email.
///
/// Schema: `#/components/schemas/email_message_metadata`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct EmailMessageMetadata {
    /// The email's subject.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub subject: Option<String>,
    /// The address headers of the email.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub email_address_headers: Option<Vec<EmailAddressHeader>>,
    /// The email's Message-ID header.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub message_id: Option<String>,
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::object!(
    EmailMessageMetadata { subject, email_address_headers, message_id }
);

/// One address from an email header such as From, To or Cc.
///
/// Schema: `#/components/schemas/email_address_header`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct EmailAddressHeader {
    /// The header the address comes from, for example `from`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<String>,
    /// The email address.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub email_address: Option<String>,
    /// The display name that came with the address.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub name: Option<String>,
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::object!(EmailAddressHeader { type_("type"), email_address, name });

/// Monitor evaluation
///
/// The verdict of a QA monitor that flagged the conversation.
///
/// Schema: `#/components/schemas/conversation_monitor_evaluation`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct ConversationMonitorEvaluation {
    /// Identifier of the monitor.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub monitor_id: Option<String>,
    /// The monitor's name when it ran; null if the monitor was deleted since.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub monitor_name: Option<String>,
    /// The kind of monitor; null if the monitor was deleted since.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub monitor_type: Option<String>,
    /// The monitor's verdict.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub result: Option<String>,
    /// Why the monitor reached its verdict, when it gave a reason.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub explanation: Option<String>,
    /// When the monitor evaluated the conversation, as a Unix timestamp.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub evaluated_at: Option<i64>,
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::object!(
    ConversationMonitorEvaluation { monitor_id, monitor_name, monitor_type, result,
    explanation, evaluated_at }
);

/// Scorecard result
///
/// The result of one QA scorecard for the conversation.
///
/// Schema: `#/components/schemas/conversation_scorecard`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct ConversationScorecard {
    /// Identifier of the scorecard.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub scorecard_id: Option<String>,
    /// Identifier of the scorecard version that produced this result.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub scorecard_version_id: Option<String>,
    /// The scorecard's name.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub name: Option<String>,
    /// The kind of scorecard, for example `human`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub scorecard_type: Option<String>,
    /// Whether the conversation passed; null until it is scored.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub passed: Option<bool>,
    /// The score; null until it is scored.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub score: Option<f64>,
    /// The score AI gave, if AI scored the conversation.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub ai_score: Option<f64>,
    /// When the scorecard was last evaluated, as a Unix timestamp.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub evaluated_at: Option<i64>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub reviewed_teammate: Option<ConversationScorecardReviewedTeammate>,
    /// The result of each criterion of the scorecard.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub evaluators: Option<Vec<ConversationScorecardEvaluator>>,
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::object!(
    ConversationScorecard { scorecard_id, scorecard_version_id, name, scorecard_type,
    passed, score, ai_score, evaluated_at, reviewed_teammate, evaluators }
);

/// Reviewed teammate
///
/// Whose handling of the conversation the scorecard reviewed.
///
/// Schema: `#/components/schemas/conversation_scorecard_reviewed_teammate`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct ConversationScorecardReviewedTeammate {
    /// `admin` for a teammate, `ai` for Fin or when no teammate was reviewed.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<ConversationScorecardReviewedTeammateType>,
    /// Identifier of the reviewed admin, when `type` is `admin`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub admin_id: Option<String>,
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::object!(ConversationScorecardReviewedTeammate { type_("type"), admin_id });

/// Scorecard criterion
///
/// One criterion of a scorecard and its result.
///
/// Schema: `#/components/schemas/conversation_scorecard_evaluator`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct ConversationScorecardEvaluator {
    /// Identifier of the criterion.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub evaluator_id: Option<String>,
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub result: Option<ConversationScorecardEvaluatorResult>,
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::object!(ConversationScorecardEvaluator { evaluator_id, result });

/// Scorecard criterion result
///
/// How one criterion was scored; null when it was not scored.
///
/// Schema: `#/components/schemas/conversation_scorecard_evaluator_result`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct ConversationScorecardEvaluatorResult {
    /// The chosen value, such as `pass`, `fail` or a category id.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub value: Option<String>,
    /// Who scored the criterion, for example `ai` or `human`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub source: Option<String>,
    /// Free-text reasoning for the result.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub reasoning: Option<String>,
    /// Identifiers of structured reasons attached to the result.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub reason_ids: Option<Vec<String>>,
    /// Free text the reviewer added instead of, or next to, the structured reasons.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub other_text: Option<String>,
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::object!(
    ConversationScorecardEvaluatorResult { value, source, reasoning, reason_ids,
    other_text }
);

/// Convert conversation request
///
/// The ticket type, and optionally the state and attribute values, of the ticket to create.
///
/// Schema: `#/components/schemas/convert_conversation_to_ticket_request`
#[cfg(feature = "conversations")]
#[derive(Debug, Clone, Default)]
#[derive(serde::Serialize)]
pub struct ConvertConversationToTicketRequest {
    /// Identifier of a customer ticket type.
    pub ticket_type_id: String,
    /// Identifier of the state the ticket starts in; it must belong to the ticket type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ticket_state_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<TicketRequestCustomAttributes>,
}

#[cfg(feature = "conversations")]
crate::wire::object!(
    ConvertConversationToTicketRequest { ticket_type_id, ticket_state_id, attributes }
);

/// Redact request
///
/// Either one conversation part or the source message of a conversation to redact.
///
/// Schema: `#/components/schemas/redact_conversation_request`
#[cfg(feature = "conversation_parts")]
#[derive(Debug, Clone)]
#[derive(serde::Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum RedactConversationRequest {
    RedactConversationPartRequest(RedactConversationPartRequest),
    RedactConversationSourceRequest(RedactConversationSourceRequest),
    /// A value matching none of the alternatives this version of the SDK knows.
    Unknown(serde_json::Value),
}

#[cfg(feature = "conversation_parts")]
impl Default for RedactConversationRequest {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

#[cfg(feature = "conversation_parts")]
impl<'de> serde::Deserialize<'de> for RedactConversationRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const SHAPES: &[crate::wire::Shape] = &[
            crate::wire::Shape {
                kind: crate::wire::Kind::Object,
                required: &["conversation_id", "conversation_part_id", "type"],
                properties: &["conversation_id", "conversation_part_id", "type"],
                tags: &["conversation_part"],
            },
            crate::wire::Shape {
                kind: crate::wire::Kind::Object,
                required: &["conversation_id", "source_id", "type"],
                properties: &["conversation_id", "source_id", "type"],
                tags: &["source"],
            },
        ];
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::wire::candidates(&value, Some("type"), SHAPES) {
            let decoded = match index {
                0 => {
                    <RedactConversationPartRequest as serde::Deserialize>::deserialize(
                            crate::wire::Lenient(&value),
                        )
                        .map(Self::RedactConversationPartRequest)
                }
                1 => {
                    <RedactConversationSourceRequest as serde::Deserialize>::deserialize(
                            crate::wire::Lenient(&value),
                        )
                        .map(Self::RedactConversationSourceRequest)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(Self::Unknown(value))
    }
}

/// Conversation part redaction
///
/// Redacts one part of a conversation.
///
/// Schema: `#/components/schemas/redact_conversation_part_request`
#[cfg(feature = "conversation_parts")]
#[derive(Debug, Clone, Default)]
#[derive(serde::Serialize)]
pub struct RedactConversationPartRequest {
    /// Always `conversation_part`.
    #[serde(rename = "type")]
    pub type_: RedactConversationPartRequestType,
    /// Identifier of the conversation.
    pub conversation_id: String,
    /// Identifier of the part to redact.
    pub conversation_part_id: String,
}

#[cfg(feature = "conversation_parts")]
crate::wire::object!(
    RedactConversationPartRequest { type_("type"), conversation_id, conversation_part_id
    }
);

/// Redact a source message
///
/// Redacts the message that started a conversation.
///
/// Schema: `#/components/schemas/redact_conversation_source_request`
#[cfg(feature = "conversation_parts")]
#[derive(Debug, Clone, Default)]
#[derive(serde::Serialize)]
pub struct RedactConversationSourceRequest {
    /// Always `source`.
    #[serde(rename = "type")]
    pub type_: RedactConversationSourceRequestType,
    /// Identifier of the conversation.
    pub conversation_id: String,
    /// Identifier of the source message.
    pub source_id: String,
}

#[cfg(feature = "conversation_parts")]
crate::wire::object!(
    RedactConversationSourceRequest { type_("type"), conversation_id, source_id }
);

/// Handling events
///
/// The pause and resume events of a conversation.
///
/// Schema: `#/components/schemas/handling_event_list`
#[cfg(feature = "conversations")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct HandlingEventList {
    /// The recorded events.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub handling_events: Option<Vec<HandlingEvent>>,
}

#[cfg(feature = "conversations")]
crate::wire::object!(HandlingEventList { handling_events });

/// A teammate pausing or resuming work on a conversation.
///
/// Schema: `#/components/schemas/handling_event`
#[cfg(feature = "conversations")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct HandlingEvent {
    pub teammate: TeammateReference,
    /// Whether handling was paused or resumed.
    #[cfg_attr(feature = "serialize-responses", serde(rename = "type"))]
    pub type_: HandlingEventType,
    /// When the event happened, in ISO 8601 format.
    pub timestamp: String,
    /// Why handling was paused, for example `Away`, if known.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub reason: Option<String>,
}

#[cfg(feature = "conversations")]
crate::wire::object!(HandlingEvent { teammate, type_("type"), timestamp, reason });

/// A pointer to an admin, team or bot.
///
/// Schema: `#/components/schemas/teammate_reference`
#[cfg(feature = "conversations")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct TeammateReference {
    /// The kind of teammate.
    #[cfg_attr(feature = "serialize-responses", serde(rename = "type"))]
    pub type_: TeammateReferenceType,
    /// Identifier of the teammate.
    pub id: i64,
    /// The teammate's display name.
    pub name: String,
    /// The teammate's email address; may be missing for teams and bots.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub email: Option<String>,
}

#[cfg(feature = "conversations")]
crate::wire::object!(TeammateReference { type_("type"), id, name, email });

/// The dataset, attributes and time range to export.
///
/// Schema: `#/components/schemas/reporting_data_export_request`
#[cfg(feature = "reporting_data_export")]
#[derive(Debug, Clone, Default)]
#[derive(serde::Serialize)]
pub struct ReportingDataExportRequest {
    /// Identifier of the dataset, as listed by the datasets endpoint.
    pub dataset_id: String,
    /// The `qualified_id`s of the attributes to include, such as `conversation.conversation_id`.
    pub attribute_ids: Vec<String>,
    /// Start of the exported period, as a Unix timestamp.
    pub start_time: i64,
    /// End of the exported period, as a Unix timestamp.
    pub end_time: i64,
}

#[cfg(feature = "reporting_data_export")]
crate::wire::object!(
    ReportingDataExportRequest { dataset_id, attribute_ids, start_time, end_time }
);

/// An export job and, once it is complete, where to download its file.
///
/// Schema: `#/components/schemas/reporting_data_export_job`
#[cfg(feature = "reporting_data_export")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct ReportingDataExportJob {
    /// Identifier of the job.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub job_identifier: Option<String>,
    /// The job's status, for example `pending`, `complete` or `failed`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub status: Option<String>,
    /// Where to download the file once the job is complete; empty before that.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub download_url: Option<String>,
    /// When the download link expires; empty before the job is complete.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub download_expires_at: Option<String>,
}

#[cfg(feature = "reporting_data_export")]
crate::wire::object!(
    ReportingDataExportJob { job_identifier, status, download_url, download_expires_at }
);

/// Reporting datasets
///
/// The datasets available for export.
///
/// Schema: `#/components/schemas/reporting_dataset_list`
#[cfg(feature = "reporting_data_export")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct ReportingDatasetList {
    /// Always `list`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<String>,
    /// The datasets.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub data: Option<Vec<ReportingDataset>>,
}

#[cfg(feature = "reporting_data_export")]
crate::wire::object!(ReportingDatasetList { type_("type"), data });

/// A dataset that can be exported, with its attributes.
///
/// Schema: `#/components/schemas/reporting_dataset`
#[cfg(feature = "reporting_data_export")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct ReportingDataset {
    /// Identifier of the dataset.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub id: Option<String>,
    /// The dataset's name.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub name: Option<String>,
    /// What one row of the dataset represents.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub description: Option<String>,
    /// The attribute the export's time range applies to by default.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub default_time_attribute_id: Option<String>,
    /// The attributes the dataset offers.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub attributes: Option<Vec<ReportingDatasetAttribute>>,
}

#[cfg(feature = "reporting_data_export")]
crate::wire::object!(
    ReportingDataset { id, name, description, default_time_attribute_id, attributes }
);

/// One column that can be included in an export.
///
/// Schema: `#/components/schemas/reporting_dataset_attribute`
#[cfg(feature = "reporting_data_export")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct ReportingDatasetAttribute {
    /// The attribute's short identifier; may be ambiguous across attribute types.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub id: Option<String>,
    /// The attribute's unique identifier, to be used when enqueuing an export.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub qualified_id: Option<String>,
    /// The attribute's display name.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub name: Option<String>,
}

#[cfg(feature = "reporting_data_export")]
crate::wire::object!(ReportingDatasetAttribute { id, qualified_id, name });

/// Schema: `#/components/schemas/error/properties/errors/items`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct ErrorErrorsItem {
    /// Machine-readable error code that refines the HTTP status.
    pub code: String,
    /// Human-readable explanation of the error.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub message: Option<String>,
    /// The request field or parameter the error is about, if any.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub field: Option<String>,
}

crate::wire::object!(ErrorErrorsItem { code, message, field });

/// The admin's avatar.
///
/// Schema: `#/components/schemas/admin_with_app/properties/avatar`
#[cfg(feature = "admins")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct AdminWithAppAvatar {
    /// Always `avatar`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<String>,
    /// URL of the avatar image, or null when none is set.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub image_url: Option<String>,
}

#[cfg(feature = "admins")]
crate::wire::object!(AdminWithAppAvatar { type_("type"), image_url });

/// The role assigned to the admin, when there is one.
///
/// Schema: `#/components/schemas/admin_with_app/properties/role`
#[cfg(feature = "admins")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct AdminWithAppRole {
    /// Always `role`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<String>,
    /// Identifier of the role.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub id: Option<String>,
    /// Name of the role.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub name: Option<String>,
}

#[cfg(feature = "admins")]
crate::wire::object!(AdminWithAppRole { type_("type"), id, name });

/// The category the state belongs to.
///
/// Schema: `#/components/schemas/ticket_state/properties/category`
#[cfg(
    any(
        feature = "conversations",
        feature = "ticket_states",
        feature = "ticket_types",
        feature = "tickets"
    )
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TicketStateCategory {
    /// `submitted`
    Submitted,
    /// `in_progress`
    InProgress,
    /// `waiting_on_customer`
    WaitingOnCustomer,
    /// `resolved`
    Resolved,
    /// A value this version of the SDK does not know.
    Unknown(String),
}

#[cfg(
    any(
        feature = "conversations",
        feature = "ticket_states",
        feature = "ticket_types",
        feature = "tickets"
    )
)]
crate::wire::string_enum!(
    TicketStateCategory { Submitted("submitted"), InProgress("in_progress"),
    WaitingOnCustomer("waiting_on_customer"), Resolved("resolved") }
);

/// The category the state belongs to.
///
/// Schema: `#/components/schemas/ticket_state_detailed/properties/category`
#[cfg(feature = "ticket_states")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TicketStateDetailedCategory {
    /// `submitted`
    Submitted,
    /// `in_progress`
    InProgress,
    /// `waiting_on_customer`
    WaitingOnCustomer,
    /// `resolved`
    Resolved,
    /// A value this version of the SDK does not know.
    Unknown(String),
}

#[cfg(feature = "ticket_states")]
crate::wire::string_enum!(
    TicketStateDetailedCategory { Submitted("submitted"), InProgress("in_progress"),
    WaitingOnCustomer("waiting_on_customer"), Resolved("resolved") }
);

/// The ticket types this state is available on.
///
/// Schema: `#/components/schemas/ticket_state_detailed/properties/ticket_types`
#[cfg(feature = "ticket_states")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct TicketStateDetailedTicketTypes {
    /// Always `list`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<String>,
    /// The ticket types.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub data: Option<Vec<TicketType>>,
}

#[cfg(feature = "ticket_states")]
crate::wire::object!(TicketStateDetailedTicketTypes { type_("type"), data });

/// The category of tickets of this type.
///
/// Schema: `#/components/schemas/ticket_type/properties/category`
#[cfg(
    any(
        feature = "conversations",
        feature = "ticket_states",
        feature = "ticket_types",
        feature = "tickets"
    )
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TicketTypeCategory {
    /// `Customer`
    Customer,
    /// `Back-office`
    BackOffice,
    /// `Tracker`
    Tracker,
    /// A value this version of the SDK does not know.
    Unknown(String),
}

#[cfg(
    any(
        feature = "conversations",
        feature = "ticket_states",
        feature = "ticket_types",
        feature = "tickets"
    )
)]
crate::wire::string_enum!(
    TicketTypeCategory { Customer("Customer"), BackOffice("Back-office"),
    Tracker("Tracker") }
);

/// The ticket states available to tickets of this type.
///
/// Schema: `#/components/schemas/ticket_type/properties/ticket_states`
#[cfg(
    any(
        feature = "conversations",
        feature = "ticket_states",
        feature = "ticket_types",
        feature = "tickets"
    )
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct TicketTypeTicketStates {
    /// Always `list`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<String>,
    /// The ticket states.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub data: Option<Vec<TicketState>>,
}

#[cfg(
    any(
        feature = "conversations",
        feature = "ticket_states",
        feature = "ticket_types",
        feature = "tickets"
    )
)]
crate::wire::object!(TicketTypeTicketStates { type_("type"), data });

/// The category of tickets of this type.
///
/// Schema: `#/components/schemas/create_ticket_type_request/properties/category`
#[cfg(feature = "ticket_types")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreateTicketTypeRequestCategory {
    /// `Customer`
    Customer,
    /// `Back-office`
    BackOffice,
    /// `Tracker`
    Tracker,
    /// A value this version of the SDK does not know.
    Unknown(String),
}

#[cfg(feature = "ticket_types")]
crate::wire::string_enum!(
    CreateTicketTypeRequestCategory { Customer("Customer"), BackOffice("Back-office"),
    Tracker("Tracker") }
);

/// The new category.
///
/// Schema: `#/components/schemas/update_ticket_type_request/properties/category`
#[cfg(feature = "ticket_types")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UpdateTicketTypeRequestCategory {
    /// `Customer`
    Customer,
    /// `Back-office`
    BackOffice,
    /// `Tracker`
    Tracker,
    /// A value this version of the SDK does not know.
    Unknown(String),
}

#[cfg(feature = "ticket_types")]
crate::wire::string_enum!(
    UpdateTicketTypeRequestCategory { Customer("Customer"), BackOffice("Back-office"),
    Tracker("Tracker") }
);

/// Always `ticket`.
///
/// Always `ticket`.
///
/// Schema: `#/components/schemas/ticket/properties/type`
#[cfg(any(feature = "conversations", feature = "tickets"))]
pub type TicketTypeConstant = String;

/// The ticket's category.
///
/// Schema: `#/components/schemas/ticket/properties/category`
#[cfg(any(feature = "conversations", feature = "tickets"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TicketCategory {
    /// `Customer`
    Customer,
    /// `Back-office`
    BackOffice,
    /// `Tracker`
    Tracker,
    /// A value this version of the SDK does not know.
    Unknown(String),
}

#[cfg(any(feature = "conversations", feature = "tickets"))]
crate::wire::string_enum!(
    TicketCategory { Customer("Customer"), BackOffice("Back-office"), Tracker("Tracker")
    }
);

/// Schema: `#/components/schemas/ticket_custom_attributes/additionalProperties`
#[cfg(any(feature = "conversations", feature = "tickets"))]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize), serde(untagged))]
#[non_exhaustive]
pub enum TicketCustomAttributesInnerValue {
    String(String),
    Number(f64),
    Boolean(bool),
    Array(Vec<serde_json::Value>),
    FileAttribute(FileAttribute),
    /// A value matching none of the alternatives this version of the SDK knows.
    Unknown(serde_json::Value),
}

#[cfg(any(feature = "conversations", feature = "tickets"))]
impl Default for TicketCustomAttributesInnerValue {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

#[cfg(any(feature = "conversations", feature = "tickets"))]
impl<'de> serde::Deserialize<'de> for TicketCustomAttributesInnerValue {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const SHAPES: &[crate::wire::Shape] = &[
            crate::wire::Shape {
                kind: crate::wire::Kind::String,
                required: &[],
                properties: &[],
                tags: &[],
            },
            crate::wire::Shape {
                kind: crate::wire::Kind::Number,
                required: &[],
                properties: &[],
                tags: &[],
            },
            crate::wire::Shape {
                kind: crate::wire::Kind::Boolean,
                required: &[],
                properties: &[],
                tags: &[],
            },
            crate::wire::Shape {
                kind: crate::wire::Kind::Array,
                required: &[],
                properties: &[],
                tags: &[],
            },
            crate::wire::Shape {
                kind: crate::wire::Kind::Object,
                required: &[],
                properties: &[
                    "content_type",
                    "filesize",
                    "height",
                    "name",
                    "type",
                    "url",
                    "width",
                ],
                tags: &[],
            },
        ];
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::wire::candidates(&value, None, SHAPES) {
            let decoded = match index {
                0 => {
                    <String as serde::Deserialize>::deserialize(
                            crate::wire::Lenient(&value),
                        )
                        .map(Self::String)
                }
                1 => {
                    <f64 as serde::Deserialize>::deserialize(
                            crate::wire::Lenient(&value),
                        )
                        .map(Self::Number)
                }
                2 => {
                    <bool as serde::Deserialize>::deserialize(
                            crate::wire::Lenient(&value),
                        )
                        .map(Self::Boolean)
                }
                3 => {
                    <Vec<
                        serde_json::Value,
                    > as serde::Deserialize>::deserialize(crate::wire::Lenient(&value))
                        .map(Self::Array)
                }
                4 => {
                    <FileAttribute as serde::Deserialize>::deserialize(
                            crate::wire::Lenient(&value),
                        )
                        .map(Self::FileAttribute)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(Self::Unknown(value))
    }
}

/// Schema: `#/components/schemas/ticket_request_custom_attributes/additionalProperties`
#[cfg(any(feature = "conversations", feature = "tickets"))]
#[derive(Debug, Clone)]
#[derive(serde::Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum TicketRequestCustomAttributesInnerValue {
    String(String),
    Number(f64),
    Boolean(bool),
    Array(Vec<serde_json::Value>),
    /// A value matching none of the alternatives this version of the SDK knows.
    Unknown(serde_json::Value),
}

#[cfg(any(feature = "conversations", feature = "tickets"))]
impl Default for TicketRequestCustomAttributesInnerValue {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

#[cfg(any(feature = "conversations", feature = "tickets"))]
impl<'de> serde::Deserialize<'de> for TicketRequestCustomAttributesInnerValue {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const SHAPES: &[crate::wire::Shape] = &[
            crate::wire::Shape {
                kind: crate::wire::Kind::String,
                required: &[],
                properties: &[],
                tags: &[],
            },
            crate::wire::Shape {
                kind: crate::wire::Kind::Number,
                required: &[],
                properties: &[],
                tags: &[],
            },
            crate::wire::Shape {
                kind: crate::wire::Kind::Boolean,
                required: &[],
                properties: &[],
                tags: &[],
            },
            crate::wire::Shape {
                kind: crate::wire::Kind::Array,
                required: &[],
                properties: &[],
                tags: &[],
            },
        ];
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::wire::candidates(&value, None, SHAPES) {
            let decoded = match index {
                0 => {
                    <String as serde::Deserialize>::deserialize(
                            crate::wire::Lenient(&value),
                        )
                        .map(Self::String)
                }
                1 => {
                    <f64 as serde::Deserialize>::deserialize(
                            crate::wire::Lenient(&value),
                        )
                        .map(Self::Number)
                }
                2 => {
                    <bool as serde::Deserialize>::deserialize(
                            crate::wire::Lenient(&value),
                        )
                        .map(Self::Boolean)
                }
                3 => {
                    <Vec<
                        serde_json::Value,
                    > as serde::Deserialize>::deserialize(crate::wire::Lenient(&value))
                        .map(Self::Array)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(Self::Unknown(value))
    }
}

/// Always `contact.list`.
///
/// Always `contact.list`.
///
/// Schema: `#/components/schemas/ticket_contacts/properties/type`
#[cfg(any(feature = "conversations", feature = "tickets"))]
pub type TicketContactsType = String;

/// Always `contact`.
///
/// Always `contact`.
///
/// Schema: `#/components/schemas/contact_reference/properties/type`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
pub type ContactReferenceType = String;

/// Always `ticket_part.list`.
///
/// Always `ticket_part.list`.
///
/// Schema: `#/components/schemas/ticket_parts/properties/type`
#[cfg(any(feature = "conversations", feature = "tickets"))]
pub type TicketPartsType = String;

/// For state changes, the category the ticket left.
///
/// Schema: `#/components/schemas/ticket_part/properties/previous_ticket_state`
#[cfg(any(feature = "conversations", feature = "tickets"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TicketPartPreviousTicketState {
    /// `submitted`
    Submitted,
    /// `in_progress`
    InProgress,
    /// `waiting_on_customer`
    WaitingOnCustomer,
    /// `resolved`
    Resolved,
    /// A value this version of the SDK does not know.
    Unknown(String),
}

#[cfg(any(feature = "conversations", feature = "tickets"))]
crate::wire::string_enum!(
    TicketPartPreviousTicketState { Submitted("submitted"), InProgress("in_progress"),
    WaitingOnCustomer("waiting_on_customer"), Resolved("resolved") }
);

/// For state changes, the category the ticket entered.
///
/// Schema: `#/components/schemas/ticket_part/properties/ticket_state`
#[cfg(any(feature = "conversations", feature = "tickets"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TicketPartTicketState {
    /// `submitted`
    Submitted,
    /// `in_progress`
    InProgress,
    /// `waiting_on_customer`
    WaitingOnCustomer,
    /// `resolved`
    Resolved,
    /// A value this version of the SDK does not know.
    Unknown(String),
}

#[cfg(any(feature = "conversations", feature = "tickets"))]
crate::wire::string_enum!(
    TicketPartTicketState { Submitted("submitted"), InProgress("in_progress"),
    WaitingOnCustomer("waiting_on_customer"), Resolved("resolved") }
);

/// For attribute-change parts, which attribute changed and its new value.
///
/// Schema: `#/components/schemas/ticket_part/properties/updated_attribute_data`
#[cfg(any(feature = "conversations", feature = "tickets"))]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct TicketPartUpdatedAttributeData {
    /// The attribute that changed.
    pub attribute: TicketPartUpdatedAttributeDataAttribute,
    /// The attribute's new value.
    pub value: TicketPartUpdatedAttributeDataValue,
}

#[cfg(any(feature = "conversations", feature = "tickets"))]
crate::wire::object!(TicketPartUpdatedAttributeData { attribute, value });

/// The attribute that changed.
///
/// Schema: `#/components/schemas/ticket_part/properties/updated_attribute_data/properties/attribute`
#[cfg(any(feature = "conversations", feature = "tickets"))]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct TicketPartUpdatedAttributeDataAttribute {
    /// Always `attribute`.
    #[cfg_attr(feature = "serialize-responses", serde(rename = "type"))]
    pub type_: TicketPartUpdatedAttributeDataAttributeType,
    /// Identifier of the attribute.
    pub id: String,
    /// Display name of the attribute.
    pub label: String,
}

#[cfg(any(feature = "conversations", feature = "tickets"))]
crate::wire::object!(
    TicketPartUpdatedAttributeDataAttribute { type_("type"), id, label }
);

/// Always `attribute`.
///
/// Always `attribute`.
///
/// Schema: `#/components/schemas/ticket_part/properties/updated_attribute_data/properties/attribute/properties/type`
#[cfg(any(feature = "conversations", feature = "tickets"))]
pub type TicketPartUpdatedAttributeDataAttributeType = String;

/// The attribute's new value.
///
/// Schema: `#/components/schemas/ticket_part/properties/updated_attribute_data/properties/value`
#[cfg(any(feature = "conversations", feature = "tickets"))]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct TicketPartUpdatedAttributeDataValue {
    /// Always `value`.
    #[cfg_attr(feature = "serialize-responses", serde(rename = "type"))]
    pub type_: TicketPartUpdatedAttributeDataValueType,
    /// The raw value (or list option id), or for file attributes the ids of the files.
    pub id: TicketPartUpdatedAttributeDataValueId,
    /// The displayed value, or for file attributes the file names.
    pub label: TicketPartUpdatedAttributeDataValueLabel,
}

#[cfg(any(feature = "conversations", feature = "tickets"))]
crate::wire::object!(TicketPartUpdatedAttributeDataValue { type_("type"), id, label });

/// Always `value`.
///
/// Always `value`.
///
/// Schema: `#/components/schemas/ticket_part/properties/updated_attribute_data/properties/value/properties/type`
#[cfg(any(feature = "conversations", feature = "tickets"))]
pub type TicketPartUpdatedAttributeDataValueType = String;

/// The raw value (or list option id), or for file attributes the ids of the files.
///
/// Schema: `#/components/schemas/ticket_part/properties/updated_attribute_data/properties/value/properties/id`
#[cfg(any(feature = "conversations", feature = "tickets"))]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize), serde(untagged))]
#[non_exhaustive]
pub enum TicketPartUpdatedAttributeDataValueId {
    String(String),
    Array(Vec<i64>),
    /// A value matching none of the alternatives this version of the SDK knows.
    Unknown(serde_json::Value),
}

#[cfg(any(feature = "conversations", feature = "tickets"))]
impl Default for TicketPartUpdatedAttributeDataValueId {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

#[cfg(any(feature = "conversations", feature = "tickets"))]
impl<'de> serde::Deserialize<'de> for TicketPartUpdatedAttributeDataValueId {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const SHAPES: &[crate::wire::Shape] = &[
            crate::wire::Shape {
                kind: crate::wire::Kind::String,
                required: &[],
                properties: &[],
                tags: &[],
            },
            crate::wire::Shape {
                kind: crate::wire::Kind::Array,
                required: &[],
                properties: &[],
                tags: &[],
            },
        ];
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::wire::candidates(&value, None, SHAPES) {
            let decoded = match index {
                0 => {
                    <String as serde::Deserialize>::deserialize(
                            crate::wire::Lenient(&value),
                        )
                        .map(Self::String)
                }
                1 => {
                    <Vec<
                        i64,
                    > as serde::Deserialize>::deserialize(crate::wire::Lenient(&value))
                        .map(Self::Array)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(Self::Unknown(value))
    }
}

/// The displayed value, or for file attributes the file names.
///
/// Schema: `#/components/schemas/ticket_part/properties/updated_attribute_data/properties/value/properties/label`
#[cfg(any(feature = "conversations", feature = "tickets"))]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize), serde(untagged))]
#[non_exhaustive]
pub enum TicketPartUpdatedAttributeDataValueLabel {
    String(String),
    Array(Vec<String>),
    /// A value matching none of the alternatives this version of the SDK knows.
    Unknown(serde_json::Value),
}

#[cfg(any(feature = "conversations", feature = "tickets"))]
impl Default for TicketPartUpdatedAttributeDataValueLabel {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

#[cfg(any(feature = "conversations", feature = "tickets"))]
impl<'de> serde::Deserialize<'de> for TicketPartUpdatedAttributeDataValueLabel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const SHAPES: &[crate::wire::Shape] = &[
            crate::wire::Shape {
                kind: crate::wire::Kind::String,
                required: &[],
                properties: &[],
                tags: &[],
            },
            crate::wire::Shape {
                kind: crate::wire::Kind::Array,
                required: &[],
                properties: &[],
                tags: &[],
            },
        ];
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::wire::candidates(&value, None, SHAPES) {
            let decoded = match index {
                0 => {
                    <String as serde::Deserialize>::deserialize(
                            crate::wire::Lenient(&value),
                        )
                        .map(Self::String)
                }
                1 => {
                    <Vec<
                        String,
                    > as serde::Deserialize>::deserialize(crate::wire::Lenient(&value))
                        .map(Self::Array)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(Self::Unknown(value))
    }
}

/// The kind of author.
///
/// Schema: `#/components/schemas/ticket_part_author/properties/type`
#[cfg(any(feature = "conversations", feature = "tickets"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TicketPartAuthorType {
    /// `admin`
    Admin,
    /// `bot`
    Bot,
    /// `team`
    Team,
    /// `user`
    User,
    /// A value this version of the SDK does not know.
    Unknown(String),
}

#[cfg(any(feature = "conversations", feature = "tickets"))]
crate::wire::string_enum!(
    TicketPartAuthorType { Admin("admin"), Bot("bot"), Team("team"), User("user") }
);

/// Always `list`.
///
/// Always `list`.
///
/// Schema: `#/components/schemas/linked_object_list/properties/type`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
pub type LinkedObjectListType = String;

/// Whether the linked object is a ticket or a conversation.
///
/// Schema: `#/components/schemas/linked_object/properties/type`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LinkedObjectType {
    /// `ticket`
    Ticket,
    /// `conversation`
    Conversation,
    /// A value this version of the SDK does not know.
    Unknown(String),
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::string_enum!(
    LinkedObjectType { Ticket("ticket"), Conversation("conversation") }
);

/// For linked tickets, the ticket's category; null for conversations.
///
/// Schema: `#/components/schemas/linked_object/properties/category`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LinkedObjectCategory {
    /// `Customer`
    Customer,
    /// `Back-office`
    BackOffice,
    /// `Tracker`
    Tracker,
    /// A value this version of the SDK does not know.
    Unknown(String),
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::string_enum!(
    LinkedObjectCategory { Customer("Customer"), BackOffice("Back-office"),
    Tracker("Tracker") }
);

/// Always `ticket`.
///
/// Always `ticket`.
///
/// Schema: `#/components/schemas/ticket_deleted/properties/object`
#[cfg(feature = "tickets")]
pub type TicketDeletedObject = String;

/// Who the new ticket is assigned to; unassigned when omitted.
///
/// Schema: `#/components/schemas/create_ticket_request/properties/assignment`
#[cfg(feature = "tickets")]
#[derive(Debug, Clone, Default)]
#[derive(serde::Serialize)]
pub struct CreateTicketRequestAssignment {
    /// Identifier of the admin to assign.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub admin_assignee_id: Option<String>,
    /// Identifier of the team to assign.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub team_assignee_id: Option<String>,
}

#[cfg(feature = "tickets")]
crate::wire::object!(
    CreateTicketRequestAssignment { admin_assignee_id, team_assignee_id }
);

/// By id
///
/// Schema: `#/components/schemas/ticket_contact_identifier/oneOf/0`
#[cfg(feature = "tickets")]
#[derive(Debug, Clone, Default)]
#[derive(serde::Serialize)]
pub struct TicketContactIdentifierById {
    /// Intercom's identifier of the contact.
    pub id: String,
}

#[cfg(feature = "tickets")]
crate::wire::object!(TicketContactIdentifierById { id });

/// By external id
///
/// Schema: `#/components/schemas/ticket_contact_identifier/oneOf/1`
#[cfg(feature = "tickets")]
#[derive(Debug, Clone, Default)]
#[derive(serde::Serialize)]
pub struct TicketContactIdentifierByExternalId {
    /// The identifier your own system gave the contact.
    pub external_id: String,
}

#[cfg(feature = "tickets")]
crate::wire::object!(TicketContactIdentifierByExternalId { external_id });

/// By email
///
/// Schema: `#/components/schemas/ticket_contact_identifier/oneOf/2`
#[cfg(feature = "tickets")]
#[derive(Debug, Clone, Default)]
#[derive(serde::Serialize)]
pub struct TicketContactIdentifierByEmail {
    /// The contact's email; a lead is created when no contact has it.
    pub email: String,
}

#[cfg(feature = "tickets")]
crate::wire::object!(TicketContactIdentifierByEmail { email });

/// What kind of part to add.
///
/// Schema: `#/components/schemas/admin_reply_ticket_request/properties/message_type`
#[cfg(feature = "tickets")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdminReplyTicketRequestMessageType {
    /// `comment`
    Comment,
    /// `note`
    Note,
    /// `quick_reply`
    QuickReply,
    /// A value this version of the SDK does not know.
    Unknown(String),
}

#[cfg(feature = "tickets")]
crate::wire::string_enum!(
    AdminReplyTicketRequestMessageType { Comment("comment"), Note("note"),
    QuickReply("quick_reply") }
);

/// Always `admin`.
///
/// Schema: `#/components/schemas/admin_reply_ticket_request/properties/type`
#[cfg(feature = "tickets")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdminReplyTicketRequestType {
    /// `admin`
    Admin,
    /// A value this version of the SDK does not know.
    Unknown(String),
}

#[cfg(feature = "tickets")]
crate::wire::string_enum!(AdminReplyTicketRequestType { Admin("admin") });

/// Always `ticket_part`.
///
/// Always `ticket_part`.
///
/// Schema: `#/components/schemas/ticket_reply/properties/type`
#[cfg(feature = "tickets")]
pub type TicketReplyType = String;

/// The kind of part that was created.
///
/// Schema: `#/components/schemas/ticket_reply/properties/part_type`
#[cfg(feature = "tickets")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TicketReplyPartType {
    /// `note`
    Note,
    /// `comment`
    Comment,
    /// `quick_reply`
    QuickReply,
    /// A value this version of the SDK does not know.
    Unknown(String),
}

#[cfg(feature = "tickets")]
crate::wire::string_enum!(
    TicketReplyPartType { Note("note"), Comment("comment"), QuickReply("quick_reply") }
);

/// What kind of part to add.
///
/// Schema: `#/components/schemas/admin_reply_conversation_request/properties/message_type`
#[cfg(feature = "conversations")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdminReplyConversationRequestMessageType {
    /// `comment`
    Comment,
    /// `note`
    Note,
    /// `quick_reply`
    QuickReply,
    /// A value this version of the SDK does not know.
    Unknown(String),
}

#[cfg(feature = "conversations")]
crate::wire::string_enum!(
    AdminReplyConversationRequestMessageType { Comment("comment"), Note("note"),
    QuickReply("quick_reply") }
);

/// Always `admin`.
///
/// Schema: `#/components/schemas/admin_reply_conversation_request/properties/type`
#[cfg(feature = "conversations")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdminReplyConversationRequestType {
    /// `admin`
    Admin,
    /// A value this version of the SDK does not know.
    Unknown(String),
}

#[cfg(feature = "conversations")]
crate::wire::string_enum!(AdminReplyConversationRequestType { Admin("admin") });

/// The visitor's avatar.
///
/// Schema: `#/components/schemas/visitor/properties/avatar`
#[cfg(feature = "visitors")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct VisitorAvatar {
    /// Always `avatar`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<String>,
    /// URL of the avatar image.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub image_url: Option<String>,
}

#[cfg(feature = "visitors")]
crate::wire::object!(VisitorAvatar { type_("type"), image_url });

/// The companies the visitor is associated with.
///
/// Schema: `#/components/schemas/visitor/properties/companies`
#[cfg(feature = "visitors")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct VisitorCompanies {
    /// Always `company.list`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<VisitorCompaniesType>,
    /// The companies.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub companies: Option<Vec<Company>>,
}

#[cfg(feature = "visitors")]
crate::wire::object!(VisitorCompanies { type_("type"), companies });

/// Always `company.list`.
///
/// Always `company.list`.
///
/// Schema: `#/components/schemas/visitor/properties/companies/properties/type`
#[cfg(feature = "visitors")]
pub type VisitorCompaniesType = String;

/// Where the visitor appears to be, based on their IP address.
///
/// Schema: `#/components/schemas/visitor/properties/location_data`
#[cfg(feature = "visitors")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct VisitorLocationData {
    /// Always `location_data`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<String>,
    /// City name.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub city_name: Option<String>,
    /// Continent code.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub continent_code: Option<String>,
    /// Three-letter country code.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub country_code: Option<String>,
    /// Country name.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub country_name: Option<String>,
    /// Postal code.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub postal_code: Option<String>,
    /// Region name.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub region_name: Option<String>,
    /// Time zone.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub timezone: Option<String>,
}

#[cfg(feature = "visitors")]
crate::wire::object!(
    VisitorLocationData { type_("type"), city_name, continent_code, country_code,
    country_name, postal_code, region_name, timezone }
);

/// The visitor's social profiles.
///
/// Schema: `#/components/schemas/visitor/properties/social_profiles`
#[cfg(feature = "visitors")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct VisitorSocialProfiles {
    /// Always `social_profile.list`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<VisitorSocialProfilesType>,
    /// The social profiles.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub social_profiles: Option<Vec<String>>,
}

#[cfg(feature = "visitors")]
crate::wire::object!(VisitorSocialProfiles { type_("type"), social_profiles });

/// Always `social_profile.list`.
///
/// Always `social_profile.list`.
///
/// Schema: `#/components/schemas/visitor/properties/social_profiles/properties/type`
#[cfg(feature = "visitors")]
pub type VisitorSocialProfilesType = String;

/// The tags applied to the visitor.
///
/// Schema: `#/components/schemas/visitor/properties/tags`
#[cfg(feature = "visitors")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct VisitorTags {
    /// Always `tag.list`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<VisitorTagsType>,
    /// The tags.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub tags: Option<Vec<TagBasic>>,
}

#[cfg(feature = "visitors")]
crate::wire::object!(VisitorTags { type_("type"), tags });

/// Always `tag.list`.
///
/// Always `tag.list`.
///
/// Schema: `#/components/schemas/visitor/properties/tags/properties/type`
#[cfg(feature = "visitors")]
pub type VisitorTagsType = String;

/// The segments the visitor is in.
///
/// Schema: `#/components/schemas/visitor/properties/segments`
#[cfg(feature = "visitors")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct VisitorSegments {
    /// Always `segment.list`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<VisitorSegmentsType>,
    /// The segments.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub segments: Option<Vec<String>>,
}

#[cfg(feature = "visitors")]
crate::wire::object!(VisitorSegments { type_("type"), segments });

/// Always `segment.list`.
///
/// Always `segment.list`.
///
/// Schema: `#/components/schemas/visitor/properties/segments/properties/type`
#[cfg(feature = "visitors")]
pub type VisitorSegmentsType = String;

/// Always `company`.
///
/// Always `company`.
///
/// Schema: `#/components/schemas/company/properties/type`
#[cfg(
    any(
        feature = "conversation_parts",
        feature = "conversations",
        feature = "tickets",
        feature = "visitors"
    )
)]
pub type CompanyType = String;

/// The plan the company is on.
///
/// Schema: `#/components/schemas/company/properties/plan`
#[cfg(
    any(
        feature = "conversation_parts",
        feature = "conversations",
        feature = "tickets",
        feature = "visitors"
    )
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct CompanyPlan {
    /// Always `plan`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<String>,
    /// Identifier of the plan.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub id: Option<String>,
    /// The plan's name.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub name: Option<String>,
}

#[cfg(
    any(
        feature = "conversation_parts",
        feature = "conversations",
        feature = "tickets",
        feature = "visitors"
    )
)]
crate::wire::object!(CompanyPlan { type_("type"), id, name });

/// The tags applied to the company.
///
/// Schema: `#/components/schemas/company/properties/tags`
#[cfg(
    any(
        feature = "conversation_parts",
        feature = "conversations",
        feature = "tickets",
        feature = "visitors"
    )
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct CompanyTags {
    /// Always `tag.list`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<CompanyTagsType>,
    /// The tags.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub tags: Option<Vec<TagBasic>>,
}

#[cfg(
    any(
        feature = "conversation_parts",
        feature = "conversations",
        feature = "tickets",
        feature = "visitors"
    )
)]
crate::wire::object!(CompanyTags { type_("type"), tags });

/// Always `tag.list`.
///
/// Always `tag.list`.
///
/// Schema: `#/components/schemas/company/properties/tags/properties/type`
#[cfg(
    any(
        feature = "conversation_parts",
        feature = "conversations",
        feature = "tickets",
        feature = "visitors"
    )
)]
pub type CompanyTagsType = String;

/// Identifiers of the contact to keep. When it exists the visitor is merged into it; otherwise they become the new user's identifiers.
///
/// Schema: `#/components/schemas/convert_visitor_request/properties/user`
#[cfg(feature = "visitors")]
#[derive(Debug, Clone, Default)]
#[derive(serde::Serialize)]
pub struct ConvertVisitorRequestUser {
    /// Intercom's identifier of the contact.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The external id of the contact.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// The contact's email; kept by default when present.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

#[cfg(feature = "visitors")]
crate::wire::object!(ConvertVisitorRequestUser { id, user_id, email });

/// Identifiers of the visitor to convert; one is enough.
///
/// Schema: `#/components/schemas/convert_visitor_request/properties/visitor`
#[cfg(feature = "visitors")]
#[derive(Debug, Clone, Default)]
#[derive(serde::Serialize)]
pub struct ConvertVisitorRequestVisitor {
    /// Intercom's identifier of the visitor.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The user id of the visitor.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// The visitor's email.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

#[cfg(feature = "visitors")]
crate::wire::object!(ConvertVisitorRequestVisitor { id, user_id, email });

/// Always `visitor`.
///
/// Always `visitor`.
///
/// Schema: `#/components/schemas/visitor_deleted_object/properties/type`
#[cfg(feature = "visitors")]
pub type VisitorDeletedObjectType = String;

/// The contact's avatar, or null when none is set.
///
/// Schema: `#/components/schemas/contact/properties/avatar`
#[cfg(any(feature = "contacts", feature = "visitors"))]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct ContactAvatar {
    /// Always `avatar`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<String>,
    /// URL of the avatar image.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub image_url: Option<String>,
}

#[cfg(any(feature = "contacts", feature = "visitors"))]
crate::wire::object!(ContactAvatar { type_("type"), image_url });

/// Always `company`.
///
/// Always `company`.
///
/// Schema: `#/components/schemas/company_data/properties/type`
#[cfg(any(feature = "contacts", feature = "visitors"))]
pub type CompanyDataType = String;

/// The role the merged contact had.
///
/// Schema: `#/components/schemas/merge_history_item/properties/source_contact_role`
#[cfg(any(feature = "contacts", feature = "visitors"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MergeHistoryItemSourceContactRole {
    /// `lead`
    Lead,
    /// `user`
    User,
    /// A value this version of the SDK does not know.
    Unknown(String),
}

#[cfg(any(feature = "contacts", feature = "visitors"))]
crate::wire::string_enum!(
    MergeHistoryItemSourceContactRole { Lead("lead"), User("user") }
);

/// Always `list`.
///
/// Always `list`.
///
/// Schema: `#/components/schemas/contact_list/properties/type`
#[cfg(feature = "contacts")]
pub type ContactListType = String;

/// Always `pages`.
///
/// Always `pages`.
///
/// Schema: `#/components/schemas/cursor_pages/properties/type`
#[cfg(feature = "contacts")]
pub type CursorPagesType = String;

/// One filter, or a group of filters joined with AND or OR.
///
/// Schema: `#/components/schemas/contact_search_request/properties/query`
#[cfg(feature = "contacts")]
#[derive(Debug, Clone)]
#[derive(serde::Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ContactSearchRequestQuery {
    SingleFilterSearchRequest(SingleFilterSearchRequest),
    MultipleFilterSearchRequest(MultipleFilterSearchRequest),
    /// A value matching none of the alternatives this version of the SDK knows.
    Unknown(serde_json::Value),
}

#[cfg(feature = "contacts")]
impl Default for ContactSearchRequestQuery {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

#[cfg(feature = "contacts")]
impl<'de> serde::Deserialize<'de> for ContactSearchRequestQuery {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const SHAPES: &[crate::wire::Shape] = &[
            crate::wire::Shape {
                kind: crate::wire::Kind::Object,
                required: &["field", "operator", "value"],
                properties: &["field", "operator", "value"],
                tags: &[
                    "!=",
                    "!~",
                    "$",
                    "<",
                    "<=",
                    "=",
                    ">",
                    ">=",
                    "IN",
                    "NIN",
                    "^",
                    "~",
                ],
            },
            crate::wire::Shape {
                kind: crate::wire::Kind::Object,
                required: &["operator", "value"],
                properties: &["operator", "value"],
                tags: &["AND", "OR"],
            },
        ];
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::wire::candidates(&value, Some("operator"), SHAPES) {
            let decoded = match index {
                0 => {
                    <SingleFilterSearchRequest as serde::Deserialize>::deserialize(
                            crate::wire::Lenient(&value),
                        )
                        .map(Self::SingleFilterSearchRequest)
                }
                1 => {
                    <MultipleFilterSearchRequest as serde::Deserialize>::deserialize(
                            crate::wire::Lenient(&value),
                        )
                        .map(Self::MultipleFilterSearchRequest)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(Self::Unknown(value))
    }
}

/// How to order the results.
///
/// Schema: `#/components/schemas/contact_search_request/properties/sort`
#[cfg(feature = "contacts")]
#[derive(Debug, Clone, Default)]
#[derive(serde::Serialize)]
pub struct ContactSearchRequestSort {
    /// The field to sort on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// The sort direction; descending when omitted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<ContactSearchRequestSortOrder>,
}

#[cfg(feature = "contacts")]
crate::wire::object!(ContactSearchRequestSort { field, order });

/// The sort direction; descending when omitted.
///
/// Schema: `#/components/schemas/contact_search_request/properties/sort/properties/order`
#[cfg(feature = "contacts")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContactSearchRequestSortOrder {
    /// `ascending`
    Ascending,
    /// `descending`
    Descending,
    /// A value this version of the SDK does not know.
    Unknown(String),
}

#[cfg(feature = "contacts")]
crate::wire::string_enum!(
    ContactSearchRequestSortOrder { Ascending("ascending"), Descending("descending") }
);

/// How to compare: `=`, `!=`, `IN`, `NIN`, `<`, `<=`, `>`, `>=`, `~` (contains), `!~` (does not contain), `^` (starts with) or `$` (ends with).
///
/// Schema: `#/components/schemas/single_filter_search_request/properties/operator`
#[cfg(feature = "contacts")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SingleFilterSearchRequestOperator {
    /// `=`
    Eq,
    /// `!=`
    NotEq,
    /// `IN`
    In,
    /// `NIN`
    Nin,
    /// `<`
    Lt,
    /// `<=`
    LtEq,
    /// `>`
    Gt,
    /// `>=`
    GtEq,
    /// `~`
    Tilde,
    /// `!~`
    NotTilde,
    /// `^`
    Caret,
    /// `$`
    Dollar,
    /// A value this version of the SDK does not know.
    Unknown(String),
}

#[cfg(feature = "contacts")]
crate::wire::string_enum!(
    SingleFilterSearchRequestOperator { Eq("="), NotEq("!="), In("IN"), Nin("NIN"),
    Lt("<"), LtEq("<="), Gt(">"), GtEq(">="), Tilde("~"), NotTilde("!~"), Caret("^"),
    Dollar("$") }
);

/// The value to compare with (null matches an unset field); an array for `IN` and `NIN`.
///
/// Schema: `#/components/schemas/single_filter_search_request/properties/value`
#[cfg(feature = "contacts")]
#[derive(Debug, Clone)]
#[derive(serde::Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum SingleFilterSearchRequestValue {
    String(String),
    Integer(i64),
    Boolean(bool),
    Array(Vec<SingleFilterSearchRequestValueArrayItem>),
    /// A value matching none of the alternatives this version of the SDK knows.
    Unknown(serde_json::Value),
}

#[cfg(feature = "contacts")]
impl Default for SingleFilterSearchRequestValue {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

#[cfg(feature = "contacts")]
impl<'de> serde::Deserialize<'de> for SingleFilterSearchRequestValue {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const SHAPES: &[crate::wire::Shape] = &[
            crate::wire::Shape {
                kind: crate::wire::Kind::String,
                required: &[],
                properties: &[],
                tags: &[],
            },
            crate::wire::Shape {
                kind: crate::wire::Kind::Integer,
                required: &[],
                properties: &[],
                tags: &[],
            },
            crate::wire::Shape {
                kind: crate::wire::Kind::Boolean,
                required: &[],
                properties: &[],
                tags: &[],
            },
            crate::wire::Shape {
                kind: crate::wire::Kind::Array,
                required: &[],
                properties: &[],
                tags: &[],
            },
        ];
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::wire::candidates(&value, None, SHAPES) {
            let decoded = match index {
                0 => {
                    <String as serde::Deserialize>::deserialize(
                            crate::wire::Lenient(&value),
                        )
                        .map(Self::String)
                }
                1 => {
                    <i64 as serde::Deserialize>::deserialize(
                            crate::wire::Lenient(&value),
                        )
                        .map(Self::Integer)
                }
                2 => {
                    <bool as serde::Deserialize>::deserialize(
                            crate::wire::Lenient(&value),
                        )
                        .map(Self::Boolean)
                }
                3 => {
                    <Vec<
                        SingleFilterSearchRequestValueArrayItem,
                    > as serde::Deserialize>::deserialize(crate::wire::Lenient(&value))
                        .map(Self::Array)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(Self::Unknown(value))
    }
}

/// Schema: `#/components/schemas/single_filter_search_request/properties/value/oneOf/3/items`
#[cfg(feature = "contacts")]
#[derive(Debug, Clone)]
#[derive(serde::Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum SingleFilterSearchRequestValueArrayItem {
    String(String),
    Integer(i64),
    /// A value matching none of the alternatives this version of the SDK knows.
    Unknown(serde_json::Value),
}

#[cfg(feature = "contacts")]
impl Default for SingleFilterSearchRequestValueArrayItem {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

#[cfg(feature = "contacts")]
impl<'de> serde::Deserialize<'de> for SingleFilterSearchRequestValueArrayItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const SHAPES: &[crate::wire::Shape] = &[
            crate::wire::Shape {
                kind: crate::wire::Kind::String,
                required: &[],
                properties: &[],
                tags: &[],
            },
            crate::wire::Shape {
                kind: crate::wire::Kind::Integer,
                required: &[],
                properties: &[],
                tags: &[],
            },
        ];
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::wire::candidates(&value, None, SHAPES) {
            let decoded = match index {
                0 => {
                    <String as serde::Deserialize>::deserialize(
                            crate::wire::Lenient(&value),
                        )
                        .map(Self::String)
                }
                1 => {
                    <i64 as serde::Deserialize>::deserialize(
                            crate::wire::Lenient(&value),
                        )
                        .map(Self::Integer)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(Self::Unknown(value))
    }
}

/// How the filters are combined.
///
/// Schema: `#/components/schemas/multiple_filter_search_request/properties/operator`
#[cfg(feature = "contacts")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MultipleFilterSearchRequestOperator {
    /// `AND`
    And,
    /// `OR`
    Or,
    /// A value this version of the SDK does not know.
    Unknown(String),
}

#[cfg(feature = "contacts")]
crate::wire::string_enum!(MultipleFilterSearchRequestOperator { And("AND"), Or("OR") });

/// Schema: `#/components/schemas/multiple_filter_search_request/properties/value/items`
#[cfg(feature = "contacts")]
#[derive(Debug, Clone)]
#[derive(serde::Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum MultipleFilterSearchRequestValueItem {
    SingleFilterSearchRequest(SingleFilterSearchRequest),
    MultipleFilterSearchRequest(MultipleFilterSearchRequest),
    /// A value matching none of the alternatives this version of the SDK knows.
    Unknown(serde_json::Value),
}

#[cfg(feature = "contacts")]
impl Default for MultipleFilterSearchRequestValueItem {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

#[cfg(feature = "contacts")]
impl<'de> serde::Deserialize<'de> for MultipleFilterSearchRequestValueItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const SHAPES: &[crate::wire::Shape] = &[
            crate::wire::Shape {
                kind: crate::wire::Kind::Object,
                required: &["field", "operator", "value"],
                properties: &["field", "operator", "value"],
                tags: &[
                    "!=",
                    "!~",
                    "$",
                    "<",
                    "<=",
                    "=",
                    ">",
                    ">=",
                    "IN",
                    "NIN",
                    "^",
                    "~",
                ],
            },
            crate::wire::Shape {
                kind: crate::wire::Kind::Object,
                required: &["operator", "value"],
                properties: &["operator", "value"],
                tags: &["AND", "OR"],
            },
        ];
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::wire::candidates(&value, Some("operator"), SHAPES) {
            let decoded = match index {
                0 => {
                    <SingleFilterSearchRequest as serde::Deserialize>::deserialize(
                            crate::wire::Lenient(&value),
                        )
                        .map(Self::SingleFilterSearchRequest)
                }
                1 => {
                    <MultipleFilterSearchRequest as serde::Deserialize>::deserialize(
                            crate::wire::Lenient(&value),
                        )
                        .map(Self::MultipleFilterSearchRequest)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(Self::Unknown(value))
    }
}

/// Always `list`.
///
/// Always `list`.
///
/// Schema: `#/components/schemas/custom_object_instances_paginated_list/properties/type`
#[cfg(feature = "custom_object_instances")]
pub type CustomObjectInstancesPaginatedListType = String;

/// Always `pages`.
///
/// Always `pages`.
///
/// Schema: `#/components/schemas/pages_link/properties/type`
#[cfg(any(feature = "ai_content", feature = "custom_object_instances"))]
pub type PagesLinkType = String;

/// Always `content_import_source`.
///
/// Always `content_import_source`.
///
/// Schema: `#/components/schemas/content_import_source/properties/type`
#[cfg(feature = "ai_content")]
pub type ContentImportSourceType = String;

/// How the source's pages are kept up to date; `api` when you push them yourself.
///
/// Schema: `#/components/schemas/content_import_source/properties/sync_behavior`
#[cfg(feature = "ai_content")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContentImportSourceSyncBehavior {
    /// `api`
    Api,
    /// `automatic`
    Automatic,
    /// `manual`
    Manual,
    /// A value this version of the SDK does not know.
    Unknown(String),
}

#[cfg(feature = "ai_content")]
crate::wire::string_enum!(
    ContentImportSourceSyncBehavior { Api("api"), Automatic("automatic"),
    Manual("manual") }
);

/// Whether the source is in use.
///
/// Schema: `#/components/schemas/content_import_source/properties/status`
#[cfg(feature = "ai_content")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContentImportSourceStatus {
    /// `active`
    Active,
    /// `deactivated`
    Deactivated,
    /// A value this version of the SDK does not know.
    Unknown(String),
}

#[cfg(feature = "ai_content")]
crate::wire::string_enum!(
    ContentImportSourceStatus { Active("active"), Deactivated("deactivated") }
);

/// Always `list`.
///
/// Always `list`.
///
/// Schema: `#/components/schemas/content_import_sources_list/properties/type`
#[cfg(feature = "ai_content")]
pub type ContentImportSourcesListType = String;

/// Must be `api` for sources whose pages you push through the API.
///
/// Schema: `#/components/schemas/create_content_import_source_request/properties/sync_behavior`
#[cfg(feature = "ai_content")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreateContentImportSourceRequestSyncBehavior {
    /// `api`
    Api,
    /// A value this version of the SDK does not know.
    Unknown(String),
}

#[cfg(feature = "ai_content")]
crate::wire::string_enum!(CreateContentImportSourceRequestSyncBehavior { Api("api") });

/// Whether the source starts active.
///
/// Schema: `#/components/schemas/create_content_import_source_request/properties/status`
#[cfg(feature = "ai_content")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreateContentImportSourceRequestStatus {
    /// `active`
    Active,
    /// `deactivated`
    Deactivated,
    /// A value this version of the SDK does not know.
    Unknown(String),
}

#[cfg(feature = "ai_content")]
crate::wire::string_enum!(
    CreateContentImportSourceRequestStatus { Active("active"), Deactivated("deactivated")
    }
);

/// One audience id or a list of them; defaults to the workspace's default audience.
///
/// Schema: `#/components/schemas/create_content_import_source_request/properties/audience_ids`
#[cfg(feature = "ai_content")]
#[derive(Debug, Clone)]
#[derive(serde::Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum CreateContentImportSourceRequestAudienceIds {
    Integer(i64),
    Array(Vec<i64>),
    /// A value matching none of the alternatives this version of the SDK knows.
    Unknown(serde_json::Value),
}

#[cfg(feature = "ai_content")]
impl Default for CreateContentImportSourceRequestAudienceIds {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

#[cfg(feature = "ai_content")]
impl<'de> serde::Deserialize<'de> for CreateContentImportSourceRequestAudienceIds {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const SHAPES: &[crate::wire::Shape] = &[
            crate::wire::Shape {
                kind: crate::wire::Kind::Integer,
                required: &[],
                properties: &[],
                tags: &[],
            },
            crate::wire::Shape {
                kind: crate::wire::Kind::Array,
                required: &[],
                properties: &[],
                tags: &[],
            },
        ];
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::wire::candidates(&value, None, SHAPES) {
            let decoded = match index {
                0 => {
                    <i64 as serde::Deserialize>::deserialize(
                            crate::wire::Lenient(&value),
                        )
                        .map(Self::Integer)
                }
                1 => {
                    <Vec<
                        i64,
                    > as serde::Deserialize>::deserialize(crate::wire::Lenient(&value))
                        .map(Self::Array)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(Self::Unknown(value))
    }
}

/// How the source's pages are kept up to date.
///
/// Schema: `#/components/schemas/update_content_import_source_request/properties/sync_behavior`
#[cfg(feature = "ai_content")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UpdateContentImportSourceRequestSyncBehavior {
    /// `api`
    Api,
    /// `automated`
    Automated,
    /// `manual`
    Manual,
    /// A value this version of the SDK does not know.
    Unknown(String),
}

#[cfg(feature = "ai_content")]
crate::wire::string_enum!(
    UpdateContentImportSourceRequestSyncBehavior { Api("api"), Automated("automated"),
    Manual("manual") }
);

/// Whether the source is in use.
///
/// Schema: `#/components/schemas/update_content_import_source_request/properties/status`
#[cfg(feature = "ai_content")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UpdateContentImportSourceRequestStatus {
    /// `active`
    Active,
    /// `deactivated`
    Deactivated,
    /// A value this version of the SDK does not know.
    Unknown(String),
}

#[cfg(feature = "ai_content")]
crate::wire::string_enum!(
    UpdateContentImportSourceRequestStatus { Active("active"), Deactivated("deactivated")
    }
);

/// One audience id or a list of them.
///
/// Schema: `#/components/schemas/update_content_import_source_request/properties/audience_ids`
#[cfg(feature = "ai_content")]
#[derive(Debug, Clone)]
#[derive(serde::Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum UpdateContentImportSourceRequestAudienceIds {
    Integer(i64),
    Array(Vec<i64>),
    /// A value matching none of the alternatives this version of the SDK knows.
    Unknown(serde_json::Value),
}

#[cfg(feature = "ai_content")]
impl Default for UpdateContentImportSourceRequestAudienceIds {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

#[cfg(feature = "ai_content")]
impl<'de> serde::Deserialize<'de> for UpdateContentImportSourceRequestAudienceIds {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const SHAPES: &[crate::wire::Shape] = &[
            crate::wire::Shape {
                kind: crate::wire::Kind::Integer,
                required: &[],
                properties: &[],
                tags: &[],
            },
            crate::wire::Shape {
                kind: crate::wire::Kind::Array,
                required: &[],
                properties: &[],
                tags: &[],
            },
        ];
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::wire::candidates(&value, None, SHAPES) {
            let decoded = match index {
                0 => {
                    <i64 as serde::Deserialize>::deserialize(
                            crate::wire::Lenient(&value),
                        )
                        .map(Self::Integer)
                }
                1 => {
                    <Vec<
                        i64,
                    > as serde::Deserialize>::deserialize(crate::wire::Lenient(&value))
                        .map(Self::Array)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(Self::Unknown(value))
    }
}

/// Always `external_page`.
///
/// Always `external_page`.
///
/// Schema: `#/components/schemas/external_page/properties/type`
#[cfg(feature = "ai_content")]
pub type ExternalPageType = String;

/// The page's language; only `en` is supported.
///
/// Always `en`.
///
/// Schema: `#/components/schemas/external_page/properties/locale`
#[cfg(feature = "ai_content")]
pub type ExternalPageLocale = String;

/// Always `list`.
///
/// Always `list`.
///
/// Schema: `#/components/schemas/external_pages_list/properties/type`
#[cfg(feature = "ai_content")]
pub type ExternalPagesListType = String;

/// The page's language; only `en` is supported.
///
/// Schema: `#/components/schemas/create_external_page_request/properties/locale`
#[cfg(feature = "ai_content")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreateExternalPageRequestLocale {
    /// `en`
    En,
    /// A value this version of the SDK does not know.
    Unknown(String),
}

#[cfg(feature = "ai_content")]
crate::wire::string_enum!(CreateExternalPageRequestLocale { En("en") });

/// The page's language; only `en` is supported.
///
/// Schema: `#/components/schemas/update_external_page_request/properties/locale`
#[cfg(feature = "ai_content")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UpdateExternalPageRequestLocale {
    /// `en`
    En,
    /// A value this version of the SDK does not know.
    Unknown(String),
}

#[cfg(feature = "ai_content")]
crate::wire::string_enum!(UpdateExternalPageRequestLocale { En("en") });

/// Whether the conversation is open, closed or snoozed.
///
/// Schema: `#/components/schemas/conversation/properties/state`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConversationState {
    /// `open`
    Open,
    /// `closed`
    Closed,
    /// `snoozed`
    Snoozed,
    /// A value this version of the SDK does not know.
    Unknown(String),
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::string_enum!(
    ConversationState { Open("open"), Closed("closed"), Snoozed("snoozed") }
);

/// The conversation's priority level.
///
/// Schema: `#/components/schemas/conversation/properties/priority`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConversationPriority {
    /// `none`
    None,
    /// `low`
    Low,
    /// `medium`
    Medium,
    /// `high`
    High,
    /// `urgent`
    Urgent,
    /// A value this version of the SDK does not know.
    Unknown(String),
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::string_enum!(
    ConversationPriority { None("none"), Low("low"), Medium("medium"), High("high"),
    Urgent("urgent") }
);

/// Schema: `#/components/schemas/conversation_source/properties/recipients/items`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct ConversationSourceRecipientsItem {
    /// The header the address appeared in, `to`, `cc` or `bcc`.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(rename = "type", skip_serializing_if = "Option::is_none")
    )]
    pub type_: Option<String>,
    /// The recipient's address.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub email: Option<String>,
    /// Why the recipient was dropped, if it was.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub drop_reason: Option<String>,
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::object!(
    ConversationSourceRecipientsItem { type_("type"), email, drop_reason }
);

/// Schema: `#/components/schemas/conversation_source/properties/reply_to/items`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize))]
pub struct ConversationSourceReplyToItem {
    /// A Reply-To address.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub email: Option<String>,
    /// The display name of the Reply-To address.
    #[cfg_attr(
        feature = "serialize-responses",
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub name: Option<String>,
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::object!(ConversationSourceReplyToItem { email, name });

/// Always `contact.list`.
///
/// Always `contact.list`.
///
/// Schema: `#/components/schemas/conversation_contacts/properties/type`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
pub type ConversationContactsType = String;

/// `hit` when every target was met, `missed` when one was missed, `cancelled` when the SLA was removed, `active` while targets are still running.
///
/// Schema: `#/components/schemas/sla_applied/properties/sla_status`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SlaAppliedSlaStatus {
    /// `hit`
    Hit,
    /// `missed`
    Missed,
    /// `cancelled`
    Cancelled,
    /// `active`
    Active,
    /// A value this version of the SDK does not know.
    Unknown(String),
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::string_enum!(
    SlaAppliedSlaStatus { Hit("hit"), Missed("missed"), Cancelled("cancelled"),
    Active("active") }
);

/// Always `tag.list`.
///
/// Always `tag.list`.
///
/// Schema: `#/components/schemas/tags/properties/type`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
pub type TagsType = String;

/// Schema: `#/components/schemas/custom_attributes/additionalProperties`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize), serde(untagged))]
#[non_exhaustive]
pub enum CustomAttributesInnerValue {
    String(String),
    Integer(i64),
    CustomObjectInstanceList(CustomObjectInstanceList),
    /// A value matching none of the alternatives this version of the SDK knows.
    Unknown(serde_json::Value),
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
impl Default for CustomAttributesInnerValue {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
impl<'de> serde::Deserialize<'de> for CustomAttributesInnerValue {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const SHAPES: &[crate::wire::Shape] = &[
            crate::wire::Shape {
                kind: crate::wire::Kind::String,
                required: &[],
                properties: &[],
                tags: &[],
            },
            crate::wire::Shape {
                kind: crate::wire::Kind::Integer,
                required: &[],
                properties: &[],
                tags: &[],
            },
            crate::wire::Shape {
                kind: crate::wire::Kind::Object,
                required: &[],
                properties: &["instances", "type"],
                tags: &[],
            },
        ];
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::wire::candidates(&value, None, SHAPES) {
            let decoded = match index {
                0 => {
                    <String as serde::Deserialize>::deserialize(
                            crate::wire::Lenient(&value),
                        )
                        .map(Self::String)
                }
                1 => {
                    <i64 as serde::Deserialize>::deserialize(
                            crate::wire::Lenient(&value),
                        )
                        .map(Self::Integer)
                }
                2 => {
                    <CustomObjectInstanceList as serde::Deserialize>::deserialize(
                            crate::wire::Lenient(&value),
                        )
                        .map(Self::CustomObjectInstanceList)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(Self::Unknown(value))
    }
}

/// Always `conversation_part.list`.
///
/// Always `conversation_part.list`.
///
/// Schema: `#/components/schemas/conversation_parts/properties/type`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
pub type ConversationPartsType = String;

/// The conversation's state when the part was created.
///
/// Schema: `#/components/schemas/conversation_part/properties/state`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConversationPartState {
    /// `open`
    Open,
    /// `closed`
    Closed,
    /// `snoozed`
    Snoozed,
    /// A value this version of the SDK does not know.
    Unknown(String),
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::string_enum!(
    ConversationPartState { Open("open"), Closed("closed"), Snoozed("snoozed") }
);

/// What brought AI Agent into the conversation.
///
/// Schema: `#/components/schemas/ai_agent/properties/source_type`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AiAgentSourceType {
    /// `essentials_plan_setup`
    EssentialsPlanSetup,
    /// `profile`
    Profile,
    /// `workflow`
    Workflow,
    /// `workflow_preview`
    WorkflowPreview,
    /// `fin_preview`
    FinPreview,
    /// A value this version of the SDK does not know.
    Unknown(String),
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::string_enum!(
    AiAgentSourceType { EssentialsPlanSetup("essentials_plan_setup"), Profile("profile"),
    Workflow("workflow"), WorkflowPreview("workflow_preview"), FinPreview("fin_preview")
    }
);

/// The kind of the last answer AI Agent gave, or null if it gave none.
///
/// Schema: `#/components/schemas/ai_agent/properties/last_answer_type`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AiAgentLastAnswerType {
    /// `ai_answer`
    AiAnswer,
    /// `custom_answer`
    CustomAnswer,
    /// A value this version of the SDK does not know.
    Unknown(String),
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::string_enum!(
    AiAgentLastAnswerType { AiAnswer("ai_answer"), CustomAnswer("custom_answer") }
);

/// How AI Agent's involvement ended, or null if it gave no answer.
///
/// Schema: `#/components/schemas/ai_agent/properties/resolution_state`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AiAgentResolutionState {
    /// `assumed_resolution`
    AssumedResolution,
    /// `confirmed_resolution`
    ConfirmedResolution,
    /// `escalated`
    Escalated,
    /// `negative_feedback`
    NegativeFeedback,
    /// `procedure_handoff`
    ProcedureHandoff,
    /// A value this version of the SDK does not know.
    Unknown(String),
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::string_enum!(
    AiAgentResolutionState { AssumedResolution("assumed_resolution"),
    ConfirmedResolution("confirmed_resolution"), Escalated("escalated"),
    NegativeFeedback("negative_feedback"), ProcedureHandoff("procedure_handoff") }
);

/// Always `content_source.list`.
///
/// Always `content_source.list`.
///
/// Schema: `#/components/schemas/content_sources_list/properties/type`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
pub type ContentSourcesListType = String;

/// The kind of content.
///
/// Schema: `#/components/schemas/content_source/properties/content_type`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContentSourceContentType {
    /// `file`
    File,
    /// `article`
    Article,
    /// `external_content`
    ExternalContent,
    /// `content_snippet`
    ContentSnippet,
    /// `workflow_connector_action`
    WorkflowConnectorAction,
    /// A value this version of the SDK does not know.
    Unknown(String),
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::string_enum!(
    ContentSourceContentType { File("file"), Article("article"),
    ExternalContent("external_content"), ContentSnippet("content_snippet"),
    WorkflowConnectorAction("workflow_connector_action") }
);

/// The outcome of the Sales Agent's interaction, used for billing and tracking.
///
/// Schema: `#/components/schemas/sales_agent/properties/outcome`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SalesAgentOutcome {
    /// `qualified`
    Qualified,
    /// `disqualified`
    Disqualified,
    /// `product_discovery`
    ProductDiscovery,
    /// `escalated_to_support`
    EscalatedToSupport,
    /// `spam`
    Spam,
    /// A value this version of the SDK does not know.
    Unknown(String),
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::string_enum!(
    SalesAgentOutcome { Qualified("qualified"), Disqualified("disqualified"),
    ProductDiscovery("product_discovery"), EscalatedToSupport("escalated_to_support"),
    Spam("spam") }
);

/// `admin` for a teammate, `ai` for Fin or when no teammate was reviewed.
///
/// Schema: `#/components/schemas/conversation_scorecard_reviewed_teammate/properties/type`
#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConversationScorecardReviewedTeammateType {
    /// `ai`
    Ai,
    /// `admin`
    Admin,
    /// A value this version of the SDK does not know.
    Unknown(String),
}

#[cfg(
    any(feature = "conversation_parts", feature = "conversations", feature = "tickets")
)]
crate::wire::string_enum!(
    ConversationScorecardReviewedTeammateType { Ai("ai"), Admin("admin") }
);

/// Always `conversation_part`.
///
/// Schema: `#/components/schemas/redact_conversation_part_request/properties/type`
#[cfg(feature = "conversation_parts")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RedactConversationPartRequestType {
    /// `conversation_part`
    ConversationPart,
    /// A value this version of the SDK does not know.
    Unknown(String),
}

#[cfg(feature = "conversation_parts")]
crate::wire::string_enum!(
    RedactConversationPartRequestType { ConversationPart("conversation_part") }
);

/// Always `source`.
///
/// Schema: `#/components/schemas/redact_conversation_source_request/properties/type`
#[cfg(feature = "conversation_parts")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RedactConversationSourceRequestType {
    /// `source`
    Source,
    /// A value this version of the SDK does not know.
    Unknown(String),
}

#[cfg(feature = "conversation_parts")]
crate::wire::string_enum!(RedactConversationSourceRequestType { Source("source") });

/// Whether handling was paused or resumed.
///
/// Schema: `#/components/schemas/handling_event/properties/type`
#[cfg(feature = "conversations")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HandlingEventType {
    /// `paused`
    Paused,
    /// `resumed`
    Resumed,
    /// A value this version of the SDK does not know.
    Unknown(String),
}

#[cfg(feature = "conversations")]
crate::wire::string_enum!(HandlingEventType { Paused("paused"), Resumed("resumed") });

/// The kind of teammate.
///
/// Schema: `#/components/schemas/teammate_reference/properties/type`
#[cfg(feature = "conversations")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TeammateReferenceType {
    /// `admin`
    Admin,
    /// `team`
    Team,
    /// `bot`
    Bot,
    /// A value this version of the SDK does not know.
    Unknown(String),
}

#[cfg(feature = "conversations")]
crate::wire::string_enum!(
    TeammateReferenceType { Admin("admin"), Team("team"), Bot("bot") }
);

/// Schema: `#/paths/~1custom_object_instances~1{custom_object_type_identifier}/get/responses/200/content/application~1json/schema`
#[cfg(feature = "custom_object_instances")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "serialize-responses", derive(serde::Serialize), serde(untagged))]
#[non_exhaustive]
pub enum ListCustomObjectInstancesResponse {
    CustomObjectInstancesPaginatedList(CustomObjectInstancesPaginatedList),
    CustomObjectInstance(CustomObjectInstance),
    /// A value matching none of the alternatives this version of the SDK knows.
    Unknown(serde_json::Value),
}

#[cfg(feature = "custom_object_instances")]
impl Default for ListCustomObjectInstancesResponse {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

#[cfg(feature = "custom_object_instances")]
impl<'de> serde::Deserialize<'de> for ListCustomObjectInstancesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const SHAPES: &[crate::wire::Shape] = &[
            crate::wire::Shape {
                kind: crate::wire::Kind::Object,
                required: &["data", "type"],
                properties: &["data", "pages", "total_count", "type"],
                tags: &[],
            },
            crate::wire::Shape {
                kind: crate::wire::Kind::Object,
                required: &["id", "type"],
                properties: &[
                    "created_at",
                    "custom_attributes",
                    "external_created_at",
                    "external_id",
                    "external_updated_at",
                    "id",
                    "type",
                    "updated_at",
                ],
                tags: &[],
            },
        ];
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::wire::candidates(&value, None, SHAPES) {
            let decoded = match index {
                0 => {
                    <CustomObjectInstancesPaginatedList as serde::Deserialize>::deserialize(
                            crate::wire::Lenient(&value),
                        )
                        .map(Self::CustomObjectInstancesPaginatedList)
                }
                1 => {
                    <CustomObjectInstance as serde::Deserialize>::deserialize(
                            crate::wire::Lenient(&value),
                        )
                        .map(Self::CustomObjectInstance)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(Self::Unknown(value))
    }
}

/// Optional parameters of [`Client::show_contact`](crate::Client::show_contact).
#[cfg(feature = "contacts")]
#[derive(Debug, Clone, Default)]
pub struct ShowContactParams {
    /// When `true`, users carry a `merge_history` array listing the contacts that were merged into them.
    ///
    /// The `include_merge_history` query parameter.
    pub include_merge_history: Option<bool>,
}

/// Optional parameters of [`Client::show_contact_by_external_id`](crate::Client::show_contact_by_external_id).
#[cfg(feature = "contacts")]
#[derive(Debug, Clone, Default)]
pub struct ShowContactByExternalIdParams {
    /// When `true`, users carry a `merge_history` array listing the contacts that were merged into them.
    ///
    /// The `include_merge_history` query parameter.
    pub include_merge_history: Option<bool>,
}

/// Optional parameters of [`Client::search_contacts`](crate::Client::search_contacts).
#[cfg(feature = "contacts")]
#[derive(Debug, Clone, Default)]
pub struct SearchContactsParams {
    /// When `true`, users carry a `merge_history` array listing the contacts that were merged into them.
    ///
    /// The `include_merge_history` query parameter.
    pub include_merge_history: Option<bool>,
}

/// Optional parameters of [`Client::list_custom_object_instances`](crate::Client::list_custom_object_instances).
#[cfg(feature = "custom_object_instances")]
#[derive(Debug, Clone, Default)]
pub struct ListCustomObjectInstancesParams {
    /// Only return instances referenced by this contact.
    ///
    /// The `references_contact_id` query parameter.
    pub references_contact_id: Option<String>,
    /// Only return instances referenced by this conversation.
    ///
    /// The `references_conversation_id` query parameter.
    pub references_conversation_id: Option<String>,
    /// Return only the instance with this external id, as a single object.
    ///
    /// The `external_id` query parameter.
    pub external_id: Option<String>,
    /// The page of results to return, starting at 1.
    ///
    /// The `page` query parameter.
    pub page: Option<i64>,
    /// How many instances to return per page (at most 150).
    ///
    /// The `per_page` query parameter.
    pub per_page: Option<i64>,
}

/// Optional parameters of [`Client::retrieve_conversation`](crate::Client::retrieve_conversation).
#[cfg(feature = "conversations")]
#[derive(Debug, Clone, Default)]
pub struct RetrieveConversationParams {
    /// Pass `plaintext` to get message bodies and subjects as plain text, with links written as `label (url)`.
    ///
    /// The `display_as` query parameter.
    pub display_as: Option<String>,
    /// When `true`, conversation parts are translated into the conversation's detected language.
    ///
    /// The `include_translations` query parameter.
    pub include_translations: Option<bool>,
    /// When `true`, the source of an email conversation includes the earlier email history.
    ///
    /// The `include_email_history` query parameter.
    pub include_email_history: Option<bool>,
    /// When `true`, `monitor_evaluations` lists the QA monitors that flagged the conversation.
    ///
    /// The `include_monitors` query parameter.
    pub include_monitors: Option<bool>,
    /// When `true`, the response carries the conversation's QA scorecard results in `scorecards`.
    ///
    /// The `include_scorecards` query parameter.
    pub include_scorecards: Option<bool>,
}

#[cfg(feature = "contacts")]
impl crate::Page for ContactList {
    type Item = Contact;
    fn next_page(&self) -> Option<crate::PageRequest> {
        let pages = self.pages.as_ref()?;
        let next = pages.next.as_ref()?;
        let starting_after = next.starting_after.as_ref()?;
        (!starting_after.is_empty())
            .then(|| crate::PageRequest::Cursor(starting_after.clone()))
    }

    fn into_items(self) -> Vec<Contact> {
        self.data
    }
}

#[cfg(feature = "custom_object_instances")]
impl crate::Page for CustomObjectInstancesPaginatedList {
    type Item = CustomObjectInstance;
    fn next_page(&self) -> Option<crate::PageRequest> {
        let pages = self.pages.as_ref()?;
        let page = pages.page.as_ref()?;
        let total_pages = pages.total_pages.as_ref()?;
        let page: i64 = *page;
        (page < *total_pages).then_some(crate::PageRequest::Number(page + 1))
    }

    fn into_items(self) -> Vec<CustomObjectInstance> {
        self.data
    }
}

#[cfg(feature = "custom_object_instances")]
impl crate::Page for ListCustomObjectInstancesResponse {
    type Item = CustomObjectInstance;
    fn next_page(&self) -> Option<crate::PageRequest> {
        match self {
            Self::CustomObjectInstancesPaginatedList(page) => {
                crate::Page::next_page(page)
            }
            _ => None,
        }
    }

    fn into_items(self) -> Vec<CustomObjectInstance> {
        match self {
            Self::CustomObjectInstancesPaginatedList(page) => {
                crate::Page::into_items(page)
            }
            Self::CustomObjectInstance(item) => vec![item],
            _ => Vec::new(),
        }
    }
}
