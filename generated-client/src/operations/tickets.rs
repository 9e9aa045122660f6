// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Tickets`.
//!
//! Customer, back-office and tracker tickets, their replies and their linked conversations.

/// # Tickets
///
/// Customer, back-office and tracker tickets, their replies and their linked conversations.
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{
    ///     AdminReplyRequestMessageType, ReplyTicketRequest, ReplyTicketRequestAdmin,
    /// };
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = ReplyTicketRequest::Admin(
    ///         ReplyTicketRequestAdmin::new(AdminReplyRequestMessageType::Note, "7301942")
    ///             .body("<p>Warehouse confirmed the frame was packed without foam.</p>"),
    ///     );
    ///     let ticket_reply = client.reply_ticket("918", &request).await?;
    ///     println!("{ticket_reply:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn reply_ticket(
        &self,
        id: &str,
        body: &crate::types::ReplyTicketRequest,
    ) -> crate::Call<'_, crate::types::TicketReply> {
        let request = crate::request::ApiRequest::new(
                "replyTicket",
                reqwest::Method::POST,
                "/tickets/{id}/reply",
                ["/tickets/", &crate::request::encode_segment(id), "/reply"].concat(),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::TicketReply>(),
        )
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::LinkConversationToTicketRequest;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = LinkConversationToTicketRequest::new("1274");
    ///     let conversation = client.link_conversation_to_ticket("934", &request).await?;
    ///     println!("{conversation:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn link_conversation_to_ticket(
        &self,
        ticket_id: &str,
        body: &crate::types::LinkConversationToTicketRequest,
    ) -> crate::Call<'_, crate::types::Conversation> {
        let request = crate::request::ApiRequest::new(
                "linkConversationToTicket",
                reqwest::Method::POST,
                "/tickets/{ticket_id}/linked_conversations",
                [
                    "/tickets/",
                    &crate::request::encode_segment(ticket_id),
                    "/linked_conversations",
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
            |response| response.json::<crate::types::Conversation>(),
        )
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let conversation = client.unlink_conversation_from_ticket("934", "1274").await?;
    ///     println!("{conversation:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn unlink_conversation_from_ticket(
        &self,
        ticket_id: &str,
        id: &str,
    ) -> crate::Call<'_, crate::types::Conversation> {
        let request = Ok(
            crate::request::ApiRequest::new(
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
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::Conversation>(),
        )
    }

    /// Create a ticket
    ///
    /// Since 2.9.
    ///
    /// Opens a new ticket of the given ticket type for one contact. Set `skip_notifications` to `true` to create it silently, for example when importing tickets from another help desk; otherwise the contact and the teammates involved are notified as usual.
    ///
    /// `POST /tickets` (operation `createTicket`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{
    ///     CreateTicketRequestContactsItemId, CreateTicketRequestObject,
    /// };
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = CreateTicketRequestObject::new(
    ///             "41",
    ///             [CreateTicketRequestContactsItemId::new("66a1f3c2b8e4d70012ab34cd")],
    ///         )
    ///         .ticket_attributes([
    ///             ("Order number", "NW-20931"),
    ///             (
    ///                 "_default_description_",
    ///                 "The top tube has a deep scratch along its length.",
    ///             ),
    ///             ("_default_title_", "Frame arrived scratched"),
    ///         ]);
    ///     let ticket = client.create_ticket(&request).await?;
    ///     println!("{ticket:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn create_ticket(
        &self,
        body: &crate::types::CreateTicketRequestObject,
    ) -> crate::Call<'_, crate::types::Ticket> {
        let request = crate::request::ApiRequest::new(
                "createTicket",
                reqwest::Method::POST,
                "/tickets",
                String::from("/tickets"),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::Ticket>(),
        )
    }

    /// Enqueue the creation of a ticket
    ///
    /// Since 2.14.
    ///
    /// Queues a ticket for creation in the background and returns the job that will create it; poll the job to learn the ticket's fate. The inputs are checked as far as possible before queueing, and a request that fails that check is rejected with 400 instead of being queued.
    ///
    /// `POST /tickets/enqueue` (operation `enqueueCreateTicket`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{
    ///     CreateTicketRequestContactsItemId, EnqueueCreateTicketRequest,
    /// };
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = EnqueueCreateTicketRequest::new(
    ///             "41",
    ///             [CreateTicketRequestContactsItemId::new("66a1f3c2b8e4d70012ab34cd")],
    ///         )
    ///         .ticket_attributes([
    ///             ("Order number", "NW-20931"),
    ///             ("_default_title_", "Frame arrived scratched"),
    ///         ]);
    ///     let jobs = client.enqueue_create_ticket(&request).await?;
    ///     println!("{jobs:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn enqueue_create_ticket(
        &self,
        body: &crate::types::EnqueueCreateTicketRequest,
    ) -> crate::Call<'_, crate::types::Jobs> {
        let request = crate::request::ApiRequest::new(
                "enqueueCreateTicket",
                reqwest::Method::POST,
                "/tickets/enqueue",
                String::from("/tickets/enqueue"),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(self, request, |response| response.json::<crate::types::Jobs>())
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let ticket = client.get_ticket("918").await?;
    ///     println!("{ticket:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn get_ticket(&self, id: &str) -> crate::Call<'_, crate::types::Ticket> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "getTicket",
                reqwest::Method::GET,
                "/tickets/{id}",
                ["/tickets/", &crate::request::encode_segment(id)].concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::Ticket>(),
        )
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::UpdateTicketRequestObject;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = UpdateTicketRequestObject::new()
    ///         .ticket_state_id("5121")
    ///         .admin_id(7301942)
    ///         .assignee_id("7301955");
    ///     let ticket = client.update_ticket("918", &request).await?;
    ///     println!("{ticket:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn update_ticket(
        &self,
        id: &str,
        body: &crate::types::UpdateTicketRequestObject,
    ) -> crate::Call<'_, crate::types::Ticket> {
        let request = crate::request::ApiRequest::new(
                "updateTicket",
                reqwest::Method::PUT,
                "/tickets/{id}",
                ["/tickets/", &crate::request::encode_segment(id)].concat(),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::Ticket>(),
        )
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let ticket_deleted = client.delete_ticket("918").await?;
    ///     println!("{ticket_deleted:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn delete_ticket(
        &self,
        id: &str,
    ) -> crate::Call<'_, crate::types::TicketDeleted> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "deleteTicket",
                reqwest::Method::DELETE,
                "/tickets/{id}",
                ["/tickets/", &crate::request::encode_segment(id)].concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::TicketDeleted>(),
        )
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::ChangeTicketTypeRequest;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = ChangeTicketTypeRequest::new("44", "5140")
    ///         .ticket_attributes([
    ///             ("_default_title_", "Frame arrived without its seat clamp"),
    ///         ]);
    ///     let ticket = client.change_ticket_type("918", &request).await?;
    ///     println!("{ticket:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn change_ticket_type(
        &self,
        ticket_id: &str,
        body: &crate::types::ChangeTicketTypeRequest,
    ) -> crate::Call<'_, crate::types::Ticket> {
        let request = crate::request::ApiRequest::new(
                "changeTicketType",
                reqwest::Method::POST,
                "/tickets/{ticket_id}/change_type",
                ["/tickets/", &crate::request::encode_segment(ticket_id), "/change_type"]
                    .concat(),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::Ticket>(),
        )
    }

    /// Search tickets
    ///
    /// Since 2.10.
    ///
    /// Returns the tickets whose attributes match a query: one filter, or filters nested under `AND` and `OR` operators. Results come a page at a time, 20 per page by default; pass `pages.next.starting_after` back in `pagination.starting_after` for the next page.
    ///
    /// `POST /tickets/search` (operation `searchTickets`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{
    ///     MultipleFilterSearchRequest, MultipleFilterSearchRequestOperator,
    ///     MultipleFilterSearchRequestValue, SearchRequest, SingleFilterSearchRequest,
    ///     SingleFilterSearchRequestOperator, StartingAfterPaging,
    /// };
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = SearchRequest::new(
    ///             MultipleFilterSearchRequest::new()
    ///                 .operator(MultipleFilterSearchRequestOperator::And)
    ///                 .value(
    ///                     MultipleFilterSearchRequestValue::Single(
    ///                         Vec::from([
    ///                             SingleFilterSearchRequest::new()
    ///                                 .field("open")
    ///                                 .operator(SingleFilterSearchRequestOperator::Equals)
    ///                                 .value(true),
    ///                             SingleFilterSearchRequest::new()
    ///                                 .field("contact_ids")
    ///                                 .operator(SingleFilterSearchRequestOperator::Equals)
    ///                                 .value("66a1f3c2b8e4d70012ab34cd"),
    ///                         ]),
    ///                     ),
    ///                 ),
    ///         )
    ///         .pagination(StartingAfterPaging::new().per_page(20));
    ///     let ticket_list = client.search_tickets(&request).await?;
    ///     println!("{ticket_list:?}");
    ///     let mut items = client.search_tickets_stream(&request);
    ///     while let Some(item) = items.try_next().await? {
    ///         println!("{item:?}");
    ///     }
    ///     Ok(())
    /// }
    /// ```
    pub fn search_tickets(
        &self,
        body: &crate::types::SearchRequest,
    ) -> crate::Call<'_, crate::types::TicketList> {
        let request = crate::request::ApiRequest::new(
                "searchTickets",
                reqwest::Method::POST,
                "/tickets/search",
                String::from("/tickets/search"),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::TicketList>(),
        )
    }

    /// Every item of [`Client::search_tickets`](crate::Client::search_tickets), across all pages: a stream that fetches the next page only when the items of the previous one have been consumed. It ends after the last page, or after the first error.
    pub fn search_tickets_stream(
        &self,
        body: &crate::types::SearchRequest,
    ) -> crate::Paginated<'_, crate::types::Ticket> {
        crate::pagination::items(self.search_tickets_pages(body))
    }

    /// The pages of [`Client::search_tickets`](crate::Client::search_tickets), one by one, fetched lazily.
    pub fn search_tickets_pages(
        &self,
        body: &crate::types::SearchRequest,
    ) -> crate::Paginated<'_, crate::types::TicketList> {
        let body = body.clone();
        crate::pagination::paginate_pages(
            "searchTickets",
            None,
            move |page: Option<crate::PageRequest>| {
                let mut body = body.clone();
                if let Some(crate::PageRequest::Cursor(cursor)) = page {
                    let mut pagination = match body.pagination.clone() {
                        Some(crate::Nullable::Value(value)) => value,
                        _ => crate::wire::Blank::blank(),
                    };
                    pagination.starting_after = Some(cursor);
                    body.pagination = Some(crate::Nullable::Value(pagination));
                }
                async move { self.search_tickets(&body).await }
            },
        )
    }
}
