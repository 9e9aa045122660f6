// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Admins`.
//!
//! The teammate whose access token makes the request.

impl crate::Client {
    /// Identify the current admin
    ///
    /// Returns the admin that owns the access token, together with the workspace (app) it belongs to.
    ///
    /// If you use this endpoint to build a "sign in with Intercom" flow, only trust admins whose `email_verified` is `true`; an unverified address could belong to someone impersonating a teammate.
    ///
    /// `GET /me` (operation `identifyAdmin`)
    pub async fn identify_admin(&self) -> crate::Result<crate::types::AdminWithApp> {
        self.identify_admin_with_response().await.map(crate::Response::into_body)
    }

    /// Like [`Client::identify_admin`](crate::Client::identify_admin), also returning the status, headers and rate-limit information.
    pub async fn identify_admin_with_response(
        &self,
    ) -> crate::Result<crate::Response<crate::types::AdminWithApp>> {
        let request = crate::request::ApiRequest::new(
            "identifyAdmin",
            reqwest::Method::GET,
            "/me",
            String::from("/me"),
        );
        self.execute(request).await?.json::<crate::types::AdminWithApp>()
    }
}
