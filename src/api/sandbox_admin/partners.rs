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
    Partner, PartnerAuthRegistration, PartnerAuthRegistrationType, PartnerAuthView,
    PartnerAuthViewType, PartnerList, PartnerRegistration, PartnerRoleName,
};
use crate::runtime::Problem;
use chrono::Utc;
use poem_openapi::payload::Json;

/// A field the role (or the auth type) needs; its absence is the admin API's 400.
pub(super) fn required<T>(value: Option<T>, field: &str, what: &str) -> Result<T, Problem> {
    value.ok_or_else(|| {
        Problem::with_code(
            crate::runtime::ProblemKind::InvalidRequest,
            "INVALID_PARTNER",
            format!("{field} is required for {what}"),
        )
    })
}

fn auth_in(auth: PartnerAuthRegistration) -> Result<PartnerAuth, Problem> {
    Ok(match auth.type_ {
        PartnerAuthRegistrationType::None => PartnerAuth::None,
        PartnerAuthRegistrationType::Oauth => PartnerAuth::Oauth {
            token_url: required(auth.token_url, "auth.tokenUrl", "oauth")?.0,
            client_id: required(auth.client_id, "auth.clientId", "oauth")?,
            client_secret: required(auth.client_secret, "auth.clientSecret", "oauth")?,
            scope: auth.scope,
        },
        PartnerAuthRegistrationType::Apikey => PartnerAuth::Apikey {
            key: required(auth.key, "auth.key", "apikey")?,
        },
        PartnerAuthRegistrationType::Basic => PartnerAuth::Basic {
            username: required(auth.username, "auth.username", "basic")?,
            password: required(auth.password, "auth.password", "basic")?,
        },
    })
}

/// A registration, as the domain's partner description.
fn description_in(
    role: &PartnerRoleName,
    body: PartnerRegistration,
) -> Result<PartnerDescription, Problem> {
    let name = enum_name(role);
    let role = match role {
        PartnerRoleName::Issuer => PartnerRole::Issuer(IssuerPartner {
            issuer_id: required(body.issuer_id, "issuerId", &name)?,
            encryption_key: KeySource {
                jwks_url: Some(required(body.jwks_url, "jwksUrl", &name)?.0),
                jwk_file: None,
            },
            test_cards: Vec::new(),
        }),
        PartnerRoleName::TokenRequestor => PartnerRole::TokenRequestor(TokenRequestorPartner {
            merchant_id: required(body.merchant_id, "merchantId", &name)?,
        }),
        PartnerRoleName::MerchantGateway => PartnerRole::MerchantGateway(MerchantGatewayPartner {
            merchant_gateway_id: required(body.merchant_gateway_id, "merchantGatewayId", &name)?,
            merchant_id: required(body.merchant_id, "merchantId", &name)?,
            known_token_ids: Vec::new(),
        }),
        PartnerRoleName::ConnectingParty => PartnerRole::ConnectingParty(ConnectingPartyPartner {
            endpoint_id: required(body.endpoint_id, "endpointId", &name)?,
            control_key: required(body.control_key, "controlKey", &name)?.0,
            session: None,
            filtered_bin: None,
        }),
    };
    Ok(PartnerDescription {
        role,
        url: body.url.0,
        auth: auth_in(body.auth)?,
    })
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

/// `putPartner` (PUT `/partners/{role}`): register a partner endpoint for a role.
pub(super) async fn put_partner(
    sandbox: &Sandbox,
    tenant: Tenant,
    role: PartnerRoleName,
    body: PartnerRegistration,
) -> Result<PutPartner, Problem> {
    let description = description_in(&role, body)?;
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
