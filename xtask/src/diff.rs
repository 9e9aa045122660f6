//! `cargo xtask diff OLD NEW`: what a spec update changes for users of the generated crate.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use generator::diff::{self, ApiSurface, SURFACE_FILE};
use generator::output::MANIFEST;

/// Arguments of `cargo xtask diff`.
#[derive(clap::Args)]
pub struct DiffArgs {
    /// The old side: a spec (YAML or JSON), a generated crate directory (its `api-surface.json`)
    /// or an `api-surface.json` file.
    #[arg(value_name = "OLD")]
    old: PathBuf,
    /// The new side, in the same forms as OLD.
    #[arg(value_name = "NEW")]
    new: PathBuf,
    /// Exit with status 2 when the changes imply a major version bump.
    #[arg(long)]
    fail_on_breaking: bool,
}

/// Prints the Markdown report for `OLD → NEW`.
pub fn run(args: &DiffArgs) -> Result<ExitCode, generator::Error> {
    let old = match load_surface(&args.old) {
        Ok(side) => side,
        Err(message) => return Ok(fail(&message)),
    };
    let new = match load_surface(&args.new) {
        Ok(side) => side,
        Err(message) => return Ok(fail(&message)),
    };
    let mut report = diff::diff(&old.surface, &new.surface);
    report.old_label = old.label;
    report.new_label = new.label;
    print!("{}", report.to_markdown());
    if args.fail_on_breaking && report.bump() == diff::Impact::Major {
        return Ok(ExitCode::from(2));
    }
    Ok(ExitCode::SUCCESS)
}

fn fail(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::FAILURE
}

/// A surface and how to name it in the report.
struct Side {
    surface: ApiSurface,
    label: String,
}

fn load_surface(path: &Path) -> Result<Side, String> {
    let label = |surface: &ApiSurface| format!("`{}` ({})", path.display(), surface.version);
    if path.is_dir() {
        let file = path.join(SURFACE_FILE);
        if !file.exists() {
            return Err(format!(
                "{} has no {SURFACE_FILE} (it was generated before the generator wrote one): pass the spec it was generated from instead",
                path.display()
            ));
        }
        let surface = read_surface_file(&file)?;
        return Ok(Side {
            label: label(&surface),
            surface,
        });
    }
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    if path.file_name().is_some_and(|name| name == SURFACE_FILE) {
        let surface =
            ApiSurface::from_json(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        return Ok(Side {
            label: label(&surface),
            surface,
        });
    }
    let generated =
        generator::generate_from_text(&text, Some(path), &generator::Options::default())
            .map_err(|e| e.to_string())?;
    let surface = diff::surface(&generated.model, &generated.plan);
    Ok(Side {
        label: label(&surface),
        surface,
    })
}

fn read_surface_file(file: &Path) -> Result<ApiSurface, String> {
    let text = std::fs::read_to_string(file)
        .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    ApiSurface::from_json(&text).map_err(|e| format!("{}: {e}", file.display()))
}

/// Before `cargo xtask codegen` writes `out`: prints what the new generation changes compared
/// with the crate on disk, when its spec changed.
pub fn print_changes(out: &Path, spec: &Path, files: &[generator::OutputFile]) {
    let find = |path: &str| files.iter().find(|f| f.path == path);
    let (Some(new_surface), Some(new_manifest)) = (find(SURFACE_FILE), find(MANIFEST)) else {
        return;
    };
    let Ok(old_manifest) = std::fs::read_to_string(out.join(MANIFEST)) else {
        return; // A new crate: nothing to compare with.
    };
    let spec_hash = |manifest: &str| {
        manifest
            .lines()
            .find_map(|l| l.strip_prefix("spec-sha256 "))
            .map(str::to_string)
    };
    let old_file = out.join(SURFACE_FILE);
    let old_text = std::fs::read_to_string(&old_file).ok();
    let spec_changed = spec_hash(&old_manifest) != spec_hash(&new_manifest.contents);
    if !spec_changed && old_text.as_deref() == Some(new_surface.contents.as_str()) {
        return;
    }
    let Some(old_text) = old_text else {
        if spec_changed {
            println!(
                "The spec changed, but {} has no {SURFACE_FILE} to compare with (it is written from now on).",
                out.display()
            );
        }
        return;
    };
    let old = match ApiSurface::from_json(&old_text) {
        Ok(surface) => surface,
        Err(message) => {
            eprintln!(
                "warning: cannot summarise the changes: {}: {message}",
                old_file.display()
            );
            return;
        }
    };
    let new = match ApiSurface::from_json(&new_surface.contents) {
        Ok(surface) => surface,
        Err(message) => {
            eprintln!("warning: cannot summarise the changes: {message}");
            return;
        }
    };
    let mut report = diff::diff(&old, &new);
    report.old_label = format!("committed `{}` ({})", out.display(), old.version);
    report.new_label = format!("`{}` ({})", spec.display(), new.version);
    if report.is_empty() {
        println!("The spec changed; the generated API did not.");
    } else {
        println!("{}", report.to_markdown());
    }
}
