//! Loading beyond one OpenAPI 3.0 file: descriptions split over files (bundled, with the set
//! of files as the spec), and OpenAPI 3.1 (rewritten in the 3.0 shape). The error and warning
//! messages of the fixtures are pinned by `bad_specs.rs`; these tests pin behaviour.

use std::path::{Path, PathBuf};

use generator::{generate_from_file, generate_from_text, Generated, Options};

const FIXTURES: &str = "tests/fixtures";

fn spec_digest(generated: &Generated) -> String {
    let manifest = generated
        .files
        .iter()
        .find(|f| f.path == generator::output::MANIFEST)
        .expect("a manifest");
    manifest
        .contents
        .lines()
        .find_map(|l| l.strip_prefix("spec-sha256 "))
        .expect("a spec digest")
        .to_string()
}

/// A copy of the multi-file fixture in a temporary directory, to change or extend.
fn copy_of_multi_file() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temporary directory");
    copy_dir(
        &Path::new(FIXTURES).join("multi-file"),
        &dir.path().join("multi-file"),
    );
    let root = dir.path().join("multi-file.yaml");
    std::fs::copy(Path::new(FIXTURES).join("multi-file.yaml"), &root).expect("copy root");
    (dir, root)
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create directory");
    for entry in std::fs::read_dir(from).expect("read directory") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("file type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy file");
        }
    }
}

#[test]
fn a_spec_split_over_files_is_one_api_with_types_named_after_its_files() {
    let generated = generate_from_file(
        &Path::new(FIXTURES).join("multi-file.yaml"),
        &Options::default(),
    )
    .expect("generates");
    assert!(generated.warnings.is_empty(), "{:?}", generated.warnings);
    let mut names: Vec<&str> = generated
        .model
        .types
        .iter()
        .map(|t| t.name.as_str())
        .collect();
    names.sort_unstable();
    // `contact.yaml` → `Contact`; `shared.yaml#/Tag~1Label` → `TagLabel`; a schema referred
    // to from three files is one type.
    assert_eq!(names, ["Company", "Contact", "Error", "TagLabel"]);
    let types = generated
        .files
        .iter()
        .find(|f| f.path == "src/types.rs")
        .expect("types.rs");
    assert!(types.contents.contains("pub company: Option<Company>"));
    assert!(types
        .contents
        .contains("pub contacts: Option<Vec<Contact>>"));
    let operations: Vec<&str> = generated
        .model
        .operations
        .iter()
        .map(|o| o.method_name.as_str())
        .collect();
    assert_eq!(operations.len(), 3, "{operations:?}");
}

#[test]
fn the_manifest_digest_covers_every_file_of_the_spec() {
    let (dir, root) = copy_of_multi_file();
    let before = generate_from_file(&root, &Options::default()).expect("generates");
    let again = generate_from_file(&root, &Options::default()).expect("generates");
    assert_eq!(spec_digest(&before), spec_digest(&again));
    // A change in a referenced file only (a description) changes the spec's digest, so
    // `--check` and the golden test see it.
    let company = dir.path().join("multi-file/schemas/company.yaml");
    let text = std::fs::read_to_string(&company).expect("read");
    std::fs::write(&company, text.replace("A company", "A firm")).expect("write");
    let after = generate_from_file(&root, &Options::default()).expect("generates");
    assert_ne!(spec_digest(&before), spec_digest(&after));
}

#[test]
fn a_single_file_digest_is_the_texts_sha256_as_before() {
    use sha2::Digest;
    let text = "openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths: {}\n";
    let generated = generate_from_text(text, None, &Options::default()).expect("generates");
    let expected: String = sha2::Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(spec_digest(&generated), expected);
}

#[cfg(unix)]
#[test]
fn a_symlink_out_of_the_spec_tree_is_refused_and_ref_root_widens_the_tree() {
    let outside = tempfile::tempdir().expect("temporary directory");
    std::fs::write(
        outside.path().join("secret.yaml"),
        "type: object\nproperties:\n  a: {type: string}\n",
    )
    .expect("write");
    let (dir, root) = copy_of_multi_file();
    let link = dir.path().join("multi-file/schemas/company.yaml");
    std::fs::remove_file(&link).expect("remove");
    std::os::unix::fs::symlink(outside.path().join("secret.yaml"), &link).expect("symlink");
    let error = generate_from_file(&root, &Options::default()).expect_err("refused");
    let message = error.to_string();
    assert!(message.contains("leads outside"), "{message}");
    assert!(
        message.contains("./multi-file/schemas/company.yaml"),
        "{message}"
    );
    assert!(!message.contains("properties"), "{message}");

    // A `../` path, allowed by a wider `ref_root`.
    let spec_dir = outside.path().join("spec");
    std::fs::create_dir(&spec_dir).expect("create");
    let spec = spec_dir.join("openapi.yaml");
    std::fs::write(
        &spec,
        "openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Secret:\n      $ref: ../secret.yaml\n",
    )
    .expect("write");
    let refused = generate_from_file(&spec, &Options::default()).expect_err("outside");
    assert!(refused.to_string().contains("--ref-root"), "{refused}");
    let options = Options {
        ref_root: Some(outside.path().to_path_buf()),
        ..Options::default()
    };
    let generated = generate_from_file(&spec, &options).expect("allowed");
    assert_eq!(generated.model.types.len(), 1);
}

#[test]
fn a_relative_ref_in_text_without_a_file_says_so() {
    let text = "openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A:\n      $ref: ./a.yaml\n";
    let error = generate_from_text(text, None, &Options::default()).expect_err("no file");
    assert!(error.to_string().contains("given as text"), "{error}");
}

#[test]
fn openapi_3_1_is_read_in_the_3_0_shape() {
    let generated = generate_from_file(
        &Path::new(FIXTURES).join("openapi-3.1-features.yaml"),
        &Options::default(),
    )
    .expect("generates");
    let types = &generated
        .files
        .iter()
        .find(|f| f.path == "src/types.rs")
        .expect("types.rs")
        .contents;
    for expected in [
        // `type: [string, "null"]`, required: present but nullable.
        "pub nickname: Option<String>",
        // `anyOf: [$ref, {type: "null"}]`.
        "pub owner: Option<Owner>",
        // `$ref` with a sibling description keeps the type.
        "pub previous_owner: Option<Owner>",
        // `oneOf: [number, null]`.
        "pub weight: Option<f64>",
        // `type: [integer, string]`: a union.
        "Integer(i64)",
        "/// Who owns the pet, if anyone.",
    ] {
        assert!(
            types.contains(expected),
            "missing `{expected}` in:\n{types}"
        );
    }
    // The path item from `components/pathItems`.
    assert_eq!(generated.model.operations.len(), 1);
    let pointers: Vec<&str> = generated
        .warnings
        .iter()
        .map(|w| w.pointer.as_str())
        .collect();
    assert_eq!(
        pointers,
        [
            "#/jsonSchemaDialect",
            "#/components/schemas/Pet/properties/tags/prefixItems"
        ]
    );
    // The webhook, unsigned: a function decoding its payload.
    let webhooks = &generated
        .files
        .iter()
        .find(|f| f.path == "src/webhooks.rs")
        .expect("webhooks.rs")
        .contents;
    assert!(
        webhooks.contains(
            "pub fn receive_new_pet(body: &[u8]) -> Result<crate::types::Pet, WebhookError>"
        ),
        "{webhooks}"
    );
}

/// The OpenAI description (OpenAPI 3.1, 288 operations) from the shared corpus.
#[test]
fn the_openai_description_generates() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/openapi-corpus/openai.yaml");
    if !path.exists() {
        eprintln!("skipped: {} is absent", path.display());
        return;
    }
    let generated = generate_from_file(&path, &Options::default()).expect("generates");
    assert_eq!(generated.spec_operations, 288);
    assert_eq!(generated.model.operations.len(), 288);
    assert!(
        generated.model.webhooks.len() >= 10,
        "its webhooks are generated"
    );
    for warning in &generated.warnings {
        assert!(
            warning.pointer.ends_with("/propertyNames"),
            "unexpected warning: {warning}"
        );
    }
}
