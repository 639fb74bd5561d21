//! `planlint report`: the consolidated plans as one self-contained web page.
//!
//! [`page`] gathers what the page shows from the parsed plans, the findings
//! of a check and the promise ledger; [`Page::render`] writes it with the
//! askama template `templates/report.html`. Templates are compiled with the
//! crate and escape every value for HTML, so plan text, which is untrusted,
//! only ever shows as text. The page carries its CSS, its charts (inline
//! SVG, see [`chart`]) and a small script for sorting and filtering the
//! dataset table; it fetches nothing and reads fully with scripting off.

pub mod chart;

use std::collections::{BTreeMap, HashMap};

use askama::Template;

use crate::diagnostic::Severity;
use crate::identity::{Identity, Issuers};
use crate::ledger::{self, Entry, Family, LedgerPlan, Status};
use crate::model::{DataKind, Document, Field, Language, Row, SectionKind, Table, YearMonth};
use crate::vocab::Vocabulary;
use chart::{Bar, Chart};

/// One parsed plan of the report.
#[derive(Debug, Clone, Copy)]
pub struct PlanInput<'a> {
    /// The path as shown.
    pub path: &'a str,
    /// The plan's text, which the document's spans point into.
    pub source: &'a str,
    /// The parsed plan.
    pub document: &'a Document,
    /// Its issuer, years and language.
    pub identity: &'a Identity,
    /// The vocabularies it was parsed with (its `planlint.toml`'s): the page
    /// classifies its categories, frequencies and formats as `check` does.
    pub vocab: &'a Vocabulary,
    /// The issuers its config knows.
    pub issuers: &'a Issuers,
}

/// One finding, as the page lists it.
#[derive(Debug, Clone)]
pub struct Finding {
    /// The file.
    pub path: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// The rule's id.
    pub rule: String,
    /// How serious it is.
    pub severity: Severity,
    /// The text the finding points at (cut when long).
    pub cell: String,
    /// The message, as `planlint check` prints it.
    pub message: String,
}

/// Promise counts over some ledger entries.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stats {
    /// Entries with a promise.
    pub promised: usize,
    /// Released no later than the first target.
    pub on_time: usize,
    /// Released after it.
    pub late: usize,
    /// Target moved, not released, not yet due.
    pub rescheduled: usize,
    /// Target passed, not released.
    pub overdue: usize,
    /// Target not reached yet.
    pub pending: usize,
    /// Not promised again by the next plan.
    pub dropped: usize,
    /// Reported released with no earlier promise.
    pub unpromised: usize,
    /// Times a later plan moved a target, over all entries.
    pub reschedules: usize,
    /// Months late, summed over late releases.
    pub months_late: i64,
    /// The most months any release was late.
    pub max_months_late: i32,
}

impl Stats {
    fn add(&mut self, entry: &Entry) {
        self.promised += usize::from(entry.promised_in.is_some());
        match entry.status {
            Status::ReleasedOnTime => self.on_time += 1,
            Status::ReleasedLate => self.late += 1,
            Status::Rescheduled => self.rescheduled += 1,
            Status::Overdue => self.overdue += 1,
            Status::Pending => self.pending += 1,
            Status::Dropped => self.dropped += 1,
            Status::UnpromisedRelease => self.unpromised += 1,
        }
        self.reschedules += entry.reschedules();
        if entry.status == Status::ReleasedLate
            && let Some(late) = entry.months_late()
        {
            self.months_late += i64::from(late);
            self.max_months_late = self.max_months_late.max(late);
        }
    }

    /// Promises that have come due: released, overdue or dropped.
    #[must_use]
    pub fn due(&self) -> usize {
        self.on_time + self.late + self.overdue + self.dropped
    }

    /// Released on time, of the promises due, as a percentage (`83%`), or
    /// `–` when none is due.
    #[must_use]
    pub fn on_time_rate(&self) -> String {
        match self.due() {
            0 => "–".to_owned(),
            due => format!("{}%", (self.on_time * 100 + due / 2) / due),
        }
    }

    /// Mean months late over late releases (`2.5`), or `–`.
    #[must_use]
    pub fn mean_months_late(&self) -> String {
        if self.late == 0 {
            return "–".to_owned();
        }
        let late = i64::try_from(self.late).unwrap_or(i64::MAX);
        let tenths = (self.months_late * 10 + late / 2) / late;
        format!("{}.{}", tenths / 10, tenths % 10)
    }
}

/// Finding counts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    /// Errors.
    pub errors: usize,
    /// Warnings.
    pub warnings: usize,
    /// Infos.
    pub infos: usize,
    /// Per rule id, most first.
    pub by_rule: Vec<(String, usize)>,
}

impl Counts {
    fn of<'f>(findings: impl Iterator<Item = &'f Finding>) -> Self {
        let mut counts = Counts::default();
        let mut by_rule: BTreeMap<&str, usize> = BTreeMap::new();
        for f in findings {
            match f.severity {
                Severity::Error => counts.errors += 1,
                Severity::Warning => counts.warnings += 1,
                Severity::Info => counts.infos += 1,
            }
            *by_rule.entry(&f.rule).or_default() += 1;
        }
        counts.by_rule = by_rule
            .into_iter()
            .map(|(r, n)| (r.to_owned(), n))
            .collect();
        counts
            .by_rule
            .sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        counts
    }

    /// All findings.
    #[must_use]
    pub fn total(&self) -> usize {
        self.errors + self.warnings + self.infos
    }
}

/// One plan year range of an issuer, with the file of each language version.
#[derive(Debug, Clone)]
pub struct PlanYears {
    /// `2024–2026`, or `?` for plans without years.
    pub years: String,
    /// The files in Traditional Chinese, English and Simplified Chinese.
    pub versions: [Vec<String>; 3],
}

/// What the page says about one issuer.
#[derive(Debug, Clone)]
pub struct IssuerView {
    /// The anchor id (`issuer-itc`).
    pub anchor: String,
    /// The issuer's id (empty for plans whose issuer is not known).
    pub id: String,
    /// Its name in Traditional Chinese (or as written).
    pub name_zh: String,
    /// Its name in English.
    pub name_en: String,
    /// Its plans by years.
    pub plans: Vec<PlanYears>,
    /// How many plan files.
    pub files: usize,
    /// Its findings.
    pub findings: Vec<Finding>,
    /// Their counts (of all of them, also those not listed).
    pub counts: Counts,
    /// Findings left out of the list, past [`FINDINGS_SHOWN`].
    pub more_findings: usize,
    /// Its promises, over every language.
    pub stats: Stats,
    /// Its promises in its first language only (what the totals add up).
    pub primary: Stats,
    /// The language the primary stats and the catalogue are counted in.
    pub primary_language: &'static str,
}

impl IssuerView {
    /// An issuer with nothing counted yet; `id` is empty for plans whose
    /// issuer is not known.
    fn new(id: &str, name_zh: String, name_en: String) -> Self {
        IssuerView {
            anchor: anchor(if id.is_empty() { "unknown" } else { id }),
            id: id.to_owned(),
            name_zh,
            name_en,
            plans: Vec::new(),
            files: 0,
            findings: Vec::new(),
            counts: Counts::default(),
            more_findings: 0,
            stats: Stats::default(),
            primary: Stats::default(),
            primary_language: "",
        }
    }
}

/// One row of the dataset table.
#[derive(Debug, Clone)]
pub struct DatasetRow {
    /// The issuer's id.
    pub issuer: String,
    /// `zh-Hant`, `en` or `zh-Hans`.
    pub language: &'static str,
    /// Whether this row is in its issuer's primary language.
    pub primary: bool,
    /// The dataset's name as first written.
    pub name: String,
    /// The category as written in the latest row.
    pub category: String,
    /// `target` or `released`.
    pub date_kind: &'static str,
    /// `MM/YYYY`.
    pub date: String,
    /// `YYYY-MM`, for sorting.
    pub date_key: String,
    /// The frequency as written.
    pub frequency: String,
    /// The formats named, comma-separated.
    pub formats: String,
    /// The ledger status (`released-late`).
    pub status: &'static str,
    /// Months late, when released late.
    pub late: String,
    /// Where the latest row is: `path:line`.
    pub at: String,
}

/// The whole page.
#[derive(Debug, Template)]
#[template(path = "report.html")]
pub struct Page {
    /// The month promises are judged at, `MM/YYYY`.
    pub as_of: String,
    /// planlint's version.
    pub version: &'static str,
    /// Plan files read.
    pub files: usize,
    /// Issuers found.
    pub issuer_count: usize,
    /// Promise totals over each issuer's primary language.
    pub totals: Stats,
    /// Finding totals.
    pub counts: Counts,
    /// Rows in the dataset table, in the primary languages.
    pub datasets_primary: usize,
    /// Charts of the ledger.
    pub ledger_charts: Vec<Chart>,
    /// Charts of the catalogue.
    pub catalogue_charts: Vec<Chart>,
    /// Every issuer.
    pub issuers: Vec<IssuerView>,
    /// Every dataset.
    pub datasets: Vec<DatasetRow>,
    /// The language of the page's labels (the plans' text stays as it is).
    pub language: Language,
}

impl Page {
    /// The page as HTML.
    pub fn html(&self) -> Result<String, askama::Error> {
        self.render()
    }

    /// Label `id` in the page's language.
    fn t(&self, id: &str) -> String {
        crate::i18n::messages(self.language).get(id, &[])
    }

    /// The sentence under an issuer's table that sums up its promises.
    fn issuer_promises(&self, view: &IssuerView) -> String {
        use crate::i18n::Arg;
        let s = &view.primary;
        crate::i18n::messages(self.language).get(
            "report-issuer-promises",
            &[
                ("language", Arg::from(view.primary_language)),
                ("promised", Arg::from(s.promised)),
                ("on_time", Arg::from(s.on_time)),
                ("late", Arg::from(s.late)),
                ("rate", Arg::from(s.on_time_rate())),
                ("months", Arg::from(s.mean_months_late())),
                ("reschedules", Arg::from(s.reschedules)),
                ("overdue", Arg::from(s.overdue)),
                ("dropped", Arg::from(s.dropped)),
                ("not_due", Arg::from(s.pending + s.rescheduled)),
            ],
        )
    }

    /// A finding's severity, in words.
    fn severity(&self, severity: crate::diagnostic::Severity) -> String {
        self.t(&format!("report-severity-{}", severity.as_str()))
    }

    /// The heading of an issuer's list of findings.
    fn every_finding(&self, view: &IssuerView) -> String {
        crate::i18n::messages(self.language).get(
            "report-every-finding",
            &[("issuer", crate::i18n::Arg::from(&view.name_zh))],
        )
    }

    /// Label `id` with a count `n`.
    fn tn(&self, id: &str, n: impl std::borrow::Borrow<usize>) -> String {
        let n = *n.borrow();
        crate::i18n::messages(self.language).get(id, &[("n", crate::i18n::Arg::from(n))])
    }

    /// What a dataset row's date is (`released`, `target`), in words.
    fn date_kind(&self, kind: &str) -> String {
        let id = if kind == "released" {
            "ledger-released"
        } else {
            "ledger-target"
        };
        self.t(id)
    }

    /// A dataset row's status (`overdue`) in words; the row's
    /// `data-status`, which the filter reads, stays as it is.
    fn status(&self, status: &str) -> String {
        let m = crate::i18n::messages(self.language);
        if status == "released-earlier" {
            return m.get("report-status-released-earlier", &[]);
        }
        let id = format!("ledger-status-{status}");
        if m.has(&id) {
            m.get(&id, &[])
        } else {
            status.to_owned()
        }
    }

    /// The `lang` attribute of the page.
    fn lang_tag(&self) -> &'static str {
        language_tag(self.language)
    }

    /// The page's title.
    fn title(&self) -> String {
        crate::t!(
            crate::i18n::messages(self.language),
            "report-title",
            as_of = &self.as_of
        )
    }

    /// The line under the heading.
    fn lead(&self) -> String {
        crate::t!(
            crate::i18n::messages(self.language),
            "report-lead",
            files = self.files,
            issuers = self.issuer_count,
            as_of = &self.as_of
        )
    }

    /// The footer.
    fn footer(&self) -> String {
        crate::t!(
            crate::i18n::messages(self.language),
            "report-footer",
            version = self.version
        )
    }

    /// "{n} of {total} datasets shown", for the filter's script to fill in.
    fn shown_format(&self) -> String {
        crate::t!(
            crate::i18n::messages(self.language),
            "report-shown",
            n = "{n}",
            total = "{total}"
        )
    }
}

fn language_tag(language: Language) -> &'static str {
    match language {
        Language::ZhHant => "zh-Hant",
        Language::ZhHans => "zh-Hans",
        Language::En => "en",
    }
}

fn language_slot(language: Language) -> usize {
    match language {
        Language::ZhHant => 0,
        Language::En => 1,
        Language::ZhHans => 2,
    }
}

/// Anchor-safe form of an issuer id.
fn anchor(id: &str) -> String {
    let safe: String = id
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    format!("issuer-{safe}")
}

/// The data rows of a family's plans by plan index and line, for finding
/// the row a ledger position points at.
fn rows_by_line<'d>(family: &Family<'d>) -> HashMap<(usize, usize), (&'d Table, &'d Row)> {
    let mut rows = HashMap::new();
    for (i, plan) in family.plans.iter().enumerate() {
        for (_, table, row) in plan.document.data_rows() {
            rows.insert((i, row.line as usize), (table, row));
        }
    }
    rows
}

/// What the catalogue counts of one dataset.
struct Described {
    category: String,
    category_label: String,
    frequency: String,
    frequency_label: String,
    formats: Vec<(String, bool)>,
    kind: Option<DataKind>,
}

fn describe(source: &str, table: &Table, row: &Row, vocab: &Vocabulary) -> Described {
    let category = row.get(Field::Category).map_or("", |c| c.text(source));
    let category_label = match vocab.category(category) {
        // A category a config adds has one name in every language.
        Some(m) if m.category.name(Language::En) == m.category.name(Language::ZhHant) => {
            m.category.name(Language::En).to_owned()
        }
        Some(m) => format!(
            "{} {}",
            m.category.name(Language::En),
            m.category.name(Language::ZhHant)
        ),
        None if category.is_empty() => "(none)".to_owned(),
        None => "(unknown)".to_owned(),
    };
    let frequency = row.get(Field::Frequency).map_or("", |c| c.text(source));
    let frequency_label = crate::syntax::value::frequency_of(row, source)
        .and_then(|v| vocab.frequency(v.term(source)))
        .map_or_else(
            || {
                if frequency.is_empty() {
                    "(none)".to_owned()
                } else {
                    "(unknown)".to_owned()
                }
            },
            std::borrow::Cow::into_owned,
        );
    let mut formats: Vec<(String, bool)> = Vec::new();
    for cell in [
        row.get(Field::Description),
        row.get(Field::Remarks),
        row.get(Field::Name),
    ]
    .into_iter()
    .flatten()
    {
        for mention in vocab.formats_in(cell.text(source)) {
            if !formats.iter().any(|(n, _)| *n == mention.format.name) {
                formats.push((mention.format.name.clone(), mention.format.machine_readable));
            }
        }
    }
    Described {
        category: category.to_owned(),
        category_label,
        frequency: frequency.to_owned(),
        frequency_label,
        formats,
        kind: table.kind,
    }
}

/// Counts of the catalogue, over the primary-language datasets.
#[derive(Default)]
struct Catalogue {
    formats: BTreeMap<String, (usize, bool)>,
    no_format: usize,
    machine_readable: usize,
    frequencies: BTreeMap<String, usize>,
    categories: BTreeMap<String, usize>,
    spatial: [usize; 3],
}

impl Catalogue {
    fn add(&mut self, d: &Described) {
        for (name, readable) in &d.formats {
            self.formats.entry(name.clone()).or_insert((0, *readable)).0 += 1;
        }
        if d.formats.is_empty() {
            self.no_format += 1;
        }
        if d.formats.iter().any(|(_, r)| *r) {
            self.machine_readable += 1;
        }
        *self
            .frequencies
            .entry(d.frequency_label.clone())
            .or_default() += 1;
        *self.categories.entry(d.category_label.clone()).or_default() += 1;
        self.spatial[match d.kind {
            Some(DataKind::Spatial) => 0,
            Some(DataKind::NonSpatial) => 1,
            None => 2,
        }] += 1;
    }
}

/// Bars for `counts`, most first, the rest after `limit` bars summed as
/// `other`.
fn top_bars(
    counts: &BTreeMap<String, usize>,
    limit: usize,
    class: &str,
    m: &crate::i18n::Messages,
) -> Vec<Bar> {
    let mut sorted: Vec<(&String, &usize)> = counts.iter().collect();
    sorted.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    let mut bars: Vec<Bar> = sorted
        .iter()
        .take(limit)
        .map(|(label, value)| Bar {
            label: (*label).clone(),
            value: **value,
            class: class.to_owned(),
        })
        .collect();
    let rest: usize = sorted.iter().skip(limit).map(|(_, v)| **v).sum();
    if rest > 0 {
        bars.push(Bar {
            label: crate::t!(m, "report-bar-others", n = sorted.len() - limit),
            value: rest,
            class: "muted".to_owned(),
        });
    }
    bars
}

/// The most findings listed for one issuer: past them, the counts still
/// add up every finding and `planlint check` lists the rest, but the page
/// stays small enough to open.
pub const FINDINGS_SHOWN: usize = 2000;

/// Rows in each body of the dataset table. The browser lays a body out only
/// when it is scrolled to, so a page of thousands of datasets opens as fast
/// as a short one.
pub const ROWS_PER_BODY: usize = 200;

/// The status of a dataset the oldest plan of its family reports released:
/// released before the plans the report reads.
pub const RELEASED_EARLIER: &str = "released-earlier";

/// Everything the page shows, from the plans, the findings and the ledger
/// of each issuer's family of plans as of `as_of`.
#[must_use]
pub fn page(
    plans: &[PlanInput<'_>],
    findings: Vec<Finding>,
    as_of: YearMonth,
    language: Language,
) -> Page {
    let mut builder = Builder::default();
    builder.add(plans, as_of);
    builder.finish(findings, as_of, language)
}

/// The page, built a few issuers at a time so that only their plans need
/// be in memory: [`add`](Self::add) every plan of some issuers, then the
/// next ones, then [`finish`](Self::finish).
#[derive(Default)]
pub struct Builder {
    views: BTreeMap<String, IssuerView>,
    issuer_of: HashMap<String, String>,
    files: usize,
    totals: Stats,
    catalogue: Catalogue,
    datasets: Vec<DatasetRow>,
    per_year: BTreeMap<u16, [usize; 2]>,
    datasets_primary: usize,
}

impl std::fmt::Debug for Builder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Builder")
            .field("files", &self.files)
            .finish_non_exhaustive()
    }
}

impl Builder {
    /// Adds `plans`: every plan of each of their issuers (an issuer's
    /// promises are counted in the language of its first family).
    pub fn add(&mut self, plans: &[PlanInput<'_>], as_of: YearMonth) {
        let Self {
            views,
            issuer_of,
            files,
            totals,
            catalogue,
            datasets,
            per_year,
            datasets_primary,
        } = self;
        *files += plans.len();
        let vocab_of: HashMap<&str, &Vocabulary> =
            plans.iter().map(|p| (p.path, p.vocab)).collect();
        let with_identity: Vec<(LedgerPlan<'_>, &Identity)> = plans
            .iter()
            .map(|p| {
                (
                    LedgerPlan {
                        path: p.path,
                        source: p.source,
                        document: p.document,
                    },
                    p.identity,
                )
            })
            .collect();
        let families = ledger::families(&with_identity);
        let ledgers: Vec<(&Family<'_>, Vec<Entry>)> = {
            use rayon::prelude::*;
            families
                .par_iter()
                .map(|f| (f, ledger::ledger(&f.plans, as_of)))
                .collect()
        };

        // Issuers, in order of id; plans without one go last.
        let unknown = String::new();
        for plan in plans {
            let id = plan.identity.issuer.as_ref().unwrap_or(&unknown);
            issuer_of.insert(plan.path.to_owned(), id.clone());
            let view = views.entry(id.clone()).or_insert_with(|| {
                let def = plan.issuers.get(id);
                let written = plan.document.issuer.as_ref().map(|t| t.text.clone());
                IssuerView::new(
                    id,
                    // Without one, named in `finish`, in the page's language.
                    def.map(|d| d.zh_hant.clone())
                        .or(written)
                        .unwrap_or_default(),
                    def.map(|d| d.en.clone()).unwrap_or_default(),
                )
            });
            view.files += 1;
            let years = plan
                .document
                .years
                .map_or_else(|| "?".to_owned(), |y| format!("{}–{}", y.start, y.end));
            let slot = language_slot(plan.identity.language);
            if let Some(p) = view.plans.iter_mut().find(|p| p.years == years) {
                p.versions[slot].push(plan.path.to_owned());
            } else {
                let mut p = PlanYears {
                    years,
                    versions: Default::default(),
                };
                p.versions[slot].push(plan.path.to_owned());
                view.plans.push(p);
            }
        }
        for (family, entries) in &ledgers {
            let Some(view) = views.get_mut(&family.issuer) else {
                continue;
            };
            let language = family
                .plans
                .first()
                .map_or(Language::ZhHant, |p| p.document.language);
            // Families come sorted by issuer then language: the first is primary.
            let primary = view.primary_language.is_empty();
            if primary {
                view.primary_language = language_tag(language);
            }
            let rows = rows_by_line(family);
            for entry in entries {
                view.stats.add(entry);
                if primary {
                    view.primary.add(entry);
                    totals.add(entry);
                    if let Some(target) = entry.target {
                        per_year.entry(target.year).or_default()[0] += 1;
                    }
                    if let Some((_, released)) = entry.released {
                        per_year.entry(released.year).or_default()[1] += 1;
                    }
                }
                let latest = entry
                    .released
                    .map(|(at, _)| at)
                    .or_else(|| entry.rescheduled_in.last().map(|(at, _)| *at))
                    .or(entry.promised_in);
                let described = latest.and_then(|at| {
                    let plan = family.plans.get(at.plan)?;
                    let (table, row) = rows.get(&(at.plan, at.line))?;
                    let vocab = vocab_of.get(plan.path).copied()?;
                    Some((describe(plan.source, table, row, vocab), plan.path, at.line))
                });
                if primary && let Some((d, _, _)) = &described {
                    catalogue.add(d);
                }
                let (date_kind, date) =
                    match (entry.released, entry.rescheduled_in.last(), entry.target) {
                        (Some((_, d)), _, _) => ("released", Some(d)),
                        (None, Some((_, d)), _) => ("target", Some(*d)),
                        (None, None, d) => ("target", d),
                    };
                *datasets_primary += usize::from(primary);
                datasets.push(DatasetRow {
                    issuer: family.issuer.clone(),
                    language: language_tag(language),
                    primary,
                    name: entry.dataset.clone(),
                    category: described
                        .as_ref()
                        .map(|(d, _, _)| d.category.clone())
                        .unwrap_or_default(),
                    date_kind,
                    date: date.map(|d| d.to_string()).unwrap_or_default(),
                    date_key: date
                        .map(|d| format!("{:04}-{:02}", d.year, d.month))
                        .unwrap_or_default(),
                    frequency: described
                        .as_ref()
                        .map(|(d, _, _)| d.frequency.clone())
                        .unwrap_or_default(),
                    formats: described
                        .as_ref()
                        .map(|(d, _, _)| {
                            d.formats
                                .iter()
                                .map(|(n, _)| n.as_str())
                                .collect::<Vec<_>>()
                                .join(", ")
                        })
                        .unwrap_or_default(),
                    status: entry.status.as_str(),
                    late: entry
                        .months_late()
                        .filter(|m| *m > 0)
                        .map(|m| m.to_string())
                        .unwrap_or_default(),
                    at: described
                        .as_ref()
                        .map(|(_, path, line)| format!("{path}:{line}"))
                        .unwrap_or_default(),
                });
            }
            // Datasets the oldest plan reports released, before any promise the
            // ledger reads: not in the ledger, but in the catalogue.
            let covered: std::collections::HashSet<(usize, usize)> = entries
                .iter()
                .flat_map(|e| {
                    e.promised_in
                        .into_iter()
                        .chain(e.rescheduled_in.iter().map(|(at, _)| *at))
                        .chain(e.released.map(|(at, _)| at))
                })
                .map(|at| (at.plan, at.line))
                .collect();
            let Some(oldest) = family.plans.first() else {
                continue;
            };
            let vocab = vocab_of
                .get(oldest.path)
                .copied()
                .unwrap_or_else(|| Vocabulary::builtin());
            for (section, table, row) in oldest.document.data_rows() {
                let (Some(name), Some(date)) = (
                    row.get(Field::Name),
                    crate::syntax::value::date_of(row, oldest.source),
                ) else {
                    continue;
                };
                if section.kind != SectionKind::Progress
                    || covered.contains(&(0, row.line as usize))
                    || ledger::dataset_key(name.text(oldest.source)).is_empty()
                {
                    continue;
                }
                let d = describe(oldest.source, table, row, vocab);
                if primary {
                    catalogue.add(&d);
                    *datasets_primary += 1;
                }
                datasets.push(DatasetRow {
                    issuer: family.issuer.clone(),
                    language: language_tag(language),
                    primary,
                    name: name.text(oldest.source).to_owned(),
                    category: d.category.clone(),
                    date_kind: "released",
                    date: date.date.to_string(),
                    date_key: format!("{:04}-{:02}", date.date.year, date.date.month),
                    frequency: d.frequency.clone(),
                    formats: d
                        .formats
                        .iter()
                        .map(|(n, _)| n.as_str())
                        .collect::<Vec<_>>()
                        .join(", "),
                    status: RELEASED_EARLIER,
                    late: String::new(),
                    at: format!("{}:{}", oldest.path, row.line),
                });
            }
        }
    }

    /// The page, with `findings` listed under their issuers.
    #[must_use]
    pub fn finish(self, findings: Vec<Finding>, as_of: YearMonth, language: Language) -> Page {
        let m = crate::i18n::messages(language);
        let unknown_issuer = m.get("report-unknown-issuer", &[]);
        let Self {
            mut views,
            issuer_of,
            files,
            totals,
            catalogue,
            datasets,
            per_year,
            datasets_primary,
        } = self;
        for view in views.values_mut() {
            view.plans.sort_by(|a, b| a.years.cmp(&b.years));
        }
        for finding in findings {
            let id = issuer_of.get(&finding.path).map_or("", String::as_str);
            if let Some(view) = views.get_mut(id) {
                view.findings.push(finding);
            } else {
                views
                    .entry(String::new())
                    .or_insert_with(|| IssuerView::new("", String::new(), String::new()))
                    .findings
                    .push(finding);
            }
        }

        for view in views.values_mut() {
            if view.name_zh.is_empty() {
                view.name_zh.clone_from(&unknown_issuer);
            }
            view.counts = Counts::of(view.findings.iter());
            view.more_findings = view.findings.len().saturating_sub(FINDINGS_SHOWN);
            view.findings.truncate(FINDINGS_SHOWN);
        }
        let all_findings = views.values().flat_map(|v| v.findings.iter());
        let counts = Counts::of(all_findings);

        let ledger_charts = vec![
            chart::grouped(
                "chart-years",
                &m.get("report-chart-years", &[]),
                &per_year
                    .iter()
                    .map(|(year, [promised, released])| {
                        (year.to_string(), vec![*promised, *released])
                    })
                    .collect::<Vec<_>>(),
                &[
                    ("promised", &m.get("report-bar-promised", &[])),
                    ("released", &m.get("report-bar-released", &[])),
                ],
            ),
            chart::horizontal(
                "chart-status",
                &m.get("report-chart-status", &[]),
                &[
                    ("report-bar-on-time", totals.on_time, "s-released-on-time"),
                    ("report-bar-late", totals.late, "s-released-late"),
                    (
                        "report-bar-rescheduled",
                        totals.rescheduled,
                        "s-rescheduled",
                    ),
                    ("report-bar-overdue", totals.overdue, "s-overdue"),
                    ("report-bar-pending", totals.pending, "s-pending"),
                    ("report-bar-dropped", totals.dropped, "s-dropped"),
                    (
                        "report-bar-unpromised",
                        totals.unpromised,
                        "s-unpromised-release",
                    ),
                ]
                .map(|(label, value, class)| Bar {
                    label: m.get(label, &[]),
                    value,
                    class: class.to_owned(),
                }),
            ),
        ];
        let mut format_bars: Vec<Bar> = {
            let mut sorted: Vec<_> = catalogue.formats.iter().collect();
            sorted.sort_by(|a, b| b.1.0.cmp(&a.1.0).then(a.0.cmp(b.0)));
            sorted
                .into_iter()
                .take(15)
                .map(|(name, (count, readable))| Bar {
                    label: if *readable {
                        name.clone()
                    } else {
                        crate::t!(m, "report-bar-not-machine-readable", format = name.as_str())
                    },
                    value: *count,
                    class: if *readable { "readable" } else { "unreadable" }.to_owned(),
                })
                .collect()
        };
        if catalogue.no_format > 0 {
            format_bars.push(Bar {
                label: m.get("report-bar-no-format", &[]),
                value: catalogue.no_format,
                class: "unreadable".to_owned(),
            });
        }
        let catalogue_charts = vec![
            chart::horizontal(
                "chart-formats",
                &crate::t!(
                    m,
                    "report-chart-formats",
                    readable = catalogue.machine_readable,
                    datasets = datasets_primary
                ),
                &format_bars,
            ),
            chart::horizontal(
                "chart-frequencies",
                &m.get("report-chart-frequencies", &[]),
                &top_bars(&catalogue.frequencies, 12, "frequency", m),
            ),
            chart::horizontal(
                "chart-categories",
                &m.get("report-chart-categories", &[]),
                &top_bars(&catalogue.categories, 20, "category", m),
            ),
            chart::horizontal(
                "chart-spatial",
                &m.get("report-chart-spatial", &[]),
                &[
                    ("report-bar-spatial", catalogue.spatial[0], "spatial"),
                    (
                        "report-bar-non-spatial",
                        catalogue.spatial[1],
                        "non-spatial",
                    ),
                    ("report-bar-not-stated", catalogue.spatial[2], "muted"),
                ]
                .map(|(label, value, class)| Bar {
                    label: m.get(label, &[]),
                    value,
                    class: class.to_owned(),
                }),
            ),
        ];
        let issuer_count = views.keys().filter(|k| !k.is_empty()).count();
        Page {
            as_of: as_of.to_string(),
            version: env!("CARGO_PKG_VERSION"),
            files,
            issuer_count,
            totals,
            counts,
            datasets_primary,
            ledger_charts,
            catalogue_charts,
            issuers: views.into_values().collect(),
            datasets,
            language,
        }
    }
}
