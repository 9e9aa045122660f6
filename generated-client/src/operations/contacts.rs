// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Contacts`.
//!
//! Users and leads: create, read, update, archive, block, merge and delete them, search them by attribute, run bulk jobs, and read what is attached to them (companies, notes, segments, subscriptions, tags, activity and merge history).

/// # Contacts
///
/// Users and leads: create, read, update, archive, block, merge and delete them, search them by attribute, run bulk jobs, and read what is attached to them (companies, notes, segments, subscriptions, tags, activity and merge history).
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let contact_attached_companies = client
    ///         .list_companies_for_a_contact("66a1f3c2b8e4d70012ab34cd")
    ///         .await?;
    ///     println!("{contact_attached_companies:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_companies_for_a_contact(
        &self,
        id: &str,
    ) -> crate::Call<'_, crate::types::ContactAttachedCompanies> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "listCompaniesForAContact",
                reqwest::Method::GET,
                "/contacts/{id}/companies",
                ["/contacts/", &crate::request::encode_segment(id), "/companies"]
                    .concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ContactAttachedCompanies>(),
        )
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let contact_segments = client
    ///         .list_segments_for_a_contact("66a1f3c2b8e4d70012ab34cd")
    ///         .await?;
    ///     println!("{contact_segments:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_segments_for_a_contact(
        &self,
        contact_id: &str,
    ) -> crate::Call<'_, crate::types::ContactSegments> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "listSegmentsForAContact",
                reqwest::Method::GET,
                "/contacts/{contact_id}/segments",
                ["/contacts/", &crate::request::encode_segment(contact_id), "/segments"]
                    .concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ContactSegments>(),
        )
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let subscription_type_list = client
    ///         .list_subscriptions_for_a_contact("66a1f3c2b8e4d70012ab34cd")
    ///         .await?;
    ///     println!("{subscription_type_list:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_subscriptions_for_a_contact(
        &self,
        contact_id: &str,
    ) -> crate::Call<'_, crate::types::SubscriptionTypeList> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "listSubscriptionsForAContact",
                reqwest::Method::GET,
                "/contacts/{contact_id}/subscriptions",
                [
                    "/contacts/",
                    &crate::request::encode_segment(contact_id),
                    "/subscriptions",
                ]
                    .concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::SubscriptionTypeList>(),
        )
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let tag_list = client.list_tags_for_a_contact("66a1f3c2b8e4d70012ab34cd").await?;
    ///     println!("{tag_list:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_tags_for_a_contact(
        &self,
        contact_id: &str,
    ) -> crate::Call<'_, crate::types::TagList> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "listTagsForAContact",
                reqwest::Method::GET,
                "/contacts/{contact_id}/tags",
                ["/contacts/", &crate::request::encode_segment(contact_id), "/tags"]
                    .concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::TagList>(),
        )
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::ShowContactParams;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let params = ShowContactParams {
    ///         include_merge_history: Some(true),
    ///     };
    ///     let show_contact_response = client
    ///         .show_contact("66a1f3c2b8e4d70012ab34cd", &params)
    ///         .await?;
    ///     println!("{show_contact_response:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn show_contact(
        &self,
        id: &str,
        params: &crate::types::ShowContactParams,
    ) -> crate::Call<'_, crate::types::ShowContactResponse> {
        let request = crate::request::ApiRequest::new(
                "ShowContact",
                reqwest::Method::GET,
                "/contacts/{id}",
                ["/contacts/", &crate::request::encode_segment(id)].concat(),
            )
            .with(|request| {
                request
                    .query(
                        "include_merge_history",
                        &params.include_merge_history,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ShowContactResponse>(),
        )
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
    /// - `params`: optional parameters
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{UpdateContactParams, UpdateContactRequest};
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = UpdateContactRequest::new()
    ///         .name("Tomás Reyes")
    ///         .custom_attributes(
    ///             std::collections::BTreeMap::from([
    ///                 ("loyalty_tier".to_string(), serde_json::json!("silver")),
    ///             ]),
    ///         );
    ///     let params = UpdateContactParams {
    ///         include_merge_history: Some(true),
    ///     };
    ///     let update_contact_response = client
    ///         .update_contact("66a1f3c2b8e4d70012ab34cd", &request, &params)
    ///         .await?;
    ///     println!("{update_contact_response:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn update_contact(
        &self,
        id: &str,
        body: &crate::types::UpdateContactRequest,
        params: &crate::types::UpdateContactParams,
    ) -> crate::Call<'_, crate::types::UpdateContactResponse> {
        let request = crate::request::ApiRequest::new(
                "UpdateContact",
                reqwest::Method::PUT,
                "/contacts/{id}",
                ["/contacts/", &crate::request::encode_segment(id)].concat(),
            )
            .with(|request| {
                request
                    .query(
                        "include_merge_history",
                        &params.include_merge_history,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::UpdateContactResponse>(),
        )
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let contact_deleted = client.delete_contact("66a1f3c2b8e4d70012ab34cd").await?;
    ///     println!("{contact_deleted:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn delete_contact(
        &self,
        id: &str,
    ) -> crate::Call<'_, crate::types::ContactDeleted> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "DeleteContact",
                reqwest::Method::DELETE,
                "/contacts/{id}",
                ["/contacts/", &crate::request::encode_segment(id)].concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ContactDeleted>(),
        )
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
    /// - `params`: optional parameters
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{MergeContactParams, MergeContactsRequest};
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = MergeContactsRequest::new(
    ///         "66a1f3d9b8e4d70012ab34e2",
    ///         "66a1f3c2b8e4d70012ab34cd",
    ///     );
    ///     let params = MergeContactParams {
    ///         include_merge_history: Some(true),
    ///     };
    ///     let merge_contact_response = client.merge_contact(&request, &params).await?;
    ///     println!("{merge_contact_response:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn merge_contact(
        &self,
        body: &crate::types::MergeContactsRequest,
        params: &crate::types::MergeContactParams,
    ) -> crate::Call<'_, crate::types::MergeContactResponse> {
        let request = crate::request::ApiRequest::new(
                "MergeContact",
                reqwest::Method::POST,
                "/contacts/merge",
                String::from("/contacts/merge"),
            )
            .with(|request| {
                request
                    .query(
                        "include_merge_history",
                        &params.include_merge_history,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::MergeContactResponse>(),
        )
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
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::MergePreviewRequest;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = MergePreviewRequest::new(
    ///         "66a1f3d9b8e4d70012ab34e2",
    ///         "66a1f3c2b8e4d70012ab34cd",
    ///     );
    ///     let merge_preview_response = client.preview_merge_contact(&request).await?;
    ///     println!("{merge_preview_response:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn preview_merge_contact(
        &self,
        body: &crate::types::MergePreviewRequest,
    ) -> crate::Call<'_, crate::types::MergePreviewResponse> {
        let request = crate::request::ApiRequest::new(
                "PreviewMergeContact",
                reqwest::Method::POST,
                "/contacts/merge/preview",
                String::from("/contacts/merge/preview"),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::MergePreviewResponse>(),
        )
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
    /// - `params`: optional parameters
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{
    ///     ContactSearchRequest, MultipleFilterSearchRequest,
    ///     MultipleFilterSearchRequestOperator, MultipleFilterSearchRequestValue,
    ///     SearchContactsParams, SearchRequestSort, SearchRequestSortOrder,
    ///     SingleFilterSearchRequest, SingleFilterSearchRequestOperator, StartingAfterPaging,
    /// };
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = ContactSearchRequest::new(
    ///             MultipleFilterSearchRequest::new()
    ///                 .operator(MultipleFilterSearchRequestOperator::And)
    ///                 .value(
    ///                     MultipleFilterSearchRequestValue::Single(
    ///                         Vec::from([
    ///                             SingleFilterSearchRequest::new()
    ///                                 .field("role")
    ///                                 .operator(SingleFilterSearchRequestOperator::Equals)
    ///                                 .value("user"),
    ///                             SingleFilterSearchRequest::new()
    ///                                 .field("email_domain")
    ///                                 .operator(SingleFilterSearchRequestOperator::Equals)
    ///                                 .value("example.org"),
    ///                         ]),
    ///                     ),
    ///                 ),
    ///         )
    ///         .pagination(StartingAfterPaging::new().per_page(50))
    ///         .sort(
    ///             SearchRequestSort::new()
    ///                 .field("created_at")
    ///                 .order(SearchRequestSortOrder::Descending),
    ///         );
    ///     let params = SearchContactsParams {
    ///         include_merge_history: Some(true),
    ///     };
    ///     let contact_list = client.search_contacts(&request, &params).await?;
    ///     println!("{contact_list:?}");
    ///     let mut items = client.search_contacts_stream(&request, &params);
    ///     while let Some(item) = items.try_next().await? {
    ///         println!("{item:?}");
    ///     }
    ///     Ok(())
    /// }
    /// ```
    pub fn search_contacts(
        &self,
        body: &crate::types::ContactSearchRequest,
        params: &crate::types::SearchContactsParams,
    ) -> crate::Call<'_, crate::types::ContactList> {
        let request = crate::request::ApiRequest::new(
                "SearchContacts",
                reqwest::Method::POST,
                "/contacts/search",
                String::from("/contacts/search"),
            )
            .with(|request| {
                request
                    .query(
                        "include_merge_history",
                        &params.include_merge_history,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ContactList>(),
        )
    }

    /// Every item of [`Client::search_contacts`](crate::Client::search_contacts), across all pages: a stream that fetches the next page only when the items of the previous one have been consumed. It ends after the last page, or after the first error.
    pub fn search_contacts_stream(
        &self,
        body: &crate::types::ContactSearchRequest,
        params: &crate::types::SearchContactsParams,
    ) -> crate::Paginated<'_, crate::types::Contact> {
        crate::pagination::items(self.search_contacts_pages(body, params))
    }

    /// The pages of [`Client::search_contacts`](crate::Client::search_contacts), one by one, fetched lazily.
    pub fn search_contacts_pages(
        &self,
        body: &crate::types::ContactSearchRequest,
        params: &crate::types::SearchContactsParams,
    ) -> crate::Paginated<'_, crate::types::ContactList> {
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
                        _ => crate::wire::Blank::blank(),
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::ListContactActivitiesParams;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let params = ListContactActivitiesParams {
    ///         per_page: Some(20),
    ///         starting_after: Some("WzE3Njc5NjQwMDAwMDAsIjAwMDRkOSJd".to_string()),
    ///     };
    ///     let contact_activity_list = client.list_contact_activities(&params).await?;
    ///     println!("{contact_activity_list:?}");
    ///     let mut items = client.list_contact_activities_stream(&params);
    ///     while let Some(item) = items.try_next().await? {
    ///         println!("{item:?}");
    ///     }
    ///     Ok(())
    /// }
    /// ```
    pub fn list_contact_activities(
        &self,
        params: &crate::types::ListContactActivitiesParams,
    ) -> crate::Call<'_, crate::types::ContactActivityList> {
        let request = crate::request::ApiRequest::new(
                "ListContactActivities",
                reqwest::Method::GET,
                "/contacts/activities",
                String::from("/contacts/activities"),
            )
            .with(|request| {
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
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ContactActivityList>(),
        )
    }

    /// Every item of [`Client::list_contact_activities`](crate::Client::list_contact_activities), across all pages: a stream that fetches the next page only when the items of the previous one have been consumed. It ends after the last page, or after the first error.
    pub fn list_contact_activities_stream(
        &self,
        params: &crate::types::ListContactActivitiesParams,
    ) -> crate::Paginated<'_, crate::types::ContactActivity> {
        crate::pagination::items(self.list_contact_activities_pages(params))
    }

    /// The pages of [`Client::list_contact_activities`](crate::Client::list_contact_activities), one by one, fetched lazily.
    pub fn list_contact_activities_pages(
        &self,
        params: &crate::types::ListContactActivitiesParams,
    ) -> crate::Paginated<'_, crate::types::ContactActivityList> {
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::ListContactsParams;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let params = ListContactsParams {
    ///         include_merge_history: Some(true),
    ///         per_page: Some(50),
    ///         starting_after: Some("WzE3Njc5NTcwMDAsIjY2YTFmM2MyIl0".to_string()),
    ///     };
    ///     let contact_list = client.list_contacts(&params).await?;
    ///     println!("{contact_list:?}");
    ///     let mut items = client.list_contacts_stream(&params);
    ///     while let Some(item) = items.try_next().await? {
    ///         println!("{item:?}");
    ///     }
    ///     Ok(())
    /// }
    /// ```
    pub fn list_contacts(
        &self,
        params: &crate::types::ListContactsParams,
    ) -> crate::Call<'_, crate::types::ContactList> {
        let request = crate::request::ApiRequest::new(
                "ListContacts",
                reqwest::Method::GET,
                "/contacts",
                String::from("/contacts"),
            )
            .with(|request| {
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
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ContactList>(),
        )
    }

    /// Every item of [`Client::list_contacts`](crate::Client::list_contacts), across all pages: a stream that fetches the next page only when the items of the previous one have been consumed. It ends after the last page, or after the first error.
    pub fn list_contacts_stream(
        &self,
        params: &crate::types::ListContactsParams,
    ) -> crate::Paginated<'_, crate::types::Contact> {
        crate::pagination::items(self.list_contacts_pages(params))
    }

    /// The pages of [`Client::list_contacts`](crate::Client::list_contacts), one by one, fetched lazily.
    pub fn list_contacts_pages(
        &self,
        params: &crate::types::ListContactsParams,
    ) -> crate::Paginated<'_, crate::types::ContactList> {
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
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::CreateContactRequest;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = CreateContactRequest::new()
    ///         .role("user")
    ///         .external_id("cust-20931")
    ///         .email("tomas.reyes@example.org")
    ///         .name("Tomás Reyes")
    ///         .signed_up_at(1767962400i64);
    ///     let create_contact_response = client.create_contact(&request).await?;
    ///     println!("{create_contact_response:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn create_contact(
        &self,
        body: &crate::types::CreateContactRequest,
    ) -> crate::Call<'_, crate::types::CreateContactResponse> {
        let request = crate::request::ApiRequest::new(
                "CreateContact",
                reqwest::Method::POST,
                "/contacts",
                String::from("/contacts"),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::CreateContactResponse>(),
        )
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::ShowContactByExternalIdParams;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let params = ShowContactByExternalIdParams {
    ///         include_merge_history: Some(true),
    ///     };
    ///     let show_contact_by_external_id_response = client
    ///         .show_contact_by_external_id("cust-20931", &params)
    ///         .await?;
    ///     println!("{show_contact_by_external_id_response:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn show_contact_by_external_id(
        &self,
        external_id: &str,
        params: &crate::types::ShowContactByExternalIdParams,
    ) -> crate::Call<'_, crate::types::ShowContactByExternalIdResponse> {
        let request = crate::request::ApiRequest::new(
                "ShowContactByExternalId",
                reqwest::Method::GET,
                "/contacts/find_by_external_id/{external_id}",
                [
                    "/contacts/find_by_external_id/",
                    &crate::request::encode_segment(external_id),
                ]
                    .concat(),
            )
            .with(|request| {
                request
                    .query(
                        "include_merge_history",
                        &params.include_merge_history,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ShowContactByExternalIdResponse>(),
        )
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let contact_archived = client.archive_contact("66a1f3c2b8e4d70012ab34cd").await?;
    ///     println!("{contact_archived:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn archive_contact(
        &self,
        id: &str,
    ) -> crate::Call<'_, crate::types::ContactArchived> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "ArchiveContact",
                reqwest::Method::POST,
                "/contacts/{id}/archive",
                ["/contacts/", &crate::request::encode_segment(id), "/archive"].concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ContactArchived>(),
        )
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let contact_unarchived = client.unarchive_contact("66a1f3c2b8e4d70012ab34cd").await?;
    ///     println!("{contact_unarchived:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn unarchive_contact(
        &self,
        id: &str,
    ) -> crate::Call<'_, crate::types::ContactUnarchived> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "UnarchiveContact",
                reqwest::Method::POST,
                "/contacts/{id}/unarchive",
                ["/contacts/", &crate::request::encode_segment(id), "/unarchive"]
                    .concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ContactUnarchived>(),
        )
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let contact_blocked = client.block_contact("66a1f3c2b8e4d70012ab34cd").await?;
    ///     println!("{contact_blocked:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn block_contact(
        &self,
        id: &str,
    ) -> crate::Call<'_, crate::types::ContactBlocked> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "BlockContact",
                reqwest::Method::POST,
                "/contacts/{id}/block",
                ["/contacts/", &crate::request::encode_segment(id), "/block"].concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ContactBlocked>(),
        )
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{
    ///     ListContactMergeHistoryOrder, ListContactMergeHistoryParams,
    /// };
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let params = ListContactMergeHistoryParams {
    ///         cursor: Some("bWgtNDYzMDEtMg".to_string()),
    ///         per_page: Some(20),
    ///         order: Some(ListContactMergeHistoryOrder::Desc),
    ///     };
    ///     let merge_history_list = client
    ///         .list_contact_merge_history("66a1f3c2b8e4d70012ab34cd", &params)
    ///         .await?;
    ///     println!("{merge_history_list:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_contact_merge_history(
        &self,
        id: &str,
        params: &crate::types::ListContactMergeHistoryParams,
    ) -> crate::Call<'_, crate::types::MergeHistoryList> {
        let request = crate::request::ApiRequest::new(
                "ListContactMergeHistory",
                reqwest::Method::GET,
                "/contacts/{id}/merge_history",
                ["/contacts/", &crate::request::encode_segment(id), "/merge_history"]
                    .concat(),
            )
            .with(|request| {
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
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::MergeHistoryList>(),
        )
    }

    /// Update contacts in bulk
    ///
    /// Preview only: Intercom's unstable version.
    ///
    /// Starts a background job that updates up to 100 contacts, each named by its Intercom `id`; a `tags` object per contact adds or removes tags. Fields outside the request schema are ignored. Tags are applied on a best-effort basis: unknown tag ids are skipped and not reported. Poll the job with the get-bulk-contacts-job operation, and pass `job.id` to add work to an existing job.
    ///
    /// `PUT /contacts/bulk` (operation `BulkUpdateContacts`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{
    ///     BulkContactsRequestContactsItemTagsAddItem, BulkUpdateContactsRequest,
    ///     BulkUpdateContactsRequestContactsItem, BulkUpdateContactsRequestContactsItemTags,
    ///     BulkUpdateContactsRequestContactsItemTagsRemoveItem,
    /// };
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = BulkUpdateContactsRequest::new([
    ///         BulkUpdateContactsRequestContactsItem::new("66a1f3c2b8e4d70012ab34cd")
    ///             .name("Tomás Reyes")
    ///             .tags(
    ///                 BulkUpdateContactsRequestContactsItemTags::new()
    ///                     .with_add([
    ///                         BulkContactsRequestContactsItemTagsAddItem::new("730122"),
    ///                     ])
    ///                     .remove([
    ///                         BulkUpdateContactsRequestContactsItemTagsRemoveItem::new(
    ///                             "730188",
    ///                         ),
    ///                     ]),
    ///             ),
    ///         BulkUpdateContactsRequestContactsItem::new("66a1f3d9b8e4d70012ab34e2")
    ///             .unsubscribed_from_emails(true),
    ///     ]);
    ///     let contacts_bulk_job = client.bulk_update_contacts(&request).await?;
    ///     println!("{contacts_bulk_job:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn bulk_update_contacts(
        &self,
        body: &crate::types::BulkUpdateContactsRequest,
    ) -> crate::Call<'_, crate::types::ContactsBulkJob> {
        let request = crate::request::ApiRequest::new(
                "BulkUpdateContacts",
                reqwest::Method::PUT,
                "/contacts/bulk",
                String::from("/contacts/bulk"),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ContactsBulkJob>(),
        )
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
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{
    ///     BulkContactsRequestContactsItemTagsAddItem, BulkCreateContactsRequest,
    ///     BulkCreateContactsRequestContactsItem,
    ///     BulkCreateContactsRequestContactsItemCompaniesItem,
    ///     BulkCreateContactsRequestContactsItemTags,
    /// };
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = BulkCreateContactsRequest::new([
    ///         BulkCreateContactsRequestContactsItem::new()
    ///             .external_id("cust-20940")
    ///             .email("niamh.walsh@example.org")
    ///             .name("Niamh Walsh")
    ///             .role("user")
    ///             .companies([
    ///                 BulkCreateContactsRequestContactsItemCompaniesItem::new("nw-1042")
    ///                     .name("Northwind Cycles"),
    ///             ])
    ///             .tags(
    ///                 BulkCreateContactsRequestContactsItemTags::new()
    ///                     .with_add([
    ///                         BulkContactsRequestContactsItemTagsAddItem::new("730122"),
    ///                     ]),
    ///             ),
    ///         BulkCreateContactsRequestContactsItem::new()
    ///             .external_id("cust-20941")
    ///             .email("oisin.kelly@example.org")
    ///             .role("user"),
    ///     ]);
    ///     let contacts_bulk_job = client.bulk_create_contacts(&request).await?;
    ///     println!("{contacts_bulk_job:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn bulk_create_contacts(
        &self,
        body: &crate::types::BulkCreateContactsRequest,
    ) -> crate::Call<'_, crate::types::ContactsBulkJob> {
        let request = crate::request::ApiRequest::new(
                "BulkCreateContacts",
                reqwest::Method::POST,
                "/contacts/bulk",
                String::from("/contacts/bulk"),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ContactsBulkJob>(),
        )
    }

    /// Delete contacts in bulk
    ///
    /// Preview only: Intercom's unstable version.
    ///
    /// Starts a background job that permanently deletes up to 100 contacts, each named by its Intercom `id`. A contact that does not exist or cannot be deleted fails only its own item and makes the job end `completed_with_errors`. Poll the job with the get-bulk-contacts-job operation, and pass `job.id` to add work to an existing job.
    ///
    /// `POST /contacts/bulk/delete` (operation `BulkDeleteContacts`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{
    ///     BulkDeleteContactsRequest, BulkDeleteContactsRequestContactsItem,
    /// };
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = BulkDeleteContactsRequest::new([
    ///         BulkDeleteContactsRequestContactsItem::new("66a1f3d9b8e4d70012ab34e2"),
    ///     ]);
    ///     let contacts_bulk_job = client.bulk_delete_contacts(&request).await?;
    ///     println!("{contacts_bulk_job:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn bulk_delete_contacts(
        &self,
        body: &crate::types::BulkDeleteContactsRequest,
    ) -> crate::Call<'_, crate::types::ContactsBulkJob> {
        let request = crate::request::ApiRequest::new(
                "BulkDeleteContacts",
                reqwest::Method::POST,
                "/contacts/bulk/delete",
                String::from("/contacts/bulk/delete"),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ContactsBulkJob>(),
        )
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let contacts_bulk_job = client
    ///         .show_bulk_update_contacts_job("bulkjob_c_4f2a91")
    ///         .await?;
    ///     println!("{contacts_bulk_job:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn show_bulk_update_contacts_job(
        &self,
        id: &str,
    ) -> crate::Call<'_, crate::types::ContactsBulkJob> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "ShowBulkUpdateContactsJob",
                reqwest::Method::GET,
                "/contacts/bulk/{id}",
                ["/contacts/bulk/", &crate::request::encode_segment(id)].concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ContactsBulkJob>(),
        )
    }
}
