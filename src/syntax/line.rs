//! Lines and TAB-separated cells, with their spans.

use crate::model::{Cell, Span};

/// One line of the source, without its line break.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line<'a> {
    /// Zero-based line number.
    pub index: usize,
    /// Byte offset of the line's first byte (after a BOM on line 0).
    pub start: usize,
    /// The line's text, without its line break.
    pub text: &'a str,
}

impl<'a> Line<'a> {
    /// The span of the line's trimmed text.
    #[must_use]
    pub fn trimmed(&self) -> (Span, &'a str) {
        trim(self.text, self.start)
    }

    /// Whether the line holds only whitespace.
    #[must_use]
    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }

    /// Whether the line holds a TAB, so is a table row.
    #[must_use]
    pub fn has_tab(&self) -> bool {
        self.text.contains('\t')
    }

    /// The span of the whole line.
    #[must_use]
    pub fn span(&self) -> Span {
        Span::new(self.start, self.start + self.text.len())
    }

    /// The TAB-separated cells, each trimmed.
    #[must_use]
    pub fn cells(&self) -> Vec<Cell> {
        let mut cells = Vec::new();
        let mut start = self.start;
        for piece in self.text.split('\t') {
            let (span, text) = trim(piece, start);
            cells.push(Cell {
                text: text.to_owned(),
                span,
                more: Vec::new(),
            });
            start += piece.len() + 1;
        }
        cells
    }
}

/// `text` (starting at byte `start`) trimmed, with the span of what is left.
/// An all-blank text gives an empty span where its content would start.
#[must_use]
pub fn trim(text: &str, start: usize) -> (Span, &str) {
    let left = text.len() - text.trim_start().len();
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return (Span::empty(start + left.min(text.len())), "");
    }
    (
        Span::new(start + left, start + left + trimmed.len()),
        trimmed,
    )
}

/// Splits `source` into lines at `\n`, `\r\n` or a lone `\r`, skipping a
/// leading byte order mark.
#[must_use]
pub fn lines(source: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let bytes = source.as_bytes();
    let mut start = if source.starts_with('\u{feff}') { 3 } else { 0 };
    let mut i = start;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                out.push(Line {
                    index: out.len(),
                    start,
                    text: &source[start..i],
                });
                start = i + 1;
            }
            b'\r' => {
                out.push(Line {
                    index: out.len(),
                    start,
                    text: &source[start..i],
                });
                if bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    out.push(Line {
        index: out.len(),
        start,
        text: &source[start..],
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_breaks_and_bom() {
        let src = "\u{feff}a\r\nb\rc\n";
        let ls = lines(src);
        let texts: Vec<_> = ls.iter().map(|l| l.text).collect();
        assert_eq!(texts, ["a", "b", "c", ""]);
        assert_eq!(ls[0].start, 3);
    }

    #[test]
    fn cells_are_trimmed_with_spans() {
        let src = "1\t 數據 \t\t";
        let line = lines(src)[0];
        let cells = line.cells();
        assert_eq!(cells.len(), 4);
        assert_eq!(cells[1].text, "數據");
        assert_eq!(cells[1].span.slice(src), "數據");
        assert!(cells[2].is_empty());
        assert_eq!(cells[3].span.offset, src.len());
    }
}
