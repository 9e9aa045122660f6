//! `generator::diff`: the report of what a spec update changes in the generated crate.
//!
//! The fixtures under `tests/fixtures/diff/` hold known changes (listed at the top of
//! `new.yaml`); the official Intercom descriptions, when present next to the repository, are
//! diffed too and a sample of the report's claims is checked against the raw YAML.

use std::path::{Path, PathBuf};

use generator::diff::{self, ApiSurface, Change, ChangeKind, Impact, Report};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/diff")
        .join(name)
}

/// The surface of the crate generated from `path`, as `cargo xtask diff` computes it.
fn surface_of(path: &Path) -> ApiSurface {
    let generated = generator::generate_from_file(path, &generator::Options::default())
        .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    diff::surface(&generated.model, &generated.plan)
}

fn fixture_report() -> Report {
    diff::diff(
        &surface_of(&fixture("old.yaml")),
        &surface_of(&fixture("new.yaml")),
    )
}

/// The one change of `kind` about `item` in the section `key`; fails listing the section.
fn find<'a>(sections: &'a [diff::Section], key: &str, kind: ChangeKind, item: &str) -> &'a Change {
    let section = sections
        .iter()
        .find(|s| s.key == key)
        .unwrap_or_else(|| panic!("no section {key}"));
    let matches: Vec<&Change> = section
        .changes
        .iter()
        .filter(|c| c.kind == kind && c.item == item)
        .collect();
    assert_eq!(
        matches.len(),
        1,
        "{kind:?} {item} in {key}: {:#?}",
        section.changes
    );
    matches[0]
}

#[test]
fn fixture_operations_are_matched_by_method_and_path() {
    let report = fixture_report();
    let keys =
        |sections: &[diff::Section]| sections.iter().map(|s| s.key.clone()).collect::<Vec<_>>();
    assert_eq!(keys(&report.operations_added), ["GET /tags"]);
    assert_eq!(keys(&report.operations_removed), ["DELETE /notes/{}"]);
    assert_eq!(
        keys(&report.operations_changed),
        [
            "GET /contacts/{}",
            "GET /tickets",
            "POST /contacts/search",
            "POST /tickets",
            "PUT /contacts/{}",
        ]
    );
    assert_eq!(report.operations_added[0].changes[0].impact, Impact::Minor);
    assert_eq!(
        report.operations_removed[0].changes[0].impact,
        Impact::Major
    );

    // `{id}` → `{contact_id}` is a change of the same operation, and the operationId a rename.
    let ops = &report.operations_changed;
    let renamed = find(
        ops,
        "GET /contacts/{}",
        ChangeKind::OperationRenamed,
        "retrieveContact",
    );
    assert_eq!(renamed.impact, Impact::Major);
    assert!(renamed
        .effect
        .contains("`Client::get_contact` renamed `Client::retrieve_contact`"));
    let path = find(
        ops,
        "GET /contacts/{}",
        ChangeKind::PathChanged,
        "/contacts/{contact_id}",
    );
    assert_eq!(path.impact, Impact::Patch);
    assert!(
        path.effect.contains("`id` → `contact_id`"),
        "{}",
        path.effect
    );
}

#[test]
fn fixture_parameter_body_and_response_changes() {
    let report = fixture_report();
    let ops = &report.operations_changed;
    // A new optional parameter joins an existing `…Params` struct: a new field of an
    // exhaustive struct, which breaks struct literals without `..Default::default()`.
    let state = find(ops, "GET /tickets", ChangeKind::ParamAdded, "state");
    assert_eq!(state.impact, Impact::Major);
    assert!(state
        .effect
        .contains("ListTicketsParams::state: Option<String>"));
    // A new required parameter is a new positional argument.
    let key = find(
        ops,
        "POST /tickets",
        ChangeKind::ParamAdded,
        "X-Idempotency-Key",
    );
    assert_eq!(key.impact, Impact::Major);
    assert!(key.effect.contains("x_idempotency_key: &str"));
    // The first optional parameter adds a `params` argument.
    let first = find(
        ops,
        "POST /contacts/search",
        ChangeKind::ParamsStruct,
        "SearchContactsParams",
    );
    assert_eq!(first.impact, Impact::Major);
    // Optional → required moves the parameter out of the struct.
    let notify = find(ops, "PUT /contacts/{}", ChangeKind::ParamRequired, "notify");
    assert_eq!(notify.impact, Impact::Major);
    assert!(notify.effect.contains("positional argument `notify: bool`"));
    let response = find(
        ops,
        "PUT /contacts/{}",
        ChangeKind::ResponseType,
        "UpdatedContact",
    );
    assert_eq!(response.impact, Impact::Major);
    // Nothing about the unchanged operation.
    assert!(!ops.iter().any(|s| s.key == "GET /tickets/{}"));
}

#[test]
fn fixture_schema_changes() {
    let report = fixture_report();
    let types = &report.types_changed;
    let cases = [
        // Generated structs are `#[non_exhaustive]` and built with `new`: a new optional
        // field breaks nothing.
        ("Ticket", ChangeKind::FieldAdded, "tags", Impact::Minor),
        (
            "Ticket",
            ChangeKind::FieldRemoved,
            "legacy_code",
            Impact::Major,
        ),
        ("Ticket", ChangeKind::FieldType, "title", Impact::Major),
        // optional+nullable → required+nullable: `Option<String>` either way.
        (
            "Ticket",
            ChangeKind::FieldRequired,
            "assignee_id",
            Impact::Patch,
        ),
        // optional → required (non-nullable): `Option<String>` → `String`.
        (
            "Ticket",
            ChangeKind::FieldRequired,
            "priority",
            Impact::Major,
        ),
        (
            "TicketState",
            ChangeKind::EnumValueAdded,
            "snoozed",
            // Generated enums are `#[non_exhaustive]`: matches already need a `_` arm.
            Impact::Minor,
        ),
        (
            "TicketState",
            ChangeKind::EnumValueRemoved,
            "pending",
            Impact::Major,
        ),
        // A new required field is an addition to the struct, but a new argument of `new`.
        (
            "CreateTicketRequest",
            ChangeKind::FieldAdded,
            "contact_id",
            Impact::Minor,
        ),
        (
            "CreateTicketRequest",
            ChangeKind::Constructor,
            "new",
            Impact::Major,
        ),
    ];
    for (ty, kind, item, impact) in cases {
        assert_eq!(
            find(types, ty, kind, item).impact,
            impact,
            "{ty} {kind:?} {item}"
        );
    }
    let title = find(types, "Ticket", ChangeKind::FieldType, "title");
    assert!(title
        .effect
        .contains("`title: Option<String>` → `title: Option<i64>`"));
    assert_eq!(types.len(), 3, "{types:#?}");
    let names = |s: &[diff::Section]| s.iter().map(|s| s.key.clone()).collect::<Vec<_>>();
    assert_eq!(names(&report.types_added), ["Tag", "UpdatedContact"]);
    assert_eq!(names(&report.types_removed), ["Note"]);
}

#[test]
fn fixture_summary_and_markdown() {
    let report = fixture_report();
    assert_eq!(report.bump(), Impact::Major);
    assert_eq!(report.count(Impact::Major), 15);
    assert_eq!(report.count(Impact::Minor), 7);
    assert_eq!(report.count(Impact::Patch), 4);
    let markdown = report.to_markdown();
    let summary = "Semver: **major** — 1 operation added, 1 removed, 5 changed; 2 types added, 1 removed, 3 changed; changes: 15 breaking, 7 minor, 4 patch-level.";
    assert_eq!(markdown.lines().last(), Some(summary), "{markdown}");
    for expected in [
        "## Operations added (1)",
        "- [minor]    `GET /tags` `list_tags` — new method `fn list_tags(&self) -> Result<Vec<Tag>>`",
        "### `PUT /contacts/{contact_id}` `update_contact` — major",
        "- [BREAKING] value `pending` removed",
        "| operations | 1 | 1 | 5 |",
    ] {
        assert!(markdown.contains(expected), "missing {expected:?} in\n{markdown}");
    }
}

#[test]
fn additions_to_non_exhaustive_types_are_minor_and_to_exhaustive_ones_breaking() {
    let old = surface_of(&fixture("old.yaml"));
    let mut new = old.clone();
    let ticket = new.types.get_mut("Ticket").expect("Ticket");
    ticket.fields.push(diff::FieldSurface {
        name: "tags".to_string(),
        wire: "tags".to_string(),
        ty: "Option<Vec<String>>".to_string(),
        ..Default::default()
    });
    let state = new.types.get_mut("TicketState").expect("TicketState");
    state.variants.push(diff::VariantSurface {
        name: "Snoozed".to_string(),
        value: Some("snoozed".to_string()),
        ty: None,
    });
    // Had the enum been exhaustive, a new variant would break `match`es.
    let mut exhaustive_old = old.clone();
    let mut exhaustive_new = new.clone();
    for surface in [&mut exhaustive_old, &mut exhaustive_new] {
        if let Some(state) = surface.types.get_mut("TicketState") {
            state.non_exhaustive = false;
        }
    }
    let report = diff::diff(&exhaustive_old, &exhaustive_new);
    assert_eq!(
        report.bump(),
        Impact::Major,
        "exhaustive enum gained a variant"
    );

    // Generated enums are `#[non_exhaustive]`: a new variant is minor. A new field of an
    // exhaustive struct (a `…Params` struct) breaks struct literals that do not end in
    // `..Default::default()` (Cargo's SemVer guide), so it is major.
    assert!(new.types["TicketState"].non_exhaustive);
    let mut exhaustive_old = old.clone();
    let mut exhaustive_new = new.clone();
    for surface in [&mut exhaustive_old, &mut exhaustive_new] {
        if let Some(ticket) = surface.types.get_mut("Ticket") {
            ticket.non_exhaustive = false;
        }
    }
    let report = diff::diff(&exhaustive_old, &exhaustive_new);
    assert_eq!(report.bump(), Impact::Major, "{}", report.to_markdown());
    let field = report
        .changes()
        .find(|c| c.kind == ChangeKind::FieldAdded)
        .expect("the field addition is reported");
    assert_eq!(field.impact, Impact::Major);
    assert!(field.effect.contains("struct literals"), "{}", field.effect);

    // Generated structs are `#[non_exhaustive]` and built with `new` (literals impossible
    // outside the crate): an optional field is minor.
    assert!(new.types["Ticket"].non_exhaustive);
    let report = diff::diff(&old, &new);
    assert_eq!(report.bump(), Impact::Minor, "{}", report.to_markdown());
    assert_eq!(report.count(Impact::Minor), 2);

    // No change at all: patch, and the report says so.
    let same = diff::diff(&new, &new);
    assert!(same.is_empty());
    assert_eq!(same.bump(), Impact::Patch);
    assert!(same
        .to_markdown()
        .contains("no changes to the generated API"));
}

#[test]
fn moved_operations_and_renamed_types_are_not_removals() {
    let old = surface_of(&fixture("old.yaml"));
    let mut new = old.clone();
    // Same operationId and signature under a new path: the method just calls the new path.
    let op = new.operations.remove("GET /tickets/{}").expect("getTicket");
    let mut moved = op.clone();
    moved.path = "/v2/tickets/{id}".to_string();
    new.operations
        .insert("GET /v2/tickets/{}".to_string(), moved);
    // Same schema, new Rust name.
    let note = new.types.remove("Note").expect("Note");
    new.types.insert("Memo".to_string(), note);
    let report = diff::diff(&old, &new);
    assert!(report.operations_added.is_empty() && report.operations_removed.is_empty());
    let path = find(
        &report.operations_changed,
        "GET /v2/tickets/{}",
        ChangeKind::PathChanged,
        "/v2/tickets/{id}",
    );
    assert_eq!(path.impact, Impact::Patch);
    assert!(report.types_added.is_empty() && report.types_removed.is_empty());
    let renamed = find(
        &report.types_changed,
        "Memo",
        ChangeKind::TypeRenamed,
        "Memo",
    );
    assert_eq!(renamed.impact, Impact::Major);
    assert_eq!(report.bump(), Impact::Major);
}

#[test]
fn the_surface_is_stored_in_the_generated_crate() {
    let generated =
        generator::generate_from_file(&fixture("new.yaml"), &generator::Options::default())
            .expect("generates");
    let file = generated
        .files
        .iter()
        .find(|f| f.path == diff::SURFACE_FILE)
        .expect("api-surface.json generated");
    let manifest = generated
        .files
        .iter()
        .find(|f| f.path == generator::output::MANIFEST)
        .expect("manifest");
    assert!(manifest.contents.contains("file api-surface.json\n"));
    let surface = ApiSurface::from_json(&file.contents).expect("parses back");
    assert_eq!(surface, surface_of(&fixture("new.yaml")));
    assert_eq!(surface.to_json(), file.contents, "stable serialisation");
    assert!(surface.operations.contains_key("PUT /contacts/{}"));
    assert_eq!(
        surface.operations["PUT /contacts/{}"].returns,
        "UpdatedContact"
    );
    assert!(ApiSurface::from_json("{\"format\": 99}").is_err());
}

#[test]
fn operation_keys_erase_parameter_names() {
    assert_eq!(
        diff::operation_key("get", "/contacts/{contact_id}/tags/{id}"),
        "GET /contacts/{}/tags/{}"
    );
    assert_eq!(diff::operation_key("POST", "/tickets"), "POST /tickets");
}

// --- The official descriptions -------------------------------------------------------------

fn official(version: &str) -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../shared/intercom-openapi")
        .join(version)
        .join("api.intercom.io.yaml");
    path.exists().then_some(path)
}

/// The raw spec as JSON, for checking claims independently of the generator.
fn raw(path: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path).expect("readable");
    serde_norway::from_str(&text).expect("YAML")
}

/// `METHOD /path/{}` → the raw operation object, computed without the generator.
fn raw_operations(spec: &serde_json::Value) -> Vec<(String, &serde_json::Value)> {
    let mut out = Vec::new();
    let Some(paths) = spec["paths"].as_object() else {
        return out;
    };
    for (path, item) in paths {
        let Some(item) = item.as_object() else {
            continue;
        };
        for (method, op) in item {
            if [
                "get", "put", "post", "delete", "patch", "head", "options", "trace",
            ]
            .contains(&method.as_str())
            {
                let mut erased = String::new();
                let mut inside = false;
                for c in path.chars() {
                    match c {
                        '{' => {
                            inside = true;
                            erased.push_str("{}");
                        }
                        '}' => inside = false,
                        _ if inside => {}
                        _ => erased.push(c),
                    }
                }
                out.push((format!("{} {erased}", method.to_uppercase()), op));
            }
        }
    }
    out
}

fn raw_op<'a>(spec: &'a serde_json::Value, key: &str) -> Option<&'a serde_json::Value> {
    raw_operations(spec)
        .into_iter()
        .find(|(k, _)| k == key)
        .map(|(_, op)| op)
}

/// Resolves a local `$ref`.
fn resolve<'a>(spec: &'a serde_json::Value, value: &'a serde_json::Value) -> &'a serde_json::Value {
    match value.get("$ref").and_then(|r| r.as_str()) {
        Some(reference) => spec
            .pointer(reference.trim_start_matches('#'))
            .unwrap_or(value),
        None => value,
    }
}

fn has_param(spec: &serde_json::Value, op: &serde_json::Value, name: &str) -> bool {
    op["parameters"].as_array().is_some_and(|params| {
        params
            .iter()
            .any(|p| resolve(spec, p)["name"].as_str() == Some(name))
    })
}

/// Checks the report's claims against the raw files; returns how many were checked.
fn check_claims(
    old_path: &Path,
    new_path: &Path,
    report: &Report,
    old: &ApiSurface,
    new: &ApiSurface,
) -> usize {
    let (old_raw, new_raw) = (raw(old_path), raw(new_path));
    let mut checked = 0;
    for section in &report.operations_added {
        assert!(
            raw_op(&new_raw, &section.key).is_some(),
            "{} not in new",
            section.key
        );
        assert!(
            raw_op(&old_raw, &section.key).is_none(),
            "{} in old",
            section.key
        );
        checked += 1;
    }
    for section in &report.operations_removed {
        assert!(
            raw_op(&old_raw, &section.key).is_some(),
            "{} not in old",
            section.key
        );
        assert!(
            raw_op(&new_raw, &section.key).is_none(),
            "{} in new",
            section.key
        );
        checked += 1;
    }
    // Every operation in both files is either unchanged or listed as changed, never added or
    // removed; and operationId renames are real.
    let old_keys: Vec<String> = raw_operations(&old_raw)
        .into_iter()
        .map(|(k, _)| k)
        .collect();
    for (key, _) in raw_operations(&new_raw) {
        if old_keys.contains(&key) {
            assert!(
                !report.operations_added.iter().any(|s| s.key == key),
                "{key}"
            );
        }
    }
    for section in &report.operations_changed {
        let (Some(old_op), Some(new_op)) = (
            raw_op(&old_raw, &section.key),
            raw_op(&new_raw, &section.key),
        ) else {
            continue; // Moved operations: path changed, checked by their own entry.
        };
        for change in &section.changes {
            match change.kind {
                ChangeKind::OperationRenamed => {
                    assert_eq!(new_op["operationId"].as_str(), Some(change.item.as_str()));
                    assert_ne!(old_op["operationId"], new_op["operationId"]);
                    checked += 1;
                }
                ChangeKind::ParamAdded if !change.what.starts_with("path") => {
                    assert!(
                        has_param(&new_raw, new_op, &change.item),
                        "{}: {}",
                        section.key,
                        change.item
                    );
                    assert!(
                        !has_param(&old_raw, old_op, &change.item),
                        "{}: {}",
                        section.key,
                        change.item
                    );
                    checked += 1;
                }
                ChangeKind::ParamRemoved if !change.what.starts_with("path") => {
                    assert!(has_param(&old_raw, old_op, &change.item));
                    assert!(!has_param(&new_raw, new_op, &change.item));
                    checked += 1;
                }
                _ => {}
            }
        }
    }
    // Fields and enum values, where the type's schema is a plain object or enum in the files.
    for section in &report.types_changed {
        let (Some(old_ty), Some(new_ty)) =
            (old.types.get(&section.key), new.types.get(&section.key))
        else {
            continue;
        };
        let pointer = |p: &str| p.trim_start_matches('#').to_string();
        let (Some(old_schema), Some(new_schema)) = (
            old_raw.pointer(&pointer(&old_ty.pointer)),
            new_raw.pointer(&pointer(&new_ty.pointer)),
        ) else {
            continue;
        };
        // Composed schemas (`allOf` …) take properties from elsewhere: not checked here.
        let composed = |schema: &serde_json::Value| {
            ["allOf", "oneOf", "anyOf"]
                .iter()
                .any(|k| schema.get(k).is_some())
        };
        if composed(old_schema) || composed(new_schema) {
            continue;
        }
        let property =
            |schema: &serde_json::Value, name: &str| !schema["properties"][name].is_null();
        let value = |schema: &serde_json::Value, v: &str| {
            schema["enum"]
                .as_array()
                .is_some_and(|values| values.iter().any(|x| x.as_str() == Some(v)))
        };
        for change in &section.changes {
            let ok = match change.kind {
                ChangeKind::FieldAdded
                    if new_schema.get("properties").is_some()
                        && old_schema.get("properties").is_some() =>
                {
                    property(new_schema, &change.item) && !property(old_schema, &change.item)
                }
                ChangeKind::FieldRemoved
                    if new_schema.get("properties").is_some()
                        && old_schema.get("properties").is_some() =>
                {
                    !property(new_schema, &change.item) && property(old_schema, &change.item)
                }
                ChangeKind::EnumValueAdded
                    if new_schema.get("enum").is_some() && old_schema.get("enum").is_some() =>
                {
                    value(new_schema, &change.item) && !value(old_schema, &change.item)
                }
                ChangeKind::EnumValueRemoved
                    if new_schema.get("enum").is_some() && old_schema.get("enum").is_some() =>
                {
                    !value(new_schema, &change.item) && value(old_schema, &change.item)
                }
                _ => continue,
            };
            assert!(
                ok,
                "{} {:?} {}: not what the files say",
                section.key, change.kind, change.item
            );
            checked += 1;
        }
    }
    checked
}

fn official_pair(old_version: &str, new_version: &str) -> Option<Report> {
    let (Some(old_path), Some(new_path)) = (official(old_version), official(new_version)) else {
        eprintln!(
            "skipped: ../shared/intercom-openapi/{{{old_version},{new_version}}}/api.intercom.io.yaml not found"
        );
        return None;
    };
    let (old, new) = (surface_of(&old_path), surface_of(&new_path));
    let report = diff::diff(&old, &new);
    let checked = check_claims(&old_path, &new_path, &report, &old, &new);
    assert!(checked >= 20, "only {checked} claims checked");
    eprintln!(
        "{old_version} → {new_version}: {checked} claims checked; {}",
        report.summary()
    );
    Some(report)
}

#[test]
fn official_2_15_to_2_16() {
    let Some(report) = official_pair("2.15", "2.16") else {
        return;
    };
    assert_eq!(report.bump(), Impact::Major);
    assert!(report.operations_added.len() > 10);
    assert!(report.operations_removed.is_empty());
    // The official files rename one operationId; the method follows it.
    assert!(report
        .operations_changed
        .iter()
        .flat_map(|s| &s.changes)
        .any(|c| c.kind == ChangeKind::OperationRenamed && c.impact == Impact::Major));
}

#[test]
fn official_2_16_to_preview() {
    let Some(report) = official_pair("2.16", "preview") else {
        return;
    };
    // Preview renames many path parameters to `{id}`: changes, never removals.
    let renamed = report
        .operations_changed
        .iter()
        .flat_map(|s| &s.changes)
        .filter(|c| c.kind == ChangeKind::PathChanged && c.impact == Impact::Patch)
        .count();
    assert!(renamed > 10, "{renamed}");
    assert!(report.operations_removed.len() < 5);
}
