// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Fin Agent`.
//!
//! Drive Fin from your own orchestration: discover what it can do for a user, ask questions, start or continue conversations, run procedures, hand off to a human and record satisfaction ratings.

/// # Fin Agent
///
/// Drive Fin from your own orchestration: discover what it can do for a user, ask questions, start or continue conversations, run procedures, hand off to a human and record satisfaction ratings.
impl crate::Client {
    /// List what Fin can do for a user
    ///
    /// Preview only: Intercom's unstable version.
    ///
    /// Returns, for one end user, the actions an orchestrating agent can ask Fin to perform: the static `reply` and `ask` actions and every live procedure that can be triggered through the API and whose audience the user matches.
    ///
    /// `POST /fin/capabilities` (operation `listFinCapabilities`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{FinAgentUser, ListFinCapabilitiesRequest};
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = ListFinCapabilitiesRequest::new(
    ///         FinAgentUser::new("u-20931")
    ///             .name("Mara Lindqvist")
    ///             .email("mara@example.org")
    ///             .attributes([("plan", "premium")]),
    ///     );
    ///     let list_fin_capabilities_response = client.list_fin_capabilities(&request).await?;
    ///     println!("{list_fin_capabilities_response:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_fin_capabilities(
        &self,
        body: &crate::types::ListFinCapabilitiesRequest,
    ) -> crate::Call<'_, crate::types::ListFinCapabilitiesResponse> {
        let request = crate::request::ApiRequest::new(
                "listFinCapabilities",
                reqwest::Method::POST,
                "/fin/capabilities",
                String::from("/fin/capabilities"),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ListFinCapabilitiesResponse>(),
        )
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
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{
    ///     AskFinRequest, FinAgentMessage, FinAgentMessageAuthor, FinAgentUser,
    /// };
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = AskFinRequest::new(
    ///         "ask-5d20e7",
    ///         FinAgentMessage::new(
    ///                 FinAgentMessageAuthor::User,
    ///                 "Does the warranty on carbon frames cover crash damage?",
    ///             )
    ///             .timestamp("2026-12-01T07:40:12.345Z"),
    ///         FinAgentUser::new("u-20931")
    ///             .name("Mara Lindqvist")
    ///             .email("mara@example.org")
    ///             .attributes([("plan", "premium")]),
    ///     );
    ///     let ask_fin_response = client.ask_fin(&request).await?;
    ///     println!("{ask_fin_response:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn ask_fin(
        &self,
        body: &crate::types::AskFinRequest,
    ) -> crate::Call<'_, crate::types::AskFinResponse> {
        let request = crate::request::ApiRequest::new(
                "askFin",
                reqwest::Method::POST,
                "/fin/ask",
                String::from("/fin/ask"),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::AskFinResponse>(),
        )
    }

    /// Reply to Fin
    ///
    /// Since 2.14.
    ///
    /// Adds the user's next message to an existing conversation, typically after Fin set it to `awaiting_user_reply` because it needs more information.
    ///
    /// `POST /fin/reply` (operation `replyToFin`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{
    ///     FinAgentMessage, FinAgentMessageAuthor, FinAgentUser, ReplyToFinRequest,
    /// };
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = ReplyToFinRequest::new(
    ///         "chat-7c41d2",
    ///         FinAgentMessage::new(
    ///                 FinAgentMessageAuthor::User,
    ///                 "The order number is NW-20931.",
    ///             )
    ///             .timestamp("2026-12-01T07:42:02.901Z"),
    ///         FinAgentUser::new("u-20931"),
    ///     );
    ///     let reply_to_fin_response = client.reply_to_fin(&request).await?;
    ///     println!("{reply_to_fin_response:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn reply_to_fin(
        &self,
        body: &crate::types::ReplyToFinRequest,
    ) -> crate::Call<'_, crate::types::ReplyToFinResponse> {
        let request = crate::request::ApiRequest::new(
                "replyToFin",
                reqwest::Method::POST,
                "/fin/reply",
                String::from("/fin/reply"),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ReplyToFinResponse>(),
        )
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{
    ///     FinAgentMessage, FinAgentMessageAuthor, FinAgentUser, RunFinProcedureRequest,
    ///     RunFinProcedureRequestConversationMetadata, RunFinProcedureRequestSettings,
    /// };
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = RunFinProcedureRequest::new(
    ///             "refund-0b93aa",
    ///             FinAgentUser::new("u-20931")
    ///                 .name("Mara Lindqvist")
    ///                 .email("mara@example.org")
    ///                 .attributes([("plan", "premium")]),
    ///         )
    ///         .message(
    ///             FinAgentMessage::new(
    ///                     FinAgentMessageAuthor::User,
    ///                     "I want a refund for order NW-20931.",
    ///                 )
    ///                 .timestamp("2026-12-01T07:44:59.800Z"),
    ///         )
    ///         .conversation_metadata(
    ///             RunFinProcedureRequestConversationMetadata::new()
    ///                 .attributes([("order_number", "NW-20931")]),
    ///         )
    ///         .settings(RunFinProcedureRequestSettings::new().email(false));
    ///     let run_fin_procedure_response = client.run_fin_procedure("2210", &request).await?;
    ///     println!("{run_fin_procedure_response:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn run_fin_procedure(
        &self,
        procedure_id: &str,
        body: &crate::types::RunFinProcedureRequest,
    ) -> crate::Call<'_, crate::types::RunFinProcedureResponse> {
        let request = crate::request::ApiRequest::new(
                "runFinProcedure",
                reqwest::Method::POST,
                "/fin/procedures/{procedure_id}/run",
                [
                    "/fin/procedures/",
                    &crate::request::encode_segment(procedure_id),
                    "/run",
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
            |response| response.json::<crate::types::RunFinProcedureResponse>(),
        )
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
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::EscalateFinConversationRequest;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = EscalateFinConversationRequest::new()
    ///         .conversation_id("chat-7c41d2")
    ///         .context("The customer asks for a goodwill refund beyond the policy.");
    ///     let escalate_fin_conversation_response = client
    ///         .escalate_fin_conversation(&request)
    ///         .await?;
    ///     println!("{escalate_fin_conversation_response:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn escalate_fin_conversation(
        &self,
        body: &crate::types::EscalateFinConversationRequest,
    ) -> crate::Call<'_, crate::types::EscalateFinConversationResponse> {
        let request = crate::request::ApiRequest::new(
                "escalateFinConversation",
                reqwest::Method::POST,
                "/fin/escalate",
                String::from("/fin/escalate"),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::EscalateFinConversationResponse>(),
        )
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
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{SubmitFinCsatRating, SubmitFinCsatRequest};
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = SubmitFinCsatRequest::new("chat-7c41d2", SubmitFinCsatRating::Good)
    ///         .remark("Quick and clear answer.");
    ///     let submit_fin_csat_response = client.submit_fin_csat(&request).await?;
    ///     println!("{submit_fin_csat_response:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn submit_fin_csat(
        &self,
        body: &crate::types::SubmitFinCsatRequest,
    ) -> crate::Call<'_, crate::types::SubmitFinCsatResponse> {
        let request = crate::request::ApiRequest::new(
                "submitFinCsat",
                reqwest::Method::POST,
                "/fin/csat",
                String::from("/fin/csat"),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::SubmitFinCsatResponse>(),
        )
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
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{
    ///     FinAgentConversationMetadata, FinAgentMessage, FinAgentMessageAuthor,
    ///     FinAgentSettings, FinAgentUser, StartFinConversationRequest,
    /// };
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = StartFinConversationRequest::new(
    ///             "chat-7c41d2",
    ///             FinAgentMessage::new(
    ///                     FinAgentMessageAuthor::User,
    ///                     "Does the warranty on carbon frames cover crash damage?",
    ///                 )
    ///                 .timestamp("2026-12-01T07:40:12.345Z"),
    ///             FinAgentUser::new("u-20931")
    ///                 .name("Mara Lindqvist")
    ///                 .email("mara@example.org")
    ///                 .attributes([("plan", "premium")]),
    ///         )
    ///         .conversation_metadata(
    ///             FinAgentConversationMetadata::new()
    ///                 .history([
    ///                     FinAgentMessage::new(
    ///                             FinAgentMessageAuthor::Agent,
    ///                             "Hi Mara, how can we help?",
    ///                         )
    ///                         .timestamp("2026-12-01T07:39:50.000Z"),
    ///                 ])
    ///                 .attributes([("channel", "web")]),
    ///         )
    ///         .settings(FinAgentSettings::new().follow_up_questions(true).email(false));
    ///     let start_fin_conversation_response = client.start_fin_conversation(&request).await?;
    ///     println!("{start_fin_conversation_response:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn start_fin_conversation(
        &self,
        body: &crate::types::StartFinConversationRequest,
    ) -> crate::Call<'_, crate::types::StartFinConversationResponse> {
        let request = crate::request::ApiRequest::new(
                "startFinConversation",
                reqwest::Method::POST,
                "/fin/start",
                String::from("/fin/start"),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::StartFinConversationResponse>(),
        )
    }
}
