//! `date-out-of-range`: a date outside the years its section covers.

use super::{Context, Findings, Rule};
use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::i18n::Messages;
use crate::model::{Document, Section, SectionKind, Span, YearMonth};

declare_rule! {
    /// ## What it does
    /// Reports a target date outside the years of its section, and a release
    /// date in the progress section that lies after the plan was published.
    ///
    /// - Section A lists releases in the first plan year (the year its
    ///   heading names), section B in the later years its heading names, and
    ///   section C anywhere in the plan's years (from the title).
    /// - Section D lists datasets already released, so a release date after
    ///   the publication month in the footer is a promise dressed as history.
    ///   Without a footer, the end of the plan's first year is the limit.
    ///
    /// ## Why is this bad?
    /// A date in the wrong section is either a typo in the year or a dataset
    /// filed under the wrong heading; either way the plan promises something
    /// other than what its author meant.
    ///
    /// ## Example
    /// ```text
    /// 編號	數據種類	數據集名稱	一般說明	目標發放日期 (月/年)	更新頻率
    /// 1	財經	開支資料	數據以 CSV 格式提供	03/2025	每年
    /// ```
    /// Use instead:
    /// ```text
    /// 編號	數據種類	數據集名稱	一般說明	目標發放日期 (月/年)	更新頻率
    /// 1	財經	開支資料	數據以 CSV 格式提供	03/2024	每年
    /// ```
    pub struct DateOutOfRange => "date-out-of-range", Some(Severity::Error);
}

/// The dates a section allows, and where that came from.
struct Window {
    first: YearMonth,
    last: YearMonth,
    /// Where the window comes from (a heading, the title or the footer).
    source: Span,
    /// How to say it, made only for a finding.
    words: Words,
}

/// Where a window came from, for the words of a finding.
enum Words {
    /// The section heading names the years.
    Heading(char),
    /// The title's first year, for the first section.
    FirstYear,
    /// The title's later years, for the second section.
    LaterYears,
    /// The title's years, for other organisations' plans.
    PlanCovers,
    /// The footer's month of publication.
    Published(YearMonth),
    /// No footer: the end of the title's first year.
    NoFooter(u16),
}

impl Window {
    /// January of `first` to December of `last`.
    fn years(first: u16, last: u16, source: Span, words: Words) -> Self {
        Self {
            first: YearMonth {
                year: first,
                month: 1,
            },
            last: YearMonth {
                year: last,
                month: 12,
            },
            source,
            words,
        }
    }

    /// How to say the window in a message: `2024`, `2025–2026`, or a month.
    fn describe(&self, m: &Messages) -> String {
        match self.words {
            Words::Published(published) => crate::t!(
                m,
                "date-out-of-range.publication-month",
                month = published.to_string()
            ),
            Words::NoFooter(year) => {
                crate::t!(m, "date-out-of-range.end-of", year = year.to_string())
            }
            _ if self.first.year == self.last.year => self.first.year.to_string(),
            _ => format!("{}–{}", self.first.year, self.last.year),
        }
    }

    /// Where the window came from, for the secondary label.
    fn because(&self, m: &Messages) -> String {
        let years = self.describe(m);
        let d = years.as_str();
        match self.words {
            Words::Heading(letter) => crate::t!(
                m,
                "date-out-of-range.section-covers",
                section = letter.to_string(),
                years = d
            ),
            Words::FirstYear => crate::t!(m, "date-out-of-range.first-year", years = d),
            Words::LaterYears => crate::t!(m, "date-out-of-range.later-years", years = d),
            Words::PlanCovers => crate::t!(m, "date-out-of-range.plan-covers", years = d),
            Words::Published(published) => crate::t!(
                m,
                "date-out-of-range.published",
                month = published.to_string()
            ),
            Words::NoFooter(year) => {
                crate::t!(m, "date-out-of-range.no-footer", year = year.to_string())
            }
        }
    }
}

fn window(document: &Document, section: &Section) -> Option<Window> {
    let plan = document.years;
    let title = document.title.as_ref().map(|t| t.span);
    let from_heading = || {
        let (first, last) = (*section.years.iter().min()?, *section.years.iter().max()?);
        Some(Window::years(
            first,
            last,
            section.heading.span,
            Words::Heading(section.letter),
        ))
    };
    let from_title =
        |first: u16, last: u16, words: Words| Some(Window::years(first, last, title?, words));
    match section.kind {
        SectionKind::FirstYear => from_heading().or_else(|| {
            let plan = plan?;
            from_title(plan.start, plan.start, Words::FirstYear)
        }),
        SectionKind::LaterYears => from_heading().or_else(|| {
            let plan = plan.filter(|p| p.end > p.start)?;
            from_title(plan.start + 1, plan.end, Words::LaterYears)
        }),
        SectionKind::OtherOrganisations => {
            let plan = plan?;
            from_title(plan.start, plan.end, Words::PlanCovers)
        }
        SectionKind::Progress => {
            let earliest = YearMonth {
                year: 1900,
                month: 1,
            };
            if let Some(footer) = &document.footer {
                return Some(Window {
                    first: earliest,
                    last: footer.published,
                    source: footer.date.span,
                    words: Words::Published(footer.published),
                });
            }
            let plan = plan?;
            Some(Window {
                first: earliest,
                last: YearMonth {
                    year: plan.start,
                    month: 12,
                },
                source: title?,
                words: Words::NoFooter(plan.start),
            })
        }
    }
}

impl Rule for DateOutOfRange {
    fn check(&self, context: &Context<'_>, findings: &mut Findings<'_>) {
        let m = context.messages;
        for section in &context.document.sections {
            let Some(window) = window(context.document, section) else {
                continue;
            };
            for row in section
                .tables
                .iter()
                .flat_map(crate::model::Table::aligned_rows)
            {
                let Some(value) = crate::syntax::value::date_of(row, context.source) else {
                    continue;
                };
                let date = value.date;
                if (window.first..=window.last).contains(&date) {
                    continue;
                }
                let describe = window.describe(m);
                let finding = if section.kind == SectionKind::Progress {
                    findings
                        .at(
                            value.span,
                            crate::t!(
                                m,
                                "date-out-of-range.released",
                                date = date.to_string(),
                                window = describe.as_str()
                            ),
                        )
                        .with_label(crate::t!(m, "date-out-of-range.released-label"))
                        .with_help(crate::t!(m, "date-out-of-range.released-help"))
                } else {
                    findings
                        .at(
                            value.span,
                            crate::t!(
                                m,
                                "date-out-of-range",
                                date = date.to_string(),
                                section = section.letter.to_string(),
                                window = describe.as_str()
                            ),
                        )
                        .with_label(crate::t!(
                            m,
                            "date-out-of-range.label",
                            window = describe.as_str()
                        ))
                        .with_help(crate::t!(
                            m,
                            "date-out-of-range.help",
                            year = date.year.to_string()
                        ))
                };
                findings.push(finding.with_secondary(window.source, window.because(m)));
            }
        }
    }
}
