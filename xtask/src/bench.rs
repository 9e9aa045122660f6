//! `cargo xtask bench`: build `benches/` in release and run it.
//!
//! The measurements live in the `benches` workspace member so that they are always compiled
//! with optimizations, whatever profile `cargo xtask` itself runs in. This command only forwards
//! its options to `cargo run --release -p benches -- run …` and passes its exit code back. The
//! report is printed and written to `BENCHMARKS.md` (or `--out`).

use std::path::PathBuf;
use std::process::{Command, ExitCode};

/// Arguments of `cargo xtask bench`.
#[derive(clap::Args)]
pub struct BenchArgs {
    /// Few runs and iterations: a smoke test of the harness, not figures to quote.
    #[arg(long)]
    quick: bool,
    /// Skip part 2, the compile times of the generated crates (the slowest part).
    #[arg(long)]
    skip_compile: bool,
    /// Where to write the markdown report [default: BENCHMARKS.md in the repository root].
    #[arg(long, value_name = "PATH")]
    out: Option<PathBuf>,
    /// The corpus of official specs: one subdirectory per version, each holding
    /// `api.intercom.io.yaml` [default: ../shared/intercom-openapi].
    #[arg(long, value_name = "DIR")]
    corpus: Option<PathBuf>,
    /// Only these versions in part 1, comma-separated [default: every version in the corpus].
    #[arg(long, value_delimiter = ',', value_name = "LIST")]
    versions: Vec<String>,
}

/// Runs the benchmarks; the exit code is that of the `benches` binary.
pub fn run(args: &BenchArgs) -> Result<ExitCode, generator::Error> {
    let root = crate::repo_root();
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    command.current_dir(&root).args([
        "run",
        "--release",
        "--quiet",
        "--package",
        "benches",
        "--",
        "run",
    ]);
    if args.quick {
        command.arg("--quick");
    }
    if args.skip_compile {
        command.arg("--skip-compile");
    }
    if let Some(out) = &args.out {
        // Relative to where the user ran `cargo xtask`, not to the repository root.
        let out = std::env::current_dir().map_or_else(|_| out.clone(), |cwd| cwd.join(out));
        command.arg("--out").arg(out);
    }
    if let Some(corpus) = &args.corpus {
        let corpus =
            std::env::current_dir().map_or_else(|_| corpus.clone(), |cwd| cwd.join(corpus));
        command.arg("--corpus").arg(corpus);
    }
    if !args.versions.is_empty() {
        command.arg("--versions").arg(args.versions.join(","));
    }
    eprintln!("==> cargo run --release -p benches (building it first if needed)");
    match command.status() {
        Ok(status) if status.success() => Ok(ExitCode::SUCCESS),
        Ok(status) => {
            eprintln!("error: the benchmarks failed ({status})");
            Ok(ExitCode::FAILURE)
        }
        Err(error) => {
            eprintln!("error: cannot run cargo: {error}");
            Ok(ExitCode::FAILURE)
        }
    }
}
