//! `release-date-changed`: a release date that a later plan reports
//! differently, or a release it no longer reports.

use super::{Workspace, WorkspaceFindings, WorkspaceRule};
use crate::declare_rule;
use crate::diagnostic::{Severity, snippet};
use crate::ledger;

declare_rule! {
    /// ## What it does
    /// Reports a release date in section D that differs from the date an
    /// earlier plan of the issuer reported, or a release that a later plan's
    /// section D no longer lists. Section D is cumulative: a release keeps
    /// its date in every later plan.
    ///
    /// ## Why is this bad?
    /// Release dates are the record of what was delivered and when. A date
    /// that moves between plans rewrites that record, and a release that
    /// vanishes from section D makes the later plan undercount what the
    /// bureau or department delivered.
    ///
    /// ## Example
    /// The 2023 plan's section D reported:
    /// ```text
    /// 1	財經	開支資料	數據以 CSV 格式提供	03/2023	每年
    /// ```
    /// and the 2024 plan's section D reports `05/2023` for the same dataset.
    /// Use instead: the first reported date, unless it was wrong (then say so
    /// in a note):
    /// ```text
    /// 1	財經	開支資料	數據以 CSV 格式提供	03/2023	每年
    /// ```
    pub struct ReleaseDateChanged => "release-date-changed", Some(Severity::Warning);
}

impl WorkspaceRule for ReleaseDateChanged {
    fn check(&self, workspace: &Workspace<'_>, findings: &mut WorkspaceFindings<'_>) {
        for (family, entries) in workspace.ledgers() {
            if !family[1..].iter().any(|plan| findings.reports_on(plan)) {
                continue;
            }
            for entry in entries {
                let Some((first_at, first_date)) = entry.released else {
                    continue;
                };
                let earlier = family[first_at.plan];
                let name = snippet(&entry.dataset, 40);
                for (p, change) in &entry.release_changes {
                    let later = family[*p];
                    let m = later.messages;
                    let first = first_date.to_string();
                    let finding = if let Some((at, date)) = change {
                        findings
                            .at(
                                at.date,
                                crate::t!(
                                    m,
                                    "release-date-changed",
                                    dataset = name.as_str(),
                                    first = first.as_str(),
                                    plan = earlier.path,
                                    date = date.to_string()
                                ),
                            )
                            .with_label(crate::t!(m, "release-date-changed.label", first = first.as_str()))
                    } else {
                        let at = ledger::anchor(later.document);
                        findings
                            .at(
                                at,
                                crate::t!(
                                    m,
                                    "release-date-changed.unlisted",
                                    dataset = name.as_str(),
                                    first = first.as_str(),
                                    plan = earlier.path
                                ),
                            )
                            .with_label(crate::t!(m, "release-date-changed.unlisted-label"))
                    }
                    .with_secondary_in(
                        earlier.file,
                        first_at.date,
                        crate::t!(m, "release-date-changed.first", first = first.as_str()),
                    )
                    .with_help(crate::t!(m, "release-date-changed.help"));
                    findings.push(later, finding);
                }
            }
        }
    }
}
