// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Decodes every example in the spec into the type the spec declares for it; with the
//! `serialize-responses` feature, re-encodes it and compares it with the original:
//! every property must survive with an equal value, except where a leniency rule of
//! the decoder applied, and each such case is counted by rule. Then decodes each
//! example that names its `type` into the types of the other examples, which must
//! fail.

use std::collections::BTreeMap;

#[cfg(feature = "admins")]
const EXAMPLE_0: &str = r#"{"app":{"created_at":1701388800,"id_code":"k7t2qz9x","identity_verification":true,"name":"Northwind Cycles","region":"EU","timezone":"Europe/Dublin","type":"app"},"avatar":{"image_url":"https://static.example.com/avatars/maeve.png","type":"avatar"},"away_mode_enabled":false,"away_mode_reassign":false,"email":"maeve.donnelly@example.com","email_verified":true,"has_inbox_seat":true,"id":"7301942","job_title":"Support Lead","name":"Maeve Donnelly","team_ids":[88412],"type":"admin"}"#;

#[cfg(feature = "admins")]
const EXAMPLE_1: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "admins")]
const EXAMPLE_2: &str = r#"{"away_mode_enabled":true,"away_mode_reassign":true,"away_status_reason_id":4102}"#;

#[cfg(feature = "admins")]
const EXAMPLE_3: &str = r#"{"away_mode_enabled":false,"away_mode_reassign":false}"#;

#[cfg(feature = "admins")]
const EXAMPLE_4: &str = r#"{"away_mode_enabled":true,"away_mode_reassign":true,"away_status_reason_id":4102,"email":"maeve.donnelly@example.com","has_inbox_seat":true,"id":"7301942","job_title":"Support Lead","name":"Maeve Donnelly","team_ids":[88412],"type":"admin"}"#;

#[cfg(feature = "admins")]
const EXAMPLE_5: &str = r#"{"errors":[{"code":"parameter_invalid","message":"This away status reason has been deleted"}],"request_id":"1e9a4c7b-52d3-4f08-a6b1-3c8e0d7f2a95","type":"error.list"}"#;

#[cfg(feature = "admins")]
const EXAMPLE_6: &str = r#"{"errors":[{"code":"away_status_reason_mandatory","message":"An away status reason must be given"}],"request_id":"2fab5d8c-63e4-4019-b7c2-4d9f1e803ba6","type":"error.list"}"#;

#[cfg(feature = "admins")]
const EXAMPLE_7: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "admins")]
const EXAMPLE_8: &str = r#"{"errors":[{"code":"admin_not_found","message":"No admin found for this id"}],"request_id":"30bc6e9d-74f5-412a-88d3-5ea02f914cb7","type":"error.list"}"#;

#[cfg(feature = "admins")]
const EXAMPLE_9: &str = r#"{"activity_logs":[{"activity_description":"Maeve Donnelly set themselves away (Lunch break).","activity_type":"admin_away_mode_change","created_at":1764590400,"id":"9b1f6c2e-3a47-4d85-b0e1-6f2a9c4d7e10","metadata":{"auto_changed":"false","away_mode":true,"away_status_reason":"🥪 Lunch break","reassign_conversations":true,"source":"admin update from web - Admin id: 7301942","update_by":7301942,"update_by_name":"Maeve Donnelly"},"performed_by":{"email":"maeve.donnelly@example.com","id":"7301942","ip":"203.0.113.24","type":"admin"}},{"activity_description":"Tomas Novak signed in.","activity_type":"admin_login_success","created_at":1764576000,"id":"4c0d8e1a-9f26-4b73-a5c8-1e7b3d92f604","metadata":{"sign_in_method":"email_password"},"performed_by":{"email":"tomas.novak@example.com","id":"7301955","ip":"198.51.100.7","type":"admin"}}],"pages":{"page":1,"per_page":20,"total_pages":1,"type":"pages"},"type":"activity_log.list"}"#;

#[cfg(feature = "admins")]
const EXAMPLE_10: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "admins")]
const EXAMPLE_11: &str = r#"{"created_at_after":1764547200,"created_at_before":1764633600,"event_types":["admin_login_success","admin_login_failure"],"per_page":50}"#;

#[cfg(feature = "admins")]
const EXAMPLE_12: &str = r#"{"created_at_after":1764547200}"#;

#[cfg(feature = "admins")]
const EXAMPLE_13: &str = r#"{"activity_logs":[{"activity_description":"Tomas Novak signed in.","activity_type":"admin_login_success","created_at":1764576000,"id":"4c0d8e1a-9f26-4b73-a5c8-1e7b3d92f604","metadata":{"sign_in_method":"email_password"},"performed_by":{"email":"tomas.novak@example.com","id":"7301955","ip":"198.51.100.7","type":"admin"}}],"pages":{"page":1,"per_page":50,"total_pages":1,"type":"pages"},"type":"activity_log.list"}"#;

#[cfg(feature = "admins")]
const EXAMPLE_14: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "admins")]
const EXAMPLE_15: &str = r#"{"event_types":["admin_away_mode_change","admin_login_failure","admin_login_success","admin_logout","app_name_change","app_team_membership_modification"],"type":"activity_log_event_type.list"}"#;

#[cfg(feature = "admins")]
const EXAMPLE_16: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "admins")]
const EXAMPLE_17: &str = r#"{"admins":[{"avatar":"https://static.example.com/avatars/maeve.png","away_mode_enabled":false,"away_mode_reassign":false,"away_status_reason_id":null,"email":"maeve.donnelly@example.com","has_inbox_seat":true,"id":"7301942","job_title":"Support Lead","name":"Maeve Donnelly","team_ids":[88412],"type":"admin"},{"avatar":null,"away_mode_enabled":true,"away_mode_reassign":true,"away_status_reason_id":4102,"email":"tomas.novak@example.com","has_inbox_seat":true,"id":"7301955","job_title":"Billing Specialist","name":"Tomas Novak","team_ids":[88412,88419],"type":"admin"},{"avatar":"https://static.example.com/avatars/ana.png","away_mode_enabled":false,"away_mode_reassign":false,"away_status_reason_id":null,"email":"ana.ruiz@example.com","has_inbox_seat":false,"id":"7301968","name":"Ana Ruiz","team_ids":[88419],"type":"admin"}],"type":"admin.list"}"#;

#[cfg(feature = "admins")]
const EXAMPLE_18: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "admins")]
const EXAMPLE_19: &str = r#"{"away_mode_enabled":true,"away_mode_reassign":true,"away_status_reason_id":4102,"email":"tomas.novak@example.com","has_inbox_seat":true,"id":"7301955","job_title":"Billing Specialist","name":"Tomas Novak","role":{"id":"12","name":"Support agent","type":"role"},"team_ids":[88412,88419],"type":"admin"}"#;

#[cfg(feature = "admins")]
const EXAMPLE_20: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "admins")]
const EXAMPLE_21: &str = r#"{"errors":[{"code":"admin_not_found","message":"No admin found for this id"}],"request_id":"41cd7fae-8506-423b-99e4-6fb1307a5dc8","type":"error.list"}"#;

#[cfg(feature = "ai_content")]
const EXAMPLE_22: &str = r#"{"data":[{"audience_ids":[3391],"created_at":1764547200,"id":2207,"last_synced_at":1767864000,"status":"active","sync_behavior":"api","type":"content_import_source","updated_at":1767864000,"url":"https://partners.example.org/kb"},{"audience_ids":[],"created_at":1765000000,"id":2211,"last_synced_at":1766000000,"status":"deactivated","sync_behavior":"automatic","type":"content_import_source","updated_at":1766500000,"url":"https://docs.example.org/"}],"pages":{"page":1,"per_page":50,"total_pages":1,"type":"pages"},"total_count":2,"type":"list"}"#;

#[cfg(feature = "ai_content")]
const EXAMPLE_23: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "ai_content")]
const EXAMPLE_24: &str = r#"{"audience_ids":[3391],"status":"active","sync_behavior":"api","url":"https://partners.example.org/kb"}"#;

#[cfg(feature = "ai_content")]
const EXAMPLE_25: &str = r#"{"audience_ids":[3391],"created_at":1764547200,"id":2207,"last_synced_at":1764547200,"status":"active","sync_behavior":"api","type":"content_import_source","updated_at":1764547200,"url":"https://partners.example.org/kb"}"#;

#[cfg(feature = "ai_content")]
const EXAMPLE_26: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "ai_content")]
const EXAMPLE_27: &str = r#"{"audience_ids":[3391],"created_at":1764547200,"id":2207,"last_synced_at":1767864000,"status":"active","sync_behavior":"api","type":"content_import_source","updated_at":1767864000,"url":"https://partners.example.org/kb"}"#;

#[cfg(feature = "ai_content")]
const EXAMPLE_28: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "ai_content")]
const EXAMPLE_29: &str = r#"{"apply_audience_to_existing_content":true,"audience_ids":[3391,3402],"status":"deactivated","sync_behavior":"api","url":"https://partners.example.org/kb"}"#;

#[cfg(feature = "ai_content")]
const EXAMPLE_30: &str = r#"{"audience_ids":[3391,3402],"created_at":1764547200,"id":2207,"last_synced_at":1767864000,"status":"deactivated","sync_behavior":"api","type":"content_import_source","updated_at":1767967200,"url":"https://partners.example.org/kb"}"#;

#[cfg(feature = "ai_content")]
const EXAMPLE_31: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "ai_content")]
const EXAMPLE_32: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "ai_content")]
const EXAMPLE_33: &str = r#"{"data":[{"ai_agent_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"created_at":1767000000,"external_id":"kb-1182","fin_availability":true,"html":"<h1>Warranty claims</h1><p>Carbon frames carry a five year warranty.</p>","id":"8830","last_ingested_at":1767864060,"locale":"en","source_id":2207,"title":"Warranty claims for carbon frames","type":"external_page","updated_at":1767864000,"url":"https://partners.example.org/kb/warranty-carbon"}],"pages":{"page":1,"per_page":50,"total_pages":1,"type":"pages"},"total_count":1,"type":"list"}"#;

#[cfg(feature = "ai_content")]
const EXAMPLE_34: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "ai_content")]
const EXAMPLE_35: &str = r#"{"ai_agent_availability":true,"ai_copilot_availability":true,"external_id":"kb-1182","html":"<h1>Warranty claims</h1><p>Carbon frames carry a five year warranty.</p>","locale":"en","source_id":2207,"title":"Warranty claims for carbon frames","url":"https://partners.example.org/kb/warranty-carbon"}"#;

#[cfg(feature = "ai_content")]
const EXAMPLE_36: &str = r#"{"ai_agent_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"created_at":1767000000,"external_id":"kb-1182","fin_availability":true,"html":"<h1>Warranty claims</h1><p>Carbon frames carry a five year warranty.</p>","id":"8830","last_ingested_at":1767000060,"locale":"en","source_id":2207,"title":"Warranty claims for carbon frames","type":"external_page","updated_at":1767000000,"url":"https://partners.example.org/kb/warranty-carbon"}"#;

#[cfg(feature = "ai_content")]
const EXAMPLE_37: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "ai_content")]
const EXAMPLE_38: &str = r#"{"ai_agent_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"created_at":1767000000,"external_id":"kb-1182","fin_availability":true,"html":"<h1>Warranty claims</h1><p>Carbon frames carry a five year warranty.</p>","id":"8830","last_ingested_at":1767864060,"locale":"en","source_id":2207,"title":"Warranty claims for carbon frames","type":"external_page","updated_at":1767864000,"url":"https://partners.example.org/kb/warranty-carbon"}"#;

#[cfg(feature = "ai_content")]
const EXAMPLE_39: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "ai_content")]
const EXAMPLE_40: &str = r#"{"ai_agent_availability":false,"ai_copilot_availability":true,"external_id":"kb-1182","html":"<h1>Warranty claims</h1><p>Carbon frames carry a six year warranty from 2026.</p>","locale":"en","source_id":2207,"title":"Warranty claims for carbon frames","url":"https://partners.example.org/kb/warranty-carbon"}"#;

#[cfg(feature = "ai_content")]
const EXAMPLE_41: &str = r#"{"ai_agent_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"created_at":1767000000,"external_id":"kb-1182","fin_availability":false,"html":"<h1>Warranty claims</h1><p>Carbon frames carry a six year warranty from 2026.</p>","id":"8830","last_ingested_at":1767970860,"locale":"en","source_id":2207,"title":"Warranty claims for carbon frames","type":"external_page","updated_at":1767970800,"url":"https://partners.example.org/kb/warranty-carbon"}"#;

#[cfg(feature = "ai_content")]
const EXAMPLE_42: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "ai_content")]
const EXAMPLE_43: &str = r#"{"ai_agent_availability":false,"ai_copilot_availability":false,"ai_sales_agent_availability":false,"created_at":1767000000,"external_id":"kb-1182","fin_availability":false,"html":"","id":"8830","last_ingested_at":1767970860,"locale":"en","source_id":2207,"title":"Warranty claims for carbon frames","type":"external_page","updated_at":1767974400,"url":"https://partners.example.org/kb/warranty-carbon"}"#;

#[cfg(feature = "ai_content")]
const EXAMPLE_44: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_45: &str = r#"{"data":[{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"author_id":7301942,"body":"<p>Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.</p><h2>Centre the caliper</h2><p>Loosen both bolts, squeeze the lever and retighten to 6 Nm.</p>","body_markdown":"Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.\n\n## Centre the caliper\n\nLoosen both bolts, squeeze the lever and retighten to 6 Nm.","created_at":1788004800,"created_by_id":7301942,"default_locale":"en","description":"Fix squealing or weak hydraulic disc brakes in ten minutes.","draft_updated_at":null,"exclude_from_article_suggestions":false,"folder_id":512,"has_unpublished_changes":false,"help_center_audience":"everyone","id":"9120451","parent_ids":[4417288],"scheduled_publish_at":null,"scheduled_unpublish_at":null,"state":"published","tags":{"tags":[{"id":"730152","name":"brakes","type":"tag"}],"type":"tag.list"},"title":"Adjusting your disc brakes","translated_content":{"en":{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301942,"body":"<p>Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.</p><h2>Centre the caliper</h2><p>Loosen both bolts, squeeze the lever and retighten to 6 Nm.</p>","body_markdown":"Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.\n\n## Centre the caliper\n\nLoosen both bolts, squeeze the lever and retighten to 6 Nm.","created_at":1788004800,"created_by_id":7301942,"description":"Fix squealing or weak hydraulic disc brakes in ten minutes.","draft_updated_at":null,"has_unpublished_changes":false,"state":"published","title":"Adjusting your disc brakes","type":"article_content","updated_at":1795516200,"updated_by_id":7301955,"url":"https://help.northwindcycles.example.com/en/articles/9120451-adjusting-your-disc-brakes"},"fr":{"ai_chatbot_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301942,"body":"<p>Un grincement ou un freinage faible indique souvent des plaquettes à roder ou un étrier mal centré.</p>","body_markdown":null,"created_at":1789300800,"created_by_id":7301942,"description":"Corriger des freins à disque hydrauliques qui grincent.","draft_updated_at":null,"has_unpublished_changes":false,"state":"draft","title":"Régler vos freins à disque","type":"article_content","updated_at":1789300800,"updated_by_id":7301942,"url":"https://help.northwindcycles.example.com/fr/articles/9120451-regler-vos-freins-a-disque"},"type":"article_translated_content"},"type":"article","updated_at":1795516200,"updated_by_id":7301955,"url":"https://help.northwindcycles.example.com/en/articles/9120451-adjusting-your-disc-brakes","workspace_id":"k7t2qz9x"},{"ai_chatbot_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"author_id":7301955,"body":"<p>Start from the range printed on the tyre wall.</p>","body_markdown":null,"created_at":1795000000,"created_by_id":7301955,"default_locale":"en","description":"Pressure ranges for road, gravel and cargo bikes.","draft_updated_at":null,"exclude_from_article_suggestions":false,"folder_id":null,"has_unpublished_changes":false,"help_center_audience":"everyone","id":"9120478","parent_ids":[],"scheduled_publish_at":null,"scheduled_unpublish_at":null,"state":"draft","tags":{"tags":[],"type":"tag.list"},"title":"Choosing a tyre pressure","translated_content":null,"type":"article","updated_at":1795430000,"updated_by_id":7301955,"url":null,"workspace_id":"k7t2qz9x"}],"pages":{"page":1,"per_page":2,"total_pages":1,"type":"pages"},"total_count":2,"type":"list"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_46: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_47: &str = r#"{"ai_chatbot_availability":true,"author_id":7301942,"body_markdown":"A full charge takes about four hours with the supplied charger.","description":"How long a full charge takes and how to store the battery.","folder_id":512,"parent_ids":[4417203],"state":"draft","title":"Charging your e-bike battery"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_48: &str = r#"{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"author_id":7301942,"body":"<p>A full charge takes about four hours with the supplied charger.</p>","body_markdown":"A full charge takes about four hours with the supplied charger.","created_at":1795700000,"created_by_id":7301942,"default_locale":"en","description":"How long a full charge takes and how to store the battery.","draft_updated_at":null,"exclude_from_article_suggestions":false,"folder_id":512,"has_unpublished_changes":false,"help_center_audience":"everyone","id":"9120502","parent_ids":[4417203],"scheduled_publish_at":null,"scheduled_unpublish_at":null,"state":"draft","statistics":{"conversions":0,"fin_involvements":0,"fin_resolution_rate":0.0,"fin_resolutions":0,"happy_reaction_percentage":0.0,"neutral_reaction_percentage":0.0,"reactions":0,"sad_reaction_percentage":0.0,"type":"article_statistics","views":0},"tags":{"tags":[],"type":"tag.list"},"title":"Charging your e-bike battery","translated_content":null,"type":"article","updated_at":1795700000,"updated_by_id":7301942,"url":null,"workspace_id":"k7t2qz9x"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_49: &str = r#"{"errors":[{"code":"parameter_not_found","message":"author_id is missing from the body"}],"request_id":"2c7c81ad-6456-5093-9aa4-8d08ffe639e3","type":"error.list"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_50: &str = r#"{"errors":[{"code":"parameter_invalid","message":"scheduled_publish_at cannot be combined with state draft"}],"request_id":"1a0aabfa-9454-5dbf-8b1a-7b7a3f5592f8","type":"error.list"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_51: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_52: &str = r#"{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"author_id":7301942,"body":"<p>Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.</p><h2>Centre the caliper</h2><p>Loosen both bolts, squeeze the lever and retighten to 6 Nm.</p>","body_markdown":"Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.\n\n## Centre the caliper\n\nLoosen both bolts, squeeze the lever and retighten to 6 Nm.","created_at":1788004800,"created_by_id":7301942,"default_locale":"en","description":"Fix squealing or weak hydraulic disc brakes in ten minutes.","draft_updated_at":null,"exclude_from_article_suggestions":false,"folder_id":512,"has_unpublished_changes":false,"help_center_audience":"everyone","id":"9120451","parent_ids":[4417288],"scheduled_publish_at":null,"scheduled_unpublish_at":null,"state":"published","statistics":{"conversions":37,"fin_involvements":640,"fin_resolution_rate":64.4,"fin_resolutions":412,"happy_reaction_percentage":71.2,"neutral_reaction_percentage":19.5,"reactions":226,"sad_reaction_percentage":9.3,"type":"article_statistics","views":4812},"tags":{"tags":[{"id":"730152","name":"brakes","type":"tag"}],"type":"tag.list"},"title":"Adjusting your disc brakes","translated_content":{"en":{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301942,"body":"<p>Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.</p><h2>Centre the caliper</h2><p>Loosen both bolts, squeeze the lever and retighten to 6 Nm.</p>","body_markdown":"Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.\n\n## Centre the caliper\n\nLoosen both bolts, squeeze the lever and retighten to 6 Nm.","created_at":1788004800,"created_by_id":7301942,"description":"Fix squealing or weak hydraulic disc brakes in ten minutes.","draft_updated_at":null,"has_unpublished_changes":false,"state":"published","title":"Adjusting your disc brakes","type":"article_content","updated_at":1795516200,"updated_by_id":7301955,"url":"https://help.northwindcycles.example.com/en/articles/9120451-adjusting-your-disc-brakes"},"fr":{"ai_chatbot_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301942,"body":"<p>Un grincement ou un freinage faible indique souvent des plaquettes à roder ou un étrier mal centré.</p>","body_markdown":null,"created_at":1789300800,"created_by_id":7301942,"description":"Corriger des freins à disque hydrauliques qui grincent.","draft_updated_at":null,"has_unpublished_changes":false,"state":"draft","title":"Régler vos freins à disque","type":"article_content","updated_at":1789300800,"updated_by_id":7301942,"url":"https://help.northwindcycles.example.com/fr/articles/9120451-regler-vos-freins-a-disque"},"type":"article_translated_content"},"type":"article","updated_at":1795516200,"updated_by_id":7301955,"url":"https://help.northwindcycles.example.com/en/articles/9120451-adjusting-your-disc-brakes","workspace_id":"k7t2qz9x"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_53: &str = r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"0aa4b870-9d01-5641-8223-eb400e3b54fa","type":"error.list"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_54: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_55: &str = r#"{"scheduled_unpublish_at":"2027-03-31T23:00:00Z","title":"Adjusting your hydraulic disc brakes"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_56: &str = r#"{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"author_id":7301942,"body":"<p>Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.</p><h2>Centre the caliper</h2><p>Loosen both bolts, squeeze the lever and retighten to 6 Nm.</p>","body_markdown":"Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.\n\n## Centre the caliper\n\nLoosen both bolts, squeeze the lever and retighten to 6 Nm.","created_at":1788004800,"created_by_id":7301942,"default_locale":"en","description":"Fix squealing or weak hydraulic disc brakes in ten minutes.","draft_updated_at":null,"exclude_from_article_suggestions":false,"folder_id":512,"has_unpublished_changes":false,"help_center_audience":"everyone","id":"9120451","parent_ids":[4417288],"scheduled_publish_at":null,"scheduled_unpublish_at":1806534000,"state":"published","statistics":{"conversions":37,"fin_involvements":640,"fin_resolution_rate":64.4,"fin_resolutions":412,"happy_reaction_percentage":71.2,"neutral_reaction_percentage":19.5,"reactions":226,"sad_reaction_percentage":9.3,"type":"article_statistics","views":4812},"tags":{"tags":[{"id":"730152","name":"brakes","type":"tag"}],"type":"tag.list"},"title":"Adjusting your hydraulic disc brakes","translated_content":{"en":{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301942,"body":"<p>Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.</p><h2>Centre the caliper</h2><p>Loosen both bolts, squeeze the lever and retighten to 6 Nm.</p>","body_markdown":"Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.\n\n## Centre the caliper\n\nLoosen both bolts, squeeze the lever and retighten to 6 Nm.","created_at":1788004800,"created_by_id":7301942,"description":"Fix squealing or weak hydraulic disc brakes in ten minutes.","draft_updated_at":null,"has_unpublished_changes":false,"state":"published","title":"Adjusting your disc brakes","type":"article_content","updated_at":1795516200,"updated_by_id":7301955,"url":"https://help.northwindcycles.example.com/en/articles/9120451-adjusting-your-disc-brakes"},"fr":{"ai_chatbot_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301942,"body":"<p>Un grincement ou un freinage faible indique souvent des plaquettes à roder ou un étrier mal centré.</p>","body_markdown":null,"created_at":1789300800,"created_by_id":7301942,"description":"Corriger des freins à disque hydrauliques qui grincent.","draft_updated_at":null,"has_unpublished_changes":false,"state":"draft","title":"Régler vos freins à disque","type":"article_content","updated_at":1789300800,"updated_by_id":7301942,"url":"https://help.northwindcycles.example.com/fr/articles/9120451-regler-vos-freins-a-disque"},"type":"article_translated_content"},"type":"article","updated_at":1795703000,"updated_by_id":7301955,"url":"https://help.northwindcycles.example.com/en/articles/9120451-adjusting-your-disc-brakes","workspace_id":"k7t2qz9x"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_57: &str = r#"{"errors":[{"code":"parameter_invalid","message":"Only one of scheduled_publish_at and scheduled_unpublish_at may be set"}],"request_id":"4c2dbcbc-6700-5036-b19e-97d0574ba261","type":"error.list"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_58: &str = r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"5e38dca9-5063-5201-b2cc-3b6b21848c62","type":"error.list"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_59: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_60: &str = r#"{"deleted":true,"id":"9120451","object":"article"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_61: &str = r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"2f8b9fd2-5e51-53cc-bcf0-564c0f6c7a4a","type":"error.list"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_62: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_63: &str = r#"{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"author_id":7301942,"body":"<p>Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.</p><h2>Centre the caliper</h2><p>Loosen both bolts, squeeze the lever and retighten to 6 Nm.</p>","body_markdown":"Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.\n\n## Centre the caliper\n\nLoosen both bolts, squeeze the lever and retighten to 6 Nm.","created_at":1788004800,"created_by_id":7301942,"default_locale":"en","description":"Fix squealing or weak hydraulic disc brakes in ten minutes.","draft_updated_at":1795602600,"exclude_from_article_suggestions":false,"folder_id":512,"has_unpublished_changes":true,"help_center_audience":"everyone","id":"9120451","parent_ids":[4417288],"scheduled_publish_at":null,"scheduled_unpublish_at":null,"state":"published","statistics":{"conversions":37,"fin_involvements":640,"fin_resolution_rate":64.4,"fin_resolutions":412,"happy_reaction_percentage":71.2,"neutral_reaction_percentage":19.5,"reactions":226,"sad_reaction_percentage":9.3,"type":"article_statistics","views":4812},"tags":{"tags":[{"id":"730152","name":"brakes","type":"tag"}],"type":"tag.list"},"title":"Adjusting and bleeding your disc brakes","translated_content":{"en":{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301942,"body":"<p>Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.</p><h2>Centre the caliper</h2><p>Loosen both bolts, squeeze the lever and retighten to 6 Nm.</p>","body_markdown":"Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.\n\n## Centre the caliper\n\nLoosen both bolts, squeeze the lever and retighten to 6 Nm.","created_at":1788004800,"created_by_id":7301942,"description":"Fix squealing or weak hydraulic disc brakes in ten minutes.","draft_updated_at":1795602600,"has_unpublished_changes":true,"state":"published","title":"Adjusting and bleeding your disc brakes","type":"article_content","updated_at":1795516200,"updated_by_id":7301955,"url":"https://help.northwindcycles.example.com/en/articles/9120451-adjusting-your-disc-brakes"},"fr":{"ai_chatbot_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301942,"body":"<p>Un grincement ou un freinage faible indique souvent des plaquettes à roder ou un étrier mal centré.</p>","body_markdown":null,"created_at":1789300800,"created_by_id":7301942,"description":"Corriger des freins à disque hydrauliques qui grincent.","draft_updated_at":null,"has_unpublished_changes":false,"state":"draft","title":"Régler vos freins à disque","type":"article_content","updated_at":1789300800,"updated_by_id":7301942,"url":"https://help.northwindcycles.example.com/fr/articles/9120451-regler-vos-freins-a-disque"},"type":"article_translated_content"},"type":"article","updated_at":1795516200,"updated_by_id":7301955,"url":"https://help.northwindcycles.example.com/en/articles/9120451-adjusting-your-disc-brakes","workspace_id":"k7t2qz9x"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_64: &str = r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"654a556d-0891-59e3-a4a8-b0b324c53bbc","type":"error.list"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_65: &str = r#"{"errors":[{"code":"not_found","message":"No Order instance exists with this id"}],"request_id":"cf8260e4-93b7-4b1d-8aec-f27bd36e485b","type":"error.list"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_66: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_67: &str = r#"{"title":"Adjusting and bleeding your disc brakes"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_68: &str = r#"{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"author_id":7301942,"body":"<p>Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.</p><h2>Centre the caliper</h2><p>Loosen both bolts, squeeze the lever and retighten to 6 Nm.</p>","body_markdown":"Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.\n\n## Centre the caliper\n\nLoosen both bolts, squeeze the lever and retighten to 6 Nm.","created_at":1788004800,"created_by_id":7301942,"default_locale":"en","description":"Fix squealing or weak hydraulic disc brakes in ten minutes.","draft_updated_at":1795602600,"exclude_from_article_suggestions":false,"folder_id":512,"has_unpublished_changes":true,"help_center_audience":"everyone","id":"9120451","parent_ids":[4417288],"scheduled_publish_at":null,"scheduled_unpublish_at":null,"state":"published","statistics":{"conversions":37,"fin_involvements":640,"fin_resolution_rate":64.4,"fin_resolutions":412,"happy_reaction_percentage":71.2,"neutral_reaction_percentage":19.5,"reactions":226,"sad_reaction_percentage":9.3,"type":"article_statistics","views":4812},"tags":{"tags":[{"id":"730152","name":"brakes","type":"tag"}],"type":"tag.list"},"title":"Adjusting and bleeding your disc brakes","translated_content":{"en":{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301942,"body":"<p>Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.</p><h2>Centre the caliper</h2><p>Loosen both bolts, squeeze the lever and retighten to 6 Nm.</p>","body_markdown":"Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.\n\n## Centre the caliper\n\nLoosen both bolts, squeeze the lever and retighten to 6 Nm.","created_at":1788004800,"created_by_id":7301942,"description":"Fix squealing or weak hydraulic disc brakes in ten minutes.","draft_updated_at":1795602600,"has_unpublished_changes":true,"state":"published","title":"Adjusting and bleeding your disc brakes","type":"article_content","updated_at":1795516200,"updated_by_id":7301955,"url":"https://help.northwindcycles.example.com/en/articles/9120451-adjusting-your-disc-brakes"},"fr":{"ai_chatbot_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301942,"body":"<p>Un grincement ou un freinage faible indique souvent des plaquettes à roder ou un étrier mal centré.</p>","body_markdown":null,"created_at":1789300800,"created_by_id":7301942,"description":"Corriger des freins à disque hydrauliques qui grincent.","draft_updated_at":null,"has_unpublished_changes":false,"state":"draft","title":"Régler vos freins à disque","type":"article_content","updated_at":1789300800,"updated_by_id":7301942,"url":"https://help.northwindcycles.example.com/fr/articles/9120451-regler-vos-freins-a-disque"},"type":"article_translated_content"},"type":"article","updated_at":1795516200,"updated_by_id":7301955,"url":"https://help.northwindcycles.example.com/en/articles/9120451-adjusting-your-disc-brakes","workspace_id":"k7t2qz9x"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_69: &str = r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"654a556d-0891-59e3-a4a8-b0b324c53bbc","type":"error.list"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_70: &str = r#"{"errors":[{"code":"not_found","message":"No Order instance exists with this id"}],"request_id":"cf8260e4-93b7-4b1d-8aec-f27bd36e485b","type":"error.list"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_71: &str = r#"{"errors":[{"code":"parameter_invalid","message":"The article must be published before a draft can be staged"}],"request_id":"a236b26f-8cac-5aca-9aa7-bff0e44562a2","type":"error.list"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_72: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_73: &str = r#"{"locales":["en"]}"#;

#[cfg(feature = "articles")]
const EXAMPLE_74: &str = r#"{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"author_id":7301942,"body":"<p>Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.</p><h2>Centre the caliper</h2><p>Loosen both bolts, squeeze the lever and retighten to 6 Nm.</p>","body_markdown":"Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.\n\n## Centre the caliper\n\nLoosen both bolts, squeeze the lever and retighten to 6 Nm.","created_at":1788004800,"created_by_id":7301942,"default_locale":"en","description":"Fix squealing or weak hydraulic disc brakes in ten minutes.","draft_updated_at":null,"exclude_from_article_suggestions":false,"folder_id":512,"has_unpublished_changes":false,"help_center_audience":"everyone","id":"9120451","parent_ids":[4417288],"scheduled_publish_at":null,"scheduled_unpublish_at":null,"state":"published","statistics":{"conversions":37,"fin_involvements":640,"fin_resolution_rate":64.4,"fin_resolutions":412,"happy_reaction_percentage":71.2,"neutral_reaction_percentage":19.5,"reactions":226,"sad_reaction_percentage":9.3,"type":"article_statistics","views":4812},"tags":{"tags":[{"id":"730152","name":"brakes","type":"tag"}],"type":"tag.list"},"title":"Adjusting and bleeding your disc brakes","translated_content":{"en":{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301942,"body":"<p>Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.</p><h2>Centre the caliper</h2><p>Loosen both bolts, squeeze the lever and retighten to 6 Nm.</p>","body_markdown":"Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.\n\n## Centre the caliper\n\nLoosen both bolts, squeeze the lever and retighten to 6 Nm.","created_at":1788004800,"created_by_id":7301942,"description":"Fix squealing or weak hydraulic disc brakes in ten minutes.","draft_updated_at":null,"has_unpublished_changes":false,"state":"published","title":"Adjusting and bleeding your disc brakes","type":"article_content","updated_at":1795689000,"updated_by_id":7301955,"url":"https://help.northwindcycles.example.com/en/articles/9120451-adjusting-your-disc-brakes"},"fr":{"ai_chatbot_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301942,"body":"<p>Un grincement ou un freinage faible indique souvent des plaquettes à roder ou un étrier mal centré.</p>","body_markdown":null,"created_at":1789300800,"created_by_id":7301942,"description":"Corriger des freins à disque hydrauliques qui grincent.","draft_updated_at":null,"has_unpublished_changes":false,"state":"draft","title":"Régler vos freins à disque","type":"article_content","updated_at":1789300800,"updated_by_id":7301942,"url":"https://help.northwindcycles.example.com/fr/articles/9120451-regler-vos-freins-a-disque"},"type":"article_translated_content"},"type":"article","updated_at":1795689000,"updated_by_id":7301955,"url":"https://help.northwindcycles.example.com/en/articles/9120451-adjusting-your-disc-brakes","workspace_id":"k7t2qz9x"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_75: &str = r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"654a556d-0891-59e3-a4a8-b0b324c53bbc","type":"error.list"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_76: &str = r#"{"errors":[{"code":"not_found","message":"No Order instance exists with this id"}],"request_id":"cf8260e4-93b7-4b1d-8aec-f27bd36e485b","type":"error.list"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_77: &str = r#"{"errors":[{"code":"parameter_invalid","message":"The article has no draft to publish"}],"request_id":"ae3d84c7-6cb3-5b6a-b31b-2cc024b20abe","type":"error.list"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_78: &str = r#"{"errors":[{"code":"parameter_not_found","message":"locales is required on this workspace"}],"request_id":"b020ba73-e22d-540f-b8d2-5ed360bebf33","type":"error.list"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_79: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_80: &str = r#"{"data":[{"article_id":"9120451","author_id":"7301942","created_at":1795516200,"created_by_id":"7301955","created_via":"web","from_version_id":"55288","id":"55301","state":"published","title":"Adjusting your disc brakes","type":"article_version"},{"article_id":"9120451","author_id":"7301942","created_at":1788004800,"created_by_id":"7301942","created_via":"api","from_version_id":null,"id":"55288","state":"draft","title":"Adjusting disc brakes","type":"article_version"}],"pages":{"page":1,"per_page":25,"total_pages":1,"type":"pages"},"total_count":2,"type":"list"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_81: &str = r#"{"errors":[{"code":"parameter_invalid","message":"Unknown locale"}],"request_id":"23c5e2c7-e5b5-53b7-8c12-71285657955c","type":"error.list"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_82: &str = r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"654a556d-0891-59e3-a4a8-b0b324c53bbc","type":"error.list"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_83: &str = r#"{"errors":[{"code":"not_found","message":"No Order instance exists with this id"}],"request_id":"cf8260e4-93b7-4b1d-8aec-f27bd36e485b","type":"error.list"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_84: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_85: &str = r#"{"article_id":"9120451","author_id":"7301942","body":"<p>Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.</p><h2>Centre the caliper</h2><p>Loosen both bolts, squeeze the lever and retighten to 6 Nm.</p>","body_markdown":"Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.\n\n## Centre the caliper\n\nLoosen both bolts, squeeze the lever and retighten to 6 Nm.","created_at":1795516200,"created_by_id":"7301955","created_via":"web","from_version_id":"55288","id":"55301","state":"published","title":"Adjusting your disc brakes","type":"article_version","updated_at":1795516200}"#;

#[cfg(feature = "articles")]
const EXAMPLE_86: &str = r#"{"errors":[{"code":"parameter_invalid","message":"Unknown locale"}],"request_id":"06783fb4-6ae0-5911-837c-f1df36aae650","type":"error.list"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_87: &str = r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"654a556d-0891-59e3-a4a8-b0b324c53bbc","type":"error.list"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_88: &str = r#"{"errors":[{"code":"not_found","message":"No Order instance exists with this id"}],"request_id":"cf8260e4-93b7-4b1d-8aec-f27bd36e485b","type":"error.list"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_89: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_90: &str = r#"{"id":"730152"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_91: &str = r#"{"applied_at":1795603000,"applied_by":{"id":"7301942","type":"admin"},"id":"730152","name":"brakes","type":"tag"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_92: &str = r#"{"errors":[{"code":"forbidden","message":"Not authorized to manage knowledge base content"}],"request_id":"9a95306b-00b6-5b56-9d64-cc6c061c5d40","type":"error.list"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_93: &str = r#"{"errors":[{"code":"tag_not_found","message":"Tag not found"}],"request_id":"1ac8f05e-94c7-5e5a-a5a4-a2c37b562325","type":"error.list"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_94: &str = r#"{"errors":[{"code":"article_not_found","message":"Article not found"}],"request_id":"a63466de-942a-5ddf-8898-6e5f7ad151b1","type":"error.list"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_95: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_96: &str = r#"{"id":"730152","name":"brakes","type":"tag"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_97: &str = r#"{"errors":[{"code":"forbidden","message":"Not authorized to manage knowledge base content"}],"request_id":"5bdda557-edfa-58d2-b27b-e85a6488f390","type":"error.list"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_98: &str = r#"{"errors":[{"code":"tag_not_found","message":"Tag not found"}],"request_id":"a3967068-4536-54ab-b886-154c9ac230ad","type":"error.list"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_99: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_100: &str = r#"{"data":{"articles":[{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"author_id":7301942,"body":"<p>Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.</p><h2>Centre the caliper</h2><p>Loosen both bolts, squeeze the lever and retighten to 6 Nm.</p>","body_markdown":"Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.\n\n## Centre the caliper\n\nLoosen both bolts, squeeze the lever and retighten to 6 Nm.","created_at":1788004800,"created_by_id":7301942,"default_locale":"en","description":"Fix squealing or weak hydraulic disc brakes in ten minutes.","draft_updated_at":null,"exclude_from_article_suggestions":false,"folder_id":512,"has_unpublished_changes":false,"help_center_audience":"everyone","id":"9120451","parent_ids":[4417288],"scheduled_publish_at":null,"scheduled_unpublish_at":null,"state":"published","statistics":{"conversions":37,"fin_involvements":640,"fin_resolution_rate":64.4,"fin_resolutions":412,"happy_reaction_percentage":71.2,"neutral_reaction_percentage":19.5,"reactions":226,"sad_reaction_percentage":9.3,"type":"article_statistics","views":4812},"tags":{"tags":[{"id":"730152","name":"brakes","type":"tag"}],"type":"tag.list"},"title":"Adjusting your disc brakes","translated_content":{"en":{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301942,"body":"<p>Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.</p><h2>Centre the caliper</h2><p>Loosen both bolts, squeeze the lever and retighten to 6 Nm.</p>","body_markdown":"Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.\n\n## Centre the caliper\n\nLoosen both bolts, squeeze the lever and retighten to 6 Nm.","created_at":1788004800,"created_by_id":7301942,"description":"Fix squealing or weak hydraulic disc brakes in ten minutes.","draft_updated_at":null,"has_unpublished_changes":false,"state":"published","title":"Adjusting your disc brakes","type":"article_content","updated_at":1795516200,"updated_by_id":7301955,"url":"https://help.northwindcycles.example.com/en/articles/9120451-adjusting-your-disc-brakes"},"fr":{"ai_chatbot_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301942,"body":"<p>Un grincement ou un freinage faible indique souvent des plaquettes à roder ou un étrier mal centré.</p>","body_markdown":null,"created_at":1789300800,"created_by_id":7301942,"description":"Corriger des freins à disque hydrauliques qui grincent.","draft_updated_at":null,"has_unpublished_changes":false,"state":"draft","title":"Régler vos freins à disque","type":"article_content","updated_at":1789300800,"updated_by_id":7301942,"url":"https://help.northwindcycles.example.com/fr/articles/9120451-regler-vos-freins-a-disque"},"type":"article_translated_content"},"type":"article","updated_at":1795516200,"updated_by_id":7301955,"url":"https://help.northwindcycles.example.com/en/articles/9120451-adjusting-your-disc-brakes","workspace_id":"k7t2qz9x"}],"highlights":[{"article_id":"9120451","highlighted_summary":[[{"text":"Fix squealing or weak hydraulic ","type":"plain"},{"text":"disc brakes","type":"highlight"},{"text":" in ten minutes.","type":"plain"}]],"highlighted_title":[{"text":"Adjusting your ","type":"plain"},{"text":"disc brakes","type":"highlight"}]}]},"pages":{"page":1,"per_page":10,"total_pages":1,"type":"pages"},"total_count":1,"type":"list"}"#;

#[cfg(feature = "articles")]
const EXAMPLE_101: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "away_status_reasons")]
const EXAMPLE_102: &str = r#"{"data":[{"created_at":1730419200,"deleted":false,"emoji":"🥪","id":"4102","label":"Lunch break","order":1,"type":"away_status_reason","updated_at":1730419200},{"created_at":1730419260,"deleted":false,"emoji":"📅","id":"4103","label":"In a meeting","order":2,"type":"away_status_reason","updated_at":1748736000},{"created_at":1725148800,"deleted":true,"emoji":"🎓","id":"4099","label":"Training","order":3,"type":"away_status_reason","updated_at":1751328000}],"type":"list"}"#;

#[cfg(feature = "away_status_reasons")]
const EXAMPLE_103: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "audiences")]
const EXAMPLE_104: &str = r#"{"data":[{"created_at":1764547200,"id":"5120","name":"Premium plan customers","predicates":[{"attribute":"custom_attributes.plan","comparison":"eq","type":"string","value":"premium"}],"role_predicates":[{"attribute":"role","comparison":"eq","type":"role","value":"user"}],"type":"audience","updated_at":1767000000}],"page":1,"per_page":50,"total_count":1,"total_pages":1,"type":"list"}"#;

#[cfg(feature = "audiences")]
const EXAMPLE_105: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "audiences")]
const EXAMPLE_106: &str = r#"{"name":"Premium plan customers","predicates":[{"attribute":"custom_attributes.plan","comparison":"eq","type":"string","value":"premium"}],"role_predicates":[{"attribute":"role","comparison":"eq","type":"role","value":"user"}]}"#;

#[cfg(feature = "audiences")]
const EXAMPLE_107: &str = r#"{"created_at":1764547200,"id":"5120","name":"Premium plan customers","predicates":[{"attribute":"custom_attributes.plan","comparison":"eq","type":"string","value":"premium"}],"role_predicates":[{"attribute":"role","comparison":"eq","type":"role","value":"user"}],"type":"audience","updated_at":1767000000}"#;

#[cfg(feature = "audiences")]
const EXAMPLE_108: &str = r#"{"errors":[{"code":"parameter_invalid","message":"Name can't be blank"}],"request_id":"5e10beef-0025-4035-a047-2c4f19e19919","type":"error.list"}"#;

#[cfg(feature = "audiences")]
const EXAMPLE_109: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "audiences")]
const EXAMPLE_110: &str = r#"{"created_at":1764547200,"id":"5120","name":"Premium plan customers","predicates":[{"attribute":"custom_attributes.plan","comparison":"eq","type":"string","value":"premium"}],"role_predicates":[{"attribute":"role","comparison":"eq","type":"role","value":"user"}],"type":"audience","updated_at":1767000000}"#;

#[cfg(feature = "audiences")]
const EXAMPLE_111: &str = r#"{"errors":[{"code":"not_found","message":"Audience not found"}],"request_id":"5e10ddde-004a-406a-a08e-2c4f19e33232","type":"error.list"}"#;

#[cfg(feature = "audiences")]
const EXAMPLE_112: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "audiences")]
const EXAMPLE_113: &str = r#"{"name":"Premium and enterprise customers","predicates":[{"attribute":"custom_attributes.plan","comparison":"in","type":"string","value":"premium,enterprise"}]}"#;

#[cfg(feature = "audiences")]
const EXAMPLE_114: &str = r#"{"created_at":1764547200,"id":"5120","name":"Premium and enterprise customers","predicates":[{"attribute":"custom_attributes.plan","comparison":"in","type":"string","value":"premium,enterprise"}],"role_predicates":[{"attribute":"role","comparison":"eq","type":"role","value":"user"}],"type":"audience","updated_at":1767955200}"#;

#[cfg(feature = "audiences")]
const EXAMPLE_115: &str = r#"{"errors":[{"code":"not_found","message":"Audience not found"}],"request_id":"5e10fccd-006f-409f-a0d5-2c4f19e4cb4b","type":"error.list"}"#;

#[cfg(feature = "audiences")]
const EXAMPLE_116: &str = r#"{"errors":[{"code":"parameter_invalid","message":"Predicate comparison is not supported: starts_with"}],"request_id":"5e111bbc-0094-40d4-a11c-2c4f19e66464","type":"error.list"}"#;

#[cfg(feature = "audiences")]
const EXAMPLE_117: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "audiences")]
const EXAMPLE_118: &str = r#"{"errors":[{"code":"not_found","message":"Audience not found"}],"request_id":"5e113aab-00b9-4109-a163-2c4f19e7fd7d","type":"error.list"}"#;

#[cfg(feature = "audiences")]
const EXAMPLE_119: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "office_hours")]
const EXAMPLE_120: &str = r#"{"data":[{"created_at":1764547200,"id":"301","name":"Berlin support desk","time_intervals":[{"day_of_week":0,"end_minute":1080,"start_minute":540},{"day_of_week":1,"end_minute":2520,"start_minute":1980},{"day_of_week":2,"end_minute":3960,"start_minute":3420}],"time_zone_name":"Europe/Berlin","twenty_four_seven":false,"type":"office_hours_schedule","updated_at":1767000000}],"type":"office_hours_schedule.list"}"#;

#[cfg(feature = "office_hours")]
const EXAMPLE_121: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "office_hours")]
const EXAMPLE_122: &str = r#"{"name":"Berlin support desk","time_intervals":[{"end_minute":1080,"start_minute":540},{"end_minute":2520,"start_minute":1980},{"end_minute":3960,"start_minute":3420}],"time_zone_name":"Europe/Berlin"}"#;

#[cfg(feature = "office_hours")]
const EXAMPLE_123: &str = r#"{"created_at":1764547200,"id":"301","name":"Berlin support desk","time_intervals":[{"day_of_week":0,"end_minute":1080,"start_minute":540},{"day_of_week":1,"end_minute":2520,"start_minute":1980},{"day_of_week":2,"end_minute":3960,"start_minute":3420}],"time_zone_name":"Europe/Berlin","twenty_four_seven":false,"type":"office_hours_schedule","updated_at":1767000000}"#;

#[cfg(feature = "office_hours")]
const EXAMPLE_124: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "office_hours")]
const EXAMPLE_125: &str = r#"{"errors":[{"code":"parameter_invalid","message":"per_page must be between 1 and 50"}],"request_id":"f6487e85-a990-5aba-ad00-744a4e5950e0","type":"error.list"}"#;

#[cfg(feature = "office_hours")]
const EXAMPLE_126: &str = r#"{"created_at":1764547200,"id":"301","name":"Berlin support desk","time_intervals":[{"day_of_week":0,"end_minute":1080,"start_minute":540},{"day_of_week":1,"end_minute":2520,"start_minute":1980},{"day_of_week":2,"end_minute":3960,"start_minute":3420}],"time_zone_name":"Europe/Berlin","twenty_four_seven":false,"type":"office_hours_schedule","updated_at":1767000000}"#;

#[cfg(feature = "office_hours")]
const EXAMPLE_127: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "office_hours")]
const EXAMPLE_128: &str = r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"654a556d-0891-59e3-a4a8-b0b324c53bbc","type":"error.list"}"#;

#[cfg(feature = "office_hours")]
const EXAMPLE_129: &str = r#"{"errors":[{"code":"not_found","message":"No Order instance exists with this id"}],"request_id":"cf8260e4-93b7-4b1d-8aec-f27bd36e485b","type":"error.list"}"#;

#[cfg(feature = "office_hours")]
const EXAMPLE_130: &str = r#"{"name":"Berlin support desk (winter hours)","time_intervals":[{"end_minute":1020,"start_minute":480},{"end_minute":2460,"start_minute":1920}]}"#;

#[cfg(feature = "office_hours")]
const EXAMPLE_131: &str = r#"{"created_at":1764547200,"id":"301","name":"Berlin support desk (winter hours)","time_intervals":[{"day_of_week":0,"end_minute":1020,"start_minute":480},{"day_of_week":1,"end_minute":2460,"start_minute":1920}],"time_zone_name":"Europe/Berlin","twenty_four_seven":false,"type":"office_hours_schedule","updated_at":1767955200}"#;

#[cfg(feature = "office_hours")]
const EXAMPLE_132: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "office_hours")]
const EXAMPLE_133: &str = r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"654a556d-0891-59e3-a4a8-b0b324c53bbc","type":"error.list"}"#;

#[cfg(feature = "office_hours")]
const EXAMPLE_134: &str = r#"{"errors":[{"code":"not_found","message":"No Order instance exists with this id"}],"request_id":"cf8260e4-93b7-4b1d-8aec-f27bd36e485b","type":"error.list"}"#;

#[cfg(feature = "office_hours")]
const EXAMPLE_135: &str = r#"{"errors":[{"code":"parameter_invalid","message":"per_page must be between 1 and 50"}],"request_id":"f6487e85-a990-5aba-ad00-744a4e5950e0","type":"error.list"}"#;

#[cfg(feature = "office_hours")]
const EXAMPLE_136: &str = r#"{"deleted":true,"id":"301","object":"office_hours_schedule"}"#;

#[cfg(feature = "office_hours")]
const EXAMPLE_137: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "office_hours")]
const EXAMPLE_138: &str = r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"654a556d-0891-59e3-a4a8-b0b324c53bbc","type":"error.list"}"#;

#[cfg(feature = "office_hours")]
const EXAMPLE_139: &str = r#"{"errors":[{"code":"not_found","message":"No Order instance exists with this id"}],"request_id":"cf8260e4-93b7-4b1d-8aec-f27bd36e485b","type":"error.list"}"#;

#[cfg(feature = "office_hours")]
const EXAMPLE_140: &str = r#"{"data":[{"created_at":1764633600,"exception_date":"2026-12-24","exception_type":"custom_hours","id":"912","name":"Christmas Eve","office_hours_schedule_id":"301","recurring_annually":true,"time_intervals":[{"day_of_week":3,"end_minute":780,"start_minute":540}],"type":"office_hours_exception","updated_at":1764633600},{"created_at":1764633700,"exception_date":"2026-12-25","exception_type":"closed","id":"913","name":"Christmas Day","office_hours_schedule_id":"301","recurring_annually":true,"time_intervals":null,"type":"office_hours_exception","updated_at":1764633700}],"type":"office_hours_exception.list"}"#;

#[cfg(feature = "office_hours")]
const EXAMPLE_141: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "office_hours")]
const EXAMPLE_142: &str = r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"654a556d-0891-59e3-a4a8-b0b324c53bbc","type":"error.list"}"#;

#[cfg(feature = "office_hours")]
const EXAMPLE_143: &str = r#"{"errors":[{"code":"not_found","message":"No Order instance exists with this id"}],"request_id":"cf8260e4-93b7-4b1d-8aec-f27bd36e485b","type":"error.list"}"#;

#[cfg(feature = "office_hours")]
const EXAMPLE_144: &str = r#"{"exception_date":"2026-12-24","exception_type":"custom_hours","name":"Christmas Eve","recurring_annually":true,"time_intervals":[{"end_minute":780,"start_minute":540}]}"#;

#[cfg(feature = "office_hours")]
const EXAMPLE_145: &str = r#"{"created_at":1764633600,"exception_date":"2026-12-24","exception_type":"custom_hours","id":"912","name":"Christmas Eve","office_hours_schedule_id":"301","recurring_annually":true,"time_intervals":[{"day_of_week":3,"end_minute":780,"start_minute":540}],"type":"office_hours_exception","updated_at":1764633600}"#;

#[cfg(feature = "office_hours")]
const EXAMPLE_146: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "office_hours")]
const EXAMPLE_147: &str = r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"654a556d-0891-59e3-a4a8-b0b324c53bbc","type":"error.list"}"#;

#[cfg(feature = "office_hours")]
const EXAMPLE_148: &str = r#"{"errors":[{"code":"not_found","message":"No Order instance exists with this id"}],"request_id":"cf8260e4-93b7-4b1d-8aec-f27bd36e485b","type":"error.list"}"#;

#[cfg(feature = "office_hours")]
const EXAMPLE_149: &str = r#"{"errors":[{"code":"parameter_invalid","message":"per_page must be between 1 and 50"}],"request_id":"f6487e85-a990-5aba-ad00-744a4e5950e0","type":"error.list"}"#;

#[cfg(feature = "office_hours")]
const EXAMPLE_150: &str = r#"{"created_at":1764633700,"exception_date":"2026-12-25","exception_type":"closed","id":"913","name":"Christmas Day","office_hours_schedule_id":"301","recurring_annually":true,"time_intervals":null,"type":"office_hours_exception","updated_at":1764633700}"#;

#[cfg(feature = "office_hours")]
const EXAMPLE_151: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "office_hours")]
const EXAMPLE_152: &str = r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"654a556d-0891-59e3-a4a8-b0b324c53bbc","type":"error.list"}"#;

#[cfg(feature = "office_hours")]
const EXAMPLE_153: &str = r#"{"errors":[{"code":"not_found","message":"No Order instance exists with this id"}],"request_id":"cf8260e4-93b7-4b1d-8aec-f27bd36e485b","type":"error.list"}"#;

#[cfg(feature = "office_hours")]
const EXAMPLE_154: &str = r#"{"exception_type":"closed","time_intervals":null}"#;

#[cfg(feature = "office_hours")]
const EXAMPLE_155: &str = r#"{"created_at":1764633600,"exception_date":"2026-12-24","exception_type":"closed","id":"912","name":"Christmas Eve","office_hours_schedule_id":"301","recurring_annually":true,"time_intervals":null,"type":"office_hours_exception","updated_at":1767955200}"#;

#[cfg(feature = "office_hours")]
const EXAMPLE_156: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "office_hours")]
const EXAMPLE_157: &str = r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"654a556d-0891-59e3-a4a8-b0b324c53bbc","type":"error.list"}"#;

#[cfg(feature = "office_hours")]
const EXAMPLE_158: &str = r#"{"errors":[{"code":"not_found","message":"No Order instance exists with this id"}],"request_id":"cf8260e4-93b7-4b1d-8aec-f27bd36e485b","type":"error.list"}"#;

#[cfg(feature = "office_hours")]
const EXAMPLE_159: &str = r#"{"errors":[{"code":"parameter_invalid","message":"per_page must be between 1 and 50"}],"request_id":"f6487e85-a990-5aba-ad00-744a4e5950e0","type":"error.list"}"#;

#[cfg(feature = "office_hours")]
const EXAMPLE_160: &str = r#"{"deleted":true,"id":"913","object":"office_hours_exception"}"#;

#[cfg(feature = "office_hours")]
const EXAMPLE_161: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "office_hours")]
const EXAMPLE_162: &str = r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"654a556d-0891-59e3-a4a8-b0b324c53bbc","type":"error.list"}"#;

#[cfg(feature = "office_hours")]
const EXAMPLE_163: &str = r#"{"errors":[{"code":"not_found","message":"No Order instance exists with this id"}],"request_id":"cf8260e4-93b7-4b1d-8aec-f27bd36e485b","type":"error.list"}"#;

#[cfg(feature = "reporting_data_export")]
const EXAMPLE_164: &str = r#"{"attribute_ids":["conversation.conversation_id","conversation.conversation_started_at","conversation.channel"],"dataset_id":"conversation","end_time":1767225599,"start_time":1764547200}"#;

#[cfg(feature = "reporting_data_export")]
const EXAMPLE_165: &str = r#"{"download_expires_at":"","download_url":"","job_identifier":"r4q8z1k6m2","status":"pending"}"#;

#[cfg(feature = "reporting_data_export")]
const EXAMPLE_166: &str = r#"{"errors":[{"code":"bad_request","message":"dataset_id must be provided"}],"request_id":"2c70e134-04a5-49ec-8d34-d9b04ea81b5c","type":"error.list"}"#;

#[cfg(feature = "reporting_data_export")]
const EXAMPLE_167: &str = r#"{"errors":[{"code":"bad_request","message":"attribute_ids not valid for dataset conversation: conversation.mood"}],"request_id":"3d81f245-15b6-4afd-9e45-eac15fb92c6d","type":"error.list"}"#;

#[cfg(feature = "reporting_data_export")]
const EXAMPLE_168: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "reporting_data_export")]
const EXAMPLE_169: &str = r#"{"errors":[{"code":"rate_limit_exceeded","message":"No more than 5 reporting data export jobs may be pending"}],"request_id":"4e92a356-26c7-4b0e-af56-fbd260ca3d7e","type":"error.list"}"#;

#[cfg(feature = "reporting_data_export")]
const EXAMPLE_170: &str = r#"{"download_expires_at":"1768060800","download_url":"https://api.intercom.io/download/reporting_data/r4q8z1k6m2","job_identifier":"r4q8z1k6m2","status":"complete"}"#;

#[cfg(feature = "reporting_data_export")]
const EXAMPLE_171: &str = r#"{"download_expires_at":"","download_url":"","job_identifier":"r4q8z1k6m2","status":"failed"}"#;

#[cfg(feature = "reporting_data_export")]
const EXAMPLE_172: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "reporting_data_export")]
const EXAMPLE_173: &str = r#"{"errors":[{"code":"not_found","message":"No export job found with identifier: r4q8z1k6m2"}],"request_id":"d0937105-a4c8-4c2e-9bfd-038ce4f7596c","type":"error.list"}"#;

#[cfg(feature = "reporting_data_export")]
const EXAMPLE_174: &str = r#"{"data":[{"attributes":[{"id":"conversation_id","name":"Conversation ID","qualified_id":"conversation.conversation_id"},{"id":"conversation_started_at","name":"Conversation started at","qualified_id":"conversation.conversation_started_at"},{"id":"channel","name":"Channel","qualified_id":"conversation.channel"}],"default_time_attribute_id":"conversation_started_at","description":"One row per conversation with its channel, state and assignment.","id":"conversation","name":"Conversation"}],"type":"list"}"#;

#[cfg(feature = "reporting_data_export")]
const EXAMPLE_175: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "reporting_data_export")]
const EXAMPLE_176: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "reporting_data_export")]
const EXAMPLE_177: &str = r#"{"errors":[{"code":"not_found","message":"No export job found with identifier: r4q8z1k6m2"}],"request_id":"d0937105-a4c8-4c2e-9bfd-038ce4f7596c","type":"error.list"}"#;

#[cfg(feature = "help_center")]
const EXAMPLE_178: &str = r#"{"data":[{"created_at":1794900000,"from_url":"https://help.northwindcycles.example.com/en/old/brake-care","help_center_id":"31","id":"2210","locale":"en","target_id":"9120451","target_type":"article","type":"help_center_redirect","updated_at":1794900000},{"created_at":1794000000,"from_url":"https://help.northwindcycles.example.com/en/servicing","help_center_id":"31","id":"2214","locale":"en","target_id":"4417203","target_type":"collection","type":"help_center_redirect","updated_at":1794000000}],"pages":{"page":1,"per_page":50,"total_pages":1,"type":"pages"},"total_count":2,"type":"list"}"#;

#[cfg(feature = "help_center")]
const EXAMPLE_179: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "help_center")]
const EXAMPLE_180: &str = r#"{"errors":[{"code":"not_found","message":"Help center not found"}],"request_id":"e69a9952-a3a6-52bb-b0ad-230ba42a077b","type":"error.list"}"#;

#[cfg(feature = "help_center")]
const EXAMPLE_181: &str = r#"{"from_url":"https://help.northwindcycles.example.com/en/old/brake-care","locale":"en","target_id":"9120451","target_type":"article"}"#;

#[cfg(feature = "help_center")]
const EXAMPLE_182: &str = r#"{"created_at":1794900000,"from_url":"https://help.northwindcycles.example.com/en/old/brake-care","help_center_id":"31","id":"2210","locale":"en","target_id":"9120451","target_type":"article","type":"help_center_redirect","updated_at":1794900000}"#;

#[cfg(feature = "help_center")]
const EXAMPLE_183: &str = r#"{"errors":[{"code":"parameter_not_found","message":"from_url must be provided"}],"request_id":"cb9b6b4a-599f-56a4-a67f-339312a19441","type":"error.list"}"#;

#[cfg(feature = "help_center")]
const EXAMPLE_184: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "help_center")]
const EXAMPLE_185: &str = r#"{"errors":[{"code":"resource_conflict","message":"A redirect for this URL already exists"}],"request_id":"54cd5201-c098-5225-bd02-e0833c9cf71b","type":"error.list"}"#;

#[cfg(feature = "help_center")]
const EXAMPLE_186: &str = r#"{"errors":[{"code":"data_invalid","message":"from_url is not inside this help center"}],"request_id":"c454ef43-0b8b-55a8-9da9-2e8e99c1fba7","type":"error.list"}"#;

#[cfg(feature = "help_center")]
const EXAMPLE_187: &str = r#"{"errors":[{"code":"not_found","message":"Help center not found"}],"request_id":"80e169ef-7267-5763-a029-2a1c0eaa09b2","type":"error.list"}"#;

#[cfg(feature = "help_center")]
const EXAMPLE_188: &str = r#"{"created_at":1794900000,"from_url":"https://help.northwindcycles.example.com/en/old/brake-care","help_center_id":"31","id":"2210","locale":"en","target_id":"9120451","target_type":"article","type":"help_center_redirect","updated_at":1794900000}"#;

#[cfg(feature = "help_center")]
const EXAMPLE_189: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "help_center")]
const EXAMPLE_190: &str = r#"{"errors":[{"code":"not_found","message":"Redirect not found"}],"request_id":"aef942f9-c5e1-546c-8cfc-1873551dc7eb","type":"error.list"}"#;

#[cfg(feature = "help_center")]
const EXAMPLE_191: &str = r#"{"deleted":true,"id":"2210","object":"help_center_redirect"}"#;

#[cfg(feature = "help_center")]
const EXAMPLE_192: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "help_center")]
const EXAMPLE_193: &str = r#"{"errors":[{"code":"not_found","message":"Redirect not found"}],"request_id":"89f5336f-fe41-5f53-bd47-e36a1f953ba5","type":"error.list"}"#;

#[cfg(feature = "help_center")]
const EXAMPLE_194: &str = r#"{"data":[{"created_at":1751400000,"default_locale":"en","description":"Keep your bike running smoothly.","help_center_id":31,"icon":"wrench","id":"4417203","name":"Maintenance","order":1,"parent_id":null,"translated_content":{"en":{"description":"Keep your bike running smoothly.","name":"Maintenance","type":"group_content"},"fr":{"description":"Gardez votre vélo en bon état.","name":"Entretien","type":"group_content"},"type":"group_translated_content"},"updated_at":1794300000,"url":"https://help.northwindcycles.example.com/en/collections/4417203-maintenance","workspace_id":"k7t2qz9x"},{"created_at":1751500000,"default_locale":"en","description":"Pads, rotors and hydraulic lines.","help_center_id":31,"icon":null,"id":"4417288","name":"Brakes","order":0,"parent_id":"4417203","translated_content":{"en":{"description":"Pads, rotors and hydraulic lines.","name":"Brakes","type":"group_content"},"type":"group_translated_content"},"updated_at":1793000000,"url":"https://help.northwindcycles.example.com/en/collections/4417203-maintenance#brakes","workspace_id":"k7t2qz9x"}],"pages":{"page":1,"per_page":2,"total_pages":1,"type":"pages"},"total_count":2,"type":"list"}"#;

#[cfg(feature = "help_center")]
const EXAMPLE_195: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "help_center")]
const EXAMPLE_196: &str = r#"{"description":"Batteries, motors and range.","help_center_id":31,"name":"E-bikes"}"#;

#[cfg(feature = "help_center")]
const EXAMPLE_197: &str = r#"{"created_at":1795700500,"default_locale":"en","description":"Batteries, motors and range.","help_center_id":31,"icon":"book-bookmark","id":"4417315","name":"E-bikes","order":3,"parent_id":null,"translated_content":{"en":{"description":"Batteries, motors and range.","name":"E-bikes","type":"group_content"},"type":"group_translated_content"},"updated_at":1795700500,"url":null,"workspace_id":"k7t2qz9x"}"#;

#[cfg(feature = "help_center")]
const EXAMPLE_198: &str = r#"{"errors":[{"code":"parameter_not_found","message":"Name is a required parameter."}],"request_id":"24b32a54-db71-5d58-9fd8-9e07f654f625","type":"error.list"}"#;

#[cfg(feature = "help_center")]
const EXAMPLE_199: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "help_center")]
const EXAMPLE_200: &str = r#"{"created_at":1751400000,"default_locale":"en","description":"Keep your bike running smoothly.","help_center_id":31,"icon":"wrench","id":"4417203","name":"Maintenance","order":1,"parent_id":null,"translated_content":{"en":{"description":"Keep your bike running smoothly.","name":"Maintenance","type":"group_content"},"fr":{"description":"Gardez votre vélo en bon état.","name":"Entretien","type":"group_content"},"type":"group_translated_content"},"updated_at":1794300000,"url":"https://help.northwindcycles.example.com/en/collections/4417203-maintenance","workspace_id":"k7t2qz9x"}"#;

#[cfg(feature = "help_center")]
const EXAMPLE_201: &str = r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"0030d022-e34d-5f8a-86a6-af1b9d2299b1","type":"error.list"}"#;

#[cfg(feature = "help_center")]
const EXAMPLE_202: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "help_center")]
const EXAMPLE_203: &str = r#"{"name":"Care and maintenance"}"#;

#[cfg(feature = "help_center")]
const EXAMPLE_204: &str = r#"{"created_at":1751400000,"default_locale":"en","description":"Keep your bike running smoothly.","help_center_id":31,"icon":"wrench","id":"4417203","name":"Care and maintenance","order":1,"parent_id":null,"translated_content":{"en":{"description":"Keep your bike running smoothly.","name":"Care and maintenance","type":"group_content"},"fr":{"description":"Gardez votre vélo en bon état.","name":"Entretien","type":"group_content"},"type":"group_translated_content"},"updated_at":1795703500,"url":"https://help.northwindcycles.example.com/en/collections/4417203-maintenance","workspace_id":"k7t2qz9x"}"#;

#[cfg(feature = "help_center")]
const EXAMPLE_205: &str = r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"1673913c-47c3-5367-8aaa-15baab2b03b1","type":"error.list"}"#;

#[cfg(feature = "help_center")]
const EXAMPLE_206: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "help_center")]
const EXAMPLE_207: &str = r#"{"deleted":true,"id":"4417203","object":"collection"}"#;

#[cfg(feature = "help_center")]
const EXAMPLE_208: &str = r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"97086f3d-be13-5251-b092-7eb323d8f2e7","type":"error.list"}"#;

#[cfg(feature = "help_center")]
const EXAMPLE_209: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "help_center")]
const EXAMPLE_210: &str = r#"{"created_at":1751328000,"custom_domain":"help.northwindcycles.example.com","default":true,"display_name":"Northwind Help","id":"31","identifier":"northwind-help","locales":["en","fr"],"updated_at":1794200000,"url":"https://help.northwindcycles.example.com","website_turned_on":true,"workspace_id":"k7t2qz9x"}"#;

#[cfg(feature = "help_center")]
const EXAMPLE_211: &str = r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"724644e1-af26-5592-a1d4-3e51e50828ec","type":"error.list"}"#;

#[cfg(feature = "help_center")]
const EXAMPLE_212: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "help_center")]
const EXAMPLE_213: &str = r#"{"data":[{"created_at":1751328000,"custom_domain":"help.northwindcycles.example.com","default":true,"display_name":"Northwind Help","id":"31","identifier":"northwind-help","locales":["en","fr"],"updated_at":1794200000,"url":"https://help.northwindcycles.example.com","website_turned_on":true,"workspace_id":"k7t2qz9x"},{"created_at":1783000000,"custom_domain":null,"default":false,"display_name":"Dealer portal","id":"36","identifier":"northwind-dealers","locales":["en"],"updated_at":1790000000,"url":"https://intercom.help/northwind-dealers","website_turned_on":false,"workspace_id":"k7t2qz9x"}],"type":"list"}"#;

#[cfg(feature = "help_center")]
const EXAMPLE_214: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "internal_articles")]
const EXAMPLE_215: &str = r#"{"data":[{"ai_chatbot_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301955,"body":"<p>Ask for the frame number and a photo of the damage before approving.</p>","body_markdown":"Ask for the frame number and a photo of the damage before approving.","created_at":1790000000,"folder_id":518,"id":"8830217","locale":"en","owner_id":7301942,"tags":{"tags":[{"id":"730152","name":"brakes","type":"tag"}],"type":"tag.list"},"title":"Warranty claim checklist","type":"internal_article","updated_at":1795100000},{"ai_chatbot_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301955,"body":"<p>Send every frame crack report to the engineering queue.</p>","body_markdown":null,"created_at":1791000000,"folder_id":518,"id":"8830240","locale":"en","owner_id":7301955,"tags":{"tags":[],"type":"tag.list"},"title":"Escalating frame cracks","type":"internal_article","updated_at":1791000000}],"pages":{"page":1,"per_page":2,"total_pages":1,"type":"pages"},"total_count":2,"type":"list"}"#;

#[cfg(feature = "internal_articles")]
const EXAMPLE_216: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "internal_articles")]
const EXAMPLE_217: &str = r#"{"ai_copilot_availability":true,"author_id":7301942,"body_markdown":"Offer free shipping on the next order when a parcel is over five days late.","folder_id":518,"owner_id":7301942,"title":"Refunds for late deliveries"}"#;

#[cfg(feature = "internal_articles")]
const EXAMPLE_218: &str = r#"{"ai_chatbot_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301942,"body":"<p>Offer free shipping on the next order when a parcel is over five days late.</p>","body_markdown":"Offer free shipping on the next order when a parcel is over five days late.","created_at":1795701000,"folder_id":518,"id":"8830266","locale":"en","owner_id":7301942,"tags":{"tags":[],"type":"tag.list"},"title":"Refunds for late deliveries","type":"internal_article","updated_at":1795701000}"#;

#[cfg(feature = "internal_articles")]
const EXAMPLE_219: &str = r#"{"errors":[{"code":"parameter_not_found","message":"author_id is missing from the body"}],"request_id":"2f245a5a-f497-5785-a180-f892a0f12a46","type":"error.list"}"#;

#[cfg(feature = "internal_articles")]
const EXAMPLE_220: &str = r#"{"errors":[{"code":"parameter_invalid","message":"Audience 99999 not found"}],"request_id":"4ff2a13a-c12d-5299-82dd-129af1cdd69a","type":"error.list"}"#;

#[cfg(feature = "internal_articles")]
const EXAMPLE_221: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "internal_articles")]
const EXAMPLE_222: &str = r#"{"ai_chatbot_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301955,"body":"<p>Ask for the frame number and a photo of the damage before approving.</p>","body_markdown":"Ask for the frame number and a photo of the damage before approving.","created_at":1790000000,"folder_id":518,"id":"8830217","locale":"en","owner_id":7301942,"tags":{"tags":[{"id":"730152","name":"brakes","type":"tag"}],"type":"tag.list"},"title":"Warranty claim checklist","type":"internal_article","updated_at":1795100000}"#;

#[cfg(feature = "internal_articles")]
const EXAMPLE_223: &str = r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"27b11be8-e70a-5b96-b8e0-bc7cde506cd2","type":"error.list"}"#;

#[cfg(feature = "internal_articles")]
const EXAMPLE_224: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "internal_articles")]
const EXAMPLE_225: &str = r#"{"owner_id":7301955}"#;

#[cfg(feature = "internal_articles")]
const EXAMPLE_226: &str = r#"{"ai_chatbot_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301955,"body":"<p>Ask for the frame number and a photo of the damage before approving.</p>","body_markdown":"Ask for the frame number and a photo of the damage before approving.","created_at":1790000000,"folder_id":518,"id":"8830217","locale":"en","owner_id":7301955,"tags":{"tags":[{"id":"730152","name":"brakes","type":"tag"}],"type":"tag.list"},"title":"Warranty claim checklist","type":"internal_article","updated_at":1795704000}"#;

#[cfg(feature = "internal_articles")]
const EXAMPLE_227: &str = r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"da8f88d7-0344-5c79-9ede-8912ee316563","type":"error.list"}"#;

#[cfg(feature = "internal_articles")]
const EXAMPLE_228: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "internal_articles")]
const EXAMPLE_229: &str = r#"{"deleted":true,"id":"8830217","object":"internal_article"}"#;

#[cfg(feature = "internal_articles")]
const EXAMPLE_230: &str = r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"d5d28817-0c16-5db9-a29e-fd32c3b188e3","type":"error.list"}"#;

#[cfg(feature = "internal_articles")]
const EXAMPLE_231: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "internal_articles")]
const EXAMPLE_232: &str = r#"{"admin_id":"7301955","id":"730152"}"#;

#[cfg(feature = "internal_articles")]
const EXAMPLE_233: &str = r#"{"applied_at":1795603000,"applied_by":{"id":"7301955","type":"admin"},"id":"730152","name":"brakes","type":"tag"}"#;

#[cfg(feature = "internal_articles")]
const EXAMPLE_234: &str = r#"{"errors":[{"code":"forbidden","message":"Not authorized to manage knowledge base content"}],"request_id":"97826e10-5228-594a-add0-594cbddc5bdf","type":"error.list"}"#;

#[cfg(feature = "internal_articles")]
const EXAMPLE_235: &str = r#"{"errors":[{"code":"tag_not_found","message":"Tag not found"}],"request_id":"6917044f-ca9d-51cb-b1ca-5c6dcab24374","type":"error.list"}"#;

#[cfg(feature = "internal_articles")]
const EXAMPLE_236: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "internal_articles")]
const EXAMPLE_237: &str = r#"{"id":"730152","name":"brakes","type":"tag"}"#;

#[cfg(feature = "internal_articles")]
const EXAMPLE_238: &str = r#"{"errors":[{"code":"forbidden","message":"Not authorized to manage knowledge base content"}],"request_id":"7db1450a-7b6c-5879-a9c6-22f78816473b","type":"error.list"}"#;

#[cfg(feature = "internal_articles")]
const EXAMPLE_239: &str = r#"{"errors":[{"code":"internal_article_not_found","message":"Internal article not found"}],"request_id":"0e73f393-c08e-502b-a969-d40e0e3ab827","type":"error.list"}"#;

#[cfg(feature = "internal_articles")]
const EXAMPLE_240: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "internal_articles")]
const EXAMPLE_241: &str = r#"{"data":{"internal_articles":[{"ai_chatbot_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301955,"body":"<p>Ask for the frame number and a photo of the damage before approving.</p>","body_markdown":"Ask for the frame number and a photo of the damage before approving.","created_at":1790000000,"folder_id":518,"id":"8830217","locale":"en","owner_id":7301942,"tags":{"tags":[{"id":"730152","name":"brakes","type":"tag"}],"type":"tag.list"},"title":"Warranty claim checklist","type":"internal_article","updated_at":1795100000},{"ai_chatbot_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301955,"body":"<p>Send every frame crack report to the engineering queue.</p>","body_markdown":null,"created_at":1791000000,"folder_id":518,"id":"8830240","locale":"en","owner_id":7301955,"tags":{"tags":[],"type":"tag.list"},"title":"Escalating frame cracks","type":"internal_article","updated_at":1791000000}]},"pages":{"page":1,"per_page":10,"total_pages":1,"type":"pages"},"total_count":2,"type":"list"}"#;

#[cfg(feature = "internal_articles")]
const EXAMPLE_242: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "folders")]
const EXAMPLE_243: &str = r#"{"data":[{"content_count":14,"created_at":1786000000,"emoji":"🔧","id":512,"name":"Maintenance guides","parent_folder_id":null,"updated_at":1795000000},{"content_count":3,"created_at":1789000000,"emoji":null,"id":518,"name":"Warranty","parent_folder_id":512,"updated_at":1795100000}],"pages":{"page":1,"per_page":50,"total_pages":1,"type":"pages"},"total_count":2,"type":"list"}"#;

#[cfg(feature = "folders")]
const EXAMPLE_244: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "folders")]
const EXAMPLE_245: &str = r#"{"folder":{"emoji":"⚡","name":"E-bike support","parent_folder_id":512}}"#;

#[cfg(feature = "folders")]
const EXAMPLE_246: &str = r#"{"content_count":0,"created_at":1795702000,"emoji":"⚡","id":521,"name":"E-bike support","parent_folder_id":512,"updated_at":1795702000}"#;

#[cfg(feature = "folders")]
const EXAMPLE_247: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "folders")]
const EXAMPLE_248: &str = r#"{"errors":[{"code":"parameter_not_found","message":"name must be provided"}],"request_id":"90a60ac6-f7f4-5189-a5d1-91cc5be98ffe","type":"error.list"}"#;

#[cfg(feature = "folders")]
const EXAMPLE_249: &str = r#"{"content_count":14,"created_at":1786000000,"emoji":"🔧","id":512,"name":"Maintenance guides","parent_folder_id":null,"updated_at":1795000000}"#;

#[cfg(feature = "folders")]
const EXAMPLE_250: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "folders")]
const EXAMPLE_251: &str = r#"{"errors":[{"code":"not_found","message":"Folder not found"}],"request_id":"cfc0f800-675e-5509-a878-b3ca4d062e60","type":"error.list"}"#;

#[cfg(feature = "folders")]
const EXAMPLE_252: &str = r#"{"folder":{"name":"Workshop guides"}}"#;

#[cfg(feature = "folders")]
const EXAMPLE_253: &str = r#"{"content_count":14,"created_at":1786000000,"emoji":"🔧","id":512,"name":"Workshop guides","parent_folder_id":null,"updated_at":1795704500}"#;

#[cfg(feature = "folders")]
const EXAMPLE_254: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "folders")]
const EXAMPLE_255: &str = r#"{"errors":[{"code":"not_found","message":"Folder not found"}],"request_id":"1da4c70d-ac47-5b9c-887f-1b8d37269098","type":"error.list"}"#;

#[cfg(feature = "folders")]
const EXAMPLE_256: &str = r#"{"errors":[{"code":"parameter_invalid","message":"name cannot be blank"}],"request_id":"12e90cb3-8f14-5f6c-bf9d-95ec8a2a5403","type":"error.list"}"#;

#[cfg(feature = "folders")]
const EXAMPLE_257: &str = r#"{"deleted":true,"id":521,"object":"folder"}"#;

#[cfg(feature = "folders")]
const EXAMPLE_258: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "folders")]
const EXAMPLE_259: &str = r#"{"errors":[{"code":"not_found","message":"Folder not found"}],"request_id":"1feda7ea-0cac-5034-9528-e4f4bf3833f4","type":"error.list"}"#;

#[cfg(feature = "folders")]
const EXAMPLE_260: &str = r#"{"errors":[{"code":"parameter_invalid","message":"The folder must be empty before it can be deleted"}],"request_id":"218209e0-663c-5b28-8018-d4648c679fea","type":"error.list"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_261: &str = r#"{"data":[{"app_id":"k7t2qz9x","company_id":"nw-1042","created_at":1767957000,"custom_attributes":{"contract":"annual","region":"west"},"id":"66a1f40ab8e4d70012ab3501","industry":"Bicycle rental","last_request_at":1767966000,"monthly_spend":1900,"name":"Northwind Cycles","notes":{"notes":[],"type":"note.list"},"plan":{"id":"88120","name":"Fleet","type":"plan"},"remote_created_at":1735689600,"segments":{"segments":[],"type":"segment.list"},"session_count":318,"size":42,"tags":{"tags":[{"id":"730122","name":"VIP","type":"tag"}],"type":"tag.list"},"type":"company","updated_at":1767962400,"user_count":12,"website":"https://northwind-cycles.example.com"}],"pages":{"page":1,"per_page":15,"total_pages":1,"type":"pages"},"total_count":1,"type":"list"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_262: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_263: &str = r#"{"errors":[{"code":"company_not_found","message":"Company Not Found"}],"request_id":"b1e00002-4c2d-4f8a-9b6e-d9c01c430194","type":"error.list"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_264: &str = r#"{"company_id":"nw-1042","custom_attributes":{"region":"west"},"industry":"Bicycle rental","monthly_spend":1900,"name":"Northwind Cycles","plan":"Fleet","remote_created_at":1735689600,"size":42,"website":"https://northwind-cycles.example.com"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_265: &str = r#"{"app_id":"k7t2qz9x","company_id":"nw-1042","created_at":1767957000,"custom_attributes":{"contract":"annual","region":"west"},"id":"66a1f40ab8e4d70012ab3501","industry":"Bicycle rental","last_request_at":1767966000,"monthly_spend":1900,"name":"Northwind Cycles","notes":{"notes":[],"type":"note.list"},"plan":{"id":"88120","name":"Fleet","type":"plan"},"remote_created_at":1735689600,"segments":{"segments":[],"type":"segment.list"},"session_count":318,"size":42,"tags":{"tags":[{"id":"730122","name":"VIP","type":"tag"}],"type":"tag.list"},"type":"company","updated_at":1767962400,"user_count":12,"website":"https://northwind-cycles.example.com"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_266: &str = r#"{"errors":[{"code":"bad_request","message":"company_id must be a string"}],"request_id":"b1e00001-4c2d-4f8a-9b6e-069b412e0190","type":"error.list"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_267: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_268: &str = r#"{"app_id":"k7t2qz9x","company_id":"nw-1042","created_at":1767957000,"custom_attributes":{"contract":"annual","region":"west"},"id":"66a1f40ab8e4d70012ab3501","industry":"Bicycle rental","last_request_at":1767966000,"monthly_spend":1900,"name":"Northwind Cycles","notes":{"notes":[],"type":"note.list"},"plan":{"id":"88120","name":"Fleet","type":"plan"},"remote_created_at":1735689600,"segments":{"segments":[],"type":"segment.list"},"session_count":318,"size":42,"tags":{"tags":[{"id":"730122","name":"VIP","type":"tag"}],"type":"tag.list"},"type":"company","updated_at":1767962400,"user_count":12,"website":"https://northwind-cycles.example.com"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_269: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_270: &str = r#"{"errors":[{"code":"company_not_found","message":"Company Not Found"}],"request_id":"b1e00003-4c2d-4f8a-9b6e-8cc1108f0194","type":"error.list"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_271: &str = r#"{"app_id":"k7t2qz9x","company_id":"nw-1042","created_at":1767957000,"custom_attributes":{"contract":"annual","region":"west"},"id":"66a1f40ab8e4d70012ab3501","industry":"Bicycle rental","last_request_at":1767966000,"monthly_spend":1900,"name":"Northwind Cycles","notes":{"notes":[],"type":"note.list"},"plan":{"id":"88120","name":"Fleet","type":"plan"},"remote_created_at":1735689600,"segments":{"segments":[],"type":"segment.list"},"session_count":318,"size":42,"tags":{"tags":[{"id":"730122","name":"VIP","type":"tag"}],"type":"tag.list"},"type":"company","updated_at":1767962400,"user_count":12,"website":"https://northwind-cycles.example.com"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_272: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_273: &str = r#"{"errors":[{"code":"company_not_found","message":"Company Not Found"}],"request_id":"b1e00004-4c2d-4f8a-9b6e-c9991a4b0194","type":"error.list"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_274: &str = r#"{"deleted":true,"id":"66a1f40ab8e4d70012ab3501","object":"company"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_275: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_276: &str = r#"{"errors":[{"code":"company_not_found","message":"Company Not Found"}],"request_id":"b1e00005-4c2d-4f8a-9b6e-34e5f5320194","type":"error.list"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_277: &str = r#"{"data":[{"android_app_name":null,"android_app_version":null,"android_device":null,"android_last_seen_at":null,"android_os_version":null,"android_sdk_version":null,"avatar":{"image_url":"https://static.example.com/avatars/tomas.jpg","type":"avatar"},"browser":"firefox","browser_language":"en-IE","browser_version":"133.0","companies":{"data":[{"id":"66a1f40ab8e4d70012ab3501","type":"company","url":"/companies/66a1f40ab8e4d70012ab3501"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/companies"},"created_at":1767957000,"custom_attributes":{"lifetime_orders":4,"loyalty_tier":"silver"},"email":"tomas.reyes@example.org","email_domain":"example.org","enabled_push_messaging":true,"external_id":"cust-20931","formatted_phone":"+353871234567","has_hard_bounced":false,"id":"66a1f3c2b8e4d70012ab34cd","ios_app_name":"Northwind Ride","ios_app_version":"4.2.1","ios_device":"iPhone 15","ios_last_seen_at":1767900000,"ios_os_version":"18.2","ios_sdk_version":"17.3.0","language_override":"es","last_contacted_at":1767968000,"last_email_clicked_at":null,"last_email_opened_at":null,"last_replied_at":1767968300,"last_seen_at":1767966000,"location":{"city":"Galway","country":"Ireland","region":"Connacht","type":"location"},"marked_email_as_spam":false,"name":"Tomás Reyes","notes":{"data":[{"id":"5510932","type":"note","url":"/notes/5510932"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/notes"},"os":"Linux","owner_id":"7301942","phone":"+353 87 123 4567","role":"user","signed_up_at":1767962400,"social_profiles":{"data":[{"name":"Strava","type":"social_profile","url":"https://www.strava.com/athletes/20931"}],"type":"list"},"tags":{"data":[{"id":"730122","type":"tag","url":"/tags/730122"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/tags"},"type":"contact","unsubscribed_from_emails":false,"updated_at":1767962400,"workspace_id":"k7t2qz9x"}],"pages":{"page":1,"per_page":50,"total_pages":1,"type":"pages"},"total_count":1,"type":"list"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_278: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_279: &str = r#"{"errors":[{"code":"company_not_found","message":"Company Not Found"}],"request_id":"b1e00006-4c2d-4f8a-9b6e-689838730194","type":"error.list"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_280: &str = r#"{"data":[{"created_at":1735776000,"id":"66a1f4e6b8e4d70012ab3610","name":"Active riders","person_type":"user","type":"segment","updated_at":1767962400}],"type":"list"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_281: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_282: &str = r#"{"errors":[{"code":"company_not_found","message":"Company Not Found"}],"request_id":"b1e00007-4c2d-4f8a-9b6e-bc1546780194","type":"error.list"}"#;

#[cfg(feature = "notes")]
const EXAMPLE_283: &str = r#"{"data":[{"author":{"avatar":"https://static.example.com/avatars/aoife.png","away_mode_enabled":false,"away_mode_reassign":false,"away_status_reason_id":null,"email":"aoife@northwind-cycles.example.com","has_inbox_seat":false,"id":"7301942","job_title":"Support lead","name":"Aoife Byrne","role":{"id":"3","name":"Support agent","type":"role"},"team_ids":[5017],"team_priority_level":{"primary_team_ids":[5017],"secondary_team_ids":[5020]},"type":"admin"},"body":"<p>Renewal call booked for March.</p>","company":{"id":"66a1f40ab8e4d70012ab3501","type":"company"},"contact":null,"created_at":1767962400,"id":"5510977","type":"note"}],"pages":{"page":1,"per_page":50,"total_pages":1,"type":"pages"},"total_count":1,"type":"list"}"#;

#[cfg(feature = "notes")]
const EXAMPLE_284: &str = r#"{"errors":[{"code":"company_not_found","message":"Company Not Found"}],"request_id":"b1e00008-4c2d-4f8a-9b6e-17a139f00194","type":"error.list"}"#;

#[cfg(feature = "notes")]
const EXAMPLE_285: &str = r#"{"admin_id":"7301942","body":"Renewal call booked for March."}"#;

#[cfg(feature = "notes")]
const EXAMPLE_286: &str = r#"{"author":{"avatar":"https://static.example.com/avatars/aoife.png","away_mode_enabled":false,"away_mode_reassign":false,"away_status_reason_id":null,"email":"aoife@northwind-cycles.example.com","has_inbox_seat":false,"id":"7301942","job_title":"Support lead","name":"Aoife Byrne","role":{"id":"3","name":"Support agent","type":"role"},"team_ids":[5017],"team_priority_level":{"primary_team_ids":[5017],"secondary_team_ids":[5020]},"type":"admin"},"body":"<p>Renewal call booked for March.</p>","company":{"id":"66a1f40ab8e4d70012ab3501","type":"company"},"contact":null,"created_at":1767962400,"id":"5510977","type":"note"}"#;

#[cfg(feature = "notes")]
const EXAMPLE_287: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "notes")]
const EXAMPLE_288: &str = r#"{"errors":[{"code":"company_not_found","message":"Company Not Found"}],"request_id":"b1e00009-4c2d-4f8a-9b6e-d08d05f30194","type":"error.list"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_289: &str = r#"{"pagination":{"per_page":20},"query":{"field":"monthly_spend","operator":">","value":1000},"sort":{"field":"name","order":"ascending"}}"#;

#[cfg(feature = "companies")]
const EXAMPLE_290: &str = r#"{"data":[{"app_id":"k7t2qz9x","company_id":"nw-1042","created_at":1767957000,"custom_attributes":{"contract":"annual","region":"west"},"id":"66a1f40ab8e4d70012ab3501","industry":"Bicycle rental","last_request_at":1767966000,"monthly_spend":1900,"name":"Northwind Cycles","notes":{"notes":[],"type":"note.list"},"plan":{"id":"88120","name":"Fleet","type":"plan"},"remote_created_at":1735689600,"segments":{"segments":[],"type":"segment.list"},"session_count":318,"size":42,"tags":{"tags":[{"id":"730122","name":"VIP","type":"tag"}],"type":"tag.list"},"type":"company","updated_at":1767962400,"user_count":12,"website":"https://northwind-cycles.example.com"}],"pages":{"page":1,"per_page":15,"total_pages":1,"type":"pages"},"total_count":1,"type":"list"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_291: &str = r#"{"errors":[{"code":"invalid_field","field":"plan.id","message":"plan.id is not a searchable field"}],"request_id":"b1e00010-4c2d-4f8a-9b6e-3e22c64c0190","type":"error.list"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_292: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_293: &str = r#"{"data":[{"app_id":"k7t2qz9x","company_id":"nw-1042","created_at":1767957000,"custom_attributes":{"contract":"annual","region":"west"},"id":"66a1f40ab8e4d70012ab3501","industry":"Bicycle rental","last_request_at":1767966000,"monthly_spend":1900,"name":"Northwind Cycles","notes":{"notes":[],"type":"note.list"},"plan":{"id":"88120","name":"Fleet","type":"plan"},"remote_created_at":1735689600,"segments":{"segments":[],"type":"segment.list"},"session_count":318,"size":42,"tags":{"tags":[{"id":"730122","name":"VIP","type":"tag"}],"type":"tag.list"},"type":"company","updated_at":1767962400,"user_count":12,"website":"https://northwind-cycles.example.com"}],"pages":{"page":1,"per_page":15,"total_pages":1,"type":"pages"},"total_count":1,"type":"list"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_294: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_295: &str = r#"{"data":[{"app_id":"k7t2qz9x","company_id":"nw-1042","created_at":1767957000,"custom_attributes":{"contract":"annual","region":"west"},"id":"66a1f40ab8e4d70012ab3501","industry":"Bicycle rental","last_request_at":1767966000,"monthly_spend":1900,"name":"Northwind Cycles","notes":{"notes":[],"type":"note.list"},"plan":{"id":"88120","name":"Fleet","type":"plan"},"remote_created_at":1735689600,"segments":{"segments":[],"type":"segment.list"},"session_count":318,"size":42,"tags":{"tags":[{"id":"730122","name":"VIP","type":"tag"}],"type":"tag.list"},"type":"company","updated_at":1767962400,"user_count":12,"website":"https://northwind-cycles.example.com"}],"pages":{"page":1,"per_page":50,"total_pages":1,"type":"pages"},"scroll_param":"a3d1f6c0-52b9-4e27-9f1a-7c8e2b4d0e61","total_count":1,"type":"list"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_296: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_297: &str = r#"{"companies":[{"app_id":"k7t2qz9x","company_id":"nw-1042","created_at":1767957000,"custom_attributes":{"contract":"annual","region":"west"},"id":"66a1f40ab8e4d70012ab3501","industry":"Bicycle rental","last_request_at":1767966000,"monthly_spend":1900,"name":"Northwind Cycles","notes":{"notes":[],"type":"note.list"},"plan":{"id":"88120","name":"Fleet","type":"plan"},"remote_created_at":1735689600,"segments":{"segments":[],"type":"segment.list"},"session_count":318,"size":42,"tags":{"tags":[{"id":"730122","name":"VIP","type":"tag"}],"type":"tag.list"},"type":"company","updated_at":1767962400,"user_count":12,"website":"https://northwind-cycles.example.com"}],"pages":{"next":null,"page":1,"per_page":50,"total_pages":1,"type":"pages"},"total_count":1,"type":"list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_298: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_299: &str = r#"{"errors":[{"code":"not_found","message":"User Not Found"}],"request_id":"b1e00013-4c2d-4f8a-9b6e-17fe7ec20194","type":"error.list"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_300: &str = r#"{"id":"66a1f40ab8e4d70012ab3501"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_301: &str = r#"{"app_id":"k7t2qz9x","company_id":"nw-1042","created_at":1767957000,"custom_attributes":{"contract":"annual","region":"west"},"id":"66a1f40ab8e4d70012ab3501","industry":"Bicycle rental","last_request_at":1767966000,"monthly_spend":1900,"name":"Northwind Cycles","notes":{"notes":[],"type":"note.list"},"plan":{"id":"88120","name":"Fleet","type":"plan"},"remote_created_at":1735689600,"segments":{"segments":[],"type":"segment.list"},"session_count":318,"size":42,"tags":{"tags":[{"id":"730122","name":"VIP","type":"tag"}],"type":"tag.list"},"type":"company","updated_at":1767962400,"user_count":12,"website":"https://northwind-cycles.example.com"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_302: &str = r#"{"errors":[{"code":"parameter_not_found","message":"company not specified"}],"request_id":"b1e00011-4c2d-4f8a-9b6e-fdbb105f0190","type":"error.list"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_303: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_304: &str = r#"{"errors":[{"code":"company_not_found","message":"Company Not Found"}],"request_id":"b1e00012-4c2d-4f8a-9b6e-fdbb105f0194","type":"error.list"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_305: &str = r#"{"app_id":"k7t2qz9x","company_id":"nw-1042","created_at":1767957000,"custom_attributes":{"contract":"annual","region":"west"},"id":"66a1f40ab8e4d70012ab3501","industry":"Bicycle rental","last_request_at":1767966000,"monthly_spend":1900,"name":"Northwind Cycles","notes":{"notes":[],"type":"note.list"},"plan":{"id":"88120","name":"Fleet","type":"plan"},"remote_created_at":1735689600,"segments":{"segments":[],"type":"segment.list"},"session_count":318,"size":42,"tags":{"tags":[{"id":"730122","name":"VIP","type":"tag"}],"type":"tag.list"},"type":"company","updated_at":1767962400,"user_count":12,"website":"https://northwind-cycles.example.com"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_306: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_307: &str = r#"{"errors":[{"code":"company_not_found","message":"Company Not Found"}],"request_id":"b1e00014-4c2d-4f8a-9b6e-6b89dc960194","type":"error.list"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_308: &str = r#"{"companies":[{"id":"66a1f40ab8e4d70012ab3501","plan":"Fleet plus"},{"id":"66a1f41cb8e4d70012ab3507","size":9}],"job":{"id":"bulkjob_co_7d13e5"}}"#;

#[cfg(feature = "companies")]
const EXAMPLE_309: &str = r#"{"completed_at":null,"created_at":1767957000,"id":"bulkjob_co_7d13e5","state":"pending","tasks":[{"completed_at":null,"created_at":1767957000,"id":"task_7d13e5_1","item_count":2,"started_at":null,"state":"pending"}],"type":"companies.bulk.job","updated_at":1767957000,"url":"https://api.intercom.io/companies/bulk/bulkjob_co_7d13e5"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_310: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_311: &str = r#"{"errors":[{"code":"api_plan_restricted","message":"Bulk operations are not enabled for this workspace"}],"request_id":"b1e00018-4c2d-4f8a-9b6e-fe04e45d0193","type":"error.list"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_312: &str = r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"b1e00019-4c2d-4f8a-9b6e-fe04e45d0194","type":"error.list"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_313: &str = r#"{"errors":[{"code":"parameter_invalid","message":"No more than 100 items can be sent in one request"}],"request_id":"b1e00020-4c2d-4f8a-9b6e-fe04e45d01a6","type":"error.list"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_314: &str = r#"{"companies":[{"company_id":"nw-1042","name":"Northwind Cycles","plan":"Fleet"},{"company_id":"nw-1043","name":"Harbour Ebikes","size":8,"update_last_request_at":true}]}"#;

#[cfg(feature = "companies")]
const EXAMPLE_315: &str = r#"{"completed_at":null,"created_at":1767957000,"id":"bulkjob_co_7d13e5","state":"pending","tasks":[{"completed_at":null,"created_at":1767957000,"id":"task_7d13e5_1","item_count":2,"started_at":null,"state":"pending"}],"type":"companies.bulk.job","updated_at":1767957000,"url":"https://api.intercom.io/companies/bulk/bulkjob_co_7d13e5"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_316: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_317: &str = r#"{"errors":[{"code":"api_plan_restricted","message":"Bulk operations are not enabled for this workspace"}],"request_id":"b1e00015-4c2d-4f8a-9b6e-a464b2c80193","type":"error.list"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_318: &str = r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"b1e00016-4c2d-4f8a-9b6e-a464b2c80194","type":"error.list"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_319: &str = r#"{"errors":[{"code":"parameter_invalid","message":"No more than 100 items can be sent in one request"}],"request_id":"b1e00017-4c2d-4f8a-9b6e-a464b2c801a6","type":"error.list"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_320: &str = r#"{"companies":[{"id":"66a1f41cb8e4d70012ab3507"}]}"#;

#[cfg(feature = "companies")]
const EXAMPLE_321: &str = r#"{"completed_at":null,"created_at":1767957000,"id":"bulkjob_co_7d13e5","state":"pending","tasks":[{"completed_at":null,"created_at":1767957000,"id":"task_7d13e5_1","item_count":2,"started_at":null,"state":"pending"}],"type":"companies.bulk.job","updated_at":1767957000,"url":"https://api.intercom.io/companies/bulk/bulkjob_co_7d13e5"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_322: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_323: &str = r#"{"errors":[{"code":"api_plan_restricted","message":"Bulk operations are not enabled for this workspace"}],"request_id":"b1e00021-4c2d-4f8a-9b6e-b8891ae90193","type":"error.list"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_324: &str = r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"b1e00022-4c2d-4f8a-9b6e-b8891ae90194","type":"error.list"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_325: &str = r#"{"errors":[{"code":"parameter_invalid","message":"No more than 100 items can be sent in one request"}],"request_id":"b1e00023-4c2d-4f8a-9b6e-b8891ae901a6","type":"error.list"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_326: &str = r#"{"completed_at":1767957180,"created_at":1767957000,"id":"bulkjob_co_7d13e5","state":"completed","tasks":[{"completed_at":1767957180,"created_at":1767957000,"id":"task_7d13e5_1","item_count":2,"started_at":1767957060,"state":"completed"}],"type":"companies.bulk.job","updated_at":1767957180,"url":"https://api.intercom.io/companies/bulk/bulkjob_co_7d13e5"}"#;

#[cfg(feature = "companies")]
const EXAMPLE_327: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "notes")]
const EXAMPLE_328: &str = r#"{"data":[{"author":{"avatar":"https://static.example.com/avatars/aoife.png","away_mode_enabled":false,"away_mode_reassign":false,"away_status_reason_id":null,"email":"aoife@northwind-cycles.example.com","has_inbox_seat":false,"id":"7301942","job_title":"Support lead","name":"Aoife Byrne","role":{"id":"3","name":"Support agent","type":"role"},"team_ids":[5017],"team_priority_level":{"primary_team_ids":[5017],"secondary_team_ids":[5020]},"type":"admin"},"body":"<p>Asked about a family bike rack.</p>","company":null,"contact":{"id":"66a1f3c2b8e4d70012ab34cd","type":"contact"},"created_at":1767962400,"id":"5510932","type":"note"}],"pages":{"page":1,"per_page":50,"total_pages":1,"type":"pages"},"total_count":1,"type":"list"}"#;

#[cfg(feature = "notes")]
const EXAMPLE_329: &str = r#"{"errors":[{"code":"not_found","message":"User Not Found"}],"request_id":"b1e00024-4c2d-4f8a-9b6e-d831267a0194","type":"error.list"}"#;

#[cfg(feature = "notes")]
const EXAMPLE_330: &str = r#"{"admin_id":"7301942","body":"Asked about a family bike rack.","contact_id":"66a1f3c2b8e4d70012ab34cd"}"#;

#[cfg(feature = "notes")]
const EXAMPLE_331: &str = r#"{"author":{"avatar":"https://static.example.com/avatars/aoife.png","away_mode_enabled":false,"away_mode_reassign":false,"away_status_reason_id":null,"email":"aoife@northwind-cycles.example.com","has_inbox_seat":false,"id":"7301942","job_title":"Support lead","name":"Aoife Byrne","role":{"id":"3","name":"Support agent","type":"role"},"team_ids":[5017],"team_priority_level":{"primary_team_ids":[5017],"secondary_team_ids":[5020]},"type":"admin"},"body":"<p>Asked about a family bike rack.</p>","company":null,"contact":{"id":"66a1f3c2b8e4d70012ab34cd","type":"contact"},"created_at":1767962400,"id":"5510932","type":"note"}"#;

#[cfg(feature = "notes")]
const EXAMPLE_332: &str = r#"{"errors":[{"code":"not_found","message":"User Not Found"}],"request_id":"b1e00025-4c2d-4f8a-9b6e-3d6fe8040194","type":"error.list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_333: &str = r#"{"data":[{"created_at":1735776000,"id":"66a1f4e6b8e4d70012ab3610","name":"Active riders","person_type":"user","type":"segment","updated_at":1767962400}],"type":"list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_334: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_335: &str = r#"{"errors":[{"code":"not_found","message":"User Not Found"}],"request_id":"b1e00026-4c2d-4f8a-9b6e-f2dbb5010194","type":"error.list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_336: &str = r#"{"data":[{"consent_type":"opt_in","content_types":["email"],"default_translation":{"description":"Monthly news about new routes and bikes.","locale":"en","name":"Product newsletter"},"id":"218004","state":"live","translations":[{"description":"Monthly news about new routes and bikes.","locale":"en","name":"Product newsletter"},{"description":"Novedades mensuales sobre rutas y bicicletas.","locale":"es","name":"Boletín de producto"}],"type":"subscription"}],"type":"list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_337: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_338: &str = r#"{"errors":[{"code":"not_found","message":"User Not Found"}],"request_id":"b1e00027-4c2d-4f8a-9b6e-f45ea0b00194","type":"error.list"}"#;

#[cfg(feature = "subscription_types")]
const EXAMPLE_339: &str = r#"{"consent_type":"opt_in","id":"218004"}"#;

#[cfg(feature = "subscription_types")]
const EXAMPLE_340: &str = r#"{"consent_type":"opt_in","content_types":["email"],"default_translation":{"description":"Monthly news about new routes and bikes.","locale":"en","name":"Product newsletter"},"id":"218004","state":"live","translations":[{"description":"Monthly news about new routes and bikes.","locale":"en","name":"Product newsletter"},{"description":"Novedades mensuales sobre rutas y bicicletas.","locale":"es","name":"Boletín de producto"}],"type":"subscription"}"#;

#[cfg(feature = "subscription_types")]
const EXAMPLE_341: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "subscription_types")]
const EXAMPLE_342: &str = r#"{"errors":[{"code":"not_found","message":"Subscription type not found"}],"request_id":"b1e00028-4c2d-4f8a-9b6e-6c1401570194","type":"error.list"}"#;

#[cfg(feature = "subscription_types")]
const EXAMPLE_343: &str = r#"{"consent_type":"opt_in","content_types":["email"],"default_translation":{"description":"Monthly news about new routes and bikes.","locale":"en","name":"Product newsletter"},"id":"218004","state":"live","translations":[{"description":"Monthly news about new routes and bikes.","locale":"en","name":"Product newsletter"},{"description":"Novedades mensuales sobre rutas y bicicletas.","locale":"es","name":"Boletín de producto"}],"type":"subscription"}"#;

#[cfg(feature = "subscription_types")]
const EXAMPLE_344: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "subscription_types")]
const EXAMPLE_345: &str = r#"{"errors":[{"code":"not_found","message":"Subscription type not found"}],"request_id":"b1e00029-4c2d-4f8a-9b6e-15e095c80194","type":"error.list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_346: &str = r#"{"data":[{"id":"730122","name":"VIP","type":"tag"}],"type":"list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_347: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_348: &str = r#"{"errors":[{"code":"not_found","message":"User Not Found"}],"request_id":"b1e00030-4c2d-4f8a-9b6e-7c5f3c470194","type":"error.list"}"#;

#[cfg(feature = "tags")]
const EXAMPLE_349: &str = r#"{"id":"730122"}"#;

#[cfg(feature = "tags")]
const EXAMPLE_350: &str = r#"{"applied_at":1767962400,"applied_by":{"id":"7301942","type":"admin"},"id":"730122","name":"VIP","type":"tag"}"#;

#[cfg(feature = "tags")]
const EXAMPLE_351: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "tags")]
const EXAMPLE_352: &str = r#"{"errors":[{"code":"not_found","message":"Tag not found"}],"request_id":"b1e00031-4c2d-4f8a-9b6e-893a0f210194","type":"error.list"}"#;

#[cfg(feature = "tags")]
const EXAMPLE_353: &str = r#"{"id":"730122","name":"VIP","type":"tag"}"#;

#[cfg(feature = "tags")]
const EXAMPLE_354: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "tags")]
const EXAMPLE_355: &str = r#"{"errors":[{"code":"not_found","message":"Tag not found"}],"request_id":"b1e00032-4c2d-4f8a-9b6e-3b49474b0194","type":"error.list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_356: &str = r#"{"android_app_name":null,"android_app_version":null,"android_device":null,"android_last_seen_at":null,"android_os_version":null,"android_sdk_version":null,"avatar":{"image_url":"https://static.example.com/avatars/tomas.jpg","type":"avatar"},"browser":"firefox","browser_language":"en-IE","browser_version":"133.0","companies":{"data":[{"id":"66a1f40ab8e4d70012ab3501","type":"company","url":"/companies/66a1f40ab8e4d70012ab3501"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/companies"},"created_at":1767957000,"custom_attributes":{"lifetime_orders":4,"loyalty_tier":"silver"},"email":"tomas.reyes@example.org","email_domain":"example.org","enabled_push_messaging":true,"external_id":"cust-20931","formatted_phone":"+353871234567","has_hard_bounced":false,"id":"66a1f3c2b8e4d70012ab34cd","ios_app_name":"Northwind Ride","ios_app_version":"4.2.1","ios_device":"iPhone 15","ios_last_seen_at":1767900000,"ios_os_version":"18.2","ios_sdk_version":"17.3.0","language_override":"es","last_contacted_at":1767968000,"last_email_clicked_at":null,"last_email_opened_at":null,"last_replied_at":1767968300,"last_seen_at":1767966000,"location":{"city":"Galway","country":"Ireland","region":"Connacht","type":"location"},"marked_email_as_spam":false,"name":"Tomás Reyes","notes":{"data":[{"id":"5510932","type":"note","url":"/notes/5510932"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/notes"},"os":"Linux","owner_id":"7301942","phone":"+353 87 123 4567","role":"user","signed_up_at":1767962400,"social_profiles":{"data":[{"name":"Strava","type":"social_profile","url":"https://www.strava.com/athletes/20931"}],"type":"list"},"tags":{"data":[{"id":"730122","type":"tag","url":"/tags/730122"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/tags"},"type":"contact","unsubscribed_from_emails":false,"updated_at":1767962400,"workspace_id":"k7t2qz9x"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_357: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_358: &str = r#"{"errors":[{"code":"not_found","message":"User Not Found"}],"request_id":"c16a8dae-be4f-4386-a7dc-d35a8e42b1f6","type":"error.list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_359: &str = r#"{"errors":[{"code":"contact_merged","message":"This contact was merged; follow the Link header to the surviving contact."}],"request_id":"ad604ec2-7195-4fdb-a8ca-d05fb14c2639","type":"error.list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_360: &str = r#"{"custom_attributes":{"loyalty_tier":"silver"},"name":"Tomás Reyes"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_361: &str = r#"{"custom_attributes":{"order":["40117"]}}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_362: &str = r#"{"android_app_name":null,"android_app_version":null,"android_device":null,"android_last_seen_at":null,"android_os_version":null,"android_sdk_version":null,"avatar":{"image_url":"https://static.example.com/avatars/tomas.jpg","type":"avatar"},"browser":"firefox","browser_language":"en-IE","browser_version":"133.0","companies":{"data":[{"id":"66a1f40ab8e4d70012ab3501","type":"company","url":"/companies/66a1f40ab8e4d70012ab3501"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/companies"},"created_at":1767957000,"custom_attributes":{"lifetime_orders":4,"loyalty_tier":"silver"},"email":"tomas.reyes@example.org","email_domain":"example.org","enabled_push_messaging":true,"external_id":"cust-20931","formatted_phone":"+353871234567","has_hard_bounced":false,"id":"66a1f3c2b8e4d70012ab34cd","ios_app_name":"Northwind Ride","ios_app_version":"4.2.1","ios_device":"iPhone 15","ios_last_seen_at":1767900000,"ios_os_version":"18.2","ios_sdk_version":"17.3.0","language_override":"es","last_contacted_at":1767968000,"last_email_clicked_at":null,"last_email_opened_at":null,"last_replied_at":1767968300,"last_seen_at":1767966000,"location":{"city":"Galway","country":"Ireland","region":"Connacht","type":"location"},"marked_email_as_spam":false,"name":"Tomás Reyes","notes":{"data":[{"id":"5510932","type":"note","url":"/notes/5510932"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/notes"},"os":"Linux","owner_id":"7301942","phone":"+353 87 123 4567","role":"user","signed_up_at":1767962400,"social_profiles":{"data":[{"name":"Strava","type":"social_profile","url":"https://www.strava.com/athletes/20931"}],"type":"list"},"tags":{"data":[{"id":"730122","type":"tag","url":"/tags/730122"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/tags"},"type":"contact","unsubscribed_from_emails":false,"updated_at":1767962400,"workspace_id":"k7t2qz9x"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_363: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_364: &str = r#"{"deleted":true,"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_365: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_366: &str = r#"{"from":"66a1f3d9b8e4d70012ab34e2","into":"66a1f3c2b8e4d70012ab34cd"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_367: &str = r#"{"android_app_name":null,"android_app_version":null,"android_device":null,"android_last_seen_at":null,"android_os_version":null,"android_sdk_version":null,"avatar":{"image_url":"https://static.example.com/avatars/tomas.jpg","type":"avatar"},"browser":"firefox","browser_language":"en-IE","browser_version":"133.0","companies":{"data":[{"id":"66a1f40ab8e4d70012ab3501","type":"company","url":"/companies/66a1f40ab8e4d70012ab3501"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/companies"},"created_at":1767957000,"custom_attributes":{"lifetime_orders":4,"loyalty_tier":"silver"},"email":"tomas.reyes@example.org","email_domain":"example.org","enabled_push_messaging":true,"external_id":"cust-20931","formatted_phone":"+353871234567","has_hard_bounced":false,"id":"66a1f3c2b8e4d70012ab34cd","ios_app_name":"Northwind Ride","ios_app_version":"4.2.1","ios_device":"iPhone 15","ios_last_seen_at":1767900000,"ios_os_version":"18.2","ios_sdk_version":"17.3.0","language_override":"es","last_contacted_at":1767968000,"last_email_clicked_at":null,"last_email_opened_at":null,"last_replied_at":1767968300,"last_seen_at":1767966000,"location":{"city":"Galway","country":"Ireland","region":"Connacht","type":"location"},"marked_email_as_spam":false,"name":"Tomás Reyes","notes":{"data":[{"id":"5510932","type":"note","url":"/notes/5510932"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/notes"},"os":"Linux","owner_id":"7301942","phone":"+353 87 123 4567","role":"user","signed_up_at":1767962400,"social_profiles":{"data":[{"name":"Strava","type":"social_profile","url":"https://www.strava.com/athletes/20931"}],"type":"list"},"tags":{"data":[{"id":"730122","type":"tag","url":"/tags/730122"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/tags"},"type":"contact","unsubscribed_from_emails":false,"updated_at":1767962400,"workspace_id":"k7t2qz9x"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_368: &str = r#"{"errors":[{"code":"invalid_merge","message":"Only a lead can be merged into a user"}],"request_id":"b1e00033-4c2d-4f8a-9b6e-b89c5dc60190","type":"error.list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_369: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_370: &str = r#"{"from":"66a1f3d9b8e4d70012ab34e2","into":"66a1f3c2b8e4d70012ab34cd"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_371: &str = r#"{"allowed":true,"summary":{"attribute_changes":{"attributes":[{"field":"phone","from_value":"+353 87 555 0199","new_into_value":"+353 87 555 0199","outcome":"adopted"},{"field":"name","from_value":"Tomas","into_value":"Tomás Reyes","new_into_value":"Tomás Reyes","outcome":"discarded"}],"total_count":2},"reassignments":{"conversations":{"from":2,"into":5},"tags":{"from":1,"into":1}}}}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_372: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_373: &str = r#"{"pagination":{"per_page":50},"query":{"operator":"AND","value":[{"field":"role","operator":"=","value":"user"},{"field":"email_domain","operator":"=","value":"example.org"}]},"sort":{"field":"created_at","order":"descending"}}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_374: &str = r#"{"data":[{"android_app_name":null,"android_app_version":null,"android_device":null,"android_last_seen_at":null,"android_os_version":null,"android_sdk_version":null,"avatar":{"image_url":"https://static.example.com/avatars/tomas.jpg","type":"avatar"},"browser":"firefox","browser_language":"en-IE","browser_version":"133.0","companies":{"data":[{"id":"66a1f40ab8e4d70012ab3501","type":"company","url":"/companies/66a1f40ab8e4d70012ab3501"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/companies"},"created_at":1767957000,"custom_attributes":{"lifetime_orders":4,"loyalty_tier":"silver"},"email":"tomas.reyes@example.org","email_domain":"example.org","enabled_push_messaging":true,"external_id":"cust-20931","formatted_phone":"+353871234567","has_hard_bounced":false,"id":"66a1f3c2b8e4d70012ab34cd","ios_app_name":"Northwind Ride","ios_app_version":"4.2.1","ios_device":"iPhone 15","ios_last_seen_at":1767900000,"ios_os_version":"18.2","ios_sdk_version":"17.3.0","language_override":"es","last_contacted_at":1767968000,"last_email_clicked_at":null,"last_email_opened_at":null,"last_replied_at":1767968300,"last_seen_at":1767966000,"location":{"city":"Galway","country":"Ireland","region":"Connacht","type":"location"},"marked_email_as_spam":false,"name":"Tomás Reyes","notes":{"data":[{"id":"5510932","type":"note","url":"/notes/5510932"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/notes"},"os":"Linux","owner_id":"7301942","phone":"+353 87 123 4567","role":"user","signed_up_at":1767962400,"social_profiles":{"data":[{"name":"Strava","type":"social_profile","url":"https://www.strava.com/athletes/20931"}],"type":"list"},"tags":{"data":[{"id":"730122","type":"tag","url":"/tags/730122"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/tags"},"type":"contact","unsubscribed_from_emails":false,"updated_at":1767962400,"workspace_id":"k7t2qz9x"}],"pages":{"page":1,"per_page":50,"total_pages":1,"type":"pages"},"total_count":1,"type":"list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_375: &str = r#"{"errors":[{"code":"invalid_sort_order","message":"order must be ascending or descending"}],"request_id":"b1e00034-4c2d-4f8a-9b6e-fecb011a0190","type":"error.list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_376: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_377: &str = r#"{"data":[{"contact_id":"66a1f3d9b8e4d70012ab34e2","created_at":1767957000,"event_type":"contact.created","external_id":null,"failure_reason":null,"id":"1767957000000.0004c2","merge_source_id":null,"merge_target_id":null,"role":"lead","type":"contact_activity"},{"contact_id":"66a1f3c2b8e4d70012ab34cd","created_at":1767964000,"event_type":"contact.merged","external_id":"cust-20931","failure_reason":null,"id":"1767964000000.0004d9","merge_source_id":"66a1f3d9b8e4d70012ab34e2","merge_target_id":"66a1f3c2b8e4d70012ab34cd","role":"user","type":"contact_activity"}],"pages":{"next":{"starting_after":"WzE3Njc5NjQwMDAwMDAsIjAwMDRkOSJd"},"per_page":50,"type":"pages"},"type":"list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_378: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_379: &str = r#"{"data":[{"android_app_name":null,"android_app_version":null,"android_device":null,"android_last_seen_at":null,"android_os_version":null,"android_sdk_version":null,"avatar":{"image_url":"https://static.example.com/avatars/tomas.jpg","type":"avatar"},"browser":"firefox","browser_language":"en-IE","browser_version":"133.0","companies":{"data":[{"id":"66a1f40ab8e4d70012ab3501","type":"company","url":"/companies/66a1f40ab8e4d70012ab3501"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/companies"},"created_at":1767957000,"custom_attributes":{"lifetime_orders":4,"loyalty_tier":"silver"},"email":"tomas.reyes@example.org","email_domain":"example.org","enabled_push_messaging":true,"external_id":"cust-20931","formatted_phone":"+353871234567","has_hard_bounced":false,"id":"66a1f3c2b8e4d70012ab34cd","ios_app_name":"Northwind Ride","ios_app_version":"4.2.1","ios_device":"iPhone 15","ios_last_seen_at":1767900000,"ios_os_version":"18.2","ios_sdk_version":"17.3.0","language_override":"es","last_contacted_at":1767968000,"last_email_clicked_at":null,"last_email_opened_at":null,"last_replied_at":1767968300,"last_seen_at":1767966000,"location":{"city":"Galway","country":"Ireland","region":"Connacht","type":"location"},"marked_email_as_spam":false,"name":"Tomás Reyes","notes":{"data":[{"id":"5510932","type":"note","url":"/notes/5510932"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/notes"},"os":"Linux","owner_id":"7301942","phone":"+353 87 123 4567","role":"user","signed_up_at":1767962400,"social_profiles":{"data":[{"name":"Strava","type":"social_profile","url":"https://www.strava.com/athletes/20931"}],"type":"list"},"tags":{"data":[{"id":"730122","type":"tag","url":"/tags/730122"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/tags"},"type":"contact","unsubscribed_from_emails":false,"updated_at":1767962400,"workspace_id":"k7t2qz9x"}],"pages":{"page":1,"per_page":50,"total_pages":1,"type":"pages"},"total_count":1,"type":"list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_380: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_381: &str = r#"{"email":"tomas.reyes@example.org","external_id":"cust-20931","name":"Tomás Reyes","role":"user","signed_up_at":1767962400}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_382: &str = r#"{"android_app_name":null,"android_app_version":null,"android_device":null,"android_last_seen_at":null,"android_os_version":null,"android_sdk_version":null,"avatar":{"image_url":"https://static.example.com/avatars/tomas.jpg","type":"avatar"},"browser":"firefox","browser_language":"en-IE","browser_version":"133.0","companies":{"data":[{"id":"66a1f40ab8e4d70012ab3501","type":"company","url":"/companies/66a1f40ab8e4d70012ab3501"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/companies"},"created_at":1767957000,"custom_attributes":{"lifetime_orders":4,"loyalty_tier":"silver"},"email":"tomas.reyes@example.org","email_domain":"example.org","enabled_push_messaging":true,"external_id":"cust-20931","formatted_phone":"+353871234567","has_hard_bounced":false,"id":"66a1f3c2b8e4d70012ab34cd","ios_app_name":"Northwind Ride","ios_app_version":"4.2.1","ios_device":"iPhone 15","ios_last_seen_at":1767900000,"ios_os_version":"18.2","ios_sdk_version":"17.3.0","language_override":"es","last_contacted_at":1767968000,"last_email_clicked_at":null,"last_email_opened_at":null,"last_replied_at":1767968300,"last_seen_at":1767966000,"location":{"city":"Galway","country":"Ireland","region":"Connacht","type":"location"},"marked_email_as_spam":false,"name":"Tomás Reyes","notes":{"data":[{"id":"5510932","type":"note","url":"/notes/5510932"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/notes"},"os":"Linux","owner_id":"7301942","phone":"+353 87 123 4567","role":"user","signed_up_at":1767962400,"social_profiles":{"data":[{"name":"Strava","type":"social_profile","url":"https://www.strava.com/athletes/20931"}],"type":"list"},"tags":{"data":[{"id":"730122","type":"tag","url":"/tags/730122"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/tags"},"type":"contact","unsubscribed_from_emails":false,"updated_at":1767962400,"workspace_id":"k7t2qz9x"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_383: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_384: &str = r#"{"android_app_name":null,"android_app_version":null,"android_device":null,"android_last_seen_at":null,"android_os_version":null,"android_sdk_version":null,"avatar":{"image_url":"https://static.example.com/avatars/tomas.jpg","type":"avatar"},"browser":"firefox","browser_language":"en-IE","browser_version":"133.0","companies":{"data":[{"id":"66a1f40ab8e4d70012ab3501","type":"company","url":"/companies/66a1f40ab8e4d70012ab3501"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/companies"},"created_at":1767957000,"custom_attributes":{"lifetime_orders":4,"loyalty_tier":"silver"},"email":"tomas.reyes@example.org","email_domain":"example.org","enabled_push_messaging":true,"external_id":"cust-20931","formatted_phone":"+353871234567","has_hard_bounced":false,"id":"66a1f3c2b8e4d70012ab34cd","ios_app_name":"Northwind Ride","ios_app_version":"4.2.1","ios_device":"iPhone 15","ios_last_seen_at":1767900000,"ios_os_version":"18.2","ios_sdk_version":"17.3.0","language_override":"es","last_contacted_at":1767968000,"last_email_clicked_at":null,"last_email_opened_at":null,"last_replied_at":1767968300,"last_seen_at":1767966000,"location":{"city":"Galway","country":"Ireland","region":"Connacht","type":"location"},"marked_email_as_spam":false,"name":"Tomás Reyes","notes":{"data":[{"id":"5510932","type":"note","url":"/notes/5510932"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/notes"},"os":"Linux","owner_id":"7301942","phone":"+353 87 123 4567","role":"user","signed_up_at":1767962400,"social_profiles":{"data":[{"name":"Strava","type":"social_profile","url":"https://www.strava.com/athletes/20931"}],"type":"list"},"tags":{"data":[{"id":"730122","type":"tag","url":"/tags/730122"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/tags"},"type":"contact","unsubscribed_from_emails":false,"updated_at":1767962400,"workspace_id":"k7t2qz9x"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_385: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_386: &str = r#"{"errors":[{"code":"not_found","message":"User Not Found"}],"request_id":"d27b9ebf-cf50-4497-b8ed-e46b9f53c207","type":"error.list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_387: &str = r#"{"errors":[{"code":"contact_merged","message":"This contact was merged; follow the Link header to the surviving contact."}],"request_id":"ad604ec2-7195-4fdb-a8ca-d05fb14c2639","type":"error.list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_388: &str = r#"{"archived":true,"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_389: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_390: &str = r#"{"archived":false,"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_391: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_392: &str = r#"{"blocked":true,"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_393: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_394: &str = r#"{"data":[{"merged_at":1767964000,"source_contact_id":"66a1f3d9b8e4d70012ab34e2","source_contact_role":"lead","type":"merge_history"}],"has_more":false,"next_cursor":null,"type":"list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_395: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_396: &str = r#"{"errors":[{"code":"not_found","message":"User Not Found"}],"request_id":"b1e00035-4c2d-4f8a-9b6e-56101dcc0194","type":"error.list"}"#;

#[cfg(feature = "banners")]
const EXAMPLE_397: &str = r#"{"data":[{"action":{"label":"Shop the sale","target":"https://shop.example.org/sale","tour_id":null,"tour_url":null,"type":"url"},"body":"<p>Use the code WINTER20 at checkout until 31 January.</p>","client_targeting":null,"created_at":1767949200,"id":"44021","position":"top","show_dismiss_button":true,"style":"inline","title":"Winter sale: 20% off carbon frames","type":"banner","view_id":"908113"},{"action":{"label":null,"reaction_set":[{"index":0,"unicode_emoticon":"😞"},{"index":1,"unicode_emoticon":"😐"},{"index":2,"unicode_emoticon":"😃"}],"target":null,"tour_id":null,"tour_url":null,"type":"reaction"},"body":"<p>How happy are you with your new bike?</p>","client_targeting":null,"created_at":1767949200,"id":"44035","position":"bottom","show_dismiss_button":false,"style":"floating","title":null,"type":"banner","view_id":"908114"}],"type":"list"}"#;

#[cfg(feature = "banners")]
const EXAMPLE_398: &str = r#"{"errors":[{"code":"not_found","message":"User Not Found"}],"request_id":"5e11599a-00de-413e-a1aa-2c4f19e99696","type":"error.list"}"#;

#[cfg(feature = "banners")]
const EXAMPLE_399: &str = r#"{"dismissed":true,"type":"banner_dismiss","view_id":"908113"}"#;

#[cfg(feature = "banners")]
const EXAMPLE_400: &str = r#"{"errors":[{"code":"not_found","message":"Banner view not found"}],"request_id":"5e117889-0103-4173-a1f1-2c4f19eb2faf","type":"error.list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_401: &str = r#"{"contacts":[{"id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","tags":{"add":[{"id":"730122"}],"remove":[{"id":"730188"}]}},{"id":"66a1f3d9b8e4d70012ab34e2","unsubscribed_from_emails":true}]}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_402: &str = r#"{"completed_at":null,"created_at":1767957000,"id":"bulkjob_c_4f2a91","state":"pending","tasks":[{"completed_at":null,"created_at":1767957000,"id":"task_4f2a91_1","item_count":2,"started_at":null,"state":"pending"}],"type":"contacts.bulk.job","updated_at":1767957000,"url":"https://api.intercom.io/contacts/bulk/bulkjob_c_4f2a91"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_403: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_404: &str = r#"{"errors":[{"code":"api_plan_restricted","message":"Bulk operations are not enabled for this workspace"}],"request_id":"b1e00039-4c2d-4f8a-9b6e-afe1c5bd0193","type":"error.list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_405: &str = r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"b1e00040-4c2d-4f8a-9b6e-afe1c5bd0194","type":"error.list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_406: &str = r#"{"errors":[{"code":"parameter_invalid","message":"No more than 100 items can be sent in one request"}],"request_id":"b1e00041-4c2d-4f8a-9b6e-afe1c5bd01a6","type":"error.list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_407: &str = r#"{"contacts":[{"companies":[{"company_id":"nw-1042","name":"Northwind Cycles"}],"email":"niamh.walsh@example.org","external_id":"cust-20940","name":"Niamh Walsh","role":"user","tags":{"add":[{"id":"730122"}]}},{"email":"oisin.kelly@example.org","external_id":"cust-20941","role":"user"}]}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_408: &str = r#"{"completed_at":null,"created_at":1767957000,"id":"bulkjob_c_4f2a91","state":"pending","tasks":[{"completed_at":null,"created_at":1767957000,"id":"task_4f2a91_1","item_count":2,"started_at":null,"state":"pending"}],"type":"contacts.bulk.job","updated_at":1767957000,"url":"https://api.intercom.io/contacts/bulk/bulkjob_c_4f2a91"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_409: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_410: &str = r#"{"errors":[{"code":"api_plan_restricted","message":"Bulk operations are not enabled for this workspace"}],"request_id":"b1e00036-4c2d-4f8a-9b6e-ca684b430193","type":"error.list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_411: &str = r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"b1e00037-4c2d-4f8a-9b6e-ca684b430194","type":"error.list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_412: &str = r#"{"errors":[{"code":"parameter_invalid","message":"No more than 100 items can be sent in one request"}],"request_id":"b1e00038-4c2d-4f8a-9b6e-ca684b4301a6","type":"error.list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_413: &str = r#"{"contacts":[{"id":"66a1f3d9b8e4d70012ab34e2"}]}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_414: &str = r#"{"completed_at":null,"created_at":1767957000,"id":"bulkjob_c_4f2a91","state":"pending","tasks":[{"completed_at":null,"created_at":1767957000,"id":"task_4f2a91_1","item_count":2,"started_at":null,"state":"pending"}],"type":"contacts.bulk.job","updated_at":1767957000,"url":"https://api.intercom.io/contacts/bulk/bulkjob_c_4f2a91"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_415: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_416: &str = r#"{"errors":[{"code":"api_plan_restricted","message":"Bulk operations are not enabled for this workspace"}],"request_id":"b1e00042-4c2d-4f8a-9b6e-4ba108120193","type":"error.list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_417: &str = r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"b1e00043-4c2d-4f8a-9b6e-4ba108120194","type":"error.list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_418: &str = r#"{"errors":[{"code":"parameter_invalid","message":"No more than 100 items can be sent in one request"}],"request_id":"b1e00044-4c2d-4f8a-9b6e-4ba1081201a6","type":"error.list"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_419: &str = r#"{"completed_at":1767957180,"created_at":1767957000,"id":"bulkjob_c_4f2a91","state":"completed","tasks":[{"completed_at":1767957180,"created_at":1767957000,"id":"task_4f2a91_1","item_count":2,"started_at":1767957060,"state":"completed"}],"type":"contacts.bulk.job","updated_at":1767957180,"url":"https://api.intercom.io/contacts/bulk/bulkjob_c_4f2a91"}"#;

#[cfg(feature = "contacts")]
const EXAMPLE_420: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "content")]
const EXAMPLE_421: &str = r#"{"action":"set_availability","availability":{"ai_agent":true},"content_ids":[{"id":"18840211","type":"article_content"},{"id":"66120","type":"content_snippet"}]}"#;

#[cfg(feature = "content")]
const EXAMPLE_422: &str = r#"{"status":"queued","type":"bulk_action"}"#;

#[cfg(feature = "content")]
const EXAMPLE_423: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "content")]
const EXAMPLE_424: &str = r#"{"errors":[{"code":"forbidden","message":"The access token lacks the write_content scope"}],"request_id":"3fcffb5d-40e8-5813-a501-8c108a5592bc","type":"error.list"}"#;

#[cfg(feature = "content")]
const EXAMPLE_425: &str = r#"{"errors":[{"code":"parameter_invalid","message":"At most 100 tag ids can be given"}],"request_id":"ae048d33-201f-5937-8bc3-f11922fbbbfd","type":"error.list"}"#;

#[cfg(feature = "content")]
const EXAMPLE_426: &str = r#"{"data":[{"contents":[{"id":"18840390","locale":"en","title":"Returning a bike","type":"article_content"},{"id":"18840391","locale":"fr","title":"Retourner un vélo","type":"article_content"}],"id":"9120533","title":"Returning a bike","type":"article"},{"id":"66120","title":"Return window","type":"content_snippet"}],"pages":{"next":null,"page":1,"per_page":10,"prev":null,"total_pages":1,"type":"pages"},"total_count":2,"type":"list"}"#;

#[cfg(feature = "content")]
const EXAMPLE_427: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "content")]
const EXAMPLE_428: &str = r#"{"errors":[{"code":"parameter_invalid","message":"per_page must be between 1 and 50"}],"request_id":"f6487e85-a990-5aba-ad00-744a4e5950e0","type":"error.list"}"#;

#[cfg(feature = "content_snippets")]
const EXAMPLE_429: &str = r#"{"data":[{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":true,"audience_ids":[88120],"body_markdown":"Unused bikes can be returned within **30 days** of delivery.","chatbot_availability":1,"copilot_availability":1,"created_at":1792000000,"id":"66120","json_blocks":[],"locale":"en","title":"Return window","type":"content_snippet","updated_at":1795200000},{"ai_chatbot_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"body_markdown":"Deliveries to islands take two extra working days.","chatbot_availability":0,"copilot_availability":1,"created_at":1793000000,"id":"66127","json_blocks":[],"locale":"en","title":"Shipping to islands","type":"content_snippet","updated_at":1793000000}],"page":1,"per_page":20,"total_count":2,"total_pages":1,"type":"list"}"#;

#[cfg(feature = "content_snippets")]
const EXAMPLE_430: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "content_snippets")]
const EXAMPLE_431: &str = r#"{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":true,"audience_ids":[88120],"body_markdown":"Unused bikes can be returned within **30 days** of delivery.","locale":"en","title":"Return window"}"#;

#[cfg(feature = "content_snippets")]
const EXAMPLE_432: &str = r#"{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":true,"audience_ids":[88120],"body_markdown":"Unused bikes can be returned within **30 days** of delivery.","chatbot_availability":1,"copilot_availability":1,"created_at":1792000000,"id":"66120","json_blocks":[],"locale":"en","title":"Return window","type":"content_snippet","updated_at":1795200000}"#;

#[cfg(feature = "content_snippets")]
const EXAMPLE_433: &str = r#"{"errors":[{"code":"parameter_invalid","message":"Audience 99999 not found"}],"request_id":"85528ca1-f855-5e09-919d-14db3c3272b8","type":"error.list"}"#;

#[cfg(feature = "content_snippets")]
const EXAMPLE_434: &str = r#"{"errors":[{"code":"validation_error","message":"Fin does not support this language yet"}],"request_id":"85f496da-a2cd-580f-b12b-4960f5e75ee8","type":"error.list"}"#;

#[cfg(feature = "content_snippets")]
const EXAMPLE_435: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "content_snippets")]
const EXAMPLE_436: &str = r#"{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":true,"audience_ids":[88120],"body_markdown":"Unused bikes can be returned within **30 days** of delivery.","chatbot_availability":1,"copilot_availability":1,"created_at":1792000000,"id":"66120","json_blocks":[],"locale":"en","title":"Return window","type":"content_snippet","updated_at":1795200000}"#;

#[cfg(feature = "content_snippets")]
const EXAMPLE_437: &str = r#"{"errors":[{"code":"not_found","message":"Content snippet not found"}],"request_id":"1abb1765-6d22-5682-aa80-25dcac5e7763","type":"error.list"}"#;

#[cfg(feature = "content_snippets")]
const EXAMPLE_438: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "content_snippets")]
const EXAMPLE_439: &str = r#"{"body_markdown":"Unused bikes can be returned within **45 days** of delivery."}"#;

#[cfg(feature = "content_snippets")]
const EXAMPLE_440: &str = r#"{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":true,"audience_ids":[88120],"body_markdown":"Unused bikes can be returned within **45 days** of delivery.","chatbot_availability":1,"copilot_availability":1,"created_at":1792000000,"id":"66120","json_blocks":[],"locale":"en","title":"Return window","type":"content_snippet","updated_at":1795705000}"#;

#[cfg(feature = "content_snippets")]
const EXAMPLE_441: &str = r#"{"errors":[{"code":"not_found","message":"Content snippet not found"}],"request_id":"f87f4e36-c3b7-5224-ba6c-bcf53aa0279e","type":"error.list"}"#;

#[cfg(feature = "content_snippets")]
const EXAMPLE_442: &str = r#"{"errors":[{"code":"validation_error","message":"Fin does not support this language yet"}],"request_id":"b2d58ec8-1c52-5573-a6ad-989a02ce47f6","type":"error.list"}"#;

#[cfg(feature = "content_snippets")]
const EXAMPLE_443: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "content_snippets")]
const EXAMPLE_444: &str = r#"{"errors":[{"code":"not_found","message":"Content snippet not found"}],"request_id":"256a0090-523c-5700-ac75-f262a13bed67","type":"error.list"}"#;

#[cfg(feature = "content_snippets")]
const EXAMPLE_445: &str = r#"{"errors":[{"code":"content_has_procedure_dependencies","message":"The snippet is used by procedures and cannot be deleted"}],"request_id":"6ad5eda5-32ab-5e9a-bc67-1c74deac844d","type":"error.list"}"#;

#[cfg(feature = "content_snippets")]
const EXAMPLE_446: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "content_snippets")]
const EXAMPLE_447: &str = r#"{"id":"730160"}"#;

#[cfg(feature = "content_snippets")]
const EXAMPLE_448: &str = r#"{"applied_at":1795605000,"applied_by":{"id":"7301942","type":"admin"},"id":"730160","name":"returns","type":"tag"}"#;

#[cfg(feature = "content_snippets")]
const EXAMPLE_449: &str = r#"{"errors":[{"code":"forbidden","message":"Not authorized to manage knowledge base content"}],"request_id":"19accec2-bc10-542b-81c4-fcbe3034978b","type":"error.list"}"#;

#[cfg(feature = "content_snippets")]
const EXAMPLE_450: &str = r#"{"errors":[{"code":"content_snippet_not_found","message":"Content snippet not found"}],"request_id":"8872f956-d992-5946-9982-5decf63474d5","type":"error.list"}"#;

#[cfg(feature = "content_snippets")]
const EXAMPLE_451: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "content_snippets")]
const EXAMPLE_452: &str = r#"{"id":"730160","name":"returns","type":"tag"}"#;

#[cfg(feature = "content_snippets")]
const EXAMPLE_453: &str = r#"{"errors":[{"code":"forbidden","message":"Not authorized to manage knowledge base content"}],"request_id":"e91e5e2b-a2c1-5eb3-bf1d-3eb2acac96b9","type":"error.list"}"#;

#[cfg(feature = "content_snippets")]
const EXAMPLE_454: &str = r#"{"errors":[{"code":"tag_not_found","message":"Tag not found"}],"request_id":"07b1dae4-f0a3-5ff7-b230-c3af4dfb977c","type":"error.list"}"#;

#[cfg(feature = "content_snippets")]
const EXAMPLE_455: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "tags")]
const EXAMPLE_456: &str = r#"{"admin_id":"7301942","id":"730122"}"#;

#[cfg(feature = "tags")]
const EXAMPLE_457: &str = r#"{"applied_at":1767962400,"applied_by":{"id":"7301942","type":"admin"},"id":"730122","name":"VIP","type":"tag"}"#;

#[cfg(feature = "tags")]
const EXAMPLE_458: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "tags")]
const EXAMPLE_459: &str = r#"{"errors":[{"code":"not_found","message":"Conversation not found"}],"request_id":"b1e00045-4c2d-4f8a-9b6e-982b81ab0194","type":"error.list"}"#;

#[cfg(feature = "tags")]
const EXAMPLE_460: &str = r#"{"admin_id":"7301942"}"#;

#[cfg(feature = "tags")]
const EXAMPLE_461: &str = r#"{"id":"730122","name":"VIP","type":"tag"}"#;

#[cfg(feature = "tags")]
const EXAMPLE_462: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "tags")]
const EXAMPLE_463: &str = r#"{"errors":[{"code":"not_found","message":"Tag not found"}],"request_id":"b1e00046-4c2d-4f8a-9b6e-954d84a60194","type":"error.list"}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_464: &str = r#"{"conversations":[{"admin_assignee_id":0,"ai_agent":null,"ai_agent_participated":false,"channel":{"current":"email","initial":"email"},"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"conversation_rating":null,"created_at":1767970000,"custom_attributes":{},"external_references":[],"id":"1291","linked_objects":{"data":[],"has_more":false,"total_count":0,"type":"list"},"open":true,"priority":"none","read":false,"sales_agent_participated":false,"snoozed_until":null,"source":{"attachments":[],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The tracking link does not work.</p>","delivered_as":"customer_initiated","id":"600211790","redacted":false,"subject":"Re: Your order NW-20931 has shipped","type":"email","url":null},"state":"open","statistics":{"assigned_team_first_response_time":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"assigned_team_first_response_time_in_office_hours":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"count_assignments":1,"count_conversation_parts":4,"count_reopens":0,"first_admin_reply_at":1767948840,"first_assignment_at":1767948120,"first_contact_reply_at":1767948000,"last_admin_reply_at":1767968000,"last_assignment_admin_reply_at":1767948840,"last_assignment_at":1767948120,"last_contact_reply_at":1767968300,"median_time_to_reply":840,"time_to_admin_reply":840,"time_to_assignment":120,"type":"conversation_statistics"},"tags":{"tags":[],"type":"tag.list"},"team_assignee_id":88412,"teammates":{"teammates":[{"id":"7301942","type":"admin"}],"type":"admin.list"},"title":null,"type":"conversation","updated_at":1767970500,"waiting_since":1767970000},{"admin_assignee_id":7301942,"ai_agent":{"content_sources":{"content_sources":[{"content_type":"external_content","locale":"en","title":"Warranty claims for carbon frames","url":"/fin-ai-agent/content?content=external_content&id=8830"}],"total_count":1,"type":"content_source.list"},"created_at":null,"last_answer_type":"ai_answer","rating":null,"rating_remark":null,"resolution_state":"escalated","source_title":"Delivery issues triage","source_type":"workflow","updated_at":null},"ai_agent_participated":true,"channel":{"current":"messenger","initial":"messenger"},"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"conversation_rating":null,"created_at":1767948000,"custom_attributes":{"Bike model":"Gravel 2","Order":"NW-20931"},"external_references":[],"first_contact_reply":{"created_at":1767948000,"type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"id":"1274","linked_objects":{"data":[{"category":"Tracker","id":"934","type":"ticket"}],"has_more":false,"total_count":1,"type":"list"},"open":true,"priority":"high","read":false,"sales_agent_participated":false,"sla_applied":{"sla_name":"Priority customers","sla_status":"active","type":"conversation_sla_summary"},"snoozed_until":null,"source":{"attachments":[{"content_type":"image/jpeg","filesize":482133,"height":1200,"name":"frame.jpg","type":"upload","url":"https://files.example.org/uploads/frame.jpg","width":1600}],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The frame I received is scratched.</p>","delivered_as":"customer_initiated","id":"600211734","redacted":false,"subject":"","type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"state":"open","statistics":{"assigned_team_first_response_time":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"assigned_team_first_response_time_in_office_hours":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"count_assignments":1,"count_conversation_parts":4,"count_reopens":0,"first_admin_reply_at":1767948840,"first_assignment_at":1767948120,"first_contact_reply_at":1767948000,"last_admin_reply_at":1767968000,"last_assignment_admin_reply_at":1767948840,"last_assignment_at":1767948120,"last_contact_reply_at":1767968300,"median_time_to_reply":840,"time_to_admin_reply":840,"time_to_assignment":120,"type":"conversation_statistics"},"tags":{"tags":[{"applied_at":1767949000,"applied_by":{"id":"7301942","type":"admin"},"id":"730140","name":"damaged-in-transit","type":"tag"}],"type":"tag.list"},"team_assignee_id":88412,"teammates":{"teammates":[{"id":"7301942","type":"admin"}],"type":"admin.list"},"title":"Scratched frame on delivery","type":"conversation","updated_at":1767968300,"waiting_since":1767968300}],"pages":{"next":{"per_page":2,"starting_after":"WzE3Njc5NjgzMDAwMDAsMTI3NF0="},"page":1,"per_page":2,"total_pages":19,"type":"pages"},"total_count":38,"type":"conversation.list"}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_465: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_466: &str = r#"{"errors":[{"code":"api_plan_restricted","message":"This feature requires an active paid subscription."}],"request_id":"7a3d1b9f-4e62-4ca8-b5f7-ad2c8e19f306","type":"error.list"}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_467: &str = r#"{"body":"Hi, can I change the delivery address of order NW-20977?","from":{"id":"66a1f3c2b8e4d70012ab34cd","type":"user"}}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_468: &str = r#"{"body":"Hi, can I change the delivery address of order NW-20977?","conversation_id":"1296","created_at":1767973000,"id":"600211802","message_type":"inapp","subject":"","type":"user_message"}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_469: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_470: &str = r#"{"errors":[{"code":"api_plan_restricted","message":"This feature requires an active paid subscription."}],"request_id":"7a3d1b9f-4e62-4ca8-b5f7-ad2c8e19f306","type":"error.list"}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_471: &str = r#"{"errors":[{"code":"not_found","message":"User Not Found"}],"request_id":"3e01a9c4-71d2-4b8e-9f06-2c5d8a1b7e01","type":"error.list"}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_472: &str = r#"{"admin_assignee_id":7301942,"ai_agent":{"content_sources":{"content_sources":[{"content_type":"external_content","locale":"en","title":"Warranty claims for carbon frames","url":"/fin-ai-agent/content?content=external_content&id=8830"}],"total_count":1,"type":"content_source.list"},"created_at":null,"last_answer_type":"ai_answer","rating":null,"rating_remark":null,"resolution_state":"escalated","source_title":"Delivery issues triage","source_type":"workflow","updated_at":null},"ai_agent_participated":true,"ai_topics":{"topics":[{"subtopics":[{"id":318,"name":"Damaged parcel","type":"ai_subtopic"}],"topic_name":"Deliveries","type":"ai_topic"}],"type":"ai_topics"},"channel":{"current":"messenger","initial":"messenger"},"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"conversation_parts":{"conversation_parts":[{"app_package_code":null,"assigned_to":{"id":"88412","type":"team"},"attachments":[],"author":{"email":"operator+k7t2qz9x@intercom.io","from_ai_agent":false,"id":"7300001","is_ai_answer":false,"name":"Fin","type":"bot"},"body":null,"created_at":1767948120,"external_id":null,"id":"88120401","notified_at":1767948120,"part_type":"assignment","redacted":false,"state":"open","tags":[],"type":"conversation_part","updated_at":1767948120},{"app_package_code":null,"attachments":[],"author":{"email":"maeve.donnelly@example.com","from_ai_agent":false,"id":"7301942","is_ai_answer":false,"name":"Maeve Donnelly","type":"admin"},"body":"<p>Sorry about that! Could you send a photo of the order label?</p>","created_at":1767948840,"external_id":null,"id":"88120420","notified_at":1767948840,"part_type":"comment","redacted":false,"state":"open","tags":null,"type":"conversation_part","updated_at":1767948840}],"total_count":2,"type":"conversation_part.list"},"conversation_rating":null,"created_at":1767948000,"custom_attributes":{"Bike model":"Gravel 2","Order":"NW-20931"},"external_references":[],"first_contact_reply":{"created_at":1767948000,"type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"id":"1274","linked_objects":{"data":[{"category":"Tracker","id":"934","type":"ticket"}],"has_more":false,"total_count":1,"type":"list"},"open":true,"priority":"high","read":false,"sales_agent_participated":false,"sla_applied":{"sla_name":"Priority customers","sla_status":"active","type":"conversation_sla_summary"},"snoozed_until":null,"source":{"attachments":[{"content_type":"image/jpeg","filesize":482133,"height":1200,"name":"frame.jpg","type":"upload","url":"https://files.example.org/uploads/frame.jpg","width":1600}],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The frame I received is scratched.</p>","delivered_as":"customer_initiated","id":"600211734","redacted":false,"subject":"","type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"state":"open","statistics":{"assigned_team_first_response_time":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"assigned_team_first_response_time_in_office_hours":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"count_assignments":1,"count_conversation_parts":4,"count_reopens":0,"first_admin_reply_at":1767948840,"first_assignment_at":1767948120,"first_contact_reply_at":1767948000,"last_admin_reply_at":1767968000,"last_assignment_admin_reply_at":1767948840,"last_assignment_at":1767948120,"last_contact_reply_at":1767968300,"median_time_to_reply":840,"time_to_admin_reply":840,"time_to_assignment":120,"type":"conversation_statistics"},"tags":{"tags":[{"applied_at":1767949000,"applied_by":{"id":"7301942","type":"admin"},"id":"730140","name":"damaged-in-transit","type":"tag"}],"type":"tag.list"},"team_assignee_id":88412,"teammates":{"teammates":[{"id":"7301942","type":"admin"}],"type":"admin.list"},"title":"Scratched frame on delivery","type":"conversation","updated_at":1767968300,"waiting_since":1767968300}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_473: &str = r#"{"admin_assignee_id":0,"ai_agent":null,"ai_agent_participated":false,"channel":{"current":"email","initial":"email"},"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"conversation_parts":{"conversation_parts":[{"attachments":[],"author":{"email":"maeve.donnelly@example.com","id":"7301942","name":"Maeve Donnelly","type":"admin"},"body":"<p>Here is a working tracking link.</p>","created_at":1767970500,"email_message_metadata":{"email_address_headers":[{"email_address":"tomas.reyes@example.org","name":"Tomás Reyes","type":"to"}],"message_id":"<ic-88120502@mail.example.com>","subject":"Re: Your order NW-20931 has shipped"},"external_id":null,"id":"88120502","notified_at":1767970500,"part_type":"comment","redacted":false,"type":"conversation_part","updated_at":1767970500}],"total_count":1,"type":"conversation_part.list"},"created_at":1767970000,"id":"1291","linked_objects":{"data":[],"has_more":false,"total_count":0,"type":"list"},"open":true,"priority":"none","read":false,"snoozed_until":null,"source":{"attachments":[],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The tracking link does not work.</p>","delivered_as":"customer_initiated","email_message_metadata":{"email_address_headers":[{"email_address":"tomas.reyes@example.org","name":"Tomás Reyes","type":"from"},{"email_address":"orders@example.com","name":null,"type":"to"}],"history":"<blockquote>Your order NW-20931 has shipped and is on its way.</blockquote>","message_id":"<CA+8fj2Q@mail.example.org>","subject":"Re: Your order NW-20931 has shipped"},"id":"600211790","recipients":[{"drop_reason":null,"email":"orders@example.com","type":"to"}],"redacted":false,"reply_to":[{"email":"tomas.reyes@example.org","name":"Tomás Reyes"}],"subject":"Re: Your order NW-20931 has shipped","type":"email","url":null},"state":"open","team_assignee_id":88412,"title":null,"type":"conversation","updated_at":1767970500,"waiting_since":1767970000}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_474: &str = r#"{"admin_assignee_id":7301942,"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"created_at":1767948000,"id":"1274","monitor_evaluations":[{"evaluated_at":1767972600,"explanation":"The customer asked for a refund twice without an answer.","monitor_id":"4410","monitor_name":"Refund requests left open","monitor_type":"prompt","result":"flagged"}],"open":false,"priority":"none","read":true,"scorecards":[{"ai_score":0.75,"evaluated_at":1767972600,"evaluators":[{"evaluator_id":"3318","result":{"other_text":null,"reason_ids":["61"],"reasoning":"Offered a replacement in the first reply.","source":"human","value":"pass"}},{"evaluator_id":"3319","result":null}],"name":"Delivery issue handling","passed":true,"reviewed_teammate":{"admin_id":"7301942","type":"admin"},"score":0.8,"scorecard_id":"902","scorecard_type":"human","scorecard_version_id":"907"}],"state":"closed","team_assignee_id":88412,"type":"conversation","updated_at":1767972600}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_475: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_476: &str = r#"{"errors":[{"code":"api_plan_restricted","message":"This feature requires an active paid subscription."}],"request_id":"7a3d1b9f-4e62-4ca8-b5f7-ad2c8e19f306","type":"error.list"}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_477: &str = r#"{"errors":[{"code":"not_found","message":"Resource not found"}],"request_id":"8b4e2ca0-5f73-4db9-86a8-be3d9f2a0417","type":"error.list"}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_478: &str = r#"{"custom_attributes":{"Return reason":"Damaged in transit"},"read":true,"title":"Scratched frame, replacement sent"}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_479: &str = r#"{"admin_assignee_id":7301942,"ai_agent":{"content_sources":{"content_sources":[{"content_type":"external_content","locale":"en","title":"Warranty claims for carbon frames","url":"/fin-ai-agent/content?content=external_content&id=8830"}],"total_count":1,"type":"content_source.list"},"created_at":null,"last_answer_type":"ai_answer","rating":null,"rating_remark":null,"resolution_state":"escalated","source_title":"Delivery issues triage","source_type":"workflow","updated_at":null},"ai_agent_participated":true,"ai_topics":{"topics":[{"subtopics":[{"id":318,"name":"Damaged parcel","type":"ai_subtopic"}],"topic_name":"Deliveries","type":"ai_topic"}],"type":"ai_topics"},"channel":{"current":"messenger","initial":"messenger"},"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"conversation_parts":{"conversation_parts":[{"app_package_code":null,"assigned_to":{"id":"88412","type":"team"},"attachments":[],"author":{"email":"operator+k7t2qz9x@intercom.io","from_ai_agent":false,"id":"7300001","is_ai_answer":false,"name":"Fin","type":"bot"},"body":null,"created_at":1767948120,"external_id":null,"id":"88120401","notified_at":1767948120,"part_type":"assignment","redacted":false,"state":"open","tags":[],"type":"conversation_part","updated_at":1767948120},{"app_package_code":null,"attachments":[],"author":{"email":"maeve.donnelly@example.com","from_ai_agent":false,"id":"7301942","is_ai_answer":false,"name":"Maeve Donnelly","type":"admin"},"body":"<p>Sorry about that! Could you send a photo of the order label?</p>","created_at":1767948840,"external_id":null,"id":"88120420","notified_at":1767948840,"part_type":"comment","redacted":false,"state":"open","tags":null,"type":"conversation_part","updated_at":1767948840}],"total_count":2,"type":"conversation_part.list"},"conversation_rating":null,"created_at":1767948000,"custom_attributes":{"Bike model":"Gravel 2","Order":"NW-20931","Return reason":"Damaged in transit"},"external_references":[],"first_contact_reply":{"created_at":1767948000,"type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"id":"1274","linked_objects":{"data":[{"category":"Tracker","id":"934","type":"ticket"}],"has_more":false,"total_count":1,"type":"list"},"open":true,"priority":"high","read":true,"sales_agent_participated":false,"sla_applied":{"sla_name":"Priority customers","sla_status":"active","type":"conversation_sla_summary"},"snoozed_until":null,"source":{"attachments":[{"content_type":"image/jpeg","filesize":482133,"height":1200,"name":"frame.jpg","type":"upload","url":"https://files.example.org/uploads/frame.jpg","width":1600}],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The frame I received is scratched.</p>","delivered_as":"customer_initiated","id":"600211734","redacted":false,"subject":"","type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"state":"open","statistics":{"assigned_team_first_response_time":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"assigned_team_first_response_time_in_office_hours":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"count_assignments":1,"count_conversation_parts":4,"count_reopens":0,"first_admin_reply_at":1767948840,"first_assignment_at":1767948120,"first_contact_reply_at":1767948000,"last_admin_reply_at":1767968000,"last_assignment_admin_reply_at":1767948840,"last_assignment_at":1767948120,"last_contact_reply_at":1767968300,"median_time_to_reply":840,"time_to_admin_reply":840,"time_to_assignment":120,"type":"conversation_statistics"},"tags":{"tags":[{"applied_at":1767949000,"applied_by":{"id":"7301942","type":"admin"},"id":"730140","name":"damaged-in-transit","type":"tag"}],"type":"tag.list"},"team_assignee_id":88412,"teammates":{"teammates":[{"id":"7301942","type":"admin"}],"type":"admin.list"},"title":"Scratched frame, replacement sent","type":"conversation","updated_at":1767968900,"waiting_since":1767968300}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_480: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_481: &str = r#"{"errors":[{"code":"api_plan_restricted","message":"This feature requires an active paid subscription."}],"request_id":"7a3d1b9f-4e62-4ca8-b5f7-ad2c8e19f306","type":"error.list"}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_482: &str = r#"{"errors":[{"code":"not_found","message":"Resource not found"}],"request_id":"8b4e2ca0-5f73-4db9-86a8-be3d9f2a0417","type":"error.list"}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_483: &str = r#"{"deleted":true,"id":"1291","object":"conversation"}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_484: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_485: &str = r#"{"errors":[{"code":"api_plan_restricted","message":"This feature requires an active paid subscription."}],"request_id":"7a3d1b9f-4e62-4ca8-b5f7-ad2c8e19f306","type":"error.list"}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_486: &str = r#"{"pagination":{"per_page":20},"query":{"operator":"AND","value":[{"field":"open","operator":"=","value":true},{"field":"priority","operator":"=","value":"high"}]}}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_487: &str = r#"{"conversations":[{"admin_assignee_id":7301942,"ai_agent":{"content_sources":{"content_sources":[{"content_type":"external_content","locale":"en","title":"Warranty claims for carbon frames","url":"/fin-ai-agent/content?content=external_content&id=8830"}],"total_count":1,"type":"content_source.list"},"created_at":null,"last_answer_type":"ai_answer","rating":null,"rating_remark":null,"resolution_state":"escalated","source_title":"Delivery issues triage","source_type":"workflow","updated_at":null},"ai_agent_participated":true,"channel":{"current":"messenger","initial":"messenger"},"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"conversation_rating":null,"created_at":1767948000,"custom_attributes":{"Bike model":"Gravel 2","Order":"NW-20931"},"external_references":[],"first_contact_reply":{"created_at":1767948000,"type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"id":"1274","linked_objects":{"data":[{"category":"Tracker","id":"934","type":"ticket"}],"has_more":false,"total_count":1,"type":"list"},"open":true,"priority":"high","read":false,"sales_agent_participated":false,"sla_applied":{"sla_name":"Priority customers","sla_status":"active","type":"conversation_sla_summary"},"snoozed_until":null,"source":{"attachments":[{"content_type":"image/jpeg","filesize":482133,"height":1200,"name":"frame.jpg","type":"upload","url":"https://files.example.org/uploads/frame.jpg","width":1600}],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The frame I received is scratched.</p>","delivered_as":"customer_initiated","id":"600211734","redacted":false,"subject":"","type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"state":"open","statistics":{"assigned_team_first_response_time":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"assigned_team_first_response_time_in_office_hours":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"count_assignments":1,"count_conversation_parts":4,"count_reopens":0,"first_admin_reply_at":1767948840,"first_assignment_at":1767948120,"first_contact_reply_at":1767948000,"last_admin_reply_at":1767968000,"last_assignment_admin_reply_at":1767948840,"last_assignment_at":1767948120,"last_contact_reply_at":1767968300,"median_time_to_reply":840,"time_to_admin_reply":840,"time_to_assignment":120,"type":"conversation_statistics"},"tags":{"tags":[{"applied_at":1767949000,"applied_by":{"id":"7301942","type":"admin"},"id":"730140","name":"damaged-in-transit","type":"tag"}],"type":"tag.list"},"team_assignee_id":88412,"teammates":{"teammates":[{"id":"7301942","type":"admin"}],"type":"admin.list"},"title":"Scratched frame on delivery","type":"conversation","updated_at":1767968300,"waiting_since":1767968300}],"pages":{"page":1,"per_page":20,"total_pages":1,"type":"pages"},"total_count":1,"type":"conversation.list"}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_488: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_489: &str = r#"{"admin_id":"7301942","body":"Would you like a replacement or a refund?","message_type":"quick_reply","reply_options":[{"text":"Replacement","uuid":"6a3f9d20-8e4b-4c17-b2d5-19e0f7a4c863"},{"text":"Refund","uuid":"c9e41b7f-2d08-4a6e-9f35-70b8d2a1e4c6"}],"type":"admin"}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_490: &str = r#"{"admin_id":"7301942","body":"<p>Customer is a gold loyalty member; offer free express shipping.</p>","message_type":"note","skip_unsnooze":true,"type":"admin"}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_491: &str = r#"{"body":"Replacement","intercom_user_id":"66a1f3c2b8e4d70012ab34cd","message_type":"comment","reply_options":[{"text":"Replacement","uuid":"6a3f9d20-8e4b-4c17-b2d5-19e0f7a4c863"}],"type":"user"}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_492: &str = r#"{"body":"Thanks, that works for me.","email":"tomas.reyes@example.org","message_type":"comment","type":"user"}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_493: &str = r#"{"admin_assignee_id":7301942,"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"conversation_parts":{"conversation_parts":[{"app_package_code":"northwind-helpdesk-sync","attachments":[],"author":{"email":"maeve.donnelly@example.com","id":"7301942","name":"Maeve Donnelly","type":"admin"},"body":"<p>Would you like a replacement or a refund?</p>","created_at":1767968000,"external_id":null,"id":"88120455","metadata":{"quick_reply_options":[{"text":"Replacement","translations":null,"uuid":"6a3f9d20-8e4b-4c17-b2d5-19e0f7a4c863"},{"text":"Refund","translations":null,"uuid":"c9e41b7f-2d08-4a6e-9f35-70b8d2a1e4c6"}]},"notified_at":1767968000,"part_type":"quick_reply","redacted":false,"type":"conversation_part","updated_at":1767968000}],"total_count":1,"type":"conversation_part.list"},"created_at":1767948000,"id":"1274","linked_objects":{"data":[],"has_more":false,"total_count":0,"type":"list"},"open":true,"priority":"none","read":true,"snoozed_until":null,"source":{"attachments":[],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The frame I received is scratched.</p>","delivered_as":"customer_initiated","id":"600211734","redacted":false,"subject":"","type":"conversation","url":null},"state":"open","team_assignee_id":88412,"title":null,"type":"conversation","updated_at":1767968000,"waiting_since":null}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_494: &str = r#"{"admin_assignee_id":7301942,"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"conversation_parts":{"conversation_parts":[{"attachments":[],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>Replacement</p>","created_at":1767968300,"id":"88120461","metadata":{"quick_reply_uuid":"6a3f9d20-8e4b-4c17-b2d5-19e0f7a4c863"},"notified_at":1767968300,"part_type":"comment","redacted":false,"type":"conversation_part","updated_at":1767968300}],"total_count":1,"type":"conversation_part.list"},"created_at":1767948000,"id":"1274","open":true,"priority":"none","read":false,"snoozed_until":null,"state":"open","team_assignee_id":88412,"type":"conversation","updated_at":1767968300,"waiting_since":1767968300}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_495: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_496: &str = r#"{"errors":[{"code":"api_plan_restricted","message":"This feature requires an active paid subscription."}],"request_id":"7a3d1b9f-4e62-4ca8-b5f7-ad2c8e19f306","type":"error.list"}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_497: &str = r#"{"errors":[{"code":"not_found","message":"Resource not found"}],"request_id":"8b4e2ca0-5f73-4db9-86a8-be3d9f2a0417","type":"error.list"}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_498: &str = r#"{"admin_id":"7301942","body":"A replacement frame is on its way.","message_type":"close","type":"admin"}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_499: &str = r#"{"admin_id":"7301942","assignee_id":"88412","message_type":"assignment","type":"team"}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_500: &str = r#"{"admin_id":"7301942","message_type":"snoozed","snoozed_until":1768050000}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_501: &str = r#"{"admin_assignee_id":7301942,"ai_agent":{"content_sources":{"content_sources":[{"content_type":"external_content","locale":"en","title":"Warranty claims for carbon frames","url":"/fin-ai-agent/content?content=external_content&id=8830"}],"total_count":1,"type":"content_source.list"},"created_at":null,"last_answer_type":"ai_answer","rating":null,"rating_remark":null,"resolution_state":"escalated","source_title":"Delivery issues triage","source_type":"workflow","updated_at":null},"ai_agent_participated":true,"ai_topics":{"topics":[{"subtopics":[{"id":318,"name":"Damaged parcel","type":"ai_subtopic"}],"topic_name":"Deliveries","type":"ai_topic"}],"type":"ai_topics"},"channel":{"current":"messenger","initial":"messenger"},"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"conversation_parts":{"conversation_parts":[{"app_package_code":null,"assigned_to":{"id":"88412","type":"team"},"attachments":[],"author":{"email":"operator+k7t2qz9x@intercom.io","from_ai_agent":false,"id":"7300001","is_ai_answer":false,"name":"Fin","type":"bot"},"body":null,"created_at":1767948120,"external_id":null,"id":"88120401","notified_at":1767948120,"part_type":"assignment","redacted":false,"state":"open","tags":[],"type":"conversation_part","updated_at":1767948120},{"app_package_code":null,"attachments":[],"author":{"email":"maeve.donnelly@example.com","from_ai_agent":false,"id":"7301942","is_ai_answer":false,"name":"Maeve Donnelly","type":"admin"},"body":"<p>Sorry about that! Could you send a photo of the order label?</p>","created_at":1767948840,"external_id":null,"id":"88120420","notified_at":1767948840,"part_type":"comment","redacted":false,"state":"open","tags":null,"type":"conversation_part","updated_at":1767948840},{"app_package_code":null,"attachments":[],"author":{"email":"maeve.donnelly@example.com","from_ai_agent":false,"id":"7301942","is_ai_answer":false,"name":"Maeve Donnelly","type":"admin"},"body":"<p>A replacement frame is on its way.</p>","created_at":1767969000,"external_id":null,"id":"88120433","notified_at":1767969000,"part_type":"close","redacted":false,"state":"closed","tags":[],"type":"conversation_part","updated_at":1767969000}],"total_count":3,"type":"conversation_part.list"},"conversation_rating":null,"created_at":1767948000,"custom_attributes":{"Bike model":"Gravel 2","Order":"NW-20931"},"external_references":[],"first_contact_reply":{"created_at":1767948000,"type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"id":"1274","linked_objects":{"data":[{"category":"Tracker","id":"934","type":"ticket"}],"has_more":false,"total_count":1,"type":"list"},"open":false,"priority":"high","read":false,"sales_agent_participated":false,"sla_applied":{"sla_name":"Priority customers","sla_status":"active","type":"conversation_sla_summary"},"snoozed_until":null,"source":{"attachments":[{"content_type":"image/jpeg","filesize":482133,"height":1200,"name":"frame.jpg","type":"upload","url":"https://files.example.org/uploads/frame.jpg","width":1600}],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The frame I received is scratched.</p>","delivered_as":"customer_initiated","id":"600211734","redacted":false,"subject":"","type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"state":"closed","statistics":{"assigned_team_first_response_time":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"assigned_team_first_response_time_in_office_hours":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"count_assignments":1,"count_conversation_parts":4,"count_reopens":0,"first_admin_reply_at":1767948840,"first_assignment_at":1767948120,"first_contact_reply_at":1767948000,"last_admin_reply_at":1767968000,"last_assignment_admin_reply_at":1767948840,"last_assignment_at":1767948120,"last_contact_reply_at":1767968300,"median_time_to_reply":840,"time_to_admin_reply":840,"time_to_assignment":120,"type":"conversation_statistics"},"tags":{"tags":[{"applied_at":1767949000,"applied_by":{"id":"7301942","type":"admin"},"id":"730140","name":"damaged-in-transit","type":"tag"}],"type":"tag.list"},"team_assignee_id":88412,"teammates":{"teammates":[{"id":"7301942","type":"admin"}],"type":"admin.list"},"title":"Scratched frame on delivery","type":"conversation","updated_at":1767969000,"waiting_since":null}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_502: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_503: &str = r#"{"errors":[{"code":"api_plan_restricted","message":"This feature requires an active paid subscription."}],"request_id":"7a3d1b9f-4e62-4ca8-b5f7-ad2c8e19f306","type":"error.list"}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_504: &str = r#"{"errors":[{"code":"not_found","message":"Resource not found"}],"request_id":"8b4e2ca0-5f73-4db9-86a8-be3d9f2a0417","type":"error.list"}"#;

#[cfg(feature = "conversation_parts")]
const EXAMPLE_505: &str = r#"{"admin_id":"7301942","experimental":true,"secret":"c2VjcmV0LWZvci1rN3QycXo5eA==","seen":true}"#;

#[cfg(feature = "conversation_parts")]
const EXAMPLE_506: &str = r#"{"app_package_code":null,"attachments":[],"author":{"email":"maeve.donnelly@example.com","from_ai_agent":false,"id":"7301942","is_ai_answer":false,"name":"Maeve Donnelly","type":"admin"},"body":"<p>Sorry about that! Could you send a photo of the order label?</p>","created_at":1767948840,"external_id":"zd-comment-55120","id":"88120420","notified_at":1767948840,"part_type":"comment","redacted":false,"state":"open","tags":[],"type":"conversation_part","updated_at":1767968950}"#;

#[cfg(feature = "conversation_parts")]
const EXAMPLE_507: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "conversation_parts")]
const EXAMPLE_508: &str = r#"{"errors":[{"code":"api_plan_restricted","message":"This feature requires an active paid subscription."}],"request_id":"7a3d1b9f-4e62-4ca8-b5f7-ad2c8e19f306","type":"error.list"}"#;

#[cfg(feature = "conversation_parts")]
const EXAMPLE_509: &str = r#"{"errors":[{"code":"not_found","message":"Conversation part not found"}],"request_id":"3e02a9c4-71d2-4b8e-9f06-2c5d8a1b7e02","type":"error.list"}"#;

#[cfg(feature = "conversation_participants")]
const EXAMPLE_510: &str = r#"{"admin_id":"7301942","customer":{"intercom_user_id":"66b0a7d4c9e1f20013cd56ef"}}"#;

#[cfg(feature = "conversation_participants")]
const EXAMPLE_511: &str = r#"{"admin_assignee_id":7301942,"ai_agent":{"content_sources":{"content_sources":[{"content_type":"external_content","locale":"en","title":"Warranty claims for carbon frames","url":"/fin-ai-agent/content?content=external_content&id=8830"}],"total_count":1,"type":"content_source.list"},"created_at":null,"last_answer_type":"ai_answer","rating":null,"rating_remark":null,"resolution_state":"escalated","source_title":"Delivery issues triage","source_type":"workflow","updated_at":null},"ai_agent_participated":true,"ai_topics":{"topics":[{"subtopics":[{"id":318,"name":"Damaged parcel","type":"ai_subtopic"}],"topic_name":"Deliveries","type":"ai_topic"}],"type":"ai_topics"},"channel":{"current":"messenger","initial":"messenger"},"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"},{"external_id":"lead-4471","id":"66b0a7d4c9e1f20013cd56ef","type":"contact"}],"type":"contact.list"},"conversation_parts":{"conversation_parts":[{"app_package_code":null,"assigned_to":{"id":"88412","type":"team"},"attachments":[],"author":{"email":"operator+k7t2qz9x@intercom.io","from_ai_agent":false,"id":"7300001","is_ai_answer":false,"name":"Fin","type":"bot"},"body":null,"created_at":1767948120,"external_id":null,"id":"88120401","notified_at":1767948120,"part_type":"assignment","redacted":false,"state":"open","tags":[],"type":"conversation_part","updated_at":1767948120},{"app_package_code":null,"attachments":[],"author":{"email":"maeve.donnelly@example.com","from_ai_agent":false,"id":"7301942","is_ai_answer":false,"name":"Maeve Donnelly","type":"admin"},"body":"<p>Sorry about that! Could you send a photo of the order label?</p>","created_at":1767948840,"external_id":null,"id":"88120420","notified_at":1767948840,"part_type":"comment","redacted":false,"state":"open","tags":null,"type":"conversation_part","updated_at":1767948840}],"total_count":2,"type":"conversation_part.list"},"conversation_rating":null,"created_at":1767948000,"custom_attributes":{"Bike model":"Gravel 2","Order":"NW-20931"},"external_references":[],"first_contact_reply":{"created_at":1767948000,"type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"id":"1274","linked_objects":{"data":[{"category":"Tracker","id":"934","type":"ticket"}],"has_more":false,"total_count":1,"type":"list"},"open":true,"priority":"high","read":false,"sales_agent_participated":false,"sla_applied":{"sla_name":"Priority customers","sla_status":"active","type":"conversation_sla_summary"},"snoozed_until":null,"source":{"attachments":[{"content_type":"image/jpeg","filesize":482133,"height":1200,"name":"frame.jpg","type":"upload","url":"https://files.example.org/uploads/frame.jpg","width":1600}],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The frame I received is scratched.</p>","delivered_as":"customer_initiated","id":"600211734","redacted":false,"subject":"","type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"state":"open","statistics":{"assigned_team_first_response_time":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"assigned_team_first_response_time_in_office_hours":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"count_assignments":1,"count_conversation_parts":4,"count_reopens":0,"first_admin_reply_at":1767948840,"first_assignment_at":1767948120,"first_contact_reply_at":1767948000,"last_admin_reply_at":1767968000,"last_assignment_admin_reply_at":1767948840,"last_assignment_at":1767948120,"last_contact_reply_at":1767968300,"median_time_to_reply":840,"time_to_admin_reply":840,"time_to_assignment":120,"type":"conversation_statistics"},"tags":{"tags":[{"applied_at":1767949000,"applied_by":{"id":"7301942","type":"admin"},"id":"730140","name":"damaged-in-transit","type":"tag"}],"type":"tag.list"},"team_assignee_id":88412,"teammates":{"teammates":[{"id":"7301942","type":"admin"}],"type":"admin.list"},"title":"Scratched frame on delivery","type":"conversation","updated_at":1767968300,"waiting_since":1767968300}"#;

#[cfg(feature = "conversation_participants")]
const EXAMPLE_512: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "conversation_participants")]
const EXAMPLE_513: &str = r#"{"errors":[{"code":"api_plan_restricted","message":"This feature requires an active paid subscription."}],"request_id":"7a3d1b9f-4e62-4ca8-b5f7-ad2c8e19f306","type":"error.list"}"#;

#[cfg(feature = "conversation_participants")]
const EXAMPLE_514: &str = r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"3e03a9c4-71d2-4b8e-9f06-2c5d8a1b7e03","type":"error.list"}"#;

#[cfg(feature = "conversation_participants")]
const EXAMPLE_515: &str = r#"{"admin_id":"7301942"}"#;

#[cfg(feature = "conversation_participants")]
const EXAMPLE_516: &str = r#"{"admin_assignee_id":7301942,"ai_agent":{"content_sources":{"content_sources":[{"content_type":"external_content","locale":"en","title":"Warranty claims for carbon frames","url":"/fin-ai-agent/content?content=external_content&id=8830"}],"total_count":1,"type":"content_source.list"},"created_at":null,"last_answer_type":"ai_answer","rating":null,"rating_remark":null,"resolution_state":"escalated","source_title":"Delivery issues triage","source_type":"workflow","updated_at":null},"ai_agent_participated":true,"ai_topics":{"topics":[{"subtopics":[{"id":318,"name":"Damaged parcel","type":"ai_subtopic"}],"topic_name":"Deliveries","type":"ai_topic"}],"type":"ai_topics"},"channel":{"current":"messenger","initial":"messenger"},"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"conversation_parts":{"conversation_parts":[{"app_package_code":null,"assigned_to":{"id":"88412","type":"team"},"attachments":[],"author":{"email":"operator+k7t2qz9x@intercom.io","from_ai_agent":false,"id":"7300001","is_ai_answer":false,"name":"Fin","type":"bot"},"body":null,"created_at":1767948120,"external_id":null,"id":"88120401","notified_at":1767948120,"part_type":"assignment","redacted":false,"state":"open","tags":[],"type":"conversation_part","updated_at":1767948120},{"app_package_code":null,"attachments":[],"author":{"email":"maeve.donnelly@example.com","from_ai_agent":false,"id":"7301942","is_ai_answer":false,"name":"Maeve Donnelly","type":"admin"},"body":"<p>Sorry about that! Could you send a photo of the order label?</p>","created_at":1767948840,"external_id":null,"id":"88120420","notified_at":1767948840,"part_type":"comment","redacted":false,"state":"open","tags":null,"type":"conversation_part","updated_at":1767948840}],"total_count":2,"type":"conversation_part.list"},"conversation_rating":null,"created_at":1767948000,"custom_attributes":{"Bike model":"Gravel 2","Order":"NW-20931"},"external_references":[],"first_contact_reply":{"created_at":1767948000,"type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"id":"1274","linked_objects":{"data":[{"category":"Tracker","id":"934","type":"ticket"}],"has_more":false,"total_count":1,"type":"list"},"open":true,"priority":"high","read":false,"sales_agent_participated":false,"sla_applied":{"sla_name":"Priority customers","sla_status":"active","type":"conversation_sla_summary"},"snoozed_until":null,"source":{"attachments":[{"content_type":"image/jpeg","filesize":482133,"height":1200,"name":"frame.jpg","type":"upload","url":"https://files.example.org/uploads/frame.jpg","width":1600}],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The frame I received is scratched.</p>","delivered_as":"customer_initiated","id":"600211734","redacted":false,"subject":"","type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"state":"open","statistics":{"assigned_team_first_response_time":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"assigned_team_first_response_time_in_office_hours":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"count_assignments":1,"count_conversation_parts":4,"count_reopens":0,"first_admin_reply_at":1767948840,"first_assignment_at":1767948120,"first_contact_reply_at":1767948000,"last_admin_reply_at":1767968000,"last_assignment_admin_reply_at":1767948840,"last_assignment_at":1767948120,"last_contact_reply_at":1767968300,"median_time_to_reply":840,"time_to_admin_reply":840,"time_to_assignment":120,"type":"conversation_statistics"},"tags":{"tags":[{"applied_at":1767949000,"applied_by":{"id":"7301942","type":"admin"},"id":"730140","name":"damaged-in-transit","type":"tag"}],"type":"tag.list"},"team_assignee_id":88412,"teammates":{"teammates":[{"id":"7301942","type":"admin"}],"type":"admin.list"},"title":"Scratched frame on delivery","type":"conversation","updated_at":1767968300,"waiting_since":1767968300}"#;

#[cfg(feature = "conversation_participants")]
const EXAMPLE_517: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "conversation_participants")]
const EXAMPLE_518: &str = r#"{"errors":[{"code":"api_plan_restricted","message":"This feature requires an active paid subscription."}],"request_id":"7a3d1b9f-4e62-4ca8-b5f7-ad2c8e19f306","type":"error.list"}"#;

#[cfg(feature = "conversation_participants")]
const EXAMPLE_519: &str = r#"{"errors":[{"code":"not_found","message":"User Not Found"}],"request_id":"3e04a9c4-71d2-4b8e-9f06-2c5d8a1b7e04","type":"error.list"}"#;

#[cfg(feature = "conversation_participants")]
const EXAMPLE_520: &str = r#"{"errors":[{"code":"parameter_invalid","message":"Removing the last customer is not supported"}],"request_id":"3e05a9c4-71d2-4b8e-9f06-2c5d8a1b7e05","type":"error.list"}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_521: &str = r#"{"handling_events":[{"reason":"Lunch","teammate":{"email":"maeve.donnelly@example.com","id":7301942,"name":"Maeve Donnelly","type":"admin"},"timestamp":"2026-01-09T12:30:00Z","type":"paused"},{"reason":null,"teammate":{"email":"maeve.donnelly@example.com","id":7301942,"name":"Maeve Donnelly","type":"admin"},"timestamp":"2026-01-09T13:05:00Z","type":"resumed"}]}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_522: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_523: &str = r#"{"errors":[{"code":"not_found","message":"Resource not found"}],"request_id":"8b4e2ca0-5f73-4db9-86a8-be3d9f2a0417","type":"error.list"}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_524: &str = r#"{"pages":{"page":1,"per_page":25,"total_pages":1},"side_conversations":[{"conversation_parts":[{"app_package_code":null,"attachments":[],"author":{"email":"maeve.donnelly@example.com","from_ai_agent":false,"id":"7301942","is_ai_answer":false,"name":"Maeve Donnelly","type":"admin"},"body":"<p>Warehouse: can we ship a replacement frame today?</p>","created_at":1767950200,"external_id":null,"id":"88120470","notified_at":1767950200,"part_type":"comment","redacted":false,"state":"open","tags":[],"type":"conversation_part","updated_at":1767950200}],"side_conversation_id":"1302","total_count":1}],"total_count":1,"type":"side_conversation.list"}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_525: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_526: &str = r#"{"errors":[{"code":"not_found","message":"Resource not found"}],"request_id":"8b4e2ca0-5f73-4db9-86a8-be3d9f2a0417","type":"error.list"}"#;

#[cfg(feature = "conversation_parts")]
const EXAMPLE_527: &str = r#"{"conversation_id":"1274","conversation_part_id":"88120470","type":"conversation_part"}"#;

#[cfg(feature = "conversation_parts")]
const EXAMPLE_528: &str = r#"{"conversation_id":"1274","source_id":"600211734","type":"source"}"#;

#[cfg(feature = "conversation_parts")]
const EXAMPLE_529: &str = r#"{"admin_assignee_id":7301942,"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"conversation_parts":{"conversation_parts":[{"app_package_code":null,"attachments":[],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p><i>This message has been removed</i></p>","created_at":1767971000,"external_id":null,"id":"88120470","notified_at":1767971000,"part_type":"comment","redacted":true,"type":"conversation_part","updated_at":1767972000}],"total_count":1,"type":"conversation_part.list"},"created_at":1767948000,"id":"1274","linked_objects":{"data":[],"has_more":false,"total_count":0,"type":"list"},"open":true,"priority":"none","read":true,"snoozed_until":null,"source":{"attachments":[],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The frame I received is scratched.</p>","delivered_as":"customer_initiated","id":"600211734","redacted":false,"subject":"","type":"conversation","url":null},"state":"open","team_assignee_id":88412,"title":null,"type":"conversation","updated_at":1767972000,"waiting_since":1767971000}"#;

#[cfg(feature = "conversation_parts")]
const EXAMPLE_530: &str = r#"{"errors":[{"code":"conversation_part_not_redactable","message":"Only parts with a body or contact-authored source messages can be redacted"}],"request_id":"0a5ecf12-f283-47ca-ab12-b79e2c86f53a","type":"error.list"}"#;

#[cfg(feature = "conversation_parts")]
const EXAMPLE_531: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "conversation_parts")]
const EXAMPLE_532: &str = r#"{"errors":[{"code":"conversation_part_or_message_not_found","message":"No such conversation part or source message"}],"request_id":"1b6fd023-0394-48db-bc23-c8af3d970a4b","type":"error.list"}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_533: &str = r#"{"merge_into_conversation_id":1274}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_534: &str = r#"{"admin_assignee_id":7301942,"ai_agent":{"content_sources":{"content_sources":[{"content_type":"external_content","locale":"en","title":"Warranty claims for carbon frames","url":"/fin-ai-agent/content?content=external_content&id=8830"}],"total_count":1,"type":"content_source.list"},"created_at":null,"last_answer_type":"ai_answer","rating":null,"rating_remark":null,"resolution_state":"escalated","source_title":"Delivery issues triage","source_type":"workflow","updated_at":null},"ai_agent_participated":true,"ai_topics":{"topics":[{"subtopics":[{"id":318,"name":"Damaged parcel","type":"ai_subtopic"}],"topic_name":"Deliveries","type":"ai_topic"}],"type":"ai_topics"},"channel":{"current":"messenger","initial":"messenger"},"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"conversation_parts":{"conversation_parts":[{"app_package_code":null,"assigned_to":{"id":"88412","type":"team"},"attachments":[],"author":{"email":"operator+k7t2qz9x@intercom.io","from_ai_agent":false,"id":"7300001","is_ai_answer":false,"name":"Fin","type":"bot"},"body":null,"created_at":1767948120,"external_id":null,"id":"88120401","notified_at":1767948120,"part_type":"assignment","redacted":false,"state":"open","tags":[],"type":"conversation_part","updated_at":1767948120},{"app_package_code":null,"attachments":[],"author":{"email":"maeve.donnelly@example.com","from_ai_agent":false,"id":"7301942","is_ai_answer":false,"name":"Maeve Donnelly","type":"admin"},"body":"<p>Sorry about that! Could you send a photo of the order label?</p>","created_at":1767948840,"external_id":null,"id":"88120420","notified_at":1767948840,"part_type":"comment","redacted":false,"state":"open","tags":null,"type":"conversation_part","updated_at":1767948840},{"app_package_code":null,"attachments":[],"author":{"email":"maeve.donnelly@example.com","from_ai_agent":false,"id":"7301942","is_ai_answer":false,"name":"Maeve Donnelly","type":"admin"},"body":null,"created_at":1767971000,"external_id":null,"id":"88120511","notified_at":1767971000,"part_type":"conversation_merged","redacted":false,"state":"open","tags":[],"type":"conversation_part","updated_at":1767971000}],"total_count":3,"type":"conversation_part.list"},"conversation_rating":null,"created_at":1767948000,"custom_attributes":{"Bike model":"Gravel 2","Order":"NW-20931"},"external_references":[],"first_contact_reply":{"created_at":1767948000,"type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"id":"1274","linked_objects":{"data":[{"category":"Tracker","id":"934","type":"ticket"}],"has_more":false,"total_count":1,"type":"list"},"open":true,"priority":"high","read":false,"sales_agent_participated":false,"sla_applied":{"sla_name":"Priority customers","sla_status":"active","type":"conversation_sla_summary"},"snoozed_until":null,"source":{"attachments":[{"content_type":"image/jpeg","filesize":482133,"height":1200,"name":"frame.jpg","type":"upload","url":"https://files.example.org/uploads/frame.jpg","width":1600}],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The frame I received is scratched.</p>","delivered_as":"customer_initiated","id":"600211734","redacted":false,"subject":"","type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"state":"open","statistics":{"assigned_team_first_response_time":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"assigned_team_first_response_time_in_office_hours":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"count_assignments":1,"count_conversation_parts":4,"count_reopens":0,"first_admin_reply_at":1767948840,"first_assignment_at":1767948120,"first_contact_reply_at":1767948000,"last_admin_reply_at":1767968000,"last_assignment_admin_reply_at":1767948840,"last_assignment_at":1767948120,"last_contact_reply_at":1767968300,"median_time_to_reply":840,"time_to_admin_reply":840,"time_to_assignment":120,"type":"conversation_statistics"},"tags":{"tags":[{"applied_at":1767949000,"applied_by":{"id":"7301942","type":"admin"},"id":"730140","name":"damaged-in-transit","type":"tag"}],"type":"tag.list"},"team_assignee_id":88412,"teammates":{"teammates":[{"id":"7301942","type":"admin"}],"type":"admin.list"},"title":"Scratched frame on delivery","type":"conversation","updated_at":1767971000,"waiting_since":1767968300}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_535: &str = r#"{"errors":[{"code":"parameter_not_found","message":"merge_into_conversation_id is required"}],"request_id":"3e06a9c4-71d2-4b8e-9f06-2c5d8a1b7e06","type":"error.list"}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_536: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_537: &str = r#"{"errors":[{"code":"api_plan_restricted","message":"This feature requires an active paid subscription."}],"request_id":"7a3d1b9f-4e62-4ca8-b5f7-ad2c8e19f306","type":"error.list"}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_538: &str = r#"{"errors":[{"code":"parameter_invalid","message":"A conversation cannot be merged into itself"}],"request_id":"3e07a9c4-71d2-4b8e-9f06-2c5d8a1b7e07","type":"error.list"}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_539: &str = r#"{"attributes":{"Order number":"NW-20931","_default_title_":"Frame arrived scratched"},"ticket_state_id":"5120","ticket_type_id":"41"}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_540: &str = r#"{"ticket_type_id":"42"}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_541: &str = r#"{"admin_assignee_id":7301942,"category":"Customer","contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"created_at":1767948000,"id":"1274","is_shared":true,"linked_objects":{"data":[],"has_more":false,"total_count":0,"type":"list"},"open":true,"previous_ticket_state_id":null,"team_assignee_id":88412,"ticket_attributes":{"Order number":"NW-20931","_default_description_":null,"_default_title_":"Frame arrived scratched"},"ticket_id":"58","ticket_parts":{"ticket_parts":[{"attachments":[],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The frame I received is scratched.</p>","created_at":1767948000,"id":"20150","part_type":"comment","redacted":false,"type":"ticket_part","updated_at":1767948000},{"attachments":[],"author":{"email":"maeve.donnelly@example.com","id":"7301942","name":"Maeve Donnelly","type":"admin"},"created_at":1767969000,"id":"20151","part_type":"ticket_state_updated_by_admin","previous_ticket_state":"submitted","redacted":false,"ticket_state":"submitted","type":"ticket_part","updated_at":1767969000}],"total_count":2,"type":"ticket_part.list"},"ticket_state":{"category":"submitted","external_label":"Received","id":"5120","internal_label":"Submitted","type":"ticket_state"},"ticket_type":{"archived":false,"category":"Customer","created_at":1762250400,"description":"A parcel arrived broken or incomplete.","icon":"📦","id":"41","is_internal":false,"name":"Damaged delivery","type":"ticket_type","updated_at":1765929600,"workspace_id":"k7t2qz9x"},"type":"ticket","updated_at":1767969000}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_542: &str = r#"{"errors":[{"code":"parameter_invalid","message":"Only customer ticket types can be used to convert a conversation"}],"request_id":"f49dbe01-e172-46b9-9a01-a68d1b75e429","type":"error.list"}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_543: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_544: &str = r#"{"conversations":[{"deleted_at":1767972000,"id":"1291","metrics_retained":true,"type":"conversation"},{"deleted_at":1767801600,"id":"1188","metrics_retained":false,"type":"conversation"}],"pages":{"page":1,"per_page":20,"total_pages":1,"type":"pages"},"total_count":2,"type":"conversations.list"}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_545: &str = r#"{"errors":[{"code":"bad_request","message":"Deleted conversation listing is not available for this workspace"}],"request_id":"3e08a9c4-71d2-4b8e-9f06-2c5d8a1b7e08","type":"error.list"}"#;

#[cfg(feature = "conversations")]
const EXAMPLE_546: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_547: &str = r#"{"data":[{"admin_id":"7301942","archived":false,"created_at":1766000000,"data_type":"list","description":"Why the customer sends the order back.","id":4012,"name":"Return reason","options":[{"archived":false,"id":"3b1f7c52-9a4e-4d0b-8f26-5c7e1a9d2b40","label":"Damaged in transit"},{"archived":false,"id":"8d2e4a17-6c3b-4f95-a0e8-1b7d9c4f6e23","label":"Wrong size"}],"required":false,"type":"conversation_attribute","updated_at":1767900000,"visible_to_team_ids":[]},{"admin_id":"7301942","archived":false,"created_at":1766000500,"data_type":"string","description":"The courier that delivered the parcel.","id":4013,"multiline":false,"name":"Courier","required":false,"type":"conversation_attribute","updated_at":1766000500,"visible_to_team_ids":["88412"]}],"type":"list"}"#;

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_548: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_549: &str = r#"{"data_type":"boolean","description":"Whether finance approved a refund.","name":"Refund approved"}"#;

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_550: &str = r#"{"data_type":"list","description":"Why the customer sends the order back.","name":"Return reason","options":[{"label":"Damaged in transit"},{"label":"Wrong size"}]}"#;

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_551: &str = r#"{"admin_id":"7301942","archived":false,"created_at":1767974000,"data_type":"boolean","description":"Whether finance approved a refund.","id":4019,"name":"Refund approved","required":false,"type":"conversation_attribute","updated_at":1767974000,"visible_to_team_ids":[]}"#;

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_552: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_553: &str = r#"{"errors":[{"code":"parameter_invalid","message":"data_type must be one of string, integer, list, decimal, boolean, datetime, relationship, files"}],"request_id":"3e09a9c4-71d2-4b8e-9f06-2c5d8a1b7e09","type":"error.list"}"#;

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_554: &str = r#"{"admin_id":"7301942","archived":false,"created_at":1766000000,"data_type":"list","description":"Why the customer sends the order back.","id":4012,"name":"Return reason","options":[{"archived":false,"id":"3b1f7c52-9a4e-4d0b-8f26-5c7e1a9d2b40","label":"Damaged in transit"},{"archived":false,"id":"8d2e4a17-6c3b-4f95-a0e8-1b7d9c4f6e23","label":"Wrong size"}],"required":false,"type":"conversation_attribute","updated_at":1767900000,"visible_to_team_ids":[]}"#;

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_555: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_556: &str = r#"{"errors":[{"code":"not_found","message":"Conversation attribute not found"}],"request_id":"3e10a9c4-71d2-4b8e-9f06-2c5d8a1b7e10","type":"error.list"}"#;

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_557: &str = r#"{"description":"Why the customer returns the order.","required":true}"#;

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_558: &str = r#"{"admin_id":"7301942","archived":false,"created_at":1766000000,"data_type":"list","description":"Why the customer returns the order.","id":4012,"name":"Return reason","options":[{"archived":false,"id":"3b1f7c52-9a4e-4d0b-8f26-5c7e1a9d2b40","label":"Damaged in transit"},{"archived":false,"id":"8d2e4a17-6c3b-4f95-a0e8-1b7d9c4f6e23","label":"Wrong size"}],"required":true,"type":"conversation_attribute","updated_at":1767974500,"visible_to_team_ids":[]}"#;

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_559: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_560: &str = r#"{"errors":[{"code":"not_found","message":"Conversation attribute not found"}],"request_id":"3e11a9c4-71d2-4b8e-9f06-2c5d8a1b7e11","type":"error.list"}"#;

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_561: &str = r#"{"admin_id":"7301942","archived":true,"created_at":1766000500,"data_type":"string","description":"The courier that delivered the parcel.","id":4013,"multiline":false,"name":"Courier","required":false,"type":"conversation_attribute","updated_at":1767974600,"visible_to_team_ids":["88412"]}"#;

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_562: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_563: &str = r#"{"errors":[{"code":"not_found","message":"Conversation attribute not found"}],"request_id":"3e12a9c4-71d2-4b8e-9f06-2c5d8a1b7e12","type":"error.list"}"#;

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_564: &str = r#"{"label":"Changed my mind"}"#;

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_565: &str = r#"{"admin_id":"7301942","archived":false,"created_at":1766000000,"data_type":"list","description":"Why the customer sends the order back.","id":4012,"name":"Return reason","options":[{"archived":false,"id":"3b1f7c52-9a4e-4d0b-8f26-5c7e1a9d2b40","label":"Damaged in transit"},{"archived":false,"id":"8d2e4a17-6c3b-4f95-a0e8-1b7d9c4f6e23","label":"Wrong size"},{"archived":false,"id":"c5a9e3f1-2b7d-4e68-9d14-7f0b3a6c8e51","label":"Changed my mind"}],"required":false,"type":"conversation_attribute","updated_at":1767974700,"visible_to_team_ids":[]}"#;

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_566: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_567: &str = r#"{"errors":[{"code":"not_found","message":"Conversation attribute not found"}],"request_id":"3e13a9c4-71d2-4b8e-9f06-2c5d8a1b7e13","type":"error.list"}"#;

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_568: &str = r#"{"errors":[{"code":"parameter_invalid","message":"Options can only be added to list attributes"}],"request_id":"3e14a9c4-71d2-4b8e-9f06-2c5d8a1b7e14","type":"error.list"}"#;

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_569: &str = r#"{"label":"Damaged during delivery"}"#;

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_570: &str = r#"{"admin_id":"7301942","archived":false,"created_at":1766000000,"data_type":"list","description":"Why the customer sends the order back.","id":4012,"name":"Return reason","options":[{"archived":false,"id":"3b1f7c52-9a4e-4d0b-8f26-5c7e1a9d2b40","label":"Damaged during delivery"},{"archived":false,"id":"8d2e4a17-6c3b-4f95-a0e8-1b7d9c4f6e23","label":"Wrong size"}],"required":false,"type":"conversation_attribute","updated_at":1767974800,"visible_to_team_ids":[]}"#;

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_571: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_572: &str = r#"{"errors":[{"code":"not_found","message":"Option not found"}],"request_id":"3e15a9c4-71d2-4b8e-9f06-2c5d8a1b7e15","type":"error.list"}"#;

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_573: &str = r#"{"errors":[{"code":"parameter_invalid","message":"label cannot be blank"}],"request_id":"3e16a9c4-71d2-4b8e-9f06-2c5d8a1b7e16","type":"error.list"}"#;

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_574: &str = r#"{"admin_id":"7301942","archived":false,"created_at":1766000000,"data_type":"list","description":"Why the customer sends the order back.","id":4012,"name":"Return reason","options":[{"archived":false,"id":"3b1f7c52-9a4e-4d0b-8f26-5c7e1a9d2b40","label":"Damaged in transit"},{"archived":true,"id":"8d2e4a17-6c3b-4f95-a0e8-1b7d9c4f6e23","label":"Wrong size"}],"required":false,"type":"conversation_attribute","updated_at":1767974900,"visible_to_team_ids":[]}"#;

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_575: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_576: &str = r#"{"errors":[{"code":"not_found","message":"Option not found"}],"request_id":"3e17a9c4-71d2-4b8e-9f06-2c5d8a1b7e17","type":"error.list"}"#;

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_577: &str = r#"{"errors":[{"code":"parameter_invalid","message":"Options can only be archived on list attributes"}],"request_id":"3e18a9c4-71d2-4b8e-9f06-2c5d8a1b7e18","type":"error.list"}"#;

#[cfg(feature = "custom_object_instances")]
const EXAMPLE_578: &str = r#"{"data":[{"created_at":1767949260,"custom_attributes":{"currency":"EUR","status":"delivered","total_amount":"1249.00"},"external_created_at":1767604800,"external_id":"NW-20931","external_updated_at":1767949200,"id":"40117","type":"Order","updated_at":1767949260},{"created_at":1766400000,"custom_attributes":{"currency":"EUR","status":"refunded","total_amount":"89.50"},"external_created_at":null,"external_id":"NW-19877","external_updated_at":null,"id":"40098","type":"Order","updated_at":1766400000}],"pages":{"next":null,"page":1,"per_page":20,"total_pages":1,"type":"pages"},"total_count":2,"type":"list"}"#;

#[cfg(feature = "custom_object_instances")]
const EXAMPLE_579: &str = r#"{"created_at":1767949260,"custom_attributes":{"currency":"EUR","status":"delivered","total_amount":"1249.00"},"external_created_at":1767604800,"external_id":"NW-20931","external_updated_at":1767949200,"id":"40117","type":"Order","updated_at":1767949260}"#;

#[cfg(feature = "custom_object_instances")]
const EXAMPLE_580: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "custom_object_instances")]
const EXAMPLE_581: &str = r#"{"errors":[{"code":"not_found","message":"Custom object type `Shipment` not found"}],"request_id":"be715fd3-82a6-4a0c-b9db-e16ac25d374a","type":"error.list"}"#;

#[cfg(feature = "custom_object_instances")]
const EXAMPLE_582: &str = r#"{"custom_attributes":{"currency":"EUR","status":"delivered","total_amount":"1249.00"},"external_created_at":1767604800,"external_id":"NW-20931","external_updated_at":1767949200}"#;

#[cfg(feature = "custom_object_instances")]
const EXAMPLE_583: &str = r#"{"created_at":1767949260,"custom_attributes":{"currency":"EUR","status":"delivered","total_amount":"1249.00"},"external_created_at":1767604800,"external_id":"NW-20931","external_updated_at":1767949200,"id":"40117","type":"Order","updated_at":1767949260}"#;

#[cfg(feature = "custom_object_instances")]
const EXAMPLE_584: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "custom_object_instances")]
const EXAMPLE_585: &str = r#"{"errors":[{"code":"not_found","message":"Custom object type `Shipment` not found"}],"request_id":"be715fd3-82a6-4a0c-b9db-e16ac25d374a","type":"error.list"}"#;

#[cfg(feature = "custom_object_instances")]
const EXAMPLE_586: &str = r#"{"deleted":true,"id":"40098","object":"Order"}"#;

#[cfg(feature = "custom_object_instances")]
const EXAMPLE_587: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "custom_object_instances")]
const EXAMPLE_588: &str = r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"654a556d-0891-59e3-a4a8-b0b324c53bbc","type":"error.list"}"#;

#[cfg(feature = "custom_object_instances")]
const EXAMPLE_589: &str = r#"{"errors":[{"code":"not_found","message":"No Order instance exists with this id"}],"request_id":"cf8260e4-93b7-4b1d-8aec-f27bd36e485b","type":"error.list"}"#;

#[cfg(feature = "custom_object_instances")]
const EXAMPLE_590: &str = r#"{"created_at":1767949260,"custom_attributes":{"currency":"EUR","status":"delivered","total_amount":"1249.00"},"external_created_at":1767604800,"external_id":"NW-20931","external_updated_at":1767949200,"id":"40117","type":"Order","updated_at":1767949260}"#;

#[cfg(feature = "custom_object_instances")]
const EXAMPLE_591: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "custom_object_instances")]
const EXAMPLE_592: &str = r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"654a556d-0891-59e3-a4a8-b0b324c53bbc","type":"error.list"}"#;

#[cfg(feature = "custom_object_instances")]
const EXAMPLE_593: &str = r#"{"errors":[{"code":"not_found","message":"No Order instance exists with this id"}],"request_id":"cf8260e4-93b7-4b1d-8aec-f27bd36e485b","type":"error.list"}"#;

#[cfg(feature = "custom_object_instances")]
const EXAMPLE_594: &str = r#"{"deleted":true,"id":"40117","object":"Order"}"#;

#[cfg(feature = "custom_object_instances")]
const EXAMPLE_595: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "custom_object_instances")]
const EXAMPLE_596: &str = r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"654a556d-0891-59e3-a4a8-b0b324c53bbc","type":"error.list"}"#;

#[cfg(feature = "custom_object_instances")]
const EXAMPLE_597: &str = r#"{"errors":[{"code":"not_found","message":"No Order instance exists with this id"}],"request_id":"cf8260e4-93b7-4b1d-8aec-f27bd36e485b","type":"error.list"}"#;

#[cfg(feature = "data_attributes")]
const EXAMPLE_598: &str = r#"{"data":[{"api_writable":true,"archived":false,"custom":false,"data_type":"string","description":"The contact's email address.","full_name":"email","label":"Email","messenger_writable":true,"model":"contact","name":"email","type":"data_attribute","ui_writable":true},{"admin_id":"7301942","api_writable":true,"archived":false,"created_at":1743465600,"custom":true,"data_type":"string","description":"The bike-care plan the customer pays for.","full_name":"custom_attributes.plan_tier","id":31507,"label":"Plan tier","messenger_writable":false,"model":"contact","name":"plan_tier","options":["Basic","Pro","Fleet"],"type":"data_attribute","ui_writable":true,"updated_at":1756684800}],"type":"list"}"#;

#[cfg(feature = "data_attributes")]
const EXAMPLE_599: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "data_attributes")]
const EXAMPLE_600: &str = r#"{"errors":[{"code":"parameter_invalid","message":"model=conversation is not supported by this endpoint any more"}],"request_id":"52de80bf-9617-434c-8af5-70c2418b6ed9","type":"error.list"}"#;

#[cfg(feature = "data_attributes")]
const EXAMPLE_601: &str = r#"{"data_type":"string","description":"The bike model the customer rides.","messenger_writable":false,"model":"contact","name":"bike_model"}"#;

#[cfg(feature = "data_attributes")]
const EXAMPLE_602: &str = r#"{"data_type":"options","model":"company","name":"fleet_size","options":[{"value":"1-10"},{"value":"11-50"},{"value":"51+"}]}"#;

#[cfg(feature = "data_attributes")]
const EXAMPLE_603: &str = r#"{"admin_id":"7301942","api_writable":true,"archived":false,"created_at":1764590400,"custom":true,"data_type":"string","description":"The bike model the customer rides.","full_name":"custom_attributes.bike_model","id":31522,"label":"bike_model","messenger_writable":false,"model":"contact","name":"bike_model","type":"data_attribute","ui_writable":true,"updated_at":1764590400}"#;

#[cfg(feature = "data_attributes")]
const EXAMPLE_604: &str = r#"{"errors":[{"code":"parameter_invalid","message":"An attribute named 'bike_model' already exists for contacts."}],"request_id":"63ef91c0-a728-445d-9bf0-81d3529a7fea","type":"error.list"}"#;

#[cfg(feature = "data_attributes")]
const EXAMPLE_605: &str = r#"{"errors":[{"code":"parameter_invalid","message":"A list attribute needs at least two options"}],"request_id":"74f0a2d1-b839-456e-8c01-92e463ab80fb","type":"error.list"}"#;

#[cfg(feature = "data_attributes")]
const EXAMPLE_606: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "data_attributes")]
const EXAMPLE_607: &str = r#"{"description":"The bike-care plan the customer currently pays for.","messenger_writable":false}"#;

#[cfg(feature = "data_attributes")]
const EXAMPLE_608: &str = r#"{"options":[{"value":"Basic"},{"value":"Pro"},{"value":"Fleet"}]}"#;

#[cfg(feature = "data_attributes")]
const EXAMPLE_609: &str = r#"{"archived":true}"#;

#[cfg(feature = "data_attributes")]
const EXAMPLE_610: &str = r#"{"admin_id":"7301942","api_writable":true,"archived":false,"created_at":1743465600,"custom":true,"data_type":"string","description":"The bike-care plan the customer currently pays for.","full_name":"custom_attributes.plan_tier","id":31507,"label":"Plan tier","messenger_writable":false,"model":"contact","name":"plan_tier","options":["Basic","Pro","Fleet"],"type":"data_attribute","ui_writable":true,"updated_at":1764590400}"#;

#[cfg(feature = "data_attributes")]
const EXAMPLE_611: &str = r#"{"errors":[{"code":"parameter_invalid","message":"options must be an array"}],"request_id":"8501b3e2-c94a-467f-9d12-a3f574bc910c","type":"error.list"}"#;

#[cfg(feature = "data_attributes")]
const EXAMPLE_612: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "data_attributes")]
const EXAMPLE_613: &str = r#"{"errors":[{"code":"field_not_found","message":"No data attribute found for this id"}],"request_id":"9612c4f3-da5b-4780-ae23-b40685cda21d","type":"error.list"}"#;

#[cfg(feature = "data_attributes")]
const EXAMPLE_614: &str = r#"{"errors":[{"code":"data_invalid","message":"This attribute is used by another object and cannot be archived"}],"request_id":"a723d504-eb6c-4891-bf34-c51796deb32e","type":"error.list"}"#;

#[cfg(feature = "data_connectors")]
const EXAMPLE_615: &str = r#"{"data":[{"created_at":"2026-10-05T09:12:00Z","created_by_admin_id":"7301942","description":"Fetches the shipping status of an order from the warehouse API.","direct_fin_usage":true,"execution_results_url":"/data_connectors/1650/execution_results","http_method":"get","id":"1650","name":"Order status lookup","state":"live","type":"data_connector","updated_at":"2026-11-20T14:30:00Z","updated_by_admin_id":"7301942"},{"created_at":"2026-11-28T10:00:00Z","created_by_admin_id":"7301942","description":null,"direct_fin_usage":false,"execution_results_url":"/data_connectors/1651/execution_results","http_method":"post","id":"1651","name":"Loyalty points balance","state":"draft","type":"data_connector","updated_at":"2026-11-28T10:00:00Z","updated_by_admin_id":"7301942"}],"pages":{"next":{"starting_after":"WzE3NjQzMjQwMDAsMTY1MV0="},"per_page":2,"type":"pages"},"type":"list"}"#;

#[cfg(feature = "data_connectors")]
const EXAMPLE_616: &str = r#"{"errors":[{"code":"parameter_invalid","message":"per_page must be between 1 and 50"}],"request_id":"5e119778-0128-41a8-a238-2c4f19ecc8c8","type":"error.list"}"#;

#[cfg(feature = "data_connectors")]
const EXAMPLE_617: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "data_connectors")]
const EXAMPLE_618: &str = r#"{"audiences":["users","leads"],"body":"{\"customer\": \"{{email}}\"}","data_inputs":[{"description":"Email address of the customer","name":"email","required":true,"type":"string"}],"description":"Reads a customer's points from the loyalty service.","direct_fin_usage":false,"headers":[{"name":"X-Api-Key","value":"lk_live_51b2c3"}],"http_method":"post","name":"Loyalty points balance","url":"https://loyalty.example.org/v2/balance"}"#;

#[cfg(feature = "data_connectors")]
const EXAMPLE_619: &str = r#"{"audiences":["users","leads"],"body":"{\"customer\": \"{{email}}\"}","bypass_authentication":false,"client_function_name":null,"client_function_timeout_ms":null,"created_at":"2026-11-28T10:00:00Z","created_by_admin_id":"7301942","customer_authentication":false,"data_inputs":[{"default_value":"","description":"Email address of the customer","name":"email","required":true,"type":"string"}],"description":"Reads a customer's points from the loyalty service.","direct_fin_usage":false,"execution_results_url":"/data_connectors/1651/execution_results","execution_type":"server_side","headers":[{"name":"X-Api-Key","value":"****"}],"http_method":"post","id":"1651","name":"Loyalty points balance","object_mappings":[],"response_fields":[],"state":"draft","token_ids":[],"type":"data_connector","updated_at":"2026-11-28T10:00:00Z","updated_by_admin_id":null,"url":"https://loyalty.example.org/v2/balance","validate_missing_attributes":null}"#;

#[cfg(feature = "data_connectors")]
const EXAMPLE_620: &str = r#"{"errors":[{"code":"parameter_invalid","message":"http_method must be one of get, post, put, delete, patch"}],"request_id":"5e11b667-014d-41dd-a27f-2c4f19ee61e1","type":"error.list"}"#;

#[cfg(feature = "data_connectors")]
const EXAMPLE_621: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "data_connectors")]
const EXAMPLE_622: &str = r#"{"audiences":["users"],"body":"","bypass_authentication":false,"client_function_name":null,"client_function_timeout_ms":null,"configuration_response_type":"test_response_type","created_at":"2026-10-05T09:12:00Z","created_by_admin_id":"7301942","customer_authentication":false,"data_inputs":[{"default_value":"","description":"Order number printed on the receipt","name":"order_id","required":true,"type":"string"}],"data_transformation_type":"full_access","description":"Fetches the shipping status of an order from the warehouse API.","direct_fin_usage":true,"execution_results_url":"/data_connectors/1650/execution_results","execution_type":"server_side","headers":[{"name":"Authorization","value":"****"}],"http_method":"get","id":"1650","name":"Order status lookup","object_mappings":[{"attribute_mappings":[{"intercom_attribute_identifier":"order_status","mapping_type":"primitive_mapping","response_attribute_path":"status"}],"intercom_object_type":"conversation","reference_mappings":[],"response_object_path":""}],"response_fields":[{"example_value":"shipped","path":"status","redacted":false,"type":"string"},{"example_value":"1Z999AA10123456784","path":"carrier.tracking_number","redacted":false,"type":"string"}],"state":"live","token_ids":["412"],"type":"data_connector","updated_at":"2026-11-20T14:30:00Z","updated_by_admin_id":"7301942","url":"https://warehouse.example.org/api/orders/{{order_id}}","validate_missing_attributes":true}"#;

#[cfg(feature = "data_connectors")]
const EXAMPLE_623: &str = r#"{"errors":[{"code":"parameter_invalid","message":"state_version must be live or draft"}],"request_id":"5e11d556-0172-4212-a2c6-2c4f19effafa","type":"error.list"}"#;

#[cfg(feature = "data_connectors")]
const EXAMPLE_624: &str = r#"{"errors":[{"code":"not_found","message":"Data connector not found"}],"request_id":"5e11f445-0197-4247-a30d-2c4f19f19413","type":"error.list"}"#;

#[cfg(feature = "data_connectors")]
const EXAMPLE_625: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "data_connectors")]
const EXAMPLE_626: &str = r#"{"deleted":true,"id":"1651","object":"data_connector"}"#;

#[cfg(feature = "data_connectors")]
const EXAMPLE_627: &str = r#"{"errors":[{"code":"not_found","message":"Data connector not found"}],"request_id":"5e121334-01bc-427c-a354-2c4f19f32d2c","type":"error.list"}"#;

#[cfg(feature = "data_connectors")]
const EXAMPLE_628: &str = r#"{"errors":[{"code":"conflict","message":"Only draft data connectors that are not in use can be deleted"}],"request_id":"5e123223-01e1-42b1-a39b-2c4f19f4c645","type":"error.list"}"#;

#[cfg(feature = "data_connectors")]
const EXAMPLE_629: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "data_connectors")]
const EXAMPLE_630: &str = r#"{"state":"live"}"#;

#[cfg(feature = "data_connectors")]
const EXAMPLE_631: &str = r#"{"audiences":["users"],"body":"","bypass_authentication":false,"client_function_name":null,"client_function_timeout_ms":null,"configuration_response_type":"test_response_type","created_at":"2026-10-05T09:12:00Z","created_by_admin_id":"7301942","customer_authentication":false,"data_inputs":[{"default_value":"","description":"Order number printed on the receipt","name":"order_id","required":true,"type":"string"}],"data_transformation_type":"full_access","description":"Fetches the shipping status of an order from the warehouse API.","direct_fin_usage":true,"execution_results_url":"/data_connectors/1650/execution_results","execution_type":"server_side","headers":[{"name":"Authorization","value":"****"}],"http_method":"get","id":"1650","name":"Order status lookup","object_mappings":[{"attribute_mappings":[{"intercom_attribute_identifier":"order_status","mapping_type":"primitive_mapping","response_attribute_path":"status"}],"intercom_object_type":"conversation","reference_mappings":[],"response_object_path":""}],"response_fields":[{"example_value":"shipped","path":"status","redacted":false,"type":"string"},{"example_value":"1Z999AA10123456784","path":"carrier.tracking_number","redacted":false,"type":"string"}],"state":"live","token_ids":["412"],"type":"data_connector","updated_at":"2026-11-20T14:30:00Z","updated_by_admin_id":"7301942","url":"https://warehouse.example.org/api/orders/{{order_id}}","validate_missing_attributes":true}"#;

#[cfg(feature = "data_connectors")]
const EXAMPLE_632: &str = r#"{"errors":[{"code":"not_found","message":"Data connector not found"}],"request_id":"5e125112-0206-42e6-a3e2-2c4f19f65f5e","type":"error.list"}"#;

#[cfg(feature = "data_connectors")]
const EXAMPLE_633: &str = r#"{"errors":[{"code":"conflict","message":"The data connector is used by a live workflow"}],"request_id":"5e127001-022b-431b-a429-2c4f19f7f877","type":"error.list"}"#;

#[cfg(feature = "data_connectors")]
const EXAMPLE_634: &str = r#"{"errors":[{"code":"parameter_invalid","message":"Every data input needs a description"}],"request_id":"5e128ef0-0250-4350-a470-2c4f19f99190","type":"error.list"}"#;

#[cfg(feature = "data_connectors")]
const EXAMPLE_635: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "data_connectors")]
const EXAMPLE_636: &str = r#"{"data":[{"conversation_id":"1274","created_at":"2026-11-30T16:02:11Z","data_connector_id":"1650","error_message":null,"execution_time_ms":212,"http_method":"get","http_status":200,"id":"9930117","raw_response_body":"{\"status\":\"shipped\",\"carrier\":{\"tracking_number\":\"1Z999AA10123456784\"}}","request_body":null,"request_url":"https://warehouse.example.org/api/orders/NW-20931","response_body":"{\"status\":\"shipped\"}","source_id":"2210","source_type":"fin","success":true,"type":"data_connector.execution"},{"conversation_id":"1281","created_at":"2026-11-30T16:20:45Z","data_connector_id":"1650","error_message":"The external API answered 404 Not Found.","error_type":"3rd_party_error","execution_time_ms":98,"http_method":"get","http_status":404,"id":"9930120","raw_response_body":null,"request_body":null,"request_url":null,"response_body":null,"source_id":"38214","source_type":"workflow","success":false,"type":"data_connector.execution"}],"pages":{"next":null,"per_page":10,"type":"pages"},"type":"list"}"#;

#[cfg(feature = "data_connectors")]
const EXAMPLE_637: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "data_connectors")]
const EXAMPLE_638: &str = r#"{"errors":[{"code":"parameter_invalid","message":"start_ts must be before end_ts"}],"request_id":"5e12addf-0275-4385-a4b7-2c4f19fb2aa9","type":"error.list"}"#;

#[cfg(feature = "data_connectors")]
const EXAMPLE_639: &str = r#"{"errors":[{"code":"not_found","message":"Data connector not found"}],"request_id":"5e12ccce-029a-43ba-a4fe-2c4f19fcc3c2","type":"error.list"}"#;

#[cfg(feature = "data_connectors")]
const EXAMPLE_640: &str = r#"{"conversation_id":"1274","created_at":"2026-11-30T16:02:11Z","data_connector_id":"1650","error_message":null,"execution_time_ms":212,"http_method":"get","http_status":200,"id":"9930117","raw_response_body":"{\"status\":\"shipped\",\"carrier\":{\"tracking_number\":\"1Z999AA10123456784\"}}","request_body":null,"request_url":"https://warehouse.example.org/api/orders/NW-20931","response_body":"{\"status\":\"shipped\"}","source_id":"2210","source_type":"fin","success":true,"type":"data_connector.execution"}"#;

#[cfg(feature = "data_connectors")]
const EXAMPLE_641: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "data_connectors")]
const EXAMPLE_642: &str = r#"{"errors":[{"code":"not_found","message":"Execution result not found"}],"request_id":"5e12ebbd-02bf-43ef-a545-2c4f19fe5cdb","type":"error.list"}"#;

#[cfg(feature = "ecommerce_connectors")]
const EXAMPLE_643: &str = r#"{"import_job_id":"cat-import-7f3a21","next_part_number":2}"#;

#[cfg(feature = "ecommerce_connectors")]
const EXAMPLE_644: &str = r#"{"import_job_id":"cat-import-7f3a21","message":"The catalog sync has started.","status":"processing"}"#;

#[cfg(feature = "ecommerce_connectors")]
const EXAMPLE_645: &str = r#"{"errors":[{"code":"parameter_invalid","message":"The catalog must be a JSON array of products"}],"request_id":"5e130aac-02e4-4424-a58c-2c4f19fff5f4","type":"error.list"}"#;

#[cfg(feature = "ecommerce_connectors")]
const EXAMPLE_646: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "ecommerce_connectors")]
const EXAMPLE_647: &str = r#"{"errors":[{"code":"not_found","message":"Ecommerce connector not found"}],"request_id":"5e13299b-0309-4459-a5d3-2c4f1a018f0d","type":"error.list"}"#;

#[cfg(feature = "ecommerce_connectors")]
const EXAMPLE_648: &str = r#"{"errors":[{"code":"conflict","message":"A catalog sync is already running for this connector"}],"request_id":"5e13488a-032e-448e-a61a-2c4f1a032826","type":"error.list"}"#;

#[cfg(feature = "ecommerce_connectors")]
const EXAMPLE_649: &str = r#"{"errors":[{"code":"parameter_invalid","message":"Product prod-4410 has no url"}],"request_id":"5e136779-0353-44c3-a661-2c4f1a04c13f","type":"error.list"}"#;

#[cfg(feature = "ecommerce_connectors")]
const EXAMPLE_650: &str = r#"{"errors":[{"code":"service_unavailable","message":"Catalog uploads are temporarily unavailable"}],"request_id":"5e138668-0378-44f8-a6a8-2c4f1a065a58","type":"error.list"}"#;

#[cfg(feature = "data_events")]
const EXAMPLE_651: &str = r#"{"email":"jonah.pike@example.net","events":[{"count":3,"description":"The customer checked out an order.","first":"2025-09-01T08:00:00.000+00:00","last":"2025-12-01T12:00:00.000+00:00","name":"placed-order"},{"count":1,"first":"2025-12-01T13:00:00.000+00:00","last":"2025-12-01T13:00:00.000+00:00","name":"booked-service"}],"intercom_user_id":"66a1f3c2b8e4d70012ab34cd","type":"event.summary","user_id":"nw-cust-4410"}"#;

#[cfg(feature = "data_events")]
const EXAMPLE_652: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "data_events")]
const EXAMPLE_653: &str = r#"{"created_at":1764590400,"event_name":"placed-order","metadata":{"item_count":2,"order_number":"NW-20931","price":{"amount":34900,"currency":"eur"}},"user_id":"nw-cust-4410"}"#;

#[cfg(feature = "data_events")]
const EXAMPLE_654: &str = r#"{"created_at":1764594000,"email":"jonah.pike@example.net","event_name":"booked-service"}"#;

#[cfg(feature = "data_events")]
const EXAMPLE_655: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "data_events")]
const EXAMPLE_656: &str = r#"{"event_summaries":{"count":3,"event_name":"placed-order","first":1756713600,"last":1764590400},"user_id":"nw-cust-4410"}"#;

#[cfg(feature = "data_events")]
const EXAMPLE_657: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "data_export")]
const EXAMPLE_658: &str = r#"{"created_at_after":1761955200,"created_at_before":1764547199}"#;

#[cfg(feature = "data_export")]
const EXAMPLE_659: &str = r#"{"download_expires_at":"","download_url":"","job_identfier":"k2m9x4q7vb","status":"pending"}"#;

#[cfg(feature = "data_export")]
const EXAMPLE_660: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "data_export")]
const EXAMPLE_661: &str = r#"{"download_expires_at":"1768392000","download_url":"https://api.intercom.io/download/content/data/k2m9x4q7vb","job_identfier":"k2m9x4q7vb","status":"completed"}"#;

#[cfg(feature = "data_export")]
const EXAMPLE_662: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "data_export")]
const EXAMPLE_663: &str = r#"{"errors":[{"code":"not_found","message":"No export job found with identifier: r4q8z1k6m2"}],"request_id":"d0937105-a4c8-4c2e-9bfd-038ce4f7596c","type":"error.list"}"#;

#[cfg(feature = "data_export")]
const EXAMPLE_664: &str = r#"{"download_expires_at":"","download_url":"","job_identfier":"k2m9x4q7vb","status":"canceled"}"#;

#[cfg(feature = "data_export")]
const EXAMPLE_665: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "data_export")]
const EXAMPLE_666: &str = r#"{"errors":[{"code":"not_found","message":"No export job found with identifier: r4q8z1k6m2"}],"request_id":"d0937105-a4c8-4c2e-9bfd-038ce4f7596c","type":"error.list"}"#;

#[cfg(feature = "workflows")]
const EXAMPLE_667: &str = r#"{"app_id":6348112,"export_version":"1.0","exported_at":"2026-12-01T07:30:00Z","workflow":{"attributes":[],"created_at":"2026-06-02T08:00:00Z","description":"Sends refund questions to the billing team.","embedded_rules":[],"id":"38214","preferred_devices":["desktop","mobile"],"snapshot":{},"state":"live","target_channels":["web","ios","android"],"targeting":{},"title":"Route refund requests","trigger_type":"customer_sends_first_message","updated_at":"2026-11-15T12:45:00Z"}}"#;

#[cfg(feature = "workflows")]
const EXAMPLE_668: &str = r#"{"errors":[{"code":"not_found","message":"Workflow not found"}],"request_id":"5e13a557-039d-452d-a6ef-2c4f1a07f371","type":"error.list"}"#;

#[cfg(feature = "workflows")]
const EXAMPLE_669: &str = r#"{"errors":[{"code":"forbidden","message":"Workflow export is not available for this workspace"}],"request_id":"5e13c446-03c2-4562-a736-2c4f1a098c8a","type":"error.list"}"#;

#[cfg(feature = "data_export")]
const EXAMPLE_670: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "data_export")]
const EXAMPLE_671: &str = r#"{"errors":[{"code":"not_found","message":"No export job found with identifier: r4q8z1k6m2"}],"request_id":"d0937105-a4c8-4c2e-9bfd-038ce4f7596c","type":"error.list"}"#;

#[cfg(feature = "jobs")]
const EXAMPLE_672: &str = r#"{"id":"4471","resource_id":"5129","resource_type":"ticket","resource_url":"https://api.intercom.io/tickets/5129","status":"success","type":"job","url":"https://api.intercom.io/jobs/status/4471"}"#;

#[cfg(feature = "jobs")]
const EXAMPLE_673: &str = r#"{"id":"4472","resource_id":null,"resource_type":"ticket","resource_url":null,"status":"pending","type":"job","url":"https://api.intercom.io/jobs/status/4472"}"#;

#[cfg(feature = "jobs")]
const EXAMPLE_674: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "jobs")]
const EXAMPLE_675: &str = r#"{"errors":[{"code":"job_not_found","message":"No job found for this id"}],"request_id":"b834e615-fc6d-48a2-8045-d628a7ef043f","type":"error.list"}"#;

#[cfg(feature = "macros")]
const EXAMPLE_676: &str = r#"{"data":[{"available_on":["inbox","messenger"],"body":"<p>Hi <attribute key=\"user.first_name\" default=\"there\"/>, your bike is ready at our <attribute key=\"user.custom_attributes.store\" default=\"nearest\"/> store.</p>","body_text":"Hi {{user.first_name|fallback:\"there\"}}, your bike is ready at our {{user.custom_attributes.store|fallback:\"nearest\"}} store.","created_at":"2025-10-02T09:15:00.000Z","id":"20411","name":"Repair ready for pickup","type":"macro","updated_at":"2025-11-30T16:40:12.000Z","visible_to":"everyone","visible_to_team_ids":[]},{"available_on":["inbox"],"body":"<p>Your refund has been issued and should reach you within 5 working days.</p>","body_text":"Your refund has been issued and should reach you within 5 working days.","created_at":"2025-09-12T11:02:45.000Z","id":"20398","name":"Refund timeline","type":"macro","updated_at":"2025-10-20T08:30:00.000Z","visible_to":"specific_teams","visible_to_team_ids":["88419"]}],"pages":{"next":null,"per_page":50,"type":"pages"},"type":"list"}"#;

#[cfg(feature = "macros")]
const EXAMPLE_677: &str = r#"{"data":[{"available_on":["inbox","messenger"],"body":"<p>Hi <attribute key=\"user.first_name\" default=\"there\"/>, your bike is ready.</p>","body_text":"Hi {{user.first_name|fallback:\"there\"}}, your bike is ready.","created_at":"2025-10-02T09:15:00.000Z","id":"20411","name":"Repair ready for pickup","type":"macro","updated_at":"2025-11-30T16:40:12.000Z","visible_to":"everyone","visible_to_team_ids":[]}],"pages":{"next":{"starting_after":"WzE3NjQ1MjA4MTIsICIyMDQxMSJd"},"per_page":1,"type":"pages"},"type":"list"}"#;

#[cfg(feature = "macros")]
const EXAMPLE_678: &str = r#"{"errors":[{"code":"parameter_invalid","message":"starting_after is not a valid cursor"}],"request_id":"c945f726-0d7e-49b3-9156-e739b8f01540","type":"error.list"}"#;

#[cfg(feature = "macros")]
const EXAMPLE_679: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "macros")]
const EXAMPLE_680: &str = r#"{"errors":[{"code":"forbidden","message":"The read_conversations scope is required for this request"}],"request_id":"da5607a8-1e8f-4ac4-a267-f84ac9012651","type":"error.list"}"#;

#[cfg(feature = "macros")]
const EXAMPLE_681: &str = r#"{"available_on":["inbox","messenger"],"body":"<p>Hi <attribute key=\"user.first_name\" default=\"there\"/>, your bike is ready at our <attribute key=\"user.custom_attributes.store\" default=\"nearest\"/> store.</p>","body_text":"Hi {{user.first_name|fallback:\"there\"}}, your bike is ready at our {{user.custom_attributes.store|fallback:\"nearest\"}} store.","created_at":"2025-10-02T09:15:00.000Z","id":"20411","name":"Repair ready for pickup","type":"macro","updated_at":"2025-11-30T16:40:12.000Z","visible_to":"everyone","visible_to_team_ids":[]}"#;

#[cfg(feature = "macros")]
const EXAMPLE_682: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "macros")]
const EXAMPLE_683: &str = r#"{"errors":[{"code":"forbidden","message":"The read_conversations scope is required for this request"}],"request_id":"eb6718b9-2f90-4bd5-b378-095bda123762","type":"error.list"}"#;

#[cfg(feature = "macros")]
const EXAMPLE_684: &str = r#"{"errors":[{"code":"not_found","message":"Macro not found"}],"request_id":"fc7829ca-30a1-4ce6-8489-1a6ceb234873","type":"error.list"}"#;

#[cfg(feature = "messages")]
const EXAMPLE_685: &str = r#"{"body":"<p>Hi Jonah, we will see you and your bike on Thursday at 10:00.</p>","from":{"id":7301942,"type":"admin"},"message_type":"email","subject":"Your service is booked","template":"personal","to":{"id":"66a1f3c2b8e4d70012ab34cd","type":"user"}}"#;

#[cfg(feature = "messages")]
const EXAMPLE_686: &str = r#"{"body":"Our winter service slots are open, book yours in the app.","create_conversation_without_contact_reply":true,"from":{"id":7301955,"type":"admin"},"message_type":"in_app","to":[{"id":"66a1f3c2b8e4d70012ab34cd","type":"user"},{"id":"66a1f40db8e4d70012ab3511","type":"lead"}]}"#;

#[cfg(feature = "messages")]
const EXAMPLE_687: &str = r#"{"body":"<p>Hi Jonah, we will see you and your bike on Thursday at 10:00.</p>","conversation_id":"1911149811","created_at":1764590400,"id":"873015562","message_type":"email","subject":"Your service is booked","type":"admin_message"}"#;

#[cfg(feature = "messages")]
const EXAMPLE_688: &str = r#"{"errors":[{"code":"parameter_invalid","message":"A body is required for this message"}],"request_id":"0d893adb-41a2-4df7-959a-2b7dfc345984","type":"error.list"}"#;

#[cfg(feature = "messages")]
const EXAMPLE_689: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "messages")]
const EXAMPLE_690: &str = r#"{"errors":[{"code":"api_plan_restricted","message":"An active subscription is needed to send messages."}],"request_id":"1e9a4bec-52b3-4e08-a6ab-3c8e0d456a95","type":"error.list"}"#;

#[cfg(feature = "messages")]
const EXAMPLE_691: &str = r#"{"errors":[{"code":"parameter_not_found","message":"An email message needs a subject"}],"request_id":"2fab5cfd-63c4-4f19-b7bc-4d9f1e567ba6","type":"error.list"}"#;

#[cfg(feature = "messages")]
const EXAMPLE_692: &str = r#"{"events":[{"conversation_id":"1911149830","created_at":1764590400,"id":"ev_201","status":"read","template_name":"service_reminder","type":"broadcast_outbound","updated_at":1764591210,"whatsapp_message_id":"wamid.HBgMMzUzODcxMjM0NTY3FQIAERgSN0UzQjlBQzE0RjIyRDQ1QTdB"},{"conversation_id":"1911149831","created_at":1764590401,"id":"ev_202","status":"failed","template_name":"service_reminder","type":"broadcast_outbound","updated_at":1764590460,"whatsapp_message_id":"wamid.HBgMMzUzODcxMjM0NTk5FQIAERgSQjk0RkQzQTFDMDlFNkIyQ0RF"}],"pages":{"next":null,"per_page":50,"total_pages":1,"type":"pages"},"ruleset_id":"5528301","total_count":2,"type":"list"}"#;

#[cfg(feature = "messages")]
const EXAMPLE_693: &str = r#"{"events":[{"conversation_id":"1911149830","created_at":1764590400,"id":"ev_201","status":"delivered","type":"broadcast_outbound","updated_at":1764590430,"whatsapp_message_id":"wamid.HBgMMzUzODcxMjM0NTY3FQIAERgSN0UzQjlBQzE0RjIyRDQ1QTdB"}],"pages":{"next":{"starting_after":"WzE3NjQ1OTA0MDAsImV2XzIwMSJd"},"per_page":1,"total_pages":3,"type":"pages"},"ruleset_id":"5528301","total_count":3,"type":"list"}"#;

#[cfg(feature = "messages")]
const EXAMPLE_694: &str = r#"{"errors":[{"code":"parameter_not_found","field":"ruleset_id","message":"ruleset_id is required"}],"request_id":"30bc6d0e-74d5-402a-88cd-5ea02f678cb7","type":"error.list"}"#;

#[cfg(feature = "messages")]
const EXAMPLE_695: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "messages")]
const EXAMPLE_696: &str = r#"{"errors":[{"code":"api_plan_restricted","message":"An active subscription is needed for this endpoint."}],"request_id":"41cd7e1f-85e6-413b-99de-6fb130789dc8","type":"error.list"}"#;

#[cfg(feature = "messages")]
const EXAMPLE_697: &str = r#"{"errors":[{"code":"server_error","message":"The request failed because of an internal error; please contact support"}],"request_id":"52de8f20-96f7-424c-8aef-70c241890ed9","type":"error.list"}"#;

#[cfg(feature = "messages")]
const EXAMPLE_698: &str = r#"{"conversation_id":"1911149831","created_at":1764590401,"error":{"details":"The recipient's number is not registered on WhatsApp","message":"Delivery failed"},"message_id":"wamid.HBgMMzUzODcxMjM0NTk5FQIAERgSQjk0RkQzQTFDMDlFNkIyQ0RF","status":"failed","template_name":"service_reminder","type":"broadcast_outbound","updated_at":1764590460}"#;

#[cfg(feature = "messages")]
const EXAMPLE_699: &str = r#"{"conversation_id":"1911149830","created_at":1764590400,"error":null,"message_id":"wamid.HBgMMzUzODcxMjM0NTY3FQIAERgSN0UzQjlBQzE0RjIyRDQ1QTdB","status":"read","template_name":"service_reminder","type":"broadcast_outbound","updated_at":1764591210}"#;

#[cfg(feature = "messages")]
const EXAMPLE_700: &str = r#"{"errors":[{"code":"parameter_not_found","field":"message_id","message":"message_id is required"}],"request_id":"63ef9031-a708-435d-9b00-81d352901fea","type":"error.list"}"#;

#[cfg(feature = "messages")]
const EXAMPLE_701: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "messages")]
const EXAMPLE_702: &str = r#"{"errors":[{"code":"whatsapp_message_not_found","message":"No WhatsApp message found for this id"}],"request_id":"74f0a142-b819-446e-8c11-92e463012afb","type":"error.list"}"#;

#[cfg(feature = "teams")]
const EXAMPLE_703: &str = r#"{"data":[{"admin_id":"7301942","idle":1,"open":6,"snoozed":2,"type":"team_metric"},{"admin_id":"7301955","idle":0,"open":4,"snoozed":1,"type":"team_metric"}],"type":"team_metric.list"}"#;

#[cfg(feature = "teams")]
const EXAMPLE_704: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "teams")]
const EXAMPLE_705: &str = r#"{"errors":[{"code":"api_plan_restricted","message":"Real-time monitoring is not enabled for this workspace."}],"request_id":"8501b253-c92a-457f-9d22-a3f574012a0c","type":"error.list"}"#;

#[cfg(feature = "teams")]
const EXAMPLE_706: &str = r#"{"errors":[{"code":"team_not_found","message":"No team found for this id"}],"request_id":"9612c364-da3b-4680-ae33-b40685123b1d","type":"error.list"}"#;

#[cfg(feature = "news")]
const EXAMPLE_707: &str = r#"{"data":[{"body":"<p>Book a full service before 20 December and get new brake pads fitted free.</p>","cover_image_url":"https://static.example.com/news/winter.png","created_at":1795590000,"deliver_silently":false,"id":"41877","labels":["Offer","Service"],"newsfeed_assignments":[{"newsfeed_id":3301,"published_at":1795600000}],"reactions":["👍","🎉"],"sender_id":7301942,"state":"live","title":"Winter service weeks are here","type":"news-item","updated_at":1795600000,"workspace_id":"k7t2qz9x"},{"body":"<p>Three new cargo models arrive in spring.</p>","cover_image_url":null,"created_at":1795650000,"deliver_silently":true,"id":"41880","labels":[],"newsfeed_assignments":[{"newsfeed_id":3301}],"reactions":[],"sender_id":7301955,"state":"draft","title":"New cargo bike range","type":"news-item","updated_at":1795650000,"workspace_id":"k7t2qz9x"}],"pages":{"page":1,"per_page":10,"total_pages":1,"type":"pages"},"total_count":2,"type":"list"}"#;

#[cfg(feature = "news")]
const EXAMPLE_708: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "news")]
const EXAMPLE_709: &str = r#"{"body":"<p>Book a full service before 20 December and get new brake pads fitted free.</p>","deliver_silently":false,"labels":["Offer","Service"],"newsfeed_assignments":[{"newsfeed_id":3301,"published_at":1795600000}],"reactions":["👍","🎉"],"sender_id":7301942,"state":"live","title":"Winter service weeks are here"}"#;

#[cfg(feature = "news")]
const EXAMPLE_710: &str = r#"{"body":"<p>Book a full service before 20 December and get new brake pads fitted free.</p>","cover_image_url":"https://static.example.com/news/winter.png","created_at":1795590000,"deliver_silently":false,"id":"41877","labels":["Offer","Service"],"newsfeed_assignments":[{"newsfeed_id":3301,"published_at":1795600000}],"reactions":["👍","🎉"],"sender_id":7301942,"state":"live","title":"Winter service weeks are here","type":"news-item","updated_at":1795600000,"workspace_id":"k7t2qz9x"}"#;

#[cfg(feature = "news")]
const EXAMPLE_711: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "news")]
const EXAMPLE_712: &str = r#"{"body":"<p>Book a full service before 20 December and get new brake pads fitted free.</p>","cover_image_url":"https://static.example.com/news/winter.png","created_at":1795590000,"deliver_silently":false,"id":"41877","labels":["Offer","Service"],"newsfeed_assignments":[{"newsfeed_id":3301,"published_at":1795600000}],"reactions":["👍","🎉"],"sender_id":7301942,"state":"live","title":"Winter service weeks are here","type":"news-item","updated_at":1795600000,"workspace_id":"k7t2qz9x"}"#;

#[cfg(feature = "news")]
const EXAMPLE_713: &str = r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"d01eb154-0b82-5fb9-90f9-b44426517610","type":"error.list"}"#;

#[cfg(feature = "news")]
const EXAMPLE_714: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "news")]
const EXAMPLE_715: &str = r#"{"sender_id":7301942,"title":"Winter service weeks: free brake pads"}"#;

#[cfg(feature = "news")]
const EXAMPLE_716: &str = r#"{"body":"<p>Book a full service before 20 December and get new brake pads fitted free.</p>","cover_image_url":"https://static.example.com/news/winter.png","created_at":1795590000,"deliver_silently":false,"id":"41877","labels":["Offer","Service"],"newsfeed_assignments":[{"newsfeed_id":3301,"published_at":1795600000}],"reactions":["👍","🎉"],"sender_id":7301942,"state":"live","title":"Winter service weeks: free brake pads","type":"news-item","updated_at":1795705500,"workspace_id":"k7t2qz9x"}"#;

#[cfg(feature = "news")]
const EXAMPLE_717: &str = r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"bfadd21b-7792-5482-890d-55e1b9b29570","type":"error.list"}"#;

#[cfg(feature = "news")]
const EXAMPLE_718: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "news")]
const EXAMPLE_719: &str = r#"{"deleted":true,"id":"41877","object":"news-item"}"#;

#[cfg(feature = "news")]
const EXAMPLE_720: &str = r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"cfa311aa-0127-5a80-9e67-e365dea5b579","type":"error.list"}"#;

#[cfg(feature = "news")]
const EXAMPLE_721: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "news")]
const EXAMPLE_722: &str = r#"{"data":[{"body":"<p>Book a full service before 20 December and get new brake pads fitted free.</p>","cover_image_url":"https://static.example.com/news/winter.png","created_at":1795590000,"deliver_silently":false,"id":"41877","labels":["Offer","Service"],"newsfeed_assignments":[{"newsfeed_id":3301,"published_at":1795600000}],"reactions":["👍","🎉"],"sender_id":7301942,"state":"live","title":"Winter service weeks are here","type":"news-item","updated_at":1795600000,"workspace_id":"k7t2qz9x"}],"pages":{"page":1,"per_page":10,"total_pages":1,"type":"pages"},"total_count":1,"type":"list"}"#;

#[cfg(feature = "news")]
const EXAMPLE_723: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "news")]
const EXAMPLE_724: &str = r#"{"data":[{"created_at":1760000000,"id":"3301","name":"Customers","type":"newsfeed","updated_at":1790000000},{"created_at":1770000000,"id":"3305","name":"Dealers","type":"newsfeed","updated_at":1770000000}],"pages":{"page":1,"per_page":10,"total_pages":1,"type":"pages"},"total_count":2,"type":"list"}"#;

#[cfg(feature = "news")]
const EXAMPLE_725: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "news")]
const EXAMPLE_726: &str = r#"{"created_at":1760000000,"id":"3301","name":"Customers","type":"newsfeed","updated_at":1790000000}"#;

#[cfg(feature = "news")]
const EXAMPLE_727: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "notes")]
const EXAMPLE_728: &str = r#"{"author":{"avatar":"https://static.example.com/avatars/aoife.png","away_mode_enabled":false,"away_mode_reassign":false,"away_status_reason_id":null,"email":"aoife@northwind-cycles.example.com","has_inbox_seat":false,"id":"7301942","job_title":"Support lead","name":"Aoife Byrne","role":{"id":"3","name":"Support agent","type":"role"},"team_ids":[5017],"team_priority_level":{"primary_team_ids":[5017],"secondary_team_ids":[5020]},"type":"admin"},"body":"<p>Asked about a family bike rack.</p>","company":null,"contact":{"id":"66a1f3c2b8e4d70012ab34cd","type":"contact"},"created_at":1767962400,"id":"5510932","type":"note"}"#;

#[cfg(feature = "notes")]
const EXAMPLE_729: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "notes")]
const EXAMPLE_730: &str = r#"{"errors":[{"code":"not_found","message":"Note not found"}],"request_id":"b1e00047-4c2d-4f8a-9b6e-679869ca0194","type":"error.list"}"#;

#[cfg(feature = "identity_verification_secrets")]
const EXAMPLE_731: &str = r#"{"data":[{"created_at":1767225600,"id":"77","name":"Messenger web 2026","supports_android":false,"supports_ios":false,"supports_web":true,"type":"identity_verification_secret"},{"created_at":1735689600,"id":"64","name":"Mobile apps","supports_android":true,"supports_ios":true,"supports_web":false,"type":"identity_verification_secret"}],"type":"list"}"#;

#[cfg(feature = "identity_verification_secrets")]
const EXAMPLE_732: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "identity_verification_secrets")]
const EXAMPLE_733: &str = r#"{"name":"Messenger web 2026","supports_web":true}"#;

#[cfg(feature = "identity_verification_secrets")]
const EXAMPLE_734: &str = r#"{"created_at":1767225600,"id":"77","name":"Messenger web 2026","secret":"3mQh8rT2vXw6yB1nK9pL4sD7fG0jZ5cA2eR8uI6oV1w","supports_android":false,"supports_ios":false,"supports_web":true,"type":"identity_verification_secret"}"#;

#[cfg(feature = "identity_verification_secrets")]
const EXAMPLE_735: &str = r#"{"errors":[{"code":"parameter_invalid","message":"At least one of supports_android, supports_ios or supports_web must be true"}],"request_id":"5e13e335-03e7-4597-a77d-2c4f1a0b25a3","type":"error.list"}"#;

#[cfg(feature = "identity_verification_secrets")]
const EXAMPLE_736: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "identity_verification_secrets")]
const EXAMPLE_737: &str = r#"{"errors":[{"code":"not_found","message":"Identity verification secret not found"}],"request_id":"5e140224-040c-45cc-a7c4-2c4f1a0cbebc","type":"error.list"}"#;

#[cfg(feature = "identity_verification_secrets")]
const EXAMPLE_738: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "segments")]
const EXAMPLE_739: &str = r#"{"pages":{},"segments":[{"count":214,"created_at":1735776000,"id":"66a1f4e6b8e4d70012ab3610","name":"Active riders","person_type":"user","type":"segment","updated_at":1767962400}],"type":"segment.list"}"#;

#[cfg(feature = "segments")]
const EXAMPLE_740: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "segments")]
const EXAMPLE_741: &str = r#"{"created_at":1735776000,"id":"66a1f4e6b8e4d70012ab3610","name":"Active riders","person_type":"user","type":"segment","updated_at":1767962400}"#;

#[cfg(feature = "segments")]
const EXAMPLE_742: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "segments")]
const EXAMPLE_743: &str = r#"{"errors":[{"code":"not_found","message":"Segment not found"}],"request_id":"b1e00048-4c2d-4f8a-9b6e-8efee0690194","type":"error.list"}"#;

#[cfg(feature = "subscription_types")]
const EXAMPLE_744: &str = r#"{"data":[{"consent_type":"opt_in","content_types":["email"],"default_translation":{"description":"Monthly news about new routes and bikes.","locale":"en","name":"Product newsletter"},"id":"218004","state":"live","translations":[{"description":"Monthly news about new routes and bikes.","locale":"en","name":"Product newsletter"},{"description":"Novedades mensuales sobre rutas y bicicletas.","locale":"es","name":"Boletín de producto"}],"type":"subscription"}],"type":"list"}"#;

#[cfg(feature = "subscription_types")]
const EXAMPLE_745: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "switch")]
const EXAMPLE_746: &str = r#"{"custom_attributes":{"callback_reason":"Billing","open_orders":2},"phone":"+353871234567"}"#;

#[cfg(feature = "switch")]
const EXAMPLE_747: &str = r#"{"phone":"+353871234567","type":"phone_call_redirect"}"#;

#[cfg(feature = "switch")]
const EXAMPLE_748: &str = r#"{"error_key":"invalid_phone_number","message":"The phone number is not valid"}"#;

#[cfg(feature = "switch")]
const EXAMPLE_749: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "switch")]
const EXAMPLE_750: &str = r#"{"error_key":"unprocessable_entity","message":"The SMS could not be sent to this number"}"#;

#[cfg(feature = "calls")]
const EXAMPLE_751: &str = r#"{"data":[{"admin_id":"7301942","answered_at":1767950012,"call_type":"phone","contact_id":"66a1f3c2b8e4d70012ab34cd","conversation_id":"1274","created_at":1767950000,"direction":"inbound","duration":380,"ended_at":1767950380,"ended_reason":"customer_hung_up","fin_recording_url":null,"fin_transcription_url":null,"hold_time":16,"id":"880412","initiated_at":1767950000,"phone":"+4930123456","queue_time":12,"recording_url":"https://api.intercom.io/calls/880412/recording","state":"completed","talk_time":352,"transcription_url":"https://api.intercom.io/calls/880412/transcript","type":"call","updated_at":1767950400}],"pages":{"page":1,"per_page":25,"total_pages":1,"type":"pages"},"total_count":1,"type":"list"}"#;

#[cfg(feature = "calls")]
const EXAMPLE_752: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "calls")]
const EXAMPLE_753: &str = r#"{"admin_id":"7301942","answered_at":1767950012,"call_type":"phone","contact_id":"66a1f3c2b8e4d70012ab34cd","conversation_id":"1274","created_at":1767950000,"direction":"inbound","duration":380,"ended_at":1767950380,"ended_reason":"customer_hung_up","fin_recording_url":null,"fin_transcription_url":null,"hold_time":16,"id":"880412","initiated_at":1767950000,"phone":"+4930123456","queue_time":12,"recording_url":"https://api.intercom.io/calls/880412/recording","state":"completed","talk_time":352,"transcription_url":"https://api.intercom.io/calls/880412/transcript","type":"call","updated_at":1767950400}"#;

#[cfg(feature = "calls")]
const EXAMPLE_754: &str = r#"{"errors":[{"code":"not_found","message":"Call not found"}],"request_id":"5e142113-0431-4601-a80b-2c4f1a0e57d5","type":"error.list"}"#;

#[cfg(feature = "calls")]
const EXAMPLE_755: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "calls")]
const EXAMPLE_756: &str = r#"{"errors":[{"code":"not_found","message":"Resource not found"}],"request_id":"5e144002-0456-4636-a852-2c4f1a0ff0ee","type":"error.list"}"#;

#[cfg(feature = "calls")]
const EXAMPLE_757: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "calls")]
const EXAMPLE_758: &str = r#"{"errors":[{"code":"not_found","message":"Transcript not found"}],"request_id":"5e145ef1-047b-466b-a899-2c4f1a118a07","type":"error.list"}"#;

#[cfg(feature = "calls")]
const EXAMPLE_759: &str = r#"{"conversation_ids":["1274","1281"]}"#;

#[cfg(feature = "calls")]
const EXAMPLE_760: &str = r#"{"data":[{"admin_id":"7301942","answered_at":1767950012,"call_type":"phone","contact_id":"66a1f3c2b8e4d70012ab34cd","conversation_id":"1274","created_at":1767950000,"direction":"inbound","duration":380,"ended_at":1767950380,"ended_reason":"customer_hung_up","fin_recording_url":null,"fin_transcription_url":null,"hold_time":16,"id":"880412","initiated_at":1767950000,"phone":"+4930123456","queue_time":12,"recording_url":"https://api.intercom.io/calls/880412/recording","state":"completed","talk_time":352,"transcript":[{"speaker":"customer","start_ms":0,"text":"Where is my order NW-20931?"},{"speaker":"agent","start_ms":4100,"text":"It left our warehouse yesterday."}],"transcript_status":"completed","transcription_url":"https://api.intercom.io/calls/880412/transcript","type":"call","updated_at":1767950400}],"type":"list"}"#;

#[cfg(feature = "calls")]
const EXAMPLE_761: &str = r#"{"errors":[{"code":"parameter_invalid","message":"conversation_ids must contain between 1 and 20 ids"}],"request_id":"5e147de0-04a0-46a0-a8e0-2c4f1a132320","type":"error.list"}"#;

#[cfg(feature = "calls")]
const EXAMPLE_762: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "tags")]
const EXAMPLE_763: &str = r#"{"data":[{"id":"730122","name":"VIP","type":"tag"},{"id":"730188","name":"Fleet trial","type":"tag"}],"type":"list"}"#;

#[cfg(feature = "tags")]
const EXAMPLE_764: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "tags")]
const EXAMPLE_765: &str = r#"{"name":"VIP"}"#;

#[cfg(feature = "tags")]
const EXAMPLE_766: &str = r#"{"companies":[{"id":"66a1f40ab8e4d70012ab3501","untag":true}],"name":"VIP"}"#;

#[cfg(feature = "tags")]
const EXAMPLE_767: &str = r#"{"name":"VIP","users":[{"id":"66a1f3c2b8e4d70012ab34cd"},{"id":"66a1f3d9b8e4d70012ab34e2"}]}"#;

#[cfg(feature = "tags")]
const EXAMPLE_768: &str = r#"{"companies":null,"id":"730122","name":"VIP","type":"tag","users":null}"#;

#[cfg(feature = "tags")]
const EXAMPLE_769: &str = r#"{"errors":[{"code":"parameter_invalid","message":"name must not be blank"}],"request_id":"b1e00049-4c2d-4f8a-9b6e-b39be9d00190","type":"error.list"}"#;

#[cfg(feature = "tags")]
const EXAMPLE_770: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "tags")]
const EXAMPLE_771: &str = r#"{"id":"730122","name":"VIP","type":"tag"}"#;

#[cfg(feature = "tags")]
const EXAMPLE_772: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "tags")]
const EXAMPLE_773: &str = r#"{"errors":[{"code":"not_found","message":"Tag not found"}],"request_id":"b1e00050-4c2d-4f8a-9b6e-0c32793a0194","type":"error.list"}"#;

#[cfg(feature = "tags")]
const EXAMPLE_774: &str = r#"{"errors":[{"code":"tag_has_dependent_objects","message":"The tag is used by a message rule and cannot be deleted"}],"request_id":"b1e00052-4c2d-4f8a-9b6e-af8dbbee0190","type":"error.list"}"#;

#[cfg(feature = "tags")]
const EXAMPLE_775: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "tags")]
const EXAMPLE_776: &str = r#"{"errors":[{"code":"not_found","message":"Tag not found"}],"request_id":"b1e00051-4c2d-4f8a-9b6e-af8dbbee0194","type":"error.list"}"#;

#[cfg(feature = "teams")]
const EXAMPLE_777: &str = r#"{"teams":[{"admin_ids":[7301942,7301955],"admin_priority_level":{"primary_admin_ids":[7301942],"secondary_admin_ids":[7301955]},"assignment_limit":8,"distribution_method":"load_balanced","id":"88412","name":"Tier 1 Support","type":"team"},{"admin_ids":[7301955,7301968],"distribution_method":"round_robin","id":"88419","name":"Billing","type":"team"}],"type":"team.list"}"#;

#[cfg(feature = "teams")]
const EXAMPLE_778: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "teams")]
const EXAMPLE_779: &str = r#"{"admin_ids":[7301942,7301955],"admin_priority_level":{"primary_admin_ids":[7301942],"secondary_admin_ids":[7301955]},"assignment_limit":8,"distribution_method":"load_balanced","id":"88412","name":"Tier 1 Support","type":"team"}"#;

#[cfg(feature = "teams")]
const EXAMPLE_780: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "teams")]
const EXAMPLE_781: &str = r#"{"errors":[{"code":"team_not_found","message":"No team found for this id"}],"request_id":"a723d475-eb4c-4791-bf44-c51796234c2e","type":"error.list"}"#;

#[cfg(feature = "teams")]
const EXAMPLE_782: &str = r#"{"admin_ids":[7301942,7301955,7301968],"admin_priority_level":{"primary_admin_ids":[7301942,7301968],"secondary_admin_ids":[7301955]}}"#;

#[cfg(feature = "teams")]
const EXAMPLE_783: &str = r#"{"admin_ids":[7301942,7301955]}"#;

#[cfg(feature = "teams")]
const EXAMPLE_784: &str = r#"{"admin_ids":[7301942,7301955,7301968],"admin_priority_level":{"primary_admin_ids":[7301942,7301968],"secondary_admin_ids":[7301955]},"assignment_limit":8,"distribution_method":"load_balanced","id":"88412","name":"Tier 1 Support","type":"team"}"#;

#[cfg(feature = "teams")]
const EXAMPLE_785: &str = r#"{"errors":[{"code":"parameter_invalid","message":"admin_priority_level names 7301999, who is neither on the team nor in admin_ids"}],"request_id":"b834e586-fc5d-4892-8055-d628a7345d3f","type":"error.list"}"#;

#[cfg(feature = "teams")]
const EXAMPLE_786: &str = r#"{"errors":[{"code":"parameter_invalid","message":"Only the members and their priority levels can be changed; the request changed name"}],"request_id":"c945f697-0d6e-49a3-9166-e739b8456e40","type":"error.list"}"#;

#[cfg(feature = "teams")]
const EXAMPLE_787: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "teams")]
const EXAMPLE_788: &str = r#"{"errors":[{"code":"api_plan_restricted","message":"Changing team members through the API is not available for this workspace"}],"request_id":"da5607b8-1e7f-4ab4-a277-f84ac9567f51","type":"error.list"}"#;

#[cfg(feature = "teams")]
const EXAMPLE_789: &str = r#"{"errors":[{"code":"forbidden","message":"You are not allowed to change the members of this team"}],"request_id":"eb6718c9-2f80-4bc5-b388-095bda678062","type":"error.list"}"#;

#[cfg(feature = "teams")]
const EXAMPLE_790: &str = r#"{"errors":[{"code":"team_not_found","message":"No team found for this id"}],"request_id":"fc7829da-3091-4cd6-8499-1a6ceb789173","type":"error.list"}"#;

#[cfg(feature = "teams")]
const EXAMPLE_791: &str = r#"{"errors":[{"code":"conflict","message":"Another request is changing this team's members; nothing was changed, send the request again."}],"request_id":"0d893aeb-41a2-4de7-95aa-2b7dfc8a0284","type":"error.list"}"#;

#[cfg(feature = "teams")]
const EXAMPLE_792: &str = r#"{"errors":[{"code":"conflict","message":"The team's members kept changing, so this request is partly applied; read the team before retrying."}],"request_id":"1e9a4bfc-52b3-4ef8-a6bb-3c8e0d9b1395","type":"error.list"}"#;

#[cfg(feature = "ticket_states")]
const EXAMPLE_793: &str = r#"{"data":[{"archived":false,"category":"submitted","external_label":"Received","id":"5120","internal_label":"Submitted","ticket_types":{"data":[{"archived":false,"category":"Customer","description":"A parcel arrived broken or incomplete.","icon":"📦","id":"41","is_internal":false,"name":"Damaged delivery","type":"ticket_type"}],"type":"list"},"type":"ticket_state"},{"archived":false,"category":"in_progress","external_label":"Being handled","id":"5121","internal_label":"With warehouse team","ticket_types":{"data":[{"archived":false,"category":"Customer","description":"A parcel arrived broken or incomplete.","icon":"📦","id":"41","is_internal":false,"name":"Damaged delivery","type":"ticket_type"}],"type":"list"},"type":"ticket_state"},{"archived":false,"category":"waiting_on_customer","external_label":"Waiting on you","id":"5122","internal_label":"Awaiting photos","ticket_types":{"data":[],"type":"list"},"type":"ticket_state"},{"archived":false,"category":"resolved","external_label":"Resolved","id":"5123","internal_label":"Resolved","ticket_types":{"data":[],"type":"list"},"type":"ticket_state"}],"type":"list"}"#;

#[cfg(feature = "ticket_states")]
const EXAMPLE_794: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "ticket_type_attributes")]
const EXAMPLE_795: &str = r#"{"data_type":"list","description":"The courier that delivered the parcel.","list_items":"DHL,An Post,UPS","name":"Courier","visible_on_create":true,"visible_to_contacts":true}"#;

#[cfg(feature = "ticket_type_attributes")]
const EXAMPLE_796: &str = r#"{"archived":false,"created_at":1767975000,"data_type":"list","default":false,"description":"The courier that delivered the parcel.","id":"331","input_options":{"list_items":"DHL,An Post,UPS"},"name":"Courier","order":3,"required_to_create":false,"required_to_create_for_contacts":false,"ticket_type_id":41,"type":"ticket_type_attribute","updated_at":1767975000,"visible_on_create":true,"visible_to_contacts":true,"workspace_id":"k7t2qz9x"}"#;

#[cfg(feature = "ticket_type_attributes")]
const EXAMPLE_797: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "ticket_type_attributes")]
const EXAMPLE_798: &str = r#"{"description":"The order number printed on the parcel label."}"#;

#[cfg(feature = "ticket_type_attributes")]
const EXAMPLE_799: &str = r#"{"archived":false,"created_at":1762251000,"data_type":"string","default":false,"description":"The order number printed on the parcel label.","id":"319","input_options":{"multiline":false},"name":"Order number","order":2,"required_to_create":true,"required_to_create_for_contacts":true,"ticket_type_id":41,"type":"ticket_type_attribute","updated_at":1767975300,"visible_on_create":true,"visible_to_contacts":true,"workspace_id":"k7t2qz9x"}"#;

#[cfg(feature = "ticket_type_attributes")]
const EXAMPLE_800: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "ticket_types")]
const EXAMPLE_801: &str = r#"{"data":[{"archived":false,"category":"Customer","created_at":1762250400,"description":"A parcel arrived broken or incomplete.","icon":"📦","id":"41","is_internal":false,"name":"Damaged delivery","ticket_states":{"data":[{"category":"submitted","external_label":"Received","id":"5120","internal_label":"Submitted","type":"ticket_state"},{"category":"in_progress","external_label":"Being handled","id":"5121","internal_label":"With warehouse team","type":"ticket_state"},{"category":"waiting_on_customer","external_label":"Waiting on you","id":"5122","internal_label":"Awaiting photos","type":"ticket_state"},{"category":"resolved","external_label":"Resolved","id":"5123","internal_label":"Resolved","type":"ticket_state"}],"type":"list"},"ticket_type_attributes":{"ticket_type_attributes":[{"archived":false,"created_at":1762250400,"data_type":"string","default":true,"description":"","id":"311","input_options":{"multiline":false},"name":"_default_title_","order":0,"required_to_create":false,"required_to_create_for_contacts":false,"ticket_type_id":41,"type":"ticket_type_attribute","updated_at":1762250400,"visible_on_create":true,"visible_to_contacts":true,"workspace_id":"k7t2qz9x"},{"archived":false,"created_at":1762250400,"data_type":"string","default":true,"description":"","id":"312","input_options":{"multiline":true},"name":"_default_description_","order":1,"required_to_create":false,"required_to_create_for_contacts":false,"ticket_type_id":41,"type":"ticket_type_attribute","updated_at":1762250400,"visible_on_create":true,"visible_to_contacts":true,"workspace_id":"k7t2qz9x"},{"archived":false,"created_at":1762251000,"data_type":"string","default":false,"description":"The order the parcel belongs to.","id":"319","name":"Order number","order":2,"required_to_create":true,"required_to_create_for_contacts":true,"ticket_type_id":41,"type":"ticket_type_attribute","updated_at":1762251000,"visible_on_create":true,"visible_to_contacts":true,"workspace_id":"k7t2qz9x"}],"type":"ticket_type_attributes.list"},"type":"ticket_type","updated_at":1765929600,"workspace_id":"k7t2qz9x"}],"type":"list"}"#;

#[cfg(feature = "ticket_types")]
const EXAMPLE_802: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "ticket_types")]
const EXAMPLE_803: &str = r#"{"category":"Tracker","description":"Incidents that stop customers from paying.","icon":"🚨","is_internal":false,"name":"Checkout outage"}"#;

#[cfg(feature = "ticket_types")]
const EXAMPLE_804: &str = r#"{"archived":false,"category":"Tracker","created_at":1767942000,"description":"Incidents that stop customers from paying.","icon":"🚨","id":"42","is_internal":false,"name":"Checkout outage","ticket_states":{"data":[{"category":"submitted","external_label":"Submitted","id":"5130","internal_label":"Submitted","type":"ticket_state"},{"category":"in_progress","external_label":"In progress","id":"5131","internal_label":"In progress","type":"ticket_state"},{"category":"resolved","external_label":"Resolved","id":"5132","internal_label":"Resolved","type":"ticket_state"}],"type":"list"},"ticket_type_attributes":{"ticket_type_attributes":[{"archived":false,"created_at":1767942000,"data_type":"string","default":true,"description":"","id":"327","input_options":{"multiline":false},"name":"_default_title_","order":0,"required_to_create":false,"required_to_create_for_contacts":false,"ticket_type_id":42,"type":"ticket_type_attribute","updated_at":1767942000,"visible_on_create":true,"visible_to_contacts":true,"workspace_id":"k7t2qz9x"},{"archived":false,"created_at":1767942000,"data_type":"string","default":true,"description":"","id":"328","input_options":{"multiline":true},"name":"_default_description_","order":1,"required_to_create":false,"required_to_create_for_contacts":false,"ticket_type_id":42,"type":"ticket_type_attribute","updated_at":1767942000,"visible_on_create":true,"visible_to_contacts":true,"workspace_id":"k7t2qz9x"}],"type":"ticket_type_attributes.list"},"type":"ticket_type","updated_at":1767942000,"workspace_id":"k7t2qz9x"}"#;

#[cfg(feature = "ticket_types")]
const EXAMPLE_805: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "ticket_types")]
const EXAMPLE_806: &str = r#"{"archived":false,"category":"Customer","created_at":1762250400,"description":"A parcel arrived broken or incomplete.","icon":"📦","id":"41","is_internal":false,"name":"Damaged delivery","ticket_states":{"data":[{"category":"submitted","external_label":"Received","id":"5120","internal_label":"Submitted","type":"ticket_state"},{"category":"resolved","external_label":"Resolved","id":"5123","internal_label":"Resolved","type":"ticket_state"}],"type":"list"},"ticket_type_attributes":{"ticket_type_attributes":[{"archived":false,"created_at":1762250400,"data_type":"string","default":true,"description":"","id":"311","input_options":{"multiline":false},"name":"_default_title_","order":0,"required_to_create":false,"required_to_create_for_contacts":false,"ticket_type_id":41,"type":"ticket_type_attribute","updated_at":1762250400,"visible_on_create":true,"visible_to_contacts":true,"workspace_id":"k7t2qz9x"},{"archived":false,"created_at":1762251000,"data_type":"string","default":false,"description":"The order the parcel belongs to.","id":"319","name":"Order number","order":2,"required_to_create":true,"required_to_create_for_contacts":true,"ticket_type_id":41,"type":"ticket_type_attribute","updated_at":1762251000,"visible_on_create":true,"visible_to_contacts":true,"workspace_id":"k7t2qz9x"}],"type":"ticket_type_attributes.list"},"type":"ticket_type","updated_at":1765929600,"workspace_id":"k7t2qz9x"}"#;

#[cfg(feature = "ticket_types")]
const EXAMPLE_807: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "ticket_types")]
const EXAMPLE_808: &str = r#"{"icon":"🧰","name":"Damaged or missing item"}"#;

#[cfg(feature = "ticket_types")]
const EXAMPLE_809: &str = r#"{"archived":true}"#;

#[cfg(feature = "ticket_types")]
const EXAMPLE_810: &str = r#"{"archived":false,"category":"Customer","created_at":1762250400,"description":"A parcel arrived broken or incomplete.","icon":"🧰","id":"41","is_internal":false,"name":"Damaged or missing item","ticket_states":{"data":[{"category":"submitted","external_label":"Received","id":"5120","internal_label":"Submitted","type":"ticket_state"}],"type":"list"},"ticket_type_attributes":{"ticket_type_attributes":[{"archived":false,"created_at":1762250400,"data_type":"string","default":true,"description":"","id":"311","input_options":{"multiline":false},"name":"_default_title_","order":0,"required_to_create":false,"required_to_create_for_contacts":false,"ticket_type_id":41,"type":"ticket_type_attribute","updated_at":1762250400,"visible_on_create":true,"visible_to_contacts":true,"workspace_id":"k7t2qz9x"}],"type":"ticket_type_attributes.list"},"type":"ticket_type","updated_at":1767945600,"workspace_id":"k7t2qz9x"}"#;

#[cfg(feature = "ticket_types")]
const EXAMPLE_811: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_812: &str = r#"{"admin_id":"7301942","body":"<p>Warehouse confirmed the frame was packed without foam.</p>","message_type":"note","type":"admin"}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_813: &str = r#"{"admin_id":"7301942","body":"A replacement frame ships tomorrow.","message_type":"comment","type":"admin"}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_814: &str = r#"{"admin_id":"7301942","message_type":"quick_reply","reply_options":[{"text":"Replace the frame","uuid":"2f0c6a8e-5b1d-4e37-9a42-7c81d3e06b59"},{"text":"Refund the order","uuid":"8d4e1b7a-3c69-4f20-b5e8-0a92c7f61d34"}],"type":"admin"}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_815: &str = r#"{"admin_id":"7301942","body":"<p>The payment provider has fixed the outage.</p>","cross_post":true,"message_type":"note","type":"admin"}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_816: &str = r#"{"attachment_urls":["https://files.example.org/uploads/frame-scratch-1.jpg"],"body":"Here are the photos you asked for.","intercom_user_id":"66a1f3c2b8e4d70012ab34cd","message_type":"comment","type":"user"}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_817: &str = r#"{"attachments":[],"author":{"email":"maeve.donnelly@example.com","id":"7301942","name":"Maeve Donnelly","type":"admin"},"body":"<p>Warehouse confirmed the frame was packed without foam.</p>","created_at":1767960000,"id":"20140","part_type":"note","redacted":false,"type":"ticket_part","updated_at":1767960000}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_818: &str = r#"{"attachments":[],"author":{"email":"maeve.donnelly@example.com","id":"7301942","name":"Maeve Donnelly","type":"admin"},"body":"<p>A replacement frame ships tomorrow.</p>","created_at":1767960300,"id":"20141","part_type":"comment","redacted":false,"translations":{"en":"<p>A replacement frame ships tomorrow.</p>","es":"<p>Un cuadro de repuesto sale mañana.</p>","original":"en"},"type":"ticket_part","updated_at":1767960300}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_819: &str = r#"{"attachments":[],"author":{"email":"maeve.donnelly@example.com","id":"7301942","name":"Maeve Donnelly","type":"admin"},"body":null,"created_at":1767960600,"id":"20142","part_type":"quick_reply","redacted":false,"type":"ticket_part","updated_at":1767960600}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_820: &str = r#"{"errors":[{"code":"parameter_mismatch","message":"Contacts cannot reply to back-office tickets"}],"request_id":"0d6b9f43-2e81-4c75-b3a9-61f7e2c084d5","type":"error.list"}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_821: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_822: &str = r#"{"errors":[{"code":"not_found","message":"Resource not found"}],"request_id":"a71c4e08-6f93-4d2b-8e5a-3c09b1d7f624","type":"error.list"}"#;

#[cfg(feature = "tags")]
const EXAMPLE_823: &str = r#"{"admin_id":"7301942","id":"730122"}"#;

#[cfg(feature = "tags")]
const EXAMPLE_824: &str = r#"{"applied_at":1767962400,"applied_by":{"id":"7301942","type":"admin"},"id":"730122","name":"VIP","type":"tag"}"#;

#[cfg(feature = "tags")]
const EXAMPLE_825: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "tags")]
const EXAMPLE_826: &str = r#"{"errors":[{"code":"not_found","message":"Ticket not found"}],"request_id":"b1e00053-4c2d-4f8a-9b6e-75720a1b0194","type":"error.list"}"#;

#[cfg(feature = "tags")]
const EXAMPLE_827: &str = r#"{"admin_id":"7301942"}"#;

#[cfg(feature = "tags")]
const EXAMPLE_828: &str = r#"{"id":"730122","name":"VIP","type":"tag"}"#;

#[cfg(feature = "tags")]
const EXAMPLE_829: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "tags")]
const EXAMPLE_830: &str = r#"{"errors":[{"code":"not_found","message":"Tag not found"}],"request_id":"b1e00054-4c2d-4f8a-9b6e-bb3148a20194","type":"error.list"}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_831: &str = r#"{"conversation_id":"1274"}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_832: &str = r#"{"admin_assignee_id":0,"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"created_at":1767948000,"id":"1274","linked_objects":{"data":[{"category":"Tracker","id":"934","type":"ticket"}],"has_more":false,"total_count":1,"type":"list"},"open":true,"priority":"none","read":true,"snoozed_until":null,"source":{"attachments":[],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The checkout page keeps spinning when I pay.</p>","delivered_as":"customer_initiated","id":"600211734","redacted":false,"subject":"","type":"conversation","url":"https://shop.example.org/checkout"},"state":"open","team_assignee_id":0,"title":null,"type":"conversation","updated_at":1767961200,"waiting_since":1767948000}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_833: &str = r#"{"errors":[{"code":"parameter_not_found","field":"conversation_id","message":"conversation_id must be supplied"}],"request_id":"1c5e7a92-0f34-4d8b-b6e1-28a9d3f70c45","type":"error.list"}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_834: &str = r#"{"errors":[{"code":"invalid_ticket_type","message":"Conversations can only be linked to tracker tickets"}],"request_id":"2d6f8b03-1a45-4e9c-87f2-39b0e4a81d56","type":"error.list"}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_835: &str = r#"{"errors":[{"code":"already_linked_to_tracker","message":"This conversation is already linked to another tracker ticket"}],"request_id":"3e7a9c14-2b56-4fad-98a3-4ac1f5b92e67","type":"error.list"}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_836: &str = r#"{"errors":[{"code":"linked_conversation_limit_exceeded","message":"This tracker ticket cannot accept more linked conversations"}],"request_id":"4f8b0d25-3c67-4b0e-a9b4-5bd206ca3f78","type":"error.list"}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_837: &str = r#"{"errors":[{"code":"intercom_version_invalid","message":"Linking conversations requires a newer Intercom-Version"}],"request_id":"5a9c1e36-4d78-4c1f-b0c5-6ce317db4a89","type":"error.list"}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_838: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_839: &str = r#"{"errors":[{"code":"ticket_not_found","message":"No ticket with id 9999 was found"}],"request_id":"6b0d2f47-5e89-4d20-81d6-7df428ec5b90","type":"error.list"}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_840: &str = r#"{"errors":[{"code":"conversation_not_found","message":"No conversation with id 99999 was found"}],"request_id":"7c1e3058-6f9a-4e31-92e7-8e0539fd6ca1","type":"error.list"}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_841: &str = r#"{"admin_assignee_id":0,"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"created_at":1767948000,"id":"1274","linked_objects":{"data":[],"has_more":false,"total_count":0,"type":"list"},"open":true,"priority":"none","read":true,"snoozed_until":null,"source":{"attachments":[],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The checkout page keeps spinning when I pay.</p>","delivered_as":"customer_initiated","id":"600211734","redacted":false,"subject":"","type":"conversation","url":"https://shop.example.org/checkout"},"state":"open","team_assignee_id":0,"title":null,"type":"conversation","updated_at":1767964800,"waiting_since":1767948000}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_842: &str = r#"{"errors":[{"code":"invalid_ticket_type","message":"Conversations can only be unlinked from tracker tickets"}],"request_id":"8d2f4169-7a0b-4f42-a3f8-9f164a0e7db2","type":"error.list"}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_843: &str = r#"{"errors":[{"code":"intercom_version_invalid","message":"Unlinking conversations requires a newer Intercom-Version"}],"request_id":"9e305a7b-8b1c-4053-b4a9-a0275b1f8ec3","type":"error.list"}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_844: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_845: &str = r#"{"errors":[{"code":"ticket_not_found","message":"No ticket with id 9999 was found"}],"request_id":"af416b8c-9c2d-4164-85ba-b1386c209fd4","type":"error.list"}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_846: &str = r#"{"errors":[{"code":"conversation_not_found","message":"Conversation 1274 is not linked to ticket 934"}],"request_id":"b0527c9d-ad3e-4275-96cb-c2497d31a0e5","type":"error.list"}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_847: &str = r#"{"contacts":[{"id":"66a1f3c2b8e4d70012ab34cd"}],"ticket_attributes":{"Order number":"NW-20931","_default_description_":"The top tube has a deep scratch along its length.","_default_title_":"Frame arrived scratched"},"ticket_type_id":"41"}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_848: &str = r#"{"contacts":[{"email":"tomas.reyes@example.org"}],"created_at":1764547200,"ticket_attributes":{"Order number":"NW-19877","_default_title_":"Missing pedals"},"ticket_type_id":"41"}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_849: &str = r#"{"admin_assignee_id":0,"category":"Customer","contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"created_at":1767950000,"id":"918","is_shared":true,"linked_objects":{"data":[],"has_more":false,"total_count":0,"type":"list"},"open":true,"previous_ticket_state_id":null,"team_assignee_id":0,"ticket_attributes":{"Order number":"NW-20931","_default_description_":"The top tube has a deep scratch along its length.","_default_title_":"Frame arrived scratched"},"ticket_id":"57","ticket_parts":{"ticket_parts":[{"attachments":[],"author":{"email":"operator+k7t2qz9x@intercom.io","id":"7300001","name":"Fin","type":"bot"},"created_at":1767950001,"id":"20117","part_type":"ticket_state_updated_by_admin","previous_ticket_state":"submitted","redacted":false,"ticket_state":"submitted","type":"ticket_part","updated_at":1767950001}],"total_count":1,"type":"ticket_part.list"},"ticket_state":{"category":"submitted","external_label":"Received","id":"5120","internal_label":"Submitted","type":"ticket_state"},"ticket_type":{"archived":false,"category":"Customer","created_at":1762250400,"description":"A parcel arrived broken or incomplete.","icon":"📦","id":"41","is_internal":false,"name":"Damaged delivery","type":"ticket_type","updated_at":1765929600,"workspace_id":"k7t2qz9x"},"type":"ticket","updated_at":1767950002}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_850: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_851: &str = r#"{"contacts":[{"id":"66a1f3c2b8e4d70012ab34cd"}],"ticket_attributes":{"Order number":"NW-20931","_default_title_":"Frame arrived scratched"},"ticket_type_id":"41"}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_852: &str = r#"{"id":"20","resource_id":null,"resource_type":"ticket","resource_url":null,"status":"pending","type":"job","url":"https://api.intercom.io/jobs/status/20"}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_853: &str = r#"{"errors":[{"code":"parameter_invalid","message":"Ticket type not found"}],"request_id":"3e19a9c4-71d2-4b8e-9f06-2c5d8a1b7e19","type":"error.list"}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_854: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_855: &str = r#"{"admin_assignee_id":7301942,"category":"Customer","contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"created_at":1767950000,"id":"918","is_shared":true,"linked_objects":{"data":[{"category":null,"id":"1274","type":"conversation"}],"has_more":false,"total_count":1,"type":"list"},"open":true,"previous_ticket_state_id":"5120","team_assignee_id":88412,"ticket_attributes":{"Order number":"NW-20931","_default_description_":"The top tube has a deep scratch along its length.","_default_title_":"Frame arrived scratched"},"ticket_id":"57","ticket_parts":{"ticket_parts":[{"attachments":[],"author":{"email":"operator+k7t2qz9x@intercom.io","id":"7300001","name":"Fin","type":"bot"},"created_at":1767950001,"id":"20117","part_type":"ticket_state_updated_by_admin","previous_ticket_state":"submitted","redacted":false,"ticket_state":"submitted","type":"ticket_part","updated_at":1767950001},{"assigned_to":{"id":"88412","type":"team"},"attachments":[],"author":{"email":"maeve.donnelly@example.com","id":"7301942","name":"Maeve Donnelly","type":"admin"},"created_at":1767953000,"id":"20121","part_type":"assignment","redacted":false,"type":"ticket_part","updated_at":1767953000},{"app_package_code":"northwind-helpdesk-sync","attachments":[],"author":{"email":"maeve.donnelly@example.com","id":"7301942","name":"Maeve Donnelly","type":"admin"},"created_at":1767953600,"id":"20124","part_type":"ticket_state_updated_by_admin","previous_ticket_state":"submitted","redacted":false,"ticket_state":"in_progress","type":"ticket_part","updated_at":1767953600}],"total_count":3,"type":"ticket_part.list"},"ticket_state":{"category":"in_progress","external_label":"Being handled","id":"5121","internal_label":"With warehouse team","type":"ticket_state"},"ticket_type":{"archived":false,"category":"Customer","created_at":1762250400,"description":"A parcel arrived broken or incomplete.","icon":"📦","id":"41","is_internal":false,"name":"Damaged delivery","type":"ticket_type","updated_at":1765929600,"workspace_id":"k7t2qz9x"},"type":"ticket","updated_at":1767953600}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_856: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_857: &str = r#"{"errors":[{"code":"ticket_not_found","message":"No ticket with id 9999 was found"}],"request_id":"2a4c6e80-1b3d-4f5a-9c7e-0d2f4a6b8c91","type":"error.list"}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_858: &str = r#"{"admin_id":7301942,"assignee_id":"7301955","ticket_state_id":"5121"}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_859: &str = r#"{"snoozed_until":1768125600,"ticket_attributes":{"_default_description_":"Asked the customer for photos of the frame."},"ticket_state_id":"5122"}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_860: &str = r#"{"ticket_state_id":"5131"}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_861: &str = r#"{"admin_assignee_id":7301955,"category":"Customer","contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"created_at":1767950000,"id":"918","is_shared":true,"linked_objects":{"data":[],"has_more":false,"total_count":0,"type":"list"},"open":true,"previous_ticket_state_id":"5120","team_assignee_id":88412,"ticket_attributes":{"Order number":"NW-20931","_default_description_":"The top tube has a deep scratch along its length.","_default_title_":"Frame arrived scratched"},"ticket_id":"57","ticket_parts":{"ticket_parts":[{"attachments":[],"author":{"email":"maeve.donnelly@example.com","id":"7301942","name":"Maeve Donnelly","type":"admin"},"created_at":1767956400,"id":"20130","part_type":"ticket_state_updated_by_admin","previous_ticket_state":"submitted","redacted":false,"ticket_state":"in_progress","type":"ticket_part","updated_at":1767956400},{"assigned_to":{"id":"7301955","type":"admin"},"attachments":[],"author":{"email":"maeve.donnelly@example.com","id":"7301942","name":"Maeve Donnelly","type":"admin"},"created_at":1767956400,"id":"20131","part_type":"assignment","redacted":false,"type":"ticket_part","updated_at":1767956400}],"total_count":2,"type":"ticket_part.list"},"ticket_state":{"category":"in_progress","external_label":"Being handled","id":"5121","internal_label":"With warehouse team","type":"ticket_state"},"type":"ticket","updated_at":1767956400}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_862: &str = r#"{"errors":[{"code":"ticket_state_id_invalid","message":"The ticket state does not exist or does not belong to this ticket type"}],"request_id":"3b7f0c52-91d4-4e0a-a6a8-5c2d9e71f4b0","type":"error.list"}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_863: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_864: &str = r#"{"errors":[{"code":"assignee_not_found","message":"No admin or team with this id was found"}],"request_id":"9e14d3a8-0b6c-4f57-8d21-b7a0e6c35f92","type":"error.list"}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_865: &str = r#"{"deleted":true,"id":"918","object":"ticket"}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_866: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_867: &str = r#"{"errors":[{"code":"api_plan_restricted","message":"This feature requires an active paid subscription."}],"request_id":"7a3d1b9f-4e62-4ca8-b5f7-ad2c8e19f306","type":"error.list"}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_868: &str = r#"{"errors":[{"code":"ticket_not_found","message":"No ticket with id 9999 was found"}],"request_id":"5f8a2c19-7d3e-4b60-a1f4-92c6e0d8b37e","type":"error.list"}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_869: &str = r#"{"ticket_attributes":{"_default_title_":"Frame arrived without its seat clamp"},"ticket_state_id":"5140","ticket_type_id":"44"}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_870: &str = r#"{"admin_assignee_id":7301942,"category":"Customer","contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"created_at":1767950000,"id":"918","is_shared":true,"linked_objects":{"data":[{"category":null,"id":"1274","type":"conversation"}],"has_more":false,"total_count":1,"type":"list"},"open":true,"previous_ticket_state_id":"5121","team_assignee_id":88412,"ticket_attributes":{"Order number":"NW-20931","_default_description_":"The top tube has a deep scratch along its length.","_default_title_":"Frame arrived scratched"},"ticket_id":"57","ticket_parts":{"ticket_parts":[{"attachments":[],"author":{"email":"operator+k7t2qz9x@intercom.io","id":"7300001","name":"Fin","type":"bot"},"created_at":1767950001,"id":"20117","part_type":"ticket_state_updated_by_admin","previous_ticket_state":"submitted","redacted":false,"ticket_state":"submitted","type":"ticket_part","updated_at":1767950001},{"assigned_to":{"id":"88412","type":"team"},"attachments":[],"author":{"email":"maeve.donnelly@example.com","id":"7301942","name":"Maeve Donnelly","type":"admin"},"created_at":1767953000,"id":"20121","part_type":"assignment","redacted":false,"type":"ticket_part","updated_at":1767953000},{"app_package_code":"northwind-helpdesk-sync","attachments":[],"author":{"email":"maeve.donnelly@example.com","id":"7301942","name":"Maeve Donnelly","type":"admin"},"created_at":1767953600,"id":"20124","part_type":"ticket_state_updated_by_admin","previous_ticket_state":"submitted","redacted":false,"ticket_state":"in_progress","type":"ticket_part","updated_at":1767953600}],"total_count":3,"type":"ticket_part.list"},"ticket_state":{"category":"submitted","external_label":"Received","id":"5140","internal_label":"Submitted","type":"ticket_state"},"ticket_type":{"archived":false,"category":"Customer","created_at":1764000000,"description":"A parcel arrived without some of its parts.","icon":"🧩","id":"44","is_internal":false,"name":"Missing parts","type":"ticket_type","updated_at":1764000000,"workspace_id":"k7t2qz9x"},"type":"ticket","updated_at":1767976000}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_871: &str = r#"{"errors":[{"code":"parameter_invalid","message":"The new ticket type must have the same category as the current one"}],"request_id":"3e20a9c4-71d2-4b8e-9f06-2c5d8a1b7e20","type":"error.list"}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_872: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_873: &str = r#"{"errors":[{"code":"ticket_not_found","message":"Ticket not found"}],"request_id":"3e21a9c4-71d2-4b8e-9f06-2c5d8a1b7e21","type":"error.list"}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_874: &str = r#"{"pagination":{"per_page":20},"query":{"operator":"AND","value":[{"field":"open","operator":"=","value":true},{"field":"contact_ids","operator":"=","value":"66a1f3c2b8e4d70012ab34cd"}]}}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_875: &str = r#"{"pages":{"page":1,"per_page":20,"total_pages":1,"type":"pages"},"tickets":[{"admin_assignee_id":7301942,"category":"Customer","contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"created_at":1767950000,"id":"918","is_shared":true,"linked_objects":{"data":[{"category":null,"id":"1274","type":"conversation"}],"has_more":false,"total_count":1,"type":"list"},"open":true,"previous_ticket_state_id":"5120","team_assignee_id":88412,"ticket_attributes":{"Order number":"NW-20931","_default_description_":"The top tube has a deep scratch along its length.","_default_title_":"Frame arrived scratched"},"ticket_id":"57","ticket_parts":{"ticket_parts":[{"attachments":[],"author":{"email":"operator+k7t2qz9x@intercom.io","id":"7300001","name":"Fin","type":"bot"},"created_at":1767950001,"id":"20117","part_type":"ticket_state_updated_by_admin","previous_ticket_state":"submitted","redacted":false,"ticket_state":"submitted","type":"ticket_part","updated_at":1767950001},{"assigned_to":{"id":"88412","type":"team"},"attachments":[],"author":{"email":"maeve.donnelly@example.com","id":"7301942","name":"Maeve Donnelly","type":"admin"},"created_at":1767953000,"id":"20121","part_type":"assignment","redacted":false,"type":"ticket_part","updated_at":1767953000},{"app_package_code":"northwind-helpdesk-sync","attachments":[],"author":{"email":"maeve.donnelly@example.com","id":"7301942","name":"Maeve Donnelly","type":"admin"},"created_at":1767953600,"id":"20124","part_type":"ticket_state_updated_by_admin","previous_ticket_state":"submitted","redacted":false,"ticket_state":"in_progress","type":"ticket_part","updated_at":1767953600}],"total_count":3,"type":"ticket_part.list"},"ticket_state":{"category":"in_progress","external_label":"Being handled","id":"5121","internal_label":"With warehouse team","type":"ticket_state"},"ticket_type":{"archived":false,"category":"Customer","created_at":1762250400,"description":"A parcel arrived broken or incomplete.","icon":"📦","id":"41","is_internal":false,"name":"Damaged delivery","type":"ticket_type","updated_at":1765929600,"workspace_id":"k7t2qz9x"},"type":"ticket","updated_at":1767953600}],"total_count":1,"type":"ticket.list"}"#;

#[cfg(feature = "tickets")]
const EXAMPLE_876: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "visitors")]
const EXAMPLE_877: &str = r#"{"anonymous":true,"app_id":"k7t2qz9x","avatar":{"image_url":"https://static.example.com/pseudonyms/teal-lantern.png","type":"avatar"},"companies":{"companies":[],"type":"company.list"},"created_at":1767957000,"custom_attributes":{"landing_page":"/pricing"},"do_not_track":false,"email":"","has_hard_bounced":false,"id":"6790ab12c4e5f60017d2e8a1","last_request_at":1767958200,"location_data":{"city_name":"Galway","continent_code":"EU","country_code":"IRL","country_name":"Ireland","postal_code":"H91","region_name":"Connacht","timezone":"Europe/Dublin","type":"location_data"},"marked_email_as_spam":false,"name":null,"owner_id":null,"phone":null,"pseudonym":"Teal Lantern from Galway","referrer":"https://www.example.net/bike-reviews","remote_created_at":1767957000,"segments":{"segments":[],"type":"segment.list"},"session_count":2,"signed_up_at":1767957000,"social_profiles":{"social_profiles":[],"type":"social_profile.list"},"tags":{"tags":[],"type":"tag.list"},"type":"visitor","unsubscribed_from_emails":false,"updated_at":1767958200,"user_id":"4b9e2f70-13c8-4a5d-9e61-c07d8a2b35f4","utm_campaign":"spring-sale","utm_content":null,"utm_medium":"cpc","utm_source":"newsletter","utm_term":null}"#;

#[cfg(feature = "visitors")]
const EXAMPLE_878: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "visitors")]
const EXAMPLE_879: &str = r#"{"errors":[{"code":"not_found","message":"Visitor Not Found"}],"request_id":"9c5f3db1-6084-4eca-97b9-cf4ea03b1528","type":"error.list"}"#;

#[cfg(feature = "visitors")]
const EXAMPLE_880: &str = r#"{"id":"6790ab12c4e5f60017d2e8a1","name":"Aoife Brennan"}"#;

#[cfg(feature = "visitors")]
const EXAMPLE_881: &str = r#"{"custom_attributes":{"landing_page":"/pricing","preferred_size":"M"},"user_id":"4b9e2f70-13c8-4a5d-9e61-c07d8a2b35f4"}"#;

#[cfg(feature = "visitors")]
const EXAMPLE_882: &str = r#"{"anonymous":true,"app_id":"k7t2qz9x","avatar":{"image_url":"https://static.example.com/pseudonyms/teal-lantern.png","type":"avatar"},"companies":{"companies":[],"type":"company.list"},"created_at":1767957000,"custom_attributes":{},"do_not_track":null,"email":"","has_hard_bounced":false,"id":"6790ab12c4e5f60017d2e8a1","last_request_at":1767958200,"location_data":{"city_name":"Galway","country_name":"Ireland","timezone":"Europe/Dublin","type":"location_data"},"marked_email_as_spam":false,"name":"Aoife Brennan","owner_id":null,"phone":null,"pseudonym":"Teal Lantern from Galway","referrer":null,"remote_created_at":1767957000,"segments":{"segments":[],"type":"segment.list"},"session_count":2,"signed_up_at":1767957000,"social_profiles":{"social_profiles":[],"type":"social_profile.list"},"tags":{"tags":[{"id":"730115","name":"pricing-page","type":"tag"}],"type":"tag.list"},"type":"visitor","unsubscribed_from_emails":false,"updated_at":1767961800,"user_id":"4b9e2f70-13c8-4a5d-9e61-c07d8a2b35f4","utm_campaign":null,"utm_content":null,"utm_medium":null,"utm_source":null,"utm_term":null}"#;

#[cfg(feature = "visitors")]
const EXAMPLE_883: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "visitors")]
const EXAMPLE_884: &str = r#"{"errors":[{"code":"not_found","message":"Visitor Not Found"}],"request_id":"9c5f3db1-6084-4eca-97b9-cf4ea03b1528","type":"error.list"}"#;

#[cfg(feature = "visitors")]
const EXAMPLE_885: &str = r#"{"type":"user","user":{"email":"tomas.reyes@example.org","user_id":"cust-20931"},"visitor":{"user_id":"4b9e2f70-13c8-4a5d-9e61-c07d8a2b35f4"}}"#;

#[cfg(feature = "visitors")]
const EXAMPLE_886: &str = r#"{"android_app_name":null,"android_app_version":null,"android_device":null,"android_last_seen_at":null,"android_os_version":null,"android_sdk_version":null,"avatar":null,"browser":"firefox","browser_language":"en-IE","browser_version":"133.0","companies":{"data":[],"has_more":false,"total_count":0,"url":"/contacts/66a1f3c2b8e4d70012ab34cd/companies"},"created_at":1767957000,"custom_attributes":{"landing_page":"/pricing"},"email":"tomas.reyes@example.org","email_domain":"example.org","external_id":"cust-20931","formatted_phone":null,"has_hard_bounced":false,"id":"66a1f3c2b8e4d70012ab34cd","ios_app_name":null,"ios_app_version":null,"ios_device":null,"ios_last_seen_at":null,"ios_os_version":null,"ios_sdk_version":null,"language_override":null,"last_contacted_at":null,"last_email_clicked_at":null,"last_email_opened_at":null,"last_replied_at":null,"last_seen_at":1767958200,"location":{"city":"Galway","country":"Ireland","region":"Connacht","type":"location"},"marked_email_as_spam":false,"name":null,"notes":{"data":[],"has_more":false,"total_count":0,"url":"/contacts/66a1f3c2b8e4d70012ab34cd/notes"},"os":"Linux","owner_id":null,"phone":null,"role":"user","signed_up_at":1767962400,"social_profiles":{"data":[]},"tags":{"data":[],"has_more":false,"total_count":0,"url":"/contacts/66a1f3c2b8e4d70012ab34cd/tags"},"type":"contact","unsubscribed_from_emails":false,"updated_at":1767962400,"workspace_id":"k7t2qz9x"}"#;

#[cfg(feature = "visitors")]
const EXAMPLE_887: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "brands")]
const EXAMPLE_888: &str = r#"{"data":[{"created_at":1704067200,"default_address_settings_id":"5530","help_center_id":"9021","id":"6348112","is_default":true,"name":"Northwind Cycles","type":"brand","updated_at":1764547200},{"created_at":1735689600,"default_address_settings_id":"5541","help_center_id":"9034","id":"18840","is_default":false,"name":"Northwind Kids","type":"brand","updated_at":1767000000}],"type":"list"}"#;

#[cfg(feature = "brands")]
const EXAMPLE_889: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "brands")]
const EXAMPLE_890: &str = r#"{"created_at":1704067200,"default_address_settings_id":"5530","help_center_id":"9021","id":"6348112","is_default":true,"name":"Northwind Cycles","type":"brand","updated_at":1764547200}"#;

#[cfg(feature = "brands")]
const EXAMPLE_891: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "brands")]
const EXAMPLE_892: &str = r#"{"errors":[{"code":"not_found","message":"Brand not found"}],"request_id":"5e149ccf-04c5-46d5-a927-2c4f1a14bc39","type":"error.list"}"#;

#[cfg(feature = "emails")]
const EXAMPLE_893: &str = r#"{"data":[{"brand_id":"7","created_at":1717200000,"domain":"northwind-cycles.example.com","email":"help@northwind-cycles.example.com","forwarded_email_last_received_at":1764583200,"forwarding_enabled":true,"id":"31","type":"email_setting","updated_at":1764500000,"verified":true},{"brand_id":"7","created_at":1761955200,"domain":"northwind-cycles.example.com","email":"billing@northwind-cycles.example.com","forwarded_email_last_received_at":null,"forwarding_enabled":false,"id":"32","type":"email_setting","updated_at":1761955200,"verified":false}],"type":"list"}"#;

#[cfg(feature = "emails")]
const EXAMPLE_894: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "emails")]
const EXAMPLE_895: &str = r#"{"brand_id":"7","created_at":1717200000,"domain":"northwind-cycles.example.com","email":"help@northwind-cycles.example.com","forwarded_email_last_received_at":1764583200,"forwarding_enabled":true,"id":"31","type":"email_setting","updated_at":1764500000,"verified":true}"#;

#[cfg(feature = "emails")]
const EXAMPLE_896: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "emails")]
const EXAMPLE_897: &str = r#"{"errors":[{"code":"not_found","message":"No email setting found for this id"}],"request_id":"2fab5d0d-63c4-4f09-b7cc-4d9f1e0ac4a6","type":"error.list"}"#;

#[cfg(feature = "calls")]
const EXAMPLE_898: &str = r#"{"call_id":"ac-3f6c1e2a-9b47","data":{"queue":"support-de"},"phone_number":"+4930123456","source":"aws_connect"}"#;

#[cfg(feature = "calls")]
const EXAMPLE_899: &str = r#"{"app_id":6348112,"call_summary":"","call_transcript":[],"external_call_id":"ac-3f6c1e2a-9b47","id":51207,"intent":[],"intercom_call_id":null,"intercom_conversation_id":null,"status":"registered","user_phone_number":"+4930123456"}"#;

#[cfg(feature = "calls")]
const EXAMPLE_900: &str = r#"{"errors":[{"code":"parameter_invalid","message":"phone_number is required"}],"request_id":"5e14bbbe-04ea-470a-a96e-2c4f1a165552","type":"error.list"}"#;

#[cfg(feature = "calls")]
const EXAMPLE_901: &str = r#"{"errors":[{"code":"conflict","message":"This call is already registered"}],"request_id":"5e14daad-050f-473f-a9b5-2c4f1a17ee6b","type":"error.list"}"#;

#[cfg(feature = "calls")]
const EXAMPLE_902: &str = r#"{"errors":[{"code":"server_error","message":"Something went wrong"}],"request_id":"5e14f99c-0534-4774-a9fc-2c4f1a198784","type":"error.list"}"#;

#[cfg(feature = "calls")]
const EXAMPLE_903: &str = r#"{"app_id":6348112,"call_summary":"The customer asked about order NW-20931; Fin gave the delivery date.","call_transcript":[{"speaker":"customer","text":"Where is my order NW-20931?"},{"speaker":"fin","text":"It left our warehouse yesterday and arrives on Thursday."}],"external_call_id":"ac-3f6c1e2a-9b47","id":51207,"intent":[{"confidence":0.94,"name":"order_status"}],"intercom_call_id":"880412","intercom_conversation_id":"1274","status":"resolved","user_phone_number":"+4930123456"}"#;

#[cfg(feature = "calls")]
const EXAMPLE_904: &str = r#"{"errors":[{"code":"not_found","message":"External reference not found"}],"request_id":"5e15188b-0559-47a9-aa43-2c4f1a1b209d","type":"error.list"}"#;

#[cfg(feature = "calls")]
const EXAMPLE_905: &str = r#"{"errors":[{"code":"server_error","message":"Something went wrong"}],"request_id":"5e15377a-057e-47de-aa8a-2c4f1a1cb9b6","type":"error.list"}"#;

#[cfg(feature = "calls")]
const EXAMPLE_906: &str = r#"{"app_id":6348112,"call_summary":"The customer asked about order NW-20931; Fin gave the delivery date.","call_transcript":[{"speaker":"customer","text":"Where is my order NW-20931?"},{"speaker":"fin","text":"It left our warehouse yesterday and arrives on Thursday."}],"external_call_id":"ac-3f6c1e2a-9b47","id":51207,"intent":[{"confidence":0.94,"name":"order_status"}],"intercom_call_id":"880412","intercom_conversation_id":"1274","status":"resolved","user_phone_number":"+4930123456"}"#;

#[cfg(feature = "calls")]
const EXAMPLE_907: &str = r#"{"errors":[{"code":"not_found","message":"External reference not found"}],"request_id":"5e155669-05a3-4813-aad1-2c4f1a1e52cf","type":"error.list"}"#;

#[cfg(feature = "calls")]
const EXAMPLE_908: &str = r#"{"errors":[{"code":"server_error","message":"Something went wrong"}],"request_id":"5e157558-05c8-4848-ab18-2c4f1a1febe8","type":"error.list"}"#;

#[cfg(feature = "calls")]
const EXAMPLE_909: &str = r#"{"app_id":6348112,"call_summary":"The customer asked about order NW-20931; Fin gave the delivery date.","call_transcript":[{"speaker":"customer","text":"Where is my order NW-20931?"},{"speaker":"fin","text":"It left our warehouse yesterday and arrives on Thursday."}],"external_call_id":"ac-3f6c1e2a-9b47","id":51207,"intent":[{"confidence":0.94,"name":"order_status"}],"intercom_call_id":"880412","intercom_conversation_id":"1274","status":"resolved","user_phone_number":"+4930123456"}"#;

#[cfg(feature = "calls")]
const EXAMPLE_910: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "calls")]
const EXAMPLE_911: &str = r#"{"errors":[{"code":"not_found","message":"No call found for this phone number"}],"request_id":"5e159447-05ed-487d-ab5f-2c4f1a218501","type":"error.list"}"#;

#[cfg(feature = "calls")]
const EXAMPLE_912: &str = r#"{"errors":[{"code":"server_error","message":"Something went wrong"}],"request_id":"5e15b336-0612-48b2-aba6-2c4f1a231e1a","type":"error.list"}"#;

#[cfg(feature = "calls")]
const EXAMPLE_913: &str = r#"[{"app_id":6348112,"call_summary":"The customer asked about order NW-20931; Fin gave the delivery date.","call_transcript":[{"speaker":"customer","text":"Where is my order NW-20931?"},{"speaker":"fin","text":"It left our warehouse yesterday and arrives on Thursday."}],"external_call_id":"ac-3f6c1e2a-9b47","id":51207,"intent":[{"confidence":0.94,"name":"order_status"}],"intercom_call_id":"880412","intercom_conversation_id":"1274","status":"resolved","user_phone_number":"+4930123456"}]"#;

#[cfg(feature = "calls")]
const EXAMPLE_914: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "calls")]
const EXAMPLE_915: &str = r#"{"errors":[{"code":"server_error","message":"Something went wrong"}],"request_id":"5e15d225-0637-48e7-abed-2c4f1a24b733","type":"error.list"}"#;

#[cfg(feature = "fin_agent")]
const EXAMPLE_916: &str = r#"{"user":{"attributes":{"plan":"premium"},"email":"mara@example.org","id":"u-20931","name":"Mara Lindqvist"}}"#;

#[cfg(feature = "fin_agent")]
const EXAMPLE_917: &str = r#"{"capabilities":[{"description":"Send the user's next message to an existing conversation.","endpoint":"/fin/reply","method":"POST","type":"reply"},{"description":"Get a single answer to a standalone question.","endpoint":"/fin/ask","method":"POST","type":"ask"},{"description":"Checks the order and issues a refund when it qualifies.","endpoint":"/fin/procedures/2210/run","id":"2210","method":"POST","name":"Process a refund","type":"procedure"}],"version":"Preview"}"#;

#[cfg(feature = "fin_agent")]
const EXAMPLE_918: &str = r#"{"errors":[{"code":"parameter_invalid","message":"user.id is required"}],"request_id":"5e15f114-065c-491c-ac34-2c4f1a26504c","type":"error.list"}"#;

#[cfg(feature = "fin_agent")]
const EXAMPLE_919: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "fin_agent")]
const EXAMPLE_920: &str = r#"{"conversation_id":"ask-5d20e7","message":{"author":"user","body":"Does the warranty on carbon frames cover crash damage?","timestamp":"2026-12-01T07:40:12.345Z"},"user":{"attributes":{"plan":"premium"},"email":"mara@example.org","id":"u-20931","name":"Mara Lindqvist"}}"#;

#[cfg(feature = "fin_agent")]
const EXAMPLE_921: &str = r#"{"conversation_id":"ask-5d20e7","created_at_ms":"2026-12-01T07:40:12.512Z","sse_subscription_url":"https://api.intercom.io/fin/sse/ask-5d20e7?token=eyJhbGciOiJIUzI1NiJ9.eyJjIjoiYXNrLTVkMjBlNyJ9.sig","status":"thinking","user_id":"u-20931"}"#;

#[cfg(feature = "fin_agent")]
const EXAMPLE_922: &str = r#"{"errors":[{"code":"parameter_invalid","message":"A conversation already exists for conversation_id ask-5d20e7"}],"request_id":"5e161003-0681-4951-ac7b-2c4f1a27e965","type":"error.list"}"#;

#[cfg(feature = "fin_agent")]
const EXAMPLE_923: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "fin_agent")]
const EXAMPLE_924: &str = r#"{"conversation_id":"chat-7c41d2","message":{"author":"user","body":"The order number is NW-20931.","timestamp":"2026-12-01T07:42:02.901Z"},"user":{"id":"u-20931"}}"#;

#[cfg(feature = "fin_agent")]
const EXAMPLE_925: &str = r#"{"conversation_id":"chat-7c41d2","created_at_ms":"2026-12-01T07:42:03.118Z","sse_subscription_url":"https://api.intercom.io/fin/sse/chat-7c41d2?token=eyJhbGciOiJIUzI1NiJ9.eyJjIjoiY2hhdC03YzQxZDIifQ.sig","status":"replying","user_id":"u-20931"}"#;

#[cfg(feature = "fin_agent")]
const EXAMPLE_926: &str = r#"{"errors":[{"code":"parameter_invalid","message":"message.body is required"}],"request_id":"5e162ef2-06a6-4986-acc2-2c4f1a29827e","type":"error.list"}"#;

#[cfg(feature = "fin_agent")]
const EXAMPLE_927: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "fin_agent")]
const EXAMPLE_928: &str = r#"{"conversation_id":"refund-0b93aa","conversation_metadata":{"attributes":{"order_number":"NW-20931"}},"message":{"author":"user","body":"I want a refund for order NW-20931.","timestamp":"2026-12-01T07:44:59.800Z"},"settings":{"email":false},"user":{"attributes":{"plan":"premium"},"email":"mara@example.org","id":"u-20931","name":"Mara Lindqvist"}}"#;

#[cfg(feature = "fin_agent")]
const EXAMPLE_929: &str = r#"{"conversation_id":"refund-0b93aa","created_at_ms":"2026-12-01T07:45:00.020Z","errors":{"conversation":{"attributes":{"loyalty_tier":"Unknown attribute"}},"user":{"attributes":{}}},"procedure_id":"2210","sse_subscription_url":"https://api.intercom.io/fin/sse/refund-0b93aa?token=eyJhbGciOiJIUzI1NiJ9.eyJjIjoicmVmdW5kIn0.sig","status":"thinking","user_id":"u-20931"}"#;

#[cfg(feature = "fin_agent")]
const EXAMPLE_930: &str = r#"{"errors":[{"code":"parameter_invalid","message":"Procedure 2210 is not live"}],"request_id":"5e164de1-06cb-49bb-ad09-2c4f1a2b1b97","type":"error.list"}"#;

#[cfg(feature = "fin_agent")]
const EXAMPLE_931: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "fin_agent")]
const EXAMPLE_932: &str = r#"{"context":"The customer asks for a goodwill refund beyond the policy.","conversation_id":"chat-7c41d2"}"#;

#[cfg(feature = "fin_agent")]
const EXAMPLE_933: &str = r#"{"conversation_id":"chat-7c41d2","sse_subscription_url":"https://api.intercom.io/fin/sse/chat-7c41d2?token=eyJhbGciOiJIUzI1NiJ9.eyJjIjoiZXNjIn0.sig","status":"escalated"}"#;

#[cfg(feature = "fin_agent")]
const EXAMPLE_934: &str = r#"{"errors":[{"code":"parameter_invalid","message":"Provide either conversation_id or user"}],"request_id":"5e166cd0-06f0-49f0-ad50-2c4f1a2cb4b0","type":"error.list"}"#;

#[cfg(feature = "fin_agent")]
const EXAMPLE_935: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "fin_agent")]
const EXAMPLE_936: &str = r#"{"conversation_id":"chat-7c41d2","rating":"good","remark":"Quick and clear answer."}"#;

#[cfg(feature = "fin_agent")]
const EXAMPLE_937: &str = r#"{"conversation_id":"chat-7c41d2","rating":"good","status":"rated"}"#;

#[cfg(feature = "fin_agent")]
const EXAMPLE_938: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "fin_agent")]
const EXAMPLE_939: &str = r#"{"errors":{"base":"Fin has not requested a rating for this conversation"}}"#;

#[cfg(feature = "fin_agent")]
const EXAMPLE_940: &str = r#"{"conversation_id":"chat-7c41d2","conversation_metadata":{"attributes":{"channel":"web"},"history":[{"author":"agent","body":"Hi Mara, how can we help?","timestamp":"2026-12-01T07:39:50.000Z"}]},"message":{"author":"user","body":"Does the warranty on carbon frames cover crash damage?","timestamp":"2026-12-01T07:40:12.345Z"},"settings":{"email":false,"follow_up_questions":true},"user":{"attributes":{"plan":"premium"},"email":"mara@example.org","id":"u-20931","name":"Mara Lindqvist"}}"#;

#[cfg(feature = "fin_agent")]
const EXAMPLE_941: &str = r#"{"conversation_id":"chat-7c41d2","created_at_ms":"2026-12-01T07:41:30.640Z","sse_subscription_url":"https://api.intercom.io/fin/sse/chat-7c41d2?token=eyJhbGciOiJIUzI1NiJ9.eyJjIjoic3RhcnQifQ.sig","status":"thinking","user_id":"u-20931"}"#;

#[cfg(feature = "fin_agent")]
const EXAMPLE_942: &str = r#"{"errors":[{"code":"parameter_invalid","message":"user.id is required"}],"request_id":"5e168bbf-0715-4a25-ad97-2c4f1a2e4dc9","type":"error.list"}"#;

#[cfg(feature = "fin_agent")]
const EXAMPLE_943: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "procedures")]
const EXAMPLE_944: &str = r#"{"attribute_values":[{"identifier":"refund_approved","value":true},{"identifier":"refund_amount","value":"49.00"}],"step_id":"step_4b1e"}"#;

#[cfg(feature = "procedures")]
const EXAMPLE_945: &str = r#"{}"#;

#[cfg(feature = "procedures")]
const EXAMPLE_946: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "procedures")]
const EXAMPLE_947: &str = r#"{"errors":[{"code":"forbidden","message":"The Procedures HITL API is not enabled for this workspace"}],"request_id":"5e16aaae-073a-4a5a-adde-2c4f1a2fe6e2","type":"error.list"}"#;

#[cfg(feature = "procedures")]
const EXAMPLE_948: &str = r#"{"errors":[{"code":"not_found","message":"Conversation not found"}],"request_id":"5e16c99d-075f-4a8f-ae25-2c4f1a317ffb","type":"error.list"}"#;

#[cfg(feature = "procedures")]
const EXAMPLE_949: &str = r#"{"errors":[{"code":"conflict","message":"This step is no longer waiting for input"}],"request_id":"5e16e88c-0784-4ac4-ae6c-2c4f1a331914","type":"error.list"}"#;

#[cfg(feature = "visitors")]
const EXAMPLE_950: &str = r#"{"anonymous":true,"app_id":"k7t2qz9x","avatar":{"image_url":null,"type":"avatar"},"companies":{"companies":[],"type":"company.list"},"created_at":1767957000,"custom_attributes":{},"do_not_track":null,"email":"","has_hard_bounced":false,"id":"6790ab12c4e5f60017d2e8a1","last_request_at":1767958200,"location_data":{"city_name":"Galway","country_name":"Ireland","type":"location_data"},"marked_email_as_spam":false,"name":null,"owner_id":"7301942","phone":null,"pseudonym":"Teal Lantern from Galway","referrer":null,"remote_created_at":1767957000,"segments":{"segments":[],"type":"segment.list"},"session_count":2,"signed_up_at":1767957000,"social_profiles":{"social_profiles":[],"type":"social_profile.list"},"tags":{"tags":[],"type":"tag.list"},"type":"visitor","unsubscribed_from_emails":false,"updated_at":1767958200,"user_id":"4b9e2f70-13c8-4a5d-9e61-c07d8a2b35f4","utm_campaign":null,"utm_content":null,"utm_medium":null,"utm_source":null,"utm_term":null}"#;

#[cfg(feature = "visitors")]
const EXAMPLE_951: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "visitors")]
const EXAMPLE_952: &str = r#"{"errors":[{"code":"not_found","message":"Visitor Not Found"}],"request_id":"9c5f3db1-6084-4eca-97b9-cf4ea03b1528","type":"error.list"}"#;

#[cfg(feature = "visitors")]
const EXAMPLE_953: &str = r#"{"id":"6790ab12c4e5f60017d2e8a1","type":"visitor","user_id":"4b9e2f70-13c8-4a5d-9e61-c07d8a2b35f4"}"#;

#[cfg(feature = "visitors")]
const EXAMPLE_954: &str = r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#;

#[cfg(feature = "visitors")]
const EXAMPLE_955: &str = r#"{"errors":[{"code":"not_found","message":"Visitor Not Found"}],"request_id":"9c5f3db1-6084-4eca-97b9-cf4ea03b1528","type":"error.list"}"#;

/// What the examples test found.
#[derive(Default)]
struct Report {
    total: usize,
    exact: usize,
    lenient: usize,
    failures: Vec<String>,
    /// Leniency rule → where it applied.
    rules: BTreeMap<&'static str, Vec<String>>,
}

/// Decodes `json` as `T`, re-encodes it and compares.
#[cfg(feature = "serialize-responses")]
fn check<T: serde::de::DeserializeOwned + serde::Serialize>(
    label: &str,
    json: &str,
    unknown_enum_values: &[&str],
    disallowed_nulls: &[&str],
    report: &mut Report,
) {
    report.total += 1;
    let decoded = match intercom_client::from_str::<T>(json) {
        Ok(decoded) => decoded,
        Err(error) => return report.failures.push(format!("{label}: {error}")),
    };
    let original: serde_json::Value = serde_json::from_str(json)
        .expect("the example is JSON");
    let encoded = serde_json::to_value(&decoded).expect("a decoded value encodes");
    let mut applied = Vec::new();
    if let Err(difference) = compare(&original, &encoded, "$", &mut applied) {
        return report.failures.push(format!("{label}: {difference}"));
    }

    applied
        .extend(
            unknown_enum_values.iter().map(|path| (UNKNOWN_ENUM_VALUE, path.to_string())),
        );
    applied.extend(disallowed_nulls.iter().map(|path| (NULL_OMITTED, path.to_string())));
    if applied.is_empty() {
        report.exact += 1;
    } else {
        report.lenient += 1;
        for (rule, path) in applied {
            report.rules.entry(rule).or_default().push(format!("{label} at {path}"));
        }
    }
}

/// Decodes `json` as `T` (fidelity needs the `serialize-responses` feature).
#[cfg(not(feature = "serialize-responses"))]
fn check<T: serde::de::DeserializeOwned>(
    label: &str,
    json: &str,
    _unknown_enum_values: &[&str],
    _disallowed_nulls: &[&str],
    report: &mut Report,
) {
    report.total += 1;
    match intercom_client::from_str::<T>(json) {
        Ok(_) => report.exact += 1,
        Err(error) => report.failures.push(format!("{label}: {error}")),
    }
}

#[cfg(feature = "serialize-responses")]
const UNKNOWN_ENUM_VALUE: &str = "enum value the spec does not list kept";

#[cfg(feature = "serialize-responses")]
const MISSING_DEFAULTED: &str = "missing property decoded as its default";

#[cfg(feature = "serialize-responses")]
const NULL_DEFAULTED: &str = "null decoded as the default value";

#[cfg(feature = "serialize-responses")]
const NULL_OMITTED: &str = "null for an optional property that does not allow it read as absent";

#[cfg(feature = "serialize-responses")]
const UNKNOWN_IGNORED: &str = "property the schema does not describe ignored";

#[cfg(feature = "serialize-responses")]
const TEXT_TO_NUMBER: &str = "number sent as a string converted";

#[cfg(feature = "serialize-responses")]
const TO_TEXT: &str = "number or boolean sent for a string converted";

#[cfg(feature = "serialize-responses")]
const TEXT_TO_BOOLEAN: &str = "boolean sent as a string converted";

/// Compares an example with its decoded and re-encoded value: differences a leniency
/// rule explains are collected in `applied`, any other one is returned.
#[cfg(feature = "serialize-responses")]
fn compare(
    original: &serde_json::Value,
    encoded: &serde_json::Value,
    path: &str,
    applied: &mut Vec<(&'static str, String)>,
) -> Result<(), String> {
    use serde_json::Value;
    let rule = match (original, encoded) {
        (Value::Number(a), Value::Number(b)) if a.as_f64() == b.as_f64() => return Ok(()),
        (a, b) if a == b => return Ok(()),
        (Value::Null, _) => NULL_DEFAULTED,
        (
            Value::String(text),
            Value::Number(number),
        ) if text.trim().parse::<f64>().ok() == number.as_f64() => TEXT_TO_NUMBER,
        (Value::Number(number), Value::String(text)) if number.to_string() == *text => {
            TO_TEXT
        }
        (Value::Bool(flag), Value::String(text)) if flag.to_string() == *text => TO_TEXT,
        (Value::String(text), Value::Bool(flag)) if text.trim() == flag.to_string() => {
            TEXT_TO_BOOLEAN
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
            for (index, (a, b)) in a.iter().zip(b).enumerate() {
                compare(a, b, &format!("{path}[{index}]"), applied)?;
            }
            return Ok(());
        }
        (Value::Object(a), Value::Object(b)) => {
            for (key, value) in a {
                let inner = format!("{path}.{key}");
                match b.get(key) {
                    Some(encoded) => compare(value, encoded, &inner, applied)?,
                    None if value.is_null() => {}
                    None => applied.push((UNKNOWN_IGNORED, inner)),
                }
            }
            for key in b.keys().filter(|key| !a.contains_key(*key)) {
                applied.push((MISSING_DEFAULTED, format!("{path}.{key}")));
            }
            return Ok(());
        }
        (a, b) => return Err(format!("at {path}, {a} came back as {b}")),
    };
    applied.push((rule, path.to_string()));
    Ok(())
}

#[test]
fn every_spec_example_decodes() {
    let _ = std::any::type_name::<intercom_client::Client>();
    let mut report = Report::default();
    #[cfg(feature = "admins")]
    check::<
        intercom_client::types::AdminWithApp,
    >("identifyAdmin 200 response `current_admin`", EXAMPLE_0, &[], &[], &mut report);
    #[cfg(feature = "admins")]
    check::<
        intercom_client::types::Error,
    >("identifyAdmin 401 response `unauthorized`", EXAMPLE_1, &[], &[], &mut report);
    #[cfg(feature = "admins")]
    check::<
        intercom_client::types::SetAwayAdminRequest,
    >("setAwayAdmin request `away_with_reason`", EXAMPLE_2, &[], &[], &mut report);
    #[cfg(feature = "admins")]
    check::<
        intercom_client::types::SetAwayAdminRequest,
    >("setAwayAdmin request `back_again`", EXAMPLE_3, &[], &[], &mut report);
    #[cfg(feature = "admins")]
    check::<
        intercom_client::types::Admin,
    >("setAwayAdmin 200 response `away_admin`", EXAMPLE_4, &[], &[], &mut report);
    #[cfg(feature = "admins")]
    check::<
        intercom_client::types::Error,
    >("setAwayAdmin 400 response `reason_deleted`", EXAMPLE_5, &[], &[], &mut report);
    #[cfg(feature = "admins")]
    check::<
        intercom_client::types::Error,
    >("setAwayAdmin 400 response `reason_required`", EXAMPLE_6, &[], &[], &mut report);
    #[cfg(feature = "admins")]
    check::<
        intercom_client::types::Error,
    >("setAwayAdmin 401 response `unauthorized`", EXAMPLE_7, &[], &[], &mut report);
    #[cfg(feature = "admins")]
    check::<
        intercom_client::types::Error,
    >("setAwayAdmin 404 response `admin_not_found`", EXAMPLE_8, &[], &[], &mut report);
    #[cfg(feature = "admins")]
    check::<
        intercom_client::types::ActivityLogList,
    >("listActivityLogs 200 response `one_page`", EXAMPLE_9, &[], &[], &mut report);
    #[cfg(feature = "admins")]
    check::<
        intercom_client::types::Error,
    >("listActivityLogs 401 response `unauthorized`", EXAMPLE_10, &[], &[], &mut report);
    #[cfg(feature = "admins")]
    check::<
        intercom_client::types::SearchActivityLogsRequest,
    >("searchActivityLogs request `logins_only`", EXAMPLE_11, &[], &[], &mut report);
    #[cfg(feature = "admins")]
    check::<
        intercom_client::types::SearchActivityLogsRequest,
    >("searchActivityLogs request `whole_window`", EXAMPLE_12, &[], &[], &mut report);
    #[cfg(feature = "admins")]
    check::<
        intercom_client::types::ActivityLogList,
    >("searchActivityLogs 200 response `logins`", EXAMPLE_13, &[], &[], &mut report);
    #[cfg(feature = "admins")]
    check::<
        intercom_client::types::Error,
    >(
        "searchActivityLogs 401 response `unauthorized`",
        EXAMPLE_14,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "admins")]
    check::<
        intercom_client::types::ActivityLogEventTypeList,
    >(
        "listActivityLogEventTypes 200 response `event_types`",
        EXAMPLE_15,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "admins")]
    check::<
        intercom_client::types::Error,
    >(
        "listActivityLogEventTypes 401 response `unauthorized`",
        EXAMPLE_16,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "admins")]
    check::<
        intercom_client::types::AdminList,
    >("listAdmins 200 response `admins`", EXAMPLE_17, &[], &[], &mut report);
    #[cfg(feature = "admins")]
    check::<
        intercom_client::types::Error,
    >("listAdmins 401 response `unauthorized`", EXAMPLE_18, &[], &[], &mut report);
    #[cfg(feature = "admins")]
    check::<
        intercom_client::types::Admin,
    >("retrieveAdmin 200 response `admin`", EXAMPLE_19, &[], &[], &mut report);
    #[cfg(feature = "admins")]
    check::<
        intercom_client::types::Error,
    >("retrieveAdmin 401 response `unauthorized`", EXAMPLE_20, &[], &[], &mut report);
    #[cfg(feature = "admins")]
    check::<
        intercom_client::types::Error,
    >("retrieveAdmin 404 response `admin_not_found`", EXAMPLE_21, &[], &[], &mut report);
    #[cfg(feature = "ai_content")]
    check::<
        intercom_client::types::ContentImportSourcesList,
    >(
        "listContentImportSources 200 response `sources`",
        EXAMPLE_22,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "ai_content")]
    check::<
        intercom_client::types::Error,
    >(
        "listContentImportSources 401 response `unauthorized`",
        EXAMPLE_23,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "ai_content")]
    check::<
        intercom_client::types::CreateContentImportSourceRequest,
    >(
        "createContentImportSource request `partner_kb`",
        EXAMPLE_24,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "ai_content")]
    check::<
        intercom_client::types::ContentImportSource,
    >(
        "createContentImportSource 200 response `created`",
        EXAMPLE_25,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "ai_content")]
    check::<
        intercom_client::types::Error,
    >(
        "createContentImportSource 401 response `unauthorized`",
        EXAMPLE_26,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "ai_content")]
    check::<
        intercom_client::types::ContentImportSource,
    >("getContentImportSource 200 response `source`", EXAMPLE_27, &[], &[], &mut report);
    #[cfg(feature = "ai_content")]
    check::<
        intercom_client::types::Error,
    >(
        "getContentImportSource 401 response `unauthorized`",
        EXAMPLE_28,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "ai_content")]
    check::<
        intercom_client::types::UpdateContentImportSourceRequest,
    >(
        "updateContentImportSource request `deactivate`",
        EXAMPLE_29,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "ai_content")]
    check::<
        intercom_client::types::ContentImportSource,
    >(
        "updateContentImportSource 200 response `updated`",
        EXAMPLE_30,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "ai_content")]
    check::<
        intercom_client::types::Error,
    >(
        "updateContentImportSource 401 response `unauthorized`",
        EXAMPLE_31,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "ai_content")]
    check::<
        intercom_client::types::Error,
    >(
        "deleteContentImportSource 401 response `unauthorized`",
        EXAMPLE_32,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "ai_content")]
    check::<
        intercom_client::types::ExternalPagesList,
    >("listExternalPages 200 response `pages`", EXAMPLE_33, &[], &[], &mut report);
    #[cfg(feature = "ai_content")]
    check::<
        intercom_client::types::Error,
    >(
        "listExternalPages 401 response `unauthorized`",
        EXAMPLE_34,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "ai_content")]
    check::<
        intercom_client::types::CreateExternalPageRequest,
    >("createExternalPage request `warranty_page`", EXAMPLE_35, &[], &[], &mut report);
    #[cfg(feature = "ai_content")]
    check::<
        intercom_client::types::ExternalPage,
    >("createExternalPage 200 response `created`", EXAMPLE_36, &[], &[], &mut report);
    #[cfg(feature = "ai_content")]
    check::<
        intercom_client::types::Error,
    >(
        "createExternalPage 401 response `unauthorized`",
        EXAMPLE_37,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "ai_content")]
    check::<
        intercom_client::types::ExternalPage,
    >("getExternalPage 200 response `page`", EXAMPLE_38, &[], &[], &mut report);
    #[cfg(feature = "ai_content")]
    check::<
        intercom_client::types::Error,
    >("getExternalPage 401 response `unauthorized`", EXAMPLE_39, &[], &[], &mut report);
    #[cfg(feature = "ai_content")]
    check::<
        intercom_client::types::UpdateExternalPageRequest,
    >("updateExternalPage request `copilot_only`", EXAMPLE_40, &[], &[], &mut report);
    #[cfg(feature = "ai_content")]
    check::<
        intercom_client::types::ExternalPage,
    >("updateExternalPage 200 response `updated`", EXAMPLE_41, &[], &[], &mut report);
    #[cfg(feature = "ai_content")]
    check::<
        intercom_client::types::Error,
    >(
        "updateExternalPage 401 response `unauthorized`",
        EXAMPLE_42,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "ai_content")]
    check::<
        intercom_client::types::ExternalPage,
    >("deleteExternalPage 200 response `deleted`", EXAMPLE_43, &[], &[], &mut report);
    #[cfg(feature = "ai_content")]
    check::<
        intercom_client::types::Error,
    >(
        "deleteExternalPage 401 response `unauthorized`",
        EXAMPLE_44,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::ArticleList,
    >("listArticles 200 response `article_page`", EXAMPLE_45, &[], &[], &mut report);
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::Error,
    >("listArticles 401 response `unauthorized`", EXAMPLE_46, &[], &[], &mut report);
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::CreateArticleRequest,
    >("createArticle request `new_draft`", EXAMPLE_47, &[], &[], &mut report);
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::Article,
    >("createArticle 200 response `created`", EXAMPLE_48, &[], &[], &mut report);
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::Error,
    >("createArticle 400 response `missing_author`", EXAMPLE_49, &[], &[], &mut report);
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::Error,
    >(
        "createArticle 400 response `schedule_and_draft`",
        EXAMPLE_50,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::Error,
    >("createArticle 401 response `unauthorized`", EXAMPLE_51, &[], &[], &mut report);
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::Article,
    >("retrieveArticle 200 response `article`", EXAMPLE_52, &[], &[], &mut report);
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::Error,
    >(
        "retrieveArticle 404 response `unknown_article`",
        EXAMPLE_53,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::Error,
    >("retrieveArticle 401 response `unauthorized`", EXAMPLE_54, &[], &[], &mut report);
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::UpdateArticleRequest,
    >("updateArticle request `schedule_unpublish`", EXAMPLE_55, &[], &[], &mut report);
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::Article,
    >("updateArticle 200 response `updated`", EXAMPLE_56, &[], &[], &mut report);
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::Error,
    >("updateArticle 400 response `two_schedules`", EXAMPLE_57, &[], &[], &mut report);
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::Error,
    >("updateArticle 404 response `unknown_article`", EXAMPLE_58, &[], &[], &mut report);
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::Error,
    >("updateArticle 401 response `unauthorized`", EXAMPLE_59, &[], &[], &mut report);
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::DeletedArticleObject,
    >("deleteArticle 200 response `deleted`", EXAMPLE_60, &[], &[], &mut report);
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::Error,
    >("deleteArticle 404 response `unknown_article`", EXAMPLE_61, &[], &[], &mut report);
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::Error,
    >("deleteArticle 401 response `unauthorized`", EXAMPLE_62, &[], &[], &mut report);
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::Article,
    >("retrieveArticleDraft 200 response `draft`", EXAMPLE_63, &[], &[], &mut report);
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::Error,
    >(
        "retrieveArticleDraft 404 response `not_found`",
        EXAMPLE_64,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::Error,
    >(
        "retrieveArticleDraft 404 response `instance_not_found`",
        EXAMPLE_65,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::Error,
    >(
        "retrieveArticleDraft 401 response `unauthorized`",
        EXAMPLE_66,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::UpdateArticleRequest,
    >("stageArticleDraft request `new_title`", EXAMPLE_67, &[], &[], &mut report);
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::Article,
    >("stageArticleDraft 200 response `staged`", EXAMPLE_68, &[], &[], &mut report);
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::Error,
    >("stageArticleDraft 404 response `not_found`", EXAMPLE_69, &[], &[], &mut report);
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::Error,
    >(
        "stageArticleDraft 404 response `instance_not_found`",
        EXAMPLE_70,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::Error,
    >(
        "stageArticleDraft 422 response `never_published`",
        EXAMPLE_71,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::Error,
    >(
        "stageArticleDraft 401 response `unauthorized`",
        EXAMPLE_72,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::PublishArticleDraftRequest,
    >("publishArticleDraft request `publish_en`", EXAMPLE_73, &[], &[], &mut report);
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::Article,
    >("publishArticleDraft 200 response `published`", EXAMPLE_74, &[], &[], &mut report);
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::Error,
    >("publishArticleDraft 404 response `not_found`", EXAMPLE_75, &[], &[], &mut report);
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::Error,
    >(
        "publishArticleDraft 404 response `instance_not_found`",
        EXAMPLE_76,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::Error,
    >("publishArticleDraft 422 response `no_draft`", EXAMPLE_77, &[], &[], &mut report);
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::Error,
    >(
        "publishArticleDraft 422 response `locales_missing`",
        EXAMPLE_78,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::Error,
    >(
        "publishArticleDraft 401 response `unauthorized`",
        EXAMPLE_79,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::ArticleVersionList,
    >("listArticleVersions 200 response `versions`", EXAMPLE_80, &[], &[], &mut report);
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::Error,
    >(
        "listArticleVersions 400 response `unknown_locale`",
        EXAMPLE_81,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::Error,
    >("listArticleVersions 404 response `not_found`", EXAMPLE_82, &[], &[], &mut report);
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::Error,
    >(
        "listArticleVersions 404 response `instance_not_found`",
        EXAMPLE_83,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::Error,
    >(
        "listArticleVersions 401 response `unauthorized`",
        EXAMPLE_84,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::ArticleVersion,
    >(
        "retrieveArticleVersion 200 response `version`",
        EXAMPLE_85,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::Error,
    >(
        "retrieveArticleVersion 400 response `unknown_locale`",
        EXAMPLE_86,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::Error,
    >(
        "retrieveArticleVersion 404 response `not_found`",
        EXAMPLE_87,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::Error,
    >(
        "retrieveArticleVersion 404 response `instance_not_found`",
        EXAMPLE_88,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::Error,
    >(
        "retrieveArticleVersion 401 response `unauthorized`",
        EXAMPLE_89,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::AttachTagToArticleRequest,
    >("attachTagToArticle request `apply_tag`", EXAMPLE_90, &[], &[], &mut report);
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::Tag,
    >("attachTagToArticle 200 response `applied`", EXAMPLE_91, &[], &[], &mut report);
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::Error,
    >("attachTagToArticle 403 response `forbidden`", EXAMPLE_92, &[], &[], &mut report);
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::Error,
    >(
        "attachTagToArticle 404 response `unknown_tag`",
        EXAMPLE_93,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::Error,
    >(
        "attachTagToArticle 404 response `unknown_article`",
        EXAMPLE_94,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::Error,
    >(
        "attachTagToArticle 401 response `unauthorized`",
        EXAMPLE_95,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::Tag,
    >("detachTagFromArticle 200 response `removed`", EXAMPLE_96, &[], &[], &mut report);
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::Error,
    >(
        "detachTagFromArticle 403 response `forbidden`",
        EXAMPLE_97,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::Error,
    >(
        "detachTagFromArticle 404 response `unknown_tag`",
        EXAMPLE_98,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::Error,
    >(
        "detachTagFromArticle 401 response `unauthorized`",
        EXAMPLE_99,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::ArticleSearchResponse,
    >("searchArticles 200 response `matches`", EXAMPLE_100, &[], &[], &mut report);
    #[cfg(feature = "articles")]
    check::<
        intercom_client::types::Error,
    >("searchArticles 401 response `unauthorized`", EXAMPLE_101, &[], &[], &mut report);
    #[cfg(feature = "away_status_reasons")]
    check::<
        intercom_client::types::AwayStatusReasonList,
    >(
        "listAwayStatusReasons 200 response `reasons`",
        EXAMPLE_102,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "away_status_reasons")]
    check::<
        intercom_client::types::Error,
    >(
        "listAwayStatusReasons 401 response `unauthorized`",
        EXAMPLE_103,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "audiences")]
    check::<
        intercom_client::types::AudienceList,
    >("listAudiences 200 response `audiences`", EXAMPLE_104, &[], &[], &mut report);
    #[cfg(feature = "audiences")]
    check::<
        intercom_client::types::Error,
    >("listAudiences 401 response `unauthorized`", EXAMPLE_105, &[], &[], &mut report);
    #[cfg(feature = "audiences")]
    check::<
        intercom_client::types::CreateAudienceRequest,
    >("createAudience request `premium`", EXAMPLE_106, &[], &[], &mut report);
    #[cfg(feature = "audiences")]
    check::<
        intercom_client::types::Audience,
    >("createAudience 201 response `created`", EXAMPLE_107, &[], &[], &mut report);
    #[cfg(feature = "audiences")]
    check::<
        intercom_client::types::Error,
    >("createAudience 422 response `error`", EXAMPLE_108, &[], &[], &mut report);
    #[cfg(feature = "audiences")]
    check::<
        intercom_client::types::Error,
    >("createAudience 401 response `unauthorized`", EXAMPLE_109, &[], &[], &mut report);
    #[cfg(feature = "audiences")]
    check::<
        intercom_client::types::Audience,
    >("retrieveAudience 200 response `audience`", EXAMPLE_110, &[], &[], &mut report);
    #[cfg(feature = "audiences")]
    check::<
        intercom_client::types::Error,
    >("retrieveAudience 404 response `error`", EXAMPLE_111, &[], &[], &mut report);
    #[cfg(feature = "audiences")]
    check::<
        intercom_client::types::Error,
    >(
        "retrieveAudience 401 response `unauthorized`",
        EXAMPLE_112,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "audiences")]
    check::<
        intercom_client::types::UpdateAudienceRequest,
    >("updateAudience request `widen`", EXAMPLE_113, &[], &[], &mut report);
    #[cfg(feature = "audiences")]
    check::<
        intercom_client::types::Audience,
    >("updateAudience 200 response `updated`", EXAMPLE_114, &[], &[], &mut report);
    #[cfg(feature = "audiences")]
    check::<
        intercom_client::types::Error,
    >("updateAudience 404 response `error`", EXAMPLE_115, &[], &[], &mut report);
    #[cfg(feature = "audiences")]
    check::<
        intercom_client::types::Error,
    >("updateAudience 422 response `error`", EXAMPLE_116, &[], &[], &mut report);
    #[cfg(feature = "audiences")]
    check::<
        intercom_client::types::Error,
    >("updateAudience 401 response `unauthorized`", EXAMPLE_117, &[], &[], &mut report);
    #[cfg(feature = "audiences")]
    check::<
        intercom_client::types::Error,
    >("deleteAudience 404 response `error`", EXAMPLE_118, &[], &[], &mut report);
    #[cfg(feature = "audiences")]
    check::<
        intercom_client::types::Error,
    >("deleteAudience 401 response `unauthorized`", EXAMPLE_119, &[], &[], &mut report);
    #[cfg(feature = "office_hours")]
    check::<
        intercom_client::types::OfficeHoursScheduleList,
    >(
        "listOfficeHoursSchedules 200 response `schedules`",
        EXAMPLE_120,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "office_hours")]
    check::<
        intercom_client::types::Error,
    >(
        "listOfficeHoursSchedules 401 response `unauthorized`",
        EXAMPLE_121,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "office_hours")]
    check::<
        intercom_client::types::CreateOfficeHoursScheduleRequest,
    >(
        "createOfficeHoursSchedule request `weekdays`",
        EXAMPLE_122,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "office_hours")]
    check::<
        intercom_client::types::OfficeHoursSchedule,
    >(
        "createOfficeHoursSchedule 201 response `created`",
        EXAMPLE_123,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "office_hours")]
    check::<
        intercom_client::types::Error,
    >(
        "createOfficeHoursSchedule 401 response `unauthorized`",
        EXAMPLE_124,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "office_hours")]
    check::<
        intercom_client::types::Error,
    >(
        "createOfficeHoursSchedule 422 response `invalid_parameter`",
        EXAMPLE_125,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "office_hours")]
    check::<
        intercom_client::types::OfficeHoursSchedule,
    >(
        "getOfficeHoursSchedule 200 response `schedule`",
        EXAMPLE_126,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "office_hours")]
    check::<
        intercom_client::types::Error,
    >(
        "getOfficeHoursSchedule 401 response `unauthorized`",
        EXAMPLE_127,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "office_hours")]
    check::<
        intercom_client::types::Error,
    >(
        "getOfficeHoursSchedule 404 response `not_found`",
        EXAMPLE_128,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "office_hours")]
    check::<
        intercom_client::types::Error,
    >(
        "getOfficeHoursSchedule 404 response `instance_not_found`",
        EXAMPLE_129,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "office_hours")]
    check::<
        intercom_client::types::UpdateOfficeHoursScheduleRequest,
    >("updateOfficeHoursSchedule request `winter`", EXAMPLE_130, &[], &[], &mut report);
    #[cfg(feature = "office_hours")]
    check::<
        intercom_client::types::OfficeHoursSchedule,
    >(
        "updateOfficeHoursSchedule 200 response `updated`",
        EXAMPLE_131,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "office_hours")]
    check::<
        intercom_client::types::Error,
    >(
        "updateOfficeHoursSchedule 401 response `unauthorized`",
        EXAMPLE_132,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "office_hours")]
    check::<
        intercom_client::types::Error,
    >(
        "updateOfficeHoursSchedule 404 response `not_found`",
        EXAMPLE_133,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "office_hours")]
    check::<
        intercom_client::types::Error,
    >(
        "updateOfficeHoursSchedule 404 response `instance_not_found`",
        EXAMPLE_134,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "office_hours")]
    check::<
        intercom_client::types::Error,
    >(
        "updateOfficeHoursSchedule 422 response `invalid_parameter`",
        EXAMPLE_135,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "office_hours")]
    check::<
        intercom_client::types::DeleteOfficeHoursScheduleResponse,
    >(
        "deleteOfficeHoursSchedule 200 response `deleted`",
        EXAMPLE_136,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "office_hours")]
    check::<
        intercom_client::types::Error,
    >(
        "deleteOfficeHoursSchedule 401 response `unauthorized`",
        EXAMPLE_137,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "office_hours")]
    check::<
        intercom_client::types::Error,
    >(
        "deleteOfficeHoursSchedule 404 response `not_found`",
        EXAMPLE_138,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "office_hours")]
    check::<
        intercom_client::types::Error,
    >(
        "deleteOfficeHoursSchedule 404 response `instance_not_found`",
        EXAMPLE_139,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "office_hours")]
    check::<
        intercom_client::types::OfficeHoursExceptionList,
    >(
        "listOfficeHoursExceptions 200 response `exceptions`",
        EXAMPLE_140,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "office_hours")]
    check::<
        intercom_client::types::Error,
    >(
        "listOfficeHoursExceptions 401 response `unauthorized`",
        EXAMPLE_141,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "office_hours")]
    check::<
        intercom_client::types::Error,
    >(
        "listOfficeHoursExceptions 404 response `not_found`",
        EXAMPLE_142,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "office_hours")]
    check::<
        intercom_client::types::Error,
    >(
        "listOfficeHoursExceptions 404 response `instance_not_found`",
        EXAMPLE_143,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "office_hours")]
    check::<
        intercom_client::types::CreateOfficeHoursExceptionRequest,
    >(
        "createOfficeHoursException request `christmas_eve`",
        EXAMPLE_144,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "office_hours")]
    check::<
        intercom_client::types::OfficeHoursException,
    >(
        "createOfficeHoursException 201 response `custom_hours`",
        EXAMPLE_145,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "office_hours")]
    check::<
        intercom_client::types::Error,
    >(
        "createOfficeHoursException 401 response `unauthorized`",
        EXAMPLE_146,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "office_hours")]
    check::<
        intercom_client::types::Error,
    >(
        "createOfficeHoursException 404 response `not_found`",
        EXAMPLE_147,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "office_hours")]
    check::<
        intercom_client::types::Error,
    >(
        "createOfficeHoursException 404 response `instance_not_found`",
        EXAMPLE_148,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "office_hours")]
    check::<
        intercom_client::types::Error,
    >(
        "createOfficeHoursException 422 response `invalid_parameter`",
        EXAMPLE_149,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "office_hours")]
    check::<
        intercom_client::types::OfficeHoursException,
    >(
        "getOfficeHoursException 200 response `closed_day`",
        EXAMPLE_150,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "office_hours")]
    check::<
        intercom_client::types::Error,
    >(
        "getOfficeHoursException 401 response `unauthorized`",
        EXAMPLE_151,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "office_hours")]
    check::<
        intercom_client::types::Error,
    >(
        "getOfficeHoursException 404 response `not_found`",
        EXAMPLE_152,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "office_hours")]
    check::<
        intercom_client::types::Error,
    >(
        "getOfficeHoursException 404 response `instance_not_found`",
        EXAMPLE_153,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "office_hours")]
    check::<
        intercom_client::types::UpdateOfficeHoursExceptionRequest,
    >(
        "updateOfficeHoursException request `close_all_day`",
        EXAMPLE_154,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "office_hours")]
    check::<
        intercom_client::types::OfficeHoursException,
    >(
        "updateOfficeHoursException 200 response `updated`",
        EXAMPLE_155,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "office_hours")]
    check::<
        intercom_client::types::Error,
    >(
        "updateOfficeHoursException 401 response `unauthorized`",
        EXAMPLE_156,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "office_hours")]
    check::<
        intercom_client::types::Error,
    >(
        "updateOfficeHoursException 404 response `not_found`",
        EXAMPLE_157,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "office_hours")]
    check::<
        intercom_client::types::Error,
    >(
        "updateOfficeHoursException 404 response `instance_not_found`",
        EXAMPLE_158,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "office_hours")]
    check::<
        intercom_client::types::Error,
    >(
        "updateOfficeHoursException 422 response `invalid_parameter`",
        EXAMPLE_159,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "office_hours")]
    check::<
        intercom_client::types::DeleteOfficeHoursExceptionResponse,
    >(
        "deleteOfficeHoursException 200 response `deleted`",
        EXAMPLE_160,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "office_hours")]
    check::<
        intercom_client::types::Error,
    >(
        "deleteOfficeHoursException 401 response `unauthorized`",
        EXAMPLE_161,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "office_hours")]
    check::<
        intercom_client::types::Error,
    >(
        "deleteOfficeHoursException 404 response `not_found`",
        EXAMPLE_162,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "office_hours")]
    check::<
        intercom_client::types::Error,
    >(
        "deleteOfficeHoursException 404 response `instance_not_found`",
        EXAMPLE_163,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "reporting_data_export")]
    check::<
        intercom_client::types::ReportingDataExportRequest,
    >(
        "enqueueReportingDataExport request `december_conversations`",
        EXAMPLE_164,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "reporting_data_export")]
    check::<
        intercom_client::types::ReportingDataExportJob,
    >(
        "enqueueReportingDataExport 200 response `pending`",
        EXAMPLE_165,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "reporting_data_export")]
    check::<
        intercom_client::types::Error,
    >(
        "enqueueReportingDataExport 400 response `missing_dataset`",
        EXAMPLE_166,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "reporting_data_export")]
    check::<
        intercom_client::types::Error,
    >(
        "enqueueReportingDataExport 400 response `unknown_attribute`",
        EXAMPLE_167,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "reporting_data_export")]
    check::<
        intercom_client::types::Error,
    >(
        "enqueueReportingDataExport 401 response `unauthorized`",
        EXAMPLE_168,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "reporting_data_export")]
    check::<
        intercom_client::types::Error,
    >(
        "enqueueReportingDataExport 429 response `too_many_jobs`",
        EXAMPLE_169,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "reporting_data_export")]
    check::<
        intercom_client::types::ReportingDataExportJob,
    >(
        "getReportingDataExport 200 response `complete`",
        EXAMPLE_170,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "reporting_data_export")]
    check::<
        intercom_client::types::ReportingDataExportJob,
    >(
        "getReportingDataExport 200 response `failed`",
        EXAMPLE_171,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "reporting_data_export")]
    check::<
        intercom_client::types::Error,
    >(
        "getReportingDataExport 401 response `unauthorized`",
        EXAMPLE_172,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "reporting_data_export")]
    check::<
        intercom_client::types::Error,
    >(
        "getReportingDataExport 404 response `job_not_found`",
        EXAMPLE_173,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "reporting_data_export")]
    check::<
        intercom_client::types::ReportingDatasetList,
    >(
        "listReportingDatasets 200 response `datasets`",
        EXAMPLE_174,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "reporting_data_export")]
    check::<
        intercom_client::types::Error,
    >(
        "listReportingDatasets 401 response `unauthorized`",
        EXAMPLE_175,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "reporting_data_export")]
    check::<
        intercom_client::types::Error,
    >(
        "downloadReportingDataExport 401 response `unauthorized`",
        EXAMPLE_176,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "reporting_data_export")]
    check::<
        intercom_client::types::Error,
    >(
        "downloadReportingDataExport 404 response `job_not_found`",
        EXAMPLE_177,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "help_center")]
    check::<
        intercom_client::types::HelpCenterRedirectList,
    >(
        "listHelpCenterRedirects 200 response `redirects`",
        EXAMPLE_178,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "help_center")]
    check::<
        intercom_client::types::Error,
    >(
        "listHelpCenterRedirects 401 response `unauthorized`",
        EXAMPLE_179,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "help_center")]
    check::<
        intercom_client::types::Error,
    >(
        "listHelpCenterRedirects 404 response `unknown_help_center`",
        EXAMPLE_180,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "help_center")]
    check::<
        intercom_client::types::CreateHelpCenterRedirectRequest,
    >(
        "createHelpCenterRedirect request `to_article`",
        EXAMPLE_181,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "help_center")]
    check::<
        intercom_client::types::HelpCenterRedirect,
    >(
        "createHelpCenterRedirect 200 response `created`",
        EXAMPLE_182,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "help_center")]
    check::<
        intercom_client::types::Error,
    >(
        "createHelpCenterRedirect 400 response `missing_from_url`",
        EXAMPLE_183,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "help_center")]
    check::<
        intercom_client::types::Error,
    >(
        "createHelpCenterRedirect 401 response `unauthorized`",
        EXAMPLE_184,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "help_center")]
    check::<
        intercom_client::types::Error,
    >(
        "createHelpCenterRedirect 409 response `duplicate`",
        EXAMPLE_185,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "help_center")]
    check::<
        intercom_client::types::Error,
    >(
        "createHelpCenterRedirect 422 response `foreign_address`",
        EXAMPLE_186,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "help_center")]
    check::<
        intercom_client::types::Error,
    >(
        "createHelpCenterRedirect 404 response `unknown_help_center`",
        EXAMPLE_187,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "help_center")]
    check::<
        intercom_client::types::HelpCenterRedirect,
    >(
        "retrieveHelpCenterRedirect 200 response `redirect`",
        EXAMPLE_188,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "help_center")]
    check::<
        intercom_client::types::Error,
    >(
        "retrieveHelpCenterRedirect 401 response `unauthorized`",
        EXAMPLE_189,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "help_center")]
    check::<
        intercom_client::types::Error,
    >(
        "retrieveHelpCenterRedirect 404 response `unknown_redirect`",
        EXAMPLE_190,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "help_center")]
    check::<
        intercom_client::types::DeletedHelpCenterRedirectObject,
    >(
        "deleteHelpCenterRedirect 200 response `deleted`",
        EXAMPLE_191,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "help_center")]
    check::<
        intercom_client::types::Error,
    >(
        "deleteHelpCenterRedirect 401 response `unauthorized`",
        EXAMPLE_192,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "help_center")]
    check::<
        intercom_client::types::Error,
    >(
        "deleteHelpCenterRedirect 404 response `unknown_redirect`",
        EXAMPLE_193,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "help_center")]
    check::<
        intercom_client::types::CollectionList,
    >(
        "listAllCollections 200 response `collections`",
        EXAMPLE_194,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "help_center")]
    check::<
        intercom_client::types::Error,
    >(
        "listAllCollections 401 response `unauthorized`",
        EXAMPLE_195,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "help_center")]
    check::<
        intercom_client::types::CreateCollectionRequest,
    >("createCollection request `top_level`", EXAMPLE_196, &[], &[], &mut report);
    #[cfg(feature = "help_center")]
    check::<
        intercom_client::types::Collection,
    >("createCollection 200 response `created`", EXAMPLE_197, &[], &[], &mut report);
    #[cfg(feature = "help_center")]
    check::<
        intercom_client::types::Error,
    >(
        "createCollection 400 response `missing_name`",
        EXAMPLE_198,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "help_center")]
    check::<
        intercom_client::types::Error,
    >(
        "createCollection 401 response `unauthorized`",
        EXAMPLE_199,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "help_center")]
    check::<
        intercom_client::types::Collection,
    >(
        "retrieveCollection 200 response `collection`",
        EXAMPLE_200,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "help_center")]
    check::<
        intercom_client::types::Error,
    >(
        "retrieveCollection 404 response `unknown_collection`",
        EXAMPLE_201,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "help_center")]
    check::<
        intercom_client::types::Error,
    >(
        "retrieveCollection 401 response `unauthorized`",
        EXAMPLE_202,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "help_center")]
    check::<
        intercom_client::types::UpdateCollectionRequest,
    >("updateCollection request `rename`", EXAMPLE_203, &[], &[], &mut report);
    #[cfg(feature = "help_center")]
    check::<
        intercom_client::types::Collection,
    >("updateCollection 200 response `updated`", EXAMPLE_204, &[], &[], &mut report);
    #[cfg(feature = "help_center")]
    check::<
        intercom_client::types::Error,
    >(
        "updateCollection 404 response `unknown_collection`",
        EXAMPLE_205,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "help_center")]
    check::<
        intercom_client::types::Error,
    >(
        "updateCollection 401 response `unauthorized`",
        EXAMPLE_206,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "help_center")]
    check::<
        intercom_client::types::DeletedCollectionObject,
    >("deleteCollection 200 response `deleted`", EXAMPLE_207, &[], &[], &mut report);
    #[cfg(feature = "help_center")]
    check::<
        intercom_client::types::Error,
    >(
        "deleteCollection 404 response `unknown_collection`",
        EXAMPLE_208,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "help_center")]
    check::<
        intercom_client::types::Error,
    >(
        "deleteCollection 401 response `unauthorized`",
        EXAMPLE_209,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "help_center")]
    check::<
        intercom_client::types::HelpCenter,
    >(
        "retrieveHelpCenter 200 response `help_center`",
        EXAMPLE_210,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "help_center")]
    check::<
        intercom_client::types::Error,
    >(
        "retrieveHelpCenter 404 response `unknown_help_center`",
        EXAMPLE_211,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "help_center")]
    check::<
        intercom_client::types::Error,
    >(
        "retrieveHelpCenter 401 response `unauthorized`",
        EXAMPLE_212,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "help_center")]
    check::<
        intercom_client::types::HelpCenterList,
    >("listHelpCenters 200 response `help_centers`", EXAMPLE_213, &[], &[], &mut report);
    #[cfg(feature = "help_center")]
    check::<
        intercom_client::types::Error,
    >("listHelpCenters 401 response `unauthorized`", EXAMPLE_214, &[], &[], &mut report);
    #[cfg(feature = "internal_articles")]
    check::<
        intercom_client::types::InternalArticleList,
    >(
        "listInternalArticles 200 response `internal_articles`",
        EXAMPLE_215,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "internal_articles")]
    check::<
        intercom_client::types::Error,
    >(
        "listInternalArticles 401 response `unauthorized`",
        EXAMPLE_216,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "internal_articles")]
    check::<
        intercom_client::types::CreateInternalArticleRequest,
    >(
        "createInternalArticle request `new_internal`",
        EXAMPLE_217,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "internal_articles")]
    check::<
        intercom_client::types::InternalArticle,
    >(
        "createInternalArticle 200 response `created`",
        EXAMPLE_218,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "internal_articles")]
    check::<
        intercom_client::types::Error,
    >(
        "createInternalArticle 400 response `missing_author`",
        EXAMPLE_219,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "internal_articles")]
    check::<
        intercom_client::types::Error,
    >(
        "createInternalArticle 404 response `unknown_audience`",
        EXAMPLE_220,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "internal_articles")]
    check::<
        intercom_client::types::Error,
    >(
        "createInternalArticle 401 response `unauthorized`",
        EXAMPLE_221,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "internal_articles")]
    check::<
        intercom_client::types::InternalArticle,
    >(
        "retrieveInternalArticle 200 response `internal_article`",
        EXAMPLE_222,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "internal_articles")]
    check::<
        intercom_client::types::Error,
    >(
        "retrieveInternalArticle 404 response `unknown_internal_article`",
        EXAMPLE_223,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "internal_articles")]
    check::<
        intercom_client::types::Error,
    >(
        "retrieveInternalArticle 401 response `unauthorized`",
        EXAMPLE_224,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "internal_articles")]
    check::<
        intercom_client::types::UpdateInternalArticleRequest,
    >("updateInternalArticle request `hand_over`", EXAMPLE_225, &[], &[], &mut report);
    #[cfg(feature = "internal_articles")]
    check::<
        intercom_client::types::InternalArticle,
    >(
        "updateInternalArticle 200 response `updated`",
        EXAMPLE_226,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "internal_articles")]
    check::<
        intercom_client::types::Error,
    >(
        "updateInternalArticle 404 response `unknown_internal_article`",
        EXAMPLE_227,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "internal_articles")]
    check::<
        intercom_client::types::Error,
    >(
        "updateInternalArticle 401 response `unauthorized`",
        EXAMPLE_228,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "internal_articles")]
    check::<
        intercom_client::types::DeletedInternalArticleObject,
    >(
        "deleteInternalArticle 200 response `deleted`",
        EXAMPLE_229,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "internal_articles")]
    check::<
        intercom_client::types::Error,
    >(
        "deleteInternalArticle 404 response `unknown_internal_article`",
        EXAMPLE_230,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "internal_articles")]
    check::<
        intercom_client::types::Error,
    >(
        "deleteInternalArticle 401 response `unauthorized`",
        EXAMPLE_231,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "internal_articles")]
    check::<
        intercom_client::types::AttachTagToInternalArticleRequest,
    >(
        "attachTagToInternalArticle request `apply_tag`",
        EXAMPLE_232,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "internal_articles")]
    check::<
        intercom_client::types::Tag,
    >(
        "attachTagToInternalArticle 200 response `applied`",
        EXAMPLE_233,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "internal_articles")]
    check::<
        intercom_client::types::Error,
    >(
        "attachTagToInternalArticle 403 response `forbidden`",
        EXAMPLE_234,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "internal_articles")]
    check::<
        intercom_client::types::Error,
    >(
        "attachTagToInternalArticle 404 response `unknown_tag`",
        EXAMPLE_235,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "internal_articles")]
    check::<
        intercom_client::types::Error,
    >(
        "attachTagToInternalArticle 401 response `unauthorized`",
        EXAMPLE_236,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "internal_articles")]
    check::<
        intercom_client::types::Tag,
    >(
        "detachTagFromInternalArticle 200 response `removed`",
        EXAMPLE_237,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "internal_articles")]
    check::<
        intercom_client::types::Error,
    >(
        "detachTagFromInternalArticle 403 response `forbidden`",
        EXAMPLE_238,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "internal_articles")]
    check::<
        intercom_client::types::Error,
    >(
        "detachTagFromInternalArticle 404 response `unknown_internal_article`",
        EXAMPLE_239,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "internal_articles")]
    check::<
        intercom_client::types::Error,
    >(
        "detachTagFromInternalArticle 401 response `unauthorized`",
        EXAMPLE_240,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "internal_articles")]
    check::<
        intercom_client::types::InternalArticleSearchResponse,
    >(
        "searchInternalArticles 200 response `matches`",
        EXAMPLE_241,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "internal_articles")]
    check::<
        intercom_client::types::Error,
    >(
        "searchInternalArticles 401 response `unauthorized`",
        EXAMPLE_242,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "folders")]
    check::<
        intercom_client::types::ListFoldersResponse,
    >("listFolders 200 response `folders`", EXAMPLE_243, &[], &[], &mut report);
    #[cfg(feature = "folders")]
    check::<
        intercom_client::types::Error,
    >("listFolders 401 response `unauthorized`", EXAMPLE_244, &[], &[], &mut report);
    #[cfg(feature = "folders")]
    check::<
        intercom_client::types::CreateFolderRequest,
    >("createFolder request `subfolder`", EXAMPLE_245, &[], &[], &mut report);
    #[cfg(feature = "folders")]
    check::<
        intercom_client::types::Folder,
    >("createFolder 200 response `created`", EXAMPLE_246, &[], &[], &mut report);
    #[cfg(feature = "folders")]
    check::<
        intercom_client::types::Error,
    >("createFolder 401 response `unauthorized`", EXAMPLE_247, &[], &[], &mut report);
    #[cfg(feature = "folders")]
    check::<
        intercom_client::types::Error,
    >("createFolder 400 response `missing_name`", EXAMPLE_248, &[], &[], &mut report);
    #[cfg(feature = "folders")]
    check::<
        intercom_client::types::Folder,
    >("retrieveFolder 200 response `folder`", EXAMPLE_249, &[], &[], &mut report);
    #[cfg(feature = "folders")]
    check::<
        intercom_client::types::Error,
    >("retrieveFolder 401 response `unauthorized`", EXAMPLE_250, &[], &[], &mut report);
    #[cfg(feature = "folders")]
    check::<
        intercom_client::types::Error,
    >(
        "retrieveFolder 404 response `unknown_folder`",
        EXAMPLE_251,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "folders")]
    check::<
        intercom_client::types::UpdateFolderRequest,
    >("updateFolder request `rename`", EXAMPLE_252, &[], &[], &mut report);
    #[cfg(feature = "folders")]
    check::<
        intercom_client::types::Folder,
    >("updateFolder 200 response `updated`", EXAMPLE_253, &[], &[], &mut report);
    #[cfg(feature = "folders")]
    check::<
        intercom_client::types::Error,
    >("updateFolder 401 response `unauthorized`", EXAMPLE_254, &[], &[], &mut report);
    #[cfg(feature = "folders")]
    check::<
        intercom_client::types::Error,
    >("updateFolder 404 response `unknown_folder`", EXAMPLE_255, &[], &[], &mut report);
    #[cfg(feature = "folders")]
    check::<
        intercom_client::types::Error,
    >("updateFolder 400 response `empty_name`", EXAMPLE_256, &[], &[], &mut report);
    #[cfg(feature = "folders")]
    check::<
        intercom_client::types::DeletedFolderObject,
    >("deleteFolder 200 response `deleted`", EXAMPLE_257, &[], &[], &mut report);
    #[cfg(feature = "folders")]
    check::<
        intercom_client::types::Error,
    >("deleteFolder 401 response `unauthorized`", EXAMPLE_258, &[], &[], &mut report);
    #[cfg(feature = "folders")]
    check::<
        intercom_client::types::Error,
    >("deleteFolder 404 response `unknown_folder`", EXAMPLE_259, &[], &[], &mut report);
    #[cfg(feature = "folders")]
    check::<
        intercom_client::types::Error,
    >("deleteFolder 422 response `not_empty`", EXAMPLE_260, &[], &[], &mut report);
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::CompanyList,
    >("retrieveCompany 200 response `ok`", EXAMPLE_261, &[], &[], &mut report);
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::Error,
    >("retrieveCompany 401 response `unauthorized`", EXAMPLE_262, &[], &[], &mut report);
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::Error,
    >("retrieveCompany 404 response `error`", EXAMPLE_263, &[], &[], &mut report);
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::CreateOrUpdateCompanyRequest,
    >("createOrUpdateCompany request `company`", EXAMPLE_264, &[], &[], &mut report);
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::Company,
    >("createOrUpdateCompany 200 response `ok`", EXAMPLE_265, &[], &[], &mut report);
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::Error,
    >("createOrUpdateCompany 400 response `error`", EXAMPLE_266, &[], &[], &mut report);
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::Error,
    >(
        "createOrUpdateCompany 401 response `unauthorized`",
        EXAMPLE_267,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::Company,
    >("RetrieveACompanyById 200 response `ok`", EXAMPLE_268, &[], &[], &mut report);
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::Error,
    >(
        "RetrieveACompanyById 401 response `unauthorized`",
        EXAMPLE_269,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::Error,
    >("RetrieveACompanyById 404 response `error`", EXAMPLE_270, &[], &[], &mut report);
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::Company,
    >("UpdateCompany 200 response `ok`", EXAMPLE_271, &[], &[], &mut report);
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::Error,
    >("UpdateCompany 401 response `unauthorized`", EXAMPLE_272, &[], &[], &mut report);
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::Error,
    >("UpdateCompany 404 response `error`", EXAMPLE_273, &[], &[], &mut report);
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::DeletedCompanyObject,
    >("deleteCompany 200 response `ok`", EXAMPLE_274, &[], &[], &mut report);
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::Error,
    >("deleteCompany 401 response `unauthorized`", EXAMPLE_275, &[], &[], &mut report);
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::Error,
    >("deleteCompany 404 response `error`", EXAMPLE_276, &[], &[], &mut report);
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::CompanyAttachedContacts,
    >("ListAttachedContacts 200 response `ok`", EXAMPLE_277, &[], &[], &mut report);
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::Error,
    >(
        "ListAttachedContacts 401 response `unauthorized`",
        EXAMPLE_278,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::Error,
    >("ListAttachedContacts 404 response `error`", EXAMPLE_279, &[], &[], &mut report);
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::CompanyAttachedSegments,
    >(
        "ListAttachedSegmentsForCompanies 200 response `ok`",
        EXAMPLE_280,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::Error,
    >(
        "ListAttachedSegmentsForCompanies 401 response `unauthorized`",
        EXAMPLE_281,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::Error,
    >(
        "ListAttachedSegmentsForCompanies 404 response `error`",
        EXAMPLE_282,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "notes")]
    check::<
        intercom_client::types::NoteList,
    >("listCompanyNotes 200 response `ok`", EXAMPLE_283, &[], &[], &mut report);
    #[cfg(feature = "notes")]
    check::<
        intercom_client::types::Error,
    >("listCompanyNotes 404 response `error`", EXAMPLE_284, &[], &[], &mut report);
    #[cfg(feature = "notes")]
    check::<
        intercom_client::types::CreateCompanyNoteRequest,
    >("createCompanyNote request `note`", EXAMPLE_285, &[], &[], &mut report);
    #[cfg(feature = "notes")]
    check::<
        intercom_client::types::Note,
    >("createCompanyNote 200 response `ok`", EXAMPLE_286, &[], &[], &mut report);
    #[cfg(feature = "notes")]
    check::<
        intercom_client::types::Error,
    >(
        "createCompanyNote 401 response `unauthorized`",
        EXAMPLE_287,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "notes")]
    check::<
        intercom_client::types::Error,
    >("createCompanyNote 404 response `error`", EXAMPLE_288, &[], &[], &mut report);
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::CompanySearchRequest,
    >("searchCompanies request `by_spend`", EXAMPLE_289, &[], &[], &mut report);
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::CompanyList,
    >("searchCompanies 200 response `ok`", EXAMPLE_290, &[], &[], &mut report);
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::Error,
    >("searchCompanies 400 response `error`", EXAMPLE_291, &[], &[], &mut report);
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::Error,
    >("searchCompanies 401 response `unauthorized`", EXAMPLE_292, &[], &[], &mut report);
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::CompanyList,
    >("listAllCompanies 200 response `ok`", EXAMPLE_293, &[], &[], &mut report);
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::Error,
    >(
        "listAllCompanies 401 response `unauthorized`",
        EXAMPLE_294,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::CompanyScroll,
    >("scrollOverAllCompanies 200 response `ok`", EXAMPLE_295, &[], &[], &mut report);
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::Error,
    >(
        "scrollOverAllCompanies 401 response `unauthorized`",
        EXAMPLE_296,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::ContactAttachedCompanies,
    >("listCompaniesForAContact 200 response `ok`", EXAMPLE_297, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >(
        "listCompaniesForAContact 401 response `unauthorized`",
        EXAMPLE_298,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >(
        "listCompaniesForAContact 404 response `error`",
        EXAMPLE_299,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::AttachContactToACompanyRequest,
    >("attachContactToACompany request `company`", EXAMPLE_300, &[], &[], &mut report);
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::Company,
    >("attachContactToACompany 200 response `ok`", EXAMPLE_301, &[], &[], &mut report);
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::Error,
    >(
        "attachContactToACompany 400 response `error`",
        EXAMPLE_302,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::Error,
    >(
        "attachContactToACompany 401 response `unauthorized`",
        EXAMPLE_303,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::Error,
    >(
        "attachContactToACompany 404 response `error`",
        EXAMPLE_304,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::Company,
    >("detachContactFromACompany 200 response `ok`", EXAMPLE_305, &[], &[], &mut report);
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::Error,
    >(
        "detachContactFromACompany 401 response `unauthorized`",
        EXAMPLE_306,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::Error,
    >(
        "detachContactFromACompany 404 response `error`",
        EXAMPLE_307,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::BulkUpdateCompaniesRequest,
    >("BulkUpdateCompanies request `two_companies`", EXAMPLE_308, &[], &[], &mut report);
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::CompaniesBulkJob,
    >("BulkUpdateCompanies 202 response `ok`", EXAMPLE_309, &[], &[], &mut report);
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::Error,
    >(
        "BulkUpdateCompanies 401 response `unauthorized`",
        EXAMPLE_310,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::Error,
    >("BulkUpdateCompanies 403 response `error`", EXAMPLE_311, &[], &[], &mut report);
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::Error,
    >("BulkUpdateCompanies 404 response `error`", EXAMPLE_312, &[], &[], &mut report);
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::Error,
    >("BulkUpdateCompanies 422 response `error`", EXAMPLE_313, &[], &[], &mut report);
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::BulkCreateCompaniesRequest,
    >("BulkCreateCompanies request `two_companies`", EXAMPLE_314, &[], &[], &mut report);
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::CompaniesBulkJob,
    >("BulkCreateCompanies 202 response `ok`", EXAMPLE_315, &[], &[], &mut report);
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::Error,
    >(
        "BulkCreateCompanies 401 response `unauthorized`",
        EXAMPLE_316,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::Error,
    >("BulkCreateCompanies 403 response `error`", EXAMPLE_317, &[], &[], &mut report);
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::Error,
    >("BulkCreateCompanies 404 response `error`", EXAMPLE_318, &[], &[], &mut report);
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::Error,
    >("BulkCreateCompanies 422 response `error`", EXAMPLE_319, &[], &[], &mut report);
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::BulkDeleteCompaniesRequest,
    >("BulkDeleteCompanies request `one_company`", EXAMPLE_320, &[], &[], &mut report);
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::CompaniesBulkJob,
    >("BulkDeleteCompanies 202 response `ok`", EXAMPLE_321, &[], &[], &mut report);
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::Error,
    >(
        "BulkDeleteCompanies 401 response `unauthorized`",
        EXAMPLE_322,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::Error,
    >("BulkDeleteCompanies 403 response `error`", EXAMPLE_323, &[], &[], &mut report);
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::Error,
    >("BulkDeleteCompanies 404 response `error`", EXAMPLE_324, &[], &[], &mut report);
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::Error,
    >("BulkDeleteCompanies 422 response `error`", EXAMPLE_325, &[], &[], &mut report);
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::CompaniesBulkJob,
    >("ShowBulkCompaniesJob 200 response `ok`", EXAMPLE_326, &[], &[], &mut report);
    #[cfg(feature = "companies")]
    check::<
        intercom_client::types::Error,
    >(
        "ShowBulkCompaniesJob 401 response `unauthorized`",
        EXAMPLE_327,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "notes")]
    check::<
        intercom_client::types::NoteList,
    >("listNotes 200 response `ok`", EXAMPLE_328, &[], &[], &mut report);
    #[cfg(feature = "notes")]
    check::<
        intercom_client::types::Error,
    >("listNotes 404 response `error`", EXAMPLE_329, &[], &[], &mut report);
    #[cfg(feature = "notes")]
    check::<
        intercom_client::types::CreateNoteRequest,
    >("createNote request `note`", EXAMPLE_330, &[], &[], &mut report);
    #[cfg(feature = "notes")]
    check::<
        intercom_client::types::Note,
    >("createNote 200 response `ok`", EXAMPLE_331, &[], &[], &mut report);
    #[cfg(feature = "notes")]
    check::<
        intercom_client::types::Error,
    >("createNote 404 response `error`", EXAMPLE_332, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::ContactSegments,
    >("listSegmentsForAContact 200 response `ok`", EXAMPLE_333, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >(
        "listSegmentsForAContact 401 response `unauthorized`",
        EXAMPLE_334,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >(
        "listSegmentsForAContact 404 response `error`",
        EXAMPLE_335,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::SubscriptionTypeList,
    >(
        "listSubscriptionsForAContact 200 response `ok`",
        EXAMPLE_336,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >(
        "listSubscriptionsForAContact 401 response `unauthorized`",
        EXAMPLE_337,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >(
        "listSubscriptionsForAContact 404 response `error`",
        EXAMPLE_338,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "subscription_types")]
    check::<
        intercom_client::types::AttachSubscriptionTypeToContactRequest,
    >(
        "attachSubscriptionTypeToContact request `opt_in`",
        EXAMPLE_339,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "subscription_types")]
    check::<
        intercom_client::types::SubscriptionType,
    >(
        "attachSubscriptionTypeToContact 200 response `ok`",
        EXAMPLE_340,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "subscription_types")]
    check::<
        intercom_client::types::Error,
    >(
        "attachSubscriptionTypeToContact 401 response `unauthorized`",
        EXAMPLE_341,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "subscription_types")]
    check::<
        intercom_client::types::Error,
    >(
        "attachSubscriptionTypeToContact 404 response `error`",
        EXAMPLE_342,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "subscription_types")]
    check::<
        intercom_client::types::SubscriptionType,
    >(
        "detachSubscriptionTypeToContact 200 response `ok`",
        EXAMPLE_343,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "subscription_types")]
    check::<
        intercom_client::types::Error,
    >(
        "detachSubscriptionTypeToContact 401 response `unauthorized`",
        EXAMPLE_344,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "subscription_types")]
    check::<
        intercom_client::types::Error,
    >(
        "detachSubscriptionTypeToContact 404 response `error`",
        EXAMPLE_345,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::TagList,
    >("listTagsForAContact 200 response `ok`", EXAMPLE_346, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >(
        "listTagsForAContact 401 response `unauthorized`",
        EXAMPLE_347,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >("listTagsForAContact 404 response `error`", EXAMPLE_348, &[], &[], &mut report);
    #[cfg(feature = "tags")]
    check::<
        intercom_client::types::AttachTagToContactRequest,
    >("attachTagToContact request `tag`", EXAMPLE_349, &[], &[], &mut report);
    #[cfg(feature = "tags")]
    check::<
        intercom_client::types::Tag,
    >("attachTagToContact 200 response `ok`", EXAMPLE_350, &[], &[], &mut report);
    #[cfg(feature = "tags")]
    check::<
        intercom_client::types::Error,
    >(
        "attachTagToContact 401 response `unauthorized`",
        EXAMPLE_351,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "tags")]
    check::<
        intercom_client::types::Error,
    >("attachTagToContact 404 response `error`", EXAMPLE_352, &[], &[], &mut report);
    #[cfg(feature = "tags")]
    check::<
        intercom_client::types::Tag,
    >("detachTagFromContact 200 response `ok`", EXAMPLE_353, &[], &[], &mut report);
    #[cfg(feature = "tags")]
    check::<
        intercom_client::types::Error,
    >(
        "detachTagFromContact 401 response `unauthorized`",
        EXAMPLE_354,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "tags")]
    check::<
        intercom_client::types::Error,
    >("detachTagFromContact 404 response `error`", EXAMPLE_355, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::ShowContactResponse,
    >("ShowContact 200 response `user`", EXAMPLE_356, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >("ShowContact 401 response `unauthorized`", EXAMPLE_357, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >("ShowContact 404 response `not_found`", EXAMPLE_358, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >("ShowContact 410 response `contact_merged`", EXAMPLE_359, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::UpdateContactRequest,
    >("UpdateContact request `rename`", EXAMPLE_360, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::UpdateContactRequest,
    >("UpdateContact request `link_order`", EXAMPLE_361, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::UpdateContactResponse,
    >("UpdateContact 200 response `user`", EXAMPLE_362, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >("UpdateContact 401 response `unauthorized`", EXAMPLE_363, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::ContactDeleted,
    >("DeleteContact 200 response `ok`", EXAMPLE_364, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >("DeleteContact 401 response `unauthorized`", EXAMPLE_365, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::MergeContactsRequest,
    >("MergeContact request `merge`", EXAMPLE_366, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::MergeContactResponse,
    >("MergeContact 200 response `user`", EXAMPLE_367, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >("MergeContact 400 response `error`", EXAMPLE_368, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >("MergeContact 401 response `unauthorized`", EXAMPLE_369, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::MergePreviewRequest,
    >("PreviewMergeContact request `preview`", EXAMPLE_370, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::MergePreviewResponse,
    >("PreviewMergeContact 200 response `ok`", EXAMPLE_371, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >(
        "PreviewMergeContact 401 response `unauthorized`",
        EXAMPLE_372,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::ContactSearchRequest,
    >("SearchContacts request `by_email_domain`", EXAMPLE_373, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::ContactList,
    >("SearchContacts 200 response `ok`", EXAMPLE_374, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >("SearchContacts 400 response `error`", EXAMPLE_375, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >("SearchContacts 401 response `unauthorized`", EXAMPLE_376, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::ContactActivityList,
    >("ListContactActivities 200 response `ok`", EXAMPLE_377, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >(
        "ListContactActivities 401 response `unauthorized`",
        EXAMPLE_378,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::ContactList,
    >("ListContacts 200 response `ok`", EXAMPLE_379, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >("ListContacts 401 response `unauthorized`", EXAMPLE_380, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::CreateContactRequest,
    >("CreateContact request `user`", EXAMPLE_381, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::CreateContactResponse,
    >("CreateContact 200 response `user`", EXAMPLE_382, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >("CreateContact 401 response `unauthorized`", EXAMPLE_383, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::ShowContactByExternalIdResponse,
    >("ShowContactByExternalId 200 response `user`", EXAMPLE_384, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >(
        "ShowContactByExternalId 401 response `unauthorized`",
        EXAMPLE_385,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >(
        "ShowContactByExternalId 404 response `not_found`",
        EXAMPLE_386,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >(
        "ShowContactByExternalId 410 response `contact_merged`",
        EXAMPLE_387,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::ContactArchived,
    >("ArchiveContact 200 response `ok`", EXAMPLE_388, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >("ArchiveContact 401 response `unauthorized`", EXAMPLE_389, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::ContactUnarchived,
    >("UnarchiveContact 200 response `ok`", EXAMPLE_390, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >(
        "UnarchiveContact 401 response `unauthorized`",
        EXAMPLE_391,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::ContactBlocked,
    >("BlockContact 200 response `ok`", EXAMPLE_392, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >("BlockContact 401 response `unauthorized`", EXAMPLE_393, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::MergeHistoryList,
    >("ListContactMergeHistory 200 response `ok`", EXAMPLE_394, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >(
        "ListContactMergeHistory 401 response `unauthorized`",
        EXAMPLE_395,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >(
        "ListContactMergeHistory 404 response `error`",
        EXAMPLE_396,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "banners")]
    check::<
        intercom_client::types::BannerList,
    >("listContactBanners 200 response `banners`", EXAMPLE_397, &[], &[], &mut report);
    #[cfg(feature = "banners")]
    check::<
        intercom_client::types::Error,
    >("listContactBanners 404 response `error`", EXAMPLE_398, &[], &[], &mut report);
    #[cfg(feature = "banners")]
    check::<
        intercom_client::types::BannerDismiss,
    >(
        "dismissContactBanner 200 response `dismissed`",
        EXAMPLE_399,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "banners")]
    check::<
        intercom_client::types::Error,
    >("dismissContactBanner 404 response `error`", EXAMPLE_400, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::BulkUpdateContactsRequest,
    >("BulkUpdateContacts request `two_contacts`", EXAMPLE_401, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::ContactsBulkJob,
    >("BulkUpdateContacts 202 response `ok`", EXAMPLE_402, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >(
        "BulkUpdateContacts 401 response `unauthorized`",
        EXAMPLE_403,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >("BulkUpdateContacts 403 response `error`", EXAMPLE_404, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >("BulkUpdateContacts 404 response `error`", EXAMPLE_405, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >("BulkUpdateContacts 422 response `error`", EXAMPLE_406, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::BulkCreateContactsRequest,
    >("BulkCreateContacts request `two_users`", EXAMPLE_407, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::ContactsBulkJob,
    >("BulkCreateContacts 202 response `ok`", EXAMPLE_408, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >(
        "BulkCreateContacts 401 response `unauthorized`",
        EXAMPLE_409,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >("BulkCreateContacts 403 response `error`", EXAMPLE_410, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >("BulkCreateContacts 404 response `error`", EXAMPLE_411, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >("BulkCreateContacts 422 response `error`", EXAMPLE_412, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::BulkDeleteContactsRequest,
    >("BulkDeleteContacts request `one_contact`", EXAMPLE_413, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::ContactsBulkJob,
    >("BulkDeleteContacts 202 response `ok`", EXAMPLE_414, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >(
        "BulkDeleteContacts 401 response `unauthorized`",
        EXAMPLE_415,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >("BulkDeleteContacts 403 response `error`", EXAMPLE_416, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >("BulkDeleteContacts 404 response `error`", EXAMPLE_417, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >("BulkDeleteContacts 422 response `error`", EXAMPLE_418, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::ContactsBulkJob,
    >("ShowBulkUpdateContactsJob 200 response `ok`", EXAMPLE_419, &[], &[], &mut report);
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >(
        "ShowBulkUpdateContactsJob 401 response `unauthorized`",
        EXAMPLE_420,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "content")]
    check::<
        intercom_client::types::ContentBulkActionRequest,
    >(
        "bulkContentActions request `set_availability`",
        EXAMPLE_421,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "content")]
    check::<
        intercom_client::types::ContentBulkActionResponse,
    >("bulkContentActions 202 response `queued`", EXAMPLE_422, &[], &[], &mut report);
    #[cfg(feature = "content")]
    check::<
        intercom_client::types::Error,
    >(
        "bulkContentActions 401 response `unauthorized`",
        EXAMPLE_423,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "content")]
    check::<
        intercom_client::types::Error,
    >(
        "bulkContentActions 403 response `missing_scope`",
        EXAMPLE_424,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "content")]
    check::<
        intercom_client::types::Error,
    >(
        "bulkContentActions 422 response `too_many_tags`",
        EXAMPLE_425,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "content")]
    check::<
        intercom_client::types::ContentSearchResponse,
    >("searchContent 200 response `hits`", EXAMPLE_426, &[], &[], &mut report);
    #[cfg(feature = "content")]
    check::<
        intercom_client::types::Error,
    >("searchContent 401 response `unauthorized`", EXAMPLE_427, &[], &[], &mut report);
    #[cfg(feature = "content")]
    check::<
        intercom_client::types::Error,
    >(
        "searchContent 422 response `invalid_parameter`",
        EXAMPLE_428,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "content_snippets")]
    check::<
        intercom_client::types::ContentSnippetList,
    >("listContentSnippets 200 response `snippets`", EXAMPLE_429, &[], &[], &mut report);
    #[cfg(feature = "content_snippets")]
    check::<
        intercom_client::types::Error,
    >(
        "listContentSnippets 401 response `unauthorized`",
        EXAMPLE_430,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "content_snippets")]
    check::<
        intercom_client::types::ContentSnippetCreateRequest,
    >("createContentSnippet request `markdown`", EXAMPLE_431, &[], &[], &mut report);
    #[cfg(feature = "content_snippets")]
    check::<
        intercom_client::types::ContentSnippet,
    >("createContentSnippet 201 response `created`", EXAMPLE_432, &[], &[], &mut report);
    #[cfg(feature = "content_snippets")]
    check::<
        intercom_client::types::Error,
    >(
        "createContentSnippet 404 response `unknown_audience`",
        EXAMPLE_433,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "content_snippets")]
    check::<
        intercom_client::types::Error,
    >(
        "createContentSnippet 422 response `unsupported_locale`",
        EXAMPLE_434,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "content_snippets")]
    check::<
        intercom_client::types::Error,
    >(
        "createContentSnippet 401 response `unauthorized`",
        EXAMPLE_435,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "content_snippets")]
    check::<
        intercom_client::types::ContentSnippet,
    >("getContentSnippet 200 response `snippet`", EXAMPLE_436, &[], &[], &mut report);
    #[cfg(feature = "content_snippets")]
    check::<
        intercom_client::types::Error,
    >(
        "getContentSnippet 404 response `unknown_snippet`",
        EXAMPLE_437,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "content_snippets")]
    check::<
        intercom_client::types::Error,
    >(
        "getContentSnippet 401 response `unauthorized`",
        EXAMPLE_438,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "content_snippets")]
    check::<
        intercom_client::types::ContentSnippetUpdateRequest,
    >(
        "updateContentSnippet request `longer_window`",
        EXAMPLE_439,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "content_snippets")]
    check::<
        intercom_client::types::ContentSnippet,
    >("updateContentSnippet 200 response `updated`", EXAMPLE_440, &[], &[], &mut report);
    #[cfg(feature = "content_snippets")]
    check::<
        intercom_client::types::Error,
    >(
        "updateContentSnippet 404 response `unknown_snippet`",
        EXAMPLE_441,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "content_snippets")]
    check::<
        intercom_client::types::Error,
    >(
        "updateContentSnippet 422 response `unsupported_locale`",
        EXAMPLE_442,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "content_snippets")]
    check::<
        intercom_client::types::Error,
    >(
        "updateContentSnippet 401 response `unauthorized`",
        EXAMPLE_443,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "content_snippets")]
    check::<
        intercom_client::types::Error,
    >(
        "deleteContentSnippet 404 response `unknown_snippet`",
        EXAMPLE_444,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "content_snippets")]
    check::<
        intercom_client::types::Error,
    >("deleteContentSnippet 422 response `in_use`", EXAMPLE_445, &[], &[], &mut report);
    #[cfg(feature = "content_snippets")]
    check::<
        intercom_client::types::Error,
    >(
        "deleteContentSnippet 401 response `unauthorized`",
        EXAMPLE_446,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "content_snippets")]
    check::<
        intercom_client::types::AttachTagToContentSnippetRequest,
    >(
        "attachTagToContentSnippet request `apply_tag`",
        EXAMPLE_447,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "content_snippets")]
    check::<
        intercom_client::types::Tag,
    >(
        "attachTagToContentSnippet 200 response `applied`",
        EXAMPLE_448,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "content_snippets")]
    check::<
        intercom_client::types::Error,
    >(
        "attachTagToContentSnippet 403 response `forbidden`",
        EXAMPLE_449,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "content_snippets")]
    check::<
        intercom_client::types::Error,
    >(
        "attachTagToContentSnippet 404 response `unknown_snippet`",
        EXAMPLE_450,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "content_snippets")]
    check::<
        intercom_client::types::Error,
    >(
        "attachTagToContentSnippet 401 response `unauthorized`",
        EXAMPLE_451,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "content_snippets")]
    check::<
        intercom_client::types::Tag,
    >(
        "detachTagFromContentSnippet 200 response `removed`",
        EXAMPLE_452,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "content_snippets")]
    check::<
        intercom_client::types::Error,
    >(
        "detachTagFromContentSnippet 403 response `forbidden`",
        EXAMPLE_453,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "content_snippets")]
    check::<
        intercom_client::types::Error,
    >(
        "detachTagFromContentSnippet 404 response `unknown_tag`",
        EXAMPLE_454,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "content_snippets")]
    check::<
        intercom_client::types::Error,
    >(
        "detachTagFromContentSnippet 401 response `unauthorized`",
        EXAMPLE_455,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "tags")]
    check::<
        intercom_client::types::AttachTagToConversationRequest,
    >("attachTagToConversation request `tag`", EXAMPLE_456, &[], &[], &mut report);
    #[cfg(feature = "tags")]
    check::<
        intercom_client::types::Tag,
    >("attachTagToConversation 200 response `ok`", EXAMPLE_457, &[], &[], &mut report);
    #[cfg(feature = "tags")]
    check::<
        intercom_client::types::Error,
    >(
        "attachTagToConversation 401 response `unauthorized`",
        EXAMPLE_458,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "tags")]
    check::<
        intercom_client::types::Error,
    >(
        "attachTagToConversation 404 response `error`",
        EXAMPLE_459,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "tags")]
    check::<
        intercom_client::types::DetachTagFromConversationRequest,
    >("detachTagFromConversation request `admin`", EXAMPLE_460, &[], &[], &mut report);
    #[cfg(feature = "tags")]
    check::<
        intercom_client::types::Tag,
    >("detachTagFromConversation 200 response `ok`", EXAMPLE_461, &[], &[], &mut report);
    #[cfg(feature = "tags")]
    check::<
        intercom_client::types::Error,
    >(
        "detachTagFromConversation 401 response `unauthorized`",
        EXAMPLE_462,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "tags")]
    check::<
        intercom_client::types::Error,
    >(
        "detachTagFromConversation 404 response `error`",
        EXAMPLE_463,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::ConversationList,
    >("listConversations 200 response `first_page`", EXAMPLE_464, &[], &[], &mut report);
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Error,
    >(
        "listConversations 401 response `unauthorized`",
        EXAMPLE_465,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Error,
    >(
        "listConversations 403 response `api_plan_restricted`",
        EXAMPLE_466,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::CreateConversationRequest,
    >(
        "createConversation request `contact_message`",
        EXAMPLE_467,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Message,
    >("createConversation 200 response `created`", EXAMPLE_468, &[], &[], &mut report);
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Error,
    >(
        "createConversation 401 response `unauthorized`",
        EXAMPLE_469,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Error,
    >(
        "createConversation 403 response `api_plan_restricted`",
        EXAMPLE_470,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Error,
    >(
        "createConversation 404 response `contact_not_found`",
        EXAMPLE_471,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Conversation,
    >(
        "retrieveConversation 200 response `messenger_conversation`",
        EXAMPLE_472,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Conversation,
    >(
        "retrieveConversation 200 response `email_conversation`",
        EXAMPLE_473,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Conversation,
    >(
        "retrieveConversation 200 response `with_qa_results`",
        EXAMPLE_474,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Error,
    >(
        "retrieveConversation 401 response `unauthorized`",
        EXAMPLE_475,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Error,
    >(
        "retrieveConversation 403 response `api_plan_restricted`",
        EXAMPLE_476,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Error,
    >(
        "retrieveConversation 404 response `not_found`",
        EXAMPLE_477,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::UpdateConversationRequest,
    >("updateConversation request `retitle`", EXAMPLE_478, &[], &[], &mut report);
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Conversation,
    >(
        "updateConversation 200 response `conversation_updated`",
        EXAMPLE_479,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Error,
    >(
        "updateConversation 401 response `unauthorized`",
        EXAMPLE_480,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Error,
    >(
        "updateConversation 403 response `api_plan_restricted`",
        EXAMPLE_481,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Error,
    >("updateConversation 404 response `not_found`", EXAMPLE_482, &[], &[], &mut report);
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::ConversationDeleted,
    >("deleteConversation 200 response `deleted`", EXAMPLE_483, &[], &[], &mut report);
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Error,
    >(
        "deleteConversation 401 response `unauthorized`",
        EXAMPLE_484,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Error,
    >(
        "deleteConversation 403 response `api_plan_restricted`",
        EXAMPLE_485,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::SearchRequest,
    >(
        "searchConversations request `open_high_priority`",
        EXAMPLE_486,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::ConversationList,
    >("searchConversations 200 response `matches`", EXAMPLE_487, &[], &[], &mut report);
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Error,
    >(
        "searchConversations 401 response `unauthorized`",
        EXAMPLE_488,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::ReplyConversationRequest,
    >(
        "replyConversation request `admin_quick_reply`",
        EXAMPLE_489,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::ReplyConversationRequest,
    >("replyConversation request `admin_note`", EXAMPLE_490, &[], &[], &mut report);
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::ReplyConversationRequest,
    >(
        "replyConversation request `contact_picks_option`",
        EXAMPLE_491,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::ReplyConversationRequest,
    >(
        "replyConversation request `contact_by_email`",
        EXAMPLE_492,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Conversation,
    >(
        "replyConversation 200 response `admin_quick_reply`",
        EXAMPLE_493,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Conversation,
    >(
        "replyConversation 200 response `contact_picks_option`",
        EXAMPLE_494,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Error,
    >(
        "replyConversation 401 response `unauthorized`",
        EXAMPLE_495,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Error,
    >(
        "replyConversation 403 response `api_plan_restricted`",
        EXAMPLE_496,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Error,
    >("replyConversation 404 response `not_found`", EXAMPLE_497, &[], &[], &mut report);
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::ManageConversationRequest,
    >("manageConversation request `close`", EXAMPLE_498, &[], &[], &mut report);
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::ManageConversationRequest,
    >("manageConversation request `assign_team`", EXAMPLE_499, &[], &[], &mut report);
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::ManageConversationRequest,
    >("manageConversation request `snooze`", EXAMPLE_500, &[], &[], &mut report);
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Conversation,
    >(
        "manageConversation 200 response `conversation_closed`",
        EXAMPLE_501,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Error,
    >(
        "manageConversation 401 response `unauthorized`",
        EXAMPLE_502,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Error,
    >(
        "manageConversation 403 response `api_plan_restricted`",
        EXAMPLE_503,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Error,
    >("manageConversation 404 response `not_found`", EXAMPLE_504, &[], &[], &mut report);
    #[cfg(feature = "conversation_parts")]
    check::<
        intercom_client::types::UpdateConversationPartRequest,
    >("updateConversationPart request `seen`", EXAMPLE_505, &[], &[], &mut report);
    #[cfg(feature = "conversation_parts")]
    check::<
        intercom_client::types::ConversationPart,
    >("updateConversationPart 200 response `part`", EXAMPLE_506, &[], &[], &mut report);
    #[cfg(feature = "conversation_parts")]
    check::<
        intercom_client::types::Error,
    >(
        "updateConversationPart 401 response `unauthorized`",
        EXAMPLE_507,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversation_parts")]
    check::<
        intercom_client::types::Error,
    >(
        "updateConversationPart 403 response `api_plan_restricted`",
        EXAMPLE_508,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversation_parts")]
    check::<
        intercom_client::types::Error,
    >(
        "updateConversationPart 404 response `part_not_found`",
        EXAMPLE_509,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversation_participants")]
    check::<
        intercom_client::types::AttachContactToConversationRequest,
    >(
        "attachContactToConversation request `by_intercom_id`",
        EXAMPLE_510,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversation_participants")]
    check::<
        intercom_client::types::Conversation,
    >(
        "attachContactToConversation 200 response `conversation_two_contacts`",
        EXAMPLE_511,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversation_participants")]
    check::<
        intercom_client::types::Error,
    >(
        "attachContactToConversation 401 response `unauthorized`",
        EXAMPLE_512,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversation_participants")]
    check::<
        intercom_client::types::Error,
    >(
        "attachContactToConversation 403 response `api_plan_restricted`",
        EXAMPLE_513,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversation_participants")]
    check::<
        intercom_client::types::Error,
    >(
        "attachContactToConversation 404 response `not_found`",
        EXAMPLE_514,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversation_participants")]
    check::<
        intercom_client::types::DetachContactFromConversationRequest,
    >(
        "detachContactFromConversation request `by_admin`",
        EXAMPLE_515,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversation_participants")]
    check::<
        intercom_client::types::Conversation,
    >(
        "detachContactFromConversation 200 response `conversation_full`",
        EXAMPLE_516,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversation_participants")]
    check::<
        intercom_client::types::Error,
    >(
        "detachContactFromConversation 401 response `unauthorized`",
        EXAMPLE_517,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversation_participants")]
    check::<
        intercom_client::types::Error,
    >(
        "detachContactFromConversation 403 response `api_plan_restricted`",
        EXAMPLE_518,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversation_participants")]
    check::<
        intercom_client::types::Error,
    >(
        "detachContactFromConversation 404 response `contact_not_found`",
        EXAMPLE_519,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversation_participants")]
    check::<
        intercom_client::types::Error,
    >(
        "detachContactFromConversation 422 response `last_customer`",
        EXAMPLE_520,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::HandlingEventList,
    >(
        "listHandlingEvents 200 response `pause_and_resume`",
        EXAMPLE_521,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Error,
    >(
        "listHandlingEvents 401 response `unauthorized`",
        EXAMPLE_522,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Error,
    >("listHandlingEvents 404 response `not_found`", EXAMPLE_523, &[], &[], &mut report);
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::SideConversationList,
    >(
        "listSideConversations 200 response `one_thread`",
        EXAMPLE_524,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Error,
    >(
        "listSideConversations 401 response `unauthorized`",
        EXAMPLE_525,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Error,
    >(
        "listSideConversations 404 response `not_found`",
        EXAMPLE_526,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversation_parts")]
    check::<
        intercom_client::types::RedactConversationRequest,
    >("redactConversation request `part`", EXAMPLE_527, &[], &[], &mut report);
    #[cfg(feature = "conversation_parts")]
    check::<
        intercom_client::types::RedactConversationRequest,
    >("redactConversation request `source`", EXAMPLE_528, &[], &[], &mut report);
    #[cfg(feature = "conversation_parts")]
    check::<
        intercom_client::types::Conversation,
    >(
        "redactConversation 200 response `part_redacted`",
        EXAMPLE_529,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversation_parts")]
    check::<
        intercom_client::types::Error,
    >(
        "redactConversation 400 response `not_redactable`",
        EXAMPLE_530,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversation_parts")]
    check::<
        intercom_client::types::Error,
    >(
        "redactConversation 401 response `unauthorized`",
        EXAMPLE_531,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversation_parts")]
    check::<
        intercom_client::types::Error,
    >(
        "redactConversation 404 response `part_not_found`",
        EXAMPLE_532,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::MergeConversationsRequest,
    >("mergeConversation request `merge`", EXAMPLE_533, &[], &[], &mut report);
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Conversation,
    >(
        "mergeConversation 200 response `conversation_merged`",
        EXAMPLE_534,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Error,
    >(
        "mergeConversation 400 response `bad_request`",
        EXAMPLE_535,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Error,
    >(
        "mergeConversation 401 response `unauthorized`",
        EXAMPLE_536,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Error,
    >(
        "mergeConversation 403 response `api_plan_restricted`",
        EXAMPLE_537,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Error,
    >(
        "mergeConversation 422 response `merge_failed`",
        EXAMPLE_538,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::ConvertConversationToTicketRequest,
    >(
        "convertConversationToTicket request `with_attributes`",
        EXAMPLE_539,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::ConvertConversationToTicketRequest,
    >(
        "convertConversationToTicket request `tracker_type`",
        EXAMPLE_540,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Ticket,
    >(
        "convertConversationToTicket 200 response `converted`",
        EXAMPLE_541,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Error,
    >(
        "convertConversationToTicket 400 response `not_customer_type`",
        EXAMPLE_542,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Error,
    >(
        "convertConversationToTicket 401 response `unauthorized`",
        EXAMPLE_543,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::DeletedConversationList,
    >(
        "listDeletedConversationIds 200 response `deleted`",
        EXAMPLE_544,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Error,
    >(
        "listDeletedConversationIds 400 response `unavailable`",
        EXAMPLE_545,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Error,
    >(
        "listDeletedConversationIds 401 response `unauthorized`",
        EXAMPLE_546,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations_attributes")]
    check::<
        intercom_client::types::ConversationAttributeList,
    >(
        "listConversationAttributes 200 response `attributes`",
        EXAMPLE_547,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations_attributes")]
    check::<
        intercom_client::types::Error,
    >(
        "listConversationAttributes 401 response `unauthorized`",
        EXAMPLE_548,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations_attributes")]
    check::<
        intercom_client::types::CreateConversationAttributeRequest,
    >(
        "createConversationAttribute request `boolean`",
        EXAMPLE_549,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations_attributes")]
    check::<
        intercom_client::types::CreateConversationAttributeRequest,
    >("createConversationAttribute request `list`", EXAMPLE_550, &[], &[], &mut report);
    #[cfg(feature = "conversations_attributes")]
    check::<
        intercom_client::types::ConversationAttribute,
    >(
        "createConversationAttribute 200 response `created`",
        EXAMPLE_551,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations_attributes")]
    check::<
        intercom_client::types::Error,
    >(
        "createConversationAttribute 401 response `unauthorized`",
        EXAMPLE_552,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations_attributes")]
    check::<
        intercom_client::types::Error,
    >(
        "createConversationAttribute 422 response `invalid_type`",
        EXAMPLE_553,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations_attributes")]
    check::<
        intercom_client::types::ConversationAttribute,
    >(
        "getConversationAttribute 200 response `list_attribute`",
        EXAMPLE_554,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations_attributes")]
    check::<
        intercom_client::types::Error,
    >(
        "getConversationAttribute 401 response `unauthorized`",
        EXAMPLE_555,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations_attributes")]
    check::<
        intercom_client::types::Error,
    >(
        "getConversationAttribute 404 response `not_found`",
        EXAMPLE_556,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations_attributes")]
    check::<
        intercom_client::types::UpdateConversationAttributeRequest,
    >(
        "updateConversationAttribute request `require`",
        EXAMPLE_557,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations_attributes")]
    check::<
        intercom_client::types::ConversationAttribute,
    >(
        "updateConversationAttribute 200 response `updated`",
        EXAMPLE_558,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations_attributes")]
    check::<
        intercom_client::types::Error,
    >(
        "updateConversationAttribute 401 response `unauthorized`",
        EXAMPLE_559,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations_attributes")]
    check::<
        intercom_client::types::Error,
    >(
        "updateConversationAttribute 404 response `not_found`",
        EXAMPLE_560,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations_attributes")]
    check::<
        intercom_client::types::ConversationAttribute,
    >(
        "deleteConversationAttribute 200 response `archived`",
        EXAMPLE_561,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations_attributes")]
    check::<
        intercom_client::types::Error,
    >(
        "deleteConversationAttribute 401 response `unauthorized`",
        EXAMPLE_562,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations_attributes")]
    check::<
        intercom_client::types::Error,
    >(
        "deleteConversationAttribute 404 response `not_found`",
        EXAMPLE_563,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations_attributes")]
    check::<
        intercom_client::types::CreateConversationAttributeOptionRequest,
    >(
        "createConversationAttributeOption request `add`",
        EXAMPLE_564,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations_attributes")]
    check::<
        intercom_client::types::ConversationAttribute,
    >(
        "createConversationAttributeOption 200 response `added`",
        EXAMPLE_565,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations_attributes")]
    check::<
        intercom_client::types::Error,
    >(
        "createConversationAttributeOption 401 response `unauthorized`",
        EXAMPLE_566,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations_attributes")]
    check::<
        intercom_client::types::Error,
    >(
        "createConversationAttributeOption 404 response `not_found`",
        EXAMPLE_567,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations_attributes")]
    check::<
        intercom_client::types::Error,
    >(
        "createConversationAttributeOption 422 response `not_a_list`",
        EXAMPLE_568,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations_attributes")]
    check::<
        intercom_client::types::UpdateConversationAttributeOptionRequest,
    >(
        "updateConversationAttributeOption request `rename`",
        EXAMPLE_569,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations_attributes")]
    check::<
        intercom_client::types::ConversationAttribute,
    >(
        "updateConversationAttributeOption 200 response `renamed`",
        EXAMPLE_570,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations_attributes")]
    check::<
        intercom_client::types::Error,
    >(
        "updateConversationAttributeOption 401 response `unauthorized`",
        EXAMPLE_571,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations_attributes")]
    check::<
        intercom_client::types::Error,
    >(
        "updateConversationAttributeOption 404 response `option_not_found`",
        EXAMPLE_572,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations_attributes")]
    check::<
        intercom_client::types::Error,
    >(
        "updateConversationAttributeOption 422 response `blank_label`",
        EXAMPLE_573,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations_attributes")]
    check::<
        intercom_client::types::ConversationAttribute,
    >(
        "deleteConversationAttributeOption 200 response `archived`",
        EXAMPLE_574,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations_attributes")]
    check::<
        intercom_client::types::Error,
    >(
        "deleteConversationAttributeOption 401 response `unauthorized`",
        EXAMPLE_575,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations_attributes")]
    check::<
        intercom_client::types::Error,
    >(
        "deleteConversationAttributeOption 404 response `option_not_found`",
        EXAMPLE_576,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "conversations_attributes")]
    check::<
        intercom_client::types::Error,
    >(
        "deleteConversationAttributeOption 422 response `not_a_list`",
        EXAMPLE_577,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "custom_object_instances")]
    check::<
        intercom_client::types::ListCustomObjectInstancesResponse,
    >(
        "listCustomObjectInstances 200 response `page`",
        EXAMPLE_578,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "custom_object_instances")]
    check::<
        intercom_client::types::ListCustomObjectInstancesResponse,
    >(
        "listCustomObjectInstances 200 response `by_external_id`",
        EXAMPLE_579,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "custom_object_instances")]
    check::<
        intercom_client::types::Error,
    >(
        "listCustomObjectInstances 401 response `unauthorized`",
        EXAMPLE_580,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "custom_object_instances")]
    check::<
        intercom_client::types::Error,
    >(
        "listCustomObjectInstances 404 response `type_not_found`",
        EXAMPLE_581,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "custom_object_instances")]
    check::<
        intercom_client::types::CreateOrUpdateCustomObjectInstanceRequest,
    >("createCustomObjectInstances request `order`", EXAMPLE_582, &[], &[], &mut report);
    #[cfg(feature = "custom_object_instances")]
    check::<
        intercom_client::types::CustomObjectInstance,
    >(
        "createCustomObjectInstances 200 response `order`",
        EXAMPLE_583,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "custom_object_instances")]
    check::<
        intercom_client::types::Error,
    >(
        "createCustomObjectInstances 401 response `unauthorized`",
        EXAMPLE_584,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "custom_object_instances")]
    check::<
        intercom_client::types::Error,
    >(
        "createCustomObjectInstances 404 response `type_not_found`",
        EXAMPLE_585,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "custom_object_instances")]
    check::<
        intercom_client::types::CustomObjectInstanceDeleted,
    >(
        "deleteCustomObjectInstancesById 200 response `deleted`",
        EXAMPLE_586,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "custom_object_instances")]
    check::<
        intercom_client::types::Error,
    >(
        "deleteCustomObjectInstancesById 401 response `unauthorized`",
        EXAMPLE_587,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "custom_object_instances")]
    check::<
        intercom_client::types::Error,
    >(
        "deleteCustomObjectInstancesById 404 response `not_found`",
        EXAMPLE_588,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "custom_object_instances")]
    check::<
        intercom_client::types::Error,
    >(
        "deleteCustomObjectInstancesById 404 response `instance_not_found`",
        EXAMPLE_589,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "custom_object_instances")]
    check::<
        intercom_client::types::CustomObjectInstance,
    >(
        "getCustomObjectInstancesById 200 response `order`",
        EXAMPLE_590,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "custom_object_instances")]
    check::<
        intercom_client::types::Error,
    >(
        "getCustomObjectInstancesById 401 response `unauthorized`",
        EXAMPLE_591,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "custom_object_instances")]
    check::<
        intercom_client::types::Error,
    >(
        "getCustomObjectInstancesById 404 response `not_found`",
        EXAMPLE_592,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "custom_object_instances")]
    check::<
        intercom_client::types::Error,
    >(
        "getCustomObjectInstancesById 404 response `instance_not_found`",
        EXAMPLE_593,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "custom_object_instances")]
    check::<
        intercom_client::types::CustomObjectInstanceDeleted,
    >(
        "deleteCustomObjectInstancesByExternalId 200 response `deleted`",
        EXAMPLE_594,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "custom_object_instances")]
    check::<
        intercom_client::types::Error,
    >(
        "deleteCustomObjectInstancesByExternalId 401 response `unauthorized`",
        EXAMPLE_595,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "custom_object_instances")]
    check::<
        intercom_client::types::Error,
    >(
        "deleteCustomObjectInstancesByExternalId 404 response `not_found`",
        EXAMPLE_596,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "custom_object_instances")]
    check::<
        intercom_client::types::Error,
    >(
        "deleteCustomObjectInstancesByExternalId 404 response `instance_not_found`",
        EXAMPLE_597,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "data_attributes")]
    check::<
        intercom_client::types::DataAttributeList,
    >(
        "lisDataAttributes 200 response `contact_attributes`",
        EXAMPLE_598,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "data_attributes")]
    check::<
        intercom_client::types::Error,
    >(
        "lisDataAttributes 401 response `unauthorized`",
        EXAMPLE_599,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "data_attributes")]
    check::<
        intercom_client::types::Error,
    >(
        "lisDataAttributes 422 response `conversation_model`",
        EXAMPLE_600,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "data_attributes")]
    check::<
        intercom_client::types::CreateDataAttributeRequest,
    >(
        "createDataAttribute request `text_attribute`",
        EXAMPLE_601,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "data_attributes")]
    check::<
        intercom_client::types::CreateDataAttributeRequest,
    >(
        "createDataAttribute request `list_attribute`",
        EXAMPLE_602,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "data_attributes")]
    check::<
        intercom_client::types::DataAttribute,
    >("createDataAttribute 200 response `created`", EXAMPLE_603, &[], &[], &mut report);
    #[cfg(feature = "data_attributes")]
    check::<
        intercom_client::types::Error,
    >(
        "createDataAttribute 400 response `name_taken`",
        EXAMPLE_604,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "data_attributes")]
    check::<
        intercom_client::types::Error,
    >(
        "createDataAttribute 400 response `too_few_options`",
        EXAMPLE_605,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "data_attributes")]
    check::<
        intercom_client::types::Error,
    >(
        "createDataAttribute 401 response `unauthorized`",
        EXAMPLE_606,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "data_attributes")]
    check::<
        intercom_client::types::UpdateDataAttributeRequest,
    >("updateDataAttribute request `describe`", EXAMPLE_607, &[], &[], &mut report);
    #[cfg(feature = "data_attributes")]
    check::<
        intercom_client::types::UpdateDataAttributeRequest,
    >("updateDataAttribute request `new_options`", EXAMPLE_608, &[], &[], &mut report);
    #[cfg(feature = "data_attributes")]
    check::<
        intercom_client::types::UpdateDataAttributeRequest,
    >("updateDataAttribute request `archive`", EXAMPLE_609, &[], &[], &mut report);
    #[cfg(feature = "data_attributes")]
    check::<
        intercom_client::types::DataAttribute,
    >("updateDataAttribute 200 response `updated`", EXAMPLE_610, &[], &[], &mut report);
    #[cfg(feature = "data_attributes")]
    check::<
        intercom_client::types::Error,
    >(
        "updateDataAttribute 400 response `options_not_list`",
        EXAMPLE_611,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "data_attributes")]
    check::<
        intercom_client::types::Error,
    >(
        "updateDataAttribute 401 response `unauthorized`",
        EXAMPLE_612,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "data_attributes")]
    check::<
        intercom_client::types::Error,
    >(
        "updateDataAttribute 404 response `attribute_not_found`",
        EXAMPLE_613,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "data_attributes")]
    check::<
        intercom_client::types::Error,
    >(
        "updateDataAttribute 422 response `has_dependants`",
        EXAMPLE_614,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "data_connectors")]
    check::<
        intercom_client::types::DataConnectorList,
    >(
        "listDataConnectors 200 response `connectors`",
        EXAMPLE_615,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "data_connectors")]
    check::<
        intercom_client::types::Error,
    >("listDataConnectors 400 response `error`", EXAMPLE_616, &[], &[], &mut report);
    #[cfg(feature = "data_connectors")]
    check::<
        intercom_client::types::Error,
    >(
        "listDataConnectors 401 response `unauthorized`",
        EXAMPLE_617,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "data_connectors")]
    check::<
        intercom_client::types::CreateDataConnectorRequest,
    >("createDataConnector request `loyalty`", EXAMPLE_618, &[], &[], &mut report);
    #[cfg(feature = "data_connectors")]
    check::<
        intercom_client::types::DataConnectorDetail,
    >("createDataConnector 201 response `created`", EXAMPLE_619, &[], &[], &mut report);
    #[cfg(feature = "data_connectors")]
    check::<
        intercom_client::types::Error,
    >("createDataConnector 422 response `error`", EXAMPLE_620, &[], &[], &mut report);
    #[cfg(feature = "data_connectors")]
    check::<
        intercom_client::types::Error,
    >(
        "createDataConnector 401 response `unauthorized`",
        EXAMPLE_621,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "data_connectors")]
    check::<
        intercom_client::types::DataConnectorDetail,
    >(
        "RetrieveDataConnector 200 response `connector`",
        EXAMPLE_622,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "data_connectors")]
    check::<
        intercom_client::types::Error,
    >("RetrieveDataConnector 400 response `error`", EXAMPLE_623, &[], &[], &mut report);
    #[cfg(feature = "data_connectors")]
    check::<
        intercom_client::types::Error,
    >("RetrieveDataConnector 404 response `error`", EXAMPLE_624, &[], &[], &mut report);
    #[cfg(feature = "data_connectors")]
    check::<
        intercom_client::types::Error,
    >(
        "RetrieveDataConnector 401 response `unauthorized`",
        EXAMPLE_625,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "data_connectors")]
    check::<
        intercom_client::types::DeletedDataConnectorObject,
    >("deleteDataConnector 200 response `deleted`", EXAMPLE_626, &[], &[], &mut report);
    #[cfg(feature = "data_connectors")]
    check::<
        intercom_client::types::Error,
    >("deleteDataConnector 404 response `error`", EXAMPLE_627, &[], &[], &mut report);
    #[cfg(feature = "data_connectors")]
    check::<
        intercom_client::types::Error,
    >("deleteDataConnector 409 response `error`", EXAMPLE_628, &[], &[], &mut report);
    #[cfg(feature = "data_connectors")]
    check::<
        intercom_client::types::Error,
    >(
        "deleteDataConnector 401 response `unauthorized`",
        EXAMPLE_629,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "data_connectors")]
    check::<
        intercom_client::types::UpdateDataConnectorRequest,
    >("updateDataConnector request `go_live`", EXAMPLE_630, &[], &[], &mut report);
    #[cfg(feature = "data_connectors")]
    check::<
        intercom_client::types::DataConnectorDetail,
    >("updateDataConnector 200 response `updated`", EXAMPLE_631, &[], &[], &mut report);
    #[cfg(feature = "data_connectors")]
    check::<
        intercom_client::types::Error,
    >("updateDataConnector 404 response `error`", EXAMPLE_632, &[], &[], &mut report);
    #[cfg(feature = "data_connectors")]
    check::<
        intercom_client::types::Error,
    >("updateDataConnector 409 response `error`", EXAMPLE_633, &[], &[], &mut report);
    #[cfg(feature = "data_connectors")]
    check::<
        intercom_client::types::Error,
    >("updateDataConnector 422 response `error`", EXAMPLE_634, &[], &[], &mut report);
    #[cfg(feature = "data_connectors")]
    check::<
        intercom_client::types::Error,
    >(
        "updateDataConnector 401 response `unauthorized`",
        EXAMPLE_635,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "data_connectors")]
    check::<
        intercom_client::types::DataConnectorExecutionResultList,
    >(
        "listDataConnectorExecutionResults 200 response `executions`",
        EXAMPLE_636,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "data_connectors")]
    check::<
        intercom_client::types::Error,
    >(
        "listDataConnectorExecutionResults 401 response `unauthorized`",
        EXAMPLE_637,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "data_connectors")]
    check::<
        intercom_client::types::Error,
    >(
        "listDataConnectorExecutionResults 400 response `error`",
        EXAMPLE_638,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "data_connectors")]
    check::<
        intercom_client::types::Error,
    >(
        "listDataConnectorExecutionResults 404 response `error`",
        EXAMPLE_639,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "data_connectors")]
    check::<
        intercom_client::types::DataConnectorExecutionResult,
    >(
        "showDataConnectorExecutionResult 200 response `execution`",
        EXAMPLE_640,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "data_connectors")]
    check::<
        intercom_client::types::Error,
    >(
        "showDataConnectorExecutionResult 401 response `unauthorized`",
        EXAMPLE_641,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "data_connectors")]
    check::<
        intercom_client::types::Error,
    >(
        "showDataConnectorExecutionResult 404 response `error`",
        EXAMPLE_642,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "ecommerce_connectors")]
    check::<
        intercom_client::types::EcommerceCatalogUploadPartResponse,
    >(
        "uploadEcommerceCatalog 200 response `part_stored`",
        EXAMPLE_643,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "ecommerce_connectors")]
    check::<
        intercom_client::types::EcommerceCatalogUploadResponse,
    >(
        "uploadEcommerceCatalog 202 response `sync_started`",
        EXAMPLE_644,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "ecommerce_connectors")]
    check::<
        intercom_client::types::Error,
    >("uploadEcommerceCatalog 400 response `error`", EXAMPLE_645, &[], &[], &mut report);
    #[cfg(feature = "ecommerce_connectors")]
    check::<
        intercom_client::types::Error,
    >(
        "uploadEcommerceCatalog 401 response `unauthorized`",
        EXAMPLE_646,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "ecommerce_connectors")]
    check::<
        intercom_client::types::Error,
    >("uploadEcommerceCatalog 404 response `error`", EXAMPLE_647, &[], &[], &mut report);
    #[cfg(feature = "ecommerce_connectors")]
    check::<
        intercom_client::types::Error,
    >("uploadEcommerceCatalog 409 response `error`", EXAMPLE_648, &[], &[], &mut report);
    #[cfg(feature = "ecommerce_connectors")]
    check::<
        intercom_client::types::Error,
    >("uploadEcommerceCatalog 422 response `error`", EXAMPLE_649, &[], &[], &mut report);
    #[cfg(feature = "ecommerce_connectors")]
    check::<
        intercom_client::types::Error,
    >("uploadEcommerceCatalog 503 response `error`", EXAMPLE_650, &[], &[], &mut report);
    #[cfg(feature = "data_events")]
    check::<
        intercom_client::types::DataEventSummary,
    >("lisDataEvents 200 response `summaries`", EXAMPLE_651, &[], &[], &mut report);
    #[cfg(feature = "data_events")]
    check::<
        intercom_client::types::Error,
    >("lisDataEvents 401 response `unauthorized`", EXAMPLE_652, &[], &[], &mut report);
    #[cfg(feature = "data_events")]
    check::<
        intercom_client::types::CreateDataEventRequest,
    >("createDataEvent request `order_by_user_id`", EXAMPLE_653, &[], &[], &mut report);
    #[cfg(feature = "data_events")]
    check::<
        intercom_client::types::CreateDataEventRequest,
    >("createDataEvent request `signup_by_email`", EXAMPLE_654, &[], &[], &mut report);
    #[cfg(feature = "data_events")]
    check::<
        intercom_client::types::Error,
    >("createDataEvent 401 response `unauthorized`", EXAMPLE_655, &[], &[], &mut report);
    #[cfg(feature = "data_events")]
    check::<
        intercom_client::types::CreateDataEventSummariesRequest,
    >("dataEventSummaries request `orders`", EXAMPLE_656, &[], &[], &mut report);
    #[cfg(feature = "data_events")]
    check::<
        intercom_client::types::Error,
    >(
        "dataEventSummaries 401 response `unauthorized`",
        EXAMPLE_657,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "data_export")]
    check::<
        intercom_client::types::CreateDataExportsRequest,
    >("createDataExport request `november`", EXAMPLE_658, &[], &[], &mut report);
    #[cfg(feature = "data_export")]
    check::<
        intercom_client::types::DataExport,
    >("createDataExport 200 response `pending`", EXAMPLE_659, &[], &[], &mut report);
    #[cfg(feature = "data_export")]
    check::<
        intercom_client::types::Error,
    >(
        "createDataExport 401 response `unauthorized`",
        EXAMPLE_660,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "data_export")]
    check::<
        intercom_client::types::DataExport,
    >("getDataExport 200 response `completed`", EXAMPLE_661, &[], &[], &mut report);
    #[cfg(feature = "data_export")]
    check::<
        intercom_client::types::Error,
    >("getDataExport 401 response `unauthorized`", EXAMPLE_662, &[], &[], &mut report);
    #[cfg(feature = "data_export")]
    check::<
        intercom_client::types::Error,
    >("getDataExport 404 response `job_not_found`", EXAMPLE_663, &[], &[], &mut report);
    #[cfg(feature = "data_export")]
    check::<
        intercom_client::types::DataExport,
    >("cancelDataExport 200 response `canceled`", EXAMPLE_664, &[], &[], &mut report);
    #[cfg(feature = "data_export")]
    check::<
        intercom_client::types::Error,
    >(
        "cancelDataExport 401 response `unauthorized`",
        EXAMPLE_665,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "data_export")]
    check::<
        intercom_client::types::Error,
    >(
        "cancelDataExport 404 response `job_not_found`",
        EXAMPLE_666,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "workflows")]
    check::<
        intercom_client::types::WorkflowExport,
    >("exportWorkflow 200 response `workflow`", EXAMPLE_667, &[], &[], &mut report);
    #[cfg(feature = "workflows")]
    check::<
        intercom_client::types::Error,
    >("exportWorkflow 404 response `error`", EXAMPLE_668, &[], &[], &mut report);
    #[cfg(feature = "workflows")]
    check::<
        intercom_client::types::Error,
    >("exportWorkflow 403 response `error`", EXAMPLE_669, &[], &[], &mut report);
    #[cfg(feature = "data_export")]
    check::<
        intercom_client::types::Error,
    >(
        "downloadDataExport 401 response `unauthorized`",
        EXAMPLE_670,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "data_export")]
    check::<
        intercom_client::types::Error,
    >(
        "downloadDataExport 404 response `job_not_found`",
        EXAMPLE_671,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "jobs")]
    check::<
        intercom_client::types::Jobs,
    >("jobsStatus 200 response `succeeded`", EXAMPLE_672, &[], &[], &mut report);
    #[cfg(feature = "jobs")]
    check::<
        intercom_client::types::Jobs,
    >("jobsStatus 200 response `pending`", EXAMPLE_673, &[], &[], &mut report);
    #[cfg(feature = "jobs")]
    check::<
        intercom_client::types::Error,
    >("jobsStatus 401 response `unauthorized`", EXAMPLE_674, &[], &[], &mut report);
    #[cfg(feature = "jobs")]
    check::<
        intercom_client::types::Error,
    >("jobsStatus 404 response `job_not_found`", EXAMPLE_675, &[], &[], &mut report);
    #[cfg(feature = "macros")]
    check::<
        intercom_client::types::MacroList,
    >("listMacros 200 response `last_page`", EXAMPLE_676, &[], &[], &mut report);
    #[cfg(feature = "macros")]
    check::<
        intercom_client::types::MacroList,
    >("listMacros 200 response `first_of_two`", EXAMPLE_677, &[], &[], &mut report);
    #[cfg(feature = "macros")]
    check::<
        intercom_client::types::Error,
    >("listMacros 400 response `bad_cursor`", EXAMPLE_678, &[], &[], &mut report);
    #[cfg(feature = "macros")]
    check::<
        intercom_client::types::Error,
    >("listMacros 401 response `unauthorized`", EXAMPLE_679, &[], &[], &mut report);
    #[cfg(feature = "macros")]
    check::<
        intercom_client::types::Error,
    >("listMacros 403 response `missing_scope`", EXAMPLE_680, &[], &[], &mut report);
    #[cfg(feature = "macros")]
    check::<
        intercom_client::types::Macro,
    >("getMacro 200 response `macro`", EXAMPLE_681, &[], &[], &mut report);
    #[cfg(feature = "macros")]
    check::<
        intercom_client::types::Error,
    >("getMacro 401 response `unauthorized`", EXAMPLE_682, &[], &[], &mut report);
    #[cfg(feature = "macros")]
    check::<
        intercom_client::types::Error,
    >("getMacro 403 response `missing_scope`", EXAMPLE_683, &[], &[], &mut report);
    #[cfg(feature = "macros")]
    check::<
        intercom_client::types::Error,
    >("getMacro 404 response `macro_not_found`", EXAMPLE_684, &[], &[], &mut report);
    #[cfg(feature = "messages")]
    check::<
        intercom_client::types::CreateMessageRequest,
    >("createMessage request `email`", EXAMPLE_685, &[], &[], &mut report);
    #[cfg(feature = "messages")]
    check::<
        intercom_client::types::CreateMessageRequest,
    >("createMessage request `in_app`", EXAMPLE_686, &[], &[], &mut report);
    #[cfg(feature = "messages")]
    check::<
        intercom_client::types::Message,
    >("createMessage 200 response `email_sent`", EXAMPLE_687, &[], &[], &mut report);
    #[cfg(feature = "messages")]
    check::<
        intercom_client::types::Error,
    >("createMessage 400 response `no_body`", EXAMPLE_688, &[], &[], &mut report);
    #[cfg(feature = "messages")]
    check::<
        intercom_client::types::Error,
    >("createMessage 401 response `unauthorized`", EXAMPLE_689, &[], &[], &mut report);
    #[cfg(feature = "messages")]
    check::<
        intercom_client::types::Error,
    >(
        "createMessage 403 response `plan_restricted`",
        EXAMPLE_690,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "messages")]
    check::<
        intercom_client::types::Error,
    >("createMessage 422 response `no_subject`", EXAMPLE_691, &[], &[], &mut report);
    #[cfg(feature = "messages")]
    check::<
        intercom_client::types::WhatsappMessageStatusList,
    >(
        "getWhatsAppMessageStatus 200 response `last_page`",
        EXAMPLE_692,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "messages")]
    check::<
        intercom_client::types::WhatsappMessageStatusList,
    >(
        "getWhatsAppMessageStatus 200 response `first_of_three`",
        EXAMPLE_693,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "messages")]
    check::<
        intercom_client::types::Error,
    >(
        "getWhatsAppMessageStatus 400 response `missing_ruleset`",
        EXAMPLE_694,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "messages")]
    check::<
        intercom_client::types::Error,
    >(
        "getWhatsAppMessageStatus 401 response `unauthorized`",
        EXAMPLE_695,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "messages")]
    check::<
        intercom_client::types::Error,
    >(
        "getWhatsAppMessageStatus 403 response `plan_restricted`",
        EXAMPLE_696,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "messages")]
    check::<
        intercom_client::types::Error,
    >(
        "getWhatsAppMessageStatus 500 response `server_error`",
        EXAMPLE_697,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "messages")]
    check::<
        intercom_client::types::WhatsappMessageStatus,
    >(
        "RetrieveWhatsAppMessageStatus 200 response `failed`",
        EXAMPLE_698,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "messages")]
    check::<
        intercom_client::types::WhatsappMessageStatus,
    >(
        "RetrieveWhatsAppMessageStatus 200 response `read`",
        EXAMPLE_699,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "messages")]
    check::<
        intercom_client::types::Error,
    >(
        "RetrieveWhatsAppMessageStatus 400 response `missing_message_id`",
        EXAMPLE_700,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "messages")]
    check::<
        intercom_client::types::Error,
    >(
        "RetrieveWhatsAppMessageStatus 401 response `unauthorized`",
        EXAMPLE_701,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "messages")]
    check::<
        intercom_client::types::Error,
    >(
        "RetrieveWhatsAppMessageStatus 404 response `message_not_found`",
        EXAMPLE_702,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "teams")]
    check::<
        intercom_client::types::TeamMetricList,
    >("getTeamMetrics 200 response `metrics`", EXAMPLE_703, &[], &[], &mut report);
    #[cfg(feature = "teams")]
    check::<
        intercom_client::types::Error,
    >("getTeamMetrics 401 response `unauthorized`", EXAMPLE_704, &[], &[], &mut report);
    #[cfg(feature = "teams")]
    check::<
        intercom_client::types::Error,
    >(
        "getTeamMetrics 403 response `feature_disabled`",
        EXAMPLE_705,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "teams")]
    check::<
        intercom_client::types::Error,
    >(
        "getTeamMetrics 404 response `team_not_found`",
        EXAMPLE_706,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "news")]
    check::<
        intercom_client::types::PaginatedResponse,
    >("listNewsItems 200 response `news_items`", EXAMPLE_707, &[], &[], &mut report);
    #[cfg(feature = "news")]
    check::<
        intercom_client::types::Error,
    >("listNewsItems 401 response `unauthorized`", EXAMPLE_708, &[], &[], &mut report);
    #[cfg(feature = "news")]
    check::<
        intercom_client::types::NewsItemRequest,
    >("createNewsItem request `live_item`", EXAMPLE_709, &[], &[], &mut report);
    #[cfg(feature = "news")]
    check::<
        intercom_client::types::NewsItem,
    >("createNewsItem 200 response `created`", EXAMPLE_710, &[], &[], &mut report);
    #[cfg(feature = "news")]
    check::<
        intercom_client::types::Error,
    >("createNewsItem 401 response `unauthorized`", EXAMPLE_711, &[], &[], &mut report);
    #[cfg(feature = "news")]
    check::<
        intercom_client::types::NewsItem,
    >("retrieveNewsItem 200 response `news_item`", EXAMPLE_712, &[], &[], &mut report);
    #[cfg(feature = "news")]
    check::<
        intercom_client::types::Error,
    >(
        "retrieveNewsItem 404 response `unknown_news_item`",
        EXAMPLE_713,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "news")]
    check::<
        intercom_client::types::Error,
    >(
        "retrieveNewsItem 401 response `unauthorized`",
        EXAMPLE_714,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "news")]
    check::<
        intercom_client::types::NewsItemRequest,
    >("updateNewsItem request `new_title`", EXAMPLE_715, &[], &[], &mut report);
    #[cfg(feature = "news")]
    check::<
        intercom_client::types::NewsItem,
    >("updateNewsItem 200 response `updated`", EXAMPLE_716, &[], &[], &mut report);
    #[cfg(feature = "news")]
    check::<
        intercom_client::types::Error,
    >(
        "updateNewsItem 404 response `unknown_news_item`",
        EXAMPLE_717,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "news")]
    check::<
        intercom_client::types::Error,
    >("updateNewsItem 401 response `unauthorized`", EXAMPLE_718, &[], &[], &mut report);
    #[cfg(feature = "news")]
    check::<
        intercom_client::types::DeletedObject,
    >("deleteNewsItem 200 response `deleted`", EXAMPLE_719, &[], &[], &mut report);
    #[cfg(feature = "news")]
    check::<
        intercom_client::types::Error,
    >(
        "deleteNewsItem 404 response `unknown_news_item`",
        EXAMPLE_720,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "news")]
    check::<
        intercom_client::types::Error,
    >("deleteNewsItem 401 response `unauthorized`", EXAMPLE_721, &[], &[], &mut report);
    #[cfg(feature = "news")]
    check::<
        intercom_client::types::PaginatedResponse,
    >(
        "listLiveNewsfeedItems 200 response `live_items`",
        EXAMPLE_722,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "news")]
    check::<
        intercom_client::types::Error,
    >(
        "listLiveNewsfeedItems 401 response `unauthorized`",
        EXAMPLE_723,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "news")]
    check::<
        intercom_client::types::PaginatedResponse,
    >("listNewsfeeds 200 response `newsfeeds`", EXAMPLE_724, &[], &[], &mut report);
    #[cfg(feature = "news")]
    check::<
        intercom_client::types::Error,
    >("listNewsfeeds 401 response `unauthorized`", EXAMPLE_725, &[], &[], &mut report);
    #[cfg(feature = "news")]
    check::<
        intercom_client::types::Newsfeed,
    >("retrieveNewsfeed 200 response `newsfeed`", EXAMPLE_726, &[], &[], &mut report);
    #[cfg(feature = "news")]
    check::<
        intercom_client::types::Error,
    >(
        "retrieveNewsfeed 401 response `unauthorized`",
        EXAMPLE_727,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "notes")]
    check::<
        intercom_client::types::Note,
    >("retrieveNote 200 response `ok`", EXAMPLE_728, &[], &[], &mut report);
    #[cfg(feature = "notes")]
    check::<
        intercom_client::types::Error,
    >("retrieveNote 401 response `unauthorized`", EXAMPLE_729, &[], &[], &mut report);
    #[cfg(feature = "notes")]
    check::<
        intercom_client::types::Error,
    >("retrieveNote 404 response `error`", EXAMPLE_730, &[], &[], &mut report);
    #[cfg(feature = "identity_verification_secrets")]
    check::<
        intercom_client::types::IdentityVerificationSecretList,
    >(
        "listIdentityVerificationSecrets 200 response `secrets`",
        EXAMPLE_731,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "identity_verification_secrets")]
    check::<
        intercom_client::types::Error,
    >(
        "listIdentityVerificationSecrets 401 response `unauthorized`",
        EXAMPLE_732,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "identity_verification_secrets")]
    check::<
        intercom_client::types::CreateIdentityVerificationSecretRequest,
    >(
        "createIdentityVerificationSecret request `web`",
        EXAMPLE_733,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "identity_verification_secrets")]
    check::<
        intercom_client::types::IdentityVerificationSecretWithMaterial,
    >(
        "createIdentityVerificationSecret 201 response `created`",
        EXAMPLE_734,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "identity_verification_secrets")]
    check::<
        intercom_client::types::Error,
    >(
        "createIdentityVerificationSecret 422 response `error`",
        EXAMPLE_735,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "identity_verification_secrets")]
    check::<
        intercom_client::types::Error,
    >(
        "createIdentityVerificationSecret 401 response `unauthorized`",
        EXAMPLE_736,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "identity_verification_secrets")]
    check::<
        intercom_client::types::Error,
    >(
        "deleteIdentityVerificationSecret 404 response `error`",
        EXAMPLE_737,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "identity_verification_secrets")]
    check::<
        intercom_client::types::Error,
    >(
        "deleteIdentityVerificationSecret 401 response `unauthorized`",
        EXAMPLE_738,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "segments")]
    check::<
        intercom_client::types::SegmentList,
    >("listSegments 200 response `ok`", EXAMPLE_739, &[], &[], &mut report);
    #[cfg(feature = "segments")]
    check::<
        intercom_client::types::Error,
    >("listSegments 401 response `unauthorized`", EXAMPLE_740, &[], &[], &mut report);
    #[cfg(feature = "segments")]
    check::<
        intercom_client::types::Segment,
    >("retrieveSegment 200 response `ok`", EXAMPLE_741, &[], &[], &mut report);
    #[cfg(feature = "segments")]
    check::<
        intercom_client::types::Error,
    >("retrieveSegment 401 response `unauthorized`", EXAMPLE_742, &[], &[], &mut report);
    #[cfg(feature = "segments")]
    check::<
        intercom_client::types::Error,
    >("retrieveSegment 404 response `error`", EXAMPLE_743, &[], &[], &mut report);
    #[cfg(feature = "subscription_types")]
    check::<
        intercom_client::types::SubscriptionTypeList,
    >("listSubscriptionTypes 200 response `ok`", EXAMPLE_744, &[], &[], &mut report);
    #[cfg(feature = "subscription_types")]
    check::<
        intercom_client::types::Error,
    >(
        "listSubscriptionTypes 401 response `unauthorized`",
        EXAMPLE_745,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "switch")]
    check::<
        intercom_client::types::CreatePhoneSwitchRequest,
    >("createPhoneSwitch request `billing_call`", EXAMPLE_746, &[], &[], &mut report);
    #[cfg(feature = "switch")]
    check::<
        intercom_client::types::PhoneSwitch,
    >("createPhoneSwitch 200 response `redirected`", EXAMPLE_747, &[], &[], &mut report);
    #[cfg(feature = "switch")]
    check::<
        serde_json::Value,
    >(
        "createPhoneSwitch 400 response `invalid_number`",
        EXAMPLE_748,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "switch")]
    check::<
        intercom_client::types::Error,
    >(
        "createPhoneSwitch 401 response `unauthorized`",
        EXAMPLE_749,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "switch")]
    check::<
        serde_json::Value,
    >(
        "createPhoneSwitch 422 response `unprocessable`",
        EXAMPLE_750,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "calls")]
    check::<
        intercom_client::types::CallList,
    >("listCalls 200 response `calls`", EXAMPLE_751, &[], &[], &mut report);
    #[cfg(feature = "calls")]
    check::<
        intercom_client::types::Error,
    >("listCalls 401 response `unauthorized`", EXAMPLE_752, &[], &[], &mut report);
    #[cfg(feature = "calls")]
    check::<
        intercom_client::types::Call,
    >("showCall 200 response `call`", EXAMPLE_753, &[], &[], &mut report);
    #[cfg(feature = "calls")]
    check::<
        intercom_client::types::Error,
    >("showCall 404 response `error`", EXAMPLE_754, &[], &[], &mut report);
    #[cfg(feature = "calls")]
    check::<
        intercom_client::types::Error,
    >("showCall 401 response `unauthorized`", EXAMPLE_755, &[], &[], &mut report);
    #[cfg(feature = "calls")]
    check::<
        intercom_client::types::Error,
    >("showCallRecording 404 response `error`", EXAMPLE_756, &[], &[], &mut report);
    #[cfg(feature = "calls")]
    check::<
        intercom_client::types::Error,
    >(
        "showCallRecording 401 response `unauthorized`",
        EXAMPLE_757,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "calls")]
    check::<
        intercom_client::types::Error,
    >("showCallTranscript 404 response `error`", EXAMPLE_758, &[], &[], &mut report);
    #[cfg(feature = "calls")]
    check::<
        intercom_client::types::ListCallsWithTranscriptsRequest,
    >(
        "listCallsWithTranscripts request `two_conversations`",
        EXAMPLE_759,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "calls")]
    check::<
        intercom_client::types::ListCallsWithTranscriptsResponse,
    >(
        "listCallsWithTranscripts 200 response `calls`",
        EXAMPLE_760,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "calls")]
    check::<
        intercom_client::types::Error,
    >(
        "listCallsWithTranscripts 400 response `error`",
        EXAMPLE_761,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "calls")]
    check::<
        intercom_client::types::Error,
    >(
        "listCallsWithTranscripts 401 response `unauthorized`",
        EXAMPLE_762,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "tags")]
    check::<
        intercom_client::types::TagList,
    >("listTags 200 response `ok`", EXAMPLE_763, &[], &[], &mut report);
    #[cfg(feature = "tags")]
    check::<
        intercom_client::types::Error,
    >("listTags 401 response `unauthorized`", EXAMPLE_764, &[], &[], &mut report);
    #[cfg(feature = "tags")]
    check::<
        intercom_client::types::CreateTagRequest,
    >("createTag request `create`", EXAMPLE_765, &[], &[], &mut report);
    #[cfg(feature = "tags")]
    check::<
        intercom_client::types::CreateTagRequest,
    >("createTag request `untag_companies`", EXAMPLE_766, &[], &[], &mut report);
    #[cfg(feature = "tags")]
    check::<
        intercom_client::types::CreateTagRequest,
    >("createTag request `tag_users`", EXAMPLE_767, &[], &[], &mut report);
    #[cfg(feature = "tags")]
    check::<
        intercom_client::types::TagCreateResponse,
    >("createTag 200 response `ok`", EXAMPLE_768, &[], &[], &mut report);
    #[cfg(feature = "tags")]
    check::<
        intercom_client::types::Error,
    >("createTag 400 response `error`", EXAMPLE_769, &[], &[], &mut report);
    #[cfg(feature = "tags")]
    check::<
        intercom_client::types::Error,
    >("createTag 401 response `unauthorized`", EXAMPLE_770, &[], &[], &mut report);
    #[cfg(feature = "tags")]
    check::<
        intercom_client::types::TagBasic,
    >("findTag 200 response `ok`", EXAMPLE_771, &[], &[], &mut report);
    #[cfg(feature = "tags")]
    check::<
        intercom_client::types::Error,
    >("findTag 401 response `unauthorized`", EXAMPLE_772, &[], &[], &mut report);
    #[cfg(feature = "tags")]
    check::<
        intercom_client::types::Error,
    >("findTag 404 response `error`", EXAMPLE_773, &[], &[], &mut report);
    #[cfg(feature = "tags")]
    check::<
        intercom_client::types::Error,
    >("deleteTag 400 response `error`", EXAMPLE_774, &[], &[], &mut report);
    #[cfg(feature = "tags")]
    check::<
        intercom_client::types::Error,
    >("deleteTag 401 response `unauthorized`", EXAMPLE_775, &[], &[], &mut report);
    #[cfg(feature = "tags")]
    check::<
        intercom_client::types::Error,
    >("deleteTag 404 response `error`", EXAMPLE_776, &[], &[], &mut report);
    #[cfg(feature = "teams")]
    check::<
        intercom_client::types::TeamList,
    >("listTeams 200 response `teams`", EXAMPLE_777, &[], &[], &mut report);
    #[cfg(feature = "teams")]
    check::<
        intercom_client::types::Error,
    >("listTeams 401 response `unauthorized`", EXAMPLE_778, &[], &[], &mut report);
    #[cfg(feature = "teams")]
    check::<
        intercom_client::types::Team,
    >("retrieveTeam 200 response `team`", EXAMPLE_779, &[], &[], &mut report);
    #[cfg(feature = "teams")]
    check::<
        intercom_client::types::Error,
    >("retrieveTeam 401 response `unauthorized`", EXAMPLE_780, &[], &[], &mut report);
    #[cfg(feature = "teams")]
    check::<
        intercom_client::types::Error,
    >("retrieveTeam 404 response `team_not_found`", EXAMPLE_781, &[], &[], &mut report);
    #[cfg(feature = "teams")]
    check::<
        intercom_client::types::UpdateTeamMembersRequest,
    >("updateTeamMembers request `add_member`", EXAMPLE_782, &[], &[], &mut report);
    #[cfg(feature = "teams")]
    check::<
        intercom_client::types::UpdateTeamMembersRequest,
    >("updateTeamMembers request `members_only`", EXAMPLE_783, &[], &[], &mut report);
    #[cfg(feature = "teams")]
    check::<
        intercom_client::types::Team,
    >("updateTeamMembers 200 response `updated`", EXAMPLE_784, &[], &[], &mut report);
    #[cfg(feature = "teams")]
    check::<
        intercom_client::types::Error,
    >(
        "updateTeamMembers 400 response `off_team_priority`",
        EXAMPLE_785,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "teams")]
    check::<
        intercom_client::types::Error,
    >(
        "updateTeamMembers 400 response `read_only_field`",
        EXAMPLE_786,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "teams")]
    check::<
        intercom_client::types::Error,
    >(
        "updateTeamMembers 401 response `unauthorized`",
        EXAMPLE_787,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "teams")]
    check::<
        intercom_client::types::Error,
    >(
        "updateTeamMembers 403 response `plan_restricted`",
        EXAMPLE_788,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "teams")]
    check::<
        intercom_client::types::Error,
    >("updateTeamMembers 403 response `forbidden`", EXAMPLE_789, &[], &[], &mut report);
    #[cfg(feature = "teams")]
    check::<
        intercom_client::types::Error,
    >(
        "updateTeamMembers 404 response `team_not_found`",
        EXAMPLE_790,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "teams")]
    check::<
        intercom_client::types::Error,
    >("updateTeamMembers 409 response `declined`", EXAMPLE_791, &[], &[], &mut report);
    #[cfg(feature = "teams")]
    check::<
        intercom_client::types::Error,
    >(
        "updateTeamMembers 409 response `partly_applied`",
        EXAMPLE_792,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "ticket_states")]
    check::<
        intercom_client::types::TicketStateList,
    >(
        "listTicketStates 200 response `workspace_states`",
        EXAMPLE_793,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "ticket_states")]
    check::<
        intercom_client::types::Error,
    >(
        "listTicketStates 401 response `unauthorized`",
        EXAMPLE_794,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "ticket_type_attributes")]
    check::<
        intercom_client::types::CreateTicketTypeAttributeRequest,
    >("createTicketTypeAttribute request `list`", EXAMPLE_795, &[], &[], &mut report);
    #[cfg(feature = "ticket_type_attributes")]
    check::<
        intercom_client::types::TicketTypeAttribute,
    >(
        "createTicketTypeAttribute 200 response `created`",
        EXAMPLE_796,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "ticket_type_attributes")]
    check::<
        intercom_client::types::Error,
    >(
        "createTicketTypeAttribute 401 response `unauthorized`",
        EXAMPLE_797,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "ticket_type_attributes")]
    check::<
        intercom_client::types::UpdateTicketTypeAttributeRequest,
    >("updateTicketTypeAttribute request `reword`", EXAMPLE_798, &[], &[], &mut report);
    #[cfg(feature = "ticket_type_attributes")]
    check::<
        intercom_client::types::TicketTypeAttribute,
    >(
        "updateTicketTypeAttribute 200 response `updated`",
        EXAMPLE_799,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "ticket_type_attributes")]
    check::<
        intercom_client::types::Error,
    >(
        "updateTicketTypeAttribute 401 response `unauthorized`",
        EXAMPLE_800,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "ticket_types")]
    check::<
        intercom_client::types::TicketTypeList,
    >("listTicketTypes 200 response `ticket_types`", EXAMPLE_801, &[], &[], &mut report);
    #[cfg(feature = "ticket_types")]
    check::<
        intercom_client::types::Error,
    >("listTicketTypes 401 response `unauthorized`", EXAMPLE_802, &[], &[], &mut report);
    #[cfg(feature = "ticket_types")]
    check::<
        intercom_client::types::CreateTicketTypeRequest,
    >("createTicketType request `tracker_type`", EXAMPLE_803, &[], &[], &mut report);
    #[cfg(feature = "ticket_types")]
    check::<
        intercom_client::types::TicketType,
    >(
        "createTicketType 200 response `tracker_type`",
        EXAMPLE_804,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "ticket_types")]
    check::<
        intercom_client::types::Error,
    >(
        "createTicketType 401 response `unauthorized`",
        EXAMPLE_805,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "ticket_types")]
    check::<
        intercom_client::types::TicketType,
    >(
        "getTicketType 200 response `damaged_delivery`",
        EXAMPLE_806,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "ticket_types")]
    check::<
        intercom_client::types::Error,
    >("getTicketType 401 response `unauthorized`", EXAMPLE_807, &[], &[], &mut report);
    #[cfg(feature = "ticket_types")]
    check::<
        intercom_client::types::UpdateTicketTypeRequest,
    >("updateTicketType request `rename`", EXAMPLE_808, &[], &[], &mut report);
    #[cfg(feature = "ticket_types")]
    check::<
        intercom_client::types::UpdateTicketTypeRequest,
    >("updateTicketType request `archive`", EXAMPLE_809, &[], &[], &mut report);
    #[cfg(feature = "ticket_types")]
    check::<
        intercom_client::types::TicketType,
    >("updateTicketType 200 response `renamed`", EXAMPLE_810, &[], &[], &mut report);
    #[cfg(feature = "ticket_types")]
    check::<
        intercom_client::types::Error,
    >(
        "updateTicketType 401 response `unauthorized`",
        EXAMPLE_811,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::ReplyTicketRequest,
    >("replyTicket request `admin_note`", EXAMPLE_812, &[], &[], &mut report);
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::ReplyTicketRequest,
    >("replyTicket request `admin_comment_silent`", EXAMPLE_813, &[], &[], &mut report);
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::ReplyTicketRequest,
    >("replyTicket request `admin_quick_reply`", EXAMPLE_814, &[], &[], &mut report);
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::ReplyTicketRequest,
    >(
        "replyTicket request `tracker_note_cross_post`",
        EXAMPLE_815,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::ReplyTicketRequest,
    >("replyTicket request `contact_comment`", EXAMPLE_816, &[], &[], &mut report);
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::TicketReply,
    >("replyTicket 200 response `admin_note`", EXAMPLE_817, &[], &[], &mut report);
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::TicketReply,
    >(
        "replyTicket 200 response `admin_comment_translated`",
        EXAMPLE_818,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::TicketReply,
    >(
        "replyTicket 200 response `admin_quick_reply`",
        EXAMPLE_819,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >(
        "replyTicket 400 response `contact_reply_on_back_office`",
        EXAMPLE_820,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >("replyTicket 401 response `unauthorized`", EXAMPLE_821, &[], &[], &mut report);
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >("replyTicket 404 response `not_found`", EXAMPLE_822, &[], &[], &mut report);
    #[cfg(feature = "tags")]
    check::<
        intercom_client::types::AttachTagToTicketRequest,
    >("attachTagToTicket request `tag`", EXAMPLE_823, &[], &[], &mut report);
    #[cfg(feature = "tags")]
    check::<
        intercom_client::types::Tag,
    >("attachTagToTicket 200 response `ok`", EXAMPLE_824, &[], &[], &mut report);
    #[cfg(feature = "tags")]
    check::<
        intercom_client::types::Error,
    >(
        "attachTagToTicket 401 response `unauthorized`",
        EXAMPLE_825,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "tags")]
    check::<
        intercom_client::types::Error,
    >("attachTagToTicket 404 response `error`", EXAMPLE_826, &[], &[], &mut report);
    #[cfg(feature = "tags")]
    check::<
        intercom_client::types::DetachTagFromTicketRequest,
    >("detachTagFromTicket request `admin`", EXAMPLE_827, &[], &[], &mut report);
    #[cfg(feature = "tags")]
    check::<
        intercom_client::types::Tag,
    >("detachTagFromTicket 200 response `ok`", EXAMPLE_828, &[], &[], &mut report);
    #[cfg(feature = "tags")]
    check::<
        intercom_client::types::Error,
    >(
        "detachTagFromTicket 401 response `unauthorized`",
        EXAMPLE_829,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "tags")]
    check::<
        intercom_client::types::Error,
    >("detachTagFromTicket 404 response `error`", EXAMPLE_830, &[], &[], &mut report);
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::LinkConversationToTicketRequest,
    >("linkConversationToTicket request `link`", EXAMPLE_831, &[], &[], &mut report);
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Conversation,
    >(
        "linkConversationToTicket 200 response `linked`",
        EXAMPLE_832,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >(
        "linkConversationToTicket 400 response `parameter_not_found`",
        EXAMPLE_833,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >(
        "linkConversationToTicket 400 response `invalid_ticket_type`",
        EXAMPLE_834,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >(
        "linkConversationToTicket 400 response `already_linked_to_tracker`",
        EXAMPLE_835,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >(
        "linkConversationToTicket 400 response `linked_conversation_limit_exceeded`",
        EXAMPLE_836,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >(
        "linkConversationToTicket 400 response `intercom_version_invalid`",
        EXAMPLE_837,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >(
        "linkConversationToTicket 401 response `unauthorized`",
        EXAMPLE_838,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >(
        "linkConversationToTicket 404 response `ticket_not_found`",
        EXAMPLE_839,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >(
        "linkConversationToTicket 404 response `conversation_not_found`",
        EXAMPLE_840,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Conversation,
    >(
        "unlinkConversationFromTicket 200 response `unlinked`",
        EXAMPLE_841,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >(
        "unlinkConversationFromTicket 400 response `invalid_ticket_type`",
        EXAMPLE_842,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >(
        "unlinkConversationFromTicket 400 response `intercom_version_invalid`",
        EXAMPLE_843,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >(
        "unlinkConversationFromTicket 401 response `unauthorized`",
        EXAMPLE_844,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >(
        "unlinkConversationFromTicket 404 response `ticket_not_found`",
        EXAMPLE_845,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >(
        "unlinkConversationFromTicket 404 response `conversation_not_found`",
        EXAMPLE_846,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::CreateTicketRequestObject,
    >("createTicket request `by_contact_id`", EXAMPLE_847, &[], &[], &mut report);
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::CreateTicketRequestObject,
    >("createTicket request `silent_import`", EXAMPLE_848, &[], &[], &mut report);
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Ticket,
    >("createTicket 200 response `created`", EXAMPLE_849, &[], &[], &mut report);
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >("createTicket 401 response `unauthorized`", EXAMPLE_850, &[], &[], &mut report);
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::EnqueueCreateTicketRequest,
    >("enqueueCreateTicket request `enqueue`", EXAMPLE_851, &[], &[], &mut report);
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Jobs,
    >("enqueueCreateTicket 200 response `queued`", EXAMPLE_852, &[], &[], &mut report);
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >("enqueueCreateTicket 400 response `invalid`", EXAMPLE_853, &[], &[], &mut report);
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >(
        "enqueueCreateTicket 401 response `unauthorized`",
        EXAMPLE_854,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Ticket,
    >("getTicket 200 response `in_progress`", EXAMPLE_855, &[], &[], &mut report);
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >("getTicket 401 response `unauthorized`", EXAMPLE_856, &[], &[], &mut report);
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >("getTicket 404 response `ticket_not_found`", EXAMPLE_857, &[], &[], &mut report);
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::UpdateTicketRequestObject,
    >("updateTicket request `assign_and_progress`", EXAMPLE_858, &[], &[], &mut report);
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::UpdateTicketRequestObject,
    >("updateTicket request `snooze`", EXAMPLE_859, &[], &[], &mut report);
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::UpdateTicketRequestObject,
    >("updateTicket request `invalid_state`", EXAMPLE_860, &[], &[], &mut report);
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Ticket,
    >("updateTicket 200 response `assigned`", EXAMPLE_861, &[], &[], &mut report);
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >(
        "updateTicket 400 response `ticket_state_id_invalid`",
        EXAMPLE_862,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >("updateTicket 401 response `unauthorized`", EXAMPLE_863, &[], &[], &mut report);
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >(
        "updateTicket 404 response `assignee_not_found`",
        EXAMPLE_864,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::TicketDeleted,
    >("deleteTicket 200 response `deleted`", EXAMPLE_865, &[], &[], &mut report);
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >("deleteTicket 401 response `unauthorized`", EXAMPLE_866, &[], &[], &mut report);
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >(
        "deleteTicket 403 response `api_plan_restricted`",
        EXAMPLE_867,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >(
        "deleteTicket 404 response `ticket_not_found`",
        EXAMPLE_868,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::ChangeTicketTypeRequest,
    >("changeTicketType request `missing_parts`", EXAMPLE_869, &[], &[], &mut report);
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Ticket,
    >("changeTicketType 200 response `changed`", EXAMPLE_870, &[], &[], &mut report);
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >(
        "changeTicketType 400 response `other_category`",
        EXAMPLE_871,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >(
        "changeTicketType 401 response `unauthorized`",
        EXAMPLE_872,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >("changeTicketType 404 response `not_found`", EXAMPLE_873, &[], &[], &mut report);
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::SearchRequest,
    >("searchTickets request `open_for_contact`", EXAMPLE_874, &[], &[], &mut report);
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::TicketList,
    >("searchTickets 200 response `matches`", EXAMPLE_875, &[], &[], &mut report);
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >("searchTickets 401 response `unauthorized`", EXAMPLE_876, &[], &[], &mut report);
    #[cfg(feature = "visitors")]
    check::<
        intercom_client::types::Visitor,
    >(
        "retrieveVisitorWithUserId 200 response `anonymous_visitor`",
        EXAMPLE_877,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "visitors")]
    check::<
        intercom_client::types::Error,
    >(
        "retrieveVisitorWithUserId 401 response `unauthorized`",
        EXAMPLE_878,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "visitors")]
    check::<
        intercom_client::types::Error,
    >(
        "retrieveVisitorWithUserId 404 response `not_found`",
        EXAMPLE_879,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "visitors")]
    check::<
        intercom_client::types::UpdateVisitorRequest,
    >("updateVisitor request `by_id`", EXAMPLE_880, &[], &[], &mut report);
    #[cfg(feature = "visitors")]
    check::<
        intercom_client::types::UpdateVisitorRequest,
    >("updateVisitor request `by_user_id`", EXAMPLE_881, &[], &[], &mut report);
    #[cfg(feature = "visitors")]
    check::<
        intercom_client::types::Visitor,
    >("updateVisitor 200 response `named_visitor`", EXAMPLE_882, &[], &[], &mut report);
    #[cfg(feature = "visitors")]
    check::<
        intercom_client::types::Error,
    >("updateVisitor 401 response `unauthorized`", EXAMPLE_883, &[], &[], &mut report);
    #[cfg(feature = "visitors")]
    check::<
        intercom_client::types::Error,
    >("updateVisitor 404 response `not_found`", EXAMPLE_884, &[], &[], &mut report);
    #[cfg(feature = "visitors")]
    check::<
        intercom_client::types::ConvertVisitorRequest,
    >("convertVisitor request `to_user`", EXAMPLE_885, &[], &[], &mut report);
    #[cfg(feature = "visitors")]
    check::<
        intercom_client::types::Contact,
    >("convertVisitor 200 response `converted`", EXAMPLE_886, &[], &[], &mut report);
    #[cfg(feature = "visitors")]
    check::<
        intercom_client::types::Error,
    >("convertVisitor 401 response `unauthorized`", EXAMPLE_887, &[], &[], &mut report);
    #[cfg(feature = "brands")]
    check::<
        intercom_client::types::BrandList,
    >("listBrands 200 response `brands`", EXAMPLE_888, &[], &[], &mut report);
    #[cfg(feature = "brands")]
    check::<
        intercom_client::types::Error,
    >("listBrands 401 response `unauthorized`", EXAMPLE_889, &[], &[], &mut report);
    #[cfg(feature = "brands")]
    check::<
        intercom_client::types::Brand,
    >("retrieveBrand 200 response `brand`", EXAMPLE_890, &[], &[], &mut report);
    #[cfg(feature = "brands")]
    check::<
        intercom_client::types::Error,
    >("retrieveBrand 401 response `unauthorized`", EXAMPLE_891, &[], &[], &mut report);
    #[cfg(feature = "brands")]
    check::<
        intercom_client::types::Error,
    >("retrieveBrand 404 response `error`", EXAMPLE_892, &[], &[], &mut report);
    #[cfg(feature = "emails")]
    check::<
        intercom_client::types::EmailList,
    >("listEmails 200 response `addresses`", EXAMPLE_893, &[], &[], &mut report);
    #[cfg(feature = "emails")]
    check::<
        intercom_client::types::Error,
    >("listEmails 401 response `unauthorized`", EXAMPLE_894, &[], &[], &mut report);
    #[cfg(feature = "emails")]
    check::<
        intercom_client::types::EmailSetting,
    >("retrieveEmail 200 response `address`", EXAMPLE_895, &[], &[], &mut report);
    #[cfg(feature = "emails")]
    check::<
        intercom_client::types::Error,
    >("retrieveEmail 401 response `unauthorized`", EXAMPLE_896, &[], &[], &mut report);
    #[cfg(feature = "emails")]
    check::<
        intercom_client::types::Error,
    >(
        "retrieveEmail 404 response `setting_not_found`",
        EXAMPLE_897,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "calls")]
    check::<
        intercom_client::types::RegisterFinVoiceCallRequest,
    >("registerFinVoiceCall request `aws`", EXAMPLE_898, &[], &[], &mut report);
    #[cfg(feature = "calls")]
    check::<
        intercom_client::types::AiCallResponse,
    >(
        "registerFinVoiceCall 200 response `registered`",
        EXAMPLE_899,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "calls")]
    check::<
        intercom_client::types::Error,
    >("registerFinVoiceCall 400 response `error`", EXAMPLE_900, &[], &[], &mut report);
    #[cfg(feature = "calls")]
    check::<
        intercom_client::types::Error,
    >("registerFinVoiceCall 409 response `error`", EXAMPLE_901, &[], &[], &mut report);
    #[cfg(feature = "calls")]
    check::<
        intercom_client::types::Error,
    >(
        "registerFinVoiceCall default response `error`",
        EXAMPLE_902,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "calls")]
    check::<
        intercom_client::types::AiCallResponse,
    >(
        "collectFinVoiceCallById 200 response `matched`",
        EXAMPLE_903,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "calls")]
    check::<
        intercom_client::types::Error,
    >(
        "collectFinVoiceCallById 404 response `error`",
        EXAMPLE_904,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "calls")]
    check::<
        intercom_client::types::Error,
    >(
        "collectFinVoiceCallById default response `error`",
        EXAMPLE_905,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "calls")]
    check::<
        intercom_client::types::AiCallResponse,
    >(
        "collectFinVoiceCallByExternalId 200 response `matched`",
        EXAMPLE_906,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "calls")]
    check::<
        intercom_client::types::Error,
    >(
        "collectFinVoiceCallByExternalId 404 response `error`",
        EXAMPLE_907,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "calls")]
    check::<
        intercom_client::types::Error,
    >(
        "collectFinVoiceCallByExternalId default response `error`",
        EXAMPLE_908,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "calls")]
    check::<
        intercom_client::types::AiCallResponse,
    >(
        "collectFinVoiceCallByPhoneNumber 200 response `matched`",
        EXAMPLE_909,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "calls")]
    check::<
        intercom_client::types::Error,
    >(
        "collectFinVoiceCallByPhoneNumber 401 response `unauthorized`",
        EXAMPLE_910,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "calls")]
    check::<
        intercom_client::types::Error,
    >(
        "collectFinVoiceCallByPhoneNumber 404 response `error`",
        EXAMPLE_911,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "calls")]
    check::<
        intercom_client::types::Error,
    >(
        "collectFinVoiceCallByPhoneNumber default response `error`",
        EXAMPLE_912,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "calls")]
    check::<
        Vec<intercom_client::types::AiCallResponse>,
    >(
        "collectFinVoiceCallsByConversationId 200 response `calls`",
        EXAMPLE_913,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "calls")]
    check::<
        intercom_client::types::Error,
    >(
        "collectFinVoiceCallsByConversationId 401 response `unauthorized`",
        EXAMPLE_914,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "calls")]
    check::<
        intercom_client::types::Error,
    >(
        "collectFinVoiceCallsByConversationId default response `error`",
        EXAMPLE_915,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "fin_agent")]
    check::<
        intercom_client::types::ListFinCapabilitiesRequest,
    >("listFinCapabilities request `mara`", EXAMPLE_916, &[], &[], &mut report);
    #[cfg(feature = "fin_agent")]
    check::<
        intercom_client::types::ListFinCapabilitiesResponse,
    >(
        "listFinCapabilities 200 response `capabilities`",
        EXAMPLE_917,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "fin_agent")]
    check::<
        intercom_client::types::Error,
    >("listFinCapabilities 400 response `error`", EXAMPLE_918, &[], &[], &mut report);
    #[cfg(feature = "fin_agent")]
    check::<
        intercom_client::types::Error,
    >(
        "listFinCapabilities 401 response `unauthorized`",
        EXAMPLE_919,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "fin_agent")]
    check::<
        intercom_client::types::AskFinRequest,
    >("askFin request `warranty`", EXAMPLE_920, &[], &[], &mut report);
    #[cfg(feature = "fin_agent")]
    check::<
        intercom_client::types::AskFinResponse,
    >("askFin 200 response `thinking`", EXAMPLE_921, &[], &[], &mut report);
    #[cfg(feature = "fin_agent")]
    check::<
        intercom_client::types::Error,
    >("askFin 400 response `error`", EXAMPLE_922, &[], &[], &mut report);
    #[cfg(feature = "fin_agent")]
    check::<
        intercom_client::types::Error,
    >("askFin 401 response `unauthorized`", EXAMPLE_923, &[], &[], &mut report);
    #[cfg(feature = "fin_agent")]
    check::<
        intercom_client::types::ReplyToFinRequest,
    >("replyToFin request `order_number`", EXAMPLE_924, &[], &[], &mut report);
    #[cfg(feature = "fin_agent")]
    check::<
        intercom_client::types::ReplyToFinResponse,
    >("replyToFin 200 response `replying`", EXAMPLE_925, &[], &[], &mut report);
    #[cfg(feature = "fin_agent")]
    check::<
        intercom_client::types::Error,
    >("replyToFin 400 response `error`", EXAMPLE_926, &[], &[], &mut report);
    #[cfg(feature = "fin_agent")]
    check::<
        intercom_client::types::Error,
    >("replyToFin 401 response `unauthorized`", EXAMPLE_927, &[], &[], &mut report);
    #[cfg(feature = "fin_agent")]
    check::<
        intercom_client::types::RunFinProcedureRequest,
    >("runFinProcedure request `refund`", EXAMPLE_928, &[], &[], &mut report);
    #[cfg(feature = "fin_agent")]
    check::<
        intercom_client::types::RunFinProcedureResponse,
    >("runFinProcedure 200 response `started`", EXAMPLE_929, &[], &[], &mut report);
    #[cfg(feature = "fin_agent")]
    check::<
        intercom_client::types::Error,
    >("runFinProcedure 400 response `error`", EXAMPLE_930, &[], &[], &mut report);
    #[cfg(feature = "fin_agent")]
    check::<
        intercom_client::types::Error,
    >("runFinProcedure 401 response `unauthorized`", EXAMPLE_931, &[], &[], &mut report);
    #[cfg(feature = "fin_agent")]
    check::<
        intercom_client::types::EscalateFinConversationRequest,
    >("escalateFinConversation request `existing`", EXAMPLE_932, &[], &[], &mut report);
    #[cfg(feature = "fin_agent")]
    check::<
        intercom_client::types::EscalateFinConversationResponse,
    >(
        "escalateFinConversation 200 response `escalated`",
        EXAMPLE_933,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "fin_agent")]
    check::<
        intercom_client::types::Error,
    >(
        "escalateFinConversation 400 response `error`",
        EXAMPLE_934,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "fin_agent")]
    check::<
        intercom_client::types::Error,
    >(
        "escalateFinConversation 401 response `unauthorized`",
        EXAMPLE_935,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "fin_agent")]
    check::<
        intercom_client::types::SubmitFinCsatRequest,
    >("submitFinCsat request `good`", EXAMPLE_936, &[], &[], &mut report);
    #[cfg(feature = "fin_agent")]
    check::<
        intercom_client::types::SubmitFinCsatResponse,
    >("submitFinCsat 200 response `rated`", EXAMPLE_937, &[], &[], &mut report);
    #[cfg(feature = "fin_agent")]
    check::<
        intercom_client::types::Error,
    >("submitFinCsat 401 response `unauthorized`", EXAMPLE_938, &[], &[], &mut report);
    #[cfg(feature = "fin_agent")]
    check::<
        intercom_client::types::SubmitFinCsatStatus422Response,
    >("submitFinCsat 422 response `not_requested`", EXAMPLE_939, &[], &[], &mut report);
    #[cfg(feature = "fin_agent")]
    check::<
        intercom_client::types::StartFinConversationRequest,
    >("startFinConversation request `with_history`", EXAMPLE_940, &[], &[], &mut report);
    #[cfg(feature = "fin_agent")]
    check::<
        intercom_client::types::StartFinConversationResponse,
    >("startFinConversation 200 response `started`", EXAMPLE_941, &[], &[], &mut report);
    #[cfg(feature = "fin_agent")]
    check::<
        intercom_client::types::Error,
    >("startFinConversation 400 response `error`", EXAMPLE_942, &[], &[], &mut report);
    #[cfg(feature = "fin_agent")]
    check::<
        intercom_client::types::Error,
    >(
        "startFinConversation 401 response `unauthorized`",
        EXAMPLE_943,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "procedures")]
    check::<
        intercom_client::types::CollectAgentInputRequest,
    >(
        "collectProcedureAgentInput request `approved`",
        EXAMPLE_944,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "procedures")]
    check::<
        std::collections::BTreeMap<String, serde_json::Value>,
    >(
        "collectProcedureAgentInput 200 response `resumed`",
        EXAMPLE_945,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "procedures")]
    check::<
        intercom_client::types::Error,
    >(
        "collectProcedureAgentInput 401 response `unauthorized`",
        EXAMPLE_946,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "procedures")]
    check::<
        intercom_client::types::Error,
    >(
        "collectProcedureAgentInput 403 response `error`",
        EXAMPLE_947,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "procedures")]
    check::<
        intercom_client::types::Error,
    >(
        "collectProcedureAgentInput 404 response `error`",
        EXAMPLE_948,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "procedures")]
    check::<
        intercom_client::types::Error,
    >(
        "collectProcedureAgentInput 409 response `error`",
        EXAMPLE_949,
        &[],
        &[],
        &mut report,
    );
    #[cfg(feature = "visitors")]
    check::<
        intercom_client::types::Visitor,
    >("retrieveVisitor 200 response `visitor`", EXAMPLE_950, &[], &[], &mut report);
    #[cfg(feature = "visitors")]
    check::<
        intercom_client::types::Error,
    >("retrieveVisitor 401 response `unauthorized`", EXAMPLE_951, &[], &[], &mut report);
    #[cfg(feature = "visitors")]
    check::<
        intercom_client::types::Error,
    >("retrieveVisitor 404 response `not_found`", EXAMPLE_952, &[], &[], &mut report);
    #[cfg(feature = "visitors")]
    check::<
        intercom_client::types::VisitorDeletedObject,
    >("deleteVisitor 200 response `deleted`", EXAMPLE_953, &[], &[], &mut report);
    #[cfg(feature = "visitors")]
    check::<
        intercom_client::types::Error,
    >("deleteVisitor 401 response `unauthorized`", EXAMPLE_954, &[], &[], &mut report);
    #[cfg(feature = "visitors")]
    check::<
        intercom_client::types::Error,
    >("deleteVisitor 404 response `not_found`", EXAMPLE_955, &[], &[], &mut report);
    let fidelity = if cfg!(feature = "serialize-responses") {
        ""
    } else {
        " (fidelity not checked: needs --features serialize-responses)"
    };
    println!(
        "examples: {} total, {} exact, {} through leniency, {} failed{fidelity}", report
        .total, report.exact, report.lenient, report.failures.len()
    );
    for (rule, sites) in &report.rules {
        println!("leniency: {} × {rule}", sites.len());
        for site in sites.iter().take(5) {
            println!("    {site}");
        }
        if sites.len() > 5 {
            println!("    … and {} more", sites.len() - 5);
        }
    }

    assert!(
        report.failures.is_empty(), "examples that do not decode faithfully:\n{}", report
        .failures.join("\n")
    );
}

/// Whether decoding `json` as `T` fails.
#[allow(dead_code, reason = "used only when the spec has examples of a pinned type")]
fn rejects<T: serde::de::DeserializeOwned>(json: &str) -> bool {
    intercom_client::from_str::<T>(json).is_err()
}

/// A pinned `type` value, the name of the type that pins it, and a decoder that says
/// whether it rejects a JSON text.
type Decoder = (&'static str, &'static str, fn(&str) -> bool);

#[test]
#[allow(clippy::vec_init_then_push)]
fn examples_of_other_types_are_rejected() {
    #[allow(unused_mut, reason = "empty when the spec has no example of a pinned type")]
    let mut examples: Vec<(&str, &str, &str)> = Vec::new();
    #[cfg(feature = "admins")]
    examples.push(("identifyAdmin 200 response `current_admin`", "admin", EXAMPLE_0));
    #[cfg(feature = "admins")]
    examples
        .push(("identifyAdmin 401 response `unauthorized`", "error.list", EXAMPLE_1));
    #[cfg(feature = "admins")]
    examples.push(("setAwayAdmin 200 response `away_admin`", "admin", EXAMPLE_4));
    #[cfg(feature = "admins")]
    examples
        .push(("setAwayAdmin 400 response `reason_deleted`", "error.list", EXAMPLE_5));
    #[cfg(feature = "admins")]
    examples
        .push(("setAwayAdmin 400 response `reason_required`", "error.list", EXAMPLE_6));
    #[cfg(feature = "admins")]
    examples.push(("setAwayAdmin 401 response `unauthorized`", "error.list", EXAMPLE_7));
    #[cfg(feature = "admins")]
    examples
        .push(("setAwayAdmin 404 response `admin_not_found`", "error.list", EXAMPLE_8));
    #[cfg(feature = "admins")]
    examples
        .push((
            "listActivityLogs 200 response `one_page`",
            "activity_log.list",
            EXAMPLE_9,
        ));
    #[cfg(feature = "admins")]
    examples
        .push((
            "listActivityLogs 401 response `unauthorized`",
            "error.list",
            EXAMPLE_10,
        ));
    #[cfg(feature = "admins")]
    examples
        .push((
            "searchActivityLogs 200 response `logins`",
            "activity_log.list",
            EXAMPLE_13,
        ));
    #[cfg(feature = "admins")]
    examples
        .push((
            "searchActivityLogs 401 response `unauthorized`",
            "error.list",
            EXAMPLE_14,
        ));
    #[cfg(feature = "admins")]
    examples
        .push((
            "listActivityLogEventTypes 200 response `event_types`",
            "activity_log_event_type.list",
            EXAMPLE_15,
        ));
    #[cfg(feature = "admins")]
    examples
        .push((
            "listActivityLogEventTypes 401 response `unauthorized`",
            "error.list",
            EXAMPLE_16,
        ));
    #[cfg(feature = "admins")]
    examples.push(("listAdmins 200 response `admins`", "admin.list", EXAMPLE_17));
    #[cfg(feature = "admins")]
    examples.push(("listAdmins 401 response `unauthorized`", "error.list", EXAMPLE_18));
    #[cfg(feature = "admins")]
    examples.push(("retrieveAdmin 200 response `admin`", "admin", EXAMPLE_19));
    #[cfg(feature = "admins")]
    examples
        .push(("retrieveAdmin 401 response `unauthorized`", "error.list", EXAMPLE_20));
    #[cfg(feature = "admins")]
    examples
        .push((
            "retrieveAdmin 404 response `admin_not_found`",
            "error.list",
            EXAMPLE_21,
        ));
    #[cfg(feature = "ai_content")]
    examples
        .push(("listContentImportSources 200 response `sources`", "list", EXAMPLE_22));
    #[cfg(feature = "ai_content")]
    examples
        .push((
            "listContentImportSources 401 response `unauthorized`",
            "error.list",
            EXAMPLE_23,
        ));
    #[cfg(feature = "ai_content")]
    examples
        .push((
            "createContentImportSource 200 response `created`",
            "content_import_source",
            EXAMPLE_25,
        ));
    #[cfg(feature = "ai_content")]
    examples
        .push((
            "createContentImportSource 401 response `unauthorized`",
            "error.list",
            EXAMPLE_26,
        ));
    #[cfg(feature = "ai_content")]
    examples
        .push((
            "getContentImportSource 200 response `source`",
            "content_import_source",
            EXAMPLE_27,
        ));
    #[cfg(feature = "ai_content")]
    examples
        .push((
            "getContentImportSource 401 response `unauthorized`",
            "error.list",
            EXAMPLE_28,
        ));
    #[cfg(feature = "ai_content")]
    examples
        .push((
            "updateContentImportSource 200 response `updated`",
            "content_import_source",
            EXAMPLE_30,
        ));
    #[cfg(feature = "ai_content")]
    examples
        .push((
            "updateContentImportSource 401 response `unauthorized`",
            "error.list",
            EXAMPLE_31,
        ));
    #[cfg(feature = "ai_content")]
    examples
        .push((
            "deleteContentImportSource 401 response `unauthorized`",
            "error.list",
            EXAMPLE_32,
        ));
    #[cfg(feature = "ai_content")]
    examples.push(("listExternalPages 200 response `pages`", "list", EXAMPLE_33));
    #[cfg(feature = "ai_content")]
    examples
        .push((
            "listExternalPages 401 response `unauthorized`",
            "error.list",
            EXAMPLE_34,
        ));
    #[cfg(feature = "ai_content")]
    examples
        .push((
            "createExternalPage 200 response `created`",
            "external_page",
            EXAMPLE_36,
        ));
    #[cfg(feature = "ai_content")]
    examples
        .push((
            "createExternalPage 401 response `unauthorized`",
            "error.list",
            EXAMPLE_37,
        ));
    #[cfg(feature = "ai_content")]
    examples.push(("getExternalPage 200 response `page`", "external_page", EXAMPLE_38));
    #[cfg(feature = "ai_content")]
    examples
        .push(("getExternalPage 401 response `unauthorized`", "error.list", EXAMPLE_39));
    #[cfg(feature = "ai_content")]
    examples
        .push((
            "updateExternalPage 200 response `updated`",
            "external_page",
            EXAMPLE_41,
        ));
    #[cfg(feature = "ai_content")]
    examples
        .push((
            "updateExternalPage 401 response `unauthorized`",
            "error.list",
            EXAMPLE_42,
        ));
    #[cfg(feature = "ai_content")]
    examples
        .push((
            "deleteExternalPage 200 response `deleted`",
            "external_page",
            EXAMPLE_43,
        ));
    #[cfg(feature = "ai_content")]
    examples
        .push((
            "deleteExternalPage 401 response `unauthorized`",
            "error.list",
            EXAMPLE_44,
        ));
    #[cfg(feature = "articles")]
    examples.push(("listArticles 200 response `article_page`", "list", EXAMPLE_45));
    #[cfg(feature = "articles")]
    examples
        .push(("listArticles 401 response `unauthorized`", "error.list", EXAMPLE_46));
    #[cfg(feature = "articles")]
    examples.push(("createArticle 200 response `created`", "article", EXAMPLE_48));
    #[cfg(feature = "articles")]
    examples
        .push(("createArticle 400 response `missing_author`", "error.list", EXAMPLE_49));
    #[cfg(feature = "articles")]
    examples
        .push((
            "createArticle 400 response `schedule_and_draft`",
            "error.list",
            EXAMPLE_50,
        ));
    #[cfg(feature = "articles")]
    examples
        .push(("createArticle 401 response `unauthorized`", "error.list", EXAMPLE_51));
    #[cfg(feature = "articles")]
    examples.push(("retrieveArticle 200 response `article`", "article", EXAMPLE_52));
    #[cfg(feature = "articles")]
    examples
        .push((
            "retrieveArticle 404 response `unknown_article`",
            "error.list",
            EXAMPLE_53,
        ));
    #[cfg(feature = "articles")]
    examples
        .push(("retrieveArticle 401 response `unauthorized`", "error.list", EXAMPLE_54));
    #[cfg(feature = "articles")]
    examples.push(("updateArticle 200 response `updated`", "article", EXAMPLE_56));
    #[cfg(feature = "articles")]
    examples
        .push(("updateArticle 400 response `two_schedules`", "error.list", EXAMPLE_57));
    #[cfg(feature = "articles")]
    examples
        .push((
            "updateArticle 404 response `unknown_article`",
            "error.list",
            EXAMPLE_58,
        ));
    #[cfg(feature = "articles")]
    examples
        .push(("updateArticle 401 response `unauthorized`", "error.list", EXAMPLE_59));
    #[cfg(feature = "articles")]
    examples
        .push((
            "deleteArticle 404 response `unknown_article`",
            "error.list",
            EXAMPLE_61,
        ));
    #[cfg(feature = "articles")]
    examples
        .push(("deleteArticle 401 response `unauthorized`", "error.list", EXAMPLE_62));
    #[cfg(feature = "articles")]
    examples.push(("retrieveArticleDraft 200 response `draft`", "article", EXAMPLE_63));
    #[cfg(feature = "articles")]
    examples
        .push((
            "retrieveArticleDraft 404 response `not_found`",
            "error.list",
            EXAMPLE_64,
        ));
    #[cfg(feature = "articles")]
    examples
        .push((
            "retrieveArticleDraft 404 response `instance_not_found`",
            "error.list",
            EXAMPLE_65,
        ));
    #[cfg(feature = "articles")]
    examples
        .push((
            "retrieveArticleDraft 401 response `unauthorized`",
            "error.list",
            EXAMPLE_66,
        ));
    #[cfg(feature = "articles")]
    examples.push(("stageArticleDraft 200 response `staged`", "article", EXAMPLE_68));
    #[cfg(feature = "articles")]
    examples
        .push(("stageArticleDraft 404 response `not_found`", "error.list", EXAMPLE_69));
    #[cfg(feature = "articles")]
    examples
        .push((
            "stageArticleDraft 404 response `instance_not_found`",
            "error.list",
            EXAMPLE_70,
        ));
    #[cfg(feature = "articles")]
    examples
        .push((
            "stageArticleDraft 422 response `never_published`",
            "error.list",
            EXAMPLE_71,
        ));
    #[cfg(feature = "articles")]
    examples
        .push((
            "stageArticleDraft 401 response `unauthorized`",
            "error.list",
            EXAMPLE_72,
        ));
    #[cfg(feature = "articles")]
    examples
        .push(("publishArticleDraft 200 response `published`", "article", EXAMPLE_74));
    #[cfg(feature = "articles")]
    examples
        .push((
            "publishArticleDraft 404 response `not_found`",
            "error.list",
            EXAMPLE_75,
        ));
    #[cfg(feature = "articles")]
    examples
        .push((
            "publishArticleDraft 404 response `instance_not_found`",
            "error.list",
            EXAMPLE_76,
        ));
    #[cfg(feature = "articles")]
    examples
        .push(("publishArticleDraft 422 response `no_draft`", "error.list", EXAMPLE_77));
    #[cfg(feature = "articles")]
    examples
        .push((
            "publishArticleDraft 422 response `locales_missing`",
            "error.list",
            EXAMPLE_78,
        ));
    #[cfg(feature = "articles")]
    examples
        .push((
            "publishArticleDraft 401 response `unauthorized`",
            "error.list",
            EXAMPLE_79,
        ));
    #[cfg(feature = "articles")]
    examples.push(("listArticleVersions 200 response `versions`", "list", EXAMPLE_80));
    #[cfg(feature = "articles")]
    examples
        .push((
            "listArticleVersions 400 response `unknown_locale`",
            "error.list",
            EXAMPLE_81,
        ));
    #[cfg(feature = "articles")]
    examples
        .push((
            "listArticleVersions 404 response `not_found`",
            "error.list",
            EXAMPLE_82,
        ));
    #[cfg(feature = "articles")]
    examples
        .push((
            "listArticleVersions 404 response `instance_not_found`",
            "error.list",
            EXAMPLE_83,
        ));
    #[cfg(feature = "articles")]
    examples
        .push((
            "listArticleVersions 401 response `unauthorized`",
            "error.list",
            EXAMPLE_84,
        ));
    #[cfg(feature = "articles")]
    examples
        .push((
            "retrieveArticleVersion 200 response `version`",
            "article_version",
            EXAMPLE_85,
        ));
    #[cfg(feature = "articles")]
    examples
        .push((
            "retrieveArticleVersion 400 response `unknown_locale`",
            "error.list",
            EXAMPLE_86,
        ));
    #[cfg(feature = "articles")]
    examples
        .push((
            "retrieveArticleVersion 404 response `not_found`",
            "error.list",
            EXAMPLE_87,
        ));
    #[cfg(feature = "articles")]
    examples
        .push((
            "retrieveArticleVersion 404 response `instance_not_found`",
            "error.list",
            EXAMPLE_88,
        ));
    #[cfg(feature = "articles")]
    examples
        .push((
            "retrieveArticleVersion 401 response `unauthorized`",
            "error.list",
            EXAMPLE_89,
        ));
    #[cfg(feature = "articles")]
    examples.push(("attachTagToArticle 200 response `applied`", "tag", EXAMPLE_91));
    #[cfg(feature = "articles")]
    examples
        .push(("attachTagToArticle 403 response `forbidden`", "error.list", EXAMPLE_92));
    #[cfg(feature = "articles")]
    examples
        .push((
            "attachTagToArticle 404 response `unknown_tag`",
            "error.list",
            EXAMPLE_93,
        ));
    #[cfg(feature = "articles")]
    examples
        .push((
            "attachTagToArticle 404 response `unknown_article`",
            "error.list",
            EXAMPLE_94,
        ));
    #[cfg(feature = "articles")]
    examples
        .push((
            "attachTagToArticle 401 response `unauthorized`",
            "error.list",
            EXAMPLE_95,
        ));
    #[cfg(feature = "articles")]
    examples.push(("detachTagFromArticle 200 response `removed`", "tag", EXAMPLE_96));
    #[cfg(feature = "articles")]
    examples
        .push((
            "detachTagFromArticle 403 response `forbidden`",
            "error.list",
            EXAMPLE_97,
        ));
    #[cfg(feature = "articles")]
    examples
        .push((
            "detachTagFromArticle 404 response `unknown_tag`",
            "error.list",
            EXAMPLE_98,
        ));
    #[cfg(feature = "articles")]
    examples
        .push((
            "detachTagFromArticle 401 response `unauthorized`",
            "error.list",
            EXAMPLE_99,
        ));
    #[cfg(feature = "articles")]
    examples.push(("searchArticles 200 response `matches`", "list", EXAMPLE_100));
    #[cfg(feature = "articles")]
    examples
        .push(("searchArticles 401 response `unauthorized`", "error.list", EXAMPLE_101));
    #[cfg(feature = "away_status_reasons")]
    examples.push(("listAwayStatusReasons 200 response `reasons`", "list", EXAMPLE_102));
    #[cfg(feature = "away_status_reasons")]
    examples
        .push((
            "listAwayStatusReasons 401 response `unauthorized`",
            "error.list",
            EXAMPLE_103,
        ));
    #[cfg(feature = "audiences")]
    examples.push(("listAudiences 200 response `audiences`", "list", EXAMPLE_104));
    #[cfg(feature = "audiences")]
    examples
        .push(("listAudiences 401 response `unauthorized`", "error.list", EXAMPLE_105));
    #[cfg(feature = "audiences")]
    examples.push(("createAudience 201 response `created`", "audience", EXAMPLE_107));
    #[cfg(feature = "audiences")]
    examples.push(("createAudience 422 response `error`", "error.list", EXAMPLE_108));
    #[cfg(feature = "audiences")]
    examples
        .push(("createAudience 401 response `unauthorized`", "error.list", EXAMPLE_109));
    #[cfg(feature = "audiences")]
    examples.push(("retrieveAudience 200 response `audience`", "audience", EXAMPLE_110));
    #[cfg(feature = "audiences")]
    examples.push(("retrieveAudience 404 response `error`", "error.list", EXAMPLE_111));
    #[cfg(feature = "audiences")]
    examples
        .push((
            "retrieveAudience 401 response `unauthorized`",
            "error.list",
            EXAMPLE_112,
        ));
    #[cfg(feature = "audiences")]
    examples.push(("updateAudience 200 response `updated`", "audience", EXAMPLE_114));
    #[cfg(feature = "audiences")]
    examples.push(("updateAudience 404 response `error`", "error.list", EXAMPLE_115));
    #[cfg(feature = "audiences")]
    examples.push(("updateAudience 422 response `error`", "error.list", EXAMPLE_116));
    #[cfg(feature = "audiences")]
    examples
        .push(("updateAudience 401 response `unauthorized`", "error.list", EXAMPLE_117));
    #[cfg(feature = "audiences")]
    examples.push(("deleteAudience 404 response `error`", "error.list", EXAMPLE_118));
    #[cfg(feature = "audiences")]
    examples
        .push(("deleteAudience 401 response `unauthorized`", "error.list", EXAMPLE_119));
    #[cfg(feature = "office_hours")]
    examples
        .push((
            "listOfficeHoursSchedules 200 response `schedules`",
            "office_hours_schedule.list",
            EXAMPLE_120,
        ));
    #[cfg(feature = "office_hours")]
    examples
        .push((
            "listOfficeHoursSchedules 401 response `unauthorized`",
            "error.list",
            EXAMPLE_121,
        ));
    #[cfg(feature = "office_hours")]
    examples
        .push((
            "createOfficeHoursSchedule 201 response `created`",
            "office_hours_schedule",
            EXAMPLE_123,
        ));
    #[cfg(feature = "office_hours")]
    examples
        .push((
            "createOfficeHoursSchedule 401 response `unauthorized`",
            "error.list",
            EXAMPLE_124,
        ));
    #[cfg(feature = "office_hours")]
    examples
        .push((
            "createOfficeHoursSchedule 422 response `invalid_parameter`",
            "error.list",
            EXAMPLE_125,
        ));
    #[cfg(feature = "office_hours")]
    examples
        .push((
            "getOfficeHoursSchedule 200 response `schedule`",
            "office_hours_schedule",
            EXAMPLE_126,
        ));
    #[cfg(feature = "office_hours")]
    examples
        .push((
            "getOfficeHoursSchedule 401 response `unauthorized`",
            "error.list",
            EXAMPLE_127,
        ));
    #[cfg(feature = "office_hours")]
    examples
        .push((
            "getOfficeHoursSchedule 404 response `not_found`",
            "error.list",
            EXAMPLE_128,
        ));
    #[cfg(feature = "office_hours")]
    examples
        .push((
            "getOfficeHoursSchedule 404 response `instance_not_found`",
            "error.list",
            EXAMPLE_129,
        ));
    #[cfg(feature = "office_hours")]
    examples
        .push((
            "updateOfficeHoursSchedule 200 response `updated`",
            "office_hours_schedule",
            EXAMPLE_131,
        ));
    #[cfg(feature = "office_hours")]
    examples
        .push((
            "updateOfficeHoursSchedule 401 response `unauthorized`",
            "error.list",
            EXAMPLE_132,
        ));
    #[cfg(feature = "office_hours")]
    examples
        .push((
            "updateOfficeHoursSchedule 404 response `not_found`",
            "error.list",
            EXAMPLE_133,
        ));
    #[cfg(feature = "office_hours")]
    examples
        .push((
            "updateOfficeHoursSchedule 404 response `instance_not_found`",
            "error.list",
            EXAMPLE_134,
        ));
    #[cfg(feature = "office_hours")]
    examples
        .push((
            "updateOfficeHoursSchedule 422 response `invalid_parameter`",
            "error.list",
            EXAMPLE_135,
        ));
    #[cfg(feature = "office_hours")]
    examples
        .push((
            "deleteOfficeHoursSchedule 401 response `unauthorized`",
            "error.list",
            EXAMPLE_137,
        ));
    #[cfg(feature = "office_hours")]
    examples
        .push((
            "deleteOfficeHoursSchedule 404 response `not_found`",
            "error.list",
            EXAMPLE_138,
        ));
    #[cfg(feature = "office_hours")]
    examples
        .push((
            "deleteOfficeHoursSchedule 404 response `instance_not_found`",
            "error.list",
            EXAMPLE_139,
        ));
    #[cfg(feature = "office_hours")]
    examples
        .push((
            "listOfficeHoursExceptions 200 response `exceptions`",
            "office_hours_exception.list",
            EXAMPLE_140,
        ));
    #[cfg(feature = "office_hours")]
    examples
        .push((
            "listOfficeHoursExceptions 401 response `unauthorized`",
            "error.list",
            EXAMPLE_141,
        ));
    #[cfg(feature = "office_hours")]
    examples
        .push((
            "listOfficeHoursExceptions 404 response `not_found`",
            "error.list",
            EXAMPLE_142,
        ));
    #[cfg(feature = "office_hours")]
    examples
        .push((
            "listOfficeHoursExceptions 404 response `instance_not_found`",
            "error.list",
            EXAMPLE_143,
        ));
    #[cfg(feature = "office_hours")]
    examples
        .push((
            "createOfficeHoursException 201 response `custom_hours`",
            "office_hours_exception",
            EXAMPLE_145,
        ));
    #[cfg(feature = "office_hours")]
    examples
        .push((
            "createOfficeHoursException 401 response `unauthorized`",
            "error.list",
            EXAMPLE_146,
        ));
    #[cfg(feature = "office_hours")]
    examples
        .push((
            "createOfficeHoursException 404 response `not_found`",
            "error.list",
            EXAMPLE_147,
        ));
    #[cfg(feature = "office_hours")]
    examples
        .push((
            "createOfficeHoursException 404 response `instance_not_found`",
            "error.list",
            EXAMPLE_148,
        ));
    #[cfg(feature = "office_hours")]
    examples
        .push((
            "createOfficeHoursException 422 response `invalid_parameter`",
            "error.list",
            EXAMPLE_149,
        ));
    #[cfg(feature = "office_hours")]
    examples
        .push((
            "getOfficeHoursException 200 response `closed_day`",
            "office_hours_exception",
            EXAMPLE_150,
        ));
    #[cfg(feature = "office_hours")]
    examples
        .push((
            "getOfficeHoursException 401 response `unauthorized`",
            "error.list",
            EXAMPLE_151,
        ));
    #[cfg(feature = "office_hours")]
    examples
        .push((
            "getOfficeHoursException 404 response `not_found`",
            "error.list",
            EXAMPLE_152,
        ));
    #[cfg(feature = "office_hours")]
    examples
        .push((
            "getOfficeHoursException 404 response `instance_not_found`",
            "error.list",
            EXAMPLE_153,
        ));
    #[cfg(feature = "office_hours")]
    examples
        .push((
            "updateOfficeHoursException 200 response `updated`",
            "office_hours_exception",
            EXAMPLE_155,
        ));
    #[cfg(feature = "office_hours")]
    examples
        .push((
            "updateOfficeHoursException 401 response `unauthorized`",
            "error.list",
            EXAMPLE_156,
        ));
    #[cfg(feature = "office_hours")]
    examples
        .push((
            "updateOfficeHoursException 404 response `not_found`",
            "error.list",
            EXAMPLE_157,
        ));
    #[cfg(feature = "office_hours")]
    examples
        .push((
            "updateOfficeHoursException 404 response `instance_not_found`",
            "error.list",
            EXAMPLE_158,
        ));
    #[cfg(feature = "office_hours")]
    examples
        .push((
            "updateOfficeHoursException 422 response `invalid_parameter`",
            "error.list",
            EXAMPLE_159,
        ));
    #[cfg(feature = "office_hours")]
    examples
        .push((
            "deleteOfficeHoursException 401 response `unauthorized`",
            "error.list",
            EXAMPLE_161,
        ));
    #[cfg(feature = "office_hours")]
    examples
        .push((
            "deleteOfficeHoursException 404 response `not_found`",
            "error.list",
            EXAMPLE_162,
        ));
    #[cfg(feature = "office_hours")]
    examples
        .push((
            "deleteOfficeHoursException 404 response `instance_not_found`",
            "error.list",
            EXAMPLE_163,
        ));
    #[cfg(feature = "reporting_data_export")]
    examples
        .push((
            "enqueueReportingDataExport 400 response `missing_dataset`",
            "error.list",
            EXAMPLE_166,
        ));
    #[cfg(feature = "reporting_data_export")]
    examples
        .push((
            "enqueueReportingDataExport 400 response `unknown_attribute`",
            "error.list",
            EXAMPLE_167,
        ));
    #[cfg(feature = "reporting_data_export")]
    examples
        .push((
            "enqueueReportingDataExport 401 response `unauthorized`",
            "error.list",
            EXAMPLE_168,
        ));
    #[cfg(feature = "reporting_data_export")]
    examples
        .push((
            "enqueueReportingDataExport 429 response `too_many_jobs`",
            "error.list",
            EXAMPLE_169,
        ));
    #[cfg(feature = "reporting_data_export")]
    examples
        .push((
            "getReportingDataExport 401 response `unauthorized`",
            "error.list",
            EXAMPLE_172,
        ));
    #[cfg(feature = "reporting_data_export")]
    examples
        .push((
            "getReportingDataExport 404 response `job_not_found`",
            "error.list",
            EXAMPLE_173,
        ));
    #[cfg(feature = "reporting_data_export")]
    examples
        .push(("listReportingDatasets 200 response `datasets`", "list", EXAMPLE_174));
    #[cfg(feature = "reporting_data_export")]
    examples
        .push((
            "listReportingDatasets 401 response `unauthorized`",
            "error.list",
            EXAMPLE_175,
        ));
    #[cfg(feature = "reporting_data_export")]
    examples
        .push((
            "downloadReportingDataExport 401 response `unauthorized`",
            "error.list",
            EXAMPLE_176,
        ));
    #[cfg(feature = "reporting_data_export")]
    examples
        .push((
            "downloadReportingDataExport 404 response `job_not_found`",
            "error.list",
            EXAMPLE_177,
        ));
    #[cfg(feature = "help_center")]
    examples
        .push(("listHelpCenterRedirects 200 response `redirects`", "list", EXAMPLE_178));
    #[cfg(feature = "help_center")]
    examples
        .push((
            "listHelpCenterRedirects 401 response `unauthorized`",
            "error.list",
            EXAMPLE_179,
        ));
    #[cfg(feature = "help_center")]
    examples
        .push((
            "listHelpCenterRedirects 404 response `unknown_help_center`",
            "error.list",
            EXAMPLE_180,
        ));
    #[cfg(feature = "help_center")]
    examples
        .push((
            "createHelpCenterRedirect 200 response `created`",
            "help_center_redirect",
            EXAMPLE_182,
        ));
    #[cfg(feature = "help_center")]
    examples
        .push((
            "createHelpCenterRedirect 400 response `missing_from_url`",
            "error.list",
            EXAMPLE_183,
        ));
    #[cfg(feature = "help_center")]
    examples
        .push((
            "createHelpCenterRedirect 401 response `unauthorized`",
            "error.list",
            EXAMPLE_184,
        ));
    #[cfg(feature = "help_center")]
    examples
        .push((
            "createHelpCenterRedirect 409 response `duplicate`",
            "error.list",
            EXAMPLE_185,
        ));
    #[cfg(feature = "help_center")]
    examples
        .push((
            "createHelpCenterRedirect 422 response `foreign_address`",
            "error.list",
            EXAMPLE_186,
        ));
    #[cfg(feature = "help_center")]
    examples
        .push((
            "createHelpCenterRedirect 404 response `unknown_help_center`",
            "error.list",
            EXAMPLE_187,
        ));
    #[cfg(feature = "help_center")]
    examples
        .push((
            "retrieveHelpCenterRedirect 200 response `redirect`",
            "help_center_redirect",
            EXAMPLE_188,
        ));
    #[cfg(feature = "help_center")]
    examples
        .push((
            "retrieveHelpCenterRedirect 401 response `unauthorized`",
            "error.list",
            EXAMPLE_189,
        ));
    #[cfg(feature = "help_center")]
    examples
        .push((
            "retrieveHelpCenterRedirect 404 response `unknown_redirect`",
            "error.list",
            EXAMPLE_190,
        ));
    #[cfg(feature = "help_center")]
    examples
        .push((
            "deleteHelpCenterRedirect 401 response `unauthorized`",
            "error.list",
            EXAMPLE_192,
        ));
    #[cfg(feature = "help_center")]
    examples
        .push((
            "deleteHelpCenterRedirect 404 response `unknown_redirect`",
            "error.list",
            EXAMPLE_193,
        ));
    #[cfg(feature = "help_center")]
    examples
        .push(("listAllCollections 200 response `collections`", "list", EXAMPLE_194));
    #[cfg(feature = "help_center")]
    examples
        .push((
            "listAllCollections 401 response `unauthorized`",
            "error.list",
            EXAMPLE_195,
        ));
    #[cfg(feature = "help_center")]
    examples
        .push((
            "createCollection 400 response `missing_name`",
            "error.list",
            EXAMPLE_198,
        ));
    #[cfg(feature = "help_center")]
    examples
        .push((
            "createCollection 401 response `unauthorized`",
            "error.list",
            EXAMPLE_199,
        ));
    #[cfg(feature = "help_center")]
    examples
        .push((
            "retrieveCollection 404 response `unknown_collection`",
            "error.list",
            EXAMPLE_201,
        ));
    #[cfg(feature = "help_center")]
    examples
        .push((
            "retrieveCollection 401 response `unauthorized`",
            "error.list",
            EXAMPLE_202,
        ));
    #[cfg(feature = "help_center")]
    examples
        .push((
            "updateCollection 404 response `unknown_collection`",
            "error.list",
            EXAMPLE_205,
        ));
    #[cfg(feature = "help_center")]
    examples
        .push((
            "updateCollection 401 response `unauthorized`",
            "error.list",
            EXAMPLE_206,
        ));
    #[cfg(feature = "help_center")]
    examples
        .push((
            "deleteCollection 404 response `unknown_collection`",
            "error.list",
            EXAMPLE_208,
        ));
    #[cfg(feature = "help_center")]
    examples
        .push((
            "deleteCollection 401 response `unauthorized`",
            "error.list",
            EXAMPLE_209,
        ));
    #[cfg(feature = "help_center")]
    examples
        .push((
            "retrieveHelpCenter 404 response `unknown_help_center`",
            "error.list",
            EXAMPLE_211,
        ));
    #[cfg(feature = "help_center")]
    examples
        .push((
            "retrieveHelpCenter 401 response `unauthorized`",
            "error.list",
            EXAMPLE_212,
        ));
    #[cfg(feature = "help_center")]
    examples.push(("listHelpCenters 200 response `help_centers`", "list", EXAMPLE_213));
    #[cfg(feature = "help_center")]
    examples
        .push((
            "listHelpCenters 401 response `unauthorized`",
            "error.list",
            EXAMPLE_214,
        ));
    #[cfg(feature = "internal_articles")]
    examples
        .push((
            "listInternalArticles 200 response `internal_articles`",
            "list",
            EXAMPLE_215,
        ));
    #[cfg(feature = "internal_articles")]
    examples
        .push((
            "listInternalArticles 401 response `unauthorized`",
            "error.list",
            EXAMPLE_216,
        ));
    #[cfg(feature = "internal_articles")]
    examples
        .push((
            "createInternalArticle 200 response `created`",
            "internal_article",
            EXAMPLE_218,
        ));
    #[cfg(feature = "internal_articles")]
    examples
        .push((
            "createInternalArticle 400 response `missing_author`",
            "error.list",
            EXAMPLE_219,
        ));
    #[cfg(feature = "internal_articles")]
    examples
        .push((
            "createInternalArticle 404 response `unknown_audience`",
            "error.list",
            EXAMPLE_220,
        ));
    #[cfg(feature = "internal_articles")]
    examples
        .push((
            "createInternalArticle 401 response `unauthorized`",
            "error.list",
            EXAMPLE_221,
        ));
    #[cfg(feature = "internal_articles")]
    examples
        .push((
            "retrieveInternalArticle 200 response `internal_article`",
            "internal_article",
            EXAMPLE_222,
        ));
    #[cfg(feature = "internal_articles")]
    examples
        .push((
            "retrieveInternalArticle 404 response `unknown_internal_article`",
            "error.list",
            EXAMPLE_223,
        ));
    #[cfg(feature = "internal_articles")]
    examples
        .push((
            "retrieveInternalArticle 401 response `unauthorized`",
            "error.list",
            EXAMPLE_224,
        ));
    #[cfg(feature = "internal_articles")]
    examples
        .push((
            "updateInternalArticle 200 response `updated`",
            "internal_article",
            EXAMPLE_226,
        ));
    #[cfg(feature = "internal_articles")]
    examples
        .push((
            "updateInternalArticle 404 response `unknown_internal_article`",
            "error.list",
            EXAMPLE_227,
        ));
    #[cfg(feature = "internal_articles")]
    examples
        .push((
            "updateInternalArticle 401 response `unauthorized`",
            "error.list",
            EXAMPLE_228,
        ));
    #[cfg(feature = "internal_articles")]
    examples
        .push((
            "deleteInternalArticle 404 response `unknown_internal_article`",
            "error.list",
            EXAMPLE_230,
        ));
    #[cfg(feature = "internal_articles")]
    examples
        .push((
            "deleteInternalArticle 401 response `unauthorized`",
            "error.list",
            EXAMPLE_231,
        ));
    #[cfg(feature = "internal_articles")]
    examples
        .push(("attachTagToInternalArticle 200 response `applied`", "tag", EXAMPLE_233));
    #[cfg(feature = "internal_articles")]
    examples
        .push((
            "attachTagToInternalArticle 403 response `forbidden`",
            "error.list",
            EXAMPLE_234,
        ));
    #[cfg(feature = "internal_articles")]
    examples
        .push((
            "attachTagToInternalArticle 404 response `unknown_tag`",
            "error.list",
            EXAMPLE_235,
        ));
    #[cfg(feature = "internal_articles")]
    examples
        .push((
            "attachTagToInternalArticle 401 response `unauthorized`",
            "error.list",
            EXAMPLE_236,
        ));
    #[cfg(feature = "internal_articles")]
    examples
        .push((
            "detachTagFromInternalArticle 200 response `removed`",
            "tag",
            EXAMPLE_237,
        ));
    #[cfg(feature = "internal_articles")]
    examples
        .push((
            "detachTagFromInternalArticle 403 response `forbidden`",
            "error.list",
            EXAMPLE_238,
        ));
    #[cfg(feature = "internal_articles")]
    examples
        .push((
            "detachTagFromInternalArticle 404 response `unknown_internal_article`",
            "error.list",
            EXAMPLE_239,
        ));
    #[cfg(feature = "internal_articles")]
    examples
        .push((
            "detachTagFromInternalArticle 401 response `unauthorized`",
            "error.list",
            EXAMPLE_240,
        ));
    #[cfg(feature = "internal_articles")]
    examples
        .push(("searchInternalArticles 200 response `matches`", "list", EXAMPLE_241));
    #[cfg(feature = "internal_articles")]
    examples
        .push((
            "searchInternalArticles 401 response `unauthorized`",
            "error.list",
            EXAMPLE_242,
        ));
    #[cfg(feature = "folders")]
    examples.push(("listFolders 200 response `folders`", "list", EXAMPLE_243));
    #[cfg(feature = "folders")]
    examples
        .push(("listFolders 401 response `unauthorized`", "error.list", EXAMPLE_244));
    #[cfg(feature = "folders")]
    examples
        .push(("createFolder 401 response `unauthorized`", "error.list", EXAMPLE_247));
    #[cfg(feature = "folders")]
    examples
        .push(("createFolder 400 response `missing_name`", "error.list", EXAMPLE_248));
    #[cfg(feature = "folders")]
    examples
        .push(("retrieveFolder 401 response `unauthorized`", "error.list", EXAMPLE_250));
    #[cfg(feature = "folders")]
    examples
        .push((
            "retrieveFolder 404 response `unknown_folder`",
            "error.list",
            EXAMPLE_251,
        ));
    #[cfg(feature = "folders")]
    examples
        .push(("updateFolder 401 response `unauthorized`", "error.list", EXAMPLE_254));
    #[cfg(feature = "folders")]
    examples
        .push(("updateFolder 404 response `unknown_folder`", "error.list", EXAMPLE_255));
    #[cfg(feature = "folders")]
    examples.push(("updateFolder 400 response `empty_name`", "error.list", EXAMPLE_256));
    #[cfg(feature = "folders")]
    examples
        .push(("deleteFolder 401 response `unauthorized`", "error.list", EXAMPLE_258));
    #[cfg(feature = "folders")]
    examples
        .push(("deleteFolder 404 response `unknown_folder`", "error.list", EXAMPLE_259));
    #[cfg(feature = "folders")]
    examples.push(("deleteFolder 422 response `not_empty`", "error.list", EXAMPLE_260));
    #[cfg(feature = "companies")]
    examples.push(("retrieveCompany 200 response `ok`", "list", EXAMPLE_261));
    #[cfg(feature = "companies")]
    examples
        .push((
            "retrieveCompany 401 response `unauthorized`",
            "error.list",
            EXAMPLE_262,
        ));
    #[cfg(feature = "companies")]
    examples.push(("retrieveCompany 404 response `error`", "error.list", EXAMPLE_263));
    #[cfg(feature = "companies")]
    examples.push(("createOrUpdateCompany 200 response `ok`", "company", EXAMPLE_265));
    #[cfg(feature = "companies")]
    examples
        .push(("createOrUpdateCompany 400 response `error`", "error.list", EXAMPLE_266));
    #[cfg(feature = "companies")]
    examples
        .push((
            "createOrUpdateCompany 401 response `unauthorized`",
            "error.list",
            EXAMPLE_267,
        ));
    #[cfg(feature = "companies")]
    examples.push(("RetrieveACompanyById 200 response `ok`", "company", EXAMPLE_268));
    #[cfg(feature = "companies")]
    examples
        .push((
            "RetrieveACompanyById 401 response `unauthorized`",
            "error.list",
            EXAMPLE_269,
        ));
    #[cfg(feature = "companies")]
    examples
        .push(("RetrieveACompanyById 404 response `error`", "error.list", EXAMPLE_270));
    #[cfg(feature = "companies")]
    examples.push(("UpdateCompany 200 response `ok`", "company", EXAMPLE_271));
    #[cfg(feature = "companies")]
    examples
        .push(("UpdateCompany 401 response `unauthorized`", "error.list", EXAMPLE_272));
    #[cfg(feature = "companies")]
    examples.push(("UpdateCompany 404 response `error`", "error.list", EXAMPLE_273));
    #[cfg(feature = "companies")]
    examples
        .push(("deleteCompany 401 response `unauthorized`", "error.list", EXAMPLE_275));
    #[cfg(feature = "companies")]
    examples.push(("deleteCompany 404 response `error`", "error.list", EXAMPLE_276));
    #[cfg(feature = "companies")]
    examples.push(("ListAttachedContacts 200 response `ok`", "list", EXAMPLE_277));
    #[cfg(feature = "companies")]
    examples
        .push((
            "ListAttachedContacts 401 response `unauthorized`",
            "error.list",
            EXAMPLE_278,
        ));
    #[cfg(feature = "companies")]
    examples
        .push(("ListAttachedContacts 404 response `error`", "error.list", EXAMPLE_279));
    #[cfg(feature = "companies")]
    examples
        .push((
            "ListAttachedSegmentsForCompanies 200 response `ok`",
            "list",
            EXAMPLE_280,
        ));
    #[cfg(feature = "companies")]
    examples
        .push((
            "ListAttachedSegmentsForCompanies 401 response `unauthorized`",
            "error.list",
            EXAMPLE_281,
        ));
    #[cfg(feature = "companies")]
    examples
        .push((
            "ListAttachedSegmentsForCompanies 404 response `error`",
            "error.list",
            EXAMPLE_282,
        ));
    #[cfg(feature = "notes")]
    examples.push(("listCompanyNotes 200 response `ok`", "list", EXAMPLE_283));
    #[cfg(feature = "notes")]
    examples.push(("listCompanyNotes 404 response `error`", "error.list", EXAMPLE_284));
    #[cfg(feature = "notes")]
    examples.push(("createCompanyNote 200 response `ok`", "note", EXAMPLE_286));
    #[cfg(feature = "notes")]
    examples
        .push((
            "createCompanyNote 401 response `unauthorized`",
            "error.list",
            EXAMPLE_287,
        ));
    #[cfg(feature = "notes")]
    examples.push(("createCompanyNote 404 response `error`", "error.list", EXAMPLE_288));
    #[cfg(feature = "companies")]
    examples.push(("searchCompanies 200 response `ok`", "list", EXAMPLE_290));
    #[cfg(feature = "companies")]
    examples.push(("searchCompanies 400 response `error`", "error.list", EXAMPLE_291));
    #[cfg(feature = "companies")]
    examples
        .push((
            "searchCompanies 401 response `unauthorized`",
            "error.list",
            EXAMPLE_292,
        ));
    #[cfg(feature = "companies")]
    examples.push(("listAllCompanies 200 response `ok`", "list", EXAMPLE_293));
    #[cfg(feature = "companies")]
    examples
        .push((
            "listAllCompanies 401 response `unauthorized`",
            "error.list",
            EXAMPLE_294,
        ));
    #[cfg(feature = "companies")]
    examples.push(("scrollOverAllCompanies 200 response `ok`", "list", EXAMPLE_295));
    #[cfg(feature = "companies")]
    examples
        .push((
            "scrollOverAllCompanies 401 response `unauthorized`",
            "error.list",
            EXAMPLE_296,
        ));
    #[cfg(feature = "contacts")]
    examples.push(("listCompaniesForAContact 200 response `ok`", "list", EXAMPLE_297));
    #[cfg(feature = "contacts")]
    examples
        .push((
            "listCompaniesForAContact 401 response `unauthorized`",
            "error.list",
            EXAMPLE_298,
        ));
    #[cfg(feature = "contacts")]
    examples
        .push((
            "listCompaniesForAContact 404 response `error`",
            "error.list",
            EXAMPLE_299,
        ));
    #[cfg(feature = "companies")]
    examples.push(("attachContactToACompany 200 response `ok`", "company", EXAMPLE_301));
    #[cfg(feature = "companies")]
    examples
        .push((
            "attachContactToACompany 400 response `error`",
            "error.list",
            EXAMPLE_302,
        ));
    #[cfg(feature = "companies")]
    examples
        .push((
            "attachContactToACompany 401 response `unauthorized`",
            "error.list",
            EXAMPLE_303,
        ));
    #[cfg(feature = "companies")]
    examples
        .push((
            "attachContactToACompany 404 response `error`",
            "error.list",
            EXAMPLE_304,
        ));
    #[cfg(feature = "companies")]
    examples
        .push(("detachContactFromACompany 200 response `ok`", "company", EXAMPLE_305));
    #[cfg(feature = "companies")]
    examples
        .push((
            "detachContactFromACompany 401 response `unauthorized`",
            "error.list",
            EXAMPLE_306,
        ));
    #[cfg(feature = "companies")]
    examples
        .push((
            "detachContactFromACompany 404 response `error`",
            "error.list",
            EXAMPLE_307,
        ));
    #[cfg(feature = "companies")]
    examples
        .push((
            "BulkUpdateCompanies 202 response `ok`",
            "companies.bulk.job",
            EXAMPLE_309,
        ));
    #[cfg(feature = "companies")]
    examples
        .push((
            "BulkUpdateCompanies 401 response `unauthorized`",
            "error.list",
            EXAMPLE_310,
        ));
    #[cfg(feature = "companies")]
    examples
        .push(("BulkUpdateCompanies 403 response `error`", "error.list", EXAMPLE_311));
    #[cfg(feature = "companies")]
    examples
        .push(("BulkUpdateCompanies 404 response `error`", "error.list", EXAMPLE_312));
    #[cfg(feature = "companies")]
    examples
        .push(("BulkUpdateCompanies 422 response `error`", "error.list", EXAMPLE_313));
    #[cfg(feature = "companies")]
    examples
        .push((
            "BulkCreateCompanies 202 response `ok`",
            "companies.bulk.job",
            EXAMPLE_315,
        ));
    #[cfg(feature = "companies")]
    examples
        .push((
            "BulkCreateCompanies 401 response `unauthorized`",
            "error.list",
            EXAMPLE_316,
        ));
    #[cfg(feature = "companies")]
    examples
        .push(("BulkCreateCompanies 403 response `error`", "error.list", EXAMPLE_317));
    #[cfg(feature = "companies")]
    examples
        .push(("BulkCreateCompanies 404 response `error`", "error.list", EXAMPLE_318));
    #[cfg(feature = "companies")]
    examples
        .push(("BulkCreateCompanies 422 response `error`", "error.list", EXAMPLE_319));
    #[cfg(feature = "companies")]
    examples
        .push((
            "BulkDeleteCompanies 202 response `ok`",
            "companies.bulk.job",
            EXAMPLE_321,
        ));
    #[cfg(feature = "companies")]
    examples
        .push((
            "BulkDeleteCompanies 401 response `unauthorized`",
            "error.list",
            EXAMPLE_322,
        ));
    #[cfg(feature = "companies")]
    examples
        .push(("BulkDeleteCompanies 403 response `error`", "error.list", EXAMPLE_323));
    #[cfg(feature = "companies")]
    examples
        .push(("BulkDeleteCompanies 404 response `error`", "error.list", EXAMPLE_324));
    #[cfg(feature = "companies")]
    examples
        .push(("BulkDeleteCompanies 422 response `error`", "error.list", EXAMPLE_325));
    #[cfg(feature = "companies")]
    examples
        .push((
            "ShowBulkCompaniesJob 200 response `ok`",
            "companies.bulk.job",
            EXAMPLE_326,
        ));
    #[cfg(feature = "companies")]
    examples
        .push((
            "ShowBulkCompaniesJob 401 response `unauthorized`",
            "error.list",
            EXAMPLE_327,
        ));
    #[cfg(feature = "notes")]
    examples.push(("listNotes 200 response `ok`", "list", EXAMPLE_328));
    #[cfg(feature = "notes")]
    examples.push(("listNotes 404 response `error`", "error.list", EXAMPLE_329));
    #[cfg(feature = "notes")]
    examples.push(("createNote 200 response `ok`", "note", EXAMPLE_331));
    #[cfg(feature = "notes")]
    examples.push(("createNote 404 response `error`", "error.list", EXAMPLE_332));
    #[cfg(feature = "contacts")]
    examples.push(("listSegmentsForAContact 200 response `ok`", "list", EXAMPLE_333));
    #[cfg(feature = "contacts")]
    examples
        .push((
            "listSegmentsForAContact 401 response `unauthorized`",
            "error.list",
            EXAMPLE_334,
        ));
    #[cfg(feature = "contacts")]
    examples
        .push((
            "listSegmentsForAContact 404 response `error`",
            "error.list",
            EXAMPLE_335,
        ));
    #[cfg(feature = "contacts")]
    examples
        .push(("listSubscriptionsForAContact 200 response `ok`", "list", EXAMPLE_336));
    #[cfg(feature = "contacts")]
    examples
        .push((
            "listSubscriptionsForAContact 401 response `unauthorized`",
            "error.list",
            EXAMPLE_337,
        ));
    #[cfg(feature = "contacts")]
    examples
        .push((
            "listSubscriptionsForAContact 404 response `error`",
            "error.list",
            EXAMPLE_338,
        ));
    #[cfg(feature = "subscription_types")]
    examples
        .push((
            "attachSubscriptionTypeToContact 200 response `ok`",
            "subscription",
            EXAMPLE_340,
        ));
    #[cfg(feature = "subscription_types")]
    examples
        .push((
            "attachSubscriptionTypeToContact 401 response `unauthorized`",
            "error.list",
            EXAMPLE_341,
        ));
    #[cfg(feature = "subscription_types")]
    examples
        .push((
            "attachSubscriptionTypeToContact 404 response `error`",
            "error.list",
            EXAMPLE_342,
        ));
    #[cfg(feature = "subscription_types")]
    examples
        .push((
            "detachSubscriptionTypeToContact 200 response `ok`",
            "subscription",
            EXAMPLE_343,
        ));
    #[cfg(feature = "subscription_types")]
    examples
        .push((
            "detachSubscriptionTypeToContact 401 response `unauthorized`",
            "error.list",
            EXAMPLE_344,
        ));
    #[cfg(feature = "subscription_types")]
    examples
        .push((
            "detachSubscriptionTypeToContact 404 response `error`",
            "error.list",
            EXAMPLE_345,
        ));
    #[cfg(feature = "contacts")]
    examples.push(("listTagsForAContact 200 response `ok`", "list", EXAMPLE_346));
    #[cfg(feature = "contacts")]
    examples
        .push((
            "listTagsForAContact 401 response `unauthorized`",
            "error.list",
            EXAMPLE_347,
        ));
    #[cfg(feature = "contacts")]
    examples
        .push(("listTagsForAContact 404 response `error`", "error.list", EXAMPLE_348));
    #[cfg(feature = "tags")]
    examples.push(("attachTagToContact 200 response `ok`", "tag", EXAMPLE_350));
    #[cfg(feature = "tags")]
    examples
        .push((
            "attachTagToContact 401 response `unauthorized`",
            "error.list",
            EXAMPLE_351,
        ));
    #[cfg(feature = "tags")]
    examples
        .push(("attachTagToContact 404 response `error`", "error.list", EXAMPLE_352));
    #[cfg(feature = "tags")]
    examples.push(("detachTagFromContact 200 response `ok`", "tag", EXAMPLE_353));
    #[cfg(feature = "tags")]
    examples
        .push((
            "detachTagFromContact 401 response `unauthorized`",
            "error.list",
            EXAMPLE_354,
        ));
    #[cfg(feature = "tags")]
    examples
        .push(("detachTagFromContact 404 response `error`", "error.list", EXAMPLE_355));
    #[cfg(feature = "contacts")]
    examples.push(("ShowContact 200 response `user`", "contact", EXAMPLE_356));
    #[cfg(feature = "contacts")]
    examples
        .push(("ShowContact 401 response `unauthorized`", "error.list", EXAMPLE_357));
    #[cfg(feature = "contacts")]
    examples.push(("ShowContact 404 response `not_found`", "error.list", EXAMPLE_358));
    #[cfg(feature = "contacts")]
    examples
        .push(("ShowContact 410 response `contact_merged`", "error.list", EXAMPLE_359));
    #[cfg(feature = "contacts")]
    examples.push(("UpdateContact 200 response `user`", "contact", EXAMPLE_362));
    #[cfg(feature = "contacts")]
    examples
        .push(("UpdateContact 401 response `unauthorized`", "error.list", EXAMPLE_363));
    #[cfg(feature = "contacts")]
    examples.push(("DeleteContact 200 response `ok`", "contact", EXAMPLE_364));
    #[cfg(feature = "contacts")]
    examples
        .push(("DeleteContact 401 response `unauthorized`", "error.list", EXAMPLE_365));
    #[cfg(feature = "contacts")]
    examples.push(("MergeContact 200 response `user`", "contact", EXAMPLE_367));
    #[cfg(feature = "contacts")]
    examples.push(("MergeContact 400 response `error`", "error.list", EXAMPLE_368));
    #[cfg(feature = "contacts")]
    examples
        .push(("MergeContact 401 response `unauthorized`", "error.list", EXAMPLE_369));
    #[cfg(feature = "contacts")]
    examples
        .push((
            "PreviewMergeContact 401 response `unauthorized`",
            "error.list",
            EXAMPLE_372,
        ));
    #[cfg(feature = "contacts")]
    examples.push(("SearchContacts 200 response `ok`", "list", EXAMPLE_374));
    #[cfg(feature = "contacts")]
    examples.push(("SearchContacts 400 response `error`", "error.list", EXAMPLE_375));
    #[cfg(feature = "contacts")]
    examples
        .push(("SearchContacts 401 response `unauthorized`", "error.list", EXAMPLE_376));
    #[cfg(feature = "contacts")]
    examples.push(("ListContactActivities 200 response `ok`", "list", EXAMPLE_377));
    #[cfg(feature = "contacts")]
    examples
        .push((
            "ListContactActivities 401 response `unauthorized`",
            "error.list",
            EXAMPLE_378,
        ));
    #[cfg(feature = "contacts")]
    examples.push(("ListContacts 200 response `ok`", "list", EXAMPLE_379));
    #[cfg(feature = "contacts")]
    examples
        .push(("ListContacts 401 response `unauthorized`", "error.list", EXAMPLE_380));
    #[cfg(feature = "contacts")]
    examples.push(("CreateContact 200 response `user`", "contact", EXAMPLE_382));
    #[cfg(feature = "contacts")]
    examples
        .push(("CreateContact 401 response `unauthorized`", "error.list", EXAMPLE_383));
    #[cfg(feature = "contacts")]
    examples
        .push(("ShowContactByExternalId 200 response `user`", "contact", EXAMPLE_384));
    #[cfg(feature = "contacts")]
    examples
        .push((
            "ShowContactByExternalId 401 response `unauthorized`",
            "error.list",
            EXAMPLE_385,
        ));
    #[cfg(feature = "contacts")]
    examples
        .push((
            "ShowContactByExternalId 404 response `not_found`",
            "error.list",
            EXAMPLE_386,
        ));
    #[cfg(feature = "contacts")]
    examples
        .push((
            "ShowContactByExternalId 410 response `contact_merged`",
            "error.list",
            EXAMPLE_387,
        ));
    #[cfg(feature = "contacts")]
    examples.push(("ArchiveContact 200 response `ok`", "contact", EXAMPLE_388));
    #[cfg(feature = "contacts")]
    examples
        .push(("ArchiveContact 401 response `unauthorized`", "error.list", EXAMPLE_389));
    #[cfg(feature = "contacts")]
    examples.push(("UnarchiveContact 200 response `ok`", "contact", EXAMPLE_390));
    #[cfg(feature = "contacts")]
    examples
        .push((
            "UnarchiveContact 401 response `unauthorized`",
            "error.list",
            EXAMPLE_391,
        ));
    #[cfg(feature = "contacts")]
    examples.push(("BlockContact 200 response `ok`", "contact", EXAMPLE_392));
    #[cfg(feature = "contacts")]
    examples
        .push(("BlockContact 401 response `unauthorized`", "error.list", EXAMPLE_393));
    #[cfg(feature = "contacts")]
    examples.push(("ListContactMergeHistory 200 response `ok`", "list", EXAMPLE_394));
    #[cfg(feature = "contacts")]
    examples
        .push((
            "ListContactMergeHistory 401 response `unauthorized`",
            "error.list",
            EXAMPLE_395,
        ));
    #[cfg(feature = "contacts")]
    examples
        .push((
            "ListContactMergeHistory 404 response `error`",
            "error.list",
            EXAMPLE_396,
        ));
    #[cfg(feature = "banners")]
    examples.push(("listContactBanners 200 response `banners`", "list", EXAMPLE_397));
    #[cfg(feature = "banners")]
    examples
        .push(("listContactBanners 404 response `error`", "error.list", EXAMPLE_398));
    #[cfg(feature = "banners")]
    examples
        .push((
            "dismissContactBanner 200 response `dismissed`",
            "banner_dismiss",
            EXAMPLE_399,
        ));
    #[cfg(feature = "banners")]
    examples
        .push(("dismissContactBanner 404 response `error`", "error.list", EXAMPLE_400));
    #[cfg(feature = "contacts")]
    examples
        .push((
            "BulkUpdateContacts 202 response `ok`",
            "contacts.bulk.job",
            EXAMPLE_402,
        ));
    #[cfg(feature = "contacts")]
    examples
        .push((
            "BulkUpdateContacts 401 response `unauthorized`",
            "error.list",
            EXAMPLE_403,
        ));
    #[cfg(feature = "contacts")]
    examples
        .push(("BulkUpdateContacts 403 response `error`", "error.list", EXAMPLE_404));
    #[cfg(feature = "contacts")]
    examples
        .push(("BulkUpdateContacts 404 response `error`", "error.list", EXAMPLE_405));
    #[cfg(feature = "contacts")]
    examples
        .push(("BulkUpdateContacts 422 response `error`", "error.list", EXAMPLE_406));
    #[cfg(feature = "contacts")]
    examples
        .push((
            "BulkCreateContacts 202 response `ok`",
            "contacts.bulk.job",
            EXAMPLE_408,
        ));
    #[cfg(feature = "contacts")]
    examples
        .push((
            "BulkCreateContacts 401 response `unauthorized`",
            "error.list",
            EXAMPLE_409,
        ));
    #[cfg(feature = "contacts")]
    examples
        .push(("BulkCreateContacts 403 response `error`", "error.list", EXAMPLE_410));
    #[cfg(feature = "contacts")]
    examples
        .push(("BulkCreateContacts 404 response `error`", "error.list", EXAMPLE_411));
    #[cfg(feature = "contacts")]
    examples
        .push(("BulkCreateContacts 422 response `error`", "error.list", EXAMPLE_412));
    #[cfg(feature = "contacts")]
    examples
        .push((
            "BulkDeleteContacts 202 response `ok`",
            "contacts.bulk.job",
            EXAMPLE_414,
        ));
    #[cfg(feature = "contacts")]
    examples
        .push((
            "BulkDeleteContacts 401 response `unauthorized`",
            "error.list",
            EXAMPLE_415,
        ));
    #[cfg(feature = "contacts")]
    examples
        .push(("BulkDeleteContacts 403 response `error`", "error.list", EXAMPLE_416));
    #[cfg(feature = "contacts")]
    examples
        .push(("BulkDeleteContacts 404 response `error`", "error.list", EXAMPLE_417));
    #[cfg(feature = "contacts")]
    examples
        .push(("BulkDeleteContacts 422 response `error`", "error.list", EXAMPLE_418));
    #[cfg(feature = "contacts")]
    examples
        .push((
            "ShowBulkUpdateContactsJob 200 response `ok`",
            "contacts.bulk.job",
            EXAMPLE_419,
        ));
    #[cfg(feature = "contacts")]
    examples
        .push((
            "ShowBulkUpdateContactsJob 401 response `unauthorized`",
            "error.list",
            EXAMPLE_420,
        ));
    #[cfg(feature = "content")]
    examples
        .push((
            "bulkContentActions 401 response `unauthorized`",
            "error.list",
            EXAMPLE_423,
        ));
    #[cfg(feature = "content")]
    examples
        .push((
            "bulkContentActions 403 response `missing_scope`",
            "error.list",
            EXAMPLE_424,
        ));
    #[cfg(feature = "content")]
    examples
        .push((
            "bulkContentActions 422 response `too_many_tags`",
            "error.list",
            EXAMPLE_425,
        ));
    #[cfg(feature = "content")]
    examples.push(("searchContent 200 response `hits`", "list", EXAMPLE_426));
    #[cfg(feature = "content")]
    examples
        .push(("searchContent 401 response `unauthorized`", "error.list", EXAMPLE_427));
    #[cfg(feature = "content")]
    examples
        .push((
            "searchContent 422 response `invalid_parameter`",
            "error.list",
            EXAMPLE_428,
        ));
    #[cfg(feature = "content_snippets")]
    examples.push(("listContentSnippets 200 response `snippets`", "list", EXAMPLE_429));
    #[cfg(feature = "content_snippets")]
    examples
        .push((
            "listContentSnippets 401 response `unauthorized`",
            "error.list",
            EXAMPLE_430,
        ));
    #[cfg(feature = "content_snippets")]
    examples
        .push((
            "createContentSnippet 201 response `created`",
            "content_snippet",
            EXAMPLE_432,
        ));
    #[cfg(feature = "content_snippets")]
    examples
        .push((
            "createContentSnippet 404 response `unknown_audience`",
            "error.list",
            EXAMPLE_433,
        ));
    #[cfg(feature = "content_snippets")]
    examples
        .push((
            "createContentSnippet 422 response `unsupported_locale`",
            "error.list",
            EXAMPLE_434,
        ));
    #[cfg(feature = "content_snippets")]
    examples
        .push((
            "createContentSnippet 401 response `unauthorized`",
            "error.list",
            EXAMPLE_435,
        ));
    #[cfg(feature = "content_snippets")]
    examples
        .push((
            "getContentSnippet 200 response `snippet`",
            "content_snippet",
            EXAMPLE_436,
        ));
    #[cfg(feature = "content_snippets")]
    examples
        .push((
            "getContentSnippet 404 response `unknown_snippet`",
            "error.list",
            EXAMPLE_437,
        ));
    #[cfg(feature = "content_snippets")]
    examples
        .push((
            "getContentSnippet 401 response `unauthorized`",
            "error.list",
            EXAMPLE_438,
        ));
    #[cfg(feature = "content_snippets")]
    examples
        .push((
            "updateContentSnippet 200 response `updated`",
            "content_snippet",
            EXAMPLE_440,
        ));
    #[cfg(feature = "content_snippets")]
    examples
        .push((
            "updateContentSnippet 404 response `unknown_snippet`",
            "error.list",
            EXAMPLE_441,
        ));
    #[cfg(feature = "content_snippets")]
    examples
        .push((
            "updateContentSnippet 422 response `unsupported_locale`",
            "error.list",
            EXAMPLE_442,
        ));
    #[cfg(feature = "content_snippets")]
    examples
        .push((
            "updateContentSnippet 401 response `unauthorized`",
            "error.list",
            EXAMPLE_443,
        ));
    #[cfg(feature = "content_snippets")]
    examples
        .push((
            "deleteContentSnippet 404 response `unknown_snippet`",
            "error.list",
            EXAMPLE_444,
        ));
    #[cfg(feature = "content_snippets")]
    examples
        .push(("deleteContentSnippet 422 response `in_use`", "error.list", EXAMPLE_445));
    #[cfg(feature = "content_snippets")]
    examples
        .push((
            "deleteContentSnippet 401 response `unauthorized`",
            "error.list",
            EXAMPLE_446,
        ));
    #[cfg(feature = "content_snippets")]
    examples
        .push(("attachTagToContentSnippet 200 response `applied`", "tag", EXAMPLE_448));
    #[cfg(feature = "content_snippets")]
    examples
        .push((
            "attachTagToContentSnippet 403 response `forbidden`",
            "error.list",
            EXAMPLE_449,
        ));
    #[cfg(feature = "content_snippets")]
    examples
        .push((
            "attachTagToContentSnippet 404 response `unknown_snippet`",
            "error.list",
            EXAMPLE_450,
        ));
    #[cfg(feature = "content_snippets")]
    examples
        .push((
            "attachTagToContentSnippet 401 response `unauthorized`",
            "error.list",
            EXAMPLE_451,
        ));
    #[cfg(feature = "content_snippets")]
    examples
        .push((
            "detachTagFromContentSnippet 200 response `removed`",
            "tag",
            EXAMPLE_452,
        ));
    #[cfg(feature = "content_snippets")]
    examples
        .push((
            "detachTagFromContentSnippet 403 response `forbidden`",
            "error.list",
            EXAMPLE_453,
        ));
    #[cfg(feature = "content_snippets")]
    examples
        .push((
            "detachTagFromContentSnippet 404 response `unknown_tag`",
            "error.list",
            EXAMPLE_454,
        ));
    #[cfg(feature = "content_snippets")]
    examples
        .push((
            "detachTagFromContentSnippet 401 response `unauthorized`",
            "error.list",
            EXAMPLE_455,
        ));
    #[cfg(feature = "tags")]
    examples.push(("attachTagToConversation 200 response `ok`", "tag", EXAMPLE_457));
    #[cfg(feature = "tags")]
    examples
        .push((
            "attachTagToConversation 401 response `unauthorized`",
            "error.list",
            EXAMPLE_458,
        ));
    #[cfg(feature = "tags")]
    examples
        .push((
            "attachTagToConversation 404 response `error`",
            "error.list",
            EXAMPLE_459,
        ));
    #[cfg(feature = "tags")]
    examples.push(("detachTagFromConversation 200 response `ok`", "tag", EXAMPLE_461));
    #[cfg(feature = "tags")]
    examples
        .push((
            "detachTagFromConversation 401 response `unauthorized`",
            "error.list",
            EXAMPLE_462,
        ));
    #[cfg(feature = "tags")]
    examples
        .push((
            "detachTagFromConversation 404 response `error`",
            "error.list",
            EXAMPLE_463,
        ));
    #[cfg(feature = "conversations")]
    examples
        .push((
            "listConversations 200 response `first_page`",
            "conversation.list",
            EXAMPLE_464,
        ));
    #[cfg(feature = "conversations")]
    examples
        .push((
            "listConversations 401 response `unauthorized`",
            "error.list",
            EXAMPLE_465,
        ));
    #[cfg(feature = "conversations")]
    examples
        .push((
            "listConversations 403 response `api_plan_restricted`",
            "error.list",
            EXAMPLE_466,
        ));
    #[cfg(feature = "conversations")]
    examples
        .push((
            "createConversation 401 response `unauthorized`",
            "error.list",
            EXAMPLE_469,
        ));
    #[cfg(feature = "conversations")]
    examples
        .push((
            "createConversation 403 response `api_plan_restricted`",
            "error.list",
            EXAMPLE_470,
        ));
    #[cfg(feature = "conversations")]
    examples
        .push((
            "createConversation 404 response `contact_not_found`",
            "error.list",
            EXAMPLE_471,
        ));
    #[cfg(feature = "conversations")]
    examples
        .push((
            "retrieveConversation 200 response `messenger_conversation`",
            "conversation",
            EXAMPLE_472,
        ));
    #[cfg(feature = "conversations")]
    examples
        .push((
            "retrieveConversation 200 response `email_conversation`",
            "conversation",
            EXAMPLE_473,
        ));
    #[cfg(feature = "conversations")]
    examples
        .push((
            "retrieveConversation 200 response `with_qa_results`",
            "conversation",
            EXAMPLE_474,
        ));
    #[cfg(feature = "conversations")]
    examples
        .push((
            "retrieveConversation 401 response `unauthorized`",
            "error.list",
            EXAMPLE_475,
        ));
    #[cfg(feature = "conversations")]
    examples
        .push((
            "retrieveConversation 403 response `api_plan_restricted`",
            "error.list",
            EXAMPLE_476,
        ));
    #[cfg(feature = "conversations")]
    examples
        .push((
            "retrieveConversation 404 response `not_found`",
            "error.list",
            EXAMPLE_477,
        ));
    #[cfg(feature = "conversations")]
    examples
        .push((
            "updateConversation 200 response `conversation_updated`",
            "conversation",
            EXAMPLE_479,
        ));
    #[cfg(feature = "conversations")]
    examples
        .push((
            "updateConversation 401 response `unauthorized`",
            "error.list",
            EXAMPLE_480,
        ));
    #[cfg(feature = "conversations")]
    examples
        .push((
            "updateConversation 403 response `api_plan_restricted`",
            "error.list",
            EXAMPLE_481,
        ));
    #[cfg(feature = "conversations")]
    examples
        .push((
            "updateConversation 404 response `not_found`",
            "error.list",
            EXAMPLE_482,
        ));
    #[cfg(feature = "conversations")]
    examples
        .push((
            "deleteConversation 401 response `unauthorized`",
            "error.list",
            EXAMPLE_484,
        ));
    #[cfg(feature = "conversations")]
    examples
        .push((
            "deleteConversation 403 response `api_plan_restricted`",
            "error.list",
            EXAMPLE_485,
        ));
    #[cfg(feature = "conversations")]
    examples
        .push((
            "searchConversations 200 response `matches`",
            "conversation.list",
            EXAMPLE_487,
        ));
    #[cfg(feature = "conversations")]
    examples
        .push((
            "searchConversations 401 response `unauthorized`",
            "error.list",
            EXAMPLE_488,
        ));
    #[cfg(feature = "conversations")]
    examples
        .push((
            "replyConversation 200 response `admin_quick_reply`",
            "conversation",
            EXAMPLE_493,
        ));
    #[cfg(feature = "conversations")]
    examples
        .push((
            "replyConversation 200 response `contact_picks_option`",
            "conversation",
            EXAMPLE_494,
        ));
    #[cfg(feature = "conversations")]
    examples
        .push((
            "replyConversation 401 response `unauthorized`",
            "error.list",
            EXAMPLE_495,
        ));
    #[cfg(feature = "conversations")]
    examples
        .push((
            "replyConversation 403 response `api_plan_restricted`",
            "error.list",
            EXAMPLE_496,
        ));
    #[cfg(feature = "conversations")]
    examples
        .push(("replyConversation 404 response `not_found`", "error.list", EXAMPLE_497));
    #[cfg(feature = "conversations")]
    examples
        .push((
            "manageConversation 200 response `conversation_closed`",
            "conversation",
            EXAMPLE_501,
        ));
    #[cfg(feature = "conversations")]
    examples
        .push((
            "manageConversation 401 response `unauthorized`",
            "error.list",
            EXAMPLE_502,
        ));
    #[cfg(feature = "conversations")]
    examples
        .push((
            "manageConversation 403 response `api_plan_restricted`",
            "error.list",
            EXAMPLE_503,
        ));
    #[cfg(feature = "conversations")]
    examples
        .push((
            "manageConversation 404 response `not_found`",
            "error.list",
            EXAMPLE_504,
        ));
    #[cfg(feature = "conversation_parts")]
    examples
        .push((
            "updateConversationPart 200 response `part`",
            "conversation_part",
            EXAMPLE_506,
        ));
    #[cfg(feature = "conversation_parts")]
    examples
        .push((
            "updateConversationPart 401 response `unauthorized`",
            "error.list",
            EXAMPLE_507,
        ));
    #[cfg(feature = "conversation_parts")]
    examples
        .push((
            "updateConversationPart 403 response `api_plan_restricted`",
            "error.list",
            EXAMPLE_508,
        ));
    #[cfg(feature = "conversation_parts")]
    examples
        .push((
            "updateConversationPart 404 response `part_not_found`",
            "error.list",
            EXAMPLE_509,
        ));
    #[cfg(feature = "conversation_participants")]
    examples
        .push((
            "attachContactToConversation 200 response `conversation_two_contacts`",
            "conversation",
            EXAMPLE_511,
        ));
    #[cfg(feature = "conversation_participants")]
    examples
        .push((
            "attachContactToConversation 401 response `unauthorized`",
            "error.list",
            EXAMPLE_512,
        ));
    #[cfg(feature = "conversation_participants")]
    examples
        .push((
            "attachContactToConversation 403 response `api_plan_restricted`",
            "error.list",
            EXAMPLE_513,
        ));
    #[cfg(feature = "conversation_participants")]
    examples
        .push((
            "attachContactToConversation 404 response `not_found`",
            "error.list",
            EXAMPLE_514,
        ));
    #[cfg(feature = "conversation_participants")]
    examples
        .push((
            "detachContactFromConversation 200 response `conversation_full`",
            "conversation",
            EXAMPLE_516,
        ));
    #[cfg(feature = "conversation_participants")]
    examples
        .push((
            "detachContactFromConversation 401 response `unauthorized`",
            "error.list",
            EXAMPLE_517,
        ));
    #[cfg(feature = "conversation_participants")]
    examples
        .push((
            "detachContactFromConversation 403 response `api_plan_restricted`",
            "error.list",
            EXAMPLE_518,
        ));
    #[cfg(feature = "conversation_participants")]
    examples
        .push((
            "detachContactFromConversation 404 response `contact_not_found`",
            "error.list",
            EXAMPLE_519,
        ));
    #[cfg(feature = "conversation_participants")]
    examples
        .push((
            "detachContactFromConversation 422 response `last_customer`",
            "error.list",
            EXAMPLE_520,
        ));
    #[cfg(feature = "conversations")]
    examples
        .push((
            "listHandlingEvents 401 response `unauthorized`",
            "error.list",
            EXAMPLE_522,
        ));
    #[cfg(feature = "conversations")]
    examples
        .push((
            "listHandlingEvents 404 response `not_found`",
            "error.list",
            EXAMPLE_523,
        ));
    #[cfg(feature = "conversations")]
    examples
        .push((
            "listSideConversations 200 response `one_thread`",
            "side_conversation.list",
            EXAMPLE_524,
        ));
    #[cfg(feature = "conversations")]
    examples
        .push((
            "listSideConversations 401 response `unauthorized`",
            "error.list",
            EXAMPLE_525,
        ));
    #[cfg(feature = "conversations")]
    examples
        .push((
            "listSideConversations 404 response `not_found`",
            "error.list",
            EXAMPLE_526,
        ));
    #[cfg(feature = "conversation_parts")]
    examples
        .push((
            "redactConversation 200 response `part_redacted`",
            "conversation",
            EXAMPLE_529,
        ));
    #[cfg(feature = "conversation_parts")]
    examples
        .push((
            "redactConversation 400 response `not_redactable`",
            "error.list",
            EXAMPLE_530,
        ));
    #[cfg(feature = "conversation_parts")]
    examples
        .push((
            "redactConversation 401 response `unauthorized`",
            "error.list",
            EXAMPLE_531,
        ));
    #[cfg(feature = "conversation_parts")]
    examples
        .push((
            "redactConversation 404 response `part_not_found`",
            "error.list",
            EXAMPLE_532,
        ));
    #[cfg(feature = "conversations")]
    examples
        .push((
            "mergeConversation 200 response `conversation_merged`",
            "conversation",
            EXAMPLE_534,
        ));
    #[cfg(feature = "conversations")]
    examples
        .push((
            "mergeConversation 400 response `bad_request`",
            "error.list",
            EXAMPLE_535,
        ));
    #[cfg(feature = "conversations")]
    examples
        .push((
            "mergeConversation 401 response `unauthorized`",
            "error.list",
            EXAMPLE_536,
        ));
    #[cfg(feature = "conversations")]
    examples
        .push((
            "mergeConversation 403 response `api_plan_restricted`",
            "error.list",
            EXAMPLE_537,
        ));
    #[cfg(feature = "conversations")]
    examples
        .push((
            "mergeConversation 422 response `merge_failed`",
            "error.list",
            EXAMPLE_538,
        ));
    #[cfg(feature = "conversations")]
    examples
        .push((
            "convertConversationToTicket 200 response `converted`",
            "ticket",
            EXAMPLE_541,
        ));
    #[cfg(feature = "conversations")]
    examples
        .push((
            "convertConversationToTicket 400 response `not_customer_type`",
            "error.list",
            EXAMPLE_542,
        ));
    #[cfg(feature = "conversations")]
    examples
        .push((
            "convertConversationToTicket 401 response `unauthorized`",
            "error.list",
            EXAMPLE_543,
        ));
    #[cfg(feature = "conversations")]
    examples
        .push((
            "listDeletedConversationIds 200 response `deleted`",
            "conversations.list",
            EXAMPLE_544,
        ));
    #[cfg(feature = "conversations")]
    examples
        .push((
            "listDeletedConversationIds 400 response `unavailable`",
            "error.list",
            EXAMPLE_545,
        ));
    #[cfg(feature = "conversations")]
    examples
        .push((
            "listDeletedConversationIds 401 response `unauthorized`",
            "error.list",
            EXAMPLE_546,
        ));
    #[cfg(feature = "conversations_attributes")]
    examples
        .push((
            "listConversationAttributes 200 response `attributes`",
            "list",
            EXAMPLE_547,
        ));
    #[cfg(feature = "conversations_attributes")]
    examples
        .push((
            "listConversationAttributes 401 response `unauthorized`",
            "error.list",
            EXAMPLE_548,
        ));
    #[cfg(feature = "conversations_attributes")]
    examples
        .push((
            "createConversationAttribute 401 response `unauthorized`",
            "error.list",
            EXAMPLE_552,
        ));
    #[cfg(feature = "conversations_attributes")]
    examples
        .push((
            "createConversationAttribute 422 response `invalid_type`",
            "error.list",
            EXAMPLE_553,
        ));
    #[cfg(feature = "conversations_attributes")]
    examples
        .push((
            "getConversationAttribute 401 response `unauthorized`",
            "error.list",
            EXAMPLE_555,
        ));
    #[cfg(feature = "conversations_attributes")]
    examples
        .push((
            "getConversationAttribute 404 response `not_found`",
            "error.list",
            EXAMPLE_556,
        ));
    #[cfg(feature = "conversations_attributes")]
    examples
        .push((
            "updateConversationAttribute 401 response `unauthorized`",
            "error.list",
            EXAMPLE_559,
        ));
    #[cfg(feature = "conversations_attributes")]
    examples
        .push((
            "updateConversationAttribute 404 response `not_found`",
            "error.list",
            EXAMPLE_560,
        ));
    #[cfg(feature = "conversations_attributes")]
    examples
        .push((
            "deleteConversationAttribute 401 response `unauthorized`",
            "error.list",
            EXAMPLE_562,
        ));
    #[cfg(feature = "conversations_attributes")]
    examples
        .push((
            "deleteConversationAttribute 404 response `not_found`",
            "error.list",
            EXAMPLE_563,
        ));
    #[cfg(feature = "conversations_attributes")]
    examples
        .push((
            "createConversationAttributeOption 401 response `unauthorized`",
            "error.list",
            EXAMPLE_566,
        ));
    #[cfg(feature = "conversations_attributes")]
    examples
        .push((
            "createConversationAttributeOption 404 response `not_found`",
            "error.list",
            EXAMPLE_567,
        ));
    #[cfg(feature = "conversations_attributes")]
    examples
        .push((
            "createConversationAttributeOption 422 response `not_a_list`",
            "error.list",
            EXAMPLE_568,
        ));
    #[cfg(feature = "conversations_attributes")]
    examples
        .push((
            "updateConversationAttributeOption 401 response `unauthorized`",
            "error.list",
            EXAMPLE_571,
        ));
    #[cfg(feature = "conversations_attributes")]
    examples
        .push((
            "updateConversationAttributeOption 404 response `option_not_found`",
            "error.list",
            EXAMPLE_572,
        ));
    #[cfg(feature = "conversations_attributes")]
    examples
        .push((
            "updateConversationAttributeOption 422 response `blank_label`",
            "error.list",
            EXAMPLE_573,
        ));
    #[cfg(feature = "conversations_attributes")]
    examples
        .push((
            "deleteConversationAttributeOption 401 response `unauthorized`",
            "error.list",
            EXAMPLE_575,
        ));
    #[cfg(feature = "conversations_attributes")]
    examples
        .push((
            "deleteConversationAttributeOption 404 response `option_not_found`",
            "error.list",
            EXAMPLE_576,
        ));
    #[cfg(feature = "conversations_attributes")]
    examples
        .push((
            "deleteConversationAttributeOption 422 response `not_a_list`",
            "error.list",
            EXAMPLE_577,
        ));
    #[cfg(feature = "custom_object_instances")]
    examples
        .push((
            "listCustomObjectInstances 401 response `unauthorized`",
            "error.list",
            EXAMPLE_580,
        ));
    #[cfg(feature = "custom_object_instances")]
    examples
        .push((
            "listCustomObjectInstances 404 response `type_not_found`",
            "error.list",
            EXAMPLE_581,
        ));
    #[cfg(feature = "custom_object_instances")]
    examples
        .push((
            "createCustomObjectInstances 401 response `unauthorized`",
            "error.list",
            EXAMPLE_584,
        ));
    #[cfg(feature = "custom_object_instances")]
    examples
        .push((
            "createCustomObjectInstances 404 response `type_not_found`",
            "error.list",
            EXAMPLE_585,
        ));
    #[cfg(feature = "custom_object_instances")]
    examples
        .push((
            "deleteCustomObjectInstancesById 401 response `unauthorized`",
            "error.list",
            EXAMPLE_587,
        ));
    #[cfg(feature = "custom_object_instances")]
    examples
        .push((
            "deleteCustomObjectInstancesById 404 response `not_found`",
            "error.list",
            EXAMPLE_588,
        ));
    #[cfg(feature = "custom_object_instances")]
    examples
        .push((
            "deleteCustomObjectInstancesById 404 response `instance_not_found`",
            "error.list",
            EXAMPLE_589,
        ));
    #[cfg(feature = "custom_object_instances")]
    examples
        .push((
            "getCustomObjectInstancesById 401 response `unauthorized`",
            "error.list",
            EXAMPLE_591,
        ));
    #[cfg(feature = "custom_object_instances")]
    examples
        .push((
            "getCustomObjectInstancesById 404 response `not_found`",
            "error.list",
            EXAMPLE_592,
        ));
    #[cfg(feature = "custom_object_instances")]
    examples
        .push((
            "getCustomObjectInstancesById 404 response `instance_not_found`",
            "error.list",
            EXAMPLE_593,
        ));
    #[cfg(feature = "custom_object_instances")]
    examples
        .push((
            "deleteCustomObjectInstancesByExternalId 401 response `unauthorized`",
            "error.list",
            EXAMPLE_595,
        ));
    #[cfg(feature = "custom_object_instances")]
    examples
        .push((
            "deleteCustomObjectInstancesByExternalId 404 response `not_found`",
            "error.list",
            EXAMPLE_596,
        ));
    #[cfg(feature = "custom_object_instances")]
    examples
        .push((
            "deleteCustomObjectInstancesByExternalId 404 response `instance_not_found`",
            "error.list",
            EXAMPLE_597,
        ));
    #[cfg(feature = "data_attributes")]
    examples
        .push((
            "lisDataAttributes 200 response `contact_attributes`",
            "list",
            EXAMPLE_598,
        ));
    #[cfg(feature = "data_attributes")]
    examples
        .push((
            "lisDataAttributes 401 response `unauthorized`",
            "error.list",
            EXAMPLE_599,
        ));
    #[cfg(feature = "data_attributes")]
    examples
        .push((
            "lisDataAttributes 422 response `conversation_model`",
            "error.list",
            EXAMPLE_600,
        ));
    #[cfg(feature = "data_attributes")]
    examples
        .push((
            "createDataAttribute 200 response `created`",
            "data_attribute",
            EXAMPLE_603,
        ));
    #[cfg(feature = "data_attributes")]
    examples
        .push((
            "createDataAttribute 400 response `name_taken`",
            "error.list",
            EXAMPLE_604,
        ));
    #[cfg(feature = "data_attributes")]
    examples
        .push((
            "createDataAttribute 400 response `too_few_options`",
            "error.list",
            EXAMPLE_605,
        ));
    #[cfg(feature = "data_attributes")]
    examples
        .push((
            "createDataAttribute 401 response `unauthorized`",
            "error.list",
            EXAMPLE_606,
        ));
    #[cfg(feature = "data_attributes")]
    examples
        .push((
            "updateDataAttribute 200 response `updated`",
            "data_attribute",
            EXAMPLE_610,
        ));
    #[cfg(feature = "data_attributes")]
    examples
        .push((
            "updateDataAttribute 400 response `options_not_list`",
            "error.list",
            EXAMPLE_611,
        ));
    #[cfg(feature = "data_attributes")]
    examples
        .push((
            "updateDataAttribute 401 response `unauthorized`",
            "error.list",
            EXAMPLE_612,
        ));
    #[cfg(feature = "data_attributes")]
    examples
        .push((
            "updateDataAttribute 404 response `attribute_not_found`",
            "error.list",
            EXAMPLE_613,
        ));
    #[cfg(feature = "data_attributes")]
    examples
        .push((
            "updateDataAttribute 422 response `has_dependants`",
            "error.list",
            EXAMPLE_614,
        ));
    #[cfg(feature = "data_connectors")]
    examples.push(("listDataConnectors 200 response `connectors`", "list", EXAMPLE_615));
    #[cfg(feature = "data_connectors")]
    examples
        .push(("listDataConnectors 400 response `error`", "error.list", EXAMPLE_616));
    #[cfg(feature = "data_connectors")]
    examples
        .push((
            "listDataConnectors 401 response `unauthorized`",
            "error.list",
            EXAMPLE_617,
        ));
    #[cfg(feature = "data_connectors")]
    examples
        .push((
            "createDataConnector 201 response `created`",
            "data_connector",
            EXAMPLE_619,
        ));
    #[cfg(feature = "data_connectors")]
    examples
        .push(("createDataConnector 422 response `error`", "error.list", EXAMPLE_620));
    #[cfg(feature = "data_connectors")]
    examples
        .push((
            "createDataConnector 401 response `unauthorized`",
            "error.list",
            EXAMPLE_621,
        ));
    #[cfg(feature = "data_connectors")]
    examples
        .push((
            "RetrieveDataConnector 200 response `connector`",
            "data_connector",
            EXAMPLE_622,
        ));
    #[cfg(feature = "data_connectors")]
    examples
        .push(("RetrieveDataConnector 400 response `error`", "error.list", EXAMPLE_623));
    #[cfg(feature = "data_connectors")]
    examples
        .push(("RetrieveDataConnector 404 response `error`", "error.list", EXAMPLE_624));
    #[cfg(feature = "data_connectors")]
    examples
        .push((
            "RetrieveDataConnector 401 response `unauthorized`",
            "error.list",
            EXAMPLE_625,
        ));
    #[cfg(feature = "data_connectors")]
    examples
        .push(("deleteDataConnector 404 response `error`", "error.list", EXAMPLE_627));
    #[cfg(feature = "data_connectors")]
    examples
        .push(("deleteDataConnector 409 response `error`", "error.list", EXAMPLE_628));
    #[cfg(feature = "data_connectors")]
    examples
        .push((
            "deleteDataConnector 401 response `unauthorized`",
            "error.list",
            EXAMPLE_629,
        ));
    #[cfg(feature = "data_connectors")]
    examples
        .push((
            "updateDataConnector 200 response `updated`",
            "data_connector",
            EXAMPLE_631,
        ));
    #[cfg(feature = "data_connectors")]
    examples
        .push(("updateDataConnector 404 response `error`", "error.list", EXAMPLE_632));
    #[cfg(feature = "data_connectors")]
    examples
        .push(("updateDataConnector 409 response `error`", "error.list", EXAMPLE_633));
    #[cfg(feature = "data_connectors")]
    examples
        .push(("updateDataConnector 422 response `error`", "error.list", EXAMPLE_634));
    #[cfg(feature = "data_connectors")]
    examples
        .push((
            "updateDataConnector 401 response `unauthorized`",
            "error.list",
            EXAMPLE_635,
        ));
    #[cfg(feature = "data_connectors")]
    examples
        .push((
            "listDataConnectorExecutionResults 200 response `executions`",
            "list",
            EXAMPLE_636,
        ));
    #[cfg(feature = "data_connectors")]
    examples
        .push((
            "listDataConnectorExecutionResults 401 response `unauthorized`",
            "error.list",
            EXAMPLE_637,
        ));
    #[cfg(feature = "data_connectors")]
    examples
        .push((
            "listDataConnectorExecutionResults 400 response `error`",
            "error.list",
            EXAMPLE_638,
        ));
    #[cfg(feature = "data_connectors")]
    examples
        .push((
            "listDataConnectorExecutionResults 404 response `error`",
            "error.list",
            EXAMPLE_639,
        ));
    #[cfg(feature = "data_connectors")]
    examples
        .push((
            "showDataConnectorExecutionResult 200 response `execution`",
            "data_connector.execution",
            EXAMPLE_640,
        ));
    #[cfg(feature = "data_connectors")]
    examples
        .push((
            "showDataConnectorExecutionResult 401 response `unauthorized`",
            "error.list",
            EXAMPLE_641,
        ));
    #[cfg(feature = "data_connectors")]
    examples
        .push((
            "showDataConnectorExecutionResult 404 response `error`",
            "error.list",
            EXAMPLE_642,
        ));
    #[cfg(feature = "ecommerce_connectors")]
    examples
        .push((
            "uploadEcommerceCatalog 400 response `error`",
            "error.list",
            EXAMPLE_645,
        ));
    #[cfg(feature = "ecommerce_connectors")]
    examples
        .push((
            "uploadEcommerceCatalog 401 response `unauthorized`",
            "error.list",
            EXAMPLE_646,
        ));
    #[cfg(feature = "ecommerce_connectors")]
    examples
        .push((
            "uploadEcommerceCatalog 404 response `error`",
            "error.list",
            EXAMPLE_647,
        ));
    #[cfg(feature = "ecommerce_connectors")]
    examples
        .push((
            "uploadEcommerceCatalog 409 response `error`",
            "error.list",
            EXAMPLE_648,
        ));
    #[cfg(feature = "ecommerce_connectors")]
    examples
        .push((
            "uploadEcommerceCatalog 422 response `error`",
            "error.list",
            EXAMPLE_649,
        ));
    #[cfg(feature = "ecommerce_connectors")]
    examples
        .push((
            "uploadEcommerceCatalog 503 response `error`",
            "error.list",
            EXAMPLE_650,
        ));
    #[cfg(feature = "data_events")]
    examples
        .push(("lisDataEvents 200 response `summaries`", "event.summary", EXAMPLE_651));
    #[cfg(feature = "data_events")]
    examples
        .push(("lisDataEvents 401 response `unauthorized`", "error.list", EXAMPLE_652));
    #[cfg(feature = "data_events")]
    examples
        .push((
            "createDataEvent 401 response `unauthorized`",
            "error.list",
            EXAMPLE_655,
        ));
    #[cfg(feature = "data_events")]
    examples
        .push((
            "dataEventSummaries 401 response `unauthorized`",
            "error.list",
            EXAMPLE_657,
        ));
    #[cfg(feature = "data_export")]
    examples
        .push((
            "createDataExport 401 response `unauthorized`",
            "error.list",
            EXAMPLE_660,
        ));
    #[cfg(feature = "data_export")]
    examples
        .push(("getDataExport 401 response `unauthorized`", "error.list", EXAMPLE_662));
    #[cfg(feature = "data_export")]
    examples
        .push(("getDataExport 404 response `job_not_found`", "error.list", EXAMPLE_663));
    #[cfg(feature = "data_export")]
    examples
        .push((
            "cancelDataExport 401 response `unauthorized`",
            "error.list",
            EXAMPLE_665,
        ));
    #[cfg(feature = "data_export")]
    examples
        .push((
            "cancelDataExport 404 response `job_not_found`",
            "error.list",
            EXAMPLE_666,
        ));
    #[cfg(feature = "workflows")]
    examples.push(("exportWorkflow 404 response `error`", "error.list", EXAMPLE_668));
    #[cfg(feature = "workflows")]
    examples.push(("exportWorkflow 403 response `error`", "error.list", EXAMPLE_669));
    #[cfg(feature = "data_export")]
    examples
        .push((
            "downloadDataExport 401 response `unauthorized`",
            "error.list",
            EXAMPLE_670,
        ));
    #[cfg(feature = "data_export")]
    examples
        .push((
            "downloadDataExport 404 response `job_not_found`",
            "error.list",
            EXAMPLE_671,
        ));
    #[cfg(feature = "jobs")]
    examples.push(("jobsStatus 200 response `succeeded`", "job", EXAMPLE_672));
    #[cfg(feature = "jobs")]
    examples.push(("jobsStatus 200 response `pending`", "job", EXAMPLE_673));
    #[cfg(feature = "jobs")]
    examples.push(("jobsStatus 401 response `unauthorized`", "error.list", EXAMPLE_674));
    #[cfg(feature = "jobs")]
    examples
        .push(("jobsStatus 404 response `job_not_found`", "error.list", EXAMPLE_675));
    #[cfg(feature = "macros")]
    examples.push(("listMacros 200 response `last_page`", "list", EXAMPLE_676));
    #[cfg(feature = "macros")]
    examples.push(("listMacros 200 response `first_of_two`", "list", EXAMPLE_677));
    #[cfg(feature = "macros")]
    examples.push(("listMacros 400 response `bad_cursor`", "error.list", EXAMPLE_678));
    #[cfg(feature = "macros")]
    examples.push(("listMacros 401 response `unauthorized`", "error.list", EXAMPLE_679));
    #[cfg(feature = "macros")]
    examples
        .push(("listMacros 403 response `missing_scope`", "error.list", EXAMPLE_680));
    #[cfg(feature = "macros")]
    examples.push(("getMacro 200 response `macro`", "macro", EXAMPLE_681));
    #[cfg(feature = "macros")]
    examples.push(("getMacro 401 response `unauthorized`", "error.list", EXAMPLE_682));
    #[cfg(feature = "macros")]
    examples.push(("getMacro 403 response `missing_scope`", "error.list", EXAMPLE_683));
    #[cfg(feature = "macros")]
    examples
        .push(("getMacro 404 response `macro_not_found`", "error.list", EXAMPLE_684));
    #[cfg(feature = "messages")]
    examples.push(("createMessage 400 response `no_body`", "error.list", EXAMPLE_688));
    #[cfg(feature = "messages")]
    examples
        .push(("createMessage 401 response `unauthorized`", "error.list", EXAMPLE_689));
    #[cfg(feature = "messages")]
    examples
        .push((
            "createMessage 403 response `plan_restricted`",
            "error.list",
            EXAMPLE_690,
        ));
    #[cfg(feature = "messages")]
    examples
        .push(("createMessage 422 response `no_subject`", "error.list", EXAMPLE_691));
    #[cfg(feature = "messages")]
    examples
        .push((
            "getWhatsAppMessageStatus 200 response `last_page`",
            "list",
            EXAMPLE_692,
        ));
    #[cfg(feature = "messages")]
    examples
        .push((
            "getWhatsAppMessageStatus 200 response `first_of_three`",
            "list",
            EXAMPLE_693,
        ));
    #[cfg(feature = "messages")]
    examples
        .push((
            "getWhatsAppMessageStatus 400 response `missing_ruleset`",
            "error.list",
            EXAMPLE_694,
        ));
    #[cfg(feature = "messages")]
    examples
        .push((
            "getWhatsAppMessageStatus 401 response `unauthorized`",
            "error.list",
            EXAMPLE_695,
        ));
    #[cfg(feature = "messages")]
    examples
        .push((
            "getWhatsAppMessageStatus 403 response `plan_restricted`",
            "error.list",
            EXAMPLE_696,
        ));
    #[cfg(feature = "messages")]
    examples
        .push((
            "getWhatsAppMessageStatus 500 response `server_error`",
            "error.list",
            EXAMPLE_697,
        ));
    #[cfg(feature = "messages")]
    examples
        .push((
            "RetrieveWhatsAppMessageStatus 400 response `missing_message_id`",
            "error.list",
            EXAMPLE_700,
        ));
    #[cfg(feature = "messages")]
    examples
        .push((
            "RetrieveWhatsAppMessageStatus 401 response `unauthorized`",
            "error.list",
            EXAMPLE_701,
        ));
    #[cfg(feature = "messages")]
    examples
        .push((
            "RetrieveWhatsAppMessageStatus 404 response `message_not_found`",
            "error.list",
            EXAMPLE_702,
        ));
    #[cfg(feature = "teams")]
    examples
        .push((
            "getTeamMetrics 200 response `metrics`",
            "team_metric.list",
            EXAMPLE_703,
        ));
    #[cfg(feature = "teams")]
    examples
        .push(("getTeamMetrics 401 response `unauthorized`", "error.list", EXAMPLE_704));
    #[cfg(feature = "teams")]
    examples
        .push((
            "getTeamMetrics 403 response `feature_disabled`",
            "error.list",
            EXAMPLE_705,
        ));
    #[cfg(feature = "teams")]
    examples
        .push((
            "getTeamMetrics 404 response `team_not_found`",
            "error.list",
            EXAMPLE_706,
        ));
    #[cfg(feature = "news")]
    examples
        .push(("listNewsItems 401 response `unauthorized`", "error.list", EXAMPLE_708));
    #[cfg(feature = "news")]
    examples.push(("createNewsItem 200 response `created`", "news-item", EXAMPLE_710));
    #[cfg(feature = "news")]
    examples
        .push(("createNewsItem 401 response `unauthorized`", "error.list", EXAMPLE_711));
    #[cfg(feature = "news")]
    examples
        .push(("retrieveNewsItem 200 response `news_item`", "news-item", EXAMPLE_712));
    #[cfg(feature = "news")]
    examples
        .push((
            "retrieveNewsItem 404 response `unknown_news_item`",
            "error.list",
            EXAMPLE_713,
        ));
    #[cfg(feature = "news")]
    examples
        .push((
            "retrieveNewsItem 401 response `unauthorized`",
            "error.list",
            EXAMPLE_714,
        ));
    #[cfg(feature = "news")]
    examples.push(("updateNewsItem 200 response `updated`", "news-item", EXAMPLE_716));
    #[cfg(feature = "news")]
    examples
        .push((
            "updateNewsItem 404 response `unknown_news_item`",
            "error.list",
            EXAMPLE_717,
        ));
    #[cfg(feature = "news")]
    examples
        .push(("updateNewsItem 401 response `unauthorized`", "error.list", EXAMPLE_718));
    #[cfg(feature = "news")]
    examples
        .push((
            "deleteNewsItem 404 response `unknown_news_item`",
            "error.list",
            EXAMPLE_720,
        ));
    #[cfg(feature = "news")]
    examples
        .push(("deleteNewsItem 401 response `unauthorized`", "error.list", EXAMPLE_721));
    #[cfg(feature = "news")]
    examples
        .push((
            "listLiveNewsfeedItems 401 response `unauthorized`",
            "error.list",
            EXAMPLE_723,
        ));
    #[cfg(feature = "news")]
    examples
        .push(("listNewsfeeds 401 response `unauthorized`", "error.list", EXAMPLE_725));
    #[cfg(feature = "news")]
    examples.push(("retrieveNewsfeed 200 response `newsfeed`", "newsfeed", EXAMPLE_726));
    #[cfg(feature = "news")]
    examples
        .push((
            "retrieveNewsfeed 401 response `unauthorized`",
            "error.list",
            EXAMPLE_727,
        ));
    #[cfg(feature = "notes")]
    examples.push(("retrieveNote 200 response `ok`", "note", EXAMPLE_728));
    #[cfg(feature = "notes")]
    examples
        .push(("retrieveNote 401 response `unauthorized`", "error.list", EXAMPLE_729));
    #[cfg(feature = "notes")]
    examples.push(("retrieveNote 404 response `error`", "error.list", EXAMPLE_730));
    #[cfg(feature = "identity_verification_secrets")]
    examples
        .push((
            "listIdentityVerificationSecrets 200 response `secrets`",
            "list",
            EXAMPLE_731,
        ));
    #[cfg(feature = "identity_verification_secrets")]
    examples
        .push((
            "listIdentityVerificationSecrets 401 response `unauthorized`",
            "error.list",
            EXAMPLE_732,
        ));
    #[cfg(feature = "identity_verification_secrets")]
    examples
        .push((
            "createIdentityVerificationSecret 201 response `created`",
            "identity_verification_secret",
            EXAMPLE_734,
        ));
    #[cfg(feature = "identity_verification_secrets")]
    examples
        .push((
            "createIdentityVerificationSecret 422 response `error`",
            "error.list",
            EXAMPLE_735,
        ));
    #[cfg(feature = "identity_verification_secrets")]
    examples
        .push((
            "createIdentityVerificationSecret 401 response `unauthorized`",
            "error.list",
            EXAMPLE_736,
        ));
    #[cfg(feature = "identity_verification_secrets")]
    examples
        .push((
            "deleteIdentityVerificationSecret 404 response `error`",
            "error.list",
            EXAMPLE_737,
        ));
    #[cfg(feature = "identity_verification_secrets")]
    examples
        .push((
            "deleteIdentityVerificationSecret 401 response `unauthorized`",
            "error.list",
            EXAMPLE_738,
        ));
    #[cfg(feature = "segments")]
    examples.push(("listSegments 200 response `ok`", "segment.list", EXAMPLE_739));
    #[cfg(feature = "segments")]
    examples
        .push(("listSegments 401 response `unauthorized`", "error.list", EXAMPLE_740));
    #[cfg(feature = "segments")]
    examples.push(("retrieveSegment 200 response `ok`", "segment", EXAMPLE_741));
    #[cfg(feature = "segments")]
    examples
        .push((
            "retrieveSegment 401 response `unauthorized`",
            "error.list",
            EXAMPLE_742,
        ));
    #[cfg(feature = "segments")]
    examples.push(("retrieveSegment 404 response `error`", "error.list", EXAMPLE_743));
    #[cfg(feature = "subscription_types")]
    examples.push(("listSubscriptionTypes 200 response `ok`", "list", EXAMPLE_744));
    #[cfg(feature = "subscription_types")]
    examples
        .push((
            "listSubscriptionTypes 401 response `unauthorized`",
            "error.list",
            EXAMPLE_745,
        ));
    #[cfg(feature = "switch")]
    examples
        .push((
            "createPhoneSwitch 200 response `redirected`",
            "phone_call_redirect",
            EXAMPLE_747,
        ));
    #[cfg(feature = "switch")]
    examples
        .push((
            "createPhoneSwitch 401 response `unauthorized`",
            "error.list",
            EXAMPLE_749,
        ));
    #[cfg(feature = "calls")]
    examples.push(("listCalls 200 response `calls`", "list", EXAMPLE_751));
    #[cfg(feature = "calls")]
    examples.push(("listCalls 401 response `unauthorized`", "error.list", EXAMPLE_752));
    #[cfg(feature = "calls")]
    examples.push(("showCall 200 response `call`", "call", EXAMPLE_753));
    #[cfg(feature = "calls")]
    examples.push(("showCall 404 response `error`", "error.list", EXAMPLE_754));
    #[cfg(feature = "calls")]
    examples.push(("showCall 401 response `unauthorized`", "error.list", EXAMPLE_755));
    #[cfg(feature = "calls")]
    examples.push(("showCallRecording 404 response `error`", "error.list", EXAMPLE_756));
    #[cfg(feature = "calls")]
    examples
        .push((
            "showCallRecording 401 response `unauthorized`",
            "error.list",
            EXAMPLE_757,
        ));
    #[cfg(feature = "calls")]
    examples
        .push(("showCallTranscript 404 response `error`", "error.list", EXAMPLE_758));
    #[cfg(feature = "calls")]
    examples
        .push(("listCallsWithTranscripts 200 response `calls`", "list", EXAMPLE_760));
    #[cfg(feature = "calls")]
    examples
        .push((
            "listCallsWithTranscripts 400 response `error`",
            "error.list",
            EXAMPLE_761,
        ));
    #[cfg(feature = "calls")]
    examples
        .push((
            "listCallsWithTranscripts 401 response `unauthorized`",
            "error.list",
            EXAMPLE_762,
        ));
    #[cfg(feature = "tags")]
    examples.push(("listTags 200 response `ok`", "list", EXAMPLE_763));
    #[cfg(feature = "tags")]
    examples.push(("listTags 401 response `unauthorized`", "error.list", EXAMPLE_764));
    #[cfg(feature = "tags")]
    examples.push(("createTag 200 response `ok`", "tag", EXAMPLE_768));
    #[cfg(feature = "tags")]
    examples.push(("createTag 400 response `error`", "error.list", EXAMPLE_769));
    #[cfg(feature = "tags")]
    examples.push(("createTag 401 response `unauthorized`", "error.list", EXAMPLE_770));
    #[cfg(feature = "tags")]
    examples.push(("findTag 200 response `ok`", "tag", EXAMPLE_771));
    #[cfg(feature = "tags")]
    examples.push(("findTag 401 response `unauthorized`", "error.list", EXAMPLE_772));
    #[cfg(feature = "tags")]
    examples.push(("findTag 404 response `error`", "error.list", EXAMPLE_773));
    #[cfg(feature = "tags")]
    examples.push(("deleteTag 400 response `error`", "error.list", EXAMPLE_774));
    #[cfg(feature = "tags")]
    examples.push(("deleteTag 401 response `unauthorized`", "error.list", EXAMPLE_775));
    #[cfg(feature = "tags")]
    examples.push(("deleteTag 404 response `error`", "error.list", EXAMPLE_776));
    #[cfg(feature = "teams")]
    examples.push(("listTeams 200 response `teams`", "team.list", EXAMPLE_777));
    #[cfg(feature = "teams")]
    examples.push(("listTeams 401 response `unauthorized`", "error.list", EXAMPLE_778));
    #[cfg(feature = "teams")]
    examples.push(("retrieveTeam 200 response `team`", "team", EXAMPLE_779));
    #[cfg(feature = "teams")]
    examples
        .push(("retrieveTeam 401 response `unauthorized`", "error.list", EXAMPLE_780));
    #[cfg(feature = "teams")]
    examples
        .push(("retrieveTeam 404 response `team_not_found`", "error.list", EXAMPLE_781));
    #[cfg(feature = "teams")]
    examples.push(("updateTeamMembers 200 response `updated`", "team", EXAMPLE_784));
    #[cfg(feature = "teams")]
    examples
        .push((
            "updateTeamMembers 400 response `off_team_priority`",
            "error.list",
            EXAMPLE_785,
        ));
    #[cfg(feature = "teams")]
    examples
        .push((
            "updateTeamMembers 400 response `read_only_field`",
            "error.list",
            EXAMPLE_786,
        ));
    #[cfg(feature = "teams")]
    examples
        .push((
            "updateTeamMembers 401 response `unauthorized`",
            "error.list",
            EXAMPLE_787,
        ));
    #[cfg(feature = "teams")]
    examples
        .push((
            "updateTeamMembers 403 response `plan_restricted`",
            "error.list",
            EXAMPLE_788,
        ));
    #[cfg(feature = "teams")]
    examples
        .push(("updateTeamMembers 403 response `forbidden`", "error.list", EXAMPLE_789));
    #[cfg(feature = "teams")]
    examples
        .push((
            "updateTeamMembers 404 response `team_not_found`",
            "error.list",
            EXAMPLE_790,
        ));
    #[cfg(feature = "teams")]
    examples
        .push(("updateTeamMembers 409 response `declined`", "error.list", EXAMPLE_791));
    #[cfg(feature = "teams")]
    examples
        .push((
            "updateTeamMembers 409 response `partly_applied`",
            "error.list",
            EXAMPLE_792,
        ));
    #[cfg(feature = "ticket_states")]
    examples
        .push(("listTicketStates 200 response `workspace_states`", "list", EXAMPLE_793));
    #[cfg(feature = "ticket_states")]
    examples
        .push((
            "listTicketStates 401 response `unauthorized`",
            "error.list",
            EXAMPLE_794,
        ));
    #[cfg(feature = "ticket_type_attributes")]
    examples
        .push((
            "createTicketTypeAttribute 200 response `created`",
            "ticket_type_attribute",
            EXAMPLE_796,
        ));
    #[cfg(feature = "ticket_type_attributes")]
    examples
        .push((
            "createTicketTypeAttribute 401 response `unauthorized`",
            "error.list",
            EXAMPLE_797,
        ));
    #[cfg(feature = "ticket_type_attributes")]
    examples
        .push((
            "updateTicketTypeAttribute 200 response `updated`",
            "ticket_type_attribute",
            EXAMPLE_799,
        ));
    #[cfg(feature = "ticket_type_attributes")]
    examples
        .push((
            "updateTicketTypeAttribute 401 response `unauthorized`",
            "error.list",
            EXAMPLE_800,
        ));
    #[cfg(feature = "ticket_types")]
    examples.push(("listTicketTypes 200 response `ticket_types`", "list", EXAMPLE_801));
    #[cfg(feature = "ticket_types")]
    examples
        .push((
            "listTicketTypes 401 response `unauthorized`",
            "error.list",
            EXAMPLE_802,
        ));
    #[cfg(feature = "ticket_types")]
    examples
        .push((
            "createTicketType 200 response `tracker_type`",
            "ticket_type",
            EXAMPLE_804,
        ));
    #[cfg(feature = "ticket_types")]
    examples
        .push((
            "createTicketType 401 response `unauthorized`",
            "error.list",
            EXAMPLE_805,
        ));
    #[cfg(feature = "ticket_types")]
    examples
        .push((
            "getTicketType 200 response `damaged_delivery`",
            "ticket_type",
            EXAMPLE_806,
        ));
    #[cfg(feature = "ticket_types")]
    examples
        .push(("getTicketType 401 response `unauthorized`", "error.list", EXAMPLE_807));
    #[cfg(feature = "ticket_types")]
    examples
        .push(("updateTicketType 200 response `renamed`", "ticket_type", EXAMPLE_810));
    #[cfg(feature = "ticket_types")]
    examples
        .push((
            "updateTicketType 401 response `unauthorized`",
            "error.list",
            EXAMPLE_811,
        ));
    #[cfg(feature = "tickets")]
    examples.push(("replyTicket 200 response `admin_note`", "ticket_part", EXAMPLE_817));
    #[cfg(feature = "tickets")]
    examples
        .push((
            "replyTicket 200 response `admin_comment_translated`",
            "ticket_part",
            EXAMPLE_818,
        ));
    #[cfg(feature = "tickets")]
    examples
        .push((
            "replyTicket 200 response `admin_quick_reply`",
            "ticket_part",
            EXAMPLE_819,
        ));
    #[cfg(feature = "tickets")]
    examples
        .push((
            "replyTicket 400 response `contact_reply_on_back_office`",
            "error.list",
            EXAMPLE_820,
        ));
    #[cfg(feature = "tickets")]
    examples
        .push(("replyTicket 401 response `unauthorized`", "error.list", EXAMPLE_821));
    #[cfg(feature = "tickets")]
    examples.push(("replyTicket 404 response `not_found`", "error.list", EXAMPLE_822));
    #[cfg(feature = "tags")]
    examples.push(("attachTagToTicket 200 response `ok`", "tag", EXAMPLE_824));
    #[cfg(feature = "tags")]
    examples
        .push((
            "attachTagToTicket 401 response `unauthorized`",
            "error.list",
            EXAMPLE_825,
        ));
    #[cfg(feature = "tags")]
    examples.push(("attachTagToTicket 404 response `error`", "error.list", EXAMPLE_826));
    #[cfg(feature = "tags")]
    examples.push(("detachTagFromTicket 200 response `ok`", "tag", EXAMPLE_828));
    #[cfg(feature = "tags")]
    examples
        .push((
            "detachTagFromTicket 401 response `unauthorized`",
            "error.list",
            EXAMPLE_829,
        ));
    #[cfg(feature = "tags")]
    examples
        .push(("detachTagFromTicket 404 response `error`", "error.list", EXAMPLE_830));
    #[cfg(feature = "tickets")]
    examples
        .push((
            "linkConversationToTicket 200 response `linked`",
            "conversation",
            EXAMPLE_832,
        ));
    #[cfg(feature = "tickets")]
    examples
        .push((
            "linkConversationToTicket 400 response `parameter_not_found`",
            "error.list",
            EXAMPLE_833,
        ));
    #[cfg(feature = "tickets")]
    examples
        .push((
            "linkConversationToTicket 400 response `invalid_ticket_type`",
            "error.list",
            EXAMPLE_834,
        ));
    #[cfg(feature = "tickets")]
    examples
        .push((
            "linkConversationToTicket 400 response `already_linked_to_tracker`",
            "error.list",
            EXAMPLE_835,
        ));
    #[cfg(feature = "tickets")]
    examples
        .push((
            "linkConversationToTicket 400 response `linked_conversation_limit_exceeded`",
            "error.list",
            EXAMPLE_836,
        ));
    #[cfg(feature = "tickets")]
    examples
        .push((
            "linkConversationToTicket 400 response `intercom_version_invalid`",
            "error.list",
            EXAMPLE_837,
        ));
    #[cfg(feature = "tickets")]
    examples
        .push((
            "linkConversationToTicket 401 response `unauthorized`",
            "error.list",
            EXAMPLE_838,
        ));
    #[cfg(feature = "tickets")]
    examples
        .push((
            "linkConversationToTicket 404 response `ticket_not_found`",
            "error.list",
            EXAMPLE_839,
        ));
    #[cfg(feature = "tickets")]
    examples
        .push((
            "linkConversationToTicket 404 response `conversation_not_found`",
            "error.list",
            EXAMPLE_840,
        ));
    #[cfg(feature = "tickets")]
    examples
        .push((
            "unlinkConversationFromTicket 200 response `unlinked`",
            "conversation",
            EXAMPLE_841,
        ));
    #[cfg(feature = "tickets")]
    examples
        .push((
            "unlinkConversationFromTicket 400 response `invalid_ticket_type`",
            "error.list",
            EXAMPLE_842,
        ));
    #[cfg(feature = "tickets")]
    examples
        .push((
            "unlinkConversationFromTicket 400 response `intercom_version_invalid`",
            "error.list",
            EXAMPLE_843,
        ));
    #[cfg(feature = "tickets")]
    examples
        .push((
            "unlinkConversationFromTicket 401 response `unauthorized`",
            "error.list",
            EXAMPLE_844,
        ));
    #[cfg(feature = "tickets")]
    examples
        .push((
            "unlinkConversationFromTicket 404 response `ticket_not_found`",
            "error.list",
            EXAMPLE_845,
        ));
    #[cfg(feature = "tickets")]
    examples
        .push((
            "unlinkConversationFromTicket 404 response `conversation_not_found`",
            "error.list",
            EXAMPLE_846,
        ));
    #[cfg(feature = "tickets")]
    examples.push(("createTicket 200 response `created`", "ticket", EXAMPLE_849));
    #[cfg(feature = "tickets")]
    examples
        .push(("createTicket 401 response `unauthorized`", "error.list", EXAMPLE_850));
    #[cfg(feature = "tickets")]
    examples.push(("enqueueCreateTicket 200 response `queued`", "job", EXAMPLE_852));
    #[cfg(feature = "tickets")]
    examples
        .push(("enqueueCreateTicket 400 response `invalid`", "error.list", EXAMPLE_853));
    #[cfg(feature = "tickets")]
    examples
        .push((
            "enqueueCreateTicket 401 response `unauthorized`",
            "error.list",
            EXAMPLE_854,
        ));
    #[cfg(feature = "tickets")]
    examples.push(("getTicket 200 response `in_progress`", "ticket", EXAMPLE_855));
    #[cfg(feature = "tickets")]
    examples.push(("getTicket 401 response `unauthorized`", "error.list", EXAMPLE_856));
    #[cfg(feature = "tickets")]
    examples
        .push(("getTicket 404 response `ticket_not_found`", "error.list", EXAMPLE_857));
    #[cfg(feature = "tickets")]
    examples.push(("updateTicket 200 response `assigned`", "ticket", EXAMPLE_861));
    #[cfg(feature = "tickets")]
    examples
        .push((
            "updateTicket 400 response `ticket_state_id_invalid`",
            "error.list",
            EXAMPLE_862,
        ));
    #[cfg(feature = "tickets")]
    examples
        .push(("updateTicket 401 response `unauthorized`", "error.list", EXAMPLE_863));
    #[cfg(feature = "tickets")]
    examples
        .push((
            "updateTicket 404 response `assignee_not_found`",
            "error.list",
            EXAMPLE_864,
        ));
    #[cfg(feature = "tickets")]
    examples
        .push(("deleteTicket 401 response `unauthorized`", "error.list", EXAMPLE_866));
    #[cfg(feature = "tickets")]
    examples
        .push((
            "deleteTicket 403 response `api_plan_restricted`",
            "error.list",
            EXAMPLE_867,
        ));
    #[cfg(feature = "tickets")]
    examples
        .push((
            "deleteTicket 404 response `ticket_not_found`",
            "error.list",
            EXAMPLE_868,
        ));
    #[cfg(feature = "tickets")]
    examples.push(("changeTicketType 200 response `changed`", "ticket", EXAMPLE_870));
    #[cfg(feature = "tickets")]
    examples
        .push((
            "changeTicketType 400 response `other_category`",
            "error.list",
            EXAMPLE_871,
        ));
    #[cfg(feature = "tickets")]
    examples
        .push((
            "changeTicketType 401 response `unauthorized`",
            "error.list",
            EXAMPLE_872,
        ));
    #[cfg(feature = "tickets")]
    examples
        .push(("changeTicketType 404 response `not_found`", "error.list", EXAMPLE_873));
    #[cfg(feature = "tickets")]
    examples.push(("searchTickets 200 response `matches`", "ticket.list", EXAMPLE_875));
    #[cfg(feature = "tickets")]
    examples
        .push(("searchTickets 401 response `unauthorized`", "error.list", EXAMPLE_876));
    #[cfg(feature = "visitors")]
    examples
        .push((
            "retrieveVisitorWithUserId 200 response `anonymous_visitor`",
            "visitor",
            EXAMPLE_877,
        ));
    #[cfg(feature = "visitors")]
    examples
        .push((
            "retrieveVisitorWithUserId 401 response `unauthorized`",
            "error.list",
            EXAMPLE_878,
        ));
    #[cfg(feature = "visitors")]
    examples
        .push((
            "retrieveVisitorWithUserId 404 response `not_found`",
            "error.list",
            EXAMPLE_879,
        ));
    #[cfg(feature = "visitors")]
    examples
        .push(("updateVisitor 200 response `named_visitor`", "visitor", EXAMPLE_882));
    #[cfg(feature = "visitors")]
    examples
        .push(("updateVisitor 401 response `unauthorized`", "error.list", EXAMPLE_883));
    #[cfg(feature = "visitors")]
    examples.push(("updateVisitor 404 response `not_found`", "error.list", EXAMPLE_884));
    #[cfg(feature = "visitors")]
    examples.push(("convertVisitor 200 response `converted`", "contact", EXAMPLE_886));
    #[cfg(feature = "visitors")]
    examples
        .push(("convertVisitor 401 response `unauthorized`", "error.list", EXAMPLE_887));
    #[cfg(feature = "brands")]
    examples.push(("listBrands 200 response `brands`", "list", EXAMPLE_888));
    #[cfg(feature = "brands")]
    examples.push(("listBrands 401 response `unauthorized`", "error.list", EXAMPLE_889));
    #[cfg(feature = "brands")]
    examples.push(("retrieveBrand 200 response `brand`", "brand", EXAMPLE_890));
    #[cfg(feature = "brands")]
    examples
        .push(("retrieveBrand 401 response `unauthorized`", "error.list", EXAMPLE_891));
    #[cfg(feature = "brands")]
    examples.push(("retrieveBrand 404 response `error`", "error.list", EXAMPLE_892));
    #[cfg(feature = "emails")]
    examples.push(("listEmails 200 response `addresses`", "list", EXAMPLE_893));
    #[cfg(feature = "emails")]
    examples.push(("listEmails 401 response `unauthorized`", "error.list", EXAMPLE_894));
    #[cfg(feature = "emails")]
    examples
        .push(("retrieveEmail 200 response `address`", "email_setting", EXAMPLE_895));
    #[cfg(feature = "emails")]
    examples
        .push(("retrieveEmail 401 response `unauthorized`", "error.list", EXAMPLE_896));
    #[cfg(feature = "emails")]
    examples
        .push((
            "retrieveEmail 404 response `setting_not_found`",
            "error.list",
            EXAMPLE_897,
        ));
    #[cfg(feature = "calls")]
    examples
        .push(("registerFinVoiceCall 400 response `error`", "error.list", EXAMPLE_900));
    #[cfg(feature = "calls")]
    examples
        .push(("registerFinVoiceCall 409 response `error`", "error.list", EXAMPLE_901));
    #[cfg(feature = "calls")]
    examples
        .push((
            "registerFinVoiceCall default response `error`",
            "error.list",
            EXAMPLE_902,
        ));
    #[cfg(feature = "calls")]
    examples
        .push((
            "collectFinVoiceCallById 404 response `error`",
            "error.list",
            EXAMPLE_904,
        ));
    #[cfg(feature = "calls")]
    examples
        .push((
            "collectFinVoiceCallById default response `error`",
            "error.list",
            EXAMPLE_905,
        ));
    #[cfg(feature = "calls")]
    examples
        .push((
            "collectFinVoiceCallByExternalId 404 response `error`",
            "error.list",
            EXAMPLE_907,
        ));
    #[cfg(feature = "calls")]
    examples
        .push((
            "collectFinVoiceCallByExternalId default response `error`",
            "error.list",
            EXAMPLE_908,
        ));
    #[cfg(feature = "calls")]
    examples
        .push((
            "collectFinVoiceCallByPhoneNumber 401 response `unauthorized`",
            "error.list",
            EXAMPLE_910,
        ));
    #[cfg(feature = "calls")]
    examples
        .push((
            "collectFinVoiceCallByPhoneNumber 404 response `error`",
            "error.list",
            EXAMPLE_911,
        ));
    #[cfg(feature = "calls")]
    examples
        .push((
            "collectFinVoiceCallByPhoneNumber default response `error`",
            "error.list",
            EXAMPLE_912,
        ));
    #[cfg(feature = "calls")]
    examples
        .push((
            "collectFinVoiceCallsByConversationId 401 response `unauthorized`",
            "error.list",
            EXAMPLE_914,
        ));
    #[cfg(feature = "calls")]
    examples
        .push((
            "collectFinVoiceCallsByConversationId default response `error`",
            "error.list",
            EXAMPLE_915,
        ));
    #[cfg(feature = "fin_agent")]
    examples
        .push(("listFinCapabilities 400 response `error`", "error.list", EXAMPLE_918));
    #[cfg(feature = "fin_agent")]
    examples
        .push((
            "listFinCapabilities 401 response `unauthorized`",
            "error.list",
            EXAMPLE_919,
        ));
    #[cfg(feature = "fin_agent")]
    examples.push(("askFin 400 response `error`", "error.list", EXAMPLE_922));
    #[cfg(feature = "fin_agent")]
    examples.push(("askFin 401 response `unauthorized`", "error.list", EXAMPLE_923));
    #[cfg(feature = "fin_agent")]
    examples.push(("replyToFin 400 response `error`", "error.list", EXAMPLE_926));
    #[cfg(feature = "fin_agent")]
    examples.push(("replyToFin 401 response `unauthorized`", "error.list", EXAMPLE_927));
    #[cfg(feature = "fin_agent")]
    examples.push(("runFinProcedure 400 response `error`", "error.list", EXAMPLE_930));
    #[cfg(feature = "fin_agent")]
    examples
        .push((
            "runFinProcedure 401 response `unauthorized`",
            "error.list",
            EXAMPLE_931,
        ));
    #[cfg(feature = "fin_agent")]
    examples
        .push((
            "escalateFinConversation 400 response `error`",
            "error.list",
            EXAMPLE_934,
        ));
    #[cfg(feature = "fin_agent")]
    examples
        .push((
            "escalateFinConversation 401 response `unauthorized`",
            "error.list",
            EXAMPLE_935,
        ));
    #[cfg(feature = "fin_agent")]
    examples
        .push(("submitFinCsat 401 response `unauthorized`", "error.list", EXAMPLE_938));
    #[cfg(feature = "fin_agent")]
    examples
        .push(("startFinConversation 400 response `error`", "error.list", EXAMPLE_942));
    #[cfg(feature = "fin_agent")]
    examples
        .push((
            "startFinConversation 401 response `unauthorized`",
            "error.list",
            EXAMPLE_943,
        ));
    #[cfg(feature = "procedures")]
    examples
        .push((
            "collectProcedureAgentInput 401 response `unauthorized`",
            "error.list",
            EXAMPLE_946,
        ));
    #[cfg(feature = "procedures")]
    examples
        .push((
            "collectProcedureAgentInput 403 response `error`",
            "error.list",
            EXAMPLE_947,
        ));
    #[cfg(feature = "procedures")]
    examples
        .push((
            "collectProcedureAgentInput 404 response `error`",
            "error.list",
            EXAMPLE_948,
        ));
    #[cfg(feature = "procedures")]
    examples
        .push((
            "collectProcedureAgentInput 409 response `error`",
            "error.list",
            EXAMPLE_949,
        ));
    #[cfg(feature = "visitors")]
    examples.push(("retrieveVisitor 200 response `visitor`", "visitor", EXAMPLE_950));
    #[cfg(feature = "visitors")]
    examples
        .push((
            "retrieveVisitor 401 response `unauthorized`",
            "error.list",
            EXAMPLE_951,
        ));
    #[cfg(feature = "visitors")]
    examples
        .push(("retrieveVisitor 404 response `not_found`", "error.list", EXAMPLE_952));
    #[cfg(feature = "visitors")]
    examples.push(("deleteVisitor 200 response `deleted`", "visitor", EXAMPLE_953));
    #[cfg(feature = "visitors")]
    examples
        .push(("deleteVisitor 401 response `unauthorized`", "error.list", EXAMPLE_954));
    #[cfg(feature = "visitors")]
    examples.push(("deleteVisitor 404 response `not_found`", "error.list", EXAMPLE_955));
    #[allow(unused_mut, reason = "empty when the spec has no example of a pinned type")]
    let mut decoders: Vec<Decoder> = Vec::new();
    #[cfg(feature = "admins")]
    decoders
        .push((
            "admin",
            "AdminWithApp",
            rejects::<intercom_client::types::AdminWithApp>,
        ));
    #[cfg(feature = "admins")]
    decoders.push(("error.list", "Error", rejects::<intercom_client::types::Error>));
    #[cfg(feature = "admins")]
    decoders.push(("admin", "Admin", rejects::<intercom_client::types::Admin>));
    #[cfg(feature = "admins")]
    decoders
        .push((
            "activity_log.list",
            "ActivityLogList",
            rejects::<intercom_client::types::ActivityLogList>,
        ));
    #[cfg(feature = "admins")]
    decoders
        .push((
            "activity_log_event_type.list",
            "ActivityLogEventTypeList",
            rejects::<intercom_client::types::ActivityLogEventTypeList>,
        ));
    #[cfg(feature = "admins")]
    decoders
        .push(("admin.list", "AdminList", rejects::<intercom_client::types::AdminList>));
    #[cfg(feature = "ai_content")]
    decoders
        .push((
            "list",
            "ContentImportSourcesList",
            rejects::<intercom_client::types::ContentImportSourcesList>,
        ));
    #[cfg(feature = "ai_content")]
    decoders
        .push((
            "content_import_source",
            "ContentImportSource",
            rejects::<intercom_client::types::ContentImportSource>,
        ));
    #[cfg(feature = "ai_content")]
    decoders
        .push((
            "list",
            "ExternalPagesList",
            rejects::<intercom_client::types::ExternalPagesList>,
        ));
    #[cfg(feature = "ai_content")]
    decoders
        .push((
            "external_page",
            "ExternalPage",
            rejects::<intercom_client::types::ExternalPage>,
        ));
    #[cfg(feature = "articles")]
    decoders
        .push(("list", "ArticleList", rejects::<intercom_client::types::ArticleList>));
    #[cfg(feature = "articles")]
    decoders.push(("article", "Article", rejects::<intercom_client::types::Article>));
    #[cfg(feature = "articles")]
    decoders
        .push((
            "list",
            "ArticleVersionList",
            rejects::<intercom_client::types::ArticleVersionList>,
        ));
    #[cfg(feature = "articles")]
    decoders
        .push((
            "article_version",
            "ArticleVersion",
            rejects::<intercom_client::types::ArticleVersion>,
        ));
    #[cfg(feature = "articles")]
    decoders.push(("tag", "Tag", rejects::<intercom_client::types::Tag>));
    #[cfg(feature = "articles")]
    decoders
        .push((
            "list",
            "ArticleSearchResponse",
            rejects::<intercom_client::types::ArticleSearchResponse>,
        ));
    #[cfg(feature = "away_status_reasons")]
    decoders
        .push((
            "list",
            "AwayStatusReasonList",
            rejects::<intercom_client::types::AwayStatusReasonList>,
        ));
    #[cfg(feature = "audiences")]
    decoders
        .push(("list", "AudienceList", rejects::<intercom_client::types::AudienceList>));
    #[cfg(feature = "audiences")]
    decoders.push(("audience", "Audience", rejects::<intercom_client::types::Audience>));
    #[cfg(feature = "office_hours")]
    decoders
        .push((
            "office_hours_schedule.list",
            "OfficeHoursScheduleList",
            rejects::<intercom_client::types::OfficeHoursScheduleList>,
        ));
    #[cfg(feature = "office_hours")]
    decoders
        .push((
            "office_hours_schedule",
            "OfficeHoursSchedule",
            rejects::<intercom_client::types::OfficeHoursSchedule>,
        ));
    #[cfg(feature = "office_hours")]
    decoders
        .push((
            "office_hours_exception.list",
            "OfficeHoursExceptionList",
            rejects::<intercom_client::types::OfficeHoursExceptionList>,
        ));
    #[cfg(feature = "office_hours")]
    decoders
        .push((
            "office_hours_exception",
            "OfficeHoursException",
            rejects::<intercom_client::types::OfficeHoursException>,
        ));
    #[cfg(feature = "reporting_data_export")]
    decoders
        .push((
            "list",
            "ReportingDatasetList",
            rejects::<intercom_client::types::ReportingDatasetList>,
        ));
    #[cfg(feature = "help_center")]
    decoders
        .push((
            "list",
            "HelpCenterRedirectList",
            rejects::<intercom_client::types::HelpCenterRedirectList>,
        ));
    #[cfg(feature = "help_center")]
    decoders
        .push((
            "help_center_redirect",
            "HelpCenterRedirect",
            rejects::<intercom_client::types::HelpCenterRedirect>,
        ));
    #[cfg(feature = "help_center")]
    decoders
        .push((
            "list",
            "CollectionList",
            rejects::<intercom_client::types::CollectionList>,
        ));
    #[cfg(feature = "help_center")]
    decoders
        .push((
            "list",
            "HelpCenterList",
            rejects::<intercom_client::types::HelpCenterList>,
        ));
    #[cfg(feature = "internal_articles")]
    decoders
        .push((
            "list",
            "InternalArticleList",
            rejects::<intercom_client::types::InternalArticleList>,
        ));
    #[cfg(feature = "internal_articles")]
    decoders
        .push((
            "internal_article",
            "InternalArticle",
            rejects::<intercom_client::types::InternalArticle>,
        ));
    #[cfg(feature = "internal_articles")]
    decoders
        .push((
            "list",
            "InternalArticleSearchResponse",
            rejects::<intercom_client::types::InternalArticleSearchResponse>,
        ));
    #[cfg(feature = "folders")]
    decoders
        .push((
            "list",
            "ListFoldersResponse",
            rejects::<intercom_client::types::ListFoldersResponse>,
        ));
    #[cfg(feature = "companies")]
    decoders
        .push(("list", "CompanyList", rejects::<intercom_client::types::CompanyList>));
    #[cfg(feature = "companies")]
    decoders.push(("company", "Company", rejects::<intercom_client::types::Company>));
    #[cfg(feature = "companies")]
    decoders
        .push((
            "list",
            "CompanyAttachedContacts",
            rejects::<intercom_client::types::CompanyAttachedContacts>,
        ));
    #[cfg(feature = "companies")]
    decoders
        .push((
            "list",
            "CompanyAttachedSegments",
            rejects::<intercom_client::types::CompanyAttachedSegments>,
        ));
    #[cfg(feature = "notes")]
    decoders.push(("list", "NoteList", rejects::<intercom_client::types::NoteList>));
    #[cfg(feature = "notes")]
    decoders.push(("note", "Note", rejects::<intercom_client::types::Note>));
    #[cfg(feature = "companies")]
    decoders
        .push((
            "list",
            "CompanyScroll",
            rejects::<intercom_client::types::CompanyScroll>,
        ));
    #[cfg(feature = "contacts")]
    decoders
        .push((
            "list",
            "ContactAttachedCompanies",
            rejects::<intercom_client::types::ContactAttachedCompanies>,
        ));
    #[cfg(feature = "companies")]
    decoders
        .push((
            "companies.bulk.job",
            "CompaniesBulkJob",
            rejects::<intercom_client::types::CompaniesBulkJob>,
        ));
    #[cfg(feature = "contacts")]
    decoders
        .push((
            "list",
            "ContactSegments",
            rejects::<intercom_client::types::ContactSegments>,
        ));
    #[cfg(feature = "contacts")]
    decoders
        .push((
            "list",
            "SubscriptionTypeList",
            rejects::<intercom_client::types::SubscriptionTypeList>,
        ));
    #[cfg(feature = "subscription_types")]
    decoders
        .push((
            "subscription",
            "SubscriptionType",
            rejects::<intercom_client::types::SubscriptionType>,
        ));
    #[cfg(feature = "contacts")]
    decoders.push(("list", "TagList", rejects::<intercom_client::types::TagList>));
    #[cfg(feature = "contacts")]
    decoders
        .push((
            "contact",
            "ShowContactResponse",
            rejects::<intercom_client::types::ShowContactResponse>,
        ));
    #[cfg(feature = "contacts")]
    decoders
        .push((
            "contact",
            "UpdateContactResponse",
            rejects::<intercom_client::types::UpdateContactResponse>,
        ));
    #[cfg(feature = "contacts")]
    decoders
        .push((
            "contact",
            "ContactDeleted",
            rejects::<intercom_client::types::ContactDeleted>,
        ));
    #[cfg(feature = "contacts")]
    decoders
        .push((
            "contact",
            "MergeContactResponse",
            rejects::<intercom_client::types::MergeContactResponse>,
        ));
    #[cfg(feature = "contacts")]
    decoders
        .push(("list", "ContactList", rejects::<intercom_client::types::ContactList>));
    #[cfg(feature = "contacts")]
    decoders
        .push((
            "list",
            "ContactActivityList",
            rejects::<intercom_client::types::ContactActivityList>,
        ));
    #[cfg(feature = "contacts")]
    decoders
        .push((
            "contact",
            "CreateContactResponse",
            rejects::<intercom_client::types::CreateContactResponse>,
        ));
    #[cfg(feature = "contacts")]
    decoders
        .push((
            "contact",
            "ShowContactByExternalIdResponse",
            rejects::<intercom_client::types::ShowContactByExternalIdResponse>,
        ));
    #[cfg(feature = "contacts")]
    decoders
        .push((
            "contact",
            "ContactArchived",
            rejects::<intercom_client::types::ContactArchived>,
        ));
    #[cfg(feature = "contacts")]
    decoders
        .push((
            "contact",
            "ContactUnarchived",
            rejects::<intercom_client::types::ContactUnarchived>,
        ));
    #[cfg(feature = "contacts")]
    decoders
        .push((
            "contact",
            "ContactBlocked",
            rejects::<intercom_client::types::ContactBlocked>,
        ));
    #[cfg(feature = "contacts")]
    decoders
        .push((
            "list",
            "MergeHistoryList",
            rejects::<intercom_client::types::MergeHistoryList>,
        ));
    #[cfg(feature = "banners")]
    decoders.push(("list", "BannerList", rejects::<intercom_client::types::BannerList>));
    #[cfg(feature = "banners")]
    decoders
        .push((
            "banner_dismiss",
            "BannerDismiss",
            rejects::<intercom_client::types::BannerDismiss>,
        ));
    #[cfg(feature = "contacts")]
    decoders
        .push((
            "contacts.bulk.job",
            "ContactsBulkJob",
            rejects::<intercom_client::types::ContactsBulkJob>,
        ));
    #[cfg(feature = "content")]
    decoders
        .push((
            "list",
            "ContentSearchResponse",
            rejects::<intercom_client::types::ContentSearchResponse>,
        ));
    #[cfg(feature = "content_snippets")]
    decoders
        .push((
            "list",
            "ContentSnippetList",
            rejects::<intercom_client::types::ContentSnippetList>,
        ));
    #[cfg(feature = "content_snippets")]
    decoders
        .push((
            "content_snippet",
            "ContentSnippet",
            rejects::<intercom_client::types::ContentSnippet>,
        ));
    #[cfg(feature = "conversations")]
    decoders
        .push((
            "conversation.list",
            "ConversationList",
            rejects::<intercom_client::types::ConversationList>,
        ));
    #[cfg(feature = "conversations")]
    decoders
        .push((
            "conversation",
            "Conversation",
            rejects::<intercom_client::types::Conversation>,
        ));
    #[cfg(feature = "conversation_parts")]
    decoders
        .push((
            "conversation_part",
            "ConversationPart",
            rejects::<intercom_client::types::ConversationPart>,
        ));
    #[cfg(feature = "conversations")]
    decoders
        .push((
            "side_conversation.list",
            "SideConversationList",
            rejects::<intercom_client::types::SideConversationList>,
        ));
    #[cfg(feature = "conversations")]
    decoders.push(("ticket", "Ticket", rejects::<intercom_client::types::Ticket>));
    #[cfg(feature = "conversations")]
    decoders
        .push((
            "conversations.list",
            "DeletedConversationList",
            rejects::<intercom_client::types::DeletedConversationList>,
        ));
    #[cfg(feature = "conversations_attributes")]
    decoders
        .push((
            "list",
            "ConversationAttributeList",
            rejects::<intercom_client::types::ConversationAttributeList>,
        ));
    #[cfg(feature = "data_attributes")]
    decoders
        .push((
            "list",
            "DataAttributeList",
            rejects::<intercom_client::types::DataAttributeList>,
        ));
    #[cfg(feature = "data_attributes")]
    decoders
        .push((
            "data_attribute",
            "DataAttribute",
            rejects::<intercom_client::types::DataAttribute>,
        ));
    #[cfg(feature = "data_connectors")]
    decoders
        .push((
            "list",
            "DataConnectorList",
            rejects::<intercom_client::types::DataConnectorList>,
        ));
    #[cfg(feature = "data_connectors")]
    decoders
        .push((
            "data_connector",
            "DataConnectorDetail",
            rejects::<intercom_client::types::DataConnectorDetail>,
        ));
    #[cfg(feature = "data_connectors")]
    decoders
        .push((
            "list",
            "DataConnectorExecutionResultList",
            rejects::<intercom_client::types::DataConnectorExecutionResultList>,
        ));
    #[cfg(feature = "data_connectors")]
    decoders
        .push((
            "data_connector.execution",
            "DataConnectorExecutionResult",
            rejects::<intercom_client::types::DataConnectorExecutionResult>,
        ));
    #[cfg(feature = "data_events")]
    decoders
        .push((
            "event.summary",
            "DataEventSummary",
            rejects::<intercom_client::types::DataEventSummary>,
        ));
    #[cfg(feature = "jobs")]
    decoders.push(("job", "Jobs", rejects::<intercom_client::types::Jobs>));
    #[cfg(feature = "macros")]
    decoders.push(("list", "MacroList", rejects::<intercom_client::types::MacroList>));
    #[cfg(feature = "macros")]
    decoders.push(("macro", "Macro", rejects::<intercom_client::types::Macro>));
    #[cfg(feature = "messages")]
    decoders
        .push((
            "list",
            "WhatsappMessageStatusList",
            rejects::<intercom_client::types::WhatsappMessageStatusList>,
        ));
    #[cfg(feature = "teams")]
    decoders
        .push((
            "team_metric.list",
            "TeamMetricList",
            rejects::<intercom_client::types::TeamMetricList>,
        ));
    #[cfg(feature = "news")]
    decoders
        .push(("news-item", "NewsItem", rejects::<intercom_client::types::NewsItem>));
    #[cfg(feature = "news")]
    decoders.push(("newsfeed", "Newsfeed", rejects::<intercom_client::types::Newsfeed>));
    #[cfg(feature = "identity_verification_secrets")]
    decoders
        .push((
            "list",
            "IdentityVerificationSecretList",
            rejects::<intercom_client::types::IdentityVerificationSecretList>,
        ));
    #[cfg(feature = "identity_verification_secrets")]
    decoders
        .push((
            "identity_verification_secret",
            "IdentityVerificationSecretWithMaterial",
            rejects::<intercom_client::types::IdentityVerificationSecretWithMaterial>,
        ));
    #[cfg(feature = "segments")]
    decoders
        .push((
            "segment.list",
            "SegmentList",
            rejects::<intercom_client::types::SegmentList>,
        ));
    #[cfg(feature = "segments")]
    decoders.push(("segment", "Segment", rejects::<intercom_client::types::Segment>));
    #[cfg(feature = "switch")]
    decoders
        .push((
            "phone_call_redirect",
            "PhoneSwitch",
            rejects::<intercom_client::types::PhoneSwitch>,
        ));
    #[cfg(feature = "calls")]
    decoders.push(("list", "CallList", rejects::<intercom_client::types::CallList>));
    #[cfg(feature = "calls")]
    decoders.push(("call", "Call", rejects::<intercom_client::types::Call>));
    #[cfg(feature = "calls")]
    decoders
        .push((
            "list",
            "ListCallsWithTranscriptsResponse",
            rejects::<intercom_client::types::ListCallsWithTranscriptsResponse>,
        ));
    #[cfg(feature = "tags")]
    decoders
        .push((
            "tag",
            "TagCreateResponse",
            rejects::<intercom_client::types::TagCreateResponse>,
        ));
    #[cfg(feature = "tags")]
    decoders.push(("tag", "TagBasic", rejects::<intercom_client::types::TagBasic>));
    #[cfg(feature = "teams")]
    decoders
        .push(("team.list", "TeamList", rejects::<intercom_client::types::TeamList>));
    #[cfg(feature = "teams")]
    decoders.push(("team", "Team", rejects::<intercom_client::types::Team>));
    #[cfg(feature = "ticket_states")]
    decoders
        .push((
            "list",
            "TicketStateList",
            rejects::<intercom_client::types::TicketStateList>,
        ));
    #[cfg(feature = "ticket_type_attributes")]
    decoders
        .push((
            "ticket_type_attribute",
            "TicketTypeAttribute",
            rejects::<intercom_client::types::TicketTypeAttribute>,
        ));
    #[cfg(feature = "ticket_types")]
    decoders
        .push((
            "list",
            "TicketTypeList",
            rejects::<intercom_client::types::TicketTypeList>,
        ));
    #[cfg(feature = "ticket_types")]
    decoders
        .push((
            "ticket_type",
            "TicketType",
            rejects::<intercom_client::types::TicketType>,
        ));
    #[cfg(feature = "tickets")]
    decoders
        .push((
            "ticket_part",
            "TicketReply",
            rejects::<intercom_client::types::TicketReply>,
        ));
    #[cfg(feature = "tickets")]
    decoders
        .push((
            "ticket.list",
            "TicketList",
            rejects::<intercom_client::types::TicketList>,
        ));
    #[cfg(feature = "visitors")]
    decoders.push(("visitor", "Visitor", rejects::<intercom_client::types::Visitor>));
    #[cfg(feature = "visitors")]
    decoders.push(("contact", "Contact", rejects::<intercom_client::types::Contact>));
    #[cfg(feature = "brands")]
    decoders.push(("list", "BrandList", rejects::<intercom_client::types::BrandList>));
    #[cfg(feature = "brands")]
    decoders.push(("brand", "Brand", rejects::<intercom_client::types::Brand>));
    #[cfg(feature = "emails")]
    decoders.push(("list", "EmailList", rejects::<intercom_client::types::EmailList>));
    #[cfg(feature = "emails")]
    decoders
        .push((
            "email_setting",
            "EmailSetting",
            rejects::<intercom_client::types::EmailSetting>,
        ));
    #[cfg(feature = "visitors")]
    decoders
        .push((
            "visitor",
            "VisitorDeletedObject",
            rejects::<intercom_client::types::VisitorDeletedObject>,
        ));
    let mut pairs = 0_usize;
    let mut accepted = Vec::new();
    for (label, pinned, json) in &examples {
        for (other, name, rejects) in &decoders {
            if other == pinned {
                continue;
            }
            pairs += 1;
            if !rejects(json) {
                accepted.push(format!("{label} decoded as {name}"));
            }
        }
    }

    let rejected = pairs - accepted.len();
    let share = if pairs == 0 { 1.0 } else { rejected as f64 / pairs as f64 };
    println!(
        "wrong-type examples rejected: {rejected} / {pairs} ({:.2} %)", share * 100.0
    );
    for pair in accepted.iter().take(10) {
        println!("    accepted: {pair}");
    }

    assert!(
        share >= 0.98f64,
        "only {rejected} of {pairs} wrong-type decodes were rejected (at least {} % must be)",
        0.98f64 * 100.0
    );
}
