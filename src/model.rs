//! The plan as plain data: every node knows its byte span in the source text.
//!
//! The model is built by [`crate::syntax::parse`] and read by the rules, the
//! exporters and the language server. It holds no parser types and never
//! borrows from the source, so it can be sent between threads and kept around.
//! Table cells, the bulk of a plan, do not copy their text either: a cell is
//! a span, read with [`Cell::text`] from the source the model was built from.

use std::sync::Arc;

use serde::Serialize;

/// A byte range in the source text, `offset..offset + length`.
///
/// Offsets are held in 32 bits, as a plan of a million rows holds millions
/// of spans: a plan is at most [`Span::MAX_SOURCE`] bytes, and planlint
/// refuses larger files before parsing them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
pub struct Span {
    /// Byte offset of the first byte.
    offset: u32,
    /// Length in bytes.
    length: u32,
}

impl Span {
    /// The largest text, in bytes, whose spans a `Span` can hold.
    pub const MAX_SOURCE: usize = u32::MAX as usize;

    /// The span `start..end` (bytes); offsets past [`Span::MAX_SOURCE`]
    /// are held as that.
    #[must_use]
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span start {start} after end {end}");
        let narrow = |at: usize| u32::try_from(at).unwrap_or(u32::MAX);
        let (start, end) = (narrow(start), narrow(end));
        Self {
            offset: start,
            length: end.saturating_sub(start),
        }
    }

    /// An empty span at `offset`.
    #[must_use]
    pub fn empty(offset: usize) -> Self {
        Self::new(offset, offset)
    }

    /// Byte offset of the first byte.
    #[must_use]
    pub fn offset(self) -> usize {
        self.offset as usize
    }

    /// Length in bytes.
    #[must_use]
    pub fn len(self) -> usize {
        self.length as usize
    }

    /// One past the last byte.
    #[must_use]
    pub fn end(self) -> usize {
        self.offset() + self.len()
    }

    /// Whether the span covers no bytes.
    #[must_use]
    pub fn is_empty(self) -> bool {
        self.length == 0
    }

    /// The smallest span covering both `self` and `other`.
    #[must_use]
    pub fn to(self, other: Span) -> Span {
        Span::new(
            self.offset().min(other.offset()),
            self.end().max(other.end()),
        )
    }

    /// The text this span covers in `source` (empty if out of range).
    #[must_use]
    pub fn slice(self, source: &str) -> &str {
        source.get(self.offset()..self.end()).unwrap_or("")
    }
}

/// A piece of text as written, with where it was written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Text {
    /// The text, trimmed of surrounding whitespace.
    pub text: String,
    /// Where the trimmed text sits in the source.
    pub span: Span,
}

/// The language a plan is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Default)]
pub enum Language {
    /// Traditional Chinese, the language of the published originals.
    #[default]
    #[serde(rename = "zh-Hant")]
    ZhHant,
    /// Simplified Chinese.
    #[serde(rename = "zh-Hans")]
    ZhHans,
    /// English.
    #[serde(rename = "en")]
    En,
}

impl Language {
    /// The one of three phrasings that is in this language, for examples in
    /// messages.
    #[must_use]
    pub fn pick<'a>(self, traditional: &'a str, simplified: &'a str, english: &'a str) -> &'a str {
        match self {
            Language::ZhHant => traditional,
            Language::ZhHans => simplified,
            Language::En => english,
        }
    }
}

/// A year and month, as in a footer's publication month or a `MM/YYYY` cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct YearMonth {
    /// The year, four digits.
    pub year: u16,
    /// The month, 1–12.
    pub month: u8,
}

impl std::fmt::Display for YearMonth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:02}/{:04}", self.month, self.year)
    }
}

/// An inclusive range of plan years, such as 2024–2026.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct YearRange {
    /// First plan year.
    pub start: u16,
    /// Last plan year.
    pub end: u16,
}

/// A whole plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Document {
    /// The whole source.
    pub span: Span,
    /// The language, guessed from the headings and the header rows.
    pub language: Language,
    /// The bureau or department that issued the plan (first line).
    pub issuer: Option<Text>,
    /// The plan's title line.
    pub title: Option<Text>,
    /// The plan's years, read from the title.
    pub years: Option<YearRange>,
    /// The footer, when the plan has one.
    pub footer: Option<Footer>,
    /// Sections A–D, in source order.
    pub sections: Vec<Section>,
    /// Lines the parser could not place, in source order.
    pub unrecognized: Vec<Unrecognized>,
}

/// The closing issuer line and publication month.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Footer {
    /// The issuer line of the footer.
    pub issuer: Text,
    /// The date line, as written.
    pub date: Text,
    /// The publication month read from the date line.
    pub published: YearMonth,
    /// Both lines.
    pub span: Span,
}

/// A line that fits nowhere in the grammar.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Unrecognized {
    /// The line, trimmed.
    pub text: Text,
    /// Why it could not be placed, as a lowercase phrase.
    pub reason: String,
}

/// What a section's dates mean, from its letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SectionKind {
    /// A: releases in the first plan year.
    FirstYear,
    /// B: releases in the later plan years.
    LaterYears,
    /// C: datasets of other organisations under the bureau or department.
    OtherOrganisations,
    /// D: progress, datasets already released.
    Progress,
}

impl SectionKind {
    /// The kind of section for a heading letter.
    #[must_use]
    pub fn from_letter(letter: char) -> Option<Self> {
        match letter {
            'A' => Some(Self::FirstYear),
            'B' => Some(Self::LaterYears),
            'C' => Some(Self::OtherOrganisations),
            'D' => Some(Self::Progress),
            _ => None,
        }
    }
}

/// A lettered section (A–D) and everything up to the next one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Section {
    /// The letter, `A` to `D`.
    pub letter: char,
    /// What the section's dates mean.
    pub kind: SectionKind,
    /// The heading line, without the letter.
    pub heading: Text,
    /// The span of the whole heading line, letter included.
    pub heading_span: Span,
    /// The years the heading names (`在 2025 年及 2026 年` → 2025, 2026).
    pub years: Vec<u16>,
    /// Notes (`備註：…`) directly under the section or its subsections.
    pub notes: Vec<Text>,
    /// The section's tables, in source order.
    pub tables: Vec<Table>,
    /// From the heading to the last line before the next section or footer.
    pub span: Span,
}

/// Spatial or non-spatial data (subsections `i.` and `ii.` of integrated plans).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DataKind {
    /// `i. 空間數據`.
    Spatial,
    /// `ii. 非空間數據`.
    NonSpatial,
}

/// One table: a header row and the rows under it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Table {
    /// The subsection the table is in, if any.
    pub subsection: Option<Text>,
    /// Spatial or non-spatial, from the subsection heading.
    pub kind: Option<DataKind>,
    /// The organisation heading (`(1) 創新科技及工業局`) the table is under.
    pub organization: Option<Text>,
    /// The header row.
    pub header: Header,
    /// Every row under the header, in source order (continuations merged).
    pub rows: Vec<Row>,
    /// From the header to the last row.
    pub span: Span,
}

impl Table {
    /// The data rows (not group or not-applicable rows).
    pub fn data_rows(&self) -> impl Iterator<Item = &Row> {
        self.rows.iter().filter(|r| r.kind == RowKind::Data)
    }

    /// The data rows whose cells line up with the header: what rules that
    /// read a cell by its column check. See [`Table::fits`].
    pub fn aligned_rows(&self) -> impl Iterator<Item = &Row> {
        self.data_rows().filter(|r| self.fits(r))
    }

    /// Whether `row` has one cell per header column, so that each cell is
    /// under its column. A row with a missing or extra TAB has its cells
    /// shifted: `cell-count` reports it, and rules that read a cell by its
    /// column skip it rather than report the shifted cells (a frequency
    /// under the date, a format under the frequency) as more defects.
    #[must_use]
    pub fn fits(&self, row: &Row) -> bool {
        row.cells.len() == self.header.cells.len()
    }

    /// The first not-applicable row, if the table is marked empty on purpose.
    #[must_use]
    pub fn not_applicable(&self) -> Option<&Row> {
        self.rows.iter().find(|r| r.kind == RowKind::NotApplicable)
    }

    /// The index of the header cell for `column`, if the table has it.
    #[must_use]
    pub fn column_index(&self, column: Column) -> Option<usize> {
        self.header
            .cells
            .iter()
            .position(|c| c.column == Some(column))
    }

    /// Whether the table has `column` (the merged category／name column counts
    /// for both category and name).
    #[must_use]
    pub fn has_column(&self, column: Column) -> bool {
        self.header.cells.iter().any(|c| match c.column {
            Some(Column::CategoryName) => {
                matches!(
                    column,
                    Column::Category | Column::Name | Column::CategoryName
                )
            }
            Some(other) => other == column,
            None => false,
        })
    }

    /// The column of dates: target dates (A–C) or release dates (D).
    #[must_use]
    pub fn date_column(&self) -> Option<Column> {
        self.header.cells.iter().find_map(|c| match c.column {
            Some(col @ (Column::TargetDate | Column::ReleaseDate)) => Some(col),
            _ => None,
        })
    }
}

/// The columns a header cell can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Column {
    /// `編號`, `#`.
    Number,
    /// `數據種類`.
    Category,
    /// `數據集名稱`.
    Name,
    /// `數據種類／數據集名稱`: category and name in one cell.
    CategoryName,
    /// `一般說明`.
    Description,
    /// `目標發放日期 (月/年)`.
    TargetDate,
    /// `發放日期 (月/年)`.
    ReleaseDate,
    /// `更新頻率`.
    Frequency,
    /// `備註`.
    Remarks,
}

impl Column {
    /// Every column, in the order they usually appear.
    pub const ALL: [Column; 9] = [
        Column::Number,
        Column::Category,
        Column::Name,
        Column::CategoryName,
        Column::Description,
        Column::TargetDate,
        Column::ReleaseDate,
        Column::Frequency,
        Column::Remarks,
    ];

    /// The kebab-case name used in `rules/columns.toml` and in JSON.
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Column::Number => "number",
            Column::Category => "category",
            Column::Name => "name",
            Column::CategoryName => "category-name",
            Column::Description => "description",
            Column::TargetDate => "target-date",
            Column::ReleaseDate => "release-date",
            Column::Frequency => "frequency",
            Column::Remarks => "remarks",
        }
    }

    /// The column for a kebab-case name.
    #[must_use]
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.key() == key)
    }

    /// A short English name for messages.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Column::Number => "number",
            Column::Category => "data category",
            Column::Name => "dataset name",
            Column::CategoryName => "data category / dataset name",
            Column::Description => "general description",
            Column::TargetDate => "target release date",
            Column::ReleaseDate => "release date",
            Column::Frequency => "update frequency",
            Column::Remarks => "remarks",
        }
    }
}

/// A table's header row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Header {
    /// The header cells, in order.
    pub cells: Vec<HeaderCell>,
    /// 1-based line number.
    pub line: usize,
    /// The whole line.
    pub span: Span,
}

/// One header cell and the column it names, if known.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HeaderCell {
    /// The cell as written.
    pub text: Text,
    /// The column, `None` when the words are not in the vocabulary.
    pub column: Option<Column>,
}

/// The kinds of rows under a header.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RowKind {
    /// A numbered dataset row.
    Data,
    /// `\t不適用\t…`: the table is empty on purpose.
    NotApplicable,
    /// A heading for the rows under it: text in the first cell only.
    Group,
}

/// A table row; a row broken by a page break is merged with its continuation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Row {
    /// What kind of row this is.
    pub kind: RowKind,
    /// 1-based line number of the row's first line (32 bits, as spans'
    /// offsets are: a plan of a million rows holds a million).
    pub line: u32,
    /// The row's first line.
    pub span: Span,
    /// The cells, one per TAB-separated field, merged with any continuation.
    pub cells: Box<[Cell]>,
    /// The lines of continuation rows merged into this one (one pointer
    /// when there are none, as for most rows).
    pub continuations: thin_vec::ThinVec<Span>,
    /// The group row this row sits under (ITC layout), if any; one copy
    /// shared by every row of the group.
    pub group: Option<Arc<Text>>,
    /// The fields by column, read through the header.
    pub fields: Fields,
}

impl Row {
    /// The row number, if the number cell holds a plain number; `source` is
    /// the text the row's spans point into.
    #[must_use]
    pub fn number(&self, source: &str) -> Option<u32> {
        let text = self.get(Field::Number)?.text(source);
        text.parse()
            .ok()
            .filter(|_| text.bytes().all(|b| b.is_ascii_digit()))
    }

    /// The cell of `field`, if the table has that column and the row that cell.
    #[must_use]
    pub fn get(&self, field: Field) -> Option<&Cell> {
        self.fields.get(field, &self.cells)
    }

    /// The cell for `column`, if the table has that column and the row that
    /// cell (none for the combined category／name column, which is two
    /// fields).
    #[must_use]
    pub fn field(&self, column: Column) -> Option<&Cell> {
        self.get(Field::of(column)?)
    }
}

/// One of a row's fields: the cells read by meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Field {
    /// The number cell.
    Number,
    /// The data category (split from a combined category／name cell).
    Category,
    /// The dataset name (split from a combined category／name cell).
    Name,
    /// The general description.
    Description,
    /// The target or release date.
    Date,
    /// The update frequency.
    Frequency,
    /// The remarks.
    Remarks,
}

impl Field {
    /// Every field, in declaration order.
    pub const ALL: [Field; 7] = [
        Field::Number,
        Field::Category,
        Field::Name,
        Field::Description,
        Field::Date,
        Field::Frequency,
        Field::Remarks,
    ];

    /// The field a column's cell fills (the combined category／name column
    /// fills two, and has none of its own).
    #[must_use]
    pub fn of(column: Column) -> Option<Self> {
        Some(match column {
            Column::Number => Self::Number,
            Column::Category => Self::Category,
            Column::Name => Self::Name,
            Column::CategoryName => return None,
            Column::Description => Self::Description,
            Column::TargetDate | Column::ReleaseDate => Self::Date,
            Column::Frequency => Self::Frequency,
            Column::Remarks => Self::Remarks,
        })
    }
}

/// Where a field's cell is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Slot {
    /// The table has no such column.
    #[default]
    Absent,
    /// The row's cell at this index.
    Cell(u32),
    /// [`Fields`]'s own cell at this index: half of a combined cell, or an
    /// empty cell for a column the row is too short to reach.
    Own(u32),
}

/// A row's cells by meaning: for each field, which cell holds it. Most
/// fields are one of the row's cells, so they are kept as an index rather
/// than a copy; only the parts of a split category／name cell and the empty
/// cells of a short row are cells of their own.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Fields {
    /// The slot of each [`Field`], in declaration order, in a byte each
    /// (see [`Fields::slot`]): a plan of a million rows holds seven million.
    slots: [u8; 7],
    /// Cells that are not among the row's cells.
    own: Vec<Cell>,
}

/// A slot byte: `ABSENT`, a row's cell below `OWN` (its index plus one), or
/// an own cell from `OWN` up (`OWN` plus its index).
const ABSENT: u8 = 0;
const OWN: u8 = 0x80;

impl Serialize for Fields {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let mut fields = serializer.serialize_struct("Fields", 2)?;
        fields.serialize_field("slots", &Field::ALL.map(|field| self.slot(field)))?;
        fields.serialize_field("own", &self.own)?;
        fields.end()
    }
}

impl Fields {
    /// Where `field`'s cell is.
    #[must_use]
    pub fn slot(&self, field: Field) -> Slot {
        match self.slots[field as usize] {
            ABSENT => Slot::Absent,
            byte if byte < OWN => Slot::Cell(u32::from(byte - 1)),
            byte => Slot::Own(u32::from(byte - OWN)),
        }
    }

    /// Makes `field` the row's cell at `index` of `cells`. A cell past the
    /// first 127, in a row as wide as no plan is, is kept as a copy.
    pub fn set_cell(&mut self, field: Field, index: usize, cells: &[Cell]) {
        match u8::try_from(index + 1) {
            Ok(byte) if byte < OWN => self.slots[field as usize] = byte,
            _ => match cells.get(index) {
                Some(cell) => self.set_own(field, cell.clone()),
                None => self.slots[field as usize] = ABSENT,
            },
        }
    }

    /// Makes `field` a cell of its own.
    pub fn set_own(&mut self, field: Field, cell: Cell) {
        // Most rows with cells of their own have two: the halves of a
        // category／name cell.
        if self.own.capacity() == 0 {
            self.own.reserve_exact(2);
        }
        // Seven fields take at most seven own cells; one set again replaces
        // its cell rather than adding one past what a byte can index.
        let index = match self.slot(field) {
            Slot::Own(i) => i as usize,
            _ => self.own.len(),
        };
        let Some(byte) = u8::try_from(index).ok().and_then(|i| OWN.checked_add(i)) else {
            return;
        };
        if index == self.own.len() {
            self.own.push(cell);
        } else {
            self.own[index] = cell;
        }
        self.slots[field as usize] = byte;
    }

    /// The cell of `field`, given the row's cells.
    #[must_use]
    pub fn get<'a>(&'a self, field: Field, cells: &'a [Cell]) -> Option<&'a Cell> {
        match self.slot(field) {
            Slot::Absent => None,
            Slot::Cell(i) => cells.get(i as usize),
            Slot::Own(i) => self.own.get(i as usize),
        }
    }
}

/// One cell: where its trimmed text is. The text itself stays in the
/// source (read it with [`Cell::text`]); only a cell merged from several
/// lines holds its joined text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cell {
    /// The trimmed text on the row's first line (empty span at the cell's
    /// position when the cell is empty there).
    pub span: Span,
    /// The pieces on continuation lines and the joined text, for a cell
    /// merged from several lines.
    joined: Option<Box<Joined>>,
}

/// A cell's continuation pieces and its whole text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
struct Joined {
    /// The trimmed pieces on continuation lines.
    more: Vec<Span>,
    /// The non-empty pieces, first line first, joined with a space.
    text: String,
}

impl Cell {
    /// The cell whose text is `span` of the source, on one line.
    #[must_use]
    pub fn new(span: Span) -> Self {
        Self { span, joined: None }
    }

    /// An empty cell at `offset`.
    #[must_use]
    pub fn empty(offset: usize) -> Self {
        Self::new(Span::empty(offset))
    }

    /// A cell from pieces on several lines: `first` on the row's first line
    /// (empty when the cell is empty there), `more` on continuation lines,
    /// each trimmed and non-empty; `text` is the non-empty pieces joined
    /// with a space.
    #[must_use]
    pub fn joined(first: Span, more: Vec<Span>, text: String) -> Self {
        if more.is_empty() {
            return Self::new(first);
        }
        Self {
            span: first,
            joined: Some(Box::new(Joined { more, text })),
        }
    }

    /// The trimmed text, read from `source` (the text the spans point
    /// into); continuation pieces are joined with a space.
    #[must_use]
    pub fn text<'a>(&'a self, source: &'a str) -> &'a str {
        match &self.joined {
            Some(joined) => &joined.text,
            None => self.span.slice(source),
        }
    }

    /// Whether the cell holds no text.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.span.is_empty() && self.joined.is_none()
    }

    /// The trimmed pieces on continuation lines.
    #[must_use]
    pub fn more(&self) -> &[Span] {
        self.joined.as_ref().map_or(&[], |joined| &joined.more)
    }

    /// Adds a continuation line's piece (trimmed, non-empty); `source` is
    /// the text the spans point into.
    pub fn push(&mut self, piece: Span, source: &str) {
        let joined = self.joined.get_or_insert_with(|| {
            Box::new(Joined {
                more: Vec::new(),
                text: self.span.slice(source).to_owned(),
            })
        });
        if !joined.text.is_empty() {
            joined.text.push(' ');
        }
        joined.text.push_str(piece.slice(source));
        joined.more.push(piece);
    }

    /// Every span the cell's text came from, first line first (the first
    /// line's span may be empty).
    pub fn spans(&self) -> impl Iterator<Item = Span> + '_ {
        std::iter::once(self.span).chain(self.more().iter().copied())
    }

    /// The source span of a byte range of [`Cell::text`], when the range lies
    /// within one piece (pieces from different lines are joined by a space).
    #[must_use]
    pub fn locate(&self, range: std::ops::Range<usize>) -> Option<Span> {
        let pieces = (!self.span.is_empty())
            .then_some(self.span)
            .into_iter()
            .chain(self.more().iter().copied());
        let mut at = 0;
        for (i, piece) in pieces.enumerate() {
            if i > 0 {
                at += 1;
            }
            if range.start >= at && range.end <= at + piece.len() {
                return Some(Span::new(
                    piece.offset() + range.start - at,
                    piece.offset() + range.end - at,
                ));
            }
            at += piece.len();
        }
        None
    }
}

/// A well-formed `MM/YYYY` date, with any bracketed annotation after it.
/// Its parts are spans into the source, as cells are: a value is read only
/// from a cell on one line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DateValue {
    /// The month and year.
    #[serde(flatten)]
    pub date: YearMonth,
    /// Where `首次發放日期` is in `10/2015 (首次發放日期)`.
    pub annotation_span: Option<Span>,
    /// Where the `MM/YYYY` part is.
    pub span: Span,
}

impl DateValue {
    /// The annotation (`首次發放日期`), read from `source`.
    #[must_use]
    pub fn annotation(self, source: &str) -> Option<&str> {
        self.annotation_span.map(|span| span.slice(source))
    }
}

/// An update frequency: the term, and any bracketed annotation after it,
/// as spans into the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct FrequencyValue {
    /// Where the term is: `每年` in `每年 (自2020年起為每年二月)`.
    pub span: Span,
    /// Where the annotation is: `自2020年起為每年二月` in the same.
    pub annotation_span: Option<Span>,
}

impl FrequencyValue {
    /// The term (`每年`), read from `source`.
    #[must_use]
    pub fn term(self, source: &str) -> &str {
        self.span.slice(source)
    }

    /// The annotation, read from `source`.
    #[must_use]
    pub fn annotation(self, source: &str) -> Option<&str> {
        self.annotation_span.map(|span| span.slice(source))
    }
}

impl Document {
    /// Every table of every section, with its section.
    pub fn tables(&self) -> impl Iterator<Item = (&Section, &Table)> {
        self.sections
            .iter()
            .flat_map(|s| s.tables.iter().map(move |t| (s, t)))
    }

    /// Every data row, with its section and table.
    pub fn data_rows(&self) -> impl Iterator<Item = (&Section, &Table, &Row)> {
        self.tables()
            .flat_map(|(s, t)| t.data_rows().map(move |r| (s, t, r)))
    }

    /// Every data row whose cells line up with its header (see
    /// [`Table::fits`]), with its section and table: the rows that rules
    /// reading a cell by its column check.
    pub fn aligned_rows(&self) -> impl Iterator<Item = (&Section, &Table, &Row)> {
        self.tables()
            .flat_map(|(s, t)| t.aligned_rows().map(move |r| (s, t, r)))
    }

    /// The publication month: the footer's, when there is one.
    #[must_use]
    pub fn published(&self) -> Option<YearMonth> {
        self.footer.as_ref().map(|f| f.published)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each slot is a byte: the cells it names are the cells set, however
    /// wide the row and however often a field is set.
    #[test]
    fn slots_name_the_cells_set() {
        let cells: Vec<Cell> = (0..300).map(|i| Cell::new(Span::new(i, i + 1))).collect();
        let mut fields = Fields::default();
        fields.set_cell(Field::Number, 0, &cells);
        fields.set_cell(Field::Date, 126, &cells);
        // Past what a byte indexes: a copy of the cell.
        fields.set_cell(Field::Remarks, 200, &cells);
        fields.set_own(Field::Category, Cell::empty(7));
        fields.set_own(Field::Name, Cell::new(Span::new(8, 9)));
        // Set again: the same own cell is replaced, none is added.
        fields.set_own(Field::Name, Cell::new(Span::new(10, 12)));
        fields.set_cell(Field::Frequency, 300, &cells);
        assert_eq!(fields.slot(Field::Number), Slot::Cell(0));
        assert_eq!(fields.slot(Field::Date), Slot::Cell(126));
        assert_eq!(fields.slot(Field::Remarks), Slot::Own(0));
        assert_eq!(fields.slot(Field::Category), Slot::Own(1));
        assert_eq!(fields.slot(Field::Name), Slot::Own(2));
        assert_eq!(fields.slot(Field::Frequency), Slot::Absent);
        assert_eq!(fields.slot(Field::Description), Slot::Absent);
        let span = |field| fields.get(field, &cells).map(|c| c.span);
        assert_eq!(span(Field::Date), Some(Span::new(126, 127)));
        assert_eq!(span(Field::Remarks), Some(Span::new(200, 201)));
        assert_eq!(span(Field::Name), Some(Span::new(10, 12)));
        assert_eq!(span(Field::Frequency), None);
        assert_eq!(fields.own.len(), 3);
    }
}
