// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Tickets`.
//!
//! Customer, back-office and tracker tickets, their replies and their linked conversations.

impl crate::Client {
    /// Reply to a ticket
    ///
    /// Since 2.9.
    ///
    /// Adds a part to a ticket: a comment or internal note from an admin, a set of quick reply options from an admin, or a comment on behalf of the contact.
    ///
    /// Admin notes can be cross-posted to every conversation linked to a tracker ticket with `cross_post`. Contacts cannot reply to back-office tickets. Set `skip_notifications` to `true` to add the part without notifying anyone.
    ///
    /// `POST /tickets/{id}/reply` (operation `replyTicket`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the ticket (the `id` field, not the Inbox `ticket_id`).
    /// - `body`: the `application/json` request body
    pub async fn reply_ticket(
        &self,
        id: &str,
        body: &crate::types::ReplyTicketRequest,
    ) -> crate::Result<crate::types::TicketReply> {
        self.reply_ticket_with_response(id, body).await.map(crate::Response::into_body)
    }

    /// Like [`Client::reply_ticket`](crate::Client::reply_ticket), also returning the status, headers and rate-limit information.
    pub async fn reply_ticket_with_response(
        &self,
        id: &str,
        body: &crate::types::ReplyTicketRequest,
    ) -> crate::Result<crate::Response<crate::types::TicketReply>> {
        let mut request = crate::request::ApiRequest::new(
            "replyTicket",
            reqwest::Method::POST,
            "/tickets/{id}/reply",
            ["/tickets/", &crate::request::encode_segment(id), "/reply"].concat(),
        );
        request.json(body)?;
        crate::client::execute(self, request).await?.json::<crate::types::TicketReply>()
    }

    /// Attach a conversation to a tracker ticket
    ///
    /// Since 2.16.
    ///
    /// Links a conversation, or a conversation that was converted into a customer ticket, to a tracker ticket and returns the linked conversation.
    /// Use it when more reports of the same problem arrive after the tracker ticket was opened. Only tracker tickets accept links, a conversation can belong to only one tracker, and a tracker accepts at most 2,500 linked conversations. Requires the `write_tickets` scope.
    ///
    /// `POST /tickets/{ticket_id}/linked_conversations` (operation `linkConversationToTicket`)
    ///
    /// Arguments:
    /// - `ticket_id`: Intercom's identifier of the tracker ticket.
    /// - `body`: the `application/json` request body
    pub async fn link_conversation_to_ticket(
        &self,
        ticket_id: &str,
        body: &crate::types::LinkConversationToTicketRequest,
    ) -> crate::Result<crate::types::Conversation> {
        self.link_conversation_to_ticket_with_response(ticket_id, body)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::link_conversation_to_ticket`](crate::Client::link_conversation_to_ticket), also returning the status, headers and rate-limit information.
    pub async fn link_conversation_to_ticket_with_response(
        &self,
        ticket_id: &str,
        body: &crate::types::LinkConversationToTicketRequest,
    ) -> crate::Result<crate::Response<crate::types::Conversation>> {
        let mut request = crate::request::ApiRequest::new(
            "linkConversationToTicket",
            reqwest::Method::POST,
            "/tickets/{ticket_id}/linked_conversations",
            [
                "/tickets/",
                &crate::request::encode_segment(ticket_id),
                "/linked_conversations",
            ]
                .concat(),
        );
        request.json(body)?;
        crate::client::execute(self, request).await?.json::<crate::types::Conversation>()
    }

    /// Detach a conversation from a tracker ticket
    ///
    /// Since 2.16.
    ///
    /// Removes the link between a tracker ticket and one of its linked conversations (or converted customer tickets) and returns that conversation. Requires the `write_tickets` scope.
    ///
    /// `DELETE /tickets/{ticket_id}/linked_conversations/{id}` (operation `unlinkConversationFromTicket`)
    ///
    /// Arguments:
    /// - `ticket_id`: Intercom's identifier of the tracker ticket.
    /// - `id`: The id of the conversation, or customer ticket, to remove from the tracker.
    pub async fn unlink_conversation_from_ticket(
        &self,
        ticket_id: &str,
        id: &str,
    ) -> crate::Result<crate::types::Conversation> {
        self.unlink_conversation_from_ticket_with_response(ticket_id, id)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::unlink_conversation_from_ticket`](crate::Client::unlink_conversation_from_ticket), also returning the status, headers and rate-limit information.
    pub async fn unlink_conversation_from_ticket_with_response(
        &self,
        ticket_id: &str,
        id: &str,
    ) -> crate::Result<crate::Response<crate::types::Conversation>> {
        let request = crate::request::ApiRequest::new(
            "unlinkConversationFromTicket",
            reqwest::Method::DELETE,
            "/tickets/{ticket_id}/linked_conversations/{id}",
            [
                "/tickets/",
                &crate::request::encode_segment(ticket_id),
                "/linked_conversations/",
                &crate::request::encode_segment(id),
            ]
                .concat(),
        );
        crate::client::execute(self, request).await?.json::<crate::types::Conversation>()
    }

    /// Create a ticket
    ///
    /// Since 2.9.
    ///
    /// Opens a new ticket of the given ticket type for one contact. Set `skip_notifications` to `true` to create it silently, for example when importing tickets from another help desk; otherwise the contact and the teammates involved are notified as usual.
    ///
    /// `POST /tickets` (operation `createTicket`)
    ///
    /// Arguments:
    /// - `body`: the `application/json` request body
    pub async fn create_ticket(
        &self,
        body: &crate::types::CreateTicketRequestObject,
    ) -> crate::Result<crate::types::Ticket> {
        self.create_ticket_with_response(body).await.map(crate::Response::into_body)
    }

    /// Like [`Client::create_ticket`](crate::Client::create_ticket), also returning the status, headers and rate-limit information.
    pub async fn create_ticket_with_response(
        &self,
        body: &crate::types::CreateTicketRequestObject,
    ) -> crate::Result<crate::Response<crate::types::Ticket>> {
        let mut request = crate::request::ApiRequest::new(
            "createTicket",
            reqwest::Method::POST,
            "/tickets",
            String::from("/tickets"),
        );
        request.json(body)?;
        crate::client::execute(self, request).await?.json::<crate::types::Ticket>()
    }

    /// Enqueue the creation of a ticket
    ///
    /// Since 2.14.
    ///
    /// Queues a ticket for creation in the background and returns the job that will create it; poll the job to learn the ticket's fate. The inputs are checked as far as possible before queueing, and a request that fails that check is rejected with 400 instead of being queued.
    ///
    /// `POST /tickets/enqueue` (operation `enqueueCreateTicket`)
    ///
    /// Arguments:
    /// - `body`: the `application/json` request body
    pub async fn enqueue_create_ticket(
        &self,
        body: &crate::types::EnqueueCreateTicketRequest,
    ) -> crate::Result<crate::types::Jobs> {
        self.enqueue_create_ticket_with_response(body)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::enqueue_create_ticket`](crate::Client::enqueue_create_ticket), also returning the status, headers and rate-limit information.
    pub async fn enqueue_create_ticket_with_response(
        &self,
        body: &crate::types::EnqueueCreateTicketRequest,
    ) -> crate::Result<crate::Response<crate::types::Jobs>> {
        let mut request = crate::request::ApiRequest::new(
            "enqueueCreateTicket",
            reqwest::Method::POST,
            "/tickets/enqueue",
            String::from("/tickets/enqueue"),
        );
        request.json(body)?;
        crate::client::execute(self, request).await?.json::<crate::types::Jobs>()
    }

    /// Retrieve a ticket
    ///
    /// Since 2.9.
    ///
    /// Returns one ticket with its attributes, current state, type, contacts, linked objects and up to 500 ticket parts.
    ///
    /// `GET /tickets/{id}` (operation `getTicket`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the ticket: the `id` field of the ticket object, not the `ticket_id` number shown to teammates in the Inbox.
    pub async fn get_ticket(&self, id: &str) -> crate::Result<crate::types::Ticket> {
        self.get_ticket_with_response(id).await.map(crate::Response::into_body)
    }

    /// Like [`Client::get_ticket`](crate::Client::get_ticket), also returning the status, headers and rate-limit information.
    pub async fn get_ticket_with_response(
        &self,
        id: &str,
    ) -> crate::Result<crate::Response<crate::types::Ticket>> {
        let request = crate::request::ApiRequest::new(
            "getTicket",
            reqwest::Method::GET,
            "/tickets/{id}",
            ["/tickets/", &crate::request::encode_segment(id)].concat(),
        );
        crate::client::execute(self, request).await?.json::<crate::types::Ticket>()
    }

    /// Update a ticket
    ///
    /// Since 2.9.
    ///
    /// Changes a ticket's attributes, state, assignment, visibility or snooze time. Fields left out of the body keep their current value.
    ///
    /// To change the state, pass a `ticket_state_id` that belongs to the ticket's type (see the ticket type's `ticket_states`); any other id is rejected with `ticket_state_id_invalid`. Set `skip_notifications` to `true` to make the change without notifying the contact or teammates.
    ///
    /// `PUT /tickets/{id}` (operation `updateTicket`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the ticket: the `id` field of the ticket object, not the `ticket_id` number shown to teammates in the Inbox.
    /// - `body`: the `application/json` request body
    pub async fn update_ticket(
        &self,
        id: &str,
        body: &crate::types::UpdateTicketRequestObject,
    ) -> crate::Result<crate::types::Ticket> {
        self.update_ticket_with_response(id, body).await.map(crate::Response::into_body)
    }

    /// Like [`Client::update_ticket`](crate::Client::update_ticket), also returning the status, headers and rate-limit information.
    pub async fn update_ticket_with_response(
        &self,
        id: &str,
        body: &crate::types::UpdateTicketRequestObject,
    ) -> crate::Result<crate::Response<crate::types::Ticket>> {
        let mut request = crate::request::ApiRequest::new(
            "updateTicket",
            reqwest::Method::PUT,
            "/tickets/{id}",
            ["/tickets/", &crate::request::encode_segment(id)].concat(),
        );
        request.json(body)?;
        crate::client::execute(self, request).await?.json::<crate::types::Ticket>()
    }

    /// Delete a ticket
    ///
    /// Since 2.13.
    ///
    /// Permanently deletes a ticket; this cannot be undone.
    ///
    /// Replies, notes, attributes and uploads are all removed. The ticket still counts in reports, but some of its reporting data may be incomplete afterwards.
    ///
    /// `DELETE /tickets/{id}` (operation `deleteTicket`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the ticket: the `id` field of the ticket object, not the `ticket_id` number shown to teammates in the Inbox.
    pub async fn delete_ticket(
        &self,
        id: &str,
    ) -> crate::Result<crate::types::TicketDeleted> {
        self.delete_ticket_with_response(id).await.map(crate::Response::into_body)
    }

    /// Like [`Client::delete_ticket`](crate::Client::delete_ticket), also returning the status, headers and rate-limit information.
    pub async fn delete_ticket_with_response(
        &self,
        id: &str,
    ) -> crate::Result<crate::Response<crate::types::TicketDeleted>> {
        let request = crate::request::ApiRequest::new(
            "deleteTicket",
            reqwest::Method::DELETE,
            "/tickets/{id}",
            ["/tickets/", &crate::request::encode_segment(id)].concat(),
        );
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::TicketDeleted>()
    }

    /// Change the type of a ticket
    ///
    /// Since 2.16.
    ///
    /// Moves a ticket to another ticket type of the same category. Attributes with the same name and type carry over from the old type; values in `ticket_attributes` replace them.
    ///
    /// `POST /tickets/{ticket_id}/change_type` (operation `changeTicketType`)
    ///
    /// Arguments:
    /// - `ticket_id`: The id of the ticket.
    /// - `body`: the `application/json` request body
    pub async fn change_ticket_type(
        &self,
        ticket_id: &str,
        body: &crate::types::ChangeTicketTypeRequest,
    ) -> crate::Result<crate::types::Ticket> {
        self.change_ticket_type_with_response(ticket_id, body)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::change_ticket_type`](crate::Client::change_ticket_type), also returning the status, headers and rate-limit information.
    pub async fn change_ticket_type_with_response(
        &self,
        ticket_id: &str,
        body: &crate::types::ChangeTicketTypeRequest,
    ) -> crate::Result<crate::Response<crate::types::Ticket>> {
        let mut request = crate::request::ApiRequest::new(
            "changeTicketType",
            reqwest::Method::POST,
            "/tickets/{ticket_id}/change_type",
            ["/tickets/", &crate::request::encode_segment(ticket_id), "/change_type"]
                .concat(),
        );
        request.json(body)?;
        crate::client::execute(self, request).await?.json::<crate::types::Ticket>()
    }

    /// Search tickets
    ///
    /// Since 2.10.
    ///
    /// Returns the tickets whose attributes match a query: one filter, or filters nested under `AND` and `OR` operators. Results come a page at a time, 20 per page by default; pass `pages.next.starting_after` back in `pagination.starting_after` for the next page.
    ///
    /// `POST /tickets/search` (operation `searchTickets`)
    ///
    /// Arguments:
    /// - `body`: the `application/json` request body
    pub async fn search_tickets(
        &self,
        body: &crate::types::SearchRequest,
    ) -> crate::Result<crate::types::TicketList> {
        self.search_tickets_with_response(body).await.map(crate::Response::into_body)
    }

    /// Like [`Client::search_tickets`](crate::Client::search_tickets), also returning the status, headers and rate-limit information.
    pub async fn search_tickets_with_response(
        &self,
        body: &crate::types::SearchRequest,
    ) -> crate::Result<crate::Response<crate::types::TicketList>> {
        let mut request = crate::request::ApiRequest::new(
            "searchTickets",
            reqwest::Method::POST,
            "/tickets/search",
            String::from("/tickets/search"),
        );
        request.json(body)?;
        crate::client::execute(self, request).await?.json::<crate::types::TicketList>()
    }

    /// Every item of [`Client::search_tickets`](crate::Client::search_tickets), across all pages: a stream that fetches the next page only when the items of the previous one have been consumed. It ends after the last page, or after the first error.
    pub fn search_tickets_stream(
        &self,
        body: &crate::types::SearchRequest,
    ) -> impl futures_core::Stream<
        Item = crate::Result<crate::types::Ticket>,
    > + Send + Unpin + '_ {
        crate::pagination::items(self.search_tickets_pages(body))
    }

    /// The pages of [`Client::search_tickets`](crate::Client::search_tickets), one by one, fetched lazily.
    pub fn search_tickets_pages(
        &self,
        body: &crate::types::SearchRequest,
    ) -> impl futures_core::Stream<
        Item = crate::Result<crate::types::TicketList>,
    > + Send + Unpin + '_ {
        let body = body.clone();
        crate::pagination::paginate_pages(
            "searchTickets",
            None,
            move |page: Option<crate::PageRequest>| {
                let mut body = body.clone();
                if let Some(crate::PageRequest::Cursor(cursor)) = page {
                    let mut pagination = match body.pagination.clone() {
                        Some(crate::Nullable::Value(value)) => value,
                        _ => Default::default(),
                    };
                    pagination.starting_after = Some(cursor);
                    body.pagination = Some(crate::Nullable::Value(pagination));
                }
                async move { self.search_tickets(&body).await }
            },
        )
    }
}
