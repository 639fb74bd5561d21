//! What every fuzz target checks about one plan text: the whole pipeline
//! runs without panicking and keeps its promises about spans and fixes.

use planlint::cli::{Format, reporter};
use planlint::config::{RuleSelection, Settings};
use planlint::diagnostic::{Applicability, Diagnostic, fix_edits, splice};
use planlint::line_index::{ColumnUnit, LineIndex};
use planlint::model::Span;
use planlint::report::{FileReport, Options, Summary};
use planlint::rules::registry::RULES;

/// Fix passes tried before the fixes must have settled.
const PASSES: usize = 8;

/// Settings with every rule on, default or not.
#[must_use]
pub fn every_rule() -> Settings {
    Settings::default().select(&RuleSelection {
        select: RULES.iter().map(|r| r.meta().id.to_owned()).collect(),
        ..RuleSelection::default()
    })
}

/// Decodes `bytes` and, when they are text, runs [`plan`] over it.
pub fn bytes(bytes: &[u8], settings: &Settings) {
    match planlint::decode(bytes) {
        Ok(text) => plan(&text, settings),
        Err(e) => {
            assert!(e.offset <= bytes.len(), "{e:?}");
            assert!(e.line >= 1 && e.column >= 1, "{e:?}");
        }
    }
}

/// Checks `source`, renders the findings in every format, and applies the
/// fixes pass after pass until none is left.
pub fn plan(source: &str, settings: &Settings) {
    let checked = planlint::check(source, settings);
    for d in &checked.diagnostics {
        spans_inside(source, d);
    }
    let identity = planlint::identity::Identity::of(&checked.document, &settings.issuers, None);
    let _ = planlint::export::plan_json(
        "p.txt",
        source,
        &checked.document,
        &settings.vocab,
        &identity,
    );
    let _ = planlint::export::outline("p.txt", source, &checked.document);
    render(source, &checked.diagnostics, checked.document.language);
    positions(source, &checked.diagnostics);
    fixes(source, checked.diagnostics, settings);
}

fn spans_inside(source: &str, d: &Diagnostic) {
    let inside = |span: Span| {
        span.offset()
            .checked_add(span.len())
            .is_some_and(|end| end <= source.len())
            && source.is_char_boundary(span.offset())
            && source.is_char_boundary(span.end())
    };
    assert!(inside(d.span), "finding outside the text: {d:?}");
    for label in &d.secondary {
        assert!(inside(label.span), "label outside the text: {d:?}");
    }
    if let Some(fix) = &d.fix {
        assert!(inside(fix.span), "fix outside the text: {d:?}");
    }
}

/// Every reporter renders, with its words in the plan's language; the
/// machine formats stay parseable.
fn render(source: &str, diagnostics: &[Diagnostic], language: planlint::model::Language) {
    use clap::ValueEnum as _;
    let index = LineIndex::new(source);
    let mut summary = Summary {
        language: Some(language),
        ..Summary::default()
    };
    summary.add(diagnostics);
    for &format in Format::value_variants() {
        let mut reporter = reporter(
            format,
            Options {
                color: false,
                width: Some(80),
            },
        );
        let mut out = Vec::new();
        reporter.begin(&mut out).unwrap();
        reporter
            .file(
                &mut out,
                &FileReport {
                    path: "p.txt",
                    source,
                    index: &index,
                    diagnostics,
                    others: &(),
                    language,
                },
            )
            .unwrap();
        reporter.end(&mut out, &summary).unwrap();
        let text = std::str::from_utf8(&out).expect("reporters write UTF-8");
        if matches!(
            format,
            Format::Json | Format::Sarif | Format::Gitlab | Format::Rdjson
        ) {
            serde_json::from_str::<serde_json::Value>(text)
                .unwrap_or_else(|e| panic!("{format:?} wrote no JSON ({e}): {text}"));
        }
    }
}

/// Positions round-trip through the line index in every unit.
fn positions(source: &str, diagnostics: &[Diagnostic]) {
    let index = LineIndex::new(source);
    for d in diagnostics {
        for offset in [d.span.offset(), d.span.end()] {
            // Line 1 starts after a byte order mark: an offset inside it
            // is at column 0, which maps back to the mark's end.
            if source.starts_with('\u{feff}') && offset < 3 {
                continue;
            }
            for unit in [ColumnUnit::Utf8, ColumnUnit::Utf16, ColumnUnit::Chars] {
                let position = index.position(source, offset, unit);
                assert_eq!(
                    index.offset(source, position, unit),
                    offset,
                    "{unit:?} {d:?}"
                );
            }
        }
    }
}

/// Fix passes: each edit stays inside the text on character boundaries, no
/// two overlap, nothing outside the edits changes, and the fixes settle.
fn fixes(source: &str, mut diagnostics: Vec<Diagnostic>, settings: &Settings) {
    let mut text = source.to_owned();
    for _ in 0..PASSES {
        let edits = fix_edits(&text, &diagnostics, Applicability::Unsafe);
        if edits.is_empty() {
            return;
        }
        let mut at = 0;
        for fix in &edits {
            assert!(fix.span.offset() >= at, "overlapping fixes: {edits:?}");
            assert!(
                text.is_char_boundary(fix.span.offset()) && text.is_char_boundary(fix.span.end())
            );
            at = fix.span.end();
        }
        let fixed = splice(&text, &edits);
        // The bytes between the edits are the input's, in order.
        let (mut from, mut to) = (0, 0);
        for fix in &edits {
            let gap = &text[from..fix.span.offset()];
            assert_eq!(
                &fixed[to..to + gap.len()],
                gap,
                "a fix changed bytes outside its span"
            );
            to += gap.len();
            assert_eq!(&fixed[to..to + fix.replacement.len()], fix.replacement);
            to += fix.replacement.len();
            from = fix.span.end();
        }
        assert_eq!(
            &fixed[to..],
            &text[from..],
            "a fix changed bytes after the last span"
        );
        assert_ne!(fixed, text, "fixes that change nothing: {edits:?}");
        text = fixed;
        diagnostics = planlint::check(&text, settings).diagnostics;
        for d in &diagnostics {
            spans_inside(&text, d);
        }
    }
    panic!(
        "fixes still offered after {PASSES} passes: {:?}",
        fix_edits(&text, &diagnostics, Applicability::Unsafe)
    );
}
