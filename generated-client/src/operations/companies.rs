// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Companies`.
//!
//! Organisations your contacts belong to: create or update them by your own company id, list, scroll or search them, attach contacts, and run bulk create, update and archive jobs.

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
    pub async fn retrieve_company(
        &self,
        params: &crate::types::RetrieveCompanyParams,
    ) -> crate::Result<crate::types::CompanyList> {
        self.retrieve_company_with_response(params).await.map(crate::Response::into_body)
    }

    /// Like [`Client::retrieve_company`](crate::Client::retrieve_company), also returning the status, headers and rate-limit information.
    pub async fn retrieve_company_with_response(
        &self,
        params: &crate::types::RetrieveCompanyParams,
    ) -> crate::Result<crate::Response<crate::types::CompanyList>> {
        let mut request = crate::request::ApiRequest::new(
            "retrieveCompany",
            reqwest::Method::GET,
            "/companies",
            String::from("/companies"),
        );
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
        crate::client::execute(self, request).await?.json::<crate::types::CompanyList>()
    }

    /// Every item of [`Client::retrieve_company`](crate::Client::retrieve_company), across all pages: a stream that fetches the next page only when the items of the previous one have been consumed. It ends after the last page, or after the first error.
    pub fn retrieve_company_stream(
        &self,
        params: &crate::types::RetrieveCompanyParams,
    ) -> impl futures_core::Stream<
        Item = crate::Result<crate::types::Company>,
    > + Send + Unpin + '_ {
        crate::pagination::items(self.retrieve_company_pages(params))
    }

    /// The pages of [`Client::retrieve_company`](crate::Client::retrieve_company), one by one, fetched lazily.
    pub fn retrieve_company_pages(
        &self,
        params: &crate::types::RetrieveCompanyParams,
    ) -> impl futures_core::Stream<
        Item = crate::Result<crate::types::CompanyList>,
    > + Send + Unpin + '_ {
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
    /// Arguments:
    /// - `body`: the `application/json` request body
    pub async fn create_or_update_company(
        &self,
        body: &crate::types::CreateOrUpdateCompanyRequest,
    ) -> crate::Result<crate::types::Company> {
        self.create_or_update_company_with_response(body)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::create_or_update_company`](crate::Client::create_or_update_company), also returning the status, headers and rate-limit information.
    pub async fn create_or_update_company_with_response(
        &self,
        body: &crate::types::CreateOrUpdateCompanyRequest,
    ) -> crate::Result<crate::Response<crate::types::Company>> {
        let mut request = crate::request::ApiRequest::new(
            "createOrUpdateCompany",
            reqwest::Method::POST,
            "/companies",
            String::from("/companies"),
        );
        request.json(body)?;
        crate::client::execute(self, request).await?.json::<crate::types::Company>()
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
    pub async fn retrieve_a_company_by_id(
        &self,
        id: &str,
    ) -> crate::Result<crate::types::Company> {
        self.retrieve_a_company_by_id_with_response(id)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::retrieve_a_company_by_id`](crate::Client::retrieve_a_company_by_id), also returning the status, headers and rate-limit information.
    pub async fn retrieve_a_company_by_id_with_response(
        &self,
        id: &str,
    ) -> crate::Result<crate::Response<crate::types::Company>> {
        let request = crate::request::ApiRequest::new(
            "RetrieveACompanyById",
            reqwest::Method::GET,
            "/companies/{id}",
            ["/companies/", &crate::request::encode_segment(id)].concat(),
        );
        crate::client::execute(self, request).await?.json::<crate::types::Company>()
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
    pub async fn update_company(
        &self,
        id: &str,
    ) -> crate::Result<crate::types::Company> {
        self.update_company_with_response(id).await.map(crate::Response::into_body)
    }

    /// Like [`Client::update_company`](crate::Client::update_company), also returning the status, headers and rate-limit information.
    pub async fn update_company_with_response(
        &self,
        id: &str,
    ) -> crate::Result<crate::Response<crate::types::Company>> {
        let request = crate::request::ApiRequest::new(
            "UpdateCompany",
            reqwest::Method::PUT,
            "/companies/{id}",
            ["/companies/", &crate::request::encode_segment(id)].concat(),
        );
        crate::client::execute(self, request).await?.json::<crate::types::Company>()
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
    pub async fn delete_company(
        &self,
        id: &str,
    ) -> crate::Result<crate::types::DeletedCompanyObject> {
        self.delete_company_with_response(id).await.map(crate::Response::into_body)
    }

    /// Like [`Client::delete_company`](crate::Client::delete_company), also returning the status, headers and rate-limit information.
    pub async fn delete_company_with_response(
        &self,
        id: &str,
    ) -> crate::Result<crate::Response<crate::types::DeletedCompanyObject>> {
        let request = crate::request::ApiRequest::new(
            "deleteCompany",
            reqwest::Method::DELETE,
            "/companies/{id}",
            ["/companies/", &crate::request::encode_segment(id)].concat(),
        );
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::DeletedCompanyObject>()
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
    pub async fn list_attached_contacts(
        &self,
        id: &str,
    ) -> crate::Result<crate::types::CompanyAttachedContacts> {
        self.list_attached_contacts_with_response(id)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::list_attached_contacts`](crate::Client::list_attached_contacts), also returning the status, headers and rate-limit information.
    pub async fn list_attached_contacts_with_response(
        &self,
        id: &str,
    ) -> crate::Result<crate::Response<crate::types::CompanyAttachedContacts>> {
        let request = crate::request::ApiRequest::new(
            "ListAttachedContacts",
            reqwest::Method::GET,
            "/companies/{id}/contacts",
            ["/companies/", &crate::request::encode_segment(id), "/contacts"].concat(),
        );
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::CompanyAttachedContacts>()
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
    pub async fn list_attached_segments_for_companies(
        &self,
        id: &str,
    ) -> crate::Result<crate::types::CompanyAttachedSegments> {
        self.list_attached_segments_for_companies_with_response(id)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::list_attached_segments_for_companies`](crate::Client::list_attached_segments_for_companies), also returning the status, headers and rate-limit information.
    pub async fn list_attached_segments_for_companies_with_response(
        &self,
        id: &str,
    ) -> crate::Result<crate::Response<crate::types::CompanyAttachedSegments>> {
        let request = crate::request::ApiRequest::new(
            "ListAttachedSegmentsForCompanies",
            reqwest::Method::GET,
            "/companies/{id}/segments",
            ["/companies/", &crate::request::encode_segment(id), "/segments"].concat(),
        );
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::CompanyAttachedSegments>()
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
    /// Arguments:
    /// - `body`: the `application/json` request body
    pub async fn search_companies(
        &self,
        body: &crate::types::CompanySearchRequest,
    ) -> crate::Result<crate::types::CompanyList> {
        self.search_companies_with_response(body).await.map(crate::Response::into_body)
    }

    /// Like [`Client::search_companies`](crate::Client::search_companies), also returning the status, headers and rate-limit information.
    pub async fn search_companies_with_response(
        &self,
        body: &crate::types::CompanySearchRequest,
    ) -> crate::Result<crate::Response<crate::types::CompanyList>> {
        let mut request = crate::request::ApiRequest::new(
            "searchCompanies",
            reqwest::Method::POST,
            "/companies/search",
            String::from("/companies/search"),
        );
        request.json(body)?;
        crate::client::execute(self, request).await?.json::<crate::types::CompanyList>()
    }

    /// Every item of [`Client::search_companies`](crate::Client::search_companies), across all pages: a stream that fetches the next page only when the items of the previous one have been consumed. It ends after the last page, or after the first error.
    pub fn search_companies_stream(
        &self,
        body: &crate::types::CompanySearchRequest,
    ) -> impl futures_core::Stream<
        Item = crate::Result<crate::types::Company>,
    > + Send + Unpin + '_ {
        crate::pagination::items(self.search_companies_pages(body))
    }

    /// The pages of [`Client::search_companies`](crate::Client::search_companies), one by one, fetched lazily.
    pub fn search_companies_pages(
        &self,
        body: &crate::types::CompanySearchRequest,
    ) -> impl futures_core::Stream<
        Item = crate::Result<crate::types::CompanyList>,
    > + Send + Unpin + '_ {
        let body = body.clone();
        crate::pagination::paginate_pages(
            "searchCompanies",
            None,
            move |page: Option<crate::PageRequest>| {
                let mut body = body.clone();
                if let Some(crate::PageRequest::Cursor(cursor)) = page {
                    let mut pagination = match body.pagination.clone() {
                        Some(crate::Nullable::Value(value)) => value,
                        _ => Default::default(),
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
    pub async fn list_all_companies(
        &self,
        params: &crate::types::ListAllCompaniesParams,
    ) -> crate::Result<crate::types::CompanyList> {
        self.list_all_companies_with_response(params)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::list_all_companies`](crate::Client::list_all_companies), also returning the status, headers and rate-limit information.
    pub async fn list_all_companies_with_response(
        &self,
        params: &crate::types::ListAllCompaniesParams,
    ) -> crate::Result<crate::Response<crate::types::CompanyList>> {
        let mut request = crate::request::ApiRequest::new(
            "listAllCompanies",
            reqwest::Method::POST,
            "/companies/list",
            String::from("/companies/list"),
        );
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
        crate::client::execute(self, request).await?.json::<crate::types::CompanyList>()
    }

    /// Every item of [`Client::list_all_companies`](crate::Client::list_all_companies), across all pages: a stream that fetches the next page only when the items of the previous one have been consumed. It ends after the last page, or after the first error.
    pub fn list_all_companies_stream(
        &self,
        params: &crate::types::ListAllCompaniesParams,
    ) -> impl futures_core::Stream<
        Item = crate::Result<crate::types::Company>,
    > + Send + Unpin + '_ {
        crate::pagination::items(self.list_all_companies_pages(params))
    }

    /// The pages of [`Client::list_all_companies`](crate::Client::list_all_companies), one by one, fetched lazily.
    pub fn list_all_companies_pages(
        &self,
        params: &crate::types::ListAllCompaniesParams,
    ) -> impl futures_core::Stream<
        Item = crate::Result<crate::types::CompanyList>,
    > + Send + Unpin + '_ {
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
    pub async fn scroll_over_all_companies(
        &self,
        params: &crate::types::ScrollOverAllCompaniesParams,
    ) -> crate::Result<crate::types::CompanyScroll> {
        self.scroll_over_all_companies_with_response(params)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::scroll_over_all_companies`](crate::Client::scroll_over_all_companies), also returning the status, headers and rate-limit information.
    pub async fn scroll_over_all_companies_with_response(
        &self,
        params: &crate::types::ScrollOverAllCompaniesParams,
    ) -> crate::Result<crate::Response<crate::types::CompanyScroll>> {
        let mut request = crate::request::ApiRequest::new(
            "scrollOverAllCompanies",
            reqwest::Method::GET,
            "/companies/scroll",
            String::from("/companies/scroll"),
        );
        request
            .query(
                "scroll_param",
                &params.scroll_param,
                crate::request::QueryStyle::Form {
                    explode: true,
                },
            )?;
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::CompanyScroll>()
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
    /// - `body`: the `application/json` request body
    pub async fn attach_contact_to_a_company(
        &self,
        id: &str,
        body: &crate::types::AttachContactToACompanyRequest,
    ) -> crate::Result<crate::types::Company> {
        self.attach_contact_to_a_company_with_response(id, body)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::attach_contact_to_a_company`](crate::Client::attach_contact_to_a_company), also returning the status, headers and rate-limit information.
    pub async fn attach_contact_to_a_company_with_response(
        &self,
        id: &str,
        body: &crate::types::AttachContactToACompanyRequest,
    ) -> crate::Result<crate::Response<crate::types::Company>> {
        let mut request = crate::request::ApiRequest::new(
            "attachContactToACompany",
            reqwest::Method::POST,
            "/contacts/{id}/companies",
            ["/contacts/", &crate::request::encode_segment(id), "/companies"].concat(),
        );
        request.json(body)?;
        crate::client::execute(self, request).await?.json::<crate::types::Company>()
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
    pub async fn detach_contact_from_a_company(
        &self,
        contact_id: &str,
        id: &str,
    ) -> crate::Result<crate::types::Company> {
        self.detach_contact_from_a_company_with_response(contact_id, id)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::detach_contact_from_a_company`](crate::Client::detach_contact_from_a_company), also returning the status, headers and rate-limit information.
    pub async fn detach_contact_from_a_company_with_response(
        &self,
        contact_id: &str,
        id: &str,
    ) -> crate::Result<crate::Response<crate::types::Company>> {
        let request = crate::request::ApiRequest::new(
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
        );
        crate::client::execute(self, request).await?.json::<crate::types::Company>()
    }

    /// Update companies in bulk
    ///
    /// Preview only: Intercom's unstable version.
    ///
    /// Starts a background job that updates up to 100 companies, each named by its Intercom `id`. An item naming no existing company fails on its own; nothing is created. Fields outside the request schema are ignored. Poll the job with the get-bulk-companies-job operation, and pass `job.id` to add work to an existing job.
    ///
    /// `PUT /companies/bulk` (operation `BulkUpdateCompanies`)
    ///
    /// Arguments:
    /// - `body`: the `application/json` request body
    pub async fn bulk_update_companies(
        &self,
        body: &crate::types::BulkUpdateCompaniesRequest,
    ) -> crate::Result<crate::types::CompaniesBulkJob> {
        self.bulk_update_companies_with_response(body)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::bulk_update_companies`](crate::Client::bulk_update_companies), also returning the status, headers and rate-limit information.
    pub async fn bulk_update_companies_with_response(
        &self,
        body: &crate::types::BulkUpdateCompaniesRequest,
    ) -> crate::Result<crate::Response<crate::types::CompaniesBulkJob>> {
        let mut request = crate::request::ApiRequest::new(
            "BulkUpdateCompanies",
            reqwest::Method::PUT,
            "/companies/bulk",
            String::from("/companies/bulk"),
        );
        request.json(body)?;
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::CompaniesBulkJob>()
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
    /// Arguments:
    /// - `body`: the `application/json` request body
    pub async fn bulk_create_companies(
        &self,
        body: &crate::types::BulkCreateCompaniesRequest,
    ) -> crate::Result<crate::types::CompaniesBulkJob> {
        self.bulk_create_companies_with_response(body)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::bulk_create_companies`](crate::Client::bulk_create_companies), also returning the status, headers and rate-limit information.
    pub async fn bulk_create_companies_with_response(
        &self,
        body: &crate::types::BulkCreateCompaniesRequest,
    ) -> crate::Result<crate::Response<crate::types::CompaniesBulkJob>> {
        let mut request = crate::request::ApiRequest::new(
            "BulkCreateCompanies",
            reqwest::Method::POST,
            "/companies/bulk",
            String::from("/companies/bulk"),
        );
        request.json(body)?;
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::CompaniesBulkJob>()
    }

    /// Delete companies in bulk
    ///
    /// Preview only: Intercom's unstable version.
    ///
    /// Starts a background job that archives up to 100 companies, each named by its Intercom `id`: like the single delete, their contacts are detached and the company record is kept. Poll the job with the get-bulk-companies-job operation, and pass `job.id` to add work to an existing job.
    ///
    /// `POST /companies/bulk/delete` (operation `BulkDeleteCompanies`)
    ///
    /// Arguments:
    /// - `body`: the `application/json` request body
    pub async fn bulk_delete_companies(
        &self,
        body: &crate::types::BulkDeleteCompaniesRequest,
    ) -> crate::Result<crate::types::CompaniesBulkJob> {
        self.bulk_delete_companies_with_response(body)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::bulk_delete_companies`](crate::Client::bulk_delete_companies), also returning the status, headers and rate-limit information.
    pub async fn bulk_delete_companies_with_response(
        &self,
        body: &crate::types::BulkDeleteCompaniesRequest,
    ) -> crate::Result<crate::Response<crate::types::CompaniesBulkJob>> {
        let mut request = crate::request::ApiRequest::new(
            "BulkDeleteCompanies",
            reqwest::Method::POST,
            "/companies/bulk/delete",
            String::from("/companies/bulk/delete"),
        );
        request.json(body)?;
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::CompaniesBulkJob>()
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
    pub async fn show_bulk_companies_job(
        &self,
        id: &str,
    ) -> crate::Result<crate::types::CompaniesBulkJob> {
        self.show_bulk_companies_job_with_response(id)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::show_bulk_companies_job`](crate::Client::show_bulk_companies_job), also returning the status, headers and rate-limit information.
    pub async fn show_bulk_companies_job_with_response(
        &self,
        id: &str,
    ) -> crate::Result<crate::Response<crate::types::CompaniesBulkJob>> {
        let request = crate::request::ApiRequest::new(
            "ShowBulkCompaniesJob",
            reqwest::Method::GET,
            "/companies/bulk/{id}",
            ["/companies/bulk/", &crate::request::encode_segment(id)].concat(),
        );
        crate::client::execute(self, request)
            .await?
            .json::<crate::types::CompaniesBulkJob>()
    }
}
