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

use std::io::{self, Write};

use serde::Serialize;

use super::{FileReport, JsonArray, LineColumn, Place, Reporter, Summary};
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
            },
        )?;
        writeln!(out, "}}")
    }
}
