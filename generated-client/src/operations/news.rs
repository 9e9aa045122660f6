// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `News`.
//!
//! News items announced in the Messenger, and the newsfeeds that show them.

/// # News
///
/// News items announced in the Messenger, and the newsfeeds that show them.
impl crate::Client {
    /// List all news items
    ///
    /// Since 2.7.
    ///
    /// Returns the workspace's news items, live and draft.
    ///
    /// `GET /news/news_items` (operation `listNewsItems`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let paginated_response = client.list_news_items().await?;
    ///     println!("{paginated_response:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_news_items(&self) -> crate::Call<'_, crate::types::PaginatedResponse> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "listNewsItems",
                reqwest::Method::GET,
                "/news/news_items",
                String::from("/news/news_items"),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::PaginatedResponse>(),
        )
    }

    /// Create a news item
    ///
    /// Since 2.7.
    ///
    /// Creates a news item. It only shows in its newsfeeds once `state` is `live`.
    ///
    /// `POST /news/news_items` (operation `createNewsItem`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{NewsItemRequest, NewsItemState, NewsfeedAssignment};
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = NewsItemRequest::new("Winter service weeks are here", 7301942)
    ///         .body(
    ///             "<p>Book a full service before 20 December and get new brake pads fitted free.</p>",
    ///         )
    ///         .state(NewsItemState::Live)
    ///         .deliver_silently(false)
    ///         .labels(["Offer", "Service"])
    ///         .reactions(["👍", "🎉"])
    ///         .newsfeed_assignments([
    ///             NewsfeedAssignment::new().newsfeed_id(3301).published_at(1795600000),
    ///         ]);
    ///     let news_item = client.create_news_item(&request).await?;
    ///     println!("{news_item:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn create_news_item(
        &self,
        body: &crate::types::NewsItemRequest,
    ) -> crate::Call<'_, crate::types::NewsItem> {
        let request = crate::request::ApiRequest::new(
                "createNewsItem",
                reqwest::Method::POST,
                "/news/news_items",
                String::from("/news/news_items"),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::NewsItem>(),
        )
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let news_item = client.retrieve_news_item(41877).await?;
    ///     println!("{news_item:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn retrieve_news_item(
        &self,
        id: i64,
    ) -> crate::Call<'_, crate::types::NewsItem> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "retrieveNewsItem",
                reqwest::Method::GET,
                "/news/news_items/{id}",
                ["/news/news_items/", &crate::request::encode_segment(id)].concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::NewsItem>(),
        )
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::NewsItemRequest;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = NewsItemRequest::new("Winter service weeks: free brake pads", 7301942);
    ///     let news_item = client.update_news_item(41877, &request).await?;
    ///     println!("{news_item:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn update_news_item(
        &self,
        id: i64,
        body: &crate::types::NewsItemRequest,
    ) -> crate::Call<'_, crate::types::NewsItem> {
        let request = crate::request::ApiRequest::new(
                "updateNewsItem",
                reqwest::Method::PUT,
                "/news/news_items/{id}",
                ["/news/news_items/", &crate::request::encode_segment(id)].concat(),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::NewsItem>(),
        )
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let deleted_object = client.delete_news_item(41877).await?;
    ///     println!("{deleted_object:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn delete_news_item(
        &self,
        id: i64,
    ) -> crate::Call<'_, crate::types::DeletedObject> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "deleteNewsItem",
                reqwest::Method::DELETE,
                "/news/news_items/{id}",
                ["/news/news_items/", &crate::request::encode_segment(id)].concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::DeletedObject>(),
        )
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let paginated_response = client.list_live_newsfeed_items("3301").await?;
    ///     println!("{paginated_response:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_live_newsfeed_items(
        &self,
        id: &str,
    ) -> crate::Call<'_, crate::types::PaginatedResponse> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "listLiveNewsfeedItems",
                reqwest::Method::GET,
                "/news/newsfeeds/{id}/items",
                ["/news/newsfeeds/", &crate::request::encode_segment(id), "/items"]
                    .concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::PaginatedResponse>(),
        )
    }

    /// List all newsfeeds
    ///
    /// Since 2.7.
    ///
    /// Returns the workspace's newsfeeds. Newsfeeds are set up in the Intercom app.
    ///
    /// `GET /news/newsfeeds` (operation `listNewsfeeds`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let paginated_response = client.list_newsfeeds().await?;
    ///     println!("{paginated_response:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_newsfeeds(&self) -> crate::Call<'_, crate::types::PaginatedResponse> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "listNewsfeeds",
                reqwest::Method::GET,
                "/news/newsfeeds",
                String::from("/news/newsfeeds"),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::PaginatedResponse>(),
        )
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let newsfeed = client.retrieve_newsfeed("3301").await?;
    ///     println!("{newsfeed:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn retrieve_newsfeed(
        &self,
        id: &str,
    ) -> crate::Call<'_, crate::types::Newsfeed> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "retrieveNewsfeed",
                reqwest::Method::GET,
                "/news/newsfeeds/{id}",
                ["/news/newsfeeds/", &crate::request::encode_segment(id)].concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::Newsfeed>(),
        )
    }
}
