// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Content Snippets`.
//!
//! Reusable text snippets that Fin AI Agent and Copilot can answer with, and their tags.

/// # Content Snippets
///
/// Reusable text snippets that Fin AI Agent and Copilot can answer with, and their tags.
impl crate::Client {
    /// List all content snippets
    ///
    /// Since 2.16.
    ///
    /// Returns the workspace's content snippets, one numbered page at a time.
    ///
    /// `GET /content_snippets` (operation `listContentSnippets`)
    ///
    /// Arguments:
    /// - `params`: optional parameters
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::ListContentSnippetsParams;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let params = ListContentSnippetsParams {
    ///         page: Some(1),
    ///         per_page: Some(20),
    ///     };
    ///     let content_snippet_list = client.list_content_snippets(&params).await?;
    ///     println!("{content_snippet_list:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_content_snippets(
        &self,
        params: &crate::types::ListContentSnippetsParams,
    ) -> crate::Call<'_, crate::types::ContentSnippetList> {
        let request = crate::request::ApiRequest::new(
                "listContentSnippets",
                reqwest::Method::GET,
                "/content_snippets",
                String::from("/content_snippets"),
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
            |response| response.json::<crate::types::ContentSnippetList>(),
        )
    }

    /// Create a content snippet
    ///
    /// Since 2.16.
    ///
    /// Creates a content snippet from a title and either content blocks or Markdown. An unknown audience id fails the whole request with `404`.
    ///
    /// `POST /content_snippets` (operation `createContentSnippet`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::ContentSnippetCreateRequest;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = ContentSnippetCreateRequest::new("Return window")
    ///         .body_markdown("Unused bikes can be returned within **30 days** of delivery.")
    ///         .locale("en")
    ///         .audience_ids(Vec::from([88120i64]))
    ///         .ai_chatbot_availability(true)
    ///         .ai_copilot_availability(true)
    ///         .ai_sales_agent_availability(true);
    ///     let content_snippet = client.create_content_snippet(&request).await?;
    ///     println!("{content_snippet:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn create_content_snippet(
        &self,
        body: &crate::types::ContentSnippetCreateRequest,
    ) -> crate::Call<'_, crate::types::ContentSnippet> {
        let request = crate::request::ApiRequest::new(
                "createContentSnippet",
                reqwest::Method::POST,
                "/content_snippets",
                String::from("/content_snippets"),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ContentSnippet>(),
        )
    }

    /// Retrieve a content snippet
    ///
    /// Since 2.16.
    ///
    /// Returns one content snippet.
    ///
    /// `GET /content_snippets/{id}` (operation `getContentSnippet`)
    ///
    /// Arguments:
    /// - `id`: Identifier of the content snippet.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let content_snippet = client.get_content_snippet("66120").await?;
    ///     println!("{content_snippet:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn get_content_snippet(
        &self,
        id: &str,
    ) -> crate::Call<'_, crate::types::ContentSnippet> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "getContentSnippet",
                reqwest::Method::GET,
                "/content_snippets/{id}",
                ["/content_snippets/", &crate::request::encode_segment(id)].concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ContentSnippet>(),
        )
    }

    /// Update a content snippet
    ///
    /// Since 2.16.
    ///
    /// Changes the given fields of a content snippet; omitted fields are kept. An unknown audience id fails the whole request with `404`.
    ///
    /// `PUT /content_snippets/{id}` (operation `updateContentSnippet`)
    ///
    /// Arguments:
    /// - `id`: Identifier of the content snippet.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::ContentSnippetUpdateRequest;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = ContentSnippetUpdateRequest::new()
    ///         .body_markdown("Unused bikes can be returned within **45 days** of delivery.");
    ///     let content_snippet = client.update_content_snippet("66120", &request).await?;
    ///     println!("{content_snippet:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn update_content_snippet(
        &self,
        id: &str,
        body: &crate::types::ContentSnippetUpdateRequest,
    ) -> crate::Call<'_, crate::types::ContentSnippet> {
        let request = crate::request::ApiRequest::new(
                "updateContentSnippet",
                reqwest::Method::PUT,
                "/content_snippets/{id}",
                ["/content_snippets/", &crate::request::encode_segment(id)].concat(),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ContentSnippet>(),
        )
    }

    /// Delete a content snippet
    ///
    /// Since 2.16.
    ///
    /// Deletes a content snippet. A snippet that procedures still depend on cannot be deleted and answers `422`.
    ///
    /// `DELETE /content_snippets/{id}` (operation `deleteContentSnippet`)
    ///
    /// Arguments:
    /// - `id`: Identifier of the content snippet.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     client.delete_content_snippet("66120").await?;
    ///     Ok(())
    /// }
    /// ```
    pub fn delete_content_snippet(&self, id: &str) -> crate::Call<'_, ()> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "deleteContentSnippet",
                reqwest::Method::DELETE,
                "/content_snippets/{id}",
                ["/content_snippets/", &crate::request::encode_segment(id)].concat(),
            ),
        );
        crate::Call::new(self, request, |response| response.empty())
    }

    /// Apply a tag to a content snippet
    ///
    /// Since 2.16.
    ///
    /// Tags a content snippet with a tag that already exists and returns that tag. Create tags with the Tags API first. The teammate behind the token needs the `manage_knowledge_base_content` permission; needs the `read_write_content_snippets` OAuth scope; Preview version only.
    ///
    /// `POST /content_snippets/{content_snippet_id}/tags` (operation `attachTagToContentSnippet`)
    ///
    /// Arguments:
    /// - `content_snippet_id`: Identifier of the content snippet.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::AttachTagToContentSnippetRequest;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = AttachTagToContentSnippetRequest::new("730160");
    ///     let tag = client.attach_tag_to_content_snippet("66120", &request).await?;
    ///     println!("{tag:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn attach_tag_to_content_snippet(
        &self,
        content_snippet_id: &str,
        body: &crate::types::AttachTagToContentSnippetRequest,
    ) -> crate::Call<'_, crate::types::Tag> {
        let request = crate::request::ApiRequest::new(
                "attachTagToContentSnippet",
                reqwest::Method::POST,
                "/content_snippets/{content_snippet_id}/tags",
                [
                    "/content_snippets/",
                    &crate::request::encode_segment(content_snippet_id),
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

    /// Take a tag off a content snippet
    ///
    /// Since 2.16.
    ///
    /// Takes a tag off a content snippet and returns the tag, without `applied_at` and `applied_by`. The teammate behind the token needs the `manage_knowledge_base_content` permission; needs the `read_write_content_snippets` OAuth scope; Preview version only.
    ///
    /// `DELETE /content_snippets/{content_snippet_id}/tags/{id}` (operation `detachTagFromContentSnippet`)
    ///
    /// Arguments:
    /// - `content_snippet_id`: Identifier of the content snippet.
    /// - `id`: Identifier of the tag to take off.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let tag = client.detach_tag_from_content_snippet("66120", "730160").await?;
    ///     println!("{tag:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn detach_tag_from_content_snippet(
        &self,
        content_snippet_id: &str,
        id: &str,
    ) -> crate::Call<'_, crate::types::Tag> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "detachTagFromContentSnippet",
                reqwest::Method::DELETE,
                "/content_snippets/{content_snippet_id}/tags/{id}",
                [
                    "/content_snippets/",
                    &crate::request::encode_segment(content_snippet_id),
                    "/tags/",
                    &crate::request::encode_segment(id),
                ]
                    .concat(),
            ),
        );
        crate::Call::new(self, request, |response| response.json::<crate::types::Tag>())
    }
}
