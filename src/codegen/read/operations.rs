//! Operations: parameters, request bodies and responses.

use std::collections::BTreeSet;

use openapiv3::{
    Parameter, ParameterSchemaOrContent, ReferenceOr, RequestBody, Response, StatusCode,
};

use super::super::Result;
use super::super::model::*;
use super::{Reader, esc};

impl Reader<'_> {
    pub(super) fn read_operation(
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
            .map(|r| format!("{:?} {:?}", r.media, r.body))
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

    pub(super) fn read_param(
        &mut self,
        p: &ReferenceOr<Parameter>,
        pointer: &str,
    ) -> Result<Param> {
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
        // progenitor's client sends an array in the query as repeated keys (`a=1&a=2`), which is
        // `explode: true`; a comma-joined value (`explode: false`) it cannot send.
        match (data.explode, location) {
            (None | Some(true), ParamLocation::Query) | (None, _) => {}
            (Some(false), ParamLocation::Query) => {
                return self.unsupported(
                    format!("{pointer}/explode"),
                    "explode: false (progenitor's client always sends an array as repeated keys, \
                     `a=1&a=2`; leave explode out or write true)",
                );
            }
            (Some(_), _) => {
                return self.unsupported(
                    format!("{pointer}/explode"),
                    "explode on a path or header parameter (only query arrays are supported)",
                );
            }
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
            ReferenceOr::Item(s) => {
                // The parameter takes the default, its type (an enum, a newtype) does not.
                let mut s = s.clone();
                s.schema_data.default = None;
                self.schema_type(&s, &child, &schema_pointer)?
            }
        };
        let is_scalar = |ty: &TypeRef| match ty {
            TypeRef::Named(n) => matches!(
                self.types.get(n),
                Some(TypeDef::StringEnum(_) | TypeDef::Scalar(_))
            ),
            TypeRef::Vec(_) | TypeRef::Map(_) => false,
            _ => true,
        };
        match (&ty, location) {
            (TypeRef::Vec(_), ParamLocation::Query) if data.required => {
                return self.unsupported(
                    pointer,
                    "a required query array (an empty array is sent as no key at all, so \
                     required cannot be checked; make it optional, with minItems if it must \
                     not be empty)",
                );
            }
            (TypeRef::Vec(item), ParamLocation::Query) if is_scalar(item) => {}
            (TypeRef::Vec(_), ParamLocation::Header) => {
                return self.unsupported(
                    schema_pointer,
                    "an array header parameter (progenitor's client sends a header's value with \
                     `to_string()`, which an array does not have)",
                );
            }
            (ty, _) if is_scalar(ty) => {}
            _ => {
                return self.unsupported(
                    schema_pointer,
                    "a parameter that is not a scalar, a string enum or (in the query) an array \
                     of them",
                );
            }
        }
        if location == ParamLocation::Path && !data.required {
            return self.unsupported(pointer, "a path parameter that is not required");
        }
        let default = match schema {
            ReferenceOr::Item(s) => s.schema_data.default.clone(),
            ReferenceOr::Reference { .. } => None,
        };
        if let Some(why) = default
            .as_ref()
            .and_then(|d| super::schemas::default_breaks(&validators, d))
        {
            return self.unsupported(
                format!("{schema_pointer}/default"),
                format!("a default that breaks its own constraints ({why})"),
            );
        }
        let default_value = match default {
            None => None,
            Some(v) if !data.required && self.default_fits(&ty, &v) => Some(v),
            Some(v) => {
                return self.unsupported(
                    format!("{schema_pointer}/default"),
                    format!(
                        "default {v} (a parameter's default is for an optional parameter: a \
                         string, integer, number, boolean or enum value of its type, within its \
                         constraints)"
                    ),
                );
            }
        };
        Ok(Param {
            name: data.name.clone(),
            rust_name: snake_ident(&data.name),
            location,
            required: data.required,
            deprecated: data.deprecated.unwrap_or(false),
            ty,
            validators,
            default_value,
            description: data.description.clone(),
        })
    }

    pub(super) fn read_body(
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
            "text/plain" => BodyKind::Text,
            "application/octet-stream" => BodyKind::Binary,
            "multipart/form-data" => {
                return self.unsupported(
                    format!("{pointer}/content/multipart~1form-data"),
                    "multipart/form-data (progenitor 0.15 cannot send a multipart body, so the \
                     generated client could not call the operation; send the file as \
                     application/octet-stream and its fields as parameters)",
                );
            }
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
        if matches!(kind, BodyKind::Text | BodyKind::Binary) {
            let ty = self.raw_body(kind, content.schema.as_ref(), &schema_pointer)?;
            return Ok(Body {
                kind,
                ty,
                description: rb.description.clone(),
            });
        }
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
        if kind == BodyKind::Json
            && matches!(
                self.types.get(name),
                Some(TypeDef::Composed(_) | TypeDef::Union(_))
            )
        {
            return Ok(Body {
                kind,
                ty,
                description: rb.description.clone(),
            });
        }
        let Some(TypeDef::Object(obj)) = self.types.get(name) else {
            return self.unsupported(
                schema_pointer,
                "a request body that is not an object (a form body cannot be an allOf or a \
                 union)",
            );
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

    /// The schema of a text or binary body, which can only be what poem-openapi's payloads
    /// and progenitor's raw bodies state: `{type: string}` for text, `{type: string, format:
    /// binary}` for bytes, written inline.
    fn raw_body(
        &self,
        kind: BodyKind,
        schema: Option<&ReferenceOr<openapiv3::Schema>>,
        pointer: &str,
    ) -> Result<TypeRef> {
        use openapiv3::{SchemaKind, StringFormat, Type, VariantOrUnknownOrEmpty};
        let (format, ty, expected) = match kind {
            BodyKind::Binary => (
                VariantOrUnknownOrEmpty::Item(StringFormat::Binary),
                TypeRef::Bytes,
                "{type: string, format: binary}",
            ),
            _ => (
                VariantOrUnknownOrEmpty::Empty,
                TypeRef::String,
                "{type: string}",
            ),
        };
        let plain = match schema {
            Some(ReferenceOr::Item(s)) => {
                s.schema_data.default.is_none()
                    && !s.schema_data.nullable
                    && matches!(&s.schema_kind, SchemaKind::Type(Type::String(t))
                        if t.format == format && t.pattern.is_none() && t.enumeration.is_empty()
                            && t.min_length.is_none() && t.max_length.is_none())
            }
            _ => false,
        };
        if !plain {
            return self.unsupported(
                pointer,
                format!(
                    "a {} body whose schema is not {expected}, written inline",
                    kind.media_type()
                ),
            );
        }
        Ok(ty)
    }

    pub(super) fn read_response(
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
        let mut headers = Vec::new();
        for (name, header) in &resp.headers {
            let at = format!("{pointer}/headers/{}", esc(name));
            // The answer's header is the server's to set: an optional string, on a success
            // answer (a problem's answer is built without one).
            if !(200..300).contains(&status) {
                return self.unsupported(at, "a header on a 4xx/5xx response");
            }
            let ReferenceOr::Item(header) = header else {
                return self.unsupported(at, "a response header $ref");
            };
            if header.required {
                return self.unsupported(at, "a required response header");
            }
            let plain_string = match &header.format {
                openapiv3::ParameterSchemaOrContent::Schema(ReferenceOr::Item(schema)) => matches!(
                    &schema.schema_kind,
                    openapiv3::SchemaKind::Type(openapiv3::Type::String(s))
                        if s.enumeration.is_empty() && s.pattern.is_none()
                            && matches!(s.format, openapiv3::VariantOrUnknownOrEmpty::Empty)
                ),
                _ => false,
            };
            if !plain_string {
                return self.unsupported(at, "a response header that is not a plain string");
            }
            headers.push(name.clone());
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
        let mut kind = BodyKind::Json;
        let body = match resp.content.iter().next() {
            None => None,
            Some((media, content)) => {
                let schema_pointer = format!("{pointer}/content/{}/schema", esc(media));
                kind = match media.as_str() {
                    "application/json" => BodyKind::Json,
                    "text/plain" => BodyKind::Text,
                    "application/octet-stream" => BodyKind::Binary,
                    _ => {
                        return self.unsupported(
                            format!("{pointer}/content/{}", esc(media)),
                            format!("response media type `{media}`"),
                        );
                    }
                };
                if kind != BodyKind::Json && status >= 400 {
                    return self.unsupported(
                        format!("{pointer}/content/{}", esc(media)),
                        "an error answer that is not JSON (every problem is answered in the \
                         operation's one JSON error schema)",
                    );
                }
                match &content.schema {
                    _ if kind != BodyKind::Json => {
                        Some(self.raw_body(kind, content.schema.as_ref(), &schema_pointer)?)
                    }
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
        if kind == BodyKind::Json && body.as_ref().is_some_and(|b| !matches!(b, TypeRef::Named(n) if self.types.get(n).is_some_and(TypeDef::is_object))) {
            return self.unsupported(pointer, "a response body that is not an object");
        }
        Ok(ResponseDef {
            status,
            variant: status_variant(status),
            description: resp.description.clone(),
            body,
            media: kind,
            headers,
        })
    }
}
