//! `cell-count`: a row with more or fewer cells than its header.

use super::{Context, Findings, Rule};
use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::model::RowKind;

declare_rule! {
    /// ## What it does
    /// Reports a table row with more or fewer TAB-separated cells than the
    /// table's header row. Data rows, group rows and not-applicable rows all
    /// have one cell per column, even when most are empty.
    ///
    /// ## Why is this bad?
    /// A missing or extra TAB shifts every cell after it into the wrong
    /// column: the frequency lands under the date, the format under the
    /// frequency, and every other check reads the wrong cell.
    ///
    /// ## Example
    /// ```text
    /// 編號	數據種類	數據集名稱	一般說明	目標發放日期 (月/年)	更新頻率
    /// 1	財經	開支資料	數據以 CSV 格式提供	03/2024	每年	每月
    /// ```
    /// Use instead:
    /// ```text
    /// 編號	數據種類	數據集名稱	一般說明	目標發放日期 (月/年)	更新頻率
    /// 1	財經	開支資料	數據以 CSV 格式提供	03/2024	每年
    /// ```
    pub struct CellCount => "cell-count", Some(Severity::Error);
}

impl Rule for CellCount {
    fn check(&self, context: &Context<'_>, findings: &mut Findings<'_>) {
        let m = context.messages;
        for (_, table) in context.document.tables() {
            let expected = table.header.cells.len();
            for row in &table.rows {
                let found = row.cells.len();
                if found == expected {
                    continue;
                }
                let kind = match row.kind {
                    RowKind::Data => "data",
                    RowKind::Group => "group",
                    RowKind::NotApplicable => "not-applicable",
                };
                let (span, label) = if found > expected {
                    let first_extra = &row.cells[expected];
                    let last = row.cells.last().map_or(first_extra.span, |c| c.span);
                    (
                        first_extra.span.to(last),
                        crate::t!(m, "cell-count.label-extra", extra = found - expected),
                    )
                } else {
                    (
                        row.span,
                        crate::t!(m, "cell-count.label-short", found = found, expected = expected),
                    )
                };
                findings.push(
                    findings
                        .at(
                            span,
                            crate::t!(m, "cell-count", kind = kind, found = found, expected = expected),
                        )
                        .with_label(label)
                        .with_secondary(
                            table.header.span,
                            crate::t!(m, "cell-count.header", expected = expected),
                        )
                        .with_help(crate::t!(m, "cell-count.help")),
                );
            }
        }
    }
}
