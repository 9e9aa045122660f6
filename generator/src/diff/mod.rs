//! What a spec update changes for the users of the generated crate.
//!
//! [`surface`] reduces an [`ApiModel`] to the Rust API the generated crate exposes (an
//! [`ApiSurface`]: every client method with its argument and return types, every type with its
//! fields or variants, all rendered as Rust source strings). The generator stores it in the crate
//! as [`SURFACE_FILE`], so a later generation can be compared with the committed one. [`diff`]
//! compares two surfaces and [`Report::to_markdown`] writes the result.
//!
//! Operations are matched by HTTP method and path template with the parameter names erased
//! (`GET /contacts/{}`); operations left over on both sides that share an operationId are
//! reported as moved rather than removed and added.
//!
//! # Rules
//!
//! Every change is judged by what it does to code compiled against the old crate:
//!
//! - **major** (breaking): a method, type, field, variant, region or parameter-struct field
//!   disappears or is renamed; a method gains or loses a positional argument (a new required
//!   parameter or body, a parameter becoming required or optional, a new `…Params` struct); an
//!   argument, return, field, variant payload or alias type changes as Rust sees it (including
//!   `T` ↔ `Option<T>` when a field's required or nullable flag changes); a variant is added to
//!   an enum or union that is not `#[non_exhaustive]` (exhaustive `match`es without a `_` arm
//!   stop compiling, even though the `Unknown` catch-all decoded the value before); a type
//!   becomes `#[non_exhaustive]`; a schema struct's `new` gains, loses or retypes an
//!   argument (a required field added or removed, a field becoming required, optional or
//!   pinned).
//!   A field added to an exhaustive struct (a `…Params` struct) is major too: it breaks every
//!   struct literal that does not end in `..Default::default()` (Cargo's SemVer guide, "adding
//!   a public field when all fields are public"). Schema structs are `#[non_exhaustive]` and
//!   built with `new` and setters, so an optional field added to one is minor.
//! - **minor**: something is added without touching what exists — a method (including the
//!   `…_stream`/`…_pages` pair of an operation that becomes paginated), a type, a field of a
//!   `#[non_exhaustive]` struct, a variant of a `#[non_exhaustive]` enum, a region; an
//!   operation or field is deprecated (warnings, not errors); the default API version sent
//!   changes.
//! - **patch**: the spec changed but the Rust API did not — a path parameter renamed (arguments
//!   are positional), a path template moved, a wire name changed under the same Rust name, a
//!   required or nullable flag changed without changing the Rust type (e.g. optional →
//!   nullable, both `Option<T>`), the API's version string.
//!
//! The implied version bump is the largest impact found (patch when there is nothing).

mod changes;
mod report;
mod surface;
mod type_changes;

pub use changes::diff;
pub use report::{Change, ChangeKind, Impact, Report, Section};
pub use surface::{
    operation_key, surface, surface_file, ApiSurface, FieldSurface, OperationSurface, ParamSurface,
    TypeSurface, VariantSurface, SURFACE_FILE, SURFACE_FORMAT,
};
