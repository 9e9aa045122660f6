//! Finding the line and column of a JSON pointer in the spec text: the document is parsed
//! again, descending only along the pointer, until the parser reaches the node.

use super::Key;

/// Line and column of the node at `pointer` in the text, found by walking the document
/// until the parser reaches it.
pub(super) fn locate(text: &str, is_json: bool, pointer: &str) -> Option<(usize, usize)> {
    let target = crate::refs::pointer_tokens(pointer);
    let seek = Seek {
        target: &target,
        depth: 0,
    };
    if is_json {
        let mut deserializer = serde_json::Deserializer::from_str(text);
        let error = serde::de::DeserializeSeed::deserialize(seek, &mut deserializer).err()?;
        (error.to_string().contains(FOUND) && error.line() > 0)
            .then(|| (error.line(), error.column()))
    } else {
        let deserializer = serde_norway::Deserializer::from_str(text);
        let error = serde::de::DeserializeSeed::deserialize(seek, deserializer).err()?;
        let location = error.location()?;
        error
            .to_string()
            .contains(FOUND)
            .then(|| (location.line(), location.column()))
    }
}

const FOUND: &str = "(node found)";

/// Walks the document along `target`, failing with [`FOUND`] on reaching its last token.
#[derive(Clone, Copy)]
struct Seek<'t> {
    target: &'t [String],
    depth: usize,
}

impl<'de> serde::de::DeserializeSeed<'de> for Seek<'_> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        if self.depth == self.target.len() {
            // The target: fail on its first event, so the parser reports where it starts.
            deserializer.deserialize_any(Found)
        } else {
            deserializer.deserialize_any(self)
        }
    }
}

/// Fails on whatever value it is given.
struct Found;

impl<'de> serde::de::Visitor<'de> for Found {
    type Value = ();
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(FOUND)
    }
    fn visit_bool<E: serde::de::Error>(self, _: bool) -> Result<(), E> {
        Err(E::custom(FOUND))
    }
    fn visit_i64<E: serde::de::Error>(self, _: i64) -> Result<(), E> {
        Err(E::custom(FOUND))
    }
    fn visit_u64<E: serde::de::Error>(self, _: u64) -> Result<(), E> {
        Err(E::custom(FOUND))
    }
    fn visit_f64<E: serde::de::Error>(self, _: f64) -> Result<(), E> {
        Err(E::custom(FOUND))
    }
    fn visit_str<E: serde::de::Error>(self, _: &str) -> Result<(), E> {
        Err(E::custom(FOUND))
    }
    fn visit_unit<E: serde::de::Error>(self) -> Result<(), E> {
        Err(E::custom(FOUND))
    }
    fn visit_none<E: serde::de::Error>(self) -> Result<(), E> {
        Err(E::custom(FOUND))
    }
    fn visit_some<D: serde::Deserializer<'de>>(self, _: D) -> Result<(), D::Error> {
        Err(serde::de::Error::custom(FOUND))
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, _: A) -> Result<(), A::Error> {
        Err(serde::de::Error::custom(FOUND))
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, _: A) -> Result<(), A::Error> {
        Err(serde::de::Error::custom(FOUND))
    }
}

impl<'de> serde::de::Visitor<'de> for Seek<'_> {
    type Value = ();
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any value")
    }
    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_none<E>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_some<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut index = 0usize;
        loop {
            let wanted = self
                .target
                .get(self.depth)
                .is_some_and(|t| *t == index.to_string());
            let found = if wanted {
                seq.next_element_seed(Seek {
                    target: self.target,
                    depth: self.depth + 1,
                })?
            } else {
                seq.next_element::<serde::de::IgnoredAny>()?.map(|_| ())
            };
            if found.is_none() {
                return Ok(());
            }
            index += 1;
        }
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(Key(key)) = map.next_key::<Key>()? {
            let wanted = key.is_some() && self.target.get(self.depth) == key.as_ref();
            if wanted {
                map.next_value_seed(Seek {
                    target: self.target,
                    depth: self.depth + 1,
                })?;
            } else {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
    }
}
