//! Safe writes: a failed generation leaves the output directory as it was; the generator
//! deletes only files listed in the `.codegen-manifest` it wrote; a non-empty directory that
//! is not a generated crate is refused.

use std::collections::BTreeMap;
use std::path::Path;

use generator::output::{check_crate, manifest_paths, write_crate, MANIFEST};
use generator::{generate_from_file, generate_from_text, Error, OutputFile};

const SPEC: &str = "tests/fixtures/duplicate-operation-ids.yaml";

/// Every file under `dir` (relative path → contents), to compare states.
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(current) = stack.pop() {
        for entry in std::fs::read_dir(&current).expect("readable") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let relative = path
                    .strip_prefix(dir)
                    .expect("inside")
                    .to_string_lossy()
                    .into_owned();
                out.insert(relative, std::fs::read(&path).expect("file readable"));
            }
        }
    }
    out
}

fn files(list: &[(&str, &str)]) -> Vec<OutputFile> {
    let mut files: Vec<OutputFile> = list
        .iter()
        .map(|(path, contents)| OutputFile {
            path: path.to_string(),
            contents: contents.to_string(),
        })
        .collect();
    let mut manifest = String::from("# test manifest\n");
    for file in &files {
        manifest.push_str(&format!("file {}\n", file.path));
    }
    manifest.push_str(&format!("file {MANIFEST}\n"));
    files.push(OutputFile {
        path: MANIFEST.to_string(),
        contents: manifest,
    });
    files
}

fn generated() -> Vec<OutputFile> {
    generate_from_file(Path::new(SPEC), &generator::Options::default())
        .expect("fixture generates")
        .files
}

#[test]
fn writes_into_a_new_or_empty_directory() {
    let temp = tempfile::tempdir().expect("temp dir");
    let out = temp.path().join("new/nested/crate");
    let report = write_crate(&out, &generated()).expect("written");
    assert!(report.removed.is_empty());
    assert!(out.join(MANIFEST).is_file());
    assert!(out.join("src/lib.rs").is_file());
    assert_eq!(report.written.len(), generated().len());

    let empty = temp.path().join("empty");
    std::fs::create_dir(&empty).expect("mkdir");
    write_crate(&empty, &generated()).expect("an empty directory is fine");
}

#[test]
fn rewriting_the_same_crate_changes_nothing() {
    let temp = tempfile::tempdir().expect("temp dir");
    write_crate(temp.path(), &generated()).expect("written");
    let before = snapshot(temp.path());
    let report = write_crate(temp.path(), &generated()).expect("rewritten");
    assert!(report.written.is_empty(), "{:?}", report.written);
    assert!(report.removed.is_empty());
    assert_eq!(report.unchanged.len(), generated().len());
    assert_eq!(before, snapshot(temp.path()));
    assert!(check_crate(temp.path(), &generated())
        .expect("compared")
        .is_empty());
}

#[test]
fn refuses_a_non_empty_directory_that_is_not_a_generated_crate() {
    let temp = tempfile::tempdir().expect("temp dir");
    std::fs::write(temp.path().join("notes.txt"), "mine").expect("write");
    std::fs::create_dir(temp.path().join("src")).expect("mkdir");
    std::fs::write(temp.path().join("src/lib.rs"), "// my own crate").expect("write");
    let before = snapshot(temp.path());
    let error = write_crate(temp.path(), &generated()).expect_err("refused");
    let message = error.to_string();
    assert!(matches!(error, Error::Write { .. }), "{error:?}");
    assert!(message.contains(".codegen-manifest"), "{message}");
    assert!(message.contains("not empty"), "{message}");
    assert!(
        message.contains("choose an empty or new directory"),
        "{message}"
    );
    assert_eq!(before, snapshot(temp.path()), "nothing was touched");
}

#[test]
fn a_hidden_file_alone_still_makes_the_directory_someone_elses() {
    let temp = tempfile::tempdir().expect("temp dir");
    std::fs::write(temp.path().join(".env"), "TOKEN=secret").expect("write");
    let before = snapshot(temp.path());
    write_crate(temp.path(), &generated()).expect_err("refused");
    assert_eq!(before, snapshot(temp.path()));
}

#[test]
fn refuses_a_file_given_as_the_output_directory() {
    let temp = tempfile::tempdir().expect("temp dir");
    let file = temp.path().join("a-file");
    std::fs::write(&file, "precious").expect("write");
    let error = write_crate(&file, &generated()).expect_err("refused");
    assert!(matches!(error, Error::Write { .. }), "{error:?}");
    assert_eq!(std::fs::read_to_string(&file).expect("read"), "precious");
}

#[test]
fn removes_only_files_it_generated_itself() {
    let temp = tempfile::tempdir().expect("temp dir");
    let first = files(&[
        ("src/lib.rs", "pub mod a;\n"),
        ("src/a.rs", "// a\n"),
        ("src/old/deep.rs", "// old\n"),
        ("README.md", "# readme\n"),
    ]);
    write_crate(temp.path(), &first).expect("written");
    // Hand-written files: a test, a file inside a generated directory, a local note.
    std::fs::create_dir_all(temp.path().join("tests")).expect("mkdir");
    std::fs::write(temp.path().join("tests/mine.rs"), "// mine\n").expect("write");
    std::fs::write(temp.path().join("src/old/notes.md"), "mine\n").expect("write");
    std::fs::write(temp.path().join("NOTES"), "mine\n").expect("write");

    let second = files(&[("src/lib.rs", "pub mod b;\n"), ("src/b.rs", "// b\n")]);
    let report = write_crate(temp.path(), &second).expect("written");
    let mut removed = report.removed.clone();
    removed.sort();
    assert_eq!(removed, ["README.md", "src/a.rs", "src/old/deep.rs"]);
    let after = snapshot(temp.path());
    for kept in [
        "tests/mine.rs",
        "src/old/notes.md",
        "NOTES",
        "src/b.rs",
        "src/lib.rs",
    ] {
        assert!(
            after.contains_key(kept),
            "{kept} is missing: {:?}",
            after.keys()
        );
    }
    assert_eq!(after["src/lib.rs"], b"pub mod b;\n");
    // The directory that still holds a hand-written file stays; emptied ones go.
    assert!(temp.path().join("src/old").is_dir());
    let manifest = std::fs::read_to_string(temp.path().join(MANIFEST)).expect("manifest");
    assert!(!manifest_paths(&manifest).contains("src/a.rs"));
}

#[test]
fn empties_and_removes_directories_it_emptied() {
    let temp = tempfile::tempdir().expect("temp dir");
    write_crate(
        temp.path(),
        &files(&[("src/lib.rs", ""), ("src/gone/deeper/x.rs", "")]),
    )
    .expect("written");
    write_crate(temp.path(), &files(&[("src/lib.rs", "")])).expect("written");
    assert!(!temp.path().join("src/gone").exists());
    assert!(temp.path().join("src").is_dir());
}

#[test]
fn a_tampered_manifest_cannot_delete_outside_the_directory() {
    let temp = tempfile::tempdir().expect("temp dir");
    let out = temp.path().join("crate");
    write_crate(&out, &files(&[("src/lib.rs", "")])).expect("written");
    let outside = temp.path().join("outside.txt");
    std::fs::write(&outside, "precious").expect("write");
    let absolute = outside.display().to_string();
    std::fs::write(
        out.join(MANIFEST),
        format!("file ../outside.txt\nfile {absolute}\nfile src/lib.rs\nfile {MANIFEST}\n"),
    )
    .expect("tamper");
    let result = write_crate(&out, &files(&[("src/lib.rs", "")]));
    assert!(result.is_err(), "a manifest naming ../ is refused");
    assert_eq!(std::fs::read_to_string(&outside).expect("kept"), "precious");
}

#[test]
fn refuses_generated_paths_outside_the_directory() {
    let temp = tempfile::tempdir().expect("temp dir");
    let out = temp.path().join("crate");
    for bad in ["../escape.rs", "/etc/passwd", "", "src/../../x.rs"] {
        let error = write_crate(&out, &files(&[(bad, "x")])).expect_err(bad);
        assert!(
            error.to_string().contains("outside the output directory"),
            "{error}"
        );
    }
    assert!(!temp.path().join("escape.rs").exists());
    assert!(!temp.path().join("x.rs").exists());
}

#[test]
fn a_failed_write_leaves_the_directory_as_it_was() {
    let temp = tempfile::tempdir().expect("temp dir");
    write_crate(
        temp.path(),
        &files(&[("src/lib.rs", "old\n"), ("src/a.rs", "a\n")]),
    )
    .expect("written");
    // A directory where the new crate wants a file (after a file that could be written).
    std::fs::create_dir_all(temp.path().join("src/blocked.rs/inside")).expect("mkdir");
    std::fs::write(temp.path().join("src/blocked.rs/inside/keep"), "x").expect("write");
    let before = snapshot(temp.path());
    let result = write_crate(
        temp.path(),
        &files(&[("src/lib.rs", "new\n"), ("src/blocked.rs", "new\n")]),
    );
    assert!(result.is_err(), "a directory in the way fails the write");
    assert_eq!(
        before,
        snapshot(temp.path()),
        "no file changed, none removed, no staging left behind"
    );
}

#[test]
fn a_spec_error_writes_nothing() {
    let temp = tempfile::tempdir().expect("temp dir");
    write_crate(temp.path(), &generated()).expect("written");
    let before = snapshot(temp.path());
    // The CLI writes only after generating succeeded: a bad spec stops it before any I/O.
    let spec = "openapi: 4.0.0\ninfo: {title: x, version: '1'}\npaths: {}\n";
    let error =
        generate_from_text(spec, None, &generator::Options::default()).expect_err("4.0 is refused");
    assert!(error.to_string().contains("3.0.x"), "{error}");
    assert_eq!(before, snapshot(temp.path()));
}

#[test]
fn check_reports_changed_missing_and_stale_files() {
    let temp = tempfile::tempdir().expect("temp dir");
    write_crate(
        temp.path(),
        &files(&[("src/lib.rs", "a\n"), ("src/old.rs", "o\n")]),
    )
    .expect("written");
    let next = files(&[("src/lib.rs", "b\n"), ("src/new.rs", "n\n")]);
    let before = snapshot(temp.path());
    let drifts = check_crate(temp.path(), &next).expect("compared");
    let mut paths: Vec<&str> = drifts.iter().map(|d| d.path.as_str()).collect();
    paths.sort();
    assert_eq!(paths, [MANIFEST, "src/lib.rs", "src/new.rs", "src/old.rs"]);
    assert_eq!(before, snapshot(temp.path()), "--check writes nothing");
}

#[test]
fn a_failure_half_way_through_is_undone() {
    let temp = tempfile::tempdir().expect("temp dir");
    write_crate(
        temp.path(),
        &files(&[("src/lib.rs", "old\n"), ("z/stale.rs", "s\n")]),
    )
    .expect("written");
    // `src/lib.rs` sorts before `src/zz`, and `src/zz/x.rs` needs a directory where a file
    // is: the check refuses it before anything changes.
    std::fs::write(temp.path().join("src/zz"), "a file in the way").expect("write");
    let before = snapshot(temp.path());
    let error = write_crate(
        temp.path(),
        &files(&[("src/lib.rs", "new\n"), ("src/zz/x.rs", "x\n")]),
    )
    .expect_err("a file where a directory is needed");
    assert!(error.to_string().contains("in the way"), "{error}");
    assert_eq!(before, snapshot(temp.path()));
}

#[cfg(unix)]
#[test]
fn never_writes_or_deletes_through_a_symlinked_directory() {
    let temp = tempfile::tempdir().expect("temp dir");
    let out = temp.path().join("crate");
    let elsewhere = temp.path().join("elsewhere");
    std::fs::create_dir(&elsewhere).expect("mkdir");
    std::fs::write(elsewhere.join("x.rs"), "precious").expect("write");
    write_crate(&out, &files(&[("src/lib.rs", ""), ("gen/x.rs", "")])).expect("written");
    std::fs::remove_dir_all(out.join("gen")).expect("rm");
    std::os::unix::fs::symlink(&elsewhere, out.join("gen")).expect("symlink");
    // The next generation drops `gen/x.rs`: removing it would delete `elsewhere/x.rs`.
    let result = write_crate(&out, &files(&[("src/lib.rs", "")]));
    assert!(result.is_err(), "a symlinked directory is refused");
    assert_eq!(
        std::fs::read_to_string(elsewhere.join("x.rs")).expect("kept"),
        "precious"
    );
}

#[test]
fn a_crate_name_cargo_would_refuse_is_an_error_not_a_panic() {
    let text = std::fs::read_to_string(SPEC).expect("fixture");
    for (name, expected) in [
        ("intercom-2.16", "`.` is not allowed"),
        ("", "it is empty"),
        ("2fa-client", "starts with a digit"),
        ("fn", "reserved"),
        ("my client", "` ` is not allowed"),
    ] {
        let options = generator::Options {
            crate_name: name.to_string(),
            ..generator::Options::default()
        };
        match generate_from_text(&text, None, &options) {
            Err(error @ Error::Option { .. }) => {
                let message = error.to_string();
                assert!(message.contains(expected), "{name:?}: {message}");
                assert!(message.contains("crate name"), "{name:?}: {message}");
            }
            Err(other) => panic!("{name:?}: unexpected error {other}"),
            Ok(_) => panic!("{name:?} was accepted"),
        }
    }
    let options = generator::Options {
        crate_name: "intercom_v2-16".to_string(),
        ..generator::Options::default()
    };
    assert!(generate_from_text(&text, None, &options).is_ok());
}
