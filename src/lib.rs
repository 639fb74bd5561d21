//! planlint: a linter for the Open Data Plans of the Hong Kong Government.
//!
//! Every bureau and department publishes a plan each year: tables of the
//! datasets it will release on DATA.GOV.HK, with target dates, update
//! frequencies and formats, and a record of what it already released.
//! planlint parses a plan into a [`model::Document`] in which every node knows
//! its byte span ([`syntax::parse`]), runs independent [`rules`] over it, and
//! hands the findings ([`diagnostic::Diagnostic`]) to a [`report`]er.
//!
//! ```
//! let source = "局\n\n2024-2026年度開放數據計劃\n\nA. 在 2024 年發放的局／部門數據集\n";
//! let checked = planlint::check(source, &planlint::config::Settings::default());
//! assert_eq!(checked.document.sections.len(), 1);
//! ```
//!
//! Nothing here panics on any input: text that fits nowhere becomes an
//! `unrecognized-line` finding, and bytes that are not text become a
//! [`DecodeError`].

pub mod cli;
pub mod config;
pub mod diagnostic;
pub mod engine;
pub mod export;
pub mod fs;
pub mod html;
pub mod i18n;
pub mod identity;
pub mod ledger;
pub mod line_index;
pub mod lsp;
pub mod model;
pub mod report;
pub mod rules;
pub mod source;
pub mod syntax;
pub mod vocab;

use config::Settings;
use diagnostic::Diagnostic;
use model::Document;
pub use source::{DecodeError, Encoding, decode, decode_as};

/// A checked plan: its model and its findings, sorted by position.
#[derive(Debug, Clone)]
pub struct Checked {
    /// The parsed plan.
    pub document: Document,
    /// The findings of every enabled rule, sorted by position then rule.
    pub diagnostics: Vec<Diagnostic>,
}

/// Parses `source` and runs every per-plan rule `settings` enables.
#[must_use]
pub fn check(source: &str, settings: &Settings) -> Checked {
    let (document, diagnostics) = engine::check_source(source, settings);
    Checked {
        document,
        diagnostics,
    }
}

/// Runs every per-plan rule `settings` enables over a parsed `document`.
#[must_use]
pub fn lint(source: &str, document: &Document, settings: &Settings) -> Vec<Diagnostic> {
    engine::lint(source, document, settings)
}
