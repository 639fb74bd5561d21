//! `textDocument/didClose`: forget the text and clear its findings.

use lsp_types::DidCloseTextDocumentParams;

use crate::lsp::server::Server;

/// Drops the document and publishes an empty list for it.
pub fn handle(server: &mut Server, params: DidCloseTextDocumentParams) {
    let uri = params.text_document.uri;
    server.store.close(&uri);
    server.publish_diagnostics(uri, Vec::new(), None);
}
