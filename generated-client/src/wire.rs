//! Wire-format support for the generated types: string enums that keep unknown values, and
//! choosing the alternative of a `oneOf`/`anyOf` a JSON value belongs to.

// Which of these helpers a crate uses depends on its spec (enums, unions, both or neither).
#![allow(dead_code, unused_macros, unused_imports)]

use serde_json::Value;

/// Implements `Display`, `FromStr`, `Default`, `Serialize` and `Deserialize` for a generated
/// string enum from its `as_str` and `From<&str>`.
macro_rules! string_enum_impls {
    ($name:ident) => {
        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = std::convert::Infallible;

            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Ok(Self::from(value))
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::Unknown(String::new())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserializer.deserialize_str($crate::wire::StrVisitor).map(|s| Self::from(&*s))
            }
        }
    };
}
pub(crate) use string_enum_impls;

/// Reads a string without allocating when the input allows it.
pub(crate) struct StrVisitor;

impl<'de> serde::de::Visitor<'de> for StrVisitor {
    type Value = std::borrow::Cow<'de, str>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a string")
    }

    fn visit_borrowed_str<E: serde::de::Error>(self, value: &'de str) -> Result<Self::Value, E> {
        Ok(std::borrow::Cow::Borrowed(value))
    }

    fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<Self::Value, E> {
        Ok(std::borrow::Cow::Owned(value.to_string()))
    }

    fn visit_string<E: serde::de::Error>(self, value: String) -> Result<Self::Value, E> {
        Ok(std::borrow::Cow::Owned(value))
    }
}

/// The JSON kind an alternative accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Any,
    Null,
    Boolean,
    Integer,
    Number,
    String,
    Array,
    Object,
}

/// What identifies one alternative of a union.
#[derive(Debug)]
pub(crate) struct Shape {
    /// The JSON kind it accepts.
    pub kind: Kind,
    /// Properties it requires.
    pub required: &'static [&'static str],
    /// Properties it knows.
    pub properties: &'static [&'static str],
    /// Values of the union's tag property that select it.
    pub tags: &'static [&'static str],
}

fn accepts(kind: Kind, value: &Value) -> bool {
    match kind {
        Kind::Any => true,
        Kind::Null => value.is_null(),
        Kind::Boolean => value.is_boolean(),
        Kind::Integer => value.is_i64() || value.is_u64(),
        Kind::Number => value.is_number(),
        Kind::String => value.is_string(),
        Kind::Array => value.is_array(),
        Kind::Object => value.is_object(),
    }
}

/// Indices of the alternatives worth trying for `value`, best first.
///
/// A tag value (discriminator) that names alternatives selects exactly those. Otherwise the
/// alternatives whose JSON kind fits are ranked: all required properties present first, then
/// most known properties present, then fewest unknown ones, then spec order.
pub(crate) fn candidates(value: &Value, tag_property: Option<&str>, shapes: &[Shape]) -> Vec<usize> {
    if let (Some(property), Some(object)) = (tag_property, value.as_object()) {
        if let Some(tag) = object.get(property).and_then(Value::as_str) {
            let tagged: Vec<usize> = shapes
                .iter()
                .enumerate()
                .filter(|(_, shape)| shape.tags.contains(&tag))
                .map(|(index, _)| index)
                .collect();
            if !tagged.is_empty() {
                return tagged;
            }
        }
    }
    let mut ranked: Vec<(usize, (bool, usize, usize, bool))> = shapes
        .iter()
        .enumerate()
        .filter(|(_, shape)| accepts(shape.kind, value))
        .map(|(index, shape)| {
            let score = match value.as_object() {
                Some(object) => {
                    let has_required = shape.required.iter().all(|p| object.contains_key(*p));
                    let known = object
                        .keys()
                        .filter(|k| shape.properties.contains(&k.as_str()))
                        .count();
                    (has_required, known, object.len() - known, shape.kind == Kind::Any)
                }
                None => (true, 0, 0, shape.kind == Kind::Any),
            };
            (index, score)
        })
        .collect();
    ranked.sort_by(|(ia, a), (ib, b)| {
        b.0.cmp(&a.0)
            .then(b.1.cmp(&a.1))
            .then(a.2.cmp(&b.2))
            .then(a.3.cmp(&b.3))
            .then(ia.cmp(ib))
    });
    ranked.into_iter().map(|(index, _)| index).collect()
}

/// Lenient scalar decoding for generated fields: the API (and its own examples) sometimes
/// sends numbers as strings, strings as numbers, or `null` where a value is required.
pub(crate) mod lenient {
    use serde::de::{Deserializer, Error, Visitor};
    use std::fmt;

    /// A scalar as it arrived.
    enum Scalar {
        Null,
        Bool(bool),
        Int(i64),
        UInt(u64),
        Float(f64),
        Text(String),
    }

    struct ScalarVisitor;

    impl<'de> Visitor<'de> for ScalarVisitor {
        type Value = Scalar;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a string, number, boolean or null")
        }
        fn visit_unit<E: Error>(self) -> Result<Scalar, E> {
            Ok(Scalar::Null)
        }
        fn visit_none<E: Error>(self) -> Result<Scalar, E> {
            Ok(Scalar::Null)
        }
        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Scalar, D::Error> {
            d.deserialize_any(ScalarVisitor)
        }
        fn visit_bool<E: Error>(self, v: bool) -> Result<Scalar, E> {
            Ok(Scalar::Bool(v))
        }
        fn visit_i64<E: Error>(self, v: i64) -> Result<Scalar, E> {
            Ok(Scalar::Int(v))
        }
        fn visit_u64<E: Error>(self, v: u64) -> Result<Scalar, E> {
            Ok(Scalar::UInt(v))
        }
        fn visit_f64<E: Error>(self, v: f64) -> Result<Scalar, E> {
            Ok(Scalar::Float(v))
        }
        fn visit_str<E: Error>(self, v: &str) -> Result<Scalar, E> {
            Ok(Scalar::Text(v.to_string()))
        }
        fn visit_string<E: Error>(self, v: String) -> Result<Scalar, E> {
            Ok(Scalar::Text(v))
        }
    }

    fn scalar<'de, D: Deserializer<'de>>(d: D) -> Result<Scalar, D::Error> {
        d.deserialize_any(ScalarVisitor)
    }

    fn to_string<E: Error>(value: Scalar) -> Result<Option<String>, E> {
        Ok(match value {
            Scalar::Null => None,
            Scalar::Bool(v) => Some(v.to_string()),
            Scalar::Int(v) => Some(v.to_string()),
            Scalar::UInt(v) => Some(v.to_string()),
            Scalar::Float(v) => Some(v.to_string()),
            Scalar::Text(v) => Some(v),
        })
    }

    fn to_i64<E: Error>(value: Scalar) -> Result<Option<i64>, E> {
        match value {
            Scalar::Null => Ok(None),
            Scalar::Int(v) => Ok(Some(v)),
            Scalar::UInt(v) => i64::try_from(v).map(Some).map_err(|_| E::custom(format!("integer {v} is out of range"))),
            Scalar::Float(v) if v.fract() == 0.0 && v.abs() < 9.2e18 => Ok(Some(v as i64)),
            Scalar::Text(v) => v.trim().parse().map(Some).map_err(|_| E::custom(format!("expected an integer, found the string {v:?}"))),
            Scalar::Float(v) => Err(E::custom(format!("expected an integer, found {v}"))),
            Scalar::Bool(v) => Err(E::custom(format!("expected an integer, found {v}"))),
        }
    }

    fn to_f64<E: Error>(value: Scalar) -> Result<Option<f64>, E> {
        match value {
            Scalar::Null => Ok(None),
            Scalar::Int(v) => Ok(Some(v as f64)),
            Scalar::UInt(v) => Ok(Some(v as f64)),
            Scalar::Float(v) => Ok(Some(v)),
            Scalar::Text(v) => v.trim().parse().map(Some).map_err(|_| E::custom(format!("expected a number, found the string {v:?}"))),
            Scalar::Bool(v) => Err(E::custom(format!("expected a number, found {v}"))),
        }
    }

    fn to_bool<E: Error>(value: Scalar) -> Result<Option<bool>, E> {
        match value {
            Scalar::Null => Ok(None),
            Scalar::Bool(v) => Ok(Some(v)),
            Scalar::Text(v) if v == "true" => Ok(Some(true)),
            Scalar::Text(v) if v == "false" => Ok(Some(false)),
            _ => Err(E::custom("expected a boolean")),
        }
    }

    /// A string; numbers and booleans are written out, `null` is empty.
    pub(crate) fn string<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
        Ok(to_string(scalar(d)?)?.unwrap_or_default())
    }
    /// An optional string; numbers and booleans are written out.
    pub(crate) fn option_string<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
        to_string(scalar(d)?)
    }
    /// An `i64`; numeric strings are parsed, `null` is zero.
    pub(crate) fn int64<'de, D: Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
        Ok(to_i64(scalar(d)?)?.unwrap_or_default())
    }
    /// An optional `i64`; numeric strings are parsed.
    pub(crate) fn option_int64<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
        to_i64(scalar(d)?)
    }
    /// An `i32`; numeric strings are parsed, `null` is zero.
    pub(crate) fn int32<'de, D: Deserializer<'de>>(d: D) -> Result<i32, D::Error> {
        option_int32(d).map(Option::unwrap_or_default)
    }
    /// An optional `i32`; numeric strings are parsed.
    pub(crate) fn option_int32<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i32>, D::Error> {
        match to_i64(scalar(d)?)? {
            None => Ok(None),
            Some(v) => i32::try_from(v).map(Some).map_err(|_| D::Error::custom(format!("integer {v} is out of range for i32"))),
        }
    }
    /// An `f64`; numeric strings are parsed, `null` is zero.
    pub(crate) fn float<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
        Ok(to_f64(scalar(d)?)?.unwrap_or_default())
    }
    /// An optional `f64`; numeric strings are parsed.
    pub(crate) fn option_float<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
        to_f64(scalar(d)?)
    }
    /// A `bool`; `"true"`/`"false"` are accepted, `null` is `false`.
    pub(crate) fn boolean<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
        Ok(to_bool(scalar(d)?)?.unwrap_or_default())
    }
    /// An optional `bool`; `"true"`/`"false"` are accepted.
    pub(crate) fn option_boolean<'de, D: Deserializer<'de>>(d: D) -> Result<Option<bool>, D::Error> {
        to_bool(scalar(d)?)
    }
}
