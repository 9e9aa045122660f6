//! The measurements behind `cargo xtask bench`, built in release.
//!
//! `benches run` measures, prints a markdown report and writes it to a file:
//!
//! 1. [`generation`]: each official spec version through the generator, stage by stage,
//!    in a child process per version (so peak RSS is per version), plus the wall time of
//!    `cargo xtask codegen` on a warm build;
//! 2. [`compile`]: debug build time of the generated crates alone (dependencies built);
//! 3. [`runtime`]: decoding large responses into the generated types against
//!    `serde_json::Value` and `IgnoredAny`, and per-request overhead against bare `reqwest`.
//!
//! `benches per-request` runs only the per-request overhead comparison of part 3 and prints
//! its figures (no report file): the quick loop when working on the client's hot path.
//!
//! `benches gen-child` is internal: the child process part 1 starts for each spec version.

mod compile;
mod generation;
mod report;
mod runtime;
mod stats;
mod synth;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// Benchmarks of the Intercom SDK generator and its generated client.
#[derive(Parser)]
#[command(name = "benches")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run every benchmark, print the report and write it to `--out`.
    Run(RunArgs),
    /// Only the per-request overhead of the generated client vs bare `reqwest`; prints the
    /// figures, writes no report.
    PerRequest(PerRequestArgs),
    /// Internal: time the generator on one spec and print one JSON line.
    GenChild(generation::ChildArgs),
}

/// Options of `benches per-request`.
#[derive(clap::Args, Clone, Debug)]
pub struct PerRequestArgs {
    /// Batches of each variant (the figures are medians over batches).
    #[arg(long, default_value_t = 201)]
    pub batches: usize,
    /// Requests per batch.
    #[arg(long, default_value_t = 100)]
    pub batch: usize,
}

/// Options of `benches run` (and so of `cargo xtask bench`).
#[derive(clap::Args, Clone, Debug)]
pub struct RunArgs {
    /// Fewer runs and iterations: a smoke test of the harness, not numbers to quote.
    #[arg(long)]
    pub quick: bool,
    /// Skip part 2 (compile times of the generated crates).
    #[arg(long)]
    pub skip_compile: bool,
    /// Where to write the report [default: BENCHMARKS.md in the repository root].
    #[arg(long, value_name = "PATH")]
    pub out: Option<PathBuf>,
    /// The corpus: one subdirectory per API version, each holding `api.intercom.io.yaml`
    /// [default: ../shared/intercom-openapi, relative to the repository root].
    #[arg(long, value_name = "DIR")]
    pub corpus: Option<PathBuf>,
    /// Only these versions in part 1 (comma-separated) [default: every version in the corpus].
    #[arg(long, value_delimiter = ',', value_name = "LIST")]
    pub versions: Vec<String>,
}

/// The repository root (the parent of this crate's directory).
pub fn repo_root() -> PathBuf {
    let manifest_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest_dir
        .parent()
        .map(PathBuf::from)
        .unwrap_or(manifest_dir)
}

fn main() {
    let cli = Cli::parse();
    match cli.command {
        Command::Run(args) => report::run(&args),
        Command::PerRequest(args) => runtime::per_request(&args),
        Command::GenChild(args) => generation::child(&args),
    }
}
