// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Subscription Types`.
//!
//! The kinds of messages contacts can opt in to or out of, and a contact's explicit choices.

/// # Subscription Types
///
/// The kinds of messages contacts can opt in to or out of, and a contact's explicit choices.
impl crate::Client {
    /// Add a subscription to a contact
    ///
    /// Since 2.7.
    ///
    /// Records the contact's choice on a subscription type and returns that type. For an opt-out type this stops the contact receiving its messages; for an opt-in type it starts them. `consent_type` must match the type's own consent type.
    ///
    /// `POST /contacts/{contact_id}/subscriptions` (operation `attachSubscriptionTypeToContact`)
    ///
    /// Arguments:
    /// - `contact_id`: Intercom's identifier of the contact.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::AttachSubscriptionTypeToContactRequest;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = AttachSubscriptionTypeToContactRequest::new("218004", "opt_in");
    ///     let subscription_type = client
    ///         .attach_subscription_type_to_contact("66a1f3c2b8e4d70012ab34cd", &request)
    ///         .await?;
    ///     println!("{subscription_type:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn attach_subscription_type_to_contact(
        &self,
        contact_id: &str,
        body: &crate::types::AttachSubscriptionTypeToContactRequest,
    ) -> crate::Call<'_, crate::types::SubscriptionType> {
        let request = crate::request::ApiRequest::new(
                "attachSubscriptionTypeToContact",
                reqwest::Method::POST,
                "/contacts/{contact_id}/subscriptions",
                [
                    "/contacts/",
                    &crate::request::encode_segment(contact_id),
                    "/subscriptions",
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
            |response| response.json::<crate::types::SubscriptionType>(),
        )
    }

    /// Remove a subscription from a contact
    ///
    /// Since 2.7.
    ///
    /// Clears the contact's choice on a subscription type and returns that type.
    ///
    /// `DELETE /contacts/{contact_id}/subscriptions/{id}` (operation `detachSubscriptionTypeToContact`)
    ///
    /// Arguments:
    /// - `contact_id`: Intercom's identifier of the contact.
    /// - `id`: Identifier of the subscription type.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let subscription_type = client
    ///         .detach_subscription_type_to_contact("66a1f3c2b8e4d70012ab34cd", "218004")
    ///         .await?;
    ///     println!("{subscription_type:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn detach_subscription_type_to_contact(
        &self,
        contact_id: &str,
        id: &str,
    ) -> crate::Call<'_, crate::types::SubscriptionType> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "detachSubscriptionTypeToContact",
                reqwest::Method::DELETE,
                "/contacts/{contact_id}/subscriptions/{id}",
                [
                    "/contacts/",
                    &crate::request::encode_segment(contact_id),
                    "/subscriptions/",
                    &crate::request::encode_segment(id),
                ]
                    .concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::SubscriptionType>(),
        )
    }

    /// List subscription types
    ///
    /// Since 2.7.
    ///
    /// Returns every subscription type of the workspace.
    ///
    /// `GET /subscription_types` (operation `listSubscriptionTypes`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let subscription_type_list = client.list_subscription_types().await?;
    ///     println!("{subscription_type_list:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_subscription_types(
        &self,
    ) -> crate::Call<'_, crate::types::SubscriptionTypeList> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "listSubscriptionTypes",
                reqwest::Method::GET,
                "/subscription_types",
                String::from("/subscription_types"),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::SubscriptionTypeList>(),
        )
    }
}
