//! The test kit's generated part, `src/testing/operations.rs`: the `Operation` enum and one
//! table row per operation (id, method, path, success status, default answer) that
//! `templates/runtime/testing.rs` reads.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use crate::model::ApiModel;
use crate::plan::{DefaultAnswer, Plan};

pub fn operations_file(model: &ApiModel, plan: &Plan) -> TokenStream {
    let testing = &plan.testing;
    let mut variants = Vec::new();
    let mut rows = Vec::new();
    let operations = model.operations.iter().zip(&plan.methods);
    for ((operation, method), fake) in operations.zip(&testing.operations) {
        let variant = format_ident!("{}", fake.variant);
        let doc = format!(
            " `{} {}` (`{}`): `Client::{}`.",
            operation.http_method, operation.path, operation.id, method.name
        );
        variants.push(quote!(#[doc = #doc] #variant,));
        let (id, method, path) = (&operation.id, &operation.http_method, &operation.path);
        let status = Literal::u16_unsuffixed(fake.status);
        let default = match &fake.default {
            DefaultAnswer::Example(json) => {
                let json = super::raw_string(json);
                quote!(Example(#json))
            }
            DefaultAnswer::Empty => quote!(Empty),
            DefaultAnswer::Unanswered => quote!(Unanswered),
        };
        rows.push(quote! {
            OperationInfo {
                operation: Operation::#variant,
                id: #id,
                method: #method,
                path: #path,
                status: #status,
                default: DefaultAnswer::#default,
            },
        });
    }
    let credential_query = &testing.credential_query;
    // An API without operations has an empty table, and no answers in it.
    let imports = if rows.is_empty() {
        quote!(
            use super::OperationInfo;
        )
    } else {
        quote!(
            use super::{DefaultAnswer, OperationInfo};
        )
    };
    quote! {
        //! The operations of the API, as the fake API knows them.

        #imports

        /// An operation of the API: what [`FakeApi::on`](super::FakeApi::on) scripts and a
        /// [`RecordedRequest`](super::RecordedRequest) names.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Operation {
            #(#variants)*
        }

        /// One row per operation, in the order of [`Operation`]'s variants.
        pub(super) const OPERATIONS: &[OperationInfo] = &[
            #(#rows)*
        ];

        /// Query parameters that carry credentials, redacted in recorded requests.
        pub(super) const CREDENTIAL_QUERY: &[&str] = &[#(#credential_query),*];
    }
}
