//! Successful responses: the decoded body together with status and headers; and the raw
//! body as it was read ([`Body`]), which a large JSON body keeps in the chunks it arrived in,
//! so that decoding frees them as it goes.

use std::collections::VecDeque;
use std::fmt;
use std::io::{self, Read};
use std::ops::Deref;
use std::time::{Duration, SystemTime};

use bytes::Bytes;
use reqwest::header::HeaderMap;
use reqwest::StatusCode;
use serde::de::DeserializeOwned;

use crate::error::{excerpt, header_str, Error, Result};

/// Number of body characters kept in [`Error::Decode`].
const EXCERPT_CHARS: usize = 512;

/// A JSON body longer than this is kept as the chunks it arrived in and decoded while it is
/// read, each chunk freed once the decoder has passed it (so the call's peak is about the
/// decoded value, not the value plus the whole body); a shorter one is joined into one buffer
/// and decoded from it, the faster parse.
pub(crate) const STREAMED_ABOVE: u64 = 1 << 20;

/// Bytes kept on either side of the point where decoding a streamed body failed, for the
/// error's excerpt (the rest of the body before it is gone by then).
const WINDOW: usize = EXCERPT_CHARS / 2;

/// A response body as it was read: one buffer, or, for a JSON body longer than
/// [`STREAMED_ABOVE`], the chunks it arrived in, in order.
pub(crate) enum Body {
    /// The whole body in one buffer.
    Whole(Bytes),
    /// The body's chunks, none of them empty, and their total length.
    Chunks {
        /// The chunks, in the order they arrived.
        chunks: VecDeque<Bytes>,
        /// Their total length.
        len: usize,
    },
}

/// A chunked body is not written out: it is megabytes.
impl fmt::Debug for Body {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Body::Whole(bytes) => bytes.fmt(f),
            Body::Chunks { chunks, len } => write!(f, "<{len} bytes in {} chunks>", chunks.len()),
        }
    }
}

impl Body {
    /// The body's length in bytes.
    pub(crate) fn len(&self) -> usize {
        match self {
            Body::Whole(bytes) => bytes.len(),
            Body::Chunks { len, .. } => *len,
        }
    }

    /// The body in one buffer (chunks are copied into it).
    pub(crate) fn into_bytes(self) -> Bytes {
        match self {
            Body::Whole(bytes) => bytes,
            Body::Chunks { chunks, len } => {
                let mut joined = Vec::with_capacity(len);
                chunks.iter().for_each(|chunk| joined.extend_from_slice(chunk));
                joined.into()
            }
        }
    }

    /// Whether `finder`'s needle (at most a few bytes) occurs in the body, across chunk
    /// boundaries too.
    pub(crate) fn contains(&self, finder: &memchr::memmem::Finder<'_>) -> bool {
        let chunks = match self {
            Body::Whole(bytes) => return finder.find(bytes).is_some(),
            Body::Chunks { chunks, .. } => chunks,
        };
        let overlap = finder.needle().len().saturating_sub(1);
        // The last bytes of the body before each chunk, joined with the chunk's first ones.
        let mut seam: Vec<u8> = Vec::with_capacity(2 * overlap);
        chunks.iter().any(|chunk| {
            if finder.find(chunk).is_some() {
                return true;
            }
            let head = &chunk[..overlap.min(chunk.len())];
            let split = seam.len();
            seam.extend_from_slice(head);
            if split > 0 && finder.find(&seam).is_some() {
                return true;
            }
            seam.truncate(split);
            if chunk.len() >= overlap {
                seam.clear();
                seam.extend_from_slice(&chunk[chunk.len() - overlap..]);
            } else {
                seam.extend_from_slice(chunk);
                seam.drain(..seam.len().saturating_sub(overlap));
            }
            false
        })
    }

    /// Reads the body from the start, leaving it as it is.
    pub(crate) fn reader(&self) -> impl Read + '_ {
        let (current, (front, back)): (&[u8], _) = match self {
            Body::Whole(bytes) => (bytes, (&[][..], &[][..])),
            Body::Chunks { chunks, .. } => (&[], chunks.as_slices()),
        };
        Borrowed {
            current,
            rest: front.iter().chain(back),
        }
    }
}

/// A successful response: the decoded body plus status, headers and rate-limit info.
///
/// Derefs to the body, so fields of the body can be read directly.
#[derive(Debug, Clone)]
pub struct Response<T> {
    operation_id: &'static str,
    status: StatusCode,
    headers: HeaderMap,
    body: T,
}

impl<T> Response<T> {
    /// HTTP status of the response.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// Response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// Request id assigned by the API (`X-Request-Id`).
    pub fn request_id(&self) -> Option<&str> {
        header_str(&self.headers, "x-request-id")
    }

    /// Rate-limit information (`X-RateLimit-*` headers), if the API sent any.
    pub fn rate_limit(&self) -> Option<RateLimit> {
        RateLimit::from_headers(&self.headers)
    }

    /// The decoded body.
    pub fn body(&self) -> &T {
        &self.body
    }

    /// Consumes the response, returning the body.
    pub fn into_body(self) -> T {
        self.body
    }

    /// Transforms the body, keeping status and headers.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Response<U> {
        Response {
            operation_id: self.operation_id,
            status: self.status,
            headers: self.headers,
            body: f(self.body),
        }
    }
}

impl<T> Deref for Response<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.body
    }
}

/// Reads borrowed chunks in order.
struct Borrowed<'a, I> {
    current: &'a [u8],
    rest: I,
}

impl<'a, I: Iterator<Item = &'a Bytes>> Read for Borrowed<'a, I> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.current.is_empty() {
            match self.rest.next() {
                Some(chunk) => self.current = chunk,
                None => return Ok(0),
            }
        }
        self.current.read(buf)
    }
}

/// Reads a chunked body once, front to back, dropping each chunk as soon as it has been read
/// (its memory is freed then, or once the chunks sharing its allocation are read too), and
/// keeping the last [`WINDOW`] bytes read for an error's excerpt.
struct Draining {
    chunks: VecDeque<Bytes>,
    /// Bytes of the front chunk read so far.
    position: usize,
    /// Up to [`WINDOW`] bytes read before the front chunk.
    behind: Vec<u8>,
    /// Bytes read in all, the front chunk's included.
    read: usize,
}

impl Draining {
    fn new(chunks: VecDeque<Bytes>) -> Self {
        Draining {
            chunks,
            position: 0,
            behind: Vec::with_capacity(WINDOW),
            read: 0,
        }
    }

    /// Drops the front chunk, which has been read, keeping its last bytes in `behind`.
    #[cold]
    fn next_chunk(&mut self) {
        if let Some(chunk) = self.chunks.pop_front() {
            let keep = chunk.len().min(WINDOW);
            let excess = (self.behind.len() + keep).saturating_sub(WINDOW);
            self.behind.drain(..excess);
            self.behind.extend_from_slice(&chunk[chunk.len() - keep..]);
        }
        self.position = 0;
    }

    /// Up to [`WINDOW`] bytes on each side of what was read last (where the decoder stopped),
    /// lossily decoded, with `…` where the body goes on.
    fn excerpt(&self) -> String {
        let mut before = self.behind.clone();
        let mut after = Vec::with_capacity(WINDOW);
        let mut chunks = self.chunks.iter();
        if let Some(front) = chunks.next() {
            before.extend_from_slice(&front[..self.position]);
            after.extend_from_slice(&front[self.position..]);
        }
        for chunk in chunks {
            if after.len() > WINDOW {
                break;
            }
            after.extend_from_slice(chunk);
        }
        let cut_before = self.read > before.len();
        let cut_after = after.len() > WINDOW;
        after.truncate(WINDOW);
        before.drain(..before.len().saturating_sub(WINDOW));
        // No partial characters at the cut ends.
        let start = before
            .iter()
            .take_while(|&&byte| byte & 0b1100_0000 == 0b1000_0000)
            .count()
            .min(3);
        let end = match std::str::from_utf8(&after) {
            Err(err) if err.error_len().is_none() => err.valid_up_to(),
            _ => after.len(),
        };
        let mut excerpt = String::with_capacity(before.len() + after.len() + 6);
        if cut_before {
            excerpt.push('…');
        }
        excerpt.push_str(&String::from_utf8_lossy(&before[start..]));
        excerpt.push_str(&String::from_utf8_lossy(&after[..end]));
        if cut_after {
            excerpt.push('…');
        }
        excerpt
    }
}

impl Read for Draining {
    #[inline]
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while let Some(chunk) = self.chunks.front() {
            if let Some(rest) = chunk.get(self.position..).filter(|rest| !rest.is_empty()) {
                let n = rest.len().min(buf.len());
                buf[..n].copy_from_slice(&rest[..n]);
                self.position += n;
                self.read += n;
                return Ok(n);
            }
            self.next_chunk();
        }
        Ok(0)
    }
}

impl Response<Body> {
    /// Wraps a raw successful response.
    pub(crate) fn new(
        operation_id: &'static str,
        status: StatusCode,
        headers: HeaderMap,
        body: Body,
    ) -> Self {
        Response {
            operation_id,
            status,
            headers,
            body,
        }
    }

    /// Decodes the body as JSON, leniently (see [`crate::from_slice`]). On failure, reports
    /// the path of the offending value.
    #[allow(dead_code, reason = "used only when the spec needs it")]
    pub(crate) fn json<T: DeserializeOwned>(self) -> Result<Response<T>> {
        let decoded = match &self.body {
            Body::Whole(bytes) => crate::decode::from_slice::<T>(bytes),
            Body::Chunks { .. } => return self.json_streamed(),
        };
        match decoded {
            Ok(value) => Ok(self.map(|_| value)),
            Err(err) => Err(self.decode_error::<T>(err)),
        }
    }

    /// Decodes a chunked body while reading it, freeing each chunk once read. The body cannot
    /// be read twice, so the path to a failing value is tracked as it goes, and the excerpt
    /// is the text around the failure.
    fn json_streamed<T: DeserializeOwned>(self) -> Result<Response<T>> {
        let Response {
            operation_id,
            status,
            headers,
            body,
        } = self;
        let mut reader = Draining::new(match body {
            Body::Chunks { chunks, .. } => chunks,
            Body::Whole(bytes) => VecDeque::from([bytes]),
        });
        let (path, inner) = match crate::decode::from_reader_tracked::<T>(&mut reader) {
            Ok(value) => {
                return Ok(Response {
                    operation_id,
                    status,
                    headers,
                    body: value,
                })
            }
            Err(failure) => failure,
        };
        let body_excerpt = reader.excerpt();
        Err(Error::Decode {
            operation_id,
            path,
            message: describe(&headers, &inner),
            status: status.as_u16(),
            body_excerpt,
            request_id: header_str(&headers, "x-request-id").map(str::to_owned),
        })
    }

    /// Ignores the body (for 204 and other bodiless responses).
    #[allow(dead_code, reason = "used only when the spec needs it")]
    pub(crate) fn empty(self) -> Result<Response<()>> {
        Ok(self.map(|_| ()))
    }

    /// Decodes the body as UTF-8 text.
    #[allow(dead_code, reason = "used only when the spec needs it")]
    pub(crate) fn text(self) -> Result<Response<String>> {
        let response = self.map(Body::into_bytes);
        match std::str::from_utf8(&response.body) {
            Ok(text) => {
                let text = text.to_owned();
                Ok(response.map(|_| text))
            }
            Err(err) => Err(response.error(".".to_owned(), format!("body is not UTF-8: {err}"))),
        }
    }

    /// Returns the raw body.
    #[allow(dead_code, reason = "used only when the spec needs it")]
    pub(crate) fn bytes(self) -> Result<Response<Bytes>> {
        Ok(self.map(Body::into_bytes))
    }

    /// Builds a decode error; the slow path re-parses to find where decoding failed.
    fn decode_error<T: DeserializeOwned>(self, fast: serde_json::Error) -> Error {
        let response = self.map(Body::into_bytes);
        if response.body.iter().all(u8::is_ascii_whitespace) {
            return response.error(
                ".".to_owned(),
                "expected a JSON body but the response body was empty".to_owned(),
            );
        }
        let mut deserializer = serde_json::Deserializer::from_slice(&response.body);
        let lenient = crate::decode::Lenient(&mut deserializer);
        let (path, inner) = match serde_path_to_error::deserialize::<_, T>(lenient) {
            Err(err) => (err.path().to_string(), err.into_inner()),
            // Only `from_slice`'s trailing-data check failed.
            Ok(_) => (".".to_owned(), fast),
        };
        let message = describe(&response.headers, &inner);
        response.error(path, message)
    }
}

impl Response<Bytes> {
    fn error(&self, path: String, message: String) -> Error {
        Error::Decode {
            operation_id: self.operation_id,
            path,
            message,
            status: self.status.as_u16(),
            body_excerpt: excerpt(&self.body, EXCERPT_CHARS),
            request_id: self.request_id().map(str::to_owned),
        }
    }
}

/// What a decode error says: the parser's message (with its line and column), and whether
/// the body is not JSON at all or cut short.
fn describe(headers: &HeaderMap, inner: &serde_json::Error) -> String {
    let message = inner.to_string();
    let content_type = header_str(headers, "content-type").unwrap_or("");
    if !content_type.contains("json") && inner.is_syntax() {
        format!("response is not JSON (content-type `{content_type}`): {message}")
    } else if inner.is_eof() {
        format!("response body is truncated: {message}")
    } else {
        message
    }
}

/// Rate-limit state reported by the API in `X-RateLimit-*` headers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub struct RateLimit {
    /// Requests allowed in the current window (`X-RateLimit-Limit`).
    pub limit: Option<u64>,
    /// Requests left in the current window (`X-RateLimit-Remaining`).
    pub remaining: Option<u64>,
    /// When the window resets, in Unix seconds (`X-RateLimit-Reset`).
    pub reset: Option<u64>,
}

impl RateLimit {
    /// Reads the headers; `None` when none of them is present.
    pub(crate) fn from_headers(headers: &HeaderMap) -> Option<Self> {
        let number = |name| header_str(headers, name).and_then(|v| v.trim().parse::<u64>().ok());
        let limit = RateLimit {
            limit: number("x-ratelimit-limit"),
            remaining: number("x-ratelimit-remaining"),
            reset: number("x-ratelimit-reset"),
        };
        (limit != RateLimit::default()).then_some(limit)
    }

    /// When the window resets, as a point in time.
    pub fn reset_at(&self) -> Option<SystemTime> {
        SystemTime::UNIX_EPOCH.checked_add(Duration::from_secs(self.reset?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chunked(pieces: &[&'static str]) -> Body {
        Body::Chunks {
            chunks: pieces.iter().map(|piece| Bytes::from_static(piece.as_bytes())).collect(),
            len: pieces.iter().map(|piece| piece.len()).sum(),
        }
    }

    #[test]
    fn a_needle_is_found_across_chunk_boundaries() {
        let finder = memchr::memmem::Finder::new("error.list");
        for pieces in [
            &["{\"type\":\"error.list\"}"][..],
            &["{\"type\":\"err", "or.list\"}"],
            &["{\"type\":\"e", "r", "ror.lis", "t\"}"],
            &["error.lis", "t"],
            &["e", "rror.list"],
        ] {
            assert!(chunked(pieces).contains(&finder), "{pieces:?}");
        }
        for pieces in [&["error.lis", "x", "t"][..], &["rror.list"], &["error", ".", "lis"]] {
            assert!(!chunked(pieces).contains(&finder), "{pieces:?}");
        }
    }

    #[test]
    fn a_chunked_body_reads_and_joins_whole() {
        let body = chunked(&["ab", "c", "def"]);
        let mut read = String::new();
        body.reader().read_to_string(&mut read).expect("reads");
        assert_eq!(read, "abcdef");
        assert_eq!(body.len(), 6);
        assert_eq!(body.into_bytes(), Bytes::from_static(b"abcdef"));
    }

    #[test]
    fn draining_keeps_a_window_either_side_of_where_it_stopped() {
        let pieces: Vec<Bytes> = (0..40).map(|i| Bytes::from(format!("{i:02}").repeat(10))).collect();
        let mut reader = Draining::new(pieces.into());
        let mut read = vec![0; 401];
        reader.read_exact(&mut read).expect("reads");
        let excerpt = reader.excerpt();
        let text = (0..40).map(|i| format!("{i:02}").repeat(10)).collect::<String>();
        assert_eq!(excerpt, format!("…{}…", &text[401 - WINDOW..401 + WINDOW]));
        assert!(reader.chunks.len() == 20, "the chunks read are dropped");
    }
}
