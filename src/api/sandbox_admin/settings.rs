//! Sandbox: the tenant's settings and reset ([`crate::domain::Sandbox`]).

use crate::domain::{Sandbox, Tenant, TenantSettings};
use crate::generated::sandbox_admin::responses::{GetSettings, PutSettings, ResetSandbox};
use crate::generated::sandbox_admin::types::{Settings, SettingsFilteredBinsItem};
use crate::runtime::Problem;
use poem_openapi::payload::Json;

/// The settings as the admin API shows them: every field, the filter list even when empty.
fn settings_out(settings: &TenantSettings) -> Settings {
    Settings {
        accept_unknown_cards: settings.accept_unknown_cards,
        filtered_bins: Some(
            settings
                .filtered_bins
                .iter()
                .cloned()
                .map(SettingsFilteredBinsItem)
                .collect(),
        ),
        strict_pods: Some(settings.strict_pods),
    }
}

/// `getSettings` (GET `/settings`): read the sandbox settings (the tenant carries them).
pub(super) fn get_settings(tenant: Tenant) -> Result<GetSettings, Problem> {
    Ok(GetSettings::Ok(Json(settings_out(&tenant.settings))))
}

/// `putSettings` (PUT `/settings`): change the sandbox settings.
pub(super) async fn put_settings(
    sandbox: &Sandbox,
    tenant: Tenant,
    body: Settings,
) -> Result<PutSettings, Problem> {
    // A PUT replaces: an absent filter list is an empty one.
    let settings = TenantSettings {
        accept_unknown_cards: body.accept_unknown_cards,
        filtered_bins: body
            .filtered_bins
            .unwrap_or_default()
            .into_iter()
            .map(|b| b.0)
            .collect(),
        strict_pods: body.strict_pods.unwrap_or(false),
    };
    sandbox.set_settings(&tenant, &settings).await?;
    Ok(PutSettings::Ok(Json(settings_out(&settings))))
}

/// `resetSandbox` (POST `/reset`): reset the sandbox.
pub(super) async fn reset_sandbox(
    sandbox: &Sandbox,
    tenant: Tenant,
) -> Result<ResetSandbox, Problem> {
    sandbox.reset(&tenant).await?;
    Ok(ResetSandbox::NoContent)
}
