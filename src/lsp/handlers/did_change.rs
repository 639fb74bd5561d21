//! `textDocument/didChange`: apply the edits (whole or ranged) and re-check.

use lsp_types::DidChangeTextDocumentParams;

use crate::lsp::server::Server;
use crate::lsp::transport::log;

/// Applies the changes in the negotiated encoding and publishes the new findings.
pub fn handle(server: &mut Server, params: DidChangeTextDocumentParams) {
    let uri = params.text_document.uri;
    let unit = server.client.unit;
    let Some(document) = server.store.get_mut(&uri) else {
        log(&format!(
            "a change to `{}`, which is not open",
            uri.as_str()
        ));
        return;
    };
    document.apply_changes(params.text_document.version, params.content_changes, unit);
    server.check(&uri);
}
