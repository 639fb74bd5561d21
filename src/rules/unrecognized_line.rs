//! `unrecognized-line`: lines the parser could not place.

use super::{Context, Findings, Rule};
use crate::declare_rule;
use crate::diagnostic::{Severity, snippet};
use crate::i18n::Messages;

declare_rule! {
    /// ## What it does
    /// Reports a line that fits nowhere in a plan's structure: text between
    /// tables that is no heading or note, a row before any header row, a
    /// continuation with nothing to continue.
    ///
    /// ## Why is this bad?
    /// A line planlint cannot place is a line no other rule checks, and
    /// usually a line a reader of the published plan cannot place either:
    /// a row that lost its TABs, a heading without its letter, a stray paste.
    ///
    /// ## Example
    /// ```text
    /// A. 在 2024 年發放的局／部門數據集
    ///
    /// 1	科技及廣播	數據集	說明 CSV	03/2024	每年
    /// ```
    /// Use instead:
    /// ```text
    /// A. 在 2024 年發放的局／部門數據集
    ///
    /// 編號	數據種類	數據集名稱	一般說明	目標發放日期 (月/年)	更新頻率
    /// 1	科技及廣播	數據集	說明 CSV	03/2024	每年
    /// ```
    pub struct UnrecognizedLine => "unrecognized-line", Some(Severity::Error);
}

impl Rule for UnrecognizedLine {
    fn check(&self, context: &Context<'_>, findings: &mut Findings<'_>) {
        let m = context.messages;
        for line in &context.document.unrecognized {
            findings.push(
                findings
                    .at(
                        line.text.span,
                        crate::t!(m, "unrecognized-line", text = snippet(&line.text.text, 40)),
                    )
                    .with_label(reason(m, &line.reason))
                    .with_help(crate::t!(
                        m,
                        "unrecognized-line.help",
                        note = context
                            .vocab
                            .lexicon()
                            .examples(context.document.language)
                            .note
                            .unwrap_or_default()
                    )),
            );
        }
    }
}

/// The parser's reason, in the catalogue's language.
fn reason(m: &Messages, reason: &str) -> String {
    let id = match reason {
        crate::syntax::REASON_ROW_BEFORE_SECTION => "unrecognized-line.row-before-section",
        crate::syntax::REASON_TEXT_BEFORE_SECTION => "unrecognized-line.text-before-section",
        crate::syntax::REASON_AFTER_TITLE => "unrecognized-line.after-title",
        crate::syntax::REASON_ROW_BEFORE_HEADER => "unrecognized-line.row-before-header",
        crate::syntax::REASON_LONE_CONTINUATION => "unrecognized-line.lone-continuation",
        crate::syntax::REASON_STRAY_TEXT => "unrecognized-line.stray-text",
        _ => return reason.to_owned(),
    };
    m.get(id, &[])
}
