//! `html-markup`: leftover HTML tags or bullets in a cell.

use std::sync::OnceLock;

use regex::Regex;

use super::{Context, Findings, Rule};
use crate::declare_rule;
use crate::diagnostic::snippet;
use crate::model::{Cell, Span};

declare_rule! {
    /// ## What it does
    /// Reports HTML tags (`<ul style="list-style-type: none">`, `</li>`) and
    /// bullet characters (`•`) left in a cell by the tool that turned the
    /// published page into text. Off unless selected (`--select html-markup`
    /// or `html-markup = "warning"` in `planlint.toml`), since the published
    /// plans carry such markup today.
    ///
    /// Fix (safe): `--fix` removes the markup and nothing else, when it
    /// sits on one line.
    ///
    /// ## Why is this bad?
    /// The markup is an artefact of the web page, not part of the plan: it
    /// makes the text harder to read and to search, and it ends up in every
    /// export.
    ///
    /// ## Example
    /// ```text
    /// 編號	數據種類	數據集名稱	一般說明	目標發放日期 (月/年)	更新頻率
    /// 1	財經	開支資料	<ul style="list-style-type: none">數據以 CSV 格式提供	03/2024	每年
    /// ```
    /// Use instead:
    /// ```text
    /// 編號	數據種類	數據集名稱	一般說明	目標發放日期 (月/年)	更新頻率
    /// 1	財經	開支資料	數據以 CSV 格式提供	03/2024	每年
    /// ```
    pub struct HtmlMarkup => "html-markup", None;
}

fn markup() -> &'static Regex {
    static MARKUP: OnceLock<Regex> = OnceLock::new();
    MARKUP.get_or_init(|| {
        Regex::new(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>|[•●▪◦]").expect("valid pattern")
    })
}

impl Rule for HtmlMarkup {
    fn check(&self, context: &Context<'_>, findings: &mut Findings<'_>) {
        for (_, table) in context.document.tables() {
            for row in table.data_rows() {
                for (i, cell) in row.cells.iter().enumerate() {
                    // Markup starts with `<`, and every bullet's UTF-8 with
                    // 0xE2: most cells have neither, and skip the pattern.
                    if memchr::memchr2(b'<', 0xE2, cell.text(context.source).as_bytes()).is_none() {
                        continue;
                    }
                    let Some(found) = markup().find(cell.text(context.source)) else {
                        continue;
                    };
                    let m = context.messages;
                    let column = table
                        .header
                        .cells
                        .get(i)
                        .and_then(|h| h.column)
                        .map_or_else(|| crate::t!(m, "html-markup.cell"), |c| m.column(c));
                    let span = cell.locate(found.range()).unwrap_or(cell.span);
                    let what = if found.as_str().starts_with('<') {
                        "html"
                    } else {
                        "bullet"
                    };
                    let mut finding = findings
                        .at(
                            span,
                            crate::t!(
                                m,
                                "html-markup",
                                what = what,
                                text = snippet(found.as_str(), 40),
                                column = column
                            ),
                        )
                        .with_label(crate::t!(m, "html-markup.label", what = what))
                        .with_help(crate::t!(m, "html-markup.help"));
                    if let Some((span, clean)) = cleaned(context.source, cell) {
                        finding = finding.with_fix(crate::t!(m, "html-markup.fix"), span, clean);
                    }
                    findings.push(finding);
                }
            }
        }
    }
}

/// The span from the cell's first markup to its last, and its text with
/// only the markup taken out: the text between keeps every character,
/// whitespace included. `None` when the markup spans lines.
fn cleaned(source: &str, cell: &Cell) -> Option<(Span, String)> {
    let mut found = markup().find_iter(cell.text(source));
    let first = found.next()?;
    let end = found.last().map_or(first.end(), |m| m.end());
    let range = first.start()..end;
    let span = cell.locate(range.clone())?;
    let text = &cell.text(source)[range];
    if source.get(span.offset()..span.end()) != Some(text) {
        return None;
    }
    Some((span, markup().replace_all(text, "").into_owned()))
}
