//! `number-sequence`: row numbers that do not run 1, 2, 3…

use super::{Context, Findings, FirstUse, Rule};
use crate::declare_rule;
use crate::model::Field;
use crate::diagnostic::{Severity, snippet};

declare_rule! {
    /// ## What it does
    /// Reports row numbers that do not count 1, 2, 3… through a table: a
    /// table that does not start at 1, a gap, a number out of order, or a
    /// number cell that is not a whole number in digits. (A number used twice
    /// is `duplicate-number`'s.) Tables with group rows count straight
    /// through the groups.
    ///
    /// ## Why is this bad?
    /// A gap usually means a row was deleted and the rest not renumbered, or
    /// a row was lost when the plan was copied from its published form;
    /// either way the reader is left to wonder what item 4 was.
    ///
    /// ## Example
    /// ```text
    /// 編號	數據種類	數據集名稱	一般說明	目標發放日期 (月/年)	更新頻率
    /// 1	財經	開支資料	數據以 CSV 格式提供	03/2024	每年
    /// 3	財經	收入資料	數據以 CSV 格式提供	03/2024	每年
    /// ```
    /// Use instead:
    /// ```text
    /// 編號	數據種類	數據集名稱	一般說明	目標發放日期 (月/年)	更新頻率
    /// 1	財經	開支資料	數據以 CSV 格式提供	03/2024	每年
    /// 2	財經	收入資料	數據以 CSV 格式提供	03/2024	每年
    /// ```
    pub struct NumberSequence => "number-sequence", Some(Severity::Warning);
}

impl Rule for NumberSequence {
    fn check(&self, context: &Context<'_>, findings: &mut Findings<'_>) {
        let m = context.messages;
        for (_, table) in context.document.tables() {
            let mut previous: Option<u32> = None;
            let mut seen = FirstUse::new(table.rows.len());
            for row in table.data_rows() {
                let Some(cell) = row.get(Field::Number) else {
                    continue;
                };
                if cell.is_empty() {
                    continue;
                }
                let Some(number) = row.number(context.source) else {
                    findings.push(
                        findings
                            .at(
                                cell.span,
                                crate::t!(m, "number-sequence.not-number", text = snippet(cell.text(context.source), 20)),
                            )
                            .with_label(crate::t!(m, "number-sequence.not-number-label"))
                            .with_help(crate::t!(m, "number-sequence.not-number-help")),
                    );
                    continue;
                };
                // Used before (which row first, duplicate-number says).
                if seen.first(number, 0).is_some() {
                    // duplicate-number reports it; the count goes on from here.
                    previous = Some(previous.map_or(number, |p| p.max(number)));
                    continue;
                }
                let expected = previous.map_or(1, |p| p + 1);
                if number != expected {
                    let message = match previous {
                        None => crate::t!(m, "number-sequence.start", number = number),
                        Some(p) if number > expected => crate::t!(
                            m,
                            "number-sequence.gap",
                            number = number,
                            previous = p,
                            first = expected,
                            last = number - 1,
                            missing = number - p - 1
                        ),
                        Some(p) => crate::t!(m, "number-sequence", number = number, previous = p),
                    };
                    findings.push(
                        findings
                            .at(cell.span, message)
                            .with_label(crate::t!(m, "number-sequence.label", expected = expected))
                            .with_help(crate::t!(m, "number-sequence.help")),
                    );
                }
                previous = Some(number);
            }
        }
    }
}
