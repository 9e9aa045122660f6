// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Conversations Attributes`.
//!
//! The custom data attributes a workspace defines for its conversations, and the options of list-type attributes.

/// # Conversations Attributes
///
/// The custom data attributes a workspace defines for its conversations, and the options of list-type attributes.
impl crate::Client {
    /// List all conversation attributes
    ///
    /// Since 2.16.
    ///
    /// Returns the custom data attributes defined for conversations in the workspace.
    ///
    /// `GET /conversations/attributes` (operation `listConversationAttributes`)
    ///
    /// Arguments:
    /// - `params`: optional parameters
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::ListConversationAttributesParams;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let params = ListConversationAttributesParams {
    ///         include_archived: Some(false),
    ///     };
    ///     let conversation_attribute_list = client
    ///         .list_conversation_attributes(&params)
    ///         .await?;
    ///     println!("{conversation_attribute_list:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_conversation_attributes(
        &self,
        params: &crate::types::ListConversationAttributesParams,
    ) -> crate::Call<'_, crate::types::ConversationAttributeList> {
        let request = crate::request::ApiRequest::new(
                "listConversationAttributes",
                reqwest::Method::GET,
                "/conversations/attributes",
                String::from("/conversations/attributes"),
            )
            .with(|request| {
                request
                    .query(
                        "include_archived",
                        &params.include_archived,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ConversationAttributeList>(),
        )
    }

    /// Create a conversation attribute
    ///
    /// Since 2.16.
    ///
    /// Defines a new custom data attribute for conversations. The `data_type` cannot be changed afterwards; list attributes can start with options.
    ///
    /// `POST /conversations/attributes` (operation `createConversationAttribute`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{
    ///     CreateConversationAttributeBooleanRequest, CreateConversationAttributeRequest,
    /// };
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = CreateConversationAttributeRequest::Boolean(
    ///         CreateConversationAttributeBooleanRequest::new("Refund approved")
    ///             .description("Whether finance approved a refund."),
    ///     );
    ///     let conversation_attribute = client.create_conversation_attribute(&request).await?;
    ///     println!("{conversation_attribute:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn create_conversation_attribute(
        &self,
        body: &crate::types::CreateConversationAttributeRequest,
    ) -> crate::Call<'_, crate::types::ConversationAttribute> {
        let request = crate::request::ApiRequest::new(
                "createConversationAttribute",
                reqwest::Method::POST,
                "/conversations/attributes",
                String::from("/conversations/attributes"),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ConversationAttribute>(),
        )
    }

    /// Retrieve a conversation attribute
    ///
    /// Since 2.16.
    ///
    /// Returns one conversation attribute by its id.
    ///
    /// `GET /conversations/attributes/{id}` (operation `getConversationAttribute`)
    ///
    /// Arguments:
    /// - `id`: The id of the conversation attribute.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let conversation_attribute = client.get_conversation_attribute(4012).await?;
    ///     println!("{conversation_attribute:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn get_conversation_attribute(
        &self,
        id: i64,
    ) -> crate::Call<'_, crate::types::ConversationAttribute> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "getConversationAttribute",
                reqwest::Method::GET,
                "/conversations/attributes/{id}",
                ["/conversations/attributes/", &crate::request::encode_segment(id)]
                    .concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ConversationAttribute>(),
        )
    }

    /// Update a conversation attribute
    ///
    /// Since 2.16.
    ///
    /// Changes the name, description, visibility or requirement of a conversation attribute, and the type-specific settings of string and relationship attributes. The data type cannot change.
    ///
    /// `PUT /conversations/attributes/{id}` (operation `updateConversationAttribute`)
    ///
    /// Arguments:
    /// - `id`: The id of the conversation attribute.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::UpdateConversationAttributeRequest;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = UpdateConversationAttributeRequest::new()
    ///         .description("Why the customer returns the order.")
    ///         .required(true);
    ///     let conversation_attribute = client
    ///         .update_conversation_attribute(4012, &request)
    ///         .await?;
    ///     println!("{conversation_attribute:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn update_conversation_attribute(
        &self,
        id: i64,
        body: &crate::types::UpdateConversationAttributeRequest,
    ) -> crate::Call<'_, crate::types::ConversationAttribute> {
        let request = crate::request::ApiRequest::new(
                "updateConversationAttribute",
                reqwest::Method::PUT,
                "/conversations/attributes/{id}",
                ["/conversations/attributes/", &crate::request::encode_segment(id)]
                    .concat(),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ConversationAttribute>(),
        )
    }

    /// Archive a conversation attribute
    ///
    /// Since 2.16.
    ///
    /// Archives a conversation attribute. Nothing is removed for good: the attribute is returned with `archived: true` and can still be listed with `include_archived=true`.
    ///
    /// `DELETE /conversations/attributes/{id}` (operation `deleteConversationAttribute`)
    ///
    /// Arguments:
    /// - `id`: The id of the conversation attribute.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let conversation_attribute = client.delete_conversation_attribute(4013).await?;
    ///     println!("{conversation_attribute:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn delete_conversation_attribute(
        &self,
        id: i64,
    ) -> crate::Call<'_, crate::types::ConversationAttribute> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "deleteConversationAttribute",
                reqwest::Method::DELETE,
                "/conversations/attributes/{id}",
                ["/conversations/attributes/", &crate::request::encode_segment(id)]
                    .concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ConversationAttribute>(),
        )
    }

    /// Add an option to a list attribute
    ///
    /// Since 2.16.
    ///
    /// Appends an option to a conversation attribute of data type `list`; the response is the whole attribute with all its options.
    ///
    /// `POST /conversations/attributes/{id}/options` (operation `createConversationAttributeOption`)
    ///
    /// Arguments:
    /// - `id`: The id of the list-type conversation attribute.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::CreateConversationAttributeOptionRequest;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = CreateConversationAttributeOptionRequest::new("Changed my mind");
    ///     let conversation_attribute = client
    ///         .create_conversation_attribute_option(4012, &request)
    ///         .await?;
    ///     println!("{conversation_attribute:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn create_conversation_attribute_option(
        &self,
        id: i64,
        body: &crate::types::CreateConversationAttributeOptionRequest,
    ) -> crate::Call<'_, crate::types::ConversationAttribute> {
        let request = crate::request::ApiRequest::new(
                "createConversationAttributeOption",
                reqwest::Method::POST,
                "/conversations/attributes/{id}/options",
                [
                    "/conversations/attributes/",
                    &crate::request::encode_segment(id),
                    "/options",
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
            |response| response.json::<crate::types::ConversationAttribute>(),
        )
    }

    /// Rename an option of a list attribute
    ///
    /// Since 2.16.
    ///
    /// Changes the label of one option of a list-type conversation attribute and returns the whole attribute with its options.
    ///
    /// `PUT /conversations/attributes/{id}/options/{option_id}` (operation `updateConversationAttributeOption`)
    ///
    /// Arguments:
    /// - `id`: The id of the list-type conversation attribute.
    /// - `option_id`: The UUID of the option, from `id` in the attribute's `options`.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::UpdateConversationAttributeOptionRequest;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = UpdateConversationAttributeOptionRequest::new(
    ///         "Damaged during delivery",
    ///     );
    ///     let conversation_attribute = client
    ///         .update_conversation_attribute_option(
    ///             4012,
    ///             "3b1f7c52-9a4e-4d0b-8f26-5c7e1a9d2b40",
    ///             &request,
    ///         )
    ///         .await?;
    ///     println!("{conversation_attribute:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn update_conversation_attribute_option(
        &self,
        id: i64,
        option_id: &str,
        body: &crate::types::UpdateConversationAttributeOptionRequest,
    ) -> crate::Call<'_, crate::types::ConversationAttribute> {
        let request = crate::request::ApiRequest::new(
                "updateConversationAttributeOption",
                reqwest::Method::PUT,
                "/conversations/attributes/{id}/options/{option_id}",
                [
                    "/conversations/attributes/",
                    &crate::request::encode_segment(id),
                    "/options/",
                    &crate::request::encode_segment(option_id),
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
            |response| response.json::<crate::types::ConversationAttribute>(),
        )
    }

    /// Archive an option of a list attribute
    ///
    /// Since 2.16.
    ///
    /// Archives one option of a list-type conversation attribute. The option stays in `options` with `archived: true`; the whole attribute is returned.
    ///
    /// `DELETE /conversations/attributes/{id}/options/{option_id}` (operation `deleteConversationAttributeOption`)
    ///
    /// Arguments:
    /// - `id`: The id of the list-type conversation attribute.
    /// - `option_id`: The UUID of the option, from `id` in the attribute's `options`.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let conversation_attribute = client
    ///         .delete_conversation_attribute_option(
    ///             4012,
    ///             "8d2e4a17-6c3b-4f95-a0e8-1b7d9c4f6e23",
    ///         )
    ///         .await?;
    ///     println!("{conversation_attribute:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn delete_conversation_attribute_option(
        &self,
        id: i64,
        option_id: &str,
    ) -> crate::Call<'_, crate::types::ConversationAttribute> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "deleteConversationAttributeOption",
                reqwest::Method::DELETE,
                "/conversations/attributes/{id}/options/{option_id}",
                [
                    "/conversations/attributes/",
                    &crate::request::encode_segment(id),
                    "/options/",
                    &crate::request::encode_segment(option_id),
                ]
                    .concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ConversationAttribute>(),
        )
    }
}
