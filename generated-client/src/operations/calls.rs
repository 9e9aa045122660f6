// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Calls`.
//!
//! Phone calls handled in Intercom, their recordings and transcripts, and the Fin Voice call records that link calls from external telephony providers.

/// # Calls
///
/// Phone calls handled in Intercom, their recordings and transcripts, and the Fin Voice call records that link calls from external telephony providers.
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::ListCallsParams;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let params = ListCallsParams {
    ///         page: Some(1),
    ///         per_page: Some(25),
    ///     };
    ///     let call_list = client.list_calls(&params).await?;
    ///     println!("{call_list:?}");
    ///     let mut items = client.list_calls_stream(&params);
    ///     while let Some(item) = items.try_next().await? {
    ///         println!("{item:?}");
    ///     }
    ///     Ok(())
    /// }
    /// ```
    pub fn list_calls(
        &self,
        params: &crate::types::ListCallsParams,
    ) -> crate::Call<'_, crate::types::CallList> {
        let request = crate::request::ApiRequest::new(
                "listCalls",
                reqwest::Method::GET,
                "/calls",
                String::from("/calls"),
            )
            .with(|request| {
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
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::CallList>(),
        )
    }

    /// Every item of [`Client::list_calls`](crate::Client::list_calls), across all pages: a stream that fetches the next page only when the items of the previous one have been consumed. It ends after the last page, or after the first error.
    pub fn list_calls_stream(
        &self,
        params: &crate::types::ListCallsParams,
    ) -> crate::Paginated<'_, crate::types::Call> {
        crate::pagination::items(self.list_calls_pages(params))
    }

    /// The pages of [`Client::list_calls`](crate::Client::list_calls), one by one, fetched lazily.
    pub fn list_calls_pages(
        &self,
        params: &crate::types::ListCallsParams,
    ) -> crate::Paginated<'_, crate::types::CallList> {
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let call = client.show_call("880412").await?;
    ///     println!("{call:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn show_call(&self, id: &str) -> crate::Call<'_, crate::types::Call> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "showCall",
                reqwest::Method::GET,
                "/calls/{id}",
                ["/calls/", &crate::request::encode_segment(id)].concat(),
            ),
        );
        crate::Call::new(self, request, |response| response.json::<crate::types::Call>())
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let response = client.show_call_recording("880412").await?;
    ///     println!("{response:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn show_call_recording(&self, id: &str) -> crate::Call<'_, bytes::Bytes> {
        let request = crate::request::ApiRequest::new(
                "showCallRecording",
                reqwest::Method::GET,
                "/calls/{id}/recording",
                ["/calls/", &crate::request::encode_segment(id), "/recording"].concat(),
            )
            .with(|request| {
                request.accept("application/octet-stream");
                Ok(())
            });
        crate::Call::new(self, request, |response| response.bytes())
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let response = client.show_call_transcript("880412").await?;
    ///     println!("{response:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn show_call_transcript(&self, id: &str) -> crate::Call<'_, String> {
        let request = crate::request::ApiRequest::new(
                "showCallTranscript",
                reqwest::Method::GET,
                "/calls/{id}/transcript",
                ["/calls/", &crate::request::encode_segment(id), "/transcript"].concat(),
            )
            .with(|request| {
                request.accept("text/plain");
                Ok(())
            });
        crate::Call::new(self, request, |response| response.text())
    }

    /// Find calls by conversation, with transcripts
    ///
    /// Since 2.14.
    ///
    /// Returns the calls of the given conversations (between 1 and 20 ids; an empty list or more than 20 fails with 400), each with its transcript when one exists.
    ///
    /// `POST /calls/search` (operation `listCallsWithTranscripts`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::ListCallsWithTranscriptsRequest;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = ListCallsWithTranscriptsRequest::new(["1274", "1281"]);
    ///     let list_calls_with_transcripts_response = client
    ///         .list_calls_with_transcripts(&request)
    ///         .await?;
    ///     println!("{list_calls_with_transcripts_response:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_calls_with_transcripts(
        &self,
        body: &crate::types::ListCallsWithTranscriptsRequest,
    ) -> crate::Call<'_, crate::types::ListCallsWithTranscriptsResponse> {
        let request = crate::request::ApiRequest::new(
                "listCallsWithTranscripts",
                reqwest::Method::POST,
                "/calls/search",
                String::from("/calls/search"),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ListCallsWithTranscriptsResponse>(),
        )
    }

    /// Register a Fin Voice call
    ///
    /// Since 2.15.
    ///
    /// Records a call handled by Fin Voice on an external telephony platform (AWS Connect unless `source` says `five9` or `zoom_phone`), linking the provider's call id to an Intercom call and conversation.
    ///
    /// `POST /fin_voice/register` (operation `registerFinVoiceCall`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{
    ///     RegisterFinVoiceCallRequest, RegisterFinVoiceCallRequestSource,
    /// };
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = RegisterFinVoiceCallRequest::new("+4930123456", "ac-3f6c1e2a-9b47")
    ///         .source(RegisterFinVoiceCallRequestSource::AwsConnect)
    ///         .data(
    ///             std::collections::BTreeMap::from([
    ///                 ("queue".to_string(), serde_json::json!("support-de")),
    ///             ]),
    ///         );
    ///     let ai_call_response = client.register_fin_voice_call(&request).await?;
    ///     println!("{ai_call_response:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn register_fin_voice_call(
        &self,
        body: &crate::types::RegisterFinVoiceCallRequest,
    ) -> crate::Call<'_, crate::types::AiCallResponse> {
        let request = crate::request::ApiRequest::new(
                "registerFinVoiceCall",
                reqwest::Method::POST,
                "/fin_voice/register",
                String::from("/fin_voice/register"),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::AiCallResponse>(),
        )
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let ai_call_response = client.collect_fin_voice_call_by_id(51207).await?;
    ///     println!("{ai_call_response:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn collect_fin_voice_call_by_id(
        &self,
        id: i64,
    ) -> crate::Call<'_, crate::types::AiCallResponse> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "collectFinVoiceCallById",
                reqwest::Method::GET,
                "/fin_voice/collect/{id}",
                ["/fin_voice/collect/", &crate::request::encode_segment(id)].concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::AiCallResponse>(),
        )
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let ai_call_response = client
    ///         .collect_fin_voice_call_by_external_id("ac-3f6c1e2a-9b47")
    ///         .await?;
    ///     println!("{ai_call_response:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn collect_fin_voice_call_by_external_id(
        &self,
        external_id: &str,
    ) -> crate::Call<'_, crate::types::AiCallResponse> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "collectFinVoiceCallByExternalId",
                reqwest::Method::GET,
                "/fin_voice/external_id/{external_id}",
                ["/fin_voice/external_id/", &crate::request::encode_segment(external_id)]
                    .concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::AiCallResponse>(),
        )
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let ai_call_response = client
    ///         .collect_fin_voice_call_by_phone_number("+4930123456")
    ///         .await?;
    ///     println!("{ai_call_response:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn collect_fin_voice_call_by_phone_number(
        &self,
        phone_number: &str,
    ) -> crate::Call<'_, crate::types::AiCallResponse> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "collectFinVoiceCallByPhoneNumber",
                reqwest::Method::GET,
                "/fin_voice/phone_number/{phone_number}",
                [
                    "/fin_voice/phone_number/",
                    &crate::request::encode_segment(phone_number),
                ]
                    .concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::AiCallResponse>(),
        )
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let response = client.collect_fin_voice_calls_by_conversation_id("1274").await?;
    ///     println!("{response:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn collect_fin_voice_calls_by_conversation_id(
        &self,
        conversation_id: &str,
    ) -> crate::Call<'_, Vec<crate::types::AiCallResponse>> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "collectFinVoiceCallsByConversationId",
                reqwest::Method::GET,
                "/fin_voice/conversation/{conversation_id}",
                [
                    "/fin_voice/conversation/",
                    &crate::request::encode_segment(conversation_id),
                ]
                    .concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<Vec<crate::types::AiCallResponse>>(),
        )
    }
}
