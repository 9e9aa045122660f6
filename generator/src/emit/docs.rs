//! Doc comments from spec text: Markdown that rustdoc renders and never runs as doctests.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

/// Rewrites spec Markdown so rustdoc treats it as documentation only: fenced blocks get the
/// `text` language unless they name one, and indentation that Markdown would read as a code
/// block (compiled as a doctest) is removed.
pub fn sanitize(text: &str) -> String {
    let mut out = Vec::new();
    let mut in_fence = false;
    for line in text.replace("\r\n", "\n").lines() {
        let trimmed = line.trim_start();
        if let Some(info) = trimmed.strip_prefix("```") {
            if in_fence {
                out.push("```".to_string());
            } else {
                let language = info.trim();
                let language = if language.is_empty() || language == "rust" {
                    "text"
                } else {
                    language
                };
                out.push(format!("```{language}"));
            }
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            out.push(line.trim_end().to_string());
            continue;
        }
        let line = trimmed.trim_end();
        // A plain line right after a list item would be a lazy continuation of it.
        let after_list_item = out.last().is_some_and(|previous| is_list_item(previous));
        if after_list_item && !line.is_empty() && !is_list_item(line) {
            out.push(String::new());
        }
        out.push(line.to_string());
    }
    if in_fence {
        out.push("```".to_string());
    }
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    while out.first().is_some_and(|l| l.is_empty()) {
        out.remove(0);
    }
    out.join("\n")
}

fn is_list_item(line: &str) -> bool {
    let unordered = ["- ", "* ", "+ "]
        .iter()
        .any(|marker| line.starts_with(marker));
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    let ordered = digits > 0 && line[digits..].starts_with(". ");
    unordered || ordered
}

/// `#[doc]` attributes for each line of `text` (nothing for empty text).
pub fn attrs(text: &str) -> TokenStream {
    let text = sanitize(text);
    if text.is_empty() {
        return TokenStream::new();
    }
    let lines = text.lines().map(|line| {
        let line = if line.is_empty() {
            Literal::string("")
        } else {
            super::raw_string(&format!(" {line}"))
        };
        quote!(#[doc = #line])
    });
    quote!(#(#lines)*)
}

/// Doc attributes joining several optional paragraphs.
pub fn paragraphs(parts: &[Option<&str>]) -> TokenStream {
    let text: Vec<&str> = parts
        .iter()
        .flatten()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect();
    attrs(&text.join("\n\n"))
}

#[cfg(test)]
mod tests {
    use super::sanitize;

    #[test]
    fn code_never_becomes_a_doctest() {
        assert_eq!(sanitize("a\n\n    indented\nb"), "a\n\nindented\nb");
        assert_eq!(sanitize("```\nx\n```"), "```text\nx\n```");
        assert_eq!(sanitize("```json\n  {}\n```"), "```json\n  {}\n```");
        assert_eq!(sanitize("```\nunclosed"), "```text\nunclosed\n```");
        assert_eq!(sanitize("- a\n- b\nafter"), "- a\n- b\n\nafter");
    }
}
