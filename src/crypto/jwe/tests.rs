//! JWE decryption: the RFC 7520 examples, round trips for every accepted algorithm, and one
//! test per refusal.

use super::*;

fn fixture(name: &str) -> Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/jwe")
        .join(name);
    serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap()
}

fn keyring_of(records: &[EncryptionKey]) -> Keyring {
    Keyring::from_records(records).unwrap()
}

fn rfc_case(name: &str) -> (Keyring, String, String) {
    let f = fixture(name);
    let key = f["key"].clone();
    let record = EncryptionKey {
        kid: key["kid"].as_str().unwrap().to_string(),
        created_at: Utc::now(),
        private_jwk: key,
    };
    (
        keyring_of(&[record]),
        f["compact"].as_str().unwrap().to_string(),
        f["plaintext"].as_str().unwrap().to_string(),
    )
}

#[test]
fn decrypts_rfc7520_5_4_ecdh_es_a128kw_a128gcm() {
    let (ring, compact, plaintext) = rfc_case("rfc7520-5.4.json");
    assert_eq!(ring.decrypt(&compact).unwrap(), plaintext.as_bytes());
}

#[test]
fn decrypts_rfc7520_5_5_ecdh_es_a128cbc_hs256() {
    let (ring, compact, plaintext) = rfc_case("rfc7520-5.5.json");
    assert_eq!(ring.decrypt(&compact).unwrap(), plaintext.as_bytes());
}

fn server_keys() -> (Keyring, Value, Value) {
    let ec = generate_ec_key("enc-ec").unwrap();
    let rsa = generate_rsa_key("enc-rsa").unwrap();
    let ring = keyring_of(&[ec, rsa]);
    let jwks = ring.public_jwks();
    let find = |kid: &str| jwks.iter().find(|k| k["kid"] == kid).unwrap().clone();
    (ring, find("enc-ec"), find("enc-rsa"))
}

#[test]
fn round_trips_every_accepted_algorithm_and_encryption() {
    let (ring, ec, rsa) = server_keys();
    let plaintext = br#"{"pan":"4111111111111111","exp":"1230"}"#;
    for (jwk, alg) in [
        (&ec, "ECDH-ES"),
        (&ec, "ECDH-ES+A128KW"),
        (&ec, "ECDH-ES+A256KW"),
        (&rsa, "RSA-OAEP-256"),
    ] {
        for enc in ["A256GCM", "A128GCM", "A128CBC-HS256", "A256CBC-HS512"] {
            let compact = encrypt_with(jwk, plaintext, Some(alg), enc).unwrap();
            assert_eq!(ring.decrypt(&compact).unwrap(), plaintext, "{alg} {enc}");
        }
    }
}

#[test]
fn published_keys_are_public_and_for_encryption() {
    let (ring, ec, rsa) = server_keys();
    assert_eq!(ring.public_jwks().len(), 2);
    for k in [&ec, &rsa] {
        assert_eq!(k["use"], "enc");
        assert!(k.get("d").is_none(), "a private part is published: {k}");
        assert!(k.get("p").is_none(), "a private part is published: {k}");
    }
    assert_eq!(ec["crv"], "P-256");
    assert_eq!(rsa["alg"], "RSA-OAEP-256");
}

#[test]
fn older_keys_keep_decrypting_after_a_new_one_is_added() {
    let old = generate_ec_key("enc-old").unwrap();
    let mut new = generate_ec_key("enc-new").unwrap();
    new.created_at = old.created_at + chrono::Duration::seconds(1);
    let before = keyring_of(std::slice::from_ref(&old));
    let old_public = before.public_jwks()[0].clone();
    let compact = encrypt_to(&old_public, b"{}").unwrap();
    let after = keyring_of(&[new, old]);
    assert_eq!(after.public_jwks()[0]["kid"], "enc-new", "newest first");
    assert_eq!(after.decrypt(&compact).unwrap(), b"{}");
}

/// A compact JWE with its header replaced (the other parts kept).
fn with_header(compact: &str, header: Value) -> String {
    let rest = compact.split_once('.').unwrap().1;
    format!("{}.{rest}", URL_SAFE_NO_PAD.encode(header.to_string()))
}

fn header_of(compact: &str) -> Value {
    let h = compact.split('.').next().unwrap();
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(h).unwrap()).unwrap()
}

/// Replaces part `i` (0-based) of a compact JWE.
fn with_part(compact: &str, i: usize, value: &[u8]) -> String {
    let mut parts: Vec<String> = compact.split('.').map(str::to_string).collect();
    parts[i] = URL_SAFE_NO_PAD.encode(value);
    parts.join(".")
}

/// `compact` with its header changed by `change` is refused with `code`.
fn assert_refused_changed(
    ring: &Keyring,
    compact: &str,
    code: &str,
    change: impl FnOnce(&mut Value),
) {
    let mut h = header_of(compact);
    change(&mut h);
    assert_refused(ring, &with_header(compact, h), code);
}

fn assert_refused(ring: &Keyring, compact: &str, code: &str) {
    match ring.decrypt(compact) {
        Err(e) => assert_eq!(e.code(), code, "{e}"),
        Ok(_) => panic!("decrypted, expected {code}"),
    }
}

#[test]
fn alg_none_and_dir_are_refused() {
    let (ring, ec, _) = server_keys();
    let good = encrypt_to(&ec, b"{}").unwrap();
    for alg in ["none", "dir", "A128KW", "RSA1_5", "RSA-OAEP"] {
        assert_refused_changed(&ring, &good, "JWE_UNSUPPORTED_ALG", |h| {
            h["alg"] = alg.into();
        });
    }
}

#[test]
fn unknown_enc_zip_and_crit_are_refused() {
    let (ring, ec, _) = server_keys();
    let good = encrypt_to(&ec, b"{}").unwrap();
    assert_refused_changed(&ring, &good, "JWE_UNSUPPORTED_ENC", |h| {
        h["enc"] = "A512GCM".into();
    });
    for (k, v) in [("zip", "DEF"), ("crit", "exp")] {
        assert_refused_changed(&ring, &good, "JWE_UNSUPPORTED_HEADER", |h| {
            h[k] = v.into();
        });
    }
}

#[test]
fn a_missing_or_unknown_kid_is_refused() {
    let (ring, ec, _) = server_keys();
    let good = encrypt_to(&ec, b"{}").unwrap();
    assert_refused_changed(&ring, &good, "JWE_MISSING_KID", |h| {
        h.as_object_mut().unwrap().remove("kid");
    });
    assert_refused_changed(&ring, &good, "UNKNOWN_KEY", |h| {
        h["kid"] = "enc-someone-else".into();
    });
}

#[test]
fn a_tampered_tag_ciphertext_or_header_does_not_decrypt() {
    let (ring, ec, _) = server_keys();
    let good = encrypt_to(&ec, br#"{"pan":"4111111111111111"}"#).unwrap();
    let parts: Vec<&str> = good.split('.').collect();
    let mut tag = URL_SAFE_NO_PAD.decode(parts[4]).unwrap();
    tag[0] ^= 1;
    assert_refused(&ring, &with_part(&good, 4, &tag), "JWE_DECRYPTION_FAILED");
    let mut ct = URL_SAFE_NO_PAD.decode(parts[3]).unwrap();
    ct[0] ^= 1;
    assert_refused(&ring, &with_part(&good, 3, &ct), "JWE_DECRYPTION_FAILED");
    // The protected header is the AAD: any change to it breaks the tag.
    assert_refused_changed(&ring, &good, "JWE_DECRYPTION_FAILED", |h| {
        h["extra"] = "x".into();
    });
}

#[test]
fn a_key_on_another_curve_is_refused() {
    let (ring, ec, _) = server_keys();
    // Encrypt to a P-384 key, then claim the server's P-256 kid.
    let p384 = EcKeyPair::generate(EcCurve::P384)
        .unwrap()
        .to_jwk_public_key();
    let other = encrypt_to(&Value::Object(p384.as_ref().clone()), b"{}").unwrap();
    assert_refused_changed(&ring, &other, "JWE_KEY_MISMATCH", |h| {
        h["kid"] = ec["kid"].clone();
    });
}

#[test]
fn an_algorithm_the_key_cannot_do_is_refused() {
    let (ring, ec, rsa) = server_keys();
    let to_ec = encrypt_to(&ec, b"{}").unwrap();
    assert_refused_changed(&ring, &to_ec, "JWE_KEY_MISMATCH", |h| {
        h["kid"] = rsa["kid"].clone();
    });
    let to_rsa = encrypt_to(&rsa, b"{}").unwrap();
    assert_refused_changed(&ring, &to_rsa, "JWE_KEY_MISMATCH", |h| {
        h["kid"] = ec["kid"].clone();
    });
}

#[test]
fn wrong_part_lengths_are_refused_before_josekit_sees_them() {
    let (ring, ec, rsa) = server_keys();
    let kw = encrypt_with(&ec, b"{}", Some("ECDH-ES+A128KW"), "A256GCM").unwrap();
    // A key-wrapped CEK shorter than 8 bytes would underflow josekit's unwrap buffer.
    for short in [&b""[..], b"1234", b"12345678"] {
        assert_refused(&ring, &with_part(&kw, 1, short), "JWE_MALFORMED");
    }
    let direct = encrypt_to(&ec, b"{}").unwrap();
    assert_refused(&ring, &with_part(&direct, 1, b"not empty"), "JWE_MALFORMED");
    let oaep = encrypt_to(&rsa, b"{}").unwrap();
    assert_refused(&ring, &with_part(&oaep, 1, &[7; 16]), "JWE_MALFORMED");
    // A truncated GCM tag and a short IV.
    let tag = URL_SAFE_NO_PAD
        .decode(direct.split('.').nth(4).unwrap())
        .unwrap();
    assert_refused(&ring, &with_part(&direct, 4, &tag[..4]), "JWE_MALFORMED");
    assert_refused(&ring, &with_part(&direct, 2, &[0; 4]), "JWE_MALFORMED");
    let cbc = encrypt_with(&ec, b"{}", Some("ECDH-ES"), "A128CBC-HS256").unwrap();
    assert_refused(&ring, &with_part(&cbc, 3, &[1; 15]), "JWE_MALFORMED");
}

#[test]
fn garbage_and_oversize_inputs_are_refused() {
    let (ring, ec, _) = server_keys();
    for bad in [
        "",
        "a.b.c",
        "a.b.c.d.e.f",
        "!!!.a.b.c.d",
        "e30.a.b.c.d",
        "bnVsbA....",
    ] {
        assert_refused(&ring, bad, "JWE_MALFORMED");
    }
    let good = encrypt_to(&ec, b"{}").unwrap();
    assert_refused_changed(&ring, &good, "JWE_MALFORMED", |h| {
        h["epk"] = "not an object".into();
    });
    let huge = "a".repeat(MAX_COMPACT_LEN + 1);
    assert_refused(&ring, &huge, "JWE_TOO_LARGE");
}

#[test]
fn an_ephemeral_key_off_the_curve_or_of_the_wrong_size_is_refused() {
    let (ring, ec, _) = server_keys();
    for alg in ["ECDH-ES", "ECDH-ES+A128KW"] {
        let good = encrypt_with(&ec, b"{}", Some(alg), "A256GCM").unwrap();
        let header = header_of(&good);
        let y = URL_SAFE_NO_PAD
            .decode(header["epk"]["y"].as_str().unwrap())
            .unwrap();
        // One bit of y flipped: (x, y') is not on P-256.
        let mut off_curve = y.clone();
        off_curve[31] ^= 1;
        // A coordinate one byte short.
        let short = y[1..].to_vec();
        for bad_y in [off_curve, short] {
            let mut h = header.clone();
            h["epk"]["y"] = URL_SAFE_NO_PAD.encode(&bad_y).into();
            assert_refused(&ring, &with_header(&good, h), "JWE_DECRYPTION_FAILED");
        }
        // The untouched message still decrypts.
        assert_eq!(ring.decrypt(&good).unwrap(), b"{}");
    }
}

#[test]
fn party_info_enters_the_key_derivation() {
    let (ring, ec, _) = server_keys();
    let Value::Object(map) = &ec else {
        panic!("a JWK object")
    };
    let jwk = Jwk::from_map(map.clone()).unwrap();
    for (alg, encrypter) in [
        (
            "ECDH-ES",
            Box::new(ECDH_ES.encrypter_from_jwk(&jwk).unwrap())
                as Box<dyn josekit::jwe::JweEncrypter>,
        ),
        (
            "ECDH-ES+A192KW",
            Box::new(ECDH_ES_A192KW.encrypter_from_jwk(&jwk).unwrap()),
        ),
    ] {
        let mut header = JweHeader::new();
        header.set_content_encryption("A128CBC-HS256");
        header.set_key_id(ec["kid"].as_str().unwrap());
        header.set_agreement_partyuinfo(b"Alice");
        header.set_agreement_partyvinfo(b"Bob");
        let compact =
            josekit::jwe::serialize_compact(b"with party info", &header, encrypter.as_ref())
                .unwrap();
        assert_eq!(ring.decrypt(&compact).unwrap(), b"with party info", "{alg}");
        // A changed apu is refused (it changes both the derived key and the authenticated header).
        assert_refused_changed(&ring, &compact, "JWE_DECRYPTION_FAILED", |h| {
            h["apu"] = URL_SAFE_NO_PAD.encode(b"Mallory").into();
        });
    }
}
