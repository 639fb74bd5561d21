//! `empty-cell`: a required cell left empty.

use super::{Context, Findings, Rule};
use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::model::Column;

declare_rule! {
    /// ## What it does
    /// Reports a data row with an empty number, dataset name, target or
    /// release date, or update frequency, or an empty data category where
    /// the table has that column (in a combined `數據種類／數據集名稱` cell,
    /// the part before the `／`).
    ///
    /// Rows that are short of cells altogether are `cell-count`'s.
    ///
    /// ## Why is this bad?
    /// Each of these cells is part of the commitment: which dataset, when,
    /// how often. A row without one is a promise with a hole in it.
    ///
    /// ## Example
    /// ```text
    /// 編號	數據種類	數據集名稱	一般說明	目標發放日期 (月/年)	更新頻率
    /// 1	財經	開支資料	數據以 CSV 格式提供		每年
    /// ```
    /// Use instead:
    /// ```text
    /// 編號	數據種類	數據集名稱	一般說明	目標發放日期 (月/年)	更新頻率
    /// 1	財經	開支資料	數據以 CSV 格式提供	03/2024	每年
    /// ```
    pub struct EmptyCell => "empty-cell", Some(Severity::Error);
}

const REQUIRED: [Column; 5] = [
    Column::Number,
    Column::Category,
    Column::Name,
    Column::TargetDate,
    Column::Frequency,
];

impl Rule for EmptyCell {
    fn check(&self, context: &Context<'_>, findings: &mut Findings<'_>) {
        for (_, table, row) in context.document.aligned_rows() {
            for column in REQUIRED {
                let Some(cell) = row.field(column) else {
                    continue;
                };
                if !cell.is_empty() {
                    continue;
                }
                let column = if column == Column::TargetDate {
                    table.date_column().unwrap_or(column)
                } else {
                    column
                };
                let header_column = if table.column_index(column).is_some() {
                    column
                } else {
                    Column::CategoryName
                };
                let m = context.messages;
                let help = match column {
                    Column::Category if header_column == Column::CategoryName => {
                        let lexicon = context.vocab.lexicon();
                        let separator = lexicon
                            .category_name_separators(context.document.language)
                            .first()
                            .map_or("", |s| s.trim());
                        let width = if separator.is_ascii() { "ascii" } else { "full" };
                        crate::t!(m, "empty-cell.help-category", separator = separator, width = width)
                    }
                    Column::TargetDate | Column::ReleaseDate => crate::t!(m, "empty-cell.help-date"),
                    Column::Number => crate::t!(m, "empty-cell.help-number"),
                    _ => crate::t!(m, "empty-cell.help", column = m.column(column)),
                };
                let message = match row.number(context.source) {
                    Some(n) => crate::t!(m, "empty-cell", column = m.column(column), number = n),
                    None => crate::t!(m, "empty-cell.on-line", column = m.column(column), line = row.line),
                };
                findings.push(
                    findings
                        .at(cell.span, message)
                        .with_label(crate::t!(m, "empty-cell.label", column = m.column(column)))
                        .with_help(help),
                );
            }
        }
    }
}
