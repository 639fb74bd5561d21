//! Findings as LSP diagnostics: ranges in the negotiated encoding, rule id as
//! `code` with a link to its documentation, secondary labels as related
//! information.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::str::FromStr;

use lsp_types::{
    CodeDescription, DiagnosticRelatedInformation, DiagnosticSeverity, Location, NumberOrString,
    Uri,
};

use super::store::{self, Document};
use crate::config::{ConfigError, Settings};
use crate::diagnostic::{Diagnostic, Severity};
use crate::line_index::{ColumnUnit, LineIndex};
use crate::model::Span;
use crate::source::Sources;

/// At most this many findings are sent per document; a last note says how
/// many more there are. A plan has a few dozen at most; a file that is no
/// plan at all can have one per line.
pub const MAX_PUBLISHED: usize = 1000;

/// What the server and the client agreed on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientOptions {
    /// The unit of `character` in every position.
    pub unit: ColumnUnit,
    /// Whether the client shows `relatedInformation`; if not, secondary
    /// labels are written into the message.
    pub related_information: bool,
    /// Whether hovers may be Markdown.
    pub markdown: bool,
    /// The language the client asked for in `initialize` (its `locale`).
    pub lang: crate::i18n::Lang,
}

impl Default for ClientOptions {
    fn default() -> Self {
        Self {
            unit: ColumnUnit::Utf16,
            related_information: true,
            markdown: true,
            lang: crate::i18n::Lang::Auto,
        }
    }
}

/// The address of a rule's documentation.
#[must_use]
pub fn rule_docs_uri(rule: &str) -> Option<Uri> {
    // Parsed once per rule: a re-check publishes one per finding.
    static PARSED: std::sync::Mutex<BTreeMap<String, Option<Uri>>> =
        std::sync::Mutex::new(BTreeMap::new());
    let mut parsed = PARSED
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(uri) = parsed.get(rule) {
        return uri.clone();
    }
    let uri = Uri::from_str(&format!(
        "{}/blob/main/docs/rules.md#{rule}",
        env!("CARGO_PKG_REPOSITORY")
    ))
    .ok();
    parsed.insert(rule.to_owned(), uri.clone());
    uri
}

/// Checks `document` with `settings` and returns what to publish: the path
/// every edit, open and save of a plan takes.
pub fn recheck(
    document: &mut Document,
    settings: &Settings,
    client: &ClientOptions,
    config_error: Option<&ConfigError>,
) -> Vec<lsp_types::Diagnostic> {
    document.check(settings);
    diagnostics(document, client, config_error, &())
}

/// The LSP diagnostics for `document`'s last findings.
#[must_use]
pub fn diagnostics(
    document: &Document,
    client: &ClientOptions,
    config_error: Option<&ConfigError>,
    others: &dyn Sources,
) -> Vec<lsp_types::Diagnostic> {
    let mut out = Vec::new();
    if let Some(error) = config_error {
        out.push(config_warning(error, *client));
    }
    if document.too_large() {
        out.push(note(
            lsp_types::Range::default(),
            format!(
                "not checked: the document is {} MiB, more than the {} MiB planlint checks in an editor; run `planlint check` on it",
                document.text().len() / (1024 * 1024),
                store::MAX_CHECKED / (1024 * 1024)
            ),
        ));
    }
    let findings = document.findings();
    out.extend(
        findings
            .iter()
            .take(MAX_PUBLISHED)
            .map(|finding| to_lsp(document, finding, client, others)),
    );
    if findings.len() > MAX_PUBLISHED {
        let next = &findings[MAX_PUBLISHED];
        out.push(note(
            document.range(Span::empty(next.span.offset()), client.unit),
            format!(
                "{} more findings are not shown here; run `planlint check` to see them all",
                findings.len() - MAX_PUBLISHED
            ),
        ));
    }
    out
}

/// One finding as an LSP diagnostic.
#[must_use]
pub fn to_lsp(
    document: &Document,
    finding: &Diagnostic,
    client: &ClientOptions,
    others: &dyn Sources,
) -> lsp_types::Diagnostic {
    let mut message = finding.message.clone();
    if let Some(label) = &finding.label
        && *label != finding.message
    {
        message.push_str(": ");
        message.push_str(label);
    }
    if let Some(help) = &finding.help {
        message.push_str("\nhelp: ");
        message.push_str(help);
    }
    if let Some(note) = &finding.note {
        message.push_str("\nnote: ");
        message.push_str(note);
    }
    let mut related = Vec::new();
    for label in &finding.secondary {
        // A label in another file (a plan on disk or another open document,
        // named by its path) points there; one whose file cannot be had is
        // left out.
        let (uri, range, shown) = match label.file {
            None => (
                document.uri().clone(),
                document.range(label.span, client.unit),
                String::new(),
            ),
            Some(id) => {
                let Some(other) = others.get(id) else {
                    continue;
                };
                let Some(uri) = super::uri::from_path(std::path::Path::new(&other.path)) else {
                    continue;
                };
                let range = store::range(&other.text, &other.index, label.span, client.unit);
                (uri, range, format!("{}:", other.path))
            }
        };
        if client.related_information {
            related.push(DiagnosticRelatedInformation {
                location: Location::new(uri, range),
                message: label.message.clone(),
            });
        } else {
            let _ = write!(
                message,
                "\n{shown}{}:{}: {}",
                range.start.line + 1,
                range.start.character + 1,
                label.message
            );
        }
    }
    lsp_types::Diagnostic {
        range: document.range(finding.span, client.unit),
        severity: Some(severity(finding.severity)),
        code: Some(NumberOrString::String(finding.rule.to_owned())),
        code_description: rule_docs_uri(finding.rule).map(|href| CodeDescription { href }),
        source: Some("planlint".to_owned()),
        message,
        related_information: (!related.is_empty()).then_some(related),
        tags: None,
        data: None,
    }
}

/// The LSP severity of a finding's severity.
#[must_use]
pub fn severity(severity: Severity) -> DiagnosticSeverity {
    match severity {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Info => DiagnosticSeverity::INFORMATION,
    }
}

/// The diagnostic a config file gets for its own error.
#[must_use]
pub fn config_error(error: &ConfigError, client: &ClientOptions) -> lsp_types::Diagnostic {
    lsp_types::Diagnostic {
        range: config_range(error, *client),
        severity: Some(DiagnosticSeverity::ERROR),
        code: Some(NumberOrString::String("config".to_owned())),
        source: Some("planlint".to_owned()),
        message: {
            let language = error.language(Some(client.lang));
            crate::t!(
                crate::i18n::messages(language),
                "config-error",
                message = error.message_in(language)
            )
        },
        ..Default::default()
    }
}

/// The range of a config error in its file.
fn config_range(error: &ConfigError, client: ClientOptions) -> lsp_types::Range {
    let span = error.span.unwrap_or_default();
    let index = LineIndex::new(&error.source);
    store::range(&error.source, &index, span, client.unit)
}

/// The warning a plan gets when its config could not be used.
fn config_warning(error: &ConfigError, client: ClientOptions) -> lsp_types::Diagnostic {
    let language = error.language(Some(client.lang));
    let message = error.message_in(language);
    let related = super::uri::from_path(&error.path).map(|uri| {
        vec![DiagnosticRelatedInformation {
            location: Location::new(uri, config_range(error, client)),
            message: message.clone(),
        }]
    });
    lsp_types::Diagnostic {
        range: lsp_types::Range::default(),
        severity: Some(DiagnosticSeverity::WARNING),
        code: Some(NumberOrString::String("config".to_owned())),
        source: Some("planlint".to_owned()),
        message: crate::t!(
            crate::i18n::messages(language),
            "config-error.defaults",
            path = error.path.display().to_string(),
            message = message
        ),
        related_information: related.filter(|_| client.related_information),
        ..Default::default()
    }
}

fn note(range: lsp_types::Range, message: String) -> lsp_types::Diagnostic {
    lsp_types::Diagnostic {
        range,
        severity: Some(DiagnosticSeverity::INFORMATION),
        source: Some("planlint".to_owned()),
        message,
        ..Default::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn document(text: &str) -> Document {
        Document::new(
            Uri::from_str("file:///plan.txt").unwrap(),
            1,
            text.to_owned(),
        )
    }

    #[test]
    fn secondary_labels_become_related_information_or_text() {
        let doc = document("1\n\u{20000}1\n");
        let finding = Diagnostic::new("duplicate-number", Span::new(6, 7), "duplicate number `1`")
            .with_secondary(Span::new(0, 1), "first used here")
            .with_help("renumber the rows");
        let lsp = to_lsp(&doc, &finding, &ClientOptions::default(), &());
        assert_eq!(lsp.range.start, lsp_types::Position::new(1, 2));
        assert_eq!(
            lsp.code,
            Some(NumberOrString::String("duplicate-number".into()))
        );
        assert_eq!(lsp.message, "duplicate number `1`\nhelp: renumber the rows");
        let related = lsp.related_information.unwrap();
        assert_eq!(
            related[0].location.range.start,
            lsp_types::Position::new(0, 0)
        );
        assert_eq!(related[0].message, "first used here");
        assert!(
            lsp.code_description
                .unwrap()
                .href
                .as_str()
                .ends_with("rules.md#duplicate-number")
        );

        let plain = ClientOptions {
            related_information: false,
            ..ClientOptions::default()
        };
        let lsp = to_lsp(&doc, &finding, &plain, &());
        assert!(lsp.related_information.is_none());
        assert!(
            lsp.message.ends_with("\n1:1: first used here"),
            "{}",
            lsp.message
        );
    }

    #[test]
    fn findings_are_capped() {
        let text = "x\n".repeat(MAX_PUBLISHED + 10);
        let mut doc = document(&text);
        let published = recheck(
            &mut doc,
            &Settings::default(),
            &ClientOptions::default(),
            None,
        );
        assert_eq!(published.len(), MAX_PUBLISHED + 1);
        let last = &published.last().unwrap().message;
        assert!(last.contains("more findings are not shown"), "{last}");
    }
}
