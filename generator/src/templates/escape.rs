//! Spec text made safe for the files it lands in. A spec is untrusted input: its title,
//! version, tag names and paths reach the generated `Cargo.toml` and `README.md`, and none of
//! them may end the string, table cell or code span it is placed in.
//!
//! Each function here is a tera filter of the same name (see [`register`]), so the templates
//! say at every use which context a value is written into.

use std::collections::HashMap;
use std::fmt::Write;

use tera::{Tera, Value};

/// Registers the escaping filters on `tera`.
pub fn register(tera: &mut Tera) {
    tera.register_filter("toml_string", filter(toml_string));
    tera.register_filter("toml_key", filter(toml_key));
    tera.register_filter("md_text", filter(markdown_text));
    tera.register_filter("md_code", filter(markdown_code));
}

fn filter(
    escape: fn(&str) -> String,
) -> impl Fn(&Value, &HashMap<String, Value>) -> tera::Result<Value> + Send + Sync {
    move |value, _| match value {
        Value::String(text) => Ok(Value::String(escape(text))),
        other => Err(tera::Error::msg(format!(
            "an escaping filter was given {other}, not a string"
        ))),
    }
}

/// A TOML basic string, quotes included: `"`, `\` and every control character are escaped,
/// so the value always parses back to exactly `text`.
pub fn toml_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A TOML key: bare when it is made only of ASCII letters, digits, `-` and `_` (the feature
/// names the generator derives), a quoted string otherwise.
pub fn toml_key(text: &str) -> String {
    let bare = !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if bare {
        text.to_string()
    } else {
        toml_string(text)
    }
}

/// Text for the middle of a Markdown line or a table cell: one line, control characters
/// dropped, and every character that can open markup inside a line backslash-escaped (`<`
/// and `&` included, so no raw HTML or entity reaches the page).
pub fn markdown_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in one_line(text).chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// An inline code span, backticks included, that is safe in a table cell: one line, `|`
/// escaped (GitHub-flavoured tables split cells on it even inside code), and delimited by a
/// run of backticks longer than any inside the text.
pub fn markdown_code(text: &str) -> String {
    let text = one_line(text).replace('|', "\\|");
    let longest_run = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest_run + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{text}{pad}{fence}")
}

/// `text` on one line: line breaks and tabs become spaces, other control characters go. Cargo
/// hands the package description to rustc in an environment variable, which cannot hold NUL.
pub fn one_line(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\n' | '\r' | '\t' => Some(' '),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toml_strings_escape_quotes_backslashes_and_controls() {
        assert_eq!(
            toml_string("a\"b\\c\nd\u{0}e\u{7f}"),
            r#""a\"b\\c\nd\u0000e\u007F""#
        );
        assert_eq!(toml_string("café ☕"), "\"café ☕\"");
    }

    #[test]
    fn toml_keys_are_bare_only_when_safe() {
        assert_eq!(toml_key("ticket_types"), "ticket_types");
        assert_eq!(toml_key("a = 1\n[b]"), r#""a = 1\n[b]""#);
        assert_eq!(toml_key(""), r#""""#);
    }

    #[test]
    fn markdown_text_cannot_open_html_or_cells() {
        assert_eq!(
            markdown_text("<img src=x>|**b**\nnext [l](u)"),
            r"\<img src=x\>\|\*\*b\*\* next \[l\](u)"
        );
    }

    #[test]
    fn markdown_code_outfences_the_text() {
        assert_eq!(markdown_code("GET /a"), "`GET /a`");
        assert_eq!(markdown_code("a``b|c"), "```a``b\\|c```");
        assert_eq!(markdown_code("`x"), "`` `x ``");
    }
}
