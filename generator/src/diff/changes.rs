//! Comparing two surfaces, change by change (the rules are in the module documentation).

use super::report::{change, Change, ChangeKind, Impact, Report, Section};
use super::surface::{operation_key, ApiSurface, OperationSurface, ParamSurface};
use super::type_changes::type_changes;

/// Compares two surfaces (see the module documentation for the rules).
pub fn diff(old: &ApiSurface, new: &ApiSurface) -> Report {
    let mut report = Report {
        old_label: old.version.clone(),
        new_label: new.version.clone(),
        ..Report::default()
    };
    general_changes(old, new, &mut report.general);
    operation_changes(old, new, &mut report);
    type_changes(old, new, &mut report);
    report
}

fn general_changes(old: &ApiSurface, new: &ApiSurface, out: &mut Vec<Change>) {
    if old.version != new.version {
        out.push(change(
            Impact::Patch,
            ChangeKind::ApiVersion,
            &new.version,
            format!("API version `{}` → `{}`", old.version, new.version),
            "documentation only",
        ));
    }
    if old.version_header != new.version_header {
        let show = |h: &Option<String>| h.clone().unwrap_or_else(|| "none".to_string());
        out.push(change(
            Impact::Minor,
            ChangeKind::VersionHeader,
            show(&new.version_header),
            format!(
                "default version header `{}` → `{}`",
                show(&old.version_header),
                show(&new.version_header)
            ),
            "requests send the new API version unless the caller picks one; responses may differ",
        ));
    }
    for region in &new.regions {
        if !old.regions.contains(region) {
            out.push(change(
                Impact::Minor,
                ChangeKind::RegionAdded,
                region,
                format!("region `{region}` added"),
                format!("new variant `Region::{region}`"),
            ));
        }
    }
    for region in &old.regions {
        if !new.regions.contains(region) {
            out.push(change(
                Impact::Major,
                ChangeKind::RegionRemoved,
                region,
                format!("region `{region}` removed"),
                format!("`Region::{region}` no longer exists"),
            ));
        }
    }
}

fn signature(op: &OperationSurface) -> String {
    let mut args = vec!["&self".to_string()];
    for param in op.params.iter().filter(|p| p.required) {
        args.push(format!("{}: {}", param.rust_name, param.ty));
    }
    if let Some(body) = &op.body {
        args.push(format!("body: {body}"));
    }
    if let Some(params) = &op.params_struct {
        args.push(format!("params: &{params}"));
    }
    format!(
        "fn {}({}) -> Result<{}>",
        op.method,
        args.join(", "),
        op.returns
    )
}

fn operation_title(op: &OperationSurface) -> String {
    format!("`{} {}` `{}`", op.http_method, op.path, op.method)
}

fn operation_changes(old: &ApiSurface, new: &ApiSurface, report: &mut Report) {
    let mut removed: Vec<&String> = old
        .operations
        .keys()
        .filter(|k| !new.operations.contains_key(*k))
        .collect();
    let mut added: Vec<&String> = new
        .operations
        .keys()
        .filter(|k| !old.operations.contains_key(*k))
        .collect();
    // Operations whose path moved but kept their operationId (or method name).
    let mut moved = Vec::new();
    removed.retain(|old_key| {
        let old_op = &old.operations[*old_key];
        let found = added.iter().position(|new_key| {
            let new_op = &new.operations[*new_key];
            new_op.operation_id == old_op.operation_id || new_op.method == old_op.method
        });
        match found {
            Some(index) => {
                moved.push((*old_key, added.remove(index)));
                false
            }
            None => true,
        }
    });
    for key in added {
        let op = &new.operations[key];
        report.operations_added.push(Section {
            key: key.clone(),
            title: operation_title(op),
            changes: vec![change(
                Impact::Minor,
                ChangeKind::OperationAdded,
                key,
                format!("operation `{}` added", op.operation_id),
                format!("new method `{}`", signature(op)),
            )],
        });
    }
    for key in removed {
        let op = &old.operations[key];
        report.operations_removed.push(Section {
            key: key.clone(),
            title: operation_title(op),
            changes: vec![change(
                Impact::Major,
                ChangeKind::OperationRemoved,
                key,
                format!("operation `{}` removed", op.operation_id),
                format!("method `Client::{}` no longer exists", op.method),
            )],
        });
    }
    let mut pairs: Vec<(&String, &String)> = old
        .operations
        .keys()
        .filter(|k| new.operations.contains_key(*k))
        .map(|k| (k, k))
        .collect();
    pairs.extend(moved);
    pairs.sort();
    for (old_key, new_key) in pairs {
        let (o, n) = (&old.operations[old_key], &new.operations[new_key]);
        let changes = operation_diff(o, n);
        if changes.is_empty() {
            continue;
        }
        let title = if old_key == new_key {
            operation_title(n)
        } else {
            format!("`{} {}` → {}", o.http_method, o.path, operation_title(n))
        };
        report.operations_changed.push(Section {
            key: new_key.clone(),
            title,
            changes,
        });
    }
}

fn operation_diff(o: &OperationSurface, n: &OperationSurface) -> Vec<Change> {
    let mut out = Vec::new();
    if o.operation_id != n.operation_id || o.method != n.method {
        let (impact, effect) = if o.method == n.method {
            (
                Impact::Patch,
                format!("method name unchanged (`{}`)", n.method),
            )
        } else {
            (
                Impact::Major,
                format!(
                    "method `Client::{}` renamed `Client::{}`",
                    o.method, n.method
                ),
            )
        };
        out.push(change(
            impact,
            ChangeKind::OperationRenamed,
            &n.operation_id,
            format!("operationId `{}` → `{}`", o.operation_id, n.operation_id),
            effect,
        ));
    }
    if o.path != n.path {
        let old_key = operation_key(&o.http_method, &o.path);
        let new_key = operation_key(&n.http_method, &n.path);
        let effect = if old_key == new_key {
            let renamed: Vec<String> = path_params(o)
                .zip(path_params(n))
                .filter(|(a, b)| a.rust_name != b.rust_name)
                .map(|(a, b)| format!("`{}` → `{}`", a.rust_name, b.rust_name))
                .collect();
            if renamed.is_empty() {
                "no effect on callers".to_string()
            } else {
                format!(
                    "positional argument renamed {}; no effect on callers",
                    renamed.join(", ")
                )
            }
        } else {
            "the method calls the new path; no effect on callers".to_string()
        };
        out.push(change(
            Impact::Patch,
            ChangeKind::PathChanged,
            &n.path,
            format!("path `{}` → `{}`", o.path, n.path),
            effect,
        ));
    }
    if o.deprecated != n.deprecated {
        let (impact, what, effect) = if n.deprecated {
            (
                Impact::Minor,
                "deprecated",
                "the method is `#[deprecated]`: calls warn",
            )
        } else {
            (
                Impact::Minor,
                "no longer deprecated",
                "`#[deprecated]` removed",
            )
        };
        out.push(change(
            impact,
            ChangeKind::Deprecated,
            &n.method,
            what,
            effect,
        ));
    }
    params_diff(o, n, &mut out);
    match (&o.body, &n.body) {
        (None, Some(body)) => out.push(change(
            Impact::Major,
            ChangeKind::BodyAdded,
            body,
            "request body added",
            format!("new argument `body: {body}`"),
        )),
        (Some(body), None) => out.push(change(
            Impact::Major,
            ChangeKind::BodyRemoved,
            body,
            "request body removed",
            format!("argument `body: {body}` removed"),
        )),
        (Some(a), Some(b)) if a != b => out.push(change(
            Impact::Major,
            ChangeKind::BodyType,
            b,
            "request body type changed",
            format!("argument `body: {a}` → `body: {b}`"),
        )),
        _ => {}
    }
    let streams = |op: &OperationSurface| format!("`{0}_stream` and `{0}_pages`", op.method);
    match (&o.stream_item, &n.stream_item) {
        (None, Some(item)) => out.push(change(
            Impact::Minor,
            ChangeKind::Pagination,
            item,
            "now paginated",
            format!("new methods {} streaming `{item}`", streams(n)),
        )),
        (Some(item), None) => out.push(change(
            Impact::Major,
            ChangeKind::Pagination,
            item,
            "no longer paginated",
            format!("methods {} removed", streams(o)),
        )),
        (Some(a), Some(b)) if a != b => out.push(change(
            Impact::Major,
            ChangeKind::Pagination,
            b,
            "page item type changed",
            format!("{} stream `{b}` instead of `{a}`", streams(n)),
        )),
        _ => {}
    }
    if o.returns != n.returns {
        out.push(change(
            Impact::Major,
            ChangeKind::ResponseType,
            &n.returns,
            "response type changed",
            format!("returns `{}` instead of `{}`", n.returns, o.returns),
        ));
    }
    out
}

fn path_params(op: &OperationSurface) -> impl Iterator<Item = &ParamSurface> {
    op.params.iter().filter(|p| p.location == "path")
}

/// Matching key of a parameter: position for path parameters (names are ignored), location
/// and wire name otherwise.
fn param_keys(op: &OperationSurface) -> Vec<(String, &ParamSurface)> {
    let mut index = 0;
    op.params
        .iter()
        .map(|p| {
            if p.location == "path" {
                index += 1;
                (format!("path#{index}"), p)
            } else {
                (format!("{} {}", p.location, p.name), p)
            }
        })
        .collect()
}

fn find<'a>(list: &[(String, &'a ParamSurface)], key: &str) -> Option<&'a ParamSurface> {
    list.iter().find(|(k, _)| k == key).map(|(_, p)| *p)
}

fn describe_param(p: &ParamSurface) -> String {
    format!("{} parameter `{}`", p.location, p.name)
}

fn params_diff(o: &OperationSurface, n: &OperationSurface, out: &mut Vec<Change>) {
    let old_params = param_keys(o);
    let new_params = param_keys(n);
    let struct_name = |op: &OperationSurface| op.params_struct.clone().unwrap_or_default();
    match (&o.params_struct, &n.params_struct) {
        (None, Some(s)) => out.push(change(
            Impact::Major,
            ChangeKind::ParamsStruct,
            s,
            "first optional parameter",
            format!("new last argument `params: &{s}`"),
        )),
        (Some(s), None) => out.push(change(
            Impact::Major,
            ChangeKind::ParamsStruct,
            s,
            "no optional parameters left",
            format!("argument `params: &{s}` removed; `{s}` no longer exists"),
        )),
        (Some(a), Some(b)) if a != b => out.push(change(
            Impact::Major,
            ChangeKind::ParamsStruct,
            b,
            "optional-parameter struct renamed",
            format!("`{a}` renamed `{b}`"),
        )),
        _ => {}
    }
    for (key, p) in &new_params {
        if find(&old_params, key).is_some() {
            continue;
        }
        let (impact, effect) = if p.required {
            (
                Impact::Major,
                format!("new positional argument `{}: {}`", p.rust_name, p.ty),
            )
        } else if o.params_struct.is_some() {
            (
                Impact::Major,
                format!(
                    "new field `{}::{}: {}`: struct literals without `..Default::default()` stop compiling",
                    struct_name(n),
                    p.rust_name,
                    p.ty
                ),
            )
        } else {
            (
                Impact::Minor,
                format!(
                    "field `{}: {}` of the new `{}`",
                    p.rust_name,
                    p.ty,
                    struct_name(n)
                ),
            )
        };
        let required = if p.required { "required" } else { "optional" };
        out.push(change(
            impact,
            ChangeKind::ParamAdded,
            &p.name,
            format!("{} added ({required})", describe_param(p)),
            effect,
        ));
    }
    for (key, p) in &old_params {
        if find(&new_params, key).is_some() {
            continue;
        }
        let effect = if p.required {
            format!("positional argument `{}` removed", p.rust_name)
        } else {
            format!("field `{}::{}` removed", struct_name(o), p.rust_name)
        };
        out.push(change(
            Impact::Major,
            ChangeKind::ParamRemoved,
            &p.name,
            format!("{} removed", describe_param(p)),
            effect,
        ));
    }
    for (key, b) in &new_params {
        let Some(a) = find(&old_params, key) else {
            continue;
        };
        if a.required != b.required {
            let effect = if b.required {
                format!(
                    "`{}::{}: {}` becomes the positional argument `{}: {}`",
                    struct_name(o),
                    a.rust_name,
                    a.ty,
                    b.rust_name,
                    b.ty
                )
            } else {
                format!(
                    "positional argument `{}: {}` becomes `{}::{}: {}`",
                    a.rust_name,
                    a.ty,
                    struct_name(n),
                    b.rust_name,
                    b.ty
                )
            };
            let now = if b.required { "required" } else { "optional" };
            out.push(change(
                Impact::Major,
                ChangeKind::ParamRequired,
                &b.name,
                format!("{} is now {now}", describe_param(b)),
                effect,
            ));
        } else if a.ty != b.ty {
            out.push(change(
                Impact::Major,
                ChangeKind::ParamType,
                &b.name,
                format!("{} type changed", describe_param(b)),
                format!("`{}: {}` → `{}: {}`", a.rust_name, a.ty, b.rust_name, b.ty),
            ));
        }
    }
    // Positional arguments kept on both sides must keep their relative order.
    let positional = |list: &[(String, &ParamSurface)], other: &[(String, &ParamSurface)]| {
        list.iter()
            .filter(|(k, p)| p.required && other.iter().any(|(k2, p2)| k2 == k && p2.required))
            .map(|(k, _)| k.clone())
            .collect::<Vec<_>>()
    };
    let old_order = positional(&old_params, &new_params);
    let new_order = positional(&new_params, &old_params);
    if old_order != new_order {
        out.push(change(
            Impact::Major,
            ChangeKind::ParamOrder,
            &n.method,
            "parameters reordered",
            format!("positional arguments now `{}`", new_order.join(", ")),
        ));
    }
}
