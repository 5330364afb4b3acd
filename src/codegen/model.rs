//! The generator's model of one document: what the server code is rendered from.
//!
//! Reading a document into this model is where every unsupported construct is rejected. The rule
//! is: if poem-openapi cannot serve the construct exactly as written (same schema, same
//! validation), the build fails and names it.

use std::collections::{BTreeMap, BTreeSet};

use heck::{ToSnakeCase, ToUpperCamelCase};
use openapiv3::{
    IntegerFormat, NumberFormat, OpenAPI, Parameter, ParameterSchemaOrContent, ReferenceOr,
    RequestBody, Response, Schema, SchemaKind, SecurityScheme as OaSecurityScheme, StatusCode,
    StringFormat, Type, VariantOrUnknownOrEmpty,
};
use serde_json::Value;

use super::{Error, Result};

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
}

impl TypeDef {
    /// The Rust name.
    pub fn name(&self) -> &str {
        match self {
            TypeDef::Object(o) => &o.name,
            TypeDef::StringEnum(e) => &e.name,
            TypeDef::Scalar(s) => &s.name,
        }
    }
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
    /// Has `default` equal to the type's `Default` (the only default poem can state exactly).
    pub has_default: bool,
    /// `deprecated: true`.
    pub deprecated: bool,
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
    fn has_element_constraints(&self) -> bool {
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
}

/// A request body.
#[derive(Debug, Clone)]
pub struct Body {
    /// Its media type.
    pub kind: BodyKind,
    /// Its type (always a named object).
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
    /// The JSON body type, if any.
    pub body: Option<TypeRef>,
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

/// Escapes a JSON-pointer segment.
fn esc(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

/// Reads one document into the model.
struct Reader<'a> {
    file: &'a str,
    doc: &'a OpenAPI,
    types: BTreeMap<String, TypeDef>,
    /// Order in which types were first defined (for stable output).
    order: Vec<String>,
    schemes: Vec<SecurityScheme>,
}

impl Api {
    /// Reads a document from its YAML text.
    pub fn from_yaml(file_name: &str, yaml: &str) -> Result<Api> {
        let parse_err = |message: String| Error::Parse {
            file: file_name.to_string(),
            message,
        };
        let raw: Value = serde_yaml::from_str(yaml).map_err(|e| parse_err(e.to_string()))?;
        let doc: OpenAPI =
            serde_json::from_value(raw.clone()).map_err(|e| parse_err(e.to_string()))?;
        if !doc.openapi.starts_with("3.0.") {
            return Err(Error::Unsupported {
                file: file_name.to_string(),
                pointer: "/openapi".into(),
                construct: format!("OpenAPI version {} (only 3.0.x)", doc.openapi),
            });
        }
        // openapiv3 ignores keywords it does not know; find them by comparing what it read back
        // with what was written, so that nothing in the document is silently dropped.
        let reread = serde_json::to_value(&doc).map_err(|e| parse_err(e.to_string()))?;
        if let Some((pointer, key)) = first_unread_key(&raw, &reread, String::new()) {
            return Err(Error::Unsupported {
                file: file_name.to_string(),
                pointer,
                construct: format!("keyword `{key}` (not understood by openapiv3)"),
            });
        }
        let mut reader = Reader {
            file: file_name,
            doc: &doc,
            types: BTreeMap::new(),
            order: Vec::new(),
            schemes: Vec::new(),
        };
        reader.read()
    }
}

/// The first key present in `raw` but absent from `reread` (ignoring default-valued keys that
/// serialisation omits), as (pointer, key).
fn first_unread_key(raw: &Value, reread: &Value, at: String) -> Option<(String, String)> {
    match (raw, reread) {
        (Value::Object(r), Value::Object(s)) => {
            for (k, v) in r {
                let here = format!("{at}/{}", esc(k));
                match s.get(k) {
                    Some(sv) => {
                        if let Some(found) = first_unread_key(v, sv, here) {
                            return Some(found);
                        }
                    }
                    None => {
                        let is_default = matches!(v, Value::Bool(false))
                            || v.as_array().is_some_and(|a| a.is_empty())
                            || v.as_object().is_some_and(|o| o.is_empty());
                        if !is_default {
                            return Some((at, k.clone()));
                        }
                    }
                }
            }
            None
        }
        (Value::Array(r), Value::Array(s)) => r
            .iter()
            .zip(s)
            .enumerate()
            .find_map(|(i, (a, b))| first_unread_key(a, b, format!("{at}/{i}"))),
        _ => None,
    }
}

impl Reader<'_> {
    fn unsupported<T>(
        &self,
        pointer: impl Into<String>,
        construct: impl Into<String>,
    ) -> Result<T> {
        Err(Error::Unsupported {
            file: self.file.to_string(),
            pointer: pointer.into(),
            construct: construct.into(),
        })
    }

    fn read(&mut self) -> Result<Api> {
        let doc = self.doc;
        let stem = self
            .file
            .strip_suffix(".yaml")
            .unwrap_or(self.file)
            .to_string();
        let module = snake_ident(&stem);
        let mut trait_name = camel_ident(&stem);
        if !trait_name.ends_with("Api") {
            trait_name.push_str("Api");
        }
        let Some(server) = doc.servers.first() else {
            return self.unsupported(
                "/servers",
                "a document without servers[0] (its url is where the API is mounted)",
            );
        };
        if !server.url.starts_with('/') || server.variables.as_ref().is_some_and(|v| !v.is_empty())
        {
            return self.unsupported(
                "/servers/0/url",
                format!(
                    "server url `{}` (must be a plain path such as `/` or `/tsh`)",
                    server.url
                ),
            );
        }
        if !doc.extensions.is_empty() {
            let key = doc.extensions.keys().next().cloned().unwrap_or_default();
            return self.unsupported(format!("/{}", esc(&key)), format!("extension `{key}`"));
        }
        if let Some(c) = &doc.components {
            for (what, empty) in [
                ("examples", c.examples.is_empty()),
                ("headers", c.headers.is_empty()),
                ("links", c.links.is_empty()),
                ("callbacks", c.callbacks.is_empty()),
            ] {
                if !empty {
                    return self
                        .unsupported(format!("/components/{what}"), format!("components.{what}"));
                }
            }
        }

        let mut tags: Vec<Tag> = doc
            .tags
            .iter()
            .map(|t| Tag {
                name: t.name.clone(),
                variant: camel_ident(&t.name),
                description: t.description.clone(),
            })
            .collect();

        // Component schemas first, so their names are taken before inline ones are derived.
        if let Some(components) = &doc.components {
            for (name, schema) in &components.schemas {
                let pointer = format!("/components/schemas/{}", esc(name));
                let ReferenceOr::Item(schema) = schema else {
                    return self.unsupported(pointer, "a component schema that is only a $ref");
                };
                self.define_component(name, schema, &pointer)?;
            }
        }

        let mut operations = Vec::new();
        let mut seen_ids = BTreeSet::new();
        for (path, item) in doc.paths.paths.iter() {
            let path_pointer = format!("/paths/{}", esc(path));
            let ReferenceOr::Item(item) = item else {
                return self.unsupported(path_pointer, "a path item $ref");
            };
            for (method, op) in item.iter() {
                let pointer = format!("{path_pointer}/{method}");
                let op =
                    self.read_operation(path, method, op, &item.parameters, &pointer, &mut tags)?;
                if !seen_ids.insert(op.operation_id.clone()) {
                    return self.unsupported(
                        pointer,
                        format!("duplicate operationId `{}`", op.operation_id),
                    );
                }
                operations.push(op);
            }
        }

        let types = self.order.iter().map(|n| self.types[n].clone()).collect();
        Ok(Api {
            stem,
            file_name: self.file.to_string(),
            module,
            trait_name,
            title: doc.info.title.clone(),
            version: doc.info.version.clone(),
            description: doc.info.description.clone(),
            server_url: server.url.clone(),
            tags,
            types,
            security_schemes: std::mem::take(&mut self.schemes),
            operations,
        })
    }

    fn insert_type(&mut self, def: TypeDef, pointer: &str) -> Result<()> {
        let name = def.name().to_string();
        if self.types.contains_key(&name) {
            return self.unsupported(
                pointer,
                format!("two schemas would both be named `{name}`; rename one"),
            );
        }
        self.order.push(name.clone());
        self.types.insert(name, def);
        Ok(())
    }

    /// Defines a scalar newtype, or reuses the identical one a shared parameter (a
    /// `components.parameters` entry, or a name several operations repeat) defined before.
    fn scalar_type(&mut self, def: ScalarDef, pointer: &str) -> Result<TypeRef> {
        if let Some(TypeDef::Scalar(existing)) = self.types.get(&def.name)
            && existing.base == def.base
            && existing.validators == def.validators
            && existing.int_enum == def.int_enum
        {
            return Ok(TypeRef::Named(def.name));
        }
        let name = def.name.clone();
        self.insert_type(TypeDef::Scalar(def), pointer)?;
        Ok(TypeRef::Named(name))
    }

    /// Defines a component schema under its own name.
    fn define_component(&mut self, name: &str, schema: &Schema, pointer: &str) -> Result<()> {
        let rust_name = camel_ident(name);
        if rust_name != name {
            return self.unsupported(pointer, format!("component schema name `{name}` (use an UpperCamelCase name such as `{rust_name}`)"));
        }
        match &schema.schema_kind {
            SchemaKind::Type(Type::Object(_)) => {
                self.define_object(name, schema, pointer)?;
            }
            SchemaKind::Type(Type::String(s)) if !s.enumeration.is_empty() => {
                self.define_string_enum(name, schema, pointer)?;
            }
            _ => {
                return self.unsupported(
                    pointer,
                    "a component schema that is neither an object nor a string enum (write scalars inline)",
                );
            }
        }
        Ok(())
    }

    fn check_schema_data(&self, schema: &Schema, pointer: &str) -> Result<()> {
        let d = &schema.schema_data;
        if d.nullable {
            return self.unsupported(
                format!("{pointer}/nullable"),
                "nullable (poem-openapi states no nullable fields)",
            );
        }
        if d.read_only || d.write_only {
            return self.unsupported(pointer, "readOnly / writeOnly");
        }
        if d.discriminator.is_some() {
            return self.unsupported(format!("{pointer}/discriminator"), "discriminator");
        }
        if !d.extensions.is_empty() {
            let key = d.extensions.keys().next().cloned().unwrap_or_default();
            return self.unsupported(
                format!("{pointer}/{}", esc(&key)),
                format!("extension `{key}`"),
            );
        }
        if d.title.is_some() {
            return self.unsupported(format!("{pointer}/title"), "schema title (use description)");
        }
        Ok(())
    }

    fn define_object(&mut self, name: &str, schema: &Schema, pointer: &str) -> Result<TypeRef> {
        self.check_schema_data(schema, pointer)?;
        let SchemaKind::Type(Type::Object(obj)) = &schema.schema_kind else {
            unreachable!("define_object is called on object schemas");
        };
        if obj.additional_properties.is_some() {
            return self.unsupported(
                format!("{pointer}/additionalProperties"),
                "additionalProperties",
            );
        }
        if obj.min_properties.is_some() || obj.max_properties.is_some() {
            return self.unsupported(pointer, "minProperties / maxProperties");
        }
        if schema.schema_data.default.is_some() {
            return self.unsupported(format!("{pointer}/default"), "a default on an object");
        }
        for required in &obj.required {
            if !obj.properties.contains_key(required) {
                return self.unsupported(
                    format!("{pointer}/required"),
                    format!("required property `{required}` is not defined"),
                );
            }
        }
        // Reserve the name before the properties, so inline children cannot take it.
        let placeholder = TypeDef::Object(ObjectDef {
            name: name.to_string(),
            description: None,
            fields: Vec::new(),
        });
        self.insert_type(placeholder, pointer)?;
        let mut fields = Vec::new();
        let mut rust_names = BTreeSet::new();
        for (prop_name, prop) in &obj.properties {
            let prop_pointer = format!("{pointer}/properties/{}", esc(prop_name));
            let required = obj.required.contains(prop_name);
            let rust_name = snake_ident(prop_name);
            if !rust_names.insert(rust_name.clone()) {
                return self.unsupported(
                    prop_pointer,
                    format!("two properties map to the Rust name `{rust_name}`"),
                );
            }
            let child = format!("{name}{}", camel_ident(prop_name));
            let (ty, validators, description, deprecated, default) = match prop {
                ReferenceOr::Reference { reference } => (
                    self.reference(reference, &prop_pointer)?,
                    Validators::default(),
                    None,
                    false,
                    None,
                ),
                ReferenceOr::Item(s) => {
                    let (ty, validators) = self.schema_type(s, &child, &prop_pointer)?;
                    (
                        ty,
                        validators,
                        s.schema_data.description.clone(),
                        s.schema_data.deprecated,
                        s.schema_data.default.clone(),
                    )
                }
            };
            let has_default = match default {
                None => false,
                Some(v) if is_type_default(&ty, &v) && !required => true,
                Some(v) => {
                    return self.unsupported(
                        format!("{prop_pointer}/default"),
                        format!("default {v} (only the type's zero value on an optional property is supported)"),
                    );
                }
            };
            fields.push(Field {
                json_name: prop_name.clone(),
                rust_name,
                ty,
                required,
                has_default,
                deprecated,
                description,
                validators,
            });
        }
        self.types.insert(
            name.to_string(),
            TypeDef::Object(ObjectDef {
                name: name.to_string(),
                description: schema.schema_data.description.clone(),
                fields,
            }),
        );
        Ok(TypeRef::Named(name.to_string()))
    }

    fn define_string_enum(
        &mut self,
        name: &str,
        schema: &Schema,
        pointer: &str,
    ) -> Result<TypeRef> {
        self.check_schema_data(schema, pointer)?;
        let SchemaKind::Type(Type::String(s)) = &schema.schema_kind else {
            unreachable!("define_string_enum is called on string schemas");
        };
        if s.pattern.is_some() || s.min_length.is_some() || s.max_length.is_some() {
            return self.unsupported(
                pointer,
                "length or pattern constraints on an enum (the values constrain it)",
            );
        }
        if !matches!(s.format, VariantOrUnknownOrEmpty::Empty) {
            return self.unsupported(format!("{pointer}/format"), "a format on an enum");
        }
        if schema.schema_data.default.is_some() {
            return self.unsupported(format!("{pointer}/default"), "a default on an enum");
        }
        let mut values = Vec::new();
        let mut variants = BTreeSet::new();
        for (i, v) in s.enumeration.iter().enumerate() {
            let Some(v) = v else {
                return self.unsupported(format!("{pointer}/enum/{i}"), "null enum value");
            };
            let variant = camel_ident(v);
            if !variants.insert(variant.clone()) {
                return self.unsupported(
                    format!("{pointer}/enum/{i}"),
                    format!("enum values that map to the same Rust variant `{variant}`"),
                );
            }
            values.push((v.clone(), variant));
        }
        self.insert_type(
            TypeDef::StringEnum(EnumDef {
                name: name.to_string(),
                description: schema.schema_data.description.clone(),
                values,
            }),
            pointer,
        )?;
        Ok(TypeRef::Named(name.to_string()))
    }

    fn reference(&self, reference: &str, pointer: &str) -> Result<TypeRef> {
        let Some(name) = reference.strip_prefix("#/components/schemas/") else {
            return self.unsupported(
                pointer,
                format!("$ref `{reference}` (only #/components/schemas/... is supported here)"),
            );
        };
        let exists = self
            .doc
            .components
            .as_ref()
            .is_some_and(|c| c.schemas.contains_key(name));
        if !exists {
            return self.unsupported(pointer, format!("dangling $ref `{reference}`"));
        }
        Ok(TypeRef::Named(name.to_string()))
    }

    /// The type of an inline schema; `child` names it if it needs a type of its own.
    fn schema_type(
        &mut self,
        schema: &Schema,
        child: &str,
        pointer: &str,
    ) -> Result<(TypeRef, Validators)> {
        self.check_schema_data(schema, pointer)?;
        let mut v = Validators::default();
        let ty = match &schema.schema_kind {
            SchemaKind::Type(Type::Object(_)) => self.define_object(child, schema, pointer)?,
            SchemaKind::Type(Type::String(s)) if !s.enumeration.is_empty() => {
                self.define_string_enum(child, schema, pointer)?
            }
            SchemaKind::Type(Type::String(s)) => {
                v.min_length = s.min_length;
                v.max_length = s.max_length;
                v.pattern = s.pattern.clone();
                if let Some(p) = &s.pattern
                    && let Err(e) = regex::Regex::new(p)
                {
                    return self.unsupported(
                        format!("{pointer}/pattern"),
                        format!("pattern `{p}` is not a valid Rust regex: {e}"),
                    );
                }
                let base = match &s.format {
                    VariantOrUnknownOrEmpty::Empty => TypeRef::String,
                    VariantOrUnknownOrEmpty::Item(StringFormat::DateTime) => TypeRef::DateTime,
                    VariantOrUnknownOrEmpty::Item(f) => {
                        return self.unsupported(
                            format!("{pointer}/format"),
                            format!("string format {f:?}"),
                        );
                    }
                    VariantOrUnknownOrEmpty::Unknown(f) => {
                        return self.unsupported(
                            format!("{pointer}/format"),
                            format!("string format `{f}`"),
                        );
                    }
                };
                if v.pattern.is_some() {
                    // poem-openapi's `pattern` validator compiles its regex on every check; a
                    // newtype checks against a regex compiled once and states the same schema.
                    let def = ScalarDef {
                        name: child.to_string(),
                        description: schema.schema_data.description.clone(),
                        base,
                        validators: std::mem::take(&mut v),
                        int_enum: Vec::new(),
                    };
                    self.scalar_type(def, pointer)?
                } else {
                    base
                }
            }
            SchemaKind::Type(Type::Integer(i)) => {
                let base = match &i.format {
                    VariantOrUnknownOrEmpty::Item(IntegerFormat::Int32) => TypeRef::I32,
                    VariantOrUnknownOrEmpty::Item(IntegerFormat::Int64) => TypeRef::I64,
                    _ => {
                        return self.unsupported(pointer, "an integer without format int32 or int64 (poem-openapi always states one)");
                    }
                };
                v.minimum = i.minimum.map(|m| (m as f64, i.exclusive_minimum));
                v.maximum = i.maximum.map(|m| (m as f64, i.exclusive_maximum));
                v.multiple_of = i.multiple_of.map(|m| m as f64);
                if !i.enumeration.is_empty() {
                    let mut values = Vec::new();
                    for (n, e) in i.enumeration.iter().enumerate() {
                        let Some(e) = e else {
                            return self
                                .unsupported(format!("{pointer}/enum/{n}"), "null enum value");
                        };
                        values.push(*e);
                    }
                    let def = ScalarDef {
                        name: child.to_string(),
                        description: schema.schema_data.description.clone(),
                        base,
                        validators: std::mem::take(&mut v),
                        int_enum: values,
                    };
                    self.scalar_type(def, pointer)?
                } else {
                    base
                }
            }
            SchemaKind::Type(Type::Number(n)) => {
                if !n.enumeration.is_empty() {
                    return self.unsupported(format!("{pointer}/enum"), "a number enum");
                }
                v.minimum = n.minimum.map(|m| (m, n.exclusive_minimum));
                v.maximum = n.maximum.map(|m| (m, n.exclusive_maximum));
                v.multiple_of = n.multiple_of;
                match &n.format {
                    VariantOrUnknownOrEmpty::Item(NumberFormat::Float) => TypeRef::F32,
                    VariantOrUnknownOrEmpty::Item(NumberFormat::Double) => TypeRef::F64,
                    _ => {
                        return self.unsupported(pointer, "a number without format float or double (poem-openapi always states one)");
                    }
                }
            }
            SchemaKind::Type(Type::Boolean(b)) => {
                if !b.enumeration.is_empty() {
                    return self.unsupported(format!("{pointer}/enum"), "a boolean enum");
                }
                TypeRef::Bool
            }
            SchemaKind::Type(Type::Array(a)) => {
                v.min_items = a.min_items;
                v.max_items = a.max_items;
                v.unique_items = a.unique_items;
                let items_pointer = format!("{pointer}/items");
                let item = match &a.items {
                    None => return self.unsupported(pointer, "an array without items"),
                    Some(ReferenceOr::Reference { reference }) => {
                        self.reference(reference, &items_pointer)?
                    }
                    Some(ReferenceOr::Item(item)) => {
                        let item_name = format!("{child}Item");
                        let (ty, item_v) = self.schema_type(item, &item_name, &items_pointer)?;
                        if matches!(ty, TypeRef::Vec(_)) {
                            return self.unsupported(items_pointer, "an array of arrays");
                        }
                        if item_v.has_element_constraints() {
                            let def = ScalarDef {
                                name: item_name.clone(),
                                description: item.schema_data.description.clone(),
                                base: ty,
                                validators: item_v,
                                int_enum: Vec::new(),
                            };
                            self.scalar_type(def, &items_pointer)?
                        } else {
                            ty
                        }
                    }
                };
                TypeRef::Vec(Box::new(item))
            }
            SchemaKind::OneOf { .. } => return self.unsupported(pointer, "oneOf"),
            SchemaKind::AllOf { .. } => return self.unsupported(pointer, "allOf"),
            SchemaKind::AnyOf { .. } => return self.unsupported(pointer, "anyOf"),
            SchemaKind::Not { .. } => return self.unsupported(pointer, "not"),
            SchemaKind::Any(_) => {
                return self.unsupported(
                    pointer,
                    "a schema without a single `type` (or with keywords that do not fit its type)",
                );
            }
        };
        Ok((ty, v))
    }

    fn read_operation(
        &mut self,
        path: &str,
        method: &str,
        op: &openapiv3::Operation,
        path_params: &[ReferenceOr<Parameter>],
        pointer: &str,
        tags: &mut Vec<Tag>,
    ) -> Result<Operation> {
        let Some(operation_id) = op.operation_id.clone() else {
            return self.unsupported(pointer, "an operation without operationId");
        };
        if !op.callbacks.is_empty() {
            return self.unsupported(format!("{pointer}/callbacks"), "callbacks");
        }
        if !op.servers.is_empty() {
            return self.unsupported(format!("{pointer}/servers"), "operation-level servers");
        }
        if !op.extensions.is_empty() {
            let key = op.extensions.keys().next().cloned().unwrap_or_default();
            return self.unsupported(
                format!("{pointer}/{}", esc(&key)),
                format!("extension `{key}`"),
            );
        }
        let fn_name = snake_ident(&operation_id);
        let response_name = camel_ident(&operation_id);

        let mut op_tags = Vec::new();
        for t in &op.tags {
            let variant = camel_ident(t);
            if !tags.iter().any(|known| &known.name == t) {
                tags.push(Tag {
                    name: t.clone(),
                    variant: variant.clone(),
                    description: None,
                });
            }
            op_tags.push(variant);
        }

        // Parameters: operation-level ones override path-level ones of the same name and place.
        let mut params: Vec<Param> = Vec::new();
        for (i, p) in path_params.iter().chain(&op.parameters).enumerate() {
            let at = if i < path_params.len() {
                format!("/paths/{}/parameters/{i}", esc(path))
            } else {
                format!("{pointer}/parameters/{}", i - path_params.len())
            };
            let param = self.read_param(p, &at)?;
            params.retain(|q| !(q.name == param.name && q.location == param.location));
            params.push(param);
        }
        params.sort_by_key(|p| p.location);
        // Path templates and path parameters must agree.
        let template: BTreeSet<String> = path
            .split('/')
            .filter_map(|s| s.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
            .map(str::to_string)
            .collect();
        let declared: BTreeSet<String> = params
            .iter()
            .filter(|p| p.location == ParamLocation::Path)
            .map(|p| p.name.clone())
            .collect();
        if template != declared {
            return self.unsupported(
                pointer,
                format!("path template {template:?} and path parameters {declared:?} differ"),
            );
        }
        if path
            .split('/')
            .any(|s| s.contains('{') && !(s.starts_with('{') && s.ends_with('}')))
        {
            return self.unsupported(pointer, "a path segment mixing text and a template");
        }
        let mut arg_names = BTreeSet::from(["body".to_string(), "principal".to_string()]);
        for p in &params {
            if !arg_names.insert(p.rust_name.clone()) {
                return self.unsupported(
                    pointer,
                    format!(
                        "parameters that map to the same Rust name `{}`",
                        p.rust_name
                    ),
                );
            }
        }

        let body = match &op.request_body {
            None => None,
            Some(rb) => {
                Some(self.read_body(rb, &operation_id, &format!("{pointer}/requestBody"))?)
            }
        };

        if op.responses.default.is_some() {
            return self.unsupported(
                format!("{pointer}/responses/default"),
                "a default response (declare each status)",
            );
        }
        if !op.responses.extensions.is_empty() {
            return self.unsupported(format!("{pointer}/responses"), "extensions in responses");
        }
        let mut responses = Vec::new();
        for (code, resp) in &op.responses.responses {
            let StatusCode::Code(status) = code else {
                return self.unsupported(
                    format!("{pointer}/responses/{code}"),
                    "a status range (declare each status)",
                );
            };
            let at = format!("{pointer}/responses/{status}");
            responses.push(self.read_response(*status, resp, &at)?);
        }
        let errors: BTreeSet<String> = responses
            .iter()
            .filter(|r| r.status >= 400)
            .map(|r| format!("{:?}", r.body))
            .collect();
        if errors.len() > 1
            || responses
                .iter()
                .any(|r| r.status >= 400 && r.body.is_none())
        {
            return self.unsupported(
                format!("{pointer}/responses"),
                "4xx/5xx responses with different (or no) bodies: they must share one error schema",
            );
        }
        if !responses.iter().any(|r| r.status == 400) {
            return self.unsupported(
                format!("{pointer}/responses"),
                "no 400 response (invalid input must have a declared answer)",
            );
        }
        let successes: BTreeSet<String> = responses
            .iter()
            .filter(|r| r.status < 400)
            .map(|r| format!("{:?}", r.body))
            .collect();
        if successes.len() != 1 {
            return self.unsupported(
                format!("{pointer}/responses"),
                "success responses of different shapes (or none)",
            );
        }

        let security = self.read_security(op, pointer)?;
        if let Some(i) = security
            && !responses.iter().any(|r| r.status == 401)
        {
            let scheme = &self.schemes[i].name;
            return self.unsupported(
                format!("{pointer}/responses"),
                format!("no 401 response on an operation protected by `{scheme}`"),
            );
        }

        Ok(Operation {
            operation_id,
            fn_name,
            response_name,
            method: method.to_string(),
            path: path.to_string(),
            summary: op.summary.clone(),
            description: op.description.clone(),
            tags: op_tags,
            deprecated: op.deprecated,
            params,
            body,
            responses,
            security,
        })
    }

    fn read_param(&mut self, p: &ReferenceOr<Parameter>, pointer: &str) -> Result<Param> {
        let (param, pointer) = match p {
            ReferenceOr::Item(param) => (param, pointer.to_string()),
            ReferenceOr::Reference { reference } => {
                let name = reference.strip_prefix("#/components/parameters/");
                let found = name.and_then(|n| {
                    self.doc
                        .components
                        .as_ref()
                        .and_then(|c| c.parameters.get(n))
                });
                match found {
                    Some(ReferenceOr::Item(param)) => (
                        param,
                        format!("/components/parameters/{}", esc(name.unwrap_or_default())),
                    ),
                    _ => return self.unsupported(pointer, format!("parameter $ref `{reference}` (must name a parameter in components.parameters)")),
                }
            }
        };
        let (data, location) = match param {
            Parameter::Path {
                parameter_data,
                style,
            } => {
                if !matches!(style, openapiv3::PathStyle::Simple) {
                    return self.unsupported(
                        format!("{pointer}/style"),
                        "a path parameter style other than simple",
                    );
                }
                (parameter_data, ParamLocation::Path)
            }
            Parameter::Query {
                parameter_data,
                allow_reserved,
                style,
                allow_empty_value,
            } => {
                if *allow_reserved
                    || allow_empty_value.is_some()
                    || !matches!(style, openapiv3::QueryStyle::Form)
                {
                    return self.unsupported(
                        pointer,
                        "query parameter style, allowReserved or allowEmptyValue",
                    );
                }
                (parameter_data, ParamLocation::Query)
            }
            Parameter::Header {
                parameter_data,
                style,
            } => {
                if !matches!(style, openapiv3::HeaderStyle::Simple) {
                    return self.unsupported(
                        format!("{pointer}/style"),
                        "a header parameter style other than simple",
                    );
                }
                if ["authorization", "accept", "content-type"]
                    .contains(&parameter_data.name.to_ascii_lowercase().as_str())
                {
                    return self.unsupported(
                        pointer,
                        format!(
                            "header parameter `{}` (OpenAPI ignores it; use a security scheme)",
                            parameter_data.name
                        ),
                    );
                }
                (parameter_data, ParamLocation::Header)
            }
            Parameter::Cookie { .. } => {
                return self
                    .unsupported(pointer, "a cookie parameter (progenitor cannot send them)");
            }
        };
        if data.explode.is_some() {
            return self.unsupported(format!("{pointer}/explode"), "explode");
        }
        if !data.examples.is_empty() {
            return self.unsupported(
                format!("{pointer}/examples"),
                "parameter examples (use example)",
            );
        }
        if !data.extensions.is_empty() {
            return self.unsupported(pointer, "extensions on a parameter");
        }
        let ParameterSchemaOrContent::Schema(schema) = &data.format else {
            return self.unsupported(
                format!("{pointer}/content"),
                "a parameter with content (use schema)",
            );
        };
        let schema_pointer = format!("{pointer}/schema");
        let child = camel_ident(&data.name);
        let (ty, validators) = match schema {
            ReferenceOr::Reference { reference } => (
                self.reference(reference, &schema_pointer)?,
                Validators::default(),
            ),
            ReferenceOr::Item(s) => self.schema_type(s, &child, &schema_pointer)?,
        };
        let scalar = match &ty {
            TypeRef::Named(n) => matches!(
                self.types.get(n),
                Some(TypeDef::StringEnum(_) | TypeDef::Scalar(_))
            ),
            TypeRef::Vec(_) => false,
            _ => true,
        };
        if !scalar {
            return self.unsupported(
                schema_pointer,
                "a parameter that is not a scalar or a string enum",
            );
        }
        if location == ParamLocation::Path && !data.required {
            return self.unsupported(pointer, "a path parameter that is not required");
        }
        Ok(Param {
            name: data.name.clone(),
            rust_name: snake_ident(&data.name),
            location,
            required: data.required,
            deprecated: data.deprecated.unwrap_or(false),
            ty,
            validators,
            description: data.description.clone(),
        })
    }

    fn read_body(
        &mut self,
        rb: &ReferenceOr<RequestBody>,
        operation_id: &str,
        pointer: &str,
    ) -> Result<Body> {
        let ReferenceOr::Item(rb) = rb else {
            return self.unsupported(pointer, "a request body $ref (write it inline)");
        };
        if !rb.required {
            return self.unsupported(pointer, "an optional request body (mark it required: true)");
        }
        if rb.content.len() != 1 {
            return self.unsupported(
                format!("{pointer}/content"),
                "a request body with other than one media type",
            );
        }
        let (media, content) = rb.content.iter().next().expect("one media type");
        let kind = match media.as_str() {
            "application/json" => BodyKind::Json,
            "application/x-www-form-urlencoded" => BodyKind::Form,
            other => {
                return self.unsupported(
                    format!("{pointer}/content/{}", esc(other)),
                    format!("request media type `{other}`"),
                );
            }
        };
        if !content.encoding.is_empty() {
            return self.unsupported(
                format!("{pointer}/content/{}/encoding", esc(media)),
                "encoding",
            );
        }
        let schema_pointer = format!("{pointer}/content/{}/schema", esc(media));
        let ty = match &content.schema {
            None => return self.unsupported(schema_pointer, "a request body without schema"),
            Some(ReferenceOr::Reference { reference }) => {
                self.reference(reference, &schema_pointer)?
            }
            Some(ReferenceOr::Item(s)) => {
                let name = format!("{}Body", camel_ident(operation_id));
                self.schema_type(s, &name, &schema_pointer)?.0
            }
        };
        let TypeRef::Named(name) = &ty else {
            return self.unsupported(schema_pointer, "a request body that is not an object");
        };
        let Some(TypeDef::Object(obj)) = self.types.get(name) else {
            return self.unsupported(schema_pointer, "a request body that is not an object");
        };
        if kind == BodyKind::Form {
            // The form payload is validated by re-reading its fields as JSON strings, which is
            // exact only for string (and string enum) fields.
            for f in &obj.fields {
                let stringy = match &f.ty {
                    TypeRef::String => true,
                    TypeRef::Named(n) => match self.types.get(n) {
                        Some(TypeDef::StringEnum(_)) => true,
                        Some(TypeDef::Scalar(s)) => s.base == TypeRef::String,
                        _ => false,
                    },
                    _ => false,
                };
                if !stringy {
                    return self.unsupported(
                        schema_pointer.clone(),
                        format!(
                            "form field `{}` is not a string or string enum",
                            f.json_name
                        ),
                    );
                }
            }
        }
        Ok(Body {
            kind,
            ty,
            description: rb.description.clone(),
        })
    }

    fn read_response(
        &mut self,
        status: u16,
        resp: &ReferenceOr<Response>,
        pointer: &str,
    ) -> Result<ResponseDef> {
        let (resp, pointer) = match resp {
            ReferenceOr::Item(r) => (r, pointer.to_string()),
            ReferenceOr::Reference { reference } => {
                let name = reference.strip_prefix("#/components/responses/");
                let found = name.and_then(|n| {
                    self.doc
                        .components
                        .as_ref()
                        .and_then(|c| c.responses.get(n))
                });
                match found {
                    Some(ReferenceOr::Item(r)) => (r, format!("/components/responses/{}", esc(name.unwrap_or_default()))),
                    _ => return self.unsupported(pointer, format!("response $ref `{reference}` (must name a response in components.responses)")),
                }
            }
        };
        if !resp.headers.is_empty() {
            return self.unsupported(format!("{pointer}/headers"), "response headers");
        }
        if !resp.links.is_empty() {
            return self.unsupported(format!("{pointer}/links"), "links");
        }
        if resp.content.len() > 1 {
            return self.unsupported(
                format!("{pointer}/content"),
                "a response with more than one media type",
            );
        }
        let body = match resp.content.iter().next() {
            None => None,
            Some((media, content)) => {
                if media != "application/json" {
                    return self.unsupported(
                        format!("{pointer}/content/{}", esc(media)),
                        format!("response media type `{media}`"),
                    );
                }
                let schema_pointer = format!("{pointer}/content/{}/schema", esc(media));
                match &content.schema {
                    None => {
                        return self.unsupported(schema_pointer, "a response body without schema");
                    }
                    Some(ReferenceOr::Reference { reference }) => {
                        Some(self.reference(reference, &schema_pointer)?)
                    }
                    Some(ReferenceOr::Item(_)) => {
                        return self.unsupported(
                            schema_pointer,
                            "an inline response schema (use a $ref to components.schemas)",
                        );
                    }
                }
            }
        };
        if body.as_ref().is_some_and(|b| !matches!(b, TypeRef::Named(n) if matches!(self.types.get(n), Some(TypeDef::Object(_))))) {
            return self.unsupported(pointer, "a response body that is not an object");
        }
        Ok(ResponseDef {
            status,
            variant: status_variant(status),
            description: resp.description.clone(),
            body,
        })
    }

    fn read_security(&mut self, op: &openapiv3::Operation, pointer: &str) -> Result<Option<usize>> {
        let requirements = op.security.as_ref().or(self.doc.security.as_ref());
        let Some(requirements) = requirements else {
            return Ok(None);
        };
        let requirements: Vec<_> = requirements.iter().filter(|r| !r.is_empty()).collect();
        match requirements.as_slice() {
            [] => Ok(None),
            [one] if one.len() == 1 => {
                let name = one.keys().next().expect("one scheme");
                self.scheme_index(name, pointer).map(Some)
            }
            _ => self.unsupported(
                format!("{pointer}/security"),
                "alternative or combined security requirements (use one scheme per operation)",
            ),
        }
    }

    fn scheme_index(&mut self, name: &str, pointer: &str) -> Result<usize> {
        if let Some(i) = self.schemes.iter().position(|s| s.name == name) {
            return Ok(i);
        }
        let found = self
            .doc
            .components
            .as_ref()
            .and_then(|c| c.security_schemes.get(name));
        let scheme_pointer = format!("/components/securitySchemes/{}", esc(name));
        let Some(ReferenceOr::Item(scheme)) = found else {
            return self.unsupported(
                pointer,
                format!("security scheme `{name}` is not defined in components.securitySchemes"),
            );
        };
        let (kind, description) = match scheme {
            OaSecurityScheme::HTTP {
                scheme,
                bearer_format,
                description,
                ..
            } => match scheme.to_ascii_lowercase().as_str() {
                "bearer" => (
                    SecurityKind::Bearer {
                        format: bearer_format.clone(),
                    },
                    description,
                ),
                "basic" => (SecurityKind::Basic, description),
                other => {
                    return self.unsupported(
                        scheme_pointer,
                        format!("HTTP authentication scheme `{other}`"),
                    );
                }
            },
            OaSecurityScheme::APIKey {
                location,
                name: header,
                description,
                ..
            } => {
                if !matches!(location, openapiv3::APIKeyLocation::Header) {
                    return self.unsupported(scheme_pointer, "an API key outside a header");
                }
                (
                    SecurityKind::ApiKeyHeader {
                        header: header.clone(),
                    },
                    description,
                )
            }
            OaSecurityScheme::OAuth2 {
                flows, description, ..
            } => {
                let only_cc = flows.implicit.is_none()
                    && flows.password.is_none()
                    && flows.authorization_code.is_none();
                let Some(cc) = flows.client_credentials.as_ref().filter(|_| only_cc) else {
                    return self.unsupported(
                        scheme_pointer,
                        "OAuth 2.0 flows other than clientCredentials",
                    );
                };
                if cc.refresh_url.is_some() {
                    return self.unsupported(scheme_pointer, "refreshUrl");
                }
                let scopes = cc
                    .scopes
                    .iter()
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect();
                (
                    SecurityKind::OAuth2ClientCredentials {
                        token_url: cc.token_url.clone(),
                        scopes,
                    },
                    description,
                )
            }
            OaSecurityScheme::OpenIDConnect { .. } => {
                return self.unsupported(scheme_pointer, "OpenID Connect");
            }
        };
        let rust_name = camel_ident(name);
        self.schemes.push(SecurityScheme {
            name: name.to_string(),
            rust_name,
            snake: snake_ident(name),
            kind,
            description: description.clone(),
        });
        Ok(self.schemes.len() - 1)
    }
}

/// Whether a `default` value is the Rust type's `Default` (false, 0, "").
fn is_type_default(ty: &TypeRef, v: &Value) -> bool {
    match ty {
        TypeRef::Bool => v == &Value::Bool(false),
        TypeRef::String => v.as_str() == Some(""),
        TypeRef::I32 | TypeRef::I64 => v.as_i64() == Some(0),
        TypeRef::F32 | TypeRef::F64 => v.as_f64() == Some(0.0),
        _ => false,
    }
}
