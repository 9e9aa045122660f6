//! The I/O edge: writing a generated crate atomically, and checking a committed one.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::diagnostics::Error;

/// Name of the file listing what the generator wrote, so it only ever deletes its own files.
pub const MANIFEST: &str = ".codegen-manifest";

/// A file of the generated crate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    /// Path relative to the crate root, `/`-separated.
    pub path: String,
    /// Contents.
    pub contents: String,
}

/// What writing changed.
#[derive(Debug, Default)]
pub struct WriteReport {
    /// Files created or rewritten.
    pub written: Vec<String>,
    /// Files already up to date.
    pub unchanged: Vec<String>,
    /// Files of an earlier generation that no longer belong, removed.
    pub removed: Vec<String>,
}

/// A difference between the generator's output and a directory.
#[derive(Debug)]
pub struct Drift {
    /// Relative path.
    pub path: String,
    /// Unified diff (committed → generated).
    pub diff: String,
}

/// Paths listed in a manifest's contents.
pub fn manifest_paths(manifest: &str) -> BTreeSet<String> {
    manifest
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .filter_map(|line| line.strip_prefix("file ").map(str::to_string))
        .collect()
}

fn write_error(path: &Path, error: impl std::fmt::Display) -> Error {
    Error::Write {
        path: path.to_path_buf(),
        message: error.to_string(),
    }
}

/// Only relative, normal paths inside the output directory are accepted.
fn safe_join(root: &Path, relative: &str) -> Result<PathBuf, Error> {
    let path = Path::new(relative);
    let normal = path
        .components()
        .all(|c| matches!(c, std::path::Component::Normal(_)));
    if !normal || relative.is_empty() {
        return Err(write_error(
            root,
            format!("refusing to touch `{relative}` outside the output directory"),
        ));
    }
    Ok(root.join(path))
}

/// Reads the previous manifest, refusing a non-empty directory that has none (it is not a
/// generated crate, and the generator would overwrite someone's files).
fn previous_files(out_dir: &Path) -> Result<BTreeSet<String>, Error> {
    let manifest = out_dir.join(MANIFEST);
    match std::fs::read_to_string(&manifest) {
        Ok(text) => Ok(manifest_paths(&text)),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            let non_empty = std::fs::read_dir(out_dir)
                .map(|mut entries| entries.next().is_some())
                .unwrap_or(false);
            if non_empty {
                Err(write_error(
                    out_dir,
                    format!("the directory is not empty and has no {MANIFEST}, so it is not a crate this generator wrote; choose an empty or new directory"),
                ))
            } else {
                Ok(BTreeSet::new())
            }
        }
        Err(error) => Err(write_error(&manifest, error)),
    }
}

/// Writes `files` into `out_dir`: only changed files are rewritten, files of the previous
/// generation that no longer belong are removed, and nothing else is touched. All new
/// contents are staged first, so a failure leaves the directory as it was.
pub fn write_crate(out_dir: &Path, files: &[OutputFile]) -> Result<WriteReport, Error> {
    std::fs::create_dir_all(out_dir).map_err(|e| write_error(out_dir, e))?;
    let previous = previous_files(out_dir)?;
    let mut report = WriteReport::default();
    let mut changed = Vec::new();
    for file in files {
        let target = safe_join(out_dir, &file.path)?;
        match std::fs::read(&target) {
            Ok(existing) if existing == file.contents.as_bytes() => {
                report.unchanged.push(file.path.clone())
            }
            _ => changed.push((target, file)),
        }
    }
    let staging = out_dir.join(format!(".codegen-staging-{}", std::process::id()));
    let stage = || -> Result<Vec<(PathBuf, PathBuf)>, Error> {
        std::fs::create_dir_all(&staging).map_err(|e| write_error(&staging, e))?;
        let mut staged = Vec::new();
        for (index, (target, file)) in changed.iter().enumerate() {
            let temporary = staging.join(index.to_string());
            std::fs::write(&temporary, &file.contents).map_err(|e| write_error(&temporary, e))?;
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent).map_err(|e| write_error(parent, e))?;
            }
            staged.push((temporary, target.clone()));
        }
        Ok(staged)
    };
    let staged = match stage() {
        Ok(staged) => staged,
        Err(error) => {
            let _ = std::fs::remove_dir_all(&staging);
            return Err(error);
        }
    };
    for (temporary, target) in staged {
        std::fs::rename(&temporary, &target).map_err(|e| write_error(&target, e))?;
    }
    let _ = std::fs::remove_dir_all(&staging);
    report.written = changed.iter().map(|(_, f)| f.path.clone()).collect();
    let current: BTreeSet<&str> = files.iter().map(|f| f.path.as_str()).collect();
    for stale in previous.iter().filter(|p| !current.contains(p.as_str())) {
        let path = safe_join(out_dir, stale)?;
        match std::fs::remove_file(&path) {
            Ok(()) => report.removed.push(stale.clone()),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
            Err(error) => return Err(write_error(&path, error)),
        }
        remove_empty_parents(out_dir, &path);
    }
    Ok(report)
}

fn remove_empty_parents(root: &Path, file: &Path) {
    let mut dir = file.parent();
    while let Some(current) = dir {
        if current == root || std::fs::remove_dir(current).is_err() {
            break;
        }
        dir = current.parent();
    }
}

/// Compares `files` with `out_dir` without writing: changed, missing and stale files.
pub fn check_crate(out_dir: &Path, files: &[OutputFile]) -> Result<Vec<Drift>, Error> {
    let mut drifts = Vec::new();
    for file in files {
        let target = safe_join(out_dir, &file.path)?;
        let existing = match std::fs::read_to_string(&target) {
            Ok(text) => text,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(error) => return Err(write_error(&target, error)),
        };
        if existing != file.contents {
            drifts.push(Drift {
                path: file.path.clone(),
                diff: unified_diff(&file.path, &existing, &file.contents),
            });
        }
    }
    let previous = match std::fs::read_to_string(out_dir.join(MANIFEST)) {
        Ok(text) => manifest_paths(&text),
        Err(_) => BTreeSet::new(),
    };
    let current: BTreeSet<&str> = files.iter().map(|f| f.path.as_str()).collect();
    for stale in previous.iter().filter(|p| !current.contains(p.as_str())) {
        if let Ok(existing) = std::fs::read_to_string(out_dir.join(stale)) {
            drifts.push(Drift {
                path: stale.clone(),
                diff: unified_diff(stale, &existing, ""),
            });
        }
    }
    Ok(drifts)
}

/// A unified diff from `old` to `new`.
pub fn unified_diff(path: &str, old: &str, new: &str) -> String {
    similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(3)
        .header(&format!("a/{path}"), &format!("b/{path}"))
        .to_string()
}
