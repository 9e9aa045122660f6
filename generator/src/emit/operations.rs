//! Where an operation becomes a client method: one file per tag under `src/operations/`.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use crate::emit::docs;
use crate::emit::types::qualified_type;
use crate::model::{
    ApiModel, BodyEncoding, Operation, Param, ParamLocation, QueryStyle, ResponseBody, Success,
    Tag, TypeRef,
};

/// The methods of one tag, as an `impl Client` block.
pub fn tag_file(model: &ApiModel, tag: &Tag) -> TokenStream {
    let header = format!(" Operations tagged `{}`.", tag.name);
    let description = tag
        .description
        .as_deref()
        .map(|d| {
            let text = docs::sanitize(d);
            let lines = text.lines().map(|l| {
                let l = if l.is_empty() {
                    String::new()
                } else {
                    format!(" {l}")
                };
                quote!(#![doc = #l])
            });
            quote!(#![doc = ""] #(#lines)*)
        })
        .unwrap_or_default();
    let methods = model
        .operations
        .iter()
        .filter(|op| op.tag == tag.module)
        .map(|op| operation_methods(model, op));
    quote! {
        #![doc = #header]
        #description

        impl crate::Client {
            #(#methods)*
        }
    }
}

/// The Rust type of a parameter in a method signature.
pub(crate) fn argument_type(model: &ApiModel, ty: &TypeRef) -> TokenStream {
    match ty {
        TypeRef::String => quote!(&str),
        TypeRef::Int32 | TypeRef::Int64 | TypeRef::Float | TypeRef::Boolean => {
            qualified_type(model, ty)
        }
        TypeRef::Array(inner) => {
            let inner = qualified_type(model, inner);
            quote!(&[#inner])
        }
        other => {
            let ty = qualified_type(model, other);
            quote!(&#ty)
        }
    }
}

fn body_type(model: &ApiModel, body: &ResponseBody) -> TokenStream {
    match body {
        ResponseBody::Empty => quote!(()),
        ResponseBody::Json(ty) => qualified_type(model, ty),
        ResponseBody::Text => quote!(String),
        ResponseBody::Binary => quote!(bytes::Bytes),
    }
}

fn decode(model: &ApiModel, body: &ResponseBody) -> TokenStream {
    match body {
        ResponseBody::Empty => quote!(empty()),
        ResponseBody::Json(ty) => {
            let ty = qualified_type(model, ty);
            quote!(json::<#ty>())
        }
        ResponseBody::Text => quote!(text()),
        ResponseBody::Binary => quote!(bytes()),
    }
}

fn style_tokens(style: QueryStyle) -> TokenStream {
    match style {
        QueryStyle::Form { explode } => {
            quote!(crate::request::QueryStyle::Form { explode: #explode })
        }
        QueryStyle::SpaceDelimited => quote!(crate::request::QueryStyle::SpaceDelimited),
        QueryStyle::PipeDelimited => quote!(crate::request::QueryStyle::PipeDelimited),
        QueryStyle::DeepObject => quote!(crate::request::QueryStyle::DeepObject),
    }
}

/// Expression building the encoded path from the template and the path parameters.
fn path_expression(operation: &Operation) -> TokenStream {
    let mut pieces = Vec::new();
    let mut rest = operation.path.as_str();
    while let Some(start) = rest.find('{') {
        let Some(length) = rest[start..].find('}') else {
            break;
        };
        let literal = &rest[..start];
        if !literal.is_empty() {
            pieces.push(quote!(#literal));
        }
        let variable = &rest[start + 1..start + length];
        if let Some(param) = operation
            .params
            .iter()
            .find(|p| p.location == ParamLocation::Path && p.name == variable)
        {
            let ident = format_ident!("{}", param.rust_name);
            pieces.push(quote!(&crate::request::encode_segment(#ident)));
        }
        rest = &rest[start + length + 1..];
    }
    if !rest.is_empty() {
        pieces.push(quote!(#rest));
    }
    match pieces.as_slice() {
        [only] if !only.to_string().starts_with('&') => quote!(String::from(#only)),
        _ => quote!([#(#pieces),*].concat()),
    }
}

fn param_statement(param: &Param, value: TokenStream) -> TokenStream {
    let name = &param.name;
    match param.location {
        ParamLocation::Query => {
            let style = style_tokens(param.style);
            quote!(request.query(#name, &#value, #style)?;)
        }
        ParamLocation::Header => quote!(request.header(#name, &#value)?;),
        ParamLocation::Path => TokenStream::new(),
    }
}

fn operation_methods(model: &ApiModel, operation: &Operation) -> TokenStream {
    let method = format_ident!("{}", operation.method_name);
    let with_response = format_ident!("{}_with_response", operation.method_name);
    let required: Vec<&Param> = operation
        .params
        .iter()
        .filter(|p| p.required || p.location == ParamLocation::Path)
        .collect();
    let mut arguments = Vec::new();
    let mut names = Vec::new();
    let mut argument_docs = Vec::new();
    for param in &required {
        let ident = format_ident!("{}", param.rust_name);
        let ty = argument_type(model, &param.ty);
        arguments.push(quote!(#ident: #ty));
        names.push(quote!(#ident));
        let detail = param
            .docs
            .as_deref()
            .map(|d| format!(": {}", first_line(d)))
            .unwrap_or_default();
        argument_docs.push(format!("- `{}`{detail}", param.rust_name));
    }
    if let Some(body) = &operation.body {
        let ty = argument_type(model, &body.ty);
        if body.required {
            arguments.push(quote!(body: #ty));
        } else {
            arguments.push(quote!(body: Option<#ty>));
        }
        names.push(quote!(body));
        argument_docs.push(format!(
            "- `body`: the `{}` request body",
            body.content_type
        ));
    }
    if let Some(params_struct) = &operation.params_struct {
        let ty = format_ident!("{params_struct}");
        arguments.push(quote!(params: &crate::types::#ty));
        names.push(quote!(params));
        argument_docs.push("- `params`: optional parameters".to_string());
    }

    let operation_id = &operation.id;
    let http_method = format_ident!("{}", operation.http_method);
    let template = &operation.path;
    let path = path_expression(operation);
    let mut statements = Vec::new();
    for param in &operation.params {
        match param.location {
            ParamLocation::Path => {}
            _ if param.required || operation.params_struct.is_none() => {
                let ident = format_ident!("{}", param.rust_name);
                statements.push(param_statement(param, quote!(#ident)));
            }
            _ => {
                let ident = format_ident!("{}", param.rust_name);
                statements.push(param_statement(param, quote!(params.#ident)));
            }
        }
    }
    if let Some(accept) = &operation.accept {
        statements.push(quote!(request.accept(#accept);));
    }
    if let Some(body) = &operation.body {
        let send = match body.encoding {
            BodyEncoding::Json | BodyEncoding::Form => quote!(request.json(body)?;),
            BodyEncoding::Multipart => {
                quote!(request.multipart(crate::request::Multipart::from_serialize(body)?);)
            }
            BodyEncoding::Text => {
                let content_type = &body.content_type;
                quote!(request.text_body(#content_type, body.to_string());)
            }
            BodyEncoding::Binary => {
                let content_type = &body.content_type;
                quote!(request.file_body(#content_type, body);)
            }
        };
        if body.required {
            statements.push(send);
        } else {
            statements.push(quote!(if let Some(body) = body { #send }));
        }
    }
    let (output, finish) = match &operation.success {
        Success::Single(body) => {
            let decode = decode(model, body);
            (
                body_type(model, body),
                quote!(crate::client::execute(self, request).await?.#decode),
            )
        }
        Success::ByStatus { name, variants } => {
            let enum_name = format_ident!("{name}");
            let mut arms = Vec::new();
            let mut fallback = TokenStream::new();
            for (index, (status, variant, body)) in variants.iter().enumerate() {
                let variant = format_ident!("{variant}");
                let decode = decode(model, body);
                let wrap = match body {
                    ResponseBody::Empty => quote!(|()| crate::types::#enum_name::#variant),
                    _ => quote!(crate::types::#enum_name::#variant),
                };
                let expression = quote!(response.#decode.map(|r| r.map(#wrap)));
                if index == 0 {
                    fallback = expression;
                } else {
                    let status = Literal::u16_unsuffixed(*status);
                    arms.push(quote!(#status => #expression,));
                }
            }
            (
                quote!(crate::types::#enum_name),
                quote! {
                    let response = crate::client::execute(self, request).await?;
                    match response.status().as_u16() {
                        #(#arms)*
                        _ => #fallback,
                    }
                },
            )
        }
    };

    let summary = operation
        .summary
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty());
    let endpoint = format!(
        "`{} {}` (operation `{}`)",
        operation.http_method, operation.path, operation.id
    );
    let arguments_doc =
        (!argument_docs.is_empty()).then(|| format!("Arguments:\n{}", argument_docs.join("\n")));
    let deprecated_note = operation.deprecated.then_some("**Deprecated** by the API.");
    let doc = docs::paragraphs(&[
        summary,
        deprecated_note,
        operation.description.as_deref(),
        Some(&endpoint),
        arguments_doc.as_deref(),
    ]);
    let raw_doc = format!(
        " Like [`Client::{}`](crate::Client::{}), also returning the status, headers and rate-limit information.",
        operation.method_name, operation.method_name
    );
    let deprecated = operation.deprecated.then(|| quote!(#[deprecated]));
    let streams = crate::emit::pagination::stream_methods(model, operation);
    let call = if operation.deprecated {
        quote! {
            #[allow(deprecated)]
            let response = self.#with_response(#(#names),*).await;
            response.map(crate::Response::into_body)
        }
    } else {
        quote!(self.#with_response(#(#names),*).await.map(crate::Response::into_body))
    };
    let binding = if statements.is_empty() {
        quote!(let request)
    } else {
        quote!(let mut request)
    };
    quote! {
        #doc
        #deprecated
        pub async fn #method(&self, #(#arguments),*) -> crate::Result<#output> {
            #call
        }

        #[doc = #raw_doc]
        #deprecated
        pub async fn #with_response(&self, #(#arguments),*) -> crate::Result<crate::Response<#output>> {
            #binding = crate::request::ApiRequest::new(
                #operation_id,
                reqwest::Method::#http_method,
                #template,
                #path,
            );
            #(#statements)*
            #finish
        }

        #streams
    }
}

fn first_line(text: &str) -> String {
    let text = docs::sanitize(text);
    text.lines().next().unwrap_or_default().trim().to_string()
}
