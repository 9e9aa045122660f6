// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Brands`.
//!
//! The brands of a multi-brand workspace, including its default brand.

/// # Brands
///
/// The brands of a multi-brand workspace, including its default brand.
impl crate::Client {
    /// List brands
    ///
    /// Since 2.15.
    ///
    /// Returns all brands of the workspace. The default brand is always included and its id equals the workspace id.
    ///
    /// `GET /brands` (operation `listBrands`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let brand_list = client.list_brands().await?;
    ///     println!("{brand_list:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_brands(&self) -> crate::Call<'_, crate::types::BrandList> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "listBrands",
                reqwest::Method::GET,
                "/brands",
                String::from("/brands"),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::BrandList>(),
        )
    }

    /// Retrieve a brand
    ///
    /// Since 2.15.
    ///
    /// Returns one brand.
    ///
    /// `GET /brands/{id}` (operation `retrieveBrand`)
    ///
    /// Arguments:
    /// - `id`: Identifier of the brand (the workspace id for the default brand).
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let brand = client.retrieve_brand("18840").await?;
    ///     println!("{brand:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn retrieve_brand(&self, id: &str) -> crate::Call<'_, crate::types::Brand> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "retrieveBrand",
                reqwest::Method::GET,
                "/brands/{id}",
                ["/brands/", &crate::request::encode_segment(id)].concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::Brand>(),
        )
    }
}
