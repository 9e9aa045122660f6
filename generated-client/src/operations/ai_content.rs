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
