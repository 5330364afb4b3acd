//! The token endpoint as a real OAuth 2.0 client library sees it (the `oauth2` crate, client
//! credentials, RFC 6749 §4.4): the happy path, and every error recognised as the RFC's error
//! (not as a token, not as an unreadable body), plus the headers RFC 6749 §5 asks for.

use oauth2::basic::{BasicClient, BasicErrorResponseType};
use oauth2::{
    AuthType, ClientId, ClientSecret, HttpRequest, HttpResponse, RequestTokenError,
    ResourceOwnerPassword, ResourceOwnerUsername, Scope, TokenResponse, TokenUrl,
};

use crate::server::{Real, start, temp_dir};

/// The library's HTTP hook, on reqwest.
async fn send(request: HttpRequest) -> Result<HttpResponse, reqwest::Error> {
    let (parts, body) = request.into_parts();
    let response = reqwest::Client::new()
        .request(parts.method, parts.uri.to_string())
        .headers(parts.headers)
        .body(body)
        .send()
        .await?;
    let mut builder = oauth2::http::Response::builder().status(response.status());
    for (name, value) in response.headers() {
        builder = builder.header(name, value);
    }
    Ok(builder.body(response.bytes().await?.to_vec()).unwrap())
}

/// The error the library read from a refused request.
type Refusal = RequestTokenError<reqwest::Error, oauth2::basic::BasicErrorResponse>;

fn rfc_error(refusal: Refusal) -> BasicErrorResponseType {
    match refusal {
        RequestTokenError::ServerResponse(e) => {
            assert!(
                e.error_description().is_some_and(|d| !d.is_empty()),
                "an error_description is given"
            );
            e.error().clone()
        }
        other => panic!("the library did not read an RFC 6749 error: {other:?}"),
    }
}

/// The library's client, with the token URL set.
type Library = oauth2::Client<
    oauth2::basic::BasicErrorResponse,
    oauth2::basic::BasicTokenResponse,
    oauth2::basic::BasicTokenIntrospectionResponse,
    oauth2::StandardRevocableToken,
    oauth2::basic::BasicRevocationErrorResponse,
    oauth2::EndpointNotSet,
    oauth2::EndpointNotSet,
    oauth2::EndpointNotSet,
    oauth2::EndpointNotSet,
    oauth2::EndpointSet,
>;

/// What the library reads when a client-credentials grant (with `scope`, if any) is refused.
async fn refused_grant(library: &Library, scope: Option<&str>) -> BasicErrorResponseType {
    let mut grant = library.exchange_client_credentials();
    if let Some(scope) = scope {
        grant = grant.add_scope(Scope::new(scope.into()));
    }
    rfc_error(grant.request_async(&send).await.unwrap_err())
}

fn client(real: &Real, id: &str, secret: &str, auth: AuthType) -> Library {
    BasicClient::new(ClientId::new(id.into()))
        .set_client_secret(ClientSecret::new(secret.into()))
        .set_token_uri(TokenUrl::new(format!("{}/oauth2/token", real.base)).unwrap())
        .set_auth_type(auth)
}

#[tokio::test]
async fn an_oauth_library_gets_tokens_and_reads_every_error() {
    let real = start(&temp_dir("oauth-library")).await;
    let oauth = real.credentials.oauth.clone();
    let good = client(
        &real,
        &oauth.client_id,
        &oauth.client_secret,
        AuthType::BasicAuth,
    );

    let token = good
        .exchange_client_credentials()
        .add_scope(Scope::new("notify".into()))
        .request_async(&send)
        .await
        .unwrap();
    assert!(!token.access_token().secret().is_empty());
    assert_eq!(token.token_type(), &oauth2::basic::BasicTokenType::Bearer);
    assert_eq!(
        token.expires_in(),
        Some(std::time::Duration::from_secs(900))
    );
    assert_eq!(
        token
            .scopes()
            .map(|s| s.iter().map(|s| s.to_string()).collect::<Vec<_>>()),
        Some(vec!["notify".to_string()])
    );
    // Without a scope, too; the token opens the APIs.
    let plain = good
        .exchange_client_credentials()
        .request_async(&send)
        .await
        .unwrap();
    let authorised = reqwest::Client::new()
        .post(format!(
            "{}/merchant-gateways/{}/merchants/{}/tokens/unknown-token/notify-update",
            real.base, real.credentials.merchant_gateway_id, real.credentials.merchant_id
        ))
        .bearer_auth(plain.access_token().secret())
        .send()
        .await
        .unwrap();
    assert_eq!(
        authorised.status(),
        404,
        "authenticated, and the token is unknown"
    );

    // Every error, read by the library as the RFC's error.
    let wrong_secret = client(&real, &oauth.client_id, "wrong", AuthType::BasicAuth);
    assert_eq!(
        refused_grant(&wrong_secret, None).await,
        BasicErrorResponseType::InvalidClient
    );
    let unknown_client = client(&real, "nobody", &oauth.client_secret, AuthType::BasicAuth);
    assert_eq!(
        refused_grant(&unknown_client, None).await,
        BasicErrorResponseType::InvalidClient
    );
    assert_eq!(
        refused_grant(&good, Some("admin")).await,
        BasicErrorResponseType::InvalidScope
    );
    // client_secret_post is not accepted (the source names HTTP Basic only): refused, never
    // mistaken for a token.
    let post = client(
        &real,
        &oauth.client_id,
        &oauth.client_secret,
        AuthType::RequestBody,
    );
    assert_eq!(
        refused_grant(&post, None).await,
        BasicErrorResponseType::InvalidClient
    );
    // Another grant type.
    let username = ResourceOwnerUsername::new("user".into());
    let password = ResourceOwnerPassword::new("password".into());
    let refused = good
        .exchange_password(&username, &password)
        .request_async(&send)
        .await;
    assert_eq!(
        rfc_error(refused.unwrap_err()),
        BasicErrorResponseType::UnsupportedGrantType
    );
}

#[tokio::test]
async fn token_answers_are_never_cached_and_a_401_names_basic() {
    let real = start(&temp_dir("oauth-headers")).await;
    let oauth = real.credentials.oauth.clone();
    let url = format!("{}/oauth2/token", real.base);
    let http = reqwest::Client::new();
    let form = |body: &'static str| {
        http.post(&url)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
    };
    let answers = [
        (
            form("grant_type=client_credentials")
                .basic_auth(&oauth.client_id, Some(&oauth.client_secret)),
            200,
            None,
        ),
        (
            form("grant_type=client_credentials").basic_auth(&oauth.client_id, Some("wrong")),
            401,
            Some("invalid_client"),
        ),
        (
            form("grant_type=client_credentials"),
            401,
            Some("invalid_client"),
        ),
        (
            form("scope=notify").basic_auth(&oauth.client_id, Some(&oauth.client_secret)),
            400,
            Some("invalid_request"),
        ),
        (
            form("grant_type=authorization_code")
                .basic_auth(&oauth.client_id, Some(&oauth.client_secret)),
            400,
            Some("unsupported_grant_type"),
        ),
        (
            form("grant_type=client_credentials&scope=notify%20other")
                .basic_auth(&oauth.client_id, Some(&oauth.client_secret)),
            400,
            Some("invalid_scope"),
        ),
    ];
    for (request, status, error) in answers {
        let resp = request.send().await.unwrap();
        assert_eq!(resp.status().as_u16(), status);
        let headers = resp.headers().clone();
        assert_eq!(headers["cache-control"], "no-store", "{status}");
        assert_eq!(headers["pragma"], "no-cache", "{status}");
        assert_eq!(
            headers
                .get("www-authenticate")
                .map(|v| v.to_str().unwrap().to_string()),
            (status == 401).then(|| "Basic realm=\"d1-sandbox\"".to_string())
        );
        let body: serde_json::Value = resp.json().await.unwrap();
        match error {
            None => assert!(body["access_token"].is_string()),
            Some(error) => {
                assert_eq!(body["error"], error, "{body}");
                assert_eq!(
                    body["error_description"], body["errorDescription"],
                    "{body}"
                );
                assert!(body["errorCode"].is_string(), "{body}");
            }
        }
    }
}

/// The scopes granted are those the document's `oauth2` scheme declares.
#[test]
fn the_granted_scopes_are_the_documents() {
    let yaml = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/openapi/merchant-gateway.yaml"
    ))
    .unwrap();
    let document: serde_json::Value = serde_yaml::from_str(&yaml).unwrap();
    let declared: Vec<&str> = document
        .pointer("/components/securitySchemes/oauth2/flows/clientCredentials/scopes")
        .and_then(|s| s.as_object())
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(declared, d1_sandbox::domain::auth::SCOPES);
}
