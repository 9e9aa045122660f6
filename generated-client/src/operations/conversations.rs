// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Conversations`.
//!
//! Conversations between contacts and teammates, their replies and their conversion into tickets.

impl crate::Client {
    /// Retrieve a conversation
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
        self.execute(request).await?.json::<crate::types::Conversation>()
    }

    /// Reply to a conversation
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
        self.execute(request).await?.json::<crate::types::Conversation>()
    }

    /// Turn a conversation into a customer ticket
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
        self.execute(request).await?.json::<crate::types::Ticket>()
    }

    /// List handling events of a conversation
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
        self.execute(request).await?.json::<crate::types::HandlingEventList>()
    }
}
