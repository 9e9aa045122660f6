//! Reading a spec (YAML or JSON, one file or several) into `openapiv3` types, with located
//! errors.
//!
//! A single-file OpenAPI 3.0 description is typed straight from its text: YAML through
//! [`parallel`] (in sections on every core when it is large, refusing repeated keys as it
//! reads); JSON, and YAML that [`parallel`] cannot vouch for, whole, beside the scan for
//! repeated keys in [`duplicate_keys`]. Otherwise the text is parsed into an untyped tree
//! first: [`bundle`] brings in the files its `$ref`s name, [`local_refs`] moves what a `$ref`
//! names inside a component or operation into `components`, and [`openapi31`] rewrites a 3.1
//! description in the 3.0 shape; [`sources`] remembers where each node came from, so messages
//! name the file, line and pointer the user wrote.

mod bundle;
mod cycles;
mod duplicate_keys;
mod explain;
mod local_refs;
mod located;
mod openapi31;
mod parallel;
mod sources;
mod split;
mod tree;
mod unique_keys;

use std::path::{Path, PathBuf};

use openapiv3::OpenAPI;
use serde::Deserialize;

pub use duplicate_keys::DuplicateKeyScan;
pub use sources::Sources;

use crate::diagnostics::{Error, Location, Warning};
use explain::{explain, explain_document, syntax_error, Version};
use located::{deserialize_tracked, locate, spec_error};

/// A loaded spec.
#[must_use = "a spec is only sound once `finish` has found no repeated key"]
pub struct Loaded {
    /// The description, typed (bundled into one document, in the 3.0 shape).
    pub spec: OpenAPI,
    /// What loading worked around (what OpenAPI 3.1 says that 3.0 cannot), located.
    pub warnings: Vec<Warning>,
    /// The files it was read from.
    pub sources: Sources,
    duplicate_keys: DuplicateKeyScan,
}

impl Loaded {
    /// Waits for the scan for repeated keys in the root file (running beside whatever the
    /// caller did with the spec), then gives the spec.
    pub fn finish(self) -> Result<(OpenAPI, Vec<Warning>, Sources), Error> {
        self.duplicate_keys.finish()?;
        Ok((self.spec, self.warnings, self.sources))
    }
}

/// Reads and parses the spec at `path`, with the files it refers to (under `path`'s
/// directory, or under `ref_root` if given).
pub fn load_file(path: &Path, ref_root: Option<&Path>) -> Result<Loaded, Error> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })?;
    load(&text, Some(path), ref_root)
}

/// Parses a spec from text; `file` is where it was read from (for messages, and for resolving
/// `$ref`s to other files). JSON is recognised by its leading `{`; anything else is YAML.
///
/// The scan for repeated keys in the text, when the text needs one, is still running on another
/// thread when this returns: [`Loaded::finish`] waits for it.
pub fn load(text: &str, file: Option<&Path>, ref_root: Option<&Path>) -> Result<Loaded, Error> {
    // A UTF-8 byte-order mark (as some Windows editors write) is not part of the document.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(spec_error(
            file.map(Path::to_path_buf),
            None,
            None,
            "the document is empty",
            Some("expected an OpenAPI 3.0 or 3.1 description"),
        ));
    }
    let is_json = text.trim_start().starts_with('{');
    let multi_file = bundle::refers_to_other_files(text);
    if !multi_file && !looks_like_3_1(text, is_json) && !local_refs::has_deep_local_refs(text) {
        if let Some(loaded) = load_direct(text, is_json, file)? {
            return Ok(loaded);
        }
    }
    load_tree(text, is_json, file, ref_root, multi_file)
}

/// The direct path for one OpenAPI 3.0 text: typed as it is. `None` when the text is another
/// version the tree path reads (3.1).
fn load_direct(text: &str, is_json: bool, file: Option<&Path>) -> Result<Option<Loaded>, Error> {
    let owned_file = file.map(Path::to_path_buf);
    // YAML is typed in sections on every core, checked for repeated keys as it is read; what
    // that cannot vouch for, and JSON, is typed whole beside the scan for repeated keys.
    let checked = (!is_json).then(|| parallel::parse(text)).flatten();
    let (untracked, duplicate_keys) = match checked {
        Some(spec) => (Some(spec), duplicate_keys::checked_while_parsed()),
        None => {
            let scan = duplicate_keys::spawn(text, is_json, owned_file.clone());
            let untracked = if is_json {
                serde_json::from_str::<OpenAPI>(text).ok()
            } else {
                serde_norway::from_str::<OpenAPI>(text).ok()
            };
            (untracked, scan)
        }
    };
    let at = |pointer: &str| Location {
        file: owned_file.clone(),
        line_column: locate(text, is_json, pointer),
        pointer: Some(pointer.to_string()),
    };
    let spec = match untracked {
        Some(spec) => spec,
        None => {
            if version_of(text, is_json).as_deref().and_then(Version::of) == Some(Version::V31) {
                return Ok(None);
            }
            return Err(match deserialize_tracked::<OpenAPI>(text, is_json) {
                Ok(_) => spec_error(owned_file, None, None, "the document does not type", None),
                Err(failure) => explain(text, is_json, owned_file, failure),
            });
        }
    };
    match Version::of(&spec.openapi) {
        Some(Version::V30) => {}
        Some(Version::V31) => return Ok(None),
        None => return Err(explain::unsupported_version(&spec.openapi, &at)),
    }
    cycles::check_reference_cycles(&spec, &at)?;
    Ok(Some(Loaded {
        spec,
        warnings: Vec::new(),
        sources: Sources::default(),
        duplicate_keys,
    }))
}

/// The tree path: parse, bundle the other files, rewrite 3.1 in the 3.0 shape, then type.
fn load_tree(
    text: &str,
    is_json: bool,
    file: Option<&Path>,
    ref_root: Option<&Path>,
    multi_file: bool,
) -> Result<Loaded, Error> {
    let owned_file = file.map(Path::to_path_buf);
    let mut sources = Sources::root(text, is_json, file);
    sources.ref_root = match (
        ref_root,
        &sources.files.first().and_then(|f| f.canonical.clone()),
    ) {
        (Some(root), _) => Some(root.canonicalize().map_err(|source| Error::Read {
            path: root.to_path_buf(),
            source,
        })?),
        (None, Some(canonical)) => canonical.parent().map(Path::to_path_buf),
        (None, None) => None,
    };
    let duplicate_keys = duplicate_keys::spawn(text, is_json, owned_file.clone());
    let parsed = if is_json {
        serde_json::from_str::<tree::Tree>(text).ok()
    } else {
        serde_norway::from_str::<tree::Tree>(text).ok()
    };
    let mut document = match parsed {
        Some(tree::Tree(document)) => document,
        None => {
            if let Some(error) = duplicate_keys::check(text, is_json, owned_file.clone()) {
                return Err(error);
            }
            match deserialize_tracked::<tree::Tree>(text, is_json) {
                Ok(tree::Tree(document)) => document,
                Err(failure) => return Err(syntax_error(owned_file, is_json, failure)),
            }
        }
    };
    let version = document
        .get("openapi")
        .and_then(tree::Value::as_str)
        .and_then(Version::of);
    let Some(version) = version else {
        // Not an OpenAPI 3.0 or 3.1 document: say what it is.
        let raw = as_json(&document);
        let at = |pointer: &str| sources.location(pointer);
        return Err(explain_document(&raw, &at, None, "OpenAPI 3.0 description"));
    };
    if multi_file {
        bundle::bundle(&mut document, &mut sources)?;
    }
    local_refs::hoist(&mut document, &mut sources);
    let mut warnings = Vec::new();
    if version == Version::V31 {
        openapi31::normalise(&mut document, &mut warnings);
    }
    let what = match version {
        Version::V30 => "OpenAPI 3.0 description",
        Version::V31 => "OpenAPI 3.1 description (read in the 3.0 shape)",
    };
    let spec = match OpenAPI::deserialize(&document) {
        Ok(spec) => spec,
        Err(error) => {
            let raw = as_json(&document);
            let at = |pointer: &str| sources.location(pointer);
            let failure = located::Failure {
                line_column: None,
                pointer: None,
                message: error.to_string(),
                truncated: false,
            };
            return Err(explain_document(&raw, &at, Some(failure), what));
        }
    };
    drop(document);
    cycles::check_reference_cycles(&spec, &|pointer: &str| sources.location(pointer))?;
    let warnings = warnings
        .into_iter()
        .map(|warning| sources.relocate(warning))
        .collect();
    sources.done_loading();
    Ok(Loaded {
        spec,
        warnings,
        sources,
        duplicate_keys,
    })
}

/// The document as JSON, for explaining why it does not type.
fn as_json(document: &tree::Value) -> serde_json::Value {
    serde_json::to_value(document).unwrap_or(serde_json::Value::Null)
}

/// A cheap look at whether the text declares OpenAPI 3.1 (`openapi: 3.1…` at the top level),
/// to go straight to the tree path. Only a hint: the direct path finds 3.1 on its own too.
fn looks_like_3_1(text: &str, is_json: bool) -> bool {
    let head = text.get(..text.len().min(4096)).unwrap_or(text);
    if is_json {
        head.find("\"openapi\"").is_some_and(|index| {
            let rest = head.get(index + 9..).unwrap_or_default().trim_start();
            rest.strip_prefix(':')
                .map(str::trim_start)
                .is_some_and(|value| value.starts_with("\"3.1"))
        })
    } else {
        head.lines().any(|line| {
            line.strip_prefix("openapi:")
                .map(|value| value.trim_start().trim_start_matches(['"', '\'']))
                .is_some_and(|value| value.starts_with("3.1"))
        })
    }
}

/// The `openapi` field of a text that did not type, if it has one.
fn version_of(text: &str, is_json: bool) -> Option<String> {
    #[derive(Deserialize)]
    struct VersionOnly {
        openapi: Option<serde_json::Value>,
    }
    let parsed: VersionOnly = if is_json {
        serde_json::from_str(text).ok()?
    } else {
        serde_norway::from_str(text).ok()?
    };
    match parsed.openapi? {
        serde_json::Value::String(version) => Some(version),
        other => Some(other.to_string()),
    }
}

/// [`load_file`] for callers that only want the typed spec (benchmarks, tools); the
/// warnings are dropped, so generation should use [`load_file`].
pub fn spec_of_file(path: &Path) -> Result<OpenAPI, Error> {
    let (spec, _, _) = load_file(path, None)?.finish()?;
    Ok(spec)
}

/// The directory a spec's `$ref`s may read from by default: the root file's.
pub fn default_ref_root(path: &Path) -> Option<PathBuf> {
    path.canonicalize().ok()?.parent().map(Path::to_path_buf)
}
