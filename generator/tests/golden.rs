//! The committed `generated-client/` must be exactly what the generator produces from
//! `specs/intercom.yaml` (hand-written tests under `generated-client/tests/` aside).

use std::path::Path;

#[test]
fn generated_client_matches_the_generator() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let generated = generator::generate_from_file(
        &root.join("specs/intercom.yaml"),
        &generator::Options::default(),
    )
    .unwrap_or_else(|error| panic!("generation failed: {error}"));
    let drifts = generator::output::check_crate(&root.join("generated-client"), &generated.files)
        .unwrap_or_else(|error| panic!("cannot compare: {error}"));
    if !drifts.is_empty() {
        let diffs: String = drifts.iter().map(|d| d.diff.as_str()).collect();
        panic!(
            "{diffs}\n{} generated file(s) differ from the generator's output: run `cargo xtask codegen`",
            drifts.len()
        );
    }
}

#[test]
fn generation_is_deterministic() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let text = std::fs::read_to_string(root.join("specs/intercom.yaml")).expect("spec readable");
    let options = generator::Options::default();
    let first = generator::generate_from_text(&text, None, &options).expect("generates");
    let second = generator::generate_from_text(&text, None, &options).expect("generates");
    assert_eq!(first.files, second.files);
}
