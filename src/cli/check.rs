//! `planlint check`: check plans in parallel and stream findings in order.

use std::io::{self, BufWriter, Read, Write};
use std::path::PathBuf;
use std::sync::Arc;

use clap::Args;
use rayon::prelude::*;

use super::files::{self, Input, Resolver};
use super::{ColorChoice, FINDINGS, SUCCESS, TROUBLE};
use crate::config::{ConfigError, RuleSelection, Settings};
use crate::diagnostic::{Diagnostic, Severity};
use crate::line_index::LineIndex;
use crate::report::{self, FileReport, Format, Options, Summary};

/// Files are checked this many at a time, so memory stays bounded by the
/// largest files, not by how many there are.
const BATCH: usize = 256;

/// Arguments of `planlint check`.
#[derive(Debug, Args)]
#[allow(clippy::struct_excessive_bools)] // Each is a command-line flag.
pub struct CheckArgs {
    /// Files, folders (walked for `*.txt` and `*.tsv` plans), glob patterns,
    /// or `-` for standard input. Default: the current folder.
    pub paths: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Pretty)]
    pub format: Format,
    /// Run only these rules (comma-separated ids).
    #[arg(long, value_delimiter = ',', value_name = "RULE")]
    pub select: Vec<String>,
    /// Do not run these rules (comma-separated ids).
    #[arg(long, value_delimiter = ',', value_name = "RULE")]
    pub ignore: Vec<String>,
    /// Use this config file instead of discovering `planlint.toml`.
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    pub config: Option<PathBuf>,
    /// Use no config file: default rules and vocabularies only.
    #[arg(long)]
    pub no_config: bool,
    /// The name to report standard input (`-`) under, and to find its config by.
    #[arg(long, value_name = "PATH")]
    pub stdin_filename: Option<String>,
    /// Exit with 1 on warnings too.
    #[arg(long)]
    pub deny_warnings: bool,
    /// Apply the fixes planlint offers (a malformed date it can read, a
    /// frequency with one near spelling, leftover markup) to the files, then
    /// report what is left. Review the changes before committing them.
    #[arg(long)]
    pub fix: bool,
    /// Print how many findings each rule made instead of the findings.
    #[arg(long)]
    pub statistics: bool,
    /// When to colour the output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

/// The settings for a file, or the config error that stands in their way.
type Resolved = Result<Arc<Settings>, Arc<ConfigError>>;

/// One checked file, or why it could not be checked.
enum Outcome {
    Checked {
        path: String,
        source: String,
        diagnostics: Vec<Diagnostic>,
        fixed: usize,
    },
    Failed(String),
    BadConfig(Arc<ConfigError>),
}

/// Runs `planlint check` and returns the exit code.
pub fn run(args: &CheckArgs) -> u8 {
    let selection = RuleSelection {
        select: args.select.clone(),
        ignore: args.ignore.clone(),
    };
    let unknown = selection.unknown();
    if !unknown.is_empty() {
        super::error(&format!(
            "unknown rule{} {}; `planlint rule --all` lists them",
            if unknown.len() == 1 { "" } else { "s" },
            unknown
                .iter()
                .map(|u| format!("`{u}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ));
        return TROUBLE;
    }
    let mut resolver = match Resolver::new(args.config.as_deref(), args.no_config, selection) {
        Ok(r) => r,
        Err(e) => {
            report_config_error(&e);
            return TROUBLE;
        }
    };
    let (inputs, problems) =
        files::collect(&args.paths, args.stdin_filename.as_deref(), &mut resolver);
    let mut trouble = !problems.is_empty();
    for p in &problems {
        super::error(p);
    }
    let jobs: Vec<(Input, Resolved)> = inputs
        .into_iter()
        .map(|input| {
            let settings = resolver.for_dir(&input.dir());
            (input, settings)
        })
        .collect();

    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let options = Options {
        color: args.color.enabled(),
        width: None,
    };
    let mut reporter = report::reporter(args.format, options);
    let mut summary = Summary::default();
    let mut failing = false;
    // Fixes applied, and files they were applied to.
    let mut fixes = (0, 0);
    let result = (|| -> io::Result<()> {
        if !args.statistics {
            reporter.begin(&mut out)?;
        }
        for batch in jobs.chunks(BATCH) {
            let outcomes: Vec<Outcome> = batch
                .par_iter()
                .map(|(input, settings)| check_one(input, settings, args.fix))
                .collect();
            for outcome in outcomes {
                match outcome {
                    Outcome::Checked {
                        path,
                        source,
                        diagnostics,
                        fixed,
                    } => {
                        summary.add(&diagnostics);
                        if fixed > 0 {
                            fixes.0 += fixed;
                            fixes.1 += 1;
                        }
                        failing |= diagnostics.iter().any(|d| {
                            d.severity == Severity::Error
                                || (args.deny_warnings && d.severity == Severity::Warning)
                        });
                        if args.statistics {
                            continue;
                        }
                        // Positions are only ever computed for findings.
                        let index = if diagnostics.is_empty() {
                            LineIndex::new("")
                        } else {
                            LineIndex::new(&source)
                        };
                        reporter.file(
                            &mut out,
                            &FileReport {
                                path: &path,
                                source: &source,
                                index: &index,
                                diagnostics: &diagnostics,
                            },
                        )?;
                    }
                    Outcome::Failed(message) => {
                        out.flush()?;
                        super::error(&message);
                        trouble = true;
                    }
                    Outcome::BadConfig(error) => {
                        if resolver.first_report(&error) {
                            out.flush()?;
                            report_config_error(&error);
                        }
                        trouble = true;
                    }
                }
            }
        }
        if args.statistics {
            statistics(&mut out, &summary, args.format)?;
        } else {
            reporter.end(&mut out, &summary)?;
        }
        out.flush()
    })();
    if let Err(e) = result
        && e.kind() != io::ErrorKind::BrokenPipe
    {
        super::error(&format!("cannot write output: {e}"));
        return TROUBLE;
    }
    if args.fix {
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        super::say(format_args!(
            "planlint: fixed {} problem{} in {} file{}",
            fixes.0,
            plural(fixes.0),
            fixes.1,
            plural(fixes.1)
        ));
    }
    if trouble {
        TROUBLE
    } else if failing {
        FINDINGS
    } else {
        SUCCESS
    }
}

fn check_one(input: &Input, settings: &Resolved, fix: bool) -> Outcome {
    let settings = match settings {
        Ok(s) => s,
        Err(e) => return Outcome::BadConfig(e.clone()),
    };
    let path = input.display();
    let bytes = match input {
        Input::File(p) => match std::fs::read(p) {
            Ok(b) => b,
            Err(e) => return Outcome::Failed(format!("{path}: cannot read: {e}")),
        },
        Input::Stdin(_) => {
            let mut b = Vec::new();
            if let Err(e) = io::stdin().lock().read_to_end(&mut b) {
                return Outcome::Failed(format!("{path}: cannot read standard input: {e}"));
            }
            b
        }
    };
    let (mut source, utf8) = match crate::decode(&bytes) {
        Ok(std::borrow::Cow::Borrowed(text)) => (text.to_owned(), true),
        Ok(std::borrow::Cow::Owned(text)) => (text, false),
        Err(e) => return Outcome::Failed(format!("{path}: {e}")),
    };
    let lint = |source: &str| {
        crate::lint(
            source,
            &crate::syntax::parse_with(source, &settings.vocab),
            settings,
        )
    };
    let mut diagnostics = lint(&source);
    let mut fixed = 0;
    // Only UTF-8 files on disk are rewritten: writing a UTF-16 file back
    // as UTF-8 would change more than the fix.
    if let (true, true, Input::File(file)) = (fix, utf8, input) {
        // A fix skipped for overlapping another is tried on the next pass.
        for _ in 0..3 {
            let (text, applied) = crate::diagnostic::apply_fixes(&source, &diagnostics);
            if applied == 0 {
                break;
            }
            if let Err(e) = std::fs::write(file, &text) {
                return Outcome::Failed(format!("{path}: cannot write the fixes: {e}"));
            }
            source = text;
            diagnostics = lint(&source);
            fixed += applied;
        }
    }
    Outcome::Checked {
        path,
        source,
        diagnostics,
        fixed,
    }
}

fn statistics(out: &mut dyn Write, summary: &Summary, format: Format) -> io::Result<()> {
    let mut rows: Vec<(&str, usize)> = summary.by_rule.iter().map(|(r, n)| (*r, *n)).collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    if format == Format::Json {
        let list: Vec<_> = rows
            .iter()
            .map(|(rule, count)| serde_json::json!({"rule": rule, "count": count}))
            .collect();
        serde_json::to_writer(
            &mut *out,
            &serde_json::json!({"version": 1, "statistics": list}),
        )?;
        return writeln!(out);
    }
    for (rule, count) in &rows {
        writeln!(out, "{count:>6}  {rule}")?;
    }
    writeln!(
        out,
        "{:>6}  total in {} file{}",
        rows.iter().map(|r| r.1).sum::<usize>(),
        summary.files,
        if summary.files == 1 { "" } else { "s" }
    )
}

/// Prints a config error as a miette report pointing into the TOML.
pub(crate) fn report_config_error(error: &ConfigError) {
    use miette::{
        GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic, NamedSource,
    };
    let mut diagnostic =
        MietteDiagnostic::new(format!("invalid config: {}", error.message)).with_code("config");
    if let Some(span) = error.span {
        diagnostic = diagnostic.with_label(LabeledSpan::new_primary_with_span(
            Some("here".to_owned()),
            (span.offset, span.length),
        ));
    }
    let report = miette::Report::new(diagnostic).with_source_code(NamedSource::new(
        error.path.display().to_string(),
        error.source.clone(),
    ));
    let theme = if ColorChoice::Auto.enabled() {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let mut text = String::new();
    if GraphicalReportHandler::new_themed(theme)
        .render_report(&mut text, report.as_ref())
        .is_ok()
    {
        super::say(format_args!("{text}"));
    } else {
        super::error(&error.to_string());
    }
}
