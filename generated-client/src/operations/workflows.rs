// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Workflows`.
//!
//! Export of workflow definitions, for data portability.

/// # Workflows
///
/// Export of workflow definitions, for data portability.
impl crate::Client {
    /// Export a workflow
    ///
    /// Since 2.15.
    ///
    /// Returns the full definition of one workflow (steps, targeting, attributes and embedded rules) so it can be kept or moved elsewhere, as the EU Data Act allows. Available in the Preview version only; fields may still change.
    ///
    /// `GET /export/workflows/{id}` (operation `exportWorkflow`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the workflow.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let workflow_export = client.export_workflow("38214").await?;
    ///     println!("{workflow_export:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn export_workflow(
        &self,
        id: &str,
    ) -> crate::Call<'_, crate::types::WorkflowExport> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "exportWorkflow",
                reqwest::Method::GET,
                "/export/workflows/{id}",
                ["/export/workflows/", &crate::request::encode_segment(id)].concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::WorkflowExport>(),
        )
    }
}
