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
            std::fs::read(file)
        };
        let bytes = match bytes {
            Ok(b) => b,
            Err(e) => {
                super::error(&format!("{file}: cannot read: {e}"));
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
    };
    if let Err(e) = written
        && e.kind() != io::ErrorKind::BrokenPipe
    {
        super::error(&format!("cannot write output: {e}"));
        return TROUBLE;
    }
    code
}

/// The issuer `[[plans]]` assigns `file` to, if any.
fn assigned<'s>(file: &str, settings: &'s Settings) -> Option<&'s str> {
    (file != "-")
        .then(|| settings.assigned_issuer(Path::new(file)))
        .flatten()
}
