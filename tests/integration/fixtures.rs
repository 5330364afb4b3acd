//! The generator's fixture documents (`tests/fixtures/codegen/`, one per construct), served
//! over HTTP from the code the build generates for them: valid input is accepted, invalid input
//! refused with the declared body, the generated client round-trips a value, and the served
//! document says what the written one says (the fidelity test's normal form).

use std::sync::Arc;

use poem::listener::{Acceptor, Listener, TcpListener};
use serde_json::Value;

use crate::calls::ok;
use crate::fidelity::{differences, normalise};

/// A fixture's generated server and client modules (from `OUT_DIR/fixtures/`), and its
/// error body built from a problem (every fixture's is `Problem {message}`).
macro_rules! fixture {
    ($server:ident, $client:ident, $stem:literal) => {
        #[allow(dead_code, unused_imports, clippy::all)]
        mod $server {
            include!(concat!(env!("OUT_DIR"), "/fixtures/", $stem, ".rs"));
        }

        #[allow(dead_code, unused_imports, clippy::all)]
        mod $client {
            include!(concat!(env!("OUT_DIR"), "/fixtures/", $stem, "_client.rs"));
        }

        impl d1_sandbox::runtime::ErrorBody for $server::types::Problem {
            fn from_problem(problem: &d1_sandbox::runtime::Problem, _status: u16) -> Self {
                $server::types::Problem {
                    message: problem.message.clone(),
                }
            }
        }
    };
}

/// A fixture implementation whose one operation answers 200 with the body it was given (the
/// other arguments, a path parameter, are ignored).
macro_rules! echo {
    ($imp:ident: $module:ident::$api:ident::$method:ident($($arg:ident: $ty:ty),*) -> $response:ident) => {
        #[doc = concat!(" Answers the `", stringify!($method), "` body it was given.")]
        struct $imp;

        impl $module::$api for $imp {
            async fn $method(
                &self,
                $($arg: $ty,)*
            ) -> Result<$module::responses::$response, d1_sandbox::runtime::Problem> {
                Ok($module::responses::$response::Ok(poem_openapi::payload::Json(
                    echo!(@body $($arg)*),
                )))
            }
        }
    };
    // The body is the last argument.
    (@body $last:ident) => { $last };
    (@body $first:ident $($rest:ident)+) => { { let _ = $first; echo!(@body $($rest)+) } };
}

fixture!(headers, headers_client, "headers");

fixture!(access, access_client, "access");

/// The access fixture's implementation: gives the account an id, and answers it with the
/// password it received (which the answer must not carry).
struct Accounts;

impl access::AccessApi for Accounts {
    async fn create_account(
        &self,
        body: access::types::Account,
    ) -> Result<access::responses::CreateAccount, d1_sandbox::runtime::Problem> {
        assert!(
            body.id.is_none(),
            "a read-only property reached the handler"
        );
        Ok(access::responses::CreateAccount::Ok(
            poem_openapi::payload::Json(access::types::Account {
                id: Some(format!("acct-{}", body.name)),
                ..body
            }),
        ))
    }
}

fixture!(scalars, scalars_client, "scalars");

echo!(Moves: scalars::ScalarsApi::post_move(body: scalars::types::Move) -> PostMove);

fixture!(defaults, defaults_client, "defaults");

echo!(Settings: defaults::DefaultsApi::put_settings(body: defaults::types::Settings) -> PutSettings);

fixture!(maps, maps_client, "maps");

echo!(Labels: maps::MapsApi::put_labels(thing_id: maps::types::ThingId, body: maps::types::Labels) -> PutLabels);

/// The fixture's implementation: a thing named after its id, and the calls left.
struct Things;

impl headers::HeadersApi for Things {
    async fn get_thing(
        &self,
        thing_id: headers::types::ThingId,
    ) -> Result<headers::responses::GetThing, d1_sandbox::runtime::Problem> {
        Ok(headers::responses::GetThing::Ok(
            poem_openapi::payload::Json(headers::types::Thing { name: thing_id.0 }),
            Some("41".into()),
        ))
    }
}

fixture!(params, params_client, "params");

/// The params fixture's implementation: answers the parameters as understood.
struct Search;

impl params::ParamsApi for Search {
    async fn search(
        &self,
        tag: Option<Vec<params::types::TagItem>>,
        id: Option<Vec<i64>>,
        limit: i32,
        order: String,
        exact: bool,
        sort: params::types::Sort,
        x_locale: String,
    ) -> Result<params::responses::Search, d1_sandbox::runtime::Problem> {
        Ok(params::responses::Search::Ok(poem_openapi::payload::Json(
            params::types::Echo {
                tags: tag.unwrap_or_default().into_iter().map(|t| t.0).collect(),
                ids: id.unwrap_or_default(),
                limit,
                order,
                exact,
                sort: match sort {
                    params::types::Sort::Asc => "asc".into(),
                    params::types::Sort::Desc => "desc".into(),
                },
                locale: x_locale,
            },
        )))
    }
}

fixture!(formats, formats_client, "formats");

/// The formats fixture's implementation: answers the event, refusing one whose id is not the
/// path's or whose day is not the one asked for.
struct Events;

impl formats::FormatsApi for Events {
    async fn put_event(
        &self,
        event_id: d1_sandbox::runtime::Uuid,
        on: Option<d1_sandbox::runtime::Date>,
        body: formats::types::Event,
    ) -> Result<formats::responses::PutEvent, d1_sandbox::runtime::Problem> {
        let invalid = |m: &str| {
            d1_sandbox::runtime::Problem::new(d1_sandbox::runtime::ProblemKind::InvalidRequest, m)
        };
        if body.id != event_id {
            return Err(invalid("the id is not the path's"));
        }
        if on.is_some_and(|day| day != body.day) {
            return Err(invalid("the day is not the one asked for"));
        }
        Ok(formats::responses::PutEvent::Ok(
            poem_openapi::payload::Json(body),
        ))
    }
}

fixture!(media, media_client, "media");

/// The media fixture's implementation: notes and blobs in memory.
#[derive(Default)]
struct Media {
    notes: std::sync::Mutex<std::collections::BTreeMap<String, String>>,
    blobs: std::sync::Mutex<std::collections::BTreeMap<String, Vec<u8>>>,
}

impl media::MediaApi for Media {
    async fn get_note(
        &self,
        note_id: media::types::NoteId,
    ) -> Result<media::responses::GetNote, d1_sandbox::runtime::Problem> {
        let notes = self.notes.lock().unwrap();
        match notes.get(&note_id.0) {
            Some(text) => Ok(media::responses::GetNote::Ok(
                poem_openapi::payload::PlainText(text.clone()),
            )),
            None => Err(d1_sandbox::runtime::Problem::new(
                d1_sandbox::runtime::ProblemKind::NotFound,
                "no such note",
            )),
        }
    }

    async fn put_note(
        &self,
        note_id: media::types::NoteId,
        body: String,
    ) -> Result<media::responses::PutNote, d1_sandbox::runtime::Problem> {
        let note = media::types::Note {
            id: note_id.0.clone(),
            length: body.chars().count() as i64,
        };
        let created = self
            .notes
            .lock()
            .unwrap()
            .insert(note_id.0.clone(), body)
            .is_none();
        let note = poem_openapi::payload::Json(note);
        Ok(if created {
            media::responses::PutNote::Created(note, Some(format!("/media/notes/{}", note_id.0)))
        } else {
            media::responses::PutNote::Ok(note)
        })
    }

    async fn get_blob(
        &self,
        blob_id: media::types::BlobId,
    ) -> Result<media::responses::GetBlob, d1_sandbox::runtime::Problem> {
        match self.blobs.lock().unwrap().get(&blob_id.0) {
            Some(bytes) => Ok(media::responses::GetBlob::Ok(
                poem_openapi::payload::Binary(bytes.clone()),
            )),
            None => Err(d1_sandbox::runtime::Problem::new(
                d1_sandbox::runtime::ProblemKind::NotFound,
                "no such blob",
            )),
        }
    }

    async fn put_blob(
        &self,
        blob_id: media::types::BlobId,
        body: Vec<u8>,
    ) -> Result<media::responses::PutBlob, d1_sandbox::runtime::Problem> {
        self.blobs.lock().unwrap().insert(blob_id.0, body);
        Ok(media::responses::PutBlob::NoContent)
    }
}

fixture!(nullable, nullable_client, "nullable");

echo!(Profiles: nullable::NullableApi::put_profile(profile_id: String, body: nullable::types::Profile) -> PutProfile);

fixture!(closed, closed_client, "closed");

echo!(Orders: closed::ClosedApi::post_order(body: closed::types::Order) -> PostOrder);

fixture!(allof, allof_client, "allof");

/// The allOf fixture's implementation: answers what it was given.
struct Dogs;

impl allof::AllofApi for Dogs {
    async fn post_kennel(
        &self,
        body: allof::types::Kennel,
    ) -> Result<allof::responses::PostKennel, d1_sandbox::runtime::Problem> {
        Ok(allof::responses::PostKennel::Ok(
            poem_openapi::payload::Json(body),
        ))
    }

    async fn post_dog(
        &self,
        body: allof::types::Dog,
    ) -> Result<allof::responses::PostDog, d1_sandbox::runtime::Problem> {
        // Each part holds its own properties: the name in Animal's, barks in the own part.
        if body.animal.name == "quiet" && body.own.barks {
            return Err(d1_sandbox::runtime::Problem::new(
                d1_sandbox::runtime::ProblemKind::InvalidRequest,
                "a quiet dog does not bark",
            ));
        }
        Ok(allof::responses::PostDog::Ok(poem_openapi::payload::Json(
            body,
        )))
    }
}

fixture!(unions, unions_client, "unions");

/// The unions fixture's implementation: answers what it was given.
struct Pets;

impl unions::UnionsApi for Pets {
    async fn post_pet(
        &self,
        body: unions::types::Pet,
    ) -> Result<unions::responses::PostPet, d1_sandbox::runtime::Problem> {
        Ok(unions::responses::PostPet::Ok(poem_openapi::payload::Json(
            body,
        )))
    }

    async fn post_adoption(
        &self,
        body: unions::types::Adoption,
    ) -> Result<unions::responses::PostAdoption, d1_sandbox::runtime::Problem> {
        Ok(unions::responses::PostAdoption::Ok(
            poem_openapi::payload::Json(body),
        ))
    }
}

fixture!(minimal, minimal_client, "minimal");

/// The minimal fixture's implementation: the key `k1` is Ada's; a thing is stored (and only
/// checked) by kind.
struct MinimalThings;

impl minimal::MinimalApi for MinimalThings {
    type Principal = String;

    async fn authenticate_key(
        &self,
        credential: poem_openapi::auth::ApiKey,
    ) -> Result<String, d1_sandbox::runtime::Problem> {
        match credential.key.as_str() {
            "k1" => Ok("ada".into()),
            _ => Err(d1_sandbox::runtime::Problem::new(
                d1_sandbox::runtime::ProblemKind::Unauthorized,
                "unknown key",
            )),
        }
    }

    async fn put_thing(
        &self,
        principal: String,
        _thing_id: minimal::types::ThingId,
        _x_trace: Option<String>,
        body: minimal::types::Thing,
    ) -> Result<minimal::responses::PutThing, d1_sandbox::runtime::Problem> {
        assert_eq!(principal, "ada");
        // The absent `active` takes its default.
        let _active: bool = body.active;
        Ok(minimal::responses::PutThing::NoContent)
    }
}

/// Serves a fixture's service at its server URL on port 0, described and served as d1-sandbox
/// serves its own documents, after checking the served document against the written one; its
/// base URL and served document.
async fn serve<A: poem_openapi::OpenApi + 'static>(
    api: A,
    info: d1_sandbox::runtime::DocumentInfo,
) -> (String, Value) {
    let service = info.service(api);
    let document = info.served(&service);
    assert_faithful(info.stem, &document);
    let acceptor = TcpListener::bind("127.0.0.1:0")
        .into_acceptor()
        .await
        .unwrap();
    let addr = *acceptor.local_addr()[0].as_socket_addr().unwrap();
    let app = poem::Route::new().nest(info.server_url, service);
    tokio::spawn(async move { poem::Server::new_with_acceptor(acceptor).run(app).await });
    (format!("http://{addr}{}", info.server_url), document)
}

/// Sends `body` as JSON with `method` to `url`: the status and the JSON answer.
async fn send_json(method: reqwest::Method, url: String, body: Value) -> (u16, Value) {
    let answer = reqwest::Client::new()
        .request(method, url)
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = answer.status().as_u16();
    (status, answer.json::<Value>().await.unwrap())
}

/// A refusal with the declared 400 body (every fixture's is `Problem {message}`).
fn assert_refused(status: u16, answer: &Value, input: &dyn std::fmt::Display) {
    assert_eq!(status, 400, "{input} was accepted: {answer}");
    assert!(answer["message"].is_string(), "{input}: {answer}");
}

/// The served document against the written fixture, in the fidelity test's normal form.
fn assert_faithful(stem: &str, served: &Value) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(format!("tests/fixtures/codegen/{stem}.yaml"));
    let written: Value = serde_yaml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut diffs = Vec::new();
    differences(
        &normalise(&written),
        &normalise(served),
        String::new(),
        &mut diffs,
    );
    assert!(diffs.is_empty(), "{stem}: {}", diffs.join("\n"));
}

/// An optional string header on a success answer: set by the handler, declared in the served
/// document, readable through the generated client.
#[tokio::test]
async fn a_response_header_is_served_declared_and_read_by_the_client() {
    let (base, served) = serve(
        headers::HeadersApiService(Arc::new(Things)),
        headers::DOCUMENT,
    )
    .await;
    let declared = &served["paths"]["/things/{thingId}"]["get"]["responses"]["200"]["headers"];
    // poem-openapi upper-cases the name (HTTP header names are case-insensitive; see the
    // fidelity test's allowed differences).
    assert!(
        declared
            .as_object()
            .is_some_and(|h| h.keys().any(|k| k.eq_ignore_ascii_case("x-rate-remaining"))),
        "the served document declares the header: {declared}"
    );

    // Valid input: the body and the header.
    let answer = reqwest::get(format!("{base}/things/abc")).await.unwrap();
    assert_eq!(answer.status().as_u16(), 200);
    assert_eq!(answer.headers()["x-rate-remaining"], "41");
    let body: Value = answer.json().await.unwrap();
    assert_eq!(body["name"], "abc");
    // Invalid input (the path pattern): the declared 400 body.
    let refused = reqwest::get(format!("{base}/things/ABC1")).await.unwrap();
    assert_eq!(refused.status().as_u16(), 400);
    let body: Value = refused.json().await.unwrap();
    assert!(body["message"].is_string(), "{body}");
    // The generated client: the value and the header.
    let value = headers_client::Client::new(&base)
        .get_thing()
        .thing_id("xyz")
        .send()
        .await
        .unwrap();
    assert_eq!(value.headers()["x-rate-remaining"], "41");
    assert_eq!(value.into_inner().name.to_string(), "xyz");
}

/// A map (`additionalProperties` with a schema): any keys, each value validated as the schema
/// says (a constrained string, an int32), served as written and round-tripped by the client.
#[tokio::test]
async fn a_map_accepts_any_key_and_validates_each_value() {
    let (base, _) = serve(maps::MapsApiService(Arc::new(Labels)), maps::DOCUMENT).await;
    let put = |body: Value| send_json(reqwest::Method::PUT, format!("{base}/labels/abc"), body);
    let valid = serde_json::json!({"labels": {"colour": "red", "size": "xl"}, "counts": {"a": 1}});
    let (status, answer) = put(valid.clone()).await;
    assert_eq!((status, &answer), (200, &valid));
    // Each value is checked: too long, not a string, null, a count that is not an int32.
    for bad in [
        serde_json::json!({"labels": {"colour": "much-too-long"}}),
        serde_json::json!({"labels": {"colour": 7}}),
        serde_json::json!({"labels": {"colour": null}}),
        serde_json::json!({"labels": {}, "counts": {"a": 3000000000u64}}),
        serde_json::json!({"labels": ["red"]}),
    ] {
        let (status, answer) = put(bad.clone()).await;
        assert_refused(status, &answer, &bad);
    }
    // The generated client round-trips a map.
    let body: maps_client::types::Labels = serde_json::from_value(valid.clone()).unwrap();
    let value = ok(maps_client::Client::new(&base)
        .put_labels()
        .thing_id("abc")
        .body(body)
        .send())
    .await;
    assert_eq!(serde_json::to_value(value).unwrap(), valid);
}

/// readOnly is answered and refused in a request; writeOnly is accepted and never answered.
#[tokio::test]
async fn read_only_and_write_only_properties_go_one_way() {
    let (base, _) = serve(
        access::AccessApiService(Arc::new(Accounts)),
        access::DOCUMENT,
    )
    .await;
    let post = |body: Value| send_json(reqwest::Method::POST, format!("{base}/accounts"), body);
    let (status, answer) = post(serde_json::json!({"name": "ada", "password": "secret-1"})).await;
    assert_eq!(status, 200, "{answer}");
    assert_eq!(answer, serde_json::json!({"name": "ada", "id": "acct-ada"}));
    // A read-only property in a request: refused with the declared body.
    let (status, answer) = post(serde_json::json!({"name": "ada", "id": "mine"})).await;
    assert_eq!(status, 400, "{answer}");
    assert!(
        answer["message"].as_str().unwrap().contains("read only"),
        "{answer}"
    );
    // The write-only property keeps its own constraints.
    let (status, _) = post(serde_json::json!({"name": "ada", "password": "short"})).await;
    assert_eq!(status, 400);
    // The generated client: sends the password, reads the id, never sees the password.
    let body: access_client::types::Account =
        serde_json::from_value(serde_json::json!({"name": "bob", "password": "secret-22"}))
            .unwrap();
    let value = ok(access_client::Client::new(&base)
        .create_account()
        .body(body)
        .send())
    .await;
    assert_eq!(
        serde_json::to_value(value).unwrap(),
        serde_json::json!({"name": "bob", "id": "acct-bob"})
    );
}

/// A constrained scalar written once as a component (`$ref`) and shared by several properties:
/// its constraint holds wherever it is used, and the client knows the type too.
#[tokio::test]
async fn a_component_scalar_is_checked_wherever_it_is_used() {
    let (base, _) = serve(
        scalars::ScalarsApiService(Arc::new(Moves)),
        scalars::DOCUMENT,
    )
    .await;
    let post = |body: Value| send_json(reqwest::Method::POST, format!("{base}/moves"), body);
    let valid = serde_json::json!({"from": "CDG", "to": "NRT", "via": ["HEL"]});
    let (status, answer) = post(valid.clone()).await;
    assert_eq!((status, &answer), (200, &valid));
    for bad in [
        serde_json::json!({"from": "cdg", "to": "NRT"}),
        serde_json::json!({"from": "CDG", "to": "NRTX"}),
        serde_json::json!({"from": "CDG", "to": "NRT", "via": ["HE1"]}),
    ] {
        let (status, answer) = post(bad.clone()).await;
        assert_refused(status, &answer, &bad);
    }
    // The client has the type, with its constraint: a bad code cannot even be built.
    assert!("cdg".parse::<scalars_client::types::PlaceCode>().is_err());
    let body: scalars_client::types::Move = serde_json::from_value(valid.clone()).unwrap();
    let value = ok(scalars_client::Client::new(&base)
        .post_move()
        .body(body)
        .send())
    .await;
    assert_eq!(serde_json::to_value(value).unwrap(), valid);
}

/// Defaults other than the zero value: an absent property takes the stated default (string,
/// integer, boolean, number), a given one is kept and validated, and the schema states them.
#[tokio::test]
async fn an_absent_property_takes_its_stated_default() {
    let (base, _) = serve(
        defaults::DefaultsApiService(Arc::new(Settings)),
        defaults::DOCUMENT,
    )
    .await;
    let put = |body: Value| send_json(reqwest::Method::PUT, format!("{base}/settings"), body);
    let all_defaults = serde_json::json!({
        "name": "n", "mode": "auto", "retries": 3, "enabled": true, "ratio": 0.5,
        "unit": "kg", "currency": "EUR",
    });
    assert_eq!(
        put(serde_json::json!({"name": "n"})).await,
        (200, all_defaults)
    );
    let given = serde_json::json!({
        "name": "n", "mode": "manual", "retries": 0, "enabled": false, "ratio": 2.0,
        "unit": "lb", "currency": "USD",
    });
    assert_eq!(put(given.clone()).await, (200, given.clone()));
    // A given value is still validated.
    for bad in [
        serde_json::json!({"name": "n", "retries": 11}),
        serde_json::json!({"name": "n", "unit": "st"}),
        serde_json::json!({"name": "n", "currency": "eur"}),
    ] {
        let (status, answer) = put(bad.clone()).await;
        assert_eq!(status, 400, "{bad} was accepted: {answer}");
    }
    // The client fills the same defaults in.
    let body: defaults_client::types::Settings =
        serde_json::from_value(serde_json::json!({"name": "c"})).unwrap();
    let value = ok(defaults_client::Client::new(&base)
        .put_settings()
        .body(body)
        .send())
    .await;
    assert_eq!(
        serde_json::to_value(value).unwrap(),
        serde_json::json!({"name": "c", "mode": "auto", "retries": 3, "enabled": true, "ratio": 0.5, "unit": "kg", "currency": "EUR"})
    );
}

/// A query array (the key repeated, each item validated, its length bounded) and parameters
/// that take their stated default when absent, in the query and in a header.
#[tokio::test]
async fn query_arrays_and_parameter_defaults() {
    let (base, _) = serve(params::ParamsApiService(Arc::new(Search)), params::DOCUMENT).await;
    let get = |query: &str, locale: Option<&str>| {
        let request = reqwest::Client::new().get(format!("{base}/search?{query}"));
        let request = match locale {
            Some(l) => request.header("X-Locale", l),
            None => request,
        };
        async move {
            let answer = request.send().await.unwrap();
            let status = answer.status().as_u16();
            (status, answer.json::<Value>().await.unwrap())
        }
    };
    // Absent: every default.
    assert_eq!(
        get("", None).await,
        (
            200,
            serde_json::json!({"tags": [], "ids": [], "limit": 20, "order": "asc", "exact": true, "sort": "desc", "locale": "en"})
        )
    );
    // Given: kept, arrays in order.
    assert_eq!(
        get(
            "tag=a&tag=b&id=7&id=-1&limit=5&order=desc&exact=false&sort=asc",
            Some("fr")
        )
        .await,
        (
            200,
            serde_json::json!({"tags": ["a", "b"], "ids": [7, -1], "limit": 5, "order": "desc", "exact": false, "sort": "asc", "locale": "fr"})
        )
    );
    // Each given value is validated: an item too long, too many items, an item not an
    // integer, a limit out of range, a default-bearing header too long.
    for (query, locale) in [
        ("tag=much-too-long", None),
        ("tag=a&tag=b&tag=c&tag=d", None),
        ("id=7&id=x", None),
        ("limit=0", None),
        ("sort=up", None),
        ("", Some("fr-FR-x")),
    ] {
        let (status, answer) = get(query, locale).await;
        assert_eq!(status, 400, "{query} {locale:?} was accepted: {answer}");
        assert!(answer["message"].is_string(), "{answer}");
    }
    // The generated client sends arrays as repeated keys and leaves defaults to the server.
    let value = ok(params_client::Client::new(&base)
        .search()
        .tag(vec!["x".parse().unwrap(), "y".parse().unwrap()])
        .id(vec![1, 2, 3])
        .send())
    .await;
    assert_eq!(
        serde_json::to_value(value).unwrap(),
        serde_json::json!({"tags": ["x", "y"], "ids": [1, 2, 3], "limit": 20, "order": "asc", "exact": true, "sort": "desc", "locale": "en"})
    );
}

/// Strings with a format are parsed as such (a date, a uuid, base64 bytes), in the body, the
/// path and the query; anything else is the declared 400; the client has the same types.
#[tokio::test]
async fn formatted_strings_are_parsed_as_their_format() {
    let (base, _) = serve(
        formats::FormatsApiService(Arc::new(Events)),
        formats::DOCUMENT,
    )
    .await;
    let id = "67e55044-10b1-426f-9247-bb680e5fe0c8";
    let put =
        |path: String, body: Value| send_json(reqwest::Method::PUT, format!("{base}{path}"), body);
    let valid = serde_json::json!({
        "id": id, "day": "2026-02-28", "at": "2026-02-28T10:00:00+01:00", "payload": "AAEC/w==",
        "count": -2147483648i64, "total": 9007199254740993i64, "days": ["2024-02-29"],
    });
    let (status, answer) = put(format!("/events/{id}?on=2026-02-28"), valid.clone()).await;
    assert_eq!((status, &answer), (200, &valid));
    // An upper-case uuid is the same uuid, answered in its canonical form.
    let upper = serde_json::json!({"id": id.to_uppercase(), "day": "2026-02-28"});
    let (status, answer) = put(format!("/events/{}", id.to_uppercase()), upper).await;
    assert_eq!(status, 200, "{answer}");
    assert_eq!(answer["id"], id);
    let bad_bodies = [
        serde_json::json!({"id": "not-a-uuid", "day": "2026-02-28"}),
        serde_json::json!({"id": id.replace('-', ""), "day": "2026-02-28"}),
        serde_json::json!({"id": id, "day": "+12026-02-28"}),
        serde_json::json!({"id": id, "day": "2026-02-30"}),
        serde_json::json!({"id": id, "day": "28/02/2026"}),
        serde_json::json!({"id": id, "day": "2026-02-28", "payload": "not base64!"}),
        serde_json::json!({"id": id, "day": "2026-02-28", "count": 2147483648i64}),
        serde_json::json!({"id": id, "day": "2026-02-28", "at": "2026-02-28"}),
        serde_json::json!({"id": id, "day": "2026-02-28", "days": ["2026-13-01"]}),
    ];
    for bad in bad_bodies {
        let (status, answer) = put(format!("/events/{id}"), bad.clone()).await;
        assert_refused(status, &answer, &bad);
    }
    for path in [
        "/events/123".to_string(),
        format!("/events/{id}?on=tomorrow"),
    ] {
        let (status, answer) = put(path.clone(), valid.clone()).await;
        assert_eq!(status, 400, "{path} was accepted: {answer}");
    }
    // The generated client: a uuid, a date and bytes as the client's own types.
    let body: formats_client::types::Event = serde_json::from_value(valid.clone()).unwrap();
    let value = ok(formats_client::Client::new(&base)
        .put_event()
        .event_id(uuid::Uuid::parse_str(id).unwrap())
        .on(chrono::NaiveDate::from_ymd_opt(2026, 2, 28).unwrap())
        .body(body)
        .send())
    .await;
    assert_eq!(value.id.to_string(), id);
    assert_eq!(value.payload.as_deref(), Some("AAEC/w=="));
    let mut answered = serde_json::to_value(value).unwrap();
    // The client's date-time is UTC (typify's choice): the same instant.
    assert_eq!(answered["at"], "2026-02-28T09:00:00Z");
    answered["at"] = valid["at"].clone();
    assert_eq!(answered, valid);
}

/// Text and binary bodies both ways, bounded like JSON ones, and an operation answering one of
/// two success statuses (201 with its Location, then 200).
#[tokio::test]
async fn text_and_binary_bodies_and_two_success_statuses() {
    let (base, _) = serve(
        media::MediaApiService(Arc::new(Media::default())),
        media::DOCUMENT,
    )
    .await;
    let http = reqwest::Client::new();
    let put_text = |id: &str, content_type: &str, body: Vec<u8>| {
        http.put(format!("{base}/notes/{id}"))
            .header("Content-Type", content_type)
            .body(body)
            .send()
    };
    // Created, then replaced: 201 with the Location header, then 200.
    let first = put_text("memo", "text/plain", "héllo".into())
        .await
        .unwrap();
    assert_eq!(first.status().as_u16(), 201);
    assert_eq!(first.headers()["location"], "/media/notes/memo");
    assert_eq!(
        first.json::<Value>().await.unwrap(),
        serde_json::json!({"id": "memo", "length": 5})
    );
    let second = put_text("memo", "text/plain; charset=utf-8", "hi".into())
        .await
        .unwrap();
    assert_eq!(second.status().as_u16(), 200);
    let read = http.get(format!("{base}/notes/memo")).send().await.unwrap();
    assert_eq!(read.status().as_u16(), 200);
    assert!(
        read.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/plain")
    );
    assert_eq!(read.text().await.unwrap(), "hi");
    // Refused with the declared JSON body: not UTF-8, another media type, too large (64 KiB).
    for (content_type, body) in [
        ("text/plain", vec![0xff, 0xfe]),
        ("application/json", b"\"hi\"".to_vec()),
        ("text/plain", vec![b'a'; 64 * 1024 + 1]),
    ] {
        let answer = put_text("memo", content_type, body).await.unwrap();
        assert_eq!(answer.status().as_u16(), 400, "{content_type}");
        let problem: Value = answer.json().await.unwrap();
        assert!(problem["message"].is_string(), "{problem}");
    }
    let missing = http
        .get(format!("{base}/notes/nothing"))
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status().as_u16(), 404);

    // Bytes in, the same bytes out; a body over the bound is the declared 413.
    let bytes: Vec<u8> = (0..=255).collect();
    let put_blob = |body: Vec<u8>| {
        http.put(format!("{base}/blobs/raw"))
            .header("Content-Type", "application/octet-stream")
            .body(body)
            .send()
    };
    assert_eq!(
        put_blob(bytes.clone()).await.unwrap().status().as_u16(),
        204
    );
    let read = http.get(format!("{base}/blobs/raw")).send().await.unwrap();
    assert_eq!(read.headers()["content-type"], "application/octet-stream");
    assert_eq!(read.bytes().await.unwrap().to_vec(), bytes);
    let too_large = put_blob(vec![0; 64 * 1024 + 1]).await.unwrap();
    assert_eq!(too_large.status().as_u16(), 413);
    assert!(too_large.json::<Value>().await.unwrap()["message"].is_string());

    // The generated client: text and bytes as raw bodies, both success statuses typed.
    let client = media_client::Client::new(&base);
    let created = client
        .put_note()
        .note_id("todo")
        .body("a b c")
        .send()
        .await
        .unwrap();
    assert_eq!(created.status().as_u16(), 201);
    assert_eq!(created.headers()["location"], "/media/notes/todo");
    assert_eq!(created.into_inner().length, 5);
    let replaced = client
        .put_note()
        .note_id("todo")
        .body("x")
        .send()
        .await
        .unwrap();
    assert_eq!(replaced.status().as_u16(), 200);
    let text = ok(client.get_note().note_id("todo").send()).await;
    assert_eq!(all_bytes(text).await, b"x");
    client
        .put_blob()
        .blob_id("cli")
        .body(vec![1u8, 2, 3])
        .send()
        .await
        .unwrap();
    let blob = ok(client.get_blob().blob_id("cli").send()).await;
    assert_eq!(all_bytes(blob).await, [1, 2, 3]);
}

/// Every byte of a raw answer the generated client streams.
async fn all_bytes(stream: progenitor_client::ByteStream) -> Vec<u8> {
    use futures::TryStreamExt;
    stream
        .into_inner()
        .map_ok(|chunk| chunk.to_vec())
        .try_concat()
        .await
        .unwrap()
}

/// A nullable property accepts null and answers it (kept apart from absent), is stated
/// nullable (around a `$ref` too), and still validates a value; a property not stated nullable
/// refuses null; a required nullable one must be present.
#[tokio::test]
async fn nullable_properties_take_null_and_keep_it_apart_from_absent() {
    let (base, served) = serve(
        nullable::NullableApiService(Arc::new(Profiles)),
        nullable::DOCUMENT,
    )
    .await;
    let profile = &served["components"]["schemas"]["Profile"]["properties"];
    for name in ["nickname", "age", "tags", "manager"] {
        assert_eq!(profile[name]["nullable"], true, "{name}: {}", profile[name]);
    }
    let put = |body: Value| send_json(reqwest::Method::PUT, format!("{base}/profiles/p1"), body);
    // Every nullable one null: answered null, not left out.
    let nulls = serde_json::json!({
        "name": "ada", "nickname": null, "age": null, "tags": null, "manager": null,
    });
    assert_eq!(put(nulls.clone()).await, (200, nulls));
    // Absent optional ones stay absent.
    let sparse = serde_json::json!({"name": "ada", "nickname": null});
    assert_eq!(put(sparse.clone()).await, (200, sparse));
    // Values are validated as usual.
    let full = serde_json::json!({
        "name": "ada", "nickname": "al", "age": 36, "tags": ["x"],
        "manager": {"name": "bo", "boss": {"name": "cy", "boss": {"name": "di"}}},
        "email": "a@b.c",
    });
    assert_eq!(put(full.clone()).await, (200, full.clone()));
    for bad in [
        serde_json::json!({"name": "ada"}),
        serde_json::json!({"name": "ada", "nickname": "much-too-long"}),
        serde_json::json!({"name": "ada", "nickname": null, "age": -1}),
        serde_json::json!({"name": "ada", "nickname": null, "tags": ["a", "b", "c"]}),
        serde_json::json!({"name": "ada", "nickname": null, "manager": {}}),
        serde_json::json!({"name": "ada", "nickname": null, "manager": {"name": "bo", "boss": {}}}),
        serde_json::json!({"name": "ada", "nickname": null, "email": null}),
        serde_json::json!({"name": null, "nickname": null}),
    ] {
        let (status, answer) = put(bad.clone()).await;
        assert_refused(status, &answer, &bad);
    }
    // The generated client sends and reads null.
    let client = nullable_client::Client::new(&base);
    for value in [
        serde_json::json!({"name": "cy", "nickname": null, "manager": null}),
        full,
    ] {
        let body: nullable_client::types::Profile = serde_json::from_value(value.clone()).unwrap();
        let answer = ok(client.put_profile().profile_id("p2").body(body).send()).await;
        assert_eq!(
            answer.nickname.as_ref().map(|n| n.to_string()),
            value["nickname"].as_str().map(String::from)
        );
        assert_eq!(
            serde_json::to_value(&answer).unwrap()["manager"],
            value["manager"]
        );
    }
}

/// `additionalProperties: false` refuses a property the object does not list, and the served
/// document says so; an open object beside it ignores unknown properties.
#[tokio::test]
async fn a_closed_object_refuses_unknown_properties() {
    let (base, served) = serve(closed::ClosedApiService(Arc::new(Orders)), closed::DOCUMENT).await;
    assert_eq!(
        served["components"]["schemas"]["Amount"]["additionalProperties"],
        false
    );
    let post = |body: Value| send_json(reqwest::Method::POST, format!("{base}/orders"), body);
    let valid = serde_json::json!({"amount": {"value": 100, "currency": "EUR"}, "note": "n"});
    assert_eq!(post(valid.clone()).await, (200, valid));
    // Unknown properties of the open object are accepted (and not answered).
    let (status, answer) = post(serde_json::json!({
        "amount": {"value": 1, "currency": "EUR"}, "extra": true,
    }))
    .await;
    assert_eq!(
        (status, answer),
        (
            200,
            serde_json::json!({"amount": {"value": 1, "currency": "EUR"}})
        )
    );
    // An unknown property of the closed one is the declared 400.
    let (status, answer) = post(serde_json::json!({
        "amount": {"value": 1, "currency": "EUR", "rate": 2},
    }))
    .await;
    assert_eq!(status, 400, "{answer}");
    assert!(
        answer["message"].as_str().unwrap().contains("rate"),
        "{answer}"
    );
    // The generated client round-trips the order.
    let body: closed_client::types::Order = serde_json::from_value(serde_json::json!({
        "amount": {"value": 5, "currency": "USD"},
    }))
    .unwrap();
    let value = ok(closed_client::Client::new(&base)
        .post_order()
        .body(body)
        .send())
    .await;
    assert_eq!(value.amount.value, 5);
    // The client's type is closed too: it cannot read an unknown property into an amount.
    assert!(
        serde_json::from_value::<closed_client::types::Amount>(
            serde_json::json!({"value": 1, "currency": "EUR", "rate": 2})
        )
        .is_err()
    );
}

/// `allOf` of components and an inline object: served as the composition written, a value
/// must satisfy every part (each part's constraints and required properties), the answer
/// merges the parts, and the client round-trips it.
#[tokio::test]
async fn an_all_of_value_satisfies_every_part() {
    let (base, served) = serve(allof::AllofApiService(Arc::new(Dogs)), allof::DOCUMENT).await;
    let dog_schema = &served["components"]["schemas"]["Dog"];
    assert_eq!(
        dog_schema["allOf"].as_array().map(Vec::len),
        Some(3),
        "{dog_schema}"
    );
    assert!(
        served["components"]["schemas"].get("DogOwn").is_none()
            && dog_schema["allOf"][2].get("title").is_none(),
        "the inline part is served inline, as written: {dog_schema}"
    );
    let post =
        |path: &str, body: Value| send_json(reqwest::Method::POST, format!("{base}{path}"), body);
    let rex = serde_json::json!({"name": "rex", "legs": 4, "tags": ["good"], "barks": true});
    assert_eq!(post("/dogs", rex.clone()).await, (200, rex.clone()));
    // The parts reach the handler: it refuses a barking dog named quiet.
    let (status, answer) = post("/dogs", serde_json::json!({"name": "quiet", "barks": true})).await;
    assert_eq!(status, 400, "{answer}");
    assert_eq!(answer["message"], "a quiet dog does not bark");
    let kennel = serde_json::json!({"dogs": [rex.clone()], "head": rex.clone()});
    assert_eq!(post("/kennels", kennel.clone()).await, (200, kennel));
    // Each part's constraints: Animal's name (required, length), Tagged's tags, the own part's
    // required barks; inside an array too.
    for (path, bad) in [
        ("/dogs", serde_json::json!({"legs": 4, "barks": true})),
        (
            "/dogs",
            serde_json::json!({"name": "a-name-much-too-long", "barks": true}),
        ),
        (
            "/dogs",
            serde_json::json!({"name": "rex", "legs": -1, "barks": true}),
        ),
        (
            "/dogs",
            serde_json::json!({"name": "rex", "tags": ["a", "b", "c", "d"], "barks": true}),
        ),
        ("/dogs", serde_json::json!({"name": "rex"})),
        ("/dogs", serde_json::json!({"name": "rex", "barks": "yes"})),
        ("/dogs", serde_json::json!(["rex"])),
        ("/kennels", serde_json::json!({"dogs": [{"name": "rex"}]})),
    ] {
        let (status, answer) = post(path, bad.clone()).await;
        assert_refused(status, &answer, &bad);
    }
    // The generated client: its Dog holds every part's properties.
    let body: allof_client::types::Dog = serde_json::from_value(rex.clone()).unwrap();
    let value = ok(allof_client::Client::new(&base)
        .post_dog()
        .body(body)
        .send())
    .await;
    assert_eq!(serde_json::to_value(value).unwrap(), rex);
}

/// Unions: with a discriminator the property (through the mapping, or the member's own name)
/// picks the member; a oneOf without one takes the single member a value fits and refuses one
/// fitting none or both; an anyOf takes the first that fits. Served as written, round-tripped
/// by the client.
#[tokio::test]
async fn a_union_value_is_exactly_one_of_its_members() {
    let (base, served) = serve(unions::UnionsApiService(Arc::new(Pets)), unions::DOCUMENT).await;
    assert_eq!(
        served["components"]["schemas"]["Pet"]["discriminator"]["propertyName"],
        "petType"
    );
    let post =
        |path: &str, body: Value| send_json(reqwest::Method::POST, format!("{base}{path}"), body);
    // The discriminator: mapped values and the unmapped member's name.
    for pet in [
        serde_json::json!({"petType": "cat", "name": "tom", "lives": 9}),
        serde_json::json!({"petType": "kitty", "name": "tom"}),
        serde_json::json!({"petType": "Dog", "name": "rex", "barks": true}),
    ] {
        assert_eq!(post("/pets", pet.clone()).await, (200, pet));
    }
    for bad in [
        // No discriminator, an unknown one, a value of the other member, the member's own
        // constraints.
        serde_json::json!({"name": "tom"}),
        serde_json::json!({"petType": "cow", "name": "tom"}),
        serde_json::json!({"petType": "dog", "name": "rex", "barks": true}),
        serde_json::json!({"petType": "cat", "name": "tom", "lives": 10}),
        serde_json::json!({"petType": "Dog", "name": "rex"}),
        serde_json::json!({"petType": "Dog", "name": 7, "barks": true}),
    ] {
        let (status, answer) = post("/pets", bad.clone()).await;
        assert_refused(status, &answer, &bad);
    }
    // Inside an object: oneOf without a discriminator, anyOf.
    let adoption = |contact: Value, shape: Value| {
        serde_json::json!({
            "pet": {"petType": "cat", "name": "tom"}, "contact": contact, "shape": shape,
        })
    };
    let fine = adoption(
        serde_json::json!({"email": "a@b"}),
        serde_json::json!({"side": 2.0}),
    );
    assert_eq!(post("/adoptions", fine.clone()).await, (200, fine));
    let phone = adoption(
        serde_json::json!({"phone": "+3312345678"}),
        serde_json::json!({"radius": 1.5}),
    );
    assert_eq!(post("/adoptions", phone.clone()).await, (200, phone));
    // anyOf fitting both: the first member (Email) is taken.
    let (status, answer) = post(
        "/adoptions",
        adoption(
            serde_json::json!({"email": "a@b", "phone": "+3312345678"}),
            serde_json::json!({"side": 1.0}),
        ),
    )
    .await;
    assert_eq!(status, 200, "{answer}");
    assert_eq!(answer["contact"], serde_json::json!({"email": "a@b"}));
    for (contact, shape) in [
        // A shape fitting both members of a oneOf, and fitting none.
        (
            serde_json::json!({"email": "a@b"}),
            serde_json::json!({"radius": 1.0, "side": 1.0}),
        ),
        (
            serde_json::json!({"email": "a@b"}),
            serde_json::json!({"radius": -1.0}),
        ),
        // A contact fitting no member of the anyOf.
        (
            serde_json::json!({"email": "nope"}),
            serde_json::json!({"side": 1.0}),
        ),
        (
            serde_json::json!({"phone": 33123}),
            serde_json::json!({"side": 1.0}),
        ),
    ] {
        let bad = adoption(contact, shape);
        let (status, answer) = post("/adoptions", bad.clone()).await;
        assert_refused(status, &answer, &bad);
    }
    // A recursive oneOf (through an array): nested trees, each level checked.
    let tree = serde_json::json!({"kids": [{"value": 1}, {"kids": [{"value": 2}, {"kids": []}]}]});
    let mut with_tree = adoption(
        serde_json::json!({"email": "a@b"}),
        serde_json::json!({"side": 1.0}),
    );
    with_tree["tree"] = tree.clone();
    assert_eq!(
        post("/adoptions", with_tree.clone()).await,
        (200, with_tree.clone())
    );
    for bad_tree in [
        serde_json::json!({"kids": [{"kids": [{"value": "two"}]}]}),
        serde_json::json!({"kids": [{"value": 1, "kids": []}]}),
        serde_json::json!({"kids": [{"kids": [{}, {}, {}, {}, {}]}]}),
    ] {
        let mut bad = with_tree.clone();
        bad["tree"] = bad_tree.clone();
        let (status, answer) = post("/adoptions", bad).await;
        assert_eq!(status, 400, "{bad_tree} was accepted: {answer}");
    }
    // The generated client round-trips a pet and an adoption.
    let client = unions_client::Client::new(&base);
    let cat = serde_json::json!({"petType": "cat", "name": "tom", "lives": 3});
    let body: unions_client::types::Pet = serde_json::from_value(cat.clone()).unwrap();
    let value = ok(client.post_pet().body(body).send()).await;
    assert_eq!(serde_json::to_value(value).unwrap(), cat);
    let whole = adoption(
        serde_json::json!({"phone": "+3312345678"}),
        serde_json::json!({"radius": 2.0}),
    );
    let body: unions_client::types::Adoption = serde_json::from_value(whole.clone()).unwrap();
    let value = ok(client.post_adoption().body(body).send()).await;
    assert_eq!(serde_json::to_value(value).unwrap(), whole);
}

/// The minimal fixture: an API key, a patterned path parameter, a bounded header, an object
/// with an enum, bounded integers, an integer enum, a bounded array and a date-time; every
/// constraint refused with the declared body, the key with the declared 401.
#[tokio::test]
async fn the_minimal_fixture_checks_its_key_and_every_constraint() {
    let (base, _) = serve(
        minimal::MinimalApiService(Arc::new(MinimalThings)),
        minimal::DOCUMENT,
    )
    .await;
    let http = reqwest::Client::new();
    let put = |path: &str, key: Option<&str>, body: Value| {
        let request = http.post(format!("{base}{path}")).json(&body);
        let request = match key {
            Some(k) => request.header("X-Key", k),
            None => request,
        };
        async move {
            let answer = request.send().await.unwrap();
            let status = answer.status().as_u16();
            (status, answer.text().await.unwrap())
        }
    };
    let valid = serde_json::json!({
        "kind": "small-one", "weight": 100, "tags": ["a", "b"], "level": 3,
        "seen": "2026-11-26T12:00:00Z",
    });
    assert_eq!(put("/things/abc", Some("k1"), valid.clone()).await.0, 204);
    for (key, status) in [(None, 401), (Some("k2"), 401)] {
        let (got, body) = put("/things/abc", key, valid.clone()).await;
        assert_eq!(got, status, "{key:?}: {body}");
        let problem: Value = serde_json::from_str(&body).unwrap();
        assert!(problem["message"].is_string(), "{body}");
    }
    for (path, bad) in [
        ("/things/ABC", valid.clone()),
        ("/things/abc", serde_json::json!({"kind": "SMALL-ONE"})),
        (
            "/things/abc",
            serde_json::json!({"kind": "BIG", "weight": 0}),
        ),
        (
            "/things/abc",
            serde_json::json!({"kind": "BIG", "weight": 101}),
        ),
        (
            "/things/abc",
            serde_json::json!({"kind": "BIG", "tags": ["a", "b", "c", "d"]}),
        ),
        (
            "/things/abc",
            serde_json::json!({"kind": "BIG", "tags": ["toolong"]}),
        ),
        (
            "/things/abc",
            serde_json::json!({"kind": "BIG", "level": 4}),
        ),
        (
            "/things/abc",
            serde_json::json!({"kind": "BIG", "seen": "yesterday"}),
        ),
        ("/things/abc", serde_json::json!({"weight": 5})),
    ] {
        let (status, body) = put(path, Some("k1"), bad.clone()).await;
        assert_eq!(status, 400, "{path} {bad} was accepted: {body}");
        let problem: Value = serde_json::from_str(&body).unwrap();
        assert!(problem["message"].is_string(), "{body}");
    }
    // The generated client, with the key as a default header.
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("X-Key", "k1".parse().unwrap());
    let client = minimal_client::Client::new_with_client(
        &base,
        reqwest::Client::builder()
            .default_headers(headers)
            .build()
            .unwrap(),
    );
    let body: minimal_client::types::Thing = serde_json::from_value(valid).unwrap();
    let answer = client
        .put_thing()
        .thing_id("xyz")
        .x_trace("t-1")
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status().as_u16(), 204);
}

/// Every fixture document is served over HTTP by a test of this file (and `serve` checks its
/// served document against the written one).
#[test]
fn every_fixture_document_is_served_and_checked() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/codegen");
    let this_file = include_str!("fixtures.rs");
    let mut stems = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "yaml") {
            stems.push(path.file_stem().unwrap().to_string_lossy().into_owned());
        }
    }
    assert!(stems.len() >= 13, "{stems:?}");
    // `serve` checks the served document of the module it is given.
    for stem in stems {
        assert!(
            this_file.contains(&format!("{stem}::DOCUMENT")),
            "tests/fixtures/codegen/{stem}.yaml has no HTTP test checking its served document"
        );
    }
}
