// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Contacts`.
//!
//! Users and leads: create, read, update, archive, block, merge and delete them, search them by attribute, run bulk jobs, and read what is attached to them (companies, notes, segments, subscriptions, tags, activity and merge history).

impl crate::Client {
    /// List the companies of a contact
    ///
    /// Since 2.7.
    ///
    /// Returns the companies the contact is attached to.
    ///
    /// `GET /contacts/{id}/companies` (operation `listCompaniesForAContact`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the contact.
    pub async fn list_companies_for_a_contact(
        &self,
        id: &str,
    ) -> crate::Result<crate::types::ContactAttachedCompanies> {
        self.list_companies_for_a_contact_with_response(id)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::list_companies_for_a_contact`](crate::Client::list_companies_for_a_contact), also returning the status, headers and rate-limit information.
    pub async fn list_companies_for_a_contact_with_response(
        &self,
        id: &str,
    ) -> crate::Result<crate::Response<crate::types::ContactAttachedCompanies>> {
        let request = crate::request::ApiRequest::new(
            "listCompaniesForAContact",
            reqwest::Method::GET,
            "/contacts/{id}/companies",
            ["/contacts/", &crate::request::encode_segment(id), "/companies"].concat(),
        );
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::ContactAttachedCompanies>()
    }

    /// List the segments of a contact
    ///
    /// Since 2.7.
    ///
    /// Returns the segments the contact currently belongs to.
    ///
    /// `GET /contacts/{contact_id}/segments` (operation `listSegmentsForAContact`)
    ///
    /// Arguments:
    /// - `contact_id`: Intercom's identifier of the contact.
    pub async fn list_segments_for_a_contact(
        &self,
        contact_id: &str,
    ) -> crate::Result<crate::types::ContactSegments> {
        self.list_segments_for_a_contact_with_response(contact_id)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::list_segments_for_a_contact`](crate::Client::list_segments_for_a_contact), also returning the status, headers and rate-limit information.
    pub async fn list_segments_for_a_contact_with_response(
        &self,
        contact_id: &str,
    ) -> crate::Result<crate::Response<crate::types::ContactSegments>> {
        let request = crate::request::ApiRequest::new(
            "listSegmentsForAContact",
            reqwest::Method::GET,
            "/contacts/{contact_id}/segments",
            ["/contacts/", &crate::request::encode_segment(contact_id), "/segments"]
                .concat(),
        );
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::ContactSegments>()
    }

    /// List the subscriptions of a contact
    ///
    /// Since 2.7.
    ///
    /// Returns the subscription types on which the contact made an explicit choice: the opt-out types they opted out of and the opt-in types they opted in to. Types where the contact kept the default are not listed.
    ///
    /// `GET /contacts/{contact_id}/subscriptions` (operation `listSubscriptionsForAContact`)
    ///
    /// Arguments:
    /// - `contact_id`: Intercom's identifier of the contact.
    pub async fn list_subscriptions_for_a_contact(
        &self,
        contact_id: &str,
    ) -> crate::Result<crate::types::SubscriptionTypeList> {
        self.list_subscriptions_for_a_contact_with_response(contact_id)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::list_subscriptions_for_a_contact`](crate::Client::list_subscriptions_for_a_contact), also returning the status, headers and rate-limit information.
    pub async fn list_subscriptions_for_a_contact_with_response(
        &self,
        contact_id: &str,
    ) -> crate::Result<crate::Response<crate::types::SubscriptionTypeList>> {
        let request = crate::request::ApiRequest::new(
            "listSubscriptionsForAContact",
            reqwest::Method::GET,
            "/contacts/{contact_id}/subscriptions",
            ["/contacts/", &crate::request::encode_segment(contact_id), "/subscriptions"]
                .concat(),
        );
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::SubscriptionTypeList>()
    }

    /// List the tags of a contact
    ///
    /// Since 2.7.
    ///
    /// Returns every tag applied to the contact.
    ///
    /// `GET /contacts/{contact_id}/tags` (operation `listTagsForAContact`)
    ///
    /// Arguments:
    /// - `contact_id`: Intercom's identifier of the contact.
    pub async fn list_tags_for_a_contact(
        &self,
        contact_id: &str,
    ) -> crate::Result<crate::types::TagList> {
        self.list_tags_for_a_contact_with_response(contact_id)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::list_tags_for_a_contact`](crate::Client::list_tags_for_a_contact), also returning the status, headers and rate-limit information.
    pub async fn list_tags_for_a_contact_with_response(
        &self,
        contact_id: &str,
    ) -> crate::Result<crate::Response<crate::types::TagList>> {
        let request = crate::request::ApiRequest::new(
            "listTagsForAContact",
            reqwest::Method::GET,
            "/contacts/{contact_id}/tags",
            ["/contacts/", &crate::request::encode_segment(contact_id), "/tags"].concat(),
        );
        crate::client::execute(self, request).await?.json::<crate::types::TagList>()
    }

    /// Retrieve a contact
    ///
    /// Since 2.7.
    ///
    /// Returns one contact (user or lead) by its Intercom id.
    ///
    /// Once merged away, a contact answers `410 Gone`; the response's `Link` header points at the surviving contact (following up to 3 successive merges).
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
    ) -> crate::Result<crate::types::ShowContactResponse> {
        self.show_contact_with_response(id, params).await.map(crate::Response::into_body)
    }

    /// Like [`Client::show_contact`](crate::Client::show_contact), also returning the status, headers and rate-limit information.
    pub async fn show_contact_with_response(
        &self,
        id: &str,
        params: &crate::types::ShowContactParams,
    ) -> crate::Result<crate::Response<crate::types::ShowContactResponse>> {
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
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::ShowContactResponse>()
    }

    /// Update a contact
    ///
    /// Since 2.7.
    ///
    /// Changes attributes of a user or lead; attributes left out keep their value.
    ///
    /// The same call links the contact to custom object instances: set the custom attribute that refers to the object type to a list of instance ids, for example `"custom_attributes": {"order": ["40117"]}`.
    ///
    /// `PUT /contacts/{id}` (operation `UpdateContact`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the contact.
    /// - `body`: the `application/json` request body
    /// - `params`: optional parameters
    pub async fn update_contact(
        &self,
        id: &str,
        body: &crate::types::UpdateContactRequest,
        params: &crate::types::UpdateContactParams,
    ) -> crate::Result<crate::types::UpdateContactResponse> {
        self.update_contact_with_response(id, body, params)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::update_contact`](crate::Client::update_contact), also returning the status, headers and rate-limit information.
    pub async fn update_contact_with_response(
        &self,
        id: &str,
        body: &crate::types::UpdateContactRequest,
        params: &crate::types::UpdateContactParams,
    ) -> crate::Result<crate::Response<crate::types::UpdateContactResponse>> {
        let mut request = crate::request::ApiRequest::new(
            "UpdateContact",
            reqwest::Method::PUT,
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
        request.json(body)?;
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::UpdateContactResponse>()
    }

    /// Delete a contact
    ///
    /// Since 2.7.
    ///
    /// Permanently deletes a user or lead.
    ///
    /// `DELETE /contacts/{id}` (operation `DeleteContact`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the contact.
    pub async fn delete_contact(
        &self,
        id: &str,
    ) -> crate::Result<crate::types::ContactDeleted> {
        self.delete_contact_with_response(id).await.map(crate::Response::into_body)
    }

    /// Like [`Client::delete_contact`](crate::Client::delete_contact), also returning the status, headers and rate-limit information.
    pub async fn delete_contact_with_response(
        &self,
        id: &str,
    ) -> crate::Result<crate::Response<crate::types::ContactDeleted>> {
        let request = crate::request::ApiRequest::new(
            "DeleteContact",
            reqwest::Method::DELETE,
            "/contacts/{id}",
            ["/contacts/", &crate::request::encode_segment(id)].concat(),
        );
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::ContactDeleted>()
    }

    /// Merge a lead into a user
    ///
    /// Since 2.7.
    ///
    /// Merges the lead `from` into the user `into` and returns the user. Afterwards the lead is gone: fetching it answers `410 Gone` with a `Link` header naming the user, and it no longer appears in lists or searches. Replace any stored id of the lead with the user's id.
    ///
    /// By default both contacts must share an email, phone or external id; `skip_duplicate_validation` lifts that rule.
    ///
    /// `POST /contacts/merge` (operation `MergeContact`)
    ///
    /// Arguments:
    /// - `body`: the `application/json` request body
    /// - `params`: optional parameters
    pub async fn merge_contact(
        &self,
        body: &crate::types::MergeContactsRequest,
        params: &crate::types::MergeContactParams,
    ) -> crate::Result<crate::types::MergeContactResponse> {
        self.merge_contact_with_response(body, params)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::merge_contact`](crate::Client::merge_contact), also returning the status, headers and rate-limit information.
    pub async fn merge_contact_with_response(
        &self,
        body: &crate::types::MergeContactsRequest,
        params: &crate::types::MergeContactParams,
    ) -> crate::Result<crate::Response<crate::types::MergeContactResponse>> {
        let mut request = crate::request::ApiRequest::new(
            "MergeContact",
            reqwest::Method::POST,
            "/contacts/merge",
            String::from("/contacts/merge"),
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
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::MergeContactResponse>()
    }

    /// Preview a merge
    ///
    /// Preview only: Intercom's unstable version.
    ///
    /// Dry run of the merge operation, taking the same body (a lead in `from`, a user in `into`): nothing is changed. When `allowed` is `true` the answer lists every attribute change (with the value the user would end up with) and, per object type, how many objects the lead would hand over (`from`) and how many the user already has (`into`), for conversations (tickets excluded), tickets, phone calls (phone leads only), notes and tags.
    ///
    /// When `allowed` is `false`, `reasons` says why, each with a stable `code` to branch on: `invalid_merge_role_pair` (the roles do not allow it: lead into user only), `no_shared_identifier` (nothing in common among email, phone and external id; set `skip_duplicate_validation` lifts this check), `facebook_user`, `external_lead_channel_not_allowed` or `mailing_list` (contacts of these origins cannot be merged).
    ///
    /// `POST /contacts/merge/preview` (operation `PreviewMergeContact`)
    ///
    /// Arguments:
    /// - `body`: the `application/json` request body
    pub async fn preview_merge_contact(
        &self,
        body: &crate::types::MergePreviewRequest,
    ) -> crate::Result<crate::types::MergePreviewResponse> {
        self.preview_merge_contact_with_response(body)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::preview_merge_contact`](crate::Client::preview_merge_contact), also returning the status, headers and rate-limit information.
    pub async fn preview_merge_contact_with_response(
        &self,
        body: &crate::types::MergePreviewRequest,
    ) -> crate::Result<crate::Response<crate::types::MergePreviewResponse>> {
        let mut request = crate::request::ApiRequest::new(
            "PreviewMergeContact",
            reqwest::Method::POST,
            "/contacts/merge/preview",
            String::from("/contacts/merge/preview"),
        );
        request.json(body)?;
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::MergePreviewResponse>()
    }

    /// Search contacts
    ///
    /// Since 2.7.
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
        crate::client::execute(self, request).await?.json::<crate::types::ContactList>()
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
            "SearchContacts",
            None,
            move |page: Option<crate::PageRequest>| {
                let mut body = body.clone();
                let params = params.clone();
                if let Some(crate::PageRequest::Cursor(cursor)) = page {
                    let mut pagination = match body.pagination.clone() {
                        Some(crate::Nullable::Value(value)) => value,
                        _ => Default::default(),
                    };
                    pagination.starting_after = Some(cursor);
                    body.pagination = Some(crate::Nullable::Value(pagination));
                }
                async move { self.search_contacts(&body, &params).await }
            },
        )
    }

    /// List contact activity
    ///
    /// Preview only: Intercom's unstable version.
    ///
    /// Returns activity events of the workspace's contacts (created, role changed, merged, merge failed, deleted), oldest first, in pages of 50 by default and 150 at most. Pass `pages.next.starting_after` back as `starting_after` for the next page.
    ///
    /// `GET /contacts/activities` (operation `ListContactActivities`)
    ///
    /// Arguments:
    /// - `params`: optional parameters
    pub async fn list_contact_activities(
        &self,
        params: &crate::types::ListContactActivitiesParams,
    ) -> crate::Result<crate::types::ContactActivityList> {
        self.list_contact_activities_with_response(params)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::list_contact_activities`](crate::Client::list_contact_activities), also returning the status, headers and rate-limit information.
    pub async fn list_contact_activities_with_response(
        &self,
        params: &crate::types::ListContactActivitiesParams,
    ) -> crate::Result<crate::Response<crate::types::ContactActivityList>> {
        let mut request = crate::request::ApiRequest::new(
            "ListContactActivities",
            reqwest::Method::GET,
            "/contacts/activities",
            String::from("/contacts/activities"),
        );
        request
            .query(
                "per_page",
                &params.per_page,
                crate::request::QueryStyle::Form {
                    explode: true,
                },
            )?;
        request
            .query(
                "starting_after",
                &params.starting_after,
                crate::request::QueryStyle::Form {
                    explode: true,
                },
            )?;
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::ContactActivityList>()
    }

    /// Every item of [`Client::list_contact_activities`](crate::Client::list_contact_activities), across all pages: a stream that fetches the next page only when the items of the previous one have been consumed. It ends after the last page, or after the first error.
    pub fn list_contact_activities_stream(
        &self,
        params: &crate::types::ListContactActivitiesParams,
    ) -> impl futures_core::Stream<
        Item = crate::Result<crate::types::ContactActivity>,
    > + Send + Unpin + '_ {
        crate::pagination::items(self.list_contact_activities_pages(params))
    }

    /// The pages of [`Client::list_contact_activities`](crate::Client::list_contact_activities), one by one, fetched lazily.
    pub fn list_contact_activities_pages(
        &self,
        params: &crate::types::ListContactActivitiesParams,
    ) -> impl futures_core::Stream<
        Item = crate::Result<crate::types::ContactActivityList>,
    > + Send + Unpin + '_ {
        let params = params.clone();
        crate::pagination::paginate_pages(
            "ListContactActivities",
            None,
            move |page: Option<crate::PageRequest>| {
                let mut params = params.clone();
                if let Some(crate::PageRequest::Cursor(cursor)) = page {
                    params.starting_after = Some(cursor);
                }
                async move { self.list_contact_activities(&params).await }
            },
        )
    }

    /// List all contacts
    ///
    /// Since 2.7.
    ///
    /// Lists the users and leads of the workspace, 50 per page by default. Contacts that were merged into another one are not listed. Pass `pages.next.starting_after` back as `starting_after` for the next page.
    ///
    /// `GET /contacts` (operation `ListContacts`)
    ///
    /// Arguments:
    /// - `params`: optional parameters
    pub async fn list_contacts(
        &self,
        params: &crate::types::ListContactsParams,
    ) -> crate::Result<crate::types::ContactList> {
        self.list_contacts_with_response(params).await.map(crate::Response::into_body)
    }

    /// Like [`Client::list_contacts`](crate::Client::list_contacts), also returning the status, headers and rate-limit information.
    pub async fn list_contacts_with_response(
        &self,
        params: &crate::types::ListContactsParams,
    ) -> crate::Result<crate::Response<crate::types::ContactList>> {
        let mut request = crate::request::ApiRequest::new(
            "ListContacts",
            reqwest::Method::GET,
            "/contacts",
            String::from("/contacts"),
        );
        request
            .query(
                "include_merge_history",
                &params.include_merge_history,
                crate::request::QueryStyle::Form {
                    explode: true,
                },
            )?;
        request
            .query(
                "per_page",
                &params.per_page,
                crate::request::QueryStyle::Form {
                    explode: true,
                },
            )?;
        request
            .query(
                "starting_after",
                &params.starting_after,
                crate::request::QueryStyle::Form {
                    explode: true,
                },
            )?;
        crate::client::execute(self, request).await?.json::<crate::types::ContactList>()
    }

    /// Every item of [`Client::list_contacts`](crate::Client::list_contacts), across all pages: a stream that fetches the next page only when the items of the previous one have been consumed. It ends after the last page, or after the first error.
    pub fn list_contacts_stream(
        &self,
        params: &crate::types::ListContactsParams,
    ) -> impl futures_core::Stream<
        Item = crate::Result<crate::types::Contact>,
    > + Send + Unpin + '_ {
        crate::pagination::items(self.list_contacts_pages(params))
    }

    /// The pages of [`Client::list_contacts`](crate::Client::list_contacts), one by one, fetched lazily.
    pub fn list_contacts_pages(
        &self,
        params: &crate::types::ListContactsParams,
    ) -> impl futures_core::Stream<
        Item = crate::Result<crate::types::ContactList>,
    > + Send + Unpin + '_ {
        let params = params.clone();
        crate::pagination::paginate_pages(
            "ListContacts",
            None,
            move |page: Option<crate::PageRequest>| {
                let mut params = params.clone();
                if let Some(crate::PageRequest::Cursor(cursor)) = page {
                    params.starting_after = Some(cursor);
                }
                async move { self.list_contacts(&params).await }
            },
        )
    }

    /// Create a contact
    ///
    /// Since 2.7.
    ///
    /// Creates a user or a lead. The body needs at least one of `email`, `external_id` or `role`.
    ///
    /// `POST /contacts` (operation `CreateContact`)
    ///
    /// Arguments:
    /// - `body`: the `application/json` request body
    pub async fn create_contact(
        &self,
        body: &crate::types::CreateContactRequest,
    ) -> crate::Result<crate::types::CreateContactResponse> {
        self.create_contact_with_response(body).await.map(crate::Response::into_body)
    }

    /// Like [`Client::create_contact`](crate::Client::create_contact), also returning the status, headers and rate-limit information.
    pub async fn create_contact_with_response(
        &self,
        body: &crate::types::CreateContactRequest,
    ) -> crate::Result<crate::Response<crate::types::CreateContactResponse>> {
        let mut request = crate::request::ApiRequest::new(
            "CreateContact",
            reqwest::Method::POST,
            "/contacts",
            String::from("/contacts"),
        );
        request.json(body)?;
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::CreateContactResponse>()
    }

    /// Retrieve a contact by external id
    ///
    /// Since 2.13.
    ///
    /// Returns the user whose `external_id` (the identifier your own system assigned) matches the path. Leads cannot be looked up this way.
    ///
    /// Asking for a user that was merged into another contact answers `410 Gone`, with the surviving contact in the `Link` header.
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
    ) -> crate::Result<crate::types::ShowContactByExternalIdResponse> {
        self.show_contact_by_external_id_with_response(external_id, params)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::show_contact_by_external_id`](crate::Client::show_contact_by_external_id), also returning the status, headers and rate-limit information.
    pub async fn show_contact_by_external_id_with_response(
        &self,
        external_id: &str,
        params: &crate::types::ShowContactByExternalIdParams,
    ) -> crate::Result<crate::Response<crate::types::ShowContactByExternalIdResponse>> {
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
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::ShowContactByExternalIdResponse>()
    }

    /// Archive a contact
    ///
    /// Since 2.7.
    ///
    /// Archives a user or lead; it can be restored with the unarchive operation.
    ///
    /// `POST /contacts/{id}/archive` (operation `ArchiveContact`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the contact.
    pub async fn archive_contact(
        &self,
        id: &str,
    ) -> crate::Result<crate::types::ContactArchived> {
        self.archive_contact_with_response(id).await.map(crate::Response::into_body)
    }

    /// Like [`Client::archive_contact`](crate::Client::archive_contact), also returning the status, headers and rate-limit information.
    pub async fn archive_contact_with_response(
        &self,
        id: &str,
    ) -> crate::Result<crate::Response<crate::types::ContactArchived>> {
        let request = crate::request::ApiRequest::new(
            "ArchiveContact",
            reqwest::Method::POST,
            "/contacts/{id}/archive",
            ["/contacts/", &crate::request::encode_segment(id), "/archive"].concat(),
        );
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::ContactArchived>()
    }

    /// Unarchive a contact
    ///
    /// Since 2.7.
    ///
    /// Restores an archived user or lead.
    ///
    /// `POST /contacts/{id}/unarchive` (operation `UnarchiveContact`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the contact.
    pub async fn unarchive_contact(
        &self,
        id: &str,
    ) -> crate::Result<crate::types::ContactUnarchived> {
        self.unarchive_contact_with_response(id).await.map(crate::Response::into_body)
    }

    /// Like [`Client::unarchive_contact`](crate::Client::unarchive_contact), also returning the status, headers and rate-limit information.
    pub async fn unarchive_contact_with_response(
        &self,
        id: &str,
    ) -> crate::Result<crate::Response<crate::types::ContactUnarchived>> {
        let request = crate::request::ApiRequest::new(
            "UnarchiveContact",
            reqwest::Method::POST,
            "/contacts/{id}/unarchive",
            ["/contacts/", &crate::request::encode_segment(id), "/unarchive"].concat(),
        );
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::ContactUnarchived>()
    }

    /// Block a contact
    ///
    /// Since 2.13.
    ///
    /// Blocks a user or lead, for example a spammer. All of the contact's conversations are archived as part of the block.
    ///
    /// `POST /contacts/{id}/block` (operation `BlockContact`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the contact.
    pub async fn block_contact(
        &self,
        id: &str,
    ) -> crate::Result<crate::types::ContactBlocked> {
        self.block_contact_with_response(id).await.map(crate::Response::into_body)
    }

    /// Like [`Client::block_contact`](crate::Client::block_contact), also returning the status, headers and rate-limit information.
    pub async fn block_contact_with_response(
        &self,
        id: &str,
    ) -> crate::Result<crate::Response<crate::types::ContactBlocked>> {
        let request = crate::request::ApiRequest::new(
            "BlockContact",
            reqwest::Method::POST,
            "/contacts/{id}/block",
            ["/contacts/", &crate::request::encode_segment(id), "/block"].concat(),
        );
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::ContactBlocked>()
    }

    /// List a contact's merge history
    ///
    /// Since 2.16.
    ///
    /// Returns the contacts that were merged into this user, page by page. Only users have a merge history: a lead, like an unknown id, answers `404`.
    ///
    /// `GET /contacts/{id}/merge_history` (operation `ListContactMergeHistory`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the user.
    /// - `params`: optional parameters
    pub async fn list_contact_merge_history(
        &self,
        id: &str,
        params: &crate::types::ListContactMergeHistoryParams,
    ) -> crate::Result<crate::types::MergeHistoryList> {
        self.list_contact_merge_history_with_response(id, params)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::list_contact_merge_history`](crate::Client::list_contact_merge_history), also returning the status, headers and rate-limit information.
    pub async fn list_contact_merge_history_with_response(
        &self,
        id: &str,
        params: &crate::types::ListContactMergeHistoryParams,
    ) -> crate::Result<crate::Response<crate::types::MergeHistoryList>> {
        let mut request = crate::request::ApiRequest::new(
            "ListContactMergeHistory",
            reqwest::Method::GET,
            "/contacts/{id}/merge_history",
            ["/contacts/", &crate::request::encode_segment(id), "/merge_history"]
                .concat(),
        );
        request
            .query(
                "cursor",
                &params.cursor,
                crate::request::QueryStyle::Form {
                    explode: true,
                },
            )?;
        request
            .query(
                "per_page",
                &params.per_page,
                crate::request::QueryStyle::Form {
                    explode: true,
                },
            )?;
        request
            .query(
                "order",
                &params.order,
                crate::request::QueryStyle::Form {
                    explode: true,
                },
            )?;
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::MergeHistoryList>()
    }

    /// Update contacts in bulk
    ///
    /// Preview only: Intercom's unstable version.
    ///
    /// Starts a background job that updates up to 100 contacts, each named by its Intercom `id`; a `tags` object per contact adds or removes tags. Fields outside the request schema are ignored. Tags are applied on a best-effort basis: unknown tag ids are skipped and not reported. Poll the job with the get-bulk-contacts-job operation, and pass `job.id` to add work to an existing job.
    ///
    /// `PUT /contacts/bulk` (operation `BulkUpdateContacts`)
    ///
    /// Arguments:
    /// - `body`: the `application/json` request body
    pub async fn bulk_update_contacts(
        &self,
        body: &crate::types::BulkUpdateContactsRequest,
    ) -> crate::Result<crate::types::ContactsBulkJob> {
        self.bulk_update_contacts_with_response(body)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::bulk_update_contacts`](crate::Client::bulk_update_contacts), also returning the status, headers and rate-limit information.
    pub async fn bulk_update_contacts_with_response(
        &self,
        body: &crate::types::BulkUpdateContactsRequest,
    ) -> crate::Result<crate::Response<crate::types::ContactsBulkJob>> {
        let mut request = crate::request::ApiRequest::new(
            "BulkUpdateContacts",
            reqwest::Method::PUT,
            "/contacts/bulk",
            String::from("/contacts/bulk"),
        );
        request.json(body)?;
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::ContactsBulkJob>()
    }

    /// Create contacts in bulk
    ///
    /// Preview only: Intercom's unstable version.
    ///
    /// Starts a background job that creates up to 100 contacts. It never updates: an item whose `external_id` or `email` already belongs to a contact (archived ones included) is rejected, the job ends `completed_with_errors`, and the other items are still created. Fields outside the request schema are ignored.
    ///
    /// The job does not return the new contacts' ids; find them afterwards by external id or by search. Tags are applied on a best-effort basis: unknown tag ids are skipped and not reported. Poll the job with the get-bulk-contacts-job operation, and pass `job.id` to add work to an existing job.
    ///
    /// `POST /contacts/bulk` (operation `BulkCreateContacts`)
    ///
    /// Arguments:
    /// - `body`: the `application/json` request body
    pub async fn bulk_create_contacts(
        &self,
        body: &crate::types::BulkCreateContactsRequest,
    ) -> crate::Result<crate::types::ContactsBulkJob> {
        self.bulk_create_contacts_with_response(body)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::bulk_create_contacts`](crate::Client::bulk_create_contacts), also returning the status, headers and rate-limit information.
    pub async fn bulk_create_contacts_with_response(
        &self,
        body: &crate::types::BulkCreateContactsRequest,
    ) -> crate::Result<crate::Response<crate::types::ContactsBulkJob>> {
        let mut request = crate::request::ApiRequest::new(
            "BulkCreateContacts",
            reqwest::Method::POST,
            "/contacts/bulk",
            String::from("/contacts/bulk"),
        );
        request.json(body)?;
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::ContactsBulkJob>()
    }

    /// Delete contacts in bulk
    ///
    /// Preview only: Intercom's unstable version.
    ///
    /// Starts a background job that permanently deletes up to 100 contacts, each named by its Intercom `id`. A contact that does not exist or cannot be deleted fails only its own item and makes the job end `completed_with_errors`. Poll the job with the get-bulk-contacts-job operation, and pass `job.id` to add work to an existing job.
    ///
    /// `POST /contacts/bulk/delete` (operation `BulkDeleteContacts`)
    ///
    /// Arguments:
    /// - `body`: the `application/json` request body
    pub async fn bulk_delete_contacts(
        &self,
        body: &crate::types::BulkDeleteContactsRequest,
    ) -> crate::Result<crate::types::ContactsBulkJob> {
        self.bulk_delete_contacts_with_response(body)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::bulk_delete_contacts`](crate::Client::bulk_delete_contacts), also returning the status, headers and rate-limit information.
    pub async fn bulk_delete_contacts_with_response(
        &self,
        body: &crate::types::BulkDeleteContactsRequest,
    ) -> crate::Result<crate::Response<crate::types::ContactsBulkJob>> {
        let mut request = crate::request::ApiRequest::new(
            "BulkDeleteContacts",
            reqwest::Method::POST,
            "/contacts/bulk/delete",
            String::from("/contacts/bulk/delete"),
        );
        request.json(body)?;
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::ContactsBulkJob>()
    }

    /// Get a bulk contacts job
    ///
    /// Preview only: Intercom's unstable version.
    ///
    /// Returns a bulk contacts job (create, update or delete) and its tasks. `state` moves from `pending` to `running` and ends as `completed` or, when some items failed, `completed_with_errors`.
    ///
    /// `GET /contacts/bulk/{id}` (operation `ShowBulkUpdateContactsJob`)
    ///
    /// Arguments:
    /// - `id`: The job id returned when the job was started.
    pub async fn show_bulk_update_contacts_job(
        &self,
        id: &str,
    ) -> crate::Result<crate::types::ContactsBulkJob> {
        self.show_bulk_update_contacts_job_with_response(id)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::show_bulk_update_contacts_job`](crate::Client::show_bulk_update_contacts_job), also returning the status, headers and rate-limit information.
    pub async fn show_bulk_update_contacts_job_with_response(
        &self,
        id: &str,
    ) -> crate::Result<crate::Response<crate::types::ContactsBulkJob>> {
        let request = crate::request::ApiRequest::new(
            "ShowBulkUpdateContactsJob",
            reqwest::Method::GET,
            "/contacts/bulk/{id}",
            ["/contacts/bulk/", &crate::request::encode_segment(id)].concat(),
        );
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::ContactsBulkJob>()
    }
}
