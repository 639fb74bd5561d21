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
        let m = context.messages;
        let document = context.document;
        let start = Span::empty(first_text(context.source));
        if document.sections.is_empty() {
            let message = if context
                .source
                .trim_start_matches('\u{feff}')
                .trim()
                .is_empty()
            {
                crate::t!(m, "missing-structure.empty")
            } else {
                crate::t!(m, "missing-structure.no-sections")
            };
            findings.push(
                findings
                    .at(start, message)
                    .with_label(crate::t!(m, "missing-structure.no-sections-label"))
                    .with_help(example_section(context).map_or_else(
                        || crate::t!(m, "missing-structure.no-sections-help"),
                        |section| {
                            crate::t!(m, "missing-structure.no-sections-help-example", example = section)
                        },
                    )),
            );
            return;
        }
        match &document.title {
            None => findings.push(
                findings
                    .at(start, crate::t!(m, "missing-structure"))
                    .with_label(crate::t!(m, "missing-structure.label"))
                    .with_help(crate::t!(
                        m,
                        "missing-structure.help",
                        example = example_title(context)
                    )),
            ),
            Some(title) if document.years.is_none() => findings.push(
                findings
                    .at(
                        title.span,
                        crate::t!(m, "missing-structure.no-years", title = snippet(&title.text, 40)),
                    )
                    .with_label(crate::t!(m, "missing-structure.no-years-label"))
                    .with_help(crate::t!(
                        m,
                        "missing-structure.no-years-help",
                        example = example_title(context)
                    ))
                    .with_note(crate::t!(m, "missing-structure.no-years-note")),
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
