// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Audiences`.
//!
//! Named groups of contacts, defined by attribute predicates, that Fin content and behaviour can be targeted at.

/// # Audiences
///
/// Named groups of contacts, defined by attribute predicates, that Fin content and behaviour can be targeted at.
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::ListAudiencesParams;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let params = ListAudiencesParams {
    ///         page: Some(1),
    ///         per_page: Some(50),
    ///     };
    ///     let audience_list = client.list_audiences(&params).await?;
    ///     println!("{audience_list:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_audiences(
        &self,
        params: &crate::types::ListAudiencesParams,
    ) -> crate::Call<'_, crate::types::AudienceList> {
        let request = crate::request::ApiRequest::new(
                "listAudiences",
                reqwest::Method::GET,
                "/audiences",
                String::from("/audiences"),
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
            |response| response.json::<crate::types::AudienceList>(),
        )
    }

    /// Create an audience
    ///
    /// Since 2.16.
    ///
    /// Creates an audience from a name and the predicates a contact must match to belong to it.
    ///
    /// `POST /audiences` (operation `createAudience`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{CreateAudienceRequest, Predicate};
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = CreateAudienceRequest::new("Premium plan customers")
    ///         .predicates([
    ///             Predicate::new()
    ///                 .attribute("custom_attributes.plan")
    ///                 .type_("string")
    ///                 .comparison("eq")
    ///                 .value("premium"),
    ///         ])
    ///         .role_predicates([
    ///             Predicate::new()
    ///                 .attribute("role")
    ///                 .type_("role")
    ///                 .comparison("eq")
    ///                 .value("user"),
    ///         ]);
    ///     let audience = client.create_audience(&request).await?;
    ///     println!("{audience:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn create_audience(
        &self,
        body: &crate::types::CreateAudienceRequest,
    ) -> crate::Call<'_, crate::types::Audience> {
        let request = crate::request::ApiRequest::new(
                "createAudience",
                reqwest::Method::POST,
                "/audiences",
                String::from("/audiences"),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::Audience>(),
        )
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let audience = client.retrieve_audience("5120").await?;
    ///     println!("{audience:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn retrieve_audience(
        &self,
        id: &str,
    ) -> crate::Call<'_, crate::types::Audience> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "retrieveAudience",
                reqwest::Method::GET,
                "/audiences/{id}",
                ["/audiences/", &crate::request::encode_segment(id)].concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::Audience>(),
        )
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{Predicate, UpdateAudienceRequest};
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = UpdateAudienceRequest::new()
    ///         .name("Premium and enterprise customers")
    ///         .predicates([
    ///             Predicate::new()
    ///                 .attribute("custom_attributes.plan")
    ///                 .type_("string")
    ///                 .comparison("in")
    ///                 .value("premium,enterprise"),
    ///         ]);
    ///     let audience = client.update_audience("5120", &request).await?;
    ///     println!("{audience:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn update_audience(
        &self,
        id: &str,
        body: &crate::types::UpdateAudienceRequest,
    ) -> crate::Call<'_, crate::types::Audience> {
        let request = crate::request::ApiRequest::new(
                "updateAudience",
                reqwest::Method::PUT,
                "/audiences/{id}",
                ["/audiences/", &crate::request::encode_segment(id)].concat(),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::Audience>(),
        )
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     client.delete_audience("5120").await?;
    ///     Ok(())
    /// }
    /// ```
    pub fn delete_audience(&self, id: &str) -> crate::Call<'_, ()> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "deleteAudience",
                reqwest::Method::DELETE,
                "/audiences/{id}",
                ["/audiences/", &crate::request::encode_segment(id)].concat(),
            ),
        );
        crate::Call::new(self, request, |response| response.empty())
    }
}
