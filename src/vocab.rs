//! The vocabularies in `rules/*.toml`, compiled in and extendable by config.
//!
//! Columns, update frequencies, data formats and data categories are data,
//! not code: adding a phrasing is a one-line change to a TOML file (or to the
//! user's `planlint.toml`), and every rule and the parser read them from here.

use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::model::{Column, Language};

mod categories;
mod formats;
pub mod interval;

pub use categories::{Categories, CategoryDef, CategoryMatch, NameStatus};
pub use formats::{FormatDef, FormatKind, FormatMention};

pub mod lexicon;

pub use lexicon::{Lexicon, LexiconConfig, ScriptCounts};

const COLUMNS: &str = include_str!("../rules/columns.toml");
const FREQUENCIES: &str = include_str!("../rules/frequencies.toml");
const FORMATS: &str = include_str!("../rules/formats.toml");
const CATEGORIES: &str = include_str!("../rules/categories.toml");

/// The built-in data files, by name, for tests and `planlint` itself.
pub const DATA_FILES: [(&str, &str); 4] = [
    ("categories.toml", CATEGORIES),
    ("columns.toml", COLUMNS),
    ("formats.toml", FORMATS),
    ("frequencies.toml", FREQUENCIES),
];

/// One column and the header words that name it.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ColumnDef {
    /// The column's key, such as `target-date`.
    pub key: String,
    /// Header words in any language.
    pub words: Vec<String>,
}

/// One canonical update frequency and its phrasings.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FrequencyDef {
    /// The canonical name, such as `quarterly`.
    pub canonical: String,
    /// Traditional Chinese phrasings.
    #[serde(default, rename = "zh-Hant")]
    pub zh_hant: Vec<String>,
    /// Simplified Chinese phrasings.
    #[serde(default, rename = "zh-Hans")]
    pub zh_hans: Vec<String>,
    /// English phrasings.
    #[serde(default)]
    pub en: Vec<String>,
}

impl FrequencyDef {
    /// Every phrasing, in file order.
    pub fn phrasings(&self) -> impl Iterator<Item = &str> {
        self.zh_hant
            .iter()
            .chain(&self.zh_hans)
            .chain(&self.en)
            .map(String::as_str)
    }
}

#[derive(Deserialize)]
struct ColumnsFile {
    column: Vec<ColumnDef>,
}

#[derive(Deserialize)]
struct FrequenciesFile {
    frequency: Vec<FrequencyDef>,
}

#[derive(Deserialize)]
struct FormatsFile {
    format: Vec<FormatDef>,
}

#[derive(Deserialize)]
struct CategoriesFile {
    category: Vec<CategoryDef>,
}

/// Additions to the built-in vocabularies, from `[vocabulary]` in `planlint.toml`.
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct VocabularyConfig {
    /// More header words.
    #[serde(default)]
    pub columns: Vec<ColumnDef>,
    /// More frequencies, or more phrasings of a built-in one (same `canonical`).
    #[serde(default)]
    pub frequencies: Vec<FrequencyDef>,
    /// More formats.
    #[serde(default)]
    pub formats: Vec<FormatDef>,
    /// More category names, each a category of its own.
    #[serde(default)]
    pub categories: Vec<String>,
}

/// All vocabularies, ready for lookups.
#[derive(Debug, Clone)]
pub struct Vocabulary {
    columns: HashMap<String, Column>,
    frequency_defs: Vec<FrequencyDef>,
    frequencies: HashMap<String, usize>,
    formats: formats::Formats,
    categories: categories::Categories,
    lexicon: Lexicon,
}

/// The key used for lookups: no whitespace, lowercase, and no trailing
/// bracketed part (`目標發放日期 (月/年)` → `目標發放日期`).
#[must_use]
pub fn normalize(text: &str) -> String {
    normalized(text).into_owned()
}

/// [`normalize`], borrowing `text` when it is its own key (no whitespace,
/// no upper case, no bracketed suffix), as most cells are: lookups then
/// allocate nothing.
#[must_use]
pub fn normalized(text: &str) -> Cow<'_, str> {
    let text = strip_bracket_suffix(text);
    let unchanged = |c: char| {
        if c.is_ascii() {
            !c.is_ascii_whitespace() && !c.is_ascii_uppercase()
        } else {
            (c as u32) >= 0x3040 && c != '\u{3000}'
        }
    };
    if text.chars().all(unchanged) {
        return Cow::Borrowed(text);
    }
    let mut key = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            if !c.is_ascii_whitespace() {
                key.push(c.to_ascii_lowercase());
            }
        } else if (c as u32) >= 0x3040 && c != '\u{3000}' {
            // Kana, CJK and full-width forms have no case.
            key.push(c);
        } else if !c.is_whitespace() {
            key.extend(c.to_lowercase());
        }
    }
    Cow::Owned(key)
}

/// `text` without a trailing `(…)` or `（…）` part, trimmed.
#[must_use]
pub fn strip_bracket_suffix(text: &str) -> &str {
    let text = text.trim();
    if (text.ends_with(')') || text.ends_with('）'))
        && let Some(open) = text.rfind(['(', '（'])
        && open > 0
    {
        return text[..open].trim_end();
    }
    text
}

/// The lookup key of a frequency term: [`normalize`]d, without hyphens
/// (`Real-time`, `Real time` and `Realtime` are one term).
fn frequency_key(term: &str) -> Cow<'_, str> {
    let key = normalized(term);
    if !key.contains('-') {
        return key;
    }
    let mut key = key.into_owned();
    key.retain(|c| c != '-');
    Cow::Owned(key)
}

/// `term` without the words that only say the data is updated:
/// 每月更新 and 每月更新一次 are 每月, `Updated monthly` and `Monthly updates`
/// are `monthly`. `None` when there are none.
fn update_stem(term: &str) -> Option<&str> {
    let term = term.trim();
    for suffix in ["更新一次", "更新"] {
        if let Some(stem) = term.strip_suffix(suffix).filter(|s| !s.is_empty()) {
            return Some(stem.trim_end());
        }
    }
    let bytes = term.as_bytes();
    for prefix in ["updated ", "update "] {
        if bytes
            .get(..prefix.len())
            .is_some_and(|b| b.eq_ignore_ascii_case(prefix.as_bytes()))
        {
            return Some(term[prefix.len()..].trim_start());
        }
    }
    for suffix in [" updates", " update", " updated"] {
        if let Some(at) = bytes.len().checked_sub(suffix.len())
            && bytes[at..].eq_ignore_ascii_case(suffix.as_bytes())
        {
            return Some(term[..at].trim_end());
        }
    }
    None
}

fn parse_file<T: serde::de::DeserializeOwned>(name: &str, text: &str) -> T {
    // The files are compiled in and checked by tests/meta.rs.
    toml::from_str(text).unwrap_or_else(|e| panic!("rules/{name} is invalid: {e}"))
}

impl Vocabulary {
    /// The vocabularies compiled into planlint, parsed once.
    #[must_use]
    pub fn builtin() -> &'static Vocabulary {
        static BUILTIN: OnceLock<Vocabulary> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            let mut vocab = Vocabulary {
                columns: HashMap::default(),
                frequency_defs: Vec::new(),
                frequencies: HashMap::default(),
                formats: formats::Formats::new(
                    parse_file::<FormatsFile>("formats.toml", FORMATS).format,
                ),
                categories: categories::Categories::default(),
                lexicon: Lexicon::builtin().clone(),
            };
            for def in parse_file::<CategoriesFile>("categories.toml", CATEGORIES).category {
                vocab.categories.add(def);
            }
            vocab.extend(&VocabularyConfig {
                columns: parse_file::<ColumnsFile>("columns.toml", COLUMNS).column,
                frequencies: parse_file::<FrequenciesFile>("frequencies.toml", FREQUENCIES)
                    .frequency,
                ..VocabularyConfig::default()
            });
            vocab
        })
    }

    /// The built-in vocabularies plus `extra`.
    #[must_use]
    pub fn with(extra: &VocabularyConfig) -> Self {
        let mut vocab = Self::builtin().clone();
        vocab.extend(extra);
        vocab
    }

    /// Adds `extra` to these vocabularies. Unknown column keys are ignored
    /// here; the config loader reports them.
    pub fn extend(&mut self, extra: &VocabularyConfig) {
        for def in &extra.columns {
            let Some(column) = Column::from_key(&def.key) else {
                continue;
            };
            for word in &def.words {
                self.columns.insert(normalize(word), column);
            }
        }
        for def in &extra.frequencies {
            let index = if let Some(i) = self
                .frequency_defs
                .iter()
                .position(|d| d.canonical == def.canonical)
            {
                let existing = &mut self.frequency_defs[i];
                existing.zh_hant.extend(def.zh_hant.iter().cloned());
                existing.zh_hans.extend(def.zh_hans.iter().cloned());
                existing.en.extend(def.en.iter().cloned());
                i
            } else {
                self.frequency_defs.push(def.clone());
                self.frequency_defs.len() - 1
            };
            for phrase in def.phrasings() {
                self.frequencies
                    .insert(frequency_key(phrase).into_owned(), index);
            }
        }
        if !extra.formats.is_empty() {
            self.formats = self.formats.with(&extra.formats);
        }
        for name in &extra.categories {
            if self.categories.lookup(name).is_none() {
                self.categories.add(CategoryDef::named(name));
            }
        }
    }

    /// The words of the plan format in each language.
    #[must_use]
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Adds `extra`'s words to the lexicon.
    pub fn extend_lexicon(&mut self, extra: &LexiconConfig) {
        self.lexicon = self.lexicon.with(extra);
    }

    /// The column a header cell names, if any.
    #[must_use]
    pub fn column(&self, header: &str) -> Option<Column> {
        // Written as its key (keys are their own keys), found without one.
        self.columns
            .get(header)
            .or_else(|| self.columns.get(normalized(header).as_ref()))
            .copied()
    }

    /// The canonical value of a frequency term (without its annotation), if
    /// known: a named term's (`Quarterly`, 每季 → `quarterly`), or an
    /// interval's (`Every 3 months` → `quarterly`, 每兩星期 →
    /// `every-2-weeks`). Equal values mean the same frequency, whatever the
    /// language.
    #[must_use]
    pub fn frequency(&self, term: &str) -> Option<Cow<'_, str>> {
        // A term written as its key (每年) is found without making one.
        if let Some(&i) = self.frequencies.get(term) {
            return Some(Cow::Borrowed(self.frequency_defs[i].canonical.as_str()));
        }
        let stem = update_stem(term);
        [Some(term), stem]
            .into_iter()
            .flatten()
            .find_map(|t| self.frequencies.get(frequency_key(t).as_ref()))
            .map(|&i| Cow::Borrowed(self.frequency_defs[i].canonical.as_str()))
            .or_else(|| {
                [Some(term), stem]
                    .into_iter()
                    .flatten()
                    .find_map(interval::parse)
                    .map(interval::Interval::canonical)
            })
    }

    /// Every frequency definition.
    #[must_use]
    pub fn frequencies(&self) -> &[FrequencyDef] {
        &self.frequency_defs
    }

    /// The known phrasings closest to `term`, for a "did you mean" help, or
    /// the interval it means with one word corrected (`Every 6 monts`). Empty
    /// when nothing is close. Lower-case input gets lower-case suggestions.
    #[must_use]
    pub fn suggest_frequency(&self, term: &str) -> Vec<String> {
        if let Some(repaired) = interval::repair(term) {
            return vec![repaired];
        }
        let phrasings = self.frequency_defs.iter().flat_map(FrequencyDef::phrasings);
        let mut found = closest(term, phrasings);
        let lower = term.chars().any(|c| c.is_ascii_lowercase())
            && !term.chars().any(|c| c.is_ascii_uppercase());
        if lower {
            for f in &mut found {
                *f = f.to_lowercase();
            }
            found.dedup();
        }
        found
    }

    /// Every format named in `text`, in order of appearance. One pass of a
    /// precompiled automaton; nothing is allocated.
    pub fn formats_in<'v, 't>(
        &'v self,
        text: &'t str,
    ) -> impl Iterator<Item = FormatMention<'v>> + 't
    where
        'v: 't,
    {
        self.formats.find(text)
    }

    /// Every format, built-in first.
    #[must_use]
    pub fn formats(&self) -> &[FormatDef] {
        self.formats.all()
    }

    /// The category `name` names, with whether the name is current or former.
    #[must_use]
    pub fn category(&self, name: &str) -> Option<CategoryMatch<'_>> {
        self.categories.lookup(name)
    }

    /// Whether `category` is a known data category, by a current or former name.
    #[must_use]
    pub fn is_category(&self, category: &str) -> bool {
        self.categories.lookup(category).is_some()
    }

    /// Every category, built-in first.
    #[must_use]
    pub fn categories(&self) -> &categories::Categories {
        &self.categories
    }

    /// The current names, in `language`, of the categories closest to
    /// `category`, for a "did you mean" help.
    #[must_use]
    pub fn suggest_category(&self, category: &str, language: Language) -> Vec<String> {
        self.categories.suggest(category, language)
    }
}

/// Optimal string alignment distance (`strsim::osa_distance`): insertions,
/// deletions, substitutions and transpositions of neighbours each cost one.
#[must_use]
pub fn edit_distance(left: &[char], right: &[char]) -> usize {
    let left: String = left.iter().collect();
    let right: String = right.iter().collect();
    strsim::osa_distance(&left, &right)
}

/// The candidates nearest to `wanted` by optimal string alignment distance
/// (`strsim::osa_distance`: insertions, deletions, substitutions and
/// transpositions of neighbours each cost one), ignoring case and spaces;
/// all of them when several are equally near; none when the nearest needs
/// more than a third of `wanted` changed. Also the "did you mean" of rule ids.
#[must_use]
pub fn closest<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let wanted = normalize(wanted);
    let length = wanted.chars().count();
    if length == 0 {
        return Vec::new();
    }
    let limit = length.div_ceil(3).max(1);
    let mut best = usize::MAX;
    let mut found: Vec<String> = Vec::new();
    for candidate in candidates {
        let candidate_form = normalize(candidate);
        // The distance is at least the difference in length; a long cell
        // against short candidates is settled without the quadratic table.
        if length.abs_diff(candidate_form.chars().count()) > limit.min(best) {
            continue;
        }
        let distance = strsim::osa_distance(&wanted, &candidate_form);
        if distance > limit || distance > best {
            continue;
        }
        if distance < best {
            best = distance;
            found.clear();
        }
        if !found.iter().any(|f| f == candidate) {
            found.push(candidate.to_owned());
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_words_ignore_brackets_and_spaces() {
        let v = Vocabulary::builtin();
        assert_eq!(v.column("目標發放日期 (月/年)"), Some(Column::TargetDate));
        assert_eq!(v.column("發放日期(月/年)"), Some(Column::ReleaseDate));
        assert_eq!(
            v.column("更新頻率 (例如：實時、每天、每星期、每月等)"),
            Some(Column::Frequency)
        );
        assert_eq!(
            v.column("Target Release Date (mm/yyyy)"),
            Some(Column::TargetDate)
        );
        assert_eq!(v.column("#"), Some(Column::Number));
        assert_eq!(v.column("數據種類／數據集名稱"), Some(Column::CategoryName));
        assert_eq!(v.column("價錢"), None);
    }

    #[test]
    fn frequencies_and_suggestions() {
        let v = Vocabulary::builtin();
        let canonical = |term: &str| v.frequency(term).map(Cow::into_owned);
        assert_eq!(canonical("每三個月").as_deref(), Some("quarterly"));
        assert_eq!(canonical("Daily at 6:00am").as_deref(), Some("daily"));
        assert_eq!(canonical("yearly").as_deref(), Some("yearly"));
        assert_eq!(canonical("Real time").as_deref(), Some("real-time"));
        assert_eq!(canonical("Realtime").as_deref(), Some("real-time"));
        assert_eq!(v.suggest_frequency("實特"), vec!["實時"]);
        assert_eq!(v.suggest_frequency("yaerly"), vec!["yearly"]);
        assert!(v.suggest_frequency("完全不同的東西").is_empty());
    }

    #[test]
    fn what_data_gov_hk_metadata_writes_is_known() {
        let v = Vocabulary::builtin();
        for term in [
            "As and when necessary",
            "Monthly",
            "Annually",
            "Quarterly",
            "Yearly",
            "As necessary",
            "Ad hoc",
            "Annual",
            "Weekly",
            "Every 1 year",
            "Every 6 months",
            "Daily at 9:00am",
            "Half-yearly",
            "Hourly",
            "Real-Time",
            "Every five year",
            "Every five years",
            "即時",
            "每小時",
            "每10分鐘",
            "每兩星期",
            "每兩年",
            "不定期",
            "每年",
            "每月",
            "每季",
            "實時",
            "當有更新時",
            "每半年",
            "有需要時",
            "當有需要時",
            "一次性",
            "每三個月",
            "即时",
            "每小时",
            "每两星期",
            "每两年",
        ] {
            assert!(v.frequency(term).is_some(), "`{term}` is unknown");
        }
    }

    #[test]
    fn words_that_only_say_updated_are_ignored() {
        let v = Vocabulary::builtin();
        let canonical = |term: &str| v.frequency(term).map(Cow::into_owned);
        for (term, expected) in [
            ("每月更新", "monthly"),
            ("每月更新一次", "monthly"),
            ("實時更新", "real-time"),
            ("每兩星期更新", "every-2-weeks"),
            ("Updated monthly", "monthly"),
            ("Monthly updates", "monthly"),
            ("Update every 15 minutes", "every-15-minutes"),
        ] {
            assert_eq!(canonical(term).as_deref(), Some(expected), "{term}");
        }
        assert_eq!(canonical("更新"), None);
        assert_eq!(canonical("Updated"), None);
    }

    #[test]
    fn one_canonical_value_across_languages() {
        let v = Vocabulary::builtin();
        let canonical = |term: &str| v.frequency(term).map(Cow::into_owned);
        for same in [
            ["每季", "Quarterly", "Every 3 months"],
            ["每年", "Annually", "Every 1 year"],
            ["每半年", "Half-yearly", "Every six months"],
            ["每小時", "Hourly", "Every 60 minutes"],
            ["每兩星期", "Fortnightly", "Every 2 weeks"],
            ["不定期", "Ad hoc", "Irregular"],
            ["即時", "Real-time", "實時"],
        ] {
            let first = canonical(same[0]);
            assert!(first.is_some(), "{}", same[0]);
            for term in &same[1..] {
                assert_eq!(canonical(term), first, "{term} and {}", same[0]);
            }
        }
    }

    #[test]
    fn named_terms_agree_with_the_interval_grammar() {
        let v = Vocabulary::builtin();
        for def in v.frequencies() {
            for phrasing in def.phrasings() {
                if let Some(interval) = interval::parse(phrasing) {
                    assert_eq!(
                        interval.canonical(),
                        def.canonical.as_str(),
                        "`{phrasing}` reads as an interval of another value"
                    );
                }
            }
        }
    }

    proptest::proptest! {
        /// A header found as written names the column its key names.
        #[test]
        fn a_header_found_as_written_is_what_its_key_finds(
            pick in 0..1000usize,
            edit in proptest::sample::select(vec!["", " ", " (月/年)", "A", "（）"]),
        ) {
            let vocab = Vocabulary::builtin();
            let mut keys: Vec<&String> = vocab.columns.keys().collect();
            keys.sort();
            let key = keys[pick % keys.len()];
            for written in [key.clone(), format!("{key}{edit}"), format!("{edit}{key}")] {
                let slow = vocab.columns.get(normalized(&written).as_ref()).copied();
                proptest::prop_assert_eq!(vocab.column(&written), slow, "{}", written);
            }
        }

        /// A term found as written gives what its key gives (written with
        /// spaces around it, only the key finds it).
        #[test]
        fn a_term_found_as_written_is_what_its_key_finds(pick in 0..1000usize, keyed: bool) {
            let vocab = Vocabulary::builtin();
            let phrasings: Vec<&str> = vocab.frequencies().iter().flat_map(FrequencyDef::phrasings).collect();
            let phrasing = phrasings[pick % phrasings.len()];
            let written = if keyed { frequency_key(phrasing).into_owned() } else { phrasing.to_owned() };
            proptest::prop_assert_eq!(vocab.frequency(&written), vocab.frequency(&format!(" {written} ")));
            proptest::prop_assert!(vocab.frequency(&written).is_some(), "{}", written);
        }

        /// Skipping candidates too far apart in length changes no answer.
        #[test]
        fn closest_is_the_nearest_by_full_distance(
            wanted in "[每年月天日實時yearlyYDM -]{0,12}",
            candidates in proptest::collection::vec("[每年月天日實時yearlyYDM -]{1,10}", 1..6),
        ) {
            let key = normalize(&wanted);
            let length = key.chars().count();
            let mut slow: Vec<String> = Vec::new();
            if length > 0 {
                let limit = length.div_ceil(3).max(1);
                let distances: Vec<usize> = candidates
                    .iter()
                    .map(|c| strsim::osa_distance(&key, &normalize(c)))
                    .collect();
                let best = distances.iter().copied().min().unwrap_or(usize::MAX);
                if best <= limit {
                    for (c, &d) in candidates.iter().zip(&distances) {
                        if d == best && !slow.contains(c) {
                            slow.push(c.clone());
                        }
                    }
                }
            }
            proptest::prop_assert_eq!(closest(&wanted, candidates.iter().map(String::as_str)), slow);
        }
    }

    #[test]
    fn a_long_cell_is_near_no_term() {
        let v = Vocabulary::builtin();
        let cell = "每年".repeat(40_000);
        assert!(v.suggest_frequency(&cell).is_empty());
        assert_eq!(v.suggest_frequency("實特"), ["實時"]);
    }
}
