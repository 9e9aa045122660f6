//! Rust items written straight as text, laid out as `prettyplease` lays out the same code.
//!
//! Most of `src/types.rs` is a few regular items per type (the struct, its `new` and
//! setters, `Default`, the `wire::object!` table). Building their tokens only for the
//! formatter to parse them back was most of generation's work, so they are written as
//! lines here. A line is kept as it is only where the formatter would keep it; an item with a
//! line this module cannot lay out with certainty (one past the margin, a doc line the
//! formatter would turn into a block comment) is handed to `prettyplease` whole, so the
//! layout is the formatter's either way. `tests/layout.rs` reformats every generated file and
//! checks that no line changes.

use proc_macro2::Literal;

use crate::diagnostics::Error;
use crate::plan::Gate;

/// The formatter's line width.
const MARGIN: usize = 89;

/// Spaces per level.
const INDENT: usize = 4;

/// One item (a struct, an `impl` block, a macro call) being written.
pub struct Item {
    text: String,
    depth: usize,
    /// A line was written that the formatter would lay out differently.
    unsure: bool,
    /// The method being written inside an `impl` block: where its text starts, and whether
    /// one of its lines is unsure.
    method: Option<(usize, bool)>,
}

impl Item {
    /// An empty item at the top level.
    pub fn new() -> Self {
        Item {
            text: String::with_capacity(1024),
            depth: 0,
            unsure: false,
            method: None,
        }
    }

    fn indent(&self) -> usize {
        self.depth * INDENT
    }

    /// Whether `width` more bytes fit on a line started at the current depth.
    fn fits(&self, width: usize) -> bool {
        self.indent() + width <= MARGIN
    }

    fn push_line(&mut self, line: &str) {
        for _ in 0..self.indent() {
            self.text.push(' ');
        }
        self.text.push_str(line);
        self.text.push('\n');
    }

    /// Marks what is being written (the method, else the item) as left to the formatter.
    fn mark_unsure(&mut self) {
        match &mut self.method {
            Some((_, unsure)) => *unsure = true,
            None => self.unsure = true,
        }
    }

    /// A line of code; past the margin, it is left to the formatter.
    pub fn line(&mut self, line: &str) {
        if !self.fits(line.len()) {
            self.mark_unsure();
        }
        self.push_line(line);
    }

    /// A line the formatter has no place to break, however long: a field or an argument
    /// holding a single literal (`json: r#"…"#,`).
    pub fn line_of_one_literal(&mut self, line: &str) {
        self.push_line(line);
    }

    /// A line that opens a block (`pub struct Name {`): what follows is one level in.
    pub fn open(&mut self, line: &str) {
        self.line(line);
        self.depth += 1;
    }

    /// A line that closes a block (`}`), one level out.
    pub fn close(&mut self, line: &str) {
        self.depth = self.depth.saturating_sub(1);
        self.line(line);
    }

    /// Doc comment lines, each the value of one `#[doc]` attribute (` text`, or empty). The
    /// formatter writes such a value as `///` and the value without trailing spaces, unless
    /// it starts with `/` or holds a line break; those, and a carriage return, which a `///`
    /// comment cannot hold, are written as attributes and left to the formatter.
    pub fn docs(&mut self, values: &[String]) {
        for value in values {
            if value.starts_with('/') || value.contains(['\n', '\r']) {
                self.mark_unsure();
                let literal = Literal::string(value).to_string();
                self.push_line(&format!("#[doc = {literal}]"));
            } else {
                self.push_line(&format!("///{}", value.trim_end_matches(' ')));
            }
        }
    }

    /// The `#[cfg]` attribute `cfg` (nothing when the item is always compiled).
    pub fn gate(&mut self, cfg: &Cfg) {
        let Some(one_line) = &cfg.one_line else {
            return;
        };
        if self.fits(one_line.len()) {
            self.push_line(one_line);
            return;
        }
        if cfg.terms.len() == 1 {
            // One feature too long for the line: rare enough to leave to the formatter.
            self.mark_unsure();
            self.push_line(one_line);
            return;
        }
        let any = format!("any({})", cfg.terms.join(", "));
        if self.fits(INDENT + any.len()) {
            self.open("#[cfg(");
            self.line(&any);
            self.close(")]");
            return;
        }
        self.open("#[cfg(");
        self.open("any(");
        let last = cfg.terms.len() - 1;
        for (index, term) in cfg.terms.iter().enumerate() {
            let comma = if index == last { "" } else { "," };
            self.line(&format!("{term}{comma}"));
        }
        self.close(")");
        self.close(")]");
    }

    /// A function's first line, `{head}({arguments}){tail}`, opening its body: on one line
    /// when it fits, else one argument a line with a trailing comma, as the formatter lays
    /// out a signature.
    pub fn open_fn(&mut self, head: &str, arguments: &[String], tail: &str) {
        let one_line = format!("{head}({}){tail}", arguments.join(", "));
        if self.fits(one_line.len()) || arguments.is_empty() {
            self.open(&one_line);
            return;
        }
        self.open(&format!("{head}("));
        for argument in arguments {
            self.line(&format!("{argument},"));
        }
        self.close(&format!("){tail}"));
        self.depth += 1;
    }

    /// A macro call as an item, `{path}!({words});`, its words separated by spaces: on one
    /// line when it fits, else the words filled into lines one level in, as the formatter
    /// fills a macro's tokens.
    pub fn macro_call(&mut self, path: &str, words: &[String]) {
        let one_line = format!("{path}!({});", words.join(" "));
        if self.fits(one_line.len()) {
            self.line(&one_line);
            return;
        }
        self.open(&format!("{path}!("));
        let mut line = String::new();
        for word in words {
            if line.is_empty() {
                line.push_str(word);
            } else if self.fits(line.len() + 1 + word.len()) {
                line.push(' ');
                line.push_str(word);
            } else {
                self.line(&line);
                line = word.clone();
            }
        }
        self.line(&line);
        self.close(");");
    }

    /// Starts a method of a top-level `impl` block: where one of its lines is unsure, the
    /// formatter lays out that method alone, not the whole block.
    pub fn begin_method(&mut self) {
        self.method = Some((self.text.len(), false));
    }

    /// Ends the method started by [`Item::begin_method`].
    pub fn end_method(&mut self) {
        let Some((start, true)) = self.method.take() else {
            return;
        };
        let wrapped = format!("impl Layout {{\n{}}}\n", &self.text[start..]);
        let Ok(file) = syn::parse_file(&wrapped) else {
            self.unsure = true;
            return;
        };
        let formatted = prettyplease::unparse(&file);
        let lines: Vec<&str> = formatted.lines().collect();
        let [_, inner @ .., _] = lines.as_slice() else {
            self.unsure = true;
            return;
        };
        self.text.truncate(start);
        for line in inner {
            self.text.push_str(line);
            self.text.push('\n');
        }
    }

    /// Leaves the item's layout to the formatter (a case this module does not lay out).
    pub fn leave_to_formatter(&mut self) {
        self.unsure = true;
    }

    /// The item's text: as written, or as the formatter lays it out where this module could
    /// not be sure of a line; `path` is the file it belongs to, for messages.
    pub fn finish(self, path: &str) -> Result<String, Error> {
        if !self.unsure {
            return Ok(self.text);
        }
        let file = syn::parse_file(&self.text).map_err(|error| Error::Emit {
            file: path.to_string(),
            message: format!("{error} in:\n{}", self.text),
        })?;
        Ok(prettyplease::unparse(&file))
    }
}

/// The `#[cfg]` attribute of a [`Gate`], spelled once for all the items it gates.
pub struct Cfg {
    /// `feature = "…"` for each feature.
    terms: Vec<String>,
    /// The attribute on one line; `None` for an item always compiled.
    one_line: Option<String>,
}

impl Cfg {
    /// The attribute for `gate`.
    pub fn new(gate: &Gate) -> Self {
        let terms: Vec<String> = gate
            .0
            .iter()
            .map(|feature| format!("feature = {}", Literal::string(feature)))
            .collect();
        let one_line = match terms.as_slice() {
            [] => None,
            [only] => Some(format!("#[cfg({only})]")),
            terms => Some(format!("#[cfg(any({}))]", terms.join(", "))),
        };
        Cfg { terms, one_line }
    }

    /// The attribute on one line (`None`: always compiled).
    pub fn one_line(&self) -> Option<&str> {
        self.one_line.as_deref()
    }
}

/// Whether `width` bytes fit on a top-level line.
pub fn fits_top_level(width: usize) -> bool {
    width <= MARGIN
}

/// `text` as a Rust string literal, escaped as `quote` writes it.
pub fn string_literal(text: &str) -> String {
    Literal::string(text).to_string()
}
