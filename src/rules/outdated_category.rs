//! `outdated-category`: a data category written by a name DATA.GOV.HK has since replaced.

use super::{Context, Findings, Rule};
use crate::declare_rule;
use crate::model::Field;

declare_rule! {
    /// ## What it does
    /// Reports a data category written by a name DATA.GOV.HK used before it
    /// renamed the category: 城市管理 (now 城市管理及公共設施), 資訊科技及廣播
    /// (now 科技及廣播), 發展 (now 發展、地理及土地資訊), `Transport` (now
    /// `Transportation`) and the others in `rules/categories.toml`. The fix
    /// writes the current name in the same language.
    ///
    /// Off by default: plans written before the renaming are still valid.
    /// Select it when you update a plan for a new round.
    ///
    /// Fix (safe): `--fix` writes the category's current name.
    ///
    /// ## Why is this bad?
    /// Readers look for the dataset under the category the portal shows
    /// today, and the Chinese, English and Simplified Chinese versions of a
    /// plan are easier to compare when they all use the current names.
    ///
    /// ## Example
    /// ```text
    /// 編號	數據種類	數據集名稱	一般說明	目標發放日期 (月/年)	更新頻率
    /// 1	城市管理	公共設施位置	數據以 CSV 格式提供	03/2024	每年
    /// ```
    /// Use instead:
    /// ```text
    /// 編號	數據種類	數據集名稱	一般說明	目標發放日期 (月/年)	更新頻率
    /// 1	城市管理及公共設施	公共設施位置	數據以 CSV 格式提供	03/2024	每年
    /// ```
    pub struct OutdatedCategory => "outdated-category", None;
}

impl Rule for OutdatedCategory {
    fn check(&self, context: &Context<'_>, findings: &mut Findings<'_>) {
        let language = context.document.language;
        for (_, _, row) in context.document.aligned_rows() {
            let Some(cell) = row.get(Field::Category) else {
                continue;
            };
            let Some(found) = context.vocab.category(cell.text(context.source)) else {
                continue;
            };
            if !found.is_former() {
                continue;
            }
            let current = found.current_name(language);
            let m = context.messages;
            let finding = findings
                .at(
                    cell.span,
                    crate::t!(m, "outdated-category", former = cell.text(context.source), current = current),
                )
                .with_label(crate::t!(m, "outdated-category.label"))
                .with_help(crate::t!(m, "outdated-category.help", current = current));
            // A category broken over two lines is rewritten by hand.
            let finding = if cell.more().is_empty() {
                finding.with_fix(
                    crate::t!(m, "outdated-category.fix", current = current),
                    cell.span,
                    current,
                )
            } else {
                finding
            };
            findings.push(finding);
        }
    }
}
