// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Visitors`.
//!
//! Anonymous people who have not been identified yet, and their conversion into contacts.

/// # Visitors
///
/// Anonymous people who have not been identified yet, and their conversion into contacts.
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let visitor = client
    ///         .retrieve_visitor_with_user_id("4b9e2f70-13c8-4a5d-9e61-c07d8a2b35f4")
    ///         .await?;
    ///     println!("{visitor:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn retrieve_visitor_with_user_id(
        &self,
        user_id: &str,
    ) -> crate::Call<'_, crate::types::Visitor> {
        let request = crate::request::ApiRequest::new(
                "retrieveVisitorWithUserId",
                reqwest::Method::GET,
                "/visitors",
                String::from("/visitors"),
            )
            .with(|request| {
                request
                    .query(
                        "user_id",
                        &user_id,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::Visitor>(),
        )
    }

    /// Update a visitor
    ///
    /// Since 2.7.
    ///
    /// Updates the name or custom attributes of an existing visitor, which is identified in the body either by its Intercom `id` or by its `user_id`.
    ///
    /// `PUT /visitors` (operation `updateVisitor`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::UpdateVisitorRequest;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = UpdateVisitorRequest::new()
    ///         .id("6790ab12c4e5f60017d2e8a1")
    ///         .name("Aoife Brennan");
    ///     let visitor = client.update_visitor(&request).await?;
    ///     println!("{visitor:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn update_visitor(
        &self,
        body: &crate::types::UpdateVisitorRequest,
    ) -> crate::Call<'_, crate::types::Visitor> {
        let request = crate::request::ApiRequest::new(
                "updateVisitor",
                reqwest::Method::PUT,
                "/visitors",
                String::from("/visitors"),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::Visitor>(),
        )
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
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{
    ///     ConvertVisitorRequest, ConvertVisitorRequestUser, ConvertVisitorRequestVisitor,
    /// };
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = ConvertVisitorRequest::new(
    ///         "user",
    ///         ConvertVisitorRequestUser::new()
    ///             .user_id("cust-20931")
    ///             .email("tomas.reyes@example.org"),
    ///         ConvertVisitorRequestVisitor::new()
    ///             .user_id("4b9e2f70-13c8-4a5d-9e61-c07d8a2b35f4"),
    ///     );
    ///     let contact = client.convert_visitor(&request).await?;
    ///     println!("{contact:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn convert_visitor(
        &self,
        body: &crate::types::ConvertVisitorRequest,
    ) -> crate::Call<'_, crate::types::Contact> {
        let request = crate::request::ApiRequest::new(
                "convertVisitor",
                reqwest::Method::POST,
                "/visitors/convert",
                String::from("/visitors/convert"),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::Contact>(),
        )
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let visitor = client.retrieve_visitor("6790ab12c4e5f60017d2e8a1").await?;
    ///     println!("{visitor:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn retrieve_visitor(&self, id: &str) -> crate::Call<'_, crate::types::Visitor> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "retrieveVisitor",
                reqwest::Method::GET,
                "/visitors/{id}",
                ["/visitors/", &crate::request::encode_segment(id)].concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::Visitor>(),
        )
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let visitor_deleted_object = client
    ///         .delete_visitor("6790ab12c4e5f60017d2e8a1")
    ///         .await?;
    ///     println!("{visitor_deleted_object:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn delete_visitor(
        &self,
        id: &str,
    ) -> crate::Call<'_, crate::types::VisitorDeletedObject> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "deleteVisitor",
                reqwest::Method::DELETE,
                "/visitors/{id}",
                ["/visitors/", &crate::request::encode_segment(id)].concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::VisitorDeletedObject>(),
        )
    }
}
