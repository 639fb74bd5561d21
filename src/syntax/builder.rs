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
    let mut lines: Vec<Classified<'_>> = Vec::with_capacity(capacity);
    lines.extend(line::lines(source).map(|l| classify(l, lexicon)));
    let found = footer::find(&lines, lexicon);
    let footer = found.and_then(|at| footer::footer(&lines, at, lexicon));
    if let Some(at) = found {
        lines.truncate(at.issuer);
    }
    // For each line, how many row lines follow before a heading or note:
    // the most rows a table starting there can hold.
    let mut rows_ahead = vec![0_u32; lines.len() + 1];
    for (i, l) in lines.iter().enumerate().rev() {
        rows_ahead[i] = match l.kind {
            LineKind::Row => rows_ahead[i + 1].saturating_add(1),
            LineKind::Blank | LineKind::Text => rows_ahead[i + 1],
            _ => 0,
        };
    }
    let mut builder = Builder {
        source,
        lines,
        rows_ahead,
        at: 0,
        vocab,
        doc: Document {
            span: Span::new(0, source.len()),
            ..Document::default()
        },
        subsection: None,
        organization: None,
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
    for section in &mut doc.sections {
        for table in &mut section.tables {
            table::read_fields(source, table, vocab, language);
        }
    }
    doc
}

/// The size, in bytes, above which a plan's lines are counted first.
const LARGE: usize = 1 << 20;

struct Builder<'a, 'v> {
    /// The whole text.
    source: &'a str,
    /// The lines before the footer.
    lines: Vec<Classified<'a>>,
    /// For each line, the row lines before the next heading or note.
    rows_ahead: Vec<u32>,
    /// The next line to place.
    at: usize,
    vocab: &'v Vocabulary,
    doc: Document,
    /// The subsection heading the next table is under.
    subsection: Option<(Text, Option<DataKind>)>,
    /// The organisation heading the next table is under.
    organization: Option<Text>,
}

impl<'a> Builder<'a, '_> {
    /// What the current line is.
    fn kind(&self) -> Option<LineKind<'a>> {
        self.lines.get(self.at).map(|l| l.kind)
    }

    /// The current line's trimmed text, as a node.
    fn text(&self) -> Text {
        let (span, text) = self.lines[self.at].line.trimmed();
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
        while let Some(line) = self.lines.get(self.at) {
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
        let (span, _) = self.lines[self.at].line.trimmed();
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
        let (span, _) = self.lines[self.at].line.trimmed();
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
                let line = &self.lines[self.at];
                let span = line.line.span();
                let cells = line.line.cells();
                let header = table::header(self.source, &line.line, &cells, self.vocab);
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
        while let Some(line) = self.lines.get(self.at) {
            match line.kind {
                LineKind::Blank => state.page_break = true,
                LineKind::Row => {
                    let span = line.line.span();
                    let cells = line.line.cells();
                    let header = table::header(self.source, &line.line, &cells, self.vocab);
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
                        let line = self.lines[self.at].line;
                        let lexicon = self.vocab.lexicon();
                        let placed =
                            row::row(self.source, &mut table, &line, cells, &mut state, lexicon);
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
    let mut sample = String::new();
    for text in [&doc.issuer, &doc.title].into_iter().flatten() {
        sample.push_str(&text.text);
    }
    for section in &doc.sections {
        sample.push_str(&section.heading.text);
        for table in &section.tables {
            for cell in &table.header.cells {
                sample.push_str(&cell.text.text);
            }
        }
    }
    lexicon.language_of(&sample)
}
