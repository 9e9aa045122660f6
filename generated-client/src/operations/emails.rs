// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Emails`.
//!
//! The sender email addresses the workspace can send from.

impl crate::Client {
    /// List sender email addresses
    ///
    /// Since 2.15.
    ///
    /// Returns every sender email address configured for the workspace, with its verification and forwarding state.
    ///
    /// `GET /emails` (operation `listEmails`)
    pub async fn list_emails(&self) -> crate::Result<crate::types::EmailList> {
        self.list_emails_with_response().await.map(crate::Response::into_body)
    }

    /// Like [`Client::list_emails`](crate::Client::list_emails), also returning the status, headers and rate-limit information.
    pub async fn list_emails_with_response(
        &self,
    ) -> crate::Result<crate::Response<crate::types::EmailList>> {
        let request = crate::request::ApiRequest::new(
            "listEmails",
            reqwest::Method::GET,
            "/emails",
            String::from("/emails"),
        );
        crate::client::execute(self, request).await?.json::<crate::types::EmailList>()
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
    pub async fn retrieve_email(
        &self,
        id: &str,
    ) -> crate::Result<crate::types::EmailSetting> {
        self.retrieve_email_with_response(id).await.map(crate::Response::into_body)
    }

    /// Like [`Client::retrieve_email`](crate::Client::retrieve_email), also returning the status, headers and rate-limit information.
    pub async fn retrieve_email_with_response(
        &self,
        id: &str,
    ) -> crate::Result<crate::Response<crate::types::EmailSetting>> {
        let request = crate::request::ApiRequest::new(
            "retrieveEmail",
            reqwest::Method::GET,
            "/emails/{id}",
            ["/emails/", &crate::request::encode_segment(id)].concat(),
        );
        crate::client::execute(self, request).await?.json::<crate::types::EmailSetting>()
    }
}
