//! `cargo xtask conformance`: generate, check and test a client crate for each version of the
//! official Intercom OpenAPI descriptions, and print a markdown table of the results.
//!
//! Each crate is generated in-process into `target/conformance/<version>/` and checked with one
//! shared `CARGO_TARGET_DIR` (`target/generated-crates`), so dependencies build only once.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::{Duration, Instant};

use generator::output;

mod corpus;
mod workers;

/// File name of the spec inside each version directory of the corpus.
const SPEC_FILE: &str = "api.intercom.io.yaml";

/// Our own description of the API, relative to the repository root, and its row's name.
const OUR_SPEC: &str = "specs/intercom.yaml";
const OUR_ROW: &str = "ours";

/// Versions checked when neither `--all` nor `--versions` is given.
const DEFAULT_VERSIONS: &[&str] = &["2.11", "2.16", "preview"];

/// Compiler diagnostics shown per failing version below the table.
const SHOWN_DIAGNOSTICS: usize = 5;

/// Arguments of `cargo xtask conformance`.
#[derive(clap::Args)]
pub struct ConformanceArgs {
    /// The corpus: one subdirectory per API version, each holding `api.intercom.io.yaml`
    /// [default: ../shared/intercom-openapi, relative to the repository root].
    dir: Option<PathBuf>,
    /// Check every version in the corpus.
    #[arg(long, conflicts_with = "versions")]
    all: bool,
    /// Comma-separated versions to check [default: 2.11,2.16,preview].
    #[arg(long, value_delimiter = ',', value_name = "LIST")]
    versions: Vec<String>,
    /// A version with any generator warning falls short.
    #[arg(long)]
    strict: bool,
    /// Print every generator warning, not just their number.
    #[arg(long, short)]
    verbose: bool,
    /// Check every OpenAPI description (`*.yaml`, `*.json`) in DIR instead, such as the
    /// real-world specs of other APIs in ../shared/openapi-corpus: each is generated, checked
    /// with every feature and example-tested.
    #[arg(long, value_name = "DIR", conflicts_with_all = ["dir", "all", "versions"])]
    corpus: Option<PathBuf>,
    /// Specs checked at once, each with its own cargo target directory [default: the cores,
    /// up to 2].
    #[arg(long, value_name = "N")]
    jobs: Option<std::num::NonZeroUsize>,
}

/// The outcome of one version: every field is filled in as far as the run got.
#[derive(Debug, Default)]
struct Row {
    version: String,
    /// The crate's directory under `target/conformance/`.
    dir: String,
    /// Operations in the spec and methods generated.
    operations: Option<(usize, usize)>,
    /// Schemas in the spec and types generated.
    schemas: Option<(usize, usize)>,
    /// What the generated example test found, when it ran.
    examples: Option<ExampleCounts>,
    /// Wrong-type decodes rejected, and pairs tried.
    rejected: Option<(usize, usize)>,
    generator_warnings: Option<usize>,
    compiler: Option<Diagnostics>,
    check_time: Option<Duration>,
    /// Why the version falls short; empty when it passes.
    problems: Vec<String>,
}

impl Row {
    fn passes(&self) -> bool {
        self.problems.is_empty()
    }
}

/// The generated example test's figures: each example decoded, re-encoded and compared.
#[derive(Debug, Default, PartialEq)]
struct ExampleCounts {
    total: usize,
    /// Came back with every property and value unchanged.
    exact: usize,
    /// Came back unchanged except where a leniency rule applied.
    lenient: usize,
    failed: usize,
    /// Leniency rule → times it applied.
    rules: Vec<(String, usize)>,
}

/// Warnings and errors reported by `cargo check`, deduplicated across targets.
#[derive(Debug, Default)]
struct Diagnostics {
    warnings: BTreeSet<String>,
    errors: BTreeSet<String>,
}

/// Paths used for one run.
#[derive(Clone)]
struct Layout {
    /// `target/conformance`: one crate directory per version.
    root: PathBuf,
    /// The `CARGO_TARGET_DIR` of the checks (of the first worker's; see [`workers`]).
    target_dir: PathBuf,
    /// The repository's lock file, copied into new crates so they use the same dependencies.
    lock_file: PathBuf,
}

pub fn run(args: &ConformanceArgs) -> Result<ExitCode, generator::Error> {
    let repo = crate::repo_root();
    let layout = Layout {
        root: repo.join("target/conformance"),
        target_dir: repo.join("target/generated-crates"),
        lock_file: repo.join("Cargo.lock"),
    };
    if let Some(dir) = &args.corpus {
        return corpus::run(dir, &layout, args);
    }
    let corpus = args.dir.clone().unwrap_or_else(|| default_corpus(&repo));
    let started = Instant::now();
    // Our own description first: it must decode exactly, with no leniency at all.
    let mut jobs = vec![workers::Job {
        spec: repo.join(OUR_SPEC),
        check: Check::intercom(OUR_ROW),
    }];
    if corpus.is_dir() {
        let available = discover_versions(&corpus)?;
        let selected = select_versions(args, &available);
        if selected.is_empty() {
            eprintln!("conformance: no versions to check in {}", corpus.display());
            return Ok(ExitCode::FAILURE);
        }
        jobs.extend(selected.iter().map(|version| workers::Job {
            spec: corpus.join(version).join(SPEC_FILE),
            check: Check::intercom(version),
        }));
    } else {
        println!(
            "conformance: corpus {} not found; only {OUR_SPEC} is checked",
            corpus.display()
        );
    }
    let rows = workers::check_all(&jobs, &layout, args, workers::worker_count(args));
    Ok(report(&rows, "versions", started))
}

/// Prints the table, the leniency and the failures of `rows`; success when all pass.
fn report(rows: &[Row], what: &str, started: Instant) -> ExitCode {
    print!("{}", markdown_table(rows));
    print_leniency(rows);
    print_failures(rows);
    let passed = rows.iter().filter(|row| row.passes()).count();
    println!(
        "\nconformance: {passed}/{} {what} pass ({:.0?})",
        rows.len(),
        started.elapsed()
    );
    if passed == rows.len() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// What to check one spec as.
struct Check {
    /// The row's name.
    row: String,
    /// The crate's directory under `target/conformance/`.
    dir: String,
    crate_name: String,
    /// Check with `--all-features` (every tag's feature together), not just the defaults.
    all_features: bool,
}

impl Check {
    /// A version of the Intercom descriptions (or ours).
    fn intercom(version: &str) -> Check {
        Check {
            row: version.to_string(),
            dir: version.to_string(),
            crate_name: crate_name(version),
            all_features: false,
        }
    }
}

/// `../shared/intercom-openapi` beside the repository, without a `..` in what is printed.
fn default_corpus(repo: &Path) -> PathBuf {
    repo.parent()
        .unwrap_or(repo)
        .join("shared")
        .join("intercom-openapi")
}

/// The subdirectories of `corpus` that hold a spec, sorted numerically with `preview` last.
fn discover_versions(corpus: &Path) -> Result<Vec<String>, generator::Error> {
    let entries = std::fs::read_dir(corpus).map_err(|source| generator::Error::Read {
        path: corpus.to_path_buf(),
        source,
    })?;
    let mut versions: Vec<String> = entries
        .filter_map(Result::ok)
        .filter(|entry| entry.path().join(SPEC_FILE).is_file())
        .filter_map(|entry| entry.file_name().into_string().ok())
        .collect();
    versions.sort_by_key(|version| version_key(version));
    Ok(versions)
}

/// Sort key: numeric versions (`2.7` < `2.16`) first, then other names alphabetically.
fn version_key(version: &str) -> (bool, Vec<u64>, String) {
    let numbers: Option<Vec<u64>> = version.split('.').map(|part| part.parse().ok()).collect();
    match numbers {
        Some(numbers) => (false, numbers, String::new()),
        None => (true, Vec::new(), version.to_string()),
    }
}

/// The versions asked for: `--versions`, every available one with `--all`, or the defaults.
/// Versions missing from the corpus are kept, so they show up as failed rows.
fn select_versions(args: &ConformanceArgs, available: &[String]) -> Vec<String> {
    if args.all {
        available.to_vec()
    } else if args.versions.is_empty() {
        DEFAULT_VERSIONS.iter().map(|v| v.to_string()).collect()
    } else {
        args.versions
            .iter()
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
            .collect()
    }
}

/// Generates, checks and tests the crate of one spec (a version of the corpus, or ours);
/// every failure ends up in the row.
fn check_spec(spec: &Path, check: &Check, layout: &Layout, args: &ConformanceArgs) -> Row {
    let version = check.row.as_str();
    let mut row = Row {
        version: version.to_string(),
        dir: check.dir.clone(),
        ..Row::default()
    };
    eprintln!("==> {version}: generating");
    let crate_dir = layout.root.join(&check.dir);
    if !spec.is_file() {
        row.problems.push(format!("no spec at {}", spec.display()));
        return row;
    }
    if let Err(error) = generate(spec, check, &crate_dir, layout, args, &mut row) {
        row.problems.push(format!("generation failed: {error}"));
        return row;
    }
    eprintln!("==> {version}: cargo check");
    let features: &[&str] = if check.all_features {
        &["--all-features"]
    } else {
        &[]
    };
    if let Err(problem) = cargo_check(&crate_dir, &layout.target_dir, features, &mut row) {
        row.problems.push(problem);
        return row;
    }
    eprintln!("==> {version}: example test");
    if let Err(problem) = example_test(&crate_dir, &layout.target_dir, &mut row) {
        row.problems.push(problem);
    }
    if version == OUR_ROW {
        if let Some(counts) = row.examples.as_ref().filter(|c| c.lenient > 0) {
            row.problems.push(format!(
                "{} of our examples need leniency; ours must decode exactly",
                counts.lenient
            ));
        }
    }
    row
}

/// Crate name for a version: `intercom-2_16`, `intercom-preview`.
fn crate_name(version: &str) -> String {
    format!("intercom-{}", version.replace('.', "_"))
}

/// Runs the generator in-process and writes the crate as a stand-alone workspace.
fn generate(
    spec: &Path,
    check: &Check,
    crate_dir: &Path,
    layout: &Layout,
    args: &ConformanceArgs,
    row: &mut Row,
) -> Result<(), generator::Error> {
    let version = check.row.as_str();
    let options = generator::Options {
        crate_name: check.crate_name.clone(),
        ..generator::Options::default()
    };
    let generated = generator::generate_from_file(spec, &options)?;
    let methods = generated.model.operations.len();
    row.operations = Some((generated.spec_operations, methods));
    row.schemas = Some((generated.spec_schemas, generated.model.types.len()));
    row.generator_warnings = Some(generated.warnings.len());
    if args.verbose {
        for warning in &generated.warnings {
            eprintln!("warning ({version}): {warning}");
        }
    }
    if methods != generated.spec_operations {
        row.problems.push(format!(
            "{} operations in the spec but {methods} methods generated",
            generated.spec_operations
        ));
    }
    if args.strict && !generated.warnings.is_empty() {
        row.problems.push(format!(
            "{} generator warning(s) in strict mode",
            generated.warnings.len()
        ));
    }
    output::write_crate(crate_dir, &generated.files)?;
    detach_from_workspace(crate_dir)?;
    seed_lock_file(crate_dir, &layout.lock_file)
}

/// Appends an empty `[workspace]` table to the crate's manifest, so cargo does not treat it as
/// an unlisted member of this repository's workspace.
fn detach_from_workspace(crate_dir: &Path) -> Result<(), generator::Error> {
    let manifest = crate_dir.join("Cargo.toml");
    let text = std::fs::read_to_string(&manifest).map_err(|source| generator::Error::Read {
        path: manifest.clone(),
        source,
    })?;
    if text.lines().any(|line| line.trim() == "[workspace]") {
        return Ok(());
    }
    std::fs::write(&manifest, format!("{text}\n[workspace]\n")).map_err(|error| {
        generator::Error::Write {
            path: manifest.clone(),
            message: error.to_string(),
        }
    })
}

/// Copies the repository's `Cargo.lock` into a crate that has none, so every version resolves
/// to the dependency versions already built (and downloaded) for `generated-client/`.
fn seed_lock_file(crate_dir: &Path, lock_file: &Path) -> Result<(), generator::Error> {
    let target = crate_dir.join("Cargo.lock");
    if target.exists() || !lock_file.is_file() {
        return Ok(());
    }
    std::fs::copy(lock_file, &target)
        .map(|_| ())
        .map_err(|error| generator::Error::Write {
            path: target,
            message: error.to_string(),
        })
}

/// A `cargo` command run in `crate_dir` with the shared target directory.
fn cargo(crate_dir: &Path, target_dir: &Path, args: &[&str]) -> Command {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .args(args)
        .current_dir(crate_dir)
        .env("CARGO_TARGET_DIR", target_dir)
        .env("CARGO_TERM_COLOR", "never");
    command
}

/// `cargo check --all-targets`: records the time and the warnings and errors; any of either
/// makes the row fall short, and errors stop the version here.
fn cargo_check(
    crate_dir: &Path,
    target_dir: &Path,
    features: &[&str],
    row: &mut Row,
) -> Result<(), String> {
    let started = Instant::now();
    let result = cargo(
        crate_dir,
        target_dir,
        &["check", "--all-targets", "--message-format", "short"],
    )
    .args(features)
    .output()
    .map_err(|error| format!("cannot run cargo check: {error}"))?;
    row.check_time = Some(started.elapsed());
    let stderr = String::from_utf8_lossy(&result.stderr);
    let mut diagnostics = parse_diagnostics(&stderr);
    if !result.status.success() && diagnostics.errors.is_empty() {
        let message = stderr
            .lines()
            .find(|line| line.starts_with("error"))
            .unwrap_or("cargo check failed");
        diagnostics.errors.insert(message.to_string());
    }
    let (warnings, errors) = (diagnostics.warnings.len(), diagnostics.errors.len());
    row.compiler = Some(diagnostics);
    if warnings > 0 {
        row.problems.push(format!("{warnings} compiler warning(s)"));
    }
    if errors > 0 {
        return Err(format!("{errors} compiler error(s)"));
    }
    Ok(())
}

/// Located diagnostics (`src/lib.rs:3:5: warning: …`) in cargo's short format, deduplicated
/// so a warning reported for both the library and its tests counts once.
fn parse_diagnostics(stderr: &str) -> Diagnostics {
    let mut diagnostics = Diagnostics::default();
    for line in stderr.lines() {
        let Some((location, message)) = line.split_once(": ") else {
            continue;
        };
        if !is_location(location) {
            continue;
        }
        if message.starts_with("warning") {
            diagnostics.warnings.insert(line.to_string());
        } else if message.starts_with("error") {
            diagnostics.errors.insert(line.to_string());
        }
    }
    diagnostics
}

/// Whether `text` looks like `path:line:column`.
fn is_location(text: &str) -> bool {
    let mut parts = text.rsplitn(3, ':');
    let column = parts.next().unwrap_or_default();
    let line = parts.next().unwrap_or_default();
    let path = parts.next().unwrap_or_default();
    !path.is_empty()
        && [line, column]
            .iter()
            .all(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Runs the generated example tests (with `serialize-responses`, so examples are re-encoded
/// and compared) and reads their figures.
fn example_test(crate_dir: &Path, target_dir: &Path, row: &mut Row) -> Result<(), String> {
    let result = cargo(
        crate_dir,
        target_dir,
        &[
            "test",
            "--features",
            "serialize-responses",
            "--test",
            "generated_examples",
            "--",
            "--nocapture",
            "--test-threads",
            "1",
        ],
    )
    .output()
    .map_err(|error| format!("cannot run cargo test: {error}"))?;
    let stdout = String::from_utf8_lossy(&result.stdout);
    let Some(counts) = parse_examples(&stdout) else {
        let stderr = String::from_utf8_lossy(&result.stderr);
        let reason = stderr
            .lines()
            .find(|line| line.starts_with("error"))
            .unwrap_or("no `examples:` line in its output");
        return Err(format!("example test did not run: {reason}"));
    };
    if counts.failed > 0 {
        row.problems.push(format!(
            "{} example(s) do not decode faithfully",
            counts.failed
        ));
    }
    let none = counts.total == 0;
    row.examples = Some(counts);
    row.rejected = parse_rejected(&stdout);
    match row.rejected {
        None if none => {}
        None => row
            .problems
            .push("no wrong-type figure in the example test's output".to_string()),
        Some(_) if !result.status.success() && row.passes() => row
            .problems
            .push("too few wrong-type decodes rejected".to_string()),
        Some(_) => {}
    }
    Ok(())
}

/// Reads `examples: N total, E exact, L through leniency, F failed` and the
/// `leniency: K × rule` lines that follow it.
fn parse_examples(stdout: &str) -> Option<ExampleCounts> {
    let line = figure_after(stdout, "examples:")?;
    if line.trim() == "0 total" {
        // A spec without examples: nothing was decoded, and no wrong type tried.
        return Some(ExampleCounts::default());
    }
    let mut numbers = line
        .split(',')
        .map(|part| part.split_whitespace().next()?.parse::<usize>().ok());
    let mut counts = ExampleCounts {
        total: numbers.next()??,
        exact: numbers.next()??,
        lenient: numbers.next()??,
        failed: numbers.next()??,
        rules: Vec::new(),
    };
    for line in stdout.lines() {
        let Some((times, rule)) = line
            .trim()
            .strip_prefix("leniency:")
            .and_then(|rest| rest.split_once('×'))
        else {
            continue;
        };
        if let Ok(times) = times.trim().parse() {
            counts.rules.push((rule.trim().to_string(), times));
        }
    }
    Some(counts)
}

/// Reads `wrong-type examples rejected: R / P (…)`.
fn parse_rejected(stdout: &str) -> Option<(usize, usize)> {
    let rest = figure_after(stdout, "wrong-type examples rejected:")?;
    let (rejected, rest) = rest.split_once('/')?;
    let pairs = rest.split_whitespace().next()?;
    Some((rejected.trim().parse().ok()?, pairs.parse().ok()?))
}

/// The text after `marker` on the first line that has it. With `--nocapture` a figure the test
/// prints follows libtest's `test NAME ... ` on the same line, so the marker need not start it.
fn figure_after<'s>(stdout: &'s str, marker: &str) -> Option<&'s str> {
    stdout
        .lines()
        .find_map(|line| line.split_once(marker).map(|(_, rest)| rest))
}

/// The results as a markdown table, ready to paste into a pull request.
fn markdown_table(rows: &[Row]) -> String {
    let mut table = String::from(
        "\n| version | operations / methods | schemas / types | examples | exact \
         | through leniency | failed | wrong types rejected | warnings | check time | result |\n\
         |---|---|---|---|---|---|---|---|---|---|---|\n",
    );
    for row in rows {
        let count = |pick: fn(&ExampleCounts) -> usize| {
            row.examples
                .as_ref()
                .map_or_else(|| "–".to_string(), |c| pick(c).to_string())
        };
        let _ = writeln!(
            table,
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            row.version,
            pair(row.operations),
            pair(row.schemas),
            count(|c| c.total),
            count(|c| c.exact),
            count(|c| c.lenient),
            count(|c| c.failed),
            pair(row.rejected),
            warnings_cell(row),
            row.check_time
                .map_or_else(|| "–".to_string(), |t| format!("{:.1} s", t.as_secs_f64())),
            result_cell(row),
        );
    }
    table
}

/// Per version, how often each leniency rule was needed to decode its examples.
fn print_leniency(rows: &[Row]) {
    for row in rows {
        let Some(counts) = row.examples.as_ref().filter(|c| !c.rules.is_empty()) else {
            continue;
        };
        println!(
            "\n{}: leniency applied (sites; an example may need several):",
            row.version
        );
        for (rule, times) in &counts.rules {
            println!("  {times:>5} × {rule}");
        }
    }
}

/// `a / b`, or a dash when the run did not get that far.
fn pair(value: Option<(usize, usize)>) -> String {
    value.map_or_else(|| "–".to_string(), |(a, b)| format!("{a} / {b}"))
}

/// Generator warnings, plus compiler warnings when there are any.
fn warnings_cell(row: &Row) -> String {
    let mut cell = row
        .generator_warnings
        .map_or_else(|| "–".to_string(), |n| n.to_string());
    if let Some(compiler) = row.compiler.as_ref().filter(|c| !c.warnings.is_empty()) {
        let _ = write!(cell, " (+{} rustc)", compiler.warnings.len());
    }
    cell
}

/// `pass`, or `FAIL:` and the reasons (with `|` escaped for markdown).
fn result_cell(row: &Row) -> String {
    if row.passes() {
        "pass".to_string()
    } else {
        format!("FAIL: {}", row.problems.join("; ")).replace('|', "\\|")
    }
}

/// The first compiler diagnostics of each failing version, so the cause is visible.
fn print_failures(rows: &[Row]) {
    for row in rows {
        let Some(compiler) = &row.compiler else {
            continue;
        };
        let shown: Vec<&String> = compiler
            .errors
            .iter()
            .chain(&compiler.warnings)
            .take(SHOWN_DIAGNOSTICS)
            .collect();
        if shown.is_empty() {
            continue;
        }
        println!("\n{} (target/conformance/{}):", row.version, row.dir);
        for line in shown {
            println!("  {line}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_sort_numerically_with_names_last() {
        let mut versions = vec!["preview", "2.10", "2.7", "2.16", "2.9", "unstable"];
        versions.sort_by_key(|v| version_key(v));
        assert_eq!(
            versions,
            ["2.7", "2.9", "2.10", "2.16", "preview", "unstable"]
        );
    }

    #[test]
    fn crate_names_have_no_dots() {
        assert_eq!(crate_name("2.16"), "intercom-2_16");
        assert_eq!(crate_name("preview"), "intercom-preview");
    }

    #[test]
    fn short_diagnostics_are_counted_once() {
        let stderr = "\
    Checking intercom-2_16 v0.1.0
src/types.rs:10:5: warning: unused import: `Foo`
src/types.rs:10:5: warning: unused import: `Foo`
src/lib.rs:3:1: error[E0412]: cannot find type `Bar` in this scope
warning: `intercom-2_16` (lib) generated 1 warning
error: could not compile `intercom-2_16` (lib) due to 1 previous error";
        let diagnostics = parse_diagnostics(stderr);
        assert_eq!(diagnostics.warnings.len(), 1);
        assert_eq!(diagnostics.errors.len(), 1);
    }

    #[test]
    fn example_counts_are_read() {
        let stdout = "running 2 tests\n\
            examples: 174 total, 160 exact, 10 through leniency, 4 failed\n\
            leniency: 7 × missing property decoded as its default\n\
            \x20   listTickets 200 response example at $.data[0].id\n\
            leniency: 3 × null decoded as the default value\n\
            wrong-type examples rejected: 990 / 1000 (99.00 %)\n\
            test every_spec_example_decodes ... FAILED";
        let counts = parse_examples(stdout).expect("figures");
        assert_eq!(
            (counts.total, counts.exact, counts.lenient, counts.failed),
            (174, 160, 10, 4)
        );
        assert_eq!(
            counts.rules,
            [
                ("missing property decoded as its default".to_string(), 7),
                ("null decoded as the default value".to_string(), 3)
            ]
        );
        assert_eq!(parse_rejected(stdout), Some((990, 1000)));
        assert_eq!(parse_examples("running 0 tests"), None);
        let none = "test every_spec_example_decodes ... examples: 0 total\nok";
        assert_eq!(parse_examples(none), Some(ExampleCounts::default()));
    }

    #[test]
    fn failed_rows_explain_why() {
        let row = Row {
            version: "2.7".to_string(),
            problems: vec!["generation failed: a | b".to_string()],
            ..Row::default()
        };
        assert!(!row.passes());
        let table = markdown_table(&[row]);
        assert!(table.contains(
            "| 2.7 | – | – | – | – | – | – | – | – | – | FAIL: generation failed: a \\| b |"
        ));
    }
}
