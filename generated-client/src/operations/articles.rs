// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Articles`.
//!
//! Public help center articles: create, edit, search and delete them, stage and publish drafts, read their version history and manage their tags.

/// # Articles
///
/// Public help center articles: create, edit, search and delete them, stage and publish drafts, read their version history and manage their tags.
impl crate::Client {
    /// List all articles
    ///
    /// Since 2.7.
    ///
    /// Returns the workspace's help center articles, most recently updated first, with the page position in `pages`.
    ///
    /// `GET /articles` (operation `listArticles`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let article_list = client.list_articles().await?;
    ///     println!("{article_list:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_articles(&self) -> crate::Call<'_, crate::types::ArticleList> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "listArticles",
                reqwest::Method::GET,
                "/articles",
                String::from("/articles"),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ArticleList>(),
        )
    }

    /// Create an article
    ///
    /// Since 2.7.
    ///
    /// Creates a help center article, as a draft unless `state` is `published` or a publish time is scheduled. Tags cannot be set here; use the article tag operations or the Tags API.
    ///
    /// `POST /articles` (operation `createArticle`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{ArticleState, CreateArticleRequest};
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = CreateArticleRequest::new("Charging your e-bike battery", 7301942)
    ///         .description("How long a full charge takes and how to store the battery.")
    ///         .body_markdown("A full charge takes about four hours with the supplied charger.")
    ///         .state(ArticleState::Draft)
    ///         .parent_ids([4417203])
    ///         .folder_id(512i64)
    ///         .ai_chatbot_availability(true);
    ///     let article = client.create_article(&request).await?;
    ///     println!("{article:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn create_article(
        &self,
        body: &crate::types::CreateArticleRequest,
    ) -> crate::Call<'_, crate::types::Article> {
        let request = crate::request::ApiRequest::new(
                "createArticle",
                reqwest::Method::POST,
                "/articles",
                String::from("/articles"),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::Article>(),
        )
    }

    /// Retrieve an article
    ///
    /// Since 2.7.
    ///
    /// Returns one article with its content in every locale and its statistics.
    ///
    /// `GET /articles/{id}` (operation `retrieveArticle`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the article.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let article = client.retrieve_article(9120451).await?;
    ///     println!("{article:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn retrieve_article(&self, id: i64) -> crate::Call<'_, crate::types::Article> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "retrieveArticle",
                reqwest::Method::GET,
                "/articles/{id}",
                ["/articles/", &crate::request::encode_segment(id)].concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::Article>(),
        )
    }

    /// Update an article
    ///
    /// Since 2.7.
    ///
    /// Changes the given fields of an article; omitted fields are kept. Edits to a published article go live at once unless it has a pending draft or the request schedules publication; to stage changes instead, use the stage-draft operation. Tags cannot be changed here.
    ///
    /// `PUT /articles/{id}` (operation `updateArticle`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the article.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::UpdateArticleRequest;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = UpdateArticleRequest::new()
    ///         .title("Adjusting your hydraulic disc brakes")
    ///         .scheduled_unpublish_at("2027-03-31T23:00:00Z");
    ///     let article = client.update_article(9120451, &request).await?;
    ///     println!("{article:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn update_article(
        &self,
        id: i64,
        body: &crate::types::UpdateArticleRequest,
    ) -> crate::Call<'_, crate::types::Article> {
        let request = crate::request::ApiRequest::new(
                "updateArticle",
                reqwest::Method::PUT,
                "/articles/{id}",
                ["/articles/", &crate::request::encode_segment(id)].concat(),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::Article>(),
        )
    }

    /// Delete an article
    ///
    /// Since 2.7.
    ///
    /// Deletes an article in all its locales. This cannot be undone.
    ///
    /// `DELETE /articles/{id}` (operation `deleteArticle`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the article.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let deleted_article_object = client.delete_article(9120451).await?;
    ///     println!("{deleted_article_object:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn delete_article(
        &self,
        id: i64,
    ) -> crate::Call<'_, crate::types::DeletedArticleObject> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "deleteArticle",
                reqwest::Method::DELETE,
                "/articles/{id}",
                ["/articles/", &crate::request::encode_segment(id)].concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::DeletedArticleObject>(),
        )
    }

    /// Retrieve an article draft
    ///
    /// Since 2.16.
    ///
    /// Returns a published article as it would look with its staged draft applied; the live article is not changed. Answers `404` when no draft is staged. Needs the `read_articles_scope` OAuth scope; Preview version only.
    ///
    /// `GET /articles/{id}/draft` (operation `retrieveArticleDraft`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the published article.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let article = client.retrieve_article_draft(9120451).await?;
    ///     println!("{article:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn retrieve_article_draft(
        &self,
        id: i64,
    ) -> crate::Call<'_, crate::types::Article> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "retrieveArticleDraft",
                reqwest::Method::GET,
                "/articles/{id}/draft",
                ["/articles/", &crate::request::encode_segment(id), "/draft"].concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::Article>(),
        )
    }

    /// Stage an article draft
    ///
    /// Since 2.16.
    ///
    /// Stages edits of a published article without putting them live; readers keep seeing the current text until the draft is published. Only versioned text (`title`, `body`) goes into the draft; other fields (AI availability, `state`) are ignored. Answers `422` unless the article has been published before. Needs the `read_write_articles_scope` OAuth scope; Preview version only.
    ///
    /// `PUT /articles/{id}/draft` (operation `stageArticleDraft`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the published article.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::UpdateArticleRequest;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = UpdateArticleRequest::new()
    ///         .title("Adjusting and bleeding your disc brakes");
    ///     let article = client.stage_article_draft(9120451, &request).await?;
    ///     println!("{article:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn stage_article_draft(
        &self,
        id: i64,
        body: &crate::types::UpdateArticleRequest,
    ) -> crate::Call<'_, crate::types::Article> {
        let request = crate::request::ApiRequest::new(
                "stageArticleDraft",
                reqwest::Method::PUT,
                "/articles/{id}/draft",
                ["/articles/", &crate::request::encode_segment(id), "/draft"].concat(),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::Article>(),
        )
    }

    /// Publish an article draft
    ///
    /// Since 2.16.
    ///
    /// Makes an article's staged draft live. Send no body on a single-language workspace; a multilingual workspace must name the locales to publish in `locales`. Answers `422` when there is no draft, when `locales` is missing on a multilingual workspace, or when a named locale has no pending changes. Needs the `read_write_articles_scope` OAuth scope; Preview version only.
    ///
    /// `POST /articles/{id}/draft/publish` (operation `publishArticleDraft`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the published article.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::PublishArticleDraftRequest;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = PublishArticleDraftRequest::new().locales(["en"]);
    ///     let article = client.publish_article_draft(9120451, &request).await?;
    ///     println!("{article:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn publish_article_draft(
        &self,
        id: i64,
        body: &crate::types::PublishArticleDraftRequest,
    ) -> crate::Call<'_, crate::types::Article> {
        let request = crate::request::ApiRequest::new(
                "publishArticleDraft",
                reqwest::Method::POST,
                "/articles/{id}/draft/publish",
                ["/articles/", &crate::request::encode_segment(id), "/draft/publish"]
                    .concat(),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::Article>(),
        )
    }

    /// List article versions
    ///
    /// Since 2.16.
    ///
    /// Returns the saved versions of an article, newest first, without their bodies; fetch one version for its content. Needs the `read_articles_scope` OAuth scope; Preview version only.
    ///
    /// `GET /articles/{article_id}/versions` (operation `listArticleVersions`)
    ///
    /// Arguments:
    /// - `article_id`: Intercom's identifier of the article.
    /// - `params`: optional parameters
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::ListArticleVersionsParams;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let params = ListArticleVersionsParams {
    ///         page: Some(1),
    ///         per_page: Some(25),
    ///         locale: Some("en".to_string()),
    ///     };
    ///     let article_version_list = client.list_article_versions(9120451, &params).await?;
    ///     println!("{article_version_list:?}");
    ///     let mut items = client.list_article_versions_stream(9120451, &params);
    ///     while let Some(item) = items.try_next().await? {
    ///         println!("{item:?}");
    ///     }
    ///     Ok(())
    /// }
    /// ```
    pub fn list_article_versions(
        &self,
        article_id: i64,
        params: &crate::types::ListArticleVersionsParams,
    ) -> crate::Call<'_, crate::types::ArticleVersionList> {
        let request = crate::request::ApiRequest::new(
                "listArticleVersions",
                reqwest::Method::GET,
                "/articles/{article_id}/versions",
                ["/articles/", &crate::request::encode_segment(article_id), "/versions"]
                    .concat(),
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
                request
                    .query(
                        "locale",
                        &params.locale,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ArticleVersionList>(),
        )
    }

    /// Every item of [`Client::list_article_versions`](crate::Client::list_article_versions), across all pages: a stream that fetches the next page only when the items of the previous one have been consumed. It ends after the last page, or after the first error.
    pub fn list_article_versions_stream(
        &self,
        article_id: i64,
        params: &crate::types::ListArticleVersionsParams,
    ) -> crate::Paginated<'_, crate::types::ArticleVersionSummary> {
        crate::pagination::items(self.list_article_versions_pages(article_id, params))
    }

    /// The pages of [`Client::list_article_versions`](crate::Client::list_article_versions), one by one, fetched lazily.
    pub fn list_article_versions_pages(
        &self,
        article_id: i64,
        params: &crate::types::ListArticleVersionsParams,
    ) -> crate::Paginated<'_, crate::types::ArticleVersionList> {
        let params = params.clone();
        crate::pagination::paginate_pages(
            "listArticleVersions",
            None,
            move |page: Option<crate::PageRequest>| {
                let mut params = params.clone();
                if let Some(crate::PageRequest::Number(number)) = page {
                    params.page = Some(number);
                }
                async move { self.list_article_versions(article_id, &params).await }
            },
        )
    }

    /// Retrieve an article version
    ///
    /// Since 2.16.
    ///
    /// Returns one saved version of an article with its full content; the live article is not changed. Needs the `read_articles_scope` OAuth scope; Preview version only.
    ///
    /// `GET /articles/{article_id}/versions/{id}` (operation `retrieveArticleVersion`)
    ///
    /// Arguments:
    /// - `article_id`: Intercom's identifier of the article.
    /// - `id`: Identifier of the version, as listed by the version history.
    /// - `params`: optional parameters
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::RetrieveArticleVersionParams;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let params = RetrieveArticleVersionParams {
    ///         locale: Some("en".to_string()),
    ///     };
    ///     let article_version = client
    ///         .retrieve_article_version(9120451, "55301", &params)
    ///         .await?;
    ///     println!("{article_version:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn retrieve_article_version(
        &self,
        article_id: i64,
        id: &str,
        params: &crate::types::RetrieveArticleVersionParams,
    ) -> crate::Call<'_, crate::types::ArticleVersion> {
        let request = crate::request::ApiRequest::new(
                "retrieveArticleVersion",
                reqwest::Method::GET,
                "/articles/{article_id}/versions/{id}",
                [
                    "/articles/",
                    &crate::request::encode_segment(article_id),
                    "/versions/",
                    &crate::request::encode_segment(id),
                ]
                    .concat(),
            )
            .with(|request| {
                request
                    .query(
                        "locale",
                        &params.locale,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ArticleVersion>(),
        )
    }

    /// Add a tag to an article
    ///
    /// Since 2.16.
    ///
    /// Applies an existing tag to an article and returns the tag. Create tags with the Tags API first. The teammate behind the token needs the `manage_knowledge_base_content` permission; needs the `read_write_articles_scope` OAuth scope; Preview version only.
    ///
    /// `POST /articles/{article_id}/tags` (operation `attachTagToArticle`)
    ///
    /// Arguments:
    /// - `article_id`: Intercom's identifier of the article.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::AttachTagToArticleRequest;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = AttachTagToArticleRequest::new("730152");
    ///     let tag = client.attach_tag_to_article(9120451, &request).await?;
    ///     println!("{tag:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn attach_tag_to_article(
        &self,
        article_id: i64,
        body: &crate::types::AttachTagToArticleRequest,
    ) -> crate::Call<'_, crate::types::Tag> {
        let request = crate::request::ApiRequest::new(
                "attachTagToArticle",
                reqwest::Method::POST,
                "/articles/{article_id}/tags",
                ["/articles/", &crate::request::encode_segment(article_id), "/tags"]
                    .concat(),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(self, request, |response| response.json::<crate::types::Tag>())
    }

    /// Remove a tag from an article
    ///
    /// Since 2.16.
    ///
    /// Takes a tag off an article and returns the tag, without `applied_at` and `applied_by`. The teammate behind the token needs the `manage_knowledge_base_content` permission; needs the `read_write_articles_scope` OAuth scope; Preview version only.
    ///
    /// `DELETE /articles/{article_id}/tags/{id}` (operation `detachTagFromArticle`)
    ///
    /// Arguments:
    /// - `article_id`: Intercom's identifier of the article.
    /// - `id`: Identifier of the tag to take off.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let tag = client.detach_tag_from_article(9120451, "730152").await?;
    ///     println!("{tag:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn detach_tag_from_article(
        &self,
        article_id: i64,
        id: &str,
    ) -> crate::Call<'_, crate::types::Tag> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "detachTagFromArticle",
                reqwest::Method::DELETE,
                "/articles/{article_id}/tags/{id}",
                [
                    "/articles/",
                    &crate::request::encode_segment(article_id),
                    "/tags/",
                    &crate::request::encode_segment(id),
                ]
                    .concat(),
            ),
        );
        crate::Call::new(self, request, |response| response.json::<crate::types::Tag>())
    }

    /// Search for articles
    ///
    /// Since 2.10.
    ///
    /// Finds articles containing a phrase, optionally limited to one help center and state, and can return the matching passages highlighted.
    ///
    /// `GET /articles/search` (operation `searchArticles`)
    ///
    /// Arguments:
    /// - `params`: optional parameters
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::SearchArticlesParams;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let params = SearchArticlesParams {
    ///         phrase: Some("disc brakes".to_string()),
    ///         state: Some("published".to_string()),
    ///         help_center_id: Some(31),
    ///         highlight: Some(true),
    ///     };
    ///     let article_search_response = client.search_articles(&params).await?;
    ///     println!("{article_search_response:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn search_articles(
        &self,
        params: &crate::types::SearchArticlesParams,
    ) -> crate::Call<'_, crate::types::ArticleSearchResponse> {
        let request = crate::request::ApiRequest::new(
                "searchArticles",
                reqwest::Method::GET,
                "/articles/search",
                String::from("/articles/search"),
            )
            .with(|request| {
                request
                    .query(
                        "phrase",
                        &params.phrase,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                request
                    .query(
                        "state",
                        &params.state,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                request
                    .query(
                        "help_center_id",
                        &params.help_center_id,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                request
                    .query(
                        "highlight",
                        &params.highlight,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ArticleSearchResponse>(),
        )
    }
}
