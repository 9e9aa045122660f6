// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Data Connectors`.
//!
//! Configured HTTP calls to external APIs that workflows and Fin can run, and the logs of their executions.

/// # Data Connectors
///
/// Configured HTTP calls to external APIs that workflows and Fin can run, and the logs of their executions.
impl crate::Client {
    /// List data connectors
    ///
    /// Since 2.16.
    ///
    /// Returns the workspace's data connectors, most recently updated first, with cursor pagination: pass `pages.next.starting_after` back as `starting_after` to get the next page.
    ///
    /// `GET /data_connectors` (operation `listDataConnectors`)
    ///
    /// Arguments:
    /// - `params`: optional parameters
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::ListDataConnectorsParams;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let params = ListDataConnectorsParams {
    ///         per_page: Some(20),
    ///         starting_after: Some("WzE3NjQzMjQwMDAsMTY1MV0=".to_string()),
    ///     };
    ///     let data_connector_list = client.list_data_connectors(&params).await?;
    ///     println!("{data_connector_list:?}");
    ///     let mut items = client.list_data_connectors_stream(&params);
    ///     while let Some(item) = items.try_next().await? {
    ///         println!("{item:?}");
    ///     }
    ///     Ok(())
    /// }
    /// ```
    pub fn list_data_connectors(
        &self,
        params: &crate::types::ListDataConnectorsParams,
    ) -> crate::Call<'_, crate::types::DataConnectorList> {
        let request = crate::request::ApiRequest::new(
                "listDataConnectors",
                reqwest::Method::GET,
                "/data_connectors",
                String::from("/data_connectors"),
            )
            .with(|request| {
                request
                    .query(
                        "per_page",
                        &params.per_page,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                request
                    .query(
                        "starting_after",
                        &params.starting_after,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::DataConnectorList>(),
        )
    }

    /// Every item of [`Client::list_data_connectors`](crate::Client::list_data_connectors), across all pages: a stream that fetches the next page only when the items of the previous one have been consumed. It ends after the last page, or after the first error.
    pub fn list_data_connectors_stream(
        &self,
        params: &crate::types::ListDataConnectorsParams,
    ) -> crate::Paginated<'_, crate::types::DataConnector> {
        crate::pagination::items(self.list_data_connectors_pages(params))
    }

    /// The pages of [`Client::list_data_connectors`](crate::Client::list_data_connectors), one by one, fetched lazily.
    pub fn list_data_connectors_pages(
        &self,
        params: &crate::types::ListDataConnectorsParams,
    ) -> crate::Paginated<'_, crate::types::DataConnectorList> {
        let params = params.clone();
        crate::pagination::paginate_pages(
            "listDataConnectors",
            None,
            move |page: Option<crate::PageRequest>| {
                let mut params = params.clone();
                if let Some(crate::PageRequest::Cursor(cursor)) = page {
                    params.starting_after = Some(cursor);
                }
                async move { self.list_data_connectors(&params).await }
            },
        )
    }

    /// Create a data connector
    ///
    /// Since 2.16.
    ///
    /// Creates a data connector. New connectors start in the `draft` state; once the URL, headers and inputs are set up, switch `state` to `live` with an update.
    ///
    /// `POST /data_connectors` (operation `createDataConnector`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{
    ///     CreateDataConnectorRequest, CreateDataConnectorRequestDataInputsItem,
    ///     DataConnectorHttpMethod, DataConnectorRequestAudiencesItem,
    ///     DataConnectorRequestHeadersItem, DataInputsItemType,
    /// };
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = CreateDataConnectorRequest::new("Loyalty points balance")
    ///         .description("Reads a customer's points from the loyalty service.")
    ///         .http_method(DataConnectorHttpMethod::Post)
    ///         .url("https://loyalty.example.org/v2/balance")
    ///         .body("{\"customer\": \"{{email}}\"}")
    ///         .direct_fin_usage(false)
    ///         .audiences([
    ///             DataConnectorRequestAudiencesItem::Users,
    ///             DataConnectorRequestAudiencesItem::Leads,
    ///         ])
    ///         .headers([
    ///             DataConnectorRequestHeadersItem::new()
    ///                 .name("X-Api-Key")
    ///                 .value("lk_live_51b2c3"),
    ///         ])
    ///         .data_inputs([
    ///             CreateDataConnectorRequestDataInputsItem::new()
    ///                 .name("email")
    ///                 .type_(DataInputsItemType::String)
    ///                 .description("Email address of the customer")
    ///                 .required(true),
    ///         ]);
    ///     let data_connector_detail = client.create_data_connector(&request).await?;
    ///     println!("{data_connector_detail:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn create_data_connector(
        &self,
        body: &crate::types::CreateDataConnectorRequest,
    ) -> crate::Call<'_, crate::types::DataConnectorDetail> {
        let request = crate::request::ApiRequest::new(
                "createDataConnector",
                reqwest::Method::POST,
                "/data_connectors",
                String::from("/data_connectors"),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::DataConnectorDetail>(),
        )
    }

    /// Retrieve a data connector
    ///
    /// Since 2.16.
    ///
    /// Returns one data connector in full detail: how its request is built, which inputs it takes, which response fields it reads and how they map onto Intercom objects. Header values are masked.
    ///
    /// `GET /data_connectors/{id}` (operation `RetrieveDataConnector`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the data connector.
    /// - `params`: optional parameters
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{
    ///     RetrieveDataConnectorParams, RetrieveDataConnectorStateVersion,
    /// };
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let params = RetrieveDataConnectorParams {
    ///         state_version: Some(RetrieveDataConnectorStateVersion::Live),
    ///     };
    ///     let data_connector_detail = client.retrieve_data_connector("1650", &params).await?;
    ///     println!("{data_connector_detail:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn retrieve_data_connector(
        &self,
        id: &str,
        params: &crate::types::RetrieveDataConnectorParams,
    ) -> crate::Call<'_, crate::types::DataConnectorDetail> {
        let request = crate::request::ApiRequest::new(
                "RetrieveDataConnector",
                reqwest::Method::GET,
                "/data_connectors/{id}",
                ["/data_connectors/", &crate::request::encode_segment(id)].concat(),
            )
            .with(|request| {
                request
                    .query(
                        "state_version",
                        &params.state_version,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::DataConnectorDetail>(),
        )
    }

    /// Delete a data connector
    ///
    /// Since 2.16.
    ///
    /// Deletes a data connector. Only `draft` connectors that no workflow or AI agent uses can be deleted; otherwise the call fails with 409.
    ///
    /// `DELETE /data_connectors/{id}` (operation `deleteDataConnector`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the data connector.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let deleted_data_connector_object = client.delete_data_connector("1651").await?;
    ///     println!("{deleted_data_connector_object:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn delete_data_connector(
        &self,
        id: &str,
    ) -> crate::Call<'_, crate::types::DeletedDataConnectorObject> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "deleteDataConnector",
                reqwest::Method::DELETE,
                "/data_connectors/{id}",
                ["/data_connectors/", &crate::request::encode_segment(id)].concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::DeletedDataConnectorObject>(),
        )
    }

    /// Update a data connector
    ///
    /// Since 2.16.
    ///
    /// Changes a data connector; only the fields present in the body are changed. Setting `state` to `live` or `draft` publishes or unpublishes it.
    ///
    /// `PATCH /data_connectors/{id}` (operation `updateDataConnector`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the data connector.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{NewsItemState, UpdateDataConnectorRequest};
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = UpdateDataConnectorRequest::new().state(NewsItemState::Live);
    ///     let data_connector_detail = client.update_data_connector("1650", &request).await?;
    ///     println!("{data_connector_detail:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn update_data_connector(
        &self,
        id: &str,
        body: &crate::types::UpdateDataConnectorRequest,
    ) -> crate::Call<'_, crate::types::DataConnectorDetail> {
        let request = crate::request::ApiRequest::new(
                "updateDataConnector",
                reqwest::Method::PATCH,
                "/data_connectors/{id}",
                ["/data_connectors/", &crate::request::encode_segment(id)].concat(),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::DataConnectorDetail>(),
        )
    }

    /// List a data connector's executions
    ///
    /// Since 2.16.
    ///
    /// Returns the execution log of one data connector, newest first, with cursor pagination. Without `start_ts` and `end_ts` only the last hour is covered. Request and response bodies are left out unless `include_bodies` is `true`.
    ///
    /// `GET /data_connectors/{data_connector_id}/execution_results` (operation `listDataConnectorExecutionResults`)
    ///
    /// Arguments:
    /// - `data_connector_id`: Intercom's identifier of the data connector.
    /// - `params`: optional parameters
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{
    ///     DataConnectorExecutionResultErrorType,
    ///     ListDataConnectorExecutionResultsIncludeBodies,
    ///     ListDataConnectorExecutionResultsParams, ListDataConnectorExecutionResultsSuccess,
    /// };
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let params = ListDataConnectorExecutionResultsParams {
    ///         per_page: Some(10),
    ///         starting_after: Some("WzE3NjQzMjQwMDAsMTY1MV0=".to_string()),
    ///         success: Some(ListDataConnectorExecutionResultsSuccess::False),
    ///         error_type: Some(DataConnectorExecutionResultErrorType::V3rdPartyError),
    ///         start_ts: Some(1764518400),
    ///         end_ts: Some(1764604800),
    ///         include_bodies: Some(ListDataConnectorExecutionResultsIncludeBodies::True),
    ///     };
    ///     let data_connector_execution_result_list = client
    ///         .list_data_connector_execution_results("1650", &params)
    ///         .await?;
    ///     println!("{data_connector_execution_result_list:?}");
    ///     let mut items = client.list_data_connector_execution_results_stream("1650", &params);
    ///     while let Some(item) = items.try_next().await? {
    ///         println!("{item:?}");
    ///     }
    ///     Ok(())
    /// }
    /// ```
    pub fn list_data_connector_execution_results(
        &self,
        data_connector_id: &str,
        params: &crate::types::ListDataConnectorExecutionResultsParams,
    ) -> crate::Call<'_, crate::types::DataConnectorExecutionResultList> {
        let request = crate::request::ApiRequest::new(
                "listDataConnectorExecutionResults",
                reqwest::Method::GET,
                "/data_connectors/{data_connector_id}/execution_results",
                [
                    "/data_connectors/",
                    &crate::request::encode_segment(data_connector_id),
                    "/execution_results",
                ]
                    .concat(),
            )
            .with(|request| {
                request
                    .query(
                        "per_page",
                        &params.per_page,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                request
                    .query(
                        "starting_after",
                        &params.starting_after,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                request
                    .query(
                        "success",
                        &params.success,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                request
                    .query(
                        "error_type",
                        &params.error_type,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                request
                    .query(
                        "start_ts",
                        &params.start_ts,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                request
                    .query(
                        "end_ts",
                        &params.end_ts,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                request
                    .query(
                        "include_bodies",
                        &params.include_bodies,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::DataConnectorExecutionResultList>(),
        )
    }

    /// Every item of [`Client::list_data_connector_execution_results`](crate::Client::list_data_connector_execution_results), across all pages: a stream that fetches the next page only when the items of the previous one have been consumed. It ends after the last page, or after the first error.
    pub fn list_data_connector_execution_results_stream(
        &self,
        data_connector_id: &str,
        params: &crate::types::ListDataConnectorExecutionResultsParams,
    ) -> crate::Paginated<'_, crate::types::DataConnectorExecutionResult> {
        crate::pagination::items(
            self.list_data_connector_execution_results_pages(data_connector_id, params),
        )
    }

    /// The pages of [`Client::list_data_connector_execution_results`](crate::Client::list_data_connector_execution_results), one by one, fetched lazily.
    pub fn list_data_connector_execution_results_pages(
        &self,
        data_connector_id: &str,
        params: &crate::types::ListDataConnectorExecutionResultsParams,
    ) -> crate::Paginated<'_, crate::types::DataConnectorExecutionResultList> {
        let data_connector_id = data_connector_id.to_owned();
        let params = params.clone();
        crate::pagination::paginate_pages(
            "listDataConnectorExecutionResults",
            None,
            move |page: Option<crate::PageRequest>| {
                let data_connector_id = data_connector_id.clone();
                let mut params = params.clone();
                if let Some(crate::PageRequest::Cursor(cursor)) = page {
                    params.starting_after = Some(cursor);
                }
                async move {
                    self.list_data_connector_execution_results(
                            &data_connector_id,
                            &params,
                        )
                        .await
                }
            },
        )
    }

    /// Retrieve a data connector execution
    ///
    /// Since 2.16.
    ///
    /// Returns one execution of a data connector, always with its request and response bodies and its request URL (with secrets redacted).
    ///
    /// `GET /data_connectors/{data_connector_id}/execution_results/{id}` (operation `showDataConnectorExecutionResult`)
    ///
    /// Arguments:
    /// - `data_connector_id`: Intercom's identifier of the data connector.
    /// - `id`: Identifier of the execution result.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let data_connector_execution_result = client
    ///         .show_data_connector_execution_result("1650", "9930117")
    ///         .await?;
    ///     println!("{data_connector_execution_result:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn show_data_connector_execution_result(
        &self,
        data_connector_id: &str,
        id: &str,
    ) -> crate::Call<'_, crate::types::DataConnectorExecutionResult> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "showDataConnectorExecutionResult",
                reqwest::Method::GET,
                "/data_connectors/{data_connector_id}/execution_results/{id}",
                [
                    "/data_connectors/",
                    &crate::request::encode_segment(data_connector_id),
                    "/execution_results/",
                    &crate::request::encode_segment(id),
                ]
                    .concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::DataConnectorExecutionResult>(),
        )
    }
}
