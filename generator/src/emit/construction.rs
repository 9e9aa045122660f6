//! Where a struct gets `new` and its setters, and a union its `From` conversions, as the plan
//! decided them (`plan::construction`, `plan::variants`).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::emit::layout::{self, Cfg, Item};
use crate::model::Field;
use crate::plan::{Conversion, FieldInit, FieldShape, Input, InputKind, RustType, Scope, TypePlan};

/// Clippy's `too_many_arguments` threshold: a constructor with more required fields than
/// this allows the lint (the spec, not the generator, decides how many a type requires).
const MANY_ARGUMENTS: usize = 7;

/// The parameter type of an argument or setter.
fn parameter_type(input: &Input) -> String {
    let target = input.target.source(Scope::Types);
    match input.kind {
        InputKind::Value => format!("impl Into<{target}>"),
        InputKind::Items => format!("impl IntoIterator<Item = impl Into<{target}>>"),
        InputKind::Entries => {
            format!("impl IntoIterator<Item = (impl Into<String>, impl Into<{target}>)>")
        }
    }
}

/// The field's value built from the parameter `name`.
fn field_value(input: &Input, shape: FieldShape, name: &str) -> String {
    let converted = match input.kind {
        InputKind::Value => format!("{name}.into()"),
        InputKind::Items => format!("{name}.into_iter().map(Into::into).collect()"),
        InputKind::Entries => {
            format!("{name}.into_iter().map(|(key, value)| (key.into(), value.into())).collect()")
        }
    };
    let value = if input.boxed {
        format!("Box::new({converted})")
    } else {
        converted
    };
    match shape {
        FieldShape::Plain => value,
        FieldShape::Optional | FieldShape::ThreeState => format!("Some({value})"),
    }
}

/// `impl Name { new, setters }`, and `Default` when `new` takes no argument.
pub fn struct_impl(plan: &TypePlan, cfg: &Cfg, fields: &[Field]) -> Vec<Item> {
    let name = &plan.name;
    let unknown = crate::names::UNKNOWN_PROPERTIES_FIELD;
    let mut parameters = Vec::new();
    let mut values = Vec::new();
    let mut pinned = Vec::new();
    let mut setters = Vec::new();
    let mut unset = 0;
    for ((field, planned), init) in fields.iter().zip(&plan.fields).zip(&plan.inits) {
        let ident = field.name.as_str();
        let value = match init {
            FieldInit::Argument(input) => {
                parameters.push(format!("{ident}: {}", parameter_type(input)));
                field_value(input, planned.shape, ident)
            }
            FieldInit::Pinned(pinned_value) => {
                pinned.push(format!("`{}` is `{pinned_value}`", field.json_name));
                let literal = layout::string_literal(pinned_value);
                match planned.shape {
                    FieldShape::Plain => format!("From::from({literal})"),
                    _ => format!("Some(From::from({literal}))"),
                }
            }
            FieldInit::Setter(setter, input) => {
                setters.push((setter, ident, input, planned.shape));
                "None".to_string()
            }
            FieldInit::Unset => {
                unset += 1;
                "None".to_string()
            }
        };
        values.push(format!("{ident}: {value},"));
    }
    let mut doc: Vec<String> = match (parameters.is_empty(), setters.is_empty(), unset) {
        (false, false, _) => vec![
            " Builds a value from its required fields; the optional ones start as `None` and are"
                .to_string(),
            " set with the methods below.".to_string(),
        ],
        (false, true, 0) => vec![" Builds a value from its fields.".to_string()],
        (false, true, _) => vec![
            " Builds a value from its required fields; the optional ones start as `None` (assign"
                .to_string(),
            " them: only the types requests use have setters).".to_string(),
        ],
        (true, false, _) => vec![
            " Builds an empty value: every field is optional and starts as `None`; set them with"
                .to_string(),
            " the methods below.".to_string(),
        ],
        (true, true, 0) => vec![" Builds the value.".to_string()],
        (true, true, _) => vec![
            " Builds an empty value: every field is optional and starts as `None` (assign them:"
                .to_string(),
            " only the types requests use have setters).".to_string(),
        ],
    };
    if !pinned.is_empty() {
        doc.push(String::new());
        doc.push(format!(" Filled in: {}.", pinned.join(", ")));
    }

    let mut methods = Item::new();
    methods.gate(cfg);
    methods.open(&format!("impl {name} {{"));
    methods.begin_method();
    methods.docs(&doc);
    if parameters.len() > MANY_ARGUMENTS {
        methods.line(
            "#[allow(clippy::too_many_arguments, reason = \"the schema requires every one of them\")]",
        );
    }
    methods.open_fn("pub fn new", &parameters, " -> Self {");
    methods.open("Self {");
    for value in &values {
        methods.line(value);
    }
    methods.line(&format!("{unknown}: crate::UnknownProperties::new(),"));
    methods.close("}");
    methods.close("}");
    methods.end_method();
    for (setter, ident, input, shape) in setters {
        methods.begin_method();
        methods.docs(&[format!(" Sets [`{ident}`](#structfield.{ident}).")]);
        methods.line("#[must_use]");
        let parameter = format!("{ident}: {}", parameter_type(input));
        methods.open_fn(
            &format!("pub fn {setter}"),
            &["mut self".to_string(), parameter],
            " -> Self {",
        );
        methods.line(&format!(
            "self.{ident} = {};",
            field_value(input, shape, ident)
        ));
        methods.line("self");
        methods.close("}");
        methods.end_method();
    }
    methods.close("}");

    let mut items = vec![methods];
    if parameters.is_empty() {
        let mut default = Item::new();
        default.gate(cfg);
        default.open(&format!("impl Default for {name} {{"));
        default.open("fn default() -> Self {");
        default.line("Self::new()");
        default.close("}");
        default.close("}");
        items.push(default);
    }
    items
}

/// The union's `From` conversions, as the plan lists them: `Query::from(filter)`,
/// `CustomAttributeValue::from("gold")`, `value.into()`.
pub fn union_from(plan: &TypePlan, gate: &TokenStream) -> TokenStream {
    let union = format_ident!("{}", plan.name);
    let impls = plan.conversions.iter().filter_map(|conversion| {
        let (index, source, value) = match *conversion {
            Conversion::Payload(index) => {
                let (source, value) = match plan.variants.get(index)? {
                    RustType::Boxed(inner) => (inner.tokens(Scope::Types), quote!(Box::new(value))),
                    other => (other.tokens(Scope::Types), quote!(value)),
                };
                (index, source, value)
            }
            Conversion::Str(index) => (index, quote!(&str), quote!(value.into())),
            Conversion::I32(index) => (index, quote!(i32), quote!(value.into())),
        };
        let variant = format_ident!("{}", plan.variant_names.get(index)?);
        Some(quote! {
            #gate
            impl From<#source> for #union {
                fn from(value: #source) -> Self {
                    Self::#variant(#value)
                }
            }
        })
    });
    quote!(#(#impls)*)
}
