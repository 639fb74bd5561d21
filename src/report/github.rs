//! `--format github`: GitHub Actions workflow commands, and a job summary.
//!
//! Each finding becomes one annotation:
//!
//! ```text
//! ::error file=plans/a.txt,line=3,endLine=3,col=12,endColumn=19,title=planlint(malformed-date)::date `3/2024` …
//! ```
//!
//! `warning` findings use `::warning`, `info` findings `::notice`. Lines and
//! columns are 1-based; columns count Unicode scalar values (as in `json` and
//! `concise`), and `endColumn` is one past the last character. The message and
//! the properties are escaped as the Actions toolkit does: `%`, CR and LF as
//! `%25`, `%0D` and `%0A`, and in properties also `:` and `,` as `%3A` and
//! `%2C`.
//!
//! GitHub shows only the first 10 errors, 10 warnings and 10 notices of a
//! step, so the annotations are held until the run ends and printed errors
//! first, then warnings, then notices, each in path and position order. When
//! `GITHUB_STEP_SUMMARY` names a file, a Markdown summary is appended to it:
//! the counts per rule and per file, and every finding, so that nothing is
//! lost to the cap.
//!
//! A file that could not be checked is an `::error file=…` annotation
//! without a line, titled `planlint(file-error)`, whose message is the
//! reason; the job summary lists these files first.

use std::fmt::Write as _;
use std::fs::OpenOptions;
use std::io::{self, Write};
use std::path::PathBuf;

use super::plural;
use super::{FILE_ERROR, FileReport, Reporter, Summary, Unreadable};
use crate::diagnostic::{Diagnostic, Severity};
use crate::line_index::ColumnUnit;

/// GitHub accepts at most 1 MiB of job summary per step.
const SUMMARY_LIMIT: usize = 1024 * 1024;

/// The GitHub Actions reporter.
#[derive(Debug, Default)]
pub struct Github {
    step_summary: Option<PathBuf>,
    /// Rendered commands: errors, warnings, notices.
    commands: [Vec<String>; 3],
    /// Per file with findings: path and counts of errors, warnings, infos.
    files: Vec<(String, [usize; 3])>,
    /// Every finding as a Markdown table row, for the job summary.
    rows: Vec<String>,
    /// Each file that could not be checked, as a Markdown list item.
    unreadable: Vec<String>,
}

impl Github {
    /// A GitHub reporter that appends a job summary to `step_summary`, if
    /// given (the CLI passes `$GITHUB_STEP_SUMMARY`).
    #[must_use]
    pub fn new(step_summary: Option<PathBuf>) -> Self {
        Self {
            step_summary,
            ..Self::default()
        }
    }

    fn markdown(&self, summary: &Summary) -> String {
        let mut md = String::from("## planlint\n\n");
        if !self.unreadable.is_empty() {
            let n = self.unreadable.len();
            let _ = writeln!(md, "**{n} file{} could not be checked:**\n", plural(n));
            for item in &self.unreadable {
                md.push_str(item);
            }
            md.push('\n');
        }
        let total = summary.errors + summary.warnings + summary.infos;
        if total == 0 {
            let _ = writeln!(
                md,
                "No problems in {} file{}.",
                summary.files,
                plural(summary.files)
            );
            return md;
        }
        let _ = writeln!(
            md,
            "**{total} problem{}** ({} error{}, {} warning{}, {} info) in {} file{}.\n",
            plural(total),
            summary.errors,
            plural(summary.errors),
            summary.warnings,
            plural(summary.warnings),
            summary.infos,
            summary.files,
            plural(summary.files),
        );
        md.push_str("| rule | findings |\n| --- | ---: |\n");
        for (rule, count) in &summary.by_rule {
            let _ = writeln!(md, "| {} | {count} |", code(rule));
        }
        md.push_str("\n| file | errors | warnings | info |\n| --- | ---: | ---: | ---: |\n");
        for (path, [errors, warnings, infos]) in &self.files {
            let _ = writeln!(md, "| {} | {errors} | {warnings} | {infos} |", code(path));
        }
        md.push_str(
            "\n### Findings\n\n| location | severity | rule | message |\n| --- | --- | --- | --- |\n",
        );
        for (i, row) in self.rows.iter().enumerate() {
            // Leave room for the closing note.
            if md.len() + row.len() + 200 > SUMMARY_LIMIT {
                let left = self.rows.len() - i;
                let _ = writeln!(
                    md,
                    "\n{left} more finding{} not listed: a job summary holds at most 1 MiB.",
                    plural(left)
                );
                break;
            }
            md.push_str(row);
        }
        md
    }
}

impl Reporter for Github {
    fn file(&mut self, _out: &mut dyn Write, file: &FileReport<'_>) -> io::Result<()> {
        if file.diagnostics.is_empty() {
            return Ok(());
        }
        let mut counts = [0; 3];
        for d in file.diagnostics {
            let bucket = match d.severity {
                Severity::Error => 0,
                Severity::Warning => 1,
                Severity::Info => 2,
            };
            counts[bucket] += 1;
            self.commands[bucket].push(command(file, d));
            if self.step_summary.is_some() {
                let at = file.range(d.span, ColumnUnit::Chars).start;
                self.rows.push(format!(
                    "| {} | {} | {} | {} |\n",
                    code(&format!("{}:{}:{}", file.path, at.line, at.column)),
                    d.severity,
                    code(d.rule),
                    text(
                        &[d.message.clone()]
                            .into_iter()
                            .chain(file.elsewhere(d).into_iter().map(|o| format!("see {o}")))
                            .collect::<Vec<_>>()
                            .join("; ")
                    ),
                ));
            }
        }
        self.files.push((file.path.to_owned(), counts));
        Ok(())
    }

    fn unreadable(&mut self, _out: &mut dyn Write, file: &Unreadable<'_>) -> io::Result<()> {
        self.commands[0].push(format!(
            "::error file={},title={}::{}",
            escape_property(file.path),
            escape_property(&format!("planlint({FILE_ERROR})")),
            escape_data(file.reason),
        ));
        if self.step_summary.is_some() {
            self.unreadable
                .push(format!("- {}: {}\n", code(file.path), text(file.reason)));
        }
        Ok(())
    }

    fn end(&mut self, out: &mut dyn Write, summary: &Summary) -> io::Result<()> {
        for command in self.commands.iter().flatten() {
            writeln!(out, "{command}")?;
        }
        if let Some(path) = &self.step_summary {
            let markdown = self.markdown(summary);
            OpenOptions::new()
                .create(true)
                .append(true)
                .open(path)
                .and_then(|mut f| f.write_all(markdown.as_bytes()))
                .map_err(|e| {
                    io::Error::new(
                        e.kind(),
                        format!("cannot append the job summary to {}: {e}", path.display()),
                    )
                })?;
        }
        Ok(())
    }
}

/// The workflow command for one finding.
fn command(file: &FileReport<'_>, d: &Diagnostic) -> String {
    let kind = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    };
    let range = file.range(d.span, ColumnUnit::Chars);
    let mut message = d.message.clone();
    for other in file.elsewhere(d) {
        message.push_str("\nsee ");
        message.push_str(&other);
    }
    format!(
        "::{kind} file={},line={},endLine={},col={},endColumn={},title={}::{}",
        escape_property(file.path),
        range.start.line,
        range.end.line,
        range.start.column,
        range.end.column,
        escape_property(&format!("planlint({})", d.rule)),
        escape_data(&message),
    )
}

/// A workflow command's message, escaped as `escapeData` in the Actions toolkit.
fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A workflow command's property value, escaped as `escapeProperty` in the
/// Actions toolkit.
fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

/// `text` as a Markdown code span in a table cell.
fn code(text: &str) -> String {
    if text.contains('`') {
        return self::text(text);
    }
    format!("`{}`", text.replace('|', "\\|"))
}

/// A message as Markdown for a table cell: its backtick spans stay code,
/// everything else is escaped so no character of it turns into markup or
/// HTML, and line breaks become `<br>`.
fn text(message: &str) -> String {
    let parts: Vec<&str> = message.split('`').collect();
    let balanced = parts.len() % 2 == 1;
    let mut out = String::with_capacity(message.len() + 8);
    for (i, part) in parts.iter().enumerate() {
        if balanced && i % 2 == 1 {
            out.push('`');
            for c in part.chars() {
                match c {
                    '|' => out.push_str("\\|"),
                    '\n' | '\r' => out.push(' '),
                    c => out.push(c),
                }
            }
            out.push('`');
            continue;
        }
        if i > 0 && !balanced {
            out.push_str("\\`");
        }
        let mut chars = part.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '\r' if chars.peek() == Some(&'\n') => {}
                '\r' | '\n' => out.push_str("<br>"),
                '\\' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '&' | '#' | '~' | '!' => {
                    out.push('\\');
                    out.push(c);
                }
                c => out.push(c),
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_as_the_actions_toolkit() {
        assert_eq!(escape_data("100% a:b,c\r\nd"), "100%25 a:b,c%0D%0Ad");
        assert_eq!(
            escape_property("100% a:b,c\r\nd"),
            "100%25 a%3Ab%2Cc%0D%0Ad"
        );
        assert_eq!(escape_data("%0A"), "%250A");
    }

    #[test]
    fn markdown_cells_keep_code_and_escape_the_rest() {
        assert_eq!(
            text("bad `<ul>|x` in *cell*\nnext"),
            "bad `<ul>\\|x` in \\*cell\\*<br>next"
        );
        assert_eq!(text("odd ` tick <b>"), "odd \\` tick \\<b\\>");
        assert_eq!(code("a|b"), "`a\\|b`");
    }
}
