//! Where an operation becomes a client method: one file per tag under `src/operations/`.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use crate::emit::{docs, method_examples};
use crate::model::{
    ApiModel, BodyEncoding, FormStyle, Operation, Param, ParamLocation, ParamStyle, ResponseBody,
    Success, Tag,
};
use crate::plan::{ArgumentKind, MethodPlan, Plan, Scope};

/// The methods of one tag, as an `impl Client` block.
pub fn tag_file(model: &ApiModel, plan: &Plan, tag: &Tag, crate_ident: &str) -> TokenStream {
    let header = match &tag.path_group {
        Some(path) => format!(" Operations under `{path}` (the spec does not tag them)."),
        None => format!(" Operations tagged `{}`.", tag.name),
    };
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
        .zip(&plan.methods)
        .filter(|(op, _)| op.tag == tag.module)
        .map(|(op, method)| operation_methods(model, plan, op, method, crate_ident));
    let heading = format!(" # {}", tag.name);
    let impl_docs = tag
        .description
        .as_deref()
        .map(|d| {
            docs::sanitize(d)
                .lines()
                .next()
                .unwrap_or_default()
                .trim()
                .to_string()
        })
        .filter(|line| !line.is_empty())
        .map(|line| {
            let line = format!(" {line}");
            quote!(#[doc = ""] #[doc = #line])
        });
    quote! {
        #![doc = #header]
        #description

        #[doc = #heading]
        #impl_docs
        impl crate::Client {
            #(#methods)*
        }
    }
}

fn decode(plan: &Plan, body: &ResponseBody) -> TokenStream {
    match body {
        ResponseBody::Empty => quote!(empty()),
        ResponseBody::Json(ty) => {
            let root = quote!(crate);
            let ty = crate::plan::value_type(&plan.names, ty).tokens(Scope::Crate(&root));
            quote!(json::<#ty>())
        }
        ResponseBody::Text => quote!(text()),
        ResponseBody::Binary => quote!(bytes()),
    }
}

fn style_tokens(style: ParamStyle) -> TokenStream {
    match style {
        ParamStyle::Form { explode } => {
            quote!(crate::request::QueryStyle::Form { explode: #explode })
        }
        ParamStyle::SpaceDelimited => quote!(crate::request::QueryStyle::SpaceDelimited),
        ParamStyle::PipeDelimited => quote!(crate::request::QueryStyle::PipeDelimited),
        ParamStyle::DeepObject => quote!(crate::request::QueryStyle::DeepObject),
        ParamStyle::Simple { explode } => {
            quote!(crate::request::PathStyle::Simple { explode: #explode })
        }
        ParamStyle::Label { explode } => {
            quote!(crate::request::PathStyle::Label { explode: #explode })
        }
        ParamStyle::Matrix { explode } => {
            quote!(crate::request::PathStyle::Matrix { explode: #explode })
        }
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
            pieces.push(match param.style {
                ParamStyle::Simple { explode: false } => {
                    quote!(&crate::request::encode_segment(#ident))
                }
                style => {
                    let style = style_tokens(style);
                    quote!(&crate::request::encode_path_param(#variable, #ident, #style))
                }
            });
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

fn operation_methods(
    model: &ApiModel,
    whole: &Plan,
    operation: &Operation,
    plan: &MethodPlan,
    crate_ident: &str,
) -> TokenStream {
    let root = quote!(crate);
    let method = format_ident!("{}", plan.name);
    let mut arguments = Vec::new();
    let mut argument_docs = Vec::new();
    let mut positional = operation
        .params
        .iter()
        .filter(|p| p.required || p.location == ParamLocation::Path);
    for argument in &plan.arguments {
        let ident = format_ident!("{}", argument.name);
        let ty = argument.ty.tokens(Scope::Crate(&root));
        arguments.push(quote!(#ident: #ty));
        match argument.kind {
            ArgumentKind::Param => {
                let detail = positional
                    .next()
                    .and_then(|param| param.docs.as_deref())
                    .map(|d| format!(": {}", first_line(d)))
                    .unwrap_or_default();
                argument_docs.push(format!("- `{}`{detail}", argument.name));
            }
            ArgumentKind::Body => {
                // The type says what a JSON body is; other encodings are worth a word.
                if let Some(body) = operation
                    .body
                    .as_ref()
                    .filter(|body| body.encoding != BodyEncoding::Json)
                {
                    argument_docs.push(format!("- `body`: sent as `{}`", body.content_type));
                }
            }
            ArgumentKind::Params => {
                argument_docs.push("- `params`: optional parameters".to_string());
            }
        }
    }

    let operation_id = &operation.id;
    let http_method = format_ident!("{}", operation.http_method);
    let template = &operation.path;
    let path = path_expression(operation);
    let mut statements = Vec::new();
    if let Some(security) = &operation.security {
        let security = crate::emit::auth::security_tokens(whole, security);
        statements.push(quote!(request.security(#security);));
    }
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
            BodyEncoding::Json => quote!(request.json(body)?;),
            BodyEncoding::Form => {
                let fields = body.form_fields.iter().map(|field| {
                    let name = &field.name;
                    let style = match field.style {
                        FormStyle::Form { explode } => quote!(Form { explode: #explode }),
                        FormStyle::SpaceDelimited => quote!(SpaceDelimited),
                        FormStyle::PipeDelimited => quote!(PipeDelimited),
                        FormStyle::Brackets => quote!(Brackets),
                        FormStyle::Json => quote!(Json),
                    };
                    quote! {
                        crate::form::FieldEncoding {
                            name: #name,
                            style: crate::form::FormStyle::#style,
                        }
                    }
                });
                quote!(request.form(body, &[#(#fields),*])?;)
            }
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
    let output = plan.returns.tokens(Scope::Crate(&root));
    let decode = match &operation.success {
        Success::Single(body) => {
            let decode = decode(whole, body);
            quote!(|response| response.#decode)
        }
        Success::ByStatus { name, variants } => {
            let enum_name = format_ident!("{name}");
            let mut arms = Vec::new();
            let mut fallback = TokenStream::new();
            for (index, (status, variant, body)) in variants.iter().enumerate() {
                let variant = format_ident!("{variant}");
                let decode = decode(whole, body);
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
            quote! {
                |response| match response.status().as_u16() {
                    #(#arms)*
                    _ => #fallback,
                }
            }
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
    let since = operation.since.as_deref().map(|since| {
        if since.eq_ignore_ascii_case("preview") {
            "Preview only: Intercom's unstable version.".to_string()
        } else {
            format!("Since {since}.")
        }
    });
    let mut doc = docs::paragraphs(&[
        summary,
        deprecated_note,
        since.as_deref(),
        operation.description.as_deref(),
        Some(&endpoint),
        security_doc(model, operation).as_deref(),
        arguments_doc.as_deref(),
    ]);
    doc.extend(method_examples::section(
        model,
        whole,
        crate_ident,
        operation,
        plan,
    ));
    let deprecated = operation.deprecated.then(|| quote!(#[deprecated]));
    let streams = crate::emit::pagination::stream_methods(plan, &operation.id);
    let new_request = quote! {
        crate::request::ApiRequest::new(
            #operation_id,
            reqwest::Method::#http_method,
            #template,
            #path,
        )
    };
    let build = if statements.is_empty() {
        quote!(let request = Ok(#new_request);)
    } else {
        quote! {
            let request = #new_request.with(|request| {
                #(#statements)*
                Ok(())
            });
        }
    };
    quote! {
        #doc
        #deprecated
        pub fn #method(&self, #(#arguments),*) -> crate::Call<'_, #output> {
            #build
            crate::Call::new(self, request, #decode)
        }

        #streams
    }
}

/// What an operation with its own `security` sends (the default is documented on the builder).
fn security_doc(model: &ApiModel, operation: &Operation) -> Option<String> {
    let security = operation.security.as_ref()?;
    if security.is_empty() {
        return Some("Sends no credentials (the spec's `security: []`).".to_string());
    }
    let alternatives: Vec<String> = security
        .iter()
        .map(|schemes| {
            let names: Vec<String> = schemes
                .iter()
                .filter_map(|&index| model.auth.schemes.get(index))
                .map(|scheme| format!("`{}`", scheme.name))
                .collect();
            if names.is_empty() {
                "none".to_string()
            } else {
                names.join(" and ")
            }
        })
        .collect();
    let choice = if alternatives.len() > 1 {
        " (the first the client has)"
    } else {
        ""
    };
    Some(format!(
        "Credentials: {}{choice}.",
        alternatives.join(", else ")
    ))
}

fn first_line(text: &str) -> String {
    let text = docs::sanitize(text);
    text.lines().next().unwrap_or_default().trim().to_string()
}
