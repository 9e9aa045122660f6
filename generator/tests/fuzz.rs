//! Mutation fuzzing: the official Intercom specs (`../shared/intercom-openapi/*/`) and our
//! own `specs/intercom.yaml`, with keys deleted, types swapped, `$ref`s renamed or pointed in
//! cycles, names replaced with keywords and symbols, subtrees copied around… The generator
//! may refuse any of them with an error, but must never panic.
//!
//! - `FUZZ_CASES` (default 64): number of mutated specs to try.
//! - `FUZZ_SECONDS` (default 60): stop starting new cases after this long.
//! - `FUZZ_ALL_SPECS=1`: use every official spec (the default uses our spec and the two
//!   smallest official ones, to keep `cargo test` fast).
//!
//! A failing case is written to `target/fuzz-failures/` for replay.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use serde_json::{json, Map, Value};

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(default)
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The base specs, parsed once, smallest first.
fn base_specs() -> Vec<(String, Value)> {
    let root = repo_root();
    let mut paths = vec![root.join("specs/intercom.yaml")];
    let official = root.join("../shared/intercom-openapi");
    match std::fs::read_dir(&official) {
        Ok(entries) => {
            let mut found: Vec<(u64, PathBuf)> = entries
                .filter_map(Result::ok)
                .map(|entry| entry.path().join("api.intercom.io.yaml"))
                .filter_map(|path| Some((std::fs::metadata(&path).ok()?.len(), path)))
                .collect();
            found.sort();
            let take = if env_number("FUZZ_ALL_SPECS", 0) == 1 {
                found.len()
            } else {
                2
            };
            paths.extend(found.into_iter().take(take).map(|(_, path)| path));
        }
        Err(_) => println!(
            "fuzz: the official specs are absent ({} not found); fuzzing specs/intercom.yaml only",
            official.display()
        ),
    }
    paths
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).expect("spec readable");
            let value: Value = serde_norway::from_str(&text).expect("spec parses");
            (path.display().to_string(), value)
        })
        .collect()
}

/// A small deterministic generator (xorshift), seeded by proptest.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const WEIRD_NAMES: &[&str] = &[
    "type",
    "self",
    "Self",
    "crate",
    "super",
    "async",
    "match",
    "return",
    "fn",
    "mod",
    "",
    " ",
    "1",
    "123abc",
    "$",
    "$$",
    "!=",
    "名前",
    "café",
    "Unknown",
    "Option",
    "None",
    "Ok",
    "Value",
    "new",
    "clone",
    "request",
    "response",
    "body",
    "params",
    "default",
    "types",
    "a/b",
    "~0",
    "{id}",
    "x-y",
    "A",
    "a",
    "UPPER",
    "with space",
    "\"quoted\"",
    "back\\slash",
    "\n",
];

fn weird_value(rng: &mut Rng) -> Value {
    match rng.below(12) {
        0 => Value::Null,
        1 => json!(true),
        2 => json!(-1),
        3 => json!(1.5e300),
        4 => json!(""),
        5 => json!(rng.pick(WEIRD_NAMES)),
        6 => json!([]),
        7 => json!({}),
        8 => json!([null, 1, "a"]),
        9 => json!({"$ref": "#/components/schemas/"}),
        10 => json!({"type": "object", "properties": {"self": {"type": "string"}}}),
        _ => json!(u64::MAX),
    }
}

/// The pointers of a random path from the root: at each level, stops with some chance.
fn random_path(root: &Value, rng: &mut Rng) -> Vec<String> {
    let mut path = Vec::new();
    let mut node = root;
    loop {
        let children: Vec<(String, &Value)> = match node {
            Value::Object(map) => map.iter().map(|(k, v)| (k.clone(), v)).collect(),
            Value::Array(items) => items
                .iter()
                .enumerate()
                .map(|(i, v)| (i.to_string(), v))
                .collect(),
            _ => break,
        };
        if children.is_empty() || (path.len() >= 3 && rng.chance(10)) {
            break;
        }
        // Mostly where the API is described, rarely in `info`, `tags`, `servers`…
        let preferred = children.iter().position(|(k, _)| {
            k == if rng.chance(50) {
                "paths"
            } else {
                "components"
            }
        });
        let index = match preferred {
            Some(index) if path.is_empty() && rng.chance(90) => index,
            _ => rng.below(children.len()),
        };
        let (key, child) = &children[index];
        path.push(key.clone());
        node = child;
    }
    path
}

fn node_mut<'a>(root: &'a mut Value, path: &[String]) -> Option<&'a mut Value> {
    let mut node = root;
    for key in path {
        node = match node {
            Value::Object(map) => map.get_mut(key)?,
            Value::Array(items) => items.get_mut(key.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    Some(node)
}

fn schema_names(spec: &Value) -> Vec<String> {
    spec.pointer("/components/schemas")
        .and_then(Value::as_object)
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default()
}

/// Every `$ref` value's path (bounded walk).
fn ref_paths(spec: &Value, limit: usize) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut stack: Vec<(Vec<String>, &Value)> = vec![(Vec::new(), spec)];
    while let Some((path, node)) = stack.pop() {
        if out.len() >= limit {
            break;
        }
        match node {
            Value::Object(map) => {
                for (key, child) in map {
                    let mut child_path = path.clone();
                    child_path.push(key.clone());
                    if key == "$ref" && child.is_string() {
                        out.push(child_path);
                    } else {
                        stack.push((child_path, child));
                    }
                }
            }
            Value::Array(items) => {
                for (index, child) in items.iter().enumerate() {
                    let mut child_path = path.clone();
                    child_path.push(index.to_string());
                    stack.push((child_path, child));
                }
            }
            _ => {}
        }
    }
    out
}

/// Applies one random mutation; returns its description.
fn mutate(spec: &mut Value, rng: &mut Rng) -> String {
    let path = random_path(spec, rng);
    let at = format!("/{}", path.join("/"));
    // Replacing a whole top-level section (kind 9) is rare: it mostly tests `load`.
    let kind = if rng.chance(3) { 9 } else { rng.below(9) };
    match kind {
        // Delete a key.
        0 | 1 => {
            let Some((last, parent)) = path.split_last() else {
                return "nothing".into();
            };
            match node_mut(spec, parent) {
                Some(Value::Object(map)) => {
                    map.remove(last);
                }
                Some(Value::Array(items)) => {
                    if let Ok(index) = last.parse::<usize>() {
                        if index < items.len() {
                            items.remove(index);
                        }
                    }
                }
                _ => {}
            }
            format!("delete {at}")
        }
        // Swap a node's type.
        2 | 3 => {
            let value = weird_value(rng);
            if let Some(node) = node_mut(spec, &path) {
                *node = value.clone();
            }
            format!("set {at} = {value}")
        }
        // Point a `$ref` somewhere else.
        4 => {
            let refs = ref_paths(spec, 5000);
            if refs.is_empty() {
                return "no refs".into();
            }
            let target = rng.pick(&refs).clone();
            let names = schema_names(spec);
            let new = match rng.below(6) {
                0 => "#/components/schemas/DoesNotExist".to_string(),
                1 => "other.yaml#/components/schemas/Thing".to_string(),
                2 => "#/".to_string(),
                3 => String::new(),
                4 if !names.is_empty() => format!("#/components/schemas/{}", rng.pick(&names)),
                _ => format!("#/components/parameters/{}", rng.pick(WEIRD_NAMES)),
            };
            if let Some(node) = node_mut(spec, &target) {
                *node = json!(new);
            }
            format!("ref /{} = {new}", target.join("/"))
        }
        // A `$ref` cycle: A → B → A, or a schema that is a reference to itself, or an
        // object/array around a reference back to it.
        5 => {
            let names = schema_names(spec);
            if names.len() < 2 {
                return "no schemas".into();
            }
            let a = rng.pick(&names).clone();
            let b = rng.pick(&names).clone();
            let Some(schemas) = spec
                .pointer_mut("/components/schemas")
                .and_then(Value::as_object_mut)
            else {
                return "no schemas".into();
            };
            let reference = |name: &str| format!("#/components/schemas/{name}");
            match rng.below(4) {
                0 => {
                    schemas.insert(a.clone(), json!({"$ref": reference(&b)}));
                    schemas.insert(b.clone(), json!({"$ref": reference(&a)}));
                }
                1 => {
                    schemas.insert(
                        a.clone(),
                        json!({"type": "array", "items": {"$ref": reference(&a)}}),
                    );
                }
                2 => {
                    schemas.insert(a.clone(), json!({"oneOf": [{"$ref": reference(&b)}]}));
                    schemas.insert(b.clone(), json!({"allOf": [{"$ref": reference(&a)}]}));
                }
                _ => {
                    schemas.insert(
                        a.clone(),
                        json!({"additionalProperties": {"$ref": reference(&b)}}),
                    );
                    schemas.insert(
                        b.clone(),
                        json!({"anyOf": [{"$ref": reference(&a)}, {"type": "string"}]}),
                    );
                }
            }
            format!("cycle {a} ↔ {b}")
        }
        // Rename a key.
        6 => {
            let Some((last, parent)) = path.split_last() else {
                return "nothing".into();
            };
            let new = rng.pick(WEIRD_NAMES).to_string();
            if let Some(Value::Object(map)) = node_mut(spec, parent) {
                if let Some(value) = map.remove(last) {
                    map.insert(new.clone(), value);
                }
            }
            format!("rename {at} → {new:?}")
        }
        // Copy a subtree somewhere else.
        7 => {
            let source = random_path(spec, rng);
            let copy = node_mut(spec, &source).map(|v| v.clone());
            if let (Some(copy), Some(node)) = (copy, node_mut(spec, &path)) {
                *node = copy;
            }
            format!("copy /{} → {at}", source.join("/"))
        }
        // Odd enum values, or a duplicated operationId.
        8 => {
            if rng.chance(50) {
                let count = rng.below(6) + 1;
                let mut values: Vec<Value> =
                    (0..count).map(|_| json!(rng.pick(WEIRD_NAMES))).collect();
                if rng.chance(30) {
                    values.push(weird_value(rng));
                }
                if let Some(Value::Object(map)) = node_mut(spec, &path) {
                    map.insert("enum".into(), Value::Array(values));
                }
                format!("enum at {at}")
            } else {
                let id = rng.pick(WEIRD_NAMES).to_string();
                let mut count = 0;
                if let Some(paths) = spec.get_mut("paths").and_then(Value::as_object_mut) {
                    for item in paths.values_mut().filter_map(Value::as_object_mut) {
                        for operation in item.values_mut().filter_map(Value::as_object_mut) {
                            if operation.contains_key("responses") && rng.chance(20) {
                                operation.insert("operationId".into(), json!(id));
                                count += 1;
                            }
                        }
                    }
                }
                format!("operationId {id:?} ×{count}")
            }
        }
        // Replace a whole section with an empty or odd one.
        _ => {
            let keys = ["paths", "components", "info", "openapi", "servers", "tags"];
            let key = *rng.pick(&keys);
            let value = weird_value(rng);
            if let Some(map) = spec.as_object_mut() {
                map.insert(key.into(), value.clone());
            }
            format!("top-level {key} = {value}")
        }
    }
}

/// A smaller spec to mutate: a random sample of the paths, all the components.
fn sample(spec: &Value, rng: &mut Rng) -> Value {
    let mut spec = spec.clone();
    if let Some(paths) = spec.get_mut("paths").and_then(Value::as_object_mut) {
        let keep = rng.below(12) + 1;
        let mut kept = Map::new();
        let keys: Vec<String> = paths.keys().cloned().collect();
        for _ in 0..keep.min(keys.len()) {
            let key = rng.pick(&keys).clone();
            if let Some(value) = paths.get(&key) {
                kept.insert(key, value.clone());
            }
        }
        *paths = kept;
    }
    spec
}

#[test]
fn mutated_specs_never_panic() {
    let cases = env_number("FUZZ_CASES", 64);
    let budget = Duration::from_secs(env_number("FUZZ_SECONDS", 60));
    // The generator runs on the CLI's main thread; give the cases the same stack.
    let handle = std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(move || run(cases, budget))
        .expect("fuzz thread");
    let (executions, errors, elapsed) = handle.join().expect("fuzz thread did not panic");
    println!(
        "fuzz: {executions} executions in {:.1} s ({errors} refused with an error), 0 crashes",
        elapsed.as_secs_f64()
    );
}

fn run(cases: u64, budget: Duration) -> (usize, usize, Duration) {
    let specs = base_specs();
    let started = Instant::now();
    let executions = AtomicUsize::new(0);
    let errors = AtomicUsize::new(0);
    let failure_dir = repo_root().join("target/fuzz-failures");
    let last_failure = Mutex::new(None::<String>);
    let mut runner = TestRunner::new(Config {
        cases: u32::try_from(cases).unwrap_or(u32::MAX),
        failure_persistence: None,
        max_shrink_iters: 0,
        ..Config::default()
    });
    let strategy = (any::<u64>(), 1usize..6, any::<bool>());
    let result = runner.run(&strategy, |(seed, mutations, strict)| {
        if started.elapsed() > budget {
            return Ok(());
        }
        let mut rng = Rng(seed | 1);
        let (name, base) = &specs[rng.below(specs.len())];
        let mut spec = sample(base, &mut rng);
        let log: Vec<String> = (0..mutations)
            .map(|_| mutate(&mut spec, &mut rng))
            .collect();
        let text = if rng.chance(20) {
            serde_norway::to_string(&spec).unwrap_or_default()
        } else {
            serde_json::to_string(&spec).unwrap_or_default()
        };
        // Sometimes damage the text itself: cut it short, or splice in stray characters.
        let text = if rng.chance(10) && !text.is_empty() {
            let mut cut = rng.below(text.len());
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            let junk = [
                "", "\"", "{", "]", ":", "\t", "- ", "&a", "*a", "!!binary", "\u{feff}", "é",
            ];
            format!(
                "{}{}{}",
                &text[..cut],
                rng.pick(&junk),
                if rng.chance(50) { &text[cut..] } else { "" }
            )
        } else {
            text
        };
        let options = generator::Options {
            strict,
            ..generator::Options::default()
        };
        let outcome = catch_unwind(AssertUnwindSafe(|| {
            generator::generate_from_text(&text, Some(Path::new("fuzz.json")), &options)
        }));
        executions.fetch_add(1, Ordering::Relaxed);
        match outcome {
            Ok(Ok(_)) => Ok(()),
            Ok(Err(error)) => {
                // Errors are fine, but they must say where and what.
                errors.fetch_add(1, Ordering::Relaxed);
                let message = error.to_string();
                if std::env::var("FUZZ_VERBOSE").is_ok() {
                    println!(
                        "fuzz: {}: {}",
                        log.join("; "),
                        message.lines().next().unwrap_or_default()
                    );
                }
                prop_assert!(!message.trim().is_empty(), "empty error message");
                Ok(())
            }
            Err(_) => {
                std::fs::create_dir_all(&failure_dir).ok();
                let file = failure_dir.join(format!("{seed:016x}.json"));
                std::fs::write(&file, &text).ok();
                let report = format!(
                    "generator panicked on a mutation of {name} (seed {seed:#x}): {}\nreplay: {}",
                    log.join("; "),
                    file.display()
                );
                if let Ok(mut last) = last_failure.lock() {
                    *last = Some(report.clone());
                }
                Err(TestCaseError::fail(report))
            }
        }
    });
    if let Err(error) = result {
        let detail = last_failure.lock().ok().and_then(|l| l.clone());
        panic!("{error}\n{}", detail.unwrap_or_default());
    }
    (
        executions.load(Ordering::Relaxed),
        errors.load(Ordering::Relaxed),
        started.elapsed(),
    )
}
