//! The pipeline, in one place: bytes → source → syntax → model → per-plan
//! rules → workspace rules → findings, handed in order to one sink (the
//! command line's reporter, or the language server).
//!
//! ```text
//! run(inputs)
//!   for each batch of inputs, in parallel:   read → decode → parse → per-plan rules (→ fixes)
//!   if no workspace rule is on:              hand each file's findings to the sink, batch by batch
//!   else, once every plan is checked:        workspace rules over all plans → hand every file over
//! ```
//!
//! Memory stays bounded by the largest batch when no workspace rule is on.
//! With workspace rules, the engine keeps each plan's model (what workspace
//! rules read) and its findings, never its source text: a file's text is
//! read again only when it is reported, and only if it has findings.

use std::borrow::Cow;
use std::io::Read;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

use rayon::prelude::*;

use crate::config::{ConfigError, Settings};
use crate::diagnostic::{Applicability, Diagnostic, FileId, apply_fixes};
use crate::identity::Identity;
use crate::line_index::LineIndex;
use crate::model::Document;
use crate::rules::{
    Context, Findings, PlanRef, Related, Workspace, WorkspaceFindings, WorkspaceRule, registry,
};
use crate::source::{self, SourceFile, Sources};

/// Files are checked this many at a time, so that without workspace rules
/// memory stays bounded by the largest files, not by how many there are.
const BATCH: usize = 256;

/// A fix skipped for overlapping another is tried on the next pass, up to
/// this many passes.
const FIX_PASSES: usize = 3;

/// How much text, in bytes, a run with workspace rules keeps of the plans
/// with findings, rather than reading them again to report them.
const KEPT_TEXT: usize = 24 << 20;

/// Parses `source` and runs every per-plan rule `settings` enables.
#[must_use]
pub fn check_source(source: &str, settings: &Settings) -> (Document, Vec<Diagnostic>) {
    let document = crate::syntax::parse_with(source, &settings.vocab);
    let diagnostics = lint(source, &document, settings);
    (document, diagnostics)
}

/// Runs every per-plan rule `settings` enables over a parsed `document`;
/// the findings come sorted by position, then rule.
#[must_use]
pub fn lint(source: &str, document: &Document, settings: &Settings) -> Vec<Diagnostic> {
    let context = Context {
        source,
        document,
        vocab: &settings.vocab,
        messages: crate::i18n::messages(settings.lang.resolve(document.language)),
    };
    let mut diagnostics = Vec::new();
    for rule in registry::RULES {
        let meta = rule.meta();
        let Some(&severity) = settings.rules.get(meta.id) else {
            continue;
        };
        rule.check(
            &context,
            &mut Findings::new(meta, severity, &mut diagnostics),
        );
    }
    for d in &mut diagnostics {
        drop_idle_fix(source, d);
    }
    sort(&mut diagnostics);
    diagnostics
}

/// Takes away a fix that would write what is already there: `--fix` would
/// report a change it did not make, and an editor offer an action that
/// does nothing. A rule that offers one has a bug, which debug builds and
/// the fuzzers report.
fn drop_idle_fix(source: &str, d: &mut Diagnostic) {
    let idle = d.fix.as_ref().is_some_and(|fix| {
        source.get(fix.span.offset()..fix.span.end()) == Some(fix.replacement.as_str())
    });
    debug_assert!(!idle, "a fix that changes nothing: {d:?}");
    if idle {
        d.fix = None;
    }
}

fn sort(diagnostics: &mut Vec<Diagnostic>) {
    diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    diagnostics.dedup();
}

/// Where a file's text comes from.
#[derive(Debug, Clone)]
pub enum Origin {
    /// A file on disk.
    File(PathBuf),
    /// Standard input (read once).
    Stdin,
    /// Text already in memory, such as an editor's open document.
    Text(Arc<str>),
}

/// One file for the engine.
#[derive(Debug, Clone)]
pub struct Input {
    /// The name findings are reported under.
    pub path: String,
    /// Where its text comes from.
    pub origin: Origin,
    /// The settings that apply to it, or why they cannot be had.
    pub settings: Result<Arc<Settings>, Arc<ConfigError>>,
    /// Whether to report on it; if not, it is read only so that workspace
    /// rules can compare the checked files with it.
    pub checked: bool,
}

/// What to do besides checking.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Apply the offered fixes to UTF-8 files on disk, then report what is left.
    pub fix: bool,
    /// Which fixes to apply: safe ones only, or unsafe ones too.
    pub fix_level: Applicability,
    /// Compute the fixes but write nothing: each report carries the fixed
    /// text instead (for `--diff`).
    pub dry_run: bool,
    /// The checked folders, canonical: a file is rewritten only if it lies
    /// inside one of them once symbolic links are resolved (empty: anywhere).
    pub roots: Vec<PathBuf>,
}

/// What the engine hands the sink for each checked file, in input order.
#[derive(Debug)]
pub enum Event<'a> {
    /// A file was checked.
    Checked(Report<'a>),
    /// A file could not be read or decoded, so it was not checked.
    Failed {
        /// The file.
        path: &'a str,
        /// Why, without the file's name: `cannot read: permission denied`.
        message: String,
        /// The language `message` is written in.
        language: crate::model::Language,
    },
    /// A checked file's fixes could not be written (its findings follow).
    NotFixed {
        /// The file.
        path: &'a str,
        /// Why, without the file's name; it says the file is unchanged.
        message: String,
        /// The language `message` is written in.
        language: crate::model::Language,
    },
    /// A file's configuration is broken (reported once per config file by the sink).
    BadConfig(&'a Arc<ConfigError>),
}

/// A checked file's findings, with what a reporter needs to place them.
#[derive(Debug)]
pub struct Report<'a> {
    /// The file.
    pub file: FileId,
    /// The name findings are reported under.
    pub path: &'a str,
    /// The text the spans point into (empty when there are no findings).
    pub source: &'a str,
    /// Line starts of `source`.
    pub index: &'a LineIndex,
    /// The findings, sorted by position.
    pub diagnostics: &'a [Diagnostic],
    /// How many fixes were applied to the file (would be, on a dry run).
    pub fixed: usize,
    /// On a dry run, the text with its fixes, when there are any; `source`
    /// is then the text as it is.
    pub fixed_text: Option<&'a str>,
    /// The language its findings are written in.
    pub language: crate::model::Language,
}

/// The files of a run, for labels that point into another file: each file's
/// text is read (again) the first time a label needs it.
#[derive(Debug)]
pub struct Files {
    entries: Vec<Entry>,
}

#[derive(Debug)]
struct Entry {
    path: String,
    origin: Origin,
    encoding: source::Encoding,
    loaded: OnceLock<Option<Arc<SourceFile>>>,
}

impl Files {
    fn new(inputs: &[Input]) -> Self {
        Self {
            entries: inputs
                .iter()
                .map(|i| Entry {
                    path: i.path.clone(),
                    origin: i.origin.clone(),
                    encoding: i
                        .settings
                        .as_ref()
                        .map_or_else(|_| source::Encoding::default(), |s| s.encoding),
                    loaded: OnceLock::new(),
                })
                .collect(),
        }
    }

    /// The name file `id` is reported under.
    #[must_use]
    pub fn path(&self, id: FileId) -> Option<&str> {
        self.entries.get(id.0 as usize).map(|e| e.path.as_str())
    }

    /// File `id`'s text, read again (from the cache if a label already
    /// needed it): for reporting a file whose text was not kept.
    fn read(&self, id: FileId) -> Option<String> {
        let entry = self.entries.get(id.0 as usize)?;
        if let Some(Some(loaded)) = entry.loaded.get() {
            return Some(loaded.text.clone());
        }
        match &entry.origin {
            Origin::File(path) => {
                let bytes = crate::fs::read(path).ok()?;
                Some(source::decode_owned(bytes, entry.encoding).ok()?.0)
            }
            Origin::Text(text) => Some(text.to_string()),
            Origin::Stdin => None,
        }
    }

    /// Remembers text read from standard input, which cannot be read twice.
    fn keep(&mut self, id: FileId, text: &str) {
        if let Some(entry) = self.entries.get_mut(id.0 as usize) {
            entry.origin = Origin::Text(Arc::from(text));
        }
    }
}

impl Sources for Files {
    fn get(&self, file: FileId) -> Option<Arc<SourceFile>> {
        let entry = self.entries.get(file.0 as usize)?;
        entry
            .loaded
            .get_or_init(|| {
                let text = match &entry.origin {
                    Origin::File(path) => {
                        let bytes = crate::fs::read(path).ok()?;
                        source::decode_owned(bytes, entry.encoding).ok()?.0
                    }
                    Origin::Text(text) => text.to_string(),
                    Origin::Stdin => return None,
                };
                Some(Arc::new(SourceFile::new(entry.path.clone(), text)))
            })
            .clone()
    }
}

/// The engine: the rules it runs besides those the settings enable.
#[derive(Default)]
pub struct Engine<'r> {
    extra: Vec<&'r dyn WorkspaceRule>,
}

impl std::fmt::Debug for Engine<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine")
            .field("extra", &self.extra.len())
            .finish()
    }
}

/// One file after the per-plan phase.
enum Outcome {
    Checked {
        /// Kept only while needed: for streaming, or for workspace rules.
        source: Option<String>,
        /// The plan's identity, for workspace rules to find related plans.
        identity: Option<Box<Identity>>,
        diagnostics: Vec<Diagnostic>,
        fixed: usize,
        /// Why the fixes could not be written.
        problem: Option<(String, crate::model::Language)>,
        /// The text with its fixes, on a dry run.
        fixed_text: Option<String>,
        language: crate::model::Language,
        /// Line starts of `source`, made (in parallel) when there are findings.
        index: Option<LineIndex>,
    },
    Failed(String, crate::model::Language),
    BadConfig,
    /// A file named before under another name: not reported again.
    Duplicate,
}

impl<'r> Engine<'r> {
    /// An engine that runs the registered rules.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Also runs `rule` (at the severity the settings give its id).
    #[must_use]
    pub fn with_workspace_rule(mut self, rule: &'r dyn WorkspaceRule) -> Self {
        self.extra.push(rule);
        self
    }

    fn workspace_rules(&self) -> impl Iterator<Item = &dyn WorkspaceRule> {
        registry::WORKSPACE_RULES
            .iter()
            .copied()
            .chain(self.extra.iter().copied())
    }

    /// Whether any workspace rule is on for any of `inputs`: then plans
    /// beside them are worth reading for comparison.
    #[must_use]
    pub fn workspace_on(&self, inputs: &[Input]) -> bool {
        self.workspace_rules().any(|rule| {
            inputs.iter().any(|i| {
                i.settings
                    .as_ref()
                    .is_ok_and(|s| s.rules.contains_key(rule.meta().id))
            })
        })
    }

    /// Checks `inputs` and hands every checked file to `sink`, in input
    /// order. The sink's error (a closed output) stops the run.
    ///
    /// The sink runs on the calling thread while the next batch is checked
    /// on the others: reading, checking and writing overlap, and the output
    /// keeps the input order.
    pub fn run<E>(
        &self,
        inputs: &[Input],
        options: &Options,
        sink: &mut dyn FnMut(Event<'_>, &Files) -> Result<(), E>,
    ) -> Result<(), E> {
        let mut files = Files::new(inputs);
        if !self.workspace_on(inputs) {
            return std::thread::scope(|scope| {
                let batches = ordered(scope, inputs.chunks(BATCH), |batch: &[Input]| {
                    batch
                        .par_iter()
                        .map(|input| {
                            let (mut outcome, key) = per_plan(input, options, false, None);
                            index(&mut outcome);
                            (outcome, key)
                        })
                        .collect::<Vec<_>>()
                });
                let mut id = 0;
                let mut once = Once::default();
                for outcomes in batches {
                    for (outcome, key) in outcomes {
                        let input = &inputs[id];
                        let file = FileId(u32::try_from(id).unwrap_or(u32::MAX));
                        id += 1;
                        if !once.first(key) {
                            continue;
                        }
                        if let (
                            Origin::Stdin,
                            Outcome::Checked {
                                source: Some(s), ..
                            },
                        ) = (&input.origin, &outcome)
                        {
                            files.keep(file, s);
                        }
                        if input.checked {
                            emit(file, input, outcome, &files, sink)?;
                        }
                    }
                }
                Ok(())
            });
        }
        // Every plan is checked first, in batches, keeping only its
        // findings and identity; the plans that have a language version or
        // a successor among them, with a checked plan in the group, are then
        // parsed again for the workspace rules. Memory stays bounded by a
        // batch and by the plans that are compared.
        let mut outcomes: Vec<Outcome> = Vec::with_capacity(inputs.len());
        let mut keys: Vec<Option<crate::fs::FileKey>> = Vec::with_capacity(inputs.len());
        let budget = AtomicUsize::new(KEPT_TEXT);
        for batch in inputs.chunks(BATCH) {
            let checked: Vec<_> = batch
                .par_iter()
                .map(|input| per_plan(input, options, true, Some(&budget)))
                .collect();
            for (outcome, key) in checked {
                outcomes.push(outcome);
                keys.push(key);
            }
        }
        // A file under a second name is neither reported nor compared.
        let mut once = Once::default();
        for (outcome, key) in outcomes.iter_mut().zip(keys) {
            if !once.first(key) {
                *outcome = Outcome::Duplicate;
            }
        }
        for (i, (input, outcome)) in inputs.iter().zip(&mut outcomes).enumerate() {
            if let Outcome::Checked { source, .. } = outcome
                && matches!(input.origin, Origin::Stdin)
                && let Some(text) = source.take()
            {
                files.keep(FileId(u32::try_from(i).unwrap_or(u32::MAX)), &text);
            }
        }
        let found = self.run_workspace_rules(inputs, &outcomes, &files);
        for (file, finding) in found {
            if let Some(Outcome::Checked { diagnostics, .. }) = outcomes.get_mut(file.0 as usize) {
                diagnostics.push(finding);
            }
        }
        // The checked files with findings are read again, a batch at a time
        // and in parallel, while the sink reports the batch before.
        let files = &files;
        std::thread::scope(|scope| {
            let mut rest = inputs.iter().zip(outcomes).enumerate();
            let chunks = std::iter::from_fn(move || {
                let batch: Vec<(usize, &Input, Outcome)> = rest
                    .by_ref()
                    .filter(|(_, (input, _))| input.checked)
                    .take(BATCH)
                    .map(|(i, (input, outcome))| (i, input, outcome))
                    .collect();
                (!batch.is_empty()).then_some(batch)
            });
            let batches = ordered(scope, chunks, |batch: Vec<(usize, &Input, Outcome)>| {
                batch
                    .into_par_iter()
                    .map(|(i, input, mut outcome)| {
                        let id = FileId(u32::try_from(i).unwrap_or(u32::MAX));
                        if let Outcome::Checked {
                            source,
                            identity,
                            diagnostics,
                            ..
                        } = &mut outcome
                        {
                            *identity = None;
                            sort(diagnostics);
                            if diagnostics.is_empty() {
                                *source = None;
                            } else if source.is_none() {
                                *source = files.read(id);
                            }
                        }
                        index(&mut outcome);
                        (id, input, outcome)
                    })
                    .collect::<Vec<_>>()
            });
            for batch in batches {
                for (id, input, outcome) in batch {
                    emit(id, input, outcome, files, sink)?;
                }
            }
            Ok(())
        })
    }

    fn run_workspace_rules(
        &self,
        inputs: &[Input],
        outcomes: &[Outcome],
        files: &Files,
    ) -> Vec<(FileId, Diagnostic)> {
        let identities: Vec<Option<&Identity>> = outcomes
            .iter()
            .map(|outcome| match outcome {
                Outcome::Checked {
                    identity: Some(identity),
                    ..
                } => Some(&**identity),
                _ => None,
            })
            .collect();
        let mut kinds: Vec<Related> = Vec::new();
        for rule in self.workspace_rules() {
            for kind in rule.reads() {
                if !kinds.contains(kind) {
                    kinds.push(*kind);
                }
            }
        }
        let needed = related(inputs, &identities, &kinds);
        let documents: Vec<(usize, _, Document)> = needed
            .par_iter()
            .filter_map(|&i| {
                let settings = inputs[i].settings.as_ref().ok()?;
                let text = files.read(FileId(u32::try_from(i).unwrap_or(u32::MAX)))?;
                let document = crate::syntax::parse_with(&text, &settings.vocab);
                Some((i, text, document))
            })
            .collect();
        let plans: Vec<PlanRef<'_>> = documents
            .iter()
            .filter_map(|(i, source, document)| {
                let input = &inputs[*i];
                let settings = input.settings.as_ref().ok()?;
                Some(PlanRef {
                    file: FileId(u32::try_from(*i).unwrap_or(u32::MAX)),
                    path: &input.path,
                    source,
                    document,
                    identity: identities[*i]?,
                    settings,
                    checked: input.checked,
                    messages: crate::i18n::messages(settings.lang.resolve(document.language)),
                })
            })
            .collect();
        let workspace = Workspace::new(&plans);
        let rules: Vec<&dyn WorkspaceRule> = self.workspace_rules().collect();
        rules
            .par_iter()
            .flat_map_iter(|rule| {
                let mut found = Vec::new();
                rule.check(
                    &workspace,
                    &mut WorkspaceFindings::new(rule.meta(), &mut found),
                );
                found
            })
            .collect()
    }
}

/// The plans a workspace rule may compare: those related to another plan
/// in one of the `kinds` of ways, in a group that holds a checked plan. In
/// input order.
fn related(inputs: &[Input], identities: &[Option<&Identity>], kinds: &[Related]) -> Vec<usize> {
    use std::collections::HashMap;
    let mut versions: HashMap<(&str, crate::model::YearRange), Vec<usize>> = HashMap::new();
    let mut families: HashMap<(&str, crate::model::Language), Vec<usize>> = HashMap::new();
    let mut copies: HashMap<(&str, crate::model::YearRange, crate::model::Language), Vec<usize>> =
        HashMap::new();
    for (i, identity) in identities.iter().enumerate() {
        let Some(identity) = identity else {
            continue;
        };
        let (Some(issuer), Some(years)) = (identity.issuer.as_deref(), identity.years) else {
            continue;
        };
        versions.entry((issuer, years)).or_default().push(i);
        families
            .entry((issuer, identity.language))
            .or_default()
            .push(i);
        copies
            .entry((issuer, years, identity.language))
            .or_default()
            .push(i);
    }
    let mut needed = vec![false; inputs.len()];
    let language = |i: usize| identities[i].map(|id| id.language);
    let years = |i: usize| identities[i].and_then(|id| id.years);
    let wants = |kind| kinds.contains(&kind);
    let groups = versions
        .values()
        .filter(|group| {
            wants(Related::LanguageVersions)
                && group.iter().any(|&i| language(i) != language(group[0]))
        })
        .chain(families.values().filter(|group| {
            wants(Related::Successors) && group.iter().any(|&i| years(i) != years(group[0]))
        }))
        .chain(
            copies
                .values()
                .filter(|group| wants(Related::Copies) && group.len() > 1),
        );
    for group in groups {
        if group.iter().any(|&i| inputs[i].checked) {
            for &i in group {
                needed[i] = true;
            }
        }
    }
    (0..inputs.len()).filter(|&i| needed[i]).collect()
}

/// The identity of `input`'s plan.
fn identity_of(input: &Input, settings: &Settings, document: &Document) -> Identity {
    let assigned = match &input.origin {
        Origin::File(file) => settings.assigned_issuer(file),
        Origin::Stdin | Origin::Text(_) => None,
    };
    Identity::of(document, &settings.issuers, assigned)
}

/// Why fixes were not written, in `language`.
fn not_written(error: &crate::fs::NotWritten, language: crate::model::Language) -> String {
    use crate::fs::NotWritten;
    let m = crate::i18n::messages(language);
    let reason = match error {
        NotWritten::Changed => m.get("not-fixed.changed", &[]),
        NotWritten::ReadOnly => m.get("not-fixed.read-only", &[]),
        NotWritten::OutsideTree(target) => crate::t!(
            m,
            "not-fixed.outside",
            target = target.display().to_string()
        ),
        NotWritten::Io(_, e) if language != crate::model::Language::En => crate::t!(
            m,
            "not-fixed.io",
            reason = reason_in(std::path::Path::new(""), e, language)
        ),
        NotWritten::Io(..) => error.to_string(),
    };
    crate::t!(m, "not-fixed", reason = reason)
}

/// Why `path` could not be read ([`crate::fs::why`]), in `language`: in
/// English as the system says it, in Chinese in the catalogue's words for
/// the common reasons.
#[must_use]
pub fn reason_in(
    path: &std::path::Path,
    error: &std::io::Error,
    language: crate::model::Language,
) -> String {
    use crate::fs::Why;
    let why = crate::fs::why(path, error);
    if language == crate::model::Language::En {
        return why.to_string();
    }
    let m = crate::i18n::messages(language);
    match &why {
        Why::NotRegular(kind) => {
            let kind = match *kind {
                "a FIFO" => "unreadable.fifo",
                "a socket" => "unreadable.socket",
                "a device" => "unreadable.device",
                "a folder" => "unreadable.folder",
                _ => "unreadable.special",
            };
            crate::t!(m, "unreadable.not-regular", kind = m.get(kind, &[]))
        }
        Why::SymlinkLoop => m.get("unreadable.symlink-loop", &[]),
        Why::Dangling(Some(target)) => crate::t!(
            m,
            "unreadable.dangling-to",
            target = target.display().to_string()
        ),
        Why::Dangling(None) => m.get("unreadable.dangling", &[]),
        Why::System(kind, text) => {
            let id = match kind {
                std::io::ErrorKind::NotFound => "io-not-found",
                std::io::ErrorKind::PermissionDenied => "io-permission-denied",
                std::io::ErrorKind::IsADirectory => "io-is-a-directory",
                std::io::ErrorKind::InvalidData => "io-invalid-data",
                _ => return text.clone(),
            };
            m.get(id, &[])
        }
    }
}

/// Reads, decodes, parses and checks one file, applying fixes if asked;
/// with `keep_document`, notes the plan's identity and drops its text,
/// unless the plan has findings and the text fits in what is left of
/// `budget`. With the outcome, the key of the file read, if one was.
fn per_plan(
    input: &Input,
    options: &Options,
    keep_document: bool,
    budget: Option<&AtomicUsize>,
) -> (Outcome, Option<crate::fs::FileKey>) {
    let mut key = None;
    let outcome = check_plan(input, options, keep_document, budget, &mut key);
    (outcome, key)
}

/// [`per_plan`], noting the key of the file read in `key`.
fn check_plan(
    input: &Input,
    options: &Options,
    keep_document: bool,
    budget: Option<&AtomicUsize>,
    key: &mut Option<crate::fs::FileKey>,
) -> Outcome {
    let Ok(settings) = &input.settings else {
        return Outcome::BadConfig;
    };
    // No plan to take the language from: the chosen one, or the system's,
    // looked up in the environment only for a file that fails.
    let failed = |message: &dyn Fn(&crate::i18n::Messages, crate::model::Language) -> String| {
        let language = settings.lang.or_system();
        Outcome::Failed(message(crate::i18n::messages(language), language), language)
    };
    let bytes: Cow<'_, [u8]> = match &input.origin {
        Origin::File(file) => match crate::fs::read_keyed(file) {
            (found, Ok(bytes)) => {
                *key = found;
                Cow::Owned(bytes)
            }
            (found, Err(e)) => {
                *key = found;
                return failed(&|m, language| {
                    crate::t!(m, "cannot-read", reason = reason_in(file, &e, language))
                });
            }
        },
        Origin::Stdin => {
            let mut bytes = Vec::new();
            if let Err(e) = std::io::stdin().lock().read_to_end(&mut bytes) {
                return failed(&|m, language| {
                    crate::t!(
                        m,
                        "cannot-read-stdin",
                        reason = reason_in(std::path::Path::new("-"), &e, language)
                    )
                });
            }
            Cow::Owned(bytes)
        }
        Origin::Text(text) => Cow::Borrowed(text.as_bytes()),
    };
    // UTF-8 bytes become the text in place; `utf8` says the text is the
    // file's bytes.
    let (mut source, utf8) = match source::decode_owned(bytes.into_owned(), settings.encoding) {
        Ok(decoded) => decoded,
        Err(e) => return failed(&|m, _| e.message(m)),
    };
    // A plan read only for comparison is parsed, not checked.
    let (mut document, mut diagnostics) = if input.checked {
        check_source(&source, settings)
    } else {
        (
            crate::syntax::parse_with(&source, &settings.vocab),
            Vec::new(),
        )
    };
    let mut fixed = 0;
    let mut problem = None;
    let mut fixed_text = None;
    // Only UTF-8 files on disk are rewritten: writing a UTF-16 or
    // Big5-HKSCS file back as UTF-8 would change more than the fix. Every
    // pass is applied in memory; the file is written once, safely (see
    // crate::fs).
    if let (true, true, true, Origin::File(file)) =
        (options.fix, utf8, input.checked, &input.origin)
    {
        // One model at a time: each pass's text and findings replace the
        // last (the original's are rebuilt if they are needed after all).
        let mut text: Option<String> = None;
        for _ in 0..FIX_PASSES {
            let current = text.as_deref().unwrap_or(&source);
            let (next, applied) = apply_fixes(current, &diagnostics, options.fix_level);
            if applied == 0 {
                break;
            }
            drop((
                std::mem::take(&mut document),
                std::mem::take(&mut diagnostics),
            ));
            (document, diagnostics) = check_source(&next, settings);
            text = Some(next);
            fixed += applied;
        }
        if let Some(text) = text {
            if options.dry_run {
                // The report is of the text as it is; the fixes are its diff.
                drop((
                    std::mem::take(&mut document),
                    std::mem::take(&mut diagnostics),
                ));
                (document, diagnostics) = check_source(&source, settings);
                fixed_text = Some(text);
            } else if let Err(e) =
                crate::fs::replace(file, source.as_bytes(), text.as_bytes(), &options.roots)
            {
                // The findings of the file as it is are still reported.
                let language = settings.lang.resolve(document.language);
                problem = Some((not_written(&e, language), language));
                fixed = 0;
                drop(text);
                drop((
                    std::mem::take(&mut document),
                    std::mem::take(&mut diagnostics),
                ));
                (document, diagnostics) = check_source(&source, settings);
            } else {
                source = text;
            }
        }
    }
    let keep_source = !keep_document
        || matches!(input.origin, Origin::Stdin)
        || (!diagnostics.is_empty()
            && budget.is_some_and(|budget| {
                budget
                    .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |left| {
                        left.checked_sub(source.len())
                    })
                    .is_ok()
            }));
    let language = settings.lang.resolve(document.language);
    Outcome::Checked {
        source: keep_source.then_some(source),
        identity: keep_document.then(|| Box::new(identity_of(input, settings, &document))),
        diagnostics,
        fixed,
        problem,
        fixed_text,
        language,
        index: None,
    }
}

/// The files reported so far, by key: a file met again under another name
/// (a link, a folder reached through a link) is reported once, under the
/// name met first.
#[derive(Default)]
struct Once(rustc_hash::FxHashSet<crate::fs::FileKey>);

impl Once {
    /// Whether the file of `key` is met for the first time (a file without
    /// a key always is).
    fn first(&mut self, key: Option<crate::fs::FileKey>) -> bool {
        key.is_none_or(|key| self.0.insert(key))
    }
}

/// Runs `work` over each of `batches` on a thread of `scope` (which hands
/// each batch to the pool), at most two batches ahead of the caller, and
/// yields the results in order. Dropping the iterator stops the work after
/// the batch under way.
fn ordered<'scope, B, R>(
    scope: &'scope std::thread::Scope<'scope, '_>,
    batches: impl Iterator<Item = B> + Send + 'scope,
    work: impl Fn(B) -> R + Send + 'scope,
) -> impl Iterator<Item = R>
where
    R: Send + 'scope,
{
    let (send, receive) = std::sync::mpsc::sync_channel(1);
    scope.spawn(move || {
        for batch in batches {
            if send.send(work(batch)).is_err() {
                break;
            }
        }
    });
    receive.into_iter()
}

/// Indexes the lines of a checked file's text, when it has findings to place.
fn index(outcome: &mut Outcome) {
    if let Outcome::Checked {
        source,
        diagnostics,
        index,
        ..
    } = outcome
        && !diagnostics.is_empty()
    {
        *index = Some(LineIndex::new(source.as_deref().unwrap_or_default()));
    }
}

/// Hands one file's outcome to the sink.
fn emit<E>(
    id: FileId,
    input: &Input,
    outcome: Outcome,
    files: &Files,
    sink: &mut dyn FnMut(Event<'_>, &Files) -> Result<(), E>,
) -> Result<(), E> {
    match outcome {
        Outcome::Checked {
            source,
            diagnostics,
            fixed,
            problem,
            fixed_text,
            language,
            index,
            ..
        } => {
            if let Some((message, language)) = problem {
                sink(
                    Event::NotFixed {
                        path: &input.path,
                        message,
                        language,
                    },
                    files,
                )?;
            }
            // Positions are only ever computed for findings.
            let source = if diagnostics.is_empty() {
                String::new()
            } else {
                source.unwrap_or_default()
            };
            let index = index.unwrap_or_else(|| LineIndex::new(&source));
            sink(
                Event::Checked(Report {
                    file: id,
                    path: &input.path,
                    source: &source,
                    index: &index,
                    diagnostics: &diagnostics,
                    fixed,
                    fixed_text: fixed_text.as_deref(),
                    language,
                }),
                files,
            )
        }
        Outcome::Failed(message, language) => sink(
            Event::Failed {
                path: &input.path,
                message,
                language,
            },
            files,
        ),
        Outcome::Duplicate => Ok(()),
        Outcome::BadConfig => match &input.settings {
            Err(error) => sink(Event::BadConfig(error), files),
            Ok(_) => Ok(()),
        },
    }
}
