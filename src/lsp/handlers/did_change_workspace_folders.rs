//! `workspace/didChangeWorkspaceFolders`: folders added to or removed from
//! the workspace (unsaved buffers take the first folder's config).

use lsp_types::DidChangeWorkspaceFoldersParams;

use crate::lsp::server::Server;
use crate::lsp::uri;

/// Updates the folders and re-checks.
pub fn handle(server: &mut Server, params: DidChangeWorkspaceFoldersParams) {
    let folders = &mut server.configs.workspace;
    let lsp_types::WorkspaceFoldersChangeEvent { added, removed } = params.event;
    for removed in removed {
        if let Some(path) = uri::to_path(&removed.uri) {
            folders.retain(|f| *f != path);
        }
    }
    for added in added {
        if let Some(path) = uri::to_path(&added.uri)
            && !folders.contains(&path)
        {
            folders.push(path);
        }
    }
    server.reload();
}
