// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Companies`.
//!
//! Organisations your contacts belong to: create or update them by your own company id, list, scroll or search them, attach contacts, and run bulk create, update and archive jobs.

/// # Companies
///
/// Organisations your contacts belong to: create or update them by your own company id, list, scroll or search them, attach contacts, and run bulk create, update and archive jobs.
impl crate::Client {
    /// Find companies
    ///
    /// Since 2.7.
    ///
    /// Looks up companies by a filter given in the query: `company_id` (your identifier) or `name` finds one company, `tag_id` or `segment_id` lists the companies carrying that tag or in that segment. Results are paged with `page` and `per_page`.
    ///
    /// `GET /companies` (operation `retrieveCompany`)
    ///
    /// Arguments:
    /// - `params`: optional parameters
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::RetrieveCompanyParams;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let params = RetrieveCompanyParams {
    ///         name: Some("Northwind Cycles".to_string()),
    ///         company_id: Some("nw-1042".to_string()),
    ///         tag_id: Some("730122".to_string()),
    ///         segment_id: Some("66a1f4e6b8e4d70012ab3610".to_string()),
    ///         page: Some(1),
    ///         per_page: Some(20),
    ///     };
    ///     let company_list = client.retrieve_company(&params).await?;
    ///     println!("{company_list:?}");
    ///     let mut items = client.retrieve_company_stream(&params);
    ///     while let Some(item) = items.try_next().await? {
    ///         println!("{item:?}");
    ///     }
    ///     Ok(())
    /// }
    /// ```
    pub fn retrieve_company(
        &self,
        params: &crate::types::RetrieveCompanyParams,
    ) -> crate::Call<'_, crate::types::CompanyList> {
        let request = crate::request::ApiRequest::new(
                "retrieveCompany",
                reqwest::Method::GET,
                "/companies",
                String::from("/companies"),
            )
            .with(|request| {
                request
                    .query(
                        "name",
                        &params.name,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                request
                    .query(
                        "company_id",
                        &params.company_id,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                request
                    .query(
                        "tag_id",
                        &params.tag_id,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                request
                    .query(
                        "segment_id",
                        &params.segment_id,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                request
                    .query(
                        "page",
                        &params.page,
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
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::CompanyList>(),
        )
    }

    /// Every item of [`Client::retrieve_company`](crate::Client::retrieve_company), across all pages: a stream that fetches the next page only when the items of the previous one have been consumed. It ends after the last page, or after the first error.
    pub fn retrieve_company_stream(
        &self,
        params: &crate::types::RetrieveCompanyParams,
    ) -> crate::Paginated<'_, crate::types::Company> {
        crate::pagination::items(self.retrieve_company_pages(params))
    }

    /// The pages of [`Client::retrieve_company`](crate::Client::retrieve_company), one by one, fetched lazily.
    pub fn retrieve_company_pages(
        &self,
        params: &crate::types::RetrieveCompanyParams,
    ) -> crate::Paginated<'_, crate::types::CompanyList> {
        let params = params.clone();
        crate::pagination::paginate_pages(
            "retrieveCompany",
            None,
            move |page: Option<crate::PageRequest>| {
                let mut params = params.clone();
                if let Some(crate::PageRequest::Number(number)) = page {
                    params.page = Some(number);
                }
                async move { self.retrieve_company(&params).await }
            },
        )
    }

    /// Create or update a company
    ///
    /// Since 2.7.
    ///
    /// Creates a company, or updates the existing one when a company with the same `company_id` (your own identifier) already exists.
    ///
    /// `company_id` is fixed once the company is created and cannot be changed later, so choose a stable value. A company only shows up in Intercom once at least one user is attached to it.
    ///
    /// `POST /companies` (operation `createOrUpdateCompany`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::CreateOrUpdateCompanyRequest;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = CreateOrUpdateCompanyRequest::new()
    ///         .name("Northwind Cycles")
    ///         .company_id("nw-1042")
    ///         .plan("Fleet")
    ///         .size(42)
    ///         .website("https://northwind-cycles.example.com")
    ///         .industry("Bicycle rental")
    ///         .custom_attributes([("region", "west")])
    ///         .remote_created_at(1735689600)
    ///         .monthly_spend(1900);
    ///     let company = client.create_or_update_company(&request).await?;
    ///     println!("{company:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn create_or_update_company(
        &self,
        body: &crate::types::CreateOrUpdateCompanyRequest,
    ) -> crate::Call<'_, crate::types::Company> {
        let request = crate::request::ApiRequest::new(
                "createOrUpdateCompany",
                reqwest::Method::POST,
                "/companies",
                String::from("/companies"),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::Company>(),
        )
    }

    /// Retrieve a company
    ///
    /// Since 2.7.
    ///
    /// Returns one company by its Intercom id.
    ///
    /// `GET /companies/{id}` (operation `RetrieveACompanyById`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the company (not your `company_id`).
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let company = client.retrieve_a_company_by_id("66a1f40ab8e4d70012ab3501").await?;
    ///     println!("{company:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn retrieve_a_company_by_id(
        &self,
        id: &str,
    ) -> crate::Call<'_, crate::types::Company> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "RetrieveACompanyById",
                reqwest::Method::GET,
                "/companies/{id}",
                ["/companies/", &crate::request::encode_segment(id)].concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::Company>(),
        )
    }

    /// Update a company
    ///
    /// Since 2.7.
    ///
    /// Updates the company with this Intercom id. Its `company_id` cannot be changed: it is set once, when the company is created.
    ///
    /// `PUT /companies/{id}` (operation `UpdateCompany`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the company (not your `company_id`).
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let company = client.update_company("66a1f40ab8e4d70012ab3501").await?;
    ///     println!("{company:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn update_company(&self, id: &str) -> crate::Call<'_, crate::types::Company> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "UpdateCompany",
                reqwest::Method::PUT,
                "/companies/{id}",
                ["/companies/", &crate::request::encode_segment(id)].concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::Company>(),
        )
    }

    /// Delete a company
    ///
    /// Since 2.7.
    ///
    /// Archives the company and detaches its contacts; the contacts themselves stay. The call answers `deleted: true` as soon as it is accepted, archiving happens in the background and ends with a `company.deleted` webhook.
    ///
    /// An integration that syncs companies into Intercom (Salesforce, Chargebee and the like) will bring the company back on its next sync unless you remove it at the source first.
    ///
    /// `DELETE /companies/{id}` (operation `deleteCompany`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the company to delete.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let deleted_company_object = client
    ///         .delete_company("66a1f40ab8e4d70012ab3501")
    ///         .await?;
    ///     println!("{deleted_company_object:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn delete_company(
        &self,
        id: &str,
    ) -> crate::Call<'_, crate::types::DeletedCompanyObject> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "deleteCompany",
                reqwest::Method::DELETE,
                "/companies/{id}",
                ["/companies/", &crate::request::encode_segment(id)].concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::DeletedCompanyObject>(),
        )
    }

    /// List the contacts of a company
    ///
    /// Since 2.7.
    ///
    /// Returns the contacts attached to the company, one page at a time.
    ///
    /// `GET /companies/{id}/contacts` (operation `ListAttachedContacts`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the company.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let company_attached_contacts = client
    ///         .list_attached_contacts("66a1f40ab8e4d70012ab3501")
    ///         .await?;
    ///     println!("{company_attached_contacts:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_attached_contacts(
        &self,
        id: &str,
    ) -> crate::Call<'_, crate::types::CompanyAttachedContacts> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "ListAttachedContacts",
                reqwest::Method::GET,
                "/companies/{id}/contacts",
                ["/companies/", &crate::request::encode_segment(id), "/contacts"]
                    .concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::CompanyAttachedContacts>(),
        )
    }

    /// List the segments of a company
    ///
    /// Since 2.7.
    ///
    /// Returns the segments the company currently belongs to.
    ///
    /// `GET /companies/{id}/segments` (operation `ListAttachedSegmentsForCompanies`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the company.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let company_attached_segments = client
    ///         .list_attached_segments_for_companies("66a1f40ab8e4d70012ab3501")
    ///         .await?;
    ///     println!("{company_attached_segments:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_attached_segments_for_companies(
        &self,
        id: &str,
    ) -> crate::Call<'_, crate::types::CompanyAttachedSegments> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "ListAttachedSegmentsForCompanies",
                reqwest::Method::GET,
                "/companies/{id}/segments",
                ["/companies/", &crate::request::encode_segment(id), "/segments"]
                    .concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::CompanyAttachedSegments>(),
        )
    }

    /// Search companies
    ///
    /// Preview only: Intercom's unstable version.
    ///
    /// Finds companies whose attributes match a query, 15 per page by default. Companies without any user are never returned.
    ///
    /// A query is one filter (`field`, `operator`, `value`) or a group of filters joined with `AND` or `OR`; groups nest at most two levels deep, with at most 15 filters per group. Searchable fields: `company_id` and `name` (strings), `created_at`, `updated_at`, `remote_created_at` and `last_request_at` (Unix timestamps), `monthly_spend`, `session_count` and `user_count` (integers), `tag_id` and `custom_attributes.<name>` (strings). `plan.id` and `plan.name` cannot be searched (`400`, code `invalid_field`).
    ///
    /// Operators: `=` and `!=` work for every type; `IN` and `NIN` take an array and do not work on dates or `tag_id`; `>` and `<` compare integers and dates; `~`, `!~`, `^` and `$` (contains, does not contain, starts with, ends with) work on strings. `tag_id` supports only `=` and `!=`, and can filter but not sort.
    ///
    /// To order results, send `sort` with the attribute in `field` and `ascending` or `descending` (the default) in `order`; any other order is refused with `400`, code `invalid_sort_order`. Pass `pages.next.starting_after` back as `pagination.starting_after` for the next page.
    ///
    /// `POST /companies/search` (operation `searchCompanies`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{
    ///     CompanySearchRequest, SearchRequestSort, SearchRequestSortOrder,
    ///     SingleFilterSearchRequest, SingleFilterSearchRequestOperator, StartingAfterPaging,
    /// };
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = CompanySearchRequest::new(
    ///             SingleFilterSearchRequest::new()
    ///                 .field("monthly_spend")
    ///                 .operator(SingleFilterSearchRequestOperator::GreaterThan)
    ///                 .value(1000),
    ///         )
    ///         .pagination(StartingAfterPaging::new().per_page(20))
    ///         .sort(
    ///             SearchRequestSort::new()
    ///                 .field("name")
    ///                 .order(SearchRequestSortOrder::Ascending),
    ///         );
    ///     let company_list = client.search_companies(&request).await?;
    ///     println!("{company_list:?}");
    ///     let mut items = client.search_companies_stream(&request);
    ///     while let Some(item) = items.try_next().await? {
    ///         println!("{item:?}");
    ///     }
    ///     Ok(())
    /// }
    /// ```
    pub fn search_companies(
        &self,
        body: &crate::types::CompanySearchRequest,
    ) -> crate::Call<'_, crate::types::CompanyList> {
        let request = crate::request::ApiRequest::new(
                "searchCompanies",
                reqwest::Method::POST,
                "/companies/search",
                String::from("/companies/search"),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::CompanyList>(),
        )
    }

    /// Every item of [`Client::search_companies`](crate::Client::search_companies), across all pages: a stream that fetches the next page only when the items of the previous one have been consumed. It ends after the last page, or after the first error.
    pub fn search_companies_stream(
        &self,
        body: &crate::types::CompanySearchRequest,
    ) -> crate::Paginated<'_, crate::types::Company> {
        crate::pagination::items(self.search_companies_pages(body))
    }

    /// The pages of [`Client::search_companies`](crate::Client::search_companies), one by one, fetched lazily.
    pub fn search_companies_pages(
        &self,
        body: &crate::types::CompanySearchRequest,
    ) -> crate::Paginated<'_, crate::types::CompanyList> {
        let body = body.clone();
        crate::pagination::paginate_pages(
            "searchCompanies",
            None,
            move |page: Option<crate::PageRequest>| {
                let mut body = body.clone();
                if let Some(crate::PageRequest::Cursor(cursor)) = page {
                    let mut pagination = match body.pagination.clone() {
                        Some(crate::Nullable::Value(value)) => value,
                        _ => crate::wire::Blank::blank(),
                    };
                    pagination.starting_after = Some(cursor);
                    body.pagination = Some(crate::Nullable::Value(pagination));
                }
                async move { self.search_companies(&body).await }
            },
        )
    }

    /// List all companies
    ///
    /// Since 2.7.
    ///
    /// Lists companies, most recently active (`last_request_at`) first unless `order` says otherwise. Companies without any user are left out.
    ///
    /// Paging this way stops at 10,000 companies; use the scroll operation to walk a larger set.
    ///
    /// `POST /companies/list` (operation `listAllCompanies`)
    ///
    /// Arguments:
    /// - `params`: optional parameters
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::ListAllCompaniesParams;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let params = ListAllCompaniesParams {
    ///         page: Some(1),
    ///         per_page: Some(20),
    ///         order: Some("desc".to_string()),
    ///     };
    ///     let company_list = client.list_all_companies(&params).await?;
    ///     println!("{company_list:?}");
    ///     let mut items = client.list_all_companies_stream(&params);
    ///     while let Some(item) = items.try_next().await? {
    ///         println!("{item:?}");
    ///     }
    ///     Ok(())
    /// }
    /// ```
    pub fn list_all_companies(
        &self,
        params: &crate::types::ListAllCompaniesParams,
    ) -> crate::Call<'_, crate::types::CompanyList> {
        let request = crate::request::ApiRequest::new(
                "listAllCompanies",
                reqwest::Method::POST,
                "/companies/list",
                String::from("/companies/list"),
            )
            .with(|request| {
                request
                    .query(
                        "page",
                        &params.page,
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
            |response| response.json::<crate::types::CompanyList>(),
        )
    }

    /// Every item of [`Client::list_all_companies`](crate::Client::list_all_companies), across all pages: a stream that fetches the next page only when the items of the previous one have been consumed. It ends after the last page, or after the first error.
    pub fn list_all_companies_stream(
        &self,
        params: &crate::types::ListAllCompaniesParams,
    ) -> crate::Paginated<'_, crate::types::Company> {
        crate::pagination::items(self.list_all_companies_pages(params))
    }

    /// The pages of [`Client::list_all_companies`](crate::Client::list_all_companies), one by one, fetched lazily.
    pub fn list_all_companies_pages(
        &self,
        params: &crate::types::ListAllCompaniesParams,
    ) -> crate::Paginated<'_, crate::types::CompanyList> {
        let params = params.clone();
        crate::pagination::paginate_pages(
            "listAllCompanies",
            None,
            move |page: Option<crate::PageRequest>| {
                let mut params = params.clone();
                if let Some(crate::PageRequest::Number(number)) = page {
                    params.page = Some(number);
                }
                async move { self.list_all_companies(&params).await }
            },
        )
    }

    /// Scroll through all companies
    ///
    /// Since 2.7.
    ///
    /// Walks every company of the workspace, however many there are. The first call takes no parameter; each following call passes the `scroll_param` of the previous answer.
    ///
    /// An app can have only one scroll open at a time, and a scroll expires after one minute without a call. The end is reached when a page comes back with no companies; the scroll parameter then expires. A network error (HTTP 500) cannot be resumed: start a new scroll.
    ///
    /// `GET /companies/scroll` (operation `scrollOverAllCompanies`)
    ///
    /// Arguments:
    /// - `params`: optional parameters
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::ScrollOverAllCompaniesParams;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let params = ScrollOverAllCompaniesParams {
    ///         scroll_param: Some("a3d1f6c0-52b9-4e27-9f1a-7c8e2b4d0e61".to_string()),
    ///     };
    ///     let company_scroll = client.scroll_over_all_companies(&params).await?;
    ///     println!("{company_scroll:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn scroll_over_all_companies(
        &self,
        params: &crate::types::ScrollOverAllCompaniesParams,
    ) -> crate::Call<'_, crate::types::CompanyScroll> {
        let request = crate::request::ApiRequest::new(
                "scrollOverAllCompanies",
                reqwest::Method::GET,
                "/companies/scroll",
                String::from("/companies/scroll"),
            )
            .with(|request| {
                request
                    .query(
                        "scroll_param",
                        &params.scroll_param,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::CompanyScroll>(),
        )
    }

    /// Attach a contact to a company
    ///
    /// Since 2.7.
    ///
    /// Adds the contact to a company and returns that company.
    ///
    /// `POST /contacts/{id}/companies` (operation `attachContactToACompany`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the contact.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::AttachContactToACompanyRequest;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = AttachContactToACompanyRequest::new("66a1f40ab8e4d70012ab3501");
    ///     let company = client
    ///         .attach_contact_to_a_company("66a1f3c2b8e4d70012ab34cd", &request)
    ///         .await?;
    ///     println!("{company:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn attach_contact_to_a_company(
        &self,
        id: &str,
        body: &crate::types::AttachContactToACompanyRequest,
    ) -> crate::Call<'_, crate::types::Company> {
        let request = crate::request::ApiRequest::new(
                "attachContactToACompany",
                reqwest::Method::POST,
                "/contacts/{id}/companies",
                ["/contacts/", &crate::request::encode_segment(id), "/companies"]
                    .concat(),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::Company>(),
        )
    }

    /// Detach a contact from a company
    ///
    /// Since 2.7.
    ///
    /// Removes the contact from the company and returns that company.
    ///
    /// `DELETE /contacts/{contact_id}/companies/{id}` (operation `detachContactFromACompany`)
    ///
    /// Arguments:
    /// - `contact_id`: Intercom's identifier of the contact.
    /// - `id`: Intercom's identifier of the company.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let company = client
    ///         .detach_contact_from_a_company(
    ///             "66a1f3c2b8e4d70012ab34cd",
    ///             "66a1f40ab8e4d70012ab3501",
    ///         )
    ///         .await?;
    ///     println!("{company:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn detach_contact_from_a_company(
        &self,
        contact_id: &str,
        id: &str,
    ) -> crate::Call<'_, crate::types::Company> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "detachContactFromACompany",
                reqwest::Method::DELETE,
                "/contacts/{contact_id}/companies/{id}",
                [
                    "/contacts/",
                    &crate::request::encode_segment(contact_id),
                    "/companies/",
                    &crate::request::encode_segment(id),
                ]
                    .concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::Company>(),
        )
    }

    /// Update companies in bulk
    ///
    /// Preview only: Intercom's unstable version.
    ///
    /// Starts a background job that updates up to 100 companies, each named by its Intercom `id`. An item naming no existing company fails on its own; nothing is created. Fields outside the request schema are ignored. Poll the job with the get-bulk-companies-job operation, and pass `job.id` to add work to an existing job.
    ///
    /// `PUT /companies/bulk` (operation `BulkUpdateCompanies`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{
    ///     BulkRequestJob, BulkUpdateCompaniesRequest, BulkUpdateCompaniesRequestCompaniesItem,
    /// };
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = BulkUpdateCompaniesRequest::new([
    ///             BulkUpdateCompaniesRequestCompaniesItem::new("66a1f40ab8e4d70012ab3501")
    ///                 .plan("Fleet plus"),
    ///             BulkUpdateCompaniesRequestCompaniesItem::new("66a1f41cb8e4d70012ab3507")
    ///                 .size(9),
    ///         ])
    ///         .job(BulkRequestJob::new().id("bulkjob_co_7d13e5"));
    ///     let companies_bulk_job = client.bulk_update_companies(&request).await?;
    ///     println!("{companies_bulk_job:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn bulk_update_companies(
        &self,
        body: &crate::types::BulkUpdateCompaniesRequest,
    ) -> crate::Call<'_, crate::types::CompaniesBulkJob> {
        let request = crate::request::ApiRequest::new(
                "BulkUpdateCompanies",
                reqwest::Method::PUT,
                "/companies/bulk",
                String::from("/companies/bulk"),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::CompaniesBulkJob>(),
        )
    }

    /// Create or update companies in bulk
    ///
    /// Preview only: Intercom's unstable version.
    ///
    /// Starts a background job that creates or updates up to 100 companies, each matched by your `company_id` exactly like the single create-or-update operation. Poll the job with the get-bulk-companies-job operation.
    ///
    /// A company that fails validation is skipped and the job ends `completed_with_errors`; the other companies are still processed. Pass `job.id` to add the companies to a job you already started.
    ///
    /// `POST /companies/bulk` (operation `BulkCreateCompanies`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{
    ///     BulkCreateCompaniesRequest, BulkCreateCompaniesRequestCompaniesItem,
    /// };
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = BulkCreateCompaniesRequest::new([
    ///         BulkCreateCompaniesRequestCompaniesItem::new()
    ///             .company_id("nw-1042")
    ///             .name("Northwind Cycles")
    ///             .plan("Fleet"),
    ///         BulkCreateCompaniesRequestCompaniesItem::new()
    ///             .company_id("nw-1043")
    ///             .name("Harbour Ebikes")
    ///             .size(8)
    ///             .update_last_request_at(true),
    ///     ]);
    ///     let companies_bulk_job = client.bulk_create_companies(&request).await?;
    ///     println!("{companies_bulk_job:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn bulk_create_companies(
        &self,
        body: &crate::types::BulkCreateCompaniesRequest,
    ) -> crate::Call<'_, crate::types::CompaniesBulkJob> {
        let request = crate::request::ApiRequest::new(
                "BulkCreateCompanies",
                reqwest::Method::POST,
                "/companies/bulk",
                String::from("/companies/bulk"),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::CompaniesBulkJob>(),
        )
    }

    /// Delete companies in bulk
    ///
    /// Preview only: Intercom's unstable version.
    ///
    /// Starts a background job that archives up to 100 companies, each named by its Intercom `id`: like the single delete, their contacts are detached and the company record is kept. Poll the job with the get-bulk-companies-job operation, and pass `job.id` to add work to an existing job.
    ///
    /// `POST /companies/bulk/delete` (operation `BulkDeleteCompanies`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{
    ///     BulkDeleteCompaniesRequest, BulkDeleteCompaniesRequestCompaniesItem,
    /// };
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = BulkDeleteCompaniesRequest::new([
    ///         BulkDeleteCompaniesRequestCompaniesItem::new("66a1f41cb8e4d70012ab3507"),
    ///     ]);
    ///     let companies_bulk_job = client.bulk_delete_companies(&request).await?;
    ///     println!("{companies_bulk_job:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn bulk_delete_companies(
        &self,
        body: &crate::types::BulkDeleteCompaniesRequest,
    ) -> crate::Call<'_, crate::types::CompaniesBulkJob> {
        let request = crate::request::ApiRequest::new(
                "BulkDeleteCompanies",
                reqwest::Method::POST,
                "/companies/bulk/delete",
                String::from("/companies/bulk/delete"),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::CompaniesBulkJob>(),
        )
    }

    /// Get a bulk companies job
    ///
    /// Preview only: Intercom's unstable version.
    ///
    /// Returns a bulk companies job and its tasks. `state` moves from `pending` to `running` and ends as `completed` or, when some items failed, `completed_with_errors`.
    ///
    /// `GET /companies/bulk/{id}` (operation `ShowBulkCompaniesJob`)
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
    ///     let companies_bulk_job = client.show_bulk_companies_job("bulkjob_co_7d13e5").await?;
    ///     println!("{companies_bulk_job:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn show_bulk_companies_job(
        &self,
        id: &str,
    ) -> crate::Call<'_, crate::types::CompaniesBulkJob> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "ShowBulkCompaniesJob",
                reqwest::Method::GET,
                "/companies/bulk/{id}",
                ["/companies/bulk/", &crate::request::encode_segment(id)].concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::CompaniesBulkJob>(),
        )
    }
}
