//! `missing-structure`: a file without a plan's title, years or sections.

use super::{Context, Findings, Rule};
use crate::declare_rule;
use crate::diagnostic::{Severity, snippet};
use crate::model::Span;

declare_rule! {
    /// ## What it does
    /// Reports a file that lacks what every plan has: the issuer and title
    /// lines at the top, plan years in the title (`2024-2026年度…`,
    /// `2022至2024年…`, `Annual Open Data Plan 2024-2026`), and lettered
    /// sections (`A. …` to `D. …`). An empty file, a spreadsheet export or a
    /// binary file put where a plan should be is reported here.
    ///
    /// ## Why is this bad?
    /// Without sections there is nothing to check, and without the plan
    /// years no date can be checked against them: the file would pass
    /// silently while checking nothing.
    ///
    /// ## Example
    /// ```text
    /// 創新科技及工業局
    ///
    /// 開放數據計劃
    ///
    /// A. 在 2024 年發放的局／部門數據集
    /// ```
    /// Use instead:
    /// ```text
    /// 創新科技及工業局
    ///
    /// 2024-2026年度開放數據計劃
    ///
    /// A. 在 2024 年發放的局／部門數據集
    /// ```
    pub struct MissingStructure => "missing-structure", Some(Severity::Error);
}

impl Rule for MissingStructure {
    fn check(&self, context: &Context<'_>, findings: &mut Findings<'_>) {
        let document = context.document;
        let start = Span::empty(first_text(context.source));
        if document.sections.is_empty() {
            let message = if context
                .source
                .trim_start_matches('\u{feff}')
                .trim()
                .is_empty()
            {
                "file is empty: a plan has a title and sections A to D".to_owned()
            } else {
                "file holds no plan sections (`A. …` to `D. …`)".to_owned()
            };
            findings.push(
                findings.at(start, message)
                    .with_label("no section heading in this file")
                    .with_help(example_section(context).map_or_else(
                        || "a plan starts with its issuer and title, then sections headed `A. `, `B. `, `C. ` and `D. `".to_owned(),
                        |section| format!("a plan starts with its issuer and title, then sections headed `A. `, `B. `, `C. ` and `D. `, e.g. `{section}`"),
                    )),
            );
            return;
        }
        match &document.title {
            None => findings.push(
                findings.at(start, "plan has no title line")
                    .with_label("expected the issuer, then the plan's title")
                    .with_help(format!(
                        "start the plan with the issuer's name and the title, e.g. `{}`",
                        example_title(context)
                    )),
            ),
            Some(title) if document.years.is_none() => findings.push(
                findings.at(title.span,
                    format!(
                        "plan title `{}` names no plan years",
                        snippet(&title.text, 40)
                    ),
                )
                .with_label("no years here")
                .with_help(format!(
                    "name the plan's years in the title, e.g. `{}`",
                    example_title(context)
                ))
                .with_note("the years are what every target date is checked against"),
            ),
            Some(_) => {}
        }
    }
}

/// The heading of section A, in the plan's language.
fn example_section(context: &Context<'_>) -> Option<String> {
    context
        .vocab
        .lexicon()
        .examples(context.document.language)
        .sections
        .first()
        .cloned()
}

/// A title with plan years, in the plan's language.
fn example_title(context: &Context<'_>) -> String {
    context
        .vocab
        .lexicon()
        .examples(context.document.language)
        .title
        .unwrap_or_default()
}

/// Offset of the first non-blank character (after a BOM).
fn first_text(source: &str) -> usize {
    source
        .char_indices()
        .find(|(_, c)| !c.is_whitespace() && *c != '\u{feff}')
        .map_or(0, |(i, _)| i)
}
