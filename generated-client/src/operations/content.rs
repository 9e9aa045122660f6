// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Content`.
//!
//! Operations over all Knowledge Hub content at once: keyword search and queued bulk actions.

/// # Content
///
/// Operations over all Knowledge Hub content at once: keyword search and queued bulk actions.
impl crate::Client {
    /// Queue a bulk action on Knowledge Hub items
    ///
    /// Since 2.16.
    ///
    /// Queues one action for at most 1,000 Knowledge Hub items and answers `202` at once; the work runs in the background. Actions: `publish` and `unpublish` (article contents only), `delete` (permanent; items synced from outside sources such as Confluence, Notion or Zendesk and `external_content` are skipped without error), `set_availability` (whether Fin AI Agent, Copilot or the Sales Agent may use the items), `set_audience` (segments) and `update_tags` (existing, non-archived tags; articles are named by their `article` id). Items of a type the action does not accept are dropped without error. Needs the `write_content` OAuth scope; Preview version only.
    ///
    /// `POST /content/bulk_actions` (operation `bulkContentActions`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{
    ///     ContentBulkActionRequest, ContentBulkActionRequestAction,
    ///     ContentBulkActionRequestAvailability, ContentBulkActionRequestContentIdsItem,
    ///     ContentBulkActionRequestContentIdsItemType,
    /// };
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = ContentBulkActionRequest::new(
    ///             ContentBulkActionRequestAction::SetAvailability,
    ///             [
    ///                 ContentBulkActionRequestContentIdsItem::new(
    ///                     ContentBulkActionRequestContentIdsItemType::ArticleContent,
    ///                     "18840211",
    ///                 ),
    ///                 ContentBulkActionRequestContentIdsItem::new(
    ///                     ContentBulkActionRequestContentIdsItemType::ContentSnippet,
    ///                     "66120",
    ///                 ),
    ///             ],
    ///         )
    ///         .availability(ContentBulkActionRequestAvailability::new().ai_agent(true));
    ///     let content_bulk_action_response = client.bulk_content_actions(&request).await?;
    ///     println!("{content_bulk_action_response:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn bulk_content_actions(
        &self,
        body: &crate::types::ContentBulkActionRequest,
    ) -> crate::Call<'_, crate::types::ContentBulkActionResponse> {
        let request = crate::request::ApiRequest::new(
                "bulkContentActions",
                reqwest::Method::POST,
                "/content/bulk_actions",
                String::from("/content/bulk_actions"),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ContentBulkActionResponse>(),
        )
    }

    /// Search knowledge base content
    ///
    /// Since 2.16.
    ///
    /// Searches every kind of Knowledge Hub content (help center and internal articles, snippets, external pages and uploaded files) by keyword and filters. Each hit has a `type`: articles come with one entry per locale, everything else as id and title. List filters take comma-separated values. Needs the `read_content` OAuth scope.
    ///
    /// `GET /content/search` (operation `searchContent`)
    ///
    /// Arguments:
    /// - `params`: optional parameters
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{
    ///     SearchContentContentTypesItem, SearchContentFolderEntityType, SearchContentParams,
    ///     SearchContentState, SearchContentStatesItem, SearchContentTagOperator,
    /// };
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let params = SearchContentParams {
    ///         query: Some("returns".to_string()),
    ///         page: Some(1),
    ///         per_page: Some(10),
    ///         states: Some(Vec::from([SearchContentStatesItem::Published])),
    ///         locales: Some(Vec::from(["en".to_string(), "fr".to_string()])),
    ///         tag_ids: Some(Vec::from([730160])),
    ///         tag_operator: Some(SearchContentTagOperator::In),
    ///         any_tag_ids: Some(Vec::from([730160, 730152])),
    ///         folder_ids: Some(Vec::from([512])),
    ///         folder_entity_type: Some(SearchContentFolderEntityType::Folder),
    ///         content_types: Some(
    ///             Vec::from([
    ///                 SearchContentContentTypesItem::Article,
    ///                 SearchContentContentTypesItem::Snippet,
    ///             ]),
    ///         ),
    ///         copilot_state: Some(SearchContentState::On),
    ///         fin_service_state: Some(SearchContentState::On),
    ///         fin_sales_state: Some(SearchContentState::Off),
    ///         created_by_ids: Some(Vec::from([7301942])),
    ///         last_updated_by_ids: Some(Vec::from([7301942, 7301955])),
    ///         created_at_after: Some(1788000000),
    ///         created_at_before: Some(1796000000),
    ///         updated_at_after: Some(1790000000),
    ///         updated_at_before: Some(1796000000),
    ///     };
    ///     let content_search_response = client.search_content(&params).await?;
    ///     println!("{content_search_response:?}");
    ///     let mut items = client.search_content_stream(&params);
    ///     while let Some(item) = items.try_next().await? {
    ///         println!("{item:?}");
    ///     }
    ///     Ok(())
    /// }
    /// ```
    pub fn search_content(
        &self,
        params: &crate::types::SearchContentParams,
    ) -> crate::Call<'_, crate::types::ContentSearchResponse> {
        let request = crate::request::ApiRequest::new(
                "searchContent",
                reqwest::Method::GET,
                "/content/search",
                String::from("/content/search"),
            )
            .with(|request| {
                request
                    .query(
                        "query",
                        &params.query,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
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
                request
                    .query(
                        "states",
                        &params.states,
                        crate::request::QueryStyle::Form {
                            explode: false,
                        },
                    )?;
                request
                    .query(
                        "locales",
                        &params.locales,
                        crate::request::QueryStyle::Form {
                            explode: false,
                        },
                    )?;
                request
                    .query(
                        "tag_ids",
                        &params.tag_ids,
                        crate::request::QueryStyle::Form {
                            explode: false,
                        },
                    )?;
                request
                    .query(
                        "tag_operator",
                        &params.tag_operator,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                request
                    .query(
                        "any_tag_ids",
                        &params.any_tag_ids,
                        crate::request::QueryStyle::Form {
                            explode: false,
                        },
                    )?;
                request
                    .query(
                        "folder_ids",
                        &params.folder_ids,
                        crate::request::QueryStyle::Form {
                            explode: false,
                        },
                    )?;
                request
                    .query(
                        "folder_entity_type",
                        &params.folder_entity_type,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                request
                    .query(
                        "content_types",
                        &params.content_types,
                        crate::request::QueryStyle::Form {
                            explode: false,
                        },
                    )?;
                request
                    .query(
                        "copilot_state",
                        &params.copilot_state,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                request
                    .query(
                        "fin_service_state",
                        &params.fin_service_state,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                request
                    .query(
                        "fin_sales_state",
                        &params.fin_sales_state,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                request
                    .query(
                        "created_by_ids",
                        &params.created_by_ids,
                        crate::request::QueryStyle::Form {
                            explode: false,
                        },
                    )?;
                request
                    .query(
                        "last_updated_by_ids",
                        &params.last_updated_by_ids,
                        crate::request::QueryStyle::Form {
                            explode: false,
                        },
                    )?;
                request
                    .query(
                        "created_at_after",
                        &params.created_at_after,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                request
                    .query(
                        "created_at_before",
                        &params.created_at_before,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                request
                    .query(
                        "updated_at_after",
                        &params.updated_at_after,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                request
                    .query(
                        "updated_at_before",
                        &params.updated_at_before,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ContentSearchResponse>(),
        )
    }

    /// Every item of [`Client::search_content`](crate::Client::search_content), across all pages: a stream that fetches the next page only when the items of the previous one have been consumed. It ends after the last page, or after the first error.
    pub fn search_content_stream(
        &self,
        params: &crate::types::SearchContentParams,
    ) -> crate::Paginated<'_, crate::types::ContentSearchResult> {
        crate::pagination::items(self.search_content_pages(params))
    }

    /// The pages of [`Client::search_content`](crate::Client::search_content), one by one, fetched lazily.
    pub fn search_content_pages(
        &self,
        params: &crate::types::SearchContentParams,
    ) -> crate::Paginated<'_, crate::types::ContentSearchResponse> {
        let params = params.clone();
        crate::pagination::paginate_pages(
            "searchContent",
            None,
            move |page: Option<crate::PageRequest>| {
                let mut params = params.clone();
                if let Some(crate::PageRequest::Number(number)) = page {
                    params.page = Some(number);
                }
                async move { self.search_content(&params).await }
            },
        )
    }
}
