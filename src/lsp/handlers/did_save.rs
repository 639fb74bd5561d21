//! `textDocument/didSave`: a saved plan is re-checked; a saved `planlint.toml`
//! reloads every config and re-checks every open plan.

use lsp_types::DidSaveTextDocumentParams;

use crate::lsp::server::Server;

/// Re-checks after a save.
pub fn handle(server: &mut Server, params: DidSaveTextDocumentParams) {
    let uri = params.text_document.uri;
    let is_config = uri
        .as_str()
        .rsplit('/')
        .next()
        .is_some_and(|name| name == crate::config::FILE_NAME);
    if is_config {
        server.reload();
    } else {
        server.check(&uri);
    }
}
