// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! The operations of the API, as the fake API knows them.

use super::{DefaultAnswer, OperationInfo};

/// An operation of the API: what [`FakeApi::on`](super::FakeApi::on) scripts and a
/// [`RecordedRequest`](super::RecordedRequest) names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Operation {
    /// `GET /me` (`identifyAdmin`): `Client::identify_admin`.
    IdentifyAdmin,
    /// `PUT /admins/{id}/away` (`setAwayAdmin`): `Client::set_away_admin`.
    SetAwayAdmin,
    /// `GET /admins/activity_logs` (`listActivityLogs`): `Client::list_activity_logs`.
    ListActivityLogs,
    /// `POST /admins/activity_logs/search` (`searchActivityLogs`): `Client::search_activity_logs`.
    SearchActivityLogs,
    /// `GET /admins/activity_log_event_types` (`listActivityLogEventTypes`): `Client::list_activity_log_event_types`.
    ListActivityLogEventTypes,
    /// `GET /admins` (`listAdmins`): `Client::list_admins`.
    ListAdmins,
    /// `GET /admins/{id}` (`retrieveAdmin`): `Client::retrieve_admin`.
    RetrieveAdmin,
    /// `GET /ai/content_import_sources` (`listContentImportSources`): `Client::list_content_import_sources`.
    ListContentImportSources,
    /// `POST /ai/content_import_sources` (`createContentImportSource`): `Client::create_content_import_source`.
    CreateContentImportSource,
    /// `GET /ai/content_import_sources/{id}` (`getContentImportSource`): `Client::get_content_import_source`.
    GetContentImportSource,
    /// `PUT /ai/content_import_sources/{id}` (`updateContentImportSource`): `Client::update_content_import_source`.
    UpdateContentImportSource,
    /// `DELETE /ai/content_import_sources/{id}` (`deleteContentImportSource`): `Client::delete_content_import_source`.
    DeleteContentImportSource,
    /// `GET /ai/external_pages` (`listExternalPages`): `Client::list_external_pages`.
    ListExternalPages,
    /// `POST /ai/external_pages` (`createExternalPage`): `Client::create_external_page`.
    CreateExternalPage,
    /// `GET /ai/external_pages/{id}` (`getExternalPage`): `Client::get_external_page`.
    GetExternalPage,
    /// `PUT /ai/external_pages/{id}` (`updateExternalPage`): `Client::update_external_page`.
    UpdateExternalPage,
    /// `DELETE /ai/external_pages/{id}` (`deleteExternalPage`): `Client::delete_external_page`.
    DeleteExternalPage,
    /// `GET /articles` (`listArticles`): `Client::list_articles`.
    ListArticles,
    /// `POST /articles` (`createArticle`): `Client::create_article`.
    CreateArticle,
    /// `GET /articles/{id}` (`retrieveArticle`): `Client::retrieve_article`.
    RetrieveArticle,
    /// `PUT /articles/{id}` (`updateArticle`): `Client::update_article`.
    UpdateArticle,
    /// `DELETE /articles/{id}` (`deleteArticle`): `Client::delete_article`.
    DeleteArticle,
    /// `GET /articles/{id}/draft` (`retrieveArticleDraft`): `Client::retrieve_article_draft`.
    RetrieveArticleDraft,
    /// `PUT /articles/{id}/draft` (`stageArticleDraft`): `Client::stage_article_draft`.
    StageArticleDraft,
    /// `POST /articles/{id}/draft/publish` (`publishArticleDraft`): `Client::publish_article_draft`.
    PublishArticleDraft,
    /// `GET /articles/{article_id}/versions` (`listArticleVersions`): `Client::list_article_versions`.
    ListArticleVersions,
    /// `GET /articles/{article_id}/versions/{id}` (`retrieveArticleVersion`): `Client::retrieve_article_version`.
    RetrieveArticleVersion,
    /// `POST /articles/{article_id}/tags` (`attachTagToArticle`): `Client::attach_tag_to_article`.
    AttachTagToArticle,
    /// `DELETE /articles/{article_id}/tags/{id}` (`detachTagFromArticle`): `Client::detach_tag_from_article`.
    DetachTagFromArticle,
    /// `GET /articles/search` (`searchArticles`): `Client::search_articles`.
    SearchArticles,
    /// `GET /away_status_reasons` (`listAwayStatusReasons`): `Client::list_away_status_reasons`.
    ListAwayStatusReasons,
    /// `GET /audiences` (`listAudiences`): `Client::list_audiences`.
    ListAudiences,
    /// `POST /audiences` (`createAudience`): `Client::create_audience`.
    CreateAudience,
    /// `GET /audiences/{id}` (`retrieveAudience`): `Client::retrieve_audience`.
    RetrieveAudience,
    /// `PUT /audiences/{id}` (`updateAudience`): `Client::update_audience`.
    UpdateAudience,
    /// `DELETE /audiences/{id}` (`deleteAudience`): `Client::delete_audience`.
    DeleteAudience,
    /// `GET /office_hours_schedules` (`listOfficeHoursSchedules`): `Client::list_office_hours_schedules`.
    ListOfficeHoursSchedules,
    /// `POST /office_hours_schedules` (`createOfficeHoursSchedule`): `Client::create_office_hours_schedule`.
    CreateOfficeHoursSchedule,
    /// `GET /office_hours_schedules/{id}` (`getOfficeHoursSchedule`): `Client::get_office_hours_schedule`.
    GetOfficeHoursSchedule,
    /// `PUT /office_hours_schedules/{id}` (`updateOfficeHoursSchedule`): `Client::update_office_hours_schedule`.
    UpdateOfficeHoursSchedule,
    /// `DELETE /office_hours_schedules/{id}` (`deleteOfficeHoursSchedule`): `Client::delete_office_hours_schedule`.
    DeleteOfficeHoursSchedule,
    /// `GET /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions` (`listOfficeHoursExceptions`): `Client::list_office_hours_exceptions`.
    ListOfficeHoursExceptions,
    /// `POST /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions` (`createOfficeHoursException`): `Client::create_office_hours_exception`.
    CreateOfficeHoursException,
    /// `GET /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}` (`getOfficeHoursException`): `Client::get_office_hours_exception`.
    GetOfficeHoursException,
    /// `PUT /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}` (`updateOfficeHoursException`): `Client::update_office_hours_exception`.
    UpdateOfficeHoursException,
    /// `DELETE /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}` (`deleteOfficeHoursException`): `Client::delete_office_hours_exception`.
    DeleteOfficeHoursException,
    /// `POST /export/reporting_data/enqueue` (`enqueueReportingDataExport`): `Client::enqueue_reporting_data_export`.
    EnqueueReportingDataExport,
    /// `GET /export/reporting_data/{job_identifier}` (`getReportingDataExport`): `Client::get_reporting_data_export`.
    GetReportingDataExport,
    /// `GET /export/reporting_data/get_datasets` (`listReportingDatasets`): `Client::list_reporting_datasets`.
    ListReportingDatasets,
    /// `GET /download/reporting_data/{job_identifier}` (`downloadReportingDataExport`): `Client::download_reporting_data_export`.
    DownloadReportingDataExport,
    /// `GET /help_center/help_centers/{help_center_id}/redirects` (`listHelpCenterRedirects`): `Client::list_help_center_redirects`.
    ListHelpCenterRedirects,
    /// `POST /help_center/help_centers/{help_center_id}/redirects` (`createHelpCenterRedirect`): `Client::create_help_center_redirect`.
    CreateHelpCenterRedirect,
    /// `GET /help_center/help_centers/{help_center_id}/redirects/{id}` (`retrieveHelpCenterRedirect`): `Client::retrieve_help_center_redirect`.
    RetrieveHelpCenterRedirect,
    /// `DELETE /help_center/help_centers/{help_center_id}/redirects/{id}` (`deleteHelpCenterRedirect`): `Client::delete_help_center_redirect`.
    DeleteHelpCenterRedirect,
    /// `GET /help_center/collections` (`listAllCollections`): `Client::list_all_collections`.
    ListAllCollections,
    /// `POST /help_center/collections` (`createCollection`): `Client::create_collection`.
    CreateCollection,
    /// `GET /help_center/collections/{id}` (`retrieveCollection`): `Client::retrieve_collection`.
    RetrieveCollection,
    /// `PUT /help_center/collections/{id}` (`updateCollection`): `Client::update_collection`.
    UpdateCollection,
    /// `DELETE /help_center/collections/{id}` (`deleteCollection`): `Client::delete_collection`.
    DeleteCollection,
    /// `GET /help_center/help_centers/{id}` (`retrieveHelpCenter`): `Client::retrieve_help_center`.
    RetrieveHelpCenter,
    /// `GET /help_center/help_centers` (`listHelpCenters`): `Client::list_help_centers`.
    ListHelpCenters,
    /// `GET /internal_articles` (`listInternalArticles`): `Client::list_internal_articles`.
    ListInternalArticles,
    /// `POST /internal_articles` (`createInternalArticle`): `Client::create_internal_article`.
    CreateInternalArticle,
    /// `GET /internal_articles/{id}` (`retrieveInternalArticle`): `Client::retrieve_internal_article`.
    RetrieveInternalArticle,
    /// `PUT /internal_articles/{id}` (`updateInternalArticle`): `Client::update_internal_article`.
    UpdateInternalArticle,
    /// `DELETE /internal_articles/{id}` (`deleteInternalArticle`): `Client::delete_internal_article`.
    DeleteInternalArticle,
    /// `POST /internal_articles/{internal_article_id}/tags` (`attachTagToInternalArticle`): `Client::attach_tag_to_internal_article`.
    AttachTagToInternalArticle,
    /// `DELETE /internal_articles/{internal_article_id}/tags/{id}` (`detachTagFromInternalArticle`): `Client::detach_tag_from_internal_article`.
    DetachTagFromInternalArticle,
    /// `GET /internal_articles/search` (`searchInternalArticles`): `Client::search_internal_articles`.
    SearchInternalArticles,
    /// `GET /folders` (`listFolders`): `Client::list_folders`.
    ListFolders,
    /// `POST /folders` (`createFolder`): `Client::create_folder`.
    CreateFolder,
    /// `GET /folders/{id}` (`retrieveFolder`): `Client::retrieve_folder`.
    RetrieveFolder,
    /// `PUT /folders/{id}` (`updateFolder`): `Client::update_folder`.
    UpdateFolder,
    /// `DELETE /folders/{id}` (`deleteFolder`): `Client::delete_folder`.
    DeleteFolder,
    /// `GET /companies` (`retrieveCompany`): `Client::retrieve_company`.
    RetrieveCompany,
    /// `POST /companies` (`createOrUpdateCompany`): `Client::create_or_update_company`.
    CreateOrUpdateCompany,
    /// `GET /companies/{id}` (`RetrieveACompanyById`): `Client::retrieve_a_company_by_id`.
    RetrieveACompanyById,
    /// `PUT /companies/{id}` (`UpdateCompany`): `Client::update_company`.
    UpdateCompany,
    /// `DELETE /companies/{id}` (`deleteCompany`): `Client::delete_company`.
    DeleteCompany,
    /// `GET /companies/{id}/contacts` (`ListAttachedContacts`): `Client::list_attached_contacts`.
    ListAttachedContacts,
    /// `GET /companies/{id}/segments` (`ListAttachedSegmentsForCompanies`): `Client::list_attached_segments_for_companies`.
    ListAttachedSegmentsForCompanies,
    /// `GET /companies/{company_id}/notes` (`listCompanyNotes`): `Client::list_company_notes`.
    ListCompanyNotes,
    /// `POST /companies/{company_id}/notes` (`createCompanyNote`): `Client::create_company_note`.
    CreateCompanyNote,
    /// `POST /companies/search` (`searchCompanies`): `Client::search_companies`.
    SearchCompanies,
    /// `POST /companies/list` (`listAllCompanies`): `Client::list_all_companies`.
    ListAllCompanies,
    /// `GET /companies/scroll` (`scrollOverAllCompanies`): `Client::scroll_over_all_companies`.
    ScrollOverAllCompanies,
    /// `GET /contacts/{id}/companies` (`listCompaniesForAContact`): `Client::list_companies_for_a_contact`.
    ListCompaniesForAContact,
    /// `POST /contacts/{id}/companies` (`attachContactToACompany`): `Client::attach_contact_to_a_company`.
    AttachContactToACompany,
    /// `DELETE /contacts/{contact_id}/companies/{id}` (`detachContactFromACompany`): `Client::detach_contact_from_a_company`.
    DetachContactFromACompany,
    /// `PUT /companies/bulk` (`BulkUpdateCompanies`): `Client::bulk_update_companies`.
    BulkUpdateCompanies,
    /// `POST /companies/bulk` (`BulkCreateCompanies`): `Client::bulk_create_companies`.
    BulkCreateCompanies,
    /// `POST /companies/bulk/delete` (`BulkDeleteCompanies`): `Client::bulk_delete_companies`.
    BulkDeleteCompanies,
    /// `GET /companies/bulk/{id}` (`ShowBulkCompaniesJob`): `Client::show_bulk_companies_job`.
    ShowBulkCompaniesJob,
    /// `GET /contacts/{id}/notes` (`listNotes`): `Client::list_notes`.
    ListNotes,
    /// `POST /contacts/{id}/notes` (`createNote`): `Client::create_note`.
    CreateNote,
    /// `GET /contacts/{contact_id}/segments` (`listSegmentsForAContact`): `Client::list_segments_for_a_contact`.
    ListSegmentsForAContact,
    /// `GET /contacts/{contact_id}/subscriptions` (`listSubscriptionsForAContact`): `Client::list_subscriptions_for_a_contact`.
    ListSubscriptionsForAContact,
    /// `POST /contacts/{contact_id}/subscriptions` (`attachSubscriptionTypeToContact`): `Client::attach_subscription_type_to_contact`.
    AttachSubscriptionTypeToContact,
    /// `DELETE /contacts/{contact_id}/subscriptions/{id}` (`detachSubscriptionTypeToContact`): `Client::detach_subscription_type_to_contact`.
    DetachSubscriptionTypeToContact,
    /// `GET /contacts/{contact_id}/tags` (`listTagsForAContact`): `Client::list_tags_for_a_contact`.
    ListTagsForAContact,
    /// `POST /contacts/{contact_id}/tags` (`attachTagToContact`): `Client::attach_tag_to_contact`.
    AttachTagToContact,
    /// `DELETE /contacts/{contact_id}/tags/{id}` (`detachTagFromContact`): `Client::detach_tag_from_contact`.
    DetachTagFromContact,
    /// `GET /contacts/{id}` (`ShowContact`): `Client::show_contact`.
    ShowContact,
    /// `PUT /contacts/{id}` (`UpdateContact`): `Client::update_contact`.
    UpdateContact,
    /// `DELETE /contacts/{id}` (`DeleteContact`): `Client::delete_contact`.
    DeleteContact,
    /// `POST /contacts/merge` (`MergeContact`): `Client::merge_contact`.
    MergeContact,
    /// `POST /contacts/merge/preview` (`PreviewMergeContact`): `Client::preview_merge_contact`.
    PreviewMergeContact,
    /// `POST /contacts/search` (`SearchContacts`): `Client::search_contacts`.
    SearchContacts,
    /// `GET /contacts/activities` (`ListContactActivities`): `Client::list_contact_activities`.
    ListContactActivities,
    /// `GET /contacts` (`ListContacts`): `Client::list_contacts`.
    ListContacts,
    /// `POST /contacts` (`CreateContact`): `Client::create_contact`.
    CreateContact,
    /// `GET /contacts/find_by_external_id/{external_id}` (`ShowContactByExternalId`): `Client::show_contact_by_external_id`.
    ShowContactByExternalId,
    /// `POST /contacts/{id}/archive` (`ArchiveContact`): `Client::archive_contact`.
    ArchiveContact,
    /// `POST /contacts/{id}/unarchive` (`UnarchiveContact`): `Client::unarchive_contact`.
    UnarchiveContact,
    /// `POST /contacts/{id}/block` (`BlockContact`): `Client::block_contact`.
    BlockContact,
    /// `GET /contacts/{id}/merge_history` (`ListContactMergeHistory`): `Client::list_contact_merge_history`.
    ListContactMergeHistory,
    /// `GET /contacts/{id}/banners` (`listContactBanners`): `Client::list_contact_banners`.
    ListContactBanners,
    /// `POST /contacts/{id}/banners/{view_id}/dismiss` (`dismissContactBanner`): `Client::dismiss_contact_banner`.
    DismissContactBanner,
    /// `PUT /contacts/bulk` (`BulkUpdateContacts`): `Client::bulk_update_contacts`.
    BulkUpdateContacts,
    /// `POST /contacts/bulk` (`BulkCreateContacts`): `Client::bulk_create_contacts`.
    BulkCreateContacts,
    /// `POST /contacts/bulk/delete` (`BulkDeleteContacts`): `Client::bulk_delete_contacts`.
    BulkDeleteContacts,
    /// `GET /contacts/bulk/{id}` (`ShowBulkUpdateContactsJob`): `Client::show_bulk_update_contacts_job`.
    ShowBulkUpdateContactsJob,
    /// `POST /content/bulk_actions` (`bulkContentActions`): `Client::bulk_content_actions`.
    BulkContentActions,
    /// `GET /content/search` (`searchContent`): `Client::search_content`.
    SearchContent,
    /// `GET /content_snippets` (`listContentSnippets`): `Client::list_content_snippets`.
    ListContentSnippets,
    /// `POST /content_snippets` (`createContentSnippet`): `Client::create_content_snippet`.
    CreateContentSnippet,
    /// `GET /content_snippets/{id}` (`getContentSnippet`): `Client::get_content_snippet`.
    GetContentSnippet,
    /// `PUT /content_snippets/{id}` (`updateContentSnippet`): `Client::update_content_snippet`.
    UpdateContentSnippet,
    /// `DELETE /content_snippets/{id}` (`deleteContentSnippet`): `Client::delete_content_snippet`.
    DeleteContentSnippet,
    /// `POST /content_snippets/{content_snippet_id}/tags` (`attachTagToContentSnippet`): `Client::attach_tag_to_content_snippet`.
    AttachTagToContentSnippet,
    /// `DELETE /content_snippets/{content_snippet_id}/tags/{id}` (`detachTagFromContentSnippet`): `Client::detach_tag_from_content_snippet`.
    DetachTagFromContentSnippet,
    /// `POST /conversations/{conversation_id}/tags` (`attachTagToConversation`): `Client::attach_tag_to_conversation`.
    AttachTagToConversation,
    /// `DELETE /conversations/{conversation_id}/tags/{id}` (`detachTagFromConversation`): `Client::detach_tag_from_conversation`.
    DetachTagFromConversation,
    /// `GET /conversations` (`listConversations`): `Client::list_conversations`.
    ListConversations,
    /// `POST /conversations` (`createConversation`): `Client::create_conversation`.
    CreateConversation,
    /// `GET /conversations/{id}` (`retrieveConversation`): `Client::retrieve_conversation`.
    RetrieveConversation,
    /// `PUT /conversations/{id}` (`updateConversation`): `Client::update_conversation`.
    UpdateConversation,
    /// `DELETE /conversations/{id}` (`deleteConversation`): `Client::delete_conversation`.
    DeleteConversation,
    /// `POST /conversations/search` (`searchConversations`): `Client::search_conversations`.
    SearchConversations,
    /// `POST /conversations/{id}/reply` (`replyConversation`): `Client::reply_conversation`.
    ReplyConversation,
    /// `POST /conversations/{id}/parts` (`manageConversation`): `Client::manage_conversation`.
    ManageConversation,
    /// `PUT /conversations/{conversation_id}/conversation_parts/{id}` (`updateConversationPart`): `Client::update_conversation_part`.
    UpdateConversationPart,
    /// `POST /conversations/{id}/customers` (`attachContactToConversation`): `Client::attach_contact_to_conversation`.
    AttachContactToConversation,
    /// `DELETE /conversations/{conversation_id}/customers/{contact_id}` (`detachContactFromConversation`): `Client::detach_contact_from_conversation`.
    DetachContactFromConversation,
    /// `GET /conversations/{id}/handling_events` (`listHandlingEvents`): `Client::list_handling_events`.
    ListHandlingEvents,
    /// `GET /conversations/{id}/side_conversations` (`listSideConversations`): `Client::list_side_conversations`.
    ListSideConversations,
    /// `POST /conversations/redact` (`redactConversation`): `Client::redact_conversation`.
    RedactConversation,
    /// `POST /conversations/{id}/merge` (`mergeConversation`): `Client::merge_conversation`.
    MergeConversation,
    /// `POST /conversations/{id}/convert` (`convertConversationToTicket`): `Client::convert_conversation_to_ticket`.
    ConvertConversationToTicket,
    /// `GET /conversations/deleted` (`listDeletedConversationIds`): `Client::list_deleted_conversation_ids`.
    ListDeletedConversationIds,
    /// `GET /conversations/attributes` (`listConversationAttributes`): `Client::list_conversation_attributes`.
    ListConversationAttributes,
    /// `POST /conversations/attributes` (`createConversationAttribute`): `Client::create_conversation_attribute`.
    CreateConversationAttribute,
    /// `GET /conversations/attributes/{id}` (`getConversationAttribute`): `Client::get_conversation_attribute`.
    GetConversationAttribute,
    /// `PUT /conversations/attributes/{id}` (`updateConversationAttribute`): `Client::update_conversation_attribute`.
    UpdateConversationAttribute,
    /// `DELETE /conversations/attributes/{id}` (`deleteConversationAttribute`): `Client::delete_conversation_attribute`.
    DeleteConversationAttribute,
    /// `POST /conversations/attributes/{id}/options` (`createConversationAttributeOption`): `Client::create_conversation_attribute_option`.
    CreateConversationAttributeOption,
    /// `PUT /conversations/attributes/{id}/options/{option_id}` (`updateConversationAttributeOption`): `Client::update_conversation_attribute_option`.
    UpdateConversationAttributeOption,
    /// `DELETE /conversations/attributes/{id}/options/{option_id}` (`deleteConversationAttributeOption`): `Client::delete_conversation_attribute_option`.
    DeleteConversationAttributeOption,
    /// `GET /custom_object_instances/{custom_object_type_identifier}` (`listCustomObjectInstances`): `Client::list_custom_object_instances`.
    ListCustomObjectInstances,
    /// `POST /custom_object_instances/{custom_object_type_identifier}` (`createCustomObjectInstances`): `Client::create_custom_object_instances`.
    CreateCustomObjectInstances,
    /// `DELETE /custom_object_instances/{custom_object_type_identifier}` (`deleteCustomObjectInstancesById`): `Client::delete_custom_object_instances_by_id`.
    DeleteCustomObjectInstancesById,
    /// `GET /custom_object_instances/{custom_object_type_identifier}/{id}` (`getCustomObjectInstancesById`): `Client::get_custom_object_instances_by_id`.
    GetCustomObjectInstancesById,
    /// `DELETE /custom_object_instances/{custom_object_type_identifier}/{id}` (`deleteCustomObjectInstancesByExternalId`): `Client::delete_custom_object_instances_by_external_id`.
    DeleteCustomObjectInstancesByExternalId,
    /// `GET /data_attributes` (`lisDataAttributes`): `Client::lis_data_attributes`.
    LisDataAttributes,
    /// `POST /data_attributes` (`createDataAttribute`): `Client::create_data_attribute`.
    CreateDataAttribute,
    /// `PUT /data_attributes/{id}` (`updateDataAttribute`): `Client::update_data_attribute`.
    UpdateDataAttribute,
    /// `GET /data_connectors` (`listDataConnectors`): `Client::list_data_connectors`.
    ListDataConnectors,
    /// `POST /data_connectors` (`createDataConnector`): `Client::create_data_connector`.
    CreateDataConnector,
    /// `GET /data_connectors/{id}` (`RetrieveDataConnector`): `Client::retrieve_data_connector`.
    RetrieveDataConnector,
    /// `DELETE /data_connectors/{id}` (`deleteDataConnector`): `Client::delete_data_connector`.
    DeleteDataConnector,
    /// `PATCH /data_connectors/{id}` (`updateDataConnector`): `Client::update_data_connector`.
    UpdateDataConnector,
    /// `GET /data_connectors/{data_connector_id}/execution_results` (`listDataConnectorExecutionResults`): `Client::list_data_connector_execution_results`.
    ListDataConnectorExecutionResults,
    /// `GET /data_connectors/{data_connector_id}/execution_results/{id}` (`showDataConnectorExecutionResult`): `Client::show_data_connector_execution_result`.
    ShowDataConnectorExecutionResult,
    /// `POST /ecommerce/connectors/{id}/catalog` (`uploadEcommerceCatalog`): `Client::upload_ecommerce_catalog`.
    UploadEcommerceCatalog,
    /// `GET /events` (`lisDataEvents`): `Client::lis_data_events`.
    LisDataEvents,
    /// `POST /events` (`createDataEvent`): `Client::create_data_event`.
    CreateDataEvent,
    /// `POST /events/summaries` (`dataEventSummaries`): `Client::data_event_summaries`.
    DataEventSummaries,
    /// `POST /export/content/data` (`createDataExport`): `Client::create_data_export`.
    CreateDataExport,
    /// `GET /export/content/data/{job_identifier}` (`getDataExport`): `Client::get_data_export`.
    GetDataExport,
    /// `POST /export/cancel/{job_identifier}` (`cancelDataExport`): `Client::cancel_data_export`.
    CancelDataExport,
    /// `GET /export/workflows/{id}` (`exportWorkflow`): `Client::export_workflow`.
    ExportWorkflow,
    /// `GET /download/content/data/{job_identifier}` (`downloadDataExport`): `Client::download_data_export`.
    DownloadDataExport,
    /// `GET /jobs/status/{id}` (`jobsStatus`): `Client::jobs_status`.
    JobsStatus,
    /// `GET /macros` (`listMacros`): `Client::list_macros`.
    ListMacros,
    /// `GET /macros/{id}` (`getMacro`): `Client::get_macro`.
    GetMacro,
    /// `POST /messages` (`createMessage`): `Client::create_message`.
    CreateMessage,
    /// `GET /messages/status` (`getWhatsAppMessageStatus`): `Client::get_whats_app_message_status`.
    GetWhatsAppMessageStatus,
    /// `GET /messages/whatsapp/status` (`RetrieveWhatsAppMessageStatus`): `Client::retrieve_whats_app_message_status`.
    RetrieveWhatsAppMessageStatus,
    /// `GET /teams/{team_id}/metrics` (`getTeamMetrics`): `Client::get_team_metrics`.
    GetTeamMetrics,
    /// `GET /news/news_items` (`listNewsItems`): `Client::list_news_items`.
    ListNewsItems,
    /// `POST /news/news_items` (`createNewsItem`): `Client::create_news_item`.
    CreateNewsItem,
    /// `GET /news/news_items/{id}` (`retrieveNewsItem`): `Client::retrieve_news_item`.
    RetrieveNewsItem,
    /// `PUT /news/news_items/{id}` (`updateNewsItem`): `Client::update_news_item`.
    UpdateNewsItem,
    /// `DELETE /news/news_items/{id}` (`deleteNewsItem`): `Client::delete_news_item`.
    DeleteNewsItem,
    /// `GET /news/newsfeeds/{id}/items` (`listLiveNewsfeedItems`): `Client::list_live_newsfeed_items`.
    ListLiveNewsfeedItems,
    /// `GET /news/newsfeeds` (`listNewsfeeds`): `Client::list_newsfeeds`.
    ListNewsfeeds,
    /// `GET /news/newsfeeds/{id}` (`retrieveNewsfeed`): `Client::retrieve_newsfeed`.
    RetrieveNewsfeed,
    /// `GET /notes/{id}` (`retrieveNote`): `Client::retrieve_note`.
    RetrieveNote,
    /// `GET /secure_mode_secrets` (`listIdentityVerificationSecrets`): `Client::list_identity_verification_secrets`.
    ListIdentityVerificationSecrets,
    /// `POST /secure_mode_secrets` (`createIdentityVerificationSecret`): `Client::create_identity_verification_secret`.
    CreateIdentityVerificationSecret,
    /// `DELETE /secure_mode_secrets/{id}` (`deleteIdentityVerificationSecret`): `Client::delete_identity_verification_secret`.
    DeleteIdentityVerificationSecret,
    /// `GET /segments` (`listSegments`): `Client::list_segments`.
    ListSegments,
    /// `GET /segments/{id}` (`retrieveSegment`): `Client::retrieve_segment`.
    RetrieveSegment,
    /// `GET /subscription_types` (`listSubscriptionTypes`): `Client::list_subscription_types`.
    ListSubscriptionTypes,
    /// `POST /phone_call_redirects` (`createPhoneSwitch`): `Client::create_phone_switch`.
    CreatePhoneSwitch,
    /// `GET /calls` (`listCalls`): `Client::list_calls`.
    ListCalls,
    /// `GET /calls/{id}` (`showCall`): `Client::show_call`.
    ShowCall,
    /// `GET /calls/{id}/recording` (`showCallRecording`): `Client::show_call_recording`.
    ShowCallRecording,
    /// `GET /calls/{id}/transcript` (`showCallTranscript`): `Client::show_call_transcript`.
    ShowCallTranscript,
    /// `POST /calls/search` (`listCallsWithTranscripts`): `Client::list_calls_with_transcripts`.
    ListCallsWithTranscripts,
    /// `GET /tags` (`listTags`): `Client::list_tags`.
    ListTags,
    /// `POST /tags` (`createTag`): `Client::create_tag`.
    CreateTag,
    /// `GET /tags/{id}` (`findTag`): `Client::find_tag`.
    FindTag,
    /// `DELETE /tags/{id}` (`deleteTag`): `Client::delete_tag`.
    DeleteTag,
    /// `GET /teams` (`listTeams`): `Client::list_teams`.
    ListTeams,
    /// `GET /teams/{id}` (`retrieveTeam`): `Client::retrieve_team`.
    RetrieveTeam,
    /// `PUT /teams/{id}` (`updateTeamMembers`): `Client::update_team_members`.
    UpdateTeamMembers,
    /// `GET /ticket_states` (`listTicketStates`): `Client::list_ticket_states`.
    ListTicketStates,
    /// `POST /ticket_types/{ticket_type_id}/attributes` (`createTicketTypeAttribute`): `Client::create_ticket_type_attribute`.
    CreateTicketTypeAttribute,
    /// `PUT /ticket_types/{ticket_type_id}/attributes/{id}` (`updateTicketTypeAttribute`): `Client::update_ticket_type_attribute`.
    UpdateTicketTypeAttribute,
    /// `GET /ticket_types` (`listTicketTypes`): `Client::list_ticket_types`.
    ListTicketTypes,
    /// `POST /ticket_types` (`createTicketType`): `Client::create_ticket_type`.
    CreateTicketType,
    /// `GET /ticket_types/{id}` (`getTicketType`): `Client::get_ticket_type`.
    GetTicketType,
    /// `PUT /ticket_types/{id}` (`updateTicketType`): `Client::update_ticket_type`.
    UpdateTicketType,
    /// `POST /tickets/{id}/reply` (`replyTicket`): `Client::reply_ticket`.
    ReplyTicket,
    /// `POST /tickets/{ticket_id}/tags` (`attachTagToTicket`): `Client::attach_tag_to_ticket`.
    AttachTagToTicket,
    /// `DELETE /tickets/{ticket_id}/tags/{id}` (`detachTagFromTicket`): `Client::detach_tag_from_ticket`.
    DetachTagFromTicket,
    /// `POST /tickets/{ticket_id}/linked_conversations` (`linkConversationToTicket`): `Client::link_conversation_to_ticket`.
    LinkConversationToTicket,
    /// `DELETE /tickets/{ticket_id}/linked_conversations/{id}` (`unlinkConversationFromTicket`): `Client::unlink_conversation_from_ticket`.
    UnlinkConversationFromTicket,
    /// `POST /tickets` (`createTicket`): `Client::create_ticket`.
    CreateTicket,
    /// `POST /tickets/enqueue` (`enqueueCreateTicket`): `Client::enqueue_create_ticket`.
    EnqueueCreateTicket,
    /// `GET /tickets/{id}` (`getTicket`): `Client::get_ticket`.
    GetTicket,
    /// `PUT /tickets/{id}` (`updateTicket`): `Client::update_ticket`.
    UpdateTicket,
    /// `DELETE /tickets/{id}` (`deleteTicket`): `Client::delete_ticket`.
    DeleteTicket,
    /// `POST /tickets/{ticket_id}/change_type` (`changeTicketType`): `Client::change_ticket_type`.
    ChangeTicketType,
    /// `POST /tickets/search` (`searchTickets`): `Client::search_tickets`.
    SearchTickets,
    /// `GET /visitors` (`retrieveVisitorWithUserId`): `Client::retrieve_visitor_with_user_id`.
    RetrieveVisitorWithUserId,
    /// `PUT /visitors` (`updateVisitor`): `Client::update_visitor`.
    UpdateVisitor,
    /// `POST /visitors/convert` (`convertVisitor`): `Client::convert_visitor`.
    ConvertVisitor,
    /// `GET /brands` (`listBrands`): `Client::list_brands`.
    ListBrands,
    /// `GET /brands/{id}` (`retrieveBrand`): `Client::retrieve_brand`.
    RetrieveBrand,
    /// `GET /emails` (`listEmails`): `Client::list_emails`.
    ListEmails,
    /// `GET /emails/{id}` (`retrieveEmail`): `Client::retrieve_email`.
    RetrieveEmail,
    /// `POST /fin_voice/register` (`registerFinVoiceCall`): `Client::register_fin_voice_call`.
    RegisterFinVoiceCall,
    /// `GET /fin_voice/collect/{id}` (`collectFinVoiceCallById`): `Client::collect_fin_voice_call_by_id`.
    CollectFinVoiceCallById,
    /// `GET /fin_voice/external_id/{external_id}` (`collectFinVoiceCallByExternalId`): `Client::collect_fin_voice_call_by_external_id`.
    CollectFinVoiceCallByExternalId,
    /// `GET /fin_voice/phone_number/{phone_number}` (`collectFinVoiceCallByPhoneNumber`): `Client::collect_fin_voice_call_by_phone_number`.
    CollectFinVoiceCallByPhoneNumber,
    /// `GET /fin_voice/conversation/{conversation_id}` (`collectFinVoiceCallsByConversationId`): `Client::collect_fin_voice_calls_by_conversation_id`.
    CollectFinVoiceCallsByConversationId,
    /// `POST /fin/capabilities` (`listFinCapabilities`): `Client::list_fin_capabilities`.
    ListFinCapabilities,
    /// `POST /fin/ask` (`askFin`): `Client::ask_fin`.
    AskFin,
    /// `POST /fin/reply` (`replyToFin`): `Client::reply_to_fin`.
    ReplyToFin,
    /// `POST /fin/procedures/{procedure_id}/run` (`runFinProcedure`): `Client::run_fin_procedure`.
    RunFinProcedure,
    /// `POST /fin/escalate` (`escalateFinConversation`): `Client::escalate_fin_conversation`.
    EscalateFinConversation,
    /// `POST /fin/csat` (`submitFinCsat`): `Client::submit_fin_csat`.
    SubmitFinCsat,
    /// `POST /fin/start` (`startFinConversation`): `Client::start_fin_conversation`.
    StartFinConversation,
    /// `POST /procedures/{conversation_id}/collect_agent_input` (`collectProcedureAgentInput`): `Client::collect_procedure_agent_input`.
    CollectProcedureAgentInput,
    /// `GET /visitors/{id}` (`retrieveVisitor`): `Client::retrieve_visitor`.
    RetrieveVisitor,
    /// `DELETE /visitors/{id}` (`deleteVisitor`): `Client::delete_visitor`.
    DeleteVisitor,
}

/// One row per operation, in the order of [`Operation`]'s variants.
pub(super) const OPERATIONS: &[OperationInfo] = &[
    OperationInfo {
        operation: Operation::IdentifyAdmin,
        id: "identifyAdmin",
        method: "GET",
        path: "/me",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"app":{"created_at":1701388800,"id_code":"k7t2qz9x","identity_verification":true,"name":"Northwind Cycles","region":"EU","timezone":"Europe/Dublin","type":"app"},"avatar":{"image_url":"https://static.example.com/avatars/maeve.png","type":"avatar"},"away_mode_enabled":false,"away_mode_reassign":false,"email":"maeve.donnelly@example.com","email_verified":true,"has_inbox_seat":true,"id":"7301942","job_title":"Support Lead","name":"Maeve Donnelly","team_ids":[88412],"type":"admin"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::SetAwayAdmin,
        id: "setAwayAdmin",
        method: "PUT",
        path: "/admins/{id}/away",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"away_mode_enabled":true,"away_mode_reassign":true,"away_status_reason_id":4102,"email":"maeve.donnelly@example.com","has_inbox_seat":true,"id":"7301942","job_title":"Support Lead","name":"Maeve Donnelly","team_ids":[88412],"type":"admin"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ListActivityLogs,
        id: "listActivityLogs",
        method: "GET",
        path: "/admins/activity_logs",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"activity_logs":[{"activity_description":"Maeve Donnelly set themselves away (Lunch break).","activity_type":"admin_away_mode_change","created_at":1764590400,"id":"9b1f6c2e-3a47-4d85-b0e1-6f2a9c4d7e10","metadata":{"auto_changed":"false","away_mode":true,"away_status_reason":"🥪 Lunch break","reassign_conversations":true,"source":"admin update from web - Admin id: 7301942","update_by":7301942,"update_by_name":"Maeve Donnelly"},"performed_by":{"email":"maeve.donnelly@example.com","id":"7301942","ip":"203.0.113.24","type":"admin"}},{"activity_description":"Tomas Novak signed in.","activity_type":"admin_login_success","created_at":1764576000,"id":"4c0d8e1a-9f26-4b73-a5c8-1e7b3d92f604","metadata":{"sign_in_method":"email_password"},"performed_by":{"email":"tomas.novak@example.com","id":"7301955","ip":"198.51.100.7","type":"admin"}}],"pages":{"page":1,"per_page":20,"total_pages":1,"type":"pages"},"type":"activity_log.list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::SearchActivityLogs,
        id: "searchActivityLogs",
        method: "POST",
        path: "/admins/activity_logs/search",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"activity_logs":[{"activity_description":"Tomas Novak signed in.","activity_type":"admin_login_success","created_at":1764576000,"id":"4c0d8e1a-9f26-4b73-a5c8-1e7b3d92f604","metadata":{"sign_in_method":"email_password"},"performed_by":{"email":"tomas.novak@example.com","id":"7301955","ip":"198.51.100.7","type":"admin"}}],"pages":{"page":1,"per_page":50,"total_pages":1,"type":"pages"},"type":"activity_log.list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ListActivityLogEventTypes,
        id: "listActivityLogEventTypes",
        method: "GET",
        path: "/admins/activity_log_event_types",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"event_types":["admin_away_mode_change","admin_login_failure","admin_login_success","admin_logout","app_name_change","app_team_membership_modification"],"type":"activity_log_event_type.list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ListAdmins,
        id: "listAdmins",
        method: "GET",
        path: "/admins",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"admins":[{"avatar":"https://static.example.com/avatars/maeve.png","away_mode_enabled":false,"away_mode_reassign":false,"away_status_reason_id":null,"email":"maeve.donnelly@example.com","has_inbox_seat":true,"id":"7301942","job_title":"Support Lead","name":"Maeve Donnelly","team_ids":[88412],"type":"admin"},{"avatar":null,"away_mode_enabled":true,"away_mode_reassign":true,"away_status_reason_id":4102,"email":"tomas.novak@example.com","has_inbox_seat":true,"id":"7301955","job_title":"Billing Specialist","name":"Tomas Novak","team_ids":[88412,88419],"type":"admin"},{"avatar":"https://static.example.com/avatars/ana.png","away_mode_enabled":false,"away_mode_reassign":false,"away_status_reason_id":null,"email":"ana.ruiz@example.com","has_inbox_seat":false,"id":"7301968","name":"Ana Ruiz","team_ids":[88419],"type":"admin"}],"type":"admin.list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::RetrieveAdmin,
        id: "retrieveAdmin",
        method: "GET",
        path: "/admins/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"away_mode_enabled":true,"away_mode_reassign":true,"away_status_reason_id":4102,"email":"tomas.novak@example.com","has_inbox_seat":true,"id":"7301955","job_title":"Billing Specialist","name":"Tomas Novak","role":{"id":"12","name":"Support agent","type":"role"},"team_ids":[88412,88419],"type":"admin"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ListContentImportSources,
        id: "listContentImportSources",
        method: "GET",
        path: "/ai/content_import_sources",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"audience_ids":[3391],"created_at":1764547200,"id":2207,"last_synced_at":1767864000,"status":"active","sync_behavior":"api","type":"content_import_source","updated_at":1767864000,"url":"https://partners.example.org/kb"},{"audience_ids":[],"created_at":1765000000,"id":2211,"last_synced_at":1766000000,"status":"deactivated","sync_behavior":"automatic","type":"content_import_source","updated_at":1766500000,"url":"https://docs.example.org/"}],"pages":{"page":1,"per_page":50,"total_pages":1,"type":"pages"},"total_count":2,"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::CreateContentImportSource,
        id: "createContentImportSource",
        method: "POST",
        path: "/ai/content_import_sources",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"audience_ids":[3391],"created_at":1764547200,"id":2207,"last_synced_at":1764547200,"status":"active","sync_behavior":"api","type":"content_import_source","updated_at":1764547200,"url":"https://partners.example.org/kb"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::GetContentImportSource,
        id: "getContentImportSource",
        method: "GET",
        path: "/ai/content_import_sources/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"audience_ids":[3391],"created_at":1764547200,"id":2207,"last_synced_at":1767864000,"status":"active","sync_behavior":"api","type":"content_import_source","updated_at":1767864000,"url":"https://partners.example.org/kb"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::UpdateContentImportSource,
        id: "updateContentImportSource",
        method: "PUT",
        path: "/ai/content_import_sources/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"audience_ids":[3391,3402],"created_at":1764547200,"id":2207,"last_synced_at":1767864000,"status":"deactivated","sync_behavior":"api","type":"content_import_source","updated_at":1767967200,"url":"https://partners.example.org/kb"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::DeleteContentImportSource,
        id: "deleteContentImportSource",
        method: "DELETE",
        path: "/ai/content_import_sources/{id}",
        status: 204,
        default: DefaultAnswer::Empty,
    },
    OperationInfo {
        operation: Operation::ListExternalPages,
        id: "listExternalPages",
        method: "GET",
        path: "/ai/external_pages",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"ai_agent_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"created_at":1767000000,"external_id":"kb-1182","fin_availability":true,"html":"<h1>Warranty claims</h1><p>Carbon frames carry a five year warranty.</p>","id":"8830","last_ingested_at":1767864060,"locale":"en","source_id":2207,"title":"Warranty claims for carbon frames","type":"external_page","updated_at":1767864000,"url":"https://partners.example.org/kb/warranty-carbon"}],"pages":{"page":1,"per_page":50,"total_pages":1,"type":"pages"},"total_count":1,"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::CreateExternalPage,
        id: "createExternalPage",
        method: "POST",
        path: "/ai/external_pages",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"ai_agent_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"created_at":1767000000,"external_id":"kb-1182","fin_availability":true,"html":"<h1>Warranty claims</h1><p>Carbon frames carry a five year warranty.</p>","id":"8830","last_ingested_at":1767000060,"locale":"en","source_id":2207,"title":"Warranty claims for carbon frames","type":"external_page","updated_at":1767000000,"url":"https://partners.example.org/kb/warranty-carbon"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::GetExternalPage,
        id: "getExternalPage",
        method: "GET",
        path: "/ai/external_pages/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"ai_agent_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"created_at":1767000000,"external_id":"kb-1182","fin_availability":true,"html":"<h1>Warranty claims</h1><p>Carbon frames carry a five year warranty.</p>","id":"8830","last_ingested_at":1767864060,"locale":"en","source_id":2207,"title":"Warranty claims for carbon frames","type":"external_page","updated_at":1767864000,"url":"https://partners.example.org/kb/warranty-carbon"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::UpdateExternalPage,
        id: "updateExternalPage",
        method: "PUT",
        path: "/ai/external_pages/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"ai_agent_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"created_at":1767000000,"external_id":"kb-1182","fin_availability":false,"html":"<h1>Warranty claims</h1><p>Carbon frames carry a six year warranty from 2026.</p>","id":"8830","last_ingested_at":1767970860,"locale":"en","source_id":2207,"title":"Warranty claims for carbon frames","type":"external_page","updated_at":1767970800,"url":"https://partners.example.org/kb/warranty-carbon"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::DeleteExternalPage,
        id: "deleteExternalPage",
        method: "DELETE",
        path: "/ai/external_pages/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"ai_agent_availability":false,"ai_copilot_availability":false,"ai_sales_agent_availability":false,"created_at":1767000000,"external_id":"kb-1182","fin_availability":false,"html":"","id":"8830","last_ingested_at":1767970860,"locale":"en","source_id":2207,"title":"Warranty claims for carbon frames","type":"external_page","updated_at":1767974400,"url":"https://partners.example.org/kb/warranty-carbon"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ListArticles,
        id: "listArticles",
        method: "GET",
        path: "/articles",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"author_id":7301942,"body":"<p>Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.</p><h2>Centre the caliper</h2><p>Loosen both bolts, squeeze the lever and retighten to 6 Nm.</p>","body_markdown":"Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.\n\n## Centre the caliper\n\nLoosen both bolts, squeeze the lever and retighten to 6 Nm.","created_at":1788004800,"created_by_id":7301942,"default_locale":"en","description":"Fix squealing or weak hydraulic disc brakes in ten minutes.","draft_updated_at":null,"exclude_from_article_suggestions":false,"folder_id":512,"has_unpublished_changes":false,"help_center_audience":"everyone","id":"9120451","parent_ids":[4417288],"scheduled_publish_at":null,"scheduled_unpublish_at":null,"state":"published","tags":{"tags":[{"id":"730152","name":"brakes","type":"tag"}],"type":"tag.list"},"title":"Adjusting your disc brakes","translated_content":{"en":{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301942,"body":"<p>Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.</p><h2>Centre the caliper</h2><p>Loosen both bolts, squeeze the lever and retighten to 6 Nm.</p>","body_markdown":"Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.\n\n## Centre the caliper\n\nLoosen both bolts, squeeze the lever and retighten to 6 Nm.","created_at":1788004800,"created_by_id":7301942,"description":"Fix squealing or weak hydraulic disc brakes in ten minutes.","draft_updated_at":null,"has_unpublished_changes":false,"state":"published","title":"Adjusting your disc brakes","type":"article_content","updated_at":1795516200,"updated_by_id":7301955,"url":"https://help.northwindcycles.example.com/en/articles/9120451-adjusting-your-disc-brakes"},"fr":{"ai_chatbot_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301942,"body":"<p>Un grincement ou un freinage faible indique souvent des plaquettes à roder ou un étrier mal centré.</p>","body_markdown":null,"created_at":1789300800,"created_by_id":7301942,"description":"Corriger des freins à disque hydrauliques qui grincent.","draft_updated_at":null,"has_unpublished_changes":false,"state":"draft","title":"Régler vos freins à disque","type":"article_content","updated_at":1789300800,"updated_by_id":7301942,"url":"https://help.northwindcycles.example.com/fr/articles/9120451-regler-vos-freins-a-disque"},"type":"article_translated_content"},"type":"article","updated_at":1795516200,"updated_by_id":7301955,"url":"https://help.northwindcycles.example.com/en/articles/9120451-adjusting-your-disc-brakes","workspace_id":"k7t2qz9x"},{"ai_chatbot_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"author_id":7301955,"body":"<p>Start from the range printed on the tyre wall.</p>","body_markdown":null,"created_at":1795000000,"created_by_id":7301955,"default_locale":"en","description":"Pressure ranges for road, gravel and cargo bikes.","draft_updated_at":null,"exclude_from_article_suggestions":false,"folder_id":null,"has_unpublished_changes":false,"help_center_audience":"everyone","id":"9120478","parent_ids":[],"scheduled_publish_at":null,"scheduled_unpublish_at":null,"state":"draft","tags":{"tags":[],"type":"tag.list"},"title":"Choosing a tyre pressure","translated_content":null,"type":"article","updated_at":1795430000,"updated_by_id":7301955,"url":null,"workspace_id":"k7t2qz9x"}],"pages":{"page":1,"per_page":2,"total_pages":1,"type":"pages"},"total_count":2,"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::CreateArticle,
        id: "createArticle",
        method: "POST",
        path: "/articles",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"author_id":7301942,"body":"<p>A full charge takes about four hours with the supplied charger.</p>","body_markdown":"A full charge takes about four hours with the supplied charger.","created_at":1795700000,"created_by_id":7301942,"default_locale":"en","description":"How long a full charge takes and how to store the battery.","draft_updated_at":null,"exclude_from_article_suggestions":false,"folder_id":512,"has_unpublished_changes":false,"help_center_audience":"everyone","id":"9120502","parent_ids":[4417203],"scheduled_publish_at":null,"scheduled_unpublish_at":null,"state":"draft","statistics":{"conversions":0,"fin_involvements":0,"fin_resolution_rate":0.0,"fin_resolutions":0,"happy_reaction_percentage":0.0,"neutral_reaction_percentage":0.0,"reactions":0,"sad_reaction_percentage":0.0,"type":"article_statistics","views":0},"tags":{"tags":[],"type":"tag.list"},"title":"Charging your e-bike battery","translated_content":null,"type":"article","updated_at":1795700000,"updated_by_id":7301942,"url":null,"workspace_id":"k7t2qz9x"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::RetrieveArticle,
        id: "retrieveArticle",
        method: "GET",
        path: "/articles/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"author_id":7301942,"body":"<p>Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.</p><h2>Centre the caliper</h2><p>Loosen both bolts, squeeze the lever and retighten to 6 Nm.</p>","body_markdown":"Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.\n\n## Centre the caliper\n\nLoosen both bolts, squeeze the lever and retighten to 6 Nm.","created_at":1788004800,"created_by_id":7301942,"default_locale":"en","description":"Fix squealing or weak hydraulic disc brakes in ten minutes.","draft_updated_at":null,"exclude_from_article_suggestions":false,"folder_id":512,"has_unpublished_changes":false,"help_center_audience":"everyone","id":"9120451","parent_ids":[4417288],"scheduled_publish_at":null,"scheduled_unpublish_at":null,"state":"published","statistics":{"conversions":37,"fin_involvements":640,"fin_resolution_rate":64.4,"fin_resolutions":412,"happy_reaction_percentage":71.2,"neutral_reaction_percentage":19.5,"reactions":226,"sad_reaction_percentage":9.3,"type":"article_statistics","views":4812},"tags":{"tags":[{"id":"730152","name":"brakes","type":"tag"}],"type":"tag.list"},"title":"Adjusting your disc brakes","translated_content":{"en":{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301942,"body":"<p>Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.</p><h2>Centre the caliper</h2><p>Loosen both bolts, squeeze the lever and retighten to 6 Nm.</p>","body_markdown":"Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.\n\n## Centre the caliper\n\nLoosen both bolts, squeeze the lever and retighten to 6 Nm.","created_at":1788004800,"created_by_id":7301942,"description":"Fix squealing or weak hydraulic disc brakes in ten minutes.","draft_updated_at":null,"has_unpublished_changes":false,"state":"published","title":"Adjusting your disc brakes","type":"article_content","updated_at":1795516200,"updated_by_id":7301955,"url":"https://help.northwindcycles.example.com/en/articles/9120451-adjusting-your-disc-brakes"},"fr":{"ai_chatbot_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301942,"body":"<p>Un grincement ou un freinage faible indique souvent des plaquettes à roder ou un étrier mal centré.</p>","body_markdown":null,"created_at":1789300800,"created_by_id":7301942,"description":"Corriger des freins à disque hydrauliques qui grincent.","draft_updated_at":null,"has_unpublished_changes":false,"state":"draft","title":"Régler vos freins à disque","type":"article_content","updated_at":1789300800,"updated_by_id":7301942,"url":"https://help.northwindcycles.example.com/fr/articles/9120451-regler-vos-freins-a-disque"},"type":"article_translated_content"},"type":"article","updated_at":1795516200,"updated_by_id":7301955,"url":"https://help.northwindcycles.example.com/en/articles/9120451-adjusting-your-disc-brakes","workspace_id":"k7t2qz9x"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::UpdateArticle,
        id: "updateArticle",
        method: "PUT",
        path: "/articles/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"author_id":7301942,"body":"<p>Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.</p><h2>Centre the caliper</h2><p>Loosen both bolts, squeeze the lever and retighten to 6 Nm.</p>","body_markdown":"Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.\n\n## Centre the caliper\n\nLoosen both bolts, squeeze the lever and retighten to 6 Nm.","created_at":1788004800,"created_by_id":7301942,"default_locale":"en","description":"Fix squealing or weak hydraulic disc brakes in ten minutes.","draft_updated_at":null,"exclude_from_article_suggestions":false,"folder_id":512,"has_unpublished_changes":false,"help_center_audience":"everyone","id":"9120451","parent_ids":[4417288],"scheduled_publish_at":null,"scheduled_unpublish_at":1806534000,"state":"published","statistics":{"conversions":37,"fin_involvements":640,"fin_resolution_rate":64.4,"fin_resolutions":412,"happy_reaction_percentage":71.2,"neutral_reaction_percentage":19.5,"reactions":226,"sad_reaction_percentage":9.3,"type":"article_statistics","views":4812},"tags":{"tags":[{"id":"730152","name":"brakes","type":"tag"}],"type":"tag.list"},"title":"Adjusting your hydraulic disc brakes","translated_content":{"en":{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301942,"body":"<p>Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.</p><h2>Centre the caliper</h2><p>Loosen both bolts, squeeze the lever and retighten to 6 Nm.</p>","body_markdown":"Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.\n\n## Centre the caliper\n\nLoosen both bolts, squeeze the lever and retighten to 6 Nm.","created_at":1788004800,"created_by_id":7301942,"description":"Fix squealing or weak hydraulic disc brakes in ten minutes.","draft_updated_at":null,"has_unpublished_changes":false,"state":"published","title":"Adjusting your disc brakes","type":"article_content","updated_at":1795516200,"updated_by_id":7301955,"url":"https://help.northwindcycles.example.com/en/articles/9120451-adjusting-your-disc-brakes"},"fr":{"ai_chatbot_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301942,"body":"<p>Un grincement ou un freinage faible indique souvent des plaquettes à roder ou un étrier mal centré.</p>","body_markdown":null,"created_at":1789300800,"created_by_id":7301942,"description":"Corriger des freins à disque hydrauliques qui grincent.","draft_updated_at":null,"has_unpublished_changes":false,"state":"draft","title":"Régler vos freins à disque","type":"article_content","updated_at":1789300800,"updated_by_id":7301942,"url":"https://help.northwindcycles.example.com/fr/articles/9120451-regler-vos-freins-a-disque"},"type":"article_translated_content"},"type":"article","updated_at":1795703000,"updated_by_id":7301955,"url":"https://help.northwindcycles.example.com/en/articles/9120451-adjusting-your-disc-brakes","workspace_id":"k7t2qz9x"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::DeleteArticle,
        id: "deleteArticle",
        method: "DELETE",
        path: "/articles/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"deleted":true,"id":"9120451","object":"article"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::RetrieveArticleDraft,
        id: "retrieveArticleDraft",
        method: "GET",
        path: "/articles/{id}/draft",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"author_id":7301942,"body":"<p>Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.</p><h2>Centre the caliper</h2><p>Loosen both bolts, squeeze the lever and retighten to 6 Nm.</p>","body_markdown":"Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.\n\n## Centre the caliper\n\nLoosen both bolts, squeeze the lever and retighten to 6 Nm.","created_at":1788004800,"created_by_id":7301942,"default_locale":"en","description":"Fix squealing or weak hydraulic disc brakes in ten minutes.","draft_updated_at":1795602600,"exclude_from_article_suggestions":false,"folder_id":512,"has_unpublished_changes":true,"help_center_audience":"everyone","id":"9120451","parent_ids":[4417288],"scheduled_publish_at":null,"scheduled_unpublish_at":null,"state":"published","statistics":{"conversions":37,"fin_involvements":640,"fin_resolution_rate":64.4,"fin_resolutions":412,"happy_reaction_percentage":71.2,"neutral_reaction_percentage":19.5,"reactions":226,"sad_reaction_percentage":9.3,"type":"article_statistics","views":4812},"tags":{"tags":[{"id":"730152","name":"brakes","type":"tag"}],"type":"tag.list"},"title":"Adjusting and bleeding your disc brakes","translated_content":{"en":{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301942,"body":"<p>Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.</p><h2>Centre the caliper</h2><p>Loosen both bolts, squeeze the lever and retighten to 6 Nm.</p>","body_markdown":"Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.\n\n## Centre the caliper\n\nLoosen both bolts, squeeze the lever and retighten to 6 Nm.","created_at":1788004800,"created_by_id":7301942,"description":"Fix squealing or weak hydraulic disc brakes in ten minutes.","draft_updated_at":1795602600,"has_unpublished_changes":true,"state":"published","title":"Adjusting and bleeding your disc brakes","type":"article_content","updated_at":1795516200,"updated_by_id":7301955,"url":"https://help.northwindcycles.example.com/en/articles/9120451-adjusting-your-disc-brakes"},"fr":{"ai_chatbot_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301942,"body":"<p>Un grincement ou un freinage faible indique souvent des plaquettes à roder ou un étrier mal centré.</p>","body_markdown":null,"created_at":1789300800,"created_by_id":7301942,"description":"Corriger des freins à disque hydrauliques qui grincent.","draft_updated_at":null,"has_unpublished_changes":false,"state":"draft","title":"Régler vos freins à disque","type":"article_content","updated_at":1789300800,"updated_by_id":7301942,"url":"https://help.northwindcycles.example.com/fr/articles/9120451-regler-vos-freins-a-disque"},"type":"article_translated_content"},"type":"article","updated_at":1795516200,"updated_by_id":7301955,"url":"https://help.northwindcycles.example.com/en/articles/9120451-adjusting-your-disc-brakes","workspace_id":"k7t2qz9x"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::StageArticleDraft,
        id: "stageArticleDraft",
        method: "PUT",
        path: "/articles/{id}/draft",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"author_id":7301942,"body":"<p>Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.</p><h2>Centre the caliper</h2><p>Loosen both bolts, squeeze the lever and retighten to 6 Nm.</p>","body_markdown":"Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.\n\n## Centre the caliper\n\nLoosen both bolts, squeeze the lever and retighten to 6 Nm.","created_at":1788004800,"created_by_id":7301942,"default_locale":"en","description":"Fix squealing or weak hydraulic disc brakes in ten minutes.","draft_updated_at":1795602600,"exclude_from_article_suggestions":false,"folder_id":512,"has_unpublished_changes":true,"help_center_audience":"everyone","id":"9120451","parent_ids":[4417288],"scheduled_publish_at":null,"scheduled_unpublish_at":null,"state":"published","statistics":{"conversions":37,"fin_involvements":640,"fin_resolution_rate":64.4,"fin_resolutions":412,"happy_reaction_percentage":71.2,"neutral_reaction_percentage":19.5,"reactions":226,"sad_reaction_percentage":9.3,"type":"article_statistics","views":4812},"tags":{"tags":[{"id":"730152","name":"brakes","type":"tag"}],"type":"tag.list"},"title":"Adjusting and bleeding your disc brakes","translated_content":{"en":{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301942,"body":"<p>Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.</p><h2>Centre the caliper</h2><p>Loosen both bolts, squeeze the lever and retighten to 6 Nm.</p>","body_markdown":"Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.\n\n## Centre the caliper\n\nLoosen both bolts, squeeze the lever and retighten to 6 Nm.","created_at":1788004800,"created_by_id":7301942,"description":"Fix squealing or weak hydraulic disc brakes in ten minutes.","draft_updated_at":1795602600,"has_unpublished_changes":true,"state":"published","title":"Adjusting and bleeding your disc brakes","type":"article_content","updated_at":1795516200,"updated_by_id":7301955,"url":"https://help.northwindcycles.example.com/en/articles/9120451-adjusting-your-disc-brakes"},"fr":{"ai_chatbot_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301942,"body":"<p>Un grincement ou un freinage faible indique souvent des plaquettes à roder ou un étrier mal centré.</p>","body_markdown":null,"created_at":1789300800,"created_by_id":7301942,"description":"Corriger des freins à disque hydrauliques qui grincent.","draft_updated_at":null,"has_unpublished_changes":false,"state":"draft","title":"Régler vos freins à disque","type":"article_content","updated_at":1789300800,"updated_by_id":7301942,"url":"https://help.northwindcycles.example.com/fr/articles/9120451-regler-vos-freins-a-disque"},"type":"article_translated_content"},"type":"article","updated_at":1795516200,"updated_by_id":7301955,"url":"https://help.northwindcycles.example.com/en/articles/9120451-adjusting-your-disc-brakes","workspace_id":"k7t2qz9x"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::PublishArticleDraft,
        id: "publishArticleDraft",
        method: "POST",
        path: "/articles/{id}/draft/publish",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"author_id":7301942,"body":"<p>Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.</p><h2>Centre the caliper</h2><p>Loosen both bolts, squeeze the lever and retighten to 6 Nm.</p>","body_markdown":"Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.\n\n## Centre the caliper\n\nLoosen both bolts, squeeze the lever and retighten to 6 Nm.","created_at":1788004800,"created_by_id":7301942,"default_locale":"en","description":"Fix squealing or weak hydraulic disc brakes in ten minutes.","draft_updated_at":null,"exclude_from_article_suggestions":false,"folder_id":512,"has_unpublished_changes":false,"help_center_audience":"everyone","id":"9120451","parent_ids":[4417288],"scheduled_publish_at":null,"scheduled_unpublish_at":null,"state":"published","statistics":{"conversions":37,"fin_involvements":640,"fin_resolution_rate":64.4,"fin_resolutions":412,"happy_reaction_percentage":71.2,"neutral_reaction_percentage":19.5,"reactions":226,"sad_reaction_percentage":9.3,"type":"article_statistics","views":4812},"tags":{"tags":[{"id":"730152","name":"brakes","type":"tag"}],"type":"tag.list"},"title":"Adjusting and bleeding your disc brakes","translated_content":{"en":{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301942,"body":"<p>Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.</p><h2>Centre the caliper</h2><p>Loosen both bolts, squeeze the lever and retighten to 6 Nm.</p>","body_markdown":"Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.\n\n## Centre the caliper\n\nLoosen both bolts, squeeze the lever and retighten to 6 Nm.","created_at":1788004800,"created_by_id":7301942,"description":"Fix squealing or weak hydraulic disc brakes in ten minutes.","draft_updated_at":null,"has_unpublished_changes":false,"state":"published","title":"Adjusting and bleeding your disc brakes","type":"article_content","updated_at":1795689000,"updated_by_id":7301955,"url":"https://help.northwindcycles.example.com/en/articles/9120451-adjusting-your-disc-brakes"},"fr":{"ai_chatbot_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301942,"body":"<p>Un grincement ou un freinage faible indique souvent des plaquettes à roder ou un étrier mal centré.</p>","body_markdown":null,"created_at":1789300800,"created_by_id":7301942,"description":"Corriger des freins à disque hydrauliques qui grincent.","draft_updated_at":null,"has_unpublished_changes":false,"state":"draft","title":"Régler vos freins à disque","type":"article_content","updated_at":1789300800,"updated_by_id":7301942,"url":"https://help.northwindcycles.example.com/fr/articles/9120451-regler-vos-freins-a-disque"},"type":"article_translated_content"},"type":"article","updated_at":1795689000,"updated_by_id":7301955,"url":"https://help.northwindcycles.example.com/en/articles/9120451-adjusting-your-disc-brakes","workspace_id":"k7t2qz9x"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ListArticleVersions,
        id: "listArticleVersions",
        method: "GET",
        path: "/articles/{article_id}/versions",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"article_id":"9120451","author_id":"7301942","created_at":1795516200,"created_by_id":"7301955","created_via":"web","from_version_id":"55288","id":"55301","state":"published","title":"Adjusting your disc brakes","type":"article_version"},{"article_id":"9120451","author_id":"7301942","created_at":1788004800,"created_by_id":"7301942","created_via":"api","from_version_id":null,"id":"55288","state":"draft","title":"Adjusting disc brakes","type":"article_version"}],"pages":{"page":1,"per_page":25,"total_pages":1,"type":"pages"},"total_count":2,"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::RetrieveArticleVersion,
        id: "retrieveArticleVersion",
        method: "GET",
        path: "/articles/{article_id}/versions/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"article_id":"9120451","author_id":"7301942","body":"<p>Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.</p><h2>Centre the caliper</h2><p>Loosen both bolts, squeeze the lever and retighten to 6 Nm.</p>","body_markdown":"Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.\n\n## Centre the caliper\n\nLoosen both bolts, squeeze the lever and retighten to 6 Nm.","created_at":1795516200,"created_by_id":"7301955","created_via":"web","from_version_id":"55288","id":"55301","state":"published","title":"Adjusting your disc brakes","type":"article_version","updated_at":1795516200}"#,
        ),
    },
    OperationInfo {
        operation: Operation::AttachTagToArticle,
        id: "attachTagToArticle",
        method: "POST",
        path: "/articles/{article_id}/tags",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"applied_at":1795603000,"applied_by":{"id":"7301942","type":"admin"},"id":"730152","name":"brakes","type":"tag"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::DetachTagFromArticle,
        id: "detachTagFromArticle",
        method: "DELETE",
        path: "/articles/{article_id}/tags/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"id":"730152","name":"brakes","type":"tag"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::SearchArticles,
        id: "searchArticles",
        method: "GET",
        path: "/articles/search",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":{"articles":[{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"author_id":7301942,"body":"<p>Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.</p><h2>Centre the caliper</h2><p>Loosen both bolts, squeeze the lever and retighten to 6 Nm.</p>","body_markdown":"Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.\n\n## Centre the caliper\n\nLoosen both bolts, squeeze the lever and retighten to 6 Nm.","created_at":1788004800,"created_by_id":7301942,"default_locale":"en","description":"Fix squealing or weak hydraulic disc brakes in ten minutes.","draft_updated_at":null,"exclude_from_article_suggestions":false,"folder_id":512,"has_unpublished_changes":false,"help_center_audience":"everyone","id":"9120451","parent_ids":[4417288],"scheduled_publish_at":null,"scheduled_unpublish_at":null,"state":"published","statistics":{"conversions":37,"fin_involvements":640,"fin_resolution_rate":64.4,"fin_resolutions":412,"happy_reaction_percentage":71.2,"neutral_reaction_percentage":19.5,"reactions":226,"sad_reaction_percentage":9.3,"type":"article_statistics","views":4812},"tags":{"tags":[{"id":"730152","name":"brakes","type":"tag"}],"type":"tag.list"},"title":"Adjusting your disc brakes","translated_content":{"en":{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301942,"body":"<p>Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.</p><h2>Centre the caliper</h2><p>Loosen both bolts, squeeze the lever and retighten to 6 Nm.</p>","body_markdown":"Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.\n\n## Centre the caliper\n\nLoosen both bolts, squeeze the lever and retighten to 6 Nm.","created_at":1788004800,"created_by_id":7301942,"description":"Fix squealing or weak hydraulic disc brakes in ten minutes.","draft_updated_at":null,"has_unpublished_changes":false,"state":"published","title":"Adjusting your disc brakes","type":"article_content","updated_at":1795516200,"updated_by_id":7301955,"url":"https://help.northwindcycles.example.com/en/articles/9120451-adjusting-your-disc-brakes"},"fr":{"ai_chatbot_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301942,"body":"<p>Un grincement ou un freinage faible indique souvent des plaquettes à roder ou un étrier mal centré.</p>","body_markdown":null,"created_at":1789300800,"created_by_id":7301942,"description":"Corriger des freins à disque hydrauliques qui grincent.","draft_updated_at":null,"has_unpublished_changes":false,"state":"draft","title":"Régler vos freins à disque","type":"article_content","updated_at":1789300800,"updated_by_id":7301942,"url":"https://help.northwindcycles.example.com/fr/articles/9120451-regler-vos-freins-a-disque"},"type":"article_translated_content"},"type":"article","updated_at":1795516200,"updated_by_id":7301955,"url":"https://help.northwindcycles.example.com/en/articles/9120451-adjusting-your-disc-brakes","workspace_id":"k7t2qz9x"}],"highlights":[{"article_id":"9120451","highlighted_summary":[[{"text":"Fix squealing or weak hydraulic ","type":"plain"},{"text":"disc brakes","type":"highlight"},{"text":" in ten minutes.","type":"plain"}]],"highlighted_title":[{"text":"Adjusting your ","type":"plain"},{"text":"disc brakes","type":"highlight"}]}]},"pages":{"page":1,"per_page":10,"total_pages":1,"type":"pages"},"total_count":1,"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ListAwayStatusReasons,
        id: "listAwayStatusReasons",
        method: "GET",
        path: "/away_status_reasons",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"created_at":1730419200,"deleted":false,"emoji":"🥪","id":"4102","label":"Lunch break","order":1,"type":"away_status_reason","updated_at":1730419200},{"created_at":1730419260,"deleted":false,"emoji":"📅","id":"4103","label":"In a meeting","order":2,"type":"away_status_reason","updated_at":1748736000},{"created_at":1725148800,"deleted":true,"emoji":"🎓","id":"4099","label":"Training","order":3,"type":"away_status_reason","updated_at":1751328000}],"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ListAudiences,
        id: "listAudiences",
        method: "GET",
        path: "/audiences",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"created_at":1764547200,"id":"5120","name":"Premium plan customers","predicates":[{"attribute":"custom_attributes.plan","comparison":"eq","type":"string","value":"premium"}],"role_predicates":[{"attribute":"role","comparison":"eq","type":"role","value":"user"}],"type":"audience","updated_at":1767000000}],"page":1,"per_page":50,"total_count":1,"total_pages":1,"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::CreateAudience,
        id: "createAudience",
        method: "POST",
        path: "/audiences",
        status: 201,
        default: DefaultAnswer::Example(
            r#"{"created_at":1764547200,"id":"5120","name":"Premium plan customers","predicates":[{"attribute":"custom_attributes.plan","comparison":"eq","type":"string","value":"premium"}],"role_predicates":[{"attribute":"role","comparison":"eq","type":"role","value":"user"}],"type":"audience","updated_at":1767000000}"#,
        ),
    },
    OperationInfo {
        operation: Operation::RetrieveAudience,
        id: "retrieveAudience",
        method: "GET",
        path: "/audiences/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"created_at":1764547200,"id":"5120","name":"Premium plan customers","predicates":[{"attribute":"custom_attributes.plan","comparison":"eq","type":"string","value":"premium"}],"role_predicates":[{"attribute":"role","comparison":"eq","type":"role","value":"user"}],"type":"audience","updated_at":1767000000}"#,
        ),
    },
    OperationInfo {
        operation: Operation::UpdateAudience,
        id: "updateAudience",
        method: "PUT",
        path: "/audiences/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"created_at":1764547200,"id":"5120","name":"Premium and enterprise customers","predicates":[{"attribute":"custom_attributes.plan","comparison":"in","type":"string","value":"premium,enterprise"}],"role_predicates":[{"attribute":"role","comparison":"eq","type":"role","value":"user"}],"type":"audience","updated_at":1767955200}"#,
        ),
    },
    OperationInfo {
        operation: Operation::DeleteAudience,
        id: "deleteAudience",
        method: "DELETE",
        path: "/audiences/{id}",
        status: 204,
        default: DefaultAnswer::Empty,
    },
    OperationInfo {
        operation: Operation::ListOfficeHoursSchedules,
        id: "listOfficeHoursSchedules",
        method: "GET",
        path: "/office_hours_schedules",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"created_at":1764547200,"id":"301","name":"Berlin support desk","time_intervals":[{"day_of_week":0,"end_minute":1080,"start_minute":540},{"day_of_week":1,"end_minute":2520,"start_minute":1980},{"day_of_week":2,"end_minute":3960,"start_minute":3420}],"time_zone_name":"Europe/Berlin","twenty_four_seven":false,"type":"office_hours_schedule","updated_at":1767000000}],"type":"office_hours_schedule.list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::CreateOfficeHoursSchedule,
        id: "createOfficeHoursSchedule",
        method: "POST",
        path: "/office_hours_schedules",
        status: 201,
        default: DefaultAnswer::Example(
            r#"{"created_at":1764547200,"id":"301","name":"Berlin support desk","time_intervals":[{"day_of_week":0,"end_minute":1080,"start_minute":540},{"day_of_week":1,"end_minute":2520,"start_minute":1980},{"day_of_week":2,"end_minute":3960,"start_minute":3420}],"time_zone_name":"Europe/Berlin","twenty_four_seven":false,"type":"office_hours_schedule","updated_at":1767000000}"#,
        ),
    },
    OperationInfo {
        operation: Operation::GetOfficeHoursSchedule,
        id: "getOfficeHoursSchedule",
        method: "GET",
        path: "/office_hours_schedules/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"created_at":1764547200,"id":"301","name":"Berlin support desk","time_intervals":[{"day_of_week":0,"end_minute":1080,"start_minute":540},{"day_of_week":1,"end_minute":2520,"start_minute":1980},{"day_of_week":2,"end_minute":3960,"start_minute":3420}],"time_zone_name":"Europe/Berlin","twenty_four_seven":false,"type":"office_hours_schedule","updated_at":1767000000}"#,
        ),
    },
    OperationInfo {
        operation: Operation::UpdateOfficeHoursSchedule,
        id: "updateOfficeHoursSchedule",
        method: "PUT",
        path: "/office_hours_schedules/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"created_at":1764547200,"id":"301","name":"Berlin support desk (winter hours)","time_intervals":[{"day_of_week":0,"end_minute":1020,"start_minute":480},{"day_of_week":1,"end_minute":2460,"start_minute":1920}],"time_zone_name":"Europe/Berlin","twenty_four_seven":false,"type":"office_hours_schedule","updated_at":1767955200}"#,
        ),
    },
    OperationInfo {
        operation: Operation::DeleteOfficeHoursSchedule,
        id: "deleteOfficeHoursSchedule",
        method: "DELETE",
        path: "/office_hours_schedules/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"deleted":true,"id":"301","object":"office_hours_schedule"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ListOfficeHoursExceptions,
        id: "listOfficeHoursExceptions",
        method: "GET",
        path: "/office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"created_at":1764633600,"exception_date":"2026-12-24","exception_type":"custom_hours","id":"912","name":"Christmas Eve","office_hours_schedule_id":"301","recurring_annually":true,"time_intervals":[{"day_of_week":3,"end_minute":780,"start_minute":540}],"type":"office_hours_exception","updated_at":1764633600},{"created_at":1764633700,"exception_date":"2026-12-25","exception_type":"closed","id":"913","name":"Christmas Day","office_hours_schedule_id":"301","recurring_annually":true,"time_intervals":null,"type":"office_hours_exception","updated_at":1764633700}],"type":"office_hours_exception.list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::CreateOfficeHoursException,
        id: "createOfficeHoursException",
        method: "POST",
        path: "/office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions",
        status: 201,
        default: DefaultAnswer::Example(
            r#"{"created_at":1764633600,"exception_date":"2026-12-24","exception_type":"custom_hours","id":"912","name":"Christmas Eve","office_hours_schedule_id":"301","recurring_annually":true,"time_intervals":[{"day_of_week":3,"end_minute":780,"start_minute":540}],"type":"office_hours_exception","updated_at":1764633600}"#,
        ),
    },
    OperationInfo {
        operation: Operation::GetOfficeHoursException,
        id: "getOfficeHoursException",
        method: "GET",
        path: "/office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"created_at":1764633700,"exception_date":"2026-12-25","exception_type":"closed","id":"913","name":"Christmas Day","office_hours_schedule_id":"301","recurring_annually":true,"time_intervals":null,"type":"office_hours_exception","updated_at":1764633700}"#,
        ),
    },
    OperationInfo {
        operation: Operation::UpdateOfficeHoursException,
        id: "updateOfficeHoursException",
        method: "PUT",
        path: "/office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"created_at":1764633600,"exception_date":"2026-12-24","exception_type":"closed","id":"912","name":"Christmas Eve","office_hours_schedule_id":"301","recurring_annually":true,"time_intervals":null,"type":"office_hours_exception","updated_at":1767955200}"#,
        ),
    },
    OperationInfo {
        operation: Operation::DeleteOfficeHoursException,
        id: "deleteOfficeHoursException",
        method: "DELETE",
        path: "/office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"deleted":true,"id":"913","object":"office_hours_exception"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::EnqueueReportingDataExport,
        id: "enqueueReportingDataExport",
        method: "POST",
        path: "/export/reporting_data/enqueue",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"download_expires_at":"","download_url":"","job_identifier":"r4q8z1k6m2","status":"pending"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::GetReportingDataExport,
        id: "getReportingDataExport",
        method: "GET",
        path: "/export/reporting_data/{job_identifier}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"download_expires_at":"1768060800","download_url":"https://api.intercom.io/download/reporting_data/r4q8z1k6m2","job_identifier":"r4q8z1k6m2","status":"complete"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ListReportingDatasets,
        id: "listReportingDatasets",
        method: "GET",
        path: "/export/reporting_data/get_datasets",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"attributes":[{"id":"conversation_id","name":"Conversation ID","qualified_id":"conversation.conversation_id"},{"id":"conversation_started_at","name":"Conversation started at","qualified_id":"conversation.conversation_started_at"},{"id":"channel","name":"Channel","qualified_id":"conversation.channel"}],"default_time_attribute_id":"conversation_started_at","description":"One row per conversation with its channel, state and assignment.","id":"conversation","name":"Conversation"}],"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::DownloadReportingDataExport,
        id: "downloadReportingDataExport",
        method: "GET",
        path: "/download/reporting_data/{job_identifier}",
        status: 200,
        default: DefaultAnswer::Unanswered,
    },
    OperationInfo {
        operation: Operation::ListHelpCenterRedirects,
        id: "listHelpCenterRedirects",
        method: "GET",
        path: "/help_center/help_centers/{help_center_id}/redirects",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"created_at":1794900000,"from_url":"https://help.northwindcycles.example.com/en/old/brake-care","help_center_id":"31","id":"2210","locale":"en","target_id":"9120451","target_type":"article","type":"help_center_redirect","updated_at":1794900000},{"created_at":1794000000,"from_url":"https://help.northwindcycles.example.com/en/servicing","help_center_id":"31","id":"2214","locale":"en","target_id":"4417203","target_type":"collection","type":"help_center_redirect","updated_at":1794000000}],"pages":{"page":1,"per_page":50,"total_pages":1,"type":"pages"},"total_count":2,"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::CreateHelpCenterRedirect,
        id: "createHelpCenterRedirect",
        method: "POST",
        path: "/help_center/help_centers/{help_center_id}/redirects",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"created_at":1794900000,"from_url":"https://help.northwindcycles.example.com/en/old/brake-care","help_center_id":"31","id":"2210","locale":"en","target_id":"9120451","target_type":"article","type":"help_center_redirect","updated_at":1794900000}"#,
        ),
    },
    OperationInfo {
        operation: Operation::RetrieveHelpCenterRedirect,
        id: "retrieveHelpCenterRedirect",
        method: "GET",
        path: "/help_center/help_centers/{help_center_id}/redirects/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"created_at":1794900000,"from_url":"https://help.northwindcycles.example.com/en/old/brake-care","help_center_id":"31","id":"2210","locale":"en","target_id":"9120451","target_type":"article","type":"help_center_redirect","updated_at":1794900000}"#,
        ),
    },
    OperationInfo {
        operation: Operation::DeleteHelpCenterRedirect,
        id: "deleteHelpCenterRedirect",
        method: "DELETE",
        path: "/help_center/help_centers/{help_center_id}/redirects/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"deleted":true,"id":"2210","object":"help_center_redirect"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ListAllCollections,
        id: "listAllCollections",
        method: "GET",
        path: "/help_center/collections",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"created_at":1751400000,"default_locale":"en","description":"Keep your bike running smoothly.","help_center_id":31,"icon":"wrench","id":"4417203","name":"Maintenance","order":1,"parent_id":null,"translated_content":{"en":{"description":"Keep your bike running smoothly.","name":"Maintenance","type":"group_content"},"fr":{"description":"Gardez votre vélo en bon état.","name":"Entretien","type":"group_content"},"type":"group_translated_content"},"updated_at":1794300000,"url":"https://help.northwindcycles.example.com/en/collections/4417203-maintenance","workspace_id":"k7t2qz9x"},{"created_at":1751500000,"default_locale":"en","description":"Pads, rotors and hydraulic lines.","help_center_id":31,"icon":null,"id":"4417288","name":"Brakes","order":0,"parent_id":"4417203","translated_content":{"en":{"description":"Pads, rotors and hydraulic lines.","name":"Brakes","type":"group_content"},"type":"group_translated_content"},"updated_at":1793000000,"url":"https://help.northwindcycles.example.com/en/collections/4417203-maintenance#brakes","workspace_id":"k7t2qz9x"}],"pages":{"page":1,"per_page":2,"total_pages":1,"type":"pages"},"total_count":2,"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::CreateCollection,
        id: "createCollection",
        method: "POST",
        path: "/help_center/collections",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"created_at":1795700500,"default_locale":"en","description":"Batteries, motors and range.","help_center_id":31,"icon":"book-bookmark","id":"4417315","name":"E-bikes","order":3,"parent_id":null,"translated_content":{"en":{"description":"Batteries, motors and range.","name":"E-bikes","type":"group_content"},"type":"group_translated_content"},"updated_at":1795700500,"url":null,"workspace_id":"k7t2qz9x"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::RetrieveCollection,
        id: "retrieveCollection",
        method: "GET",
        path: "/help_center/collections/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"created_at":1751400000,"default_locale":"en","description":"Keep your bike running smoothly.","help_center_id":31,"icon":"wrench","id":"4417203","name":"Maintenance","order":1,"parent_id":null,"translated_content":{"en":{"description":"Keep your bike running smoothly.","name":"Maintenance","type":"group_content"},"fr":{"description":"Gardez votre vélo en bon état.","name":"Entretien","type":"group_content"},"type":"group_translated_content"},"updated_at":1794300000,"url":"https://help.northwindcycles.example.com/en/collections/4417203-maintenance","workspace_id":"k7t2qz9x"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::UpdateCollection,
        id: "updateCollection",
        method: "PUT",
        path: "/help_center/collections/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"created_at":1751400000,"default_locale":"en","description":"Keep your bike running smoothly.","help_center_id":31,"icon":"wrench","id":"4417203","name":"Care and maintenance","order":1,"parent_id":null,"translated_content":{"en":{"description":"Keep your bike running smoothly.","name":"Care and maintenance","type":"group_content"},"fr":{"description":"Gardez votre vélo en bon état.","name":"Entretien","type":"group_content"},"type":"group_translated_content"},"updated_at":1795703500,"url":"https://help.northwindcycles.example.com/en/collections/4417203-maintenance","workspace_id":"k7t2qz9x"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::DeleteCollection,
        id: "deleteCollection",
        method: "DELETE",
        path: "/help_center/collections/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"deleted":true,"id":"4417203","object":"collection"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::RetrieveHelpCenter,
        id: "retrieveHelpCenter",
        method: "GET",
        path: "/help_center/help_centers/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"created_at":1751328000,"custom_domain":"help.northwindcycles.example.com","default":true,"display_name":"Northwind Help","id":"31","identifier":"northwind-help","locales":["en","fr"],"updated_at":1794200000,"url":"https://help.northwindcycles.example.com","website_turned_on":true,"workspace_id":"k7t2qz9x"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ListHelpCenters,
        id: "listHelpCenters",
        method: "GET",
        path: "/help_center/help_centers",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"created_at":1751328000,"custom_domain":"help.northwindcycles.example.com","default":true,"display_name":"Northwind Help","id":"31","identifier":"northwind-help","locales":["en","fr"],"updated_at":1794200000,"url":"https://help.northwindcycles.example.com","website_turned_on":true,"workspace_id":"k7t2qz9x"},{"created_at":1783000000,"custom_domain":null,"default":false,"display_name":"Dealer portal","id":"36","identifier":"northwind-dealers","locales":["en"],"updated_at":1790000000,"url":"https://intercom.help/northwind-dealers","website_turned_on":false,"workspace_id":"k7t2qz9x"}],"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ListInternalArticles,
        id: "listInternalArticles",
        method: "GET",
        path: "/internal_articles",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"ai_chatbot_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301955,"body":"<p>Ask for the frame number and a photo of the damage before approving.</p>","body_markdown":"Ask for the frame number and a photo of the damage before approving.","created_at":1790000000,"folder_id":518,"id":"8830217","locale":"en","owner_id":7301942,"tags":{"tags":[{"id":"730152","name":"brakes","type":"tag"}],"type":"tag.list"},"title":"Warranty claim checklist","type":"internal_article","updated_at":1795100000},{"ai_chatbot_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301955,"body":"<p>Send every frame crack report to the engineering queue.</p>","body_markdown":null,"created_at":1791000000,"folder_id":518,"id":"8830240","locale":"en","owner_id":7301955,"tags":{"tags":[],"type":"tag.list"},"title":"Escalating frame cracks","type":"internal_article","updated_at":1791000000}],"pages":{"page":1,"per_page":2,"total_pages":1,"type":"pages"},"total_count":2,"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::CreateInternalArticle,
        id: "createInternalArticle",
        method: "POST",
        path: "/internal_articles",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"ai_chatbot_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301942,"body":"<p>Offer free shipping on the next order when a parcel is over five days late.</p>","body_markdown":"Offer free shipping on the next order when a parcel is over five days late.","created_at":1795701000,"folder_id":518,"id":"8830266","locale":"en","owner_id":7301942,"tags":{"tags":[],"type":"tag.list"},"title":"Refunds for late deliveries","type":"internal_article","updated_at":1795701000}"#,
        ),
    },
    OperationInfo {
        operation: Operation::RetrieveInternalArticle,
        id: "retrieveInternalArticle",
        method: "GET",
        path: "/internal_articles/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"ai_chatbot_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301955,"body":"<p>Ask for the frame number and a photo of the damage before approving.</p>","body_markdown":"Ask for the frame number and a photo of the damage before approving.","created_at":1790000000,"folder_id":518,"id":"8830217","locale":"en","owner_id":7301942,"tags":{"tags":[{"id":"730152","name":"brakes","type":"tag"}],"type":"tag.list"},"title":"Warranty claim checklist","type":"internal_article","updated_at":1795100000}"#,
        ),
    },
    OperationInfo {
        operation: Operation::UpdateInternalArticle,
        id: "updateInternalArticle",
        method: "PUT",
        path: "/internal_articles/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"ai_chatbot_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301955,"body":"<p>Ask for the frame number and a photo of the damage before approving.</p>","body_markdown":"Ask for the frame number and a photo of the damage before approving.","created_at":1790000000,"folder_id":518,"id":"8830217","locale":"en","owner_id":7301955,"tags":{"tags":[{"id":"730152","name":"brakes","type":"tag"}],"type":"tag.list"},"title":"Warranty claim checklist","type":"internal_article","updated_at":1795704000}"#,
        ),
    },
    OperationInfo {
        operation: Operation::DeleteInternalArticle,
        id: "deleteInternalArticle",
        method: "DELETE",
        path: "/internal_articles/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"deleted":true,"id":"8830217","object":"internal_article"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::AttachTagToInternalArticle,
        id: "attachTagToInternalArticle",
        method: "POST",
        path: "/internal_articles/{internal_article_id}/tags",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"applied_at":1795603000,"applied_by":{"id":"7301955","type":"admin"},"id":"730152","name":"brakes","type":"tag"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::DetachTagFromInternalArticle,
        id: "detachTagFromInternalArticle",
        method: "DELETE",
        path: "/internal_articles/{internal_article_id}/tags/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"id":"730152","name":"brakes","type":"tag"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::SearchInternalArticles,
        id: "searchInternalArticles",
        method: "GET",
        path: "/internal_articles/search",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":{"internal_articles":[{"ai_chatbot_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301955,"body":"<p>Ask for the frame number and a photo of the damage before approving.</p>","body_markdown":"Ask for the frame number and a photo of the damage before approving.","created_at":1790000000,"folder_id":518,"id":"8830217","locale":"en","owner_id":7301942,"tags":{"tags":[{"id":"730152","name":"brakes","type":"tag"}],"type":"tag.list"},"title":"Warranty claim checklist","type":"internal_article","updated_at":1795100000},{"ai_chatbot_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301955,"body":"<p>Send every frame crack report to the engineering queue.</p>","body_markdown":null,"created_at":1791000000,"folder_id":518,"id":"8830240","locale":"en","owner_id":7301955,"tags":{"tags":[],"type":"tag.list"},"title":"Escalating frame cracks","type":"internal_article","updated_at":1791000000}]},"pages":{"page":1,"per_page":10,"total_pages":1,"type":"pages"},"total_count":2,"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ListFolders,
        id: "listFolders",
        method: "GET",
        path: "/folders",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"content_count":14,"created_at":1786000000,"emoji":"🔧","id":512,"name":"Maintenance guides","parent_folder_id":null,"updated_at":1795000000},{"content_count":3,"created_at":1789000000,"emoji":null,"id":518,"name":"Warranty","parent_folder_id":512,"updated_at":1795100000}],"pages":{"page":1,"per_page":50,"total_pages":1,"type":"pages"},"total_count":2,"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::CreateFolder,
        id: "createFolder",
        method: "POST",
        path: "/folders",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"content_count":0,"created_at":1795702000,"emoji":"⚡","id":521,"name":"E-bike support","parent_folder_id":512,"updated_at":1795702000}"#,
        ),
    },
    OperationInfo {
        operation: Operation::RetrieveFolder,
        id: "retrieveFolder",
        method: "GET",
        path: "/folders/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"content_count":14,"created_at":1786000000,"emoji":"🔧","id":512,"name":"Maintenance guides","parent_folder_id":null,"updated_at":1795000000}"#,
        ),
    },
    OperationInfo {
        operation: Operation::UpdateFolder,
        id: "updateFolder",
        method: "PUT",
        path: "/folders/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"content_count":14,"created_at":1786000000,"emoji":"🔧","id":512,"name":"Workshop guides","parent_folder_id":null,"updated_at":1795704500}"#,
        ),
    },
    OperationInfo {
        operation: Operation::DeleteFolder,
        id: "deleteFolder",
        method: "DELETE",
        path: "/folders/{id}",
        status: 200,
        default: DefaultAnswer::Example(r#"{"deleted":true,"id":521,"object":"folder"}"#),
    },
    OperationInfo {
        operation: Operation::RetrieveCompany,
        id: "retrieveCompany",
        method: "GET",
        path: "/companies",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"app_id":"k7t2qz9x","company_id":"nw-1042","created_at":1767957000,"custom_attributes":{"contract":"annual","region":"west"},"id":"66a1f40ab8e4d70012ab3501","industry":"Bicycle rental","last_request_at":1767966000,"monthly_spend":1900,"name":"Northwind Cycles","notes":{"notes":[],"type":"note.list"},"plan":{"id":"88120","name":"Fleet","type":"plan"},"remote_created_at":1735689600,"segments":{"segments":[],"type":"segment.list"},"session_count":318,"size":42,"tags":{"tags":[{"id":"730122","name":"VIP","type":"tag"}],"type":"tag.list"},"type":"company","updated_at":1767962400,"user_count":12,"website":"https://northwind-cycles.example.com"}],"pages":{"page":1,"per_page":15,"total_pages":1,"type":"pages"},"total_count":1,"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::CreateOrUpdateCompany,
        id: "createOrUpdateCompany",
        method: "POST",
        path: "/companies",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"app_id":"k7t2qz9x","company_id":"nw-1042","created_at":1767957000,"custom_attributes":{"contract":"annual","region":"west"},"id":"66a1f40ab8e4d70012ab3501","industry":"Bicycle rental","last_request_at":1767966000,"monthly_spend":1900,"name":"Northwind Cycles","notes":{"notes":[],"type":"note.list"},"plan":{"id":"88120","name":"Fleet","type":"plan"},"remote_created_at":1735689600,"segments":{"segments":[],"type":"segment.list"},"session_count":318,"size":42,"tags":{"tags":[{"id":"730122","name":"VIP","type":"tag"}],"type":"tag.list"},"type":"company","updated_at":1767962400,"user_count":12,"website":"https://northwind-cycles.example.com"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::RetrieveACompanyById,
        id: "RetrieveACompanyById",
        method: "GET",
        path: "/companies/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"app_id":"k7t2qz9x","company_id":"nw-1042","created_at":1767957000,"custom_attributes":{"contract":"annual","region":"west"},"id":"66a1f40ab8e4d70012ab3501","industry":"Bicycle rental","last_request_at":1767966000,"monthly_spend":1900,"name":"Northwind Cycles","notes":{"notes":[],"type":"note.list"},"plan":{"id":"88120","name":"Fleet","type":"plan"},"remote_created_at":1735689600,"segments":{"segments":[],"type":"segment.list"},"session_count":318,"size":42,"tags":{"tags":[{"id":"730122","name":"VIP","type":"tag"}],"type":"tag.list"},"type":"company","updated_at":1767962400,"user_count":12,"website":"https://northwind-cycles.example.com"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::UpdateCompany,
        id: "UpdateCompany",
        method: "PUT",
        path: "/companies/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"app_id":"k7t2qz9x","company_id":"nw-1042","created_at":1767957000,"custom_attributes":{"contract":"annual","region":"west"},"id":"66a1f40ab8e4d70012ab3501","industry":"Bicycle rental","last_request_at":1767966000,"monthly_spend":1900,"name":"Northwind Cycles","notes":{"notes":[],"type":"note.list"},"plan":{"id":"88120","name":"Fleet","type":"plan"},"remote_created_at":1735689600,"segments":{"segments":[],"type":"segment.list"},"session_count":318,"size":42,"tags":{"tags":[{"id":"730122","name":"VIP","type":"tag"}],"type":"tag.list"},"type":"company","updated_at":1767962400,"user_count":12,"website":"https://northwind-cycles.example.com"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::DeleteCompany,
        id: "deleteCompany",
        method: "DELETE",
        path: "/companies/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"deleted":true,"id":"66a1f40ab8e4d70012ab3501","object":"company"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ListAttachedContacts,
        id: "ListAttachedContacts",
        method: "GET",
        path: "/companies/{id}/contacts",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"android_app_name":null,"android_app_version":null,"android_device":null,"android_last_seen_at":null,"android_os_version":null,"android_sdk_version":null,"avatar":{"image_url":"https://static.example.com/avatars/tomas.jpg","type":"avatar"},"browser":"firefox","browser_language":"en-IE","browser_version":"133.0","companies":{"data":[{"id":"66a1f40ab8e4d70012ab3501","type":"company","url":"/companies/66a1f40ab8e4d70012ab3501"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/companies"},"created_at":1767957000,"custom_attributes":{"lifetime_orders":4,"loyalty_tier":"silver"},"email":"tomas.reyes@example.org","email_domain":"example.org","enabled_push_messaging":true,"external_id":"cust-20931","formatted_phone":"+353871234567","has_hard_bounced":false,"id":"66a1f3c2b8e4d70012ab34cd","ios_app_name":"Northwind Ride","ios_app_version":"4.2.1","ios_device":"iPhone 15","ios_last_seen_at":1767900000,"ios_os_version":"18.2","ios_sdk_version":"17.3.0","language_override":"es","last_contacted_at":1767968000,"last_email_clicked_at":null,"last_email_opened_at":null,"last_replied_at":1767968300,"last_seen_at":1767966000,"location":{"city":"Galway","country":"Ireland","region":"Connacht","type":"location"},"marked_email_as_spam":false,"name":"Tomás Reyes","notes":{"data":[{"id":"5510932","type":"note","url":"/notes/5510932"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/notes"},"os":"Linux","owner_id":"7301942","phone":"+353 87 123 4567","role":"user","signed_up_at":1767962400,"social_profiles":{"data":[{"name":"Strava","type":"social_profile","url":"https://www.strava.com/athletes/20931"}],"type":"list"},"tags":{"data":[{"id":"730122","type":"tag","url":"/tags/730122"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/tags"},"type":"contact","unsubscribed_from_emails":false,"updated_at":1767962400,"workspace_id":"k7t2qz9x"}],"pages":{"page":1,"per_page":50,"total_pages":1,"type":"pages"},"total_count":1,"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ListAttachedSegmentsForCompanies,
        id: "ListAttachedSegmentsForCompanies",
        method: "GET",
        path: "/companies/{id}/segments",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"created_at":1735776000,"id":"66a1f4e6b8e4d70012ab3610","name":"Active riders","person_type":"user","type":"segment","updated_at":1767962400}],"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ListCompanyNotes,
        id: "listCompanyNotes",
        method: "GET",
        path: "/companies/{company_id}/notes",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"author":{"avatar":"https://static.example.com/avatars/aoife.png","away_mode_enabled":false,"away_mode_reassign":false,"away_status_reason_id":null,"email":"aoife@northwind-cycles.example.com","has_inbox_seat":false,"id":"7301942","job_title":"Support lead","name":"Aoife Byrne","role":{"id":"3","name":"Support agent","type":"role"},"team_ids":[5017],"team_priority_level":{"primary_team_ids":[5017],"secondary_team_ids":[5020]},"type":"admin"},"body":"<p>Renewal call booked for March.</p>","company":{"id":"66a1f40ab8e4d70012ab3501","type":"company"},"contact":null,"created_at":1767962400,"id":"5510977","type":"note"}],"pages":{"page":1,"per_page":50,"total_pages":1,"type":"pages"},"total_count":1,"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::CreateCompanyNote,
        id: "createCompanyNote",
        method: "POST",
        path: "/companies/{company_id}/notes",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"author":{"avatar":"https://static.example.com/avatars/aoife.png","away_mode_enabled":false,"away_mode_reassign":false,"away_status_reason_id":null,"email":"aoife@northwind-cycles.example.com","has_inbox_seat":false,"id":"7301942","job_title":"Support lead","name":"Aoife Byrne","role":{"id":"3","name":"Support agent","type":"role"},"team_ids":[5017],"team_priority_level":{"primary_team_ids":[5017],"secondary_team_ids":[5020]},"type":"admin"},"body":"<p>Renewal call booked for March.</p>","company":{"id":"66a1f40ab8e4d70012ab3501","type":"company"},"contact":null,"created_at":1767962400,"id":"5510977","type":"note"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::SearchCompanies,
        id: "searchCompanies",
        method: "POST",
        path: "/companies/search",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"app_id":"k7t2qz9x","company_id":"nw-1042","created_at":1767957000,"custom_attributes":{"contract":"annual","region":"west"},"id":"66a1f40ab8e4d70012ab3501","industry":"Bicycle rental","last_request_at":1767966000,"monthly_spend":1900,"name":"Northwind Cycles","notes":{"notes":[],"type":"note.list"},"plan":{"id":"88120","name":"Fleet","type":"plan"},"remote_created_at":1735689600,"segments":{"segments":[],"type":"segment.list"},"session_count":318,"size":42,"tags":{"tags":[{"id":"730122","name":"VIP","type":"tag"}],"type":"tag.list"},"type":"company","updated_at":1767962400,"user_count":12,"website":"https://northwind-cycles.example.com"}],"pages":{"page":1,"per_page":15,"total_pages":1,"type":"pages"},"total_count":1,"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ListAllCompanies,
        id: "listAllCompanies",
        method: "POST",
        path: "/companies/list",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"app_id":"k7t2qz9x","company_id":"nw-1042","created_at":1767957000,"custom_attributes":{"contract":"annual","region":"west"},"id":"66a1f40ab8e4d70012ab3501","industry":"Bicycle rental","last_request_at":1767966000,"monthly_spend":1900,"name":"Northwind Cycles","notes":{"notes":[],"type":"note.list"},"plan":{"id":"88120","name":"Fleet","type":"plan"},"remote_created_at":1735689600,"segments":{"segments":[],"type":"segment.list"},"session_count":318,"size":42,"tags":{"tags":[{"id":"730122","name":"VIP","type":"tag"}],"type":"tag.list"},"type":"company","updated_at":1767962400,"user_count":12,"website":"https://northwind-cycles.example.com"}],"pages":{"page":1,"per_page":15,"total_pages":1,"type":"pages"},"total_count":1,"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ScrollOverAllCompanies,
        id: "scrollOverAllCompanies",
        method: "GET",
        path: "/companies/scroll",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"app_id":"k7t2qz9x","company_id":"nw-1042","created_at":1767957000,"custom_attributes":{"contract":"annual","region":"west"},"id":"66a1f40ab8e4d70012ab3501","industry":"Bicycle rental","last_request_at":1767966000,"monthly_spend":1900,"name":"Northwind Cycles","notes":{"notes":[],"type":"note.list"},"plan":{"id":"88120","name":"Fleet","type":"plan"},"remote_created_at":1735689600,"segments":{"segments":[],"type":"segment.list"},"session_count":318,"size":42,"tags":{"tags":[{"id":"730122","name":"VIP","type":"tag"}],"type":"tag.list"},"type":"company","updated_at":1767962400,"user_count":12,"website":"https://northwind-cycles.example.com"}],"pages":{"page":1,"per_page":50,"total_pages":1,"type":"pages"},"scroll_param":"a3d1f6c0-52b9-4e27-9f1a-7c8e2b4d0e61","total_count":1,"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ListCompaniesForAContact,
        id: "listCompaniesForAContact",
        method: "GET",
        path: "/contacts/{id}/companies",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"companies":[{"app_id":"k7t2qz9x","company_id":"nw-1042","created_at":1767957000,"custom_attributes":{"contract":"annual","region":"west"},"id":"66a1f40ab8e4d70012ab3501","industry":"Bicycle rental","last_request_at":1767966000,"monthly_spend":1900,"name":"Northwind Cycles","notes":{"notes":[],"type":"note.list"},"plan":{"id":"88120","name":"Fleet","type":"plan"},"remote_created_at":1735689600,"segments":{"segments":[],"type":"segment.list"},"session_count":318,"size":42,"tags":{"tags":[{"id":"730122","name":"VIP","type":"tag"}],"type":"tag.list"},"type":"company","updated_at":1767962400,"user_count":12,"website":"https://northwind-cycles.example.com"}],"pages":{"next":null,"page":1,"per_page":50,"total_pages":1,"type":"pages"},"total_count":1,"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::AttachContactToACompany,
        id: "attachContactToACompany",
        method: "POST",
        path: "/contacts/{id}/companies",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"app_id":"k7t2qz9x","company_id":"nw-1042","created_at":1767957000,"custom_attributes":{"contract":"annual","region":"west"},"id":"66a1f40ab8e4d70012ab3501","industry":"Bicycle rental","last_request_at":1767966000,"monthly_spend":1900,"name":"Northwind Cycles","notes":{"notes":[],"type":"note.list"},"plan":{"id":"88120","name":"Fleet","type":"plan"},"remote_created_at":1735689600,"segments":{"segments":[],"type":"segment.list"},"session_count":318,"size":42,"tags":{"tags":[{"id":"730122","name":"VIP","type":"tag"}],"type":"tag.list"},"type":"company","updated_at":1767962400,"user_count":12,"website":"https://northwind-cycles.example.com"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::DetachContactFromACompany,
        id: "detachContactFromACompany",
        method: "DELETE",
        path: "/contacts/{contact_id}/companies/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"app_id":"k7t2qz9x","company_id":"nw-1042","created_at":1767957000,"custom_attributes":{"contract":"annual","region":"west"},"id":"66a1f40ab8e4d70012ab3501","industry":"Bicycle rental","last_request_at":1767966000,"monthly_spend":1900,"name":"Northwind Cycles","notes":{"notes":[],"type":"note.list"},"plan":{"id":"88120","name":"Fleet","type":"plan"},"remote_created_at":1735689600,"segments":{"segments":[],"type":"segment.list"},"session_count":318,"size":42,"tags":{"tags":[{"id":"730122","name":"VIP","type":"tag"}],"type":"tag.list"},"type":"company","updated_at":1767962400,"user_count":12,"website":"https://northwind-cycles.example.com"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::BulkUpdateCompanies,
        id: "BulkUpdateCompanies",
        method: "PUT",
        path: "/companies/bulk",
        status: 202,
        default: DefaultAnswer::Example(
            r#"{"completed_at":null,"created_at":1767957000,"id":"bulkjob_co_7d13e5","state":"pending","tasks":[{"completed_at":null,"created_at":1767957000,"id":"task_7d13e5_1","item_count":2,"started_at":null,"state":"pending"}],"type":"companies.bulk.job","updated_at":1767957000,"url":"https://api.intercom.io/companies/bulk/bulkjob_co_7d13e5"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::BulkCreateCompanies,
        id: "BulkCreateCompanies",
        method: "POST",
        path: "/companies/bulk",
        status: 202,
        default: DefaultAnswer::Example(
            r#"{"completed_at":null,"created_at":1767957000,"id":"bulkjob_co_7d13e5","state":"pending","tasks":[{"completed_at":null,"created_at":1767957000,"id":"task_7d13e5_1","item_count":2,"started_at":null,"state":"pending"}],"type":"companies.bulk.job","updated_at":1767957000,"url":"https://api.intercom.io/companies/bulk/bulkjob_co_7d13e5"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::BulkDeleteCompanies,
        id: "BulkDeleteCompanies",
        method: "POST",
        path: "/companies/bulk/delete",
        status: 202,
        default: DefaultAnswer::Example(
            r#"{"completed_at":null,"created_at":1767957000,"id":"bulkjob_co_7d13e5","state":"pending","tasks":[{"completed_at":null,"created_at":1767957000,"id":"task_7d13e5_1","item_count":2,"started_at":null,"state":"pending"}],"type":"companies.bulk.job","updated_at":1767957000,"url":"https://api.intercom.io/companies/bulk/bulkjob_co_7d13e5"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ShowBulkCompaniesJob,
        id: "ShowBulkCompaniesJob",
        method: "GET",
        path: "/companies/bulk/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"completed_at":1767957180,"created_at":1767957000,"id":"bulkjob_co_7d13e5","state":"completed","tasks":[{"completed_at":1767957180,"created_at":1767957000,"id":"task_7d13e5_1","item_count":2,"started_at":1767957060,"state":"completed"}],"type":"companies.bulk.job","updated_at":1767957180,"url":"https://api.intercom.io/companies/bulk/bulkjob_co_7d13e5"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ListNotes,
        id: "listNotes",
        method: "GET",
        path: "/contacts/{id}/notes",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"author":{"avatar":"https://static.example.com/avatars/aoife.png","away_mode_enabled":false,"away_mode_reassign":false,"away_status_reason_id":null,"email":"aoife@northwind-cycles.example.com","has_inbox_seat":false,"id":"7301942","job_title":"Support lead","name":"Aoife Byrne","role":{"id":"3","name":"Support agent","type":"role"},"team_ids":[5017],"team_priority_level":{"primary_team_ids":[5017],"secondary_team_ids":[5020]},"type":"admin"},"body":"<p>Asked about a family bike rack.</p>","company":null,"contact":{"id":"66a1f3c2b8e4d70012ab34cd","type":"contact"},"created_at":1767962400,"id":"5510932","type":"note"}],"pages":{"page":1,"per_page":50,"total_pages":1,"type":"pages"},"total_count":1,"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::CreateNote,
        id: "createNote",
        method: "POST",
        path: "/contacts/{id}/notes",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"author":{"avatar":"https://static.example.com/avatars/aoife.png","away_mode_enabled":false,"away_mode_reassign":false,"away_status_reason_id":null,"email":"aoife@northwind-cycles.example.com","has_inbox_seat":false,"id":"7301942","job_title":"Support lead","name":"Aoife Byrne","role":{"id":"3","name":"Support agent","type":"role"},"team_ids":[5017],"team_priority_level":{"primary_team_ids":[5017],"secondary_team_ids":[5020]},"type":"admin"},"body":"<p>Asked about a family bike rack.</p>","company":null,"contact":{"id":"66a1f3c2b8e4d70012ab34cd","type":"contact"},"created_at":1767962400,"id":"5510932","type":"note"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ListSegmentsForAContact,
        id: "listSegmentsForAContact",
        method: "GET",
        path: "/contacts/{contact_id}/segments",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"created_at":1735776000,"id":"66a1f4e6b8e4d70012ab3610","name":"Active riders","person_type":"user","type":"segment","updated_at":1767962400}],"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ListSubscriptionsForAContact,
        id: "listSubscriptionsForAContact",
        method: "GET",
        path: "/contacts/{contact_id}/subscriptions",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"consent_type":"opt_in","content_types":["email"],"default_translation":{"description":"Monthly news about new routes and bikes.","locale":"en","name":"Product newsletter"},"id":"218004","state":"live","translations":[{"description":"Monthly news about new routes and bikes.","locale":"en","name":"Product newsletter"},{"description":"Novedades mensuales sobre rutas y bicicletas.","locale":"es","name":"Boletín de producto"}],"type":"subscription"}],"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::AttachSubscriptionTypeToContact,
        id: "attachSubscriptionTypeToContact",
        method: "POST",
        path: "/contacts/{contact_id}/subscriptions",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"consent_type":"opt_in","content_types":["email"],"default_translation":{"description":"Monthly news about new routes and bikes.","locale":"en","name":"Product newsletter"},"id":"218004","state":"live","translations":[{"description":"Monthly news about new routes and bikes.","locale":"en","name":"Product newsletter"},{"description":"Novedades mensuales sobre rutas y bicicletas.","locale":"es","name":"Boletín de producto"}],"type":"subscription"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::DetachSubscriptionTypeToContact,
        id: "detachSubscriptionTypeToContact",
        method: "DELETE",
        path: "/contacts/{contact_id}/subscriptions/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"consent_type":"opt_in","content_types":["email"],"default_translation":{"description":"Monthly news about new routes and bikes.","locale":"en","name":"Product newsletter"},"id":"218004","state":"live","translations":[{"description":"Monthly news about new routes and bikes.","locale":"en","name":"Product newsletter"},{"description":"Novedades mensuales sobre rutas y bicicletas.","locale":"es","name":"Boletín de producto"}],"type":"subscription"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ListTagsForAContact,
        id: "listTagsForAContact",
        method: "GET",
        path: "/contacts/{contact_id}/tags",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"id":"730122","name":"VIP","type":"tag"}],"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::AttachTagToContact,
        id: "attachTagToContact",
        method: "POST",
        path: "/contacts/{contact_id}/tags",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"applied_at":1767962400,"applied_by":{"id":"7301942","type":"admin"},"id":"730122","name":"VIP","type":"tag"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::DetachTagFromContact,
        id: "detachTagFromContact",
        method: "DELETE",
        path: "/contacts/{contact_id}/tags/{id}",
        status: 200,
        default: DefaultAnswer::Example(r#"{"id":"730122","name":"VIP","type":"tag"}"#),
    },
    OperationInfo {
        operation: Operation::ShowContact,
        id: "ShowContact",
        method: "GET",
        path: "/contacts/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"android_app_name":null,"android_app_version":null,"android_device":null,"android_last_seen_at":null,"android_os_version":null,"android_sdk_version":null,"avatar":{"image_url":"https://static.example.com/avatars/tomas.jpg","type":"avatar"},"browser":"firefox","browser_language":"en-IE","browser_version":"133.0","companies":{"data":[{"id":"66a1f40ab8e4d70012ab3501","type":"company","url":"/companies/66a1f40ab8e4d70012ab3501"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/companies"},"created_at":1767957000,"custom_attributes":{"lifetime_orders":4,"loyalty_tier":"silver"},"email":"tomas.reyes@example.org","email_domain":"example.org","enabled_push_messaging":true,"external_id":"cust-20931","formatted_phone":"+353871234567","has_hard_bounced":false,"id":"66a1f3c2b8e4d70012ab34cd","ios_app_name":"Northwind Ride","ios_app_version":"4.2.1","ios_device":"iPhone 15","ios_last_seen_at":1767900000,"ios_os_version":"18.2","ios_sdk_version":"17.3.0","language_override":"es","last_contacted_at":1767968000,"last_email_clicked_at":null,"last_email_opened_at":null,"last_replied_at":1767968300,"last_seen_at":1767966000,"location":{"city":"Galway","country":"Ireland","region":"Connacht","type":"location"},"marked_email_as_spam":false,"name":"Tomás Reyes","notes":{"data":[{"id":"5510932","type":"note","url":"/notes/5510932"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/notes"},"os":"Linux","owner_id":"7301942","phone":"+353 87 123 4567","role":"user","signed_up_at":1767962400,"social_profiles":{"data":[{"name":"Strava","type":"social_profile","url":"https://www.strava.com/athletes/20931"}],"type":"list"},"tags":{"data":[{"id":"730122","type":"tag","url":"/tags/730122"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/tags"},"type":"contact","unsubscribed_from_emails":false,"updated_at":1767962400,"workspace_id":"k7t2qz9x"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::UpdateContact,
        id: "UpdateContact",
        method: "PUT",
        path: "/contacts/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"android_app_name":null,"android_app_version":null,"android_device":null,"android_last_seen_at":null,"android_os_version":null,"android_sdk_version":null,"avatar":{"image_url":"https://static.example.com/avatars/tomas.jpg","type":"avatar"},"browser":"firefox","browser_language":"en-IE","browser_version":"133.0","companies":{"data":[{"id":"66a1f40ab8e4d70012ab3501","type":"company","url":"/companies/66a1f40ab8e4d70012ab3501"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/companies"},"created_at":1767957000,"custom_attributes":{"lifetime_orders":4,"loyalty_tier":"silver"},"email":"tomas.reyes@example.org","email_domain":"example.org","enabled_push_messaging":true,"external_id":"cust-20931","formatted_phone":"+353871234567","has_hard_bounced":false,"id":"66a1f3c2b8e4d70012ab34cd","ios_app_name":"Northwind Ride","ios_app_version":"4.2.1","ios_device":"iPhone 15","ios_last_seen_at":1767900000,"ios_os_version":"18.2","ios_sdk_version":"17.3.0","language_override":"es","last_contacted_at":1767968000,"last_email_clicked_at":null,"last_email_opened_at":null,"last_replied_at":1767968300,"last_seen_at":1767966000,"location":{"city":"Galway","country":"Ireland","region":"Connacht","type":"location"},"marked_email_as_spam":false,"name":"Tomás Reyes","notes":{"data":[{"id":"5510932","type":"note","url":"/notes/5510932"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/notes"},"os":"Linux","owner_id":"7301942","phone":"+353 87 123 4567","role":"user","signed_up_at":1767962400,"social_profiles":{"data":[{"name":"Strava","type":"social_profile","url":"https://www.strava.com/athletes/20931"}],"type":"list"},"tags":{"data":[{"id":"730122","type":"tag","url":"/tags/730122"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/tags"},"type":"contact","unsubscribed_from_emails":false,"updated_at":1767962400,"workspace_id":"k7t2qz9x"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::DeleteContact,
        id: "DeleteContact",
        method: "DELETE",
        path: "/contacts/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"deleted":true,"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::MergeContact,
        id: "MergeContact",
        method: "POST",
        path: "/contacts/merge",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"android_app_name":null,"android_app_version":null,"android_device":null,"android_last_seen_at":null,"android_os_version":null,"android_sdk_version":null,"avatar":{"image_url":"https://static.example.com/avatars/tomas.jpg","type":"avatar"},"browser":"firefox","browser_language":"en-IE","browser_version":"133.0","companies":{"data":[{"id":"66a1f40ab8e4d70012ab3501","type":"company","url":"/companies/66a1f40ab8e4d70012ab3501"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/companies"},"created_at":1767957000,"custom_attributes":{"lifetime_orders":4,"loyalty_tier":"silver"},"email":"tomas.reyes@example.org","email_domain":"example.org","enabled_push_messaging":true,"external_id":"cust-20931","formatted_phone":"+353871234567","has_hard_bounced":false,"id":"66a1f3c2b8e4d70012ab34cd","ios_app_name":"Northwind Ride","ios_app_version":"4.2.1","ios_device":"iPhone 15","ios_last_seen_at":1767900000,"ios_os_version":"18.2","ios_sdk_version":"17.3.0","language_override":"es","last_contacted_at":1767968000,"last_email_clicked_at":null,"last_email_opened_at":null,"last_replied_at":1767968300,"last_seen_at":1767966000,"location":{"city":"Galway","country":"Ireland","region":"Connacht","type":"location"},"marked_email_as_spam":false,"name":"Tomás Reyes","notes":{"data":[{"id":"5510932","type":"note","url":"/notes/5510932"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/notes"},"os":"Linux","owner_id":"7301942","phone":"+353 87 123 4567","role":"user","signed_up_at":1767962400,"social_profiles":{"data":[{"name":"Strava","type":"social_profile","url":"https://www.strava.com/athletes/20931"}],"type":"list"},"tags":{"data":[{"id":"730122","type":"tag","url":"/tags/730122"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/tags"},"type":"contact","unsubscribed_from_emails":false,"updated_at":1767962400,"workspace_id":"k7t2qz9x"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::PreviewMergeContact,
        id: "PreviewMergeContact",
        method: "POST",
        path: "/contacts/merge/preview",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"allowed":true,"summary":{"attribute_changes":{"attributes":[{"field":"phone","from_value":"+353 87 555 0199","new_into_value":"+353 87 555 0199","outcome":"adopted"},{"field":"name","from_value":"Tomas","into_value":"Tomás Reyes","new_into_value":"Tomás Reyes","outcome":"discarded"}],"total_count":2},"reassignments":{"conversations":{"from":2,"into":5},"tags":{"from":1,"into":1}}}}"#,
        ),
    },
    OperationInfo {
        operation: Operation::SearchContacts,
        id: "SearchContacts",
        method: "POST",
        path: "/contacts/search",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"android_app_name":null,"android_app_version":null,"android_device":null,"android_last_seen_at":null,"android_os_version":null,"android_sdk_version":null,"avatar":{"image_url":"https://static.example.com/avatars/tomas.jpg","type":"avatar"},"browser":"firefox","browser_language":"en-IE","browser_version":"133.0","companies":{"data":[{"id":"66a1f40ab8e4d70012ab3501","type":"company","url":"/companies/66a1f40ab8e4d70012ab3501"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/companies"},"created_at":1767957000,"custom_attributes":{"lifetime_orders":4,"loyalty_tier":"silver"},"email":"tomas.reyes@example.org","email_domain":"example.org","enabled_push_messaging":true,"external_id":"cust-20931","formatted_phone":"+353871234567","has_hard_bounced":false,"id":"66a1f3c2b8e4d70012ab34cd","ios_app_name":"Northwind Ride","ios_app_version":"4.2.1","ios_device":"iPhone 15","ios_last_seen_at":1767900000,"ios_os_version":"18.2","ios_sdk_version":"17.3.0","language_override":"es","last_contacted_at":1767968000,"last_email_clicked_at":null,"last_email_opened_at":null,"last_replied_at":1767968300,"last_seen_at":1767966000,"location":{"city":"Galway","country":"Ireland","region":"Connacht","type":"location"},"marked_email_as_spam":false,"name":"Tomás Reyes","notes":{"data":[{"id":"5510932","type":"note","url":"/notes/5510932"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/notes"},"os":"Linux","owner_id":"7301942","phone":"+353 87 123 4567","role":"user","signed_up_at":1767962400,"social_profiles":{"data":[{"name":"Strava","type":"social_profile","url":"https://www.strava.com/athletes/20931"}],"type":"list"},"tags":{"data":[{"id":"730122","type":"tag","url":"/tags/730122"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/tags"},"type":"contact","unsubscribed_from_emails":false,"updated_at":1767962400,"workspace_id":"k7t2qz9x"}],"pages":{"page":1,"per_page":50,"total_pages":1,"type":"pages"},"total_count":1,"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ListContactActivities,
        id: "ListContactActivities",
        method: "GET",
        path: "/contacts/activities",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"contact_id":"66a1f3d9b8e4d70012ab34e2","created_at":1767957000,"event_type":"contact.created","external_id":null,"failure_reason":null,"id":"1767957000000.0004c2","merge_source_id":null,"merge_target_id":null,"role":"lead","type":"contact_activity"},{"contact_id":"66a1f3c2b8e4d70012ab34cd","created_at":1767964000,"event_type":"contact.merged","external_id":"cust-20931","failure_reason":null,"id":"1767964000000.0004d9","merge_source_id":"66a1f3d9b8e4d70012ab34e2","merge_target_id":"66a1f3c2b8e4d70012ab34cd","role":"user","type":"contact_activity"}],"pages":{"next":{"starting_after":"WzE3Njc5NjQwMDAwMDAsIjAwMDRkOSJd"},"per_page":50,"type":"pages"},"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ListContacts,
        id: "ListContacts",
        method: "GET",
        path: "/contacts",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"android_app_name":null,"android_app_version":null,"android_device":null,"android_last_seen_at":null,"android_os_version":null,"android_sdk_version":null,"avatar":{"image_url":"https://static.example.com/avatars/tomas.jpg","type":"avatar"},"browser":"firefox","browser_language":"en-IE","browser_version":"133.0","companies":{"data":[{"id":"66a1f40ab8e4d70012ab3501","type":"company","url":"/companies/66a1f40ab8e4d70012ab3501"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/companies"},"created_at":1767957000,"custom_attributes":{"lifetime_orders":4,"loyalty_tier":"silver"},"email":"tomas.reyes@example.org","email_domain":"example.org","enabled_push_messaging":true,"external_id":"cust-20931","formatted_phone":"+353871234567","has_hard_bounced":false,"id":"66a1f3c2b8e4d70012ab34cd","ios_app_name":"Northwind Ride","ios_app_version":"4.2.1","ios_device":"iPhone 15","ios_last_seen_at":1767900000,"ios_os_version":"18.2","ios_sdk_version":"17.3.0","language_override":"es","last_contacted_at":1767968000,"last_email_clicked_at":null,"last_email_opened_at":null,"last_replied_at":1767968300,"last_seen_at":1767966000,"location":{"city":"Galway","country":"Ireland","region":"Connacht","type":"location"},"marked_email_as_spam":false,"name":"Tomás Reyes","notes":{"data":[{"id":"5510932","type":"note","url":"/notes/5510932"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/notes"},"os":"Linux","owner_id":"7301942","phone":"+353 87 123 4567","role":"user","signed_up_at":1767962400,"social_profiles":{"data":[{"name":"Strava","type":"social_profile","url":"https://www.strava.com/athletes/20931"}],"type":"list"},"tags":{"data":[{"id":"730122","type":"tag","url":"/tags/730122"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/tags"},"type":"contact","unsubscribed_from_emails":false,"updated_at":1767962400,"workspace_id":"k7t2qz9x"}],"pages":{"page":1,"per_page":50,"total_pages":1,"type":"pages"},"total_count":1,"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::CreateContact,
        id: "CreateContact",
        method: "POST",
        path: "/contacts",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"android_app_name":null,"android_app_version":null,"android_device":null,"android_last_seen_at":null,"android_os_version":null,"android_sdk_version":null,"avatar":{"image_url":"https://static.example.com/avatars/tomas.jpg","type":"avatar"},"browser":"firefox","browser_language":"en-IE","browser_version":"133.0","companies":{"data":[{"id":"66a1f40ab8e4d70012ab3501","type":"company","url":"/companies/66a1f40ab8e4d70012ab3501"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/companies"},"created_at":1767957000,"custom_attributes":{"lifetime_orders":4,"loyalty_tier":"silver"},"email":"tomas.reyes@example.org","email_domain":"example.org","enabled_push_messaging":true,"external_id":"cust-20931","formatted_phone":"+353871234567","has_hard_bounced":false,"id":"66a1f3c2b8e4d70012ab34cd","ios_app_name":"Northwind Ride","ios_app_version":"4.2.1","ios_device":"iPhone 15","ios_last_seen_at":1767900000,"ios_os_version":"18.2","ios_sdk_version":"17.3.0","language_override":"es","last_contacted_at":1767968000,"last_email_clicked_at":null,"last_email_opened_at":null,"last_replied_at":1767968300,"last_seen_at":1767966000,"location":{"city":"Galway","country":"Ireland","region":"Connacht","type":"location"},"marked_email_as_spam":false,"name":"Tomás Reyes","notes":{"data":[{"id":"5510932","type":"note","url":"/notes/5510932"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/notes"},"os":"Linux","owner_id":"7301942","phone":"+353 87 123 4567","role":"user","signed_up_at":1767962400,"social_profiles":{"data":[{"name":"Strava","type":"social_profile","url":"https://www.strava.com/athletes/20931"}],"type":"list"},"tags":{"data":[{"id":"730122","type":"tag","url":"/tags/730122"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/tags"},"type":"contact","unsubscribed_from_emails":false,"updated_at":1767962400,"workspace_id":"k7t2qz9x"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ShowContactByExternalId,
        id: "ShowContactByExternalId",
        method: "GET",
        path: "/contacts/find_by_external_id/{external_id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"android_app_name":null,"android_app_version":null,"android_device":null,"android_last_seen_at":null,"android_os_version":null,"android_sdk_version":null,"avatar":{"image_url":"https://static.example.com/avatars/tomas.jpg","type":"avatar"},"browser":"firefox","browser_language":"en-IE","browser_version":"133.0","companies":{"data":[{"id":"66a1f40ab8e4d70012ab3501","type":"company","url":"/companies/66a1f40ab8e4d70012ab3501"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/companies"},"created_at":1767957000,"custom_attributes":{"lifetime_orders":4,"loyalty_tier":"silver"},"email":"tomas.reyes@example.org","email_domain":"example.org","enabled_push_messaging":true,"external_id":"cust-20931","formatted_phone":"+353871234567","has_hard_bounced":false,"id":"66a1f3c2b8e4d70012ab34cd","ios_app_name":"Northwind Ride","ios_app_version":"4.2.1","ios_device":"iPhone 15","ios_last_seen_at":1767900000,"ios_os_version":"18.2","ios_sdk_version":"17.3.0","language_override":"es","last_contacted_at":1767968000,"last_email_clicked_at":null,"last_email_opened_at":null,"last_replied_at":1767968300,"last_seen_at":1767966000,"location":{"city":"Galway","country":"Ireland","region":"Connacht","type":"location"},"marked_email_as_spam":false,"name":"Tomás Reyes","notes":{"data":[{"id":"5510932","type":"note","url":"/notes/5510932"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/notes"},"os":"Linux","owner_id":"7301942","phone":"+353 87 123 4567","role":"user","signed_up_at":1767962400,"social_profiles":{"data":[{"name":"Strava","type":"social_profile","url":"https://www.strava.com/athletes/20931"}],"type":"list"},"tags":{"data":[{"id":"730122","type":"tag","url":"/tags/730122"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/tags"},"type":"contact","unsubscribed_from_emails":false,"updated_at":1767962400,"workspace_id":"k7t2qz9x"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ArchiveContact,
        id: "ArchiveContact",
        method: "POST",
        path: "/contacts/{id}/archive",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"archived":true,"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::UnarchiveContact,
        id: "UnarchiveContact",
        method: "POST",
        path: "/contacts/{id}/unarchive",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"archived":false,"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::BlockContact,
        id: "BlockContact",
        method: "POST",
        path: "/contacts/{id}/block",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"blocked":true,"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ListContactMergeHistory,
        id: "ListContactMergeHistory",
        method: "GET",
        path: "/contacts/{id}/merge_history",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"merged_at":1767964000,"source_contact_id":"66a1f3d9b8e4d70012ab34e2","source_contact_role":"lead","type":"merge_history"}],"has_more":false,"next_cursor":null,"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ListContactBanners,
        id: "listContactBanners",
        method: "GET",
        path: "/contacts/{id}/banners",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"action":{"label":"Shop the sale","target":"https://shop.example.org/sale","tour_id":null,"tour_url":null,"type":"url"},"body":"<p>Use the code WINTER20 at checkout until 31 January.</p>","client_targeting":null,"created_at":1767949200,"id":"44021","position":"top","show_dismiss_button":true,"style":"inline","title":"Winter sale: 20% off carbon frames","type":"banner","view_id":"908113"},{"action":{"label":null,"reaction_set":[{"index":0,"unicode_emoticon":"😞"},{"index":1,"unicode_emoticon":"😐"},{"index":2,"unicode_emoticon":"😃"}],"target":null,"tour_id":null,"tour_url":null,"type":"reaction"},"body":"<p>How happy are you with your new bike?</p>","client_targeting":null,"created_at":1767949200,"id":"44035","position":"bottom","show_dismiss_button":false,"style":"floating","title":null,"type":"banner","view_id":"908114"}],"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::DismissContactBanner,
        id: "dismissContactBanner",
        method: "POST",
        path: "/contacts/{id}/banners/{view_id}/dismiss",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"dismissed":true,"type":"banner_dismiss","view_id":"908113"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::BulkUpdateContacts,
        id: "BulkUpdateContacts",
        method: "PUT",
        path: "/contacts/bulk",
        status: 202,
        default: DefaultAnswer::Example(
            r#"{"completed_at":null,"created_at":1767957000,"id":"bulkjob_c_4f2a91","state":"pending","tasks":[{"completed_at":null,"created_at":1767957000,"id":"task_4f2a91_1","item_count":2,"started_at":null,"state":"pending"}],"type":"contacts.bulk.job","updated_at":1767957000,"url":"https://api.intercom.io/contacts/bulk/bulkjob_c_4f2a91"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::BulkCreateContacts,
        id: "BulkCreateContacts",
        method: "POST",
        path: "/contacts/bulk",
        status: 202,
        default: DefaultAnswer::Example(
            r#"{"completed_at":null,"created_at":1767957000,"id":"bulkjob_c_4f2a91","state":"pending","tasks":[{"completed_at":null,"created_at":1767957000,"id":"task_4f2a91_1","item_count":2,"started_at":null,"state":"pending"}],"type":"contacts.bulk.job","updated_at":1767957000,"url":"https://api.intercom.io/contacts/bulk/bulkjob_c_4f2a91"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::BulkDeleteContacts,
        id: "BulkDeleteContacts",
        method: "POST",
        path: "/contacts/bulk/delete",
        status: 202,
        default: DefaultAnswer::Example(
            r#"{"completed_at":null,"created_at":1767957000,"id":"bulkjob_c_4f2a91","state":"pending","tasks":[{"completed_at":null,"created_at":1767957000,"id":"task_4f2a91_1","item_count":2,"started_at":null,"state":"pending"}],"type":"contacts.bulk.job","updated_at":1767957000,"url":"https://api.intercom.io/contacts/bulk/bulkjob_c_4f2a91"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ShowBulkUpdateContactsJob,
        id: "ShowBulkUpdateContactsJob",
        method: "GET",
        path: "/contacts/bulk/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"completed_at":1767957180,"created_at":1767957000,"id":"bulkjob_c_4f2a91","state":"completed","tasks":[{"completed_at":1767957180,"created_at":1767957000,"id":"task_4f2a91_1","item_count":2,"started_at":1767957060,"state":"completed"}],"type":"contacts.bulk.job","updated_at":1767957180,"url":"https://api.intercom.io/contacts/bulk/bulkjob_c_4f2a91"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::BulkContentActions,
        id: "bulkContentActions",
        method: "POST",
        path: "/content/bulk_actions",
        status: 202,
        default: DefaultAnswer::Example(r#"{"status":"queued","type":"bulk_action"}"#),
    },
    OperationInfo {
        operation: Operation::SearchContent,
        id: "searchContent",
        method: "GET",
        path: "/content/search",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"contents":[{"id":"18840390","locale":"en","title":"Returning a bike","type":"article_content"},{"id":"18840391","locale":"fr","title":"Retourner un vélo","type":"article_content"}],"id":"9120533","title":"Returning a bike","type":"article"},{"id":"66120","title":"Return window","type":"content_snippet"}],"pages":{"next":null,"page":1,"per_page":10,"prev":null,"total_pages":1,"type":"pages"},"total_count":2,"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ListContentSnippets,
        id: "listContentSnippets",
        method: "GET",
        path: "/content_snippets",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":true,"audience_ids":[88120],"body_markdown":"Unused bikes can be returned within **30 days** of delivery.","chatbot_availability":1,"copilot_availability":1,"created_at":1792000000,"id":"66120","json_blocks":[],"locale":"en","title":"Return window","type":"content_snippet","updated_at":1795200000},{"ai_chatbot_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"body_markdown":"Deliveries to islands take two extra working days.","chatbot_availability":0,"copilot_availability":1,"created_at":1793000000,"id":"66127","json_blocks":[],"locale":"en","title":"Shipping to islands","type":"content_snippet","updated_at":1793000000}],"page":1,"per_page":20,"total_count":2,"total_pages":1,"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::CreateContentSnippet,
        id: "createContentSnippet",
        method: "POST",
        path: "/content_snippets",
        status: 201,
        default: DefaultAnswer::Example(
            r#"{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":true,"audience_ids":[88120],"body_markdown":"Unused bikes can be returned within **30 days** of delivery.","chatbot_availability":1,"copilot_availability":1,"created_at":1792000000,"id":"66120","json_blocks":[],"locale":"en","title":"Return window","type":"content_snippet","updated_at":1795200000}"#,
        ),
    },
    OperationInfo {
        operation: Operation::GetContentSnippet,
        id: "getContentSnippet",
        method: "GET",
        path: "/content_snippets/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":true,"audience_ids":[88120],"body_markdown":"Unused bikes can be returned within **30 days** of delivery.","chatbot_availability":1,"copilot_availability":1,"created_at":1792000000,"id":"66120","json_blocks":[],"locale":"en","title":"Return window","type":"content_snippet","updated_at":1795200000}"#,
        ),
    },
    OperationInfo {
        operation: Operation::UpdateContentSnippet,
        id: "updateContentSnippet",
        method: "PUT",
        path: "/content_snippets/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":true,"audience_ids":[88120],"body_markdown":"Unused bikes can be returned within **45 days** of delivery.","chatbot_availability":1,"copilot_availability":1,"created_at":1792000000,"id":"66120","json_blocks":[],"locale":"en","title":"Return window","type":"content_snippet","updated_at":1795705000}"#,
        ),
    },
    OperationInfo {
        operation: Operation::DeleteContentSnippet,
        id: "deleteContentSnippet",
        method: "DELETE",
        path: "/content_snippets/{id}",
        status: 204,
        default: DefaultAnswer::Empty,
    },
    OperationInfo {
        operation: Operation::AttachTagToContentSnippet,
        id: "attachTagToContentSnippet",
        method: "POST",
        path: "/content_snippets/{content_snippet_id}/tags",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"applied_at":1795605000,"applied_by":{"id":"7301942","type":"admin"},"id":"730160","name":"returns","type":"tag"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::DetachTagFromContentSnippet,
        id: "detachTagFromContentSnippet",
        method: "DELETE",
        path: "/content_snippets/{content_snippet_id}/tags/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"id":"730160","name":"returns","type":"tag"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::AttachTagToConversation,
        id: "attachTagToConversation",
        method: "POST",
        path: "/conversations/{conversation_id}/tags",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"applied_at":1767962400,"applied_by":{"id":"7301942","type":"admin"},"id":"730122","name":"VIP","type":"tag"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::DetachTagFromConversation,
        id: "detachTagFromConversation",
        method: "DELETE",
        path: "/conversations/{conversation_id}/tags/{id}",
        status: 200,
        default: DefaultAnswer::Example(r#"{"id":"730122","name":"VIP","type":"tag"}"#),
    },
    OperationInfo {
        operation: Operation::ListConversations,
        id: "listConversations",
        method: "GET",
        path: "/conversations",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"conversations":[{"admin_assignee_id":0,"ai_agent":null,"ai_agent_participated":false,"channel":{"current":"email","initial":"email"},"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"conversation_rating":null,"created_at":1767970000,"custom_attributes":{},"external_references":[],"id":"1291","linked_objects":{"data":[],"has_more":false,"total_count":0,"type":"list"},"open":true,"priority":"none","read":false,"sales_agent_participated":false,"snoozed_until":null,"source":{"attachments":[],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The tracking link does not work.</p>","delivered_as":"customer_initiated","id":"600211790","redacted":false,"subject":"Re: Your order NW-20931 has shipped","type":"email","url":null},"state":"open","statistics":{"assigned_team_first_response_time":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"assigned_team_first_response_time_in_office_hours":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"count_assignments":1,"count_conversation_parts":4,"count_reopens":0,"first_admin_reply_at":1767948840,"first_assignment_at":1767948120,"first_contact_reply_at":1767948000,"last_admin_reply_at":1767968000,"last_assignment_admin_reply_at":1767948840,"last_assignment_at":1767948120,"last_contact_reply_at":1767968300,"median_time_to_reply":840,"time_to_admin_reply":840,"time_to_assignment":120,"type":"conversation_statistics"},"tags":{"tags":[],"type":"tag.list"},"team_assignee_id":88412,"teammates":{"teammates":[{"id":"7301942","type":"admin"}],"type":"admin.list"},"title":null,"type":"conversation","updated_at":1767970500,"waiting_since":1767970000},{"admin_assignee_id":7301942,"ai_agent":{"content_sources":{"content_sources":[{"content_type":"external_content","locale":"en","title":"Warranty claims for carbon frames","url":"/fin-ai-agent/content?content=external_content&id=8830"}],"total_count":1,"type":"content_source.list"},"created_at":null,"last_answer_type":"ai_answer","rating":null,"rating_remark":null,"resolution_state":"escalated","source_title":"Delivery issues triage","source_type":"workflow","updated_at":null},"ai_agent_participated":true,"channel":{"current":"messenger","initial":"messenger"},"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"conversation_rating":null,"created_at":1767948000,"custom_attributes":{"Bike model":"Gravel 2","Order":"NW-20931"},"external_references":[],"first_contact_reply":{"created_at":1767948000,"type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"id":"1274","linked_objects":{"data":[{"category":"Tracker","id":"934","type":"ticket"}],"has_more":false,"total_count":1,"type":"list"},"open":true,"priority":"high","read":false,"sales_agent_participated":false,"sla_applied":{"sla_name":"Priority customers","sla_status":"active","type":"conversation_sla_summary"},"snoozed_until":null,"source":{"attachments":[{"content_type":"image/jpeg","filesize":482133,"height":1200,"name":"frame.jpg","type":"upload","url":"https://files.example.org/uploads/frame.jpg","width":1600}],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The frame I received is scratched.</p>","delivered_as":"customer_initiated","id":"600211734","redacted":false,"subject":"","type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"state":"open","statistics":{"assigned_team_first_response_time":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"assigned_team_first_response_time_in_office_hours":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"count_assignments":1,"count_conversation_parts":4,"count_reopens":0,"first_admin_reply_at":1767948840,"first_assignment_at":1767948120,"first_contact_reply_at":1767948000,"last_admin_reply_at":1767968000,"last_assignment_admin_reply_at":1767948840,"last_assignment_at":1767948120,"last_contact_reply_at":1767968300,"median_time_to_reply":840,"time_to_admin_reply":840,"time_to_assignment":120,"type":"conversation_statistics"},"tags":{"tags":[{"applied_at":1767949000,"applied_by":{"id":"7301942","type":"admin"},"id":"730140","name":"damaged-in-transit","type":"tag"}],"type":"tag.list"},"team_assignee_id":88412,"teammates":{"teammates":[{"id":"7301942","type":"admin"}],"type":"admin.list"},"title":"Scratched frame on delivery","type":"conversation","updated_at":1767968300,"waiting_since":1767968300}],"pages":{"next":{"per_page":2,"starting_after":"WzE3Njc5NjgzMDAwMDAsMTI3NF0="},"page":1,"per_page":2,"total_pages":19,"type":"pages"},"total_count":38,"type":"conversation.list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::CreateConversation,
        id: "createConversation",
        method: "POST",
        path: "/conversations",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"body":"Hi, can I change the delivery address of order NW-20977?","conversation_id":"1296","created_at":1767973000,"id":"600211802","message_type":"inapp","subject":"","type":"user_message"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::RetrieveConversation,
        id: "retrieveConversation",
        method: "GET",
        path: "/conversations/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"admin_assignee_id":7301942,"ai_agent":{"content_sources":{"content_sources":[{"content_type":"external_content","locale":"en","title":"Warranty claims for carbon frames","url":"/fin-ai-agent/content?content=external_content&id=8830"}],"total_count":1,"type":"content_source.list"},"created_at":null,"last_answer_type":"ai_answer","rating":null,"rating_remark":null,"resolution_state":"escalated","source_title":"Delivery issues triage","source_type":"workflow","updated_at":null},"ai_agent_participated":true,"ai_topics":{"topics":[{"subtopics":[{"id":318,"name":"Damaged parcel","type":"ai_subtopic"}],"topic_name":"Deliveries","type":"ai_topic"}],"type":"ai_topics"},"channel":{"current":"messenger","initial":"messenger"},"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"conversation_parts":{"conversation_parts":[{"app_package_code":null,"assigned_to":{"id":"88412","type":"team"},"attachments":[],"author":{"email":"operator+k7t2qz9x@intercom.io","from_ai_agent":false,"id":"7300001","is_ai_answer":false,"name":"Fin","type":"bot"},"body":null,"created_at":1767948120,"external_id":null,"id":"88120401","notified_at":1767948120,"part_type":"assignment","redacted":false,"state":"open","tags":[],"type":"conversation_part","updated_at":1767948120},{"app_package_code":null,"attachments":[],"author":{"email":"maeve.donnelly@example.com","from_ai_agent":false,"id":"7301942","is_ai_answer":false,"name":"Maeve Donnelly","type":"admin"},"body":"<p>Sorry about that! Could you send a photo of the order label?</p>","created_at":1767948840,"external_id":null,"id":"88120420","notified_at":1767948840,"part_type":"comment","redacted":false,"state":"open","tags":null,"type":"conversation_part","updated_at":1767948840}],"total_count":2,"type":"conversation_part.list"},"conversation_rating":null,"created_at":1767948000,"custom_attributes":{"Bike model":"Gravel 2","Order":"NW-20931"},"external_references":[],"first_contact_reply":{"created_at":1767948000,"type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"id":"1274","linked_objects":{"data":[{"category":"Tracker","id":"934","type":"ticket"}],"has_more":false,"total_count":1,"type":"list"},"open":true,"priority":"high","read":false,"sales_agent_participated":false,"sla_applied":{"sla_name":"Priority customers","sla_status":"active","type":"conversation_sla_summary"},"snoozed_until":null,"source":{"attachments":[{"content_type":"image/jpeg","filesize":482133,"height":1200,"name":"frame.jpg","type":"upload","url":"https://files.example.org/uploads/frame.jpg","width":1600}],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The frame I received is scratched.</p>","delivered_as":"customer_initiated","id":"600211734","redacted":false,"subject":"","type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"state":"open","statistics":{"assigned_team_first_response_time":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"assigned_team_first_response_time_in_office_hours":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"count_assignments":1,"count_conversation_parts":4,"count_reopens":0,"first_admin_reply_at":1767948840,"first_assignment_at":1767948120,"first_contact_reply_at":1767948000,"last_admin_reply_at":1767968000,"last_assignment_admin_reply_at":1767948840,"last_assignment_at":1767948120,"last_contact_reply_at":1767968300,"median_time_to_reply":840,"time_to_admin_reply":840,"time_to_assignment":120,"type":"conversation_statistics"},"tags":{"tags":[{"applied_at":1767949000,"applied_by":{"id":"7301942","type":"admin"},"id":"730140","name":"damaged-in-transit","type":"tag"}],"type":"tag.list"},"team_assignee_id":88412,"teammates":{"teammates":[{"id":"7301942","type":"admin"}],"type":"admin.list"},"title":"Scratched frame on delivery","type":"conversation","updated_at":1767968300,"waiting_since":1767968300}"#,
        ),
    },
    OperationInfo {
        operation: Operation::UpdateConversation,
        id: "updateConversation",
        method: "PUT",
        path: "/conversations/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"admin_assignee_id":7301942,"ai_agent":{"content_sources":{"content_sources":[{"content_type":"external_content","locale":"en","title":"Warranty claims for carbon frames","url":"/fin-ai-agent/content?content=external_content&id=8830"}],"total_count":1,"type":"content_source.list"},"created_at":null,"last_answer_type":"ai_answer","rating":null,"rating_remark":null,"resolution_state":"escalated","source_title":"Delivery issues triage","source_type":"workflow","updated_at":null},"ai_agent_participated":true,"ai_topics":{"topics":[{"subtopics":[{"id":318,"name":"Damaged parcel","type":"ai_subtopic"}],"topic_name":"Deliveries","type":"ai_topic"}],"type":"ai_topics"},"channel":{"current":"messenger","initial":"messenger"},"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"conversation_parts":{"conversation_parts":[{"app_package_code":null,"assigned_to":{"id":"88412","type":"team"},"attachments":[],"author":{"email":"operator+k7t2qz9x@intercom.io","from_ai_agent":false,"id":"7300001","is_ai_answer":false,"name":"Fin","type":"bot"},"body":null,"created_at":1767948120,"external_id":null,"id":"88120401","notified_at":1767948120,"part_type":"assignment","redacted":false,"state":"open","tags":[],"type":"conversation_part","updated_at":1767948120},{"app_package_code":null,"attachments":[],"author":{"email":"maeve.donnelly@example.com","from_ai_agent":false,"id":"7301942","is_ai_answer":false,"name":"Maeve Donnelly","type":"admin"},"body":"<p>Sorry about that! Could you send a photo of the order label?</p>","created_at":1767948840,"external_id":null,"id":"88120420","notified_at":1767948840,"part_type":"comment","redacted":false,"state":"open","tags":null,"type":"conversation_part","updated_at":1767948840}],"total_count":2,"type":"conversation_part.list"},"conversation_rating":null,"created_at":1767948000,"custom_attributes":{"Bike model":"Gravel 2","Order":"NW-20931","Return reason":"Damaged in transit"},"external_references":[],"first_contact_reply":{"created_at":1767948000,"type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"id":"1274","linked_objects":{"data":[{"category":"Tracker","id":"934","type":"ticket"}],"has_more":false,"total_count":1,"type":"list"},"open":true,"priority":"high","read":true,"sales_agent_participated":false,"sla_applied":{"sla_name":"Priority customers","sla_status":"active","type":"conversation_sla_summary"},"snoozed_until":null,"source":{"attachments":[{"content_type":"image/jpeg","filesize":482133,"height":1200,"name":"frame.jpg","type":"upload","url":"https://files.example.org/uploads/frame.jpg","width":1600}],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The frame I received is scratched.</p>","delivered_as":"customer_initiated","id":"600211734","redacted":false,"subject":"","type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"state":"open","statistics":{"assigned_team_first_response_time":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"assigned_team_first_response_time_in_office_hours":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"count_assignments":1,"count_conversation_parts":4,"count_reopens":0,"first_admin_reply_at":1767948840,"first_assignment_at":1767948120,"first_contact_reply_at":1767948000,"last_admin_reply_at":1767968000,"last_assignment_admin_reply_at":1767948840,"last_assignment_at":1767948120,"last_contact_reply_at":1767968300,"median_time_to_reply":840,"time_to_admin_reply":840,"time_to_assignment":120,"type":"conversation_statistics"},"tags":{"tags":[{"applied_at":1767949000,"applied_by":{"id":"7301942","type":"admin"},"id":"730140","name":"damaged-in-transit","type":"tag"}],"type":"tag.list"},"team_assignee_id":88412,"teammates":{"teammates":[{"id":"7301942","type":"admin"}],"type":"admin.list"},"title":"Scratched frame, replacement sent","type":"conversation","updated_at":1767968900,"waiting_since":1767968300}"#,
        ),
    },
    OperationInfo {
        operation: Operation::DeleteConversation,
        id: "deleteConversation",
        method: "DELETE",
        path: "/conversations/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"deleted":true,"id":"1291","object":"conversation"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::SearchConversations,
        id: "searchConversations",
        method: "POST",
        path: "/conversations/search",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"conversations":[{"admin_assignee_id":7301942,"ai_agent":{"content_sources":{"content_sources":[{"content_type":"external_content","locale":"en","title":"Warranty claims for carbon frames","url":"/fin-ai-agent/content?content=external_content&id=8830"}],"total_count":1,"type":"content_source.list"},"created_at":null,"last_answer_type":"ai_answer","rating":null,"rating_remark":null,"resolution_state":"escalated","source_title":"Delivery issues triage","source_type":"workflow","updated_at":null},"ai_agent_participated":true,"channel":{"current":"messenger","initial":"messenger"},"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"conversation_rating":null,"created_at":1767948000,"custom_attributes":{"Bike model":"Gravel 2","Order":"NW-20931"},"external_references":[],"first_contact_reply":{"created_at":1767948000,"type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"id":"1274","linked_objects":{"data":[{"category":"Tracker","id":"934","type":"ticket"}],"has_more":false,"total_count":1,"type":"list"},"open":true,"priority":"high","read":false,"sales_agent_participated":false,"sla_applied":{"sla_name":"Priority customers","sla_status":"active","type":"conversation_sla_summary"},"snoozed_until":null,"source":{"attachments":[{"content_type":"image/jpeg","filesize":482133,"height":1200,"name":"frame.jpg","type":"upload","url":"https://files.example.org/uploads/frame.jpg","width":1600}],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The frame I received is scratched.</p>","delivered_as":"customer_initiated","id":"600211734","redacted":false,"subject":"","type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"state":"open","statistics":{"assigned_team_first_response_time":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"assigned_team_first_response_time_in_office_hours":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"count_assignments":1,"count_conversation_parts":4,"count_reopens":0,"first_admin_reply_at":1767948840,"first_assignment_at":1767948120,"first_contact_reply_at":1767948000,"last_admin_reply_at":1767968000,"last_assignment_admin_reply_at":1767948840,"last_assignment_at":1767948120,"last_contact_reply_at":1767968300,"median_time_to_reply":840,"time_to_admin_reply":840,"time_to_assignment":120,"type":"conversation_statistics"},"tags":{"tags":[{"applied_at":1767949000,"applied_by":{"id":"7301942","type":"admin"},"id":"730140","name":"damaged-in-transit","type":"tag"}],"type":"tag.list"},"team_assignee_id":88412,"teammates":{"teammates":[{"id":"7301942","type":"admin"}],"type":"admin.list"},"title":"Scratched frame on delivery","type":"conversation","updated_at":1767968300,"waiting_since":1767968300}],"pages":{"page":1,"per_page":20,"total_pages":1,"type":"pages"},"total_count":1,"type":"conversation.list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ReplyConversation,
        id: "replyConversation",
        method: "POST",
        path: "/conversations/{id}/reply",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"admin_assignee_id":7301942,"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"conversation_parts":{"conversation_parts":[{"app_package_code":"northwind-helpdesk-sync","attachments":[],"author":{"email":"maeve.donnelly@example.com","id":"7301942","name":"Maeve Donnelly","type":"admin"},"body":"<p>Would you like a replacement or a refund?</p>","created_at":1767968000,"external_id":null,"id":"88120455","metadata":{"quick_reply_options":[{"text":"Replacement","translations":null,"uuid":"6a3f9d20-8e4b-4c17-b2d5-19e0f7a4c863"},{"text":"Refund","translations":null,"uuid":"c9e41b7f-2d08-4a6e-9f35-70b8d2a1e4c6"}]},"notified_at":1767968000,"part_type":"quick_reply","redacted":false,"type":"conversation_part","updated_at":1767968000}],"total_count":1,"type":"conversation_part.list"},"created_at":1767948000,"id":"1274","linked_objects":{"data":[],"has_more":false,"total_count":0,"type":"list"},"open":true,"priority":"none","read":true,"snoozed_until":null,"source":{"attachments":[],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The frame I received is scratched.</p>","delivered_as":"customer_initiated","id":"600211734","redacted":false,"subject":"","type":"conversation","url":null},"state":"open","team_assignee_id":88412,"title":null,"type":"conversation","updated_at":1767968000,"waiting_since":null}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ManageConversation,
        id: "manageConversation",
        method: "POST",
        path: "/conversations/{id}/parts",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"admin_assignee_id":7301942,"ai_agent":{"content_sources":{"content_sources":[{"content_type":"external_content","locale":"en","title":"Warranty claims for carbon frames","url":"/fin-ai-agent/content?content=external_content&id=8830"}],"total_count":1,"type":"content_source.list"},"created_at":null,"last_answer_type":"ai_answer","rating":null,"rating_remark":null,"resolution_state":"escalated","source_title":"Delivery issues triage","source_type":"workflow","updated_at":null},"ai_agent_participated":true,"ai_topics":{"topics":[{"subtopics":[{"id":318,"name":"Damaged parcel","type":"ai_subtopic"}],"topic_name":"Deliveries","type":"ai_topic"}],"type":"ai_topics"},"channel":{"current":"messenger","initial":"messenger"},"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"conversation_parts":{"conversation_parts":[{"app_package_code":null,"assigned_to":{"id":"88412","type":"team"},"attachments":[],"author":{"email":"operator+k7t2qz9x@intercom.io","from_ai_agent":false,"id":"7300001","is_ai_answer":false,"name":"Fin","type":"bot"},"body":null,"created_at":1767948120,"external_id":null,"id":"88120401","notified_at":1767948120,"part_type":"assignment","redacted":false,"state":"open","tags":[],"type":"conversation_part","updated_at":1767948120},{"app_package_code":null,"attachments":[],"author":{"email":"maeve.donnelly@example.com","from_ai_agent":false,"id":"7301942","is_ai_answer":false,"name":"Maeve Donnelly","type":"admin"},"body":"<p>Sorry about that! Could you send a photo of the order label?</p>","created_at":1767948840,"external_id":null,"id":"88120420","notified_at":1767948840,"part_type":"comment","redacted":false,"state":"open","tags":null,"type":"conversation_part","updated_at":1767948840},{"app_package_code":null,"attachments":[],"author":{"email":"maeve.donnelly@example.com","from_ai_agent":false,"id":"7301942","is_ai_answer":false,"name":"Maeve Donnelly","type":"admin"},"body":"<p>A replacement frame is on its way.</p>","created_at":1767969000,"external_id":null,"id":"88120433","notified_at":1767969000,"part_type":"close","redacted":false,"state":"closed","tags":[],"type":"conversation_part","updated_at":1767969000}],"total_count":3,"type":"conversation_part.list"},"conversation_rating":null,"created_at":1767948000,"custom_attributes":{"Bike model":"Gravel 2","Order":"NW-20931"},"external_references":[],"first_contact_reply":{"created_at":1767948000,"type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"id":"1274","linked_objects":{"data":[{"category":"Tracker","id":"934","type":"ticket"}],"has_more":false,"total_count":1,"type":"list"},"open":false,"priority":"high","read":false,"sales_agent_participated":false,"sla_applied":{"sla_name":"Priority customers","sla_status":"active","type":"conversation_sla_summary"},"snoozed_until":null,"source":{"attachments":[{"content_type":"image/jpeg","filesize":482133,"height":1200,"name":"frame.jpg","type":"upload","url":"https://files.example.org/uploads/frame.jpg","width":1600}],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The frame I received is scratched.</p>","delivered_as":"customer_initiated","id":"600211734","redacted":false,"subject":"","type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"state":"closed","statistics":{"assigned_team_first_response_time":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"assigned_team_first_response_time_in_office_hours":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"count_assignments":1,"count_conversation_parts":4,"count_reopens":0,"first_admin_reply_at":1767948840,"first_assignment_at":1767948120,"first_contact_reply_at":1767948000,"last_admin_reply_at":1767968000,"last_assignment_admin_reply_at":1767948840,"last_assignment_at":1767948120,"last_contact_reply_at":1767968300,"median_time_to_reply":840,"time_to_admin_reply":840,"time_to_assignment":120,"type":"conversation_statistics"},"tags":{"tags":[{"applied_at":1767949000,"applied_by":{"id":"7301942","type":"admin"},"id":"730140","name":"damaged-in-transit","type":"tag"}],"type":"tag.list"},"team_assignee_id":88412,"teammates":{"teammates":[{"id":"7301942","type":"admin"}],"type":"admin.list"},"title":"Scratched frame on delivery","type":"conversation","updated_at":1767969000,"waiting_since":null}"#,
        ),
    },
    OperationInfo {
        operation: Operation::UpdateConversationPart,
        id: "updateConversationPart",
        method: "PUT",
        path: "/conversations/{conversation_id}/conversation_parts/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"app_package_code":null,"attachments":[],"author":{"email":"maeve.donnelly@example.com","from_ai_agent":false,"id":"7301942","is_ai_answer":false,"name":"Maeve Donnelly","type":"admin"},"body":"<p>Sorry about that! Could you send a photo of the order label?</p>","created_at":1767948840,"external_id":"zd-comment-55120","id":"88120420","notified_at":1767948840,"part_type":"comment","redacted":false,"state":"open","tags":[],"type":"conversation_part","updated_at":1767968950}"#,
        ),
    },
    OperationInfo {
        operation: Operation::AttachContactToConversation,
        id: "attachContactToConversation",
        method: "POST",
        path: "/conversations/{id}/customers",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"admin_assignee_id":7301942,"ai_agent":{"content_sources":{"content_sources":[{"content_type":"external_content","locale":"en","title":"Warranty claims for carbon frames","url":"/fin-ai-agent/content?content=external_content&id=8830"}],"total_count":1,"type":"content_source.list"},"created_at":null,"last_answer_type":"ai_answer","rating":null,"rating_remark":null,"resolution_state":"escalated","source_title":"Delivery issues triage","source_type":"workflow","updated_at":null},"ai_agent_participated":true,"ai_topics":{"topics":[{"subtopics":[{"id":318,"name":"Damaged parcel","type":"ai_subtopic"}],"topic_name":"Deliveries","type":"ai_topic"}],"type":"ai_topics"},"channel":{"current":"messenger","initial":"messenger"},"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"},{"external_id":"lead-4471","id":"66b0a7d4c9e1f20013cd56ef","type":"contact"}],"type":"contact.list"},"conversation_parts":{"conversation_parts":[{"app_package_code":null,"assigned_to":{"id":"88412","type":"team"},"attachments":[],"author":{"email":"operator+k7t2qz9x@intercom.io","from_ai_agent":false,"id":"7300001","is_ai_answer":false,"name":"Fin","type":"bot"},"body":null,"created_at":1767948120,"external_id":null,"id":"88120401","notified_at":1767948120,"part_type":"assignment","redacted":false,"state":"open","tags":[],"type":"conversation_part","updated_at":1767948120},{"app_package_code":null,"attachments":[],"author":{"email":"maeve.donnelly@example.com","from_ai_agent":false,"id":"7301942","is_ai_answer":false,"name":"Maeve Donnelly","type":"admin"},"body":"<p>Sorry about that! Could you send a photo of the order label?</p>","created_at":1767948840,"external_id":null,"id":"88120420","notified_at":1767948840,"part_type":"comment","redacted":false,"state":"open","tags":null,"type":"conversation_part","updated_at":1767948840}],"total_count":2,"type":"conversation_part.list"},"conversation_rating":null,"created_at":1767948000,"custom_attributes":{"Bike model":"Gravel 2","Order":"NW-20931"},"external_references":[],"first_contact_reply":{"created_at":1767948000,"type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"id":"1274","linked_objects":{"data":[{"category":"Tracker","id":"934","type":"ticket"}],"has_more":false,"total_count":1,"type":"list"},"open":true,"priority":"high","read":false,"sales_agent_participated":false,"sla_applied":{"sla_name":"Priority customers","sla_status":"active","type":"conversation_sla_summary"},"snoozed_until":null,"source":{"attachments":[{"content_type":"image/jpeg","filesize":482133,"height":1200,"name":"frame.jpg","type":"upload","url":"https://files.example.org/uploads/frame.jpg","width":1600}],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The frame I received is scratched.</p>","delivered_as":"customer_initiated","id":"600211734","redacted":false,"subject":"","type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"state":"open","statistics":{"assigned_team_first_response_time":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"assigned_team_first_response_time_in_office_hours":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"count_assignments":1,"count_conversation_parts":4,"count_reopens":0,"first_admin_reply_at":1767948840,"first_assignment_at":1767948120,"first_contact_reply_at":1767948000,"last_admin_reply_at":1767968000,"last_assignment_admin_reply_at":1767948840,"last_assignment_at":1767948120,"last_contact_reply_at":1767968300,"median_time_to_reply":840,"time_to_admin_reply":840,"time_to_assignment":120,"type":"conversation_statistics"},"tags":{"tags":[{"applied_at":1767949000,"applied_by":{"id":"7301942","type":"admin"},"id":"730140","name":"damaged-in-transit","type":"tag"}],"type":"tag.list"},"team_assignee_id":88412,"teammates":{"teammates":[{"id":"7301942","type":"admin"}],"type":"admin.list"},"title":"Scratched frame on delivery","type":"conversation","updated_at":1767968300,"waiting_since":1767968300}"#,
        ),
    },
    OperationInfo {
        operation: Operation::DetachContactFromConversation,
        id: "detachContactFromConversation",
        method: "DELETE",
        path: "/conversations/{conversation_id}/customers/{contact_id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"admin_assignee_id":7301942,"ai_agent":{"content_sources":{"content_sources":[{"content_type":"external_content","locale":"en","title":"Warranty claims for carbon frames","url":"/fin-ai-agent/content?content=external_content&id=8830"}],"total_count":1,"type":"content_source.list"},"created_at":null,"last_answer_type":"ai_answer","rating":null,"rating_remark":null,"resolution_state":"escalated","source_title":"Delivery issues triage","source_type":"workflow","updated_at":null},"ai_agent_participated":true,"ai_topics":{"topics":[{"subtopics":[{"id":318,"name":"Damaged parcel","type":"ai_subtopic"}],"topic_name":"Deliveries","type":"ai_topic"}],"type":"ai_topics"},"channel":{"current":"messenger","initial":"messenger"},"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"conversation_parts":{"conversation_parts":[{"app_package_code":null,"assigned_to":{"id":"88412","type":"team"},"attachments":[],"author":{"email":"operator+k7t2qz9x@intercom.io","from_ai_agent":false,"id":"7300001","is_ai_answer":false,"name":"Fin","type":"bot"},"body":null,"created_at":1767948120,"external_id":null,"id":"88120401","notified_at":1767948120,"part_type":"assignment","redacted":false,"state":"open","tags":[],"type":"conversation_part","updated_at":1767948120},{"app_package_code":null,"attachments":[],"author":{"email":"maeve.donnelly@example.com","from_ai_agent":false,"id":"7301942","is_ai_answer":false,"name":"Maeve Donnelly","type":"admin"},"body":"<p>Sorry about that! Could you send a photo of the order label?</p>","created_at":1767948840,"external_id":null,"id":"88120420","notified_at":1767948840,"part_type":"comment","redacted":false,"state":"open","tags":null,"type":"conversation_part","updated_at":1767948840}],"total_count":2,"type":"conversation_part.list"},"conversation_rating":null,"created_at":1767948000,"custom_attributes":{"Bike model":"Gravel 2","Order":"NW-20931"},"external_references":[],"first_contact_reply":{"created_at":1767948000,"type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"id":"1274","linked_objects":{"data":[{"category":"Tracker","id":"934","type":"ticket"}],"has_more":false,"total_count":1,"type":"list"},"open":true,"priority":"high","read":false,"sales_agent_participated":false,"sla_applied":{"sla_name":"Priority customers","sla_status":"active","type":"conversation_sla_summary"},"snoozed_until":null,"source":{"attachments":[{"content_type":"image/jpeg","filesize":482133,"height":1200,"name":"frame.jpg","type":"upload","url":"https://files.example.org/uploads/frame.jpg","width":1600}],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The frame I received is scratched.</p>","delivered_as":"customer_initiated","id":"600211734","redacted":false,"subject":"","type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"state":"open","statistics":{"assigned_team_first_response_time":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"assigned_team_first_response_time_in_office_hours":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"count_assignments":1,"count_conversation_parts":4,"count_reopens":0,"first_admin_reply_at":1767948840,"first_assignment_at":1767948120,"first_contact_reply_at":1767948000,"last_admin_reply_at":1767968000,"last_assignment_admin_reply_at":1767948840,"last_assignment_at":1767948120,"last_contact_reply_at":1767968300,"median_time_to_reply":840,"time_to_admin_reply":840,"time_to_assignment":120,"type":"conversation_statistics"},"tags":{"tags":[{"applied_at":1767949000,"applied_by":{"id":"7301942","type":"admin"},"id":"730140","name":"damaged-in-transit","type":"tag"}],"type":"tag.list"},"team_assignee_id":88412,"teammates":{"teammates":[{"id":"7301942","type":"admin"}],"type":"admin.list"},"title":"Scratched frame on delivery","type":"conversation","updated_at":1767968300,"waiting_since":1767968300}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ListHandlingEvents,
        id: "listHandlingEvents",
        method: "GET",
        path: "/conversations/{id}/handling_events",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"handling_events":[{"reason":"Lunch","teammate":{"email":"maeve.donnelly@example.com","id":7301942,"name":"Maeve Donnelly","type":"admin"},"timestamp":"2026-01-09T12:30:00Z","type":"paused"},{"reason":null,"teammate":{"email":"maeve.donnelly@example.com","id":7301942,"name":"Maeve Donnelly","type":"admin"},"timestamp":"2026-01-09T13:05:00Z","type":"resumed"}]}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ListSideConversations,
        id: "listSideConversations",
        method: "GET",
        path: "/conversations/{id}/side_conversations",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"pages":{"page":1,"per_page":25,"total_pages":1},"side_conversations":[{"conversation_parts":[{"app_package_code":null,"attachments":[],"author":{"email":"maeve.donnelly@example.com","from_ai_agent":false,"id":"7301942","is_ai_answer":false,"name":"Maeve Donnelly","type":"admin"},"body":"<p>Warehouse: can we ship a replacement frame today?</p>","created_at":1767950200,"external_id":null,"id":"88120470","notified_at":1767950200,"part_type":"comment","redacted":false,"state":"open","tags":[],"type":"conversation_part","updated_at":1767950200}],"side_conversation_id":"1302","total_count":1}],"total_count":1,"type":"side_conversation.list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::RedactConversation,
        id: "redactConversation",
        method: "POST",
        path: "/conversations/redact",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"admin_assignee_id":7301942,"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"conversation_parts":{"conversation_parts":[{"app_package_code":null,"attachments":[],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p><i>This message has been removed</i></p>","created_at":1767971000,"external_id":null,"id":"88120470","notified_at":1767971000,"part_type":"comment","redacted":true,"type":"conversation_part","updated_at":1767972000}],"total_count":1,"type":"conversation_part.list"},"created_at":1767948000,"id":"1274","linked_objects":{"data":[],"has_more":false,"total_count":0,"type":"list"},"open":true,"priority":"none","read":true,"snoozed_until":null,"source":{"attachments":[],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The frame I received is scratched.</p>","delivered_as":"customer_initiated","id":"600211734","redacted":false,"subject":"","type":"conversation","url":null},"state":"open","team_assignee_id":88412,"title":null,"type":"conversation","updated_at":1767972000,"waiting_since":1767971000}"#,
        ),
    },
    OperationInfo {
        operation: Operation::MergeConversation,
        id: "mergeConversation",
        method: "POST",
        path: "/conversations/{id}/merge",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"admin_assignee_id":7301942,"ai_agent":{"content_sources":{"content_sources":[{"content_type":"external_content","locale":"en","title":"Warranty claims for carbon frames","url":"/fin-ai-agent/content?content=external_content&id=8830"}],"total_count":1,"type":"content_source.list"},"created_at":null,"last_answer_type":"ai_answer","rating":null,"rating_remark":null,"resolution_state":"escalated","source_title":"Delivery issues triage","source_type":"workflow","updated_at":null},"ai_agent_participated":true,"ai_topics":{"topics":[{"subtopics":[{"id":318,"name":"Damaged parcel","type":"ai_subtopic"}],"topic_name":"Deliveries","type":"ai_topic"}],"type":"ai_topics"},"channel":{"current":"messenger","initial":"messenger"},"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"conversation_parts":{"conversation_parts":[{"app_package_code":null,"assigned_to":{"id":"88412","type":"team"},"attachments":[],"author":{"email":"operator+k7t2qz9x@intercom.io","from_ai_agent":false,"id":"7300001","is_ai_answer":false,"name":"Fin","type":"bot"},"body":null,"created_at":1767948120,"external_id":null,"id":"88120401","notified_at":1767948120,"part_type":"assignment","redacted":false,"state":"open","tags":[],"type":"conversation_part","updated_at":1767948120},{"app_package_code":null,"attachments":[],"author":{"email":"maeve.donnelly@example.com","from_ai_agent":false,"id":"7301942","is_ai_answer":false,"name":"Maeve Donnelly","type":"admin"},"body":"<p>Sorry about that! Could you send a photo of the order label?</p>","created_at":1767948840,"external_id":null,"id":"88120420","notified_at":1767948840,"part_type":"comment","redacted":false,"state":"open","tags":null,"type":"conversation_part","updated_at":1767948840},{"app_package_code":null,"attachments":[],"author":{"email":"maeve.donnelly@example.com","from_ai_agent":false,"id":"7301942","is_ai_answer":false,"name":"Maeve Donnelly","type":"admin"},"body":null,"created_at":1767971000,"external_id":null,"id":"88120511","notified_at":1767971000,"part_type":"conversation_merged","redacted":false,"state":"open","tags":[],"type":"conversation_part","updated_at":1767971000}],"total_count":3,"type":"conversation_part.list"},"conversation_rating":null,"created_at":1767948000,"custom_attributes":{"Bike model":"Gravel 2","Order":"NW-20931"},"external_references":[],"first_contact_reply":{"created_at":1767948000,"type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"id":"1274","linked_objects":{"data":[{"category":"Tracker","id":"934","type":"ticket"}],"has_more":false,"total_count":1,"type":"list"},"open":true,"priority":"high","read":false,"sales_agent_participated":false,"sla_applied":{"sla_name":"Priority customers","sla_status":"active","type":"conversation_sla_summary"},"snoozed_until":null,"source":{"attachments":[{"content_type":"image/jpeg","filesize":482133,"height":1200,"name":"frame.jpg","type":"upload","url":"https://files.example.org/uploads/frame.jpg","width":1600}],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The frame I received is scratched.</p>","delivered_as":"customer_initiated","id":"600211734","redacted":false,"subject":"","type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"state":"open","statistics":{"assigned_team_first_response_time":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"assigned_team_first_response_time_in_office_hours":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"count_assignments":1,"count_conversation_parts":4,"count_reopens":0,"first_admin_reply_at":1767948840,"first_assignment_at":1767948120,"first_contact_reply_at":1767948000,"last_admin_reply_at":1767968000,"last_assignment_admin_reply_at":1767948840,"last_assignment_at":1767948120,"last_contact_reply_at":1767968300,"median_time_to_reply":840,"time_to_admin_reply":840,"time_to_assignment":120,"type":"conversation_statistics"},"tags":{"tags":[{"applied_at":1767949000,"applied_by":{"id":"7301942","type":"admin"},"id":"730140","name":"damaged-in-transit","type":"tag"}],"type":"tag.list"},"team_assignee_id":88412,"teammates":{"teammates":[{"id":"7301942","type":"admin"}],"type":"admin.list"},"title":"Scratched frame on delivery","type":"conversation","updated_at":1767971000,"waiting_since":1767968300}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ConvertConversationToTicket,
        id: "convertConversationToTicket",
        method: "POST",
        path: "/conversations/{id}/convert",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"admin_assignee_id":7301942,"category":"Customer","contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"created_at":1767948000,"id":"1274","is_shared":true,"linked_objects":{"data":[],"has_more":false,"total_count":0,"type":"list"},"open":true,"previous_ticket_state_id":null,"team_assignee_id":88412,"ticket_attributes":{"Order number":"NW-20931","_default_description_":null,"_default_title_":"Frame arrived scratched"},"ticket_id":"58","ticket_parts":{"ticket_parts":[{"attachments":[],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The frame I received is scratched.</p>","created_at":1767948000,"id":"20150","part_type":"comment","redacted":false,"type":"ticket_part","updated_at":1767948000},{"attachments":[],"author":{"email":"maeve.donnelly@example.com","id":"7301942","name":"Maeve Donnelly","type":"admin"},"created_at":1767969000,"id":"20151","part_type":"ticket_state_updated_by_admin","previous_ticket_state":"submitted","redacted":false,"ticket_state":"submitted","type":"ticket_part","updated_at":1767969000}],"total_count":2,"type":"ticket_part.list"},"ticket_state":{"category":"submitted","external_label":"Received","id":"5120","internal_label":"Submitted","type":"ticket_state"},"ticket_type":{"archived":false,"category":"Customer","created_at":1762250400,"description":"A parcel arrived broken or incomplete.","icon":"📦","id":"41","is_internal":false,"name":"Damaged delivery","type":"ticket_type","updated_at":1765929600,"workspace_id":"k7t2qz9x"},"type":"ticket","updated_at":1767969000}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ListDeletedConversationIds,
        id: "listDeletedConversationIds",
        method: "GET",
        path: "/conversations/deleted",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"conversations":[{"deleted_at":1767972000,"id":"1291","metrics_retained":true,"type":"conversation"},{"deleted_at":1767801600,"id":"1188","metrics_retained":false,"type":"conversation"}],"pages":{"page":1,"per_page":20,"total_pages":1,"type":"pages"},"total_count":2,"type":"conversations.list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ListConversationAttributes,
        id: "listConversationAttributes",
        method: "GET",
        path: "/conversations/attributes",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"admin_id":"7301942","archived":false,"created_at":1766000000,"data_type":"list","description":"Why the customer sends the order back.","id":4012,"name":"Return reason","options":[{"archived":false,"id":"3b1f7c52-9a4e-4d0b-8f26-5c7e1a9d2b40","label":"Damaged in transit"},{"archived":false,"id":"8d2e4a17-6c3b-4f95-a0e8-1b7d9c4f6e23","label":"Wrong size"}],"required":false,"type":"conversation_attribute","updated_at":1767900000,"visible_to_team_ids":[]},{"admin_id":"7301942","archived":false,"created_at":1766000500,"data_type":"string","description":"The courier that delivered the parcel.","id":4013,"multiline":false,"name":"Courier","required":false,"type":"conversation_attribute","updated_at":1766000500,"visible_to_team_ids":["88412"]}],"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::CreateConversationAttribute,
        id: "createConversationAttribute",
        method: "POST",
        path: "/conversations/attributes",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"admin_id":"7301942","archived":false,"created_at":1767974000,"data_type":"boolean","description":"Whether finance approved a refund.","id":4019,"name":"Refund approved","required":false,"type":"conversation_attribute","updated_at":1767974000,"visible_to_team_ids":[]}"#,
        ),
    },
    OperationInfo {
        operation: Operation::GetConversationAttribute,
        id: "getConversationAttribute",
        method: "GET",
        path: "/conversations/attributes/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"admin_id":"7301942","archived":false,"created_at":1766000000,"data_type":"list","description":"Why the customer sends the order back.","id":4012,"name":"Return reason","options":[{"archived":false,"id":"3b1f7c52-9a4e-4d0b-8f26-5c7e1a9d2b40","label":"Damaged in transit"},{"archived":false,"id":"8d2e4a17-6c3b-4f95-a0e8-1b7d9c4f6e23","label":"Wrong size"}],"required":false,"type":"conversation_attribute","updated_at":1767900000,"visible_to_team_ids":[]}"#,
        ),
    },
    OperationInfo {
        operation: Operation::UpdateConversationAttribute,
        id: "updateConversationAttribute",
        method: "PUT",
        path: "/conversations/attributes/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"admin_id":"7301942","archived":false,"created_at":1766000000,"data_type":"list","description":"Why the customer returns the order.","id":4012,"name":"Return reason","options":[{"archived":false,"id":"3b1f7c52-9a4e-4d0b-8f26-5c7e1a9d2b40","label":"Damaged in transit"},{"archived":false,"id":"8d2e4a17-6c3b-4f95-a0e8-1b7d9c4f6e23","label":"Wrong size"}],"required":true,"type":"conversation_attribute","updated_at":1767974500,"visible_to_team_ids":[]}"#,
        ),
    },
    OperationInfo {
        operation: Operation::DeleteConversationAttribute,
        id: "deleteConversationAttribute",
        method: "DELETE",
        path: "/conversations/attributes/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"admin_id":"7301942","archived":true,"created_at":1766000500,"data_type":"string","description":"The courier that delivered the parcel.","id":4013,"multiline":false,"name":"Courier","required":false,"type":"conversation_attribute","updated_at":1767974600,"visible_to_team_ids":["88412"]}"#,
        ),
    },
    OperationInfo {
        operation: Operation::CreateConversationAttributeOption,
        id: "createConversationAttributeOption",
        method: "POST",
        path: "/conversations/attributes/{id}/options",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"admin_id":"7301942","archived":false,"created_at":1766000000,"data_type":"list","description":"Why the customer sends the order back.","id":4012,"name":"Return reason","options":[{"archived":false,"id":"3b1f7c52-9a4e-4d0b-8f26-5c7e1a9d2b40","label":"Damaged in transit"},{"archived":false,"id":"8d2e4a17-6c3b-4f95-a0e8-1b7d9c4f6e23","label":"Wrong size"},{"archived":false,"id":"c5a9e3f1-2b7d-4e68-9d14-7f0b3a6c8e51","label":"Changed my mind"}],"required":false,"type":"conversation_attribute","updated_at":1767974700,"visible_to_team_ids":[]}"#,
        ),
    },
    OperationInfo {
        operation: Operation::UpdateConversationAttributeOption,
        id: "updateConversationAttributeOption",
        method: "PUT",
        path: "/conversations/attributes/{id}/options/{option_id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"admin_id":"7301942","archived":false,"created_at":1766000000,"data_type":"list","description":"Why the customer sends the order back.","id":4012,"name":"Return reason","options":[{"archived":false,"id":"3b1f7c52-9a4e-4d0b-8f26-5c7e1a9d2b40","label":"Damaged during delivery"},{"archived":false,"id":"8d2e4a17-6c3b-4f95-a0e8-1b7d9c4f6e23","label":"Wrong size"}],"required":false,"type":"conversation_attribute","updated_at":1767974800,"visible_to_team_ids":[]}"#,
        ),
    },
    OperationInfo {
        operation: Operation::DeleteConversationAttributeOption,
        id: "deleteConversationAttributeOption",
        method: "DELETE",
        path: "/conversations/attributes/{id}/options/{option_id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"admin_id":"7301942","archived":false,"created_at":1766000000,"data_type":"list","description":"Why the customer sends the order back.","id":4012,"name":"Return reason","options":[{"archived":false,"id":"3b1f7c52-9a4e-4d0b-8f26-5c7e1a9d2b40","label":"Damaged in transit"},{"archived":true,"id":"8d2e4a17-6c3b-4f95-a0e8-1b7d9c4f6e23","label":"Wrong size"}],"required":false,"type":"conversation_attribute","updated_at":1767974900,"visible_to_team_ids":[]}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ListCustomObjectInstances,
        id: "listCustomObjectInstances",
        method: "GET",
        path: "/custom_object_instances/{custom_object_type_identifier}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"created_at":1767949260,"custom_attributes":{"currency":"EUR","status":"delivered","total_amount":"1249.00"},"external_created_at":1767604800,"external_id":"NW-20931","external_updated_at":1767949200,"id":"40117","type":"Order","updated_at":1767949260},{"created_at":1766400000,"custom_attributes":{"currency":"EUR","status":"refunded","total_amount":"89.50"},"external_created_at":null,"external_id":"NW-19877","external_updated_at":null,"id":"40098","type":"Order","updated_at":1766400000}],"pages":{"next":null,"page":1,"per_page":20,"total_pages":1,"type":"pages"},"total_count":2,"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::CreateCustomObjectInstances,
        id: "createCustomObjectInstances",
        method: "POST",
        path: "/custom_object_instances/{custom_object_type_identifier}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"created_at":1767949260,"custom_attributes":{"currency":"EUR","status":"delivered","total_amount":"1249.00"},"external_created_at":1767604800,"external_id":"NW-20931","external_updated_at":1767949200,"id":"40117","type":"Order","updated_at":1767949260}"#,
        ),
    },
    OperationInfo {
        operation: Operation::DeleteCustomObjectInstancesById,
        id: "deleteCustomObjectInstancesById",
        method: "DELETE",
        path: "/custom_object_instances/{custom_object_type_identifier}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"deleted":true,"id":"40098","object":"Order"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::GetCustomObjectInstancesById,
        id: "getCustomObjectInstancesById",
        method: "GET",
        path: "/custom_object_instances/{custom_object_type_identifier}/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"created_at":1767949260,"custom_attributes":{"currency":"EUR","status":"delivered","total_amount":"1249.00"},"external_created_at":1767604800,"external_id":"NW-20931","external_updated_at":1767949200,"id":"40117","type":"Order","updated_at":1767949260}"#,
        ),
    },
    OperationInfo {
        operation: Operation::DeleteCustomObjectInstancesByExternalId,
        id: "deleteCustomObjectInstancesByExternalId",
        method: "DELETE",
        path: "/custom_object_instances/{custom_object_type_identifier}/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"deleted":true,"id":"40117","object":"Order"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::LisDataAttributes,
        id: "lisDataAttributes",
        method: "GET",
        path: "/data_attributes",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"api_writable":true,"archived":false,"custom":false,"data_type":"string","description":"The contact's email address.","full_name":"email","label":"Email","messenger_writable":true,"model":"contact","name":"email","type":"data_attribute","ui_writable":true},{"admin_id":"7301942","api_writable":true,"archived":false,"created_at":1743465600,"custom":true,"data_type":"string","description":"The bike-care plan the customer pays for.","full_name":"custom_attributes.plan_tier","id":31507,"label":"Plan tier","messenger_writable":false,"model":"contact","name":"plan_tier","options":["Basic","Pro","Fleet"],"type":"data_attribute","ui_writable":true,"updated_at":1756684800}],"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::CreateDataAttribute,
        id: "createDataAttribute",
        method: "POST",
        path: "/data_attributes",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"admin_id":"7301942","api_writable":true,"archived":false,"created_at":1764590400,"custom":true,"data_type":"string","description":"The bike model the customer rides.","full_name":"custom_attributes.bike_model","id":31522,"label":"bike_model","messenger_writable":false,"model":"contact","name":"bike_model","type":"data_attribute","ui_writable":true,"updated_at":1764590400}"#,
        ),
    },
    OperationInfo {
        operation: Operation::UpdateDataAttribute,
        id: "updateDataAttribute",
        method: "PUT",
        path: "/data_attributes/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"admin_id":"7301942","api_writable":true,"archived":false,"created_at":1743465600,"custom":true,"data_type":"string","description":"The bike-care plan the customer currently pays for.","full_name":"custom_attributes.plan_tier","id":31507,"label":"Plan tier","messenger_writable":false,"model":"contact","name":"plan_tier","options":["Basic","Pro","Fleet"],"type":"data_attribute","ui_writable":true,"updated_at":1764590400}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ListDataConnectors,
        id: "listDataConnectors",
        method: "GET",
        path: "/data_connectors",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"created_at":"2026-10-05T09:12:00Z","created_by_admin_id":"7301942","description":"Fetches the shipping status of an order from the warehouse API.","direct_fin_usage":true,"execution_results_url":"/data_connectors/1650/execution_results","http_method":"get","id":"1650","name":"Order status lookup","state":"live","type":"data_connector","updated_at":"2026-11-20T14:30:00Z","updated_by_admin_id":"7301942"},{"created_at":"2026-11-28T10:00:00Z","created_by_admin_id":"7301942","description":null,"direct_fin_usage":false,"execution_results_url":"/data_connectors/1651/execution_results","http_method":"post","id":"1651","name":"Loyalty points balance","state":"draft","type":"data_connector","updated_at":"2026-11-28T10:00:00Z","updated_by_admin_id":"7301942"}],"pages":{"next":{"starting_after":"WzE3NjQzMjQwMDAsMTY1MV0="},"per_page":2,"type":"pages"},"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::CreateDataConnector,
        id: "createDataConnector",
        method: "POST",
        path: "/data_connectors",
        status: 201,
        default: DefaultAnswer::Example(
            r#"{"audiences":["users","leads"],"body":"{\"customer\": \"{{email}}\"}","bypass_authentication":false,"client_function_name":null,"client_function_timeout_ms":null,"created_at":"2026-11-28T10:00:00Z","created_by_admin_id":"7301942","customer_authentication":false,"data_inputs":[{"default_value":"","description":"Email address of the customer","name":"email","required":true,"type":"string"}],"description":"Reads a customer's points from the loyalty service.","direct_fin_usage":false,"execution_results_url":"/data_connectors/1651/execution_results","execution_type":"server_side","headers":[{"name":"X-Api-Key","value":"****"}],"http_method":"post","id":"1651","name":"Loyalty points balance","object_mappings":[],"response_fields":[],"state":"draft","token_ids":[],"type":"data_connector","updated_at":"2026-11-28T10:00:00Z","updated_by_admin_id":null,"url":"https://loyalty.example.org/v2/balance","validate_missing_attributes":null}"#,
        ),
    },
    OperationInfo {
        operation: Operation::RetrieveDataConnector,
        id: "RetrieveDataConnector",
        method: "GET",
        path: "/data_connectors/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"audiences":["users"],"body":"","bypass_authentication":false,"client_function_name":null,"client_function_timeout_ms":null,"configuration_response_type":"test_response_type","created_at":"2026-10-05T09:12:00Z","created_by_admin_id":"7301942","customer_authentication":false,"data_inputs":[{"default_value":"","description":"Order number printed on the receipt","name":"order_id","required":true,"type":"string"}],"data_transformation_type":"full_access","description":"Fetches the shipping status of an order from the warehouse API.","direct_fin_usage":true,"execution_results_url":"/data_connectors/1650/execution_results","execution_type":"server_side","headers":[{"name":"Authorization","value":"****"}],"http_method":"get","id":"1650","name":"Order status lookup","object_mappings":[{"attribute_mappings":[{"intercom_attribute_identifier":"order_status","mapping_type":"primitive_mapping","response_attribute_path":"status"}],"intercom_object_type":"conversation","reference_mappings":[],"response_object_path":""}],"response_fields":[{"example_value":"shipped","path":"status","redacted":false,"type":"string"},{"example_value":"1Z999AA10123456784","path":"carrier.tracking_number","redacted":false,"type":"string"}],"state":"live","token_ids":["412"],"type":"data_connector","updated_at":"2026-11-20T14:30:00Z","updated_by_admin_id":"7301942","url":"https://warehouse.example.org/api/orders/{{order_id}}","validate_missing_attributes":true}"#,
        ),
    },
    OperationInfo {
        operation: Operation::DeleteDataConnector,
        id: "deleteDataConnector",
        method: "DELETE",
        path: "/data_connectors/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"deleted":true,"id":"1651","object":"data_connector"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::UpdateDataConnector,
        id: "updateDataConnector",
        method: "PATCH",
        path: "/data_connectors/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"audiences":["users"],"body":"","bypass_authentication":false,"client_function_name":null,"client_function_timeout_ms":null,"configuration_response_type":"test_response_type","created_at":"2026-10-05T09:12:00Z","created_by_admin_id":"7301942","customer_authentication":false,"data_inputs":[{"default_value":"","description":"Order number printed on the receipt","name":"order_id","required":true,"type":"string"}],"data_transformation_type":"full_access","description":"Fetches the shipping status of an order from the warehouse API.","direct_fin_usage":true,"execution_results_url":"/data_connectors/1650/execution_results","execution_type":"server_side","headers":[{"name":"Authorization","value":"****"}],"http_method":"get","id":"1650","name":"Order status lookup","object_mappings":[{"attribute_mappings":[{"intercom_attribute_identifier":"order_status","mapping_type":"primitive_mapping","response_attribute_path":"status"}],"intercom_object_type":"conversation","reference_mappings":[],"response_object_path":""}],"response_fields":[{"example_value":"shipped","path":"status","redacted":false,"type":"string"},{"example_value":"1Z999AA10123456784","path":"carrier.tracking_number","redacted":false,"type":"string"}],"state":"live","token_ids":["412"],"type":"data_connector","updated_at":"2026-11-20T14:30:00Z","updated_by_admin_id":"7301942","url":"https://warehouse.example.org/api/orders/{{order_id}}","validate_missing_attributes":true}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ListDataConnectorExecutionResults,
        id: "listDataConnectorExecutionResults",
        method: "GET",
        path: "/data_connectors/{data_connector_id}/execution_results",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"conversation_id":"1274","created_at":"2026-11-30T16:02:11Z","data_connector_id":"1650","error_message":null,"execution_time_ms":212,"http_method":"get","http_status":200,"id":"9930117","raw_response_body":"{\"status\":\"shipped\",\"carrier\":{\"tracking_number\":\"1Z999AA10123456784\"}}","request_body":null,"request_url":"https://warehouse.example.org/api/orders/NW-20931","response_body":"{\"status\":\"shipped\"}","source_id":"2210","source_type":"fin","success":true,"type":"data_connector.execution"},{"conversation_id":"1281","created_at":"2026-11-30T16:20:45Z","data_connector_id":"1650","error_message":"The external API answered 404 Not Found.","error_type":"3rd_party_error","execution_time_ms":98,"http_method":"get","http_status":404,"id":"9930120","raw_response_body":null,"request_body":null,"request_url":null,"response_body":null,"source_id":"38214","source_type":"workflow","success":false,"type":"data_connector.execution"}],"pages":{"next":null,"per_page":10,"type":"pages"},"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ShowDataConnectorExecutionResult,
        id: "showDataConnectorExecutionResult",
        method: "GET",
        path: "/data_connectors/{data_connector_id}/execution_results/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"conversation_id":"1274","created_at":"2026-11-30T16:02:11Z","data_connector_id":"1650","error_message":null,"execution_time_ms":212,"http_method":"get","http_status":200,"id":"9930117","raw_response_body":"{\"status\":\"shipped\",\"carrier\":{\"tracking_number\":\"1Z999AA10123456784\"}}","request_body":null,"request_url":"https://warehouse.example.org/api/orders/NW-20931","response_body":"{\"status\":\"shipped\"}","source_id":"2210","source_type":"fin","success":true,"type":"data_connector.execution"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::UploadEcommerceCatalog,
        id: "uploadEcommerceCatalog",
        method: "POST",
        path: "/ecommerce/connectors/{id}/catalog",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"import_job_id":"cat-import-7f3a21","next_part_number":2}"#,
        ),
    },
    OperationInfo {
        operation: Operation::LisDataEvents,
        id: "lisDataEvents",
        method: "GET",
        path: "/events",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"email":"jonah.pike@example.net","events":[{"count":3,"description":"The customer checked out an order.","first":"2025-09-01T08:00:00.000+00:00","last":"2025-12-01T12:00:00.000+00:00","name":"placed-order"},{"count":1,"first":"2025-12-01T13:00:00.000+00:00","last":"2025-12-01T13:00:00.000+00:00","name":"booked-service"}],"intercom_user_id":"66a1f3c2b8e4d70012ab34cd","type":"event.summary","user_id":"nw-cust-4410"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::CreateDataEvent,
        id: "createDataEvent",
        method: "POST",
        path: "/events",
        status: 202,
        default: DefaultAnswer::Empty,
    },
    OperationInfo {
        operation: Operation::DataEventSummaries,
        id: "dataEventSummaries",
        method: "POST",
        path: "/events/summaries",
        status: 200,
        default: DefaultAnswer::Empty,
    },
    OperationInfo {
        operation: Operation::CreateDataExport,
        id: "createDataExport",
        method: "POST",
        path: "/export/content/data",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"download_expires_at":"","download_url":"","job_identfier":"k2m9x4q7vb","status":"pending"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::GetDataExport,
        id: "getDataExport",
        method: "GET",
        path: "/export/content/data/{job_identifier}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"download_expires_at":"1768392000","download_url":"https://api.intercom.io/download/content/data/k2m9x4q7vb","job_identfier":"k2m9x4q7vb","status":"completed"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::CancelDataExport,
        id: "cancelDataExport",
        method: "POST",
        path: "/export/cancel/{job_identifier}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"download_expires_at":"","download_url":"","job_identfier":"k2m9x4q7vb","status":"canceled"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ExportWorkflow,
        id: "exportWorkflow",
        method: "GET",
        path: "/export/workflows/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"app_id":6348112,"export_version":"1.0","exported_at":"2026-12-01T07:30:00Z","workflow":{"attributes":[],"created_at":"2026-06-02T08:00:00Z","description":"Sends refund questions to the billing team.","embedded_rules":[],"id":"38214","preferred_devices":["desktop","mobile"],"snapshot":{},"state":"live","target_channels":["web","ios","android"],"targeting":{},"title":"Route refund requests","trigger_type":"customer_sends_first_message","updated_at":"2026-11-15T12:45:00Z"}}"#,
        ),
    },
    OperationInfo {
        operation: Operation::DownloadDataExport,
        id: "downloadDataExport",
        method: "GET",
        path: "/download/content/data/{job_identifier}",
        status: 200,
        default: DefaultAnswer::Unanswered,
    },
    OperationInfo {
        operation: Operation::JobsStatus,
        id: "jobsStatus",
        method: "GET",
        path: "/jobs/status/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"id":"4471","resource_id":"5129","resource_type":"ticket","resource_url":"https://api.intercom.io/tickets/5129","status":"success","type":"job","url":"https://api.intercom.io/jobs/status/4471"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ListMacros,
        id: "listMacros",
        method: "GET",
        path: "/macros",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"available_on":["inbox","messenger"],"body":"<p>Hi <attribute key=\"user.first_name\" default=\"there\"/>, your bike is ready at our <attribute key=\"user.custom_attributes.store\" default=\"nearest\"/> store.</p>","body_text":"Hi {{user.first_name|fallback:\"there\"}}, your bike is ready at our {{user.custom_attributes.store|fallback:\"nearest\"}} store.","created_at":"2025-10-02T09:15:00.000Z","id":"20411","name":"Repair ready for pickup","type":"macro","updated_at":"2025-11-30T16:40:12.000Z","visible_to":"everyone","visible_to_team_ids":[]},{"available_on":["inbox"],"body":"<p>Your refund has been issued and should reach you within 5 working days.</p>","body_text":"Your refund has been issued and should reach you within 5 working days.","created_at":"2025-09-12T11:02:45.000Z","id":"20398","name":"Refund timeline","type":"macro","updated_at":"2025-10-20T08:30:00.000Z","visible_to":"specific_teams","visible_to_team_ids":["88419"]}],"pages":{"next":null,"per_page":50,"type":"pages"},"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::GetMacro,
        id: "getMacro",
        method: "GET",
        path: "/macros/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"available_on":["inbox","messenger"],"body":"<p>Hi <attribute key=\"user.first_name\" default=\"there\"/>, your bike is ready at our <attribute key=\"user.custom_attributes.store\" default=\"nearest\"/> store.</p>","body_text":"Hi {{user.first_name|fallback:\"there\"}}, your bike is ready at our {{user.custom_attributes.store|fallback:\"nearest\"}} store.","created_at":"2025-10-02T09:15:00.000Z","id":"20411","name":"Repair ready for pickup","type":"macro","updated_at":"2025-11-30T16:40:12.000Z","visible_to":"everyone","visible_to_team_ids":[]}"#,
        ),
    },
    OperationInfo {
        operation: Operation::CreateMessage,
        id: "createMessage",
        method: "POST",
        path: "/messages",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"body":"<p>Hi Jonah, we will see you and your bike on Thursday at 10:00.</p>","conversation_id":"1911149811","created_at":1764590400,"id":"873015562","message_type":"email","subject":"Your service is booked","type":"admin_message"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::GetWhatsAppMessageStatus,
        id: "getWhatsAppMessageStatus",
        method: "GET",
        path: "/messages/status",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"events":[{"conversation_id":"1911149830","created_at":1764590400,"id":"ev_201","status":"read","template_name":"service_reminder","type":"broadcast_outbound","updated_at":1764591210,"whatsapp_message_id":"wamid.HBgMMzUzODcxMjM0NTY3FQIAERgSN0UzQjlBQzE0RjIyRDQ1QTdB"},{"conversation_id":"1911149831","created_at":1764590401,"id":"ev_202","status":"failed","template_name":"service_reminder","type":"broadcast_outbound","updated_at":1764590460,"whatsapp_message_id":"wamid.HBgMMzUzODcxMjM0NTk5FQIAERgSQjk0RkQzQTFDMDlFNkIyQ0RF"}],"pages":{"next":null,"per_page":50,"total_pages":1,"type":"pages"},"ruleset_id":"5528301","total_count":2,"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::RetrieveWhatsAppMessageStatus,
        id: "RetrieveWhatsAppMessageStatus",
        method: "GET",
        path: "/messages/whatsapp/status",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"conversation_id":"1911149831","created_at":1764590401,"error":{"details":"The recipient's number is not registered on WhatsApp","message":"Delivery failed"},"message_id":"wamid.HBgMMzUzODcxMjM0NTk5FQIAERgSQjk0RkQzQTFDMDlFNkIyQ0RF","status":"failed","template_name":"service_reminder","type":"broadcast_outbound","updated_at":1764590460}"#,
        ),
    },
    OperationInfo {
        operation: Operation::GetTeamMetrics,
        id: "getTeamMetrics",
        method: "GET",
        path: "/teams/{team_id}/metrics",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"admin_id":"7301942","idle":1,"open":6,"snoozed":2,"type":"team_metric"},{"admin_id":"7301955","idle":0,"open":4,"snoozed":1,"type":"team_metric"}],"type":"team_metric.list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ListNewsItems,
        id: "listNewsItems",
        method: "GET",
        path: "/news/news_items",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"body":"<p>Book a full service before 20 December and get new brake pads fitted free.</p>","cover_image_url":"https://static.example.com/news/winter.png","created_at":1795590000,"deliver_silently":false,"id":"41877","labels":["Offer","Service"],"newsfeed_assignments":[{"newsfeed_id":3301,"published_at":1795600000}],"reactions":["👍","🎉"],"sender_id":7301942,"state":"live","title":"Winter service weeks are here","type":"news-item","updated_at":1795600000,"workspace_id":"k7t2qz9x"},{"body":"<p>Three new cargo models arrive in spring.</p>","cover_image_url":null,"created_at":1795650000,"deliver_silently":true,"id":"41880","labels":[],"newsfeed_assignments":[{"newsfeed_id":3301}],"reactions":[],"sender_id":7301955,"state":"draft","title":"New cargo bike range","type":"news-item","updated_at":1795650000,"workspace_id":"k7t2qz9x"}],"pages":{"page":1,"per_page":10,"total_pages":1,"type":"pages"},"total_count":2,"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::CreateNewsItem,
        id: "createNewsItem",
        method: "POST",
        path: "/news/news_items",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"body":"<p>Book a full service before 20 December and get new brake pads fitted free.</p>","cover_image_url":"https://static.example.com/news/winter.png","created_at":1795590000,"deliver_silently":false,"id":"41877","labels":["Offer","Service"],"newsfeed_assignments":[{"newsfeed_id":3301,"published_at":1795600000}],"reactions":["👍","🎉"],"sender_id":7301942,"state":"live","title":"Winter service weeks are here","type":"news-item","updated_at":1795600000,"workspace_id":"k7t2qz9x"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::RetrieveNewsItem,
        id: "retrieveNewsItem",
        method: "GET",
        path: "/news/news_items/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"body":"<p>Book a full service before 20 December and get new brake pads fitted free.</p>","cover_image_url":"https://static.example.com/news/winter.png","created_at":1795590000,"deliver_silently":false,"id":"41877","labels":["Offer","Service"],"newsfeed_assignments":[{"newsfeed_id":3301,"published_at":1795600000}],"reactions":["👍","🎉"],"sender_id":7301942,"state":"live","title":"Winter service weeks are here","type":"news-item","updated_at":1795600000,"workspace_id":"k7t2qz9x"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::UpdateNewsItem,
        id: "updateNewsItem",
        method: "PUT",
        path: "/news/news_items/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"body":"<p>Book a full service before 20 December and get new brake pads fitted free.</p>","cover_image_url":"https://static.example.com/news/winter.png","created_at":1795590000,"deliver_silently":false,"id":"41877","labels":["Offer","Service"],"newsfeed_assignments":[{"newsfeed_id":3301,"published_at":1795600000}],"reactions":["👍","🎉"],"sender_id":7301942,"state":"live","title":"Winter service weeks: free brake pads","type":"news-item","updated_at":1795705500,"workspace_id":"k7t2qz9x"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::DeleteNewsItem,
        id: "deleteNewsItem",
        method: "DELETE",
        path: "/news/news_items/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"deleted":true,"id":"41877","object":"news-item"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ListLiveNewsfeedItems,
        id: "listLiveNewsfeedItems",
        method: "GET",
        path: "/news/newsfeeds/{id}/items",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"body":"<p>Book a full service before 20 December and get new brake pads fitted free.</p>","cover_image_url":"https://static.example.com/news/winter.png","created_at":1795590000,"deliver_silently":false,"id":"41877","labels":["Offer","Service"],"newsfeed_assignments":[{"newsfeed_id":3301,"published_at":1795600000}],"reactions":["👍","🎉"],"sender_id":7301942,"state":"live","title":"Winter service weeks are here","type":"news-item","updated_at":1795600000,"workspace_id":"k7t2qz9x"}],"pages":{"page":1,"per_page":10,"total_pages":1,"type":"pages"},"total_count":1,"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ListNewsfeeds,
        id: "listNewsfeeds",
        method: "GET",
        path: "/news/newsfeeds",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"created_at":1760000000,"id":"3301","name":"Customers","type":"newsfeed","updated_at":1790000000},{"created_at":1770000000,"id":"3305","name":"Dealers","type":"newsfeed","updated_at":1770000000}],"pages":{"page":1,"per_page":10,"total_pages":1,"type":"pages"},"total_count":2,"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::RetrieveNewsfeed,
        id: "retrieveNewsfeed",
        method: "GET",
        path: "/news/newsfeeds/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"created_at":1760000000,"id":"3301","name":"Customers","type":"newsfeed","updated_at":1790000000}"#,
        ),
    },
    OperationInfo {
        operation: Operation::RetrieveNote,
        id: "retrieveNote",
        method: "GET",
        path: "/notes/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"author":{"avatar":"https://static.example.com/avatars/aoife.png","away_mode_enabled":false,"away_mode_reassign":false,"away_status_reason_id":null,"email":"aoife@northwind-cycles.example.com","has_inbox_seat":false,"id":"7301942","job_title":"Support lead","name":"Aoife Byrne","role":{"id":"3","name":"Support agent","type":"role"},"team_ids":[5017],"team_priority_level":{"primary_team_ids":[5017],"secondary_team_ids":[5020]},"type":"admin"},"body":"<p>Asked about a family bike rack.</p>","company":null,"contact":{"id":"66a1f3c2b8e4d70012ab34cd","type":"contact"},"created_at":1767962400,"id":"5510932","type":"note"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ListIdentityVerificationSecrets,
        id: "listIdentityVerificationSecrets",
        method: "GET",
        path: "/secure_mode_secrets",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"created_at":1767225600,"id":"77","name":"Messenger web 2026","supports_android":false,"supports_ios":false,"supports_web":true,"type":"identity_verification_secret"},{"created_at":1735689600,"id":"64","name":"Mobile apps","supports_android":true,"supports_ios":true,"supports_web":false,"type":"identity_verification_secret"}],"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::CreateIdentityVerificationSecret,
        id: "createIdentityVerificationSecret",
        method: "POST",
        path: "/secure_mode_secrets",
        status: 201,
        default: DefaultAnswer::Example(
            r#"{"created_at":1767225600,"id":"77","name":"Messenger web 2026","secret":"3mQh8rT2vXw6yB1nK9pL4sD7fG0jZ5cA2eR8uI6oV1w","supports_android":false,"supports_ios":false,"supports_web":true,"type":"identity_verification_secret"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::DeleteIdentityVerificationSecret,
        id: "deleteIdentityVerificationSecret",
        method: "DELETE",
        path: "/secure_mode_secrets/{id}",
        status: 204,
        default: DefaultAnswer::Empty,
    },
    OperationInfo {
        operation: Operation::ListSegments,
        id: "listSegments",
        method: "GET",
        path: "/segments",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"pages":{},"segments":[{"count":214,"created_at":1735776000,"id":"66a1f4e6b8e4d70012ab3610","name":"Active riders","person_type":"user","type":"segment","updated_at":1767962400}],"type":"segment.list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::RetrieveSegment,
        id: "retrieveSegment",
        method: "GET",
        path: "/segments/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"created_at":1735776000,"id":"66a1f4e6b8e4d70012ab3610","name":"Active riders","person_type":"user","type":"segment","updated_at":1767962400}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ListSubscriptionTypes,
        id: "listSubscriptionTypes",
        method: "GET",
        path: "/subscription_types",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"consent_type":"opt_in","content_types":["email"],"default_translation":{"description":"Monthly news about new routes and bikes.","locale":"en","name":"Product newsletter"},"id":"218004","state":"live","translations":[{"description":"Monthly news about new routes and bikes.","locale":"en","name":"Product newsletter"},{"description":"Novedades mensuales sobre rutas y bicicletas.","locale":"es","name":"Boletín de producto"}],"type":"subscription"}],"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::CreatePhoneSwitch,
        id: "createPhoneSwitch",
        method: "POST",
        path: "/phone_call_redirects",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"phone":"+353871234567","type":"phone_call_redirect"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ListCalls,
        id: "listCalls",
        method: "GET",
        path: "/calls",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"admin_id":"7301942","answered_at":1767950012,"call_type":"phone","contact_id":"66a1f3c2b8e4d70012ab34cd","conversation_id":"1274","created_at":1767950000,"direction":"inbound","duration":380,"ended_at":1767950380,"ended_reason":"customer_hung_up","fin_recording_url":null,"fin_transcription_url":null,"hold_time":16,"id":"880412","initiated_at":1767950000,"phone":"+4930123456","queue_time":12,"recording_url":"https://api.intercom.io/calls/880412/recording","state":"completed","talk_time":352,"transcription_url":"https://api.intercom.io/calls/880412/transcript","type":"call","updated_at":1767950400}],"pages":{"page":1,"per_page":25,"total_pages":1,"type":"pages"},"total_count":1,"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ShowCall,
        id: "showCall",
        method: "GET",
        path: "/calls/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"admin_id":"7301942","answered_at":1767950012,"call_type":"phone","contact_id":"66a1f3c2b8e4d70012ab34cd","conversation_id":"1274","created_at":1767950000,"direction":"inbound","duration":380,"ended_at":1767950380,"ended_reason":"customer_hung_up","fin_recording_url":null,"fin_transcription_url":null,"hold_time":16,"id":"880412","initiated_at":1767950000,"phone":"+4930123456","queue_time":12,"recording_url":"https://api.intercom.io/calls/880412/recording","state":"completed","talk_time":352,"transcription_url":"https://api.intercom.io/calls/880412/transcript","type":"call","updated_at":1767950400}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ShowCallRecording,
        id: "showCallRecording",
        method: "GET",
        path: "/calls/{id}/recording",
        status: 200,
        default: DefaultAnswer::Unanswered,
    },
    OperationInfo {
        operation: Operation::ShowCallTranscript,
        id: "showCallTranscript",
        method: "GET",
        path: "/calls/{id}/transcript",
        status: 200,
        default: DefaultAnswer::Unanswered,
    },
    OperationInfo {
        operation: Operation::ListCallsWithTranscripts,
        id: "listCallsWithTranscripts",
        method: "POST",
        path: "/calls/search",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"admin_id":"7301942","answered_at":1767950012,"call_type":"phone","contact_id":"66a1f3c2b8e4d70012ab34cd","conversation_id":"1274","created_at":1767950000,"direction":"inbound","duration":380,"ended_at":1767950380,"ended_reason":"customer_hung_up","fin_recording_url":null,"fin_transcription_url":null,"hold_time":16,"id":"880412","initiated_at":1767950000,"phone":"+4930123456","queue_time":12,"recording_url":"https://api.intercom.io/calls/880412/recording","state":"completed","talk_time":352,"transcript":[{"speaker":"customer","start_ms":0,"text":"Where is my order NW-20931?"},{"speaker":"agent","start_ms":4100,"text":"It left our warehouse yesterday."}],"transcript_status":"completed","transcription_url":"https://api.intercom.io/calls/880412/transcript","type":"call","updated_at":1767950400}],"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ListTags,
        id: "listTags",
        method: "GET",
        path: "/tags",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"id":"730122","name":"VIP","type":"tag"},{"id":"730188","name":"Fleet trial","type":"tag"}],"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::CreateTag,
        id: "createTag",
        method: "POST",
        path: "/tags",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"companies":null,"id":"730122","name":"VIP","type":"tag","users":null}"#,
        ),
    },
    OperationInfo {
        operation: Operation::FindTag,
        id: "findTag",
        method: "GET",
        path: "/tags/{id}",
        status: 200,
        default: DefaultAnswer::Example(r#"{"id":"730122","name":"VIP","type":"tag"}"#),
    },
    OperationInfo {
        operation: Operation::DeleteTag,
        id: "deleteTag",
        method: "DELETE",
        path: "/tags/{id}",
        status: 200,
        default: DefaultAnswer::Empty,
    },
    OperationInfo {
        operation: Operation::ListTeams,
        id: "listTeams",
        method: "GET",
        path: "/teams",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"teams":[{"admin_ids":[7301942,7301955],"admin_priority_level":{"primary_admin_ids":[7301942],"secondary_admin_ids":[7301955]},"assignment_limit":8,"distribution_method":"load_balanced","id":"88412","name":"Tier 1 Support","type":"team"},{"admin_ids":[7301955,7301968],"distribution_method":"round_robin","id":"88419","name":"Billing","type":"team"}],"type":"team.list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::RetrieveTeam,
        id: "retrieveTeam",
        method: "GET",
        path: "/teams/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"admin_ids":[7301942,7301955],"admin_priority_level":{"primary_admin_ids":[7301942],"secondary_admin_ids":[7301955]},"assignment_limit":8,"distribution_method":"load_balanced","id":"88412","name":"Tier 1 Support","type":"team"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::UpdateTeamMembers,
        id: "updateTeamMembers",
        method: "PUT",
        path: "/teams/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"admin_ids":[7301942,7301955,7301968],"admin_priority_level":{"primary_admin_ids":[7301942,7301968],"secondary_admin_ids":[7301955]},"assignment_limit":8,"distribution_method":"load_balanced","id":"88412","name":"Tier 1 Support","type":"team"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ListTicketStates,
        id: "listTicketStates",
        method: "GET",
        path: "/ticket_states",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"archived":false,"category":"submitted","external_label":"Received","id":"5120","internal_label":"Submitted","ticket_types":{"data":[{"archived":false,"category":"Customer","description":"A parcel arrived broken or incomplete.","icon":"📦","id":"41","is_internal":false,"name":"Damaged delivery","type":"ticket_type"}],"type":"list"},"type":"ticket_state"},{"archived":false,"category":"in_progress","external_label":"Being handled","id":"5121","internal_label":"With warehouse team","ticket_types":{"data":[{"archived":false,"category":"Customer","description":"A parcel arrived broken or incomplete.","icon":"📦","id":"41","is_internal":false,"name":"Damaged delivery","type":"ticket_type"}],"type":"list"},"type":"ticket_state"},{"archived":false,"category":"waiting_on_customer","external_label":"Waiting on you","id":"5122","internal_label":"Awaiting photos","ticket_types":{"data":[],"type":"list"},"type":"ticket_state"},{"archived":false,"category":"resolved","external_label":"Resolved","id":"5123","internal_label":"Resolved","ticket_types":{"data":[],"type":"list"},"type":"ticket_state"}],"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::CreateTicketTypeAttribute,
        id: "createTicketTypeAttribute",
        method: "POST",
        path: "/ticket_types/{ticket_type_id}/attributes",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"archived":false,"created_at":1767975000,"data_type":"list","default":false,"description":"The courier that delivered the parcel.","id":"331","input_options":{"list_items":"DHL,An Post,UPS"},"name":"Courier","order":3,"required_to_create":false,"required_to_create_for_contacts":false,"ticket_type_id":41,"type":"ticket_type_attribute","updated_at":1767975000,"visible_on_create":true,"visible_to_contacts":true,"workspace_id":"k7t2qz9x"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::UpdateTicketTypeAttribute,
        id: "updateTicketTypeAttribute",
        method: "PUT",
        path: "/ticket_types/{ticket_type_id}/attributes/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"archived":false,"created_at":1762251000,"data_type":"string","default":false,"description":"The order number printed on the parcel label.","id":"319","input_options":{"multiline":false},"name":"Order number","order":2,"required_to_create":true,"required_to_create_for_contacts":true,"ticket_type_id":41,"type":"ticket_type_attribute","updated_at":1767975300,"visible_on_create":true,"visible_to_contacts":true,"workspace_id":"k7t2qz9x"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ListTicketTypes,
        id: "listTicketTypes",
        method: "GET",
        path: "/ticket_types",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"archived":false,"category":"Customer","created_at":1762250400,"description":"A parcel arrived broken or incomplete.","icon":"📦","id":"41","is_internal":false,"name":"Damaged delivery","ticket_states":{"data":[{"category":"submitted","external_label":"Received","id":"5120","internal_label":"Submitted","type":"ticket_state"},{"category":"in_progress","external_label":"Being handled","id":"5121","internal_label":"With warehouse team","type":"ticket_state"},{"category":"waiting_on_customer","external_label":"Waiting on you","id":"5122","internal_label":"Awaiting photos","type":"ticket_state"},{"category":"resolved","external_label":"Resolved","id":"5123","internal_label":"Resolved","type":"ticket_state"}],"type":"list"},"ticket_type_attributes":{"ticket_type_attributes":[{"archived":false,"created_at":1762250400,"data_type":"string","default":true,"description":"","id":"311","input_options":{"multiline":false},"name":"_default_title_","order":0,"required_to_create":false,"required_to_create_for_contacts":false,"ticket_type_id":41,"type":"ticket_type_attribute","updated_at":1762250400,"visible_on_create":true,"visible_to_contacts":true,"workspace_id":"k7t2qz9x"},{"archived":false,"created_at":1762250400,"data_type":"string","default":true,"description":"","id":"312","input_options":{"multiline":true},"name":"_default_description_","order":1,"required_to_create":false,"required_to_create_for_contacts":false,"ticket_type_id":41,"type":"ticket_type_attribute","updated_at":1762250400,"visible_on_create":true,"visible_to_contacts":true,"workspace_id":"k7t2qz9x"},{"archived":false,"created_at":1762251000,"data_type":"string","default":false,"description":"The order the parcel belongs to.","id":"319","name":"Order number","order":2,"required_to_create":true,"required_to_create_for_contacts":true,"ticket_type_id":41,"type":"ticket_type_attribute","updated_at":1762251000,"visible_on_create":true,"visible_to_contacts":true,"workspace_id":"k7t2qz9x"}],"type":"ticket_type_attributes.list"},"type":"ticket_type","updated_at":1765929600,"workspace_id":"k7t2qz9x"}],"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::CreateTicketType,
        id: "createTicketType",
        method: "POST",
        path: "/ticket_types",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"archived":false,"category":"Tracker","created_at":1767942000,"description":"Incidents that stop customers from paying.","icon":"🚨","id":"42","is_internal":false,"name":"Checkout outage","ticket_states":{"data":[{"category":"submitted","external_label":"Submitted","id":"5130","internal_label":"Submitted","type":"ticket_state"},{"category":"in_progress","external_label":"In progress","id":"5131","internal_label":"In progress","type":"ticket_state"},{"category":"resolved","external_label":"Resolved","id":"5132","internal_label":"Resolved","type":"ticket_state"}],"type":"list"},"ticket_type_attributes":{"ticket_type_attributes":[{"archived":false,"created_at":1767942000,"data_type":"string","default":true,"description":"","id":"327","input_options":{"multiline":false},"name":"_default_title_","order":0,"required_to_create":false,"required_to_create_for_contacts":false,"ticket_type_id":42,"type":"ticket_type_attribute","updated_at":1767942000,"visible_on_create":true,"visible_to_contacts":true,"workspace_id":"k7t2qz9x"},{"archived":false,"created_at":1767942000,"data_type":"string","default":true,"description":"","id":"328","input_options":{"multiline":true},"name":"_default_description_","order":1,"required_to_create":false,"required_to_create_for_contacts":false,"ticket_type_id":42,"type":"ticket_type_attribute","updated_at":1767942000,"visible_on_create":true,"visible_to_contacts":true,"workspace_id":"k7t2qz9x"}],"type":"ticket_type_attributes.list"},"type":"ticket_type","updated_at":1767942000,"workspace_id":"k7t2qz9x"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::GetTicketType,
        id: "getTicketType",
        method: "GET",
        path: "/ticket_types/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"archived":false,"category":"Customer","created_at":1762250400,"description":"A parcel arrived broken or incomplete.","icon":"📦","id":"41","is_internal":false,"name":"Damaged delivery","ticket_states":{"data":[{"category":"submitted","external_label":"Received","id":"5120","internal_label":"Submitted","type":"ticket_state"},{"category":"resolved","external_label":"Resolved","id":"5123","internal_label":"Resolved","type":"ticket_state"}],"type":"list"},"ticket_type_attributes":{"ticket_type_attributes":[{"archived":false,"created_at":1762250400,"data_type":"string","default":true,"description":"","id":"311","input_options":{"multiline":false},"name":"_default_title_","order":0,"required_to_create":false,"required_to_create_for_contacts":false,"ticket_type_id":41,"type":"ticket_type_attribute","updated_at":1762250400,"visible_on_create":true,"visible_to_contacts":true,"workspace_id":"k7t2qz9x"},{"archived":false,"created_at":1762251000,"data_type":"string","default":false,"description":"The order the parcel belongs to.","id":"319","name":"Order number","order":2,"required_to_create":true,"required_to_create_for_contacts":true,"ticket_type_id":41,"type":"ticket_type_attribute","updated_at":1762251000,"visible_on_create":true,"visible_to_contacts":true,"workspace_id":"k7t2qz9x"}],"type":"ticket_type_attributes.list"},"type":"ticket_type","updated_at":1765929600,"workspace_id":"k7t2qz9x"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::UpdateTicketType,
        id: "updateTicketType",
        method: "PUT",
        path: "/ticket_types/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"archived":false,"category":"Customer","created_at":1762250400,"description":"A parcel arrived broken or incomplete.","icon":"🧰","id":"41","is_internal":false,"name":"Damaged or missing item","ticket_states":{"data":[{"category":"submitted","external_label":"Received","id":"5120","internal_label":"Submitted","type":"ticket_state"}],"type":"list"},"ticket_type_attributes":{"ticket_type_attributes":[{"archived":false,"created_at":1762250400,"data_type":"string","default":true,"description":"","id":"311","input_options":{"multiline":false},"name":"_default_title_","order":0,"required_to_create":false,"required_to_create_for_contacts":false,"ticket_type_id":41,"type":"ticket_type_attribute","updated_at":1762250400,"visible_on_create":true,"visible_to_contacts":true,"workspace_id":"k7t2qz9x"}],"type":"ticket_type_attributes.list"},"type":"ticket_type","updated_at":1767945600,"workspace_id":"k7t2qz9x"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ReplyTicket,
        id: "replyTicket",
        method: "POST",
        path: "/tickets/{id}/reply",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"attachments":[],"author":{"email":"maeve.donnelly@example.com","id":"7301942","name":"Maeve Donnelly","type":"admin"},"body":"<p>Warehouse confirmed the frame was packed without foam.</p>","created_at":1767960000,"id":"20140","part_type":"note","redacted":false,"type":"ticket_part","updated_at":1767960000}"#,
        ),
    },
    OperationInfo {
        operation: Operation::AttachTagToTicket,
        id: "attachTagToTicket",
        method: "POST",
        path: "/tickets/{ticket_id}/tags",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"applied_at":1767962400,"applied_by":{"id":"7301942","type":"admin"},"id":"730122","name":"VIP","type":"tag"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::DetachTagFromTicket,
        id: "detachTagFromTicket",
        method: "DELETE",
        path: "/tickets/{ticket_id}/tags/{id}",
        status: 200,
        default: DefaultAnswer::Example(r#"{"id":"730122","name":"VIP","type":"tag"}"#),
    },
    OperationInfo {
        operation: Operation::LinkConversationToTicket,
        id: "linkConversationToTicket",
        method: "POST",
        path: "/tickets/{ticket_id}/linked_conversations",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"admin_assignee_id":0,"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"created_at":1767948000,"id":"1274","linked_objects":{"data":[{"category":"Tracker","id":"934","type":"ticket"}],"has_more":false,"total_count":1,"type":"list"},"open":true,"priority":"none","read":true,"snoozed_until":null,"source":{"attachments":[],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The checkout page keeps spinning when I pay.</p>","delivered_as":"customer_initiated","id":"600211734","redacted":false,"subject":"","type":"conversation","url":"https://shop.example.org/checkout"},"state":"open","team_assignee_id":0,"title":null,"type":"conversation","updated_at":1767961200,"waiting_since":1767948000}"#,
        ),
    },
    OperationInfo {
        operation: Operation::UnlinkConversationFromTicket,
        id: "unlinkConversationFromTicket",
        method: "DELETE",
        path: "/tickets/{ticket_id}/linked_conversations/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"admin_assignee_id":0,"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"created_at":1767948000,"id":"1274","linked_objects":{"data":[],"has_more":false,"total_count":0,"type":"list"},"open":true,"priority":"none","read":true,"snoozed_until":null,"source":{"attachments":[],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The checkout page keeps spinning when I pay.</p>","delivered_as":"customer_initiated","id":"600211734","redacted":false,"subject":"","type":"conversation","url":"https://shop.example.org/checkout"},"state":"open","team_assignee_id":0,"title":null,"type":"conversation","updated_at":1767964800,"waiting_since":1767948000}"#,
        ),
    },
    OperationInfo {
        operation: Operation::CreateTicket,
        id: "createTicket",
        method: "POST",
        path: "/tickets",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"admin_assignee_id":0,"category":"Customer","contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"created_at":1767950000,"id":"918","is_shared":true,"linked_objects":{"data":[],"has_more":false,"total_count":0,"type":"list"},"open":true,"previous_ticket_state_id":null,"team_assignee_id":0,"ticket_attributes":{"Order number":"NW-20931","_default_description_":"The top tube has a deep scratch along its length.","_default_title_":"Frame arrived scratched"},"ticket_id":"57","ticket_parts":{"ticket_parts":[{"attachments":[],"author":{"email":"operator+k7t2qz9x@intercom.io","id":"7300001","name":"Fin","type":"bot"},"created_at":1767950001,"id":"20117","part_type":"ticket_state_updated_by_admin","previous_ticket_state":"submitted","redacted":false,"ticket_state":"submitted","type":"ticket_part","updated_at":1767950001}],"total_count":1,"type":"ticket_part.list"},"ticket_state":{"category":"submitted","external_label":"Received","id":"5120","internal_label":"Submitted","type":"ticket_state"},"ticket_type":{"archived":false,"category":"Customer","created_at":1762250400,"description":"A parcel arrived broken or incomplete.","icon":"📦","id":"41","is_internal":false,"name":"Damaged delivery","type":"ticket_type","updated_at":1765929600,"workspace_id":"k7t2qz9x"},"type":"ticket","updated_at":1767950002}"#,
        ),
    },
    OperationInfo {
        operation: Operation::EnqueueCreateTicket,
        id: "enqueueCreateTicket",
        method: "POST",
        path: "/tickets/enqueue",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"id":"20","resource_id":null,"resource_type":"ticket","resource_url":null,"status":"pending","type":"job","url":"https://api.intercom.io/jobs/status/20"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::GetTicket,
        id: "getTicket",
        method: "GET",
        path: "/tickets/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"admin_assignee_id":7301942,"category":"Customer","contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"created_at":1767950000,"id":"918","is_shared":true,"linked_objects":{"data":[{"category":null,"id":"1274","type":"conversation"}],"has_more":false,"total_count":1,"type":"list"},"open":true,"previous_ticket_state_id":"5120","team_assignee_id":88412,"ticket_attributes":{"Order number":"NW-20931","_default_description_":"The top tube has a deep scratch along its length.","_default_title_":"Frame arrived scratched"},"ticket_id":"57","ticket_parts":{"ticket_parts":[{"attachments":[],"author":{"email":"operator+k7t2qz9x@intercom.io","id":"7300001","name":"Fin","type":"bot"},"created_at":1767950001,"id":"20117","part_type":"ticket_state_updated_by_admin","previous_ticket_state":"submitted","redacted":false,"ticket_state":"submitted","type":"ticket_part","updated_at":1767950001},{"assigned_to":{"id":"88412","type":"team"},"attachments":[],"author":{"email":"maeve.donnelly@example.com","id":"7301942","name":"Maeve Donnelly","type":"admin"},"created_at":1767953000,"id":"20121","part_type":"assignment","redacted":false,"type":"ticket_part","updated_at":1767953000},{"app_package_code":"northwind-helpdesk-sync","attachments":[],"author":{"email":"maeve.donnelly@example.com","id":"7301942","name":"Maeve Donnelly","type":"admin"},"created_at":1767953600,"id":"20124","part_type":"ticket_state_updated_by_admin","previous_ticket_state":"submitted","redacted":false,"ticket_state":"in_progress","type":"ticket_part","updated_at":1767953600}],"total_count":3,"type":"ticket_part.list"},"ticket_state":{"category":"in_progress","external_label":"Being handled","id":"5121","internal_label":"With warehouse team","type":"ticket_state"},"ticket_type":{"archived":false,"category":"Customer","created_at":1762250400,"description":"A parcel arrived broken or incomplete.","icon":"📦","id":"41","is_internal":false,"name":"Damaged delivery","type":"ticket_type","updated_at":1765929600,"workspace_id":"k7t2qz9x"},"type":"ticket","updated_at":1767953600}"#,
        ),
    },
    OperationInfo {
        operation: Operation::UpdateTicket,
        id: "updateTicket",
        method: "PUT",
        path: "/tickets/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"admin_assignee_id":7301955,"category":"Customer","contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"created_at":1767950000,"id":"918","is_shared":true,"linked_objects":{"data":[],"has_more":false,"total_count":0,"type":"list"},"open":true,"previous_ticket_state_id":"5120","team_assignee_id":88412,"ticket_attributes":{"Order number":"NW-20931","_default_description_":"The top tube has a deep scratch along its length.","_default_title_":"Frame arrived scratched"},"ticket_id":"57","ticket_parts":{"ticket_parts":[{"attachments":[],"author":{"email":"maeve.donnelly@example.com","id":"7301942","name":"Maeve Donnelly","type":"admin"},"created_at":1767956400,"id":"20130","part_type":"ticket_state_updated_by_admin","previous_ticket_state":"submitted","redacted":false,"ticket_state":"in_progress","type":"ticket_part","updated_at":1767956400},{"assigned_to":{"id":"7301955","type":"admin"},"attachments":[],"author":{"email":"maeve.donnelly@example.com","id":"7301942","name":"Maeve Donnelly","type":"admin"},"created_at":1767956400,"id":"20131","part_type":"assignment","redacted":false,"type":"ticket_part","updated_at":1767956400}],"total_count":2,"type":"ticket_part.list"},"ticket_state":{"category":"in_progress","external_label":"Being handled","id":"5121","internal_label":"With warehouse team","type":"ticket_state"},"type":"ticket","updated_at":1767956400}"#,
        ),
    },
    OperationInfo {
        operation: Operation::DeleteTicket,
        id: "deleteTicket",
        method: "DELETE",
        path: "/tickets/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"deleted":true,"id":"918","object":"ticket"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ChangeTicketType,
        id: "changeTicketType",
        method: "POST",
        path: "/tickets/{ticket_id}/change_type",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"admin_assignee_id":7301942,"category":"Customer","contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"created_at":1767950000,"id":"918","is_shared":true,"linked_objects":{"data":[{"category":null,"id":"1274","type":"conversation"}],"has_more":false,"total_count":1,"type":"list"},"open":true,"previous_ticket_state_id":"5121","team_assignee_id":88412,"ticket_attributes":{"Order number":"NW-20931","_default_description_":"The top tube has a deep scratch along its length.","_default_title_":"Frame arrived scratched"},"ticket_id":"57","ticket_parts":{"ticket_parts":[{"attachments":[],"author":{"email":"operator+k7t2qz9x@intercom.io","id":"7300001","name":"Fin","type":"bot"},"created_at":1767950001,"id":"20117","part_type":"ticket_state_updated_by_admin","previous_ticket_state":"submitted","redacted":false,"ticket_state":"submitted","type":"ticket_part","updated_at":1767950001},{"assigned_to":{"id":"88412","type":"team"},"attachments":[],"author":{"email":"maeve.donnelly@example.com","id":"7301942","name":"Maeve Donnelly","type":"admin"},"created_at":1767953000,"id":"20121","part_type":"assignment","redacted":false,"type":"ticket_part","updated_at":1767953000},{"app_package_code":"northwind-helpdesk-sync","attachments":[],"author":{"email":"maeve.donnelly@example.com","id":"7301942","name":"Maeve Donnelly","type":"admin"},"created_at":1767953600,"id":"20124","part_type":"ticket_state_updated_by_admin","previous_ticket_state":"submitted","redacted":false,"ticket_state":"in_progress","type":"ticket_part","updated_at":1767953600}],"total_count":3,"type":"ticket_part.list"},"ticket_state":{"category":"submitted","external_label":"Received","id":"5140","internal_label":"Submitted","type":"ticket_state"},"ticket_type":{"archived":false,"category":"Customer","created_at":1764000000,"description":"A parcel arrived without some of its parts.","icon":"🧩","id":"44","is_internal":false,"name":"Missing parts","type":"ticket_type","updated_at":1764000000,"workspace_id":"k7t2qz9x"},"type":"ticket","updated_at":1767976000}"#,
        ),
    },
    OperationInfo {
        operation: Operation::SearchTickets,
        id: "searchTickets",
        method: "POST",
        path: "/tickets/search",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"pages":{"page":1,"per_page":20,"total_pages":1,"type":"pages"},"tickets":[{"admin_assignee_id":7301942,"category":"Customer","contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"created_at":1767950000,"id":"918","is_shared":true,"linked_objects":{"data":[{"category":null,"id":"1274","type":"conversation"}],"has_more":false,"total_count":1,"type":"list"},"open":true,"previous_ticket_state_id":"5120","team_assignee_id":88412,"ticket_attributes":{"Order number":"NW-20931","_default_description_":"The top tube has a deep scratch along its length.","_default_title_":"Frame arrived scratched"},"ticket_id":"57","ticket_parts":{"ticket_parts":[{"attachments":[],"author":{"email":"operator+k7t2qz9x@intercom.io","id":"7300001","name":"Fin","type":"bot"},"created_at":1767950001,"id":"20117","part_type":"ticket_state_updated_by_admin","previous_ticket_state":"submitted","redacted":false,"ticket_state":"submitted","type":"ticket_part","updated_at":1767950001},{"assigned_to":{"id":"88412","type":"team"},"attachments":[],"author":{"email":"maeve.donnelly@example.com","id":"7301942","name":"Maeve Donnelly","type":"admin"},"created_at":1767953000,"id":"20121","part_type":"assignment","redacted":false,"type":"ticket_part","updated_at":1767953000},{"app_package_code":"northwind-helpdesk-sync","attachments":[],"author":{"email":"maeve.donnelly@example.com","id":"7301942","name":"Maeve Donnelly","type":"admin"},"created_at":1767953600,"id":"20124","part_type":"ticket_state_updated_by_admin","previous_ticket_state":"submitted","redacted":false,"ticket_state":"in_progress","type":"ticket_part","updated_at":1767953600}],"total_count":3,"type":"ticket_part.list"},"ticket_state":{"category":"in_progress","external_label":"Being handled","id":"5121","internal_label":"With warehouse team","type":"ticket_state"},"ticket_type":{"archived":false,"category":"Customer","created_at":1762250400,"description":"A parcel arrived broken or incomplete.","icon":"📦","id":"41","is_internal":false,"name":"Damaged delivery","type":"ticket_type","updated_at":1765929600,"workspace_id":"k7t2qz9x"},"type":"ticket","updated_at":1767953600}],"total_count":1,"type":"ticket.list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::RetrieveVisitorWithUserId,
        id: "retrieveVisitorWithUserId",
        method: "GET",
        path: "/visitors",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"anonymous":true,"app_id":"k7t2qz9x","avatar":{"image_url":"https://static.example.com/pseudonyms/teal-lantern.png","type":"avatar"},"companies":{"companies":[],"type":"company.list"},"created_at":1767957000,"custom_attributes":{"landing_page":"/pricing"},"do_not_track":false,"email":"","has_hard_bounced":false,"id":"6790ab12c4e5f60017d2e8a1","last_request_at":1767958200,"location_data":{"city_name":"Galway","continent_code":"EU","country_code":"IRL","country_name":"Ireland","postal_code":"H91","region_name":"Connacht","timezone":"Europe/Dublin","type":"location_data"},"marked_email_as_spam":false,"name":null,"owner_id":null,"phone":null,"pseudonym":"Teal Lantern from Galway","referrer":"https://www.example.net/bike-reviews","remote_created_at":1767957000,"segments":{"segments":[],"type":"segment.list"},"session_count":2,"signed_up_at":1767957000,"social_profiles":{"social_profiles":[],"type":"social_profile.list"},"tags":{"tags":[],"type":"tag.list"},"type":"visitor","unsubscribed_from_emails":false,"updated_at":1767958200,"user_id":"4b9e2f70-13c8-4a5d-9e61-c07d8a2b35f4","utm_campaign":"spring-sale","utm_content":null,"utm_medium":"cpc","utm_source":"newsletter","utm_term":null}"#,
        ),
    },
    OperationInfo {
        operation: Operation::UpdateVisitor,
        id: "updateVisitor",
        method: "PUT",
        path: "/visitors",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"anonymous":true,"app_id":"k7t2qz9x","avatar":{"image_url":"https://static.example.com/pseudonyms/teal-lantern.png","type":"avatar"},"companies":{"companies":[],"type":"company.list"},"created_at":1767957000,"custom_attributes":{},"do_not_track":null,"email":"","has_hard_bounced":false,"id":"6790ab12c4e5f60017d2e8a1","last_request_at":1767958200,"location_data":{"city_name":"Galway","country_name":"Ireland","timezone":"Europe/Dublin","type":"location_data"},"marked_email_as_spam":false,"name":"Aoife Brennan","owner_id":null,"phone":null,"pseudonym":"Teal Lantern from Galway","referrer":null,"remote_created_at":1767957000,"segments":{"segments":[],"type":"segment.list"},"session_count":2,"signed_up_at":1767957000,"social_profiles":{"social_profiles":[],"type":"social_profile.list"},"tags":{"tags":[{"id":"730115","name":"pricing-page","type":"tag"}],"type":"tag.list"},"type":"visitor","unsubscribed_from_emails":false,"updated_at":1767961800,"user_id":"4b9e2f70-13c8-4a5d-9e61-c07d8a2b35f4","utm_campaign":null,"utm_content":null,"utm_medium":null,"utm_source":null,"utm_term":null}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ConvertVisitor,
        id: "convertVisitor",
        method: "POST",
        path: "/visitors/convert",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"android_app_name":null,"android_app_version":null,"android_device":null,"android_last_seen_at":null,"android_os_version":null,"android_sdk_version":null,"avatar":null,"browser":"firefox","browser_language":"en-IE","browser_version":"133.0","companies":{"data":[],"has_more":false,"total_count":0,"url":"/contacts/66a1f3c2b8e4d70012ab34cd/companies"},"created_at":1767957000,"custom_attributes":{"landing_page":"/pricing"},"email":"tomas.reyes@example.org","email_domain":"example.org","external_id":"cust-20931","formatted_phone":null,"has_hard_bounced":false,"id":"66a1f3c2b8e4d70012ab34cd","ios_app_name":null,"ios_app_version":null,"ios_device":null,"ios_last_seen_at":null,"ios_os_version":null,"ios_sdk_version":null,"language_override":null,"last_contacted_at":null,"last_email_clicked_at":null,"last_email_opened_at":null,"last_replied_at":null,"last_seen_at":1767958200,"location":{"city":"Galway","country":"Ireland","region":"Connacht","type":"location"},"marked_email_as_spam":false,"name":null,"notes":{"data":[],"has_more":false,"total_count":0,"url":"/contacts/66a1f3c2b8e4d70012ab34cd/notes"},"os":"Linux","owner_id":null,"phone":null,"role":"user","signed_up_at":1767962400,"social_profiles":{"data":[]},"tags":{"data":[],"has_more":false,"total_count":0,"url":"/contacts/66a1f3c2b8e4d70012ab34cd/tags"},"type":"contact","unsubscribed_from_emails":false,"updated_at":1767962400,"workspace_id":"k7t2qz9x"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ListBrands,
        id: "listBrands",
        method: "GET",
        path: "/brands",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"created_at":1704067200,"default_address_settings_id":"5530","help_center_id":"9021","id":"6348112","is_default":true,"name":"Northwind Cycles","type":"brand","updated_at":1764547200},{"created_at":1735689600,"default_address_settings_id":"5541","help_center_id":"9034","id":"18840","is_default":false,"name":"Northwind Kids","type":"brand","updated_at":1767000000}],"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::RetrieveBrand,
        id: "retrieveBrand",
        method: "GET",
        path: "/brands/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"created_at":1704067200,"default_address_settings_id":"5530","help_center_id":"9021","id":"6348112","is_default":true,"name":"Northwind Cycles","type":"brand","updated_at":1764547200}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ListEmails,
        id: "listEmails",
        method: "GET",
        path: "/emails",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"data":[{"brand_id":"7","created_at":1717200000,"domain":"northwind-cycles.example.com","email":"help@northwind-cycles.example.com","forwarded_email_last_received_at":1764583200,"forwarding_enabled":true,"id":"31","type":"email_setting","updated_at":1764500000,"verified":true},{"brand_id":"7","created_at":1761955200,"domain":"northwind-cycles.example.com","email":"billing@northwind-cycles.example.com","forwarded_email_last_received_at":null,"forwarding_enabled":false,"id":"32","type":"email_setting","updated_at":1761955200,"verified":false}],"type":"list"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::RetrieveEmail,
        id: "retrieveEmail",
        method: "GET",
        path: "/emails/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"brand_id":"7","created_at":1717200000,"domain":"northwind-cycles.example.com","email":"help@northwind-cycles.example.com","forwarded_email_last_received_at":1764583200,"forwarding_enabled":true,"id":"31","type":"email_setting","updated_at":1764500000,"verified":true}"#,
        ),
    },
    OperationInfo {
        operation: Operation::RegisterFinVoiceCall,
        id: "registerFinVoiceCall",
        method: "POST",
        path: "/fin_voice/register",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"app_id":6348112,"call_summary":"","call_transcript":[],"external_call_id":"ac-3f6c1e2a-9b47","id":51207,"intent":[],"intercom_call_id":null,"intercom_conversation_id":null,"status":"registered","user_phone_number":"+4930123456"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::CollectFinVoiceCallById,
        id: "collectFinVoiceCallById",
        method: "GET",
        path: "/fin_voice/collect/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"app_id":6348112,"call_summary":"The customer asked about order NW-20931; Fin gave the delivery date.","call_transcript":[{"speaker":"customer","text":"Where is my order NW-20931?"},{"speaker":"fin","text":"It left our warehouse yesterday and arrives on Thursday."}],"external_call_id":"ac-3f6c1e2a-9b47","id":51207,"intent":[{"confidence":0.94,"name":"order_status"}],"intercom_call_id":"880412","intercom_conversation_id":"1274","status":"resolved","user_phone_number":"+4930123456"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::CollectFinVoiceCallByExternalId,
        id: "collectFinVoiceCallByExternalId",
        method: "GET",
        path: "/fin_voice/external_id/{external_id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"app_id":6348112,"call_summary":"The customer asked about order NW-20931; Fin gave the delivery date.","call_transcript":[{"speaker":"customer","text":"Where is my order NW-20931?"},{"speaker":"fin","text":"It left our warehouse yesterday and arrives on Thursday."}],"external_call_id":"ac-3f6c1e2a-9b47","id":51207,"intent":[{"confidence":0.94,"name":"order_status"}],"intercom_call_id":"880412","intercom_conversation_id":"1274","status":"resolved","user_phone_number":"+4930123456"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::CollectFinVoiceCallByPhoneNumber,
        id: "collectFinVoiceCallByPhoneNumber",
        method: "GET",
        path: "/fin_voice/phone_number/{phone_number}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"app_id":6348112,"call_summary":"The customer asked about order NW-20931; Fin gave the delivery date.","call_transcript":[{"speaker":"customer","text":"Where is my order NW-20931?"},{"speaker":"fin","text":"It left our warehouse yesterday and arrives on Thursday."}],"external_call_id":"ac-3f6c1e2a-9b47","id":51207,"intent":[{"confidence":0.94,"name":"order_status"}],"intercom_call_id":"880412","intercom_conversation_id":"1274","status":"resolved","user_phone_number":"+4930123456"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::CollectFinVoiceCallsByConversationId,
        id: "collectFinVoiceCallsByConversationId",
        method: "GET",
        path: "/fin_voice/conversation/{conversation_id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"[{"app_id":6348112,"call_summary":"The customer asked about order NW-20931; Fin gave the delivery date.","call_transcript":[{"speaker":"customer","text":"Where is my order NW-20931?"},{"speaker":"fin","text":"It left our warehouse yesterday and arrives on Thursday."}],"external_call_id":"ac-3f6c1e2a-9b47","id":51207,"intent":[{"confidence":0.94,"name":"order_status"}],"intercom_call_id":"880412","intercom_conversation_id":"1274","status":"resolved","user_phone_number":"+4930123456"}]"#,
        ),
    },
    OperationInfo {
        operation: Operation::ListFinCapabilities,
        id: "listFinCapabilities",
        method: "POST",
        path: "/fin/capabilities",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"capabilities":[{"description":"Send the user's next message to an existing conversation.","endpoint":"/fin/reply","method":"POST","type":"reply"},{"description":"Get a single answer to a standalone question.","endpoint":"/fin/ask","method":"POST","type":"ask"},{"description":"Checks the order and issues a refund when it qualifies.","endpoint":"/fin/procedures/2210/run","id":"2210","method":"POST","name":"Process a refund","type":"procedure"}],"version":"Preview"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::AskFin,
        id: "askFin",
        method: "POST",
        path: "/fin/ask",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"conversation_id":"ask-5d20e7","created_at_ms":"2026-12-01T07:40:12.512Z","sse_subscription_url":"https://api.intercom.io/fin/sse/ask-5d20e7?token=eyJhbGciOiJIUzI1NiJ9.eyJjIjoiYXNrLTVkMjBlNyJ9.sig","status":"thinking","user_id":"u-20931"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::ReplyToFin,
        id: "replyToFin",
        method: "POST",
        path: "/fin/reply",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"conversation_id":"chat-7c41d2","created_at_ms":"2026-12-01T07:42:03.118Z","sse_subscription_url":"https://api.intercom.io/fin/sse/chat-7c41d2?token=eyJhbGciOiJIUzI1NiJ9.eyJjIjoiY2hhdC03YzQxZDIifQ.sig","status":"replying","user_id":"u-20931"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::RunFinProcedure,
        id: "runFinProcedure",
        method: "POST",
        path: "/fin/procedures/{procedure_id}/run",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"conversation_id":"refund-0b93aa","created_at_ms":"2026-12-01T07:45:00.020Z","errors":{"conversation":{"attributes":{"loyalty_tier":"Unknown attribute"}},"user":{"attributes":{}}},"procedure_id":"2210","sse_subscription_url":"https://api.intercom.io/fin/sse/refund-0b93aa?token=eyJhbGciOiJIUzI1NiJ9.eyJjIjoicmVmdW5kIn0.sig","status":"thinking","user_id":"u-20931"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::EscalateFinConversation,
        id: "escalateFinConversation",
        method: "POST",
        path: "/fin/escalate",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"conversation_id":"chat-7c41d2","sse_subscription_url":"https://api.intercom.io/fin/sse/chat-7c41d2?token=eyJhbGciOiJIUzI1NiJ9.eyJjIjoiZXNjIn0.sig","status":"escalated"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::SubmitFinCsat,
        id: "submitFinCsat",
        method: "POST",
        path: "/fin/csat",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"conversation_id":"chat-7c41d2","rating":"good","status":"rated"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::StartFinConversation,
        id: "startFinConversation",
        method: "POST",
        path: "/fin/start",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"conversation_id":"chat-7c41d2","created_at_ms":"2026-12-01T07:41:30.640Z","sse_subscription_url":"https://api.intercom.io/fin/sse/chat-7c41d2?token=eyJhbGciOiJIUzI1NiJ9.eyJjIjoic3RhcnQifQ.sig","status":"thinking","user_id":"u-20931"}"#,
        ),
    },
    OperationInfo {
        operation: Operation::CollectProcedureAgentInput,
        id: "collectProcedureAgentInput",
        method: "POST",
        path: "/procedures/{conversation_id}/collect_agent_input",
        status: 200,
        default: DefaultAnswer::Example(r#"{}"#),
    },
    OperationInfo {
        operation: Operation::RetrieveVisitor,
        id: "retrieveVisitor",
        method: "GET",
        path: "/visitors/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"anonymous":true,"app_id":"k7t2qz9x","avatar":{"image_url":null,"type":"avatar"},"companies":{"companies":[],"type":"company.list"},"created_at":1767957000,"custom_attributes":{},"do_not_track":null,"email":"","has_hard_bounced":false,"id":"6790ab12c4e5f60017d2e8a1","last_request_at":1767958200,"location_data":{"city_name":"Galway","country_name":"Ireland","type":"location_data"},"marked_email_as_spam":false,"name":null,"owner_id":"7301942","phone":null,"pseudonym":"Teal Lantern from Galway","referrer":null,"remote_created_at":1767957000,"segments":{"segments":[],"type":"segment.list"},"session_count":2,"signed_up_at":1767957000,"social_profiles":{"social_profiles":[],"type":"social_profile.list"},"tags":{"tags":[],"type":"tag.list"},"type":"visitor","unsubscribed_from_emails":false,"updated_at":1767958200,"user_id":"4b9e2f70-13c8-4a5d-9e61-c07d8a2b35f4","utm_campaign":null,"utm_content":null,"utm_medium":null,"utm_source":null,"utm_term":null}"#,
        ),
    },
    OperationInfo {
        operation: Operation::DeleteVisitor,
        id: "deleteVisitor",
        method: "DELETE",
        path: "/visitors/{id}",
        status: 200,
        default: DefaultAnswer::Example(
            r#"{"id":"6790ab12c4e5f60017d2e8a1","type":"visitor","user_id":"4b9e2f70-13c8-4a5d-9e61-c07d8a2b35f4"}"#,
        ),
    },
];

/// Query parameters that carry credentials, redacted in recorded requests.
pub(super) const CREDENTIAL_QUERY: &[&str] = &[];
