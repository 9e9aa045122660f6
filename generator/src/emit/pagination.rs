//! Where a paged list operation gets its `Page` implementation and its `…_stream` and
//! `…_pages` methods.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use crate::emit::types::{field_shape, qualified_type, rust_type, FieldShape};
use crate::model::{
    ApiModel, Field, Operation, PageInput, Pagination, ParamLocation, TypeDef, TypeId, TypeKind,
    TypeRef,
};

fn struct_fields(model: &ApiModel, id: TypeId) -> Option<(&TypeDef, &[Field])> {
    model.struct_def(id).map(|(_, def, fields)| (def, fields))
}

fn named(ty: &TypeRef) -> Option<TypeId> {
    match ty {
        TypeRef::Named(id) => Some(*id),
        _ => None,
    }
}

/// Statements binding `binding` to a reference to the field at `path` under `self`,
/// returning `None` from the function when an optional field is absent.
fn access(
    model: &ApiModel,
    start: TypeId,
    path: &[&str],
) -> Option<(Vec<TokenStream>, Ident, &'static str)> {
    let mut statements = Vec::new();
    let mut current = quote!(self);
    let mut type_id = Some(start);
    let mut last_kind = "";
    let mut binding = format_ident!("value");
    for (index, json_name) in path.iter().enumerate() {
        let (def, fields) = struct_fields(model, type_id?)?;
        let field = fields.iter().find(|f| f.json_name == *json_name)?;
        let ident = format_ident!("{}", field.name);
        binding = format_ident!("{}", field.name);
        let statement = match field_shape(def, field) {
            FieldShape::Plain => quote!(let #binding = &#current.#ident;),
            FieldShape::Optional => quote!(let #binding = #current.#ident.as_ref()?;),
            FieldShape::ThreeState => return None,
        };
        statements.push(statement);
        current = quote!(#binding);
        last_kind = match field.ty {
            TypeRef::Int32 => "i32",
            TypeRef::Int64 => "i64",
            _ => "other",
        };
        if index + 1 < path.len() {
            type_id = named(&field.ty);
        }
    }
    Some((statements, binding, last_kind))
}

/// `impl Page for <page type>`.
pub fn page_impl(model: &ApiModel, pagination: &Pagination) -> Option<TokenStream> {
    let (def, fields) = struct_fields(model, pagination.page_type)?;
    let name = format_ident!("{}", def.name);
    let item = rust_type(model, &pagination.item_type);
    let items_field = fields.iter().find(|f| f.name == pagination.items_field)?;
    let items_ident = format_ident!("{}", items_field.name);
    let shape = field_shape(def, items_field);
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
    let next = if pagination.cursor {
        let (statements, cursor, _) = access(
            model,
            pagination.page_type,
            &["pages", "next", "starting_after"],
        )?;
        quote! {
            #(#statements)*
            (!#cursor.is_empty()).then(|| crate::PageRequest::Cursor(#cursor.clone()))
        }
    } else {
        let (page_statements, page, page_kind) =
            access(model, pagination.page_type, &["pages", "page"])?;
        let (total_statements, total, total_kind) =
            access(model, pagination.page_type, &["pages", "total_pages"])?;
        // The two paths share `pages`; bind it once.
        let total_statements = total_statements.into_iter().skip(1);
        let widen = |kind: &str, value: &Ident| {
            if kind == "i32" {
                quote!(i64::from(*#value))
            } else {
                quote!(*#value)
            }
        };
        let page_value = widen(page_kind, &page);
        let total_value = widen(total_kind, &total);
        quote! {
            #(#page_statements)*
            #(#total_statements)*
            let page: i64 = #page_value;
            (page < #total_value).then_some(crate::PageRequest::Number(page + 1))
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
pub fn union_page_impl(model: &ApiModel, pagination: &Pagination) -> Option<TokenStream> {
    let (union_id, page_variant) = pagination.response_union.as_ref()?;
    let def = model.types.get(*union_id)?;
    let TypeKind::Union(union) = &def.kind else {
        return None;
    };
    let name = format_ident!("{}", def.name);
    let item = rust_type(model, &pagination.item_type);
    let page_variant = format_ident!("{page_variant}");
    let single = union
        .variants
        .iter()
        .find(|v| v.ty == pagination.item_type && !v.boxed)
        .map(|v| {
            let variant = format_ident!("{}", v.name);
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
fn apply_page(
    model: &ApiModel,
    operation: &Operation,
    pagination: &Pagination,
) -> Option<TokenStream> {
    match &pagination.next {
        PageInput::Query(rust_name) => {
            let param = operation
                .params
                .iter()
                .find(|p| p.location == ParamLocation::Query && &p.rust_name == rust_name)?;
            let field = format_ident!("{rust_name}");
            Some(match (pagination.cursor, &param.ty) {
                (true, TypeRef::String) => quote! {
                    if let Some(crate::PageRequest::Cursor(cursor)) = page {
                        params.#field = Some(cursor);
                    }
                },
                (false, TypeRef::Int64) => quote! {
                    if let Some(crate::PageRequest::Number(number)) = page {
                        params.#field = Some(number);
                    }
                },
                (false, TypeRef::Int32) => quote! {
                    if let Some(crate::PageRequest::Number(number)) = page {
                        params.#field = i32::try_from(number).ok();
                    }
                },
                _ => return None,
            })
        }
        PageInput::Body {
            field,
            object_type,
            cursor_field,
        } => {
            let body = operation.body.as_ref().filter(|b| b.required)?;
            let (body_def, body_fields) = struct_fields(model, named(&body.ty)?)?;
            let holder = body_fields.iter().find(|f| &f.name == field)?;
            let (object_def, object_fields) = struct_fields(model, *object_type)?;
            let cursor = object_fields.iter().find(|f| &f.name == cursor_field)?;
            if holder.boxed || cursor.boxed || cursor.ty != TypeRef::String {
                return None;
            }
            let holder_ident = format_ident!("{}", holder.name);
            let cursor_ident = format_ident!("{}", cursor.name);
            let current = match field_shape(body_def, holder) {
                FieldShape::Plain => quote!(body.#holder_ident.clone()),
                FieldShape::Optional => quote!(body.#holder_ident.clone().unwrap_or_default()),
                FieldShape::ThreeState => quote! {
                    match body.#holder_ident.clone() {
                        Some(crate::Nullable::Value(value)) => value,
                        _ => Default::default(),
                    }
                },
            };
            let set_cursor = wrap(field_shape(object_def, cursor), quote!(cursor));
            let set_holder = wrap(field_shape(body_def, holder), quote!(pagination));
            Some(quote! {
                if let Some(crate::PageRequest::Cursor(cursor)) = page {
                    let mut pagination = #current;
                    pagination.#cursor_ident = #set_cursor;
                    body.#holder_ident = #set_holder;
                }
            })
        }
    }
}

/// The `…_stream` and `…_pages` methods of a paged list operation.
pub fn stream_methods(model: &ApiModel, operation: &Operation) -> Option<TokenStream> {
    let pagination = operation.pagination.as_ref()?;
    let apply = apply_page(model, operation, pagination)?;
    let fetched = match &pagination.response_union {
        Some((union_id, _)) => *union_id,
        None => pagination.page_type,
    };
    let page_type = format_ident!("{}", model.types.get(fetched)?.name);
    let item = qualified_type(model, &pagination.item_type);
    let method = format_ident!("{}", operation.method_name);
    let operation_id = &operation.id;
    let stream = format_ident!("{}_stream", operation.method_name);
    let pages = format_ident!("{}_pages", operation.method_name);

    let mut arguments = Vec::new();
    let mut forward = Vec::new();
    let mut owned = Vec::new();
    let mut per_call = Vec::new();
    let mut call = Vec::new();
    for param in operation
        .params
        .iter()
        .filter(|p| p.required || p.location == ParamLocation::Path)
    {
        let ident = format_ident!("{}", param.rust_name);
        let argument_type = crate::emit::operations::argument_type(model, &param.ty);
        arguments.push(quote!(#ident: #argument_type));
        forward.push(quote!(#ident));
        match &param.ty {
            TypeRef::Int32 | TypeRef::Int64 | TypeRef::Float | TypeRef::Boolean => {
                call.push(quote!(#ident));
            }
            TypeRef::String => {
                owned.push(quote!(let #ident = #ident.to_owned();));
                per_call.push(quote!(let #ident = #ident.clone();));
                call.push(quote!(&#ident));
            }
            TypeRef::Array(_) => {
                owned.push(quote!(let #ident = #ident.to_vec();));
                per_call.push(quote!(let #ident = #ident.clone();));
                call.push(quote!(&#ident));
            }
            _ => {
                owned.push(quote!(let #ident = #ident.clone();));
                per_call.push(quote!(let #ident = #ident.clone();));
                call.push(quote!(&#ident));
            }
        }
    }
    let mut mutable = Vec::new();
    if let Some(body) = &operation.body {
        let ty = crate::emit::operations::argument_type(model, &body.ty);
        if body.required {
            arguments.push(quote!(body: #ty));
            forward.push(quote!(body));
            owned.push(quote!(let body = body.clone();));
            call.push(quote!(&body));
        } else {
            arguments.push(quote!(body: Option<#ty>));
            forward.push(quote!(body));
            owned.push(quote!(let body = body.cloned();));
            call.push(quote!(body.as_ref()));
        }
        mutable.push(quote!(body));
    }
    if let Some(params_struct) = &operation.params_struct {
        let ty = format_ident!("{params_struct}");
        arguments.push(quote!(params: &crate::types::#ty));
        forward.push(quote!(params));
        owned.push(quote!(let params = params.clone();));
        call.push(quote!(&params));
        mutable.push(quote!(params));
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
            async move { self.#method(#(#call),*).await }
        }
    };
    let stream_doc = format!(
        " Every item of [`Client::{}`](crate::Client::{}), across all pages: a stream that fetches the next page only when the items of the previous one have been consumed. It ends after the last page, or after the first error.",
        operation.method_name, operation.method_name
    );
    let pages_doc = format!(
        " The pages of [`Client::{}`](crate::Client::{}), one by one, fetched lazily.",
        operation.method_name, operation.method_name
    );
    Some(quote! {
        #[doc = #stream_doc]
        pub fn #stream(&self, #(#arguments),*) -> impl futures_core::Stream<Item = crate::Result<#item>> + Send + Unpin + '_ {
            crate::pagination::items(self.#pages(#(#forward),*))
        }

        #[doc = #pages_doc]
        pub fn #pages(&self, #(#arguments),*) -> impl futures_core::Stream<Item = crate::Result<crate::types::#page_type>> + Send + Unpin + '_ {
            #(#owned)*
            crate::pagination::paginate_pages(#operation_id, None, #fetch)
        }
    })
}
