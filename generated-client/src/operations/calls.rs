// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Calls`.
//!
//! Phone calls handled in Intercom, their recordings and transcripts, and the Fin Voice call records that link calls from external telephony providers.

impl crate::Client {
    /// List calls
    ///
    /// Since 2.14.
    ///
    /// Returns the workspace's phone calls, page by page (at most 25 per page).
    ///
    /// `GET /calls` (operation `listCalls`)
    ///
    /// Arguments:
    /// - `params`: optional parameters
    pub async fn list_calls(
        &self,
        params: &crate::types::ListCallsParams,
    ) -> crate::Result<crate::types::CallList> {
        self.list_calls_with_response(params).await.map(crate::Response::into_body)
    }

    /// Like [`Client::list_calls`](crate::Client::list_calls), also returning the status, headers and rate-limit information.
    pub async fn list_calls_with_response(
        &self,
        params: &crate::types::ListCallsParams,
    ) -> crate::Result<crate::Response<crate::types::CallList>> {
        let mut request = crate::request::ApiRequest::new(
            "listCalls",
            reqwest::Method::GET,
            "/calls",
            String::from("/calls"),
        );
        request
            .query(
                "page",
                &params.page,
                crate::request::QueryStyle::Form {
                    explode: true,
                },
            )?;
        request
            .query(
                "per_page",
                &params.per_page,
                crate::request::QueryStyle::Form {
                    explode: true,
                },
            )?;
        crate::client::execute(self, request).await?.json::<crate::types::CallList>()
    }

    /// Every item of [`Client::list_calls`](crate::Client::list_calls), across all pages: a stream that fetches the next page only when the items of the previous one have been consumed. It ends after the last page, or after the first error.
    pub fn list_calls_stream(
        &self,
        params: &crate::types::ListCallsParams,
    ) -> impl futures_core::Stream<
        Item = crate::Result<crate::types::Call>,
    > + Send + Unpin + '_ {
        crate::pagination::items(self.list_calls_pages(params))
    }

    /// The pages of [`Client::list_calls`](crate::Client::list_calls), one by one, fetched lazily.
    pub fn list_calls_pages(
        &self,
        params: &crate::types::ListCallsParams,
    ) -> impl futures_core::Stream<
        Item = crate::Result<crate::types::CallList>,
    > + Send + Unpin + '_ {
        let params = params.clone();
        crate::pagination::paginate_pages(
            "listCalls",
            None,
            move |page: Option<crate::PageRequest>| {
                let mut params = params.clone();
                if let Some(crate::PageRequest::Number(number)) = page {
                    params.page = Some(number);
                }
                async move { self.list_calls(&params).await }
            },
        )
    }

    /// Retrieve a call
    ///
    /// Since 2.14.
    ///
    /// Returns one phone call.
    ///
    /// `GET /calls/{id}` (operation `showCall`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the call.
    pub async fn show_call(&self, id: &str) -> crate::Result<crate::types::Call> {
        self.show_call_with_response(id).await.map(crate::Response::into_body)
    }

    /// Like [`Client::show_call`](crate::Client::show_call), also returning the status, headers and rate-limit information.
    pub async fn show_call_with_response(
        &self,
        id: &str,
    ) -> crate::Result<crate::Response<crate::types::Call>> {
        let request = crate::request::ApiRequest::new(
            "showCall",
            reqwest::Method::GET,
            "/calls/{id}",
            ["/calls/", &crate::request::encode_segment(id)].concat(),
        );
        crate::client::execute(self, request).await?.json::<crate::types::Call>()
    }

    /// Get a call's recording
    ///
    /// Since 2.14.
    ///
    /// Answers with a redirect to a signed, short-lived URL of the call's audio recording; follow the `Location` header to download it. HTTP clients that follow redirects (the generated one does) receive the audio directly.
    ///
    /// `GET /calls/{id}/recording` (operation `showCallRecording`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the call.
    pub async fn show_call_recording(&self, id: &str) -> crate::Result<bytes::Bytes> {
        self.show_call_recording_with_response(id).await.map(crate::Response::into_body)
    }

    /// Like [`Client::show_call_recording`](crate::Client::show_call_recording), also returning the status, headers and rate-limit information.
    pub async fn show_call_recording_with_response(
        &self,
        id: &str,
    ) -> crate::Result<crate::Response<bytes::Bytes>> {
        let mut request = crate::request::ApiRequest::new(
            "showCallRecording",
            reqwest::Method::GET,
            "/calls/{id}/recording",
            ["/calls/", &crate::request::encode_segment(id), "/recording"].concat(),
        );
        request.accept("application/octet-stream");
        crate::client::execute(self, request).await?.bytes()
    }

    /// Get a call's transcript
    ///
    /// Since 2.14.
    ///
    /// Returns the transcript of a call as a plain-text file.
    ///
    /// `GET /calls/{id}/transcript` (operation `showCallTranscript`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the call.
    pub async fn show_call_transcript(&self, id: &str) -> crate::Result<String> {
        self.show_call_transcript_with_response(id).await.map(crate::Response::into_body)
    }

    /// Like [`Client::show_call_transcript`](crate::Client::show_call_transcript), also returning the status, headers and rate-limit information.
    pub async fn show_call_transcript_with_response(
        &self,
        id: &str,
    ) -> crate::Result<crate::Response<String>> {
        let mut request = crate::request::ApiRequest::new(
            "showCallTranscript",
            reqwest::Method::GET,
            "/calls/{id}/transcript",
            ["/calls/", &crate::request::encode_segment(id), "/transcript"].concat(),
        );
        request.accept("text/plain");
        crate::client::execute(self, request).await?.text()
    }

    /// Find calls by conversation, with transcripts
    ///
    /// Since 2.14.
    ///
    /// Returns the calls of the given conversations (between 1 and 20 ids; an empty list or more than 20 fails with 400), each with its transcript when one exists.
    ///
    /// `POST /calls/search` (operation `listCallsWithTranscripts`)
    ///
    /// Arguments:
    /// - `body`: the `application/json` request body
    pub async fn list_calls_with_transcripts(
        &self,
        body: &crate::types::ListCallsWithTranscriptsRequest,
    ) -> crate::Result<crate::types::ListCallsWithTranscriptsResponse> {
        self.list_calls_with_transcripts_with_response(body)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::list_calls_with_transcripts`](crate::Client::list_calls_with_transcripts), also returning the status, headers and rate-limit information.
    pub async fn list_calls_with_transcripts_with_response(
        &self,
        body: &crate::types::ListCallsWithTranscriptsRequest,
    ) -> crate::Result<crate::Response<crate::types::ListCallsWithTranscriptsResponse>> {
        let mut request = crate::request::ApiRequest::new(
            "listCallsWithTranscripts",
            reqwest::Method::POST,
            "/calls/search",
            String::from("/calls/search"),
        );
        request.json(body)?;
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::ListCallsWithTranscriptsResponse>()
    }

    /// Register a Fin Voice call
    ///
    /// Since 2.15.
    ///
    /// Records a call handled by Fin Voice on an external telephony platform (AWS Connect unless `source` says `five9` or `zoom_phone`), linking the provider's call id to an Intercom call and conversation.
    ///
    /// `POST /fin_voice/register` (operation `registerFinVoiceCall`)
    ///
    /// Arguments:
    /// - `body`: the `application/json` request body
    pub async fn register_fin_voice_call(
        &self,
        body: &crate::types::RegisterFinVoiceCallRequest,
    ) -> crate::Result<crate::types::AiCallResponse> {
        self.register_fin_voice_call_with_response(body)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::register_fin_voice_call`](crate::Client::register_fin_voice_call), also returning the status, headers and rate-limit information.
    pub async fn register_fin_voice_call_with_response(
        &self,
        body: &crate::types::RegisterFinVoiceCallRequest,
    ) -> crate::Result<crate::Response<crate::types::AiCallResponse>> {
        let mut request = crate::request::ApiRequest::new(
            "registerFinVoiceCall",
            reqwest::Method::POST,
            "/fin_voice/register",
            String::from("/fin_voice/register"),
        );
        request.json(body)?;
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::AiCallResponse>()
    }

    /// Get a Fin Voice call by record id
    ///
    /// Since 2.15.
    ///
    /// Returns a Fin Voice call record by the id Intercom gave it at registration.
    ///
    /// `GET /fin_voice/collect/{id}` (operation `collectFinVoiceCallById`)
    ///
    /// Arguments:
    /// - `id`: The `id` of the Fin Voice call record.
    pub async fn collect_fin_voice_call_by_id(
        &self,
        id: i64,
    ) -> crate::Result<crate::types::AiCallResponse> {
        self.collect_fin_voice_call_by_id_with_response(id)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::collect_fin_voice_call_by_id`](crate::Client::collect_fin_voice_call_by_id), also returning the status, headers and rate-limit information.
    pub async fn collect_fin_voice_call_by_id_with_response(
        &self,
        id: i64,
    ) -> crate::Result<crate::Response<crate::types::AiCallResponse>> {
        let request = crate::request::ApiRequest::new(
            "collectFinVoiceCallById",
            reqwest::Method::GET,
            "/fin_voice/collect/{id}",
            ["/fin_voice/collect/", &crate::request::encode_segment(id)].concat(),
        );
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::AiCallResponse>()
    }

    /// Get a Fin Voice call by provider call id
    ///
    /// Since 2.15.
    ///
    /// Returns a Fin Voice call record by the call id of the telephony provider.
    ///
    /// `GET /fin_voice/external_id/{external_id}` (operation `collectFinVoiceCallByExternalId`)
    ///
    /// Arguments:
    /// - `external_id`: The provider's call id, as given in `call_id` at registration.
    pub async fn collect_fin_voice_call_by_external_id(
        &self,
        external_id: &str,
    ) -> crate::Result<crate::types::AiCallResponse> {
        self.collect_fin_voice_call_by_external_id_with_response(external_id)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::collect_fin_voice_call_by_external_id`](crate::Client::collect_fin_voice_call_by_external_id), also returning the status, headers and rate-limit information.
    pub async fn collect_fin_voice_call_by_external_id_with_response(
        &self,
        external_id: &str,
    ) -> crate::Result<crate::Response<crate::types::AiCallResponse>> {
        let request = crate::request::ApiRequest::new(
            "collectFinVoiceCallByExternalId",
            reqwest::Method::GET,
            "/fin_voice/external_id/{external_id}",
            ["/fin_voice/external_id/", &crate::request::encode_segment(external_id)]
                .concat(),
        );
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::AiCallResponse>()
    }

    /// Get the latest Fin Voice call of a phone number
    ///
    /// Since 2.15.
    ///
    /// Returns the most recently created matched Fin Voice call from a phone number.
    ///
    /// `GET /fin_voice/phone_number/{phone_number}` (operation `collectFinVoiceCallByPhoneNumber`)
    ///
    /// Arguments:
    /// - `phone_number`: The caller's phone number in E.164 form, for example `+4930123456`.
    pub async fn collect_fin_voice_call_by_phone_number(
        &self,
        phone_number: &str,
    ) -> crate::Result<crate::types::AiCallResponse> {
        self.collect_fin_voice_call_by_phone_number_with_response(phone_number)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::collect_fin_voice_call_by_phone_number`](crate::Client::collect_fin_voice_call_by_phone_number), also returning the status, headers and rate-limit information.
    pub async fn collect_fin_voice_call_by_phone_number_with_response(
        &self,
        phone_number: &str,
    ) -> crate::Result<crate::Response<crate::types::AiCallResponse>> {
        let request = crate::request::ApiRequest::new(
            "collectFinVoiceCallByPhoneNumber",
            reqwest::Method::GET,
            "/fin_voice/phone_number/{phone_number}",
            ["/fin_voice/phone_number/", &crate::request::encode_segment(phone_number)]
                .concat(),
        );
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::AiCallResponse>()
    }

    /// List the Fin Voice calls of a conversation
    ///
    /// Since 2.15.
    ///
    /// Returns every matched Fin Voice call record of an Intercom conversation; a conversation can have several calls.
    ///
    /// `GET /fin_voice/conversation/{conversation_id}` (operation `collectFinVoiceCallsByConversationId`)
    ///
    /// Arguments:
    /// - `conversation_id`: Intercom's identifier of the conversation.
    pub async fn collect_fin_voice_calls_by_conversation_id(
        &self,
        conversation_id: &str,
    ) -> crate::Result<Vec<crate::types::AiCallResponse>> {
        self.collect_fin_voice_calls_by_conversation_id_with_response(conversation_id)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::collect_fin_voice_calls_by_conversation_id`](crate::Client::collect_fin_voice_calls_by_conversation_id), also returning the status, headers and rate-limit information.
    pub async fn collect_fin_voice_calls_by_conversation_id_with_response(
        &self,
        conversation_id: &str,
    ) -> crate::Result<crate::Response<Vec<crate::types::AiCallResponse>>> {
        let request = crate::request::ApiRequest::new(
            "collectFinVoiceCallsByConversationId",
            reqwest::Method::GET,
            "/fin_voice/conversation/{conversation_id}",
            [
                "/fin_voice/conversation/",
                &crate::request::encode_segment(conversation_id),
            ]
                .concat(),
        );
        crate::client::execute(self, request)
            .await?
            .json::<Vec<crate::types::AiCallResponse>>()
    }
}
