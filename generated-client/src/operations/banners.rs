// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Banners`.
//!
//! Banners a contact qualifies for, for display outside the Messenger, and the recording of their dismissal.

/// # Banners
///
/// Banners a contact qualifies for, for display outside the Messenger, and the recording of their dismissal.
impl crate::Client {
    /// List a contact's banners
    ///
    /// Since 2.16.
    ///
    /// Returns the banners the contact qualifies for right now, so that an app, kiosk or other surface outside the Messenger can show them.
    ///
    /// Side effect: every banner returned counts as shown and gets an impression recorded, so call this only when you are about to display them. Keep each banner's `view_id` to report a dismissal later.
    ///
    /// `GET /contacts/{id}/banners` (operation `listContactBanners`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the contact.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let banner_list = client.list_contact_banners("66a1f3c2b8e4d70012ab34cd").await?;
    ///     println!("{banner_list:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_contact_banners(
        &self,
        id: &str,
    ) -> crate::Call<'_, crate::types::BannerList> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "listContactBanners",
                reqwest::Method::GET,
                "/contacts/{id}/banners",
                ["/contacts/", &crate::request::encode_segment(id), "/banners"].concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::BannerList>(),
        )
    }

    /// Dismiss a banner for a contact
    ///
    /// Since 2.16.
    ///
    /// Marks a banner view as dismissed by the contact. The dismissal applies everywhere, including the web Messenger. Repeating the call is harmless and returns the same result.
    ///
    /// `POST /contacts/{id}/banners/{view_id}/dismiss` (operation `dismissContactBanner`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the contact.
    /// - `view_id`: The `view_id` that listing the contact's banners returned for this banner.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let banner_dismiss = client
    ///         .dismiss_contact_banner("66a1f3c2b8e4d70012ab34cd", "908113")
    ///         .await?;
    ///     println!("{banner_dismiss:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn dismiss_contact_banner(
        &self,
        id: &str,
        view_id: &str,
    ) -> crate::Call<'_, crate::types::BannerDismiss> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "dismissContactBanner",
                reqwest::Method::POST,
                "/contacts/{id}/banners/{view_id}/dismiss",
                [
                    "/contacts/",
                    &crate::request::encode_segment(id),
                    "/banners/",
                    &crate::request::encode_segment(view_id),
                    "/dismiss",
                ]
                    .concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::BannerDismiss>(),
        )
    }
}
