//! Operations never take a name `Client` already has: every function name in the runtime
//! sources (a superset of `Client`'s methods) is used as an operationId, and the generated
//! crate must still have each inherent `Client` method name once.

use std::collections::BTreeMap;
use std::path::Path;

/// Every `fn name` in the runtime templates, found textually (independently of how the
/// generator reads them).
fn runtime_function_names() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../templates/runtime");
    let mut names = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("templates/runtime is readable") {
        let text = std::fs::read_to_string(entry.expect("entry").path()).expect("readable");
        for piece in text.split("fn ").skip(1) {
            let name: String = piece
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() && !names.contains(&name) {
                names.push(name);
            }
        }
    }
    names.sort();
    names
}

fn spec_with_operations(ids: &[String]) -> String {
    let mut spec = String::from("openapi: 3.0.3\ninfo:\n  title: Names\n  version: '1'\npaths:\n");
    for id in ids {
        spec.push_str(&format!(
            "  /{id}:\n    get:\n      operationId: {id}\n      responses:\n        '200':\n          description: ok\n"
        ));
    }
    spec
}

/// Inherent methods of `Client` in a file, with how often each appears.
fn client_methods(source: &str, counts: &mut BTreeMap<String, usize>) {
    let file = syn::parse_file(source).expect("generated Rust parses");
    for item in file.items {
        let syn::Item::Impl(block) = item else {
            continue;
        };
        let syn::Type::Path(path) = &*block.self_ty else {
            continue;
        };
        let is_client = path
            .path
            .segments
            .last()
            .is_some_and(|s| s.ident == "Client");
        if !is_client || block.trait_.is_some() {
            continue;
        }
        for item in block.items {
            if let syn::ImplItem::Fn(function) = item {
                *counts.entry(function.sig.ident.to_string()).or_default() += 1;
            }
        }
    }
}

#[test]
fn every_inherent_client_method_name_is_reserved() {
    let names = runtime_function_names();
    assert!(names.iter().any(|n| n == "execute"), "{names:?}");
    let spec = spec_with_operations(&names);
    let generated = generator::generate_from_text(&spec, None, &generator::Options::default())
        .unwrap_or_else(|error| panic!("{error}"));
    let mut counts = BTreeMap::new();
    for file in &generated.files {
        if file.path.starts_with("src/") && file.path.ends_with(".rs") {
            client_methods(&file.contents, &mut counts);
        }
    }
    let twice: Vec<_> = counts.iter().filter(|(_, count)| **count > 1).collect();
    assert!(twice.is_empty(), "method names defined twice: {twice:?}");
    // Every operation still got a method (renamed where it had to be).
    assert_eq!(generated.plan.methods.len(), names.len());
}
