//! Open documents: their text, line index and last findings.

use std::collections::BTreeMap;
use std::path::PathBuf;

use lsp_types::{Range, TextDocumentContentChangeEvent, Uri};

use crate::config::Settings;
use crate::diagnostic::Diagnostic;
use crate::line_index::{ColumnUnit, LineIndex};
use crate::model::Span;

/// Documents larger than this are not checked: the editor shows one note
/// instead. Real plans are a few hundred kilobytes at most.
pub const MAX_CHECKED: usize = 16 * 1024 * 1024;

/// One open document, as the editor holds it.
#[derive(Debug, Clone)]
pub struct Document {
    uri: Uri,
    path: Option<PathBuf>,
    version: i32,
    text: String,
    index: LineIndex,
    findings: Vec<Diagnostic>,
    language: crate::model::Language,
}

impl Document {
    /// A document opened with `text` at `version`.
    #[must_use]
    pub fn new(uri: Uri, version: i32, text: String) -> Self {
        let index = LineIndex::new(&text);
        let path = super::uri::to_path(&uri);
        Self {
            uri,
            path,
            version,
            text,
            index,
            findings: Vec::new(),
            language: crate::model::Language::En,
        }
    }

    /// The document's URI.
    #[must_use]
    pub fn uri(&self) -> &Uri {
        &self.uri
    }

    /// The local path, for `file:` documents.
    #[must_use]
    pub fn path(&self) -> Option<&std::path::Path> {
        self.path.as_deref()
    }

    /// The version the editor last sent.
    #[must_use]
    pub fn version(&self) -> i32 {
        self.version
    }

    /// The current text.
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The findings of the last [`check`](Self::check), against the current text.
    #[must_use]
    pub fn findings(&self) -> &[Diagnostic] {
        &self.findings
    }

    /// Replaces the findings with those a check of the current text made.
    pub fn set_findings(&mut self, findings: Vec<Diagnostic>) {
        self.findings = findings;
    }

    /// Whether the document is a `planlint.toml` rather than a plan.
    #[must_use]
    pub fn is_config(&self) -> bool {
        super::uri::is_config(&self.uri)
    }

    /// Applies the editor's changes in order: a change without a range
    /// replaces the whole text, one with a range replaces that range (its
    /// columns counted in `unit`). Positions past a line's end or the text's
    /// end are clamped, as the protocol asks.
    pub fn apply_changes(
        &mut self,
        version: i32,
        changes: Vec<TextDocumentContentChangeEvent>,
        unit: ColumnUnit,
    ) {
        for change in changes {
            match change.range {
                None => self.text = change.text,
                Some(range) => {
                    let start = self.offset(range.start, unit);
                    let end = self.offset(range.end, unit);
                    let (start, end) = (start.min(end), start.max(end));
                    self.text.replace_range(start..end, &change.text);
                }
            }
            self.index = LineIndex::new(&self.text);
        }
        self.version = version;
        self.findings.clear();
    }

    /// Checks the text with `settings` and keeps the findings.
    pub fn check(&mut self, settings: &Settings) -> &[Diagnostic] {
        self.findings = if self.text.len() > MAX_CHECKED {
            Vec::new()
        } else {
            let checked = crate::check(&self.text, settings);
            self.language = settings.lang.resolve(checked.document.language);
            checked.diagnostics
        };
        &self.findings
    }

    /// Records the language its findings were written in.
    pub fn set_language(&mut self, language: crate::model::Language) {
        self.language = language;
    }

    /// The language its findings are written in (as last checked).
    #[must_use]
    pub fn language(&self) -> crate::model::Language {
        self.language
    }

    /// Whether the text is too large to check.
    #[must_use]
    pub fn too_large(&self) -> bool {
        self.text.len() > MAX_CHECKED
    }

    /// The byte offset of an LSP position, its column counted in `unit`.
    #[must_use]
    pub fn offset(&self, position: lsp_types::Position, unit: ColumnUnit) -> usize {
        self.index.offset(
            &self.text,
            crate::line_index::Position {
                line: position.line as usize,
                column: position.character as usize,
            },
            unit,
        )
    }

    /// The LSP range of a byte span, columns counted in `unit`.
    #[must_use]
    pub fn range(&self, span: Span, unit: ColumnUnit) -> Range {
        range(&self.text, &self.index, span, unit)
    }
}

/// The LSP range of a byte span in `text` indexed by `index`.
#[must_use]
pub fn range(text: &str, index: &LineIndex, span: Span, unit: ColumnUnit) -> Range {
    let position = |offset| {
        let p = index.position(text, offset, unit);
        lsp_types::Position::new(
            u32::try_from(p.line).unwrap_or(u32::MAX),
            u32::try_from(p.column).unwrap_or(u32::MAX),
        )
    };
    Range::new(position(span.offset()), position(span.end()))
}

/// The open documents, by URI.
#[derive(Debug, Default)]
pub struct Store {
    documents: BTreeMap<Uri, Document>,
}

impl Store {
    /// Adds or replaces a document.
    pub fn open(&mut self, document: Document) {
        self.documents.insert(document.uri.clone(), document);
    }

    /// Removes a document.
    pub fn close(&mut self, uri: &Uri) -> Option<Document> {
        self.documents.remove(uri)
    }

    /// The document at `uri`.
    #[must_use]
    pub fn get(&self, uri: &Uri) -> Option<&Document> {
        self.documents.get(uri)
    }

    /// The document at `uri`, to change.
    pub fn get_mut(&mut self, uri: &Uri) -> Option<&mut Document> {
        self.documents.get_mut(uri)
    }

    /// The URIs of every open document.
    #[must_use]
    pub fn uris(&self) -> Vec<Uri> {
        self.documents.keys().cloned().collect()
    }
}

#[cfg(test)]
mod tests {
    use std::str::FromStr;

    use super::*;

    fn change(
        range: Option<((u32, u32), (u32, u32))>,
        text: &str,
    ) -> TextDocumentContentChangeEvent {
        TextDocumentContentChangeEvent {
            range: range.map(|(s, e)| {
                Range::new(
                    lsp_types::Position::new(s.0, s.1),
                    lsp_types::Position::new(e.0, e.1),
                )
            }),
            range_length: None,
            text: text.to_owned(),
        }
    }

    fn document(text: &str) -> Document {
        Document::new(Uri::from_str("file:///p.txt").unwrap(), 1, text.to_owned())
    }

    #[test]
    fn applies_ranges_in_either_unit() {
        // U+20000 is two UTF-16 code units and four UTF-8 bytes.
        let mut doc = document("數\u{20000}據\n第二行");
        doc.apply_changes(
            2,
            vec![change(Some(((0, 3), (0, 4))), "集")],
            ColumnUnit::Utf16,
        );
        assert_eq!(doc.text(), "數\u{20000}集\n第二行");
        doc.apply_changes(
            3,
            vec![change(Some(((0, 3), (0, 7))), "")],
            ColumnUnit::Utf8,
        );
        assert_eq!(doc.text(), "數集\n第二行");
        // Several changes apply one after the other; the last line grows.
        doc.apply_changes(
            4,
            vec![
                change(Some(((1, 3), (1, 3))), "\n三"),
                change(Some(((2, 1), (2, 99))), "行"),
            ],
            ColumnUnit::Utf16,
        );
        assert_eq!(doc.text(), "數集\n第二行\n三行");
        assert_eq!(doc.version(), 4);
        doc.apply_changes(5, vec![change(None, "新")], ColumnUnit::Utf16);
        assert_eq!(doc.text(), "新");
    }

    #[test]
    fn ranges_count_in_the_unit() {
        let doc = document("a\n\u{3000}\u{20000}數");
        let span = Span::new(5, doc.text().len());
        let r16 = doc.range(span, ColumnUnit::Utf16);
        assert_eq!(
            (r16.start.line, r16.start.character, r16.end.character),
            (1, 1, 4)
        );
        let r8 = doc.range(span, ColumnUnit::Utf8);
        assert_eq!((r8.start.character, r8.end.character), (3, 10));
    }
}
