// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Switch`.
//!
//! Moving phone callers over to the Messenger by SMS.

impl crate::Client {
    /// Move a phone call to the Messenger
    ///
    /// Since 2.7.
    ///
    /// Deflects a caller to the Messenger by texting a Messenger link to their phone number. Any `custom_attributes` sent are stored on the matching user or lead.
    ///
    /// `POST /phone_call_redirects` (operation `createPhoneSwitch`)
    ///
    /// Arguments:
    /// - `body`: the `application/json` request body
    pub async fn create_phone_switch(
        &self,
        body: &crate::types::CreatePhoneSwitchRequest,
    ) -> crate::Result<crate::types::PhoneSwitch> {
        self.create_phone_switch_with_response(body)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::create_phone_switch`](crate::Client::create_phone_switch), also returning the status, headers and rate-limit information.
    pub async fn create_phone_switch_with_response(
        &self,
        body: &crate::types::CreatePhoneSwitchRequest,
    ) -> crate::Result<crate::Response<crate::types::PhoneSwitch>> {
        let mut request = crate::request::ApiRequest::new(
            "createPhoneSwitch",
            reqwest::Method::POST,
            "/phone_call_redirects",
            String::from("/phone_call_redirects"),
        );
        request.json(body)?;
        crate::client::execute(self, request).await?.json::<crate::types::PhoneSwitch>()
    }
}
