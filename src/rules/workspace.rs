//! Workspace rules: checks that read several plans together, such as the
//! language versions of one plan or the successive plans of one issuer.
//!
//! The engine checks every plan on its own first, then hands all of them to
//! each enabled workspace rule at once. A workspace rule reports on any plan
//! it is given, and may point with a secondary label into another one
//! ([`Diagnostic::with_secondary_in`]); findings on plans that are only there
//! for comparison (on disk beside the files being checked) are dropped.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::{Declared, RuleMeta};
use crate::config::Settings;
use crate::diagnostic::Diagnostic;
use crate::identity::Identity;
use crate::ledger::{Entry, LedgerPlan};
use crate::model::{Document, Language, Span, YearMonth, YearRange};

pub use crate::diagnostic::FileId;

/// One plan as a workspace rule sees it.
#[derive(Debug, Clone, Copy)]
pub struct PlanRef<'a> {
    /// The file, for labels that point into it.
    pub file: FileId,
    /// The path as shown to the user.
    pub path: &'a str,
    /// The plan's text, which the document's spans point into.
    pub source: &'a str,
    /// The parsed plan.
    pub document: &'a Document,
    /// Its issuer, years and language: what groups it with other plans.
    pub identity: &'a Identity,
    /// The settings that apply to it: its vocabularies, and whether each
    /// rule is on for it and at which severity.
    pub settings: &'a Settings,
    /// Whether it is being checked; if not, it is there for comparison only
    /// and findings on it are not reported.
    pub checked: bool,
    /// The catalogue findings on it are written from.
    pub messages: &'static crate::i18n::Messages,
}

/// Every plan of the run, indexed by what groups plans.
#[derive(Debug, Clone)]
pub struct Workspace<'a> {
    /// The plans, in the order the engine was given them.
    pub plans: &'a [PlanRef<'a>],
    /// Plans by issuer and years: the language versions of one plan.
    by_plan: HashMap<(&'a str, YearRange), Vec<usize>>,
    /// Families of successive plans, one issuer in one language, oldest
    /// first, one plan per years.
    successions: Vec<Vec<usize>>,
    /// Each family's promise ledger, made once for every rule that reads it.
    ledgers: OnceLock<Vec<Vec<Entry>>>,
}

impl<'a> Workspace<'a> {
    /// Indexes `plans`.
    #[must_use]
    pub fn new(plans: &'a [PlanRef<'a>]) -> Self {
        let mut by_plan: HashMap<(&'a str, YearRange), Vec<usize>> = HashMap::new();
        let mut families: HashMap<(&'a str, Language), Vec<usize>> = HashMap::new();
        for (i, plan) in plans.iter().enumerate() {
            let (Some(issuer), Some(years)) = (&plan.identity.issuer, plan.identity.years) else {
                continue;
            };
            by_plan.entry((issuer.as_str(), years)).or_default().push(i);
            families
                .entry((issuer.as_str(), plan.identity.language))
                .or_default()
                .push(i);
        }
        let mut successions: Vec<Vec<usize>> = families
            .into_values()
            .map(|mut family| {
                family.sort_by_key(|&i| plans[i].identity.years.map(|y| (y.start, y.end)));
                // Two plans for the same years (a copy, a draft) are not
                // successive: the first, in input order, stands for them.
                family.dedup_by_key(|&mut i| plans[i].identity.years);
                family
            })
            .filter(|family| family.len() > 1)
            .collect();
        successions.sort_unstable();
        Self {
            plans,
            by_plan,
            successions,
            ledgers: OnceLock::new(),
        }
    }

    /// The other language versions of `plan`: same issuer and years.
    pub fn versions_of<'w>(
        &'w self,
        plan: &'w PlanRef<'a>,
    ) -> impl Iterator<Item = &'w PlanRef<'a>> + 'w {
        let key = plan.identity.issuer.as_deref().zip(plan.identity.years);
        key.and_then(|key| self.by_plan.get(&key))
            .into_iter()
            .flatten()
            .map(|&i| &self.plans[i])
            .filter(move |other| plan.identity.is_version_of(other.identity))
    }

    /// Every family of successive plans with its promise ledger (statuses
    /// that depend on the current month are not meaningful here).
    pub fn ledgers(&self) -> impl Iterator<Item = (Vec<&PlanRef<'a>>, &[Entry])> {
        let ledgers = self.ledgers.get_or_init(|| {
            let far_future = YearMonth {
                year: 9999,
                month: 12,
            };
            self.successions()
                .iter()
                .map(|family| {
                    let plans: Vec<LedgerPlan<'_>> = family
                        .iter()
                        .map(|p| LedgerPlan {
                            path: p.path,
                            source: p.source,
                            document: p.document,
                        })
                        .collect();
                    crate::ledger::ledger(&plans, far_future)
                })
                .collect()
        });
        self.successions()
            .into_iter()
            .zip(ledgers.iter().map(Vec::as_slice))
    }

    /// The plans of one issuer in one language, by plan years: every family
    /// of successive plans with more than one plan.
    #[must_use]
    pub fn successions(&self) -> Vec<Vec<&PlanRef<'a>>> {
        self.successions
            .iter()
            .map(|family| family.iter().map(|&i| &self.plans[i]).collect())
            .collect()
    }
}

/// Where a workspace rule puts its findings: each is stamped with the rule's
/// id and filed under the plan it is on, at the severity that plan's
/// configuration gives the rule. A finding on a plan for which the rule is
/// off, or that is not being checked, is dropped.
#[derive(Debug)]
pub struct WorkspaceFindings<'a> {
    rule: &'static str,
    out: &'a mut Vec<(FileId, Diagnostic)>,
}

impl<'a> WorkspaceFindings<'a> {
    /// Findings of `rule`, pushed onto `out`.
    pub fn new(rule: &'static RuleMeta, out: &'a mut Vec<(FileId, Diagnostic)>) -> Self {
        Self { rule: rule.id, out }
    }

    /// Whether findings on `plan` are reported at all: it is being checked
    /// and the rule is on for it. A rule can skip work on the others.
    #[must_use]
    pub fn reports_on(&self, plan: &PlanRef<'_>) -> bool {
        plan.checked && plan.settings.rules.contains_key(self.rule)
    }

    /// A finding of this rule at `span` (in the plan it will be pushed on).
    #[must_use]
    pub fn at(&self, span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(self.rule, span, message)
    }

    /// Reports `finding` on `plan`.
    pub fn push(&mut self, plan: &PlanRef<'_>, mut finding: Diagnostic) {
        let Some(&severity) = plan.settings.rules.get(self.rule) else {
            return;
        };
        if !plan.checked {
            return;
        }
        finding.severity = severity;
        self.out.push((plan.file, finding));
    }
}

/// Which plans a workspace rule compares: the engine parses a plan for the
/// workspace rules only when some rule relates it to another plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Related {
    /// Language versions of one plan: same issuer and years, other language.
    LanguageVersions,
    /// An issuer's plans for other years in the same language.
    Successors,
    /// Plans with the same issuer, years and language (copies, drafts).
    Copies,
}

/// A check over several plans together.
pub trait WorkspaceRule: Declared + Send + Sync {
    /// Which plans the rule compares; plans related in none of these ways
    /// to another plan are not given to it.
    fn reads(&self) -> &'static [Related] {
        &[Related::LanguageVersions, Related::Successors]
    }

    /// Reports every defect the rule sees across the plans.
    fn check(&self, workspace: &Workspace<'_>, findings: &mut WorkspaceFindings<'_>);
}
