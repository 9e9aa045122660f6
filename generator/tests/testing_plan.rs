//! The test kit's plan: one `Operation` variant per operation, the default answer of each
//! (the example of its first success status, an empty answer for a body-less success, else
//! none), the query parameters holding credentials, and the table emitted from it.

use generator::plan::DefaultAnswer;
use generator::{generate_from_text, Options};

const SPEC: &str = r#"
openapi: 3.0.3
info: {title: Pets, version: '1'}
components:
  securitySchemes:
    key: {type: apiKey, in: query, name: api_key}
    bearer: {type: http, scheme: bearer}
security: [{key: []}]
paths:
  /pets:
    post:
      operationId: createPet
      responses:
        '400':
          description: bad
          content:
            application/json:
              example: {error: bad}
        '201':
          description: created
          content:
            application/json:
              schema: {type: object, properties: {id: {type: string}}}
              example: {id: p-1}
  /pets/{id}:
    parameters: [{name: id, in: path, required: true, schema: {type: string}}]
    get:
      operationId: getPet
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {id: {type: string}}}
    delete:
      operationId: deletePet
      responses:
        '204': {description: gone}
  /pets/{id}/photo:
    parameters: [{name: id, in: path, required: true, schema: {type: string}}]
    get:
      operationId: get_pet
      responses:
        '200':
          description: a photo
          content:
            image/png: {}
"#;

#[test]
fn every_operation_gets_a_variant_and_a_default_answer() {
    let generated = generate_from_text(SPEC, None, &Options::default()).expect("generates");
    let testing = &generated.plan.testing;
    let rows: Vec<(&str, u16, &DefaultAnswer)> = testing
        .operations
        .iter()
        .map(|fake| (fake.variant.as_str(), fake.status, &fake.default))
        .collect();
    assert_eq!(
        rows,
        [
            (
                "CreatePet",
                201,
                &DefaultAnswer::Example(r#"{"id":"p-1"}"#.to_string())
            ),
            ("GetPet", 200, &DefaultAnswer::Unanswered),
            ("DeletePet", 204, &DefaultAnswer::Empty),
            // `get_pet` would be `getPet`'s method name: both keep a name of their own.
            ("GetPet2", 200, &DefaultAnswer::Unanswered),
        ]
    );
    assert_eq!(testing.credential_query, ["api_key"]);
    // The README's example calls the first operation without arguments that answers its
    // example: `createPet` (no body here), not `getPet` (an argument, no example).
    assert_eq!(testing.readme_operation, Some(0));

    let table = generated
        .files
        .iter()
        .find(|file| file.path == "src/testing/operations.rs")
        .expect("the table is generated");
    assert!(
        table.contents.contains("    CreatePet,\n"),
        "{}",
        table.contents
    );
    assert!(
        table
            .contents
            .contains(r###"default: DefaultAnswer::Example(r#"{"id":"p-1"}"#)"###),
        "{}",
        table.contents
    );
    assert!(table
        .contents
        .contains(r#"CREDENTIAL_QUERY: &[&str] = &["api_key"];"#));
    let manifest = generated
        .files
        .iter()
        .find(|file| file.path == "Cargo.toml")
        .expect("manifest");
    assert!(manifest
        .contents
        .contains(r#"testing = ["serialize-responses", "dep:http"]"#));
}

#[test]
fn an_api_without_operations_has_an_empty_test_kit() {
    let spec = "openapi: 3.0.3\ninfo: {title: Empty, version: '1'}\npaths: {}\n";
    let generated = generate_from_text(spec, None, &Options::default()).expect("generates");
    assert!(generated.plan.testing.operations.is_empty());
    assert!(generated
        .files
        .iter()
        .any(|file| file.path == "src/testing.rs"));
}
