// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Segments`.
//!
//! Saved filters that group contacts, and the segments a contact or company is in.

/// # Segments
///
/// Saved filters that group contacts, and the segments a contact or company is in.
impl crate::Client {
    /// List all segments
    ///
    /// Since 2.7.
    ///
    /// Returns every segment of the workspace.
    ///
    /// `GET /segments` (operation `listSegments`)
    ///
    /// Arguments:
    /// - `params`: optional parameters
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::ListSegmentsParams;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let params = ListSegmentsParams {
    ///         include_count: Some(true),
    ///     };
    ///     let segment_list = client.list_segments(&params).await?;
    ///     println!("{segment_list:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_segments(
        &self,
        params: &crate::types::ListSegmentsParams,
    ) -> crate::Call<'_, crate::types::SegmentList> {
        let request = crate::request::ApiRequest::new(
                "listSegments",
                reqwest::Method::GET,
                "/segments",
                String::from("/segments"),
            )
            .with(|request| {
                request
                    .query(
                        "include_count",
                        &params.include_count,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::SegmentList>(),
        )
    }

    /// Retrieve a segment
    ///
    /// Since 2.7.
    ///
    /// Returns one segment by its id.
    ///
    /// `GET /segments/{id}` (operation `retrieveSegment`)
    ///
    /// Arguments:
    /// - `id`: Identifier of the segment.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let segment = client.retrieve_segment("66a1f4e6b8e4d70012ab3610").await?;
    ///     println!("{segment:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn retrieve_segment(&self, id: &str) -> crate::Call<'_, crate::types::Segment> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "retrieveSegment",
                reqwest::Method::GET,
                "/segments/{id}",
                ["/segments/", &crate::request::encode_segment(id)].concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::Segment>(),
        )
    }
}
