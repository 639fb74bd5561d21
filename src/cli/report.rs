//! `planlint report`: check the plans, keep their ledger, and write the
//! consolidated page (see `crate::html`).

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::PathBuf;

use clap::Args;
use rayon::prelude::*;

use super::files;
use super::ledger::Loaded;
use super::{SUCCESS, TROUBLE};
use crate::config::{Resolver, RuleSelection};
use crate::engine::{self, Engine, Event};
use crate::html::{self, Finding, PlanInput};
use crate::line_index::ColumnUnit;
use crate::model::{Document, YearMonth};

/// Arguments of `planlint report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Plan files, folders or glob patterns. Default: the current folder.
    pub paths: Vec<PathBuf>,
    /// The HTML file to write, or `-` for standard output.
    #[arg(short, long, value_name = "FILE", default_value = "report.html")]
    pub output: PathBuf,
    /// The month promises are judged at (`YYYY-MM`): a target before it that
    /// is not released is overdue. Default: this month.
    #[arg(long, value_name = "YYYY-MM", value_parser = parse_as_of)]
    pub as_of: Option<YearMonth>,
    /// Use this config file instead of discovering `planlint.toml`.
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    pub config: Option<PathBuf>,
    /// Use no config file: default rules and vocabularies only.
    #[arg(long)]
    pub no_config: bool,
    /// The language of the page's labels: `en` (the default, also for
    /// `auto`), `zh-Hant` or `zh-Hans`. The plans' text stays as written.
    #[arg(long, value_name = "LANG", env = "PLANLINT_LANG")]
    pub lang: Option<crate::i18n::Lang>,
}

fn parse_as_of(text: &str) -> Result<YearMonth, String> {
    crate::ledger::parse_month(text)
        .ok_or_else(|| format!("`{text}` is not a month written YYYY-MM"))
}

/// About how many plans are parsed and kept at a time (more when one
/// issuer has more).
const BATCH_FILES: usize = 256;

/// The longest text of a finding the page shows.
const CELL_CHARS: usize = 160;

/// Runs `planlint report` and returns the exit code.
pub fn run(args: &ReportArgs) -> u8 {
    // The same settings as `check`: the rules that run, and the vocabularies
    // the page classifies categories, frequencies and formats with.
    let mut resolver = match Resolver::new(
        args.config.as_deref(),
        args.no_config,
        RuleSelection::default(),
    ) {
        Ok(resolver) => resolver,
        Err(e) => {
            super::check::report_config_error(&e, args.lang);
            return TROUBLE;
        }
    };
    // Problems go to standard error, in the system's language unless
    // `--lang` names one.
    let language = args.lang.unwrap_or_default().or_system();
    let (jobs, mut problems) = super::ledger::jobs(&args.paths, &mut resolver, language);
    let findings = findings(&args.paths, &mut resolver);
    let as_of = args.as_of.unwrap_or_else(crate::ledger::this_month);
    // Every plan of thousands, parsed, would take a gigabyte. A first pass
    // keeps of each plan what the page lists (its issuer, language and
    // years); then the plans of a few issuers at a time are parsed again,
    // only those that the ledger reads: the first of each issuer, language
    // and years (a copy of a plan adds no promise).
    let shells: Vec<Result<Loaded, String>> = jobs
        .par_iter()
        .map(|job| super::ledger::read(job, language).map(shell))
        .collect();
    let mut by_issuer: BTreeMap<Option<String>, Vec<(usize, Loaded)>> = BTreeMap::new();
    for (i, plan) in shells.into_iter().enumerate() {
        match plan {
            Ok(plan) => by_issuer
                .entry(plan.identity.issuer.clone())
                .or_default()
                .push((i, plan)),
            Err(problem) => problems.push(problem),
        }
    }
    for problem in &problems {
        super::error_in(language, problem);
    }
    let mut builder = html::Builder::default();
    let mut batch: Vec<(usize, Loaded)> = Vec::new();
    let mut parsed = 0;
    let mut read = std::collections::HashSet::new();
    let mut groups = by_issuer.into_values().peekable();
    while let Some(group) = groups.next() {
        for (i, plan) in group {
            let key = (
                plan.identity.issuer.clone(),
                plan.identity.language,
                plan.document.years,
            );
            let again = plan.document.years.is_some() && read.insert(key);
            parsed += usize::from(again);
            batch.push((if again { i } else { usize::MAX }, plan));
        }
        if parsed < BATCH_FILES && groups.peek().is_some() {
            continue;
        }
        let loaded: Vec<Loaded> = std::mem::take(&mut batch)
            .into_par_iter()
            .map(|(i, plan)| match jobs.get(i) {
                Some(job) => super::ledger::read(job, language).unwrap_or(plan),
                None => plan,
            })
            .collect();
        let plans: Vec<PlanInput<'_>> = loaded
            .iter()
            .map(|l| PlanInput {
                path: &l.path,
                source: &l.source,
                document: &l.document,
                identity: &l.identity,
                vocab: &l.settings.vocab,
                issuers: &l.settings.issuers,
            })
            .collect();
        builder.add(&plans, as_of);
        parsed = 0;
    }
    let page = builder.finish(findings, as_of, args.lang.unwrap_or_default().or_english());
    let text = match page.html() {
        Ok(text) => text,
        Err(e) => {
            super::error(&format!("cannot render the report: {e}"));
            return TROUBLE;
        }
    };
    let written = if args.output.as_os_str() == "-" {
        io::stdout().lock().write_all(text.as_bytes())
    } else {
        std::fs::write(&args.output, text.as_bytes())
    };
    if let Err(e) = written {
        if e.kind() == io::ErrorKind::BrokenPipe {
            return SUCCESS;
        }
        super::error(&format!("cannot write {}: {e}", args.output.display()));
        return TROUBLE;
    }
    if problems.is_empty() {
        SUCCESS
    } else {
        TROUBLE
    }
}

/// What the page lists of a plan it does not read: its issuer, language
/// and years.
fn shell(plan: Loaded) -> Loaded {
    Loaded {
        document: Document {
            language: plan.document.language,
            issuer: plan.document.issuer,
            years: plan.document.years,
            ..Document::default()
        },
        // The shell keeps no text: only the plans the page reads again do.
        source: String::new(),
        ..plan
    }
}

/// Every finding `planlint check` makes on `paths` with their configs,
/// placed and with the text it points at.
fn findings(paths: &[PathBuf], resolver: &mut Resolver) -> Vec<Finding> {
    let found = files::collect(paths, files::Options::default(), resolver).inputs;
    let engine = Engine::new();
    let found: Vec<files::Input> = found
        .into_iter()
        .filter(|input| matches!(input, files::Input::File(_)))
        .collect();
    let inputs = files::engine_inputs(&engine, &found, resolver);
    let mut findings = Vec::new();
    // Unreadable files and broken configs are reported by the loading.
    engine
        .run::<std::convert::Infallible>(&inputs, &engine::Options::default(), &mut |event, _| {
            if let Event::Checked(report) = event {
                for d in report.diagnostics {
                    let range = crate::report::range_in(
                        report.source,
                        report.index,
                        d.span,
                        ColumnUnit::Chars,
                    );
                    let line = report.index.line_range(report.source, range.start.line - 1);
                    let text = if d.span.is_empty() || d.span.end() > line.end {
                        report.source.get(line).unwrap_or("")
                    } else {
                        d.span.slice(report.source)
                    };
                    findings.push(Finding {
                        path: report.path.to_owned(),
                        line: range.start.line,
                        column: range.start.column,
                        rule: d.rule.to_owned(),
                        severity: d.severity,
                        cell: html::chart::shorten(text.trim(), CELL_CHARS),
                        message: d.message.clone(),
                    });
                }
            }
            Ok(())
        })
        .unwrap_or_else(|never| match never {});
    findings
}
