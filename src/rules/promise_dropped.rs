//! `promise-dropped`: a promise that a later plan no longer accounts for.

use super::{Workspace, WorkspaceFindings, WorkspaceRule};
use crate::declare_rule;
use crate::diagnostic::{Severity, snippet};
use crate::ledger::{self, LedgerPlan, Status};

declare_rule! {
    /// ## What it does
    /// Reports a promise that the issuer's next plan neither reports released
    /// nor promises again. It reads an issuer's successive plans in one
    /// language together: a dataset an earlier plan promised (sections A–C)
    /// for a month before the later plan was published must appear in the
    /// later plan's section D, or again in its A–C. The finding is on the
    /// later plan, with a second label at the promise.
    ///
    /// ## Why is this bad?
    /// A plan is a public commitment. The consolidating team, the press and
    /// the Legislative Council follow each promise from one year's plan to
    /// the next; a dataset that silently disappears is a broken promise that
    /// nobody explained.
    ///
    /// ## Example
    /// The 2024–2026 plan promised, in section A:
    /// ```text
    /// 1	財經	開支資料	數據以 CSV 格式提供	03/2024	每年
    /// ```
    /// and the 2025–2027 plan lists it neither in section D nor in A–C.
    /// Use instead: report it in section D of the later plan:
    /// ```text
    /// 1	財經	開支資料	數據以 CSV 格式提供	03/2024	每年
    /// ```
    pub struct PromiseDropped => "promise-dropped", Some(Severity::Warning);
}

impl WorkspaceRule for PromiseDropped {
    fn check(&self, workspace: &Workspace<'_>, findings: &mut WorkspaceFindings<'_>) {
        for (family, entries) in workspace.ledgers() {
            if !family[1..].iter().any(|plan| findings.reports_on(plan)) {
                continue;
            }
            for entry in entries {
                let (Status::Dropped, Some(promise), Some(target)) =
                    (entry.status, entry.promised_in, entry.target)
                else {
                    continue;
                };
                let later = family[entry.last_seen + 1];
                let earlier = family[entry.last_seen];
                let last_target = entry.rescheduled_in.last().map_or(target, |(_, d)| *d);
                // A promise not due when the later plan was published may
                // still be kept; only one already due is reported.
                let due = LedgerPlan {
                    path: later.path,
                    source: later.source,
                    document: later.document,
                }
                .published()
                    .is_some_and(|published| last_target < published);
                if !due {
                    continue;
                }
                let last_at = entry.rescheduled_in.last().map_or(promise, |(at, _)| *at);
                let at = ledger::anchor(later.document);
                let m = later.messages;
                let finding = findings
                    .at(
                        at,
                        crate::t!(
                            m,
                            "promise-dropped",
                            dataset = snippet(&entry.dataset, 40),
                            date = last_target.to_string(),
                            plan = earlier.path
                        ),
                    )
                    .with_label(crate::t!(m, "promise-dropped.label"))
                    .with_secondary_in(
                        earlier.file,
                        last_at.name,
                        crate::t!(m, "promise-dropped.promised", date = last_target.to_string()),
                    )
                    .with_help(crate::t!(m, "promise-dropped.help"));
                findings.push(later, finding);
            }
        }
    }
}
