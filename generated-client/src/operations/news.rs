// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `News`.
//!
//! News items announced in the Messenger, and the newsfeeds that show them.

impl crate::Client {
    /// List all news items
    ///
    /// Since 2.7.
    ///
    /// Returns the workspace's news items, live and draft.
    ///
    /// `GET /news/news_items` (operation `listNewsItems`)
    pub async fn list_news_items(
        &self,
    ) -> crate::Result<crate::types::PaginatedResponse> {
        self.list_news_items_with_response().await.map(crate::Response::into_body)
    }

    /// Like [`Client::list_news_items`](crate::Client::list_news_items), also returning the status, headers and rate-limit information.
    pub async fn list_news_items_with_response(
        &self,
    ) -> crate::Result<crate::Response<crate::types::PaginatedResponse>> {
        let request = crate::request::ApiRequest::new(
            "listNewsItems",
            reqwest::Method::GET,
            "/news/news_items",
            String::from("/news/news_items"),
        );
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::PaginatedResponse>()
    }

    /// Create a news item
    ///
    /// Since 2.7.
    ///
    /// Creates a news item. It only shows in its newsfeeds once `state` is `live`.
    ///
    /// `POST /news/news_items` (operation `createNewsItem`)
    ///
    /// Arguments:
    /// - `body`: the `application/json` request body
    pub async fn create_news_item(
        &self,
        body: &crate::types::NewsItemRequest,
    ) -> crate::Result<crate::types::NewsItem> {
        self.create_news_item_with_response(body).await.map(crate::Response::into_body)
    }

    /// Like [`Client::create_news_item`](crate::Client::create_news_item), also returning the status, headers and rate-limit information.
    pub async fn create_news_item_with_response(
        &self,
        body: &crate::types::NewsItemRequest,
    ) -> crate::Result<crate::Response<crate::types::NewsItem>> {
        let mut request = crate::request::ApiRequest::new(
            "createNewsItem",
            reqwest::Method::POST,
            "/news/news_items",
            String::from("/news/news_items"),
        );
        request.json(body)?;
        crate::client::execute(self, request).await?.json::<crate::types::NewsItem>()
    }

    /// Retrieve a news item
    ///
    /// Since 2.7.
    ///
    /// Returns one news item with its newsfeed assignments.
    ///
    /// `GET /news/news_items/{id}` (operation `retrieveNewsItem`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the news item.
    pub async fn retrieve_news_item(
        &self,
        id: i64,
    ) -> crate::Result<crate::types::NewsItem> {
        self.retrieve_news_item_with_response(id).await.map(crate::Response::into_body)
    }

    /// Like [`Client::retrieve_news_item`](crate::Client::retrieve_news_item), also returning the status, headers and rate-limit information.
    pub async fn retrieve_news_item_with_response(
        &self,
        id: i64,
    ) -> crate::Result<crate::Response<crate::types::NewsItem>> {
        let request = crate::request::ApiRequest::new(
            "retrieveNewsItem",
            reqwest::Method::GET,
            "/news/news_items/{id}",
            ["/news/news_items/", &crate::request::encode_segment(id)].concat(),
        );
        crate::client::execute(self, request).await?.json::<crate::types::NewsItem>()
    }

    /// Update a news item
    ///
    /// Since 2.7.
    ///
    /// Replaces the fields of a news item; `title` and `sender_id` must be sent again. Setting `state` to `live` publishes it in its newsfeeds.
    ///
    /// `PUT /news/news_items/{id}` (operation `updateNewsItem`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the news item.
    /// - `body`: the `application/json` request body
    pub async fn update_news_item(
        &self,
        id: i64,
        body: &crate::types::NewsItemRequest,
    ) -> crate::Result<crate::types::NewsItem> {
        self.update_news_item_with_response(id, body)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::update_news_item`](crate::Client::update_news_item), also returning the status, headers and rate-limit information.
    pub async fn update_news_item_with_response(
        &self,
        id: i64,
        body: &crate::types::NewsItemRequest,
    ) -> crate::Result<crate::Response<crate::types::NewsItem>> {
        let mut request = crate::request::ApiRequest::new(
            "updateNewsItem",
            reqwest::Method::PUT,
            "/news/news_items/{id}",
            ["/news/news_items/", &crate::request::encode_segment(id)].concat(),
        );
        request.json(body)?;
        crate::client::execute(self, request).await?.json::<crate::types::NewsItem>()
    }

    /// Delete a news item
    ///
    /// Since 2.7.
    ///
    /// Deletes a news item and removes it from every newsfeed.
    ///
    /// `DELETE /news/news_items/{id}` (operation `deleteNewsItem`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the news item.
    pub async fn delete_news_item(
        &self,
        id: i64,
    ) -> crate::Result<crate::types::DeletedObject> {
        self.delete_news_item_with_response(id).await.map(crate::Response::into_body)
    }

    /// Like [`Client::delete_news_item`](crate::Client::delete_news_item), also returning the status, headers and rate-limit information.
    pub async fn delete_news_item_with_response(
        &self,
        id: i64,
    ) -> crate::Result<crate::Response<crate::types::DeletedObject>> {
        let request = crate::request::ApiRequest::new(
            "deleteNewsItem",
            reqwest::Method::DELETE,
            "/news/news_items/{id}",
            ["/news/news_items/", &crate::request::encode_segment(id)].concat(),
        );
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::DeletedObject>()
    }

    /// List all live items of a newsfeed
    ///
    /// Since 2.7.
    ///
    /// Returns the news items that are live in one newsfeed; drafts are left out.
    ///
    /// `GET /news/newsfeeds/{id}/items` (operation `listLiveNewsfeedItems`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the newsfeed.
    pub async fn list_live_newsfeed_items(
        &self,
        id: &str,
    ) -> crate::Result<crate::types::PaginatedResponse> {
        self.list_live_newsfeed_items_with_response(id)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::list_live_newsfeed_items`](crate::Client::list_live_newsfeed_items), also returning the status, headers and rate-limit information.
    pub async fn list_live_newsfeed_items_with_response(
        &self,
        id: &str,
    ) -> crate::Result<crate::Response<crate::types::PaginatedResponse>> {
        let request = crate::request::ApiRequest::new(
            "listLiveNewsfeedItems",
            reqwest::Method::GET,
            "/news/newsfeeds/{id}/items",
            ["/news/newsfeeds/", &crate::request::encode_segment(id), "/items"].concat(),
        );
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::PaginatedResponse>()
    }

    /// List all newsfeeds
    ///
    /// Since 2.7.
    ///
    /// Returns the workspace's newsfeeds. Newsfeeds are set up in the Intercom app.
    ///
    /// `GET /news/newsfeeds` (operation `listNewsfeeds`)
    pub async fn list_newsfeeds(
        &self,
    ) -> crate::Result<crate::types::PaginatedResponse> {
        self.list_newsfeeds_with_response().await.map(crate::Response::into_body)
    }

    /// Like [`Client::list_newsfeeds`](crate::Client::list_newsfeeds), also returning the status, headers and rate-limit information.
    pub async fn list_newsfeeds_with_response(
        &self,
    ) -> crate::Result<crate::Response<crate::types::PaginatedResponse>> {
        let request = crate::request::ApiRequest::new(
            "listNewsfeeds",
            reqwest::Method::GET,
            "/news/newsfeeds",
            String::from("/news/newsfeeds"),
        );
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::PaginatedResponse>()
    }

    /// Retrieve a newsfeed
    ///
    /// Since 2.7.
    ///
    /// Returns one newsfeed.
    ///
    /// `GET /news/newsfeeds/{id}` (operation `retrieveNewsfeed`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the newsfeed.
    pub async fn retrieve_newsfeed(
        &self,
        id: &str,
    ) -> crate::Result<crate::types::Newsfeed> {
        self.retrieve_newsfeed_with_response(id).await.map(crate::Response::into_body)
    }

    /// Like [`Client::retrieve_newsfeed`](crate::Client::retrieve_newsfeed), also returning the status, headers and rate-limit information.
    pub async fn retrieve_newsfeed_with_response(
        &self,
        id: &str,
    ) -> crate::Result<crate::Response<crate::types::Newsfeed>> {
        let request = crate::request::ApiRequest::new(
            "retrieveNewsfeed",
            reqwest::Method::GET,
            "/news/newsfeeds/{id}",
            ["/news/newsfeeds/", &crate::request::encode_segment(id)].concat(),
        );
        crate::client::execute(self, request).await?.json::<crate::types::Newsfeed>()
    }
}
