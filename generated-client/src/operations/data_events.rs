// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Data Events`.
//!
//! Events that record what contacts did, one by one or as aggregate counts.

/// # Data Events
///
/// Events that record what contacts did, one by one or as aggregate counts.
impl crate::Client {
    /// List a contact's data events
    ///
    /// Since 2.7.
    ///
    /// Returns the events recorded for one contact, found by exactly one of `user_id`, `email` or `intercom_user_id` (use the last one for leads); `type` must be `user`.
    ///
    /// Only events from the last 90 days are listed one by one; with `summary=true` the response gives per-event counts and first/last times instead, which cover older events too.
    ///
    /// `GET /events` (operation `lisDataEvents`)
    ///
    /// Arguments:
    /// - `filter`: The contact to list events for, given as exactly one query parameter: `user_id`, `intercom_user_id` or `email`.
    /// - `type_`: The kind of contact; always `user`.
    /// - `params`: optional parameters
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{
    ///     LisDataEventsFilter, LisDataEventsFilterUserIdQueryParameter, LisDataEventsParams,
    /// };
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let params = LisDataEventsParams {
    ///         summary: Some(true),
    ///     };
    ///     let data_event_summary = client
    ///         .lis_data_events(
    ///             &LisDataEventsFilter::UserIdQueryParameter(
    ///                 LisDataEventsFilterUserIdQueryParameter::new("nw-cust-4410"),
    ///             ),
    ///             "user",
    ///             &params,
    ///         )
    ///         .await?;
    ///     println!("{data_event_summary:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn lis_data_events(
        &self,
        filter: &crate::types::LisDataEventsFilter,
        type_: &str,
        params: &crate::types::LisDataEventsParams,
    ) -> crate::Call<'_, crate::types::DataEventSummary> {
        let request = crate::request::ApiRequest::new(
                "lisDataEvents",
                reqwest::Method::GET,
                "/events",
                String::from("/events"),
            )
            .with(|request| {
                request
                    .query(
                        "filter",
                        &filter,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                request
                    .query(
                        "type",
                        &type_,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                request
                    .query(
                        "summary",
                        &params.summary,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::DataEventSummary>(),
        )
    }

    /// Track a data event
    ///
    /// Since 2.7.
    ///
    /// Records that a contact did something (for example `placed-order`), identified by Intercom `id`, `user_id` or `email`; leads need their `id`. Requires a token with write access.
    ///
    /// Metadata is a flat object of at most 10 keys per event; extra keys are dropped, keys cannot be changed once the event exists, and nested objects are only accepted in the rich-link (`url` and `value`) and money (`amount` in cents and `currency`) shapes. A key ending in `_date` holds a Unix timestamp.
    ///
    /// Intercom may ignore an event with the same workspace, contact, name and `created_at` as an earlier one, so send `created_at` with second precision. Duplicates still answer 202 and still count against the rate limit. An unknown contact answers 404.
    ///
    /// `POST /events` (operation `createDataEvent`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::CreateDataEventRequest;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = CreateDataEventRequest::new()
    ///         .event_name("placed-order")
    ///         .created_at(1764590400)
    ///         .user_id("nw-cust-4410")
    ///         .metadata([
    ///             ("item_count", serde_json::json!(2)),
    ///             ("order_number", serde_json::json!("NW-20931")),
    ///             ("price", serde_json::json!({ "amount" : 34900, "currency" : "eur" })),
    ///         ]);
    ///     client.create_data_event(&request).await?;
    ///     Ok(())
    /// }
    /// ```
    pub fn create_data_event(
        &self,
        body: &crate::types::CreateDataEventRequest,
    ) -> crate::Call<'_, ()> {
        let request = crate::request::ApiRequest::new(
                "createDataEvent",
                reqwest::Method::POST,
                "/events",
                String::from("/events"),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(self, request, |response| response.empty())
    }

    /// Submit data event summaries
    ///
    /// Since 2.7.
    ///
    /// Records aggregate counts for a user's events (how often each happened and when it first and last did) without sending every event one by one.
    ///
    /// `POST /events/summaries` (operation `dataEventSummaries`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{
    ///     CreateDataEventSummariesRequest, CreateDataEventSummariesRequestEventSummaries,
    /// };
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = CreateDataEventSummariesRequest::new()
    ///         .user_id("nw-cust-4410")
    ///         .event_summaries(
    ///             CreateDataEventSummariesRequestEventSummaries::new()
    ///                 .event_name("placed-order")
    ///                 .count(3)
    ///                 .first(1756713600)
    ///                 .last(1764590400),
    ///         );
    ///     client.data_event_summaries(&request).await?;
    ///     Ok(())
    /// }
    /// ```
    pub fn data_event_summaries(
        &self,
        body: &crate::types::CreateDataEventSummariesRequest,
    ) -> crate::Call<'_, ()> {
        let request = crate::request::ApiRequest::new(
                "dataEventSummaries",
                reqwest::Method::POST,
                "/events/summaries",
                String::from("/events/summaries"),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(self, request, |response| response.empty())
    }
}
