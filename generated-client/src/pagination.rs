//! Automatic pagination of list operations.

use std::collections::HashSet;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_core::Stream;
use futures_util::stream::{self, StreamExt};
use serde::de::DeserializeOwned;

use crate::error::{Error, Result};

/// Empty pages in a row, each pointing at another page, that a listing may return before
/// it fails with [`Error::EmptyPages`]: enough for a filtered listing, few enough that a
/// server looping with fresh cursors is stopped after a handful of requests.
pub(crate) const MAX_EMPTY_PAGES: u32 = 10;

/// Where the next page starts.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PageRequest {
    /// A cursor, sent as `starting_after`.
    Cursor(String),
    /// A page number, sent as `page`.
    Number(i64),
}

impl std::fmt::Display for PageRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PageRequest::Cursor(cursor) => write!(f, "cursor `{}`", cursor.escape_debug()),
            PageRequest::Number(number) => write!(f, "page {number}"),
        }
    }
}

/// One page of a paginated list.
pub trait Page: DeserializeOwned {
    /// The listed item.
    type Item;

    /// The request for the page after this one, or `None` on the last page.
    fn next_page(&self) -> Option<PageRequest>;

    /// The number of items on this page.
    fn item_count(&self) -> usize;

    /// The items of this page, in order.
    fn into_items(self) -> Vec<Self::Item>;
}

/// A paged listing, fetched lazily: the items (`…_stream` methods) or the pages (`…_pages`)
/// of a list operation, one at a time, with the next page requested only when the previous
/// one has been consumed.
///
/// Read it with its own methods, no extra import needed: `while let Some(item) =
/// items.try_next().await? { … }` one element at a time, or
/// `let all: Vec<_> = items.try_collect().await?` at once. It is also a
/// [`futures_core::Stream`] of `Result<T>`, for the combinators of `futures`. The listing ends
/// after the last page, or after its first error.
#[must_use = "a listing fetches nothing until it is read"]
pub struct Paginated<'a, T> {
    inner: Pin<Box<dyn Stream<Item = Result<T>> + Send + 'a>>,
}

impl<'a, T> Paginated<'a, T> {
    fn new(inner: impl Stream<Item = Result<T>> + Send + 'a) -> Self {
        Paginated {
            inner: Box::pin(inner),
        }
    }

    /// The next element, or `None` after the last one; an error ends the listing.
    pub async fn try_next(&mut self) -> Result<Option<T>> {
        self.inner.next().await.transpose()
    }

    /// The next element as the stream yields it: `Some(Ok(…))`, `Some(Err(…))` once, then
    /// `None`.
    #[allow(clippy::should_implement_trait, reason = "an async `next`, as `StreamExt::next`")]
    pub async fn next(&mut self) -> Option<Result<T>> {
        self.inner.next().await
    }

    /// Every remaining element, collected into `C` (a `Vec<T>`, for example); the first
    /// error is returned instead, after the elements before it have been dropped.
    pub async fn try_collect<C: Default + Extend<T>>(mut self) -> Result<C> {
        let mut collected = C::default();
        while let Some(item) = self.try_next().await? {
            collected.extend(Some(item));
        }
        Ok(collected)
    }
}

impl<T> Stream for Paginated<'_, T> {
    type Item = Result<T>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.as_mut().poll_next(cx)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<T> std::fmt::Debug for Paginated<'_, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Paginated").finish_non_exhaustive()
    }
}

/// Pagination state between two fetches.
struct Pager<F> {
    operation_id: &'static str,
    fetch: F,
    next: Next,
    /// Every page request made so far, to detect a server that loops.
    seen: HashSet<PageRequest>,
    /// Pages fetched so far.
    pages: u64,
    /// Empty pages received in a row.
    empty_pages: u32,
}

/// What the pager does next.
enum Next {
    /// Fetch a page (`None`: the first page as the caller's parameters describe it).
    Fetch(Option<PageRequest>),
    /// Report why the listing cannot go on.
    Fail(Error),
    /// The stream has ended.
    Done,
}

/// Lazily fetches page after page of `operation_id`: `fetch(first)` first, then
/// `fetch(Some(next))` with each page's [`Page::next_page`], until there is none or a fetch
/// fails (the error is the last element). A server that points back at a page it already
/// returned, or sends more than [`MAX_EMPTY_PAGES`] empty pages in a row that each point
/// further, ends the stream with [`Error::RepeatedPage`] or [`Error::EmptyPages`] after the
/// last good page, so an incomplete listing never looks complete.
#[allow(dead_code, reason = "used only when the spec needs it")]
pub(crate) fn paginate_pages<'a, P, F, Fut>(
    operation_id: &'static str,
    first: Option<PageRequest>,
    fetch: F,
) -> Paginated<'a, P>
where
    P: Page + Send + 'a,
    F: FnMut(Option<PageRequest>) -> Fut + Send + 'a,
    Fut: Future<Output = Result<P>> + Send + 'a,
{
    let pager = Pager {
        operation_id,
        fetch,
        seen: first.iter().cloned().collect(),
        next: Next::Fetch(first),
        pages: 0,
        empty_pages: 0,
    };
    Paginated::new(stream::unfold(pager, |mut pager| async move {
        let request = match std::mem::replace(&mut pager.next, Next::Done) {
            Next::Fetch(request) => request,
            Next::Fail(error) => return Some((Err(error), pager)),
            Next::Done => return None,
        };
        let result = (pager.fetch)(request).await;
        if let Ok(page) = &result {
            pager.pages = pager.pages.saturating_add(1);
            if let Some(next) = page.next_page() {
                pager.next = pager.after(page, next);
            }
        }
        Some((result, pager))
    }))
}

impl<F> Pager<F> {
    /// What follows `page`, whose next page is `next`.
    fn after<P: Page>(&mut self, page: &P, next: PageRequest) -> Next {
        if page.item_count() == 0 {
            self.empty_pages = self.empty_pages.saturating_add(1);
        } else {
            self.empty_pages = 0;
        }
        if !self.seen.insert(next.clone()) {
            return Next::Fail(Error::RepeatedPage {
                operation_id: self.operation_id,
                page: next,
                pages: self.pages,
            });
        }
        if self.empty_pages > MAX_EMPTY_PAGES {
            return Next::Fail(Error::EmptyPages {
                operation_id: self.operation_id,
                page: next,
                empty_pages: self.empty_pages,
            });
        }
        Next::Fetch(Some(next))
    }
}

/// The items of every page of `pages`, in order (the stream ends after an error).
#[allow(dead_code, reason = "used only when the spec needs it")]
pub(crate) fn items<'a, P>(pages: Paginated<'a, P>) -> Paginated<'a, P::Item>
where
    P: Page + Send + 'a,
    P::Item: Send + 'a,
{
    Paginated::new(pages.flat_map(|page| {
        let items: Vec<Result<P::Item>> = match page {
            Ok(page) => page.into_items().into_iter().map(Ok).collect(),
            Err(err) => vec![Err(err)],
        };
        stream::iter(items)
    }))
}
