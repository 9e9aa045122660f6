// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Workflows`.
//!
//! Export of workflow definitions, for data portability.

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
    pub async fn export_workflow(
        &self,
        id: &str,
    ) -> crate::Result<crate::types::WorkflowExport> {
        self.export_workflow_with_response(id).await.map(crate::Response::into_body)
    }

    /// Like [`Client::export_workflow`](crate::Client::export_workflow), also returning the status, headers and rate-limit information.
    pub async fn export_workflow_with_response(
        &self,
        id: &str,
    ) -> crate::Result<crate::Response<crate::types::WorkflowExport>> {
        let request = crate::request::ApiRequest::new(
            "exportWorkflow",
            reqwest::Method::GET,
            "/export/workflows/{id}",
            ["/export/workflows/", &crate::request::encode_segment(id)].concat(),
        );
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::WorkflowExport>()
    }
}
