//! Turning spec names into Rust identifiers: case conversion, keywords, odd characters,
//! and collisions.

use std::collections::HashSet;

use heck::{ToSnakeCase, ToUpperCamelCase};

/// Words Rust reserves; an identifier equal to one gets a trailing underscore.
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "Self", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Type names the generated code uses unqualified; a schema with one of these names is renamed.
pub const RESERVED_TYPE_NAMES: &[&str] = &[
    "Option", "Result", "String", "Vec", "Box", "Default", "BTreeMap", "Value", "Self", "Some",
    "None", "Ok", "Err", "From",
];

/// The field every generated struct has for the properties its schema does not describe
/// (`crate::UnknownProperties`); no property's field takes this name.
pub const UNKNOWN_PROPERTIES_FIELD: &str = "unknown_properties";

/// Field names no property gets (a property that would is renamed like other collisions).
pub const RESERVED_FIELD_NAMES: &[&str] = &[UNKNOWN_PROPERTIES_FIELD];

/// Words for symbol-only enum values such as `=` or `!~`.
fn symbol_word(c: char) -> Option<&'static str> {
    Some(match c {
        '=' => "Eq",
        '!' => "Not",
        '<' => "Lt",
        '>' => "Gt",
        '~' => "Tilde",
        '^' => "Caret",
        '$' => "Dollar",
        '+' => "Plus",
        '-' => "Minus",
        '*' => "Star",
        '&' => "And",
        '|' => "Or",
        '%' => "Percent",
        '#' => "Hash",
        '@' => "At",
        '?' => "Question",
        '/' => "Slash",
        '.' => "Dot",
        ':' => "Colon",
        ',' => "Comma",
        ';' => "Semicolon",
        '(' => "LParen",
        ')' => "RParen",
        '[' => "LBracket",
        ']' => "RBracket",
        '{' => "LBrace",
        '}' => "RBrace",
        '\\' => "Backslash",
        '"' => "Quote",
        '\'' => "Apostrophe",
        '`' => "Backtick",
        '_' => "Underscore",
        ' ' => "Space",
        '\t' => "Tab",
        '\n' => "Newline",
        '\r' => "Return",
        _ => return None,
    })
}

/// Splits `raw` into ASCII words. Non-ASCII characters become `u{hex}` words; symbols become
/// words too when the value has no letters or digits (`!~` → `Not Tilde`).
fn words(raw: &str) -> Vec<String> {
    words_spelling(raw, !raw.chars().any(|c| c.is_alphanumeric()))
}

/// [`words`], spelling symbols as words when `spell_symbols` is set (`+1` → `Plus 1`).
fn words_spelling(raw: &str, spell_symbols: bool) -> Vec<String> {
    let mut cleaned = String::with_capacity(raw.len());
    for c in raw.chars() {
        if c.is_ascii_alphanumeric() {
            cleaned.push(c);
        } else if !c.is_ascii() && c.is_alphanumeric() {
            cleaned.push_str(&format!(" U{:04x} ", c as u32));
        } else if let Some(word) = spell_symbols.then(|| symbol_word(c)).flatten() {
            cleaned.push(' ');
            cleaned.push_str(word);
            cleaned.push(' ');
        } else {
            cleaned.push(' ');
        }
    }
    cleaned.split_whitespace().map(str::to_string).collect()
}

/// Why `name` cannot be the package name of the generated crate, if it cannot: Cargo wants
/// ASCII letters, digits, `-` and `_`, not starting with a digit, and the library name
/// (`-` read as `_`) must be a Rust identifier that is not a keyword.
pub fn crate_name_problem(name: &str) -> Option<String> {
    let library = name.replace('-', "_");
    if name.is_empty() {
        Some("it is empty".to_string())
    } else if let Some(bad) = name
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_'))
    {
        Some(format!(
            "`{bad}` is not allowed (use ASCII letters, digits, `-` and `_`)"
        ))
    } else if name.starts_with(|c: char| c.is_ascii_digit()) {
        Some("it starts with a digit".to_string())
    } else if library == "_" || KEYWORDS.contains(&library.as_str()) {
        Some(format!("`{library}` is reserved in Rust"))
    } else {
        None
    }
}

/// Why `version` cannot be the package version of the generated crate, if it cannot: Cargo
/// wants SemVer, `MAJOR.MINOR.PATCH` with optional `-pre` and `+build` parts of ASCII letters,
/// digits, `.` and `-`.
pub fn crate_version_problem(version: &str) -> Option<String> {
    let (rest, build) = version.split_once('+').unwrap_or((version, ""));
    let (core, pre) = rest.split_once('-').unwrap_or((rest, ""));
    let numbers: Vec<&str> = core.split('.').collect();
    let numeric = |part: &&str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    let label = |text: &str| {
        text.split('.').all(|part| {
            !part.is_empty() && part.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
    };
    if numbers.len() != 3 || !numbers.iter().all(numeric) {
        Some("it is not a SemVer version `MAJOR.MINOR.PATCH`".to_string())
    } else if (rest.contains('-') && !label(pre)) || (version.contains('+') && !label(build)) {
        Some("its pre-release or build part has characters SemVer does not allow".to_string())
    } else {
        None
    }
}

fn escape_keyword(ident: String) -> String {
    if KEYWORDS.contains(&ident.as_str()) {
        format!("{ident}_")
    } else {
        ident
    }
}

/// `UpperCamelCase` name for a type; `prefix` is used when the name would start with a digit
/// or be empty.
fn camel(raw: &str, prefix: &str) -> String {
    let words = words(raw);
    let starts_with_digit = words
        .first()
        .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
    let ident = if starts_with_digit {
        // Keep digit groups apart (`2.11` → `V2_11`), so `2.11` and `21.1` stay distinct.
        let mut ident = prefix.to_string();
        for word in &words {
            if ident.ends_with(|c: char| c.is_ascii_digit())
                && word.starts_with(|c: char| c.is_ascii_digit())
            {
                ident.push('_');
            }
            ident.push_str(&word.to_upper_camel_case());
        }
        ident
    } else {
        words.join(" ").to_upper_camel_case()
    };
    // No keyword escaping here: the only keyword in UpperCamelCase is `Self`, which callers
    // rename (`SelfType`, `SelfValue`) rather than suffix with `_`, as `Self_` followed by
    // more words (`Self_Params`) is not UpperCamelCase and would raise a lint.
    if ident.is_empty() {
        prefix.to_string()
    } else {
        ident
    }
}

fn snake(raw: &str, prefix: &str) -> String {
    let ident = words(raw).join(" ").to_snake_case();
    let ident = if ident.is_empty() {
        prefix.to_string()
    } else if ident.starts_with(|c: char| c.is_ascii_digit()) {
        format!("{prefix}_{ident}")
    } else {
        ident
    };
    escape_keyword(ident)
}

/// Splits an UpperCamelCase name into its words (`SingleFilterSearchRequest` → `Single`,
/// `Filter`, `Search`, `Request`); digits stay with the word before them.
pub fn pascal_words(name: &str) -> Vec<&str> {
    let mut words = Vec::new();
    let mut start = 0;
    for (index, c) in name.char_indices() {
        if index > start && c.is_ascii_uppercase() {
            words.push(&name[start..index]);
            start = index;
        }
    }
    if start < name.len() {
        words.push(&name[start..]);
    }
    words
}

/// Name of a Rust type (struct, enum, alias) for a schema name or naming context.
pub fn type_name(raw: &str) -> String {
    let name = camel(raw, "Type");
    if RESERVED_TYPE_NAMES.contains(&name.as_str()) {
        format!("{name}Type")
    } else {
        name
    }
}

/// A part of a type name (`value` in `SearchRequest` + `value`): UpperCamelCase, without the
/// suffix a whole name that equals a reserved type name gets, which would put a spurious
/// `Type` in the middle of a longer name.
pub fn type_name_part(raw: &str) -> String {
    camel(raw, "Type")
}

/// Name of a struct field or function parameter.
pub fn field_name(raw: &str) -> String {
    snake(raw, "field")
}

/// Longest module name, in bytes: the module is also a file name (`src/operations/NAME.rs`),
/// and file systems refuse names over 255 bytes.
const MAX_MODULE_NAME: usize = 64;

/// Name of a module (and cargo feature) for a tag: a field name, cut after at most
/// [`MAX_MODULE_NAME`] bytes at a word boundary where there is one.
pub fn module_name(raw: &str) -> String {
    let name = field_name(raw);
    if name.len() <= MAX_MODULE_NAME {
        return name;
    }
    let cut = &name[..MAX_MODULE_NAME];
    match cut.rfind('_') {
        Some(boundary) if boundary > 0 => cut[..boundary].to_string(),
        _ => cut.to_string(),
    }
}

/// Name of a client method. A keyword gets an `_op` suffix rather than `_`, because method
/// names are extended (`type__stream` would not be snake case).
pub fn method_name(raw: &str) -> String {
    let name = snake(raw, "op");
    match name.strip_suffix('_') {
        Some(keyword) if KEYWORDS.contains(&keyword) => format!("{keyword}_op"),
        _ => name,
    }
}

/// Name of an enum variant for an enum value.
pub fn variant_name(raw: &str) -> String {
    if raw.is_empty() {
        return "Empty".to_string();
    }
    let name = camel(raw, "V");
    if name == "Self" {
        "SelfValue".to_string()
    } else if name == "Unknown" {
        // `Unknown` is the catch-all variant every generated enum has.
        "UnknownValue".to_string()
    } else {
        name
    }
}

/// Name of an enum variant that spells every symbol of the value (`+1` → `Plus1`, `<` →
/// `Lt`), for values whose plain names would collide.
fn spelled_variant_name(raw: &str) -> String {
    let spelled = words_spelling(raw, true).join(" ");
    variant_name(&spelled)
}

/// Name of a struct field that spells every symbol of the property (`+1` → `plus_1`).
fn spelled_field_name(raw: &str) -> String {
    field_name(&words_spelling(raw, true).join(" "))
}

/// The word that tells a value apart from one differing only in case: `Upper` for
/// `ASC` beside `asc`, `Capitalized` for `Asc`, `Mixed` otherwise; none for all lower case.
fn case_word(raw: &str) -> Option<&'static str> {
    let letters: Vec<char> = raw.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.iter().all(|c| c.is_lowercase()) {
        None
    } else if letters.iter().all(|c| c.is_uppercase()) {
        Some("Upper")
    } else if letters.first().is_some_and(|c| c.is_uppercase())
        && letters.iter().skip(1).all(|c| c.is_lowercase())
    {
        Some("Capitalized")
    } else {
        Some("Mixed")
    }
}

/// How a list of spec names becomes Rust names: enum variants or struct fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameKind {
    /// `UpperCamelCase` variants ([`variant_name`]).
    Variant,
    /// `snake_case` fields ([`field_name`]).
    Field,
}

/// Distinct Rust names for `raws`, with words for what tells colliding ones apart: their
/// symbols spelled out (`+1`/`-1` → `Plus1`/`Minus1`, `DateCreated<` → `DateCreatedLt`), then
/// their case (`ASC` beside `asc` → `AscUpper`). Names still alike get a number, and the
/// second element is then `Some(the name they share)`. `reserved` names are never handed out.
pub fn distinct_names(
    raws: &[&str],
    kind: NameKind,
    reserved: &[&str],
) -> Vec<(String, Option<String>)> {
    let plain = |raw: &str| match kind {
        NameKind::Variant => variant_name(raw),
        NameKind::Field => field_name(raw),
    };
    let spelled = |raw: &str| match kind {
        NameKind::Variant => spelled_variant_name(raw),
        NameKind::Field => spelled_field_name(raw),
    };
    let mut names: Vec<String> = raws.iter().map(|raw| plain(raw)).collect();
    let clashes = |names: &[String], index: usize| {
        names.iter().filter(|n| **n == names[index]).count() > 1
            || reserved.contains(&names[index].as_str())
    };
    let clashing: Vec<usize> = (0..names.len()).filter(|&i| clashes(&names, i)).collect();
    for &index in &clashing {
        names[index] = spelled(raws[index]);
    }
    let clashing: Vec<usize> = (0..names.len()).filter(|&i| clashes(&names, i)).collect();
    for &index in &clashing {
        if let Some(word) = case_word(raws[index]) {
            names[index] = match kind {
                NameKind::Variant => format!("{}{word}", names[index]),
                NameKind::Field => {
                    // `self_` (a keyword escaped) + `capitalized` → `self_capitalized`.
                    let stem = names[index].trim_end_matches('_');
                    format!("{stem}_{}", word.to_ascii_lowercase())
                }
            };
        }
    }
    let mut taken = Namespace::with_reserved(reserved);
    names
        .into_iter()
        .map(|name| match taken.claim(&name) {
            (claimed, true) => (claimed, Some(name)),
            (claimed, false) => (claimed, None),
        })
        .collect()
}

/// Hands out unique identifiers within one scope, deterministically.
#[derive(Debug, Default)]
pub struct Namespace {
    taken: HashSet<String>,
}

impl Namespace {
    /// A namespace in which `reserved` names are already taken.
    pub fn with_reserved(reserved: &[&str]) -> Self {
        Namespace {
            taken: reserved.iter().map(|s| s.to_string()).collect(),
        }
    }

    /// Whether `name` is already taken.
    pub fn contains(&self, name: &str) -> bool {
        self.taken.contains(name)
    }

    /// Takes `wanted`, or `wanted2`, `wanted3`… if it is taken. Returns the name and whether
    /// it had to be changed.
    pub fn claim(&mut self, wanted: &str) -> (String, bool) {
        if self.taken.insert(wanted.to_string()) {
            return (wanted.to_string(), false);
        }
        let separator = if wanted.ends_with(|c: char| c.is_ascii_digit()) {
            "_"
        } else {
            ""
        };
        let mut n = 2;
        loop {
            let candidate = format!("{wanted}{separator}{n}");
            if self.taken.insert(candidate.clone()) {
                return (candidate, true);
            }
            n += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_cases_and_escapes_keywords() {
        assert_eq!(type_name("ticket_type_attribute"), "TicketTypeAttribute");
        assert_eq!(type_name("self"), "SelfType");
        assert_eq!(type_name("None"), "NoneType");
        assert_eq!(method_name("type"), "type_op");
        assert_eq!(method_name("Self"), "self_op");
        assert_eq!(variant_name("Self"), "SelfValue");
        assert_eq!(variant_name("("), "LParen");
        assert_eq!(type_name("result"), "ResultType");
        assert_eq!(field_name("type"), "type_");
        assert_eq!(field_name("Self"), "self_");
        assert_eq!(field_name("2fa_enabled"), "field_2fa_enabled");
        assert_eq!(field_name(""), "field");
        assert_eq!(field_name("x-ratelimit-limit"), "x_ratelimit_limit");
        assert_eq!(method_name("listContacts"), "list_contacts");
        assert_eq!(type_name("café"), "CafU00e9");
        assert_eq!(type_name("value"), "ValueType");
        assert_eq!(type_name_part("value"), "Value");
    }

    #[test]
    fn names_enum_values() {
        assert_eq!(variant_name("="), "Eq");
        assert_eq!(variant_name("!="), "NotEq");
        assert_eq!(variant_name("!~"), "NotTilde");
        assert_eq!(variant_name("$"), "Dollar");
        assert_eq!(variant_name("2.11"), "V2_11");
        assert_eq!(variant_name("21.1"), "V21_1");
        assert_eq!(variant_name("3rd_party_error"), "V3rdPartyError");
        assert_eq!(variant_name("Back-office"), "BackOffice");
        assert_eq!(variant_name(""), "Empty");
        assert_eq!(variant_name("unknown"), "UnknownValue");
        assert_eq!(variant_name("in"), "In");
    }

    #[test]
    fn names_that_differ_by_punctuation_or_case_say_how() {
        let names = |raws: &[&str], kind| -> Vec<String> {
            distinct_names(raws, kind, &["Unknown"])
                .into_iter()
                .map(|(name, _)| name)
                .collect()
        };
        assert_eq!(
            names(&["+1", "-1", "1"], NameKind::Variant),
            ["Plus1", "Minus1", "V1"]
        );
        assert_eq!(
            names(&["asc", "ASC", "Asc"], NameKind::Variant),
            ["Asc", "AscUpper", "AscCapitalized"]
        );
        assert_eq!(
            names(&["DateCreated<", "DateCreated>"], NameKind::Field),
            ["date_created_lt", "date_created_gt"]
        );
        assert_eq!(names(&["+1", "-1"], NameKind::Field), ["plus_1", "minus_1"]);
        assert_eq!(
            names(&["self", "Self"], NameKind::Field),
            ["self_", "self_capitalized"]
        );
        assert_eq!(names(&["a", "b"], NameKind::Variant), ["A", "B"]);
        let numbered = distinct_names(&["a b", "a  b"], NameKind::Variant, &[]);
        assert_eq!(numbered[1], ("ASpaceSpaceB".to_string(), None));
        let same = distinct_names(&["x", "x"], NameKind::Field, &[]);
        assert_eq!(same[1], ("x2".to_string(), Some("x".to_string())));
    }

    #[test]
    fn claims_unique_names() {
        let mut names = Namespace::default();
        assert_eq!(names.claim("Ticket"), ("Ticket".to_string(), false));
        assert_eq!(names.claim("Ticket"), ("Ticket2".to_string(), true));
        assert_eq!(names.claim("V2"), ("V2".to_string(), false));
        assert_eq!(names.claim("V2"), ("V2_2".to_string(), true));
    }
}
