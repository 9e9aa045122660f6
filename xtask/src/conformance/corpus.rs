//! `cargo xtask conformance --corpus DIR`: every OpenAPI description in a directory of
//! real-world specs of other APIs (such as `../shared/openapi-corpus`), generated, checked with
//! every feature enabled, and example-tested, with the same table as the Intercom versions.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use super::{report, workers, Check, ConformanceArgs, Layout};

/// Checks each `*.yaml`/`*.json` file of `dir`, in name order; a missing `dir` is skipped
/// with a message (CI runs from clones without `../shared`).
pub(super) fn run(
    dir: &Path,
    layout: &Layout,
    args: &ConformanceArgs,
) -> Result<ExitCode, generator::Error> {
    if !dir.is_dir() {
        println!(
            "conformance: corpus {} not found; nothing to check (skipped)",
            dir.display()
        );
        return Ok(ExitCode::SUCCESS);
    }
    let specs = discover(dir)?;
    if specs.is_empty() {
        eprintln!(
            "conformance: no OpenAPI descriptions (*.yaml, *.json) in {}",
            dir.display()
        );
        return Ok(ExitCode::FAILURE);
    }
    let started = Instant::now();
    let jobs: Vec<_> = specs
        .iter()
        .map(|spec| {
            let file = spec
                .file_name()
                .map(|name| name.to_string_lossy().into_owned())
                .unwrap_or_default();
            workers::Job {
                spec: spec.clone(),
                check: check_for(&file),
            }
        })
        .collect();
    let rows = workers::check_all(&jobs, layout, args, workers::worker_count(args));
    Ok(report(&rows, "specs", started))
}

/// The specs of the corpus, sorted by file name.
fn discover(dir: &Path) -> Result<Vec<PathBuf>, generator::Error> {
    let entries = std::fs::read_dir(dir).map_err(|source| generator::Error::Read {
        path: dir.to_path_buf(),
        source,
    })?;
    let mut specs: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            path.is_file()
                && path
                    .extension()
                    .is_some_and(|e| e == "yaml" || e == "yml" || e == "json")
        })
        .collect();
    specs.sort();
    Ok(specs)
}

/// A corpus file's row (its file name) and crate (`corpus-<stem>`, in
/// `target/conformance/corpus-<stem>/`).
fn check_for(file: &str) -> Check {
    let stem = file.rsplit_once('.').map_or(file, |(stem, _)| stem);
    let name: String = stem
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let crate_name = format!("corpus-{}", name.trim_matches('-'));
    Check {
        row: file.to_string(),
        dir: crate_name.clone(),
        crate_name,
        all_features: true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corpus_files_become_crate_names() {
        let check = check_for("oai-petstore.yaml");
        assert_eq!(check.row, "oai-petstore.yaml");
        assert_eq!(check.crate_name, "corpus-oai-petstore");
        assert_eq!(
            check_for("Propolis_Server.v2.json").crate_name,
            "corpus-propolis-server-v2"
        );
        assert!(check.all_features);
    }
}
