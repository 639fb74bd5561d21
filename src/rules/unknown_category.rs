//! `unknown-category`: a data category not in the vocabulary.

use super::{Context, Findings, Rule};
use crate::declare_rule;
use crate::model::Field;
use crate::diagnostic::{Severity, snippet};

declare_rule! {
    /// ## What it does
    /// Reports a data category that is none of DATA.GOV.HK's 20 categories
    /// in `rules/categories.toml` (城市管理及公共設施, 工商業, 財經, 運輸, 環境,
    /// 科技及廣播, 其他 …, in Traditional Chinese, Simplified Chinese and
    /// English). Names the categories had before DATA.GOV.HK renamed them
    /// (城市管理, 資訊科技及廣播, `Transport`) are still known; see
    /// `outdated-category`. The help suggests the current name, in the plan's
    /// language, of the closest category.
    ///
    /// Add categories under `[vocabulary] categories` in `planlint.toml`.
    ///
    /// ## Why is this bad?
    /// The category files the dataset on the portal. One the portal does not
    /// have (or a misspelt one) leaves the dataset where nobody browses.
    ///
    /// ## Example
    /// ```text
    /// 編號	數據種類	數據集名稱	一般說明	目標發放日期 (月/年)	更新頻率
    /// 1	財政	開支資料	數據以 CSV 格式提供	03/2024	每年
    /// ```
    /// Use instead:
    /// ```text
    /// 編號	數據種類	數據集名稱	一般說明	目標發放日期 (月/年)	更新頻率
    /// 1	財經	開支資料	數據以 CSV 格式提供	03/2024	每年
    /// ```
    pub struct UnknownCategory => "unknown-category", Some(Severity::Warning);
}

impl Rule for UnknownCategory {
    fn check(&self, context: &Context<'_>, findings: &mut Findings<'_>) {
        let language = context.document.language;
        for (_, _, row) in context.document.aligned_rows() {
            let Some(cell) = row.get(Field::Category) else {
                continue;
            };
            if cell.is_empty() || context.vocab.is_category(cell.text(context.source)) {
                continue;
            }
            let m = context.messages;
            let suggestions = context.vocab.suggest_category(cell.text(context.source), language);
            let help = if suggestions.is_empty() {
                let examples: Vec<String> = context
                    .vocab
                    .categories()
                    .all()
                    .iter()
                    .take(4)
                    .map(|c| m.quote(c.name(language)))
                    .collect();
                crate::t!(
                    m,
                    "unknown-category.help",
                    examples = examples.join(&crate::t!(m, "list-separator"))
                )
            } else {
                let quoted: Vec<String> = suggestions.iter().map(|s| m.quote(s)).collect();
                crate::t!(m, "unknown-category.did-you-mean", suggestions = m.list_or(&quoted))
            };
            findings.push(
                findings
                    .at(
                        cell.span,
                        crate::t!(m, "unknown-category", text = snippet(cell.text(context.source), 30)),
                    )
                    .with_label(crate::t!(m, "unknown-category.label"))
                    .with_help(help),
            );
        }
    }
}
