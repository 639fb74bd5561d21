//! `table = header-row (row | blank)*`: which line is a header, and each
//! row's cells read through it.

use super::line::{self, Line};
use crate::model::{
    Cell, Column, Field, Fields, Header, HeaderCell, Language, Row, RowKind, Span, Text,
};
use crate::vocab::Vocabulary;

/// The columns the cells of the row last read as a possible header name,
/// kept with its line: a plan repeats one header row over every table,
/// and a line read just before is not looked up again.
#[derive(Debug, Default)]
pub struct Columns<'a> {
    line: &'a str,
    columns: Vec<Option<Column>>,
}

/// The line as a header row, when enough of its cells name known columns.
/// `last` holds the columns of the row read so before.
#[must_use]
pub fn header<'a>(
    source: &str,
    line: &Line<'a>,
    cells: &[Cell],
    vocab: &Vocabulary,
    last: &mut Columns<'a>,
) -> Option<Header> {
    // Data rows start with their number: the common case costs nothing.
    if cells.first().is_some_and(|c| {
        let text = c.text(source);
        !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
    }) {
        return None;
    }
    // An empty cell names no column (rows marked not applicable are empty
    // but for a word).
    let column = |c: &Cell| {
        if c.is_empty() {
            None
        } else {
            vocab.column(c.text(source))
        }
    };
    let filled = cells.iter().filter(|c| !c.is_empty()).count();
    // Too few cells to name enough columns: a row marked not applicable.
    if filled < 2 || filled < 3 && cells.first().and_then(column) != Some(Column::Number) {
        return None;
    }
    // The columns are the same for the same line: read again otherwise.
    if last.line != line.text || last.columns.len() != cells.len() {
        last.columns.clear();
        last.columns.extend(cells.iter().map(column));
        last.line = line.text;
    }
    let columns = &last.columns;
    let known = columns.iter().flatten().count();
    let numbered = columns.first() == Some(&Some(Column::Number));
    if !(numbered && known >= 2 || known >= 3 && known * 2 >= filled) {
        return None;
    }
    Some(Header {
        cells: cells
            .iter()
            .zip(columns)
            .map(|(cell, &column)| HeaderCell {
                text: Text {
                    text: cell.text(source).to_owned(),
                    span: cell.span,
                },
                column,
            })
            .collect(),
        line: line.index + 1,
        span: line.span(),
    })
}

/// Whether two header rows name the same cells: the second is the first
/// repeated at the top of a new page.
#[must_use]
pub fn same_header(left: &Header, right: &Header) -> bool {
    left.cells
        .iter()
        .map(|c| &c.text.text)
        .eq(right.cells.iter().map(|c| &c.text.text))
}

/// Reads the cells of every row of every table through its header,
/// splitting combined category／name cells as `language` writes them;
/// `source` is the text the tables' spans point into.
pub fn read_fields<'t>(
    source: &str,
    tables: impl IntoIterator<Item = &'t mut crate::model::Table>,
    vocab: &Vocabulary,
    language: Language,
) {
    let separators = vocab.lexicon().category_name_separators(language);
    let read = Reader {
        source,
        vocab,
        separators: &separators,
        longest_category: longest_category(vocab),
    };
    for table in tables {
        for row in &mut table.rows {
            row.fields = read.fields(&table.header, row);
        }
    }
}

/// What reading a row's cells needs.
struct Reader<'a> {
    source: &'a str,
    vocab: &'a Vocabulary,
    separators: &'a [&'a str],
    /// The most bytes a combined cell's left side may have and still be
    /// looked up as a category (see [`longest_category`]).
    longest_category: usize,
}

/// How long, in bytes, a trimmed left side of a combined cell may be and
/// still be looked up as a category: four times the longest name, and at
/// least 256. A lookup reads its whole text, so without a bound a cell of
/// many separators and no category before them (`<br/>` repeated) cost the
/// square of its length; a real category, however spaced, is far shorter.
fn longest_category(vocab: &Vocabulary) -> usize {
    vocab.categories().longest_name().saturating_mul(4).max(256)
}

impl Reader<'_> {
    /// Reads a row's cells through the header.
    fn fields(&self, header: &Header, row: &Row) -> Fields {
        let mut fields = Fields::default();
        if row.kind != RowKind::Data {
            return fields;
        }
        for (i, header_cell) in header.cells.iter().enumerate() {
            let Some(column) = header_cell.column else {
                continue;
            };
            let Some(cell) = row.cells.get(i) else {
                let empty = Cell::empty(row.span.end());
                match Field::of(column) {
                    Some(field) => fields.set_own(field, empty),
                    None => self.split_into(&mut fields, None, &empty, &row.cells),
                }
                continue;
            };
            match Field::of(column) {
                Some(field) => fields.set_cell(field, i, &row.cells),
                None => self.split_into(&mut fields, Some(i), cell, &row.cells),
            }
        }
        fields
    }

    /// Fills category and name from a combined cell (the row's cell at `index`
    /// of `cells`, or an empty cell the row is too short to have). When the cell holds no
    /// separator, the name is the cell itself.
    fn split_into(&self, fields: &mut Fields, index: Option<usize>, cell: &Cell, cells: &[Cell]) {
        if let Some((category, name)) = self.split_category_name(cell) {
            fields.set_own(Field::Category, category);
            fields.set_own(Field::Name, name);
            return;
        }
        fields.set_own(Field::Category, Cell::empty(cell.span.offset()));
        match index {
            Some(i) => fields.set_cell(Field::Name, i, cells),
            None => fields.set_own(Field::Name, cell.clone()),
        }
    }

    /// Splits a combined cell (`工商業／指定本地研究機構名單`, `Finance / Head
    /// 155`) into category and name. A name may itself hold a separator
    /// (`Import/Export Statistics`), so the split is at the first separator
    /// whose left side is a known category; failing that, at the first place of
    /// the most preferred separator the text holds (`separators` lists the plan
    /// language's first). Without any, the category is empty and the whole text
    /// is the name: `None`.
    fn split_category_name(&self, cell: &Cell) -> Option<(Cell, Cell)> {
        let (text, vocab) = (cell.text(self.source), self.vocab);
        // The first place of the most preferred separator the text holds, and
        // the first place whose left side is a known category.
        let mut first: Option<(usize, usize)> = None;
        let mut known: Option<(usize, usize)> = None;
        for separator in self.separators {
            find_all(text, separator, |at| {
                first.get_or_insert((at, separator.len()));
                let left = text[..at].trim();
                if known.is_none_or(|(k, _)| at < k)
                    && left.len() <= self.longest_category
                    && vocab.is_category(left)
                {
                    known = Some((at, separator.len()));
                }
            });
        }
        let (at, gap) = known.or(first)?;
        Some(split_cell(cell, text, at, gap))
    }
}

/// Calls `found` with the start of each non-overlapping `needle` in `text`,
/// left to right (as `str::match_indices`), finding candidates by the
/// needle's first byte: separators are a character or two.
fn find_all(text: &str, needle: &str, mut found: impl FnMut(usize)) {
    let (bytes, wanted) = (text.as_bytes(), needle.as_bytes());
    let Some(&first) = wanted.first() else {
        return;
    };
    let mut from = 0;
    while let Some(at) = memchr::memchr(first, &bytes[from..]).map(|i| from + i) {
        if bytes[at..].starts_with(wanted) {
            found(at);
            from = at + wanted.len();
        } else {
            from = at + 1;
        }
    }
}

/// Splits a cell (whose text is `text`) at byte `at` of its text, dropping
/// the `gap` bytes there.
/// Each part keeps the spans of the pieces it came from, trimmed, so that its
/// pieces still slice the source to exactly its text, even when the cell was
/// merged from several lines and the split point is on any of them.
fn split_cell(cell: &Cell, text: &str, at: usize, gap: usize) -> (Cell, Cell) {
    let after = at + gap;
    // One piece, on the first line: the parts are its two sides, trimmed.
    if cell.more().is_empty() && !cell.span.is_empty() {
        let part = |from: usize, to: usize, anchor: usize| {
            let (span, part) = line::trim(&text[from..to], cell.span.offset() + from);
            Cell::new(if part.is_empty() {
                Span::empty(anchor)
            } else {
                span
            })
        };
        return (
            part(0, at, cell.span.offset()),
            part(after, text.len(), cell.span.offset() + after),
        );
    }
    // The non-empty pieces, each with where it sits in `cell.text` (pieces
    // are joined by one space) and whether it is on the row's first line.
    let mut pieces = Vec::new();
    let mut pos = 0;
    for (i, span) in cell.spans().enumerate() {
        if span.is_empty() {
            continue;
        }
        pieces.push((pos, span, i == 0));
        pos += span.len() + 1;
    }
    let part = |from: usize, to: usize, anchor: usize| {
        let mut first = None;
        let mut more = Vec::new();
        let mut texts = Vec::new();
        for &(pos, span, on_first_line) in &pieces {
            let (start, end) = (from.max(pos), to.min(pos + span.len()));
            let Some(slice) = text.get(start..end).filter(|t| !t.is_empty()) else {
                continue;
            };
            let (piece, trimmed) = line::trim(slice, span.offset() + start - pos);
            if trimmed.is_empty() {
                continue;
            }
            texts.push(trimmed);
            if on_first_line {
                first = Some(piece);
            } else {
                more.push(piece);
            }
        }
        Cell::joined(first.unwrap_or(Span::empty(anchor)), more, texts.join(" "))
    };
    // Where an empty part's span sits on the first line: the cell's start for
    // the first part; for the second, just after the split point when that is
    // on the first line, else the end of the first line's text.
    let second_anchor = pieces
        .first()
        .filter(|&&(pos, span, on_first_line)| on_first_line && after <= pos + span.len())
        .map_or(cell.span.end(), |&(pos, span, _)| {
            span.offset() + after - pos
        });
    (
        part(0, at, cell.span.offset()),
        part(after, text.len(), second_anchor),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str, language: Language) -> (String, String) {
        let vocab = Vocabulary::builtin();
        let cell = Cell::new(Span::new(0, text.len()));
        let separators = vocab.lexicon().category_name_separators(language);
        let reader = Reader {
            source: text,
            vocab,
            separators: &separators,
            longest_category: longest_category(vocab),
        };
        let Some((category, name)) = reader.split_category_name(&cell) else {
            return (String::new(), text.to_owned());
        };
        for part in [&category, &name] {
            assert_eq!(part.more(), &[], "{text:?}");
        }
        (category.text(text).into(), name.text(text).into())
    }

    fn pair(category: &str, name: &str) -> (String, String) {
        (category.to_owned(), name.to_owned())
    }

    /// A cell of many separators and no category before them split at the
    /// first, looking up only left sides a category could be: the known
    /// category after a short run is still preferred.
    #[test]
    fn many_separators_split_at_the_first() {
        let run = "<br/>".repeat(20_000);
        let (category, name) = split(&run, Language::En);
        assert_eq!(category, "<br");
        assert_eq!(name.len(), run.len() - "<br/".len());
        let text = format!("a/b/Finance/{run}");
        assert_eq!(split(&text, Language::En).0, "a");
        let text = "Commerce and Industry/Import/Export Statistics".to_owned();
        assert_eq!(split(&text, Language::En).0, "Commerce and Industry");
        let padded = format!("x/Finance{}/name", " ".repeat(400));
        assert_eq!(
            split(&padded, Language::En).0,
            "x",
            "past the bound: the first separator"
        );
    }

    #[test]
    fn category_and_name_split_as_each_language_writes_them() {
        for (text, language, expected) in [
            (
                "工商業／指定本地研究機構名單",
                Language::ZhHant,
                pair("工商業", "指定本地研究機構名單"),
            ),
            ("工商业／名单", Language::ZhHans, pair("工商业", "名单")),
            (
                "Finance / Government Expenditure",
                Language::En,
                pair("Finance", "Government Expenditure"),
            ),
            (
                "Finance/Government Expenditure",
                Language::En,
                pair("Finance", "Government Expenditure"),
            ),
            (
                "Finance／Government Expenditure",
                Language::En,
                pair("Finance", "Government Expenditure"),
            ),
            // A name holding its own separator: the split is where the left
            // side is a known category.
            (
                "Commerce and Industry/Import/Export Statistics",
                Language::En,
                pair("Commerce and Industry", "Import/Export Statistics"),
            ),
            (
                "Commerce and Industry / Import / Export",
                Language::En,
                pair("Commerce and Industry", "Import / Export"),
            ),
            (
                "資訊科技及廣播／「科技券」按科技服務／方案分類",
                Language::ZhHant,
                pair("資訊科技及廣播", "「科技券」按科技服務／方案分類"),
            ),
            // No known category on the left of any separator: the plan
            // language's preferred separator, first place (a misspelt
            // category is then reported as unknown, with suggestions).
            (
                "Finanse / Import/Export",
                Language::En,
                pair("Finanse", "Import/Export"),
            ),
            (
                "財政／名單／清單",
                Language::ZhHant,
                pair("財政", "名單／清單"),
            ),
            // No separator at all: no category.
            (
                "Government Expenditure",
                Language::En,
                pair("", "Government Expenditure"),
            ),
            // The category given, the name left out.
            ("Finance /", Language::En, pair("Finance", "")),
        ] {
            assert_eq!(split(text, language), expected, "{text}");
        }
    }
}
