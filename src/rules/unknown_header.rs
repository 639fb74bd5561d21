//! `unknown-header`: a header cell that names no known column.

use super::{Context, Findings, Rule};
use crate::declare_rule;
use crate::diagnostic::{Severity, snippet};

declare_rule! {
    /// ## What it does
    /// Reports a header-row cell whose words name none of the columns in
    /// `rules/columns.toml`: number (`編號`, `#`), data category, dataset
    /// name, the combined category／name, general description, target date,
    /// release date, update frequency and remarks, in Traditional Chinese,
    /// Simplified Chinese or English. A bracketed part after the words, as in
    /// `目標發放日期 (月/年)`, is ignored.
    ///
    /// Add header words under `[[vocabulary.columns]]` in `planlint.toml`.
    ///
    /// ## Why is this bad?
    /// planlint reads every row through its header: a column it cannot name
    /// goes unchecked, and a misspelt header is as visible in the published
    /// plan as a misspelt dataset.
    ///
    /// ## Example
    /// ```text
    /// 編號	數據種類	數據集名稱	一般說明	目標日期	更新頻率
    /// 1	財經	開支資料	數據以 CSV 格式提供	03/2024	每年
    /// ```
    /// Use instead:
    /// ```text
    /// 編號	數據種類	數據集名稱	一般說明	目標發放日期 (月/年)	更新頻率
    /// 1	財經	開支資料	數據以 CSV 格式提供	03/2024	每年
    /// ```
    pub struct UnknownHeader => "unknown-header", Some(Severity::Error);
}

impl Rule for UnknownHeader {
    fn check(&self, context: &Context<'_>, findings: &mut Findings<'_>) {
        for (_, table) in context.document.tables() {
            for cell in &table.header.cells {
                if cell.column.is_some() {
                    continue;
                }
                let m = context.messages;
                let finding = if cell.text.text.is_empty() {
                    findings
                        .at(cell.text.span, crate::t!(m, "unknown-header.empty"))
                        .with_label(crate::t!(m, "unknown-header.empty-label"))
                        .with_help(crate::t!(m, "unknown-header.empty-help"))
                } else {
                    findings
                        .at(
                            cell.text.span,
                            crate::t!(m, "unknown-header", text = snippet(&cell.text.text, 30)),
                        )
                        .with_label(crate::t!(m, "unknown-header.label"))
                        .with_help(crate::t!(
                            m,
                            "unknown-header.help",
                            headers = context
                                .vocab
                                .lexicon()
                                .examples(context.document.language)
                                .headers
                                .join(&crate::t!(m, "list-separator"))
                        ))
                };
                findings.push(finding);
            }
        }
    }
}
