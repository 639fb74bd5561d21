//! `planlint rule`: a rule's documentation, or the list of rules.

use std::io::{self, Write};

use clap::Args;

use super::{SUCCESS, TROUBLE};
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
}

/// Runs `planlint rule` and returns the exit code.
pub fn run(args: &RuleArgs) -> u8 {
    let mut out = io::stdout().lock();
    if args.all {
        let all = registry::all();
        let width = all.iter().map(|m| m.id.len()).max().unwrap_or(0);
        let result = all.iter().try_for_each(|meta| {
            let level = meta.default.map_or("off", |s| s.as_str());
            writeln!(out, "{:<width$}  {:<7}  {}", meta.id, level, meta.summary())
        });
        return super::written(result.and_then(|()| out.flush()), SUCCESS);
    }
    let id = args.id.as_deref().unwrap_or_default();
    let Some(meta) = registry::find(id) else {
        let hint = crate::config::did_you_mean(id).map_or(String::new(), |h| format!("{h} "));
        super::error(&format!(
            "unknown rule `{id}`; {hint}`planlint rule --all` lists them"
        ));
        return TROUBLE;
    };
    let level = meta.default.map_or("off unless selected", |s| s.as_str());
    let result = write!(out, "# {} ({})\n\n{}", meta.id, level, meta.docs());
    super::written(result.and_then(|()| out.flush()), SUCCESS)
}
