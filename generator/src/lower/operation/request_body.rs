//! Lowering request bodies: the preferred content type (JSON, multipart, form, text, else
//! raw bytes), the body's type, a form body's encoding object, and its examples.

use openapiv3::{MediaType, ReferenceOr, RequestBody as SpecRequestBody};

use super::{is_json, reference_text, OperationLowerer};
use crate::diagnostics::pointer_token;
use crate::model::{BodyEncoding, FormField, FormStyle, RequestBody, TypeRef};
use crate::refs::resolve;

impl<'a> OperationLowerer<'a, '_> {
    pub(super) fn request_body(
        &mut self,
        body: &'a ReferenceOr<SpecRequestBody>,
        type_prefix: &str,
        operation_id: &str,
        pointer: &str,
    ) -> Option<RequestBody> {
        let body_pointer = format!("{pointer}/requestBody");
        let components = self.spec.components.as_ref().map(|c| &c.request_bodies);
        let body = match resolve(body, "requestBodies", components) {
            Ok(body) => body,
            Err(message) => {
                self.schemas.warn_unresolved(
                    reference_text(body),
                    &body_pointer,
                    format!("{message}; request body ignored"),
                );
                return None;
            }
        };
        let preference = |media: &str| {
            let essence = media.split(';').next().unwrap_or(media).trim();
            if is_json(essence) {
                0
            } else if essence == "multipart/form-data" {
                1
            } else if essence == "application/x-www-form-urlencoded" {
                2
            } else if essence.starts_with("text/") {
                3
            } else {
                4
            }
        };
        let (media, content) = body
            .content
            .iter()
            .min_by_key(|(media, _)| preference(media))?;
        let media_pointer = format!("{body_pointer}/content/{}", pointer_token(media));
        let encoding = match preference(media) {
            0 => BodyEncoding::Json,
            1 => BodyEncoding::Multipart,
            2 => BodyEncoding::Form,
            3 => BodyEncoding::Text,
            _ => {
                if media != "application/octet-stream" {
                    self.warn(
                        &media_pointer,
                        format!("request content type `{media}` is not supported natively; the body is sent as raw bytes"),
                    );
                }
                BodyEncoding::Binary
            }
        };
        let ty = match (encoding, &content.schema) {
            (BodyEncoding::Text, _) => TypeRef::String,
            (BodyEncoding::Binary, _) => TypeRef::File,
            (_, Some(schema)) => {
                let hint = format!("{type_prefix}Request");
                self.schemas
                    .lower(schema.into(), &hint, &format!("{media_pointer}/schema"))
                    .ty
            }
            (_, None) => TypeRef::Json,
        };
        let form_fields = if encoding == BodyEncoding::Form {
            form_fields(content)
        } else {
            Vec::new()
        };
        if matches!(encoding, BodyEncoding::Json | BodyEncoding::Form) {
            self.collect_examples(
                content,
                &ty,
                operation_id,
                &format!("{operation_id} request"),
                true,
                None,
            );
        }
        Some(RequestBody {
            encoding,
            content_type: media.clone(),
            ty,
            required: body.required,
            form_fields,
        })
    }
}

/// The properties of a form body whose encoding object says how to write them: a JSON
/// `contentType` as JSON text, a `style` (or `explode` alone, which means `form`) as it says.
/// The rest keep the bracket style.
fn form_fields(content: &MediaType) -> Vec<FormField> {
    content
        .encoding
        .iter()
        .filter_map(|(name, encoding)| {
            let json = encoding.content_type.as_deref().is_some_and(is_json);
            let style = match (&encoding.style, encoding.explode) {
                _ if json => FormStyle::Json,
                (Some(openapiv3::QueryStyle::Form), explode) => FormStyle::Form { explode },
                (Some(openapiv3::QueryStyle::SpaceDelimited), _) => FormStyle::SpaceDelimited,
                (Some(openapiv3::QueryStyle::PipeDelimited), _) => FormStyle::PipeDelimited,
                (None, true) => FormStyle::Form { explode: true },
                (Some(openapiv3::QueryStyle::DeepObject), _) | (None, false) => return None,
            };
            Some(FormField {
                name: name.clone(),
                style,
            })
        })
        .collect()
}
