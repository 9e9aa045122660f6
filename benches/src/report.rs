//! `benches run`: runs the three parts and writes the markdown report.

use std::fmt::Write as _;
use std::process::Command;
use std::time::Duration;

use crate::compile::{self, CompileResult};
use crate::generation::{self, CodegenLoop, VersionResult};
use crate::runtime::{self, median_of, DecodeResult, OverheadResult};
use crate::stats::{median, mib, micros, ms, range, secs};
use crate::RunArgs;

/// File name of the spec inside each version directory of the corpus.
pub const SPEC_FILE: &str = "api.intercom.io.yaml";

/// Targets from the issue.
const TARGET_GENERATION_MS: f64 = 150.0;
const TARGET_CODEGEN_S: f64 = 1.0;
const TARGET_COLD_S: f64 = 11.0;
const TARGET_DECODE_RATIO: f64 = 1.5;
const TARGET_OVERHEAD_PCT: f64 = 5.0;

/// How many of each measurement a mode makes.
struct Plan {
    generation_runs: usize,
    codegen_runs: usize,
    compile_runs: usize,
    decode_iterations: usize,
    overhead_batches: usize,
    overhead_batch: usize,
}

impl Plan {
    fn new(quick: bool) -> Self {
        if quick {
            Plan {
                generation_runs: 3,
                codegen_runs: 2,
                compile_runs: 1,
                decode_iterations: 5,
                overhead_batches: 10,
                overhead_batch: 50,
            }
        } else {
            Plan {
                generation_runs: 15,
                codegen_runs: 7,
                compile_runs: 3,
                decode_iterations: 31,
                overhead_batches: 201,
                overhead_batch: 100,
            }
        }
    }
}

/// Everything one run measured.
struct Results {
    versions: Vec<VersionResult>,
    /// The preview again, writing to the repository's disk instead of RAM.
    preview_on_disk: Option<VersionResult>,
    codegen: Result<CodegenLoop, String>,
    compile: Option<Vec<Result<CompileResult, String>>>,
    decoding: Vec<DecodeResult>,
    overhead: Result<OverheadResult, String>,
}

/// Entry point of `benches run`.
pub fn run(args: &RunArgs) {
    let root = crate::repo_root();
    let corpus = args
        .corpus
        .clone()
        .unwrap_or_else(|| root.join("../shared/intercom-openapi"));
    let out = args
        .out
        .clone()
        .unwrap_or_else(|| root.join("BENCHMARKS.md"));
    let plan = Plan::new(args.quick);
    let versions = if args.versions.is_empty() {
        generation::corpus_versions(&corpus)
    } else {
        args.versions.clone()
    };
    let load_before = load_average();
    let ram = generation::ram_scratch();
    let versions = generation::measure_versions(&corpus, &versions, plan.generation_runs, &ram);
    let preview_on_disk = (versions.iter().any(|v| v.version == "preview")
        && ram != generation::disk_scratch())
    .then(|| {
        eprintln!("==> generation: preview again, writing to the repository's disk");
        generation::measure_versions(
            &corpus,
            &["preview".to_string()],
            plan.generation_runs,
            &generation::disk_scratch(),
        )
        .pop()
    })
    .flatten();
    eprintln!("==> cargo xtask codegen, warm ({} runs)", plan.codegen_runs);
    let codegen = generation::measure_codegen_loop(plan.codegen_runs);
    let decoding = runtime::measure_decoding(plan.decode_iterations);
    let overhead = runtime::measure_overhead(plan.overhead_batches, plan.overhead_batch);
    let compile = (!args.skip_compile).then(|| {
        let preview = compile::prepare_preview(&corpus)
            .and_then(|subject| compile::measure(subject, plan.compile_runs));
        let own = compile::prepare_own_client()
            .and_then(|subject| compile::measure(subject, plan.compile_runs));
        vec![preview, own]
    });
    let load_after = load_average();
    let results = Results {
        versions,
        preview_on_disk,
        codegen,
        compile,
        decoding,
        overhead,
    };
    let markdown = render(args, &plan, &results, &load_before, &load_after);
    println!("{markdown}");
    match std::fs::write(&out, &markdown) {
        Ok(()) => eprintln!("wrote {}", out.display()),
        Err(error) => {
            eprintln!("error: cannot write {}: {error}", out.display());
            std::process::exit(1);
        }
    }
}

/// `/proc/loadavg`'s first three fields.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|text| {
            text.split_whitespace()
                .take(3)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_else(|_| "unknown".to_string())
}

/// The first line of a command's output, or `unknown`.
fn command_line(program: &str, args: &[&str]) -> String {
    Command::new(program)
        .args(args)
        .current_dir(crate::repo_root())
        .output()
        .ok()
        .filter(|o| o.status.success())
        .and_then(|o| {
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .next()
                .map(str::to_string)
        })
        .unwrap_or_else(|| "unknown".to_string())
}

/// CPU model, core count and memory.
fn machine() -> String {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find_map(|l| l.strip_prefix("model name"))
        .and_then(|l| l.split_once(':'))
        .map_or("unknown CPU".to_string(), |(_, m)| m.trim().to_string());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
    let memory_kib: u64 = meminfo
        .lines()
        .find_map(|l| l.strip_prefix("MemTotal:"))
        .and_then(|l| l.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0);
    format!(
        "{model}, {cores} cores (`nproc`), {:.1} GiB RAM",
        memory_kib as f64 / 1024.0 / 1024.0
    )
}

fn status(met: bool) -> &'static str {
    if met {
        "**met**"
    } else {
        "**missed**"
    }
}

fn to_ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn secs_of(samples: &[f64]) -> Vec<Duration> {
    samples
        .iter()
        .map(|s| Duration::from_secs_f64(*s))
        .collect()
}

/// MB/s (10⁶ bytes) for `bytes` decoded in `time`.
fn mb_per_s(bytes: usize, time: Duration) -> String {
    format!("{:.0}", bytes as f64 / 1e6 / time.as_secs_f64())
}

fn render(
    args: &RunArgs,
    plan: &Plan,
    results: &Results,
    load_before: &str,
    load_after: &str,
) -> String {
    let mut md = String::new();
    let commit = command_line("git", &["rev-parse", "--short", "HEAD"]);
    let dirty = !command_line(
        "git",
        &[
            "status",
            "--porcelain",
            "--untracked-files=no",
            "--",
            ".",
            ":!BENCHMARKS.md",
            ":!README.md",
        ],
    )
    .eq("unknown");
    let _ = writeln!(md, "# Benchmarks\n");
    if args.quick {
        let _ = writeln!(
            md,
            "> **Quick mode** (`--quick`): a smoke test of the harness with few runs; do not quote these figures.\n"
        );
    }
    let _ = writeln!(
        md,
        "Written by `cargo xtask bench{}` (a release build of `benches/`). Every median and ratio below comes from this one run.\n",
        if args.quick { " --quick" } else { "" }
    );
    let _ = writeln!(md, "| | |\n|---|---|");
    let _ = writeln!(md, "| Machine | {} |", machine());
    let _ = writeln!(
        md,
        "| Toolchain | `{}` |",
        command_line("rustc", &["--version"])
    );
    let _ = writeln!(
        md,
        "| Date | {} |",
        command_line("date", &["-u", "+%Y-%m-%d %H:%M UTC"])
    );
    let _ = writeln!(
        md,
        "| Commit | `{commit}`{} |",
        if dirty {
            " plus uncommitted changes in the work tree"
        } else {
            ""
        }
    );
    let _ = writeln!(
        md,
        "| Load average (1, 5, 15 min) | {load_before} at the start, {load_after} at the end |"
    );
    let _ = writeln!(md);

    summary(&mut md, results);
    generation_section(&mut md, plan, results);
    compile_section(&mut md, plan, results);
    runtime_section(&mut md, plan, results);

    let _ = writeln!(md, "## Reproducing\n");
    let _ = writeln!(
        md,
        "```sh\ncargo xtask bench                 # everything; writes BENCHMARKS.md (about 2 minutes on 2 cores once built)\ncargo xtask bench --quick         # smoke test: few runs\ncargo xtask bench --skip-compile  # parts 1 and 3 only\ncargo xtask bench --out FILE      # write the report elsewhere\n```\n"
    );
    let _ = writeln!(
        md,
        "Scratch files go to `target/bench/`. The official specs are read from `../shared/intercom-openapi/<version>/{SPEC_FILE}` (`--corpus DIR` to change). Close other heavy work first: the machine's load average is recorded above because it moves every figure."
    );
    md
}

/// The targets of the issue, met or missed.
fn summary(md: &mut String, results: &Results) {
    let _ = writeln!(md, "## Targets\n");
    let _ = writeln!(md, "| Target | Goal | Measured | |\n|---|---|---|---|");
    if let Some(Ok(preview)) = results
        .versions
        .iter()
        .find(|v| v.version == "preview")
        .map(|v| v.report.as_ref())
    {
        let total = median(
            &preview
                .runs
                .iter()
                .map(|r| Duration::from_secs_f64(r.total))
                .collect::<Vec<_>>(),
        );
        let on_disk = match &results.preview_on_disk {
            Some(VersionResult { report: Ok(r), .. }) => format!(
                " ({} ms writing to disk)",
                ms(median(&secs_of(
                    &r.runs.iter().map(|t| t.total).collect::<Vec<_>>()
                )))
            ),
            _ => String::new(),
        };
        let _ = writeln!(
            md,
            "| Generate the preview crate (1.5 MB spec), end to end, median | ≤ {TARGET_GENERATION_MS:.0} ms | {} ms{on_disk} | {} |",
            ms(total),
            status(to_ms(total) <= TARGET_GENERATION_MS)
        );
    }
    match &results.codegen {
        Ok(codegen) => {
            let m = median(&codegen.runs);
            let _ = writeln!(
                md,
                "| `cargo xtask codegen`, warm build, wall time, median | ≤ {TARGET_CODEGEN_S:.0} s | {} s | {} |",
                secs(m),
                status(m.as_secs_f64() <= TARGET_CODEGEN_S)
            );
        }
        Err(error) => {
            let _ = writeln!(
                md,
                "| `cargo xtask codegen`, warm | ≤ 1 s | failed: {error} | |"
            );
        }
    }
    if let Some(compile) = &results.compile {
        if let Some(Ok(preview)) = compile.first() {
            let m = median(&preview.cold);
            let _ = writeln!(
                md,
                "| Preview crate alone, debug, cold build, median | ≤ {TARGET_COLD_S:.0} s | {} s | {} |",
                secs(m),
                status(m.as_secs_f64() <= TARGET_COLD_S)
            );
        }
    }
    for decode in &results.decoding {
        if let (Some(typed), Some(floor)) =
            (median_of(&decode.typed), Some(median(&decode.ignored)))
        {
            let ratio = typed.as_secs_f64() / floor.as_secs_f64();
            let _ = writeln!(
                md,
                "| Decode {} into the generated types vs `IgnoredAny` | ≤ {TARGET_DECODE_RATIO}× | {ratio:.2}× | {} |",
                decode.name,
                status(ratio <= TARGET_DECODE_RATIO)
            );
        }
    }
    if let Ok(overhead) = &results.overhead {
        let pct = overhead_pct(overhead);
        let _ = writeln!(
            md,
            "| Client overhead per small GET vs bare `reqwest` (loopback) | ≤ {TARGET_OVERHEAD_PCT:.0} % | {pct:+.1} % | {} |",
            status(pct <= TARGET_OVERHEAD_PCT)
        );
    }
    let _ = writeln!(md);
}

fn overhead_pct(overhead: &OverheadResult) -> f64 {
    let bare = median(&overhead.bare).as_secs_f64();
    let client = median(&overhead.client).as_secs_f64();
    (client / bare - 1.0) * 100.0
}

fn generation_section(md: &mut String, plan: &Plan, results: &Results) {
    let _ = writeln!(md, "## 1. Generation\n");
    let _ = writeln!(
        md,
        "Each official version through the generator in-process, in release, one child process per version; {} timed runs after one warm-up; every figure is a median over runs in milliseconds. One run is what `cargo xtask codegen` does: **read** the file, **load** (YAML → `openapiv3`), **lower** (→ model), **plan** (→ the Rust API: names, types, signatures), **emit** (→ Rust source: regular items written as laid-out text, the rest as tokens formatted with `prettyplease`, spread over all cores; and the API surface file), **templates** (Cargo.toml, README), **assemble** (freeing the parsed spec, runtime modules, manifest hash), **write** (staged atomic writes into a fresh directory, in RAM — `/dev/shm` — so that the figure is the generator's work and not this VM's disk; the preview's run writing to disk is given below the table). **End to end** = read + generate + write, per run. **Peak RSS** is the child's `VmHWM`.\n",
        plan.generation_runs
    );
    let _ = writeln!(
        md,
        "| Version | Spec KB | Operations → methods | Types | read | load | lower | plan | emit | templates | assemble | write | **end to end** | min–max | Peak RSS MiB |"
    );
    let _ = writeln!(
        md,
        "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|"
    );
    for version in &results.versions {
        match &version.report {
            Ok(r) => {
                let col = |f: fn(&generation::RunTimes) -> f64| {
                    ms(median(&secs_of(&r.runs.iter().map(f).collect::<Vec<_>>())))
                };
                let totals = secs_of(&r.runs.iter().map(|t| t.total).collect::<Vec<_>>());
                let (min, max) = range(&totals);
                let _ = writeln!(
                    md,
                    "| {} | {} | {} → {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | **{}** | {}–{} | {} |",
                    version.version,
                    r.spec_bytes / 1000,
                    r.spec_operations,
                    r.methods,
                    r.types,
                    col(|t| t.read),
                    col(|t| t.load),
                    col(|t| t.lower),
                    col(|t| t.plan),
                    col(|t| t.emit),
                    col(|t| t.templates),
                    col(|t| t.assemble),
                    col(|t| t.write),
                    ms(median(&totals)),
                    ms(min),
                    ms(max),
                    mib(r.vm_hwm_kib),
                );
            }
            Err(error) => {
                let _ = writeln!(md, "| {} | failed: {error} |", version.version);
            }
        }
    }
    let _ = writeln!(md);
    if let Some(Ok(r)) = results
        .versions
        .iter()
        .find(|v| v.version == "preview")
        .map(|v| v.report.as_ref())
    {
        let stage = |f: fn(&generation::RunTimes) -> f64| {
            median(&secs_of(&r.runs.iter().map(f).collect::<Vec<_>>()))
        };
        let total = stage(|t| t.total);
        let mut stages = [
            ("emit", stage(|t| t.emit)),
            ("load", stage(|t| t.load)),
            ("lower", stage(|t| t.lower)),
            ("plan", stage(|t| t.plan)),
            ("assemble", stage(|t| t.assemble)),
            ("write", stage(|t| t.write)),
            ("templates", stage(|t| t.templates)),
            ("read", stage(|t| t.read)),
        ];
        stages.sort_by_key(|s| std::cmp::Reverse(s.1));
        let parts: Vec<String> = stages
            .iter()
            .take(3)
            .map(|(name, d)| {
                format!(
                    "{name} {} ms ({:.0} %)",
                    ms(*d),
                    d.as_secs_f64() / total.as_secs_f64() * 100.0
                )
            })
            .collect();
        let _ = writeln!(
            md,
            "Where the preview's {} ms go: {}. Parsing the YAML (load) is the floor of any generator that reads this spec with `openapiv3`; end to end is {:.1}× that floor here.\n",
            ms(total),
            parts.join(", "),
            total.as_secs_f64() / stage(|t| t.load).as_secs_f64()
        );
    }
    if let Some(VersionResult { report: Ok(r), .. }) = &results.preview_on_disk {
        let stage = |f: fn(&generation::RunTimes) -> f64| {
            secs_of(&r.runs.iter().map(f).collect::<Vec<_>>())
        };
        let (write, total) = (stage(|t| t.write), stage(|t| t.total));
        let (write_min, write_max) = range(&write);
        let _ = writeln!(
            md,
            "The preview again, writing into `target/bench/gen` on the repository's disk instead (run right after the table's, same settings): write {} ms median ({}–{}), end to end **{} ms** (load {} ms, lower {} ms, emit {} ms in that run).\n",
            ms(median(&write)),
            ms(write_min),
            ms(write_max),
            ms(median(&total)),
            ms(median(&stage(|t| t.load))),
            ms(median(&stage(|t| t.lower))),
            ms(median(&stage(|t| t.emit))),
        );
    }
    let _ = writeln!(
        md,
        "Reference points given in the issue for the preview spec on this machine class (not re-measured here): progenitor 0.15 takes 0.76 s (57–81 MB RSS), OpenAPI Generator 7.26 takes 10.4 s (≈ 560 MB RSS).\n"
    );
    match &results.codegen {
        Ok(codegen) => {
            let (min, max) = range(&codegen.runs);
            let _ = writeln!(
                md,
                "Developer loop: `{}` (our 0.3 MB spec, the `xtask` debug build as `cargo xtask` runs it, cargo's freshness check included, into a scratch directory so `generated-client/` is untouched), wall time after one warm-up, `cargo build -p xtask` run untimed before each run so that every timed run starts from a warm build: median **{} s** over {} runs (min {} s, max {} s).\n",
                codegen.command,
                secs(median(&codegen.runs)),
                codegen.runs.len(),
                secs(min),
                secs(max)
            );
        }
        Err(error) => {
            let _ = writeln!(
                md,
                "Developer loop: `cargo xtask codegen` failed: {error}\n"
            );
        }
    }
}

fn compile_section(md: &mut String, plan: &Plan, results: &Results) {
    let _ = writeln!(md, "## 2. Compile time of the generated crate\n");
    let Some(compile) = &results.compile else {
        let _ = writeln!(md, "Skipped (`--skip-compile`).\n");
        return;
    };
    let _ = writeln!(
        md,
        "`cargo build` (debug, the default dev profile) of the crate alone: it is its own workspace with its own target directory under `target/bench/`, dependencies built once beforehand. **Cold** = `cargo clean -p <crate>` then build, every tag feature on (the default); **touch** = `src/types.rs`'s mtime set to now, then build (incremental, as dev builds are); **one tag** = `cargo clean -p` then `--no-default-features --features <tag>`. Medians of {} builds, seconds, wall time of the whole `cargo build`. Peak RSS is the largest over the `cargo build` process tree (`wait4`), i.e. the crate's `rustc`.\n",
        plan.compile_runs
    );
    let _ = writeln!(
        md,
        "| Crate | Operations → methods | Lines of Rust | Cold | Touch `types.rs` | One tag | Peak RSS MiB cold / touch / one tag |"
    );
    let _ = writeln!(md, "|---|--:|--:|--:|--:|--:|--:|");
    for result in compile {
        match result {
            Ok(r) => {
                let ops = r
                    .subject
                    .operations
                    .map_or("—".to_string(), |(spec, methods)| {
                        format!("{spec} → {methods}")
                    });
                let (single, single_rss) = match &r.single {
                    Ok(samples) => (
                        format!("{} s (`{}`)", secs(median(samples)), r.subject.single_tag),
                        mib(r.single_rss_kib),
                    ),
                    Err(_) => (
                        format!("**fails** (`{}`, see below)", r.subject.single_tag),
                        "—".to_string(),
                    ),
                };
                let _ = writeln!(
                    md,
                    "| {} | {ops} | {} | **{} s** | {} s | {single} | {} / {} / {single_rss} |",
                    r.subject.label,
                    r.subject.rust_lines,
                    secs(median(&r.cold)),
                    secs(median(&r.touch)),
                    mib(r.cold_rss_kib),
                    mib(r.touch_rss_kib),
                );
            }
            Err(error) => {
                let _ = writeln!(md, "| failed: {} | | | | | | |", error.replace('\n', " "));
            }
        }
    }
    let _ = writeln!(md);
    for r in compile.iter().flatten() {
        if let Err(error) = &r.single {
            let _ = writeln!(
                md,
                "The one-tag build of {} fails: `cargo build --no-default-features --features {}` stops with `{}`.\n",
                r.subject.label,
                r.subject.single_tag,
                error.replace('`', "'")
            );
        }
    }
    let _ = writeln!(
        md,
        "Reference points given in the issue for the same spec on this machine class (not re-measured here): progenitor's crate 22.2 s cold, OpenAPI Generator's 36.5 s.\n"
    );
}

fn runtime_section(md: &mut String, plan: &Plan, results: &Results) {
    let _ = writeln!(md, "## 3. Runtime\n");
    let _ = writeln!(
        md,
        "### Decoding large responses\n\nPayloads built from the schemas of `specs/intercom.yaml` (every property present, nullable ones null one time in five, enum values, numeric-string ids, Unix timestamps, HTML bodies), serialized once, then decoded {} times — the four decoders interleaved, taking turns going first, each timed decode right after an untimed one of its own (so it finds the heap as it left it, not as another decoder did) — after one untimed round. MB/s = 10⁶ bytes per second of the median decode time; freeing the result is timed apart (it is not decoding, and the floor builds nothing to free) and shown in its own column. *Typed (client)* is `intercom_client::from_slice` (the lenient decoding the client applies to responses); *typed (serde_json)* is plain `serde_json::from_slice` into the same types; `IgnoredAny` parses everything and builds nothing: the floor. The conversation page is a `{{type, conversations, total_count, pages}}` wrapper around the generated `Conversation` (our spec has no list-conversations operation); the contact page is the generated `ContactList`.\n",
        plan.decode_iterations
    );
    let _ = writeln!(
        md,
        "| Payload | Size | Decoded | Typed (client) MB/s | Typed (serde_json) MB/s | `Value` MB/s | `IgnoredAny` MB/s | Typed (client) / floor | Freeing typed / `Value`, ms |"
    );
    let _ = writeln!(md, "|---|--:|---|--:|--:|--:|--:|--:|--:|");
    for d in &results.decoding {
        let floor = median(&d.ignored);
        let rate = |s: &Result<Vec<Duration>, String>| match s {
            Ok(samples) => mb_per_s(d.bytes, median(samples)),
            Err(error) => error.clone(),
        };
        let ratio = median_of(&d.typed).map_or("—".to_string(), |t| {
            format!("{:.2}×", t.as_secs_f64() / floor.as_secs_f64())
        });
        let free = |samples: &[Duration]| {
            if samples.is_empty() {
                "—".to_string()
            } else {
                format!("{:.2}", median(samples).as_secs_f64() * 1e3)
            }
        };
        let _ = writeln!(
            md,
            "| {} | {:.2} MB | {} | {} | {} | {} | {} | **{ratio}** | {} / {} |",
            d.name,
            d.bytes as f64 / 1e6,
            d.check,
            rate(&d.typed),
            rate(&d.strict),
            mb_per_s(d.bytes, median(&d.value)),
            mb_per_s(d.bytes, floor),
            free(&d.typed_drop),
            free(&d.value_drop),
        );
    }
    let _ = writeln!(md);
    for d in &results.decoding {
        let _ = writeln!(
            md,
            "- {}: {} strings, {} objects and {} arrays; every string and list the types keep is a heap allocation of its own (`IgnoredAny` makes none).",
            d.name, d.census.strings, d.census.objects, d.census.arrays
        );
    }
    let _ = writeln!(md);
    let _ = writeln!(md, "### Per-request overhead\n");
    match &results.overhead {
        Ok(o) => {
            let _ = writeln!(
                md,
                "A keep-alive HTTP/1.1 server on loopback, as tasks on the same current-thread tokio runtime as the clients (so a request costs CPU work, not the wake-up latency of a second virtual core), answers every request with the same {}-byte ticket. `client.get_ticket(\"1\")` against a bare `reqwest::Client` GET with the same headers, then `serde_json::from_slice::<Ticket>`; sequential requests, {} batches of {} requests of each variant, taking turns going first; figures are medians over batches of the mean time per request.\n",
                o.body_bytes,
                o.bare.len(),
                o.batch
            );
            let _ = writeln!(md, "| | µs per request (median) | min–max over batches |");
            let _ = writeln!(md, "|---|--:|--:|");
            for (name, samples) in o.variants() {
                let (min, max) = range(samples);
                let _ = writeln!(
                    md,
                    "| {name} | {} | {}–{} |",
                    micros(median(samples)),
                    micros(min),
                    micros(max)
                );
            }
            let _ = writeln!(
                md,
                "| **overhead** of the client vs bare `reqwest` + `serde_json` | **{:+.1} %** | |\n",
                overhead_pct(o)
            );
            let bare = median(&o.bare).as_secs_f64();
            let _ = writeln!(
                md,
                "In absolute terms the client costs {:+.1} µs per request more than the bare call.\n",
                (median(&o.client).as_secs_f64() - bare) * 1e6
            );
            let _ = writeln!(
                md,
                "Split: bare `reqwest` decoding with the client's lenient `from_slice` instead of `serde_json::from_slice` changes the time by {:+.1} %; the client against that bare call is {:+.1} %, which is the client's own request building, headers, timeout, retry bookkeeping, span and response handling.\n",
                (median(&o.bare_lenient).as_secs_f64() / bare - 1.0) * 100.0,
                (median(&o.client).as_secs_f64() / median(&o.bare_lenient).as_secs_f64() - 1.0)
                    * 100.0
            );
        }
        Err(error) => {
            let _ = writeln!(md, "Failed: {error}\n");
        }
    }
}
