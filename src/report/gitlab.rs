//! `--format gitlab`: GitLab Code Quality JSON, streamed.
//!
//! ```json
//! [{"description", "check_name", "fingerprint", "severity",
//!   "location": {"path", "lines": {"begin"}}}]
//! ```
//!
//! `check_name` is the rule id; severities map `error` → `major`, `warning` →
//! `minor`, `info` → `info`. Code Quality shows lines only, 1-based. The
//! fingerprint is stable when lines above the finding move (see
//! [`fingerprint`](super::fingerprint)) and unique within a report. A file
//! that could not be checked is a `major` issue named `file-error` at line 1.

use std::io::{self, Write};

use serde::Serialize;

use super::fingerprint::{fnv1a, line_hashes};
use super::{FILE_ERROR, FileReport, JsonArray, Reporter, Summary, Unreadable};
use crate::diagnostic::Severity;
use crate::line_index::ColumnUnit;

/// The GitLab Code Quality reporter.
#[derive(Debug, Default)]
pub struct Gitlab {
    array: JsonArray,
}

#[derive(Serialize)]
struct Issue<'a> {
    description: &'a str,
    check_name: &'a str,
    fingerprint: String,
    severity: &'static str,
    location: Location<'a>,
}

#[derive(Serialize)]
struct Location<'a> {
    path: &'a str,
    lines: Lines,
}

#[derive(Serialize)]
struct Lines {
    begin: usize,
}

impl Reporter for Gitlab {
    fn begin(&mut self, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(b"[")
    }

    fn file(&mut self, out: &mut dyn Write, file: &FileReport<'_>) -> io::Result<()> {
        let path = file.path.replace('\\', "/");
        for (d, hash) in file.diagnostics.iter().zip(line_hashes(file)) {
            let issue = Issue {
                description: &d.message,
                check_name: d.rule,
                fingerprint: format!(
                    "{:016x}",
                    fnv1a([path.as_bytes(), b"\0", hash.to_string().as_bytes()])
                ),
                severity: match d.severity {
                    Severity::Error => "major",
                    Severity::Warning => "minor",
                    Severity::Info => "info",
                },
                location: Location {
                    path: &path,
                    lines: Lines {
                        begin: file.range(d.span, ColumnUnit::Chars).start.line,
                    },
                },
            };
            self.array.item(out, &issue)?;
        }
        Ok(())
    }

    fn unreadable(&mut self, out: &mut dyn Write, file: &Unreadable<'_>) -> io::Result<()> {
        let path = file.path.replace('\\', "/");
        let issue = Issue {
            description: file.reason,
            check_name: FILE_ERROR,
            fingerprint: format!(
                "{:016x}",
                fnv1a([path.as_bytes(), b"\0", FILE_ERROR.as_bytes()])
            ),
            severity: "major",
            location: Location {
                path: &path,
                lines: Lines { begin: 1 },
            },
        };
        self.array.item(out, &issue)
    }

    fn end(&mut self, out: &mut dyn Write, _summary: &Summary) -> io::Result<()> {
        self.array.finish(out)?;
        writeln!(out, "]")
    }
}
