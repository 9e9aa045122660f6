//! Part 2: debug build time of a generated crate alone, its dependencies already built.
//!
//! Each crate is built as its own workspace (an empty `[workspace]` table appended to its
//! manifest, this repository's `Cargo.lock` copied in) with a `CARGO_TARGET_DIR` of its own
//! under `target/bench/`, so `cargo clean -p` touches nothing else. One untimed build first
//! builds the dependencies; then:
//!
//! - cold: `cargo clean -p <crate>`, then `cargo build` (every tag feature, the default);
//! - touch: the mtime of `src/types.rs` set to now, then `cargo build` (incremental, as in dev);
//! - one tag: `cargo clean -p <crate>`, then `cargo build --no-default-features --features <tag>`.
//!
//! Peak RSS is that of the `cargo build` process tree (`wait4`), i.e. the crate's `rustc`.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use crate::stats::{run_measured, tail, ChildRun};

/// One crate to measure.
pub struct Subject {
    /// What the report calls it.
    pub label: String,
    /// Its package name.
    pub package: String,
    /// Its directory (a stand-alone workspace).
    pub dir: PathBuf,
    /// Operations in its spec and methods generated (every operation included?).
    pub operations: Option<(usize, usize)>,
    /// The tag feature built alone.
    pub single_tag: String,
    /// Lines of Rust in `src/`.
    pub rust_lines: usize,
}

/// Build figures for one crate.
pub struct CompileResult {
    /// The crate.
    pub subject: Subject,
    /// Cold builds.
    pub cold: Vec<Duration>,
    /// Builds after touching `src/types.rs`.
    pub touch: Vec<Duration>,
    /// Cold builds of one tag, or why that build fails.
    pub single: Result<Vec<Duration>, String>,
    /// Peak RSS of each kind of build, in KiB (the largest over its runs).
    pub cold_rss_kib: u64,
    /// See [`CompileResult::cold_rss_kib`].
    pub touch_rss_kib: u64,
    /// See [`CompileResult::cold_rss_kib`].
    pub single_rss_kib: u64,
}

/// Generates the preview crate into `target/bench/preview-crate`.
pub fn prepare_preview(corpus: &Path) -> Result<Subject, String> {
    let root = crate::repo_root();
    let spec = corpus.join("preview").join(crate::report::SPEC_FILE);
    let dir = root.join("target/bench/preview-crate");
    let package = "intercom-preview".to_string();
    let options = generator::Options {
        crate_name: package.clone(),
        ..generator::Options::default()
    };
    let generated =
        generator::generate_from_file(&spec, &options).map_err(|e| format!("generate: {e}"))?;
    generator::output::write_crate(&dir, &generated.files).map_err(|e| format!("write: {e}"))?;
    detach(&dir)?;
    let features: Vec<String> = generated
        .model
        .tags
        .iter()
        .map(|t| t.module.clone())
        .collect();
    let single_tag = pick_tag(&features);
    Ok(Subject {
        label: "preview (official spec)".to_string(),
        package,
        operations: Some((generated.spec_operations, generated.model.operations.len())),
        single_tag,
        rust_lines: rust_lines(&dir.join("src")),
        dir,
    })
}

/// Copies `generated-client/` (our own spec's crate, as committed) to
/// `target/bench/client-crate`.
pub fn prepare_own_client() -> Result<Subject, String> {
    let root = crate::repo_root();
    let source = root.join("generated-client");
    let dir = root.join("target/bench/client-crate");
    let _ = std::fs::remove_dir_all(&dir);
    copy_dir(&source, &dir).map_err(|e| format!("copy generated-client: {e}"))?;
    detach(&dir)?;
    let manifest = std::fs::read_to_string(dir.join("Cargo.toml")).map_err(|e| e.to_string())?;
    let features: Vec<String> = manifest
        .lines()
        .skip_while(|l| l.trim() != "[features]")
        .filter_map(|l| {
            l.split_once(" = []")
                .map(|(name, _)| name.trim().to_string())
        })
        .collect();
    Ok(Subject {
        label: "generated-client (specs/intercom.yaml)".to_string(),
        package: "intercom-client".to_string(),
        operations: None,
        single_tag: pick_tag(&features),
        rust_lines: rust_lines(&dir.join("src")),
        dir,
    })
}

/// `tickets` when the crate has that tag, else its first tag.
fn pick_tag(features: &[String]) -> String {
    if features.iter().any(|f| f == "tickets") {
        "tickets".to_string()
    } else {
        features.first().cloned().unwrap_or_default()
    }
}

/// Makes the crate its own workspace, using this repository's lock file.
fn detach(dir: &Path) -> Result<(), String> {
    let manifest = dir.join("Cargo.toml");
    let text = std::fs::read_to_string(&manifest).map_err(|e| e.to_string())?;
    if !text.lines().any(|line| line.trim() == "[workspace]") {
        std::fs::write(&manifest, format!("{text}\n[workspace]\n")).map_err(|e| e.to_string())?;
    }
    let lock = dir.join("Cargo.lock");
    if !lock.exists() {
        std::fs::copy(crate::repo_root().join("Cargo.lock"), &lock).map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// Recursively copies a directory, skipping `target/`.
fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let path = entry.path();
        if entry.file_name() == "target" {
            continue;
        }
        let dest = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&path, &dest)?;
        } else {
            std::fs::copy(&path, &dest)?;
        }
    }
    Ok(())
}

/// Lines of the `.rs` files under a directory.
fn rust_lines(dir: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    entries
        .filter_map(Result::ok)
        .map(|e| {
            let path = e.path();
            if path.is_dir() {
                rust_lines(&path)
            } else if path.extension().is_some_and(|x| x == "rs") {
                std::fs::read_to_string(&path).map_or(0, |t| t.lines().count())
            } else {
                0
            }
        })
        .sum()
}

/// A cargo command in the crate's directory, with its own target directory.
fn cargo(subject: &Subject, args: &[&str]) -> Command {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .args(args)
        .current_dir(&subject.dir)
        .env("CARGO_TARGET_DIR", target_dir(subject))
        .env("CARGO_TERM_COLOR", "never")
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("CARGO_INCREMENTAL");
    command
}

/// `target/bench/<crate dir name>-target`.
fn target_dir(subject: &Subject) -> PathBuf {
    let name = subject
        .dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    crate::repo_root().join(format!("target/bench/{name}-target"))
}

/// Runs a cargo command and fails with its last lines of output when it fails.
fn checked(subject: &Subject, args: &[&str]) -> Result<ChildRun, String> {
    let run = run_measured(&mut cargo(subject, args))
        .map_err(|e| format!("cannot run cargo {}: {e}", args.join(" ")))?;
    if !run.status.success() {
        return Err(format!(
            "`cargo {}` failed in {}:\n{}",
            args.join(" "),
            subject.dir.display(),
            tail(&run.stderr, 15)
        ));
    }
    Ok(run)
}

/// Sets a file's modification time to now without changing it.
fn touch(path: &Path) -> Result<(), String> {
    let file = std::fs::OpenOptions::new()
        .append(true)
        .open(path)
        .map_err(|e| format!("open {}: {e}", path.display()))?;
    file.set_modified(std::time::SystemTime::now())
        .map_err(|e| format!("touch {}: {e}", path.display()))
}

/// Measures one crate: `runs` of each kind of build.
pub fn measure(subject: Subject, runs: usize) -> Result<CompileResult, String> {
    let package = subject.package.clone();
    eprintln!(
        "==> compile: {} (dependencies, untimed)",
        subject.dir.display()
    );
    checked(&subject, &["build"])?;
    let mut result = CompileResult {
        cold: Vec::new(),
        touch: Vec::new(),
        single: Ok(Vec::new()),
        cold_rss_kib: 0,
        touch_rss_kib: 0,
        single_rss_kib: 0,
        subject,
    };
    let subject = &result.subject;
    let features = [
        "build",
        "--no-default-features",
        "--features",
        &subject.single_tag,
    ];
    let mut single = Vec::new();
    let mut single_rss = 0;
    for run in 0..runs {
        eprintln!("==> compile: {package} cold {}/{runs}", run + 1);
        checked(subject, &["clean", "-p", &package])?;
        let cold = checked(subject, &["build"])?;
        result.cold.push(cold.wall);
        result.cold_rss_kib = result.cold_rss_kib.max(cold.max_rss_kib);
    }
    let types = subject.dir.join("src/types.rs");
    for run in 0..runs {
        eprintln!(
            "==> compile: {package} touch src/types.rs {}/{runs}",
            run + 1
        );
        touch(&types)?;
        let touched = checked(subject, &["build"])?;
        result.touch.push(touched.wall);
        result.touch_rss_kib = result.touch_rss_kib.max(touched.max_rss_kib);
    }
    for run in 0..runs {
        eprintln!(
            "==> compile: {package} --features {} {}/{runs}",
            subject.single_tag,
            run + 1
        );
        checked(subject, &["clean", "-p", &package])?;
        let one = run_measured(&mut cargo(subject, &features))
            .map_err(|e| format!("cannot run cargo: {e}"))?;
        if !one.status.success() {
            result.single = Err(first_error(&one.stderr));
            break;
        }
        single.push(one.wall);
        single_rss = single_rss.max(one.max_rss_kib);
    }
    if result.single.is_ok() {
        result.single = Ok(single);
    }
    result.single_rss_kib = single_rss;
    Ok(result)
}

/// The first compiler error and rustc's count of them, from cargo's output.
fn first_error(stderr: &str) -> String {
    let first = stderr
        .lines()
        .find(|l| l.starts_with("error"))
        .unwrap_or("the build failed");
    let count = stderr
        .lines()
        .find(|l| l.contains("due to") && l.starts_with("error: could not compile"))
        .and_then(|l| l.split("due to ").nth(1))
        .unwrap_or("");
    if count.is_empty() {
        first.to_string()
    } else {
        format!("{first} ({count})")
    }
}
