//! Fidelity: the document poem-openapi serves from the generated code says the same as the
//! hand-written one, once both are normalised.
//!
//! Normalising resolves every `$ref`, drops prose (descriptions, summaries, examples, titles),
//! and keeps everything that constrains a request or an answer: paths, methods, operationIds,
//! parameters, request bodies, response codes and bodies, schemas with every constraint,
//! security. The differences poem-openapi cannot avoid are listed in `ALLOWED_DIFFERENCES` and
//! applied by name; anything else fails the test.

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

/// Differences between the written and the served documents that are accepted, and why.
const ALLOWED_DIFFERENCES: &[(&str, &str)] = &[
    (
        "openapi-version",
        "poem-openapi always serves `openapi: 3.0.0`; the documents are 3.0.3 (not compared)",
    ),
    (
        "json-charset",
        "poem-openapi serves `application/json; charset=utf-8`; compared without the charset",
    ),
    (
        "unreferenced-components",
        "poem-openapi serves only the schemas operations use (card-api's CardCredentials, the JWE \
         plaintext, is generated but not served); schemas are compared where operations use them",
    ),
    (
        "described-ref",
        "poem-openapi wraps a property that has both a $ref and a description (or readOnly, \
         writeOnly, deprecated) in an allOf of the $ref and an object of those keywords; a \
         one-reference allOf is resolved like the $ref itself, with the keywords beside it or \
         in such an object kept",
    ),
    (
        "header-case",
        "poem-openapi serves a response header's name upper-cased (`X-POD`); HTTP header names \
         are case-insensitive, so response headers are compared by their lower-cased names",
    ),
    (
        "prose",
        "descriptions, summaries, examples and titles of operations and schemas are \
         documentation, not contract (the document's own title, introduction, server and tag \
         descriptions are compared, and the tags' order)",
    ),
];

/// Schema keywords that constrain values; everything else is prose.
const SCHEMA_KEYS: &[&str] = &[
    "type",
    "format",
    "enum",
    "default",
    "minLength",
    "maxLength",
    "pattern",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minItems",
    "maxItems",
    "uniqueItems",
    "deprecated",
    "nullable",
    "readOnly",
    "writeOnly",
];

fn follow<'a>(root: &'a Value, reference: &str) -> &'a Value {
    let pointer = reference
        .strip_prefix('#')
        .unwrap_or_else(|| panic!("non-local $ref {reference}"));
    root.pointer(pointer)
        .unwrap_or_else(|| panic!("dangling $ref {reference}"))
}

/// Resolves a value that may be a `$ref` (a qualified reference, allowed difference
/// "described-ref", is resolved by `schema`).
fn deref<'a>(root: &'a Value, v: &'a Value) -> &'a Value {
    match v.get("$ref").and_then(Value::as_str) {
        Some(r) => deref(root, follow(root, r)),
        None => v,
    }
}

fn number(v: &Value) -> Value {
    v.as_f64().map(|f| json!(f)).unwrap_or_else(|| v.clone())
}

/// Whether an `allOf` element only qualifies the others (no `$ref`, type or properties).
fn modifier_only(s: &Value) -> bool {
    s.as_object().is_some_and(|o| {
        o.keys().all(|k| {
            [
                "description",
                "readOnly",
                "writeOnly",
                "deprecated",
                "default",
                "example",
                "title",
            ]
            .contains(&k.as_str())
        })
    })
}

thread_local! {
    /// The `$ref`s being expanded by `schema`, outermost first: a recursive schema (a tree's
    /// children) is compared down to its first repetition, which normalises to its name.
    static EXPANDING: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn schema(root: &Value, s: &Value) -> Value {
    let Some(reference) = s.get("$ref").and_then(Value::as_str) else {
        return expanded(root, s);
    };
    let name = reference
        .rsplit('/')
        .next()
        .unwrap_or(reference)
        .to_string();
    if EXPANDING.with(|e| e.borrow().contains(&name)) {
        return json!({ "recursive": name });
    }
    EXPANDING.with(|e| e.borrow_mut().push(name));
    let out = expanded(root, s);
    EXPANDING.with(|e| e.borrow_mut().pop());
    out
}

fn expanded(root: &Value, s: &Value) -> Value {
    // A qualified reference: `allOf` of one `$ref` and objects of keywords only (nullable,
    // readOnly, ...), the keywords possibly beside the `allOf` too. The result is the
    // referenced schema with those keywords (allowed difference "described-ref").
    // Only a wrapper that adds nothing but such keywords (and `nullable`, which OpenAPI 3.0
    // reads beside the `allOf`, not inside it) is a qualified reference.
    let wrapper_only = s.as_object().is_some_and(|o| {
        o.iter().all(|(k, v)| {
            k == "allOf" || k == "nullable" || modifier_only(&json!({ k.as_str(): v }))
        })
    });
    if let Some(all_of) = s.get("allOf").and_then(Value::as_array)
        && wrapper_only
    {
        let refs: Vec<&Value> = all_of.iter().filter(|p| !modifier_only(p)).collect();
        if let [only] = refs.as_slice()
            && only.get("$ref").is_some()
        {
            let mut out = schema(root, only);
            let map = out.as_object_mut().expect("schemas normalise to objects");
            for qualifier in all_of.iter().filter(|p| modifier_only(p)).chain([s]) {
                for key in SCHEMA_KEYS {
                    match qualifier.get(*key) {
                        // `false` is every boolean keyword's default, except as a default.
                        Some(v) if v != &Value::Bool(false) || *key == "default" => {
                            map.insert(key.to_string(), v.clone());
                        }
                        _ => {}
                    }
                }
            }
            return out;
        }
    }
    let s = deref(root, s);
    let mut out = Map::new();
    for key in SCHEMA_KEYS {
        let Some(v) = s.get(*key) else { continue };
        // `false` is every boolean keyword's default: absent and false mean the same.
        if v == &Value::Bool(false) && *key != "default" {
            continue;
        }
        let v = match *key {
            "minimum" | "maximum" | "multipleOf" => number(v),
            "enum" => Value::Array(v.as_array().unwrap().iter().map(number).collect()),
            _ => v.clone(),
        };
        out.insert(key.to_string(), v);
    }
    // A composition (`deref` has collapsed a one-reference `allOf`) or a union: each part or
    // member, in order.
    for keyword in ["allOf", "oneOf", "anyOf"] {
        if let Some(parts) = s.get(keyword).and_then(Value::as_array) {
            let parts = parts.iter().map(|p| schema(root, p)).collect();
            out.insert(keyword.into(), Value::Array(parts));
        }
    }
    // A discriminator: its property, and its mapping with each target as a component name
    // (a mapping may name a schema or `$ref` it).
    if let Some(d) = s.get("discriminator") {
        let mapping: Map<String, Value> = d
            .get("mapping")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
            .map(|(value, target)| {
                let target = target.as_str().unwrap();
                let name = target
                    .strip_prefix("#/components/schemas/")
                    .unwrap_or(target);
                (value.clone(), json!(name))
            })
            .collect();
        out.insert(
            "discriminator".into(),
            json!({"propertyName": d["propertyName"], "mapping": mapping}),
        );
    }
    if let Some(props) = s.get("properties").and_then(Value::as_object) {
        let props: Map<String, Value> = props
            .iter()
            .map(|(k, v)| (k.clone(), schema(root, v)))
            .collect();
        out.insert("properties".into(), Value::Object(props));
    }
    if let Some(required) = s.get("required").and_then(Value::as_array) {
        let mut r: Vec<String> = required
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect();
        r.sort();
        if !r.is_empty() {
            out.insert("required".into(), json!(r));
        }
    }
    if let Some(items) = s.get("items") {
        out.insert("items".into(), schema(root, items));
    }
    match s.get("additionalProperties") {
        // `true` is JSON Schema's meaning when the keyword is absent.
        None | Some(Value::Bool(true)) => {}
        Some(Value::Bool(false)) => {
            out.insert("additionalProperties".into(), Value::Bool(false));
        }
        Some(values) => {
            out.insert("additionalProperties".into(), schema(root, values));
        }
    }
    if out.get("type") == Some(&json!("object")) && !out.contains_key("properties") {
        out.insert("properties".into(), json!({}));
    }
    Value::Object(out)
}

fn content(root: &Value, c: Option<&Value>) -> Value {
    let mut out = Map::new();
    for (media, m) in c.and_then(Value::as_object).into_iter().flatten() {
        // Allowed difference "json-charset".
        let media = media.split(';').next().unwrap().trim().to_string();
        let s = m
            .get("schema")
            .map(|s| schema(root, s))
            .unwrap_or(Value::Null);
        out.insert(media, s);
    }
    Value::Object(out)
}

fn security_schemes(root: &Value) -> Value {
    let mut out = Map::new();
    let schemes = root
        .pointer("/components/securitySchemes")
        .and_then(Value::as_object);
    for (name, s) in schemes.into_iter().flatten() {
        let mut kept = Map::new();
        for key in ["type", "scheme", "bearerFormat", "in", "name"] {
            if let Some(v) = s.get(key) {
                let v = if key == "scheme" {
                    json!(v.as_str().unwrap().to_ascii_lowercase())
                } else {
                    v.clone()
                };
                kept.insert(key.into(), v);
            }
        }
        if let Some(cc) = s.pointer("/flows/clientCredentials") {
            let scopes: Vec<&String> = cc["scopes"].as_object().unwrap().keys().collect();
            kept.insert(
                "clientCredentials".into(),
                json!({ "tokenUrl": cc["tokenUrl"], "scopes": scopes }),
            );
        }
        out.insert(name.clone(), Value::Object(kept));
    }
    Value::Object(out)
}

/// The normalised contract of a document.
pub(crate) fn normalise(root: &Value) -> Value {
    let mut ops = BTreeMap::new();
    let paths = root["paths"].as_object().expect("paths");
    for (path, item) in paths {
        let item = deref(root, item);
        let path_params = item.get("parameters").and_then(Value::as_array);
        for method in [
            "get", "put", "post", "delete", "options", "head", "patch", "trace",
        ] {
            let Some(op) = item.get(method) else { continue };
            let mut params = BTreeMap::new();
            for p in path_params.into_iter().flatten().chain(
                op.get("parameters")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten(),
            ) {
                let p = deref(root, p);
                let key = format!(
                    "{} {}",
                    p["in"].as_str().unwrap(),
                    p["name"].as_str().unwrap()
                );
                let schema = schema(root, &p["schema"]);
                // How an array is sent: `explode` (true by default for the query's form style,
                // false for the simple style of paths and headers). Meaningless for a scalar.
                let explode = (schema["type"] == "array").then(|| {
                    p.get("explode")
                        .cloned()
                        .unwrap_or(json!(p["in"] == "query" || p["in"] == "cookie"))
                });
                params.insert(
                    key,
                    json!({
                        "required": p.get("required").cloned().unwrap_or(json!(false)),
                        "deprecated": p.get("deprecated").cloned().unwrap_or(json!(false)),
                        "explode": explode,
                        "schema": schema,
                    }),
                );
            }
            let body = op.get("requestBody").map(|b| {
                let b = deref(root, b);
                json!({
                    "required": b.get("required").cloned().unwrap_or(json!(false)),
                    "content": content(root, b.get("content")),
                })
            });
            let mut responses = BTreeMap::new();
            for (code, r) in op["responses"].as_object().expect("responses") {
                let r = deref(root, r);
                // Headers by name (lower-cased: allowed difference "header-case"), whether
                // required, and their schema's type.
                let headers: BTreeMap<String, Value> = r
                    .get("headers")
                    .and_then(Value::as_object)
                    .map(|h| {
                        h.iter()
                            .map(|(name, h)| {
                                let h = deref(root, h);
                                (
                                    name.to_ascii_lowercase(),
                                    json!({
                                        "required": h.get("required").cloned().unwrap_or(json!(false)),
                                        "type": h["schema"]["type"],
                                    }),
                                )
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                responses.insert(
                    code.clone(),
                    json!({"content": content(root, r.get("content")), "headers": headers}),
                );
            }
            // The effective security: the operation's, else the document's.
            let security = op
                .get("security")
                .or_else(|| root.get("security"))
                .cloned()
                .unwrap_or(json!([]));
            let mut tags: Vec<String> = op
                .get("tags")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .map(|t| t.as_str().unwrap().to_string())
                .collect();
            tags.sort();
            ops.insert(
                format!("{} {path}", method.to_uppercase()),
                json!({
                    "operationId": op["operationId"],
                    "deprecated": op.get("deprecated").cloned().unwrap_or(json!(false)),
                    "tags": tags,
                    "parameters": params,
                    "requestBody": body,
                    "responses": responses,
                    "security": security,
                }),
            );
        }
    }
    json!({
        "document": document_level(root),
        "operations": ops,
        "securitySchemes": security_schemes(root),
    })
}

/// What a reader sees first, compared with its prose: the title, version and introduction,
/// the server and its description, and the tags in their order with their descriptions.
fn document_level(root: &Value) -> Value {
    let servers: Vec<Value> = root["servers"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|s| json!({ "url": s["url"], "description": s.get("description") }))
        .collect();
    let tags: Vec<Value> = root
        .get("tags")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|t| json!({ "name": t["name"], "description": t.get("description") }))
        .collect();
    json!({
        "title": root["info"]["title"],
        "version": root["info"]["version"],
        "description": root["info"].get("description").map(|d| d.as_str().unwrap().trim()),
        "servers": servers,
        "tags": tags,
    })
}

/// Lists the JSON pointers where two values differ.
pub(crate) fn differences(a: &Value, b: &Value, at: String, out: &mut Vec<String>) {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for k in x.keys().chain(y.keys().filter(|k| !x.contains_key(*k))) {
                let here = format!("{at}/{k}");
                match (x.get(k), y.get(k)) {
                    (Some(p), Some(q)) => differences(p, q, here, out),
                    (p, q) => out.push(format!("{here}: written {p:?}, served {q:?}")),
                }
            }
        }
        _ if a != b => out.push(format!("{at}: written {a}, served {b}")),
        _ => {}
    }
}

#[test]
fn served_documents_match_the_written_ones() {
    assert!(!ALLOWED_DIFFERENCES.is_empty());
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("openapi");
    let served = crate::support::served_documents();
    let written_count = std::fs::read_dir(&dir)
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().extension() == Some("yaml".as_ref()))
        .count();
    assert_eq!(served.len(), written_count, "every API is served");
    for (stem, served) in served {
        let text = std::fs::read_to_string(dir.join(format!("{stem}.yaml"))).unwrap();
        let written: Value = serde_yaml::from_str(&text).unwrap();
        let (w, s) = (normalise(&written), normalise(&served));
        let mut diffs = Vec::new();
        differences(&w, &s, String::new(), &mut diffs);
        assert!(
            diffs.is_empty(),
            "{stem}: the served document differs from openapi/{stem}.yaml:\n{}",
            diffs.join("\n")
        );
        // The normalised form must carry the contract, or the comparison proves nothing.
        let ops = w["operations"].as_object().unwrap();
        assert!(!ops.is_empty(), "{stem}: no operations compared");
    }
}

#[test]
fn normalising_keeps_constraints() {
    // A check that cannot fail proves nothing: a changed maxLength must show as a difference.
    let doc = |max: u64| {
        json!({
            "paths": { "/x": { "post": {
                "operationId": "x",
                "requestBody": { "required": true, "content": { "application/json": {
                    "schema": { "$ref": "#/components/schemas/X" } } } },
                "responses": { "204": { "description": "ok" } }
            } } },
            "components": { "schemas": { "X": {
                "type": "object", "description": "prose",
                "properties": { "a": { "type": "string", "maxLength": max } }
            } } }
        })
    };
    let mut diffs = Vec::new();
    differences(
        &normalise(&doc(5)),
        &normalise(&doc(5)),
        String::new(),
        &mut diffs,
    );
    assert!(diffs.is_empty(), "{diffs:?}");
    differences(
        &normalise(&doc(5)),
        &normalise(&doc(6)),
        String::new(),
        &mut diffs,
    );
    assert_eq!(diffs.len(), 1, "{diffs:?}");
    assert!(diffs[0].contains("maxLength"), "{diffs:?}");
}
