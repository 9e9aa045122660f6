// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Messages`.
//!
//! Outbound messages sent by admins, and the delivery status of WhatsApp messages.

/// # Messages
///
/// Outbound messages sent by admins, and the delivery status of WhatsApp messages.
impl crate::Client {
    /// Send a message as an admin
    ///
    /// Since 2.7.
    ///
    /// Sends an outbound in-app message, email, SMS or WhatsApp message from an admin to one or more contacts, and returns the message that was created.
    ///
    /// No conversation exists until the contact replies (unless `create_conversation_without_contact_reply` is set); after that, find it through the contact's conversations. A contact created moments ago may not be reachable yet, which answers 404.
    ///
    /// `POST /messages` (operation `createMessage`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{
    ///     CreateMessageRequest, CreateMessageRequestFrom, CreateMessageRequestMessageType,
    ///     Recipient, RecipientType,
    /// };
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = CreateMessageRequest::new()
    ///         .message_type(CreateMessageRequestMessageType::Email)
    ///         .subject("Your service is booked")
    ///         .body("<p>Hi Jonah, we will see you and your bike on Thursday at 10:00.</p>")
    ///         .template("personal")
    ///         .with_from(CreateMessageRequestFrom::new(7301942))
    ///         .to(Recipient::new(RecipientType::User, "66a1f3c2b8e4d70012ab34cd"));
    ///     let message = client.create_message(&request).await?;
    ///     println!("{message:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn create_message(
        &self,
        body: &crate::types::CreateMessageRequest,
    ) -> crate::Call<'_, crate::types::Message> {
        let request = crate::request::ApiRequest::new(
                "createMessage",
                reqwest::Method::POST,
                "/messages",
                String::from("/messages"),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::Message>(),
        )
    }

    /// List WhatsApp delivery statuses of an outbound message
    ///
    /// Since 2.16.
    ///
    /// Returns, one page at a time, the delivery status of every WhatsApp message sent by one outbound message, identified by its ruleset id. Only WhatsApp is supported for now.
    ///
    /// `GET /messages/status` (operation `getWhatsAppMessageStatus`)
    ///
    /// Arguments:
    /// - `ruleset_id`: Id of the outbound message (ruleset) whose sends are listed.
    /// - `params`: optional parameters
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::GetWhatsAppMessageStatusParams;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let params = GetWhatsAppMessageStatusParams {
    ///         per_page: Some(50),
    ///         starting_after: Some("WzE3NjQ1OTA0MDAsImV2XzIwMiJd".to_string()),
    ///     };
    ///     let whatsapp_message_status_list = client
    ///         .get_whats_app_message_status("5528301", &params)
    ///         .await?;
    ///     println!("{whatsapp_message_status_list:?}");
    ///     let mut items = client.get_whats_app_message_status_stream("5528301", &params);
    ///     while let Some(item) = items.try_next().await? {
    ///         println!("{item:?}");
    ///     }
    ///     Ok(())
    /// }
    /// ```
    pub fn get_whats_app_message_status(
        &self,
        ruleset_id: &str,
        params: &crate::types::GetWhatsAppMessageStatusParams,
    ) -> crate::Call<'_, crate::types::WhatsappMessageStatusList> {
        let request = crate::request::ApiRequest::new(
                "getWhatsAppMessageStatus",
                reqwest::Method::GET,
                "/messages/status",
                String::from("/messages/status"),
            )
            .with(|request| {
                request
                    .query(
                        "ruleset_id",
                        &ruleset_id,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                request
                    .query(
                        "per_page",
                        &params.per_page,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                request
                    .query(
                        "starting_after",
                        &params.starting_after,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::WhatsappMessageStatusList>(),
        )
    }

    /// Every item of [`Client::get_whats_app_message_status`](crate::Client::get_whats_app_message_status), across all pages: a stream that fetches the next page only when the items of the previous one have been consumed. It ends after the last page, or after the first error.
    pub fn get_whats_app_message_status_stream(
        &self,
        ruleset_id: &str,
        params: &crate::types::GetWhatsAppMessageStatusParams,
    ) -> crate::Paginated<'_, crate::types::WhatsappMessageStatusListEventsItem> {
        crate::pagination::items(
            self.get_whats_app_message_status_pages(ruleset_id, params),
        )
    }

    /// The pages of [`Client::get_whats_app_message_status`](crate::Client::get_whats_app_message_status), one by one, fetched lazily.
    pub fn get_whats_app_message_status_pages(
        &self,
        ruleset_id: &str,
        params: &crate::types::GetWhatsAppMessageStatusParams,
    ) -> crate::Paginated<'_, crate::types::WhatsappMessageStatusList> {
        let ruleset_id = ruleset_id.to_owned();
        let params = params.clone();
        crate::pagination::paginate_pages(
            "getWhatsAppMessageStatus",
            None,
            move |page: Option<crate::PageRequest>| {
                let ruleset_id = ruleset_id.clone();
                let mut params = params.clone();
                if let Some(crate::PageRequest::Cursor(cursor)) = page {
                    params.starting_after = Some(cursor);
                }
                async move {
                    self.get_whats_app_message_status(&ruleset_id, &params).await
                }
            },
        )
    }

    /// Get the delivery status of a WhatsApp message
    ///
    /// Since 2.16.
    ///
    /// Returns where one WhatsApp message stands (sent, delivered, read or failed), its conversation and, for a failed one, why delivery did not happen.
    ///
    /// `GET /messages/whatsapp/status` (operation `RetrieveWhatsAppMessageStatus`)
    ///
    /// Arguments:
    /// - `message_id`: The WhatsApp message id (`wamid...`) of the message.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let whatsapp_message_status = client
    ///         .retrieve_whats_app_message_status(
    ///             "wamid.HBgMMzUzODcxMjM0NTk5FQIAERgSQjk0RkQzQTFDMDlFNkIyQ0RF",
    ///         )
    ///         .await?;
    ///     println!("{whatsapp_message_status:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn retrieve_whats_app_message_status(
        &self,
        message_id: &str,
    ) -> crate::Call<'_, crate::types::WhatsappMessageStatus> {
        let request = crate::request::ApiRequest::new(
                "RetrieveWhatsAppMessageStatus",
                reqwest::Method::GET,
                "/messages/whatsapp/status",
                String::from("/messages/whatsapp/status"),
            )
            .with(|request| {
                request
                    .query(
                        "message_id",
                        &message_id,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::WhatsappMessageStatus>(),
        )
    }
}
