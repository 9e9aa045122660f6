// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Teams`.
//!
//! Teams of teammates, their members and their live workload.

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
    pub async fn get_team_metrics(
        &self,
        team_id: &str,
        params: &crate::types::GetTeamMetricsParams,
    ) -> crate::Result<crate::types::TeamMetricList> {
        self.get_team_metrics_with_response(team_id, params)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::get_team_metrics`](crate::Client::get_team_metrics), also returning the status, headers and rate-limit information.
    pub async fn get_team_metrics_with_response(
        &self,
        team_id: &str,
        params: &crate::types::GetTeamMetricsParams,
    ) -> crate::Result<crate::Response<crate::types::TeamMetricList>> {
        let mut request = crate::request::ApiRequest::new(
            "getTeamMetrics",
            reqwest::Method::GET,
            "/teams/{team_id}/metrics",
            ["/teams/", &crate::request::encode_segment(team_id), "/metrics"].concat(),
        );
        request
            .query(
                "idle_threshold",
                &params.idle_threshold,
                crate::request::QueryStyle::Form {
                    explode: true,
                },
            )?;
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::TeamMetricList>()
    }

    /// List teams
    ///
    /// Since 2.7.
    ///
    /// Returns every team of the workspace in a single, unpaginated list.
    ///
    /// `GET /teams` (operation `listTeams`)
    pub async fn list_teams(&self) -> crate::Result<crate::types::TeamList> {
        self.list_teams_with_response().await.map(crate::Response::into_body)
    }

    /// Like [`Client::list_teams`](crate::Client::list_teams), also returning the status, headers and rate-limit information.
    pub async fn list_teams_with_response(
        &self,
    ) -> crate::Result<crate::Response<crate::types::TeamList>> {
        let request = crate::request::ApiRequest::new(
            "listTeams",
            reqwest::Method::GET,
            "/teams",
            String::from("/teams"),
        );
        crate::client::execute(self, request).await?.json::<crate::types::TeamList>()
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
    pub async fn retrieve_team(&self, id: &str) -> crate::Result<crate::types::Team> {
        self.retrieve_team_with_response(id).await.map(crate::Response::into_body)
    }

    /// Like [`Client::retrieve_team`](crate::Client::retrieve_team), also returning the status, headers and rate-limit information.
    pub async fn retrieve_team_with_response(
        &self,
        id: &str,
    ) -> crate::Result<crate::Response<crate::types::Team>> {
        let request = crate::request::ApiRequest::new(
            "retrieveTeam",
            reqwest::Method::GET,
            "/teams/{id}",
            ["/teams/", &crate::request::encode_segment(id)].concat(),
        );
        crate::client::execute(self, request).await?.json::<crate::types::Team>()
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
    /// - `body`: the `application/json` request body
    pub async fn update_team_members(
        &self,
        id: &str,
        body: &crate::types::UpdateTeamMembersRequest,
    ) -> crate::Result<crate::types::Team> {
        self.update_team_members_with_response(id, body)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::update_team_members`](crate::Client::update_team_members), also returning the status, headers and rate-limit information.
    pub async fn update_team_members_with_response(
        &self,
        id: &str,
        body: &crate::types::UpdateTeamMembersRequest,
    ) -> crate::Result<crate::Response<crate::types::Team>> {
        let mut request = crate::request::ApiRequest::new(
            "updateTeamMembers",
            reqwest::Method::PUT,
            "/teams/{id}",
            ["/teams/", &crate::request::encode_segment(id)].concat(),
        );
        request.json(body)?;
        crate::client::execute(self, request).await?.json::<crate::types::Team>()
    }
}
