//! Workspace rules: a rule declared here, outside the crate, reads every plan
//! of a run together and reports a finding in one plan that points into
//! another. Its cross-file label must reach every reporter: JSON names the
//! other file, SARIF lists it in `relatedLocations`, pretty output shows the
//! other file's lines.

use std::sync::Arc;

use planlint::cli::{Format, reporter};
use planlint::config::Settings;
use planlint::declare_rule;
use planlint::diagnostic::Severity;
use planlint::engine::{Engine, Event, Input, Options, Origin};
use planlint::report::{FileReport, Options as ReportOptions, Summary};
use planlint::rules::{Related, Workspace, WorkspaceFindings, WorkspaceRule};

declare_rule! {
    /// ## What it does
    /// Reports two plans with the same issuer and plan years.
    pub struct SamePlan => "same-plan", Some(Severity::Warning);
}

impl WorkspaceRule for SamePlan {
    fn reads(&self) -> &'static [Related] {
        &[Related::Copies]
    }

    fn check(&self, workspace: &Workspace<'_>, findings: &mut WorkspaceFindings<'_>) {
        for plan in workspace.plans {
            for other in workspace.plans {
                let (Some(title), Some(other_title)) =
                    (&plan.document.title, &other.document.title)
                else {
                    continue;
                };
                let same = plan.file != other.file
                    && plan.document.issuer.as_ref().map(|i| &i.text)
                        == other.document.issuer.as_ref().map(|i| &i.text)
                    && plan.document.years == other.document.years;
                if !same {
                    continue;
                }
                let finding = findings
                    .at(title.span, format!("`{}` is planned twice", title.text))
                    .with_label("this plan")
                    .with_secondary_in(other.file, other_title.span, "the same plan");
                findings.push(plan, finding);
            }
        }
    }
}

const PLAN: &str = "創新科技署\n\n2022至2024年的開放數據計劃\n\nA. 在 2022 年發放的局／部門數據集\n\n編號\t數據種類\t數據集名稱\t一般說明\t目標發放日期 (月/年)\t更新頻率\n1\t財經\t開支資料\t數據以 CSV 格式提供\t03/2022\t每年\n";

/// Both plans on disk, the first one checked and the second there for
/// comparison only; every format's output.
fn run(format: Format) -> String {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.txt"), dir.path().join("b.txt"));
    // `b` has two lines more above its title, so its label is on line 5.
    std::fs::write(&a, PLAN).unwrap();
    std::fs::write(&b, format!("\n\n{PLAN}")).unwrap();
    // English messages: these tests read them.
    let mut settings = Settings {
        lang: planlint::i18n::Lang::En,
        ..Settings::default()
    };
    settings.rules.insert("same-plan", Severity::Warning);
    let settings = Arc::new(settings);
    let inputs =
        [(a, "plans/a.txt", true), (b, "plans/b.txt", false)].map(|(path, shown, checked)| Input {
            path: shown.to_owned(),
            origin: Origin::File(path),
            settings: Ok(settings.clone()),
            checked,
        });
    let mut reporter = reporter(
        format,
        ReportOptions {
            color: false,
            width: Some(100),
        },
    );
    let mut out = Vec::new();
    let mut summary = Summary::default();
    reporter.begin(&mut out).unwrap();
    let rule = SamePlan;
    Engine::new()
        .with_workspace_rule(&rule)
        .run::<std::io::Error>(&inputs, &Options::default(), &mut |event, files| {
            let Event::Checked(report) = event else {
                panic!("{event:?}");
            };
            summary.add(report.diagnostics);
            reporter.file(
                &mut out,
                &FileReport {
                    path: report.path,
                    source: report.source,
                    index: report.index,
                    diagnostics: report.diagnostics,
                    others: files,
                    language: planlint::model::Language::En,
                },
            )
        })
        .unwrap();
    reporter.end(&mut out, &summary).unwrap();
    assert_eq!(summary.files, 1, "only the checked plan is reported on");
    String::from_utf8(out).unwrap()
}

#[test]
fn json_names_the_other_file() {
    let json: serde_json::Value = serde_json::from_str(&run(Format::Json)).unwrap();
    let findings = json["diagnostics"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{json:#}");
    let finding = &findings[0];
    assert_eq!(finding["rule"], "same-plan");
    assert_eq!(finding["path"], "plans/a.txt");
    assert_eq!(finding["severity"], "warning");
    assert_eq!(finding["start"]["line"], 3);
    let secondary = &finding["secondary"][0];
    assert_eq!(secondary["path"], "plans/b.txt");
    assert_eq!(secondary["start"]["line"], 5);
    assert_eq!(secondary["message"], "the same plan");
}

#[test]
fn sarif_relates_the_other_file() {
    let sarif: serde_json::Value = serde_json::from_str(&run(Format::Sarif)).unwrap();
    let result = &sarif["runs"][0]["results"][0];
    assert_eq!(
        result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "plans/a.txt"
    );
    let related = &result["relatedLocations"][0];
    assert_eq!(
        related["physicalLocation"]["artifactLocation"]["uri"],
        "plans/b.txt"
    );
    assert_eq!(related["physicalLocation"]["region"]["startLine"], 5);
    assert_eq!(related["message"]["text"], "the same plan");
}

#[test]
fn pretty_shows_both_files() {
    let pretty = run(Format::Pretty);
    assert!(pretty.contains("[plans/a.txt:3:1]"), "{pretty}");
    assert!(pretty.contains("[plans/b.txt:5:1]"), "{pretty}");
    assert!(
        pretty.contains(" 3 │ 2022至2024年的開放數據計劃"),
        "{pretty}"
    );
    assert!(
        pretty.contains(" 5 │ 2022至2024年的開放數據計劃"),
        "{pretty}"
    );
    assert!(pretty.contains("the same plan"), "{pretty}");
}

#[test]
fn one_line_formats_name_the_other_file() {
    let concise = run(Format::Concise);
    assert!(
        concise.contains("plans/a.txt:3:1: warning[same-plan]")
            && concise.contains("(see plans/b.txt:5:1: the same plan)"),
        "{concise}"
    );
    let github = run(Format::Github);
    assert!(
        github.contains("file=plans/a.txt") && github.contains("see plans/b.txt:5:1"),
        "{github}"
    );
}

/// A finding on a plan that is only there for comparison is not reported,
/// nor is one whose rule the plan's settings turn off.
#[test]
fn findings_only_on_checked_plans_with_the_rule_on() {
    let json: serde_json::Value = serde_json::from_str(&run(Format::Json)).unwrap();
    for finding in json["diagnostics"].as_array().unwrap() {
        assert_ne!(finding["path"], "plans/b.txt");
    }
}
