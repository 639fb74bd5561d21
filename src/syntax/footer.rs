//! `footer = issuer-line date-line`: the plan's last two lines, when they
//! are the issuer and the publication month (`創新科技及工業局` /
//! `2023年12月`, or `December 2023`).

use super::classify::{Classified, LineKind};
use super::row::looks_numbered;
use super::value::written_month;
use crate::model::{Footer, Text};
use crate::vocab::Lexicon;

/// Where the footer's two lines are, by index into the lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FooterLines {
    /// The issuer line.
    pub issuer: usize,
    /// The date line.
    pub date: usize,
}

/// The footer's lines: the last two non-blank lines when the last is a month
/// and the one before is plain text after the first section heading. Either
/// may end in TABs, as lines exported from a table do; it then still holds
/// text in its first cell only.
/// `count` lines are read with `line`, by index.
#[must_use]
pub fn find<'a>(
    count: usize,
    line: impl Fn(usize) -> Option<Classified<'a>>,
    lexicon: &Lexicon,
) -> Option<FooterLines> {
    let mut filled = (0..count)
        .rev()
        .filter_map(|i| Some((i, line(i)?)))
        .filter(|(_, l)| l.kind != LineKind::Blank);
    let (date, date_line) = filled.next()?;
    let (issuer, issuer_line) = filled.next()?;
    let plain = |l: &Classified<'_>| {
        matches!(l.kind, LineKind::Text | LineKind::Row)
            && l.in_first_cell
            && !lexicon.is_not_applicable(l.text())
            && !looks_numbered(l.text())
    };
    let after_a_section = (0..issuer)
        .filter_map(&line)
        .any(|l| matches!(l.kind, LineKind::Section { .. }));
    (after_a_section
        && plain(&date_line)
        && plain(&issuer_line)
        && written_month(date_line.text(), lexicon).is_some()
        && written_month(issuer_line.text(), lexicon).is_none())
    .then_some(FooterLines { issuer, date })
}

/// The footer node for lines found by [`find`].
#[must_use]
pub fn footer<'a>(
    line: impl Fn(usize) -> Option<Classified<'a>>,
    at: FooterLines,
    lexicon: &Lexicon,
) -> Option<Footer> {
    let (issuer_span, issuer_text) = line(at.issuer)?.line.trimmed();
    let (date_span, date_text) = line(at.date)?.line.trimmed();
    let published = written_month(date_text, lexicon)?;
    Some(Footer {
        issuer: Text {
            text: issuer_text.to_owned(),
            span: issuer_span,
        },
        date: Text {
            text: date_text.to_owned(),
            span: date_span,
        },
        published,
        span: issuer_span.to(date_span),
    })
}
