//! `specs/intercom.yaml` against Intercom's official descriptions in
//! `../shared/intercom-openapi` (skipped with a message when that directory is absent).
//!
//! - Facts: every operation of the official Preview description is ours too, with the same
//!   operationId, tag (the official first tag), parameters (name, location, required, schema),
//!   request body, response statuses, content types and headers, and schemas that agree on
//!   every keyword except prose (descriptions, titles, examples) and `x-` extensions, wherever
//!   they are reached from. `$ref`s are followed on both sides, so a schema we name where the
//!   official file writes it inline (or the other way round) is compared by shape.
//! - `x-intercom-since` on each operation is the earliest official version that has it.
//! - Prose: no run of seven words of an official summary or description appears in ours.
//!
//! Intended differences are listed, each with its reason, in `spec_coverage_allow.txt`; any
//! other difference fails, and so does an entry that no longer matches a difference.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde_json::Value;

#[path = "spec_coverage/compare.rs"]
mod compare;

use compare::{first_tag, operations, show, Comparison, METHODS};
use generator::diff::operation_key;

/// The official versions, oldest first; `preview` is Intercom's unstable version.
const VERSIONS: [&str; 11] = [
    "2.7", "2.8", "2.9", "2.10", "2.11", "2.12", "2.13", "2.14", "2.15", "2.16", "preview",
];
const SHINGLE_WORDS: usize = 7;

struct Specs {
    ours: Value,
    official: Value,
    /// Operation keys (`GET /contacts/{}`) of each official version, in `VERSIONS` order.
    versions: Vec<BTreeSet<String>>,
}

/// Where the official descriptions live: `../shared` beside the repository, or `$SHARED_DIR`
/// (for a checkout elsewhere, such as a git worktree).
fn shared_dir() -> PathBuf {
    std::env::var_os("SHARED_DIR").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared"),
        PathBuf::from,
    )
}

fn read_yaml<T: serde::de::DeserializeOwned>(path: &Path) -> T {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()));
    serde_norway::from_str(&text)
        .unwrap_or_else(|error| panic!("{} is not valid YAML: {error}", path.display()))
}

/// Both specs, parsed once for all tests; `None` (after printing why) without `../shared`.
fn specs() -> Option<&'static Specs> {
    static SPECS: OnceLock<Option<Specs>> = OnceLock::new();
    SPECS
        .get_or_init(|| {
            let official_dir = shared_dir().join("intercom-openapi");
            if !official_dir.join("preview/api.intercom.io.yaml").is_file() {
                return None;
            }
            #[derive(serde::Deserialize)]
            struct PathsOnly {
                paths: BTreeMap<String, BTreeMap<String, serde::de::IgnoredAny>>,
            }
            let mut versions = VERSIONS[..VERSIONS.len() - 1]
                .iter()
                .map(|version| {
                    let doc: PathsOnly =
                        read_yaml(&official_dir.join(version).join("api.intercom.io.yaml"));
                    doc.paths
                        .iter()
                        .flat_map(|(path, item)| {
                            item.keys()
                                .filter(|key| METHODS.contains(&key.as_str()))
                                .map(move |method| operation_key(method, path))
                        })
                        .collect()
                })
                .collect::<Vec<_>>();
            let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
            let ours: Value = read_yaml(&root.join("specs/intercom.yaml"));
            let official: Value = read_yaml(&official_dir.join("preview/api.intercom.io.yaml"));
            versions.push(operations(&official).map(|op| op.key).collect());
            Some(Specs {
                ours,
                official,
                versions,
            })
        })
        .as_ref()
        .or_else(|| {
            eprintln!(
                "skipped: {} not found (the official Intercom descriptions live in ../shared \
                 beside the repository; set SHARED_DIR to use another directory)",
                shared_dir().join("intercom-openapi/preview").display()
            );
            None
        })
}

// --- x-intercom-since ----------------------------------------------------------------------

fn since_label(version: &str) -> String {
    if version == "preview" {
        "Preview".to_string()
    } else {
        version.to_string()
    }
}

fn since_differences(ours: &Value, specs: &Specs) -> BTreeSet<String> {
    let mut differences = BTreeSet::new();
    for op in operations(ours) {
        let expected = VERSIONS
            .iter()
            .zip(&specs.versions)
            .find(|(_, keys)| keys.contains(&op.key))
            .map(|(version, _)| since_label(version));
        let recorded = op.op.get("x-intercom-since");
        let difference = match (recorded.and_then(Value::as_str), &expected) {
            (Some(a), Some(b)) if a == b => continue,
            (_, Some(b)) => format!(
                "x-intercom-since ours {}, official versions say {b:?}",
                show(recorded)
            ),
            (_, None) => format!(
                "x-intercom-since ours {}, no official version has the operation",
                show(recorded)
            ),
        };
        differences.insert(format!("{}: {difference}", op.label));
    }
    differences
}

// --- Allow-list ----------------------------------------------------------------------------

/// `spec_coverage_allow.txt`: one difference per line, exactly as printed, then `  # why`.
fn allow_list() -> (BTreeSet<String>, Vec<String>) {
    let text = include_str!("spec_coverage_allow.txt");
    let mut entries = BTreeSet::new();
    let mut problems = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let line = line.trim_end();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        match line.rsplit_once("  # ") {
            Some((entry, why)) if !why.trim().is_empty() => {
                if !entries.insert(entry.trim().to_string()) {
                    problems.push(format!("line {}: listed twice", number + 1));
                }
            }
            _ => problems.push(format!("line {}: no `  # why` comment", number + 1)),
        }
    }
    (entries, problems)
}

/// Every difference of `ours` (our spec, or a mutation of it) from the official versions.
fn differences(ours: &Value, specs: &Specs) -> BTreeSet<String> {
    let mut all = Comparison::new(ours, &specs.official).run();
    all.extend(since_differences(ours, specs));
    all
}

// --- Tests ---------------------------------------------------------------------------------

#[test]
fn our_spec_agrees_with_the_official_preview_description() {
    let Some(specs) = specs() else { return };
    print_coverage(specs);
    let (allowed, problems) = allow_list();
    assert!(
        problems.is_empty(),
        "spec_coverage_allow.txt: {problems:#?}"
    );
    let found = differences(&specs.ours, specs);
    let unexpected: Vec<&String> = found.difference(&allowed).collect();
    let stale: Vec<&String> = allowed.difference(&found).collect();
    println!(
        "{} differences, each listed in the allow-list",
        found.len() - unexpected.len()
    );
    assert!(
        unexpected.is_empty() && stale.is_empty(),
        "{} difference(s) not in generator/tests/spec_coverage_allow.txt:\n{}\n\n\
         {} allow-list entr(ies) that match no difference (remove them):\n{}",
        unexpected.len(),
        indented(&unexpected),
        stale.len(),
        indented(&stale),
    );
}

fn indented(lines: &[&String]) -> String {
    lines.iter().map(|line| format!("  {line}\n")).collect()
}

/// Per tag (the official first tag): how many official operations ours has.
fn print_coverage(specs: &Specs) {
    let ours: BTreeSet<String> = operations(&specs.ours).map(|op| op.key).collect();
    let mut tags: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for op in operations(&specs.official) {
        let entry = tags
            .entry(first_tag(op.op).unwrap_or("(untagged)"))
            .or_default();
        entry.1 += 1;
        entry.0 += usize::from(ours.contains(&op.key));
    }
    let (have, total) = tags.values().fold((0, 0), |(a, b), (x, y)| (a + x, b + y));
    println!("coverage of the official Preview operations, per tag (ours / official):");
    for (tag, (have, total)) in &tags {
        println!("  {tag:<32} {have:>3} / {total:<3}");
    }
    println!("  {:<32} {have:>3} / {total:<3}", "all");
    let extra = ours.len() - have;
    println!("  ours only: {extra}");
}

/// The comparison must catch what it claims to: each mutation of our spec shows up as the
/// difference it should be, and was not one before.
#[test]
fn mutations_of_our_spec_are_reported() {
    let Some(specs) = specs() else { return };
    let baseline = differences(&specs.ours, specs);
    let op = operations(&specs.ours)
        .next()
        .expect("our spec has operations");
    let (path, label) = (op.path.to_string(), op.label.clone());
    let method = label[..label.find(' ').unwrap()].to_lowercase();
    let official_id = show(specs.official["paths"][&path][&method].get("operationId"));
    // A property both specs type as a string, in a component both define.
    let (schema, property) = specs.ours["components"]["schemas"]
        .as_object()
        .unwrap()
        .iter()
        .find_map(|(name, ours)| {
            let theirs = specs.official["components"]["schemas"].get(name)?;
            let (property, _) = ours["properties"].as_object()?.iter().find(|(p, s)| {
                s["type"] == "string" && theirs["properties"][p.as_str()]["type"] == "string"
            })?;
            Some((name.clone(), property.clone()))
        })
        .expect("a shared schema with a string property");
    let at = format!("schemas/{schema}");
    type Mutation<'a> = (&'a str, &'a dyn Fn(&mut Value), String);
    let mutations: [Mutation; 5] = [
        (
            "drop an operation",
            &|doc| drop(doc["paths"][&path].as_object_mut().unwrap().remove(&method)),
            format!("{label}: operation missing from ours"),
        ),
        (
            "change a property's type",
            &|doc| {
                doc["components"]["schemas"][&schema]["properties"][&property]["type"] =
                    "integer".into()
            },
            format!("{at}.{property}: type: ours \"integer\", official \"string\""),
        ),
        (
            "rename a property",
            &|doc| {
                let properties = doc["components"]["schemas"][&schema]["properties"]
                    .as_object_mut()
                    .unwrap();
                let value = properties.remove(&property).unwrap();
                properties.insert(format!("{property}_renamed"), value);
            },
            format!("{at}: property {property} missing from ours"),
        ),
        (
            "change an operationId",
            &|doc| doc["paths"][&path][&method]["operationId"] = "renamedOperation".into(),
            format!("{label}: operationId ours \"renamedOperation\", official {official_id}"),
        ),
        (
            "record a wrong x-intercom-since",
            &|doc| doc["paths"][&path][&method]["x-intercom-since"] = "2.1".into(),
            format!("{label}: x-intercom-since ours \"2.1\", official versions say"),
        ),
    ];
    for (what, mutate, expected) in mutations {
        let mut doc = specs.ours.clone();
        mutate(&mut doc);
        let found = differences(&doc, specs);
        let new: Vec<&String> = found.difference(&baseline).collect();
        assert!(
            new.iter().any(|d| d.starts_with(&expected)),
            "{what}: expected {expected:?} among the new differences {new:#?}"
        );
    }
}

// --- Prose ---------------------------------------------------------------------------------

/// Every string under a `summary` or `description` key, with where it is
/// (`paths["/contacts"].get.description`).
fn prose<'a>(node: &'a Value, at: &mut String, out: &mut Vec<(String, &'a str)>) {
    match node {
        Value::Object(map) => {
            for (key, value) in map {
                let len = at.len();
                if key.contains(['/', '.', ' ']) {
                    at.push_str(&format!("[{key:?}]"));
                } else {
                    if !at.is_empty() {
                        at.push('.');
                    }
                    at.push_str(key);
                }
                match value {
                    Value::String(text) if key == "summary" || key == "description" => {
                        out.push((at.clone(), text));
                    }
                    _ => prose(value, at, out),
                }
                at.truncate(len);
            }
        }
        Value::Array(items) => {
            for (i, value) in items.iter().enumerate() {
                let len = at.len();
                at.push_str(&format!("[{i}]"));
                prose(value, at, out);
                at.truncate(len);
            }
        }
        _ => {}
    }
}

fn words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

#[test]
fn our_prose_is_not_copied_from_the_official_description() {
    let Some(specs) = specs() else { return };
    let mut official = Vec::new();
    prose(&specs.official, &mut String::new(), &mut official);
    // Each run of seven words of the official prose, and where it is.
    let shingles: HashMap<String, &str> = official
        .iter()
        .flat_map(|(at, text)| {
            let words = words(text);
            let runs: Vec<String> = words.windows(SHINGLE_WORDS).map(|w| w.join(" ")).collect();
            runs.into_iter().map(move |run| (run, at.as_str()))
        })
        .collect();
    let mut ours = Vec::new();
    prose(&specs.ours, &mut String::new(), &mut ours);
    let copied: Vec<String> = ours
        .iter()
        .filter_map(|(at, text)| {
            let words = words(text);
            let (run, source) = words
                .windows(SHINGLE_WORDS)
                .map(|w| w.join(" "))
                .find_map(|run| Some((run.clone(), *shingles.get(&run)?)))?;
            Some(format!("  {at}: \"{run}\" (official {source})"))
        })
        .collect();
    assert!(
        copied.is_empty(),
        "{} summaries/descriptions share a run of {SHINGLE_WORDS} words with the official file:\n{}",
        copied.len(),
        copied.join("\n")
    );
}
