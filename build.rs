//! Generates the server and client code of every API document (see src/codegen/mod.rs).

#[path = "src/codegen/mod.rs"]
#[allow(dead_code)]
mod codegen;

use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-changed=openapi");
    println!("cargo:rerun-if-changed=src/codegen");
    let docs = Path::new("openapi");
    match codegen::documents(docs) {
        Ok(list) => {
            for doc in list {
                println!("cargo:rerun-if-changed={}", doc.display());
            }
        }
        Err(e) => fail(&e),
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    if let Err(e) = codegen::generate_dir(docs, &out) {
        fail(&e);
    }
    // The generator's fixture documents, one per construct: the integration tests serve them
    // (tests/integration/fixtures.rs), so each construct is checked over HTTP and through its
    // client, not only as text.
    println!("cargo:rerun-if-changed=tests/fixtures/codegen");
    let fixtures = out.join("fixtures");
    if let Err(e) = std::fs::create_dir_all(&fixtures) {
        eprintln!("error: {}: {e}", fixtures.display());
        std::process::exit(1);
    }
    if let Err(e) = codegen::generate_dir(Path::new("tests/fixtures/codegen"), &fixtures) {
        fail(&e);
    }
}

fn fail(e: &codegen::Error) -> ! {
    // cargo shows a build script's stderr when it fails; one clear line names the problem.
    eprintln!("error: {e}");
    std::process::exit(1);
}
