//! `cargo xtask codegen`: generate (or check) a client crate.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use generator::output;

/// Arguments of `cargo xtask codegen`.
#[derive(clap::Args)]
pub struct CodegenArgs {
    /// Write nothing; exit non-zero and print a unified diff if the crate on disk differs
    /// from what the generator produces.
    #[arg(long)]
    check: bool,
    /// The OpenAPI 3.0 or 3.1 description to read (its root file), YAML or JSON [default: specs/intercom.yaml].
    #[arg(long, value_name = "PATH")]
    spec: Option<PathBuf>,
    /// Directory of the generated crate [default: generated-client/].
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Package name of the generated crate.
    #[arg(long, value_name = "NAME", default_value = "intercom-client")]
    crate_name: String,
    /// Treat every warning as an error.
    #[arg(long)]
    strict: bool,
    /// The directory tree that `$ref`s to other files may read from [default: the spec's
    /// directory].
    #[arg(long, value_name = "DIR")]
    ref_root: Option<PathBuf>,
    /// Print how long each stage of the generator took.
    #[arg(long)]
    timings: bool,
}

pub fn run(args: &CodegenArgs) -> Result<ExitCode, generator::Error> {
    let root = crate::repo_root();
    let spec = args
        .spec
        .clone()
        .unwrap_or_else(|| root.join("specs/intercom.yaml"));
    let out = args
        .out
        .clone()
        .unwrap_or_else(|| root.join("generated-client"));
    let started = Instant::now();
    let options = generator::Options {
        crate_name: args.crate_name.clone(),
        strict: args.strict,
        ref_root: args.ref_root.clone(),
        ..generator::Options::default()
    };
    let generated = generator::generate_from_file(&spec, &options)?;
    if args.timings {
        let t = generated.timings;
        println!(
            "timings: load {:.1?}, lower {:.1?}, emit + format {:.1?}, templates {:.1?}",
            t.load, t.lower, t.emit, t.templates
        );
    }
    for warning in &generated.warnings {
        eprintln!("warning: {warning}");
    }
    let summary = format!(
        "{} operations → {} methods, {} schemas → {} types, {} warnings",
        generated.spec_operations,
        generated.model.operations.len(),
        generated.spec_schemas,
        generated.model.types.len(),
        generated.warnings.len()
    );
    if args.check {
        let drifts = output::check_crate(&out, &generated.files)?;
        if drifts.is_empty() {
            println!(
                "{} is up to date ({summary}) in {:.0?}",
                out.display(),
                started.elapsed()
            );
            return Ok(ExitCode::SUCCESS);
        }
        for drift in &drifts {
            print!("{}", drift.diff);
        }
        eprintln!(
            "{} file(s) in {} differ from the generator's output: run `cargo xtask codegen`",
            drifts.len(),
            out.display()
        );
        return Ok(ExitCode::FAILURE);
    }
    crate::diff::print_changes(&out, &spec, &generated.files);
    let report = output::write_crate(&out, &generated.files)?;
    for path in &report.written {
        println!("  wrote    {path}");
    }
    for path in &report.removed {
        println!("  removed  {path}");
    }
    println!(
        "{}: {} written, {} unchanged, {} removed; {summary}; {:.0?}",
        out.display(),
        report.written.len(),
        report.unchanged.len(),
        report.removed.len(),
        started.elapsed()
    );
    Ok(ExitCode::SUCCESS)
}
