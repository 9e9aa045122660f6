//! The generated test that decodes every example of the spec into the type the spec declares
//! for it, re-encodes it and compares (with `serialize-responses`), and decodes each example
//! into the types of other operations, which must fail.
//!
//! The code that checks is the same for every spec and goes through the formatter; what the
//! spec decides (an item per example and per pinned type, and the lists of them) is written
//! as laid-out text, since a spec can have thousands of examples.

use std::collections::HashMap;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::emit::layout::{self, Cfg, Item};
use crate::emit::Part;
use crate::model::{ApiModel, Example, TypeRef};
use crate::plan::{Gate, Plan, Scope};

/// Minimum share of (example, other pinned type) pairs the decoder must reject. A pair is
/// accepted only when the example carries no `type` at its root and shares a property with
/// the other type; in the official descriptions fewer than 2 % of the pinned-type examples
/// omit their `type`, so a lower figure means the decoder takes wrong objects again.
const MIN_REJECTED_SHARE: f64 = 0.98;

/// `tests/generated_examples.rs`.
pub fn file(model: &ApiModel, plan: &Plan, crate_ident: &str) -> Vec<Part> {
    let crate_ident = format_ident!("{crate_ident}");
    if model.examples.is_empty() {
        return vec![Part::Tokens(quote! {
            //! Decodes every example in the spec into the type the spec declares for it (the
            //! spec has none).

            #[test]
            fn every_spec_example_decodes() {
                let _ = std::any::type_name::<#crate_ident::Client>();
                println!("examples: 0 total");
            }
        })];
    }
    let root = quote!(#crate_ident);
    let mut parts = vec![Part::Tokens(checks(&crate_ident))];
    let mut listed = Vec::new();
    let mut decoders = Vec::new();
    let mut decoded_types = std::collections::BTreeSet::new();
    let gates: HashMap<&str, Cfg> = model
        .operations
        .iter()
        .zip(&plan.methods)
        .map(|(op, method)| (op.id.as_str(), Cfg::new(&method.gate)))
        .collect();
    let always = Cfg::new(&Gate::default());
    for (index, example) in model.examples.iter().enumerate() {
        let gate = gates.get(example.operation_id.as_str()).unwrap_or(&always);
        let ty = crate::plan::value_type(&plan.names, &example.ty).source(Scope::Crate(&root));
        let constant = format!("EXAMPLE_{index}");
        let pinned = pinned_root(model, &example.ty);
        parts.push(Part::Item(example_item(
            example,
            &constant,
            gate,
            &ty,
            pinned.map(|(_, value)| value),
        )));
        listed.push((gate, constant));
        let Some((id, pinned)) = pinned else {
            continue;
        };
        if decoded_types.insert(id) {
            let constant = format!("DECODER_{}", decoders.len());
            let name = plan.types.get(id).map_or("", |def| def.name.as_str());
            let mut decoder = Item::new();
            decoder.gate(gate);
            decoder.open(&format!("const {constant}: Decoder = Decoder {{"));
            decoder.line(&format!("pinned: {},", layout::string_literal(pinned)));
            decoder.line(&format!("name: {},", layout::string_literal(name)));
            decoder.line(&format!("rejects: rejects::<{ty}>,"));
            decoder.close("};");
            parts.push(Part::Item(decoder));
            decoders.push((gate, constant));
        }
    }
    parts.push(Part::Item(list(
        "Every example, each behind the features of its operation.",
        "const EXAMPLES: &[&Example]",
        &listed,
    )));
    parts.push(Part::Item(list(
        "A decoder per type that pins its `type`, each behind the features of its operation.",
        "const DECODERS: &[&Decoder]",
        &decoders,
    )));
    parts
}

/// The `const` holding one example.
fn example_item(
    example: &Example,
    constant: &str,
    gate: &Cfg,
    ty: &str,
    pinned: Option<&str>,
) -> Item {
    let strings = |values: &[String]| {
        let values: Vec<String> = values.iter().map(|v| layout::string_literal(v)).collect();
        format!("&[{}]", values.join(", "))
    };
    let mut item = Item::new();
    item.gate(gate);
    item.open(&format!("const {constant}: Example = Example {{"));
    item.line_of_one_literal(&format!(
        "label: {},",
        layout::string_literal(&example.label)
    ));
    let json = super::raw_string(&example.value.to_string()).to_string();
    item.line_of_one_literal(&format!("json: {json},"));
    item.line(&format!(
        "unknown_enum_values: {},",
        strings(&example.unknown_enum_values)
    ));
    item.line(&format!(
        "disallowed_nulls: {},",
        strings(&example.disallowed_nulls)
    ));
    match pinned {
        Some(value) => item.line(&format!("pinned: Some({}),", layout::string_literal(value))),
        None => item.line("pinned: None,"),
    }
    item.line(&format!("check: check::<{ty}>,"));
    item.close("};");
    item
}

/// A `const` slice of references to `constants`, each behind its gate.
fn list(doc: &str, declaration: &str, constants: &[(&Cfg, String)]) -> Item {
    let mut item = Item::new();
    item.docs(&[format!(" {doc}")]);
    let elements: Vec<String> = constants.iter().map(|(_, c)| format!("&{c}")).collect();
    if constants.iter().all(|(gate, _)| gate.one_line().is_none()) {
        // No attributes: the formatter lays out the slice as a call's arguments.
        let one_line = format!("{declaration} = &[{}];", elements.join(", "));
        item.line(&one_line);
        return item;
    }
    item.open(&format!("{declaration} = &["));
    for ((gate, _), element) in constants.iter().zip(&elements) {
        item.gate(gate);
        item.line(&format!("{element},"));
    }
    item.close("];");
    // A slice short enough for one line is written on one line, attributes and all.
    let one_line: Vec<String> = constants
        .iter()
        .zip(&elements)
        .map(|((gate, _), element)| match gate.one_line() {
            Some(attribute) => format!("{attribute} {element}"),
            None => element.clone(),
        })
        .collect();
    if layout::fits_top_level(format!("{declaration} = &[{}];", one_line.join(", ")).len()) {
        item.leave_to_formatter();
    }
    item
}

/// The struct an example's type is, and the `type` value it pins.
fn pinned_root<'m>(model: &'m ApiModel, ty: &TypeRef) -> Option<(usize, &'m str)> {
    let TypeRef::Named(id) = ty else {
        return None;
    };
    let (id, _, fields) = model.struct_def(*id)?;
    let pinned = fields.iter().find_map(|field| model.pinned_value(field))?;
    Some((id, pinned))
}

/// The module docs and the code that checks, the same for every spec.
fn checks(crate_ident: &proc_macro2::Ident) -> TokenStream {
    quote! {
        //! Decodes every example in the spec into the type the spec declares for it; with the
        //! `serialize-responses` feature, re-encodes it and compares it with the original:
        //! every property must survive with an equal value, except where a leniency rule of
        //! the decoder applied, and each such case is counted by rule. Then decodes each
        //! example that names its `type` into the types of the other examples, which must
        //! fail.

        use std::collections::BTreeMap;

        /// One example of the spec.
        struct Example {
            /// Where it comes from.
            label: &'static str,
            /// The example, as JSON.
            json: &'static str,
            /// Where it holds a value its string enum does not list.
            #[cfg_attr(not(feature = "serialize-responses"), allow(dead_code, reason = "read when fidelity is checked"))]
            unknown_enum_values: &'static [&'static str],
            /// Where it holds `null` for an optional property that does not allow it.
            #[cfg_attr(not(feature = "serialize-responses"), allow(dead_code, reason = "read when fidelity is checked"))]
            disallowed_nulls: &'static [&'static str],
            /// The `type` its type pins, if it pins one.
            pinned: Option<&'static str>,
            /// Decodes it as the type the spec declares for it, and records the outcome.
            check: fn(&Example, &mut Report),
        }

        /// What the examples test found.
        #[derive(Default)]
        struct Report {
            total: usize,
            exact: usize,
            lenient: usize,
            failures: Vec<String>,
            /// Leniency rule → where it applied.
            rules: BTreeMap<&'static str, Vec<String>>,
        }

        /// Decodes `json` as `T`, re-encodes it and compares.
        #[cfg(feature = "serialize-responses")]
        fn check<T: serde::de::DeserializeOwned + serde::Serialize>(
            example: &Example,
            report: &mut Report,
        ) {
            let Example { label, json, unknown_enum_values, disallowed_nulls, .. } = *example;
            report.total += 1;
            let decoded = match #crate_ident::from_str::<T>(json) {
                Ok(decoded) => decoded,
                Err(error) => return report.failures.push(format!("{label}: {error}")),
            };
            let original: serde_json::Value = serde_json::from_str(json).expect("the example is JSON");
            let encoded = serde_json::to_value(&decoded).expect("a decoded value encodes");
            let mut applied = Vec::new();
            if let Err(difference) = compare(&original, &encoded, "$", &mut applied) {
                return report.failures.push(format!("{label}: {difference}"));
            }
            applied.extend(unknown_enum_values.iter().map(|path| (UNKNOWN_ENUM_VALUE, path.to_string())));
            applied.extend(disallowed_nulls.iter().map(|path| (NULL_OMITTED, path.to_string())));
            if applied.is_empty() {
                report.exact += 1;
            } else {
                report.lenient += 1;
                for (rule, path) in applied {
                    report.rules.entry(rule).or_default().push(format!("{label} at {path}"));
                }
            }
        }

        /// Decodes `json` as `T` (fidelity needs the `serialize-responses` feature).
        #[cfg(not(feature = "serialize-responses"))]
        fn check<T: serde::de::DeserializeOwned>(example: &Example, report: &mut Report) {
            let Example { label, json, .. } = *example;
            report.total += 1;
            match #crate_ident::from_str::<T>(json) {
                Ok(_) => report.exact += 1,
                Err(error) => report.failures.push(format!("{label}: {error}")),
            }
        }

        #[cfg(feature = "serialize-responses")]
        const UNKNOWN_ENUM_VALUE: &str = "enum value the spec does not list kept";
        #[cfg(feature = "serialize-responses")]
        const MISSING_DEFAULTED: &str = "missing property decoded as its default";
        #[cfg(feature = "serialize-responses")]
        const NULL_DEFAULTED: &str = "null decoded as the default value";
        #[cfg(feature = "serialize-responses")]
        const NULL_OMITTED: &str = "null for an optional property that does not allow it read as absent";
        #[cfg(feature = "serialize-responses")]
        const UNKNOWN_IGNORED: &str = "property the schema does not describe ignored";
        #[cfg(feature = "serialize-responses")]
        const TEXT_TO_NUMBER: &str = "number sent as a string converted";
        #[cfg(feature = "serialize-responses")]
        const TO_TEXT: &str = "number or boolean sent for a string converted";
        #[cfg(feature = "serialize-responses")]
        const TEXT_TO_BOOLEAN: &str = "boolean sent as a string converted";

        /// Compares an example with its decoded and re-encoded value: differences a leniency
        /// rule explains are collected in `applied`, any other one is returned.
        #[cfg(feature = "serialize-responses")]
        fn compare(
            original: &serde_json::Value,
            encoded: &serde_json::Value,
            path: &str,
            applied: &mut Vec<(&'static str, String)>,
        ) -> Result<(), String> {
            use serde_json::Value;
            let rule = match (original, encoded) {
                (Value::Number(a), Value::Number(b)) if a.as_f64() == b.as_f64() => return Ok(()),
                (a, b) if a == b => return Ok(()),
                (Value::Null, _) => NULL_DEFAULTED,
                (Value::String(text), Value::Number(number))
                    if text.trim().parse::<f64>().ok() == number.as_f64() => TEXT_TO_NUMBER,
                (Value::Number(number), Value::String(text)) if number.to_string() == *text => TO_TEXT,
                (Value::Bool(flag), Value::String(text)) if flag.to_string() == *text => TO_TEXT,
                (Value::String(text), Value::Bool(flag)) if text.trim() == flag.to_string() => TEXT_TO_BOOLEAN,
                (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
                    for (index, (a, b)) in a.iter().zip(b).enumerate() {
                        compare(a, b, &format!("{path}[{index}]"), applied)?;
                    }
                    return Ok(());
                }
                (Value::Object(a), Value::Object(b)) => {
                    for (key, value) in a {
                        let inner = format!("{path}.{key}");
                        match b.get(key) {
                            Some(encoded) => compare(value, encoded, &inner, applied)?,
                            // `null` and absent are one value of an optional field; where
                            // the schema does not allow `null`, the model lists the site.
                            None if value.is_null() => {}
                            None => applied.push((UNKNOWN_IGNORED, inner)),
                        }
                    }
                    for key in b.keys().filter(|key| !a.contains_key(*key)) {
                        applied.push((MISSING_DEFAULTED, format!("{path}.{key}")));
                    }
                    return Ok(());
                }
                (a, b) => return Err(format!("at {path}, {a} came back as {b}")),
            };
            applied.push((rule, path.to_string()));
            Ok(())
        }

        #[test]
        fn every_spec_example_decodes() {
            let _ = std::any::type_name::<#crate_ident::Client>();
            let mut report = Report::default();
            for example in EXAMPLES {
                (example.check)(example, &mut report);
            }
            let fidelity = if cfg!(feature = "serialize-responses") {
                ""
            } else {
                " (fidelity not checked: needs --features serialize-responses)"
            };
            println!(
                "examples: {} total, {} exact, {} through leniency, {} failed{fidelity}",
                report.total, report.exact, report.lenient, report.failures.len()
            );
            for (rule, sites) in &report.rules {
                println!("leniency: {} × {rule}", sites.len());
                for site in sites.iter().take(5) {
                    println!("    {site}");
                }
                if sites.len() > 5 {
                    println!("    … and {} more", sites.len() - 5);
                }
            }
            assert!(report.failures.is_empty(), "examples that do not decode faithfully:\n{}", report.failures.join("\n"));
        }

        /// Whether decoding `json` as `T` fails.
        #[allow(dead_code, reason = "used only when the spec has examples of a pinned type")]
        fn rejects<T: serde::de::DeserializeOwned>(json: &str) -> bool {
            #crate_ident::from_str::<T>(json).is_err()
        }

        /// A type that pins its `type`, and whether it rejects a JSON text.
        struct Decoder {
            /// The `type` value it pins.
            pinned: &'static str,
            /// The type's name.
            name: &'static str,
            /// Whether decoding a JSON text as the type fails.
            rejects: fn(&str) -> bool,
        }

        #[test]
        fn examples_of_other_types_are_rejected() {
            let mut pairs = 0_usize;
            let mut accepted = Vec::new();
            for example in EXAMPLES {
                let Some(pinned) = example.pinned else {
                    continue;
                };
                for decoder in DECODERS.iter().filter(|decoder| decoder.pinned != pinned) {
                    pairs += 1;
                    if !(decoder.rejects)(example.json) {
                        accepted.push(format!("{} decoded as {}", example.label, decoder.name));
                    }
                }
            }
            let rejected = pairs - accepted.len();
            let share = if pairs == 0 { 1.0 } else { rejected as f64 / pairs as f64 };
            println!(
                "wrong-type examples rejected: {rejected} / {pairs} ({:.2} %)",
                share * 100.0
            );
            for pair in accepted.iter().take(10) {
                println!("    accepted: {pair}");
            }
            assert!(
                share >= #MIN_REJECTED_SHARE,
                "only {rejected} of {pairs} wrong-type decodes were rejected (at least {} % must be)",
                #MIN_REJECTED_SHARE * 100.0
            );
        }
    }
}
