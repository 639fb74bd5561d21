//! The builder: classified lines in, [`Document`] out, one method per
//! production of the grammar (see the table in [`super`]).

use super::classify::{Classified, LineKind, classify};
use super::footer;
use super::heading;
use super::line;
use super::row::{self, RowState};
use super::table;
use crate::model::{
    DataKind, Document, Header, Language, Section, SectionKind, Span, Table, Text, Unrecognized,
};
use crate::vocab::{Lexicon, Vocabulary};

/// Builds the model of `source`.
pub fn document(source: &str, vocab: &Vocabulary) -> Document {
    let lexicon = vocab.lexicon();
    // A large plan's lines are counted first and the vector sized once: a
    // plan of a million lines would otherwise hold the old and the new
    // vector at once, and up to twice the room it needs after. For a plan
    // of ordinary size counting costs more than growing.
    let capacity = if source.len() > LARGE {
        crate::source::line_count(source)
    } else {
        0
    };
    let mut lines: Vec<Packed> = Vec::with_capacity(capacity);
    lines.extend(line::lines(source).map(|l| Packed::of(&classify(l, lexicon))));
    let get = |i: usize| lines.get(i).map(|p| p.unpack(source, i, lexicon));
    let found = footer::find(lines.len(), get, lexicon);
    let footer = found.and_then(|at| footer::footer(get, at, lexicon));
    if let Some(at) = found {
        lines.truncate(at.issuer);
    }
    // For each line, how many row lines follow before a heading or note:
    // the most rows a table starting there can hold.
    let mut rows_ahead = vec![0_u32; lines.len() + 1];
    for (i, l) in lines.iter().enumerate().rev() {
        rows_ahead[i] = match l.tag {
            Tag::Row => rows_ahead[i + 1].saturating_add(1),
            Tag::Blank | Tag::Text => rows_ahead[i + 1],
            _ => 0,
        };
    }
    let mut builder = Builder {
        source,
        lines,
        rows_ahead,
        at: 0,
        last: std::cell::Cell::new(None),
        vocab,
        doc: Document {
            span: Span::new(0, source.len()),
            ..Document::default()
        },
        subsection: None,
        organization: None,
        columns: table::Columns::default(),
    };
    builder.title();
    while let Some(LineKind::Section { letter, kind, text }) = builder.kind() {
        builder.section(letter, kind, text);
    }
    let Builder { mut doc, lines, .. } = builder;
    // The lines are placed; their room goes back before the fields are read.
    drop(lines);
    doc.footer = footer;
    doc.language = language(&doc, lexicon);
    let language = doc.language;
    let tables = doc.sections.iter_mut().flat_map(|s| &mut s.tables);
    table::read_fields(source, tables, vocab, language);
    doc
}

/// The size, in bytes, above which a plan's lines are counted first.
const LARGE: usize = 1 << 20;

/// A classified line as the builder keeps it until it is placed: where it
/// is and what it is, in 12 bytes (a plan of a million lines holds a
/// million). A heading's text is read again from the line when asked for.
#[derive(Debug, Clone, Copy)]
struct Packed {
    start: u32,
    len: u32,
    tag: Tag,
    in_first_cell: bool,
}

/// [`LineKind`] without the text it borrows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tag {
    Blank,
    Section,
    Subsection(Option<DataKind>),
    Organization,
    Note,
    Row,
    Text,
}

impl Packed {
    fn of(classified: &Classified<'_>) -> Self {
        let narrow = |at: usize| u32::try_from(at).unwrap_or(u32::MAX);
        Self {
            start: narrow(classified.line.start),
            len: narrow(classified.line.text.len()),
            tag: match classified.kind {
                LineKind::Blank => Tag::Blank,
                LineKind::Section { .. } => Tag::Section,
                LineKind::Subsection(kind) => Tag::Subsection(kind),
                LineKind::Organization(_) => Tag::Organization,
                LineKind::Note => Tag::Note,
                LineKind::Row => Tag::Row,
                LineKind::Text => Tag::Text,
            },
            in_first_cell: classified.in_first_cell,
        }
    }

    /// The classified line again: line `index` of `source`.
    fn unpack<'a>(self, source: &'a str, index: usize, lexicon: &Lexicon) -> Classified<'a> {
        let start = self.start as usize;
        let line = line::Line {
            index,
            start,
            text: source.get(start..start + self.len as usize).unwrap_or(""),
        };
        let kind = match self.tag {
            Tag::Section | Tag::Organization => classify(line, lexicon).kind,
            Tag::Blank => LineKind::Blank,
            Tag::Subsection(kind) => LineKind::Subsection(kind),
            Tag::Note => LineKind::Note,
            Tag::Row => LineKind::Row,
            Tag::Text => LineKind::Text,
        };
        Classified {
            line,
            kind,
            in_first_cell: self.in_first_cell,
        }
    }
}

struct Builder<'a, 'v> {
    /// The whole text.
    source: &'a str,
    /// The lines before the footer.
    lines: Vec<Packed>,
    /// For each line, the row lines before the next heading or note.
    rows_ahead: Vec<u32>,
    /// The next line to place.
    at: usize,
    /// The line last unpacked, and its index.
    last: std::cell::Cell<Option<(usize, Classified<'a>)>>,
    vocab: &'v Vocabulary,
    doc: Document,
    /// The subsection heading the next table is under.
    subsection: Option<(Text, Option<DataKind>)>,
    /// The organisation heading the next table is under.
    organization: Option<Text>,
    /// The columns of the row last read as a possible header.
    columns: table::Columns<'a>,
}

impl<'a> Builder<'a, '_> {
    /// The current line, classified. Asked for several times a line, it
    /// is unpacked once.
    fn current(&self) -> Option<Classified<'a>> {
        if let Some((at, line)) = self.last.get()
            && at == self.at
        {
            return Some(line);
        }
        let packed = self.lines.get(self.at)?;
        let line = packed.unpack(self.source, self.at, self.vocab.lexicon());
        self.last.set(Some((self.at, line)));
        Some(line)
    }

    /// `line`, split into `cells`, as a header row, if it is one.
    fn header(&mut self, line: &line::Line<'a>, cells: &[crate::model::Cell]) -> Option<Header> {
        table::header(self.source, line, cells, self.vocab, &mut self.columns)
    }

    /// What the current line is.
    fn kind(&self) -> Option<LineKind<'a>> {
        self.current().map(|l| l.kind)
    }

    /// The current line's trimmed text and its span.
    fn trimmed(&self) -> (Span, &'a str) {
        self.current()
            .map_or((Span::default(), ""), |l| l.line.trimmed())
    }

    /// The current line's trimmed text, as a node.
    fn text(&self) -> Text {
        let (span, text) = self.trimmed();
        Text {
            text: text.to_owned(),
            span,
        }
    }

    /// `title = issuer-line blank* plan-title-line`, and whatever else comes
    /// before the first section heading (reported).
    fn title(&mut self) {
        // A table row before the first section: what follows it is no title.
        let mut stray = false;
        while let Some(line) = self.current() {
            match line.kind {
                LineKind::Section { .. } => return,
                LineKind::Blank => {}
                LineKind::Row if !line.in_first_cell => {
                    stray = true;
                    self.unrecognized(self.text(), super::REASON_ROW_BEFORE_SECTION);
                }
                _ if stray => {
                    self.unrecognized(self.text(), super::REASON_TEXT_BEFORE_SECTION);
                }
                _ if self.doc.issuer.is_none() => self.doc.issuer = Some(self.text()),
                _ if self.doc.title.is_none() => {
                    let title = self.text();
                    self.doc.years = heading::title_years(&title.text, self.vocab.lexicon());
                    self.doc.title = Some(title);
                }
                _ => self.unrecognized(self.text(), super::REASON_AFTER_TITLE),
            }
            self.at += 1;
        }
    }

    /// `section = section-heading (note | org-heading | subsection | table | blank)*`
    fn section(&mut self, letter: char, kind: SectionKind, text: &str) {
        let (span, _) = self.trimmed();
        self.at += 1;
        self.subsection = None;
        self.organization = None;
        let years = match kind {
            SectionKind::FirstYear | SectionKind::LaterYears => heading::years(text),
            _ => Vec::new(),
        };
        self.doc.sections.push(Section {
            letter,
            kind,
            heading: Text {
                text: text.to_owned(),
                span: Span::new(span.end() - text.len(), span.end()),
            },
            heading_span: span,
            years,
            notes: Vec::new(),
            tables: Vec::new(),
            span,
        });
        while let Some(kind) = self.kind() {
            match kind {
                LineKind::Section { .. } => return,
                LineKind::Subsection(kind) => self.subsection(kind),
                LineKind::Organization(name) => self.organization(name),
                _ => self.content(),
            }
        }
    }

    /// `subsection = subsection-heading (note | table | blank)*`
    fn subsection(&mut self, kind: Option<DataKind>) {
        let heading = self.text();
        self.at += 1;
        self.extend_section(heading.span);
        self.subsection = Some((heading, kind));
        while let Some(kind) = self.kind() {
            match kind {
                LineKind::Section { .. } | LineKind::Subsection(_) | LineKind::Organization(_) => {
                    return;
                }
                _ => self.content(),
            }
        }
    }

    /// `org-heading`: `(1) 創新科技及工業局`; the tables after it are that
    /// organisation's.
    fn organization(&mut self, name: &str) {
        let (span, _) = self.trimmed();
        self.at += 1;
        self.subsection = None;
        self.organization = Some(Text {
            text: name.to_owned(),
            span: Span::new(span.end() - name.len(), span.end()),
        });
        self.extend_section(span);
    }

    /// One item of a section or subsection: a note, a table, a blank line,
    /// or a line that fits nowhere.
    fn content(&mut self) {
        match self.kind() {
            Some(LineKind::Note) => self.note(),
            Some(LineKind::Row) => {
                let Some(line) = self.current() else {
                    return;
                };
                let span = line.line.span();
                let cells = line.line.cells();
                let header = self.header(&line.line, &cells);
                self.extend_section(span);
                if header.is_none() {
                    self.unrecognized(self.text(), super::REASON_ROW_BEFORE_HEADER);
                }
                self.at += 1;
                let mut next = header;
                while let Some(header) = next {
                    next = self.table(header);
                }
            }
            Some(LineKind::Blank) => self.at += 1,
            _ => {
                self.unrecognized(self.text(), super::REASON_STRAY_TEXT);
                self.at += 1;
            }
        }
    }

    /// `note`: `備註：…`, kept with the section.
    fn note(&mut self) {
        let note = self.text();
        self.at += 1;
        self.extend_section(note.span);
        if let Some(section) = self.doc.sections.last_mut() {
            section.notes.push(note);
        }
    }

    /// `table = header-row (row | blank)*`, from the line after `header`.
    /// Blank lines inside a table are page breaks, not its end. Returns the
    /// next table's header when another header row ends this table.
    fn table(&mut self, header: Header) -> Option<Header> {
        let mut table = Table {
            subsection: self.subsection.as_ref().map(|(t, _)| t.clone()),
            kind: self.subsection.as_ref().and_then(|(_, k)| *k),
            organization: self.organization.clone(),
            span: header.span,
            header,
            // Sized once rather than grown by doubling: a plan of a million
            // rows would otherwise hold the old and the new vector at once.
            rows: Vec::with_capacity(self.rows_ahead[self.at] as usize),
        };
        let mut state = RowState::default();
        let mut next = None;
        let mut cells = Vec::new();
        while let Some(line) = self.current() {
            match line.kind {
                LineKind::Blank => state.page_break = true,
                LineKind::Row => {
                    let span = line.line.span();
                    line.line.cells_into(&mut cells);
                    let header = self.header(&line.line, &cells);
                    self.extend_section(span);
                    if let Some(header) = header {
                        // The same header again, with no heading in between, is
                        // the table going on over a page break: the top of the
                        // next page repeats it.
                        if !table::same_header(&table.header, &header) {
                            self.at += 1;
                            next = Some(header);
                            break;
                        }
                        table.span = table.span.to(span);
                        state.page_break = true;
                    } else {
                        let lexicon = self.vocab.lexicon();
                        let placed = row::row(
                            self.source,
                            &mut table,
                            &line.line,
                            &cells,
                            &mut state,
                            lexicon,
                        );
                        if let Err(reason) = placed {
                            self.unrecognized(self.text(), reason);
                        }
                    }
                }
                // A stray line does not end the table: the rows after it
                // are still the table's.
                LineKind::Text => self.unrecognized(self.text(), super::REASON_STRAY_TEXT),
                _ => break,
            }
            self.at += 1;
        }
        // Continuations, and tables that follow with only a header row
        // between, leave room unused.
        if table.rows.capacity() > table.rows.len() + table.rows.len() / 8 {
            table.rows.shrink_to_fit();
        }
        if let Some(section) = self.doc.sections.last_mut() {
            section.span = section.span.to(table.span);
            section.tables.push(table);
        }
        next
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
}

/// The plan's language, read from its issuer, title, section headings and
/// header rows.
fn language(doc: &Document, lexicon: &Lexicon) -> Language {
    let mut counts = crate::vocab::ScriptCounts::default();
    for text in [&doc.issuer, &doc.title].into_iter().flatten() {
        counts += lexicon.script_counts(&text.text);
    }
    // A header row repeated over the tables counts each time, as read once.
    let mut last: Option<(&Header, crate::vocab::ScriptCounts)> = None;
    for section in &doc.sections {
        counts += lexicon.script_counts(&section.heading.text);
        for table in &section.tables {
            let header = match last {
                Some((previous, header)) if table::same_header(previous, &table.header) => header,
                _ => {
                    let mut header = crate::vocab::ScriptCounts::default();
                    for cell in &table.header.cells {
                        header += lexicon.script_counts(&cell.text.text);
                    }
                    header
                }
            };
            counts += header;
            last = Some((&table.header, header));
        }
    }
    counts.language()
}
