//! Tests of the project itself: the registry, rule docs and fixtures, the
//! message style, the vocabulary files and the generated rule reference.

mod common;

use std::collections::BTreeSet;
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

/// The rule reference in docs/rules.md, made from the rules' own docs, and
/// in docs/rules.zh-Hant.md and docs/rules.zh-Hans.md from the catalogues.
#[test]
fn rule_reference_is_current() {
    use planlint::model::Language;
    for (language, file) in [
        (Language::En, "docs/rules.md"),
        (Language::ZhHant, "docs/rules.zh-Hant.md"),
        (Language::ZhHans, "docs/rules.zh-Hans.md"),
    ] {
        let path = Path::new(ROOT).join(file);
        let expected = planlint::rules::reference(language);
        if std::env::var_os("UPDATE_DOCS").is_some() {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &expected).unwrap();
        }
        let actual = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            actual == expected,
            "{file} is out of date: run `UPDATE_DOCS=1 cargo test --test meta`"
        );
    }
}

/// A string or character literal in Rust source, with its line.
struct Literal {
    line: usize,
    text: String,
}

/// The string and character literals of `source` up to its `#[cfg(test)]`
/// module, outside comments (doc comments included).
fn literals(source: &str) -> Vec<Literal> {
    let code = source.split("#[cfg(test)]").next().unwrap_or_default();
    let chars: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let (mut i, mut line) = (0, 1);
    let count_lines =
        |from: usize, to: usize| chars[from..to].iter().filter(|&&c| c == '\n').count();
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
            continue;
        }
        if c == '/' && next == Some('*') {
            let start = i;
            i += 2;
            while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                i += 1;
            }
            i += 2;
            line += count_lines(start, i.min(chars.len()));
            continue;
        }
        // Raw strings: r"…", r#"…"#.
        if c == 'r'
            && matches!(next, Some('"' | '#'))
            && (i == 0 || !(chars[i - 1].is_alphanumeric() || chars[i - 1] == '_'))
        {
            let mut j = i + 1;
            let mut hashes = 0;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) == Some(&'"') {
                let close: String = std::iter::once('"')
                    .chain(std::iter::repeat_n('#', hashes))
                    .collect();
                let rest: String = chars[j + 1..].iter().collect();
                let end = rest.find(&close).map_or(rest.len(), |e| e);
                let text: String = rest[..end].to_owned();
                out.push(Literal {
                    line,
                    text: text.clone(),
                });
                line += text.matches('\n').count();
                i = j + 1 + text.chars().count() + close.chars().count();
                continue;
            }
        }
        if c == '"' {
            let start = i;
            let mut text = String::new();
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    text.push(chars[i]);
                    i += 1;
                }
                if let Some(&c) = chars.get(i) {
                    text.push(c);
                }
                i += 1;
            }
            i += 1;
            out.push(Literal { line, text });
            line += count_lines(start, i.min(chars.len()));
            continue;
        }
        if c == '\'' {
            // A character literal, not a lifetime: 'x' or '\…'.
            if next == Some('\\') {
                let end = (i + 2..chars.len())
                    .find(|&j| chars[j] == '\'')
                    .unwrap_or(chars.len());
                out.push(Literal {
                    line,
                    text: chars[i + 1..end].iter().collect(),
                });
                i = end + 1;
                continue;
            }
            if chars.get(i + 2) == Some(&'\'') {
                out.push(Literal {
                    line,
                    text: chars[i + 1].to_string(),
                });
                i += 3;
                continue;
            }
        }
        if c == '\n' {
            line += 1;
        }
        i += 1;
    }
    out
}

/// `text` with its `\u{…}` escapes written out, so that an escaped
/// character is seen as the character it is.
fn unescape(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("\\u{") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 3..];
        let decoded = after.find('}').and_then(|end| {
            let c = char::from_u32(u32::from_str_radix(&after[..end], 16).ok()?)?;
            Some((c, end + 1))
        });
        if let Some((c, len)) = decoded {
            out.push(c);
            rest = &after[len..];
        } else {
            out.push_str(&rest[at..at + 3]);
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// Characters of the CJK scripts: Han ideographs (with radicals and
/// compatibility forms), kana and bopomofo. Punctuation (`、`, `「`) and
/// the fullwidth forms of ASCII (`（`, `．`, `０`) are typography the grammar
/// reads in every language, and may stay in code.
fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{2E80}'..='\u{2FDF}'
        | '\u{3040}'..='\u{31FF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{3FFFF}')
}

/// The English words and phrases of the lexicon that name structure: a
/// literal holding one would be language knowledge in code.
fn english_structure_words() -> Vec<String> {
    let lexicon = planlint::vocab::Lexicon::builtin();
    let en = lexicon.words(planlint::model::Language::En);
    let examples = &en.examples;
    let mut words: Vec<String> = [
        &en.not_applicable,
        &en.note_markers,
        &en.spatial,
        &en.non_spatial,
        &en.months,
        &examples.categories,
        &examples.headers,
        &examples.sections,
    ]
    .into_iter()
    .flatten()
    .cloned()
    .chain(examples.format.clone())
    .chain(examples.title.clone())
    .collect();
    words.retain(|w| w.chars().any(char::is_alphabetic));
    words
}

/// Whether `haystack` holds `word` as the lexicon writes it (plans
/// capitalise structure words; messages are lowercase English prose that
/// may say "note"), with no letter or digit right before or after it; or is
/// the word alone in any case (`"remarks"` handed to a case-blind parser).
fn holds_word(haystack: &str, word: &str) -> bool {
    if haystack.trim().eq_ignore_ascii_case(word) {
        return true;
    }
    haystack.match_indices(word).any(|(at, _)| {
        let before = haystack[..at].chars().next_back();
        let after = haystack[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Language knowledge lives in rules/lexicon.toml (and the vocabularies),
/// never in the grammar or the rules: a CJK character, or an English
/// structure word of the lexicon, in a string or character literal of
/// src/syntax/ or src/rules/ (outside comments and `#[cfg(test)]` modules)
/// fails this test.
#[test]
fn no_language_words_in_the_grammar_or_the_rules() {
    fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                rust_files(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let english = english_structure_words();
    assert!(english.iter().any(|w| w == "Not applicable"), "{english:?}");
    let mut found = Vec::new();
    for folder in ["src/syntax", "src/rules"] {
        let mut paths = Vec::new();
        rust_files(&Path::new(ROOT).join(folder), &mut paths);
        paths.sort();
        for path in paths {
            let source = std::fs::read_to_string(&path).unwrap();
            for literal in literals(&source) {
                let cjk = unescape(&literal.text).chars().any(is_cjk);
                let word = english.iter().find(|w| holds_word(&literal.text, w));
                if cjk || word.is_some() {
                    found.push(format!(
                        "{}:{}: {:?}{}",
                        path.strip_prefix(ROOT).unwrap_or(&path).display(),
                        literal.line,
                        literal.text,
                        word.map(|w| format!(" (lexicon word `{w}`)"))
                            .unwrap_or_default()
                    ));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "language words belong in rules/lexicon.toml:\n{}",
        found.join("\n")
    );
}

/// The scanner itself: literals in code are found, comments and tests are
/// not read.
#[test]
fn literal_scanner_finds_literals_outside_comments_and_tests() {
    let source = "/// \"不適用\"\nfn f() -> (&'static str, char) {\n    // \"N/A\"\n    (\"不適用\", '／')\n}\nconst R: &str = r#\"Nil \"x\"\"#;\n#[cfg(test)]\nmod tests { const T: &str = \"備註\"; }\n";
    let found: Vec<_> = literals(source)
        .into_iter()
        .map(|l| (l.line, l.text))
        .collect();
    assert_eq!(
        found,
        [
            (4, "不適用".to_owned()),
            (4, "／".to_owned()),
            (6, "Nil \"x\"".to_owned())
        ]
    );
    assert_eq!(unescape("a\\u{5e74}b\\u{zz}"), "a年b\\u{zz}");
    assert!(holds_word("Not applicable.", "Not applicable"));
    assert!(holds_word("remarks", "Remarks"));
    assert!(!holds_word("a remarks column", "Remarks"));
    assert!(!holds_word("Nile", "Nil"));
}

#[test]
fn lexicon_is_sorted_and_its_scripts_in_step() {
    let value: toml::Value = toml::from_str(planlint::vocab::lexicon::LEXICON).unwrap();
    // Lists whose order means something.
    let ordered = ["months", "category-name-separators", "subsection-numerals"];
    for (language, words) in value.as_table().unwrap() {
        for (key, list) in words.as_table().unwrap() {
            let Some(list) = list.as_array() else {
                continue;
            };
            if ordered.contains(&key.as_str()) {
                continue;
            }
            let words: Vec<_> = list.iter().filter_map(toml::Value::as_str).collect();
            assert_sorted_unique("lexicon.toml", &format!("{language}.{key}"), &words);
        }
    }
    let lexicon = planlint::vocab::Lexicon::builtin();
    let script = |l| lexicon.words(l).script.chars().collect::<Vec<_>>();
    let simplified = script(planlint::model::Language::ZhHans);
    let traditional = script(planlint::model::Language::ZhHant);
    assert_eq!(simplified.len(), traditional.len(), "script lists in step");
    for (s, t) in simplified.iter().zip(&traditional) {
        assert_ne!(s, t, "`{s}` is written so in both scripts");
        assert!(
            !traditional.contains(s) && !simplified.contains(t),
            "`{s}`/`{t}`"
        );
    }
    assert_eq!(
        lexicon.words(planlint::model::Language::En).months.len(),
        12
    );
}
