// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Contacts`.
//!
//! Users and leads, looked up by Intercom id or external id, or searched by attribute.

impl crate::Client {
    /// Retrieve a contact
    ///
    /// Returns one contact (user or lead) by its Intercom id.
    ///
    /// A contact that was merged into another one answers with `410 Gone`; the response's `Link` header points at the contact it was merged into.
    ///
    /// `GET /contacts/{id}` (operation `ShowContact`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the contact.
    /// - `params`: optional parameters
    pub async fn show_contact(
        &self,
        id: &str,
        params: &crate::types::ShowContactParams,
    ) -> crate::Result<crate::types::Contact> {
        self.show_contact_with_response(id, params).await.map(crate::Response::into_body)
    }

    /// Like [`Client::show_contact`](crate::Client::show_contact), also returning the status, headers and rate-limit information.
    pub async fn show_contact_with_response(
        &self,
        id: &str,
        params: &crate::types::ShowContactParams,
    ) -> crate::Result<crate::Response<crate::types::Contact>> {
        let mut request = crate::request::ApiRequest::new(
            "ShowContact",
            reqwest::Method::GET,
            "/contacts/{id}",
            ["/contacts/", &crate::request::encode_segment(id)].concat(),
        );
        request
            .query(
                "include_merge_history",
                &params.include_merge_history,
                crate::request::QueryStyle::Form {
                    explode: true,
                },
            )?;
        self.execute(request).await?.json::<crate::types::Contact>()
    }

    /// Retrieve a contact by external id
    ///
    /// Returns the user whose `external_id` (the identifier your own system assigned) matches the path. Leads cannot be looked up this way.
    ///
    /// A contact that was merged into another one answers with `410 Gone`.
    ///
    /// `GET /contacts/find_by_external_id/{external_id}` (operation `ShowContactByExternalId`)
    ///
    /// Arguments:
    /// - `external_id`: The external id of the user.
    /// - `params`: optional parameters
    pub async fn show_contact_by_external_id(
        &self,
        external_id: &str,
        params: &crate::types::ShowContactByExternalIdParams,
    ) -> crate::Result<crate::types::Contact> {
        self.show_contact_by_external_id_with_response(external_id, params)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::show_contact_by_external_id`](crate::Client::show_contact_by_external_id), also returning the status, headers and rate-limit information.
    pub async fn show_contact_by_external_id_with_response(
        &self,
        external_id: &str,
        params: &crate::types::ShowContactByExternalIdParams,
    ) -> crate::Result<crate::Response<crate::types::Contact>> {
        let mut request = crate::request::ApiRequest::new(
            "ShowContactByExternalId",
            reqwest::Method::GET,
            "/contacts/find_by_external_id/{external_id}",
            [
                "/contacts/find_by_external_id/",
                &crate::request::encode_segment(external_id),
            ]
                .concat(),
        );
        request
            .query(
                "include_merge_history",
                &params.include_merge_history,
                crate::request::QueryStyle::Form {
                    explode: true,
                },
            )?;
        self.execute(request).await?.json::<crate::types::Contact>()
    }

    /// Search contacts
    ///
    /// Finds contacts whose attributes match a query and returns them in pages of up to 150 (50 by default).
    ///
    /// A query is either one filter (`field`, `operator`, `value`) or a group of filters joined with `AND` or `OR`; groups can be nested two levels deep with at most 15 filters per group. Searchable fields include the contact's ids, `role`, `name`, `email`, `email_domain`, `phone`, `formatted_phone`, `external_id`, the timestamp fields, location, device and browser fields, `segment_id`, `tag_id` and `custom_attributes.<name>`. Standard timestamps compare to the exact second; date custom attributes compare by UTC calendar day. Merged contacts are excluded, and a newly created contact can take a few minutes to become searchable. To get the next page, send the `pages.next.starting_after` cursor back as `pagination.starting_after`.
    ///
    /// `POST /contacts/search` (operation `SearchContacts`)
    ///
    /// Arguments:
    /// - `body`: the `application/json` request body
    /// - `params`: optional parameters
    pub async fn search_contacts(
        &self,
        body: &crate::types::ContactSearchRequest,
        params: &crate::types::SearchContactsParams,
    ) -> crate::Result<crate::types::ContactList> {
        self.search_contacts_with_response(body, params)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::search_contacts`](crate::Client::search_contacts), also returning the status, headers and rate-limit information.
    pub async fn search_contacts_with_response(
        &self,
        body: &crate::types::ContactSearchRequest,
        params: &crate::types::SearchContactsParams,
    ) -> crate::Result<crate::Response<crate::types::ContactList>> {
        let mut request = crate::request::ApiRequest::new(
            "SearchContacts",
            reqwest::Method::POST,
            "/contacts/search",
            String::from("/contacts/search"),
        );
        request
            .query(
                "include_merge_history",
                &params.include_merge_history,
                crate::request::QueryStyle::Form {
                    explode: true,
                },
            )?;
        request.json(body)?;
        self.execute(request).await?.json::<crate::types::ContactList>()
    }

    /// Every item of [`Client::search_contacts`](crate::Client::search_contacts), across all pages: a stream that fetches the next page only when the items of the previous one have been consumed. It ends after the last page, or after the first error.
    pub fn search_contacts_stream(
        &self,
        body: &crate::types::ContactSearchRequest,
        params: &crate::types::SearchContactsParams,
    ) -> impl futures_core::Stream<
        Item = crate::Result<crate::types::Contact>,
    > + Send + Unpin + '_ {
        crate::pagination::items(self.search_contacts_pages(body, params))
    }

    /// The pages of [`Client::search_contacts`](crate::Client::search_contacts), one by one, fetched lazily.
    pub fn search_contacts_pages(
        &self,
        body: &crate::types::ContactSearchRequest,
        params: &crate::types::SearchContactsParams,
    ) -> impl futures_core::Stream<
        Item = crate::Result<crate::types::ContactList>,
    > + Send + Unpin + '_ {
        let body = body.clone();
        let params = params.clone();
        crate::pagination::paginate_pages(
            None,
            move |page: Option<crate::PageRequest>| {
                let mut body = body.clone();
                let params = params.clone();
                if let Some(crate::PageRequest::Cursor(cursor)) = page {
                    let mut pagination = body.pagination.clone().unwrap_or_default();
                    pagination.starting_after = Some(cursor);
                    body.pagination = Some(pagination);
                }
                async move { self.search_contacts(&body, &params).await }
            },
        )
    }
}
