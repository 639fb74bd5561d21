//! Each line classified once, by what it looks like on its own: the
//! terminals of the grammar. Where a line sits (title, table, footer) is the
//! builder's to decide.

use super::heading;
use super::line::Line;
use crate::model::{DataKind, SectionKind};
use crate::vocab::Lexicon;

/// What a line is, read on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind<'a> {
    /// Only whitespace.
    Blank,
    /// `A. 在 2024 年發放的…`: the letter, its kind, and the text after it.
    Section {
        /// The letter, `A` to `D`.
        letter: char,
        /// What the section's dates mean.
        kind: SectionKind,
        /// The heading's text after the letter.
        text: &'a str,
    },
    /// `i. 空間數據`, with the kind of data it names.
    Subsection(Option<DataKind>),
    /// `(1) 創新科技及工業局`: the organisation's name.
    Organization(&'a str),
    /// `備註：…`.
    Note,
    /// TAB-separated cells that are no heading: a header, a data row, a group
    /// row, or (text in the first cell only) a title or footer line.
    Row,
    /// Text without a TAB that is no heading or note.
    Text,
}

/// A line and what it is. Its cells are split by whoever places it: a
/// plan of a million rows would otherwise hold every line's cells twice
/// over while its rows are built.
#[derive(Debug, Clone, Copy)]
pub struct Classified<'a> {
    /// The line.
    pub line: Line<'a>,
    /// What it is.
    pub kind: LineKind<'a>,
    /// Whether all its text is in its first cell (or it has no TAB): a
    /// heading or a title line may end in TABs, as lines exported from a
    /// table do.
    pub in_first_cell: bool,
}

impl<'a> Classified<'a> {
    /// The line's trimmed text.
    #[must_use]
    pub fn text(&self) -> &'a str {
        self.line.trimmed().1
    }
}

/// Classifies one line.
#[must_use]
pub fn classify<'a>(line: Line<'a>, lexicon: &Lexicon) -> Classified<'a> {
    let (_, text) = line.trimmed();
    let tab = memchr::memchr(b'\t', line.text.as_bytes());
    // The trimmed first cell is the trimmed line exactly when all after the
    // first TAB is whitespace.
    let in_first_cell =
        tab.is_none_or(|at| super::line::trim(&line.text[at + 1..], 0).1.is_empty());
    let kind = if text.is_empty() {
        LineKind::Blank
    } else if !in_first_cell {
        // Text in more than the first cell is a row, heading-like or not.
        LineKind::Row
    } else {
        heading_kind(text, lexicon).unwrap_or(if tab.is_none() {
            LineKind::Text
        } else {
            LineKind::Row
        })
    };
    Classified {
        line,
        kind,
        in_first_cell,
    }
}

/// The heading or note `text` reads as, if any.
fn heading_kind<'a>(text: &'a str, lexicon: &Lexicon) -> Option<LineKind<'a>> {
    if let Ok((_, (letter, heading))) = heading::section(text, lexicon)
        && let Some(kind) = SectionKind::from_letter(letter)
    {
        return Some(LineKind::Section {
            letter,
            kind,
            text: heading,
        });
    }
    if let Ok((_, (kind, _))) = heading::subsection(text, lexicon) {
        return Some(LineKind::Subsection(kind));
    }
    if let Ok((_, name)) = heading::organization(text) {
        return Some(LineKind::Organization(name));
    }
    heading::note(text, lexicon)
        .is_ok()
        .then_some(LineKind::Note)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::line::lines;

    fn kinds(source: &str) -> Vec<LineKind<'_>> {
        lines(source)
            .map(|l| classify(l, Lexicon::builtin()).kind)
            .collect()
    }

    fn kind(line: &str) -> LineKind<'_> {
        let [kind] = kinds(line)[..] else {
            panic!("{line:?} is one line");
        };
        kind
    }

    proptest::proptest! {
        /// Deciding from the bytes after the first TAB agrees with comparing
        /// the trimmed first cell with the trimmed line.
        #[test]
        fn in_first_cell_is_the_first_cell(line in "[a \t\u{3000}]{0,12}") {
            let source = line.as_str();
            let line = lines(source).next().unwrap();
            let first = line.cells().first().map(|c| c.text(source).to_owned());
            let expected = first.is_none_or(|f| f == line.trimmed().1);
            proptest::prop_assert_eq!(classify(line, Lexicon::builtin()).in_first_cell, expected);
        }
    }

    #[test]
    fn blank() {
        assert_eq!(kinds(" \n\t\t\n\u{3000}"), [LineKind::Blank; 3]);
    }

    #[test]
    fn section_headings() {
        for (line, letter, text) in [
            (
                "A. 在 2024 年發放的局／部門數據集",
                'A',
                "在 2024 年發放的局／部門數據集",
            ),
            ("B． 在 2025 年", 'B', "在 2025 年"),
            (
                "C. Datasets of other organisations\t\t",
                'C',
                "Datasets of other organisations",
            ),
            ("D. 进度", 'D', "进度"),
        ] {
            let LineKind::Section {
                letter: l, text: t, ..
            } = kind(line)
            else {
                panic!("{line:?} is a section heading");
            };
            assert_eq!((l, t), (letter, text));
        }
        // No space after the mark, a letter past D, or text in two cells.
        assert_eq!(kind("A.x"), LineKind::Text);
        assert_eq!(kind("E. x"), LineKind::Text);
        assert_eq!(kind("A. x\ty"), LineKind::Row);
    }

    #[test]
    fn subsection_headings() {
        assert_eq!(
            kind("i. 空間數據"),
            LineKind::Subsection(Some(DataKind::Spatial))
        );
        assert_eq!(
            kind("ii. Non-spatial Data\t"),
            LineKind::Subsection(Some(DataKind::NonSpatial))
        );
        assert_eq!(
            kind("ii. 非空间数据"),
            LineKind::Subsection(Some(DataKind::NonSpatial))
        );
        assert_eq!(kind("iii. 其他"), LineKind::Subsection(None));
    }

    #[test]
    fn organization_headings() {
        assert_eq!(
            kind("(1) 創新科技及工業局"),
            LineKind::Organization("創新科技及工業局")
        );
        assert_eq!(kind("（2）數碼港\t\t"), LineKind::Organization("數碼港"));
        assert_eq!(kind("(1)"), LineKind::Text);
    }

    #[test]
    fn notes() {
        for line in [
            "備註：2022年",
            "Note: entries",
            "Remarks : x\t\t",
            "备注：x",
        ] {
            assert_eq!(kind(line), LineKind::Note, "{line:?}");
        }
        assert_eq!(kind("Notes about"), LineKind::Text);
    }

    #[test]
    fn rows_and_text() {
        assert_eq!(kind("1\t財經\t甲"), LineKind::Row);
        assert_eq!(kind("\t不適用\t\t"), LineKind::Row);
        // Text in the first cell only: a group row, or a title line.
        assert_eq!(kind("創新及科技基金 (ITF)\t\t\t\t"), LineKind::Row);
        assert_eq!(kind("創新科技署"), LineKind::Text);
        assert_eq!(kind("December 2023"), LineKind::Text);
    }
}
