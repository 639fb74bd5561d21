//! `planlint rule`: a rule's documentation, or the list of rules.

use std::io::{self, Write};

use clap::Args;

use super::{SUCCESS, TROUBLE};
use crate::i18n::Lang;
use crate::rules::registry;

/// Arguments of `planlint rule`.
#[derive(Debug, Args)]
pub struct RuleArgs {
    /// The rule's id, such as `malformed-date`.
    #[arg(required_unless_present = "all", conflicts_with = "all")]
    pub id: Option<String>,
    /// List every rule with its default severity and summary.
    #[arg(long)]
    pub all: bool,
    /// The language of the documentation: `en` (the default, also for
    /// `auto`), `zh-Hant` or `zh-Hans`.
    #[arg(long, value_name = "LANG", env = "PLANLINT_LANG")]
    pub lang: Option<Lang>,
}

/// Runs `planlint rule` and returns the exit code.
pub fn run(args: &RuleArgs) -> u8 {
    let mut out = io::stdout().lock();
    let language = args.lang.unwrap_or_default().or_english();
    if args.all {
        let all = registry::all();
        let width = all.iter().map(|m| m.id.len()).max().unwrap_or(0);
        let result = all.iter().try_for_each(|meta| {
            let level = meta.default.map_or("off", |s| s.as_str());
            writeln!(
                out,
                "{:<width$}  {:<7}  {}",
                meta.id,
                level,
                meta.summary_in(language)
            )
        });
        return super::written(result.and_then(|()| out.flush()), SUCCESS);
    }
    let id = args.id.as_deref().unwrap_or_default();
    let Some(meta) = registry::find(id) else {
        let m = crate::i18n::messages(language);
        let near: Vec<String> = crate::config::near_rules(id)
            .iter()
            .map(|n| m.quote(n))
            .collect();
        let message = if near.is_empty() {
            crate::t!(m, "unknown-rules.rule", id = m.quote(id))
        } else {
            crate::t!(
                m,
                "unknown-rules.rule-near",
                id = m.quote(id),
                near = m.list_or(&near)
            )
        };
        super::error_in(language, &message);
        return TROUBLE;
    };
    let level = meta.default_in(language);
    let result = write!(
        out,
        "# {} ({})\n\n{}",
        meta.id,
        level,
        meta.docs_in(language)
    );
    super::written(result.and_then(|()| out.flush()), SUCCESS)
}
