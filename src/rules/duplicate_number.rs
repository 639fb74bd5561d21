//! `duplicate-number`: a row number used twice in one table.

use super::{Context, Findings, FirstUse, Rule};
use crate::declare_rule;
use crate::model::{Field, RowKind};
use crate::diagnostic::Severity;

declare_rule! {
    /// ## What it does
    /// Reports a row number used a second time in the same numbering run.
    /// Each table numbers its own rows; tables with group rows (one heading
    /// per fund or programme) number straight through the groups, so a
    /// number may not repeat under a later group either.
    ///
    /// ## Why is this bad?
    /// Plans are discussed by row number ("item 12 of section D"); two rows
    /// with one number make every such reference ambiguous, and usually mean
    /// a row was copied and not renumbered.
    ///
    /// ## Example
    /// ```text
    /// 編號	數據種類	數據集名稱	一般說明	目標發放日期 (月/年)	更新頻率
    /// 1	財經	開支資料	數據以 CSV 格式提供	03/2024	每年
    /// 1	財經	收入資料	數據以 CSV 格式提供	03/2024	每年
    /// ```
    /// Use instead:
    /// ```text
    /// 編號	數據種類	數據集名稱	一般說明	目標發放日期 (月/年)	更新頻率
    /// 1	財經	開支資料	數據以 CSV 格式提供	03/2024	每年
    /// 2	財經	收入資料	數據以 CSV 格式提供	03/2024	每年
    /// ```
    pub struct DuplicateNumber => "duplicate-number", Some(Severity::Error);
}

impl Rule for DuplicateNumber {
    fn check(&self, context: &Context<'_>, findings: &mut Findings<'_>) {
        for (_, table) in context.document.tables() {
            let mut first_use = FirstUse::new(table.rows.len());
            let numbered = table.rows.iter().enumerate().filter_map(|(i, row)| {
                if row.kind != RowKind::Data {
                    return None;
                }
                Some((u32::try_from(i).ok()?, row.number(context.source)?, row.get(Field::Number)?))
            });
            for (index, number, cell) in numbered {
                let Some(first) = first_use.first(number, index) else {
                    continue;
                };
                let first = &table.rows[first as usize];
                let first_span = first.get(Field::Number).map_or(first.span, |c| c.span);
                let m = context.messages;
                findings.push(
                    findings
                        .at(cell.span, crate::t!(m, "duplicate-number", number = number))
                        .with_label(crate::t!(m, "duplicate-number.label"))
                        .with_secondary(
                            first_span,
                            crate::t!(m, "duplicate-number.first", line = first.line),
                        )
                        .with_help(crate::t!(m, "duplicate-number.help")),
                );
            }
        }
    }
}
