//! Security schemes: which scheme protects an operation, and what kind of credential it is.

use openapiv3::{ReferenceOr, SecurityScheme as OaSecurityScheme};

use super::super::Result;
use super::super::model::*;
use super::{Reader, esc};

impl Reader<'_> {
    pub(super) fn read_security(
        &mut self,
        op: &openapiv3::Operation,
        pointer: &str,
    ) -> Result<Option<usize>> {
        let requirements = op.security.as_ref().or(self.doc.security.as_ref());
        let Some(requirements) = requirements else {
            return Ok(None);
        };
        let requirements: Vec<_> = requirements.iter().filter(|r| !r.is_empty()).collect();
        match requirements.as_slice() {
            [] => Ok(None),
            [one] if one.len() == 1 => {
                let name = one.keys().next().expect("one scheme");
                self.scheme_index(name, pointer).map(Some)
            }
            _ => self.unsupported(
                format!("{pointer}/security"),
                "alternative or combined security requirements (use one scheme per operation)",
            ),
        }
    }

    pub(super) fn scheme_index(&mut self, name: &str, pointer: &str) -> Result<usize> {
        if let Some(i) = self.schemes.iter().position(|s| s.name == name) {
            return Ok(i);
        }
        let found = self
            .doc
            .components
            .as_ref()
            .and_then(|c| c.security_schemes.get(name));
        let scheme_pointer = format!("/components/securitySchemes/{}", esc(name));
        let Some(ReferenceOr::Item(scheme)) = found else {
            return self.unsupported(
                pointer,
                format!("security scheme `{name}` is not defined in components.securitySchemes"),
            );
        };
        let (kind, description) = match scheme {
            OaSecurityScheme::HTTP {
                scheme,
                bearer_format,
                description,
                ..
            } => match scheme.to_ascii_lowercase().as_str() {
                "bearer" => (
                    SecurityKind::Bearer {
                        format: bearer_format.clone(),
                    },
                    description,
                ),
                "basic" => (SecurityKind::Basic, description),
                other => {
                    return self.unsupported(
                        scheme_pointer,
                        format!("HTTP authentication scheme `{other}`"),
                    );
                }
            },
            OaSecurityScheme::APIKey {
                location,
                name: header,
                description,
                ..
            } => {
                if !matches!(location, openapiv3::APIKeyLocation::Header) {
                    return self.unsupported(scheme_pointer, "an API key outside a header");
                }
                (
                    SecurityKind::ApiKeyHeader {
                        header: header.clone(),
                    },
                    description,
                )
            }
            OaSecurityScheme::OAuth2 {
                flows, description, ..
            } => {
                let only_cc = flows.implicit.is_none()
                    && flows.password.is_none()
                    && flows.authorization_code.is_none();
                let Some(cc) = flows.client_credentials.as_ref().filter(|_| only_cc) else {
                    return self.unsupported(
                        scheme_pointer,
                        "OAuth 2.0 flows other than clientCredentials",
                    );
                };
                if cc.refresh_url.is_some() {
                    return self.unsupported(scheme_pointer, "refreshUrl");
                }
                let scopes = cc
                    .scopes
                    .iter()
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect();
                (
                    SecurityKind::OAuth2ClientCredentials {
                        token_url: cc.token_url.clone(),
                        scopes,
                    },
                    description,
                )
            }
            OaSecurityScheme::OpenIDConnect { .. } => {
                return self.unsupported(scheme_pointer, "OpenID Connect");
            }
        };
        let rust_name = camel_ident(name);
        self.schemes.push(SecurityScheme {
            name: name.to_string(),
            rust_name,
            snake: snake_ident(name),
            kind,
            description: description.clone(),
        });
        Ok(self.schemes.len() - 1)
    }
}
