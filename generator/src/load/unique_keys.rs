//! A deserializer that refuses a mapping repeating a key while it types the text, so a spec
//! parsed in sections needs no second parse for the check that [`super::duplicate_keys`]
//! makes.
//!
//! [`UniqueKeys`] wraps any deserializer and every visitor, map, sequence and seed it hands
//! on, so each mapping the parser reads passes through [`CheckedMap`], whatever the typed
//! target does with it (buffered for `#[serde(flatten)]` or an untagged enum, or skipped).
//! Keys compare as the scan compares them: as the text of the value a YAML resolver reads
//! (`200`, `"200"` and `0xC8` are one key). A key this check cannot compare (a mapping or
//! sequence as key, a tag, bytes) fails it, and so does a repeated key: the caller then takes
//! the path whose scan says precisely what and where.
//!
//! A [`Watch`] also collects the keys of the mappings at one depth (those of the mapping a
//! section of a spec holds), so the caller can compare them across sections.

use std::cell::RefCell;
use std::collections::HashSet;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess, Visitor};

use super::duplicate_keys::Key;

/// `T` deserialized from `deserializer`, failing on the first mapping that repeats a key;
/// `watch` collects the keys at its depth.
pub(super) fn deserialize<'de, T: de::Deserialize<'de>, D: Deserializer<'de>>(
    deserializer: D,
    watch: Option<&Watch>,
) -> Result<T, D::Error> {
    T::deserialize(UniqueKeys {
        inner: deserializer,
        key: None,
        scope: Scope { watch, depth: 0 },
    })
}

/// The keys, as compared, of every mapping at one depth (the document is depth 0, the values
/// of its keys depth 1, and so on), in the order they were read.
pub(super) struct Watch {
    depth: usize,
    keys: RefCell<Vec<String>>,
}

impl Watch {
    /// Collects the keys of the mappings at `depth`.
    pub(super) fn at(depth: usize) -> Self {
        Watch {
            depth,
            keys: RefCell::new(Vec::new()),
        }
    }

    /// The keys collected.
    pub(super) fn into_keys(self) -> Vec<String> {
        self.keys.into_inner()
    }
}

/// Where a value is: its depth, and the watch to report keys to.
#[derive(Clone, Copy)]
struct Scope<'w> {
    watch: Option<&'w Watch>,
    depth: usize,
}

impl Scope<'_> {
    fn inside(self) -> Self {
        Scope {
            depth: self.depth + 1,
            ..self
        }
    }
}

/// Where a key's text is written while the key is read.
type KeySlot<'k> = Option<&'k mut Option<String>>;

/// A deserializer whose maps are checked; reading a key, it records the key's text.
struct UniqueKeys<'k, 'w, D> {
    inner: D,
    key: KeySlot<'k>,
    scope: Scope<'w>,
}

/// A visitor handing checked maps, sequences and values to the one it wraps.
struct Checked<'k, 'w, V> {
    inner: V,
    key: KeySlot<'k>,
    scope: Scope<'w>,
}

/// A seed whose deserializer is checked.
struct CheckedSeed<'k, 'w, S> {
    inner: S,
    key: KeySlot<'k>,
    scope: Scope<'w>,
}

/// A mapping whose keys are compared as they are read.
struct CheckedMap<'w, A> {
    inner: A,
    seen: HashSet<String>,
    scope: Scope<'w>,
}

/// A sequence whose elements are checked.
struct CheckedSeq<'w, A> {
    inner: A,
    scope: Scope<'w>,
}

/// An enum (a YAML tag) whose content is checked.
struct CheckedEnum<'w, A> {
    inner: A,
    scope: Scope<'w>,
}

impl<'k, 'w, V> Checked<'k, 'w, V> {
    fn new(inner: V, key: KeySlot<'k>, scope: Scope<'w>) -> Self {
        Checked { inner, key, scope }
    }
}

impl<'w, S> CheckedSeed<'_, 'w, S> {
    fn value(inner: S, scope: Scope<'w>) -> Self {
        CheckedSeed {
            inner,
            key: None,
            scope,
        }
    }
}

macro_rules! forward_deserialize {
    ($($method:ident($($argument:ident: $type:ty),*);)*) => {$(
        fn $method<V: Visitor<'de>>(self, $($argument: $type,)* visitor: V) -> Result<V::Value, D::Error> {
            self.inner.$method($($argument,)* Checked::new(visitor, self.key, self.scope))
        }
    )*};
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for UniqueKeys<'_, '_, D> {
    type Error = D::Error;

    forward_deserialize! {
        deserialize_any();
        deserialize_bool();
        deserialize_i8();
        deserialize_i16();
        deserialize_i32();
        deserialize_i64();
        deserialize_i128();
        deserialize_u8();
        deserialize_u16();
        deserialize_u32();
        deserialize_u64();
        deserialize_u128();
        deserialize_f32();
        deserialize_f64();
        deserialize_char();
        deserialize_str();
        deserialize_string();
        deserialize_bytes();
        deserialize_byte_buf();
        deserialize_option();
        deserialize_unit();
        deserialize_unit_struct(name: &'static str);
        deserialize_newtype_struct(name: &'static str);
        deserialize_seq();
        deserialize_tuple(len: usize);
        deserialize_tuple_struct(name: &'static str, len: usize);
        deserialize_map();
        deserialize_struct(name: &'static str, fields: &'static [&'static str]);
        deserialize_enum(name: &'static str, variants: &'static [&'static str]);
        deserialize_identifier();
    }

    /// A skipped value is read whole, so the mappings inside it are checked too.
    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.inner
            .deserialize_any(Checked::new(visitor, self.key, self.scope))
    }

    fn is_human_readable(&self) -> bool {
        self.inner.is_human_readable()
    }
}

macro_rules! record_scalar {
    ($($method:ident($type:ty) => $text:expr;)*) => {$(
        fn $method<E: de::Error>(self, value: $type) -> Result<V::Value, E> {
            if let Some(key) = self.key {
                *key = Some(key_text($text(&value)));
            }
            self.inner.$method(value)
        }
    )*};
}

macro_rules! refuse_as_key {
    ($key:expr, $what:literal) => {
        if $key.is_some() {
            return Err(de::Error::custom(concat!(
                "a mapping key that is ",
                $what,
                " is not compared here"
            )));
        }
    };
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Checked<'_, '_, V> {
    type Value = V::Value;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.inner.expecting(formatter)
    }

    record_scalar! {
        visit_bool(bool) => bool::to_string;
        visit_i8(i8) => |value: &i8| value.to_string();
        visit_i16(i16) => |value: &i16| value.to_string();
        visit_i32(i32) => |value: &i32| value.to_string();
        visit_i64(i64) => |value: &i64| value.to_string();
        visit_u8(u8) => |value: &u8| value.to_string();
        visit_u16(u16) => |value: &u16| value.to_string();
        visit_u32(u32) => |value: &u32| value.to_string();
        visit_u64(u64) => |value: &u64| value.to_string();
        visit_f32(f32) => |value: &f32| f64::from(*value).to_string();
        visit_f64(f64) => |value: &f64| value.to_string();
        visit_char(char) => char::to_string;
        visit_str(&str) => |value: &&str| value.to_string();
        visit_borrowed_str(&'de str) => |value: &&str| value.to_string();
        visit_string(String) => String::clone;
    }

    fn visit_i128<E: de::Error>(self, value: i128) -> Result<V::Value, E> {
        refuse_as_key!(self.key, "a 128-bit number");
        self.inner.visit_i128(value)
    }

    fn visit_u128<E: de::Error>(self, value: u128) -> Result<V::Value, E> {
        refuse_as_key!(self.key, "a 128-bit number");
        self.inner.visit_u128(value)
    }

    fn visit_bytes<E: de::Error>(self, value: &[u8]) -> Result<V::Value, E> {
        refuse_as_key!(self.key, "bytes");
        self.inner.visit_bytes(value)
    }

    fn visit_borrowed_bytes<E: de::Error>(self, value: &'de [u8]) -> Result<V::Value, E> {
        refuse_as_key!(self.key, "bytes");
        self.inner.visit_borrowed_bytes(value)
    }

    fn visit_byte_buf<E: de::Error>(self, value: Vec<u8>) -> Result<V::Value, E> {
        refuse_as_key!(self.key, "bytes");
        self.inner.visit_byte_buf(value)
    }

    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        if let Some(key) = self.key {
            *key = Some("null".to_string());
        }
        self.inner.visit_unit()
    }

    fn visit_none<E: de::Error>(self) -> Result<V::Value, E> {
        refuse_as_key!(self.key, "an absent value");
        self.inner.visit_none()
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<V::Value, D::Error> {
        refuse_as_key!(self.key, "an optional value");
        self.inner.visit_some(UniqueKeys {
            inner: deserializer,
            key: None,
            scope: self.scope,
        })
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<V::Value, D::Error> {
        refuse_as_key!(self.key, "a newtype");
        self.inner.visit_newtype_struct(UniqueKeys {
            inner: deserializer,
            key: None,
            scope: self.scope,
        })
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        refuse_as_key!(self.key, "a sequence");
        self.inner.visit_seq(CheckedSeq {
            inner: seq,
            scope: self.scope,
        })
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        refuse_as_key!(self.key, "a mapping");
        self.inner.visit_map(CheckedMap {
            inner: map,
            seen: HashSet::new(),
            scope: self.scope,
        })
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
        refuse_as_key!(self.key, "tagged");
        self.inner.visit_enum(CheckedEnum {
            inner: data,
            scope: self.scope,
        })
    }
}

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for CheckedSeed<'_, '_, S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<S::Value, D::Error> {
        self.inner.deserialize(UniqueKeys {
            inner: deserializer,
            key: self.key,
            scope: self.scope,
        })
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for CheckedMap<'_, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        let mut text = None;
        let key = self.inner.next_key_seed(CheckedSeed {
            inner: seed,
            key: Some(&mut text),
            scope: self.scope,
        })?;
        if key.is_some() {
            let Some(text) = text else {
                return Err(de::Error::custom("a mapping key was read without its text"));
            };
            if let Some(watch) = self.scope.watch.filter(|w| w.depth == self.scope.depth) {
                watch.keys.borrow_mut().push(text.clone());
            }
            if !self.seen.insert(text) {
                return Err(de::Error::custom("a mapping repeats a key"));
            }
        }
        Ok(key)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        self.inner
            .next_value_seed(CheckedSeed::value(seed, self.scope.inside()))
    }

    fn size_hint(&self) -> Option<usize> {
        self.inner.size_hint()
    }
}

impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for CheckedSeq<'_, A> {
    type Error = A::Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, A::Error> {
        self.inner
            .next_element_seed(CheckedSeed::value(seed, self.scope.inside()))
    }

    fn size_hint(&self) -> Option<usize> {
        self.inner.size_hint()
    }
}

impl<'de, 'w, A: EnumAccess<'de>> EnumAccess<'de> for CheckedEnum<'w, A> {
    type Error = A::Error;
    type Variant = CheckedEnum<'w, A::Variant>;

    fn variant_seed<S: DeserializeSeed<'de>>(
        self,
        seed: S,
    ) -> Result<(S::Value, Self::Variant), A::Error> {
        let (value, variant) = self
            .inner
            .variant_seed(CheckedSeed::value(seed, self.scope))?;
        let variant = CheckedEnum {
            inner: variant,
            scope: self.scope,
        };
        Ok((value, variant))
    }
}

impl<'de, A: de::VariantAccess<'de>> de::VariantAccess<'de> for CheckedEnum<'_, A> {
    type Error = A::Error;

    fn unit_variant(self) -> Result<(), A::Error> {
        self.inner.unit_variant()
    }

    fn newtype_variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<S::Value, A::Error> {
        self.inner
            .newtype_variant_seed(CheckedSeed::value(seed, self.scope))
    }

    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, A::Error> {
        self.inner
            .tuple_variant(len, Checked::new(visitor, None, self.scope))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        self.inner
            .struct_variant(fields, Checked::new(visitor, None, self.scope))
    }
}

/// A key's text (as read, or as the scan spells a number or boolean) in the form it is
/// compared in: a text a YAML resolver could read as null, a boolean or a number (`0x10`,
/// `1e3`, `~`, `-0`) is resolved, again until it stays the same, so that keys the scan finds
/// equal are equal here too. (A quoted `"1.0"` then equals
/// a plain `1`, which the scan keeps apart; that only sends the spec to the scan.)
pub(super) fn key_text(mut text: String) -> String {
    for _ in 0..4 {
        if !may_resolve(&text) {
            break;
        }
        match serde_norway::from_str::<Key>(&text) {
            Ok(Key(Some(resolved))) if resolved != text => text = resolved,
            _ => break,
        }
    }
    text
}

/// Whether YAML's core schema (as `serde_norway` applies it) could read `text`, unquoted, as
/// something other than itself: null, a boolean, or a number that is not already spelled as
/// its own decimal digits.
fn may_resolve(text: &str) -> bool {
    let is_canonical_decimal = !text.is_empty()
        && text.len() <= 18
        && text.bytes().all(|b| b.is_ascii_digit())
        && (text == "0" || !text.starts_with('0'));
    if is_canonical_decimal {
        return false;
    }
    matches!(
        text.as_bytes().first(),
        None | Some(b'0'..=b'9' | b'+' | b'-' | b'.' | b'~')
    ) || matches!(
        text,
        "null" | "Null" | "NULL" | "true" | "True" | "TRUE" | "false" | "False" | "FALSE"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parses(text: &str) -> bool {
        deserialize::<serde::de::IgnoredAny, _>(serde_norway::Deserializer::from_str(text), None)
            .is_ok()
    }

    #[test]
    fn a_repeated_key_fails_wherever_it_is() {
        assert!(parses("a: 1\nb: {c: 1, d: [ {e: 1, f: 2} ]}\n"));
        assert!(!parses("a: 1\na: 2\n"));
        assert!(!parses("a:\n  - b: 1\n    b: 2\n"));
        assert!(!parses("a: {b: {c: 1, c: 1}}\n"));
    }

    #[test]
    fn keys_compare_as_the_scan_compares_them() {
        assert!(!parses("200: a\n'200': b\n"));
        assert!(!parses("0xC8: a\n200: b\n"));
        assert!(!parses("1.0: a\n1: b\n"));
        assert!(!parses("~: a\nnull: b\n"));
        assert!(!parses("-0.0: a\n'-0': b\n"));
        assert!(parses("'0200': a\n200: b\n"));
        assert!(!parses("inf: a\n.inf: b\n"));
        assert!(parses("true: c\n'yes': d\n"));
    }

    #[test]
    fn a_key_it_cannot_compare_fails() {
        assert!(!parses("? [a, b]\n: 1\n"));
        assert!(!parses("? {a: 1}\n: 1\n"));
    }

    #[test]
    fn typed_targets_see_every_mapping() {
        #[derive(serde::Deserialize)]
        struct Outer {
            #[serde(flatten)]
            _rest: std::collections::BTreeMap<String, serde_json::Value>,
        }
        let typed = |text: &str| {
            deserialize::<Outer, _>(serde_norway::Deserializer::from_str(text), None).is_ok()
        };
        assert!(typed("a: {b: 1}\n"));
        assert!(!typed("a: {b: 1, b: 2}\n"));
        assert!(!typed("a: 1\na: 2\n"));
    }

    #[test]
    fn a_watch_collects_the_keys_at_its_depth() {
        let watch = Watch::at(1);
        let text = "paths:\n  /a: {x: 1}\n  '/b': [1]\n  0x10: 2\nother: {c: 1}\n";
        let parsed = deserialize::<serde::de::IgnoredAny, _>(
            serde_norway::Deserializer::from_str(text),
            Some(&watch),
        );
        assert!(parsed.is_ok());
        assert_eq!(watch.into_keys(), ["/a", "/b", "16", "c"]);
    }
}
