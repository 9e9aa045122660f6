// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Ticket States`.
//!
//! The custom states a ticket can be in, grouped by category.

impl crate::Client {
    /// List all ticket states
    ///
    /// Since 2.12.
    ///
    /// Returns the ticket states defined in the workspace, each with its archived flag and the ticket types it is available on.
    ///
    /// `GET /ticket_states` (operation `listTicketStates`)
    pub async fn list_ticket_states(
        &self,
    ) -> crate::Result<crate::types::TicketStateList> {
        self.list_ticket_states_with_response().await.map(crate::Response::into_body)
    }

    /// Like [`Client::list_ticket_states`](crate::Client::list_ticket_states), also returning the status, headers and rate-limit information.
    pub async fn list_ticket_states_with_response(
        &self,
    ) -> crate::Result<crate::Response<crate::types::TicketStateList>> {
        let request = crate::request::ApiRequest::new(
            "listTicketStates",
            reqwest::Method::GET,
            "/ticket_states",
            String::from("/ticket_states"),
        );
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::TicketStateList>()
    }
}
