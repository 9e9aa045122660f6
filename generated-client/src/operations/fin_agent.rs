// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Fin Agent`.
//!
//! Drive Fin from your own orchestration: discover what it can do for a user, ask questions, start or continue conversations, run procedures, hand off to a human and record satisfaction ratings.

impl crate::Client {
    /// List what Fin can do for a user
    ///
    /// Preview only: Intercom's unstable version.
    ///
    /// Returns, for one end user, the actions an orchestrating agent can ask Fin to perform: the static `reply` and `ask` actions and every live procedure that can be triggered through the API and whose audience the user matches.
    ///
    /// `POST /fin/capabilities` (operation `listFinCapabilities`)
    ///
    /// Arguments:
    /// - `body`: the `application/json` request body
    pub async fn list_fin_capabilities(
        &self,
        body: &crate::types::ListFinCapabilitiesRequest,
    ) -> crate::Result<crate::types::ListFinCapabilitiesResponse> {
        self.list_fin_capabilities_with_response(body)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::list_fin_capabilities`](crate::Client::list_fin_capabilities), also returning the status, headers and rate-limit information.
    pub async fn list_fin_capabilities_with_response(
        &self,
        body: &crate::types::ListFinCapabilitiesRequest,
    ) -> crate::Result<crate::Response<crate::types::ListFinCapabilitiesResponse>> {
        let mut request = crate::request::ApiRequest::new(
            "listFinCapabilities",
            reqwest::Method::POST,
            "/fin/capabilities",
            String::from("/fin/capabilities"),
        );
        request.json(body)?;
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::ListFinCapabilitiesResponse>()
    }

    /// Ask Fin a question
    ///
    /// Preview only: Intercom's unstable version.
    ///
    /// Puts one standalone question to Fin and gets one informational answer, without follow-up questions, procedures or automatic handoff (you can still call `/fin/escalate` yourself).
    ///
    /// The answer arrives asynchronously in a `fin_replied` event, and the conversation ends in `complete` without ever waiting for the user.
    ///
    /// `POST /fin/ask` (operation `askFin`)
    ///
    /// Arguments:
    /// - `body`: the `application/json` request body
    pub async fn ask_fin(
        &self,
        body: &crate::types::AskFinRequest,
    ) -> crate::Result<crate::types::AskFinResponse> {
        self.ask_fin_with_response(body).await.map(crate::Response::into_body)
    }

    /// Like [`Client::ask_fin`](crate::Client::ask_fin), also returning the status, headers and rate-limit information.
    pub async fn ask_fin_with_response(
        &self,
        body: &crate::types::AskFinRequest,
    ) -> crate::Result<crate::Response<crate::types::AskFinResponse>> {
        let mut request = crate::request::ApiRequest::new(
            "askFin",
            reqwest::Method::POST,
            "/fin/ask",
            String::from("/fin/ask"),
        );
        request.json(body)?;
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::AskFinResponse>()
    }

    /// Reply to Fin
    ///
    /// Since 2.14.
    ///
    /// Adds the user's next message to an existing conversation, typically after Fin set it to `awaiting_user_reply` because it needs more information.
    ///
    /// `POST /fin/reply` (operation `replyToFin`)
    ///
    /// Arguments:
    /// - `body`: the `application/json` request body
    pub async fn reply_to_fin(
        &self,
        body: &crate::types::ReplyToFinRequest,
    ) -> crate::Result<crate::types::ReplyToFinResponse> {
        self.reply_to_fin_with_response(body).await.map(crate::Response::into_body)
    }

    /// Like [`Client::reply_to_fin`](crate::Client::reply_to_fin), also returning the status, headers and rate-limit information.
    pub async fn reply_to_fin_with_response(
        &self,
        body: &crate::types::ReplyToFinRequest,
    ) -> crate::Result<crate::Response<crate::types::ReplyToFinResponse>> {
        let mut request = crate::request::ApiRequest::new(
            "replyToFin",
            reqwest::Method::POST,
            "/fin/reply",
            String::from("/fin/reply"),
        );
        request.json(body)?;
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::ReplyToFinResponse>()
    }

    /// Run a Fin procedure
    ///
    /// Preview only: Intercom's unstable version.
    ///
    /// Starts a new conversation in which Fin runs exactly the given procedure, with no routing decision involved. Progress arrives asynchronously as events or over SSE; when the procedure needs the user, the status becomes `awaiting_user_reply` and the answer goes through `/fin/reply`.
    ///
    /// `POST /fin/procedures/{procedure_id}/run` (operation `runFinProcedure`)
    ///
    /// Arguments:
    /// - `procedure_id`: Identifier of the procedure to run.
    /// - `body`: the `application/json` request body
    pub async fn run_fin_procedure(
        &self,
        procedure_id: &str,
        body: &crate::types::RunFinProcedureRequest,
    ) -> crate::Result<crate::types::RunFinProcedureResponse> {
        self.run_fin_procedure_with_response(procedure_id, body)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::run_fin_procedure`](crate::Client::run_fin_procedure), also returning the status, headers and rate-limit information.
    pub async fn run_fin_procedure_with_response(
        &self,
        procedure_id: &str,
        body: &crate::types::RunFinProcedureRequest,
    ) -> crate::Result<crate::Response<crate::types::RunFinProcedureResponse>> {
        let mut request = crate::request::ApiRequest::new(
            "runFinProcedure",
            reqwest::Method::POST,
            "/fin/procedures/{procedure_id}/run",
            ["/fin/procedures/", &crate::request::encode_segment(procedure_id), "/run"]
                .concat(),
        );
        request.json(body)?;
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::RunFinProcedureResponse>()
    }

    /// Hand a conversation to a human
    ///
    /// Preview only: Intercom's unstable version.
    ///
    /// Passes a conversation to a human teammate. Give exactly one of `conversation_id` (an existing agent conversation, also one from `/fin/ask`) or `user` (someone without an agent conversation; a new one is opened, with `message` as its first message). `user` is rejected on Fin for Platforms, where `conversation_id` is required.
    ///
    /// On the Intercom Helpdesk the handoff reaches the team inbox: by default Fin opens a new Helpdesk conversation carrying its summary as an internal note, and `context` is added as another internal note. The escalated conversation's AI Agent resolution state becomes `escalated` (not a billable resolution). You receive an `escalated` status and then `complete`, which means Fin is done, not that the conversation is closed.
    ///
    /// `POST /fin/escalate` (operation `escalateFinConversation`)
    ///
    /// Arguments:
    /// - `body`: the `application/json` request body
    pub async fn escalate_fin_conversation(
        &self,
        body: &crate::types::EscalateFinConversationRequest,
    ) -> crate::Result<crate::types::EscalateFinConversationResponse> {
        self.escalate_fin_conversation_with_response(body)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::escalate_fin_conversation`](crate::Client::escalate_fin_conversation), also returning the status, headers and rate-limit information.
    pub async fn escalate_fin_conversation_with_response(
        &self,
        body: &crate::types::EscalateFinConversationRequest,
    ) -> crate::Result<crate::Response<crate::types::EscalateFinConversationResponse>> {
        let mut request = crate::request::ApiRequest::new(
            "escalateFinConversation",
            reqwest::Method::POST,
            "/fin/escalate",
            String::from("/fin/escalate"),
        );
        request.json(body)?;
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::EscalateFinConversationResponse>()
    }

    /// Submit a satisfaction rating
    ///
    /// Since 2.14.
    ///
    /// Stores the user's satisfaction rating of a conversation, optionally with a comment. Fin asks for a rating according to the CSAT settings of its workflow and announces it with a `csat_requested` event listing the options; send the option the user picked.
    ///
    /// Resending the same rating without a new remark succeeds and changes nothing, so retries are safe. A different rating replaces the stored one while the update window is open. A rated survey still accepts one remark; once it is stored, the rating can no longer change.
    ///
    /// `POST /fin/csat` (operation `submitFinCsat`)
    ///
    /// Arguments:
    /// - `body`: the `application/json` request body
    pub async fn submit_fin_csat(
        &self,
        body: &crate::types::SubmitFinCsatRequest,
    ) -> crate::Result<crate::types::SubmitFinCsatResponse> {
        self.submit_fin_csat_with_response(body).await.map(crate::Response::into_body)
    }

    /// Like [`Client::submit_fin_csat`](crate::Client::submit_fin_csat), also returning the status, headers and rate-limit information.
    pub async fn submit_fin_csat_with_response(
        &self,
        body: &crate::types::SubmitFinCsatRequest,
    ) -> crate::Result<crate::Response<crate::types::SubmitFinCsatResponse>> {
        let mut request = crate::request::ApiRequest::new(
            "submitFinCsat",
            reqwest::Method::POST,
            "/fin/csat",
            String::from("/fin/csat"),
        );
        request.json(body)?;
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::SubmitFinCsatResponse>()
    }

    /// Start a conversation with Fin (legacy)
    ///
    /// Since 2.14.
    ///
    /// Legacy conversational mode, kept for existing integrations only: new features go to the orchestration endpoints. Hands Fin the user's first message with the user's details and optional earlier history.
    ///
    /// Fin then goes through states like `thinking`, `replying`, `awaiting_user_reply` and `resolved`, and finishes with `complete`, at which point the conversation is yours again; do not interrupt it before. Follow it through webhooks or the `sse_subscription_url`.
    ///
    /// `POST /fin/start` (operation `startFinConversation`)
    ///
    /// Arguments:
    /// - `body`: the `application/json` request body
    pub async fn start_fin_conversation(
        &self,
        body: &crate::types::StartFinConversationRequest,
    ) -> crate::Result<crate::types::StartFinConversationResponse> {
        self.start_fin_conversation_with_response(body)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::start_fin_conversation`](crate::Client::start_fin_conversation), also returning the status, headers and rate-limit information.
    pub async fn start_fin_conversation_with_response(
        &self,
        body: &crate::types::StartFinConversationRequest,
    ) -> crate::Result<crate::Response<crate::types::StartFinConversationResponse>> {
        let mut request = crate::request::ApiRequest::new(
            "startFinConversation",
            reqwest::Method::POST,
            "/fin/start",
            String::from("/fin/start"),
        );
        request.json(body)?;
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::StartFinConversationResponse>()
    }
}
