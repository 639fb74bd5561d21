//! `planlint check`: find the files, resolve their settings, run the engine,
//! hand its findings to the chosen reporter, and map the result to an exit code.

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use clap::Args;

use super::files;
use super::format::{Format, reporter};
use super::{ColorChoice, FINDINGS, SUCCESS, TROUBLE};
use crate::config::{ConfigError, Resolver, RuleSelection, Settings};
use crate::diagnostic::{Applicability, Severity};
use crate::engine::{self, Engine, Event, Input, Origin};
use crate::i18n::Lang;
use crate::model::Language;
use crate::report::{FileReport, Options, Summary, Unreadable};
use crate::rules::registry;
use crate::source::Encoding;

/// Arguments of `planlint check`.
#[derive(Debug, Args)]
#[allow(clippy::struct_excessive_bools)] // Each is a command-line flag.
pub struct CheckArgs {
    /// Files, folders (walked for `*.txt` and `*.tsv` plans, skipping what
    /// `.gitignore` names, hidden folders, `target/` and `node_modules/`),
    /// glob patterns (`'plans/**/*.{txt,tsv}'`), or `-` for standard input.
    /// Default: the current folder, or standard input with `--stdin-filename`.
    /// A named or matched file that cannot be checked is reported, with
    /// why, in every format, and the run exits with 2.
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Pretty)]
    pub format: Format,
    /// Write the report to this file instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output_file: Option<PathBuf>,
    /// Run only these rules (comma-separated ids; `ALL` for every rule).
    #[arg(long, value_delimiter = ',', value_name = "RULE")]
    pub select: Vec<String>,
    /// Run these rules too, besides the configured or selected ones.
    #[arg(long, value_delimiter = ',', value_name = "RULE")]
    pub extend_select: Vec<String>,
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
    /// Read files without a byte order mark in this encoding (over
    /// `encoding` in planlint.toml): `utf-8` or `big5-hkscs`.
    #[arg(long, value_name = "ENCODING")]
    pub encoding: Option<Encoding>,
    /// Apply `[files] exclude` to files named on the command line too (for
    /// pre-commit and editors, which pass file names).
    #[arg(long)]
    pub force_exclude: bool,
    /// Exit with 1 on warnings too.
    #[arg(long)]
    pub deny_warnings: bool,
    /// Exit with 0 even when there are error-level findings (2 still means
    /// trouble).
    #[arg(long)]
    pub exit_zero: bool,
    /// Print the findings and nothing else: no summary line.
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// Apply the fixes planlint offers (a malformed date it can read, a
    /// frequency with one near spelling, leftover markup) to the files, then
    /// report what is left. Review the changes before committing them.
    #[arg(long)]
    pub fix: bool,
    /// With `--fix` or `--diff`, also apply the unsafe fixes: guesses such
    /// as the nearest spelling of a frequency. Review them before committing.
    #[arg(long)]
    pub unsafe_fixes: bool,
    /// Print a unified diff of what `--fix` would write, and write nothing.
    /// Exits with 1 when there is a diff.
    #[arg(long, conflicts_with_all = ["fix", "statistics"])]
    pub diff: bool,
    /// Print how many findings each rule made instead of the findings (a
    /// table, or JSON with `--format json`).
    #[arg(long)]
    pub statistics: bool,
    /// Print the settings that apply to FILE (the planlint.toml, the rules
    /// and their severities, the vocabulary additions) and exit.
    #[arg(long, value_name = "FILE", conflicts_with = "show_files")]
    pub show_settings: Option<PathBuf>,
    /// Print the files a check would read, and what it skips and why, and exit.
    #[arg(long)]
    pub show_files: bool,
    /// When to colour the output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// The language of messages: `auto` (each plan's own, the default),
    /// `en`, `zh-Hant` or `zh-Hans`; overrides `lang` in planlint.toml.
    #[arg(long, value_name = "LANG", env = "PLANLINT_LANG")]
    pub lang: Option<Lang>,
}

/// Rule ids from a comma-separated flag, spaces around them trimmed.
fn ids(values: &[String]) -> Vec<String> {
    values
        .iter()
        .map(|v| v.trim())
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Whether `--statistics` can be printed in `format`.
fn carries_statistics(format: Format) -> bool {
    matches!(format, Format::Pretty | Format::Concise | Format::Json)
}

/// Runs `planlint check` and returns the exit code.
pub fn run(args: &CheckArgs) -> u8 {
    if args.statistics && !carries_statistics(args.format) {
        super::error(&format!(
            "`--statistics` prints a table or JSON, which `--format {}` cannot carry; use it with `--format pretty`, `concise` or `json`",
            args.format.name()
        ));
        return TROUBLE;
    }
    let selection = RuleSelection {
        select: ids(&args.select),
        extend_select: ids(&args.extend_select),
        ignore: ids(&args.ignore),
        encoding: args.encoding,
        lang: args.lang,
    };
    let unknown = selection.unknown();
    if !unknown.is_empty() {
        let language = args.lang.unwrap_or_default().or_system();
        super::error_in(
            language,
            &crate::config::unknown_rules_message(&unknown, language),
        );
        return TROUBLE;
    }
    let mut resolver = match Resolver::new(args.config.as_deref(), args.no_config, selection) {
        Ok(r) => r,
        Err(e) => {
            report_config_error(&e, args.lang);
            return TROUBLE;
        }
    };
    if let Some(file) = &args.show_settings {
        return show_settings(file, &mut resolver, args.lang);
    }
    let collected = files::collect(
        &args.paths,
        files::Options {
            stdin_name: args.stdin_filename.as_deref(),
            force_exclude: args.force_exclude,
            record_skipped: args.show_files,
            language: args.lang.unwrap_or_default().or_system(),
            // The engine knows a file it reads by its key (on Unix).
            same_files_later: cfg!(unix) && !args.fix && !args.show_files,
        },
        &mut resolver,
    );
    let mut trouble = !collected.problems.is_empty() || !collected.unreadable.is_empty();
    for p in &collected.problems {
        super::error(p);
    }
    if args.show_files {
        let mut out = io::stdout().lock();
        if let Err(e) = files::show(
            &collected,
            &mut out,
            args.lang.unwrap_or_default().or_system(),
        ) && e.kind() != io::ErrorKind::BrokenPipe
        {
            super::error(&format!("cannot write output: {e}"));
            return TROUBLE;
        }
        return if trouble { TROUBLE } else { SUCCESS };
    }
    let engine = Engine::new();
    // Workspace rules compare the checked plans with the plans beside them.
    let inputs = files::engine_inputs(&engine, &collected.inputs, &mut resolver);

    let (mut out, color): (BufWriter<Box<dyn Write>>, bool) = match &args.output_file {
        Some(path) => match std::fs::File::create(path) {
            Ok(file) => (
                BufWriter::new(Box::new(file)),
                args.color == ColorChoice::Always,
            ),
            Err(e) => {
                super::error(&format!("cannot write `{}`: {e}", path.display()));
                return TROUBLE;
            }
        },
        None => (
            BufWriter::new(Box::new(io::stdout().lock())),
            args.color.enabled(),
        ),
    };
    let options = Options { color, width: None };
    // A file that cannot be checked is reported by every format; on
    // standard error too, unless pretty or concise output already shows it
    // there on the terminal.
    let unreadable_on_stderr = args.output_file.is_some()
        || args.statistics
        || args.diff
        || !matches!(args.format, Format::Pretty | Format::Concise);
    let mut reporter = reporter(args.format, options);
    let mut summary = Summary::default();
    let mut failing = false;
    let mut reported_configs: Vec<PathBuf> = Vec::new();
    // Fixes applied, and files they were applied to.
    let mut fixes = (0, 0);
    // Files whose offered fixes could not be applied, with why and how many.
    let mut not_fixed: Vec<(String, &'static str, usize)> = Vec::new();
    let result = (|| -> io::Result<()> {
        if !args.statistics && !args.diff {
            reporter.begin(&mut out)?;
        }
        // Folders that could not be walked stand for the files in them.
        for (path, reason) in &collected.unreadable {
            summary.unreadable += 1;
            if unreadable_on_stderr {
                super::error_in(
                    args.lang.unwrap_or_default().or_system(),
                    &format!("{path}: {reason}"),
                );
            }
            if !args.statistics && !args.diff {
                reporter.unreadable(&mut out, &Unreadable { path, reason })?;
            }
        }
        let engine_options = engine::Options {
            fix: args.fix || args.diff,
            fix_level: if args.unsafe_fixes {
                Applicability::Unsafe
            } else {
                Applicability::Safe
            },
            dry_run: args.diff,
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
                    summary.language = Some(match (args.lang, summary.language) {
                        // Plans in several languages: the summary is English.
                        (None | Some(Lang::Auto), Some(seen)) if seen != report.language => {
                            Language::En
                        }
                        (Some(lang), _) => lang.resolve(report.language),
                        _ => report.language,
                    });
                    if report.fixed > 0 {
                        fixes.0 += report.fixed;
                        fixes.1 += 1;
                    }
                    if args.fix {
                        let offered = report
                            .diagnostics
                            .iter()
                            .filter(|d| d.fix.is_some())
                            .count();
                        let input = inputs.iter().find(|i| i.path == report.path);
                        if offered > 0
                            && let Some(input) = input
                            && let Some(why) = unfixable(input)
                        {
                            not_fixed.push((report.path.to_owned(), why, offered));
                        }
                    }
                    failing |= report.diagnostics.iter().any(|d| {
                        d.severity == Severity::Error
                            || (args.deny_warnings && d.severity == Severity::Warning)
                    });
                    if args.statistics {
                        return Ok(());
                    }
                    if args.diff {
                        if let Some(fixed) = report.fixed_text {
                            write_diff(&mut out, report.path, report.source, fixed)?;
                        }
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
                            language: report.language,
                        },
                    )?;
                }
                Event::Failed {
                    path,
                    message,
                    language,
                } => {
                    summary.unreadable += 1;
                    summary.language.get_or_insert(language);
                    trouble = true;
                    if unreadable_on_stderr {
                        out.flush()?;
                        super::error_in(language, &format!("{path}: {message}"));
                    }
                    if !args.statistics && !args.diff {
                        reporter.unreadable(
                            &mut out,
                            &Unreadable {
                                path,
                                reason: &message,
                            },
                        )?;
                    }
                }
                Event::NotFixed {
                    path,
                    message,
                    language,
                } => {
                    out.flush()?;
                    super::error_in(language, &format!("{path}: {message}"));
                    trouble = true;
                }
                Event::BadConfig(error) => {
                    if !reported_configs.contains(&error.path) {
                        reported_configs.push(error.path.clone());
                        out.flush()?;
                        report_config_error(error, args.lang);
                    }
                    trouble = true;
                }
            }
            Ok(())
        })?;
        if args.statistics {
            statistics(&mut out, &summary, args.format)?;
        } else if !(args.diff
            || args.quiet && matches!(args.format, Format::Pretty | Format::Concise))
        {
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
    let m = crate::i18n::messages(summary.language.unwrap_or(Language::En));
    if args.fix {
        for (path, why, offered) in &not_fixed {
            super::say(format_args!(
                "planlint: {path}: {}",
                crate::t!(
                    m,
                    "fixes-not-applied",
                    fixes = *offered,
                    reason = m.get(why, &[])
                )
            ));
        }
        if !args.quiet {
            super::say(format_args!(
                "planlint: {}",
                crate::t!(m, "fixed", problems = fixes.0, files = fixes.1)
            ));
        }
    }
    if args.diff && fixes.0 > 0 {
        super::say(format_args!(
            "planlint: {}",
            crate::t!(m, "fixed.would", problems = fixes.0, files = fixes.1)
        ));
    }
    if trouble {
        TROUBLE
    } else if args.diff {
        // As ruff: a diff means there is something to fix.
        if fixes.0 > 0 { FINDINGS } else { SUCCESS }
    } else if failing && !args.exit_zero {
        FINDINGS
    } else {
        SUCCESS
    }
}

/// A unified diff of `path` from `before` to `after`, as `git diff` shows it.
fn write_diff(out: &mut dyn Write, path: &str, before: &str, after: &str) -> io::Result<()> {
    let diff = similar::TextDiff::from_lines(before, after);
    write!(
        out,
        "{}",
        diff.unified_diff()
            .context_radius(3)
            .header(&format!("a/{path}"), &format!("b/{path}"))
    )
}

/// Why `--fix` leaves `input` as it is, if it does (a message id): only
/// UTF-8 files on disk are rewritten.
fn unfixable(input: &Input) -> Option<&'static str> {
    let path = match &input.origin {
        Origin::Stdin => {
            return Some("fixes-not-applied.stdin");
        }
        Origin::Text(_) => return None,
        Origin::File(path) => path,
    };
    let mut head = [0u8; 3];
    let read = std::fs::File::open(path)
        .and_then(|mut f| io::Read::read(&mut f, &mut head))
        .unwrap_or(0);
    let head = &head[..read];
    if head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]) {
        return Some("fixes-not-applied.utf16");
    }
    let big5 = input
        .settings
        .as_ref()
        .is_ok_and(|s| s.encoding == Encoding::Big5Hkscs);
    (big5 && !head.starts_with(b"\xEF\xBB\xBF")).then_some("fixes-not-applied.big5")
}

/// Prints `--show-settings FILE`.
fn show_settings(file: &Path, resolver: &mut Resolver, lang: Option<Lang>) -> u8 {
    let settings = match resolver.for_file(file) {
        Ok(settings) => settings,
        Err(e) => {
            report_config_error(&e, lang);
            return TROUBLE;
        }
    };
    let text = describe_settings(file, &settings);
    let mut out = io::stdout().lock();
    if let Err(e) = out.write_all(text.as_bytes())
        && e.kind() != io::ErrorKind::BrokenPipe
    {
        super::error(&format!("cannot write output: {e}"));
        return TROUBLE;
    }
    SUCCESS
}

/// The settings for `file`, as `--show-settings` prints them.
fn describe_settings(file: &Path, settings: &Settings) -> String {
    use std::fmt::Write as _;
    let mut text = String::new();
    let _ = writeln!(text, "file: {}", file.display());
    let _ = writeln!(
        text,
        "config: {}",
        settings
            .file
            .as_deref()
            .map_or_else(|| "none (built-in defaults)".to_owned(), relative_to_cwd)
    );
    let _ = writeln!(text, "encoding: {}", settings.encoding);
    let patterns = |p: &crate::config::Patterns, default: &str| {
        if p.is_empty() {
            default.to_owned()
        } else {
            p.written.join(", ")
        }
    };
    let _ = writeln!(
        text,
        "files.include: {}",
        patterns(&settings.include, "*.txt, *.tsv (default)")
    );
    let _ = writeln!(
        text,
        "files.exclude: {}",
        patterns(&settings.exclude, "nothing")
    );
    let _ = writeln!(text, "rules:");
    let all = registry::all();
    let width = all.iter().map(|m| m.id.len()).max().unwrap_or(0);
    for meta in all {
        let level = settings.rules.get(meta.id).map_or("off", |s| s.as_str());
        let default = meta.default.map_or("off", |s| s.as_str());
        let note = if level == default {
            String::new()
        } else {
            format!("  (default: {default})")
        };
        let _ = writeln!(text, "  {:<width$}  {level}{note}", meta.id);
    }
    let added = &settings.additions;
    let _ = writeln!(text, "vocabulary additions:");
    if added.columns.is_empty()
        && added.frequencies.is_empty()
        && added.formats.is_empty()
        && added.categories.is_empty()
    {
        let _ = writeln!(text, "  none");
    }
    for column in &added.columns {
        let _ = writeln!(text, "  column {}: {}", column.key, column.words.join(", "));
    }
    for frequency in &added.frequencies {
        let _ = writeln!(
            text,
            "  frequency {}: {}",
            frequency.canonical,
            frequency.phrasings().collect::<Vec<_>>().join(", ")
        );
    }
    for format in &added.formats {
        let _ = writeln!(
            text,
            "  format {}{}: {}",
            format.name,
            if format.machine_readable {
                " (machine-readable)"
            } else {
                ""
            },
            format.words.join(", ")
        );
    }
    if !added.categories.is_empty() {
        let _ = writeln!(text, "  categories: {}", added.categories.join(", "));
    }
    text
}

/// The folders `paths` name, canonical, for `--fix` to stay inside: a
/// folder itself, a file's folder, a glob's folder before its first
/// wildcard; the current folder when no path is given.
fn checked_folders(paths: &[PathBuf]) -> Vec<PathBuf> {
    let current = [PathBuf::from(".")];
    let paths = if paths.is_empty() {
        &current[..]
    } else {
        paths
    };
    paths
        .iter()
        .filter(|p| p.as_os_str() != "-")
        .filter_map(|path| {
            let folder = if path.is_dir() {
                path.to_owned()
            } else if let Some(p) = path.to_str()
                && !path.exists()
            {
                // A glob: the folders before its first wildcard.
                let literal = &p[..p.find(['*', '?', '[', '{']).unwrap_or(p.len())];
                let cut = literal.rfind('/').map_or(0, |i| i + 1);
                PathBuf::from(&literal[..cut])
            } else {
                path.parent()
                    .map(std::path::Path::to_owned)
                    .unwrap_or_default()
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
    let m = crate::i18n::messages(summary.language.unwrap_or(Language::En));
    writeln!(
        out,
        "{:>6}  {}",
        rows.iter().map(|r| r.1).sum::<usize>(),
        crate::t!(m, "statistics-total", files = summary.files)
    )
}

/// `path` relative to the current folder when it is under it, else as is.
pub(crate) fn relative_to_cwd(path: &Path) -> String {
    let here = std::env::current_dir().and_then(std::fs::canonicalize).ok();
    let full = path.canonicalize().unwrap_or_else(|_| path.to_owned());
    here.and_then(|h| full.strip_prefix(h).ok().map(Path::to_owned))
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or_else(|| path.to_owned())
        .display()
        .to_string()
}

/// Prints a config error as a miette report pointing into the TOML.
/// The error is written in `chosen` (`--lang`), or with `auto` in the
/// config's own `lang`, or the system's language.
pub(crate) fn report_config_error(error: &ConfigError, chosen: Option<Lang>) {
    use miette::{
        GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic, NamedSource,
    };
    let language = error.language(chosen);
    let m = crate::i18n::messages(language);
    let message = error.message_in(language);
    if error.source.is_empty() && error.span.is_none() {
        // Nothing to point into: the file could not be read.
        super::error_in(language, &message);
        return;
    }
    let mut diagnostic =
        MietteDiagnostic::new(crate::t!(m, "config-error", message = &message)).with_code("config");
    if let Some(span) = error.span {
        let index = crate::line_index::LineIndex::new(&error.source);
        if crate::report::drawable(&error.source, &index, span) {
            diagnostic = diagnostic.with_label(LabeledSpan::new_primary_with_span(
                Some(m.get("config-error.here", &[])),
                (span.offset(), span.len()),
            ));
        } else {
            // miette panics drawing a label past display column 65,535.
            let at = index.position(
                &error.source,
                span.offset(),
                crate::line_index::ColumnUnit::Chars,
            );
            diagnostic = diagnostic.with_help(crate::t!(
                m,
                "too-long-to-show",
                path = error.path.display().to_string(),
                line = at.line + 1,
                column = at.column + 1
            ));
        }
    }
    let report = miette::Report::new(diagnostic).with_source_code(NamedSource::new(
        relative_to_cwd(&error.path),
        error.source.clone(),
    ));
    let theme = if ColorChoice::Auto.enabled_on_stderr() {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let mut text = String::new();
    if GraphicalReportHandler::new_themed(theme)
        .render_report(&mut text, report.as_ref())
        .is_ok()
    {
        super::say(format_args!(
            "{}",
            crate::report::localise_headings(&text, language)
        ));
    } else {
        super::error_in(language, &format!("{}: {message}", error.path.display()));
    }
}
