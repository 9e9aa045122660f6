// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Folders`.
//!
//! Knowledge Hub folders that organise articles, snippets and other content into a tree.

/// # Folders
///
/// Knowledge Hub folders that organise articles, snippets and other content into a tree.
impl crate::Client {
    /// List all folders
    ///
    /// Preview only: Intercom's unstable version.
    ///
    /// Returns the Knowledge Hub folders of the workspace, optionally only the direct children of one folder.
    ///
    /// `GET /folders` (operation `listFolders`)
    ///
    /// Arguments:
    /// - `params`: optional parameters
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::ListFoldersParams;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let params = ListFoldersParams {
    ///         page: Some(1),
    ///         per_page: Some(50),
    ///         parent_folder_id: Some(512),
    ///     };
    ///     let list_folders_response = client.list_folders(&params).await?;
    ///     println!("{list_folders_response:?}");
    ///     let mut items = client.list_folders_stream(&params);
    ///     while let Some(item) = items.try_next().await? {
    ///         println!("{item:?}");
    ///     }
    ///     Ok(())
    /// }
    /// ```
    pub fn list_folders(
        &self,
        params: &crate::types::ListFoldersParams,
    ) -> crate::Call<'_, crate::types::ListFoldersResponse> {
        let request = crate::request::ApiRequest::new(
                "listFolders",
                reqwest::Method::GET,
                "/folders",
                String::from("/folders"),
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
                        "parent_folder_id",
                        &params.parent_folder_id,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ListFoldersResponse>(),
        )
    }

    /// Every item of [`Client::list_folders`](crate::Client::list_folders), across all pages: a stream that fetches the next page only when the items of the previous one have been consumed. It ends after the last page, or after the first error.
    pub fn list_folders_stream(
        &self,
        params: &crate::types::ListFoldersParams,
    ) -> crate::Paginated<'_, crate::types::Folder> {
        crate::pagination::items(self.list_folders_pages(params))
    }

    /// The pages of [`Client::list_folders`](crate::Client::list_folders), one by one, fetched lazily.
    pub fn list_folders_pages(
        &self,
        params: &crate::types::ListFoldersParams,
    ) -> crate::Paginated<'_, crate::types::ListFoldersResponse> {
        let params = params.clone();
        crate::pagination::paginate_pages(
            "listFolders",
            None,
            move |page: Option<crate::PageRequest>| {
                let mut params = params.clone();
                if let Some(crate::PageRequest::Number(number)) = page {
                    params.page = Some(number);
                }
                async move { self.list_folders(&params).await }
            },
        )
    }

    /// Create a folder
    ///
    /// Preview only: Intercom's unstable version.
    ///
    /// Creates a Knowledge Hub folder, at the top level or inside another folder.
    ///
    /// `POST /folders` (operation `createFolder`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{CreateFolderRequest, CreateFolderRequestFolder};
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = CreateFolderRequest::new(
    ///         CreateFolderRequestFolder::new("E-bike support")
    ///             .emoji("⚡")
    ///             .parent_folder_id(512i64),
    ///     );
    ///     let folder = client.create_folder(&request).await?;
    ///     println!("{folder:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn create_folder(
        &self,
        body: &crate::types::CreateFolderRequest,
    ) -> crate::Call<'_, crate::types::Folder> {
        let request = crate::request::ApiRequest::new(
                "createFolder",
                reqwest::Method::POST,
                "/folders",
                String::from("/folders"),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::Folder>(),
        )
    }

    /// Retrieve a folder
    ///
    /// Preview only: Intercom's unstable version.
    ///
    /// Returns one Knowledge Hub folder.
    ///
    /// `GET /folders/{id}` (operation `retrieveFolder`)
    ///
    /// Arguments:
    /// - `id`: Identifier of the folder.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let folder = client.retrieve_folder(512).await?;
    ///     println!("{folder:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn retrieve_folder(&self, id: i64) -> crate::Call<'_, crate::types::Folder> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "retrieveFolder",
                reqwest::Method::GET,
                "/folders/{id}",
                ["/folders/", &crate::request::encode_segment(id)].concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::Folder>(),
        )
    }

    /// Update a folder
    ///
    /// Preview only: Intercom's unstable version.
    ///
    /// Renames a folder, changes its emoji or moves it under another folder; omitted fields are kept.
    ///
    /// `PUT /folders/{id}` (operation `updateFolder`)
    ///
    /// Arguments:
    /// - `id`: Identifier of the folder.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{UpdateFolderRequest, UpdateFolderRequestFolder};
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = UpdateFolderRequest::new(
    ///         UpdateFolderRequestFolder::new().name("Workshop guides"),
    ///     );
    ///     let folder = client.update_folder(512, &request).await?;
    ///     println!("{folder:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn update_folder(
        &self,
        id: i64,
        body: &crate::types::UpdateFolderRequest,
    ) -> crate::Call<'_, crate::types::Folder> {
        let request = crate::request::ApiRequest::new(
                "updateFolder",
                reqwest::Method::PUT,
                "/folders/{id}",
                ["/folders/", &crate::request::encode_segment(id)].concat(),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::Folder>(),
        )
    }

    /// Delete a folder
    ///
    /// Preview only: Intercom's unstable version.
    ///
    /// Deletes an empty folder; a folder that still holds content answers `422`.
    ///
    /// `DELETE /folders/{id}` (operation `deleteFolder`)
    ///
    /// Arguments:
    /// - `id`: Identifier of the folder.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let deleted_folder_object = client.delete_folder(521).await?;
    ///     println!("{deleted_folder_object:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn delete_folder(
        &self,
        id: i64,
    ) -> crate::Call<'_, crate::types::DeletedFolderObject> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "deleteFolder",
                reqwest::Method::DELETE,
                "/folders/{id}",
                ["/folders/", &crate::request::encode_segment(id)].concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::DeletedFolderObject>(),
        )
    }
}
