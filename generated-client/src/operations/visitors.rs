// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Visitors`.
//!
//! Anonymous people who have not been identified yet, and their conversion into contacts.

impl crate::Client {
    /// Retrieve a visitor by user id
    ///
    /// Since 2.7.
    ///
    /// Returns the visitor whose automatically generated `user_id` matches the query parameter.
    ///
    /// `GET /visitors` (operation `retrieveVisitorWithUserId`)
    ///
    /// Arguments:
    /// - `user_id`: The `user_id` that Intercom generated for the visitor.
    pub async fn retrieve_visitor_with_user_id(
        &self,
        user_id: &str,
    ) -> crate::Result<crate::types::Visitor> {
        self.retrieve_visitor_with_user_id_with_response(user_id)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::retrieve_visitor_with_user_id`](crate::Client::retrieve_visitor_with_user_id), also returning the status, headers and rate-limit information.
    pub async fn retrieve_visitor_with_user_id_with_response(
        &self,
        user_id: &str,
    ) -> crate::Result<crate::Response<crate::types::Visitor>> {
        let mut request = crate::request::ApiRequest::new(
            "retrieveVisitorWithUserId",
            reqwest::Method::GET,
            "/visitors",
            String::from("/visitors"),
        );
        request
            .query(
                "user_id",
                &user_id,
                crate::request::QueryStyle::Form {
                    explode: true,
                },
            )?;
        crate::client::execute(self, request).await?.json::<crate::types::Visitor>()
    }

    /// Update a visitor
    ///
    /// Since 2.7.
    ///
    /// Updates the name or custom attributes of an existing visitor, which is identified in the body either by its Intercom `id` or by its `user_id`.
    ///
    /// `PUT /visitors` (operation `updateVisitor`)
    ///
    /// Arguments:
    /// - `body`: the `application/json` request body
    pub async fn update_visitor(
        &self,
        body: &crate::types::UpdateVisitorRequest,
    ) -> crate::Result<crate::types::Visitor> {
        self.update_visitor_with_response(body).await.map(crate::Response::into_body)
    }

    /// Like [`Client::update_visitor`](crate::Client::update_visitor), also returning the status, headers and rate-limit information.
    pub async fn update_visitor_with_response(
        &self,
        body: &crate::types::UpdateVisitorRequest,
    ) -> crate::Result<crate::Response<crate::types::Visitor>> {
        let mut request = crate::request::ApiRequest::new(
            "updateVisitor",
            reqwest::Method::PUT,
            "/visitors",
            String::from("/visitors"),
        );
        request.json(body)?;
        crate::client::execute(self, request).await?.json::<crate::types::Visitor>()
    }

    /// Convert a visitor into a contact
    ///
    /// Since 2.7.
    ///
    /// Turns a visitor into a contact with the role `user` or `lead`.
    ///
    /// If the target user already exists, the visitor is merged into it and then deleted, and the existing user is returned. Otherwise the visitor becomes a new user whose identifiers replace the visitor's.
    ///
    /// `POST /visitors/convert` (operation `convertVisitor`)
    ///
    /// Arguments:
    /// - `body`: the `application/json` request body
    pub async fn convert_visitor(
        &self,
        body: &crate::types::ConvertVisitorRequest,
    ) -> crate::Result<crate::types::Contact> {
        self.convert_visitor_with_response(body).await.map(crate::Response::into_body)
    }

    /// Like [`Client::convert_visitor`](crate::Client::convert_visitor), also returning the status, headers and rate-limit information.
    pub async fn convert_visitor_with_response(
        &self,
        body: &crate::types::ConvertVisitorRequest,
    ) -> crate::Result<crate::Response<crate::types::Contact>> {
        let mut request = crate::request::ApiRequest::new(
            "convertVisitor",
            reqwest::Method::POST,
            "/visitors/convert",
            String::from("/visitors/convert"),
        );
        request.json(body)?;
        crate::client::execute(self, request).await?.json::<crate::types::Contact>()
    }

    /// Retrieve a visitor
    ///
    /// Preview only: Intercom's unstable version.
    ///
    /// Returns the visitor with the given Intercom id.
    ///
    /// `GET /visitors/{id}` (operation `retrieveVisitor`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the visitor.
    pub async fn retrieve_visitor(
        &self,
        id: &str,
    ) -> crate::Result<crate::types::Visitor> {
        self.retrieve_visitor_with_response(id).await.map(crate::Response::into_body)
    }

    /// Like [`Client::retrieve_visitor`](crate::Client::retrieve_visitor), also returning the status, headers and rate-limit information.
    pub async fn retrieve_visitor_with_response(
        &self,
        id: &str,
    ) -> crate::Result<crate::Response<crate::types::Visitor>> {
        let request = crate::request::ApiRequest::new(
            "retrieveVisitor",
            reqwest::Method::GET,
            "/visitors/{id}",
            ["/visitors/", &crate::request::encode_segment(id)].concat(),
        );
        crate::client::execute(self, request).await?.json::<crate::types::Visitor>()
    }

    /// Delete a visitor
    ///
    /// Preview only: Intercom's unstable version.
    ///
    /// Permanently deletes the visitor with the given Intercom id.
    ///
    /// `DELETE /visitors/{id}` (operation `deleteVisitor`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the visitor.
    pub async fn delete_visitor(
        &self,
        id: &str,
    ) -> crate::Result<crate::types::VisitorDeletedObject> {
        self.delete_visitor_with_response(id).await.map(crate::Response::into_body)
    }

    /// Like [`Client::delete_visitor`](crate::Client::delete_visitor), also returning the status, headers and rate-limit information.
    pub async fn delete_visitor_with_response(
        &self,
        id: &str,
    ) -> crate::Result<crate::Response<crate::types::VisitorDeletedObject>> {
        let request = crate::request::ApiRequest::new(
            "deleteVisitor",
            reqwest::Method::DELETE,
            "/visitors/{id}",
            ["/visitors/", &crate::request::encode_segment(id)].concat(),
        );
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::VisitorDeletedObject>()
    }
}
