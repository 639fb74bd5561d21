//! `textDocument/hover`: on a finding, the documentation of its rule.

use lsp_server::ResponseError;
use lsp_types::{Hover, HoverContents, HoverParams, MarkupContent, MarkupKind};

use crate::lsp::server::Server;
use crate::rules::registry;

/// The findings under the cursor, each with its rule's documentation.
pub fn handle(server: &mut Server, params: HoverParams) -> Result<Option<Hover>, ResponseError> {
    let position = params.text_document_position_params;
    let Some(document) = server.store.get(&position.text_document.uri) else {
        return Ok(None);
    };
    let unit = server.client.unit;
    let offset = document.offset(position.position, unit);
    let here: Vec<_> = document
        .findings()
        .iter()
        .filter(|f| {
            let span = f.span;
            span.offset() <= offset
                && (offset < span.end() || span.is_empty() && offset == span.offset())
        })
        .collect();
    let Some(first) = here.first() else {
        return Ok(None);
    };
    let mut blocks: Vec<String> = Vec::new();
    let mut rules_shown = Vec::new();
    for finding in &here {
        let mut block = format!(
            "**planlint** `{}` ({})\n\n{}",
            finding.rule, finding.severity, finding.message
        );
        if let Some(help) = &finding.help {
            block.push_str("\n\n");
            block.push_str(&crate::t!(
                crate::i18n::messages(document.language()),
                "hover-help",
                help = help.as_str()
            ));
        }
        if !rules_shown.contains(&finding.rule)
            && let Some(rule) = registry::find(finding.rule)
        {
            rules_shown.push(finding.rule);
            block.push_str("\n\n");
            block.push_str(&rule.docs_in(document.language()));
        }
        blocks.push(block);
    }
    let kind = if server.client.markdown {
        MarkupKind::Markdown
    } else {
        MarkupKind::PlainText
    };
    Ok(Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind,
            value: blocks.join("\n\n---\n\n"),
        }),
        range: Some(document.range(first.span, unit)),
    }))
}
