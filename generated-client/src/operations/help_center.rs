// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Help Center`.
//!
//! The workspace's help centers, their collections and sections, and the redirects that send old addresses to current articles or collections.

/// # Help Center
///
/// The workspace's help centers, their collections and sections, and the redirects that send old addresses to current articles or collections.
impl crate::Client {
    /// List all redirects of a help center
    ///
    /// Since 2.16.
    ///
    /// Returns the address redirects of one help center, most recently updated first. Needs the `read_help_center_redirects_scope` OAuth scope; Preview version only.
    ///
    /// `GET /help_center/help_centers/{help_center_id}/redirects` (operation `listHelpCenterRedirects`)
    ///
    /// Arguments:
    /// - `help_center_id`: Intercom's identifier of the help center.
    /// - `params`: optional parameters
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::ListHelpCenterRedirectsParams;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let params = ListHelpCenterRedirectsParams {
    ///         page: Some(1),
    ///         per_page: Some(50),
    ///     };
    ///     let help_center_redirect_list = client
    ///         .list_help_center_redirects("31", &params)
    ///         .await?;
    ///     println!("{help_center_redirect_list:?}");
    ///     let mut items = client.list_help_center_redirects_stream("31", &params);
    ///     while let Some(item) = items.try_next().await? {
    ///         println!("{item:?}");
    ///     }
    ///     Ok(())
    /// }
    /// ```
    pub fn list_help_center_redirects(
        &self,
        help_center_id: &str,
        params: &crate::types::ListHelpCenterRedirectsParams,
    ) -> crate::Call<'_, crate::types::HelpCenterRedirectList> {
        let request = crate::request::ApiRequest::new(
                "listHelpCenterRedirects",
                reqwest::Method::GET,
                "/help_center/help_centers/{help_center_id}/redirects",
                [
                    "/help_center/help_centers/",
                    &crate::request::encode_segment(help_center_id),
                    "/redirects",
                ]
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
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::HelpCenterRedirectList>(),
        )
    }

    /// Every item of [`Client::list_help_center_redirects`](crate::Client::list_help_center_redirects), across all pages: a stream that fetches the next page only when the items of the previous one have been consumed. It ends after the last page, or after the first error.
    pub fn list_help_center_redirects_stream(
        &self,
        help_center_id: &str,
        params: &crate::types::ListHelpCenterRedirectsParams,
    ) -> crate::Paginated<'_, crate::types::HelpCenterRedirect> {
        crate::pagination::items(
            self.list_help_center_redirects_pages(help_center_id, params),
        )
    }

    /// The pages of [`Client::list_help_center_redirects`](crate::Client::list_help_center_redirects), one by one, fetched lazily.
    pub fn list_help_center_redirects_pages(
        &self,
        help_center_id: &str,
        params: &crate::types::ListHelpCenterRedirectsParams,
    ) -> crate::Paginated<'_, crate::types::HelpCenterRedirectList> {
        let help_center_id = help_center_id.to_owned();
        let params = params.clone();
        crate::pagination::paginate_pages(
            "listHelpCenterRedirects",
            None,
            move |page: Option<crate::PageRequest>| {
                let help_center_id = help_center_id.clone();
                let mut params = params.clone();
                if let Some(crate::PageRequest::Number(number)) = page {
                    params.page = Some(number);
                }
                async move {
                    self.list_help_center_redirects(&help_center_id, &params).await
                }
            },
        )
    }

    /// Create a redirect
    ///
    /// Since 2.16.
    ///
    /// Adds a redirect that sends an address of the help center to one of its articles or collections. Answers `409` when the address is already redirected. Needs the `read_write_help_center_redirects_scope` OAuth scope; Preview version only.
    ///
    /// `POST /help_center/help_centers/{help_center_id}/redirects` (operation `createHelpCenterRedirect`)
    ///
    /// Arguments:
    /// - `help_center_id`: Intercom's identifier of the help center.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{
    ///     CreateHelpCenterRedirectRequest, HelpCenterRedirectTargetType,
    /// };
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = CreateHelpCenterRedirectRequest::new(
    ///         "https://help.northwindcycles.example.com/en/old/brake-care",
    ///         "en",
    ///         HelpCenterRedirectTargetType::Article,
    ///         "9120451",
    ///     );
    ///     let help_center_redirect = client.create_help_center_redirect("31", &request).await?;
    ///     println!("{help_center_redirect:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn create_help_center_redirect(
        &self,
        help_center_id: &str,
        body: &crate::types::CreateHelpCenterRedirectRequest,
    ) -> crate::Call<'_, crate::types::HelpCenterRedirect> {
        let request = crate::request::ApiRequest::new(
                "createHelpCenterRedirect",
                reqwest::Method::POST,
                "/help_center/help_centers/{help_center_id}/redirects",
                [
                    "/help_center/help_centers/",
                    &crate::request::encode_segment(help_center_id),
                    "/redirects",
                ]
                    .concat(),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::HelpCenterRedirect>(),
        )
    }

    /// Retrieve a redirect
    ///
    /// Since 2.16.
    ///
    /// Returns one redirect of a help center. Needs the `read_help_center_redirects_scope` OAuth scope; Preview version only.
    ///
    /// `GET /help_center/help_centers/{help_center_id}/redirects/{id}` (operation `retrieveHelpCenterRedirect`)
    ///
    /// Arguments:
    /// - `help_center_id`: Intercom's identifier of the help center.
    /// - `id`: Identifier of the redirect.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let help_center_redirect = client.retrieve_help_center_redirect("31", "2210").await?;
    ///     println!("{help_center_redirect:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn retrieve_help_center_redirect(
        &self,
        help_center_id: &str,
        id: &str,
    ) -> crate::Call<'_, crate::types::HelpCenterRedirect> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "retrieveHelpCenterRedirect",
                reqwest::Method::GET,
                "/help_center/help_centers/{help_center_id}/redirects/{id}",
                [
                    "/help_center/help_centers/",
                    &crate::request::encode_segment(help_center_id),
                    "/redirects/",
                    &crate::request::encode_segment(id),
                ]
                    .concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::HelpCenterRedirect>(),
        )
    }

    /// Delete a redirect
    ///
    /// Since 2.16.
    ///
    /// Removes a redirect; its address stops forwarding at once. Needs the `read_write_help_center_redirects_scope` OAuth scope; Preview version only.
    ///
    /// `DELETE /help_center/help_centers/{help_center_id}/redirects/{id}` (operation `deleteHelpCenterRedirect`)
    ///
    /// Arguments:
    /// - `help_center_id`: Intercom's identifier of the help center.
    /// - `id`: Identifier of the redirect.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let deleted_help_center_redirect_object = client
    ///         .delete_help_center_redirect("31", "2210")
    ///         .await?;
    ///     println!("{deleted_help_center_redirect_object:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn delete_help_center_redirect(
        &self,
        help_center_id: &str,
        id: &str,
    ) -> crate::Call<'_, crate::types::DeletedHelpCenterRedirectObject> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "deleteHelpCenterRedirect",
                reqwest::Method::DELETE,
                "/help_center/help_centers/{help_center_id}/redirects/{id}",
                [
                    "/help_center/help_centers/",
                    &crate::request::encode_segment(help_center_id),
                    "/redirects/",
                    &crate::request::encode_segment(id),
                ]
                    .concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::DeletedHelpCenterRedirectObject>(),
        )
    }

    /// List all collections
    ///
    /// Since 2.7.
    ///
    /// Returns the help center collections and sections of the workspace, most recently updated first.
    ///
    /// `GET /help_center/collections` (operation `listAllCollections`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let collection_list = client.list_all_collections().await?;
    ///     println!("{collection_list:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_all_collections(&self) -> crate::Call<'_, crate::types::CollectionList> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "listAllCollections",
                reqwest::Method::GET,
                "/help_center/collections",
                String::from("/help_center/collections"),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::CollectionList>(),
        )
    }

    /// Create a collection
    ///
    /// Since 2.7.
    ///
    /// Creates a collection, or a section when `parent_id` names an existing collection, in the given help center or the default one.
    ///
    /// `POST /help_center/collections` (operation `createCollection`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::CreateCollectionRequest;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = CreateCollectionRequest::new("E-bikes")
    ///         .description("Batteries, motors and range.")
    ///         .help_center_id(31i64);
    ///     let collection = client.create_collection(&request).await?;
    ///     println!("{collection:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn create_collection(
        &self,
        body: &crate::types::CreateCollectionRequest,
    ) -> crate::Call<'_, crate::types::Collection> {
        let request = crate::request::ApiRequest::new(
                "createCollection",
                reqwest::Method::POST,
                "/help_center/collections",
                String::from("/help_center/collections"),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::Collection>(),
        )
    }

    /// Retrieve a collection
    ///
    /// Since 2.7.
    ///
    /// Returns one collection or section with its texts in every locale.
    ///
    /// `GET /help_center/collections/{id}` (operation `retrieveCollection`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the collection.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let collection = client.retrieve_collection(4417203).await?;
    ///     println!("{collection:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn retrieve_collection(
        &self,
        id: i64,
    ) -> crate::Call<'_, crate::types::Collection> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "retrieveCollection",
                reqwest::Method::GET,
                "/help_center/collections/{id}",
                ["/help_center/collections/", &crate::request::encode_segment(id)]
                    .concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::Collection>(),
        )
    }

    /// Update a collection
    ///
    /// Since 2.7.
    ///
    /// Changes the given fields of a collection or section; omitted fields are kept.
    ///
    /// `PUT /help_center/collections/{id}` (operation `updateCollection`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the collection.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::UpdateCollectionRequest;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = UpdateCollectionRequest::new().name("Care and maintenance");
    ///     let collection = client.update_collection(4417203, &request).await?;
    ///     println!("{collection:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn update_collection(
        &self,
        id: i64,
        body: &crate::types::UpdateCollectionRequest,
    ) -> crate::Call<'_, crate::types::Collection> {
        let request = crate::request::ApiRequest::new(
                "updateCollection",
                reqwest::Method::PUT,
                "/help_center/collections/{id}",
                ["/help_center/collections/", &crate::request::encode_segment(id)]
                    .concat(),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::Collection>(),
        )
    }

    /// Delete a collection
    ///
    /// Since 2.7.
    ///
    /// Deletes a collection or section. This cannot be undone.
    ///
    /// `DELETE /help_center/collections/{id}` (operation `deleteCollection`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the collection.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let deleted_collection_object = client.delete_collection(4417203).await?;
    ///     println!("{deleted_collection_object:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn delete_collection(
        &self,
        id: i64,
    ) -> crate::Call<'_, crate::types::DeletedCollectionObject> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "deleteCollection",
                reqwest::Method::DELETE,
                "/help_center/collections/{id}",
                ["/help_center/collections/", &crate::request::encode_segment(id)]
                    .concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::DeletedCollectionObject>(),
        )
    }

    /// Retrieve a help center
    ///
    /// Since 2.7.
    ///
    /// Returns one help center of the workspace.
    ///
    /// `GET /help_center/help_centers/{id}` (operation `retrieveHelpCenter`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the help center.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let help_center = client.retrieve_help_center(31).await?;
    ///     println!("{help_center:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn retrieve_help_center(
        &self,
        id: i64,
    ) -> crate::Call<'_, crate::types::HelpCenter> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "retrieveHelpCenter",
                reqwest::Method::GET,
                "/help_center/help_centers/{id}",
                ["/help_center/help_centers/", &crate::request::encode_segment(id)]
                    .concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::HelpCenter>(),
        )
    }

    /// List all help centers
    ///
    /// Since 2.7.
    ///
    /// Returns every help center of the workspace.
    ///
    /// `GET /help_center/help_centers` (operation `listHelpCenters`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let help_center_list = client.list_help_centers().await?;
    ///     println!("{help_center_list:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_help_centers(&self) -> crate::Call<'_, crate::types::HelpCenterList> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "listHelpCenters",
                reqwest::Method::GET,
                "/help_center/help_centers",
                String::from("/help_center/help_centers"),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::HelpCenterList>(),
        )
    }
}
