//! Generates an idiomatic Rust client crate from an OpenAPI 3.0 description.
//!
//! The pipeline is a chain of pure stages, with I/O only at the edges:
//!
//! 1. [`load`]: YAML or JSON text → `openapiv3::OpenAPI`, with located errors;
//! 2. [`lower`]: spec → [`model::ApiModel`] (named types and operations, refs resolved);
//! 3. [`plan`]: model → [`plan::Plan`], the Rust API: final names, field and argument types,
//!    method names and signatures, feature gates, pagination paths;
//! 4. [`emit`]: plan → Rust source (regular items as laid-out text, the rest as `quote`
//!    tokens formatted with `prettyplease`), and
//!    [`diff`]: plan → the API surface file;
//! 5. [`templates`]: the crate's `Cargo.toml` and `README.md` (tera) and runtime modules;
//! 6. [`output`]: the files written atomically, or compared with a committed crate.

pub mod diagnostics;
pub mod diff;
pub mod emit;
pub mod load;
pub mod lower;
pub mod model;
pub mod names;
pub mod output;
pub mod plan;
pub mod refs;
pub mod runtime;
pub mod templates;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub use diagnostics::{Error, Warning};
pub use output::OutputFile;

/// What to generate.
#[derive(Debug, Clone)]
pub struct Options {
    /// Package name of the generated crate (`intercom-client`).
    pub crate_name: String,
    /// Package version of the generated crate.
    pub crate_version: String,
    /// Turn every warning into an error.
    pub strict: bool,
    /// The directory tree that `$ref`s to other files may read from [default: the spec
    /// file's directory]; nothing outside it is read.
    pub ref_root: Option<PathBuf>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            crate_name: "intercom-client".to_string(),
            crate_version: "0.1.0".to_string(),
            strict: false,
            ref_root: None,
        }
    }
}

/// How long each stage took.
#[derive(Debug, Clone, Copy, Default)]
pub struct Timings {
    /// Parsing the text into `openapiv3` types, plus any wait for the duplicate-key scan that
    /// runs beside parsing and lowering when the text was not checked as it was parsed.
    pub load: Duration,
    /// Building the model.
    pub lower: Duration,
    /// Deciding the Rust API (names, types, signatures).
    pub plan: Duration,
    /// Building tokens and formatting them, and the API surface file.
    pub emit: Duration,
    /// Rendering templates.
    pub templates: Duration,
}

/// A generated crate, in memory.
#[derive(Debug)]
pub struct Generated {
    /// Every file, including the manifest, in a stable order.
    pub files: Vec<OutputFile>,
    /// What the generator worked around.
    pub warnings: Vec<Warning>,
    /// The model the files were generated from.
    pub model: model::ApiModel,
    /// The Rust API the files spell out.
    pub plan: plan::Plan,
    /// Number of operations in the spec.
    pub spec_operations: usize,
    /// Number of schemas under `components/schemas`.
    pub spec_schemas: usize,
    /// Time per stage.
    pub timings: Timings,
}

/// Generates a crate from the spec file at `path`.
pub fn generate_from_file(path: &Path, options: &Options) -> Result<Generated, Error> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })?;
    generate_from_text(&text, Some(path), options)
}

/// Generates a crate from spec text (YAML or JSON); `file` is used in messages.
pub fn generate_from_text(
    text: &str,
    file: Option<&Path>,
    options: &Options,
) -> Result<Generated, Error> {
    if let Some(message) = names::crate_name_problem(&options.crate_name) {
        return Err(Error::Option {
            option: "crate name",
            value: options.crate_name.clone(),
            message,
        });
    }
    if let Some(message) = names::crate_version_problem(&options.crate_version) {
        return Err(Error::Option {
            option: "crate version",
            value: options.crate_version.clone(),
            message,
        });
    }
    let started = Instant::now();
    let loaded = load::load(text, file, options.ref_root.as_deref())?;
    let mut load = started.elapsed();

    let started = Instant::now();
    let (model, lower_warnings) = lower::lower(&loaded.spec);
    let lower = started.elapsed();
    // The duplicate-key scan ran beside parsing and lowering; waiting for the rest is loading.
    let started = Instant::now();
    let (spec, mut warnings, sources) = loaded.finish()?;
    load += started.elapsed();
    warnings.extend(lower_warnings.into_iter().map(|w| sources.relocate(w)));
    if options.strict {
        if let Some(first) = warnings.first() {
            return Err(Error::Strict {
                file: file.map(Path::to_path_buf),
                count: warnings.len(),
                first: first.clone(),
            });
        }
    }

    let spec_operations = spec
        .paths
        .paths
        .values()
        .filter_map(|item| item.as_item())
        .map(|item| item.iter().count())
        .sum();
    let spec_schemas = spec.components.as_ref().map_or(0, |c| c.schemas.len());

    let started = Instant::now();
    let plan = plan::plan(&model, &options.crate_name);
    let plan_time = started.elapsed();

    let started = Instant::now();
    let crate_ident = options.crate_name.replace('-', "_");
    // The parsed spec (a few hundred thousand small allocations) is freed beside emit, whose
    // workers allocate from their own arenas, instead of on the way to it.
    let (rust_files, surface) = std::thread::scope(|scope| {
        scope.spawn(move || drop(spec));
        let rust_files = emit::rust_files(&model, &plan, &crate_ident);
        (rust_files, diff::surface_file(&model, &plan))
    });
    let rust_files = rust_files?;
    let emit = started.elapsed();

    let started = Instant::now();
    let mut files: Vec<OutputFile> =
        templates::render_crate_files(&model, &plan, &options.crate_name, &options.crate_version)?
            .into_iter()
            .map(|(path, contents)| OutputFile { path, contents })
            .collect();
    let templates = started.elapsed();
    let signature = plan
        .webhooks_feature()
        .is_some()
        .then_some(&runtime::SIGNATURE_MODULE);
    for (name, contents) in runtime::RUNTIME_MODULES.iter().chain(signature) {
        files.push(OutputFile {
            path: format!("src/{name}.rs"),
            contents: contents.to_string(),
        });
    }
    files.push(OutputFile {
        path: "src/testing.rs".to_string(),
        contents: runtime::TESTING_MODULE.to_string(),
    });
    files.extend(rust_files.into_iter().map(|f| OutputFile {
        path: f.path,
        contents: f.contents,
    }));
    files.push(surface);
    files.sort_by(|a, b| a.path.cmp(&b.path));
    files.push(manifest(&sources.digest(text), &files));

    Ok(Generated {
        files,
        warnings,
        model,
        plan,
        spec_operations,
        spec_schemas,
        timings: Timings {
            load,
            lower,
            plan: plan_time,
            emit,
            templates,
        },
    })
}

/// The manifest; `spec_digest` is the SHA-256 of the spec (of all its files).
fn manifest(spec_digest: &str, files: &[OutputFile]) -> OutputFile {
    let mut contents = String::from(
        "# Written by the generator: the files it owns (and removes when they no longer belong).\n",
    );
    contents.push_str(&format!("spec-sha256 {spec_digest}\n"));
    for file in files {
        contents.push_str(&format!("file {}\n", file.path));
    }
    contents.push_str(&format!("file {}\n", output::MANIFEST));
    OutputFile {
        path: output::MANIFEST.to_string(),
        contents,
    }
}
