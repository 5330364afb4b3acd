//! Operations: parameters, request bodies and responses.

use std::collections::BTreeSet;

use openapiv3::{Parameter, ParameterSchemaOrContent, ReferenceOr, StatusCode};

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
            .and_then(|d| super::types::default_breaks(&validators, d))
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
}
