// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `AI Content`.
//!
//! External pages and the content import sources they belong to, which feed content that is not publicly crawlable into the Fin content library.

/// # AI Content
///
/// External pages and the content import sources they belong to, which feed content that is not publicly crawlable into the Fin content library.
impl crate::Client {
    /// List the workspace's content import sources
    ///
    /// Since 2.12.
    ///
    /// Returns the content import sources of the workspace.
    ///
    /// `GET /ai/content_import_sources` (operation `listContentImportSources`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let content_import_sources_list = client.list_content_import_sources().await?;
    ///     println!("{content_import_sources_list:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_content_import_sources(
        &self,
    ) -> crate::Call<'_, crate::types::ContentImportSourcesList> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "listContentImportSources",
                reqwest::Method::GET,
                "/ai/content_import_sources",
                String::from("/ai/content_import_sources"),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ContentImportSourcesList>(),
        )
    }

    /// Register a content import source
    ///
    /// Since 2.12.
    ///
    /// Registers a source of external pages. Create one source per system you import from and use `sync_behavior: api` when you will push its pages through the external pages endpoints.
    ///
    /// `POST /ai/content_import_sources` (operation `createContentImportSource`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{
    ///     ContentImportSourceRequestAudienceIds, ContentImportSourceStatus,
    ///     CreateContentImportSourceRequest,
    /// };
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = CreateContentImportSourceRequest::new(
    ///             "https://partners.example.org/kb",
    ///         )
    ///         .status(ContentImportSourceStatus::Active)
    ///         .audience_ids(ContentImportSourceRequestAudienceIds::Array(Vec::from([3391])));
    ///     let content_import_source = client.create_content_import_source(&request).await?;
    ///     println!("{content_import_source:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn create_content_import_source(
        &self,
        body: &crate::types::CreateContentImportSourceRequest,
    ) -> crate::Call<'_, crate::types::ContentImportSource> {
        let request = crate::request::ApiRequest::new(
                "createContentImportSource",
                reqwest::Method::POST,
                "/ai/content_import_sources",
                String::from("/ai/content_import_sources"),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ContentImportSource>(),
        )
    }

    /// Get a content import source
    ///
    /// Since 2.12.
    ///
    /// Returns one content import source.
    ///
    /// `GET /ai/content_import_sources/{id}` (operation `getContentImportSource`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the content import source.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let content_import_source = client.get_content_import_source("2207").await?;
    ///     println!("{content_import_source:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn get_content_import_source(
        &self,
        id: &str,
    ) -> crate::Call<'_, crate::types::ContentImportSource> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "getContentImportSource",
                reqwest::Method::GET,
                "/ai/content_import_sources/{id}",
                ["/ai/content_import_sources/", &crate::request::encode_segment(id)]
                    .concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ContentImportSource>(),
        )
    }

    /// Change a content import source
    ///
    /// Since 2.12.
    ///
    /// Changes a content import source's sync behaviour, status, URL or audiences. Set `apply_audience_to_existing_content` to also move the pages already imported from it to the new audiences.
    ///
    /// `PUT /ai/content_import_sources/{id}` (operation `updateContentImportSource`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the content import source.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{
    ///     ContentImportSourceRequestAudienceIds, ContentImportSourceStatus,
    ///     UpdateContentImportSourceRequest, UpdateContentImportSourceRequestSyncBehavior,
    /// };
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = UpdateContentImportSourceRequest::new(
    ///             UpdateContentImportSourceRequestSyncBehavior::Api,
    ///             "https://partners.example.org/kb",
    ///         )
    ///         .status(ContentImportSourceStatus::Deactivated)
    ///         .audience_ids(
    ///             ContentImportSourceRequestAudienceIds::Array(Vec::from([3391, 3402])),
    ///         )
    ///         .apply_audience_to_existing_content(true);
    ///     let content_import_source = client
    ///         .update_content_import_source("2207", &request)
    ///         .await?;
    ///     println!("{content_import_source:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn update_content_import_source(
        &self,
        id: &str,
        body: &crate::types::UpdateContentImportSourceRequest,
    ) -> crate::Call<'_, crate::types::ContentImportSource> {
        let request = crate::request::ApiRequest::new(
                "updateContentImportSource",
                reqwest::Method::PUT,
                "/ai/content_import_sources/{id}",
                ["/ai/content_import_sources/", &crate::request::encode_segment(id)]
                    .concat(),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ContentImportSource>(),
        )
    }

    /// Remove a content import source and its pages
    ///
    /// Since 2.12.
    ///
    /// Deletes a content import source together with every external page imported from it. The response has no body.
    ///
    /// `DELETE /ai/content_import_sources/{id}` (operation `deleteContentImportSource`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the content import source.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     client.delete_content_import_source("2207").await?;
    ///     Ok(())
    /// }
    /// ```
    pub fn delete_content_import_source(&self, id: &str) -> crate::Call<'_, ()> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "deleteContentImportSource",
                reqwest::Method::DELETE,
                "/ai/content_import_sources/{id}",
                ["/ai/content_import_sources/", &crate::request::encode_segment(id)]
                    .concat(),
            ),
        );
        crate::Call::new(self, request, |response| response.empty())
    }

    /// List external pages
    ///
    /// Since 2.12.
    ///
    /// Returns the external pages in the workspace's Fin content library.
    ///
    /// `GET /ai/external_pages` (operation `listExternalPages`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let external_pages_list = client.list_external_pages().await?;
    ///     println!("{external_pages_list:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_external_pages(
        &self,
    ) -> crate::Call<'_, crate::types::ExternalPagesList> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "listExternalPages",
                reqwest::Method::GET,
                "/ai/external_pages",
                String::from("/ai/external_pages"),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ExternalPagesList>(),
        )
    }

    /// Create or update an external page
    ///
    /// Since 2.12.
    ///
    /// Adds a page to the Fin content library. When the source already has a page with the same `external_id`, that page is updated instead, so the call can be repeated safely while syncing a source.
    ///
    /// `ai_agent_availability` and `ai_copilot_availability` decide whether Fin AI Agent and Copilot may use the page; they default to `false`.
    ///
    /// `POST /ai/external_pages` (operation `createExternalPage`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::CreateExternalPageRequest;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = CreateExternalPageRequest::new(
    ///             "Warranty claims for carbon frames",
    ///             "<h1>Warranty claims</h1><p>Carbon frames carry a five year warranty.</p>",
    ///             2207,
    ///             "kb-1182",
    ///         )
    ///         .url("https://partners.example.org/kb/warranty-carbon")
    ///         .ai_agent_availability(true)
    ///         .ai_copilot_availability(true);
    ///     let external_page = client.create_external_page(&request).await?;
    ///     println!("{external_page:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn create_external_page(
        &self,
        body: &crate::types::CreateExternalPageRequest,
    ) -> crate::Call<'_, crate::types::ExternalPage> {
        let request = crate::request::ApiRequest::new(
                "createExternalPage",
                reqwest::Method::POST,
                "/ai/external_pages",
                String::from("/ai/external_pages"),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ExternalPage>(),
        )
    }

    /// Get an external page
    ///
    /// Since 2.12.
    ///
    /// Returns one external page.
    ///
    /// `GET /ai/external_pages/{id}` (operation `getExternalPage`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the external page.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let external_page = client.get_external_page("8830").await?;
    ///     println!("{external_page:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn get_external_page(
        &self,
        id: &str,
    ) -> crate::Call<'_, crate::types::ExternalPage> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "getExternalPage",
                reqwest::Method::GET,
                "/ai/external_pages/{id}",
                ["/ai/external_pages/", &crate::request::encode_segment(id)].concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ExternalPage>(),
        )
    }

    /// Update an external page
    ///
    /// Since 2.12.
    ///
    /// Replaces the content and settings of an external page that was created through the API. Use `ai_agent_availability` and `ai_copilot_availability` to turn its use by Fin AI Agent and Copilot on or off.
    ///
    /// `PUT /ai/external_pages/{id}` (operation `updateExternalPage`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the external page.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::UpdateExternalPageRequest;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = UpdateExternalPageRequest::new(
    ///             "Warranty claims for carbon frames",
    ///             "<h1>Warranty claims</h1><p>Carbon frames carry a six year warranty from 2026.</p>",
    ///             "https://partners.example.org/kb/warranty-carbon",
    ///             2207,
    ///         )
    ///         .ai_agent_availability(false)
    ///         .ai_copilot_availability(true)
    ///         .external_id("kb-1182");
    ///     let external_page = client.update_external_page("8830", &request).await?;
    ///     println!("{external_page:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn update_external_page(
        &self,
        id: &str,
        body: &crate::types::UpdateExternalPageRequest,
    ) -> crate::Call<'_, crate::types::ExternalPage> {
        let request = crate::request::ApiRequest::new(
                "updateExternalPage",
                reqwest::Method::PUT,
                "/ai/external_pages/{id}",
                ["/ai/external_pages/", &crate::request::encode_segment(id)].concat(),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ExternalPage>(),
        )
    }

    /// Delete an external page
    ///
    /// Since 2.12.
    ///
    /// Removes an external page from the content library so that Fin no longer uses it, and returns the removed page.
    ///
    /// `DELETE /ai/external_pages/{id}` (operation `deleteExternalPage`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the external page.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let external_page = client.delete_external_page("8830").await?;
    ///     println!("{external_page:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn delete_external_page(
        &self,
        id: &str,
    ) -> crate::Call<'_, crate::types::ExternalPage> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "deleteExternalPage",
                reqwest::Method::DELETE,
                "/ai/external_pages/{id}",
                ["/ai/external_pages/", &crate::request::encode_segment(id)].concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ExternalPage>(),
        )
    }
}
