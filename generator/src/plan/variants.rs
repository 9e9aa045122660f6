//! Union variants: short names, and the `From` conversions that pick a variant.
//!
//! Lowering names a variant after the type it holds (`AdminReplyTicketRequest`), a title or a
//! tag value. Inside `ReplyTicketRequest` the words the union's own name already says are
//! noise, so they are dropped from either end: `ReplyTicketRequest::Admin`,
//! `ContactSearchRequestQuery::SingleFilter`. A name is kept whole when nothing would be left,
//! or when shortening would make two variants alike.

use crate::model::{ApiModel, TypeId, TypeRef, Union};
use crate::names::{pascal_words, Namespace};
use crate::plan::resolved;

/// What a union converts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conversion {
    /// `From<payload>`: the payload type of the variant at this index (no other variant
    /// holds the same type).
    Payload(usize),
    /// `From<&str>` into the string variant at this index.
    Str(usize),
    /// `From<i32>` into the `i64` or `f64` variant at this index (no `i32` variant exists).
    I32(usize),
}

/// Words that cannot start a name (`OrUpdate` left of `CreateOrUpdateTagRequest`).
const CONNECTORS: &[&str] = &[
    "Or", "And", "Of", "With", "By", "For", "To", "From", "In", "On",
];

/// How many words `a` and `b` share at their start.
fn common_prefix(a: &[&str], b: &[&str]) -> usize {
    a.iter().zip(b).take_while(|(x, y)| x == y).count()
}

/// How many words `a` and `b` share at their end.
fn common_suffix(a: &[&str], b: &[&str]) -> usize {
    a.iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count()
}

/// Whether `run` appears, in order and contiguous, among `words`.
fn contains_run(words: &[&str], run: &[&str]) -> bool {
    !run.is_empty() && words.windows(run.len()).any(|window| window == run)
}

/// `words[start..end]` joined, with the word before a leading connector kept
/// (`CreateOrUpdate`); `None` when nothing is left or nothing was cut.
fn cut(words: &[&str], mut start: usize, end: usize) -> Option<String> {
    while start > 0 && start < end && CONNECTORS.contains(&words[start]) {
        start -= 1;
    }
    (start < end && (start > 0 || end < words.len())).then(|| words[start..end].concat())
}

/// `name` without what it repeats of the union's name: the union's leading words (two or
/// more, so a shared first word such as `Custom` stays) and its trailing words
/// (`AdminReplyTicketRequest` in `ReplyTicketRequest` → `Admin`).
fn shortened(name: &str, union: &[&str]) -> Option<String> {
    let words = pascal_words(name);
    let prefix = common_prefix(&words, union);
    let prefix = if prefix >= 2 { prefix } else { 0 };
    let suffix = common_suffix(&words, union).min(words.len() - prefix);
    cut(&words, prefix, words.len() - suffix)
}

/// `names` without the trailing words they all share, when the union's name has those words
/// too (`SingleFilterSearchRequest`, `MultipleFilterSearchRequest` in
/// `ContactSearchRequestQuery` → `SingleFilter`, `MultipleFilter`).
fn without_shared_suffix(names: &[String], union: &[&str]) -> Option<Vec<String>> {
    let split: Vec<Vec<&str>> = names.iter().map(|n| pascal_words(n)).collect();
    let (first, rest) = split.split_first()?;
    let shared = rest.iter().map(|other| common_suffix(first, other)).min()?;
    let run = (1..=shared)
        .rev()
        .find(|&len| contains_run(union, &first[first.len() - len..]))?;
    split
        .iter()
        .map(|words| cut(words, 0, words.len() - run))
        .collect()
}

/// `names` without the leading words they all share, when the union's name has each of
/// those words too (`ContactReplyTicketEmail`, `ContactReplyTicketUserId` in
/// `ReplyTicketRequestContact` → `Email`, `UserId`).
fn without_shared_prefix(names: &[String], union: &[&str]) -> Option<Vec<String>> {
    let split: Vec<Vec<&str>> = names.iter().map(|n| pascal_words(n)).collect();
    let (first, rest) = split.split_first()?;
    if rest.is_empty() {
        return None;
    }
    let shared = rest.iter().map(|other| common_prefix(first, other)).min()?;
    let run = (1..=shared)
        .rev()
        .find(|&len| first[..len].iter().all(|word| union.contains(word)))?;
    split
        .iter()
        .map(|words| cut(words, run, words.len()))
        .collect()
}

/// The final variant names of `union`, a union named `union_name`; `names` are the final
/// type names.
pub(super) fn variant_names(
    model: &ApiModel,
    names: &[String],
    union_name: &str,
    union: &Union,
) -> Vec<String> {
    let union_words = pascal_words(union_name);
    // The name each variant starts from: the final name of the type it holds when lowering
    // named it after that type, else lowering's name (a title, a value, a JSON kind).
    let full: Vec<String> = union
        .variants
        .iter()
        .map(|variant| match &variant.ty {
            TypeRef::Named(id)
                if model
                    .types
                    .get(*id)
                    .is_some_and(|def| variant.name.starts_with(&def.name)) =>
            {
                names
                    .get(*id)
                    .cloned()
                    .unwrap_or_else(|| variant.name.clone())
            }
            _ => variant.name.clone(),
        })
        .collect();
    let mut short: Vec<String> = full
        .iter()
        .map(|name| shortened(name, &union_words).unwrap_or_else(|| name.clone()))
        .collect();
    if let Some(shorter) = without_shared_suffix(&short, &union_words) {
        short = shorter;
    }
    if let Some(shorter) = without_shared_prefix(&short, &union_words) {
        short = shorter;
    }
    // `Unknown` is the catch-all; `Self` (left of `TicketSelf` in `Ticket`) is a keyword.
    let mut taken = Namespace::with_reserved(&["Unknown", "Self"]);
    short
        .iter()
        .zip(&full)
        .map(|(name, full)| {
            let alike = short.iter().filter(|other| *other == name).count() > 1;
            taken.claim(if alike { full } else { name }).0
        })
        .collect()
}

/// The conversions `union` gets: from each payload type exactly one variant holds (aliases
/// followed, so two spellings of one type never give two impls), and from `&str` and `i32`
/// where a string or wider number variant takes them. `own` is the union's id.
pub(super) fn conversions(model: &ApiModel, own: TypeId, union: &Union) -> Vec<Conversion> {
    let payloads: Vec<&TypeRef> = union
        .variants
        .iter()
        .map(|v| resolved(model, &v.ty))
        .collect();
    let count = |ty: &TypeRef| payloads.iter().filter(|p| **p == ty).count();
    let mut out = Vec::new();
    for (index, payload) in payloads.iter().enumerate() {
        // `From<Value>` would take any JSON; `From<Self>` exists already.
        if count(payload) != 1
            || matches!(payload, TypeRef::Json)
            || **payload == TypeRef::Named(own)
        {
            continue;
        }
        out.push(Conversion::Payload(index));
        match payload {
            TypeRef::String => out.push(Conversion::Str(index)),
            TypeRef::Int64 if count(&TypeRef::Int32) == 0 => out.push(Conversion::I32(index)),
            TypeRef::Float if count(&TypeRef::Int32) == 0 && count(&TypeRef::Int64) == 0 => {
                out.push(Conversion::I32(index))
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_what_the_union_name_repeats() {
        let union = pascal_words("ReplyTicketRequest");
        assert_eq!(
            shortened("AdminReplyTicketRequest", &union).as_deref(),
            Some("Admin")
        );
        assert_eq!(shortened("TicketRequest", &union), None);
        assert_eq!(shortened("Admin", &union), None);
        let union = pascal_words("CreateTagRequest");
        assert_eq!(
            shortened("CreateOrUpdateTagRequest", &union).as_deref(),
            Some("CreateOrUpdate")
        );
        assert_eq!(
            shortened("TagCompanyRequest", &union).as_deref(),
            Some("TagCompany")
        );
        let union = pascal_words("CustomAttributesInnerValue");
        assert_eq!(shortened("CustomObjectInstanceList", &union), None);
        let union = pascal_words("ContactSearchRequestQuery");
        let names = ["SingleFilterSearchRequest", "MultipleFilterSearchRequest"].map(String::from);
        assert_eq!(
            without_shared_suffix(&names, &union).unwrap(),
            ["SingleFilter", "MultipleFilter"]
        );
        assert_eq!(pascal_words("V2Ticket"), ["V2", "Ticket"]);
        let union = pascal_words("ReplyTicketRequestContact");
        let names = ["ContactReplyTicketEmail", "ContactReplyTicketUserId"].map(String::from);
        assert_eq!(
            without_shared_prefix(&names, &union).unwrap(),
            ["Email", "UserId"]
        );
        let names = ["AdminReply", "AdminNote"].map(String::from);
        assert_eq!(
            without_shared_prefix(&names, &union),
            None,
            "`Admin` is not in the union's name"
        );
    }
}
