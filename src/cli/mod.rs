//! The command line: `planlint check`, `parse`, `rule`, `lsp`.
//!
//! Exit codes follow ruff and ESLint: 0 no error-level finding, 1 findings,
//! 2 usage, configuration, I/O or decoding errors.

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

mod check;
mod files;
mod format;
mod ledger;
mod parse;
mod report;
mod rule;

pub use format::{Format, reporter};

/// Exit code: nothing wrong.
pub const SUCCESS: u8 = 0;
/// Exit code: at least one error-level finding (or warning with `--deny-warnings`).
pub const FINDINGS: u8 = 1;
/// Exit code: usage, configuration, I/O or decoding error.
pub const TROUBLE: u8 = 2;

/// A linter for the Open Data Plans of the Hong Kong Government.
#[derive(Debug, Parser)]
#[command(name = "planlint", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check plans and report what is wrong in them.
    Check(check::CheckArgs),
    /// Parse plans and print their structure (JSON for export, or an outline).
    Parse(parse::ParseArgs),
    /// Show the documentation of a rule, or list every rule.
    Rule(rule::RuleArgs),
    /// List every promise of every issuer's plans with what became of it:
    /// released on time or late, rescheduled, overdue, pending or dropped.
    Ledger(ledger::LedgerArgs),
    /// Write the plans, their findings and their promises as one web page.
    Report(report::ReportArgs),
    /// Run the language server on standard input and output, for editors.
    Lsp(LspArgs),
}

/// Arguments of `planlint lsp`.
#[derive(Debug, clap::Args)]
struct LspArgs {
    /// Accepted for editor clients that pass it; standard input and output
    /// are the only transport.
    #[arg(long)]
    stdio: bool,
}

/// When to colour output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum ColorChoice {
    /// Colour when standard output is a terminal and `NO_COLOR` is unset.
    #[default]
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

impl ColorChoice {
    /// Whether to colour standard output.
    #[must_use]
    pub fn enabled(self) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::io::stdout().is_terminal()
            }
        }
    }
}

/// Runs the command line and returns the process exit code.
#[must_use]
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { TROUBLE } else { SUCCESS });
        }
    };
    let code = match cli.command {
        Command::Check(args) => check::run(&args),
        Command::Parse(args) => parse::run(&args),
        Command::Rule(args) => rule::run(&args),
        Command::Ledger(args) => ledger::run(&args),
        Command::Report(args) => report::run(&args),
        Command::Lsp(_) => crate::lsp::run(),
    };
    ExitCode::from(code)
}

/// Prints an error to standard error in the same shape as every other.
pub(crate) fn error(message: &str) {
    say(format_args!("planlint: error: {message}"));
}

/// Writes a line to standard error. A closed or full standard error is no
/// reason to stop (`eprintln!` would panic): the message is dropped, and
/// the exit code still tells what happened.
pub(crate) fn say(line: std::fmt::Arguments<'_>) {
    use std::io::Write as _;
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}

/// Maps the result of writing a command's output to its exit code: a reader
/// that went away (`planlint rule --all | head`) is no error; any other
/// failure (a full disk) is reported, and the run fails with `TROUBLE`.
pub(crate) fn written(result: std::io::Result<()>, code: u8) -> u8 {
    match result {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            error(&format!("cannot write output: {e}"));
            TROUBLE
        }
        _ => code,
    }
}
