//! Errors and warnings reported while generating.

use std::fmt;
use std::path::PathBuf;

/// Where in the input a problem was found.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Location {
    /// The spec file, when the input came from one.
    pub file: Option<PathBuf>,
    /// 1-based line and column, when the parser reported one.
    pub line_column: Option<(usize, usize)>,
    /// JSON pointer into the document (`#/paths/~1me/get`), when known.
    pub pointer: Option<String>,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts = Vec::new();
        match (&self.file, self.line_column) {
            (Some(file), Some((line, column))) => {
                parts.push(format!("{}:{line}:{column}", file.display()))
            }
            (Some(file), None) => parts.push(file.display().to_string()),
            (None, Some((line, column))) => parts.push(format!("line {line}, column {column}")),
            (None, None) => {}
        }
        if let Some(pointer) = &self.pointer {
            parts.push(format!("at {pointer}"));
        }
        f.write_str(&parts.join(" "))
    }
}

/// A fatal problem: nothing is generated.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The spec file could not be read.
    #[error("cannot read {path}: {source}\n  hint: {}", read_hint(source))]
    Read {
        /// The file that was asked for.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// The document is not a valid OpenAPI 3.0 description.
    #[error("{location}: {message}{}", hint.as_ref().map(|h| format!("\n  hint: {h}")).unwrap_or_default())]
    Spec {
        /// Where the problem is.
        location: Location,
        /// What is wrong.
        message: String,
        /// How to fix it, when there is an obvious way.
        hint: Option<String>,
    },
    /// An option is unusable (a crate name Cargo would refuse, say).
    #[error("invalid {option} `{value}`: {message}")]
    Option {
        /// Which option.
        option: &'static str,
        /// The value given.
        value: String,
        /// What is wrong with it.
        message: String,
    },
    /// A warning was raised while `strict` mode was on.
    #[error("{}{count} warning(s), which --strict makes errors; the first: {first}\n  hint: fix the spec where the pointer says, or generate without --strict to accept the workaround", file.as_ref().map(|f| format!("{}: ", f.display())).unwrap_or_default())]
    Strict {
        /// The spec file, when the input came from one.
        file: Option<PathBuf>,
        /// How many warnings there were.
        count: usize,
        /// The first of them.
        first: Warning,
    },
    /// Writing the output failed; the output directory was left as it was.
    #[error("cannot write {path}: {message}")]
    Write {
        /// The file or directory concerned.
        path: PathBuf,
        /// What went wrong.
        message: String,
    },
    /// A template could not be rendered.
    #[error("template {name}: {message}")]
    Template {
        /// Template name.
        name: String,
        /// The renderer's message.
        message: String,
    },
    /// The emitted Rust did not parse (a generator bug, reported instead of panicking).
    #[error("generated code for {file} does not parse: {message}")]
    Emit {
        /// The file being produced.
        file: String,
        /// The parser's message.
        message: String,
    },
}

/// What to do about a file that cannot be read.
fn read_hint(error: &std::io::Error) -> &'static str {
    match error.kind() {
        std::io::ErrorKind::NotFound => {
            "check the path (a relative path is resolved from the current directory)"
        }
        std::io::ErrorKind::PermissionDenied => "check the file's permissions",
        std::io::ErrorKind::IsADirectory => "give the path of the spec file, not of a directory",
        std::io::ErrorKind::InvalidData => {
            "the spec must be UTF-8 text (YAML or JSON); re-save it as UTF-8"
        }
        _ => "check that the path names a readable YAML or JSON file",
    }
}

/// A problem the generator worked around; it names where and what it did instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// JSON pointer of the offending node.
    pub pointer: String,
    /// What was wrong and how it was handled.
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.pointer, self.message)
    }
}

/// Escapes one reference token of a JSON pointer (RFC 6901).
pub fn pointer_token(token: &str) -> String {
    crate::refs::escape(token)
}
