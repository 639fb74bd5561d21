//! Reporters: one small printer per output format, behind one trait.
//!
//! Findings arrive one file at a time, in a stable order (sorted by path, each
//! file's findings by position), so every format can stream. Only this module
//! knows about terminals, miette, JSON or SARIF.

use std::collections::BTreeMap;
use std::io::{self, Write};

use crate::diagnostic::{Diagnostic, Severity};
use crate::line_index::{ColumnUnit, LineIndex};
use crate::model::Span;

mod concise;
mod json;
mod pretty;

pub use concise::Concise;
pub use json::Json;
pub use pretty::Pretty;

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
    }
}
