//! `workspace/didChangeWatchedFiles`: a `planlint.toml` was created, changed
//! or deleted on disk.

use lsp_types::DidChangeWatchedFilesParams;

use crate::lsp::server::Server;

/// Reloads the configs when a `planlint.toml` changed.
pub fn handle(server: &mut Server, params: DidChangeWatchedFilesParams) {
    let config_changed = params.changes.into_iter().any(|change| {
        change
            .uri
            .as_str()
            .rsplit('/')
            .next()
            .is_some_and(|name| name == crate::config::FILE_NAME)
    });
    if config_changed {
        server.reload();
    }
}
