//! The layers' invariants (ARCHITECTURE.md, each folder's `mod.rs`), checked on the source:
//! what each layer may not name. A line is checked without its string literals and comment, so
//! prose and test data may speak of the layers it must not use.

use std::path::{Path, PathBuf};

/// (layer folder or file under `src/`, forbidden path prefixes, why).
const RULES: &[(&str, &[&str], &str)] = &[
    (
        "domain",
        &[
            "poem",
            "crate::generated",
            "crate::api",
            "crate::http",
            "sled::",
        ],
        "domain code knows neither HTTP nor the documents' types nor the storage engine",
    ),
    (
        "api",
        &[
            "crate::store",
            "crate::crypto",
            "crate::http",
            "sled::",
            ".store.",
        ],
        "handlers call the domain only",
    ),
    (
        "runtime",
        &[
            "crate::domain",
            "crate::api",
            "crate::store",
            "crate::http",
            "crate::generated",
        ],
        "the generated code's support knows no particular API",
    ),
    (
        "store",
        &[
            "crate::domain",
            "crate::api",
            "crate::http",
            "crate::generated",
            "poem",
        ],
        "the store knows only its records",
    ),
    ("json", &["crate::"], "a leaf module, shared by the layers"),
    (
        "crypto",
        &[
            "crate::domain",
            "crate::api",
            "crate::http",
            "crate::generated",
            "poem",
            "Store",
        ],
        "cryptography works on key records and bytes, not the store handle",
    ),
];

/// Path prefixes only the store may name.
const STORE_ONLY: &[&str] = &["sled::", "use sled", "sled = "];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every code line (comments removed) of the Rust files under `src/<layer>`, with its place.
fn code_lines(layer: &str) -> Vec<(String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let root = src.join(layer);
    let mut files = Vec::new();
    if root.is_dir() {
        rust_files(&root, &mut files);
    } else {
        files.push(root.with_extension("rs"));
    }
    assert!(!files.is_empty(), "no source under src/{layer}");
    let mut lines = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = without_strings(line);
            let code = code.split("//").next().unwrap_or_default();
            let place = format!("{}:{}", file.strip_prefix(&src).unwrap().display(), n + 1);
            lines.push((place, code.to_string()));
        }
    }
    lines
}

/// A line with the contents of its string literals removed (`"…"` becomes `""`).
fn without_strings(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut in_string = false;
    let mut escaped = false;
    for c in line.chars() {
        if in_string {
            match (escaped, c) {
                (false, '\\') => escaped = true,
                (false, '"') => {
                    in_string = false;
                    out.push(c);
                }
                _ => escaped = false,
            }
        } else {
            if c == '"' {
                in_string = true;
            }
            out.push(c);
        }
    }
    out
}

fn violations(lines: &[(String, String)], forbidden: &[&str]) -> Vec<String> {
    lines
        .iter()
        .filter_map(|(place, code)| {
            forbidden
                .iter()
                .find(|f| code.contains(*f))
                .map(|f| format!("{place}: names `{f}`: {}", code.trim()))
        })
        .collect()
}

#[test]
fn each_layer_names_only_what_it_may() {
    let mut found = Vec::new();
    for (layer, forbidden, why) in RULES {
        for v in violations(&code_lines(layer), forbidden) {
            found.push(format!("{v}  ({why})"));
        }
    }
    assert!(
        found.is_empty(),
        "layer rules broken:\n{}",
        found.join("\n")
    );
}

#[test]
fn only_the_store_touches_sled() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = Vec::new();
    for entry in std::fs::read_dir(&src).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        if name == "store" {
            continue;
        }
        found.extend(violations(&code_lines(&name), STORE_ONLY));
    }
    assert!(
        found.is_empty(),
        "sled outside src/store/:\n{}",
        found.join("\n")
    );
    // The check must be able to fail: the store itself does name sled.
    assert!(!violations(&code_lines("store"), STORE_ONLY).is_empty());
}

#[test]
fn the_checks_can_fail() {
    // A check that cannot fail proves nothing: a domain line naming poem is caught.
    let lines = vec![(
        "domain/x.rs:1".to_string(),
        "use poem::Request;".to_string(),
    )];
    assert_eq!(violations(&lines, RULES[0].1).len(), 1);
    // ... but not when only a comment or a string names it.
    let code = without_strings(r#"let a = "poem::x"; // unlike poem::Request"#);
    let code = code.split("//").next().unwrap();
    assert_eq!(code, r#"let a = ""; "#);
    assert!(violations(&[("x".into(), code.into())], RULES[0].1).is_empty());
}
