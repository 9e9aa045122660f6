// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Notes`.
//!
//! Free-text notes that admins keep about a contact or a company.

/// # Notes
///
/// Free-text notes that admins keep about a contact or a company.
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let note_list = client.list_company_notes("66a1f40ab8e4d70012ab3501").await?;
    ///     println!("{note_list:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_company_notes(
        &self,
        company_id: &str,
    ) -> crate::Call<'_, crate::types::NoteList> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "listCompanyNotes",
                reqwest::Method::GET,
                "/companies/{company_id}/notes",
                ["/companies/", &crate::request::encode_segment(company_id), "/notes"]
                    .concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::NoteList>(),
        )
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::CreateCompanyNoteRequest;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = CreateCompanyNoteRequest::new("Renewal call booked for March.")
    ///         .admin_id("7301942");
    ///     let note = client.create_company_note("66a1f40ab8e4d70012ab3501", &request).await?;
    ///     println!("{note:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn create_company_note(
        &self,
        company_id: &str,
        body: &crate::types::CreateCompanyNoteRequest,
    ) -> crate::Call<'_, crate::types::Note> {
        let request = crate::request::ApiRequest::new(
                "createCompanyNote",
                reqwest::Method::POST,
                "/companies/{company_id}/notes",
                ["/companies/", &crate::request::encode_segment(company_id), "/notes"]
                    .concat(),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(self, request, |response| response.json::<crate::types::Note>())
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let note_list = client.list_notes("66a1f3c2b8e4d70012ab34cd").await?;
    ///     println!("{note_list:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_notes(&self, id: &str) -> crate::Call<'_, crate::types::NoteList> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "listNotes",
                reqwest::Method::GET,
                "/contacts/{id}/notes",
                ["/contacts/", &crate::request::encode_segment(id), "/notes"].concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::NoteList>(),
        )
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::CreateNoteRequest;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = CreateNoteRequest::new("Asked about a family bike rack.")
    ///         .contact_id("66a1f3c2b8e4d70012ab34cd")
    ///         .admin_id("7301942");
    ///     let note = client.create_note("66a1f3c2b8e4d70012ab34cd", &request).await?;
    ///     println!("{note:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn create_note(
        &self,
        id: &str,
        body: &crate::types::CreateNoteRequest,
    ) -> crate::Call<'_, crate::types::Note> {
        let request = crate::request::ApiRequest::new(
                "createNote",
                reqwest::Method::POST,
                "/contacts/{id}/notes",
                ["/contacts/", &crate::request::encode_segment(id), "/notes"].concat(),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(self, request, |response| response.json::<crate::types::Note>())
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let note = client.retrieve_note(5510932).await?;
    ///     println!("{note:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn retrieve_note(&self, id: i64) -> crate::Call<'_, crate::types::Note> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "retrieveNote",
                reqwest::Method::GET,
                "/notes/{id}",
                ["/notes/", &crate::request::encode_segment(id)].concat(),
            ),
        );
        crate::Call::new(self, request, |response| response.json::<crate::types::Note>())
    }
}
