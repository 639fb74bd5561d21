//! `--format pretty`: miette's graphical reports, for people.
//!
//! Each finding shows the source lines with the cell underlined, the rule id
//! as the code, secondary labels, and the help and note.

use std::io::{self, Write};
use std::sync::Arc;

use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic};

use super::{FILE_ERROR, FileReport, Options, Reporter, Summary, Unreadable};
use crate::diagnostic::{Diagnostic, Severity};
use crate::line_index::{ColumnUnit, LineIndex};
use crate::model::Language;
use crate::source::{SourceFile, ceil_char_boundary, floor_char_boundary};

/// The longest line, in bytes, whose labels miette is asked to draw. miette
/// pads an underline with a `{:width$}` format argument, which panics past
/// display column 65,535; a character is at most 4 columns wide (a TAB), so
/// this many bytes always stay below that. A finding on a longer line is
/// shown without its source excerpt, with its position in a note.
const MAX_LINE_BYTES: usize = 16_000;

/// Lines longer than this many bytes are drawn as a window of
/// [`WINDOW_MARGIN`] bytes either side of the span, as ruff does.
const WINDOW_FROM: usize = 1_000;
const WINDOW_MARGIN: usize = 240;

/// Whether every line `span` starts or ends on is short enough to draw:
/// as planlint counts lines, and as miette does, which breaks lines only at
/// `\n` (a plan with lone CR line ends is one line to it).
pub(crate) fn drawable(text: &str, index: &LineIndex, span: crate::model::Span) -> bool {
    [span.offset(), span.end()].into_iter().all(|offset| {
        let range = index.line_range(text, index.line_of(offset));
        if range.end - range.start > MAX_LINE_BYTES {
            return false;
        }
        // A `\n` within the bytes before `offset`, or the text's start.
        let from = floor_char_boundary(text, offset.min(text.len()).saturating_sub(MAX_LINE_BYTES));
        from == 0 || text.as_bytes()[from..offset.min(text.len())].contains(&b'\n')
    })
}

/// The pretty reporter.
pub struct Pretty {
    handler: GraphicalReportHandler,
}

impl std::fmt::Debug for Pretty {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pretty").finish_non_exhaustive()
    }
}

impl Pretty {
    /// A pretty reporter; without colour its output is plain Unicode text.
    #[must_use]
    pub fn new(options: Options) -> Self {
        let theme = if options.color {
            GraphicalTheme::unicode()
        } else {
            GraphicalTheme::unicode_nocolor()
        };
        let mut handler = GraphicalReportHandler::new_themed(theme)
            .with_width(options.width.unwrap_or(100))
            .with_context_lines(1);
        if !options.color {
            handler = handler.without_syntax_highlighting();
        }
        Self { handler }
    }
}

/// miette's own English headings in rendered `text` (`  help: `, and
/// `Advice: ` before a label in another file) in `language`, each as wide
/// as the English one so that the wrapped lines under it stay aligned.
/// Only a heading at the start of a line (after colour codes) is one.
#[must_use]
pub fn localise_headings(text: &str, language: Language) -> String {
    if language == Language::En {
        return text.to_owned();
    }
    let m = crate::i18n::messages(language);
    let headings = [
        ("  help: ", m.get("pretty-help", &[])),
        ("Advice: ", m.get("pretty-related", &[])),
    ];
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let codes = colour_codes(line);
        let rest = &line[codes..];
        match headings
            .iter()
            .find(|(english, _)| rest.starts_with(english))
        {
            Some((english, local)) => {
                out.push_str(&line[..codes]);
                out.push_str(local);
                out.push_str(&rest[english.len()..]);
            }
            None => out.push_str(line),
        }
    }
    out
}

/// The length of the ANSI colour codes (`ESC [ … m`) at the start of `line`.
fn colour_codes(line: &str) -> usize {
    let mut at = 0;
    while line[at..].starts_with("\u{1b}[") {
        match line[at..].find('m') {
            Some(end) => at += end + 1,
            None => break,
        }
    }
    at
}

/// A miette diagnostic for one finding, its help and note headed in
/// `language`.
#[must_use]
pub fn to_miette(d: &Diagnostic, language: Language) -> MietteDiagnostic {
    let note_heading = crate::i18n::messages(language).get("pretty-note", &[]);
    let severity = match d.severity {
        Severity::Error => miette::Severity::Error,
        Severity::Warning => miette::Severity::Warning,
        Severity::Info => miette::Severity::Advice,
    };
    let mut labels = vec![LabeledSpan::new_primary_with_span(
        d.label.clone(),
        (d.span.offset(), d.span.len()),
    )];
    for l in d.secondary.iter().filter(|l| l.file.is_none()) {
        labels.push(LabeledSpan::new_with_span(
            Some(l.message.clone()),
            (l.span.offset(), l.span.len()),
        ));
    }
    let help = match (&d.help, &d.note) {
        (Some(h), Some(n)) => Some(format!("{h}\n{note_heading}{n}")),
        (Some(h), None) => Some(h.clone()),
        (None, Some(n)) => Some(format!("{note_heading}{n}")),
        (None, None) => None,
    };
    // As ruff: `[*]` marks a finding `--fix` fixes.
    let message = if d.fixable(crate::diagnostic::Applicability::Safe) {
        format!("[*] {}", d.message)
    } else {
        d.message.clone()
    };
    let mut m = MietteDiagnostic::new(message)
        .with_code(d.rule)
        .with_severity(severity)
        .with_labels(labels);
    if let Some(help) = help {
        m = m.with_help(help);
    }
    m
}

/// The source as miette reads it, served from the file's [`LineIndex`]:
/// miette's own reader scans the text from its start for every label, which
/// takes seconds over thousands of findings. Columns are counted in
/// characters, so the `[file:line:column]` header agrees with `concise`.
struct Indexed<'a> {
    name: &'a str,
    text: &'a str,
    index: &'a LineIndex,
}

impl miette::SourceCode for Indexed<'_> {
    fn read_span<'b>(
        &'b self,
        span: &miette::SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn miette::SpanContents<'b> + 'b>, miette::MietteError> {
        read_span(self.name, self.text, self.index, span, before, after)
    }
}

/// Another file a label points into, as miette reads it.
struct Other(Arc<SourceFile>);

impl miette::SourceCode for Other {
    fn read_span<'b>(
        &'b self,
        span: &miette::SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn miette::SpanContents<'b> + 'b>, miette::MietteError> {
        read_span(
            &self.0.path,
            &self.0.text,
            &self.0.index,
            span,
            before,
            after,
        )
    }
}

/// What miette's reader for `str` returns, found through the index: with
/// no context, the span itself at its line and column; with context, whole
/// lines from `before` lines above the span to `after` lines below it, line
/// breaks included.
fn read_span<'b>(
    name: &str,
    text: &'b str,
    index: &LineIndex,
    span: &miette::SourceSpan,
    before: usize,
    after: usize,
) -> Result<Box<dyn miette::SpanContents<'b> + 'b>, miette::MietteError> {
    let (offset, end) = (span.offset(), span.offset() + span.len());
    if end > text.len() {
        return Err(miette::MietteError::OutOfBounds);
    }
    let first_line = index.line_of(offset);
    let (start, end, line, column) = if before == 0 && after == 0 {
        let column = index.position(text, offset, ColumnUnit::Chars).column;
        (offset, end, first_line, column)
    } else {
        let last_line = index.line_of(end.saturating_sub(1).max(offset));
        let (line_start, line_end) = (
            index.line_start(first_line),
            index.line_range(text, last_line).end,
        );
        if line_end - line_start > WINDOW_FROM {
            // A long line is shown as a window around the span, without the
            // lines around it: drawing the whole line for each of its
            // findings costs the line's length times their number.
            let from =
                ceil_char_boundary(text, offset.saturating_sub(WINDOW_MARGIN).max(line_start));
            let to = floor_char_boundary(
                text,
                end.saturating_add(WINDOW_MARGIN).min(line_end).max(end),
            );
            (from, to, first_line, 0)
        } else {
            // Lines around the span, as many as asked for, up to the first
            // long one: that one has windows of its own for its findings.
            let short = |line: usize| {
                let range = index.line_range(text, line);
                range.end - range.start <= WINDOW_FROM
            };
            let mut first = first_line;
            while first > 0 && first_line - first < before && short(first - 1) {
                first -= 1;
            }
            let mut last = last_line;
            while last - last_line < after
                && index.line_start(last + 1) < text.len()
                && short(last + 1)
            {
                last += 1;
            }
            let data_end = index.line_start(last + 1).min(text.len());
            (index.line_start(first), data_end, first, 0)
        }
    };
    let data = text
        .get(start..end)
        .ok_or(miette::MietteError::OutOfBounds)?;
    Ok(Box::new(miette::MietteSpanContents::new_named(
        name.to_owned(),
        data.as_bytes(),
        (start, end - start).into(),
        line,
        column,
        index.line_of(end),
    )))
}

/// A label in another file, shown after its finding with that file's lines.
struct Related {
    message: String,
    label: LabeledSpan,
    source: Other,
}

impl std::fmt::Debug for Related {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::fmt::Display for Related {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Related {}

impl miette::Diagnostic for Related {
    fn severity(&self) -> Option<miette::Severity> {
        Some(miette::Severity::Advice)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(std::iter::once(self.label.clone())))
    }
    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.source)
    }
}

/// `m` without labels, its position and the reason in a note: for a finding
/// on a line too long to draw.
fn without_excerpt(
    mut m: MietteDiagnostic,
    file: &FileReport<'_>,
    d: &Diagnostic,
) -> MietteDiagnostic {
    let at = file.range(d.span, ColumnUnit::Chars).start;
    let note = crate::t!(
        crate::i18n::messages(file.language),
        "too-long-to-show",
        path = file.path,
        line = at.line,
        column = at.column
    );
    m.labels = None;
    m.help = Some(match m.help {
        Some(help) => format!("{help}\n{note}"),
        None => note,
    });
    m
}

struct Report<'a> {
    inner: MietteDiagnostic,
    source: &'a Indexed<'a>,
    related: Vec<Related>,
}

impl std::fmt::Debug for Report<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.inner.fmt(f)
    }
}

impl std::fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.inner.fmt(f)
    }
}

impl std::error::Error for Report<'_> {}

impl miette::Diagnostic for Report<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn std::fmt::Display + 'b>> {
        self.inner.code()
    }
    fn severity(&self) -> Option<miette::Severity> {
        self.inner.severity()
    }
    fn help<'b>(&'b self) -> Option<Box<dyn std::fmt::Display + 'b>> {
        self.inner.help()
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        self.inner.labels()
    }
    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(self.source)
    }
    fn related<'b>(&'b self) -> Option<Box<dyn Iterator<Item = &'b dyn miette::Diagnostic> + 'b>> {
        if self.related.is_empty() {
            return None;
        }
        Some(Box::new(
            self.related.iter().map(|r| r as &dyn miette::Diagnostic),
        ))
    }
}

impl Reporter for Pretty {
    fn file(&mut self, out: &mut dyn Write, file: &FileReport<'_>) -> io::Result<()> {
        if file.diagnostics.is_empty() {
            return Ok(());
        }
        let source = Indexed {
            name: file.path,
            text: file.source,
            index: file.index,
        };
        for d in file.diagnostics {
            let related = d
                .secondary
                .iter()
                .filter_map(|label| {
                    let id = label.file?;
                    let other = file.others.get(id)?;
                    Some(Related {
                        message: format!("{}: {}", other.path, label.message),
                        label: LabeledSpan::new_primary_with_span(
                            Some(label.message.clone()),
                            (label.span.offset(), label.span.len()),
                        ),
                        source: Other(other),
                    })
                })
                .collect();
            let mut inner = to_miette(d, file.language);
            let here = std::iter::once(d.span).chain(
                d.secondary
                    .iter()
                    .filter(|l| l.file.is_none())
                    .map(|l| l.span),
            );
            let mut related: Vec<Related> = related;
            if !here
                .into_iter()
                .all(|span| drawable(file.source, file.index, span))
            {
                inner = without_excerpt(inner, file, d);
                related.clear();
            }
            related.retain(|r| {
                let span =
                    crate::model::Span::new(r.label.offset(), r.label.offset() + r.label.len());
                drawable(&r.source.0.text, &r.source.0.index, span)
            });
            let report = Report {
                inner,
                source: &source,
                related,
            };
            let mut text = String::new();
            self.handler
                .render_report(&mut text, &report)
                .map_err(|e| io::Error::other(e.to_string()))?;
            writeln!(out, "{}", localise_headings(text.trim_end(), file.language))?;
            writeln!(out)?;
        }
        Ok(())
    }

    fn unreadable(&mut self, out: &mut dyn Write, file: &Unreadable<'_>) -> io::Result<()> {
        let diagnostic = MietteDiagnostic::new(format!("{}: {}", file.path, file.reason))
            .with_code(FILE_ERROR)
            .with_severity(miette::Severity::Error);
        let mut text = String::new();
        self.handler
            .render_report(&mut text, &diagnostic)
            .map_err(|e| io::Error::other(e.to_string()))?;
        writeln!(out, "{}", text.trim_end())?;
        writeln!(out)
    }

    fn end(&mut self, out: &mut dyn Write, summary: &Summary) -> io::Result<()> {
        summary.write_lines(out)
    }
}

#[cfg(test)]
mod tests {
    use unicode_width::UnicodeWidthStr;

    use super::*;

    /// miette's headings are replaced at the start of a line, after colour
    /// codes, by words as wide; the same words elsewhere are left alone.
    #[test]
    fn headings_are_localised_only_where_miette_writes_them() {
        let text = "  × x\n  help: do it\n        help: is plan text\n\u{1b}[36m  help: \u{1b}[0mdo it\nAdvice: \n  ☞ other.txt\n";
        let hant = localise_headings(text, Language::ZhHant);
        assert_eq!(
            hant,
            "  × x\n  建議：do it\n        help: is plan text\n\u{1b}[36m  建議：\u{1b}[0mdo it\n參閱：\n  ☞ other.txt\n"
        );
        assert_eq!(localise_headings(text, Language::En), text);
        for language in [Language::ZhHant, Language::ZhHans] {
            let m = crate::i18n::messages(language);
            assert_eq!(m.get("pretty-help", &[]).width(), "  help: ".width());
            assert_eq!(m.get("pretty-note", &[]).width(), "note: ".width());
        }
    }
}
