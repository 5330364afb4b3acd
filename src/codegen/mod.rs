//! The generator: turns each `openapi/*.yaml` document into Rust.
//!
//! For every document it writes two files:
//! - `<module>.rs`: poem-openapi types, per-operation response enums, the `<Api>Api` trait the
//!   handwritten code implements, and the `#[OpenApi]` service that calls it
//!   ([`server`]);
//! - `<module>_client.rs`: a typed progenitor client ([`client`]).
//!
//! The document is first read into a small model ([`model`]) that resolves references, names
//! inline schemas and rejects every construct the server side cannot reproduce faithfully, with
//! the file, the JSON pointer and the construct named. Nothing is dropped or loosened silently.
//!
//! The document is read by [`read`] into a plain-data [`model`]; [`server`] and [`client`]
//! render it.
//!
//! Invariant: what is generated serves the document exactly as written, or the build fails and
//! names the construct; the generated code refers to handwritten code only through
//! `crate::runtime` and each API's `ErrorBody`. This module is compiled twice: into `build.rs`
//! (through `#[path]`) and into the library, so that its unit tests run with `cargo test`. It
//! therefore refers to its own parts with `super::` only, never `crate::`.

pub mod client;
pub mod model;
pub mod read;
pub mod server;

use std::path::{Path, PathBuf};

/// Everything that can stop generation.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A document or output file could not be read or written.
    #[error("{file}: {source}")]
    Io {
        /// The file concerned.
        file: String,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The document is not an OpenAPI 3.0 document `openapiv3` can read.
    #[error("{file}: not a readable OpenAPI 3.0 document: {message}")]
    Parse {
        /// The document.
        file: String,
        /// What the parser said.
        message: String,
    },
    /// The document uses something the generator cannot reproduce faithfully.
    #[error("{file}#{pointer}: unsupported construct: {construct}")]
    Unsupported {
        /// The document.
        file: String,
        /// JSON pointer to the construct.
        pointer: String,
        /// What the construct is, and what to do instead where there is an alternative.
        construct: String,
    },
    /// progenitor refused the document, or its output did not parse.
    #[error("{file}: client generation failed: {message}")]
    Client {
        /// The document.
        file: String,
        /// What progenitor said.
        message: String,
    },
}

/// The generator's result type.
pub type Result<T> = std::result::Result<T, Error>;

/// The generated sources of one document.
#[derive(Debug, Clone)]
pub struct Generated {
    /// The document's file stem, e.g. `card-api`: the API's short name.
    pub stem: String,
    /// The Rust module name, e.g. `card_api`.
    pub module: String,
    /// The formatted server module.
    pub server: String,
    /// The formatted progenitor client module.
    pub client: String,
}

impl Generated {
    /// The output files as (file name, contents).
    pub fn files(&self) -> [(String, &str); 2] {
        [
            (format!("{}.rs", self.module), self.server.as_str()),
            (format!("{}_client.rs", self.module), self.client.as_str()),
        ]
    }
}

/// Generates the server and client modules of one document, given its file name (for messages
/// and the preamble) and its YAML text.
pub fn generate_document(file_name: &str, yaml: &str) -> Result<Generated> {
    let api = model::Api::from_yaml(file_name, yaml)?;
    let server = server::render(&api);
    let client = client::render(&api, file_name, yaml)?;
    Ok(Generated {
        stem: api.stem.clone(),
        module: api.module.clone(),
        server,
        client,
    })
}

/// The documents (`*.yaml`) in a directory, sorted by name.
pub fn documents(dir: &Path) -> Result<Vec<PathBuf>> {
    let io = |source| Error::Io {
        file: dir.display().to_string(),
        source,
    };
    let mut docs = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let path = entry.map_err(io)?.path();
        if path.extension().is_some_and(|e| e == "yaml") {
            docs.push(path);
        }
    }
    docs.sort();
    Ok(docs)
}

/// Generates every document of `dir` and writes the files into `out_dir`; returns what was
/// generated.
pub fn generate_dir(dir: &Path, out_dir: &Path) -> Result<Vec<Generated>> {
    let mut all = Vec::new();
    for doc in documents(dir)? {
        let file_name = doc
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let yaml = std::fs::read_to_string(&doc).map_err(|source| Error::Io {
            file: doc.display().to_string(),
            source,
        })?;
        let generated = generate_document(&file_name, &yaml)?;
        for (name, text) in generated.files() {
            let path = out_dir.join(name);
            // Rewriting an unchanged file would make cargo recompile the crate for nothing.
            if std::fs::read_to_string(&path).ok().as_deref() != Some(text) {
                std::fs::write(&path, text).map_err(|source| Error::Io {
                    file: path.display().to_string(),
                    source,
                })?;
            }
        }
        all.push(generated);
    }
    Ok(all)
}

/// The preamble of every generated file.
pub fn preamble(file_name: &str, what: &str) -> String {
    format!(
        "// generated from openapi/{file_name} — do not edit.\n\
         // {what}. `cargo build` regenerates it into OUT_DIR; the reviewable copy in generated/ is\n\
         // refreshed with `D1_BLESS=1 cargo test --test integration generated_code_is_fresh`.\n\n"
    )
}

/// Formats a token stream as a Rust file.
pub fn format_tokens(tokens: proc_macro2::TokenStream) -> std::result::Result<String, String> {
    let file: syn::File = syn::parse2(tokens).map_err(|e| e.to_string())?;
    Ok(prettyplease::unparse(&file))
}

#[cfg(test)]
mod tests;
