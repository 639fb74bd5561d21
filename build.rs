//! Stamps the version with the commit it is built from, when built from a
//! git checkout with git at hand; a build from a crates.io archive (no
//! repository) or without git gets the plain version.

use std::path::Path;
use std::process::Command;

fn git(dir: &Path, args: &[&str]) -> Option<String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    let text = String::from_utf8(out.stdout).ok()?;
    Some(text.trim().to_owned())
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=PLANLINT_COMMIT");
    let Some(manifest) = std::env::var_os("CARGO_MANIFEST_DIR") else {
        return;
    };
    let dir = Path::new(&manifest);
    // Only this package's own repository counts, not one it is unpacked into.
    let Some(top) = git(dir, &["rev-parse", "--show-toplevel"]) else {
        return;
    };
    let same = |a: &Path, b: &Path| match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if !same(Path::new(&top), dir) {
        return;
    }
    let Some(line) = git(dir, &["log", "-1", "--format=%H %h %cs"]) else {
        return;
    };
    let mut parts = line.split(' ');
    let (Some(hash), Some(short), Some(date)) = (parts.next(), parts.next(), parts.next()) else {
        return;
    };
    println!("cargo:rustc-env=PLANLINT_COMMIT={hash}");
    println!("cargo:rustc-env=PLANLINT_COMMIT_SHORT={short}");
    println!("cargo:rustc-env=PLANLINT_COMMIT_DATE={date}");
    // Build again when HEAD moves.
    for path in ["HEAD", "packed-refs"] {
        if let Some(p) = git(dir, &["rev-parse", "--git-path", path]) {
            println!("cargo:rerun-if-changed={}", dir.join(p).display());
        }
    }
    if let Some(head) = git(dir, &["symbolic-ref", "-q", "HEAD"])
        && let Some(p) = git(dir, &["rev-parse", "--git-path", &head])
    {
        println!("cargo:rerun-if-changed={}", dir.join(p).display());
    }
}
