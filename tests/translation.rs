//! `translation-mismatch`: the language versions of one plan must agree.
//! The ITC seed and its English and Simplified renderings (line for line)
//! are copied into a scratch folder; each test plants one disagreement and
//! checks the finding lands on the right cell of the checked file, with a
//! second label on the same line of the other version.

use std::path::Path;
use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_planlint");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");

const HANT: &str = "plans/itc.txt";
const HANS: &str = "plans/itc.zh-Hans.txt";
const EN: &str = "plans/itc.en.txt";

/// A scratch folder with the three versions, after `edit` changed them.
fn family(edit: impl FnOnce(&mut [Vec<String>; 3])) -> tempfile::TempDir {
    let read = |path: &str| -> Vec<String> {
        std::fs::read_to_string(Path::new(ROOT).join(path))
            .unwrap()
            .split('\n')
            .map(str::to_owned)
            .collect()
    };
    let mut texts = [
        read("seeds/itc-2022-2024.txt"),
        read("tests/fixtures/plans/itc-2022-2024.zh-Hans.txt"),
        read("tests/fixtures/plans/itc-2022-2024.en.txt"),
    ];
    edit(&mut texts);
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("plans")).unwrap();
    for (path, lines) in [HANT, HANS, EN].iter().zip(&texts) {
        std::fs::write(dir.path().join(path), lines.join("\n")).unwrap();
    }
    dir
}

/// Replaces cell `cell` of 1-based line `line`.
fn set_cell(lines: &mut [String], line: usize, cell: usize, text: &str) {
    let mut cells: Vec<String> = lines[line - 1].split('\t').map(str::to_owned).collect();
    text.clone_into(&mut cells[cell]);
    lines[line - 1] = cells.join("\t");
}

fn check(dir: &Path, args: &[&str]) -> (Option<i32>, String) {
    let out = Command::new(BIN)
        .arg("check")
        .args(args)
        .current_dir(dir)
        .env_remove("GITHUB_STEP_SUMMARY")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    (out.status.code(), String::from_utf8(out.stdout).unwrap())
}

/// The translation-mismatch findings of checking `file` alone, as JSON.
fn mismatches(dir: &Path, file: &str) -> Vec<serde_json::Value> {
    let (_, out) = check(dir, &[file, "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["rule"] == "translation-mismatch")
        .cloned()
        .collect()
}

#[test]
fn the_three_versions_agree() {
    let dir = family(|_| {});
    let (code, out) = check(dir.path(), &["plans", "--format", "concise"]);
    assert_eq!(code, Some(0), "{out}");
    assert_eq!(out, "");
}

#[test]
fn a_date_changed_in_the_english_version_only() {
    let dir = family(|[_, _, en]| set_cell(en, 13, 2, "03/2022"));
    let found = mismatches(dir.path(), EN);
    assert_eq!(found.len(), 1, "{found:#?}");
    let finding = &found[0];
    assert_eq!(finding["path"], EN);
    assert_eq!(finding["start"]["line"], 13);
    assert!(
        finding["message"]
            .as_str()
            .unwrap()
            .contains("`03/2022` differs from `02/2022`"),
        "{finding}"
    );
    // One label in each other version, on the same row.
    let labels: Vec<(&str, u64)> = finding["secondary"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                l["path"].as_str().unwrap(),
                l["start"]["line"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(labels, [(HANT, 13), (HANS, 13)]);
    // Checking the Chinese version reports it there too.
    let found = mismatches(dir.path(), HANT);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0]["start"]["line"], 13);
    assert_eq!(found[0]["secondary"][0]["path"], EN);
}

#[test]
fn a_row_missing_from_the_simplified_version() {
    let dir = family(|[_, hans, _]| {
        hans.remove(34); // row 3 of section D, line 35
    });
    let found = mismatches(dir.path(), HANS);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0]["message"].as_str().unwrap().starts_with("row 3 "),
        "{}",
        found[0]
    );
    assert_eq!(found[0]["start"]["line"], 30, "at the table's header");
    let label = found[0]["secondary"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["path"] == HANT)
        .expect("a label in the Traditional Chinese version");
    assert_eq!(label["start"]["line"], 35);
    let found = mismatches(dir.path(), HANT);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0]["start"]["line"], 35, "at the row's number");
    assert_eq!(found[0]["secondary"][0]["path"], HANS);
}

#[test]
fn monthly_against_quarterly() {
    let dir = family(|[hant, _, _]| set_cell(hant, 34, 3, "每季"));
    let found = mismatches(dir.path(), EN);
    assert_eq!(found.len(), 1, "{found:#?}");
    let message = found[0]["message"].as_str().unwrap();
    assert!(
        message.contains("`Monthly` differs from `每季`"),
        "{message}"
    );
    assert_eq!(found[0]["start"]["line"], 34);
    assert_eq!(found[0]["secondary"][0]["path"], HANT);
}

#[test]
fn a_category_that_differs_by_id() {
    let dir = family(|[_, _, en]| {
        let line = en[10].replacen(
            "Information Technology and Broadcasting /",
            "Commerce and Industry /",
            1,
        );
        en[10] = line;
    });
    let found = mismatches(dir.path(), EN);
    assert_eq!(found.len(), 1, "{found:#?}");
    let message = found[0]["message"].as_str().unwrap();
    assert!(message.contains("`Commerce and Industry`"), "{message}");
    assert_eq!(found[0]["start"]["line"], 11);
    assert_eq!(found[0]["secondary"][0]["start"]["line"], 11);
}

/// A category written in another language's name, or by a former name, is
/// the same category: 財經 is Finance, 資訊科技及廣播 is its current name's id.
#[test]
fn categories_are_compared_by_id() {
    let dir = family(|[_, _, en]| {
        en[10] = en[10].replacen(
            "Information Technology and Broadcasting /",
            "Technology and Broadcasting /",
            1,
        );
    });
    assert!(mismatches(dir.path(), EN).is_empty());
}

#[test]
fn an_extra_not_applicable_table() {
    let dir = family(|[_, _, en]| {
        // A second table in section C, under an organisation's heading.
        let header = en[24].clone();
        for (at, line) in [
            (26, String::new()),
            (27, "(1) Hong Kong Productivity Council".to_owned()),
            (28, String::new()),
            (29, header),
            (30, "\tN.A.\t\t\t".to_owned()),
        ] {
            en.insert(at, line);
        }
    });
    let found = mismatches(dir.path(), EN);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0]["start"]["line"], 30, "at the extra table's header");
    assert_eq!(found[0]["secondary"][0]["path"], HANT);
}

/// The pre-commit hook passes only the changed file: the other versions are
/// read from disk. Without them there is nothing to compare, and no error.
#[test]
fn one_changed_file_is_compared_with_the_versions_on_disk() {
    let dir = family(|[_, _, en]| set_cell(en, 13, 2, "03/2022"));
    let (code, out) = check(dir.path(), &[EN, "--format", "concise"]);
    assert_eq!(code, Some(1));
    assert!(out.contains("plans/itc.en.txt:13:"), "{out}");
    assert!(out.contains("(see plans/itc.txt:13:"), "{out}");
    std::fs::remove_file(dir.path().join(HANT)).unwrap();
    std::fs::remove_file(dir.path().join(HANS)).unwrap();
    let (code, out) = check(dir.path(), &[EN, "--format", "concise"]);
    assert_eq!((code, out.as_str()), (Some(0), ""));
}

#[test]
fn sarif_and_github_name_the_other_file() {
    let dir = family(|[_, _, en]| set_cell(en, 13, 2, "03/2022"));
    let (_, sarif) = check(dir.path(), &[EN, "--format", "sarif"]);
    let sarif: serde_json::Value = serde_json::from_str(&sarif).unwrap();
    let result = &sarif["runs"][0]["results"][0];
    assert_eq!(result["ruleId"], "translation-mismatch");
    let related: Vec<&str> = result["relatedLocations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            l["physicalLocation"]["artifactLocation"]["uri"]
                .as_str()
                .unwrap()
        })
        .collect();
    assert_eq!(related, [HANT, HANS]);
    let (_, github) = check(dir.path(), &[EN, "--format", "github"]);
    assert!(github.contains("file=plans/itc.en.txt,line=13"), "{github}");
    assert!(github.contains("see plans/itc.txt:13:"), "{github}");
}

/// The ITIB seed (an integrated plan with spatial and non-spatial tables and
/// a footer) and its renderings agree too.
#[test]
fn the_itib_versions_agree() {
    let dir = tempfile::tempdir().unwrap();
    for (from, to) in [
        ("seeds/itib-2024-2026.txt", "itib.txt"),
        ("tests/fixtures/plans/itib-2024-2026.en.txt", "itib.en.txt"),
        (
            "tests/fixtures/plans/itib-2024-2026.zh-Hans.txt",
            "itib.zh-Hans.txt",
        ),
    ] {
        std::fs::copy(Path::new(ROOT).join(from), dir.path().join(to)).unwrap();
    }
    let (code, out) = check(dir.path(), &[".", "--format", "concise"]);
    assert_eq!((code, out.as_str()), (Some(0), ""));
}
