// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Segments`.
//!
//! Saved filters that group contacts, and the segments a contact or company is in.

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
    pub async fn list_segments(
        &self,
        params: &crate::types::ListSegmentsParams,
    ) -> crate::Result<crate::types::SegmentList> {
        self.list_segments_with_response(params).await.map(crate::Response::into_body)
    }

    /// Like [`Client::list_segments`](crate::Client::list_segments), also returning the status, headers and rate-limit information.
    pub async fn list_segments_with_response(
        &self,
        params: &crate::types::ListSegmentsParams,
    ) -> crate::Result<crate::Response<crate::types::SegmentList>> {
        let mut request = crate::request::ApiRequest::new(
            "listSegments",
            reqwest::Method::GET,
            "/segments",
            String::from("/segments"),
        );
        request
            .query(
                "include_count",
                &params.include_count,
                crate::request::QueryStyle::Form {
                    explode: true,
                },
            )?;
        crate::client::execute(self, request).await?.json::<crate::types::SegmentList>()
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
    pub async fn retrieve_segment(
        &self,
        id: &str,
    ) -> crate::Result<crate::types::Segment> {
        self.retrieve_segment_with_response(id).await.map(crate::Response::into_body)
    }

    /// Like [`Client::retrieve_segment`](crate::Client::retrieve_segment), also returning the status, headers and rate-limit information.
    pub async fn retrieve_segment_with_response(
        &self,
        id: &str,
    ) -> crate::Result<crate::Response<crate::types::Segment>> {
        let request = crate::request::ApiRequest::new(
            "retrieveSegment",
            reqwest::Method::GET,
            "/segments/{id}",
            ["/segments/", &crate::request::encode_segment(id)].concat(),
        );
        crate::client::execute(self, request).await?.json::<crate::types::Segment>()
    }
}
