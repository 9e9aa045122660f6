// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Ticket Type Attributes`.
//!
//! The fields a ticket type collects, created and changed per ticket type.

/// # Ticket Type Attributes
///
/// The fields a ticket type collects, created and changed per ticket type.
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{
    ///     CreateTicketTypeAttributeRequest, CreateTicketTypeAttributeRequestDataType,
    /// };
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = CreateTicketTypeAttributeRequest::new(
    ///             "Courier",
    ///             "The courier that delivered the parcel.",
    ///             CreateTicketTypeAttributeRequestDataType::List,
    ///         )
    ///         .visible_on_create(true)
    ///         .visible_to_contacts(true)
    ///         .list_items("DHL,An Post,UPS");
    ///     let ticket_type_attribute = client
    ///         .create_ticket_type_attribute("41", &request)
    ///         .await?;
    ///     println!("{ticket_type_attribute:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn create_ticket_type_attribute(
        &self,
        ticket_type_id: &str,
        body: &crate::types::CreateTicketTypeAttributeRequest,
    ) -> crate::Call<'_, crate::types::TicketTypeAttribute> {
        let request = crate::request::ApiRequest::new(
                "createTicketTypeAttribute",
                reqwest::Method::POST,
                "/ticket_types/{ticket_type_id}/attributes",
                [
                    "/ticket_types/",
                    &crate::request::encode_segment(ticket_type_id),
                    "/attributes",
                ]
                    .concat(),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::TicketTypeAttribute>(),
        )
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::UpdateTicketTypeAttributeRequest;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = UpdateTicketTypeAttributeRequest::new()
    ///         .description("The order number printed on the parcel label.");
    ///     let ticket_type_attribute = client
    ///         .update_ticket_type_attribute("41", "319", &request)
    ///         .await?;
    ///     println!("{ticket_type_attribute:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn update_ticket_type_attribute(
        &self,
        ticket_type_id: &str,
        id: &str,
        body: &crate::types::UpdateTicketTypeAttributeRequest,
    ) -> crate::Call<'_, crate::types::TicketTypeAttribute> {
        let request = crate::request::ApiRequest::new(
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
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::TicketTypeAttribute>(),
        )
    }
}
