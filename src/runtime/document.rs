//! What a generated module says about its document, and the document as served: poem-openapi
//! takes the title, introduction and server from its service, not from the generated code, and
//! lists tags sorted by name.

use poem_openapi::{OpenApi, OpenApiService, ServerObject};
use serde_json::Value;

/// What a document says about itself, as generated from it (each generated module's
/// `DOCUMENT`): the parts of the served document poem-openapi takes from its service.
#[derive(Debug, Clone, Copy)]
pub struct DocumentInfo {
    /// The short name (document file stem).
    pub stem: &'static str,
    /// `info.title`.
    pub title: &'static str,
    /// `info.version`.
    pub version: &'static str,
    /// `info.description`.
    pub description: Option<&'static str>,
    /// `servers[0].url`.
    pub server_url: &'static str,
    /// `servers[0].description`.
    pub server_description: Option<&'static str>,
    /// The tags' names in the document's order.
    pub tags: &'static [&'static str],
    /// The component schemas with `additionalProperties: false`, which poem-openapi refuses
    /// (`deny_unknown_fields`) but cannot state.
    pub closed_schemas: &'static [&'static str],
}

impl DocumentInfo {
    /// The poem-openapi service of `api` describing this document (title, version,
    /// introduction, server): the source of its served spec and Swagger UI.
    pub fn service<A: OpenApi + 'static>(&self, api: A) -> OpenApiService<A, ()> {
        let mut server = ServerObject::new(self.server_url);
        if let Some(d) = self.server_description {
            server = server.description(d);
        }
        let service = OpenApiService::new(api, self.title, self.version).server(server);
        match self.description {
            Some(d) => service.description(d),
            None => service,
        }
    }

    /// The document a service serves, as written: the tags back in the document's order, and
    /// `additionalProperties: false` on the closed schemas.
    pub fn served<A: OpenApi + 'static>(&self, service: &OpenApiService<A, ()>) -> Value {
        let mut spec: Value =
            serde_json::from_str(&service.spec()).expect("poem-openapi serves JSON");
        if let Some(tags) = spec.get_mut("tags").and_then(Value::as_array_mut) {
            let position = |t: &Value| {
                let name = t.get("name").and_then(Value::as_str);
                self.tags
                    .iter()
                    .position(|n| Some(*n) == name)
                    .unwrap_or(usize::MAX)
            };
            tags.sort_by_key(position);
        }
        for name in self.closed_schemas {
            if let Some(schema) = spec
                .pointer_mut(&format!("/components/schemas/{name}"))
                .and_then(Value::as_object_mut)
            {
                schema.insert("additionalProperties".into(), Value::Bool(false));
            }
        }
        spec
    }
}
