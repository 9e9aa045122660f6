//! Comparing the types of two surfaces: renames, fields, enum values, union variants.

use std::collections::{BTreeMap, BTreeSet};

use super::report::{change, Change, ChangeKind, Impact, Report, Section};
use super::surface::{ApiSurface, FieldSurface, TypeSurface, VariantSurface};

fn type_title(name: &str, ty: &TypeSurface) -> String {
    format!("`{name}` ({})", ty.kind)
}

pub(super) fn type_changes(old: &ApiSurface, new: &ApiSurface, report: &mut Report) {
    let mut removed: Vec<&String> = old
        .types
        .keys()
        .filter(|k| !new.types.contains_key(*k))
        .collect();
    let mut added: Vec<&String> = new
        .types
        .keys()
        .filter(|k| !old.types.contains_key(*k))
        .collect();
    // Renames: the same schema under a new Rust name.
    let mut renamed = Vec::new();
    removed.retain(|old_name| {
        let old_ty = &old.types[*old_name];
        if old_ty.pointer.is_empty() {
            return true;
        }
        let found = added.iter().position(|new_name| {
            let new_ty = &new.types[*new_name];
            new_ty.pointer == old_ty.pointer && new_ty.kind == old_ty.kind
        });
        match found {
            Some(index) => {
                renamed.push((*old_name, added.remove(index)));
                false
            }
            None => true,
        }
    });
    for name in added {
        let ty = &new.types[name];
        report.types_added.push(Section {
            key: name.clone(),
            title: type_title(name, ty),
            changes: vec![change(
                Impact::Minor,
                ChangeKind::TypeAdded,
                name,
                format!("type `{name}` added"),
                format!("new {} `types::{name}`", ty.kind),
            )],
        });
    }
    for name in removed {
        let ty = &old.types[name];
        report.types_removed.push(Section {
            key: name.clone(),
            title: type_title(name, ty),
            changes: vec![change(
                Impact::Major,
                ChangeKind::TypeRemoved,
                name,
                format!("type `{name}` removed"),
                format!("`types::{name}` no longer exists"),
            )],
        });
    }
    let mut pairs: Vec<(&String, &String)> = old
        .types
        .keys()
        .filter(|k| new.types.contains_key(*k))
        .map(|k| (k, k))
        .collect();
    pairs.extend(renamed);
    pairs.sort();
    for (old_name, new_name) in pairs {
        let (o, n) = (&old.types[old_name], &new.types[new_name]);
        let mut changes = Vec::new();
        let mut title = type_title(new_name, n);
        if old_name != new_name {
            title = format!("`{old_name}` → {title}");
            changes.push(change(
                Impact::Major,
                ChangeKind::TypeRenamed,
                new_name,
                format!(
                    "type `{old_name}` renamed `{new_name}` (schema `{}`)",
                    n.pointer
                ),
                format!("`types::{old_name}` no longer exists"),
            ));
        }
        type_diff(o, n, &mut changes);
        if !changes.is_empty() {
            report.types_changed.push(Section {
                key: new_name.clone(),
                title,
                changes,
            });
        }
    }
}

fn type_diff(o: &TypeSurface, n: &TypeSurface, out: &mut Vec<Change>) {
    if o.kind != n.kind {
        out.push(change(
            Impact::Major,
            ChangeKind::TypeKind,
            &n.kind,
            format!("kind `{}` → `{}`", o.kind, n.kind),
            "the type's shape changed entirely",
        ));
        return;
    }
    if o.non_exhaustive != n.non_exhaustive {
        let (impact, effect) = if n.non_exhaustive {
            (
                Impact::Major,
                "`#[non_exhaustive]` added: exhaustive matches and struct literals outside the crate stop compiling",
            )
        } else {
            (Impact::Minor, "`#[non_exhaustive]` removed")
        };
        out.push(change(
            impact,
            ChangeKind::Exhaustiveness,
            &n.kind,
            "exhaustiveness changed",
            effect,
        ));
    }
    // Surfaces written before structs had constructors record none; only compare two that do.
    let both_built = o.non_exhaustive && n.non_exhaustive && n.kind == "struct";
    if both_built && o.constructor != n.constructor {
        out.push(change(
            Impact::Major,
            ChangeKind::Constructor,
            "new",
            "required fields changed",
            format!(
                "`new({})` → `new({})`: every call of `new` must change",
                o.constructor.join(", "),
                n.constructor.join(", ")
            ),
        ));
    }
    match n.kind.as_str() {
        "struct" => fields_diff(o, n, out),
        "enum" => enum_diff(o, n, out),
        "alias" => {
            if o.target != n.target {
                let show = |t: &Option<String>| t.clone().unwrap_or_default();
                out.push(change(
                    Impact::Major,
                    ChangeKind::AliasTarget,
                    show(&n.target),
                    "alias target changed",
                    format!("`{}` → `{}`", show(&o.target), show(&n.target)),
                ));
            }
        }
        _ => variants_diff(o, n, out),
    }
}

fn flags(field: &FieldSurface) -> String {
    let required = if field.required {
        "required"
    } else {
        "optional"
    };
    let nullable = if field.nullable {
        "nullable"
    } else {
        "non-nullable"
    };
    format!("{required}, {nullable}")
}

fn fields_diff(o: &TypeSurface, n: &TypeSurface, out: &mut Vec<Change>) {
    let old_fields: BTreeMap<&str, &FieldSurface> =
        o.fields.iter().map(|f| (f.name.as_str(), f)).collect();
    let new_fields: BTreeMap<&str, &FieldSurface> =
        n.fields.iter().map(|f| (f.name.as_str(), f)).collect();
    for field in &n.fields {
        if old_fields.contains_key(field.name.as_str()) {
            continue;
        }
        let mut effect = format!("new field `{}: {}`", field.name, field.ty);
        let impact = if n.non_exhaustive {
            Impact::Minor
        } else {
            effect.push_str(": struct literals without `..Default::default()` stop compiling");
            Impact::Major
        };
        if field.required {
            effect.push_str(" (required: an argument of `new`)");
        }
        out.push(change(
            impact,
            ChangeKind::FieldAdded,
            &field.wire,
            format!("field `{}` added ({})", field.wire, flags(field)),
            effect,
        ));
    }
    for field in &o.fields {
        if new_fields.contains_key(field.name.as_str()) {
            continue;
        }
        out.push(change(
            Impact::Major,
            ChangeKind::FieldRemoved,
            &field.wire,
            format!("field `{}` removed", field.wire),
            format!("field `{}: {}` no longer exists", field.name, field.ty),
        ));
    }
    for b in &n.fields {
        let Some(a) = old_fields.get(b.name.as_str()) else {
            continue;
        };
        let flags_changed = a.required != b.required || a.nullable != b.nullable;
        let type_changed = a.ty != b.ty;
        if flags_changed {
            let (impact, effect) = if type_changed {
                (
                    Impact::Major,
                    format!("`{}: {}` → `{}: {}`", a.name, a.ty, b.name, b.ty),
                )
            } else {
                (Impact::Patch, format!("Rust type unchanged (`{}`)", b.ty))
            };
            out.push(change(
                impact,
                ChangeKind::FieldRequired,
                &b.wire,
                format!("field `{}`: {} → {}", b.wire, flags(a), flags(b)),
                effect,
            ));
        } else if type_changed {
            out.push(change(
                Impact::Major,
                ChangeKind::FieldType,
                &b.wire,
                format!("field `{}` type changed", b.wire),
                format!("`{}: {}` → `{}: {}`", a.name, a.ty, b.name, b.ty),
            ));
        }
        if a.wire != b.wire {
            out.push(change(
                Impact::Patch,
                ChangeKind::FieldWireName,
                &b.wire,
                format!("property `{}` → `{}`", a.wire, b.wire),
                format!("Rust field `{}` unchanged", b.name),
            ));
        }
        if a.deprecated != b.deprecated {
            let what = if b.deprecated {
                format!("field `{}` deprecated", b.wire)
            } else {
                format!("field `{}` no longer deprecated", b.wire)
            };
            out.push(change(
                Impact::Minor,
                ChangeKind::FieldDeprecated,
                &b.wire,
                what,
                "documentation only",
            ));
        }
    }
}

fn enum_diff(o: &TypeSurface, n: &TypeSurface, out: &mut Vec<Change>) {
    let value = |v: &VariantSurface| v.value.clone().unwrap_or_default();
    let old_values: BTreeMap<String, &VariantSurface> =
        o.variants.iter().map(|v| (value(v), v)).collect();
    let new_values: BTreeMap<String, &VariantSurface> =
        n.variants.iter().map(|v| (value(v), v)).collect();
    for (wire, variant) in &new_values {
        match old_values.get(wire) {
            None => {
                let (impact, effect) = added_variant_effect(n, &variant.name);
                out.push(change(
                    impact,
                    ChangeKind::EnumValueAdded,
                    wire,
                    format!("value `{wire}` added"),
                    format!("{effect}; `{wire}` was decoded as `Unknown(\"{wire}\")` before"),
                ));
            }
            Some(old) if old.name != variant.name => out.push(change(
                Impact::Major,
                ChangeKind::Variant,
                wire,
                format!("value `{wire}` renamed in Rust"),
                format!("variant `{}` renamed `{}`", old.name, variant.name),
            )),
            Some(_) => {}
        }
    }
    for (wire, variant) in &old_values {
        if !new_values.contains_key(wire) {
            out.push(change(
                Impact::Major,
                ChangeKind::EnumValueRemoved,
                wire,
                format!("value `{wire}` removed"),
                format!(
                    "variant `{}` no longer exists (code naming it breaks); `{wire}` now decodes as `Unknown`",
                    variant.name
                ),
            ));
        }
    }
}

fn added_variant_effect(ty: &TypeSurface, name: &str) -> (Impact, String) {
    if ty.non_exhaustive {
        (
            Impact::Minor,
            format!("new variant `{name}` (the enum is `#[non_exhaustive]`)"),
        )
    } else {
        (
            Impact::Major,
            format!("new variant `{name}`: exhaustive `match`es without a `_` arm stop compiling"),
        )
    }
}

fn variants_diff(o: &TypeSurface, n: &TypeSurface, out: &mut Vec<Change>) {
    let old_variants: BTreeMap<&str, &VariantSurface> =
        o.variants.iter().map(|v| (v.name.as_str(), v)).collect();
    let new_names: BTreeSet<&str> = n.variants.iter().map(|v| v.name.as_str()).collect();
    let payload = |v: &VariantSurface| v.ty.clone().unwrap_or_else(|| "()".to_string());
    for variant in &n.variants {
        match old_variants.get(variant.name.as_str()) {
            None => {
                let (impact, effect) = added_variant_effect(n, &variant.name);
                out.push(change(
                    impact,
                    ChangeKind::Variant,
                    &variant.name,
                    format!("alternative `{}({})` added", variant.name, payload(variant)),
                    effect,
                ));
            }
            Some(old) if payload(old) != payload(variant) => out.push(change(
                Impact::Major,
                ChangeKind::Variant,
                &variant.name,
                format!("alternative `{}` changed", variant.name),
                format!(
                    "`{}({})` → `{}({})`",
                    old.name,
                    payload(old),
                    variant.name,
                    payload(variant)
                ),
            )),
            Some(_) => {}
        }
    }
    for variant in &o.variants {
        if !new_names.contains(variant.name.as_str()) {
            out.push(change(
                Impact::Major,
                ChangeKind::Variant,
                &variant.name,
                format!("alternative `{}` removed", variant.name),
                format!("variant `{}` no longer exists", variant.name),
            ));
        }
    }
}
