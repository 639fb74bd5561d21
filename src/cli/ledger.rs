//! `planlint ledger`: every promise of every issuer, with what became of it.

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;

use clap::{Args, ValueEnum};
use rayon::prelude::*;
use unicode_width::UnicodeWidthStr;

use super::files::{self, Input};
use super::{SUCCESS, TROUBLE};
use std::sync::Arc;

use crate::config::{Resolved, Resolver, Settings};
use crate::identity::Identity;
use crate::ledger::{self, EntryJson, Family, LedgerPlan, Status};
use crate::model::{Document, Language, YearMonth};

/// Output of `planlint ledger`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LedgerFormat {
    /// One table per issuer, for a terminal.
    Pretty,
    /// `{"version": 1, "entries": [...]}`.
    Json,
    /// One row per promise, for a spreadsheet.
    Csv,
}

/// Arguments of `planlint ledger`.
#[derive(Debug, Args)]
pub struct LedgerArgs {
    /// Plan files, folders or glob patterns. Default: the current folder.
    pub paths: Vec<PathBuf>,
    /// The month promises are judged at (`YYYY-MM`): a target before it that
    /// is not released is overdue. Default: this month.
    #[arg(long, value_name = "YYYY-MM", value_parser = parse_as_of)]
    pub as_of: Option<YearMonth>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = LedgerFormat::Pretty)]
    pub format: LedgerFormat,
    /// The language of the pretty table's words: `auto` (each issuer's
    /// plans' own, the default), `en`, `zh-Hant` or `zh-Hans`. JSON and CSV
    /// fields stay English.
    #[arg(long, value_name = "LANG", env = "PLANLINT_LANG")]
    pub lang: Option<crate::i18n::Lang>,
}

fn parse_as_of(text: &str) -> Result<YearMonth, String> {
    ledger::parse_month(text).ok_or_else(|| format!("`{text}` is not a month written YYYY-MM"))
}

/// A parsed plan with its identity.
pub struct Loaded {
    /// The path as shown.
    pub path: String,
    /// The plan's text, which the document's spans point into.
    pub source: String,
    /// The parsed plan.
    pub document: Document,
    /// Its issuer, years and language.
    pub identity: Identity,
    /// The settings it was read with (its `planlint.toml`'s).
    pub settings: Arc<Settings>,
}

/// Finds, reads and parses the plans under `paths`, in parallel; problems
/// (unreadable or undecodable files, broken configs) come back as messages
/// in `language`.
pub fn load(paths: &[PathBuf], language: Language) -> (Vec<Loaded>, Vec<String>) {
    let (jobs, mut problems) = jobs(paths, &mut Resolver::default(), language);
    let results: Vec<Result<Loaded, String>> =
        jobs.par_iter().map(|job| read(job, language)).collect();
    let mut loaded = Vec::new();
    for result in results {
        match result {
            Ok(plan) => loaded.push(plan),
            Err(problem) => problems.push(problem),
        }
    }
    (loaded, problems)
}

/// A plan file to read, with the settings that apply to it.
pub type Job = (PathBuf, Resolved);

/// The plan files under `paths` with their settings, and the problems met
/// finding them, in `language`.
pub fn jobs(
    paths: &[PathBuf],
    resolver: &mut Resolver,
    language: Language,
) -> (Vec<Job>, Vec<String>) {
    let options = files::Options {
        language,
        ..files::Options::default()
    };
    let collected = files::collect(paths, options, resolver);
    let mut problems = collected.problems;
    problems.extend(
        collected
            .unreadable
            .iter()
            .map(|(path, reason)| format!("{path}: {reason}")),
    );
    let jobs = collected
        .inputs
        .into_iter()
        .filter_map(|input| match input {
            Input::File(path) => Some(path),
            Input::Stdin(_) => None,
        })
        .map(|path: PathBuf| {
            let settings = resolver.for_file(&path);
            (path, settings)
        })
        .collect();
    (jobs, problems)
}

/// Reads and parses one plan file; a problem is told in `language`.
pub fn read((path, settings): &Job, language: Language) -> Result<Loaded, String> {
    let shown = Input::File(path.clone()).display();
    let m = crate::i18n::messages(language);
    let settings = settings.as_ref().map_err(|e| {
        let message = e.message_in(language);
        format!(
            "{shown}: {}",
            crate::t!(m, "config-error", message = message)
        )
    })?;
    let bytes = crate::fs::read(path).map_err(|e| {
        let reason = crate::engine::reason_in(path, &e, language);
        format!("{shown}: {}", crate::t!(m, "cannot-read", reason = reason))
    })?;
    let text = crate::source::decode_as(&bytes, settings.encoding)
        .map_err(|e| format!("{shown}: {}", e.message(m)))?;
    let document = crate::syntax::parse_with(&text, &settings.vocab);
    let identity = Identity::of(&document, &settings.issuers, settings.assigned_issuer(path));
    Ok(Loaded {
        path: shown,
        source: text.into_owned(),
        document,
        identity,
        settings: settings.clone(),
    })
}

/// The plans grouped into families (one issuer, one language).
#[must_use]
pub fn families(loaded: &[Loaded]) -> Vec<Family<'_>> {
    let plans: Vec<(LedgerPlan<'_>, &Identity)> = loaded
        .iter()
        .map(|l| {
            (
                LedgerPlan {
                    path: &l.path,
                    source: &l.source,
                    document: &l.document,
                },
                &l.identity,
            )
        })
        .collect();
    ledger::families(&plans)
}

/// Runs `planlint ledger` and returns the exit code.
pub fn run(args: &LedgerArgs) -> u8 {
    let language = args.lang.unwrap_or_default().or_system();
    let (loaded, problems) = load(&args.paths, language);
    for problem in &problems {
        super::error_in(language, problem);
    }
    let as_of = args.as_of.unwrap_or_else(ledger::this_month);
    let families = families(&loaded);
    let ledgers: Vec<(&Family<'_>, Vec<ledger::Entry>)> = families
        .iter()
        .map(|family| (family, ledger::ledger(&family.plans, as_of)))
        .collect();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let written = match args.format {
        LedgerFormat::Json => json(&mut out, &ledgers),
        LedgerFormat::Csv => csv(&mut out, &ledgers),
        LedgerFormat::Pretty => pretty(&mut out, &ledgers, as_of, args.lang.unwrap_or_default()),
    }
    .and_then(|()| out.flush());
    if let Err(e) = written
        && e.kind() != io::ErrorKind::BrokenPipe
    {
        super::error(&format!("cannot write output: {e}"));
        return TROUBLE;
    }
    if problems.is_empty() {
        SUCCESS
    } else {
        TROUBLE
    }
}

type Ledgers<'a> = [(&'a Family<'a>, Vec<ledger::Entry>)];

/// What `--format json` writes.
#[derive(serde::Serialize)]
struct LedgerJson<'a> {
    version: u32,
    entries: Vec<EntryJson<'a>>,
}

fn json(out: &mut dyn Write, ledgers: &Ledgers<'_>) -> io::Result<()> {
    let entries: Vec<EntryJson<'_>> = ledgers
        .iter()
        .flat_map(|(family, entries)| entries.iter().map(|e| EntryJson::new(family, e)))
        .collect();
    serde_json::to_writer_pretty(
        &mut *out,
        &LedgerJson {
            version: 1,
            entries,
        },
    )?;
    writeln!(out)
}

fn csv(out: &mut dyn Write, ledgers: &Ledgers<'_>) -> io::Result<()> {
    let mut writer = ::csv::Writer::from_writer(out);
    writer.write_record([
        "issuer",
        "dataset",
        "promised_in",
        "promised_line",
        "plan_years",
        "target",
        "status",
        "released",
        "released_in",
        "released_line",
        "months_late",
        "reschedules",
    ])?;
    for (family, entries) in ledgers {
        for entry in entries {
            let e = EntryJson::new(family, entry);
            let (promised, promised_line, years) = e.promised_in.as_ref().map_or_else(
                || (String::new(), String::new(), String::new()),
                |p| {
                    (
                        p.path.to_owned(),
                        p.line.to_string(),
                        p.years
                            .map(|y| format!("{}-{}", y.start, y.end))
                            .unwrap_or_default(),
                    )
                },
            );
            let (released_in, released_line) = e.released_in.as_ref().map_or_else(
                || (String::new(), String::new()),
                |p| (p.path.to_owned(), p.line.to_string()),
            );
            writer.write_record([
                e.issuer,
                e.dataset,
                &promised,
                &promised_line,
                &years,
                e.target.as_deref().unwrap_or(""),
                e.status.as_str(),
                e.released.as_deref().unwrap_or(""),
                &released_in,
                &released_line,
                &e.months_late.map(|m| m.to_string()).unwrap_or_default(),
                &e.reschedules.to_string(),
            ])?;
        }
    }
    writer.flush()
}

/// Columns of the pretty table: dataset, target, status, released, late.
const DATASET_WIDTH: usize = 44;

fn pretty(
    out: &mut dyn Write,
    ledgers: &Ledgers<'_>,
    as_of: YearMonth,
    lang: crate::i18n::Lang,
) -> io::Result<()> {
    if ledgers.is_empty() {
        let m = crate::i18n::messages(lang.or_english());
        return writeln!(out, "{}", crate::t!(m, "ledger-none"));
    }
    for (i, (family, entries)) in ledgers.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        let years: Vec<String> = ledger::years(&family.plans)
            .iter()
            .map(|y| format!("{}–{}", y.start, y.end))
            .collect();
        let language = family
            .plans
            .first()
            .map_or("", |p| match p.document.language {
                crate::model::Language::ZhHant => "zh-Hant",
                crate::model::Language::ZhHans => "zh-Hans",
                crate::model::Language::En => "en",
            });
        let m = crate::i18n::messages(
            lang.resolve(
                family
                    .plans
                    .first()
                    .map_or(crate::model::Language::En, |p| p.document.language),
            ),
        );
        writeln!(
            out,
            "{}",
            crate::t!(
                m,
                "ledger-family",
                issuer = family.issuer.as_str(),
                language = language,
                plans = years.join(", "),
                month = format!("{:02}/{}", as_of.month, as_of.year)
            )
        )?;
        let header = format!(
            "  {}  {}  {}  {}  {}  {}",
            pad(&crate::t!(m, "ledger-dataset"), DATASET_WIDTH),
            pad(&crate::t!(m, "ledger-target"), 7),
            pad(&crate::t!(m, "ledger-status"), 18),
            pad(&crate::t!(m, "ledger-released"), 8),
            pad_left(&crate::t!(m, "ledger-late"), 5),
            crate::t!(m, "ledger-moved"),
        );
        writeln!(out, "{}", header.trim_end())?;
        for entry in entries {
            let row = format!(
                "  {}  {:<7}  {}  {:<8}  {}  {}",
                pad(&entry.dataset, DATASET_WIDTH),
                entry.target.map(|d| d.to_string()).unwrap_or_default(),
                pad(
                    &m.get(&format!("ledger-status-{}", entry.status.as_str()), &[]),
                    18
                ),
                entry
                    .released
                    .map(|(_, d)| d.to_string())
                    .unwrap_or_default(),
                pad_left(
                    &entry
                        .months_late()
                        .filter(|n| *n > 0)
                        .map(|n| crate::t!(m, "ledger-months", months = n))
                        .unwrap_or_default(),
                    5
                ),
                match entry.reschedules() {
                    0 => String::new(),
                    n => format!("{n}×"),
                },
            );
            writeln!(out, "{}", row.trim_end())?;
        }
        let count = |status: Status| entries.iter().filter(|e| e.status == status).count();
        writeln!(
            out,
            "  {}",
            crate::t!(
                m,
                "ledger-totals",
                promised = entries.iter().filter(|e| e.promised_in.is_some()).count(),
                on_time = count(Status::ReleasedOnTime),
                late = count(Status::ReleasedLate),
                rescheduled = count(Status::Rescheduled),
                overdue = count(Status::Overdue),
                pending = count(Status::Pending),
                dropped = count(Status::Dropped),
                unpromised = count(Status::UnpromisedRelease)
            )
        )?;
    }
    Ok(())
}

/// `text` padded on the left to `width` terminal columns.
fn pad_left(text: &str, width: usize) -> String {
    format!("{}{text}", " ".repeat(width.saturating_sub(text.width())))
}

/// `text` cut and padded to `width` terminal columns (CJK counts two).
fn pad(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    let full = text.width() <= width;
    for c in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > width - usize::from(!full) {
            break;
        }
        out.push(c);
        used += w;
    }
    if !full {
        out.push('…');
        used += 1;
    }
    out.push_str(&" ".repeat(width.saturating_sub(used)));
    out
}
