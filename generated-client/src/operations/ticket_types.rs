// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Ticket Types`.
//!
//! Templates that define the category, icon and attributes of tickets.

/// # Ticket Types
///
/// Templates that define the category, icon and attributes of tickets.
impl crate::Client {
    /// List all ticket types
    ///
    /// Since 2.9.
    ///
    /// Returns the ticket types of the workspace, each with its attributes and the ticket states available to it.
    ///
    /// `GET /ticket_types` (operation `listTicketTypes`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let ticket_type_list = client.list_ticket_types().await?;
    ///     println!("{ticket_type_list:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_ticket_types(&self) -> crate::Call<'_, crate::types::TicketTypeList> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "listTicketTypes",
                reqwest::Method::GET,
                "/ticket_types",
                String::from("/ticket_types"),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::TicketTypeList>(),
        )
    }

    /// Create a ticket type
    ///
    /// Since 2.9.
    ///
    /// Creates a ticket type. Every new type starts with the two default attributes `_default_title_` and `_default_description_`; add more with the ticket type attributes API.
    ///
    /// The `icon` is a single emoji, for example one from the Twemoji set.
    ///
    /// `POST /ticket_types` (operation `createTicketType`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{CreateTicketTypeRequest, TicketCategory};
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = CreateTicketTypeRequest::new("Checkout outage")
    ///         .description("Incidents that stop customers from paying.")
    ///         .category(TicketCategory::Tracker)
    ///         .icon("🚨")
    ///         .is_internal(false);
    ///     let ticket_type = client.create_ticket_type(&request).await?;
    ///     println!("{ticket_type:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn create_ticket_type(
        &self,
        body: &crate::types::CreateTicketTypeRequest,
    ) -> crate::Call<'_, crate::types::TicketType> {
        let request = crate::request::ApiRequest::new(
                "createTicketType",
                reqwest::Method::POST,
                "/ticket_types",
                String::from("/ticket_types"),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::TicketType>(),
        )
    }

    /// Retrieve a ticket type
    ///
    /// Since 2.9.
    ///
    /// Returns one ticket type with its attributes and available ticket states.
    ///
    /// `GET /ticket_types/{id}` (operation `getTicketType`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the ticket type.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let ticket_type = client.get_ticket_type("41").await?;
    ///     println!("{ticket_type:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn get_ticket_type(
        &self,
        id: &str,
    ) -> crate::Call<'_, crate::types::TicketType> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "getTicketType",
                reqwest::Method::GET,
                "/ticket_types/{id}",
                ["/ticket_types/", &crate::request::encode_segment(id)].concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::TicketType>(),
        )
    }

    /// Update a ticket type
    ///
    /// Since 2.9.
    ///
    /// Changes the name, description, category, icon, internal flag or archived status of a ticket type. Fields left out of the body keep their current value.
    ///
    /// `PUT /ticket_types/{id}` (operation `updateTicketType`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the ticket type.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::UpdateTicketTypeRequest;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = UpdateTicketTypeRequest::new()
    ///         .name("Damaged or missing item")
    ///         .icon("🧰");
    ///     let ticket_type = client.update_ticket_type("41", &request).await?;
    ///     println!("{ticket_type:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn update_ticket_type(
        &self,
        id: &str,
        body: &crate::types::UpdateTicketTypeRequest,
    ) -> crate::Call<'_, crate::types::TicketType> {
        let request = crate::request::ApiRequest::new(
                "updateTicketType",
                reqwest::Method::PUT,
                "/ticket_types/{id}",
                ["/ticket_types/", &crate::request::encode_segment(id)].concat(),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::TicketType>(),
        )
    }
}
