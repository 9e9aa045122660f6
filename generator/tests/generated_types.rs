//! The generated types of fixtures whose point is the Rust they become, pinned in insta
//! snapshots (`tests/snapshots/generated_types__<fixture>.snap`); `bad_specs` compiles them
//! and pins their warnings. To review a change: `INSTA_UPDATE=always cargo test -p generator
//! --test generated_types`, then read the diff of `tests/snapshots/`.

use generator::{generate_from_file, Options};

/// `src/types.rs` generated from the fixture `name`.
fn types_of(name: &str) -> String {
    let path = format!("tests/fixtures/{name}");
    let generated = generate_from_file(path.as_ref(), &Options::default())
        .unwrap_or_else(|error| panic!("{path}: {error}"));
    generated
        .files
        .into_iter()
        .find(|file| file.path == "src/types.rs")
        .map(|file| file.contents)
        .unwrap_or_else(|| panic!("{path}: no src/types.rs"))
}

/// Constructors from required fields, pinned values filled in, setters that never shadow a
/// trait method, short union variants with `From` conversions, `x-enum-varnames` and
/// `x-enum-descriptions`, names that say what tells `+1` from `-1` or `asc` from `ASC`, and
/// a property named `unknown_properties` renamed beside the struct's own field of that name.
#[test]
fn names_by_meaning() {
    insta::assert_snapshot!(types_of("names-by-meaning.yaml"));
}
