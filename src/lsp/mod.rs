//! `planlint lsp`: a language server over standard input and output.
//!
//! Editors send the text of open plans; the server checks it with the same
//! rules, the same `planlint.toml` discovery and the same line index as
//! `planlint check`, and publishes the findings as diagnostics. Positions are
//! counted in UTF-8 bytes when the client offers it, otherwise in UTF-16 code
//! units, as LSP 3.17 asks.
//!
//! - [`transport`]: the base protocol's framing, forgiving of bad input.
//! - [`server`]: the loop and the dispatch to [`handlers`], one per method.
//! - [`store`]: the open documents; [`settings`]: which config applies.
//! - [`publish`]: findings as LSP diagnostics.
//! - [`workspace`]: the plans an open plan is compared with.

pub mod handlers;
pub mod publish;
pub mod server;
pub mod settings;
pub mod store;
pub mod transport;
pub mod uri;
pub mod workspace;

pub use publish::{ClientOptions, recheck};
pub use server::Server;
pub use store::Document;

/// Serves on standard input and output until `exit` or the end of input;
/// returns the process exit code.
#[must_use]
pub fn run() -> u8 {
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let mut server = Server::new(Box::new(std::io::stdout()));
    transport::log(concat!(
        "planlint ",
        env!("CARGO_PKG_VERSION"),
        " language server started"
    ));
    server.serve(&mut input)
}
