//! Where a struct gets `new` and its setters, and a union its `From` conversions, as the plan
//! decided them (`plan::construction`, `plan::variants`).

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use crate::model::Field;
use crate::plan::{Conversion, FieldInit, FieldShape, Input, InputKind, RustType, Scope, TypePlan};

/// Clippy's `too_many_arguments` threshold: a constructor with more required fields than
/// this allows the lint (the spec, not the generator, decides how many a type requires).
const MANY_ARGUMENTS: usize = 7;

/// The parameter type of an argument or setter.
fn parameter_type(input: &Input) -> TokenStream {
    let target = input.target.tokens(Scope::Types);
    match input.kind {
        InputKind::Value => quote!(impl Into<#target>),
        InputKind::Items => quote!(impl IntoIterator<Item = impl Into<#target>>),
        InputKind::Entries => {
            quote!(impl IntoIterator<Item = (impl Into<String>, impl Into<#target>)>)
        }
    }
}

/// The field's value built from the parameter `name`.
fn field_value(input: &Input, shape: FieldShape, name: &Ident) -> TokenStream {
    let converted = match input.kind {
        InputKind::Value => quote!(#name.into()),
        InputKind::Items => quote!(#name.into_iter().map(Into::into).collect()),
        InputKind::Entries => {
            quote!(#name.into_iter().map(|(key, value)| (key.into(), value.into())).collect())
        }
    };
    let value = if input.boxed {
        quote!(Box::new(#converted))
    } else {
        converted
    };
    match shape {
        FieldShape::Plain => value,
        FieldShape::Optional | FieldShape::ThreeState => quote!(Some(#value)),
    }
}

/// `impl Name { new, setters }`, and `Default` when `new` takes no argument.
pub fn struct_impl(plan: &TypePlan, gate: &TokenStream, fields: &[Field]) -> TokenStream {
    let name = format_ident!("{}", plan.name);
    let unknown = format_ident!("{}", crate::names::UNKNOWN_PROPERTIES_FIELD);
    let mut parameters = Vec::new();
    let mut values = Vec::new();
    let mut pinned = Vec::new();
    let mut setters = Vec::new();
    let mut unset = 0;
    for ((field, planned), init) in fields.iter().zip(&plan.fields).zip(&plan.inits) {
        let ident = format_ident!("{}", field.name);
        let value = match init {
            FieldInit::Argument(input) => {
                let ty = parameter_type(input);
                parameters.push(quote!(#ident: #ty));
                field_value(input, planned.shape, &ident)
            }
            FieldInit::Pinned(pinned_value) => {
                pinned.push(format!("`{}` is `{pinned_value}`", field.json_name));
                match planned.shape {
                    FieldShape::Plain => quote!(From::from(#pinned_value)),
                    _ => quote!(Some(From::from(#pinned_value))),
                }
            }
            FieldInit::Setter(setter, input) => {
                let setter = format_ident!("{setter}");
                let ty = parameter_type(input);
                let value = field_value(input, planned.shape, &ident);
                let doc = format!(" Sets [`{0}`](#structfield.{0}).", field.name);
                setters.push(quote! {
                    #[doc = #doc]
                    #[must_use]
                    pub fn #setter(mut self, #ident: #ty) -> Self {
                        self.#ident = #value;
                        self
                    }
                });
                quote!(None)
            }
            FieldInit::Unset => {
                unset += 1;
                quote!(None)
            }
        };
        values.push(quote!(#ident: #value));
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
    let allow = (parameters.len() > MANY_ARGUMENTS).then(|| {
        quote!(#[allow(clippy::too_many_arguments, reason = "the schema requires every one of them")])
    });
    let default = parameters.is_empty().then(|| {
        quote! {
            #gate
            impl Default for #name {
                fn default() -> Self {
                    Self::new()
                }
            }
        }
    });
    quote! {
        #gate
        impl #name {
            #(#[doc = #doc])*
            #allow
            pub fn new(#(#parameters),*) -> Self {
                Self {
                    #(#values,)*
                    #unknown: crate::UnknownProperties::new(),
                }
            }

            #(#setters)*
        }

        #default
    }
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
