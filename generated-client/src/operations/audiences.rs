// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Audiences`.
//!
//! Named groups of contacts, defined by attribute predicates, that Fin content and behaviour can be targeted at.

impl crate::Client {
    /// List audiences
    ///
    /// Since 2.16.
    ///
    /// Returns the workspace's audiences, page by page (at most 50 per page).
    ///
    /// `GET /audiences` (operation `listAudiences`)
    ///
    /// Arguments:
    /// - `params`: optional parameters
    pub async fn list_audiences(
        &self,
        params: &crate::types::ListAudiencesParams,
    ) -> crate::Result<crate::types::AudienceList> {
        self.list_audiences_with_response(params).await.map(crate::Response::into_body)
    }

    /// Like [`Client::list_audiences`](crate::Client::list_audiences), also returning the status, headers and rate-limit information.
    pub async fn list_audiences_with_response(
        &self,
        params: &crate::types::ListAudiencesParams,
    ) -> crate::Result<crate::Response<crate::types::AudienceList>> {
        let mut request = crate::request::ApiRequest::new(
            "listAudiences",
            reqwest::Method::GET,
            "/audiences",
            String::from("/audiences"),
        );
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
        crate::client::execute(self, request).await?.json::<crate::types::AudienceList>()
    }

    /// Create an audience
    ///
    /// Since 2.16.
    ///
    /// Creates an audience from a name and the predicates a contact must match to belong to it.
    ///
    /// `POST /audiences` (operation `createAudience`)
    ///
    /// Arguments:
    /// - `body`: the `application/json` request body
    pub async fn create_audience(
        &self,
        body: &crate::types::CreateAudienceRequest,
    ) -> crate::Result<crate::types::Audience> {
        self.create_audience_with_response(body).await.map(crate::Response::into_body)
    }

    /// Like [`Client::create_audience`](crate::Client::create_audience), also returning the status, headers and rate-limit information.
    pub async fn create_audience_with_response(
        &self,
        body: &crate::types::CreateAudienceRequest,
    ) -> crate::Result<crate::Response<crate::types::Audience>> {
        let mut request = crate::request::ApiRequest::new(
            "createAudience",
            reqwest::Method::POST,
            "/audiences",
            String::from("/audiences"),
        );
        request.json(body)?;
        crate::client::execute(self, request).await?.json::<crate::types::Audience>()
    }

    /// Retrieve an audience
    ///
    /// Since 2.16.
    ///
    /// Returns one audience with its predicates.
    ///
    /// `GET /audiences/{id}` (operation `retrieveAudience`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the audience.
    pub async fn retrieve_audience(
        &self,
        id: &str,
    ) -> crate::Result<crate::types::Audience> {
        self.retrieve_audience_with_response(id).await.map(crate::Response::into_body)
    }

    /// Like [`Client::retrieve_audience`](crate::Client::retrieve_audience), also returning the status, headers and rate-limit information.
    pub async fn retrieve_audience_with_response(
        &self,
        id: &str,
    ) -> crate::Result<crate::Response<crate::types::Audience>> {
        let request = crate::request::ApiRequest::new(
            "retrieveAudience",
            reqwest::Method::GET,
            "/audiences/{id}",
            ["/audiences/", &crate::request::encode_segment(id)].concat(),
        );
        crate::client::execute(self, request).await?.json::<crate::types::Audience>()
    }

    /// Update an audience
    ///
    /// Since 2.16.
    ///
    /// Changes an audience's name or membership rules. Fields left out of the body keep their current value.
    ///
    /// `PUT /audiences/{id}` (operation `updateAudience`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the audience.
    /// - `body`: the `application/json` request body
    pub async fn update_audience(
        &self,
        id: &str,
        body: &crate::types::UpdateAudienceRequest,
    ) -> crate::Result<crate::types::Audience> {
        self.update_audience_with_response(id, body)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::update_audience`](crate::Client::update_audience), also returning the status, headers and rate-limit information.
    pub async fn update_audience_with_response(
        &self,
        id: &str,
        body: &crate::types::UpdateAudienceRequest,
    ) -> crate::Result<crate::Response<crate::types::Audience>> {
        let mut request = crate::request::ApiRequest::new(
            "updateAudience",
            reqwest::Method::PUT,
            "/audiences/{id}",
            ["/audiences/", &crate::request::encode_segment(id)].concat(),
        );
        request.json(body)?;
        crate::client::execute(self, request).await?.json::<crate::types::Audience>()
    }

    /// Delete an audience
    ///
    /// Since 2.16.
    ///
    /// Deletes an audience. The response has no body.
    ///
    /// `DELETE /audiences/{id}` (operation `deleteAudience`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the audience.
    pub async fn delete_audience(&self, id: &str) -> crate::Result<()> {
        self.delete_audience_with_response(id).await.map(crate::Response::into_body)
    }

    /// Like [`Client::delete_audience`](crate::Client::delete_audience), also returning the status, headers and rate-limit information.
    pub async fn delete_audience_with_response(
        &self,
        id: &str,
    ) -> crate::Result<crate::Response<()>> {
        let request = crate::request::ApiRequest::new(
            "deleteAudience",
            reqwest::Method::DELETE,
            "/audiences/{id}",
            ["/audiences/", &crate::request::encode_segment(id)].concat(),
        );
        crate::client::execute(self, request).await?.empty()
    }
}
