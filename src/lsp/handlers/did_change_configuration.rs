//! `workspace/didChangeConfiguration`: planlint has no editor settings of its
//! own; the notification is taken as a hint to read the config files again.

use lsp_types::DidChangeConfigurationParams;

use crate::lsp::server::Server;

/// Reloads every config and re-checks every open plan.
pub fn handle(server: &mut Server, _params: DidChangeConfigurationParams) {
    server.reload();
}
