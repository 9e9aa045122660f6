// Generated from the OpenAPI description "Intercom API" by the SDK generator. Do not edit:
// run `cargo xtask codegen` instead.

//! Decodes every example in the spec into the type the spec declares for it; with the
//! `serialize-responses` feature, re-encodes it and compares it with the original:
//! every property must survive with an equal value, except where a leniency rule of
//! the decoder applied, and each such case is counted by rule. Then decodes each
//! example that names its `type` into the types of the other examples, which must
//! fail.

use std::collections::BTreeMap;

/// One example of the spec.
struct Example {
    /// Where it comes from.
    label: &'static str,
    /// The example, as JSON.
    json: &'static str,
    /// Where it holds a value its string enum does not list.
    #[cfg_attr(
        not(feature = "serialize-responses"),
        allow(dead_code, reason = "read when fidelity is checked")
    )]
    unknown_enum_values: &'static [&'static str],
    /// Where it holds `null` for an optional property that does not allow it.
    #[cfg_attr(
        not(feature = "serialize-responses"),
        allow(dead_code, reason = "read when fidelity is checked")
    )]
    disallowed_nulls: &'static [&'static str],
    /// The `type` its type pins, if it pins one.
    pinned: Option<&'static str>,
    /// Decodes it as the type the spec declares for it, and records the outcome.
    check: fn(&Example, &mut Report),
}

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
    example: &Example,
    report: &mut Report,
) {
    let Example { label, json, unknown_enum_values, disallowed_nulls, .. } = *example;
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
fn check<T: serde::de::DeserializeOwned>(example: &Example, report: &mut Report) {
    let Example { label, json, .. } = *example;
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
    for example in EXAMPLES {
        (example.check)(example, &mut report);
    }

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

/// A type that pins its `type`, and whether it rejects a JSON text.
struct Decoder {
    /// The `type` value it pins.
    pinned: &'static str,
    /// The type's name.
    name: &'static str,
    /// Whether decoding a JSON text as the type fails.
    rejects: fn(&str) -> bool,
}

#[test]
fn examples_of_other_types_are_rejected() {
    let mut pairs = 0_usize;
    let mut accepted = Vec::new();
    for example in EXAMPLES {
        let Some(pinned) = example.pinned else {
            continue;
        };
        for decoder in DECODERS.iter().filter(|decoder| decoder.pinned != pinned) {
            pairs += 1;
            if !(decoder.rejects)(example.json) {
                accepted.push(format!("{} decoded as {}", example.label, decoder.name));
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

#[cfg(feature = "admins")]
const EXAMPLE_0: Example = Example {
    label: "identifyAdmin 200 response `current_admin`",
    json: r#"{"app":{"created_at":1701388800,"id_code":"k7t2qz9x","identity_verification":true,"name":"Northwind Cycles","region":"EU","timezone":"Europe/Dublin","type":"app"},"avatar":{"image_url":"https://static.example.com/avatars/maeve.png","type":"avatar"},"away_mode_enabled":false,"away_mode_reassign":false,"email":"maeve.donnelly@example.com","email_verified":true,"has_inbox_seat":true,"id":"7301942","job_title":"Support Lead","name":"Maeve Donnelly","team_ids":[88412],"type":"admin"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("admin"),
    check: check::<intercom_client::types::AdminWithApp>,
};

#[cfg(feature = "admins")]
const DECODER_0: Decoder = Decoder {
    pinned: "admin",
    name: "AdminWithApp",
    rejects: rejects::<intercom_client::types::AdminWithApp>,
};

#[cfg(feature = "admins")]
const EXAMPLE_1: Example = Example {
    label: "identifyAdmin 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "admins")]
const DECODER_1: Decoder = Decoder {
    pinned: "error.list",
    name: "Error",
    rejects: rejects::<intercom_client::types::Error>,
};

#[cfg(feature = "admins")]
const EXAMPLE_2: Example = Example {
    label: "setAwayAdmin request `away_with_reason`",
    json: r#"{"away_mode_enabled":true,"away_mode_reassign":true,"away_status_reason_id":4102}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::SetAwayAdminRequest>,
};

#[cfg(feature = "admins")]
const EXAMPLE_3: Example = Example {
    label: "setAwayAdmin request `back_again`",
    json: r#"{"away_mode_enabled":false,"away_mode_reassign":false}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::SetAwayAdminRequest>,
};

#[cfg(feature = "admins")]
const EXAMPLE_4: Example = Example {
    label: "setAwayAdmin 200 response `away_admin`",
    json: r#"{"away_mode_enabled":true,"away_mode_reassign":true,"away_status_reason_id":4102,"email":"maeve.donnelly@example.com","has_inbox_seat":true,"id":"7301942","job_title":"Support Lead","name":"Maeve Donnelly","team_ids":[88412],"type":"admin"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("admin"),
    check: check::<intercom_client::types::Admin>,
};

#[cfg(feature = "admins")]
const DECODER_2: Decoder = Decoder {
    pinned: "admin",
    name: "Admin",
    rejects: rejects::<intercom_client::types::Admin>,
};

#[cfg(feature = "admins")]
const EXAMPLE_5: Example = Example {
    label: "setAwayAdmin 400 response `reason_deleted`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"This away status reason has been deleted"}],"request_id":"1e9a4c7b-52d3-4f08-a6b1-3c8e0d7f2a95","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "admins")]
const EXAMPLE_6: Example = Example {
    label: "setAwayAdmin 400 response `reason_required`",
    json: r#"{"errors":[{"code":"away_status_reason_mandatory","message":"An away status reason must be given"}],"request_id":"2fab5d8c-63e4-4019-b7c2-4d9f1e803ba6","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "admins")]
const EXAMPLE_7: Example = Example {
    label: "setAwayAdmin 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "admins")]
const EXAMPLE_8: Example = Example {
    label: "setAwayAdmin 404 response `admin_not_found`",
    json: r#"{"errors":[{"code":"admin_not_found","message":"No admin found for this id"}],"request_id":"30bc6e9d-74f5-412a-88d3-5ea02f914cb7","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "admins")]
const EXAMPLE_9: Example = Example {
    label: "listActivityLogs 200 response `one_page`",
    json: r#"{"activity_logs":[{"activity_description":"Maeve Donnelly set themselves away (Lunch break).","activity_type":"admin_away_mode_change","created_at":1764590400,"id":"9b1f6c2e-3a47-4d85-b0e1-6f2a9c4d7e10","metadata":{"auto_changed":"false","away_mode":true,"away_status_reason":"🥪 Lunch break","reassign_conversations":true,"source":"admin update from web - Admin id: 7301942","update_by":7301942,"update_by_name":"Maeve Donnelly"},"performed_by":{"email":"maeve.donnelly@example.com","id":"7301942","ip":"203.0.113.24","type":"admin"}},{"activity_description":"Tomas Novak signed in.","activity_type":"admin_login_success","created_at":1764576000,"id":"4c0d8e1a-9f26-4b73-a5c8-1e7b3d92f604","metadata":{"sign_in_method":"email_password"},"performed_by":{"email":"tomas.novak@example.com","id":"7301955","ip":"198.51.100.7","type":"admin"}}],"pages":{"page":1,"per_page":20,"total_pages":1,"type":"pages"},"type":"activity_log.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("activity_log.list"),
    check: check::<intercom_client::types::ActivityLogList>,
};

#[cfg(feature = "admins")]
const DECODER_3: Decoder = Decoder {
    pinned: "activity_log.list",
    name: "ActivityLogList",
    rejects: rejects::<intercom_client::types::ActivityLogList>,
};

#[cfg(feature = "admins")]
const EXAMPLE_10: Example = Example {
    label: "listActivityLogs 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "admins")]
const EXAMPLE_11: Example = Example {
    label: "searchActivityLogs request `logins_only`",
    json: r#"{"created_at_after":1764547200,"created_at_before":1764633600,"event_types":["admin_login_success","admin_login_failure"],"per_page":50}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::SearchActivityLogsRequest>,
};

#[cfg(feature = "admins")]
const EXAMPLE_12: Example = Example {
    label: "searchActivityLogs request `whole_window`",
    json: r#"{"created_at_after":1764547200}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::SearchActivityLogsRequest>,
};

#[cfg(feature = "admins")]
const EXAMPLE_13: Example = Example {
    label: "searchActivityLogs 200 response `logins`",
    json: r#"{"activity_logs":[{"activity_description":"Tomas Novak signed in.","activity_type":"admin_login_success","created_at":1764576000,"id":"4c0d8e1a-9f26-4b73-a5c8-1e7b3d92f604","metadata":{"sign_in_method":"email_password"},"performed_by":{"email":"tomas.novak@example.com","id":"7301955","ip":"198.51.100.7","type":"admin"}}],"pages":{"page":1,"per_page":50,"total_pages":1,"type":"pages"},"type":"activity_log.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("activity_log.list"),
    check: check::<intercom_client::types::ActivityLogList>,
};

#[cfg(feature = "admins")]
const EXAMPLE_14: Example = Example {
    label: "searchActivityLogs 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "admins")]
const EXAMPLE_15: Example = Example {
    label: "listActivityLogEventTypes 200 response `event_types`",
    json: r#"{"event_types":["admin_away_mode_change","admin_login_failure","admin_login_success","admin_logout","app_name_change","app_team_membership_modification"],"type":"activity_log_event_type.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("activity_log_event_type.list"),
    check: check::<intercom_client::types::ActivityLogEventTypeList>,
};

#[cfg(feature = "admins")]
const DECODER_4: Decoder = Decoder {
    pinned: "activity_log_event_type.list",
    name: "ActivityLogEventTypeList",
    rejects: rejects::<intercom_client::types::ActivityLogEventTypeList>,
};

#[cfg(feature = "admins")]
const EXAMPLE_16: Example = Example {
    label: "listActivityLogEventTypes 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "admins")]
const EXAMPLE_17: Example = Example {
    label: "listAdmins 200 response `admins`",
    json: r#"{"admins":[{"avatar":"https://static.example.com/avatars/maeve.png","away_mode_enabled":false,"away_mode_reassign":false,"away_status_reason_id":null,"email":"maeve.donnelly@example.com","has_inbox_seat":true,"id":"7301942","job_title":"Support Lead","name":"Maeve Donnelly","team_ids":[88412],"type":"admin"},{"avatar":null,"away_mode_enabled":true,"away_mode_reassign":true,"away_status_reason_id":4102,"email":"tomas.novak@example.com","has_inbox_seat":true,"id":"7301955","job_title":"Billing Specialist","name":"Tomas Novak","team_ids":[88412,88419],"type":"admin"},{"avatar":"https://static.example.com/avatars/ana.png","away_mode_enabled":false,"away_mode_reassign":false,"away_status_reason_id":null,"email":"ana.ruiz@example.com","has_inbox_seat":false,"id":"7301968","name":"Ana Ruiz","team_ids":[88419],"type":"admin"}],"type":"admin.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("admin.list"),
    check: check::<intercom_client::types::AdminList>,
};

#[cfg(feature = "admins")]
const DECODER_5: Decoder = Decoder {
    pinned: "admin.list",
    name: "AdminList",
    rejects: rejects::<intercom_client::types::AdminList>,
};

#[cfg(feature = "admins")]
const EXAMPLE_18: Example = Example {
    label: "listAdmins 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "admins")]
const EXAMPLE_19: Example = Example {
    label: "retrieveAdmin 200 response `admin`",
    json: r#"{"away_mode_enabled":true,"away_mode_reassign":true,"away_status_reason_id":4102,"email":"tomas.novak@example.com","has_inbox_seat":true,"id":"7301955","job_title":"Billing Specialist","name":"Tomas Novak","role":{"id":"12","name":"Support agent","type":"role"},"team_ids":[88412,88419],"type":"admin"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("admin"),
    check: check::<intercom_client::types::Admin>,
};

#[cfg(feature = "admins")]
const EXAMPLE_20: Example = Example {
    label: "retrieveAdmin 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "admins")]
const EXAMPLE_21: Example = Example {
    label: "retrieveAdmin 404 response `admin_not_found`",
    json: r#"{"errors":[{"code":"admin_not_found","message":"No admin found for this id"}],"request_id":"41cd7fae-8506-423b-99e4-6fb1307a5dc8","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "ai_content")]
const EXAMPLE_22: Example = Example {
    label: "listContentImportSources 200 response `sources`",
    json: r#"{"data":[{"audience_ids":[3391],"created_at":1764547200,"id":2207,"last_synced_at":1767864000,"status":"active","sync_behavior":"api","type":"content_import_source","updated_at":1767864000,"url":"https://partners.example.org/kb"},{"audience_ids":[],"created_at":1765000000,"id":2211,"last_synced_at":1766000000,"status":"deactivated","sync_behavior":"automatic","type":"content_import_source","updated_at":1766500000,"url":"https://docs.example.org/"}],"pages":{"page":1,"per_page":50,"total_pages":1,"type":"pages"},"total_count":2,"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::ContentImportSourcesList>,
};

#[cfg(feature = "ai_content")]
const DECODER_6: Decoder = Decoder {
    pinned: "list",
    name: "ContentImportSourcesList",
    rejects: rejects::<intercom_client::types::ContentImportSourcesList>,
};

#[cfg(feature = "ai_content")]
const EXAMPLE_23: Example = Example {
    label: "listContentImportSources 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "ai_content")]
const EXAMPLE_24: Example = Example {
    label: "createContentImportSource request `partner_kb`",
    json: r#"{"audience_ids":[3391],"status":"active","sync_behavior":"api","url":"https://partners.example.org/kb"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::CreateContentImportSourceRequest>,
};

#[cfg(feature = "ai_content")]
const EXAMPLE_25: Example = Example {
    label: "createContentImportSource 200 response `created`",
    json: r#"{"audience_ids":[3391],"created_at":1764547200,"id":2207,"last_synced_at":1764547200,"status":"active","sync_behavior":"api","type":"content_import_source","updated_at":1764547200,"url":"https://partners.example.org/kb"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("content_import_source"),
    check: check::<intercom_client::types::ContentImportSource>,
};

#[cfg(feature = "ai_content")]
const DECODER_7: Decoder = Decoder {
    pinned: "content_import_source",
    name: "ContentImportSource",
    rejects: rejects::<intercom_client::types::ContentImportSource>,
};

#[cfg(feature = "ai_content")]
const EXAMPLE_26: Example = Example {
    label: "createContentImportSource 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "ai_content")]
const EXAMPLE_27: Example = Example {
    label: "getContentImportSource 200 response `source`",
    json: r#"{"audience_ids":[3391],"created_at":1764547200,"id":2207,"last_synced_at":1767864000,"status":"active","sync_behavior":"api","type":"content_import_source","updated_at":1767864000,"url":"https://partners.example.org/kb"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("content_import_source"),
    check: check::<intercom_client::types::ContentImportSource>,
};

#[cfg(feature = "ai_content")]
const EXAMPLE_28: Example = Example {
    label: "getContentImportSource 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "ai_content")]
const EXAMPLE_29: Example = Example {
    label: "updateContentImportSource request `deactivate`",
    json: r#"{"apply_audience_to_existing_content":true,"audience_ids":[3391,3402],"status":"deactivated","sync_behavior":"api","url":"https://partners.example.org/kb"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::UpdateContentImportSourceRequest>,
};

#[cfg(feature = "ai_content")]
const EXAMPLE_30: Example = Example {
    label: "updateContentImportSource 200 response `updated`",
    json: r#"{"audience_ids":[3391,3402],"created_at":1764547200,"id":2207,"last_synced_at":1767864000,"status":"deactivated","sync_behavior":"api","type":"content_import_source","updated_at":1767967200,"url":"https://partners.example.org/kb"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("content_import_source"),
    check: check::<intercom_client::types::ContentImportSource>,
};

#[cfg(feature = "ai_content")]
const EXAMPLE_31: Example = Example {
    label: "updateContentImportSource 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "ai_content")]
const EXAMPLE_32: Example = Example {
    label: "deleteContentImportSource 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "ai_content")]
const EXAMPLE_33: Example = Example {
    label: "listExternalPages 200 response `pages`",
    json: r#"{"data":[{"ai_agent_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"created_at":1767000000,"external_id":"kb-1182","fin_availability":true,"html":"<h1>Warranty claims</h1><p>Carbon frames carry a five year warranty.</p>","id":"8830","last_ingested_at":1767864060,"locale":"en","source_id":2207,"title":"Warranty claims for carbon frames","type":"external_page","updated_at":1767864000,"url":"https://partners.example.org/kb/warranty-carbon"}],"pages":{"page":1,"per_page":50,"total_pages":1,"type":"pages"},"total_count":1,"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::ExternalPagesList>,
};

#[cfg(feature = "ai_content")]
const DECODER_8: Decoder = Decoder {
    pinned: "list",
    name: "ExternalPagesList",
    rejects: rejects::<intercom_client::types::ExternalPagesList>,
};

#[cfg(feature = "ai_content")]
const EXAMPLE_34: Example = Example {
    label: "listExternalPages 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "ai_content")]
const EXAMPLE_35: Example = Example {
    label: "createExternalPage request `warranty_page`",
    json: r#"{"ai_agent_availability":true,"ai_copilot_availability":true,"external_id":"kb-1182","html":"<h1>Warranty claims</h1><p>Carbon frames carry a five year warranty.</p>","locale":"en","source_id":2207,"title":"Warranty claims for carbon frames","url":"https://partners.example.org/kb/warranty-carbon"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::CreateExternalPageRequest>,
};

#[cfg(feature = "ai_content")]
const EXAMPLE_36: Example = Example {
    label: "createExternalPage 200 response `created`",
    json: r#"{"ai_agent_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"created_at":1767000000,"external_id":"kb-1182","fin_availability":true,"html":"<h1>Warranty claims</h1><p>Carbon frames carry a five year warranty.</p>","id":"8830","last_ingested_at":1767000060,"locale":"en","source_id":2207,"title":"Warranty claims for carbon frames","type":"external_page","updated_at":1767000000,"url":"https://partners.example.org/kb/warranty-carbon"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("external_page"),
    check: check::<intercom_client::types::ExternalPage>,
};

#[cfg(feature = "ai_content")]
const DECODER_9: Decoder = Decoder {
    pinned: "external_page",
    name: "ExternalPage",
    rejects: rejects::<intercom_client::types::ExternalPage>,
};

#[cfg(feature = "ai_content")]
const EXAMPLE_37: Example = Example {
    label: "createExternalPage 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "ai_content")]
const EXAMPLE_38: Example = Example {
    label: "getExternalPage 200 response `page`",
    json: r#"{"ai_agent_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"created_at":1767000000,"external_id":"kb-1182","fin_availability":true,"html":"<h1>Warranty claims</h1><p>Carbon frames carry a five year warranty.</p>","id":"8830","last_ingested_at":1767864060,"locale":"en","source_id":2207,"title":"Warranty claims for carbon frames","type":"external_page","updated_at":1767864000,"url":"https://partners.example.org/kb/warranty-carbon"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("external_page"),
    check: check::<intercom_client::types::ExternalPage>,
};

#[cfg(feature = "ai_content")]
const EXAMPLE_39: Example = Example {
    label: "getExternalPage 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "ai_content")]
const EXAMPLE_40: Example = Example {
    label: "updateExternalPage request `copilot_only`",
    json: r#"{"ai_agent_availability":false,"ai_copilot_availability":true,"external_id":"kb-1182","html":"<h1>Warranty claims</h1><p>Carbon frames carry a six year warranty from 2026.</p>","locale":"en","source_id":2207,"title":"Warranty claims for carbon frames","url":"https://partners.example.org/kb/warranty-carbon"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::UpdateExternalPageRequest>,
};

#[cfg(feature = "ai_content")]
const EXAMPLE_41: Example = Example {
    label: "updateExternalPage 200 response `updated`",
    json: r#"{"ai_agent_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"created_at":1767000000,"external_id":"kb-1182","fin_availability":false,"html":"<h1>Warranty claims</h1><p>Carbon frames carry a six year warranty from 2026.</p>","id":"8830","last_ingested_at":1767970860,"locale":"en","source_id":2207,"title":"Warranty claims for carbon frames","type":"external_page","updated_at":1767970800,"url":"https://partners.example.org/kb/warranty-carbon"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("external_page"),
    check: check::<intercom_client::types::ExternalPage>,
};

#[cfg(feature = "ai_content")]
const EXAMPLE_42: Example = Example {
    label: "updateExternalPage 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "ai_content")]
const EXAMPLE_43: Example = Example {
    label: "deleteExternalPage 200 response `deleted`",
    json: r#"{"ai_agent_availability":false,"ai_copilot_availability":false,"ai_sales_agent_availability":false,"created_at":1767000000,"external_id":"kb-1182","fin_availability":false,"html":"","id":"8830","last_ingested_at":1767970860,"locale":"en","source_id":2207,"title":"Warranty claims for carbon frames","type":"external_page","updated_at":1767974400,"url":"https://partners.example.org/kb/warranty-carbon"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("external_page"),
    check: check::<intercom_client::types::ExternalPage>,
};

#[cfg(feature = "ai_content")]
const EXAMPLE_44: Example = Example {
    label: "deleteExternalPage 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "articles")]
const EXAMPLE_45: Example = Example {
    label: "listArticles 200 response `article_page`",
    json: r#"{"data":[{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"author_id":7301942,"body":"<p>Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.</p><h2>Centre the caliper</h2><p>Loosen both bolts, squeeze the lever and retighten to 6 Nm.</p>","body_markdown":"Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.\n\n## Centre the caliper\n\nLoosen both bolts, squeeze the lever and retighten to 6 Nm.","created_at":1788004800,"created_by_id":7301942,"default_locale":"en","description":"Fix squealing or weak hydraulic disc brakes in ten minutes.","draft_updated_at":null,"exclude_from_article_suggestions":false,"folder_id":512,"has_unpublished_changes":false,"help_center_audience":"everyone","id":"9120451","parent_ids":[4417288],"scheduled_publish_at":null,"scheduled_unpublish_at":null,"state":"published","tags":{"tags":[{"id":"730152","name":"brakes","type":"tag"}],"type":"tag.list"},"title":"Adjusting your disc brakes","translated_content":{"en":{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301942,"body":"<p>Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.</p><h2>Centre the caliper</h2><p>Loosen both bolts, squeeze the lever and retighten to 6 Nm.</p>","body_markdown":"Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.\n\n## Centre the caliper\n\nLoosen both bolts, squeeze the lever and retighten to 6 Nm.","created_at":1788004800,"created_by_id":7301942,"description":"Fix squealing or weak hydraulic disc brakes in ten minutes.","draft_updated_at":null,"has_unpublished_changes":false,"state":"published","title":"Adjusting your disc brakes","type":"article_content","updated_at":1795516200,"updated_by_id":7301955,"url":"https://help.northwindcycles.example.com/en/articles/9120451-adjusting-your-disc-brakes"},"fr":{"ai_chatbot_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301942,"body":"<p>Un grincement ou un freinage faible indique souvent des plaquettes à roder ou un étrier mal centré.</p>","body_markdown":null,"created_at":1789300800,"created_by_id":7301942,"description":"Corriger des freins à disque hydrauliques qui grincent.","draft_updated_at":null,"has_unpublished_changes":false,"state":"draft","title":"Régler vos freins à disque","type":"article_content","updated_at":1789300800,"updated_by_id":7301942,"url":"https://help.northwindcycles.example.com/fr/articles/9120451-regler-vos-freins-a-disque"},"type":"article_translated_content"},"type":"article","updated_at":1795516200,"updated_by_id":7301955,"url":"https://help.northwindcycles.example.com/en/articles/9120451-adjusting-your-disc-brakes","workspace_id":"k7t2qz9x"},{"ai_chatbot_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"author_id":7301955,"body":"<p>Start from the range printed on the tyre wall.</p>","body_markdown":null,"created_at":1795000000,"created_by_id":7301955,"default_locale":"en","description":"Pressure ranges for road, gravel and cargo bikes.","draft_updated_at":null,"exclude_from_article_suggestions":false,"folder_id":null,"has_unpublished_changes":false,"help_center_audience":"everyone","id":"9120478","parent_ids":[],"scheduled_publish_at":null,"scheduled_unpublish_at":null,"state":"draft","tags":{"tags":[],"type":"tag.list"},"title":"Choosing a tyre pressure","translated_content":null,"type":"article","updated_at":1795430000,"updated_by_id":7301955,"url":null,"workspace_id":"k7t2qz9x"}],"pages":{"page":1,"per_page":2,"total_pages":1,"type":"pages"},"total_count":2,"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::ArticleList>,
};

#[cfg(feature = "articles")]
const DECODER_10: Decoder = Decoder {
    pinned: "list",
    name: "ArticleList",
    rejects: rejects::<intercom_client::types::ArticleList>,
};

#[cfg(feature = "articles")]
const EXAMPLE_46: Example = Example {
    label: "listArticles 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "articles")]
const EXAMPLE_47: Example = Example {
    label: "createArticle request `new_draft`",
    json: r#"{"ai_chatbot_availability":true,"author_id":7301942,"body_markdown":"A full charge takes about four hours with the supplied charger.","description":"How long a full charge takes and how to store the battery.","folder_id":512,"parent_ids":[4417203],"state":"draft","title":"Charging your e-bike battery"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::CreateArticleRequest>,
};

#[cfg(feature = "articles")]
const EXAMPLE_48: Example = Example {
    label: "createArticle 200 response `created`",
    json: r#"{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"author_id":7301942,"body":"<p>A full charge takes about four hours with the supplied charger.</p>","body_markdown":"A full charge takes about four hours with the supplied charger.","created_at":1795700000,"created_by_id":7301942,"default_locale":"en","description":"How long a full charge takes and how to store the battery.","draft_updated_at":null,"exclude_from_article_suggestions":false,"folder_id":512,"has_unpublished_changes":false,"help_center_audience":"everyone","id":"9120502","parent_ids":[4417203],"scheduled_publish_at":null,"scheduled_unpublish_at":null,"state":"draft","statistics":{"conversions":0,"fin_involvements":0,"fin_resolution_rate":0.0,"fin_resolutions":0,"happy_reaction_percentage":0.0,"neutral_reaction_percentage":0.0,"reactions":0,"sad_reaction_percentage":0.0,"type":"article_statistics","views":0},"tags":{"tags":[],"type":"tag.list"},"title":"Charging your e-bike battery","translated_content":null,"type":"article","updated_at":1795700000,"updated_by_id":7301942,"url":null,"workspace_id":"k7t2qz9x"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("article"),
    check: check::<intercom_client::types::Article>,
};

#[cfg(feature = "articles")]
const DECODER_11: Decoder = Decoder {
    pinned: "article",
    name: "Article",
    rejects: rejects::<intercom_client::types::Article>,
};

#[cfg(feature = "articles")]
const EXAMPLE_49: Example = Example {
    label: "createArticle 400 response `missing_author`",
    json: r#"{"errors":[{"code":"parameter_not_found","message":"author_id is missing from the body"}],"request_id":"2c7c81ad-6456-5093-9aa4-8d08ffe639e3","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "articles")]
const EXAMPLE_50: Example = Example {
    label: "createArticle 400 response `schedule_and_draft`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"scheduled_publish_at cannot be combined with state draft"}],"request_id":"1a0aabfa-9454-5dbf-8b1a-7b7a3f5592f8","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "articles")]
const EXAMPLE_51: Example = Example {
    label: "createArticle 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "articles")]
const EXAMPLE_52: Example = Example {
    label: "retrieveArticle 200 response `article`",
    json: r#"{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"author_id":7301942,"body":"<p>Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.</p><h2>Centre the caliper</h2><p>Loosen both bolts, squeeze the lever and retighten to 6 Nm.</p>","body_markdown":"Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.\n\n## Centre the caliper\n\nLoosen both bolts, squeeze the lever and retighten to 6 Nm.","created_at":1788004800,"created_by_id":7301942,"default_locale":"en","description":"Fix squealing or weak hydraulic disc brakes in ten minutes.","draft_updated_at":null,"exclude_from_article_suggestions":false,"folder_id":512,"has_unpublished_changes":false,"help_center_audience":"everyone","id":"9120451","parent_ids":[4417288],"scheduled_publish_at":null,"scheduled_unpublish_at":null,"state":"published","statistics":{"conversions":37,"fin_involvements":640,"fin_resolution_rate":64.4,"fin_resolutions":412,"happy_reaction_percentage":71.2,"neutral_reaction_percentage":19.5,"reactions":226,"sad_reaction_percentage":9.3,"type":"article_statistics","views":4812},"tags":{"tags":[{"id":"730152","name":"brakes","type":"tag"}],"type":"tag.list"},"title":"Adjusting your disc brakes","translated_content":{"en":{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301942,"body":"<p>Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.</p><h2>Centre the caliper</h2><p>Loosen both bolts, squeeze the lever and retighten to 6 Nm.</p>","body_markdown":"Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.\n\n## Centre the caliper\n\nLoosen both bolts, squeeze the lever and retighten to 6 Nm.","created_at":1788004800,"created_by_id":7301942,"description":"Fix squealing or weak hydraulic disc brakes in ten minutes.","draft_updated_at":null,"has_unpublished_changes":false,"state":"published","title":"Adjusting your disc brakes","type":"article_content","updated_at":1795516200,"updated_by_id":7301955,"url":"https://help.northwindcycles.example.com/en/articles/9120451-adjusting-your-disc-brakes"},"fr":{"ai_chatbot_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301942,"body":"<p>Un grincement ou un freinage faible indique souvent des plaquettes à roder ou un étrier mal centré.</p>","body_markdown":null,"created_at":1789300800,"created_by_id":7301942,"description":"Corriger des freins à disque hydrauliques qui grincent.","draft_updated_at":null,"has_unpublished_changes":false,"state":"draft","title":"Régler vos freins à disque","type":"article_content","updated_at":1789300800,"updated_by_id":7301942,"url":"https://help.northwindcycles.example.com/fr/articles/9120451-regler-vos-freins-a-disque"},"type":"article_translated_content"},"type":"article","updated_at":1795516200,"updated_by_id":7301955,"url":"https://help.northwindcycles.example.com/en/articles/9120451-adjusting-your-disc-brakes","workspace_id":"k7t2qz9x"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("article"),
    check: check::<intercom_client::types::Article>,
};

#[cfg(feature = "articles")]
const EXAMPLE_53: Example = Example {
    label: "retrieveArticle 404 response `unknown_article`",
    json: r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"0aa4b870-9d01-5641-8223-eb400e3b54fa","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "articles")]
const EXAMPLE_54: Example = Example {
    label: "retrieveArticle 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "articles")]
const EXAMPLE_55: Example = Example {
    label: "updateArticle request `schedule_unpublish`",
    json: r#"{"scheduled_unpublish_at":"2027-03-31T23:00:00Z","title":"Adjusting your hydraulic disc brakes"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::UpdateArticleRequest>,
};

#[cfg(feature = "articles")]
const EXAMPLE_56: Example = Example {
    label: "updateArticle 200 response `updated`",
    json: r#"{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"author_id":7301942,"body":"<p>Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.</p><h2>Centre the caliper</h2><p>Loosen both bolts, squeeze the lever and retighten to 6 Nm.</p>","body_markdown":"Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.\n\n## Centre the caliper\n\nLoosen both bolts, squeeze the lever and retighten to 6 Nm.","created_at":1788004800,"created_by_id":7301942,"default_locale":"en","description":"Fix squealing or weak hydraulic disc brakes in ten minutes.","draft_updated_at":null,"exclude_from_article_suggestions":false,"folder_id":512,"has_unpublished_changes":false,"help_center_audience":"everyone","id":"9120451","parent_ids":[4417288],"scheduled_publish_at":null,"scheduled_unpublish_at":1806534000,"state":"published","statistics":{"conversions":37,"fin_involvements":640,"fin_resolution_rate":64.4,"fin_resolutions":412,"happy_reaction_percentage":71.2,"neutral_reaction_percentage":19.5,"reactions":226,"sad_reaction_percentage":9.3,"type":"article_statistics","views":4812},"tags":{"tags":[{"id":"730152","name":"brakes","type":"tag"}],"type":"tag.list"},"title":"Adjusting your hydraulic disc brakes","translated_content":{"en":{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301942,"body":"<p>Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.</p><h2>Centre the caliper</h2><p>Loosen both bolts, squeeze the lever and retighten to 6 Nm.</p>","body_markdown":"Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.\n\n## Centre the caliper\n\nLoosen both bolts, squeeze the lever and retighten to 6 Nm.","created_at":1788004800,"created_by_id":7301942,"description":"Fix squealing or weak hydraulic disc brakes in ten minutes.","draft_updated_at":null,"has_unpublished_changes":false,"state":"published","title":"Adjusting your disc brakes","type":"article_content","updated_at":1795516200,"updated_by_id":7301955,"url":"https://help.northwindcycles.example.com/en/articles/9120451-adjusting-your-disc-brakes"},"fr":{"ai_chatbot_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301942,"body":"<p>Un grincement ou un freinage faible indique souvent des plaquettes à roder ou un étrier mal centré.</p>","body_markdown":null,"created_at":1789300800,"created_by_id":7301942,"description":"Corriger des freins à disque hydrauliques qui grincent.","draft_updated_at":null,"has_unpublished_changes":false,"state":"draft","title":"Régler vos freins à disque","type":"article_content","updated_at":1789300800,"updated_by_id":7301942,"url":"https://help.northwindcycles.example.com/fr/articles/9120451-regler-vos-freins-a-disque"},"type":"article_translated_content"},"type":"article","updated_at":1795703000,"updated_by_id":7301955,"url":"https://help.northwindcycles.example.com/en/articles/9120451-adjusting-your-disc-brakes","workspace_id":"k7t2qz9x"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("article"),
    check: check::<intercom_client::types::Article>,
};

#[cfg(feature = "articles")]
const EXAMPLE_57: Example = Example {
    label: "updateArticle 400 response `two_schedules`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"Only one of scheduled_publish_at and scheduled_unpublish_at may be set"}],"request_id":"4c2dbcbc-6700-5036-b19e-97d0574ba261","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "articles")]
const EXAMPLE_58: Example = Example {
    label: "updateArticle 404 response `unknown_article`",
    json: r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"5e38dca9-5063-5201-b2cc-3b6b21848c62","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "articles")]
const EXAMPLE_59: Example = Example {
    label: "updateArticle 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "articles")]
const EXAMPLE_60: Example = Example {
    label: "deleteArticle 200 response `deleted`",
    json: r#"{"deleted":true,"id":"9120451","object":"article"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::DeletedArticleObject>,
};

#[cfg(feature = "articles")]
const EXAMPLE_61: Example = Example {
    label: "deleteArticle 404 response `unknown_article`",
    json: r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"2f8b9fd2-5e51-53cc-bcf0-564c0f6c7a4a","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "articles")]
const EXAMPLE_62: Example = Example {
    label: "deleteArticle 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "articles")]
const EXAMPLE_63: Example = Example {
    label: "retrieveArticleDraft 200 response `draft`",
    json: r#"{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"author_id":7301942,"body":"<p>Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.</p><h2>Centre the caliper</h2><p>Loosen both bolts, squeeze the lever and retighten to 6 Nm.</p>","body_markdown":"Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.\n\n## Centre the caliper\n\nLoosen both bolts, squeeze the lever and retighten to 6 Nm.","created_at":1788004800,"created_by_id":7301942,"default_locale":"en","description":"Fix squealing or weak hydraulic disc brakes in ten minutes.","draft_updated_at":1795602600,"exclude_from_article_suggestions":false,"folder_id":512,"has_unpublished_changes":true,"help_center_audience":"everyone","id":"9120451","parent_ids":[4417288],"scheduled_publish_at":null,"scheduled_unpublish_at":null,"state":"published","statistics":{"conversions":37,"fin_involvements":640,"fin_resolution_rate":64.4,"fin_resolutions":412,"happy_reaction_percentage":71.2,"neutral_reaction_percentage":19.5,"reactions":226,"sad_reaction_percentage":9.3,"type":"article_statistics","views":4812},"tags":{"tags":[{"id":"730152","name":"brakes","type":"tag"}],"type":"tag.list"},"title":"Adjusting and bleeding your disc brakes","translated_content":{"en":{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301942,"body":"<p>Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.</p><h2>Centre the caliper</h2><p>Loosen both bolts, squeeze the lever and retighten to 6 Nm.</p>","body_markdown":"Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.\n\n## Centre the caliper\n\nLoosen both bolts, squeeze the lever and retighten to 6 Nm.","created_at":1788004800,"created_by_id":7301942,"description":"Fix squealing or weak hydraulic disc brakes in ten minutes.","draft_updated_at":1795602600,"has_unpublished_changes":true,"state":"published","title":"Adjusting and bleeding your disc brakes","type":"article_content","updated_at":1795516200,"updated_by_id":7301955,"url":"https://help.northwindcycles.example.com/en/articles/9120451-adjusting-your-disc-brakes"},"fr":{"ai_chatbot_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301942,"body":"<p>Un grincement ou un freinage faible indique souvent des plaquettes à roder ou un étrier mal centré.</p>","body_markdown":null,"created_at":1789300800,"created_by_id":7301942,"description":"Corriger des freins à disque hydrauliques qui grincent.","draft_updated_at":null,"has_unpublished_changes":false,"state":"draft","title":"Régler vos freins à disque","type":"article_content","updated_at":1789300800,"updated_by_id":7301942,"url":"https://help.northwindcycles.example.com/fr/articles/9120451-regler-vos-freins-a-disque"},"type":"article_translated_content"},"type":"article","updated_at":1795516200,"updated_by_id":7301955,"url":"https://help.northwindcycles.example.com/en/articles/9120451-adjusting-your-disc-brakes","workspace_id":"k7t2qz9x"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("article"),
    check: check::<intercom_client::types::Article>,
};

#[cfg(feature = "articles")]
const EXAMPLE_64: Example = Example {
    label: "retrieveArticleDraft 404 response `not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"654a556d-0891-59e3-a4a8-b0b324c53bbc","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "articles")]
const EXAMPLE_65: Example = Example {
    label: "retrieveArticleDraft 404 response `instance_not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"No Order instance exists with this id"}],"request_id":"cf8260e4-93b7-4b1d-8aec-f27bd36e485b","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "articles")]
const EXAMPLE_66: Example = Example {
    label: "retrieveArticleDraft 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "articles")]
const EXAMPLE_67: Example = Example {
    label: "stageArticleDraft request `new_title`",
    json: r#"{"title":"Adjusting and bleeding your disc brakes"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::UpdateArticleRequest>,
};

#[cfg(feature = "articles")]
const EXAMPLE_68: Example = Example {
    label: "stageArticleDraft 200 response `staged`",
    json: r#"{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"author_id":7301942,"body":"<p>Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.</p><h2>Centre the caliper</h2><p>Loosen both bolts, squeeze the lever and retighten to 6 Nm.</p>","body_markdown":"Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.\n\n## Centre the caliper\n\nLoosen both bolts, squeeze the lever and retighten to 6 Nm.","created_at":1788004800,"created_by_id":7301942,"default_locale":"en","description":"Fix squealing or weak hydraulic disc brakes in ten minutes.","draft_updated_at":1795602600,"exclude_from_article_suggestions":false,"folder_id":512,"has_unpublished_changes":true,"help_center_audience":"everyone","id":"9120451","parent_ids":[4417288],"scheduled_publish_at":null,"scheduled_unpublish_at":null,"state":"published","statistics":{"conversions":37,"fin_involvements":640,"fin_resolution_rate":64.4,"fin_resolutions":412,"happy_reaction_percentage":71.2,"neutral_reaction_percentage":19.5,"reactions":226,"sad_reaction_percentage":9.3,"type":"article_statistics","views":4812},"tags":{"tags":[{"id":"730152","name":"brakes","type":"tag"}],"type":"tag.list"},"title":"Adjusting and bleeding your disc brakes","translated_content":{"en":{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301942,"body":"<p>Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.</p><h2>Centre the caliper</h2><p>Loosen both bolts, squeeze the lever and retighten to 6 Nm.</p>","body_markdown":"Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.\n\n## Centre the caliper\n\nLoosen both bolts, squeeze the lever and retighten to 6 Nm.","created_at":1788004800,"created_by_id":7301942,"description":"Fix squealing or weak hydraulic disc brakes in ten minutes.","draft_updated_at":1795602600,"has_unpublished_changes":true,"state":"published","title":"Adjusting and bleeding your disc brakes","type":"article_content","updated_at":1795516200,"updated_by_id":7301955,"url":"https://help.northwindcycles.example.com/en/articles/9120451-adjusting-your-disc-brakes"},"fr":{"ai_chatbot_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301942,"body":"<p>Un grincement ou un freinage faible indique souvent des plaquettes à roder ou un étrier mal centré.</p>","body_markdown":null,"created_at":1789300800,"created_by_id":7301942,"description":"Corriger des freins à disque hydrauliques qui grincent.","draft_updated_at":null,"has_unpublished_changes":false,"state":"draft","title":"Régler vos freins à disque","type":"article_content","updated_at":1789300800,"updated_by_id":7301942,"url":"https://help.northwindcycles.example.com/fr/articles/9120451-regler-vos-freins-a-disque"},"type":"article_translated_content"},"type":"article","updated_at":1795516200,"updated_by_id":7301955,"url":"https://help.northwindcycles.example.com/en/articles/9120451-adjusting-your-disc-brakes","workspace_id":"k7t2qz9x"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("article"),
    check: check::<intercom_client::types::Article>,
};

#[cfg(feature = "articles")]
const EXAMPLE_69: Example = Example {
    label: "stageArticleDraft 404 response `not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"654a556d-0891-59e3-a4a8-b0b324c53bbc","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "articles")]
const EXAMPLE_70: Example = Example {
    label: "stageArticleDraft 404 response `instance_not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"No Order instance exists with this id"}],"request_id":"cf8260e4-93b7-4b1d-8aec-f27bd36e485b","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "articles")]
const EXAMPLE_71: Example = Example {
    label: "stageArticleDraft 422 response `never_published`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"The article must be published before a draft can be staged"}],"request_id":"a236b26f-8cac-5aca-9aa7-bff0e44562a2","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "articles")]
const EXAMPLE_72: Example = Example {
    label: "stageArticleDraft 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "articles")]
const EXAMPLE_73: Example = Example {
    label: "publishArticleDraft request `publish_en`",
    json: r#"{"locales":["en"]}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::PublishArticleDraftRequest>,
};

#[cfg(feature = "articles")]
const EXAMPLE_74: Example = Example {
    label: "publishArticleDraft 200 response `published`",
    json: r#"{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"author_id":7301942,"body":"<p>Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.</p><h2>Centre the caliper</h2><p>Loosen both bolts, squeeze the lever and retighten to 6 Nm.</p>","body_markdown":"Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.\n\n## Centre the caliper\n\nLoosen both bolts, squeeze the lever and retighten to 6 Nm.","created_at":1788004800,"created_by_id":7301942,"default_locale":"en","description":"Fix squealing or weak hydraulic disc brakes in ten minutes.","draft_updated_at":null,"exclude_from_article_suggestions":false,"folder_id":512,"has_unpublished_changes":false,"help_center_audience":"everyone","id":"9120451","parent_ids":[4417288],"scheduled_publish_at":null,"scheduled_unpublish_at":null,"state":"published","statistics":{"conversions":37,"fin_involvements":640,"fin_resolution_rate":64.4,"fin_resolutions":412,"happy_reaction_percentage":71.2,"neutral_reaction_percentage":19.5,"reactions":226,"sad_reaction_percentage":9.3,"type":"article_statistics","views":4812},"tags":{"tags":[{"id":"730152","name":"brakes","type":"tag"}],"type":"tag.list"},"title":"Adjusting and bleeding your disc brakes","translated_content":{"en":{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301942,"body":"<p>Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.</p><h2>Centre the caliper</h2><p>Loosen both bolts, squeeze the lever and retighten to 6 Nm.</p>","body_markdown":"Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.\n\n## Centre the caliper\n\nLoosen both bolts, squeeze the lever and retighten to 6 Nm.","created_at":1788004800,"created_by_id":7301942,"description":"Fix squealing or weak hydraulic disc brakes in ten minutes.","draft_updated_at":null,"has_unpublished_changes":false,"state":"published","title":"Adjusting and bleeding your disc brakes","type":"article_content","updated_at":1795689000,"updated_by_id":7301955,"url":"https://help.northwindcycles.example.com/en/articles/9120451-adjusting-your-disc-brakes"},"fr":{"ai_chatbot_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301942,"body":"<p>Un grincement ou un freinage faible indique souvent des plaquettes à roder ou un étrier mal centré.</p>","body_markdown":null,"created_at":1789300800,"created_by_id":7301942,"description":"Corriger des freins à disque hydrauliques qui grincent.","draft_updated_at":null,"has_unpublished_changes":false,"state":"draft","title":"Régler vos freins à disque","type":"article_content","updated_at":1789300800,"updated_by_id":7301942,"url":"https://help.northwindcycles.example.com/fr/articles/9120451-regler-vos-freins-a-disque"},"type":"article_translated_content"},"type":"article","updated_at":1795689000,"updated_by_id":7301955,"url":"https://help.northwindcycles.example.com/en/articles/9120451-adjusting-your-disc-brakes","workspace_id":"k7t2qz9x"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("article"),
    check: check::<intercom_client::types::Article>,
};

#[cfg(feature = "articles")]
const EXAMPLE_75: Example = Example {
    label: "publishArticleDraft 404 response `not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"654a556d-0891-59e3-a4a8-b0b324c53bbc","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "articles")]
const EXAMPLE_76: Example = Example {
    label: "publishArticleDraft 404 response `instance_not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"No Order instance exists with this id"}],"request_id":"cf8260e4-93b7-4b1d-8aec-f27bd36e485b","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "articles")]
const EXAMPLE_77: Example = Example {
    label: "publishArticleDraft 422 response `no_draft`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"The article has no draft to publish"}],"request_id":"ae3d84c7-6cb3-5b6a-b31b-2cc024b20abe","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "articles")]
const EXAMPLE_78: Example = Example {
    label: "publishArticleDraft 422 response `locales_missing`",
    json: r#"{"errors":[{"code":"parameter_not_found","message":"locales is required on this workspace"}],"request_id":"b020ba73-e22d-540f-b8d2-5ed360bebf33","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "articles")]
const EXAMPLE_79: Example = Example {
    label: "publishArticleDraft 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "articles")]
const EXAMPLE_80: Example = Example {
    label: "listArticleVersions 200 response `versions`",
    json: r#"{"data":[{"article_id":"9120451","author_id":"7301942","created_at":1795516200,"created_by_id":"7301955","created_via":"web","from_version_id":"55288","id":"55301","state":"published","title":"Adjusting your disc brakes","type":"article_version"},{"article_id":"9120451","author_id":"7301942","created_at":1788004800,"created_by_id":"7301942","created_via":"api","from_version_id":null,"id":"55288","state":"draft","title":"Adjusting disc brakes","type":"article_version"}],"pages":{"page":1,"per_page":25,"total_pages":1,"type":"pages"},"total_count":2,"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::ArticleVersionList>,
};

#[cfg(feature = "articles")]
const DECODER_12: Decoder = Decoder {
    pinned: "list",
    name: "ArticleVersionList",
    rejects: rejects::<intercom_client::types::ArticleVersionList>,
};

#[cfg(feature = "articles")]
const EXAMPLE_81: Example = Example {
    label: "listArticleVersions 400 response `unknown_locale`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"Unknown locale"}],"request_id":"23c5e2c7-e5b5-53b7-8c12-71285657955c","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "articles")]
const EXAMPLE_82: Example = Example {
    label: "listArticleVersions 404 response `not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"654a556d-0891-59e3-a4a8-b0b324c53bbc","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "articles")]
const EXAMPLE_83: Example = Example {
    label: "listArticleVersions 404 response `instance_not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"No Order instance exists with this id"}],"request_id":"cf8260e4-93b7-4b1d-8aec-f27bd36e485b","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "articles")]
const EXAMPLE_84: Example = Example {
    label: "listArticleVersions 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "articles")]
const EXAMPLE_85: Example = Example {
    label: "retrieveArticleVersion 200 response `version`",
    json: r#"{"article_id":"9120451","author_id":"7301942","body":"<p>Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.</p><h2>Centre the caliper</h2><p>Loosen both bolts, squeeze the lever and retighten to 6 Nm.</p>","body_markdown":"Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.\n\n## Centre the caliper\n\nLoosen both bolts, squeeze the lever and retighten to 6 Nm.","created_at":1795516200,"created_by_id":"7301955","created_via":"web","from_version_id":"55288","id":"55301","state":"published","title":"Adjusting your disc brakes","type":"article_version","updated_at":1795516200}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("article_version"),
    check: check::<intercom_client::types::ArticleVersion>,
};

#[cfg(feature = "articles")]
const DECODER_13: Decoder = Decoder {
    pinned: "article_version",
    name: "ArticleVersion",
    rejects: rejects::<intercom_client::types::ArticleVersion>,
};

#[cfg(feature = "articles")]
const EXAMPLE_86: Example = Example {
    label: "retrieveArticleVersion 400 response `unknown_locale`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"Unknown locale"}],"request_id":"06783fb4-6ae0-5911-837c-f1df36aae650","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "articles")]
const EXAMPLE_87: Example = Example {
    label: "retrieveArticleVersion 404 response `not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"654a556d-0891-59e3-a4a8-b0b324c53bbc","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "articles")]
const EXAMPLE_88: Example = Example {
    label: "retrieveArticleVersion 404 response `instance_not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"No Order instance exists with this id"}],"request_id":"cf8260e4-93b7-4b1d-8aec-f27bd36e485b","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "articles")]
const EXAMPLE_89: Example = Example {
    label: "retrieveArticleVersion 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "articles")]
const EXAMPLE_90: Example = Example {
    label: "attachTagToArticle request `apply_tag`",
    json: r#"{"id":"730152"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::AttachTagToArticleRequest>,
};

#[cfg(feature = "articles")]
const EXAMPLE_91: Example = Example {
    label: "attachTagToArticle 200 response `applied`",
    json: r#"{"applied_at":1795603000,"applied_by":{"id":"7301942","type":"admin"},"id":"730152","name":"brakes","type":"tag"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("tag"),
    check: check::<intercom_client::types::Tag>,
};

#[cfg(feature = "articles")]
const DECODER_14: Decoder = Decoder {
    pinned: "tag",
    name: "Tag",
    rejects: rejects::<intercom_client::types::Tag>,
};

#[cfg(feature = "articles")]
const EXAMPLE_92: Example = Example {
    label: "attachTagToArticle 403 response `forbidden`",
    json: r#"{"errors":[{"code":"forbidden","message":"Not authorized to manage knowledge base content"}],"request_id":"9a95306b-00b6-5b56-9d64-cc6c061c5d40","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "articles")]
const EXAMPLE_93: Example = Example {
    label: "attachTagToArticle 404 response `unknown_tag`",
    json: r#"{"errors":[{"code":"tag_not_found","message":"Tag not found"}],"request_id":"1ac8f05e-94c7-5e5a-a5a4-a2c37b562325","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "articles")]
const EXAMPLE_94: Example = Example {
    label: "attachTagToArticle 404 response `unknown_article`",
    json: r#"{"errors":[{"code":"article_not_found","message":"Article not found"}],"request_id":"a63466de-942a-5ddf-8898-6e5f7ad151b1","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "articles")]
const EXAMPLE_95: Example = Example {
    label: "attachTagToArticle 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "articles")]
const EXAMPLE_96: Example = Example {
    label: "detachTagFromArticle 200 response `removed`",
    json: r#"{"id":"730152","name":"brakes","type":"tag"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("tag"),
    check: check::<intercom_client::types::Tag>,
};

#[cfg(feature = "articles")]
const EXAMPLE_97: Example = Example {
    label: "detachTagFromArticle 403 response `forbidden`",
    json: r#"{"errors":[{"code":"forbidden","message":"Not authorized to manage knowledge base content"}],"request_id":"5bdda557-edfa-58d2-b27b-e85a6488f390","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "articles")]
const EXAMPLE_98: Example = Example {
    label: "detachTagFromArticle 404 response `unknown_tag`",
    json: r#"{"errors":[{"code":"tag_not_found","message":"Tag not found"}],"request_id":"a3967068-4536-54ab-b886-154c9ac230ad","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "articles")]
const EXAMPLE_99: Example = Example {
    label: "detachTagFromArticle 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "articles")]
const EXAMPLE_100: Example = Example {
    label: "searchArticles 200 response `matches`",
    json: r#"{"data":{"articles":[{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"author_id":7301942,"body":"<p>Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.</p><h2>Centre the caliper</h2><p>Loosen both bolts, squeeze the lever and retighten to 6 Nm.</p>","body_markdown":"Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.\n\n## Centre the caliper\n\nLoosen both bolts, squeeze the lever and retighten to 6 Nm.","created_at":1788004800,"created_by_id":7301942,"default_locale":"en","description":"Fix squealing or weak hydraulic disc brakes in ten minutes.","draft_updated_at":null,"exclude_from_article_suggestions":false,"folder_id":512,"has_unpublished_changes":false,"help_center_audience":"everyone","id":"9120451","parent_ids":[4417288],"scheduled_publish_at":null,"scheduled_unpublish_at":null,"state":"published","statistics":{"conversions":37,"fin_involvements":640,"fin_resolution_rate":64.4,"fin_resolutions":412,"happy_reaction_percentage":71.2,"neutral_reaction_percentage":19.5,"reactions":226,"sad_reaction_percentage":9.3,"type":"article_statistics","views":4812},"tags":{"tags":[{"id":"730152","name":"brakes","type":"tag"}],"type":"tag.list"},"title":"Adjusting your disc brakes","translated_content":{"en":{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301942,"body":"<p>Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.</p><h2>Centre the caliper</h2><p>Loosen both bolts, squeeze the lever and retighten to 6 Nm.</p>","body_markdown":"Squeal or weak braking usually means the pads need bedding in or the caliper is off centre.\n\n## Centre the caliper\n\nLoosen both bolts, squeeze the lever and retighten to 6 Nm.","created_at":1788004800,"created_by_id":7301942,"description":"Fix squealing or weak hydraulic disc brakes in ten minutes.","draft_updated_at":null,"has_unpublished_changes":false,"state":"published","title":"Adjusting your disc brakes","type":"article_content","updated_at":1795516200,"updated_by_id":7301955,"url":"https://help.northwindcycles.example.com/en/articles/9120451-adjusting-your-disc-brakes"},"fr":{"ai_chatbot_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301942,"body":"<p>Un grincement ou un freinage faible indique souvent des plaquettes à roder ou un étrier mal centré.</p>","body_markdown":null,"created_at":1789300800,"created_by_id":7301942,"description":"Corriger des freins à disque hydrauliques qui grincent.","draft_updated_at":null,"has_unpublished_changes":false,"state":"draft","title":"Régler vos freins à disque","type":"article_content","updated_at":1789300800,"updated_by_id":7301942,"url":"https://help.northwindcycles.example.com/fr/articles/9120451-regler-vos-freins-a-disque"},"type":"article_translated_content"},"type":"article","updated_at":1795516200,"updated_by_id":7301955,"url":"https://help.northwindcycles.example.com/en/articles/9120451-adjusting-your-disc-brakes","workspace_id":"k7t2qz9x"}],"highlights":[{"article_id":"9120451","highlighted_summary":[[{"text":"Fix squealing or weak hydraulic ","type":"plain"},{"text":"disc brakes","type":"highlight"},{"text":" in ten minutes.","type":"plain"}]],"highlighted_title":[{"text":"Adjusting your ","type":"plain"},{"text":"disc brakes","type":"highlight"}]}]},"pages":{"page":1,"per_page":10,"total_pages":1,"type":"pages"},"total_count":1,"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::ArticleSearchResponse>,
};

#[cfg(feature = "articles")]
const DECODER_15: Decoder = Decoder {
    pinned: "list",
    name: "ArticleSearchResponse",
    rejects: rejects::<intercom_client::types::ArticleSearchResponse>,
};

#[cfg(feature = "articles")]
const EXAMPLE_101: Example = Example {
    label: "searchArticles 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "away_status_reasons")]
const EXAMPLE_102: Example = Example {
    label: "listAwayStatusReasons 200 response `reasons`",
    json: r#"{"data":[{"created_at":1730419200,"deleted":false,"emoji":"🥪","id":"4102","label":"Lunch break","order":1,"type":"away_status_reason","updated_at":1730419200},{"created_at":1730419260,"deleted":false,"emoji":"📅","id":"4103","label":"In a meeting","order":2,"type":"away_status_reason","updated_at":1748736000},{"created_at":1725148800,"deleted":true,"emoji":"🎓","id":"4099","label":"Training","order":3,"type":"away_status_reason","updated_at":1751328000}],"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::AwayStatusReasonList>,
};

#[cfg(feature = "away_status_reasons")]
const DECODER_16: Decoder = Decoder {
    pinned: "list",
    name: "AwayStatusReasonList",
    rejects: rejects::<intercom_client::types::AwayStatusReasonList>,
};

#[cfg(feature = "away_status_reasons")]
const EXAMPLE_103: Example = Example {
    label: "listAwayStatusReasons 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "audiences")]
const EXAMPLE_104: Example = Example {
    label: "listAudiences 200 response `audiences`",
    json: r#"{"data":[{"created_at":1764547200,"id":"5120","name":"Premium plan customers","predicates":[{"attribute":"custom_attributes.plan","comparison":"eq","type":"string","value":"premium"}],"role_predicates":[{"attribute":"role","comparison":"eq","type":"role","value":"user"}],"type":"audience","updated_at":1767000000}],"page":1,"per_page":50,"total_count":1,"total_pages":1,"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::AudienceList>,
};

#[cfg(feature = "audiences")]
const DECODER_17: Decoder = Decoder {
    pinned: "list",
    name: "AudienceList",
    rejects: rejects::<intercom_client::types::AudienceList>,
};

#[cfg(feature = "audiences")]
const EXAMPLE_105: Example = Example {
    label: "listAudiences 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "audiences")]
const EXAMPLE_106: Example = Example {
    label: "createAudience request `premium`",
    json: r#"{"name":"Premium plan customers","predicates":[{"attribute":"custom_attributes.plan","comparison":"eq","type":"string","value":"premium"}],"role_predicates":[{"attribute":"role","comparison":"eq","type":"role","value":"user"}]}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::CreateAudienceRequest>,
};

#[cfg(feature = "audiences")]
const EXAMPLE_107: Example = Example {
    label: "createAudience 201 response `created`",
    json: r#"{"created_at":1764547200,"id":"5120","name":"Premium plan customers","predicates":[{"attribute":"custom_attributes.plan","comparison":"eq","type":"string","value":"premium"}],"role_predicates":[{"attribute":"role","comparison":"eq","type":"role","value":"user"}],"type":"audience","updated_at":1767000000}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("audience"),
    check: check::<intercom_client::types::Audience>,
};

#[cfg(feature = "audiences")]
const DECODER_18: Decoder = Decoder {
    pinned: "audience",
    name: "Audience",
    rejects: rejects::<intercom_client::types::Audience>,
};

#[cfg(feature = "audiences")]
const EXAMPLE_108: Example = Example {
    label: "createAudience 422 response `error`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"Name can't be blank"}],"request_id":"5e10beef-0025-4035-a047-2c4f19e19919","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "audiences")]
const EXAMPLE_109: Example = Example {
    label: "createAudience 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "audiences")]
const EXAMPLE_110: Example = Example {
    label: "retrieveAudience 200 response `audience`",
    json: r#"{"created_at":1764547200,"id":"5120","name":"Premium plan customers","predicates":[{"attribute":"custom_attributes.plan","comparison":"eq","type":"string","value":"premium"}],"role_predicates":[{"attribute":"role","comparison":"eq","type":"role","value":"user"}],"type":"audience","updated_at":1767000000}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("audience"),
    check: check::<intercom_client::types::Audience>,
};

#[cfg(feature = "audiences")]
const EXAMPLE_111: Example = Example {
    label: "retrieveAudience 404 response `error`",
    json: r#"{"errors":[{"code":"not_found","message":"Audience not found"}],"request_id":"5e10ddde-004a-406a-a08e-2c4f19e33232","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "audiences")]
const EXAMPLE_112: Example = Example {
    label: "retrieveAudience 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "audiences")]
const EXAMPLE_113: Example = Example {
    label: "updateAudience request `widen`",
    json: r#"{"name":"Premium and enterprise customers","predicates":[{"attribute":"custom_attributes.plan","comparison":"in","type":"string","value":"premium,enterprise"}]}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::UpdateAudienceRequest>,
};

#[cfg(feature = "audiences")]
const EXAMPLE_114: Example = Example {
    label: "updateAudience 200 response `updated`",
    json: r#"{"created_at":1764547200,"id":"5120","name":"Premium and enterprise customers","predicates":[{"attribute":"custom_attributes.plan","comparison":"in","type":"string","value":"premium,enterprise"}],"role_predicates":[{"attribute":"role","comparison":"eq","type":"role","value":"user"}],"type":"audience","updated_at":1767955200}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("audience"),
    check: check::<intercom_client::types::Audience>,
};

#[cfg(feature = "audiences")]
const EXAMPLE_115: Example = Example {
    label: "updateAudience 404 response `error`",
    json: r#"{"errors":[{"code":"not_found","message":"Audience not found"}],"request_id":"5e10fccd-006f-409f-a0d5-2c4f19e4cb4b","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "audiences")]
const EXAMPLE_116: Example = Example {
    label: "updateAudience 422 response `error`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"Predicate comparison is not supported: starts_with"}],"request_id":"5e111bbc-0094-40d4-a11c-2c4f19e66464","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "audiences")]
const EXAMPLE_117: Example = Example {
    label: "updateAudience 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "audiences")]
const EXAMPLE_118: Example = Example {
    label: "deleteAudience 404 response `error`",
    json: r#"{"errors":[{"code":"not_found","message":"Audience not found"}],"request_id":"5e113aab-00b9-4109-a163-2c4f19e7fd7d","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "audiences")]
const EXAMPLE_119: Example = Example {
    label: "deleteAudience 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "office_hours")]
const EXAMPLE_120: Example = Example {
    label: "listOfficeHoursSchedules 200 response `schedules`",
    json: r#"{"data":[{"created_at":1764547200,"id":"301","name":"Berlin support desk","time_intervals":[{"day_of_week":0,"end_minute":1080,"start_minute":540},{"day_of_week":1,"end_minute":2520,"start_minute":1980},{"day_of_week":2,"end_minute":3960,"start_minute":3420}],"time_zone_name":"Europe/Berlin","twenty_four_seven":false,"type":"office_hours_schedule","updated_at":1767000000}],"type":"office_hours_schedule.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("office_hours_schedule.list"),
    check: check::<intercom_client::types::OfficeHoursScheduleList>,
};

#[cfg(feature = "office_hours")]
const DECODER_19: Decoder = Decoder {
    pinned: "office_hours_schedule.list",
    name: "OfficeHoursScheduleList",
    rejects: rejects::<intercom_client::types::OfficeHoursScheduleList>,
};

#[cfg(feature = "office_hours")]
const EXAMPLE_121: Example = Example {
    label: "listOfficeHoursSchedules 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "office_hours")]
const EXAMPLE_122: Example = Example {
    label: "createOfficeHoursSchedule request `weekdays`",
    json: r#"{"name":"Berlin support desk","time_intervals":[{"end_minute":1080,"start_minute":540},{"end_minute":2520,"start_minute":1980},{"end_minute":3960,"start_minute":3420}],"time_zone_name":"Europe/Berlin"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::CreateOfficeHoursScheduleRequest>,
};

#[cfg(feature = "office_hours")]
const EXAMPLE_123: Example = Example {
    label: "createOfficeHoursSchedule 201 response `created`",
    json: r#"{"created_at":1764547200,"id":"301","name":"Berlin support desk","time_intervals":[{"day_of_week":0,"end_minute":1080,"start_minute":540},{"day_of_week":1,"end_minute":2520,"start_minute":1980},{"day_of_week":2,"end_minute":3960,"start_minute":3420}],"time_zone_name":"Europe/Berlin","twenty_four_seven":false,"type":"office_hours_schedule","updated_at":1767000000}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("office_hours_schedule"),
    check: check::<intercom_client::types::OfficeHoursSchedule>,
};

#[cfg(feature = "office_hours")]
const DECODER_20: Decoder = Decoder {
    pinned: "office_hours_schedule",
    name: "OfficeHoursSchedule",
    rejects: rejects::<intercom_client::types::OfficeHoursSchedule>,
};

#[cfg(feature = "office_hours")]
const EXAMPLE_124: Example = Example {
    label: "createOfficeHoursSchedule 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "office_hours")]
const EXAMPLE_125: Example = Example {
    label: "createOfficeHoursSchedule 422 response `invalid_parameter`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"per_page must be between 1 and 50"}],"request_id":"f6487e85-a990-5aba-ad00-744a4e5950e0","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "office_hours")]
const EXAMPLE_126: Example = Example {
    label: "getOfficeHoursSchedule 200 response `schedule`",
    json: r#"{"created_at":1764547200,"id":"301","name":"Berlin support desk","time_intervals":[{"day_of_week":0,"end_minute":1080,"start_minute":540},{"day_of_week":1,"end_minute":2520,"start_minute":1980},{"day_of_week":2,"end_minute":3960,"start_minute":3420}],"time_zone_name":"Europe/Berlin","twenty_four_seven":false,"type":"office_hours_schedule","updated_at":1767000000}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("office_hours_schedule"),
    check: check::<intercom_client::types::OfficeHoursSchedule>,
};

#[cfg(feature = "office_hours")]
const EXAMPLE_127: Example = Example {
    label: "getOfficeHoursSchedule 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "office_hours")]
const EXAMPLE_128: Example = Example {
    label: "getOfficeHoursSchedule 404 response `not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"654a556d-0891-59e3-a4a8-b0b324c53bbc","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "office_hours")]
const EXAMPLE_129: Example = Example {
    label: "getOfficeHoursSchedule 404 response `instance_not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"No Order instance exists with this id"}],"request_id":"cf8260e4-93b7-4b1d-8aec-f27bd36e485b","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "office_hours")]
const EXAMPLE_130: Example = Example {
    label: "updateOfficeHoursSchedule request `winter`",
    json: r#"{"name":"Berlin support desk (winter hours)","time_intervals":[{"end_minute":1020,"start_minute":480},{"end_minute":2460,"start_minute":1920}]}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::UpdateOfficeHoursScheduleRequest>,
};

#[cfg(feature = "office_hours")]
const EXAMPLE_131: Example = Example {
    label: "updateOfficeHoursSchedule 200 response `updated`",
    json: r#"{"created_at":1764547200,"id":"301","name":"Berlin support desk (winter hours)","time_intervals":[{"day_of_week":0,"end_minute":1020,"start_minute":480},{"day_of_week":1,"end_minute":2460,"start_minute":1920}],"time_zone_name":"Europe/Berlin","twenty_four_seven":false,"type":"office_hours_schedule","updated_at":1767955200}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("office_hours_schedule"),
    check: check::<intercom_client::types::OfficeHoursSchedule>,
};

#[cfg(feature = "office_hours")]
const EXAMPLE_132: Example = Example {
    label: "updateOfficeHoursSchedule 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "office_hours")]
const EXAMPLE_133: Example = Example {
    label: "updateOfficeHoursSchedule 404 response `not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"654a556d-0891-59e3-a4a8-b0b324c53bbc","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "office_hours")]
const EXAMPLE_134: Example = Example {
    label: "updateOfficeHoursSchedule 404 response `instance_not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"No Order instance exists with this id"}],"request_id":"cf8260e4-93b7-4b1d-8aec-f27bd36e485b","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "office_hours")]
const EXAMPLE_135: Example = Example {
    label: "updateOfficeHoursSchedule 422 response `invalid_parameter`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"per_page must be between 1 and 50"}],"request_id":"f6487e85-a990-5aba-ad00-744a4e5950e0","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "office_hours")]
const EXAMPLE_136: Example = Example {
    label: "deleteOfficeHoursSchedule 200 response `deleted`",
    json: r#"{"deleted":true,"id":"301","object":"office_hours_schedule"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::DeleteOfficeHoursScheduleResponse>,
};

#[cfg(feature = "office_hours")]
const EXAMPLE_137: Example = Example {
    label: "deleteOfficeHoursSchedule 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "office_hours")]
const EXAMPLE_138: Example = Example {
    label: "deleteOfficeHoursSchedule 404 response `not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"654a556d-0891-59e3-a4a8-b0b324c53bbc","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "office_hours")]
const EXAMPLE_139: Example = Example {
    label: "deleteOfficeHoursSchedule 404 response `instance_not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"No Order instance exists with this id"}],"request_id":"cf8260e4-93b7-4b1d-8aec-f27bd36e485b","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "office_hours")]
const EXAMPLE_140: Example = Example {
    label: "listOfficeHoursExceptions 200 response `exceptions`",
    json: r#"{"data":[{"created_at":1764633600,"exception_date":"2026-12-24","exception_type":"custom_hours","id":"912","name":"Christmas Eve","office_hours_schedule_id":"301","recurring_annually":true,"time_intervals":[{"day_of_week":3,"end_minute":780,"start_minute":540}],"type":"office_hours_exception","updated_at":1764633600},{"created_at":1764633700,"exception_date":"2026-12-25","exception_type":"closed","id":"913","name":"Christmas Day","office_hours_schedule_id":"301","recurring_annually":true,"time_intervals":null,"type":"office_hours_exception","updated_at":1764633700}],"type":"office_hours_exception.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("office_hours_exception.list"),
    check: check::<intercom_client::types::OfficeHoursExceptionList>,
};

#[cfg(feature = "office_hours")]
const DECODER_21: Decoder = Decoder {
    pinned: "office_hours_exception.list",
    name: "OfficeHoursExceptionList",
    rejects: rejects::<intercom_client::types::OfficeHoursExceptionList>,
};

#[cfg(feature = "office_hours")]
const EXAMPLE_141: Example = Example {
    label: "listOfficeHoursExceptions 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "office_hours")]
const EXAMPLE_142: Example = Example {
    label: "listOfficeHoursExceptions 404 response `not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"654a556d-0891-59e3-a4a8-b0b324c53bbc","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "office_hours")]
const EXAMPLE_143: Example = Example {
    label: "listOfficeHoursExceptions 404 response `instance_not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"No Order instance exists with this id"}],"request_id":"cf8260e4-93b7-4b1d-8aec-f27bd36e485b","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "office_hours")]
const EXAMPLE_144: Example = Example {
    label: "createOfficeHoursException request `christmas_eve`",
    json: r#"{"exception_date":"2026-12-24","exception_type":"custom_hours","name":"Christmas Eve","recurring_annually":true,"time_intervals":[{"end_minute":780,"start_minute":540}]}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::CreateOfficeHoursExceptionRequest>,
};

#[cfg(feature = "office_hours")]
const EXAMPLE_145: Example = Example {
    label: "createOfficeHoursException 201 response `custom_hours`",
    json: r#"{"created_at":1764633600,"exception_date":"2026-12-24","exception_type":"custom_hours","id":"912","name":"Christmas Eve","office_hours_schedule_id":"301","recurring_annually":true,"time_intervals":[{"day_of_week":3,"end_minute":780,"start_minute":540}],"type":"office_hours_exception","updated_at":1764633600}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("office_hours_exception"),
    check: check::<intercom_client::types::OfficeHoursException>,
};

#[cfg(feature = "office_hours")]
const DECODER_22: Decoder = Decoder {
    pinned: "office_hours_exception",
    name: "OfficeHoursException",
    rejects: rejects::<intercom_client::types::OfficeHoursException>,
};

#[cfg(feature = "office_hours")]
const EXAMPLE_146: Example = Example {
    label: "createOfficeHoursException 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "office_hours")]
const EXAMPLE_147: Example = Example {
    label: "createOfficeHoursException 404 response `not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"654a556d-0891-59e3-a4a8-b0b324c53bbc","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "office_hours")]
const EXAMPLE_148: Example = Example {
    label: "createOfficeHoursException 404 response `instance_not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"No Order instance exists with this id"}],"request_id":"cf8260e4-93b7-4b1d-8aec-f27bd36e485b","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "office_hours")]
const EXAMPLE_149: Example = Example {
    label: "createOfficeHoursException 422 response `invalid_parameter`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"per_page must be between 1 and 50"}],"request_id":"f6487e85-a990-5aba-ad00-744a4e5950e0","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "office_hours")]
const EXAMPLE_150: Example = Example {
    label: "getOfficeHoursException 200 response `closed_day`",
    json: r#"{"created_at":1764633700,"exception_date":"2026-12-25","exception_type":"closed","id":"913","name":"Christmas Day","office_hours_schedule_id":"301","recurring_annually":true,"time_intervals":null,"type":"office_hours_exception","updated_at":1764633700}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("office_hours_exception"),
    check: check::<intercom_client::types::OfficeHoursException>,
};

#[cfg(feature = "office_hours")]
const EXAMPLE_151: Example = Example {
    label: "getOfficeHoursException 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "office_hours")]
const EXAMPLE_152: Example = Example {
    label: "getOfficeHoursException 404 response `not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"654a556d-0891-59e3-a4a8-b0b324c53bbc","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "office_hours")]
const EXAMPLE_153: Example = Example {
    label: "getOfficeHoursException 404 response `instance_not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"No Order instance exists with this id"}],"request_id":"cf8260e4-93b7-4b1d-8aec-f27bd36e485b","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "office_hours")]
const EXAMPLE_154: Example = Example {
    label: "updateOfficeHoursException request `close_all_day`",
    json: r#"{"exception_type":"closed","time_intervals":null}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::UpdateOfficeHoursExceptionRequest>,
};

#[cfg(feature = "office_hours")]
const EXAMPLE_155: Example = Example {
    label: "updateOfficeHoursException 200 response `updated`",
    json: r#"{"created_at":1764633600,"exception_date":"2026-12-24","exception_type":"closed","id":"912","name":"Christmas Eve","office_hours_schedule_id":"301","recurring_annually":true,"time_intervals":null,"type":"office_hours_exception","updated_at":1767955200}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("office_hours_exception"),
    check: check::<intercom_client::types::OfficeHoursException>,
};

#[cfg(feature = "office_hours")]
const EXAMPLE_156: Example = Example {
    label: "updateOfficeHoursException 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "office_hours")]
const EXAMPLE_157: Example = Example {
    label: "updateOfficeHoursException 404 response `not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"654a556d-0891-59e3-a4a8-b0b324c53bbc","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "office_hours")]
const EXAMPLE_158: Example = Example {
    label: "updateOfficeHoursException 404 response `instance_not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"No Order instance exists with this id"}],"request_id":"cf8260e4-93b7-4b1d-8aec-f27bd36e485b","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "office_hours")]
const EXAMPLE_159: Example = Example {
    label: "updateOfficeHoursException 422 response `invalid_parameter`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"per_page must be between 1 and 50"}],"request_id":"f6487e85-a990-5aba-ad00-744a4e5950e0","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "office_hours")]
const EXAMPLE_160: Example = Example {
    label: "deleteOfficeHoursException 200 response `deleted`",
    json: r#"{"deleted":true,"id":"913","object":"office_hours_exception"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::DeleteOfficeHoursExceptionResponse>,
};

#[cfg(feature = "office_hours")]
const EXAMPLE_161: Example = Example {
    label: "deleteOfficeHoursException 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "office_hours")]
const EXAMPLE_162: Example = Example {
    label: "deleteOfficeHoursException 404 response `not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"654a556d-0891-59e3-a4a8-b0b324c53bbc","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "office_hours")]
const EXAMPLE_163: Example = Example {
    label: "deleteOfficeHoursException 404 response `instance_not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"No Order instance exists with this id"}],"request_id":"cf8260e4-93b7-4b1d-8aec-f27bd36e485b","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "reporting_data_export")]
const EXAMPLE_164: Example = Example {
    label: "enqueueReportingDataExport request `december_conversations`",
    json: r#"{"attribute_ids":["conversation.conversation_id","conversation.conversation_started_at","conversation.channel"],"dataset_id":"conversation","end_time":1767225599,"start_time":1764547200}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::ReportingDataExportRequest>,
};

#[cfg(feature = "reporting_data_export")]
const EXAMPLE_165: Example = Example {
    label: "enqueueReportingDataExport 200 response `pending`",
    json: r#"{"download_expires_at":"","download_url":"","job_identifier":"r4q8z1k6m2","status":"pending"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::ReportingDataExportJob>,
};

#[cfg(feature = "reporting_data_export")]
const EXAMPLE_166: Example = Example {
    label: "enqueueReportingDataExport 400 response `missing_dataset`",
    json: r#"{"errors":[{"code":"bad_request","message":"dataset_id must be provided"}],"request_id":"2c70e134-04a5-49ec-8d34-d9b04ea81b5c","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "reporting_data_export")]
const EXAMPLE_167: Example = Example {
    label: "enqueueReportingDataExport 400 response `unknown_attribute`",
    json: r#"{"errors":[{"code":"bad_request","message":"attribute_ids not valid for dataset conversation: conversation.mood"}],"request_id":"3d81f245-15b6-4afd-9e45-eac15fb92c6d","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "reporting_data_export")]
const EXAMPLE_168: Example = Example {
    label: "enqueueReportingDataExport 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "reporting_data_export")]
const EXAMPLE_169: Example = Example {
    label: "enqueueReportingDataExport 429 response `too_many_jobs`",
    json: r#"{"errors":[{"code":"rate_limit_exceeded","message":"No more than 5 reporting data export jobs may be pending"}],"request_id":"4e92a356-26c7-4b0e-af56-fbd260ca3d7e","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "reporting_data_export")]
const EXAMPLE_170: Example = Example {
    label: "getReportingDataExport 200 response `complete`",
    json: r#"{"download_expires_at":"1768060800","download_url":"https://api.intercom.io/download/reporting_data/r4q8z1k6m2","job_identifier":"r4q8z1k6m2","status":"complete"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::ReportingDataExportJob>,
};

#[cfg(feature = "reporting_data_export")]
const EXAMPLE_171: Example = Example {
    label: "getReportingDataExport 200 response `failed`",
    json: r#"{"download_expires_at":"","download_url":"","job_identifier":"r4q8z1k6m2","status":"failed"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::ReportingDataExportJob>,
};

#[cfg(feature = "reporting_data_export")]
const EXAMPLE_172: Example = Example {
    label: "getReportingDataExport 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "reporting_data_export")]
const EXAMPLE_173: Example = Example {
    label: "getReportingDataExport 404 response `job_not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"No export job found with identifier: r4q8z1k6m2"}],"request_id":"d0937105-a4c8-4c2e-9bfd-038ce4f7596c","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "reporting_data_export")]
const EXAMPLE_174: Example = Example {
    label: "listReportingDatasets 200 response `datasets`",
    json: r#"{"data":[{"attributes":[{"id":"conversation_id","name":"Conversation ID","qualified_id":"conversation.conversation_id"},{"id":"conversation_started_at","name":"Conversation started at","qualified_id":"conversation.conversation_started_at"},{"id":"channel","name":"Channel","qualified_id":"conversation.channel"}],"default_time_attribute_id":"conversation_started_at","description":"One row per conversation with its channel, state and assignment.","id":"conversation","name":"Conversation"}],"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::ReportingDatasetList>,
};

#[cfg(feature = "reporting_data_export")]
const DECODER_23: Decoder = Decoder {
    pinned: "list",
    name: "ReportingDatasetList",
    rejects: rejects::<intercom_client::types::ReportingDatasetList>,
};

#[cfg(feature = "reporting_data_export")]
const EXAMPLE_175: Example = Example {
    label: "listReportingDatasets 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "reporting_data_export")]
const EXAMPLE_176: Example = Example {
    label: "downloadReportingDataExport 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "reporting_data_export")]
const EXAMPLE_177: Example = Example {
    label: "downloadReportingDataExport 404 response `job_not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"No export job found with identifier: r4q8z1k6m2"}],"request_id":"d0937105-a4c8-4c2e-9bfd-038ce4f7596c","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "help_center")]
const EXAMPLE_178: Example = Example {
    label: "listHelpCenterRedirects 200 response `redirects`",
    json: r#"{"data":[{"created_at":1794900000,"from_url":"https://help.northwindcycles.example.com/en/old/brake-care","help_center_id":"31","id":"2210","locale":"en","target_id":"9120451","target_type":"article","type":"help_center_redirect","updated_at":1794900000},{"created_at":1794000000,"from_url":"https://help.northwindcycles.example.com/en/servicing","help_center_id":"31","id":"2214","locale":"en","target_id":"4417203","target_type":"collection","type":"help_center_redirect","updated_at":1794000000}],"pages":{"page":1,"per_page":50,"total_pages":1,"type":"pages"},"total_count":2,"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::HelpCenterRedirectList>,
};

#[cfg(feature = "help_center")]
const DECODER_24: Decoder = Decoder {
    pinned: "list",
    name: "HelpCenterRedirectList",
    rejects: rejects::<intercom_client::types::HelpCenterRedirectList>,
};

#[cfg(feature = "help_center")]
const EXAMPLE_179: Example = Example {
    label: "listHelpCenterRedirects 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "help_center")]
const EXAMPLE_180: Example = Example {
    label: "listHelpCenterRedirects 404 response `unknown_help_center`",
    json: r#"{"errors":[{"code":"not_found","message":"Help center not found"}],"request_id":"e69a9952-a3a6-52bb-b0ad-230ba42a077b","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "help_center")]
const EXAMPLE_181: Example = Example {
    label: "createHelpCenterRedirect request `to_article`",
    json: r#"{"from_url":"https://help.northwindcycles.example.com/en/old/brake-care","locale":"en","target_id":"9120451","target_type":"article"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::CreateHelpCenterRedirectRequest>,
};

#[cfg(feature = "help_center")]
const EXAMPLE_182: Example = Example {
    label: "createHelpCenterRedirect 200 response `created`",
    json: r#"{"created_at":1794900000,"from_url":"https://help.northwindcycles.example.com/en/old/brake-care","help_center_id":"31","id":"2210","locale":"en","target_id":"9120451","target_type":"article","type":"help_center_redirect","updated_at":1794900000}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("help_center_redirect"),
    check: check::<intercom_client::types::HelpCenterRedirect>,
};

#[cfg(feature = "help_center")]
const DECODER_25: Decoder = Decoder {
    pinned: "help_center_redirect",
    name: "HelpCenterRedirect",
    rejects: rejects::<intercom_client::types::HelpCenterRedirect>,
};

#[cfg(feature = "help_center")]
const EXAMPLE_183: Example = Example {
    label: "createHelpCenterRedirect 400 response `missing_from_url`",
    json: r#"{"errors":[{"code":"parameter_not_found","message":"from_url must be provided"}],"request_id":"cb9b6b4a-599f-56a4-a67f-339312a19441","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "help_center")]
const EXAMPLE_184: Example = Example {
    label: "createHelpCenterRedirect 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "help_center")]
const EXAMPLE_185: Example = Example {
    label: "createHelpCenterRedirect 409 response `duplicate`",
    json: r#"{"errors":[{"code":"resource_conflict","message":"A redirect for this URL already exists"}],"request_id":"54cd5201-c098-5225-bd02-e0833c9cf71b","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "help_center")]
const EXAMPLE_186: Example = Example {
    label: "createHelpCenterRedirect 422 response `foreign_address`",
    json: r#"{"errors":[{"code":"data_invalid","message":"from_url is not inside this help center"}],"request_id":"c454ef43-0b8b-55a8-9da9-2e8e99c1fba7","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "help_center")]
const EXAMPLE_187: Example = Example {
    label: "createHelpCenterRedirect 404 response `unknown_help_center`",
    json: r#"{"errors":[{"code":"not_found","message":"Help center not found"}],"request_id":"80e169ef-7267-5763-a029-2a1c0eaa09b2","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "help_center")]
const EXAMPLE_188: Example = Example {
    label: "retrieveHelpCenterRedirect 200 response `redirect`",
    json: r#"{"created_at":1794900000,"from_url":"https://help.northwindcycles.example.com/en/old/brake-care","help_center_id":"31","id":"2210","locale":"en","target_id":"9120451","target_type":"article","type":"help_center_redirect","updated_at":1794900000}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("help_center_redirect"),
    check: check::<intercom_client::types::HelpCenterRedirect>,
};

#[cfg(feature = "help_center")]
const EXAMPLE_189: Example = Example {
    label: "retrieveHelpCenterRedirect 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "help_center")]
const EXAMPLE_190: Example = Example {
    label: "retrieveHelpCenterRedirect 404 response `unknown_redirect`",
    json: r#"{"errors":[{"code":"not_found","message":"Redirect not found"}],"request_id":"aef942f9-c5e1-546c-8cfc-1873551dc7eb","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "help_center")]
const EXAMPLE_191: Example = Example {
    label: "deleteHelpCenterRedirect 200 response `deleted`",
    json: r#"{"deleted":true,"id":"2210","object":"help_center_redirect"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::DeletedHelpCenterRedirectObject>,
};

#[cfg(feature = "help_center")]
const EXAMPLE_192: Example = Example {
    label: "deleteHelpCenterRedirect 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "help_center")]
const EXAMPLE_193: Example = Example {
    label: "deleteHelpCenterRedirect 404 response `unknown_redirect`",
    json: r#"{"errors":[{"code":"not_found","message":"Redirect not found"}],"request_id":"89f5336f-fe41-5f53-bd47-e36a1f953ba5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "help_center")]
const EXAMPLE_194: Example = Example {
    label: "listAllCollections 200 response `collections`",
    json: r#"{"data":[{"created_at":1751400000,"default_locale":"en","description":"Keep your bike running smoothly.","help_center_id":31,"icon":"wrench","id":"4417203","name":"Maintenance","order":1,"parent_id":null,"translated_content":{"en":{"description":"Keep your bike running smoothly.","name":"Maintenance","type":"group_content"},"fr":{"description":"Gardez votre vélo en bon état.","name":"Entretien","type":"group_content"},"type":"group_translated_content"},"updated_at":1794300000,"url":"https://help.northwindcycles.example.com/en/collections/4417203-maintenance","workspace_id":"k7t2qz9x"},{"created_at":1751500000,"default_locale":"en","description":"Pads, rotors and hydraulic lines.","help_center_id":31,"icon":null,"id":"4417288","name":"Brakes","order":0,"parent_id":"4417203","translated_content":{"en":{"description":"Pads, rotors and hydraulic lines.","name":"Brakes","type":"group_content"},"type":"group_translated_content"},"updated_at":1793000000,"url":"https://help.northwindcycles.example.com/en/collections/4417203-maintenance#brakes","workspace_id":"k7t2qz9x"}],"pages":{"page":1,"per_page":2,"total_pages":1,"type":"pages"},"total_count":2,"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::CollectionList>,
};

#[cfg(feature = "help_center")]
const DECODER_26: Decoder = Decoder {
    pinned: "list",
    name: "CollectionList",
    rejects: rejects::<intercom_client::types::CollectionList>,
};

#[cfg(feature = "help_center")]
const EXAMPLE_195: Example = Example {
    label: "listAllCollections 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "help_center")]
const EXAMPLE_196: Example = Example {
    label: "createCollection request `top_level`",
    json: r#"{"description":"Batteries, motors and range.","help_center_id":31,"name":"E-bikes"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::CreateCollectionRequest>,
};

#[cfg(feature = "help_center")]
const EXAMPLE_197: Example = Example {
    label: "createCollection 200 response `created`",
    json: r#"{"created_at":1795700500,"default_locale":"en","description":"Batteries, motors and range.","help_center_id":31,"icon":"book-bookmark","id":"4417315","name":"E-bikes","order":3,"parent_id":null,"translated_content":{"en":{"description":"Batteries, motors and range.","name":"E-bikes","type":"group_content"},"type":"group_translated_content"},"updated_at":1795700500,"url":null,"workspace_id":"k7t2qz9x"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::Collection>,
};

#[cfg(feature = "help_center")]
const EXAMPLE_198: Example = Example {
    label: "createCollection 400 response `missing_name`",
    json: r#"{"errors":[{"code":"parameter_not_found","message":"Name is a required parameter."}],"request_id":"24b32a54-db71-5d58-9fd8-9e07f654f625","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "help_center")]
const EXAMPLE_199: Example = Example {
    label: "createCollection 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "help_center")]
const EXAMPLE_200: Example = Example {
    label: "retrieveCollection 200 response `collection`",
    json: r#"{"created_at":1751400000,"default_locale":"en","description":"Keep your bike running smoothly.","help_center_id":31,"icon":"wrench","id":"4417203","name":"Maintenance","order":1,"parent_id":null,"translated_content":{"en":{"description":"Keep your bike running smoothly.","name":"Maintenance","type":"group_content"},"fr":{"description":"Gardez votre vélo en bon état.","name":"Entretien","type":"group_content"},"type":"group_translated_content"},"updated_at":1794300000,"url":"https://help.northwindcycles.example.com/en/collections/4417203-maintenance","workspace_id":"k7t2qz9x"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::Collection>,
};

#[cfg(feature = "help_center")]
const EXAMPLE_201: Example = Example {
    label: "retrieveCollection 404 response `unknown_collection`",
    json: r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"0030d022-e34d-5f8a-86a6-af1b9d2299b1","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "help_center")]
const EXAMPLE_202: Example = Example {
    label: "retrieveCollection 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "help_center")]
const EXAMPLE_203: Example = Example {
    label: "updateCollection request `rename`",
    json: r#"{"name":"Care and maintenance"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::UpdateCollectionRequest>,
};

#[cfg(feature = "help_center")]
const EXAMPLE_204: Example = Example {
    label: "updateCollection 200 response `updated`",
    json: r#"{"created_at":1751400000,"default_locale":"en","description":"Keep your bike running smoothly.","help_center_id":31,"icon":"wrench","id":"4417203","name":"Care and maintenance","order":1,"parent_id":null,"translated_content":{"en":{"description":"Keep your bike running smoothly.","name":"Care and maintenance","type":"group_content"},"fr":{"description":"Gardez votre vélo en bon état.","name":"Entretien","type":"group_content"},"type":"group_translated_content"},"updated_at":1795703500,"url":"https://help.northwindcycles.example.com/en/collections/4417203-maintenance","workspace_id":"k7t2qz9x"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::Collection>,
};

#[cfg(feature = "help_center")]
const EXAMPLE_205: Example = Example {
    label: "updateCollection 404 response `unknown_collection`",
    json: r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"1673913c-47c3-5367-8aaa-15baab2b03b1","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "help_center")]
const EXAMPLE_206: Example = Example {
    label: "updateCollection 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "help_center")]
const EXAMPLE_207: Example = Example {
    label: "deleteCollection 200 response `deleted`",
    json: r#"{"deleted":true,"id":"4417203","object":"collection"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::DeletedCollectionObject>,
};

#[cfg(feature = "help_center")]
const EXAMPLE_208: Example = Example {
    label: "deleteCollection 404 response `unknown_collection`",
    json: r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"97086f3d-be13-5251-b092-7eb323d8f2e7","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "help_center")]
const EXAMPLE_209: Example = Example {
    label: "deleteCollection 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "help_center")]
const EXAMPLE_210: Example = Example {
    label: "retrieveHelpCenter 200 response `help_center`",
    json: r#"{"created_at":1751328000,"custom_domain":"help.northwindcycles.example.com","default":true,"display_name":"Northwind Help","id":"31","identifier":"northwind-help","locales":["en","fr"],"updated_at":1794200000,"url":"https://help.northwindcycles.example.com","website_turned_on":true,"workspace_id":"k7t2qz9x"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::HelpCenter>,
};

#[cfg(feature = "help_center")]
const EXAMPLE_211: Example = Example {
    label: "retrieveHelpCenter 404 response `unknown_help_center`",
    json: r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"724644e1-af26-5592-a1d4-3e51e50828ec","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "help_center")]
const EXAMPLE_212: Example = Example {
    label: "retrieveHelpCenter 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "help_center")]
const EXAMPLE_213: Example = Example {
    label: "listHelpCenters 200 response `help_centers`",
    json: r#"{"data":[{"created_at":1751328000,"custom_domain":"help.northwindcycles.example.com","default":true,"display_name":"Northwind Help","id":"31","identifier":"northwind-help","locales":["en","fr"],"updated_at":1794200000,"url":"https://help.northwindcycles.example.com","website_turned_on":true,"workspace_id":"k7t2qz9x"},{"created_at":1783000000,"custom_domain":null,"default":false,"display_name":"Dealer portal","id":"36","identifier":"northwind-dealers","locales":["en"],"updated_at":1790000000,"url":"https://intercom.help/northwind-dealers","website_turned_on":false,"workspace_id":"k7t2qz9x"}],"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::HelpCenterList>,
};

#[cfg(feature = "help_center")]
const DECODER_27: Decoder = Decoder {
    pinned: "list",
    name: "HelpCenterList",
    rejects: rejects::<intercom_client::types::HelpCenterList>,
};

#[cfg(feature = "help_center")]
const EXAMPLE_214: Example = Example {
    label: "listHelpCenters 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "internal_articles")]
const EXAMPLE_215: Example = Example {
    label: "listInternalArticles 200 response `internal_articles`",
    json: r#"{"data":[{"ai_chatbot_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301955,"body":"<p>Ask for the frame number and a photo of the damage before approving.</p>","body_markdown":"Ask for the frame number and a photo of the damage before approving.","created_at":1790000000,"folder_id":518,"id":"8830217","locale":"en","owner_id":7301942,"tags":{"tags":[{"id":"730152","name":"brakes","type":"tag"}],"type":"tag.list"},"title":"Warranty claim checklist","type":"internal_article","updated_at":1795100000},{"ai_chatbot_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301955,"body":"<p>Send every frame crack report to the engineering queue.</p>","body_markdown":null,"created_at":1791000000,"folder_id":518,"id":"8830240","locale":"en","owner_id":7301955,"tags":{"tags":[],"type":"tag.list"},"title":"Escalating frame cracks","type":"internal_article","updated_at":1791000000}],"pages":{"page":1,"per_page":2,"total_pages":1,"type":"pages"},"total_count":2,"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::InternalArticleList>,
};

#[cfg(feature = "internal_articles")]
const DECODER_28: Decoder = Decoder {
    pinned: "list",
    name: "InternalArticleList",
    rejects: rejects::<intercom_client::types::InternalArticleList>,
};

#[cfg(feature = "internal_articles")]
const EXAMPLE_216: Example = Example {
    label: "listInternalArticles 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "internal_articles")]
const EXAMPLE_217: Example = Example {
    label: "createInternalArticle request `new_internal`",
    json: r#"{"ai_copilot_availability":true,"author_id":7301942,"body_markdown":"Offer free shipping on the next order when a parcel is over five days late.","folder_id":518,"owner_id":7301942,"title":"Refunds for late deliveries"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::CreateInternalArticleRequest>,
};

#[cfg(feature = "internal_articles")]
const EXAMPLE_218: Example = Example {
    label: "createInternalArticle 200 response `created`",
    json: r#"{"ai_chatbot_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301942,"body":"<p>Offer free shipping on the next order when a parcel is over five days late.</p>","body_markdown":"Offer free shipping on the next order when a parcel is over five days late.","created_at":1795701000,"folder_id":518,"id":"8830266","locale":"en","owner_id":7301942,"tags":{"tags":[],"type":"tag.list"},"title":"Refunds for late deliveries","type":"internal_article","updated_at":1795701000}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("internal_article"),
    check: check::<intercom_client::types::InternalArticle>,
};

#[cfg(feature = "internal_articles")]
const DECODER_29: Decoder = Decoder {
    pinned: "internal_article",
    name: "InternalArticle",
    rejects: rejects::<intercom_client::types::InternalArticle>,
};

#[cfg(feature = "internal_articles")]
const EXAMPLE_219: Example = Example {
    label: "createInternalArticle 400 response `missing_author`",
    json: r#"{"errors":[{"code":"parameter_not_found","message":"author_id is missing from the body"}],"request_id":"2f245a5a-f497-5785-a180-f892a0f12a46","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "internal_articles")]
const EXAMPLE_220: Example = Example {
    label: "createInternalArticle 404 response `unknown_audience`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"Audience 99999 not found"}],"request_id":"4ff2a13a-c12d-5299-82dd-129af1cdd69a","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "internal_articles")]
const EXAMPLE_221: Example = Example {
    label: "createInternalArticle 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "internal_articles")]
const EXAMPLE_222: Example = Example {
    label: "retrieveInternalArticle 200 response `internal_article`",
    json: r#"{"ai_chatbot_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301955,"body":"<p>Ask for the frame number and a photo of the damage before approving.</p>","body_markdown":"Ask for the frame number and a photo of the damage before approving.","created_at":1790000000,"folder_id":518,"id":"8830217","locale":"en","owner_id":7301942,"tags":{"tags":[{"id":"730152","name":"brakes","type":"tag"}],"type":"tag.list"},"title":"Warranty claim checklist","type":"internal_article","updated_at":1795100000}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("internal_article"),
    check: check::<intercom_client::types::InternalArticle>,
};

#[cfg(feature = "internal_articles")]
const EXAMPLE_223: Example = Example {
    label: "retrieveInternalArticle 404 response `unknown_internal_article`",
    json: r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"27b11be8-e70a-5b96-b8e0-bc7cde506cd2","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "internal_articles")]
const EXAMPLE_224: Example = Example {
    label: "retrieveInternalArticle 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "internal_articles")]
const EXAMPLE_225: Example = Example {
    label: "updateInternalArticle request `hand_over`",
    json: r#"{"owner_id":7301955}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::UpdateInternalArticleRequest>,
};

#[cfg(feature = "internal_articles")]
const EXAMPLE_226: Example = Example {
    label: "updateInternalArticle 200 response `updated`",
    json: r#"{"ai_chatbot_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301955,"body":"<p>Ask for the frame number and a photo of the damage before approving.</p>","body_markdown":"Ask for the frame number and a photo of the damage before approving.","created_at":1790000000,"folder_id":518,"id":"8830217","locale":"en","owner_id":7301955,"tags":{"tags":[{"id":"730152","name":"brakes","type":"tag"}],"type":"tag.list"},"title":"Warranty claim checklist","type":"internal_article","updated_at":1795704000}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("internal_article"),
    check: check::<intercom_client::types::InternalArticle>,
};

#[cfg(feature = "internal_articles")]
const EXAMPLE_227: Example = Example {
    label: "updateInternalArticle 404 response `unknown_internal_article`",
    json: r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"da8f88d7-0344-5c79-9ede-8912ee316563","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "internal_articles")]
const EXAMPLE_228: Example = Example {
    label: "updateInternalArticle 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "internal_articles")]
const EXAMPLE_229: Example = Example {
    label: "deleteInternalArticle 200 response `deleted`",
    json: r#"{"deleted":true,"id":"8830217","object":"internal_article"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::DeletedInternalArticleObject>,
};

#[cfg(feature = "internal_articles")]
const EXAMPLE_230: Example = Example {
    label: "deleteInternalArticle 404 response `unknown_internal_article`",
    json: r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"d5d28817-0c16-5db9-a29e-fd32c3b188e3","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "internal_articles")]
const EXAMPLE_231: Example = Example {
    label: "deleteInternalArticle 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "internal_articles")]
const EXAMPLE_232: Example = Example {
    label: "attachTagToInternalArticle request `apply_tag`",
    json: r#"{"admin_id":"7301955","id":"730152"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::AttachTagToInternalArticleRequest>,
};

#[cfg(feature = "internal_articles")]
const EXAMPLE_233: Example = Example {
    label: "attachTagToInternalArticle 200 response `applied`",
    json: r#"{"applied_at":1795603000,"applied_by":{"id":"7301955","type":"admin"},"id":"730152","name":"brakes","type":"tag"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("tag"),
    check: check::<intercom_client::types::Tag>,
};

#[cfg(feature = "internal_articles")]
const EXAMPLE_234: Example = Example {
    label: "attachTagToInternalArticle 403 response `forbidden`",
    json: r#"{"errors":[{"code":"forbidden","message":"Not authorized to manage knowledge base content"}],"request_id":"97826e10-5228-594a-add0-594cbddc5bdf","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "internal_articles")]
const EXAMPLE_235: Example = Example {
    label: "attachTagToInternalArticle 404 response `unknown_tag`",
    json: r#"{"errors":[{"code":"tag_not_found","message":"Tag not found"}],"request_id":"6917044f-ca9d-51cb-b1ca-5c6dcab24374","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "internal_articles")]
const EXAMPLE_236: Example = Example {
    label: "attachTagToInternalArticle 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "internal_articles")]
const EXAMPLE_237: Example = Example {
    label: "detachTagFromInternalArticle 200 response `removed`",
    json: r#"{"id":"730152","name":"brakes","type":"tag"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("tag"),
    check: check::<intercom_client::types::Tag>,
};

#[cfg(feature = "internal_articles")]
const EXAMPLE_238: Example = Example {
    label: "detachTagFromInternalArticle 403 response `forbidden`",
    json: r#"{"errors":[{"code":"forbidden","message":"Not authorized to manage knowledge base content"}],"request_id":"7db1450a-7b6c-5879-a9c6-22f78816473b","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "internal_articles")]
const EXAMPLE_239: Example = Example {
    label: "detachTagFromInternalArticle 404 response `unknown_internal_article`",
    json: r#"{"errors":[{"code":"internal_article_not_found","message":"Internal article not found"}],"request_id":"0e73f393-c08e-502b-a969-d40e0e3ab827","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "internal_articles")]
const EXAMPLE_240: Example = Example {
    label: "detachTagFromInternalArticle 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "internal_articles")]
const EXAMPLE_241: Example = Example {
    label: "searchInternalArticles 200 response `matches`",
    json: r#"{"data":{"internal_articles":[{"ai_chatbot_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301955,"body":"<p>Ask for the frame number and a photo of the damage before approving.</p>","body_markdown":"Ask for the frame number and a photo of the damage before approving.","created_at":1790000000,"folder_id":518,"id":"8830217","locale":"en","owner_id":7301942,"tags":{"tags":[{"id":"730152","name":"brakes","type":"tag"}],"type":"tag.list"},"title":"Warranty claim checklist","type":"internal_article","updated_at":1795100000},{"ai_chatbot_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"author_id":7301955,"body":"<p>Send every frame crack report to the engineering queue.</p>","body_markdown":null,"created_at":1791000000,"folder_id":518,"id":"8830240","locale":"en","owner_id":7301955,"tags":{"tags":[],"type":"tag.list"},"title":"Escalating frame cracks","type":"internal_article","updated_at":1791000000}]},"pages":{"page":1,"per_page":10,"total_pages":1,"type":"pages"},"total_count":2,"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::InternalArticleSearchResponse>,
};

#[cfg(feature = "internal_articles")]
const DECODER_30: Decoder = Decoder {
    pinned: "list",
    name: "InternalArticleSearchResponse",
    rejects: rejects::<intercom_client::types::InternalArticleSearchResponse>,
};

#[cfg(feature = "internal_articles")]
const EXAMPLE_242: Example = Example {
    label: "searchInternalArticles 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "folders")]
const EXAMPLE_243: Example = Example {
    label: "listFolders 200 response `folders`",
    json: r#"{"data":[{"content_count":14,"created_at":1786000000,"emoji":"🔧","id":512,"name":"Maintenance guides","parent_folder_id":null,"updated_at":1795000000},{"content_count":3,"created_at":1789000000,"emoji":null,"id":518,"name":"Warranty","parent_folder_id":512,"updated_at":1795100000}],"pages":{"page":1,"per_page":50,"total_pages":1,"type":"pages"},"total_count":2,"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::ListFoldersResponse>,
};

#[cfg(feature = "folders")]
const DECODER_31: Decoder = Decoder {
    pinned: "list",
    name: "ListFoldersResponse",
    rejects: rejects::<intercom_client::types::ListFoldersResponse>,
};

#[cfg(feature = "folders")]
const EXAMPLE_244: Example = Example {
    label: "listFolders 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "folders")]
const EXAMPLE_245: Example = Example {
    label: "createFolder request `subfolder`",
    json: r#"{"folder":{"emoji":"⚡","name":"E-bike support","parent_folder_id":512}}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::CreateFolderRequest>,
};

#[cfg(feature = "folders")]
const EXAMPLE_246: Example = Example {
    label: "createFolder 200 response `created`",
    json: r#"{"content_count":0,"created_at":1795702000,"emoji":"⚡","id":521,"name":"E-bike support","parent_folder_id":512,"updated_at":1795702000}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::Folder>,
};

#[cfg(feature = "folders")]
const EXAMPLE_247: Example = Example {
    label: "createFolder 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "folders")]
const EXAMPLE_248: Example = Example {
    label: "createFolder 400 response `missing_name`",
    json: r#"{"errors":[{"code":"parameter_not_found","message":"name must be provided"}],"request_id":"90a60ac6-f7f4-5189-a5d1-91cc5be98ffe","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "folders")]
const EXAMPLE_249: Example = Example {
    label: "retrieveFolder 200 response `folder`",
    json: r#"{"content_count":14,"created_at":1786000000,"emoji":"🔧","id":512,"name":"Maintenance guides","parent_folder_id":null,"updated_at":1795000000}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::Folder>,
};

#[cfg(feature = "folders")]
const EXAMPLE_250: Example = Example {
    label: "retrieveFolder 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "folders")]
const EXAMPLE_251: Example = Example {
    label: "retrieveFolder 404 response `unknown_folder`",
    json: r#"{"errors":[{"code":"not_found","message":"Folder not found"}],"request_id":"cfc0f800-675e-5509-a878-b3ca4d062e60","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "folders")]
const EXAMPLE_252: Example = Example {
    label: "updateFolder request `rename`",
    json: r#"{"folder":{"name":"Workshop guides"}}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::UpdateFolderRequest>,
};

#[cfg(feature = "folders")]
const EXAMPLE_253: Example = Example {
    label: "updateFolder 200 response `updated`",
    json: r#"{"content_count":14,"created_at":1786000000,"emoji":"🔧","id":512,"name":"Workshop guides","parent_folder_id":null,"updated_at":1795704500}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::Folder>,
};

#[cfg(feature = "folders")]
const EXAMPLE_254: Example = Example {
    label: "updateFolder 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "folders")]
const EXAMPLE_255: Example = Example {
    label: "updateFolder 404 response `unknown_folder`",
    json: r#"{"errors":[{"code":"not_found","message":"Folder not found"}],"request_id":"1da4c70d-ac47-5b9c-887f-1b8d37269098","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "folders")]
const EXAMPLE_256: Example = Example {
    label: "updateFolder 400 response `empty_name`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"name cannot be blank"}],"request_id":"12e90cb3-8f14-5f6c-bf9d-95ec8a2a5403","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "folders")]
const EXAMPLE_257: Example = Example {
    label: "deleteFolder 200 response `deleted`",
    json: r#"{"deleted":true,"id":521,"object":"folder"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::DeletedFolderObject>,
};

#[cfg(feature = "folders")]
const EXAMPLE_258: Example = Example {
    label: "deleteFolder 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "folders")]
const EXAMPLE_259: Example = Example {
    label: "deleteFolder 404 response `unknown_folder`",
    json: r#"{"errors":[{"code":"not_found","message":"Folder not found"}],"request_id":"1feda7ea-0cac-5034-9528-e4f4bf3833f4","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "folders")]
const EXAMPLE_260: Example = Example {
    label: "deleteFolder 422 response `not_empty`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"The folder must be empty before it can be deleted"}],"request_id":"218209e0-663c-5b28-8018-d4648c679fea","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "companies")]
const EXAMPLE_261: Example = Example {
    label: "retrieveCompany 200 response `ok`",
    json: r#"{"data":[{"app_id":"k7t2qz9x","company_id":"nw-1042","created_at":1767957000,"custom_attributes":{"contract":"annual","region":"west"},"id":"66a1f40ab8e4d70012ab3501","industry":"Bicycle rental","last_request_at":1767966000,"monthly_spend":1900,"name":"Northwind Cycles","notes":{"notes":[],"type":"note.list"},"plan":{"id":"88120","name":"Fleet","type":"plan"},"remote_created_at":1735689600,"segments":{"segments":[],"type":"segment.list"},"session_count":318,"size":42,"tags":{"tags":[{"id":"730122","name":"VIP","type":"tag"}],"type":"tag.list"},"type":"company","updated_at":1767962400,"user_count":12,"website":"https://northwind-cycles.example.com"}],"pages":{"page":1,"per_page":15,"total_pages":1,"type":"pages"},"total_count":1,"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::CompanyList>,
};

#[cfg(feature = "companies")]
const DECODER_32: Decoder = Decoder {
    pinned: "list",
    name: "CompanyList",
    rejects: rejects::<intercom_client::types::CompanyList>,
};

#[cfg(feature = "companies")]
const EXAMPLE_262: Example = Example {
    label: "retrieveCompany 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "companies")]
const EXAMPLE_263: Example = Example {
    label: "retrieveCompany 404 response `error`",
    json: r#"{"errors":[{"code":"company_not_found","message":"Company Not Found"}],"request_id":"b1e00002-4c2d-4f8a-9b6e-d9c01c430194","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "companies")]
const EXAMPLE_264: Example = Example {
    label: "createOrUpdateCompany request `company`",
    json: r#"{"company_id":"nw-1042","custom_attributes":{"region":"west"},"industry":"Bicycle rental","monthly_spend":1900,"name":"Northwind Cycles","plan":"Fleet","remote_created_at":1735689600,"size":42,"website":"https://northwind-cycles.example.com"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::CreateOrUpdateCompanyRequest>,
};

#[cfg(feature = "companies")]
const EXAMPLE_265: Example = Example {
    label: "createOrUpdateCompany 200 response `ok`",
    json: r#"{"app_id":"k7t2qz9x","company_id":"nw-1042","created_at":1767957000,"custom_attributes":{"contract":"annual","region":"west"},"id":"66a1f40ab8e4d70012ab3501","industry":"Bicycle rental","last_request_at":1767966000,"monthly_spend":1900,"name":"Northwind Cycles","notes":{"notes":[],"type":"note.list"},"plan":{"id":"88120","name":"Fleet","type":"plan"},"remote_created_at":1735689600,"segments":{"segments":[],"type":"segment.list"},"session_count":318,"size":42,"tags":{"tags":[{"id":"730122","name":"VIP","type":"tag"}],"type":"tag.list"},"type":"company","updated_at":1767962400,"user_count":12,"website":"https://northwind-cycles.example.com"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("company"),
    check: check::<intercom_client::types::Company>,
};

#[cfg(feature = "companies")]
const DECODER_33: Decoder = Decoder {
    pinned: "company",
    name: "Company",
    rejects: rejects::<intercom_client::types::Company>,
};

#[cfg(feature = "companies")]
const EXAMPLE_266: Example = Example {
    label: "createOrUpdateCompany 400 response `error`",
    json: r#"{"errors":[{"code":"bad_request","message":"company_id must be a string"}],"request_id":"b1e00001-4c2d-4f8a-9b6e-069b412e0190","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "companies")]
const EXAMPLE_267: Example = Example {
    label: "createOrUpdateCompany 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "companies")]
const EXAMPLE_268: Example = Example {
    label: "RetrieveACompanyById 200 response `ok`",
    json: r#"{"app_id":"k7t2qz9x","company_id":"nw-1042","created_at":1767957000,"custom_attributes":{"contract":"annual","region":"west"},"id":"66a1f40ab8e4d70012ab3501","industry":"Bicycle rental","last_request_at":1767966000,"monthly_spend":1900,"name":"Northwind Cycles","notes":{"notes":[],"type":"note.list"},"plan":{"id":"88120","name":"Fleet","type":"plan"},"remote_created_at":1735689600,"segments":{"segments":[],"type":"segment.list"},"session_count":318,"size":42,"tags":{"tags":[{"id":"730122","name":"VIP","type":"tag"}],"type":"tag.list"},"type":"company","updated_at":1767962400,"user_count":12,"website":"https://northwind-cycles.example.com"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("company"),
    check: check::<intercom_client::types::Company>,
};

#[cfg(feature = "companies")]
const EXAMPLE_269: Example = Example {
    label: "RetrieveACompanyById 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "companies")]
const EXAMPLE_270: Example = Example {
    label: "RetrieveACompanyById 404 response `error`",
    json: r#"{"errors":[{"code":"company_not_found","message":"Company Not Found"}],"request_id":"b1e00003-4c2d-4f8a-9b6e-8cc1108f0194","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "companies")]
const EXAMPLE_271: Example = Example {
    label: "UpdateCompany 200 response `ok`",
    json: r#"{"app_id":"k7t2qz9x","company_id":"nw-1042","created_at":1767957000,"custom_attributes":{"contract":"annual","region":"west"},"id":"66a1f40ab8e4d70012ab3501","industry":"Bicycle rental","last_request_at":1767966000,"monthly_spend":1900,"name":"Northwind Cycles","notes":{"notes":[],"type":"note.list"},"plan":{"id":"88120","name":"Fleet","type":"plan"},"remote_created_at":1735689600,"segments":{"segments":[],"type":"segment.list"},"session_count":318,"size":42,"tags":{"tags":[{"id":"730122","name":"VIP","type":"tag"}],"type":"tag.list"},"type":"company","updated_at":1767962400,"user_count":12,"website":"https://northwind-cycles.example.com"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("company"),
    check: check::<intercom_client::types::Company>,
};

#[cfg(feature = "companies")]
const EXAMPLE_272: Example = Example {
    label: "UpdateCompany 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "companies")]
const EXAMPLE_273: Example = Example {
    label: "UpdateCompany 404 response `error`",
    json: r#"{"errors":[{"code":"company_not_found","message":"Company Not Found"}],"request_id":"b1e00004-4c2d-4f8a-9b6e-c9991a4b0194","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "companies")]
const EXAMPLE_274: Example = Example {
    label: "deleteCompany 200 response `ok`",
    json: r#"{"deleted":true,"id":"66a1f40ab8e4d70012ab3501","object":"company"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::DeletedCompanyObject>,
};

#[cfg(feature = "companies")]
const EXAMPLE_275: Example = Example {
    label: "deleteCompany 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "companies")]
const EXAMPLE_276: Example = Example {
    label: "deleteCompany 404 response `error`",
    json: r#"{"errors":[{"code":"company_not_found","message":"Company Not Found"}],"request_id":"b1e00005-4c2d-4f8a-9b6e-34e5f5320194","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "companies")]
const EXAMPLE_277: Example = Example {
    label: "ListAttachedContacts 200 response `ok`",
    json: r#"{"data":[{"android_app_name":null,"android_app_version":null,"android_device":null,"android_last_seen_at":null,"android_os_version":null,"android_sdk_version":null,"avatar":{"image_url":"https://static.example.com/avatars/tomas.jpg","type":"avatar"},"browser":"firefox","browser_language":"en-IE","browser_version":"133.0","companies":{"data":[{"id":"66a1f40ab8e4d70012ab3501","type":"company","url":"/companies/66a1f40ab8e4d70012ab3501"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/companies"},"created_at":1767957000,"custom_attributes":{"lifetime_orders":4,"loyalty_tier":"silver"},"email":"tomas.reyes@example.org","email_domain":"example.org","enabled_push_messaging":true,"external_id":"cust-20931","formatted_phone":"+353871234567","has_hard_bounced":false,"id":"66a1f3c2b8e4d70012ab34cd","ios_app_name":"Northwind Ride","ios_app_version":"4.2.1","ios_device":"iPhone 15","ios_last_seen_at":1767900000,"ios_os_version":"18.2","ios_sdk_version":"17.3.0","language_override":"es","last_contacted_at":1767968000,"last_email_clicked_at":null,"last_email_opened_at":null,"last_replied_at":1767968300,"last_seen_at":1767966000,"location":{"city":"Galway","country":"Ireland","region":"Connacht","type":"location"},"marked_email_as_spam":false,"name":"Tomás Reyes","notes":{"data":[{"id":"5510932","type":"note","url":"/notes/5510932"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/notes"},"os":"Linux","owner_id":"7301942","phone":"+353 87 123 4567","role":"user","signed_up_at":1767962400,"social_profiles":{"data":[{"name":"Strava","type":"social_profile","url":"https://www.strava.com/athletes/20931"}],"type":"list"},"tags":{"data":[{"id":"730122","type":"tag","url":"/tags/730122"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/tags"},"type":"contact","unsubscribed_from_emails":false,"updated_at":1767962400,"workspace_id":"k7t2qz9x"}],"pages":{"page":1,"per_page":50,"total_pages":1,"type":"pages"},"total_count":1,"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::CompanyAttachedContacts>,
};

#[cfg(feature = "companies")]
const DECODER_34: Decoder = Decoder {
    pinned: "list",
    name: "CompanyAttachedContacts",
    rejects: rejects::<intercom_client::types::CompanyAttachedContacts>,
};

#[cfg(feature = "companies")]
const EXAMPLE_278: Example = Example {
    label: "ListAttachedContacts 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "companies")]
const EXAMPLE_279: Example = Example {
    label: "ListAttachedContacts 404 response `error`",
    json: r#"{"errors":[{"code":"company_not_found","message":"Company Not Found"}],"request_id":"b1e00006-4c2d-4f8a-9b6e-689838730194","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "companies")]
const EXAMPLE_280: Example = Example {
    label: "ListAttachedSegmentsForCompanies 200 response `ok`",
    json: r#"{"data":[{"created_at":1735776000,"id":"66a1f4e6b8e4d70012ab3610","name":"Active riders","person_type":"user","type":"segment","updated_at":1767962400}],"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::CompanyAttachedSegments>,
};

#[cfg(feature = "companies")]
const DECODER_35: Decoder = Decoder {
    pinned: "list",
    name: "CompanyAttachedSegments",
    rejects: rejects::<intercom_client::types::CompanyAttachedSegments>,
};

#[cfg(feature = "companies")]
const EXAMPLE_281: Example = Example {
    label: "ListAttachedSegmentsForCompanies 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "companies")]
const EXAMPLE_282: Example = Example {
    label: "ListAttachedSegmentsForCompanies 404 response `error`",
    json: r#"{"errors":[{"code":"company_not_found","message":"Company Not Found"}],"request_id":"b1e00007-4c2d-4f8a-9b6e-bc1546780194","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "notes")]
const EXAMPLE_283: Example = Example {
    label: "listCompanyNotes 200 response `ok`",
    json: r#"{"data":[{"author":{"avatar":"https://static.example.com/avatars/aoife.png","away_mode_enabled":false,"away_mode_reassign":false,"away_status_reason_id":null,"email":"aoife@northwind-cycles.example.com","has_inbox_seat":false,"id":"7301942","job_title":"Support lead","name":"Aoife Byrne","role":{"id":"3","name":"Support agent","type":"role"},"team_ids":[5017],"team_priority_level":{"primary_team_ids":[5017],"secondary_team_ids":[5020]},"type":"admin"},"body":"<p>Renewal call booked for March.</p>","company":{"id":"66a1f40ab8e4d70012ab3501","type":"company"},"contact":null,"created_at":1767962400,"id":"5510977","type":"note"}],"pages":{"page":1,"per_page":50,"total_pages":1,"type":"pages"},"total_count":1,"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::NoteList>,
};

#[cfg(feature = "notes")]
const DECODER_36: Decoder = Decoder {
    pinned: "list",
    name: "NoteList",
    rejects: rejects::<intercom_client::types::NoteList>,
};

#[cfg(feature = "notes")]
const EXAMPLE_284: Example = Example {
    label: "listCompanyNotes 404 response `error`",
    json: r#"{"errors":[{"code":"company_not_found","message":"Company Not Found"}],"request_id":"b1e00008-4c2d-4f8a-9b6e-17a139f00194","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "notes")]
const EXAMPLE_285: Example = Example {
    label: "createCompanyNote request `note`",
    json: r#"{"admin_id":"7301942","body":"Renewal call booked for March."}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::CreateCompanyNoteRequest>,
};

#[cfg(feature = "notes")]
const EXAMPLE_286: Example = Example {
    label: "createCompanyNote 200 response `ok`",
    json: r#"{"author":{"avatar":"https://static.example.com/avatars/aoife.png","away_mode_enabled":false,"away_mode_reassign":false,"away_status_reason_id":null,"email":"aoife@northwind-cycles.example.com","has_inbox_seat":false,"id":"7301942","job_title":"Support lead","name":"Aoife Byrne","role":{"id":"3","name":"Support agent","type":"role"},"team_ids":[5017],"team_priority_level":{"primary_team_ids":[5017],"secondary_team_ids":[5020]},"type":"admin"},"body":"<p>Renewal call booked for March.</p>","company":{"id":"66a1f40ab8e4d70012ab3501","type":"company"},"contact":null,"created_at":1767962400,"id":"5510977","type":"note"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("note"),
    check: check::<intercom_client::types::Note>,
};

#[cfg(feature = "notes")]
const DECODER_37: Decoder = Decoder {
    pinned: "note",
    name: "Note",
    rejects: rejects::<intercom_client::types::Note>,
};

#[cfg(feature = "notes")]
const EXAMPLE_287: Example = Example {
    label: "createCompanyNote 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "notes")]
const EXAMPLE_288: Example = Example {
    label: "createCompanyNote 404 response `error`",
    json: r#"{"errors":[{"code":"company_not_found","message":"Company Not Found"}],"request_id":"b1e00009-4c2d-4f8a-9b6e-d08d05f30194","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "companies")]
const EXAMPLE_289: Example = Example {
    label: "searchCompanies request `by_spend`",
    json: r#"{"pagination":{"per_page":20},"query":{"field":"monthly_spend","operator":">","value":1000},"sort":{"field":"name","order":"ascending"}}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::CompanySearchRequest>,
};

#[cfg(feature = "companies")]
const EXAMPLE_290: Example = Example {
    label: "searchCompanies 200 response `ok`",
    json: r#"{"data":[{"app_id":"k7t2qz9x","company_id":"nw-1042","created_at":1767957000,"custom_attributes":{"contract":"annual","region":"west"},"id":"66a1f40ab8e4d70012ab3501","industry":"Bicycle rental","last_request_at":1767966000,"monthly_spend":1900,"name":"Northwind Cycles","notes":{"notes":[],"type":"note.list"},"plan":{"id":"88120","name":"Fleet","type":"plan"},"remote_created_at":1735689600,"segments":{"segments":[],"type":"segment.list"},"session_count":318,"size":42,"tags":{"tags":[{"id":"730122","name":"VIP","type":"tag"}],"type":"tag.list"},"type":"company","updated_at":1767962400,"user_count":12,"website":"https://northwind-cycles.example.com"}],"pages":{"page":1,"per_page":15,"total_pages":1,"type":"pages"},"total_count":1,"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::CompanyList>,
};

#[cfg(feature = "companies")]
const EXAMPLE_291: Example = Example {
    label: "searchCompanies 400 response `error`",
    json: r#"{"errors":[{"code":"invalid_field","field":"plan.id","message":"plan.id is not a searchable field"}],"request_id":"b1e00010-4c2d-4f8a-9b6e-3e22c64c0190","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "companies")]
const EXAMPLE_292: Example = Example {
    label: "searchCompanies 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "companies")]
const EXAMPLE_293: Example = Example {
    label: "listAllCompanies 200 response `ok`",
    json: r#"{"data":[{"app_id":"k7t2qz9x","company_id":"nw-1042","created_at":1767957000,"custom_attributes":{"contract":"annual","region":"west"},"id":"66a1f40ab8e4d70012ab3501","industry":"Bicycle rental","last_request_at":1767966000,"monthly_spend":1900,"name":"Northwind Cycles","notes":{"notes":[],"type":"note.list"},"plan":{"id":"88120","name":"Fleet","type":"plan"},"remote_created_at":1735689600,"segments":{"segments":[],"type":"segment.list"},"session_count":318,"size":42,"tags":{"tags":[{"id":"730122","name":"VIP","type":"tag"}],"type":"tag.list"},"type":"company","updated_at":1767962400,"user_count":12,"website":"https://northwind-cycles.example.com"}],"pages":{"page":1,"per_page":15,"total_pages":1,"type":"pages"},"total_count":1,"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::CompanyList>,
};

#[cfg(feature = "companies")]
const EXAMPLE_294: Example = Example {
    label: "listAllCompanies 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "companies")]
const EXAMPLE_295: Example = Example {
    label: "scrollOverAllCompanies 200 response `ok`",
    json: r#"{"data":[{"app_id":"k7t2qz9x","company_id":"nw-1042","created_at":1767957000,"custom_attributes":{"contract":"annual","region":"west"},"id":"66a1f40ab8e4d70012ab3501","industry":"Bicycle rental","last_request_at":1767966000,"monthly_spend":1900,"name":"Northwind Cycles","notes":{"notes":[],"type":"note.list"},"plan":{"id":"88120","name":"Fleet","type":"plan"},"remote_created_at":1735689600,"segments":{"segments":[],"type":"segment.list"},"session_count":318,"size":42,"tags":{"tags":[{"id":"730122","name":"VIP","type":"tag"}],"type":"tag.list"},"type":"company","updated_at":1767962400,"user_count":12,"website":"https://northwind-cycles.example.com"}],"pages":{"page":1,"per_page":50,"total_pages":1,"type":"pages"},"scroll_param":"a3d1f6c0-52b9-4e27-9f1a-7c8e2b4d0e61","total_count":1,"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::CompanyScroll>,
};

#[cfg(feature = "companies")]
const DECODER_38: Decoder = Decoder {
    pinned: "list",
    name: "CompanyScroll",
    rejects: rejects::<intercom_client::types::CompanyScroll>,
};

#[cfg(feature = "companies")]
const EXAMPLE_296: Example = Example {
    label: "scrollOverAllCompanies 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_297: Example = Example {
    label: "listCompaniesForAContact 200 response `ok`",
    json: r#"{"companies":[{"app_id":"k7t2qz9x","company_id":"nw-1042","created_at":1767957000,"custom_attributes":{"contract":"annual","region":"west"},"id":"66a1f40ab8e4d70012ab3501","industry":"Bicycle rental","last_request_at":1767966000,"monthly_spend":1900,"name":"Northwind Cycles","notes":{"notes":[],"type":"note.list"},"plan":{"id":"88120","name":"Fleet","type":"plan"},"remote_created_at":1735689600,"segments":{"segments":[],"type":"segment.list"},"session_count":318,"size":42,"tags":{"tags":[{"id":"730122","name":"VIP","type":"tag"}],"type":"tag.list"},"type":"company","updated_at":1767962400,"user_count":12,"website":"https://northwind-cycles.example.com"}],"pages":{"next":null,"page":1,"per_page":50,"total_pages":1,"type":"pages"},"total_count":1,"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::ContactAttachedCompanies>,
};

#[cfg(feature = "contacts")]
const DECODER_39: Decoder = Decoder {
    pinned: "list",
    name: "ContactAttachedCompanies",
    rejects: rejects::<intercom_client::types::ContactAttachedCompanies>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_298: Example = Example {
    label: "listCompaniesForAContact 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_299: Example = Example {
    label: "listCompaniesForAContact 404 response `error`",
    json: r#"{"errors":[{"code":"not_found","message":"User Not Found"}],"request_id":"b1e00013-4c2d-4f8a-9b6e-17fe7ec20194","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "companies")]
const EXAMPLE_300: Example = Example {
    label: "attachContactToACompany request `company`",
    json: r#"{"id":"66a1f40ab8e4d70012ab3501"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::AttachContactToACompanyRequest>,
};

#[cfg(feature = "companies")]
const EXAMPLE_301: Example = Example {
    label: "attachContactToACompany 200 response `ok`",
    json: r#"{"app_id":"k7t2qz9x","company_id":"nw-1042","created_at":1767957000,"custom_attributes":{"contract":"annual","region":"west"},"id":"66a1f40ab8e4d70012ab3501","industry":"Bicycle rental","last_request_at":1767966000,"monthly_spend":1900,"name":"Northwind Cycles","notes":{"notes":[],"type":"note.list"},"plan":{"id":"88120","name":"Fleet","type":"plan"},"remote_created_at":1735689600,"segments":{"segments":[],"type":"segment.list"},"session_count":318,"size":42,"tags":{"tags":[{"id":"730122","name":"VIP","type":"tag"}],"type":"tag.list"},"type":"company","updated_at":1767962400,"user_count":12,"website":"https://northwind-cycles.example.com"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("company"),
    check: check::<intercom_client::types::Company>,
};

#[cfg(feature = "companies")]
const EXAMPLE_302: Example = Example {
    label: "attachContactToACompany 400 response `error`",
    json: r#"{"errors":[{"code":"parameter_not_found","message":"company not specified"}],"request_id":"b1e00011-4c2d-4f8a-9b6e-fdbb105f0190","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "companies")]
const EXAMPLE_303: Example = Example {
    label: "attachContactToACompany 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "companies")]
const EXAMPLE_304: Example = Example {
    label: "attachContactToACompany 404 response `error`",
    json: r#"{"errors":[{"code":"company_not_found","message":"Company Not Found"}],"request_id":"b1e00012-4c2d-4f8a-9b6e-fdbb105f0194","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "companies")]
const EXAMPLE_305: Example = Example {
    label: "detachContactFromACompany 200 response `ok`",
    json: r#"{"app_id":"k7t2qz9x","company_id":"nw-1042","created_at":1767957000,"custom_attributes":{"contract":"annual","region":"west"},"id":"66a1f40ab8e4d70012ab3501","industry":"Bicycle rental","last_request_at":1767966000,"monthly_spend":1900,"name":"Northwind Cycles","notes":{"notes":[],"type":"note.list"},"plan":{"id":"88120","name":"Fleet","type":"plan"},"remote_created_at":1735689600,"segments":{"segments":[],"type":"segment.list"},"session_count":318,"size":42,"tags":{"tags":[{"id":"730122","name":"VIP","type":"tag"}],"type":"tag.list"},"type":"company","updated_at":1767962400,"user_count":12,"website":"https://northwind-cycles.example.com"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("company"),
    check: check::<intercom_client::types::Company>,
};

#[cfg(feature = "companies")]
const EXAMPLE_306: Example = Example {
    label: "detachContactFromACompany 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "companies")]
const EXAMPLE_307: Example = Example {
    label: "detachContactFromACompany 404 response `error`",
    json: r#"{"errors":[{"code":"company_not_found","message":"Company Not Found"}],"request_id":"b1e00014-4c2d-4f8a-9b6e-6b89dc960194","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "companies")]
const EXAMPLE_308: Example = Example {
    label: "BulkUpdateCompanies request `two_companies`",
    json: r#"{"companies":[{"id":"66a1f40ab8e4d70012ab3501","plan":"Fleet plus"},{"id":"66a1f41cb8e4d70012ab3507","size":9}],"job":{"id":"bulkjob_co_7d13e5"}}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::BulkUpdateCompaniesRequest>,
};

#[cfg(feature = "companies")]
const EXAMPLE_309: Example = Example {
    label: "BulkUpdateCompanies 202 response `ok`",
    json: r#"{"completed_at":null,"created_at":1767957000,"id":"bulkjob_co_7d13e5","state":"pending","tasks":[{"completed_at":null,"created_at":1767957000,"id":"task_7d13e5_1","item_count":2,"started_at":null,"state":"pending"}],"type":"companies.bulk.job","updated_at":1767957000,"url":"https://api.intercom.io/companies/bulk/bulkjob_co_7d13e5"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("companies.bulk.job"),
    check: check::<intercom_client::types::CompaniesBulkJob>,
};

#[cfg(feature = "companies")]
const DECODER_40: Decoder = Decoder {
    pinned: "companies.bulk.job",
    name: "CompaniesBulkJob",
    rejects: rejects::<intercom_client::types::CompaniesBulkJob>,
};

#[cfg(feature = "companies")]
const EXAMPLE_310: Example = Example {
    label: "BulkUpdateCompanies 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "companies")]
const EXAMPLE_311: Example = Example {
    label: "BulkUpdateCompanies 403 response `error`",
    json: r#"{"errors":[{"code":"api_plan_restricted","message":"Bulk operations are not enabled for this workspace"}],"request_id":"b1e00018-4c2d-4f8a-9b6e-fe04e45d0193","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "companies")]
const EXAMPLE_312: Example = Example {
    label: "BulkUpdateCompanies 404 response `error`",
    json: r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"b1e00019-4c2d-4f8a-9b6e-fe04e45d0194","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "companies")]
const EXAMPLE_313: Example = Example {
    label: "BulkUpdateCompanies 422 response `error`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"No more than 100 items can be sent in one request"}],"request_id":"b1e00020-4c2d-4f8a-9b6e-fe04e45d01a6","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "companies")]
const EXAMPLE_314: Example = Example {
    label: "BulkCreateCompanies request `two_companies`",
    json: r#"{"companies":[{"company_id":"nw-1042","name":"Northwind Cycles","plan":"Fleet"},{"company_id":"nw-1043","name":"Harbour Ebikes","size":8,"update_last_request_at":true}]}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::BulkCreateCompaniesRequest>,
};

#[cfg(feature = "companies")]
const EXAMPLE_315: Example = Example {
    label: "BulkCreateCompanies 202 response `ok`",
    json: r#"{"completed_at":null,"created_at":1767957000,"id":"bulkjob_co_7d13e5","state":"pending","tasks":[{"completed_at":null,"created_at":1767957000,"id":"task_7d13e5_1","item_count":2,"started_at":null,"state":"pending"}],"type":"companies.bulk.job","updated_at":1767957000,"url":"https://api.intercom.io/companies/bulk/bulkjob_co_7d13e5"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("companies.bulk.job"),
    check: check::<intercom_client::types::CompaniesBulkJob>,
};

#[cfg(feature = "companies")]
const EXAMPLE_316: Example = Example {
    label: "BulkCreateCompanies 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "companies")]
const EXAMPLE_317: Example = Example {
    label: "BulkCreateCompanies 403 response `error`",
    json: r#"{"errors":[{"code":"api_plan_restricted","message":"Bulk operations are not enabled for this workspace"}],"request_id":"b1e00015-4c2d-4f8a-9b6e-a464b2c80193","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "companies")]
const EXAMPLE_318: Example = Example {
    label: "BulkCreateCompanies 404 response `error`",
    json: r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"b1e00016-4c2d-4f8a-9b6e-a464b2c80194","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "companies")]
const EXAMPLE_319: Example = Example {
    label: "BulkCreateCompanies 422 response `error`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"No more than 100 items can be sent in one request"}],"request_id":"b1e00017-4c2d-4f8a-9b6e-a464b2c801a6","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "companies")]
const EXAMPLE_320: Example = Example {
    label: "BulkDeleteCompanies request `one_company`",
    json: r#"{"companies":[{"id":"66a1f41cb8e4d70012ab3507"}]}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::BulkDeleteCompaniesRequest>,
};

#[cfg(feature = "companies")]
const EXAMPLE_321: Example = Example {
    label: "BulkDeleteCompanies 202 response `ok`",
    json: r#"{"completed_at":null,"created_at":1767957000,"id":"bulkjob_co_7d13e5","state":"pending","tasks":[{"completed_at":null,"created_at":1767957000,"id":"task_7d13e5_1","item_count":2,"started_at":null,"state":"pending"}],"type":"companies.bulk.job","updated_at":1767957000,"url":"https://api.intercom.io/companies/bulk/bulkjob_co_7d13e5"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("companies.bulk.job"),
    check: check::<intercom_client::types::CompaniesBulkJob>,
};

#[cfg(feature = "companies")]
const EXAMPLE_322: Example = Example {
    label: "BulkDeleteCompanies 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "companies")]
const EXAMPLE_323: Example = Example {
    label: "BulkDeleteCompanies 403 response `error`",
    json: r#"{"errors":[{"code":"api_plan_restricted","message":"Bulk operations are not enabled for this workspace"}],"request_id":"b1e00021-4c2d-4f8a-9b6e-b8891ae90193","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "companies")]
const EXAMPLE_324: Example = Example {
    label: "BulkDeleteCompanies 404 response `error`",
    json: r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"b1e00022-4c2d-4f8a-9b6e-b8891ae90194","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "companies")]
const EXAMPLE_325: Example = Example {
    label: "BulkDeleteCompanies 422 response `error`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"No more than 100 items can be sent in one request"}],"request_id":"b1e00023-4c2d-4f8a-9b6e-b8891ae901a6","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "companies")]
const EXAMPLE_326: Example = Example {
    label: "ShowBulkCompaniesJob 200 response `ok`",
    json: r#"{"completed_at":1767957180,"created_at":1767957000,"id":"bulkjob_co_7d13e5","state":"completed","tasks":[{"completed_at":1767957180,"created_at":1767957000,"id":"task_7d13e5_1","item_count":2,"started_at":1767957060,"state":"completed"}],"type":"companies.bulk.job","updated_at":1767957180,"url":"https://api.intercom.io/companies/bulk/bulkjob_co_7d13e5"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("companies.bulk.job"),
    check: check::<intercom_client::types::CompaniesBulkJob>,
};

#[cfg(feature = "companies")]
const EXAMPLE_327: Example = Example {
    label: "ShowBulkCompaniesJob 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "notes")]
const EXAMPLE_328: Example = Example {
    label: "listNotes 200 response `ok`",
    json: r#"{"data":[{"author":{"avatar":"https://static.example.com/avatars/aoife.png","away_mode_enabled":false,"away_mode_reassign":false,"away_status_reason_id":null,"email":"aoife@northwind-cycles.example.com","has_inbox_seat":false,"id":"7301942","job_title":"Support lead","name":"Aoife Byrne","role":{"id":"3","name":"Support agent","type":"role"},"team_ids":[5017],"team_priority_level":{"primary_team_ids":[5017],"secondary_team_ids":[5020]},"type":"admin"},"body":"<p>Asked about a family bike rack.</p>","company":null,"contact":{"id":"66a1f3c2b8e4d70012ab34cd","type":"contact"},"created_at":1767962400,"id":"5510932","type":"note"}],"pages":{"page":1,"per_page":50,"total_pages":1,"type":"pages"},"total_count":1,"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::NoteList>,
};

#[cfg(feature = "notes")]
const EXAMPLE_329: Example = Example {
    label: "listNotes 404 response `error`",
    json: r#"{"errors":[{"code":"not_found","message":"User Not Found"}],"request_id":"b1e00024-4c2d-4f8a-9b6e-d831267a0194","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "notes")]
const EXAMPLE_330: Example = Example {
    label: "createNote request `note`",
    json: r#"{"admin_id":"7301942","body":"Asked about a family bike rack.","contact_id":"66a1f3c2b8e4d70012ab34cd"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::CreateNoteRequest>,
};

#[cfg(feature = "notes")]
const EXAMPLE_331: Example = Example {
    label: "createNote 200 response `ok`",
    json: r#"{"author":{"avatar":"https://static.example.com/avatars/aoife.png","away_mode_enabled":false,"away_mode_reassign":false,"away_status_reason_id":null,"email":"aoife@northwind-cycles.example.com","has_inbox_seat":false,"id":"7301942","job_title":"Support lead","name":"Aoife Byrne","role":{"id":"3","name":"Support agent","type":"role"},"team_ids":[5017],"team_priority_level":{"primary_team_ids":[5017],"secondary_team_ids":[5020]},"type":"admin"},"body":"<p>Asked about a family bike rack.</p>","company":null,"contact":{"id":"66a1f3c2b8e4d70012ab34cd","type":"contact"},"created_at":1767962400,"id":"5510932","type":"note"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("note"),
    check: check::<intercom_client::types::Note>,
};

#[cfg(feature = "notes")]
const EXAMPLE_332: Example = Example {
    label: "createNote 404 response `error`",
    json: r#"{"errors":[{"code":"not_found","message":"User Not Found"}],"request_id":"b1e00025-4c2d-4f8a-9b6e-3d6fe8040194","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_333: Example = Example {
    label: "listSegmentsForAContact 200 response `ok`",
    json: r#"{"data":[{"created_at":1735776000,"id":"66a1f4e6b8e4d70012ab3610","name":"Active riders","person_type":"user","type":"segment","updated_at":1767962400}],"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::ContactSegments>,
};

#[cfg(feature = "contacts")]
const DECODER_41: Decoder = Decoder {
    pinned: "list",
    name: "ContactSegments",
    rejects: rejects::<intercom_client::types::ContactSegments>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_334: Example = Example {
    label: "listSegmentsForAContact 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_335: Example = Example {
    label: "listSegmentsForAContact 404 response `error`",
    json: r#"{"errors":[{"code":"not_found","message":"User Not Found"}],"request_id":"b1e00026-4c2d-4f8a-9b6e-f2dbb5010194","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_336: Example = Example {
    label: "listSubscriptionsForAContact 200 response `ok`",
    json: r#"{"data":[{"consent_type":"opt_in","content_types":["email"],"default_translation":{"description":"Monthly news about new routes and bikes.","locale":"en","name":"Product newsletter"},"id":"218004","state":"live","translations":[{"description":"Monthly news about new routes and bikes.","locale":"en","name":"Product newsletter"},{"description":"Novedades mensuales sobre rutas y bicicletas.","locale":"es","name":"Boletín de producto"}],"type":"subscription"}],"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::SubscriptionTypeList>,
};

#[cfg(feature = "contacts")]
const DECODER_42: Decoder = Decoder {
    pinned: "list",
    name: "SubscriptionTypeList",
    rejects: rejects::<intercom_client::types::SubscriptionTypeList>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_337: Example = Example {
    label: "listSubscriptionsForAContact 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_338: Example = Example {
    label: "listSubscriptionsForAContact 404 response `error`",
    json: r#"{"errors":[{"code":"not_found","message":"User Not Found"}],"request_id":"b1e00027-4c2d-4f8a-9b6e-f45ea0b00194","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "subscription_types")]
const EXAMPLE_339: Example = Example {
    label: "attachSubscriptionTypeToContact request `opt_in`",
    json: r#"{"consent_type":"opt_in","id":"218004"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::AttachSubscriptionTypeToContactRequest>,
};

#[cfg(feature = "subscription_types")]
const EXAMPLE_340: Example = Example {
    label: "attachSubscriptionTypeToContact 200 response `ok`",
    json: r#"{"consent_type":"opt_in","content_types":["email"],"default_translation":{"description":"Monthly news about new routes and bikes.","locale":"en","name":"Product newsletter"},"id":"218004","state":"live","translations":[{"description":"Monthly news about new routes and bikes.","locale":"en","name":"Product newsletter"},{"description":"Novedades mensuales sobre rutas y bicicletas.","locale":"es","name":"Boletín de producto"}],"type":"subscription"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("subscription"),
    check: check::<intercom_client::types::SubscriptionType>,
};

#[cfg(feature = "subscription_types")]
const DECODER_43: Decoder = Decoder {
    pinned: "subscription",
    name: "SubscriptionType",
    rejects: rejects::<intercom_client::types::SubscriptionType>,
};

#[cfg(feature = "subscription_types")]
const EXAMPLE_341: Example = Example {
    label: "attachSubscriptionTypeToContact 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "subscription_types")]
const EXAMPLE_342: Example = Example {
    label: "attachSubscriptionTypeToContact 404 response `error`",
    json: r#"{"errors":[{"code":"not_found","message":"Subscription type not found"}],"request_id":"b1e00028-4c2d-4f8a-9b6e-6c1401570194","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "subscription_types")]
const EXAMPLE_343: Example = Example {
    label: "detachSubscriptionTypeToContact 200 response `ok`",
    json: r#"{"consent_type":"opt_in","content_types":["email"],"default_translation":{"description":"Monthly news about new routes and bikes.","locale":"en","name":"Product newsletter"},"id":"218004","state":"live","translations":[{"description":"Monthly news about new routes and bikes.","locale":"en","name":"Product newsletter"},{"description":"Novedades mensuales sobre rutas y bicicletas.","locale":"es","name":"Boletín de producto"}],"type":"subscription"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("subscription"),
    check: check::<intercom_client::types::SubscriptionType>,
};

#[cfg(feature = "subscription_types")]
const EXAMPLE_344: Example = Example {
    label: "detachSubscriptionTypeToContact 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "subscription_types")]
const EXAMPLE_345: Example = Example {
    label: "detachSubscriptionTypeToContact 404 response `error`",
    json: r#"{"errors":[{"code":"not_found","message":"Subscription type not found"}],"request_id":"b1e00029-4c2d-4f8a-9b6e-15e095c80194","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_346: Example = Example {
    label: "listTagsForAContact 200 response `ok`",
    json: r#"{"data":[{"id":"730122","name":"VIP","type":"tag"}],"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::TagList>,
};

#[cfg(feature = "contacts")]
const DECODER_44: Decoder = Decoder {
    pinned: "list",
    name: "TagList",
    rejects: rejects::<intercom_client::types::TagList>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_347: Example = Example {
    label: "listTagsForAContact 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_348: Example = Example {
    label: "listTagsForAContact 404 response `error`",
    json: r#"{"errors":[{"code":"not_found","message":"User Not Found"}],"request_id":"b1e00030-4c2d-4f8a-9b6e-7c5f3c470194","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tags")]
const EXAMPLE_349: Example = Example {
    label: "attachTagToContact request `tag`",
    json: r#"{"id":"730122"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::AttachTagToContactRequest>,
};

#[cfg(feature = "tags")]
const EXAMPLE_350: Example = Example {
    label: "attachTagToContact 200 response `ok`",
    json: r#"{"applied_at":1767962400,"applied_by":{"id":"7301942","type":"admin"},"id":"730122","name":"VIP","type":"tag"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("tag"),
    check: check::<intercom_client::types::Tag>,
};

#[cfg(feature = "tags")]
const EXAMPLE_351: Example = Example {
    label: "attachTagToContact 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tags")]
const EXAMPLE_352: Example = Example {
    label: "attachTagToContact 404 response `error`",
    json: r#"{"errors":[{"code":"not_found","message":"Tag not found"}],"request_id":"b1e00031-4c2d-4f8a-9b6e-893a0f210194","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tags")]
const EXAMPLE_353: Example = Example {
    label: "detachTagFromContact 200 response `ok`",
    json: r#"{"id":"730122","name":"VIP","type":"tag"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("tag"),
    check: check::<intercom_client::types::Tag>,
};

#[cfg(feature = "tags")]
const EXAMPLE_354: Example = Example {
    label: "detachTagFromContact 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tags")]
const EXAMPLE_355: Example = Example {
    label: "detachTagFromContact 404 response `error`",
    json: r#"{"errors":[{"code":"not_found","message":"Tag not found"}],"request_id":"b1e00032-4c2d-4f8a-9b6e-3b49474b0194","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_356: Example = Example {
    label: "ShowContact 200 response `user`",
    json: r#"{"android_app_name":null,"android_app_version":null,"android_device":null,"android_last_seen_at":null,"android_os_version":null,"android_sdk_version":null,"avatar":{"image_url":"https://static.example.com/avatars/tomas.jpg","type":"avatar"},"browser":"firefox","browser_language":"en-IE","browser_version":"133.0","companies":{"data":[{"id":"66a1f40ab8e4d70012ab3501","type":"company","url":"/companies/66a1f40ab8e4d70012ab3501"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/companies"},"created_at":1767957000,"custom_attributes":{"lifetime_orders":4,"loyalty_tier":"silver"},"email":"tomas.reyes@example.org","email_domain":"example.org","enabled_push_messaging":true,"external_id":"cust-20931","formatted_phone":"+353871234567","has_hard_bounced":false,"id":"66a1f3c2b8e4d70012ab34cd","ios_app_name":"Northwind Ride","ios_app_version":"4.2.1","ios_device":"iPhone 15","ios_last_seen_at":1767900000,"ios_os_version":"18.2","ios_sdk_version":"17.3.0","language_override":"es","last_contacted_at":1767968000,"last_email_clicked_at":null,"last_email_opened_at":null,"last_replied_at":1767968300,"last_seen_at":1767966000,"location":{"city":"Galway","country":"Ireland","region":"Connacht","type":"location"},"marked_email_as_spam":false,"name":"Tomás Reyes","notes":{"data":[{"id":"5510932","type":"note","url":"/notes/5510932"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/notes"},"os":"Linux","owner_id":"7301942","phone":"+353 87 123 4567","role":"user","signed_up_at":1767962400,"social_profiles":{"data":[{"name":"Strava","type":"social_profile","url":"https://www.strava.com/athletes/20931"}],"type":"list"},"tags":{"data":[{"id":"730122","type":"tag","url":"/tags/730122"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/tags"},"type":"contact","unsubscribed_from_emails":false,"updated_at":1767962400,"workspace_id":"k7t2qz9x"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("contact"),
    check: check::<intercom_client::types::ShowContactResponse>,
};

#[cfg(feature = "contacts")]
const DECODER_45: Decoder = Decoder {
    pinned: "contact",
    name: "ShowContactResponse",
    rejects: rejects::<intercom_client::types::ShowContactResponse>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_357: Example = Example {
    label: "ShowContact 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_358: Example = Example {
    label: "ShowContact 404 response `not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"User Not Found"}],"request_id":"c16a8dae-be4f-4386-a7dc-d35a8e42b1f6","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_359: Example = Example {
    label: "ShowContact 410 response `contact_merged`",
    json: r#"{"errors":[{"code":"contact_merged","message":"This contact was merged; follow the Link header to the surviving contact."}],"request_id":"ad604ec2-7195-4fdb-a8ca-d05fb14c2639","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_360: Example = Example {
    label: "UpdateContact request `rename`",
    json: r#"{"custom_attributes":{"loyalty_tier":"silver"},"name":"Tomás Reyes"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::UpdateContactRequest>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_361: Example = Example {
    label: "UpdateContact request `link_order`",
    json: r#"{"custom_attributes":{"order":["40117"]}}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::UpdateContactRequest>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_362: Example = Example {
    label: "UpdateContact 200 response `user`",
    json: r#"{"android_app_name":null,"android_app_version":null,"android_device":null,"android_last_seen_at":null,"android_os_version":null,"android_sdk_version":null,"avatar":{"image_url":"https://static.example.com/avatars/tomas.jpg","type":"avatar"},"browser":"firefox","browser_language":"en-IE","browser_version":"133.0","companies":{"data":[{"id":"66a1f40ab8e4d70012ab3501","type":"company","url":"/companies/66a1f40ab8e4d70012ab3501"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/companies"},"created_at":1767957000,"custom_attributes":{"lifetime_orders":4,"loyalty_tier":"silver"},"email":"tomas.reyes@example.org","email_domain":"example.org","enabled_push_messaging":true,"external_id":"cust-20931","formatted_phone":"+353871234567","has_hard_bounced":false,"id":"66a1f3c2b8e4d70012ab34cd","ios_app_name":"Northwind Ride","ios_app_version":"4.2.1","ios_device":"iPhone 15","ios_last_seen_at":1767900000,"ios_os_version":"18.2","ios_sdk_version":"17.3.0","language_override":"es","last_contacted_at":1767968000,"last_email_clicked_at":null,"last_email_opened_at":null,"last_replied_at":1767968300,"last_seen_at":1767966000,"location":{"city":"Galway","country":"Ireland","region":"Connacht","type":"location"},"marked_email_as_spam":false,"name":"Tomás Reyes","notes":{"data":[{"id":"5510932","type":"note","url":"/notes/5510932"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/notes"},"os":"Linux","owner_id":"7301942","phone":"+353 87 123 4567","role":"user","signed_up_at":1767962400,"social_profiles":{"data":[{"name":"Strava","type":"social_profile","url":"https://www.strava.com/athletes/20931"}],"type":"list"},"tags":{"data":[{"id":"730122","type":"tag","url":"/tags/730122"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/tags"},"type":"contact","unsubscribed_from_emails":false,"updated_at":1767962400,"workspace_id":"k7t2qz9x"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("contact"),
    check: check::<intercom_client::types::UpdateContactResponse>,
};

#[cfg(feature = "contacts")]
const DECODER_46: Decoder = Decoder {
    pinned: "contact",
    name: "UpdateContactResponse",
    rejects: rejects::<intercom_client::types::UpdateContactResponse>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_363: Example = Example {
    label: "UpdateContact 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_364: Example = Example {
    label: "DeleteContact 200 response `ok`",
    json: r#"{"deleted":true,"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("contact"),
    check: check::<intercom_client::types::ContactDeleted>,
};

#[cfg(feature = "contacts")]
const DECODER_47: Decoder = Decoder {
    pinned: "contact",
    name: "ContactDeleted",
    rejects: rejects::<intercom_client::types::ContactDeleted>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_365: Example = Example {
    label: "DeleteContact 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_366: Example = Example {
    label: "MergeContact request `merge`",
    json: r#"{"from":"66a1f3d9b8e4d70012ab34e2","into":"66a1f3c2b8e4d70012ab34cd"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::MergeContactsRequest>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_367: Example = Example {
    label: "MergeContact 200 response `user`",
    json: r#"{"android_app_name":null,"android_app_version":null,"android_device":null,"android_last_seen_at":null,"android_os_version":null,"android_sdk_version":null,"avatar":{"image_url":"https://static.example.com/avatars/tomas.jpg","type":"avatar"},"browser":"firefox","browser_language":"en-IE","browser_version":"133.0","companies":{"data":[{"id":"66a1f40ab8e4d70012ab3501","type":"company","url":"/companies/66a1f40ab8e4d70012ab3501"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/companies"},"created_at":1767957000,"custom_attributes":{"lifetime_orders":4,"loyalty_tier":"silver"},"email":"tomas.reyes@example.org","email_domain":"example.org","enabled_push_messaging":true,"external_id":"cust-20931","formatted_phone":"+353871234567","has_hard_bounced":false,"id":"66a1f3c2b8e4d70012ab34cd","ios_app_name":"Northwind Ride","ios_app_version":"4.2.1","ios_device":"iPhone 15","ios_last_seen_at":1767900000,"ios_os_version":"18.2","ios_sdk_version":"17.3.0","language_override":"es","last_contacted_at":1767968000,"last_email_clicked_at":null,"last_email_opened_at":null,"last_replied_at":1767968300,"last_seen_at":1767966000,"location":{"city":"Galway","country":"Ireland","region":"Connacht","type":"location"},"marked_email_as_spam":false,"name":"Tomás Reyes","notes":{"data":[{"id":"5510932","type":"note","url":"/notes/5510932"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/notes"},"os":"Linux","owner_id":"7301942","phone":"+353 87 123 4567","role":"user","signed_up_at":1767962400,"social_profiles":{"data":[{"name":"Strava","type":"social_profile","url":"https://www.strava.com/athletes/20931"}],"type":"list"},"tags":{"data":[{"id":"730122","type":"tag","url":"/tags/730122"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/tags"},"type":"contact","unsubscribed_from_emails":false,"updated_at":1767962400,"workspace_id":"k7t2qz9x"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("contact"),
    check: check::<intercom_client::types::MergeContactResponse>,
};

#[cfg(feature = "contacts")]
const DECODER_48: Decoder = Decoder {
    pinned: "contact",
    name: "MergeContactResponse",
    rejects: rejects::<intercom_client::types::MergeContactResponse>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_368: Example = Example {
    label: "MergeContact 400 response `error`",
    json: r#"{"errors":[{"code":"invalid_merge","message":"Only a lead can be merged into a user"}],"request_id":"b1e00033-4c2d-4f8a-9b6e-b89c5dc60190","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_369: Example = Example {
    label: "MergeContact 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_370: Example = Example {
    label: "PreviewMergeContact request `preview`",
    json: r#"{"from":"66a1f3d9b8e4d70012ab34e2","into":"66a1f3c2b8e4d70012ab34cd"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::MergePreviewRequest>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_371: Example = Example {
    label: "PreviewMergeContact 200 response `ok`",
    json: r#"{"allowed":true,"summary":{"attribute_changes":{"attributes":[{"field":"phone","from_value":"+353 87 555 0199","new_into_value":"+353 87 555 0199","outcome":"adopted"},{"field":"name","from_value":"Tomas","into_value":"Tomás Reyes","new_into_value":"Tomás Reyes","outcome":"discarded"}],"total_count":2},"reassignments":{"conversations":{"from":2,"into":5},"tags":{"from":1,"into":1}}}}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::MergePreviewResponse>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_372: Example = Example {
    label: "PreviewMergeContact 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_373: Example = Example {
    label: "SearchContacts request `by_email_domain`",
    json: r#"{"pagination":{"per_page":50},"query":{"operator":"AND","value":[{"field":"role","operator":"=","value":"user"},{"field":"email_domain","operator":"=","value":"example.org"}]},"sort":{"field":"created_at","order":"descending"}}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::ContactSearchRequest>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_374: Example = Example {
    label: "SearchContacts 200 response `ok`",
    json: r#"{"data":[{"android_app_name":null,"android_app_version":null,"android_device":null,"android_last_seen_at":null,"android_os_version":null,"android_sdk_version":null,"avatar":{"image_url":"https://static.example.com/avatars/tomas.jpg","type":"avatar"},"browser":"firefox","browser_language":"en-IE","browser_version":"133.0","companies":{"data":[{"id":"66a1f40ab8e4d70012ab3501","type":"company","url":"/companies/66a1f40ab8e4d70012ab3501"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/companies"},"created_at":1767957000,"custom_attributes":{"lifetime_orders":4,"loyalty_tier":"silver"},"email":"tomas.reyes@example.org","email_domain":"example.org","enabled_push_messaging":true,"external_id":"cust-20931","formatted_phone":"+353871234567","has_hard_bounced":false,"id":"66a1f3c2b8e4d70012ab34cd","ios_app_name":"Northwind Ride","ios_app_version":"4.2.1","ios_device":"iPhone 15","ios_last_seen_at":1767900000,"ios_os_version":"18.2","ios_sdk_version":"17.3.0","language_override":"es","last_contacted_at":1767968000,"last_email_clicked_at":null,"last_email_opened_at":null,"last_replied_at":1767968300,"last_seen_at":1767966000,"location":{"city":"Galway","country":"Ireland","region":"Connacht","type":"location"},"marked_email_as_spam":false,"name":"Tomás Reyes","notes":{"data":[{"id":"5510932","type":"note","url":"/notes/5510932"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/notes"},"os":"Linux","owner_id":"7301942","phone":"+353 87 123 4567","role":"user","signed_up_at":1767962400,"social_profiles":{"data":[{"name":"Strava","type":"social_profile","url":"https://www.strava.com/athletes/20931"}],"type":"list"},"tags":{"data":[{"id":"730122","type":"tag","url":"/tags/730122"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/tags"},"type":"contact","unsubscribed_from_emails":false,"updated_at":1767962400,"workspace_id":"k7t2qz9x"}],"pages":{"page":1,"per_page":50,"total_pages":1,"type":"pages"},"total_count":1,"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::ContactList>,
};

#[cfg(feature = "contacts")]
const DECODER_49: Decoder = Decoder {
    pinned: "list",
    name: "ContactList",
    rejects: rejects::<intercom_client::types::ContactList>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_375: Example = Example {
    label: "SearchContacts 400 response `error`",
    json: r#"{"errors":[{"code":"invalid_sort_order","message":"order must be ascending or descending"}],"request_id":"b1e00034-4c2d-4f8a-9b6e-fecb011a0190","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_376: Example = Example {
    label: "SearchContacts 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_377: Example = Example {
    label: "ListContactActivities 200 response `ok`",
    json: r#"{"data":[{"contact_id":"66a1f3d9b8e4d70012ab34e2","created_at":1767957000,"event_type":"contact.created","external_id":null,"failure_reason":null,"id":"1767957000000.0004c2","merge_source_id":null,"merge_target_id":null,"role":"lead","type":"contact_activity"},{"contact_id":"66a1f3c2b8e4d70012ab34cd","created_at":1767964000,"event_type":"contact.merged","external_id":"cust-20931","failure_reason":null,"id":"1767964000000.0004d9","merge_source_id":"66a1f3d9b8e4d70012ab34e2","merge_target_id":"66a1f3c2b8e4d70012ab34cd","role":"user","type":"contact_activity"}],"pages":{"next":{"starting_after":"WzE3Njc5NjQwMDAwMDAsIjAwMDRkOSJd"},"per_page":50,"type":"pages"},"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::ContactActivityList>,
};

#[cfg(feature = "contacts")]
const DECODER_50: Decoder = Decoder {
    pinned: "list",
    name: "ContactActivityList",
    rejects: rejects::<intercom_client::types::ContactActivityList>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_378: Example = Example {
    label: "ListContactActivities 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_379: Example = Example {
    label: "ListContacts 200 response `ok`",
    json: r#"{"data":[{"android_app_name":null,"android_app_version":null,"android_device":null,"android_last_seen_at":null,"android_os_version":null,"android_sdk_version":null,"avatar":{"image_url":"https://static.example.com/avatars/tomas.jpg","type":"avatar"},"browser":"firefox","browser_language":"en-IE","browser_version":"133.0","companies":{"data":[{"id":"66a1f40ab8e4d70012ab3501","type":"company","url":"/companies/66a1f40ab8e4d70012ab3501"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/companies"},"created_at":1767957000,"custom_attributes":{"lifetime_orders":4,"loyalty_tier":"silver"},"email":"tomas.reyes@example.org","email_domain":"example.org","enabled_push_messaging":true,"external_id":"cust-20931","formatted_phone":"+353871234567","has_hard_bounced":false,"id":"66a1f3c2b8e4d70012ab34cd","ios_app_name":"Northwind Ride","ios_app_version":"4.2.1","ios_device":"iPhone 15","ios_last_seen_at":1767900000,"ios_os_version":"18.2","ios_sdk_version":"17.3.0","language_override":"es","last_contacted_at":1767968000,"last_email_clicked_at":null,"last_email_opened_at":null,"last_replied_at":1767968300,"last_seen_at":1767966000,"location":{"city":"Galway","country":"Ireland","region":"Connacht","type":"location"},"marked_email_as_spam":false,"name":"Tomás Reyes","notes":{"data":[{"id":"5510932","type":"note","url":"/notes/5510932"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/notes"},"os":"Linux","owner_id":"7301942","phone":"+353 87 123 4567","role":"user","signed_up_at":1767962400,"social_profiles":{"data":[{"name":"Strava","type":"social_profile","url":"https://www.strava.com/athletes/20931"}],"type":"list"},"tags":{"data":[{"id":"730122","type":"tag","url":"/tags/730122"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/tags"},"type":"contact","unsubscribed_from_emails":false,"updated_at":1767962400,"workspace_id":"k7t2qz9x"}],"pages":{"page":1,"per_page":50,"total_pages":1,"type":"pages"},"total_count":1,"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::ContactList>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_380: Example = Example {
    label: "ListContacts 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_381: Example = Example {
    label: "CreateContact request `user`",
    json: r#"{"email":"tomas.reyes@example.org","external_id":"cust-20931","name":"Tomás Reyes","role":"user","signed_up_at":1767962400}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::CreateContactRequest>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_382: Example = Example {
    label: "CreateContact 200 response `user`",
    json: r#"{"android_app_name":null,"android_app_version":null,"android_device":null,"android_last_seen_at":null,"android_os_version":null,"android_sdk_version":null,"avatar":{"image_url":"https://static.example.com/avatars/tomas.jpg","type":"avatar"},"browser":"firefox","browser_language":"en-IE","browser_version":"133.0","companies":{"data":[{"id":"66a1f40ab8e4d70012ab3501","type":"company","url":"/companies/66a1f40ab8e4d70012ab3501"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/companies"},"created_at":1767957000,"custom_attributes":{"lifetime_orders":4,"loyalty_tier":"silver"},"email":"tomas.reyes@example.org","email_domain":"example.org","enabled_push_messaging":true,"external_id":"cust-20931","formatted_phone":"+353871234567","has_hard_bounced":false,"id":"66a1f3c2b8e4d70012ab34cd","ios_app_name":"Northwind Ride","ios_app_version":"4.2.1","ios_device":"iPhone 15","ios_last_seen_at":1767900000,"ios_os_version":"18.2","ios_sdk_version":"17.3.0","language_override":"es","last_contacted_at":1767968000,"last_email_clicked_at":null,"last_email_opened_at":null,"last_replied_at":1767968300,"last_seen_at":1767966000,"location":{"city":"Galway","country":"Ireland","region":"Connacht","type":"location"},"marked_email_as_spam":false,"name":"Tomás Reyes","notes":{"data":[{"id":"5510932","type":"note","url":"/notes/5510932"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/notes"},"os":"Linux","owner_id":"7301942","phone":"+353 87 123 4567","role":"user","signed_up_at":1767962400,"social_profiles":{"data":[{"name":"Strava","type":"social_profile","url":"https://www.strava.com/athletes/20931"}],"type":"list"},"tags":{"data":[{"id":"730122","type":"tag","url":"/tags/730122"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/tags"},"type":"contact","unsubscribed_from_emails":false,"updated_at":1767962400,"workspace_id":"k7t2qz9x"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("contact"),
    check: check::<intercom_client::types::CreateContactResponse>,
};

#[cfg(feature = "contacts")]
const DECODER_51: Decoder = Decoder {
    pinned: "contact",
    name: "CreateContactResponse",
    rejects: rejects::<intercom_client::types::CreateContactResponse>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_383: Example = Example {
    label: "CreateContact 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_384: Example = Example {
    label: "ShowContactByExternalId 200 response `user`",
    json: r#"{"android_app_name":null,"android_app_version":null,"android_device":null,"android_last_seen_at":null,"android_os_version":null,"android_sdk_version":null,"avatar":{"image_url":"https://static.example.com/avatars/tomas.jpg","type":"avatar"},"browser":"firefox","browser_language":"en-IE","browser_version":"133.0","companies":{"data":[{"id":"66a1f40ab8e4d70012ab3501","type":"company","url":"/companies/66a1f40ab8e4d70012ab3501"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/companies"},"created_at":1767957000,"custom_attributes":{"lifetime_orders":4,"loyalty_tier":"silver"},"email":"tomas.reyes@example.org","email_domain":"example.org","enabled_push_messaging":true,"external_id":"cust-20931","formatted_phone":"+353871234567","has_hard_bounced":false,"id":"66a1f3c2b8e4d70012ab34cd","ios_app_name":"Northwind Ride","ios_app_version":"4.2.1","ios_device":"iPhone 15","ios_last_seen_at":1767900000,"ios_os_version":"18.2","ios_sdk_version":"17.3.0","language_override":"es","last_contacted_at":1767968000,"last_email_clicked_at":null,"last_email_opened_at":null,"last_replied_at":1767968300,"last_seen_at":1767966000,"location":{"city":"Galway","country":"Ireland","region":"Connacht","type":"location"},"marked_email_as_spam":false,"name":"Tomás Reyes","notes":{"data":[{"id":"5510932","type":"note","url":"/notes/5510932"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/notes"},"os":"Linux","owner_id":"7301942","phone":"+353 87 123 4567","role":"user","signed_up_at":1767962400,"social_profiles":{"data":[{"name":"Strava","type":"social_profile","url":"https://www.strava.com/athletes/20931"}],"type":"list"},"tags":{"data":[{"id":"730122","type":"tag","url":"/tags/730122"}],"has_more":false,"total_count":1,"type":"list","url":"/contacts/66a1f3c2b8e4d70012ab34cd/tags"},"type":"contact","unsubscribed_from_emails":false,"updated_at":1767962400,"workspace_id":"k7t2qz9x"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("contact"),
    check: check::<intercom_client::types::ShowContactByExternalIdResponse>,
};

#[cfg(feature = "contacts")]
const DECODER_52: Decoder = Decoder {
    pinned: "contact",
    name: "ShowContactByExternalIdResponse",
    rejects: rejects::<intercom_client::types::ShowContactByExternalIdResponse>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_385: Example = Example {
    label: "ShowContactByExternalId 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_386: Example = Example {
    label: "ShowContactByExternalId 404 response `not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"User Not Found"}],"request_id":"d27b9ebf-cf50-4497-b8ed-e46b9f53c207","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_387: Example = Example {
    label: "ShowContactByExternalId 410 response `contact_merged`",
    json: r#"{"errors":[{"code":"contact_merged","message":"This contact was merged; follow the Link header to the surviving contact."}],"request_id":"ad604ec2-7195-4fdb-a8ca-d05fb14c2639","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_388: Example = Example {
    label: "ArchiveContact 200 response `ok`",
    json: r#"{"archived":true,"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("contact"),
    check: check::<intercom_client::types::ContactArchived>,
};

#[cfg(feature = "contacts")]
const DECODER_53: Decoder = Decoder {
    pinned: "contact",
    name: "ContactArchived",
    rejects: rejects::<intercom_client::types::ContactArchived>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_389: Example = Example {
    label: "ArchiveContact 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_390: Example = Example {
    label: "UnarchiveContact 200 response `ok`",
    json: r#"{"archived":false,"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("contact"),
    check: check::<intercom_client::types::ContactUnarchived>,
};

#[cfg(feature = "contacts")]
const DECODER_54: Decoder = Decoder {
    pinned: "contact",
    name: "ContactUnarchived",
    rejects: rejects::<intercom_client::types::ContactUnarchived>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_391: Example = Example {
    label: "UnarchiveContact 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_392: Example = Example {
    label: "BlockContact 200 response `ok`",
    json: r#"{"blocked":true,"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("contact"),
    check: check::<intercom_client::types::ContactBlocked>,
};

#[cfg(feature = "contacts")]
const DECODER_55: Decoder = Decoder {
    pinned: "contact",
    name: "ContactBlocked",
    rejects: rejects::<intercom_client::types::ContactBlocked>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_393: Example = Example {
    label: "BlockContact 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_394: Example = Example {
    label: "ListContactMergeHistory 200 response `ok`",
    json: r#"{"data":[{"merged_at":1767964000,"source_contact_id":"66a1f3d9b8e4d70012ab34e2","source_contact_role":"lead","type":"merge_history"}],"has_more":false,"next_cursor":null,"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::MergeHistoryList>,
};

#[cfg(feature = "contacts")]
const DECODER_56: Decoder = Decoder {
    pinned: "list",
    name: "MergeHistoryList",
    rejects: rejects::<intercom_client::types::MergeHistoryList>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_395: Example = Example {
    label: "ListContactMergeHistory 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_396: Example = Example {
    label: "ListContactMergeHistory 404 response `error`",
    json: r#"{"errors":[{"code":"not_found","message":"User Not Found"}],"request_id":"b1e00035-4c2d-4f8a-9b6e-56101dcc0194","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "banners")]
const EXAMPLE_397: Example = Example {
    label: "listContactBanners 200 response `banners`",
    json: r#"{"data":[{"action":{"label":"Shop the sale","target":"https://shop.example.org/sale","tour_id":null,"tour_url":null,"type":"url"},"body":"<p>Use the code WINTER20 at checkout until 31 January.</p>","client_targeting":null,"created_at":1767949200,"id":"44021","position":"top","show_dismiss_button":true,"style":"inline","title":"Winter sale: 20% off carbon frames","type":"banner","view_id":"908113"},{"action":{"label":null,"reaction_set":[{"index":0,"unicode_emoticon":"😞"},{"index":1,"unicode_emoticon":"😐"},{"index":2,"unicode_emoticon":"😃"}],"target":null,"tour_id":null,"tour_url":null,"type":"reaction"},"body":"<p>How happy are you with your new bike?</p>","client_targeting":null,"created_at":1767949200,"id":"44035","position":"bottom","show_dismiss_button":false,"style":"floating","title":null,"type":"banner","view_id":"908114"}],"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::BannerList>,
};

#[cfg(feature = "banners")]
const DECODER_57: Decoder = Decoder {
    pinned: "list",
    name: "BannerList",
    rejects: rejects::<intercom_client::types::BannerList>,
};

#[cfg(feature = "banners")]
const EXAMPLE_398: Example = Example {
    label: "listContactBanners 404 response `error`",
    json: r#"{"errors":[{"code":"not_found","message":"User Not Found"}],"request_id":"5e11599a-00de-413e-a1aa-2c4f19e99696","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "banners")]
const EXAMPLE_399: Example = Example {
    label: "dismissContactBanner 200 response `dismissed`",
    json: r#"{"dismissed":true,"type":"banner_dismiss","view_id":"908113"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("banner_dismiss"),
    check: check::<intercom_client::types::BannerDismiss>,
};

#[cfg(feature = "banners")]
const DECODER_58: Decoder = Decoder {
    pinned: "banner_dismiss",
    name: "BannerDismiss",
    rejects: rejects::<intercom_client::types::BannerDismiss>,
};

#[cfg(feature = "banners")]
const EXAMPLE_400: Example = Example {
    label: "dismissContactBanner 404 response `error`",
    json: r#"{"errors":[{"code":"not_found","message":"Banner view not found"}],"request_id":"5e117889-0103-4173-a1f1-2c4f19eb2faf","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_401: Example = Example {
    label: "BulkUpdateContacts request `two_contacts`",
    json: r#"{"contacts":[{"id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","tags":{"add":[{"id":"730122"}],"remove":[{"id":"730188"}]}},{"id":"66a1f3d9b8e4d70012ab34e2","unsubscribed_from_emails":true}]}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::BulkUpdateContactsRequest>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_402: Example = Example {
    label: "BulkUpdateContacts 202 response `ok`",
    json: r#"{"completed_at":null,"created_at":1767957000,"id":"bulkjob_c_4f2a91","state":"pending","tasks":[{"completed_at":null,"created_at":1767957000,"id":"task_4f2a91_1","item_count":2,"started_at":null,"state":"pending"}],"type":"contacts.bulk.job","updated_at":1767957000,"url":"https://api.intercom.io/contacts/bulk/bulkjob_c_4f2a91"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("contacts.bulk.job"),
    check: check::<intercom_client::types::ContactsBulkJob>,
};

#[cfg(feature = "contacts")]
const DECODER_59: Decoder = Decoder {
    pinned: "contacts.bulk.job",
    name: "ContactsBulkJob",
    rejects: rejects::<intercom_client::types::ContactsBulkJob>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_403: Example = Example {
    label: "BulkUpdateContacts 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_404: Example = Example {
    label: "BulkUpdateContacts 403 response `error`",
    json: r#"{"errors":[{"code":"api_plan_restricted","message":"Bulk operations are not enabled for this workspace"}],"request_id":"b1e00039-4c2d-4f8a-9b6e-afe1c5bd0193","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_405: Example = Example {
    label: "BulkUpdateContacts 404 response `error`",
    json: r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"b1e00040-4c2d-4f8a-9b6e-afe1c5bd0194","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_406: Example = Example {
    label: "BulkUpdateContacts 422 response `error`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"No more than 100 items can be sent in one request"}],"request_id":"b1e00041-4c2d-4f8a-9b6e-afe1c5bd01a6","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_407: Example = Example {
    label: "BulkCreateContacts request `two_users`",
    json: r#"{"contacts":[{"companies":[{"company_id":"nw-1042","name":"Northwind Cycles"}],"email":"niamh.walsh@example.org","external_id":"cust-20940","name":"Niamh Walsh","role":"user","tags":{"add":[{"id":"730122"}]}},{"email":"oisin.kelly@example.org","external_id":"cust-20941","role":"user"}]}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::BulkCreateContactsRequest>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_408: Example = Example {
    label: "BulkCreateContacts 202 response `ok`",
    json: r#"{"completed_at":null,"created_at":1767957000,"id":"bulkjob_c_4f2a91","state":"pending","tasks":[{"completed_at":null,"created_at":1767957000,"id":"task_4f2a91_1","item_count":2,"started_at":null,"state":"pending"}],"type":"contacts.bulk.job","updated_at":1767957000,"url":"https://api.intercom.io/contacts/bulk/bulkjob_c_4f2a91"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("contacts.bulk.job"),
    check: check::<intercom_client::types::ContactsBulkJob>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_409: Example = Example {
    label: "BulkCreateContacts 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_410: Example = Example {
    label: "BulkCreateContacts 403 response `error`",
    json: r#"{"errors":[{"code":"api_plan_restricted","message":"Bulk operations are not enabled for this workspace"}],"request_id":"b1e00036-4c2d-4f8a-9b6e-ca684b430193","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_411: Example = Example {
    label: "BulkCreateContacts 404 response `error`",
    json: r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"b1e00037-4c2d-4f8a-9b6e-ca684b430194","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_412: Example = Example {
    label: "BulkCreateContacts 422 response `error`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"No more than 100 items can be sent in one request"}],"request_id":"b1e00038-4c2d-4f8a-9b6e-ca684b4301a6","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_413: Example = Example {
    label: "BulkDeleteContacts request `one_contact`",
    json: r#"{"contacts":[{"id":"66a1f3d9b8e4d70012ab34e2"}]}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::BulkDeleteContactsRequest>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_414: Example = Example {
    label: "BulkDeleteContacts 202 response `ok`",
    json: r#"{"completed_at":null,"created_at":1767957000,"id":"bulkjob_c_4f2a91","state":"pending","tasks":[{"completed_at":null,"created_at":1767957000,"id":"task_4f2a91_1","item_count":2,"started_at":null,"state":"pending"}],"type":"contacts.bulk.job","updated_at":1767957000,"url":"https://api.intercom.io/contacts/bulk/bulkjob_c_4f2a91"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("contacts.bulk.job"),
    check: check::<intercom_client::types::ContactsBulkJob>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_415: Example = Example {
    label: "BulkDeleteContacts 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_416: Example = Example {
    label: "BulkDeleteContacts 403 response `error`",
    json: r#"{"errors":[{"code":"api_plan_restricted","message":"Bulk operations are not enabled for this workspace"}],"request_id":"b1e00042-4c2d-4f8a-9b6e-4ba108120193","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_417: Example = Example {
    label: "BulkDeleteContacts 404 response `error`",
    json: r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"b1e00043-4c2d-4f8a-9b6e-4ba108120194","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_418: Example = Example {
    label: "BulkDeleteContacts 422 response `error`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"No more than 100 items can be sent in one request"}],"request_id":"b1e00044-4c2d-4f8a-9b6e-4ba1081201a6","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_419: Example = Example {
    label: "ShowBulkUpdateContactsJob 200 response `ok`",
    json: r#"{"completed_at":1767957180,"created_at":1767957000,"id":"bulkjob_c_4f2a91","state":"completed","tasks":[{"completed_at":1767957180,"created_at":1767957000,"id":"task_4f2a91_1","item_count":2,"started_at":1767957060,"state":"completed"}],"type":"contacts.bulk.job","updated_at":1767957180,"url":"https://api.intercom.io/contacts/bulk/bulkjob_c_4f2a91"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("contacts.bulk.job"),
    check: check::<intercom_client::types::ContactsBulkJob>,
};

#[cfg(feature = "contacts")]
const EXAMPLE_420: Example = Example {
    label: "ShowBulkUpdateContactsJob 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "content")]
const EXAMPLE_421: Example = Example {
    label: "bulkContentActions request `set_availability`",
    json: r#"{"action":"set_availability","availability":{"ai_agent":true},"content_ids":[{"id":"18840211","type":"article_content"},{"id":"66120","type":"content_snippet"}]}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::ContentBulkActionRequest>,
};

#[cfg(feature = "content")]
const EXAMPLE_422: Example = Example {
    label: "bulkContentActions 202 response `queued`",
    json: r#"{"status":"queued","type":"bulk_action"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::ContentBulkActionResponse>,
};

#[cfg(feature = "content")]
const EXAMPLE_423: Example = Example {
    label: "bulkContentActions 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "content")]
const EXAMPLE_424: Example = Example {
    label: "bulkContentActions 403 response `missing_scope`",
    json: r#"{"errors":[{"code":"forbidden","message":"The access token lacks the write_content scope"}],"request_id":"3fcffb5d-40e8-5813-a501-8c108a5592bc","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "content")]
const EXAMPLE_425: Example = Example {
    label: "bulkContentActions 422 response `too_many_tags`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"At most 100 tag ids can be given"}],"request_id":"ae048d33-201f-5937-8bc3-f11922fbbbfd","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "content")]
const EXAMPLE_426: Example = Example {
    label: "searchContent 200 response `hits`",
    json: r#"{"data":[{"contents":[{"id":"18840390","locale":"en","title":"Returning a bike","type":"article_content"},{"id":"18840391","locale":"fr","title":"Retourner un vélo","type":"article_content"}],"id":"9120533","title":"Returning a bike","type":"article"},{"id":"66120","title":"Return window","type":"content_snippet"}],"pages":{"next":null,"page":1,"per_page":10,"prev":null,"total_pages":1,"type":"pages"},"total_count":2,"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::ContentSearchResponse>,
};

#[cfg(feature = "content")]
const DECODER_60: Decoder = Decoder {
    pinned: "list",
    name: "ContentSearchResponse",
    rejects: rejects::<intercom_client::types::ContentSearchResponse>,
};

#[cfg(feature = "content")]
const EXAMPLE_427: Example = Example {
    label: "searchContent 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "content")]
const EXAMPLE_428: Example = Example {
    label: "searchContent 422 response `invalid_parameter`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"per_page must be between 1 and 50"}],"request_id":"f6487e85-a990-5aba-ad00-744a4e5950e0","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "content_snippets")]
const EXAMPLE_429: Example = Example {
    label: "listContentSnippets 200 response `snippets`",
    json: r#"{"data":[{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":true,"audience_ids":[88120],"body_markdown":"Unused bikes can be returned within **30 days** of delivery.","chatbot_availability":1,"copilot_availability":1,"created_at":1792000000,"id":"66120","json_blocks":[],"locale":"en","title":"Return window","type":"content_snippet","updated_at":1795200000},{"ai_chatbot_availability":false,"ai_copilot_availability":true,"ai_sales_agent_availability":false,"audience_ids":[],"body_markdown":"Deliveries to islands take two extra working days.","chatbot_availability":0,"copilot_availability":1,"created_at":1793000000,"id":"66127","json_blocks":[],"locale":"en","title":"Shipping to islands","type":"content_snippet","updated_at":1793000000}],"page":1,"per_page":20,"total_count":2,"total_pages":1,"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::ContentSnippetList>,
};

#[cfg(feature = "content_snippets")]
const DECODER_61: Decoder = Decoder {
    pinned: "list",
    name: "ContentSnippetList",
    rejects: rejects::<intercom_client::types::ContentSnippetList>,
};

#[cfg(feature = "content_snippets")]
const EXAMPLE_430: Example = Example {
    label: "listContentSnippets 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "content_snippets")]
const EXAMPLE_431: Example = Example {
    label: "createContentSnippet request `markdown`",
    json: r#"{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":true,"audience_ids":[88120],"body_markdown":"Unused bikes can be returned within **30 days** of delivery.","locale":"en","title":"Return window"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::ContentSnippetCreateRequest>,
};

#[cfg(feature = "content_snippets")]
const EXAMPLE_432: Example = Example {
    label: "createContentSnippet 201 response `created`",
    json: r#"{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":true,"audience_ids":[88120],"body_markdown":"Unused bikes can be returned within **30 days** of delivery.","chatbot_availability":1,"copilot_availability":1,"created_at":1792000000,"id":"66120","json_blocks":[],"locale":"en","title":"Return window","type":"content_snippet","updated_at":1795200000}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("content_snippet"),
    check: check::<intercom_client::types::ContentSnippet>,
};

#[cfg(feature = "content_snippets")]
const DECODER_62: Decoder = Decoder {
    pinned: "content_snippet",
    name: "ContentSnippet",
    rejects: rejects::<intercom_client::types::ContentSnippet>,
};

#[cfg(feature = "content_snippets")]
const EXAMPLE_433: Example = Example {
    label: "createContentSnippet 404 response `unknown_audience`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"Audience 99999 not found"}],"request_id":"85528ca1-f855-5e09-919d-14db3c3272b8","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "content_snippets")]
const EXAMPLE_434: Example = Example {
    label: "createContentSnippet 422 response `unsupported_locale`",
    json: r#"{"errors":[{"code":"validation_error","message":"Fin does not support this language yet"}],"request_id":"85f496da-a2cd-580f-b12b-4960f5e75ee8","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "content_snippets")]
const EXAMPLE_435: Example = Example {
    label: "createContentSnippet 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "content_snippets")]
const EXAMPLE_436: Example = Example {
    label: "getContentSnippet 200 response `snippet`",
    json: r#"{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":true,"audience_ids":[88120],"body_markdown":"Unused bikes can be returned within **30 days** of delivery.","chatbot_availability":1,"copilot_availability":1,"created_at":1792000000,"id":"66120","json_blocks":[],"locale":"en","title":"Return window","type":"content_snippet","updated_at":1795200000}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("content_snippet"),
    check: check::<intercom_client::types::ContentSnippet>,
};

#[cfg(feature = "content_snippets")]
const EXAMPLE_437: Example = Example {
    label: "getContentSnippet 404 response `unknown_snippet`",
    json: r#"{"errors":[{"code":"not_found","message":"Content snippet not found"}],"request_id":"1abb1765-6d22-5682-aa80-25dcac5e7763","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "content_snippets")]
const EXAMPLE_438: Example = Example {
    label: "getContentSnippet 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "content_snippets")]
const EXAMPLE_439: Example = Example {
    label: "updateContentSnippet request `longer_window`",
    json: r#"{"body_markdown":"Unused bikes can be returned within **45 days** of delivery."}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::ContentSnippetUpdateRequest>,
};

#[cfg(feature = "content_snippets")]
const EXAMPLE_440: Example = Example {
    label: "updateContentSnippet 200 response `updated`",
    json: r#"{"ai_chatbot_availability":true,"ai_copilot_availability":true,"ai_sales_agent_availability":true,"audience_ids":[88120],"body_markdown":"Unused bikes can be returned within **45 days** of delivery.","chatbot_availability":1,"copilot_availability":1,"created_at":1792000000,"id":"66120","json_blocks":[],"locale":"en","title":"Return window","type":"content_snippet","updated_at":1795705000}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("content_snippet"),
    check: check::<intercom_client::types::ContentSnippet>,
};

#[cfg(feature = "content_snippets")]
const EXAMPLE_441: Example = Example {
    label: "updateContentSnippet 404 response `unknown_snippet`",
    json: r#"{"errors":[{"code":"not_found","message":"Content snippet not found"}],"request_id":"f87f4e36-c3b7-5224-ba6c-bcf53aa0279e","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "content_snippets")]
const EXAMPLE_442: Example = Example {
    label: "updateContentSnippet 422 response `unsupported_locale`",
    json: r#"{"errors":[{"code":"validation_error","message":"Fin does not support this language yet"}],"request_id":"b2d58ec8-1c52-5573-a6ad-989a02ce47f6","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "content_snippets")]
const EXAMPLE_443: Example = Example {
    label: "updateContentSnippet 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "content_snippets")]
const EXAMPLE_444: Example = Example {
    label: "deleteContentSnippet 404 response `unknown_snippet`",
    json: r#"{"errors":[{"code":"not_found","message":"Content snippet not found"}],"request_id":"256a0090-523c-5700-ac75-f262a13bed67","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "content_snippets")]
const EXAMPLE_445: Example = Example {
    label: "deleteContentSnippet 422 response `in_use`",
    json: r#"{"errors":[{"code":"content_has_procedure_dependencies","message":"The snippet is used by procedures and cannot be deleted"}],"request_id":"6ad5eda5-32ab-5e9a-bc67-1c74deac844d","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "content_snippets")]
const EXAMPLE_446: Example = Example {
    label: "deleteContentSnippet 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "content_snippets")]
const EXAMPLE_447: Example = Example {
    label: "attachTagToContentSnippet request `apply_tag`",
    json: r#"{"id":"730160"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::AttachTagToContentSnippetRequest>,
};

#[cfg(feature = "content_snippets")]
const EXAMPLE_448: Example = Example {
    label: "attachTagToContentSnippet 200 response `applied`",
    json: r#"{"applied_at":1795605000,"applied_by":{"id":"7301942","type":"admin"},"id":"730160","name":"returns","type":"tag"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("tag"),
    check: check::<intercom_client::types::Tag>,
};

#[cfg(feature = "content_snippets")]
const EXAMPLE_449: Example = Example {
    label: "attachTagToContentSnippet 403 response `forbidden`",
    json: r#"{"errors":[{"code":"forbidden","message":"Not authorized to manage knowledge base content"}],"request_id":"19accec2-bc10-542b-81c4-fcbe3034978b","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "content_snippets")]
const EXAMPLE_450: Example = Example {
    label: "attachTagToContentSnippet 404 response `unknown_snippet`",
    json: r#"{"errors":[{"code":"content_snippet_not_found","message":"Content snippet not found"}],"request_id":"8872f956-d992-5946-9982-5decf63474d5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "content_snippets")]
const EXAMPLE_451: Example = Example {
    label: "attachTagToContentSnippet 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "content_snippets")]
const EXAMPLE_452: Example = Example {
    label: "detachTagFromContentSnippet 200 response `removed`",
    json: r#"{"id":"730160","name":"returns","type":"tag"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("tag"),
    check: check::<intercom_client::types::Tag>,
};

#[cfg(feature = "content_snippets")]
const EXAMPLE_453: Example = Example {
    label: "detachTagFromContentSnippet 403 response `forbidden`",
    json: r#"{"errors":[{"code":"forbidden","message":"Not authorized to manage knowledge base content"}],"request_id":"e91e5e2b-a2c1-5eb3-bf1d-3eb2acac96b9","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "content_snippets")]
const EXAMPLE_454: Example = Example {
    label: "detachTagFromContentSnippet 404 response `unknown_tag`",
    json: r#"{"errors":[{"code":"tag_not_found","message":"Tag not found"}],"request_id":"07b1dae4-f0a3-5ff7-b230-c3af4dfb977c","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "content_snippets")]
const EXAMPLE_455: Example = Example {
    label: "detachTagFromContentSnippet 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tags")]
const EXAMPLE_456: Example = Example {
    label: "attachTagToConversation request `tag`",
    json: r#"{"admin_id":"7301942","id":"730122"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::AttachTagToConversationRequest>,
};

#[cfg(feature = "tags")]
const EXAMPLE_457: Example = Example {
    label: "attachTagToConversation 200 response `ok`",
    json: r#"{"applied_at":1767962400,"applied_by":{"id":"7301942","type":"admin"},"id":"730122","name":"VIP","type":"tag"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("tag"),
    check: check::<intercom_client::types::Tag>,
};

#[cfg(feature = "tags")]
const EXAMPLE_458: Example = Example {
    label: "attachTagToConversation 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tags")]
const EXAMPLE_459: Example = Example {
    label: "attachTagToConversation 404 response `error`",
    json: r#"{"errors":[{"code":"not_found","message":"Conversation not found"}],"request_id":"b1e00045-4c2d-4f8a-9b6e-982b81ab0194","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tags")]
const EXAMPLE_460: Example = Example {
    label: "detachTagFromConversation request `admin`",
    json: r#"{"admin_id":"7301942"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::DetachTagFromConversationRequest>,
};

#[cfg(feature = "tags")]
const EXAMPLE_461: Example = Example {
    label: "detachTagFromConversation 200 response `ok`",
    json: r#"{"id":"730122","name":"VIP","type":"tag"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("tag"),
    check: check::<intercom_client::types::Tag>,
};

#[cfg(feature = "tags")]
const EXAMPLE_462: Example = Example {
    label: "detachTagFromConversation 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tags")]
const EXAMPLE_463: Example = Example {
    label: "detachTagFromConversation 404 response `error`",
    json: r#"{"errors":[{"code":"not_found","message":"Tag not found"}],"request_id":"b1e00046-4c2d-4f8a-9b6e-954d84a60194","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_464: Example = Example {
    label: "listConversations 200 response `first_page`",
    json: r#"{"conversations":[{"admin_assignee_id":0,"ai_agent":null,"ai_agent_participated":false,"channel":{"current":"email","initial":"email"},"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"conversation_rating":null,"created_at":1767970000,"custom_attributes":{},"external_references":[],"id":"1291","linked_objects":{"data":[],"has_more":false,"total_count":0,"type":"list"},"open":true,"priority":"none","read":false,"sales_agent_participated":false,"snoozed_until":null,"source":{"attachments":[],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The tracking link does not work.</p>","delivered_as":"customer_initiated","id":"600211790","redacted":false,"subject":"Re: Your order NW-20931 has shipped","type":"email","url":null},"state":"open","statistics":{"assigned_team_first_response_time":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"assigned_team_first_response_time_in_office_hours":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"count_assignments":1,"count_conversation_parts":4,"count_reopens":0,"first_admin_reply_at":1767948840,"first_assignment_at":1767948120,"first_contact_reply_at":1767948000,"last_admin_reply_at":1767968000,"last_assignment_admin_reply_at":1767948840,"last_assignment_at":1767948120,"last_contact_reply_at":1767968300,"median_time_to_reply":840,"time_to_admin_reply":840,"time_to_assignment":120,"type":"conversation_statistics"},"tags":{"tags":[],"type":"tag.list"},"team_assignee_id":88412,"teammates":{"teammates":[{"id":"7301942","type":"admin"}],"type":"admin.list"},"title":null,"type":"conversation","updated_at":1767970500,"waiting_since":1767970000},{"admin_assignee_id":7301942,"ai_agent":{"content_sources":{"content_sources":[{"content_type":"external_content","locale":"en","title":"Warranty claims for carbon frames","url":"/fin-ai-agent/content?content=external_content&id=8830"}],"total_count":1,"type":"content_source.list"},"created_at":null,"last_answer_type":"ai_answer","rating":null,"rating_remark":null,"resolution_state":"escalated","source_title":"Delivery issues triage","source_type":"workflow","updated_at":null},"ai_agent_participated":true,"channel":{"current":"messenger","initial":"messenger"},"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"conversation_rating":null,"created_at":1767948000,"custom_attributes":{"Bike model":"Gravel 2","Order":"NW-20931"},"external_references":[],"first_contact_reply":{"created_at":1767948000,"type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"id":"1274","linked_objects":{"data":[{"category":"Tracker","id":"934","type":"ticket"}],"has_more":false,"total_count":1,"type":"list"},"open":true,"priority":"high","read":false,"sales_agent_participated":false,"sla_applied":{"sla_name":"Priority customers","sla_status":"active","type":"conversation_sla_summary"},"snoozed_until":null,"source":{"attachments":[{"content_type":"image/jpeg","filesize":482133,"height":1200,"name":"frame.jpg","type":"upload","url":"https://files.example.org/uploads/frame.jpg","width":1600}],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The frame I received is scratched.</p>","delivered_as":"customer_initiated","id":"600211734","redacted":false,"subject":"","type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"state":"open","statistics":{"assigned_team_first_response_time":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"assigned_team_first_response_time_in_office_hours":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"count_assignments":1,"count_conversation_parts":4,"count_reopens":0,"first_admin_reply_at":1767948840,"first_assignment_at":1767948120,"first_contact_reply_at":1767948000,"last_admin_reply_at":1767968000,"last_assignment_admin_reply_at":1767948840,"last_assignment_at":1767948120,"last_contact_reply_at":1767968300,"median_time_to_reply":840,"time_to_admin_reply":840,"time_to_assignment":120,"type":"conversation_statistics"},"tags":{"tags":[{"applied_at":1767949000,"applied_by":{"id":"7301942","type":"admin"},"id":"730140","name":"damaged-in-transit","type":"tag"}],"type":"tag.list"},"team_assignee_id":88412,"teammates":{"teammates":[{"id":"7301942","type":"admin"}],"type":"admin.list"},"title":"Scratched frame on delivery","type":"conversation","updated_at":1767968300,"waiting_since":1767968300}],"pages":{"next":{"per_page":2,"starting_after":"WzE3Njc5NjgzMDAwMDAsMTI3NF0="},"page":1,"per_page":2,"total_pages":19,"type":"pages"},"total_count":38,"type":"conversation.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("conversation.list"),
    check: check::<intercom_client::types::ConversationList>,
};

#[cfg(feature = "conversations")]
const DECODER_63: Decoder = Decoder {
    pinned: "conversation.list",
    name: "ConversationList",
    rejects: rejects::<intercom_client::types::ConversationList>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_465: Example = Example {
    label: "listConversations 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_466: Example = Example {
    label: "listConversations 403 response `api_plan_restricted`",
    json: r#"{"errors":[{"code":"api_plan_restricted","message":"This feature requires an active paid subscription."}],"request_id":"7a3d1b9f-4e62-4ca8-b5f7-ad2c8e19f306","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_467: Example = Example {
    label: "createConversation request `contact_message`",
    json: r#"{"body":"Hi, can I change the delivery address of order NW-20977?","from":{"id":"66a1f3c2b8e4d70012ab34cd","type":"user"}}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::CreateConversationRequest>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_468: Example = Example {
    label: "createConversation 200 response `created`",
    json: r#"{"body":"Hi, can I change the delivery address of order NW-20977?","conversation_id":"1296","created_at":1767973000,"id":"600211802","message_type":"inapp","subject":"","type":"user_message"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::Message>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_469: Example = Example {
    label: "createConversation 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_470: Example = Example {
    label: "createConversation 403 response `api_plan_restricted`",
    json: r#"{"errors":[{"code":"api_plan_restricted","message":"This feature requires an active paid subscription."}],"request_id":"7a3d1b9f-4e62-4ca8-b5f7-ad2c8e19f306","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_471: Example = Example {
    label: "createConversation 404 response `contact_not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"User Not Found"}],"request_id":"3e01a9c4-71d2-4b8e-9f06-2c5d8a1b7e01","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_472: Example = Example {
    label: "retrieveConversation 200 response `messenger_conversation`",
    json: r#"{"admin_assignee_id":7301942,"ai_agent":{"content_sources":{"content_sources":[{"content_type":"external_content","locale":"en","title":"Warranty claims for carbon frames","url":"/fin-ai-agent/content?content=external_content&id=8830"}],"total_count":1,"type":"content_source.list"},"created_at":null,"last_answer_type":"ai_answer","rating":null,"rating_remark":null,"resolution_state":"escalated","source_title":"Delivery issues triage","source_type":"workflow","updated_at":null},"ai_agent_participated":true,"ai_topics":{"topics":[{"subtopics":[{"id":318,"name":"Damaged parcel","type":"ai_subtopic"}],"topic_name":"Deliveries","type":"ai_topic"}],"type":"ai_topics"},"channel":{"current":"messenger","initial":"messenger"},"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"conversation_parts":{"conversation_parts":[{"app_package_code":null,"assigned_to":{"id":"88412","type":"team"},"attachments":[],"author":{"email":"operator+k7t2qz9x@intercom.io","from_ai_agent":false,"id":"7300001","is_ai_answer":false,"name":"Fin","type":"bot"},"body":null,"created_at":1767948120,"external_id":null,"id":"88120401","notified_at":1767948120,"part_type":"assignment","redacted":false,"state":"open","tags":[],"type":"conversation_part","updated_at":1767948120},{"app_package_code":null,"attachments":[],"author":{"email":"maeve.donnelly@example.com","from_ai_agent":false,"id":"7301942","is_ai_answer":false,"name":"Maeve Donnelly","type":"admin"},"body":"<p>Sorry about that! Could you send a photo of the order label?</p>","created_at":1767948840,"external_id":null,"id":"88120420","notified_at":1767948840,"part_type":"comment","redacted":false,"state":"open","tags":null,"type":"conversation_part","updated_at":1767948840}],"total_count":2,"type":"conversation_part.list"},"conversation_rating":null,"created_at":1767948000,"custom_attributes":{"Bike model":"Gravel 2","Order":"NW-20931"},"external_references":[],"first_contact_reply":{"created_at":1767948000,"type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"id":"1274","linked_objects":{"data":[{"category":"Tracker","id":"934","type":"ticket"}],"has_more":false,"total_count":1,"type":"list"},"open":true,"priority":"high","read":false,"sales_agent_participated":false,"sla_applied":{"sla_name":"Priority customers","sla_status":"active","type":"conversation_sla_summary"},"snoozed_until":null,"source":{"attachments":[{"content_type":"image/jpeg","filesize":482133,"height":1200,"name":"frame.jpg","type":"upload","url":"https://files.example.org/uploads/frame.jpg","width":1600}],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The frame I received is scratched.</p>","delivered_as":"customer_initiated","id":"600211734","redacted":false,"subject":"","type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"state":"open","statistics":{"assigned_team_first_response_time":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"assigned_team_first_response_time_in_office_hours":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"count_assignments":1,"count_conversation_parts":4,"count_reopens":0,"first_admin_reply_at":1767948840,"first_assignment_at":1767948120,"first_contact_reply_at":1767948000,"last_admin_reply_at":1767968000,"last_assignment_admin_reply_at":1767948840,"last_assignment_at":1767948120,"last_contact_reply_at":1767968300,"median_time_to_reply":840,"time_to_admin_reply":840,"time_to_assignment":120,"type":"conversation_statistics"},"tags":{"tags":[{"applied_at":1767949000,"applied_by":{"id":"7301942","type":"admin"},"id":"730140","name":"damaged-in-transit","type":"tag"}],"type":"tag.list"},"team_assignee_id":88412,"teammates":{"teammates":[{"id":"7301942","type":"admin"}],"type":"admin.list"},"title":"Scratched frame on delivery","type":"conversation","updated_at":1767968300,"waiting_since":1767968300}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("conversation"),
    check: check::<intercom_client::types::Conversation>,
};

#[cfg(feature = "conversations")]
const DECODER_64: Decoder = Decoder {
    pinned: "conversation",
    name: "Conversation",
    rejects: rejects::<intercom_client::types::Conversation>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_473: Example = Example {
    label: "retrieveConversation 200 response `email_conversation`",
    json: r#"{"admin_assignee_id":0,"ai_agent":null,"ai_agent_participated":false,"channel":{"current":"email","initial":"email"},"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"conversation_parts":{"conversation_parts":[{"attachments":[],"author":{"email":"maeve.donnelly@example.com","id":"7301942","name":"Maeve Donnelly","type":"admin"},"body":"<p>Here is a working tracking link.</p>","created_at":1767970500,"email_message_metadata":{"email_address_headers":[{"email_address":"tomas.reyes@example.org","name":"Tomás Reyes","type":"to"}],"message_id":"<ic-88120502@mail.example.com>","subject":"Re: Your order NW-20931 has shipped"},"external_id":null,"id":"88120502","notified_at":1767970500,"part_type":"comment","redacted":false,"type":"conversation_part","updated_at":1767970500}],"total_count":1,"type":"conversation_part.list"},"created_at":1767970000,"id":"1291","linked_objects":{"data":[],"has_more":false,"total_count":0,"type":"list"},"open":true,"priority":"none","read":false,"snoozed_until":null,"source":{"attachments":[],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The tracking link does not work.</p>","delivered_as":"customer_initiated","email_message_metadata":{"email_address_headers":[{"email_address":"tomas.reyes@example.org","name":"Tomás Reyes","type":"from"},{"email_address":"orders@example.com","name":null,"type":"to"}],"history":"<blockquote>Your order NW-20931 has shipped and is on its way.</blockquote>","message_id":"<CA+8fj2Q@mail.example.org>","subject":"Re: Your order NW-20931 has shipped"},"id":"600211790","recipients":[{"drop_reason":null,"email":"orders@example.com","type":"to"}],"redacted":false,"reply_to":[{"email":"tomas.reyes@example.org","name":"Tomás Reyes"}],"subject":"Re: Your order NW-20931 has shipped","type":"email","url":null},"state":"open","team_assignee_id":88412,"title":null,"type":"conversation","updated_at":1767970500,"waiting_since":1767970000}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("conversation"),
    check: check::<intercom_client::types::Conversation>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_474: Example = Example {
    label: "retrieveConversation 200 response `with_qa_results`",
    json: r#"{"admin_assignee_id":7301942,"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"created_at":1767948000,"id":"1274","monitor_evaluations":[{"evaluated_at":1767972600,"explanation":"The customer asked for a refund twice without an answer.","monitor_id":"4410","monitor_name":"Refund requests left open","monitor_type":"prompt","result":"flagged"}],"open":false,"priority":"none","read":true,"scorecards":[{"ai_score":0.75,"evaluated_at":1767972600,"evaluators":[{"evaluator_id":"3318","result":{"other_text":null,"reason_ids":["61"],"reasoning":"Offered a replacement in the first reply.","source":"human","value":"pass"}},{"evaluator_id":"3319","result":null}],"name":"Delivery issue handling","passed":true,"reviewed_teammate":{"admin_id":"7301942","type":"admin"},"score":0.8,"scorecard_id":"902","scorecard_type":"human","scorecard_version_id":"907"}],"state":"closed","team_assignee_id":88412,"type":"conversation","updated_at":1767972600}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("conversation"),
    check: check::<intercom_client::types::Conversation>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_475: Example = Example {
    label: "retrieveConversation 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_476: Example = Example {
    label: "retrieveConversation 403 response `api_plan_restricted`",
    json: r#"{"errors":[{"code":"api_plan_restricted","message":"This feature requires an active paid subscription."}],"request_id":"7a3d1b9f-4e62-4ca8-b5f7-ad2c8e19f306","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_477: Example = Example {
    label: "retrieveConversation 404 response `not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"Resource not found"}],"request_id":"8b4e2ca0-5f73-4db9-86a8-be3d9f2a0417","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_478: Example = Example {
    label: "updateConversation request `retitle`",
    json: r#"{"custom_attributes":{"Return reason":"Damaged in transit"},"read":true,"title":"Scratched frame, replacement sent"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::UpdateConversationRequest>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_479: Example = Example {
    label: "updateConversation 200 response `conversation_updated`",
    json: r#"{"admin_assignee_id":7301942,"ai_agent":{"content_sources":{"content_sources":[{"content_type":"external_content","locale":"en","title":"Warranty claims for carbon frames","url":"/fin-ai-agent/content?content=external_content&id=8830"}],"total_count":1,"type":"content_source.list"},"created_at":null,"last_answer_type":"ai_answer","rating":null,"rating_remark":null,"resolution_state":"escalated","source_title":"Delivery issues triage","source_type":"workflow","updated_at":null},"ai_agent_participated":true,"ai_topics":{"topics":[{"subtopics":[{"id":318,"name":"Damaged parcel","type":"ai_subtopic"}],"topic_name":"Deliveries","type":"ai_topic"}],"type":"ai_topics"},"channel":{"current":"messenger","initial":"messenger"},"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"conversation_parts":{"conversation_parts":[{"app_package_code":null,"assigned_to":{"id":"88412","type":"team"},"attachments":[],"author":{"email":"operator+k7t2qz9x@intercom.io","from_ai_agent":false,"id":"7300001","is_ai_answer":false,"name":"Fin","type":"bot"},"body":null,"created_at":1767948120,"external_id":null,"id":"88120401","notified_at":1767948120,"part_type":"assignment","redacted":false,"state":"open","tags":[],"type":"conversation_part","updated_at":1767948120},{"app_package_code":null,"attachments":[],"author":{"email":"maeve.donnelly@example.com","from_ai_agent":false,"id":"7301942","is_ai_answer":false,"name":"Maeve Donnelly","type":"admin"},"body":"<p>Sorry about that! Could you send a photo of the order label?</p>","created_at":1767948840,"external_id":null,"id":"88120420","notified_at":1767948840,"part_type":"comment","redacted":false,"state":"open","tags":null,"type":"conversation_part","updated_at":1767948840}],"total_count":2,"type":"conversation_part.list"},"conversation_rating":null,"created_at":1767948000,"custom_attributes":{"Bike model":"Gravel 2","Order":"NW-20931","Return reason":"Damaged in transit"},"external_references":[],"first_contact_reply":{"created_at":1767948000,"type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"id":"1274","linked_objects":{"data":[{"category":"Tracker","id":"934","type":"ticket"}],"has_more":false,"total_count":1,"type":"list"},"open":true,"priority":"high","read":true,"sales_agent_participated":false,"sla_applied":{"sla_name":"Priority customers","sla_status":"active","type":"conversation_sla_summary"},"snoozed_until":null,"source":{"attachments":[{"content_type":"image/jpeg","filesize":482133,"height":1200,"name":"frame.jpg","type":"upload","url":"https://files.example.org/uploads/frame.jpg","width":1600}],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The frame I received is scratched.</p>","delivered_as":"customer_initiated","id":"600211734","redacted":false,"subject":"","type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"state":"open","statistics":{"assigned_team_first_response_time":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"assigned_team_first_response_time_in_office_hours":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"count_assignments":1,"count_conversation_parts":4,"count_reopens":0,"first_admin_reply_at":1767948840,"first_assignment_at":1767948120,"first_contact_reply_at":1767948000,"last_admin_reply_at":1767968000,"last_assignment_admin_reply_at":1767948840,"last_assignment_at":1767948120,"last_contact_reply_at":1767968300,"median_time_to_reply":840,"time_to_admin_reply":840,"time_to_assignment":120,"type":"conversation_statistics"},"tags":{"tags":[{"applied_at":1767949000,"applied_by":{"id":"7301942","type":"admin"},"id":"730140","name":"damaged-in-transit","type":"tag"}],"type":"tag.list"},"team_assignee_id":88412,"teammates":{"teammates":[{"id":"7301942","type":"admin"}],"type":"admin.list"},"title":"Scratched frame, replacement sent","type":"conversation","updated_at":1767968900,"waiting_since":1767968300}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("conversation"),
    check: check::<intercom_client::types::Conversation>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_480: Example = Example {
    label: "updateConversation 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_481: Example = Example {
    label: "updateConversation 403 response `api_plan_restricted`",
    json: r#"{"errors":[{"code":"api_plan_restricted","message":"This feature requires an active paid subscription."}],"request_id":"7a3d1b9f-4e62-4ca8-b5f7-ad2c8e19f306","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_482: Example = Example {
    label: "updateConversation 404 response `not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"Resource not found"}],"request_id":"8b4e2ca0-5f73-4db9-86a8-be3d9f2a0417","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_483: Example = Example {
    label: "deleteConversation 200 response `deleted`",
    json: r#"{"deleted":true,"id":"1291","object":"conversation"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::ConversationDeleted>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_484: Example = Example {
    label: "deleteConversation 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_485: Example = Example {
    label: "deleteConversation 403 response `api_plan_restricted`",
    json: r#"{"errors":[{"code":"api_plan_restricted","message":"This feature requires an active paid subscription."}],"request_id":"7a3d1b9f-4e62-4ca8-b5f7-ad2c8e19f306","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_486: Example = Example {
    label: "searchConversations request `open_high_priority`",
    json: r#"{"pagination":{"per_page":20},"query":{"operator":"AND","value":[{"field":"open","operator":"=","value":true},{"field":"priority","operator":"=","value":"high"}]}}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::SearchRequest>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_487: Example = Example {
    label: "searchConversations 200 response `matches`",
    json: r#"{"conversations":[{"admin_assignee_id":7301942,"ai_agent":{"content_sources":{"content_sources":[{"content_type":"external_content","locale":"en","title":"Warranty claims for carbon frames","url":"/fin-ai-agent/content?content=external_content&id=8830"}],"total_count":1,"type":"content_source.list"},"created_at":null,"last_answer_type":"ai_answer","rating":null,"rating_remark":null,"resolution_state":"escalated","source_title":"Delivery issues triage","source_type":"workflow","updated_at":null},"ai_agent_participated":true,"channel":{"current":"messenger","initial":"messenger"},"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"conversation_rating":null,"created_at":1767948000,"custom_attributes":{"Bike model":"Gravel 2","Order":"NW-20931"},"external_references":[],"first_contact_reply":{"created_at":1767948000,"type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"id":"1274","linked_objects":{"data":[{"category":"Tracker","id":"934","type":"ticket"}],"has_more":false,"total_count":1,"type":"list"},"open":true,"priority":"high","read":false,"sales_agent_participated":false,"sla_applied":{"sla_name":"Priority customers","sla_status":"active","type":"conversation_sla_summary"},"snoozed_until":null,"source":{"attachments":[{"content_type":"image/jpeg","filesize":482133,"height":1200,"name":"frame.jpg","type":"upload","url":"https://files.example.org/uploads/frame.jpg","width":1600}],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The frame I received is scratched.</p>","delivered_as":"customer_initiated","id":"600211734","redacted":false,"subject":"","type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"state":"open","statistics":{"assigned_team_first_response_time":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"assigned_team_first_response_time_in_office_hours":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"count_assignments":1,"count_conversation_parts":4,"count_reopens":0,"first_admin_reply_at":1767948840,"first_assignment_at":1767948120,"first_contact_reply_at":1767948000,"last_admin_reply_at":1767968000,"last_assignment_admin_reply_at":1767948840,"last_assignment_at":1767948120,"last_contact_reply_at":1767968300,"median_time_to_reply":840,"time_to_admin_reply":840,"time_to_assignment":120,"type":"conversation_statistics"},"tags":{"tags":[{"applied_at":1767949000,"applied_by":{"id":"7301942","type":"admin"},"id":"730140","name":"damaged-in-transit","type":"tag"}],"type":"tag.list"},"team_assignee_id":88412,"teammates":{"teammates":[{"id":"7301942","type":"admin"}],"type":"admin.list"},"title":"Scratched frame on delivery","type":"conversation","updated_at":1767968300,"waiting_since":1767968300}],"pages":{"page":1,"per_page":20,"total_pages":1,"type":"pages"},"total_count":1,"type":"conversation.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("conversation.list"),
    check: check::<intercom_client::types::ConversationList>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_488: Example = Example {
    label: "searchConversations 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_489: Example = Example {
    label: "replyConversation request `admin_quick_reply`",
    json: r#"{"admin_id":"7301942","body":"Would you like a replacement or a refund?","message_type":"quick_reply","reply_options":[{"text":"Replacement","uuid":"6a3f9d20-8e4b-4c17-b2d5-19e0f7a4c863"},{"text":"Refund","uuid":"c9e41b7f-2d08-4a6e-9f35-70b8d2a1e4c6"}],"type":"admin"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::ReplyConversationRequest>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_490: Example = Example {
    label: "replyConversation request `admin_note`",
    json: r#"{"admin_id":"7301942","body":"<p>Customer is a gold loyalty member; offer free express shipping.</p>","message_type":"note","skip_unsnooze":true,"type":"admin"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::ReplyConversationRequest>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_491: Example = Example {
    label: "replyConversation request `contact_picks_option`",
    json: r#"{"body":"Replacement","intercom_user_id":"66a1f3c2b8e4d70012ab34cd","message_type":"comment","reply_options":[{"text":"Replacement","uuid":"6a3f9d20-8e4b-4c17-b2d5-19e0f7a4c863"}],"type":"user"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::ReplyConversationRequest>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_492: Example = Example {
    label: "replyConversation request `contact_by_email`",
    json: r#"{"body":"Thanks, that works for me.","email":"tomas.reyes@example.org","message_type":"comment","type":"user"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::ReplyConversationRequest>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_493: Example = Example {
    label: "replyConversation 200 response `admin_quick_reply`",
    json: r#"{"admin_assignee_id":7301942,"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"conversation_parts":{"conversation_parts":[{"app_package_code":"northwind-helpdesk-sync","attachments":[],"author":{"email":"maeve.donnelly@example.com","id":"7301942","name":"Maeve Donnelly","type":"admin"},"body":"<p>Would you like a replacement or a refund?</p>","created_at":1767968000,"external_id":null,"id":"88120455","metadata":{"quick_reply_options":[{"text":"Replacement","translations":null,"uuid":"6a3f9d20-8e4b-4c17-b2d5-19e0f7a4c863"},{"text":"Refund","translations":null,"uuid":"c9e41b7f-2d08-4a6e-9f35-70b8d2a1e4c6"}]},"notified_at":1767968000,"part_type":"quick_reply","redacted":false,"type":"conversation_part","updated_at":1767968000}],"total_count":1,"type":"conversation_part.list"},"created_at":1767948000,"id":"1274","linked_objects":{"data":[],"has_more":false,"total_count":0,"type":"list"},"open":true,"priority":"none","read":true,"snoozed_until":null,"source":{"attachments":[],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The frame I received is scratched.</p>","delivered_as":"customer_initiated","id":"600211734","redacted":false,"subject":"","type":"conversation","url":null},"state":"open","team_assignee_id":88412,"title":null,"type":"conversation","updated_at":1767968000,"waiting_since":null}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("conversation"),
    check: check::<intercom_client::types::Conversation>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_494: Example = Example {
    label: "replyConversation 200 response `contact_picks_option`",
    json: r#"{"admin_assignee_id":7301942,"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"conversation_parts":{"conversation_parts":[{"attachments":[],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>Replacement</p>","created_at":1767968300,"id":"88120461","metadata":{"quick_reply_uuid":"6a3f9d20-8e4b-4c17-b2d5-19e0f7a4c863"},"notified_at":1767968300,"part_type":"comment","redacted":false,"type":"conversation_part","updated_at":1767968300}],"total_count":1,"type":"conversation_part.list"},"created_at":1767948000,"id":"1274","open":true,"priority":"none","read":false,"snoozed_until":null,"state":"open","team_assignee_id":88412,"type":"conversation","updated_at":1767968300,"waiting_since":1767968300}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("conversation"),
    check: check::<intercom_client::types::Conversation>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_495: Example = Example {
    label: "replyConversation 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_496: Example = Example {
    label: "replyConversation 403 response `api_plan_restricted`",
    json: r#"{"errors":[{"code":"api_plan_restricted","message":"This feature requires an active paid subscription."}],"request_id":"7a3d1b9f-4e62-4ca8-b5f7-ad2c8e19f306","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_497: Example = Example {
    label: "replyConversation 404 response `not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"Resource not found"}],"request_id":"8b4e2ca0-5f73-4db9-86a8-be3d9f2a0417","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_498: Example = Example {
    label: "manageConversation request `close`",
    json: r#"{"admin_id":"7301942","body":"A replacement frame is on its way.","message_type":"close","type":"admin"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::ManageConversationRequest>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_499: Example = Example {
    label: "manageConversation request `assign_team`",
    json: r#"{"admin_id":"7301942","assignee_id":"88412","message_type":"assignment","type":"team"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::ManageConversationRequest>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_500: Example = Example {
    label: "manageConversation request `snooze`",
    json: r#"{"admin_id":"7301942","message_type":"snoozed","snoozed_until":1768050000}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::ManageConversationRequest>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_501: Example = Example {
    label: "manageConversation 200 response `conversation_closed`",
    json: r#"{"admin_assignee_id":7301942,"ai_agent":{"content_sources":{"content_sources":[{"content_type":"external_content","locale":"en","title":"Warranty claims for carbon frames","url":"/fin-ai-agent/content?content=external_content&id=8830"}],"total_count":1,"type":"content_source.list"},"created_at":null,"last_answer_type":"ai_answer","rating":null,"rating_remark":null,"resolution_state":"escalated","source_title":"Delivery issues triage","source_type":"workflow","updated_at":null},"ai_agent_participated":true,"ai_topics":{"topics":[{"subtopics":[{"id":318,"name":"Damaged parcel","type":"ai_subtopic"}],"topic_name":"Deliveries","type":"ai_topic"}],"type":"ai_topics"},"channel":{"current":"messenger","initial":"messenger"},"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"conversation_parts":{"conversation_parts":[{"app_package_code":null,"assigned_to":{"id":"88412","type":"team"},"attachments":[],"author":{"email":"operator+k7t2qz9x@intercom.io","from_ai_agent":false,"id":"7300001","is_ai_answer":false,"name":"Fin","type":"bot"},"body":null,"created_at":1767948120,"external_id":null,"id":"88120401","notified_at":1767948120,"part_type":"assignment","redacted":false,"state":"open","tags":[],"type":"conversation_part","updated_at":1767948120},{"app_package_code":null,"attachments":[],"author":{"email":"maeve.donnelly@example.com","from_ai_agent":false,"id":"7301942","is_ai_answer":false,"name":"Maeve Donnelly","type":"admin"},"body":"<p>Sorry about that! Could you send a photo of the order label?</p>","created_at":1767948840,"external_id":null,"id":"88120420","notified_at":1767948840,"part_type":"comment","redacted":false,"state":"open","tags":null,"type":"conversation_part","updated_at":1767948840},{"app_package_code":null,"attachments":[],"author":{"email":"maeve.donnelly@example.com","from_ai_agent":false,"id":"7301942","is_ai_answer":false,"name":"Maeve Donnelly","type":"admin"},"body":"<p>A replacement frame is on its way.</p>","created_at":1767969000,"external_id":null,"id":"88120433","notified_at":1767969000,"part_type":"close","redacted":false,"state":"closed","tags":[],"type":"conversation_part","updated_at":1767969000}],"total_count":3,"type":"conversation_part.list"},"conversation_rating":null,"created_at":1767948000,"custom_attributes":{"Bike model":"Gravel 2","Order":"NW-20931"},"external_references":[],"first_contact_reply":{"created_at":1767948000,"type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"id":"1274","linked_objects":{"data":[{"category":"Tracker","id":"934","type":"ticket"}],"has_more":false,"total_count":1,"type":"list"},"open":false,"priority":"high","read":false,"sales_agent_participated":false,"sla_applied":{"sla_name":"Priority customers","sla_status":"active","type":"conversation_sla_summary"},"snoozed_until":null,"source":{"attachments":[{"content_type":"image/jpeg","filesize":482133,"height":1200,"name":"frame.jpg","type":"upload","url":"https://files.example.org/uploads/frame.jpg","width":1600}],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The frame I received is scratched.</p>","delivered_as":"customer_initiated","id":"600211734","redacted":false,"subject":"","type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"state":"closed","statistics":{"assigned_team_first_response_time":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"assigned_team_first_response_time_in_office_hours":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"count_assignments":1,"count_conversation_parts":4,"count_reopens":0,"first_admin_reply_at":1767948840,"first_assignment_at":1767948120,"first_contact_reply_at":1767948000,"last_admin_reply_at":1767968000,"last_assignment_admin_reply_at":1767948840,"last_assignment_at":1767948120,"last_contact_reply_at":1767968300,"median_time_to_reply":840,"time_to_admin_reply":840,"time_to_assignment":120,"type":"conversation_statistics"},"tags":{"tags":[{"applied_at":1767949000,"applied_by":{"id":"7301942","type":"admin"},"id":"730140","name":"damaged-in-transit","type":"tag"}],"type":"tag.list"},"team_assignee_id":88412,"teammates":{"teammates":[{"id":"7301942","type":"admin"}],"type":"admin.list"},"title":"Scratched frame on delivery","type":"conversation","updated_at":1767969000,"waiting_since":null}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("conversation"),
    check: check::<intercom_client::types::Conversation>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_502: Example = Example {
    label: "manageConversation 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_503: Example = Example {
    label: "manageConversation 403 response `api_plan_restricted`",
    json: r#"{"errors":[{"code":"api_plan_restricted","message":"This feature requires an active paid subscription."}],"request_id":"7a3d1b9f-4e62-4ca8-b5f7-ad2c8e19f306","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_504: Example = Example {
    label: "manageConversation 404 response `not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"Resource not found"}],"request_id":"8b4e2ca0-5f73-4db9-86a8-be3d9f2a0417","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversation_parts")]
const EXAMPLE_505: Example = Example {
    label: "updateConversationPart request `seen`",
    json: r#"{"admin_id":"7301942","experimental":true,"secret":"c2VjcmV0LWZvci1rN3QycXo5eA==","seen":true}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::UpdateConversationPartRequest>,
};

#[cfg(feature = "conversation_parts")]
const EXAMPLE_506: Example = Example {
    label: "updateConversationPart 200 response `part`",
    json: r#"{"app_package_code":null,"attachments":[],"author":{"email":"maeve.donnelly@example.com","from_ai_agent":false,"id":"7301942","is_ai_answer":false,"name":"Maeve Donnelly","type":"admin"},"body":"<p>Sorry about that! Could you send a photo of the order label?</p>","created_at":1767948840,"external_id":"zd-comment-55120","id":"88120420","notified_at":1767948840,"part_type":"comment","redacted":false,"state":"open","tags":[],"type":"conversation_part","updated_at":1767968950}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("conversation_part"),
    check: check::<intercom_client::types::ConversationPart>,
};

#[cfg(feature = "conversation_parts")]
const DECODER_65: Decoder = Decoder {
    pinned: "conversation_part",
    name: "ConversationPart",
    rejects: rejects::<intercom_client::types::ConversationPart>,
};

#[cfg(feature = "conversation_parts")]
const EXAMPLE_507: Example = Example {
    label: "updateConversationPart 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversation_parts")]
const EXAMPLE_508: Example = Example {
    label: "updateConversationPart 403 response `api_plan_restricted`",
    json: r#"{"errors":[{"code":"api_plan_restricted","message":"This feature requires an active paid subscription."}],"request_id":"7a3d1b9f-4e62-4ca8-b5f7-ad2c8e19f306","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversation_parts")]
const EXAMPLE_509: Example = Example {
    label: "updateConversationPart 404 response `part_not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"Conversation part not found"}],"request_id":"3e02a9c4-71d2-4b8e-9f06-2c5d8a1b7e02","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversation_participants")]
const EXAMPLE_510: Example = Example {
    label: "attachContactToConversation request `by_intercom_id`",
    json: r#"{"admin_id":"7301942","customer":{"intercom_user_id":"66b0a7d4c9e1f20013cd56ef"}}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::AttachContactToConversationRequest>,
};

#[cfg(feature = "conversation_participants")]
const EXAMPLE_511: Example = Example {
    label: "attachContactToConversation 200 response `conversation_two_contacts`",
    json: r#"{"admin_assignee_id":7301942,"ai_agent":{"content_sources":{"content_sources":[{"content_type":"external_content","locale":"en","title":"Warranty claims for carbon frames","url":"/fin-ai-agent/content?content=external_content&id=8830"}],"total_count":1,"type":"content_source.list"},"created_at":null,"last_answer_type":"ai_answer","rating":null,"rating_remark":null,"resolution_state":"escalated","source_title":"Delivery issues triage","source_type":"workflow","updated_at":null},"ai_agent_participated":true,"ai_topics":{"topics":[{"subtopics":[{"id":318,"name":"Damaged parcel","type":"ai_subtopic"}],"topic_name":"Deliveries","type":"ai_topic"}],"type":"ai_topics"},"channel":{"current":"messenger","initial":"messenger"},"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"},{"external_id":"lead-4471","id":"66b0a7d4c9e1f20013cd56ef","type":"contact"}],"type":"contact.list"},"conversation_parts":{"conversation_parts":[{"app_package_code":null,"assigned_to":{"id":"88412","type":"team"},"attachments":[],"author":{"email":"operator+k7t2qz9x@intercom.io","from_ai_agent":false,"id":"7300001","is_ai_answer":false,"name":"Fin","type":"bot"},"body":null,"created_at":1767948120,"external_id":null,"id":"88120401","notified_at":1767948120,"part_type":"assignment","redacted":false,"state":"open","tags":[],"type":"conversation_part","updated_at":1767948120},{"app_package_code":null,"attachments":[],"author":{"email":"maeve.donnelly@example.com","from_ai_agent":false,"id":"7301942","is_ai_answer":false,"name":"Maeve Donnelly","type":"admin"},"body":"<p>Sorry about that! Could you send a photo of the order label?</p>","created_at":1767948840,"external_id":null,"id":"88120420","notified_at":1767948840,"part_type":"comment","redacted":false,"state":"open","tags":null,"type":"conversation_part","updated_at":1767948840}],"total_count":2,"type":"conversation_part.list"},"conversation_rating":null,"created_at":1767948000,"custom_attributes":{"Bike model":"Gravel 2","Order":"NW-20931"},"external_references":[],"first_contact_reply":{"created_at":1767948000,"type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"id":"1274","linked_objects":{"data":[{"category":"Tracker","id":"934","type":"ticket"}],"has_more":false,"total_count":1,"type":"list"},"open":true,"priority":"high","read":false,"sales_agent_participated":false,"sla_applied":{"sla_name":"Priority customers","sla_status":"active","type":"conversation_sla_summary"},"snoozed_until":null,"source":{"attachments":[{"content_type":"image/jpeg","filesize":482133,"height":1200,"name":"frame.jpg","type":"upload","url":"https://files.example.org/uploads/frame.jpg","width":1600}],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The frame I received is scratched.</p>","delivered_as":"customer_initiated","id":"600211734","redacted":false,"subject":"","type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"state":"open","statistics":{"assigned_team_first_response_time":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"assigned_team_first_response_time_in_office_hours":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"count_assignments":1,"count_conversation_parts":4,"count_reopens":0,"first_admin_reply_at":1767948840,"first_assignment_at":1767948120,"first_contact_reply_at":1767948000,"last_admin_reply_at":1767968000,"last_assignment_admin_reply_at":1767948840,"last_assignment_at":1767948120,"last_contact_reply_at":1767968300,"median_time_to_reply":840,"time_to_admin_reply":840,"time_to_assignment":120,"type":"conversation_statistics"},"tags":{"tags":[{"applied_at":1767949000,"applied_by":{"id":"7301942","type":"admin"},"id":"730140","name":"damaged-in-transit","type":"tag"}],"type":"tag.list"},"team_assignee_id":88412,"teammates":{"teammates":[{"id":"7301942","type":"admin"}],"type":"admin.list"},"title":"Scratched frame on delivery","type":"conversation","updated_at":1767968300,"waiting_since":1767968300}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("conversation"),
    check: check::<intercom_client::types::Conversation>,
};

#[cfg(feature = "conversation_participants")]
const EXAMPLE_512: Example = Example {
    label: "attachContactToConversation 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversation_participants")]
const EXAMPLE_513: Example = Example {
    label: "attachContactToConversation 403 response `api_plan_restricted`",
    json: r#"{"errors":[{"code":"api_plan_restricted","message":"This feature requires an active paid subscription."}],"request_id":"7a3d1b9f-4e62-4ca8-b5f7-ad2c8e19f306","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversation_participants")]
const EXAMPLE_514: Example = Example {
    label: "attachContactToConversation 404 response `not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"3e03a9c4-71d2-4b8e-9f06-2c5d8a1b7e03","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversation_participants")]
const EXAMPLE_515: Example = Example {
    label: "detachContactFromConversation request `by_admin`",
    json: r#"{"admin_id":"7301942"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::DetachContactFromConversationRequest>,
};

#[cfg(feature = "conversation_participants")]
const EXAMPLE_516: Example = Example {
    label: "detachContactFromConversation 200 response `conversation_full`",
    json: r#"{"admin_assignee_id":7301942,"ai_agent":{"content_sources":{"content_sources":[{"content_type":"external_content","locale":"en","title":"Warranty claims for carbon frames","url":"/fin-ai-agent/content?content=external_content&id=8830"}],"total_count":1,"type":"content_source.list"},"created_at":null,"last_answer_type":"ai_answer","rating":null,"rating_remark":null,"resolution_state":"escalated","source_title":"Delivery issues triage","source_type":"workflow","updated_at":null},"ai_agent_participated":true,"ai_topics":{"topics":[{"subtopics":[{"id":318,"name":"Damaged parcel","type":"ai_subtopic"}],"topic_name":"Deliveries","type":"ai_topic"}],"type":"ai_topics"},"channel":{"current":"messenger","initial":"messenger"},"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"conversation_parts":{"conversation_parts":[{"app_package_code":null,"assigned_to":{"id":"88412","type":"team"},"attachments":[],"author":{"email":"operator+k7t2qz9x@intercom.io","from_ai_agent":false,"id":"7300001","is_ai_answer":false,"name":"Fin","type":"bot"},"body":null,"created_at":1767948120,"external_id":null,"id":"88120401","notified_at":1767948120,"part_type":"assignment","redacted":false,"state":"open","tags":[],"type":"conversation_part","updated_at":1767948120},{"app_package_code":null,"attachments":[],"author":{"email":"maeve.donnelly@example.com","from_ai_agent":false,"id":"7301942","is_ai_answer":false,"name":"Maeve Donnelly","type":"admin"},"body":"<p>Sorry about that! Could you send a photo of the order label?</p>","created_at":1767948840,"external_id":null,"id":"88120420","notified_at":1767948840,"part_type":"comment","redacted":false,"state":"open","tags":null,"type":"conversation_part","updated_at":1767948840}],"total_count":2,"type":"conversation_part.list"},"conversation_rating":null,"created_at":1767948000,"custom_attributes":{"Bike model":"Gravel 2","Order":"NW-20931"},"external_references":[],"first_contact_reply":{"created_at":1767948000,"type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"id":"1274","linked_objects":{"data":[{"category":"Tracker","id":"934","type":"ticket"}],"has_more":false,"total_count":1,"type":"list"},"open":true,"priority":"high","read":false,"sales_agent_participated":false,"sla_applied":{"sla_name":"Priority customers","sla_status":"active","type":"conversation_sla_summary"},"snoozed_until":null,"source":{"attachments":[{"content_type":"image/jpeg","filesize":482133,"height":1200,"name":"frame.jpg","type":"upload","url":"https://files.example.org/uploads/frame.jpg","width":1600}],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The frame I received is scratched.</p>","delivered_as":"customer_initiated","id":"600211734","redacted":false,"subject":"","type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"state":"open","statistics":{"assigned_team_first_response_time":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"assigned_team_first_response_time_in_office_hours":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"count_assignments":1,"count_conversation_parts":4,"count_reopens":0,"first_admin_reply_at":1767948840,"first_assignment_at":1767948120,"first_contact_reply_at":1767948000,"last_admin_reply_at":1767968000,"last_assignment_admin_reply_at":1767948840,"last_assignment_at":1767948120,"last_contact_reply_at":1767968300,"median_time_to_reply":840,"time_to_admin_reply":840,"time_to_assignment":120,"type":"conversation_statistics"},"tags":{"tags":[{"applied_at":1767949000,"applied_by":{"id":"7301942","type":"admin"},"id":"730140","name":"damaged-in-transit","type":"tag"}],"type":"tag.list"},"team_assignee_id":88412,"teammates":{"teammates":[{"id":"7301942","type":"admin"}],"type":"admin.list"},"title":"Scratched frame on delivery","type":"conversation","updated_at":1767968300,"waiting_since":1767968300}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("conversation"),
    check: check::<intercom_client::types::Conversation>,
};

#[cfg(feature = "conversation_participants")]
const EXAMPLE_517: Example = Example {
    label: "detachContactFromConversation 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversation_participants")]
const EXAMPLE_518: Example = Example {
    label: "detachContactFromConversation 403 response `api_plan_restricted`",
    json: r#"{"errors":[{"code":"api_plan_restricted","message":"This feature requires an active paid subscription."}],"request_id":"7a3d1b9f-4e62-4ca8-b5f7-ad2c8e19f306","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversation_participants")]
const EXAMPLE_519: Example = Example {
    label: "detachContactFromConversation 404 response `contact_not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"User Not Found"}],"request_id":"3e04a9c4-71d2-4b8e-9f06-2c5d8a1b7e04","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversation_participants")]
const EXAMPLE_520: Example = Example {
    label: "detachContactFromConversation 422 response `last_customer`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"Removing the last customer is not supported"}],"request_id":"3e05a9c4-71d2-4b8e-9f06-2c5d8a1b7e05","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_521: Example = Example {
    label: "listHandlingEvents 200 response `pause_and_resume`",
    json: r#"{"handling_events":[{"reason":"Lunch","teammate":{"email":"maeve.donnelly@example.com","id":7301942,"name":"Maeve Donnelly","type":"admin"},"timestamp":"2026-01-09T12:30:00Z","type":"paused"},{"reason":null,"teammate":{"email":"maeve.donnelly@example.com","id":7301942,"name":"Maeve Donnelly","type":"admin"},"timestamp":"2026-01-09T13:05:00Z","type":"resumed"}]}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::HandlingEventList>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_522: Example = Example {
    label: "listHandlingEvents 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_523: Example = Example {
    label: "listHandlingEvents 404 response `not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"Resource not found"}],"request_id":"8b4e2ca0-5f73-4db9-86a8-be3d9f2a0417","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_524: Example = Example {
    label: "listSideConversations 200 response `one_thread`",
    json: r#"{"pages":{"page":1,"per_page":25,"total_pages":1},"side_conversations":[{"conversation_parts":[{"app_package_code":null,"attachments":[],"author":{"email":"maeve.donnelly@example.com","from_ai_agent":false,"id":"7301942","is_ai_answer":false,"name":"Maeve Donnelly","type":"admin"},"body":"<p>Warehouse: can we ship a replacement frame today?</p>","created_at":1767950200,"external_id":null,"id":"88120470","notified_at":1767950200,"part_type":"comment","redacted":false,"state":"open","tags":[],"type":"conversation_part","updated_at":1767950200}],"side_conversation_id":"1302","total_count":1}],"total_count":1,"type":"side_conversation.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("side_conversation.list"),
    check: check::<intercom_client::types::SideConversationList>,
};

#[cfg(feature = "conversations")]
const DECODER_66: Decoder = Decoder {
    pinned: "side_conversation.list",
    name: "SideConversationList",
    rejects: rejects::<intercom_client::types::SideConversationList>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_525: Example = Example {
    label: "listSideConversations 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_526: Example = Example {
    label: "listSideConversations 404 response `not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"Resource not found"}],"request_id":"8b4e2ca0-5f73-4db9-86a8-be3d9f2a0417","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversation_parts")]
const EXAMPLE_527: Example = Example {
    label: "redactConversation request `part`",
    json: r#"{"conversation_id":"1274","conversation_part_id":"88120470","type":"conversation_part"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::RedactConversationRequest>,
};

#[cfg(feature = "conversation_parts")]
const EXAMPLE_528: Example = Example {
    label: "redactConversation request `source`",
    json: r#"{"conversation_id":"1274","source_id":"600211734","type":"source"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::RedactConversationRequest>,
};

#[cfg(feature = "conversation_parts")]
const EXAMPLE_529: Example = Example {
    label: "redactConversation 200 response `part_redacted`",
    json: r#"{"admin_assignee_id":7301942,"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"conversation_parts":{"conversation_parts":[{"app_package_code":null,"attachments":[],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p><i>This message has been removed</i></p>","created_at":1767971000,"external_id":null,"id":"88120470","notified_at":1767971000,"part_type":"comment","redacted":true,"type":"conversation_part","updated_at":1767972000}],"total_count":1,"type":"conversation_part.list"},"created_at":1767948000,"id":"1274","linked_objects":{"data":[],"has_more":false,"total_count":0,"type":"list"},"open":true,"priority":"none","read":true,"snoozed_until":null,"source":{"attachments":[],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The frame I received is scratched.</p>","delivered_as":"customer_initiated","id":"600211734","redacted":false,"subject":"","type":"conversation","url":null},"state":"open","team_assignee_id":88412,"title":null,"type":"conversation","updated_at":1767972000,"waiting_since":1767971000}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("conversation"),
    check: check::<intercom_client::types::Conversation>,
};

#[cfg(feature = "conversation_parts")]
const EXAMPLE_530: Example = Example {
    label: "redactConversation 400 response `not_redactable`",
    json: r#"{"errors":[{"code":"conversation_part_not_redactable","message":"Only parts with a body or contact-authored source messages can be redacted"}],"request_id":"0a5ecf12-f283-47ca-ab12-b79e2c86f53a","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversation_parts")]
const EXAMPLE_531: Example = Example {
    label: "redactConversation 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversation_parts")]
const EXAMPLE_532: Example = Example {
    label: "redactConversation 404 response `part_not_found`",
    json: r#"{"errors":[{"code":"conversation_part_or_message_not_found","message":"No such conversation part or source message"}],"request_id":"1b6fd023-0394-48db-bc23-c8af3d970a4b","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_533: Example = Example {
    label: "mergeConversation request `merge`",
    json: r#"{"merge_into_conversation_id":1274}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::MergeConversationsRequest>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_534: Example = Example {
    label: "mergeConversation 200 response `conversation_merged`",
    json: r#"{"admin_assignee_id":7301942,"ai_agent":{"content_sources":{"content_sources":[{"content_type":"external_content","locale":"en","title":"Warranty claims for carbon frames","url":"/fin-ai-agent/content?content=external_content&id=8830"}],"total_count":1,"type":"content_source.list"},"created_at":null,"last_answer_type":"ai_answer","rating":null,"rating_remark":null,"resolution_state":"escalated","source_title":"Delivery issues triage","source_type":"workflow","updated_at":null},"ai_agent_participated":true,"ai_topics":{"topics":[{"subtopics":[{"id":318,"name":"Damaged parcel","type":"ai_subtopic"}],"topic_name":"Deliveries","type":"ai_topic"}],"type":"ai_topics"},"channel":{"current":"messenger","initial":"messenger"},"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"conversation_parts":{"conversation_parts":[{"app_package_code":null,"assigned_to":{"id":"88412","type":"team"},"attachments":[],"author":{"email":"operator+k7t2qz9x@intercom.io","from_ai_agent":false,"id":"7300001","is_ai_answer":false,"name":"Fin","type":"bot"},"body":null,"created_at":1767948120,"external_id":null,"id":"88120401","notified_at":1767948120,"part_type":"assignment","redacted":false,"state":"open","tags":[],"type":"conversation_part","updated_at":1767948120},{"app_package_code":null,"attachments":[],"author":{"email":"maeve.donnelly@example.com","from_ai_agent":false,"id":"7301942","is_ai_answer":false,"name":"Maeve Donnelly","type":"admin"},"body":"<p>Sorry about that! Could you send a photo of the order label?</p>","created_at":1767948840,"external_id":null,"id":"88120420","notified_at":1767948840,"part_type":"comment","redacted":false,"state":"open","tags":null,"type":"conversation_part","updated_at":1767948840},{"app_package_code":null,"attachments":[],"author":{"email":"maeve.donnelly@example.com","from_ai_agent":false,"id":"7301942","is_ai_answer":false,"name":"Maeve Donnelly","type":"admin"},"body":null,"created_at":1767971000,"external_id":null,"id":"88120511","notified_at":1767971000,"part_type":"conversation_merged","redacted":false,"state":"open","tags":[],"type":"conversation_part","updated_at":1767971000}],"total_count":3,"type":"conversation_part.list"},"conversation_rating":null,"created_at":1767948000,"custom_attributes":{"Bike model":"Gravel 2","Order":"NW-20931"},"external_references":[],"first_contact_reply":{"created_at":1767948000,"type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"id":"1274","linked_objects":{"data":[{"category":"Tracker","id":"934","type":"ticket"}],"has_more":false,"total_count":1,"type":"list"},"open":true,"priority":"high","read":false,"sales_agent_participated":false,"sla_applied":{"sla_name":"Priority customers","sla_status":"active","type":"conversation_sla_summary"},"snoozed_until":null,"source":{"attachments":[{"content_type":"image/jpeg","filesize":482133,"height":1200,"name":"frame.jpg","type":"upload","url":"https://files.example.org/uploads/frame.jpg","width":1600}],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The frame I received is scratched.</p>","delivered_as":"customer_initiated","id":"600211734","redacted":false,"subject":"","type":"conversation","url":"https://shop.example.org/orders/NW-20931"},"state":"open","statistics":{"assigned_team_first_response_time":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"assigned_team_first_response_time_in_office_hours":[{"response_time":720,"team_id":88412,"team_name":"Warehouse"}],"count_assignments":1,"count_conversation_parts":4,"count_reopens":0,"first_admin_reply_at":1767948840,"first_assignment_at":1767948120,"first_contact_reply_at":1767948000,"last_admin_reply_at":1767968000,"last_assignment_admin_reply_at":1767948840,"last_assignment_at":1767948120,"last_contact_reply_at":1767968300,"median_time_to_reply":840,"time_to_admin_reply":840,"time_to_assignment":120,"type":"conversation_statistics"},"tags":{"tags":[{"applied_at":1767949000,"applied_by":{"id":"7301942","type":"admin"},"id":"730140","name":"damaged-in-transit","type":"tag"}],"type":"tag.list"},"team_assignee_id":88412,"teammates":{"teammates":[{"id":"7301942","type":"admin"}],"type":"admin.list"},"title":"Scratched frame on delivery","type":"conversation","updated_at":1767971000,"waiting_since":1767968300}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("conversation"),
    check: check::<intercom_client::types::Conversation>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_535: Example = Example {
    label: "mergeConversation 400 response `bad_request`",
    json: r#"{"errors":[{"code":"parameter_not_found","message":"merge_into_conversation_id is required"}],"request_id":"3e06a9c4-71d2-4b8e-9f06-2c5d8a1b7e06","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_536: Example = Example {
    label: "mergeConversation 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_537: Example = Example {
    label: "mergeConversation 403 response `api_plan_restricted`",
    json: r#"{"errors":[{"code":"api_plan_restricted","message":"This feature requires an active paid subscription."}],"request_id":"7a3d1b9f-4e62-4ca8-b5f7-ad2c8e19f306","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_538: Example = Example {
    label: "mergeConversation 422 response `merge_failed`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"A conversation cannot be merged into itself"}],"request_id":"3e07a9c4-71d2-4b8e-9f06-2c5d8a1b7e07","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_539: Example = Example {
    label: "convertConversationToTicket request `with_attributes`",
    json: r#"{"attributes":{"Order number":"NW-20931","_default_title_":"Frame arrived scratched"},"ticket_state_id":"5120","ticket_type_id":"41"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::ConvertConversationToTicketRequest>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_540: Example = Example {
    label: "convertConversationToTicket request `tracker_type`",
    json: r#"{"ticket_type_id":"42"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::ConvertConversationToTicketRequest>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_541: Example = Example {
    label: "convertConversationToTicket 200 response `converted`",
    json: r#"{"admin_assignee_id":7301942,"category":"Customer","contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"created_at":1767948000,"id":"1274","is_shared":true,"linked_objects":{"data":[],"has_more":false,"total_count":0,"type":"list"},"open":true,"previous_ticket_state_id":null,"team_assignee_id":88412,"ticket_attributes":{"Order number":"NW-20931","_default_description_":null,"_default_title_":"Frame arrived scratched"},"ticket_id":"58","ticket_parts":{"ticket_parts":[{"attachments":[],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The frame I received is scratched.</p>","created_at":1767948000,"id":"20150","part_type":"comment","redacted":false,"type":"ticket_part","updated_at":1767948000},{"attachments":[],"author":{"email":"maeve.donnelly@example.com","id":"7301942","name":"Maeve Donnelly","type":"admin"},"created_at":1767969000,"id":"20151","part_type":"ticket_state_updated_by_admin","previous_ticket_state":"submitted","redacted":false,"ticket_state":"submitted","type":"ticket_part","updated_at":1767969000}],"total_count":2,"type":"ticket_part.list"},"ticket_state":{"category":"submitted","external_label":"Received","id":"5120","internal_label":"Submitted","type":"ticket_state"},"ticket_type":{"archived":false,"category":"Customer","created_at":1762250400,"description":"A parcel arrived broken or incomplete.","icon":"📦","id":"41","is_internal":false,"name":"Damaged delivery","type":"ticket_type","updated_at":1765929600,"workspace_id":"k7t2qz9x"},"type":"ticket","updated_at":1767969000}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("ticket"),
    check: check::<intercom_client::types::Ticket>,
};

#[cfg(feature = "conversations")]
const DECODER_67: Decoder = Decoder {
    pinned: "ticket",
    name: "Ticket",
    rejects: rejects::<intercom_client::types::Ticket>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_542: Example = Example {
    label: "convertConversationToTicket 400 response `not_customer_type`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"Only customer ticket types can be used to convert a conversation"}],"request_id":"f49dbe01-e172-46b9-9a01-a68d1b75e429","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_543: Example = Example {
    label: "convertConversationToTicket 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_544: Example = Example {
    label: "listDeletedConversationIds 200 response `deleted`",
    json: r#"{"conversations":[{"deleted_at":1767972000,"id":"1291","metrics_retained":true,"type":"conversation"},{"deleted_at":1767801600,"id":"1188","metrics_retained":false,"type":"conversation"}],"pages":{"page":1,"per_page":20,"total_pages":1,"type":"pages"},"total_count":2,"type":"conversations.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("conversations.list"),
    check: check::<intercom_client::types::DeletedConversationList>,
};

#[cfg(feature = "conversations")]
const DECODER_68: Decoder = Decoder {
    pinned: "conversations.list",
    name: "DeletedConversationList",
    rejects: rejects::<intercom_client::types::DeletedConversationList>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_545: Example = Example {
    label: "listDeletedConversationIds 400 response `unavailable`",
    json: r#"{"errors":[{"code":"bad_request","message":"Deleted conversation listing is not available for this workspace"}],"request_id":"3e08a9c4-71d2-4b8e-9f06-2c5d8a1b7e08","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations")]
const EXAMPLE_546: Example = Example {
    label: "listDeletedConversationIds 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_547: Example = Example {
    label: "listConversationAttributes 200 response `attributes`",
    json: r#"{"data":[{"admin_id":"7301942","archived":false,"created_at":1766000000,"data_type":"list","description":"Why the customer sends the order back.","id":4012,"name":"Return reason","options":[{"archived":false,"id":"3b1f7c52-9a4e-4d0b-8f26-5c7e1a9d2b40","label":"Damaged in transit"},{"archived":false,"id":"8d2e4a17-6c3b-4f95-a0e8-1b7d9c4f6e23","label":"Wrong size"}],"required":false,"type":"conversation_attribute","updated_at":1767900000,"visible_to_team_ids":[]},{"admin_id":"7301942","archived":false,"created_at":1766000500,"data_type":"string","description":"The courier that delivered the parcel.","id":4013,"multiline":false,"name":"Courier","required":false,"type":"conversation_attribute","updated_at":1766000500,"visible_to_team_ids":["88412"]}],"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::ConversationAttributeList>,
};

#[cfg(feature = "conversations_attributes")]
const DECODER_69: Decoder = Decoder {
    pinned: "list",
    name: "ConversationAttributeList",
    rejects: rejects::<intercom_client::types::ConversationAttributeList>,
};

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_548: Example = Example {
    label: "listConversationAttributes 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_549: Example = Example {
    label: "createConversationAttribute request `boolean`",
    json: r#"{"data_type":"boolean","description":"Whether finance approved a refund.","name":"Refund approved"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::CreateConversationAttributeRequest>,
};

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_550: Example = Example {
    label: "createConversationAttribute request `list`",
    json: r#"{"data_type":"list","description":"Why the customer sends the order back.","name":"Return reason","options":[{"label":"Damaged in transit"},{"label":"Wrong size"}]}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::CreateConversationAttributeRequest>,
};

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_551: Example = Example {
    label: "createConversationAttribute 200 response `created`",
    json: r#"{"admin_id":"7301942","archived":false,"created_at":1767974000,"data_type":"boolean","description":"Whether finance approved a refund.","id":4019,"name":"Refund approved","required":false,"type":"conversation_attribute","updated_at":1767974000,"visible_to_team_ids":[]}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::ConversationAttribute>,
};

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_552: Example = Example {
    label: "createConversationAttribute 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_553: Example = Example {
    label: "createConversationAttribute 422 response `invalid_type`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"data_type must be one of string, integer, list, decimal, boolean, datetime, relationship, files"}],"request_id":"3e09a9c4-71d2-4b8e-9f06-2c5d8a1b7e09","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_554: Example = Example {
    label: "getConversationAttribute 200 response `list_attribute`",
    json: r#"{"admin_id":"7301942","archived":false,"created_at":1766000000,"data_type":"list","description":"Why the customer sends the order back.","id":4012,"name":"Return reason","options":[{"archived":false,"id":"3b1f7c52-9a4e-4d0b-8f26-5c7e1a9d2b40","label":"Damaged in transit"},{"archived":false,"id":"8d2e4a17-6c3b-4f95-a0e8-1b7d9c4f6e23","label":"Wrong size"}],"required":false,"type":"conversation_attribute","updated_at":1767900000,"visible_to_team_ids":[]}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::ConversationAttribute>,
};

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_555: Example = Example {
    label: "getConversationAttribute 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_556: Example = Example {
    label: "getConversationAttribute 404 response `not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"Conversation attribute not found"}],"request_id":"3e10a9c4-71d2-4b8e-9f06-2c5d8a1b7e10","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_557: Example = Example {
    label: "updateConversationAttribute request `require`",
    json: r#"{"description":"Why the customer returns the order.","required":true}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::UpdateConversationAttributeRequest>,
};

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_558: Example = Example {
    label: "updateConversationAttribute 200 response `updated`",
    json: r#"{"admin_id":"7301942","archived":false,"created_at":1766000000,"data_type":"list","description":"Why the customer returns the order.","id":4012,"name":"Return reason","options":[{"archived":false,"id":"3b1f7c52-9a4e-4d0b-8f26-5c7e1a9d2b40","label":"Damaged in transit"},{"archived":false,"id":"8d2e4a17-6c3b-4f95-a0e8-1b7d9c4f6e23","label":"Wrong size"}],"required":true,"type":"conversation_attribute","updated_at":1767974500,"visible_to_team_ids":[]}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::ConversationAttribute>,
};

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_559: Example = Example {
    label: "updateConversationAttribute 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_560: Example = Example {
    label: "updateConversationAttribute 404 response `not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"Conversation attribute not found"}],"request_id":"3e11a9c4-71d2-4b8e-9f06-2c5d8a1b7e11","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_561: Example = Example {
    label: "deleteConversationAttribute 200 response `archived`",
    json: r#"{"admin_id":"7301942","archived":true,"created_at":1766000500,"data_type":"string","description":"The courier that delivered the parcel.","id":4013,"multiline":false,"name":"Courier","required":false,"type":"conversation_attribute","updated_at":1767974600,"visible_to_team_ids":["88412"]}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::ConversationAttribute>,
};

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_562: Example = Example {
    label: "deleteConversationAttribute 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_563: Example = Example {
    label: "deleteConversationAttribute 404 response `not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"Conversation attribute not found"}],"request_id":"3e12a9c4-71d2-4b8e-9f06-2c5d8a1b7e12","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_564: Example = Example {
    label: "createConversationAttributeOption request `add`",
    json: r#"{"label":"Changed my mind"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::CreateConversationAttributeOptionRequest>,
};

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_565: Example = Example {
    label: "createConversationAttributeOption 200 response `added`",
    json: r#"{"admin_id":"7301942","archived":false,"created_at":1766000000,"data_type":"list","description":"Why the customer sends the order back.","id":4012,"name":"Return reason","options":[{"archived":false,"id":"3b1f7c52-9a4e-4d0b-8f26-5c7e1a9d2b40","label":"Damaged in transit"},{"archived":false,"id":"8d2e4a17-6c3b-4f95-a0e8-1b7d9c4f6e23","label":"Wrong size"},{"archived":false,"id":"c5a9e3f1-2b7d-4e68-9d14-7f0b3a6c8e51","label":"Changed my mind"}],"required":false,"type":"conversation_attribute","updated_at":1767974700,"visible_to_team_ids":[]}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::ConversationAttribute>,
};

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_566: Example = Example {
    label: "createConversationAttributeOption 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_567: Example = Example {
    label: "createConversationAttributeOption 404 response `not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"Conversation attribute not found"}],"request_id":"3e13a9c4-71d2-4b8e-9f06-2c5d8a1b7e13","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_568: Example = Example {
    label: "createConversationAttributeOption 422 response `not_a_list`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"Options can only be added to list attributes"}],"request_id":"3e14a9c4-71d2-4b8e-9f06-2c5d8a1b7e14","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_569: Example = Example {
    label: "updateConversationAttributeOption request `rename`",
    json: r#"{"label":"Damaged during delivery"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::UpdateConversationAttributeOptionRequest>,
};

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_570: Example = Example {
    label: "updateConversationAttributeOption 200 response `renamed`",
    json: r#"{"admin_id":"7301942","archived":false,"created_at":1766000000,"data_type":"list","description":"Why the customer sends the order back.","id":4012,"name":"Return reason","options":[{"archived":false,"id":"3b1f7c52-9a4e-4d0b-8f26-5c7e1a9d2b40","label":"Damaged during delivery"},{"archived":false,"id":"8d2e4a17-6c3b-4f95-a0e8-1b7d9c4f6e23","label":"Wrong size"}],"required":false,"type":"conversation_attribute","updated_at":1767974800,"visible_to_team_ids":[]}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::ConversationAttribute>,
};

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_571: Example = Example {
    label: "updateConversationAttributeOption 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_572: Example = Example {
    label: "updateConversationAttributeOption 404 response `option_not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"Option not found"}],"request_id":"3e15a9c4-71d2-4b8e-9f06-2c5d8a1b7e15","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_573: Example = Example {
    label: "updateConversationAttributeOption 422 response `blank_label`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"label cannot be blank"}],"request_id":"3e16a9c4-71d2-4b8e-9f06-2c5d8a1b7e16","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_574: Example = Example {
    label: "deleteConversationAttributeOption 200 response `archived`",
    json: r#"{"admin_id":"7301942","archived":false,"created_at":1766000000,"data_type":"list","description":"Why the customer sends the order back.","id":4012,"name":"Return reason","options":[{"archived":false,"id":"3b1f7c52-9a4e-4d0b-8f26-5c7e1a9d2b40","label":"Damaged in transit"},{"archived":true,"id":"8d2e4a17-6c3b-4f95-a0e8-1b7d9c4f6e23","label":"Wrong size"}],"required":false,"type":"conversation_attribute","updated_at":1767974900,"visible_to_team_ids":[]}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::ConversationAttribute>,
};

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_575: Example = Example {
    label: "deleteConversationAttributeOption 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_576: Example = Example {
    label: "deleteConversationAttributeOption 404 response `option_not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"Option not found"}],"request_id":"3e17a9c4-71d2-4b8e-9f06-2c5d8a1b7e17","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "conversations_attributes")]
const EXAMPLE_577: Example = Example {
    label: "deleteConversationAttributeOption 422 response `not_a_list`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"Options can only be archived on list attributes"}],"request_id":"3e18a9c4-71d2-4b8e-9f06-2c5d8a1b7e18","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "custom_object_instances")]
const EXAMPLE_578: Example = Example {
    label: "listCustomObjectInstances 200 response `page`",
    json: r#"{"data":[{"created_at":1767949260,"custom_attributes":{"currency":"EUR","status":"delivered","total_amount":"1249.00"},"external_created_at":1767604800,"external_id":"NW-20931","external_updated_at":1767949200,"id":"40117","type":"Order","updated_at":1767949260},{"created_at":1766400000,"custom_attributes":{"currency":"EUR","status":"refunded","total_amount":"89.50"},"external_created_at":null,"external_id":"NW-19877","external_updated_at":null,"id":"40098","type":"Order","updated_at":1766400000}],"pages":{"next":null,"page":1,"per_page":20,"total_pages":1,"type":"pages"},"total_count":2,"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::ListCustomObjectInstancesResponse>,
};

#[cfg(feature = "custom_object_instances")]
const EXAMPLE_579: Example = Example {
    label: "listCustomObjectInstances 200 response `by_external_id`",
    json: r#"{"created_at":1767949260,"custom_attributes":{"currency":"EUR","status":"delivered","total_amount":"1249.00"},"external_created_at":1767604800,"external_id":"NW-20931","external_updated_at":1767949200,"id":"40117","type":"Order","updated_at":1767949260}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::ListCustomObjectInstancesResponse>,
};

#[cfg(feature = "custom_object_instances")]
const EXAMPLE_580: Example = Example {
    label: "listCustomObjectInstances 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "custom_object_instances")]
const EXAMPLE_581: Example = Example {
    label: "listCustomObjectInstances 404 response `type_not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"Custom object type `Shipment` not found"}],"request_id":"be715fd3-82a6-4a0c-b9db-e16ac25d374a","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "custom_object_instances")]
const EXAMPLE_582: Example = Example {
    label: "createCustomObjectInstances request `order`",
    json: r#"{"custom_attributes":{"currency":"EUR","status":"delivered","total_amount":"1249.00"},"external_created_at":1767604800,"external_id":"NW-20931","external_updated_at":1767949200}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::CreateOrUpdateCustomObjectInstanceRequest>,
};

#[cfg(feature = "custom_object_instances")]
const EXAMPLE_583: Example = Example {
    label: "createCustomObjectInstances 200 response `order`",
    json: r#"{"created_at":1767949260,"custom_attributes":{"currency":"EUR","status":"delivered","total_amount":"1249.00"},"external_created_at":1767604800,"external_id":"NW-20931","external_updated_at":1767949200,"id":"40117","type":"Order","updated_at":1767949260}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::CustomObjectInstance>,
};

#[cfg(feature = "custom_object_instances")]
const EXAMPLE_584: Example = Example {
    label: "createCustomObjectInstances 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "custom_object_instances")]
const EXAMPLE_585: Example = Example {
    label: "createCustomObjectInstances 404 response `type_not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"Custom object type `Shipment` not found"}],"request_id":"be715fd3-82a6-4a0c-b9db-e16ac25d374a","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "custom_object_instances")]
const EXAMPLE_586: Example = Example {
    label: "deleteCustomObjectInstancesById 200 response `deleted`",
    json: r#"{"deleted":true,"id":"40098","object":"Order"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::CustomObjectInstanceDeleted>,
};

#[cfg(feature = "custom_object_instances")]
const EXAMPLE_587: Example = Example {
    label: "deleteCustomObjectInstancesById 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "custom_object_instances")]
const EXAMPLE_588: Example = Example {
    label: "deleteCustomObjectInstancesById 404 response `not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"654a556d-0891-59e3-a4a8-b0b324c53bbc","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "custom_object_instances")]
const EXAMPLE_589: Example = Example {
    label: "deleteCustomObjectInstancesById 404 response `instance_not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"No Order instance exists with this id"}],"request_id":"cf8260e4-93b7-4b1d-8aec-f27bd36e485b","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "custom_object_instances")]
const EXAMPLE_590: Example = Example {
    label: "getCustomObjectInstancesById 200 response `order`",
    json: r#"{"created_at":1767949260,"custom_attributes":{"currency":"EUR","status":"delivered","total_amount":"1249.00"},"external_created_at":1767604800,"external_id":"NW-20931","external_updated_at":1767949200,"id":"40117","type":"Order","updated_at":1767949260}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::CustomObjectInstance>,
};

#[cfg(feature = "custom_object_instances")]
const EXAMPLE_591: Example = Example {
    label: "getCustomObjectInstancesById 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "custom_object_instances")]
const EXAMPLE_592: Example = Example {
    label: "getCustomObjectInstancesById 404 response `not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"654a556d-0891-59e3-a4a8-b0b324c53bbc","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "custom_object_instances")]
const EXAMPLE_593: Example = Example {
    label: "getCustomObjectInstancesById 404 response `instance_not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"No Order instance exists with this id"}],"request_id":"cf8260e4-93b7-4b1d-8aec-f27bd36e485b","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "custom_object_instances")]
const EXAMPLE_594: Example = Example {
    label: "deleteCustomObjectInstancesByExternalId 200 response `deleted`",
    json: r#"{"deleted":true,"id":"40117","object":"Order"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::CustomObjectInstanceDeleted>,
};

#[cfg(feature = "custom_object_instances")]
const EXAMPLE_595: Example = Example {
    label: "deleteCustomObjectInstancesByExternalId 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "custom_object_instances")]
const EXAMPLE_596: Example = Example {
    label: "deleteCustomObjectInstancesByExternalId 404 response `not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"654a556d-0891-59e3-a4a8-b0b324c53bbc","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "custom_object_instances")]
const EXAMPLE_597: Example = Example {
    label: "deleteCustomObjectInstancesByExternalId 404 response `instance_not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"No Order instance exists with this id"}],"request_id":"cf8260e4-93b7-4b1d-8aec-f27bd36e485b","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "data_attributes")]
const EXAMPLE_598: Example = Example {
    label: "lisDataAttributes 200 response `contact_attributes`",
    json: r#"{"data":[{"api_writable":true,"archived":false,"custom":false,"data_type":"string","description":"The contact's email address.","full_name":"email","label":"Email","messenger_writable":true,"model":"contact","name":"email","type":"data_attribute","ui_writable":true},{"admin_id":"7301942","api_writable":true,"archived":false,"created_at":1743465600,"custom":true,"data_type":"string","description":"The bike-care plan the customer pays for.","full_name":"custom_attributes.plan_tier","id":31507,"label":"Plan tier","messenger_writable":false,"model":"contact","name":"plan_tier","options":["Basic","Pro","Fleet"],"type":"data_attribute","ui_writable":true,"updated_at":1756684800}],"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::DataAttributeList>,
};

#[cfg(feature = "data_attributes")]
const DECODER_70: Decoder = Decoder {
    pinned: "list",
    name: "DataAttributeList",
    rejects: rejects::<intercom_client::types::DataAttributeList>,
};

#[cfg(feature = "data_attributes")]
const EXAMPLE_599: Example = Example {
    label: "lisDataAttributes 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "data_attributes")]
const EXAMPLE_600: Example = Example {
    label: "lisDataAttributes 422 response `conversation_model`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"model=conversation is not supported by this endpoint any more"}],"request_id":"52de80bf-9617-434c-8af5-70c2418b6ed9","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "data_attributes")]
const EXAMPLE_601: Example = Example {
    label: "createDataAttribute request `text_attribute`",
    json: r#"{"data_type":"string","description":"The bike model the customer rides.","messenger_writable":false,"model":"contact","name":"bike_model"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::CreateDataAttributeRequest>,
};

#[cfg(feature = "data_attributes")]
const EXAMPLE_602: Example = Example {
    label: "createDataAttribute request `list_attribute`",
    json: r#"{"data_type":"options","model":"company","name":"fleet_size","options":[{"value":"1-10"},{"value":"11-50"},{"value":"51+"}]}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::CreateDataAttributeRequest>,
};

#[cfg(feature = "data_attributes")]
const EXAMPLE_603: Example = Example {
    label: "createDataAttribute 200 response `created`",
    json: r#"{"admin_id":"7301942","api_writable":true,"archived":false,"created_at":1764590400,"custom":true,"data_type":"string","description":"The bike model the customer rides.","full_name":"custom_attributes.bike_model","id":31522,"label":"bike_model","messenger_writable":false,"model":"contact","name":"bike_model","type":"data_attribute","ui_writable":true,"updated_at":1764590400}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("data_attribute"),
    check: check::<intercom_client::types::DataAttribute>,
};

#[cfg(feature = "data_attributes")]
const DECODER_71: Decoder = Decoder {
    pinned: "data_attribute",
    name: "DataAttribute",
    rejects: rejects::<intercom_client::types::DataAttribute>,
};

#[cfg(feature = "data_attributes")]
const EXAMPLE_604: Example = Example {
    label: "createDataAttribute 400 response `name_taken`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"An attribute named 'bike_model' already exists for contacts."}],"request_id":"63ef91c0-a728-445d-9bf0-81d3529a7fea","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "data_attributes")]
const EXAMPLE_605: Example = Example {
    label: "createDataAttribute 400 response `too_few_options`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"A list attribute needs at least two options"}],"request_id":"74f0a2d1-b839-456e-8c01-92e463ab80fb","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "data_attributes")]
const EXAMPLE_606: Example = Example {
    label: "createDataAttribute 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "data_attributes")]
const EXAMPLE_607: Example = Example {
    label: "updateDataAttribute request `describe`",
    json: r#"{"description":"The bike-care plan the customer currently pays for.","messenger_writable":false}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::UpdateDataAttributeRequest>,
};

#[cfg(feature = "data_attributes")]
const EXAMPLE_608: Example = Example {
    label: "updateDataAttribute request `new_options`",
    json: r#"{"options":[{"value":"Basic"},{"value":"Pro"},{"value":"Fleet"}]}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::UpdateDataAttributeRequest>,
};

#[cfg(feature = "data_attributes")]
const EXAMPLE_609: Example = Example {
    label: "updateDataAttribute request `archive`",
    json: r#"{"archived":true}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::UpdateDataAttributeRequest>,
};

#[cfg(feature = "data_attributes")]
const EXAMPLE_610: Example = Example {
    label: "updateDataAttribute 200 response `updated`",
    json: r#"{"admin_id":"7301942","api_writable":true,"archived":false,"created_at":1743465600,"custom":true,"data_type":"string","description":"The bike-care plan the customer currently pays for.","full_name":"custom_attributes.plan_tier","id":31507,"label":"Plan tier","messenger_writable":false,"model":"contact","name":"plan_tier","options":["Basic","Pro","Fleet"],"type":"data_attribute","ui_writable":true,"updated_at":1764590400}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("data_attribute"),
    check: check::<intercom_client::types::DataAttribute>,
};

#[cfg(feature = "data_attributes")]
const EXAMPLE_611: Example = Example {
    label: "updateDataAttribute 400 response `options_not_list`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"options must be an array"}],"request_id":"8501b3e2-c94a-467f-9d12-a3f574bc910c","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "data_attributes")]
const EXAMPLE_612: Example = Example {
    label: "updateDataAttribute 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "data_attributes")]
const EXAMPLE_613: Example = Example {
    label: "updateDataAttribute 404 response `attribute_not_found`",
    json: r#"{"errors":[{"code":"field_not_found","message":"No data attribute found for this id"}],"request_id":"9612c4f3-da5b-4780-ae23-b40685cda21d","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "data_attributes")]
const EXAMPLE_614: Example = Example {
    label: "updateDataAttribute 422 response `has_dependants`",
    json: r#"{"errors":[{"code":"data_invalid","message":"This attribute is used by another object and cannot be archived"}],"request_id":"a723d504-eb6c-4891-bf34-c51796deb32e","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "data_connectors")]
const EXAMPLE_615: Example = Example {
    label: "listDataConnectors 200 response `connectors`",
    json: r#"{"data":[{"created_at":"2026-10-05T09:12:00Z","created_by_admin_id":"7301942","description":"Fetches the shipping status of an order from the warehouse API.","direct_fin_usage":true,"execution_results_url":"/data_connectors/1650/execution_results","http_method":"get","id":"1650","name":"Order status lookup","state":"live","type":"data_connector","updated_at":"2026-11-20T14:30:00Z","updated_by_admin_id":"7301942"},{"created_at":"2026-11-28T10:00:00Z","created_by_admin_id":"7301942","description":null,"direct_fin_usage":false,"execution_results_url":"/data_connectors/1651/execution_results","http_method":"post","id":"1651","name":"Loyalty points balance","state":"draft","type":"data_connector","updated_at":"2026-11-28T10:00:00Z","updated_by_admin_id":"7301942"}],"pages":{"next":{"starting_after":"WzE3NjQzMjQwMDAsMTY1MV0="},"per_page":2,"type":"pages"},"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::DataConnectorList>,
};

#[cfg(feature = "data_connectors")]
const DECODER_72: Decoder = Decoder {
    pinned: "list",
    name: "DataConnectorList",
    rejects: rejects::<intercom_client::types::DataConnectorList>,
};

#[cfg(feature = "data_connectors")]
const EXAMPLE_616: Example = Example {
    label: "listDataConnectors 400 response `error`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"per_page must be between 1 and 50"}],"request_id":"5e119778-0128-41a8-a238-2c4f19ecc8c8","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "data_connectors")]
const EXAMPLE_617: Example = Example {
    label: "listDataConnectors 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "data_connectors")]
const EXAMPLE_618: Example = Example {
    label: "createDataConnector request `loyalty`",
    json: r#"{"audiences":["users","leads"],"body":"{\"customer\": \"{{email}}\"}","data_inputs":[{"description":"Email address of the customer","name":"email","required":true,"type":"string"}],"description":"Reads a customer's points from the loyalty service.","direct_fin_usage":false,"headers":[{"name":"X-Api-Key","value":"lk_live_51b2c3"}],"http_method":"post","name":"Loyalty points balance","url":"https://loyalty.example.org/v2/balance"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::CreateDataConnectorRequest>,
};

#[cfg(feature = "data_connectors")]
const EXAMPLE_619: Example = Example {
    label: "createDataConnector 201 response `created`",
    json: r#"{"audiences":["users","leads"],"body":"{\"customer\": \"{{email}}\"}","bypass_authentication":false,"client_function_name":null,"client_function_timeout_ms":null,"created_at":"2026-11-28T10:00:00Z","created_by_admin_id":"7301942","customer_authentication":false,"data_inputs":[{"default_value":"","description":"Email address of the customer","name":"email","required":true,"type":"string"}],"description":"Reads a customer's points from the loyalty service.","direct_fin_usage":false,"execution_results_url":"/data_connectors/1651/execution_results","execution_type":"server_side","headers":[{"name":"X-Api-Key","value":"****"}],"http_method":"post","id":"1651","name":"Loyalty points balance","object_mappings":[],"response_fields":[],"state":"draft","token_ids":[],"type":"data_connector","updated_at":"2026-11-28T10:00:00Z","updated_by_admin_id":null,"url":"https://loyalty.example.org/v2/balance","validate_missing_attributes":null}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("data_connector"),
    check: check::<intercom_client::types::DataConnectorDetail>,
};

#[cfg(feature = "data_connectors")]
const DECODER_73: Decoder = Decoder {
    pinned: "data_connector",
    name: "DataConnectorDetail",
    rejects: rejects::<intercom_client::types::DataConnectorDetail>,
};

#[cfg(feature = "data_connectors")]
const EXAMPLE_620: Example = Example {
    label: "createDataConnector 422 response `error`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"http_method must be one of get, post, put, delete, patch"}],"request_id":"5e11b667-014d-41dd-a27f-2c4f19ee61e1","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "data_connectors")]
const EXAMPLE_621: Example = Example {
    label: "createDataConnector 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "data_connectors")]
const EXAMPLE_622: Example = Example {
    label: "RetrieveDataConnector 200 response `connector`",
    json: r#"{"audiences":["users"],"body":"","bypass_authentication":false,"client_function_name":null,"client_function_timeout_ms":null,"configuration_response_type":"test_response_type","created_at":"2026-10-05T09:12:00Z","created_by_admin_id":"7301942","customer_authentication":false,"data_inputs":[{"default_value":"","description":"Order number printed on the receipt","name":"order_id","required":true,"type":"string"}],"data_transformation_type":"full_access","description":"Fetches the shipping status of an order from the warehouse API.","direct_fin_usage":true,"execution_results_url":"/data_connectors/1650/execution_results","execution_type":"server_side","headers":[{"name":"Authorization","value":"****"}],"http_method":"get","id":"1650","name":"Order status lookup","object_mappings":[{"attribute_mappings":[{"intercom_attribute_identifier":"order_status","mapping_type":"primitive_mapping","response_attribute_path":"status"}],"intercom_object_type":"conversation","reference_mappings":[],"response_object_path":""}],"response_fields":[{"example_value":"shipped","path":"status","redacted":false,"type":"string"},{"example_value":"1Z999AA10123456784","path":"carrier.tracking_number","redacted":false,"type":"string"}],"state":"live","token_ids":["412"],"type":"data_connector","updated_at":"2026-11-20T14:30:00Z","updated_by_admin_id":"7301942","url":"https://warehouse.example.org/api/orders/{{order_id}}","validate_missing_attributes":true}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("data_connector"),
    check: check::<intercom_client::types::DataConnectorDetail>,
};

#[cfg(feature = "data_connectors")]
const EXAMPLE_623: Example = Example {
    label: "RetrieveDataConnector 400 response `error`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"state_version must be live or draft"}],"request_id":"5e11d556-0172-4212-a2c6-2c4f19effafa","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "data_connectors")]
const EXAMPLE_624: Example = Example {
    label: "RetrieveDataConnector 404 response `error`",
    json: r#"{"errors":[{"code":"not_found","message":"Data connector not found"}],"request_id":"5e11f445-0197-4247-a30d-2c4f19f19413","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "data_connectors")]
const EXAMPLE_625: Example = Example {
    label: "RetrieveDataConnector 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "data_connectors")]
const EXAMPLE_626: Example = Example {
    label: "deleteDataConnector 200 response `deleted`",
    json: r#"{"deleted":true,"id":"1651","object":"data_connector"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::DeletedDataConnectorObject>,
};

#[cfg(feature = "data_connectors")]
const EXAMPLE_627: Example = Example {
    label: "deleteDataConnector 404 response `error`",
    json: r#"{"errors":[{"code":"not_found","message":"Data connector not found"}],"request_id":"5e121334-01bc-427c-a354-2c4f19f32d2c","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "data_connectors")]
const EXAMPLE_628: Example = Example {
    label: "deleteDataConnector 409 response `error`",
    json: r#"{"errors":[{"code":"conflict","message":"Only draft data connectors that are not in use can be deleted"}],"request_id":"5e123223-01e1-42b1-a39b-2c4f19f4c645","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "data_connectors")]
const EXAMPLE_629: Example = Example {
    label: "deleteDataConnector 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "data_connectors")]
const EXAMPLE_630: Example = Example {
    label: "updateDataConnector request `go_live`",
    json: r#"{"state":"live"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::UpdateDataConnectorRequest>,
};

#[cfg(feature = "data_connectors")]
const EXAMPLE_631: Example = Example {
    label: "updateDataConnector 200 response `updated`",
    json: r#"{"audiences":["users"],"body":"","bypass_authentication":false,"client_function_name":null,"client_function_timeout_ms":null,"configuration_response_type":"test_response_type","created_at":"2026-10-05T09:12:00Z","created_by_admin_id":"7301942","customer_authentication":false,"data_inputs":[{"default_value":"","description":"Order number printed on the receipt","name":"order_id","required":true,"type":"string"}],"data_transformation_type":"full_access","description":"Fetches the shipping status of an order from the warehouse API.","direct_fin_usage":true,"execution_results_url":"/data_connectors/1650/execution_results","execution_type":"server_side","headers":[{"name":"Authorization","value":"****"}],"http_method":"get","id":"1650","name":"Order status lookup","object_mappings":[{"attribute_mappings":[{"intercom_attribute_identifier":"order_status","mapping_type":"primitive_mapping","response_attribute_path":"status"}],"intercom_object_type":"conversation","reference_mappings":[],"response_object_path":""}],"response_fields":[{"example_value":"shipped","path":"status","redacted":false,"type":"string"},{"example_value":"1Z999AA10123456784","path":"carrier.tracking_number","redacted":false,"type":"string"}],"state":"live","token_ids":["412"],"type":"data_connector","updated_at":"2026-11-20T14:30:00Z","updated_by_admin_id":"7301942","url":"https://warehouse.example.org/api/orders/{{order_id}}","validate_missing_attributes":true}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("data_connector"),
    check: check::<intercom_client::types::DataConnectorDetail>,
};

#[cfg(feature = "data_connectors")]
const EXAMPLE_632: Example = Example {
    label: "updateDataConnector 404 response `error`",
    json: r#"{"errors":[{"code":"not_found","message":"Data connector not found"}],"request_id":"5e125112-0206-42e6-a3e2-2c4f19f65f5e","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "data_connectors")]
const EXAMPLE_633: Example = Example {
    label: "updateDataConnector 409 response `error`",
    json: r#"{"errors":[{"code":"conflict","message":"The data connector is used by a live workflow"}],"request_id":"5e127001-022b-431b-a429-2c4f19f7f877","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "data_connectors")]
const EXAMPLE_634: Example = Example {
    label: "updateDataConnector 422 response `error`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"Every data input needs a description"}],"request_id":"5e128ef0-0250-4350-a470-2c4f19f99190","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "data_connectors")]
const EXAMPLE_635: Example = Example {
    label: "updateDataConnector 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "data_connectors")]
const EXAMPLE_636: Example = Example {
    label: "listDataConnectorExecutionResults 200 response `executions`",
    json: r#"{"data":[{"conversation_id":"1274","created_at":"2026-11-30T16:02:11Z","data_connector_id":"1650","error_message":null,"execution_time_ms":212,"http_method":"get","http_status":200,"id":"9930117","raw_response_body":"{\"status\":\"shipped\",\"carrier\":{\"tracking_number\":\"1Z999AA10123456784\"}}","request_body":null,"request_url":"https://warehouse.example.org/api/orders/NW-20931","response_body":"{\"status\":\"shipped\"}","source_id":"2210","source_type":"fin","success":true,"type":"data_connector.execution"},{"conversation_id":"1281","created_at":"2026-11-30T16:20:45Z","data_connector_id":"1650","error_message":"The external API answered 404 Not Found.","error_type":"3rd_party_error","execution_time_ms":98,"http_method":"get","http_status":404,"id":"9930120","raw_response_body":null,"request_body":null,"request_url":null,"response_body":null,"source_id":"38214","source_type":"workflow","success":false,"type":"data_connector.execution"}],"pages":{"next":null,"per_page":10,"type":"pages"},"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::DataConnectorExecutionResultList>,
};

#[cfg(feature = "data_connectors")]
const DECODER_74: Decoder = Decoder {
    pinned: "list",
    name: "DataConnectorExecutionResultList",
    rejects: rejects::<intercom_client::types::DataConnectorExecutionResultList>,
};

#[cfg(feature = "data_connectors")]
const EXAMPLE_637: Example = Example {
    label: "listDataConnectorExecutionResults 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "data_connectors")]
const EXAMPLE_638: Example = Example {
    label: "listDataConnectorExecutionResults 400 response `error`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"start_ts must be before end_ts"}],"request_id":"5e12addf-0275-4385-a4b7-2c4f19fb2aa9","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "data_connectors")]
const EXAMPLE_639: Example = Example {
    label: "listDataConnectorExecutionResults 404 response `error`",
    json: r#"{"errors":[{"code":"not_found","message":"Data connector not found"}],"request_id":"5e12ccce-029a-43ba-a4fe-2c4f19fcc3c2","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "data_connectors")]
const EXAMPLE_640: Example = Example {
    label: "showDataConnectorExecutionResult 200 response `execution`",
    json: r#"{"conversation_id":"1274","created_at":"2026-11-30T16:02:11Z","data_connector_id":"1650","error_message":null,"execution_time_ms":212,"http_method":"get","http_status":200,"id":"9930117","raw_response_body":"{\"status\":\"shipped\",\"carrier\":{\"tracking_number\":\"1Z999AA10123456784\"}}","request_body":null,"request_url":"https://warehouse.example.org/api/orders/NW-20931","response_body":"{\"status\":\"shipped\"}","source_id":"2210","source_type":"fin","success":true,"type":"data_connector.execution"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("data_connector.execution"),
    check: check::<intercom_client::types::DataConnectorExecutionResult>,
};

#[cfg(feature = "data_connectors")]
const DECODER_75: Decoder = Decoder {
    pinned: "data_connector.execution",
    name: "DataConnectorExecutionResult",
    rejects: rejects::<intercom_client::types::DataConnectorExecutionResult>,
};

#[cfg(feature = "data_connectors")]
const EXAMPLE_641: Example = Example {
    label: "showDataConnectorExecutionResult 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "data_connectors")]
const EXAMPLE_642: Example = Example {
    label: "showDataConnectorExecutionResult 404 response `error`",
    json: r#"{"errors":[{"code":"not_found","message":"Execution result not found"}],"request_id":"5e12ebbd-02bf-43ef-a545-2c4f19fe5cdb","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "ecommerce_connectors")]
const EXAMPLE_643: Example = Example {
    label: "uploadEcommerceCatalog 200 response `part_stored`",
    json: r#"{"import_job_id":"cat-import-7f3a21","next_part_number":2}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::EcommerceCatalogUploadPartResponse>,
};

#[cfg(feature = "ecommerce_connectors")]
const EXAMPLE_644: Example = Example {
    label: "uploadEcommerceCatalog 202 response `sync_started`",
    json: r#"{"import_job_id":"cat-import-7f3a21","message":"The catalog sync has started.","status":"processing"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::EcommerceCatalogUploadResponse>,
};

#[cfg(feature = "ecommerce_connectors")]
const EXAMPLE_645: Example = Example {
    label: "uploadEcommerceCatalog 400 response `error`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"The catalog must be a JSON array of products"}],"request_id":"5e130aac-02e4-4424-a58c-2c4f19fff5f4","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "ecommerce_connectors")]
const EXAMPLE_646: Example = Example {
    label: "uploadEcommerceCatalog 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "ecommerce_connectors")]
const EXAMPLE_647: Example = Example {
    label: "uploadEcommerceCatalog 404 response `error`",
    json: r#"{"errors":[{"code":"not_found","message":"Ecommerce connector not found"}],"request_id":"5e13299b-0309-4459-a5d3-2c4f1a018f0d","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "ecommerce_connectors")]
const EXAMPLE_648: Example = Example {
    label: "uploadEcommerceCatalog 409 response `error`",
    json: r#"{"errors":[{"code":"conflict","message":"A catalog sync is already running for this connector"}],"request_id":"5e13488a-032e-448e-a61a-2c4f1a032826","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "ecommerce_connectors")]
const EXAMPLE_649: Example = Example {
    label: "uploadEcommerceCatalog 422 response `error`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"Product prod-4410 has no url"}],"request_id":"5e136779-0353-44c3-a661-2c4f1a04c13f","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "ecommerce_connectors")]
const EXAMPLE_650: Example = Example {
    label: "uploadEcommerceCatalog 503 response `error`",
    json: r#"{"errors":[{"code":"service_unavailable","message":"Catalog uploads are temporarily unavailable"}],"request_id":"5e138668-0378-44f8-a6a8-2c4f1a065a58","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "data_events")]
const EXAMPLE_651: Example = Example {
    label: "lisDataEvents 200 response `summaries`",
    json: r#"{"email":"jonah.pike@example.net","events":[{"count":3,"description":"The customer checked out an order.","first":"2025-09-01T08:00:00.000+00:00","last":"2025-12-01T12:00:00.000+00:00","name":"placed-order"},{"count":1,"first":"2025-12-01T13:00:00.000+00:00","last":"2025-12-01T13:00:00.000+00:00","name":"booked-service"}],"intercom_user_id":"66a1f3c2b8e4d70012ab34cd","type":"event.summary","user_id":"nw-cust-4410"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("event.summary"),
    check: check::<intercom_client::types::DataEventSummary>,
};

#[cfg(feature = "data_events")]
const DECODER_76: Decoder = Decoder {
    pinned: "event.summary",
    name: "DataEventSummary",
    rejects: rejects::<intercom_client::types::DataEventSummary>,
};

#[cfg(feature = "data_events")]
const EXAMPLE_652: Example = Example {
    label: "lisDataEvents 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "data_events")]
const EXAMPLE_653: Example = Example {
    label: "createDataEvent request `order_by_user_id`",
    json: r#"{"created_at":1764590400,"event_name":"placed-order","metadata":{"item_count":2,"order_number":"NW-20931","price":{"amount":34900,"currency":"eur"}},"user_id":"nw-cust-4410"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::CreateDataEventRequest>,
};

#[cfg(feature = "data_events")]
const EXAMPLE_654: Example = Example {
    label: "createDataEvent request `signup_by_email`",
    json: r#"{"created_at":1764594000,"email":"jonah.pike@example.net","event_name":"booked-service"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::CreateDataEventRequest>,
};

#[cfg(feature = "data_events")]
const EXAMPLE_655: Example = Example {
    label: "createDataEvent 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "data_events")]
const EXAMPLE_656: Example = Example {
    label: "dataEventSummaries request `orders`",
    json: r#"{"event_summaries":{"count":3,"event_name":"placed-order","first":1756713600,"last":1764590400},"user_id":"nw-cust-4410"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::CreateDataEventSummariesRequest>,
};

#[cfg(feature = "data_events")]
const EXAMPLE_657: Example = Example {
    label: "dataEventSummaries 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "data_export")]
const EXAMPLE_658: Example = Example {
    label: "createDataExport request `november`",
    json: r#"{"created_at_after":1761955200,"created_at_before":1764547199}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::CreateDataExportsRequest>,
};

#[cfg(feature = "data_export")]
const EXAMPLE_659: Example = Example {
    label: "createDataExport 200 response `pending`",
    json: r#"{"download_expires_at":"","download_url":"","job_identfier":"k2m9x4q7vb","status":"pending"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::DataExport>,
};

#[cfg(feature = "data_export")]
const EXAMPLE_660: Example = Example {
    label: "createDataExport 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "data_export")]
const EXAMPLE_661: Example = Example {
    label: "getDataExport 200 response `completed`",
    json: r#"{"download_expires_at":"1768392000","download_url":"https://api.intercom.io/download/content/data/k2m9x4q7vb","job_identfier":"k2m9x4q7vb","status":"completed"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::DataExport>,
};

#[cfg(feature = "data_export")]
const EXAMPLE_662: Example = Example {
    label: "getDataExport 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "data_export")]
const EXAMPLE_663: Example = Example {
    label: "getDataExport 404 response `job_not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"No export job found with identifier: r4q8z1k6m2"}],"request_id":"d0937105-a4c8-4c2e-9bfd-038ce4f7596c","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "data_export")]
const EXAMPLE_664: Example = Example {
    label: "cancelDataExport 200 response `canceled`",
    json: r#"{"download_expires_at":"","download_url":"","job_identfier":"k2m9x4q7vb","status":"canceled"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::DataExport>,
};

#[cfg(feature = "data_export")]
const EXAMPLE_665: Example = Example {
    label: "cancelDataExport 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "data_export")]
const EXAMPLE_666: Example = Example {
    label: "cancelDataExport 404 response `job_not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"No export job found with identifier: r4q8z1k6m2"}],"request_id":"d0937105-a4c8-4c2e-9bfd-038ce4f7596c","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "workflows")]
const EXAMPLE_667: Example = Example {
    label: "exportWorkflow 200 response `workflow`",
    json: r#"{"app_id":6348112,"export_version":"1.0","exported_at":"2026-12-01T07:30:00Z","workflow":{"attributes":[],"created_at":"2026-06-02T08:00:00Z","description":"Sends refund questions to the billing team.","embedded_rules":[],"id":"38214","preferred_devices":["desktop","mobile"],"snapshot":{},"state":"live","target_channels":["web","ios","android"],"targeting":{},"title":"Route refund requests","trigger_type":"customer_sends_first_message","updated_at":"2026-11-15T12:45:00Z"}}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::WorkflowExport>,
};

#[cfg(feature = "workflows")]
const EXAMPLE_668: Example = Example {
    label: "exportWorkflow 404 response `error`",
    json: r#"{"errors":[{"code":"not_found","message":"Workflow not found"}],"request_id":"5e13a557-039d-452d-a6ef-2c4f1a07f371","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "workflows")]
const EXAMPLE_669: Example = Example {
    label: "exportWorkflow 403 response `error`",
    json: r#"{"errors":[{"code":"forbidden","message":"Workflow export is not available for this workspace"}],"request_id":"5e13c446-03c2-4562-a736-2c4f1a098c8a","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "data_export")]
const EXAMPLE_670: Example = Example {
    label: "downloadDataExport 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "data_export")]
const EXAMPLE_671: Example = Example {
    label: "downloadDataExport 404 response `job_not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"No export job found with identifier: r4q8z1k6m2"}],"request_id":"d0937105-a4c8-4c2e-9bfd-038ce4f7596c","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "jobs")]
const EXAMPLE_672: Example = Example {
    label: "jobsStatus 200 response `succeeded`",
    json: r#"{"id":"4471","resource_id":"5129","resource_type":"ticket","resource_url":"https://api.intercom.io/tickets/5129","status":"success","type":"job","url":"https://api.intercom.io/jobs/status/4471"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("job"),
    check: check::<intercom_client::types::Jobs>,
};

#[cfg(feature = "jobs")]
const DECODER_77: Decoder = Decoder {
    pinned: "job",
    name: "Jobs",
    rejects: rejects::<intercom_client::types::Jobs>,
};

#[cfg(feature = "jobs")]
const EXAMPLE_673: Example = Example {
    label: "jobsStatus 200 response `pending`",
    json: r#"{"id":"4472","resource_id":null,"resource_type":"ticket","resource_url":null,"status":"pending","type":"job","url":"https://api.intercom.io/jobs/status/4472"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("job"),
    check: check::<intercom_client::types::Jobs>,
};

#[cfg(feature = "jobs")]
const EXAMPLE_674: Example = Example {
    label: "jobsStatus 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "jobs")]
const EXAMPLE_675: Example = Example {
    label: "jobsStatus 404 response `job_not_found`",
    json: r#"{"errors":[{"code":"job_not_found","message":"No job found for this id"}],"request_id":"b834e615-fc6d-48a2-8045-d628a7ef043f","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "macros")]
const EXAMPLE_676: Example = Example {
    label: "listMacros 200 response `last_page`",
    json: r#"{"data":[{"available_on":["inbox","messenger"],"body":"<p>Hi <attribute key=\"user.first_name\" default=\"there\"/>, your bike is ready at our <attribute key=\"user.custom_attributes.store\" default=\"nearest\"/> store.</p>","body_text":"Hi {{user.first_name|fallback:\"there\"}}, your bike is ready at our {{user.custom_attributes.store|fallback:\"nearest\"}} store.","created_at":"2025-10-02T09:15:00.000Z","id":"20411","name":"Repair ready for pickup","type":"macro","updated_at":"2025-11-30T16:40:12.000Z","visible_to":"everyone","visible_to_team_ids":[]},{"available_on":["inbox"],"body":"<p>Your refund has been issued and should reach you within 5 working days.</p>","body_text":"Your refund has been issued and should reach you within 5 working days.","created_at":"2025-09-12T11:02:45.000Z","id":"20398","name":"Refund timeline","type":"macro","updated_at":"2025-10-20T08:30:00.000Z","visible_to":"specific_teams","visible_to_team_ids":["88419"]}],"pages":{"next":null,"per_page":50,"type":"pages"},"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::MacroList>,
};

#[cfg(feature = "macros")]
const DECODER_78: Decoder = Decoder {
    pinned: "list",
    name: "MacroList",
    rejects: rejects::<intercom_client::types::MacroList>,
};

#[cfg(feature = "macros")]
const EXAMPLE_677: Example = Example {
    label: "listMacros 200 response `first_of_two`",
    json: r#"{"data":[{"available_on":["inbox","messenger"],"body":"<p>Hi <attribute key=\"user.first_name\" default=\"there\"/>, your bike is ready.</p>","body_text":"Hi {{user.first_name|fallback:\"there\"}}, your bike is ready.","created_at":"2025-10-02T09:15:00.000Z","id":"20411","name":"Repair ready for pickup","type":"macro","updated_at":"2025-11-30T16:40:12.000Z","visible_to":"everyone","visible_to_team_ids":[]}],"pages":{"next":{"starting_after":"WzE3NjQ1MjA4MTIsICIyMDQxMSJd"},"per_page":1,"type":"pages"},"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::MacroList>,
};

#[cfg(feature = "macros")]
const EXAMPLE_678: Example = Example {
    label: "listMacros 400 response `bad_cursor`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"starting_after is not a valid cursor"}],"request_id":"c945f726-0d7e-49b3-9156-e739b8f01540","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "macros")]
const EXAMPLE_679: Example = Example {
    label: "listMacros 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "macros")]
const EXAMPLE_680: Example = Example {
    label: "listMacros 403 response `missing_scope`",
    json: r#"{"errors":[{"code":"forbidden","message":"The read_conversations scope is required for this request"}],"request_id":"da5607a8-1e8f-4ac4-a267-f84ac9012651","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "macros")]
const EXAMPLE_681: Example = Example {
    label: "getMacro 200 response `macro`",
    json: r#"{"available_on":["inbox","messenger"],"body":"<p>Hi <attribute key=\"user.first_name\" default=\"there\"/>, your bike is ready at our <attribute key=\"user.custom_attributes.store\" default=\"nearest\"/> store.</p>","body_text":"Hi {{user.first_name|fallback:\"there\"}}, your bike is ready at our {{user.custom_attributes.store|fallback:\"nearest\"}} store.","created_at":"2025-10-02T09:15:00.000Z","id":"20411","name":"Repair ready for pickup","type":"macro","updated_at":"2025-11-30T16:40:12.000Z","visible_to":"everyone","visible_to_team_ids":[]}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("macro"),
    check: check::<intercom_client::types::Macro>,
};

#[cfg(feature = "macros")]
const DECODER_79: Decoder = Decoder {
    pinned: "macro",
    name: "Macro",
    rejects: rejects::<intercom_client::types::Macro>,
};

#[cfg(feature = "macros")]
const EXAMPLE_682: Example = Example {
    label: "getMacro 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "macros")]
const EXAMPLE_683: Example = Example {
    label: "getMacro 403 response `missing_scope`",
    json: r#"{"errors":[{"code":"forbidden","message":"The read_conversations scope is required for this request"}],"request_id":"eb6718b9-2f90-4bd5-b378-095bda123762","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "macros")]
const EXAMPLE_684: Example = Example {
    label: "getMacro 404 response `macro_not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"Macro not found"}],"request_id":"fc7829ca-30a1-4ce6-8489-1a6ceb234873","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "messages")]
const EXAMPLE_685: Example = Example {
    label: "createMessage request `email`",
    json: r#"{"body":"<p>Hi Jonah, we will see you and your bike on Thursday at 10:00.</p>","from":{"id":7301942,"type":"admin"},"message_type":"email","subject":"Your service is booked","template":"personal","to":{"id":"66a1f3c2b8e4d70012ab34cd","type":"user"}}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::CreateMessageRequest>,
};

#[cfg(feature = "messages")]
const EXAMPLE_686: Example = Example {
    label: "createMessage request `in_app`",
    json: r#"{"body":"Our winter service slots are open, book yours in the app.","create_conversation_without_contact_reply":true,"from":{"id":7301955,"type":"admin"},"message_type":"in_app","to":[{"id":"66a1f3c2b8e4d70012ab34cd","type":"user"},{"id":"66a1f40db8e4d70012ab3511","type":"lead"}]}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::CreateMessageRequest>,
};

#[cfg(feature = "messages")]
const EXAMPLE_687: Example = Example {
    label: "createMessage 200 response `email_sent`",
    json: r#"{"body":"<p>Hi Jonah, we will see you and your bike on Thursday at 10:00.</p>","conversation_id":"1911149811","created_at":1764590400,"id":"873015562","message_type":"email","subject":"Your service is booked","type":"admin_message"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::Message>,
};

#[cfg(feature = "messages")]
const EXAMPLE_688: Example = Example {
    label: "createMessage 400 response `no_body`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"A body is required for this message"}],"request_id":"0d893adb-41a2-4df7-959a-2b7dfc345984","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "messages")]
const EXAMPLE_689: Example = Example {
    label: "createMessage 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "messages")]
const EXAMPLE_690: Example = Example {
    label: "createMessage 403 response `plan_restricted`",
    json: r#"{"errors":[{"code":"api_plan_restricted","message":"An active subscription is needed to send messages."}],"request_id":"1e9a4bec-52b3-4e08-a6ab-3c8e0d456a95","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "messages")]
const EXAMPLE_691: Example = Example {
    label: "createMessage 422 response `no_subject`",
    json: r#"{"errors":[{"code":"parameter_not_found","message":"An email message needs a subject"}],"request_id":"2fab5cfd-63c4-4f19-b7bc-4d9f1e567ba6","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "messages")]
const EXAMPLE_692: Example = Example {
    label: "getWhatsAppMessageStatus 200 response `last_page`",
    json: r#"{"events":[{"conversation_id":"1911149830","created_at":1764590400,"id":"ev_201","status":"read","template_name":"service_reminder","type":"broadcast_outbound","updated_at":1764591210,"whatsapp_message_id":"wamid.HBgMMzUzODcxMjM0NTY3FQIAERgSN0UzQjlBQzE0RjIyRDQ1QTdB"},{"conversation_id":"1911149831","created_at":1764590401,"id":"ev_202","status":"failed","template_name":"service_reminder","type":"broadcast_outbound","updated_at":1764590460,"whatsapp_message_id":"wamid.HBgMMzUzODcxMjM0NTk5FQIAERgSQjk0RkQzQTFDMDlFNkIyQ0RF"}],"pages":{"next":null,"per_page":50,"total_pages":1,"type":"pages"},"ruleset_id":"5528301","total_count":2,"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::WhatsappMessageStatusList>,
};

#[cfg(feature = "messages")]
const DECODER_80: Decoder = Decoder {
    pinned: "list",
    name: "WhatsappMessageStatusList",
    rejects: rejects::<intercom_client::types::WhatsappMessageStatusList>,
};

#[cfg(feature = "messages")]
const EXAMPLE_693: Example = Example {
    label: "getWhatsAppMessageStatus 200 response `first_of_three`",
    json: r#"{"events":[{"conversation_id":"1911149830","created_at":1764590400,"id":"ev_201","status":"delivered","type":"broadcast_outbound","updated_at":1764590430,"whatsapp_message_id":"wamid.HBgMMzUzODcxMjM0NTY3FQIAERgSN0UzQjlBQzE0RjIyRDQ1QTdB"}],"pages":{"next":{"starting_after":"WzE3NjQ1OTA0MDAsImV2XzIwMSJd"},"per_page":1,"total_pages":3,"type":"pages"},"ruleset_id":"5528301","total_count":3,"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::WhatsappMessageStatusList>,
};

#[cfg(feature = "messages")]
const EXAMPLE_694: Example = Example {
    label: "getWhatsAppMessageStatus 400 response `missing_ruleset`",
    json: r#"{"errors":[{"code":"parameter_not_found","field":"ruleset_id","message":"ruleset_id is required"}],"request_id":"30bc6d0e-74d5-402a-88cd-5ea02f678cb7","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "messages")]
const EXAMPLE_695: Example = Example {
    label: "getWhatsAppMessageStatus 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "messages")]
const EXAMPLE_696: Example = Example {
    label: "getWhatsAppMessageStatus 403 response `plan_restricted`",
    json: r#"{"errors":[{"code":"api_plan_restricted","message":"An active subscription is needed for this endpoint."}],"request_id":"41cd7e1f-85e6-413b-99de-6fb130789dc8","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "messages")]
const EXAMPLE_697: Example = Example {
    label: "getWhatsAppMessageStatus 500 response `server_error`",
    json: r#"{"errors":[{"code":"server_error","message":"The request failed because of an internal error; please contact support"}],"request_id":"52de8f20-96f7-424c-8aef-70c241890ed9","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "messages")]
const EXAMPLE_698: Example = Example {
    label: "RetrieveWhatsAppMessageStatus 200 response `failed`",
    json: r#"{"conversation_id":"1911149831","created_at":1764590401,"error":{"details":"The recipient's number is not registered on WhatsApp","message":"Delivery failed"},"message_id":"wamid.HBgMMzUzODcxMjM0NTk5FQIAERgSQjk0RkQzQTFDMDlFNkIyQ0RF","status":"failed","template_name":"service_reminder","type":"broadcast_outbound","updated_at":1764590460}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::WhatsappMessageStatus>,
};

#[cfg(feature = "messages")]
const EXAMPLE_699: Example = Example {
    label: "RetrieveWhatsAppMessageStatus 200 response `read`",
    json: r#"{"conversation_id":"1911149830","created_at":1764590400,"error":null,"message_id":"wamid.HBgMMzUzODcxMjM0NTY3FQIAERgSN0UzQjlBQzE0RjIyRDQ1QTdB","status":"read","template_name":"service_reminder","type":"broadcast_outbound","updated_at":1764591210}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::WhatsappMessageStatus>,
};

#[cfg(feature = "messages")]
const EXAMPLE_700: Example = Example {
    label: "RetrieveWhatsAppMessageStatus 400 response `missing_message_id`",
    json: r#"{"errors":[{"code":"parameter_not_found","field":"message_id","message":"message_id is required"}],"request_id":"63ef9031-a708-435d-9b00-81d352901fea","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "messages")]
const EXAMPLE_701: Example = Example {
    label: "RetrieveWhatsAppMessageStatus 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "messages")]
const EXAMPLE_702: Example = Example {
    label: "RetrieveWhatsAppMessageStatus 404 response `message_not_found`",
    json: r#"{"errors":[{"code":"whatsapp_message_not_found","message":"No WhatsApp message found for this id"}],"request_id":"74f0a142-b819-446e-8c11-92e463012afb","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "teams")]
const EXAMPLE_703: Example = Example {
    label: "getTeamMetrics 200 response `metrics`",
    json: r#"{"data":[{"admin_id":"7301942","idle":1,"open":6,"snoozed":2,"type":"team_metric"},{"admin_id":"7301955","idle":0,"open":4,"snoozed":1,"type":"team_metric"}],"type":"team_metric.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("team_metric.list"),
    check: check::<intercom_client::types::TeamMetricList>,
};

#[cfg(feature = "teams")]
const DECODER_81: Decoder = Decoder {
    pinned: "team_metric.list",
    name: "TeamMetricList",
    rejects: rejects::<intercom_client::types::TeamMetricList>,
};

#[cfg(feature = "teams")]
const EXAMPLE_704: Example = Example {
    label: "getTeamMetrics 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "teams")]
const EXAMPLE_705: Example = Example {
    label: "getTeamMetrics 403 response `feature_disabled`",
    json: r#"{"errors":[{"code":"api_plan_restricted","message":"Real-time monitoring is not enabled for this workspace."}],"request_id":"8501b253-c92a-457f-9d22-a3f574012a0c","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "teams")]
const EXAMPLE_706: Example = Example {
    label: "getTeamMetrics 404 response `team_not_found`",
    json: r#"{"errors":[{"code":"team_not_found","message":"No team found for this id"}],"request_id":"9612c364-da3b-4680-ae33-b40685123b1d","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "news")]
const EXAMPLE_707: Example = Example {
    label: "listNewsItems 200 response `news_items`",
    json: r#"{"data":[{"body":"<p>Book a full service before 20 December and get new brake pads fitted free.</p>","cover_image_url":"https://static.example.com/news/winter.png","created_at":1795590000,"deliver_silently":false,"id":"41877","labels":["Offer","Service"],"newsfeed_assignments":[{"newsfeed_id":3301,"published_at":1795600000}],"reactions":["👍","🎉"],"sender_id":7301942,"state":"live","title":"Winter service weeks are here","type":"news-item","updated_at":1795600000,"workspace_id":"k7t2qz9x"},{"body":"<p>Three new cargo models arrive in spring.</p>","cover_image_url":null,"created_at":1795650000,"deliver_silently":true,"id":"41880","labels":[],"newsfeed_assignments":[{"newsfeed_id":3301}],"reactions":[],"sender_id":7301955,"state":"draft","title":"New cargo bike range","type":"news-item","updated_at":1795650000,"workspace_id":"k7t2qz9x"}],"pages":{"page":1,"per_page":10,"total_pages":1,"type":"pages"},"total_count":2,"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::PaginatedResponse>,
};

#[cfg(feature = "news")]
const EXAMPLE_708: Example = Example {
    label: "listNewsItems 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "news")]
const EXAMPLE_709: Example = Example {
    label: "createNewsItem request `live_item`",
    json: r#"{"body":"<p>Book a full service before 20 December and get new brake pads fitted free.</p>","deliver_silently":false,"labels":["Offer","Service"],"newsfeed_assignments":[{"newsfeed_id":3301,"published_at":1795600000}],"reactions":["👍","🎉"],"sender_id":7301942,"state":"live","title":"Winter service weeks are here"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::NewsItemRequest>,
};

#[cfg(feature = "news")]
const EXAMPLE_710: Example = Example {
    label: "createNewsItem 200 response `created`",
    json: r#"{"body":"<p>Book a full service before 20 December and get new brake pads fitted free.</p>","cover_image_url":"https://static.example.com/news/winter.png","created_at":1795590000,"deliver_silently":false,"id":"41877","labels":["Offer","Service"],"newsfeed_assignments":[{"newsfeed_id":3301,"published_at":1795600000}],"reactions":["👍","🎉"],"sender_id":7301942,"state":"live","title":"Winter service weeks are here","type":"news-item","updated_at":1795600000,"workspace_id":"k7t2qz9x"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("news-item"),
    check: check::<intercom_client::types::NewsItem>,
};

#[cfg(feature = "news")]
const DECODER_82: Decoder = Decoder {
    pinned: "news-item",
    name: "NewsItem",
    rejects: rejects::<intercom_client::types::NewsItem>,
};

#[cfg(feature = "news")]
const EXAMPLE_711: Example = Example {
    label: "createNewsItem 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "news")]
const EXAMPLE_712: Example = Example {
    label: "retrieveNewsItem 200 response `news_item`",
    json: r#"{"body":"<p>Book a full service before 20 December and get new brake pads fitted free.</p>","cover_image_url":"https://static.example.com/news/winter.png","created_at":1795590000,"deliver_silently":false,"id":"41877","labels":["Offer","Service"],"newsfeed_assignments":[{"newsfeed_id":3301,"published_at":1795600000}],"reactions":["👍","🎉"],"sender_id":7301942,"state":"live","title":"Winter service weeks are here","type":"news-item","updated_at":1795600000,"workspace_id":"k7t2qz9x"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("news-item"),
    check: check::<intercom_client::types::NewsItem>,
};

#[cfg(feature = "news")]
const EXAMPLE_713: Example = Example {
    label: "retrieveNewsItem 404 response `unknown_news_item`",
    json: r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"d01eb154-0b82-5fb9-90f9-b44426517610","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "news")]
const EXAMPLE_714: Example = Example {
    label: "retrieveNewsItem 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "news")]
const EXAMPLE_715: Example = Example {
    label: "updateNewsItem request `new_title`",
    json: r#"{"sender_id":7301942,"title":"Winter service weeks: free brake pads"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::NewsItemRequest>,
};

#[cfg(feature = "news")]
const EXAMPLE_716: Example = Example {
    label: "updateNewsItem 200 response `updated`",
    json: r#"{"body":"<p>Book a full service before 20 December and get new brake pads fitted free.</p>","cover_image_url":"https://static.example.com/news/winter.png","created_at":1795590000,"deliver_silently":false,"id":"41877","labels":["Offer","Service"],"newsfeed_assignments":[{"newsfeed_id":3301,"published_at":1795600000}],"reactions":["👍","🎉"],"sender_id":7301942,"state":"live","title":"Winter service weeks: free brake pads","type":"news-item","updated_at":1795705500,"workspace_id":"k7t2qz9x"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("news-item"),
    check: check::<intercom_client::types::NewsItem>,
};

#[cfg(feature = "news")]
const EXAMPLE_717: Example = Example {
    label: "updateNewsItem 404 response `unknown_news_item`",
    json: r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"bfadd21b-7792-5482-890d-55e1b9b29570","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "news")]
const EXAMPLE_718: Example = Example {
    label: "updateNewsItem 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "news")]
const EXAMPLE_719: Example = Example {
    label: "deleteNewsItem 200 response `deleted`",
    json: r#"{"deleted":true,"id":"41877","object":"news-item"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::DeletedObject>,
};

#[cfg(feature = "news")]
const EXAMPLE_720: Example = Example {
    label: "deleteNewsItem 404 response `unknown_news_item`",
    json: r#"{"errors":[{"code":"not_found","message":"Resource Not Found"}],"request_id":"cfa311aa-0127-5a80-9e67-e365dea5b579","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "news")]
const EXAMPLE_721: Example = Example {
    label: "deleteNewsItem 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "news")]
const EXAMPLE_722: Example = Example {
    label: "listLiveNewsfeedItems 200 response `live_items`",
    json: r#"{"data":[{"body":"<p>Book a full service before 20 December and get new brake pads fitted free.</p>","cover_image_url":"https://static.example.com/news/winter.png","created_at":1795590000,"deliver_silently":false,"id":"41877","labels":["Offer","Service"],"newsfeed_assignments":[{"newsfeed_id":3301,"published_at":1795600000}],"reactions":["👍","🎉"],"sender_id":7301942,"state":"live","title":"Winter service weeks are here","type":"news-item","updated_at":1795600000,"workspace_id":"k7t2qz9x"}],"pages":{"page":1,"per_page":10,"total_pages":1,"type":"pages"},"total_count":1,"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::PaginatedResponse>,
};

#[cfg(feature = "news")]
const EXAMPLE_723: Example = Example {
    label: "listLiveNewsfeedItems 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "news")]
const EXAMPLE_724: Example = Example {
    label: "listNewsfeeds 200 response `newsfeeds`",
    json: r#"{"data":[{"created_at":1760000000,"id":"3301","name":"Customers","type":"newsfeed","updated_at":1790000000},{"created_at":1770000000,"id":"3305","name":"Dealers","type":"newsfeed","updated_at":1770000000}],"pages":{"page":1,"per_page":10,"total_pages":1,"type":"pages"},"total_count":2,"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::PaginatedResponse>,
};

#[cfg(feature = "news")]
const EXAMPLE_725: Example = Example {
    label: "listNewsfeeds 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "news")]
const EXAMPLE_726: Example = Example {
    label: "retrieveNewsfeed 200 response `newsfeed`",
    json: r#"{"created_at":1760000000,"id":"3301","name":"Customers","type":"newsfeed","updated_at":1790000000}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("newsfeed"),
    check: check::<intercom_client::types::Newsfeed>,
};

#[cfg(feature = "news")]
const DECODER_83: Decoder = Decoder {
    pinned: "newsfeed",
    name: "Newsfeed",
    rejects: rejects::<intercom_client::types::Newsfeed>,
};

#[cfg(feature = "news")]
const EXAMPLE_727: Example = Example {
    label: "retrieveNewsfeed 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "notes")]
const EXAMPLE_728: Example = Example {
    label: "retrieveNote 200 response `ok`",
    json: r#"{"author":{"avatar":"https://static.example.com/avatars/aoife.png","away_mode_enabled":false,"away_mode_reassign":false,"away_status_reason_id":null,"email":"aoife@northwind-cycles.example.com","has_inbox_seat":false,"id":"7301942","job_title":"Support lead","name":"Aoife Byrne","role":{"id":"3","name":"Support agent","type":"role"},"team_ids":[5017],"team_priority_level":{"primary_team_ids":[5017],"secondary_team_ids":[5020]},"type":"admin"},"body":"<p>Asked about a family bike rack.</p>","company":null,"contact":{"id":"66a1f3c2b8e4d70012ab34cd","type":"contact"},"created_at":1767962400,"id":"5510932","type":"note"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("note"),
    check: check::<intercom_client::types::Note>,
};

#[cfg(feature = "notes")]
const EXAMPLE_729: Example = Example {
    label: "retrieveNote 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "notes")]
const EXAMPLE_730: Example = Example {
    label: "retrieveNote 404 response `error`",
    json: r#"{"errors":[{"code":"not_found","message":"Note not found"}],"request_id":"b1e00047-4c2d-4f8a-9b6e-679869ca0194","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "identity_verification_secrets")]
const EXAMPLE_731: Example = Example {
    label: "listIdentityVerificationSecrets 200 response `secrets`",
    json: r#"{"data":[{"created_at":1767225600,"id":"77","name":"Messenger web 2026","supports_android":false,"supports_ios":false,"supports_web":true,"type":"identity_verification_secret"},{"created_at":1735689600,"id":"64","name":"Mobile apps","supports_android":true,"supports_ios":true,"supports_web":false,"type":"identity_verification_secret"}],"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::IdentityVerificationSecretList>,
};

#[cfg(feature = "identity_verification_secrets")]
const DECODER_84: Decoder = Decoder {
    pinned: "list",
    name: "IdentityVerificationSecretList",
    rejects: rejects::<intercom_client::types::IdentityVerificationSecretList>,
};

#[cfg(feature = "identity_verification_secrets")]
const EXAMPLE_732: Example = Example {
    label: "listIdentityVerificationSecrets 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "identity_verification_secrets")]
const EXAMPLE_733: Example = Example {
    label: "createIdentityVerificationSecret request `web`",
    json: r#"{"name":"Messenger web 2026","supports_web":true}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::CreateIdentityVerificationSecretRequest>,
};

#[cfg(feature = "identity_verification_secrets")]
const EXAMPLE_734: Example = Example {
    label: "createIdentityVerificationSecret 201 response `created`",
    json: r#"{"created_at":1767225600,"id":"77","name":"Messenger web 2026","secret":"3mQh8rT2vXw6yB1nK9pL4sD7fG0jZ5cA2eR8uI6oV1w","supports_android":false,"supports_ios":false,"supports_web":true,"type":"identity_verification_secret"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("identity_verification_secret"),
    check: check::<intercom_client::types::IdentityVerificationSecretWithMaterial>,
};

#[cfg(feature = "identity_verification_secrets")]
const DECODER_85: Decoder = Decoder {
    pinned: "identity_verification_secret",
    name: "IdentityVerificationSecretWithMaterial",
    rejects: rejects::<intercom_client::types::IdentityVerificationSecretWithMaterial>,
};

#[cfg(feature = "identity_verification_secrets")]
const EXAMPLE_735: Example = Example {
    label: "createIdentityVerificationSecret 422 response `error`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"At least one of supports_android, supports_ios or supports_web must be true"}],"request_id":"5e13e335-03e7-4597-a77d-2c4f1a0b25a3","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "identity_verification_secrets")]
const EXAMPLE_736: Example = Example {
    label: "createIdentityVerificationSecret 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "identity_verification_secrets")]
const EXAMPLE_737: Example = Example {
    label: "deleteIdentityVerificationSecret 404 response `error`",
    json: r#"{"errors":[{"code":"not_found","message":"Identity verification secret not found"}],"request_id":"5e140224-040c-45cc-a7c4-2c4f1a0cbebc","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "identity_verification_secrets")]
const EXAMPLE_738: Example = Example {
    label: "deleteIdentityVerificationSecret 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "segments")]
const EXAMPLE_739: Example = Example {
    label: "listSegments 200 response `ok`",
    json: r#"{"pages":{},"segments":[{"count":214,"created_at":1735776000,"id":"66a1f4e6b8e4d70012ab3610","name":"Active riders","person_type":"user","type":"segment","updated_at":1767962400}],"type":"segment.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("segment.list"),
    check: check::<intercom_client::types::SegmentList>,
};

#[cfg(feature = "segments")]
const DECODER_86: Decoder = Decoder {
    pinned: "segment.list",
    name: "SegmentList",
    rejects: rejects::<intercom_client::types::SegmentList>,
};

#[cfg(feature = "segments")]
const EXAMPLE_740: Example = Example {
    label: "listSegments 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "segments")]
const EXAMPLE_741: Example = Example {
    label: "retrieveSegment 200 response `ok`",
    json: r#"{"created_at":1735776000,"id":"66a1f4e6b8e4d70012ab3610","name":"Active riders","person_type":"user","type":"segment","updated_at":1767962400}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("segment"),
    check: check::<intercom_client::types::Segment>,
};

#[cfg(feature = "segments")]
const DECODER_87: Decoder = Decoder {
    pinned: "segment",
    name: "Segment",
    rejects: rejects::<intercom_client::types::Segment>,
};

#[cfg(feature = "segments")]
const EXAMPLE_742: Example = Example {
    label: "retrieveSegment 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "segments")]
const EXAMPLE_743: Example = Example {
    label: "retrieveSegment 404 response `error`",
    json: r#"{"errors":[{"code":"not_found","message":"Segment not found"}],"request_id":"b1e00048-4c2d-4f8a-9b6e-8efee0690194","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "subscription_types")]
const EXAMPLE_744: Example = Example {
    label: "listSubscriptionTypes 200 response `ok`",
    json: r#"{"data":[{"consent_type":"opt_in","content_types":["email"],"default_translation":{"description":"Monthly news about new routes and bikes.","locale":"en","name":"Product newsletter"},"id":"218004","state":"live","translations":[{"description":"Monthly news about new routes and bikes.","locale":"en","name":"Product newsletter"},{"description":"Novedades mensuales sobre rutas y bicicletas.","locale":"es","name":"Boletín de producto"}],"type":"subscription"}],"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::SubscriptionTypeList>,
};

#[cfg(feature = "subscription_types")]
const EXAMPLE_745: Example = Example {
    label: "listSubscriptionTypes 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "switch")]
const EXAMPLE_746: Example = Example {
    label: "createPhoneSwitch request `billing_call`",
    json: r#"{"custom_attributes":{"callback_reason":"Billing","open_orders":2},"phone":"+353871234567"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::CreatePhoneSwitchRequest>,
};

#[cfg(feature = "switch")]
const EXAMPLE_747: Example = Example {
    label: "createPhoneSwitch 200 response `redirected`",
    json: r#"{"phone":"+353871234567","type":"phone_call_redirect"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("phone_call_redirect"),
    check: check::<intercom_client::types::PhoneSwitch>,
};

#[cfg(feature = "switch")]
const DECODER_88: Decoder = Decoder {
    pinned: "phone_call_redirect",
    name: "PhoneSwitch",
    rejects: rejects::<intercom_client::types::PhoneSwitch>,
};

#[cfg(feature = "switch")]
const EXAMPLE_748: Example = Example {
    label: "createPhoneSwitch 400 response `invalid_number`",
    json: r#"{"error_key":"invalid_phone_number","message":"The phone number is not valid"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<serde_json::Value>,
};

#[cfg(feature = "switch")]
const EXAMPLE_749: Example = Example {
    label: "createPhoneSwitch 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "switch")]
const EXAMPLE_750: Example = Example {
    label: "createPhoneSwitch 422 response `unprocessable`",
    json: r#"{"error_key":"unprocessable_entity","message":"The SMS could not be sent to this number"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<serde_json::Value>,
};

#[cfg(feature = "calls")]
const EXAMPLE_751: Example = Example {
    label: "listCalls 200 response `calls`",
    json: r#"{"data":[{"admin_id":"7301942","answered_at":1767950012,"call_type":"phone","contact_id":"66a1f3c2b8e4d70012ab34cd","conversation_id":"1274","created_at":1767950000,"direction":"inbound","duration":380,"ended_at":1767950380,"ended_reason":"customer_hung_up","fin_recording_url":null,"fin_transcription_url":null,"hold_time":16,"id":"880412","initiated_at":1767950000,"phone":"+4930123456","queue_time":12,"recording_url":"https://api.intercom.io/calls/880412/recording","state":"completed","talk_time":352,"transcription_url":"https://api.intercom.io/calls/880412/transcript","type":"call","updated_at":1767950400}],"pages":{"page":1,"per_page":25,"total_pages":1,"type":"pages"},"total_count":1,"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::CallList>,
};

#[cfg(feature = "calls")]
const DECODER_89: Decoder = Decoder {
    pinned: "list",
    name: "CallList",
    rejects: rejects::<intercom_client::types::CallList>,
};

#[cfg(feature = "calls")]
const EXAMPLE_752: Example = Example {
    label: "listCalls 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "calls")]
const EXAMPLE_753: Example = Example {
    label: "showCall 200 response `call`",
    json: r#"{"admin_id":"7301942","answered_at":1767950012,"call_type":"phone","contact_id":"66a1f3c2b8e4d70012ab34cd","conversation_id":"1274","created_at":1767950000,"direction":"inbound","duration":380,"ended_at":1767950380,"ended_reason":"customer_hung_up","fin_recording_url":null,"fin_transcription_url":null,"hold_time":16,"id":"880412","initiated_at":1767950000,"phone":"+4930123456","queue_time":12,"recording_url":"https://api.intercom.io/calls/880412/recording","state":"completed","talk_time":352,"transcription_url":"https://api.intercom.io/calls/880412/transcript","type":"call","updated_at":1767950400}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("call"),
    check: check::<intercom_client::types::Call>,
};

#[cfg(feature = "calls")]
const DECODER_90: Decoder = Decoder {
    pinned: "call",
    name: "Call",
    rejects: rejects::<intercom_client::types::Call>,
};

#[cfg(feature = "calls")]
const EXAMPLE_754: Example = Example {
    label: "showCall 404 response `error`",
    json: r#"{"errors":[{"code":"not_found","message":"Call not found"}],"request_id":"5e142113-0431-4601-a80b-2c4f1a0e57d5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "calls")]
const EXAMPLE_755: Example = Example {
    label: "showCall 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "calls")]
const EXAMPLE_756: Example = Example {
    label: "showCallRecording 404 response `error`",
    json: r#"{"errors":[{"code":"not_found","message":"Resource not found"}],"request_id":"5e144002-0456-4636-a852-2c4f1a0ff0ee","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "calls")]
const EXAMPLE_757: Example = Example {
    label: "showCallRecording 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "calls")]
const EXAMPLE_758: Example = Example {
    label: "showCallTranscript 404 response `error`",
    json: r#"{"errors":[{"code":"not_found","message":"Transcript not found"}],"request_id":"5e145ef1-047b-466b-a899-2c4f1a118a07","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "calls")]
const EXAMPLE_759: Example = Example {
    label: "listCallsWithTranscripts request `two_conversations`",
    json: r#"{"conversation_ids":["1274","1281"]}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::ListCallsWithTranscriptsRequest>,
};

#[cfg(feature = "calls")]
const EXAMPLE_760: Example = Example {
    label: "listCallsWithTranscripts 200 response `calls`",
    json: r#"{"data":[{"admin_id":"7301942","answered_at":1767950012,"call_type":"phone","contact_id":"66a1f3c2b8e4d70012ab34cd","conversation_id":"1274","created_at":1767950000,"direction":"inbound","duration":380,"ended_at":1767950380,"ended_reason":"customer_hung_up","fin_recording_url":null,"fin_transcription_url":null,"hold_time":16,"id":"880412","initiated_at":1767950000,"phone":"+4930123456","queue_time":12,"recording_url":"https://api.intercom.io/calls/880412/recording","state":"completed","talk_time":352,"transcript":[{"speaker":"customer","start_ms":0,"text":"Where is my order NW-20931?"},{"speaker":"agent","start_ms":4100,"text":"It left our warehouse yesterday."}],"transcript_status":"completed","transcription_url":"https://api.intercom.io/calls/880412/transcript","type":"call","updated_at":1767950400}],"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::ListCallsWithTranscriptsResponse>,
};

#[cfg(feature = "calls")]
const DECODER_91: Decoder = Decoder {
    pinned: "list",
    name: "ListCallsWithTranscriptsResponse",
    rejects: rejects::<intercom_client::types::ListCallsWithTranscriptsResponse>,
};

#[cfg(feature = "calls")]
const EXAMPLE_761: Example = Example {
    label: "listCallsWithTranscripts 400 response `error`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"conversation_ids must contain between 1 and 20 ids"}],"request_id":"5e147de0-04a0-46a0-a8e0-2c4f1a132320","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "calls")]
const EXAMPLE_762: Example = Example {
    label: "listCallsWithTranscripts 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tags")]
const EXAMPLE_763: Example = Example {
    label: "listTags 200 response `ok`",
    json: r#"{"data":[{"id":"730122","name":"VIP","type":"tag"},{"id":"730188","name":"Fleet trial","type":"tag"}],"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::TagList>,
};

#[cfg(feature = "tags")]
const EXAMPLE_764: Example = Example {
    label: "listTags 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tags")]
const EXAMPLE_765: Example = Example {
    label: "createTag request `create`",
    json: r#"{"name":"VIP"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::CreateTagRequest>,
};

#[cfg(feature = "tags")]
const EXAMPLE_766: Example = Example {
    label: "createTag request `untag_companies`",
    json: r#"{"companies":[{"id":"66a1f40ab8e4d70012ab3501","untag":true}],"name":"VIP"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::CreateTagRequest>,
};

#[cfg(feature = "tags")]
const EXAMPLE_767: Example = Example {
    label: "createTag request `tag_users`",
    json: r#"{"name":"VIP","users":[{"id":"66a1f3c2b8e4d70012ab34cd"},{"id":"66a1f3d9b8e4d70012ab34e2"}]}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::CreateTagRequest>,
};

#[cfg(feature = "tags")]
const EXAMPLE_768: Example = Example {
    label: "createTag 200 response `ok`",
    json: r#"{"companies":null,"id":"730122","name":"VIP","type":"tag","users":null}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("tag"),
    check: check::<intercom_client::types::TagCreateResponse>,
};

#[cfg(feature = "tags")]
const DECODER_92: Decoder = Decoder {
    pinned: "tag",
    name: "TagCreateResponse",
    rejects: rejects::<intercom_client::types::TagCreateResponse>,
};

#[cfg(feature = "tags")]
const EXAMPLE_769: Example = Example {
    label: "createTag 400 response `error`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"name must not be blank"}],"request_id":"b1e00049-4c2d-4f8a-9b6e-b39be9d00190","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tags")]
const EXAMPLE_770: Example = Example {
    label: "createTag 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tags")]
const EXAMPLE_771: Example = Example {
    label: "findTag 200 response `ok`",
    json: r#"{"id":"730122","name":"VIP","type":"tag"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("tag"),
    check: check::<intercom_client::types::TagBasic>,
};

#[cfg(feature = "tags")]
const DECODER_93: Decoder = Decoder {
    pinned: "tag",
    name: "TagBasic",
    rejects: rejects::<intercom_client::types::TagBasic>,
};

#[cfg(feature = "tags")]
const EXAMPLE_772: Example = Example {
    label: "findTag 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tags")]
const EXAMPLE_773: Example = Example {
    label: "findTag 404 response `error`",
    json: r#"{"errors":[{"code":"not_found","message":"Tag not found"}],"request_id":"b1e00050-4c2d-4f8a-9b6e-0c32793a0194","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tags")]
const EXAMPLE_774: Example = Example {
    label: "deleteTag 400 response `error`",
    json: r#"{"errors":[{"code":"tag_has_dependent_objects","message":"The tag is used by a message rule and cannot be deleted"}],"request_id":"b1e00052-4c2d-4f8a-9b6e-af8dbbee0190","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tags")]
const EXAMPLE_775: Example = Example {
    label: "deleteTag 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tags")]
const EXAMPLE_776: Example = Example {
    label: "deleteTag 404 response `error`",
    json: r#"{"errors":[{"code":"not_found","message":"Tag not found"}],"request_id":"b1e00051-4c2d-4f8a-9b6e-af8dbbee0194","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "teams")]
const EXAMPLE_777: Example = Example {
    label: "listTeams 200 response `teams`",
    json: r#"{"teams":[{"admin_ids":[7301942,7301955],"admin_priority_level":{"primary_admin_ids":[7301942],"secondary_admin_ids":[7301955]},"assignment_limit":8,"distribution_method":"load_balanced","id":"88412","name":"Tier 1 Support","type":"team"},{"admin_ids":[7301955,7301968],"distribution_method":"round_robin","id":"88419","name":"Billing","type":"team"}],"type":"team.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("team.list"),
    check: check::<intercom_client::types::TeamList>,
};

#[cfg(feature = "teams")]
const DECODER_94: Decoder = Decoder {
    pinned: "team.list",
    name: "TeamList",
    rejects: rejects::<intercom_client::types::TeamList>,
};

#[cfg(feature = "teams")]
const EXAMPLE_778: Example = Example {
    label: "listTeams 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "teams")]
const EXAMPLE_779: Example = Example {
    label: "retrieveTeam 200 response `team`",
    json: r#"{"admin_ids":[7301942,7301955],"admin_priority_level":{"primary_admin_ids":[7301942],"secondary_admin_ids":[7301955]},"assignment_limit":8,"distribution_method":"load_balanced","id":"88412","name":"Tier 1 Support","type":"team"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("team"),
    check: check::<intercom_client::types::Team>,
};

#[cfg(feature = "teams")]
const DECODER_95: Decoder = Decoder {
    pinned: "team",
    name: "Team",
    rejects: rejects::<intercom_client::types::Team>,
};

#[cfg(feature = "teams")]
const EXAMPLE_780: Example = Example {
    label: "retrieveTeam 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "teams")]
const EXAMPLE_781: Example = Example {
    label: "retrieveTeam 404 response `team_not_found`",
    json: r#"{"errors":[{"code":"team_not_found","message":"No team found for this id"}],"request_id":"a723d475-eb4c-4791-bf44-c51796234c2e","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "teams")]
const EXAMPLE_782: Example = Example {
    label: "updateTeamMembers request `add_member`",
    json: r#"{"admin_ids":[7301942,7301955,7301968],"admin_priority_level":{"primary_admin_ids":[7301942,7301968],"secondary_admin_ids":[7301955]}}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::UpdateTeamMembersRequest>,
};

#[cfg(feature = "teams")]
const EXAMPLE_783: Example = Example {
    label: "updateTeamMembers request `members_only`",
    json: r#"{"admin_ids":[7301942,7301955]}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::UpdateTeamMembersRequest>,
};

#[cfg(feature = "teams")]
const EXAMPLE_784: Example = Example {
    label: "updateTeamMembers 200 response `updated`",
    json: r#"{"admin_ids":[7301942,7301955,7301968],"admin_priority_level":{"primary_admin_ids":[7301942,7301968],"secondary_admin_ids":[7301955]},"assignment_limit":8,"distribution_method":"load_balanced","id":"88412","name":"Tier 1 Support","type":"team"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("team"),
    check: check::<intercom_client::types::Team>,
};

#[cfg(feature = "teams")]
const EXAMPLE_785: Example = Example {
    label: "updateTeamMembers 400 response `off_team_priority`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"admin_priority_level names 7301999, who is neither on the team nor in admin_ids"}],"request_id":"b834e586-fc5d-4892-8055-d628a7345d3f","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "teams")]
const EXAMPLE_786: Example = Example {
    label: "updateTeamMembers 400 response `read_only_field`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"Only the members and their priority levels can be changed; the request changed name"}],"request_id":"c945f697-0d6e-49a3-9166-e739b8456e40","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "teams")]
const EXAMPLE_787: Example = Example {
    label: "updateTeamMembers 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "teams")]
const EXAMPLE_788: Example = Example {
    label: "updateTeamMembers 403 response `plan_restricted`",
    json: r#"{"errors":[{"code":"api_plan_restricted","message":"Changing team members through the API is not available for this workspace"}],"request_id":"da5607b8-1e7f-4ab4-a277-f84ac9567f51","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "teams")]
const EXAMPLE_789: Example = Example {
    label: "updateTeamMembers 403 response `forbidden`",
    json: r#"{"errors":[{"code":"forbidden","message":"You are not allowed to change the members of this team"}],"request_id":"eb6718c9-2f80-4bc5-b388-095bda678062","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "teams")]
const EXAMPLE_790: Example = Example {
    label: "updateTeamMembers 404 response `team_not_found`",
    json: r#"{"errors":[{"code":"team_not_found","message":"No team found for this id"}],"request_id":"fc7829da-3091-4cd6-8499-1a6ceb789173","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "teams")]
const EXAMPLE_791: Example = Example {
    label: "updateTeamMembers 409 response `declined`",
    json: r#"{"errors":[{"code":"conflict","message":"Another request is changing this team's members; nothing was changed, send the request again."}],"request_id":"0d893aeb-41a2-4de7-95aa-2b7dfc8a0284","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "teams")]
const EXAMPLE_792: Example = Example {
    label: "updateTeamMembers 409 response `partly_applied`",
    json: r#"{"errors":[{"code":"conflict","message":"The team's members kept changing, so this request is partly applied; read the team before retrying."}],"request_id":"1e9a4bfc-52b3-4ef8-a6bb-3c8e0d9b1395","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "ticket_states")]
const EXAMPLE_793: Example = Example {
    label: "listTicketStates 200 response `workspace_states`",
    json: r#"{"data":[{"archived":false,"category":"submitted","external_label":"Received","id":"5120","internal_label":"Submitted","ticket_types":{"data":[{"archived":false,"category":"Customer","description":"A parcel arrived broken or incomplete.","icon":"📦","id":"41","is_internal":false,"name":"Damaged delivery","type":"ticket_type"}],"type":"list"},"type":"ticket_state"},{"archived":false,"category":"in_progress","external_label":"Being handled","id":"5121","internal_label":"With warehouse team","ticket_types":{"data":[{"archived":false,"category":"Customer","description":"A parcel arrived broken or incomplete.","icon":"📦","id":"41","is_internal":false,"name":"Damaged delivery","type":"ticket_type"}],"type":"list"},"type":"ticket_state"},{"archived":false,"category":"waiting_on_customer","external_label":"Waiting on you","id":"5122","internal_label":"Awaiting photos","ticket_types":{"data":[],"type":"list"},"type":"ticket_state"},{"archived":false,"category":"resolved","external_label":"Resolved","id":"5123","internal_label":"Resolved","ticket_types":{"data":[],"type":"list"},"type":"ticket_state"}],"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::TicketStateList>,
};

#[cfg(feature = "ticket_states")]
const DECODER_96: Decoder = Decoder {
    pinned: "list",
    name: "TicketStateList",
    rejects: rejects::<intercom_client::types::TicketStateList>,
};

#[cfg(feature = "ticket_states")]
const EXAMPLE_794: Example = Example {
    label: "listTicketStates 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "ticket_type_attributes")]
const EXAMPLE_795: Example = Example {
    label: "createTicketTypeAttribute request `list`",
    json: r#"{"data_type":"list","description":"The courier that delivered the parcel.","list_items":"DHL,An Post,UPS","name":"Courier","visible_on_create":true,"visible_to_contacts":true}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::CreateTicketTypeAttributeRequest>,
};

#[cfg(feature = "ticket_type_attributes")]
const EXAMPLE_796: Example = Example {
    label: "createTicketTypeAttribute 200 response `created`",
    json: r#"{"archived":false,"created_at":1767975000,"data_type":"list","default":false,"description":"The courier that delivered the parcel.","id":"331","input_options":{"list_items":"DHL,An Post,UPS"},"name":"Courier","order":3,"required_to_create":false,"required_to_create_for_contacts":false,"ticket_type_id":41,"type":"ticket_type_attribute","updated_at":1767975000,"visible_on_create":true,"visible_to_contacts":true,"workspace_id":"k7t2qz9x"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("ticket_type_attribute"),
    check: check::<intercom_client::types::TicketTypeAttribute>,
};

#[cfg(feature = "ticket_type_attributes")]
const DECODER_97: Decoder = Decoder {
    pinned: "ticket_type_attribute",
    name: "TicketTypeAttribute",
    rejects: rejects::<intercom_client::types::TicketTypeAttribute>,
};

#[cfg(feature = "ticket_type_attributes")]
const EXAMPLE_797: Example = Example {
    label: "createTicketTypeAttribute 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "ticket_type_attributes")]
const EXAMPLE_798: Example = Example {
    label: "updateTicketTypeAttribute request `reword`",
    json: r#"{"description":"The order number printed on the parcel label."}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::UpdateTicketTypeAttributeRequest>,
};

#[cfg(feature = "ticket_type_attributes")]
const EXAMPLE_799: Example = Example {
    label: "updateTicketTypeAttribute 200 response `updated`",
    json: r#"{"archived":false,"created_at":1762251000,"data_type":"string","default":false,"description":"The order number printed on the parcel label.","id":"319","input_options":{"multiline":false},"name":"Order number","order":2,"required_to_create":true,"required_to_create_for_contacts":true,"ticket_type_id":41,"type":"ticket_type_attribute","updated_at":1767975300,"visible_on_create":true,"visible_to_contacts":true,"workspace_id":"k7t2qz9x"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("ticket_type_attribute"),
    check: check::<intercom_client::types::TicketTypeAttribute>,
};

#[cfg(feature = "ticket_type_attributes")]
const EXAMPLE_800: Example = Example {
    label: "updateTicketTypeAttribute 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "ticket_types")]
const EXAMPLE_801: Example = Example {
    label: "listTicketTypes 200 response `ticket_types`",
    json: r#"{"data":[{"archived":false,"category":"Customer","created_at":1762250400,"description":"A parcel arrived broken or incomplete.","icon":"📦","id":"41","is_internal":false,"name":"Damaged delivery","ticket_states":{"data":[{"category":"submitted","external_label":"Received","id":"5120","internal_label":"Submitted","type":"ticket_state"},{"category":"in_progress","external_label":"Being handled","id":"5121","internal_label":"With warehouse team","type":"ticket_state"},{"category":"waiting_on_customer","external_label":"Waiting on you","id":"5122","internal_label":"Awaiting photos","type":"ticket_state"},{"category":"resolved","external_label":"Resolved","id":"5123","internal_label":"Resolved","type":"ticket_state"}],"type":"list"},"ticket_type_attributes":{"ticket_type_attributes":[{"archived":false,"created_at":1762250400,"data_type":"string","default":true,"description":"","id":"311","input_options":{"multiline":false},"name":"_default_title_","order":0,"required_to_create":false,"required_to_create_for_contacts":false,"ticket_type_id":41,"type":"ticket_type_attribute","updated_at":1762250400,"visible_on_create":true,"visible_to_contacts":true,"workspace_id":"k7t2qz9x"},{"archived":false,"created_at":1762250400,"data_type":"string","default":true,"description":"","id":"312","input_options":{"multiline":true},"name":"_default_description_","order":1,"required_to_create":false,"required_to_create_for_contacts":false,"ticket_type_id":41,"type":"ticket_type_attribute","updated_at":1762250400,"visible_on_create":true,"visible_to_contacts":true,"workspace_id":"k7t2qz9x"},{"archived":false,"created_at":1762251000,"data_type":"string","default":false,"description":"The order the parcel belongs to.","id":"319","name":"Order number","order":2,"required_to_create":true,"required_to_create_for_contacts":true,"ticket_type_id":41,"type":"ticket_type_attribute","updated_at":1762251000,"visible_on_create":true,"visible_to_contacts":true,"workspace_id":"k7t2qz9x"}],"type":"ticket_type_attributes.list"},"type":"ticket_type","updated_at":1765929600,"workspace_id":"k7t2qz9x"}],"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::TicketTypeList>,
};

#[cfg(feature = "ticket_types")]
const DECODER_98: Decoder = Decoder {
    pinned: "list",
    name: "TicketTypeList",
    rejects: rejects::<intercom_client::types::TicketTypeList>,
};

#[cfg(feature = "ticket_types")]
const EXAMPLE_802: Example = Example {
    label: "listTicketTypes 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "ticket_types")]
const EXAMPLE_803: Example = Example {
    label: "createTicketType request `tracker_type`",
    json: r#"{"category":"Tracker","description":"Incidents that stop customers from paying.","icon":"🚨","is_internal":false,"name":"Checkout outage"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::CreateTicketTypeRequest>,
};

#[cfg(feature = "ticket_types")]
const EXAMPLE_804: Example = Example {
    label: "createTicketType 200 response `tracker_type`",
    json: r#"{"archived":false,"category":"Tracker","created_at":1767942000,"description":"Incidents that stop customers from paying.","icon":"🚨","id":"42","is_internal":false,"name":"Checkout outage","ticket_states":{"data":[{"category":"submitted","external_label":"Submitted","id":"5130","internal_label":"Submitted","type":"ticket_state"},{"category":"in_progress","external_label":"In progress","id":"5131","internal_label":"In progress","type":"ticket_state"},{"category":"resolved","external_label":"Resolved","id":"5132","internal_label":"Resolved","type":"ticket_state"}],"type":"list"},"ticket_type_attributes":{"ticket_type_attributes":[{"archived":false,"created_at":1767942000,"data_type":"string","default":true,"description":"","id":"327","input_options":{"multiline":false},"name":"_default_title_","order":0,"required_to_create":false,"required_to_create_for_contacts":false,"ticket_type_id":42,"type":"ticket_type_attribute","updated_at":1767942000,"visible_on_create":true,"visible_to_contacts":true,"workspace_id":"k7t2qz9x"},{"archived":false,"created_at":1767942000,"data_type":"string","default":true,"description":"","id":"328","input_options":{"multiline":true},"name":"_default_description_","order":1,"required_to_create":false,"required_to_create_for_contacts":false,"ticket_type_id":42,"type":"ticket_type_attribute","updated_at":1767942000,"visible_on_create":true,"visible_to_contacts":true,"workspace_id":"k7t2qz9x"}],"type":"ticket_type_attributes.list"},"type":"ticket_type","updated_at":1767942000,"workspace_id":"k7t2qz9x"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("ticket_type"),
    check: check::<intercom_client::types::TicketType>,
};

#[cfg(feature = "ticket_types")]
const DECODER_99: Decoder = Decoder {
    pinned: "ticket_type",
    name: "TicketType",
    rejects: rejects::<intercom_client::types::TicketType>,
};

#[cfg(feature = "ticket_types")]
const EXAMPLE_805: Example = Example {
    label: "createTicketType 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "ticket_types")]
const EXAMPLE_806: Example = Example {
    label: "getTicketType 200 response `damaged_delivery`",
    json: r#"{"archived":false,"category":"Customer","created_at":1762250400,"description":"A parcel arrived broken or incomplete.","icon":"📦","id":"41","is_internal":false,"name":"Damaged delivery","ticket_states":{"data":[{"category":"submitted","external_label":"Received","id":"5120","internal_label":"Submitted","type":"ticket_state"},{"category":"resolved","external_label":"Resolved","id":"5123","internal_label":"Resolved","type":"ticket_state"}],"type":"list"},"ticket_type_attributes":{"ticket_type_attributes":[{"archived":false,"created_at":1762250400,"data_type":"string","default":true,"description":"","id":"311","input_options":{"multiline":false},"name":"_default_title_","order":0,"required_to_create":false,"required_to_create_for_contacts":false,"ticket_type_id":41,"type":"ticket_type_attribute","updated_at":1762250400,"visible_on_create":true,"visible_to_contacts":true,"workspace_id":"k7t2qz9x"},{"archived":false,"created_at":1762251000,"data_type":"string","default":false,"description":"The order the parcel belongs to.","id":"319","name":"Order number","order":2,"required_to_create":true,"required_to_create_for_contacts":true,"ticket_type_id":41,"type":"ticket_type_attribute","updated_at":1762251000,"visible_on_create":true,"visible_to_contacts":true,"workspace_id":"k7t2qz9x"}],"type":"ticket_type_attributes.list"},"type":"ticket_type","updated_at":1765929600,"workspace_id":"k7t2qz9x"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("ticket_type"),
    check: check::<intercom_client::types::TicketType>,
};

#[cfg(feature = "ticket_types")]
const EXAMPLE_807: Example = Example {
    label: "getTicketType 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "ticket_types")]
const EXAMPLE_808: Example = Example {
    label: "updateTicketType request `rename`",
    json: r#"{"icon":"🧰","name":"Damaged or missing item"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::UpdateTicketTypeRequest>,
};

#[cfg(feature = "ticket_types")]
const EXAMPLE_809: Example = Example {
    label: "updateTicketType request `archive`",
    json: r#"{"archived":true}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::UpdateTicketTypeRequest>,
};

#[cfg(feature = "ticket_types")]
const EXAMPLE_810: Example = Example {
    label: "updateTicketType 200 response `renamed`",
    json: r#"{"archived":false,"category":"Customer","created_at":1762250400,"description":"A parcel arrived broken or incomplete.","icon":"🧰","id":"41","is_internal":false,"name":"Damaged or missing item","ticket_states":{"data":[{"category":"submitted","external_label":"Received","id":"5120","internal_label":"Submitted","type":"ticket_state"}],"type":"list"},"ticket_type_attributes":{"ticket_type_attributes":[{"archived":false,"created_at":1762250400,"data_type":"string","default":true,"description":"","id":"311","input_options":{"multiline":false},"name":"_default_title_","order":0,"required_to_create":false,"required_to_create_for_contacts":false,"ticket_type_id":41,"type":"ticket_type_attribute","updated_at":1762250400,"visible_on_create":true,"visible_to_contacts":true,"workspace_id":"k7t2qz9x"}],"type":"ticket_type_attributes.list"},"type":"ticket_type","updated_at":1767945600,"workspace_id":"k7t2qz9x"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("ticket_type"),
    check: check::<intercom_client::types::TicketType>,
};

#[cfg(feature = "ticket_types")]
const EXAMPLE_811: Example = Example {
    label: "updateTicketType 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_812: Example = Example {
    label: "replyTicket request `admin_note`",
    json: r#"{"admin_id":"7301942","body":"<p>Warehouse confirmed the frame was packed without foam.</p>","message_type":"note","type":"admin"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::ReplyTicketRequest>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_813: Example = Example {
    label: "replyTicket request `admin_comment_silent`",
    json: r#"{"admin_id":"7301942","body":"A replacement frame ships tomorrow.","message_type":"comment","type":"admin"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::ReplyTicketRequest>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_814: Example = Example {
    label: "replyTicket request `admin_quick_reply`",
    json: r#"{"admin_id":"7301942","message_type":"quick_reply","reply_options":[{"text":"Replace the frame","uuid":"2f0c6a8e-5b1d-4e37-9a42-7c81d3e06b59"},{"text":"Refund the order","uuid":"8d4e1b7a-3c69-4f20-b5e8-0a92c7f61d34"}],"type":"admin"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::ReplyTicketRequest>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_815: Example = Example {
    label: "replyTicket request `tracker_note_cross_post`",
    json: r#"{"admin_id":"7301942","body":"<p>The payment provider has fixed the outage.</p>","cross_post":true,"message_type":"note","type":"admin"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::ReplyTicketRequest>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_816: Example = Example {
    label: "replyTicket request `contact_comment`",
    json: r#"{"attachment_urls":["https://files.example.org/uploads/frame-scratch-1.jpg"],"body":"Here are the photos you asked for.","intercom_user_id":"66a1f3c2b8e4d70012ab34cd","message_type":"comment","type":"user"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::ReplyTicketRequest>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_817: Example = Example {
    label: "replyTicket 200 response `admin_note`",
    json: r#"{"attachments":[],"author":{"email":"maeve.donnelly@example.com","id":"7301942","name":"Maeve Donnelly","type":"admin"},"body":"<p>Warehouse confirmed the frame was packed without foam.</p>","created_at":1767960000,"id":"20140","part_type":"note","redacted":false,"type":"ticket_part","updated_at":1767960000}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("ticket_part"),
    check: check::<intercom_client::types::TicketReply>,
};

#[cfg(feature = "tickets")]
const DECODER_100: Decoder = Decoder {
    pinned: "ticket_part",
    name: "TicketReply",
    rejects: rejects::<intercom_client::types::TicketReply>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_818: Example = Example {
    label: "replyTicket 200 response `admin_comment_translated`",
    json: r#"{"attachments":[],"author":{"email":"maeve.donnelly@example.com","id":"7301942","name":"Maeve Donnelly","type":"admin"},"body":"<p>A replacement frame ships tomorrow.</p>","created_at":1767960300,"id":"20141","part_type":"comment","redacted":false,"translations":{"en":"<p>A replacement frame ships tomorrow.</p>","es":"<p>Un cuadro de repuesto sale mañana.</p>","original":"en"},"type":"ticket_part","updated_at":1767960300}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("ticket_part"),
    check: check::<intercom_client::types::TicketReply>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_819: Example = Example {
    label: "replyTicket 200 response `admin_quick_reply`",
    json: r#"{"attachments":[],"author":{"email":"maeve.donnelly@example.com","id":"7301942","name":"Maeve Donnelly","type":"admin"},"body":null,"created_at":1767960600,"id":"20142","part_type":"quick_reply","redacted":false,"type":"ticket_part","updated_at":1767960600}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("ticket_part"),
    check: check::<intercom_client::types::TicketReply>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_820: Example = Example {
    label: "replyTicket 400 response `contact_reply_on_back_office`",
    json: r#"{"errors":[{"code":"parameter_mismatch","message":"Contacts cannot reply to back-office tickets"}],"request_id":"0d6b9f43-2e81-4c75-b3a9-61f7e2c084d5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_821: Example = Example {
    label: "replyTicket 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_822: Example = Example {
    label: "replyTicket 404 response `not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"Resource not found"}],"request_id":"a71c4e08-6f93-4d2b-8e5a-3c09b1d7f624","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tags")]
const EXAMPLE_823: Example = Example {
    label: "attachTagToTicket request `tag`",
    json: r#"{"admin_id":"7301942","id":"730122"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::AttachTagToTicketRequest>,
};

#[cfg(feature = "tags")]
const EXAMPLE_824: Example = Example {
    label: "attachTagToTicket 200 response `ok`",
    json: r#"{"applied_at":1767962400,"applied_by":{"id":"7301942","type":"admin"},"id":"730122","name":"VIP","type":"tag"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("tag"),
    check: check::<intercom_client::types::Tag>,
};

#[cfg(feature = "tags")]
const EXAMPLE_825: Example = Example {
    label: "attachTagToTicket 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tags")]
const EXAMPLE_826: Example = Example {
    label: "attachTagToTicket 404 response `error`",
    json: r#"{"errors":[{"code":"not_found","message":"Ticket not found"}],"request_id":"b1e00053-4c2d-4f8a-9b6e-75720a1b0194","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tags")]
const EXAMPLE_827: Example = Example {
    label: "detachTagFromTicket request `admin`",
    json: r#"{"admin_id":"7301942"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::DetachTagFromTicketRequest>,
};

#[cfg(feature = "tags")]
const EXAMPLE_828: Example = Example {
    label: "detachTagFromTicket 200 response `ok`",
    json: r#"{"id":"730122","name":"VIP","type":"tag"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("tag"),
    check: check::<intercom_client::types::Tag>,
};

#[cfg(feature = "tags")]
const EXAMPLE_829: Example = Example {
    label: "detachTagFromTicket 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tags")]
const EXAMPLE_830: Example = Example {
    label: "detachTagFromTicket 404 response `error`",
    json: r#"{"errors":[{"code":"not_found","message":"Tag not found"}],"request_id":"b1e00054-4c2d-4f8a-9b6e-bb3148a20194","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_831: Example = Example {
    label: "linkConversationToTicket request `link`",
    json: r#"{"conversation_id":"1274"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::LinkConversationToTicketRequest>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_832: Example = Example {
    label: "linkConversationToTicket 200 response `linked`",
    json: r#"{"admin_assignee_id":0,"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"created_at":1767948000,"id":"1274","linked_objects":{"data":[{"category":"Tracker","id":"934","type":"ticket"}],"has_more":false,"total_count":1,"type":"list"},"open":true,"priority":"none","read":true,"snoozed_until":null,"source":{"attachments":[],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The checkout page keeps spinning when I pay.</p>","delivered_as":"customer_initiated","id":"600211734","redacted":false,"subject":"","type":"conversation","url":"https://shop.example.org/checkout"},"state":"open","team_assignee_id":0,"title":null,"type":"conversation","updated_at":1767961200,"waiting_since":1767948000}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("conversation"),
    check: check::<intercom_client::types::Conversation>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_833: Example = Example {
    label: "linkConversationToTicket 400 response `parameter_not_found`",
    json: r#"{"errors":[{"code":"parameter_not_found","field":"conversation_id","message":"conversation_id must be supplied"}],"request_id":"1c5e7a92-0f34-4d8b-b6e1-28a9d3f70c45","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_834: Example = Example {
    label: "linkConversationToTicket 400 response `invalid_ticket_type`",
    json: r#"{"errors":[{"code":"invalid_ticket_type","message":"Conversations can only be linked to tracker tickets"}],"request_id":"2d6f8b03-1a45-4e9c-87f2-39b0e4a81d56","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_835: Example = Example {
    label: "linkConversationToTicket 400 response `already_linked_to_tracker`",
    json: r#"{"errors":[{"code":"already_linked_to_tracker","message":"This conversation is already linked to another tracker ticket"}],"request_id":"3e7a9c14-2b56-4fad-98a3-4ac1f5b92e67","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_836: Example = Example {
    label: "linkConversationToTicket 400 response `linked_conversation_limit_exceeded`",
    json: r#"{"errors":[{"code":"linked_conversation_limit_exceeded","message":"This tracker ticket cannot accept more linked conversations"}],"request_id":"4f8b0d25-3c67-4b0e-a9b4-5bd206ca3f78","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_837: Example = Example {
    label: "linkConversationToTicket 400 response `intercom_version_invalid`",
    json: r#"{"errors":[{"code":"intercom_version_invalid","message":"Linking conversations requires a newer Intercom-Version"}],"request_id":"5a9c1e36-4d78-4c1f-b0c5-6ce317db4a89","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_838: Example = Example {
    label: "linkConversationToTicket 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_839: Example = Example {
    label: "linkConversationToTicket 404 response `ticket_not_found`",
    json: r#"{"errors":[{"code":"ticket_not_found","message":"No ticket with id 9999 was found"}],"request_id":"6b0d2f47-5e89-4d20-81d6-7df428ec5b90","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_840: Example = Example {
    label: "linkConversationToTicket 404 response `conversation_not_found`",
    json: r#"{"errors":[{"code":"conversation_not_found","message":"No conversation with id 99999 was found"}],"request_id":"7c1e3058-6f9a-4e31-92e7-8e0539fd6ca1","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_841: Example = Example {
    label: "unlinkConversationFromTicket 200 response `unlinked`",
    json: r#"{"admin_assignee_id":0,"contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"created_at":1767948000,"id":"1274","linked_objects":{"data":[],"has_more":false,"total_count":0,"type":"list"},"open":true,"priority":"none","read":true,"snoozed_until":null,"source":{"attachments":[],"author":{"email":"tomas.reyes@example.org","id":"66a1f3c2b8e4d70012ab34cd","name":"Tomás Reyes","type":"user"},"body":"<p>The checkout page keeps spinning when I pay.</p>","delivered_as":"customer_initiated","id":"600211734","redacted":false,"subject":"","type":"conversation","url":"https://shop.example.org/checkout"},"state":"open","team_assignee_id":0,"title":null,"type":"conversation","updated_at":1767964800,"waiting_since":1767948000}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("conversation"),
    check: check::<intercom_client::types::Conversation>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_842: Example = Example {
    label: "unlinkConversationFromTicket 400 response `invalid_ticket_type`",
    json: r#"{"errors":[{"code":"invalid_ticket_type","message":"Conversations can only be unlinked from tracker tickets"}],"request_id":"8d2f4169-7a0b-4f42-a3f8-9f164a0e7db2","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_843: Example = Example {
    label: "unlinkConversationFromTicket 400 response `intercom_version_invalid`",
    json: r#"{"errors":[{"code":"intercom_version_invalid","message":"Unlinking conversations requires a newer Intercom-Version"}],"request_id":"9e305a7b-8b1c-4053-b4a9-a0275b1f8ec3","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_844: Example = Example {
    label: "unlinkConversationFromTicket 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_845: Example = Example {
    label: "unlinkConversationFromTicket 404 response `ticket_not_found`",
    json: r#"{"errors":[{"code":"ticket_not_found","message":"No ticket with id 9999 was found"}],"request_id":"af416b8c-9c2d-4164-85ba-b1386c209fd4","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_846: Example = Example {
    label: "unlinkConversationFromTicket 404 response `conversation_not_found`",
    json: r#"{"errors":[{"code":"conversation_not_found","message":"Conversation 1274 is not linked to ticket 934"}],"request_id":"b0527c9d-ad3e-4275-96cb-c2497d31a0e5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_847: Example = Example {
    label: "createTicket request `by_contact_id`",
    json: r#"{"contacts":[{"id":"66a1f3c2b8e4d70012ab34cd"}],"ticket_attributes":{"Order number":"NW-20931","_default_description_":"The top tube has a deep scratch along its length.","_default_title_":"Frame arrived scratched"},"ticket_type_id":"41"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::CreateTicketRequestObject>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_848: Example = Example {
    label: "createTicket request `silent_import`",
    json: r#"{"contacts":[{"email":"tomas.reyes@example.org"}],"created_at":1764547200,"ticket_attributes":{"Order number":"NW-19877","_default_title_":"Missing pedals"},"ticket_type_id":"41"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::CreateTicketRequestObject>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_849: Example = Example {
    label: "createTicket 200 response `created`",
    json: r#"{"admin_assignee_id":0,"category":"Customer","contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"created_at":1767950000,"id":"918","is_shared":true,"linked_objects":{"data":[],"has_more":false,"total_count":0,"type":"list"},"open":true,"previous_ticket_state_id":null,"team_assignee_id":0,"ticket_attributes":{"Order number":"NW-20931","_default_description_":"The top tube has a deep scratch along its length.","_default_title_":"Frame arrived scratched"},"ticket_id":"57","ticket_parts":{"ticket_parts":[{"attachments":[],"author":{"email":"operator+k7t2qz9x@intercom.io","id":"7300001","name":"Fin","type":"bot"},"created_at":1767950001,"id":"20117","part_type":"ticket_state_updated_by_admin","previous_ticket_state":"submitted","redacted":false,"ticket_state":"submitted","type":"ticket_part","updated_at":1767950001}],"total_count":1,"type":"ticket_part.list"},"ticket_state":{"category":"submitted","external_label":"Received","id":"5120","internal_label":"Submitted","type":"ticket_state"},"ticket_type":{"archived":false,"category":"Customer","created_at":1762250400,"description":"A parcel arrived broken or incomplete.","icon":"📦","id":"41","is_internal":false,"name":"Damaged delivery","type":"ticket_type","updated_at":1765929600,"workspace_id":"k7t2qz9x"},"type":"ticket","updated_at":1767950002}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("ticket"),
    check: check::<intercom_client::types::Ticket>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_850: Example = Example {
    label: "createTicket 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_851: Example = Example {
    label: "enqueueCreateTicket request `enqueue`",
    json: r#"{"contacts":[{"id":"66a1f3c2b8e4d70012ab34cd"}],"ticket_attributes":{"Order number":"NW-20931","_default_title_":"Frame arrived scratched"},"ticket_type_id":"41"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::EnqueueCreateTicketRequest>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_852: Example = Example {
    label: "enqueueCreateTicket 200 response `queued`",
    json: r#"{"id":"20","resource_id":null,"resource_type":"ticket","resource_url":null,"status":"pending","type":"job","url":"https://api.intercom.io/jobs/status/20"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("job"),
    check: check::<intercom_client::types::Jobs>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_853: Example = Example {
    label: "enqueueCreateTicket 400 response `invalid`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"Ticket type not found"}],"request_id":"3e19a9c4-71d2-4b8e-9f06-2c5d8a1b7e19","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_854: Example = Example {
    label: "enqueueCreateTicket 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_855: Example = Example {
    label: "getTicket 200 response `in_progress`",
    json: r#"{"admin_assignee_id":7301942,"category":"Customer","contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"created_at":1767950000,"id":"918","is_shared":true,"linked_objects":{"data":[{"category":null,"id":"1274","type":"conversation"}],"has_more":false,"total_count":1,"type":"list"},"open":true,"previous_ticket_state_id":"5120","team_assignee_id":88412,"ticket_attributes":{"Order number":"NW-20931","_default_description_":"The top tube has a deep scratch along its length.","_default_title_":"Frame arrived scratched"},"ticket_id":"57","ticket_parts":{"ticket_parts":[{"attachments":[],"author":{"email":"operator+k7t2qz9x@intercom.io","id":"7300001","name":"Fin","type":"bot"},"created_at":1767950001,"id":"20117","part_type":"ticket_state_updated_by_admin","previous_ticket_state":"submitted","redacted":false,"ticket_state":"submitted","type":"ticket_part","updated_at":1767950001},{"assigned_to":{"id":"88412","type":"team"},"attachments":[],"author":{"email":"maeve.donnelly@example.com","id":"7301942","name":"Maeve Donnelly","type":"admin"},"created_at":1767953000,"id":"20121","part_type":"assignment","redacted":false,"type":"ticket_part","updated_at":1767953000},{"app_package_code":"northwind-helpdesk-sync","attachments":[],"author":{"email":"maeve.donnelly@example.com","id":"7301942","name":"Maeve Donnelly","type":"admin"},"created_at":1767953600,"id":"20124","part_type":"ticket_state_updated_by_admin","previous_ticket_state":"submitted","redacted":false,"ticket_state":"in_progress","type":"ticket_part","updated_at":1767953600}],"total_count":3,"type":"ticket_part.list"},"ticket_state":{"category":"in_progress","external_label":"Being handled","id":"5121","internal_label":"With warehouse team","type":"ticket_state"},"ticket_type":{"archived":false,"category":"Customer","created_at":1762250400,"description":"A parcel arrived broken or incomplete.","icon":"📦","id":"41","is_internal":false,"name":"Damaged delivery","type":"ticket_type","updated_at":1765929600,"workspace_id":"k7t2qz9x"},"type":"ticket","updated_at":1767953600}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("ticket"),
    check: check::<intercom_client::types::Ticket>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_856: Example = Example {
    label: "getTicket 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_857: Example = Example {
    label: "getTicket 404 response `ticket_not_found`",
    json: r#"{"errors":[{"code":"ticket_not_found","message":"No ticket with id 9999 was found"}],"request_id":"2a4c6e80-1b3d-4f5a-9c7e-0d2f4a6b8c91","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_858: Example = Example {
    label: "updateTicket request `assign_and_progress`",
    json: r#"{"admin_id":7301942,"assignee_id":"7301955","ticket_state_id":"5121"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::UpdateTicketRequestObject>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_859: Example = Example {
    label: "updateTicket request `snooze`",
    json: r#"{"snoozed_until":1768125600,"ticket_attributes":{"_default_description_":"Asked the customer for photos of the frame."},"ticket_state_id":"5122"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::UpdateTicketRequestObject>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_860: Example = Example {
    label: "updateTicket request `invalid_state`",
    json: r#"{"ticket_state_id":"5131"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::UpdateTicketRequestObject>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_861: Example = Example {
    label: "updateTicket 200 response `assigned`",
    json: r#"{"admin_assignee_id":7301955,"category":"Customer","contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"created_at":1767950000,"id":"918","is_shared":true,"linked_objects":{"data":[],"has_more":false,"total_count":0,"type":"list"},"open":true,"previous_ticket_state_id":"5120","team_assignee_id":88412,"ticket_attributes":{"Order number":"NW-20931","_default_description_":"The top tube has a deep scratch along its length.","_default_title_":"Frame arrived scratched"},"ticket_id":"57","ticket_parts":{"ticket_parts":[{"attachments":[],"author":{"email":"maeve.donnelly@example.com","id":"7301942","name":"Maeve Donnelly","type":"admin"},"created_at":1767956400,"id":"20130","part_type":"ticket_state_updated_by_admin","previous_ticket_state":"submitted","redacted":false,"ticket_state":"in_progress","type":"ticket_part","updated_at":1767956400},{"assigned_to":{"id":"7301955","type":"admin"},"attachments":[],"author":{"email":"maeve.donnelly@example.com","id":"7301942","name":"Maeve Donnelly","type":"admin"},"created_at":1767956400,"id":"20131","part_type":"assignment","redacted":false,"type":"ticket_part","updated_at":1767956400}],"total_count":2,"type":"ticket_part.list"},"ticket_state":{"category":"in_progress","external_label":"Being handled","id":"5121","internal_label":"With warehouse team","type":"ticket_state"},"type":"ticket","updated_at":1767956400}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("ticket"),
    check: check::<intercom_client::types::Ticket>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_862: Example = Example {
    label: "updateTicket 400 response `ticket_state_id_invalid`",
    json: r#"{"errors":[{"code":"ticket_state_id_invalid","message":"The ticket state does not exist or does not belong to this ticket type"}],"request_id":"3b7f0c52-91d4-4e0a-a6a8-5c2d9e71f4b0","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_863: Example = Example {
    label: "updateTicket 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_864: Example = Example {
    label: "updateTicket 404 response `assignee_not_found`",
    json: r#"{"errors":[{"code":"assignee_not_found","message":"No admin or team with this id was found"}],"request_id":"9e14d3a8-0b6c-4f57-8d21-b7a0e6c35f92","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_865: Example = Example {
    label: "deleteTicket 200 response `deleted`",
    json: r#"{"deleted":true,"id":"918","object":"ticket"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::TicketDeleted>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_866: Example = Example {
    label: "deleteTicket 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_867: Example = Example {
    label: "deleteTicket 403 response `api_plan_restricted`",
    json: r#"{"errors":[{"code":"api_plan_restricted","message":"This feature requires an active paid subscription."}],"request_id":"7a3d1b9f-4e62-4ca8-b5f7-ad2c8e19f306","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_868: Example = Example {
    label: "deleteTicket 404 response `ticket_not_found`",
    json: r#"{"errors":[{"code":"ticket_not_found","message":"No ticket with id 9999 was found"}],"request_id":"5f8a2c19-7d3e-4b60-a1f4-92c6e0d8b37e","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_869: Example = Example {
    label: "changeTicketType request `missing_parts`",
    json: r#"{"ticket_attributes":{"_default_title_":"Frame arrived without its seat clamp"},"ticket_state_id":"5140","ticket_type_id":"44"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::ChangeTicketTypeRequest>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_870: Example = Example {
    label: "changeTicketType 200 response `changed`",
    json: r#"{"admin_assignee_id":7301942,"category":"Customer","contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"created_at":1767950000,"id":"918","is_shared":true,"linked_objects":{"data":[{"category":null,"id":"1274","type":"conversation"}],"has_more":false,"total_count":1,"type":"list"},"open":true,"previous_ticket_state_id":"5121","team_assignee_id":88412,"ticket_attributes":{"Order number":"NW-20931","_default_description_":"The top tube has a deep scratch along its length.","_default_title_":"Frame arrived scratched"},"ticket_id":"57","ticket_parts":{"ticket_parts":[{"attachments":[],"author":{"email":"operator+k7t2qz9x@intercom.io","id":"7300001","name":"Fin","type":"bot"},"created_at":1767950001,"id":"20117","part_type":"ticket_state_updated_by_admin","previous_ticket_state":"submitted","redacted":false,"ticket_state":"submitted","type":"ticket_part","updated_at":1767950001},{"assigned_to":{"id":"88412","type":"team"},"attachments":[],"author":{"email":"maeve.donnelly@example.com","id":"7301942","name":"Maeve Donnelly","type":"admin"},"created_at":1767953000,"id":"20121","part_type":"assignment","redacted":false,"type":"ticket_part","updated_at":1767953000},{"app_package_code":"northwind-helpdesk-sync","attachments":[],"author":{"email":"maeve.donnelly@example.com","id":"7301942","name":"Maeve Donnelly","type":"admin"},"created_at":1767953600,"id":"20124","part_type":"ticket_state_updated_by_admin","previous_ticket_state":"submitted","redacted":false,"ticket_state":"in_progress","type":"ticket_part","updated_at":1767953600}],"total_count":3,"type":"ticket_part.list"},"ticket_state":{"category":"submitted","external_label":"Received","id":"5140","internal_label":"Submitted","type":"ticket_state"},"ticket_type":{"archived":false,"category":"Customer","created_at":1764000000,"description":"A parcel arrived without some of its parts.","icon":"🧩","id":"44","is_internal":false,"name":"Missing parts","type":"ticket_type","updated_at":1764000000,"workspace_id":"k7t2qz9x"},"type":"ticket","updated_at":1767976000}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("ticket"),
    check: check::<intercom_client::types::Ticket>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_871: Example = Example {
    label: "changeTicketType 400 response `other_category`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"The new ticket type must have the same category as the current one"}],"request_id":"3e20a9c4-71d2-4b8e-9f06-2c5d8a1b7e20","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_872: Example = Example {
    label: "changeTicketType 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_873: Example = Example {
    label: "changeTicketType 404 response `not_found`",
    json: r#"{"errors":[{"code":"ticket_not_found","message":"Ticket not found"}],"request_id":"3e21a9c4-71d2-4b8e-9f06-2c5d8a1b7e21","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_874: Example = Example {
    label: "searchTickets request `open_for_contact`",
    json: r#"{"pagination":{"per_page":20},"query":{"operator":"AND","value":[{"field":"open","operator":"=","value":true},{"field":"contact_ids","operator":"=","value":"66a1f3c2b8e4d70012ab34cd"}]}}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::SearchRequest>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_875: Example = Example {
    label: "searchTickets 200 response `matches`",
    json: r#"{"pages":{"page":1,"per_page":20,"total_pages":1,"type":"pages"},"tickets":[{"admin_assignee_id":7301942,"category":"Customer","contacts":{"contacts":[{"external_id":"cust-20931","id":"66a1f3c2b8e4d70012ab34cd","type":"contact"}],"type":"contact.list"},"created_at":1767950000,"id":"918","is_shared":true,"linked_objects":{"data":[{"category":null,"id":"1274","type":"conversation"}],"has_more":false,"total_count":1,"type":"list"},"open":true,"previous_ticket_state_id":"5120","team_assignee_id":88412,"ticket_attributes":{"Order number":"NW-20931","_default_description_":"The top tube has a deep scratch along its length.","_default_title_":"Frame arrived scratched"},"ticket_id":"57","ticket_parts":{"ticket_parts":[{"attachments":[],"author":{"email":"operator+k7t2qz9x@intercom.io","id":"7300001","name":"Fin","type":"bot"},"created_at":1767950001,"id":"20117","part_type":"ticket_state_updated_by_admin","previous_ticket_state":"submitted","redacted":false,"ticket_state":"submitted","type":"ticket_part","updated_at":1767950001},{"assigned_to":{"id":"88412","type":"team"},"attachments":[],"author":{"email":"maeve.donnelly@example.com","id":"7301942","name":"Maeve Donnelly","type":"admin"},"created_at":1767953000,"id":"20121","part_type":"assignment","redacted":false,"type":"ticket_part","updated_at":1767953000},{"app_package_code":"northwind-helpdesk-sync","attachments":[],"author":{"email":"maeve.donnelly@example.com","id":"7301942","name":"Maeve Donnelly","type":"admin"},"created_at":1767953600,"id":"20124","part_type":"ticket_state_updated_by_admin","previous_ticket_state":"submitted","redacted":false,"ticket_state":"in_progress","type":"ticket_part","updated_at":1767953600}],"total_count":3,"type":"ticket_part.list"},"ticket_state":{"category":"in_progress","external_label":"Being handled","id":"5121","internal_label":"With warehouse team","type":"ticket_state"},"ticket_type":{"archived":false,"category":"Customer","created_at":1762250400,"description":"A parcel arrived broken or incomplete.","icon":"📦","id":"41","is_internal":false,"name":"Damaged delivery","type":"ticket_type","updated_at":1765929600,"workspace_id":"k7t2qz9x"},"type":"ticket","updated_at":1767953600}],"total_count":1,"type":"ticket.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("ticket.list"),
    check: check::<intercom_client::types::TicketList>,
};

#[cfg(feature = "tickets")]
const DECODER_101: Decoder = Decoder {
    pinned: "ticket.list",
    name: "TicketList",
    rejects: rejects::<intercom_client::types::TicketList>,
};

#[cfg(feature = "tickets")]
const EXAMPLE_876: Example = Example {
    label: "searchTickets 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "visitors")]
const EXAMPLE_877: Example = Example {
    label: "retrieveVisitorWithUserId 200 response `anonymous_visitor`",
    json: r#"{"anonymous":true,"app_id":"k7t2qz9x","avatar":{"image_url":"https://static.example.com/pseudonyms/teal-lantern.png","type":"avatar"},"companies":{"companies":[],"type":"company.list"},"created_at":1767957000,"custom_attributes":{"landing_page":"/pricing"},"do_not_track":false,"email":"","has_hard_bounced":false,"id":"6790ab12c4e5f60017d2e8a1","last_request_at":1767958200,"location_data":{"city_name":"Galway","continent_code":"EU","country_code":"IRL","country_name":"Ireland","postal_code":"H91","region_name":"Connacht","timezone":"Europe/Dublin","type":"location_data"},"marked_email_as_spam":false,"name":null,"owner_id":null,"phone":null,"pseudonym":"Teal Lantern from Galway","referrer":"https://www.example.net/bike-reviews","remote_created_at":1767957000,"segments":{"segments":[],"type":"segment.list"},"session_count":2,"signed_up_at":1767957000,"social_profiles":{"social_profiles":[],"type":"social_profile.list"},"tags":{"tags":[],"type":"tag.list"},"type":"visitor","unsubscribed_from_emails":false,"updated_at":1767958200,"user_id":"4b9e2f70-13c8-4a5d-9e61-c07d8a2b35f4","utm_campaign":"spring-sale","utm_content":null,"utm_medium":"cpc","utm_source":"newsletter","utm_term":null}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("visitor"),
    check: check::<intercom_client::types::Visitor>,
};

#[cfg(feature = "visitors")]
const DECODER_102: Decoder = Decoder {
    pinned: "visitor",
    name: "Visitor",
    rejects: rejects::<intercom_client::types::Visitor>,
};

#[cfg(feature = "visitors")]
const EXAMPLE_878: Example = Example {
    label: "retrieveVisitorWithUserId 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "visitors")]
const EXAMPLE_879: Example = Example {
    label: "retrieveVisitorWithUserId 404 response `not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"Visitor Not Found"}],"request_id":"9c5f3db1-6084-4eca-97b9-cf4ea03b1528","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "visitors")]
const EXAMPLE_880: Example = Example {
    label: "updateVisitor request `by_id`",
    json: r#"{"id":"6790ab12c4e5f60017d2e8a1","name":"Aoife Brennan"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::UpdateVisitorRequest>,
};

#[cfg(feature = "visitors")]
const EXAMPLE_881: Example = Example {
    label: "updateVisitor request `by_user_id`",
    json: r#"{"custom_attributes":{"landing_page":"/pricing","preferred_size":"M"},"user_id":"4b9e2f70-13c8-4a5d-9e61-c07d8a2b35f4"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::UpdateVisitorRequest>,
};

#[cfg(feature = "visitors")]
const EXAMPLE_882: Example = Example {
    label: "updateVisitor 200 response `named_visitor`",
    json: r#"{"anonymous":true,"app_id":"k7t2qz9x","avatar":{"image_url":"https://static.example.com/pseudonyms/teal-lantern.png","type":"avatar"},"companies":{"companies":[],"type":"company.list"},"created_at":1767957000,"custom_attributes":{},"do_not_track":null,"email":"","has_hard_bounced":false,"id":"6790ab12c4e5f60017d2e8a1","last_request_at":1767958200,"location_data":{"city_name":"Galway","country_name":"Ireland","timezone":"Europe/Dublin","type":"location_data"},"marked_email_as_spam":false,"name":"Aoife Brennan","owner_id":null,"phone":null,"pseudonym":"Teal Lantern from Galway","referrer":null,"remote_created_at":1767957000,"segments":{"segments":[],"type":"segment.list"},"session_count":2,"signed_up_at":1767957000,"social_profiles":{"social_profiles":[],"type":"social_profile.list"},"tags":{"tags":[{"id":"730115","name":"pricing-page","type":"tag"}],"type":"tag.list"},"type":"visitor","unsubscribed_from_emails":false,"updated_at":1767961800,"user_id":"4b9e2f70-13c8-4a5d-9e61-c07d8a2b35f4","utm_campaign":null,"utm_content":null,"utm_medium":null,"utm_source":null,"utm_term":null}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("visitor"),
    check: check::<intercom_client::types::Visitor>,
};

#[cfg(feature = "visitors")]
const EXAMPLE_883: Example = Example {
    label: "updateVisitor 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "visitors")]
const EXAMPLE_884: Example = Example {
    label: "updateVisitor 404 response `not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"Visitor Not Found"}],"request_id":"9c5f3db1-6084-4eca-97b9-cf4ea03b1528","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "visitors")]
const EXAMPLE_885: Example = Example {
    label: "convertVisitor request `to_user`",
    json: r#"{"type":"user","user":{"email":"tomas.reyes@example.org","user_id":"cust-20931"},"visitor":{"user_id":"4b9e2f70-13c8-4a5d-9e61-c07d8a2b35f4"}}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::ConvertVisitorRequest>,
};

#[cfg(feature = "visitors")]
const EXAMPLE_886: Example = Example {
    label: "convertVisitor 200 response `converted`",
    json: r#"{"android_app_name":null,"android_app_version":null,"android_device":null,"android_last_seen_at":null,"android_os_version":null,"android_sdk_version":null,"avatar":null,"browser":"firefox","browser_language":"en-IE","browser_version":"133.0","companies":{"data":[],"has_more":false,"total_count":0,"url":"/contacts/66a1f3c2b8e4d70012ab34cd/companies"},"created_at":1767957000,"custom_attributes":{"landing_page":"/pricing"},"email":"tomas.reyes@example.org","email_domain":"example.org","external_id":"cust-20931","formatted_phone":null,"has_hard_bounced":false,"id":"66a1f3c2b8e4d70012ab34cd","ios_app_name":null,"ios_app_version":null,"ios_device":null,"ios_last_seen_at":null,"ios_os_version":null,"ios_sdk_version":null,"language_override":null,"last_contacted_at":null,"last_email_clicked_at":null,"last_email_opened_at":null,"last_replied_at":null,"last_seen_at":1767958200,"location":{"city":"Galway","country":"Ireland","region":"Connacht","type":"location"},"marked_email_as_spam":false,"name":null,"notes":{"data":[],"has_more":false,"total_count":0,"url":"/contacts/66a1f3c2b8e4d70012ab34cd/notes"},"os":"Linux","owner_id":null,"phone":null,"role":"user","signed_up_at":1767962400,"social_profiles":{"data":[]},"tags":{"data":[],"has_more":false,"total_count":0,"url":"/contacts/66a1f3c2b8e4d70012ab34cd/tags"},"type":"contact","unsubscribed_from_emails":false,"updated_at":1767962400,"workspace_id":"k7t2qz9x"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("contact"),
    check: check::<intercom_client::types::Contact>,
};

#[cfg(feature = "visitors")]
const DECODER_103: Decoder = Decoder {
    pinned: "contact",
    name: "Contact",
    rejects: rejects::<intercom_client::types::Contact>,
};

#[cfg(feature = "visitors")]
const EXAMPLE_887: Example = Example {
    label: "convertVisitor 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "brands")]
const EXAMPLE_888: Example = Example {
    label: "listBrands 200 response `brands`",
    json: r#"{"data":[{"created_at":1704067200,"default_address_settings_id":"5530","help_center_id":"9021","id":"6348112","is_default":true,"name":"Northwind Cycles","type":"brand","updated_at":1764547200},{"created_at":1735689600,"default_address_settings_id":"5541","help_center_id":"9034","id":"18840","is_default":false,"name":"Northwind Kids","type":"brand","updated_at":1767000000}],"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::BrandList>,
};

#[cfg(feature = "brands")]
const DECODER_104: Decoder = Decoder {
    pinned: "list",
    name: "BrandList",
    rejects: rejects::<intercom_client::types::BrandList>,
};

#[cfg(feature = "brands")]
const EXAMPLE_889: Example = Example {
    label: "listBrands 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "brands")]
const EXAMPLE_890: Example = Example {
    label: "retrieveBrand 200 response `brand`",
    json: r#"{"created_at":1704067200,"default_address_settings_id":"5530","help_center_id":"9021","id":"6348112","is_default":true,"name":"Northwind Cycles","type":"brand","updated_at":1764547200}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("brand"),
    check: check::<intercom_client::types::Brand>,
};

#[cfg(feature = "brands")]
const DECODER_105: Decoder = Decoder {
    pinned: "brand",
    name: "Brand",
    rejects: rejects::<intercom_client::types::Brand>,
};

#[cfg(feature = "brands")]
const EXAMPLE_891: Example = Example {
    label: "retrieveBrand 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "brands")]
const EXAMPLE_892: Example = Example {
    label: "retrieveBrand 404 response `error`",
    json: r#"{"errors":[{"code":"not_found","message":"Brand not found"}],"request_id":"5e149ccf-04c5-46d5-a927-2c4f1a14bc39","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "emails")]
const EXAMPLE_893: Example = Example {
    label: "listEmails 200 response `addresses`",
    json: r#"{"data":[{"brand_id":"7","created_at":1717200000,"domain":"northwind-cycles.example.com","email":"help@northwind-cycles.example.com","forwarded_email_last_received_at":1764583200,"forwarding_enabled":true,"id":"31","type":"email_setting","updated_at":1764500000,"verified":true},{"brand_id":"7","created_at":1761955200,"domain":"northwind-cycles.example.com","email":"billing@northwind-cycles.example.com","forwarded_email_last_received_at":null,"forwarding_enabled":false,"id":"32","type":"email_setting","updated_at":1761955200,"verified":false}],"type":"list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("list"),
    check: check::<intercom_client::types::EmailList>,
};

#[cfg(feature = "emails")]
const DECODER_106: Decoder = Decoder {
    pinned: "list",
    name: "EmailList",
    rejects: rejects::<intercom_client::types::EmailList>,
};

#[cfg(feature = "emails")]
const EXAMPLE_894: Example = Example {
    label: "listEmails 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "emails")]
const EXAMPLE_895: Example = Example {
    label: "retrieveEmail 200 response `address`",
    json: r#"{"brand_id":"7","created_at":1717200000,"domain":"northwind-cycles.example.com","email":"help@northwind-cycles.example.com","forwarded_email_last_received_at":1764583200,"forwarding_enabled":true,"id":"31","type":"email_setting","updated_at":1764500000,"verified":true}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("email_setting"),
    check: check::<intercom_client::types::EmailSetting>,
};

#[cfg(feature = "emails")]
const DECODER_107: Decoder = Decoder {
    pinned: "email_setting",
    name: "EmailSetting",
    rejects: rejects::<intercom_client::types::EmailSetting>,
};

#[cfg(feature = "emails")]
const EXAMPLE_896: Example = Example {
    label: "retrieveEmail 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "emails")]
const EXAMPLE_897: Example = Example {
    label: "retrieveEmail 404 response `setting_not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"No email setting found for this id"}],"request_id":"2fab5d0d-63c4-4f09-b7cc-4d9f1e0ac4a6","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "calls")]
const EXAMPLE_898: Example = Example {
    label: "registerFinVoiceCall request `aws`",
    json: r#"{"call_id":"ac-3f6c1e2a-9b47","data":{"queue":"support-de"},"phone_number":"+4930123456","source":"aws_connect"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::RegisterFinVoiceCallRequest>,
};

#[cfg(feature = "calls")]
const EXAMPLE_899: Example = Example {
    label: "registerFinVoiceCall 200 response `registered`",
    json: r#"{"app_id":6348112,"call_summary":"","call_transcript":[],"external_call_id":"ac-3f6c1e2a-9b47","id":51207,"intent":[],"intercom_call_id":null,"intercom_conversation_id":null,"status":"registered","user_phone_number":"+4930123456"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::AiCallResponse>,
};

#[cfg(feature = "calls")]
const EXAMPLE_900: Example = Example {
    label: "registerFinVoiceCall 400 response `error`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"phone_number is required"}],"request_id":"5e14bbbe-04ea-470a-a96e-2c4f1a165552","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "calls")]
const EXAMPLE_901: Example = Example {
    label: "registerFinVoiceCall 409 response `error`",
    json: r#"{"errors":[{"code":"conflict","message":"This call is already registered"}],"request_id":"5e14daad-050f-473f-a9b5-2c4f1a17ee6b","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "calls")]
const EXAMPLE_902: Example = Example {
    label: "registerFinVoiceCall default response `error`",
    json: r#"{"errors":[{"code":"server_error","message":"Something went wrong"}],"request_id":"5e14f99c-0534-4774-a9fc-2c4f1a198784","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "calls")]
const EXAMPLE_903: Example = Example {
    label: "collectFinVoiceCallById 200 response `matched`",
    json: r#"{"app_id":6348112,"call_summary":"The customer asked about order NW-20931; Fin gave the delivery date.","call_transcript":[{"speaker":"customer","text":"Where is my order NW-20931?"},{"speaker":"fin","text":"It left our warehouse yesterday and arrives on Thursday."}],"external_call_id":"ac-3f6c1e2a-9b47","id":51207,"intent":[{"confidence":0.94,"name":"order_status"}],"intercom_call_id":"880412","intercom_conversation_id":"1274","status":"resolved","user_phone_number":"+4930123456"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::AiCallResponse>,
};

#[cfg(feature = "calls")]
const EXAMPLE_904: Example = Example {
    label: "collectFinVoiceCallById 404 response `error`",
    json: r#"{"errors":[{"code":"not_found","message":"External reference not found"}],"request_id":"5e15188b-0559-47a9-aa43-2c4f1a1b209d","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "calls")]
const EXAMPLE_905: Example = Example {
    label: "collectFinVoiceCallById default response `error`",
    json: r#"{"errors":[{"code":"server_error","message":"Something went wrong"}],"request_id":"5e15377a-057e-47de-aa8a-2c4f1a1cb9b6","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "calls")]
const EXAMPLE_906: Example = Example {
    label: "collectFinVoiceCallByExternalId 200 response `matched`",
    json: r#"{"app_id":6348112,"call_summary":"The customer asked about order NW-20931; Fin gave the delivery date.","call_transcript":[{"speaker":"customer","text":"Where is my order NW-20931?"},{"speaker":"fin","text":"It left our warehouse yesterday and arrives on Thursday."}],"external_call_id":"ac-3f6c1e2a-9b47","id":51207,"intent":[{"confidence":0.94,"name":"order_status"}],"intercom_call_id":"880412","intercom_conversation_id":"1274","status":"resolved","user_phone_number":"+4930123456"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::AiCallResponse>,
};

#[cfg(feature = "calls")]
const EXAMPLE_907: Example = Example {
    label: "collectFinVoiceCallByExternalId 404 response `error`",
    json: r#"{"errors":[{"code":"not_found","message":"External reference not found"}],"request_id":"5e155669-05a3-4813-aad1-2c4f1a1e52cf","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "calls")]
const EXAMPLE_908: Example = Example {
    label: "collectFinVoiceCallByExternalId default response `error`",
    json: r#"{"errors":[{"code":"server_error","message":"Something went wrong"}],"request_id":"5e157558-05c8-4848-ab18-2c4f1a1febe8","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "calls")]
const EXAMPLE_909: Example = Example {
    label: "collectFinVoiceCallByPhoneNumber 200 response `matched`",
    json: r#"{"app_id":6348112,"call_summary":"The customer asked about order NW-20931; Fin gave the delivery date.","call_transcript":[{"speaker":"customer","text":"Where is my order NW-20931?"},{"speaker":"fin","text":"It left our warehouse yesterday and arrives on Thursday."}],"external_call_id":"ac-3f6c1e2a-9b47","id":51207,"intent":[{"confidence":0.94,"name":"order_status"}],"intercom_call_id":"880412","intercom_conversation_id":"1274","status":"resolved","user_phone_number":"+4930123456"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::AiCallResponse>,
};

#[cfg(feature = "calls")]
const EXAMPLE_910: Example = Example {
    label: "collectFinVoiceCallByPhoneNumber 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "calls")]
const EXAMPLE_911: Example = Example {
    label: "collectFinVoiceCallByPhoneNumber 404 response `error`",
    json: r#"{"errors":[{"code":"not_found","message":"No call found for this phone number"}],"request_id":"5e159447-05ed-487d-ab5f-2c4f1a218501","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "calls")]
const EXAMPLE_912: Example = Example {
    label: "collectFinVoiceCallByPhoneNumber default response `error`",
    json: r#"{"errors":[{"code":"server_error","message":"Something went wrong"}],"request_id":"5e15b336-0612-48b2-aba6-2c4f1a231e1a","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "calls")]
const EXAMPLE_913: Example = Example {
    label: "collectFinVoiceCallsByConversationId 200 response `calls`",
    json: r#"[{"app_id":6348112,"call_summary":"The customer asked about order NW-20931; Fin gave the delivery date.","call_transcript":[{"speaker":"customer","text":"Where is my order NW-20931?"},{"speaker":"fin","text":"It left our warehouse yesterday and arrives on Thursday."}],"external_call_id":"ac-3f6c1e2a-9b47","id":51207,"intent":[{"confidence":0.94,"name":"order_status"}],"intercom_call_id":"880412","intercom_conversation_id":"1274","status":"resolved","user_phone_number":"+4930123456"}]"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<Vec<intercom_client::types::AiCallResponse>>,
};

#[cfg(feature = "calls")]
const EXAMPLE_914: Example = Example {
    label: "collectFinVoiceCallsByConversationId 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "calls")]
const EXAMPLE_915: Example = Example {
    label: "collectFinVoiceCallsByConversationId default response `error`",
    json: r#"{"errors":[{"code":"server_error","message":"Something went wrong"}],"request_id":"5e15d225-0637-48e7-abed-2c4f1a24b733","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "fin_agent")]
const EXAMPLE_916: Example = Example {
    label: "listFinCapabilities request `mara`",
    json: r#"{"user":{"attributes":{"plan":"premium"},"email":"mara@example.org","id":"u-20931","name":"Mara Lindqvist"}}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::ListFinCapabilitiesRequest>,
};

#[cfg(feature = "fin_agent")]
const EXAMPLE_917: Example = Example {
    label: "listFinCapabilities 200 response `capabilities`",
    json: r#"{"capabilities":[{"description":"Send the user's next message to an existing conversation.","endpoint":"/fin/reply","method":"POST","type":"reply"},{"description":"Get a single answer to a standalone question.","endpoint":"/fin/ask","method":"POST","type":"ask"},{"description":"Checks the order and issues a refund when it qualifies.","endpoint":"/fin/procedures/2210/run","id":"2210","method":"POST","name":"Process a refund","type":"procedure"}],"version":"Preview"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::ListFinCapabilitiesResponse>,
};

#[cfg(feature = "fin_agent")]
const EXAMPLE_918: Example = Example {
    label: "listFinCapabilities 400 response `error`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"user.id is required"}],"request_id":"5e15f114-065c-491c-ac34-2c4f1a26504c","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "fin_agent")]
const EXAMPLE_919: Example = Example {
    label: "listFinCapabilities 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "fin_agent")]
const EXAMPLE_920: Example = Example {
    label: "askFin request `warranty`",
    json: r#"{"conversation_id":"ask-5d20e7","message":{"author":"user","body":"Does the warranty on carbon frames cover crash damage?","timestamp":"2026-12-01T07:40:12.345Z"},"user":{"attributes":{"plan":"premium"},"email":"mara@example.org","id":"u-20931","name":"Mara Lindqvist"}}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::AskFinRequest>,
};

#[cfg(feature = "fin_agent")]
const EXAMPLE_921: Example = Example {
    label: "askFin 200 response `thinking`",
    json: r#"{"conversation_id":"ask-5d20e7","created_at_ms":"2026-12-01T07:40:12.512Z","sse_subscription_url":"https://api.intercom.io/fin/sse/ask-5d20e7?token=eyJhbGciOiJIUzI1NiJ9.eyJjIjoiYXNrLTVkMjBlNyJ9.sig","status":"thinking","user_id":"u-20931"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::AskFinResponse>,
};

#[cfg(feature = "fin_agent")]
const EXAMPLE_922: Example = Example {
    label: "askFin 400 response `error`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"A conversation already exists for conversation_id ask-5d20e7"}],"request_id":"5e161003-0681-4951-ac7b-2c4f1a27e965","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "fin_agent")]
const EXAMPLE_923: Example = Example {
    label: "askFin 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "fin_agent")]
const EXAMPLE_924: Example = Example {
    label: "replyToFin request `order_number`",
    json: r#"{"conversation_id":"chat-7c41d2","message":{"author":"user","body":"The order number is NW-20931.","timestamp":"2026-12-01T07:42:02.901Z"},"user":{"id":"u-20931"}}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::ReplyToFinRequest>,
};

#[cfg(feature = "fin_agent")]
const EXAMPLE_925: Example = Example {
    label: "replyToFin 200 response `replying`",
    json: r#"{"conversation_id":"chat-7c41d2","created_at_ms":"2026-12-01T07:42:03.118Z","sse_subscription_url":"https://api.intercom.io/fin/sse/chat-7c41d2?token=eyJhbGciOiJIUzI1NiJ9.eyJjIjoiY2hhdC03YzQxZDIifQ.sig","status":"replying","user_id":"u-20931"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::ReplyToFinResponse>,
};

#[cfg(feature = "fin_agent")]
const EXAMPLE_926: Example = Example {
    label: "replyToFin 400 response `error`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"message.body is required"}],"request_id":"5e162ef2-06a6-4986-acc2-2c4f1a29827e","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "fin_agent")]
const EXAMPLE_927: Example = Example {
    label: "replyToFin 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "fin_agent")]
const EXAMPLE_928: Example = Example {
    label: "runFinProcedure request `refund`",
    json: r#"{"conversation_id":"refund-0b93aa","conversation_metadata":{"attributes":{"order_number":"NW-20931"}},"message":{"author":"user","body":"I want a refund for order NW-20931.","timestamp":"2026-12-01T07:44:59.800Z"},"settings":{"email":false},"user":{"attributes":{"plan":"premium"},"email":"mara@example.org","id":"u-20931","name":"Mara Lindqvist"}}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::RunFinProcedureRequest>,
};

#[cfg(feature = "fin_agent")]
const EXAMPLE_929: Example = Example {
    label: "runFinProcedure 200 response `started`",
    json: r#"{"conversation_id":"refund-0b93aa","created_at_ms":"2026-12-01T07:45:00.020Z","errors":{"conversation":{"attributes":{"loyalty_tier":"Unknown attribute"}},"user":{"attributes":{}}},"procedure_id":"2210","sse_subscription_url":"https://api.intercom.io/fin/sse/refund-0b93aa?token=eyJhbGciOiJIUzI1NiJ9.eyJjIjoicmVmdW5kIn0.sig","status":"thinking","user_id":"u-20931"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::RunFinProcedureResponse>,
};

#[cfg(feature = "fin_agent")]
const EXAMPLE_930: Example = Example {
    label: "runFinProcedure 400 response `error`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"Procedure 2210 is not live"}],"request_id":"5e164de1-06cb-49bb-ad09-2c4f1a2b1b97","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "fin_agent")]
const EXAMPLE_931: Example = Example {
    label: "runFinProcedure 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "fin_agent")]
const EXAMPLE_932: Example = Example {
    label: "escalateFinConversation request `existing`",
    json: r#"{"context":"The customer asks for a goodwill refund beyond the policy.","conversation_id":"chat-7c41d2"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::EscalateFinConversationRequest>,
};

#[cfg(feature = "fin_agent")]
const EXAMPLE_933: Example = Example {
    label: "escalateFinConversation 200 response `escalated`",
    json: r#"{"conversation_id":"chat-7c41d2","sse_subscription_url":"https://api.intercom.io/fin/sse/chat-7c41d2?token=eyJhbGciOiJIUzI1NiJ9.eyJjIjoiZXNjIn0.sig","status":"escalated"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::EscalateFinConversationResponse>,
};

#[cfg(feature = "fin_agent")]
const EXAMPLE_934: Example = Example {
    label: "escalateFinConversation 400 response `error`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"Provide either conversation_id or user"}],"request_id":"5e166cd0-06f0-49f0-ad50-2c4f1a2cb4b0","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "fin_agent")]
const EXAMPLE_935: Example = Example {
    label: "escalateFinConversation 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "fin_agent")]
const EXAMPLE_936: Example = Example {
    label: "submitFinCsat request `good`",
    json: r#"{"conversation_id":"chat-7c41d2","rating":"good","remark":"Quick and clear answer."}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::SubmitFinCsatRequest>,
};

#[cfg(feature = "fin_agent")]
const EXAMPLE_937: Example = Example {
    label: "submitFinCsat 200 response `rated`",
    json: r#"{"conversation_id":"chat-7c41d2","rating":"good","status":"rated"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::SubmitFinCsatResponse>,
};

#[cfg(feature = "fin_agent")]
const EXAMPLE_938: Example = Example {
    label: "submitFinCsat 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "fin_agent")]
const EXAMPLE_939: Example = Example {
    label: "submitFinCsat 422 response `not_requested`",
    json: r#"{"errors":{"base":"Fin has not requested a rating for this conversation"}}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::SubmitFinCsatStatus422Response>,
};

#[cfg(feature = "fin_agent")]
const EXAMPLE_940: Example = Example {
    label: "startFinConversation request `with_history`",
    json: r#"{"conversation_id":"chat-7c41d2","conversation_metadata":{"attributes":{"channel":"web"},"history":[{"author":"agent","body":"Hi Mara, how can we help?","timestamp":"2026-12-01T07:39:50.000Z"}]},"message":{"author":"user","body":"Does the warranty on carbon frames cover crash damage?","timestamp":"2026-12-01T07:40:12.345Z"},"settings":{"email":false,"follow_up_questions":true},"user":{"attributes":{"plan":"premium"},"email":"mara@example.org","id":"u-20931","name":"Mara Lindqvist"}}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::StartFinConversationRequest>,
};

#[cfg(feature = "fin_agent")]
const EXAMPLE_941: Example = Example {
    label: "startFinConversation 200 response `started`",
    json: r#"{"conversation_id":"chat-7c41d2","created_at_ms":"2026-12-01T07:41:30.640Z","sse_subscription_url":"https://api.intercom.io/fin/sse/chat-7c41d2?token=eyJhbGciOiJIUzI1NiJ9.eyJjIjoic3RhcnQifQ.sig","status":"thinking","user_id":"u-20931"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::StartFinConversationResponse>,
};

#[cfg(feature = "fin_agent")]
const EXAMPLE_942: Example = Example {
    label: "startFinConversation 400 response `error`",
    json: r#"{"errors":[{"code":"parameter_invalid","message":"user.id is required"}],"request_id":"5e168bbf-0715-4a25-ad97-2c4f1a2e4dc9","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "fin_agent")]
const EXAMPLE_943: Example = Example {
    label: "startFinConversation 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "procedures")]
const EXAMPLE_944: Example = Example {
    label: "collectProcedureAgentInput request `approved`",
    json: r#"{"attribute_values":[{"identifier":"refund_approved","value":true},{"identifier":"refund_amount","value":"49.00"}],"step_id":"step_4b1e"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<intercom_client::types::CollectAgentInputRequest>,
};

#[cfg(feature = "procedures")]
const EXAMPLE_945: Example = Example {
    label: "collectProcedureAgentInput 200 response `resumed`",
    json: r#"{}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: None,
    check: check::<std::collections::BTreeMap<String, serde_json::Value>>,
};

#[cfg(feature = "procedures")]
const EXAMPLE_946: Example = Example {
    label: "collectProcedureAgentInput 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "procedures")]
const EXAMPLE_947: Example = Example {
    label: "collectProcedureAgentInput 403 response `error`",
    json: r#"{"errors":[{"code":"forbidden","message":"The Procedures HITL API is not enabled for this workspace"}],"request_id":"5e16aaae-073a-4a5a-adde-2c4f1a2fe6e2","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "procedures")]
const EXAMPLE_948: Example = Example {
    label: "collectProcedureAgentInput 404 response `error`",
    json: r#"{"errors":[{"code":"not_found","message":"Conversation not found"}],"request_id":"5e16c99d-075f-4a8f-ae25-2c4f1a317ffb","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "procedures")]
const EXAMPLE_949: Example = Example {
    label: "collectProcedureAgentInput 409 response `error`",
    json: r#"{"errors":[{"code":"conflict","message":"This step is no longer waiting for input"}],"request_id":"5e16e88c-0784-4ac4-ae6c-2c4f1a331914","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "visitors")]
const EXAMPLE_950: Example = Example {
    label: "retrieveVisitor 200 response `visitor`",
    json: r#"{"anonymous":true,"app_id":"k7t2qz9x","avatar":{"image_url":null,"type":"avatar"},"companies":{"companies":[],"type":"company.list"},"created_at":1767957000,"custom_attributes":{},"do_not_track":null,"email":"","has_hard_bounced":false,"id":"6790ab12c4e5f60017d2e8a1","last_request_at":1767958200,"location_data":{"city_name":"Galway","country_name":"Ireland","type":"location_data"},"marked_email_as_spam":false,"name":null,"owner_id":"7301942","phone":null,"pseudonym":"Teal Lantern from Galway","referrer":null,"remote_created_at":1767957000,"segments":{"segments":[],"type":"segment.list"},"session_count":2,"signed_up_at":1767957000,"social_profiles":{"social_profiles":[],"type":"social_profile.list"},"tags":{"tags":[],"type":"tag.list"},"type":"visitor","unsubscribed_from_emails":false,"updated_at":1767958200,"user_id":"4b9e2f70-13c8-4a5d-9e61-c07d8a2b35f4","utm_campaign":null,"utm_content":null,"utm_medium":null,"utm_source":null,"utm_term":null}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("visitor"),
    check: check::<intercom_client::types::Visitor>,
};

#[cfg(feature = "visitors")]
const EXAMPLE_951: Example = Example {
    label: "retrieveVisitor 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "visitors")]
const EXAMPLE_952: Example = Example {
    label: "retrieveVisitor 404 response `not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"Visitor Not Found"}],"request_id":"9c5f3db1-6084-4eca-97b9-cf4ea03b1528","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "visitors")]
const EXAMPLE_953: Example = Example {
    label: "deleteVisitor 200 response `deleted`",
    json: r#"{"id":"6790ab12c4e5f60017d2e8a1","type":"visitor","user_id":"4b9e2f70-13c8-4a5d-9e61-c07d8a2b35f4"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("visitor"),
    check: check::<intercom_client::types::VisitorDeletedObject>,
};

#[cfg(feature = "visitors")]
const DECODER_108: Decoder = Decoder {
    pinned: "visitor",
    name: "VisitorDeletedObject",
    rejects: rejects::<intercom_client::types::VisitorDeletedObject>,
};

#[cfg(feature = "visitors")]
const EXAMPLE_954: Example = Example {
    label: "deleteVisitor 401 response `unauthorized`",
    json: r#"{"errors":[{"code":"unauthorized","message":"The access token is invalid"}],"request_id":"6f2c0a8e-3d51-4b97-a4e6-9c1b7d08e2f5","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

#[cfg(feature = "visitors")]
const EXAMPLE_955: Example = Example {
    label: "deleteVisitor 404 response `not_found`",
    json: r#"{"errors":[{"code":"not_found","message":"Visitor Not Found"}],"request_id":"9c5f3db1-6084-4eca-97b9-cf4ea03b1528","type":"error.list"}"#,
    unknown_enum_values: &[],
    disallowed_nulls: &[],
    pinned: Some("error.list"),
    check: check::<intercom_client::types::Error>,
};

/// Every example, each behind the features of its operation.
const EXAMPLES: &[&Example] = &[
    #[cfg(feature = "admins")]
    &EXAMPLE_0,
    #[cfg(feature = "admins")]
    &EXAMPLE_1,
    #[cfg(feature = "admins")]
    &EXAMPLE_2,
    #[cfg(feature = "admins")]
    &EXAMPLE_3,
    #[cfg(feature = "admins")]
    &EXAMPLE_4,
    #[cfg(feature = "admins")]
    &EXAMPLE_5,
    #[cfg(feature = "admins")]
    &EXAMPLE_6,
    #[cfg(feature = "admins")]
    &EXAMPLE_7,
    #[cfg(feature = "admins")]
    &EXAMPLE_8,
    #[cfg(feature = "admins")]
    &EXAMPLE_9,
    #[cfg(feature = "admins")]
    &EXAMPLE_10,
    #[cfg(feature = "admins")]
    &EXAMPLE_11,
    #[cfg(feature = "admins")]
    &EXAMPLE_12,
    #[cfg(feature = "admins")]
    &EXAMPLE_13,
    #[cfg(feature = "admins")]
    &EXAMPLE_14,
    #[cfg(feature = "admins")]
    &EXAMPLE_15,
    #[cfg(feature = "admins")]
    &EXAMPLE_16,
    #[cfg(feature = "admins")]
    &EXAMPLE_17,
    #[cfg(feature = "admins")]
    &EXAMPLE_18,
    #[cfg(feature = "admins")]
    &EXAMPLE_19,
    #[cfg(feature = "admins")]
    &EXAMPLE_20,
    #[cfg(feature = "admins")]
    &EXAMPLE_21,
    #[cfg(feature = "ai_content")]
    &EXAMPLE_22,
    #[cfg(feature = "ai_content")]
    &EXAMPLE_23,
    #[cfg(feature = "ai_content")]
    &EXAMPLE_24,
    #[cfg(feature = "ai_content")]
    &EXAMPLE_25,
    #[cfg(feature = "ai_content")]
    &EXAMPLE_26,
    #[cfg(feature = "ai_content")]
    &EXAMPLE_27,
    #[cfg(feature = "ai_content")]
    &EXAMPLE_28,
    #[cfg(feature = "ai_content")]
    &EXAMPLE_29,
    #[cfg(feature = "ai_content")]
    &EXAMPLE_30,
    #[cfg(feature = "ai_content")]
    &EXAMPLE_31,
    #[cfg(feature = "ai_content")]
    &EXAMPLE_32,
    #[cfg(feature = "ai_content")]
    &EXAMPLE_33,
    #[cfg(feature = "ai_content")]
    &EXAMPLE_34,
    #[cfg(feature = "ai_content")]
    &EXAMPLE_35,
    #[cfg(feature = "ai_content")]
    &EXAMPLE_36,
    #[cfg(feature = "ai_content")]
    &EXAMPLE_37,
    #[cfg(feature = "ai_content")]
    &EXAMPLE_38,
    #[cfg(feature = "ai_content")]
    &EXAMPLE_39,
    #[cfg(feature = "ai_content")]
    &EXAMPLE_40,
    #[cfg(feature = "ai_content")]
    &EXAMPLE_41,
    #[cfg(feature = "ai_content")]
    &EXAMPLE_42,
    #[cfg(feature = "ai_content")]
    &EXAMPLE_43,
    #[cfg(feature = "ai_content")]
    &EXAMPLE_44,
    #[cfg(feature = "articles")]
    &EXAMPLE_45,
    #[cfg(feature = "articles")]
    &EXAMPLE_46,
    #[cfg(feature = "articles")]
    &EXAMPLE_47,
    #[cfg(feature = "articles")]
    &EXAMPLE_48,
    #[cfg(feature = "articles")]
    &EXAMPLE_49,
    #[cfg(feature = "articles")]
    &EXAMPLE_50,
    #[cfg(feature = "articles")]
    &EXAMPLE_51,
    #[cfg(feature = "articles")]
    &EXAMPLE_52,
    #[cfg(feature = "articles")]
    &EXAMPLE_53,
    #[cfg(feature = "articles")]
    &EXAMPLE_54,
    #[cfg(feature = "articles")]
    &EXAMPLE_55,
    #[cfg(feature = "articles")]
    &EXAMPLE_56,
    #[cfg(feature = "articles")]
    &EXAMPLE_57,
    #[cfg(feature = "articles")]
    &EXAMPLE_58,
    #[cfg(feature = "articles")]
    &EXAMPLE_59,
    #[cfg(feature = "articles")]
    &EXAMPLE_60,
    #[cfg(feature = "articles")]
    &EXAMPLE_61,
    #[cfg(feature = "articles")]
    &EXAMPLE_62,
    #[cfg(feature = "articles")]
    &EXAMPLE_63,
    #[cfg(feature = "articles")]
    &EXAMPLE_64,
    #[cfg(feature = "articles")]
    &EXAMPLE_65,
    #[cfg(feature = "articles")]
    &EXAMPLE_66,
    #[cfg(feature = "articles")]
    &EXAMPLE_67,
    #[cfg(feature = "articles")]
    &EXAMPLE_68,
    #[cfg(feature = "articles")]
    &EXAMPLE_69,
    #[cfg(feature = "articles")]
    &EXAMPLE_70,
    #[cfg(feature = "articles")]
    &EXAMPLE_71,
    #[cfg(feature = "articles")]
    &EXAMPLE_72,
    #[cfg(feature = "articles")]
    &EXAMPLE_73,
    #[cfg(feature = "articles")]
    &EXAMPLE_74,
    #[cfg(feature = "articles")]
    &EXAMPLE_75,
    #[cfg(feature = "articles")]
    &EXAMPLE_76,
    #[cfg(feature = "articles")]
    &EXAMPLE_77,
    #[cfg(feature = "articles")]
    &EXAMPLE_78,
    #[cfg(feature = "articles")]
    &EXAMPLE_79,
    #[cfg(feature = "articles")]
    &EXAMPLE_80,
    #[cfg(feature = "articles")]
    &EXAMPLE_81,
    #[cfg(feature = "articles")]
    &EXAMPLE_82,
    #[cfg(feature = "articles")]
    &EXAMPLE_83,
    #[cfg(feature = "articles")]
    &EXAMPLE_84,
    #[cfg(feature = "articles")]
    &EXAMPLE_85,
    #[cfg(feature = "articles")]
    &EXAMPLE_86,
    #[cfg(feature = "articles")]
    &EXAMPLE_87,
    #[cfg(feature = "articles")]
    &EXAMPLE_88,
    #[cfg(feature = "articles")]
    &EXAMPLE_89,
    #[cfg(feature = "articles")]
    &EXAMPLE_90,
    #[cfg(feature = "articles")]
    &EXAMPLE_91,
    #[cfg(feature = "articles")]
    &EXAMPLE_92,
    #[cfg(feature = "articles")]
    &EXAMPLE_93,
    #[cfg(feature = "articles")]
    &EXAMPLE_94,
    #[cfg(feature = "articles")]
    &EXAMPLE_95,
    #[cfg(feature = "articles")]
    &EXAMPLE_96,
    #[cfg(feature = "articles")]
    &EXAMPLE_97,
    #[cfg(feature = "articles")]
    &EXAMPLE_98,
    #[cfg(feature = "articles")]
    &EXAMPLE_99,
    #[cfg(feature = "articles")]
    &EXAMPLE_100,
    #[cfg(feature = "articles")]
    &EXAMPLE_101,
    #[cfg(feature = "away_status_reasons")]
    &EXAMPLE_102,
    #[cfg(feature = "away_status_reasons")]
    &EXAMPLE_103,
    #[cfg(feature = "audiences")]
    &EXAMPLE_104,
    #[cfg(feature = "audiences")]
    &EXAMPLE_105,
    #[cfg(feature = "audiences")]
    &EXAMPLE_106,
    #[cfg(feature = "audiences")]
    &EXAMPLE_107,
    #[cfg(feature = "audiences")]
    &EXAMPLE_108,
    #[cfg(feature = "audiences")]
    &EXAMPLE_109,
    #[cfg(feature = "audiences")]
    &EXAMPLE_110,
    #[cfg(feature = "audiences")]
    &EXAMPLE_111,
    #[cfg(feature = "audiences")]
    &EXAMPLE_112,
    #[cfg(feature = "audiences")]
    &EXAMPLE_113,
    #[cfg(feature = "audiences")]
    &EXAMPLE_114,
    #[cfg(feature = "audiences")]
    &EXAMPLE_115,
    #[cfg(feature = "audiences")]
    &EXAMPLE_116,
    #[cfg(feature = "audiences")]
    &EXAMPLE_117,
    #[cfg(feature = "audiences")]
    &EXAMPLE_118,
    #[cfg(feature = "audiences")]
    &EXAMPLE_119,
    #[cfg(feature = "office_hours")]
    &EXAMPLE_120,
    #[cfg(feature = "office_hours")]
    &EXAMPLE_121,
    #[cfg(feature = "office_hours")]
    &EXAMPLE_122,
    #[cfg(feature = "office_hours")]
    &EXAMPLE_123,
    #[cfg(feature = "office_hours")]
    &EXAMPLE_124,
    #[cfg(feature = "office_hours")]
    &EXAMPLE_125,
    #[cfg(feature = "office_hours")]
    &EXAMPLE_126,
    #[cfg(feature = "office_hours")]
    &EXAMPLE_127,
    #[cfg(feature = "office_hours")]
    &EXAMPLE_128,
    #[cfg(feature = "office_hours")]
    &EXAMPLE_129,
    #[cfg(feature = "office_hours")]
    &EXAMPLE_130,
    #[cfg(feature = "office_hours")]
    &EXAMPLE_131,
    #[cfg(feature = "office_hours")]
    &EXAMPLE_132,
    #[cfg(feature = "office_hours")]
    &EXAMPLE_133,
    #[cfg(feature = "office_hours")]
    &EXAMPLE_134,
    #[cfg(feature = "office_hours")]
    &EXAMPLE_135,
    #[cfg(feature = "office_hours")]
    &EXAMPLE_136,
    #[cfg(feature = "office_hours")]
    &EXAMPLE_137,
    #[cfg(feature = "office_hours")]
    &EXAMPLE_138,
    #[cfg(feature = "office_hours")]
    &EXAMPLE_139,
    #[cfg(feature = "office_hours")]
    &EXAMPLE_140,
    #[cfg(feature = "office_hours")]
    &EXAMPLE_141,
    #[cfg(feature = "office_hours")]
    &EXAMPLE_142,
    #[cfg(feature = "office_hours")]
    &EXAMPLE_143,
    #[cfg(feature = "office_hours")]
    &EXAMPLE_144,
    #[cfg(feature = "office_hours")]
    &EXAMPLE_145,
    #[cfg(feature = "office_hours")]
    &EXAMPLE_146,
    #[cfg(feature = "office_hours")]
    &EXAMPLE_147,
    #[cfg(feature = "office_hours")]
    &EXAMPLE_148,
    #[cfg(feature = "office_hours")]
    &EXAMPLE_149,
    #[cfg(feature = "office_hours")]
    &EXAMPLE_150,
    #[cfg(feature = "office_hours")]
    &EXAMPLE_151,
    #[cfg(feature = "office_hours")]
    &EXAMPLE_152,
    #[cfg(feature = "office_hours")]
    &EXAMPLE_153,
    #[cfg(feature = "office_hours")]
    &EXAMPLE_154,
    #[cfg(feature = "office_hours")]
    &EXAMPLE_155,
    #[cfg(feature = "office_hours")]
    &EXAMPLE_156,
    #[cfg(feature = "office_hours")]
    &EXAMPLE_157,
    #[cfg(feature = "office_hours")]
    &EXAMPLE_158,
    #[cfg(feature = "office_hours")]
    &EXAMPLE_159,
    #[cfg(feature = "office_hours")]
    &EXAMPLE_160,
    #[cfg(feature = "office_hours")]
    &EXAMPLE_161,
    #[cfg(feature = "office_hours")]
    &EXAMPLE_162,
    #[cfg(feature = "office_hours")]
    &EXAMPLE_163,
    #[cfg(feature = "reporting_data_export")]
    &EXAMPLE_164,
    #[cfg(feature = "reporting_data_export")]
    &EXAMPLE_165,
    #[cfg(feature = "reporting_data_export")]
    &EXAMPLE_166,
    #[cfg(feature = "reporting_data_export")]
    &EXAMPLE_167,
    #[cfg(feature = "reporting_data_export")]
    &EXAMPLE_168,
    #[cfg(feature = "reporting_data_export")]
    &EXAMPLE_169,
    #[cfg(feature = "reporting_data_export")]
    &EXAMPLE_170,
    #[cfg(feature = "reporting_data_export")]
    &EXAMPLE_171,
    #[cfg(feature = "reporting_data_export")]
    &EXAMPLE_172,
    #[cfg(feature = "reporting_data_export")]
    &EXAMPLE_173,
    #[cfg(feature = "reporting_data_export")]
    &EXAMPLE_174,
    #[cfg(feature = "reporting_data_export")]
    &EXAMPLE_175,
    #[cfg(feature = "reporting_data_export")]
    &EXAMPLE_176,
    #[cfg(feature = "reporting_data_export")]
    &EXAMPLE_177,
    #[cfg(feature = "help_center")]
    &EXAMPLE_178,
    #[cfg(feature = "help_center")]
    &EXAMPLE_179,
    #[cfg(feature = "help_center")]
    &EXAMPLE_180,
    #[cfg(feature = "help_center")]
    &EXAMPLE_181,
    #[cfg(feature = "help_center")]
    &EXAMPLE_182,
    #[cfg(feature = "help_center")]
    &EXAMPLE_183,
    #[cfg(feature = "help_center")]
    &EXAMPLE_184,
    #[cfg(feature = "help_center")]
    &EXAMPLE_185,
    #[cfg(feature = "help_center")]
    &EXAMPLE_186,
    #[cfg(feature = "help_center")]
    &EXAMPLE_187,
    #[cfg(feature = "help_center")]
    &EXAMPLE_188,
    #[cfg(feature = "help_center")]
    &EXAMPLE_189,
    #[cfg(feature = "help_center")]
    &EXAMPLE_190,
    #[cfg(feature = "help_center")]
    &EXAMPLE_191,
    #[cfg(feature = "help_center")]
    &EXAMPLE_192,
    #[cfg(feature = "help_center")]
    &EXAMPLE_193,
    #[cfg(feature = "help_center")]
    &EXAMPLE_194,
    #[cfg(feature = "help_center")]
    &EXAMPLE_195,
    #[cfg(feature = "help_center")]
    &EXAMPLE_196,
    #[cfg(feature = "help_center")]
    &EXAMPLE_197,
    #[cfg(feature = "help_center")]
    &EXAMPLE_198,
    #[cfg(feature = "help_center")]
    &EXAMPLE_199,
    #[cfg(feature = "help_center")]
    &EXAMPLE_200,
    #[cfg(feature = "help_center")]
    &EXAMPLE_201,
    #[cfg(feature = "help_center")]
    &EXAMPLE_202,
    #[cfg(feature = "help_center")]
    &EXAMPLE_203,
    #[cfg(feature = "help_center")]
    &EXAMPLE_204,
    #[cfg(feature = "help_center")]
    &EXAMPLE_205,
    #[cfg(feature = "help_center")]
    &EXAMPLE_206,
    #[cfg(feature = "help_center")]
    &EXAMPLE_207,
    #[cfg(feature = "help_center")]
    &EXAMPLE_208,
    #[cfg(feature = "help_center")]
    &EXAMPLE_209,
    #[cfg(feature = "help_center")]
    &EXAMPLE_210,
    #[cfg(feature = "help_center")]
    &EXAMPLE_211,
    #[cfg(feature = "help_center")]
    &EXAMPLE_212,
    #[cfg(feature = "help_center")]
    &EXAMPLE_213,
    #[cfg(feature = "help_center")]
    &EXAMPLE_214,
    #[cfg(feature = "internal_articles")]
    &EXAMPLE_215,
    #[cfg(feature = "internal_articles")]
    &EXAMPLE_216,
    #[cfg(feature = "internal_articles")]
    &EXAMPLE_217,
    #[cfg(feature = "internal_articles")]
    &EXAMPLE_218,
    #[cfg(feature = "internal_articles")]
    &EXAMPLE_219,
    #[cfg(feature = "internal_articles")]
    &EXAMPLE_220,
    #[cfg(feature = "internal_articles")]
    &EXAMPLE_221,
    #[cfg(feature = "internal_articles")]
    &EXAMPLE_222,
    #[cfg(feature = "internal_articles")]
    &EXAMPLE_223,
    #[cfg(feature = "internal_articles")]
    &EXAMPLE_224,
    #[cfg(feature = "internal_articles")]
    &EXAMPLE_225,
    #[cfg(feature = "internal_articles")]
    &EXAMPLE_226,
    #[cfg(feature = "internal_articles")]
    &EXAMPLE_227,
    #[cfg(feature = "internal_articles")]
    &EXAMPLE_228,
    #[cfg(feature = "internal_articles")]
    &EXAMPLE_229,
    #[cfg(feature = "internal_articles")]
    &EXAMPLE_230,
    #[cfg(feature = "internal_articles")]
    &EXAMPLE_231,
    #[cfg(feature = "internal_articles")]
    &EXAMPLE_232,
    #[cfg(feature = "internal_articles")]
    &EXAMPLE_233,
    #[cfg(feature = "internal_articles")]
    &EXAMPLE_234,
    #[cfg(feature = "internal_articles")]
    &EXAMPLE_235,
    #[cfg(feature = "internal_articles")]
    &EXAMPLE_236,
    #[cfg(feature = "internal_articles")]
    &EXAMPLE_237,
    #[cfg(feature = "internal_articles")]
    &EXAMPLE_238,
    #[cfg(feature = "internal_articles")]
    &EXAMPLE_239,
    #[cfg(feature = "internal_articles")]
    &EXAMPLE_240,
    #[cfg(feature = "internal_articles")]
    &EXAMPLE_241,
    #[cfg(feature = "internal_articles")]
    &EXAMPLE_242,
    #[cfg(feature = "folders")]
    &EXAMPLE_243,
    #[cfg(feature = "folders")]
    &EXAMPLE_244,
    #[cfg(feature = "folders")]
    &EXAMPLE_245,
    #[cfg(feature = "folders")]
    &EXAMPLE_246,
    #[cfg(feature = "folders")]
    &EXAMPLE_247,
    #[cfg(feature = "folders")]
    &EXAMPLE_248,
    #[cfg(feature = "folders")]
    &EXAMPLE_249,
    #[cfg(feature = "folders")]
    &EXAMPLE_250,
    #[cfg(feature = "folders")]
    &EXAMPLE_251,
    #[cfg(feature = "folders")]
    &EXAMPLE_252,
    #[cfg(feature = "folders")]
    &EXAMPLE_253,
    #[cfg(feature = "folders")]
    &EXAMPLE_254,
    #[cfg(feature = "folders")]
    &EXAMPLE_255,
    #[cfg(feature = "folders")]
    &EXAMPLE_256,
    #[cfg(feature = "folders")]
    &EXAMPLE_257,
    #[cfg(feature = "folders")]
    &EXAMPLE_258,
    #[cfg(feature = "folders")]
    &EXAMPLE_259,
    #[cfg(feature = "folders")]
    &EXAMPLE_260,
    #[cfg(feature = "companies")]
    &EXAMPLE_261,
    #[cfg(feature = "companies")]
    &EXAMPLE_262,
    #[cfg(feature = "companies")]
    &EXAMPLE_263,
    #[cfg(feature = "companies")]
    &EXAMPLE_264,
    #[cfg(feature = "companies")]
    &EXAMPLE_265,
    #[cfg(feature = "companies")]
    &EXAMPLE_266,
    #[cfg(feature = "companies")]
    &EXAMPLE_267,
    #[cfg(feature = "companies")]
    &EXAMPLE_268,
    #[cfg(feature = "companies")]
    &EXAMPLE_269,
    #[cfg(feature = "companies")]
    &EXAMPLE_270,
    #[cfg(feature = "companies")]
    &EXAMPLE_271,
    #[cfg(feature = "companies")]
    &EXAMPLE_272,
    #[cfg(feature = "companies")]
    &EXAMPLE_273,
    #[cfg(feature = "companies")]
    &EXAMPLE_274,
    #[cfg(feature = "companies")]
    &EXAMPLE_275,
    #[cfg(feature = "companies")]
    &EXAMPLE_276,
    #[cfg(feature = "companies")]
    &EXAMPLE_277,
    #[cfg(feature = "companies")]
    &EXAMPLE_278,
    #[cfg(feature = "companies")]
    &EXAMPLE_279,
    #[cfg(feature = "companies")]
    &EXAMPLE_280,
    #[cfg(feature = "companies")]
    &EXAMPLE_281,
    #[cfg(feature = "companies")]
    &EXAMPLE_282,
    #[cfg(feature = "notes")]
    &EXAMPLE_283,
    #[cfg(feature = "notes")]
    &EXAMPLE_284,
    #[cfg(feature = "notes")]
    &EXAMPLE_285,
    #[cfg(feature = "notes")]
    &EXAMPLE_286,
    #[cfg(feature = "notes")]
    &EXAMPLE_287,
    #[cfg(feature = "notes")]
    &EXAMPLE_288,
    #[cfg(feature = "companies")]
    &EXAMPLE_289,
    #[cfg(feature = "companies")]
    &EXAMPLE_290,
    #[cfg(feature = "companies")]
    &EXAMPLE_291,
    #[cfg(feature = "companies")]
    &EXAMPLE_292,
    #[cfg(feature = "companies")]
    &EXAMPLE_293,
    #[cfg(feature = "companies")]
    &EXAMPLE_294,
    #[cfg(feature = "companies")]
    &EXAMPLE_295,
    #[cfg(feature = "companies")]
    &EXAMPLE_296,
    #[cfg(feature = "contacts")]
    &EXAMPLE_297,
    #[cfg(feature = "contacts")]
    &EXAMPLE_298,
    #[cfg(feature = "contacts")]
    &EXAMPLE_299,
    #[cfg(feature = "companies")]
    &EXAMPLE_300,
    #[cfg(feature = "companies")]
    &EXAMPLE_301,
    #[cfg(feature = "companies")]
    &EXAMPLE_302,
    #[cfg(feature = "companies")]
    &EXAMPLE_303,
    #[cfg(feature = "companies")]
    &EXAMPLE_304,
    #[cfg(feature = "companies")]
    &EXAMPLE_305,
    #[cfg(feature = "companies")]
    &EXAMPLE_306,
    #[cfg(feature = "companies")]
    &EXAMPLE_307,
    #[cfg(feature = "companies")]
    &EXAMPLE_308,
    #[cfg(feature = "companies")]
    &EXAMPLE_309,
    #[cfg(feature = "companies")]
    &EXAMPLE_310,
    #[cfg(feature = "companies")]
    &EXAMPLE_311,
    #[cfg(feature = "companies")]
    &EXAMPLE_312,
    #[cfg(feature = "companies")]
    &EXAMPLE_313,
    #[cfg(feature = "companies")]
    &EXAMPLE_314,
    #[cfg(feature = "companies")]
    &EXAMPLE_315,
    #[cfg(feature = "companies")]
    &EXAMPLE_316,
    #[cfg(feature = "companies")]
    &EXAMPLE_317,
    #[cfg(feature = "companies")]
    &EXAMPLE_318,
    #[cfg(feature = "companies")]
    &EXAMPLE_319,
    #[cfg(feature = "companies")]
    &EXAMPLE_320,
    #[cfg(feature = "companies")]
    &EXAMPLE_321,
    #[cfg(feature = "companies")]
    &EXAMPLE_322,
    #[cfg(feature = "companies")]
    &EXAMPLE_323,
    #[cfg(feature = "companies")]
    &EXAMPLE_324,
    #[cfg(feature = "companies")]
    &EXAMPLE_325,
    #[cfg(feature = "companies")]
    &EXAMPLE_326,
    #[cfg(feature = "companies")]
    &EXAMPLE_327,
    #[cfg(feature = "notes")]
    &EXAMPLE_328,
    #[cfg(feature = "notes")]
    &EXAMPLE_329,
    #[cfg(feature = "notes")]
    &EXAMPLE_330,
    #[cfg(feature = "notes")]
    &EXAMPLE_331,
    #[cfg(feature = "notes")]
    &EXAMPLE_332,
    #[cfg(feature = "contacts")]
    &EXAMPLE_333,
    #[cfg(feature = "contacts")]
    &EXAMPLE_334,
    #[cfg(feature = "contacts")]
    &EXAMPLE_335,
    #[cfg(feature = "contacts")]
    &EXAMPLE_336,
    #[cfg(feature = "contacts")]
    &EXAMPLE_337,
    #[cfg(feature = "contacts")]
    &EXAMPLE_338,
    #[cfg(feature = "subscription_types")]
    &EXAMPLE_339,
    #[cfg(feature = "subscription_types")]
    &EXAMPLE_340,
    #[cfg(feature = "subscription_types")]
    &EXAMPLE_341,
    #[cfg(feature = "subscription_types")]
    &EXAMPLE_342,
    #[cfg(feature = "subscription_types")]
    &EXAMPLE_343,
    #[cfg(feature = "subscription_types")]
    &EXAMPLE_344,
    #[cfg(feature = "subscription_types")]
    &EXAMPLE_345,
    #[cfg(feature = "contacts")]
    &EXAMPLE_346,
    #[cfg(feature = "contacts")]
    &EXAMPLE_347,
    #[cfg(feature = "contacts")]
    &EXAMPLE_348,
    #[cfg(feature = "tags")]
    &EXAMPLE_349,
    #[cfg(feature = "tags")]
    &EXAMPLE_350,
    #[cfg(feature = "tags")]
    &EXAMPLE_351,
    #[cfg(feature = "tags")]
    &EXAMPLE_352,
    #[cfg(feature = "tags")]
    &EXAMPLE_353,
    #[cfg(feature = "tags")]
    &EXAMPLE_354,
    #[cfg(feature = "tags")]
    &EXAMPLE_355,
    #[cfg(feature = "contacts")]
    &EXAMPLE_356,
    #[cfg(feature = "contacts")]
    &EXAMPLE_357,
    #[cfg(feature = "contacts")]
    &EXAMPLE_358,
    #[cfg(feature = "contacts")]
    &EXAMPLE_359,
    #[cfg(feature = "contacts")]
    &EXAMPLE_360,
    #[cfg(feature = "contacts")]
    &EXAMPLE_361,
    #[cfg(feature = "contacts")]
    &EXAMPLE_362,
    #[cfg(feature = "contacts")]
    &EXAMPLE_363,
    #[cfg(feature = "contacts")]
    &EXAMPLE_364,
    #[cfg(feature = "contacts")]
    &EXAMPLE_365,
    #[cfg(feature = "contacts")]
    &EXAMPLE_366,
    #[cfg(feature = "contacts")]
    &EXAMPLE_367,
    #[cfg(feature = "contacts")]
    &EXAMPLE_368,
    #[cfg(feature = "contacts")]
    &EXAMPLE_369,
    #[cfg(feature = "contacts")]
    &EXAMPLE_370,
    #[cfg(feature = "contacts")]
    &EXAMPLE_371,
    #[cfg(feature = "contacts")]
    &EXAMPLE_372,
    #[cfg(feature = "contacts")]
    &EXAMPLE_373,
    #[cfg(feature = "contacts")]
    &EXAMPLE_374,
    #[cfg(feature = "contacts")]
    &EXAMPLE_375,
    #[cfg(feature = "contacts")]
    &EXAMPLE_376,
    #[cfg(feature = "contacts")]
    &EXAMPLE_377,
    #[cfg(feature = "contacts")]
    &EXAMPLE_378,
    #[cfg(feature = "contacts")]
    &EXAMPLE_379,
    #[cfg(feature = "contacts")]
    &EXAMPLE_380,
    #[cfg(feature = "contacts")]
    &EXAMPLE_381,
    #[cfg(feature = "contacts")]
    &EXAMPLE_382,
    #[cfg(feature = "contacts")]
    &EXAMPLE_383,
    #[cfg(feature = "contacts")]
    &EXAMPLE_384,
    #[cfg(feature = "contacts")]
    &EXAMPLE_385,
    #[cfg(feature = "contacts")]
    &EXAMPLE_386,
    #[cfg(feature = "contacts")]
    &EXAMPLE_387,
    #[cfg(feature = "contacts")]
    &EXAMPLE_388,
    #[cfg(feature = "contacts")]
    &EXAMPLE_389,
    #[cfg(feature = "contacts")]
    &EXAMPLE_390,
    #[cfg(feature = "contacts")]
    &EXAMPLE_391,
    #[cfg(feature = "contacts")]
    &EXAMPLE_392,
    #[cfg(feature = "contacts")]
    &EXAMPLE_393,
    #[cfg(feature = "contacts")]
    &EXAMPLE_394,
    #[cfg(feature = "contacts")]
    &EXAMPLE_395,
    #[cfg(feature = "contacts")]
    &EXAMPLE_396,
    #[cfg(feature = "banners")]
    &EXAMPLE_397,
    #[cfg(feature = "banners")]
    &EXAMPLE_398,
    #[cfg(feature = "banners")]
    &EXAMPLE_399,
    #[cfg(feature = "banners")]
    &EXAMPLE_400,
    #[cfg(feature = "contacts")]
    &EXAMPLE_401,
    #[cfg(feature = "contacts")]
    &EXAMPLE_402,
    #[cfg(feature = "contacts")]
    &EXAMPLE_403,
    #[cfg(feature = "contacts")]
    &EXAMPLE_404,
    #[cfg(feature = "contacts")]
    &EXAMPLE_405,
    #[cfg(feature = "contacts")]
    &EXAMPLE_406,
    #[cfg(feature = "contacts")]
    &EXAMPLE_407,
    #[cfg(feature = "contacts")]
    &EXAMPLE_408,
    #[cfg(feature = "contacts")]
    &EXAMPLE_409,
    #[cfg(feature = "contacts")]
    &EXAMPLE_410,
    #[cfg(feature = "contacts")]
    &EXAMPLE_411,
    #[cfg(feature = "contacts")]
    &EXAMPLE_412,
    #[cfg(feature = "contacts")]
    &EXAMPLE_413,
    #[cfg(feature = "contacts")]
    &EXAMPLE_414,
    #[cfg(feature = "contacts")]
    &EXAMPLE_415,
    #[cfg(feature = "contacts")]
    &EXAMPLE_416,
    #[cfg(feature = "contacts")]
    &EXAMPLE_417,
    #[cfg(feature = "contacts")]
    &EXAMPLE_418,
    #[cfg(feature = "contacts")]
    &EXAMPLE_419,
    #[cfg(feature = "contacts")]
    &EXAMPLE_420,
    #[cfg(feature = "content")]
    &EXAMPLE_421,
    #[cfg(feature = "content")]
    &EXAMPLE_422,
    #[cfg(feature = "content")]
    &EXAMPLE_423,
    #[cfg(feature = "content")]
    &EXAMPLE_424,
    #[cfg(feature = "content")]
    &EXAMPLE_425,
    #[cfg(feature = "content")]
    &EXAMPLE_426,
    #[cfg(feature = "content")]
    &EXAMPLE_427,
    #[cfg(feature = "content")]
    &EXAMPLE_428,
    #[cfg(feature = "content_snippets")]
    &EXAMPLE_429,
    #[cfg(feature = "content_snippets")]
    &EXAMPLE_430,
    #[cfg(feature = "content_snippets")]
    &EXAMPLE_431,
    #[cfg(feature = "content_snippets")]
    &EXAMPLE_432,
    #[cfg(feature = "content_snippets")]
    &EXAMPLE_433,
    #[cfg(feature = "content_snippets")]
    &EXAMPLE_434,
    #[cfg(feature = "content_snippets")]
    &EXAMPLE_435,
    #[cfg(feature = "content_snippets")]
    &EXAMPLE_436,
    #[cfg(feature = "content_snippets")]
    &EXAMPLE_437,
    #[cfg(feature = "content_snippets")]
    &EXAMPLE_438,
    #[cfg(feature = "content_snippets")]
    &EXAMPLE_439,
    #[cfg(feature = "content_snippets")]
    &EXAMPLE_440,
    #[cfg(feature = "content_snippets")]
    &EXAMPLE_441,
    #[cfg(feature = "content_snippets")]
    &EXAMPLE_442,
    #[cfg(feature = "content_snippets")]
    &EXAMPLE_443,
    #[cfg(feature = "content_snippets")]
    &EXAMPLE_444,
    #[cfg(feature = "content_snippets")]
    &EXAMPLE_445,
    #[cfg(feature = "content_snippets")]
    &EXAMPLE_446,
    #[cfg(feature = "content_snippets")]
    &EXAMPLE_447,
    #[cfg(feature = "content_snippets")]
    &EXAMPLE_448,
    #[cfg(feature = "content_snippets")]
    &EXAMPLE_449,
    #[cfg(feature = "content_snippets")]
    &EXAMPLE_450,
    #[cfg(feature = "content_snippets")]
    &EXAMPLE_451,
    #[cfg(feature = "content_snippets")]
    &EXAMPLE_452,
    #[cfg(feature = "content_snippets")]
    &EXAMPLE_453,
    #[cfg(feature = "content_snippets")]
    &EXAMPLE_454,
    #[cfg(feature = "content_snippets")]
    &EXAMPLE_455,
    #[cfg(feature = "tags")]
    &EXAMPLE_456,
    #[cfg(feature = "tags")]
    &EXAMPLE_457,
    #[cfg(feature = "tags")]
    &EXAMPLE_458,
    #[cfg(feature = "tags")]
    &EXAMPLE_459,
    #[cfg(feature = "tags")]
    &EXAMPLE_460,
    #[cfg(feature = "tags")]
    &EXAMPLE_461,
    #[cfg(feature = "tags")]
    &EXAMPLE_462,
    #[cfg(feature = "tags")]
    &EXAMPLE_463,
    #[cfg(feature = "conversations")]
    &EXAMPLE_464,
    #[cfg(feature = "conversations")]
    &EXAMPLE_465,
    #[cfg(feature = "conversations")]
    &EXAMPLE_466,
    #[cfg(feature = "conversations")]
    &EXAMPLE_467,
    #[cfg(feature = "conversations")]
    &EXAMPLE_468,
    #[cfg(feature = "conversations")]
    &EXAMPLE_469,
    #[cfg(feature = "conversations")]
    &EXAMPLE_470,
    #[cfg(feature = "conversations")]
    &EXAMPLE_471,
    #[cfg(feature = "conversations")]
    &EXAMPLE_472,
    #[cfg(feature = "conversations")]
    &EXAMPLE_473,
    #[cfg(feature = "conversations")]
    &EXAMPLE_474,
    #[cfg(feature = "conversations")]
    &EXAMPLE_475,
    #[cfg(feature = "conversations")]
    &EXAMPLE_476,
    #[cfg(feature = "conversations")]
    &EXAMPLE_477,
    #[cfg(feature = "conversations")]
    &EXAMPLE_478,
    #[cfg(feature = "conversations")]
    &EXAMPLE_479,
    #[cfg(feature = "conversations")]
    &EXAMPLE_480,
    #[cfg(feature = "conversations")]
    &EXAMPLE_481,
    #[cfg(feature = "conversations")]
    &EXAMPLE_482,
    #[cfg(feature = "conversations")]
    &EXAMPLE_483,
    #[cfg(feature = "conversations")]
    &EXAMPLE_484,
    #[cfg(feature = "conversations")]
    &EXAMPLE_485,
    #[cfg(feature = "conversations")]
    &EXAMPLE_486,
    #[cfg(feature = "conversations")]
    &EXAMPLE_487,
    #[cfg(feature = "conversations")]
    &EXAMPLE_488,
    #[cfg(feature = "conversations")]
    &EXAMPLE_489,
    #[cfg(feature = "conversations")]
    &EXAMPLE_490,
    #[cfg(feature = "conversations")]
    &EXAMPLE_491,
    #[cfg(feature = "conversations")]
    &EXAMPLE_492,
    #[cfg(feature = "conversations")]
    &EXAMPLE_493,
    #[cfg(feature = "conversations")]
    &EXAMPLE_494,
    #[cfg(feature = "conversations")]
    &EXAMPLE_495,
    #[cfg(feature = "conversations")]
    &EXAMPLE_496,
    #[cfg(feature = "conversations")]
    &EXAMPLE_497,
    #[cfg(feature = "conversations")]
    &EXAMPLE_498,
    #[cfg(feature = "conversations")]
    &EXAMPLE_499,
    #[cfg(feature = "conversations")]
    &EXAMPLE_500,
    #[cfg(feature = "conversations")]
    &EXAMPLE_501,
    #[cfg(feature = "conversations")]
    &EXAMPLE_502,
    #[cfg(feature = "conversations")]
    &EXAMPLE_503,
    #[cfg(feature = "conversations")]
    &EXAMPLE_504,
    #[cfg(feature = "conversation_parts")]
    &EXAMPLE_505,
    #[cfg(feature = "conversation_parts")]
    &EXAMPLE_506,
    #[cfg(feature = "conversation_parts")]
    &EXAMPLE_507,
    #[cfg(feature = "conversation_parts")]
    &EXAMPLE_508,
    #[cfg(feature = "conversation_parts")]
    &EXAMPLE_509,
    #[cfg(feature = "conversation_participants")]
    &EXAMPLE_510,
    #[cfg(feature = "conversation_participants")]
    &EXAMPLE_511,
    #[cfg(feature = "conversation_participants")]
    &EXAMPLE_512,
    #[cfg(feature = "conversation_participants")]
    &EXAMPLE_513,
    #[cfg(feature = "conversation_participants")]
    &EXAMPLE_514,
    #[cfg(feature = "conversation_participants")]
    &EXAMPLE_515,
    #[cfg(feature = "conversation_participants")]
    &EXAMPLE_516,
    #[cfg(feature = "conversation_participants")]
    &EXAMPLE_517,
    #[cfg(feature = "conversation_participants")]
    &EXAMPLE_518,
    #[cfg(feature = "conversation_participants")]
    &EXAMPLE_519,
    #[cfg(feature = "conversation_participants")]
    &EXAMPLE_520,
    #[cfg(feature = "conversations")]
    &EXAMPLE_521,
    #[cfg(feature = "conversations")]
    &EXAMPLE_522,
    #[cfg(feature = "conversations")]
    &EXAMPLE_523,
    #[cfg(feature = "conversations")]
    &EXAMPLE_524,
    #[cfg(feature = "conversations")]
    &EXAMPLE_525,
    #[cfg(feature = "conversations")]
    &EXAMPLE_526,
    #[cfg(feature = "conversation_parts")]
    &EXAMPLE_527,
    #[cfg(feature = "conversation_parts")]
    &EXAMPLE_528,
    #[cfg(feature = "conversation_parts")]
    &EXAMPLE_529,
    #[cfg(feature = "conversation_parts")]
    &EXAMPLE_530,
    #[cfg(feature = "conversation_parts")]
    &EXAMPLE_531,
    #[cfg(feature = "conversation_parts")]
    &EXAMPLE_532,
    #[cfg(feature = "conversations")]
    &EXAMPLE_533,
    #[cfg(feature = "conversations")]
    &EXAMPLE_534,
    #[cfg(feature = "conversations")]
    &EXAMPLE_535,
    #[cfg(feature = "conversations")]
    &EXAMPLE_536,
    #[cfg(feature = "conversations")]
    &EXAMPLE_537,
    #[cfg(feature = "conversations")]
    &EXAMPLE_538,
    #[cfg(feature = "conversations")]
    &EXAMPLE_539,
    #[cfg(feature = "conversations")]
    &EXAMPLE_540,
    #[cfg(feature = "conversations")]
    &EXAMPLE_541,
    #[cfg(feature = "conversations")]
    &EXAMPLE_542,
    #[cfg(feature = "conversations")]
    &EXAMPLE_543,
    #[cfg(feature = "conversations")]
    &EXAMPLE_544,
    #[cfg(feature = "conversations")]
    &EXAMPLE_545,
    #[cfg(feature = "conversations")]
    &EXAMPLE_546,
    #[cfg(feature = "conversations_attributes")]
    &EXAMPLE_547,
    #[cfg(feature = "conversations_attributes")]
    &EXAMPLE_548,
    #[cfg(feature = "conversations_attributes")]
    &EXAMPLE_549,
    #[cfg(feature = "conversations_attributes")]
    &EXAMPLE_550,
    #[cfg(feature = "conversations_attributes")]
    &EXAMPLE_551,
    #[cfg(feature = "conversations_attributes")]
    &EXAMPLE_552,
    #[cfg(feature = "conversations_attributes")]
    &EXAMPLE_553,
    #[cfg(feature = "conversations_attributes")]
    &EXAMPLE_554,
    #[cfg(feature = "conversations_attributes")]
    &EXAMPLE_555,
    #[cfg(feature = "conversations_attributes")]
    &EXAMPLE_556,
    #[cfg(feature = "conversations_attributes")]
    &EXAMPLE_557,
    #[cfg(feature = "conversations_attributes")]
    &EXAMPLE_558,
    #[cfg(feature = "conversations_attributes")]
    &EXAMPLE_559,
    #[cfg(feature = "conversations_attributes")]
    &EXAMPLE_560,
    #[cfg(feature = "conversations_attributes")]
    &EXAMPLE_561,
    #[cfg(feature = "conversations_attributes")]
    &EXAMPLE_562,
    #[cfg(feature = "conversations_attributes")]
    &EXAMPLE_563,
    #[cfg(feature = "conversations_attributes")]
    &EXAMPLE_564,
    #[cfg(feature = "conversations_attributes")]
    &EXAMPLE_565,
    #[cfg(feature = "conversations_attributes")]
    &EXAMPLE_566,
    #[cfg(feature = "conversations_attributes")]
    &EXAMPLE_567,
    #[cfg(feature = "conversations_attributes")]
    &EXAMPLE_568,
    #[cfg(feature = "conversations_attributes")]
    &EXAMPLE_569,
    #[cfg(feature = "conversations_attributes")]
    &EXAMPLE_570,
    #[cfg(feature = "conversations_attributes")]
    &EXAMPLE_571,
    #[cfg(feature = "conversations_attributes")]
    &EXAMPLE_572,
    #[cfg(feature = "conversations_attributes")]
    &EXAMPLE_573,
    #[cfg(feature = "conversations_attributes")]
    &EXAMPLE_574,
    #[cfg(feature = "conversations_attributes")]
    &EXAMPLE_575,
    #[cfg(feature = "conversations_attributes")]
    &EXAMPLE_576,
    #[cfg(feature = "conversations_attributes")]
    &EXAMPLE_577,
    #[cfg(feature = "custom_object_instances")]
    &EXAMPLE_578,
    #[cfg(feature = "custom_object_instances")]
    &EXAMPLE_579,
    #[cfg(feature = "custom_object_instances")]
    &EXAMPLE_580,
    #[cfg(feature = "custom_object_instances")]
    &EXAMPLE_581,
    #[cfg(feature = "custom_object_instances")]
    &EXAMPLE_582,
    #[cfg(feature = "custom_object_instances")]
    &EXAMPLE_583,
    #[cfg(feature = "custom_object_instances")]
    &EXAMPLE_584,
    #[cfg(feature = "custom_object_instances")]
    &EXAMPLE_585,
    #[cfg(feature = "custom_object_instances")]
    &EXAMPLE_586,
    #[cfg(feature = "custom_object_instances")]
    &EXAMPLE_587,
    #[cfg(feature = "custom_object_instances")]
    &EXAMPLE_588,
    #[cfg(feature = "custom_object_instances")]
    &EXAMPLE_589,
    #[cfg(feature = "custom_object_instances")]
    &EXAMPLE_590,
    #[cfg(feature = "custom_object_instances")]
    &EXAMPLE_591,
    #[cfg(feature = "custom_object_instances")]
    &EXAMPLE_592,
    #[cfg(feature = "custom_object_instances")]
    &EXAMPLE_593,
    #[cfg(feature = "custom_object_instances")]
    &EXAMPLE_594,
    #[cfg(feature = "custom_object_instances")]
    &EXAMPLE_595,
    #[cfg(feature = "custom_object_instances")]
    &EXAMPLE_596,
    #[cfg(feature = "custom_object_instances")]
    &EXAMPLE_597,
    #[cfg(feature = "data_attributes")]
    &EXAMPLE_598,
    #[cfg(feature = "data_attributes")]
    &EXAMPLE_599,
    #[cfg(feature = "data_attributes")]
    &EXAMPLE_600,
    #[cfg(feature = "data_attributes")]
    &EXAMPLE_601,
    #[cfg(feature = "data_attributes")]
    &EXAMPLE_602,
    #[cfg(feature = "data_attributes")]
    &EXAMPLE_603,
    #[cfg(feature = "data_attributes")]
    &EXAMPLE_604,
    #[cfg(feature = "data_attributes")]
    &EXAMPLE_605,
    #[cfg(feature = "data_attributes")]
    &EXAMPLE_606,
    #[cfg(feature = "data_attributes")]
    &EXAMPLE_607,
    #[cfg(feature = "data_attributes")]
    &EXAMPLE_608,
    #[cfg(feature = "data_attributes")]
    &EXAMPLE_609,
    #[cfg(feature = "data_attributes")]
    &EXAMPLE_610,
    #[cfg(feature = "data_attributes")]
    &EXAMPLE_611,
    #[cfg(feature = "data_attributes")]
    &EXAMPLE_612,
    #[cfg(feature = "data_attributes")]
    &EXAMPLE_613,
    #[cfg(feature = "data_attributes")]
    &EXAMPLE_614,
    #[cfg(feature = "data_connectors")]
    &EXAMPLE_615,
    #[cfg(feature = "data_connectors")]
    &EXAMPLE_616,
    #[cfg(feature = "data_connectors")]
    &EXAMPLE_617,
    #[cfg(feature = "data_connectors")]
    &EXAMPLE_618,
    #[cfg(feature = "data_connectors")]
    &EXAMPLE_619,
    #[cfg(feature = "data_connectors")]
    &EXAMPLE_620,
    #[cfg(feature = "data_connectors")]
    &EXAMPLE_621,
    #[cfg(feature = "data_connectors")]
    &EXAMPLE_622,
    #[cfg(feature = "data_connectors")]
    &EXAMPLE_623,
    #[cfg(feature = "data_connectors")]
    &EXAMPLE_624,
    #[cfg(feature = "data_connectors")]
    &EXAMPLE_625,
    #[cfg(feature = "data_connectors")]
    &EXAMPLE_626,
    #[cfg(feature = "data_connectors")]
    &EXAMPLE_627,
    #[cfg(feature = "data_connectors")]
    &EXAMPLE_628,
    #[cfg(feature = "data_connectors")]
    &EXAMPLE_629,
    #[cfg(feature = "data_connectors")]
    &EXAMPLE_630,
    #[cfg(feature = "data_connectors")]
    &EXAMPLE_631,
    #[cfg(feature = "data_connectors")]
    &EXAMPLE_632,
    #[cfg(feature = "data_connectors")]
    &EXAMPLE_633,
    #[cfg(feature = "data_connectors")]
    &EXAMPLE_634,
    #[cfg(feature = "data_connectors")]
    &EXAMPLE_635,
    #[cfg(feature = "data_connectors")]
    &EXAMPLE_636,
    #[cfg(feature = "data_connectors")]
    &EXAMPLE_637,
    #[cfg(feature = "data_connectors")]
    &EXAMPLE_638,
    #[cfg(feature = "data_connectors")]
    &EXAMPLE_639,
    #[cfg(feature = "data_connectors")]
    &EXAMPLE_640,
    #[cfg(feature = "data_connectors")]
    &EXAMPLE_641,
    #[cfg(feature = "data_connectors")]
    &EXAMPLE_642,
    #[cfg(feature = "ecommerce_connectors")]
    &EXAMPLE_643,
    #[cfg(feature = "ecommerce_connectors")]
    &EXAMPLE_644,
    #[cfg(feature = "ecommerce_connectors")]
    &EXAMPLE_645,
    #[cfg(feature = "ecommerce_connectors")]
    &EXAMPLE_646,
    #[cfg(feature = "ecommerce_connectors")]
    &EXAMPLE_647,
    #[cfg(feature = "ecommerce_connectors")]
    &EXAMPLE_648,
    #[cfg(feature = "ecommerce_connectors")]
    &EXAMPLE_649,
    #[cfg(feature = "ecommerce_connectors")]
    &EXAMPLE_650,
    #[cfg(feature = "data_events")]
    &EXAMPLE_651,
    #[cfg(feature = "data_events")]
    &EXAMPLE_652,
    #[cfg(feature = "data_events")]
    &EXAMPLE_653,
    #[cfg(feature = "data_events")]
    &EXAMPLE_654,
    #[cfg(feature = "data_events")]
    &EXAMPLE_655,
    #[cfg(feature = "data_events")]
    &EXAMPLE_656,
    #[cfg(feature = "data_events")]
    &EXAMPLE_657,
    #[cfg(feature = "data_export")]
    &EXAMPLE_658,
    #[cfg(feature = "data_export")]
    &EXAMPLE_659,
    #[cfg(feature = "data_export")]
    &EXAMPLE_660,
    #[cfg(feature = "data_export")]
    &EXAMPLE_661,
    #[cfg(feature = "data_export")]
    &EXAMPLE_662,
    #[cfg(feature = "data_export")]
    &EXAMPLE_663,
    #[cfg(feature = "data_export")]
    &EXAMPLE_664,
    #[cfg(feature = "data_export")]
    &EXAMPLE_665,
    #[cfg(feature = "data_export")]
    &EXAMPLE_666,
    #[cfg(feature = "workflows")]
    &EXAMPLE_667,
    #[cfg(feature = "workflows")]
    &EXAMPLE_668,
    #[cfg(feature = "workflows")]
    &EXAMPLE_669,
    #[cfg(feature = "data_export")]
    &EXAMPLE_670,
    #[cfg(feature = "data_export")]
    &EXAMPLE_671,
    #[cfg(feature = "jobs")]
    &EXAMPLE_672,
    #[cfg(feature = "jobs")]
    &EXAMPLE_673,
    #[cfg(feature = "jobs")]
    &EXAMPLE_674,
    #[cfg(feature = "jobs")]
    &EXAMPLE_675,
    #[cfg(feature = "macros")]
    &EXAMPLE_676,
    #[cfg(feature = "macros")]
    &EXAMPLE_677,
    #[cfg(feature = "macros")]
    &EXAMPLE_678,
    #[cfg(feature = "macros")]
    &EXAMPLE_679,
    #[cfg(feature = "macros")]
    &EXAMPLE_680,
    #[cfg(feature = "macros")]
    &EXAMPLE_681,
    #[cfg(feature = "macros")]
    &EXAMPLE_682,
    #[cfg(feature = "macros")]
    &EXAMPLE_683,
    #[cfg(feature = "macros")]
    &EXAMPLE_684,
    #[cfg(feature = "messages")]
    &EXAMPLE_685,
    #[cfg(feature = "messages")]
    &EXAMPLE_686,
    #[cfg(feature = "messages")]
    &EXAMPLE_687,
    #[cfg(feature = "messages")]
    &EXAMPLE_688,
    #[cfg(feature = "messages")]
    &EXAMPLE_689,
    #[cfg(feature = "messages")]
    &EXAMPLE_690,
    #[cfg(feature = "messages")]
    &EXAMPLE_691,
    #[cfg(feature = "messages")]
    &EXAMPLE_692,
    #[cfg(feature = "messages")]
    &EXAMPLE_693,
    #[cfg(feature = "messages")]
    &EXAMPLE_694,
    #[cfg(feature = "messages")]
    &EXAMPLE_695,
    #[cfg(feature = "messages")]
    &EXAMPLE_696,
    #[cfg(feature = "messages")]
    &EXAMPLE_697,
    #[cfg(feature = "messages")]
    &EXAMPLE_698,
    #[cfg(feature = "messages")]
    &EXAMPLE_699,
    #[cfg(feature = "messages")]
    &EXAMPLE_700,
    #[cfg(feature = "messages")]
    &EXAMPLE_701,
    #[cfg(feature = "messages")]
    &EXAMPLE_702,
    #[cfg(feature = "teams")]
    &EXAMPLE_703,
    #[cfg(feature = "teams")]
    &EXAMPLE_704,
    #[cfg(feature = "teams")]
    &EXAMPLE_705,
    #[cfg(feature = "teams")]
    &EXAMPLE_706,
    #[cfg(feature = "news")]
    &EXAMPLE_707,
    #[cfg(feature = "news")]
    &EXAMPLE_708,
    #[cfg(feature = "news")]
    &EXAMPLE_709,
    #[cfg(feature = "news")]
    &EXAMPLE_710,
    #[cfg(feature = "news")]
    &EXAMPLE_711,
    #[cfg(feature = "news")]
    &EXAMPLE_712,
    #[cfg(feature = "news")]
    &EXAMPLE_713,
    #[cfg(feature = "news")]
    &EXAMPLE_714,
    #[cfg(feature = "news")]
    &EXAMPLE_715,
    #[cfg(feature = "news")]
    &EXAMPLE_716,
    #[cfg(feature = "news")]
    &EXAMPLE_717,
    #[cfg(feature = "news")]
    &EXAMPLE_718,
    #[cfg(feature = "news")]
    &EXAMPLE_719,
    #[cfg(feature = "news")]
    &EXAMPLE_720,
    #[cfg(feature = "news")]
    &EXAMPLE_721,
    #[cfg(feature = "news")]
    &EXAMPLE_722,
    #[cfg(feature = "news")]
    &EXAMPLE_723,
    #[cfg(feature = "news")]
    &EXAMPLE_724,
    #[cfg(feature = "news")]
    &EXAMPLE_725,
    #[cfg(feature = "news")]
    &EXAMPLE_726,
    #[cfg(feature = "news")]
    &EXAMPLE_727,
    #[cfg(feature = "notes")]
    &EXAMPLE_728,
    #[cfg(feature = "notes")]
    &EXAMPLE_729,
    #[cfg(feature = "notes")]
    &EXAMPLE_730,
    #[cfg(feature = "identity_verification_secrets")]
    &EXAMPLE_731,
    #[cfg(feature = "identity_verification_secrets")]
    &EXAMPLE_732,
    #[cfg(feature = "identity_verification_secrets")]
    &EXAMPLE_733,
    #[cfg(feature = "identity_verification_secrets")]
    &EXAMPLE_734,
    #[cfg(feature = "identity_verification_secrets")]
    &EXAMPLE_735,
    #[cfg(feature = "identity_verification_secrets")]
    &EXAMPLE_736,
    #[cfg(feature = "identity_verification_secrets")]
    &EXAMPLE_737,
    #[cfg(feature = "identity_verification_secrets")]
    &EXAMPLE_738,
    #[cfg(feature = "segments")]
    &EXAMPLE_739,
    #[cfg(feature = "segments")]
    &EXAMPLE_740,
    #[cfg(feature = "segments")]
    &EXAMPLE_741,
    #[cfg(feature = "segments")]
    &EXAMPLE_742,
    #[cfg(feature = "segments")]
    &EXAMPLE_743,
    #[cfg(feature = "subscription_types")]
    &EXAMPLE_744,
    #[cfg(feature = "subscription_types")]
    &EXAMPLE_745,
    #[cfg(feature = "switch")]
    &EXAMPLE_746,
    #[cfg(feature = "switch")]
    &EXAMPLE_747,
    #[cfg(feature = "switch")]
    &EXAMPLE_748,
    #[cfg(feature = "switch")]
    &EXAMPLE_749,
    #[cfg(feature = "switch")]
    &EXAMPLE_750,
    #[cfg(feature = "calls")]
    &EXAMPLE_751,
    #[cfg(feature = "calls")]
    &EXAMPLE_752,
    #[cfg(feature = "calls")]
    &EXAMPLE_753,
    #[cfg(feature = "calls")]
    &EXAMPLE_754,
    #[cfg(feature = "calls")]
    &EXAMPLE_755,
    #[cfg(feature = "calls")]
    &EXAMPLE_756,
    #[cfg(feature = "calls")]
    &EXAMPLE_757,
    #[cfg(feature = "calls")]
    &EXAMPLE_758,
    #[cfg(feature = "calls")]
    &EXAMPLE_759,
    #[cfg(feature = "calls")]
    &EXAMPLE_760,
    #[cfg(feature = "calls")]
    &EXAMPLE_761,
    #[cfg(feature = "calls")]
    &EXAMPLE_762,
    #[cfg(feature = "tags")]
    &EXAMPLE_763,
    #[cfg(feature = "tags")]
    &EXAMPLE_764,
    #[cfg(feature = "tags")]
    &EXAMPLE_765,
    #[cfg(feature = "tags")]
    &EXAMPLE_766,
    #[cfg(feature = "tags")]
    &EXAMPLE_767,
    #[cfg(feature = "tags")]
    &EXAMPLE_768,
    #[cfg(feature = "tags")]
    &EXAMPLE_769,
    #[cfg(feature = "tags")]
    &EXAMPLE_770,
    #[cfg(feature = "tags")]
    &EXAMPLE_771,
    #[cfg(feature = "tags")]
    &EXAMPLE_772,
    #[cfg(feature = "tags")]
    &EXAMPLE_773,
    #[cfg(feature = "tags")]
    &EXAMPLE_774,
    #[cfg(feature = "tags")]
    &EXAMPLE_775,
    #[cfg(feature = "tags")]
    &EXAMPLE_776,
    #[cfg(feature = "teams")]
    &EXAMPLE_777,
    #[cfg(feature = "teams")]
    &EXAMPLE_778,
    #[cfg(feature = "teams")]
    &EXAMPLE_779,
    #[cfg(feature = "teams")]
    &EXAMPLE_780,
    #[cfg(feature = "teams")]
    &EXAMPLE_781,
    #[cfg(feature = "teams")]
    &EXAMPLE_782,
    #[cfg(feature = "teams")]
    &EXAMPLE_783,
    #[cfg(feature = "teams")]
    &EXAMPLE_784,
    #[cfg(feature = "teams")]
    &EXAMPLE_785,
    #[cfg(feature = "teams")]
    &EXAMPLE_786,
    #[cfg(feature = "teams")]
    &EXAMPLE_787,
    #[cfg(feature = "teams")]
    &EXAMPLE_788,
    #[cfg(feature = "teams")]
    &EXAMPLE_789,
    #[cfg(feature = "teams")]
    &EXAMPLE_790,
    #[cfg(feature = "teams")]
    &EXAMPLE_791,
    #[cfg(feature = "teams")]
    &EXAMPLE_792,
    #[cfg(feature = "ticket_states")]
    &EXAMPLE_793,
    #[cfg(feature = "ticket_states")]
    &EXAMPLE_794,
    #[cfg(feature = "ticket_type_attributes")]
    &EXAMPLE_795,
    #[cfg(feature = "ticket_type_attributes")]
    &EXAMPLE_796,
    #[cfg(feature = "ticket_type_attributes")]
    &EXAMPLE_797,
    #[cfg(feature = "ticket_type_attributes")]
    &EXAMPLE_798,
    #[cfg(feature = "ticket_type_attributes")]
    &EXAMPLE_799,
    #[cfg(feature = "ticket_type_attributes")]
    &EXAMPLE_800,
    #[cfg(feature = "ticket_types")]
    &EXAMPLE_801,
    #[cfg(feature = "ticket_types")]
    &EXAMPLE_802,
    #[cfg(feature = "ticket_types")]
    &EXAMPLE_803,
    #[cfg(feature = "ticket_types")]
    &EXAMPLE_804,
    #[cfg(feature = "ticket_types")]
    &EXAMPLE_805,
    #[cfg(feature = "ticket_types")]
    &EXAMPLE_806,
    #[cfg(feature = "ticket_types")]
    &EXAMPLE_807,
    #[cfg(feature = "ticket_types")]
    &EXAMPLE_808,
    #[cfg(feature = "ticket_types")]
    &EXAMPLE_809,
    #[cfg(feature = "ticket_types")]
    &EXAMPLE_810,
    #[cfg(feature = "ticket_types")]
    &EXAMPLE_811,
    #[cfg(feature = "tickets")]
    &EXAMPLE_812,
    #[cfg(feature = "tickets")]
    &EXAMPLE_813,
    #[cfg(feature = "tickets")]
    &EXAMPLE_814,
    #[cfg(feature = "tickets")]
    &EXAMPLE_815,
    #[cfg(feature = "tickets")]
    &EXAMPLE_816,
    #[cfg(feature = "tickets")]
    &EXAMPLE_817,
    #[cfg(feature = "tickets")]
    &EXAMPLE_818,
    #[cfg(feature = "tickets")]
    &EXAMPLE_819,
    #[cfg(feature = "tickets")]
    &EXAMPLE_820,
    #[cfg(feature = "tickets")]
    &EXAMPLE_821,
    #[cfg(feature = "tickets")]
    &EXAMPLE_822,
    #[cfg(feature = "tags")]
    &EXAMPLE_823,
    #[cfg(feature = "tags")]
    &EXAMPLE_824,
    #[cfg(feature = "tags")]
    &EXAMPLE_825,
    #[cfg(feature = "tags")]
    &EXAMPLE_826,
    #[cfg(feature = "tags")]
    &EXAMPLE_827,
    #[cfg(feature = "tags")]
    &EXAMPLE_828,
    #[cfg(feature = "tags")]
    &EXAMPLE_829,
    #[cfg(feature = "tags")]
    &EXAMPLE_830,
    #[cfg(feature = "tickets")]
    &EXAMPLE_831,
    #[cfg(feature = "tickets")]
    &EXAMPLE_832,
    #[cfg(feature = "tickets")]
    &EXAMPLE_833,
    #[cfg(feature = "tickets")]
    &EXAMPLE_834,
    #[cfg(feature = "tickets")]
    &EXAMPLE_835,
    #[cfg(feature = "tickets")]
    &EXAMPLE_836,
    #[cfg(feature = "tickets")]
    &EXAMPLE_837,
    #[cfg(feature = "tickets")]
    &EXAMPLE_838,
    #[cfg(feature = "tickets")]
    &EXAMPLE_839,
    #[cfg(feature = "tickets")]
    &EXAMPLE_840,
    #[cfg(feature = "tickets")]
    &EXAMPLE_841,
    #[cfg(feature = "tickets")]
    &EXAMPLE_842,
    #[cfg(feature = "tickets")]
    &EXAMPLE_843,
    #[cfg(feature = "tickets")]
    &EXAMPLE_844,
    #[cfg(feature = "tickets")]
    &EXAMPLE_845,
    #[cfg(feature = "tickets")]
    &EXAMPLE_846,
    #[cfg(feature = "tickets")]
    &EXAMPLE_847,
    #[cfg(feature = "tickets")]
    &EXAMPLE_848,
    #[cfg(feature = "tickets")]
    &EXAMPLE_849,
    #[cfg(feature = "tickets")]
    &EXAMPLE_850,
    #[cfg(feature = "tickets")]
    &EXAMPLE_851,
    #[cfg(feature = "tickets")]
    &EXAMPLE_852,
    #[cfg(feature = "tickets")]
    &EXAMPLE_853,
    #[cfg(feature = "tickets")]
    &EXAMPLE_854,
    #[cfg(feature = "tickets")]
    &EXAMPLE_855,
    #[cfg(feature = "tickets")]
    &EXAMPLE_856,
    #[cfg(feature = "tickets")]
    &EXAMPLE_857,
    #[cfg(feature = "tickets")]
    &EXAMPLE_858,
    #[cfg(feature = "tickets")]
    &EXAMPLE_859,
    #[cfg(feature = "tickets")]
    &EXAMPLE_860,
    #[cfg(feature = "tickets")]
    &EXAMPLE_861,
    #[cfg(feature = "tickets")]
    &EXAMPLE_862,
    #[cfg(feature = "tickets")]
    &EXAMPLE_863,
    #[cfg(feature = "tickets")]
    &EXAMPLE_864,
    #[cfg(feature = "tickets")]
    &EXAMPLE_865,
    #[cfg(feature = "tickets")]
    &EXAMPLE_866,
    #[cfg(feature = "tickets")]
    &EXAMPLE_867,
    #[cfg(feature = "tickets")]
    &EXAMPLE_868,
    #[cfg(feature = "tickets")]
    &EXAMPLE_869,
    #[cfg(feature = "tickets")]
    &EXAMPLE_870,
    #[cfg(feature = "tickets")]
    &EXAMPLE_871,
    #[cfg(feature = "tickets")]
    &EXAMPLE_872,
    #[cfg(feature = "tickets")]
    &EXAMPLE_873,
    #[cfg(feature = "tickets")]
    &EXAMPLE_874,
    #[cfg(feature = "tickets")]
    &EXAMPLE_875,
    #[cfg(feature = "tickets")]
    &EXAMPLE_876,
    #[cfg(feature = "visitors")]
    &EXAMPLE_877,
    #[cfg(feature = "visitors")]
    &EXAMPLE_878,
    #[cfg(feature = "visitors")]
    &EXAMPLE_879,
    #[cfg(feature = "visitors")]
    &EXAMPLE_880,
    #[cfg(feature = "visitors")]
    &EXAMPLE_881,
    #[cfg(feature = "visitors")]
    &EXAMPLE_882,
    #[cfg(feature = "visitors")]
    &EXAMPLE_883,
    #[cfg(feature = "visitors")]
    &EXAMPLE_884,
    #[cfg(feature = "visitors")]
    &EXAMPLE_885,
    #[cfg(feature = "visitors")]
    &EXAMPLE_886,
    #[cfg(feature = "visitors")]
    &EXAMPLE_887,
    #[cfg(feature = "brands")]
    &EXAMPLE_888,
    #[cfg(feature = "brands")]
    &EXAMPLE_889,
    #[cfg(feature = "brands")]
    &EXAMPLE_890,
    #[cfg(feature = "brands")]
    &EXAMPLE_891,
    #[cfg(feature = "brands")]
    &EXAMPLE_892,
    #[cfg(feature = "emails")]
    &EXAMPLE_893,
    #[cfg(feature = "emails")]
    &EXAMPLE_894,
    #[cfg(feature = "emails")]
    &EXAMPLE_895,
    #[cfg(feature = "emails")]
    &EXAMPLE_896,
    #[cfg(feature = "emails")]
    &EXAMPLE_897,
    #[cfg(feature = "calls")]
    &EXAMPLE_898,
    #[cfg(feature = "calls")]
    &EXAMPLE_899,
    #[cfg(feature = "calls")]
    &EXAMPLE_900,
    #[cfg(feature = "calls")]
    &EXAMPLE_901,
    #[cfg(feature = "calls")]
    &EXAMPLE_902,
    #[cfg(feature = "calls")]
    &EXAMPLE_903,
    #[cfg(feature = "calls")]
    &EXAMPLE_904,
    #[cfg(feature = "calls")]
    &EXAMPLE_905,
    #[cfg(feature = "calls")]
    &EXAMPLE_906,
    #[cfg(feature = "calls")]
    &EXAMPLE_907,
    #[cfg(feature = "calls")]
    &EXAMPLE_908,
    #[cfg(feature = "calls")]
    &EXAMPLE_909,
    #[cfg(feature = "calls")]
    &EXAMPLE_910,
    #[cfg(feature = "calls")]
    &EXAMPLE_911,
    #[cfg(feature = "calls")]
    &EXAMPLE_912,
    #[cfg(feature = "calls")]
    &EXAMPLE_913,
    #[cfg(feature = "calls")]
    &EXAMPLE_914,
    #[cfg(feature = "calls")]
    &EXAMPLE_915,
    #[cfg(feature = "fin_agent")]
    &EXAMPLE_916,
    #[cfg(feature = "fin_agent")]
    &EXAMPLE_917,
    #[cfg(feature = "fin_agent")]
    &EXAMPLE_918,
    #[cfg(feature = "fin_agent")]
    &EXAMPLE_919,
    #[cfg(feature = "fin_agent")]
    &EXAMPLE_920,
    #[cfg(feature = "fin_agent")]
    &EXAMPLE_921,
    #[cfg(feature = "fin_agent")]
    &EXAMPLE_922,
    #[cfg(feature = "fin_agent")]
    &EXAMPLE_923,
    #[cfg(feature = "fin_agent")]
    &EXAMPLE_924,
    #[cfg(feature = "fin_agent")]
    &EXAMPLE_925,
    #[cfg(feature = "fin_agent")]
    &EXAMPLE_926,
    #[cfg(feature = "fin_agent")]
    &EXAMPLE_927,
    #[cfg(feature = "fin_agent")]
    &EXAMPLE_928,
    #[cfg(feature = "fin_agent")]
    &EXAMPLE_929,
    #[cfg(feature = "fin_agent")]
    &EXAMPLE_930,
    #[cfg(feature = "fin_agent")]
    &EXAMPLE_931,
    #[cfg(feature = "fin_agent")]
    &EXAMPLE_932,
    #[cfg(feature = "fin_agent")]
    &EXAMPLE_933,
    #[cfg(feature = "fin_agent")]
    &EXAMPLE_934,
    #[cfg(feature = "fin_agent")]
    &EXAMPLE_935,
    #[cfg(feature = "fin_agent")]
    &EXAMPLE_936,
    #[cfg(feature = "fin_agent")]
    &EXAMPLE_937,
    #[cfg(feature = "fin_agent")]
    &EXAMPLE_938,
    #[cfg(feature = "fin_agent")]
    &EXAMPLE_939,
    #[cfg(feature = "fin_agent")]
    &EXAMPLE_940,
    #[cfg(feature = "fin_agent")]
    &EXAMPLE_941,
    #[cfg(feature = "fin_agent")]
    &EXAMPLE_942,
    #[cfg(feature = "fin_agent")]
    &EXAMPLE_943,
    #[cfg(feature = "procedures")]
    &EXAMPLE_944,
    #[cfg(feature = "procedures")]
    &EXAMPLE_945,
    #[cfg(feature = "procedures")]
    &EXAMPLE_946,
    #[cfg(feature = "procedures")]
    &EXAMPLE_947,
    #[cfg(feature = "procedures")]
    &EXAMPLE_948,
    #[cfg(feature = "procedures")]
    &EXAMPLE_949,
    #[cfg(feature = "visitors")]
    &EXAMPLE_950,
    #[cfg(feature = "visitors")]
    &EXAMPLE_951,
    #[cfg(feature = "visitors")]
    &EXAMPLE_952,
    #[cfg(feature = "visitors")]
    &EXAMPLE_953,
    #[cfg(feature = "visitors")]
    &EXAMPLE_954,
    #[cfg(feature = "visitors")]
    &EXAMPLE_955,
];

/// A decoder per type that pins its `type`, each behind the features of its operation.
const DECODERS: &[&Decoder] = &[
    #[cfg(feature = "admins")]
    &DECODER_0,
    #[cfg(feature = "admins")]
    &DECODER_1,
    #[cfg(feature = "admins")]
    &DECODER_2,
    #[cfg(feature = "admins")]
    &DECODER_3,
    #[cfg(feature = "admins")]
    &DECODER_4,
    #[cfg(feature = "admins")]
    &DECODER_5,
    #[cfg(feature = "ai_content")]
    &DECODER_6,
    #[cfg(feature = "ai_content")]
    &DECODER_7,
    #[cfg(feature = "ai_content")]
    &DECODER_8,
    #[cfg(feature = "ai_content")]
    &DECODER_9,
    #[cfg(feature = "articles")]
    &DECODER_10,
    #[cfg(feature = "articles")]
    &DECODER_11,
    #[cfg(feature = "articles")]
    &DECODER_12,
    #[cfg(feature = "articles")]
    &DECODER_13,
    #[cfg(feature = "articles")]
    &DECODER_14,
    #[cfg(feature = "articles")]
    &DECODER_15,
    #[cfg(feature = "away_status_reasons")]
    &DECODER_16,
    #[cfg(feature = "audiences")]
    &DECODER_17,
    #[cfg(feature = "audiences")]
    &DECODER_18,
    #[cfg(feature = "office_hours")]
    &DECODER_19,
    #[cfg(feature = "office_hours")]
    &DECODER_20,
    #[cfg(feature = "office_hours")]
    &DECODER_21,
    #[cfg(feature = "office_hours")]
    &DECODER_22,
    #[cfg(feature = "reporting_data_export")]
    &DECODER_23,
    #[cfg(feature = "help_center")]
    &DECODER_24,
    #[cfg(feature = "help_center")]
    &DECODER_25,
    #[cfg(feature = "help_center")]
    &DECODER_26,
    #[cfg(feature = "help_center")]
    &DECODER_27,
    #[cfg(feature = "internal_articles")]
    &DECODER_28,
    #[cfg(feature = "internal_articles")]
    &DECODER_29,
    #[cfg(feature = "internal_articles")]
    &DECODER_30,
    #[cfg(feature = "folders")]
    &DECODER_31,
    #[cfg(feature = "companies")]
    &DECODER_32,
    #[cfg(feature = "companies")]
    &DECODER_33,
    #[cfg(feature = "companies")]
    &DECODER_34,
    #[cfg(feature = "companies")]
    &DECODER_35,
    #[cfg(feature = "notes")]
    &DECODER_36,
    #[cfg(feature = "notes")]
    &DECODER_37,
    #[cfg(feature = "companies")]
    &DECODER_38,
    #[cfg(feature = "contacts")]
    &DECODER_39,
    #[cfg(feature = "companies")]
    &DECODER_40,
    #[cfg(feature = "contacts")]
    &DECODER_41,
    #[cfg(feature = "contacts")]
    &DECODER_42,
    #[cfg(feature = "subscription_types")]
    &DECODER_43,
    #[cfg(feature = "contacts")]
    &DECODER_44,
    #[cfg(feature = "contacts")]
    &DECODER_45,
    #[cfg(feature = "contacts")]
    &DECODER_46,
    #[cfg(feature = "contacts")]
    &DECODER_47,
    #[cfg(feature = "contacts")]
    &DECODER_48,
    #[cfg(feature = "contacts")]
    &DECODER_49,
    #[cfg(feature = "contacts")]
    &DECODER_50,
    #[cfg(feature = "contacts")]
    &DECODER_51,
    #[cfg(feature = "contacts")]
    &DECODER_52,
    #[cfg(feature = "contacts")]
    &DECODER_53,
    #[cfg(feature = "contacts")]
    &DECODER_54,
    #[cfg(feature = "contacts")]
    &DECODER_55,
    #[cfg(feature = "contacts")]
    &DECODER_56,
    #[cfg(feature = "banners")]
    &DECODER_57,
    #[cfg(feature = "banners")]
    &DECODER_58,
    #[cfg(feature = "contacts")]
    &DECODER_59,
    #[cfg(feature = "content")]
    &DECODER_60,
    #[cfg(feature = "content_snippets")]
    &DECODER_61,
    #[cfg(feature = "content_snippets")]
    &DECODER_62,
    #[cfg(feature = "conversations")]
    &DECODER_63,
    #[cfg(feature = "conversations")]
    &DECODER_64,
    #[cfg(feature = "conversation_parts")]
    &DECODER_65,
    #[cfg(feature = "conversations")]
    &DECODER_66,
    #[cfg(feature = "conversations")]
    &DECODER_67,
    #[cfg(feature = "conversations")]
    &DECODER_68,
    #[cfg(feature = "conversations_attributes")]
    &DECODER_69,
    #[cfg(feature = "data_attributes")]
    &DECODER_70,
    #[cfg(feature = "data_attributes")]
    &DECODER_71,
    #[cfg(feature = "data_connectors")]
    &DECODER_72,
    #[cfg(feature = "data_connectors")]
    &DECODER_73,
    #[cfg(feature = "data_connectors")]
    &DECODER_74,
    #[cfg(feature = "data_connectors")]
    &DECODER_75,
    #[cfg(feature = "data_events")]
    &DECODER_76,
    #[cfg(feature = "jobs")]
    &DECODER_77,
    #[cfg(feature = "macros")]
    &DECODER_78,
    #[cfg(feature = "macros")]
    &DECODER_79,
    #[cfg(feature = "messages")]
    &DECODER_80,
    #[cfg(feature = "teams")]
    &DECODER_81,
    #[cfg(feature = "news")]
    &DECODER_82,
    #[cfg(feature = "news")]
    &DECODER_83,
    #[cfg(feature = "identity_verification_secrets")]
    &DECODER_84,
    #[cfg(feature = "identity_verification_secrets")]
    &DECODER_85,
    #[cfg(feature = "segments")]
    &DECODER_86,
    #[cfg(feature = "segments")]
    &DECODER_87,
    #[cfg(feature = "switch")]
    &DECODER_88,
    #[cfg(feature = "calls")]
    &DECODER_89,
    #[cfg(feature = "calls")]
    &DECODER_90,
    #[cfg(feature = "calls")]
    &DECODER_91,
    #[cfg(feature = "tags")]
    &DECODER_92,
    #[cfg(feature = "tags")]
    &DECODER_93,
    #[cfg(feature = "teams")]
    &DECODER_94,
    #[cfg(feature = "teams")]
    &DECODER_95,
    #[cfg(feature = "ticket_states")]
    &DECODER_96,
    #[cfg(feature = "ticket_type_attributes")]
    &DECODER_97,
    #[cfg(feature = "ticket_types")]
    &DECODER_98,
    #[cfg(feature = "ticket_types")]
    &DECODER_99,
    #[cfg(feature = "tickets")]
    &DECODER_100,
    #[cfg(feature = "tickets")]
    &DECODER_101,
    #[cfg(feature = "visitors")]
    &DECODER_102,
    #[cfg(feature = "visitors")]
    &DECODER_103,
    #[cfg(feature = "brands")]
    &DECODER_104,
    #[cfg(feature = "brands")]
    &DECODER_105,
    #[cfg(feature = "emails")]
    &DECODER_106,
    #[cfg(feature = "emails")]
    &DECODER_107,
    #[cfg(feature = "visitors")]
    &DECODER_108,
];
