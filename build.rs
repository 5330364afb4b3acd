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
}

fn fail(e: &codegen::Error) -> ! {
    // cargo shows a build script's stderr when it fails; one clear line names the problem.
    eprintln!("error: {e}");
    std::process::exit(1);
}
