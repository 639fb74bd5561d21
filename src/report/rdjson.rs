//! `--format rdjson` and `--format rdjsonl`: reviewdog's diagnostic format.
//!
//! `rdjson` is one `DiagnosticResult` (`{"source", "diagnostics": […]}`),
//! `rdjsonl` one self-contained `Diagnostic` per line. Lines and columns are
//! 1-based and columns count UTF-8 bytes, as reviewdog defines them; the
//! range's end is exclusive. A finding's fix becomes a suggestion. A file
//! that could not be checked is an `ERROR` with code `file-error` and no
//! range.

use std::io::{self, Write};

use serde::Serialize;

use super::{FILE_ERROR, FileReport, JsonArray, LineColumn, Reporter, Summary, Unreadable};
use crate::diagnostic::Severity;
use crate::line_index::ColumnUnit;
use crate::model::Span;

/// The reviewdog reporter.
#[derive(Debug, Default)]
pub struct Rdjson {
    lines: bool,
    array: JsonArray,
}

impl Rdjson {
    /// An `rdjsonl` reporter when `lines`, else an `rdjson` one.
    #[must_use]
    pub fn new(lines: bool) -> Self {
        Self {
            lines,
            array: JsonArray::default(),
        }
    }
}

#[derive(Serialize)]
struct Source {
    name: &'static str,
    url: &'static str,
}

const SOURCE: Source = Source {
    name: "planlint",
    url: env!("CARGO_PKG_HOMEPAGE"),
};

#[derive(Serialize)]
struct Diagnostic<'a> {
    message: &'a str,
    location: Location<'a>,
    severity: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<Source>,
    code: Code<'a>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    suggestions: Vec<Suggestion<'a>>,
}

#[derive(Serialize)]
struct Location<'a> {
    path: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    range: Option<Range>,
}

#[derive(Serialize)]
struct Range {
    start: LineColumn,
    end: LineColumn,
}

#[derive(Serialize)]
struct Code<'a> {
    value: &'a str,
}

#[derive(Serialize)]
struct Suggestion<'a> {
    range: Range,
    text: &'a str,
}

impl Reporter for Rdjson {
    fn begin(&mut self, out: &mut dyn Write) -> io::Result<()> {
        if self.lines {
            return Ok(());
        }
        write!(out, "{{\"source\":")?;
        serde_json::to_writer(&mut *out, &SOURCE)?;
        write!(out, ",\"diagnostics\":[")
    }

    fn file(&mut self, out: &mut dyn Write, file: &FileReport<'_>) -> io::Result<()> {
        let range = |span: Span| {
            let r = file.range(span, ColumnUnit::Utf8);
            Range {
                start: r.start,
                end: r.end,
            }
        };
        for d in file.diagnostics {
            let diagnostic = Diagnostic {
                message: &d.message,
                location: Location {
                    path: file.path,
                    range: Some(range(d.span)),
                },
                severity: match d.severity {
                    Severity::Error => "ERROR",
                    Severity::Warning => "WARNING",
                    Severity::Info => "INFO",
                },
                source: self.lines.then_some(SOURCE),
                code: Code { value: d.rule },
                suggestions: d
                    .fix
                    .iter()
                    .map(|fix| Suggestion {
                        range: range(fix.span),
                        text: &fix.replacement,
                    })
                    .collect(),
            };
            if self.lines {
                serde_json::to_writer(&mut *out, &diagnostic)?;
                out.write_all(b"\n")?;
            } else {
                self.array.item(out, &diagnostic)?;
            }
        }
        Ok(())
    }

    fn unreadable(&mut self, out: &mut dyn Write, file: &Unreadable<'_>) -> io::Result<()> {
        let diagnostic = Diagnostic {
            message: file.reason,
            location: Location {
                path: file.path,
                range: None,
            },
            severity: "ERROR",
            source: self.lines.then_some(SOURCE),
            code: Code { value: FILE_ERROR },
            suggestions: Vec::new(),
        };
        if self.lines {
            serde_json::to_writer(&mut *out, &diagnostic)?;
            out.write_all(b"\n")
        } else {
            self.array.item(out, &diagnostic)
        }
    }

    fn end(&mut self, out: &mut dyn Write, _summary: &Summary) -> io::Result<()> {
        if self.lines {
            return Ok(());
        }
        self.array.finish(out)?;
        writeln!(out, "]}}")
    }
}
