// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Conversation Parts`.
//!
//! Operations on individual parts of a conversation, such as redaction.

impl crate::Client {
    /// Update a conversation part
    ///
    /// Preview only: Intercom's unstable version.
    ///
    /// Changes one part of a conversation: reports how an external reply was delivered, or records that an admin has seen the part. This endpoint is experimental: on top of the access token it requires `experimental: true` and an HMAC `secret` in the body.
    ///
    /// `PUT /conversations/{conversation_id}/conversation_parts/{id}` (operation `updateConversationPart`)
    ///
    /// Arguments:
    /// - `conversation_id`: The id of the conversation.
    /// - `id`: The id of the conversation part.
    /// - `body`: the `application/json` request body
    pub async fn update_conversation_part(
        &self,
        conversation_id: &str,
        id: &str,
        body: &crate::types::UpdateConversationPartRequest,
    ) -> crate::Result<crate::types::ConversationPart> {
        self.update_conversation_part_with_response(conversation_id, id, body)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::update_conversation_part`](crate::Client::update_conversation_part), also returning the status, headers and rate-limit information.
    pub async fn update_conversation_part_with_response(
        &self,
        conversation_id: &str,
        id: &str,
        body: &crate::types::UpdateConversationPartRequest,
    ) -> crate::Result<crate::Response<crate::types::ConversationPart>> {
        let mut request = crate::request::ApiRequest::new(
            "updateConversationPart",
            reqwest::Method::PUT,
            "/conversations/{conversation_id}/conversation_parts/{id}",
            [
                "/conversations/",
                &crate::request::encode_segment(conversation_id),
                "/conversation_parts/",
                &crate::request::encode_segment(id),
            ]
                .concat(),
        );
        request.json(body)?;
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::ConversationPart>()
    }

    /// Redact a conversation part or source message
    ///
    /// Since 2.7.
    ///
    /// Replaces the content of a conversation part, or of the message that started the conversation, with a deletion notice and returns the conversation.
    ///
    /// A part can only be redacted if it has a body, and a source message only if a contact wrote it; otherwise the request fails with `conversation_part_not_redactable`.
    ///
    /// `POST /conversations/redact` (operation `redactConversation`)
    ///
    /// Arguments:
    /// - `body`: the `application/json` request body
    pub async fn redact_conversation(
        &self,
        body: &crate::types::RedactConversationRequest,
    ) -> crate::Result<crate::types::Conversation> {
        self.redact_conversation_with_response(body)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::redact_conversation`](crate::Client::redact_conversation), also returning the status, headers and rate-limit information.
    pub async fn redact_conversation_with_response(
        &self,
        body: &crate::types::RedactConversationRequest,
    ) -> crate::Result<crate::Response<crate::types::Conversation>> {
        let mut request = crate::request::ApiRequest::new(
            "redactConversation",
            reqwest::Method::POST,
            "/conversations/redact",
            String::from("/conversations/redact"),
        );
        request.json(body)?;
        crate::client::execute(self, request).await?.json::<crate::types::Conversation>()
    }
}
