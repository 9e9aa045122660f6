//! Realistic JSON built from a spec's schemas, for the decoding benchmarks.
//!
//! Every property of an object is present (as the Intercom API sends them) down to
//! `max_depth`, below which objects keep only their required properties and `type`; nullable
//! ones are `null` one time in five (never as array items), enums take one of their values,
//! and scalars get values that look like Intercom's: numeric-string ids, Unix timestamps for
//! `*_at`, HTML message bodies, names, emails and URLs. A seeded generator makes the output the
//! same on every run.

use std::collections::HashMap;

use indexmap::IndexMap;
use openapiv3::{
    AdditionalProperties, OpenAPI, ReferenceOr, Schema, SchemaKind, StringFormat, Type,
    VariantOrUnknownOrEmpty,
};
use serde_json::{json, Map, Value};

const WORDS: &[&str] = &[
    "thanks",
    "for",
    "getting",
    "back",
    "to",
    "me",
    "the",
    "invoice",
    "still",
    "shows",
    "wrong",
    "amount",
    "after",
    "upgrade",
    "could",
    "you",
    "please",
    "check",
    "my",
    "account",
    "billing",
    "page",
    "and",
    "let",
    "know",
    "when",
    "it",
    "is",
    "fixed",
    "we",
    "have",
    "refunded",
    "difference",
    "your",
    "card",
    "should",
    "see",
    "within",
    "five",
    "business",
    "days",
    "team",
    "export",
    "report",
    "dashboard",
    "integration",
    "webhook",
    "login",
    "password",
    "reset",
    "email",
    "workspace",
    "seat",
    "plan",
    "trial",
    "renewal",
    "order",
    "delivery",
    "tracking",
    "number",
    "issue",
    "resolved",
];
const FIRST: &[&str] = &[
    "Ada", "Grace", "Linus", "Margaret", "Ken", "Barbara", "Dennis", "Frances", "Alan", "Edsger",
];
const LAST: &[&str] = &[
    "Lovelace", "Hopper", "Torvalds", "Hamilton", "Thompson", "Liskov", "Ritchie", "Allen",
];
const CITIES: &[&str] = &[
    "Dublin",
    "London",
    "San Francisco",
    "Chicago",
    "Sydney",
    "Berlin",
];
const COUNTRIES: &[&str] = &["Ireland", "United Kingdom", "United States", "Australia"];

/// Builds JSON values for the component schemas of one spec.
pub struct Synth<'a> {
    schemas: &'a IndexMap<String, ReferenceOr<Schema>>,
    state: u64,
    /// Exact lengths for arrays held by properties of these names.
    pub array_lengths: HashMap<&'static str, usize>,
    /// Other arrays get 0 to this many items.
    pub max_array: usize,
    /// Arrays deeper than this are empty, and objects hold only their required properties.
    pub max_depth: usize,
    /// Component schemas being expanded, to stop at recursion.
    stack: Vec<String>,
    /// Cleared for array items: a nullable schema used as an item is never `null`.
    allow_null: bool,
}

impl<'a> Synth<'a> {
    /// A generator for the spec's component schemas.
    pub fn new(spec: &'a OpenAPI, seed: u64) -> Option<Self> {
        let schemas = &spec.components.as_ref()?.schemas;
        Some(Synth {
            schemas,
            state: seed,
            array_lengths: HashMap::new(),
            max_array: 2,
            max_depth: 6,
            stack: Vec::new(),
            allow_null: true,
        })
    }

    /// A value for `#/components/schemas/<name>`, or `None` when there is no such schema.
    pub fn component(&mut self, name: &str) -> Option<Value> {
        self.schemas.get(name)?;
        let reference = ReferenceOr::<Schema>::Reference {
            reference: format!("#/components/schemas/{name}"),
        };
        Some(self.value(&reference, name, 0))
    }

    /// The next pseudo-random number (splitmix64).
    fn next(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 for n = 0).
    fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            0
        } else {
            self.next() % n
        }
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize]
    }

    fn words(&mut self, count: usize) -> String {
        let words: Vec<&str> = (0..count).map(|_| self.pick(WORDS)).collect();
        words.join(" ")
    }

    fn value(&mut self, schema: &ReferenceOr<Schema>, name: &str, depth: usize) -> Value {
        match schema {
            ReferenceOr::Item(schema) => self.schema(schema, name, depth),
            ReferenceOr::Reference { reference } => self.reference(reference, name, depth),
        }
    }

    fn boxed(&mut self, schema: &ReferenceOr<Box<Schema>>, name: &str, depth: usize) -> Value {
        match schema {
            ReferenceOr::Item(schema) => self.schema(schema, name, depth),
            ReferenceOr::Reference { reference } => self.reference(reference, name, depth),
        }
    }

    fn reference(&mut self, reference: &str, name: &str, depth: usize) -> Value {
        let Some(target) = reference.strip_prefix("#/components/schemas/") else {
            return Value::Null;
        };
        if self.stack.iter().filter(|s| *s == target).count() >= 1 {
            return Value::Null;
        }
        let Some(schema) = self.schemas.get(target) else {
            return Value::Null;
        };
        self.stack.push(target.to_string());
        let value = self.value(schema, name, depth);
        self.stack.pop();
        value
    }

    fn schema(&mut self, schema: &Schema, name: &str, depth: usize) -> Value {
        let allow_null = std::mem::replace(&mut self.allow_null, true);
        if allow_null && schema.schema_data.nullable && self.below(5) == 0 {
            return Value::Null;
        }
        match &schema.schema_kind {
            SchemaKind::Type(Type::String(s)) => {
                if let Some(choice) = self.choose(&s.enumeration) {
                    return Value::String(choice);
                }
                // A `type` property names the object: the decoder rejects any other value.
                if name == "type" {
                    if let Some(pinned) = pinned_type(schema) {
                        return Value::String(pinned);
                    }
                }
                let format = match &s.format {
                    VariantOrUnknownOrEmpty::Item(StringFormat::DateTime) => "date-time",
                    VariantOrUnknownOrEmpty::Item(StringFormat::Date) => "date",
                    VariantOrUnknownOrEmpty::Unknown(other) => other.as_str(),
                    _ => "",
                };
                Value::String(self.string(name, format))
            }
            SchemaKind::Type(Type::Integer(i)) => {
                let values: Vec<i64> = i.enumeration.iter().flatten().copied().collect();
                if !values.is_empty() {
                    return json!(self.pick(&values));
                }
                json!(self.integer(name))
            }
            SchemaKind::Type(Type::Number(_)) => {
                json!((self.below(10_000) as f64) / 100.0)
            }
            SchemaKind::Type(Type::Boolean(_)) => Value::Bool(self.below(2) == 0),
            SchemaKind::Type(Type::Object(o)) => self.object(
                &o.properties,
                &o.required,
                o.additional_properties.as_ref(),
                depth,
            ),
            SchemaKind::Type(Type::Array(a)) => match &a.items {
                Some(items) => self.array(items, name, depth),
                None => json!([]),
            },
            SchemaKind::OneOf { one_of: variants } | SchemaKind::AnyOf { any_of: variants } => {
                match variants.first() {
                    Some(first) => self.value(first, name, depth),
                    None => Value::Null,
                }
            }
            SchemaKind::AllOf { all_of } => self.all_of(all_of, name, depth),
            SchemaKind::Not { .. } => Value::Null,
            SchemaKind::Any(any) => {
                if !any.properties.is_empty() || any.additional_properties.is_some() {
                    self.object(
                        &any.properties,
                        &any.required,
                        any.additional_properties.as_ref(),
                        depth,
                    )
                } else if let Some(items) = &any.items {
                    self.array(items, name, depth)
                } else if let Some(first) = any.one_of.first().or(any.any_of.first()) {
                    self.value(first, name, depth)
                } else if !any.all_of.is_empty() {
                    self.all_of(&any.all_of, name, depth)
                } else {
                    match any.typ.as_deref() {
                        Some("integer") => json!(self.integer(name)),
                        Some("number") => json!((self.below(10_000) as f64) / 100.0),
                        Some("boolean") => Value::Bool(self.below(2) == 0),
                        Some("object") => json!({}),
                        Some("array") => json!([]),
                        _ => Value::String(self.string(name, "")),
                    }
                }
            }
        }
    }

    /// The parts' objects merged (a single non-object part stands alone).
    fn all_of(&mut self, parts: &[ReferenceOr<Schema>], name: &str, depth: usize) -> Value {
        let mut merged = Map::new();
        let mut other = None;
        for part in parts {
            match self.value(part, name, depth) {
                Value::Object(map) => merged.extend(map),
                value => other = Some(value),
            }
        }
        match other {
            Some(value) if merged.is_empty() => value,
            _ => Value::Object(merged),
        }
    }

    fn choose(&mut self, enumeration: &[Option<String>]) -> Option<String> {
        let values: Vec<&String> = enumeration.iter().flatten().collect();
        if values.is_empty() {
            None
        } else {
            Some(self.pick(&values).clone())
        }
    }

    /// Every property, or below `max_depth` only the required ones and `type` (a decoder
    /// rightly rejects an object without them), so deep values stay small but valid.
    fn object(
        &mut self,
        properties: &IndexMap<String, ReferenceOr<Box<Schema>>>,
        required: &[String],
        additional: Option<&AdditionalProperties>,
        depth: usize,
    ) -> Value {
        let mut map = Map::new();
        let deep = depth > self.max_depth;
        for (property, schema) in properties {
            // `type` names the object: the decoder wants a known property to take it.
            if deep && property != "type" && !required.contains(property) {
                continue;
            }
            let value = self.boxed(schema, property, depth + 1);
            map.insert(property.clone(), value);
        }
        if deep {
            return Value::Object(map);
        }
        match additional {
            Some(AdditionalProperties::Schema(schema)) => {
                for key in ["plan", "seats", "region"] {
                    let value = self.value(schema, key, depth + 1);
                    map.insert(key.to_string(), value);
                }
            }
            Some(AdditionalProperties::Any(true)) if properties.is_empty() => {
                map.insert("plan".into(), json!("enterprise"));
                map.insert("seats".into(), json!(self.below(500)));
                map.insert("beta_tester".into(), json!(self.below(2) == 0));
            }
            _ => {}
        }
        Value::Object(map)
    }

    fn array(&mut self, items: &ReferenceOr<Box<Schema>>, name: &str, depth: usize) -> Value {
        if depth > self.max_depth {
            return json!([]);
        }
        let len = match self.array_lengths.get(name) {
            Some(len) => *len,
            None => self.below(self.max_array as u64 + 1) as usize,
        };
        let singular = name.strip_suffix('s').unwrap_or(name);
        Value::Array(
            (0..len)
                .map(|_| {
                    self.allow_null = false;
                    let item = self.boxed(items, singular, depth + 1);
                    self.allow_null = true;
                    item
                })
                .collect(),
        )
    }

    fn string(&mut self, name: &str, format: &str) -> String {
        let n = self.below(1_000_000);
        match format {
            "date-time" => return format!("2025-{:02}-{:02}T10:15:00Z", n % 12 + 1, n % 28 + 1),
            "date" => return format!("2025-{:02}-{:02}", n % 12 + 1, n % 28 + 1),
            "email" => return format!("customer{n}@example.com"),
            "uri" | "url" => return format!("https://example.com/{n}"),
            _ => {}
        }
        let name = name.to_ascii_lowercase();
        if name == "id" || name.ends_with("_id") || name.ends_with("_ids") {
            format!("{}", 100_000_000 + n * 37)
        } else if name.contains("email") {
            let first = self.pick(FIRST).to_ascii_lowercase();
            format!("{first}.{n}@example.com")
        } else if name.contains("url") || name.contains("avatar") || name.contains("image") {
            format!("https://static.intercomassets.com/avatars/{n}/square_128/photo.jpg")
        } else if name == "body" || name.contains("html") || name.contains("message") {
            let count = 20 + self.below(60) as usize;
            format!("<p>{}.</p>", self.words(count))
        } else if name.contains("name") || name == "author" {
            format!("{} {}", self.pick(FIRST), self.pick(LAST))
        } else if name == "title" || name == "subject" || name.contains("description") {
            let count = 4 + self.below(6) as usize;
            self.words(count)
        } else if name.contains("phone") {
            format!("+1555{:07}", n)
        } else if name == "city" {
            self.pick(CITIES).to_string()
        } else if name == "country" || name == "region" {
            self.pick(COUNTRIES).to_string()
        } else if name.contains("locale") || name.contains("language") {
            "en".to_string()
        } else if name.contains("version") {
            format!("{}.{}.{}", n % 20, n % 10, n % 7)
        } else {
            let count = 1 + self.below(2) as usize;
            self.words(count)
        }
    }

    fn integer(&mut self, name: &str) -> i64 {
        let name = name.to_ascii_lowercase();
        let n = self.below(50_000_000) as i64;
        if name.ends_with("_at")
            || name.ends_with("_since")
            || name.ends_with("_until")
            || name.contains("time")
        {
            1_700_000_000 + n
        } else if name.contains("count") || name.contains("total") || name.contains("page") {
            n % 200
        } else if name == "id" || name.ends_with("_id") {
            100_000 + n
        } else {
            n % 1000
        }
    }
}

/// The value a `type` property is pinned to: its example, or the word in "Always `x`".
fn pinned_type(schema: &Schema) -> Option<String> {
    if let Some(Value::String(example)) = &schema.schema_data.example {
        return Some(example.clone());
    }
    let description = schema.schema_data.description.as_deref()?;
    let rest = &description[description.find("lways `")? + "lways `".len()..];
    Some(rest[..rest.find('`')?].to_string())
}
