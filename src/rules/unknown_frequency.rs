//! `unknown-frequency`: an update frequency that is not in the vocabulary.

use super::{Context, Findings, Rule};
use crate::declare_rule;
use crate::diagnostic::{Severity, snippet};
use crate::model::{Field, Span};

declare_rule! {
    /// ## What it does
    /// Reports an update frequency that is none of the known terms in
    /// `rules/frequencies.toml` (實時, 每天, 每星期, 每月, 每季, 每半年, 每年,
    /// 有需要時, 當有更新時, 一次性 … and their Simplified Chinese and English
    /// phrasings) and no interval (`Every 6 months`, `Every five years`,
    /// `Daily at 9:00am`, 每10分鐘, 每兩星期, 每三個月). A bracketed annotation
    /// after a known term, as in `每年 (自2020年起為每年二月)`, is fine. The
    /// help suggests the closest known terms.
    ///
    /// Add your own terms under `[[vocabulary.frequencies]]` in `planlint.toml`.
    ///
    /// Fix (unsafe): when one known term is a near spelling, `--fix
    /// --unsafe-fixes` writes it; it is a guess, so review it.
    ///
    /// ## Why is this bad?
    /// DATA.GOV.HK publishes the frequency as metadata from a fixed list; a
    /// term outside it (or a typo such as `實特` for `實時`) cannot be mapped,
    /// and readers cannot tell how fresh the data will be.
    ///
    /// ## Example
    /// ```text
    /// 編號	數據種類	數據集名稱	一般說明	目標發放日期 (月/年)	更新頻率
    /// 1	財經	開支資料	數據以 CSV 格式提供	03/2024	每年一次吧
    /// ```
    /// Use instead:
    /// ```text
    /// 編號	數據種類	數據集名稱	一般說明	目標發放日期 (月/年)	更新頻率
    /// 1	財經	開支資料	數據以 CSV 格式提供	03/2024	每年
    /// ```
    pub struct UnknownFrequency => "unknown-frequency", Some(Severity::Error);
}

impl Rule for UnknownFrequency {
    fn check(&self, context: &Context<'_>, findings: &mut Findings<'_>) {
        for (_, _, row) in context.document.aligned_rows() {
            let Some(cell) = row.get(Field::Frequency) else {
                continue;
            };
            if cell.is_empty() {
                continue;
            }
            let (term, span) = match crate::syntax::value::frequency_of(row, context.source) {
                Some(value) => (value.term(context.source), value.span),
                None => (cell.text(context.source), cell.span),
            };
            if context.vocab.frequency(term).is_some() {
                continue;
            }
            let m = context.messages;
            let suggestions = context.vocab.suggest_frequency(term);
            let mut finding = findings
                .at(span, crate::t!(m, "unknown-frequency", term = snippet(term, 30)))
                .with_label(crate::t!(m, "unknown-frequency.label"));
            finding = match suggestions.as_slice() {
                [] => finding.with_help(crate::t!(
                    m,
                    "unknown-frequency.help",
                    examples = examples(context)
                )),
                [only] => {
                    let fixable = cell.more().is_empty() && span.len() <= cell.span.len();
                    let f = finding.with_help(crate::t!(m, "unknown-frequency.did-you-mean", term = only));
                    if fixable {
                        f.with_unsafe_fix(
                            crate::t!(m, "unknown-frequency.fix", term = only),
                            Span::new(span.offset(), span.end()),
                            only.clone(),
                        )
                    } else {
                        f
                    }
                }
                many => {
                    let quoted: Vec<String> = many.iter().map(|s| m.quote(s)).collect();
                    finding.with_help(crate::t!(
                        m,
                        "unknown-frequency.one-of",
                        terms = quoted.join(&crate::t!(m, "list-separator"))
                    ))
                }
            };
            findings.push(finding);
        }
    }
}

/// A few known terms in the plan's language, the last an interval, for the help.
fn examples(context: &Context<'_>) -> String {
    let m = context.messages;
    let words: Vec<String> = context
        .vocab
        .lexicon()
        .examples(context.document.language)
        .frequencies
        .iter()
        .map(|w| m.quote(w))
        .collect();
    match words.as_slice() {
        [] => crate::t!(m, "unknown-frequency.a-known-term"),
        [only] => only.clone(),
        [init @ .., last] => crate::t!(
            m,
            "unknown-frequency.examples",
            terms = init.join(&crate::t!(m, "list-separator")),
            interval = last
        ),
    }
}
