// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Switch`.
//!
//! Moving phone callers over to the Messenger by SMS.

/// # Switch
///
/// Moving phone callers over to the Messenger by SMS.
impl crate::Client {
    /// Move a phone call to the Messenger
    ///
    /// Since 2.7.
    ///
    /// Deflects a caller to the Messenger by texting a Messenger link to their phone number. Any `custom_attributes` sent are stored on the matching user or lead.
    ///
    /// `POST /phone_call_redirects` (operation `createPhoneSwitch`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{CreatePhoneSwitchRequest, CustomAttributesInnerValue};
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = CreatePhoneSwitchRequest::new("+353871234567")
    ///         .custom_attributes([
    ///             (
    ///                 "callback_reason",
    ///                 CustomAttributesInnerValue::String("Billing".to_string()),
    ///             ),
    ///             ("open_orders", CustomAttributesInnerValue::Integer(2)),
    ///         ]);
    ///     let phone_switch = client.create_phone_switch(&request).await?;
    ///     println!("{phone_switch:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn create_phone_switch(
        &self,
        body: &crate::types::CreatePhoneSwitchRequest,
    ) -> crate::Call<'_, crate::types::PhoneSwitch> {
        let request = crate::request::ApiRequest::new(
                "createPhoneSwitch",
                reqwest::Method::POST,
                "/phone_call_redirects",
                String::from("/phone_call_redirects"),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::PhoneSwitch>(),
        )
    }
}
