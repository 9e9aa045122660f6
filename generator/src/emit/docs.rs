//! Doc comments from spec text: Markdown that rustdoc renders and never runs as doctests.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::model::{ApiModel, ResponseBody, Success, TypeId, TypeKind, TypeRef};
use crate::plan::Plan;

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

/// The `#[doc]` values for `text`, a line each (` text`, or empty between paragraphs);
/// nothing for empty text.
pub fn lines(text: &str) -> Vec<String> {
    let text = sanitize(text);
    if text.is_empty() {
        return Vec::new();
    }
    text.lines()
        .map(|line| {
            if line.is_empty() {
                String::new()
            } else {
                format!(" {line}")
            }
        })
        .collect()
}

/// `#[doc]` attributes for each line of `text` (nothing for empty text).
pub fn attrs(text: &str) -> TokenStream {
    let lines = lines(text).into_iter().map(|line| {
        let line = if line.is_empty() {
            Literal::string("")
        } else {
            super::raw_string(&line)
        };
        quote!(#[doc = #line])
    });
    quote!(#(#lines)*)
}

/// The text of several optional paragraphs, joined.
fn joined(parts: &[Option<&str>]) -> String {
    let text: Vec<&str> = parts
        .iter()
        .flatten()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect();
    text.join("\n\n")
}

/// Doc attributes joining several optional paragraphs.
pub fn paragraphs(parts: &[Option<&str>]) -> TokenStream {
    attrs(&joined(parts))
}

/// The `#[doc]` values of several optional paragraphs, joined.
pub fn paragraph_lines(parts: &[Option<&str>]) -> Vec<String> {
    lines(&joined(parts))
}

/// What a type the spec does not describe is, said by where it is used: "The request body
/// of [`Client::create_ticket`]." or "Part of [`Ticket`].", naming at most three users.
pub fn usage(model: &ApiModel, plan: &Plan, id: TypeId) -> String {
    let method_link = |name: &str| format!("[`Client::{name}`](crate::Client::{name})");
    let mut uses: Vec<String> = Vec::new();
    for (operation, method) in model.operations.iter().zip(&plan.methods) {
        let link = || method_link(&method.name);
        if let Some(body) = &operation.body {
            if holds(&body.ty, id) {
                uses.push(format!("the request body of {}", link()));
            }
        }
        let returned = match &operation.success {
            Success::Single(ResponseBody::Json(ty)) => holds(ty, id),
            Success::Single(_) => false,
            Success::ByStatus { variants, .. } => variants
                .iter()
                .any(|(_, _, body)| matches!(body, ResponseBody::Json(ty) if holds(ty, id))),
        };
        if returned {
            uses.push(format!("what {} returns", link()));
        }
        if operation.params.iter().any(|param| holds(&param.ty, id)) {
            uses.push(format!("a parameter of {}", link()));
        }
    }
    for (other, def) in model.types.iter().enumerate() {
        let Some(name) = plan.names.get(other).filter(|_| other != id) else {
            continue;
        };
        let used = match &def.kind {
            TypeKind::Struct(fields) => fields.iter().any(|f| holds(&f.ty, id)),
            TypeKind::Union(union) => union.variants.iter().any(|v| holds(&v.ty, id)),
            TypeKind::Alias(ty) => holds(ty, id),
            TypeKind::Enum(_) => false,
        };
        if used {
            let what = match def.kind {
                TypeKind::Union(_) => "an alternative of",
                TypeKind::Alias(_) => "what this alias names:",
                _ => "part of",
            };
            uses.push(format!("{what} [`{name}`]"));
        }
    }
    uses.dedup();
    let listed = match uses.as_slice() {
        [] => return "A type of the API description that no operation uses.".to_string(),
        [one] => one.clone(),
        [first, second] => format!("{first} and {second}"),
        [first, second, third] => format!("{first}, {second} and {third}"),
        [first, second, rest @ ..] => {
            format!("{first}, {second} and {} more places", rest.len())
        }
    };
    let mut chars = listed.chars();
    let first = chars.next().map(|c| c.to_uppercase().to_string());
    format!("{}{}.", first.unwrap_or_default(), chars.as_str())
}

/// Whether a value of `ty` holds type `id` itself, or a list or map of it.
fn holds(ty: &TypeRef, id: TypeId) -> bool {
    match ty {
        TypeRef::Named(named) => *named == id,
        TypeRef::Array(inner) | TypeRef::Map(inner) => holds(inner, id),
        _ => false,
    }
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
