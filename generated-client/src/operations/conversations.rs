// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Operations tagged `Conversations`.
//!
//! Conversations between contacts and teammates, their replies and their conversion into tickets.

/// # Conversations
///
/// Conversations between contacts and teammates, their replies and their conversion into tickets.
impl crate::Client {
    /// List all conversations
    ///
    /// Since 2.7.
    ///
    /// Returns the conversations of the workspace, newest first, one page at a time: 20 per page by default, at most 150. Pass `pages.next.starting_after` of a page as `starting_after` to get the next one. Parts are not included; retrieve a conversation to get them.
    ///
    /// `GET /conversations` (operation `listConversations`)
    ///
    /// Arguments:
    /// - `params`: optional parameters
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::ListConversationsParams;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let params = ListConversationsParams {
    ///         per_page: Some(20),
    ///         starting_after: Some("WzE3Njc5NjgzMDAwMDAsMTI3NF0=".to_string()),
    ///         include_monitors: Some(false),
    ///         include_scorecards: Some(false),
    ///     };
    ///     let conversation_list = client.list_conversations(&params).await?;
    ///     println!("{conversation_list:?}");
    ///     let mut items = client.list_conversations_stream(&params);
    ///     while let Some(item) = items.try_next().await? {
    ///         println!("{item:?}");
    ///     }
    ///     Ok(())
    /// }
    /// ```
    pub fn list_conversations(
        &self,
        params: &crate::types::ListConversationsParams,
    ) -> crate::Call<'_, crate::types::ConversationList> {
        let request = crate::request::ApiRequest::new(
                "listConversations",
                reqwest::Method::GET,
                "/conversations",
                String::from("/conversations"),
            )
            .with(|request| {
                request
                    .query(
                        "per_page",
                        &params.per_page,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                request
                    .query(
                        "starting_after",
                        &params.starting_after,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                request
                    .query(
                        "include_monitors",
                        &params.include_monitors,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                request
                    .query(
                        "include_scorecards",
                        &params.include_scorecards,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ConversationList>(),
        )
    }

    /// Every item of [`Client::list_conversations`](crate::Client::list_conversations), across all pages: a stream that fetches the next page only when the items of the previous one have been consumed. It ends after the last page, or after the first error.
    pub fn list_conversations_stream(
        &self,
        params: &crate::types::ListConversationsParams,
    ) -> crate::Paginated<'_, crate::types::ConversationListItem> {
        crate::pagination::items(self.list_conversations_pages(params))
    }

    /// The pages of [`Client::list_conversations`](crate::Client::list_conversations), one by one, fetched lazily.
    pub fn list_conversations_pages(
        &self,
        params: &crate::types::ListConversationsParams,
    ) -> crate::Paginated<'_, crate::types::ConversationList> {
        let params = params.clone();
        crate::pagination::paginate_pages(
            "listConversations",
            None,
            move |page: Option<crate::PageRequest>| {
                let mut params = params.clone();
                if let Some(crate::PageRequest::Cursor(cursor)) = page {
                    params.starting_after = Some(cursor);
                }
                async move { self.list_conversations(&params).await }
            },
        )
    }

    /// Create a conversation
    ///
    /// Since 2.7.
    ///
    /// Starts a conversation with a message from a contact (user or lead); the message is delivered in the Messenger only. A visitor can start one too: give its id with `type: contact`, and the visitor is turned into a lead when the conversation is created.
    ///
    /// The response is the message that was created, with the id of the new conversation in `conversation_id`.
    ///
    /// `POST /conversations` (operation `createConversation`)
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{
    ///     CreateConversationRequest, CreateConversationRequestFrom,
    ///     CreateConversationRequestFromType,
    /// };
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = CreateConversationRequest::new(
    ///         CreateConversationRequestFrom::new(
    ///             CreateConversationRequestFromType::User,
    ///             "66a1f3c2b8e4d70012ab34cd",
    ///         ),
    ///         "Hi, can I change the delivery address of order NW-20977?",
    ///     );
    ///     let message = client.create_conversation(&request).await?;
    ///     println!("{message:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn create_conversation(
        &self,
        body: &crate::types::CreateConversationRequest,
    ) -> crate::Call<'_, crate::types::Message> {
        let request = crate::request::ApiRequest::new(
                "createConversation",
                reqwest::Method::POST,
                "/conversations",
                String::from("/conversations"),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::Message>(),
        )
    }

    /// Retrieve a conversation
    ///
    /// Since 2.7.
    ///
    /// Returns one conversation with its source message, contacts, statistics and conversation parts.
    ///
    /// At most the 500 most recent parts are returned. AI Agent details are only filled in when the workspace has AI Agent enabled. Tickets are only returned to callers holding a ticket read scope.
    ///
    /// `GET /conversations/{id}` (operation `retrieveConversation`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the conversation.
    /// - `params`: optional parameters
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::RetrieveConversationParams;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let params = RetrieveConversationParams {
    ///         display_as: Some("plaintext".to_string()),
    ///         include_translations: Some(true),
    ///         include_email_history: Some(false),
    ///         include_monitors: Some(true),
    ///         include_scorecards: Some(true),
    ///     };
    ///     let conversation = client.retrieve_conversation(1274, &params).await?;
    ///     println!("{conversation:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn retrieve_conversation(
        &self,
        id: i64,
        params: &crate::types::RetrieveConversationParams,
    ) -> crate::Call<'_, crate::types::Conversation> {
        let request = crate::request::ApiRequest::new(
                "retrieveConversation",
                reqwest::Method::GET,
                "/conversations/{id}",
                ["/conversations/", &crate::request::encode_segment(id)].concat(),
            )
            .with(|request| {
                request
                    .query(
                        "display_as",
                        &params.display_as,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                request
                    .query(
                        "include_translations",
                        &params.include_translations,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                request
                    .query(
                        "include_email_history",
                        &params.include_email_history,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                request
                    .query(
                        "include_monitors",
                        &params.include_monitors,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                request
                    .query(
                        "include_scorecards",
                        &params.include_scorecards,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::Conversation>(),
        )
    }

    /// Update a conversation
    ///
    /// Since 2.7.
    ///
    /// Changes a conversation's title, read flag, priority, company or custom attributes, including links to custom object instances. To reply, assign, open, close or snooze, use the reply and manage endpoints instead.
    ///
    /// A request that sets `custom_attributes` fails with 400 when the workspace has several non-archived conversation attributes with the same name.
    ///
    /// `PUT /conversations/{id}` (operation `updateConversation`)
    ///
    /// Arguments:
    /// - `id`: The id of the conversation to change.
    /// - `params`: optional parameters
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{UpdateConversationParams, UpdateConversationRequest};
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = UpdateConversationRequest::new()
    ///         .read(true)
    ///         .title("Scratched frame, replacement sent")
    ///         .custom_attributes([("Return reason", "Damaged in transit")]);
    ///     let params = UpdateConversationParams {
    ///         display_as: Some("plaintext".to_string()),
    ///     };
    ///     let conversation = client.update_conversation(1274, &request, &params).await?;
    ///     println!("{conversation:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn update_conversation(
        &self,
        id: i64,
        body: &crate::types::UpdateConversationRequest,
        params: &crate::types::UpdateConversationParams,
    ) -> crate::Call<'_, crate::types::Conversation> {
        let request = crate::request::ApiRequest::new(
                "updateConversation",
                reqwest::Method::PUT,
                "/conversations/{id}",
                ["/conversations/", &crate::request::encode_segment(id)].concat(),
            )
            .with(|request| {
                request
                    .query(
                        "display_as",
                        &params.display_as,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::Conversation>(),
        )
    }

    /// Delete a conversation
    ///
    /// Since 2.13.
    ///
    /// Deletes a conversation for good; it cannot be restored. By default (`retain_metrics=true`) its reporting data is kept, so it still counts in reports, perhaps with gaps. With `retain_metrics=false` the reporting data goes too, which needs the `delete_conversations_and_metrics` OAuth scope.
    ///
    /// `DELETE /conversations/{id}` (operation `deleteConversation`)
    ///
    /// Arguments:
    /// - `id`: The id of the conversation to delete.
    /// - `params`: optional parameters
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::DeleteConversationParams;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let params = DeleteConversationParams {
    ///         retain_metrics: Some(true),
    ///     };
    ///     let conversation_deleted = client.delete_conversation(1291, &params).await?;
    ///     println!("{conversation_deleted:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn delete_conversation(
        &self,
        id: i64,
        params: &crate::types::DeleteConversationParams,
    ) -> crate::Call<'_, crate::types::ConversationDeleted> {
        let request = crate::request::ApiRequest::new(
                "deleteConversation",
                reqwest::Method::DELETE,
                "/conversations/{id}",
                ["/conversations/", &crate::request::encode_segment(id)].concat(),
            )
            .with(|request| {
                request
                    .query(
                        "retain_metrics",
                        &params.retain_metrics,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ConversationDeleted>(),
        )
    }

    /// Search conversations
    ///
    /// Since 2.7.
    ///
    /// Returns the conversations whose attributes match a query: one filter, or filters nested under `AND` and `OR` operators. Results come a page at a time, 20 per page by default and at most 150; pass `pages.next.starting_after` back in `pagination.starting_after` for the next page.
    ///
    /// `POST /conversations/search` (operation `searchConversations`)
    ///
    /// Arguments:
    /// - `params`: optional parameters
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{
    ///     MultipleFilterSearchRequest, MultipleFilterSearchRequestOperator,
    ///     MultipleFilterSearchRequestValue, SearchConversationsParams, SearchRequest,
    ///     SingleFilterSearchRequest, SingleFilterSearchRequestOperator, StartingAfterPaging,
    /// };
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = SearchRequest::new(
    ///             MultipleFilterSearchRequest::new()
    ///                 .operator(MultipleFilterSearchRequestOperator::And)
    ///                 .value(
    ///                     MultipleFilterSearchRequestValue::Single(
    ///                         Vec::from([
    ///                             SingleFilterSearchRequest::new()
    ///                                 .field("open")
    ///                                 .operator(SingleFilterSearchRequestOperator::Equals)
    ///                                 .value(true),
    ///                             SingleFilterSearchRequest::new()
    ///                                 .field("priority")
    ///                                 .operator(SingleFilterSearchRequestOperator::Equals)
    ///                                 .value("high"),
    ///                         ]),
    ///                     ),
    ///                 ),
    ///         )
    ///         .pagination(StartingAfterPaging::new().per_page(20));
    ///     let params = SearchConversationsParams {
    ///         include_monitors: Some(false),
    ///         include_scorecards: Some(false),
    ///     };
    ///     let conversation_list = client.search_conversations(&request, &params).await?;
    ///     println!("{conversation_list:?}");
    ///     let mut items = client.search_conversations_stream(&request, &params);
    ///     while let Some(item) = items.try_next().await? {
    ///         println!("{item:?}");
    ///     }
    ///     Ok(())
    /// }
    /// ```
    pub fn search_conversations(
        &self,
        body: &crate::types::SearchRequest,
        params: &crate::types::SearchConversationsParams,
    ) -> crate::Call<'_, crate::types::ConversationList> {
        let request = crate::request::ApiRequest::new(
                "searchConversations",
                reqwest::Method::POST,
                "/conversations/search",
                String::from("/conversations/search"),
            )
            .with(|request| {
                request
                    .query(
                        "include_monitors",
                        &params.include_monitors,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                request
                    .query(
                        "include_scorecards",
                        &params.include_scorecards,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::ConversationList>(),
        )
    }

    /// Every item of [`Client::search_conversations`](crate::Client::search_conversations), across all pages: a stream that fetches the next page only when the items of the previous one have been consumed. It ends after the last page, or after the first error.
    pub fn search_conversations_stream(
        &self,
        body: &crate::types::SearchRequest,
        params: &crate::types::SearchConversationsParams,
    ) -> crate::Paginated<'_, crate::types::ConversationListItem> {
        crate::pagination::items(self.search_conversations_pages(body, params))
    }

    /// The pages of [`Client::search_conversations`](crate::Client::search_conversations), one by one, fetched lazily.
    pub fn search_conversations_pages(
        &self,
        body: &crate::types::SearchRequest,
        params: &crate::types::SearchConversationsParams,
    ) -> crate::Paginated<'_, crate::types::ConversationList> {
        let body = body.clone();
        let params = params.clone();
        crate::pagination::paginate_pages(
            "searchConversations",
            None,
            move |page: Option<crate::PageRequest>| {
                let mut body = body.clone();
                let params = params.clone();
                if let Some(crate::PageRequest::Cursor(cursor)) = page {
                    let mut pagination = match body.pagination.clone() {
                        Some(crate::Nullable::Value(value)) => value,
                        _ => crate::wire::Blank::blank(),
                    };
                    pagination.starting_after = Some(cursor);
                    body.pagination = Some(crate::Nullable::Value(pagination));
                }
                async move { self.search_conversations(&body, &params).await }
            },
        )
    }

    /// Reply to a conversation
    ///
    /// Since 2.7.
    ///
    /// Adds a reply to a conversation: a comment or internal note from an admin, a set of quick reply options from an admin, or a comment on behalf of a contact. Pass `last` instead of an id to reply to the replying contact's most recent conversation.
    ///
    /// When a contact picks a quick reply option, a comment part is created whose metadata carries the `quick_reply_uuid` of the chosen option. Admin replies accept `skip_notifications` and `skip_unsnooze`. Bot replies to inbound email conversations are not emailed to the customer by default.
    ///
    /// `POST /conversations/{id}/reply` (operation `replyConversation`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the conversation, or `last` for the replying contact's most recent conversation.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{
    ///     AdminReplyConversationRequest, AdminReplyRequestMessageType, QuickReplyOption,
    ///     ReplyConversationRequest,
    /// };
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = ReplyConversationRequest::Admin(
    ///         AdminReplyConversationRequest::new(
    ///                 AdminReplyRequestMessageType::QuickReply,
    ///                 "7301942",
    ///             )
    ///             .body("Would you like a replacement or a refund?")
    ///             .reply_options([
    ///                 QuickReplyOption::new(
    ///                     "Replacement",
    ///                     "6a3f9d20-8e4b-4c17-b2d5-19e0f7a4c863",
    ///                 ),
    ///                 QuickReplyOption::new("Refund", "c9e41b7f-2d08-4a6e-9f35-70b8d2a1e4c6"),
    ///             ]),
    ///     );
    ///     let conversation = client.reply_conversation("1274", &request).await?;
    ///     println!("{conversation:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn reply_conversation(
        &self,
        id: &str,
        body: &crate::types::ReplyConversationRequest,
    ) -> crate::Call<'_, crate::types::Conversation> {
        let request = crate::request::ApiRequest::new(
                "replyConversation",
                reqwest::Method::POST,
                "/conversations/{id}/reply",
                ["/conversations/", &crate::request::encode_segment(id), "/reply"]
                    .concat(),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::Conversation>(),
        )
    }

    /// Manage a conversation
    ///
    /// Since 2.7.
    ///
    /// Closes, snoozes, opens or assigns a conversation, depending on `message_type` in the body. Assigning can set an admin, a team or both; opening works on closed and snoozed conversations.
    ///
    /// `POST /conversations/{id}/parts` (operation `manageConversation`)
    ///
    /// Arguments:
    /// - `id`: The id of the conversation to manage.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::{CloseConversationRequest, ManageConversationRequest};
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = ManageConversationRequest::Close(
    ///         CloseConversationRequest::new("7301942")
    ///             .body("A replacement frame is on its way."),
    ///     );
    ///     let conversation = client.manage_conversation("1274", &request).await?;
    ///     println!("{conversation:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn manage_conversation(
        &self,
        id: &str,
        body: &crate::types::ManageConversationRequest,
    ) -> crate::Call<'_, crate::types::Conversation> {
        let request = crate::request::ApiRequest::new(
                "manageConversation",
                reqwest::Method::POST,
                "/conversations/{id}/parts",
                ["/conversations/", &crate::request::encode_segment(id), "/parts"]
                    .concat(),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::Conversation>(),
        )
    }

    /// List handling events of a conversation
    ///
    /// Since 2.15.
    ///
    /// Returns the pause and resume events recorded while teammates handled a conversation. Requires the `read_conversations` scope.
    ///
    /// `GET /conversations/{id}/handling_events` (operation `listHandlingEvents`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the conversation.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let handling_event_list = client.list_handling_events("1274").await?;
    ///     println!("{handling_event_list:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_handling_events(
        &self,
        id: &str,
    ) -> crate::Call<'_, crate::types::HandlingEventList> {
        let request = Ok(
            crate::request::ApiRequest::new(
                "listHandlingEvents",
                reqwest::Method::GET,
                "/conversations/{id}/handling_events",
                [
                    "/conversations/",
                    &crate::request::encode_segment(id),
                    "/handling_events",
                ]
                    .concat(),
            ),
        );
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::HandlingEventList>(),
        )
    }

    /// List the side conversations of a conversation
    ///
    /// Since 2.16.
    ///
    /// Returns the side conversations of a conversation, the internal threads teammates start from it, each with its parts. Results come in numbered pages of up to 50. Needs the `read_conversations` OAuth scope.
    ///
    /// `GET /conversations/{id}/side_conversations` (operation `listSideConversations`)
    ///
    /// Arguments:
    /// - `id`: The id of the conversation.
    /// - `params`: optional parameters
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::ListSideConversationsParams;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let params = ListSideConversationsParams {
    ///         page: Some(1),
    ///         per_page: Some(25),
    ///     };
    ///     let side_conversation_list = client.list_side_conversations("1274", &params).await?;
    ///     println!("{side_conversation_list:?}");
    ///     let mut items = client.list_side_conversations_stream("1274", &params);
    ///     while let Some(item) = items.try_next().await? {
    ///         println!("{item:?}");
    ///     }
    ///     Ok(())
    /// }
    /// ```
    pub fn list_side_conversations(
        &self,
        id: &str,
        params: &crate::types::ListSideConversationsParams,
    ) -> crate::Call<'_, crate::types::SideConversationList> {
        let request = crate::request::ApiRequest::new(
                "listSideConversations",
                reqwest::Method::GET,
                "/conversations/{id}/side_conversations",
                [
                    "/conversations/",
                    &crate::request::encode_segment(id),
                    "/side_conversations",
                ]
                    .concat(),
            )
            .with(|request| {
                request
                    .query(
                        "page",
                        &params.page,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                request
                    .query(
                        "per_page",
                        &params.per_page,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::SideConversationList>(),
        )
    }

    /// Every item of [`Client::list_side_conversations`](crate::Client::list_side_conversations), across all pages: a stream that fetches the next page only when the items of the previous one have been consumed. It ends after the last page, or after the first error.
    pub fn list_side_conversations_stream(
        &self,
        id: &str,
        params: &crate::types::ListSideConversationsParams,
    ) -> crate::Paginated<'_, crate::types::SideConversationSummary> {
        crate::pagination::items(self.list_side_conversations_pages(id, params))
    }

    /// The pages of [`Client::list_side_conversations`](crate::Client::list_side_conversations), one by one, fetched lazily.
    pub fn list_side_conversations_pages(
        &self,
        id: &str,
        params: &crate::types::ListSideConversationsParams,
    ) -> crate::Paginated<'_, crate::types::SideConversationList> {
        let id = id.to_owned();
        let params = params.clone();
        crate::pagination::paginate_pages(
            "listSideConversations",
            None,
            move |page: Option<crate::PageRequest>| {
                let id = id.clone();
                let mut params = params.clone();
                if let Some(crate::PageRequest::Number(number)) = page {
                    params.page = Some(number);
                }
                async move { self.list_side_conversations(&id, &params).await }
            },
        )
    }

    /// Merge a conversation into another
    ///
    /// Since 2.16.
    ///
    /// Merges the conversation of the path into the one given by `merge_into_conversation_id`. The merged one ends up closed, with a link to the one that survives, and the response returns the survivor. Needs the `write_conversations` OAuth scope, and `write_tickets` as well when the merged conversation is a ticket.
    ///
    /// `POST /conversations/{id}/merge` (operation `mergeConversation`)
    ///
    /// Arguments:
    /// - `id`: The conversation to merge away (it gets closed).
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::MergeConversationsRequest;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = MergeConversationsRequest::new(1274);
    ///     let conversation = client.merge_conversation("1291", &request).await?;
    ///     println!("{conversation:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn merge_conversation(
        &self,
        id: &str,
        body: &crate::types::MergeConversationsRequest,
    ) -> crate::Call<'_, crate::types::Conversation> {
        let request = crate::request::ApiRequest::new(
                "mergeConversation",
                reqwest::Method::POST,
                "/conversations/{id}/merge",
                ["/conversations/", &crate::request::encode_segment(id), "/merge"]
                    .concat(),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::Conversation>(),
        )
    }

    /// Turn a conversation into a customer ticket
    ///
    /// Since 2.10.
    ///
    /// Turns a conversation into a customer ticket of the given ticket type and returns the ticket, including its `ticket_state` object. Only ticket types of the `Customer` category can be used.
    ///
    /// `POST /conversations/{id}/convert` (operation `convertConversationToTicket`)
    ///
    /// Arguments:
    /// - `id`: Intercom's identifier of the conversation.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::ConvertConversationToTicketRequest;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let request = ConvertConversationToTicketRequest::new("41")
    ///         .ticket_state_id("5120")
    ///         .attributes([
    ///             ("Order number", "NW-20931"),
    ///             ("_default_title_", "Frame arrived scratched"),
    ///         ]);
    ///     let ticket = client.convert_conversation_to_ticket(1274, &request).await?;
    ///     println!("{ticket:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn convert_conversation_to_ticket(
        &self,
        id: i64,
        body: &crate::types::ConvertConversationToTicketRequest,
    ) -> crate::Call<'_, crate::types::Ticket> {
        let request = crate::request::ApiRequest::new(
                "convertConversationToTicket",
                reqwest::Method::POST,
                "/conversations/{id}/convert",
                ["/conversations/", &crate::request::encode_segment(id), "/convert"]
                    .concat(),
            )
            .with(|request| {
                request.json(body)?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::Ticket>(),
        )
    }

    /// List deleted conversations
    ///
    /// Since 2.16.
    ///
    /// Returns the ids of deleted conversations, with when each was deleted and whether its reporting data was kept. Results come in numbered pages, 20 per page by default, at most 60, newest first unless `order=asc`.
    ///
    /// `GET /conversations/deleted` (operation `listDeletedConversationIds`)
    ///
    /// Arguments:
    /// - `params`: optional parameters
    ///
    /// # Example
    ///
    /// ```no_run
    /// use intercom_client::Client;
    /// use intercom_client::types::ListDeletedConversationIdsParams;
    ///
    /// async fn example() -> Result<(), intercom_client::Error> {
    ///     let client = Client::from_env()?;
    ///     let params = ListDeletedConversationIdsParams {
    ///         page: Some(1),
    ///         per_page: Some(20),
    ///         order: Some("desc".to_string()),
    ///     };
    ///     let deleted_conversation_list = client.list_deleted_conversation_ids(&params).await?;
    ///     println!("{deleted_conversation_list:?}");
    ///     let mut items = client.list_deleted_conversation_ids_stream(&params);
    ///     while let Some(item) = items.try_next().await? {
    ///         println!("{item:?}");
    ///     }
    ///     Ok(())
    /// }
    /// ```
    pub fn list_deleted_conversation_ids(
        &self,
        params: &crate::types::ListDeletedConversationIdsParams,
    ) -> crate::Call<'_, crate::types::DeletedConversationList> {
        let request = crate::request::ApiRequest::new(
                "listDeletedConversationIds",
                reqwest::Method::GET,
                "/conversations/deleted",
                String::from("/conversations/deleted"),
            )
            .with(|request| {
                request
                    .query(
                        "page",
                        &params.page,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                request
                    .query(
                        "per_page",
                        &params.per_page,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                request
                    .query(
                        "order",
                        &params.order,
                        crate::request::QueryStyle::Form {
                            explode: true,
                        },
                    )?;
                Ok(())
            });
        crate::Call::new(
            self,
            request,
            |response| response.json::<crate::types::DeletedConversationList>(),
        )
    }

    /// Every item of [`Client::list_deleted_conversation_ids`](crate::Client::list_deleted_conversation_ids), across all pages: a stream that fetches the next page only when the items of the previous one have been consumed. It ends after the last page, or after the first error.
    pub fn list_deleted_conversation_ids_stream(
        &self,
        params: &crate::types::ListDeletedConversationIdsParams,
    ) -> crate::Paginated<'_, crate::types::DeletedConversationItem> {
        crate::pagination::items(self.list_deleted_conversation_ids_pages(params))
    }

    /// The pages of [`Client::list_deleted_conversation_ids`](crate::Client::list_deleted_conversation_ids), one by one, fetched lazily.
    pub fn list_deleted_conversation_ids_pages(
        &self,
        params: &crate::types::ListDeletedConversationIdsParams,
    ) -> crate::Paginated<'_, crate::types::DeletedConversationList> {
        let params = params.clone();
        crate::pagination::paginate_pages(
            "listDeletedConversationIds",
            None,
            move |page: Option<crate::PageRequest>| {
                let mut params = params.clone();
                if let Some(crate::PageRequest::Number(number)) = page {
                    params.page = Some(number);
                }
                async move { self.list_deleted_conversation_ids(&params).await }
            },
        )
    }
}
