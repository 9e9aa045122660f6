//! Everyday tasks written the way a new user would write them from the README, run against
//! Prism: identify the admin, create a ticket for a contact by email, reply as an admin,
//! update its state, search contacts and stream the results, handle a 404, link and unlink
//! a conversation, and configure region, retries and a per-call version.

use futures_util::TryStreamExt;
use intercom_client::types::{
    AdminReplyRequestMessageType, ContactSearchRequest,
    CreateTicketRequestContactsItemEmail, CreateTicketRequestObject,
    LinkConversationToTicketRequest, ReplyTicketRequestAdmin, SearchContactsParams,
    SingleFilterSearchRequest, SingleFilterSearchRequestOperator, UpdateTicketRequestObject,
};
use intercom_client::{Client, Region, RetryPolicy, StatusCode};

/// Runs every task against the server at `base_url`.
pub async fn run(base_url: &str) -> intercom_client::Result<()> {
    // Region, retries and the token; `base_url` points the client at Prism instead of
    // `Region::Us`'s host.
    let client = Client::builder()
        .token("e2e-token")
        .region(Region::default())
        .base_url(base_url)
        .retry_policy(RetryPolicy {
            max_retries: 1,
            ..RetryPolicy::default()
        })
        .build()?;

    // Who am I?
    let me = client.identify_admin().await?;
    assert!(me.id.is_some(), "{me:?}");

    // A ticket for a contact known by email.
    let new_ticket = CreateTicketRequestObject::new(
        "41",
        [CreateTicketRequestContactsItemEmail::new("tomas.reyes@example.org")],
    );
    let ticket = client.create_ticket(&new_ticket).await?;
    let ticket_id = ticket.id.clone().unwrap_or_default();

    // A note from an admin, sent with the 2.11 version header for this call only.
    let note = ReplyTicketRequestAdmin::new(AdminReplyRequestMessageType::Note, "7301942")
        .body("Warehouse confirmed the frame was packed without foam.");
    client
        .reply_ticket(&ticket_id, &note.into())
        .api_version("2.11")
        .await?;

    // Move it to another state.
    let update = UpdateTicketRequestObject::new().ticket_state_id("7");
    let updated = client.update_ticket(&ticket_id, &update).await?;
    assert!(updated.id.is_some(), "{updated:?}");

    // Search contacts by email domain and stream every match, page after page.
    let by_domain = SingleFilterSearchRequest::new()
        .field("email_domain")
        .operator(SingleFilterSearchRequestOperator::Equals)
        .value("example.org");
    let query = ContactSearchRequest::new(by_domain);
    let contacts: Vec<_> = client
        .search_contacts_stream(&query, &SearchContactsParams::default())
        .take_while_ok_until_repeat()
        .await?;
    assert!(!contacts.is_empty());

    // A ticket that does not exist: a 404 is an `Error::Api` with status and code.
    let missing = client
        .get_ticket("0")
        .header("Prefer", "code=404")
        .await
        .expect_err("a 404");
    assert_eq!(missing.status(), Some(StatusCode::NOT_FOUND), "{missing:?}");
    assert_eq!(missing.code(), Some("ticket_not_found"), "{missing:?}");

    // Link a conversation to a tracker ticket, then unlink it.
    let link = LinkConversationToTicketRequest::new("1274");
    client.link_conversation_to_ticket("934", &link).await?;
    client.unlink_conversation_from_ticket("934", "1274").await?;
    Ok(())
}

/// Prism answers every page request with the same example page, so a stream ends with the
/// client's `RepeatedPage` error after the first page; against the real API the plain
/// `try_collect` is all a user writes.
trait UntilRepeat<T> {
    async fn take_while_ok_until_repeat(self) -> intercom_client::Result<Vec<T>>;
}

impl<T, S> UntilRepeat<T> for S
where
    S: futures_util::Stream<Item = intercom_client::Result<T>> + Unpin,
{
    async fn take_while_ok_until_repeat(mut self) -> intercom_client::Result<Vec<T>> {
        let mut items = Vec::new();
        loop {
            match self.try_next().await {
                Ok(Some(item)) => items.push(item),
                Ok(None) => return Ok(items),
                Err(intercom_client::Error::RepeatedPage { .. }) if !items.is_empty() => {
                    return Ok(items)
                }
                Err(error) => return Err(error),
            }
        }
    }
}
