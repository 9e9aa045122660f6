// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Conversation Parts`.
//!
//! Operations on individual parts of a conversation, such as redaction.

/// # Conversation Parts
///
/// Operations on individual parts of a conversation, such as redaction.
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::UpdateConversationPartRequest;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = UpdateConversationPartRequest::new(
    ///             true,
    ///             "c2VjcmV0LWZvci1rN3QycXo5eA==",
    ///         )
    ///         .seen(true)
    ///         .admin_id("7301942");
    ///     let conversation_part = client
    ///         .update_conversation_part("1274", "88120420", &request)
    ///         .await?;
    ///     println!("{conversation_part:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn update_conversation_part(
        &self,
        conversation_id: &str,
        id: &str,
        body: &crate::types::UpdateConversationPartRequest,
    ) -> crate::Call<'_, crate::types::ConversationPart> {
        let request = crate::request::ApiRequest::new(
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
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ConversationPart>(),
        )
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
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{RedactConversationRequest, RedactConversationRequestPart};
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = RedactConversationRequest::Part(
    ///         RedactConversationRequestPart::new("1274", "88120470"),
    ///     );
    ///     let conversation = client.redact_conversation(&request).await?;
    ///     println!("{conversation:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn redact_conversation(
        &self,
        body: &crate::types::RedactConversationRequest,
    ) -> crate::Call<'_, crate::types::Conversation> {
        let request = crate::request::ApiRequest::new(
                "redactConversation",
                reqwest::Method::POST,
                "/conversations/redact",
                String::from("/conversations/redact"),
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
}
