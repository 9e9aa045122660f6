// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Procedures`.
//!
//! Human-in-the-loop input for Fin procedures that are paused waiting for a teammate or an external system.

/// # Procedures
///
/// Human-in-the-loop input for Fin procedures that are paused waiting for a teammate or an external system.
impl crate::Client {
    /// Resume a procedure waiting for human input
    ///
    /// Preview only: Intercom's unstable version.
    ///
    /// Supplies the values a Fin procedure is waiting for at a human-in-the-loop step, so that it can continue. Intercom announces such a step with a `procedure.hitl_notification.created` webhook whose `callback_url` points here; send its `step_id` and one value for every attribute it lists in `attributes_to_collect`.
    ///
    /// Needs the `write_conversations` OAuth scope, an admin who can see the conversation, and the Procedures HITL API feature enabled on the workspace.
    ///
    /// `POST /procedures/{conversation_id}/collect_agent_input` (operation `collectProcedureAgentInput`)
    ///
    /// Arguments:
    /// - `conversation_id`: Intercom's identifier of the conversation in which the procedure waits.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{
    ///     CollectAgentInputRequest, CollectAgentInputRequestAttributeValuesItem,
    /// };
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = CollectAgentInputRequest::new(
    ///         "step_4b1e",
    ///         [
    ///             CollectAgentInputRequestAttributeValuesItem::new("refund_approved", true),
    ///             CollectAgentInputRequestAttributeValuesItem::new("refund_amount", "49.00"),
    ///         ],
    ///     );
    ///     let response = client.collect_procedure_agent_input("1274", &request).await?;
    ///     println!("{response:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn collect_procedure_agent_input(
        &self,
        conversation_id: &str,
        body: &crate::types::CollectAgentInputRequest,
    ) -> crate::Call<'_, std::collections::BTreeMap<String, serde_json::Value>> {
        let request = crate::request::ApiRequest::new(
                "collectProcedureAgentInput",
                reqwest::Method::POST,
                "/procedures/{conversation_id}/collect_agent_input",
                [
                    "/procedures/",
                    &crate::request::encode_segment(conversation_id),
                    "/collect_agent_input",
                ]
                    .concat(),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| {
                response.json::<std::collections::BTreeMap<String, serde_json::Value>>()
            },
        )
    }
}
