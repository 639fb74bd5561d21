//! The promise ledger over a family of three successive plans of one issuer
//! (tests/fixtures/families/c-and-sd): between them, datasets are released
//! on time and late, rescheduled twice, dropped (one due, one not yet due
//! when the next plan came out), and released with no promise; a release
//! date changes from one plan's section D to the next.

use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_planlint");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const FAMILY: &str = "tests/fixtures/families/c-and-sd";

/// Runs planlint; `check` and `ledger` write in English, which these tests read.
fn planlint(args: &[&str]) -> (Option<i32>, String, String) {
    let mut args = args.to_vec();
    if matches!(args.first(), Some(&("check" | "ledger"))) {
        args.splice(1..1, ["--lang", "en"]);
    }
    let out = Command::new(BIN)
        .args(args)
        .current_dir(ROOT)
        .env_remove("GITHUB_STEP_SUMMARY")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn ledger_json() {
    let (code, out, err) = planlint(&["ledger", FAMILY, "--as-of", "2024-06", "--format", "json"]);
    assert_eq!(code, Some(0), "{err}");
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let status = |dataset: &str| {
        json["entries"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["dataset"].as_str().unwrap().starts_with(dataset))
            .map(|e| e["status"].as_str().unwrap().to_owned())
    };
    assert_eq!(status("人口統計資料").as_deref(), Some("released-on-time"));
    assert_eq!(status("住戶統計資料").as_deref(), Some("released-late"));
    assert_eq!(status("物價指數資料").as_deref(), Some("rescheduled"));
    assert_eq!(status("職位空缺資料").as_deref(), Some("dropped"));
    assert_eq!(
        status("空氣質素資料").as_deref(),
        Some("unpromised-release")
    );
    // Released before any plan of the family: history, not a promise.
    assert_eq!(status("舊人口資料"), None);
    insta::assert_snapshot!(out);
}

#[test]
fn ledger_pretty_and_csv() {
    let (code, out, _) = planlint(&["ledger", FAMILY, "--as-of", "2024-06"]);
    assert_eq!(code, Some(0));
    for line in out.lines() {
        let width = unicode_width::UnicodeWidthStr::width(line);
        assert!(width <= 100, "{width} columns: {line}");
    }
    insta::assert_snapshot!("ledger_pretty", out);
    let (code, out, _) = planlint(&["ledger", FAMILY, "--as-of", "2024-06", "--format", "csv"]);
    assert_eq!(code, Some(0));
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    assert_eq!(reader.records().count(), 7);
    insta::assert_snapshot!("ledger_csv", out);
}

/// An overdue promise depends on the month the ledger is read at.
#[test]
fn as_of_decides_what_is_overdue() {
    let (_, early, _) = planlint(&["ledger", FAMILY, "--as-of", "2024-06", "--format", "csv"]);
    let (_, late, _) = planlint(&["ledger", FAMILY, "--as-of", "2024-07", "--format", "csv"]);
    assert!(early.contains("物價指數資料") && early.contains(",rescheduled,"));
    assert!(late.contains(",overdue,"), "{late}");
    let (code, _, err) = planlint(&["ledger", FAMILY, "--as-of", "06/2024"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("YYYY-MM"), "{err}");
}

#[test]
fn findings_point_at_the_earlier_plan() {
    let (code, out, err) = planlint(&["check", FAMILY, "--format", "concise"]);
    assert_eq!(code, Some(0), "warnings only: {err}");
    insta::assert_snapshot!("family_findings", out);
    let (_, json, _) = planlint(&["check", FAMILY, "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let findings = json["diagnostics"].as_array().unwrap();
    let rules: Vec<&str> = findings
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert_eq!(rules, ["promise-dropped", "release-date-changed"]);
    assert_eq!(findings[0]["path"], format!("{FAMILY}/2023-2025.txt"));
    assert_eq!(
        findings[0]["secondary"][0]["path"],
        format!("{FAMILY}/2022-2024.txt")
    );
    assert_eq!(findings[1]["path"], format!("{FAMILY}/2024-2026.txt"));
    assert_eq!(
        findings[1]["secondary"][0]["path"],
        format!("{FAMILY}/2023-2025.txt")
    );
}

/// Checking only the latest plan still compares it with the plans beside
/// it on disk, and reports only on the plan being checked.
#[test]
fn one_plan_is_checked_against_the_plans_beside_it() {
    let (_, out, _) = planlint(&[
        "check",
        &format!("{FAMILY}/2024-2026.txt"),
        "--format",
        "concise",
    ]);
    assert!(
        out.contains("2024-2026.txt:25:26: warning[release-date-changed]"),
        "{out}"
    );
    assert!(!out.contains("2023-2025.txt:20"), "{out}");
}
