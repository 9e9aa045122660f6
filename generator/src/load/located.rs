//! Reading YAML or JSON text with positions: located parse failures, and the line and column
//! of any node named by a JSON pointer.

use std::path::PathBuf;

use super::duplicate_keys::Key;
use crate::diagnostics::{Error, Location};

/// Why a text did not parse, and where.
pub(super) struct Failure {
    pub(super) line_column: Option<(usize, usize)>,
    pub(super) pointer: Option<String>,
    pub(super) message: String,
    /// The text ended in the middle of a value.
    pub(super) truncated: bool,
}

pub(super) fn pointer_of(path: &serde_path_to_error::Path) -> Option<String> {
    let mut pointer = String::from("#");
    for segment in path.iter() {
        let token = match segment {
            serde_path_to_error::Segment::Seq { index } => index.to_string(),
            serde_path_to_error::Segment::Map { key } => crate::diagnostics::pointer_token(key),
            serde_path_to_error::Segment::Enum { variant } => variant.clone(),
            // Where the parser gave up inside a node: the pointer ends at that node.
            serde_path_to_error::Segment::Unknown => break,
        };
        pointer.push('/');
        pointer.push_str(&token);
    }
    (pointer.len() > 1).then_some(pointer)
}

/// Parsers repeat the position in the message (and YAML errors start with the dotted
/// path, `paths./a.get: …`); both are reported separately.
fn strip_location(message: &str) -> String {
    let message = match message.find(" at line ") {
        Some(index) => message.get(..index).unwrap_or(message),
        None => message,
    };
    match message.split_once(": ") {
        Some((path, rest)) if !path.contains(' ') && !path.contains('`') && !rest.is_empty() => {
            rest.to_string()
        }
        _ => message.to_string(),
    }
}

pub(super) fn spec_error(
    file: Option<PathBuf>,
    line_column: Option<(usize, usize)>,
    pointer: Option<String>,
    message: &str,
    hint: Option<&str>,
) -> Error {
    Error::Spec {
        location: Location {
            file,
            line_column,
            pointer,
        },
        message: message.to_string(),
        hint: hint.map(str::to_string),
    }
}

/// Deserializes the whole text as `T`, keeping where a failure happened. Tracking the path
/// costs time on every value and only a failure needs it, so a failed parse runs again with it.
pub(super) fn deserialize_located<T: serde::de::DeserializeOwned>(
    text: &str,
    is_json: bool,
) -> Result<T, Failure> {
    let untracked = if is_json {
        serde_json::from_str::<T>(text).ok()
    } else {
        serde_norway::from_str::<T>(text).ok()
    };
    match untracked {
        Some(value) => Ok(value),
        None => deserialize_tracked(text, is_json),
    }
}

pub(super) fn deserialize_tracked<T: serde::de::DeserializeOwned>(
    text: &str,
    is_json: bool,
) -> Result<T, Failure> {
    if is_json {
        let mut deserializer = serde_json::Deserializer::from_str(text);
        serde_path_to_error::deserialize::<_, T>(&mut deserializer).map_err(|error| {
            let inner = error.inner();
            Failure {
                line_column: (inner.line() > 0).then(|| (inner.line(), inner.column())),
                pointer: pointer_of(error.path()),
                message: strip_location(&inner.to_string()),
                truncated: inner.is_eof(),
            }
        })
    } else {
        let deserializer = serde_norway::Deserializer::from_str(text);
        serde_path_to_error::deserialize::<_, T>(deserializer).map_err(|error| {
            let inner = error.inner();
            Failure {
                line_column: inner.location().map(|l| (l.line(), l.column())),
                pointer: pointer_of(error.path()),
                message: strip_location(&inner.to_string()),
                truncated: false,
            }
        })
    }
}

/// Line and column of the node at `pointer` in the text, found by walking the document
/// until the parser reaches it.
pub(super) fn locate(text: &str, is_json: bool, pointer: &str) -> Option<(usize, usize)> {
    let target: Vec<String> = pointer
        .trim_start_matches('#')
        .split('/')
        .skip(1)
        .map(|t| t.replace("~1", "/").replace("~0", "~"))
        .collect();
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
