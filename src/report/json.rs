//! `--format json`: planlint's own JSON, streamed.
//!
//! ```json
//! {"version": 1, "diagnostics": [{"path", "rule", "severity", "message", "help",
//!   "span": {"offset", "length"}, "start": {"line", "column"}, "end": {…}, …}],
//!  "summary": {"files", "errors", "warnings", "infos"}}
//! ```
//!
//! Lines and columns are 1-based, columns count Unicode scalar values, and
//! `end` is exclusive. `span` is in bytes of the (decoded) file. A secondary
//! label in another file than its finding has that file's `path`.
//!
//! A file that could not be checked is an entry too, with `rule`
//! `file-error`, `severity` `error`, its reason as `message`, and an empty
//! span at line 1, column 1; `summary.unreadable` counts them (and is
//! there only when there are any).

use std::io::{self, Write};

use serde::Serialize;

use super::{FILE_ERROR, FileReport, JsonArray, LineColumn, Place, Reporter, Summary, Unreadable};
use crate::diagnostic::Fix;
use crate::line_index::ColumnUnit;
use crate::model::Span;

/// The JSON reporter.
#[derive(Debug, Default)]
pub struct Json {
    array: JsonArray,
}

#[derive(Serialize)]
struct Entry<'a> {
    path: &'a str,
    rule: &'a str,
    severity: &'a str,
    message: &'a str,
    help: Option<&'a str>,
    note: Option<&'a str>,
    label: Option<&'a str>,
    span: Span,
    start: LineColumn,
    end: LineColumn,
    secondary: Vec<Secondary<'a>>,
    fix: Option<&'a Fix>,
}

#[derive(Serialize)]
struct Secondary<'a> {
    /// Only for a label in another file than the finding.
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<String>,
    message: &'a str,
    span: Span,
    start: LineColumn,
    end: LineColumn,
}

#[derive(Serialize)]
struct Totals {
    files: usize,
    errors: usize,
    warnings: usize,
    infos: usize,
    /// Only when a file could not be checked.
    #[serde(skip_serializing_if = "is_zero")]
    unreadable: usize,
}

#[allow(clippy::trivially_copy_pass_by_ref)] // serde passes fields by reference
fn is_zero(n: &usize) -> bool {
    *n == 0
}

impl Reporter for Json {
    fn begin(&mut self, out: &mut dyn Write) -> io::Result<()> {
        write!(out, "{{\"version\":1,\"diagnostics\":[")
    }

    fn file(&mut self, out: &mut dyn Write, file: &FileReport<'_>) -> io::Result<()> {
        for d in file.diagnostics {
            let range = file.range(d.span, ColumnUnit::Chars);
            let entry = Entry {
                path: file.path,
                rule: d.rule,
                severity: d.severity.as_str(),
                message: &d.message,
                help: d.help.as_deref(),
                note: d.note.as_deref(),
                label: d.label.as_deref(),
                span: d.span,
                start: range.start,
                end: range.end,
                secondary: d
                    .secondary
                    .iter()
                    .filter_map(|l| {
                        let (path, r) = match file.place(l, ColumnUnit::Chars) {
                            Place::Here(r) => (None, r),
                            Place::There { file, range } => (Some(file.path.clone()), range),
                            Place::Gone => return None,
                        };
                        Some(Secondary {
                            path,
                            message: &l.message,
                            span: l.span,
                            start: r.start,
                            end: r.end,
                        })
                    })
                    .collect(),
                fix: d.fix.as_ref(),
            };
            self.array.item(out, &entry)?;
        }
        Ok(())
    }

    fn unreadable(&mut self, out: &mut dyn Write, file: &Unreadable<'_>) -> io::Result<()> {
        let start = LineColumn { line: 1, column: 1 };
        let entry = Entry {
            path: file.path,
            rule: FILE_ERROR,
            severity: "error",
            message: file.reason,
            help: None,
            note: None,
            label: None,
            span: Span::new(0, 0),
            start,
            end: start,
            secondary: Vec::new(),
            fix: None,
        };
        self.array.item(out, &entry)
    }

    fn end(&mut self, out: &mut dyn Write, summary: &Summary) -> io::Result<()> {
        self.array.finish(out)?;
        write!(out, "],\"summary\":")?;
        serde_json::to_writer(
            &mut *out,
            &Totals {
                files: summary.files,
                errors: summary.errors,
                warnings: summary.warnings,
                infos: summary.infos,
                unreadable: summary.unreadable,
            },
        )?;
        writeln!(out, "}}")
    }
}
