//! Partner endpoints registered through the admin API (the generated client): one per role and
//! tenant, secrets write-only and sealed, the ids they name the tenant's own.

use d1_sandbox::generated::sandbox_admin_client::{self, types as admin};
use serde_json::json;

use crate::calls::{ok, refused_with, text_of};
use crate::server::{OTHER_ADMIN_KEY, Real, other_tenant, start, temp_dir};
use crate::support::client_with;

fn admin_client(real: &Real, key: &str) -> sandbox_admin_client::Client {
    sandbox_admin_client::Client::new_with_client(
        &format!("{}/sandbox", real.base),
        client_with("x-admin-key", key),
    )
}

fn registration(value: serde_json::Value) -> admin::PartnerRegistration {
    serde_json::from_value(value).unwrap()
}

/// The status and code of `getPartner`'s refusal for the issuer role.
async fn issuer_refusal(client: &sandbox_admin_client::Client) -> (u16, String) {
    refusal(
        client
            .get_partner()
            .role(admin::PartnerRoleName::Issuer)
            .send()
            .await,
    )
}

/// The status and code of a refused admin call.
fn refusal<T: std::fmt::Debug>(
    result: Result<T, progenitor_client::Error<admin::Error>>,
) -> (u16, String) {
    refused_with(result, |e| e.error.code.to_string())
}

/// A raw `PUT /sandbox/partners` (for bodies the generated client's types cannot hold): the
/// status, the error body's code and its message.
async fn put_raw(real: &Real, key: &str, body: serde_json::Value) -> (u16, String, String) {
    let answer = real
        .http_client()
        .put(format!("{}/sandbox/partners", real.base))
        .header("x-admin-key", key)
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = answer.status().as_u16();
    let body: serde_json::Value = answer.json().await.unwrap();
    let text = |field: &str| {
        body["error"][field]
            .as_str()
            .unwrap_or_default()
            .to_string()
    };
    (status, text("code"), text("message"))
}

#[tokio::test]
async fn partners_are_registered_per_role_and_never_show_their_secrets() {
    let real = start(&temp_dir("partners")).await;
    let c = real.credentials.clone();
    let client = admin_client(&real, &c.admin_key);
    let put = |body| client.put_partner().body(registration(body)).send();
    let stored = ok(put(json!({
        "role": "issuer", "url": "https://issuer.example/api",
        "auth": {"type": "oauth", "tokenUrl": "https://issuer.example/oauth2/token", "clientId": "d1", "clientSecret": "ISSUER-SECRET"},
        "issuerId": c.issuer_id, "jwksUrl": "https://issuer.example/jwks.json",
    })))
    .await;
    assert_eq!(stored.role, admin::PartnerRoleName::Issuer);
    assert_eq!(stored.issuer_id.as_deref(), Some(c.issuer_id.as_str()));
    assert!(stored.auth.secret_set);
    ok(put(json!({
        "role": "token-requestor", "url": "https://requestor.example/tsh-cof",
        "auth": {"type": "apikey", "key": "REQUESTOR-KEY"},
        "merchantId": c.merchant_id,
    })))
    .await;
    let shown = ok(put(json!({
        "role": "connecting-party", "url": "https://party.example", "auth": {"type": "none"},
        "endpointId": "123456", "controlKey": "B3E3BE54-1DD5-4E4A-9B56-3F3C56C1E4D0",
    })))
    .await;
    assert_eq!(shown.control_key_set, Some(true));

    // What the API answers carries no secret.
    let listed = text_of(
        real.http_client()
            .get(format!("{}/sandbox/partners", real.base))
            .header("x-admin-key", &c.admin_key),
    )
    .await;
    for secret in ["ISSUER-SECRET", "REQUESTOR-KEY", "B3E3BE54"] {
        assert!(!listed.contains(secret), "{secret} answered back: {listed}");
    }
    let roles: Vec<String> = ok(client.list_partners().send())
        .await
        .partners
        .iter()
        .map(|p| p.role.to_string())
        .collect();
    assert_eq!(roles, vec!["connecting-party", "issuer", "token-requestor"]);

    // Refused for its shape, by the document's per-role and per-auth-type schemas (the
    // generated client's types cannot even hold these bodies): a field the role needs, an
    // auth type's secret, a role that does not exist, a URL that is not http(s), a merchant
    // gateway's merchantId that is not 11 characters.
    let key = c.admin_key.as_str();
    // Each names what is wrong, by its JSON name.
    let misshapen = [
        (
            json!({"role": "issuer", "url": "https://x.example", "auth": {"type": "none"}, "issuerId": c.issuer_id}),
            "body.jwksUrl: required, and missing",
        ),
        (
            json!({"role": "token-requestor", "url": "https://x.example", "auth": {"type": "oauth", "tokenUrl": "https://x.example/t", "clientId": "d1"}, "merchantId": c.merchant_id}),
            "body.clientSecret: required, and missing",
        ),
        (
            json!({"role": "acquirer", "url": "https://x.example", "auth": {"type": "none"}}),
            "`role` must be one of issuer, token-requestor, merchant-gateway, connecting-party",
        ),
        (
            json!({"role": "token-requestor", "url": "file:///etc/passwd", "auth": {"type": "none"}, "merchantId": c.merchant_id}),
            "body.url",
        ),
        (
            json!({"role": "merchant-gateway", "url": "https://x.example", "auth": {"type": "none"}, "merchantGatewayId": "0123456789", "merchantId": "1234"}),
            "merchantId",
        ),
    ];
    for (body, why) in misshapen {
        let (status, code, message) = put_raw(&real, key, body.clone()).await;
        assert_eq!((status, code.as_str()), (400, "INVALID_REQUEST"), "{body}");
        assert!(message.contains(why), "{body}: {message}");
    }
    // An id the tenant does not have is a refusal of access, not of shape.
    let refused = put(json!({"role": "token-requestor", "url": "https://x.example", "auth": {"type": "none"}, "merchantId": "99999999999"})).await;
    assert_eq!(refusal(refused), (403, "FORBIDDEN".into()));
    // The role moved into the body: the path that held it takes no PUT.
    let status = real
        .http_client()
        .put(format!("{}/sandbox/partners/token-requestor", real.base))
        .header("x-admin-key", key)
        .json(&json!({"role": "token-requestor", "url": "https://x.example", "auth": {"type": "none"}, "merchantId": c.merchant_id}))
        .send()
        .await
        .unwrap()
        .status();
    assert_eq!(status, 405);

    // Another tenant sees none of them.
    other_tenant(&real).await;
    let other = admin_client(&real, OTHER_ADMIN_KEY);
    assert!(ok(other.list_partners().send()).await.partners.is_empty());
    assert_eq!(
        issuer_refusal(&other).await,
        (404, "UNKNOWN_PARTNER".into())
    );
    // Naming the first tenant's ids is forbidden to the other tenant, for every role that
    // names ids; nothing is registered.
    let theirs = [
        json!({"role": "issuer", "url": "https://x.example", "auth": {"type": "none"}, "issuerId": c.issuer_id, "jwksUrl": "https://x.example/jwks.json"}),
        json!({"role": "token-requestor", "url": "https://x.example", "auth": {"type": "none"}, "merchantId": c.merchant_id}),
    ];
    for body in theirs {
        let refused = other.put_partner().body(registration(body)).send().await;
        assert_eq!(refusal(refused), (403, "FORBIDDEN".into()));
    }
    assert!(ok(other.list_partners().send()).await.partners.is_empty());

    // A reset keeps them; a restart too; a removal does not.
    client.reset_sandbox().send().await.unwrap();
    let dir = real.stop().await;
    let real = start(&dir).await;
    let client = admin_client(&real, &c.admin_key);
    let issuer = ok(client
        .get_partner()
        .role(admin::PartnerRoleName::Issuer)
        .send())
    .await;
    assert_eq!(issuer.auth.client_id.as_deref(), Some("d1"));
    client
        .delete_partner()
        .role(admin::PartnerRoleName::Issuer)
        .send()
        .await
        .unwrap();
    assert_eq!(
        issuer_refusal(&client).await,
        (404, "UNKNOWN_PARTNER".into())
    );
    assert_eq!(
        refusal(
            client
                .delete_partner()
                .role(admin::PartnerRoleName::Issuer)
                .send()
                .await
        ),
        (404, "UNKNOWN_PARTNER".into())
    );
    let dir = real.stop().await;
    std::fs::remove_dir_all(dir).unwrap();
}

/// `d1-sandbox partner set|get|list|rm` (the library behind them): a partner file registers as
/// it reads, through the generated admin client.
#[tokio::test]
async fn a_partner_file_registers_through_the_command() {
    use d1_sandbox::cli::{
        partner::{PartnerCommand, partner_command},
        partner_file::partner_file,
    };
    let real = start(&temp_dir("partner-command")).await;
    let key = real.credentials.admin_key.clone();
    for role in [
        "issuer",
        "token-requestor",
        "merchant-gateway",
        "connecting-party",
    ] {
        let description = partner_file(role, &real.credentials_file(), &real.base)
            .await
            .unwrap();
        let file = real
            .credentials_file()
            .with_file_name(format!("{role}.yaml"));
        std::fs::write(&file, description.to_yaml()).unwrap();
        let shown = partner_command(&real.base, &key, PartnerCommand::Set(file))
            .await
            .unwrap();
        let shown: serde_json::Value = serde_json::from_str(&shown).unwrap();
        assert_eq!(shown["role"], role);
        assert_eq!(shown["url"], description.url.as_str());
        let got = partner_command(&real.base, &key, PartnerCommand::Get(role.into()))
            .await
            .unwrap();
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&got).unwrap(),
            shown
        );
    }
    let listed = partner_command(&real.base, &key, PartnerCommand::List)
        .await
        .unwrap();
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&listed).unwrap()["partners"]
            .as_array()
            .unwrap()
            .len(),
        4
    );
    assert!(
        !listed.contains(&real.credentials.oauth.client_secret),
        "a secret answered back"
    );
    partner_command(&real.base, &key, PartnerCommand::Remove("issuer".into()))
        .await
        .unwrap();
    let gone = partner_command(&real.base, &key, PartnerCommand::Get("issuer".into()))
        .await
        .unwrap_err();
    assert!(gone.to_string().contains("UNKNOWN_PARTNER"), "{gone}");
    let unknown = partner_command(&real.base, &key, PartnerCommand::Get("wallet".into()))
        .await
        .unwrap_err();
    assert!(unknown.to_string().contains("no role"), "{unknown}");
}
