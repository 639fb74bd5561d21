//! Properties of the whole pipeline: for any input, every rule runs without
//! panicking, every finding's spans (labels and fixes too) lie inside the
//! text on character boundaries, and every reporter renders them.

mod common;

use clap::ValueEnum;
use planlint::cli::Format;
use planlint::rules::registry::RULES;
use proptest::prelude::*;

/// Pieces plans are made of, and some they should not contain.
fn line() -> impl Strategy<Value = String> {
    let cell = prop_oneof![
        Just(String::new()),
        Just("03/2024".to_owned()),
        Just("3/2024".to_owned()),
        Just("10/2015 (首次發放日期)".to_owned()),
        Just("每年".to_owned()),
        Just("實特".to_owned()),
        Just("每年 (自2020年起".to_owned()),
        Just("不適用".to_owned()),
        Just("財經".to_owned()),
        Just("工商業／指定本地研究機構名單".to_owned()),
        Just("／".to_owned()),
        Just("數據以 CSV 格式提供".to_owned()),
        Just("<ul style=\"list-style-type: none\">• PDF".to_owned()),
        Just("\u{20000}𠀀 (".to_owned()),
        Just("1".to_owned()),
        Just("2".to_owned()),
        "[0-9]{1,3}",
        "\\PC{0,12}",
    ];
    prop_oneof![
        Just(String::new()),
        Just("創新科技及工業局".to_owned()),
        Just("2024-2026年度整合開放數據計劃".to_owned()),
        Just("A. 在 2024 年發放的局／部門數據集".to_owned()),
        Just("B. 在 2025 年及 2026 年發放的局／部門數據集".to_owned()),
        Just("C. 其他機構計劃開放的數據集".to_owned()),
        Just("D. 進度：已經上載的數據集".to_owned()),
        Just("i. 空間數據".to_owned()),
        Just("(1) 創新科技及工業局".to_owned()),
        Just("備註：說明".to_owned()),
        Just("2023年12月".to_owned()),
        Just("編號\t數據種類\t數據集名稱\t一般說明\t目標發放日期 (月/年)\t更新頻率".to_owned()),
        Just("#\t數據種類／數據集名稱\t發放日期 (月/年)\t更新頻率\t備註".to_owned()),
        Just("No.\tData Category\tDataset Name\tGeneral Description\tTarget Release Date (mm/yyyy)\tUpdate Frequency".to_owned()),
        prop::collection::vec(cell, 1..8).prop_map(|cells| cells.join("\t")),
        "\\PC{0,20}",
    ]
}

fn plan() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(line(), 0..40),
        prop::sample::select(vec!["\n", "\r\n", "\r"]),
        any::<bool>(),
    )
        .prop_map(|(lines, newline, bom)| {
            let text = lines.join(newline);
            if bom { format!("\u{feff}{text}") } else { text }
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(384))]

    #[test]
    fn every_rule_and_reporter_survives_any_plan(source in plan()) {
        let ids: Vec<&str> = RULES.iter().map(|r| r.meta().id).collect();
        let checked = planlint::check(&source, &common::only(&ids));
        let inside = |offset: usize, length: usize| {
            offset + length <= source.len()
                && source.is_char_boundary(offset)
                && source.is_char_boundary(offset + length)
        };
        for d in &checked.diagnostics {
            prop_assert!(inside(d.span.offset(), d.span.len()), "{d:?}");
            for l in &d.secondary {
                prop_assert!(inside(l.span.offset(), l.span.len()), "{d:?}");
            }
            if let Some(fix) = &d.fix {
                prop_assert!(inside(fix.span.offset(), fix.span.len()), "{d:?}");
            }
            prop_assert!(!d.message.is_empty());
        }
        // Every format but github, which would append to the job summary of
        // a GitHub Actions run (tests/report.rs renders it without one).
        for &format in Format::value_variants().iter().filter(|f| **f != Format::Github) {
            let out = common::render(format, "plan.txt", &source, &checked.diagnostics);
            prop_assert!(checked.diagnostics.is_empty() || !out.is_empty());
        }
    }
}

/// A piece of a fixed text: bytes of the original, or text a fix put there.
#[derive(Debug, Clone)]
enum Piece {
    Kept(std::ops::Range<usize>),
    New(String),
}

/// `pieces` with the part at `span` (in the text they make) replaced by `with`.
fn edit(pieces: Vec<Piece>, span: &std::ops::Range<usize>, with: &str) -> Vec<Piece> {
    let (mut before, mut after) = (Vec::new(), Vec::new());
    let mut at = 0;
    for piece in pieces {
        let len = match &piece {
            Piece::Kept(r) => r.len(),
            Piece::New(s) => s.len(),
        };
        let (start, end) = (at, at + len);
        at = end;
        // The part of `piece` from `from` to `to`, in the text's offsets.
        let part = |from: usize, to: usize| match &piece {
            Piece::Kept(r) => Piece::Kept(r.start + from - start..r.start + to - start),
            Piece::New(s) => Piece::New(s[from - start..to - start].to_owned()),
        };
        if start < span.start {
            before.push(part(start, end.min(span.start)));
        }
        if end > span.end {
            after.push(part(start.max(span.end), end));
        }
    }
    before.push(Piece::New(with.to_owned()));
    before.extend(after);
    before
}

fn fix_on_disk(
    path: &std::path::Path,
    settings: &std::sync::Arc<planlint::config::Settings>,
) -> usize {
    use planlint::engine::{Engine, Event, Input, Options, Origin};
    let input = Input {
        path: "plan.txt".to_owned(),
        origin: Origin::File(path.to_owned()),
        settings: Ok(settings.clone()),
        checked: true,
    };
    let options = Options {
        fix: true,
        ..Options::default()
    };
    let mut fixed = 0;
    Engine::new()
        .run::<()>(&[input], &options, &mut |event, _| {
            if let Event::Checked(report) = event {
                fixed += report.fixed;
            }
            Ok(())
        })
        .unwrap();
    fixed
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// The html-markup fix replaced the whole cell and collapsed its
    /// whitespace: `--fix` changed text outside what it fixed. Now the file
    /// `--fix` writes is the input with only the applied fixes' spans
    /// replaced (followed through each pass), and a second run changes nothing.
    #[test]
    fn fix_changes_only_the_fixed_spans_and_settles(source in plan()) {
        use planlint::diagnostic::fix_edits;
        let ids: Vec<&str> = RULES.iter().map(|r| r.meta().id).collect();
        let settings = std::sync::Arc::new(common::only(&ids));
        // What --fix should write: each pass's fixes, followed back to the
        // input's bytes.
        let mut pieces = vec![Piece::Kept(0..source.len())];
        let mut text = source.clone();
        for _ in 0..3 {
            let diagnostics = planlint::check(&text, &settings).diagnostics;
            let edits = fix_edits(&text, &diagnostics, planlint::diagnostic::Applicability::Safe);
            if edits.is_empty() {
                break;
            }
            for fix in edits.iter().rev() {
                pieces = edit(pieces, &(fix.span.offset()..fix.span.end()), &fix.replacement);
            }
            text = planlint::diagnostic::splice(&text, &edits);
        }
        let expected: String = pieces
            .iter()
            .map(|p| match p {
                Piece::Kept(r) => &source[r.clone()],
                Piece::New(s) => s.as_str(),
            })
            .collect();
        prop_assert_eq!(&expected, &text);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.txt");
        std::fs::write(&path, &source).unwrap();
        fix_on_disk(&path, &settings);
        let written = std::fs::read_to_string(&path).unwrap();
        prop_assert_eq!(&written, &expected);
        // A second run finds nothing more to fix.
        prop_assert_eq!(fix_on_disk(&path, &settings), 0);
        prop_assert_eq!(std::fs::read_to_string(&path).unwrap(), written);
    }
}
