//! The properties of an object that its schema does not describe, kept so that a value read
//! from a response and sent back (get → change → update) loses nothing a newer API added.

use std::fmt;

use serde_json::Value;

/// The properties of a JSON object that its type does not describe, in the order received.
///
/// Every generated struct has one, in its `unknown_properties` field: decoding puts there
/// each property the spec does not list for the type (with its value as JSON), and encoding
/// writes them back after the known ones, so a value forwarded or updated keeps what it was
/// received with. On a request type, it also sends a property the spec lacks
/// (`request.unknown_properties.insert("beta_flag", true)`).
///
/// A schema with `properties` and `additionalProperties` keeps the entries it does not list
/// here too, as JSON (a schema that is only a map is a `BTreeMap` instead, without this).
///
/// Empty, it is one null pointer: nothing is allocated while every property is known. A name
/// the type already has a field for is not checked: set the field instead (a body with both
/// repeats the property).
#[derive(Clone, Default, PartialEq)]
pub struct UnknownProperties(Option<Box<Entries>>);

/// The properties, in order; boxed, so that the empty case stays one pointer.
#[derive(Clone, PartialEq)]
struct Entries(Vec<(String, Value)>);

impl UnknownProperties {
    /// No properties.
    pub fn new() -> Self {
        Self(None)
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.entries().is_empty()
    }

    /// How many there are.
    pub fn len(&self) -> usize {
        self.entries().len()
    }

    /// The value of property `name`.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.entries()
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value)
    }

    /// The value of property `name`, to change it.
    pub fn get_mut(&mut self, name: &str) -> Option<&mut Value> {
        self.0
            .as_mut()?
            .0
            .iter_mut()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value)
    }

    /// Sets property `name`, returning its previous value. A new property goes last; a
    /// replaced one keeps its place.
    pub fn insert(&mut self, name: impl Into<String>, value: impl Into<Value>) -> Option<Value> {
        let name = name.into();
        let value = value.into();
        let entries = &mut self.0.get_or_insert_with(|| Box::new(Entries(Vec::new()))).0;
        match entries.iter_mut().find(|(key, _)| *key == name) {
            Some((_, old)) => Some(std::mem::replace(old, value)),
            None => {
                entries.push((name, value));
                None
            }
        }
    }

    /// Removes property `name`, returning its value.
    pub fn remove(&mut self, name: &str) -> Option<Value> {
        let entries = &mut self.0.as_mut()?.0;
        let index = entries.iter().position(|(key, _)| key == name)?;
        let (_, value) = entries.remove(index);
        if entries.is_empty() {
            self.0 = None;
        }
        Some(value)
    }

    /// The properties and their values, in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = (&str, &Value)> {
        self.entries().iter().map(|(key, value)| (key.as_str(), value))
    }

    /// The properties as a JSON object.
    pub fn to_map(&self) -> serde_json::Map<String, Value> {
        self.entries().iter().cloned().collect()
    }

    fn entries(&self) -> &[(String, Value)] {
        self.0.as_deref().map_or(&[], |entries| &entries.0)
    }

    /// Reads the value of property `key`, which the type does not know, from `map`.
    #[allow(dead_code, reason = "used only when the spec (or the enabled features) has objects")]
    pub(crate) fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<(), A::Error> {
        let value: Value = map.next_value()?;
        self.insert(key, value);
        Ok(())
    }

    /// Writes each property into `map`, in order: how a generated struct's `Serialize`
    /// puts them after its own fields.
    #[allow(dead_code, reason = "used only when the spec (or the enabled features) has objects")]
    pub(crate) fn serialize_entries<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        self.iter().try_for_each(|(name, value)| map.serialize_entry(name, value))
    }
}

impl fmt::Debug for UnknownProperties {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl<K: Into<String>, V: Into<Value>> FromIterator<(K, V)> for UnknownProperties {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(entries: I) -> Self {
        let mut properties = Self::new();
        properties.extend(entries);
        properties
    }
}

impl<K: Into<String>, V: Into<Value>> Extend<(K, V)> for UnknownProperties {
    fn extend<I: IntoIterator<Item = (K, V)>>(&mut self, entries: I) {
        for (name, value) in entries {
            self.insert(name, value);
        }
    }
}

impl IntoIterator for UnknownProperties {
    type Item = (String, Value);
    type IntoIter = std::vec::IntoIter<(String, Value)>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.map_or_else(Vec::new, |entries| entries.0).into_iter()
    }
}

/// Written as a map of the properties; a generated struct writes them among its own.
impl serde::Serialize for UnknownProperties {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter())
    }
}

#[cfg(test)]
mod tests {
    use super::UnknownProperties;
    use serde_json::json;

    #[test]
    fn empty_is_one_pointer_and_order_is_kept() {
        assert_eq!(
            std::mem::size_of::<UnknownProperties>(),
            std::mem::size_of::<usize>()
        );
        let mut properties: UnknownProperties = [("b", json!(1)), ("a", json!(2))].into_iter().collect();
        assert_eq!(properties.insert("b", 3), Some(json!(1)));
        let names: Vec<&str> = properties.iter().map(|(name, _)| name).collect();
        assert_eq!(names, ["b", "a"]);
        assert_eq!(serde_json::to_string(&properties).unwrap(), r#"{"b":3,"a":2}"#);
        assert_eq!(properties.remove("b"), Some(json!(3)));
        assert_eq!(properties.remove("a"), Some(json!(2)));
        assert!(properties.is_empty());
        assert_eq!(properties, UnknownProperties::new());
    }
}
