//! Invariants every parsed model holds, whatever the input: spans inside the
//! source and on char boundaries, texts equal to what their spans slice,
//! nodes in source order, cells on their row's lines, no line dropped.

#![allow(dead_code)]

use std::ops::Range;

use planlint::line_index::LineIndex;
use planlint::model::{Cell, Document, Field, Row, Slot, Span, Table, Text};
use planlint::syntax::heading;
use planlint::syntax::value::{date_of, frequency_of};

/// Checks every invariant of `document` parsed from `source`; the error says
/// which node broke which one.
pub fn check(source: &str, document: &Document) -> Result<(), String> {
    let checker = Checker {
        source,
        index: LineIndex::new(source),
    };
    checker.document(document)?;
    checker.coverage(document)
}

/// Like [`check`], panicking with `name` and the broken invariant.
pub fn assert_holds(name: &str, source: &str, document: &Document) {
    if let Err(e) = check(source, document) {
        panic!("{name}: {e}");
    }
}

struct Checker<'a> {
    source: &'a str,
    index: LineIndex,
}

macro_rules! ensure {
    ($cond:expr, $($arg:tt)+) => {
        if !$cond {
            return Err(format!($($arg)+));
        }
    };
}

impl Checker<'_> {
    /// The span is inside the source and starts and ends on char boundaries.
    fn span(&self, what: &str, span: Span) -> Result<(), String> {
        ensure!(
            span.end() <= self.source.len(),
            "{what}: span {span:?} ends past the source ({} bytes)",
            self.source.len()
        );
        ensure!(
            self.source.is_char_boundary(span.offset()) && self.source.is_char_boundary(span.end()),
            "{what}: span {span:?} is not on char boundaries"
        );
        Ok(())
    }

    /// The text is trimmed and is exactly what its span slices.
    fn text(&self, what: &str, text: &Text) -> Result<(), String> {
        self.span(what, text.span)?;
        let slice = text.span.slice(self.source);
        ensure!(
            slice == text.text,
            "{what}: text {:?} but its span {:?} slices {slice:?}",
            text.text,
            text.span
        );
        ensure!(
            text.text.trim() == text.text,
            "{what}: text {:?} is not trimmed",
            text.text
        );
        Ok(())
    }

    /// The byte range of the line holding `offset`, without its line break.
    fn line(&self, offset: usize) -> Range<usize> {
        self.index
            .line_range(self.source, self.index.line_of(offset))
    }

    /// 1-based line of `offset`.
    fn line_number(&self, offset: usize) -> usize {
        self.index.line_of(offset) + 1
    }

    fn within(inner: Span, outer: &Range<usize>) -> bool {
        outer.start <= inner.offset() && inner.end() <= outer.end
    }

    fn contains(outer: Span, inner: Span) -> bool {
        outer.offset() <= inner.offset() && inner.end() <= outer.end()
    }

    /// The span lies on one line.
    fn on_one_line(&self, what: &str, span: Span) -> Result<(), String> {
        let line = self.line(span.offset());
        ensure!(
            Self::within(span, &line),
            "{what}: span {span:?} is not on one line ({line:?})"
        );
        Ok(())
    }

    fn document(&self, document: &Document) -> Result<(), String> {
        ensure!(
            document.span == Span::new(0, self.source.len()),
            "document span {:?} is not the whole source",
            document.span
        );
        let first_section = document
            .sections
            .first()
            .map_or(self.source.len(), |s| s.heading_span.offset());
        for (what, text) in [("issuer", &document.issuer), ("title", &document.title)] {
            if let Some(text) = text {
                self.text(what, text)?;
                self.on_one_line(what, text.span)?;
                ensure!(
                    text.span.end() <= first_section,
                    "{what} at {:?} is after the first section",
                    text.span
                );
            }
        }
        if let (Some(issuer), Some(title)) = (&document.issuer, &document.title) {
            ensure!(
                issuer.span.end() <= title.span.offset(),
                "issuer after title"
            );
        }
        let mut previous_end = 0;
        for (i, section) in document.sections.iter().enumerate() {
            let what = format!("section {} ({})", i, section.letter);
            self.text(&format!("{what} heading"), &section.heading)?;
            self.span(&what, section.span)?;
            self.span(&what, section.heading_span)?;
            self.on_one_line(&what, section.heading_span)?;
            ensure!(
                section.heading_span.offset() >= previous_end,
                "{what} starts at {} inside the previous section (ends {previous_end})",
                section.heading_span.offset()
            );
            ensure!(
                section.span.offset() == section.heading_span.offset(),
                "{what}: span {:?} does not start at its heading {:?}",
                section.span,
                section.heading_span
            );
            ensure!(
                Self::contains(section.heading_span, section.heading.span),
                "{what}: heading text outside the heading line"
            );
            let mut note_end = section.heading_span.end();
            for note in &section.notes {
                self.text(&format!("{what} note"), note)?;
                ensure!(
                    Self::contains(section.span, note.span) && note.span.offset() >= note_end,
                    "{what}: note {:?} out of order or outside the section",
                    note.text
                );
                note_end = note.span.end();
            }
            let mut table_end = section.heading_span.end();
            for (t, table) in section.tables.iter().enumerate() {
                let what = format!("{what} table {t} (line {})", table.header.line);
                ensure!(
                    table.header.span.offset() >= table_end,
                    "{what}: header at {} before the end of the previous table ({table_end})",
                    table.header.span.offset()
                );
                ensure!(
                    Self::contains(section.span, table.span),
                    "{what}: span {:?} outside the section {:?}",
                    table.span,
                    section.span
                );
                self.table(&what, table)?;
                table_end = table.span.end();
            }
            previous_end = section.span.end();
        }
        if let Some(footer) = &document.footer {
            self.text("footer issuer", &footer.issuer)?;
            self.text("footer date", &footer.date)?;
            self.span("footer", footer.span)?;
            ensure!(
                footer.issuer.span.end() <= footer.date.span.offset()
                    && footer.span == footer.issuer.span.to(footer.date.span),
                "footer lines out of order"
            );
            ensure!(
                footer.span.offset() >= previous_end,
                "footer at {:?} inside the last section (ends {previous_end})",
                footer.span
            );
        }
        let mut previous = None;
        for line in &document.unrecognized {
            self.text("unrecognized line", &line.text)?;
            self.on_one_line("unrecognized line", line.text.span)?;
            ensure!(
                !line.reason.is_empty(),
                "unrecognized line without a reason"
            );
            ensure!(
                previous < Some(line.text.span.offset()),
                "unrecognized lines out of order at {:?}",
                line.text.span
            );
            previous = Some(line.text.span.offset());
        }
        Ok(())
    }

    fn table(&self, what: &str, table: &Table) -> Result<(), String> {
        let header = &table.header;
        self.span(what, table.span)?;
        self.span(what, header.span)?;
        let header_line = self.line(header.span.offset());
        ensure!(
            header.span.offset() == header_line.start && header.span.end() == header_line.end,
            "{what}: header span {:?} is not its whole line {header_line:?}",
            header.span
        );
        ensure!(
            header.line == self.line_number(header.span.offset()),
            "{what}: header line number {} but its span is on line {}",
            header.line,
            self.line_number(header.span.offset())
        );
        ensure!(
            table.span.offset() == header.span.offset(),
            "{what}: table span {:?} does not start at its header",
            table.span
        );
        let mut cell_end = header.span.offset();
        for cell in &header.cells {
            self.text(&format!("{what} header cell"), &cell.text)?;
            ensure!(
                Self::within(cell.text.span, &header_line) && cell.text.span.offset() >= cell_end,
                "{what}: header cell {:?} out of order or off the header line",
                cell.text.text
            );
            cell_end = cell.text.span.end();
        }
        for (label, text) in [
            ("subsection", &table.subsection),
            ("organization", &table.organization),
        ] {
            if let Some(text) = text {
                self.text(&format!("{what} {label}"), text)?;
                ensure!(
                    text.span.end() <= header.span.offset(),
                    "{what}: {label} heading after the header"
                );
            }
        }
        let mut row_end = header.span.end();
        for (r, row) in table.rows.iter().enumerate() {
            let what = format!("{what} row {r} (line {})", row.line);
            ensure!(
                row.span.offset() >= row_end,
                "{what}: starts at {} before the end of the previous row ({row_end})",
                row.span.offset()
            );
            ensure!(
                Self::contains(table.span, row.span),
                "{what}: span {:?} outside the table {:?}",
                row.span,
                table.span
            );
            row_end = self.row(&what, row)?;
            ensure!(
                row_end <= table.span.end(),
                "{what}: continuation outside the table"
            );
        }
        Ok(())
    }

    /// Checks a row; returns the end of its last line.
    fn row(&self, what: &str, row: &Row) -> Result<usize, String> {
        self.span(what, row.span)?;
        self.on_one_line(what, row.span)?;
        ensure!(
            row.line as usize == self.line_number(row.span.offset()),
            "{what}: line number {} but its span is on line {}",
            row.line,
            self.line_number(row.span.offset())
        );
        let first = self.line(row.span.offset());
        let mut lines = vec![first.clone()];
        let mut end = first.end;
        for span in &row.continuations {
            self.span(what, *span)?;
            let line = self.line(span.offset());
            ensure!(
                span.offset() == line.start && span.end() == line.end,
                "{what}: continuation {span:?} is not a whole line {line:?}"
            );
            ensure!(
                span.offset() > end,
                "{what}: continuation {span:?} not after the row's previous line"
            );
            end = span.end();
            lines.push(line);
        }
        if let Some(group) = &row.group {
            self.text(&format!("{what} group"), group)?;
            ensure!(
                group.span.end() <= row.span.offset(),
                "{what}: group heading after the row"
            );
        }
        let mut previous_end = first.start;
        for (c, cell) in row.cells.iter().enumerate() {
            let what = format!("{what} cell {c}");
            self.cell(&what, cell, &lines)?;
            ensure!(
                cell.span.offset() >= previous_end,
                "{what}: out of order on the row's first line"
            );
            previous_end = cell.span.end();
        }
        let f = &row.fields;
        for field in Field::ALL {
            let name = format!("{field:?}");
            if let Slot::Cell(i) = f.slot(field) {
                ensure!(
                    (i as usize) < row.cells.len(),
                    "{what}: field {name} is cell {i} of {}",
                    row.cells.len()
                );
            }
            if let Some(cell) = row.get(field) {
                self.cell(&format!("{what} field {name}"), cell, &lines)?;
            }
        }
        if let Some(date) = date_of(row, self.source) {
            self.span(&format!("{what} date value"), date.span)?;
            let slice = date.span.slice(self.source);
            ensure!(
                slice == date.date.to_string(),
                "{what}: date value {} but its span slices {slice:?}",
                date.date
            );
        }
        if let Some(frequency) = frequency_of(row, self.source) {
            self.span(&format!("{what} frequency value"), frequency.span)?;
            // The term starts the cell; the annotation is in the cell after it.
            let cell = row.get(Field::Frequency).map(|c| c.span);
            ensure!(
                cell.is_some_and(
                    |c| c.offset() == frequency.span.offset() && frequency.span.end() <= c.end()
                ),
                "{what}: frequency term at {:?} is not the start of its cell {cell:?}",
                frequency.span
            );
            if let Some(annotation) = frequency.annotation_span {
                ensure!(
                    cell.is_some_and(|c| frequency.span.end() < annotation.offset()
                        && annotation.end() < c.end()),
                    "{what}: frequency annotation at {annotation:?} is not inside its cell {cell:?} after the term"
                );
            }
        }
        if let Some(annotation) = date_of(row, self.source).and_then(|d| d.annotation_span) {
            let cell = row.get(Field::Date).map(|c| c.span);
            ensure!(
                cell.is_some_and(
                    |c| c.offset() + 7 < annotation.offset() && annotation.end() < c.end()
                ),
                "{what}: date annotation at {annotation:?} is not inside its cell {cell:?} after the date"
            );
        }
        Ok(end)
    }

    /// Each piece of the cell slices trimmed text; the non-empty pieces,
    /// joined by a space, are the cell's text. The first piece is on the
    /// row's first line, the others on its continuation lines, in order.
    fn cell(&self, what: &str, cell: &Cell, lines: &[Range<usize>]) -> Result<(), String> {
        let mut pieces = Vec::new();
        for span in cell.spans() {
            self.span(what, span)?;
            let slice = span.slice(self.source);
            ensure!(
                slice.trim() == slice,
                "{what}: piece {span:?} slices untrimmed {slice:?}"
            );
            if !slice.is_empty() {
                pieces.push(slice);
            }
        }
        let joined = pieces.join(" ");
        ensure!(
            joined == cell.text(self.source),
            "{what}: text {:?} but its pieces {:?} join to {joined:?}",
            cell.text(self.source),
            cell.spans().collect::<Vec<_>>()
        );
        ensure!(
            Self::within(cell.span, &lines[0]),
            "{what}: first piece {:?} is not on the row's first line {:?}",
            cell.span,
            lines[0]
        );
        let mut at = 1;
        for span in cell.more() {
            while at < lines.len() && !Self::within(*span, &lines[at]) {
                at += 1;
            }
            ensure!(
                at < lines.len(),
                "{what}: piece {span:?} is not on a continuation line of its row, in order"
            );
            at += 1;
        }
        Ok(())
    }

    /// Every non-blank line is in the model: as a node, or as a heading or
    /// repeated header that the model keeps on the tables under it.
    fn coverage(&self, document: &Document) -> Result<(), String> {
        let mut starts: Vec<usize> = Vec::new();
        let mut add = |span: Span| starts.push(self.index.line_of(span.offset()));
        for text in [&document.issuer, &document.title].into_iter().flatten() {
            add(text.span);
        }
        let mut headers = Vec::new();
        for section in &document.sections {
            add(section.heading_span);
            for note in &section.notes {
                add(note.span);
            }
            for table in &section.tables {
                add(table.header.span);
                headers.push(table.header.span.slice(self.source).trim());
                for text in [&table.subsection, &table.organization]
                    .into_iter()
                    .flatten()
                {
                    add(text.span);
                }
                for row in &table.rows {
                    add(row.span);
                    for span in &row.continuations {
                        add(*span);
                    }
                }
            }
        }
        if let Some(footer) = &document.footer {
            add(footer.issuer.span);
            add(footer.date.span);
        }
        for line in &document.unrecognized {
            add(line.text.span);
        }
        starts.sort_unstable();
        for line in 0..self.index.line_count() {
            let range = self.index.line_range(self.source, line);
            let mut text = &self.source[range];
            if line == 0 {
                text = text.strip_prefix('\u{feff}').unwrap_or(text);
            }
            let text = text.trim();
            if text.is_empty() || starts.binary_search(&line).is_ok() {
                continue;
            }
            let lexicon = planlint::vocab::Lexicon::builtin();
            let heading =
                heading::subsection(text, lexicon).is_ok() || heading::organization(text).is_ok();
            let repeated_header = text.contains('\t') && headers.contains(&text);
            ensure!(
                heading || repeated_header,
                "line {} ({text:?}) is nowhere in the model",
                line + 1
            );
        }
        Ok(())
    }
}
