// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Notes`.
//!
//! Free-text notes that admins keep about a contact or a company.

impl crate::Client {
    /// List the notes of a company
    ///
    /// Since 2.15.
    ///
    /// Returns the notes admins wrote about the company, one page at a time.
    ///
    /// `GET /companies/{company_id}/notes` (operation `listCompanyNotes`)
    ///
    /// Arguments:
    /// - `company_id`: Intercom's identifier of the company (not your `company_id`, despite the name).
    pub async fn list_company_notes(
        &self,
        company_id: &str,
    ) -> crate::Result<crate::types::NoteList> {
        self.list_company_notes_with_response(company_id)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::list_company_notes`](crate::Client::list_company_notes), also returning the status, headers and rate-limit information.
    pub async fn list_company_notes_with_response(
        &self,
        company_id: &str,
    ) -> crate::Result<crate::Response<crate::types::NoteList>> {
        let request = crate::request::ApiRequest::new(
            "listCompanyNotes",
            reqwest::Method::GET,
            "/companies/{company_id}/notes",
            ["/companies/", &crate::request::encode_segment(company_id), "/notes"]
                .concat(),
        );
        crate::client::execute(self, request).await?.json::<crate::types::NoteList>()
    }

    /// Add a note to a company
    ///
    /// Since 2.16.
    ///
    /// Writes a note about the company on behalf of an admin.
    ///
    /// `POST /companies/{company_id}/notes` (operation `createCompanyNote`)
    ///
    /// Arguments:
    /// - `company_id`: Intercom's identifier of the company (not your `company_id`, despite the name).
    /// - `body`: the `application/json` request body
    pub async fn create_company_note(
        &self,
        company_id: &str,
        body: &crate::types::CreateCompanyNoteRequest,
    ) -> crate::Result<crate::types::Note> {
        self.create_company_note_with_response(company_id, body)
            .await
            .map(crate::Response::into_body)
    }

    /// Like [`Client::create_company_note`](crate::Client::create_company_note), also returning the status, headers and rate-limit information.
    pub async fn create_company_note_with_response(
        &self,
        company_id: &str,
        body: &crate::types::CreateCompanyNoteRequest,
    ) -> crate::Result<crate::Response<crate::types::Note>> {
        let mut request = crate::request::ApiRequest::new(
            "createCompanyNote",
            reqwest::Method::POST,
            "/companies/{company_id}/notes",
            ["/companies/", &crate::request::encode_segment(company_id), "/notes"]
                .concat(),
        );
        request.json(body)?;
        crate::client::execute(self, request).await?.json::<crate::types::Note>()
    }

    /// List the notes of a contact
    ///
    /// Since 2.7.
    ///
    /// Returns the notes admins wrote about the contact, one page at a time.
    ///
    /// `GET /contacts/{id}/notes` (operation `listNotes`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the contact.
    pub async fn list_notes(&self, id: &str) -> crate::Result<crate::types::NoteList> {
        self.list_notes_with_response(id).await.map(crate::Response::into_body)
    }

    /// Like [`Client::list_notes`](crate::Client::list_notes), also returning the status, headers and rate-limit information.
    pub async fn list_notes_with_response(
        &self,
        id: &str,
    ) -> crate::Result<crate::Response<crate::types::NoteList>> {
        let request = crate::request::ApiRequest::new(
            "listNotes",
            reqwest::Method::GET,
            "/contacts/{id}/notes",
            ["/contacts/", &crate::request::encode_segment(id), "/notes"].concat(),
        );
        crate::client::execute(self, request).await?.json::<crate::types::NoteList>()
    }

    /// Add a note to a contact
    ///
    /// Since 2.7.
    ///
    /// Writes a note about the contact on behalf of an admin.
    ///
    /// `POST /contacts/{id}/notes` (operation `createNote`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the contact.
    /// - `body`: the `application/json` request body
    pub async fn create_note(
        &self,
        id: &str,
        body: &crate::types::CreateNoteRequest,
    ) -> crate::Result<crate::types::Note> {
        self.create_note_with_response(id, body).await.map(crate::Response::into_body)
    }

    /// Like [`Client::create_note`](crate::Client::create_note), also returning the status, headers and rate-limit information.
    pub async fn create_note_with_response(
        &self,
        id: &str,
        body: &crate::types::CreateNoteRequest,
    ) -> crate::Result<crate::Response<crate::types::Note>> {
        let mut request = crate::request::ApiRequest::new(
            "createNote",
            reqwest::Method::POST,
            "/contacts/{id}/notes",
            ["/contacts/", &crate::request::encode_segment(id), "/notes"].concat(),
        );
        request.json(body)?;
        crate::client::execute(self, request).await?.json::<crate::types::Note>()
    }

    /// Retrieve a note
    ///
    /// Since 2.7.
    ///
    /// Returns one note by its id.
    ///
    /// `GET /notes/{id}` (operation `retrieveNote`)
    ///
    /// Arguments:
    /// - `id`: Identifier of the note.
    pub async fn retrieve_note(&self, id: i64) -> crate::Result<crate::types::Note> {
        self.retrieve_note_with_response(id).await.map(crate::Response::into_body)
    }

    /// Like [`Client::retrieve_note`](crate::Client::retrieve_note), also returning the status, headers and rate-limit information.
    pub async fn retrieve_note_with_response(
        &self,
        id: i64,
    ) -> crate::Result<crate::Response<crate::types::Note>> {
        let request = crate::request::ApiRequest::new(
            "retrieveNote",
            reqwest::Method::GET,
            "/notes/{id}",
            ["/notes/", &crate::request::encode_segment(id)].concat(),
        );
        crate::client::execute(self, request).await?.json::<crate::types::Note>()
    }
}
