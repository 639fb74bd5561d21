//! A UTF-8 byte order mark moves no column: every finding on line 1 of a file
//! with one is reported exactly where it is in the same file without one.
//!
//! Regression: the grammar started line 1 after the byte order mark but the
//! line index did not, so every finding on line 1 was one column off
//! (`printf '\xef\xbb\xbf1\tx\n' | planlint check - --format concise`
//! printed `-:1:2`).

use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_planlint");

const FORMATS: [&str; 10] = [
    "pretty",
    "concise",
    "json",
    "github",
    "sarif",
    "gitlab",
    "junit",
    "checkstyle",
    "rdjson",
    "rdjsonl",
];

/// Findings on line 1, after Chinese text (so byte, UTF-16 and character
/// columns differ), and on a later line.
const PLAN: &str = "創新科技署\t3/2024\n\n2022至2024年的開放數據計劃\n";

fn check(dir: &std::path::Path, format: &str) -> String {
    let out = Command::new(BIN)
        .args([
            "check",
            "--no-config",
            "--color",
            "never",
            "--format",
            format,
        ])
        .arg("plan.txt")
        .current_dir(dir)
        .env_remove("GITHUB_STEP_SUMMARY")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{format}");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn a_bom_moves_no_column_in_any_format() {
    let plain = tempfile::tempdir().unwrap();
    let bom = tempfile::tempdir().unwrap();
    std::fs::write(plain.path().join("plan.txt"), PLAN).unwrap();
    std::fs::write(bom.path().join("plan.txt"), format!("\u{feff}{PLAN}")).unwrap();
    for format in FORMATS {
        let without = check(plain.path(), format);
        let with = check(bom.path(), format);
        assert!(without.contains(":1:") || format != "concise", "{without}");
        if format == "json" {
            // Only the byte spans move, by the three bytes of the mark.
            let without: serde_json::Value = serde_json::from_str(&without).unwrap();
            let with: serde_json::Value = serde_json::from_str(&with).unwrap();
            let findings = |v: &serde_json::Value| v["diagnostics"].clone();
            let (without, with) = (findings(&without), findings(&with));
            assert!(!without.as_array().unwrap().is_empty());
            for (a, b) in without
                .as_array()
                .unwrap()
                .iter()
                .zip(with.as_array().unwrap())
            {
                assert_eq!(a["start"], b["start"], "{a} {b}");
                assert_eq!(a["end"], b["end"], "{a} {b}");
                assert_eq!(
                    a["span"]["offset"].as_u64().unwrap() + 3,
                    b["span"]["offset"].as_u64().unwrap()
                );
            }
            continue;
        }
        assert_eq!(without, with, "{format}");
    }
}
