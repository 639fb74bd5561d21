//! `planlint parse`: the model as public JSON, and as a readable outline.
//!
//! The JSON is a public interface (plan maintainers export their plans with
//! it), so it is a view built here rather than the model's own serialisation:
//! the model may change, this shape only grows.

use std::fmt::Write as _;

use serde::Serialize;

use crate::identity::Identity;
use crate::line_index::LineIndex;
use crate::model::{Cell, Document, Field, Language, RowKind, Span, Table, YearMonth, YearRange};
use crate::syntax::value::{date_of, frequency_of};
use crate::vocab::Vocabulary;

/// The version of the JSON shape.
pub const VERSION: u32 = 1;

/// A plan as exported.
#[derive(Debug, Serialize)]
pub struct PlanJson<'a> {
    /// Shape version.
    pub version: u32,
    /// The file, as given on the command line.
    pub path: &'a str,
    /// `zh-Hant`, `zh-Hans` or `en`.
    pub language: Language,
    /// The issuing bureau or department, as written.
    pub issuer: Option<&'a str>,
    /// The issuer's id in `rules/issuers.toml` (or `name:` and its normalised
    /// name when it is not listed): what groups this plan with its language
    /// versions and with the issuer's other years.
    pub issuer_id: Option<&'a str>,
    /// The title line.
    pub title: Option<&'a str>,
    /// The plan years from the title.
    pub years: Option<YearRange>,
    /// The publication month from the footer.
    pub published: Option<YearMonth>,
    /// Sections A–D.
    pub sections: Vec<SectionJson<'a>>,
    /// Lines that could not be placed.
    pub unrecognized: Vec<UnrecognizedJson<'a>>,
}

/// A section as exported.
#[derive(Debug, Serialize)]
pub struct SectionJson<'a> {
    /// `A` to `D`.
    pub letter: char,
    /// The heading without its letter.
    pub heading: &'a str,
    /// The years the heading names.
    pub years: &'a [u16],
    /// Notes under the section.
    pub notes: Vec<&'a str>,
    /// 1-based line of the heading.
    pub line: usize,
    /// The section's tables.
    pub tables: Vec<TableJson<'a>>,
}

/// A table as exported.
#[derive(Debug, Serialize)]
pub struct TableJson<'a> {
    /// `spatial`, `non-spatial` or null.
    pub kind: Option<&'static str>,
    /// The subsection heading, if any.
    pub subsection: Option<&'a str>,
    /// The organisation heading, if any.
    pub organization: Option<&'a str>,
    /// Column keys, null for an unknown header cell.
    pub columns: Vec<Option<&'static str>>,
    /// The header cells as written.
    pub headers: Vec<&'a str>,
    /// Whether the table is marked 不適用.
    pub not_applicable: bool,
    /// 1-based line of the header.
    pub line: usize,
    /// Group rows (ITC layout), in order.
    pub groups: Vec<GroupJson<'a>>,
    /// Data rows, in order.
    pub rows: Vec<RowJson<'a>>,
}

/// A group row as exported.
#[derive(Debug, Serialize)]
pub struct GroupJson<'a> {
    /// The group's name.
    pub name: &'a str,
    /// 1-based line.
    pub line: usize,
}

/// A data row as exported; cells the layout does not have are null.
#[derive(Debug, Serialize)]
pub struct RowJson<'a> {
    /// The row number, when the cell holds a plain number.
    pub number: Option<u32>,
    /// The number cell as written.
    pub number_text: Option<&'a str>,
    /// The group row above, if any.
    pub group: Option<&'a str>,
    /// The data category.
    pub category: Option<&'a str>,
    /// The category's stable id (`city-management`), the same for its
    /// current and former names in every language; null when unknown.
    pub category_id: Option<String>,
    /// The dataset name.
    pub name: Option<&'a str>,
    /// The general description.
    pub description: Option<&'a str>,
    /// The target or release date, as written.
    pub date: Option<&'a str>,
    /// The date's value, where it is well formed.
    pub date_value: Option<DateJson<'a>>,
    /// The update frequency, as written.
    pub frequency: Option<&'a str>,
    /// The frequency's canonical name, where it is known.
    pub frequency_canonical: Option<String>,
    /// The remarks.
    pub remarks: Option<&'a str>,
    /// 1-based line of the row's first line.
    pub line: usize,
    /// 1-based lines of merged continuation rows.
    pub continuation_lines: Vec<usize>,
    /// The row's first line.
    pub span: Span,
}

/// A well-formed date as exported.
#[derive(Debug, Serialize)]
pub struct DateJson<'a> {
    /// Year.
    pub year: u16,
    /// Month.
    pub month: u8,
    /// Bracketed annotation after the date.
    pub annotation: Option<&'a str>,
}

/// An unplaced line as exported.
#[derive(Debug, Serialize)]
pub struct UnrecognizedJson<'a> {
    /// The text.
    pub text: &'a str,
    /// Why it could not be placed.
    pub reason: &'a str,
    /// 1-based line.
    pub line: usize,
}

fn text<'a>(source: &'a str, cell: Option<&'a Cell>) -> Option<&'a str> {
    cell.map(|c| c.text(source))
}

/// Builds the JSON view of a parsed plan.
#[must_use]
pub fn plan_json<'a>(
    path: &'a str,
    source: &'a str,
    document: &'a Document,
    vocab: &'a Vocabulary,
    identity: &'a Identity,
) -> PlanJson<'a> {
    let index = LineIndex::new(source);
    let line = |span: Span| index.line_of(span.offset()) + 1;
    PlanJson {
        version: VERSION,
        path,
        language: document.language,
        issuer: document.issuer.as_ref().map(|t| t.text.as_str()),
        issuer_id: identity.issuer.as_deref(),
        title: document.title.as_ref().map(|t| t.text.as_str()),
        years: document.years,
        published: document.published(),
        sections: document
            .sections
            .iter()
            .map(|s| SectionJson {
                letter: s.letter,
                heading: &s.heading.text,
                years: &s.years,
                notes: s.notes.iter().map(|n| n.text.as_str()).collect(),
                line: line(s.heading_span),
                tables: s
                    .tables
                    .iter()
                    .map(|t| table_json(source, t, vocab, &line))
                    .collect(),
            })
            .collect(),
        unrecognized: document
            .unrecognized
            .iter()
            .map(|u| UnrecognizedJson {
                text: &u.text.text,
                reason: &u.reason,
                line: line(u.text.span),
            })
            .collect(),
    }
}

fn table_json<'a>(
    source: &'a str,
    table: &'a Table,
    vocab: &'a Vocabulary,
    line: &dyn Fn(Span) -> usize,
) -> TableJson<'a> {
    TableJson {
        kind: table.kind.map(|k| match k {
            crate::model::DataKind::Spatial => "spatial",
            crate::model::DataKind::NonSpatial => "non-spatial",
        }),
        subsection: table.subsection.as_ref().map(|t| t.text.as_str()),
        organization: table.organization.as_ref().map(|t| t.text.as_str()),
        columns: table
            .header
            .cells
            .iter()
            .map(|c| c.column.map(super::model::Column::key))
            .collect(),
        headers: table
            .header
            .cells
            .iter()
            .map(|c| c.text.text.as_str())
            .collect(),
        not_applicable: table.not_applicable().is_some(),
        line: table.header.line,
        groups: table
            .rows
            .iter()
            .filter(|r| r.kind == RowKind::Group)
            .map(|r| GroupJson {
                name: r.cells.first().map_or("", |c| c.text(source)),
                line: r.line as usize,
            })
            .collect(),
        rows: table
            .data_rows()
            .map(|r| RowJson {
                number: r.number(source),
                number_text: text(source, r.get(Field::Number)),
                group: r.group.as_ref().map(|g| g.text.as_str()),
                category: text(source, r.get(Field::Category)),
                category_id: r
                    .get(Field::Category)
                    .and_then(|c| vocab.category(c.text(source)))
                    .map(|m| m.id().to_owned()),
                name: text(source, r.get(Field::Name)),
                description: text(source, r.get(Field::Description)),
                date: text(source, r.get(Field::Date)),
                date_value: date_of(r, source).map(|d| DateJson {
                    year: d.date.year,
                    month: d.date.month,
                    annotation: d.annotation(source),
                }),
                frequency: text(source, r.get(Field::Frequency)),
                frequency_canonical: frequency_of(r, source)
                    .and_then(|v| vocab.frequency(v.term(source)))
                    .map(std::borrow::Cow::into_owned),
                remarks: text(source, r.get(Field::Remarks)),
                line: r.line as usize,
                continuation_lines: r.continuations.iter().map(|s| line(*s)).collect(),
                span: r.span,
            })
            .collect(),
    }
}

/// A readable outline of a parsed plan.
#[must_use]
pub fn outline(path: &str, source: &str, document: &Document) -> String {
    outline_with(path, source, document, None)
}

/// A readable outline of a parsed plan, with its issuer's id.
#[must_use]
pub fn outline_with(
    path: &str,
    source: &str,
    document: &Document,
    issuer_id: Option<&str>,
) -> String {
    let mut out = String::new();
    let lang = match document.language {
        Language::ZhHant => "zh-Hant",
        Language::ZhHans => "zh-Hans",
        Language::En => "en",
    };
    let _ = writeln!(out, "{path} ({lang})");
    let show = |t: &Option<crate::model::Text>| {
        t.as_ref()
            .map_or_else(|| "(none)".to_owned(), |t| t.text.clone())
    };
    match issuer_id {
        Some(id) => {
            let _ = writeln!(out, "  issuer:    {} ({id})", show(&document.issuer));
        }
        None => {
            let _ = writeln!(out, "  issuer:    {}", show(&document.issuer));
        }
    }
    let _ = writeln!(out, "  title:     {}", show(&document.title));
    if let Some(y) = document.years {
        let _ = writeln!(out, "  years:     {}–{}", y.start, y.end);
    }
    match document.published() {
        Some(p) => {
            let _ = writeln!(out, "  published: {p}");
        }
        None => {
            let _ = writeln!(out, "  published: (no footer)");
        }
    }
    for section in &document.sections {
        let years: Vec<String> = section.years.iter().map(u16::to_string).collect();
        let _ = writeln!(
            out,
            "  {}. {}{}",
            section.letter,
            section.heading.text,
            if years.is_empty() {
                String::new()
            } else {
                format!("  [{}]", years.join(", "))
            }
        );
        for note in &section.notes {
            let _ = writeln!(out, "      note: {}", note.text);
        }
        for table in &section.tables {
            let mut place = Vec::new();
            if let Some(o) = &table.organization {
                place.push(o.text.clone());
            }
            if let Some(s) = &table.subsection {
                place.push(s.text.clone());
            }
            let columns: Vec<&str> = table
                .header
                .cells
                .iter()
                .map(|c| c.column.map_or("?", |c| c.key()))
                .collect();
            let _ = writeln!(
                out,
                "    table (line {}){}: {}",
                table.header.line,
                if place.is_empty() {
                    String::new()
                } else {
                    format!(" in {}", place.join(" / "))
                },
                columns.join(" | ")
            );
            for row in &table.rows {
                match row.kind {
                    RowKind::NotApplicable => {
                        let _ = writeln!(out, "      (not applicable)");
                    }
                    RowKind::Group => {
                        let _ = writeln!(
                            out,
                            "      group: {}",
                            row.cells.first().map_or("", |c| c.text(source))
                        );
                    }
                    RowKind::Data => {
                        let cell = |field: Field| {
                            row.get(field).map_or(String::new(), |c| {
                                let text = c.text(source);
                                let t: String = text.chars().take(24).collect();
                                if t.len() < text.len() { t + "…" } else { t }
                            })
                        };
                        let _ = writeln!(
                            out,
                            "      {:>3}  {} │ {} │ {} │ {}{}",
                            cell(Field::Number),
                            cell(Field::Category),
                            cell(Field::Name),
                            cell(Field::Date),
                            cell(Field::Frequency),
                            if row.continuations.is_empty() {
                                String::new()
                            } else {
                                format!("  (+{} continued)", row.continuations.len())
                            }
                        );
                    }
                }
            }
        }
    }
    for u in &document.unrecognized {
        let _ = writeln!(out, "  unrecognized: {} ({})", u.text.text, u.reason);
    }
    out
}
