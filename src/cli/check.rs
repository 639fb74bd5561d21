//! `planlint check`: find the files, resolve their settings, run the engine,
//! hand its findings to the chosen reporter, and map the result to an exit code.

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;

use clap::Args;

use super::files;
use super::format::{Format, reporter};
use super::{ColorChoice, FINDINGS, SUCCESS, TROUBLE};
use crate::config::{ConfigError, Resolver, RuleSelection};
use crate::diagnostic::Severity;
use crate::engine::{self, Engine, Event, Input, Origin};
use crate::report::{FileReport, Options, Summary, plural};

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
            plural(unknown.len()),
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
    let (found, problems) =
        files::collect(&args.paths, args.stdin_filename.as_deref(), &mut resolver);
    let mut trouble = !problems.is_empty();
    for p in &problems {
        super::error(p);
    }
    let to_input = |input: files::Input, checked: bool, resolver: &mut Resolver| Input {
        path: input.display(),
        settings: resolver.for_dir(&input.dir()),
        origin: match input {
            files::Input::File(path) => Origin::File(path),
            files::Input::Stdin(_) => Origin::Stdin,
        },
        checked,
    };
    let engine = Engine::new();
    let mut inputs: Vec<Input> = found
        .iter()
        .cloned()
        .map(|input| to_input(input, true, &mut resolver))
        .collect();
    // Workspace rules compare the checked plans with the plans beside them.
    if engine.workspace_on(&inputs) {
        for input in files::workspace(&found, &mut resolver) {
            let input = to_input(input, false, &mut resolver);
            inputs.push(input);
        }
    }

    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let options = Options {
        color: args.color.enabled(),
        width: None,
    };
    let mut reporter = reporter(args.format, options);
    let mut summary = Summary::default();
    let mut failing = false;
    let mut reported_configs: Vec<PathBuf> = Vec::new();
    // Fixes applied, and files they were applied to.
    let mut fixes = (0, 0);
    let result = (|| -> io::Result<()> {
        if !args.statistics {
            reporter.begin(&mut out)?;
        }
        let engine_options = engine::Options {
            fix: args.fix,
            roots: if args.fix {
                checked_folders(&args.paths)
            } else {
                Vec::new()
            },
        };
        engine.run::<io::Error>(&inputs, &engine_options, &mut |event, files| {
            match event {
                Event::Checked(report) => {
                    summary.add(report.diagnostics);
                    if report.fixed > 0 {
                        fixes.0 += report.fixed;
                        fixes.1 += 1;
                    }
                    failing |= report.diagnostics.iter().any(|d| {
                        d.severity == Severity::Error
                            || (args.deny_warnings && d.severity == Severity::Warning)
                    });
                    if args.statistics {
                        return Ok(());
                    }
                    reporter.file(
                        &mut out,
                        &FileReport {
                            path: report.path,
                            source: report.source,
                            index: report.index,
                            diagnostics: report.diagnostics,
                            others: files,
                        },
                    )?;
                }
                Event::Failed { message, .. } => {
                    out.flush()?;
                    super::error(&message);
                    trouble = true;
                }
                Event::BadConfig(error) => {
                    if !reported_configs.contains(&error.path) {
                        reported_configs.push(error.path.clone());
                        out.flush()?;
                        report_config_error(error);
                    }
                    trouble = true;
                }
            }
            Ok(())
        })?;
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

/// The folders `paths` name, canonical, for `--fix` to stay inside: a
/// folder itself, a file's folder, a glob's folder before its first
/// wildcard; the current folder when no path is given.
fn checked_folders(paths: &[String]) -> Vec<PathBuf> {
    let current = [".".to_owned()];
    let paths = if paths.is_empty() {
        &current[..]
    } else {
        paths
    };
    paths
        .iter()
        .filter(|p| *p != "-")
        .filter_map(|p| {
            let path = std::path::Path::new(p);
            let folder = if path.is_dir() {
                path.to_owned()
            } else if path.exists() {
                path.parent()
                    .map(std::path::Path::to_owned)
                    .unwrap_or_default()
            } else {
                // A glob: the folders before its first wildcard.
                let literal = &p[..p.find(['*', '?', '[', '{']).unwrap_or(p.len())];
                let cut = literal.rfind('/').map_or(0, |i| i + 1);
                PathBuf::from(&literal[..cut])
            };
            let folder = if folder.as_os_str().is_empty() {
                PathBuf::from(".")
            } else {
                folder
            };
            std::fs::canonicalize(folder).ok()
        })
        .collect()
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
        plural(summary.files)
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
        let index = crate::line_index::LineIndex::new(&error.source);
        if crate::report::drawable(&error.source, &index, span) {
            diagnostic = diagnostic.with_label(LabeledSpan::new_primary_with_span(
                Some("here".to_owned()),
                (span.offset, span.length),
            ));
        } else {
            // miette panics drawing a label past display column 65,535.
            let at = index.position(
                &error.source,
                span.offset,
                crate::line_index::ColumnUnit::Chars,
            );
            diagnostic = diagnostic.with_help(format!(
                "note: at {}:{}:{}; the line is too long to show",
                error.path.display(),
                at.line + 1,
                at.column + 1
            ));
        }
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
