// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Away Status Reasons`.
//!
//! The reasons teammates can choose from when they set themselves away.

/// # Away Status Reasons
///
/// The reasons teammates can choose from when they set themselves away.
impl crate::Client {
    /// List away status reasons
    ///
    /// Since 2.14.
    ///
    /// Returns the reasons teammates can pick from when they go away, deleted ones included (check `deleted`). Their ids are what `setAwayAdmin` takes as `away_status_reason_id`.
    ///
    /// `GET /away_status_reasons` (operation `listAwayStatusReasons`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let away_status_reason_list = client.list_away_status_reasons().await?;
    ///     println!("{away_status_reason_list:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_away_status_reasons(
        &self,
    ) -> crate::Call<'_, crate::types::AwayStatusReasonList> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "listAwayStatusReasons",
                reqwest::Method::GET,
                "/away_status_reasons",
                String::from("/away_status_reasons"),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::AwayStatusReasonList>(),
        )
    }
}
