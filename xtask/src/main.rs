//! Developer tasks for this repository: `cargo xtask <command>`.

mod bench;
mod codegen;
mod conformance;
mod diff;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Developer tasks for the Intercom SDK generator.
#[derive(Parser)]
#[command(name = "cargo xtask", bin_name = "cargo xtask")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Generate a client crate from a spec (by default: `specs/intercom.yaml` → `generated-client/`).
    Codegen(codegen::CodegenArgs),
    /// Generate, check and test a crate for each version of the official Intercom descriptions.
    Conformance(conformance::ConformanceArgs),
    /// Report what a spec update changes for users of the generated crate (Markdown).
    Diff(diff::DiffArgs),
    /// Measure generation time, compile time and runtime; write BENCHMARKS.md (release build).
    Bench(bench::BenchArgs),
}

/// The repository root (the parent of this crate's directory).
pub fn repo_root() -> PathBuf {
    let manifest_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest_dir
        .parent()
        .map(PathBuf::from)
        .unwrap_or(manifest_dir)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Codegen(args) => codegen::run(&args),
        Command::Conformance(args) => conformance::run(&args),
        Command::Diff(args) => diff::run(&args),
        Command::Bench(args) => bench::run(&args),
    };
    match result {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}
