// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Identity Verification Secrets`.
//!
//! The HMAC keys with which your servers sign the `user_hash` of Messenger users for identity verification, and their rotation.

/// # Identity Verification Secrets
///
/// The HMAC keys with which your servers sign the `user_hash` of Messenger users for identity verification, and their rotation.
impl crate::Client {
    /// List identity verification secrets
    ///
    /// Preview only: Intercom's unstable version.
    ///
    /// Returns the metadata of the workspace's identity verification secrets. The key material is never part of this response; it is only shown once, when the secret is created.
    ///
    /// `GET /secure_mode_secrets` (operation `listIdentityVerificationSecrets`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let identity_verification_secret_list = client
    ///         .list_identity_verification_secrets()
    ///         .await?;
    ///     println!("{identity_verification_secret_list:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_identity_verification_secrets(
        &self,
    ) -> crate::Call<'_, crate::types::IdentityVerificationSecretList> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "listIdentityVerificationSecrets",
                reqwest::Method::GET,
                "/secure_mode_secrets",
                String::from("/secure_mode_secrets"),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::IdentityVerificationSecretList>(),
        )
    }

    /// Create an identity verification secret
    ///
    /// Preview only: Intercom's unstable version.
    ///
    /// Generates a new random 256-bit signing key on Intercom's side and returns it in `secret`. Store it right away: no later response contains it, and a lost secret can only be replaced by rotating.
    ///
    /// At least one of `supports_android`, `supports_ios` and `supports_web` must be `true`. To rotate, create the new secret, sign `user_hash` values with it on every client, then delete the old one.
    ///
    /// `POST /secure_mode_secrets` (operation `createIdentityVerificationSecret`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::CreateIdentityVerificationSecretRequest;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = CreateIdentityVerificationSecretRequest::new("Messenger web 2026")
    ///         .supports_web(true);
    ///     let identity_verification_secret_with_material = client
    ///         .create_identity_verification_secret(&request)
    ///         .await?;
    ///     println!("{identity_verification_secret_with_material:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn create_identity_verification_secret(
        &self,
        body: &crate::types::CreateIdentityVerificationSecretRequest,
    ) -> crate::Call<'_, crate::types::IdentityVerificationSecretWithMaterial> {
        let request = crate::request::ApiRequest::new(
                "createIdentityVerificationSecret",
                reqwest::Method::POST,
                "/secure_mode_secrets",
                String::from("/secure_mode_secrets"),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| {
                response.json::<crate::types::IdentityVerificationSecretWithMaterial>()
            },
        )
    }

    /// Delete an identity verification secret
    ///
    /// Preview only: Intercom's unstable version.
    ///
    /// Deletes a secret. `user_hash` values signed with it stop verifying at once, so Messenger sessions that still use it are rejected on their next request: finish rolling out the replacement first.
    ///
    /// `DELETE /secure_mode_secrets/{id}` (operation `deleteIdentityVerificationSecret`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the secret.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     client.delete_identity_verification_secret("64").await?;
    ///     Ok(())
    /// }
    /// ```
    pub fn delete_identity_verification_secret(&self, id: &str) -> crate::Call<'_, ()> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "deleteIdentityVerificationSecret",
                reqwest::Method::DELETE,
                "/secure_mode_secrets/{id}",
                ["/secure_mode_secrets/", &crate::request::encode_segment(id)].concat(),
            ),
        );
        crate::Call::new(self, request, |response| response.empty())
    }
}
