//! `--format checkstyle`: Checkstyle XML, streamed.
//!
//! ```xml
//! <checkstyle version="4.3"><file name="…"><error line="3" column="12"
//!   severity="error" message="…" source="planlint.malformed-date"/></file></checkstyle>
//! ```
//!
//! Every checked file gets a `<file>` element, empty when it is clean. A
//! file that could not be checked gets one `<error>` at line 1 with
//! `source="planlint.file-error"` and the reason as its message.
//! Lines and columns are 1-based, columns in Unicode scalar values.

use std::io::{self, Write};

use super::xml::attribute;
use super::{FILE_ERROR, FileReport, Reporter, Summary, Unreadable};
use crate::line_index::ColumnUnit;

/// The Checkstyle reporter.
#[derive(Debug, Default)]
pub struct Checkstyle;

impl Reporter for Checkstyle {
    fn begin(&mut self, out: &mut dyn Write) -> io::Result<()> {
        writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
        writeln!(out, r#"<checkstyle version="4.3">"#)
    }

    fn file(&mut self, out: &mut dyn Write, file: &FileReport<'_>) -> io::Result<()> {
        let path = attribute(file.path);
        if file.diagnostics.is_empty() {
            return writeln!(out, r#"  <file name="{path}"/>"#);
        }
        writeln!(out, r#"  <file name="{path}">"#)?;
        for d in file.diagnostics {
            let at = file.range(d.span, ColumnUnit::Chars).start;
            writeln!(
                out,
                r#"    <error line="{}" column="{}" severity="{}" message="{}" source="planlint.{}"/>"#,
                at.line,
                at.column,
                d.severity,
                attribute(&d.message),
                attribute(d.rule)
            )?;
        }
        writeln!(out, "  </file>")
    }

    fn unreadable(&mut self, out: &mut dyn Write, file: &Unreadable<'_>) -> io::Result<()> {
        writeln!(out, r#"  <file name="{}">"#, attribute(file.path))?;
        writeln!(
            out,
            r#"    <error line="1" column="1" severity="error" message="{}" source="planlint.{FILE_ERROR}"/>"#,
            attribute(file.reason)
        )?;
        writeln!(out, "  </file>")
    }

    fn end(&mut self, out: &mut dyn Write, _summary: &Summary) -> io::Result<()> {
        writeln!(out, "</checkstyle>")
    }
}
