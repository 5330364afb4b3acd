//! The generator's model of one document: what the server code is rendered from.
//!
//! Plain data, built by the reader ([`super::read`]), which is where every unsupported construct
//! is rejected. The rule is: if poem-openapi cannot serve the construct exactly as written (same
//! schema, same validation), the build fails and names it.

use heck::{ToSnakeCase, ToUpperCamelCase};

/// One API document.
#[derive(Debug, Clone)]
pub struct Api {
    /// The file stem, e.g. `card-api`.
    pub stem: String,
    /// The document's file name, e.g. `card-api.yaml`.
    pub file_name: String,
    /// The Rust module name, e.g. `card_api`.
    pub module: String,
    /// The trait name, e.g. `CardApi`.
    pub trait_name: String,
    /// `info.title`.
    pub title: String,
    /// `info.version`.
    pub version: String,
    /// `info.description`.
    pub description: Option<String>,
    /// `servers[0].url`: where the API is mounted.
    pub server_url: String,
    /// `servers[0].description`.
    pub server_description: Option<String>,
    /// Tags in document order (declared ones first, then any only used by operations).
    pub tags: Vec<Tag>,
    /// Every named type, in a stable order.
    pub types: Vec<TypeDef>,
    /// Security schemes used by operations.
    pub security_schemes: Vec<SecurityScheme>,
    /// Operations in document order.
    pub operations: Vec<Operation>,
}

/// A tag.
#[derive(Debug, Clone)]
pub struct Tag {
    /// The tag's name as written.
    pub name: String,
    /// Its Rust variant name.
    pub variant: String,
    /// Its description.
    pub description: Option<String>,
}

/// A named type.
#[derive(Debug, Clone)]
pub enum TypeDef {
    /// An object schema.
    Object(ObjectDef),
    /// A string schema with `enum`.
    StringEnum(EnumDef),
    /// A scalar that needs its own type: an integer enum, or a constrained array item (poem's
    /// element validators would drop the item's `type` from the served schema).
    Scalar(ScalarDef),
    /// An `allOf` of objects: one field per part, each reading the whole value.
    Composed(ComposedDef),
    /// A `oneOf` / `anyOf` of objects: one variant per member.
    Union(UnionDef),
}

impl TypeDef {
    /// The Rust name.
    pub fn name(&self) -> &str {
        match self {
            TypeDef::Object(o) => &o.name,
            TypeDef::StringEnum(e) => &e.name,
            TypeDef::Scalar(s) => &s.name,
            TypeDef::Composed(c) => &c.name,
            TypeDef::Union(u) => &u.name,
        }
    }

    /// Whether values of the type are JSON objects (an object, or a composition or union of
    /// objects).
    pub fn is_object(&self) -> bool {
        matches!(
            self,
            TypeDef::Object(_) | TypeDef::Composed(_) | TypeDef::Union(_)
        )
    }
}

/// A `oneOf` or `anyOf` of `$ref`s to object components, with or without a `discriminator`.
#[derive(Debug, Clone)]
pub struct UnionDef {
    /// Rust (and served schema) name.
    pub name: String,
    /// Description.
    pub description: Option<String>,
    /// `oneOf` (exactly one member matches) rather than `anyOf` (the first that matches).
    pub one_of: bool,
    /// The members in document order: (Rust variant, component name).
    pub members: Vec<(String, String)>,
    /// `discriminator`: the property naming the member, and every (value, component name),
    /// the explicit `mapping` first, then each unmapped member's own name.
    pub discriminator: Option<Discriminator>,
}

/// A union's `discriminator`.
#[derive(Debug, Clone)]
pub struct Discriminator {
    /// `propertyName`.
    pub property: String,
    /// `mapping` as written: (value, `$ref` as written).
    pub mapping: Vec<(String, String)>,
    /// Every value the property may take: (value, component name).
    pub values: Vec<(String, String)>,
}

/// An `allOf` of object schemas: `$ref`s to object components and at most one inline object.
/// A value must be valid against every part, so each part parses the whole value; the answer
/// is the union of the parts' properties.
#[derive(Debug, Clone)]
pub struct ComposedDef {
    /// Rust (and served schema) name.
    pub name: String,
    /// Description.
    pub description: Option<String>,
    /// The parts in document order: (Rust field name, the part's named type, whether it was
    /// written inline).
    pub parts: Vec<(String, String, bool)>,
}

/// An object schema.
#[derive(Debug, Clone)]
pub struct ObjectDef {
    /// Rust (and served schema) name.
    pub name: String,
    /// Description.
    pub description: Option<String>,
    /// Properties in document order.
    pub fields: Vec<Field>,
    /// `additionalProperties: false`: a property not listed is refused (poem-openapi's
    /// `deny_unknown_fields`; the served document states it through `DocumentInfo`).
    pub closed: bool,
}

/// An object property.
#[derive(Debug, Clone)]
pub struct Field {
    /// The JSON name.
    pub json_name: String,
    /// The Rust field name.
    pub rust_name: String,
    /// Its type.
    pub ty: TypeRef,
    /// Listed in `required`.
    pub required: bool,
    /// Has `default` equal to the type's `Default` (stated with poem's plain `default`).
    pub has_default: bool,
    /// Another `default` of a scalar optional property (string, integer, number, boolean):
    /// the field takes it when absent, through a generated function, and the schema states it.
    pub default_value: Option<serde_json::Value>,
    /// `deprecated: true`.
    pub deprecated: bool,
    /// `nullable: true`: `null` is one of its values (`runtime::Nullable` when required,
    /// `runtime::MaybeNull` when optional).
    pub nullable: bool,
    /// Its value can contain the object holding it (`Category.parent: Category`): held in a
    /// `Box`, since a Rust value cannot hold itself.
    pub boxed: bool,
    /// `readOnly: true`: answered, refused in a request.
    pub read_only: bool,
    /// `writeOnly: true`: accepted in a request, never answered.
    pub write_only: bool,
    /// Description.
    pub description: Option<String>,
    /// Constraints on the value.
    pub validators: Validators,
}

/// A string enum.
#[derive(Debug, Clone)]
pub struct EnumDef {
    /// Rust name.
    pub name: String,
    /// Description.
    pub description: Option<String>,
    /// (JSON value, Rust variant) in document order.
    pub values: Vec<(String, String)>,
}

/// A scalar newtype.
#[derive(Debug, Clone)]
pub struct ScalarDef {
    /// Rust name.
    pub name: String,
    /// Description.
    pub description: Option<String>,
    /// The wrapped type (a scalar `TypeRef`).
    pub base: TypeRef,
    /// Constraints.
    pub validators: Validators,
    /// For integer enums, the allowed values.
    pub int_enum: Vec<i64>,
}

/// A reference to a type.
#[derive(Debug, Clone, PartialEq)]
pub enum TypeRef {
    /// A named type of this document.
    Named(String),
    /// `type: string`.
    String,
    /// `type: string, format: date-time`.
    DateTime,
    /// `type: string, format: date` (`crate::runtime::Date`).
    Date,
    /// `type: string, format: uuid` (`crate::runtime::Uuid`).
    Uuid,
    /// `type: string, format: byte`: base64 (`crate::runtime::Bytes`).
    Bytes,
    /// `type: boolean`.
    Bool,
    /// `type: integer, format: int32`.
    I32,
    /// `type: integer, format: int64`.
    I64,
    /// `type: number, format: float`.
    F32,
    /// `type: number, format: double`.
    F64,
    /// `type: array`.
    Vec(Box<TypeRef>),
    /// `type: object` with no properties and `additionalProperties: <schema>`: a map from
    /// string keys (served as poem-openapi serves a `BTreeMap`).
    Map(Box<TypeRef>),
}

/// Constraints poem-openapi validates and states in the served schema.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Validators {
    /// `minLength`.
    pub min_length: Option<usize>,
    /// `maxLength`.
    pub max_length: Option<usize>,
    /// `pattern`.
    pub pattern: Option<String>,
    /// `minimum` and `exclusiveMinimum`.
    pub minimum: Option<(f64, bool)>,
    /// `maximum` and `exclusiveMaximum`.
    pub maximum: Option<(f64, bool)>,
    /// `multipleOf`.
    pub multiple_of: Option<f64>,
    /// `minItems`.
    pub min_items: Option<usize>,
    /// `maxItems`.
    pub max_items: Option<usize>,
    /// `uniqueItems`.
    pub unique_items: bool,
}

impl Validators {
    /// True when there is nothing to check.
    pub fn is_empty(&self) -> bool {
        *self == Validators::default()
    }
    /// True when a constraint applies to a scalar value (not to an array as a whole).
    pub(super) fn has_element_constraints(&self) -> bool {
        self.min_length.is_some()
            || self.max_length.is_some()
            || self.pattern.is_some()
            || self.minimum.is_some()
            || self.maximum.is_some()
            || self.multiple_of.is_some()
    }
}

/// A security scheme.
#[derive(Debug, Clone)]
pub struct SecurityScheme {
    /// The name in `components.securitySchemes`.
    pub name: String,
    /// The Rust struct name, e.g. `BearerAuth`.
    pub rust_name: String,
    /// The snake-case name, for the trait's `authenticate_<name>` method.
    pub snake: String,
    /// What kind of credential it carries.
    pub kind: SecurityKind,
    /// Description.
    pub description: Option<String>,
}

/// The kinds of security scheme the generator supports.
#[derive(Debug, Clone)]
pub enum SecurityKind {
    /// `type: http, scheme: bearer`.
    Bearer {
        /// `bearerFormat`.
        format: Option<String>,
    },
    /// `type: http, scheme: basic`.
    Basic,
    /// `type: apiKey, in: header`.
    ApiKeyHeader {
        /// The header name.
        header: String,
    },
    /// `type: oauth2` with only the client-credentials flow.
    OAuth2ClientCredentials {
        /// `tokenUrl`.
        token_url: String,
        /// (scope, description).
        scopes: Vec<(String, String)>,
    },
}

/// An operation.
#[derive(Debug, Clone)]
pub struct Operation {
    /// `operationId`.
    pub operation_id: String,
    /// Rust method name.
    pub fn_name: String,
    /// Rust response enum name.
    pub response_name: String,
    /// Lowercase HTTP method.
    pub method: String,
    /// The document path, e.g. `/cards/{cardId}`.
    pub path: String,
    /// `summary`.
    pub summary: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// Tag variant names.
    pub tags: Vec<String>,
    /// `deprecated: true`.
    pub deprecated: bool,
    /// Parameters: path, then query, then header, each in document order.
    pub params: Vec<Param>,
    /// The request body.
    pub body: Option<Body>,
    /// Responses by status.
    pub responses: Vec<ResponseDef>,
    /// The security scheme protecting it (index into `Api::security_schemes`).
    pub security: Option<usize>,
}

impl Operation {
    /// The body type shared by every 4xx/5xx response.
    pub fn error_type(&self) -> Option<&TypeRef> {
        self.responses
            .iter()
            .find(|r| r.status >= 400)
            .and_then(|r| r.body.as_ref())
    }
    /// The response declared for a status.
    pub fn response(&self, status: u16) -> Option<&ResponseDef> {
        self.responses.iter().find(|r| r.status == status)
    }
}

/// Where a parameter is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ParamLocation {
    /// In the path.
    Path,
    /// In the query string.
    Query,
    /// In a header.
    Header,
}

/// A parameter.
#[derive(Debug, Clone)]
pub struct Param {
    /// The name as written.
    pub name: String,
    /// The Rust argument name.
    pub rust_name: String,
    /// Where it is.
    pub location: ParamLocation,
    /// `required`.
    pub required: bool,
    /// `deprecated`.
    pub deprecated: bool,
    /// Its (scalar) type.
    pub ty: TypeRef,
    /// Constraints.
    pub validators: Validators,
    /// `default` of an optional scalar parameter: taken when the parameter is absent (through
    /// a generated function), and stated in the schema.
    pub default_value: Option<serde_json::Value>,
    /// Description.
    pub description: Option<String>,
}

/// The media types a request body may have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyKind {
    /// `application/json`.
    Json,
    /// `application/x-www-form-urlencoded`.
    Form,
    /// `text/plain` with `{type: string}`: the text (its `ty` is `TypeRef::String`).
    Text,
    /// `application/octet-stream` with `{type: string, format: binary}`: the bytes (its `ty`
    /// is `TypeRef::Bytes`, given to the handler as `Vec<u8>`).
    Binary,
}

impl BodyKind {
    /// The media type as a document writes it.
    pub fn media_type(self) -> &'static str {
        match self {
            BodyKind::Json => "application/json",
            BodyKind::Form => "application/x-www-form-urlencoded",
            BodyKind::Text => "text/plain",
            BodyKind::Binary => "application/octet-stream",
        }
    }
}

/// A request body.
#[derive(Debug, Clone)]
pub struct Body {
    /// Its media type.
    pub kind: BodyKind,
    /// Its type: a named object for JSON and forms; see [`BodyKind`] for the others.
    pub ty: TypeRef,
    /// Description.
    pub description: Option<String>,
}

/// A response.
#[derive(Debug, Clone)]
pub struct ResponseDef {
    /// The status code.
    pub status: u16,
    /// The enum variant name.
    pub variant: String,
    /// Description.
    pub description: String,
    /// The body's type, if any: a named object for JSON; `TypeRef::String` for text and
    /// `TypeRef::Bytes` for binary bodies.
    pub body: Option<TypeRef>,
    /// The body's media type (JSON when there is none).
    pub media: BodyKind,
    /// The headers it declares (optional strings, on success answers only), by name.
    pub headers: Vec<String>,
}

/// Rust keywords that cannot be field or argument names.
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut",
    "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while", "yield",
];

/// A snake-case Rust identifier for a JSON name.
pub fn snake_ident(name: &str) -> String {
    let mut s = name.to_snake_case();
    if s.is_empty() || s.starts_with(|c: char| c.is_ascii_digit()) {
        s = format!("v_{s}");
    }
    if KEYWORDS.contains(&s.as_str()) {
        s.push('_');
    }
    s
}

/// An upper-camel-case Rust identifier for a name or enum value.
pub fn camel_ident(name: &str) -> String {
    let s = name.to_upper_camel_case();
    if s.is_empty() || s.starts_with(|c: char| c.is_ascii_digit()) {
        format!("V{s}")
    } else {
        s
    }
}

/// The enum variant name of a status code.
pub fn status_variant(status: u16) -> String {
    let name = match status {
        200 => "Ok",
        201 => "Created",
        202 => "Accepted",
        204 => "NoContent",
        400 => "BadRequest",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "NotFound",
        405 => "MethodNotAllowed",
        409 => "Conflict",
        413 => "PayloadTooLarge",
        415 => "UnsupportedMediaType",
        422 => "UnprocessableEntity",
        429 => "TooManyRequests",
        500 => "InternalServerError",
        502 => "BadGateway",
        503 => "ServiceUnavailable",
        504 => "GatewayTimeout",
        other => return format!("Status{other}"),
    };
    name.to_string()
}
