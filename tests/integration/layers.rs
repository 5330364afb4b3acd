//! The layers' invariants (ARCHITECTURE.md, each folder's `mod.rs`), checked on the source:
//! what each layer may not name.
//!
//! Every file is parsed (syn) and every path it uses is resolved to where it starts: `use`
//! trees (groups, globs and renames expanded), paths in expressions, types and patterns, with
//! `super::` and `self::` resolved against the file's module (inline modules included), so
//! `super::super::store::X` counts as `crate::store::X`. Field accesses and method calls are
//! checked by name (`.store`), and macro bodies, which syn does not parse, by their tokens.
//! Comments and strings never count.

use std::path::{Path, PathBuf};

use syn::visit::Visit;

/// What a layer may not name.
struct Rule {
    /// The folder (or file) under `src/`.
    layer: &'static str,
    /// Resolved path prefixes it may not use (`crate::store`, `poem`).
    paths: &'static [&'static str],
    /// Field or method names it may not use (`store`).
    members: &'static [&'static str],
    /// Why.
    why: &'static str,
}

/// What the store may not name (the layers above it and the HTTP stack), and more: the
/// cryptography beneath the store may name none of it either. One list, so that a layer added
/// above the store is kept out of both.
macro_rules! above_the_store {
    ($($more:literal),*) => {
        &[
            "crate::cli",
            "crate::domain",
            "crate::api",
            "crate::http",
            "crate::generated",
            "crate::runtime",
            "poem",
            "poem_openapi",
            $($more),*
        ]
    };
}

const RULES: &[Rule] = &[
    Rule {
        layer: "domain",
        paths: &[
            "crate::cli",
            "poem",
            "poem_openapi",
            "crate::generated",
            "crate::api",
            "crate::http",
            "crate::runtime",
            "sled",
        ],
        members: &[],
        why: "domain code knows neither HTTP nor the documents' types nor the storage engine",
    },
    Rule {
        layer: "api",
        paths: &[
            "crate::cli",
            "crate::store",
            "crate::crypto",
            "crate::http",
            "crate::domain::Store",
            "crate::outbound",
            "crate::generated::card_api_client",
            "crate::generated::tsh_provisioning_client",
            "crate::generated::verification_notification_client",
            "crate::generated::token_notifications_client",
            "crate::generated::merchant_gateway_client",
            "crate::generated::sandbox_admin_client",
            "sled",
        ],
        members: &["store"],
        why: "handlers call the domain only (partner calls are the outbound layer's)",
    },
    Rule {
        layer: "outbound",
        paths: &[
            "poem",
            "poem_openapi",
            "crate::api",
            "crate::http",
            // The generated clients' support (`runtime::answered`) it may use; not the rest.
            "crate::runtime::document",
            "crate::runtime::formats",
            "crate::runtime::nullable",
            "crate::runtime::payload",
            "crate::store",
            "crate::domain::Store",
            "crate::cli",
            "sled",
        ],
        members: &["store"],
        why: "calls to partners know the domain's descriptions and the generated clients, not the server",
    },
    Rule {
        layer: "runtime",
        paths: &[
            "crate::cli",
            "crate::domain",
            "crate::api",
            "crate::store",
            "crate::http",
            "crate::generated",
        ],
        members: &[],
        why: "the generated code's support knows no particular API",
    },
    Rule {
        layer: "store",
        paths: above_the_store!(),
        members: &[],
        why: "the store knows only its records",
    },
    Rule {
        layer: "crypto",
        paths: above_the_store!("crate::store"),
        members: &[],
        why: "cryptography works on its own key types and bytes; it names nothing of the store \
              (the domain converts the store's key records)",
    },
    Rule {
        layer: "json",
        paths: &[
            "crate::api",
            "crate::codegen",
            "crate::crypto",
            "crate::domain",
            "crate::generated",
            "crate::http",
            "crate::runtime",
            "crate::store",
            "crate::cli",
        ],
        members: &[],
        why: "a leaf module, shared by the layers",
    },
];

/// The command line's files that may open the store: the stopped-server commands (`keys`,
/// `tenant`) and their opener. Every other command asks a running server over HTTP (sled
/// allows one process per store, so opening it would fail beside a running server anyway).
const STOPPED_SERVER: &[&str] = &["cli/stopped.rs", "cli/keys.rs", "cli/tenant.rs"];

/// What opening the store takes: the store's handle (directly or through the domain's
/// re-export), the sealing key's file, the storage engine.
const OPENS_THE_STORE: &[&str] = &[
    "crate::store",
    "crate::domain::Store",
    "crate::crypto::seal",
    "sled",
];

#[test]
fn only_the_stopped_server_commands_open_the_store() {
    let (allowed, others): (Vec<Use>, Vec<Use>) = layer_uses("cli")
        .into_iter()
        .partition(|u| STOPPED_SERVER.iter().any(|f| u.place.starts_with(f)));
    let found = violations(&others, OPENS_THE_STORE, &["store"]);
    assert!(
        found.is_empty(),
        "a command other than keys or tenant opens the store:\n{}",
        found.join("\n")
    );
    // The check must be able to fail: the stopped-server commands do name the store.
    assert!(
        !violations(&allowed, OPENS_THE_STORE, &["store"]).is_empty(),
        "{STOPPED_SERVER:?} name none of {OPENS_THE_STORE:?}: the rule is stale"
    );
}

/// Paths only one part of `src/` may name: who owns them, and who else may.
struct Owned {
    /// The resolved path prefixes.
    paths: &'static [&'static str],
    /// The owner: a file or folder under `src/` (`store/`, `outbound/partners/`).
    owner: &'static str,
    /// Others allowed, with the reason in `why`.
    also: &'static [&'static str],
    /// Why.
    why: &'static str,
}

const OWNED: &[Owned] = &[
    Owned {
        paths: &["sled"],
        owner: "store/",
        also: &[],
        why: "only the store touches the storage engine",
    },
    Owned {
        // The store's engine module (its backend type, its key layout, its transactions): the
        // handle (`store/mod.rs`) wraps it, and nothing outside `store/` may name it.
        paths: &["crate::store::sled"],
        owner: "store/",
        also: &[],
        why: "no engine type or engine transaction leaves the store: others speak to the handle",
    },
    Owned {
        paths: &[
            "crate::generated::card_api_client",
            "crate::generated::verification_notification_client",
            "crate::generated::token_notifications_client",
            "crate::generated::merchant_gateway_client",
        ],
        owner: "outbound/partners/",
        // The command line's `partner-file` calls the sandbox's own token notifications as a
        // partner would (to make a token `check` can find); it sends nothing to a partner.
        also: &["cli/partner_file.rs"],
        why: "one typed sender per partner operation builds the generated client's request",
    },
];

/// One use of a name: where, and the resolved path (or `.member`).
#[derive(Debug, Clone, PartialEq)]
struct Use {
    place: String,
    name: String,
}

/// Collects the paths a file uses, resolved against its module.
struct Collector<'a> {
    file: &'a str,
    /// The module path of the current position: `["api", "card_api"]`, plus inline modules.
    module: Vec<String>,
    uses: Vec<Use>,
}

impl Collector<'_> {
    fn record(&mut self, line: usize, name: String) {
        self.uses.push(Use {
            place: format!("{}:{line}", self.file),
            name,
        });
    }

    /// Resolves a path's leading `super`/`self`/`crate` against the current module.
    fn resolve(&self, segments: &[String]) -> String {
        let mut module = self.module.clone();
        let mut rest = segments;
        let mut anchored = false;
        while let Some(first) = rest.first() {
            match first.as_str() {
                "crate" => {
                    module.clear();
                    anchored = true;
                }
                "super" => {
                    module.pop();
                    anchored = true;
                }
                "self" => anchored = true,
                _ => break,
            }
            rest = &rest[1..];
        }
        if !anchored {
            return segments.join("::");
        }
        std::iter::once("crate".to_string())
            .chain(module)
            .chain(rest.iter().cloned())
            .collect::<Vec<_>>()
            .join("::")
    }

    fn use_tree(&mut self, tree: &syn::UseTree, prefix: &mut Vec<String>, line: usize) {
        match tree {
            syn::UseTree::Path(p) => {
                prefix.push(p.ident.to_string());
                self.use_tree(&p.tree, prefix, line);
                prefix.pop();
            }
            syn::UseTree::Name(n) => {
                prefix.push(n.ident.to_string());
                let path = self.resolve(prefix);
                self.record(line, path);
                prefix.pop();
            }
            syn::UseTree::Rename(r) => {
                prefix.push(r.ident.to_string());
                let path = self.resolve(prefix);
                self.record(line, path);
                prefix.pop();
            }
            syn::UseTree::Glob(_) => {
                let path = self.resolve(prefix);
                self.record(line, path);
            }
            syn::UseTree::Group(g) => {
                for t in &g.items {
                    self.use_tree(t, prefix, line);
                }
            }
        }
    }
}

impl<'ast> Visit<'ast> for Collector<'_> {
    fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
        let line = item.use_token.span.start().line;
        let mut prefix = Vec::new();
        if item.leading_colon.is_some() {
            prefix.push(String::new());
        }
        self.use_tree(&item.tree, &mut prefix, line);
    }

    fn visit_item_mod(&mut self, item: &'ast syn::ItemMod) {
        self.module.push(item.ident.to_string());
        syn::visit::visit_item_mod(self, item);
        self.module.pop();
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        let segments: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
        if segments.len() > 1 || matches!(segments.first().map(String::as_str), Some("crate")) {
            let line = path
                .segments
                .first()
                .map(|s| s.ident.span().start().line)
                .unwrap_or_default();
            let resolved = self.resolve(&segments);
            self.record(line, resolved);
        }
        syn::visit::visit_path(self, path);
    }

    fn visit_expr_field(&mut self, field: &'ast syn::ExprField) {
        if let syn::Member::Named(name) = &field.member {
            self.record(name.span().start().line, format!(".{name}"));
        }
        syn::visit::visit_expr_field(self, field);
    }

    fn visit_expr_method_call(&mut self, call: &'ast syn::ExprMethodCall) {
        self.record(call.method.span().start().line, format!(".{}", call.method));
        syn::visit::visit_expr_method_call(self, call);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        // Macro bodies are tokens: `a :: b` sequences and `. name` accesses are read from them.
        let tokens: Vec<proc_macro2::TokenTree> = flatten(mac.tokens.clone());
        let line = mac
            .path
            .segments
            .first()
            .map_or(0, |s| s.ident.span().start().line);
        let mut i = 0;
        while i < tokens.len() {
            if let proc_macro2::TokenTree::Ident(first) = &tokens[i] {
                let mut segments = vec![first.to_string()];
                let mut j = i + 1;
                while j + 2 < tokens.len() + 1
                    && is_punct(tokens.get(j), ':')
                    && is_punct(tokens.get(j + 1), ':')
                {
                    match tokens.get(j + 2) {
                        Some(proc_macro2::TokenTree::Ident(next)) => {
                            segments.push(next.to_string());
                            j += 3;
                        }
                        _ => break,
                    }
                }
                if segments.len() > 1 {
                    let resolved = self.resolve(&segments);
                    self.record(line, resolved);
                }
                if i > 0 && is_punct(tokens.get(i - 1), '.') {
                    self.record(line, format!(".{first}"));
                }
                i = j.max(i + 1);
            } else {
                i += 1;
            }
        }
        syn::visit::visit_macro(self, mac);
    }
}

fn is_punct(token: Option<&proc_macro2::TokenTree>, c: char) -> bool {
    matches!(token, Some(proc_macro2::TokenTree::Punct(p)) if p.as_char() == c)
}

/// A token stream with its groups opened, in order.
fn flatten(stream: proc_macro2::TokenStream) -> Vec<proc_macro2::TokenTree> {
    let mut out = Vec::new();
    for token in stream {
        match token {
            proc_macro2::TokenTree::Group(g) => out.extend(flatten(g.stream())),
            other => out.push(other),
        }
    }
    out
}

/// The names a source file uses, resolved; `module` is its module path under `crate`.
fn uses_of(file: &str, module: Vec<String>, source: &str) -> Vec<Use> {
    let parsed = syn::parse_file(source).unwrap_or_else(|e| panic!("{file}: {e}"));
    let mut collector = Collector {
        file,
        module,
        uses: Vec::new(),
    };
    collector.visit_file(&parsed);
    collector.uses
}

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

/// Every use of a name in the files of `src/<layer>` (a folder or a file).
fn layer_uses(layer: &str) -> Vec<Use> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let root = src.join(layer);
    let mut files = Vec::new();
    if root.is_dir() {
        rust_files(&root, &mut files);
    } else {
        files.push(root.with_extension("rs"));
    }
    assert!(!files.is_empty(), "no source under src/{layer}");
    let mut uses = Vec::new();
    for file in files {
        let relative = file.strip_prefix(&src).unwrap().with_extension("");
        let mut module: Vec<String> = relative
            .iter()
            .map(|c| c.to_string_lossy().into_owned())
            .collect();
        if module.last().is_some_and(|m| m == "mod") {
            module.pop();
        }
        let source = std::fs::read_to_string(&file).unwrap();
        let name = file.strip_prefix(&src).unwrap().display().to_string();
        uses.extend(uses_of(&name, module, &source));
    }
    uses
}

fn violations(uses: &[Use], paths: &[&str], members: &[&str]) -> Vec<String> {
    let starts =
        |name: &str, prefix: &str| name == prefix || name.starts_with(&format!("{prefix}::"));
    uses.iter()
        .filter_map(|u| {
            let path_hit = paths.iter().find(|p| starts(&u.name, p));
            let member_hit = members.iter().find(|m| u.name == format!(".{m}"));
            path_hit
                .or(member_hit)
                .map(|hit| format!("{}: `{}` (rule: `{hit}`)", u.place, u.name))
        })
        .collect()
}

#[test]
fn each_layer_names_only_what_it_may() {
    let mut found = Vec::new();
    for rule in RULES {
        for v in violations(&layer_uses(rule.layer), rule.paths, rule.members) {
            found.push(format!("{v}  ({})", rule.why));
        }
    }
    assert!(
        found.is_empty(),
        "layer rules broken:\n{}",
        found.join("\n")
    );
}

/// Every use of a name anywhere under `src/`.
fn all_uses() -> Vec<Use> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut uses = Vec::new();
    for entry in std::fs::read_dir(&src).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        if name != "generated" {
            uses.extend(layer_uses(&name));
        }
    }
    uses
}

#[test]
fn owned_paths_are_named_only_by_their_owner() {
    let uses = all_uses();
    let mut found = Vec::new();
    for owned in OWNED {
        let mine = |u: &&Use| {
            u.place.starts_with(owned.owner) || owned.also.iter().any(|a| u.place.starts_with(a))
        };
        let (inside, outside): (Vec<Use>, Vec<Use>) = uses.iter().cloned().partition(|u| mine(&u));
        for v in violations(&outside, owned.paths, &[]) {
            found.push(format!("{v}  ({})", owned.why));
        }
        // The check must be able to fail: the owner itself does name them.
        assert!(
            !violations(&inside, owned.paths, &[]).is_empty(),
            "src/{} names none of {:?}: the rule is stale",
            owned.owner,
            owned.paths
        );
    }
    assert!(
        found.is_empty(),
        "owned paths named elsewhere:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_checks_catch_what_a_line_scan_missed() {
    // Written as rustfmt writes it, from a module `crate::api::x`.
    let source = r#"
        use crate::{domain::Sandbox, store as s};
        use super::super::crypto::jwe::*;
        fn f(sandbox: &Sandbox) {
            let _ = sandbox
                .store
                .reset_tenant();
            let _ = super::super::store::SCHEMA_VERSION;
            let _: Option<crate::domain::Store> = None;
            println!("{}", poem::http::StatusCode::OK); // "crate::store" in a comment
            let _ = "crate::store::Store";
        }
        mod inner {
            fn g() { let _ = super::super::super::store::SCHEMA_VERSION; }
        }
        macro_rules! m { () => { crate::http::start } }
    "#;
    let uses = uses_of("api/x.rs", vec!["api".into(), "x".into()], source);
    let api = &RULES[1];
    let found = violations(&uses, api.paths, api.members);
    let expect = [
        "`crate::store`",
        "`crate::crypto::jwe`",
        "`.store`",
        "`crate::store::SCHEMA_VERSION`",
        "`crate::domain::Store`",
        "`crate::http::start`",
    ];
    for e in expect {
        assert!(
            found.iter().any(|f| f.contains(e)),
            "{e} not caught in:\n{}",
            found.join("\n")
        );
    }
    // The inline module's `super::super::super` resolves from `crate::api::x::inner`.
    assert_eq!(
        found
            .iter()
            .filter(|f| f.contains("`crate::store::SCHEMA_VERSION`"))
            .count(),
        2,
        "{found:?}"
    );
    // Strings and comments never count.
    assert!(
        !found.iter().any(|f| f.contains("`crate::store::Store`")),
        "{found:?}"
    );
}
