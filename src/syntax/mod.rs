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
    /// A blank line since the last row of the current table.
    blank_since_row: bool,
}

impl<'a> Parser<'a> {
    fn new(source: &'a str, vocab: &'a Vocabulary) -> Self {
        Self {
            vocab,
            lines: line::lines(source),
            doc: Document {
                span: Span::new(0, source.len()),
                ..Document::default()
            },
            preamble_done: false,
            subsection: None,
            organization: None,
            table: None,
            group: None,
            blank_since_row: false,
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
    fn find_footer(lines: &[Line<'_>]) -> Option<(usize, usize)> {
        let mut filled = lines.iter().rev().filter(|l| !l.is_blank());
        let date = filled.next()?;
        let issuer = filled.next()?;
        let (_, date_text) = date.trimmed();
        let (_, issuer_text) = issuer.trimmed();
        let plain = |l: &Line<'_>| {
            let (_, t) = l.trimmed();
            !l.has_tab()
                && heading::section(t).is_err()
                && heading::subsection(t).is_err()
                && heading::organization(t).is_err()
                && heading::note(t).is_err()
        };
        let after_a_section = lines[..issuer.index]
            .iter()
            .any(|l| !l.has_tab() && heading::section(l.trimmed().1).is_ok());
        (after_a_section
            && plain(date)
            && plain(issuer)
            && heading::footer_month(date_text).is_some()
            && heading::footer_month(issuer_text).is_none())
        .then_some((issuer.index, date.index))
    }

    fn line(&mut self, line: Line<'a>) {
        if line.is_blank() {
            self.blank_since_row = true;
            return;
        }
        let (span, text) = line.trimmed();
        if line.has_tab() {
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
        if self.doc.sections.is_empty() {
            self.preamble_done = true;
            self.unrecognized(
                Text {
                    text: text.to_owned(),
                    span,
                },
                "table row before the first section heading",
            );
            return;
        }
        self.extend_section(line.span());
        if let Some(header) = self.header(&line, &cells) {
            let repeated = self.table.as_ref().is_some_and(|t| {
                t.header
                    .cells
                    .iter()
                    .map(|c| &c.text.text)
                    .eq(header.cells.iter().map(|c| &c.text.text))
                    && self.blank_since_row
            });
            if !repeated {
                self.close_table();
                self.table = Some(Table {
                    subsection: self.subsection.as_ref().map(|(t, _)| t.clone()),
                    kind: self.subsection.as_ref().and_then(|(_, k)| *k),
                    organization: self.organization.clone(),
                    span: header.span,
                    header,
                    rows: Vec::new(),
                });
            }
            self.blank_since_row = false;
            return;
        }
        let Some(table) = self.table.as_mut() else {
            self.unrecognized(
                Text {
                    text: text.to_owned(),
                    span,
                },
                "table row before any header row",
            );
            return;
        };
        table.span = table.span.to(line.span());
        let first_empty = cells.first().is_none_or(Cell::is_empty);
        let rest_empty = cells.iter().skip(1).all(Cell::is_empty);
        let after_break = std::mem::replace(&mut self.blank_since_row, false);
        if first_empty
            && cells.get(1).is_some_and(|c| {
                NOT_APPLICABLE
                    .iter()
                    .any(|w| c.text.eq_ignore_ascii_case(w))
            })
            && cells.iter().skip(2).all(Cell::is_empty)
        {
            table
                .rows
                .push(new_row(RowKind::NotApplicable, &line, cells, None));
            return;
        }
        if first_empty
            && after_break
            && let Some(previous) = table.rows.last_mut()
            && previous.kind == RowKind::Data
        {
            merge(previous, cells, line.span());
            return;
        }
        let first_is_number = cells
            .first()
            .is_some_and(|c| !c.text.is_empty() && c.text.chars().all(|ch| ch.is_ascii_digit()));
        if !first_empty && rest_empty && !first_is_number {
            let name = cells[0].clone();
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
        self.blank_since_row = false;
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
            let at = row.span.end();
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
    // The split point is on the first line when the cell's first line holds it.
    let first_line = cell.span.length;
    if at >= first_line {
        return (
            Cell {
                text: cell.text[..at].trim().to_owned(),
                span: cell.span,
                more: Vec::new(),
            },
            Cell {
                text: cell.text[at + '／'.len_utf8()..].trim().to_owned(),
                span: Span::empty(cell.span.end()),
                more: cell.more.clone(),
            },
        );
    }
    let category_text = cell.text[..at].trim_end();
    let name_text = &cell.text[at + '／'.len_utf8()..];
    let name_lead = name_text.len() - name_text.trim_start().len();
    let name_start = cell.span.offset + at + '／'.len_utf8() + name_lead;
    (
        Cell {
            text: category_text.to_owned(),
            span: Span::new(cell.span.offset, cell.span.offset + category_text.len()),
            more: Vec::new(),
        },
        Cell {
            text: name_text.trim().to_owned(),
            span: Span::new(name_start.min(cell.span.end()), cell.span.end()),
            more: cell.more.clone(),
        },
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
}
