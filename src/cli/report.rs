//! `planlint report`: check the plans, keep their ledger, and write the
//! consolidated page (see `crate::html`).

use std::io::{self, Write};
use std::path::PathBuf;

use clap::Args;

use super::files;
use super::{SUCCESS, TROUBLE};
use crate::config::{Resolver, RuleSelection};
use crate::engine::{self, Engine, Event};
use crate::html::{self, Finding, PlanInput};
use crate::identity::Issuers;
use crate::line_index::ColumnUnit;
use crate::model::YearMonth;
use crate::vocab::Vocabulary;

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
}

fn parse_as_of(text: &str) -> Result<YearMonth, String> {
    crate::ledger::parse_month(text)
        .ok_or_else(|| format!("`{text}` is not a month written YYYY-MM"))
}

/// The longest text of a finding the page shows.
const CELL_CHARS: usize = 160;

/// Runs `planlint report` and returns the exit code.
pub fn run(args: &ReportArgs) -> u8 {
    let (loaded, mut problems) = super::ledger::load(&args.paths);
    let findings = match findings(&args.paths) {
        Ok(findings) => findings,
        Err(e) => {
            problems.push(e);
            Vec::new()
        }
    };
    for problem in &problems {
        super::error(problem);
    }
    let plans: Vec<PlanInput<'_>> = loaded
        .iter()
        .map(|l| PlanInput {
            path: &l.path,
            document: &l.document,
            identity: &l.identity,
        })
        .collect();
    let as_of = args.as_of.unwrap_or_else(crate::ledger::this_month);
    let page = html::page(
        &plans,
        findings,
        as_of,
        Vocabulary::builtin(),
        Issuers::builtin(),
    );
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

/// Every finding `planlint check` makes on `paths` with their configs,
/// placed and with the text it points at.
fn findings(paths: &[PathBuf]) -> Result<Vec<Finding>, String> {
    let mut resolver = Resolver::new(None, false, RuleSelection::default())
        .map_err(|e| format!("invalid config: {e}"))?;
    let found = files::collect(paths, files::Options::default(), &mut resolver).inputs;
    let engine = Engine::new();
    let found: Vec<files::Input> = found
        .into_iter()
        .filter(|input| matches!(input, files::Input::File(_)))
        .collect();
    let inputs = files::engine_inputs(&engine, &found, &mut resolver);
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
    Ok(findings)
}
