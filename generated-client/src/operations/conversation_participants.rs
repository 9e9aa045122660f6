// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Conversation Participants`.
//!
//! Adding contacts to a conversation as participants and removing them again.

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
    /// - `body`: the `application/json` request body
    pub async fn attach_contact_to_conversation(
        &self,
        id: &str,
        body: &crate::types::AttachContactToConversationRequest,
    ) -> crate::Result<crate::types::Conversation> {
        self.attach_contact_to_conversation_with_response(id, body)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::attach_contact_to_conversation`](crate::Client::attach_contact_to_conversation), also returning the status, headers and rate-limit information.
    pub async fn attach_contact_to_conversation_with_response(
        &self,
        id: &str,
        body: &crate::types::AttachContactToConversationRequest,
    ) -> crate::Result<crate::Response<crate::types::Conversation>> {
        let mut request = crate::request::ApiRequest::new(
            "attachContactToConversation",
            reqwest::Method::POST,
            "/conversations/{id}/customers",
            ["/conversations/", &crate::request::encode_segment(id), "/customers"]
                .concat(),
        );
        request.json(body)?;
        crate::client::execute(self, request).await?.json::<crate::types::Conversation>()
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
    /// - `body`: the `application/json` request body
    pub async fn detach_contact_from_conversation(
        &self,
        conversation_id: &str,
        contact_id: &str,
        body: &crate::types::DetachContactFromConversationRequest,
    ) -> crate::Result<crate::types::Conversation> {
        self.detach_contact_from_conversation_with_response(
                conversation_id,
                contact_id,
                body,
            )
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::detach_contact_from_conversation`](crate::Client::detach_contact_from_conversation), also returning the status, headers and rate-limit information.
    pub async fn detach_contact_from_conversation_with_response(
        &self,
        conversation_id: &str,
        contact_id: &str,
        body: &crate::types::DetachContactFromConversationRequest,
    ) -> crate::Result<crate::Response<crate::types::Conversation>> {
        let mut request = crate::request::ApiRequest::new(
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
        );
        request.json(body)?;
        crate::client::execute(self, request).await?.json::<crate::types::Conversation>()
    }
}
