//! `not-applicable-with-rows`: a table marked 不適用 that also has rows.

use super::{Context, Findings, Rule};
use crate::declare_rule;
use crate::diagnostic::Severity;

declare_rule! {
    /// ## What it does
    /// Reports a table that holds a not-applicable row (`不適用`, `N/A`) and
    /// data rows as well.
    ///
    /// ## Why is this bad?
    /// `不適用` says the bureau has nothing to release under this heading;
    /// rows below it say the opposite. Usually the marker was left behind
    /// when the first dataset was added.
    ///
    /// ## Example
    /// ```text
    /// 編號	數據種類	數據集名稱	一般說明	目標發放日期 (月/年)	更新頻率
    /// 	不適用
    /// 1	財經	開支資料	數據以 CSV 格式提供	03/2024	每年
    /// ```
    /// Use instead:
    /// ```text
    /// 編號	數據種類	數據集名稱	一般說明	目標發放日期 (月/年)	更新頻率
    /// 1	財經	開支資料	數據以 CSV 格式提供	03/2024	每年
    /// ```
    pub struct NotApplicableWithRows => "not-applicable-with-rows", Some(Severity::Error);
}

impl Rule for NotApplicableWithRows {
    fn check(&self, context: &Context<'_>, findings: &mut Findings<'_>) {
        for (_, table) in context.document.tables() {
            let Some(marker) = table.not_applicable() else {
                continue;
            };
            let rows: Vec<_> = table.data_rows().collect();
            let Some(first) = rows.first() else {
                continue;
            };
            let marker_span = marker.cells.get(1).map_or(marker.span, |c| c.span);
            let m = context.messages;
            let mark = marker
                .cells
                .iter()
                .find(|c| !c.is_empty())
                .map_or("", |c| c.text(context.source));
            findings.push(
                findings
                    .at(
                        marker_span,
                        crate::t!(m, "not-applicable-with-rows", mark = mark, rows = rows.len()),
                    )
                    .with_label(crate::t!(m, "not-applicable-with-rows.label"))
                    .with_secondary(first.span, crate::t!(m, "not-applicable-with-rows.row"))
                    .with_help(crate::t!(m, "not-applicable-with-rows.help")),
            );
        }
    }
}
