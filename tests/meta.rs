//! Tests of the project itself: the registry, rule docs and fixtures, the
//! message style, the vocabulary files and the generated rule reference.

mod common;

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;

use planlint::rules::registry::{self, RULES, WORKSPACE_RULES};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

#[test]
fn registry_is_sorted_and_unique() {
    for ids in [
        RULES.iter().map(|r| r.meta().id).collect::<Vec<_>>(),
        WORKSPACE_RULES.iter().map(|r| r.meta().id).collect(),
    ] {
        let mut sorted = ids.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(
            ids, sorted,
            "`rules!` in src/rules/mod.rs must list rules sorted by id, once each"
        );
    }
    let all = registry::all();
    let unique: BTreeSet<_> = all.iter().map(|m| m.id).collect();
    assert_eq!(all.len(), unique.len(), "a rule is declared twice");
}

/// Each rule is declared once: in its own module, named after its id, and
/// listed once by `rules!`; no rule file is left out of the list.
#[test]
fn each_rule_is_declared_once_in_its_own_file() {
    let all = registry::all();
    for meta in &all {
        assert_eq!(
            meta.module,
            format!("planlint::rules::{}", meta.id.replace('-', "_")),
            "`{}` is declared in another rule's file",
            meta.id
        );
    }
    let files: BTreeSet<String> = std::fs::read_dir(Path::new(ROOT).join("src/rules"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter_map(|name| name.strip_suffix(".rs").map(str::to_owned))
        .filter(|name| !["mod", "workspace"].contains(&name.as_str()))
        .collect();
    let listed: BTreeSet<String> = all.iter().map(|m| m.id.replace('-', "_")).collect();
    assert_eq!(
        files, listed,
        "every file in src/rules/ declares one listed rule"
    );
}

#[test]
fn rule_ids_are_kebab_case_and_match_their_types_and_files() {
    for meta in registry::all() {
        assert!(
            meta.id
                .split('-')
                .all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase())),
            "`{}` is not kebab-case",
            meta.id
        );
        let pascal: String = meta
            .id
            .split('-')
            .map(|w| w[..1].to_uppercase() + &w[1..])
            .collect();
        assert_eq!(meta.name, pascal, "rule type of `{}`", meta.id);
        let file = Path::new(ROOT).join(format!("src/rules/{}.rs", meta.id.replace('-', "_")));
        assert!(file.is_file(), "`{}` lives in {}", meta.id, file.display());
    }
}

#[test]
fn every_rule_is_documented() {
    for meta in registry::all() {
        for section in ["What it does", "Why is this bad?", "Example"] {
            let text = meta.section(section).unwrap_or_default();
            assert!(!text.is_empty(), "`{}` lacks `## {section}`", meta.id);
        }
        assert!(!meta.summary().is_empty(), "`{}` has no summary", meta.id);
    }
}

#[test]
fn every_rule_has_fixtures_and_every_fixture_a_rule() {
    let ids: BTreeSet<_> = RULES.iter().map(|r| r.meta().id.to_owned()).collect();
    let dir = Path::new(ROOT).join("tests/fixtures/rules");
    let folders: BTreeSet<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        ids, folders,
        "tests/fixtures/rules/ has one folder per rule"
    );
    for id in &ids {
        for file in ["fires.txt", "passes.txt"] {
            assert!(dir.join(id).join(file).is_file(), "{id}/{file} is missing");
        }
    }
}

fn check_style(what: &str, text: &str, rule: &str) {
    let first_word = text.split_whitespace().next().unwrap_or_default();
    let acronym = first_word.len() > 1 && first_word.chars().all(|c| !c.is_ascii_lowercase());
    assert!(
        acronym || !first_word.starts_with(|c: char| c.is_ascii_uppercase()),
        "{rule}: {what} starts with a capital: {text:?}"
    );
    assert!(
        !text.ends_with('.') && !text.ends_with('。'),
        "{rule}: {what} ends with a period: {text:?}"
    );
    assert!(!text.trim().is_empty(), "{rule}: empty {what}");
}

#[test]
fn messages_are_lowercase_without_a_trailing_period() {
    for rule in RULES {
        let id = rule.meta().id;
        let path = Path::new(ROOT).join(format!("tests/fixtures/rules/{id}/fires.txt"));
        let source = std::fs::read_to_string(path).unwrap();
        let checked = planlint::check(&source, &common::only(&[id]));
        assert!(!checked.diagnostics.is_empty());
        for d in &checked.diagnostics {
            check_style("message", &d.message, id);
            if let Some(label) = &d.label {
                check_style("label", label, id);
            }
            for l in &d.secondary {
                check_style("secondary label", &l.message, id);
            }
            if let Some(help) = &d.help {
                check_style("help", help, id);
            }
            if let Some(note) = &d.note {
                check_style("note", note, id);
            }
        }
    }
}

#[test]
fn vocabulary_files_are_sorted_without_duplicates() {
    for (name, text) in planlint::vocab::DATA_FILES {
        let value: toml::Value = toml::from_str(text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let table = value.as_table().unwrap();
        for (key, entries) in table {
            let entries = entries.as_array().unwrap();
            if entries.iter().all(toml::Value::is_str) {
                let words: Vec<_> = entries.iter().map(|v| v.as_str().unwrap()).collect();
                assert_sorted_unique(name, key, &words);
                continue;
            }
            let keys: Vec<_> = entries
                .iter()
                .map(|e| {
                    let t = e.as_table().unwrap();
                    ["key", "canonical", "name", "id"]
                        .iter()
                        .find_map(|k| t.get(*k).and_then(toml::Value::as_str))
                        .unwrap()
                })
                .collect();
            assert_sorted_unique(name, key, &keys);
            for entry in entries {
                for (field, list) in entry.as_table().unwrap() {
                    if let Some(list) = list.as_array() {
                        let words: Vec<_> = list.iter().filter_map(toml::Value::as_str).collect();
                        assert_sorted_unique(name, field, &words);
                    }
                }
            }
        }
    }
}

#[test]
fn categories_have_unique_ids_and_names_in_three_languages() {
    use planlint::model::Language;
    let categories = planlint::vocab::Vocabulary::builtin().categories().all();
    assert_eq!(categories.len(), 20, "DATA.GOV.HK has 20 data categories");
    let mut ids = BTreeSet::new();
    for category in categories {
        assert!(
            !category.id.is_empty()
                && category
                    .id
                    .split('-')
                    .all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase())),
            "category id `{}` is not a kebab-case slug",
            category.id
        );
        assert!(
            ids.insert(&category.id),
            "category id `{}` twice",
            category.id
        );
        for language in [Language::ZhHant, Language::ZhHans, Language::En] {
            assert!(
                !category.name(language).trim().is_empty(),
                "`{}` has no {language:?} name",
                category.id
            );
        }
        assert!(category.en.is_ascii(), "`{}`: English name", category.id);
        assert!(
            !category.zh_hant.is_ascii() && !category.zh_hans.is_ascii(),
            "`{}`: Chinese names",
            category.id
        );
    }
}

#[test]
fn formats_hold_data_gov_hk_list_and_say_what_is_not_data() {
    use planlint::vocab::FormatKind;
    // DATA.GOV.HK's format filter, 2025-09.
    const DATA_GOV_HK: [&str; 38] = [
        "3DS",
        "API",
        "ASC",
        "ASCII",
        "CESIUM3DTILES",
        "CSV",
        "DAE",
        "DGN",
        "DWG",
        "FBX",
        "FGDB",
        "GEOPACKAGE",
        "GEOTIFF",
        "GFS",
        "GLTF",
        "GML",
        "GTFS",
        "GeoJSON",
        "ICS",
        "JPEG",
        "JSON",
        "KML",
        "KMZ",
        "MAX",
        "MDB",
        "OBJ",
        "OSGB",
        "PNG",
        "RINEX",
        "RSS",
        "RTCM",
        "SHP",
        "VRML",
        "XLS",
        "XLSM",
        "XLSX",
        "XML",
        "ZIP",
    ];
    let formats = planlint::vocab::Vocabulary::builtin().formats();
    for name in DATA_GOV_HK {
        assert!(
            formats.iter().any(|f| f.name == name),
            "rules/formats.toml lacks DATA.GOV.HK's `{name}`"
        );
    }
    for format in formats {
        assert_eq!(
            format.machine_readable,
            format.kind == FormatKind::Data,
            "`{}`: a format that is not machine-readable says what it is instead \
             (kind = document, image or container), and only such a format does",
            format.name
        );
        assert!(
            !format.words.is_empty() || !format.exact.is_empty(),
            "`{}` has no words",
            format.name
        );
    }
}

#[test]
fn every_category_name_names_one_category() {
    let vocab = planlint::vocab::Vocabulary::builtin();
    for category in vocab.categories().all() {
        for (name, _, status) in category.names() {
            let found = vocab
                .category(name)
                .unwrap_or_else(|| panic!("`{name}` is not found"));
            assert_eq!(found.id(), category.id, "`{name}` names two categories");
            assert_eq!(found.status, status, "`{name}` is both current and former");
        }
    }
}

fn assert_sorted_unique(file: &str, key: &str, words: &[&str]) {
    let mut sorted = words.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(
        words,
        sorted.as_slice(),
        "rules/{file}: `{key}` must be sorted and unique"
    );
}

#[test]
fn every_source_file_says_its_job() {
    fn walk(dir: &Path) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                assert!(
                    text.starts_with("//! "),
                    "{} must start with a `//!` line",
                    path.display()
                );
            }
        }
    }
    walk(&Path::new(ROOT).join("src"));
}

/// The rule reference in docs/rules.md, made from the rules' own docs.
fn rules_markdown() -> String {
    let mut out = String::from(
        "<!-- Generated from the rules' doc comments by tests/meta.rs; do not edit.\n     \
         Regenerate with: UPDATE_DOCS=1 cargo test --test meta -->\n\n# Rules\n\n\
         | rule | default | what it finds |\n| --- | --- | --- |\n",
    );
    for meta in registry::all() {
        let _ = writeln!(
            out,
            "| [`{}`](#{}) | {} | {} |",
            meta.id,
            meta.id,
            meta.default.map_or("off", |s| s.as_str()),
            meta.summary()
        );
    }
    for meta in registry::all() {
        let _ = write!(
            out,
            "\n## {}\n\nDefault: {}.\n{}",
            meta.id,
            meta.default.map_or("off unless selected", |s| s.as_str()),
            format!("\n{}", meta.docs()).replace("\n## ", "\n### ")
        );
    }
    out
}

#[test]
fn rule_reference_is_current() {
    let path = Path::new(ROOT).join("docs/rules.md");
    let expected = rules_markdown();
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &expected).unwrap();
    }
    let actual = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        actual == expected,
        "docs/rules.md is out of date: run `UPDATE_DOCS=1 cargo test --test meta`"
    );
}
