// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Procedures`.
//!
//! Human-in-the-loop input for Fin procedures that are paused waiting for a teammate or an external system.

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
    /// - `body`: the `application/json` request body
    pub async fn collect_procedure_agent_input(
        &self,
        conversation_id: &str,
        body: &crate::types::CollectAgentInputRequest,
    ) -> crate::Result<std::collections::BTreeMap<String, serde_json::Value>> {
        self.collect_procedure_agent_input_with_response(conversation_id, body)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::collect_procedure_agent_input`](crate::Client::collect_procedure_agent_input), also returning the status, headers and rate-limit information.
    pub async fn collect_procedure_agent_input_with_response(
        &self,
        conversation_id: &str,
        body: &crate::types::CollectAgentInputRequest,
    ) -> crate::Result<
        crate::Response<std::collections::BTreeMap<String, serde_json::Value>>,
    > {
        let mut request = crate::request::ApiRequest::new(
            "collectProcedureAgentInput",
            reqwest::Method::POST,
            "/procedures/{conversation_id}/collect_agent_input",
            [
                "/procedures/",
                &crate::request::encode_segment(conversation_id),
                "/collect_agent_input",
            ]
                .concat(),
        );
        request.json(body)?;
        crate::client::execute(self, request)
            .await?
            .json::<std::collections::BTreeMap<String, serde_json::Value>>()
    }
}
