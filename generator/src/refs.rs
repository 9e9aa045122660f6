//! `$ref` resolution: the one place a reference is split into JSON-pointer tokens (each
//! unescaped, `~1` → `/` and `~0` → `~`, RFC 6901) and followed, hop by hop and bounded, to
//! the item it names.

use indexmap::IndexMap;
use openapiv3::ReferenceOr;

/// How many references a chain may pass through before it is reported as too long.
pub const MAX_HOPS: usize = 48;

/// Unescapes one JSON-pointer token.
pub fn unescape(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

/// Escapes one JSON-pointer token.
pub fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// The unescaped tokens of a JSON pointer (`#/paths/~1me/get` → `["paths", "/me", "get"]`).
pub fn pointer_tokens(pointer: &str) -> Vec<String> {
    let pointer = pointer.strip_prefix('#').unwrap_or(pointer);
    if pointer.is_empty() {
        return Vec::new();
    }
    pointer.split('/').skip(1).map(unescape).collect()
}

/// The name a local reference gives in `#/components/<section>/`, unescaped; an error says
/// why the reference is not one (another file, another part of the document).
pub fn component_name(reference: &str, section: &str) -> Result<String, String> {
    if !reference.starts_with('#') {
        return Err(format!("$ref `{reference}` points to another file, which is not supported (bundle the spec into one file first, e.g. with `redocly bundle`)"));
    }
    match pointer_tokens(reference).as_slice() {
        [components, found, name] if components == "components" && found == section => {
            Ok(name.clone())
        }
        _ => Err(format!(
            "unsupported $ref `{reference}` (expected #/components/{section}/…)"
        )),
    }
}

/// Follows `item` through `#/components/<section>/…` references in `table` to an item:
/// returns the item and, if it was reached through references, the (unescaped) name of the
/// component that holds it (the last of the chain).
pub fn follow<'a, T>(
    item: &'a ReferenceOr<T>,
    section: &str,
    table: Option<&'a IndexMap<String, ReferenceOr<T>>>,
) -> Result<(&'a T, Option<String>), String> {
    let mut current = item;
    let mut holder = None;
    for _ in 0..MAX_HOPS {
        match current {
            ReferenceOr::Item(item) => return Ok((item, holder)),
            ReferenceOr::Reference { reference } => {
                let name = component_name(reference, section)?;
                current = table
                    .and_then(|t| t.get(&name))
                    .ok_or_else(|| format!("dangling $ref `{reference}`"))?;
                holder = Some(name);
            }
        }
    }
    Err("$ref chain is too long or cyclic".to_string())
}

/// [`follow`] without the component name.
pub fn resolve<'a, T>(
    item: &'a ReferenceOr<T>,
    section: &str,
    table: Option<&'a IndexMap<String, ReferenceOr<T>>>,
) -> Result<&'a T, String> {
    follow(item, section, table).map(|(item, _)| item)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_hop_is_unescaped() {
        let mut table: IndexMap<String, ReferenceOr<u8>> = IndexMap::new();
        table.insert(
            "a/b".into(),
            ReferenceOr::ref_("#/components/schemas/c~0d~1e"),
        );
        table.insert("c~d/e".into(), ReferenceOr::Item(7));
        let start = ReferenceOr::ref_("#/components/schemas/a~1b");
        assert_eq!(
            follow(&start, "schemas", Some(&table)),
            Ok((&7, Some("c~d/e".to_string())))
        );
        let other_file = ReferenceOr::<u8>::ref_("other.yaml#/X");
        assert!(follow(&other_file, "schemas", Some(&table))
            .unwrap_err()
            .contains("another file"));
        let looping = ReferenceOr::<u8>::ref_("#/components/schemas/loop");
        table.insert(
            "loop".into(),
            ReferenceOr::ref_("#/components/schemas/loop"),
        );
        assert!(follow(&looping, "schemas", Some(&table)).is_err());
        assert_eq!(pointer_tokens("#/paths/~1me/get"), ["paths", "/me", "get"]);
        assert_eq!(escape("a~/b"), "a~0~1b");
    }
}
