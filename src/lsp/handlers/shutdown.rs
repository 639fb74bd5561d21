//! `shutdown`: stop serving and wait for `exit`.

use lsp_server::ResponseError;

use crate::lsp::server::{Phase, Server};

/// Answers `shutdown`; from now on only `exit` is honoured.
pub fn handle(server: &mut Server, _params: ()) -> Result<(), ResponseError> {
    server.phase = Phase::ShuttingDown;
    Ok(())
}
