//! Every rule against its fixtures: `fires.txt` must fire, `passes.txt` must
//! not, each checked with only that rule enabled; pretty and JSON output are
//! snapshotted. The documented examples are linted too.

mod common;

use std::path::Path;

use planlint::cli::Format;
use planlint::rules::registry::RULES;

fn rule_of(path: &Path) -> &'static str {
    let dir = path
        .parent()
        .unwrap()
        .file_name()
        .unwrap()
        .to_str()
        .unwrap();
    RULES
        .iter()
        .map(|r| r.meta().id)
        .find(|id| *id == dir)
        .unwrap_or_else(|| panic!("fixture folder `{dir}` names no rule"))
}

#[test]
fn fixtures() {
    insta::glob!("fixtures/rules/*/*.txt", |path| {
        let id = rule_of(path);
        let source = std::fs::read_to_string(path).unwrap();
        let checked = planlint::check(&source, &common::only(&[id]));
        let name = format!("{id}/{}", path.file_name().unwrap().to_str().unwrap());
        let fires = name.ends_with("fires.txt");
        if fires {
            assert!(
                checked.diagnostics.iter().any(|d| d.rule == id),
                "{name} does not fire"
            );
        } else {
            assert!(
                checked.diagnostics.is_empty(),
                "{name} fires: {:#?}",
                checked.diagnostics
            );
        }
        insta::assert_snapshot!(
            "pretty",
            common::render(Format::Pretty, &name, &source, &checked.diagnostics)
        );
        insta::assert_snapshot!(
            "json",
            common::render(Format::Json, &name, &source, &checked.diagnostics)
        );
    });
}

/// Examples in rule docs are table fragments, shown inside section A of a
/// 2024–2026 plan unless they carry their own section headings.
fn wrap(example: &str) -> String {
    let has_section = example.lines().any(|l| {
        l.len() > 2 && l.as_bytes()[1] == b'.' && (b'A'..=b'D').contains(&l.as_bytes()[0])
    });
    if has_section {
        example.to_owned()
    } else {
        format!(
            "創新科技及工業局\n\n2024-2026年度開放數據計劃\n\nA. 在 2024 年發放的局／部門數據集\n\n{example}"
        )
    }
}

#[test]
fn documented_examples_fire_and_their_fixes_do_not() {
    for rule in RULES {
        let meta = rule.meta();
        let examples = meta.examples();
        assert_eq!(
            examples.len(),
            2,
            "{}: the Example section needs a bad and a fixed block",
            meta.id
        );
        let settings = common::only(&[meta.id]);
        let bad = planlint::check(&wrap(&examples[0]), &settings);
        assert!(
            bad.diagnostics.iter().any(|d| d.rule == meta.id),
            "{}: the documented bad example does not fire",
            meta.id
        );
        let good = planlint::check(&wrap(&examples[1]), &settings);
        assert!(
            good.diagnostics.is_empty(),
            "{}: the documented fix still fires: {:#?}",
            meta.id,
            good.diagnostics
        );
    }
}

#[test]
fn fixes_apply_and_silence_their_finding() {
    for rule in RULES {
        let id = rule.meta().id;
        let path = format!(
            "{}/tests/fixtures/rules/{id}/fires.txt",
            env!("CARGO_MANIFEST_DIR")
        );
        let source = std::fs::read_to_string(&path).unwrap();
        let settings = common::only(&[id]);
        let checked = planlint::check(&source, &settings);
        for d in &checked.diagnostics {
            let Some(fix) = &d.fix else { continue };
            let mut fixed = source.clone();
            fixed.replace_range(fix.span.offset()..fix.span.end(), &fix.replacement);
            let after = planlint::check(&fixed, &settings);
            let line = common::line_of(&source, d.span.offset());
            assert!(
                !after
                    .diagnostics
                    .iter()
                    .any(|a| a.rule == id && common::line_of(&fixed, a.span.offset()) == line),
                "{id}: fix `{}` on line {line} leaves the finding",
                fix.description
            );
        }
    }
}

#[test]
fn examples_in_help_follow_the_plan_language() {
    let english = "Innovation, Technology and Industry Bureau\n\nAnnual Open Data Plan 2024-2026\n\n\
                   A. Datasets to be released in 2024\n\n\
                   No.\tData Category\tDataset Name\tGeneral Description\tTarget Release Date (mm/yyyy)\tUpdate Frequency\n\
                   1\tFinance\tExpenditure\tPublished on the web\t03/2024\tYearly\n";
    let checked = planlint::check(english, &common::only(&["missing-format"]));
    let help = checked.diagnostics[0].help.as_deref().unwrap();
    assert!(help.ends_with("e.g. `Data in CSV format`"), "{help}");
}

/// Help examples come from the lexicon in the plan's language: the
/// Simplified and English renderings of the seeds get their own headers,
/// format phrases and category／name separator.
#[test]
fn examples_in_help_follow_the_renderings_language() {
    let help = |source: &str, rule: &str| -> String {
        let checked = planlint::check(source, &common::only(&[rule]));
        let found = checked.diagnostics.first();
        found.and_then(|d| d.help.clone()).unwrap_or_default()
    };
    let plan = |name: &str| {
        std::fs::read_to_string(format!(
            "{}/tests/fixtures/plans/{name}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap()
    };
    let hans = plan("itib-2024-2026.zh-Hans.txt")
        .replacen("更新频率", "更新次数", 1)
        .replacen("以机器可读格式(如：CSV) ", "", 1);
    assert!(help(&hans, "unknown-header").contains("编号, 数据种类"));
    assert!(help(&hans, "missing-format").contains("`数据以 CSV 格式提供`"));
    let en = plan("itc-2022-2024.en.txt")
        .replacen("Update Frequency", "Update Count", 1)
        .replacen("Finance/Head 155", "/Head 155", 1)
        .replacen("Dataset is provided in CSV format", "Published", 1);
    assert!(help(&en, "unknown-header").contains("No., Data Category"));
    assert!(help(&en, "missing-format").contains("`Data in CSV format`"));
    let empty = help(&en, "empty-cell");
    assert!(empty.contains("a `/`"), "{empty}");
    let no_sections = "Innovation and Technology Commission\n\nAnnual Open Data Plan 2024-2026\n";
    let structure = help(no_sections, "missing-structure");
    assert!(
        structure.ends_with("e.g. `A. Datasets of the B/D to be released in 2024`"),
        "{structure}"
    );
}
