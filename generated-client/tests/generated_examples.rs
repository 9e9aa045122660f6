// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Decodes every example in the spec into the type the spec declares for it.

struct Report {
    total: usize,
    failures: Vec<String>,
}

fn check<T: serde::de::DeserializeOwned>(label: &str, json: &str, report: &mut Report) {
    report.total += 1;
    if let Err(error) = intercom_client::from_str::<T>(json) {
        report.failures.push(format!("{label}: {error}"));
    }
}

#[test]
fn every_spec_example_decodes() {
    let _ = std::any::type_name::<intercom_client::Client>();
    let mut report = Report {
        total: 0,
        failures: Vec::new(),
    };
    #[cfg(feature = "admins")]
    check::<
        intercom_client::types::AdminWithApp,
    >(
        "identifyAdmin 200 response `current_admin`",
        r#"{"app":{"created_at":1701388800,"id_code":"k7t2qz9x","identity_verification":true,"name":"Northwind Cycles","region":"EU","timezone":"Europe/Dublin","type":"app"},"avatar":{"image_url":"https://static.example.com/avatars/maeve.png","type":"avatar"},"away_mode_enabled":false,"away_mode_reassign":false,"email":"maeve.donnelly@example.com","email_verified":true,"has_inbox_seat":true,"id":"7301942","job_title":"Support Lead","name":"Maeve Donnelly","team_ids":[88412],"type":"admin"}"#,
        &mut report,
    );
    #[cfg(feature = "admins")]
    check::<
        intercom_client::types::Error,
    >(
        "identifyAdmin 401 response `unauthorized`",
        r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "ticket_states")]
    check::<
        intercom_client::types::TicketStateList,
    >(
        "listTicketStates 200 response `workspace_states`",
        r#"{"data":[{"archived":false,"category":"submitted","external_label":"Received","id":"5120","internal_label":"Submitted","ticket_types":{"data":[{"archived":false,"category":"Customer","description":"A parcel arrived broken or incomplete.","icon":"📦","id":"41","is_internal":false,"name":"Damaged delivery","type":"ticket_type"}],"type":"list"},"type":"ticket_state"},{"archived":false,"category":"in_progress","external_label":"Being handled","id":"5121","internal_label":"With warehouse team","ticket_types":{"data":[{"archived":false,"category":"Customer","description":"A parcel arrived broken or incomplete.","icon":"📦","id":"41","is_internal":false,"name":"Damaged delivery","type":"ticket_type"}],"type":"list"},"type":"ticket_state"},{"archived":false,"category":"waiting_on_customer","external_label":"Waiting on you","id":"5122","internal_label":"Awaiting photos","ticket_types":{"data":[],"type":"list"},"type":"ticket_state"},{"archived":false,"category":"resolved","external_label":"Resolved","id":"5123","internal_label":"Resolved","ticket_types":{"data":[],"type":"list"},"type":"ticket_state"}],"type":"list"}"#,
        &mut report,
    );
    #[cfg(feature = "ticket_states")]
    check::<
        intercom_client::types::Error,
    >(
        "listTicketStates 401 response `unauthorized`",
        r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "ticket_types")]
    check::<
        intercom_client::types::TicketTypeList,
    >(
        "listTicketTypes 200 response `ticket_types`",
        r#"{"data":[{"archived":false,"category":"Customer","created_at":1762250400,"description":"A parcel arrived broken or incomplete.","icon":"📦","id":"41","is_internal":false,"name":"Damaged delivery","ticket_states":{"data":[{"category":"submitted","external_label":"Received","id":"5120","internal_label":"Submitted","type":"ticket_state"},{"category":"in_progress","external_label":"Being handled","id":"5121","internal_label":"With warehouse team","type":"ticket_state"},{"category":"waiting_on_customer","external_label":"Waiting on you","id":"5122","internal_label":"Awaiting photos","type":"ticket_state"},{"category":"resolved","external_label":"Resolved","id":"5123","internal_label":"Resolved","type":"ticket_state"}],"type":"list"},"ticket_type_attributes":{"ticket_type_attributes":[{"archived":false,"created_at":1762250400,"data_type":"string","default":true,"description":"","id":"311","input_options":{"multiline":false},"name":"_default_title_","order":0,"required_to_create":false,"required_to_create_for_contacts":false,"ticket_type_id":41,"type":"ticket_type_attribute","updated_at":1762250400,"visible_on_create":true,"visible_to_contacts":true,"workspace_id":"k7t2qz9x"},{"archived":false,"created_at":1762250400,"data_type":"string","default":true,"description":"","id":"312","input_options":{"multiline":true},"name":"_default_description_","order":1,"required_to_create":false,"required_to_create_for_contacts":false,"ticket_type_id":41,"type":"ticket_type_attribute","updated_at":1762250400,"visible_on_create":true,"visible_to_contacts":true,"workspace_id":"k7t2qz9x"},{"archived":false,"created_at":1762251000,"data_type":"string","default":false,"description":"The order the parcel belongs to.","id":"319","input_options":null,"name":"Order number","order":2,"required_to_create":true,"required_to_create_for_contacts":true,"ticket_type_id":41,"type":"ticket_type_attribute","updated_at":1762251000,"visible_on_create":true,"visible_to_contacts":true,"workspace_id":"k7t2qz9x"}],"type":"ticket_type_attributes.list"},"type":"ticket_type","updated_at":1765929600,"workspace_id":"k7t2qz9x"}],"type":"list"}"#,
        &mut report,
    );
    #[cfg(feature = "ticket_types")]
    check::<
        intercom_client::types::Error,
    >(
        "listTicketTypes 401 response `unauthorized`",
        r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "ticket_types")]
    check::<
        intercom_client::types::CreateTicketTypeRequest,
    >(
        "createTicketType request `tracker_type`",
        r#"{"category":"Tracker","description":"Incidents that stop customers from paying.","icon":"🚨","is_internal":false,"name":"Checkout outage"}"#,
        &mut report,
    );
    #[cfg(feature = "ticket_types")]
    check::<
        intercom_client::types::TicketType,
    >(
        "createTicketType 200 response `tracker_type`",
        r#"{"archived":false,"category":"Tracker","created_at":1767942000,"description":"Incidents that stop customers from paying.","icon":"🚨","id":"42","is_internal":false,"name":"Checkout outage","ticket_states":{"data":[{"category":"submitted","external_label":"Submitted","id":"5130","internal_label":"Submitted","type":"ticket_state"},{"category":"in_progress","external_label":"In progress","id":"5131","internal_label":"In progress","type":"ticket_state"},{"category":"resolved","external_label":"Resolved","id":"5132","internal_label":"Resolved","type":"ticket_state"}],"type":"list"},"ticket_type_attributes":{"ticket_type_attributes":[{"archived":false,"created_at":1767942000,"data_type":"string","default":true,"description":"","id":"327","input_options":{"multiline":false},"name":"_default_title_","order":0,"required_to_create":false,"required_to_create_for_contacts":false,"ticket_type_id":42,"type":"ticket_type_attribute","updated_at":1767942000,"visible_on_create":true,"visible_to_contacts":true,"workspace_id":"k7t2qz9x"},{"archived":false,"created_at":1767942000,"data_type":"string","default":true,"description":"","id":"328","input_options":{"multiline":true},"name":"_default_description_","order":1,"required_to_create":false,"required_to_create_for_contacts":false,"ticket_type_id":42,"type":"ticket_type_attribute","updated_at":1767942000,"visible_on_create":true,"visible_to_contacts":true,"workspace_id":"k7t2qz9x"}],"type":"ticket_type_attributes.list"},"type":"ticket_type","updated_at":1767942000,"workspace_id":"k7t2qz9x"}"#,
        &mut report,
    );
    #[cfg(feature = "ticket_types")]
    check::<
        intercom_client::types::Error,
    >(
        "createTicketType 401 response `unauthorized`",
        r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "ticket_types")]
    check::<
        intercom_client::types::TicketType,
    >(
        "getTicketType 200 response `damaged_delivery`",
        r#"{"archived":false,"category":"Customer","created_at":1762250400,"description":"A parcel arrived broken or incomplete.","icon":"📦","id":"41","is_internal":false,"name":"Damaged delivery","ticket_states":{"data":[{"category":"submitted","external_label":"Received","id":"5120","internal_label":"Submitted","type":"ticket_state"},{"category":"resolved","external_label":"Resolved","id":"5123","internal_label":"Resolved","type":"ticket_state"}],"type":"list"},"ticket_type_attributes":{"ticket_type_attributes":[{"archived":false,"created_at":1762250400,"data_type":"string","default":true,"description":"","id":"311","input_options":{"multiline":false},"name":"_default_title_","order":0,"required_to_create":false,"required_to_create_for_contacts":false,"ticket_type_id":41,"type":"ticket_type_attribute","updated_at":1762250400,"visible_on_create":true,"visible_to_contacts":true,"workspace_id":"k7t2qz9x"},{"archived":false,"created_at":1762251000,"data_type":"string","default":false,"description":"The order the parcel belongs to.","id":"319","input_options":null,"name":"Order number","order":2,"required_to_create":true,"required_to_create_for_contacts":true,"ticket_type_id":41,"type":"ticket_type_attribute","updated_at":1762251000,"visible_on_create":true,"visible_to_contacts":true,"workspace_id":"k7t2qz9x"}],"type":"ticket_type_attributes.list"},"type":"ticket_type","updated_at":1765929600,"workspace_id":"k7t2qz9x"}"#,
        &mut report,
    );
    #[cfg(feature = "ticket_types")]
    check::<
        intercom_client::types::Error,
    >(
        "getTicketType 401 response `unauthorized`",
        r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "ticket_types")]
    check::<
        intercom_client::types::UpdateTicketTypeRequest,
    >(
        "updateTicketType request `rename`",
        r#"{"icon":"🧰","name":"Damaged or missing item"}"#,
        &mut report,
    );
    #[cfg(feature = "ticket_types")]
    check::<
        intercom_client::types::UpdateTicketTypeRequest,
    >("updateTicketType request `archive`", r#"{"archived":true}"#, &mut report);
    #[cfg(feature = "ticket_types")]
    check::<
        intercom_client::types::TicketType,
    >(
        "updateTicketType 200 response `renamed`",
        r#"{"archived":false,"category":"Customer","created_at":1762250400,"description":"A parcel arrived broken or incomplete.","icon":"🧰","id":"41","is_internal":false,"name":"Damaged or missing item","ticket_states":{"data":[{"category":"submitted","external_label":"Received","id":"5120","internal_label":"Submitted","type":"ticket_state"}],"type":"list"},"ticket_type_attributes":{"ticket_type_attributes":[{"archived":false,"created_at":1762250400,"data_type":"string","default":true,"description":"","id":"311","input_options":{"multiline":false},"name":"_default_title_","order":0,"required_to_create":false,"required_to_create_for_contacts":false,"ticket_type_id":41,"type":"ticket_type_attribute","updated_at":1762250400,"visible_on_create":true,"visible_to_contacts":true,"workspace_id":"k7t2qz9x"}],"type":"ticket_type_attributes.list"},"type":"ticket_type","updated_at":1767945600,"workspace_id":"k7t2qz9x"}"#,
        &mut report,
    );
    #[cfg(feature = "ticket_types")]
    check::<
        intercom_client::types::Error,
    >(
        "updateTicketType 401 response `unauthorized`",
        r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::CreateTicketRequest,
    >(
        "createTicket request `by_contact_id`",
        r#"{"contacts":[{"id":"66a1f3c2b8e4d70012ab34cd"}],"ticket_attributes":{"Order number":"NW-20931","_default_description_":"The top tube has a deep scratch along its length.","_default_title_":"Frame arrived scratched"},"ticket_type_id":"41"}"#,
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::CreateTicketRequest,
    >(
        "createTicket request `silent_import`",
        r#"{"contacts":[{"email":"tomas.reyes@example.org"}],"created_at":1764547200,"skip_notifications":true,"ticket_attributes":{"Order number":"NW-19877","_default_title_":"Missing pedals"},"ticket_type_id":"41"}"#,
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Ticket,
    >(
        "createTicket 200 response `created`",
        r#"{"admin_assignee_id":0,"category":"Customer","contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"created_at":1767950000,"id":"918","is_shared":true,"linked_objects":{"data":[],"has_more":false,"total_count":0,"type":"list"},"open":true,"previous_ticket_state_id":null,"snoozed_until":null,"team_assignee_id":0,"ticket_attributes":{"Order number":"NW-20931","_default_description_":"The top tube has a deep scratch along its length.","_default_title_":"Frame arrived scratched"},"ticket_id":"57","ticket_parts":{"ticket_parts":[{"attachments":[],"author":{"email":"operator+k7t2qz9x@intercom.io","id":"7300001","name":"Fin","type":"bot"},"created_at":1767950001,"id":"20117","part_type":"ticket_state_updated_by_admin","previous_ticket_state":"submitted","redacted":false,"ticket_state":"submitted","type":"ticket_part","updated_at":1767950001}],"total_count":1,"type":"ticket_part.list"},"ticket_state":{"category":"submitted","external_label":"Received","id":"5120","internal_label":"Submitted","type":"ticket_state"},"ticket_type":{"archived":false,"category":"Customer","created_at":1762250400,"description":"A parcel arrived broken or incomplete.","icon":"📦","id":"41","is_internal":false,"name":"Damaged delivery","type":"ticket_type","updated_at":1765929600,"workspace_id":"k7t2qz9x"},"type":"ticket","updated_at":1767950002}"#,
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >(
        "createTicket 401 response `unauthorized`",
        r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Ticket,
    >(
        "getTicket 200 response `in_progress`",
        r#"{"admin_assignee_id":7301942,"category":"Customer","contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"created_at":1767950000,"id":"918","is_shared":true,"linked_objects":{"data":[{"category":null,"id":"1274","type":"conversation"}],"has_more":false,"total_count":1,"type":"list"},"open":true,"previous_ticket_state_id":"5120","snoozed_until":null,"team_assignee_id":88412,"ticket_attributes":{"Order number":"NW-20931","_default_description_":"The top tube has a deep scratch along its length.","_default_title_":"Frame arrived scratched"},"ticket_id":"57","ticket_parts":{"ticket_parts":[{"attachments":[],"author":{"email":"operator+k7t2qz9x@intercom.io","id":"7300001","name":"Fin","type":"bot"},"created_at":1767950001,"id":"20117","part_type":"ticket_state_updated_by_admin","previous_ticket_state":"submitted","redacted":false,"ticket_state":"submitted","type":"ticket_part","updated_at":1767950001},{"assigned_to":{"id":"88412","type":"team"},"attachments":[],"author":{"email":"maeve.donnelly@example.com","id":"7301942","name":"Maeve Donnelly","type":"admin"},"created_at":1767953000,"id":"20121","part_type":"assignment","redacted":false,"type":"ticket_part","updated_at":1767953000},{"app_package_code":"northwind-helpdesk-sync","attachments":[],"author":{"email":"maeve.donnelly@example.com","id":"7301942","name":"Maeve Donnelly","type":"admin"},"created_at":1767953600,"id":"20124","part_type":"ticket_state_updated_by_admin","previous_ticket_state":"submitted","redacted":false,"ticket_state":"in_progress","type":"ticket_part","updated_at":1767953600}],"total_count":3,"type":"ticket_part.list"},"ticket_state":{"category":"in_progress","external_label":"Being handled","id":"5121","internal_label":"With warehouse team","type":"ticket_state"},"ticket_type":{"archived":false,"category":"Customer","created_at":1762250400,"description":"A parcel arrived broken or incomplete.","icon":"📦","id":"41","is_internal":false,"name":"Damaged delivery","type":"ticket_type","updated_at":1765929600,"workspace_id":"k7t2qz9x"},"type":"ticket","updated_at":1767953600}"#,
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >(
        "getTicket 401 response `unauthorized`",
        r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >(
        "getTicket 404 response `ticket_not_found`",
        r#"{"errors":[{"code":"ticket_not_found","message":"No ticket with id 9999 was found"}],"request_id":"2a4c6e80-1b3d-4f5a-9c7e-0d2f4a6b8c91","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::UpdateTicketRequest,
    >(
        "updateTicket request `assign_and_progress`",
        r#"{"admin_id":7301942,"assignee_id":"7301955","skip_notifications":false,"ticket_state_id":"5121"}"#,
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::UpdateTicketRequest,
    >(
        "updateTicket request `snooze`",
        r#"{"snoozed_until":1768125600,"ticket_attributes":{"_default_description_":"Asked the customer for photos of the frame."},"ticket_state_id":"5122"}"#,
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::UpdateTicketRequest,
    >(
        "updateTicket request `invalid_state`",
        r#"{"ticket_state_id":"5131"}"#,
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Ticket,
    >(
        "updateTicket 200 response `assigned`",
        r#"{"admin_assignee_id":7301955,"category":"Customer","contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"created_at":1767950000,"id":"918","is_shared":true,"linked_objects":{"data":[],"has_more":false,"total_count":0,"type":"list"},"open":true,"previous_ticket_state_id":"5120","snoozed_until":null,"team_assignee_id":88412,"ticket_attributes":{"Order number":"NW-20931","_default_description_":"The top tube has a deep scratch along its length.","_default_title_":"Frame arrived scratched"},"ticket_id":"57","ticket_parts":{"ticket_parts":[{"attachments":[],"author":{"email":"maeve.donnelly@example.com","id":"7301942","name":"Maeve Donnelly","type":"admin"},"created_at":1767956400,"id":"20130","part_type":"ticket_state_updated_by_admin","previous_ticket_state":"submitted","redacted":false,"ticket_state":"in_progress","type":"ticket_part","updated_at":1767956400},{"assigned_to":{"id":"7301955","type":"admin"},"attachments":[],"author":{"email":"maeve.donnelly@example.com","id":"7301942","name":"Maeve Donnelly","type":"admin"},"created_at":1767956400,"id":"20131","part_type":"assignment","redacted":false,"type":"ticket_part","updated_at":1767956400}],"total_count":2,"type":"ticket_part.list"},"ticket_state":{"category":"in_progress","external_label":"Being handled","id":"5121","internal_label":"With warehouse team","type":"ticket_state"},"type":"ticket","updated_at":1767956400}"#,
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >(
        "updateTicket 400 response `ticket_state_id_invalid`",
        r#"{"errors":[{"code":"ticket_state_id_invalid","message":"The ticket state does not exist or does not belong to this ticket type"}],"request_id":"3b7f0c52-91d4-4e0a-a6a8-5c2d9e71f4b0","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >(
        "updateTicket 401 response `unauthorized`",
        r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >(
        "updateTicket 404 response `assignee_not_found`",
        r#"{"errors":[{"code":"assignee_not_found","message":"No admin or team with this id was found"}],"request_id":"9e14d3a8-0b6c-4f57-8d21-b7a0e6c35f92","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::TicketDeleted,
    >(
        "deleteTicket 200 response `deleted`",
        r#"{"deleted":true,"id":"918","object":"ticket"}"#,
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >(
        "deleteTicket 401 response `unauthorized`",
        r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >(
        "deleteTicket 403 response `api_plan_restricted`",
        r#"{"errors":[{"code":"api_plan_restricted","message":"This feature requires an active paid subscription."}],"request_id":"c2e95b7d-4a10-4e38-9f6c-0d8a1b3e57a4","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >(
        "deleteTicket 404 response `ticket_not_found`",
        r#"{"errors":[{"code":"ticket_not_found","message":"No ticket with id 9999 was found"}],"request_id":"5f8a2c19-7d3e-4b60-a1f4-92c6e0d8b37e","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::ReplyTicketRequest,
    >(
        "replyTicket request `admin_note`",
        r#"{"admin_id":"7301942","body":"<p>Warehouse confirmed the frame was packed without foam.</p>","message_type":"note","type":"admin"}"#,
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::ReplyTicketRequest,
    >(
        "replyTicket request `admin_comment_silent`",
        r#"{"admin_id":"7301942","body":"A replacement frame ships tomorrow.","message_type":"comment","skip_notifications":true,"type":"admin"}"#,
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::ReplyTicketRequest,
    >(
        "replyTicket request `admin_quick_reply`",
        r#"{"admin_id":"7301942","message_type":"quick_reply","reply_options":[{"text":"Replace the frame","uuid":"2f0c6a8e-5b1d-4e37-9a42-7c81d3e06b59"},{"text":"Refund the order","uuid":"8d4e1b7a-3c69-4f20-b5e8-0a92c7f61d34"}],"type":"admin"}"#,
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::ReplyTicketRequest,
    >(
        "replyTicket request `tracker_note_cross_post`",
        r#"{"admin_id":"7301942","body":"<p>The payment provider has fixed the outage.</p>","cross_post":true,"message_type":"note","type":"admin"}"#,
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::ReplyTicketRequest,
    >(
        "replyTicket request `contact_comment`",
        r#"{"attachment_urls":["https://files.example.org/uploads/frame-scratch-1.jpg"],"body":"Here are the photos you asked for.","intercom_user_id":"66a1f3c2b8e4d70012ab34cd","message_type":"comment","type":"user"}"#,
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::TicketReply,
    >(
        "replyTicket 200 response `admin_note`",
        r#"{"attachments":[],"author":{"email":"maeve.donnelly@example.com","id":"7301942","name":"Maeve Donnelly","type":"admin"},"body":"<p>Warehouse confirmed the frame was packed without foam.</p>","created_at":1767960000,"id":"20140","part_type":"note","redacted":false,"type":"ticket_part","updated_at":1767960000}"#,
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::TicketReply,
    >(
        "replyTicket 200 response `admin_comment_translated`",
        r#"{"attachments":[],"author":{"email":"maeve.donnelly@example.com","id":"7301942","name":"Maeve Donnelly","type":"admin"},"body":"<p>A replacement frame ships tomorrow.</p>","created_at":1767960300,"id":"20141","part_type":"comment","redacted":false,"translations":{"en":"<p>A replacement frame ships tomorrow.</p>","es":"<p>Un cuadro de repuesto sale mañana.</p>","original":"en"},"type":"ticket_part","updated_at":1767960300}"#,
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::TicketReply,
    >(
        "replyTicket 200 response `admin_quick_reply`",
        r#"{"attachments":[],"author":{"email":"maeve.donnelly@example.com","id":"7301942","name":"Maeve Donnelly","type":"admin"},"body":null,"created_at":1767960600,"id":"20142","part_type":"quick_reply","redacted":false,"type":"ticket_part","updated_at":1767960600}"#,
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >(
        "replyTicket 400 response `contact_reply_on_back_office`",
        r#"{"errors":[{"code":"parameter_mismatch","message":"Contacts cannot reply to back-office tickets"}],"request_id":"0d6b9f43-2e81-4c75-b3a9-61f7e2c084d5","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >(
        "replyTicket 401 response `unauthorized`",
        r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >(
        "replyTicket 404 response `not_found`",
        r#"{"errors":[{"code":"not_found","message":"Resource not found"}],"request_id":"a71c4e08-6f93-4d2b-8e5a-3c09b1d7f624","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::LinkConversationToTicketRequest,
    >(
        "linkConversationToTicket request `link`",
        r#"{"conversation_id":"1274"}"#,
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Conversation,
    >(
        "linkConversationToTicket 200 response `linked`",
        r#"{"admin_assignee_id":null,"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"created_at":1767948000,"id":"1274","linked_objects":{"data":[{"category":"Tracker","id":"934","type":"ticket"}],"has_more":false,"total_count":1,"type":"list"},"open":true,"priority":"none","read":true,"snoozed_until":null,"source":{"attachments":[],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The checkout page keeps spinning when I pay.</p>","delivered_as":"customer_initiated","id":"600211734","redacted":false,"subject":"","type":"conversation","url":"https://shop.example.org/checkout"},"state":"open","team_assignee_id":null,"title":null,"type":"conversation","updated_at":1767961200,"waiting_since":1767948000}"#,
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >(
        "linkConversationToTicket 400 response `parameter_not_found`",
        r#"{"errors":[{"code":"parameter_not_found","field":"conversation_id","message":"conversation_id must be supplied"}],"request_id":"1c5e7a92-0f34-4d8b-b6e1-28a9d3f70c45","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >(
        "linkConversationToTicket 400 response `invalid_ticket_type`",
        r#"{"errors":[{"code":"invalid_ticket_type","message":"Conversations can only be linked to tracker tickets"}],"request_id":"2d6f8b03-1a45-4e9c-87f2-39b0e4a81d56","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >(
        "linkConversationToTicket 400 response `already_linked_to_tracker`",
        r#"{"errors":[{"code":"already_linked_to_tracker","message":"This conversation is already linked to another tracker ticket"}],"request_id":"3e7a9c14-2b56-4fad-98a3-4ac1f5b92e67","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >(
        "linkConversationToTicket 400 response `linked_conversation_limit_exceeded`",
        r#"{"errors":[{"code":"linked_conversation_limit_exceeded","message":"This tracker ticket cannot accept more linked conversations"}],"request_id":"4f8b0d25-3c67-4b0e-a9b4-5bd206ca3f78","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >(
        "linkConversationToTicket 400 response `intercom_version_invalid`",
        r#"{"errors":[{"code":"intercom_version_invalid","message":"Linking conversations requires a newer Intercom-Version"}],"request_id":"5a9c1e36-4d78-4c1f-b0c5-6ce317db4a89","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >(
        "linkConversationToTicket 401 response `unauthorized`",
        r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >(
        "linkConversationToTicket 404 response `ticket_not_found`",
        r#"{"errors":[{"code":"ticket_not_found","message":"No ticket with id 9999 was found"}],"request_id":"6b0d2f47-5e89-4d20-81d6-7df428ec5b90","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >(
        "linkConversationToTicket 404 response `conversation_not_found`",
        r#"{"errors":[{"code":"conversation_not_found","message":"No conversation with id 99999 was found"}],"request_id":"7c1e3058-6f9a-4e31-92e7-8e0539fd6ca1","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Conversation,
    >(
        "unlinkConversationFromTicket 200 response `unlinked`",
        r#"{"admin_assignee_id":null,"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"created_at":1767948000,"id":"1274","linked_objects":{"data":[],"has_more":false,"total_count":0,"type":"list"},"open":true,"priority":"none","read":true,"snoozed_until":null,"source":{"attachments":[],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The checkout page keeps spinning when I pay.</p>","delivered_as":"customer_initiated","id":"600211734","redacted":false,"subject":"","type":"conversation","url":"https://shop.example.org/checkout"},"state":"open","team_assignee_id":null,"title":null,"type":"conversation","updated_at":1767964800,"waiting_since":1767948000}"#,
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >(
        "unlinkConversationFromTicket 400 response `invalid_ticket_type`",
        r#"{"errors":[{"code":"invalid_ticket_type","message":"Conversations can only be unlinked from tracker tickets"}],"request_id":"8d2f4169-7a0b-4f42-a3f8-9f164a0e7db2","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >(
        "unlinkConversationFromTicket 400 response `intercom_version_invalid`",
        r#"{"errors":[{"code":"intercom_version_invalid","message":"Unlinking conversations requires a newer Intercom-Version"}],"request_id":"9e305a7b-8b1c-4053-b4a9-a0275b1f8ec3","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >(
        "unlinkConversationFromTicket 401 response `unauthorized`",
        r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >(
        "unlinkConversationFromTicket 404 response `ticket_not_found`",
        r#"{"errors":[{"code":"ticket_not_found","message":"No ticket with id 9999 was found"}],"request_id":"af416b8c-9c2d-4164-85ba-b1386c209fd4","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "tickets")]
    check::<
        intercom_client::types::Error,
    >(
        "unlinkConversationFromTicket 404 response `conversation_not_found`",
        r#"{"errors":[{"code":"conversation_not_found","message":"Conversation 1274 is not linked to ticket 934"}],"request_id":"b0527c9d-ad3e-4275-96cb-c2497d31a0e5","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "visitors")]
    check::<
        intercom_client::types::Visitor,
    >(
        "retrieveVisitorWithUserId 200 response `anonymous_visitor`",
        r#"{"anonymous":true,"app_id":"k7t2qz9x","avatar":{"image_url":"https://static.example.com/pseudonyms/teal-lantern.png","type":"avatar"},"companies":{"companies":[],"type":"company.list"},"created_at":1767957000,"custom_attributes":{"landing_page":"/pricing"},"do_not_track":false,"email":"","has_hard_bounced":false,"id":"6790ab12c4e5f60017d2e8a1","last_request_at":1767958200,"location_data":{"city_name":"Galway","continent_code":"EU","country_code":"IRL","country_name":"Ireland","postal_code":"H91","region_name":"Connacht","timezone":"Europe/Dublin","type":"location_data"},"marked_email_as_spam":false,"name":null,"owner_id":null,"phone":null,"pseudonym":"Teal Lantern from Galway","referrer":"https://www.example.net/bike-reviews","remote_created_at":1767957000,"segments":{"segments":[],"type":"segment.list"},"session_count":2,"signed_up_at":1767957000,"social_profiles":{"social_profiles":[],"type":"social_profile.list"},"tags":{"tags":[],"type":"tag.list"},"type":"visitor","unsubscribed_from_emails":false,"updated_at":1767958200,"user_id":"4b9e2f70-13c8-4a5d-9e61-c07d8a2b35f4","utm_campaign":"spring-sale","utm_content":null,"utm_medium":"cpc","utm_source":"newsletter","utm_term":null}"#,
        &mut report,
    );
    #[cfg(feature = "visitors")]
    check::<
        intercom_client::types::Error,
    >(
        "retrieveVisitorWithUserId 401 response `unauthorized`",
        r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "visitors")]
    check::<
        intercom_client::types::Error,
    >(
        "retrieveVisitorWithUserId 404 response `not_found`",
        r#"{"errors":[{"code":"not_found","message":"Visitor Not Found"}],"request_id":"9c5f3db1-6084-4eca-97b9-cf4ea03b1528","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "visitors")]
    check::<
        intercom_client::types::UpdateVisitorRequest,
    >(
        "updateVisitor request `by_id`",
        r#"{"id":"6790ab12c4e5f60017d2e8a1","name":"Aoife Brennan"}"#,
        &mut report,
    );
    #[cfg(feature = "visitors")]
    check::<
        intercom_client::types::UpdateVisitorRequest,
    >(
        "updateVisitor request `by_user_id`",
        r#"{"custom_attributes":{"landing_page":"/pricing","preferred_size":"M"},"user_id":"4b9e2f70-13c8-4a5d-9e61-c07d8a2b35f4"}"#,
        &mut report,
    );
    #[cfg(feature = "visitors")]
    check::<
        intercom_client::types::Visitor,
    >(
        "updateVisitor 200 response `named_visitor`",
        r#"{"anonymous":true,"app_id":"k7t2qz9x","avatar":{"image_url":"https://static.example.com/pseudonyms/teal-lantern.png","type":"avatar"},"companies":{"companies":[],"type":"company.list"},"created_at":1767957000,"custom_attributes":{},"do_not_track":null,"email":"","has_hard_bounced":false,"id":"6790ab12c4e5f60017d2e8a1","last_request_at":1767958200,"location_data":{"city_name":"Galway","country_name":"Ireland","timezone":"Europe/Dublin","type":"location_data"},"marked_email_as_spam":false,"name":"Aoife Brennan","owner_id":null,"phone":null,"pseudonym":"Teal Lantern from Galway","referrer":null,"remote_created_at":1767957000,"segments":{"segments":[],"type":"segment.list"},"session_count":2,"signed_up_at":1767957000,"social_profiles":{"social_profiles":[],"type":"social_profile.list"},"tags":{"tags":[{"id":"730115","name":"pricing-page","type":"tag"}],"type":"tag.list"},"type":"visitor","unsubscribed_from_emails":false,"updated_at":1767961800,"user_id":"4b9e2f70-13c8-4a5d-9e61-c07d8a2b35f4","utm_campaign":null,"utm_content":null,"utm_medium":null,"utm_source":null,"utm_term":null}"#,
        &mut report,
    );
    #[cfg(feature = "visitors")]
    check::<
        intercom_client::types::Error,
    >(
        "updateVisitor 401 response `unauthorized`",
        r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "visitors")]
    check::<
        intercom_client::types::Error,
    >(
        "updateVisitor 404 response `not_found`",
        r#"{"errors":[{"code":"not_found","message":"Visitor Not Found"}],"request_id":"9c5f3db1-6084-4eca-97b9-cf4ea03b1528","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "visitors")]
    check::<
        intercom_client::types::ConvertVisitorRequest,
    >(
        "convertVisitor request `to_user`",
        r#"{"type":"user","user":{"email":"tomas.reyes@example.org","user_id":"cust-20931"},"visitor":{"user_id":"4b9e2f70-13c8-4a5d-9e61-c07d8a2b35f4"}}"#,
        &mut report,
    );
    #[cfg(feature = "visitors")]
    check::<
        intercom_client::types::Contact,
    >(
        "convertVisitor 200 response `converted`",
        r#"{"android_app_name":null,"android_app_version":null,"android_device":null,"android_last_seen_at":null,"android_os_version":null,"android_sdk_version":null,"avatar":null,"browser":"firefox","browser_language":"en-IE","browser_version":"133.0","companies":{"data":[],"has_more":false,"total_count":0,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/companies"},"created_at":1767957000,"custom_attributes":{"landing_page":"/pricing"},"email":"tomas.reyes@example.org","email_domain":"example.org","enabled_push_messaging":null,"external_id":"cust-20931","formatted_phone":null,"has_hard_bounced":false,"id":"66a1f3c2b8e4d70012ab34cd","ios_app_name":null,"ios_app_version":null,"ios_device":null,"ios_last_seen_at":null,"ios_os_version":null,"ios_sdk_version":null,"language_override":null,"last_contacted_at":null,"last_email_clicked_at":null,"last_email_opened_at":null,"last_replied_at":null,"last_seen_at":1767958200,"location":{"city":"Galway","country":"Ireland","region":"Connacht","type":"location"},"marked_email_as_spam":false,"name":null,"notes":{"data":[],"has_more":false,"total_count":0,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/notes"},"os":"Linux","owner_id":null,"phone":null,"role":"user","signed_up_at":1767962400,"social_profiles":{"data":[],"type":"list"},"tags":{"data":[],"has_more":false,"total_count":0,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/tags"},"type":"contact","unsubscribed_from_emails":false,"updated_at":1767962400,"workspace_id":"k7t2qz9x"}"#,
        &mut report,
    );
    #[cfg(feature = "visitors")]
    check::<
        intercom_client::types::Error,
    >(
        "convertVisitor 401 response `unauthorized`",
        r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "visitors")]
    check::<
        intercom_client::types::Visitor,
    >(
        "retrieveVisitor 200 response `visitor`",
        r#"{"anonymous":true,"app_id":"k7t2qz9x","avatar":{"image_url":null,"type":"avatar"},"companies":{"companies":[],"type":"company.list"},"created_at":1767957000,"custom_attributes":{},"do_not_track":null,"email":"","has_hard_bounced":false,"id":"6790ab12c4e5f60017d2e8a1","last_request_at":1767958200,"location_data":{"city_name":"Galway","country_name":"Ireland","type":"location_data"},"marked_email_as_spam":false,"name":null,"owner_id":"7301942","phone":null,"pseudonym":"Teal Lantern from Galway","referrer":null,"remote_created_at":1767957000,"segments":{"segments":[],"type":"segment.list"},"session_count":2,"signed_up_at":1767957000,"social_profiles":{"social_profiles":[],"type":"social_profile.list"},"tags":{"tags":[],"type":"tag.list"},"type":"visitor","unsubscribed_from_emails":false,"updated_at":1767958200,"user_id":"4b9e2f70-13c8-4a5d-9e61-c07d8a2b35f4","utm_campaign":null,"utm_content":null,"utm_medium":null,"utm_source":null,"utm_term":null}"#,
        &mut report,
    );
    #[cfg(feature = "visitors")]
    check::<
        intercom_client::types::Error,
    >(
        "retrieveVisitor 401 response `unauthorized`",
        r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "visitors")]
    check::<
        intercom_client::types::Error,
    >(
        "retrieveVisitor 404 response `not_found`",
        r#"{"errors":[{"code":"not_found","message":"Visitor Not Found"}],"request_id":"9c5f3db1-6084-4eca-97b9-cf4ea03b1528","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "visitors")]
    check::<
        intercom_client::types::VisitorDeletedObject,
    >(
        "deleteVisitor 200 response `deleted`",
        r#"{"id":"6790ab12c4e5f60017d2e8a1","type":"visitor","user_id":"4b9e2f70-13c8-4a5d-9e61-c07d8a2b35f4"}"#,
        &mut report,
    );
    #[cfg(feature = "visitors")]
    check::<
        intercom_client::types::Error,
    >(
        "deleteVisitor 401 response `unauthorized`",
        r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "visitors")]
    check::<
        intercom_client::types::Error,
    >(
        "deleteVisitor 404 response `not_found`",
        r#"{"errors":[{"code":"not_found","message":"Visitor Not Found"}],"request_id":"9c5f3db1-6084-4eca-97b9-cf4ea03b1528","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Contact,
    >(
        "ShowContact 200 response `user`",
        r#"{"android_app_name":null,"android_app_version":null,"android_device":null,"android_last_seen_at":null,"android_os_version":null,"android_sdk_version":null,"avatar":{"image_url":"https://static.example.com/avatars/tomas.jpg","type":"avatar"},"browser":"firefox","browser_language":"en-IE","browser_version":"133.0","companies":{"data":[{"id":"66a1f40ab8e4d70012ab3501","type":"company","url":"/companies/66a1f40ab8e4d70012ab3501"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/companies"},"created_at":1767957000,"custom_attributes":{"lifetime_orders":4,"loyalty_tier":"silver"},"email":"tomas.reyes@example.org","email_domain":"example.org","enabled_push_messaging":true,"external_id":"cust-20931","formatted_phone":"+353871234567","has_hard_bounced":false,"id":"66a1f3c2b8e4d70012ab34cd","ios_app_name":"Northwind Ride","ios_app_version":"4.2.1","ios_device":"iPhone 15","ios_last_seen_at":1767900000,"ios_os_version":"18.2","ios_sdk_version":"17.3.0","language_override":"es","last_contacted_at":1767968000,"last_email_clicked_at":null,"last_email_opened_at":null,"last_replied_at":1767968300,"last_seen_at":1767966000,"location":{"city":"Galway","country":"Ireland","region":"Connacht","type":"location"},"marked_email_as_spam":false,"name":"Tomás Reyes","notes":{"data":[{"id":"5510932","type":"note","url":"/notes/5510932"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/notes"},"os":"Linux","owner_id":"7301942","phone":"+353 87 123 4567","role":"user","signed_up_at":1767962400,"social_profiles":{"data":[{"name":"Strava","type":"social_profile","url":"https://www.strava.com/athletes/20931"}],"type":"list"},"tags":{"data":[{"id":"730122","type":"tag","url":"/tags/730122"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/tags"},"type":"contact","unsubscribed_from_emails":false,"updated_at":1767962400,"workspace_id":"k7t2qz9x"}"#,
        &mut report,
    );
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >(
        "ShowContact 401 response `unauthorized`",
        r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >(
        "ShowContact 404 response `not_found`",
        r#"{"errors":[{"code":"not_found","message":"User Not Found"}],"request_id":"c16a8dae-be4f-4386-a7dc-d35a8e42b1f6","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >(
        "ShowContact 410 response `contact_merged`",
        r#"{"errors":[{"code":"contact_merged","message":"This contact was merged; follow the Link header to the surviving contact."}],"request_id":"ad604ec2-7195-4fdb-a8ca-d05fb14c2639","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Contact,
    >(
        "ShowContactByExternalId 200 response `user`",
        r#"{"android_app_name":null,"android_app_version":null,"android_device":null,"android_last_seen_at":null,"android_os_version":null,"android_sdk_version":null,"avatar":{"image_url":"https://static.example.com/avatars/tomas.jpg","type":"avatar"},"browser":"firefox","browser_language":"en-IE","browser_version":"133.0","companies":{"data":[{"id":"66a1f40ab8e4d70012ab3501","type":"company","url":"/companies/66a1f40ab8e4d70012ab3501"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/companies"},"created_at":1767957000,"custom_attributes":{"lifetime_orders":4,"loyalty_tier":"silver"},"email":"tomas.reyes@example.org","email_domain":"example.org","enabled_push_messaging":true,"external_id":"cust-20931","formatted_phone":"+353871234567","has_hard_bounced":false,"id":"66a1f3c2b8e4d70012ab34cd","ios_app_name":"Northwind Ride","ios_app_version":"4.2.1","ios_device":"iPhone 15","ios_last_seen_at":1767900000,"ios_os_version":"18.2","ios_sdk_version":"17.3.0","language_override":"es","last_contacted_at":1767968000,"last_email_clicked_at":null,"last_email_opened_at":null,"last_replied_at":1767968300,"last_seen_at":1767966000,"location":{"city":"Galway","country":"Ireland","region":"Connacht","type":"location"},"marked_email_as_spam":false,"name":"Tomás Reyes","notes":{"data":[{"id":"5510932","type":"note","url":"/notes/5510932"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/notes"},"os":"Linux","owner_id":"7301942","phone":"+353 87 123 4567","role":"user","signed_up_at":1767962400,"social_profiles":{"data":[{"name":"Strava","type":"social_profile","url":"https://www.strava.com/athletes/20931"}],"type":"list"},"tags":{"data":[{"id":"730122","type":"tag","url":"/tags/730122"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/tags"},"type":"contact","unsubscribed_from_emails":false,"updated_at":1767962400,"workspace_id":"k7t2qz9x"}"#,
        &mut report,
    );
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >(
        "ShowContactByExternalId 401 response `unauthorized`",
        r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >(
        "ShowContactByExternalId 404 response `not_found`",
        r#"{"errors":[{"code":"not_found","message":"User Not Found"}],"request_id":"d27b9ebf-cf50-4497-b8ed-e46b9f53c207","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >(
        "ShowContactByExternalId 410 response `contact_merged`",
        r#"{"errors":[{"code":"contact_merged","message":"This contact was merged; follow the Link header to the surviving contact."}],"request_id":"ad604ec2-7195-4fdb-a8ca-d05fb14c2639","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::ContactSearchRequest,
    >(
        "SearchContacts request `phone_and_recent`",
        r#"{"pagination":{"per_page":2},"query":{"operator":"AND","value":[{"field":"formatted_phone","operator":"^","value":"+353"},{"field":"created_at","operator":">","value":1767225600},{"field":"role","operator":"=","value":"user"}]},"sort":{"field":"created_at","order":"descending"}}"#,
        &mut report,
    );
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::ContactSearchRequest,
    >(
        "SearchContacts request `next_page`",
        r#"{"pagination":{"per_page":2,"starting_after":"WzE3Njc5NTcwMDAwMDAsIjY2YTFmM2MyIl0="},"query":{"field":"email_domain","operator":"=","value":"example.org"}}"#,
        &mut report,
    );
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::ContactList,
    >(
        "SearchContacts 200 response `first_page`",
        r#"{"data":[{"created_at":1767957000,"custom_attributes":{},"email":"tomas.reyes@example.org","email_domain":"example.org","external_id":"cust-20931","formatted_phone":"+353871234567","id":"66a1f3c2b8e4d70012ab34cd","last_seen_at":1767958200,"name":"Tomás Reyes","phone":"+353 87 123 4567","role":"user","signed_up_at":1767962400,"type":"contact","updated_at":1767962400,"workspace_id":"k7t2qz9x"},{"created_at":1767600000,"custom_attributes":{"loyalty_tier":"gold"},"email":"niamh.walsh@example.org","email_domain":"example.org","external_id":"cust-21004","formatted_phone":"+353865550142","id":"66b0c7d9e1f2a30014cd56ef","last_seen_at":null,"name":"Niamh Walsh","phone":"+353 86 555 0142","role":"user","signed_up_at":1767600000,"type":"contact","updated_at":1767700000,"workspace_id":"k7t2qz9x"}],"pages":{"next":{"per_page":2,"starting_after":"WzE3Njc2MDAwMDAwMDAsIjY2YjBjN2Q5Il0="},"page":1,"per_page":2,"total_pages":2,"type":"pages"},"total_count":3,"type":"list"}"#,
        &mut report,
    );
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::ContactList,
    >(
        "SearchContacts 200 response `no_matches`",
        r#"{"data":[],"pages":{"page":1,"per_page":2,"total_pages":0,"type":"pages"},"total_count":0,"type":"list"}"#,
        &mut report,
    );
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >(
        "SearchContacts 400 response `invalid_sort_order`",
        r#"{"errors":[{"code":"invalid_sort_order","message":"Sort order 'desc' is not supported; use ascending or descending"}],"request_id":"e38cafc0-d061-45a8-89f0-f57c0a64d318","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "contacts")]
    check::<
        intercom_client::types::Error,
    >(
        "SearchContacts 401 response `unauthorized`",
        r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "custom_object_instances")]
    check::<
        intercom_client::types::ListCustomObjectInstancesResponse,
    >(
        "listCustomObjectInstances 200 response `page`",
        r#"{"data":[{"created_at":1767949260,"custom_attributes":{"currency":"EUR","status":"delivered","total_amount":"1249.00"},"external_created_at":1767604800,"external_id":"NW-20931","external_updated_at":1767949200,"id":"40117","type":"Order","updated_at":1767949260},{"created_at":1766400000,"custom_attributes":{"currency":"EUR","status":"refunded","total_amount":"89.50"},"external_created_at":null,"external_id":"NW-19877","external_updated_at":null,"id":"40098","type":"Order","updated_at":1766400000}],"pages":{"next":null,"page":1,"per_page":20,"total_pages":1,"type":"pages"},"total_count":2,"type":"list"}"#,
        &mut report,
    );
    #[cfg(feature = "custom_object_instances")]
    check::<
        intercom_client::types::ListCustomObjectInstancesResponse,
    >(
        "listCustomObjectInstances 200 response `by_external_id`",
        r#"{"created_at":1767949260,"custom_attributes":{"currency":"EUR","status":"delivered","total_amount":"1249.00"},"external_created_at":1767604800,"external_id":"NW-20931","external_updated_at":1767949200,"id":"40117","type":"Order","updated_at":1767949260}"#,
        &mut report,
    );
    #[cfg(feature = "custom_object_instances")]
    check::<
        intercom_client::types::Error,
    >(
        "listCustomObjectInstances 401 response `unauthorized`",
        r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "custom_object_instances")]
    check::<
        intercom_client::types::Error,
    >(
        "listCustomObjectInstances 404 response `type_not_found`",
        r#"{"errors":[{"code":"not_found","message":"Custom object type `Shipment` not found"}],"request_id":"be715fd3-82a6-4a0c-b9db-e16ac25d374a","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "custom_object_instances")]
    check::<
        intercom_client::types::CreateOrUpdateCustomObjectInstanceRequest,
    >(
        "createCustomObjectInstances request `order`",
        r#"{"custom_attributes":{"currency":"EUR","status":"delivered","total_amount":"1249.00"},"external_created_at":1767604800,"external_id":"NW-20931","external_updated_at":1767949200}"#,
        &mut report,
    );
    #[cfg(feature = "custom_object_instances")]
    check::<
        intercom_client::types::CustomObjectInstance,
    >(
        "createCustomObjectInstances 200 response `order`",
        r#"{"created_at":1767949260,"custom_attributes":{"currency":"EUR","status":"delivered","total_amount":"1249.00"},"external_created_at":1767604800,"external_id":"NW-20931","external_updated_at":1767949200,"id":"40117","type":"Order","updated_at":1767949260}"#,
        &mut report,
    );
    #[cfg(feature = "custom_object_instances")]
    check::<
        intercom_client::types::Error,
    >(
        "createCustomObjectInstances 401 response `unauthorized`",
        r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "custom_object_instances")]
    check::<
        intercom_client::types::Error,
    >(
        "createCustomObjectInstances 404 response `type_not_found`",
        r#"{"errors":[{"code":"not_found","message":"Custom object type `Shipment` not found"}],"request_id":"be715fd3-82a6-4a0c-b9db-e16ac25d374a","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "custom_object_instances")]
    check::<
        intercom_client::types::CustomObjectInstanceDeleted,
    >(
        "deleteCustomObjectInstancesById 200 response `deleted`",
        r#"{"deleted":true,"id":"40098","object":"Order"}"#,
        &mut report,
    );
    #[cfg(feature = "custom_object_instances")]
    check::<
        intercom_client::types::Error,
    >(
        "deleteCustomObjectInstancesById 401 response `unauthorized`",
        r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "custom_object_instances")]
    check::<
        intercom_client::types::Error,
    >(
        "deleteCustomObjectInstancesById 404 response `instance_not_found`",
        r#"{"errors":[{"code":"not_found","message":"No Order instance exists with this id"}],"request_id":"cf8260e4-93b7-4b1d-8aec-f27bd36e485b","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "custom_object_instances")]
    check::<
        intercom_client::types::CustomObjectInstance,
    >(
        "getCustomObjectInstancesById 200 response `order`",
        r#"{"created_at":1767949260,"custom_attributes":{"currency":"EUR","status":"delivered","total_amount":"1249.00"},"external_created_at":1767604800,"external_id":"NW-20931","external_updated_at":1767949200,"id":"40117","type":"Order","updated_at":1767949260}"#,
        &mut report,
    );
    #[cfg(feature = "custom_object_instances")]
    check::<
        intercom_client::types::Error,
    >(
        "getCustomObjectInstancesById 401 response `unauthorized`",
        r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "custom_object_instances")]
    check::<
        intercom_client::types::Error,
    >(
        "getCustomObjectInstancesById 404 response `instance_not_found`",
        r#"{"errors":[{"code":"not_found","message":"No Order instance exists with this id"}],"request_id":"cf8260e4-93b7-4b1d-8aec-f27bd36e485b","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "custom_object_instances")]
    check::<
        intercom_client::types::CustomObjectInstanceDeleted,
    >(
        "deleteCustomObjectInstancesByExternalId 200 response `deleted`",
        r#"{"deleted":true,"id":"40117","object":"Order"}"#,
        &mut report,
    );
    #[cfg(feature = "custom_object_instances")]
    check::<
        intercom_client::types::Error,
    >(
        "deleteCustomObjectInstancesByExternalId 401 response `unauthorized`",
        r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "custom_object_instances")]
    check::<
        intercom_client::types::Error,
    >(
        "deleteCustomObjectInstancesByExternalId 404 response `instance_not_found`",
        r#"{"errors":[{"code":"not_found","message":"No Order instance exists with this id"}],"request_id":"cf8260e4-93b7-4b1d-8aec-f27bd36e485b","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "ai_content")]
    check::<
        intercom_client::types::ContentImportSourcesList,
    >(
        "listContentImportSources 200 response `sources`",
        r#"{"data":[{"audience_ids":[3391],"created_at":1764547200,"id":2207,"last_synced_at":1767864000,"status":"active","sync_behavior":"api","type":"content_import_source","updated_at":1767864000,"url":"https://partners.example.org/kb"},{"audience_ids":[],"created_at":1765000000,"id":2211,"last_synced_at":1766000000,"status":"deactivated","sync_behavior":"automatic","type":"content_import_source","updated_at":1766500000,"url":"https://docs.example.org/"}],"pages":{"page":1,"per_page":50,"total_pages":1,"type":"pages"},"total_count":2,"type":"list"}"#,
        &mut report,
    );
    #[cfg(feature = "ai_content")]
    check::<
        intercom_client::types::Error,
    >(
        "listContentImportSources 401 response `unauthorized`",
        r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "ai_content")]
    check::<
        intercom_client::types::CreateContentImportSourceRequest,
    >(
        "createContentImportSource request `partner_kb`",
        r#"{"audience_ids":[3391],"status":"active","sync_behavior":"api","url":"https://partners.example.org/kb"}"#,
        &mut report,
    );
    #[cfg(feature = "ai_content")]
    check::<
        intercom_client::types::ContentImportSource,
    >(
        "createContentImportSource 200 response `created`",
        r#"{"audience_ids":[3391],"created_at":1764547200,"id":2207,"last_synced_at":1764547200,"status":"active","sync_behavior":"api","type":"content_import_source","updated_at":1764547200,"url":"https://partners.example.org/kb"}"#,
        &mut report,
    );
    #[cfg(feature = "ai_content")]
    check::<
        intercom_client::types::Error,
    >(
        "createContentImportSource 401 response `unauthorized`",
        r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "ai_content")]
    check::<
        intercom_client::types::ContentImportSource,
    >(
        "getContentImportSource 200 response `source`",
        r#"{"audience_ids":[3391],"created_at":1764547200,"id":2207,"last_synced_at":1767864000,"status":"active","sync_behavior":"api","type":"content_import_source","updated_at":1767864000,"url":"https://partners.example.org/kb"}"#,
        &mut report,
    );
    #[cfg(feature = "ai_content")]
    check::<
        intercom_client::types::Error,
    >(
        "getContentImportSource 401 response `unauthorized`",
        r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "ai_content")]
    check::<
        intercom_client::types::UpdateContentImportSourceRequest,
    >(
        "updateContentImportSource request `deactivate`",
        r#"{"apply_audience_to_existing_content":true,"audience_ids":[3391,3402],"status":"deactivated","sync_behavior":"api","url":"https://partners.example.org/kb"}"#,
        &mut report,
    );
    #[cfg(feature = "ai_content")]
    check::<
        intercom_client::types::ContentImportSource,
    >(
        "updateContentImportSource 200 response `updated`",
        r#"{"audience_ids":[3391,3402],"created_at":1764547200,"id":2207,"last_synced_at":1767864000,"status":"deactivated","sync_behavior":"api","type":"content_import_source","updated_at":1767967200,"url":"https://partners.example.org/kb"}"#,
        &mut report,
    );
    #[cfg(feature = "ai_content")]
    check::<
        intercom_client::types::Error,
    >(
        "updateContentImportSource 401 response `unauthorized`",
        r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "ai_content")]
    check::<
        intercom_client::types::Error,
    >(
        "deleteContentImportSource 401 response `unauthorized`",
        r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "ai_content")]
    check::<
        intercom_client::types::ExternalPagesList,
    >(
        "listExternalPages 200 response `pages`",
        r#"{"data":[{"ai_agent_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"created_at":1767000000,"external_id":"kb-1182","fin_availability":true,"html":"<h1>Warranty claims</h1><p>Carbon frames carry a five year warranty.</p>","id":"8830","last_ingested_at":1767864060,"locale":"en","source_id":2207,"title":"Warranty claims for carbon frames","type":"external_page","updated_at":1767864000,"url":"https://partners.example.org/kb/warranty-carbon"}],"pages":{"page":1,"per_page":50,"total_pages":1,"type":"pages"},"total_count":1,"type":"list"}"#,
        &mut report,
    );
    #[cfg(feature = "ai_content")]
    check::<
        intercom_client::types::Error,
    >(
        "listExternalPages 401 response `unauthorized`",
        r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "ai_content")]
    check::<
        intercom_client::types::CreateExternalPageRequest,
    >(
        "createExternalPage request `warranty_page`",
        r#"{"ai_agent_availability":true,"ai_copilot_availability":true,"external_id":"kb-1182","html":"<h1>Warranty claims</h1><p>Carbon frames carry a five year warranty.</p>","locale":"en","source_id":2207,"title":"Warranty claims for carbon frames","url":"https://partners.example.org/kb/warranty-carbon"}"#,
        &mut report,
    );
    #[cfg(feature = "ai_content")]
    check::<
        intercom_client::types::ExternalPage,
    >(
        "createExternalPage 200 response `created`",
        r#"{"ai_agent_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"created_at":1767000000,"external_id":"kb-1182","fin_availability":true,"html":"<h1>Warranty claims</h1><p>Carbon frames carry a five year warranty.</p>","id":"8830","last_ingested_at":1767000060,"locale":"en","source_id":2207,"title":"Warranty claims for carbon frames","type":"external_page","updated_at":1767000000,"url":"https://partners.example.org/kb/warranty-carbon"}"#,
        &mut report,
    );
    #[cfg(feature = "ai_content")]
    check::<
        intercom_client::types::Error,
    >(
        "createExternalPage 401 response `unauthorized`",
        r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "ai_content")]
    check::<
        intercom_client::types::ExternalPage,
    >(
        "getExternalPage 200 response `page`",
        r#"{"ai_agent_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"created_at":1767000000,"external_id":"kb-1182","fin_availability":true,"html":"<h1>Warranty claims</h1><p>Carbon frames carry a five year warranty.</p>","id":"8830","last_ingested_at":1767864060,"locale":"en","source_id":2207,"title":"Warranty claims for carbon frames","type":"external_page","updated_at":1767864000,"url":"https://partners.example.org/kb/warranty-carbon"}"#,
        &mut report,
    );
    #[cfg(feature = "ai_content")]
    check::<
        intercom_client::types::Error,
    >(
        "getExternalPage 401 response `unauthorized`",
        r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "ai_content")]
    check::<
        intercom_client::types::UpdateExternalPageRequest,
    >(
        "updateExternalPage request `copilot_only`",
        r#"{"ai_agent_availability":false,"ai_copilot_availability":true,"external_id":"kb-1182","html":"<h1>Warranty claims</h1><p>Carbon frames carry a six year warranty from 2026.</p>","locale":"en","source_id":2207,"title":"Warranty claims for carbon frames","url":"https://partners.example.org/kb/warranty-carbon"}"#,
        &mut report,
    );
    #[cfg(feature = "ai_content")]
    check::<
        intercom_client::types::ExternalPage,
    >(
        "updateExternalPage 200 response `updated`",
        r#"{"ai_agent_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"created_at":1767000000,"external_id":"kb-1182","fin_availability":false,"html":"<h1>Warranty claims</h1><p>Carbon frames carry a six year warranty from 2026.</p>","id":"8830","last_ingested_at":1767970860,"locale":"en","source_id":2207,"title":"Warranty claims for carbon frames","type":"external_page","updated_at":1767970800,"url":"https://partners.example.org/kb/warranty-carbon"}"#,
        &mut report,
    );
    #[cfg(feature = "ai_content")]
    check::<
        intercom_client::types::Error,
    >(
        "updateExternalPage 401 response `unauthorized`",
        r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "ai_content")]
    check::<
        intercom_client::types::ExternalPage,
    >(
        "deleteExternalPage 200 response `deleted`",
        r#"{"ai_agent_availability":false,"ai_copilot_availability":false,"ai_sales_agent_availability":false,"created_at":1767000000,"external_id":"kb-1182","fin_availability":false,"html":"","id":"8830","last_ingested_at":1767970860,"locale":"en","source_id":2207,"title":"Warranty claims for carbon frames","type":"external_page","updated_at":1767974400,"url":"https://partners.example.org/kb/warranty-carbon"}"#,
        &mut report,
    );
    #[cfg(feature = "ai_content")]
    check::<
        intercom_client::types::Error,
    >(
        "deleteExternalPage 401 response `unauthorized`",
        r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Conversation,
    >(
        "retrieveConversation 200 response `messenger_conversation`",
        r#"{"admin_assignee_id":7301942,"ai_agent":{"content_sources":{"content_sources":[{"content_type":"external_content","locale":"en","title":"Warranty claims for carbon frames","url":"/fin-ai-agent/content?content=external_content&id=8830"}],"total_count":1,"type":"content_source.list"},"created_at":null,"last_answer_type":"ai_answer","rating":null,"rating_remark":null,"resolution_state":"escalated","source_title":"Delivery issues triage","source_type":"workflow","updated_at":null},"ai_agent_participated":true,"ai_topics":{"topics":[{"subtopics":[{"id":318,"name":"Damaged parcel","type":"ai_subtopic"}],"topic_name":"Deliveries","type":"ai_topic"}],"type":"ai_topics"},"channel":{"current":"messenger","initial":"messenger"},"company":null,"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"conversation_parts":{"conversation_parts":[{"app_package_code":null,"assigned_to":{"id":"88412","type":"team"},"attachments":[],"author":{"email":"operator+k7t2qz9x@intercom.io","from_ai_agent":false,"id":"7300001","is_ai_answer":false,"name":"Fin","type":"bot"},"body":null,"created_at":1767948120,"external_id":null,"id":"88120401","notified_at":1767948120,"part_type":"assignment","redacted":false,"state":"open","tags":[],"type":"conversation_part","updated_at":1767948120},{"app_package_code":null,"assigned_to":null,"attachments":[],"author":{"email":"maeve.donnelly@example.com","from_ai_agent":false,"id":"7301942","is_ai_answer":false,"name":"Maeve Donnelly","type":"admin"},"body":"<p>Sorry about that! Could you send a photo of the order label?</p>","created_at":1767948840,"external_id":null,"id":"88120420","notified_at":1767948840,"part_type":"comment","redacted":false,"state":"open","tags":null,"type":"conversation_part","updated_at":1767948840}],"total_count":2,"type":"conversation_part.list"},"conversation_rating":null,"created_at":1767948000,"custom_attributes":{"Bike model":"Gravel 2","Order":"NW-20931"},"external_references":[],"first_contact_reply":{"created_at":1767948000,"type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"id":"1274","linked_objects":{"data":[{"category":"Tracker","id":"934","type":"ticket"}],"has_more":false,"total_count":1,"type":"list"},"open":true,"priority":"high","read":false,"sales_agent":null,"sales_agent_participated":false,"sla_applied":{"sla_name":"Priority customers","sla_status":"active","type":"conversation_sla_summary"},"snoozed_until":null,"source":{"attachments":[{"content_type":"image/jpeg","filesize":482133,"height":1200,"name":"frame.jpg","type":"upload","url":"https://files.example.org/uploads/frame.jpg","width":1600}],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The frame I received is scratched.</p>","delivered_as":"customer_initiated","id":"600211734","redacted":false,"subject":"","type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"state":"open","statistics":{"adjusted_handling_time":null,"assigned_team_first_response_time":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"assigned_team_first_response_time_in_office_hours":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"count_assignments":1,"count_conversation_parts":4,"count_reopens":0,"first_admin_reply_at":1767948840,"first_assignment_at":1767948120,"first_close_at":null,"first_contact_reply_at":1767948000,"handling_time":null,"last_admin_reply_at":1767968000,"last_assignment_admin_reply_at":1767948840,"last_assignment_at":1767948120,"last_close_at":null,"last_closed_by_id":null,"last_contact_reply_at":1767968300,"median_time_to_reply":840,"time_to_admin_reply":840,"time_to_assignment":120,"time_to_first_close":null,"time_to_last_close":null,"type":"conversation_statistics"},"tags":{"tags":[{"applied_at":1767949000,"applied_by":{"id":"7301942","type":"admin"},"id":"730140","name":"damaged-in-transit","type":"tag"}],"type":"tag.list"},"team_assignee_id":88412,"teammates":{"teammates":[{"id":"7301942","type":"admin"}],"type":"admin.list"},"title":"Scratched frame on delivery","type":"conversation","updated_at":1767968300,"waiting_since":1767968300}"#,
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Conversation,
    >(
        "retrieveConversation 200 response `email_conversation`",
        r#"{"admin_assignee_id":null,"ai_agent":null,"ai_agent_participated":false,"channel":{"current":"email","initial":"email"},"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"conversation_parts":{"conversation_parts":[{"assigned_to":null,"attachments":[],"author":{"email":"maeve.donnelly@example.com","id":"7301942","name":"Maeve Donnelly","type":"admin"},"body":"<p>Here is a working tracking link.</p>","created_at":1767970500,"email_message_metadata":{"email_address_headers":[{"email_address":"tomas.reyes@example.org","name":"Tomás Reyes","type":"to"}],"message_id":"<ic-88120502@mail.example.com>","subject":"Re: Your order NW-20931 has shipped"},"external_id":null,"id":"88120502","notified_at":1767970500,"part_type":"comment","redacted":false,"type":"conversation_part","updated_at":1767970500}],"total_count":1,"type":"conversation_part.list"},"created_at":1767970000,"id":"1291","linked_objects":{"data":[],"has_more":false,"total_count":0,"type":"list"},"open":true,"priority":"none","read":false,"snoozed_until":null,"source":{"attachments":[],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The tracking link does not work.</p>","delivered_as":"customer_initiated","email_message_metadata":{"email_address_headers":[{"email_address":"tomas.reyes@example.org","name":"Tomás Reyes","type":"from"},{"email_address":"orders@example.com","name":null,"type":"to"}],"history":"<blockquote>Your order NW-20931 has shipped and is on its way.</blockquote>","message_id":"<CA+8fj2Q@mail.example.org>","subject":"Re: Your order NW-20931 has shipped"},"id":"600211790","recipients":[{"drop_reason":null,"email":"orders@example.com","type":"to"}],"redacted":false,"reply_to":[{"email":"tomas.reyes@example.org","name":"Tomás Reyes"}],"subject":"Re: Your order NW-20931 has shipped","type":"email","url":null},"state":"open","team_assignee_id":88412,"title":null,"type":"conversation","updated_at":1767970500,"waiting_since":1767970000}"#,
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Conversation,
    >(
        "retrieveConversation 200 response `with_qa_results`",
        r#"{"admin_assignee_id":7301942,"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"created_at":1767948000,"id":"1274","monitor_evaluations":[{"evaluated_at":1767972600,"explanation":"The customer asked for a refund twice without an answer.","monitor_id":"4410","monitor_name":"Refund requests left open","monitor_type":"prompt","result":"flagged"}],"open":false,"priority":"none","read":true,"scorecards":[{"ai_score":0.75,"evaluated_at":1767972600,"evaluators":[{"evaluator_id":"3318","result":{"other_text":null,"reason_ids":["61"],"reasoning":"Offered a replacement in the first reply.","source":"human","value":"pass"}},{"evaluator_id":"3319","result":null}],"name":"Delivery issue handling","passed":true,"reviewed_teammate":{"admin_id":"7301942","type":"admin"},"score":0.8,"scorecard_id":"902","scorecard_type":"human","scorecard_version_id":"907"}],"state":"closed","team_assignee_id":88412,"type":"conversation","updated_at":1767972600}"#,
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Error,
    >(
        "retrieveConversation 401 response `unauthorized`",
        r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Error,
    >(
        "retrieveConversation 403 response `api_plan_restricted`",
        r#"{"errors":[{"code":"api_plan_restricted","message":"This feature requires an active paid subscription."}],"request_id":"7a3d1b9f-4e62-4ca8-b5f7-ad2c8e19f306","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Error,
    >(
        "retrieveConversation 404 response `not_found`",
        r#"{"errors":[{"code":"not_found","message":"Resource not found"}],"request_id":"8b4e2ca0-5f73-4db9-86a8-be3d9f2a0417","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::ReplyConversationRequest,
    >(
        "replyConversation request `admin_quick_reply`",
        r#"{"admin_id":"7301942","body":"Would you like a replacement or a refund?","message_type":"quick_reply","reply_options":[{"text":"Replacement","uuid":"6a3f9d20-8e4b-4c17-b2d5-19e0f7a4c863"},{"text":"Refund","uuid":"c9e41b7f-2d08-4a6e-9f35-70b8d2a1e4c6"}],"type":"admin"}"#,
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::ReplyConversationRequest,
    >(
        "replyConversation request `admin_note`",
        r#"{"admin_id":"7301942","body":"<p>Customer is a gold loyalty member; offer free express shipping.</p>","message_type":"note","skip_unsnooze":true,"type":"admin"}"#,
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::ReplyConversationRequest,
    >(
        "replyConversation request `contact_picks_option`",
        r#"{"body":"Replacement","intercom_user_id":"66a1f3c2b8e4d70012ab34cd","message_type":"comment","reply_options":[{"text":"Replacement","uuid":"6a3f9d20-8e4b-4c17-b2d5-19e0f7a4c863"}],"type":"user"}"#,
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::ReplyConversationRequest,
    >(
        "replyConversation request `contact_by_email`",
        r#"{"body":"Thanks, that works for me.","email":"tomas.reyes@example.org","message_type":"comment","type":"user"}"#,
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Conversation,
    >(
        "replyConversation 200 response `admin_quick_reply`",
        r#"{"admin_assignee_id":7301942,"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"conversation_parts":{"conversation_parts":[{"app_package_code":"northwind-helpdesk-sync","assigned_to":null,"attachments":[],"author":{"email":"maeve.donnelly@example.com","id":"7301942","name":"Maeve Donnelly","type":"admin"},"body":"<p>Would you like a replacement or a refund?</p>","created_at":1767968000,"external_id":null,"id":"88120455","metadata":{"quick_reply_options":[{"text":"Replacement","translations":null,"uuid":"6a3f9d20-8e4b-4c17-b2d5-19e0f7a4c863"},{"text":"Refund","translations":null,"uuid":"c9e41b7f-2d08-4a6e-9f35-70b8d2a1e4c6"}]},"notified_at":1767968000,"part_type":"quick_reply","redacted":false,"type":"conversation_part","updated_at":1767968000}],"total_count":1,"type":"conversation_part.list"},"created_at":1767948000,"id":"1274","linked_objects":{"data":[],"has_more":false,"total_count":0,"type":"list"},"open":true,"priority":"none","read":true,"snoozed_until":null,"source":{"attachments":[],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The frame I received is scratched.</p>","delivered_as":"customer_initiated","id":"600211734","redacted":false,"subject":"","type":"conversation","url":null},"state":"open","team_assignee_id":88412,"title":null,"type":"conversation","updated_at":1767968000,"waiting_since":null}"#,
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Conversation,
    >(
        "replyConversation 200 response `contact_picks_option`",
        r#"{"admin_assignee_id":7301942,"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"conversation_parts":{"conversation_parts":[{"attachments":[],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>Replacement</p>","created_at":1767968300,"id":"88120461","metadata":{"quick_reply_uuid":"6a3f9d20-8e4b-4c17-b2d5-19e0f7a4c863"},"notified_at":1767968300,"part_type":"comment","redacted":false,"type":"conversation_part","updated_at":1767968300}],"total_count":1,"type":"conversation_part.list"},"created_at":1767948000,"id":"1274","open":true,"priority":"none","read":false,"snoozed_until":null,"state":"open","team_assignee_id":88412,"type":"conversation","updated_at":1767968300,"waiting_since":1767968300}"#,
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Error,
    >(
        "replyConversation 401 response `unauthorized`",
        r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Error,
    >(
        "replyConversation 403 response `api_plan_restricted`",
        r#"{"errors":[{"code":"api_plan_restricted","message":"This feature requires an active paid subscription."}],"request_id":"7a3d1b9f-4e62-4ca8-b5f7-ad2c8e19f306","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Error,
    >(
        "replyConversation 404 response `not_found`",
        r#"{"errors":[{"code":"not_found","message":"Resource not found"}],"request_id":"8b4e2ca0-5f73-4db9-86a8-be3d9f2a0417","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::ConvertConversationToTicketRequest,
    >(
        "convertConversationToTicket request `with_attributes`",
        r#"{"attributes":{"Order number":"NW-20931","_default_title_":"Frame arrived scratched"},"ticket_state_id":"5120","ticket_type_id":"41"}"#,
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::ConvertConversationToTicketRequest,
    >(
        "convertConversationToTicket request `tracker_type`",
        r#"{"ticket_type_id":"42"}"#,
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Ticket,
    >(
        "convertConversationToTicket 200 response `converted`",
        r#"{"admin_assignee_id":7301942,"category":"Customer","contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"created_at":1767948000,"id":"1274","is_shared":true,"linked_objects":{"data":[],"has_more":false,"total_count":0,"type":"list"},"open":true,"previous_ticket_state_id":null,"snoozed_until":null,"team_assignee_id":88412,"ticket_attributes":{"Order number":"NW-20931","_default_description_":null,"_default_title_":"Frame arrived scratched"},"ticket_id":"58","ticket_parts":{"ticket_parts":[{"attachments":[],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The frame I received is scratched.</p>","created_at":1767948000,"id":"20150","part_type":"comment","redacted":false,"type":"ticket_part","updated_at":1767948000},{"attachments":[],"author":{"email":"maeve.donnelly@example.com","id":"7301942","name":"Maeve Donnelly","type":"admin"},"created_at":1767969000,"id":"20151","part_type":"ticket_state_updated_by_admin","previous_ticket_state":"submitted","redacted":false,"ticket_state":"submitted","type":"ticket_part","updated_at":1767969000}],"total_count":2,"type":"ticket_part.list"},"ticket_state":{"category":"submitted","external_label":"Received","id":"5120","internal_label":"Submitted","type":"ticket_state"},"ticket_type":{"archived":false,"category":"Customer","created_at":1762250400,"description":"A parcel arrived broken or incomplete.","icon":"📦","id":"41","is_internal":false,"name":"Damaged delivery","type":"ticket_type","updated_at":1765929600,"workspace_id":"k7t2qz9x"},"type":"ticket","updated_at":1767969000}"#,
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Error,
    >(
        "convertConversationToTicket 400 response `not_customer_type`",
        r#"{"errors":[{"code":"parameter_invalid","message":"Only customer ticket types can be used to convert a conversation"}],"request_id":"f49dbe01-e172-46b9-9a01-a68d1b75e429","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Error,
    >(
        "convertConversationToTicket 401 response `unauthorized`",
        r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::HandlingEventList,
    >(
        "listHandlingEvents 200 response `pause_and_resume`",
        r#"{"handling_events":[{"reason":"Lunch","teammate":{"email":"maeve.donnelly@example.com","id":7301942,"name":"Maeve Donnelly","type":"admin"},"timestamp":"2026-01-09T12:30:00Z","type":"paused"},{"reason":null,"teammate":{"email":"maeve.donnelly@example.com","id":7301942,"name":"Maeve Donnelly","type":"admin"},"timestamp":"2026-01-09T13:05:00Z","type":"resumed"}]}"#,
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Error,
    >(
        "listHandlingEvents 401 response `unauthorized`",
        r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "conversations")]
    check::<
        intercom_client::types::Error,
    >(
        "listHandlingEvents 404 response `not_found`",
        r#"{"errors":[{"code":"not_found","message":"Resource not found"}],"request_id":"8b4e2ca0-5f73-4db9-86a8-be3d9f2a0417","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "conversation_parts")]
    check::<
        intercom_client::types::RedactConversationRequest,
    >(
        "redactConversation request `part`",
        r#"{"conversation_id":"1274","conversation_part_id":"88120470","type":"conversation_part"}"#,
        &mut report,
    );
    #[cfg(feature = "conversation_parts")]
    check::<
        intercom_client::types::RedactConversationRequest,
    >(
        "redactConversation request `source`",
        r#"{"conversation_id":"1274","source_id":"600211734","type":"source"}"#,
        &mut report,
    );
    #[cfg(feature = "conversation_parts")]
    check::<
        intercom_client::types::Conversation,
    >(
        "redactConversation 200 response `part_redacted`",
        r#"{"admin_assignee_id":7301942,"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"conversation_parts":{"conversation_parts":[{"app_package_code":null,"assigned_to":null,"attachments":[],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p><i>This message has been removed</i></p>","created_at":1767971000,"external_id":null,"id":"88120470","notified_at":1767971000,"part_type":"comment","redacted":true,"type":"conversation_part","updated_at":1767972000}],"total_count":1,"type":"conversation_part.list"},"created_at":1767948000,"id":"1274","linked_objects":{"data":[],"has_more":false,"total_count":0,"type":"list"},"open":true,"priority":"none","read":true,"snoozed_until":null,"source":{"attachments":[],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The frame I received is scratched.</p>","delivered_as":"customer_initiated","id":"600211734","redacted":false,"subject":"","type":"conversation","url":null},"state":"open","team_assignee_id":88412,"title":null,"type":"conversation","updated_at":1767972000,"waiting_since":1767971000}"#,
        &mut report,
    );
    #[cfg(feature = "conversation_parts")]
    check::<
        intercom_client::types::Error,
    >(
        "redactConversation 400 response `not_redactable`",
        r#"{"errors":[{"code":"conversation_part_not_redactable","message":"Only parts with a body or contact-authored source messages can be redacted"}],"request_id":"0a5ecf12-f283-47ca-ab12-b79e2c86f53a","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "conversation_parts")]
    check::<
        intercom_client::types::Error,
    >(
        "redactConversation 401 response `unauthorized`",
        r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "conversation_parts")]
    check::<
        intercom_client::types::Error,
    >(
        "redactConversation 404 response `part_not_found`",
        r#"{"errors":[{"code":"conversation_part_or_message_not_found","message":"No such conversation part or source message"}],"request_id":"1b6fd023-0394-48db-bc23-c8af3d970a4b","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "reporting_data_export")]
    check::<
        intercom_client::types::ReportingDataExportRequest,
    >(
        "enqueueReportingDataExport request `december_conversations`",
        r#"{"attribute_ids":["conversation.conversation_id","conversation.conversation_started_at","conversation.channel"],"dataset_id":"conversation","end_time":1767225599,"start_time":1764547200}"#,
        &mut report,
    );
    #[cfg(feature = "reporting_data_export")]
    check::<
        intercom_client::types::ReportingDataExportJob,
    >(
        "enqueueReportingDataExport 200 response `pending`",
        r#"{"download_expires_at":"","download_url":"","job_identifier":"r4q8z1k6m2","status":"pending"}"#,
        &mut report,
    );
    #[cfg(feature = "reporting_data_export")]
    check::<
        intercom_client::types::Error,
    >(
        "enqueueReportingDataExport 400 response `missing_dataset`",
        r#"{"errors":[{"code":"bad_request","message":"dataset_id must be provided"}],"request_id":"2c70e134-04a5-49ec-8d34-d9b04ea81b5c","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "reporting_data_export")]
    check::<
        intercom_client::types::Error,
    >(
        "enqueueReportingDataExport 400 response `unknown_attribute`",
        r#"{"errors":[{"code":"bad_request","message":"attribute_ids not valid for dataset conversation: conversation.mood"}],"request_id":"3d81f245-15b6-4afd-9e45-eac15fb92c6d","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "reporting_data_export")]
    check::<
        intercom_client::types::Error,
    >(
        "enqueueReportingDataExport 401 response `unauthorized`",
        r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "reporting_data_export")]
    check::<
        intercom_client::types::Error,
    >(
        "enqueueReportingDataExport 429 response `too_many_jobs`",
        r#"{"errors":[{"code":"rate_limit_exceeded","message":"No more than 5 reporting data export jobs may be pending"}],"request_id":"4e92a356-26c7-4b0e-af56-fbd260ca3d7e","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "reporting_data_export")]
    check::<
        intercom_client::types::ReportingDataExportJob,
    >(
        "getReportingDataExport 200 response `complete`",
        r#"{"download_expires_at":"1768060800","download_url":"https://api.intercom.io/download/reporting_data/r4q8z1k6m2","job_identifier":"r4q8z1k6m2","status":"complete"}"#,
        &mut report,
    );
    #[cfg(feature = "reporting_data_export")]
    check::<
        intercom_client::types::ReportingDataExportJob,
    >(
        "getReportingDataExport 200 response `failed`",
        r#"{"download_expires_at":"","download_url":"","job_identifier":"r4q8z1k6m2","status":"failed"}"#,
        &mut report,
    );
    #[cfg(feature = "reporting_data_export")]
    check::<
        intercom_client::types::Error,
    >(
        "getReportingDataExport 401 response `unauthorized`",
        r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "reporting_data_export")]
    check::<
        intercom_client::types::Error,
    >(
        "getReportingDataExport 404 response `job_not_found`",
        r#"{"errors":[{"code":"not_found","message":"No export job found with identifier: r4q8z1k6m2"}],"request_id":"d0937105-a4c8-4c2e-9bfd-038ce4f7596c","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "reporting_data_export")]
    check::<
        intercom_client::types::ReportingDatasetList,
    >(
        "listReportingDatasets 200 response `datasets`",
        r#"{"data":[{"attributes":[{"id":"conversation_id","name":"Conversation ID","qualified_id":"conversation.conversation_id"},{"id":"conversation_started_at","name":"Conversation started at","qualified_id":"conversation.conversation_started_at"},{"id":"channel","name":"Channel","qualified_id":"conversation.channel"}],"default_time_attribute_id":"conversation_started_at","description":"One row per conversation with its channel, state and assignment.","id":"conversation","name":"Conversation"}],"type":"list"}"#,
        &mut report,
    );
    #[cfg(feature = "reporting_data_export")]
    check::<
        intercom_client::types::Error,
    >(
        "listReportingDatasets 401 response `unauthorized`",
        r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "reporting_data_export")]
    check::<
        intercom_client::types::Error,
    >(
        "downloadReportingDataExport 401 response `unauthorized`",
        r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
        &mut report,
    );
    #[cfg(feature = "reporting_data_export")]
    check::<
        intercom_client::types::Error,
    >(
        "downloadReportingDataExport 404 response `job_not_found`",
        r#"{"errors":[{"code":"not_found","message":"No export job found with identifier: r4q8z1k6m2"}],"request_id":"d0937105-a4c8-4c2e-9bfd-038ce4f7596c","type":"error.list"}"#,
        &mut report,
    );
    let total = report.total;
    println!("examples decoded: {} / {}", total - report.failures.len(), total);
    assert!(
        report.failures.is_empty(), "examples that do not decode:\n{}", report.failures
        .join("\n")
    );
}
