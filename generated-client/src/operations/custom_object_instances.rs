// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Custom Object Instances`.
//!
//! Records of workspace-defined custom object types (for example orders), which can be referenced from contacts and conversations. Access requires the custom object permissions of the app package.

/// # Custom Object Instances
///
/// Records of workspace-defined custom object types (for example orders), which can be referenced from contacts and conversations. Access requires the custom object permissions of the app package.
impl crate::Client {
    /// List a custom object type's instances
    ///
    /// Since 2.13.
    ///
    /// Lists instances of a custom object type, page by page.
    ///
    /// Without filters every instance of the type is returned. Filter with `references_contact_id` or `references_conversation_id` to get the instances referenced by that contact or conversation. Pass `external_id` to look up a single instance by the id your system gave it; the response is then that instance rather than a list.
    ///
    /// `GET /custom_object_instances/{custom_object_type_identifier}` (operation `listCustomObjectInstances`)
    ///
    /// Arguments:
    /// - `custom_object_type_identifier`: Identifier of the custom object type whose instances are meant, for example `Order`.
    /// - `params`: optional parameters
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::ListCustomObjectInstancesParams;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let params = ListCustomObjectInstancesParams {
    ///         references_contact_id: Some("66a1f3c2b8e4d70012ab34cd".to_string()),
    ///         references_conversation_id: Some("1274".to_string()),
    ///         external_id: Some("NW-20931".to_string()),
    ///         page: Some(1),
    ///         per_page: Some(20),
    ///     };
    ///     let list_custom_object_instances_response = client
    ///         .list_custom_object_instances("Order", &params)
    ///         .await?;
    ///     println!("{list_custom_object_instances_response:?}");
    ///     let mut items = client.list_custom_object_instances_stream("Order", &params);
    ///     while let Some(item) = items.try_next().await? {
    ///         println!("{item:?}");
    ///     }
    ///     Ok(())
    /// }
    /// ```
    pub fn list_custom_object_instances(
        &self,
        custom_object_type_identifier: &str,
        params: &crate::types::ListCustomObjectInstancesParams,
    ) -> crate::Call<'_, crate::types::ListCustomObjectInstancesResponse> {
        let request = crate::request::ApiRequest::new(
                "listCustomObjectInstances",
                reqwest::Method::GET,
                "/custom_object_instances/{custom_object_type_identifier}",
                [
                    "/custom_object_instances/",
                    &crate::request::encode_segment(custom_object_type_identifier),
                ]
                    .concat(),
            )
            .with(|request| {
                request
                    .query(
                        "references_contact_id",
                        &params.references_contact_id,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                request
                    .query(
                        "references_conversation_id",
                        &params.references_conversation_id,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                request
                    .query(
                        "external_id",
                        &params.external_id,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
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
            |response| response.json::<crate::types::ListCustomObjectInstancesResponse>(),
        )
    }

    /// Every item of [`Client::list_custom_object_instances`](crate::Client::list_custom_object_instances), across all pages: a stream that fetches the next page only when the items of the previous one have been consumed. It ends after the last page, or after the first error.
    pub fn list_custom_object_instances_stream(
        &self,
        custom_object_type_identifier: &str,
        params: &crate::types::ListCustomObjectInstancesParams,
    ) -> crate::Paginated<'_, crate::types::CustomObjectInstance> {
        crate::pagination::items(
            self
                .list_custom_object_instances_pages(
                    custom_object_type_identifier,
                    params,
                ),
        )
    }

    /// The pages of [`Client::list_custom_object_instances`](crate::Client::list_custom_object_instances), one by one, fetched lazily.
    pub fn list_custom_object_instances_pages(
        &self,
        custom_object_type_identifier: &str,
        params: &crate::types::ListCustomObjectInstancesParams,
    ) -> crate::Paginated<'_, crate::types::ListCustomObjectInstancesResponse> {
        let custom_object_type_identifier = custom_object_type_identifier.to_owned();
        let params = params.clone();
        crate::pagination::paginate_pages(
            "listCustomObjectInstances",
            None,
            move |page: Option<crate::PageRequest>| {
                let custom_object_type_identifier = custom_object_type_identifier
                    .clone();
                let mut params = params.clone();
                if let Some(crate::PageRequest::Number(number)) = page {
                    params.page = Some(number);
                }
                async move {
                    self.list_custom_object_instances(
                            &custom_object_type_identifier,
                            &params,
                        )
                        .await
                }
            },
        )
    }

    /// Upsert a custom object instance
    ///
    /// Since 2.13.
    ///
    /// Creates an instance of the custom object type, or updates the existing instance when one with the same `external_id` already exists.
    ///
    /// `POST /custom_object_instances/{custom_object_type_identifier}` (operation `createCustomObjectInstances`)
    ///
    /// Arguments:
    /// - `custom_object_type_identifier`: Identifier of the custom object type whose instances are meant, for example `Order`.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::CreateOrUpdateCustomObjectInstanceRequest;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = CreateOrUpdateCustomObjectInstanceRequest::new()
    ///         .external_id("NW-20931")
    ///         .external_created_at(1767604800i64)
    ///         .external_updated_at(1767949200i64)
    ///         .custom_attributes(
    ///             std::collections::BTreeMap::from([
    ///                 ("currency".to_string(), "EUR".to_string()),
    ///                 ("status".to_string(), "delivered".to_string()),
    ///                 ("total_amount".to_string(), "1249.00".to_string()),
    ///             ]),
    ///         );
    ///     let custom_object_instance = client
    ///         .create_custom_object_instances("Order", &request)
    ///         .await?;
    ///     println!("{custom_object_instance:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn create_custom_object_instances(
        &self,
        custom_object_type_identifier: &str,
        body: &crate::types::CreateOrUpdateCustomObjectInstanceRequest,
    ) -> crate::Call<'_, crate::types::CustomObjectInstance> {
        let request = crate::request::ApiRequest::new(
                "createCustomObjectInstances",
                reqwest::Method::POST,
                "/custom_object_instances/{custom_object_type_identifier}",
                [
                    "/custom_object_instances/",
                    &crate::request::encode_segment(custom_object_type_identifier),
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
            |response| response.json::<crate::types::CustomObjectInstance>(),
        )
    }

    /// Delete the instance with a given external id
    ///
    /// Since 2.13.
    ///
    /// Deletes the instance of the custom object type whose `external_id` matches the query parameter.
    ///
    /// `DELETE /custom_object_instances/{custom_object_type_identifier}` (operation `deleteCustomObjectInstancesById`)
    ///
    /// Arguments:
    /// - `custom_object_type_identifier`: Identifier of the custom object type whose instances are meant, for example `Order`.
    /// - `external_id`: The id the instance has in the system it came from.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let custom_object_instance_deleted = client
    ///         .delete_custom_object_instances_by_id("Order", "NW-19877")
    ///         .await?;
    ///     println!("{custom_object_instance_deleted:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn delete_custom_object_instances_by_id(
        &self,
        custom_object_type_identifier: &str,
        external_id: &str,
    ) -> crate::Call<'_, crate::types::CustomObjectInstanceDeleted> {
        let request = crate::request::ApiRequest::new(
                "deleteCustomObjectInstancesById",
                reqwest::Method::DELETE,
                "/custom_object_instances/{custom_object_type_identifier}",
                [
                    "/custom_object_instances/",
                    &crate::request::encode_segment(custom_object_type_identifier),
                ]
                    .concat(),
            )
            .with(|request| {
                request
                    .query(
                        "external_id",
                        &external_id,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::CustomObjectInstanceDeleted>(),
        )
    }

    /// Retrieve a custom object instance
    ///
    /// Since 2.13.
    ///
    /// Returns one instance of the custom object type by its Intercom id or its external id.
    ///
    /// `GET /custom_object_instances/{custom_object_type_identifier}/{id}` (operation `getCustomObjectInstancesById`)
    ///
    /// Arguments:
    /// - `custom_object_type_identifier`: Identifier of the custom object type whose instances are meant, for example `Order`.
    /// - `id`: The Intercom id or the external id of the instance.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let custom_object_instance = client
    ///         .get_custom_object_instances_by_id("Order", "40117")
    ///         .await?;
    ///     println!("{custom_object_instance:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn get_custom_object_instances_by_id(
        &self,
        custom_object_type_identifier: &str,
        id: &str,
    ) -> crate::Call<'_, crate::types::CustomObjectInstance> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "getCustomObjectInstancesById",
                reqwest::Method::GET,
                "/custom_object_instances/{custom_object_type_identifier}/{id}",
                [
                    "/custom_object_instances/",
                    &crate::request::encode_segment(custom_object_type_identifier),
                    "/",
                    &crate::request::encode_segment(id),
                ]
                    .concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::CustomObjectInstance>(),
        )
    }

    /// Delete the instance with a given Intercom id
    ///
    /// Since 2.13.
    ///
    /// Deletes the instance of the custom object type with the given Intercom id. (The operation id is inherited from Intercom's own description, where the names of the two delete operations are swapped.)
    ///
    /// `DELETE /custom_object_instances/{custom_object_type_identifier}/{id}` (operation `deleteCustomObjectInstancesByExternalId`)
    ///
    /// Arguments:
    /// - `custom_object_type_identifier`: Identifier of the custom object type whose instances are meant, for example `Order`.
    /// - `id`: Intercom's identifier of the instance.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let custom_object_instance_deleted = client
    ///         .delete_custom_object_instances_by_external_id("Order", "40117")
    ///         .await?;
    ///     println!("{custom_object_instance_deleted:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn delete_custom_object_instances_by_external_id(
        &self,
        custom_object_type_identifier: &str,
        id: &str,
    ) -> crate::Call<'_, crate::types::CustomObjectInstanceDeleted> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "deleteCustomObjectInstancesByExternalId",
                reqwest::Method::DELETE,
                "/custom_object_instances/{custom_object_type_identifier}/{id}",
                [
                    "/custom_object_instances/",
                    &crate::request::encode_segment(custom_object_type_identifier),
                    "/",
                    &crate::request::encode_segment(id),
                ]
                    .concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::CustomObjectInstanceDeleted>(),
        )
    }
}
