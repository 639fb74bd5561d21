//! `planlint parse`: print a plan's structure as JSON or as an outline.

use std::io::{self, Write};
use std::path::Path;

use clap::{Args, ValueEnum};

use super::{SUCCESS, TROUBLE};
use crate::config::{Resolver, Settings};
use crate::export;
use crate::identity::Identity;

/// Output of `planlint parse`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ParseFormat {
    /// The model as JSON: an object for one file, an array for several.
    Json,
    /// A readable outline.
    Pretty,
    /// One row per dataset of every plan, for a spreadsheet: the plan's
    /// issuer, years and language, the row's section and table, and every
    /// cell.
    Csv,
}

/// Arguments of `planlint parse`.
#[derive(Debug, Args)]
pub struct ParseArgs {
    /// Plan files, or `-` for standard input.
    #[arg(required = true)]
    pub files: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ParseFormat::Pretty)]
    pub format: ParseFormat,
}

/// Runs `planlint parse` and returns the exit code.
pub fn run(args: &ParseArgs) -> u8 {
    let mut code = SUCCESS;
    let mut plans = Vec::new();
    let mut resolver = Resolver::default();
    for file in &args.files {
        let bytes = if file == "-" {
            let mut b = Vec::new();
            io::Read::read_to_end(&mut io::stdin().lock(), &mut b).map(|_| b)
        } else {
            // Never blocks: a FIFO or a device is refused as not a regular file.
            crate::fs::read(Path::new(file))
        };
        let bytes = match bytes {
            Ok(b) => b,
            Err(e) => {
                let reason = if file == "-" {
                    e.to_string()
                } else {
                    crate::fs::reason(Path::new(file), &e)
                };
                super::error(&format!("{file}: cannot read: {reason}"));
                code = TROUBLE;
                continue;
            }
        };
        let settings = match resolver.for_file(Path::new(file)) {
            Ok(settings) => settings,
            Err(e) => {
                super::check::report_config_error(&e);
                code = TROUBLE;
                continue;
            }
        };
        let source = match crate::source::decode_as(&bytes, settings.encoding) {
            Ok(s) => s.into_owned(),
            Err(e) => {
                super::error(&format!("{file}: {e}"));
                code = TROUBLE;
                continue;
            }
        };
        let document = crate::syntax::parse_with(&source, &settings.vocab);
        plans.push((file.clone(), source, document, settings));
    }
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let written = match args.format {
        ParseFormat::Pretty => plans.iter().try_for_each(|(file, _, document, settings)| {
            let identity = Identity::of(document, &settings.issuers, assigned(file, settings));
            write!(
                out,
                "{}",
                export::outline_with(file, document, identity.issuer.as_deref())
            )
        }),
        ParseFormat::Json => {
            let identities: Vec<Identity> = plans
                .iter()
                .map(|(file, _, document, settings)| {
                    Identity::of(document, &settings.issuers, assigned(file, settings))
                })
                .collect();
            let views: Vec<_> = plans
                .iter()
                .zip(&identities)
                .map(|((file, source, document, settings), identity)| {
                    export::plan_json(file, source, document, &settings.vocab, identity)
                })
                .collect();
            let result = if views.len() == 1 {
                serde_json::to_writer_pretty(&mut out, &views[0])
            } else {
                serde_json::to_writer_pretty(&mut out, &views)
            };
            result.map_err(io::Error::from).and_then(|()| writeln!(out))
        }
        ParseFormat::Csv => {
            let identities: Vec<Identity> = plans
                .iter()
                .map(|(file, _, document, settings)| {
                    Identity::of(document, &settings.issuers, assigned(file, settings))
                })
                .collect();
            let views: Vec<_> = plans
                .iter()
                .zip(&identities)
                .map(|((file, source, document, settings), identity)| {
                    export::plan_json(file, source, document, &settings.vocab, identity)
                })
                .collect();
            csv(&mut out, &views)
        }
    };
    if let Err(e) = written
        && e.kind() != io::ErrorKind::BrokenPipe
    {
        super::error(&format!("cannot write output: {e}"));
        return TROUBLE;
    }
    code
}

/// The columns of `--format csv`.
const CSV_HEADER: [&str; 23] = [
    "path",
    "issuer_id",
    "issuer",
    "plan_years",
    "language",
    "section",
    "table_kind",
    "subsection",
    "organization",
    "group",
    "line",
    "number",
    "category",
    "category_id",
    "name",
    "description",
    "date",
    "date_value",
    "date_annotation",
    "frequency",
    "frequency_canonical",
    "remarks",
    "continuation_lines",
];

/// Writes one row per dataset of every plan, from the same view as
/// `--format json`.
fn csv(out: &mut dyn Write, views: &[export::PlanJson<'_>]) -> io::Result<()> {
    let mut writer = ::csv::Writer::from_writer(out);
    writer.write_record(CSV_HEADER)?;
    for plan in views {
        let years = plan
            .years
            .map(|y| format!("{}-{}", y.start, y.end))
            .unwrap_or_default();
        let language = match plan.language {
            crate::model::Language::ZhHant => "zh-Hant",
            crate::model::Language::ZhHans => "zh-Hans",
            crate::model::Language::En => "en",
        };
        for section in &plan.sections {
            let letter = section.letter.to_string();
            for table in &section.tables {
                for row in &table.rows {
                    let line = row.line.to_string();
                    let date_value = row
                        .date_value
                        .as_ref()
                        .map(|d| format!("{:04}-{:02}", d.year, d.month))
                        .unwrap_or_default();
                    let continuations: Vec<String> = row
                        .continuation_lines
                        .iter()
                        .map(usize::to_string)
                        .collect();
                    writer.write_record([
                        plan.path,
                        plan.issuer_id.unwrap_or(""),
                        plan.issuer.unwrap_or(""),
                        &years,
                        language,
                        &letter,
                        table.kind.unwrap_or(""),
                        table.subsection.unwrap_or(""),
                        table.organization.unwrap_or(""),
                        row.group.unwrap_or(""),
                        &line,
                        row.number_text.unwrap_or(""),
                        row.category.unwrap_or(""),
                        row.category_id.as_deref().unwrap_or(""),
                        row.name.unwrap_or(""),
                        row.description.unwrap_or(""),
                        row.date.unwrap_or(""),
                        &date_value,
                        row.date_value
                            .as_ref()
                            .and_then(|d| d.annotation)
                            .unwrap_or(""),
                        row.frequency.unwrap_or(""),
                        row.frequency_canonical.as_deref().unwrap_or(""),
                        row.remarks.unwrap_or(""),
                        &continuations.join(" "),
                    ])?;
                }
            }
        }
    }
    writer.flush()
}

/// The issuer `[[plans]]` assigns `file` to, if any.
fn assigned<'s>(file: &str, settings: &'s Settings) -> Option<&'s str> {
    (file != "-")
        .then(|| settings.assigned_issuer(Path::new(file)))
        .flatten()
}
