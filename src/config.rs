//! `planlint.toml`: rule severities, file patterns and extra vocabulary.
//!
//! ```toml
//! [rules]
//! html-markup = "warning"      # error | warning | info | off
//! number-sequence = "off"
//!
//! [files]
//! include = ["plans/**/*.txt"]
//! exclude = ["plans/drafts/**"]
//!
//! encoding = "utf-8"         # or "big5-hkscs", for files without a byte order mark
//!
//! [vocabulary]
//! categories = ["航空"]
//! [[vocabulary.frequencies]]
//! canonical = "termly"
//! zh-Hant = ["每學期"]
//!
//! [lexicon.en]
//! not-applicable = ["Not required"]
//! ```
//!
//! The nearest `planlint.toml` walking up from a file applies to it.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use globset::{Glob, GlobSet, GlobSetBuilder};
use schemars::JsonSchema;
use serde::Deserialize;

use crate::diagnostic::Severity;
use crate::identity::{IssuerDef, Issuers, PlanGroup};
use crate::model::{Column, Span};
use crate::rules::registry;
use crate::source::Encoding;
use crate::vocab::{LexiconConfig, Vocabulary, VocabularyConfig};

/// The config file's name.
pub const FILE_NAME: &str = "planlint.toml";

/// A rule's level in `[rules]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Report as an error.
    Error,
    /// Report as a warning.
    Warning,
    /// Report as information.
    Info,
    /// Do not run the rule.
    Off,
}

impl Level {
    fn severity(self) -> Option<Severity> {
        match self {
            Level::Error => Some(Severity::Error),
            Level::Warning => Some(Severity::Warning),
            Level::Info => Some(Severity::Info),
            Level::Off => None,
        }
    }
}

/// `[files]`.
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FilesConfig {
    /// Globs (relative to the config's folder; `**`, `{a,b}` and `[abc]`
    /// allowed) of the files to check when a folder is walked; by default
    /// `*.txt` and `*.tsv`.
    #[serde(default)]
    pub include: Vec<String>,
    /// Globs of files never to check when a folder is walked (and, with
    /// `--force-exclude`, when named on the command line).
    #[serde(default)]
    pub exclude: Vec<String>,
}

/// The file as written.
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "planlint.toml")]
pub struct ConfigFile {
    /// The encoding of plans without a byte order mark: `utf-8` (the
    /// default) or `big5-hkscs`. UTF-16 with a byte order mark is always read.
    #[serde(default)]
    #[schemars(extend("enum" = ["utf-8", "big5-hkscs"]))]
    pub encoding: Option<String>,
    /// Severity per rule id: `error`, `warning`, `info` or `off`.
    #[serde(default)]
    pub rules: BTreeMap<String, Level>,
    /// Which files to check.
    #[serde(default)]
    pub files: FilesConfig,
    /// Vocabulary additions.
    #[serde(default)]
    pub vocabulary: VocabularyConfig,
    /// More issuers (bureaux and departments), or replacements of built-in
    /// ones (same `id`).
    #[serde(default)]
    pub issuers: Vec<IssuerDef>,
    /// Plans assigned to an issuer by path, for plans whose issuer line names
    /// none planlint knows.
    #[serde(default)]
    pub plans: Vec<PlanGroup>,
    /// Words added to the lexicon, per language (`[lexicon.en]`).
    #[serde(default)]
    pub lexicon: LexiconConfig,
    /// The language of messages: `auto` (the plan's own), `en`, `zh-Hant`
    /// or `zh-Hans`.
    #[serde(default)]
    pub lang: Option<crate::i18n::Lang>,
}

/// A config file that could not be read or understood.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    /// The file.
    pub path: PathBuf,
    /// Its text (empty when it could not be read).
    pub source: String,
    /// Where the problem is, when known.
    pub span: Option<Span>,
    /// What is wrong ([`message`](Self::message) says it in words).
    pub problem: Box<ConfigProblem>,
    /// The `lang` the file asks for, when it can be read from its text.
    pub lang: Option<crate::i18n::Lang>,
}

/// What is wrong with a config file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigProblem {
    /// The file could not be read.
    Read {
        /// The file, as given.
        path: String,
        /// Why, as the system says it.
        detail: String,
        /// Why, for the common reasons.
        kind: std::io::ErrorKind,
    },
    /// A key planlint does not know.
    UnknownKey {
        /// The key.
        key: String,
        /// The keys allowed there.
        expected: Vec<String>,
    },
    /// A value that is none of the allowed ones (`lang = "zh"`).
    BadValue {
        /// The value.
        value: String,
        /// The values allowed.
        expected: Vec<String>,
    },
    /// A value of the wrong type.
    WrongType {
        /// What the TOML parser says of it.
        detail: String,
    },
    /// Text that is not TOML.
    Syntax {
        /// What the TOML parser says of it.
        detail: String,
    },
    /// A rule id no rule has.
    UnknownRule {
        /// The id.
        id: String,
        /// Rule ids near it.
        near: Vec<String>,
    },
    /// A column key no column has.
    UnknownColumn {
        /// The key.
        key: String,
    },
    /// A glob pattern that does not compile.
    InvalidGlob {
        /// The pattern.
        pattern: String,
        /// Why, as the glob library says it.
        why: String,
    },
    /// An encoding planlint does not read.
    UnknownEncoding {
        /// The name.
        name: String,
    },
}

impl ConfigProblem {
    /// What the TOML parser's (or serde's) `message` says, as a problem.
    fn from_toml(message: &str) -> Self {
        let backticked = |text: &str| -> Vec<String> {
            text.split('`')
                .skip(1)
                .step_by(2)
                .map(str::to_owned)
                .collect()
        };
        let split = |rest: &str| -> Option<(String, Vec<String>)> {
            let (name, expected) = rest.split_once('`')?;
            Some((name.to_owned(), backticked(expected)))
        };
        if let Some((key, expected)) = message.strip_prefix("unknown field `").and_then(split) {
            return ConfigProblem::UnknownKey { key, expected };
        }
        if let Some((value, expected)) = message.strip_prefix("unknown variant `").and_then(split) {
            return ConfigProblem::BadValue { value, expected };
        }
        if let Some(detail) = message.strip_prefix("invalid type: ") {
            return ConfigProblem::WrongType {
                detail: detail.to_owned(),
            };
        }
        ConfigProblem::Syntax {
            detail: message.to_owned(),
        }
    }

    /// The problem in the language of `m`.
    #[must_use]
    pub fn message(&self, m: &crate::i18n::Messages) -> String {
        let quoted =
            |items: &[String]| -> Vec<String> { items.iter().map(|i| m.quote(i)).collect() };
        let list =
            |items: &[String]| -> String { quoted(items).join(&m.get("list-separator", &[])) };
        match self {
            ConfigProblem::Read { path, detail, kind } => {
                let id = match kind {
                    std::io::ErrorKind::NotFound => "io-not-found",
                    std::io::ErrorKind::PermissionDenied => "io-permission-denied",
                    std::io::ErrorKind::IsADirectory => "io-is-a-directory",
                    std::io::ErrorKind::InvalidData => "io-invalid-data",
                    _ => "",
                };
                let reason = if id.is_empty() {
                    detail.clone()
                } else {
                    m.get(id, &[])
                };
                crate::t!(m, "config-error.cannot-read", path = path, reason = reason)
            }
            ConfigProblem::UnknownKey { key, expected } if expected.is_empty() => {
                crate::t!(m, "config-error.unknown-key", key = key)
            }
            ConfigProblem::UnknownKey { key, expected } => crate::t!(
                m,
                "config-error.unknown-key-expected",
                key = key,
                expected = list(expected)
            ),
            ConfigProblem::BadValue { value, expected } => crate::t!(
                m,
                "config-error.bad-value",
                value = value,
                expected = m.list_or(&quoted(expected))
            ),
            ConfigProblem::WrongType { detail } => {
                crate::t!(m, "config-error.wrong-type", detail = detail)
            }
            ConfigProblem::Syntax { detail } => {
                crate::t!(m, "config-error.syntax", detail = detail)
            }
            ConfigProblem::UnknownRule { id, near } if near.is_empty() => {
                let ids: Vec<String> = registry::all().iter().map(|r| r.id.to_owned()).collect();
                crate::t!(m, "config-error.unknown-rule", id = id, known = list(&ids))
            }
            ConfigProblem::UnknownRule { id, near } => crate::t!(
                m,
                "config-error.unknown-rule-near",
                id = id,
                near = m.list_or(&quoted(near))
            ),
            ConfigProblem::UnknownColumn { key } => {
                let keys: Vec<String> = Column::ALL.iter().map(|c| c.key().to_owned()).collect();
                crate::t!(
                    m,
                    "config-error.unknown-column",
                    key = key,
                    known = list(&keys)
                )
            }
            ConfigProblem::InvalidGlob { pattern, why } => {
                crate::t!(m, "config-error.invalid-glob", pattern = pattern, why = why)
            }
            ConfigProblem::UnknownEncoding { name } => {
                let names: Vec<String> =
                    Encoding::ALL.iter().map(|e| e.name().to_owned()).collect();
                crate::t!(
                    m,
                    "config-error.unknown-encoding",
                    name = name,
                    known = m.list_or(&quoted(&names))
                )
            }
        }
    }
}

impl ConfigError {
    fn new(path: &Path, source: &str, span: Option<Span>, problem: ConfigProblem) -> Self {
        Self {
            path: path.to_owned(),
            source: source.to_owned(),
            span,
            problem: Box::new(problem),
            lang: lang_in(source),
        }
    }

    /// The language to report this error in: `chosen` (`--lang`, an
    /// editor's locale) unless it is `auto`; else the file's own `lang`
    /// when it can be read, else the system's locale.
    #[must_use]
    pub fn language(&self, chosen: Option<crate::i18n::Lang>) -> crate::model::Language {
        match chosen {
            Some(lang) if lang != crate::i18n::Lang::Auto => lang.or_english(),
            _ => self.lang.unwrap_or_default().or_system(),
        }
    }

    /// What is wrong, in English.
    #[must_use]
    pub fn message(&self) -> String {
        self.message_in(crate::model::Language::En)
    }

    /// What is wrong, in `language`.
    #[must_use]
    pub fn message_in(&self, language: crate::model::Language) -> String {
        self.problem.message(crate::i18n::messages(language))
    }
}

/// The `lang = "…"` of a config's text, read line by line so that it is
/// found even when the rest of the file is not valid TOML.
fn lang_in(source: &str) -> Option<crate::i18n::Lang> {
    source.lines().find_map(|line| {
        let (key, value) = line.split_once('=')?;
        if key.trim() != "lang" {
            return None;
        }
        // The quotes as escapes: a bare double-quote character would
        // unbalance the scan of string literals in tests/i18n.rs.
        let value = value
            .split('#')
            .next()?
            .trim()
            .trim_matches(['\u{22}', '\u{27}']);
        value.parse().ok()
    })
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.message())
    }
}

impl std::error::Error for ConfigError {}

/// Resolved settings for checking a file.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The severity of each rule that runs, by id; rules not here are off.
    pub rules: BTreeMap<&'static str, Severity>,
    /// The vocabularies.
    pub vocab: Arc<Vocabulary>,
    /// `[files] include`, compiled; empty means `*.txt` and `*.tsv`.
    pub include: Patterns,
    /// `[files] exclude`, compiled.
    pub exclude: Patterns,
    /// The folder the globs are relative to (the config's, canonical), if a
    /// config was read.
    pub root: Option<PathBuf>,
    /// The issuers, with `[[issuers]]` added.
    pub issuers: Arc<Issuers>,
    /// `[[plans]]`: plans assigned to an issuer by path, globs compiled.
    pub plans: Vec<(Patterns, String)>,
    /// The language of messages (`lang`; `auto` is the plan's own).
    pub lang: crate::i18n::Lang,
    /// The config file these settings come from, if any.
    pub file: Option<PathBuf>,
    /// How files without a byte order mark are decoded.
    pub encoding: Encoding,
    /// The vocabulary the config adds to the built-in one.
    pub additions: VocabularyConfig,
}

/// Glob patterns as written, and compiled into one matcher.
#[derive(Debug, Clone, Default)]
pub struct Patterns {
    /// The patterns, as written.
    pub written: Vec<String>,
    set: GlobSet,
}

impl Patterns {
    /// Compiles `patterns`; the error names the first bad one and why.
    pub fn new(patterns: &[String]) -> Result<Self, (String, String)> {
        let mut builder = GlobSetBuilder::new();
        for pattern in patterns {
            let glob = Glob::new(pattern).map_err(|e| (pattern.clone(), e.kind().to_string()))?;
            builder.add(glob);
        }
        let set = builder
            .build()
            .map_err(|e| (patterns.join(", "), e.to_string()))?;
        Ok(Self {
            written: patterns.to_vec(),
            set,
        })
    }

    /// Whether there are none.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.written.is_empty()
    }

    /// Whether any pattern matches `path`.
    #[must_use]
    pub fn matches(&self, path: &Path) -> bool {
        self.set.is_match(path)
    }
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            rules: registry::all()
                .into_iter()
                .filter_map(|m| m.default.map(|s| (m.id, s)))
                .collect(),
            vocab: Arc::new(Vocabulary::builtin().clone()),
            include: Patterns::default(),
            exclude: Patterns::default(),
            root: None,
            issuers: Arc::new(Issuers::builtin().clone()),
            plans: Vec::new(),
            lang: crate::i18n::Lang::Auto,
            file: None,
            encoding: Encoding::default(),
            additions: VocabularyConfig::default(),
        }
    }
}

/// `--select`, `--extend-select`, `--ignore`, `--encoding` and `--lang`
/// from the command line, applied after the config.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RuleSelection {
    /// Only these rules run (at their configured or default severity, or as
    /// warnings when off by default). `ALL` selects every rule.
    pub select: Vec<String>,
    /// These rules run too, besides the configured or selected ones.
    pub extend_select: Vec<String>,
    /// These rules do not run (`ALL`: none runs but those extended).
    pub ignore: Vec<String>,
    /// The encoding of files without a byte order mark, over the config's.
    pub encoding: Option<Encoding>,
    /// The language of messages, over the config's `lang`.
    pub lang: Option<crate::i18n::Lang>,
}

/// The id that stands for every rule in `--select` and `--ignore`.
pub const ALL: &str = "ALL";

impl RuleSelection {
    /// Ids that name no rule (`ALL` names them all).
    #[must_use]
    pub fn unknown(&self) -> Vec<&str> {
        self.select
            .iter()
            .chain(&self.extend_select)
            .chain(&self.ignore)
            .map(String::as_str)
            .filter(|id| *id != ALL && registry::find(id).is_none())
            .collect()
    }
}

/// The rule ids near an unknown `id`, for "did you mean".
#[must_use]
pub fn near_rules(id: &str) -> Vec<String> {
    let ids: Vec<&str> = registry::all().iter().map(|m| m.id).collect();
    crate::vocab::closest(id, ids.iter().copied())
        .iter()
        .map(|n| (*n).clone())
        .collect()
}

/// "unknown rule `x`; did you mean `y`?" and the like for rule ids of the
/// command line that name no rule, in `language`.
#[must_use]
pub fn unknown_rules_message(unknown: &[&str], language: crate::model::Language) -> String {
    let m = crate::i18n::messages(language);
    let quoted = |ids: &[String]| -> Vec<String> { ids.iter().map(|i| m.quote(i)).collect() };
    let named: Vec<String> = unknown
        .iter()
        .map(|u| {
            let near = near_rules(u);
            let id = m.quote(u);
            match (near.is_empty(), unknown.len()) {
                (true, _) => id,
                (false, 1) => crate::t!(
                    m,
                    "unknown-rules.near-one",
                    id = id,
                    near = m.list_or(&quoted(&near))
                ),
                (false, _) => crate::t!(
                    m,
                    "unknown-rules.near",
                    id = id,
                    near = m.list_or(&quoted(&near))
                ),
            }
        })
        .collect();
    crate::t!(
        m,
        "unknown-rules",
        count = unknown.len(),
        rules = named.join(&m.get("list-separator", &[]))
    )
}

impl Settings {
    /// Settings from a parsed config file at `path` (for error spans, `source`).
    pub fn from_config(path: &Path, source: &str) -> Result<Self, ConfigError> {
        let error = |span: Option<Span>, problem: ConfigProblem| {
            ConfigError::new(path, source, span, problem)
        };
        let file: ConfigFile = toml::from_str(source).map_err(|e| {
            error(
                e.span().map(|r| Span::new(r.start, r.end)),
                ConfigProblem::from_toml(e.message().trim()),
            )
        })?;
        let mut settings = Settings::default();
        for (id, level) in &file.rules {
            let Some(rule) = registry::find(id) else {
                return Err(error(
                    find_key(source, id),
                    ConfigProblem::UnknownRule {
                        id: id.clone(),
                        near: near_rules(id),
                    },
                ));
            };
            match level.severity() {
                Some(severity) => settings.rules.insert(rule.id, severity),
                None => settings.rules.remove(rule.id),
            };
        }
        for column in &file.vocabulary.columns {
            if Column::from_key(&column.key).is_none() {
                return Err(error(
                    find_key(source, &column.key),
                    ConfigProblem::UnknownColumn {
                        key: column.key.clone(),
                    },
                ));
            }
        }
        let compile = |patterns: &[String]| {
            Patterns::new(patterns).map_err(|(pattern, why)| {
                error(
                    find_key(source, &pattern),
                    ConfigProblem::InvalidGlob { pattern, why },
                )
            })
        };
        settings.include = compile(&file.files.include)?;
        if !file.issuers.is_empty() {
            let mut issuers = Issuers::builtin().clone();
            issuers.extend(&file.issuers);
            settings.issuers = Arc::new(issuers);
        }
        settings.plans = file
            .plans
            .iter()
            .map(|group| Ok((compile(&group.files)?, group.issuer.clone())))
            .collect::<Result<_, ConfigError>>()?;
        settings.exclude = compile(&file.files.exclude)?;
        if let Some(name) = &file.encoding {
            settings.encoding = Encoding::from_name(name).ok_or_else(|| {
                error(
                    find_key(source, name),
                    ConfigProblem::UnknownEncoding { name: name.clone() },
                )
            })?;
        }
        let mut vocab = Vocabulary::with(&file.vocabulary);
        if file.lexicon != LexiconConfig::default() {
            vocab.extend_lexicon(&file.lexicon);
        }
        settings.vocab = Arc::new(vocab);
        settings.lang = file.lang.unwrap_or_default();
        settings.additions = file.vocabulary;
        settings.file = Some(path.to_owned());
        settings.root = path
            .parent()
            .map(|root| root.canonicalize().unwrap_or_else(|_| root.to_owned()));
        Ok(settings)
    }

    /// Reads and resolves the config file at `path`.
    pub fn load(path: &Path) -> Result<Self, ConfigError> {
        let source = std::fs::read_to_string(path).map_err(|e| {
            ConfigError::new(
                path,
                "",
                None,
                ConfigProblem::Read {
                    path: path.display().to_string(),
                    detail: e.to_string(),
                    kind: e.kind(),
                },
            )
        })?;
        Self::from_config(path, &source)
    }

    /// Applies `--select`, `--ignore`, `--extend-select` (in that order:
    /// ruff's) and `--encoding`.
    #[must_use]
    pub fn select(mut self, selection: &RuleSelection) -> Self {
        let configured = self.rules.clone();
        let level = |meta: &crate::rules::RuleMeta| {
            configured
                .get(meta.id)
                .copied()
                .or(meta.default)
                .unwrap_or(Severity::Warning)
        };
        let expand = |ids: &[String]| -> Vec<&'static crate::rules::RuleMeta> {
            if ids.iter().any(|id| id == ALL) {
                return registry::all();
            }
            ids.iter().filter_map(|id| registry::find(id)).collect()
        };
        if !selection.select.is_empty() {
            self.rules.clear();
            for meta in expand(&selection.select) {
                self.rules.insert(meta.id, level(meta));
            }
        }
        for meta in expand(&selection.ignore) {
            self.rules.remove(meta.id);
        }
        for meta in expand(&selection.extend_select) {
            self.rules.insert(meta.id, level(meta));
        }
        if let Some(encoding) = selection.encoding {
            self.encoding = encoding;
        }
        if let Some(lang) = selection.lang {
            self.lang = lang;
        }
        self
    }

    /// Whether `path` is excluded by `[files] exclude`.
    #[must_use]
    pub fn excludes(&self, path: &Path) -> bool {
        if self.exclude.is_empty() {
            return false;
        }
        self.exclude.matches(&self.relative(path))
    }

    /// Whether a file met while walking a folder is a plan to check.
    #[must_use]
    pub fn includes(&self, path: &Path) -> bool {
        if self.excludes(path) {
            return false;
        }
        if self.include.is_empty() {
            return matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("txt" | "tsv")
            );
        }
        self.include.matches(&self.relative(path))
    }

    /// The issuer `[[plans]]` assigns the plan at `path` to, if any.
    #[must_use]
    pub fn assigned_issuer(&self, path: &Path) -> Option<&str> {
        if self.plans.is_empty() {
            return None;
        }
        let relative = self.relative(path);
        self.plans
            .iter()
            .find(|(globs, _)| globs.matches(&relative))
            .map(|(_, issuer)| issuer.as_str())
    }

    fn relative(&self, path: &Path) -> PathBuf {
        match &self.root {
            Some(root) => {
                let full = path.canonicalize().unwrap_or_else(|_| path.to_owned());
                full.strip_prefix(root).map_or(full.clone(), Path::to_owned)
            }
            None => path.to_owned(),
        }
    }
}

/// The span of the first `key` (bare or quoted) in a TOML source.
fn find_key(source: &str, key: &str) -> Option<Span> {
    let quoted = format!("\"{key}\"");
    source
        .find(&quoted)
        .map(|i| Span::new(i, i + quoted.len()))
        .or_else(|| source.find(key).map(|i| Span::new(i, i + key.len())))
}

/// The nearest `planlint.toml` in `dir` or above it.
#[must_use]
pub fn discover(dir: &Path) -> Option<PathBuf> {
    let dir = dir.canonicalize().ok()?;
    dir.ancestors()
        .map(|d| d.join(FILE_NAME))
        .find(|candidate| candidate.is_file())
}

/// The settings for a file, or the config error that stands in their way.
pub type Resolved = Result<Arc<Settings>, Arc<ConfigError>>;

/// Which settings apply to which file: the one config resolution that
/// `check`, `parse` and the language server share. Each config file is read
/// once and each folder looked up once, until [`reload`](Self::reload).
#[derive(Debug, Default)]
pub struct Resolver {
    fixed: Option<Arc<Settings>>,
    no_config: bool,
    selection: RuleSelection,
    by_dir: HashMap<PathBuf, Resolved>,
    by_file: HashMap<PathBuf, Resolved>,
}

impl Resolver {
    /// Settings from `--config FILE`, `--no-config`, or else the nearest
    /// `planlint.toml` of each file; `selection` applies on top.
    pub fn new(
        config: Option<&Path>,
        no_config: bool,
        selection: RuleSelection,
    ) -> Result<Self, ConfigError> {
        let fixed = match config {
            Some(path) => Some(Arc::new(Settings::load(path)?.select(&selection))),
            None if no_config => Some(Arc::new(Settings::default().select(&selection))),
            None => None,
        };
        Ok(Self {
            fixed,
            no_config,
            selection,
            ..Self::default()
        })
    }

    /// The settings for a file in `dir`.
    pub fn for_dir(&mut self, dir: &Path) -> Resolved {
        if let Some(fixed) = &self.fixed {
            return Ok(fixed.clone());
        }
        if let Some(found) = self.by_dir.get(dir) {
            return found.clone();
        }
        let resolved = match (self.no_config, discover(dir)) {
            (false, Some(file)) => {
                if let Some(found) = self.by_file.get(&file) {
                    found.clone()
                } else {
                    let found = Settings::load(&file)
                        .map(|s| Arc::new(s.select(&self.selection)))
                        .map_err(Arc::new);
                    self.by_file.insert(file, found.clone());
                    found
                }
            }
            _ => Ok(Arc::new(Settings::default().select(&self.selection))),
        };
        self.by_dir.insert(dir.to_owned(), resolved.clone());
        resolved
    }

    /// The settings for the file at `path`.
    pub fn for_file(&mut self, path: &Path) -> Resolved {
        let dir = path
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        self.for_dir(dir)
    }

    /// Forgets every config read, so the next look-up reads them again.
    pub fn reload(&mut self) {
        self.by_dir.clear();
        self.by_file.clear();
    }

    /// Writes messages in `lang` whatever the configs say (an editor's
    /// locale); settings already resolved are resolved again.
    pub fn set_lang(&mut self, lang: crate::i18n::Lang) {
        self.selection.lang = Some(lang);
        if let Some(fixed) = &mut self.fixed {
            Arc::make_mut(fixed).lang = lang;
        }
        self.reload();
    }
}

/// The JSON schema of `planlint.toml` (draft 2020-12), for editors (taplo,
/// Even Better TOML) to complete and check the file: generated from
/// [`ConfigFile`], with each rule id listed under `rules`.
#[must_use]
pub fn schema() -> serde_json::Value {
    let mut schema = schemars::schema_for!(ConfigFile).to_value();
    schema["$id"] = serde_json::json!(
        "https://raw.githubusercontent.com/planlint/planlint/main/planlint.schema.json"
    );
    let level = serde_json::json!({ "$ref": "#/$defs/Level" });
    let rules: serde_json::Map<String, serde_json::Value> = registry::all()
        .iter()
        .map(|meta| {
            let mut property = level.clone();
            property["description"] = serde_json::json!(format!(
                "{} (default: {})",
                meta.summary(),
                meta.default.map_or("off", |s| s.as_str())
            ));
            (meta.id.to_owned(), property)
        })
        .collect();
    if let Some(property) = schema.pointer_mut("/properties/rules") {
        property["properties"] = serde_json::Value::Object(rules);
        property["additionalProperties"] = serde_json::json!(false);
    }
    schema
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_rule_points_at_its_key() {
        let source = "[rules]\nno-such-rule = \"off\"\n";
        let err = Settings::from_config(Path::new("planlint.toml"), source).unwrap_err();
        assert!(err.message().contains("unknown rule `no-such-rule`"));
        assert_eq!(err.span.unwrap().slice(source), "no-such-rule");
    }

    #[test]
    fn bad_level_is_a_spanned_error() {
        let source = "[rules]\nunrecognized-line = \"loud\"\n";
        let err = Settings::from_config(Path::new("planlint.toml"), source).unwrap_err();
        assert!(err.span.is_some(), "{err:?}");
    }

    #[test]
    fn levels_apply() {
        let source = "[rules]\nunrecognized-line = \"warning\"\n";
        let settings = Settings::from_config(Path::new("planlint.toml"), source).unwrap();
        assert_eq!(
            settings.rules.get("unrecognized-line"),
            Some(&Severity::Warning)
        );
    }

    #[test]
    fn lexicon_words_reach_the_grammar() {
        let source = "[lexicon.en]\nnot-applicable = [\"Not required\"]\n";
        let settings = Settings::from_config(Path::new("planlint.toml"), source).unwrap();
        let plan = "B/D\n\nOpen Data Plan 2024-2026\n\nA. Datasets\n\n\
                    No.\tData Category\tDataset Name\n\tNot required\t\n";
        let kinds = |vocab: &crate::vocab::Vocabulary| {
            let document = crate::syntax::parse_with(plan, vocab);
            document.sections[0].tables[0].rows[0].kind
        };
        assert_eq!(kinds(&settings.vocab), crate::model::RowKind::NotApplicable);
        assert_eq!(
            kinds(crate::vocab::Vocabulary::builtin()),
            crate::model::RowKind::Data
        );
        let bad = "[lexicon.fr]\nnot-applicable = [\"Sans objet\"]\n";
        assert!(Settings::from_config(Path::new("planlint.toml"), bad).is_err());
    }
}
