//! Estimated sizes of generated types, in bytes, for layout decisions: a union whose largest
//! variant is far larger than the others boxes it (as clippy's `large_enum_variant` asks), so
//! every value of the union does not pay for its largest alternative.

use crate::model::{ApiModel, TypeKind, TypeRef, Union};

/// How much larger than the next one a variant may be before it is boxed (clippy's default).
const MAX_VARIANT_DIFFERENCE: usize = 200;

/// Which variants of `union` to box, one per variant: those the model boxes (recursive ones),
/// then the largest, one at a time, while it is more than [`MAX_VARIANT_DIFFERENCE`] bytes
/// larger than the next.
pub fn variants_to_box(model: &ApiModel, union: &Union) -> Vec<bool> {
    let mut boxed: Vec<bool> = union.variants.iter().map(|variant| variant.boxed).collect();
    let mut sizes: Vec<usize> = union
        .variants
        .iter()
        .zip(&boxed)
        .map(|(variant, &is_boxed)| {
            if is_boxed {
                8
            } else {
                size_of(model, &variant.ty, 0)
            }
        })
        .collect();
    // The catch-all `Unknown(serde_json::Value)`.
    sizes.push(JSON_VALUE);
    loop {
        let mut order: Vec<usize> = (0..sizes.len()).collect();
        order.sort_by(|a, b| sizes[*b].cmp(&sizes[*a]).then(a.cmp(b)));
        let (largest, next) = (order[0], order.get(1).map_or(0, |&i| sizes[i]));
        if sizes[largest] <= next + MAX_VARIANT_DIFFERENCE || largest >= boxed.len() {
            return boxed;
        }
        boxed[largest] = true;
        sizes[largest] = 8;
    }
}

/// `serde_json::Value`.
const JSON_VALUE: usize = 32;

/// Nesting beyond which a type is counted as a pointer (recursive types are boxed anyway).
const MAX_DEPTH: usize = 8;

/// The estimated size of a value of `ty` (as a struct field: `Option` adds nothing where a
/// niche holds it, which is most of them).
fn size_of(model: &ApiModel, ty: &TypeRef, depth: usize) -> usize {
    if depth > MAX_DEPTH {
        return 8;
    }
    match ty {
        TypeRef::String | TypeRef::Array(_) | TypeRef::Map(_) | TypeRef::File => 24,
        TypeRef::Int32 => 8,
        TypeRef::Int64 | TypeRef::Float => 16,
        TypeRef::Boolean => 1,
        TypeRef::Json => JSON_VALUE,
        TypeRef::Named(id) => match model.types.get(*id).map(|def| &def.kind) {
            Some(TypeKind::Struct(fields)) => {
                let total: usize = fields
                    .iter()
                    .map(|field| {
                        if field.boxed {
                            8
                        } else {
                            size_of(model, &field.ty, depth + 1)
                        }
                    })
                    .sum();
                total.div_ceil(8) * 8
            }
            Some(TypeKind::Enum(_)) => 24,
            Some(TypeKind::Union(union)) => {
                let largest = union
                    .variants
                    .iter()
                    .map(|v| {
                        if v.boxed {
                            8
                        } else {
                            size_of(model, &v.ty, depth + 1)
                        }
                    })
                    .max()
                    .unwrap_or(0);
                largest.max(JSON_VALUE) + 8
            }
            Some(TypeKind::Alias(inner)) => size_of(model, inner, depth + 1),
            None => 8,
        },
    }
}
