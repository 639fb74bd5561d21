//! `missing-format`: a row that names no machine-readable format.

use super::{Context, Findings, Rule};
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::i18n::Messages;
use crate::model::{Column, Field, Language, Span};
use crate::vocab::{FormatDef, FormatKind, Lexicon};

declare_rule! {
    /// ## What it does
    /// Reports a dataset row whose description and remarks name no
    /// machine-readable format: CSV, JSON, XML, XLS/XLSX, API, GeoJSON, KML,
    /// SHP, GML, FGDB, GeoTIFF, 3D Tiles, WMS/WFS and the others of
    /// DATA.GOV.HK's format list in `rules/formats.toml`. A row that names
    /// only PDF or DOC (documents), JPEG or PNG (pictures) or ZIP (a container
    /// that does not say what it holds) is reported too.
    ///
    /// Add formats under `[[vocabulary.formats]]` in `planlint.toml`.
    ///
    /// ## Why is this bad?
    /// Open data is data a program can read. The plan is where a bureau
    /// promises the format; a row without one promises nothing a user can
    /// rely on, and a PDF alone does not meet the open data policy.
    ///
    /// ## Example
    /// ```text
    /// 編號	數據種類	數據集名稱	一般說明	目標發放日期 (月/年)	更新頻率
    /// 1	財經	開支資料	數據以 PDF 格式提供	03/2024	每年
    /// ```
    /// Use instead:
    /// ```text
    /// 編號	數據種類	數據集名稱	一般說明	目標發放日期 (月/年)	更新頻率
    /// 1	財經	開支資料	數據以 CSV 格式提供	03/2024	每年
    /// ```
    pub struct MissingFormat => "missing-format", Some(Severity::Error);
}

impl Rule for MissingFormat {
    fn check(&self, context: &Context<'_>, findings: &mut Findings<'_>) {
        for (_, table, row) in context.document.aligned_rows() {
            let cells = [row.get(Field::Description), row.get(Field::Remarks)];
            let mut machine_readable = false;
            let mut other: Option<(&FormatDef, Span)> = None;
            // One machine-readable format settles the row: the remarks are
            // not read after a description that names one.
            'cells: for cell in cells.into_iter().flatten() {
                for mention in context.vocab.formats_in(cell.text(context.source)) {
                    if mention.format.machine_readable {
                        machine_readable = true;
                        break 'cells;
                    } else if other.is_none() {
                        let span = cell.locate(mention.range.clone()).unwrap_or(cell.span);
                        other = Some((mention.format, span));
                    }
                }
            }
            if machine_readable {
                continue;
            }
            let m = context.messages;
            let column = [Column::Description, Column::Remarks, Column::Name]
                .into_iter()
                .find(|c| table.has_column(*c))
                .unwrap_or(Column::Name);
            let target = row.field(column).map_or(row.span, |c| c.span);
            let finding = match other {
                Some((format, span)) => not_data(
                    findings,
                    m,
                    format,
                    span,
                    context.document.language,
                    context.vocab.lexicon(),
                ),
                None => findings
                    .at(target, crate::t!(m, "missing-format"))
                    .with_label(crate::t!(m, "missing-format.label", column = m.column(column)))
                    .with_help(crate::t!(
                        m,
                        "missing-format.help",
                        column = m.column(column),
                        example = context
                            .vocab
                            .lexicon()
                            .examples(context.document.language)
                            .format
                            .unwrap_or_default()
                    )),
            };
            findings.push(finding);
        }
    }
}

/// The finding for a row whose only format is not machine-readable.
fn not_data(
    findings: &Findings<'_>,
    m: &Messages,
    format: &FormatDef,
    span: Span,
    language: Language,
    lexicon: &Lexicon,
) -> Diagnostic {
    let name = format.name.as_str();
    match format.kind {
        FormatKind::Container => findings
            .at(span, crate::t!(m, "missing-format.container", format = name))
            .with_label(crate::t!(m, "missing-format.container-label"))
            .with_help(match &lexicon.examples(language).archived_format {
                Some(example) => crate::t!(m, "missing-format.container-help-example", example = example),
                None => crate::t!(m, "missing-format.container-help"),
            })
            .with_note(crate::t!(m, "missing-format.container-note")),
        FormatKind::Image => findings
            .at(span, crate::t!(m, "missing-format.image", format = name))
            .with_label(crate::t!(m, "missing-format.image-label"))
            .with_help(crate::t!(m, "missing-format.image-help"))
            .with_note(crate::t!(m, "missing-format.image-note")),
        FormatKind::Document | FormatKind::Data => findings
            .at(span, crate::t!(m, "missing-format.document", format = name))
            .with_label(crate::t!(m, "missing-format.document-label"))
            .with_help(crate::t!(m, "missing-format.document-help"))
            .with_note(crate::t!(m, "missing-format.document-note")),
    }
}
