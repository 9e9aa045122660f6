// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Admins`.
//!
//! Teammates (admins) of the workspace: who they are, their away state and the audit log of what they did.

/// # Admins
///
/// Teammates (admins) of the workspace: who they are, their away state and the audit log of what they did.
impl crate::Client {
    /// Identify the current admin
    ///
    /// Since 2.7.
    ///
    /// Returns the admin that owns the access token, together with the workspace (app) it belongs to.
    ///
    /// If you use this endpoint to build a "sign in with Intercom" flow, only trust admins whose `email_verified` is `true`; an unverified address could belong to someone impersonating a teammate.
    ///
    /// `GET /me` (operation `identifyAdmin`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let admin_with_app = client.identify_admin().await?;
    ///     println!("{admin_with_app:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn identify_admin(&self) -> crate::Call<'_, crate::types::AdminWithApp> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "identifyAdmin",
                reqwest::Method::GET,
                "/me",
                String::from("/me"),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::AdminWithApp>(),
        )
    }

    /// Set an admin away or back
    ///
    /// Since 2.7.
    ///
    /// Turns the Inbox away mode of one admin on or off, optionally recording why they are away and whether new replies should go to the default inbox meanwhile.
    ///
    /// When the workspace makes away reasons mandatory, `away_status_reason_id` must be sent while enabling away mode; a deleted reason is rejected with a 400.
    ///
    /// `PUT /admins/{id}/away` (operation `setAwayAdmin`)
    ///
    /// Arguments:
    /// - `id`: Intercom's numeric id of the admin to update.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::SetAwayAdminRequest;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = SetAwayAdminRequest::new(true, true).away_status_reason_id(4102);
    ///     let admin = client.set_away_admin(7301942, &request).await?;
    ///     println!("{admin:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn set_away_admin(
        &self,
        id: i64,
        body: &crate::types::SetAwayAdminRequest,
    ) -> crate::Call<'_, crate::types::Admin> {
        let request = crate::request::ApiRequest::new(
                "setAwayAdmin",
                reqwest::Method::PUT,
                "/admins/{id}/away",
                ["/admins/", &crate::request::encode_segment(id), "/away"].concat(),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::Admin>(),
        )
    }

    /// List admin activity logs
    ///
    /// Since 2.7.
    ///
    /// Returns the audit trail of actions teammates performed in the workspace (sign-ins, setting changes, deletions and so on) in a time window, one page at a time. Use `searchActivityLogs` to filter by event type.
    ///
    /// `GET /admins/activity_logs` (operation `listActivityLogs`)
    ///
    /// Arguments:
    /// - `created_at_after`: Start of the window, as a Unix timestamp in seconds (sent as a string).
    /// - `params`: optional parameters
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::ListActivityLogsParams;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let params = ListActivityLogsParams {
    ///         created_at_before: Some("1764633600".to_string()),
    ///     };
    ///     let activity_log_list = client.list_activity_logs("1764547200", &params).await?;
    ///     println!("{activity_log_list:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_activity_logs(
        &self,
        created_at_after: &str,
        params: &crate::types::ListActivityLogsParams,
    ) -> crate::Call<'_, crate::types::ActivityLogList> {
        let request = crate::request::ApiRequest::new(
                "listActivityLogs",
                reqwest::Method::GET,
                "/admins/activity_logs",
                String::from("/admins/activity_logs"),
            )
            .with(|request| {
                request
                    .query(
                        "created_at_after",
                        &created_at_after,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                request
                    .query(
                        "created_at_before",
                        &params.created_at_before,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ActivityLogList>(),
        )
    }

    /// Search admin activity logs
    ///
    /// Since 2.16.
    ///
    /// Like `listActivityLogs`, but takes its filters in a JSON body and can restrict the results to certain event types; `listActivityLogEventTypes` gives the accepted names.
    ///
    /// `POST /admins/activity_logs/search` (operation `searchActivityLogs`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::SearchActivityLogsRequest;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = SearchActivityLogsRequest::new(1764547200)
    ///         .created_at_before(1764633600)
    ///         .event_types(["admin_login_success", "admin_login_failure"])
    ///         .per_page(50);
    ///     let activity_log_list = client.search_activity_logs(&request).await?;
    ///     println!("{activity_log_list:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn search_activity_logs(
        &self,
        body: &crate::types::SearchActivityLogsRequest,
    ) -> crate::Call<'_, crate::types::ActivityLogList> {
        let request = crate::request::ApiRequest::new(
                "searchActivityLogs",
                reqwest::Method::POST,
                "/admins/activity_logs/search",
                String::from("/admins/activity_logs/search"),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ActivityLogList>(),
        )
    }

    /// List activity log event types
    ///
    /// Since 2.16.
    ///
    /// Returns every activity type name the audit log knows, which are the values accepted by the `event_types` filter of `searchActivityLogs`.
    ///
    /// `GET /admins/activity_log_event_types` (operation `listActivityLogEventTypes`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let activity_log_event_type_list = client.list_activity_log_event_types().await?;
    ///     println!("{activity_log_event_type_list:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_activity_log_event_types(
        &self,
    ) -> crate::Call<'_, crate::types::ActivityLogEventTypeList> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "listActivityLogEventTypes",
                reqwest::Method::GET,
                "/admins/activity_log_event_types",
                String::from("/admins/activity_log_event_types"),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ActivityLogEventTypeList>(),
        )
    }

    /// List admins
    ///
    /// Since 2.7.
    ///
    /// Returns every teammate (admin) of the workspace in a single, unpaginated list.
    ///
    /// `GET /admins` (operation `listAdmins`)
    ///
    /// Arguments:
    /// - `params`: optional parameters
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::ListAdminsParams;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let params = ListAdminsParams {
    ///         display_avatar: Some(true),
    ///     };
    ///     let admin_list = client.list_admins(&params).await?;
    ///     println!("{admin_list:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_admins(
        &self,
        params: &crate::types::ListAdminsParams,
    ) -> crate::Call<'_, crate::types::AdminList> {
        let request = crate::request::ApiRequest::new(
                "listAdmins",
                reqwest::Method::GET,
                "/admins",
                String::from("/admins"),
            )
            .with(|request| {
                request
                    .query(
                        "display_avatar",
                        &params.display_avatar,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::AdminList>(),
        )
    }

    /// Get an admin
    ///
    /// Since 2.7.
    ///
    /// Returns one teammate of the workspace by its Intercom id.
    ///
    /// `GET /admins/{id}` (operation `retrieveAdmin`)
    ///
    /// Arguments:
    /// - `id`: Intercom's numeric id of the admin.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let admin = client.retrieve_admin(7301955).await?;
    ///     println!("{admin:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn retrieve_admin(&self, id: i64) -> crate::Call<'_, crate::types::Admin> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "retrieveAdmin",
                reqwest::Method::GET,
                "/admins/{id}",
                ["/admins/", &crate::request::encode_segment(id)].concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::Admin>(),
        )
    }
}
