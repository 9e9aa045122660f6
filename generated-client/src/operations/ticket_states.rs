// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Ticket States`.
//!
//! The custom states a ticket can be in, grouped by category.

/// # Ticket States
///
/// The custom states a ticket can be in, grouped by category.
impl crate::Client {
    /// List all ticket states
    ///
    /// Since 2.12.
    ///
    /// Returns the ticket states defined in the workspace, each with its archived flag and the ticket types it is available on.
    ///
    /// `GET /ticket_states` (operation `listTicketStates`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let ticket_state_list = client.list_ticket_states().await?;
    ///     println!("{ticket_state_list:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_ticket_states(&self) -> crate::Call<'_, crate::types::TicketStateList> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "listTicketStates",
                reqwest::Method::GET,
                "/ticket_states",
                String::from("/ticket_states"),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::TicketStateList>(),
        )
    }
}
