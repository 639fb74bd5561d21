//! `number-sequence`: row numbers that do not run 1, 2, 3…

use std::collections::HashSet;

use super::{Context, Findings, Rule};
use crate::declare_rule;
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
        for (_, table) in context.document.tables() {
            let mut previous: Option<u32> = None;
            let mut seen = HashSet::new();
            for row in table.data_rows() {
                let Some(cell) = &row.fields.number else {
                    continue;
                };
                if cell.is_empty() {
                    continue;
                }
                let Some(number) = row.number() else {
                    findings.push(
                        findings.at(cell.span,
                            format!(
                                "row number `{}` is not a whole number",
                                snippet(&cell.text, 20)
                            ),
                        )
                        .with_label("not digits")
                        .with_help("number the rows 1, 2, 3… in ASCII digits"),
                    );
                    continue;
                };
                if !seen.insert(number) {
                    // duplicate-number reports it; the count goes on from here.
                    previous = Some(previous.map_or(number, |p| p.max(number)));
                    continue;
                }
                let expected = previous.map_or(1, |p| p + 1);
                if number != expected {
                    let message = match previous {
                        None => format!("numbering starts at `{number}`, not `1`"),
                        Some(p) if number > expected => format!(
                            "row number `{number}` follows `{p}`: {} missing",
                            if number - p == 2 {
                                format!("`{expected}` is")
                            } else {
                                format!("`{expected}`–`{}` are", number - 1)
                            }
                        ),
                        Some(p) => format!("row number `{number}` comes after `{p}`"),
                    };
                    findings.push(
                        findings.at(cell.span, message)
                            .with_label(format!("expected `{expected}`"))
                            .with_help("number the rows of a table 1, 2, 3… in order"),
                    );
                }
                previous = Some(number);
            }
        }
    }
}
