//! Part 1: generation time per official spec version, stage by stage, and peak RSS.
//!
//! Each version runs in a child process (`benches gen-child`), so its peak RSS (`VmHWM`) is its
//! own. One run is what `cargo xtask codegen` does, in release: read the file, then
//! [`generator::generate_from_text`] (load → lower → plan → emit → templates → assemble, each timed by
//! the generator), then [`generator::output::write_crate`] into a fresh directory. End to end is
//! the sum of the three, per run; every figure reported is a median over runs.
//!
//! `emit` includes formatting with `prettyplease` and the API surface file; `assemble` is the
//! rest of `generate_from_text` (freeing the parsed spec, runtime modules, the manifest hash).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::stats::{median, ms, run_measured};

/// Arguments of the internal `gen-child` subcommand.
#[derive(clap::Args, Debug)]
pub struct ChildArgs {
    /// The spec to generate from.
    #[arg(long)]
    spec: PathBuf,
    /// How many timed runs, after one warm-up run.
    #[arg(long)]
    runs: usize,
    /// A scratch directory to write crates into (emptied first).
    #[arg(long)]
    scratch: PathBuf,
}

/// Stage times of one run, in seconds.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize)]
pub struct RunTimes {
    /// Reading the file.
    pub read: f64,
    /// YAML → `openapiv3`.
    pub load: f64,
    /// Spec → model.
    pub lower: f64,
    /// Model → the Rust API (names, types, signatures).
    pub plan: f64,
    /// Model → formatted Rust (format included).
    pub emit: f64,
    /// Cargo.toml and README templates.
    pub templates: f64,
    /// Freeing the parsed spec, runtime modules, manifest hash, sorting.
    pub assemble: f64,
    /// Writing the crate into a fresh directory.
    pub write: f64,
    /// read + generate + write.
    pub total: f64,
}

/// What a child reports for one version.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ChildReport {
    /// Size of the spec file in bytes.
    pub spec_bytes: usize,
    /// Operations in the spec.
    pub spec_operations: usize,
    /// Methods generated.
    pub methods: usize,
    /// Types generated.
    pub types: usize,
    /// Files in the crate.
    pub files: usize,
    /// Bytes of the crate's files.
    pub crate_bytes: usize,
    /// One entry per timed run.
    pub runs: Vec<RunTimes>,
    /// Peak RSS of the process (KiB) after the timed runs.
    pub vm_hwm_kib: u64,
}

/// Entry point of `benches gen-child`: prints one JSON line with a [`ChildReport`].
pub fn child(args: &ChildArgs) {
    let options = generator::Options::default();
    let _ = std::fs::remove_dir_all(&args.scratch);
    std::fs::create_dir_all(&args.scratch).expect("create the scratch directory");
    let mut runs = Vec::with_capacity(args.runs);
    let mut last = None;
    for index in 0..=args.runs {
        let out_dir = args.scratch.join(format!("run-{index}"));
        let started = Instant::now();
        let text = std::fs::read_to_string(&args.spec).expect("read the spec");
        let read = started.elapsed();
        let started = Instant::now();
        let generated = generator::generate_from_text(&text, Some(&args.spec), &options)
            .expect("the spec generates");
        let generate = started.elapsed();
        let started = Instant::now();
        generator::output::write_crate(&out_dir, &generated.files).expect("write the crate");
        let write = started.elapsed();
        let t = generated.timings;
        let staged = t.load + t.lower + t.plan + t.emit + t.templates;
        let times = RunTimes {
            read: read.as_secs_f64(),
            load: t.load.as_secs_f64(),
            lower: t.lower.as_secs_f64(),
            plan: t.plan.as_secs_f64(),
            emit: t.emit.as_secs_f64(),
            templates: t.templates.as_secs_f64(),
            assemble: generate.saturating_sub(staged).as_secs_f64(),
            write: write.as_secs_f64(),
            total: (read + generate + write).as_secs_f64(),
        };
        // Run 0 is the warm-up (page cache, allocator).
        if index > 0 {
            runs.push(times);
        }
        last = Some((text.len(), generated));
    }
    // Removed only now: deleting a crate between runs left the file system busy (journal,
    // discards) while the next run wrote, and that showed up as the next run's write time.
    let _ = std::fs::remove_dir_all(&args.scratch);
    let vm_hwm_kib = vm_hwm_kib();
    let (spec_bytes, generated) = last.expect("at least one run");
    let report = ChildReport {
        spec_bytes,
        spec_operations: generated.spec_operations,
        methods: generated.model.operations.len(),
        types: generated.model.types.len(),
        files: generated.files.len(),
        crate_bytes: generated.files.iter().map(|f| f.contents.len()).sum(),
        runs,
        vm_hwm_kib,
    };
    println!(
        "{}",
        serde_json::to_string(&report).expect("serialize the report")
    );
}

/// Peak resident set size of this process (`VmHWM` in `/proc/self/status`), in KiB.
fn vm_hwm_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// Part 1's results for one version.
pub struct VersionResult {
    /// `2.7` … `preview`.
    pub version: String,
    /// What the child measured, or why it failed.
    pub report: Result<ChildReport, String>,
}

/// Versions in the corpus, oldest first (`2.7` < `2.10` < `preview`).
pub fn corpus_versions(corpus: &Path) -> Vec<String> {
    let mut versions: Vec<String> = std::fs::read_dir(corpus)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter(|e| e.path().join(crate::report::SPEC_FILE).is_file())
                .filter_map(|e| e.file_name().into_string().ok())
                .collect()
        })
        .unwrap_or_default();
    versions.sort_by_key(|v| version_key(v));
    versions
}

/// Sort key: numeric versions by their numbers, anything else after them.
fn version_key(version: &str) -> (u32, Vec<u32>, String) {
    let numbers: Option<Vec<u32>> = version.split('.').map(|p| p.parse().ok()).collect();
    match numbers {
        Some(numbers) => (0, numbers, String::new()),
        None => (1, Vec::new(), version.to_string()),
    }
}

/// Where the children write their crates: a RAM-backed directory (`/dev/shm`) when there is
/// one, so the write figure is the generator's work rather than the disk's (on a shared VM
/// disk the same writes varied from 4 to 55 ms within minutes); else `target/bench/gen`.
pub fn ram_scratch() -> PathBuf {
    let shm = Path::new("/dev/shm");
    if shm.is_dir() {
        shm.join(format!("intercom-bench-{}", std::process::id()))
    } else {
        disk_scratch()
    }
}

/// A scratch directory on the repository's disk: `target/bench/gen`.
pub fn disk_scratch() -> PathBuf {
    crate::repo_root().join("target/bench/gen")
}

/// Runs a child per version, writing under `scratch_root`, and collects their reports.
pub fn measure_versions(
    corpus: &Path,
    versions: &[String],
    runs: usize,
    scratch_root: &Path,
) -> Vec<VersionResult> {
    let exe = std::env::current_exe().expect("path of the benches binary");
    let results = versions
        .iter()
        .map(|version| {
            eprintln!("==> generation: {version} ({runs} runs)");
            let spec = corpus.join(version).join(crate::report::SPEC_FILE);
            let mut command = Command::new(&exe);
            command
                .arg("gen-child")
                .arg("--spec")
                .arg(&spec)
                .arg("--runs")
                .arg(runs.to_string())
                .arg("--scratch")
                .arg(scratch_root.join(version));
            let report: Result<ChildReport, String> = match run_measured(&mut command) {
                Ok(run) if run.status.success() => serde_json::from_str(run.stdout.trim())
                    .map_err(|e| format!("unreadable child report: {e}")),
                Ok(run) => Err(format!(
                    "child failed ({}): {}",
                    run.status,
                    crate::stats::tail(&run.stderr, 5)
                )),
                Err(error) => Err(format!("cannot run the child: {error}")),
            };
            if let Ok(r) = &report {
                let total: Vec<Duration> = r
                    .runs
                    .iter()
                    .map(|t| Duration::from_secs_f64(t.total))
                    .collect();
                eprintln!("    median {} ms end to end", ms(median(&total)));
            }
            VersionResult {
                version: version.clone(),
                report,
            }
        })
        .collect();
    let _ = std::fs::remove_dir_all(scratch_root);
    results
}

/// Wall times of `cargo xtask codegen --out target/bench/codegen-loop` on a warm build.
pub struct CodegenLoop {
    /// One per timed run, after one warm-up run.
    pub runs: Vec<Duration>,
    /// The command, as shown in the report.
    pub command: String,
}

/// Times `cargo xtask codegen` (into a scratch directory, so `generated-client/` is untouched)
/// after one warm-up run; `cargo build -p xtask` runs untimed before each run.
pub fn measure_codegen_loop(runs: usize) -> Result<CodegenLoop, String> {
    let root = crate::repo_root();
    let out = root.join("target/bench/codegen-loop");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut timed = Vec::with_capacity(runs);
    for index in 0..=runs {
        // Untimed: rebuild `xtask` if someone changed the generator since the last run, so the
        // timed run sees a warm build (and only pays cargo's freshness check).
        let mut build = Command::new(&cargo);
        build
            .args(["build", "--quiet", "--package", "xtask"])
            .current_dir(&root)
            .env("CARGO_TERM_COLOR", "never");
        let built = run_measured(&mut build).map_err(|e| format!("cannot run cargo: {e}"))?;
        if !built.status.success() {
            return Err(format!(
                "`cargo build -p xtask` failed: {}",
                crate::stats::tail(&built.stderr, 5)
            ));
        }
        let mut command = Command::new(&cargo);
        command
            .args(["xtask", "codegen", "--out"])
            .arg(&out)
            .current_dir(&root)
            .env("CARGO_TERM_COLOR", "never");
        let run = run_measured(&mut command).map_err(|e| format!("cannot run cargo: {e}"))?;
        if !run.status.success() {
            return Err(format!(
                "`cargo xtask codegen` failed: {}",
                crate::stats::tail(&run.stderr, 5)
            ));
        }
        if index > 0 {
            timed.push(run.wall);
        }
    }
    Ok(CodegenLoop {
        runs: timed,
        command: "cargo xtask codegen --out target/bench/codegen-loop".to_string(),
    })
}
