//! `malformed-date`: a date cell that is not `MM/YYYY`.

use std::sync::OnceLock;

use regex::Regex;

use super::{Context, Rule, RuleMeta};
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, Severity, snippet};
use crate::model::Span;
use crate::vocab::strip_bracket_suffix;

declare_rule! {
    /// ## What it does
    /// Reports a target or release date that is not written `MM/YYYY`: a
    /// two-digit month from 01 to 12, a slash, a four-digit year. A bracketed
    /// annotation after the date, such as `10/2015 (首次發放日期)`, is fine.
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
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, context: &Context<'_>, findings: &mut Vec<Diagnostic>) {
        for (_, table, row) in context.document.aligned_rows() {
            let Some(cell) = &row.fields.date else {
                continue;
            };
            if cell.is_empty() || row.fields.date_value.is_some() {
                continue;
            }
            let column = table
                .date_column()
                .map_or("date", crate::model::Column::label);
            let core = strip_bracket_suffix(&cell.text);
            let shown = snippet(&cell.text, 30);
            let mut finding = match Reading::of(core) {
                Reading::Inferred(fixed) => {
                    let core_span = Span::new(cell.span.offset, cell.span.offset + core.len());
                    let finding = Diagnostic::new(
                        self.meta().id,
                        cell.span,
                        format!("malformed {column} `{shown}`"),
                    )
                    .with_label("not MM/YYYY")
                    .with_help(format!("write `{fixed}`"));
                    if cell.more.is_empty() && core.len() <= cell.span.length {
                        finding.with_fix(format!("write `{fixed}`"), core_span, fixed)
                    } else {
                        finding
                    }
                }
                Reading::BadMonth(month) => Diagnostic::new(
                    self.meta().id,
                    cell.span,
                    format!("month `{month}` in {column} `{shown}` is not 01–12"),
                )
                .with_label("no such month")
                .with_help("write the month as 01 to 12, then the four-digit year: `MM/YYYY`"),
                Reading::Unknown => Diagnostic::new(
                    self.meta().id,
                    cell.span,
                    format!("malformed {column} `{shown}`"),
                )
                .with_label("not MM/YYYY")
                .with_help("write the month and the four-digit year as `MM/YYYY`, e.g. `03/2024`"),
            };
            finding = finding.with_note(
                "dates are compared across every bureau's plan, so they take one form: MM/YYYY",
            );
            findings.push(finding);
        }
    }
}

/// What a malformed date most likely meant.
#[derive(Debug, PartialEq, Eq)]
enum Reading {
    /// The date in `MM/YYYY`.
    Inferred(String),
    /// A month outside 1–12.
    BadMonth(String),
    /// Nothing to go on.
    Unknown,
}

impl Reading {
    fn of(text: &str) -> Self {
        static PATTERNS: OnceLock<[Regex; 4]> = OnceLock::new();
        let [month_year, year_month, chinese, short_year] = PATTERNS.get_or_init(|| {
            [
                Regex::new(r"^(\d{1,2})\s*[/\-.]\s*(\d{4})$"),
                Regex::new(r"^(\d{4})\s*[/\-.]\s*(\d{1,2})$"),
                Regex::new(r"^(\d{4})\s*年\s*(\d{1,2})\s*月$"),
                Regex::new(r"^(\d{1,2})\s*/\s*(\d{2})$"),
            ]
            .map(|r| r.expect("date patterns are valid"))
        });
        let ascii = to_ascii(text);
        let found = if let Some(c) = month_year.captures(&ascii) {
            Some((c[1].to_owned(), c[2].to_owned()))
        } else if let Some(c) = year_month
            .captures(&ascii)
            .or_else(|| chinese.captures(&ascii))
        {
            Some((c[2].to_owned(), c[1].to_owned()))
        } else {
            short_year
                .captures(&ascii)
                .map(|c| (c[1].to_owned(), format!("20{}", &c[2])))
        };
        let Some((month, year)) = found else {
            return Reading::Unknown;
        };
        match month.parse::<u8>() {
            Ok(m @ 1..=12) => Reading::Inferred(format!("{m:02}/{year}")),
            _ => Reading::BadMonth(month),
        }
    }
}

/// Full-width digits and slash as ASCII.
fn to_ascii(text: &str) -> String {
    text.trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '／' => '/',
            '－' => '-',
            '．' => '.',
            _ => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn infers_the_intended_date() {
        for (input, fixed) in [
            ("3/2024", "03/2024"),
            ("2024/03", "03/2024"),
            ("03-2024", "03/2024"),
            ("０３/２０２４", "03/2024"),
            ("2024年3月", "03/2024"),
            ("03/24", "03/2024"),
            ("2024.3", "03/2024"),
        ] {
            assert_eq!(
                Reading::of(input),
                Reading::Inferred(fixed.to_owned()),
                "{input}"
            );
        }
        assert_eq!(Reading::of("13/2024"), Reading::BadMonth("13".to_owned()));
        assert_eq!(Reading::of("Q1 2025"), Reading::Unknown);
    }
}
