//! Wire-format support for the generated types: string enums that keep unknown values, and
//! choosing the alternative of a `oneOf`/`anyOf` a JSON value belongs to.

use std::cmp::Reverse;

use serde_json::Value;

/// Implements a generated string enum from its variants, each with its wire value
/// (`Open("open")`): `as_str`,
/// `From<&str>` (unknown values become `Unknown`), `Display`, `FromStr`, `Serialize` and
/// `Deserialize`, and [`Blank`] (`Unknown("")`, what a missing or `null` value decodes to). No
/// `Default`: an enum has no value to choose silently.
#[allow(unused_macros, reason = "used only when the spec (or the enabled features) has string enums")]
macro_rules! string_enum {
    ($name:ident { $($variant:ident($value:literal)),* $(,)? }) => {
        impl $name {
            /// The value as sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$variant => $value,)*
                    Self::Unknown(value) => value,
                }
            }
        }

        impl From<&str> for $name {
            fn from(value: &str) -> Self {
                match value {
                    $($value => Self::$variant,)*
                    other => Self::Unknown(other.to_string()),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = std::convert::Infallible;

            fn from_str(value: &str) -> Result<Self, std::convert::Infallible> {
                Ok(Self::from(value))
            }
        }

        impl $crate::wire::Blank for $name {
            fn blank() -> Self {
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
#[allow(unused_imports, reason = "used only when the spec (or the enabled features) has string enums")]
pub(crate) use string_enum;

/// Reads a string without allocating when the input allows it.
#[allow(dead_code, reason = "used only when the spec (or the enabled features) has enums or objects")]
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

/// The value a generated type is decoded into before any property is read, and what a
/// missing or `null` value reads as: empty strings and lists, zero, `false`, `None`, an enum's
/// `Unknown("")`, a union's `Unknown(null)`. Crate-private, so it never stands in for a
/// constructor: users build values with `new` (required fields as arguments), not from blanks.
#[allow(dead_code, reason = "used only when the spec (or the enabled features) has objects")]
pub(crate) trait Blank {
    /// The blank value.
    fn blank() -> Self;
}

macro_rules! blank_from_default {
    ($($ty:ty),*) => {$(
        impl Blank for $ty {
            fn blank() -> Self {
                <$ty>::default()
            }
        }
    )*};
}

blank_from_default!(String, bool, i32, i64, f64, Value, crate::FileUpload);

impl<T> Blank for Option<T> {
    fn blank() -> Self {
        None
    }
}

impl<T> Blank for Vec<T> {
    fn blank() -> Self {
        Vec::new()
    }
}

impl<T> Blank for std::collections::BTreeMap<String, T> {
    fn blank() -> Self {
        std::collections::BTreeMap::new()
    }
}

impl<T: Blank> Blank for Box<T> {
    fn blank() -> Self {
        Box::new(T::blank())
    }
}

/// A generated struct, read from a JSON object one property at a time.
#[allow(dead_code, reason = "used only when the spec (or the enabled features) has objects")]
pub(crate) trait Object: Blank {
    /// The Rust type's name, for errors.
    const NAME: &'static str;
    /// The value the schema pins the `type` property to (`ticket`), if it pins one.
    const PINNED: Option<&'static str>;
    /// Whether an object must carry at least one of the type's properties to be this type
    /// (the schema requires some, or pins the `type`).
    const NEEDS_KNOWN: bool;

    /// Reads the value of property `key` into its field; unknown properties are skipped.
    /// Returns whether the type knows the property.
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error>;
}

/// Implements [`Blank`], [`Object`] and `Deserialize` for a generated struct from its list of
/// fields, each followed by its JSON name when that differs (`type_("type")`): properties may
/// come in any order, missing ones stay blank, unknown ones are skipped, a repeated one wins.
/// Fields listed under `keep_null` are `Option<Nullable<T>>`: an explicit `null` is kept
/// apart from an absent property. The field under `pinned` holds the `type` the schema fixes:
/// any other value is a decode error. With `; needs_known`, an object carrying none of the
/// type's properties is a decode error (it is some other object).
#[allow(unused_macros, reason = "used only when the spec (or the enabled features) has objects")]
macro_rules! object {
    ($name:ident {
        $($field:ident $(($key:literal))?),* $(,)?
    } $(pinned {
        $pin_field:ident ($pin_key:literal) = $pin_value:literal
    })? $(keep_null {
        $($null_field:ident $(($null_key:literal))?),* $(,)?
    })? $(; $needs_known:ident)?) => {
        impl $crate::wire::Blank for $name {
            fn blank() -> Self {
                Self {
                    $($field: $crate::wire::Blank::blank(),)*
                    $($pin_field: $crate::wire::Blank::blank(),)?
                    $($($null_field: None,)*)?
                }
            }
        }

        impl $crate::wire::Object for $name {
            const NAME: &'static str = stringify!($name);
            const PINNED: Option<&'static str> = $crate::wire::object!(@pinned $($pin_value)?);
            const NEEDS_KNOWN: bool = $crate::wire::object!(@flag $($needs_known)?);

            fn read_field<'de, A: serde::de::MapAccess<'de>>(
                &mut self,
                key: &str,
                map: &mut A,
            ) -> Result<bool, A::Error> {
                let known = match key {
                    $($crate::wire::json_key!($field $(($key))?) => {
                        self.$field = map.next_value()?;
                        true
                    })*
                    $($pin_key => {
                        self.$pin_field = $crate::wire::read_pinned::<Self, _, _>(map)?;
                        true
                    })?
                    $($($crate::wire::json_key!($null_field $(($null_key))?) => {
                        self.$null_field = Some(map.next_value()?);
                        true
                    })*)?
                    _ => {
                        $crate::wire::skip_value(map)?;
                        false
                    }
                };
                Ok(known)
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserializer.deserialize_struct(
                    stringify!($name),
                    $crate::wire::OBJECT_FIELDS,
                    $crate::wire::ObjectVisitor(std::marker::PhantomData),
                )
            }
        }
    };
    (@pinned) => { None };
    (@pinned $value:literal) => { Some($value) };
    (@flag) => { false };
    (@flag needs_known) => { true };
}
#[allow(unused_imports, reason = "used only when the spec (or the enabled features) has objects")]
pub(crate) use object;

/// The field list a generated struct passes to `deserialize_struct`: it tells the lenient
/// deserializer that `null` is the struct's blank value, not an object with no properties.
#[allow(dead_code, reason = "used only when the spec (or the enabled features) has objects")]
pub(crate) const OBJECT_FIELDS: &[&str] = &["\u{0}wire::Object"];

/// The JSON name of a field in an [`object`] list: the one given, or the field's own name.
#[allow(unused_macros, reason = "used only when the spec (or the enabled features) has objects")]
macro_rules! json_key {
    ($field:ident) => {
        stringify!($field)
    };
    ($field:ident ($key:literal)) => {
        $key
    };
}
#[allow(unused_imports, reason = "used only when the spec (or the enabled features) has objects")]
pub(crate) use json_key;

/// Skips the value of a property the type does not know.
#[allow(dead_code, reason = "used only when the spec (or the enabled features) has objects")]
pub(crate) fn skip_value<'de, A: serde::de::MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<serde::de::IgnoredAny>().map(|_| ())
}

/// What a type is, in decode errors: `a ticket (`Ticket`)`, or `` `Ticket` `` when the schema
/// pins no `type`.
#[allow(dead_code, reason = "used only when the spec (or the enabled features) has objects")]
fn expected<T: Object>() -> String {
    match T::PINNED {
        Some(pinned) => {
            let article = match pinned.chars().next() {
                Some('a' | 'e' | 'i' | 'o' | 'u' | 'A' | 'E' | 'I' | 'O' | 'U') => "an",
                _ => "a",
            };
            format!("{article} {pinned} (`{}`)", T::NAME)
        }
        None => format!("`{}`", T::NAME),
    }
}

/// Reads the pinned `type` property of `T`: a value other than the pinned one is an error
/// naming both; `null` reads as the field's blank value, like any other field.
#[allow(dead_code, reason = "used only when the spec (or the enabled features) pins a type")]
pub(crate) fn read_pinned<'de, T: Object, F: serde::Deserialize<'de>, A: serde::de::MapAccess<'de>>(
    map: &mut A,
) -> Result<F, A::Error> {
    let received = map.next_value_seed(PinnedSeed)?;
    if let (Some(received), Some(pinned)) = (&received, T::PINNED) {
        if received != pinned {
            return Err(serde::de::Error::custom(format!(
                "expected {}, received type {received:?}",
                expected::<T>()
            )));
        }
    }
    F::deserialize(Lenient(PinnedStr::<A::Error>(received, std::marker::PhantomData)))
}

/// Reads a `type` value: a string, or `None` for `null`.
#[allow(dead_code, reason = "used only when the spec (or the enabled features) pins a type")]
struct PinnedSeed;

impl<'de> serde::de::DeserializeSeed<'de> for PinnedSeed {
    type Value = Option<std::borrow::Cow<'de, str>>;

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for PinnedSeed {
    type Value = Option<std::borrow::Cow<'de, str>>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the object's type as a string")
    }

    fn visit_borrowed_str<E: serde::de::Error>(self, value: &'de str) -> Result<Self::Value, E> {
        Ok(Some(std::borrow::Cow::Borrowed(value)))
    }

    fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<Self::Value, E> {
        Ok(Some(std::borrow::Cow::Owned(value.to_string())))
    }

    fn visit_string<E: serde::de::Error>(self, value: String) -> Result<Self::Value, E> {
        Ok(Some(std::borrow::Cow::Owned(value)))
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
}

/// A `type` value already read, handed to the field's own `Deserialize`.
#[allow(dead_code, reason = "used only when the spec (or the enabled features) pins a type")]
struct PinnedStr<'de, E>(Option<std::borrow::Cow<'de, str>>, std::marker::PhantomData<E>);

impl<'de, E: serde::de::Error> serde::Deserializer<'de> for PinnedStr<'de, E> {
    type Error = E;

    fn deserialize_any<V: serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        match self.0 {
            Some(std::borrow::Cow::Borrowed(value)) => visitor.visit_borrowed_str(value),
            Some(std::borrow::Cow::Owned(value)) => visitor.visit_string(value),
            None => visitor.visit_unit(),
        }
    }

    fn deserialize_option<V: serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        match self.0 {
            Some(_) => visitor.visit_some(self),
            None => visitor.visit_none(),
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier
        ignored_any
    }
}

/// The visitor behind [`object`].
#[allow(dead_code, reason = "used only when the spec (or the enabled features) has objects")]
pub(crate) struct ObjectVisitor<T>(pub(crate) std::marker::PhantomData<T>);

/// Property names kept for the error about an object that is not the expected type.
#[allow(dead_code, reason = "used only when the spec (or the enabled features) has objects")]
const SHOWN_KEYS: usize = 4;

impl<'de, T: Object> serde::de::Visitor<'de> for ObjectVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "an object ({})", expected::<T>())
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        let mut value = T::blank();
        let mut any_known = false;
        // Only kept until a known property turns up, which is usually the first one.
        let mut unknown: Vec<String> = Vec::new();
        let mut unknown_count = 0;
        while let Some(key) = map.next_key_seed(KeySeed)? {
            if value.read_field(&key, &mut map)? {
                any_known = true;
            } else if !any_known {
                unknown_count += 1;
                if unknown.len() < SHOWN_KEYS {
                    unknown.push(format!("`{key}`"));
                }
            }
        }
        if T::NEEDS_KNOWN && !any_known {
            let received = if unknown_count == 0 {
                "an empty object".to_string()
            } else {
                let more = if unknown_count > unknown.len() { ", …" } else { "" };
                format!(
                    "an object with none of its properties ({}{more})",
                    unknown.join(", ")
                )
            };
            return Err(serde::de::Error::custom(format!(
                "expected {}, received {received}",
                expected::<T>()
            )));
        }
        Ok(value)
    }

    /// `null` where an object is expected reads as the blank value (the lenient deserializer
    /// sends it here).
    fn visit_unit<E: serde::de::Error>(self) -> Result<T, E> {
        Ok(T::blank())
    }
}

/// Reads a property name, borrowing it from the input when possible.
#[allow(dead_code, reason = "used only when the spec (or the enabled features) has objects")]
struct KeySeed;

impl<'de> serde::de::DeserializeSeed<'de> for KeySeed {
    type Value = std::borrow::Cow<'de, str>;

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(StrVisitor)
    }
}

/// The JSON kind an alternative accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(dead_code, reason = "used only when the spec (or the enabled features) has oneOf/anyOf unions")]
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
#[allow(dead_code, reason = "used only when the spec (or the enabled features) has oneOf/anyOf unions")]
pub(crate) struct Shape {
    /// The JSON kind it accepts.
    pub kind: Kind,
    /// Properties it requires.
    pub required: &'static [&'static str],
    /// Properties it knows.
    pub properties: &'static [&'static str],
    /// For properties holding an object (or an array of objects): the properties that object
    /// knows.
    pub nested: &'static [(&'static str, &'static [&'static str])],
    /// Values of the union's tag property that select it.
    pub tags: &'static [&'static str],
}

#[allow(dead_code, reason = "used only when the spec (or the enabled features) has oneOf/anyOf unions")]
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
/// most known properties present, then most known properties inside the object-valued ones
/// (their first object element, for arrays), then fewest unknown ones, then spec order. An
/// array is ranked by its first object element against the properties of the alternative's
/// items.
#[allow(dead_code, reason = "used only when the spec (or the enabled features) has oneOf/anyOf unions")]
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
    let mut ranked: Vec<(Fit, usize)> = shapes
        .iter()
        .enumerate()
        .filter(|(_, shape)| accepts(shape.kind, value))
        .filter_map(|(index, shape)| {
            // An array is judged by its first object element, against the properties its
            // alternative's items know.
            let object = value.as_object().or_else(|| {
                value
                    .as_array()
                    .and_then(|elements| elements.iter().find_map(Value::as_object))
            });
            let score = match object {
                Some(object) => {
                    let has_required = shape.required.iter().all(|p| object.contains_key(*p));
                    let known = object
                        .keys()
                        .filter(|k| shape.properties.contains(&k.as_str()))
                        .count();
                    // An object with none of an alternative's known properties is not that
                    // alternative (it stays `Unknown`), even where lenient decoding would
                    // accept it; only an empty object fits a type that requires nothing.
                    if known == 0
                        && !shape.properties.is_empty()
                        && (!has_required || !object.is_empty())
                    {
                        return None;
                    }
                    let nested_known = shape
                        .nested
                        .iter()
                        .filter_map(|(property, inner)| {
                            let value = object.get(*property)?;
                            let inner_object = value.as_object().or_else(|| {
                                value.as_array()?.iter().find_map(Value::as_object)
                            })?;
                            Some(inner_object.keys().filter(|k| inner.contains(&k.as_str())).count())
                        })
                        .sum();
                    Fit {
                        lacks_required: !has_required,
                        known: Reverse(known),
                        nested_known: Reverse(nested_known),
                        unknown: object.len() - known,
                        untyped: shape.kind == Kind::Any,
                    }
                }
                None => Fit {
                    lacks_required: false,
                    known: Reverse(0),
                    nested_known: Reverse(0),
                    unknown: 0,
                    untyped: shape.kind == Kind::Any,
                },
            };
            Some((score, index))
        })
        .collect();
    ranked.sort();
    ranked.into_iter().map(|(_, index)| index).collect()
}

/// How well a value fits one alternative of a union; the better fit orders first.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
#[allow(dead_code, reason = "used only when the spec (or the enabled features) has oneOf/anyOf unions")]
struct Fit {
    /// Some property the alternative requires is missing.
    lacks_required: bool,
    /// Properties present that the alternative knows (more is better).
    known: Reverse<usize>,
    /// Properties present inside its object-valued properties that it knows.
    nested_known: Reverse<usize>,
    /// Properties present that it does not know.
    unknown: usize,
    /// The alternative accepts any JSON value (a typed one fits better).
    untyped: bool,
}

/// Decodes JSON into a generated type the way the client does: leniently (numbers and
/// strings are converted into each other where the type asks for the other, `null` becomes
/// the default value, unknown enum values and properties are kept or ignored).
pub fn from_slice<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> serde_json::Result<T> {
    // One UTF-8 check of the whole body is cheaper than one per string; a body that fails it
    // goes to the byte parser, which reports where.
    match std::str::from_utf8(bytes) {
        Ok(text) => from_str(text),
        Err(_) => decode(serde_json::Deserializer::from_slice(bytes)),
    }
}

/// [`from_slice`] for text.
pub fn from_str<T: serde::de::DeserializeOwned>(text: &str) -> serde_json::Result<T> {
    decode(serde_json::Deserializer::from_str(text))
}

fn decode<'de, R: serde_json::de::Read<'de>, T: serde::de::DeserializeOwned>(
    mut deserializer: serde_json::Deserializer<R>,
) -> serde_json::Result<T> {
    let value = T::deserialize(Lenient(&mut deserializer))?;
    deserializer.end()?;
    Ok(value)
}

pub(crate) use lenient::Lenient;

/// The lenient deserializer: wraps any deserializer so that every value below it is read with
/// the conversions [`from_slice`] documents. It works for any `Deserialize` type, so the
/// generated types need no per-field code for it.
mod lenient {
    use std::fmt;
    use std::marker::PhantomData;

    use serde::de::{
        DeserializeSeed, Deserializer, EnumAccess, Error, MapAccess, SeqAccess, Unexpected,
        Visitor,
    };

    /// A deserializer whose values are read leniently.
    pub(crate) struct Lenient<D>(pub(crate) D);

    /// The scalar a type asked for.
    #[derive(Clone, Copy)]
    enum Target {
        Bool,
        Int,
        Float,
        Str,
    }

    macro_rules! coerce_to {
        ($target:expr => $($method:ident)*) => {$(
            fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
                self.0.deserialize_any(Coerce { visitor, target: $target })
            }
        )*};
    }

    macro_rules! wrap_visitor {
        ($($method:ident)*) => {$(
            fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
                self.0.$method(Wrap(visitor))
            }
        )*};
    }

    impl<'de, D: Deserializer<'de>> Deserializer<'de> for Lenient<D> {
        type Error = D::Error;

        coerce_to!(Target::Bool => deserialize_bool);
        coerce_to!(Target::Int => deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64
            deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u64);
        coerce_to!(Target::Float => deserialize_f32 deserialize_f64);
        coerce_to!(Target::Str => deserialize_str deserialize_string);
        wrap_visitor!(deserialize_any deserialize_char deserialize_bytes deserialize_byte_buf
            deserialize_option deserialize_unit);

        fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
            self.0.deserialize_any(Container { visitor, map: false, null_is_unit: false })
        }

        fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
            self.0.deserialize_any(Container { visitor, map: true, null_is_unit: false })
        }

        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _name: &'static str,
            fields: &'static [&'static str],
            visitor: V,
        ) -> Result<V::Value, D::Error> {
            let null_is_unit = fields == super::OBJECT_FIELDS;
            self.0.deserialize_any(Container { visitor, map: true, null_is_unit })
        }

        fn deserialize_unit_struct<V: Visitor<'de>>(
            self,
            name: &'static str,
            visitor: V,
        ) -> Result<V::Value, D::Error> {
            self.0.deserialize_unit_struct(name, Wrap(visitor))
        }

        fn deserialize_newtype_struct<V: Visitor<'de>>(
            self,
            name: &'static str,
            visitor: V,
        ) -> Result<V::Value, D::Error> {
            self.0.deserialize_newtype_struct(name, Wrap(visitor))
        }

        fn deserialize_tuple<V: Visitor<'de>>(
            self,
            len: usize,
            visitor: V,
        ) -> Result<V::Value, D::Error> {
            self.0.deserialize_tuple(len, Wrap(visitor))
        }

        fn deserialize_tuple_struct<V: Visitor<'de>>(
            self,
            name: &'static str,
            len: usize,
            visitor: V,
        ) -> Result<V::Value, D::Error> {
            self.0.deserialize_tuple_struct(name, len, Wrap(visitor))
        }

        fn deserialize_enum<V: Visitor<'de>>(
            self,
            name: &'static str,
            variants: &'static [&'static str],
            visitor: V,
        ) -> Result<V::Value, D::Error> {
            self.0.deserialize_enum(name, variants, visitor)
        }

        fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
            self.0.deserialize_identifier(visitor)
        }

        fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
            self.0.deserialize_ignored_any(visitor)
        }

        fn is_human_readable(&self) -> bool {
            self.0.is_human_readable()
        }
    }

    /// Passes values through, reading nested values leniently.
    struct Wrap<V>(V);

    macro_rules! forward_scalars {
        ($($method:ident($ty:ty))*) => {$(
            fn $method<E: Error>(self, value: $ty) -> Result<Self::Value, E> {
                self.0.$method(value)
            }
        )*};
    }

    impl<'de, V: Visitor<'de>> Visitor<'de> for Wrap<V> {
        type Value = V::Value;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            self.0.expecting(f)
        }

        forward_scalars!(visit_bool(bool) visit_i64(i64) visit_i128(i128) visit_u64(u64)
            visit_u128(u128) visit_f64(f64) visit_char(char) visit_str(&str)
            visit_borrowed_str(&'de str) visit_string(String) visit_bytes(&[u8])
            visit_borrowed_bytes(&'de [u8]) visit_byte_buf(Vec<u8>));

        fn visit_none<E: Error>(self) -> Result<Self::Value, E> {
            self.0.visit_none()
        }

        fn visit_unit<E: Error>(self) -> Result<Self::Value, E> {
            self.0.visit_unit()
        }

        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            self.0.visit_some(Lenient(d))
        }

        fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            self.0.visit_newtype_struct(Lenient(d))
        }

        fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
            self.0.visit_seq(Seq(seq))
        }

        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
            self.0.visit_map(Map(map))
        }

        fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<Self::Value, A::Error> {
            self.0.visit_enum(data)
        }
    }

    /// A list, map or struct: `null` reads as an empty one, or as the visitor's unit value
    /// (the generated structs' blank value) with `null_is_unit`.
    struct Container<V> {
        visitor: V,
        map: bool,
        null_is_unit: bool,
    }

    impl<'de, V: Visitor<'de>> Visitor<'de> for Container<V> {
        type Value = V::Value;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            self.visitor.expecting(f)
        }

        fn visit_bool<E: Error>(self, value: bool) -> Result<Self::Value, E> {
            self.visitor.visit_bool(value)
        }

        fn visit_i64<E: Error>(self, value: i64) -> Result<Self::Value, E> {
            self.visitor.visit_i64(value)
        }

        fn visit_u64<E: Error>(self, value: u64) -> Result<Self::Value, E> {
            self.visitor.visit_u64(value)
        }

        fn visit_f64<E: Error>(self, value: f64) -> Result<Self::Value, E> {
            self.visitor.visit_f64(value)
        }

        fn visit_str<E: Error>(self, value: &str) -> Result<Self::Value, E> {
            self.visitor.visit_str(value)
        }

        fn visit_none<E: Error>(self) -> Result<Self::Value, E> {
            self.visit_unit()
        }

        fn visit_unit<E: Error>(self) -> Result<Self::Value, E> {
            if self.null_is_unit {
                self.visitor.visit_unit()
            } else if self.map {
                self.visitor.visit_map(Empty(PhantomData))
            } else {
                self.visitor.visit_seq(Empty(PhantomData))
            }
        }

        fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
            self.visitor.visit_seq(Seq(seq))
        }

        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
            self.visitor.visit_map(Map(map))
        }
    }

    /// A scalar converted to the kind the type asked for.
    struct Coerce<V> {
        visitor: V,
        target: Target,
    }

    impl<'de, V: Visitor<'de>> Visitor<'de> for Coerce<V> {
        type Value = V::Value;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            self.visitor.expecting(f)
        }

        fn visit_bool<E: Error>(self, value: bool) -> Result<Self::Value, E> {
            match self.target {
                Target::Str => self.visitor.visit_string(value.to_string()),
                Target::Bool => self.visitor.visit_bool(value),
                _ => Err(E::invalid_type(Unexpected::Bool(value), &self)),
            }
        }

        fn visit_i64<E: Error>(self, value: i64) -> Result<Self::Value, E> {
            match self.target {
                Target::Str => self.visitor.visit_string(value.to_string()),
                _ => self.visitor.visit_i64(value),
            }
        }

        fn visit_u64<E: Error>(self, value: u64) -> Result<Self::Value, E> {
            match self.target {
                Target::Str => self.visitor.visit_string(value.to_string()),
                _ => self.visitor.visit_u64(value),
            }
        }

        fn visit_f64<E: Error>(self, value: f64) -> Result<Self::Value, E> {
            match self.target {
                Target::Str => self.visitor.visit_string(value.to_string()),
                Target::Int if value.fract() == 0.0 && value.abs() < 9.0e15 => {
                    self.visitor.visit_i64(value as i64)
                }
                _ => self.visitor.visit_f64(value),
            }
        }

        fn visit_str<E: Error>(self, value: &str) -> Result<Self::Value, E> {
            let trimmed = value.trim();
            // Text that does not convert goes to the type itself, which reports it.
            match self.target {
                Target::Str => self.visitor.visit_str(value),
                Target::Int => {
                    if let Ok(number) = trimmed.parse::<i64>() {
                        self.visitor.visit_i64(number)
                    } else if let Ok(number) = trimmed.parse::<u64>() {
                        self.visitor.visit_u64(number)
                    } else {
                        self.visitor.visit_str(value)
                    }
                }
                Target::Float => match trimmed.parse::<f64>() {
                    Ok(number) => self.visitor.visit_f64(number),
                    Err(_) => self.visitor.visit_str(value),
                },
                Target::Bool => match trimmed {
                    "true" => self.visitor.visit_bool(true),
                    "false" => self.visitor.visit_bool(false),
                    _ => self.visitor.visit_str(value),
                },
            }
        }

        fn visit_borrowed_str<E: Error>(self, value: &'de str) -> Result<Self::Value, E> {
            match self.target {
                Target::Str => self.visitor.visit_borrowed_str(value),
                _ => self.visit_str(value),
            }
        }

        fn visit_string<E: Error>(self, value: String) -> Result<Self::Value, E> {
            match self.target {
                Target::Str => self.visitor.visit_string(value),
                _ => self.visit_str(&value),
            }
        }

        fn visit_none<E: Error>(self) -> Result<Self::Value, E> {
            self.visit_unit()
        }

        fn visit_unit<E: Error>(self) -> Result<Self::Value, E> {
            match self.target {
                Target::Bool => self.visitor.visit_bool(false),
                Target::Int => self.visitor.visit_i64(0),
                Target::Float => self.visitor.visit_f64(0.0),
                Target::Str => self.visitor.visit_str(""),
            }
        }

        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            self.visitor.visit_some(Lenient(d))
        }

        fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
            self.visitor.visit_seq(Seq(seq))
        }

        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
            self.visitor.visit_map(Map(map))
        }
    }

    /// List items read leniently.
    struct Seq<A>(A);

    impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for Seq<A> {
        type Error = A::Error;

        fn next_element_seed<T: DeserializeSeed<'de>>(
            &mut self,
            seed: T,
        ) -> Result<Option<T::Value>, A::Error> {
            self.0.next_element_seed(Seed(seed))
        }

        fn size_hint(&self) -> Option<usize> {
            self.0.size_hint()
        }
    }

    /// Map values read leniently (keys as they are).
    struct Map<A>(A);

    impl<'de, A: MapAccess<'de>> MapAccess<'de> for Map<A> {
        type Error = A::Error;

        fn next_key_seed<K: DeserializeSeed<'de>>(
            &mut self,
            seed: K,
        ) -> Result<Option<K::Value>, A::Error> {
            self.0.next_key_seed(seed)
        }

        fn next_value_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<T::Value, A::Error> {
            self.0.next_value_seed(Seed(seed))
        }

        fn size_hint(&self) -> Option<usize> {
            self.0.size_hint()
        }
    }

    /// A seed whose value is read leniently.
    struct Seed<S>(S);

    impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for Seed<S> {
        type Value = S::Value;

        fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<S::Value, D::Error> {
            self.0.deserialize(Lenient(d))
        }
    }

    /// An empty list or map (what `null` reads as).
    struct Empty<E>(PhantomData<E>);

    impl<'de, E: Error> SeqAccess<'de> for Empty<E> {
        type Error = E;

        fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, _: T) -> Result<Option<T::Value>, E> {
            Ok(None)
        }
    }

    impl<'de, E: Error> MapAccess<'de> for Empty<E> {
        type Error = E;

        fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, _: K) -> Result<Option<K::Value>, E> {
            Ok(None)
        }

        fn next_value_seed<T: DeserializeSeed<'de>>(&mut self, _: T) -> Result<T::Value, E> {
            Err(E::custom("a value without a key"))
        }
    }
}
