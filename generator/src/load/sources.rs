//! The files a description was read from, and where each node of the document built from them
//! came from: for located messages, and for the manifest's digest of the whole spec.

use std::path::{Path, PathBuf};

use sha2::Digest;

use super::located::locate;
use super::tree::Value;
use crate::diagnostics::{Location, Warning};

/// The root file's index in [`Sources`].
pub(super) const ROOT: usize = 0;

/// The files of a description, the root first.
#[derive(Debug, Default)]
pub struct Sources {
    pub(super) files: Vec<SourceFile>,
    /// Nodes of the document that came from another place: moved into `components`, or
    /// copied in place of a `$ref`, longest first once loading is done.
    origins: Vec<Origin>,
    /// The directory tree `$ref`s may read files from (canonical).
    pub(super) ref_root: Option<PathBuf>,
}

/// One file of the description.
#[derive(Debug)]
pub(super) struct SourceFile {
    /// The path for messages: the root's as given, others' joined to the root's directory.
    pub(super) path: Option<PathBuf>,
    /// The path with symlinks resolved, for finding files and resolving `$ref`s in them.
    pub(super) canonical: Option<PathBuf>,
    /// The path as shown in messages: relative to the root file's directory, `/`-separated.
    pub(super) shown: String,
    /// The text, kept while loading for locating messages.
    pub(super) text: String,
    pub(super) is_json: bool,
    /// The parsed document (others than the root), for resolving pointers into it.
    pub(super) tree: Option<Value>,
    /// SHA-256 of the text, for the manifest.
    pub(super) digest: [u8; 32],
}

#[derive(Debug)]
struct Origin {
    /// Pointer in the built document.
    at: String,
    file: usize,
    /// Pointer in that file.
    pointer: String,
}

impl Sources {
    /// The sources of a single text (the root).
    pub(super) fn root(text: &str, is_json: bool, file: Option<&Path>) -> Sources {
        let shown = file
            .and_then(Path::file_name)
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default();
        Sources {
            files: vec![SourceFile {
                path: file.map(Path::to_path_buf),
                canonical: file.and_then(|path| path.canonicalize().ok()),
                shown,
                text: text.to_string(),
                is_json,
                tree: None,
                digest: sha2::Sha256::digest(text.as_bytes()).into(),
            }],
            origins: Vec::new(),
            ref_root: None,
        }
    }

    /// Records that the node at `at` of the built document is the node at `pointer` of `file`.
    pub(super) fn record_origin(&mut self, at: &str, file: usize, pointer: &str) {
        self.origins.push(Origin {
            at: at.to_string(),
            file,
            pointer: pointer.to_string(),
        });
    }

    /// The files of the spec other than the root, as shown in messages.
    pub fn other_files(&self) -> impl Iterator<Item = &str> {
        self.files.iter().skip(1).map(|file| file.shown.as_str())
    }

    /// The spec's SHA-256 (hex) for the manifest: of `root_text` alone for a single file (as
    /// it always was), else of every file's path and digest, so a change in any shows.
    pub fn digest(&self, root_text: &str) -> String {
        let hash: [u8; 32] = if self.files.len() <= 1 {
            sha2::Sha256::digest(root_text.as_bytes()).into()
        } else {
            let mut listing: Vec<(String, String)> = self
                .files
                .iter()
                .map(|file| (file.shown.clone(), hex(&file.digest)))
                .collect();
            listing.sort();
            let mut hasher = sha2::Sha256::new();
            for (shown, digest) in listing {
                hasher.update(format!("{shown}\0{digest}\n").as_bytes());
            }
            hasher.finalize().into()
        };
        hex(&hash)
    }

    /// Where the node at `pointer` of the built document came from: (file, pointer there).
    fn origin_of(&self, pointer: &str) -> (usize, String) {
        let best = self
            .origins
            .iter()
            .filter(|origin| {
                pointer == origin.at
                    || pointer
                        .strip_prefix(origin.at.as_str())
                        .is_some_and(|rest| rest.starts_with('/'))
            })
            .max_by_key(|origin| origin.at.len());
        match best {
            Some(origin) => {
                let rest = pointer.get(origin.at.len()..).unwrap_or_default();
                (origin.file, format!("{}{rest}", origin.pointer))
            }
            None => (super::sources::ROOT, pointer.to_string()),
        }
    }

    /// The file, line and column, and pointer in that file, of a node of the built document.
    pub(super) fn location(&self, pointer: &str) -> Location {
        let (file, pointer) = self.origin_of(pointer);
        self.location_in(file, &pointer)
    }

    /// The location of the node at `pointer` in the file `file`.
    pub(super) fn location_in(&self, file: usize, pointer: &str) -> Location {
        let Some(source) = self.files.get(file) else {
            return Location {
                pointer: Some(pointer.to_string()),
                ..Location::default()
            };
        };
        Location {
            file: source.path.clone(),
            line_column: locate(&source.text, source.is_json, pointer),
            pointer: Some(pointer.to_string()),
        }
    }

    /// Points `warning` at the file its node came from (`schemas/contact.yaml#/properties/id`),
    /// when that is not the root file, or at the place in the root file a node was moved from.
    pub fn relocate(&self, mut warning: Warning) -> Warning {
        if self.origins.is_empty() {
            return warning;
        }
        let (file, pointer) = self.origin_of(&warning.pointer);
        if file != ROOT {
            if let Some(source) = self.files.get(file) {
                warning.pointer = format!("{}{pointer}", source.shown);
            }
        } else {
            warning.pointer = pointer;
        }
        warning
    }

    /// Drops what only loading needed (the texts and trees).
    pub(super) fn done_loading(&mut self) {
        for file in &mut self.files {
            file.text = String::new();
            file.tree = None;
        }
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
