//! The constructs real-world descriptions use beyond Intercom's style (issue #13), each in a
//! small fixture under `tests/fixtures/`: the generated code is pinned here (insta snapshots
//! `tests/snapshots/constructs__<fixture>.snap`), while `bad_specs` pins their warnings and
//! compiles them warning-free with every other fixture.
//!
//! To review changed code: `INSTA_UPDATE=always cargo test -p generator --test constructs`,
//! then read the diff of `tests/snapshots/`.

use std::path::Path;

use generator::model::CredentialKind;
use generator::{generate_from_file, Generated, Options};

fn generate(fixture: &str) -> Generated {
    let path = Path::new("tests/fixtures").join(fixture);
    generate_from_file(&path, &Options::default())
        .unwrap_or_else(|error| panic!("{fixture} does not generate: {error}"))
}

/// The generated types and operations, each file under a header line.
fn code(generated: &Generated) -> String {
    let mut files: Vec<_> = generated
        .files
        .iter()
        .filter(|file| file.path == "src/types.rs" || file.path.starts_with("src/operations/"))
        .collect();
    files.sort_by(|a, b| a.path.cmp(&b.path));
    files
        .iter()
        .map(|file| format!("==> {} <==\n{}\n", file.path, file.contents))
        .collect()
}

fn warnings(generated: &Generated) -> Vec<String> {
    generated.warnings.iter().map(ToString::to_string).collect()
}

/// `$ref`s into a component or an operation resolve: inherited `allOf` fields are there, the
/// error body is typed, a shared place is one type, and a reference that leads nowhere is
/// reported once however often it is used.
#[test]
fn references_inside_components_resolve() {
    let generated = generate("deep-refs.yaml");
    let code = code(&generated);
    let label = code
        .split("pub struct Label {")
        .nth(1)
        .and_then(|rest| rest.split("\n}").next())
        .expect("a Label struct");
    assert!(
        label.contains("pub id: String"),
        "Label lost Tag's fields: {label}"
    );
    assert!(
        code.contains("pub struct Conflict {"),
        "the Conflict body is untyped"
    );
    assert!(code.contains("pub type TagAlias = TagPart1;"));
    assert!(code.contains("crate::Call<'_, crate::types::OddNameXInner>"));
    let warnings = warnings(&generated);
    let dangling: Vec<&String> = warnings.iter().filter(|w| w.contains("$ref")).collect();
    assert_eq!(dangling.len(), 1, "{warnings:#?}");
    assert!(dangling[0].contains("Tag/allOf/7"), "{warnings:#?}");
    insta::assert_snapshot!("deep-refs", code);
}

/// Parameters of every type render: unions, enums, numbers, booleans and arrays in the path,
/// the query and headers, each path parameter written in its declared style (the encoding
/// itself is tested in the runtime, `templates/runtime/request.rs`).
#[test]
fn parameters_of_every_type_render() {
    let generated = generate("parameter-types.yaml");
    let code = code(&generated);
    for expected in [
        "thing: &crate::types::GetThingThing,",
        "kind: &crate::types::GetThingKind,",
        "ratio: f64,",
        "flag: bool,",
        "ids: &[i64],",
        "&crate::request::encode_segment(thing)",
        "&crate::request::encode_segment(ids)",
        "crate::request::PathStyle::Label {\n                        explode: true,",
        "crate::request::PathStyle::Matrix {\n                        explode: false,",
        "crate::request::QueryStyle::PipeDelimited",
        "crate::request::QueryStyle::DeepObject",
        "request.header(\"X-Mode\", &x_mode)?;",
    ] {
        // Compared with whitespace collapsed: the assertions are about tokens, not layout.
        let flat = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flat(&code).contains(&flat(expected)),
            "missing `{expected}`"
        );
    }
    assert!(generated.warnings.is_empty(), "{:#?}", warnings(&generated));
    insta::assert_snapshot!("parameter-types", code);
}

/// Real operations keep their names: only the helpers actually generated are reserved, and a
/// helper that would take a real operation's name is the one renamed.
#[test]
fn helpers_never_take_a_real_operations_name() {
    let generated = generate("helper-names.yaml");
    let methods: Vec<&str> = generated
        .plan
        .methods
        .iter()
        .map(|m| m.name.as_str())
        .collect();
    assert_eq!(
        methods,
        [
            "list_items",
            "list_items_pages",
            "list_items_with_response",
            "get_repo",
            "get_repo_stream",
            "get_repo_pages"
        ]
    );
    let list = &generated.plan.methods[0];
    let stream = list.stream.as_ref().expect("listItems is paged");
    assert_eq!(
        (stream.stream.as_str(), stream.pages.as_str()),
        ("list_items_stream", "list_items_pages2")
    );
    assert!(generated.plan.methods[3].stream.is_none());
    assert!(generated.warnings.is_empty(), "{:#?}", warnings(&generated));
    insta::assert_snapshot!("helper-names", code(&generated));
}

/// A spec without tags is grouped by the first path segment after the prefix all its paths
/// share (one module and feature each), and every file header names the spec.
#[test]
fn untagged_operations_are_grouped_by_path() {
    let generated = generate("untagged.yaml");
    let modules: Vec<(&str, Option<&str>)> = generated
        .model
        .tags
        .iter()
        .map(|t| (t.module.as_str(), t.path_group.as_deref()))
        .collect();
    assert_eq!(
        modules,
        [
            ("root", Some("/")),
            ("v1", Some("/v1")),
            ("pets", Some("/v1/pets")),
            ("stores", Some("/v1/stores"))
        ]
    );
    assert_eq!(generated.plan.features, ["root", "v1", "pets", "stores"]);
    let runtime: Vec<String> = generator::runtime::RUNTIME_MODULES
        .iter()
        .map(|(name, _)| format!("src/{name}.rs"))
        .chain(["src/testing.rs".to_string()])
        .collect();
    let written = generated
        .files
        .iter()
        .filter(|f| f.path.ends_with(".rs") && !runtime.contains(&f.path));
    for file in written {
        assert!(
            file.contents
                .starts_with("// Generated from the OpenAPI description \"Untagged Store\""),
            "{} does not name the spec",
            file.path
        );
    }
    insta::assert_snapshot!("untagged", code(&generated));
}

/// Authentication is what `securitySchemes` and `security` declare: one builder method per
/// kind of credential, environment variables named after the crate, and per operation the
/// alternatives it accepts (`security: []` sends nothing). What the runtime sends for each
/// scheme is tested in the runtime (`templates/runtime/auth.rs`, against wiremock).
#[test]
fn security_schemes_are_sent_as_declared() {
    let path = Path::new("tests/fixtures/security-schemes.yaml");
    let options = Options {
        crate_name: "example-client".to_string(),
        ..Options::default()
    };
    let generated = generate_from_file(path, &options).expect("generates");
    let auth = &generated.plan.auth;
    assert_eq!(
        auth.env,
        [
            (CredentialKind::Bearer, vec!["EXAMPLE_TOKEN".to_string()]),
            (
                CredentialKind::Basic,
                vec![
                    "EXAMPLE_USERNAME".to_string(),
                    "EXAMPLE_PASSWORD".to_string()
                ]
            ),
            (CredentialKind::ApiKey, vec!["EXAMPLE_API_KEY".to_string()]),
        ]
    );
    // The default requirement starts with the API key, so `Client::new` takes one.
    assert_eq!(auth.primary, Some(CredentialKind::ApiKey));
    let config = generated
        .files
        .iter()
        .find(|file| file.path == "src/config.rs")
        .expect("config.rs");
    // Compared without whitespace: the assertions are about tokens, not layout.
    let flat = |text: &str| text.split_whitespace().collect::<String>();
    let config_text = flat(&config.contents);
    for expected in [
        "pub fn bearer_token(self, token: impl Into<String>) -> Self",
        "pub fn basic_auth( self, username: impl Into<String>, password: impl Into<String>, ) -> Self",
        "pub fn api_key(self, key: impl Into<String>) -> Self",
        "pub fn token(self, token: impl Into<String>) -> Self { self.api_key(token) }",
        "pub fn new(token: impl Into<String>) -> crate::Result<Self>",
        "Placement::Header(\"X-API-Key\")",
        "Placement::Query(\"api_key\")",
        "Placement::Cookie(\"session\")",
        "env_var(\"EXAMPLE_USERNAME\"), env_var(\"EXAMPLE_PASSWORD\")",
    ] {
        assert!(config_text.contains(&flat(expected)), "config.rs lacks `{expected}`");
    }
    assert!(!config_text.contains("DigestAuth"), "digest cannot be sent");
    let code = code(&generated);
    let code_text = flat(&code);
    for expected in [
        // `security: []`: nothing is sent.
        "request.security(&[]);",
        "request.security( &[ &[&crate::config::schemes::BASIC_AUTH], &[&crate::config::schemes::OAUTH], ], );",
        "request.security( &[ &[ &crate::config::schemes::API_KEY_QUERY, &crate::config::schemes::SESSION_COOKIE, ], ], );",
        "request.security(&[&[&crate::config::schemes::OPEN_ID], &[]]);",
    ] {
        assert!(code_text.contains(&flat(expected)), "missing `{expected}`");
    }
    // Only the operations that differ from the default say so.
    assert_eq!(code.matches(".security(").count(), 5, "{code}");
    let warnings = warnings(&generated);
    assert_eq!(warnings.len(), 3, "{warnings:#?}");
    assert!(warnings[0].contains("http scheme `digest` is not supported"));
    assert!(warnings[1].contains("`digestAuth` is not declared"));
    assert!(warnings[2].contains("`undeclared` is not declared"));
    insta::assert_snapshot!(
        "security-schemes",
        format!("==> src/config.rs <==\n{}\n{code}", config.contents)
    );
}

/// `application/x-www-form-urlencoded` bodies are typed like JSON ones and sent through the
/// runtime's form encoder (`templates/runtime/form.rs`, tested there), with the encoding
/// object's `style`/`explode`/`contentType` for the properties that have one.
#[test]
fn form_bodies_are_typed() {
    let generated = generate("form-bodies.yaml");
    let code = code(&generated);
    let flat = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    let code_text = flat(&code);
    for expected in [
        "pub fn create_customer( &self, body: &crate::types::CustomerForm, )",
        "pub fn create_token( &self, body: Option<&crate::types::CreateTokenRequest>, )",
        "crate::form::FieldEncoding { name: \"tags\", style: crate::form::FormStyle::Form { explode: true, }, }",
        "crate::form::FieldEncoding { name: \"preferences\", style: crate::form::FormStyle::Json, }",
        "if let Some(body) = body { request.form(body, &[])?; }",
        "- `body`: sent as `application/x-www-form-urlencoded`",
    ] {
        assert!(code_text.contains(&flat(expected)), "missing `{expected}`");
    }
    // `deepObject` is the default bracket style: no entry needed.
    assert!(!code_text.contains("name: \"expand\""));
    // JSON wins when an operation offers both.
    let session = code
        .split("pub fn create_session")
        .nth(1)
        .expect("createSession");
    assert!(session.contains("request.json(body)?;"), "{session}");
    assert!(generated.warnings.is_empty(), "{:#?}", warnings(&generated));
    assert!(generated
        .model
        .examples
        .iter()
        .any(|example| example.operation_id == "createCustomer" && example.sent));
    insta::assert_snapshot!("form-bodies", code);
}

/// Spec names spelled like what the generated impls and the runtime's macros use (`Err`,
/// `Output`, `Value`, `Default`, `from`, `new`, …) as enum values, property names, union
/// alternatives and schema names keep their meaning, and the impls refer to their own items
/// unambiguously (`bad_specs` compiles the fixture warning-free).
#[test]
fn names_the_generated_impls_use_are_ordinary_names() {
    let generated = generate("impl-names.yaml");
    let code = code(&generated);
    let collapsed: String = code.split_whitespace().collect::<Vec<_>>().join(" ");
    for expected in [
        "Err(\"Err\"), Error(\"Error\"), Output(\"Output\")",
        "Ok(\"Ok\"), Some(\"Some\"), None(\"None\"), Default(\"Default\")",
        "From(\"from\"), AsStr(\"as_str\"), New(\"new\")",
        "pub fn new(err: impl Into<ErrType>, error: impl Into<Error>) -> Self",
        "pub fn with_new(mut self, new: impl Into<String>) -> Self",
        "pub fn with_default(mut self, default: impl Into<DefaultType>) -> Self",
    ] {
        assert!(collapsed.contains(expected), "missing `{expected}`");
    }
    assert_eq!(warnings(&generated), Vec::<String>::new());
    insta::assert_snapshot!("impl-names", code);
}
