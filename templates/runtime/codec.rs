//! Serde helpers used by the generated types.

use std::cell::RefCell;
use std::fmt;

use bytes::Bytes;
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

/// A value that can be explicitly `null`, as opposed to absent.
///
/// Request fields use `Option<Nullable<T>>`: `None` leaves the field out,
/// `Some(Nullable::Null)` sends `null` (clearing it), `Some(Nullable::Value(v))` sends `v`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Nullable<T> {
    /// An explicit `null`.
    Null,
    /// A value.
    Value(T),
}

impl<T> Nullable<T> {
    /// The value, or `None` for `Null`.
    pub fn as_option(&self) -> Option<&T> {
        match self {
            Nullable::Null => None,
            Nullable::Value(value) => Some(value),
        }
    }

    /// Converts into an `Option`, mapping `Null` to `None`.
    pub fn into_option(self) -> Option<T> {
        match self {
            Nullable::Null => None,
            Nullable::Value(value) => Some(value),
        }
    }

    /// Whether this is `Null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Nullable::Null)
    }
}

impl<T> From<T> for Nullable<T> {
    fn from(value: T) -> Self {
        Nullable::Value(value)
    }
}

/// So a setter of a nullable string field takes a `&str` like any other string setter.
impl From<&str> for Nullable<String> {
    fn from(value: &str) -> Self {
        Nullable::Value(value.to_string())
    }
}

impl<T: Serialize> Serialize for Nullable<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Nullable::Null => serializer.serialize_none(),
            Nullable::Value(value) => value.serialize(serializer),
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Nullable<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(match Option::<T>::deserialize(deserializer)? {
            Some(value) => Nullable::Value(value),
            None => Nullable::Null,
        })
    }
}

/// A file sent as one part of a `multipart/form-data` request.
///
/// Used as a field of a generated multipart request body. Inside
/// `Multipart::from_serialize` it becomes a file part; serialized anywhere else
/// (for example to JSON for logging) it shows only its metadata, never its bytes.
/// It deserializes from `{"file_name", "content_type", "bytes": [..]}` (all optional),
/// so that types holding it can derive `Deserialize`.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct FileUpload {
    /// File name sent in the part's `Content-Disposition`.
    pub file_name: String,
    /// MIME type of the part; `application/octet-stream` when `None`.
    pub content_type: Option<String>,
    /// The file contents.
    pub bytes: Bytes,
}

impl FileUpload {
    /// A file with the given name and contents.
    pub fn new(file_name: impl Into<String>, bytes: impl Into<Bytes>) -> Self {
        FileUpload {
            file_name: file_name.into(),
            content_type: None,
            bytes: bytes.into(),
        }
    }

    /// Sets the MIME type of the part.
    pub fn with_content_type(mut self, content_type: impl Into<String>) -> Self {
        self.content_type = Some(content_type.into());
        self
    }
}

impl fmt::Debug for FileUpload {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FileUpload")
            .field("file_name", &self.file_name)
            .field("content_type", &self.content_type)
            .field("len", &self.bytes.len())
            .finish()
    }
}

/// Map key marking a captured [`FileUpload`] in serialized output.
const FILE_UPLOAD_MARKER: &str = "\u{0}file_upload";

thread_local! {
    /// Files captured by the `collect_file_uploads` call running on this thread.
    static CAPTURED_FILES: RefCell<Option<Vec<FileUpload>>> = const { RefCell::new(None) };
}

impl Serialize for FileUpload {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let index = CAPTURED_FILES.with(|cell| {
            cell.borrow_mut().as_mut().map(|files| {
                files.push(self.clone());
                files.len().saturating_sub(1)
            })
        });
        match index {
            Some(index) => {
                let mut map = serializer.serialize_map(Some(1))?;
                map.serialize_entry(FILE_UPLOAD_MARKER, &index)?;
                map.end()
            }
            None => {
                let mut map = serializer.serialize_map(Some(3))?;
                map.serialize_entry("file_name", &self.file_name)?;
                map.serialize_entry("content_type", &self.content_type)?;
                map.serialize_entry("size", &self.bytes.len())?;
                map.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for FileUpload {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        /// The accepted representation.
        #[derive(Deserialize)]
        struct Repr {
            #[serde(default)]
            file_name: String,
            #[serde(default)]
            content_type: Option<String>,
            #[serde(default)]
            bytes: Vec<u8>,
        }
        let repr = Repr::deserialize(deserializer)?;
        Ok(FileUpload {
            file_name: repr.file_name,
            content_type: repr.content_type,
            bytes: repr.bytes.into(),
        })
    }
}

/// Serializes `value` to JSON, capturing every [`FileUpload`] in it; each one is
/// replaced by a marker object that [`file_upload_index`] recognises.
pub(crate) fn collect_file_uploads<T: Serialize + ?Sized>(
    value: &T,
) -> (serde_json::Result<Value>, Vec<FileUpload>) {
    /// Restores the previous capture state, even on panic.
    struct Restore(Option<Vec<FileUpload>>);
    impl Drop for Restore {
        fn drop(&mut self) {
            let previous = self.0.take();
            CAPTURED_FILES.with(|cell| *cell.borrow_mut() = previous);
        }
    }
    let previous = CAPTURED_FILES.with(|cell| cell.borrow_mut().replace(Vec::new()));
    let restore = Restore(previous);
    let result = serde_json::to_value(value);
    let files = CAPTURED_FILES
        .with(|cell| cell.borrow_mut().take())
        .unwrap_or_default();
    drop(restore);
    (result, files)
}

/// The capture index of a marker written by [`collect_file_uploads`].
pub(crate) fn file_upload_index(value: &Value) -> Option<usize> {
    let object = value.as_object()?;
    if object.len() != 1 {
        return None;
    }
    let index = object.get(FILE_UPLOAD_MARKER)?.as_u64()?;
    usize::try_from(index).ok()
}
