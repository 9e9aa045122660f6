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

/// Checks, before anything changes, that `target` can be written or removed: every existing
/// directory between `root` and it is a real directory (not a file, not a symlink that could
/// lead outside), and the target itself is not a directory.
fn check_target(root: &Path, target: &Path) -> Result<(), Error> {
    let mut ancestor = target.parent();
    while let Some(dir) = ancestor {
        if dir == root || !dir.starts_with(root) {
            break;
        }
        match std::fs::symlink_metadata(dir) {
            Ok(meta) if meta.is_dir() => {}
            Ok(_) => {
                return Err(write_error(
                    dir,
                    "is in the way: a directory is needed here (it is a file or a symlink)",
                ))
            }
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
            Err(error) => return Err(write_error(dir, error)),
        }
        ancestor = dir.parent();
    }
    match std::fs::symlink_metadata(target) {
        Ok(meta) if meta.is_dir() => Err(write_error(
            target,
            "is a directory where the generator needs to write a file; move it away",
        )),
        _ => Ok(()),
    }
}

/// One change made while committing, so it can be undone.
enum Done {
    /// `target` was created (nothing was there before).
    Created(PathBuf),
    /// `target` was replaced or removed; its old contents are at `backup`.
    Moved { target: PathBuf, backup: PathBuf },
    /// A directory was created.
    Directory(PathBuf),
}

fn undo(done: Vec<Done>) {
    for change in done.into_iter().rev() {
        match change {
            Done::Created(target) => {
                let _ = std::fs::remove_file(target);
            }
            Done::Moved { target, backup } => {
                let _ = std::fs::rename(backup, target);
            }
            Done::Directory(dir) => {
                let _ = std::fs::remove_dir(dir);
            }
        }
    }
}

/// Writes `files` into `out_dir`: only changed files are rewritten, files of the previous
/// generation that no longer belong are removed, and nothing else is touched.
///
/// All-or-nothing: every path is checked and all new contents are staged before the first
/// change; replaced and removed files are moved aside, and if any step fails every change
/// is undone, so a failure leaves the directory as it was.
pub fn write_crate(out_dir: &Path, files: &[OutputFile]) -> Result<WriteReport, Error> {
    let created_root = !out_dir.exists();
    std::fs::create_dir_all(out_dir).map_err(|e| write_error(out_dir, e))?;
    let result = write_into(out_dir, files);
    if result.is_err() && created_root {
        let _ = std::fs::remove_dir(out_dir);
    }
    result
}

fn write_into(out_dir: &Path, files: &[OutputFile]) -> Result<WriteReport, Error> {
    let previous = previous_files(out_dir)?;
    let mut report = WriteReport::default();
    let mut changed = Vec::new();
    for file in files {
        let target = safe_join(out_dir, &file.path)?;
        check_target(out_dir, &target)?;
        match std::fs::read(&target) {
            Ok(existing) if existing == file.contents.as_bytes() => {
                report.unchanged.push(file.path.clone())
            }
            _ => changed.push((target, file)),
        }
    }
    let current: BTreeSet<&str> = files.iter().map(|f| f.path.as_str()).collect();
    let mut stale = Vec::new();
    for path in previous.iter().filter(|p| !current.contains(p.as_str())) {
        let target = safe_join(out_dir, path)?;
        check_target(out_dir, &target)?;
        if std::fs::symlink_metadata(&target).is_ok() {
            stale.push((path.clone(), target));
        }
    }

    let staging = out_dir.join(format!(".codegen-staging-{}", std::process::id()));
    let result = commit(out_dir, &staging, &changed, &stale);
    let _ = std::fs::remove_dir_all(&staging);
    result?;
    report.written = changed.iter().map(|(_, f)| f.path.clone()).collect();
    report.removed = stale.into_iter().map(|(path, _)| path).collect();
    for path in &report.removed {
        if let Ok(target) = safe_join(out_dir, path) {
            remove_empty_parents(out_dir, &target);
        }
    }
    Ok(report)
}

/// Stages the new contents, then moves everything into place; undoes it all on failure.
fn commit(
    out_dir: &Path,
    staging: &Path,
    changed: &[(PathBuf, &OutputFile)],
    stale: &[(String, PathBuf)],
) -> Result<(), Error> {
    std::fs::create_dir_all(staging).map_err(|e| write_error(staging, e))?;
    let mut staged = Vec::new();
    for (index, (target, file)) in changed.iter().enumerate() {
        let temporary = staging.join(format!("new-{index}"));
        std::fs::write(&temporary, &file.contents).map_err(|e| write_error(&temporary, e))?;
        staged.push((temporary, target.clone()));
    }
    let mut done = Vec::new();
    let mut backups = 0usize;
    // Moves an existing file into the staging directory, where undo finds it.
    let mut move_aside = |target: &Path, done: &mut Vec<Done>| -> Result<(), Error> {
        let backup = staging.join(format!("old-{backups}"));
        backups += 1;
        std::fs::rename(target, &backup).map_err(|e| write_error(target, e))?;
        done.push(Done::Moved {
            target: target.to_path_buf(),
            backup,
        });
        Ok(())
    };
    let mut apply = |done: &mut Vec<Done>| -> Result<(), Error> {
        for (temporary, target) in &staged {
            if let Some(parent) = target.parent() {
                create_dirs(out_dir, parent, done)?;
            }
            if std::fs::symlink_metadata(target).is_ok() {
                move_aside(target, done)?;
            }
            std::fs::rename(temporary, target).map_err(|e| write_error(target, e))?;
            done.push(Done::Created(target.clone()));
        }
        for (_, target) in stale {
            move_aside(target, done)?;
        }
        Ok(())
    };
    let result = apply(&mut done);
    if result.is_err() {
        undo(done);
    }
    result
}

/// Creates `dir` and its missing ancestors below `root`, recording each for undo.
fn create_dirs(root: &Path, dir: &Path, done: &mut Vec<Done>) -> Result<(), Error> {
    let mut missing = Vec::new();
    let mut current = Some(dir);
    while let Some(path) = current {
        if path == root || path.exists() {
            break;
        }
        missing.push(path.to_path_buf());
        current = path.parent();
    }
    for path in missing.into_iter().rev() {
        std::fs::create_dir(&path).map_err(|e| write_error(&path, e))?;
        done.push(Done::Directory(path));
    }
    Ok(())
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
