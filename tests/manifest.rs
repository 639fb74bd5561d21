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

/// The packaged crate builds where there is no git repository (as from a
/// crates.io archive), and its `--version` is then the plain version.
#[test]
#[ignore = "packages and builds the crate and its dependencies again (minutes); run by .ci/run"]
fn the_packaged_crate_builds_without_git() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let root = env!("CARGO_MANIFEST_DIR");
    let target = std::path::Path::new(root).join("target");
    let packaged = Command::new(&cargo)
        .args(["package", "--no-verify", "--allow-dirty", "--offline"])
        .arg("--target-dir")
        .arg(&target)
        .current_dir(root)
        .output()
        .unwrap();
    assert!(
        packaged.status.success(),
        "{}",
        String::from_utf8_lossy(&packaged.stderr)
    );
    let scratch = tempfile::tempdir().unwrap();
    let crate_file = target
        .join("package")
        .join(format!("planlint-{}.crate", env!("CARGO_PKG_VERSION")));
    let unpacked = Command::new("tar")
        .arg("-xzf")
        .arg(&crate_file)
        .arg("-C")
        .arg(scratch.path())
        .status()
        .unwrap();
    assert!(unpacked.success());
    let dir = scratch
        .path()
        .join(format!("planlint-{}", env!("CARGO_PKG_VERSION")));
    // A target folder of its own: the tests' planlint binary stays as it is.
    let build_target = target.join("packaged");
    let built = Command::new(&cargo)
        .args(["build", "--offline", "--bin", "planlint"])
        .arg("--target-dir")
        .arg(&build_target)
        .current_dir(&dir)
        .env("GIT_CEILING_DIRECTORIES", scratch.path())
        .output()
        .unwrap();
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    let version = Command::new(build_target.join("debug").join("planlint"))
        .arg("--version")
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&version.stdout).trim(),
        concat!("planlint ", env!("CARGO_PKG_VERSION"))
    );
}
