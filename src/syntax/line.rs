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
        memchr::memchr(b'\t', self.text.as_bytes()).is_some()
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
        self.cells_into(&mut cells);
        cells
    }

    /// [`Line::cells`] into `cells`, emptied first: one vector serves a
    /// whole table's lines.
    pub fn cells_into(&self, cells: &mut Vec<Cell>) {
        cells.clear();
        let bytes = self.text.as_bytes();
        let mut from = 0;
        for to in memchr::memchr_iter(b'\t', bytes).chain(std::iter::once(bytes.len())) {
            let (span, _) = trim(&self.text[from..to], self.start + from);
            cells.push(Cell::new(span));
            from = to + 1;
        }
    }
}

/// `text` (starting at byte `start`) trimmed, with the span of what is left.
/// An all-blank text gives an empty span where its content would start.
#[must_use]
pub fn trim(text: &str, start: usize) -> (Span, &str) {
    // Most cells start and end in a letter or digit: nothing to trim.
    if text.chars().next().is_some_and(|c| !c.is_whitespace())
        && text.chars().next_back().is_some_and(|c| !c.is_whitespace())
    {
        return (Span::new(start, start + text.len()), text);
    }
    let trimmed_start = text.trim_start();
    let left = text.len() - trimmed_start.len();
    let trimmed = trimmed_start.trim_end();
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
        assert_eq!(cells[1].text(src), "數據");
        assert_eq!(cells[1].span.slice(src), "數據");
        assert!(cells[2].is_empty());
        assert_eq!(cells[3].span.offset(), src.len());
    }
}
