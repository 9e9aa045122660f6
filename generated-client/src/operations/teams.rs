// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Teams`.
//!
//! Teams of teammates, their members and their live workload.

/// # Teams
///
/// Teams of teammates, their members and their live workload.
impl crate::Client {
    /// Get live metrics of a team
    ///
    /// Since 2.16.
    ///
    /// Returns, for every admin of a team, how many open, idle and snoozed conversations are assigned to them right now. The workspace needs the `realtime_monitoring` feature; without it the answer is 403.
    ///
    /// `GET /teams/{team_id}/metrics` (operation `getTeamMetrics`)
    ///
    /// Arguments:
    /// - `team_id`: Intercom's id of the team, as listed by `listTeams`.
    /// - `params`: optional parameters
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::GetTeamMetricsParams;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let params = GetTeamMetricsParams {
    ///         idle_threshold: Some(900),
    ///     };
    ///     let team_metric_list = client.get_team_metrics("88412", &params).await?;
    ///     println!("{team_metric_list:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn get_team_metrics(
        &self,
        team_id: &str,
        params: &crate::types::GetTeamMetricsParams,
    ) -> crate::Call<'_, crate::types::TeamMetricList> {
        let request = crate::request::ApiRequest::new(
                "getTeamMetrics",
                reqwest::Method::GET,
                "/teams/{team_id}/metrics",
                ["/teams/", &crate::request::encode_segment(team_id), "/metrics"]
                    .concat(),
            )
            .with(|request| {
                request
                    .query(
                        "idle_threshold",
                        &params.idle_threshold,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::TeamMetricList>(),
        )
    }

    /// List teams
    ///
    /// Since 2.7.
    ///
    /// Returns every team of the workspace in a single, unpaginated list.
    ///
    /// `GET /teams` (operation `listTeams`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let team_list = client.list_teams().await?;
    ///     println!("{team_list:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_teams(&self) -> crate::Call<'_, crate::types::TeamList> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "listTeams",
                reqwest::Method::GET,
                "/teams",
                String::from("/teams"),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::TeamList>(),
        )
    }

    /// Get a team
    ///
    /// Since 2.7.
    ///
    /// Returns one team by id, with the ids of the admins that belong to it.
    ///
    /// `GET /teams/{id}` (operation `retrieveTeam`)
    ///
    /// Arguments:
    /// - `id`: Intercom's id of the team.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let team = client.retrieve_team("88412").await?;
    ///     println!("{team:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn retrieve_team(&self, id: &str) -> crate::Call<'_, crate::types::Team> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "retrieveTeam",
                reqwest::Method::GET,
                "/teams/{id}",
                ["/teams/", &crate::request::encode_segment(id)].concat(),
            ),
        );
        crate::Call::new(self, request, |response| response.json::<crate::types::Team>())
    }

    /// Replace a team's members
    ///
    /// Preview only: Intercom's unstable version.
    ///
    /// Sets who is on a team: `admin_ids` is the whole new membership, so anyone missing from it is removed, and sending the current list changes nothing (handy for syncing a rota on a schedule).
    ///
    /// A token acting for a teammate needs that teammate's permission to manage teams, and cannot reach teams or teammates hidden from them.
    ///
    /// `PUT /teams/{id}` (operation `updateTeamMembers`)
    ///
    /// Arguments:
    /// - `id`: Intercom's id of the team.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{AdminPriorityLevelRequest, UpdateTeamMembersRequest};
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = UpdateTeamMembersRequest::new([7301942, 7301955, 7301968])
    ///         .admin_priority_level(
    ///             AdminPriorityLevelRequest::new()
    ///                 .primary_admin_ids(Vec::from([7301942i64, 7301968i64]))
    ///                 .secondary_admin_ids(Vec::from([7301955i64])),
    ///         );
    ///     let team = client.update_team_members("88412", &request).await?;
    ///     println!("{team:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn update_team_members(
        &self,
        id: &str,
        body: &crate::types::UpdateTeamMembersRequest,
    ) -> crate::Call<'_, crate::types::Team> {
        let request = crate::request::ApiRequest::new(
                "updateTeamMembers",
                reqwest::Method::PUT,
                "/teams/{id}",
                ["/teams/", &crate::request::encode_segment(id)].concat(),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(self, request, |response| response.json::<crate::types::Team>())
    }
}
