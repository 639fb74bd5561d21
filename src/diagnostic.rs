//! A finding as plain data: rule, severity, message, labels, help and fix.
//!
//! Rules and the parser produce [`Diagnostic`]s; only reporters turn them into
//! text, JSON, SARIF or LSP messages.

use serde::{Deserialize, Serialize};

use crate::model::Span;

/// How serious a finding is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing; never fails a run.
    Info,
    /// Probably wrong; fails a run only with `--deny-warnings`.
    Warning,
    /// Wrong; fails the run.
    #[default]
    Error,
}

impl Severity {
    /// `error`, `warning` or `info`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which file of a run a label points into: an index into the run's files,
/// in the order the engine was given them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct FileId(pub u32);

/// A secondary place that explains a finding, such as the first use of a
/// number, or the same cell in another language version of the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Label {
    /// The file the label points into; `None` for the finding's own file.
    pub file: Option<FileId>,
    /// Where.
    pub span: Span,
    /// What is there, lowercase, no trailing period.
    pub message: String,
}

/// How sure a fix is, as in ruff: `--fix` applies safe fixes only,
/// `--fix --unsafe-fixes` the unsafe ones too.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "lowercase")]
pub enum Applicability {
    /// Certain to keep the meaning: a date planlint can read written as
    /// `MM/YYYY`, markup removed.
    #[default]
    Safe,
    /// A guess the author should check: the nearest spelling of a word.
    Unsafe,
}

/// A machine-applicable replacement of one span.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fix {
    /// What the fix does, for a code action's title.
    pub description: String,
    /// The text to replace.
    pub span: Span,
    /// The new text.
    pub replacement: String,
    /// Whether `--fix` applies it on its own.
    pub applicability: Applicability,
}

/// One finding in one file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// The id of the rule that found it (`malformed-date`).
    pub rule: &'static str,
    /// Its severity after configuration.
    pub severity: Severity,
    /// What is wrong: lowercase, no trailing period, the offending text in backticks.
    pub message: String,
    /// The primary place.
    pub span: Span,
    /// A short label under the primary place, if it says more than the message.
    pub label: Option<String>,
    /// Other places that explain the finding.
    pub secondary: Vec<Label>,
    /// What to do about it.
    pub help: Option<String>,
    /// Why it matters, or where a value came from.
    pub note: Option<String>,
    /// A replacement that fixes it, where one is certain.
    pub fix: Option<Fix>,
}

impl Diagnostic {
    /// A finding of `rule` at `span`, an error until its severity is set
    /// (rules build findings through [`crate::rules::Findings`], which sets it).
    #[must_use]
    pub fn new(rule: &'static str, span: Span, message: impl Into<String>) -> Self {
        Self {
            rule,
            severity: Severity::Error,
            message: message.into(),
            span,
            label: None,
            secondary: Vec::new(),
            help: None,
            note: None,
            fix: None,
        }
    }

    /// Adds the primary label.
    #[must_use]
    pub fn with_label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    /// Adds a secondary label in the finding's own file.
    #[must_use]
    pub fn with_secondary(mut self, span: Span, message: impl Into<String>) -> Self {
        self.secondary.push(Label {
            file: None,
            span,
            message: message.into(),
        });
        self
    }

    /// Adds a secondary label in another file of the run.
    #[must_use]
    pub fn with_secondary_in(
        mut self,
        file: FileId,
        span: Span,
        message: impl Into<String>,
    ) -> Self {
        self.secondary.push(Label {
            file: Some(file),
            span,
            message: message.into(),
        });
        self
    }

    /// Adds a help line.
    #[must_use]
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Adds a note.
    #[must_use]
    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.note = Some(note.into());
        self
    }

    /// Adds a fix replacing `span` with `replacement`.
    #[must_use]
    pub fn with_fix(
        mut self,
        description: impl Into<String>,
        span: Span,
        replacement: impl Into<String>,
    ) -> Self {
        self.fix = Some(Fix {
            description: description.into(),
            span,
            replacement: replacement.into(),
            applicability: Applicability::Safe,
        });
        self
    }

    /// Adds an unsafe fix (a guess) replacing `span` with `replacement`.
    #[must_use]
    pub fn with_unsafe_fix(
        self,
        description: impl Into<String>,
        span: Span,
        replacement: impl Into<String>,
    ) -> Self {
        let mut d = self.with_fix(description, span, replacement);
        if let Some(fix) = &mut d.fix {
            fix.applicability = Applicability::Unsafe;
        }
        d
    }

    /// Whether the finding has a fix that `--fix` applies at `level`.
    #[must_use]
    pub fn fixable(&self, level: Applicability) -> bool {
        self.fix.as_ref().is_some_and(|f| f.applicability <= level)
    }

    /// The order findings are reported in: by position, then rule.
    #[must_use]
    pub fn sort_key(&self) -> (usize, usize, &'static str) {
        (self.span.offset(), self.span.len(), self.rule)
    }
}

/// `s` unless `n` is one, for English counts in messages.
#[must_use]
pub fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// `text` cut to at most `max` characters (with `…`), one line, for a message.
#[must_use]
pub fn snippet(text: &str, max: usize) -> String {
    let flat: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let flat = flat.trim();
    if flat.chars().count() <= max {
        return flat.to_owned();
    }
    let mut cut: String = flat.chars().take(max.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

/// Applies the fixes of `diagnostics` up to `level` to `source`, in order
/// of position, skipping a fix that overlaps one already applied. Returns
/// the new text and how many fixes it took.
#[must_use]
pub fn apply_fixes(
    source: &str,
    diagnostics: &[Diagnostic],
    level: Applicability,
) -> (String, usize) {
    let edits = fix_edits(source, diagnostics, level);
    (splice(source, &edits), edits.len())
}

/// The fixes of `diagnostics` up to `level` that [`apply_fixes`] applies,
/// in order of position: inside `source`, on character boundaries, none
/// overlapping.
#[must_use]
pub fn fix_edits<'a>(
    source: &str,
    diagnostics: &'a [Diagnostic],
    level: Applicability,
) -> Vec<&'a Fix> {
    let mut fixes: Vec<&Fix> = diagnostics
        .iter()
        .filter_map(|d| d.fix.as_ref())
        .filter(|f| f.applicability <= level)
        .collect();
    fixes.sort_by_key(|f| (f.span.offset(), f.span.len()));
    let mut at = 0;
    let mut edits = Vec::new();
    for fix in fixes {
        let (start, end) = (fix.span.offset(), fix.span.end());
        let fits = start >= at
            && end <= source.len()
            && source.is_char_boundary(start)
            && source.is_char_boundary(end);
        if !fits || (!edits.is_empty() && start == at && fix.span.is_empty()) {
            continue;
        }
        at = end;
        edits.push(fix);
    }
    edits
}

/// `source` with each of `edits` (in order, not overlapping) replacing its span.
#[must_use]
pub fn splice(source: &str, edits: &[&Fix]) -> String {
    let mut out = String::with_capacity(source.len());
    let mut at = 0;
    for fix in edits {
        out.push_str(&source[at..fix.span.offset()]);
        out.push_str(&fix.replacement);
        at = fix.span.end();
    }
    out.push_str(&source[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixes_apply_in_order_and_overlaps_are_skipped() {
        let source = "a 3/2024 b 實特 c";
        let at = |needle: &str| {
            let i = source.find(needle).unwrap();
            Span::new(i, i + needle.len())
        };
        let diagnostics = [
            Diagnostic::new("x", at("實特"), "m").with_fix("f", at("實特"), "實時"),
            Diagnostic::new("x", at("3/2024"), "m").with_fix("f", at("3/2024"), "03/2024"),
            Diagnostic::new("x", at("3/2024"), "m").with_fix("f", at("/2024"), "/2025"),
        ];
        // Unsafe fixes wait for --unsafe-fixes.
        let guesses =
            [Diagnostic::new("x", at("實特"), "m").with_unsafe_fix("f", at("實特"), "實時")];
        assert_eq!(apply_fixes(source, &guesses, Applicability::Safe).1, 0);
        assert_eq!(apply_fixes(source, &guesses, Applicability::Unsafe).1, 1);
        let (fixed, applied) = apply_fixes(source, &diagnostics, Applicability::Unsafe);
        assert_eq!(fixed, "a 03/2024 b 實時 c");
        assert_eq!(applied, 2);
    }
}
