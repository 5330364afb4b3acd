//! Partners: the tenant's partner endpoints, one per role ([`crate::domain::partners`]);
//! secrets go in, never out.

use super::fixed;
use crate::api::enum_name;
use crate::domain::partners::{
    ConnectingPartyPartner, IssuerPartner, KeySource, MerchantGatewayPartner, PartnerAuth,
    PartnerDescription, PartnerRole, Registered, TokenRequestorPartner,
};
use crate::domain::{Sandbox, Tenant};
use crate::generated::sandbox_admin::responses::{
    DeletePartner, GetPartner, ListPartners, PutPartner,
};
use crate::generated::sandbox_admin::types::{
    Partner, PartnerAuthRegistration, PartnerAuthView, PartnerAuthViewType, PartnerList,
    PartnerRegistration, PartnerRoleName,
};
use crate::runtime::Problem;
use chrono::Utc;
use poem_openapi::payload::Json;

/// How D1 authenticates to the partner: the document's `oneOf` states each type's fields.
fn auth_in(auth: PartnerAuthRegistration) -> PartnerAuth {
    match auth {
        PartnerAuthRegistration::NoAuthRegistration(_) => PartnerAuth::None,
        PartnerAuthRegistration::OauthRegistration(a) => PartnerAuth::Oauth {
            token_url: a.token_url.0,
            client_id: a.client_id,
            client_secret: a.client_secret,
            scope: a.scope,
        },
        PartnerAuthRegistration::ApikeyRegistration(a) => PartnerAuth::Apikey { key: a.key },
        PartnerAuthRegistration::BasicAuthRegistration(a) => PartnerAuth::Basic {
            username: a.username,
            password: a.password,
        },
    }
}

/// A registration, as the domain's partner description: the document's `oneOf` by role
/// states each role's fields, so every schema-valid body has what its role needs.
fn description_in(body: PartnerRegistration) -> PartnerDescription {
    let (role, url, auth) = match body {
        PartnerRegistration::IssuerRegistration(p) => (
            PartnerRole::Issuer(IssuerPartner {
                issuer_id: p.issuer_id,
                encryption_key: KeySource {
                    jwks_url: Some(p.jwks_url.0),
                    jwk_file: None,
                },
                test_cards: Vec::new(),
            }),
            p.url.0,
            p.auth,
        ),
        PartnerRegistration::TokenRequestorRegistration(p) => (
            PartnerRole::TokenRequestor(TokenRequestorPartner {
                merchant_id: p.merchant_id,
            }),
            p.url.0,
            p.auth,
        ),
        PartnerRegistration::MerchantGatewayRegistration(p) => (
            PartnerRole::MerchantGateway(MerchantGatewayPartner {
                merchant_gateway_id: p.merchant_gateway_id,
                merchant_id: p.merchant_id,
                known_token_ids: Vec::new(),
            }),
            p.url.0,
            p.auth,
        ),
        PartnerRegistration::ConnectingPartyRegistration(p) => (
            PartnerRole::ConnectingParty(ConnectingPartyPartner {
                endpoint_id: p.endpoint_id,
                control_key: p.control_key.0,
                session: None,
                filtered_bin: None,
            }),
            p.url.0,
            p.auth,
        ),
    };
    PartnerDescription {
        role,
        url,
        auth: auth_in(auth),
    }
}

/// A registered partner as the admin API shows it: every secret left out.
fn partner_out(registered: Registered) -> Partner {
    let d = registered.description;
    let (type_, token_url, client_id, scope, username, secret_set) = match d.auth {
        PartnerAuth::None => (PartnerAuthViewType::None, None, None, None, None, false),
        PartnerAuth::Oauth {
            token_url,
            client_id,
            scope,
            ..
        } => (
            PartnerAuthViewType::Oauth,
            Some(token_url),
            Some(client_id),
            scope,
            None,
            true,
        ),
        PartnerAuth::Apikey { .. } => (PartnerAuthViewType::Apikey, None, None, None, None, true),
        PartnerAuth::Basic { username, .. } => (
            PartnerAuthViewType::Basic,
            None,
            None,
            None,
            Some(username),
            true,
        ),
    };
    let mut out = Partner {
        role: PartnerRoleName::Issuer,
        url: d.url,
        auth: PartnerAuthView {
            type_,
            token_url,
            client_id,
            scope,
            username,
            secret_set,
        },
        issuer_id: None,
        jwks_url: None,
        merchant_gateway_id: None,
        merchant_id: None,
        endpoint_id: None,
        control_key_set: None,
        updated_at: fixed(registered.updated_at),
    };
    match d.role {
        PartnerRole::Issuer(p) => {
            out.issuer_id = Some(p.issuer_id);
            out.jwks_url = p.encryption_key.jwks_url;
        }
        PartnerRole::TokenRequestor(p) => {
            out.role = PartnerRoleName::TokenRequestor;
            out.merchant_id = Some(p.merchant_id);
        }
        PartnerRole::MerchantGateway(p) => {
            out.role = PartnerRoleName::MerchantGateway;
            out.merchant_gateway_id = Some(p.merchant_gateway_id);
            out.merchant_id = Some(p.merchant_id);
        }
        PartnerRole::ConnectingParty(p) => {
            out.role = PartnerRoleName::ConnectingParty;
            out.endpoint_id = Some(p.endpoint_id);
            out.control_key_set = Some(!p.control_key.is_empty());
        }
    }
    out
}

/// `listPartners` (GET `/partners`): list the registered partners.
pub(super) async fn list_partners(
    sandbox: &Sandbox,
    tenant: Tenant,
) -> Result<ListPartners, Problem> {
    let partners = sandbox.partners.list(&tenant)?;
    Ok(ListPartners::Ok(Json(PartnerList {
        partners: partners.into_iter().map(partner_out).collect(),
    })))
}

/// `putPartner` (PUT `/partners`): register a partner endpoint for the role the body names.
pub(super) async fn put_partner(
    sandbox: &Sandbox,
    tenant: Tenant,
    body: PartnerRegistration,
) -> Result<PutPartner, Problem> {
    let description = description_in(body);
    let registered = sandbox
        .partners
        .set(&tenant, description, Utc::now())
        .await?;
    Ok(PutPartner::Ok(Json(partner_out(registered))))
}

/// `getPartner` (GET `/partners/{role}`): read a registered partner.
pub(super) async fn get_partner(
    sandbox: &Sandbox,
    tenant: Tenant,
    role: PartnerRoleName,
) -> Result<GetPartner, Problem> {
    let partner = sandbox.partners.get(&tenant, &enum_name(&role))?;
    Ok(GetPartner::Ok(Json(partner_out(partner))))
}

/// `deletePartner` (DELETE `/partners/{role}`): remove a registered partner.
pub(super) async fn delete_partner(
    sandbox: &Sandbox,
    tenant: Tenant,
    role: PartnerRoleName,
) -> Result<DeletePartner, Problem> {
    sandbox.partners.remove(&tenant, &enum_name(&role)).await?;
    Ok(DeletePartner::NoContent)
}
