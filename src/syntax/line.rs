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
    // Most cells start and end in a letter, a digit or a Han character:
    // nothing to trim, as their first bytes say.
    let bytes = text.as_bytes();
    let last = bytes.iter().rposition(|&b| !is_continuation(b));
    if let (Some(&first), Some(last)) = (bytes.first(), last)
        && !may_be_space(first)
        && !may_be_space(bytes[last])
    {
        return (Span::new(start, start + text.len()), text);
    }
    if text.is_empty() {
        return (Span::empty(start), "");
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

/// Whether `b` is a byte inside a UTF-8 character, not its first.
fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// Whether the character starting with byte `b` may be whitespace: ASCII
/// whitespace, or a character from U+0080 to U+00BF (`C2`), U+1000 to
/// U+1FFF (`E1`), U+2000 to U+2FFF (`E2`) or U+3000 to U+3FFF (`E3`), the
/// only ones that hold any. Han characters (`E4` to `E9`) hold none.
fn may_be_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ' | 0xC2 | 0xE1..=0xE3)
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// Trimming by first bytes agrees with the standard library.
        #[test]
        fn trim_is_str_trim(text in "[ a\t\n\u{b}\u{c}\r\u{1c}\u{85}\u{a0}\u{1680}\u{2000}\u{200b}\u{2028}\u{202f}\u{205f}\u{3000}\u{3001}數é]{0,6}") {
            let (span, trimmed) = trim(&text, 10);
            proptest::prop_assert_eq!(trimmed, text.trim());
            let left = text.len() - text.trim_start().len();
            let expected = if text.trim().is_empty() {
                Span::empty(10 + left.min(text.len()))
            } else {
                Span::new(10 + left, 10 + left + text.trim().len())
            };
            proptest::prop_assert_eq!(span, expected);
        }
    }

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
