//! The promise ledger: what became of every dataset a plan promised.
//!
//! For the successive plans of one issuer in one language, each data row of
//! sections A–C is a promise: a dataset with a target date. A later plan
//! accounts for it by reporting it released in section D (on time, or late
//! by some months), by promising it again (rescheduled when the target
//! moved), or not at all (dropped). Section D is cumulative: a dataset
//! reported released keeps its release date in later plans.
//!
//! Datasets are matched by name within the issuer: tags such as `[新項目]`,
//! spacing, full-width and half-width forms and case are ignored, and small
//! edits (a character or two in a long name) still match. A renamed category
//! does not break the match: categories are not compared.

use serde::Serialize;

use crate::identity::Identity;
use crate::model::{Document, Field, Language, RowKind, SectionKind, Span, YearMonth, YearRange};
use crate::vocab::edit_distance;

/// One plan of a family, as the ledger reads it.
#[derive(Debug, Clone, Copy)]
pub struct LedgerPlan<'a> {
    /// The path as shown to the user.
    pub path: &'a str,
    /// The plan's text, which the document's spans point into.
    pub source: &'a str,
    /// The parsed plan.
    pub document: &'a Document,
}

impl LedgerPlan<'_> {
    /// The month the plan was published: its footer's, else the December
    /// before its first plan year (plans are published at the turn of the
    /// year), else `None` when it names no years.
    #[must_use]
    pub fn published(&self) -> Option<YearMonth> {
        self.document.published().or_else(|| {
            self.document.years.map(|y| YearMonth {
                year: y.start - 1,
                month: 12,
            })
        })
    }
}

/// Where a finding about a dataset a plan leaves out goes: the plan's
/// section D heading, else its title, else its start.
#[must_use]
pub fn anchor(document: &Document) -> Span {
    document
        .sections
        .iter()
        .find(|s| s.kind == SectionKind::Progress)
        .map(|s| s.heading_span)
        .or_else(|| document.title.as_ref().map(|t| t.span))
        .unwrap_or(Span::empty(0))
}

/// Where a row is: which plan of the family, its line, and its cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct At {
    /// Index of the plan in the family (oldest first).
    pub plan: usize,
    /// 1-based line of the row.
    pub line: usize,
    /// The dataset name's cell.
    pub name: Span,
    /// The date cell.
    pub date: Span,
}

/// What became of a promise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Released no later than its (first) target month.
    ReleasedOnTime,
    /// Released after its (first) target month.
    ReleasedLate,
    /// Promised again with a later target, not released yet.
    Rescheduled,
    /// Target before the as-of month, not released.
    Overdue,
    /// Target not reached yet.
    Pending,
    /// Not released and not promised again by the next plan.
    Dropped,
    /// Reported released in section D, with no earlier plan promising it.
    UnpromisedRelease,
}

impl Status {
    /// The status as JSON writes it (`released-on-time`).
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Status::ReleasedOnTime => "released-on-time",
            Status::ReleasedLate => "released-late",
            Status::Rescheduled => "rescheduled",
            Status::Overdue => "overdue",
            Status::Pending => "pending",
            Status::Dropped => "dropped",
            Status::UnpromisedRelease => "unpromised-release",
        }
    }
}

/// One dataset's history through the family.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The dataset's name as first written.
    pub dataset: String,
    /// The first promise (absent for an unpromised release).
    pub promised_in: Option<At>,
    /// The first target date.
    pub target: Option<YearMonth>,
    /// Every later promise that moved the target, oldest first.
    pub rescheduled_in: Vec<(At, YearMonth)>,
    /// The last plan that promised it (or the first that released it).
    pub last_seen: usize,
    /// The release, as first reported.
    pub released: Option<(At, YearMonth)>,
    /// Later reports of the release that give another date, or `None` for a
    /// later plan whose section D no longer lists it.
    pub release_changes: Vec<(usize, Option<(At, YearMonth)>)>,
    /// What became of it.
    pub status: Status,
}

impl Entry {
    /// Months between the first target and the release (negative when early).
    #[must_use]
    pub fn months_late(&self) -> Option<i32> {
        let (target, (_, released)) = (self.target?, self.released?);
        Some(months(released) - months(target))
    }

    /// How many times a later plan moved the target.
    #[must_use]
    pub fn reschedules(&self) -> usize {
        self.rescheduled_in.len()
    }
}

fn months(date: YearMonth) -> i32 {
    i32::from(date.year) * 12 + i32::from(date.month)
}

/// A dataset name reduced to what identifies it: no bracketed tags
/// (`[新項目]`, `(New)`), no spaces or punctuation, half-width, lowercase.
#[must_use]
pub fn dataset_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    let mut depth = 0usize;
    for c in name.chars() {
        let c = match c {
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(u32::from(c) - 0xfee0).unwrap_or(c),
            _ => c,
        };
        match c {
            '[' | '【' | '〔' => depth += 1,
            ']' | '】' | '〕' => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            _ if c.is_alphanumeric() => key.extend(c.to_lowercase()),
            _ => {}
        }
    }
    key
}

/// Whether two dataset keys name the same dataset: equal, or a small edit
/// apart (one character in eight).
fn same_dataset(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let longest = a.len().max(b.len());
    if longest < 6 || a.len().abs_diff(b.len()) > longest / 8 {
        return false;
    }
    edit_distance(&a, &b) <= longest / 8
}

/// A dataset row of a plan: promised (A–C) or released (D).
struct Row<'a> {
    name: &'a str,
    key: String,
    date: YearMonth,
    at: At,
    released: bool,
}

fn rows<'a>(plan: usize, source: &'a str, document: &'a Document) -> Vec<Row<'a>> {
    let mut rows = Vec::new();
    for (section, _, row) in document.data_rows() {
        if row.kind != RowKind::Data {
            continue;
        }
        let (Some(name), Some(date), Some(value)) = (
            row.get(Field::Name),
            row.get(Field::Date),
            crate::syntax::value::date_of(row, source),
        ) else {
            continue;
        };
        let name_span = name.span;
        let name = name.text(source);
        let key = dataset_key(name);
        if key.is_empty() {
            continue;
        }
        rows.push(Row {
            name,
            key,
            date: value.date,
            at: At {
                plan,
                line: row.line as usize,
                name: name_span,
                date: date.span,
            },
            released: section.kind == SectionKind::Progress,
        });
    }
    rows
}

/// The ledger of one family of plans (one issuer, one language), oldest
/// plan first, as of the month `as_of`.
#[must_use]
pub fn ledger(plans: &[LedgerPlan<'_>], as_of: YearMonth) -> Vec<Entry> {
    let mut entries: Vec<(String, Entry)> = Vec::new();
    // Entry by exact key; a name written a little differently is looked for
    // among all entries only when no key matches exactly.
    let mut by_key: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for (p, plan) in plans.iter().enumerate() {
        let rows = rows(p, plan.source, plan.document);
        let mut seen_in_d = vec![false; entries.len()];
        for row in &rows {
            let found = by_key.get(&row.key).copied().or_else(|| {
                entries
                    .iter()
                    .position(|(key, _)| same_dataset(key, &row.key))
            });
            match (found, row.released) {
                (Some(i), true) => {
                    if let Some(seen) = seen_in_d.get_mut(i) {
                        *seen = true;
                    }
                    let entry = &mut entries[i].1;
                    match entry.released {
                        None => {
                            entry.released = Some((row.at, row.date));
                            entry.last_seen = p;
                        }
                        Some((_, date)) if date != row.date => {
                            entry.release_changes.push((p, Some((row.at, row.date))));
                        }
                        Some(_) => {}
                    }
                }
                (Some(i), false) => {
                    let entry = &mut entries[i].1;
                    if entry.released.is_some() {
                        continue;
                    }
                    let current = entry
                        .rescheduled_in
                        .last()
                        .map(|(_, d)| *d)
                        .or(entry.target);
                    if entry.promised_in.is_some() && current != Some(row.date) {
                        entry.rescheduled_in.push((row.at, row.date));
                    }
                    if entry.promised_in.is_none() {
                        entry.promised_in = Some(row.at);
                        entry.target = Some(row.date);
                    }
                    entry.last_seen = p;
                }
                (None, released) => {
                    // A release in the oldest plan is history, not a finding.
                    let entry = Entry {
                        dataset: row.name.to_owned(),
                        promised_in: (!released).then_some(row.at),
                        target: (!released).then_some(row.date),
                        rescheduled_in: Vec::new(),
                        last_seen: p,
                        released: released.then_some((row.at, row.date)),
                        release_changes: Vec::new(),
                        status: if released && p > 0 {
                            Status::UnpromisedRelease
                        } else {
                            Status::Pending
                        },
                    };
                    by_key.insert(row.key.clone(), entries.len());
                    entries.push((row.key.clone(), entry));
                    seen_in_d.push(released);
                }
            }
        }
        // A release an earlier plan reported that this plan's section D no
        // longer lists.
        if p > 0 {
            for (i, (_, entry)) in entries.iter_mut().enumerate() {
                let reported_before = entry.released.is_some_and(|(at, _)| at.plan < p);
                if reported_before && !seen_in_d.get(i).copied().unwrap_or(true) {
                    entry.release_changes.push((p, None));
                }
            }
        }
    }
    let last = plans.len().saturating_sub(1);
    entries
        .into_iter()
        .map(|(_, mut entry)| {
            entry.status = status(&entry, last, as_of);
            entry
        })
        .filter(|e| e.promised_in.is_some() || e.status == Status::UnpromisedRelease)
        .collect()
}

fn status(entry: &Entry, last: usize, as_of: YearMonth) -> Status {
    if entry.promised_in.is_none() {
        return entry.status;
    }
    if let Some(late) = entry.months_late() {
        return if late > 0 {
            Status::ReleasedLate
        } else {
            Status::ReleasedOnTime
        };
    }
    let target = entry
        .rescheduled_in
        .last()
        .map(|(_, d)| *d)
        .or(entry.target);
    // The next plan neither released it nor promised it again.
    if entry.last_seen < last {
        return Status::Dropped;
    }
    if target.is_some_and(|t| t < as_of) {
        return Status::Overdue;
    }
    if entry.rescheduled_in.is_empty() {
        Status::Pending
    } else {
        Status::Rescheduled
    }
}

/// The plans' year ranges, for a family's heading.
#[must_use]
pub fn years(plans: &[LedgerPlan<'_>]) -> Vec<YearRange> {
    plans.iter().filter_map(|p| p.document.years).collect()
}

/// A family of successive plans: one issuer, one language, oldest first.
#[derive(Debug, Clone)]
pub struct Family<'a> {
    /// The issuer's id.
    pub issuer: String,
    /// The plans, oldest first.
    pub plans: Vec<LedgerPlan<'a>>,
}

/// Groups plans into families by their identities (issuer and language),
/// each family's plans sorted by years, families by issuer then language.
/// Plans without an issuer or years are left out.
#[must_use]
pub fn families<'a>(plans: &[(LedgerPlan<'a>, &'a Identity)]) -> Vec<Family<'a>> {
    let mut families: Vec<(&'a Identity, Family<'a>)> = Vec::new();
    let mut index: std::collections::HashMap<(&'a str, Language), usize> =
        std::collections::HashMap::new();
    for &(plan, identity) in plans {
        let (Some(issuer), Some(_)) = (&identity.issuer, identity.years) else {
            continue;
        };
        let slot = *index
            .entry((issuer.as_str(), identity.language))
            .or_insert_with(|| {
                families.push((
                    identity,
                    Family {
                        issuer: issuer.clone(),
                        plans: Vec::new(),
                    },
                ));
                families.len() - 1
            });
        families[slot].1.plans.push(plan);
    }
    for (_, family) in &mut families {
        family
            .plans
            .sort_by_key(|p| p.document.years.map(|y| (y.start, y.end)));
        // Two plans for the same years (a copy, a draft) are not successive:
        // the first, in input order, stands for them.
        family.plans.dedup_by_key(|p| p.document.years);
    }
    families.sort_by(|a, b| {
        (a.1.issuer.as_str(), a.0.language as u8).cmp(&(b.1.issuer.as_str(), b.0.language as u8))
    });
    families.into_iter().map(|(_, f)| f).collect()
}

/// Where an entry's promise or release is, as JSON writes it.
#[derive(Debug, Clone, Serialize)]
pub struct PlaceJson<'a> {
    /// The plan's path.
    pub path: &'a str,
    /// 1-based line of the row.
    pub line: usize,
    /// The plan's years.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub years: Option<YearRange>,
}

/// One ledger entry as `planlint ledger --format json` writes it.
#[derive(Debug, Clone, Serialize)]
pub struct EntryJson<'a> {
    /// The issuer's id.
    pub issuer: &'a str,
    /// The dataset's name as first written.
    pub dataset: &'a str,
    /// Where it was first promised.
    pub promised_in: Option<PlaceJson<'a>>,
    /// The first target, `MM/YYYY`.
    pub target: Option<String>,
    /// What became of it.
    pub status: Status,
    /// The release date, `MM/YYYY`.
    pub released: Option<String>,
    /// Where the release was first reported.
    pub released_in: Option<PlaceJson<'a>>,
    /// Months between the first target and the release.
    pub months_late: Option<i32>,
    /// How many times a later plan moved the target.
    pub reschedules: usize,
}

impl<'a> EntryJson<'a> {
    /// The JSON view of `entry` of `family`.
    #[must_use]
    pub fn new(family: &'a Family<'a>, entry: &'a Entry) -> Self {
        let place = |at: At, years: bool| {
            let plan = &family.plans[at.plan];
            PlaceJson {
                path: plan.path,
                line: at.line,
                years: years.then_some(plan.document.years).flatten(),
            }
        };
        Self {
            issuer: &family.issuer,
            dataset: &entry.dataset,
            promised_in: entry.promised_in.map(|at| place(at, true)),
            target: entry.target.map(|d| d.to_string()),
            status: entry.status,
            released: entry.released.map(|(_, d)| d.to_string()),
            released_in: entry.released.map(|(at, _)| place(at, false)),
            months_late: entry.months_late(),
            reschedules: entry.reschedules(),
        }
    }
}

/// This month, from the system clock (UTC).
#[must_use]
pub fn this_month() -> YearMonth {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = i64::try_from(days).unwrap_or(0) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    YearMonth {
        year: u16::try_from(year).unwrap_or(u16::MAX),
        month: u8::try_from(month).unwrap_or(1),
    }
}

/// Reads `YYYY-MM` (as `--as-of` takes it).
#[must_use]
pub fn parse_month(text: &str) -> Option<YearMonth> {
    let (year, month) = text.trim().split_once('-')?;
    let (year, month) = (year.parse::<u16>().ok()?, month.parse::<u8>().ok()?);
    ((1900..2200).contains(&year) && (1..=12).contains(&month)).then_some(YearMonth { year, month })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dataset_keys_ignore_tags_width_space_and_case() {
        assert_eq!(
            dataset_key("智慧生活 初創培育計劃資料 [新項目]"),
            dataset_key("智慧生活初創培育計劃資料")
        );
        assert_eq!(dataset_key("ＣＳＶ Data"), dataset_key("csv data"));
        assert_eq!(dataset_key("List of Parks [New]"), "listofparks");
        assert!(same_dataset(
            &dataset_key("Designated Local Research Institutions"),
            &dataset_key("Designated Local Research Institution")
        ));
        assert!(!same_dataset(&dataset_key("Parks"), &dataset_key("Ports")));
    }

    #[test]
    fn months() {
        assert_eq!(
            parse_month("2026-11"),
            Some(YearMonth {
                year: 2026,
                month: 11
            })
        );
        assert_eq!(parse_month("2026-13"), None);
        assert_eq!(parse_month("11/2026"), None);
        let now = this_month();
        assert!(now.year >= 2024 && (1..=12).contains(&now.month));
    }
}
