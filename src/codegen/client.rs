//! Renders the typed progenitor client of one document.

use quote::ToTokens;

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
        .with_tag(progenitor::TagStyle::Merged)
        // Keeps the answer's status for the caller (`runtime::answered`): progenitor drops it
        // when the body cannot be read.
        .with_post_hook(quote::quote!(crate::runtime::answered::observe));
    let mut generator = progenitor::Generator::new(&settings);
    let tokens = generator
        .generate_tokens(&spec)
        .map_err(|e| client_err(e.to_string()))?;
    let mut file: syn::File = syn::parse2(tokens).map_err(|e| client_err(e.to_string()))?;
    for item in &mut file.items {
        omit_absent_boxed_options(item);
    }
    let body = prettyplease::unparse(&file);
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

/// typify holds an optional property that can contain its own object (`Person.boss:
/// Person`) as `Box<Option<T>>` with `#[serde(default)]` alone, so the client sends `null` for
/// an absent one, which a property not stated nullable does not allow (the server refuses it).
/// Such a field is left out when empty, as typify's other optional fields are.
fn omit_absent_boxed_options(item: &mut syn::Item) {
    match item {
        syn::Item::Mod(module) => {
            for inner in module
                .content
                .iter_mut()
                .flat_map(|(_, items)| items.iter_mut())
            {
                omit_absent_boxed_options(inner);
            }
        }
        syn::Item::Struct(structure) => {
            for field in structure.fields.iter_mut() {
                let ty = field.ty.to_token_stream().to_string().replace(' ', "");
                if !ty.starts_with("::std::boxed::Box<::std::option::Option<") {
                    continue;
                }
                for attr in field.attrs.iter_mut() {
                    let text = attr.to_token_stream().to_string().replace(' ', "");
                    if text == "#[serde(default)]" {
                        *attr = syn::parse_quote!(
                            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
                        );
                    }
                }
            }
        }
        _ => {}
    }
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
