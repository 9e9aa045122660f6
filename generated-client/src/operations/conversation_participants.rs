// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Conversation Participants`.
//!
//! Adding contacts to a conversation as participants and removing them again.

/// # Conversation Participants
///
/// Adding contacts to a conversation as participants and removing them again.
impl crate::Client {
    /// Add a contact to a conversation
    ///
    /// Since 2.7.
    ///
    /// Adds a contact to a conversation as a participant, on behalf of an admin or of another contact. When the contact is given by email and no user or lead has that email, a lead is created with it.
    ///
    /// `POST /conversations/{id}/customers` (operation `attachContactToConversation`)
    ///
    /// Arguments:
    /// - `id`: The id of the conversation.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{
    ///     AttachContactToConversationRequest,
    ///     AttachContactToConversationRequestCustomerIntercomUserId,
    /// };
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = AttachContactToConversationRequest::new()
    ///         .admin_id("7301942")
    ///         .customer(
    ///             AttachContactToConversationRequestCustomerIntercomUserId::new(
    ///                 "66b0a7d4c9e1f20013cd56ef",
    ///             ),
    ///         );
    ///     let conversation = client.attach_contact_to_conversation("1274", &request).await?;
    ///     println!("{conversation:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn attach_contact_to_conversation(
        &self,
        id: &str,
        body: &crate::types::AttachContactToConversationRequest,
    ) -> crate::Call<'_, crate::types::Conversation> {
        let request = crate::request::ApiRequest::new(
                "attachContactToConversation",
                reqwest::Method::POST,
                "/conversations/{id}/customers",
                ["/conversations/", &crate::request::encode_segment(id), "/customers"]
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

    /// Remove a contact from a conversation
    ///
    /// Since 2.7.
    ///
    /// Removes a contact from a conversation with several contacts; an admin makes the change. The last remaining contact cannot be removed.
    ///
    /// `DELETE /conversations/{conversation_id}/customers/{contact_id}` (operation `detachContactFromConversation`)
    ///
    /// Arguments:
    /// - `conversation_id`: The id of the conversation.
    /// - `contact_id`: The Intercom id of the contact to remove.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::DetachContactFromConversationRequest;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = DetachContactFromConversationRequest::new("7301942");
    ///     let conversation = client
    ///         .detach_contact_from_conversation("1274", "66b0a7d4c9e1f20013cd56ef", &request)
    ///         .await?;
    ///     println!("{conversation:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn detach_contact_from_conversation(
        &self,
        conversation_id: &str,
        contact_id: &str,
        body: &crate::types::DetachContactFromConversationRequest,
    ) -> crate::Call<'_, crate::types::Conversation> {
        let request = crate::request::ApiRequest::new(
                "detachContactFromConversation",
                reqwest::Method::DELETE,
                "/conversations/{conversation_id}/customers/{contact_id}",
                [
                    "/conversations/",
                    &crate::request::encode_segment(conversation_id),
                    "/customers/",
                    &crate::request::encode_segment(contact_id),
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
}
