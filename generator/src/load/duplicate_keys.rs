//! The scan for repeated mapping keys, which both parsers would otherwise resolve silently by
//! keeping the last value (dropping, say, a whole path).

use std::collections::HashSet;
use std::path::PathBuf;

use super::located::{deserialize_located, spec_error, Failure};
use crate::diagnostics::Error;

/// The scan for repeated mapping keys, running beside the work on a parsed spec.
#[must_use = "a spec is only sound once `finish` has found no repeated key"]
pub struct DuplicateKeyScan {
    /// `None` when the text was checked as it was parsed.
    scan: Option<std::thread::JoinHandle<Option<Failure>>>,
    file: Option<PathBuf>,
}

impl DuplicateKeyScan {
    /// Waits for the scan; a repeated key is an error, located like any other.
    pub fn finish(self) -> Result<(), Error> {
        let Some(scan) = self.scan else {
            return Ok(());
        };
        let failure = scan.join().unwrap_or_else(|_| {
            Some(Failure {
                line_column: None,
                pointer: None,
                message: "the duplicate-key check stopped unexpectedly".to_string(),
                truncated: false,
            })
        });
        match failure {
            None => Ok(()),
            Some(failure) => Err(repeated_key(self.file, failure)),
        }
    }
}

/// Starts the scan of `text` on another thread.
pub(super) fn spawn(text: &str, is_json: bool, file: Option<PathBuf>) -> DuplicateKeyScan {
    let owned_text = text.to_owned();
    let scan = std::thread::spawn(move || duplicate_key(&owned_text, is_json));
    DuplicateKeyScan {
        scan: Some(scan),
        file,
    }
}

/// No scan: the text was found free of repeated keys as it was parsed.
pub(super) fn checked_while_parsed() -> DuplicateKeyScan {
    DuplicateKeyScan {
        scan: None,
        file: None,
    }
}

/// The scan of `text`, done now: the error for its first repeated key.
pub(super) fn check(text: &str, is_json: bool, file: Option<PathBuf>) -> Option<Error> {
    duplicate_key(text, is_json).map(|failure| repeated_key(file, failure))
}

fn repeated_key(file: Option<PathBuf>, failure: Failure) -> Error {
    spec_error(
        file,
        failure.line_column,
        Some(failure.pointer.unwrap_or_else(|| "#".into())),
        &failure.message,
        Some("keep one of the entries: parsers silently drop all but the last"),
    )
}

fn duplicate_key(text: &str, is_json: bool) -> Option<Failure> {
    deserialize_located::<NoDuplicateKeys>(text, is_json).err()
}

/// Accepts any document, failing on the first mapping that repeats a key.
struct NoDuplicateKeys;

impl<'de> serde::Deserialize<'de> for NoDuplicateKeys {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(NoDuplicateKeys)
    }
}

/// A mapping key as text (YAML keys may be numbers or booleans; others never compare equal).
pub(super) struct Key(pub(super) Option<String>);

impl<'de> serde::Deserialize<'de> for Key {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> serde::de::Visitor<'de> for KeyVisitor {
            type Value = Key;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a mapping key")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Key, E> {
                Ok(Key(Some(v.to_string())))
            }
            fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<Key, E> {
                Ok(Key(Some(v.to_string())))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Key, E> {
                Ok(Key(Some(v.to_string())))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Key, E> {
                Ok(Key(Some(v.to_string())))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Key, E> {
                Ok(Key(Some(v.to_string())))
            }
            fn visit_unit<E: serde::de::Error>(self) -> Result<Key, E> {
                Ok(Key(Some("null".to_string())))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Key, A::Error> {
                while seq.next_element::<NoDuplicateKeys>()?.is_some() {}
                Ok(Key(None))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Key, A::Error> {
                NoDuplicateKeys.visit_map(map)?;
                Ok(Key(None))
            }
        }
        deserializer.deserialize_any(KeyVisitor)
    }
}

impl<'de> serde::de::Visitor<'de> for NoDuplicateKeys {
    type Value = NoDuplicateKeys;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any value")
    }
    fn visit_bool<E: serde::de::Error>(self, _: bool) -> Result<Self, E> {
        Ok(self)
    }
    fn visit_i64<E: serde::de::Error>(self, _: i64) -> Result<Self, E> {
        Ok(self)
    }
    fn visit_u64<E: serde::de::Error>(self, _: u64) -> Result<Self, E> {
        Ok(self)
    }
    fn visit_i128<E: serde::de::Error>(self, _: i128) -> Result<Self, E> {
        Ok(self)
    }
    fn visit_u128<E: serde::de::Error>(self, _: u128) -> Result<Self, E> {
        Ok(self)
    }
    fn visit_f64<E: serde::de::Error>(self, _: f64) -> Result<Self, E> {
        Ok(self)
    }
    fn visit_str<E: serde::de::Error>(self, _: &str) -> Result<Self, E> {
        Ok(self)
    }
    fn visit_bytes<E: serde::de::Error>(self, _: &[u8]) -> Result<Self, E> {
        Ok(self)
    }
    fn visit_unit<E: serde::de::Error>(self) -> Result<Self, E> {
        Ok(self)
    }
    fn visit_none<E: serde::de::Error>(self) -> Result<Self, E> {
        Ok(self)
    }
    fn visit_some<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<Self, D::Error> {
        <NoDuplicateKeys as serde::Deserialize>::deserialize(deserializer)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self, A::Error> {
        while seq.next_element::<NoDuplicateKeys>()?.is_some() {}
        Ok(self)
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self, A::Error> {
        let mut seen = HashSet::new();
        while let Some(Key(key)) = map.next_key::<Key>()? {
            if let Some(key) = key {
                if seen.contains(&key) {
                    return Err(serde::de::Error::custom(format!(
                        "duplicate key `{key}` in this mapping"
                    )));
                }
                seen.insert(key);
            }
            map.next_value::<NoDuplicateKeys>()?;
        }
        Ok(self)
    }
}
