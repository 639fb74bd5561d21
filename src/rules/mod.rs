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

mod unrecognized_line;

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
        let paragraph = docs
            .split("\n\n")
            .map(|p| {
                p.lines()
                    .map(str::trim)
                    .filter(|l| !l.starts_with('#'))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .find(|p| !p.trim().is_empty())
            .unwrap_or_default();
        match paragraph.find(". ") {
            Some(end) => paragraph[..=end].to_owned(),
            None => paragraph.trim().to_owned(),
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_is_the_first_sentence_even_when_wrapped() {
        let meta = RuleMeta {
            id: "some-rule",
            name: "SomeRule",
            default: None,
            raw_docs: " ## What it does\n Reports a thing that\n spans two lines. Then more.\n\n ## Why\n x\n",
        };
        assert_eq!(meta.summary(), "Reports a thing that spans two lines.");
    }
}
