//! `missing-format`: a row that names no machine-readable format.

use super::{Context, Findings, Rule};
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::model::{Column, Language, Span};
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
            let cells = [&row.fields.description, &row.fields.remarks];
            let mut machine_readable = false;
            let mut other: Option<(&FormatDef, Span)> = None;
            for cell in cells.into_iter().flatten() {
                for mention in context.vocab.formats_in(&cell.text) {
                    if mention.format.machine_readable {
                        machine_readable = true;
                        break;
                    } else if other.is_none() {
                        let span = cell.locate(mention.range.clone()).unwrap_or(cell.span);
                        other = Some((mention.format, span));
                    }
                }
            }
            if machine_readable {
                continue;
            }
            let column = [Column::Description, Column::Remarks, Column::Name]
                .into_iter()
                .find(|c| table.has_column(*c))
                .unwrap_or(Column::Name);
            let target = row.field(column).map_or(row.span, |c| c.span);
            let finding = match other {
                Some((format, span)) => not_data(findings, format, span, context.document.language, context.vocab.lexicon()),
                None => findings.at(target,
                    "dataset names no machine-readable format",
                )
                .with_label(format!("no format in the {}", column.label()))
                .with_help(format!(
                    "name the format in the {}, e.g. `{}`",
                    column.label(),
                    context
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
    format: &FormatDef,
    span: Span,
    language: Language,
    lexicon: &Lexicon,
) -> Diagnostic {
    let name = &format.name;
    match format.kind {
        FormatKind::Container => findings.at(span,
            format!("`{name}` does not say what format the data is in"),
        )
        .with_label("a container of other files")
        .with_help(match &lexicon.examples(language).archived_format {
            Some(example) => format!("name the format of the files inside, e.g. `{example}`"),
            None => "name the format of the files inside".to_owned(),
        })
        .with_note("an archive can hold anything; the plan must promise data a program can read"),
        FormatKind::Image => findings.at(span,
            format!("`{name}` is a picture, not machine-readable data"),
        )
        .with_label("an image format")
        .with_help("release the data behind the picture as CSV, JSON, GeoJSON or GeoTIFF (as well), and say so")
        .with_note("a program cannot read values out of a picture; a georeferenced grid is GeoTIFF"),
        FormatKind::Document | FormatKind::Data => findings.at(span,
            format!("`{name}` is not a machine-readable format"),
        )
        .with_label("a document format")
        .with_help("release the data as CSV, JSON, XML or XLS (as well), and say so")
        .with_note("a PDF or Word file is for people to read; open data must be readable by programs"),
    }
}
