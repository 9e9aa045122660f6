// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Reporting Data Export`.
//!
//! Asynchronous exports of reporting datasets: list the datasets, enqueue a job, poll its status and download the finished file.

/// # Reporting Data Export
///
/// Asynchronous exports of reporting datasets: list the datasets, enqueue a job, poll its status and download the finished file.
impl crate::Client {
    /// Enqueue a reporting data export
    ///
    /// Since 2.14.
    ///
    /// Starts an asynchronous export of one reporting dataset for a time range and returns the job to poll.
    ///
    /// Pick the dataset and its attributes from the datasets endpoint and pass the attributes' `qualified_id`s. At most five export jobs can be pending at once. From the Preview version the `conversation` dataset also contains conversations that never got a reply from the user.
    ///
    /// `POST /export/reporting_data/enqueue` (operation `enqueueReportingDataExport`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::ReportingDataExportRequest;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = ReportingDataExportRequest::new(
    ///         "conversation",
    ///         [
    ///             "conversation.conversation_id",
    ///             "conversation.conversation_started_at",
    ///             "conversation.channel",
    ///         ],
    ///         1764547200,
    ///         1767225599,
    ///     );
    ///     let reporting_data_export_job = client
    ///         .enqueue_reporting_data_export(&request)
    ///         .await?;
    ///     println!("{reporting_data_export_job:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn enqueue_reporting_data_export(
        &self,
        body: &crate::types::ReportingDataExportRequest,
    ) -> crate::Call<'_, crate::types::ReportingDataExportJob> {
        let request = crate::request::ApiRequest::new(
                "enqueueReportingDataExport",
                reqwest::Method::POST,
                "/export/reporting_data/enqueue",
                String::from("/export/reporting_data/enqueue"),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ReportingDataExportJob>(),
        )
    }

    /// Get the status of a reporting data export
    ///
    /// Since 2.14.
    ///
    /// Returns the status of an export job. Once it is `complete`, download the file from the download endpoint.
    ///
    /// `GET /export/reporting_data/{job_identifier}` (operation `getReportingDataExport`)
    ///
    /// Arguments:
    /// - `job_identifier`: The identifier returned when the export job was enqueued.
    /// - `app_id`: The id code of the workspace that owns the export.
    /// - `client_id`: The client id of the app that enqueued the export.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let reporting_data_export_job = client
    ///         .get_reporting_data_export(
    ///             "r4q8z1k6m2",
    ///             "k7t2qz9x",
    ///             "3f6c8a12-7b0d-4e59-91a4-0d2e6b8c5f17",
    ///         )
    ///         .await?;
    ///     println!("{reporting_data_export_job:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn get_reporting_data_export(
        &self,
        job_identifier: &str,
        app_id: &str,
        client_id: &str,
    ) -> crate::Call<'_, crate::types::ReportingDataExportJob> {
        let request = crate::request::ApiRequest::new(
                "getReportingDataExport",
                reqwest::Method::GET,
                "/export/reporting_data/{job_identifier}",
                [
                    "/export/reporting_data/",
                    &crate::request::encode_segment(job_identifier),
                ]
                    .concat(),
            )
            .with(|request| {
                request
                    .query(
                        "app_id",
                        &app_id,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                request
                    .query(
                        "client_id",
                        &client_id,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ReportingDataExportJob>(),
        )
    }

    /// List reporting datasets and their attributes
    ///
    /// Since 2.14.
    ///
    /// Returns the datasets that can be exported and, for each, the attributes it offers. Use an attribute's `qualified_id` when enqueuing an export; the plain `id` can be ambiguous across attribute types.
    ///
    /// `GET /export/reporting_data/get_datasets` (operation `listReportingDatasets`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let reporting_dataset_list = client.list_reporting_datasets().await?;
    ///     println!("{reporting_dataset_list:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_reporting_datasets(
        &self,
    ) -> crate::Call<'_, crate::types::ReportingDatasetList> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "listReportingDatasets",
                reqwest::Method::GET,
                "/export/reporting_data/get_datasets",
                String::from("/export/reporting_data/get_datasets"),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ReportingDatasetList>(),
        )
    }

    /// Download a reporting data export
    ///
    /// Since 2.14.
    ///
    /// Downloads the file produced by a completed export job. The request must accept `application/octet-stream`; the body is the raw export file.
    ///
    /// `GET /download/reporting_data/{job_identifier}` (operation `downloadReportingDataExport`)
    ///
    /// Arguments:
    /// - `job_identifier`: The identifier returned when the export job was enqueued.
    /// - `app_id`: The id code of the workspace that owns the export.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let response = client
    ///         .download_reporting_data_export("r4q8z1k6m2", "k7t2qz9x")
    ///         .await?;
    ///     println!("{response:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn download_reporting_data_export(
        &self,
        job_identifier: &str,
        app_id: &str,
    ) -> crate::Call<'_, bytes::Bytes> {
        let request = crate::request::ApiRequest::new(
                "downloadReportingDataExport",
                reqwest::Method::GET,
                "/download/reporting_data/{job_identifier}",
                [
                    "/download/reporting_data/",
                    &crate::request::encode_segment(job_identifier),
                ]
                    .concat(),
            )
            .with(|request| {
                request
                    .query(
                        "app_id",
                        &app_id,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                request.accept("application/octet-stream");
                Ok(())
            });
        crate::Call::new(self, request, |response| response.bytes())
    }
}
