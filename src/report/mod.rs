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
//!
//! A file that was named or matched but could not be checked (unreadable,
//! not a regular file, not valid text) is reported too, in every format,
//! under the id [`FILE_ERROR`] with its reason: see [`Reporter::unreadable`].

use std::collections::BTreeMap;
use std::io::{self, Write};

use std::sync::Arc;

use crate::diagnostic::{Applicability, Diagnostic, Label, Severity};
use crate::line_index::{ColumnUnit, LineIndex};
use crate::model::Span;
use crate::source::{SourceFile, Sources};

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
pub(crate) use pretty::drawable;
pub use pretty::localise_headings;
pub use rdjson::Rdjson;
pub use sarif::Sarif;

/// One checked file, as a reporter sees it.
#[derive(Clone, Copy)]
pub struct FileReport<'a> {
    /// The path as shown to the user (relative where it was given relative).
    pub path: &'a str,
    /// The decoded text the spans point into.
    pub source: &'a str,
    /// Line starts of `source`.
    pub index: &'a LineIndex,
    /// The file's findings, sorted by position.
    pub diagnostics: &'a [Diagnostic],
    /// The other files of the run, for labels that point into them.
    pub others: &'a dyn Sources,
    /// The language the findings are written in, for the words a reporter
    /// adds around them (pretty output's headings).
    pub language: crate::model::Language,
}

/// The id under which files that could not be checked are reported, in
/// place of a rule id (as ruff reports `E902`).
pub const FILE_ERROR: &str = "file-error";

/// A file that was named or matched but could not be checked.
#[derive(Debug, Clone, Copy)]
pub struct Unreadable<'a> {
    /// The path as shown to the user.
    pub path: &'a str,
    /// Why, without the path: `cannot read: permission denied`.
    pub reason: &'a str,
}

impl FileReport<'_> {
    /// 1-based start and end (exclusive) line and column of `span`, columns in `unit`.
    #[must_use]
    pub fn range(&self, span: Span, unit: ColumnUnit) -> Range {
        range_in(self.source, self.index, span, unit)
    }
}

impl std::fmt::Debug for FileReport<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FileReport")
            .field("path", &self.path)
            .field("diagnostics", &self.diagnostics.len())
            .finish_non_exhaustive()
    }
}

/// Where a secondary label sits: in the finding's own file, or in another
/// file of the run (with that file's text, to place and show it).
#[derive(Debug, Clone)]
pub enum Place {
    /// In the finding's own file.
    Here(Range),
    /// In another file.
    There {
        /// That file, with its text and line index.
        file: Arc<SourceFile>,
        /// The label's range in it.
        range: Range,
    },
    /// In another file whose text cannot be had any more.
    Gone,
}

impl FileReport<'_> {
    /// Where `label` sits, columns in `unit`.
    #[must_use]
    pub fn place(&self, label: &Label, unit: ColumnUnit) -> Place {
        let Some(id) = label.file else {
            return Place::Here(self.range(label.span, unit));
        };
        match self.others.get(id) {
            Some(file) => {
                let range = range_in(&file.text, &file.index, label.span, unit);
                Place::There { file, range }
            }
            None => Place::Gone,
        }
    }
}

impl FileReport<'_> {
    /// `path:line:column: message` for each of `d`'s labels in another file,
    /// columns in characters: how the one-line formats name the other files
    /// a finding points into.
    #[must_use]
    pub fn elsewhere(&self, d: &Diagnostic) -> Vec<String> {
        d.secondary
            .iter()
            .filter(|label| label.file.is_some())
            .filter_map(|label| match self.place(label, ColumnUnit::Chars) {
                Place::There { file, range } => Some(format!(
                    "{}:{}:{}: {}",
                    file.path, range.start.line, range.start.column, label.message
                )),
                Place::Here(_) | Place::Gone => None,
            })
            .collect()
    }
}

/// 1-based start and end (exclusive) of `span` in `text`, columns in `unit`.
#[must_use]
pub fn range_in(text: &str, index: &LineIndex, span: Span, unit: ColumnUnit) -> Range {
    let start = index.position(text, span.offset(), unit);
    let end = index.position(text, span.end(), unit);
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

/// A JSON array written one item at a time, each on its own line: how the
/// JSON formats stream findings without holding them.
#[derive(Debug, Default)]
pub struct JsonArray {
    written: usize,
}

impl JsonArray {
    /// Writes `item` after a separator (the `[` is the caller's).
    pub fn item(&mut self, out: &mut dyn Write, item: &impl serde::Serialize) -> io::Result<()> {
        out.write_all(if self.written == 0 { b"\n" } else { b",\n" })?;
        serde_json::to_writer(&mut *out, item)?;
        self.written += 1;
        Ok(())
    }

    /// Ends the last item's line, if any (the `]` is the caller's).
    pub fn finish(&self, out: &mut dyn Write) -> io::Result<()> {
        if self.written > 0 {
            out.write_all(b"\n")?;
        }
        Ok(())
    }
}

pub use crate::diagnostic::plural;

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
    /// Findings with a safe fix (`--fix` applies it).
    pub fixable: usize,
    /// Findings with an unsafe fix (`--fix --unsafe-fixes` applies it).
    pub unsafe_fixable: usize,
    /// The language to write the summary in (English when unset).
    pub language: Option<crate::model::Language>,
    /// Files that could not be checked.
    pub unreadable: usize,
}

impl Summary {
    /// `found 4 problems (2 errors, 1 warning, 1 info) in 2 files`, when
    /// there are any.
    #[must_use]
    pub fn describe(&self) -> Option<String> {
        let total = self.errors + self.warnings + self.infos;
        let messages = crate::i18n::messages(self.language.unwrap_or(crate::model::Language::En));
        (total > 0).then(|| {
            crate::t!(
                messages,
                "summary",
                total = total,
                errors = self.errors,
                warnings = self.warnings,
                infos = self.infos,
                files = self.files
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
            match d.fix.as_ref().map(|f| f.applicability) {
                Some(Applicability::Safe) => self.fixable += 1,
                Some(Applicability::Unsafe) => self.unsafe_fixable += 1,
                None => {}
            }
        }
    }

    /// The lines people read under the findings: what was found, what could
    /// not be checked, what `--fix` would fix; each only when it says
    /// something.
    pub fn write_lines(&self, out: &mut dyn Write) -> io::Result<()> {
        for line in [
            self.describe(),
            self.describe_unreadable(),
            self.describe_fixes(),
        ]
        .into_iter()
        .flatten()
        {
            writeln!(out, "{line}")?;
        }
        Ok(())
    }

    /// `1 file could not be checked`, when one could not.
    #[must_use]
    pub fn describe_unreadable(&self) -> Option<String> {
        let m = crate::i18n::messages(self.language.unwrap_or(crate::model::Language::En));
        (self.unreadable > 0).then(|| crate::t!(m, "not-checked", files = self.unreadable))
    }

    /// `[*] 2 fixable with --fix (1 more with --fix --unsafe-fixes)`, when
    /// any finding has a fix.
    #[must_use]
    pub fn describe_fixes(&self) -> Option<String> {
        let m = crate::i18n::messages(self.language.unwrap_or(crate::model::Language::En));
        match (self.fixable, self.unsafe_fixable) {
            (0, 0) => None,
            (safe, 0) => Some(crate::t!(m, "fixable", safe = safe)),
            (0, guesses) => Some(crate::t!(m, "fixable.unsafe-only", guesses = guesses)),
            (safe, guesses) => Some(crate::t!(m, "fixable.both", safe = safe, guesses = guesses)),
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

    /// Called, in output order, for each file that was named or matched but
    /// could not be checked: every format says so, with the reason, as an
    /// error under the id [`FILE_ERROR`] (SARIF as a tool notification).
    fn unreadable(&mut self, out: &mut dyn Write, file: &Unreadable<'_>) -> io::Result<()>;

    /// Called once after the last file.
    fn end(&mut self, _out: &mut dyn Write, _summary: &Summary) -> io::Result<()> {
        Ok(())
    }
}

/// Options shared by reporters.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// Use colour (pretty and concise).
    pub color: bool,
    /// Terminal width for pretty output.
    pub width: Option<usize>,
}
