//! Renders the typed progenitor client of one document.

use super::model::Api;
use super::{Error, Result};

/// Renders the formatted client module, with its preamble.
pub fn render(api: &Api, file_name: &str, yaml: &str) -> Result<String> {
    let client_err = |message: String| Error::Client {
        file: file_name.to_string(),
        message,
    };
    let mut document: serde_json::Value =
        serde_yaml::from_str(yaml).map_err(|e| client_err(e.to_string()))?;
    let dropped = drop_colliding_properties(&mut document);
    let spec: openapiv3::OpenAPI =
        serde_json::from_value(document).map_err(|e| client_err(e.to_string()))?;
    let mut settings = progenitor::GenerationSettings::new();
    settings
        .with_interface(progenitor::InterfaceStyle::Builder)
        .with_tag(progenitor::TagStyle::Merged);
    let mut generator = progenitor::Generator::new(&settings);
    let tokens = generator
        .generate_tokens(&spec)
        .map_err(|e| client_err(e.to_string()))?;
    let body = super::format_tokens(tokens).map_err(client_err)?;
    let note: String = dropped
        .iter()
        .map(|(schema, property)| {
            format!(
                "// `{schema}.{property}` is left out of this client: its Rust name collides with \
                 another property's, which progenitor cannot express.\n"
            )
        })
        .collect();
    Ok(format!(
        "{}{note}{}{body}",
        super::preamble(
            &api.file_name,
            &format!("progenitor client for {}", api.title)
        ),
        if note.is_empty() { "" } else { "\n" }
    ))
}

/// Removes from every component schema the properties whose snake-case Rust name an earlier
/// property of the same schema already has (`error_description` beside `errorDescription`):
/// progenitor would declare the field twice. The server keeps both (numbering the later one);
/// a client ignores the dropped one when reading. Returns (schema, property) of each dropped.
fn drop_colliding_properties(document: &mut serde_json::Value) -> Vec<(String, String)> {
    let mut dropped = Vec::new();
    let Some(schemas) = document
        .pointer_mut("/components/schemas")
        .and_then(serde_json::Value::as_object_mut)
    else {
        return dropped;
    };
    for (name, schema) in schemas.iter_mut() {
        let mut seen = std::collections::BTreeSet::new();
        let colliding: Vec<String> = schema
            .get("properties")
            .and_then(serde_json::Value::as_object)
            .map(|properties| {
                properties
                    .keys()
                    .filter(|p| !seen.insert(super::model::snake_ident(p)))
                    .cloned()
                    .collect()
            })
            .unwrap_or_default();
        for property in colliding {
            if let Some(properties) = schema
                .get_mut("properties")
                .and_then(serde_json::Value::as_object_mut)
            {
                properties.remove(&property);
            }
            if let Some(required) = schema
                .get_mut("required")
                .and_then(serde_json::Value::as_array_mut)
            {
                required.retain(|r| r.as_str() != Some(property.as_str()));
            }
            dropped.push((name.clone(), property));
        }
    }
    dropped
}
