//! `--format concise`: one line per finding, `path:line:col: severity[rule] message`,
//! the message after `[*] ` when `--fix` fixes the finding.
//!
//! Columns count Unicode scalar values, as in `json` and `github`.

use std::io::{self, Write};

use super::{FILE_ERROR, FileReport, Options, Reporter, Summary, Unreadable};
use crate::diagnostic::{Applicability, Severity};
use crate::line_index::ColumnUnit;

/// The concise reporter.
#[derive(Debug, Default)]
pub struct Concise {
    color: bool,
}

impl Concise {
    /// A concise reporter.
    #[must_use]
    pub fn new(options: Options) -> Self {
        Self {
            color: options.color,
        }
    }
}

impl Reporter for Concise {
    fn file(&mut self, out: &mut dyn Write, file: &FileReport<'_>) -> io::Result<()> {
        for d in file.diagnostics {
            let at = file.range(d.span, ColumnUnit::Chars).start;
            let severity = if self.color {
                let code = match d.severity {
                    Severity::Error => "31",
                    Severity::Warning => "33",
                    Severity::Info => "36",
                };
                format!("\x1b[1;{code}m{}\x1b[0m", d.severity)
            } else {
                d.severity.to_string()
            };
            // As ruff: `[*]` marks a finding `--fix` fixes.
            let fixable = if d.fixable(Applicability::Safe) {
                "[*] "
            } else {
                ""
            };
            write!(
                out,
                "{}:{}:{}: {severity}[{}] {fixable}{}",
                file.path,
                at.line,
                at.column,
                d.rule,
                d.message.replace('\n', " ")
            )?;
            for other in file.elsewhere(d) {
                write!(out, " (see {})", other.replace('\n', " "))?;
            }
            writeln!(out)?;
        }
        Ok(())
    }

    /// As ruff reports `E902`: `path:1:1: error[file-error] cannot read: …`.
    fn unreadable(&mut self, out: &mut dyn Write, file: &Unreadable<'_>) -> io::Result<()> {
        let severity = if self.color {
            "\x1b[1;31merror\x1b[0m"
        } else {
            "error"
        };
        writeln!(
            out,
            "{}:1:1: {severity}[{FILE_ERROR}] {}",
            file.path,
            file.reason.replace('\n', " ")
        )
    }

    fn end(&mut self, out: &mut dyn Write, summary: &Summary) -> io::Result<()> {
        summary.write_lines(out)
    }
}
