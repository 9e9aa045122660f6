//! Typing a YAML spec in sections on every core, checking for repeated keys as it goes.
//!
//! The YAML parser reads about 25 MB/s and the duplicate-key scan is a second full parse, so
//! on the preview (1.5 MB) loading was the longest serial stage. Here a large text is cut
//! ([`super::split`]) into runs of `paths` and `components` entries, each typed on its own
//! through [`unique_keys`], and the runs are put back in order into the rest of the
//! document. The result is the spec that typing the text whole gives. Where that is not
//! certain, this gives `None` and the caller parses the text whole and scans it: a text that
//! cannot be cut, a section or the rest that does not parse (an anchor used across sections,
//! a value cut in two, any error at all), a repeated key anywhere (also across sections),
//! or a section whose entries are not the ones the cut counted.

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicUsize, Ordering};

use openapiv3::{Components, OpenAPI, Paths};
use serde::Deserialize;

use super::split::{self, Cut, Mapping, Section};
use super::unique_keys::{self, Watch};

/// Below this size a text is typed whole on one thread.
const PARALLEL_BYTES: usize = 128 * 1024;

/// The smallest section worth a parse of its own.
const MIN_SECTION_BYTES: usize = 32 * 1024;

/// Sections per thread, so that threads finishing early take more.
const SECTIONS_PER_THREAD: usize = 8;

/// The spec in `text` (YAML, OpenAPI 3.0) with no mapping repeating a key, or `None` when
/// the text must be parsed and scanned whole to say what is wrong with it.
pub(super) fn parse(text: &str) -> Option<OpenAPI> {
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let section_bytes = (text.len() / (threads * SECTIONS_PER_THREAD)).max(MIN_SECTION_BYTES);
    let cut = (threads > 1 && text.len() >= PARALLEL_BYTES)
        .then(|| split::cut(text, section_bytes))
        .flatten();
    match cut {
        None => type_checked(text, None),
        Some(cut) => parse_cut(&cut, threads),
    }
}

/// The spec put together from `cut`'s rest and sections, typed on `threads` threads.
fn parse_cut(cut: &Cut, threads: usize) -> Option<OpenAPI> {
    let next = AtomicUsize::new(0);
    let take_sections = || {
        let mut parsed = Vec::new();
        loop {
            let index = next.fetch_add(1, Ordering::Relaxed);
            let Some(section) = cut.sections.get(index) else {
                return parsed;
            };
            parsed.push((index, parse_section(section)));
        }
    };
    let (rest, mut parsed) = std::thread::scope(|scope| {
        let helpers: Vec<_> = (1..threads.min(cut.sections.len()))
            .map(|_| scope.spawn(take_sections))
            .collect();
        let rest = type_checked::<OpenAPI>(&cut.rest, None);
        let mut parsed = Some(take_sections());
        for helper in helpers {
            match (helper.join(), &mut parsed) {
                (Ok(theirs), Some(parsed)) => parsed.extend(theirs),
                _ => parsed = None,
            }
        }
        Some((rest, parsed?))
    })?;
    let mut spec = rest?;
    parsed.sort_unstable_by_key(|(index, _)| *index);
    // Every key of a cut mapping's entries, as compared: one may not repeat across sections.
    let mut keys: HashMap<Mapping, HashSet<String>> = HashMap::new();
    for (_, section) in parsed {
        let (mapping, contents, section_keys) = section?;
        let seen = keys.entry(mapping).or_default();
        for key in section_keys {
            if !seen.insert(key) {
                return None;
            }
        }
        // The keys differ (the rest holds none of a cut mapping's), so nothing is replaced.
        match contents {
            Contents::Paths(paths) => merge_paths(&mut spec.paths, paths),
            Contents::Components(components) => merge_components(
                spec.components.get_or_insert_with(Components::default),
                *components,
            ),
        }
    }
    Some(spec)
}

/// What a section typed to.
enum Contents {
    Paths(Paths),
    Components(Box<Components>),
}

/// A section of `paths` entries, as a document.
#[derive(Deserialize)]
struct PathsSection {
    paths: Paths,
}

/// A section of one `components` mapping's entries, as a document.
#[derive(Deserialize)]
struct ComponentsSection {
    components: Components,
}

/// A section typed, with the keys of its entries; `None` when it does not parse, repeats a
/// key or holds other entries than the cut counted.
fn parse_section(section: &Section) -> Option<(Mapping, Contents, Vec<String>)> {
    let watch = Watch::at(section.mapping.depth());
    let contents = match section.mapping {
        Mapping::Paths => {
            Contents::Paths(type_checked::<PathsSection>(&section.text, Some(&watch))?.paths)
        }
        Mapping::Components(_) => Contents::Components(Box::new(
            type_checked::<ComponentsSection>(&section.text, Some(&watch))?.components,
        )),
    };
    let keys = watch.into_keys();
    (keys.len() == section.entries).then_some((section.mapping, contents, keys))
}

/// `text` typed as `T` with no repeated key, or `None`.
fn type_checked<T: serde::de::DeserializeOwned>(text: &str, watch: Option<&Watch>) -> Option<T> {
    unique_keys::deserialize(serde_norway::Deserializer::from_str(text), watch).ok()
}

fn merge_paths(into: &mut Paths, from: Paths) {
    let Paths { paths, extensions } = from;
    into.paths.extend(paths);
    into.extensions.extend(extensions);
}

fn merge_components(into: &mut Components, from: Components) {
    let Components {
        schemas,
        responses,
        parameters,
        examples,
        request_bodies,
        headers,
        security_schemes,
        links,
        callbacks,
        extensions,
    } = from;
    into.schemas.extend(schemas);
    into.responses.extend(responses);
    into.parameters.extend(parameters);
    into.examples.extend(examples);
    into.request_bodies.extend(request_bodies);
    into.headers.extend(headers);
    into.security_schemes.extend(security_schemes);
    into.links.extend(links);
    into.callbacks.extend(callbacks);
    into.extensions.extend(extensions);
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use super::*;

    /// `../shared` beside the repository, or `$SHARED_DIR`.
    fn shared_dir() -> PathBuf {
        std::env::var_os("SHARED_DIR").map_or_else(
            || Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared"),
            PathBuf::from,
        )
    }

    /// Our spec, every official version and the corpus's large YAML specs.
    fn large_specs() -> Vec<PathBuf> {
        let mut specs = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs/intercom.yaml")];
        let shared = shared_dir();
        if let Ok(versions) = std::fs::read_dir(shared.join("intercom-openapi")) {
            specs.extend(
                versions
                    .flatten()
                    .map(|v| v.path().join("api.intercom.io.yaml")),
            );
        }
        if let Ok(corpus) = std::fs::read_dir(shared.join("openapi-corpus")) {
            specs.extend(corpus.flatten().map(|e| e.path()).filter(|path| {
                path.extension().is_some_and(|e| e == "yaml")
                    && std::fs::metadata(path).is_ok_and(|m| m.len() >= PARALLEL_BYTES as u64)
            }));
        }
        specs.retain(|path| path.is_file());
        specs.sort();
        specs
    }

    #[test]
    fn sections_type_to_the_spec_the_whole_text_types_to() {
        let specs = large_specs();
        if specs.len() == 1 {
            eprintln!(
                "only our spec checked: no corpus under {} (set SHARED_DIR)",
                shared_dir().display()
            );
        }
        for path in specs {
            let text = std::fs::read_to_string(&path).expect("reads");
            let cut = split::cut(&text, MIN_SECTION_BYTES)
                .unwrap_or_else(|| panic!("{} is not cut", path.display()));
            assert!(cut.sections.len() > 2, "{}", path.display());
            let parsed = parse_cut(&cut, 2);
            match serde_norway::from_str::<OpenAPI>(&text) {
                Ok(whole) => {
                    let parsed = parsed
                        .unwrap_or_else(|| panic!("{}: the sections do not type", path.display()));
                    assert!(
                        parsed == whole,
                        "{} types differently in sections",
                        path.display()
                    );
                }
                // Not OpenAPI 3.0 as it is (3.1): the sections must not type either.
                Err(_) => assert!(
                    parsed.is_none(),
                    "{} types only in sections",
                    path.display()
                ),
            }
        }
    }

    /// What the sections would hide is refused, so the caller parses the text whole.
    #[test]
    fn what_sections_would_hide_is_refused() {
        let spec = |paths: &str, schemas: &str| {
            format!(
                "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths:\n{paths}components:\n  schemas:\n{schemas}"
            )
        };
        let sections = |text: &str| parse_cut(&split::cut(text, 1).expect("cuts"), 2);
        let sound = spec("  /a: {}\n  /b: {}\n", "    A: {type: string}\n    B: {}\n");
        assert_eq!(
            sections(&sound),
            Some(serde_norway::from_str::<OpenAPI>(&sound).expect("types"))
        );
        // A path repeated in another section.
        assert_eq!(sections(&spec("  /a: {}\n  /a: {}\n", "    A: {}\n")), None);
        // Names the scan finds equal (`1.0` and `1`), in two sections.
        assert_eq!(
            sections(&spec("  /a: {}\n", "    1.0: {}\n    1: {}\n")),
            None
        );
        // Keys that `Paths` drops (neither `/…` nor `x-…`) are still compared.
        assert_eq!(
            sections(&spec("  other: {}\n  other: {}\n", "    A: {}\n")),
            None
        );
        // An anchor used in another section.
        let anchored = spec("  /a: &shared {}\n  /b: *shared\n", "    A: {}\n");
        assert!(serde_norway::from_str::<OpenAPI>(&anchored).is_ok());
        assert_eq!(sections(&anchored), None);
        // A quoted value continued on a line at the entries' indentation.
        let continued = spec("  /a:\n    description: \"one\n  two\"\n", "    A: {}\n");
        assert_eq!(sections(&continued), None);
        // A repeated key inside one entry.
        assert_eq!(
            sections(&spec("  /a: {get: {}, get: {}}\n", "    A: {}\n")),
            None
        );
    }
}
