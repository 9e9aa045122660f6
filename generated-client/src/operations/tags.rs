// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Tags`.
//!
//! Labels for contacts, companies, conversations and tickets: create, rename, delete and apply or remove them.

/// # Tags
///
/// Labels for contacts, companies, conversations and tickets: create, rename, delete and apply or remove them.
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::AttachTagToContactRequest;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = AttachTagToContactRequest::new("730122");
    ///     let tag = client.attach_tag_to_contact("66a1f3c2b8e4d70012ab34cd", &request).await?;
    ///     println!("{tag:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn attach_tag_to_contact(
        &self,
        contact_id: &str,
        body: &crate::types::AttachTagToContactRequest,
    ) -> crate::Call<'_, crate::types::Tag> {
        let request = crate::request::ApiRequest::new(
                "attachTagToContact",
                reqwest::Method::POST,
                "/contacts/{contact_id}/tags",
                ["/contacts/", &crate::request::encode_segment(contact_id), "/tags"]
                    .concat(),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(self, request, |response| response.json::<crate::types::Tag>())
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let tag = client
    ///         .detach_tag_from_contact("66a1f3c2b8e4d70012ab34cd", "730122")
    ///         .await?;
    ///     println!("{tag:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn detach_tag_from_contact(
        &self,
        contact_id: &str,
        id: &str,
    ) -> crate::Call<'_, crate::types::Tag> {
        let request = Ok(
            crate::request::ApiRequest::new(
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
            ),
        );
        crate::Call::new(self, request, |response| response.json::<crate::types::Tag>())
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::AttachTagToConversationRequest;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = AttachTagToConversationRequest::new("730122", "7301942");
    ///     let tag = client.attach_tag_to_conversation("1274", &request).await?;
    ///     println!("{tag:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn attach_tag_to_conversation(
        &self,
        conversation_id: &str,
        body: &crate::types::AttachTagToConversationRequest,
    ) -> crate::Call<'_, crate::types::Tag> {
        let request = crate::request::ApiRequest::new(
                "attachTagToConversation",
                reqwest::Method::POST,
                "/conversations/{conversation_id}/tags",
                [
                    "/conversations/",
                    &crate::request::encode_segment(conversation_id),
                    "/tags",
                ]
                    .concat(),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(self, request, |response| response.json::<crate::types::Tag>())
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::DetachTagFromConversationRequest;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = DetachTagFromConversationRequest::new("7301942");
    ///     let tag = client.detach_tag_from_conversation("1274", "730122", &request).await?;
    ///     println!("{tag:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn detach_tag_from_conversation(
        &self,
        conversation_id: &str,
        id: &str,
        body: &crate::types::DetachTagFromConversationRequest,
    ) -> crate::Call<'_, crate::types::Tag> {
        let request = crate::request::ApiRequest::new(
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
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(self, request, |response| response.json::<crate::types::Tag>())
    }

    /// List all tags
    ///
    /// Since 2.7.
    ///
    /// Returns every tag of the workspace.
    ///
    /// `GET /tags` (operation `listTags`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let tag_list = client.list_tags().await?;
    ///     println!("{tag_list:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_tags(&self) -> crate::Call<'_, crate::types::TagList> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "listTags",
                reqwest::Method::GET,
                "/tags",
                String::from("/tags"),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::TagList>(),
        )
    }

    /// Create, rename or apply a tag
    ///
    /// Since 2.7.
    ///
    /// One endpoint for several tag actions, chosen by the shape of the body: a `name` alone creates a tag (or finds the existing one, names being case-insensitive); `id` with a `name` renames that tag; `name` with `companies` tags those companies, creating the tag if needed; `companies` entries with `untag: true` remove the tag from them; and `name` with `users` tags those contacts. Every action returns the tag.
    ///
    /// `POST /tags` (operation `createTag`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{CreateOrUpdateTagRequest, CreateTagRequest};
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = CreateTagRequest::CreateOrUpdate(CreateOrUpdateTagRequest::new("VIP"));
    ///     let tag_create_response = client.create_tag(&request).await?;
    ///     println!("{tag_create_response:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn create_tag(
        &self,
        body: &crate::types::CreateTagRequest,
    ) -> crate::Call<'_, crate::types::TagCreateResponse> {
        let request = crate::request::ApiRequest::new(
                "createTag",
                reqwest::Method::POST,
                "/tags",
                String::from("/tags"),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::TagCreateResponse>(),
        )
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let tag_basic = client.find_tag("730122").await?;
    ///     println!("{tag_basic:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn find_tag(&self, id: &str) -> crate::Call<'_, crate::types::TagBasic> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "findTag",
                reqwest::Method::GET,
                "/tags/{id}",
                ["/tags/", &crate::request::encode_segment(id)].concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::TagBasic>(),
        )
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     client.delete_tag("730122").await?;
    ///     Ok(())
    /// }
    /// ```
    pub fn delete_tag(&self, id: &str) -> crate::Call<'_, ()> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "deleteTag",
                reqwest::Method::DELETE,
                "/tags/{id}",
                ["/tags/", &crate::request::encode_segment(id)].concat(),
            ),
        );
        crate::Call::new(self, request, |response| response.empty())
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::AttachTagToTicketRequest;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = AttachTagToTicketRequest::new("730122", "7301942");
    ///     let tag = client.attach_tag_to_ticket("934", &request).await?;
    ///     println!("{tag:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn attach_tag_to_ticket(
        &self,
        ticket_id: &str,
        body: &crate::types::AttachTagToTicketRequest,
    ) -> crate::Call<'_, crate::types::Tag> {
        let request = crate::request::ApiRequest::new(
                "attachTagToTicket",
                reqwest::Method::POST,
                "/tickets/{ticket_id}/tags",
                ["/tickets/", &crate::request::encode_segment(ticket_id), "/tags"]
                    .concat(),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(self, request, |response| response.json::<crate::types::Tag>())
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::DetachTagFromTicketRequest;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = DetachTagFromTicketRequest::new("7301942");
    ///     let tag = client.detach_tag_from_ticket("934", "730122", &request).await?;
    ///     println!("{tag:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn detach_tag_from_ticket(
        &self,
        ticket_id: &str,
        id: &str,
        body: &crate::types::DetachTagFromTicketRequest,
    ) -> crate::Call<'_, crate::types::Tag> {
        let request = crate::request::ApiRequest::new(
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
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(self, request, |response| response.json::<crate::types::Tag>())
    }
}
