//! A spec cannot write the generated crate's manifest or README: every `hostile-*` fixture
//! (quotes, newlines, `"""`, `[section]` lines, `#`, NUL and control characters, HTML, pipes,
//! backticks, very long values in the title, version, tags, server URLs and descriptions)
//! generates a `Cargo.toml` that parses to exactly the tables, dependencies and features of a
//! benign spec, and a `README.md` whose tables and code blocks keep their shape.
//!
//! That the same fixtures also compile warning-free is checked by `bad_specs`, which compiles
//! every fixture that generates.

use std::path::{Path, PathBuf};

use generator::{generate_from_file, generate_from_text, Generated, Options};

const BENIGN: &str = r#"
openapi: 3.0.3
info: {title: Benign API, version: "1"}
tags: [{name: Tickets}]
paths:
  /ping:
    get:
      operationId: ping
      tags: [Tickets]
      responses:
        "204": {description: done}
"#;

fn hostile_fixtures() -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir("tests/fixtures")
        .expect("tests/fixtures is readable")
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| {
            path.file_name()
                .is_some_and(|name| name.to_string_lossy().starts_with("hostile-"))
        })
        .collect();
    paths.sort();
    assert!(
        paths.len() >= 2,
        "the hostile fixtures are missing: {paths:?}"
    );
    paths
}

fn file<'a>(generated: &'a Generated, path: &str) -> &'a str {
    &generated
        .files
        .iter()
        .find(|file| file.path == path)
        .unwrap_or_else(|| panic!("no {path} generated"))
        .contents
}

fn manifest(generated: &Generated, fixture: &Path) -> toml::Table {
    file(generated, "Cargo.toml")
        .parse()
        .unwrap_or_else(|error| panic!("{}: Cargo.toml does not parse: {error}", fixture.display()))
}

fn keys(table: &toml::Table) -> Vec<&str> {
    table.keys().map(String::as_str).collect()
}

#[test]
fn hostile_strings_cannot_change_the_manifest() {
    let benign = generate_from_text(BENIGN, None, &Options::default()).expect("benign generates");
    let expected = manifest(&benign, Path::new("benign"));
    for fixture in hostile_fixtures() {
        let generated = generate_from_file(&fixture, &Options::default())
            .unwrap_or_else(|error| panic!("{}: {error}", fixture.display()));
        let actual = manifest(&generated, &fixture);
        let at = fixture.display();
        assert_eq!(keys(&actual), keys(&expected), "{at}: top-level tables");
        for table in ["dependencies", "dev-dependencies"] {
            assert_eq!(actual[table], expected[table], "{at}: [{table}]");
        }

        let package = actual["package"].as_table().expect("[package]");
        let expected_package = expected["package"].as_table().expect("[package]");
        assert_eq!(
            keys(package),
            keys(expected_package),
            "{at}: [package] keys"
        );
        for (key, value) in expected_package {
            if key != "description" {
                assert_eq!(&package[key], value, "{at}: package.{key}");
            }
        }
        // The description is the spec's own title and version, on one line (Cargo passes it
        // to rustc in an environment variable, which cannot hold NUL), and nothing else.
        let one_line = |text: &str| -> String {
            text.chars()
                .filter_map(|c| match c {
                    '\n' | '\r' | '\t' => Some(' '),
                    c if c.is_control() => None,
                    c => Some(c),
                })
                .collect()
        };
        let model = &generated.model;
        let version = model
            .version_header
            .as_ref()
            .map_or(model.version.as_str(), |header| header.default.as_str());
        assert_eq!(
            package["description"].as_str(),
            Some(
                format!(
                    "Rust client for the {} (API version {version}), generated from its \
                     OpenAPI description.",
                    one_line(&model.title),
                    version = one_line(version)
                )
                .as_str()
            ),
            "{at}: package.description"
        );
        assert!(
            model.title.contains("[dependencies]"),
            "{at}: the fixture is not hostile"
        );

        // Features: `default`, `full`, `serialize-responses`, `testing` and one empty feature
        // per tag.
        let features = actual["features"].as_table().expect("[features]");
        let modules: Vec<&str> = model.tags.iter().map(|tag| tag.module.as_str()).collect();
        let mut expected_features = vec!["default", "full", "serialize-responses", "testing"];
        expected_features.extend(&modules);
        expected_features.sort_unstable();
        let mut actual_features = keys(features);
        actual_features.sort_unstable();
        assert_eq!(actual_features, expected_features, "{at}: features");
        assert_eq!(features["default"], toml::Value::from(vec!["full"]), "{at}");
        assert_eq!(features["full"], toml::Value::from(modules.clone()), "{at}");
        assert_eq!(
            features["testing"],
            toml::Value::from(vec!["serialize-responses", "dep:http"]),
            "{at}"
        );
        for module in &modules {
            assert!(
                module
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'),
                "{at}: feature name {module:?}"
            );
            assert_eq!(features[*module], toml::Value::Array(Vec::new()), "{at}");
        }
    }
}

/// The README's structure: fenced code blocks, and the rows of its two tables.
fn readme_shape(readme: &str) -> (usize, Vec<usize>) {
    let fences = readme
        .lines()
        .filter(|line| line.trim_start().starts_with("```"))
        .count();
    // Cells per table row, counting only `|` that are not backslash-escaped.
    let rows = readme
        .lines()
        .filter(|line| line.starts_with('|'))
        .map(|line| {
            let bytes = line.as_bytes();
            (0..bytes.len())
                .filter(|&i| bytes[i] == b'|' && (i == 0 || bytes[i - 1] != b'\\'))
                .count()
        })
        .collect();
    (fences, rows)
}

#[test]
fn hostile_strings_cannot_break_out_of_the_readme() {
    let benign = generate_from_text(BENIGN, None, &Options::default()).expect("benign generates");
    let (benign_fences, _) = readme_shape(file(&benign, "README.md"));
    for fixture in hostile_fixtures() {
        let generated = generate_from_file(&fixture, &Options::default())
            .unwrap_or_else(|error| panic!("{}: {error}", fixture.display()));
        let readme = file(&generated, "README.md");
        let at = fixture.display();
        let (fences, rows) = readme_shape(readme);
        assert_eq!(fences, benign_fences, "{at}: code fences\n{readme}");
        // Feature table: header, rule, one row per tag; operations table the same per method.
        let model = &generated.model;
        assert_eq!(
            rows.len(),
            2 + model.tags.len() + 2 + model.operations.len(),
            "{at}: table rows\n{readme}"
        );
        let (features, operations) = rows.split_at(2 + model.tags.len());
        assert!(
            features.iter().all(|&cells| cells == 3),
            "{at}: {features:?}"
        );
        assert!(
            operations.iter().all(|&cells| cells == 4),
            "{at}: {operations:?}"
        );
        for tag in ["<img", "<script", "</details>", "<b>"] {
            let unescaped = readme
                .match_indices(tag)
                .any(|(i, _)| !readme[..i].ends_with('\\'));
            assert!(!unescaped, "{at}: raw HTML {tag:?} in the README\n{readme}");
        }
        assert!(
            !readme.chars().any(|c| c.is_control() && c != '\n'),
            "{at}: control characters in the README"
        );
    }
}

#[test]
fn a_crate_version_that_is_not_semver_is_refused() {
    for version in [
        "1.0\"\n[dependencies]",
        "1.0",
        "1.0.0-",
        "1.0.0+a b",
        "v1.0.0",
    ] {
        let options = Options {
            crate_version: version.to_string(),
            ..Options::default()
        };
        let error = generate_from_text(BENIGN, None, &options).expect_err(version);
        assert!(
            error.to_string().contains("crate version"),
            "{version:?}: {error}"
        );
    }
    for version in ["0.1.0", "1.2.3-beta.1", "1.2.3+build.5", "10.20.30-rc-1+x"] {
        let options = Options {
            crate_version: version.to_string(),
            ..Options::default()
        };
        generate_from_text(BENIGN, None, &options).unwrap_or_else(|e| panic!("{version}: {e}"));
    }
}
