//! Every generated Rust file is laid out exactly as `prettyplease` lays out the same code:
//! reading a file back with `syn` and printing it again changes no line (blank lines, which
//! the generator adds between items, and `//` comments, which `syn` drops, aside).
//!
//! Emit writes the regular items of `src/types.rs` as text directly instead of formatting
//! their tokens; this is what proves that text is what the formatter would have written. It
//! runs on our spec, on every official Intercom version and on the real-world corpus in
//! `../shared` (skipped, with a message, when that is absent).

use std::path::{Path, PathBuf};

/// `../shared` beside the repository, or `$SHARED_DIR`.
fn shared_dir() -> PathBuf {
    std::env::var_os("SHARED_DIR").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared"),
        PathBuf::from,
    )
}

/// The lines of `text` that formatting decides: neither blank nor a `//` comment.
fn laid_out_lines(text: &str) -> Vec<&str> {
    text.lines()
        .filter(|line| {
            let trimmed = line.trim_start();
            let comment = trimmed.starts_with("//")
                && !trimmed.starts_with("///")
                && !trimmed.starts_with("//!");
            !trimmed.is_empty() && !comment
        })
        .collect()
}

/// The first line where `file` differs from its reformatted self, with context.
fn layout_difference(path: &str, text: &str) -> Option<String> {
    let parsed = match syn::parse_file(text) {
        Ok(parsed) => parsed,
        Err(error) => return Some(format!("{path}: does not parse: {error}")),
    };
    let formatted = prettyplease::unparse(&parsed);
    let ours = laid_out_lines(text);
    let theirs = laid_out_lines(&formatted);
    let at = ours
        .iter()
        .zip(&theirs)
        .position(|(a, b)| a != b)
        .or_else(|| (ours.len() != theirs.len()).then(|| ours.len().min(theirs.len())))?;
    let window = |lines: &[&str]| lines[at.saturating_sub(3)..(at + 4).min(lines.len())].join("\n");
    Some(format!(
        "{path}: line {} of the laid-out lines differs.\n--- generated:\n{}\n--- prettyplease:\n{}",
        at + 1,
        window(&ours),
        window(&theirs)
    ))
}

/// Generates `spec` and checks every Rust file the emit stage writes.
fn check_spec(spec: &Path, failures: &mut Vec<String>) {
    let generated = match generator::generate_from_file(spec, &generator::Options::default()) {
        Ok(generated) => generated,
        Err(error) => {
            failures.push(format!("{}: does not generate: {error}", spec.display()));
            return;
        }
    };
    for file in &generated.files {
        let emitted = file.path.starts_with("src/types")
            || file.path.starts_with("src/operations/")
            || file.path == "src/lib.rs"
            || file.path == "src/config.rs"
            || file.path == "src/webhooks.rs"
            || file.path == "src/testing/operations.rs"
            || file.path == "tests/generated_examples.rs";
        if !emitted {
            continue;
        }
        if let Some(difference) = layout_difference(&file.path, &file.contents) {
            failures.push(format!("{}: {difference}", spec.display()));
        }
    }
}

#[test]
fn our_crate_is_laid_out_as_prettyplease_would() {
    let spec = Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs/intercom.yaml");
    let mut failures = Vec::new();
    check_spec(&spec, &mut failures);
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn every_corpus_crate_is_laid_out_as_prettyplease_would() {
    let shared = shared_dir();
    let mut specs: Vec<PathBuf> = Vec::new();
    for corpus in ["intercom-openapi", "openapi-corpus"] {
        let Ok(entries) = std::fs::read_dir(shared.join(corpus)) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let files: Vec<PathBuf> = match std::fs::read_dir(&path) {
                Ok(inner) => inner.flatten().map(|f| f.path()).collect(),
                Err(_) => vec![path],
            };
            specs.extend(files.into_iter().filter(|p| {
                matches!(
                    p.extension().and_then(|e| e.to_str()),
                    Some("yaml" | "yml" | "json")
                )
            }));
        }
    }
    if specs.is_empty() {
        eprintln!(
            "skipped: no corpus under {} (set SHARED_DIR to check the generated layout on it)",
            shared.display()
        );
        return;
    }
    specs.sort();
    let mut failures = Vec::new();
    for spec in &specs {
        check_spec(spec, &mut failures);
    }
    println!("layout checked on {} specs", specs.len());
    assert!(
        failures.is_empty(),
        "{} of {} specs:\n{}",
        failures.len(),
        specs.len(),
        failures.join("\n\n")
    );
}
