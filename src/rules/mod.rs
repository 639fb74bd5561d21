//! The rules: one file per rule, each a unit struct with one `check` function,
//! declared by one line of [`rules!`].
//!
//! A rule reads the model and the vocabularies and pushes findings; it never
//! prints and never calls another rule. Its documentation is its doc comment,
//! captured by [`declare_rule!`](crate::declare_rule) so `planlint rule ID`,
//! SARIF and the language server all show the same text.

use std::fmt::Write as _;

use crate::diagnostic::{Diagnostic, Severity};
use crate::i18n::Messages;
use crate::model::{Document, Language, Span};
use crate::vocab::Vocabulary;

pub mod workspace;

pub use workspace::{FileId, PlanRef, Related, Workspace, WorkspaceFindings, WorkspaceRule};

/// Declares every rule: its module and type, one line each, sorted by id.
/// It declares the modules and builds [`registry`]; adding a rule is its
/// file plus one line here.
macro_rules! rules {
    (
        plan: $($module:ident :: $rule:ident),* $(,)?;
        workspace: $($wmodule:ident :: $wrule:ident),* $(,)?;
    ) => {
        $(mod $module; pub use $module::$rule;)*
        $(mod $wmodule; pub use $wmodule::$wrule;)*

        /// Every rule, sorted by id (a meta test keeps it so).
        pub mod registry {
            use super::*;

            /// The rules that read one plan.
            pub static RULES: &[&dyn Rule] = &[$(&$rule),*];

            /// The rules that read every plan of a workspace together.
            pub static WORKSPACE_RULES: &[&dyn WorkspaceRule] = &[$(&$wrule),*];

            /// Every rule's metadata, per-plan and workspace rules, sorted by id.
            #[must_use]
            pub fn all() -> Vec<&'static RuleMeta> {
                let mut all: Vec<&'static RuleMeta> = RULES
                    .iter()
                    .map(|r| r.meta())
                    .chain(WORKSPACE_RULES.iter().map(|r| r.meta()))
                    .collect();
                all.sort_by_key(|m| m.id);
                all
            }

            /// The rule with `id`, if any.
            #[must_use]
            pub fn find(id: &str) -> Option<&'static RuleMeta> {
                RULES
                    .iter()
                    .map(|r| r.meta())
                    .chain(WORKSPACE_RULES.iter().map(|r| r.meta()))
                    .find(|m| m.id == id)
            }
        }
    };
}

rules! {
    plan:
        cell_count::CellCount,
        date_out_of_range::DateOutOfRange,
        duplicate_number::DuplicateNumber,
        empty_cell::EmptyCell,
        html_markup::HtmlMarkup,
        malformed_date::MalformedDate,
        missing_format::MissingFormat,
        missing_structure::MissingStructure,
        not_applicable_with_rows::NotApplicableWithRows,
        number_sequence::NumberSequence,
        outdated_category::OutdatedCategory,
        unknown_category::UnknownCategory,
        unknown_frequency::UnknownFrequency,
        unknown_header::UnknownHeader,
        unrecognized_line::UnrecognizedLine;
    workspace:
        promise_dropped::PromiseDropped,
        release_date_changed::ReleaseDateChanged,
        translation_mismatch::TranslationMismatch;
}

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
    /// The module the rule is declared in (`planlint::rules::cell_count`).
    pub module: &'static str,
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

    /// What the rule finds, in `language` (the catalogue's `rule-<id>`; in
    /// English, the first sentence of the documentation).
    #[must_use]
    pub fn summary_in(&self, language: Language) -> String {
        crate::i18n::messages(language).get(&format!("rule-{}", self.id), &[])
    }

    /// What the rule does in full, in `language` (the catalogue's
    /// `rule-<id>.what`; in English, the doc comment's section).
    #[must_use]
    pub fn what_in(&self, language: Language) -> String {
        crate::i18n::messages(language).get(&format!("rule-{}.what", self.id), &[])
    }

    /// Why what the rule finds matters, in `language`.
    #[must_use]
    pub fn why_in(&self, language: Language) -> String {
        crate::i18n::messages(language).get(&format!("rule-{}.why", self.id), &[])
    }

    /// The documentation in `language`: in English the doc comment; in
    /// Chinese what the rule does, why it matters, and the example.
    #[must_use]
    pub fn docs_in(&self, language: Language) -> String {
        if language == Language::En {
            return self.docs();
        }
        let m = crate::i18n::messages(language);
        let mut out = format!(
            "## {}\n{}\n\n## {}\n{}\n",
            m.get("rule-doc-what", &[]),
            self.what_in(language),
            m.get("rule-doc-why", &[]),
            self.why_in(language),
        );
        if let [bad, good] = self.examples().as_slice() {
            let _ = write!(
                out,
                "\n## {}\n```text\n{bad}```\n{}\n```text\n{good}```\n",
                m.get("rule-doc-example", &[]),
                m.get("rule-doc-instead", &[]),
            );
        }
        out
    }

    /// The default severity in `language`, for `planlint rule` (`error`,
    /// or "off unless selected"); severities stay English words.
    #[must_use]
    pub fn default_in(&self, language: Language) -> String {
        match self.default {
            Some(severity) => severity.as_str().to_owned(),
            None => crate::i18n::messages(language).get("rule-doc-off", &[]),
        }
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

/// The rule reference (`docs/rules.md`, `docs/rules.zh-Hant.md`,
/// `docs/rules.zh-Hans.md`): a table of every rule, then each rule's
/// documentation, in `language`. Ids and severities stay English.
#[must_use]
pub fn reference(language: Language) -> String {
    let m = crate::i18n::messages(language);
    let mut out = if language == Language::En {
        "<!-- Generated from the rules' doc comments by tests/meta.rs; do not edit.\n     \
         Regenerate with: UPDATE_DOCS=1 cargo test --test meta -->\n\n"
            .to_owned()
    } else {
        "<!-- Generated from the catalogues in i18n/ by tests/meta.rs; do not edit.\n     \
         Regenerate with: UPDATE_DOCS=1 cargo test --test meta -->\n\n"
            .to_owned()
    };
    let _ = write!(
        out,
        "# {}\n\n| {} | {} | {} |\n| --- | --- | --- |\n",
        m.get("rule-doc-title", &[]),
        m.get("rule-doc-rule", &[]),
        m.get("rule-doc-default", &[]),
        m.get("rule-doc-finds", &[]),
    );
    for meta in registry::all() {
        let _ = writeln!(
            out,
            "| [`{}`](#{}) | {} | {} |",
            meta.id,
            meta.id,
            meta.default.map_or("off", |s| s.as_str()),
            meta.summary_in(language)
        );
    }
    for meta in registry::all() {
        let _ = write!(
            out,
            "\n## {}\n\n{}\n{}",
            meta.id,
            crate::t!(
                m,
                "rule-doc-default.line",
                level = meta.default_in(language)
            ),
            format!("\n{}", meta.docs_in(language)).replace("\n## ", "\n### ")
        );
    }
    out
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
    /// The catalogue findings are written from: the plan's language, or
    /// the one the user chose.
    pub messages: &'a Messages,
}

/// Where a rule puts its findings: it stamps each with the rule's id and
/// the severity the configuration gives the rule.
#[derive(Debug)]
pub struct Findings<'a> {
    rule: &'static str,
    severity: Severity,
    out: &'a mut Vec<Diagnostic>,
}

impl<'a> Findings<'a> {
    /// Findings of `rule` at `severity`, pushed onto `out`.
    pub fn new(rule: &'static RuleMeta, severity: Severity, out: &'a mut Vec<Diagnostic>) -> Self {
        Self {
            rule: rule.id,
            severity,
            out,
        }
    }

    /// A finding of this rule at `span`, to complete with labels, help and
    /// a fix, then [`push`](Self::push).
    #[must_use]
    pub fn at(&self, span: Span, message: impl Into<String>) -> Diagnostic {
        let mut finding = Diagnostic::new(self.rule, span, message);
        finding.severity = self.severity;
        finding
    }

    /// Reports `finding`.
    pub fn push(&mut self, finding: Diagnostic) {
        self.out.push(finding);
    }
}

/// A rule's metadata: implemented by [`declare_rule!`](crate::declare_rule).
pub trait Declared {
    /// The rule's id, default severity and documentation.
    fn meta(&self) -> &'static RuleMeta;
}

/// A check over one plan.
pub trait Rule: Declared + Send + Sync {
    /// Reports every defect the rule sees in the plan.
    fn check(&self, context: &Context<'_>, findings: &mut Findings<'_>);
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
                module: module_path!(),
            };
        }

        impl $crate::rules::Declared for $name {
            fn meta(&self) -> &'static $crate::rules::RuleMeta {
                &Self::META
            }
        }
    };
}

/// The row that first used each number in a table (duplicate-number, and
/// number-sequence, which asks only whether a number is new): row numbers
/// are mostly 1 to the row count, so those up to a bound are kept in a vector (4 bytes a
/// number, a tenth of a hash map's room), any others in a map.
struct FirstUse {
    /// For each number up to the bound, the index of its row plus one.
    dense: Vec<u32>,
    /// The numbers past the bound.
    sparse: rustc_hash::FxHashMap<u32, u32>,
    /// The largest number kept in `dense`.
    bound: usize,
}

impl FirstUse {
    fn new(rows: usize) -> Self {
        Self {
            dense: Vec::new(),
            sparse: rustc_hash::FxHashMap::default(),
            bound: rows.saturating_mul(2).saturating_add(64),
        }
    }

    /// The index of the row that first used `number`, after noting `index`
    /// as using it when none did.
    fn first(&mut self, number: u32, index: u32) -> Option<u32> {
        let at = number as usize;
        if at > self.bound {
            let first = self.sparse.get(&number).copied();
            self.sparse.entry(number).or_insert(index);
            return first;
        }
        if self.dense.len() <= at {
            self.dense.resize(at + 1, 0);
        }
        match self.dense[at] {
            0 => {
                self.dense[at] = index.saturating_add(1);
                None
            }
            first => Some(first - 1),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::FirstUse;

    proptest::proptest! {
        /// Numbers kept in the vector and in the map give the first row
        /// that used them, as one map would.
        #[test]
        fn first_use_is_the_first_row(numbers in proptest::collection::vec(
            proptest::prop_oneof![0u32..40, proptest::num::u32::ANY], 0..60,
        )) {
            let mut first_use = FirstUse::new(numbers.len() / 4);
            let mut expected: rustc_hash::FxHashMap<u32, u32> = rustc_hash::FxHashMap::default();
            for (index, &number) in (0..).zip(&numbers) {
                let want = expected.get(&number).copied();
                expected.entry(number).or_insert(index);
                proptest::prop_assert_eq!(first_use.first(number, index), want);
            }
        }
    }
}
