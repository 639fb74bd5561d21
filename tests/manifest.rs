//! What `cargo package` ships: the sources, the vocabularies, the README,
//! both licence texts and the config schema; never the seeds (the include
//! patterns are anchored, so `README.md` does not also match
//! `seeds/README.md`).

use std::process::Command;

#[test]
fn the_package_ships_the_licences_and_no_seed() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let out = Command::new(cargo)
        .args(["package", "--list", "--allow-dirty", "--offline"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    let listed = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{listed}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let files: Vec<&str> = listed.lines().collect();
    for wanted in [
        "LICENSE-MIT",
        "LICENSE-APACHE",
        "README.md",
        "planlint.schema.json",
        "build.rs",
        "src/main.rs",
    ] {
        assert!(files.contains(&wanted), "`{wanted}` not shipped: {files:?}");
    }
    for file in &files {
        assert!(
            !file.starts_with("seeds/") && !file.starts_with("tests/"),
            "`{file}` shipped"
        );
    }
}
