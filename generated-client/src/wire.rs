//! Wire-format support for the generated types: string enums that keep unknown values,
//! structs read property by property (keeping the ones they do not know), and choosing the
//! alternative of a `oneOf`/`anyOf` a JSON value belongs to. The lenient deserializer under
//! them is in `decode`.

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
                let value = Self::from(&*deserializer.deserialize_str($crate::wire::StrVisitor)?);
                if let Self::Unknown(unknown) = &value {
                    $crate::wire::unknown_enum_value(unknown);
                }
                Ok(value)
            }
        }
    };
}
#[allow(unused_imports, reason = "used only when the spec (or the enabled features) has string enums")]
pub(crate) use string_enum;

/// Reports a value a string enum does not list (not the empty one a `null` reads as, which
/// is reported as a `null`).
#[allow(dead_code, reason = "used only when the spec (or the enabled features) has string enums")]
pub(crate) fn unknown_enum_value(value: &str) {
    if !value.is_empty() {
        crate::decode::fired(crate::decode::Rule::UnknownEnumValue, &format_args!("{value:?}"));
    }
}

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
    /// The Rust type's name, for errors and decode events.
    const NAME: &'static str;
    /// The value the schema pins the `type` property to (`ticket`), if it pins one.
    const PINNED: Option<&'static str>;
    /// Whether an object must carry at least one of the type's properties to be this type
    /// (the schema requires some, or pins the `type`).
    const NEEDS_KNOWN: bool;
    /// The JSON names of the required properties (besides a pinned `type`), in the order of
    /// the bits [`Object::read_field`] reports them with.
    const REQUIRED: &'static [&'static str];

    /// Reads the value of property `key` into its field; a property the type does not know
    /// goes to its unknown properties. Returns `None` for an unknown property, else the bit of
    /// a required property (see [`required_bit`]) or 0.
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<Option<u128>, A::Error>;
}

/// The bit that marks required property `key` as present: its place in `required` (0 past
/// the 128th, which are not tracked).
#[allow(dead_code, reason = "used only when the spec (or the enabled features) has objects")]
pub(crate) const fn required_bit(required: &[&str], key: &str) -> u128 {
    let mut index = 0;
    while index < required.len() && index < 128 {
        if same_str(required[index], key) {
            return 1 << index;
        }
        index += 1;
    }
    0
}

/// The bits of every tracked required property of `required`.
#[allow(dead_code, reason = "used only when the spec (or the enabled features) has objects")]
const fn all_required(required: &[&str]) -> u128 {
    match required.len() {
        0 => 0,
        len if len >= 128 => u128::MAX,
        len => (1 << len) - 1,
    }
}

#[allow(dead_code, reason = "used only when the spec (or the enabled features) has objects")]
const fn same_str(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut index = 0;
    while index < a.len() {
        if a[index] != b[index] {
            return false;
        }
        index += 1;
    }
    true
}

/// Implements [`Blank`], [`Object`], `Deserialize` and `Serialize` for a generated struct from
/// its list of fields, each followed by its JSON name when that differs (`type_("type")`):
/// properties may come in any order, missing ones stay blank, a repeated one wins.
///
/// The field in parentheses after the name (`Contact(unknown_properties)`) is the struct's
/// [`crate::UnknownProperties`]: each property the type does not list is kept there, in the
/// order received, with its value as JSON (nothing is allocated when there is none). Unknown
/// properties never make an object this type: with `needs_known` (after the direction) an
/// object carrying none of the listed properties is still a decode error, and a pinned `type`
/// is still checked.
///
/// Fields listed under `required` are read like the first list; one that is missing stays
/// blank and is reported (a `tracing` event, see [`crate::decode`]). Fields listed under
/// `keep_null` are `Option<Nullable<T>>`: an explicit `null` is kept apart from an absent
/// property. The field under `pinned` holds the `type` the schema fixes: any other value is a
/// decode error.
///
/// `Serialize` is implemented too: for a type sent in requests (`; sent`) always, for one only
/// received (`; received`) with the `serialize-responses` feature. The first list holds the
/// optional fields (`Option<T>`), written only when set; `required` fields are always written
/// (`null` for a nullable one that is `None`); `keep_null` fields are written when set, their
/// `null` included; the pinned field is written like an optional one unless it is marked
/// `required`. Unknown properties come last, in their order.
#[allow(unused_macros, reason = "used only when the spec (or the enabled features) has objects")]
macro_rules! object {
    ($name:ident($unknown:ident) {
        $($field:ident $(($key:literal))?),* $(,)?
    } $(required {
        $($req_field:ident $(($req_key:literal))?),* $(,)?
    })? $(pinned {
        $pin_field:ident ($pin_key:literal) = $pin_value:literal $(, $pin_required:ident)?
    })? $(keep_null {
        $($null_field:ident $(($null_key:literal))?),* $(,)?
    })? ; $direction:ident $(, $needs_known:ident)?) => {
        impl $crate::wire::Blank for $name {
            fn blank() -> Self {
                Self {
                    $($field: $crate::wire::Blank::blank(),)*
                    $($($req_field: $crate::wire::Blank::blank(),)*)?
                    $($pin_field: $crate::wire::Blank::blank(),)?
                    $($($null_field: None,)*)?
                    $unknown: $crate::UnknownProperties::new(),
                }
            }
        }

        impl $crate::wire::Object for $name {
            const NAME: &'static str = stringify!($name);
            const PINNED: Option<&'static str> = $crate::wire::object!(@pinned $($pin_value)?);
            const NEEDS_KNOWN: bool = $crate::wire::object!(@flag $($needs_known)?);
            const REQUIRED: &'static [&'static str] =
                &[$($($crate::wire::json_key!($req_field $(($req_key))?)),*)?];

            fn read_field<'de, A: serde::de::MapAccess<'de>>(
                &mut self,
                key: &str,
                map: &mut A,
            ) -> Result<Option<u128>, A::Error> {
                match key {
                    $($crate::wire::json_key!($field $(($key))?) => {
                        self.$field = map.next_value()?;
                        Ok(Some(0))
                    })*
                    $($($crate::wire::json_key!($req_field $(($req_key))?) => {
                        self.$req_field = map.next_value()?;
                        Ok(Some(const {
                            $crate::wire::required_bit(
                                <Self as $crate::wire::Object>::REQUIRED,
                                $crate::wire::json_key!($req_field $(($req_key))?),
                            )
                        }))
                    })*)?
                    $($pin_key => {
                        self.$pin_field = $crate::wire::read_pinned::<Self, _, _>(map)?;
                        Ok(Some(0))
                    })?
                    $($($crate::wire::json_key!($null_field $(($null_key))?) => {
                        self.$null_field = Some(map.next_value()?);
                        Ok(Some(0))
                    })*)?
                    _ => {
                        self.$unknown.read(key, map)?;
                        Ok(None)
                    }
                }
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

        $crate::wire::object!(@direction $direction
            impl serde::Serialize for $name {
                fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                    use serde::ser::SerializeMap;
                    let mut map = serializer.serialize_map(None)?;
                    $($crate::wire::object!(@pinned_entry map, self, $pin_field, $pin_key $(, $pin_required)?);)?
                    $($(map.serialize_entry(
                        $crate::wire::json_key!($req_field $(($req_key))?),
                        &self.$req_field,
                    )?;)*)?
                    $(if let Some(value) = &self.$field {
                        map.serialize_entry($crate::wire::json_key!($field $(($key))?), value)?;
                    })*
                    $($(if let Some(value) = &self.$null_field {
                        map.serialize_entry($crate::wire::json_key!($null_field $(($null_key))?), value)?;
                    })*)?
                    self.$unknown.serialize_entries(&mut map)?;
                    map.end()
                }
            }
        );
    };
    (@direction sent $($item:item)*) => { $($item)* };
    (@direction received $($item:item)*) => {
        $(#[cfg(feature = "serialize-responses")] $item)*
    };
    (@pinned_entry $map:ident, $this:ident, $field:ident, $key:literal) => {
        if let Some(value) = &$this.$field {
            $map.serialize_entry($key, value)?;
        }
    };
    (@pinned_entry $map:ident, $this:ident, $field:ident, $key:literal, required) => {
        $map.serialize_entry($key, &$this.$field)?;
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
    F::deserialize(crate::decode::Lenient(PinnedStr::<A::Error>(received, std::marker::PhantomData)))
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
        let mut present = 0;
        while let Some(key) = map.next_key_seed(KeySeed)? {
            match value.read_field(&key, &mut map)? {
                Some(bit) => {
                    any_known = true;
                    present |= bit;
                }
                None if !any_known => {
                    unknown_count += 1;
                    if unknown.len() < SHOWN_KEYS {
                        unknown.push(format!("`{key}`"));
                    }
                }
                None => {}
            }
            crate::decode::attribute(T::NAME, &key);
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
        let required = all_required(T::REQUIRED);
        if present & required != required {
            missing::<T>(present);
        }
        Ok(value)
    }

    /// `null` where an object is expected reads as the blank value (the lenient deserializer
    /// sends it here).
    fn visit_unit<E: serde::de::Error>(self) -> Result<T, E> {
        Ok(T::blank())
    }
}

/// Reports each required property of `T` whose bit is not in `present`.
#[cold]
#[allow(dead_code, reason = "used only when the spec (or the enabled features) has objects")]
fn missing<T: Object>(present: u128) {
    for (index, key) in T::REQUIRED.iter().enumerate().take(128) {
        if present & (1 << index) == 0 {
            crate::decode::fired_at(T::NAME, key, crate::decode::Rule::MissingRequired);
        }
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
