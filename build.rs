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
    let version = std::env::var("CARGO_PKG_VERSION").unwrap_or_default();
    let full = match commit() {
        Some((short, date)) => format!("{version} ({short} {date})"),
        None => version,
    };
    println!("cargo:rustc-env=PLANLINT_VERSION={full}");
}

/// The short hash and date of the commit this package is built from, when
/// it is its own git checkout; asks cargo to build again when HEAD moves.
fn commit() -> Option<(String, String)> {
    let manifest = std::env::var_os("CARGO_MANIFEST_DIR")?;
    let dir = Path::new(&manifest);
    // Only this package's own repository counts, not one it is unpacked into.
    let top = git(dir, &["rev-parse", "--show-toplevel"])?;
    let same = |a: &Path, b: &Path| match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if !same(Path::new(&top), dir) {
        return None;
    }
    let line = git(dir, &["log", "-1", "--format=%h %cs"])?;
    let (short, date) = line.split_once(' ')?;
    // Build again when HEAD moves.
    for path in ["HEAD", "packed-refs"] {
        // A file that does not exist would rebuild every time.
        if let Some(p) = git(dir, &["rev-parse", "--git-path", path])
            && dir.join(&p).exists()
        {
            println!("cargo:rerun-if-changed={}", dir.join(p).display());
        }
    }
    if let Some(head) = git(dir, &["symbolic-ref", "-q", "HEAD"])
        && let Some(p) = git(dir, &["rev-parse", "--git-path", &head])
    {
        println!("cargo:rerun-if-changed={}", dir.join(p).display());
    }
    Some((short.to_owned(), date.to_owned()))
}
