//! The grammar: plan text in, [`Document`] out. It never fails and never panics.
//!
//! ```text
//! document   = blank* title section+ footer? blank*
//! title      = issuer-line blank* plan-title-line
//! section    = section-heading (note | org-heading | subsection | table | blank)*
//! subsection = subsection-heading (note | table | blank)*
//! table      = header-row (row | blank)*
//! row        = data-row | not-applicable-row | group-row | continuation-row
//! footer     = issuer-line date-line
//! ```
//!
//! Each line is recognised by a small nom parser ([`heading`], [`value`]);
//! this module places the lines into the structure. A line that fits nowhere
//! becomes an [`Unrecognized`] node, and parsing goes on.

pub mod heading;
pub mod line;
pub mod value;

use crate::model::{
    Cell, Column, DataKind, Document, Fields, Footer, Header, HeaderCell, Language, Row, RowKind,
    Section, SectionKind, Span, Table, Text, Unrecognized,
};
use crate::vocab::Vocabulary;
use line::Line;

/// Characters only Simplified Chinese writes so, and their traditional forms.
const SIMPLIFIED: &str = "数据计划发编种类频说门备注进际开类";
const TRADITIONAL: &str = "數據計劃發編種類頻說門備註進際開類";

/// Words that mark a not-applicable row (`\t不適用\t…`).
const NOT_APPLICABLE: [&str; 6] = ["不適用", "不适用", "N/A", "NA", "Not applicable", "Nil"];

/// Parses `source` with the built-in vocabularies.
#[must_use]
pub fn parse(source: &str) -> Document {
    parse_with(source, Vocabulary::builtin())
}

/// Parses `source`, recognising header cells with `vocab`.
#[must_use]
pub fn parse_with(source: &str, vocab: &Vocabulary) -> Document {
    Parser::new(source, vocab).run()
}

struct Parser<'a> {
    vocab: &'a Vocabulary,
    lines: Vec<Line<'a>>,
    doc: Document,
    /// Title lines seen before the first section (issuer, then title).
    preamble_done: bool,
    subsection: Option<(Text, Option<DataKind>)>,
    organization: Option<Text>,
    table: Option<Table>,
    group: Option<Text>,
    /// A page break since the last row of the current table: a blank line,
    /// or the table's header repeated at the top of the next page.
    page_break: bool,
}

impl<'a> Parser<'a> {
    fn new(source: &'a str, vocab: &'a Vocabulary) -> Self {
        Self {
            vocab,
            lines: line::lines(source).collect(),
            doc: Document {
                span: Span::new(0, source.len()),
                ..Document::default()
            },
            preamble_done: false,
            subsection: None,
            organization: None,
            table: None,
            group: None,
            page_break: false,
        }
    }

    fn run(mut self) -> Document {
        let lines = std::mem::take(&mut self.lines);
        let footer_at = Self::find_footer(&lines);
        let body_end = footer_at.map_or(lines.len(), |(issuer, _)| issuer);
        for line in &lines[..body_end] {
            self.line(*line);
        }
        self.close_table();
        if let Some((issuer, date)) = footer_at {
            let (issuer_span, issuer_text) = lines[issuer].trimmed();
            let (date_span, date_text) = lines[date].trimmed();
            if let Some(published) = heading::footer_month(date_text) {
                self.doc.footer = Some(Footer {
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
                });
            }
        }
        self.doc.language = self.language();
        self.doc
    }

    /// The footer's two lines: the last two non-blank lines when the last is
    /// a month and the one before is plain text after the last section began.
    /// Either may end in TABs, as lines exported from a table do; it then
    /// still holds text in its first cell only.
    fn find_footer(lines: &[Line<'_>]) -> Option<(usize, usize)> {
        let mut filled = lines.iter().rev().filter(|l| !l.is_blank());
        let date = filled.next()?;
        let issuer = filled.next()?;
        let (_, date_text) = date.trimmed();
        let (_, issuer_text) = issuer.trimmed();
        let plain = |l: &Line<'_>| {
            let cells = l.cells();
            let (_, t) = l.trimmed();
            cells.first().is_some_and(|c| c.text == t)
                && !is_not_applicable(&cells)
                && !looks_numbered(t)
                && heading::section(t).is_err()
                && heading::subsection(t).is_err()
                && heading::organization(t).is_err()
                && heading::note(t).is_err()
        };
        let after_a_section = lines[..issuer.index]
            .iter()
            .any(|l| is_heading(l) && heading::section(l.trimmed().1).is_ok());
        (after_a_section
            && plain(date)
            && plain(issuer)
            && heading::footer_month(date_text).is_some()
            && heading::footer_month(issuer_text).is_none())
        .then_some((issuer.index, date.index))
    }

    fn line(&mut self, line: Line<'a>) {
        if line.is_blank() {
            self.page_break = true;
            return;
        }
        let (span, text) = line.trimmed();
        // Before the first section there are no tables: the issuer and title
        // lines are text even when TABs follow them.
        let preamble = self.doc.sections.is_empty() && in_first_cell(&line);
        if line.has_tab() && !is_heading(&line) && !preamble {
            self.row(line);
            return;
        }
        if let Ok((_, (letter, heading_text))) = heading::section(text)
            && let Some(kind) = SectionKind::from_letter(letter)
        {
            self.preamble_done = true;
            self.close_table();
            self.subsection = None;
            self.organization = None;
            let heading_start = span.end() - heading_text.len();
            let years = match kind {
                SectionKind::FirstYear | SectionKind::LaterYears => heading::years(heading_text),
                _ => Vec::new(),
            };
            self.doc.sections.push(Section {
                letter,
                kind,
                heading: Text {
                    text: heading_text.to_owned(),
                    span: Span::new(heading_start, span.end()),
                },
                heading_span: span,
                years,
                notes: Vec::new(),
                tables: Vec::new(),
                span,
            });
            return;
        }
        let text_node = Text {
            text: text.to_owned(),
            span,
        };
        if !self.preamble_done {
            if self.doc.issuer.is_none() {
                self.doc.issuer = Some(text_node);
            } else if self.doc.title.is_none() {
                self.doc.years = heading::title_years(text);
                self.doc.title = Some(text_node);
            } else {
                self.unrecognized(text_node, "text between the title and the first section");
            }
            return;
        }
        if self.doc.sections.is_empty() {
            self.unrecognized(text_node, "text before the first section heading");
            return;
        }
        if let Ok((_, (kind, _))) = heading::subsection(text) {
            self.close_table();
            self.subsection = Some((text_node, kind));
            self.extend_section(span);
            return;
        }
        if let Ok((_, name)) = heading::organization(text) {
            self.close_table();
            self.subsection = None;
            self.organization = Some(Text {
                text: name.to_owned(),
                span: Span::new(span.end() - name.len(), span.end()),
            });
            self.extend_section(span);
            return;
        }
        if heading::note(text).is_ok() {
            self.close_table();
            self.extend_section(span);
            if let Some(section) = self.doc.sections.last_mut() {
                section.notes.push(text_node);
            }
            return;
        }
        self.unrecognized(
            text_node,
            "text that is no heading, note or TAB-separated table row",
        );
    }

    fn row(&mut self, line: Line<'a>) {
        let cells = line.cells();
        let (span, text) = line.trimmed();
        let text_node = || Text {
            text: text.to_owned(),
            span,
        };
        if self.doc.sections.is_empty() {
            self.preamble_done = true;
            self.unrecognized(text_node(), "table row before the first section heading");
            return;
        }
        self.extend_section(line.span());
        if let Some(header) = self.header(&line, &cells) {
            // The same header again, with no heading in between, is the table
            // going on over a page break: the top of the next page repeats it.
            if let Some(table) = self.table.as_mut()
                && table
                    .header
                    .cells
                    .iter()
                    .map(|c| &c.text.text)
                    .eq(header.cells.iter().map(|c| &c.text.text))
            {
                table.span = table.span.to(line.span());
                self.page_break = true;
                return;
            }
            self.close_table();
            self.table = Some(Table {
                subsection: self.subsection.as_ref().map(|(t, _)| t.clone()),
                kind: self.subsection.as_ref().and_then(|(_, k)| *k),
                organization: self.organization.clone(),
                span: header.span,
                header,
                rows: Vec::new(),
            });
            self.page_break = false;
            return;
        }
        let Some(table) = self.table.as_mut() else {
            self.unrecognized(text_node(), "table row before any header row");
            return;
        };
        let first_empty = cells.first().is_none_or(Cell::is_empty);
        let rest_empty = cells.iter().skip(1).all(Cell::is_empty);
        let after_break = std::mem::replace(&mut self.page_break, false);
        let not_applicable = is_not_applicable(&cells);
        // After a page break, a row without a number goes on with the row
        // above; right after a row it is a data row that lacks its number.
        if first_empty && after_break && !not_applicable {
            let Some(previous) = table.rows.last_mut().filter(|r| r.kind == RowKind::Data) else {
                self.unrecognized(
                    text_node(),
                    "continuation row with no data row above it to continue",
                );
                return;
            };
            merge(previous, cells, line.span());
            table.span = table.span.to(line.span());
            return;
        }
        table.span = table.span.to(line.span());
        if not_applicable {
            table
                .rows
                .push(new_row(RowKind::NotApplicable, &line, cells, None));
            return;
        }
        if !first_empty && rest_empty && !looks_numbered(&cells[0].text) {
            let name = &cells[0];
            self.group = Some(Text {
                text: name.text.clone(),
                span: name.span,
            });
            table.rows.push(new_row(RowKind::Group, &line, cells, None));
            return;
        }
        table
            .rows
            .push(new_row(RowKind::Data, &line, cells, self.group.clone()));
    }

    /// The line as a header row, when enough of its cells name known columns.
    fn header(&self, line: &Line<'_>, cells: &[Cell]) -> Option<Header> {
        // Data rows start with their number: the common case costs nothing.
        if cells
            .first()
            .is_some_and(|c| !c.text.is_empty() && c.text.bytes().all(|b| b.is_ascii_digit()))
        {
            return None;
        }
        let columns: Vec<Option<Column>> =
            cells.iter().map(|c| self.vocab.column(&c.text)).collect();
        let known = columns.iter().flatten().count();
        let filled = cells.iter().filter(|c| !c.is_empty()).count();
        let numbered = columns.first() == Some(&Some(Column::Number));
        if !(numbered && known >= 2 || known >= 3 && known * 2 >= filled) {
            return None;
        }
        Some(Header {
            cells: cells
                .iter()
                .zip(columns)
                .map(|(cell, column)| HeaderCell {
                    text: Text {
                        text: cell.text.clone(),
                        span: cell.span,
                    },
                    column,
                })
                .collect(),
            line: line.index + 1,
            span: line.span(),
        })
    }

    fn close_table(&mut self) {
        self.group = None;
        self.page_break = false;
        let Some(mut table) = self.table.take() else {
            return;
        };
        for row in &mut table.rows {
            row.fields = fields(&table.header, row);
        }
        if let Some(section) = self.doc.sections.last_mut() {
            section.span = section.span.to(table.span);
            section.tables.push(table);
        }
    }

    fn extend_section(&mut self, span: Span) {
        if let Some(section) = self.doc.sections.last_mut() {
            section.span = section.span.to(span);
        }
    }

    fn unrecognized(&mut self, text: Text, reason: &str) {
        self.extend_section(text.span);
        self.doc.unrecognized.push(Unrecognized {
            text,
            reason: reason.to_owned(),
        });
    }

    /// English when the headings are mostly Latin letters; Simplified Chinese
    /// when they use simplified forms; Traditional Chinese otherwise.
    fn language(&self) -> Language {
        let mut sample = String::new();
        for text in [&self.doc.issuer, &self.doc.title].into_iter().flatten() {
            sample.push_str(&text.text);
        }
        for section in &self.doc.sections {
            sample.push_str(&section.heading.text);
            for table in &section.tables {
                for cell in &table.header.cells {
                    sample.push_str(&cell.text.text);
                }
            }
        }
        let latin = sample.chars().filter(char::is_ascii_alphabetic).count();
        let han = sample
            .chars()
            .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
            .count();
        if latin > han {
            return Language::En;
        }
        let simplified = sample.chars().filter(|c| SIMPLIFIED.contains(*c)).count();
        let traditional = sample.chars().filter(|c| TRADITIONAL.contains(*c)).count();
        if simplified > traditional {
            Language::ZhHans
        } else {
            Language::ZhHant
        }
    }
}

/// Whether a line is a heading or a note: its text reads as one and sits in
/// its first cell only, TABs after it or none (lines exported from a table
/// often end in TABs).
fn is_heading(line: &Line<'_>) -> bool {
    let (_, text) = line.trimmed();
    in_first_cell(line)
        && (heading::section(text).is_ok()
            || heading::subsection(text).is_ok()
            || heading::organization(text).is_ok()
            || heading::note(text).is_ok())
}

/// Whether all of a line's text is in its first cell (or it has no TAB).
fn in_first_cell(line: &Line<'_>) -> bool {
    let (_, text) = line.trimmed();
    !line.has_tab() || line.cells().first().is_some_and(|c| c.text == text)
}

/// Whether a row marks its table empty on purpose: every filled cell says
/// not applicable (`\t不適用\t\t…`, `\tN/A\t…`, or the word in the first cell).
fn is_not_applicable(cells: &[Cell]) -> bool {
    let mut filled = cells.iter().filter(|c| !c.is_empty()).peekable();
    filled.peek().is_some()
        && filled.all(|c| {
            let word = c.text.trim_end_matches(['.', '。', '．']).trim_end();
            NOT_APPLICABLE.iter().any(|w| word.eq_ignore_ascii_case(w))
        })
}

/// Whether a first cell reads as a row number (`12`, `１２`, `12.`, `(12)`),
/// so that a row holding only it is a data row with empty cells, not a group.
fn looks_numbered(text: &str) -> bool {
    let core = text
        .trim_start_matches(['(', '（'])
        .trim_end_matches(['.', '．', '、', ')', '）']);
    !core.is_empty()
        && core
            .chars()
            .all(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
}

fn new_row(kind: RowKind, line: &Line<'_>, cells: Vec<Cell>, group: Option<Text>) -> Row {
    Row {
        kind,
        line: line.index + 1,
        span: line.trimmed().0,
        cells,
        continuations: Vec::new(),
        group,
        fields: Fields::default(),
    }
}

/// Merges a continuation line's cells into the row it continues.
fn merge(row: &mut Row, cells: Vec<Cell>, line: Span) {
    row.continuations.push(line);
    for (i, cell) in cells.into_iter().enumerate() {
        if cell.is_empty() {
            continue;
        }
        while row.cells.len() <= i {
            let at = row.cells.last().map_or(row.span.end(), |c| c.span.end());
            row.cells.push(Cell {
                text: String::new(),
                span: Span::empty(at),
                more: Vec::new(),
            });
        }
        let target = &mut row.cells[i];
        if !target.text.is_empty() {
            target.text.push(' ');
        }
        target.text.push_str(&cell.text);
        target.more.push(cell.span);
    }
}

/// Reads a row's cells through the header.
fn fields(header: &Header, row: &Row) -> Fields {
    let mut fields = Fields::default();
    if row.kind != RowKind::Data {
        return fields;
    }
    for (i, header_cell) in header.cells.iter().enumerate() {
        let Some(column) = header_cell.column else {
            continue;
        };
        let cell = row.cells.get(i).cloned().unwrap_or_else(|| Cell {
            text: String::new(),
            span: Span::empty(row.span.end()),
            more: Vec::new(),
        });
        match column {
            Column::Number => fields.number = Some(cell),
            Column::Category => fields.category = Some(cell),
            Column::Name => fields.name = Some(cell),
            Column::CategoryName => {
                let (category, name) = split_category_name(&cell);
                fields.category = Some(category);
                fields.name = Some(name);
            }
            Column::Description => fields.description = Some(cell),
            Column::TargetDate | Column::ReleaseDate => fields.date = Some(cell),
            Column::Frequency => fields.frequency = Some(cell),
            Column::Remarks => fields.remarks = Some(cell),
        }
    }
    if let Some(date) = &fields.date
        && date.more.is_empty()
    {
        fields.date_value = value::date(&date.text, date.span.offset);
    }
    if let Some(frequency) = &fields.frequency
        && frequency.more.is_empty()
    {
        fields.frequency_value = value::frequency(&frequency.text, frequency.span.offset);
    }
    fields
}

/// Splits `工商業／指定本地研究機構名單` at the first fullwidth `／`. Without
/// one, the category is empty and the whole text is the name.
fn split_category_name(cell: &Cell) -> (Cell, Cell) {
    let Some(at) = cell.text.find('／') else {
        let category = Cell {
            text: String::new(),
            span: Span::empty(cell.span.offset),
            more: Vec::new(),
        };
        return (category, cell.clone());
    };
    split_cell(cell, at, '／'.len_utf8())
}

/// Splits a cell at byte `at` of its text, dropping the `gap` bytes there.
/// Each part keeps the spans of the pieces it came from, trimmed, so that its
/// pieces still slice the source to exactly its text, even when the cell was
/// merged from several lines and the split point is on any of them.
fn split_cell(cell: &Cell, at: usize, gap: usize) -> (Cell, Cell) {
    // The non-empty pieces, each with where it sits in `cell.text` (pieces
    // are joined by one space) and whether it is on the row's first line.
    let mut pieces = Vec::new();
    let mut pos = 0;
    for (i, span) in cell.spans().enumerate() {
        if span.is_empty() {
            continue;
        }
        pieces.push((pos, span, i == 0));
        pos += span.length + 1;
    }
    let part = |from: usize, to: usize, anchor: usize| {
        let mut first = None;
        let mut more = Vec::new();
        let mut texts = Vec::new();
        for &(pos, span, on_first_line) in &pieces {
            let (start, end) = (from.max(pos), to.min(pos + span.length));
            let Some(slice) = cell.text.get(start..end).filter(|t| !t.is_empty()) else {
                continue;
            };
            let (piece, text) = line::trim(slice, span.offset + start - pos);
            if text.is_empty() {
                continue;
            }
            texts.push(text);
            if on_first_line {
                first = Some(piece);
            } else {
                more.push(piece);
            }
        }
        Cell {
            text: texts.join(" "),
            span: first.unwrap_or(Span::empty(anchor)),
            more,
        }
    };
    // Where an empty part's span sits on the first line: the cell's start for
    // the first part; for the second, just after the split point when that is
    // on the first line, else the end of the first line's text.
    let after = at + gap;
    let second_anchor = pieces
        .first()
        .filter(|&&(pos, span, on_first_line)| on_first_line && after <= pos + span.length)
        .map_or(cell.span.end(), |&(pos, span, _)| span.offset + after - pos);
    (
        part(0, at, cell.span.offset),
        part(after, cell.text.len(), second_anchor),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_panics_on_odd_input() {
        for input in [
            "",
            "\t",
            "\n\n",
            "A. x\n\t\t",
            "A. x\n#\t數據集名稱\n\t\t\n\tx",
            "\u{feff}",
            "\r",
        ] {
            let _ = parse(input);
        }
    }

    const TOP: &str = "局\n\n2022至2024年的開放數據計劃\n\nD. 進度\n\n";

    /// The category／name split kept only the first line's span for text that
    /// came partly from a continuation line, so the spans no longer sliced
    /// the category's and the name's text.
    #[test]
    fn category_name_split_on_a_continuation_line() {
        let source = format!(
            "{TOP}#\t數據種類／數據集名稱\t發放日期 (月/年)\n1\t工商業\t01/2019\n\n\t補充／名單\t"
        );
        let doc = parse(&source);
        assert!(doc.unrecognized.is_empty(), "{:?}", doc.unrecognized);
        let row = &doc.sections[0].tables[0].rows[0];
        let slices = |cell: &Cell| -> Vec<&str> {
            cell.spans()
                .map(|s| s.slice(&source))
                .filter(|s| !s.is_empty())
                .collect()
        };
        let category = row.fields.category.as_ref().unwrap();
        assert_eq!(category.text, "工商業 補充");
        assert_eq!(slices(category), ["工商業", "補充"]);
        let name = row.fields.name.as_ref().unwrap();
        assert_eq!(name.text, "名單");
        assert_eq!(slices(name), ["名單"]);
        assert!(name.span.is_empty());
    }

    /// A row without a number after a page break, with no data row above it,
    /// became a data row; it continues nothing, so it is reported.
    #[test]
    fn lone_continuation_is_unrecognized() {
        let header = "編號\t數據種類\t數據集名稱\t一般說明\t發放日期 (月/年)\t更新頻率\n";
        for rows in ["\n\t\t\t說明\t\t", "組別\t\t\t\t\t\n\n\t\t\t說明\t\t"] {
            let doc = parse(&format!("{TOP}{header}{rows}"));
            assert_eq!(doc.unrecognized.len(), 1, "{rows:?}");
            assert!(doc.sections[0].tables[0].data_rows().next().is_none());
        }
    }

    /// A header repeated at the top of a new page ended the page break, so the
    /// continuation under it became a data row without a number.
    #[test]
    fn repeated_header_continues_the_table_over_a_page_break() {
        let header = "編號\t數據種類\t數據集名稱\t一般說明\t發放日期 (月/年)\t更新頻率\n";
        for gap in ["\n", "", "\n\n"] {
            let source = format!(
                "{TOP}{header}1\t財經\t甲\t說明\t01/2019\t每年\n{gap}{header}\t\t\t續\t\t\n2\t財經\t乙\t說明\t01/2019\t每年"
            );
            let doc = parse(&source);
            assert!(doc.unrecognized.is_empty(), "{gap:?}");
            let tables = &doc.sections[0].tables;
            assert_eq!(tables.len(), 1, "{gap:?}");
            let rows: Vec<_> = tables[0]
                .rows
                .iter()
                .map(|r| (r.kind, r.number()))
                .collect();
            assert_eq!(rows, [(RowKind::Data, Some(1)), (RowKind::Data, Some(2))]);
            let description = tables[0].rows[0].fields.description.as_ref().unwrap();
            assert_eq!(description.text, "說明 續");
            assert_eq!(tables[0].span.end(), source.len());
        }
    }

    /// A footer whose lines ended in TABs, as lines exported from a table do,
    /// was read as two rows of the last table (a group row and a stray line).
    #[test]
    fn footer_lines_may_end_in_tabs() {
        let header = "編號\t數據種類\t數據集名稱\t一般說明\t發放日期 (月/年)\t更新頻率\n";
        let row = "1\t財經\t甲\t說明\t01/2019\t每年\n";
        for footer in [
            "\n局\t\n2023年12月",
            "局\t\t\t\n2023年12月\t\t",
            "\n局\nDec 2023\t",
        ] {
            let source = format!("{TOP}{header}{row}{footer}");
            let doc = parse(&source);
            assert!(doc.unrecognized.is_empty(), "{footer:?}");
            assert_eq!(doc.sections[0].tables[0].rows.len(), 1, "{footer:?}");
            let footer_node = doc.footer.as_ref().unwrap();
            assert_eq!(footer_node.issuer.text, "局");
            assert_eq!(footer_node.published.month, 12);
        }
        // A not-applicable row and a group row stay rows even before a month.
        for last in ["\t不適用\t\t\t\t\t\n2023年12月", "12\t\t\t\t\t\n2023年12月"] {
            let doc = parse(&format!("{TOP}{header}{last}"));
            assert!(doc.footer.is_none(), "{last:?}");
            assert_eq!(doc.sections[0].tables[0].rows.len(), 1, "{last:?}");
        }
    }

    /// Headings and notes whose lines ended in TABs were read as table rows:
    /// a section heading became a group row of the table before it, and the
    /// rows after it stayed in that table.
    #[test]
    fn headings_may_end_in_tabs() {
        let header = "編號\t數據種類\t數據集名稱\t一般說明\t發放日期 (月/年)\t更新頻率\n";
        let row = "1\t財經\t甲\t說明\t01/2019\t每年\n";
        let source = format!(
            "{TOP}i. 空間數據\t\t\n備註：說明\t\n{header}{row}(1) 機構\t\t\t\nD. 再一節\t\t\t\t\t\n{header}{row}"
        );
        let doc = parse(&source);
        assert!(doc.unrecognized.is_empty(), "{:?}", doc.unrecognized);
        assert_eq!(doc.sections.len(), 2);
        assert_eq!(doc.sections[0].notes.len(), 1);
        let table = &doc.sections[0].tables[0];
        assert_eq!(table.kind, Some(DataKind::Spatial));
        assert_eq!(table.rows.len(), 1);
        assert_eq!(doc.sections[1].heading.text, "再一節");
        assert_eq!(doc.sections[1].tables[0].rows.len(), 1);
        // So may the issuer and title lines.
        let doc = parse(&format!(
            "局\t\t\n\n2024-2026年度開放數據計劃\t\n\nD. 進度\t\n\n{header}{row}"
        ));
        assert!(doc.unrecognized.is_empty(), "{:?}", doc.unrecognized);
        assert_eq!(doc.issuer.as_ref().unwrap().text, "局");
        assert!(doc.years.is_some());
        // Text in more than the first cell is a row, heading-like or not.
        let doc = parse(&format!("{TOP}{header}{row}備註：\t說明\t\t\t\t"));
        assert_eq!(doc.sections[0].tables[0].rows.len(), 2);
    }

    /// `不適用` in the first cell made a group row named 不適用, and a marker
    /// with a full stop was a data row.
    #[test]
    fn not_applicable_markers() {
        let header = "編號\t數據種類\t數據集名稱\t一般說明\t發放日期 (月/年)\t更新頻率\n";
        for row in [
            "\t不適用\t\t\t\t",
            "不適用\t\t\t\t\t",
            "\tN/A\t\t\t\t",
            "\tNot applicable.\t\t\t\t",
            "\t不適用。\t\t\t\t",
            "\t不適用\t不適用\t不適用\t\t",
        ] {
            let doc = parse(&format!("{TOP}{header}{row}"));
            let kinds: Vec<_> = doc.sections[0].tables[0]
                .rows
                .iter()
                .map(|r| r.kind)
                .collect();
            assert_eq!(kinds, [RowKind::NotApplicable], "{row:?}");
        }
    }

    /// A row holding only a number written `１２` or `12.` was taken for a
    /// group heading; it is a data row whose other cells are empty.
    #[test]
    fn number_only_rows_are_data_rows() {
        let header = "#\t數據種類／數據集名稱\t發放日期 (月/年)\t更新頻率\t備註\n";
        for number in ["12", "１２", "12.", "(12)"] {
            let doc = parse(&format!("{TOP}{header}{number}\t\t\t\t"));
            let kinds: Vec<_> = doc.sections[0].tables[0]
                .rows
                .iter()
                .map(|r| r.kind)
                .collect();
            assert_eq!(kinds, [RowKind::Data], "{number:?}");
        }
        let doc = parse(&format!("{TOP}{header}創新及科技基金 (ITF)\t\t\t\t"));
        assert_eq!(doc.sections[0].tables[0].rows[0].kind, RowKind::Group);
    }
}
