//! The one mapping from byte offsets to lines and columns.
//!
//! Lines are those of [`crate::source::lines`], the grammar's: they break at
//! `\n`, `\r\n` and a lone `\r` (as in LSP), and line 1 starts after a byte
//! order mark, so a finding's column is the same with or without one.
//! Columns can be counted in UTF-8 bytes, UTF-16 code units or Unicode scalar
//! values; each output format picks the unit it documents.

/// The unit a column is counted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnUnit {
    /// UTF-8 bytes (reviewdog, miette, LSP `utf-8`).
    Utf8,
    /// UTF-16 code units (LSP default, SARIF `utf16CodeUnits`).
    Utf16,
    /// Unicode scalar values (JSON, concise, GitHub, SARIF `unicodeCodePoints`).
    Chars,
}

/// A position: both zero-based.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    /// Zero-based line.
    pub line: usize,
    /// Zero-based column in the requested unit.
    pub column: usize,
}

/// On a line longer than this many bytes, the columns reached are kept
/// every this many bytes, so a position is found by a binary search and a
/// scan of at most this many bytes, however long the line.
const ANCHOR_EVERY: usize = 1024;

/// The columns reached at a character boundary inside a long line, counted
/// from the line's start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Anchor {
    /// Byte offset in the text.
    offset: usize,
    /// UTF-16 code units from the line's start.
    utf16: usize,
    /// Unicode scalar values from the line's start.
    chars: usize,
}

impl Anchor {
    /// The column reached, in `unit`, given where the line starts.
    fn column(self, line_start: usize, unit: ColumnUnit) -> usize {
        match unit {
            ColumnUnit::Utf8 => self.offset - line_start,
            ColumnUnit::Utf16 => self.utf16,
            ColumnUnit::Chars => self.chars,
        }
    }
}

/// Line starts of one text.
#[derive(Debug, Clone)]
pub struct LineIndex {
    /// Byte offset where each line starts; the first is 0, or 3 after a
    /// byte order mark.
    starts: Vec<usize>,
    /// Anchors inside long lines, in text order.
    anchors: Vec<Anchor>,
    len: usize,
}

impl LineIndex {
    /// Indexes `text`.
    #[must_use]
    pub fn new(text: &str) -> Self {
        let starts: Vec<usize> = crate::source::lines(text).map(|line| line.start).collect();
        let mut anchors = Vec::new();
        let bytes = text.as_bytes();
        for (i, &start) in starts.iter().enumerate() {
            let end = starts.get(i + 1).copied().unwrap_or(text.len());
            if end - start <= ANCHOR_EVERY {
                continue;
            }
            let (mut utf16, mut chars, mut last) = (0, 0, start);
            for (at, &byte) in bytes.iter().enumerate().take(end).skip(start) {
                // A byte that starts a character (not a continuation byte).
                if byte & 0xC0 == 0x80 {
                    continue;
                }
                if at - last >= ANCHOR_EVERY {
                    anchors.push(Anchor {
                        offset: at,
                        utf16,
                        chars,
                    });
                    last = at;
                }
                chars += 1;
                utf16 += if byte >= 0xF0 { 2 } else { 1 };
            }
        }
        Self {
            starts,
            anchors,
            len: text.len(),
        }
    }

    /// The last anchor of the line starting at `line_start` that is at or
    /// before `offset` and counts no more than `column` in `unit` (any
    /// column when `None`).
    fn anchor(
        &self,
        line_start: usize,
        offset: usize,
        column: Option<(usize, ColumnUnit)>,
    ) -> Option<Anchor> {
        let lo = self.anchors.partition_point(|a| a.offset <= line_start);
        let hi = self.anchors.partition_point(|a| a.offset <= offset);
        let candidates = self.anchors.get(lo..hi)?;
        let n = match column {
            None => candidates.len(),
            Some((column, unit)) => {
                candidates.partition_point(|a| a.column(line_start, unit) <= column)
            }
        };
        n.checked_sub(1).map(|i| candidates[i])
    }

    /// Number of lines (an empty text has one).
    #[must_use]
    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// Zero-based line holding byte `offset` (clamped to the text).
    #[must_use]
    pub fn line_of(&self, offset: usize) -> usize {
        let offset = offset.min(self.len);
        self.starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1)
    }

    /// Byte offset where zero-based `line` starts (the text's end past the last line).
    #[must_use]
    pub fn line_start(&self, line: usize) -> usize {
        self.starts.get(line).copied().unwrap_or(self.len)
    }

    /// Byte range of zero-based `line`'s content, without its line break.
    #[must_use]
    pub fn line_range(&self, text: &str, line: usize) -> std::ops::Range<usize> {
        let start = self.line_start(line);
        let mut end = self.starts.get(line + 1).copied().unwrap_or(self.len);
        let bytes = text.as_bytes();
        if end > start && bytes.get(end - 1) == Some(&b'\n') {
            end -= 1;
        }
        if end > start && bytes.get(end - 1) == Some(&b'\r') {
            end -= 1;
        }
        start..end
    }

    /// The zero-based position of byte `offset` in `text`, columns in `unit`.
    ///
    /// An offset inside a character counts up to that character's start; an
    /// offset past the end is clamped to the end.
    #[must_use]
    pub fn position(&self, text: &str, offset: usize, unit: ColumnUnit) -> Position {
        let offset = crate::source::floor_char_boundary(text, offset);
        let line = self.line_of(offset);
        let line_start = self.line_start(line).min(offset);
        let (start, base) = match self.anchor(line_start, offset, None) {
            Some(a) => (a.offset, a.column(line_start, unit)),
            None => (line_start, 0),
        };
        let prefix = &text[start..offset];
        let column = base
            + match unit {
                ColumnUnit::Utf8 => prefix.len(),
                ColumnUnit::Utf16 => prefix.chars().map(char::len_utf16).sum(),
                ColumnUnit::Chars => prefix.chars().count(),
            };
        Position { line, column }
    }

    /// The byte offset of a zero-based position, columns in `unit`; positions
    /// past a line's end clamp to that end (as LSP asks).
    #[must_use]
    pub fn offset(&self, text: &str, position: Position, unit: ColumnUnit) -> usize {
        if position.line >= self.starts.len() {
            return text.len();
        }
        let range = self.line_range(text, position.line);
        let (from, mut count) =
            match self.anchor(range.start, range.end, Some((position.column, unit))) {
                Some(a) => (a.offset, a.column(range.start, unit)),
                None => (range.start, 0),
            };
        for (i, c) in text[from..range.end].char_indices() {
            if count >= position.column {
                return from + i;
            }
            count += match unit {
                ColumnUnit::Utf8 => c.len_utf8(),
                ColumnUnit::Utf16 => c.len_utf16(),
                ColumnUnit::Chars => 1,
            };
        }
        range.end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Positions counted from the line's start, the way they were before
    /// anchors: what the anchored search must agree with.
    fn counted(text: &str, index: &LineIndex, offset: usize, unit: ColumnUnit) -> Position {
        let line = index.line_of(offset);
        let prefix = &text[index.line_start(line).min(offset)..offset];
        let column = match unit {
            ColumnUnit::Utf8 => prefix.len(),
            ColumnUnit::Utf16 => prefix.chars().map(char::len_utf16).sum(),
            ColumnUnit::Chars => prefix.chars().count(),
        };
        Position { line, column }
    }

    /// Every position was counted from its line's start: one 10 MB line with
    /// 100,000 findings took minutes. Long lines now keep anchors; the
    /// positions they give must be the ones counting gives.
    #[test]
    fn anchors_in_long_lines_give_the_counted_positions() {
        let long: String = "a數\u{20000}\t".repeat(900);
        let text = format!("\u{feff}short\r\n{long}\r{long}\n\nend{long}");
        let index = LineIndex::new(&text);
        assert!(index.anchors.len() > 20, "{}", index.anchors.len());
        for offset in (0..=text.len()).filter(|&o| text.is_char_boundary(o)) {
            for unit in [ColumnUnit::Utf8, ColumnUnit::Utf16, ColumnUnit::Chars] {
                let position = index.position(&text, offset, unit);
                assert_eq!(
                    position,
                    counted(&text, &index, offset, unit),
                    "{offset} {unit:?}"
                );
                let in_bom = offset < 3;
                if !in_bom && !matches!(text.as_bytes().get(offset), Some(b'\r' | b'\n')) {
                    assert_eq!(
                        index.offset(&text, position, unit),
                        offset,
                        "{offset} {unit:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn columns_in_each_unit() {
        let text = "編號\t1\n\u{20000}x\r\nlast";
        let index = LineIndex::new(text);
        assert_eq!(index.line_count(), 3);
        let tab = text.find('\t').unwrap();
        assert_eq!(index.position(text, tab, ColumnUnit::Utf8).column, 6);
        assert_eq!(index.position(text, tab, ColumnUnit::Utf16).column, 2);
        assert_eq!(index.position(text, tab, ColumnUnit::Chars).column, 2);
        let x = text.find('x').unwrap();
        let p = index.position(text, x, ColumnUnit::Utf16);
        assert_eq!((p.line, p.column), (1, 2));
        assert_eq!(index.position(text, x, ColumnUnit::Chars).column, 1);
        assert_eq!(index.offset(text, p, ColumnUnit::Utf16), x);
        let last = text.find("last").unwrap();
        assert_eq!(index.position(text, last, ColumnUnit::Chars).line, 2);
    }

    #[test]
    fn lone_carriage_return_breaks_lines() {
        let index = LineIndex::new("a\rb\r\nc");
        assert_eq!(index.line_count(), 3);
        assert_eq!(index.line_of(2), 1);
        assert_eq!(index.line_range("a\rb\r\nc", 1), 2..3);
    }

    #[test]
    fn offsets_inside_a_character_round_down() {
        let text = "數據";
        let index = LineIndex::new(text);
        assert_eq!(index.position(text, 1, ColumnUnit::Chars).column, 0);
        assert_eq!(index.position(text, 99, ColumnUnit::Chars).column, 2);
    }
}
