// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Data Attributes`.
//!
//! The standard and custom attributes that describe contacts and companies.

/// # Data Attributes
///
/// The standard and custom attributes that describe contacts and companies.
impl crate::Client {
    /// List data attributes
    ///
    /// Since 2.7.
    ///
    /// Returns the standard and custom attributes defined for contacts, companies or both.
    ///
    /// Conversation attributes are not part of this list any more: `model=conversation` is refused with a 422, and the conversation attribute endpoints return them instead.
    ///
    /// `GET /data_attributes` (operation `lisDataAttributes`)
    ///
    /// Arguments:
    /// - `params`: optional parameters
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{DataAttributeModel, LisDataAttributesParams};
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let params = LisDataAttributesParams {
    ///         model: Some(DataAttributeModel::Contact),
    ///         include_archived: Some(false),
    ///     };
    ///     let data_attribute_list = client.lis_data_attributes(&params).await?;
    ///     println!("{data_attribute_list:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn lis_data_attributes(
        &self,
        params: &crate::types::LisDataAttributesParams,
    ) -> crate::Call<'_, crate::types::DataAttributeList> {
        let request = crate::request::ApiRequest::new(
                "lisDataAttributes",
                reqwest::Method::GET,
                "/data_attributes",
                String::from("/data_attributes"),
            )
            .with(|request| {
                request
                    .query(
                        "model",
                        &params.model,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                request
                    .query(
                        "include_archived",
                        &params.include_archived,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::DataAttributeList>(),
        )
    }

    /// Create a data attribute
    ///
    /// Since 2.7.
    ///
    /// Defines a new custom attribute on contacts or companies. A `list` attribute (data type `options`) needs at least two options. The name must be unique within its model.
    ///
    /// `POST /data_attributes` (operation `createDataAttribute`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{
    ///     CreateDataAttributeRequest, CreateDataAttributeRequestListAttribute,
    ///     DataAttributeModel, DataAttributeRequestListAttributeOptionsItem,
    /// };
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = CreateDataAttributeRequest::ListAttribute(
    ///         CreateDataAttributeRequestListAttribute::new(
    ///                 "bike_model",
    ///                 DataAttributeModel::Contact,
    ///                 [DataAttributeRequestListAttributeOptionsItem::new()],
    ///             )
    ///             .description("The bike model the customer rides.")
    ///             .messenger_writable(false),
    ///     );
    ///     let data_attribute = client.create_data_attribute(&request).await?;
    ///     println!("{data_attribute:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn create_data_attribute(
        &self,
        body: &crate::types::CreateDataAttributeRequest,
    ) -> crate::Call<'_, crate::types::DataAttribute> {
        let request = crate::request::ApiRequest::new(
                "createDataAttribute",
                reqwest::Method::POST,
                "/data_attributes",
                String::from("/data_attributes"),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::DataAttribute>(),
        )
    }

    /// Update a data attribute
    ///
    /// Since 2.7.
    ///
    /// Changes the description, Messenger writability, list options or archived state of a custom attribute.
    ///
    /// The data type cannot be changed here; do that in the Intercom UI. An attribute that other objects depend on cannot be archived (422).
    ///
    /// `PUT /data_attributes/{id}` (operation `updateDataAttribute`)
    ///
    /// Arguments:
    /// - `id`: Intercom's numeric id of the data attribute.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{
    ///     DataAttributeRequestListAttributeOptionsItem, UpdateDataAttributeRequest,
    ///     UpdateDataAttributeRequestListAttribute,
    /// };
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = UpdateDataAttributeRequest::ListAttribute(
    ///         UpdateDataAttributeRequestListAttribute::new([
    ///                 DataAttributeRequestListAttributeOptionsItem::new(),
    ///             ])
    ///             .description("The bike-care plan the customer currently pays for.")
    ///             .messenger_writable(false),
    ///     );
    ///     let data_attribute = client.update_data_attribute(31507, &request).await?;
    ///     println!("{data_attribute:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn update_data_attribute(
        &self,
        id: i64,
        body: &crate::types::UpdateDataAttributeRequest,
    ) -> crate::Call<'_, crate::types::DataAttribute> {
        let request = crate::request::ApiRequest::new(
                "updateDataAttribute",
                reqwest::Method::PUT,
                "/data_attributes/{id}",
                ["/data_attributes/", &crate::request::encode_segment(id)].concat(),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::DataAttribute>(),
        )
    }
}
