//! The vocabularies in `rules/*.toml`, compiled in and extendable by config.
//!
//! Columns, update frequencies, data formats and data categories are data,
//! not code: adding a phrasing is a one-line change to a TOML file (or to the
//! user's `planlint.toml`), and every rule and the parser read them from here.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use serde::Deserialize;

use crate::model::Column;

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

/// One data format.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq, schemars::JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct FormatDef {
    /// The display name, such as `CSV`.
    pub name: String,
    /// Whether the format is machine-readable.
    pub machine_readable: bool,
    /// Words that name it in a description.
    pub words: Vec<String>,
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
    categories: Vec<String>,
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
    /// More categories.
    #[serde(default)]
    pub categories: Vec<String>,
}

/// A format named in a piece of text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatMention<'v> {
    /// The format.
    pub format: &'v FormatDef,
    /// Byte range of the word in the searched text.
    pub range: std::ops::Range<usize>,
}

/// All vocabularies, ready for lookups.
#[derive(Debug, Clone)]
pub struct Vocabulary {
    columns: HashMap<String, Column>,
    frequency_defs: Vec<FrequencyDef>,
    frequencies: HashMap<String, usize>,
    formats: Vec<FormatDef>,
    /// Upper-cased ASCII word → index into `formats`.
    format_words: HashMap<String, usize>,
    /// Non-ASCII words (`應用程式界面`) → index into `formats`.
    format_phrases: Vec<(String, usize)>,
    categories: HashSet<String>,
    category_list: Vec<String>,
}

/// The key used for lookups: no whitespace, lowercase, and no trailing
/// bracketed part (`目標發放日期 (月/年)` → `目標發放日期`).
#[must_use]
pub fn normalize(text: &str) -> String {
    let text = strip_bracket_suffix(text);
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
    key
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

impl Vocabulary {
    /// The vocabularies compiled into planlint, parsed once.
    #[must_use]
    pub fn builtin() -> &'static Vocabulary {
        static BUILTIN: OnceLock<Vocabulary> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            let parse = |name: &str, text: &str| -> VocabularyConfig {
                let mut config = VocabularyConfig::default();
                let result = match name {
                    "columns.toml" => {
                        toml::from_str::<ColumnsFile>(text).map(|f| config.columns = f.column)
                    }
                    "frequencies.toml" => toml::from_str::<FrequenciesFile>(text)
                        .map(|f| config.frequencies = f.frequency),
                    "formats.toml" => {
                        toml::from_str::<FormatsFile>(text).map(|f| config.formats = f.format)
                    }
                    _ => toml::from_str::<CategoriesFile>(text)
                        .map(|f| config.categories = f.categories),
                };
                // The files are compiled in and checked by tests/meta.rs.
                result.unwrap_or_else(|e| panic!("rules/{name} is invalid: {e}"));
                config
            };
            let mut vocab = Vocabulary::empty();
            for (name, text) in DATA_FILES {
                vocab.extend(&parse(name, text));
            }
            vocab
        })
    }

    fn empty() -> Self {
        Self {
            columns: HashMap::new(),
            frequency_defs: Vec::new(),
            frequencies: HashMap::new(),
            formats: Vec::new(),
            format_words: HashMap::new(),
            format_phrases: Vec::new(),
            categories: HashSet::new(),
            category_list: Vec::new(),
        }
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
                self.frequencies.insert(normalize(phrase), index);
            }
        }
        for def in &extra.formats {
            let index = self.formats.len();
            self.formats.push(def.clone());
            for word in &def.words {
                if word.is_ascii() {
                    self.format_words.insert(word.to_ascii_uppercase(), index);
                } else {
                    self.format_phrases.push((word.clone(), index));
                }
            }
        }
        for category in &extra.categories {
            if self.categories.insert(normalize(category)) {
                self.category_list.push(category.clone());
            }
        }
    }

    /// The column a header cell names, if any.
    #[must_use]
    pub fn column(&self, header: &str) -> Option<Column> {
        self.columns.get(&normalize(header)).copied()
    }

    /// The canonical frequency for a term (without its annotation), if known.
    #[must_use]
    pub fn frequency(&self, term: &str) -> Option<&str> {
        self.frequencies
            .get(&normalize(term))
            .map(|&i| self.frequency_defs[i].canonical.as_str())
    }

    /// Every frequency definition.
    #[must_use]
    pub fn frequencies(&self) -> &[FrequencyDef] {
        &self.frequency_defs
    }

    /// The known phrasings closest to `term`, for a "did you mean" help. Empty
    /// when nothing is close. Lower-case input gets lower-case suggestions.
    #[must_use]
    pub fn suggest_frequency(&self, term: &str) -> Vec<String> {
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

    /// Every format named in `text`, in order of appearance.
    #[must_use]
    pub fn formats_in<'v>(&'v self, text: &str) -> Vec<FormatMention<'v>> {
        let mut found = Vec::new();
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i].is_ascii_alphanumeric() {
                let start = i;
                while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
                    i += 1;
                }
                // Format names are short; longer words need no lookup.
                let word = &text[start..i];
                if word.len() > 16 {
                    continue;
                }
                let mut upper = [0u8; 16];
                upper[..word.len()].copy_from_slice(word.as_bytes());
                upper[..word.len()].make_ascii_uppercase();
                let upper = std::str::from_utf8(&upper[..word.len()]).unwrap_or_default();
                if let Some(&index) = self.format_words.get(upper) {
                    found.push(FormatMention {
                        format: &self.formats[index],
                        range: start..i,
                    });
                }
            } else {
                i += 1;
            }
        }
        for (phrase, index) in &self.format_phrases {
            for (start, _) in text.match_indices(phrase.as_str()) {
                found.push(FormatMention {
                    format: &self.formats[*index],
                    range: start..start + phrase.len(),
                });
            }
        }
        found.sort_by_key(|m| m.range.start);
        found
    }

    /// Whether `category` is a known data category.
    #[must_use]
    pub fn is_category(&self, category: &str) -> bool {
        self.categories.contains(&normalize(category))
    }

    /// Every known category, built-in first.
    #[must_use]
    pub fn categories(&self) -> &[String] {
        &self.category_list
    }

    /// The known categories closest to `category`, for a "did you mean" help.
    #[must_use]
    pub fn suggest_category(&self, category: &str) -> Vec<String> {
        closest(category, self.category_list.iter().map(String::as_str))
    }
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
        let distance = strsim::osa_distance(&wanted, &normalize(candidate));
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
        assert_eq!(v.frequency("每三個月"), Some("quarterly"));
        assert_eq!(v.frequency("Daily at 6:00am"), Some("daily"));
        assert_eq!(v.frequency("yearly"), Some("yearly"));
        assert_eq!(v.suggest_frequency("實特"), vec!["實時"]);
        assert_eq!(v.suggest_frequency("yaerly"), vec!["yearly"]);
        assert!(v.suggest_frequency("完全不同的東西").is_empty());
    }

    #[test]
    fn formats_are_whole_words() {
        let v = Vocabulary::builtin();
        let names = |t: &str| -> Vec<String> {
            v.formats_in(t)
                .iter()
                .map(|m| m.format.name.clone())
                .collect()
        };
        assert_eq!(names("以機器可讀格式(如：CSV) 開放"), ["CSV"]);
        assert_eq!(names("GeoJSON 及 XLS"), ["GeoJSON", "XLS"]);
        assert_eq!(
            names("應用程式界面(API)以 JSON 格式"),
            ["API", "API", "JSON"]
        );
        assert!(names("CSVX ABCSV").is_empty());
    }
}
