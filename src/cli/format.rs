//! `--format`: the output formats of `planlint check`, and the one place
//! that builds a reporter for each from the command line and environment.

use crate::report::{
    Checkstyle, Concise, Github, Gitlab, Json, Junit, Options, Pretty, Rdjson, Reporter, Sarif,
};
use crate::rules::registry;

/// The formats `--format` accepts for `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Source excerpts with labels and help, for people.
    Pretty,
    /// One line per finding: `path:line:col: severity[rule] message`.
    Concise,
    /// planlint's JSON (columns in Unicode scalar values).
    Json,
    /// GitHub Actions workflow commands (`::error file=…`), errors first; with
    /// `GITHUB_STEP_SUMMARY` set, also a Markdown job summary of every finding.
    Github,
    /// SARIF 2.1.0 for GitHub code scanning (columns in UTF-16 code units).
    Sarif,
    /// GitLab Code Quality JSON.
    Gitlab,
    /// JUnit XML: a test suite per file, a failing test case per finding.
    Junit,
    /// Checkstyle XML.
    Checkstyle,
    /// reviewdog's rdjson (columns in UTF-8 bytes).
    Rdjson,
    /// reviewdog's rdjsonl: one rdjson diagnostic per line.
    Rdjsonl,
}

impl Format {
    /// The name `--format` takes for it.
    #[must_use]
    pub fn name(self) -> String {
        clap::ValueEnum::to_possible_value(&self)
            .map(|v| v.get_name().to_owned())
            .unwrap_or_default()
    }
}

/// The reporter for `format`. The GitHub format writes its job summary to
/// the file `GITHUB_STEP_SUMMARY` names; SARIF describes every rule.
#[must_use]
pub fn reporter(format: Format, options: Options) -> Box<dyn Reporter> {
    match format {
        Format::Pretty => Box::new(Pretty::new(options)),
        Format::Concise => Box::new(Concise::new(options)),
        Format::Json => Box::new(Json::default()),
        Format::Github => Box::new(Github::new(
            std::env::var_os("GITHUB_STEP_SUMMARY")
                .filter(|v| !v.is_empty())
                .map(std::path::PathBuf::from),
        )),
        Format::Sarif => Box::new(Sarif::new(registry::all())),
        Format::Gitlab => Box::new(Gitlab::default()),
        Format::Junit => Box::new(Junit),
        Format::Checkstyle => Box::new(Checkstyle),
        Format::Rdjson => Box::new(Rdjson::new(false)),
        Format::Rdjsonl => Box::new(Rdjson::new(true)),
    }
}
