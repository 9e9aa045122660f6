// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Brands`.
//!
//! The brands of a multi-brand workspace, including its default brand.

impl crate::Client {
    /// List brands
    ///
    /// Since 2.15.
    ///
    /// Returns all brands of the workspace. The default brand is always included and its id equals the workspace id.
    ///
    /// `GET /brands` (operation `listBrands`)
    pub async fn list_brands(&self) -> crate::Result<crate::types::BrandList> {
        self.list_brands_with_response().await.map(crate::Response::into_body)
    }

    /// Like [`Client::list_brands`](crate::Client::list_brands), also returning the status, headers and rate-limit information.
    pub async fn list_brands_with_response(
        &self,
    ) -> crate::Result<crate::Response<crate::types::BrandList>> {
        let request = crate::request::ApiRequest::new(
            "listBrands",
            reqwest::Method::GET,
            "/brands",
            String::from("/brands"),
        );
        crate::client::execute(self, request).await?.json::<crate::types::BrandList>()
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
    pub async fn retrieve_brand(&self, id: &str) -> crate::Result<crate::types::Brand> {
        self.retrieve_brand_with_response(id).await.map(crate::Response::into_body)
    }

    /// Like [`Client::retrieve_brand`](crate::Client::retrieve_brand), also returning the status, headers and rate-limit information.
    pub async fn retrieve_brand_with_response(
        &self,
        id: &str,
    ) -> crate::Result<crate::Response<crate::types::Brand>> {
        let request = crate::request::ApiRequest::new(
            "retrieveBrand",
            reqwest::Method::GET,
            "/brands/{id}",
            ["/brands/", &crate::request::encode_segment(id)].concat(),
        );
        crate::client::execute(self, request).await?.json::<crate::types::Brand>()
    }
}
