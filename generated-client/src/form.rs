//! `application/x-www-form-urlencoded` bodies: each property of the body object as
//! `name=value`, nested objects and arrays in the bracket style form-based APIs read
//! (`a[b]=c`, `a[]=x`, `a[0][b]=c`) unless the spec's encoding object says otherwise, and
//! every name and value percent-encoded by the WHATWG form rules.

use serde_json::{Map, Value};

use crate::request::{push_query, scalar_text, QueryStyle};

/// How one property is written, from the spec's encoding object for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(dead_code, reason = "used only when the spec needs it")]
pub(crate) struct FieldEncoding {
    /// The property.
    pub(crate) name: &'static str,
    /// How it is written.
    pub(crate) style: FormStyle,
}

/// How a property is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(dead_code, reason = "used only when the spec needs it")]
pub(crate) enum FormStyle {
    /// Arrays as `a=x&a=y` (exploded) or `a=x,y`, objects as `k=v` pairs or `a=k,v`.
    Form {
        /// Repeat the name per value.
        explode: bool,
    },
    /// Arrays as `a=x y`.
    SpaceDelimited,
    /// Arrays as `a=x|y`.
    PipeDelimited,
    /// The default: `a[b]=c`, `a[]=x` for arrays of scalars, `a[0][b]=c` for other arrays.
    Brackets,
    /// The value as JSON text (`contentType: application/json`).
    Json,
}

/// The body's pairs; `null` values are left out. Array items keep their order.
pub(crate) fn pairs(fields: &Map<String, Value>, encoding: &[FieldEncoding]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (name, value) in fields {
        let style = encoding
            .iter()
            .find(|field| field.name == name)
            .map_or(FormStyle::Brackets, |field| field.style);
        match style {
            _ if value.is_null() => {}
            FormStyle::Brackets => brackets(&mut out, name.clone(), value),
            FormStyle::Json => out.push((name.clone(), value.to_string())),
            FormStyle::Form { explode } => {
                push_query(&mut out, name, &flat(value), QueryStyle::Form { explode });
            }
            FormStyle::SpaceDelimited => {
                push_query(&mut out, name, &flat(value), QueryStyle::SpaceDelimited);
            }
            FormStyle::PipeDelimited => {
                push_query(&mut out, name, &flat(value), QueryStyle::PipeDelimited);
            }
        }
    }
    out
}

/// `value` with nested arrays and objects (which the delimited styles cannot write) as JSON
/// text.
fn flat(value: &Value) -> Value {
    let text = |v: &Value| match v {
        Value::Array(_) | Value::Object(_) => Value::String(v.to_string()),
        other => other.clone(),
    };
    match value {
        Value::Array(items) => Value::Array(items.iter().map(text).collect()),
        Value::Object(fields) => {
            Value::Object(fields.iter().map(|(k, v)| (k.clone(), text(v))).collect())
        }
        other => other.clone(),
    }
}

/// Writes `value` under `key` in the bracket style.
fn brackets(out: &mut Vec<(String, String)>, key: String, value: &Value) {
    match value {
        Value::Null => {}
        Value::Object(fields) => {
            for (name, value) in fields {
                brackets(out, format!("{key}[{name}]"), value);
            }
        }
        Value::Array(items) => {
            let scalars = items
                .iter()
                .all(|item| !matches!(item, Value::Array(_) | Value::Object(_)));
            for (index, item) in items.iter().enumerate() {
                if scalars {
                    brackets(out, format!("{key}[]"), item);
                } else {
                    brackets(out, format!("{key}[{index}]"), item);
                }
            }
        }
        scalar => out.push((key, scalar_text(scalar))),
    }
}

/// The pairs as a form body: `name=value` joined with `&`, each percent-encoded by the
/// `application/x-www-form-urlencoded` serializer of the WHATWG URL standard (`*-._` and
/// ASCII alphanumerics as they are, space as `+`, every other byte of the UTF-8 as `%XX`).
pub(crate) fn encode(pairs: &[(String, String)]) -> String {
    let mut out = String::new();
    for (index, (name, value)) in pairs.iter().enumerate() {
        if index > 0 {
            out.push('&');
        }
        push_encoded(&mut out, name);
        out.push('=');
        push_encoded(&mut out, value);
    }
    out
}

fn push_encoded(out: &mut String, text: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for byte in text.bytes() {
        match byte {
            b'*' | b'-' | b'.' | b'_' | b'0'..=b'9' | b'A'..=b'Z' | b'a'..=b'z' => {
                out.push(char::from(byte));
            }
            b' ' => out.push('+'),
            other => {
                out.push('%');
                out.push(char::from(HEX[usize::from(other >> 4)]));
                out.push(char::from(HEX[usize::from(other & 0xf)]));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn form(value: Value, encoding: &[FieldEncoding]) -> String {
        let Value::Object(fields) = value else {
            panic!("an object");
        };
        encode(&pairs(&fields, encoding))
    }

    /// The pairs of a form body, sorted: properties come in the order of `serde_json`'s
    /// map, which its features decide.
    fn sorted(form: &str) -> Vec<&str> {
        let mut pairs: Vec<&str> = form.split('&').collect();
        pairs.sort_unstable();
        pairs
    }

    #[tokio::test]
    async fn a_form_body_is_sent_encoded_with_extra_properties() {
        use crate::auth::{Credential, CredentialKind};
        use crate::client::{ClientBuilder, RequestOptions};
        use crate::send::execute;
        use crate::request::ApiRequest;

        let server = wiremock::MockServer::start().await;
        wiremock::Mock::given(wiremock::matchers::any())
            .respond_with(wiremock::ResponseTemplate::new(204))
            .mount(&server)
            .await;
        // Credentials of every kind, so any default security of the spec is satisfied.
        let client = ClientBuilder::new()
            .base_url(server.uri())
            .kind_credential(CredentialKind::Bearer, Credential::token("t"))
            .kind_credential(CredentialKind::Basic, Credential::basic("u", "p"))
            .kind_credential(CredentialKind::ApiKey, Credential::token("k"))
            .build()
            .expect("client builds")
            .with_options(RequestOptions::new().body_property("extra", "yes"));
        static ENCODING: &[FieldEncoding] =
            &[FieldEncoding { name: "tags", style: FormStyle::Form { explode: true } }];
        let mut request =
            ApiRequest::new("createThing", reqwest::Method::POST, "/things", "/things".to_owned());
        let body = json!({"name": "a b", "tags": ["x", "y"], "address": {"city": "Zürich"}});
        request.form(&body, ENCODING).expect("an object");
        execute(&client, request).await.expect("sent");
        let received = server.received_requests().await.unwrap_or_default();
        let [request] = received.as_slice() else {
            panic!("one request: {received:?}");
        };
        assert_eq!(
            request.headers.get("content-type").and_then(|v| v.to_str().ok()),
            Some("application/x-www-form-urlencoded")
        );
        let sent = String::from_utf8(request.body.clone()).expect("UTF-8");
        assert_eq!(
            sorted(&sent),
            sorted("name=a+b&tags=x&tags=y&address%5Bcity%5D=Z%C3%BCrich&extra=yes")
        );

        let mut scalar = ApiRequest::new("op", reqwest::Method::POST, "/", "/".to_owned());
        assert!(scalar.form(&json!([1, 2]), &[]).is_err(), "a form body is an object");
    }

    #[test]
    fn array_items_keep_their_order() {
        assert_eq!(
            form(json!({"expand": ["b", "a"]}), &[]),
            "expand%5B%5D=b&expand%5B%5D=a"
        );
        let items = json!({"items": [{"id": "2"}, {"id": "1"}]});
        assert_eq!(form(items, &[]), "items%5B0%5D%5Bid%5D=2&items%5B1%5D%5Bid%5D=1");
        let tags = [FieldEncoding { name: "tags", style: FormStyle::Form { explode: true } }];
        assert_eq!(form(json!({"tags": ["z", "a"]}), &tags), "tags=z&tags=a");
    }

    #[test]
    fn nested_values_use_brackets() {
        let body = json!({
            "name": "Ada Lovelace",
            "active": true,
            "limit": 5,
            "missing": null,
            "metadata": {"plan": "gold", "nested": {"deep": 1.5}},
            "expand": ["customer", "invoice.lines"],
            "items": [{"price": "p_1", "quantity": 2}, {"price": "p_2"}],
            "matrix": [[1, 2], [3]],
        });
        assert_eq!(
            sorted(&form(body, &[])),
            sorted(&[
                "name=Ada+Lovelace",
                "active=true",
                "limit=5",
                "metadata%5Bplan%5D=gold",
                "metadata%5Bnested%5D%5Bdeep%5D=1.5",
                "expand%5B%5D=customer",
                "expand%5B%5D=invoice.lines",
                "items%5B0%5D%5Bprice%5D=p_1",
                "items%5B0%5D%5Bquantity%5D=2",
                "items%5B1%5D%5Bprice%5D=p_2",
                "matrix%5B0%5D%5B%5D=1",
                "matrix%5B0%5D%5B%5D=2",
                "matrix%5B1%5D%5B%5D=3",
            ]
            .join("&"))
        );
    }

    #[test]
    fn percent_encoding_follows_the_whatwg_form_rules() {
        let body = json!({"q": "a+b c&d=e/f?g#h%i*-._~ü€\n", "π": "x"});
        assert_eq!(
            sorted(&form(body, &[])),
            sorted("q=a%2Bb+c%26d%3De%2Ff%3Fg%23h%25i*-._%7E%C3%BC%E2%82%AC%0A&%CF%80=x")
        );
    }

    #[test]
    fn the_encoding_object_is_honoured() {
        let body = json!({
            "tags": ["a", "b c"],
            "ids": [1, 2],
            "csv": ["x", "y"],
            "spaced": ["x", "y"],
            "piped": ["x", "y"],
            "filter": {"state": "open", "rank": 2},
            "document": {"a": [1, {"b": null}]},
            "plain": {"k": "v"},
        });
        let encoding = [
            FieldEncoding { name: "tags", style: FormStyle::Form { explode: true } },
            FieldEncoding { name: "ids", style: FormStyle::Form { explode: true } },
            FieldEncoding { name: "csv", style: FormStyle::Form { explode: false } },
            FieldEncoding { name: "spaced", style: FormStyle::SpaceDelimited },
            FieldEncoding { name: "piped", style: FormStyle::PipeDelimited },
            FieldEncoding { name: "filter", style: FormStyle::Form { explode: true } },
            FieldEncoding { name: "document", style: FormStyle::Json },
            FieldEncoding { name: "plain", style: FormStyle::Brackets },
        ];
        assert_eq!(
            sorted(&form(body, &encoding)),
            sorted(&[
                "tags=a",
                "tags=b+c",
                "ids=1",
                "ids=2",
                "csv=x%2Cy",
                "spaced=x+y",
                "piped=x%7Cy",
                "state=open",
                "rank=2",
                "document=%7B%22a%22%3A%5B1%2C%7B%22b%22%3Anull%7D%5D%7D",
                "plain%5Bk%5D=v",
            ]
            .join("&"))
        );
    }
}
