// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Ticket Type Attributes`.
//!
//! The fields a ticket type collects, created and changed per ticket type.

impl crate::Client {
    /// Add an attribute to a ticket type
    ///
    /// Since 2.9.
    ///
    /// Adds an attribute to a ticket type. Tickets of the type can then carry a value for it, under the attribute's name in `ticket_attributes`.
    ///
    /// `POST /ticket_types/{ticket_type_id}/attributes` (operation `createTicketTypeAttribute`)
    ///
    /// Arguments:
    /// - `ticket_type_id`: The id of the ticket type.
    /// - `body`: the `application/json` request body
    pub async fn create_ticket_type_attribute(
        &self,
        ticket_type_id: &str,
        body: &crate::types::CreateTicketTypeAttributeRequest,
    ) -> crate::Result<crate::types::TicketTypeAttribute> {
        self.create_ticket_type_attribute_with_response(ticket_type_id, body)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::create_ticket_type_attribute`](crate::Client::create_ticket_type_attribute), also returning the status, headers and rate-limit information.
    pub async fn create_ticket_type_attribute_with_response(
        &self,
        ticket_type_id: &str,
        body: &crate::types::CreateTicketTypeAttributeRequest,
    ) -> crate::Result<crate::Response<crate::types::TicketTypeAttribute>> {
        let mut request = crate::request::ApiRequest::new(
            "createTicketTypeAttribute",
            reqwest::Method::POST,
            "/ticket_types/{ticket_type_id}/attributes",
            [
                "/ticket_types/",
                &crate::request::encode_segment(ticket_type_id),
                "/attributes",
            ]
                .concat(),
        );
        request.json(body)?;
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::TicketTypeAttribute>()
    }

    /// Update an attribute of a ticket type
    ///
    /// Since 2.9.
    ///
    /// Changes an attribute of a ticket type, or archives it with `archived: true`. Tickets that already have a value keep it.
    ///
    /// `PUT /ticket_types/{ticket_type_id}/attributes/{id}` (operation `updateTicketTypeAttribute`)
    ///
    /// Arguments:
    /// - `ticket_type_id`: The id of the ticket type.
    /// - `id`: The id of the ticket type attribute.
    /// - `body`: the `application/json` request body
    pub async fn update_ticket_type_attribute(
        &self,
        ticket_type_id: &str,
        id: &str,
        body: &crate::types::UpdateTicketTypeAttributeRequest,
    ) -> crate::Result<crate::types::TicketTypeAttribute> {
        self.update_ticket_type_attribute_with_response(ticket_type_id, id, body)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::update_ticket_type_attribute`](crate::Client::update_ticket_type_attribute), also returning the status, headers and rate-limit information.
    pub async fn update_ticket_type_attribute_with_response(
        &self,
        ticket_type_id: &str,
        id: &str,
        body: &crate::types::UpdateTicketTypeAttributeRequest,
    ) -> crate::Result<crate::Response<crate::types::TicketTypeAttribute>> {
        let mut request = crate::request::ApiRequest::new(
            "updateTicketTypeAttribute",
            reqwest::Method::PUT,
            "/ticket_types/{ticket_type_id}/attributes/{id}",
            [
                "/ticket_types/",
                &crate::request::encode_segment(ticket_type_id),
                "/attributes/",
                &crate::request::encode_segment(id),
            ]
                .concat(),
        );
        request.json(body)?;
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::TicketTypeAttribute>()
    }
}
