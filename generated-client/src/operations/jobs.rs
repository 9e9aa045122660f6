// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Jobs`.
//!
//! Status of asynchronous jobs started by other requests.

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
    pub async fn jobs_status(&self, id: &str) -> crate::Result<crate::types::Jobs> {
        self.jobs_status_with_response(id).await.map(crate::Response::into_body)
    }

    /// Like [`Client::jobs_status`](crate::Client::jobs_status), also returning the status, headers and rate-limit information.
    pub async fn jobs_status_with_response(
        &self,
        id: &str,
    ) -> crate::Result<crate::Response<crate::types::Jobs>> {
        let request = crate::request::ApiRequest::new(
            "jobsStatus",
            reqwest::Method::GET,
            "/jobs/status/{id}",
            ["/jobs/status/", &crate::request::encode_segment(id)].concat(),
        );
        crate::client::execute(self, request).await?.json::<crate::types::Jobs>()
    }
}
