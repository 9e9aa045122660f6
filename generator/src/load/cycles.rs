//! Components that are only references leading back to themselves.

use std::collections::{HashMap, HashSet};

use indexmap::IndexMap;
use openapiv3::{OpenAPI, ReferenceOr};

use crate::diagnostics::{Error, Location};

/// Refuses components that are only references leading back to themselves
/// (`A: {$ref: B}`, `B: {$ref: A}`): they describe no value at all.
/// `locate` says where a pointer of the document is.
pub(super) fn check_reference_cycles(
    spec: &OpenAPI,
    locate: &dyn Fn(&str) -> Location,
) -> Result<(), Error> {
    let Some(components) = &spec.components else {
        return Ok(());
    };
    fn targets<T>(table: &IndexMap<String, ReferenceOr<T>>) -> Vec<(&str, Option<&str>)> {
        table
            .iter()
            .map(|(name, item)| {
                let reference = match item {
                    ReferenceOr::Reference { reference } => Some(reference.as_str()),
                    ReferenceOr::Item(_) => None,
                };
                (name.as_str(), reference)
            })
            .collect()
    }
    let sections = [
        ("schemas", targets(&components.schemas)),
        ("parameters", targets(&components.parameters)),
        ("responses", targets(&components.responses)),
        ("requestBodies", targets(&components.request_bodies)),
        ("headers", targets(&components.headers)),
        ("examples", targets(&components.examples)),
        ("securitySchemes", targets(&components.security_schemes)),
        ("links", targets(&components.links)),
    ];
    for (section, entries) in sections {
        let prefix = format!("#/components/{section}/");
        let next: HashMap<&str, String> = entries
            .iter()
            .filter_map(|(name, reference)| {
                let target = (*reference)?.strip_prefix(&prefix)?;
                Some((*name, target.replace("~1", "/").replace("~0", "~")))
            })
            .collect();
        let names: HashSet<&str> = entries.iter().map(|(name, _)| *name).collect();
        // Each name has at most one successor, so one walk per unvisited name finds every
        // cycle in linear time.
        let mut finished: HashSet<&str> = HashSet::new();
        for (start, _) in &entries {
            let mut chain: Vec<&str> = Vec::new();
            let mut on_chain: HashMap<&str, usize> = HashMap::new();
            let mut current: &str = start;
            loop {
                if finished.contains(current) {
                    break;
                }
                if let Some(&index) = on_chain.get(current) {
                    let mut cycle: Vec<&str> = chain.get(index..).unwrap_or_default().to_vec();
                    cycle.push(current);
                    let pointers: Vec<String> = cycle
                        .iter()
                        .map(|n| format!("{prefix}{}", crate::diagnostics::pointer_token(n)))
                        .collect();
                    let message = format!(
                        "$ref cycle with nothing in between: {}",
                        pointers.join(" → ")
                    );
                    let pointer = pointers
                        .first()
                        .map_or_else(|| "#".to_string(), |p| format!("{p}/$ref"));
                    return Err(Error::Spec {
                        location: locate(&pointer),
                        message,
                        hint: Some("each of these only refers to the next, so none describes a value; give one of them a definition (for a schema, e.g. `type: object` with properties)".to_string()),
                    });
                }
                on_chain.insert(current, chain.len());
                chain.push(current);
                match next.get(current).and_then(|t| names.get(t.as_str())) {
                    Some(target) => current = target,
                    None => break,
                }
            }
            finished.extend(chain);
        }
    }
    Ok(())
}
