// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Ecommerce Connectors`.
//!
//! Product catalog uploads that let Fin recommend products from an ecommerce store.

/// # Ecommerce Connectors
///
/// Product catalog uploads that let Fin recommend products from an ecommerce store.
impl crate::Client {
    /// Upload a product catalog
    ///
    /// Preview only: Intercom's unstable version.
    ///
    /// Sends the product catalog of an ecommerce connector as a JSON array of products (each needs at least `id`, `title` and an `https://` `url`). Products whose `id` is missing from a new upload are removed from Fin's knowledge, so keep ids stable.
    ///
    /// A catalog of up to 99 MB goes in one request without `finalize` or `import_job_id`, and the answer is 202 once the sync starts. Larger catalogs go in parts of at most 99 MB each: send the first with `finalize=false`, which returns an `import_job_id` and the `next_part_number`; send the following parts with `finalize=false`, that `import_job_id` and their `part_number`; finish with `finalize=true` and the `import_job_id` alone to start the sync. Resending a part with the same `part_number` is safe.
    ///
    /// `POST /ecommerce/connectors/{id}/catalog` (operation `uploadEcommerceCatalog`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the ecommerce connector.
    /// - `body`: sent as `multipart/form-data`
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::UploadEcommerceCatalogRequest;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = UploadEcommerceCatalogRequest::new();
    ///     let upload_ecommerce_catalog_outcome = client
    ///         .upload_ecommerce_catalog("730", &request)
    ///         .await?;
    ///     println!("{upload_ecommerce_catalog_outcome:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn upload_ecommerce_catalog(
        &self,
        id: &str,
        body: &crate::types::UploadEcommerceCatalogRequest,
    ) -> crate::Call<'_, crate::types::UploadEcommerceCatalogOutcome> {
        let request = crate::request::ApiRequest::new(
                "uploadEcommerceCatalog",
                reqwest::Method::POST,
                "/ecommerce/connectors/{id}/catalog",
                [
                    "/ecommerce/connectors/",
                    &crate::request::encode_segment(id),
                    "/catalog",
                ]
                    .concat(),
            )
            .with(|request| {
                request.multipart(crate::request::Multipart::from_serialize(body)?);
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| match response.status().as_u16() {
                202 => {
                    response
                        .json::<crate::types::EcommerceCatalogUploadResponse>()
                        .map(|r| {
                            r.map(crate::types::UploadEcommerceCatalogOutcome::Accepted)
                        })
                }
                _ => {
                    response
                        .json::<crate::types::EcommerceCatalogUploadPartResponse>()
                        .map(|r| r.map(crate::types::UploadEcommerceCatalogOutcome::Ok))
                }
            },
        )
    }
}
