//! The `no_run` example on every operation method: a short `async fn` that builds the
//! request from the spec's examples (the request body's, the parameters') in the crate's
//! construction style (`Type::new(required…).optional(…)`, short union variants, `From`
//! conversions), sends it and prints the result; a paged operation also reads its stream.
//!
//! Every spelling comes from the plan (constructor arguments, pinned fields, setter names,
//! variant names and conversions), so an example cannot disagree with the code it calls.
//! Where the spec has no example, the required fields get placeholders of the right type.
//! An example that cannot be written (a value that fits no type, a type too deep) is left
//! out for that method, never emitted broken.

mod literals;
mod values;

use std::collections::BTreeSet;

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};
use serde_json::Value;

use crate::model::{ApiModel, Operation, ParamLocation};
use crate::plan::{ArgumentKind, MethodPlan, NextPage, Plan, RustType};
use literals::string_literal;

/// Nesting an example may reach before it is given up (recursive types end here).
const MAX_DEPTH: usize = 12;

/// Names an example writes unqualified besides the types it imports: a type of the spec with
/// one of them is written with its `types::` path instead.
const TAKEN_NAMES: &[&str] = &["Client", "Nullable", "FileUpload", "Error"];

/// The `# Example` section of `operation`'s method docs, or nothing when no example can be
/// written for it.
pub fn section(
    model: &ApiModel,
    plan: &Plan,
    crate_ident: &str,
    operation: &Operation,
    method: &MethodPlan,
) -> TokenStream {
    let Some(code) = code(model, plan, crate_ident, operation, method) else {
        return TokenStream::new();
    };
    let mut lines = vec![
        " # Example".to_string(),
        String::new(),
        " ```no_run".to_string(),
    ];
    lines.extend(code.lines().map(|line| {
        if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        }
    }));
    lines.push(" ```".to_string());
    let lines = lines.iter().map(|line| quote!(#[doc = #line]));
    quote!(#[doc = ""] #(#lines)*)
}

/// The example of `operation`'s method, as Rust source (imports, then an `async fn`), or
/// `None` when none can be written.
pub fn code(
    model: &ApiModel,
    plan: &Plan,
    crate_ident: &str,
    operation: &Operation,
    method: &MethodPlan,
) -> Option<String> {
    Writer::new(model, plan, crate_ident).example(operation, method)
}

/// Writes one example, remembering the names it imports.
struct Writer<'a> {
    model: &'a ApiModel,
    plan: &'a Plan,
    crate_ident: TokenStream,
    /// Types imported from `types`.
    imports: BTreeSet<String>,
    /// Runtime items imported from the crate root (`Nullable`, `FileUpload`).
    root_imports: BTreeSet<&'static str>,
}

impl<'a> Writer<'a> {
    fn new(model: &'a ApiModel, plan: &'a Plan, crate_ident: &str) -> Self {
        Writer {
            model,
            plan,
            crate_ident: crate_ident.parse().unwrap_or_else(|_| quote!(crate)),
            imports: BTreeSet::new(),
            root_imports: BTreeSet::new(),
        }
    }

    /// The example's source, formatted; `None` when some required value cannot be written.
    fn example(mut self, operation: &Operation, method: &MethodPlan) -> Option<String> {
        let body_example = self
            .model
            .examples
            .iter()
            .find(|e| e.sent && e.operation_id == operation.id)
            .map(|e| &e.value);
        let mut statements = Vec::new();
        let mut arguments = Vec::new();
        let mut positional = operation
            .params
            .iter()
            .filter(|p| p.required || p.location == ParamLocation::Path);
        for argument in &method.arguments {
            match argument.kind {
                ArgumentKind::Param => {
                    let param = positional.next()?;
                    arguments.push(self.argument(
                        &argument.ty,
                        param.example.as_ref(),
                        &param.name,
                    )?);
                }
                ArgumentKind::Body => {
                    let (ty, optional) = match &argument.ty {
                        RustType::Option(inner) => (inner.as_ref(), true),
                        other => (other, false),
                    };
                    if optional && body_example.is_none() {
                        arguments.push(quote!(None));
                        continue;
                    }
                    let (value, borrowed) = match ty {
                        RustType::Ref(inner) => (self.typed(inner, body_example, "body", 0)?, true),
                        RustType::Slice(inner) => {
                            let vec = RustType::vec(inner.as_ref().clone());
                            (self.typed(&vec, body_example, "body", 0)?, true)
                        }
                        RustType::Str => (string_literal(body_example, "body")?, false),
                        _ => return None,
                    };
                    statements.push(quote!(let request = #value;));
                    let request = if borrowed {
                        quote!(&request)
                    } else {
                        quote!(request)
                    };
                    arguments.push(if optional {
                        quote!(Some(#request))
                    } else {
                        request
                    });
                }
                ArgumentKind::Params => {
                    let params = self.params(operation, method)?;
                    match params {
                        Some(value) => {
                            statements.push(quote!(let params = #value;));
                            arguments.push(quote!(&params));
                        }
                        None => {
                            let name = self.type_path(operation.params_struct.as_deref()?);
                            arguments.push(quote!(&#name::default()));
                        }
                    }
                }
            }
        }
        let call = format_ident!("{}", method.name);
        let call = quote!(client.#call(#(#arguments),*));
        if method.returns == RustType::Unit {
            statements.push(quote!(#call.await?;));
        } else {
            let binding = match &method.returns {
                RustType::Named(name) => crate::names::field_name(name),
                _ => "response".to_string(),
            };
            let binding = match binding.as_str() {
                "client" | "request" | "params" | "items" | "item" => "response".to_string(),
                _ => binding,
            };
            let ident = format_ident!("{binding}");
            let format = Literal::string(&format!("{{{binding}:?}}"));
            statements.push(quote! {
                let #ident = #call.await?;
                println!(#format);
            });
        }
        let stream = method
            .stream
            .as_ref()
            .filter(|s| !s.fetched.is_empty() && !matches!(s.next, NextPage::Unsupported));
        if let Some(stream) = stream {
            let stream = format_ident!("{}", stream.stream);
            statements.push(quote! {
                let mut items = client.#stream(#(#arguments),*);
                while let Some(item) = items.try_next().await? {
                    println!("{item:?}");
                }
            });
        }
        let root = &self.crate_ident;
        let mut uses = vec![quote!(use #root::Client;)];
        uses.extend(self.root_imports.iter().map(|name| {
            let name = format_ident!("{name}");
            quote!(use #root::#name;)
        }));
        let imported: Vec<_> = self.imports.iter().map(|n| format_ident!("{n}")).collect();
        match imported.as_slice() {
            [] => {}
            [only] => uses.push(quote!(use #root::types::#only;)),
            many => uses.push(quote!(use #root::types::{#(#many),*};)),
        }
        let allow = operation.deprecated.then(|| quote!(#[allow(deprecated)]));
        // Credentials from the environment where the API takes any.
        let client = match self.plan.auth.primary {
            Some(_) => quote!(Client::from_env()?),
            None => quote!(Client::new()?),
        };
        let file = quote! {
            #(#uses)*

            #allow
            async fn example() -> Result<(), #root::Error> {
                let client = #client;
                #(#statements)*
                Ok(())
            }
        };
        let file: syn::File = syn::parse2(file).ok()?;
        let code = prettyplease::unparse(&file);
        // A blank line between the imports and the function.
        let function = code.find("\n#[allow").or_else(|| code.find("\nasync fn"))?;
        Some(format!("{}\n{}", &code[..=function], &code[function + 1..]))
    }

    /// The `…Params` struct of an operation's optional parameters, with those the spec has
    /// examples for; `Some(None)` when it has none (the default is passed).
    fn params(
        &mut self,
        operation: &Operation,
        method: &MethodPlan,
    ) -> Option<Option<TokenStream>> {
        let name = self.type_path(operation.params_struct.as_deref()?);
        let mut fields = Vec::new();
        let mut optional = 0;
        for (param, ty) in operation.params.iter().zip(&method.param_types) {
            if param.required || param.location == ParamLocation::Path {
                continue;
            }
            optional += 1;
            let Some(example) = &param.example else {
                continue;
            };
            if let Some(value) = self.typed(ty, Some(example), &param.name, 0) {
                let field = format_ident!("{}", param.rust_name);
                fields.push(quote!(#field: #value));
            }
        }
        if fields.is_empty() {
            return Some(None);
        }
        let rest = (fields.len() < optional).then(|| quote!(..Default::default()));
        Some(Some(quote!(#name { #(#fields,)* #rest })))
    }

    /// A positional argument of type `ty`.
    fn argument(
        &mut self,
        ty: &RustType,
        value: Option<&Value>,
        hint: &str,
    ) -> Option<TokenStream> {
        match ty {
            RustType::Str => string_literal(value, hint),
            RustType::Ref(inner) => {
                let value = self.typed(inner, value, hint, 0)?;
                Some(quote!(&#value))
            }
            RustType::Slice(inner) => {
                let items = match value {
                    Some(Value::Array(items)) => items
                        .iter()
                        .map(|item| self.typed(inner, Some(item), hint, 1))
                        .collect::<Option<Vec<_>>>()?,
                    Some(other) => vec![self.typed(inner, Some(other), hint, 1)?],
                    None => vec![self.typed(inner, None, hint, 1)?],
                };
                Some(quote!(&[#(#items),*]))
            }
            other => self.typed(other, value, hint, 0),
        }
    }

    /// The name of type `name` as the example writes it: imported, unless it would clash.
    fn type_path(&mut self, name: &str) -> TokenStream {
        let ident = format_ident!("{name}");
        if TAKEN_NAMES.contains(&name) {
            let root = &self.crate_ident;
            quote!(#root::types::#ident)
        } else {
            self.imports.insert(name.to_string());
            quote!(#ident)
        }
    }

    /// A runtime item of the crate root (`Nullable`, `FileUpload`), imported.
    fn root_item(&mut self, name: &'static str) -> TokenStream {
        self.root_imports.insert(name);
        let ident = format_ident!("{name}");
        quote!(#ident)
    }

    /// `ty` as a type in the example's code.
    fn type_tokens(&mut self, ty: &RustType) -> Option<TokenStream> {
        Some(match ty {
            RustType::String => quote!(String),
            RustType::I32 => quote!(i32),
            RustType::I64 => quote!(i64),
            RustType::F64 => quote!(f64),
            RustType::Bool => quote!(bool),
            RustType::Json => quote!(serde_json::Value),
            RustType::File => self.root_item("FileUpload"),
            RustType::Named(name) => self.type_path(name),
            RustType::Vec(inner) => {
                let inner = self.type_tokens(inner)?;
                quote!(Vec<#inner>)
            }
            RustType::Map(inner) => {
                let inner = self.type_tokens(inner)?;
                quote!(std::collections::BTreeMap<String, #inner>)
            }
            RustType::Option(inner) => {
                let inner = self.type_tokens(inner)?;
                quote!(Option<#inner>)
            }
            RustType::Boxed(inner) => {
                let inner = self.type_tokens(inner)?;
                quote!(Box<#inner>)
            }
            RustType::Nullable(inner) => {
                let nullable = self.root_item("Nullable");
                let inner = self.type_tokens(inner)?;
                quote!(#nullable<#inner>)
            }
            RustType::Bytes
            | RustType::Unit
            | RustType::Str
            | RustType::Ref(_)
            | RustType::Slice(_) => return None,
        })
    }
}
