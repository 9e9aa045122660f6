//! How a response body becomes a generated type: [`from_slice`], the lenient deserializer
//! under it, and the `tracing` events that say where a response and its description disagree.
//!
//! Decoding forgives per value: a number sent as a string, a `null` where none is allowed, a
//! missing required property, an enum value the spec does not list. Each such rule that
//! fires is one `DEBUG` event with the target `{crate}::decode` (this module's path), naming
//! the Rust type, the JSON property and the rule, so the drift is visible without failing the
//! call. Debug, not warn: the rules fire per value of every response, and a drifted API is
//! the API's state, not an incident. Nothing is recorded unless a subscriber wants the events.

use std::cell::{Cell, RefCell};
use std::fmt;

/// Decodes JSON into a generated type the way the client does: leniently (numbers and
/// strings are converted into each other where the type asks for the other, `null` becomes
/// the default value, unknown enum values are kept as `Unknown`, properties the type does not
/// describe are kept in its `unknown_properties`). Each rule that fires is a `DEBUG` `tracing`
/// event with the target `<this crate>::decode`, naming the type, the property and the rule
/// (emitted only when the decode succeeds).
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

/// Decodes JSON read from `reader` as [`from_slice`] does. A body read this way cannot be
/// read again to find where a failure was, so on failure the path of the failing value (found
/// as the decoder goes) comes with the error.
pub(crate) fn from_reader_tracked<T: serde::de::DeserializeOwned>(
    reader: impl std::io::Read,
) -> Result<T, (String, serde_json::Error)> {
    let mut deserializer = serde_json::Deserializer::from_reader(reader);
    let session = Session::start();
    let value = serde_path_to_error::deserialize(Lenient(&mut deserializer))
        .map_err(|err| (err.path().to_string(), err.into_inner()))?;
    deserializer.end().map_err(|err| (".".to_owned(), err))?;
    session.finish(std::any::type_name::<T>());
    Ok(value)
}

fn decode<'de, R: serde_json::de::Read<'de>, T: serde::de::DeserializeOwned>(
    mut deserializer: serde_json::Deserializer<R>,
) -> serde_json::Result<T> {
    let session = Session::start();
    let value = T::deserialize(Lenient(&mut deserializer))?;
    deserializer.end()?;
    session.finish(std::any::type_name::<T>());
    Ok(value)
}

/// A leniency rule: what decoding forgave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(dead_code, reason = "used only when the spec (or the enabled features) needs the rule")]
pub(crate) enum Rule {
    /// A string enum received a value the spec does not list; kept as `Unknown`.
    UnknownEnumValue,
    /// A required property was missing; its field holds the default value.
    MissingRequired,
    /// `null` where the schema allows none; read as the default value.
    NullDefaulted,
    /// A number sent as a string, converted.
    TextToNumber,
    /// A boolean sent as a string, converted.
    TextToBoolean,
    /// A number or boolean sent for a string, converted to text.
    ToText,
    /// A whole number written with a fraction (`3.0`) for an integer, converted.
    WholeFloatToInteger,
}

impl Rule {
    /// The rule's name in events.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Rule::UnknownEnumValue => "unknown_enum_value",
            Rule::MissingRequired => "missing_required",
            Rule::NullDefaulted => "null_defaulted",
            Rule::TextToNumber => "text_to_number",
            Rule::TextToBoolean => "text_to_boolean",
            Rule::ToText => "to_text",
            Rule::WholeFloatToInteger => "whole_float_to_integer",
        }
    }

    fn message(self) -> &'static str {
        match self {
            Rule::UnknownEnumValue => "enum value the spec does not list kept as `Unknown`",
            Rule::MissingRequired => "required property missing, decoded as its default",
            Rule::NullDefaulted => "null where the schema allows none, decoded as the default",
            Rule::TextToNumber => "number sent as a string converted",
            Rule::TextToBoolean => "boolean sent as a string converted",
            Rule::ToText => "number or boolean sent for a string converted to text",
            Rule::WholeFloatToInteger => "whole number sent with a fraction converted",
        }
    }
}

/// A rule that fired, waiting for the object decoding it to say which property it is in.
struct Fired {
    rule: Rule,
    value: String,
}

/// A rule that fired, with where.
struct Event {
    type_name: &'static str,
    property: String,
    rule: Rule,
    value: String,
}

impl Event {
    fn emit(&self) {
        tracing::debug!(
            type_name = self.type_name,
            property = %self.property,
            rule = self.rule.as_str(),
            value = %self.value,
            "{}.{}: {}",
            self.type_name,
            self.property,
            self.rule.message(),
        );
    }
}

thread_local! {
    /// How many decodes ([`from_slice`]) are running on this thread: rules are recorded only
    /// inside one, which emits them when it succeeds.
    static SESSIONS: Cell<u32> = const { Cell::new(0) };
    /// Whether [`FIRED`] holds anything: the one check per property on the happy path.
    static ANY_FIRED: Cell<bool> = const { Cell::new(false) };
    /// Rules fired inside the value being read, not yet given their property.
    static FIRED: RefCell<Vec<Fired>> = const { RefCell::new(Vec::new()) };
    /// Rules given their place, emitted when the decode succeeds (dropped when it fails, or
    /// when the union alternative they were found in is rejected).
    static HELD: RefCell<Vec<Event>> = const { RefCell::new(Vec::new()) };
}

/// Whether a rule that fires now is worth recording: inside a decode, and wanted by a
/// subscriber.
fn recording() -> bool {
    SESSIONS.get() > 0 && tracing::enabled!(tracing::Level::DEBUG)
}

/// Records that `rule` fired on `value`; the object reading the value names the property.
#[cold]
pub(crate) fn fired(rule: Rule, value: &dyn fmt::Display) {
    if !recording() {
        return;
    }
    FIRED.with_borrow_mut(|fired| {
        fired.push(Fired {
            rule,
            value: value.to_string(),
        })
    });
    ANY_FIRED.set(true);
}

/// Gives the rules fired while reading property `property` of `type_name` their place.
/// Called after every property; does nothing unless a rule fired.
#[inline]
pub(crate) fn attribute(type_name: &'static str, property: &str) {
    if ANY_FIRED.get() {
        attribute_fired(type_name, property);
    }
}

#[cold]
fn attribute_fired(type_name: &'static str, property: &str) {
    ANY_FIRED.set(false);
    let fired = FIRED.with_borrow_mut(std::mem::take);
    HELD.with_borrow_mut(|held| {
        held.extend(fired.into_iter().map(|Fired { rule, value }| Event {
            type_name,
            property: property.to_string(),
            rule,
            value,
        }))
    });
}

/// Records `rule` for property `property` of `type_name` (a rule the object itself applies:
/// a missing required property).
#[cold]
pub(crate) fn fired_at(type_name: &'static str, property: &str, rule: Rule) {
    if recording() {
        HELD.with_borrow_mut(|held| {
            held.push(Event {
                type_name,
                property: property.to_string(),
                rule,
                value: String::new(),
            })
        });
    }
}

/// Decodes one alternative of a union with `decode`: the rules an alternative that fails
/// fired are dropped, those of the chosen one kept.
#[allow(dead_code, reason = "used only when the spec (or the enabled features) has oneOf/anyOf unions")]
pub(crate) fn trial<T, E>(decode: impl FnOnce() -> Result<T, E>) -> Result<T, E> {
    if !recording() {
        return decode();
    }
    let held = HELD.with_borrow(Vec::len);
    let fired = FIRED.with_borrow(Vec::len);
    let result = decode();
    if result.is_err() {
        HELD.with_borrow_mut(|events| events.truncate(held));
        FIRED.with_borrow_mut(|rules| rules.truncate(fired));
        ANY_FIRED.set(fired > 0);
    }
    result
}

/// One decode: rules are recorded while it runs, and emitted by [`Session::finish`] when it
/// succeeds. Dropped without it (the decode failed), it discards them.
struct Session;

impl Session {
    fn start() -> Session {
        SESSIONS.set(SESSIONS.get() + 1);
        Session
    }

    /// Emits the rules recorded; those no object attributed (a top-level value) go under the
    /// decoded type.
    fn finish(self, type_name: &'static str) {
        attribute(type_name, "");
        if SESSIONS.get() == 1 && recording() {
            for event in HELD.with_borrow_mut(std::mem::take) {
                event.emit();
            }
        }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        SESSIONS.set(SESSIONS.get() - 1);
        if SESSIONS.get() == 0 && ANY_FIRED.get() {
            ANY_FIRED.set(false);
            FIRED.with_borrow_mut(Vec::clear);
        }
        if SESSIONS.get() == 0 && tracing::enabled!(tracing::Level::DEBUG) {
            HELD.with_borrow_mut(Vec::clear);
        }
    }
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

    use super::{fired, Rule};

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
            let null_is_unit = fields == crate::wire::OBJECT_FIELDS;
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
            fired(Rule::NullDefaulted, &"null");
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
                Target::Str => {
                    fired(Rule::ToText, &value);
                    self.visitor.visit_string(value.to_string())
                }
                Target::Bool => self.visitor.visit_bool(value),
                _ => Err(E::invalid_type(Unexpected::Bool(value), &self)),
            }
        }

        fn visit_i64<E: Error>(self, value: i64) -> Result<Self::Value, E> {
            match self.target {
                Target::Str => {
                    fired(Rule::ToText, &value);
                    self.visitor.visit_string(value.to_string())
                }
                _ => self.visitor.visit_i64(value),
            }
        }

        fn visit_u64<E: Error>(self, value: u64) -> Result<Self::Value, E> {
            match self.target {
                Target::Str => {
                    fired(Rule::ToText, &value);
                    self.visitor.visit_string(value.to_string())
                }
                _ => self.visitor.visit_u64(value),
            }
        }

        fn visit_f64<E: Error>(self, value: f64) -> Result<Self::Value, E> {
            match self.target {
                Target::Str => {
                    fired(Rule::ToText, &value);
                    self.visitor.visit_string(value.to_string())
                }
                Target::Int if value.fract() == 0.0 && value.abs() < 9.0e15 => {
                    fired(Rule::WholeFloatToInteger, &value);
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
                        fired(Rule::TextToNumber, &format_args!("{value:?}"));
                        self.visitor.visit_i64(number)
                    } else if let Ok(number) = trimmed.parse::<u64>() {
                        fired(Rule::TextToNumber, &format_args!("{value:?}"));
                        self.visitor.visit_u64(number)
                    } else {
                        self.visitor.visit_str(value)
                    }
                }
                Target::Float => match trimmed.parse::<f64>() {
                    Ok(number) => {
                        fired(Rule::TextToNumber, &format_args!("{value:?}"));
                        self.visitor.visit_f64(number)
                    }
                    Err(_) => self.visitor.visit_str(value),
                },
                Target::Bool => match trimmed {
                    "true" | "false" => {
                        fired(Rule::TextToBoolean, &format_args!("{value:?}"));
                        self.visitor.visit_bool(trimmed == "true")
                    }
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
            fired(Rule::NullDefaulted, &"null");
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
