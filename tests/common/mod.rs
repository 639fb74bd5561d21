//! Helpers shared by the integration tests: check a text, render findings.

#![allow(dead_code)]

use planlint::cli::{Format, reporter};
use planlint::config::{RuleSelection, Settings};
use planlint::diagnostic::Diagnostic;
use planlint::line_index::LineIndex;
use planlint::report::{FileReport, Options, Summary};

/// Settings with only `ids` enabled, messages in English (the snapshots
/// of other tests than the localisation ones are English).
pub fn only(ids: &[&str]) -> Settings {
    let mut settings = Settings::default().select(&RuleSelection {
        select: ids.iter().map(|s| (*s).to_owned()).collect(),
        ..RuleSelection::default()
    });
    settings.lang = planlint::i18n::Lang::En;
    settings
}

/// The default settings with messages in English.
pub fn english() -> Settings {
    Settings {
        lang: planlint::i18n::Lang::En,
        ..Settings::default()
    }
}

/// Renders `diagnostics` over `source` in `format`, without colour, 100 columns wide.
pub fn render(format: Format, path: &str, source: &str, diagnostics: &[Diagnostic]) -> String {
    let mut reporter = reporter(
        format,
        Options {
            color: false,
            width: Some(100),
        },
    );
    let index = LineIndex::new(source);
    let mut out = Vec::new();
    let mut summary = Summary::default();
    summary.add(diagnostics);
    reporter.begin(&mut out).unwrap();
    reporter
        .file(
            &mut out,
            &FileReport {
                path,
                source,
                index: &index,
                diagnostics,
                others: &(),
                language: planlint::model::Language::En,
            },
        )
        .unwrap();
    reporter.end(&mut out, &summary).unwrap();
    String::from_utf8(out).unwrap()
}

/// 1-based line of a byte offset.
pub fn line_of(source: &str, offset: usize) -> usize {
    LineIndex::new(source).line_of(offset) + 1
}
