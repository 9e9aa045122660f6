//! The hand-written runtime modules of the generated crate (`templates/runtime/`), and what
//! the generator must know about them: the names of `Client`'s methods, which no operation
//! may take.

/// Runtime modules copied from `templates/runtime/` into `src/`.
pub const RUNTIME_MODULES: &[(&str, &str)] = &[
    ("auth", include_str!("../../templates/runtime/auth.rs")),
    ("call", include_str!("../../templates/runtime/call.rs")),
    ("client", include_str!("../../templates/runtime/client.rs")),
    ("codec", include_str!("../../templates/runtime/codec.rs")),
    ("decode", include_str!("../../templates/runtime/decode.rs")),
    ("error", include_str!("../../templates/runtime/error.rs")),
    ("form", include_str!("../../templates/runtime/form.rs")),
    ("hooks", include_str!("../../templates/runtime/hooks.rs")),
    (
        "pagination",
        include_str!("../../templates/runtime/pagination.rs"),
    ),
    (
        "request",
        include_str!("../../templates/runtime/request.rs"),
    ),
    (
        "response",
        include_str!("../../templates/runtime/response.rs"),
    ),
    ("send", include_str!("../../templates/runtime/send.rs")),
    ("token", include_str!("../../templates/runtime/token.rs")),
    (
        "unknown",
        include_str!("../../templates/runtime/unknown.rs"),
    ),
    ("wire", include_str!("../../templates/runtime/wire.rs")),
];

/// The runtime module of webhook signatures, copied into crates whose spec has webhooks
/// (compiled with their feature: it needs the HMAC crates).
pub const SIGNATURE_MODULE: (&str, &str) = (
    "signature",
    include_str!("../../templates/runtime/signature.rs"),
);

/// The test kit's runtime (`src/testing.rs`, behind the `testing` feature); its generated
/// part is `src/testing/operations.rs`.
pub const TESTING_MODULE: &str = include_str!("../../templates/runtime/testing.rs");

/// Every method name `Client` has in the generated crate, sorted: the runtime's inherent
/// methods (public or not), those of the traits it implements and of its derives, and the
/// constructors the generator writes into `config.rs` (their arguments depend on the spec's
/// security schemes). A test reads them from the runtime sources, so this list cannot fall
/// behind them; it is written out because parsing the sources costs more than the rest of
/// lowering.
const CLIENT_METHOD_NAMES: &[&str] = &[
    "base_url",
    "builder",
    "clone",
    "clone_from",
    "fmt",
    "from_env",
    "new",
    "with_options",
];

/// The names an operation's method may not take: `Client`'s own (see
/// [`CLIENT_METHOD_NAMES`]).
pub fn client_method_names() -> &'static [&'static str] {
    CLIENT_METHOD_NAMES
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::{CLIENT_METHOD_NAMES, RUNTIME_MODULES};

    /// `Client` methods the generator writes into `config.rs`.
    const GENERATED_CLIENT_METHODS: &[&str] = &["new", "from_env"];

    /// Methods the standard derives give a type (`#[derive(Clone)]` → `clone`, …).
    fn derived_methods(derive: &str) -> &'static [&'static str] {
        match derive {
            "Clone" => &["clone", "clone_from"],
            "Debug" => &["fmt"],
            "Default" => &["default"],
            "PartialEq" => &["eq", "ne"],
            "Eq" => &["assert_receiver_is_total_eq"],
            "Hash" => &["hash", "hash_slice"],
            _ => &[],
        }
    }

    fn is_client(ty: &syn::Type) -> bool {
        match ty {
            syn::Type::Path(path) => path
                .path
                .segments
                .last()
                .is_some_and(|segment| segment.ident == "Client"),
            _ => false,
        }
    }

    /// `Client`'s method names as the runtime sources have them.
    fn read_from_sources() -> BTreeSet<String> {
        let mut names: BTreeSet<String> = GENERATED_CLIENT_METHODS
            .iter()
            .map(|name| name.to_string())
            .collect();
        for (module, source) in RUNTIME_MODULES {
            let file = syn::parse_file(source)
                .unwrap_or_else(|error| panic!("templates/runtime/{module}.rs: {error}"));
            for item in &file.items {
                match item {
                    syn::Item::Impl(block) if is_client(&block.self_ty) => {
                        names.extend(block.items.iter().filter_map(|item| match item {
                            syn::ImplItem::Fn(function) => Some(function.sig.ident.to_string()),
                            _ => None,
                        }));
                    }
                    syn::Item::Struct(definition) if definition.ident == "Client" => {
                        for attribute in &definition.attrs {
                            if !attribute.path().is_ident("derive") {
                                continue;
                            }
                            let _ = attribute.parse_nested_meta(|meta| {
                                if let Some(derive) = meta.path.segments.last() {
                                    let derive = derive.ident.to_string();
                                    names.extend(
                                        derived_methods(&derive).iter().map(|m| m.to_string()),
                                    );
                                }
                                Ok(())
                            });
                        }
                    }
                    _ => {}
                }
            }
        }
        names
    }

    #[test]
    fn client_method_names_are_those_of_the_runtime_sources() {
        let read = read_from_sources();
        let listed: BTreeSet<String> = CLIENT_METHOD_NAMES.iter().map(|n| n.to_string()).collect();
        assert!(
            read == listed,
            "CLIENT_METHOD_NAMES in generator/src/runtime.rs is out of date; it should be {read:#?}"
        );
        assert!(
            CLIENT_METHOD_NAMES.windows(2).all(|pair| pair[0] < pair[1]),
            "CLIENT_METHOD_NAMES is not sorted"
        );
        for name in ["execute", "attempt"] {
            assert!(!read.contains(name), "free function {name} is not a method");
        }
    }
}
