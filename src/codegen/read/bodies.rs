//! Request bodies (JSON, forms, text, binary) and responses.

use openapiv3::{ReferenceOr, RequestBody, Response};

use super::super::Result;
use super::super::model::*;
use super::{Reader, esc};

impl Reader<'_> {
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
