//! The lexicon: every word of the plan format in each language, from
//! `rules/lexicon.toml` (compiled in, extendable by `[lexicon]` in config).
//!
//! The grammar reads heading forms, markers, the title's and the footer's
//! forms from here, and the rules their help examples; neither holds a word
//! of any language itself.

use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::model::{DataKind, Language};

/// The built-in lexicon file.
pub const LEXICON: &str = include_str!("../../rules/lexicon.toml");

/// Phrases help messages show, in one language.
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq, schemars::JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Examples {
    /// Data categories to suggest.
    #[serde(default)]
    pub categories: Vec<String>,
    /// A description that names a machine-readable format.
    #[serde(default)]
    pub format: Option<String>,
    /// A description that names the format of files inside an archive.
    #[serde(default)]
    pub archived_format: Option<String>,
    /// Update frequencies to suggest, the last an interval.
    #[serde(default)]
    pub frequencies: Vec<String>,
    /// The usual header row, cell by cell.
    #[serde(default)]
    pub headers: Vec<String>,
    /// A note under a heading.
    #[serde(default)]
    pub note: Option<String>,
    /// A heading for each section, A to D.
    #[serde(default)]
    pub sections: Vec<String>,
    /// A plan title with its years.
    #[serde(default)]
    pub title: Option<String>,
}

/// The words of one language (or of every language, for `[any]`).
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq, schemars::JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Words {
    /// Between category and name in a combined cell, preferred first.
    #[serde(default)]
    pub category_name_separators: Vec<String>,
    /// Forms of the footer's month: `{year}年{month}月`, `{month-name} {year}`.
    #[serde(default)]
    pub footer_forms: Vec<String>,
    /// What follows a section letter or a subsection numeral.
    #[serde(default)]
    pub heading_marks: Vec<String>,
    /// Month names, January first.
    #[serde(default)]
    pub months: Vec<String>,
    /// Words naming non-spatial data in a subsection heading.
    #[serde(default)]
    pub non_spatial: Vec<String>,
    /// Marks of a table empty on purpose.
    #[serde(default)]
    pub not_applicable: Vec<String>,
    /// Words that start a note, before `:` or `：`.
    #[serde(default)]
    pub note_markers: Vec<String>,
    /// Characters only this script writes so.
    #[serde(default)]
    pub script: String,
    /// Words naming spatial data in a subsection heading.
    #[serde(default)]
    pub spatial: Vec<String>,
    /// Subsection numerals.
    #[serde(default)]
    pub subsection_numerals: Vec<String>,
    /// Between the two years of a title's year window.
    #[serde(default)]
    pub title_separators: Vec<String>,
    /// Phrases for help messages.
    #[serde(default)]
    pub examples: Examples,
}

impl Words {
    fn extend(&mut self, more: &Words) {
        let lists = [
            (
                &mut self.category_name_separators,
                &more.category_name_separators,
            ),
            (&mut self.footer_forms, &more.footer_forms),
            (&mut self.heading_marks, &more.heading_marks),
            (&mut self.non_spatial, &more.non_spatial),
            (&mut self.not_applicable, &more.not_applicable),
            (&mut self.note_markers, &more.note_markers),
            (&mut self.spatial, &more.spatial),
            (&mut self.subsection_numerals, &more.subsection_numerals),
            (&mut self.title_separators, &more.title_separators),
        ];
        for (list, extra) in lists {
            for word in extra {
                if !list.contains(word) {
                    list.push(word.clone());
                }
            }
        }
        // Month names replace the list: they go by position.
        if !more.months.is_empty() {
            self.months.clone_from(&more.months);
        }
        self.script.push_str(&more.script);
        let (examples, extra) = (&mut self.examples, &more.examples);
        if !extra.categories.is_empty() {
            examples.categories.clone_from(&extra.categories);
        }
        if !extra.headers.is_empty() {
            examples.headers.clone_from(&extra.headers);
        }
        if !extra.sections.is_empty() {
            examples.sections.clone_from(&extra.sections);
        }
        if extra.format.is_some() {
            examples.format.clone_from(&extra.format);
        }
        if extra.archived_format.is_some() {
            examples.archived_format.clone_from(&extra.archived_format);
        }
        if !extra.frequencies.is_empty() {
            examples.frequencies.clone_from(&extra.frequencies);
        }
        if extra.title.is_some() {
            examples.title.clone_from(&extra.title);
        }
        if extra.note.is_some() {
            examples.note.clone_from(&extra.note);
        }
    }
}

/// The lexicon file as written, and `[lexicon]` in `planlint.toml`.
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LexiconConfig {
    /// Marks written in every language.
    #[serde(default)]
    pub any: Words,
    /// Traditional Chinese.
    #[serde(default, rename = "zh-Hant")]
    pub zh_hant: Words,
    /// Simplified Chinese.
    #[serde(default, rename = "zh-Hans")]
    pub zh_hans: Words,
    /// English.
    #[serde(default)]
    pub en: Words,
}

impl LexiconConfig {
    fn languages(&self) -> [(Option<Language>, &Words); 4] {
        [
            (None, &self.any),
            (Some(Language::ZhHant), &self.zh_hant),
            (Some(Language::ZhHans), &self.zh_hans),
            (Some(Language::En), &self.en),
        ]
    }
}

/// The lexicon, ready for the grammar and the rules.
#[derive(Debug, Clone)]
pub struct Lexicon {
    config: LexiconConfig,
    /// Not-applicable words, normalised by [`mark_key`].
    not_applicable: HashSet<String>,
    /// The most characters a not-applicable key has.
    longest_mark: usize,
    /// The first character of each not-applicable mark's key.
    mark_starts: Vec<char>,
    /// Note markers, lowercase, longest first.
    note_markers: Vec<String>,
    /// Spatial and non-spatial words, lowercase.
    spatial: Vec<String>,
    non_spatial: Vec<String>,
    /// Title separators, lowercase, longest first.
    title_separators: Vec<String>,
    /// Heading marks and subsection numerals, longest first.
    heading_marks: Vec<String>,
    numerals: Vec<String>,
    /// Footer forms of every language.
    footer_forms: Vec<String>,
    /// Lowercase month names of every language, by month (0 = January).
    months: Vec<Vec<String>>,
    /// The most characters a month's name has.
    longest_month: usize,
    /// The first characters of the month names, sorted.
    month_starts: Vec<char>,
    /// Script characters of Simplified and Traditional Chinese.
    simplified: CharSet,
    traditional: CharSet,
}

/// A set of characters, looked up in constant time for CJK Unified
/// Ideographs (a bit each), the characters language detection counts.
#[derive(Debug, Clone, Default)]
struct CharSet {
    /// A bit for each character of [`HAN`].
    han: Vec<u64>,
    /// The other characters, sorted.
    other: Vec<char>,
}

/// How many characters of each kind a text has: Latin letters, Han
/// characters, and those only Simplified or only Traditional Chinese
/// writes so ([`Lexicon::script_counts`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ScriptCounts {
    latin: usize,
    han: usize,
    simplified: usize,
    traditional: usize,
}

impl std::ops::AddAssign for ScriptCounts {
    fn add_assign(&mut self, other: Self) {
        self.latin += other.latin;
        self.han += other.han;
        self.simplified += other.simplified;
        self.traditional += other.traditional;
    }
}

impl ScriptCounts {
    /// The language text of these counts is written in: English when it
    /// has more Latin letters than Han characters; Simplified Chinese when
    /// it has more characters only Simplified Chinese writes so than
    /// Traditional ones; Traditional Chinese otherwise.
    #[must_use]
    pub fn language(self) -> Language {
        if self.latin > self.han {
            Language::En
        } else if self.simplified > self.traditional {
            Language::ZhHans
        } else {
            Language::ZhHant
        }
    }
}

/// The CJK Unified Ideographs block.
const HAN: std::ops::RangeInclusive<char> = '\u{4e00}'..='\u{9fff}';

impl CharSet {
    fn new(chars: &str) -> Self {
        let mut set = Self {
            han: vec![0; (*HAN.end() as usize - *HAN.start() as usize) / 64 + 1],
            other: Vec::new(),
        };
        for c in chars.chars() {
            if HAN.contains(&c) {
                let i = c as usize - *HAN.start() as usize;
                set.han[i / 64] |= 1 << (i % 64);
            } else {
                set.other.push(c);
            }
        }
        set.other.sort_unstable();
        set.other.dedup();
        set
    }

    /// Whether `c`, a character of [`HAN`], is in the set.
    fn has_han(&self, c: char) -> bool {
        let i = c as usize - *HAN.start() as usize;
        self.han
            .get(i / 64)
            .is_some_and(|bits| bits & (1 << (i % 64)) != 0)
    }

    /// Whether `c`, outside [`HAN`], is in the set.
    fn has_other(&self, c: char) -> bool {
        !self.other.is_empty() && self.other.binary_search(&c).is_ok()
    }
}

/// `不適用。`, `N.A.`, `Not  Applicable` → one key: lowercase, without
/// spaces or full stops.
fn mark_key(word: &str) -> String {
    word.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '.' | '。' | '．'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// [`mark_key`], borrowing `word` when it is its own key.
fn mark_key_of(word: &str) -> std::borrow::Cow<'_, str> {
    let unchanged = |c: char| {
        if c.is_ascii() {
            c.is_ascii_graphic() && !c.is_ascii_uppercase() && c != '.'
        } else {
            // Kana and CJK ideographs have no case.
            ('\u{3040}'..='\u{9fff}').contains(&c)
        }
    };
    if word.chars().all(unchanged) {
        std::borrow::Cow::Borrowed(word)
    } else {
        std::borrow::Cow::Owned(mark_key(word))
    }
}

fn longest_first(words: impl Iterator<Item = String>) -> Vec<String> {
    let mut words: Vec<String> = words.collect();
    words.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    words.dedup();
    words
}

impl Lexicon {
    /// The lexicon compiled into planlint, parsed once.
    #[must_use]
    pub fn builtin() -> &'static Lexicon {
        static BUILTIN: OnceLock<Lexicon> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            // The file is compiled in and checked by tests/meta.rs.
            let config: LexiconConfig = toml::from_str(LEXICON)
                .unwrap_or_else(|e| panic!("rules/lexicon.toml is invalid: {e}"));
            Lexicon::new(config)
        })
    }

    /// A lexicon of `config`'s words alone.
    #[must_use]
    pub fn new(config: LexiconConfig) -> Self {
        let all = |get: fn(&Words) -> &Vec<String>| -> Vec<String> {
            config
                .languages()
                .iter()
                .flat_map(|(_, w)| get(w).iter().cloned())
                .collect()
        };
        let lower = |words: Vec<String>| words.into_iter().map(|w| w.to_lowercase());
        let mut months: Vec<Vec<String>> = vec![Vec::new(); 12];
        for (_, words) in config.languages() {
            for (i, name) in words.months.iter().take(12).enumerate() {
                months[i].push(name.to_lowercase());
            }
        }
        let not_applicable: HashSet<String> = all(|w| &w.not_applicable)
            .iter()
            .map(|w| mark_key(w))
            .collect();
        let mut mark_starts: Vec<char> = not_applicable
            .iter()
            .filter_map(|k| k.chars().next())
            .collect();
        mark_starts.sort_unstable();
        mark_starts.dedup();
        Self {
            longest_mark: not_applicable
                .iter()
                .map(|k| k.chars().count())
                .max()
                .unwrap_or(0),
            mark_starts,
            not_applicable,
            note_markers: longest_first(lower(all(|w| &w.note_markers))),
            spatial: lower(all(|w| &w.spatial)).collect(),
            non_spatial: lower(all(|w| &w.non_spatial)).collect(),
            title_separators: longest_first(lower(all(|w| &w.title_separators))),
            heading_marks: longest_first(all(|w| &w.heading_marks).into_iter()),
            numerals: longest_first(lower(all(|w| &w.subsection_numerals))),
            footer_forms: all(|w| &w.footer_forms),
            longest_month: months
                .iter()
                .flatten()
                .map(|m| m.chars().count())
                .max()
                .unwrap_or(0),
            month_starts: {
                let mut starts: Vec<char> = months
                    .iter()
                    .flatten()
                    .filter_map(|m| m.chars().next())
                    .collect();
                starts.sort_unstable();
                starts.dedup();
                starts
            },
            months,
            simplified: CharSet::new(&config.zh_hans.script),
            traditional: CharSet::new(&config.zh_hant.script),
            config,
        }
    }

    /// This lexicon with `extra`'s words added.
    #[must_use]
    pub fn with(&self, extra: &LexiconConfig) -> Self {
        let mut config = self.config.clone();
        config.any.extend(&extra.any);
        config.zh_hant.extend(&extra.zh_hant);
        config.zh_hans.extend(&extra.zh_hans);
        config.en.extend(&extra.en);
        Self::new(config)
    }

    /// The words of one language.
    #[must_use]
    pub fn words(&self, language: Language) -> &Words {
        match language {
            Language::ZhHant => &self.config.zh_hant,
            Language::ZhHans => &self.config.zh_hans,
            Language::En => &self.config.en,
        }
    }

    /// The words written in every language.
    #[must_use]
    pub fn any(&self) -> &Words {
        &self.config.any
    }

    /// The help examples of `language`, falling back to Traditional Chinese
    /// where that language has none.
    #[must_use]
    pub fn examples(&self, language: Language) -> Examples {
        let own = &self.words(language).examples;
        let fallback = &self.config.zh_hant.examples;
        let list = |mine: &Vec<String>, other: &Vec<String>| {
            if mine.is_empty() {
                other.clone()
            } else {
                mine.clone()
            }
        };
        Examples {
            categories: list(&own.categories, &fallback.categories),
            format: own.format.clone().or_else(|| fallback.format.clone()),
            archived_format: own
                .archived_format
                .clone()
                .or_else(|| fallback.archived_format.clone()),
            frequencies: list(&own.frequencies, &fallback.frequencies),
            headers: list(&own.headers, &fallback.headers),
            note: own.note.clone().or_else(|| fallback.note.clone()),
            sections: list(&own.sections, &fallback.sections),
            title: own.title.clone().or_else(|| fallback.title.clone()),
        }
    }

    /// Whether `word` marks a table empty on purpose (`不適用`, `N/A`, `Nil.`).
    #[must_use]
    pub fn is_not_applicable(&self, word: &str) -> bool {
        let kept = |c: &char| !c.is_whitespace() && !matches!(c, '.' | '。' | '．');
        // A word whose key would start with no mark's first character is
        // no mark: a row's number costs no key.
        if let Some(first) = word.chars().find(kept)
            && !self
                .mark_starts
                .contains(&first.to_lowercase().next().unwrap_or(first))
        {
            return false;
        }
        // Lowercasing never makes fewer characters, so a word with more
        // characters than the longest key, once spaces and full stops are
        // dropped, is no mark: a long cell costs no key.
        let count = word
            .chars()
            .filter(kept)
            .take(self.longest_mark + 1)
            .count();
        count <= self.longest_mark && self.not_applicable.contains(mark_key_of(word).as_ref())
    }

    /// The length of the note marker `text` starts with, if any.
    #[must_use]
    pub fn note_marker(&self, text: &str) -> Option<usize> {
        self.note_markers
            .iter()
            .find(|m| starts_with_no_case(text, m))
            .map(String::len)
    }

    /// The length of the heading mark (`.`, `．`) `text` starts with.
    #[must_use]
    pub fn heading_mark(&self, text: &str) -> Option<usize> {
        self.heading_marks
            .iter()
            .find(|m| text.starts_with(m.as_str()))
            .map(String::len)
    }

    /// The length of the subsection numeral `text` starts with (`ii`).
    #[must_use]
    pub fn subsection_numeral(&self, text: &str) -> Option<usize> {
        self.numerals
            .iter()
            .find(|m| starts_with_no_case(text, m))
            .map(String::len)
    }

    /// The length of the title separator (`-`, `至`, `to`) `text` starts with.
    #[must_use]
    pub fn title_separator(&self, text: &str) -> Option<usize> {
        self.title_separators
            .iter()
            .find(|m| starts_with_no_case(text, m))
            .map(String::len)
    }

    /// The kind of data a subsection heading's text names, if it names one.
    #[must_use]
    pub fn data_kind(&self, heading: &str) -> Option<DataKind> {
        // Headings in Chinese, or in lower case, are their own lower case.
        let caseless = |c: char| {
            c.is_ascii_lowercase() || ('\u{3040}'..='\u{9fff}').contains(&c) || !c.is_alphabetic()
        };
        let lower = if heading.chars().all(caseless) {
            std::borrow::Cow::Borrowed(heading)
        } else {
            std::borrow::Cow::Owned(heading.to_lowercase())
        };
        if self.non_spatial.iter().any(|w| lower.contains(w.as_str())) {
            Some(DataKind::NonSpatial)
        } else if self.spatial.iter().any(|w| lower.contains(w.as_str())) {
            Some(DataKind::Spatial)
        } else {
            None
        }
    }

    /// The separators of combined category／name cells, the plan
    /// language's first, then the other languages'.
    #[must_use]
    pub fn category_name_separators(&self, language: Language) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        let first = self.words(language);
        let rest = self.config.languages();
        for words in std::iter::once(first).chain(rest.iter().map(|(_, w)| *w)) {
            for separator in &words.category_name_separators {
                if !out.contains(&separator.as_str()) {
                    out.push(separator);
                }
            }
        }
        out
    }

    /// The language `text` (a plan's title, headings and header rows) is
    /// written in: English when it has more Latin letters than Han
    /// characters; Simplified Chinese when it has more of the characters
    /// `script` lists as only Simplified than of their Traditional forms;
    /// Traditional Chinese otherwise.
    #[must_use]
    pub fn language_of(&self, text: &str) -> Language {
        self.script_counts(text).language()
    }

    /// How many characters of each kind that tells the languages apart
    /// `text` has: counts of several texts add up to those of the texts
    /// joined.
    #[must_use]
    pub fn script_counts(&self, text: &str) -> ScriptCounts {
        let mut counts = ScriptCounts::default();
        let others = !self.simplified.other.is_empty() || !self.traditional.other.is_empty();
        for c in text.chars() {
            counts.latin += usize::from(c.is_ascii_alphabetic());
            if HAN.contains(&c) {
                counts.han += 1;
                counts.simplified += usize::from(self.simplified.has_han(c));
                counts.traditional += usize::from(self.traditional.has_han(c));
            } else if others {
                counts.simplified += usize::from(self.simplified.has_other(c));
                counts.traditional += usize::from(self.traditional.has_other(c));
            }
        }
        counts
    }

    /// The footer forms of every language (`{year}年{month}月`,
    /// `{month-name} {year}`): `{year}` and `{month}` are digits,
    /// `{month-name}` a name [`Lexicon::month_number`] knows; spaces match
    /// any spacing.
    pub fn footer_forms(&self) -> impl Iterator<Item = &str> {
        self.footer_forms.iter().map(String::as_str)
    }

    /// The most characters a month's name has, in any language.
    #[must_use]
    pub fn longest_month(&self) -> usize {
        self.longest_month
    }

    /// Whether a month's name may start with `first`: whether its first
    /// lowercase character starts one. Other text is no month, and is not
    /// lowercased to be sure.
    #[must_use]
    pub fn may_start_month(&self, first: char) -> bool {
        first
            .to_lowercase()
            .next()
            .is_some_and(|c| self.month_starts.binary_search(&c).is_ok())
    }

    /// The month (1–12) a month name of any language names, in any case: the
    /// full name, or its first three letters or more (`Dec`, `Sept`).
    #[must_use]
    pub fn month_number(&self, name: &str) -> Option<u8> {
        // Lowercasing never makes fewer characters: a name longer than every
        // month's is none (a whole line of Chinese, read as a month name).
        if !name.chars().next().is_some_and(|c| self.may_start_month(c))
            || name.chars().nth(self.longest_month).is_some()
        {
            return None;
        }
        let name = name.to_lowercase();
        let found = self.months.iter().position(|names| {
            names
                .iter()
                .any(|m| *m == name || (name.chars().count() >= 3 && m.starts_with(&name)))
        })?;
        u8::try_from(found + 1).ok()
    }
}

/// Whether `text` starts with `prefix` (lowercase), ignoring case.
fn starts_with_no_case(text: &str, prefix: &str) -> bool {
    // Most calls are settled by the bytes: the text as written, or an ASCII
    // prefix against ASCII text, where lowercasing is one byte for one.
    if text.starts_with(prefix) {
        return true;
    }
    if let Some(head) = text.as_bytes().get(..prefix.len())
        && prefix.is_ascii()
        && head.is_ascii()
    {
        return head.eq_ignore_ascii_case(prefix.as_bytes());
    }
    // A first character that differs and has no case cannot match: an
    // ASCII one lowercases to ASCII, and CJK characters, kana and CJK
    // punctuation have no case.
    if let (Some(t), Some(p)) = (text.chars().next(), prefix.chars().next())
        && t != p
        && ((t.is_ascii() && !p.is_ascii()) || ('\u{2E80}'..='\u{9FFF}').contains(&t))
    {
        return false;
    }
    let mut chars = text.chars().flat_map(char::to_lowercase);
    prefix.chars().all(|p| chars.next() == Some(p))
        && text.is_char_boundary(prefix.len().min(text.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The byte shortcuts answer as lowercasing every character would.
        #[test]
        fn starts_with_no_case_is_lowercased_comparison(
            text in "[aAkK\\u{212A}İi̇備註考 .:：\\u{3000}ＡａⅡⅱ]{0,8}",
            prefix in "[ak備註 .:：ａⅱ]{0,4}",
        ) {
            let mut chars = text.chars().flat_map(char::to_lowercase);
            let slow = prefix.chars().all(|p| chars.next() == Some(p))
                && text.is_char_boundary(prefix.len().min(text.len()));
            proptest::prop_assert_eq!(starts_with_no_case(&text, &prefix), slow);
        }

        /// Reading a heading as its own lower case, and refusing names
        /// longer than every month's, answer as lowercasing first does.
        #[test]
        fn shortcuts_answer_as_lowercasing_does(
            text in "(空間|非空間|Spatial|NON-SPATIAL|spatial|İ|Ⅱ|Ａ|一月|January|JAN|Sept|[a-zA-Z 數據十二月])*",
        ) {
            let l = Lexicon::builtin();
            let lower = text.to_lowercase();
            let kind = if l.non_spatial.iter().any(|w| lower.contains(w.as_str())) {
                Some(DataKind::NonSpatial)
            } else if l.spatial.iter().any(|w| lower.contains(w.as_str())) {
                Some(DataKind::Spatial)
            } else {
                None
            };
            proptest::prop_assert_eq!(l.data_kind(&text), kind);
            let month = l.months.iter().position(|names| {
                names.iter().any(|m| *m == lower || (lower.chars().count() >= 3 && m.starts_with(&lower)))
            }).and_then(|i| u8::try_from(i + 1).ok());
            proptest::prop_assert_eq!(l.month_number(&text), month);
        }

        /// The length shortcut answers as the key would.
        #[test]
        fn not_applicable_is_its_key(
            word in "(不適用|不适用|N/A|n\\.a\\.|Nil|無|not applicable|İ|12|[ .。．\\u{3000}a-zA-Z0-9不適用])*",
        ) {
            let l = Lexicon::builtin();
            let slow = l.not_applicable.contains(&mark_key(&word));
            proptest::prop_assert_eq!(l.is_not_applicable(&word), slow);
        }

        /// The one-pass count answers as counting each kind of character
        /// with plain sets does, in a script extended past the Han block.
        #[test]
        fn language_of_counts_as_sets_do(
            text in "[數据計划發编種类頻说門开abcXYZ 12㐀𠀀中文é]{0,24}",
        ) {
            let mut config = Lexicon::builtin().config.clone();
            config.zh_hans.script.push_str("㐀é");
            config.zh_hant.script.push('𠀀');
            let simplified: std::collections::HashSet<char> = config.zh_hans.script.chars().collect();
            let traditional: std::collections::HashSet<char> = config.zh_hant.script.chars().collect();
            let l = Lexicon::new(config);
            let latin = text.chars().filter(char::is_ascii_alphabetic).count();
            let han = text.chars().filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c)).count();
            let s = text.chars().filter(|c| simplified.contains(c)).count();
            let t = text.chars().filter(|c| traditional.contains(c)).count();
            let slow = if latin > han {
                Language::En
            } else if s > t {
                Language::ZhHans
            } else {
                Language::ZhHant
            };
            proptest::prop_assert_eq!(l.language_of(&text), slow);
            // Counts of two parts add up to the counts of the whole.
            let half = text.char_indices().nth(text.chars().count() / 2).map_or(0, |(at, _)| at);
            let mut parts = l.script_counts(&text[..half]);
            parts += l.script_counts(&text[half..]);
            proptest::prop_assert_eq!(parts, l.script_counts(&text));
        }
    }

    #[test]
    fn markers_ignore_case_spaces_and_full_stops() {
        let l = Lexicon::builtin();
        for word in [
            "不適用",
            "不适用。",
            "N/A",
            "n.a.",
            "Not  Applicable",
            "NIL",
            "無",
        ] {
            assert!(l.is_not_applicable(word), "{word}");
        }
        assert!(!l.is_not_applicable("Nile"));
        assert_eq!(l.note_marker("備註：x"), Some("備註".len()));
        assert_eq!(l.note_marker("REMARKS: x"), Some(7));
        assert_eq!(l.note_marker("Notes: x"), Some(5));
        assert_eq!(l.title_separator("To 2026"), Some(2));
        assert_eq!(l.data_kind("Non-spatial Data"), Some(DataKind::NonSpatial));
        assert_eq!(l.data_kind("Spatial Data"), Some(DataKind::Spatial));
        assert_eq!(l.data_kind("非空间数据"), Some(DataKind::NonSpatial));
        assert_eq!(l.data_kind("其他"), None);
    }

    #[test]
    fn languages() {
        let l = Lexicon::builtin();
        assert_eq!(l.language_of("2024-2026年度開放數據計劃"), Language::ZhHant);
        assert_eq!(l.language_of("2024-2026年度开放数据计划"), Language::ZhHans);
        assert_eq!(
            l.language_of("Annual Open Data Plan 2024-2026"),
            Language::En
        );
        assert_eq!(l.language_of(""), Language::ZhHant);
    }

    #[test]
    fn month_names() {
        let l = Lexicon::builtin();
        for name in ["December", "dec", "DEC", "Decem"] {
            assert_eq!(l.month_number(name), Some(12), "{name}");
        }
        assert_eq!(l.month_number("Sept"), Some(9));
        assert_eq!(l.month_number("De"), None);
        assert_eq!(l.month_number("Decembers"), None);
    }

    #[test]
    fn config_adds_words() {
        let extra: LexiconConfig =
            toml::from_str("[en]\nnot-applicable = [\"Not required\"]\n").unwrap();
        let l = Lexicon::builtin().with(&extra);
        assert!(l.is_not_applicable("not required"));
        assert!(l.is_not_applicable("N/A"));
    }
}
