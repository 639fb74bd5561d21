//! The command line: `planlint check`, `parse`, `rule`, `lsp`,
//! `completions` and `man`.
//!
//! Exit codes follow ruff and ESLint: 0 no error-level finding, 1 findings,
//! 2 usage, configuration, I/O or decoding errors.

use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};

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

/// The version, with the commit it was built from when known (build.rs
/// sets it: `0.1.0 (abc1234 2026-11-24)`, or `0.1.0` without git).
const VERSION: &str = env!("PLANLINT_VERSION");

/// Where the documentation is.
pub const DOCS: &str = "https://github.com/planlint/planlint#readme";

const AFTER_HELP: &str = "\
Examples:
  planlint check                       check the plans under the current folder
  planlint check plans/ --format concise
  planlint check 'plans/**/*.{txt,tsv}' --select ALL --ignore number-sequence
  planlint check --show-settings plans/itc.txt
  cat plan.txt | planlint check --stdin-filename plans/plan.txt
  planlint rule malformed-date          explain a rule
  planlint completions bash > ~/.local/share/bash-completion/completions/planlint

Exit codes:
  0  no error-level finding (warnings and info do not fail; see --deny-warnings)
  1  at least one error-level finding
  2  usage, configuration, I/O or decoding error

Documentation: https://github.com/planlint/planlint#readme";

const CHECK_AFTER_HELP: &str = "\
Examples:
  planlint check plans/ --format concise
  planlint check 'plans/**/*.{txt,tsv}' --extend-select html-markup
  planlint check --show-files
  planlint check --format sarif -o planlint.sarif --exit-zero

Exit codes: 0 no error-level finding, 1 findings, 2 usage, configuration, I/O or decoding error.
Documentation: https://github.com/planlint/planlint#readme";

/// A linter for the Open Data Plans of the Hong Kong Government.
#[derive(Debug, Parser)]
#[command(
    name = "planlint",
    version = VERSION,
    about,
    long_about = None,
    propagate_version = true,
    after_help = AFTER_HELP
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check plans and report what is wrong in them.
    #[command(after_help = CHECK_AFTER_HELP)]
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
    /// Print a shell completion script: `source <(planlint completions bash)`.
    Completions(CompletionsArgs),
    /// Print the man page (roff): `planlint man | man -l -`.
    Man,
}

/// Arguments of `planlint completions`.
#[derive(Debug, clap::Args)]
struct CompletionsArgs {
    /// The shell to complete in.
    #[arg(value_enum)]
    shell: clap_complete::Shell,
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
    /// Colour when the output is a terminal that supports it (not
    /// `TERM=dumb`) and `NO_COLOR` is unset, or when `FORCE_COLOR` or
    /// `CLICOLOR_FORCE` is set.
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
        self.enabled_for(&std::io::stdout())
    }

    /// Whether to colour standard error.
    #[must_use]
    pub fn enabled_on_stderr(self) -> bool {
        self.enabled_for(&std::io::stderr())
    }

    /// Whether to colour `stream`: `NO_COLOR` wins, then `FORCE_COLOR`, then
    /// what `anstream` decides from `CLICOLOR_FORCE`, `CLICOLOR`, `TERM` and
    /// whether the stream is a terminal.
    fn enabled_for<S: anstream::stream::RawStream>(self, stream: &S) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                if anstyle_query::no_color() {
                    false
                } else if force_color() {
                    true
                } else {
                    anstream::AutoStream::choice(stream) != anstream::ColorChoice::Never
                }
            }
        }
    }
}

/// `FORCE_COLOR` set to anything but empty, `0` or `false`.
fn force_color() -> bool {
    std::env::var("FORCE_COLOR").is_ok_and(|v| !v.is_empty() && v != "0" && v != "false")
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
        Command::Completions(args) => completions(args.shell),
        Command::Man => man(),
    };
    ExitCode::from(code)
}

/// The command line's definition, for completions and the man page.
#[must_use]
pub fn command() -> clap::Command {
    Cli::command()
}

fn completions(shell: clap_complete::Shell) -> u8 {
    let mut out = std::io::stdout().lock();
    clap_complete::generate(shell, &mut command(), "planlint", &mut out);
    SUCCESS
}

/// The man page, in roff: planlint(1), with a section per subcommand,
/// dated by the release only (`docs/planlint.1` is committed).
pub fn man_page(out: &mut dyn std::io::Write) -> std::io::Result<()> {
    // The release, not the commit: the committed page stays current.
    let command = command().version(env!("CARGO_PKG_VERSION"));
    let man = clap_mangen::Man::new(command.clone());
    man.render_title(out)?;
    man.render_name_section(out)?;
    man.render_synopsis_section(out)?;
    man.render_description_section(out)?;
    man.render_options_section(out)?;
    man.render_subcommands_section(out)?;
    for sub in command.get_subcommands().filter(|s| s.get_name() != "help") {
        let name = format!("planlint {}", sub.get_name());
        let sub = sub.clone().bin_name(name);
        let page = clap_mangen::Man::new(sub.clone());
        let mut roff = clap_mangen::roff::Roff::new();
        roff.control("SH", [sub.get_name().to_uppercase().as_str()]);
        out.write_all(roff.to_roff().as_bytes())?;
        page.render_synopsis_section(out)?;
        page.render_description_section(out)?;
        page.render_options_section(out)?;
    }
    man.render_extra_section(out)?;
    man.render_version_section(out)?;
    Ok(())
}

fn man() -> u8 {
    let mut out = std::io::stdout().lock();
    match man_page(&mut out) {
        Ok(()) => SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => SUCCESS,
        Err(e) => {
            error(&format!("cannot write output: {e}"));
            TROUBLE
        }
    }
}

/// Prints an error to standard error in the same shape as every other.
pub(crate) fn error(message: &str) {
    say(format_args!("planlint: error: {message}"));
}

/// Writes `planlint: error: <message>` to standard error, `error` in
/// `language` (`planlint: 錯誤：…`).
pub(crate) fn error_in(language: crate::model::Language, message: &str) {
    let heading = crate::i18n::messages(language).get("error-heading", &[]);
    say(format_args!("planlint: {heading}{message}"));
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
