//! `missing-format`: a row that names no machine-readable format.

use super::{Context, Findings, Rule};
use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::model::{Column, Span};

declare_rule! {
    /// ## What it does
    /// Reports a dataset row whose description and remarks name no
    /// machine-readable format: CSV, JSON, XML, XLS/XLSX, API, GeoJSON, KML,
    /// SHP, GML, WMS/WFS and the others in `rules/formats.toml`. A row that
    /// names only PDF or DOC is reported too: those are documents, not data.
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
        for (_, table, row) in context.document.data_rows() {
            let cells = [&row.fields.description, &row.fields.remarks];
            let mut machine_readable = false;
            let mut other: Option<(String, Span)> = None;
            for cell in cells.into_iter().flatten() {
                for mention in context.vocab.formats_in(&cell.text) {
                    if mention.format.machine_readable {
                        machine_readable = true;
                    } else if other.is_none() {
                        let span = cell.locate(mention.range.clone()).unwrap_or(cell.span);
                        other = Some((mention.format.name.clone(), span));
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
                Some((name, span)) => findings.at(span,
                    format!("`{name}` is not a machine-readable format"),
                )
                .with_label("a document format")
                .with_help("release the data as CSV, JSON, XML or XLS (as well), and say so")
                .with_note("a PDF or Word file is for people to read; open data must be readable by programs"),
                None => findings.at(target,
                    "dataset names no machine-readable format",
                )
                .with_label(format!("no format in the {}", column.label()))
                .with_help(format!(
                    "name the format in the {}, e.g. `{}`",
                    column.label(),
                    context.document.language.pick(
                        "數據以 CSV 格式提供",
                        "数据以 CSV 格式提供",
                        "Data in CSV format"
                    )
                )),
            };
            findings.push(finding);
        }
    }
}
