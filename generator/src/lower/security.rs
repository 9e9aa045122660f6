//! Lowering authentication: `components.securitySchemes` into the schemes the client can
//! send, and the top-level and per-operation `security` requirements into alternatives of
//! those schemes.

use std::collections::BTreeSet;

use openapiv3::{APIKeyLocation, OpenAPI, ReferenceOr, SecurityRequirement, SecurityScheme};

use crate::diagnostics::{pointer_token, Warning};
use crate::model::{Auth, Placement, Security, SecurityScheme as Scheme};

/// The schemes and the default requirement, with warnings for what cannot be sent.
pub(crate) fn lower_auth(
    spec: &OpenAPI,
    reported: &mut BTreeSet<String>,
    warnings: &mut Vec<Warning>,
) -> Auth {
    let mut schemes = Vec::new();
    let declared = spec.components.as_ref().map(|c| &c.security_schemes);
    for (name, scheme) in declared.into_iter().flatten() {
        let pointer = format!("#/components/securitySchemes/{}", pointer_token(name));
        let scheme = match scheme {
            ReferenceOr::Item(scheme) => scheme,
            ReferenceOr::Reference { reference } => {
                match crate::refs::resolve(scheme, "securitySchemes", declared) {
                    Ok(scheme) => scheme,
                    Err(message) => {
                        warn(
                            warnings,
                            &pointer,
                            format!("{message} (`{reference}`); the scheme is ignored"),
                        );
                        continue;
                    }
                }
            }
        };
        if let Some(scheme) = lower_scheme(name, scheme, &pointer, warnings) {
            schemes.push(scheme);
        }
    }
    let mut auth = Auth {
        schemes,
        default: Vec::new(),
    };
    let used_anywhere = spec.security.is_some()
        || spec
            .paths
            .paths
            .values()
            .filter_map(ReferenceOr::as_item)
            .any(|item| item.iter().any(|(_, op)| op.security.is_some()));
    auth.default = match &spec.security {
        Some(requirements) => {
            requirements_of(&auth, requirements, "#/security", reported, warnings)
        }
        None if !used_anywhere && !auth.schemes.is_empty() => {
            warn(
                warnings,
                "#/components/securitySchemes",
                "security schemes are declared but no `security` requirement uses them; every operation sends the credentials the client has (the first scheme with one), and none are required",
            );
            (0..auth.schemes.len())
                .map(|index| vec![index])
                .chain([Vec::new()])
                .collect()
        }
        None => Vec::new(),
    };
    auth
}

/// An operation's own requirement, when it declares one that differs from the default.
/// `reported` holds the scheme names already warned about, so each is reported once.
pub(crate) fn operation_security(
    auth: &Auth,
    requirements: Option<&[SecurityRequirement]>,
    pointer: &str,
    reported: &mut BTreeSet<String>,
    warnings: &mut Vec<Warning>,
) -> Option<Security> {
    let requirements = requirements?;
    let pointer = format!("{pointer}/security");
    let security = requirements_of(auth, requirements, &pointer, reported, warnings);
    (security != auth.default).then_some(security)
}

fn warn(warnings: &mut Vec<Warning>, pointer: &str, message: impl Into<String>) {
    warnings.push(Warning {
        pointer: pointer.to_string(),
        message: message.into(),
    });
}

fn lower_scheme(
    name: &str,
    scheme: &SecurityScheme,
    pointer: &str,
    warnings: &mut Vec<Warning>,
) -> Option<Scheme> {
    let (placement, declared_as, description) = match scheme {
        SecurityScheme::APIKey {
            location,
            name: parameter,
            description,
            ..
        } => {
            if parameter.trim().is_empty() {
                warn(
                    warnings,
                    pointer,
                    "apiKey scheme without a `name`; the scheme is ignored",
                );
                return None;
            }
            let (placement, place) = match location {
                APIKeyLocation::Header => (Placement::Header(parameter.clone()), "header"),
                APIKeyLocation::Query => (Placement::Query(parameter.clone()), "query"),
                APIKeyLocation::Cookie => (Placement::Cookie(parameter.clone()), "cookie"),
            };
            if let Placement::Header(header) | Placement::Cookie(header) = &placement {
                if !is_token(header) {
                    warn(
                        warnings,
                        pointer,
                        format!("apiKey {place} name {header:?} is not a valid {place} name; the scheme is ignored"),
                    );
                    return None;
                }
            }
            (
                placement,
                format!("apiKey in {place} `{parameter}`"),
                description,
            )
        }
        SecurityScheme::HTTP {
            scheme: http,
            description,
            ..
        } => match http.trim().to_ascii_lowercase().as_str() {
            "bearer" => (Placement::Bearer, "http bearer".to_string(), description),
            "basic" => (Placement::Basic, "http basic".to_string(), description),
            other => {
                warn(
                    warnings,
                    pointer,
                    format!("http scheme `{other}` is not supported (only bearer and basic are); operations that need it send no credentials for it"),
                );
                return None;
            }
        },
        SecurityScheme::OAuth2 { description, .. } => {
            (Placement::Bearer, "oauth2".to_string(), description)
        }
        SecurityScheme::OpenIDConnect { description, .. } => {
            (Placement::Bearer, "openIdConnect".to_string(), description)
        }
    };
    Some(Scheme {
        name: name.to_string(),
        placement,
        declared_as,
        description: description.clone(),
    })
}

/// Whether `text` is an HTTP token (a valid header or cookie name).
pub(super) fn is_token(text: &str) -> bool {
    !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

/// Requirements as alternatives of scheme indexes. An alternative naming a scheme that is
/// not declared (or not supported) is left out, with a warning the first time.
fn requirements_of(
    auth: &Auth,
    requirements: &[SecurityRequirement],
    pointer: &str,
    reported: &mut BTreeSet<String>,
    warnings: &mut Vec<Warning>,
) -> Security {
    let mut alternatives: Security = Vec::new();
    for (index, requirement) in requirements.iter().enumerate() {
        let mut schemes = Vec::new();
        let mut usable = true;
        for name in requirement.keys() {
            match auth.schemes.iter().position(|s| &s.name == name) {
                Some(scheme) if !schemes.contains(&scheme) => schemes.push(scheme),
                Some(_) => {}
                None => {
                    if reported.insert(name.clone()) {
                        warn(
                            warnings,
                            &format!("{pointer}/{index}"),
                            format!("security scheme `{name}` is not declared (or not supported); alternatives that need it are left out"),
                        );
                    }
                    usable = false;
                }
            }
        }
        if usable && !alternatives.contains(&schemes) {
            alternatives.push(schemes);
        }
    }
    alternatives
}
