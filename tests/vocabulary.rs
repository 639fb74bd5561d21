//! DATA.GOV.HK's current vocabulary on whole plans: current and former
//! category names, spatial and 3D formats, interval frequencies, the same
//! plan in two languages, and one finding for one misplaced TAB.

mod common;

use std::collections::BTreeSet;
use std::fmt::Write as _;

use planlint::config::Settings;
use planlint::model::{Column, Field};
use planlint::syntax::value::frequency_of;
use planlint::vocab::Vocabulary;

const CURRENT: &str = include_str!("fixtures/plans/current-vocabulary.txt");
const CURRENT_EN: &str = include_str!("fixtures/plans/current-vocabulary-en.txt");
const FORMER: &str = include_str!("fixtures/plans/former-categories.txt");
const FORMER_EN: &str = include_str!("fixtures/plans/former-categories-en.txt");

const PLANS: [(&str, &str); 4] = [
    ("current-vocabulary.txt", CURRENT),
    ("current-vocabulary-en.txt", CURRENT_EN),
    ("former-categories.txt", FORMER),
    ("former-categories-en.txt", FORMER_EN),
];

const SEEDS: [(&str, &str); 2] = [
    (
        "itc-2022-2024.txt",
        include_str!("../seeds/itc-2022-2024.txt"),
    ),
    (
        "itib-2024-2026.txt",
        include_str!("../seeds/itib-2024-2026.txt"),
    ),
];

#[test]
fn plans_in_current_and_former_vocabulary_lint_clean() {
    for (name, source) in PLANS {
        let checked = planlint::check(source, &Settings::default());
        assert!(
            checked.diagnostics.is_empty(),
            "{name}: {:#?}",
            checked.diagnostics
        );
    }
}

#[test]
fn the_current_plans_use_every_category_format_kind_and_interval() {
    let vocab = Vocabulary::builtin();
    let all: BTreeSet<&str> = vocab
        .categories()
        .all()
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    for (name, source) in [PLANS[0], PLANS[1]] {
        let document = planlint::syntax::parse(source);
        let mut used = BTreeSet::new();
        let mut formats = BTreeSet::new();
        for (_, _, row) in document.data_rows() {
            let category = row.get(Field::Category).unwrap().text(source);
            let found = vocab
                .category(category)
                .unwrap_or_else(|| panic!("{name}: `{category}` unknown"));
            assert!(!found.is_former(), "{name}: `{category}` is a former name");
            used.insert(found.category.id.as_str());
            let description = row.get(Field::Description).unwrap().text(source);
            formats.extend(
                vocab
                    .formats_in(description)
                    .map(|m| m.format.name.as_str()),
            );
            let term = frequency_of(row, source).unwrap().term(source);
            assert!(vocab.frequency(term).is_some(), "{name}: `{term}`");
        }
        assert_eq!(used, all, "{name} uses all 20 categories");
        for format in [
            "CESIUM3DTILES",
            "FGDB",
            "GEOPACKAGE",
            "GEOTIFF",
            "GLTF",
            "GML",
            "GTFS",
            "OBJ",
            "RINEX",
            "WMS",
            "ZIP",
        ] {
            assert!(formats.contains(format), "{name} names {format}");
        }
    }
}

/// The English plan renders the Chinese one row for row: each row's
/// category id and canonical frequency must agree, whatever the words.
#[test]
fn one_plan_in_two_languages_has_the_same_ids_and_frequencies() {
    let vocab = Vocabulary::builtin();
    let read = |source: &str| -> Vec<(String, String)> {
        planlint::syntax::parse(source)
            .data_rows()
            .map(|(_, _, row)| {
                let category = row.get(Field::Category).unwrap().text(source);
                let term = frequency_of(row, source).unwrap().term(source);
                (
                    vocab.category(category).unwrap().category.id.clone(),
                    vocab.frequency(term).unwrap().into_owned(),
                )
            })
            .collect()
    };
    let chinese = read(CURRENT);
    assert_eq!(chinese.len(), 24);
    assert_eq!(chinese, read(CURRENT_EN));
    assert_eq!(chinese, read(FORMER));
    assert_eq!(chinese, read(FORMER_EN));
}

/// `outdated-category` offers one fix per former name, and applying them
/// all turns the plan written with the former names into the current one.
#[test]
fn former_category_names_get_one_fix_each() {
    let settings = common::only(&["outdated-category"]);
    let mut summary = String::new();
    for (name, former, current) in [
        ("former-categories.txt", FORMER, CURRENT),
        ("former-categories-en.txt", FORMER_EN, CURRENT_EN),
    ] {
        let changed_lines = former
            .lines()
            .zip(current.lines())
            .filter(|(a, b)| a != b)
            .count();
        let checked = planlint::check(former, &settings);
        assert_eq!(checked.diagnostics.len(), changed_lines, "{name}");
        let mut fixed = former.to_owned();
        let _ = writeln!(summary, "{name}");
        for finding in &checked.diagnostics {
            let fix = finding.fix.as_ref().expect("every former name has a fix");
            let _ = writeln!(
                summary,
                "  {}: `{}` → `{}`",
                common::line_of(former, finding.span.offset()),
                fix.span.slice(former),
                fix.replacement
            );
        }
        for fix in checked
            .diagnostics
            .iter()
            .rev()
            .filter_map(|d| d.fix.as_ref())
        {
            fixed.replace_range(fix.span.offset()..fix.span.end(), &fix.replacement);
        }
        assert_eq!(fixed, current, "{name}: the fixes give the current plan");
    }
    insta::assert_snapshot!(summary);
}

/// Regression: a stray TAB in a description shifted the date under the
/// frequency column and the frequency past the last column, and the row got
/// `malformed-date`, `unknown-frequency` and `missing-format` besides
/// `cell-count`: one defect, four errors.
#[test]
fn a_misplaced_tab_is_one_finding() {
    let settings = Settings::default();
    let mut planted = 0;
    for (name, source) in SEEDS.iter().chain(&PLANS[..2]) {
        let document = planlint::syntax::parse(source);
        for (_, table, row) in document.data_rows() {
            let Some(description) = row.get(Field::Description) else {
                continue;
            };
            if description.span.is_empty() {
                continue;
            }
            let text = description.span.slice(source);
            let middle = text
                .char_indices()
                .map(|(i, _)| i)
                .find(|&i| i >= text.len() / 2)
                .unwrap_or(0);
            // A TAB inside the description: one cell too many.
            let at = description.span.offset() + middle;
            let stray = format!("{}\t{}", &source[..at], &source[at..]);
            // The TAB between the description and the next cell lost: one too few.
            let next = table
                .column_index(Column::Description)
                .map(|i| row.cells[i].span.end());
            let lost = next.and_then(|end| {
                let tab = source[end..].find('\t')? + end;
                Some(format!("{} {}", &source[..tab], &source[tab + 1..]))
            });
            for (what, text) in [("stray", Some(stray)), ("lost", lost)] {
                let Some(text) = text else { continue };
                let checked = planlint::check(&text, &settings);
                let found: Vec<String> = checked
                    .diagnostics
                    .iter()
                    .map(|d| {
                        format!(
                            "{}:{} {}",
                            common::line_of(&text, d.span.offset()),
                            d.rule,
                            d.message
                        )
                    })
                    .collect();
                assert!(
                    checked.diagnostics.len() == 1 && checked.diagnostics[0].rule == "cell-count",
                    "{name}:{}: a {what} TAB gives {found:#?}",
                    row.line
                );
                planted += 1;
            }
        }
    }
    assert!(planted > 100, "only {planted} rows planted");
}

/// The English and Simplified Chinese renderings of the seeds name the same
/// categories and frequencies, row for row, as the Traditional originals:
/// by id and canonical value, whatever the words.
#[test]
fn the_seeds_renderings_agree_by_id_and_canonical_value() {
    let vocab = Vocabulary::builtin();
    let read = |source: &str| -> Vec<(usize, Option<String>, Option<String>)> {
        planlint::syntax::parse(source)
            .data_rows()
            .map(|(_, _, row)| {
                let category = row
                    .get(Field::Category)
                    .and_then(|c| vocab.category(c.text(source)))
                    .map(|m| m.id().to_owned());
                let frequency = frequency_of(row, source)
                    .and_then(|f| vocab.frequency(f.term(source)))
                    .map(std::borrow::Cow::into_owned);
                (row.line as usize, category, frequency)
            })
            .collect()
    };
    for (seed, original) in SEEDS {
        let stem = seed.trim_end_matches(".txt");
        let expected = read(original);
        assert!(
            expected.iter().all(|(_, c, f)| c.is_some() && f.is_some()),
            "{seed}: every category and frequency is known: {expected:#?}"
        );
        for language in ["en", "zh-Hans"] {
            let path = format!(
                "{}/tests/fixtures/plans/{stem}.{language}.txt",
                env!("CARGO_MANIFEST_DIR")
            );
            let rendering = std::fs::read_to_string(&path).unwrap();
            assert_eq!(read(&rendering), expected, "{stem}.{language}.txt");
        }
    }
}
