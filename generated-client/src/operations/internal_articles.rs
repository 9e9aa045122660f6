// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Internal Articles`.
//!
//! Articles for teammates and AI only, never published to customers, with their tags.

/// # Internal Articles
///
/// Articles for teammates and AI only, never published to customers, with their tags.
impl crate::Client {
    /// List all internal articles
    ///
    /// Since 2.13.
    ///
    /// Returns the workspace's internal articles, with the page position in `pages`.
    ///
    /// `GET /internal_articles` (operation `listInternalArticles`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let internal_article_list = client.list_internal_articles().await?;
    ///     println!("{internal_article_list:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_internal_articles(
        &self,
    ) -> crate::Call<'_, crate::types::InternalArticleList> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "listInternalArticles",
                reqwest::Method::GET,
                "/internal_articles",
                String::from("/internal_articles"),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::InternalArticleList>(),
        )
    }

    /// Create an internal article
    ///
    /// Since 2.13.
    ///
    /// Creates an internal article, visible to teammates, Copilot and Fin only. An unknown audience id fails the whole request with `404`.
    ///
    /// `POST /internal_articles` (operation `createInternalArticle`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::CreateInternalArticleRequest;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = CreateInternalArticleRequest::new(
    ///             "Refunds for late deliveries",
    ///             7301942,
    ///             7301942,
    ///         )
    ///         .body_markdown(
    ///             "Offer free shipping on the next order when a parcel is over five days late.",
    ///         )
    ///         .folder_id(518i64)
    ///         .ai_copilot_availability(true);
    ///     let internal_article = client.create_internal_article(&request).await?;
    ///     println!("{internal_article:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn create_internal_article(
        &self,
        body: &crate::types::CreateInternalArticleRequest,
    ) -> crate::Call<'_, crate::types::InternalArticle> {
        let request = crate::request::ApiRequest::new(
                "createInternalArticle",
                reqwest::Method::POST,
                "/internal_articles",
                String::from("/internal_articles"),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::InternalArticle>(),
        )
    }

    /// Retrieve an internal article
    ///
    /// Since 2.13.
    ///
    /// Returns one internal article.
    ///
    /// `GET /internal_articles/{id}` (operation `retrieveInternalArticle`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the internal article.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let internal_article = client.retrieve_internal_article(8830217).await?;
    ///     println!("{internal_article:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn retrieve_internal_article(
        &self,
        id: i64,
    ) -> crate::Call<'_, crate::types::InternalArticle> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "retrieveInternalArticle",
                reqwest::Method::GET,
                "/internal_articles/{id}",
                ["/internal_articles/", &crate::request::encode_segment(id)].concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::InternalArticle>(),
        )
    }

    /// Update an internal article
    ///
    /// Since 2.13.
    ///
    /// Changes the given fields of an internal article; omitted fields are kept. An unknown audience id fails the whole request with `404`.
    ///
    /// `PUT /internal_articles/{id}` (operation `updateInternalArticle`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the internal article.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::UpdateInternalArticleRequest;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = UpdateInternalArticleRequest::new().owner_id(7301955);
    ///     let internal_article = client.update_internal_article(8830217, &request).await?;
    ///     println!("{internal_article:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn update_internal_article(
        &self,
        id: i64,
        body: &crate::types::UpdateInternalArticleRequest,
    ) -> crate::Call<'_, crate::types::InternalArticle> {
        let request = crate::request::ApiRequest::new(
                "updateInternalArticle",
                reqwest::Method::PUT,
                "/internal_articles/{id}",
                ["/internal_articles/", &crate::request::encode_segment(id)].concat(),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::InternalArticle>(),
        )
    }

    /// Delete an internal article
    ///
    /// Since 2.13.
    ///
    /// Deletes an internal article. This cannot be undone.
    ///
    /// `DELETE /internal_articles/{id}` (operation `deleteInternalArticle`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the internal article.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let deleted_internal_article_object = client.delete_internal_article(8830217).await?;
    ///     println!("{deleted_internal_article_object:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn delete_internal_article(
        &self,
        id: i64,
    ) -> crate::Call<'_, crate::types::DeletedInternalArticleObject> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "deleteInternalArticle",
                reqwest::Method::DELETE,
                "/internal_articles/{id}",
                ["/internal_articles/", &crate::request::encode_segment(id)].concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::DeletedInternalArticleObject>(),
        )
    }

    /// Apply a tag to an internal article
    ///
    /// Since 2.16.
    ///
    /// Tags an internal article with a tag that already exists and returns that tag. Create tags with the Tags API first. The teammate behind the token needs the `manage_knowledge_base_content` permission; needs the `read_write_articles_scope` OAuth scope; Preview version only.
    ///
    /// `POST /internal_articles/{internal_article_id}/tags` (operation `attachTagToInternalArticle`)
    ///
    /// Arguments:
    /// - `internal_article_id`: Intercom's identifier of the internal article.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::AttachTagToInternalArticleRequest;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = AttachTagToInternalArticleRequest::new("730152").admin_id("7301955");
    ///     let tag = client.attach_tag_to_internal_article(8830217, &request).await?;
    ///     println!("{tag:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn attach_tag_to_internal_article(
        &self,
        internal_article_id: i64,
        body: &crate::types::AttachTagToInternalArticleRequest,
    ) -> crate::Call<'_, crate::types::Tag> {
        let request = crate::request::ApiRequest::new(
                "attachTagToInternalArticle",
                reqwest::Method::POST,
                "/internal_articles/{internal_article_id}/tags",
                [
                    "/internal_articles/",
                    &crate::request::encode_segment(internal_article_id),
                    "/tags",
                ]
                    .concat(),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(self, request, |response| response.json::<crate::types::Tag>())
    }

    /// Take a tag off an internal article
    ///
    /// Since 2.16.
    ///
    /// Takes a tag off an internal article and returns the tag, without `applied_at` and `applied_by`. The teammate behind the token needs the `manage_knowledge_base_content` permission; needs the `read_write_articles_scope` OAuth scope; Preview version only.
    ///
    /// `DELETE /internal_articles/{internal_article_id}/tags/{id}` (operation `detachTagFromInternalArticle`)
    ///
    /// Arguments:
    /// - `internal_article_id`: Intercom's identifier of the internal article.
    /// - `id`: Identifier of the tag to take off.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let tag = client.detach_tag_from_internal_article(8830217, "730152").await?;
    ///     println!("{tag:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn detach_tag_from_internal_article(
        &self,
        internal_article_id: i64,
        id: &str,
    ) -> crate::Call<'_, crate::types::Tag> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "detachTagFromInternalArticle",
                reqwest::Method::DELETE,
                "/internal_articles/{internal_article_id}/tags/{id}",
                [
                    "/internal_articles/",
                    &crate::request::encode_segment(internal_article_id),
                    "/tags/",
                    &crate::request::encode_segment(id),
                ]
                    .concat(),
            ),
        );
        crate::Call::new(self, request, |response| response.json::<crate::types::Tag>())
    }

    /// Search for internal articles
    ///
    /// Since 2.13.
    ///
    /// Finds internal articles, optionally only those filed in one folder or any folder below it.
    ///
    /// `GET /internal_articles/search` (operation `searchInternalArticles`)
    ///
    /// Arguments:
    /// - `params`: optional parameters
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::SearchInternalArticlesParams;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let params = SearchInternalArticlesParams {
    ///         folder_id: Some(518),
    ///     };
    ///     let internal_article_search_response = client
    ///         .search_internal_articles(&params)
    ///         .await?;
    ///     println!("{internal_article_search_response:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn search_internal_articles(
        &self,
        params: &crate::types::SearchInternalArticlesParams,
    ) -> crate::Call<'_, crate::types::InternalArticleSearchResponse> {
        let request = crate::request::ApiRequest::new(
                "searchInternalArticles",
                reqwest::Method::GET,
                "/internal_articles/search",
                String::from("/internal_articles/search"),
            )
            .with(|request| {
                request
                    .query(
                        "folder_id",
                        &params.folder_id,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::InternalArticleSearchResponse>(),
        )
    }
}
