// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Jobs`.
//!
//! Status of asynchronous jobs started by other requests.

/// # Jobs
///
/// Status of asynchronous jobs started by other requests.
impl crate::Client {
    /// Get a job's status
    ///
    /// Since 2.14.
    ///
    /// Returns the progress of an asynchronous job, such as a ticket created in the background; once it succeeds, `resource_url` points at the resource it made.
    ///
    /// `GET /jobs/status/{id}` (operation `jobsStatus`)
    ///
    /// Arguments:
    /// - `id`: The id Intercom returned when the job was enqueued.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let jobs = client.jobs_status("4471").await?;
    ///     println!("{jobs:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn jobs_status(&self, id: &str) -> crate::Call<'_, crate::types::Jobs> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "jobsStatus",
                reqwest::Method::GET,
                "/jobs/status/{id}",
                ["/jobs/status/", &crate::request::encode_segment(id)].concat(),
            ),
        );
        crate::Call::new(self, request, |response| response.json::<crate::types::Jobs>())
    }
}
