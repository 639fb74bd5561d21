//! `workspace/didChangeWatchedFiles`: a `planlint.toml` was created, changed
//! or deleted on disk.

use lsp_types::DidChangeWatchedFilesParams;

use crate::lsp::server::Server;
use crate::lsp::uri;

/// Reloads the configs when a `planlint.toml` changed.
pub fn handle(server: &mut Server, params: DidChangeWatchedFilesParams) {
    if params
        .changes
        .into_iter()
        .any(|change| uri::is_config(&change.uri))
    {
        server.reload();
    }
}
