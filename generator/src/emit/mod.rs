//! Model → Rust source files: the regular items written as laid-out text (`layout`), the
//! rest as tokens built with `quote` and formatted with `prettyplease`.

mod auth;
mod construction;
mod docs;
mod examples_test;
mod layout;
mod method_examples;
mod operations;
mod pagination;
mod support;
mod testing;
mod types;
mod webhooks;

pub use method_examples::code as method_example;

use proc_macro2::{Literal, TokenStream};

use crate::diagnostics::Error;
use crate::model::{ApiModel, Tag};
use crate::plan::Plan;

/// One generated Rust file: path relative to the crate root, and contents.
pub struct RustFile {
    /// Relative path, `/`-separated.
    pub path: String,
    /// Formatted source.
    pub contents: String,
}

/// The comment every generated Rust file starts with, naming the spec it comes from (its
/// title on one line, control characters removed, so it cannot end the comment).
fn header(title: &str) -> String {
    let title: String = title
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    let title = if title.is_empty() {
        "the OpenAPI description".to_string()
    } else {
        format!("the OpenAPI description \"{title}\"")
    };
    format!("// Generated from {title} by the SDK generator. Do not edit:\n// run `cargo xtask codegen` instead.\n\n")
}

/// Puts a blank line between items that the formatter writes back to back: after a closing
/// brace or a `;` that ends an item (at the top level or one level in, as in `impl` blocks)
/// and after the module docs. Runs of `use` and `mod` declarations stay together.
fn space_out_items(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    for (index, line) in lines.iter().enumerate() {
        out.push_str(line);
        out.push('\n');
        let Some(next) = lines.get(index + 1) else {
            continue;
        };
        if next.trim().is_empty() || next.trim_start().starts_with('}') {
            continue;
        }
        let indent = line.len() - line.trim_start().len();
        let next_indent = next.len() - next.trim_start().len();
        let item_level = (indent == 0 || indent == 4) && next_indent == indent;
        let ends_block = line.trim() == "}";
        let ends_declaration =
            indent == 0 && line.ends_with(';') && !is_use_or_mod(next, &lines[index + 1..]);
        let ends_module_docs = line.starts_with("//!") && !next.starts_with("//!");
        if (item_level && (ends_block || ends_declaration)) || ends_module_docs {
            out.push('\n');
        }
    }
    out
}

/// Whether the item starting at `line` (attributes first) is a `use` or `mod` declaration.
fn is_use_or_mod(line: &str, rest: &[&str]) -> bool {
    let item = if line.starts_with("#[") {
        rest.iter()
            .find(|l| !l.starts_with("#["))
            .copied()
            .unwrap_or(line)
    } else {
        line
    };
    ["use ", "pub use ", "mod ", "pub mod ", "pub(crate) use "]
        .iter()
        .any(|start| item.starts_with(start))
}

/// Formats tokens as Rust source with `prettyplease`.
fn unparse(path: &str, tokens: TokenStream) -> Result<String, Error> {
    let file: syn::File = syn::parse2(tokens).map_err(|error| Error::Emit {
        file: path.to_string(),
        message: error.to_string(),
    })?;
    Ok(prettyplease::unparse(&file))
}

/// `text` as a raw string literal (`r#"…"#`). Doc lines and JSON examples are most of the
/// text the formatter reads back, and a raw literal is read back without unescaping it
/// character by character (it is also easier to read). Text a raw literal cannot hold (a lone
/// carriage return) falls back to an escaped literal.
fn raw_string(text: &str) -> Literal {
    let mut longest_run = 0;
    let mut run: Option<usize> = None;
    for byte in text.bytes() {
        run = match (byte, run) {
            (b'"', _) => Some(0),
            (b'#', Some(count)) => Some(count + 1),
            _ => None,
        };
        longest_run = longest_run.max(run.unwrap_or(0));
    }
    let hashes = "#".repeat(longest_run + 1);
    format!("r{hashes}\"{text}\"{hashes}")
        .parse()
        .unwrap_or_else(|_| Literal::string(text))
}

/// What a piece of a file is made of: tokens for the formatter, or an item already laid out.
pub enum Part {
    /// Tokens, formatted with `prettyplease`.
    Tokens(TokenStream),
    /// An item written as text (`layout`).
    Item(layout::Item),
}

/// The formatted text of `parts`, in order; runs of tokens are formatted together.
fn render(path: &str, parts: Vec<Part>) -> Result<String, Error> {
    let mut text = String::new();
    let mut tokens = TokenStream::new();
    for part in parts {
        match part {
            Part::Tokens(more) => tokens.extend(more),
            Part::Item(item) => {
                if !tokens.is_empty() {
                    text.push_str(&unparse(path, std::mem::take(&mut tokens))?);
                }
                text.push_str(&item.finish(path)?);
            }
        }
    }
    if !tokens.is_empty() {
        text.push_str(&unparse(path, tokens)?);
    }
    Ok(text)
}

/// A unit of emitting work: a whole file, or a slice of `src/types.rs`.
enum Piece<'m> {
    Lib,
    Config,
    OperationsMod,
    Examples,
    Testing,
    Tag(&'m Tag),
    Webhooks,
    TypesHeader,
    Types(std::ops::Range<usize>),
    TypesTail,
}

impl Piece<'_> {
    /// The file the piece belongs to.
    fn path(&self) -> String {
        match self {
            Piece::Lib => "src/lib.rs".to_string(),
            Piece::Config => "src/config.rs".to_string(),
            Piece::OperationsMod => "src/operations/mod.rs".to_string(),
            Piece::Examples => "tests/generated_examples.rs".to_string(),
            Piece::Testing => "src/testing/operations.rs".to_string(),
            Piece::Tag(tag) => format!("src/operations/{}.rs", tag.module),
            Piece::Webhooks => "src/webhooks.rs".to_string(),
            Piece::TypesHeader | Piece::Types(_) | Piece::TypesTail => "src/types.rs".to_string(),
        }
    }

    fn parts(&self, model: &ApiModel, plan: &Plan, crate_ident: &str) -> Vec<Part> {
        let tokens = match self {
            Piece::Lib => support::lib_file(model, plan),
            Piece::Config => support::config_file(model, plan),
            Piece::OperationsMod => support::operations_mod(model, plan),
            Piece::Examples => return examples_test::file(model, plan, crate_ident),
            Piece::Testing => testing::operations_file(model, plan),
            Piece::Tag(tag) => operations::tag_file(model, plan, tag, crate_ident),
            Piece::Webhooks => webhooks::webhooks_file(model, plan),
            Piece::TypesHeader => types::types_header(),
            Piece::Types(range) => return types::types_slice(model, plan, range.clone()),
            Piece::TypesTail => types::types_tail(model, plan),
        };
        vec![Part::Tokens(tokens)]
    }
}

/// Types per slice of `src/types.rs`; small enough to balance the work across threads.
const TYPES_PER_SLICE: usize = 64;

/// Every generated Rust file of the client crate (templates not included). The pieces are
/// built and formatted on all cores; the result does not depend on how they were scheduled.
pub fn rust_files(
    model: &ApiModel,
    plan: &Plan,
    crate_ident: &str,
) -> Result<Vec<RustFile>, Error> {
    let mut pieces = vec![
        Piece::TypesHeader,
        Piece::Lib,
        Piece::Config,
        Piece::OperationsMod,
        Piece::Examples,
        Piece::Testing,
    ];
    pieces.extend(model.tags.iter().map(Piece::Tag));
    if !plan.webhooks.is_empty() {
        pieces.push(Piece::Webhooks);
    }
    let count = model.types.len();
    pieces.extend(
        (0..count)
            .step_by(TYPES_PER_SLICE)
            .map(|start| Piece::Types(start..(start + TYPES_PER_SLICE).min(count))),
    );
    pieces.push(Piece::TypesTail);

    let formatted = parallel_map(&pieces, |piece| {
        render(&piece.path(), piece.parts(model, plan, crate_ident))
    });
    if formatted.len() != pieces.len() {
        return Err(Error::Emit {
            file: "src/".to_string(),
            message: "a formatting thread stopped unexpectedly".to_string(),
        });
    }
    let mut files: Vec<RustFile> = Vec::new();
    for (piece, text) in pieces.iter().zip(formatted) {
        let text = space_out_items(&text?);
        let path = piece.path();
        match files.iter_mut().find(|f| f.path == path) {
            Some(file) => {
                // Slices of one file are items too: a blank line between them.
                if !file.contents.ends_with("\n\n") && !text.is_empty() {
                    file.contents.push('\n');
                }
                file.contents.push_str(&text);
            }
            None => files.push(RustFile {
                path,
                contents: format!("{}{text}", header(&model.title)),
            }),
        }
    }
    Ok(files)
}

/// Applies `work` to every item on all available cores, keeping the order of `items`.
fn parallel_map<T: Sync, R: Send>(items: &[T], work: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(items.len())
        .max(1);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut results: Vec<(usize, R)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let index = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(item) = items.get(index) else {
                            break done;
                        };
                        done.push((index, work(item)));
                    }
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|worker| worker.join().unwrap_or_default())
            .collect()
    });
    results.sort_by_key(|(index, _)| *index);
    results.into_iter().map(|(_, result)| result).collect()
}
