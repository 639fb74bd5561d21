//! Every output format over one fixed set of findings, and their columns.
//!
//! The findings are built by hand over a small Chinese plan, so these
//! snapshots change only when a reporter does, never when rules come or go.
//! They cover a message with `%`, `:`, `,` and a line break, a secondary
//! label, a fix, all three severities, a clean file, and findings after
//! Chinese text and after U+20000 (outside the Basic Multilingual Plane),
//! where UTF-8, UTF-16 and Unicode scalar value columns all differ.

use std::io::Write;

use planlint::cli::{Format, reporter};
use planlint::diagnostic::{Diagnostic, Severity};
use planlint::line_index::LineIndex;
use planlint::model::Span;
use planlint::report::{FileReport, Github, Options, Reporter, Sarif, Summary, Unreadable};
use planlint::rules::RuleMeta;

const PLAN_PATH: &str = "plans/創新 科技.txt";
const PLAN: &str = "創新科技及工業局

2024-2026年度整合開放數據計劃

A. 在 2024 年發放的局／部門數據集

編號\t數據種類\t數據集名稱\t一般說明\t目標發放日期 (月/年)\t更新頻率
1\t科技及廣播\t智慧生活資料\t數據以 CSV 格式提供\t3/2024\t每季
2\t科技及廣播\t\u{20000}字資料\t數據以 PDF 格式提供\t04/2024\t每兩年
1\t財經\t公司名單\t數據以 JSON 格式提供\t05/2024\t每年
";

const OTHER_PATH: &str = "plans/a-other.txt";
const OTHER: &str = "局\n\n沒有標題的行\n";

const CLEAN_PATH: &str = "plans/清潔.txt";
const CLEAN: &str = "創新科技署\n\n2022至2024年的開放數據計劃\n";

/// The span of the `nth` (0-based) occurrence of `needle` in `text`.
fn span_of(text: &str, needle: &str, nth: usize) -> Span {
    let offset = text
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("`{needle}` occurs fewer than {} times", nth + 1))
        .0;
    Span::new(offset, offset + needle.len())
}

/// The `nth` (0-based) number cell `1` of the plan.
fn number_cell(nth: usize) -> Span {
    let offset = span_of(PLAN, "\n1\t", nth).offset() + 1;
    Span::new(offset, offset + 1)
}

fn with_severity(mut d: Diagnostic, severity: Severity) -> Diagnostic {
    d.severity = severity;
    d
}

fn plan_findings() -> Vec<Diagnostic> {
    vec![
        Diagnostic::new(
            "malformed-date",
            span_of(PLAN, "3/2024", 0),
            "date `3/2024` is not `MM/YYYY`",
        )
        .with_label("the month needs two digits")
        .with_help("write `03/2024`")
        .with_fix("write the month with two digits", span_of(PLAN, "3/2024", 0), "03/2024"),
        with_severity(
            Diagnostic::new(
                "missing-format",
                span_of(PLAN, "數據以 PDF 格式提供", 0),
                "no machine-readable format in the description",
            )
            .with_note("PDF is for people, not machines"),
            Severity::Info,
        ),
        with_severity(
            Diagnostic::new(
                "unknown-frequency",
                span_of(PLAN, "每兩年", 0),
                "unknown frequency `每兩年`: 100% of known ones, e.g. `每年`, differ\nsee `planlint rule unknown-frequency`",
            )
            .with_help("use a frequency of the vocabulary, or add `每兩年` to it"),
            Severity::Warning,
        ),
        Diagnostic::new(
            "duplicate-number",
            number_cell(1),
            "number `1` is used twice in this table",
        )
        .with_label("used again here")
        .with_secondary(number_cell(0), "first used here")
        .with_help("number the rows 1, 2, 3, … in order"),
    ]
}

fn other_findings() -> Vec<Diagnostic> {
    vec![
        Diagnostic::new(
            "unrecognized-line",
            span_of(OTHER, "沒有標題的行", 0),
            "unrecognized line `沒有標題的行`",
        )
        .with_label("text between tables that is no heading or note"),
    ]
}

/// Test rules standing in for the registry, so the SARIF snapshot does not
/// change when rules are added. `unrecognized-line` is left out on purpose:
/// a finding of a rule the driver does not list still gets a rule entry.
static TEST_RULES: [RuleMeta; 4] = [
    RuleMeta {
        id: "duplicate-number",
        name: "DuplicateNumber",
        default: Some(Severity::Error),
        raw_docs: " ## What it does\n Reports a number used twice in one table.\n\n ## Why is this bad?\n Readers cite rows by number.\n",
        module: "tests::report",
    },
    RuleMeta {
        id: "malformed-date",
        name: "MalformedDate",
        default: Some(Severity::Error),
        raw_docs: " ## What it does\n Reports a date that is not `MM/YYYY`.\n",
        module: "tests::report",
    },
    RuleMeta {
        id: "missing-format",
        name: "MissingFormat",
        default: None,
        raw_docs: " Reports a row that names no machine-readable format.\n",
        module: "tests::report",
    },
    RuleMeta {
        id: "unknown-frequency",
        name: "UnknownFrequency",
        default: Some(Severity::Warning),
        raw_docs: " ## What it does\n Reports an update frequency\n outside the vocabulary.\n",
        module: "tests::report",
    },
];

/// Runs `reporter` over the three files, in the order `check` sends them.
fn render(reporter: &mut dyn Reporter) -> String {
    let files = [
        (OTHER_PATH, OTHER, other_findings()),
        (PLAN_PATH, PLAN, plan_findings()),
        (CLEAN_PATH, CLEAN, Vec::new()),
    ];
    let mut out = Vec::new();
    let mut summary = Summary::default();
    reporter.begin(&mut out).unwrap();
    for (path, source, mut diagnostics) in files {
        diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        summary.add(&diagnostics);
        let index = LineIndex::new(source);
        reporter
            .file(
                &mut out,
                &FileReport {
                    path,
                    source,
                    index: &index,
                    diagnostics: &diagnostics,
                    others: &(),
                    language: planlint::model::Language::En,
                },
            )
            .unwrap();
    }
    reporter.end(&mut out, &summary).unwrap();
    out.flush().unwrap();
    String::from_utf8(out).unwrap()
}

fn render_format(format: Format) -> String {
    render(&mut *reporter(
        format,
        Options {
            color: false,
            width: Some(100),
        },
    ))
}

fn render_sarif() -> String {
    let rules = TEST_RULES.iter().collect();
    render(&mut Sarif::new(rules)).replace(env!("CARGO_PKG_VERSION"), "[version]")
}

#[test]
fn pretty() {
    insta::assert_snapshot!(render_format(Format::Pretty));
}

#[test]
fn concise() {
    insta::assert_snapshot!(render_format(Format::Concise));
}

#[test]
fn json() {
    insta::assert_snapshot!(render_format(Format::Json));
}

#[test]
fn github() {
    insta::assert_snapshot!(render(&mut Github::new(None)));
}

#[test]
fn github_step_summary() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("summary.md");
    std::fs::write(&path, "earlier step\n").unwrap();
    let annotations = render(&mut Github::new(Some(path.clone())));
    assert_eq!(annotations, render(&mut Github::new(None)));
    let summary = std::fs::read_to_string(&path).unwrap();
    assert!(summary.starts_with("earlier step\n## planlint"), "appends");
    insta::assert_snapshot!(summary);
}

#[test]
fn sarif() {
    insta::assert_snapshot!(render_sarif());
}

#[test]
fn gitlab() {
    insta::assert_snapshot!(render_format(Format::Gitlab));
}

#[test]
fn junit() {
    insta::assert_snapshot!(render_format(Format::Junit));
}

#[test]
fn checkstyle() {
    insta::assert_snapshot!(render_format(Format::Checkstyle));
}

#[test]
fn rdjson() {
    insta::assert_snapshot!(render_format(Format::Rdjson));
}

#[test]
fn rdjsonl() {
    insta::assert_snapshot!(render_format(Format::Rdjsonl));
}

/// A clean file, then a file that could not be checked, as `check` sends them.
fn render_unreadable(reporter: &mut dyn Reporter) -> String {
    let mut out = Vec::new();
    let mut summary = Summary::default();
    reporter.begin(&mut out).unwrap();
    summary.add(&[]);
    let index = LineIndex::new(CLEAN);
    reporter
        .file(
            &mut out,
            &FileReport {
                path: CLEAN_PATH,
                source: CLEAN,
                index: &index,
                diagnostics: &[],
                others: &(),
                language: planlint::model::Language::En,
            },
        )
        .unwrap();
    summary.unreadable += 1;
    reporter
        .unreadable(
            &mut out,
            &Unreadable {
                path: "plans/管道, 100%.txt",
                reason: "cannot read: not a regular file (a FIFO)",
            },
        )
        .unwrap();
    reporter.end(&mut out, &summary).unwrap();
    String::from_utf8(out)
        .unwrap()
        .replace(env!("CARGO_PKG_VERSION"), "[version]")
}

/// A FIFO, a dangling link or an unreadable file was skipped, or said only
/// on standard error: every format now carries it, with its reason.
#[test]
fn every_format_reports_a_file_it_could_not_check() {
    let options = Options {
        color: false,
        width: Some(100),
    };
    for format in [
        Format::Pretty,
        Format::Concise,
        Format::Json,
        Format::Github,
        Format::Gitlab,
        Format::Junit,
        Format::Checkstyle,
        Format::Rdjson,
        Format::Rdjsonl,
    ] {
        let text = render_unreadable(&mut *reporter(format, options));
        assert!(
            text.contains("not a regular file (a FIFO)"),
            "{format:?}: {text}"
        );
        insta::assert_snapshot!(format!("unreadable_{}", format.name()), text);
    }
    let sarif = render_unreadable(&mut Sarif::new(TEST_RULES.iter().collect()));
    insta::assert_snapshot!("unreadable_sarif", sarif);
    let summary = tempfile::tempdir().unwrap();
    let path = summary.path().join("summary.md");
    render_unreadable(&mut Github::new(Some(path.clone())));
    insta::assert_snapshot!(
        "unreadable_github_step_summary",
        std::fs::read_to_string(path).unwrap()
    );
}

#[test]
fn github_prints_errors_first_and_keeps_order_within_a_severity() {
    let output = render(&mut Github::new(None));
    let kinds: Vec<&str> = output
        .lines()
        .map(|l| l.split_once(' ').unwrap().0)
        .collect();
    assert_eq!(
        kinds,
        ["::error", "::error", "::error", "::warning", "::notice"]
    );
    let error_lines: Vec<&str> = output.lines().take(3).collect();
    assert!(error_lines[0].contains("file=plans/a-other.txt,line=3,"));
    assert!(error_lines[1].contains("line=8,"));
    assert!(error_lines[2].contains("line=10,"));
}

#[test]
fn json_outputs_parse_and_xml_outputs_are_well_formed() {
    for format in [Format::Json, Format::Gitlab, Format::Rdjson] {
        let text = render_format(format);
        serde_json::from_str::<serde_json::Value>(&text)
            .unwrap_or_else(|e| panic!("{format:?}: {e}\n{text}"));
    }
    for line in render_format(Format::Rdjsonl).lines() {
        serde_json::from_str::<serde_json::Value>(line).unwrap();
    }
    serde_json::from_str::<serde_json::Value>(&render_sarif()).unwrap();
    for format in [Format::Junit, Format::Checkstyle] {
        let text = render_format(format);
        assert!(!text.contains('\r') && !text.contains("%0A"));
        // Every `<` opens markup: no message text leaks unescaped.
        let opened = text.matches('<').count();
        let closed = text.matches('>').count();
        assert_eq!(opened, closed, "{format:?}");
    }
}

/// A finding's 1-based line and column in each unit, counted here
/// independently of the line index.
struct Expected {
    line: usize,
    chars: usize,
    utf16: usize,
    utf8: usize,
}

fn expected(span: Span) -> Expected {
    let before = &PLAN[..span.offset()];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let prefix = &PLAN[line_start..span.offset()];
    Expected {
        line: before.matches('\n').count() + 1,
        chars: prefix.chars().count() + 1,
        utf16: prefix.encode_utf16().count() + 1,
        utf8: prefix.len() + 1,
    }
}

/// `(line, column)` of the first finding of `rule` in each format, for the plan file.
fn positions(rule: &str) -> Vec<(&'static str, usize, usize)> {
    let mut found = Vec::new();

    let json: serde_json::Value = serde_json::from_str(&render_format(Format::Json)).unwrap();
    let d = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["rule"] == rule)
        .unwrap();
    found.push((
        "json",
        as_usize(&d["start"]["line"]),
        as_usize(&d["start"]["column"]),
    ));

    let github = render(&mut Github::new(None));
    let command = github
        .lines()
        .find(|l| l.contains(&format!("title=planlint({rule})")))
        .unwrap();
    let property = |name: &str| -> usize {
        command
            .split_once("::")
            .unwrap()
            .1
            .split([' ', ','])
            .find_map(|p| p.strip_prefix(&format!("{name}=")))
            .unwrap()
            .parse()
            .unwrap()
    };
    found.push(("github", property("line"), property("col")));

    let concise = render_format(Format::Concise);
    let at = concise
        .lines()
        .find(|l| l.contains(&format!("[{rule}]")))
        .unwrap()
        .strip_prefix(&format!("{PLAN_PATH}:"))
        .unwrap();
    let mut parts = at.split(':');
    found.push((
        "concise",
        parts.next().unwrap().parse().unwrap(),
        parts.next().unwrap().parse().unwrap(),
    ));

    let pretty = render_format(Format::Pretty);
    let header = pretty
        .lines()
        .skip_while(|l| *l != rule)
        .find_map(|l| l.split_once(&format!("╭─[{PLAN_PATH}:")))
        .unwrap()
        .1
        .trim_end_matches(']');
    let (line, column) = header.split_once(':').unwrap();
    found.push(("pretty", line.parse().unwrap(), column.parse().unwrap()));

    let sarif: serde_json::Value = serde_json::from_str(&render_sarif()).unwrap();
    assert_eq!(sarif["runs"][0]["columnKind"], "utf16CodeUnits");
    let result = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["ruleId"] == rule)
        .unwrap();
    let region = &result["locations"][0]["physicalLocation"]["region"];
    found.push((
        "sarif",
        as_usize(&region["startLine"]),
        as_usize(&region["startColumn"]),
    ));

    let rdjson: serde_json::Value = serde_json::from_str(&render_format(Format::Rdjson)).unwrap();
    let d = rdjson["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"]["value"] == rule)
        .unwrap();
    let start = &d["location"]["range"]["start"];
    found.push((
        "rdjson",
        as_usize(&start["line"]),
        as_usize(&start["column"]),
    ));

    let checkstyle = render_format(Format::Checkstyle);
    let error = checkstyle
        .lines()
        .find(|l| l.contains(&format!("source=\"planlint.{rule}\"")))
        .unwrap();
    let attr = |name: &str| -> usize {
        error
            .split(&format!(" {name}=\""))
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .parse()
            .unwrap()
    };
    found.push(("checkstyle", attr("line"), attr("column")));
    found
}

fn as_usize(value: &serde_json::Value) -> usize {
    usize::try_from(value.as_u64().unwrap()).unwrap()
}

#[test]
fn every_format_puts_a_finding_at_the_same_place_in_its_documented_unit() {
    // After U+20000 on the same line: bytes, UTF-16 code units and scalar
    // values all differ, so each format must use its own documented unit.
    let span = span_of(PLAN, "每兩年", 0);
    let want = expected(span);
    assert!(want.chars < want.utf16 && want.utf16 < want.utf8);
    for (format, line, column) in positions("unknown-frequency") {
        assert_eq!(line, want.line, "{format}");
        let unit = match format {
            // SARIF's columnKind is utf16CodeUnits.
            "sarif" => want.utf16,
            // reviewdog counts UTF-8 bytes.
            "rdjson" => want.utf8,
            // json, github, concise, pretty and checkstyle count Unicode scalar values.
            _ => want.chars,
        };
        assert_eq!(column, unit, "{format}");
    }

    // After Chinese text only: UTF-16 and scalar values agree, so json,
    // github, concise, pretty, checkstyle and sarif give the very same column.
    let want = expected(span_of(PLAN, "3/2024", 0));
    assert_eq!(want.chars, want.utf16);
    assert!(want.utf8 > want.chars);
    for (format, line, column) in positions("malformed-date") {
        assert_eq!(line, want.line, "{format}");
        let unit = if format == "rdjson" {
            want.utf8
        } else {
            want.chars
        };
        assert_eq!(column, unit, "{format}");
    }
}

/// A plan whose data row comes before any header row.
const BROKEN_PLAN: &str = "創新科技及工業局

2024-2026年度整合開放數據計劃（包含空間數據計劃）

A. 在 2024 年發放的局／部門數據集

1\t科技及廣播\t數據集\t說明 CSV\t03/2024\t每年
";

/// Microsoft's SARIF validator: from `PATH` where `.ci/run` put it, else via npx.
fn sarif_multitool() -> std::process::Command {
    let installed = std::process::Command::new("sarif-multitool")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if installed {
        return std::process::Command::new("sarif-multitool");
    }
    let mut npx = std::process::Command::new("npx");
    npx.args(["--yes", "@microsoft/sarif-multitool"]);
    npx
}

/// Validates `dir/name` and returns the validator's error-level findings.
fn sarif_validator_errors(dir: &std::path::Path, name: &str) -> Vec<String> {
    let report = format!("{name}.validation.sarif");
    // Relative names: the npm wrapper passes its arguments through a shell.
    let output = sarif_multitool()
        .args(["validate", name, "-o", &report])
        .current_dir(dir)
        .output()
        .expect("run sarif-multitool");
    assert!(
        output.status.success(),
        "sarif-multitool failed: {}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join(report)).unwrap()).unwrap();
    report["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        // A result without a level is a warning.
        .filter(|r| r["level"] == "error")
        .map(|r| format!("{} {}", r["ruleId"], r["message"]))
        .collect()
}

#[test]
#[ignore = "needs npx @microsoft/sarif-multitool"]
fn sarif_passes_microsofts_validator() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("broken.txt"), BROKEN_PLAN).unwrap();
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_planlint"))
        .args(["check", "--no-config", "--format", "sarif", "broken.txt"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(
        run.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let sarif: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    assert!(
        !sarif["runs"][0]["results"].as_array().unwrap().is_empty(),
        "the broken plan has findings"
    );
    std::fs::write(dir.path().join("cli.sarif"), &run.stdout).unwrap();
    assert_eq!(
        sarif_validator_errors(dir.path(), "cli.sarif"),
        Vec::<String>::new()
    );

    // A file that cannot be checked is a tool execution notification.
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_planlint"))
        .args([
            "check",
            "--no-config",
            "--format",
            "sarif",
            "broken.txt",
            "missing.txt",
        ])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(2));
    let sarif: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(
        sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"][0]["descriptor"]["id"],
        "file-error"
    );
    std::fs::write(dir.path().join("unreadable.sarif"), &run.stdout).unwrap();
    assert_eq!(
        sarif_validator_errors(dir.path(), "unreadable.sarif"),
        Vec::<String>::new()
    );

    // The hand-built findings add related locations, fixes, percent-encoded
    // URIs and a rule missing from the driver's list.
    std::fs::write(dir.path().join("fixed.sarif"), render_sarif()).unwrap();
    assert_eq!(
        sarif_validator_errors(dir.path(), "fixed.sarif"),
        Vec::<String>::new()
    );
}
