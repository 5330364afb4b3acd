//! Reads one document into the model ([`super::model`]); every unsupported construct is
//! rejected here, with the file, the JSON pointer and the construct named.
//!
//! The reader is split along the document's own parts: this module holds the entry point and
//! the document level (info, servers, tags, paths), `schemas` the component and inline
//! schemas, `types` a schema's type where it is used (references, scalars, arrays, maps,
//! defaults), `compose` allOf and unions, `operations` operations and parameters, `bodies`
//! request bodies and responses, and `security` the schemes.

mod bodies;
mod compose;
mod operations;
mod schemas;
mod security;
mod types;

use std::collections::{BTreeMap, BTreeSet};

use openapiv3::{OpenAPI, ReferenceOr};
use serde_json::Value;

use super::model::*;
use super::{Error, Result};

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
    /// Where each type was defined (a JSON pointer), for messages about the type as a whole.
    pointers: BTreeMap<String, String>,
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
            pointers: BTreeMap::new(),
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
        // Only components can refer back to themselves (nothing refers to an operation's
        // inline schema), so the cycles are all known here.
        self.check_cycles()?;

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
            server_description: server.description.clone(),
            tags,
            types,
            security_schemes: std::mem::take(&mut self.schemes),
            operations,
        })
    }
}
