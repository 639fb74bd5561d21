//! `--format junit`: JUnit XML, streamed, for CI test report views.
//!
//! Each checked file is a `<testsuite>`; each finding a `<testcase>` with a
//! `<failure>` (its `type` the severity); a file without findings has one
//! passing test case, so clean files show as passed. A file that could not
//! be checked is a suite with one failing test case (`type="file-error"`)
//! whose message is the reason. Lines and columns are 1-based, columns in
//! Unicode scalar values.

use std::fmt::Write as _;
use std::io::{self, Write};

use super::xml::{attribute, content};
use super::{FILE_ERROR, FileReport, Reporter, Summary, Unreadable};
use crate::line_index::ColumnUnit;

/// The JUnit reporter.
#[derive(Debug, Default)]
pub struct Junit;

impl Reporter for Junit {
    fn begin(&mut self, out: &mut dyn Write) -> io::Result<()> {
        writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
        writeln!(out, r#"<testsuites name="planlint">"#)
    }

    fn file(&mut self, out: &mut dyn Write, file: &FileReport<'_>) -> io::Result<()> {
        let path = attribute(file.path);
        let count = file.diagnostics.len();
        writeln!(
            out,
            r#"  <testsuite name="{path}" tests="{}" failures="{count}" errors="0" skipped="0">"#,
            count.max(1)
        )?;
        if count == 0 {
            writeln!(
                out,
                r#"    <testcase name="planlint" classname="{path}" file="{path}"/>"#
            )?;
        }
        for d in file.diagnostics {
            let at = file.range(d.span, ColumnUnit::Chars).start;
            writeln!(
                out,
                r#"    <testcase name="{} at {}:{}" classname="{path}" file="{path}" line="{}">"#,
                attribute(d.rule),
                at.line,
                at.column,
                at.line
            )?;
            let mut body = format!(
                "{}:{}:{}: {}[{}] {}",
                file.path, at.line, at.column, d.severity, d.rule, d.message
            );
            for (name, text) in [("help", &d.help), ("note", &d.note)] {
                if let Some(text) = text {
                    let _ = write!(body, "\n{name}: {text}");
                }
            }
            writeln!(
                out,
                r#"      <failure message="{}" type="{}">{}</failure>"#,
                attribute(&d.message),
                d.severity,
                content(&body)
            )?;
            writeln!(out, "    </testcase>")?;
        }
        writeln!(out, "  </testsuite>")
    }

    fn unreadable(&mut self, out: &mut dyn Write, file: &Unreadable<'_>) -> io::Result<()> {
        let path = attribute(file.path);
        writeln!(
            out,
            r#"  <testsuite name="{path}" tests="1" failures="1" errors="0" skipped="0">"#
        )?;
        writeln!(
            out,
            r#"    <testcase name="{FILE_ERROR}" classname="{path}" file="{path}">"#
        )?;
        writeln!(
            out,
            r#"      <failure message="{}" type="{FILE_ERROR}">{}</failure>"#,
            attribute(file.reason),
            content(&format!(
                "{}: error[{FILE_ERROR}] {}",
                file.path, file.reason
            ))
        )?;
        writeln!(out, "    </testcase>")?;
        writeln!(out, "  </testsuite>")
    }

    fn end(&mut self, out: &mut dyn Write, _summary: &Summary) -> io::Result<()> {
        writeln!(out, "</testsuites>")
    }
}
