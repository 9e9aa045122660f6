// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Tags`.
//!
//! Labels for contacts, companies, conversations and tickets: create, rename, delete and apply or remove them.

impl crate::Client {
    /// Tag a contact
    ///
    /// Since 2.7.
    ///
    /// Applies an existing tag to the contact and returns the tag.
    ///
    /// `POST /contacts/{contact_id}/tags` (operation `attachTagToContact`)
    ///
    /// Arguments:
    /// - `contact_id`: Intercom's identifier of the contact.
    /// - `body`: the `application/json` request body
    pub async fn attach_tag_to_contact(
        &self,
        contact_id: &str,
        body: &crate::types::AttachTagToContactRequest,
    ) -> crate::Result<crate::types::Tag> {
        self.attach_tag_to_contact_with_response(contact_id, body)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::attach_tag_to_contact`](crate::Client::attach_tag_to_contact), also returning the status, headers and rate-limit information.
    pub async fn attach_tag_to_contact_with_response(
        &self,
        contact_id: &str,
        body: &crate::types::AttachTagToContactRequest,
    ) -> crate::Result<crate::Response<crate::types::Tag>> {
        let mut request = crate::request::ApiRequest::new(
            "attachTagToContact",
            reqwest::Method::POST,
            "/contacts/{contact_id}/tags",
            ["/contacts/", &crate::request::encode_segment(contact_id), "/tags"].concat(),
        );
        request.json(body)?;
        crate::client::execute(self, request).await?.json::<crate::types::Tag>()
    }

    /// Untag a contact
    ///
    /// Since 2.7.
    ///
    /// Removes a tag from the contact and returns the tag.
    ///
    /// `DELETE /contacts/{contact_id}/tags/{id}` (operation `detachTagFromContact`)
    ///
    /// Arguments:
    /// - `contact_id`: Intercom's identifier of the contact.
    /// - `id`: Identifier of the tag to remove.
    pub async fn detach_tag_from_contact(
        &self,
        contact_id: &str,
        id: &str,
    ) -> crate::Result<crate::types::Tag> {
        self.detach_tag_from_contact_with_response(contact_id, id)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::detach_tag_from_contact`](crate::Client::detach_tag_from_contact), also returning the status, headers and rate-limit information.
    pub async fn detach_tag_from_contact_with_response(
        &self,
        contact_id: &str,
        id: &str,
    ) -> crate::Result<crate::Response<crate::types::Tag>> {
        let request = crate::request::ApiRequest::new(
            "detachTagFromContact",
            reqwest::Method::DELETE,
            "/contacts/{contact_id}/tags/{id}",
            [
                "/contacts/",
                &crate::request::encode_segment(contact_id),
                "/tags/",
                &crate::request::encode_segment(id),
            ]
                .concat(),
        );
        crate::client::execute(self, request).await?.json::<crate::types::Tag>()
    }

    /// Tag a conversation
    ///
    /// Since 2.7.
    ///
    /// Applies an existing tag to the conversation on behalf of an admin and returns the tag.
    ///
    /// `POST /conversations/{conversation_id}/tags` (operation `attachTagToConversation`)
    ///
    /// Arguments:
    /// - `conversation_id`: Intercom's identifier of the conversation.
    /// - `body`: the `application/json` request body
    pub async fn attach_tag_to_conversation(
        &self,
        conversation_id: &str,
        body: &crate::types::AttachTagToConversationRequest,
    ) -> crate::Result<crate::types::Tag> {
        self.attach_tag_to_conversation_with_response(conversation_id, body)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::attach_tag_to_conversation`](crate::Client::attach_tag_to_conversation), also returning the status, headers and rate-limit information.
    pub async fn attach_tag_to_conversation_with_response(
        &self,
        conversation_id: &str,
        body: &crate::types::AttachTagToConversationRequest,
    ) -> crate::Result<crate::Response<crate::types::Tag>> {
        let mut request = crate::request::ApiRequest::new(
            "attachTagToConversation",
            reqwest::Method::POST,
            "/conversations/{conversation_id}/tags",
            [
                "/conversations/",
                &crate::request::encode_segment(conversation_id),
                "/tags",
            ]
                .concat(),
        );
        request.json(body)?;
        crate::client::execute(self, request).await?.json::<crate::types::Tag>()
    }

    /// Untag a conversation
    ///
    /// Since 2.7.
    ///
    /// Removes a tag from the conversation on behalf of an admin and returns the tag.
    ///
    /// `DELETE /conversations/{conversation_id}/tags/{id}` (operation `detachTagFromConversation`)
    ///
    /// Arguments:
    /// - `conversation_id`: Intercom's identifier of the conversation.
    /// - `id`: Identifier of the tag to remove.
    /// - `body`: the `application/json` request body
    pub async fn detach_tag_from_conversation(
        &self,
        conversation_id: &str,
        id: &str,
        body: &crate::types::DetachTagFromConversationRequest,
    ) -> crate::Result<crate::types::Tag> {
        self.detach_tag_from_conversation_with_response(conversation_id, id, body)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::detach_tag_from_conversation`](crate::Client::detach_tag_from_conversation), also returning the status, headers and rate-limit information.
    pub async fn detach_tag_from_conversation_with_response(
        &self,
        conversation_id: &str,
        id: &str,
        body: &crate::types::DetachTagFromConversationRequest,
    ) -> crate::Result<crate::Response<crate::types::Tag>> {
        let mut request = crate::request::ApiRequest::new(
            "detachTagFromConversation",
            reqwest::Method::DELETE,
            "/conversations/{conversation_id}/tags/{id}",
            [
                "/conversations/",
                &crate::request::encode_segment(conversation_id),
                "/tags/",
                &crate::request::encode_segment(id),
            ]
                .concat(),
        );
        request.json(body)?;
        crate::client::execute(self, request).await?.json::<crate::types::Tag>()
    }

    /// List all tags
    ///
    /// Since 2.7.
    ///
    /// Returns every tag of the workspace.
    ///
    /// `GET /tags` (operation `listTags`)
    pub async fn list_tags(&self) -> crate::Result<crate::types::TagList> {
        self.list_tags_with_response().await.map(crate::Response::into_body)
    }

    /// Like [`Client::list_tags`](crate::Client::list_tags), also returning the status, headers and rate-limit information.
    pub async fn list_tags_with_response(
        &self,
    ) -> crate::Result<crate::Response<crate::types::TagList>> {
        let request = crate::request::ApiRequest::new(
            "listTags",
            reqwest::Method::GET,
            "/tags",
            String::from("/tags"),
        );
        crate::client::execute(self, request).await?.json::<crate::types::TagList>()
    }

    /// Create, rename or apply a tag
    ///
    /// Since 2.7.
    ///
    /// One endpoint for several tag actions, chosen by the shape of the body: a `name` alone creates a tag (or finds the existing one, names being case-insensitive); `id` with a `name` renames that tag; `name` with `companies` tags those companies, creating the tag if needed; `companies` entries with `untag: true` remove the tag from them; and `name` with `users` tags those contacts. Every action returns the tag.
    ///
    /// `POST /tags` (operation `createTag`)
    ///
    /// Arguments:
    /// - `body`: the `application/json` request body
    pub async fn create_tag(
        &self,
        body: &crate::types::CreateTagRequest,
    ) -> crate::Result<crate::types::TagCreateResponse> {
        self.create_tag_with_response(body).await.map(crate::Response::into_body)
    }

    /// Like [`Client::create_tag`](crate::Client::create_tag), also returning the status, headers and rate-limit information.
    pub async fn create_tag_with_response(
        &self,
        body: &crate::types::CreateTagRequest,
    ) -> crate::Result<crate::Response<crate::types::TagCreateResponse>> {
        let mut request = crate::request::ApiRequest::new(
            "createTag",
            reqwest::Method::POST,
            "/tags",
            String::from("/tags"),
        );
        request.json(body)?;
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::TagCreateResponse>()
    }

    /// Retrieve a tag
    ///
    /// Since 2.7.
    ///
    /// Returns one tag by its id.
    ///
    /// `GET /tags/{id}` (operation `findTag`)
    ///
    /// Arguments:
    /// - `id`: Identifier of the tag.
    pub async fn find_tag(&self, id: &str) -> crate::Result<crate::types::TagBasic> {
        self.find_tag_with_response(id).await.map(crate::Response::into_body)
    }

    /// Like [`Client::find_tag`](crate::Client::find_tag), also returning the status, headers and rate-limit information.
    pub async fn find_tag_with_response(
        &self,
        id: &str,
    ) -> crate::Result<crate::Response<crate::types::TagBasic>> {
        let request = crate::request::ApiRequest::new(
            "findTag",
            reqwest::Method::GET,
            "/tags/{id}",
            ["/tags/", &crate::request::encode_segment(id)].concat(),
        );
        crate::client::execute(self, request).await?.json::<crate::types::TagBasic>()
    }

    /// Delete a tag
    ///
    /// Since 2.7.
    ///
    /// Deletes the tag from the workspace. A tag that other objects still depend on cannot be deleted (`400`).
    ///
    /// `DELETE /tags/{id}` (operation `deleteTag`)
    ///
    /// Arguments:
    /// - `id`: Identifier of the tag.
    pub async fn delete_tag(&self, id: &str) -> crate::Result<()> {
        self.delete_tag_with_response(id).await.map(crate::Response::into_body)
    }

    /// Like [`Client::delete_tag`](crate::Client::delete_tag), also returning the status, headers and rate-limit information.
    pub async fn delete_tag_with_response(
        &self,
        id: &str,
    ) -> crate::Result<crate::Response<()>> {
        let request = crate::request::ApiRequest::new(
            "deleteTag",
            reqwest::Method::DELETE,
            "/tags/{id}",
            ["/tags/", &crate::request::encode_segment(id)].concat(),
        );
        crate::client::execute(self, request).await?.empty()
    }

    /// Tag a ticket
    ///
    /// Since 2.10.
    ///
    /// Applies an existing tag to the ticket on behalf of an admin and returns the tag.
    ///
    /// `POST /tickets/{ticket_id}/tags` (operation `attachTagToTicket`)
    ///
    /// Arguments:
    /// - `ticket_id`: Intercom's identifier of the ticket.
    /// - `body`: the `application/json` request body
    pub async fn attach_tag_to_ticket(
        &self,
        ticket_id: &str,
        body: &crate::types::AttachTagToTicketRequest,
    ) -> crate::Result<crate::types::Tag> {
        self.attach_tag_to_ticket_with_response(ticket_id, body)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::attach_tag_to_ticket`](crate::Client::attach_tag_to_ticket), also returning the status, headers and rate-limit information.
    pub async fn attach_tag_to_ticket_with_response(
        &self,
        ticket_id: &str,
        body: &crate::types::AttachTagToTicketRequest,
    ) -> crate::Result<crate::Response<crate::types::Tag>> {
        let mut request = crate::request::ApiRequest::new(
            "attachTagToTicket",
            reqwest::Method::POST,
            "/tickets/{ticket_id}/tags",
            ["/tickets/", &crate::request::encode_segment(ticket_id), "/tags"].concat(),
        );
        request.json(body)?;
        crate::client::execute(self, request).await?.json::<crate::types::Tag>()
    }

    /// Untag a ticket
    ///
    /// Since 2.10.
    ///
    /// Removes a tag from the ticket on behalf of an admin and returns the tag.
    ///
    /// `DELETE /tickets/{ticket_id}/tags/{id}` (operation `detachTagFromTicket`)
    ///
    /// Arguments:
    /// - `ticket_id`: Intercom's identifier of the ticket.
    /// - `id`: Identifier of the tag to remove.
    /// - `body`: the `application/json` request body
    pub async fn detach_tag_from_ticket(
        &self,
        ticket_id: &str,
        id: &str,
        body: &crate::types::DetachTagFromTicketRequest,
    ) -> crate::Result<crate::types::Tag> {
        self.detach_tag_from_ticket_with_response(ticket_id, id, body)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::detach_tag_from_ticket`](crate::Client::detach_tag_from_ticket), also returning the status, headers and rate-limit information.
    pub async fn detach_tag_from_ticket_with_response(
        &self,
        ticket_id: &str,
        id: &str,
        body: &crate::types::DetachTagFromTicketRequest,
    ) -> crate::Result<crate::Response<crate::types::Tag>> {
        let mut request = crate::request::ApiRequest::new(
            "detachTagFromTicket",
            reqwest::Method::DELETE,
            "/tickets/{ticket_id}/tags/{id}",
            [
                "/tickets/",
                &crate::request::encode_segment(ticket_id),
                "/tags/",
                &crate::request::encode_segment(id),
            ]
                .concat(),
        );
        request.json(body)?;
        crate::client::execute(self, request).await?.json::<crate::types::Tag>()
    }
}
