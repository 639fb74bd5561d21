//! `planlint parse`: print a plan's structure as JSON or as an outline.

use std::io::{self, Write};
use std::path::PathBuf;
use std::sync::Arc;

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
    pub files: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ParseFormat::Pretty)]
    pub format: ParseFormat,
}

/// Runs `planlint parse` and returns the exit code.
pub fn run(args: &ParseArgs) -> u8 {
    let mut code = SUCCESS;
    let mut plans: Vec<Parsed> = Vec::new();
    let mut resolver = Resolver::default();
    for path in &args.files {
        let stdin = path.as_os_str() == "-";
        // The name the plan is shown under; a non-UTF-8 name is shown lossily.
        let file = path.to_string_lossy().into_owned();
        let bytes = if stdin {
            let mut b = Vec::new();
            io::Read::read_to_end(&mut io::stdin().lock(), &mut b).map(|_| b)
        } else {
            // Never blocks: a FIFO or a device is refused as not a regular file.
            crate::fs::read(path)
        };
        let bytes = match bytes {
            Ok(b) => b,
            Err(e) => {
                let language = crate::i18n::Lang::Auto.or_system();
                let reason = if stdin {
                    e.to_string()
                } else {
                    crate::engine::reason_in(path, &e, language)
                };
                super::error_in(
                    language,
                    &format!(
                        "{file}: {}",
                        crate::t!(
                            crate::i18n::messages(language),
                            "cannot-read",
                            reason = reason
                        )
                    ),
                );
                code = TROUBLE;
                continue;
            }
        };
        let settings = match resolver.for_file(path) {
            Ok(settings) => settings,
            Err(e) => {
                super::check::report_config_error(&e, None);
                code = TROUBLE;
                continue;
            }
        };
        let source = match crate::source::decode_as(&bytes, settings.encoding) {
            Ok(s) => s.into_owned(),
            Err(e) => {
                let language = settings.lang.or_system();
                super::error_in(
                    language,
                    &format!("{file}: {}", e.message(crate::i18n::messages(language))),
                );
                code = TROUBLE;
                continue;
            }
        };
        let document = crate::syntax::parse_with(&source, &settings.vocab);
        let assigned = (!stdin).then(|| settings.assigned_issuer(path)).flatten();
        let identity = Identity::of(&document, &settings.issuers, assigned);
        plans.push((file, source, document, settings, identity));
    }
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let written = match args.format {
        ParseFormat::Pretty => {
            plans
                .iter()
                .try_for_each(|(file, source, document, _, identity)| {
                    write!(
                        out,
                        "{}",
                        export::outline_with(file, source, document, identity.issuer.as_deref())
                    )
                })
        }
        ParseFormat::Json => {
            let views = views(&plans);
            let result = if views.len() == 1 {
                serde_json::to_writer_pretty(&mut out, &views[0])
            } else {
                serde_json::to_writer_pretty(&mut out, &views)
            };
            result.map_err(io::Error::from).and_then(|()| writeln!(out))
        }
        ParseFormat::Csv => {
            let views = views(&plans);
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

/// A plan read by `planlint parse`: its name, text, model, settings and
/// identity.
type Parsed = (
    String,
    String,
    crate::model::Document,
    Arc<Settings>,
    Identity,
);

/// The export view of every plan, shared by `--format json` and `csv`.
fn views(plans: &[Parsed]) -> Vec<export::PlanJson<'_>> {
    plans
        .iter()
        .map(|(file, source, document, settings, identity)| {
            export::plan_json(file, source, document, &settings.vocab, identity)
        })
        .collect()
}
