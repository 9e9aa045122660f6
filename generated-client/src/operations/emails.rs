// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Emails`.
//!
//! The sender email addresses the workspace can send from.

/// # Emails
///
/// The sender email addresses the workspace can send from.
impl crate::Client {
    /// List sender email addresses
    ///
    /// Since 2.15.
    ///
    /// Returns every sender email address configured for the workspace, with its verification and forwarding state.
    ///
    /// `GET /emails` (operation `listEmails`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let email_list = client.list_emails().await?;
    ///     println!("{email_list:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_emails(&self) -> crate::Call<'_, crate::types::EmailList> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "listEmails",
                reqwest::Method::GET,
                "/emails",
                String::from("/emails"),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::EmailList>(),
        )
    }

    /// Get a sender email address
    ///
    /// Since 2.15.
    ///
    /// Returns one sender email address setting by id.
    ///
    /// `GET /emails/{id}` (operation `retrieveEmail`)
    ///
    /// Arguments:
    /// - `id`: Intercom's id of the email setting.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let email_setting = client.retrieve_email("31").await?;
    ///     println!("{email_setting:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn retrieve_email(
        &self,
        id: &str,
    ) -> crate::Call<'_, crate::types::EmailSetting> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "retrieveEmail",
                reqwest::Method::GET,
                "/emails/{id}",
                ["/emails/", &crate::request::encode_segment(id)].concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::EmailSetting>(),
        )
    }
}
