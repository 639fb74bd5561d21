//! `malformed-date`: a date cell that is not `MM/YYYY`.

use super::{Context, Findings, Rule};
use crate::declare_rule;
use crate::diagnostic::{Severity, snippet};
use crate::model::{Field, Span};
use crate::syntax::value::{DateReading, read_date};
use crate::vocab::strip_bracket_suffix;

declare_rule! {
    /// ## What it does
    /// Reports a target or release date that is not written `MM/YYYY`: a
    /// two-digit month from 01 to 12, a slash, a four-digit year. A bracketed
    /// annotation after the date, such as `10/2015 (首次發放日期)`, is fine.
    ///
    /// Fix (safe): when planlint can read the date (`3/2024`, `2024-03`,
    /// `2024年3月`), `--fix` writes it as `MM/YYYY`.
    ///
    /// ## Why is this bad?
    /// Dates are the plan's commitments: readers, and the portal team that
    /// collects every bureau's plan, compare them across plans. `3/2024`,
    /// `2024/03`, `03-2024`, `2024年3月` or full-width `０３/２０２４` each
    /// read differently, and `13/2024` or `03/24` are not dates at all.
    ///
    /// ## Example
    /// ```text
    /// 編號	數據種類	數據集名稱	一般說明	目標發放日期 (月/年)	更新頻率
    /// 1	財經	開支資料	數據以 CSV 格式提供	2024年3月	每年
    /// ```
    /// Use instead:
    /// ```text
    /// 編號	數據種類	數據集名稱	一般說明	目標發放日期 (月/年)	更新頻率
    /// 1	財經	開支資料	數據以 CSV 格式提供	03/2024	每年
    /// ```
    pub struct MalformedDate => "malformed-date", Some(Severity::Error);
}

impl Rule for MalformedDate {
    fn check(&self, context: &Context<'_>, findings: &mut Findings<'_>) {
        for (_, table, row) in context.document.aligned_rows() {
            let Some(cell) = row.get(Field::Date) else {
                continue;
            };
            if cell.is_empty() || crate::syntax::value::date_of(row, context.source).is_some() {
                continue;
            }
            let m = context.messages;
            let column = table
                .date_column()
                .map_or_else(|| crate::t!(m, "malformed-date.date"), |c| m.column(c));
            let core = strip_bracket_suffix(cell.text(context.source));
            let shown = snippet(cell.text(context.source), 30);
            let mut finding = match read_date(core, context.vocab.lexicon()) {
                // A valid date here has something after it that is no annotation.
                DateReading::Inferred(date) | DateReading::Valid(date) => {
                    let fixed = date.to_string();
                    let core_span = Span::new(cell.span.offset(), cell.span.offset() + core.len());
                    let finding = findings
                        .at(
                            cell.span,
                            crate::t!(m, "malformed-date", column = column.as_str(), text = shown.as_str()),
                        )
                        .with_label(crate::t!(m, "malformed-date.label"))
                        .with_help(crate::t!(m, "malformed-date.write", date = fixed.as_str()));
                    if cell.more().is_empty() && core.len() <= cell.span.len() {
                        finding.with_fix(
                            crate::t!(m, "malformed-date.write", date = fixed.as_str()),
                            core_span,
                            fixed,
                        )
                    } else {
                        finding
                    }
                }
                DateReading::BadMonth(month) => findings
                    .at(
                        cell.span,
                        crate::t!(
                            m,
                            "malformed-date.bad-month",
                            month = month,
                            column = column.as_str(),
                            text = shown.as_str()
                        ),
                    )
                    .with_label(crate::t!(m, "malformed-date.bad-month-label"))
                    .with_help(crate::t!(m, "malformed-date.bad-month-help")),
                DateReading::Unknown => findings
                    .at(
                        cell.span,
                        crate::t!(m, "malformed-date", column = column.as_str(), text = shown.as_str()),
                    )
                    .with_label(crate::t!(m, "malformed-date.label"))
                    .with_help(crate::t!(m, "malformed-date.help")),
            };
            finding = finding.with_note(crate::t!(m, "malformed-date.note"));
            findings.push(finding);
        }
    }
}

