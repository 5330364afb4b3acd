//! Micro-benchmarks of the per-request building blocks (`cargo bench --bench blocks`): bearer
//! JWT verification, JWE decryption, a pattern validator (poem-openapi's, which compiles its regex
//! on every check, beside the generated newtype's, compiled once), a generated type's validation,
//! and a durable store write.

use std::hint::black_box;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use d1_sandbox::crypto::jwe::{Keyring, encrypt_to, generate_ec_key};
use d1_sandbox::domain::Sandbox;
use d1_sandbox::domain::tokens::Received;
use d1_sandbox::generated::card_api::types::{VerifyCardRequest, VerifyCardRequestCardBin};
use poem_openapi::types::ParseFromJSON;
use poem_openapi::validation::{Pattern, Validator};

fn blocks(c: &mut Criterion) {
    let rt = tokio::runtime::Runtime::new().expect("a runtime");
    let dir = std::env::temp_dir().join(format!("d1-bench-blocks-{}", std::process::id()));
    let sandbox = rt
        .block_on(Sandbox::open(
            &dir,
            &dir.join("bench.key"),
            &dir.join("bench.credentials.json"),
            "http://127.0.0.1/oauth2/token",
        ))
        .expect("a sandbox")
        .sandbox;
    let tenant = sandbox
        .store
        .tenant("demo")
        .expect("the store answers")
        .expect("the demo tenant");

    let token = sandbox
        .auth
        .issue_token(&tenant, None)
        .expect("a token")
        .access_token;
    // A token seen for the first time: ES256 signature, issuer, audience, then the tenant read.
    c.bench_function("jwt_verify, first use (ES256 signature checked)", |b| {
        b.iter_batched(
            || {
                sandbox
                    .auth
                    .issue_token(&tenant, None)
                    .expect("a token")
                    .access_token
            },
            |fresh| sandbox.auth.verify_token(black_box(&fresh)).expect("valid"),
            BatchSize::SmallInput,
        )
    });
    // The same token again: the verified-token cache answers, expiry and tenant still checked.
    c.bench_function("jwt_verify, repeated token (verified-token cache)", |b| {
        b.iter(|| sandbox.auth.verify_token(black_box(&token)).expect("valid"))
    });

    let keyring =
        Keyring::from_records(&[generate_ec_key("enc-bench").expect("a key")]).expect("a keyring");
    let public = keyring.public_jwks()[0].clone();
    let card = br#"{"pan":"4999990000000015","exp":"1230","cvv":"123"}"#;
    let jwe = encrypt_to(&public, card).expect("a JWE");
    c.bench_function("jwe_decrypt (ECDH-ES + A256GCM, P-256)", |b| {
        b.iter(|| keyring.decrypt(black_box(&jwe)).expect("decrypts"))
    });

    let body = serde_json::json!({
        "encryptedData": jwe, "cardId": "card-0001", "cardBin": "499999"
    });
    // The same pattern both ways: what `#[oai(validator(pattern))]` costs, and what the generator
    // emits instead.
    let bin = "499999".to_string();
    let per_check = Pattern::new("^[0-9]{6,8}$");
    c.bench_function(
        "pattern check, poem-openapi validator (regex per check)",
        |b| b.iter(|| assert!(per_check.check(black_box(&bin)))),
    );
    c.bench_function(
        "pattern check, generated newtype (regex compiled once)",
        |b| b.iter(|| VerifyCardRequestCardBin::check(black_box(&bin)).expect("valid")),
    );
    c.bench_function("validate VerifyCardRequest (two patterned fields)", |b| {
        b.iter(|| VerifyCardRequest::parse_from_json(Some(black_box(body.clone()))).expect("valid"))
    });

    let mut n = 0u64;
    let merchant = tenant.merchant_ids[0].clone();
    c.bench_function(
        "durable token creation (token and its first notification, one transaction)",
        |b| {
            b.iter(|| {
                n += 1;
                let received = Received {
                    correlation_id: Some(format!("c-{n}")),
                    body: serde_json::Value::Null,
                    at: chrono::Utc::now(),
                };
                let token = format!("tok-{n}");
                rt.block_on(sandbox.tokens.create(
                    &tenant,
                    &merchant,
                    Some(&token),
                    false,
                    received,
                ))
                .expect("stored")
            })
        },
    );
    drop(sandbox);
    let _ = std::fs::remove_dir_all(dir);
}

criterion_group!(benches, blocks);
criterion_main!(benches);
