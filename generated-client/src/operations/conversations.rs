// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Conversations`.
//!
//! Conversations between contacts and teammates, their replies and their conversion into tickets.

impl crate::Client {
    /// List all conversations
    ///
    /// Since 2.7.
    ///
    /// Returns the conversations of the workspace, newest first, one page at a time: 20 per page by default, at most 150. Pass `pages.next.starting_after` of a page as `starting_after` to get the next one. Parts are not included; retrieve a conversation to get them.
    ///
    /// `GET /conversations` (operation `listConversations`)
    ///
    /// Arguments:
    /// - `params`: optional parameters
    pub async fn list_conversations(
        &self,
        params: &crate::types::ListConversationsParams,
    ) -> crate::Result<crate::types::ConversationList> {
        self.list_conversations_with_response(params)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::list_conversations`](crate::Client::list_conversations), also returning the status, headers and rate-limit information.
    pub async fn list_conversations_with_response(
        &self,
        params: &crate::types::ListConversationsParams,
    ) -> crate::Result<crate::Response<crate::types::ConversationList>> {
        let mut request = crate::request::ApiRequest::new(
            "listConversations",
            reqwest::Method::GET,
            "/conversations",
            String::from("/conversations"),
        );
        request
            .query(
                "per_page",
                &params.per_page,
                crate::request::QueryStyle::Form {
                    explode: true,
                },
            )?;
        request
            .query(
                "starting_after",
                &params.starting_after,
                crate::request::QueryStyle::Form {
                    explode: true,
                },
            )?;
        request
            .query(
                "include_monitors",
                &params.include_monitors,
                crate::request::QueryStyle::Form {
                    explode: true,
                },
            )?;
        request
            .query(
                "include_scorecards",
                &params.include_scorecards,
                crate::request::QueryStyle::Form {
                    explode: true,
                },
            )?;
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::ConversationList>()
    }

    /// Every item of [`Client::list_conversations`](crate::Client::list_conversations), across all pages: a stream that fetches the next page only when the items of the previous one have been consumed. It ends after the last page, or after the first error.
    pub fn list_conversations_stream(
        &self,
        params: &crate::types::ListConversationsParams,
    ) -> impl futures_core::Stream<
        Item = crate::Result<crate::types::ConversationListItem>,
    > + Send + Unpin + '_ {
        crate::pagination::items(self.list_conversations_pages(params))
    }

    /// The pages of [`Client::list_conversations`](crate::Client::list_conversations), one by one, fetched lazily.
    pub fn list_conversations_pages(
        &self,
        params: &crate::types::ListConversationsParams,
    ) -> impl futures_core::Stream<
        Item = crate::Result<crate::types::ConversationList>,
    > + Send + Unpin + '_ {
        let params = params.clone();
        crate::pagination::paginate_pages(
            "listConversations",
            None,
            move |page: Option<crate::PageRequest>| {
                let mut params = params.clone();
                if let Some(crate::PageRequest::Cursor(cursor)) = page {
                    params.starting_after = Some(cursor);
                }
                async move { self.list_conversations(&params).await }
            },
        )
    }

    /// Create a conversation
    ///
    /// Since 2.7.
    ///
    /// Starts a conversation with a message from a contact (user or lead); the message is delivered in the Messenger only. A visitor can start one too: give its id with `type: contact`, and the visitor is turned into a lead when the conversation is created.
    ///
    /// The response is the message that was created, with the id of the new conversation in `conversation_id`.
    ///
    /// `POST /conversations` (operation `createConversation`)
    ///
    /// Arguments:
    /// - `body`: the `application/json` request body
    pub async fn create_conversation(
        &self,
        body: &crate::types::CreateConversationRequest,
    ) -> crate::Result<crate::types::Message> {
        self.create_conversation_with_response(body)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::create_conversation`](crate::Client::create_conversation), also returning the status, headers and rate-limit information.
    pub async fn create_conversation_with_response(
        &self,
        body: &crate::types::CreateConversationRequest,
    ) -> crate::Result<crate::Response<crate::types::Message>> {
        let mut request = crate::request::ApiRequest::new(
            "createConversation",
            reqwest::Method::POST,
            "/conversations",
            String::from("/conversations"),
        );
        request.json(body)?;
        crate::client::execute(self, request).await?.json::<crate::types::Message>()
    }

    /// Retrieve a conversation
    ///
    /// Since 2.7.
    ///
    /// Returns one conversation with its source message, contacts, statistics and conversation parts.
    ///
    /// At most the 500 most recent parts are returned. AI Agent details are only filled in when the workspace has AI Agent enabled. Tickets are only returned to callers holding a ticket read scope.
    ///
    /// `GET /conversations/{id}` (operation `retrieveConversation`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the conversation.
    /// - `params`: optional parameters
    pub async fn retrieve_conversation(
        &self,
        id: i64,
        params: &crate::types::RetrieveConversationParams,
    ) -> crate::Result<crate::types::Conversation> {
        self.retrieve_conversation_with_response(id, params)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::retrieve_conversation`](crate::Client::retrieve_conversation), also returning the status, headers and rate-limit information.
    pub async fn retrieve_conversation_with_response(
        &self,
        id: i64,
        params: &crate::types::RetrieveConversationParams,
    ) -> crate::Result<crate::Response<crate::types::Conversation>> {
        let mut request = crate::request::ApiRequest::new(
            "retrieveConversation",
            reqwest::Method::GET,
            "/conversations/{id}",
            ["/conversations/", &crate::request::encode_segment(id)].concat(),
        );
        request
            .query(
                "display_as",
                &params.display_as,
                crate::request::QueryStyle::Form {
                    explode: true,
                },
            )?;
        request
            .query(
                "include_translations",
                &params.include_translations,
                crate::request::QueryStyle::Form {
                    explode: true,
                },
            )?;
        request
            .query(
                "include_email_history",
                &params.include_email_history,
                crate::request::QueryStyle::Form {
                    explode: true,
                },
            )?;
        request
            .query(
                "include_monitors",
                &params.include_monitors,
                crate::request::QueryStyle::Form {
                    explode: true,
                },
            )?;
        request
            .query(
                "include_scorecards",
                &params.include_scorecards,
                crate::request::QueryStyle::Form {
                    explode: true,
                },
            )?;
        crate::client::execute(self, request).await?.json::<crate::types::Conversation>()
    }

    /// Update a conversation
    ///
    /// Since 2.7.
    ///
    /// Changes a conversation's title, read flag, priority, company or custom attributes, including links to custom object instances. To reply, assign, open, close or snooze, use the reply and manage endpoints instead.
    ///
    /// A request that sets `custom_attributes` fails with 400 when the workspace has several non-archived conversation attributes with the same name.
    ///
    /// `PUT /conversations/{id}` (operation `updateConversation`)
    ///
    /// Arguments:
    /// - `id`: The id of the conversation to change.
    /// - `body`: the `application/json` request body
    /// - `params`: optional parameters
    pub async fn update_conversation(
        &self,
        id: i64,
        body: &crate::types::UpdateConversationRequest,
        params: &crate::types::UpdateConversationParams,
    ) -> crate::Result<crate::types::Conversation> {
        self.update_conversation_with_response(id, body, params)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::update_conversation`](crate::Client::update_conversation), also returning the status, headers and rate-limit information.
    pub async fn update_conversation_with_response(
        &self,
        id: i64,
        body: &crate::types::UpdateConversationRequest,
        params: &crate::types::UpdateConversationParams,
    ) -> crate::Result<crate::Response<crate::types::Conversation>> {
        let mut request = crate::request::ApiRequest::new(
            "updateConversation",
            reqwest::Method::PUT,
            "/conversations/{id}",
            ["/conversations/", &crate::request::encode_segment(id)].concat(),
        );
        request
            .query(
                "display_as",
                &params.display_as,
                crate::request::QueryStyle::Form {
                    explode: true,
                },
            )?;
        request.json(body)?;
        crate::client::execute(self, request).await?.json::<crate::types::Conversation>()
    }

    /// Delete a conversation
    ///
    /// Since 2.13.
    ///
    /// Deletes a conversation for good; it cannot be restored. By default (`retain_metrics=true`) its reporting data is kept, so it still counts in reports, perhaps with gaps. With `retain_metrics=false` the reporting data goes too, which needs the `delete_conversations_and_metrics` OAuth scope.
    ///
    /// `DELETE /conversations/{id}` (operation `deleteConversation`)
    ///
    /// Arguments:
    /// - `id`: The id of the conversation to delete.
    /// - `params`: optional parameters
    pub async fn delete_conversation(
        &self,
        id: i64,
        params: &crate::types::DeleteConversationParams,
    ) -> crate::Result<crate::types::ConversationDeleted> {
        self.delete_conversation_with_response(id, params)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::delete_conversation`](crate::Client::delete_conversation), also returning the status, headers and rate-limit information.
    pub async fn delete_conversation_with_response(
        &self,
        id: i64,
        params: &crate::types::DeleteConversationParams,
    ) -> crate::Result<crate::Response<crate::types::ConversationDeleted>> {
        let mut request = crate::request::ApiRequest::new(
            "deleteConversation",
            reqwest::Method::DELETE,
            "/conversations/{id}",
            ["/conversations/", &crate::request::encode_segment(id)].concat(),
        );
        request
            .query(
                "retain_metrics",
                &params.retain_metrics,
                crate::request::QueryStyle::Form {
                    explode: true,
                },
            )?;
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::ConversationDeleted>()
    }

    /// Search conversations
    ///
    /// Since 2.7.
    ///
    /// Returns the conversations whose attributes match a query: one filter, or filters nested under `AND` and `OR` operators. Results come a page at a time, 20 per page by default and at most 150; pass `pages.next.starting_after` back in `pagination.starting_after` for the next page.
    ///
    /// `POST /conversations/search` (operation `searchConversations`)
    ///
    /// Arguments:
    /// - `body`: the `application/json` request body
    /// - `params`: optional parameters
    pub async fn search_conversations(
        &self,
        body: &crate::types::SearchRequest,
        params: &crate::types::SearchConversationsParams,
    ) -> crate::Result<crate::types::ConversationList> {
        self.search_conversations_with_response(body, params)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::search_conversations`](crate::Client::search_conversations), also returning the status, headers and rate-limit information.
    pub async fn search_conversations_with_response(
        &self,
        body: &crate::types::SearchRequest,
        params: &crate::types::SearchConversationsParams,
    ) -> crate::Result<crate::Response<crate::types::ConversationList>> {
        let mut request = crate::request::ApiRequest::new(
            "searchConversations",
            reqwest::Method::POST,
            "/conversations/search",
            String::from("/conversations/search"),
        );
        request
            .query(
                "include_monitors",
                &params.include_monitors,
                crate::request::QueryStyle::Form {
                    explode: true,
                },
            )?;
        request
            .query(
                "include_scorecards",
                &params.include_scorecards,
                crate::request::QueryStyle::Form {
                    explode: true,
                },
            )?;
        request.json(body)?;
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::ConversationList>()
    }

    /// Every item of [`Client::search_conversations`](crate::Client::search_conversations), across all pages: a stream that fetches the next page only when the items of the previous one have been consumed. It ends after the last page, or after the first error.
    pub fn search_conversations_stream(
        &self,
        body: &crate::types::SearchRequest,
        params: &crate::types::SearchConversationsParams,
    ) -> impl futures_core::Stream<
        Item = crate::Result<crate::types::ConversationListItem>,
    > + Send + Unpin + '_ {
        crate::pagination::items(self.search_conversations_pages(body, params))
    }

    /// The pages of [`Client::search_conversations`](crate::Client::search_conversations), one by one, fetched lazily.
    pub fn search_conversations_pages(
        &self,
        body: &crate::types::SearchRequest,
        params: &crate::types::SearchConversationsParams,
    ) -> impl futures_core::Stream<
        Item = crate::Result<crate::types::ConversationList>,
    > + Send + Unpin + '_ {
        let body = body.clone();
        let params = params.clone();
        crate::pagination::paginate_pages(
            "searchConversations",
            None,
            move |page: Option<crate::PageRequest>| {
                let mut body = body.clone();
                let params = params.clone();
                if let Some(crate::PageRequest::Cursor(cursor)) = page {
                    let mut pagination = match body.pagination.clone() {
                        Some(crate::Nullable::Value(value)) => value,
                        _ => Default::default(),
                    };
                    pagination.starting_after = Some(cursor);
                    body.pagination = Some(crate::Nullable::Value(pagination));
                }
                async move { self.search_conversations(&body, &params).await }
            },
        )
    }

    /// Reply to a conversation
    ///
    /// Since 2.7.
    ///
    /// Adds a reply to a conversation: a comment or internal note from an admin, a set of quick reply options from an admin, or a comment on behalf of a contact. Pass `last` instead of an id to reply to the replying contact's most recent conversation.
    ///
    /// When a contact picks a quick reply option, a comment part is created whose metadata carries the `quick_reply_uuid` of the chosen option. Admin replies accept `skip_notifications` and `skip_unsnooze`. Bot replies to inbound email conversations are not emailed to the customer by default.
    ///
    /// `POST /conversations/{id}/reply` (operation `replyConversation`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the conversation, or `last` for the replying contact's most recent conversation.
    /// - `body`: the `application/json` request body
    pub async fn reply_conversation(
        &self,
        id: &str,
        body: &crate::types::ReplyConversationRequest,
    ) -> crate::Result<crate::types::Conversation> {
        self.reply_conversation_with_response(id, body)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::reply_conversation`](crate::Client::reply_conversation), also returning the status, headers and rate-limit information.
    pub async fn reply_conversation_with_response(
        &self,
        id: &str,
        body: &crate::types::ReplyConversationRequest,
    ) -> crate::Result<crate::Response<crate::types::Conversation>> {
        let mut request = crate::request::ApiRequest::new(
            "replyConversation",
            reqwest::Method::POST,
            "/conversations/{id}/reply",
            ["/conversations/", &crate::request::encode_segment(id), "/reply"].concat(),
        );
        request.json(body)?;
        crate::client::execute(self, request).await?.json::<crate::types::Conversation>()
    }

    /// Manage a conversation
    ///
    /// Since 2.7.
    ///
    /// Closes, snoozes, opens or assigns a conversation, depending on `message_type` in the body. Assigning can set an admin, a team or both; opening works on closed and snoozed conversations.
    ///
    /// `POST /conversations/{id}/parts` (operation `manageConversation`)
    ///
    /// Arguments:
    /// - `id`: The id of the conversation to manage.
    /// - `body`: the `application/json` request body
    pub async fn manage_conversation(
        &self,
        id: &str,
        body: &crate::types::ManageConversationRequest,
    ) -> crate::Result<crate::types::Conversation> {
        self.manage_conversation_with_response(id, body)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::manage_conversation`](crate::Client::manage_conversation), also returning the status, headers and rate-limit information.
    pub async fn manage_conversation_with_response(
        &self,
        id: &str,
        body: &crate::types::ManageConversationRequest,
    ) -> crate::Result<crate::Response<crate::types::Conversation>> {
        let mut request = crate::request::ApiRequest::new(
            "manageConversation",
            reqwest::Method::POST,
            "/conversations/{id}/parts",
            ["/conversations/", &crate::request::encode_segment(id), "/parts"].concat(),
        );
        request.json(body)?;
        crate::client::execute(self, request).await?.json::<crate::types::Conversation>()
    }

    /// List handling events of a conversation
    ///
    /// Since 2.15.
    ///
    /// Returns the pause and resume events recorded while teammates handled a conversation. Requires the `read_conversations` scope.
    ///
    /// `GET /conversations/{id}/handling_events` (operation `listHandlingEvents`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the conversation.
    pub async fn list_handling_events(
        &self,
        id: &str,
    ) -> crate::Result<crate::types::HandlingEventList> {
        self.list_handling_events_with_response(id).await.map(crate::Response::into_body)
    }

    /// Like [`Client::list_handling_events`](crate::Client::list_handling_events), also returning the status, headers and rate-limit information.
    pub async fn list_handling_events_with_response(
        &self,
        id: &str,
    ) -> crate::Result<crate::Response<crate::types::HandlingEventList>> {
        let request = crate::request::ApiRequest::new(
            "listHandlingEvents",
            reqwest::Method::GET,
            "/conversations/{id}/handling_events",
            ["/conversations/", &crate::request::encode_segment(id), "/handling_events"]
                .concat(),
        );
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::HandlingEventList>()
    }

    /// List the side conversations of a conversation
    ///
    /// Since 2.16.
    ///
    /// Returns the side conversations of a conversation, the internal threads teammates start from it, each with its parts. Results come in numbered pages of up to 50. Needs the `read_conversations` OAuth scope.
    ///
    /// `GET /conversations/{id}/side_conversations` (operation `listSideConversations`)
    ///
    /// Arguments:
    /// - `id`: The id of the conversation.
    /// - `params`: optional parameters
    pub async fn list_side_conversations(
        &self,
        id: &str,
        params: &crate::types::ListSideConversationsParams,
    ) -> crate::Result<crate::types::SideConversationList> {
        self.list_side_conversations_with_response(id, params)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::list_side_conversations`](crate::Client::list_side_conversations), also returning the status, headers and rate-limit information.
    pub async fn list_side_conversations_with_response(
        &self,
        id: &str,
        params: &crate::types::ListSideConversationsParams,
    ) -> crate::Result<crate::Response<crate::types::SideConversationList>> {
        let mut request = crate::request::ApiRequest::new(
            "listSideConversations",
            reqwest::Method::GET,
            "/conversations/{id}/side_conversations",
            [
                "/conversations/",
                &crate::request::encode_segment(id),
                "/side_conversations",
            ]
                .concat(),
        );
        request
            .query(
                "page",
                &params.page,
                crate::request::QueryStyle::Form {
                    explode: true,
                },
            )?;
        request
            .query(
                "per_page",
                &params.per_page,
                crate::request::QueryStyle::Form {
                    explode: true,
                },
            )?;
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::SideConversationList>()
    }

    /// Every item of [`Client::list_side_conversations`](crate::Client::list_side_conversations), across all pages: a stream that fetches the next page only when the items of the previous one have been consumed. It ends after the last page, or after the first error.
    pub fn list_side_conversations_stream(
        &self,
        id: &str,
        params: &crate::types::ListSideConversationsParams,
    ) -> impl futures_core::Stream<
        Item = crate::Result<crate::types::SideConversationSummary>,
    > + Send + Unpin + '_ {
        crate::pagination::items(self.list_side_conversations_pages(id, params))
    }

    /// The pages of [`Client::list_side_conversations`](crate::Client::list_side_conversations), one by one, fetched lazily.
    pub fn list_side_conversations_pages(
        &self,
        id: &str,
        params: &crate::types::ListSideConversationsParams,
    ) -> impl futures_core::Stream<
        Item = crate::Result<crate::types::SideConversationList>,
    > + Send + Unpin + '_ {
        let id = id.to_owned();
        let params = params.clone();
        crate::pagination::paginate_pages(
            "listSideConversations",
            None,
            move |page: Option<crate::PageRequest>| {
                let id = id.clone();
                let mut params = params.clone();
                if let Some(crate::PageRequest::Number(number)) = page {
                    params.page = Some(number);
                }
                async move { self.list_side_conversations(&id, &params).await }
            },
        )
    }

    /// Merge a conversation into another
    ///
    /// Since 2.16.
    ///
    /// Merges the conversation of the path into the one given by `merge_into_conversation_id`. The merged one ends up closed, with a link to the one that survives, and the response returns the survivor. Needs the `write_conversations` OAuth scope, and `write_tickets` as well when the merged conversation is a ticket.
    ///
    /// `POST /conversations/{id}/merge` (operation `mergeConversation`)
    ///
    /// Arguments:
    /// - `id`: The conversation to merge away (it gets closed).
    /// - `body`: the `application/json` request body
    pub async fn merge_conversation(
        &self,
        id: &str,
        body: &crate::types::MergeConversationsRequest,
    ) -> crate::Result<crate::types::Conversation> {
        self.merge_conversation_with_response(id, body)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::merge_conversation`](crate::Client::merge_conversation), also returning the status, headers and rate-limit information.
    pub async fn merge_conversation_with_response(
        &self,
        id: &str,
        body: &crate::types::MergeConversationsRequest,
    ) -> crate::Result<crate::Response<crate::types::Conversation>> {
        let mut request = crate::request::ApiRequest::new(
            "mergeConversation",
            reqwest::Method::POST,
            "/conversations/{id}/merge",
            ["/conversations/", &crate::request::encode_segment(id), "/merge"].concat(),
        );
        request.json(body)?;
        crate::client::execute(self, request).await?.json::<crate::types::Conversation>()
    }

    /// Turn a conversation into a customer ticket
    ///
    /// Since 2.10.
    ///
    /// Turns a conversation into a customer ticket of the given ticket type and returns the ticket, including its `ticket_state` object. Only ticket types of the `Customer` category can be used.
    ///
    /// `POST /conversations/{id}/convert` (operation `convertConversationToTicket`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the conversation.
    /// - `body`: the `application/json` request body
    pub async fn convert_conversation_to_ticket(
        &self,
        id: i64,
        body: &crate::types::ConvertConversationToTicketRequest,
    ) -> crate::Result<crate::types::Ticket> {
        self.convert_conversation_to_ticket_with_response(id, body)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::convert_conversation_to_ticket`](crate::Client::convert_conversation_to_ticket), also returning the status, headers and rate-limit information.
    pub async fn convert_conversation_to_ticket_with_response(
        &self,
        id: i64,
        body: &crate::types::ConvertConversationToTicketRequest,
    ) -> crate::Result<crate::Response<crate::types::Ticket>> {
        let mut request = crate::request::ApiRequest::new(
            "convertConversationToTicket",
            reqwest::Method::POST,
            "/conversations/{id}/convert",
            ["/conversations/", &crate::request::encode_segment(id), "/convert"].concat(),
        );
        request.json(body)?;
        crate::client::execute(self, request).await?.json::<crate::types::Ticket>()
    }

    /// List deleted conversations
    ///
    /// Since 2.16.
    ///
    /// Returns the ids of deleted conversations, with when each was deleted and whether its reporting data was kept. Results come in numbered pages, 20 per page by default, at most 60, newest first unless `order=asc`.
    ///
    /// `GET /conversations/deleted` (operation `listDeletedConversationIds`)
    ///
    /// Arguments:
    /// - `params`: optional parameters
    pub async fn list_deleted_conversation_ids(
        &self,
        params: &crate::types::ListDeletedConversationIdsParams,
    ) -> crate::Result<crate::types::DeletedConversationList> {
        self.list_deleted_conversation_ids_with_response(params)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::list_deleted_conversation_ids`](crate::Client::list_deleted_conversation_ids), also returning the status, headers and rate-limit information.
    pub async fn list_deleted_conversation_ids_with_response(
        &self,
        params: &crate::types::ListDeletedConversationIdsParams,
    ) -> crate::Result<crate::Response<crate::types::DeletedConversationList>> {
        let mut request = crate::request::ApiRequest::new(
            "listDeletedConversationIds",
            reqwest::Method::GET,
            "/conversations/deleted",
            String::from("/conversations/deleted"),
        );
        request
            .query(
                "page",
                &params.page,
                crate::request::QueryStyle::Form {
                    explode: true,
                },
            )?;
        request
            .query(
                "per_page",
                &params.per_page,
                crate::request::QueryStyle::Form {
                    explode: true,
                },
            )?;
        request
            .query(
                "order",
                &params.order,
                crate::request::QueryStyle::Form {
                    explode: true,
                },
            )?;
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::DeletedConversationList>()
    }

    /// Every item of [`Client::list_deleted_conversation_ids`](crate::Client::list_deleted_conversation_ids), across all pages: a stream that fetches the next page only when the items of the previous one have been consumed. It ends after the last page, or after the first error.
    pub fn list_deleted_conversation_ids_stream(
        &self,
        params: &crate::types::ListDeletedConversationIdsParams,
    ) -> impl futures_core::Stream<
        Item = crate::Result<crate::types::DeletedConversationItem>,
    > + Send + Unpin + '_ {
        crate::pagination::items(self.list_deleted_conversation_ids_pages(params))
    }

    /// The pages of [`Client::list_deleted_conversation_ids`](crate::Client::list_deleted_conversation_ids), one by one, fetched lazily.
    pub fn list_deleted_conversation_ids_pages(
        &self,
        params: &crate::types::ListDeletedConversationIdsParams,
    ) -> impl futures_core::Stream<
        Item = crate::Result<crate::types::DeletedConversationList>,
    > + Send + Unpin + '_ {
        let params = params.clone();
        crate::pagination::paginate_pages(
            "listDeletedConversationIds",
            None,
            move |page: Option<crate::PageRequest>| {
                let mut params = params.clone();
                if let Some(crate::PageRequest::Number(number)) = page {
                    params.page = Some(number);
                }
                async move { self.list_deleted_conversation_ids(&params).await }
            },
        )
    }
}
