//! Automatic pagination of list operations.

use std::collections::HashSet;
use std::future::Future;

use futures_core::Stream;
use futures_util::stream::{self, StreamExt};
use serde::de::DeserializeOwned;

use crate::error::Result;

/// Where the next page starts.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PageRequest {
    /// A cursor, sent as `starting_after`.
    Cursor(String),
    /// A page number, sent as `page`.
    Number(i64),
}

/// One page of a paginated list.
pub trait Page: DeserializeOwned {
    /// The listed item.
    type Item;

    /// The request for the page after this one, or `None` on the last page.
    fn next_page(&self) -> Option<PageRequest>;

    /// The items of this page, in order.
    fn into_items(self) -> Vec<Self::Item>;
}

/// Pagination state between two fetches.
struct Pager<F> {
    fetch: F,
    next: Next,
    /// Every request made so far, to stop if the server loops.
    seen: HashSet<PageRequest>,
}

/// What the pager does next.
enum Next {
    /// Fetch a page (`None`: the first page as the caller's parameters describe it).
    Fetch(Option<PageRequest>),
    /// The stream has ended.
    Done,
}

/// Lazily fetches page after page: `fetch(first)` first, then `fetch(Some(next))`
/// with each page's [`Page::next_page`], until there is none, a request repeats
/// (a server-side loop), or a fetch fails (the error is the last element).
#[allow(dead_code, reason = "used only when the spec needs it")]
pub(crate) fn paginate_pages<P, F, Fut>(
    first: Option<PageRequest>,
    fetch: F,
) -> impl Stream<Item = Result<P>> + Send + Unpin
where
    P: Page + Send,
    F: FnMut(Option<PageRequest>) -> Fut + Send,
    Fut: Future<Output = Result<P>> + Send,
{
    let pager = Pager {
        fetch,
        seen: first.iter().cloned().collect(),
        next: Next::Fetch(first),
    };
    Box::pin(stream::unfold(pager, |mut pager| async move {
        let Next::Fetch(request) = std::mem::replace(&mut pager.next, Next::Done) else {
            return None;
        };
        let result = (pager.fetch)(request).await;
        if let Ok(page) = &result {
            if let Some(next) = page.next_page() {
                if pager.seen.insert(next.clone()) {
                    pager.next = Next::Fetch(Some(next));
                }
            }
        }
        Some((result, pager))
    }))
}

/// The items of every page of `pages`, in order (the stream ends after an error).
#[allow(dead_code, reason = "used only when the spec needs it")]
pub(crate) fn items<P>(
    pages: impl Stream<Item = Result<P>> + Send + Unpin,
) -> impl Stream<Item = Result<P::Item>> + Send + Unpin
where
    P: Page + Send,
    P::Item: Send,
{
    pages.flat_map(|page| {
        let items: Vec<Result<P::Item>> = match page {
            Ok(page) => page.into_items().into_iter().map(Ok).collect(),
            Err(err) => vec![Err(err)],
        };
        stream::iter(items)
    })
}
