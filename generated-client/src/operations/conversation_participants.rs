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
