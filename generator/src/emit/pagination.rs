//! Where a paged list operation gets its `Page` implementation and its `…_stream` and
//! `…_pages` methods.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use crate::model::{ApiModel, Pagination, TypeKind};
use crate::plan::{
    ArgumentKind, FieldShape, MethodPlan, NextPage, PageNumbering, Plan, RustType, Scope, Step,
};

/// Statements binding a reference to the field at the end of `steps` under `self`,
/// returning `None` from the function when an optional field is absent; and that binding.
fn access(steps: &[Step]) -> Option<(Vec<TokenStream>, Ident, &RustType)> {
    let mut statements = Vec::new();
    let mut current = quote!(self);
    let mut last = None;
    for step in steps {
        let ident = format_ident!("{}", step.field);
        let statement = match step.shape {
            FieldShape::Plain => quote!(let #ident = &#current.#ident;),
            FieldShape::Optional => quote!(let #ident = #current.#ident.as_ref()?;),
            FieldShape::ThreeState => return None,
        };
        statements.push(statement);
        current = quote!(#ident);
        last = Some((ident, &step.value));
    }
    let (binding, value) = last?;
    Some((statements, binding, value))
}

/// `impl Page for <page type>`.
pub fn page_impl(model: &ApiModel, plan: &Plan, pagination: &Pagination) -> Option<TokenStream> {
    let (page_id, _, fields) = model.struct_def(pagination.page_type)?;
    let page = plan.types.get(page_id)?;
    let name = format_ident!("{}", page.name);
    let item = crate::plan::value_type(&plan.names, &pagination.item_type).tokens(Scope::Types);
    let index = fields
        .iter()
        .position(|f| f.name == pagination.items_field)?;
    let items_ident = format_ident!("{}", fields[index].name);
    let shape = page.fields.get(index)?.shape;
    let into_items = match shape {
        FieldShape::Plain => quote!(self.#items_ident),
        _ => quote!(self.#items_ident.unwrap_or_default()),
    };
    let item_count = match shape {
        FieldShape::Plain => quote!(self.#items_ident.len()),
        FieldShape::Optional => quote!(self.#items_ident.as_ref().map_or(0, Vec::len)),
        FieldShape::ThreeState => quote! {
            self.#items_ident.as_ref().and_then(crate::Nullable::as_option).map_or(0, Vec::len)
        },
    };
    let next = match crate::plan::page_numbering(model, &plan.names, &pagination.value)? {
        PageNumbering::Cursor(steps) => {
            let (statements, cursor, _) = access(&steps)?;
            quote! {
                #(#statements)*
                (!#cursor.is_empty()).then(|| crate::PageRequest::Cursor(#cursor.clone()))
            }
        }
        PageNumbering::Numbers { page, total } => {
            let (page_statements, page, page_type) = access(&page)?;
            let (total_statements, total, total_type) = access(&total)?;
            // The two paths share `pages`; bind it once.
            let total_statements = total_statements.into_iter().skip(1);
            let widen = |ty: &RustType, value: &Ident| {
                if *ty == RustType::I32 {
                    quote!(i64::from(*#value))
                } else {
                    quote!(*#value)
                }
            };
            let page_value = widen(page_type, &page);
            let total_value = widen(total_type, &total);
            quote! {
                #(#page_statements)*
                #(#total_statements)*
                let page: i64 = #page_value;
                (page < #total_value).then_some(crate::PageRequest::Number(page + 1))
            }
        }
    };
    Some(quote! {
        impl crate::Page for #name {
            type Item = #item;

            fn next_page(&self) -> Option<crate::PageRequest> {
                #next
            }

            fn item_count(&self) -> usize {
                #item_count
            }

            fn into_items(self) -> Vec<#item> {
                #into_items
            }
        }
    })
}

/// `impl Page` for a response union with a page alternative: it delegates to the page, and
/// an alternative that is a single item counts as a page of that one item.
pub fn union_page_impl(
    model: &ApiModel,
    plan: &Plan,
    pagination: &Pagination,
) -> Option<TokenStream> {
    let (union_id, page_variant) = pagination.response_union.as_ref()?;
    let def = model.types.get(*union_id)?;
    let TypeKind::Union(union) = &def.kind else {
        return None;
    };
    let union_plan = plan.types.get(*union_id)?;
    let name = format_ident!("{}", union_plan.name);
    let item = crate::plan::value_type(&plan.names, &pagination.item_type).tokens(Scope::Types);
    // Variants are found by their model names and written with their final ones.
    let final_name = |model_name: &str| {
        let index = union.variants.iter().position(|v| v.name == model_name)?;
        union_plan
            .variant_names
            .get(index)
            .map(|n| format_ident!("{n}"))
    };
    let page_variant = final_name(page_variant)?;
    let single = union
        .variants
        .iter()
        .find(|v| v.ty == pagination.item_type && !v.boxed)
        .and_then(|v| final_name(&v.name))
        .map(|variant| {
            (
                quote!(Self::#variant(_) => 1,),
                quote!(Self::#variant(item) => vec![item],),
            )
        });
    let (single_count, single_items) = single.unzip();
    Some(quote! {
        impl crate::Page for #name {
            type Item = #item;

            fn next_page(&self) -> Option<crate::PageRequest> {
                match self {
                    Self::#page_variant(page) => crate::Page::next_page(page),
                    _ => None,
                }
            }

            fn item_count(&self) -> usize {
                match self {
                    Self::#page_variant(page) => crate::Page::item_count(page),
                    #single_count
                    _ => 0,
                }
            }

            fn into_items(self) -> Vec<#item> {
                match self {
                    Self::#page_variant(page) => crate::Page::into_items(page),
                    #single_items
                    _ => Vec::new(),
                }
            }
        }
    })
}

/// The value to store in a field of the given shape.
fn wrap(shape: FieldShape, value: TokenStream) -> TokenStream {
    match shape {
        FieldShape::Plain => value,
        FieldShape::Optional => quote!(Some(#value)),
        FieldShape::ThreeState => quote!(Some(crate::Nullable::Value(#value))),
    }
}

/// Code that writes the cursor or page number of `page` into the request.
fn apply_page(next: &NextPage) -> Option<TokenStream> {
    Some(match next {
        NextPage::QueryCursor(field) => {
            let field = format_ident!("{field}");
            quote! {
                if let Some(crate::PageRequest::Cursor(cursor)) = page {
                    params.#field = Some(cursor);
                }
            }
        }
        NextPage::QueryNumber(field, RustType::I32) => {
            let field = format_ident!("{field}");
            quote! {
                if let Some(crate::PageRequest::Number(number)) = page {
                    params.#field = i32::try_from(number).ok();
                }
            }
        }
        NextPage::QueryNumber(field, _) => {
            let field = format_ident!("{field}");
            quote! {
                if let Some(crate::PageRequest::Number(number)) = page {
                    params.#field = Some(number);
                }
            }
        }
        NextPage::BodyCursor { holder, cursor } => {
            let holder_ident = format_ident!("{}", holder.field);
            let cursor_ident = format_ident!("{}", cursor.field);
            let current = match holder.shape {
                FieldShape::Plain => quote!(body.#holder_ident.clone()),
                FieldShape::Optional => {
                    quote!(body.#holder_ident.clone().unwrap_or_else(crate::wire::Blank::blank))
                }
                FieldShape::ThreeState => quote! {
                    match body.#holder_ident.clone() {
                        Some(crate::Nullable::Value(value)) => value,
                        _ => crate::wire::Blank::blank(),
                    }
                },
            };
            let set_cursor = wrap(cursor.shape, quote!(cursor));
            let set_holder = wrap(holder.shape, quote!(pagination));
            quote! {
                if let Some(crate::PageRequest::Cursor(cursor)) = page {
                    let mut pagination = #current;
                    pagination.#cursor_ident = #set_cursor;
                    body.#holder_ident = #set_holder;
                }
            }
        }
        NextPage::Unsupported => return None,
    })
}

/// The `…_stream` and `…_pages` methods of a paged list operation.
pub fn stream_methods(method: &MethodPlan, operation_id: &str) -> Option<TokenStream> {
    let plan = method.stream.as_ref().filter(|p| !p.fetched.is_empty())?;
    let apply = apply_page(&plan.next)?;
    let page_type = format_ident!("{}", plan.fetched);
    let root = quote!(crate);
    let item = plan.item.tokens(Scope::Crate(&root));
    let call_name = format_ident!("{}", method.name);
    let stream = format_ident!("{}", plan.stream);
    let pages = format_ident!("{}", plan.pages);

    let mut arguments = Vec::new();
    let mut forward = Vec::new();
    let mut owned = Vec::new();
    let mut per_call = Vec::new();
    let mut call = Vec::new();
    let mut mutable = Vec::new();
    for argument in &method.arguments {
        let ident = format_ident!("{}", argument.name);
        let ty = argument.ty.tokens(Scope::Crate(&root));
        arguments.push(quote!(#ident: #ty));
        forward.push(quote!(#ident));
        match (argument.kind, &argument.ty) {
            (ArgumentKind::Param, ty) if ty.is_copy() => call.push(quote!(#ident)),
            (ArgumentKind::Param, ty) => {
                let to_owned = match ty {
                    RustType::Str => quote!(to_owned()),
                    RustType::Slice(_) => quote!(to_vec()),
                    _ => quote!(clone()),
                };
                owned.push(quote!(let #ident = #ident.#to_owned;));
                per_call.push(quote!(let #ident = #ident.clone();));
                call.push(quote!(&#ident));
            }
            (ArgumentKind::Body, RustType::Option(_)) => {
                owned.push(quote!(let body = body.cloned();));
                call.push(quote!(body.as_ref()));
                mutable.push(quote!(body));
            }
            (ArgumentKind::Body | ArgumentKind::Params, _) => {
                owned.push(quote!(let #ident = #ident.clone();));
                call.push(quote!(&#ident));
                mutable.push(quote!(#ident));
            }
        }
    }
    let rebind = mutable.iter().map(|name| {
        let uses = apply.to_string().contains(&format!("{name} ."));
        if uses {
            quote!(let mut #name = #name.clone();)
        } else {
            quote!(let #name = #name.clone();)
        }
    });
    let fetch = quote! {
        move |page: Option<crate::PageRequest>| {
            #(#per_call)*
            #(#rebind)*
            #apply
            async move { self.#call_name(#(#call),*).await }
        }
    };
    let stream_doc = format!(
        " Every item of [`Client::{0}`](crate::Client::{0}), across all pages: a stream that fetches the next page only when the items of the previous one have been consumed. It ends after the last page, or after the first error.",
        method.name
    );
    let pages_doc = format!(
        " The pages of [`Client::{0}`](crate::Client::{0}), one by one, fetched lazily.",
        method.name
    );
    Some(quote! {
        #[doc = #stream_doc]
        pub fn #stream(&self, #(#arguments),*) -> crate::Paginated<'_, #item> {
            crate::pagination::items(self.#pages(#(#forward),*))
        }

        #[doc = #pages_doc]
        pub fn #pages(&self, #(#arguments),*) -> crate::Paginated<'_, crate::types::#page_type> {
            #(#owned)*
            crate::pagination::paginate_pages(#operation_id, None, #fetch)
        }
    })
}
