// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Internal Articles`.
//!
//! Articles for teammates and AI only, never published to customers, with their tags.

impl crate::Client {
    /// List all internal articles
    ///
    /// Since 2.13.
    ///
    /// Returns the workspace's internal articles, with the page position in `pages`.
    ///
    /// `GET /internal_articles` (operation `listInternalArticles`)
    pub async fn list_internal_articles(
        &self,
    ) -> crate::Result<crate::types::InternalArticleList> {
        self.list_internal_articles_with_response().await.map(crate::Response::into_body)
    }

    /// Like [`Client::list_internal_articles`](crate::Client::list_internal_articles), also returning the status, headers and rate-limit information.
    pub async fn list_internal_articles_with_response(
        &self,
    ) -> crate::Result<crate::Response<crate::types::InternalArticleList>> {
        let request = crate::request::ApiRequest::new(
            "listInternalArticles",
            reqwest::Method::GET,
            "/internal_articles",
            String::from("/internal_articles"),
        );
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::InternalArticleList>()
    }

    /// Create an internal article
    ///
    /// Since 2.13.
    ///
    /// Creates an internal article, visible to teammates, Copilot and Fin only. An unknown audience id fails the whole request with `404`.
    ///
    /// `POST /internal_articles` (operation `createInternalArticle`)
    ///
    /// Arguments:
    /// - `body`: the `application/json` request body
    pub async fn create_internal_article(
        &self,
        body: &crate::types::CreateInternalArticleRequest,
    ) -> crate::Result<crate::types::InternalArticle> {
        self.create_internal_article_with_response(body)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::create_internal_article`](crate::Client::create_internal_article), also returning the status, headers and rate-limit information.
    pub async fn create_internal_article_with_response(
        &self,
        body: &crate::types::CreateInternalArticleRequest,
    ) -> crate::Result<crate::Response<crate::types::InternalArticle>> {
        let mut request = crate::request::ApiRequest::new(
            "createInternalArticle",
            reqwest::Method::POST,
            "/internal_articles",
            String::from("/internal_articles"),
        );
        request.json(body)?;
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::InternalArticle>()
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
    pub async fn retrieve_internal_article(
        &self,
        id: i64,
    ) -> crate::Result<crate::types::InternalArticle> {
        self.retrieve_internal_article_with_response(id)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::retrieve_internal_article`](crate::Client::retrieve_internal_article), also returning the status, headers and rate-limit information.
    pub async fn retrieve_internal_article_with_response(
        &self,
        id: i64,
    ) -> crate::Result<crate::Response<crate::types::InternalArticle>> {
        let request = crate::request::ApiRequest::new(
            "retrieveInternalArticle",
            reqwest::Method::GET,
            "/internal_articles/{id}",
            ["/internal_articles/", &crate::request::encode_segment(id)].concat(),
        );
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::InternalArticle>()
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
    /// - `body`: the `application/json` request body
    pub async fn update_internal_article(
        &self,
        id: i64,
        body: &crate::types::UpdateInternalArticleRequest,
    ) -> crate::Result<crate::types::InternalArticle> {
        self.update_internal_article_with_response(id, body)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::update_internal_article`](crate::Client::update_internal_article), also returning the status, headers and rate-limit information.
    pub async fn update_internal_article_with_response(
        &self,
        id: i64,
        body: &crate::types::UpdateInternalArticleRequest,
    ) -> crate::Result<crate::Response<crate::types::InternalArticle>> {
        let mut request = crate::request::ApiRequest::new(
            "updateInternalArticle",
            reqwest::Method::PUT,
            "/internal_articles/{id}",
            ["/internal_articles/", &crate::request::encode_segment(id)].concat(),
        );
        request.json(body)?;
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::InternalArticle>()
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
    pub async fn delete_internal_article(
        &self,
        id: i64,
    ) -> crate::Result<crate::types::DeletedInternalArticleObject> {
        self.delete_internal_article_with_response(id)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::delete_internal_article`](crate::Client::delete_internal_article), also returning the status, headers and rate-limit information.
    pub async fn delete_internal_article_with_response(
        &self,
        id: i64,
    ) -> crate::Result<crate::Response<crate::types::DeletedInternalArticleObject>> {
        let request = crate::request::ApiRequest::new(
            "deleteInternalArticle",
            reqwest::Method::DELETE,
            "/internal_articles/{id}",
            ["/internal_articles/", &crate::request::encode_segment(id)].concat(),
        );
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::DeletedInternalArticleObject>()
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
    /// - `body`: the `application/json` request body
    pub async fn attach_tag_to_internal_article(
        &self,
        internal_article_id: i64,
        body: &crate::types::AttachTagToInternalArticleRequest,
    ) -> crate::Result<crate::types::Tag> {
        self.attach_tag_to_internal_article_with_response(internal_article_id, body)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::attach_tag_to_internal_article`](crate::Client::attach_tag_to_internal_article), also returning the status, headers and rate-limit information.
    pub async fn attach_tag_to_internal_article_with_response(
        &self,
        internal_article_id: i64,
        body: &crate::types::AttachTagToInternalArticleRequest,
    ) -> crate::Result<crate::Response<crate::types::Tag>> {
        let mut request = crate::request::ApiRequest::new(
            "attachTagToInternalArticle",
            reqwest::Method::POST,
            "/internal_articles/{internal_article_id}/tags",
            [
                "/internal_articles/",
                &crate::request::encode_segment(internal_article_id),
                "/tags",
            ]
                .concat(),
        );
        request.json(body)?;
        crate::client::execute(self, request).await?.json::<crate::types::Tag>()
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
    pub async fn detach_tag_from_internal_article(
        &self,
        internal_article_id: i64,
        id: &str,
    ) -> crate::Result<crate::types::Tag> {
        self.detach_tag_from_internal_article_with_response(internal_article_id, id)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::detach_tag_from_internal_article`](crate::Client::detach_tag_from_internal_article), also returning the status, headers and rate-limit information.
    pub async fn detach_tag_from_internal_article_with_response(
        &self,
        internal_article_id: i64,
        id: &str,
    ) -> crate::Result<crate::Response<crate::types::Tag>> {
        let request = crate::request::ApiRequest::new(
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
        );
        crate::client::execute(self, request).await?.json::<crate::types::Tag>()
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
    pub async fn search_internal_articles(
        &self,
        params: &crate::types::SearchInternalArticlesParams,
    ) -> crate::Result<crate::types::InternalArticleSearchResponse> {
        self.search_internal_articles_with_response(params)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::search_internal_articles`](crate::Client::search_internal_articles), also returning the status, headers and rate-limit information.
    pub async fn search_internal_articles_with_response(
        &self,
        params: &crate::types::SearchInternalArticlesParams,
    ) -> crate::Result<crate::Response<crate::types::InternalArticleSearchResponse>> {
        let mut request = crate::request::ApiRequest::new(
            "searchInternalArticles",
            reqwest::Method::GET,
            "/internal_articles/search",
            String::from("/internal_articles/search"),
        );
        request
            .query(
                "folder_id",
                &params.folder_id,
                crate::request::QueryStyle::Form {
                    explode: true,
                },
            )?;
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::InternalArticleSearchResponse>()
    }
}
