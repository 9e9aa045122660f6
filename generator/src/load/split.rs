//! Cutting a block-style YAML spec into sections that parse apart: runs of the entries of
//! `paths` and of each `components` mapping, and the rest of the document with those
//! mappings emptied.
//!
//! The cut reads only indentation. A line at a mapping's entry indentation starts an entry;
//! whatever else could be (a quoted or flow value continued on a less indented line) leaves
//! the section before it ending inside a value, which does not parse, so the caller falls
//! back to parsing the text whole. Anything else this module cannot be sure of (several
//! documents, directives, tabs as indentation, a line indented between two levels, an
//! explicit `?` key) gives no cut at all.

use std::ops::Range;

/// The `components` mappings whose entries are cut apart (the others stay in the rest).
const COMPONENT_SECTIONS: [&str; 9] = [
    "schemas",
    "responses",
    "parameters",
    "examples",
    "requestBodies",
    "headers",
    "securitySchemes",
    "links",
    "callbacks",
];

/// A spec cut into sections.
pub(super) struct Cut {
    /// The document without the entries of the cut mappings, each of which reads `{}`.
    pub(super) rest: String,
    /// Runs of consecutive entries of one mapping, in document order.
    pub(super) sections: Vec<Section>,
}

/// Consecutive entries of one cut mapping, as a document of their own.
pub(super) struct Section {
    /// The mapping the entries belong to.
    pub(super) mapping: Mapping,
    /// The lines that open the mapping (`paths:`, or `components:` and the section's own),
    /// then the entries.
    pub(super) text: String,
    /// How many entries it holds.
    pub(super) entries: usize,
}

/// A cut mapping.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(super) enum Mapping {
    /// `paths`.
    Paths,
    /// One of `components`' mappings (`schemas`, `responses`, …).
    Components(&'static str),
}

impl Mapping {
    /// The depth of the mapping's entries' keys in a section's document.
    pub(super) fn depth(self) -> usize {
        match self {
            Mapping::Paths => 1,
            Mapping::Components(_) => 2,
        }
    }
}

/// A mapping found in the text: the lines that open it, and its entries.
struct Found {
    mapping: Mapping,
    /// The opening lines, as written.
    opening: String,
    /// The line that opens the mapping itself (to be written as `{}` in the rest).
    header: Range<usize>,
    /// Byte ranges of the entries, back to back.
    entries: Vec<Range<usize>>,
}

/// Cuts `text` into sections of about `section_bytes` each, or `None` when it is not the
/// plain block style this module can cut with certainty (or has nothing to cut).
pub(super) fn cut(text: &str, section_bytes: usize) -> Option<Cut> {
    let lines = Lines::of(text)?;
    let mut found = Vec::new();
    let top = lines.top_level();
    for (index, &line) in top.iter().enumerate() {
        let end = top.get(index + 1).map_or(lines.spans.len(), |&next| next);
        match lines.content(line) {
            "paths:" => found.push(lines.mapping(Mapping::Paths, line, end, None)?),
            "components:" => {
                for (name, header, section_end) in lines.children(line, end)? {
                    if let Some(&known) = COMPONENT_SECTIONS.iter().find(|&&s| s == name) {
                        let mapping = Mapping::Components(known);
                        found.push(lines.mapping(mapping, header, section_end, Some(line))?);
                    }
                }
            }
            _ => {}
        }
    }
    let mut mappings: Vec<Mapping> = found.iter().map(|f| f.mapping).collect();
    mappings.sort_unstable();
    mappings.dedup();
    if mappings.len() != found.len() {
        // A mapping opened twice: the whole parse reports the repeated key.
        return None;
    }
    found.retain(|f| !f.entries.is_empty());
    if found.is_empty() {
        return None;
    }
    Some(Cut {
        rest: rest_of(text, &found),
        sections: found
            .iter()
            .flat_map(|f| sections_of(text, f, section_bytes))
            .collect(),
    })
}

/// The document with each found mapping's entries left out and its header line ending in
/// `{}` instead.
fn rest_of(text: &str, found: &[Found]) -> String {
    let mut cuts: Vec<(Range<usize>, Range<usize>)> = found
        .iter()
        .map(|f| {
            let entries = f.entries[0].start..f.entries[f.entries.len() - 1].end;
            (f.header.clone(), entries)
        })
        .collect();
    cuts.sort_by_key(|(header, _)| header.start);
    let mut rest = String::with_capacity(text.len() / 16);
    let mut at = 0;
    for (header, entries) in cuts {
        rest.push_str(&text[at..header.start]);
        rest.push_str(text[header.clone()].trim_end());
        rest.push_str(" {}\n");
        rest.push_str(&text[header.end..entries.start]);
        at = entries.end;
    }
    rest.push_str(&text[at..]);
    rest
}

/// Runs of `found`'s entries of about `section_bytes` each.
fn sections_of(text: &str, found: &Found, section_bytes: usize) -> Vec<Section> {
    let mut sections = Vec::new();
    let mut first = 0;
    while first < found.entries.len() {
        let start = found.entries[first].start;
        let mut last = first;
        while last + 1 < found.entries.len() && found.entries[last].end - start < section_bytes {
            last += 1;
        }
        let body = &text[start..found.entries[last].end];
        let mut section_text = String::with_capacity(found.opening.len() + body.len());
        section_text.push_str(&found.opening);
        section_text.push_str(body);
        sections.push(Section {
            mapping: found.mapping,
            text: section_text,
            entries: last + 1 - first,
        });
        first = last + 1;
    }
    sections
}

/// The text's lines, with what the cut needs to know of each.
struct Lines<'t> {
    text: &'t str,
    /// Byte range of each line, its line break included.
    spans: Vec<Range<usize>>,
}

impl<'t> Lines<'t> {
    /// The lines of `text`, or `None` when it holds what the cut does not handle: a document
    /// marker (but the one that may open the text, which stays in the rest) or a directive, or
    /// a tab where indentation is.
    fn of(text: &'t str) -> Option<Self> {
        let mut spans = Vec::new();
        let mut at = 0;
        let mut opened = false;
        for line in text.split_inclusive('\n') {
            let content = line.trim();
            let opening_marker = !opened && content == "---";
            let unsupported = (line.starts_with("---") && !opening_marker)
                || line.starts_with("...")
                || line.starts_with('%')
                || line.trim_start_matches(' ').starts_with('\t');
            if unsupported {
                return None;
            }
            opened |= !content.is_empty() && !content.starts_with('#');
            spans.push(at..at + line.len());
            at += line.len();
        }
        Some(Lines { text, spans })
    }

    fn line(&self, index: usize) -> &'t str {
        &self.text[self.spans[index].clone()]
    }

    /// The line without its indentation and trailing white space.
    fn content(&self, index: usize) -> &'t str {
        self.line(index).trim()
    }

    fn indent(&self, index: usize) -> usize {
        let line = self.line(index);
        line.len() - line.trim_start_matches(' ').len()
    }

    /// Blank lines and comments say nothing of structure.
    fn is_structural(&self, index: usize) -> bool {
        let content = self.content(index);
        !content.is_empty() && !content.starts_with('#')
    }

    /// The lines that start a top-level entry (the opening `---` starts none).
    fn top_level(&self) -> Vec<usize> {
        (0..self.spans.len())
            .filter(|&i| self.is_structural(i) && self.indent(i) == 0)
            .skip_while(|&i| self.content(i) == "---")
            .collect()
    }

    /// The entries of the mapping `parent..end` holds below its first line: each entry's
    /// key, first line and end. `None` when a line sits between the entries' indentation and
    /// the parent's, or an entry is not a plain `key:` line.
    fn children(&self, parent: usize, end: usize) -> Option<Vec<(&'t str, usize, usize)>> {
        let parent_indent = self.indent(parent);
        let body: Vec<usize> = (parent + 1..end)
            .filter(|&i| self.is_structural(i))
            .collect();
        let Some(&first) = body.first() else {
            return Some(Vec::new());
        };
        let indent = self.indent(first);
        if indent <= parent_indent {
            return None;
        }
        let starts: Vec<usize> = body
            .iter()
            .copied()
            .filter(|&i| self.indent(i) <= indent)
            .collect();
        let mut children = Vec::with_capacity(starts.len());
        for (n, &start) in starts.iter().enumerate() {
            let content = self.content(start);
            let simple_entry = self.indent(start) == indent
                && !content.starts_with(['-', '?', ':', '[', '{', '&', '*', '!', '|', '>']);
            if !simple_entry {
                return None;
            }
            let child_end = starts.get(n + 1).map_or(end, |&next| next);
            let key = content.strip_suffix(':').unwrap_or("");
            children.push((key, start, child_end));
        }
        Some(children)
    }

    /// The mapping opened by line `header` and ending before line `end`, whose enclosing
    /// opening line (for a `components` section) is `opening`.
    fn mapping(
        &self,
        mapping: Mapping,
        header: usize,
        end: usize,
        opening: Option<usize>,
    ) -> Option<Found> {
        let entries = self
            .children(header, end)?
            .into_iter()
            .map(|(_, start, child_end)| self.spans[start].start..self.spans[child_end - 1].end)
            .collect();
        let mut opening_lines = String::new();
        for line in opening.into_iter().chain([header]) {
            opening_lines.push_str(self.line(line).trim_end());
            opening_lines.push('\n');
        }
        Some(Found {
            mapping,
            opening: opening_lines,
            header: self.spans[header].clone(),
            entries,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPEC: &str = "\
openapi: 3.0.3
info:
  title: t
  version: '1'
paths:
  # the first path
  /a:
    get:
      description: |
        text

        more
  /b:
    $ref: '#/x'

  /c: {}
components:
  schemas:
    A:
      type: string
    B: {type: integer}
  securitySchemes:
    key: {type: apiKey, name: k, in: header}
  x-other: 1
tags: []
";

    #[test]
    fn entries_are_cut_into_sections_and_the_rest_keeps_the_rest() {
        let cut = cut(SPEC, 1).expect("cuts");
        let sections: Vec<_> = cut
            .sections
            .iter()
            .map(|s| (s.mapping, s.entries, s.text.as_str()))
            .collect();
        assert_eq!(
            sections,
            [
                (
                    Mapping::Paths,
                    1,
                    "paths:\n  /a:\n    get:\n      description: |\n        text\n\n        more\n"
                ),
                (Mapping::Paths, 1, "paths:\n  /b:\n    $ref: '#/x'\n\n"),
                (Mapping::Paths, 1, "paths:\n  /c: {}\n"),
                (
                    Mapping::Components("schemas"),
                    1,
                    "components:\n  schemas:\n    A:\n      type: string\n"
                ),
                (
                    Mapping::Components("schemas"),
                    1,
                    "components:\n  schemas:\n    B: {type: integer}\n"
                ),
                (
                    Mapping::Components("securitySchemes"),
                    1,
                    "components:\n  securitySchemes:\n    key: {type: apiKey, name: k, in: header}\n"
                ),
            ]
        );
        assert_eq!(
            cut.rest,
            "openapi: 3.0.3\ninfo:\n  title: t\n  version: '1'\npaths: {}\n  # the first path\n\
             components:\n  schemas: {}\n  securitySchemes: {}\n  x-other: 1\ntags: []\n"
        );
    }

    #[test]
    fn sections_gather_entries_up_to_the_size() {
        let cut = cut(SPEC, 1 << 20).expect("cuts");
        let entries: Vec<_> = cut.sections.iter().map(|s| s.entries).collect();
        assert_eq!(entries, [3, 2, 1]);
    }

    #[test]
    fn what_it_cannot_be_sure_of_is_not_cut() {
        let uncut = |text: &str| cut(text, 1).is_none();
        assert!(cut("---\npaths:\n  /a: {}\n", 1).is_some());
        assert!(uncut("paths:\n  /a: {}\n---\npaths:\n  /b: {}\n"));
        assert!(uncut("---\n---\npaths:\n  /a: {}\n"));
        assert!(uncut("%YAML 1.2\npaths:\n  /a: {}\n"));
        assert!(uncut("paths:\n\t/a: {}\n"));
        assert!(uncut("paths:\n    /a: {}\n  /b: {}\n"));
        assert!(uncut("paths:\n  ? /a\n  : {}\n"));
        assert!(uncut("paths:\n  /a: {}\npaths:\n  /b: {}\n"));
        assert!(uncut("paths: {/a: {}}\n"));
        assert!(uncut("openapi: 3.0.3\n"));
    }
}
