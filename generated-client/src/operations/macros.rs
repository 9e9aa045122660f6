// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Macros`.
//!
//! Saved replies teammates insert into conversations.

/// # Macros
///
/// Saved replies teammates insert into conversations.
impl crate::Client {
    /// List macros
    ///
    /// Since 2.16.
    ///
    /// Returns the workspace's macros (saved replies), most recently updated first, one page at a time. Pass `pages.next.starting_after` of a page back as `starting_after` to get the next one.
    ///
    /// Placeholders in `body` come as `<attribute key="..." default="..."/>` elements; `body_text` keeps Intercom's `{{...}}` syntax. The token needs the `read_conversations` scope.
    ///
    /// `GET /macros` (operation `listMacros`)
    ///
    /// Arguments:
    /// - `params`: optional parameters
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::ListMacrosParams;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let params = ListMacrosParams {
    ///         per_page: Some(50),
    ///         starting_after: Some("WzE3NjQ1MDAwMDAsICIyMDQxMSJd".to_string()),
    ///         updated_since: Some(1759276800),
    ///     };
    ///     let macro_list = client.list_macros(&params).await?;
    ///     println!("{macro_list:?}");
    ///     let mut items = client.list_macros_stream(&params);
    ///     while let Some(item) = items.try_next().await? {
    ///         println!("{item:?}");
    ///     }
    ///     Ok(())
    /// }
    /// ```
    pub fn list_macros(
        &self,
        params: &crate::types::ListMacrosParams,
    ) -> crate::Call<'_, crate::types::MacroList> {
        let request = crate::request::ApiRequest::new(
                "listMacros",
                reqwest::Method::GET,
                "/macros",
                String::from("/macros"),
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
                request
                    .query(
                        "updated_since",
                        &params.updated_since,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::MacroList>(),
        )
    }

    /// Every item of [`Client::list_macros`](crate::Client::list_macros), across all pages: a stream that fetches the next page only when the items of the previous one have been consumed. It ends after the last page, or after the first error.
    pub fn list_macros_stream(
        &self,
        params: &crate::types::ListMacrosParams,
    ) -> crate::Paginated<'_, crate::types::Macro> {
        crate::pagination::items(self.list_macros_pages(params))
    }

    /// The pages of [`Client::list_macros`](crate::Client::list_macros), one by one, fetched lazily.
    pub fn list_macros_pages(
        &self,
        params: &crate::types::ListMacrosParams,
    ) -> crate::Paginated<'_, crate::types::MacroList> {
        let params = params.clone();
        crate::pagination::paginate_pages(
            "listMacros",
            None,
            move |page: Option<crate::PageRequest>| {
                let mut params = params.clone();
                if let Some(crate::PageRequest::Cursor(cursor)) = page {
                    params.starting_after = Some(cursor);
                }
                async move { self.list_macros(&params).await }
            },
        )
    }

    /// Get a macro
    ///
    /// Since 2.16.
    ///
    /// Returns one macro (saved reply) by id, provided the calling teammate may see it: a macro visible to `specific_teams` is only returned to members of those teams, and for anyone else the answer is 404, as if it did not exist.
    ///
    /// Placeholders in `body` come as `<attribute key="..." default="..."/>` elements with HTML-escaped defaults; `body_text` keeps Intercom's `{{...}}` syntax.
    ///
    /// `GET /macros/{id}` (operation `getMacro`)
    ///
    /// Arguments:
    /// - `id`: Intercom's id of the macro.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let macro_ = client.get_macro("20411").await?;
    ///     println!("{macro_:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn get_macro(&self, id: &str) -> crate::Call<'_, crate::types::Macro> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "getMacro",
                reqwest::Method::GET,
                "/macros/{id}",
                ["/macros/", &crate::request::encode_segment(id)].concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::Macro>(),
        )
    }
}
