//! Spec → model: resolves references, names and hoists types, and lowers operations.

mod examples;
mod operation;
mod pagination;
mod reuse;
mod schema;
mod security;
mod view;
mod webhooks;

pub use webhooks::WEBHOOKS_FEATURE;

use std::collections::{BTreeMap, BTreeSet, HashSet};

use openapiv3::{OpenAPI, Parameter, ParameterSchemaOrContent};

use crate::diagnostics::Warning;
use crate::model::{
    ApiModel, Operation, ResponseBody, Server, Success, Tag, TypeId, TypeKind, TypeRef,
    VersionHeader,
};
use crate::names::{self, Namespace};
use crate::refs;

/// The cargo feature that enables every tag (and the schemas no operation uses).
pub const FULL_FEATURE: &str = "full";

/// Lowers a parsed spec into the model, with the warnings raised on the way.
pub fn lower(spec: &OpenAPI) -> (ApiModel, Vec<Warning>) {
    let version_header = detect_version_header(spec);
    let (webhook_items, webhook_problems) = webhooks::read(spec);
    let mut schemas = schema::SchemaLowerer::new(spec);
    for (pointer, message) in webhook_problems {
        schemas.warn(&pointer, message);
    }
    let mut reported_schemes = BTreeSet::new();
    let auth = security::lower_auth(spec, &mut reported_schemes, &mut schemas.warnings);
    let mut operations = operation::OperationLowerer {
        spec,
        schemas: &mut schemas,
        auth: &auth,
        reported_schemes,
        version_header: version_header.as_ref().map(|h| h.name.clone()),
        method_names: Namespace::default(),
        operation_ids: HashSet::new(),
        examples: Vec::new(),
    };
    let mut lowered_operations = operations.lower_all();
    let examples = std::mem::take(&mut operations.examples);
    let webhooks = webhooks::lower(spec, &webhook_items, &mut schemas);
    let tags = tags(spec, &mut lowered_operations, !webhooks.is_empty());
    let mut model = ApiModel {
        title: spec.info.title.clone(),
        description: spec.info.description.clone(),
        version: spec.info.version.clone(),
        servers: servers(spec),
        auth,
        version_header,
        types: std::mem::take(&mut schemas.types),
        operations: lowered_operations,
        tags,
        examples,
        webhooks,
        webhook_tags: Vec::new(),
    };
    let mut warnings = std::mem::take(&mut schemas.warnings);
    warnings.extend(break_alias_cycles(&mut model));
    reuse::merge_identical_inline_types(&mut model);
    warnings.extend(examples::widen_contradicted_fields(&mut model));
    warnings.extend(examples::drop_wrong_objects(&mut model));
    mark_usage(&mut model);
    constants_as_strings(&mut model);
    examples::note_invisible_leniency(&mut model);
    box_recursive_fields(&mut model);
    pagination::detect(&mut model);
    (model, warnings)
}

/// The API version header: a header parameter whose name ends in `version`, taken from
/// the operations that declare one. Its default is the schema's default or `info.version`.
fn detect_version_header(spec: &OpenAPI) -> Option<VersionHeader> {
    let parameters = spec.components.as_ref().map(|c| &c.parameters);
    let schemas = spec.components.as_ref().map(|c| &c.schemas);
    let mut counts: BTreeMap<String, (usize, Option<String>)> = BTreeMap::new();
    let operation_parameters = spec
        .paths
        .paths
        .values()
        .filter_map(|item| item.as_item())
        .flat_map(|item| {
            item.iter()
                .flat_map(|(_, op)| op.parameters.iter())
                .chain(item.parameters.iter())
        });
    for parameter in operation_parameters {
        let Ok(parameter) = refs::resolve(parameter, "parameters", parameters) else {
            continue;
        };
        let Parameter::Header { parameter_data, .. } = parameter else {
            continue;
        };
        if !parameter_data
            .name
            .to_ascii_lowercase()
            .ends_with("version")
        {
            continue;
        }
        let default = match &parameter_data.format {
            ParameterSchemaOrContent::Schema(schema) => {
                let schema = refs::resolve(schema, "schemas", schemas).ok();
                schema
                    .and_then(|s| s.schema_data.default.as_ref())
                    .and_then(|d| d.as_str().map(str::to_string))
            }
            ParameterSchemaOrContent::Content(_) => None,
        };
        let entry = counts.entry(parameter_data.name.clone()).or_default();
        entry.0 += 1;
        if entry.1.is_none() {
            entry.1 = default;
        }
    }
    let (name, (_, default)) = counts.into_iter().max_by_key(|(_, (count, _))| *count)?;
    Some(VersionHeader {
        name,
        default: default.unwrap_or_else(|| spec.info.version.clone()),
    })
}

/// Servers, named from their `x-region` extension, else from what tells their hosts apart.
fn servers(spec: &OpenAPI) -> Vec<Server> {
    let hosts: Vec<Vec<&str>> = spec
        .servers
        .iter()
        .map(|server| {
            let host = server.url.split("://").nth(1).unwrap_or(&server.url);
            let host = host.split(['/', ':']).next().unwrap_or(host);
            host.split('.').collect()
        })
        .collect();
    let mut variant_names = Namespace::default();
    spec.servers
        .iter()
        .enumerate()
        .map(|(index, server)| {
            let from_extension = server
                .extensions
                .get("x-region")
                .and_then(|v| v.as_str())
                .map(names::type_name);
            let from_host = || {
                let distinct: Vec<&str> = hosts[index]
                    .iter()
                    .filter(|label| {
                        hosts
                            .iter()
                            .enumerate()
                            .any(|(other, labels)| other != index && !labels.contains(label))
                    })
                    .copied()
                    .collect();
                if hosts.len() == 1 || distinct.is_empty() {
                    "Default".to_string()
                } else {
                    names::type_name(&distinct.join("_"))
                }
            };
            let wanted = from_extension.unwrap_or_else(from_host);
            let mut url = server.url.clone();
            for (name, variable) in server.variables.iter().flatten() {
                url = url.replace(&format!("{{{name}}}"), &variable.default);
            }
            Server {
                variant: variant_names.claim(&wanted).0,
                url: url.trim_end_matches('/').to_string(),
                description: server.description.clone(),
            }
        })
        .collect()
}

/// Gives each untagged operation a group: the first literal segment of its path after the
/// prefix every untagged path shares (`/v1/tasks/{id}` → `tasks` when all start `/v1`); a
/// path that is all prefix takes the prefix's last segment (`/v1` → `v1`), and a path without
/// a literal segment (`/`, `/{id}`) the group `root`. Returns each group's shared path.
fn group_untagged(operations: &mut [Operation]) -> BTreeMap<String, String> {
    let segments = |path: &str| -> Vec<String> {
        path.split('/')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect()
    };
    let is_literal = |segment: &str| !segment.contains('{');
    let mut paths: Vec<Vec<String>> = operations
        .iter()
        .filter(|op| op.tag.is_empty())
        .map(|op| segments(&op.path))
        .filter(|segments| segments.iter().any(|s| is_literal(s)))
        .collect();
    paths.sort();
    paths.dedup();
    // One path shares nothing with others: its first segment names it.
    let strip = match paths.as_slice() {
        [first, rest @ ..] if !rest.is_empty() => rest.iter().fold(first.len(), |shared, path| {
            path.iter()
                .zip(first)
                .take(shared)
                .take_while(|(a, b)| a == b && is_literal(a))
                .count()
        }),
        _ => 0,
    };
    let mut groups = BTreeMap::new();
    for operation in operations.iter_mut().filter(|op| op.tag.is_empty()) {
        let path = segments(&operation.path);
        let literal = |(_, s): &(usize, &String)| is_literal(s);
        let found = path
            .iter()
            .enumerate()
            .skip(strip)
            .find(literal)
            .or_else(|| path.iter().enumerate().take(strip).rfind(literal));
        let (group, shared) = match found {
            Some((index, segment)) => (segment.clone(), format!("/{}", path[..=index].join("/"))),
            None => ("root".to_string(), "/".to_string()),
        };
        groups.entry(group.clone()).or_insert(shared);
        operation.tag = group;
    }
    groups
}

/// Tags in spec order (then any only operations mention, and the groups of untagged ones);
/// rewrites each operation's tag to the tag's module name.
fn tags(spec: &OpenAPI, operations: &mut [Operation], has_webhooks: bool) -> Vec<Tag> {
    let path_groups = group_untagged(operations);
    let mut tags: Vec<Tag> = Vec::new();
    // Tag modules are feature names too: `testing` is the test kit's feature, and
    // `webhooks` the webhooks' when the spec has some.
    let mut reserved = vec![
        "types",
        "client",
        "config",
        "default",
        "testing",
        FULL_FEATURE,
    ];
    if has_webhooks {
        reserved.push(webhooks::WEBHOOKS_FEATURE);
    }
    let mut modules = Namespace::with_reserved(&reserved);
    let mut add = |name: &str, description: Option<String>, tags: &mut Vec<Tag>| {
        if tags.iter().any(|t| t.name == name) {
            return;
        }
        let module = if name == "default" {
            "default_".to_string()
        } else {
            modules.claim(&names::module_name(name)).0
        };
        let path_group = description
            .is_none()
            .then(|| path_groups.get(name).cloned())
            .flatten();
        tags.push(Tag {
            name: name.to_string(),
            module,
            description,
            path_group,
        });
    };
    let used: HashSet<&str> = operations.iter().map(|o| o.tag.as_str()).collect();
    for tag in &spec.tags {
        if used.contains(tag.name.as_str()) {
            add(&tag.name, tag.description.clone(), &mut tags);
        }
    }
    for operation in operations.iter_mut() {
        // A group of untagged operations joins the tag of the same module (`/responses` and
        // the tag `Responses`).
        if path_groups.contains_key(&operation.tag) {
            let module = names::module_name(&operation.tag);
            if let Some(tag) = tags.iter().find(|t| t.module == module) {
                operation.tag = tag.name.clone();
                continue;
            }
        }
        add(&operation.tag, None, &mut tags);
    }
    for operation in operations.iter_mut() {
        if let Some(tag) = tags.iter().find(|t| t.name == operation.tag) {
            operation.tag = tag.module.clone();
        }
    }
    tags
}

/// Type aliases that expand to themselves (`A = Vec<A>`, `A = B`, `B = A` through
/// single-member `oneOf`s…) cannot be written in Rust. One alias of each cycle has its
/// references to the cycle replaced with `serde_json::Value`, with a warning.
fn break_alias_cycles(model: &mut ApiModel) -> Vec<Warning> {
    let mut warnings = Vec::new();
    // Each round breaks at least one cycle; the bound keeps hostile input linear-ish.
    for _ in 0..model.types.len() {
        let edges: Vec<Vec<TypeId>> = model
            .types
            .iter()
            .map(|def| match &def.kind {
                TypeKind::Alias(ty) => {
                    let mut out = Vec::new();
                    named_in(ty, &mut out);
                    out.retain(|id| {
                        model
                            .types
                            .get(*id)
                            .is_some_and(|t| matches!(t.kind, TypeKind::Alias(_)))
                    });
                    out
                }
                _ => Vec::new(),
            })
            .collect();
        let component = strongly_connected(&edges);
        let mut sizes = vec![0usize; edges.len()];
        for &c in &component {
            if let Some(size) = sizes.get_mut(c) {
                *size += 1;
            }
        }
        let cyclic = (0..edges.len()).find(|&id| {
            edges[id].contains(&id) || sizes.get(component[id]).is_some_and(|&size| size > 1)
        });
        let Some(id) = cyclic else {
            break;
        };
        let members: HashSet<TypeId> = (0..edges.len())
            .filter(|&other| component[other] == component[id])
            .collect();
        let Some(def) = model.types.get_mut(id) else {
            break;
        };
        if let TypeKind::Alias(ty) = &mut def.kind {
            replace_named(ty, &members);
        }
        warnings.push(Warning {
            pointer: def.pointer.clone(),
            message: format!(
                "`{}` refers to itself with no object in between (a recursive alias Rust cannot express); the recursive part is typed serde_json::Value",
                def.name
            ),
        });
    }
    warnings
}

/// Replaces references to any of `ids` in `ty` with untyped JSON.
fn replace_named(ty: &mut TypeRef, ids: &HashSet<TypeId>) {
    match ty {
        TypeRef::Named(id) if ids.contains(id) => *ty = TypeRef::Json,
        TypeRef::Array(inner) | TypeRef::Map(inner) => replace_named(inner, ids),
        _ => {}
    }
}

fn named_in(ty: &TypeRef, out: &mut Vec<TypeId>) {
    match ty {
        TypeRef::Named(id) => out.push(*id),
        TypeRef::Array(inner) | TypeRef::Map(inner) => named_in(inner, out),
        _ => {}
    }
}

/// Types a type refers to (through any container).
fn references(kind: &TypeKind) -> Vec<TypeId> {
    let mut out = Vec::new();
    match kind {
        TypeKind::Struct(fields) => fields.iter().for_each(|f| named_in(&f.ty, &mut out)),
        TypeKind::Union(union) => union
            .variants
            .iter()
            .for_each(|v| named_in(&v.ty, &mut out)),
        TypeKind::Alias(ty) => named_in(ty, &mut out),
        TypeKind::Enum(_) => {}
    }
    out
}

/// Webhook payloads are received, like responses. The types no operation uses are compiled
/// by the webhooks feature; those operations use keep their tags' gates, and the webhooks
/// feature enables those tags instead (`ApiModel::webhook_tags`), so gates stay short.
fn mark_webhook_usage(model: &mut ApiModel) {
    let mut stack = Vec::new();
    for webhook in &model.webhooks {
        named_in(&webhook.payload, &mut stack);
    }
    let mut seen = HashSet::new();
    let mut needed = BTreeSet::new();
    while let Some(id) = stack.pop() {
        if !seen.insert(id) {
            continue;
        }
        let Some(def) = model.types.get_mut(id) else {
            continue;
        };
        def.usage.response = true;
        if def.usage.tags.is_empty() || def.usage.tags.contains(webhooks::WEBHOOKS_FEATURE) {
            def.usage
                .tags
                .insert(webhooks::WEBHOOKS_FEATURE.to_string());
            stack.extend(references(&def.kind));
        } else if let Some(tag) = def.usage.tags.iter().next() {
            // One of its tags compiles it and everything it refers to.
            needed.insert(tag.clone());
        }
    }
    model.webhook_tags = needed.into_iter().collect();
}

/// Marks which types travel in requests and which in responses, and which tags' operations
/// use each (examples count for the operation they belong to, as responses).
fn mark_usage(model: &mut ApiModel) {
    let mut roots: Vec<(TypeId, bool, String)> = Vec::new();
    for operation in &model.operations {
        let mut request = Vec::new();
        let mut response = Vec::new();
        for param in &operation.params {
            named_in(&param.ty, &mut request);
        }
        if let Some(body) = &operation.body {
            named_in(&body.ty, &mut request);
        }
        let bodies: Vec<&ResponseBody> = match &operation.success {
            Success::Single(body) => vec![body],
            Success::ByStatus { variants, .. } => variants.iter().map(|(_, _, b)| b).collect(),
        };
        for body in bodies {
            if let ResponseBody::Json(ty) = body {
                named_in(ty, &mut response);
            }
        }
        for example in model
            .examples
            .iter()
            .filter(|e| e.operation_id == operation.id)
        {
            named_in(
                &example.ty,
                if example.sent {
                    &mut request
                } else {
                    &mut response
                },
            );
        }
        let tag = &operation.tag;
        roots.extend(request.into_iter().map(|id| (id, true, tag.clone())));
        roots.extend(response.into_iter().map(|id| (id, false, tag.clone())));
    }
    let mut seen = HashSet::new();
    let mut stack = roots;
    while let Some((id, is_request, tag)) = stack.pop() {
        if !seen.insert((id, is_request, tag.clone())) {
            continue;
        }
        let Some(def) = model.types.get_mut(id) else {
            continue;
        };
        if is_request {
            def.usage.request = true;
        } else {
            def.usage.response = true;
        }
        def.usage.tags.insert(tag.clone());
        stack.extend(
            references(&def.kind)
                .into_iter()
                .map(|next| (next, is_request, tag.clone())),
        );
    }
    mark_webhook_usage(model);
    // Schemas no operation uses are compiled with the `full` feature, and so is everything they
    // refer to: with a single tag enabled, they would refer to types that are not there.
    let mut stack: Vec<TypeId> = (0..model.types.len())
        .filter(|&id| model.types[id].usage.tags.is_empty())
        .collect();
    let mut seen = HashSet::new();
    while let Some(id) = stack.pop() {
        if !seen.insert(id) {
            continue;
        }
        let Some(def) = model.types.get_mut(id) else {
            continue;
        };
        def.usage.tags.insert(FULL_FEATURE.to_string());
        stack.extend(references(&def.kind));
    }
}

/// A single-value enum that is never sent (`type: {enum: [ticket]}` on a response) is a
/// constant tag, not a choice: it becomes a `String` alias documented with its value, which
/// spares the crate an enum and its impls per such property. Request types keep the enum, so
/// callers cannot misspell the value.
fn constants_as_strings(model: &mut ApiModel) {
    for def in &mut model.types {
        let TypeKind::Enum(variants) = &def.kind else {
            continue;
        };
        let [only] = variants.as_slice() else {
            continue;
        };
        if def.usage.request {
            continue;
        }
        let always = format!("Always `{}`.", only.value);
        def.docs = Some(match def.docs.take() {
            Some(docs) => format!("{docs}\n\n{always}"),
            None => always,
        });
        def.kind = TypeKind::Alias(TypeRef::String);
    }
}

/// Direct containment: a field or variant of type `T` or `Option<T>` (not behind a `Vec` or
/// map), following aliases.
fn direct_target(model: &ApiModel, ty: &TypeRef) -> Option<TypeId> {
    let mut ty = ty;
    for _ in 0..model.types.len() + 1 {
        match ty {
            TypeRef::Named(id) => match &model.types.get(*id)?.kind {
                TypeKind::Alias(inner) => ty = inner,
                _ => return Some(*id),
            },
            _ => return None,
        }
    }
    None
}

/// Boxes every field and variant that closes a cycle of direct containment, so recursive
/// types have a finite size. Strongly connected components are found with an iterative
/// Tarjan walk (no recursion on spec data).
fn box_recursive_fields(model: &mut ApiModel) {
    let count = model.types.len();
    let edges: Vec<Vec<TypeId>> = model
        .types
        .iter()
        .map(|def| match &def.kind {
            TypeKind::Struct(fields) => fields
                .iter()
                .filter_map(|f| direct_target(model, &f.ty))
                .collect(),
            TypeKind::Union(union) => union
                .variants
                .iter()
                .filter_map(|v| direct_target(model, &v.ty))
                .collect(),
            _ => Vec::new(),
        })
        .collect();
    let component = strongly_connected(&edges);
    let mut self_loop = vec![false; count];
    for (from, targets) in edges.iter().enumerate() {
        self_loop[from] = targets.contains(&from);
    }
    let in_cycle = |from: TypeId, to: TypeId| {
        component[from] == component[to] && (from != to || self_loop[from])
    };
    let targets: Vec<Vec<Option<TypeId>>> = model
        .types
        .iter()
        .map(|def| match &def.kind {
            TypeKind::Struct(fields) => {
                fields.iter().map(|f| direct_target(model, &f.ty)).collect()
            }
            TypeKind::Union(union) => union
                .variants
                .iter()
                .map(|v| direct_target(model, &v.ty))
                .collect(),
            _ => Vec::new(),
        })
        .collect();
    for (from, def) in model.types.iter_mut().enumerate() {
        match &mut def.kind {
            TypeKind::Struct(fields) => {
                for (field, target) in fields.iter_mut().zip(&targets[from]) {
                    field.boxed = target.is_some_and(|to| in_cycle(from, to));
                }
            }
            TypeKind::Union(union) => {
                for (variant, target) in union.variants.iter_mut().zip(&targets[from]) {
                    variant.boxed = target.is_some_and(|to| in_cycle(from, to));
                }
            }
            _ => {}
        }
    }
}

/// Component index of each node (iterative Tarjan).
fn strongly_connected(edges: &[Vec<usize>]) -> Vec<usize> {
    let count = edges.len();
    let mut index = vec![usize::MAX; count];
    let mut low = vec![0; count];
    let mut on_stack = vec![false; count];
    let mut component = vec![usize::MAX; count];
    let mut stack = Vec::new();
    let mut next_index = 0;
    let mut next_component = 0;
    for root in 0..count {
        if index[root] != usize::MAX {
            continue;
        }
        let mut work: Vec<(usize, usize)> = vec![(root, 0)];
        while let Some(&mut (node, ref mut edge)) = work.last_mut() {
            if *edge == 0 && index[node] == usize::MAX {
                index[node] = next_index;
                low[node] = next_index;
                next_index += 1;
                stack.push(node);
                on_stack[node] = true;
            }
            if let Some(&next) = edges[node].get(*edge) {
                *edge += 1;
                if index[next] == usize::MAX {
                    work.push((next, 0));
                } else if on_stack[next] {
                    low[node] = low[node].min(index[next]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[node]);
            }
            if low[node] == index[node] {
                while let Some(member) = stack.pop() {
                    on_stack[member] = false;
                    component[member] = next_component;
                    if member == node {
                        break;
                    }
                }
                next_component += 1;
            }
        }
    }
    component
}
