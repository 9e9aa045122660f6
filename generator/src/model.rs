//! The intermediate model: named Rust types and client operations, with every reference
//! resolved. Lowering builds it from the spec; emitting turns it into Rust.

use std::collections::BTreeSet;

/// Index of a type in [`ApiModel::types`].
pub type TypeId = usize;

/// Everything the emitters need, independent of OpenAPI's shape.
#[derive(Debug, Clone, Default)]
pub struct ApiModel {
    /// `info.title`.
    pub title: String,
    /// `info.description`.
    pub description: Option<String>,
    /// `info.version`.
    pub version: String,
    /// Servers, one per region.
    pub servers: Vec<Server>,
    /// How the client authenticates: the spec's security schemes and default requirement.
    pub auth: Auth,
    /// The header that selects the API version, handled by the client rather than each method.
    pub version_header: Option<VersionHeader>,
    /// Named types, in a stable order.
    pub types: Vec<TypeDef>,
    /// Operations, in spec order.
    pub operations: Vec<Operation>,
    /// Tags, in spec order, with their descriptions.
    pub tags: Vec<Tag>,
    /// Examples found in the spec, for the generated decoding test.
    pub examples: Vec<Example>,
    /// Webhooks the API sends (3.1's `webhooks`, or our `x-webhooks` extension in 3.0).
    pub webhooks: Vec<Webhook>,
    /// The tag features the webhooks' payload types need (types operations also use keep
    /// their tags' gates; the webhooks feature enables one tag of each).
    pub webhook_tags: Vec<String>,
}

/// A webhook: a request the API sends to the user's server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Webhook {
    /// Its key under `webhooks`.
    pub name: String,
    /// Summary and description of its operation.
    pub docs: Option<String>,
    /// The JSON payload.
    pub payload: TypeRef,
    /// How deliveries are signed, if the spec says (`x-webhook-signature`).
    pub signature: Option<WebhookSignature>,
}

/// How a webhook delivery is signed: an HMAC of the raw body, keyed with a secret the user
/// holds, in a header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebhookSignature {
    /// The header carrying the signature (`X-Hub-Signature`).
    pub header: String,
    /// The MAC.
    pub algorithm: HmacAlgorithm,
    /// Text before the encoded MAC in the header (`sha1=`), possibly empty.
    pub prefix: String,
    /// How the MAC is written.
    pub encoding: SignatureEncoding,
    /// What the key is, in the spec's words (`the app's client secret`).
    pub key: Option<String>,
}

/// The MAC of a webhook signature.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HmacAlgorithm {
    /// HMAC-SHA1.
    Sha1,
    /// HMAC-SHA256.
    Sha256,
}

/// How a webhook signature's MAC is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignatureEncoding {
    /// Lowercase or uppercase hexadecimal.
    Hex,
    /// Standard base64 with padding.
    Base64,
}

impl ApiModel {
    /// The struct type `id` names, following aliases (bounded, so alias cycles end).
    pub fn struct_def(&self, mut id: TypeId) -> Option<(TypeId, &TypeDef, &[Field])> {
        for _ in 0..=self.types.len() {
            let def = self.types.get(id)?;
            match &def.kind {
                TypeKind::Alias(TypeRef::Named(next)) => id = *next,
                TypeKind::Struct(fields) => return Some((id, def, fields)),
                _ => return None,
            }
        }
        None
    }

    /// The value decoding requires of `field` (see [`Field::pinned`]), when its Rust type
    /// holds the check: a string or a string enum, not a field widened to untyped JSON.
    pub fn pinned_value<'f>(&self, field: &'f Field) -> Option<&'f str> {
        let pinned = field.pinned.as_deref()?;
        let mut ty = &field.ty;
        for _ in 0..=self.types.len() {
            match ty {
                TypeRef::String => return Some(pinned),
                TypeRef::Named(id) => match &self.types.get(*id)?.kind {
                    TypeKind::Enum(_) => return Some(pinned),
                    TypeKind::Alias(inner) => ty = inner,
                    _ => return None,
                },
                _ => return None,
            }
        }
        None
    }

    /// Whether the generated decoder takes `object` as the struct with `fields` at all (its
    /// fields may still be forgiven one by one): a pinned `type` must match, and a type that
    /// requires properties or pins its `type` needs at least one of its properties present.
    pub fn is_object_of(
        &self,
        fields: &[Field],
        object: &serde_json::Map<String, serde_json::Value>,
    ) -> bool {
        let mut needs_known = false;
        for field in fields {
            needs_known |= field.required;
            if let Some(pinned) = self.pinned_value(field) {
                needs_known = true;
                match object.get(&field.json_name) {
                    Some(serde_json::Value::String(value)) if value != pinned => return false,
                    Some(serde_json::Value::Null | serde_json::Value::String(_)) | None => {}
                    Some(_) => return false,
                }
            }
        }
        !needs_known || fields.iter().any(|f| object.contains_key(&f.json_name))
    }
}

/// A server the client can talk to.
#[derive(Debug, Clone)]
pub struct Server {
    /// Variant name in the generated `Region` enum.
    pub variant: String,
    /// Base URL.
    pub url: String,
    /// Description from the spec.
    pub description: Option<String>,
}

/// The API version header and its default value.
#[derive(Debug, Clone)]
pub struct VersionHeader {
    /// Header name, e.g. `Intercom-Version`.
    pub name: String,
    /// Value sent when the user does not choose one.
    pub default: String,
}

/// A tag: a group of operations, and a cargo feature of the generated crate.
#[derive(Debug, Clone)]
pub struct Tag {
    /// The tag as written in the spec.
    pub name: String,
    /// Module and feature name.
    pub module: String,
    /// Description from the spec.
    pub description: Option<String>,
    /// For a group of operations the spec does not tag: the path they share (`/v1/tasks`).
    pub path_group: Option<String>,
}

/// A named Rust type.
#[derive(Debug, Clone)]
pub struct TypeDef {
    /// Rust identifier, as lowering named it (see `plan` for the final name).
    pub name: String,
    /// For an inline type, the name it was meant to have (from where it appears), before any
    /// word or number was added to make it unique.
    pub name_hint: Option<String>,
    /// JSON pointer of the schema it comes from.
    pub pointer: String,
    /// Title and description.
    pub docs: Option<String>,
    /// What kind of type it is.
    pub kind: TypeKind,
    /// Whether requests, responses or both use it.
    pub usage: Usage,
}

/// Which direction a type travels in, and which tags' operations use it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Usage {
    /// Sent to the server (request bodies and parameters).
    pub request: bool,
    /// Received from the server.
    pub response: bool,
    /// Module names of the tags whose operations use it (directly or through other types).
    pub tags: BTreeSet<String>,
}

/// The shape of a named type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TypeKind {
    /// A struct with named fields.
    Struct(Vec<Field>),
    /// A string enumeration (with an `Unknown(String)` catch-all).
    Enum(Vec<EnumVariant>),
    /// A `oneOf`/`anyOf` (with an `Unknown(serde_json::Value)` catch-all).
    Union(Union),
    /// A type alias (`pub type Name = …;`).
    Alias(TypeRef),
}

/// A struct field.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Field {
    /// Rust identifier.
    pub name: String,
    /// Property name on the wire.
    pub json_name: String,
    /// Description.
    pub docs: Option<String>,
    /// Field type (before `Option`).
    pub ty: TypeRef,
    /// Listed in `required`.
    pub required: bool,
    /// May be `null`.
    pub nullable: bool,
    /// Boxed to break a recursive type.
    pub boxed: bool,
    /// Marked deprecated.
    pub deprecated: bool,
    /// The one value the schema allows for this property (a `type` given as a one-value enum
    /// or described as "Always `ticket`"): decoding another value is an error.
    pub pinned: Option<String>,
}

/// A value of a string enumeration.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct EnumVariant {
    /// Rust identifier.
    pub name: String,
    /// Value on the wire.
    pub value: String,
    /// What the value means (`x-enum-descriptions`).
    pub docs: Option<String>,
}

/// A `oneOf`/`anyOf`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Union {
    /// The alternatives, in spec order.
    pub variants: Vec<UnionVariant>,
    /// Property whose value selects the alternative (the discriminator, or an inferred `type`
    /// tag).
    pub tag_property: Option<String>,
}

/// One alternative of a union.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct UnionVariant {
    /// Rust identifier.
    pub name: String,
    /// Payload type.
    pub ty: TypeRef,
    /// Boxed to break a recursive type.
    pub boxed: bool,
    /// What a JSON value must look like to be this alternative.
    pub shape: Shape,
}

/// The JSON kind of a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum JsonKind {
    /// Any value.
    Any,
    /// `null`.
    Null,
    /// `true`/`false`.
    Boolean,
    /// A whole number.
    Integer,
    /// Any number.
    Number,
    /// A string.
    String,
    /// A list.
    Array,
    /// An object.
    Object,
}

/// What identifies an alternative of a union in a JSON value.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Shape {
    /// The JSON kind the alternative accepts.
    pub kind: JsonKind,
    /// Properties the alternative requires (objects; for arrays of objects, their items).
    pub required: Vec<String>,
    /// All properties the alternative knows (objects; for arrays of objects, their items).
    pub properties: Vec<String>,
    /// For each property holding an object (or an array of objects): the properties that
    /// object knows. Tells apart alternatives that agree on the top level.
    pub nested: Vec<(String, Vec<String>)>,
    /// Values of the union's tag property that select this alternative.
    pub tags: BTreeSet<String>,
}

/// A reference to a type, as used in fields, parameters and bodies.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TypeRef {
    /// `String`.
    String,
    /// `i32` (`format: int32`).
    Int32,
    /// `i64`.
    Int64,
    /// `f64`.
    Float,
    /// `bool`.
    Boolean,
    /// Untyped JSON (`serde_json::Value`).
    Json,
    /// A file in a multipart body.
    File,
    /// A named type.
    Named(TypeId),
    /// `Vec<T>`.
    Array(Box<TypeRef>),
    /// `BTreeMap<String, T>`.
    Map(Box<TypeRef>),
}

/// An API operation: one method on the client.
#[derive(Debug, Clone)]
pub struct Operation {
    /// operationId (or the synthesized one).
    pub id: String,
    /// Rust method name.
    pub method_name: String,
    /// HTTP method, upper case.
    pub http_method: String,
    /// Path template, e.g. `/tickets/{id}`.
    pub path: String,
    /// Tag module it belongs to.
    pub tag: String,
    /// Summary line.
    pub summary: Option<String>,
    /// Longer description.
    pub description: Option<String>,
    /// Marked deprecated.
    pub deprecated: bool,
    /// The first API version that has the operation (`x-intercom-since`): a version number,
    /// or `Preview` for operations only the unstable version has.
    pub since: Option<String>,
    /// Parameters, path parameters first in template order.
    pub params: Vec<Param>,
    /// Name of the struct holding the optional parameters, if there are any.
    pub params_struct: Option<String>,
    /// Request body.
    pub body: Option<RequestBody>,
    /// What a successful call returns.
    pub success: Success,
    /// The first success status the spec lists (200 when it lists none).
    pub success_status: u16,
    /// The `Accept` header to send when the success body is not JSON.
    pub accept: Option<String>,
    /// Pagination, when the response is a page of a list.
    pub pagination: Option<Pagination>,
    /// The operation's own security requirement, when it differs from [`Auth::default`]
    /// (`Some(vec![])`: no credentials are sent).
    pub security: Option<Security>,
}

/// What `components.securitySchemes` and the top-level `security` declare.
#[derive(Debug, Clone, Default)]
pub struct Auth {
    /// The schemes the client can send, in spec order (unsupported ones left out).
    pub schemes: Vec<SecurityScheme>,
    /// The requirement of every operation that does not declare its own.
    pub default: Security,
}

/// Alternatives, in order: the first whose every scheme has a credential is sent. Each
/// alternative lists indexes into [`Auth::schemes`]; an empty alternative needs nothing
/// (credentials are optional), and no alternative at all means none are sent.
pub type Security = Vec<Vec<usize>>;

/// A security scheme of the spec.
#[derive(Debug, Clone)]
pub struct SecurityScheme {
    /// Its key under `components.securitySchemes`.
    pub name: String,
    /// How it sends its credential.
    pub placement: Placement,
    /// How the spec declares it, for docs: `http bearer`, `oauth2`, `apiKey in header`, ….
    pub declared_as: String,
    /// Description from the spec.
    pub description: Option<String>,
}

/// Where a scheme puts its credential.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Placement {
    /// `Authorization: Bearer <token>` (`http` bearer, `oauth2`, `openIdConnect`).
    Bearer,
    /// `Authorization: Basic <base64(username:password)>`.
    Basic,
    /// An API key in the named header.
    Header(String),
    /// An API key in the named query parameter.
    Query(String),
    /// An API key in the named cookie.
    Cookie(String),
}

/// The kind of credential a scheme takes: one builder method each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum CredentialKind {
    /// A bearer token.
    Bearer,
    /// A username and password.
    Basic,
    /// An API key.
    ApiKey,
}

impl Placement {
    /// The kind of credential it sends.
    pub fn kind(&self) -> CredentialKind {
        match self {
            Placement::Bearer => CredentialKind::Bearer,
            Placement::Basic => CredentialKind::Basic,
            Placement::Header(_) | Placement::Query(_) | Placement::Cookie(_) => {
                CredentialKind::ApiKey
            }
        }
    }
}

/// Where a parameter goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamLocation {
    /// In the path template.
    Path,
    /// In the query string.
    Query,
    /// A request header.
    Header,
}

/// How a parameter's arrays and objects are written (OpenAPI `style` and `explode`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamStyle {
    /// `form` (query), exploded or not.
    Form {
        /// Repeat the name per value.
        explode: bool,
    },
    /// `spaceDelimited` (query).
    SpaceDelimited,
    /// `pipeDelimited` (query).
    PipeDelimited,
    /// `deepObject` (query).
    DeepObject,
    /// `simple` (path and header).
    Simple {
        /// Whether objects are written `k=v`.
        explode: bool,
    },
    /// `label` (path).
    Label {
        /// Whether each value has its own `.`.
        explode: bool,
    },
    /// `matrix` (path).
    Matrix {
        /// Whether each value has its own `;name=`.
        explode: bool,
    },
}

/// An operation parameter.
#[derive(Debug, Clone)]
pub struct Param {
    /// Name on the wire.
    pub name: String,
    /// Rust identifier.
    pub rust_name: String,
    /// Where it goes.
    pub location: ParamLocation,
    /// Must be given.
    pub required: bool,
    /// Value type.
    pub ty: TypeRef,
    /// Description.
    pub docs: Option<String>,
    /// Query serialization style.
    pub style: ParamStyle,
    /// The spec's example value (the parameter's own, else its schema's), for the method's
    /// doc example.
    pub example: Option<serde_json::Value>,
}

/// How a request body is encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyEncoding {
    /// `application/json` (or `+json`).
    Json,
    /// `multipart/form-data`.
    Multipart,
    /// `application/x-www-form-urlencoded`.
    Form,
    /// `text/plain`.
    Text,
    /// Raw bytes with the given content type.
    Binary,
}

/// A request body.
#[derive(Debug, Clone)]
pub struct RequestBody {
    /// Encoding.
    pub encoding: BodyEncoding,
    /// Content type sent.
    pub content_type: String,
    /// Body type.
    pub ty: TypeRef,
    /// Whether the body must be sent.
    pub required: bool,
    /// For a form body: the properties whose encoding object says how to write them (the
    /// others are written in the bracket style, `a[b]=c`, `a[]=x`).
    pub form_fields: Vec<FormField>,
}

/// How a property of a form body is written (its encoding object).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormField {
    /// Property name.
    pub name: String,
    /// How it is written.
    pub style: FormStyle,
}

/// How a property of a form body is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormStyle {
    /// `style: form`: arrays as `a=x&a=y` (exploded) or `a=x,y`.
    Form {
        /// Repeat the name per value.
        explode: bool,
    },
    /// `style: spaceDelimited`: arrays as `a=x y`.
    SpaceDelimited,
    /// `style: pipeDelimited`: arrays as `a=x|y`.
    PipeDelimited,
    /// `style: deepObject`, and the default: brackets (`a[b]=c`, `a[]=x`, `a[0][b]=c`).
    Brackets,
    /// `contentType: application/json`: the value as JSON text.
    Json,
}

/// What a response body decodes into.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResponseBody {
    /// No body (or one the operation ignores).
    Empty,
    /// JSON of this type.
    Json(TypeRef),
    /// Text.
    Text,
    /// Raw bytes.
    Binary,
}

/// The successful outcome of an operation.
#[derive(Debug, Clone)]
pub enum Success {
    /// One body type for every success status.
    Single(ResponseBody),
    /// Different bodies per status: an enum named `name` with one variant per status.
    ByStatus {
        /// Name of the generated enum.
        name: String,
        /// `(status, variant name, body)`.
        variants: Vec<(u16, String, ResponseBody)>,
    },
}

/// How to fetch the next page of a list operation.
#[derive(Debug, Clone)]
pub struct Pagination {
    /// Where the cursor or page number goes in the next request.
    pub next: PageInput,
    /// The page type: the operation's response type, or the alternative of its response union
    /// that is a page (see `response_union`).
    pub page_type: TypeId,
    /// When the response is a union (a page, or a single item): the union and the name of its
    /// page variant.
    pub response_union: Option<(TypeId, String)>,
    /// The field of the page holding the items.
    pub items_field: String,
    /// Item type.
    pub item_type: TypeRef,
    /// Where the page says what comes next.
    pub value: PageValue,
}

/// A field of a struct: the struct's type and the field's index.
pub type FieldRef = (TypeId, usize);

/// Where a page says what comes next, as paths of fields from the page type.
#[derive(Debug, Clone)]
pub enum PageValue {
    /// The next cursor (`pages.next.starting_after`).
    Cursor(Vec<FieldRef>),
    /// The current page number and the page count (`pages.page`, `pages.total_pages`).
    Number {
        /// Path to the current page number.
        page: Vec<FieldRef>,
        /// Path to the page count.
        total: Vec<FieldRef>,
    },
}

/// Where the next-page value is put.
#[derive(Debug, Clone)]
pub enum PageInput {
    /// An optional query parameter (its field in the parameter struct).
    Query(String),
    /// A field of the request body holding a pagination object.
    Body {
        /// The body's field holding the pagination object.
        holder: FieldRef,
        /// The pagination object's field that takes the cursor.
        cursor: FieldRef,
    },
}

/// An example from the spec, decoded by the generated example test.
#[derive(Debug, Clone)]
pub struct Example {
    /// operationId of the operation it belongs to.
    pub operation_id: String,
    /// Where it comes from, for messages.
    pub label: String,
    /// The type it must decode into.
    pub ty: TypeRef,
    /// A request body's example (sent to the API), not a response's.
    pub sent: bool,
    /// The status of the response it is an example of (`None` for a request body's example
    /// and for a `default` response's).
    pub status: Option<u16>,
    /// The example value.
    pub value: serde_json::Value,
    /// Where the example holds a value its string enum does not list (`$.state`).
    pub unknown_enum_values: Vec<String>,
    /// Where the example holds `null` for an optional property that does not allow it.
    pub disallowed_nulls: Vec<String>,
}
