// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Data Export`.
//!
//! Asynchronous exports of delivery and engagement statistics for outbound messages: start a job, poll it, cancel it and download the result.

/// # Data Export
///
/// Asynchronous exports of delivery and engagement statistics for outbound messages: start a job, poll it, cancel it and download the result.
impl crate::Client {
    /// Start a message data export
    ///
    /// Since 2.7.
    ///
    /// Starts an export job for delivery and engagement data of outbound messages (for example emails, posts, surveys, custom bots, series and tours): who got each message, when, and whether they opened, clicked, replied, completed, dismissed, unsubscribed or bounced. Message content is not exported.
    ///
    /// The range covers messages sent in it (not merely updated) and includes both bounds. A workspace can run one job at a time; starting a second while one is pending fails with 429.
    ///
    /// `POST /export/content/data` (operation `createDataExport`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::CreateDataExportsRequest;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = CreateDataExportsRequest::new(1761955200, 1764547199);
    ///     let data_export = client.create_data_export(&request).await?;
    ///     println!("{data_export:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn create_data_export(
        &self,
        body: &crate::types::CreateDataExportsRequest,
    ) -> crate::Call<'_, crate::types::DataExport> {
        let request = crate::request::ApiRequest::new(
                "createDataExport",
                reqwest::Method::POST,
                "/export/content/data",
                String::from("/export/content/data"),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::DataExport>(),
        )
    }

    /// Get a message data export job
    ///
    /// Since 2.7.
    ///
    /// Returns the status of an export job. Once it is `completed`, `download_url` is set; the file stays available for two days after the job finished.
    ///
    /// `GET /export/content/data/{job_identifier}` (operation `getDataExport`)
    ///
    /// Arguments:
    /// - `job_identifier`: The `job_identfier` returned when the job was started.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let data_export = client.get_data_export("k2m9x4q7vb").await?;
    ///     println!("{data_export:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn get_data_export(
        &self,
        job_identifier: &str,
    ) -> crate::Call<'_, crate::types::DataExport> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "getDataExport",
                reqwest::Method::GET,
                "/export/content/data/{job_identifier}",
                [
                    "/export/content/data/",
                    &crate::request::encode_segment(job_identifier),
                ]
                    .concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::DataExport>(),
        )
    }

    /// Cancel a message data export job
    ///
    /// Since 2.7.
    ///
    /// Cancels a pending or running export job and returns it with status `canceled`.
    ///
    /// `POST /export/cancel/{job_identifier}` (operation `cancelDataExport`)
    ///
    /// Arguments:
    /// - `job_identifier`: The `job_identfier` returned when the job was started.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let data_export = client.cancel_data_export("k2m9x4q7vb").await?;
    ///     println!("{data_export:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn cancel_data_export(
        &self,
        job_identifier: &str,
    ) -> crate::Call<'_, crate::types::DataExport> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "cancelDataExport",
                reqwest::Method::POST,
                "/export/cancel/{job_identifier}",
                ["/export/cancel/", &crate::request::encode_segment(job_identifier)]
                    .concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::DataExport>(),
        )
    }

    /// Download a message data export
    ///
    /// Since 2.7.
    ///
    /// Streams the result of a `completed` export job as a gzipped CSV file. This is the URL given in the job's `download_url`; send `Accept: application/octet-stream`.
    ///
    /// `GET /download/content/data/{job_identifier}` (operation `downloadDataExport`)
    ///
    /// Arguments:
    /// - `job_identifier`: The `job_identfier` of a completed job.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let response = client.download_data_export("k2m9x4q7vb").await?;
    ///     println!("{response:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn download_data_export(
        &self,
        job_identifier: &str,
    ) -> crate::Call<'_, bytes::Bytes> {
        let request = crate::request::ApiRequest::new(
                "downloadDataExport",
                reqwest::Method::GET,
                "/download/content/data/{job_identifier}",
                [
                    "/download/content/data/",
                    &crate::request::encode_segment(job_identifier),
                ]
                    .concat(),
            )
            .with(|request| {
                request.accept("application/octet-stream");
                Ok(())
            });
        crate::Call::new(self, request, |response| response.bytes())
    }
}
