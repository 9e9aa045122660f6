// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Office Hours`.
//!
//! Weekly opening-hours schedules of the workspace and the dated exceptions (holidays, special hours) that override them.

/// # Office Hours
///
/// Weekly opening-hours schedules of the workspace and the dated exceptions (holidays, special hours) that override them.
impl crate::Client {
    /// List office hours schedules
    ///
    /// Since 2.16.
    ///
    /// Returns every office hours schedule of the workspace.
    ///
    /// `GET /office_hours_schedules` (operation `listOfficeHoursSchedules`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let office_hours_schedule_list = client.list_office_hours_schedules().await?;
    ///     println!("{office_hours_schedule_list:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_office_hours_schedules(
        &self,
    ) -> crate::Call<'_, crate::types::OfficeHoursScheduleList> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "listOfficeHoursSchedules",
                reqwest::Method::GET,
                "/office_hours_schedules",
                String::from("/office_hours_schedules"),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::OfficeHoursScheduleList>(),
        )
    }

    /// Create an office hours schedule
    ///
    /// Since 2.16.
    ///
    /// Creates a weekly schedule from a name, an IANA time zone and the open intervals of the week. Interval bounds must fall on 15-minute boundaries.
    ///
    /// `POST /office_hours_schedules` (operation `createOfficeHoursSchedule`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{CreateOfficeHoursScheduleRequest, OfficeHoursTimeInterval};
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = CreateOfficeHoursScheduleRequest::new(
    ///         "Berlin support desk",
    ///         "Europe/Berlin",
    ///         [
    ///             OfficeHoursTimeInterval::new().start_minute(540).end_minute(1080),
    ///             OfficeHoursTimeInterval::new().start_minute(1980).end_minute(2520),
    ///             OfficeHoursTimeInterval::new().start_minute(3420).end_minute(3960),
    ///         ],
    ///     );
    ///     let office_hours_schedule = client.create_office_hours_schedule(&request).await?;
    ///     println!("{office_hours_schedule:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn create_office_hours_schedule(
        &self,
        body: &crate::types::CreateOfficeHoursScheduleRequest,
    ) -> crate::Call<'_, crate::types::OfficeHoursSchedule> {
        let request = crate::request::ApiRequest::new(
                "createOfficeHoursSchedule",
                reqwest::Method::POST,
                "/office_hours_schedules",
                String::from("/office_hours_schedules"),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::OfficeHoursSchedule>(),
        )
    }

    /// Retrieve an office hours schedule
    ///
    /// Since 2.16.
    ///
    /// Returns one office hours schedule with its weekly intervals.
    ///
    /// `GET /office_hours_schedules/{id}` (operation `getOfficeHoursSchedule`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the schedule.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let office_hours_schedule = client.get_office_hours_schedule("301").await?;
    ///     println!("{office_hours_schedule:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn get_office_hours_schedule(
        &self,
        id: &str,
    ) -> crate::Call<'_, crate::types::OfficeHoursSchedule> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "getOfficeHoursSchedule",
                reqwest::Method::GET,
                "/office_hours_schedules/{id}",
                ["/office_hours_schedules/", &crate::request::encode_segment(id)]
                    .concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::OfficeHoursSchedule>(),
        )
    }

    /// Update an office hours schedule
    ///
    /// Since 2.16.
    ///
    /// Changes a schedule's name, time zone or intervals. Only the fields present in the body change; a given `time_intervals` replaces the whole week.
    ///
    /// `PUT /office_hours_schedules/{id}` (operation `updateOfficeHoursSchedule`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the schedule.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{OfficeHoursTimeInterval, UpdateOfficeHoursScheduleRequest};
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = UpdateOfficeHoursScheduleRequest::new()
    ///         .name("Berlin support desk (winter hours)")
    ///         .time_intervals([
    ///             OfficeHoursTimeInterval::new().start_minute(480).end_minute(1020),
    ///             OfficeHoursTimeInterval::new().start_minute(1920).end_minute(2460),
    ///         ]);
    ///     let office_hours_schedule = client
    ///         .update_office_hours_schedule("301", &request)
    ///         .await?;
    ///     println!("{office_hours_schedule:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn update_office_hours_schedule(
        &self,
        id: &str,
        body: &crate::types::UpdateOfficeHoursScheduleRequest,
    ) -> crate::Call<'_, crate::types::OfficeHoursSchedule> {
        let request = crate::request::ApiRequest::new(
                "updateOfficeHoursSchedule",
                reqwest::Method::PUT,
                "/office_hours_schedules/{id}",
                ["/office_hours_schedules/", &crate::request::encode_segment(id)]
                    .concat(),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::OfficeHoursSchedule>(),
        )
    }

    /// Delete an office hours schedule
    ///
    /// Since 2.16.
    ///
    /// Deletes an office hours schedule and returns a deletion confirmation.
    ///
    /// `DELETE /office_hours_schedules/{id}` (operation `deleteOfficeHoursSchedule`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the schedule.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let delete_office_hours_schedule_response = client
    ///         .delete_office_hours_schedule("301")
    ///         .await?;
    ///     println!("{delete_office_hours_schedule_response:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn delete_office_hours_schedule(
        &self,
        id: &str,
    ) -> crate::Call<'_, crate::types::DeleteOfficeHoursScheduleResponse> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "deleteOfficeHoursSchedule",
                reqwest::Method::DELETE,
                "/office_hours_schedules/{id}",
                ["/office_hours_schedules/", &crate::request::encode_segment(id)]
                    .concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::DeleteOfficeHoursScheduleResponse>(),
        )
    }

    /// List the exceptions of a schedule
    ///
    /// Since 2.16.
    ///
    /// Returns the dated exceptions (closures and special hours) of one schedule.
    ///
    /// `GET /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions` (operation `listOfficeHoursExceptions`)
    ///
    /// Arguments:
    /// - `office_hours_schedule_id`: Intercom's identifier of the schedule the exceptions belong to.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let office_hours_exception_list = client.list_office_hours_exceptions("301").await?;
    ///     println!("{office_hours_exception_list:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_office_hours_exceptions(
        &self,
        office_hours_schedule_id: &str,
    ) -> crate::Call<'_, crate::types::OfficeHoursExceptionList> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "listOfficeHoursExceptions",
                reqwest::Method::GET,
                "/office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions",
                [
                    "/office_hours_schedules/",
                    &crate::request::encode_segment(office_hours_schedule_id),
                    "/office_hours_exceptions",
                ]
                    .concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::OfficeHoursExceptionList>(),
        )
    }

    /// Add an exception to a schedule
    ///
    /// Since 2.16.
    ///
    /// Overrides a schedule's regular hours on one date. With `exception_type: closed` the day is closed and `time_intervals` is left out; with `custom_hours` the given intervals replace that day's hours.
    ///
    /// `POST /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions` (operation `createOfficeHoursException`)
    ///
    /// Arguments:
    /// - `office_hours_schedule_id`: Intercom's identifier of the schedule to add the exception to.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{
    ///     CreateOfficeHoursExceptionRequest, OfficeHoursExceptionExceptionType,
    ///     OfficeHoursTimeInterval,
    /// };
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = CreateOfficeHoursExceptionRequest::new(
    ///             "2026-12-24",
    ///             OfficeHoursExceptionExceptionType::CustomHours,
    ///         )
    ///         .name("Christmas Eve")
    ///         .time_intervals(
    ///             Vec::from([OfficeHoursTimeInterval::new().start_minute(540).end_minute(780)]),
    ///         )
    ///         .recurring_annually(true);
    ///     let office_hours_exception = client
    ///         .create_office_hours_exception("301", &request)
    ///         .await?;
    ///     println!("{office_hours_exception:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn create_office_hours_exception(
        &self,
        office_hours_schedule_id: &str,
        body: &crate::types::CreateOfficeHoursExceptionRequest,
    ) -> crate::Call<'_, crate::types::OfficeHoursException> {
        let request = crate::request::ApiRequest::new(
                "createOfficeHoursException",
                reqwest::Method::POST,
                "/office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions",
                [
                    "/office_hours_schedules/",
                    &crate::request::encode_segment(office_hours_schedule_id),
                    "/office_hours_exceptions",
                ]
                    .concat(),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::OfficeHoursException>(),
        )
    }

    /// Retrieve an office hours exception
    ///
    /// Since 2.16.
    ///
    /// Returns one exception of a schedule.
    ///
    /// `GET /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}` (operation `getOfficeHoursException`)
    ///
    /// Arguments:
    /// - `office_hours_schedule_id`: Intercom's identifier of the schedule.
    /// - `id`: Intercom's identifier of the exception.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let office_hours_exception = client.get_office_hours_exception("301", "913").await?;
    ///     println!("{office_hours_exception:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn get_office_hours_exception(
        &self,
        office_hours_schedule_id: &str,
        id: &str,
    ) -> crate::Call<'_, crate::types::OfficeHoursException> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "getOfficeHoursException",
                reqwest::Method::GET,
                "/office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}",
                [
                    "/office_hours_schedules/",
                    &crate::request::encode_segment(office_hours_schedule_id),
                    "/office_hours_exceptions/",
                    &crate::request::encode_segment(id),
                ]
                    .concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::OfficeHoursException>(),
        )
    }

    /// Update an office hours exception
    ///
    /// Since 2.16.
    ///
    /// Changes an exception; fields left out of the body keep their value.
    ///
    /// `PUT /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}` (operation `updateOfficeHoursException`)
    ///
    /// Arguments:
    /// - `office_hours_schedule_id`: Intercom's identifier of the schedule.
    /// - `id`: Intercom's identifier of the exception.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::Nullable;
    /// use intercom_client::types::{
    ///     OfficeHoursExceptionExceptionType, UpdateOfficeHoursExceptionRequest,
    /// };
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = UpdateOfficeHoursExceptionRequest::new()
    ///         .exception_type(OfficeHoursExceptionExceptionType::Closed)
    ///         .time_intervals(Nullable::Null);
    ///     let office_hours_exception = client
    ///         .update_office_hours_exception("301", "912", &request)
    ///         .await?;
    ///     println!("{office_hours_exception:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn update_office_hours_exception(
        &self,
        office_hours_schedule_id: &str,
        id: &str,
        body: &crate::types::UpdateOfficeHoursExceptionRequest,
    ) -> crate::Call<'_, crate::types::OfficeHoursException> {
        let request = crate::request::ApiRequest::new(
                "updateOfficeHoursException",
                reqwest::Method::PUT,
                "/office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}",
                [
                    "/office_hours_schedules/",
                    &crate::request::encode_segment(office_hours_schedule_id),
                    "/office_hours_exceptions/",
                    &crate::request::encode_segment(id),
                ]
                    .concat(),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::OfficeHoursException>(),
        )
    }

    /// Delete an office hours exception
    ///
    /// Since 2.16.
    ///
    /// Removes an exception, so the schedule's regular hours apply on that date again.
    ///
    /// `DELETE /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}` (operation `deleteOfficeHoursException`)
    ///
    /// Arguments:
    /// - `office_hours_schedule_id`: Intercom's identifier of the schedule.
    /// - `id`: Intercom's identifier of the exception.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let delete_office_hours_exception_response = client
    ///         .delete_office_hours_exception("301", "913")
    ///         .await?;
    ///     println!("{delete_office_hours_exception_response:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn delete_office_hours_exception(
        &self,
        office_hours_schedule_id: &str,
        id: &str,
    ) -> crate::Call<'_, crate::types::DeleteOfficeHoursExceptionResponse> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "deleteOfficeHoursException",
                reqwest::Method::DELETE,
                "/office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}",
                [
                    "/office_hours_schedules/",
                    &crate::request::encode_segment(office_hours_schedule_id),
                    "/office_hours_exceptions/",
                    &crate::request::encode_segment(id),
                ]
                    .concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| {
                response.json::<crate::types::DeleteOfficeHoursExceptionResponse>()
            },
        )
    }
}
