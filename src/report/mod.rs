//! Reporters: one small printer per output format, behind one trait.
//!
//! Findings arrive one file at a time, in a stable order (sorted by path, each
//! file's findings by position), so every format can stream. Only this module
//! knows about terminals, miette, JSON or SARIF.
//!
//! Each format counts columns in the unit its consumers expect, always from
//! the one [`LineIndex`]: Unicode scalar values in `concise`, `json`,
//! `github`, `junit` and `checkstyle`; UTF-16 code units in `sarif` (stated
//! as its `columnKind`); UTF-8 bytes in `rdjson` and `rdjsonl`. `gitlab`
//! reports lines only. Lines and columns are 1-based everywhere.

use std::collections::BTreeMap;
use std::io::{self, Write};

use crate::diagnostic::{Diagnostic, Severity};
use crate::line_index::{ColumnUnit, LineIndex};
use crate::model::Span;

mod checkstyle;
mod concise;
mod fingerprint;
mod github;
mod gitlab;
mod json;
mod junit;
mod pretty;
mod rdjson;
mod sarif;
mod xml;

pub use checkstyle::Checkstyle;
pub use concise::Concise;
pub use github::Github;
pub use gitlab::Gitlab;
pub use json::Json;
pub use junit::Junit;
pub use pretty::Pretty;
pub use rdjson::Rdjson;
pub use sarif::Sarif;

/// One checked file, as a reporter sees it.
#[derive(Debug, Clone, Copy)]
pub struct FileReport<'a> {
    /// The path as shown to the user (relative where it was given relative).
    pub path: &'a str,
    /// The decoded text the spans point into.
    pub source: &'a str,
    /// Line starts of `source`.
    pub index: &'a LineIndex,
    /// The file's findings, sorted by position.
    pub diagnostics: &'a [Diagnostic],
}

impl FileReport<'_> {
    /// 1-based start and end (exclusive) line and column of `span`, columns in `unit`.
    #[must_use]
    pub fn range(&self, span: Span, unit: ColumnUnit) -> Range {
        let start = self.index.position(self.source, span.offset, unit);
        let end = self.index.position(self.source, span.end(), unit);
        Range {
            start: LineColumn {
                line: start.line + 1,
                column: start.column + 1,
            },
            end: LineColumn {
                line: end.line + 1,
                column: end.column + 1,
            },
        }
    }
}

/// A 1-based line and column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct LineColumn {
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
}

/// A 1-based range, end exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Range {
    /// First position.
    pub start: LineColumn,
    /// One past the last position.
    pub end: LineColumn,
}

/// `s` unless `n` is one.
pub(crate) fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Totals over a run.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// Files checked.
    pub files: usize,
    /// Error findings.
    pub errors: usize,
    /// Warning findings.
    pub warnings: usize,
    /// Info findings.
    pub infos: usize,
    /// Findings per rule id.
    pub by_rule: BTreeMap<&'static str, usize>,
}

impl Summary {
    /// `found 3 problems (2 errors, 1 warning) in 2 files`, when there are any.
    #[must_use]
    pub fn describe(&self) -> Option<String> {
        let total = self.errors + self.warnings + self.infos;
        (total > 0).then(|| {
            format!(
                "found {total} problem{} ({} error{}, {} warning{}) in {} file{}",
                plural(total),
                self.errors,
                plural(self.errors),
                self.warnings,
                plural(self.warnings),
                self.files,
                plural(self.files)
            )
        })
    }

    /// Counts one file's findings.
    pub fn add(&mut self, diagnostics: &[Diagnostic]) {
        self.files += 1;
        for d in diagnostics {
            match d.severity {
                Severity::Error => self.errors += 1,
                Severity::Warning => self.warnings += 1,
                Severity::Info => self.infos += 1,
            }
            *self.by_rule.entry(d.rule).or_default() += 1;
        }
    }
}

/// An output format.
pub trait Reporter {
    /// Called once before the first file.
    fn begin(&mut self, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }

    /// Called once per checked file, in output order, even when it has no findings.
    fn file(&mut self, out: &mut dyn Write, file: &FileReport<'_>) -> io::Result<()>;

    /// Called once after the last file.
    fn end(&mut self, _out: &mut dyn Write, _summary: &Summary) -> io::Result<()> {
        Ok(())
    }
}

/// The formats `--format` accepts for `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Source excerpts with labels and help, for people.
    Pretty,
    /// One line per finding: `path:line:col: severity[rule] message`.
    Concise,
    /// planlint's JSON (columns in Unicode scalar values).
    Json,
    /// GitHub Actions workflow commands (`::error file=…`), errors first; with
    /// `GITHUB_STEP_SUMMARY` set, also a Markdown job summary of every finding.
    Github,
    /// SARIF 2.1.0 for GitHub code scanning (columns in UTF-16 code units).
    Sarif,
    /// GitLab Code Quality JSON.
    Gitlab,
    /// JUnit XML: a test suite per file, a failing test case per finding.
    Junit,
    /// Checkstyle XML.
    Checkstyle,
    /// reviewdog's rdjson (columns in UTF-8 bytes).
    Rdjson,
    /// reviewdog's rdjsonl: one rdjson diagnostic per line.
    Rdjsonl,
}

/// Options shared by reporters.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// Use colour (pretty and concise).
    pub color: bool,
    /// Terminal width for pretty output.
    pub width: Option<usize>,
}

/// The reporter for `format`.
#[must_use]
pub fn reporter(format: Format, options: Options) -> Box<dyn Reporter> {
    match format {
        Format::Pretty => Box::new(Pretty::new(options)),
        Format::Concise => Box::new(Concise::new(options)),
        Format::Json => Box::new(Json::default()),
        Format::Github => Box::new(Github::new(
            std::env::var_os("GITHUB_STEP_SUMMARY")
                .filter(|v| !v.is_empty())
                .map(std::path::PathBuf::from),
        )),
        Format::Sarif => Box::new(Sarif::new(
            crate::rules::registry::RULES
                .iter()
                .map(|r| r.meta())
                .collect(),
        )),
        Format::Gitlab => Box::new(Gitlab::default()),
        Format::Junit => Box::new(Junit),
        Format::Checkstyle => Box::new(Checkstyle),
        Format::Rdjson => Box::new(Rdjson::new(false)),
        Format::Rdjsonl => Box::new(Rdjson::new(true)),
    }
}
