//! Renders the typed progenitor client of one document.

use super::model::Api;
use super::{Error, Result};

/// Renders the formatted client module, with its preamble.
pub fn render(api: &Api, file_name: &str, yaml: &str) -> Result<String> {
    let client_err = |message: String| Error::Client {
        file: file_name.to_string(),
        message,
    };
    let spec: openapiv3::OpenAPI =
        serde_yaml::from_str(yaml).map_err(|e| client_err(e.to_string()))?;
    let mut settings = progenitor::GenerationSettings::new();
    settings
        .with_interface(progenitor::InterfaceStyle::Builder)
        .with_tag(progenitor::TagStyle::Merged);
    let mut generator = progenitor::Generator::new(&settings);
    let tokens = generator
        .generate_tokens(&spec)
        .map_err(|e| client_err(e.to_string()))?;
    let body = super::format_tokens(tokens).map_err(client_err)?;
    Ok(format!(
        "{}{body}",
        super::preamble(
            &api.file_name,
            &format!("progenitor client for {}", api.title)
        )
    ))
}
