//! `textDocument/codeAction`: quick fixes from the findings that carry one,
//! and `source.fixAll.planlint` with every safe fix of the document (what
//! `planlint check --fix` applies in one pass), for fix-on-save.

use std::collections::HashMap;

use lsp_server::ResponseError;
use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionParams, CodeActionResponse,
    TextEdit, WorkspaceEdit,
};

use crate::diagnostic::Applicability;
use crate::lsp::publish;
use crate::lsp::server::Server;
use crate::lsp::store::Document;

/// The quick fixes of the findings that touch the requested range.
pub fn handle(
    server: &mut Server,
    params: CodeActionParams,
) -> Result<Option<CodeActionResponse>, ResponseError> {
    let CodeActionParams {
        text_document,
        range,
        context,
        ..
    } = params;
    // A kind asked for covers the kinds under it (`source` covers
    // `source.fixAll.planlint`); asking for none asks for every kind.
    let wants = |kind: &CodeActionKind| {
        context.only.as_ref().is_none_or(|only| {
            only.iter().any(|asked| {
                let asked = asked.as_str();
                asked.is_empty()
                    || kind.as_str() == asked
                    || kind.as_str().starts_with(&format!("{asked}."))
            })
        })
    };
    let Some(document) = server.store.get(&text_document.uri) else {
        return Ok(None);
    };
    let mut found = Vec::new();
    if wants(&CodeActionKind::QUICKFIX) {
        found = actions(document, range, &server.client);
    }
    if wants(&fix_all_kind())
        && let Some(action) = fix_all(document, &server.client)
    {
        found.push(action);
    }
    Ok(Some(found))
}

/// `source.fixAll.planlint`, as ruff and ESLint name theirs.
#[must_use]
pub fn fix_all_kind() -> CodeActionKind {
    CodeActionKind::new("source.fixAll.planlint")
}

/// Every safe fix of `document` as one action, when there is any.
#[must_use]
pub fn fix_all(
    document: &Document,
    client: &publish::ClientOptions,
) -> Option<CodeActionOrCommand> {
    let edits: Vec<TextEdit> =
        crate::diagnostic::fix_edits(document.text(), document.findings(), Applicability::Safe)
            .into_iter()
            .map(|fix| TextEdit {
                range: document.range(fix.span, client.unit),
                new_text: fix.replacement.clone(),
            })
            .collect();
    if edits.is_empty() {
        return None;
    }
    Some(CodeActionOrCommand::CodeAction(CodeAction {
        title: "planlint: fix all safely fixable problems".to_owned(),
        kind: Some(fix_all_kind()),
        edit: Some(WorkspaceEdit {
            changes: Some(HashMap::from([(document.uri().clone(), edits)])),
            ..WorkspaceEdit::default()
        }),
        ..CodeAction::default()
    }))
}

/// The quick fixes for `range` in `document`.
#[must_use]
pub fn actions(
    document: &Document,
    range: lsp_types::Range,
    client: &publish::ClientOptions,
) -> Vec<CodeActionOrCommand> {
    let start = document.offset(range.start, client.unit);
    let end = document.offset(range.end, client.unit);
    document
        .findings()
        .iter()
        .filter(|f| f.span.offset() <= end && start <= f.span.end())
        .filter_map(|finding| {
            let fix = finding.fix.as_ref()?;
            let edit = TextEdit {
                range: document.range(fix.span, client.unit),
                new_text: fix.replacement.clone(),
            };
            Some(CodeActionOrCommand::CodeAction(CodeAction {
                title: fix.description.clone(),
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![publish::to_lsp(document, finding, client, &())]),
                edit: Some(WorkspaceEdit {
                    changes: Some(HashMap::from([(document.uri().clone(), vec![edit])])),
                    ..WorkspaceEdit::default()
                }),
                is_preferred: Some(true),
                ..CodeAction::default()
            }))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use std::str::FromStr;

    use lsp_types::{Position, Range, Uri};

    use super::*;
    use crate::diagnostic::Diagnostic;
    use crate::line_index::ColumnUnit;
    use crate::model::Span;

    #[test]
    fn a_fix_becomes_a_quickfix_in_the_negotiated_unit() {
        // `3/2024` after a U+20000 on the line: the fix pads the month.
        let text = "\u{20000}\t3/2024";
        let mut doc = Document::new(Uri::from_str("file:///p.txt").unwrap(), 1, text.to_owned());
        let start = text.find('3').unwrap();
        doc.set_findings(vec![
            Diagnostic::new("malformed-date", Span::new(start, text.len()), "bad date").with_fix(
                "write `03/2024`",
                Span::new(start, start + 1),
                "03",
            ),
            Diagnostic::new("other", Span::new(0, 4), "no fix here"),
        ]);
        for (unit, column) in [(ColumnUnit::Utf16, 3), (ColumnUnit::Utf8, 5)] {
            let client = publish::ClientOptions {
                unit,
                ..publish::ClientOptions::default()
            };
            let at = Position::new(0, column);
            let actions = actions(&doc, Range::new(at, at), &client);
            assert_eq!(actions.len(), 1);
            let CodeActionOrCommand::CodeAction(action) = &actions[0] else {
                panic!("a command");
            };
            assert_eq!(action.title, "write `03/2024`");
            assert_eq!(action.kind, Some(CodeActionKind::QUICKFIX));
            let edits = &action.edit.as_ref().unwrap().changes.as_ref().unwrap()[doc.uri()];
            assert_eq!(edits[0].range, Range::new(at, Position::new(0, column + 1)));
            assert_eq!(edits[0].new_text, "03");
        }
    }

    #[test]
    fn fix_all_holds_every_safe_fix_and_no_guess() {
        let text = "3/2024\t實特\t4/2024";
        let mut doc = Document::new(Uri::from_str("file:///p.txt").unwrap(), 1, text.to_owned());
        let at = |needle: &str| {
            let i = text.find(needle).unwrap();
            Span::new(i, i + needle.len())
        };
        doc.set_findings(vec![
            Diagnostic::new("malformed-date", at("3/2024"), "m").with_fix(
                "f",
                at("3/2024"),
                "03/2024",
            ),
            Diagnostic::new("unknown-frequency", at("實特"), "m").with_unsafe_fix(
                "f",
                at("實特"),
                "實時",
            ),
            Diagnostic::new("malformed-date", at("4/2024"), "m").with_fix(
                "f",
                at("4/2024"),
                "04/2024",
            ),
        ]);
        let Some(CodeActionOrCommand::CodeAction(action)) =
            fix_all(&doc, &publish::ClientOptions::default())
        else {
            panic!("no fix-all action");
        };
        assert_eq!(action.kind, Some(fix_all_kind()));
        let edits = &action.edit.as_ref().unwrap().changes.as_ref().unwrap()[doc.uri()];
        let texts: Vec<&str> = edits.iter().map(|e| e.new_text.as_str()).collect();
        assert_eq!(texts, ["03/2024", "04/2024"]);
    }
}
