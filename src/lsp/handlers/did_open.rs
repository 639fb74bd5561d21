//! `textDocument/didOpen`: keep the text and publish its findings.

use lsp_types::DidOpenTextDocumentParams;

use crate::lsp::server::Server;
use crate::lsp::store::Document;

/// Stores the opened document and checks it.
pub fn handle(server: &mut Server, params: DidOpenTextDocumentParams) {
    let item = params.text_document;
    let uri = item.uri.clone();
    server
        .store
        .open(Document::new(item.uri, item.version, item.text));
    server.check(&uri);
}
