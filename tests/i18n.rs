//! Messages in three languages: the catalogues agree with each other and
//! with the code, and the output in each language is snapshotted, with its
//! columns and underlines where the English output has them.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::{Command, Stdio};

use fluent_syntax::ast;
use planlint::cli::Format;
use planlint::i18n::{self, Lang};
use planlint::model::Language;
use planlint::rules::registry;
use unicode_width::UnicodeWidthStr;

const BIN: &str = env!("CARGO_BIN_EXE_planlint");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const BROKEN: &str = "examples/broken-plan.txt";
const LANGUAGES: [(Language, &str); 3] = [
    (Language::En, "en"),
    (Language::ZhHant, "zh-Hant"),
    (Language::ZhHans, "zh-Hans"),
];

/// Every message and attribute id of a catalogue (`id` or `id.attribute`)
/// with the variables it uses.
fn catalogue(language: Language) -> BTreeMap<String, BTreeSet<String>> {
    let source = i18n::catalogue_source(language);
    let resource = fluent_syntax::parser::parse(source)
        .unwrap_or_else(|(_, errors)| panic!("{language:?}: {errors:#?}"));
    let mut out = BTreeMap::new();
    for entry in resource.body {
        match entry {
            ast::Entry::Message(message) => {
                let id = message.id.name.to_owned();
                if let Some(value) = &message.value {
                    out.insert(id.clone(), variables(value));
                }
                for attribute in &message.attributes {
                    out.insert(
                        format!("{id}.{}", attribute.id.name),
                        variables(&attribute.value),
                    );
                }
            }
            ast::Entry::Junk { content } => panic!("{language:?}: cannot parse {content:?}"),
            _ => {}
        }
    }
    out
}

fn variables(pattern: &ast::Pattern<&str>) -> BTreeSet<String> {
    fn inline(e: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match e {
            ast::InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_owned());
            }
            ast::InlineExpression::Placeable { expression } => expr(expression, out),
            _ => {}
        }
    }
    fn expr(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            ast::Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    pattern_into(&v.value, out);
                }
            }
            ast::Expression::Inline(e) => inline(e, out),
        }
    }
    fn pattern_into(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
        for element in &p.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                expr(expression, out);
            }
        }
    }
    let mut out = BTreeSet::new();
    pattern_into(pattern, &mut out);
    out
}

/// Every string literal in the crate's sources and templates.
fn literals_in_sources() -> BTreeSet<String> {
    fn walk(dir: &Path, out: &mut BTreeSet<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for piece in text.split('"').skip(1).step_by(2) {
                    out.insert(piece.to_owned());
                }
            }
        }
    }
    let mut out = BTreeSet::new();
    walk(&Path::new(ROOT).join("src"), &mut out);
    // The report page's templates name their labels too.
    for entry in std::fs::read_dir(Path::new(ROOT).join("templates")).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        // `self.t("id")`, also inside an attribute's quotes.
        for piece in text.split("(\"").skip(1) {
            if let Some((id, _)) = piece.split_once('"') {
                out.insert(id.to_owned());
            }
        }
    }
    out
}

#[test]
fn catalogues_have_the_same_ids_and_variables_and_no_unused_id() {
    let english = catalogue(Language::En);
    assert!(english.len() > 100, "{} messages", english.len());
    for (language, tag) in &LANGUAGES[1..] {
        let other = catalogue(*language);
        let missing: Vec<_> = english.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{tag} lacks {missing:?}");
        assert!(extra.is_empty(), "{tag} has ids English lacks: {extra:?}");
        for (id, variables) in &english {
            assert_eq!(
                &other[id], variables,
                "{tag}: `{id}` uses other variables than in English"
            );
        }
    }
    // Each id is used by the code: written out in a call, or made from a
    // rule's id (its summary and why, `rule-<id>`).
    let literals = literals_in_sources();
    let rules: BTreeSet<String> = registry::all()
        .iter()
        .map(|m| format!("rule-{}", m.id))
        .collect();
    // An id made by `format!("prefix-{}", …)` is used when it starts so.
    let prefixes: Vec<&str> = literals
        .iter()
        .filter_map(|l| l.strip_suffix("{}"))
        .filter(|p| p.ends_with('-'))
        .collect();
    let unused: Vec<_> = english
        .keys()
        .filter(|id| {
            let message = id.split('.').next().unwrap_or_default();
            !literals.contains(*id)
                && !rules.contains(message)
                && !prefixes.iter().any(|p| id.starts_with(p))
        })
        .collect();
    assert!(unused.is_empty(), "ids the code never uses: {unused:?}");
    // Each rule has its summary and why in every catalogue.
    for rule in &rules {
        assert!(english.contains_key(rule), "{rule}");
        assert!(english.contains_key(&format!("{rule}.why")), "{rule}.why");
    }
}

/// The English rule summaries and reasons are the rules' doc comments, so
/// that `planlint rule` and the catalogues cannot drift apart.
#[test]
fn english_rule_docs_are_the_doc_comments() {
    let m = i18n::messages(Language::En);
    for meta in registry::all() {
        assert_eq!(meta.summary_in(Language::En), meta.summary(), "{}", meta.id);
        let why = meta
            .section("Why is this bad?")
            .unwrap()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert_eq!(
            m.get(&format!("rule-{}.why", meta.id), &[]),
            why,
            "{}",
            meta.id
        );
        let words = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(
            words(&meta.what_in(Language::En)),
            words(&meta.section("What it does").unwrap()),
            "{}",
            meta.id
        );
    }
}

/// Chinese messages are Chinese: no English message leaks into them.
#[test]
fn chinese_findings_are_written_in_chinese() {
    let source = std::fs::read_to_string(Path::new(ROOT).join(BROKEN)).unwrap();
    for lang in [Lang::ZhHant, Lang::ZhHans] {
        let settings = planlint::config::Settings {
            lang,
            ..Default::default()
        };
        let checked = planlint::check(&source, &settings);
        assert!(!checked.diagnostics.is_empty());
        for d in &checked.diagnostics {
            for text in [
                Some(&d.message),
                d.label.as_ref(),
                d.help.as_ref(),
                d.note.as_ref(),
            ]
            .into_iter()
            .flatten()
            {
                assert!(
                    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                    "{lang}: {}: {text:?}",
                    d.rule
                );
            }
        }
    }
}

#[test]
fn locales_map_to_languages() {
    for (locale, lang) in [
        ("zh-HK", Some(Lang::ZhHant)),
        ("zh-TW", Some(Lang::ZhHant)),
        ("zh-Hant-HK", Some(Lang::ZhHant)),
        ("zh_HK", Some(Lang::ZhHant)),
        ("zh-CN", Some(Lang::ZhHans)),
        ("zh-SG", Some(Lang::ZhHans)),
        ("zh-Hans", Some(Lang::ZhHans)),
        ("en", Some(Lang::En)),
        ("en-GB", Some(Lang::En)),
        ("fr", None),
        ("", None),
    ] {
        assert_eq!(Lang::from_locale(locale), lang, "{locale}");
    }
}

fn planlint(args: &[&str]) -> String {
    let out = Command::new(BIN)
        .args(args)
        .current_dir(ROOT)
        .env("NO_COLOR", "1")
        .env_remove("GITHUB_STEP_SUMMARY")
        .env_remove("PLANLINT_LANG")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn broken_plan_in_each_language() {
    for (_, tag) in LANGUAGES {
        for format in ["pretty", "concise"] {
            let out = planlint(&["check", BROKEN, "--lang", tag, "--format", format]);
            insta::assert_snapshot!(format!("check-{format}-{tag}"), out);
        }
    }
}

#[test]
fn a_chinese_plan_is_reported_in_chinese_by_default() {
    let auto = planlint(&["check", BROKEN]);
    assert_eq!(auto, planlint(&["check", BROKEN, "--lang", "auto"]));
    assert_eq!(auto, planlint(&["check", BROKEN, "--lang", "zh-Hant"]));
    insta::assert_snapshot!("check-pretty-auto", auto);
}

#[test]
fn config_lang_applies_and_the_command_line_overrides_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(Path::new(ROOT).join(BROKEN), dir.path().join("plan.txt")).unwrap();
    std::fs::write(dir.path().join("planlint.toml"), "lang = \"zh-Hans\"\n").unwrap();
    let run = |args: &[&str]| {
        let out = Command::new(BIN)
            .args(["check", "plan.txt", "--format", "concise"])
            .args(args)
            .current_dir(dir.path())
            .stdin(Stdio::null())
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let configured = run(&[]);
    assert!(configured.contains("未知的更新频率"), "{configured}");
    assert!(configured.contains("个问题"), "{configured}");
    let english = run(&["--lang", "en"]);
    assert!(english.contains("unknown update frequency"), "{english}");
}

#[test]
fn rule_docs_in_each_language() {
    for (_, tag) in LANGUAGES {
        let out = planlint(&["rule", "unknown-frequency", "--lang", tag]);
        insta::assert_snapshot!(format!("rule-unknown-frequency-{tag}"), out);
    }
    // Without --lang, English, as before.
    assert_eq!(
        planlint(&["rule", "unknown-frequency"]),
        planlint(&["rule", "unknown-frequency", "--lang", "en"])
    );
}

/// The source lines and the underlines of pretty output are the same in
/// every language: only the words around them change. Chinese messages are
/// wrapped by display width, so no line is wider than the output.
#[test]
fn columns_and_underlines_stay_exact_with_chinese_messages() {
    let source = std::fs::read_to_string(Path::new(ROOT).join(BROKEN)).unwrap();
    let render = |lang: Lang| {
        let settings = planlint::config::Settings {
            lang,
            ..Default::default()
        };
        let checked = planlint::check(&source, &settings);
        let spans: Vec<_> = checked.diagnostics.iter().map(|d| d.span).collect();
        (
            spans,
            common::render(Format::Pretty, "plan.txt", &source, &checked.diagnostics),
        )
    };
    // Lines of source (`12 │ …`) and underline marks, with the label text
    // after the mark cut off.
    let drawing = |out: &str| -> Vec<String> {
        out.lines()
            .filter(|l| l.contains(" │ ") || l.contains('┬') || l.contains("╭─["))
            .map(|l| {
                let cut = l.find("╰──").unwrap_or(l.len());
                l[..cut].trim_end().to_owned()
            })
            .collect()
    };
    let (english_spans, english) = render(Lang::En);
    let concise = |lang: &str| {
        planlint(&["check", BROKEN, "--lang", lang, "--format", "concise"])
            .lines()
            .filter(|l| l.starts_with(BROKEN))
            .filter_map(|l| l.split(": ").next().map(str::to_owned))
            .collect::<Vec<_>>()
    };
    for lang in [Lang::ZhHant, Lang::ZhHans] {
        let (spans, chinese) = render(lang);
        assert_eq!(spans, english_spans, "{lang}");
        assert_eq!(drawing(&chinese), drawing(&english), "{lang}");
        for line in chinese.lines() {
            assert!(
                line.width() <= 100,
                "{lang}: wider than 100 columns: {line:?}"
            );
        }
        // path:line:column are the same too.
        assert_eq!(concise(lang.as_str()), concise("en"), "{lang}");
    }
    // The wrapping is by display width: the long help of a frequency with
    // no near spelling goes over two lines, each within 100 columns.
    let source = source.replace("實特", "每年一次吧");
    let settings = planlint::config::Settings {
        lang: Lang::ZhHant,
        ..Default::default()
    };
    let checked = planlint::check(&source, &settings);
    let out = common::render(Format::Pretty, "plan.txt", &source, &checked.diagnostics);
    let help: Vec<&str> = out
        .lines()
        .skip_while(|l| !l.contains("請採用已知的更新頻率"))
        .take(2)
        .collect();
    assert_eq!(help.len(), 2, "{out}");
    assert!(help[0].width() > 80 && help[0].width() <= 100, "{out}");
    assert!(
        help[1].starts_with("        ") && !help[1].trim().is_empty(),
        "{out}"
    );
    for line in out.lines() {
        assert!(line.width() <= 100, "wider than 100 columns: {line:?}");
    }
}

/// Runs planlint in `dir` with no language chosen but what `env` sets,
/// returning (stdout, stderr).
fn run_in(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> (String, String) {
    let mut command = Command::new(BIN);
    command
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("GITHUB_STEP_SUMMARY")
        .env_remove("PLANLINT_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .stdin(Stdio::null());
    for (key, value) in env {
        command.env(key, value);
    }
    let out = command.output().unwrap();
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// A folder with the broken plan and a planlint.toml of `config`.
fn with_config(config: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(Path::new(ROOT).join(BROKEN), dir.path().join("plan.txt")).unwrap();
    std::fs::write(dir.path().join("planlint.toml"), config).unwrap();
    dir
}

/// A config error has no plan to take a language from: `--lang`, else the
/// config's own `lang`, else the system's locale.
#[test]
fn config_errors_in_each_language() {
    let dir = with_config("[rules]\nmalformed-dates = \"error\"\n");
    for (_, tag) in LANGUAGES {
        let (_, err) = run_in(dir.path(), &["check", "plan.txt", "--lang", tag], &[]);
        insta::assert_snapshot!(format!("config-error-{tag}"), err);
    }
    let english = run_in(dir.path(), &["check", "plan.txt", "--lang", "en"], &[]).1;
    let traditional = run_in(dir.path(), &["check", "plan.txt", "--lang", "zh-Hant"], &[]).1;
    let simplified = run_in(dir.path(), &["check", "plan.txt", "--lang", "zh-Hans"], &[]).1;
    // The system's locale, as POSIX looks it up.
    for (env, expected) in [
        (&[][..], &english),
        (&[("LANG", "C.UTF-8")][..], &english),
        (&[("LANG", "zh_HK.UTF-8")][..], &traditional),
        (&[("LANG", "zh_TW.Big5")][..], &traditional),
        (&[("LC_MESSAGES", "zh_CN.UTF-8")][..], &simplified),
        (
            &[("LANG", "zh_HK.UTF-8"), ("LC_ALL", "en_GB.UTF-8")][..],
            &english,
        ),
        (
            &[("LANG", "en_GB.UTF-8"), ("LC_ALL", "zh_SG.UTF-8")][..],
            &simplified,
        ),
    ] {
        let (_, err) = run_in(dir.path(), &["check", "plan.txt"], env);
        assert_eq!(&err, expected, "{env:?}");
    }
    // The config's own lang wins over the locale, even in a broken config;
    // --lang wins over both.
    let dir = with_config("lang = \"zh-Hans\"\n[rules]\nmalformed-dates = \"error\"\n");
    let (_, err) = run_in(
        dir.path(),
        &["check", "plan.txt"],
        &[("LANG", "zh_HK.UTF-8")],
    );
    assert!(err.contains("未知的规则“malformed-dates”"), "{err}");
    let (_, err) = run_in(dir.path(), &["check", "plan.txt", "--lang", "en"], &[]);
    assert!(err.contains("unknown rule `malformed-dates`"), "{err}");
    // A bad lang itself.
    let dir = with_config("lang = \"zh\"\n");
    let (_, err) = run_in(dir.path(), &["check", "plan.txt", "--lang", "zh-Hant"], &[]);
    assert!(
        err.contains("此處不接受「zh」；請採用「auto」、「en」、「zh-Hant」或「zh-Hans」"),
        "{err}"
    );
}

/// A file that cannot be read or decoded is reported in the chosen
/// language (or the config's, or the system's: there is no plan text to
/// take it from), with the line of files not checked.
#[test]
fn decode_errors_in_each_language() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("big5.txt"), b"\xa5\xab\r\n\xb5\xe7").unwrap();
    std::fs::write(dir.path().join("binary.txt"), b"PK\x03\x04\x00\x00\x14\x00").unwrap();
    for (_, tag) in LANGUAGES {
        let (out, _) = run_in(
            dir.path(),
            &["check", "big5.txt", "binary.txt", "--lang", tag],
            &[],
        );
        insta::assert_snapshot!(format!("decode-error-{tag}"), out);
    }
    let (out, _) = run_in(
        dir.path(),
        &["check", "big5.txt"],
        &[("LANG", "zh_HK.UTF-8")],
    );
    assert!(out.contains("big5.txt: 並非 UTF-8 文字"), "{out}");
    assert!(out.contains("1 個檔案未能檢查"), "{out}");
    // The reasons a file cannot be read, too.
    #[cfg(unix)]
    {
        let fifo = dir.path().join("fifo.txt");
        assert!(
            Command::new("mkfifo")
                .arg(&fifo)
                .status()
                .unwrap()
                .success()
        );
        let (out, _) = run_in(dir.path(), &["check", "fifo.txt", "--lang", "zh-Hant"], &[]);
        assert!(
            out.contains("fifo.txt: 無法讀取：並非一般檔案（FIFO 具名管道）"),
            "{out}"
        );
        let (out, _) = run_in(dir.path(), &["check", "fifo.txt", "--lang", "en"], &[]);
        assert!(
            out.contains("fifo.txt: cannot read: not a regular file (a FIFO)"),
            "{out}"
        );
    }
}

/// The ASCII words of pretty output that are not rule ids, paths, plan
/// text, options or the names of formats: English that leaked in.
fn english_words(out: &str, plans: &[&str]) -> Vec<String> {
    let allowed = [
        "MM", "YYYY", "TAB", "CSV", "JSON", "XML", "XLS", "PDF", "Word", "GeoJSON", "GeoTIFF",
        "HTML", "DATA", "GOV", "HK",
    ];
    let ids: Vec<&str> = registry::all().iter().map(|m| m.id).collect();
    out.lines()
        // Source lines (` 12 │ …`) and underlines are the plan's own text.
        .filter(|l| !l.contains(" │ ") && !l.contains("╭─["))
        .flat_map(|l| l.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '.')))
        .map(|w| w.trim_matches(['-', '.']))
        .filter(|w| w.chars().filter(char::is_ascii_alphabetic).count() >= 2)
        .filter(|w| !ids.contains(w) && !allowed.contains(w))
        .filter(|w| !plans.iter().any(|p| p.contains(*w)))
        .filter(|w| !["fix", "unsafe-fixes"].contains(w))
        .map(str::to_owned)
        .collect()
}

/// The three language versions of the ITC plan, the English one with a
/// target date changed, in a scratch folder.
fn mismatched_family() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("plans")).unwrap();
    for (from, to) in [
        ("seeds/itc-2022-2024.txt", "plans/itc.txt"),
        (
            "tests/fixtures/plans/itc-2022-2024.zh-Hans.txt",
            "plans/itc.zh-Hans.txt",
        ),
        (
            "tests/fixtures/plans/itc-2022-2024.en.txt",
            "plans/itc.en.txt",
        ),
    ] {
        let mut text = std::fs::read_to_string(Path::new(ROOT).join(from)).unwrap();
        if to.ends_with(".en.txt") {
            let mut lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
            let mut cells: Vec<&str> = lines[12].split('\t').collect();
            assert_eq!(cells[2], "02/2022");
            cells[2] = "03/2022";
            lines[12] = cells.join("\t");
            text = lines.join("\n");
        }
        std::fs::write(dir.path().join(to), text).unwrap();
    }
    dir
}

/// Chinese pretty output has no English word but rule ids, paths and plan
/// text: not miette's headings (help, note, Advice) for a label in another
/// file, nor the fixable line.
#[test]
fn chinese_pretty_output_has_no_english_words() {
    let family = mismatched_family();
    for (tag, file) in [
        ("zh-Hant", "plans/itc.txt"),
        ("zh-Hans", "plans/itc.zh-Hans.txt"),
    ] {
        let (out, _) = run_in(family.path(), &["check", file, "--lang", tag], &[]);
        assert!(out.contains("translation-mismatch"), "{out}");
        let plans: Vec<String> = ["plans/itc.txt", "plans/itc.zh-Hans.txt", "plans/itc.en.txt"]
            .iter()
            .map(|p| std::fs::read_to_string(family.path().join(p)).unwrap() + p)
            .collect();
        let plans: Vec<&str> = plans.iter().map(String::as_str).collect();
        assert_eq!(english_words(&out, &plans), Vec::<String>::new(), "{out}");
        insta::assert_snapshot!(format!("translation-mismatch-pretty-{tag}"), out);
    }
    let plan = std::fs::read_to_string(Path::new(ROOT).join(BROKEN)).unwrap();
    for tag in ["zh-Hant", "zh-Hans"] {
        let out = planlint(&["check", BROKEN, "--lang", tag]);
        // The fixable line is there, in Chinese.
        assert!(out.lines().last().unwrap().starts_with("[*] 1 "), "{out}");
        assert_eq!(
            english_words(&out, &[&plan, BROKEN]),
            Vec::<String>::new(),
            "{out}"
        );
    }
    // English keeps miette's words.
    let (out, _) = run_in(
        family.path(),
        &["check", "plans/itc.txt", "--lang", "en"],
        &[],
    );
    assert!(out.contains("\nAdvice: "), "{out}");
    assert!(out.contains("  help: "), "{out}");
}

/// SARIF describes the rules in the language of the findings; ids, names
/// and levels stay English.
#[test]
fn sarif_rule_help_in_each_language() {
    for (_, tag) in LANGUAGES {
        let out = planlint(&["check", BROKEN, "--lang", tag, "--format", "sarif"]);
        let log: serde_json::Value = serde_json::from_str(&out).unwrap();
        let rules = log["runs"][0]["tool"]["driver"]["rules"]
            .as_array()
            .unwrap();
        assert_eq!(rules.len(), registry::all().len());
        let rule = rules
            .iter()
            .find(|r| r["id"] == "unknown-frequency")
            .unwrap();
        assert_eq!(rule["name"], "UnknownFrequency");
        assert_eq!(rule["defaultConfiguration"]["level"], "error");
        insta::assert_json_snapshot!(format!("sarif-rule-{tag}"), rule);
    }
    // auto: the plan's language.
    let auto = planlint(&["check", BROKEN, "--format", "sarif"]);
    let hant = planlint(&["check", BROKEN, "--format", "sarif", "--lang", "zh-Hant"]);
    assert_eq!(auto, hant);
}

/// The report page's labels follow `--lang`; the plans' text stays as
/// written, and so do the values the page's filter reads.
#[test]
fn report_page_labels_in_each_language() {
    let family = mismatched_family();
    let page = |lang: &str| {
        run_in(
            family.path(),
            &[
                "report", "plans", "-o", "-", "--as-of", "2024-06", "--lang", lang,
            ],
            &[],
        )
        .0
    };
    let english = page("en");
    // Its findings are listed, with their severities in words.
    assert!(english.contains("<td class=\"sev sev-"), "{english}");
    for label in [
        "<h1>Open data plans</h1>",
        "Every dataset",
        "Released on time",
        "What became of the promises",
    ] {
        assert!(english.contains(label), "{label}");
    }
    for (tag, labels) in [
        (
            "zh-Hant",
            [
                "<h1>開放數據計劃</h1>",
                "所有數據集",
                "按時發放",
                "顯示 {total} 個數據集中的 {n} 個",
                "承諾的結果",
                "更新頻率",
            ],
        ),
        (
            "zh-Hans",
            [
                "<h1>开放数据计划</h1>",
                "全部数据集",
                "按时发放",
                "显示 {total} 个数据集中的 {n} 个",
                "承诺的结果",
                "更新频率",
            ],
        ),
    ] {
        let chinese = page(tag);
        assert!(chinese.contains(&format!("<html lang=\"{tag}\">")), "{tag}");
        for label in labels {
            assert!(chinese.contains(label), "{tag}: {label}");
        }
        for label in [
            "Open data plans",
            "Every dataset",
            "Bureau or department",
            "Released on time",
            "datasets shown",
            "Months late",
            // The charts' titles and bars, the sums under each bureau, the
            // findings' heading and severities.
            "What became of the promises",
            "Update frequencies",
            "released on time",
            "not stated (older layout)",
            "months late on average",
            "Every finding of",
            "\">error</td>",
            "\">warning</td>",
            "\">info</td>",
        ] {
            assert!(!chinese.contains(label), "{tag}: {label}");
        }
        // The filter's values stay machine words.
        assert!(
            chinese.contains("data-status=\"released-earlier\""),
            "{tag}"
        );
        assert_eq!(
            chinese.matches("<tr data-status=").count(),
            english.matches("<tr data-status=").count()
        );
    }
}

/// `planlint ledger` and `planlint report` told of files they could not read,
/// and `check` of a pattern that matched nothing, in English only.
#[test]
fn ledger_report_and_pattern_problems_in_each_language() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("binary.txt"), b"PK\x03\x04\x00\x00\x14\x00").unwrap();
    for (words, tag) in [
        (["cannot read: ", "binary file", "matches no file"], "en"),
        (
            ["無法讀取：", "二進制檔案", "沒有檔案符合此模式"],
            "zh-Hant",
        ),
        (
            ["无法读取：", "二进制文件", "没有文件与此模式匹配"],
            "zh-Hans",
        ),
    ] {
        let (_, ledger) = run_in(
            dir.path(),
            &["ledger", "missing.txt", "binary.txt", "--lang", tag],
            &[],
        );
        let (_, report) = run_in(
            dir.path(),
            &["report", "missing.txt", "-o", "r.html", "--lang", tag],
            &[],
        );
        let (pattern, _) = run_in(dir.path(), &["check", "none/*.txt", "--lang", tag], &[]);
        let pattern = pattern + &run_in(dir.path(), &["check", "none/*.txt", "--lang", tag], &[]).1;
        assert!(
            ledger.contains(&format!("missing.txt: {}", words[0])),
            "{ledger}"
        );
        assert!(
            ledger.contains("binary.txt: ") && ledger.contains(words[1]),
            "{ledger}"
        );
        assert!(
            report.contains(&format!("missing.txt: {}", words[0])),
            "{report}"
        );
        assert!(
            pattern.contains(&format!(
                "`none/*.txt`{}",
                if tag == "en" { ": the pattern " } else { "：" }
            )),
            "{pattern}"
        );
        assert!(pattern.contains(words[2]), "{pattern}");
    }
    // With no `--lang`, the system's locale.
    let (_, ledger) = run_in(
        dir.path(),
        &["ledger", "missing.txt"],
        &[("LANG", "zh_HK.UTF-8")],
    );
    assert!(ledger.contains("missing.txt: 無法讀取："), "{ledger}");
}
