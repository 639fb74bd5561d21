//! `textDocument/didSave`: a saved plan is re-checked; a saved `planlint.toml`
//! reloads every config and re-checks every open plan.

use lsp_types::DidSaveTextDocumentParams;

use crate::lsp::server::Server;
use crate::lsp::uri;

/// Re-checks after a save.
pub fn handle(server: &mut Server, params: DidSaveTextDocumentParams) {
    let uri = params.text_document.uri;
    if uri::is_config(&uri) {
        server.reload();
    } else {
        server.check(&uri);
    }
}
