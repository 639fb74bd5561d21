//! The rules: one file per rule, each a unit struct with one `check` function.
//!
//! A rule reads the model and the vocabularies and pushes findings; it never
//! prints and never calls another rule. Its documentation is its doc comment,
//! captured by [`declare_rule!`](crate::declare_rule) so `planlint rule ID`,
//! SARIF and the language server all show the same text.

use crate::diagnostic::{Diagnostic, Severity};
use crate::model::Document;
use crate::vocab::Vocabulary;

pub mod registry;

mod cell_count;
mod date_out_of_range;
mod duplicate_number;
mod empty_cell;
mod html_markup;
mod malformed_date;
mod missing_format;
mod missing_structure;
mod not_applicable_with_rows;
mod number_sequence;
mod outdated_category;
mod unknown_category;
mod unknown_frequency;
mod unknown_header;
mod unrecognized_line;

pub use cell_count::CellCount;
pub use date_out_of_range::DateOutOfRange;
pub use duplicate_number::DuplicateNumber;
pub use empty_cell::EmptyCell;
pub use html_markup::HtmlMarkup;
pub use malformed_date::MalformedDate;
pub use missing_format::MissingFormat;
pub use missing_structure::MissingStructure;
pub use not_applicable_with_rows::NotApplicableWithRows;
pub use number_sequence::NumberSequence;
pub use outdated_category::OutdatedCategory;
pub use unknown_category::UnknownCategory;
pub use unknown_frequency::UnknownFrequency;
pub use unknown_header::UnknownHeader;
pub use unrecognized_line::UnrecognizedLine;

/// A rule's id, default severity and documentation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleMeta {
    /// The kebab-case id, naming the problem (`unknown-frequency`).
    pub id: &'static str,
    /// The rule type's name (`UnknownFrequency`).
    pub name: &'static str,
    /// The severity when no config says otherwise; `None` is off unless selected.
    pub default: Option<Severity>,
    /// The doc comment, as written (each line keeps its leading space).
    pub raw_docs: &'static str,
}

impl RuleMeta {
    /// The documentation as Markdown.
    #[must_use]
    pub fn docs(&self) -> String {
        let mut out = String::with_capacity(self.raw_docs.len());
        for line in self.raw_docs.lines() {
            out.push_str(line.strip_prefix(' ').unwrap_or(line));
            out.push('\n');
        }
        out.trim().to_owned() + "\n"
    }

    /// The first sentence of the documentation: what the rule finds.
    #[must_use]
    pub fn summary(&self) -> String {
        let docs = self.docs();
        let paragraph: Vec<&str> = docs
            .lines()
            .map(str::trim)
            .skip_while(|l| l.is_empty() || l.starts_with('#'))
            .take_while(|l| !l.is_empty())
            .collect();
        let paragraph = paragraph.join(" ");
        let mut in_code = false;
        let mut end = paragraph.len();
        for (i, c) in paragraph.char_indices() {
            match c {
                '`' => in_code = !in_code,
                '.' | ':' if !in_code => {
                    let rest = &paragraph[i + 1..];
                    if rest.is_empty() || rest.starts_with(' ') {
                        end = i;
                        break;
                    }
                }
                _ => {}
            }
        }
        paragraph[..end].to_owned()
    }

    /// A section of the documentation (`What it does`, `Why is this bad?`,
    /// `Example`), without its heading.
    #[must_use]
    pub fn section(&self, title: &str) -> Option<String> {
        let docs = self.docs();
        let mut out = String::new();
        let mut inside = false;
        for line in docs.lines() {
            if let Some(heading) = line.strip_prefix("## ") {
                if inside {
                    break;
                }
                inside = heading.trim() == title;
                continue;
            }
            if inside {
                out.push_str(line);
                out.push('\n');
            }
        }
        inside.then(|| out.trim().to_owned())
    }

    /// The code blocks of the `Example` section: the bad plan, then the fixed one.
    #[must_use]
    pub fn examples(&self) -> Vec<String> {
        let Some(example) = self.section("Example") else {
            return Vec::new();
        };
        let mut blocks = Vec::new();
        let mut current: Option<String> = None;
        for line in example.lines() {
            if line.trim_start().starts_with("```") {
                match current.take() {
                    Some(block) => blocks.push(block),
                    None => current = Some(String::new()),
                }
                continue;
            }
            if let Some(block) = current.as_mut() {
                block.push_str(line);
                block.push('\n');
            }
        }
        blocks
    }
}

/// What a rule reads.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    /// The source text the model's spans point into.
    pub source: &'a str,
    /// The parsed plan.
    pub document: &'a Document,
    /// The vocabularies, with the user's additions.
    pub vocab: &'a Vocabulary,
}

/// A check over the model.
pub trait Rule: Send + Sync {
    /// The rule's id, default severity and documentation.
    fn meta(&self) -> &'static RuleMeta;

    /// Pushes a finding for every defect the rule sees. Severity is set by
    /// the engine afterwards.
    fn check(&self, context: &Context<'_>, findings: &mut Vec<Diagnostic>);
}

/// Declares a rule type: its doc comment becomes its documentation.
///
/// ```ignore
/// declare_rule! {
///     /// ## What it does
///     /// …
///     pub struct MalformedDate => "malformed-date", Some(Severity::Error);
/// }
/// ```
#[macro_export]
macro_rules! declare_rule {
    ($(#[doc = $doc:literal])* $vis:vis struct $name:ident => $id:literal, $default:expr;) => {
        $(#[doc = $doc])*
        #[derive(Debug, Clone, Copy, Default)]
        $vis struct $name;

        impl $name {
            /// This rule's id, default severity and documentation.
            pub const META: $crate::rules::RuleMeta = $crate::rules::RuleMeta {
                id: $id,
                name: stringify!($name),
                default: $default,
                raw_docs: concat!($($doc, "\n"),*),
            };
        }
    };
}
