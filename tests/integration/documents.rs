//! Structural rules every document in `openapi/` must follow, because code generation and the
//! served API depend on them (see `openapi/README.md`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use openapiv3::{OpenAPI, Operation, ReferenceOr, Response, Schema, SchemaKind, Type};

/// The five partner APIs and the sandbox's own admin API; the file stems are the APIs' short names everywhere else.
const DOCUMENTS: &[&str] = &[
    "card-api",
    "tsh-provisioning",
    "verification-notification",
    "token-notifications",
    "merchant-gateway",
    "sandbox-admin",
];

fn openapi_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("openapi")
}

fn load(stem: &str) -> (String, OpenAPI) {
    let path = openapi_dir().join(format!("{stem}.yaml"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let doc: OpenAPI =
        serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    (text, doc)
}

fn operations(doc: &OpenAPI) -> Vec<(String, String, &Operation)> {
    doc.operations()
        .map(|(path, method, op)| (path.to_string(), method.to_string(), op))
        .collect()
}

/// Follows a `#/components/responses/...` reference.
fn resolve_response<'a>(doc: &'a OpenAPI, r: &'a ReferenceOr<Response>) -> &'a Response {
    match r {
        ReferenceOr::Item(resp) => resp,
        ReferenceOr::Reference { reference } => {
            let name = reference
                .strip_prefix("#/components/responses/")
                .unwrap_or_else(|| panic!("unexpected response reference {reference}"));
            let found = doc
                .components
                .as_ref()
                .and_then(|c| c.responses.get(name))
                .unwrap_or_else(|| panic!("dangling response reference {reference}"));
            resolve_response(doc, found)
        }
    }
}

/// The schema of a response's JSON body as written (a `$ref` string or inline YAML), or `None`
/// for a response without a body.
fn body_schema_key(resp: &Response) -> Option<String> {
    resp.content.values().next().and_then(|media| {
        media
            .schema
            .as_ref()
            .map(|s| serde_json::to_string(s).expect("schema serialises"))
    })
}

#[test]
fn documents_are_openapi_3_0_3_with_a_server_path() {
    for stem in DOCUMENTS {
        let (text, doc) = load(stem);
        assert_eq!(doc.openapi, "3.0.3", "{stem}: must be OpenAPI 3.0.3");
        let url = &doc
            .servers
            .first()
            .unwrap_or_else(|| panic!("{stem}: no servers"))
            .url;
        assert!(
            url.starts_with('/'),
            "{stem}: servers[0].url must be a path, got {url}"
        );
        assert!(!doc.info.title.is_empty(), "{stem}: info.title");
        // Every document transcribed from partner sources marks the choices those sources did
        // not make. d1-sandbox's own admin API is all its own choice, so it has none to mark.
        if *stem != "sandbox-admin" {
            assert!(text.contains("(assumed"), "{stem}: no assumption is marked");
        }
    }
}

#[test]
fn operation_ids_are_unique_and_operations_are_described() {
    for stem in DOCUMENTS {
        let (_, doc) = load(stem);
        let mut seen = BTreeSet::new();
        for (path, method, op) in operations(&doc) {
            let id = op
                .operation_id
                .clone()
                .unwrap_or_else(|| panic!("{stem}: {method} {path} has no operationId"));
            assert!(
                seen.insert(id.clone()),
                "{stem}: operationId {id} is not unique"
            );
            assert!(op.summary.is_some(), "{stem}: {id} has no summary");
            assert!(!op.tags.is_empty(), "{stem}: {id} has no tag");
            assert!(
                op.responses
                    .responses
                    .contains_key(&openapiv3::StatusCode::Code(400)),
                "{stem}: {id} does not declare 400"
            );
        }
        assert!(!seen.is_empty(), "{stem}: no operations");
    }
}

#[test]
fn each_operation_has_one_error_schema_and_one_success_shape() {
    for stem in DOCUMENTS {
        let (_, doc) = load(stem);
        for (_, _, op) in operations(&doc) {
            let id = op.operation_id.as_deref().unwrap_or_default();
            let mut errors = BTreeSet::new();
            let mut successes = BTreeSet::new();
            for (code, resp) in &op.responses.responses {
                let openapiv3::StatusCode::Code(code) = code else {
                    panic!("{stem}: {id} uses a status range; declare exact statuses");
                };
                let key = body_schema_key(resolve_response(&doc, resp));
                if *code >= 400 {
                    let key = key.unwrap_or_else(|| panic!("{stem}: {id} {code} has no body"));
                    errors.insert(key);
                } else {
                    successes.insert(key);
                }
            }
            assert!(
                op.responses.default.is_none(),
                "{stem}: {id} uses `default`"
            );
            assert_eq!(errors.len(), 1, "{stem}: {id} has error schemas {errors:?}");
            assert_eq!(
                successes.len(),
                1,
                "{stem}: {id} has success shapes {successes:?}"
            );
        }
    }
}

/// Collects every `pattern` in a schema tree (inline parts only; components are walked by the
/// caller).
fn collect_patterns(schema: &Schema, at: &str, out: &mut BTreeMap<String, String>) {
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(s)) => {
            if let Some(p) = &s.pattern {
                out.insert(at.to_string(), p.clone());
            }
        }
        SchemaKind::Type(Type::Object(o)) => {
            for (name, prop) in &o.properties {
                if let ReferenceOr::Item(prop) = prop {
                    collect_patterns(prop, &format!("{at}/properties/{name}"), out);
                }
            }
        }
        SchemaKind::Type(Type::Array(a)) => {
            if let Some(ReferenceOr::Item(items)) = &a.items {
                collect_patterns(items, &format!("{at}/items"), out);
            }
        }
        _ => {}
    }
}

/// The inline schema of a parameter written in place (references are walked elsewhere).
fn inline_param_schema(param: &ReferenceOr<openapiv3::Parameter>) -> Option<&Schema> {
    match &param.as_item()?.parameter_data_ref().format {
        openapiv3::ParameterSchemaOrContent::Schema(ReferenceOr::Item(s)) => Some(s),
        _ => None,
    }
}

#[test]
fn patterns_are_anchored_and_compile_as_rust_regexes() {
    let mut total = 0;
    for stem in DOCUMENTS {
        let (_, doc) = load(stem);
        let mut patterns = BTreeMap::new();
        if let Some(components) = &doc.components {
            for (name, schema) in &components.schemas {
                if let ReferenceOr::Item(schema) = schema {
                    collect_patterns(
                        schema,
                        &format!("#/components/schemas/{name}"),
                        &mut patterns,
                    );
                }
            }
            for (name, param) in &components.parameters {
                if let Some(schema) = inline_param_schema(param) {
                    let at = format!("#/components/parameters/{name}");
                    collect_patterns(schema, &at, &mut patterns);
                }
            }
        }
        for (path, method, op) in operations(&doc) {
            for param in &op.parameters {
                if let Some(schema) = inline_param_schema(param) {
                    let at = format!(
                        "{method} {path} {}",
                        param.as_item().unwrap().parameter_data_ref().name
                    );
                    collect_patterns(schema, &at, &mut patterns);
                }
            }
        }
        for (at, pattern) in &patterns {
            assert!(
                pattern.starts_with('^') && pattern.ends_with('$'),
                "{stem}: {at}: pattern {pattern} is not anchored"
            );
            regex::Regex::new(pattern)
                .unwrap_or_else(|e| panic!("{stem}: {at}: pattern {pattern}: {e}"));
        }
        total += patterns.len();
    }
    // The documents carry a dozen or more patterns; finding none means the walk is broken.
    assert!(total >= 10, "only {total} patterns found");
}

#[test]
fn every_reference_resolves() {
    for stem in DOCUMENTS {
        let (text, doc) = load(stem);
        let components = doc.components.clone().unwrap_or_default();
        for line in text.lines() {
            let Some(rest) = line.trim().strip_prefix("$ref: ") else {
                continue;
            };
            let reference = rest.trim_matches('\'');
            let mut parts = reference
                .strip_prefix("#/components/")
                .expect("local reference")
                .split('/');
            let (kind, name) = (parts.next().unwrap(), parts.next().unwrap());
            let found = match kind {
                "schemas" => components.schemas.contains_key(name),
                "responses" => components.responses.contains_key(name),
                "parameters" => components.parameters.contains_key(name),
                other => panic!("{stem}: unexpected reference kind {other}"),
            };
            assert!(found, "{stem}: dangling reference {reference}");
        }
    }
}
