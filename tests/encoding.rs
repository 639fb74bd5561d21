//! Big5-HKSCS plans, read with `--encoding big5-hkscs`: a seed rendered in
//! Big5-HKSCS lints clean, and a planted defect is reported at the same line
//! and character column as in the UTF-8 file.
//! Messages are pinned to English (`PLANLINT_LANG=en`); tests/i18n.rs
//! covers the other languages.

use std::path::Path;
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_planlint");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn planlint(dir: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .env("PLANLINT_LANG", "en")
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("GITHUB_STEP_SUMMARY")
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

/// `text` in Big5-HKSCS; every character of the seeds has a Big5 code.
fn big5(text: &str) -> Vec<u8> {
    let (bytes, _, unmappable) = encoding_rs::BIG5.encode(text);
    assert!(!unmappable, "a character has no Big5 code");
    // Round trip: the decoder reads back the very text.
    assert_eq!(encoding_rs::BIG5.decode(&bytes).0, text);
    bytes.into_owned()
}

fn seed() -> String {
    std::fs::read_to_string(Path::new(ROOT).join("seeds/itc-2022-2024.txt")).unwrap()
}

#[test]
fn a_big5_seed_lints_clean_with_the_option_and_is_refused_without() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("seed-big5.txt"), big5(&seed())).unwrap();
    let out = planlint(
        dir.path(),
        &["check", "--encoding", "big5-hkscs", "seed-big5.txt"],
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.is_empty());
    let refused = planlint(dir.path(), &["check", "seed-big5.txt"]);
    assert_eq!(refused.status.code(), Some(2));
    // In the output, under `file-error`.
    let err = String::from_utf8_lossy(&refused.stdout);
    assert!(err.contains("file-error"), "{err}");
    assert!(err.contains("not UTF-8 text"), "{err}");
    assert!(err.contains("--encoding big5-hkscs"), "{err}");
}

/// The seed with defects planted on a row full of Chinese text (so that
/// character columns differ from byte columns): an unpadded date and an
/// unknown frequency.
fn planted() -> String {
    let seed = seed();
    let mut lines: Vec<String> = seed.split('\n').map(str::to_owned).collect();
    let row = lines
        .iter()
        .position(|l| l.starts_with("1\t"))
        .expect("a numbered row");
    let mut cells: Vec<String> = lines[row].split('\t').map(str::to_owned).collect();
    // `#`, category／name, target date, frequency, remarks.
    assert_eq!(cells[2], "01/2022", "{cells:?}");
    "1/2022".clone_into(&mut cells[2]);
    "實特".clone_into(&mut cells[3]);
    lines[row] = cells.join("\t");
    lines.join("\n")
}

fn positions(out: &Output) -> Vec<String> {
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| format!("{} {} {}", d["rule"], d["start"], d["end"]))
        .collect()
}

#[test]
fn big5_findings_have_the_utf8_lines_and_columns() {
    let text = planted();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("utf8.txt"), &text).unwrap();
    std::fs::write(dir.path().join("big5.txt"), big5(&text)).unwrap();
    let utf8 = planlint(dir.path(), &["check", "utf8.txt", "--format", "json"]);
    let big5 = planlint(
        dir.path(),
        &[
            "check",
            "big5.txt",
            "--format",
            "json",
            "--encoding",
            "big5-hkscs",
        ],
    );
    assert_eq!(utf8.status.code(), Some(1));
    assert_eq!(big5.status.code(), Some(1));
    let expected = positions(&utf8);
    for rule in ["malformed-date", "unknown-frequency"] {
        assert!(expected.iter().any(|p| p.contains(rule)), "{expected:?}");
    }
    assert_eq!(positions(&big5), expected);
    // The concise lines agree too, path aside.
    let concise = |file: &str, extra: &[&str]| {
        let mut args = vec!["check", file, "--format", "concise", "-q"];
        args.extend_from_slice(extra);
        String::from_utf8(planlint(dir.path(), &args).stdout)
            .unwrap()
            .replace(file, "FILE")
    };
    assert_eq!(
        concise("big5.txt", &["--encoding", "big5-hkscs"]),
        concise("utf8.txt", &[])
    );
}

#[test]
fn encoding_in_the_config_and_fix_leaves_big5_alone() {
    let text = planted();
    let dir = tempfile::tempdir().unwrap();
    let bytes = big5(&text);
    std::fs::write(
        dir.path().join("planlint.toml"),
        "encoding = \"big5-hkscs\"\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("big5.txt"), &bytes).unwrap();
    let out = planlint(
        dir.path(),
        &["check", "big5.txt", "--fix", "--format", "concise"],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("not applied"), "{err}");
    assert!(err.contains("Big5-HKSCS"), "{err}");
    assert_eq!(std::fs::read(dir.path().join("big5.txt")).unwrap(), bytes);
}
