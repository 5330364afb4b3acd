//! The reviewable copy of the generated code in `generated/` is what the build produces.

use std::path::Path;

#[test]
fn generated_code_is_fresh() {
    let out = Path::new(env!("OUT_DIR"));
    let checked_in = Path::new(env!("CARGO_MANIFEST_DIR")).join("generated");
    let bless = std::env::var_os("D1_BLESS").is_some();
    if bless {
        std::fs::create_dir_all(&checked_in).unwrap();
    }
    let mut built: Vec<String> = std::fs::read_dir(out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".rs"))
        .collect();
    built.sort();
    let documents = std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("openapi"))
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().extension() == Some("yaml".as_ref()))
        .count();
    assert_eq!(
        built.len(),
        2 * documents,
        "two files per document: {built:?}"
    );
    let mut stale = Vec::new();
    for name in &built {
        let fresh = std::fs::read_to_string(out.join(name)).unwrap();
        let copy = checked_in.join(name);
        if std::fs::read_to_string(&copy).ok().as_deref() != Some(fresh.as_str()) {
            if bless {
                std::fs::write(&copy, &fresh).unwrap();
            } else {
                stale.push(name.clone());
            }
        }
    }
    for entry in std::fs::read_dir(&checked_in).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if !built.contains(&name) {
            if bless {
                std::fs::remove_file(checked_in.join(&name)).unwrap();
            } else {
                stale.push(format!("{name} (no longer generated)"));
            }
        }
    }
    assert!(
        stale.is_empty(),
        "generated/ is stale: {stale:?}. Refresh it with:\n  \
         D1_BLESS=1 cargo test --test integration generated_code_is_fresh"
    );
}
