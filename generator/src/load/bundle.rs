//! Relative-file `$ref`s: every file a description refers to is read (never outside the
//! allowed directory tree, never from a URL) and bundled into one document before typing.
//!
//! A referenced schema, parameter, response, … is moved into the root's `components` under a
//! name from its pointer or file (`./schemas/contact.yaml` → `contact`, so type `Contact`),
//! once however often it is referred to; a root component that is itself a `$ref` to another
//! file becomes that file's content in place. Path items (and callbacks), which OpenAPI 3.0
//! cannot define in `components`, are copied in place, and a cycle of them is an error.

use std::collections::{HashMap, HashSet};
use std::path::{Component, Path, PathBuf};

use sha2::Digest;

use super::explain::syntax_error;
use super::located::deserialize_tracked;
use super::sources::{SourceFile, Sources, ROOT};
use super::tree::{
    for_each_child, key_text, node_at, pointer_from, pointer_tokens, reference_of,
    unique_component_name, Kind, Mapping, Tree, Value,
};
use crate::diagnostics::Error;

/// How deeply `$ref`s to other files may nest (each moved or copied node may refer on).
const MAX_DEPTH: usize = 256;

/// A node of some file: (file index, pointer in it, `#/…`).
type Target = (usize, String);

/// Bundles every file `root` (the root file's document) refers to into it.
pub(super) fn bundle(root: &mut Value, sources: &mut Sources) -> Result<(), Error> {
    let mut taken: HashMap<&'static str, HashSet<String>> = HashMap::new();
    if let Some(Value::Mapping(components)) = root.get("components") {
        for (section, entries) in components {
            let (Some(section), Value::Mapping(entries)) = (key_text(section), entries) else {
                continue;
            };
            let Some(section) = Kind::of_section(&section).and_then(Kind::section) else {
                continue;
            };
            taken
                .entry(section)
                .or_default()
                .extend(entries.keys().filter_map(key_text));
        }
    }
    let mut bundler = Bundler {
        sources,
        placed: HashMap::new(),
        taken,
        hoisted: Vec::new(),
        inlining: Vec::new(),
        depth: 0,
    };
    bundler.claim_root_components(root)?;
    bundler.walk(root, Kind::Document, ROOT, "#", "#")?;
    let hoisted = std::mem::take(&mut bundler.hoisted);
    if hoisted.is_empty() {
        return Ok(());
    }
    let Value::Mapping(document) = root else {
        return Ok(());
    };
    let components = document
        .entry(Value::from("components"))
        .or_insert_with(|| Value::Mapping(Mapping::new()));
    if !components.is_mapping() {
        *components = Value::Mapping(Mapping::new());
    }
    let Value::Mapping(components) = components else {
        return Ok(());
    };
    for (section, name, value) in hoisted {
        let entries = components
            .entry(Value::from(section))
            .or_insert_with(|| Value::Mapping(Mapping::new()));
        if let Value::Mapping(entries) = entries {
            entries.insert(Value::from(name), value);
        }
    }
    Ok(())
}

struct Bundler<'s> {
    sources: &'s mut Sources,
    /// Where each node of another file now is in the bundle (`#/components/schemas/contact`).
    placed: HashMap<Target, String>,
    /// Names in use per `components` section.
    taken: HashMap<&'static str, HashSet<String>>,
    /// Nodes moved into `components`: (section, name, node), in the order first referred to.
    hoisted: Vec<(&'static str, String, Value)>,
    /// Path items being copied in place, for finding cycles of them.
    inlining: Vec<Target>,
    depth: usize,
}

impl Bundler<'_> {
    /// A root component that only refers to another file (`Contact: {$ref: ./contact.yaml}`)
    /// is where that file's node goes, so every other `$ref` to it becomes a reference to the
    /// component rather than a second copy.
    fn claim_root_components(&mut self, root: &Value) -> Result<(), Error> {
        let Some(Value::Mapping(components)) = root.get("components") else {
            return Ok(());
        };
        for (section, entries) in components {
            let (Some(section), Value::Mapping(entries)) = (key_text(section), entries) else {
                continue;
            };
            if Kind::of_section(&section).and_then(Kind::section).is_none() {
                continue;
            }
            for (name, entry) in entries {
                let (Some(name), Some(reference)) = (key_text(name), reference_of(entry)) else {
                    continue;
                };
                if reference.starts_with('#') {
                    continue;
                }
                let at = format!(
                    "#/components/{}/{}",
                    crate::diagnostics::pointer_token(&section),
                    crate::diagnostics::pointer_token(&name)
                );
                let target = self.target(ROOT, &at, reference)?;
                if target.0 != ROOT {
                    self.placed.entry(target).or_insert(at);
                }
            }
        }
        Ok(())
    }

    /// Resolves the `$ref`s to other files in `value`, a node of kind `kind` at `in_file` of
    /// file `file`, which is at `at` in the bundle.
    fn walk(
        &mut self,
        value: &mut Value,
        kind: Kind,
        file: usize,
        in_file: &str,
        at: &str,
    ) -> Result<(), Error> {
        if kind.takes_ref() {
            if let Some(reference) = reference_of(value).map(str::to_string) {
                return self.resolve(value, kind, file, in_file, at, &reference);
            }
        }
        for_each_child(kind, value, |child_kind, tokens, child| {
            self.walk(
                child,
                child_kind,
                file,
                &format!("{in_file}/{tokens}"),
                &format!("{at}/{tokens}"),
            )
        })
    }

    fn resolve(
        &mut self,
        value: &mut Value,
        kind: Kind,
        file: usize,
        in_file: &str,
        at: &str,
        reference: &str,
    ) -> Result<(), Error> {
        if file == ROOT && reference.starts_with('#') {
            return Ok(());
        }
        let target = self.target(file, in_file, reference)?;
        if target.0 == ROOT {
            // Back into the root document, whose nodes stay where they are.
            set_reference(value, target.1);
            return Ok(());
        }
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.ref_error(
                file,
                in_file,
                format!("`{reference}`: $refs to other files nest more than {MAX_DEPTH} deep"),
                "flatten the chain of files",
            ));
        }
        let outcome = match kind.section() {
            Some(_) if self.placed.get(&target).map(String::as_str) == Some(at) => {
                // A root component claimed for this node: its content goes here.
                self.copy_in_place(value, kind, &target, at, false)
            }
            Some(section) => {
                let local = match self.placed.get(&target) {
                    Some(local) => local.clone(),
                    None => self.hoist(section, kind, &target)?,
                };
                set_reference(value, local);
                Ok(())
            }
            None => {
                if let Some(start) = self.inlining.iter().position(|t| *t == target) {
                    let chain: Vec<String> = self
                        .inlining
                        .get(start..)
                        .unwrap_or_default()
                        .iter()
                        .chain(std::iter::once(&target))
                        .map(|t| self.show(t))
                        .collect();
                    return Err(self.ref_error(
                        file,
                        in_file,
                        format!(
                            "`{reference}`: cycle of $refs across files: {}",
                            chain.join(" → ")
                        ),
                        "a path item cannot contain itself; break the cycle",
                    ));
                }
                self.inlining.push(target.clone());
                let outcome = self.copy_in_place(value, kind, &target, at, true);
                self.inlining.pop();
                outcome
            }
        };
        self.depth -= 1;
        outcome
    }

    /// Replaces the reference `value` with the target's content (its own `$ref`s resolved);
    /// with `keep_siblings`, the reference's other fields are laid over it.
    fn copy_in_place(
        &mut self,
        value: &mut Value,
        kind: Kind,
        target: &Target,
        at: &str,
        keep_siblings: bool,
    ) -> Result<(), Error> {
        let mut content = self.node(target).clone();
        self.walk(&mut content, kind, target.0, &target.1, at)?;
        if keep_siblings {
            if let (Value::Mapping(content), Value::Mapping(reference)) = (&mut content, &*value) {
                for (key, sibling) in reference {
                    if key.as_str() != Some("$ref") {
                        content.insert(key.clone(), sibling.clone());
                    }
                }
            }
        }
        *value = content;
        self.sources.record_origin(at, target.0, &target.1);
        Ok(())
    }

    /// Moves the target into `components/{section}` under a new name; the local `$ref` to it.
    fn hoist(
        &mut self,
        section: &'static str,
        kind: Kind,
        target: &Target,
    ) -> Result<String, Error> {
        let name = self.fresh_name(section, target);
        let local = format!(
            "#/components/{section}/{}",
            crate::diagnostics::pointer_token(&name)
        );
        self.placed.insert(target.clone(), local.clone());
        let mut content = self.node(target).clone();
        self.walk(&mut content, kind, target.0, &target.1, &local)?;
        self.sources.record_origin(&local, target.0, &target.1);
        self.hoisted.push((section, name, content));
        Ok(local)
    }

    /// A name for a node of another file: the pointer's last token (`#/Contact` → `Contact`)
    /// or the file's name without extensions (`contact.yaml` → `contact`), made unique.
    fn fresh_name(&mut self, section: &'static str, target: &Target) -> String {
        let tokens = pointer_tokens(target.1.trim_start_matches('#'));
        let stem = || {
            let shown = &self
                .sources
                .files
                .get(target.0)
                .map(|f| f.shown.as_str())
                .unwrap_or("");
            let name = shown.rsplit('/').next().unwrap_or(shown);
            name.split('.').next().unwrap_or(name).to_string()
        };
        let base = match tokens.last() {
            Some(token) if !token.chars().all(|c| c.is_ascii_digit()) => token.clone(),
            _ => stem(),
        };
        unique_component_name(&base, section, self.taken.entry(section).or_default())
    }

    /// The node a target names (checked to exist by [`Bundler::target`]).
    fn node(&self, target: &Target) -> &Value {
        static NULL: Value = Value::Null;
        let tokens = pointer_tokens(target.1.trim_start_matches('#'));
        self.sources
            .files
            .get(target.0)
            .and_then(|file| file.tree.as_ref())
            .and_then(|tree| node_at(tree, &tokens).ok())
            .unwrap_or(&NULL)
    }

    /// `path` (absolute) relative to the root file's directory, `/`-separated.
    fn shown(&self, path: &Path) -> String {
        let root_dir = self
            .sources
            .files
            .get(ROOT)
            .and_then(|f| f.canonical.as_deref())
            .and_then(Path::parent)
            .unwrap_or(Path::new("/"));
        relative_path(path, root_dir)
    }

    /// `path` (absolute) as messages show it: from the root file's path as given.
    fn shown_path(&self, path: &Path) -> PathBuf {
        let root_dir = self
            .sources
            .files
            .get(ROOT)
            .and_then(|f| f.path.as_deref())
            .and_then(Path::parent)
            .unwrap_or(Path::new(""));
        root_dir.join(self.shown(path))
    }

    fn show(&self, target: &Target) -> String {
        let shown = self
            .sources
            .files
            .get(target.0)
            .map_or("", |f| f.shown.as_str());
        format!("{shown}{}", target.1)
    }

    fn ref_error(&self, file: usize, in_file: &str, message: String, hint: &str) -> Error {
        Error::Spec {
            location: self.sources.location_in(file, &format!("{in_file}/$ref")),
            message,
            hint: Some(hint.to_string()),
        }
    }

    /// The node `reference` (in the node at `in_file` of file `file`) names, reading its file
    /// if needed.
    fn target(&mut self, file: usize, in_file: &str, reference: &str) -> Result<Target, Error> {
        let (path, fragment) = match reference.split_once('#') {
            Some((path, fragment)) => (path, fragment),
            None => (reference, ""),
        };
        let fragment = percent_decode(fragment);
        if !fragment.is_empty() && !fragment.starts_with('/') {
            return Err(self.ref_error(
                file,
                in_file,
                format!("`{reference}`: `#{fragment}` is not a JSON pointer (anchors are not supported)"),
                "refer to the node by its JSON pointer, e.g. `other.yaml#/components/schemas/Name`",
            ));
        }
        let target_file = if path.is_empty() {
            file
        } else {
            self.file_for(file, in_file, reference, path)?
        };
        let tokens = pointer_tokens(&fragment);
        let tree_missing = |bundler: &Self, depth: usize| {
            let found = pointer_from(tokens.get(..depth).unwrap_or_default());
            let missing = tokens.get(depth).map_or("", String::as_str);
            let shown = bundler
                .sources
                .files
                .get(target_file)
                .map_or("", |f| f.shown.as_str());
            bundler.ref_error(
                file,
                in_file,
                format!("`{reference}`: {shown} has no `{missing}` under `{found}`"),
                "check the JSON pointer after `#` against that file",
            )
        };
        if target_file == ROOT {
            // The root document's nodes are checked when it is typed.
            return Ok((ROOT, pointer_from(&tokens)));
        }
        let tree = self
            .sources
            .files
            .get(target_file)
            .and_then(|f| f.tree.as_ref());
        if let Some(tree) = tree {
            if let Err(depth) = node_at(tree, &tokens) {
                return Err(tree_missing(self, depth));
            }
        }
        Ok((target_file, pointer_from(&tokens)))
    }

    /// The index of the file `path` (from a `$ref` in `file`) names, read and parsed on first
    /// use; refused outside the allowed directory tree, and for URLs.
    fn file_for(
        &mut self,
        file: usize,
        in_file: &str,
        reference: &str,
        path: &str,
    ) -> Result<usize, Error> {
        if is_url(path) {
            return Err(self.ref_error(
                file,
                in_file,
                format!("`{reference}`: the generator does not fetch URLs"),
                "download the file next to the spec and refer to it by a relative path",
            ));
        }
        let referring = self
            .sources
            .files
            .get(file)
            .and_then(|f| f.canonical.clone());
        let (Some(referring), Some(ref_root)) = (referring, self.sources.ref_root.clone()) else {
            return Err(self.ref_error(
                file,
                in_file,
                format!("`{reference}` refers to another file, but the spec was given as text, not as a file"),
                "generate from the spec's file, so relative $refs can be resolved",
            ));
        };
        let base = referring.parent().unwrap_or(Path::new(""));
        let base = base.canonicalize().unwrap_or_else(|_| base.to_path_buf());
        let joined = lexical_join(&base, Path::new(&percent_decode(path)));
        // The message names the reference only: where a path of `..`s lands depends on how
        // deep the checkout is, and is not the user's concern.
        let outside = |bundler: &Self| {
            bundler.ref_error(
                file,
                in_file,
                format!(
                    "`{reference}` leads outside the directory tree the spec may read; nothing there is read"
                ),
                "keep the files of the spec under the root file's directory, or allow a wider tree with --ref-root DIR",
            )
        };
        if !joined.starts_with(&ref_root) {
            return Err(outside(self));
        }
        let canonical = match joined.canonicalize() {
            Ok(canonical) => canonical,
            Err(error) => {
                let shown = self.shown_path(&joined);
                let message = if error.kind() == std::io::ErrorKind::NotFound {
                    format!("`{reference}`: no such file ({})", shown.display())
                } else {
                    format!("`{reference}`: cannot read {}: {error}", shown.display())
                };
                return Err(self.ref_error(
                    file,
                    in_file,
                    message,
                    "check the path, relative to the file that has the $ref",
                ));
            }
        };
        if !canonical.starts_with(&ref_root) {
            return Err(outside(self));
        }
        if let Some(index) = self
            .sources
            .files
            .iter()
            .position(|f| f.canonical.as_deref() == Some(canonical.as_path()))
        {
            return Ok(index);
        }
        let shown_path = self.shown_path(&canonical);
        let text = std::fs::read_to_string(&canonical).map_err(|error| {
            self.ref_error(
                file,
                in_file,
                format!(
                    "`{reference}`: cannot read {}: {error}",
                    shown_path.display()
                ),
                "a file a $ref names must be readable UTF-8 YAML or JSON",
            )
        })?;
        let text = text
            .strip_prefix('\u{feff}')
            .map(str::to_string)
            .unwrap_or(text);
        let is_json = text.trim_start().starts_with('{');
        let shown = self.shown(&canonical);
        let tree = parse_tree(&text, is_json, &shown_path)?;
        let digest = sha2::Sha256::digest(text.as_bytes()).into();
        self.sources.files.push(SourceFile {
            path: Some(shown_path),
            canonical: Some(canonical),
            shown,
            text,
            is_json,
            tree: Some(tree),
            digest,
        });
        Ok(self.sources.files.len() - 1)
    }
}

/// Parses one file of the description, refusing repeated keys, with located errors.
pub(super) fn parse_tree(text: &str, is_json: bool, path: &Path) -> Result<Value, Error> {
    if let Some(error) = super::duplicate_keys::check(text, is_json, Some(path.to_path_buf())) {
        return Err(error);
    }
    let parsed = if is_json {
        serde_json::from_str::<Tree>(text).ok()
    } else {
        serde_norway::from_str::<Tree>(text).ok()
    };
    match parsed {
        Some(Tree(tree)) => Ok(tree),
        None => match deserialize_tracked::<Tree>(text, is_json) {
            Ok(Tree(tree)) => Ok(tree),
            Err(failure) => Err(syntax_error(Some(path.to_path_buf()), is_json, failure)),
        },
    }
}

fn set_reference(value: &mut Value, reference: String) {
    if let Value::Mapping(mapping) = value {
        mapping.insert(Value::from("$ref"), Value::from(reference));
    }
}

/// `https://…`, `file:…`, `//host/…`: a URL, not a relative path.
fn is_url(path: &str) -> bool {
    if path.starts_with("//") {
        return true;
    }
    match path.split_once(':') {
        Some((scheme, _)) => {
            scheme.len() > 1
                && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        }
        None => false,
    }
}

/// `base` joined with `relative`, `.` and `..` resolved without touching the file system.
fn lexical_join(base: &Path, relative: &Path) -> PathBuf {
    let mut joined = if relative.is_absolute() {
        PathBuf::new()
    } else {
        base.to_path_buf()
    };
    for component in relative.components() {
        match component {
            Component::ParentDir => {
                joined.pop();
            }
            Component::CurDir => {}
            other => joined.push(other),
        }
    }
    joined
}

/// `path` relative to the directory `base` (both canonical), `/`-separated, with `..` where
/// `path` is outside `base`: for messages and the manifest's digest.
fn relative_path(path: &Path, base: &Path) -> String {
    let path: Vec<Component> = path.components().collect();
    let base: Vec<Component> = base.components().collect();
    let common = path.iter().zip(&base).take_while(|(a, b)| a == b).count();
    let ups = base.len().saturating_sub(common);
    std::iter::repeat_n("..".to_string(), ups)
        .chain(
            path.get(common..)
                .unwrap_or_default()
                .iter()
                .map(|c| c.as_os_str().to_string_lossy().into_owned()),
        )
        .collect::<Vec<_>>()
        .join("/")
}

/// Decodes `%XX` escapes (a `$ref` is a URI reference); anything malformed stays as it is.
fn percent_decode(text: &str) -> String {
    if !text.contains('%') {
        return text.to_string();
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while let Some(&byte) = bytes.get(index) {
        let escaped = (byte == b'%')
            .then(|| bytes.get(index + 1..index + 3))
            .flatten()
            .and_then(|hex| std::str::from_utf8(hex).ok())
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match escaped {
            Some(decoded) => {
                out.push(decoded);
                index += 3;
            }
            None => {
                out.push(byte);
                index += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_string())
}

/// Whether a `$ref` in `text` may name another file: some `$ref` key's value does not start
/// with `#`. Conservative (a `$ref:` in prose counts), so the direct path is only taken for
/// descriptions that certainly are one file.
pub(super) fn refers_to_other_files(text: &str) -> bool {
    super::tree::ref_values_in_text(text).any(|value| !value.starts_with('#'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_told_from_paths() {
        for url in [
            "https://example.com/a.yaml",
            "http://x",
            "file:///etc/passwd",
            "//host/a",
        ] {
            assert!(is_url(url), "{url}");
        }
        for path in ["a.yaml", "./schemas/a.yaml", "../a.yaml", "dir/a:b.yaml"] {
            assert!(!is_url(path), "{path}");
        }
    }

    #[test]
    fn paths_are_joined_without_the_file_system() {
        let base = Path::new("/spec/dir");
        assert_eq!(
            lexical_join(base, Path::new("./a/../b.yaml")),
            Path::new("/spec/dir/b.yaml")
        );
        assert_eq!(
            lexical_join(base, Path::new("../../etc/passwd")),
            Path::new("/etc/passwd")
        );
        assert_eq!(
            lexical_join(base, Path::new("/etc/passwd")),
            Path::new("/etc/passwd")
        );
    }

    #[test]
    fn percent_escapes_are_decoded() {
        assert_eq!(percent_decode("/a%20b/%7Bid%7D"), "/a b/{id}");
        assert_eq!(percent_decode("100%"), "100%");
    }

    #[test]
    fn only_local_refs_keep_the_direct_path() {
        assert!(!refers_to_other_files(
            "a:\n  $ref: '#/components/schemas/A'\n"
        ));
        assert!(!refers_to_other_files("{\"$ref\": \"#/x\"}"));
        assert!(!refers_to_other_files("description: use $ref to point"));
        assert!(refers_to_other_files("a:\n  $ref: ./a.yaml\n"));
        assert!(refers_to_other_files("{\"$ref\" : \"a.json#/A\"}"));
        assert!(refers_to_other_files("a:\n  $ref:\n    '#/x'\n"));
    }
}
