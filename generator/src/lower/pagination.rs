//! Finding list operations by the shape of their schemas, not their names: a response
//! object with a list of items and a `pages` object holding either a next cursor
//! (`pages.next.starting_after`) or page numbers (`pages.page`/`pages.total_pages`), and a
//! request that accepts the cursor (`starting_after` query parameter, or a body
//! `pagination.starting_after`) or the page number (`page` query parameter).

use crate::model::{
    ApiModel, Field, PageInput, Pagination, ParamLocation, ResponseBody, Success, TypeId, TypeKind,
    TypeRef,
};

/// The struct a type reference ends at, through aliases.
fn struct_of<'m>(model: &'m ApiModel, ty: &TypeRef) -> Option<(TypeId, &'m [Field])> {
    let TypeRef::Named(id) = *ty else {
        return None;
    };
    model.struct_def(id).map(|(id, _, fields)| (id, fields))
}

/// The page struct of a response, and the union it is an alternative of, if any.
struct PageOf<'m> {
    id: TypeId,
    fields: &'m [Field],
    response_union: Option<(TypeId, String)>,
}

/// The page struct of a response: the response itself, or the one alternative of a response
/// union that is a struct with a `pages` field (lookups that return a page or a single item).
fn page_of<'m>(model: &'m ApiModel, response: &TypeRef) -> Option<PageOf<'m>> {
    if let Some((id, fields)) = struct_of(model, response) {
        return Some(PageOf {
            id,
            fields,
            response_union: None,
        });
    }
    let TypeRef::Named(union_id) = *response else {
        return None;
    };
    let TypeKind::Union(union) = &model.types.get(union_id)?.kind else {
        return None;
    };
    let mut pages = union.variants.iter().filter_map(|variant| {
        let (id, fields) = struct_of(model, &variant.ty)?;
        field(fields, "pages")?;
        Some((id, fields, variant.name.clone()))
    });
    let (id, fields, variant) = pages.next()?;
    if pages.next().is_some() || union.variants.iter().any(|v| v.boxed) {
        return None;
    }
    Some(PageOf {
        id,
        fields,
        response_union: Some((union_id, variant)),
    })
}

fn field<'m>(fields: &'m [Field], json_name: &str) -> Option<&'m Field> {
    fields.iter().find(|f| f.json_name == json_name)
}

fn is_string(model: &ApiModel, ty: &TypeRef) -> bool {
    match ty {
        TypeRef::String => true,
        TypeRef::Named(id) => matches!(
            model.types.get(*id).map(|d| &d.kind),
            Some(TypeKind::Alias(TypeRef::String))
        ),
        _ => false,
    }
}

fn is_integer(ty: &TypeRef) -> bool {
    matches!(ty, TypeRef::Int32 | TypeRef::Int64)
}

/// The list field of a page: `data` when present, else its only list of named items.
fn items_field(fields: &[Field]) -> Option<&Field> {
    let lists: Vec<&Field> = fields
        .iter()
        .filter(|f| matches!(f.ty, TypeRef::Array(_)))
        .collect();
    if let Some(data) = lists.iter().find(|f| f.json_name == "data") {
        return Some(data);
    }
    match lists.as_slice() {
        [only] => Some(only),
        _ => None,
    }
}

/// Sets `pagination` on every operation whose schemas have the shape of a paged list.
pub(crate) fn detect(model: &mut ApiModel) {
    let detected: Vec<Option<Pagination>> = model
        .operations
        .iter()
        .map(|operation| {
            let Success::Single(ResponseBody::Json(response)) = &operation.success else {
                return None;
            };
            let PageOf {
                id: page_type,
                fields: page_fields,
                response_union,
            } = page_of(model, response)?;
            let items = items_field(page_fields)?;
            let TypeRef::Array(item_type) = &items.ty else {
                return None;
            };
            let pages = field(page_fields, "pages")?;
            let (_, pages_fields) = struct_of(model, &pages.ty)?;
            let cursor_in_page = field(pages_fields, "next")
                .and_then(|next| struct_of(model, &next.ty))
                .and_then(|(_, next_fields)| field(next_fields, "starting_after"))
                .is_some_and(|f| is_string(model, &f.ty));
            let numbers_in_page = field(pages_fields, "page").is_some_and(|f| is_integer(&f.ty))
                && field(pages_fields, "total_pages").is_some_and(|f| is_integer(&f.ty));
            let optional_query = |name: &str| {
                operation
                    .params
                    .iter()
                    .find(|p| p.location == ParamLocation::Query && p.name == name && !p.required)
                    .filter(|_| operation.params_struct.is_some())
                    .map(|p| p.rust_name.clone())
            };
            let body_cursor = || {
                let body = operation.body.as_ref()?;
                let (_, body_fields) = struct_of(model, &body.ty)?;
                let pagination = field(body_fields, "pagination")?;
                let (object_type, object_fields) = struct_of(model, &pagination.ty)?;
                let cursor = field(object_fields, "starting_after")?;
                is_string(model, &cursor.ty).then(|| PageInput::Body {
                    field: pagination.name.clone(),
                    object_type,
                    cursor_field: cursor.name.clone(),
                })
            };
            // A page may describe both a cursor and page numbers; page by whichever of the
            // two the request can send back.
            let cursor_input = cursor_in_page
                .then(|| {
                    optional_query("starting_after")
                        .map(PageInput::Query)
                        .or_else(body_cursor)
                })
                .flatten();
            let (next, cursor) = if let Some(input) = cursor_input {
                (input, true)
            } else if numbers_in_page {
                (PageInput::Query(optional_query("page")?), false)
            } else {
                return None;
            };
            Some(Pagination {
                next,
                page_type,
                response_union,
                items_field: items.name.clone(),
                item_type: (**item_type).clone(),
                cursor,
            })
        })
        .collect();
    for (operation, pagination) in model.operations.iter_mut().zip(detected) {
        operation.pagination = pagination;
    }
}
