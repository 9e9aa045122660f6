//! The corpus of nasty specs under `tests/fixtures/`: each one pins, in an insta snapshot
//! (`tests/snapshots/bad_specs__<fixture>.snap`), the error it is refused with or the
//! warnings it is generated with (and the error `--strict` turns them into).
//!
//! Every fixture that generates is also compiled (`cargo check --all-targets --all-features`), and must
//! compile without a single warning.
//!
//! Paths are relative to the package (cargo runs integration tests from there), so the
//! messages never contain this machine's absolute paths. To review changed messages:
//! `INSTA_UPDATE=always cargo test -p generator --test bad_specs`, then read the diff of
//! `tests/snapshots/`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use generator::{generate_from_file, Options};

const FIXTURES: &str = "tests/fixtures";

/// Every fixture (`*.yaml`, `*.json`), by relative path, sorted.
fn fixtures() -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(FIXTURES)
        .expect("tests/fixtures is readable")
        .map(|entry| Path::new(FIXTURES).join(entry.expect("directory entry").file_name()))
        // Specs only (other tests keep their own fixtures in subdirectories).
        .filter(|path| path.extension().is_some_and(|e| e == "yaml" || e == "json"))
        .collect();
    paths.sort();
    paths
}

fn snapshot_name(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    name.replace('.', "_")
}

fn strict() -> Options {
    Options {
        strict: true,
        ..Options::default()
    }
}

/// What generating `path` says: the error, or a summary and the warnings (and the error
/// `--strict` gives instead).
fn render(path: &Path) -> String {
    let mut out = String::new();
    match generate_from_file(path, &Options::default()) {
        Err(error) => {
            writeln!(out, "error: {error}").ok();
            // Strict mode never turns an error into success.
            if let Ok(generated) = generate_from_file(path, &strict()) {
                panic!(
                    "{}: fails without --strict but generates {} files with it",
                    path.display(),
                    generated.files.len()
                );
            }
        }
        Ok(generated) => {
            writeln!(
                out,
                "generated: {} operations, {} types, {} files",
                generated.model.operations.len(),
                generated.model.types.len(),
                generated.files.len()
            )
            .ok();
            writeln!(out, "warnings: {}", generated.warnings.len()).ok();
            for warning in &generated.warnings {
                writeln!(out, "- {warning}").ok();
            }
            match generate_from_file(path, &strict()) {
                Ok(_) if generated.warnings.is_empty() => {
                    writeln!(out, "strict: generates").ok();
                }
                Ok(_) => panic!("{}: --strict ignored the warnings", path.display()),
                Err(error) => {
                    writeln!(out, "strict error: {error}").ok();
                }
            }
        }
    }
    out
}

#[test]
fn every_fixture_pins_its_error_or_warnings() {
    let paths = fixtures();
    assert!(paths.len() >= 30, "fixtures missing: {}", paths.len());
    for path in paths {
        let rendered = render(&path);
        let cwd = std::env::current_dir().expect("current directory");
        assert!(
            !rendered.contains(&*cwd.to_string_lossy()),
            "{}: message contains an absolute path:\n{rendered}",
            path.display()
        );
        insta::assert_snapshot!(snapshot_name(&path), rendered);
    }
}

#[test]
fn an_unreadable_spec_names_the_file_and_what_to_do() {
    let rendered = render(Path::new("tests/fixtures/does-not-exist.yaml"));
    insta::assert_snapshot!("missing_file", rendered);
}

#[test]
fn text_input_without_a_file_still_locates_errors() {
    let text = "openapi: 3.0.3\ninfo:\n  title: x\n  version: '1'\npaths:\n  /a: [1, 2]\n";
    let error = generator::generate_from_text(text, None, &Options::default())
        .expect_err("paths items must be objects");
    insta::assert_snapshot!("text_input", error.to_string());
}

/// Generating is deterministic for every fixture that generates (same files, same warnings).
#[test]
fn fixtures_generate_deterministically() {
    for path in fixtures() {
        let Ok(first) = generate_from_file(&path, &Options::default()) else {
            continue;
        };
        let second = generate_from_file(&path, &Options::default()).expect("generates again");
        assert_eq!(first.files, second.files, "{}", path.display());
        assert_eq!(first.warnings, second.warnings, "{}", path.display());
    }
}

/// Every fixture that generates compiles, warning-free, with its tests and every feature (the
/// test kit's `testing` and the webhooks' included; one workspace, one `cargo check`, target
/// dir `target/generated-crates`, shared with `cargo xtask conformance`).
#[test]
fn every_generated_fixture_compiles_without_warnings() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let workspace = tempfile::tempdir().expect("temporary directory");
    let mut members = Vec::new();
    for path in fixtures() {
        let Some(stem) = path.file_stem() else {
            continue;
        };
        let crate_name = format!("fixture-{}", stem.to_string_lossy().replace('.', "-"));
        let options = Options {
            crate_name: crate_name.clone(),
            ..Options::default()
        };
        let Ok(generated) = generate_from_file(&path, &options) else {
            continue;
        };
        let dir = workspace.path().join(&crate_name);
        generator::output::write_crate(&dir, &generated.files).expect("written");
        members.push(format!("{crate_name:?}"));
    }
    assert!(members.len() >= 5, "too few fixtures generate: {members:?}");
    std::fs::write(
        workspace.path().join("Cargo.toml"),
        format!(
            "[workspace]\nresolver = \"2\"\nmembers = [{}]\n",
            members.join(", ")
        ),
    )
    .expect("workspace manifest");
    // The repository's lock file pins the same dependency versions (and needs no resolution).
    std::fs::copy(repo.join("Cargo.lock"), workspace.path().join("Cargo.lock")).expect("lock");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let output = Command::new(cargo)
        .args([
            "check",
            "--workspace",
            "--all-targets",
            "--all-features",
            "--message-format=short",
        ])
        .current_dir(workspace.path())
        .env("CARGO_TARGET_DIR", repo.join("target/generated-crates"))
        .env("CARGO_TERM_COLOR", "never")
        .env_remove("RUSTFLAGS")
        .output()
        .expect("cargo runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    let problems: Vec<&str> = stderr
        .lines()
        // Diagnostics only: `Compiling thiserror …` is progress, not an error.
        .filter(|line| {
            line.starts_with("warning")
                || line.starts_with("error")
                || line.contains(": warning")
                || line.contains(": error")
        })
        .collect();
    assert!(
        output.status.success() && problems.is_empty(),
        "generated fixtures do not compile cleanly:\n{stderr}"
    );
}
