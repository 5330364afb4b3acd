//! A bounded random-input driver (stable Rust: no fuzzing toolchain needed) over what parses
//! untrusted bytes: JWE parsing and decryption, the decrypted card data, every JSON request
//! body of every document (through the payloads' own parsing), and the token endpoint's form
//! body. Inputs are mutations of valid seeds (the documents' examples, real JWEs), byte-level
//! and JSON-aware. A panic is a failure; the input is printed, hex-encoded.
//!
//! `cargo test` runs it for 3 s; `scripts/fuzz.sh SECONDS` runs it longer, in release mode.
//! `D1_FUZZ_SECONDS` and `D1_FUZZ_SEED` set the duration and the seed (printed, to replay).

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::{Duration, Instant};

use d1_sandbox::crypto::jwe::{Keyring, encrypt_with, generate_ec_key, generate_rsa_key};
use d1_sandbox::domain::cards::CardData;
use d1_sandbox::generated::{
    card_api, merchant_gateway, sandbox_admin, token_notifications, tsh_provisioning,
    verification_notification,
};
use d1_sandbox::runtime::{parse_form_body, parse_json_body};
use rand::rngs::SmallRng;
use rand::{Rng, SeedableRng};
use serde_json::{Value, json};

/// Parses `data` as the JSON body of each listed type, returning how many types were tried.
macro_rules! json_bodies {
    ($data:expr; $($ty:ty),* $(,)?) => {{
        let data: &[u8] = $data;
        let mut n = 0;
        $(
            let _ = parse_json_body::<$ty>(data);
            n += 1;
        )*
        n
    }};
}

/// Every JSON request body of every document.
fn parse_every_json_body(data: &[u8]) -> usize {
    json_bodies!(data;
        card_api::types::VerifyCardRequest,
        card_api::types::CardOperationNotification,
        card_api::types::CardOperationsNotification,
        tsh_provisioning::types::CheckCardAccountRequest,
        tsh_provisioning::types::GetAssetRequest,
        tsh_provisioning::types::ProvisionCardRequest,
        tsh_provisioning::types::ManageCardRequest,
        tsh_provisioning::types::SendScriptCallbackRequest,
        tsh_provisioning::types::UpdateCardCallbackRequest,
        tsh_provisioning::types::GetCardStatusRequest,
        tsh_provisioning::types::GetCardAccountStatusRequest,
        tsh_provisioning::types::GetCardCommandsRequest,
        verification_notification::types::VerificationNotification,
        token_notifications::types::TokenCreationNotification,
        token_notifications::types::TokenUpdateNotification,
        sandbox_admin::types::CardRegistration,
        sandbox_admin::types::CardStateChange,
        sandbox_admin::types::Settings,
    )
}

/// The request-body examples of every document, as seeds.
fn document_examples() -> Vec<Vec<u8>> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("openapi");
    let mut seeds = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "yaml") {
            continue;
        }
        let doc: Value = serde_yaml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let mut stack = vec![&doc];
        while let Some(v) = stack.pop() {
            match v {
                Value::Object(map) => {
                    if let Some(example) = map.get("example") {
                        seeds.push(serde_json::to_vec(example).unwrap());
                    }
                    stack.extend(map.values());
                }
                Value::Array(items) => stack.extend(items),
                _ => {}
            }
        }
    }
    seeds
}

/// A JSON value of a random kind, `depth` levels deep at most.
fn random_value(rng: &mut SmallRng, depth: u32) -> Value {
    match rng.random_range(0..12) {
        0 => Value::Null,
        1 => json!(rng.random::<bool>()),
        2 => json!(rng.random::<i64>()),
        3 => json!(rng.random::<f64>() * 1e300),
        4 => json!("4999990000000015"),
        5 => json!("x".repeat(rng.random_range(0..5000))),
        6 => json!("\u{0}\u{feff}é€😀\\\"\n"),
        7 => json!(""),
        8 if depth > 0 => Value::Array(
            (0..rng.random_range(0..8))
                .map(|_| random_value(rng, depth - 1))
                .collect(),
        ),
        9 if depth > 0 => {
            let keys = [
                "cards",
                "pan",
                "exp",
                "operationId",
                "status",
                "merchantId",
                "a",
            ];
            let mut map = serde_json::Map::new();
            for _ in 0..rng.random_range(0..6) {
                let key = keys[rng.random_range(0..keys.len())];
                map.insert(key.into(), random_value(rng, depth - 1));
            }
            Value::Object(map)
        }
        10 => json!(u64::MAX),
        _ => json!("2024-05-01T10:00:00.000Z"),
    }
}

/// Replaces one random node of `value` with a random value (or, for an array, a long one).
fn mutate_json(rng: &mut SmallRng, value: &mut Value) {
    match value {
        Value::Object(map) if !map.is_empty() && rng.random_bool(0.8) => {
            let keys: Vec<String> = map.keys().cloned().collect();
            let key = &keys[rng.random_range(0..keys.len())];
            match rng.random_range(0..4) {
                0 => {
                    map.remove(key);
                }
                1 => {
                    map.insert(format!("{key}x"), random_value(rng, 3));
                }
                _ => mutate_json(rng, map.get_mut(key).unwrap()),
            }
        }
        Value::Array(items) if !items.is_empty() && rng.random_bool(0.8) => {
            if rng.random_bool(0.1) {
                let item = items[0].clone();
                items.extend(std::iter::repeat_n(item, rng.random_range(100..2000)));
            } else {
                let i = rng.random_range(0..items.len());
                mutate_json(rng, &mut items[i]);
            }
        }
        _ => *value = random_value(rng, 4),
    }
}

/// A byte-level mutation: flips, insertions of JSON-ish tokens, deletions, duplications,
/// splices from another seed; at most 100 KiB.
fn mutate_bytes(rng: &mut SmallRng, data: &mut Vec<u8>, other: &[u8]) {
    const TOKENS: &[&[u8]] = &[
        b"\"",
        b"{",
        b"}",
        b"[",
        b"]",
        b",",
        b":",
        b"null",
        b"1e999",
        b"-0",
        b"\\u0000",
        b"\\ud800",
        b".",
        b"=",
        b"&",
        b"%",
        b"%ff",
        b"==",
        b"\xff\xfe",
        b"\"pan\":\"1\"",
    ];
    for _ in 0..rng.random_range(1..4) {
        let len = data.len();
        match rng.random_range(0..6) {
            0 if len > 0 => {
                let i = rng.random_range(0..len);
                data[i] ^= 1 << rng.random_range(0..8);
            }
            1 => {
                let i = rng.random_range(0..=len);
                let token = TOKENS[rng.random_range(0..TOKENS.len())];
                data.splice(i..i, token.iter().copied());
            }
            2 if len > 0 => {
                let start = rng.random_range(0..len);
                let end = (start + rng.random_range(1..64)).min(len);
                data.drain(start..end);
            }
            3 if len > 0 => {
                let start = rng.random_range(0..len);
                let end = (start + rng.random_range(1..256)).min(len);
                let chunk = data[start..end].to_vec();
                let at = rng.random_range(0..=data.len());
                data.splice(at..at, chunk);
            }
            4 if !other.is_empty() => {
                let start = rng.random_range(0..other.len());
                let at = rng.random_range(0..=len);
                data.splice(at..at, other[start..].iter().copied().take(200));
            }
            _ => data.truncate(rng.random_range(0..=len)),
        }
    }
    data.truncate(100 * 1024);
}

/// Mutates a compact JWE: its text, or one decoded part (the header's JSON among them).
fn mutate_jwe(rng: &mut SmallRng, jwe: &str) -> String {
    use base64::Engine;
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let mut parts: Vec<String> = jwe.split('.').map(str::to_string).collect();
    match rng.random_range(0..3) {
        0 => {
            let mut bytes = jwe.as_bytes().to_vec();
            mutate_bytes(rng, &mut bytes, b"..");
            return String::from_utf8_lossy(&bytes).into_owned();
        }
        1 if !parts.is_empty() => {
            let header = URL_SAFE_NO_PAD.decode(&parts[0]).unwrap_or_default();
            let mut header: Value = serde_json::from_slice(&header).unwrap_or(Value::Null);
            mutate_json(rng, &mut header);
            parts[0] = URL_SAFE_NO_PAD.encode(serde_json::to_vec(&header).unwrap());
        }
        _ if !parts.is_empty() => {
            let i = rng.random_range(0..parts.len());
            let mut bytes = URL_SAFE_NO_PAD.decode(&parts[i]).unwrap_or_default();
            mutate_bytes(rng, &mut bytes, &[]);
            parts[i] = URL_SAFE_NO_PAD.encode(bytes);
        }
        _ => {}
    }
    parts.join(".")
}

/// Runs `f` on an input; a panic is recorded with the input.
fn guarded(panics: &mut Vec<String>, what: &str, input: &[u8], f: impl FnOnce()) {
    if catch_unwind(AssertUnwindSafe(f)).is_err() {
        panics.push(format!("{what}: {}", hex::encode(input)));
    }
}

#[test]
fn random_inputs_never_panic_a_parser() {
    let seconds: u64 = std::env::var("D1_FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3);
    let seed: u64 = std::env::var("D1_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| rand::rng().random());
    let mut rng = SmallRng::seed_from_u64(seed);

    // Real JWEs of every supported algorithm pair, to a keyring that can decrypt them.
    let records = [
        generate_ec_key("fuzz-ec").unwrap(),
        generate_rsa_key("fuzz-rsa").unwrap(),
    ];
    let keyring = Keyring::from_records(&records).unwrap();
    let public = keyring.public_jwks();
    let ec = public.iter().find(|k| k["kty"] == "EC").unwrap();
    let rsa = public.iter().find(|k| k["kty"] == "RSA").unwrap();
    let plaintext = br#"{"pan":"4999990000000015","exp":"1230","cvv":"123","name":"A"}"#;
    let mut jwes = Vec::new();
    for (key, alg, enc) in [
        (ec, "ECDH-ES", "A256GCM"),
        (ec, "ECDH-ES+A128KW", "A128GCM"),
        (ec, "ECDH-ES+A256KW", "A128CBC-HS256"),
        (rsa, "RSA-OAEP-256", "A256GCM"),
        (rsa, "RSA-OAEP-256", "A256CBC-HS512"),
    ] {
        let jwe = encrypt_with(key, plaintext, Some(alg), enc).unwrap();
        assert!(keyring.decrypt(&jwe).is_ok(), "{alg}/{enc} seed decrypts");
        jwes.push(jwe);
    }
    let mut json_seeds = document_examples();
    assert!(
        json_seeds.len() > 10,
        "the documents give examples to start from"
    );
    json_seeds.push(plaintext.to_vec());
    let form_seeds: Vec<&[u8]> = vec![
        b"grant_type=client_credentials",
        b"grant_type=client_credentials&scope=notify",
    ];

    let deadline = Instant::now() + Duration::from_secs(seconds);
    let mut panics = Vec::new();
    let (mut jwe_inputs, mut json_inputs, mut form_inputs, mut card_inputs) =
        (0u64, 0u64, 0u64, 0u64);
    while Instant::now() < deadline && panics.len() < 10 {
        for _ in 0..100 {
            match rng.random_range(0..4) {
                0 => {
                    let which = rng.random_range(0..jwes.len());
                    let jwe = mutate_jwe(&mut rng, &jwes[which]);
                    guarded(&mut panics, "jwe", jwe.as_bytes(), || {
                        let _ = keyring.decrypt(&jwe);
                    });
                    jwe_inputs += 1;
                }
                1 => {
                    let seed = &json_seeds[rng.random_range(0..json_seeds.len())];
                    let input = if rng.random_bool(0.5) {
                        let mut value: Value = serde_json::from_slice(seed).unwrap();
                        mutate_json(&mut rng, &mut value);
                        serde_json::to_vec(&value).unwrap()
                    } else {
                        let other = &json_seeds[rng.random_range(0..json_seeds.len())];
                        let mut bytes = seed.clone();
                        mutate_bytes(&mut rng, &mut bytes, other);
                        bytes
                    };
                    guarded(&mut panics, "json", &input, || {
                        json_inputs += parse_every_json_body(&input) as u64;
                    });
                }
                2 => {
                    let mut bytes = form_seeds[rng.random_range(0..form_seeds.len())].to_vec();
                    mutate_bytes(&mut rng, &mut bytes, b"scope=a+b%21&x=");
                    guarded(&mut panics, "form", &bytes, || {
                        let _ = parse_form_body::<merchant_gateway::types::TokenRequest>(&bytes);
                    });
                    form_inputs += 1;
                }
                _ => {
                    let mut bytes = plaintext.to_vec();
                    if rng.random_bool(0.5) {
                        let mut value: Value = serde_json::from_slice(plaintext).unwrap();
                        mutate_json(&mut rng, &mut value);
                        bytes = serde_json::to_vec(&value).unwrap();
                    } else {
                        mutate_bytes(&mut rng, &mut bytes, b"\"exp\":\"0000\"");
                    }
                    guarded(&mut panics, "card data", &bytes, || {
                        let _ = CardData::from_plaintext(&bytes);
                    });
                    card_inputs += 1;
                }
            }
        }
    }
    let total = jwe_inputs + json_inputs + form_inputs + card_inputs;
    println!(
        "fuzz: seed {seed}, {seconds} s: {total} inputs (JWE {jwe_inputs}, JSON bodies \
         {json_inputs}, token forms {form_inputs}, card data {card_inputs}), {} panics",
        panics.len()
    );
    assert!(
        panics.is_empty(),
        "inputs that panicked (seed {seed}):\n{}",
        panics.join("\n")
    );
    assert!(total > 0);
}
