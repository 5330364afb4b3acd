//! Generator tests: a golden file per fixture document, one test per unsupported-construct
//! message, and the regeneration scenario (edit a document, regenerate, see the change).
//!
//! Golden files are refreshed with `D1_BLESS=1 cargo test --lib codegen`.

use std::path::PathBuf;

use serde_yaml::Value;

use super::{Error, generate_document};

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/codegen")
}

fn minimal() -> String {
    std::fs::read_to_string(fixtures().join("minimal.yaml")).unwrap()
}

/// Compares `actual` with a golden file, or rewrites it under `D1_BLESS=1`.
fn golden(name: &str, actual: &str) {
    let path = fixtures().join(name);
    if std::env::var_os("D1_BLESS").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        expected == actual,
        "{} differs from the generator's output; review and refresh with \
         `D1_BLESS=1 cargo test --lib codegen`",
        path.display()
    );
}

#[test]
fn minimal_document_server_output_is_pinned() {
    let generated = generate_document("minimal.yaml", &minimal()).unwrap();
    golden("minimal.server.rs", &generated.server);
}

#[test]
fn minimal_document_maps_every_construct() {
    let server = generate_document("minimal.yaml", &minimal())
        .unwrap()
        .server;
    for expected in [
        // Names, JSON names, Option only for optional fields, omitted when None.
        "pub kind: ThingKind,",
        "pub weight: Option<i32>,",
        "skip_serializing_if_is_none",
        // Validators.
        "minimum(value = 1.0, exclusive = false)",
        "maximum(value = 100.0, exclusive = false)",
        "max_items = 3usize",
        // Enum values keep their spelling.
        "#[oai(rename = \"small-one\")]",
        // A constrained array item and an integer enum get types of their own.
        "pub struct ThingTagsItem(pub String);",
        "pub struct ThingLevel(pub i64);",
        // A false default is stated and the field is not optional.
        "pub active: bool,",
        "default",
        "chrono::DateTime<chrono::FixedOffset>",
        // Routes, security, trait.
        "path = \"/things/:thingId\"",
        "operation_id = \"putThing\"",
        "ty = \"api_key\"",
        "key_name = \"X-Key\"",
        "pub trait MinimalApi",
        "fn authenticate_key(",
        "fn put_thing(",
        "pub const SERVER_URL: &str = \"/minimal\";",
    ] {
        assert!(
            server.contains(expected),
            "missing `{expected}` in:\n{server}"
        );
    }
}

#[test]
fn the_client_is_generated_too() {
    let client = generate_document("minimal.yaml", &minimal())
        .unwrap()
        .client;
    assert!(client.starts_with("// generated from openapi/minimal.yaml — do not edit."));
    assert!(client.contains("pub fn put_thing(&self)"), "{client}");
}

/// Applies `edit` to the minimal document and returns the generator's error message.
fn error_after(edit: impl FnOnce(&mut Value)) -> String {
    let mut doc: Value = serde_yaml::from_str(&minimal()).unwrap();
    edit(&mut doc);
    let yaml = serde_yaml::to_string(&doc).unwrap();
    match generate_document("minimal.yaml", &yaml) {
        Ok(_) => panic!("the edited document was accepted"),
        Err(e) => e.to_string(),
    }
}

fn thing_props(doc: &mut Value) -> &mut Value {
    &mut doc["components"]["schemas"]["Thing"]["properties"]
}

fn op(doc: &mut Value) -> &mut Value {
    &mut doc["paths"]["/things/{thingId}"]["post"]
}

fn yaml(text: &str) -> Value {
    serde_yaml::from_str(text).unwrap()
}

/// An edit of the fixture document.
type Edit = Box<dyn FnOnce(&mut Value)>;

#[test]
fn unsupported_constructs_name_the_file_pointer_and_construct() {
    let cases: Vec<(&str, Edit, &str)> = vec![
        (
            "oneOf",
            Box::new(|d| {
                thing_props(d)["weight"] =
                    yaml("oneOf: [{type: string}, {type: integer, format: int32}]")
            }),
            "#/components/schemas/Thing/properties/weight/oneOf/0: unsupported construct: an inline oneOf member",
        ),
        (
            "a oneOf member that is not an object",
            Box::new(|d| {
                d["components"]["schemas"]["Code"] = yaml("{type: string, maxLength: 3}");
                thing_props(d)["weight"] = yaml("anyOf: [{$ref: '#/components/schemas/Code'}]");
            }),
            "#/components/schemas/Thing/properties/weight/anyOf/0: unsupported construct: a anyOf member that is not an object",
        ),
        (
            "a discriminator its members do not have",
            Box::new(|d| {
                thing_props(d)["weight"] = yaml(
                    "{oneOf: [{$ref: '#/components/schemas/Problem'}], discriminator: {propertyName: kind}}",
                )
            }),
            "#/components/schemas/Thing/properties/weight/discriminator: unsupported construct: member `Problem` does not have `kind` as a required string property",
        ),
        (
            "a mapping to a schema that is not a member",
            Box::new(|d| {
                thing_props(d)["weight"] = yaml(
                    "{oneOf: [{$ref: '#/components/schemas/Problem'}], discriminator: {propertyName: message, mapping: {x: '#/components/schemas/Thing'}}}",
                )
            }),
            "#/components/schemas/Thing/properties/weight/discriminator/mapping/x: unsupported construct: mapping to `#/components/schemas/Thing`, which is not a member",
        ),
        (
            "a discriminator on an object",
            Box::new(|d| {
                d["components"]["schemas"]["Thing"]["discriminator"] = yaml("{propertyName: kind}")
            }),
            "#/components/schemas/Thing/discriminator: unsupported construct: a discriminator other than on a oneOf or anyOf",
        ),
        (
            "allOf",
            Box::new(|d| {
                thing_props(d)["weight"] =
                    yaml("allOf: [{$ref: '#/components/schemas/Problem'}, {type: string}]")
            }),
            "#/components/schemas/Thing/properties/weight/allOf/1: unsupported construct: an allOf part that is not an object",
        ),
        (
            "allOf of two inline objects",
            Box::new(|d| {
                thing_props(d)["weight"] = yaml(
                    "allOf: [{type: object, properties: {a: {type: string}}}, {type: object, properties: {b: {type: string}}}]",
                )
            }),
            "#/components/schemas/Thing/properties/weight/allOf/1: unsupported construct: more than one inline object in an allOf",
        ),
        (
            "allOf naming one part twice",
            Box::new(|d| {
                thing_props(d)["weight"] = yaml(
                    "allOf: [{$ref: '#/components/schemas/Problem'}, {$ref: '#/components/schemas/Problem'}]",
                )
            }),
            "#/components/schemas/Thing/properties/weight/allOf/1: unsupported construct: two allOf parts named `problem`",
        ),
        (
            "nullable array items",
            Box::new(|d| thing_props(d)["tags"]["items"]["nullable"] = yaml("true")),
            "#/components/schemas/Thing/properties/tags/items/nullable: unsupported construct: nullable other than on an object's property",
        ),
        (
            "a default on a nullable property",
            Box::new(|d| {
                thing_props(d)["weight"]["nullable"] = yaml("true");
                thing_props(d)["weight"]["default"] = yaml("5");
            }),
            "#/components/schemas/Thing/properties/weight/default: unsupported construct: a default on a nullable property",
        ),
        (
            "additionalProperties with a schema beside properties",
            Box::new(|d| {
                d["components"]["schemas"]["Thing"]["additionalProperties"] = yaml("{type: string}")
            }),
            "#/components/schemas/Thing/additionalProperties: unsupported construct: additionalProperties with a schema beside properties",
        ),
        (
            "a map property with additionalProperties: false",
            Box::new(|d| {
                thing_props(d)["extra"] = yaml("{type: object, additionalProperties: false}")
            }),
            "#/components/schemas/Thing/properties/extra/additionalProperties: unsupported construct: additionalProperties: true or false",
        ),
        (
            "a required readOnly property",
            Box::new(|d| {
                thing_props(d)["kind"]["readOnly"] = yaml("true");
            }),
            "#/components/schemas/Thing/properties/kind: unsupported construct: a required readOnly / writeOnly property",
        ),
        (
            "a property both readOnly and writeOnly",
            Box::new(|d| {
                thing_props(d)["weight"]["readOnly"] = yaml("true");
                thing_props(d)["weight"]["writeOnly"] = yaml("true");
            }),
            "unsupported construct: a property both readOnly and writeOnly",
        ),
        (
            "a map of arrays",
            Box::new(|d| {
                thing_props(d)["extra"] = yaml(
                    "{type: object, additionalProperties: {type: array, items: {type: string}}}",
                )
            }),
            "unsupported construct: a map of arrays or maps",
        ),
        (
            "string format",
            Box::new(|d| thing_props(d)["seen"]["format"] = yaml("ipv4")),
            "#/components/schemas/Thing/properties/seen/format: unsupported construct: string format `ipv4`",
        ),
        (
            "format binary in JSON",
            Box::new(|d| thing_props(d)["seen"]["format"] = yaml("binary")),
            "#/components/schemas/Thing/properties/seen/format: unsupported construct: format binary outside an application/octet-stream body",
        ),
        (
            "a pattern on a uuid",
            Box::new(|d| {
                thing_props(d)["seen"] = yaml("{type: string, format: uuid, pattern: '^a'}")
            }),
            "#/components/schemas/Thing/properties/seen: unsupported construct: a length or pattern on a date, uuid or byte string",
        ),
        (
            "integer without format",
            Box::new(|d| thing_props(d)["weight"] = yaml("type: integer")),
            "unsupported construct: an integer without format int32 or int64",
        ),
        (
            "cookie parameter",
            Box::new(|d| op(d)["parameters"][1]["in"] = yaml("cookie")),
            "#/paths/~1things~1{thingId}/post/parameters/1: unsupported construct: a cookie parameter",
        ),
        (
            "a required response header",
            Box::new(|d| {
                op(d)["responses"]["204"]["headers"] =
                    yaml("X-Rate: {required: true, schema: {type: string}}")
            }),
            "#/paths/~1things~1{thingId}/post/responses/204/headers/X-Rate: unsupported construct: a required response header",
        ),
        (
            "a header on an error response",
            Box::new(|d| {
                op(d)["responses"]["401"]["headers"] = yaml("X-Rate: {schema: {type: string}}")
            }),
            "unsupported construct: a header on a 4xx/5xx response",
        ),
        (
            "a response header that is not a string",
            Box::new(|d| {
                op(d)["responses"]["204"]["headers"] =
                    yaml("X-Rate: {schema: {type: integer, format: int32}}")
            }),
            "unsupported construct: a response header that is not a plain string",
        ),
        (
            "two error schemas",
            Box::new(|d| {
                op(d)["responses"]["401"]["content"]["application/json"]["schema"] =
                    yaml("$ref: '#/components/schemas/Thing'")
            }),
            "unsupported construct: 4xx/5xx responses with different (or no) bodies",
        ),
        (
            "no 400",
            Box::new(|d| {
                op(d)["responses"].as_mapping_mut().unwrap().remove("400");
            }),
            "unsupported construct: no 400 response",
        ),
        (
            "default response",
            Box::new(|d| op(d)["responses"]["default"] = yaml("description: anything")),
            "#/paths/~1things~1{thingId}/post/responses/default: unsupported construct: a default response",
        ),
        (
            "status range",
            Box::new(|d| op(d)["responses"]["5XX"] = yaml("description: anything")),
            "unsupported construct: a status range",
        ),
        (
            "media type",
            Box::new(|d| {
                let body = op(d)["requestBody"]["content"].as_mapping_mut().unwrap();
                let schema = body.remove("application/json").unwrap();
                body.insert("application/xml".into(), schema);
            }),
            "unsupported construct: request media type `application/xml`",
        ),
        (
            "alternative security",
            Box::new(|d| d["security"] = yaml("[{key: []}, {other: []}]")),
            "#/paths/~1things~1{thingId}/post/security: unsupported construct: alternative or combined security requirements",
        ),
        (
            "openid connect",
            Box::new(|d| {
                d["components"]["securitySchemes"]["key"] =
                    yaml("{type: openIdConnect, openIdConnectUrl: 'https://x'}")
            }),
            "#/components/securitySchemes/key: unsupported construct: OpenID Connect",
        ),
        (
            "missing 401 on a protected operation",
            Box::new(|d| {
                op(d)["responses"].as_mapping_mut().unwrap().remove("401");
            }),
            "unsupported construct: no 401 response on an operation protected by `key`",
        ),
        (
            "an unknown keyword",
            Box::new(|d| thing_props(d)["weight"]["const"] = yaml("3")),
            "#/components/schemas/Thing/properties/weight: unsupported construct: keyword `const` (not understood by openapiv3)",
        ),
        (
            "OpenAPI 3.1",
            Box::new(|d| d["openapi"] = yaml("'3.1.0'")),
            "#/openapi: unsupported construct: OpenAPI version 3.1.0",
        ),
        (
            "a server url that is not a path",
            Box::new(|d| d["servers"][0]["url"] = yaml("https://example.com/x")),
            "#/servers/0/url: unsupported construct: server url `https://example.com/x`",
        ),
        (
            "a default of another type (a non-zero default of the right type is supported: the defaults fixture)",
            Box::new(|d| thing_props(d)["weight"]["default"] = yaml("seven")),
            "#/components/schemas/Thing/properties/weight/default: unsupported construct: default \"seven\"",
        ),
        (
            "a default that is not one of an enum's values (a value is supported: the defaults fixture)",
            Box::new(|d| {
                thing_props(d)["size"] = yaml("{type: string, enum: [S, M], default: XL}")
            }),
            "#/components/schemas/Thing/properties/size/default: unsupported construct: default \"XL\" (a default is for an optional property",
        ),
        (
            "a default on a required enum",
            Box::new(|d| thing_props(d)["kind"]["default"] = yaml("BIG")),
            "#/components/schemas/Thing/properties/kind/default: unsupported construct: default \"BIG\" (a default is for an optional property",
        ),
        (
            "a default that does not match its pattern",
            Box::new(|d| {
                thing_props(d)["code"] = yaml("{type: string, pattern: '^[A-Z]{3}$', default: eur}")
            }),
            "#/components/schemas/Thing/properties/code/default: unsupported construct: default \"eur\"",
        ),
        (
            "a default on an enum component",
            Box::new(|d| {
                d["components"]["schemas"]["Size"] =
                    yaml("{type: string, enum: [S, M], default: S}")
            }),
            "#/components/schemas/Size/default: unsupported construct: a default on an enum",
        ),
        (
            "a default on a required property",
            Box::new(|d| {
                thing_props(d)["weight"]["default"] = yaml("5");
                d["components"]["schemas"]["Thing"]["required"] = yaml("[kind, weight]");
            }),
            "#/components/schemas/Thing/properties/weight/default: unsupported construct: default 5 (a default is for an optional",
        ),
        (
            "a query array with explode: false",
            Box::new(|d| {
                op(d)["parameters"][1] = yaml(
                    "{name: tag, in: query, explode: false, schema: {type: array, items: {type: string}}}",
                )
            }),
            "#/paths/~1things~1{thingId}/post/parameters/1/explode: unsupported construct: explode: false (progenitor's client",
        ),
        (
            "an array header parameter",
            Box::new(|d| {
                op(d)["parameters"][1]["schema"] = yaml("{type: array, items: {type: string}}")
            }),
            "#/paths/~1things~1{thingId}/post/parameters/1/schema: unsupported construct: an array header parameter",
        ),
        (
            "a default on a required parameter",
            Box::new(|d| {
                op(d)["parameters"][1]["required"] = yaml("true");
                op(d)["parameters"][1]["schema"]["default"] = yaml("abc");
            }),
            "#/paths/~1things~1{thingId}/post/parameters/1/schema/default: unsupported construct: default \"abc\" (a parameter's default is for an optional",
        ),
        (
            "a parameter default of another type",
            Box::new(|d| op(d)["parameters"][1]["schema"]["default"] = yaml("7")),
            "#/paths/~1things~1{thingId}/post/parameters/1/schema/default: unsupported construct: default 7",
        ),
        (
            "multipart",
            Box::new(|d| {
                let body = op(d)["requestBody"]["content"].as_mapping_mut().unwrap();
                let schema = body.remove("application/json").unwrap();
                body.insert("multipart/form-data".into(), schema);
            }),
            "#/paths/~1things~1{thingId}/post/requestBody/content/multipart~1form-data: unsupported construct: multipart/form-data (progenitor 0.15 cannot send a multipart body",
        ),
        (
            "a text body with a constraint",
            Box::new(|d| {
                op(d)["requestBody"]["content"] =
                    yaml("text/plain: {schema: {type: string, maxLength: 10}}")
            }),
            "#/paths/~1things~1{thingId}/post/requestBody/content/text~1plain/schema: unsupported construct: a text/plain body whose schema is not {type: string}",
        ),
        (
            "a binary body without format binary",
            Box::new(|d| {
                op(d)["requestBody"]["content"] =
                    yaml("application/octet-stream: {schema: {type: string}}")
            }),
            "unsupported construct: a application/octet-stream body whose schema is not {type: string, format: binary}",
        ),
        (
            "an error answer in text",
            Box::new(|d| {
                op(d)["responses"]["400"]["content"] = yaml("text/plain: {schema: {type: string}}")
            }),
            "#/paths/~1things~1{thingId}/post/responses/400/content/text~1plain: unsupported construct: an error answer that is not JSON",
        ),
        (
            "success answers of two media types",
            Box::new(|d| {
                op(d)["responses"]["200"] =
                    yaml("{description: ok, content: {text/plain: {schema: {type: string}}}}")
            }),
            "unsupported construct: success responses of different shapes",
        ),
        (
            "a required query array",
            Box::new(|d| {
                op(d)["parameters"][1] = yaml(
                    "{name: tag, in: query, required: true, schema: {type: array, items: {type: string}}}",
                )
            }),
            "#/paths/~1things~1{thingId}/post/parameters/1: unsupported construct: a required query array",
        ),
        (
            "a parameter default breaking its own maxLength",
            Box::new(|d| {
                op(d)["parameters"][1]["schema"]["default"] = yaml("much-longer-than-sixteen")
            }),
            "#/paths/~1things~1{thingId}/post/parameters/1/schema/default: unsupported construct: a default that breaks its own constraints",
        ),
        (
            "a property default breaking its own maximum",
            Box::new(|d| thing_props(d)["weight"]["default"] = yaml("101")),
            "#/components/schemas/Thing/properties/weight/default: unsupported construct: a default that breaks its own constraints (it is above the maximum)",
        ),
        (
            "a float default an f32 cannot hold exactly",
            Box::new(|d| {
                thing_props(d)["ratio"] = yaml("{type: number, format: float, default: 0.1}")
            }),
            "#/components/schemas/Thing/properties/ratio/default: unsupported construct: default 0.1",
        ),
        (
            "a closed allOf part",
            Box::new(|d| {
                d["components"]["schemas"]["Problem"]["additionalProperties"] = yaml("false");
                thing_props(d)["weight"] = yaml(
                    "allOf: [{$ref: '#/components/schemas/Problem'}, {type: object, properties: {x: {type: string}}}]",
                );
            }),
            "#/components/schemas/Thing/properties/weight/allOf/0: unsupported construct: an object with additionalProperties: false beside other allOf parts",
        ),
        (
            "an allOf containing itself",
            Box::new(|d| {
                d["components"]["schemas"]["Loop"] =
                    yaml("allOf: [{$ref: '#/components/schemas/Loop2'}]");
                d["components"]["schemas"]["Loop2"] = yaml(
                    "allOf: [{$ref: '#/components/schemas/Problem'}, {$ref: '#/components/schemas/Loop'}]",
                );
            }),
            "#/components/schemas/Loop: unsupported construct: `Loop` contains itself through allOf parts alone",
        ),
        (
            "an allOf two of whose parts lead back to it",
            Box::new(|d| {
                d["components"]["schemas"]["Tree"] = yaml(
                    "allOf: [{$ref: '#/components/schemas/Left'}, {$ref: '#/components/schemas/Right'}]",
                );
                d["components"]["schemas"]["Left"] = yaml(
                    "{type: object, properties: {kids: {type: array, items: {$ref: '#/components/schemas/Tree'}}}}",
                );
                d["components"]["schemas"]["Right"] = yaml(
                    "{type: object, properties: {kids: {type: array, items: {$ref: '#/components/schemas/Tree'}}}}",
                );
            }),
            "#/components/schemas/Tree: unsupported construct: an allOf two of whose members contain it again (`Left`, `Right`)",
        ),
        (
            "a recursive union without a discriminator",
            Box::new(|d| {
                d["components"]["schemas"]["Node"] = yaml(
                    "anyOf: [{$ref: '#/components/schemas/Branch'}, {$ref: '#/components/schemas/Twig'}]",
                );
                d["components"]["schemas"]["Branch"] = yaml(
                    "{type: object, properties: {kids: {type: array, items: {$ref: '#/components/schemas/Node'}}}}",
                );
                d["components"]["schemas"]["Twig"] = yaml(
                    "{type: object, properties: {kids: {type: array, items: {$ref: '#/components/schemas/Node'}}}}",
                );
            }),
            "#/components/schemas/Node: unsupported construct: an anyOf without a discriminator two of whose members contain it again (`Branch`, `Twig`)",
        ),
        (
            "a form field that is not a string",
            Box::new(|d| {
                let body = op(d)["requestBody"]["content"].as_mapping_mut().unwrap();
                let schema = body.remove("application/json").unwrap();
                body.insert("application/x-www-form-urlencoded".into(), schema);
            }),
            "unsupported construct: form field `weight` is not a string or string enum",
        ),
    ];
    for (what, edit, expected) in cases {
        let message = error_after(edit);
        assert!(
            message.starts_with("minimal.yaml#/"),
            "{what}: the message must start with the file and a JSON pointer: {message}"
        );
        assert!(
            message.contains(expected),
            "{what}: expected `{expected}` in `{message}`"
        );
    }
}

#[test]
fn a_document_that_is_not_openapi_is_a_parse_error() {
    let err = generate_document("broken.yaml", "openapi: [").unwrap_err();
    assert!(matches!(err, Error::Parse { .. }), "{err}");
    assert!(err.to_string().starts_with("broken.yaml: "), "{err}");
}

/// The loop partners rely on: edit a document, regenerate, and the change is in the code.
#[test]
fn adding_a_property_and_an_operation_regenerates_both() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("openapi/card-api.yaml");
    let mut doc: Value = serde_yaml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    doc["components"]["schemas"]["VerifyCardRequest"]["properties"]["loyaltyTier"] =
        yaml("type: string\nmaxLength: 16\ndescription: The card's loyalty tier.");
    let mut ping = doc["paths"]["/cms/api/v1/issuers/{issuerId}/cards/credentials"].clone();
    ping["post"]["operationId"] = yaml("pingIssuer");
    ping["post"]["summary"] = yaml("Ping issuer");
    doc["paths"]["/cms/api/v1/issuers/{issuerId}/ping"] = ping;

    let dir = std::env::temp_dir().join(format!("d1-regenerate-{}", std::process::id()));
    let (docs, out) = (dir.join("openapi"), dir.join("out"));
    std::fs::create_dir_all(&docs).unwrap();
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(
        docs.join("card-api.yaml"),
        serde_yaml::to_string(&doc).unwrap(),
    )
    .unwrap();
    super::generate_dir(&docs, &out).unwrap();
    let server = std::fs::read_to_string(out.join("card_api.rs")).unwrap();
    let client = std::fs::read_to_string(out.join("card_api_client.rs")).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();

    assert!(
        server.contains("pub loyalty_tier: Option<String>,"),
        "property missing"
    );
    assert!(
        server.contains("rename = \"loyaltyTier\""),
        "JSON name missing"
    );
    assert!(
        server.contains("max_length = 16usize"),
        "constraint missing"
    );
    assert!(
        server.contains("fn ping_issuer("),
        "trait/service method missing"
    );
    assert!(
        server.contains("path = \"/cms/api/v1/issuers/:issuerId/ping\""),
        "route missing"
    );
    assert!(
        server.contains("pub enum PingIssuer"),
        "response enum missing"
    );
    assert!(
        client.contains("pub fn ping_issuer(&self)"),
        "client method missing"
    );
    assert!(client.contains("loyalty_tier"), "client property missing");
}

/// An optional string header on a success answer becomes an `Option<String>` header field of
/// the response variant (the handler sets it), with or without a body.
#[test]
fn a_property_holding_its_own_object_is_boxed() {
    let mut doc: Value = serde_yaml::from_str(&minimal()).unwrap();
    thing_props(&mut doc)["next"] = yaml("$ref: '#/components/schemas/Thing'");
    thing_props(&mut doc)["more"] =
        yaml("{type: array, items: {$ref: '#/components/schemas/Thing'}}");
    let yaml_text = serde_yaml::to_string(&doc).unwrap();
    let generated = generate_document("minimal.yaml", &yaml_text).unwrap();
    let server = generated.server;
    assert!(server.contains("pub next: Option<Box<Thing>>,"), "{server}");
    // An array holds its elements on the heap already.
    assert!(server.contains("pub more: Option<Vec<Thing>>,"), "{server}");
    // typify holds some such fields (here `Person.boss`, as in the nullable fixture) as
    // `Box<Option<Person>>`, which would send `null` for an absent one.
    let mut doc: Value = serde_yaml::from_str(&minimal()).unwrap();
    thing_props(&mut doc)["owner"] = yaml("$ref: '#/components/schemas/Person'");
    doc["components"]["schemas"]["Person"] = yaml(
        "{type: object, required: [name], properties: {name: {type: string}, boss: {$ref: '#/components/schemas/Person'}}}",
    );
    let yaml_text = serde_yaml::to_string(&doc).unwrap();
    let client = generate_document("minimal.yaml", &yaml_text)
        .unwrap()
        .client;
    let next = client
        .find("pub boss: ::std::boxed::Box<::std::option::Option<Person>>")
        .unwrap_or_else(|| panic!("{client}"));
    let before = client[..next].trim_end();
    assert!(
        before.ends_with(
            "#[serde(default, skip_serializing_if = \"::std::option::Option::is_none\")]"
        ),
        "{}",
        &client[next.saturating_sub(200)..next + 60]
    );
}

#[test]
fn a_success_answers_header_is_a_field_of_its_variant() {
    let mut doc: Value = serde_yaml::from_str(&minimal()).unwrap();
    op(&mut doc)["responses"]["204"]["headers"] =
        yaml("X-Rate: {description: calls left, schema: {type: string}}");
    let server = generate_document("minimal.yaml", &serde_yaml::to_string(&doc).unwrap())
        .unwrap()
        .server;
    let flat: String = server.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains(
            "#[oai(status = 204u16)] NoContent(#[oai(header = \"X-Rate\")] Option<String>),"
        ),
        "{server}"
    );
}

/// Every fixture document (one per construct) generates, and its server output is pinned.
#[test]
fn every_fixture_document_is_pinned() {
    let mut stems = Vec::new();
    for entry in std::fs::read_dir(fixtures()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension() != Some("yaml".as_ref()) {
            continue;
        }
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let generated = generate_document(&name, &std::fs::read_to_string(&path).unwrap()).unwrap();
        let stem = name.trim_end_matches(".yaml").to_string();
        golden(&format!("{stem}.server.rs"), &generated.server);
        stems.push(stem);
    }
    assert!(stems.len() >= 2, "{stems:?}");
}
