//! Lines and TAB-separated cells, with their spans.

use crate::model::{Cell, Span};

pub use crate::source::{Line, lines};

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_trimmed_with_spans() {
        let src = "1\t 數據 \t\t";
        let line = lines(src).next().unwrap();
        let cells = line.cells();
        assert_eq!(cells.len(), 4);
        assert_eq!(cells[1].text, "數據");
        assert_eq!(cells[1].span.slice(src), "數據");
        assert!(cells[2].is_empty());
        assert_eq!(cells[3].span.offset, src.len());
    }
}
