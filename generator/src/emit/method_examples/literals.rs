//! Literals of example values: strings, numbers, and JSON for `serde_json::json!`.

use proc_macro2::{Delimiter, Group, Literal, Punct, Spacing, TokenStream, TokenTree};
use quote::quote;
use serde_json::Value;

use crate::model::JsonKind;
use crate::plan::RustType;

/// Whether a value of JSON kind `kind` can hold `value`.
pub(super) fn kind_fits(kind: JsonKind, value: &Value) -> bool {
    match (kind, value) {
        (JsonKind::Any, _) => true,
        (JsonKind::Null, Value::Null) => true,
        (JsonKind::Boolean, Value::Bool(_)) => true,
        (JsonKind::Integer, Value::Number(n)) => n.is_i64() || n.is_u64(),
        (JsonKind::Number, Value::Number(_)) => true,
        (JsonKind::String, Value::String(_)) => true,
        (JsonKind::Array, Value::Array(_)) => true,
        (JsonKind::Object, Value::Object(_)) => true,
        _ => false,
    }
}

/// A string literal from a string (or number, or boolean) example, or `hint` as the
/// placeholder.
pub(super) fn string_literal(value: Option<&Value>, hint: &str) -> Option<TokenStream> {
    let text = match value {
        None => hint.to_string(),
        Some(Value::String(text)) => text.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Bool(b)) => b.to_string(),
        Some(_) => return None,
    };
    let literal = Literal::string(&text);
    Some(quote!(#literal))
}

/// An integer literal for `ty` (`i32` or `i64`): suffixed when it is an `i64` that no
/// context types (`free`) or that `i32` cannot hold; `1` as the placeholder.
pub(super) fn integer_literal(
    ty: &RustType,
    value: Option<&Value>,
    free: bool,
) -> Option<TokenStream> {
    let number = match value {
        None => 1,
        Some(Value::Number(n)) => n.as_i64()?,
        Some(Value::String(text)) => text.trim().parse().ok()?,
        Some(_) => return None,
    };
    let fits_i32 = i32::try_from(number).is_ok();
    let literal = match ty {
        RustType::I32 if fits_i32 => Literal::i64_unsuffixed(number),
        RustType::I64 if fits_i32 && !free => Literal::i64_unsuffixed(number),
        RustType::I64 => Literal::i64_suffixed(number),
        _ => return None,
    };
    Some(negative(literal, number < 0))
}

/// A float literal (always with a fraction, so `1.0` never reads as an integer).
pub(super) fn float_literal(value: Option<&Value>) -> Option<TokenStream> {
    let number = match value {
        None => 1.0,
        Some(Value::Number(n)) => n.as_f64()?,
        Some(_) => return None,
    };
    if !number.is_finite() {
        return None;
    }
    let text = format!("{:?}", number.abs());
    let literal: Literal = text.parse().ok()?;
    Some(negative(literal, number < 0.0))
}

/// `literal`, negated when `negative` (`Literal` itself holds a negative number as one
/// token, which `syn` cannot parse back in every position).
fn negative(literal: Literal, negative: bool) -> TokenStream {
    if !negative {
        return quote!(#literal);
    }
    let text = literal.to_string();
    let positive: Literal = text.trim_start_matches('-').parse().unwrap_or(literal);
    quote!(-#positive)
}

/// A JSON value as the tokens of a `serde_json::json!` invocation.
pub(super) fn json_tokens(value: &Value) -> TokenStream {
    match value {
        Value::Null => quote!(null),
        Value::Bool(b) => quote!(#b),
        Value::Number(n) => match (n.as_i64(), n.as_u64(), n.as_f64()) {
            (Some(i), _, _) => negative(Literal::u64_unsuffixed(i.unsigned_abs()), i < 0),
            (None, Some(u), _) => {
                let literal = Literal::u64_unsuffixed(u);
                quote!(#literal)
            }
            (None, None, Some(f)) => {
                float_literal(Some(&Value::from(f))).unwrap_or_else(|| quote!(null))
            }
            _ => quote!(null),
        },
        Value::String(text) => {
            let literal = Literal::string(text);
            quote!(#literal)
        }
        Value::Array(items) => {
            let items = items.iter().map(json_tokens);
            quote!([#(#items),*])
        }
        Value::Object(entries) => {
            let mut inner = TokenStream::new();
            for (index, (key, item)) in entries.iter().enumerate() {
                if index > 0 {
                    inner.extend([TokenTree::Punct(Punct::new(',', Spacing::Alone))]);
                }
                inner.extend([TokenTree::Literal(Literal::string(key))]);
                inner.extend([TokenTree::Punct(Punct::new(':', Spacing::Alone))]);
                inner.extend(json_tokens(item));
            }
            TokenStream::from(TokenTree::Group(Group::new(Delimiter::Brace, inner)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(tokens: Option<TokenStream>) -> Option<String> {
        tokens.map(|t| t.to_string())
    }

    #[test]
    fn numbers_keep_their_type_and_sign() {
        let number = |n: i64| Some(Value::from(n));
        assert_eq!(
            text(integer_literal(&RustType::I64, number(42).as_ref(), false)).as_deref(),
            Some("42")
        );
        assert_eq!(
            text(integer_literal(&RustType::I64, number(42).as_ref(), true)).as_deref(),
            Some("42i64")
        );
        assert_eq!(
            text(integer_literal(
                &RustType::I64,
                number(1_764_547_200_000).as_ref(),
                false
            ))
            .as_deref(),
            Some("1764547200000i64"),
            "beyond i32, a literal needs its type"
        );
        assert_eq!(
            text(integer_literal(&RustType::I32, number(-7).as_ref(), false)).as_deref(),
            Some("- 7")
        );
        assert!(integer_literal(&RustType::I32, number(1 << 40).as_ref(), false).is_none());
        assert!(integer_literal(&RustType::I64, Some(&Value::from("x")), false).is_none());
        assert_eq!(
            text(integer_literal(
                &RustType::I64,
                Some(&Value::from("12")),
                false
            ))
            .as_deref(),
            Some("12")
        );
        assert_eq!(
            text(float_literal(Some(&Value::from(3)))).as_deref(),
            Some("3.0")
        );
        assert_eq!(
            text(float_literal(Some(&Value::from(-0.5)))).as_deref(),
            Some("- 0.5")
        );
    }

    #[test]
    fn strings_are_escaped_and_json_is_a_macro_body() {
        let hostile = Value::from("\"); std::process::exit(1); (\"\n```");
        let literal = text(string_literal(Some(&hostile), "x")).unwrap_or_default();
        assert!(literal.starts_with('"') && literal.contains("\\\"") && literal.contains("\\n"));
        assert_eq!(
            text(string_literal(None, "ticket_id")).as_deref(),
            Some("\"ticket_id\"")
        );
        assert!(string_literal(Some(&serde_json::json!({})), "x").is_none());
        let json = json_tokens(&serde_json::json!({"a": [1, -2, null], "b": {"c": true}}));
        let parsed: syn::Expr =
            syn::parse2(quote!(serde_json::json!(#json))).expect("a macro call");
        assert!(matches!(parsed, syn::Expr::Macro(_)));
        assert_eq!(
            json.to_string(),
            "{ \"a\" : [1 , - 2 , null] , \"b\" : { \"c\" : true } }"
        );
        assert!(kind_fits(JsonKind::Number, &Value::from(1)));
        assert!(!kind_fits(JsonKind::Integer, &Value::from(1.5)));
    }
}
