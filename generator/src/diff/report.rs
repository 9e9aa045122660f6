//! Changes and their impact, and the report as Markdown.

use std::fmt::Write as _;

/// How a change affects code compiled against the old crate, and the version bump it implies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Impact {
    /// The Rust API is unchanged (behaviour or documentation only).
    Patch,
    /// Additions: old code keeps compiling.
    Minor,
    /// Old code may stop compiling.
    Major,
}

impl Impact {
    /// `patch`, `minor` or `major`.
    pub fn as_str(self) -> &'static str {
        match self {
            Impact::Patch => "patch",
            Impact::Minor => "minor",
            Impact::Major => "major",
        }
    }

    fn tag(self) -> &'static str {
        match self {
            Impact::Patch => "[patch]   ",
            Impact::Minor => "[minor]   ",
            Impact::Major => "[BREAKING]",
        }
    }
}

/// What kind of change an entry describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChangeKind {
    /// `info.version` changed.
    ApiVersion,
    /// The default API version header value changed.
    VersionHeader,
    /// A region was added.
    RegionAdded,
    /// A region was removed.
    RegionRemoved,
    /// An operation was added.
    OperationAdded,
    /// An operation was removed.
    OperationRemoved,
    /// The operationId (and so maybe the method name) changed.
    OperationRenamed,
    /// The path template changed (parameter names, or the whole path for a moved operation).
    PathChanged,
    /// Deprecated flag changed.
    Deprecated,
    /// A parameter was added (`item`: its wire name).
    ParamAdded,
    /// A parameter was removed.
    ParamRemoved,
    /// A parameter became required or optional.
    ParamRequired,
    /// A parameter's type changed.
    ParamType,
    /// Positional arguments were reordered.
    ParamOrder,
    /// The `…Params` struct appeared, disappeared or was renamed.
    ParamsStruct,
    /// A request body was added.
    BodyAdded,
    /// The request body was removed.
    BodyRemoved,
    /// The request body type changed.
    BodyType,
    /// The return type changed.
    ResponseType,
    /// The `…_stream` / `…_pages` methods appeared, disappeared or changed item type.
    Pagination,
    /// A type was added.
    TypeAdded,
    /// A type was removed.
    TypeRemoved,
    /// A type was renamed (same schema, new Rust name).
    TypeRenamed,
    /// A type changed kind (struct → enum, …).
    TypeKind,
    /// A type became or stopped being `#[non_exhaustive]`.
    Exhaustiveness,
    /// A struct's `new` takes different arguments.
    Constructor,
    /// A field was added (`item`: its wire name).
    FieldAdded,
    /// A field was removed.
    FieldRemoved,
    /// A field's type changed (required and nullable flags unchanged).
    FieldType,
    /// A field's required or nullable flag changed.
    FieldRequired,
    /// A field's wire name changed under the same Rust name.
    FieldWireName,
    /// A field was deprecated or undeprecated.
    FieldDeprecated,
    /// A string enum value was added (`item`: the value).
    EnumValueAdded,
    /// A string enum value was removed.
    EnumValueRemoved,
    /// A variant was renamed, or a union/outcome variant added, removed or retyped.
    Variant,
    /// An alias's target changed.
    AliasTarget,
}

/// One line of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// Effect on old code.
    pub impact: Impact,
    /// What changed.
    pub kind: ChangeKind,
    /// The thing that changed: a wire name, enum value, type or operation key.
    pub item: String,
    /// The change in spec terms.
    pub what: String,
    /// The effect on the generated Rust API.
    pub effect: String,
}

/// An operation or type with its changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// Operation key (`GET /contacts/{}`) or type name.
    pub key: String,
    /// Heading.
    pub title: String,
    /// Changes, in a stable order.
    pub changes: Vec<Change>,
}

impl Section {
    /// The largest impact of the section's changes.
    pub fn impact(&self) -> Impact {
        self.changes
            .iter()
            .map(|c| c.impact)
            .max()
            .unwrap_or(Impact::Patch)
    }
}

/// The differences between two surfaces.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Label of the old side (file and version).
    pub old_label: String,
    /// Label of the new side.
    pub new_label: String,
    /// Crate-wide changes: API version, regions.
    pub general: Vec<Change>,
    /// Operations only in the new surface (one change each).
    pub operations_added: Vec<Section>,
    /// Operations only in the old surface (one change each).
    pub operations_removed: Vec<Section>,
    /// Operations in both, with changes.
    pub operations_changed: Vec<Section>,
    /// Types only in the new surface.
    pub types_added: Vec<Section>,
    /// Types only in the old surface.
    pub types_removed: Vec<Section>,
    /// Types in both (or renamed), with changes.
    pub types_changed: Vec<Section>,
}

impl Report {
    /// Every change, in report order.
    pub fn changes(&self) -> impl Iterator<Item = &Change> {
        self.general.iter().chain(
            [
                &self.operations_added,
                &self.operations_removed,
                &self.operations_changed,
                &self.types_added,
                &self.types_removed,
                &self.types_changed,
            ]
            .into_iter()
            .flatten()
            .flat_map(|s| s.changes.iter()),
        )
    }

    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        self.changes().next().is_none()
    }

    /// The version bump the changes imply.
    pub fn bump(&self) -> Impact {
        self.changes()
            .map(|c| c.impact)
            .max()
            .unwrap_or(Impact::Patch)
    }

    /// How many changes have `impact`.
    pub fn count(&self, impact: Impact) -> usize {
        self.changes().filter(|c| c.impact == impact).count()
    }

    /// One line: the bump and the counts.
    pub fn summary(&self) -> String {
        if self.is_empty() {
            return "Semver: **patch** — no changes to the generated API.".to_string();
        }
        format!(
            "Semver: **{}** — {} added, {} removed, {} changed; {} added, {} removed, {} changed; changes: {} breaking, {} minor, {} patch-level.",
            self.bump().as_str(),
            plural(self.operations_added.len(), "operation"),
            self.operations_removed.len(),
            self.operations_changed.len(),
            plural(self.types_added.len(), "type"),
            self.types_removed.len(),
            self.types_changed.len(),
            self.count(Impact::Major),
            self.count(Impact::Minor),
            self.count(Impact::Patch),
        )
    }

    /// The report as Markdown, readable in a terminal and in a pull request.
    pub fn to_markdown(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "# Generated API changes: {} → {}\n",
            self.old_label, self.new_label
        );
        let _ = writeln!(out, "{}\n", self.summary());
        if self.is_empty() {
            return out;
        }
        out.push_str(
            "Impact on code compiled against the old crate: `[BREAKING]` may stop compiling, \
             `[minor]` is an addition, `[patch]` leaves the Rust API unchanged.\n\n",
        );
        if !self.general.is_empty() {
            out.push_str("## Crate\n\n");
            for change in &self.general {
                write_change(&mut out, change);
            }
            out.push('\n');
        }
        let lists = [
            ("Operations added", &self.operations_added),
            ("Operations removed", &self.operations_removed),
            ("Types added", &self.types_added),
            ("Types removed", &self.types_removed),
        ];
        let changed = [
            ("Operations changed", &self.operations_changed),
            ("Types changed", &self.types_changed),
        ];
        for (heading, sections) in &lists[..2] {
            write_list(&mut out, heading, sections);
        }
        write_changed(&mut out, changed[0].0, changed[0].1);
        for (heading, sections) in &lists[2..] {
            write_list(&mut out, heading, sections);
        }
        write_changed(&mut out, changed[1].0, changed[1].1);
        out.push_str("## Summary\n\n");
        let _ = writeln!(
            out,
            "| | added | removed | changed |\n|---|---:|---:|---:|\n| operations | {} | {} | {} |\n| types | {} | {} | {} |\n",
            self.operations_added.len(),
            self.operations_removed.len(),
            self.operations_changed.len(),
            self.types_added.len(),
            self.types_removed.len(),
            self.types_changed.len(),
        );
        let _ = writeln!(out, "{}", self.summary());
        out
    }
}

fn plural(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("{count} {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

fn write_change(out: &mut String, change: &Change) {
    let _ = writeln!(
        out,
        "- {} {} — {}",
        change.impact.tag(),
        change.what,
        change.effect
    );
}

fn write_list(out: &mut String, heading: &str, sections: &[Section]) {
    if sections.is_empty() {
        return;
    }
    let _ = writeln!(out, "## {heading} ({})\n", sections.len());
    for section in sections {
        for change in &section.changes {
            let _ = writeln!(
                out,
                "- {} {} — {}",
                change.impact.tag(),
                section.title,
                change.effect
            );
        }
    }
    out.push('\n');
}

fn write_changed(out: &mut String, heading: &str, sections: &[Section]) {
    if sections.is_empty() {
        return;
    }
    let _ = writeln!(out, "## {heading} ({})\n", sections.len());
    for section in sections {
        let _ = writeln!(
            out,
            "### {} — {}\n",
            section.title,
            section.impact().as_str()
        );
        for change in &section.changes {
            write_change(out, change);
        }
        out.push('\n');
    }
}

pub(super) fn change(
    impact: Impact,
    kind: ChangeKind,
    item: impl Into<String>,
    what: impl Into<String>,
    effect: impl Into<String>,
) -> Change {
    Change {
        impact,
        kind,
        item: item.into(),
        what: what.into(),
        effect: effect.into(),
    }
}
