//! Data categories with identity: one entry per DATA.GOV.HK category, its
//! current name in three languages and its former names, looked up by any.

use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;

use serde::Deserialize;

use super::normalized;
use crate::model::Language;

/// One DATA.GOV.HK data category.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct CategoryDef {
    /// The stable id, DATA.GOV.HK's slug (`city-management`).
    pub id: String,
    /// The current English name.
    pub en: String,
    /// The current Traditional Chinese name.
    #[serde(rename = "zh-Hant")]
    pub zh_hant: String,
    /// The current Simplified Chinese name.
    #[serde(rename = "zh-Hans")]
    pub zh_hans: String,
    /// English names used before the category was renamed.
    #[serde(default)]
    pub former_en: Vec<String>,
    /// Traditional Chinese names used before the category was renamed.
    #[serde(default, rename = "former-zh-Hant")]
    pub former_zh_hant: Vec<String>,
    /// Simplified Chinese names used before the category was renamed.
    #[serde(default, rename = "former-zh-Hans")]
    pub former_zh_hans: Vec<String>,
    /// Other spellings of the current name, accepted as current.
    #[serde(default)]
    pub variants: Vec<String>,
}

impl CategoryDef {
    /// A category known only by one name, as added in `planlint.toml`.
    #[must_use]
    pub fn named(name: &str) -> Self {
        Self {
            id: name.to_owned(),
            en: name.to_owned(),
            zh_hant: name.to_owned(),
            zh_hans: name.to_owned(),
            former_en: Vec::new(),
            former_zh_hant: Vec::new(),
            former_zh_hans: Vec::new(),
            variants: Vec::new(),
        }
    }

    /// The current name in `language`.
    #[must_use]
    pub fn name(&self, language: Language) -> &str {
        language.pick(&self.zh_hant, &self.zh_hans, &self.en)
    }

    /// The former names in `language`.
    #[must_use]
    pub fn former(&self, language: Language) -> &[String] {
        match language {
            Language::ZhHant => &self.former_zh_hant,
            Language::ZhHans => &self.former_zh_hans,
            Language::En => &self.former_en,
        }
    }

    /// Every name, current and former, with its language (`None` for a
    /// variant spelling) and status.
    pub fn names(&self) -> impl Iterator<Item = (&str, Option<Language>, NameStatus)> {
        LANGUAGES
            .iter()
            .map(|&l| (self.name(l), Some(l), NameStatus::Current))
            .chain(
                self.variants
                    .iter()
                    .map(|v| (v.as_str(), None, NameStatus::Current)),
            )
            .chain(LANGUAGES.iter().flat_map(move |&l| {
                self.former(l)
                    .iter()
                    .map(move |f| (f.as_str(), Some(l), NameStatus::Former))
            }))
    }
}

const LANGUAGES: [Language; 3] = [Language::ZhHant, Language::ZhHans, Language::En];

/// Whether a name is a category's current name or one it had before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameStatus {
    /// The name DATA.GOV.HK uses today (or a spelling of it).
    Current,
    /// A name DATA.GOV.HK used before renaming the category.
    Former,
}

/// What a category cell names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CategoryMatch<'v> {
    /// The category.
    pub category: &'v CategoryDef,
    /// Whether the name is current or former.
    pub status: NameStatus,
    languages: u8,
}

impl CategoryMatch<'_> {
    /// The category's stable id.
    #[must_use]
    pub fn id(&self) -> &str {
        &self.category.id
    }

    /// Whether the name is a former one.
    #[must_use]
    pub fn is_former(&self) -> bool {
        self.status == NameStatus::Former
    }

    /// The language the matched name is written in: `preferred` when the name
    /// is one of that language's (`城市管理` is both zh-Hant and zh-Hans),
    /// else the first language that has it; `preferred` for a variant.
    #[must_use]
    pub fn language(&self, preferred: Language) -> Language {
        if self.languages & bit(preferred) != 0 {
            return preferred;
        }
        LANGUAGES
            .into_iter()
            .find(|&l| self.languages & bit(l) != 0)
            .unwrap_or(preferred)
    }

    /// The current name in the language the matched name is written in.
    #[must_use]
    pub fn current_name(&self, preferred: Language) -> &str {
        self.category.name(self.language(preferred))
    }
}

fn bit(language: Language) -> u8 {
    match language {
        Language::ZhHant => 1,
        Language::ZhHans => 2,
        Language::En => 4,
    }
}

/// The lookup key of a category name: [`normalize`](super::normalize)d, `&` read as `and`,
/// commas and enumeration commas dropped.
#[must_use]
pub fn key(name: &str) -> String {
    key_of(name).into_owned()
}

/// [`key`], borrowing `name` when it is its own key.
fn key_of(name: &str) -> Cow<'_, str> {
    let key = normalized(name);
    if !key.contains([',', '，', '、', '&', '＆']) {
        return key;
    }
    let mut key = key.into_owned();
    key.retain(|c| !matches!(c, ',' | '，' | '、'));
    if key.contains(['&', '＆']) {
        key = key.replace(['&', '＆'], "and");
    }
    Cow::Owned(key)
}

/// Every category, and an index from each name's key to its category.
#[derive(Debug, Clone, Default)]
pub struct Categories {
    defs: Vec<CategoryDef>,
    /// key → (index into `defs`, status, language bits).
    index: HashMap<String, (usize, NameStatus, u8)>,
    /// The most bytes a name has, in any language, current or former.
    longest_name: usize,
}

impl Categories {
    /// Adds a category; a name already known keeps its first meaning.
    pub fn add(&mut self, def: CategoryDef) {
        let at = self.defs.len();
        for (name, language, status) in def.names() {
            self.longest_name = self.longest_name.max(name.len());
            let entry = self.index.entry(key(name)).or_insert((at, status, 0));
            if entry.0 == at && entry.1 == status {
                entry.2 |= language.map_or(0, bit);
            }
        }
        self.defs.push(def);
    }

    /// The most bytes a category's name has, in any language.
    #[must_use]
    pub fn longest_name(&self) -> usize {
        self.longest_name
    }

    /// The category `name` names, if any.
    #[must_use]
    pub fn lookup(&self, name: &str) -> Option<CategoryMatch<'_>> {
        // Most cells are written as the vocabulary writes the name, which is
        // then its own key (keys are their own keys): found without making one.
        let &(at, status, languages) = self
            .index
            .get(name)
            .or_else(|| self.index.get(key_of(name).as_ref()))?;
        Some(CategoryMatch {
            category: &self.defs[at],
            status,
            languages,
        })
    }

    /// Every category, built-in first.
    #[must_use]
    pub fn all(&self) -> &[CategoryDef] {
        &self.defs
    }

    /// The current names, in `language`, of the categories whose names
    /// (current or former, in any language) are closest to `name`; for a
    /// "did you mean" help.
    #[must_use]
    pub fn suggest(&self, name: &str, language: Language) -> Vec<String> {
        let names = self.defs.iter().flat_map(|d| d.names().map(|(n, _, _)| n));
        let mut found: Vec<String> = Vec::new();
        for near in super::closest(name, names) {
            let Some(hit) = self.lookup(&near) else {
                continue;
            };
            let current = hit.category.name(language).to_owned();
            if !found.contains(&current) {
                found.push(current);
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocab::Vocabulary;

    proptest::proptest! {
        /// Looking the written name up before making its key finds what
        /// the key finds: keys are their own keys.
        #[test]
        fn the_written_name_finds_what_its_key_finds(
            pick in 0..1000usize,
            edit in proptest::sample::select(vec!["", " ", "（舊）", ",", "&", "A", "、"]),
            at in 0..4usize,
        ) {
            let categories = Vocabulary::builtin().categories();
            let names: Vec<&str> = categories.all().iter().flat_map(|d| d.names().map(|(n, _, _)| n)).collect();
            let name = names[pick % names.len()];
            let cut = name.char_indices().map(|(i, _)| i).chain([name.len()]).nth(at).unwrap_or(name.len());
            for written in [name.to_owned(), key(name), format!("{}{edit}{}", &name[..cut], &name[cut..])] {
                let slow = categories.index.get(key_of(&written).as_ref()).map(|&(at, status, _)| (at, status));
                let fast = categories.lookup(&written).map(|m| (categories.all().iter().position(|d| std::ptr::eq(d, m.category)).unwrap(), m.status));
                proptest::prop_assert_eq!(fast, slow, "{}", written);
            }
        }
    }

    #[test]
    fn every_name_accepted_before_the_renaming_is_still_accepted() {
        // The flat list rules/categories.toml held before categories had ids.
        let before = [
            "City Management",
            "Climate and Weather",
            "Commerce & Industry",
            "Commerce and Industry",
            "Development",
            "Education",
            "Employment & Labour",
            "Employment and Labour",
            "Environment",
            "Finance",
            "Food",
            "Health",
            "Housing",
            "Information Technology & Broadcasting",
            "Information Technology and Broadcasting",
            "Law & Security",
            "Law and Security",
            "Miscellaneous",
            "Others",
            "Population",
            "Recreation & Culture",
            "Recreation and Culture",
            "Social Welfare",
            "Technology and Broadcasting",
            "Transport",
            "人口",
            "其他",
            "卫生",
            "发展",
            "城市管理",
            "就业及劳工",
            "就業及勞工",
            "工商业",
            "工商業",
            "康乐及文化",
            "康樂及文化",
            "房屋",
            "教育",
            "气候及天气",
            "氣候及天氣",
            "法律及保安",
            "环境",
            "環境",
            "發展",
            "社会福利",
            "社會福利",
            "科技及广播",
            "科技及廣播",
            "衛生",
            "衞生",
            "財經",
            "資訊科技及廣播",
            "财经",
            "资讯科技及广播",
            "运输",
            "運輸",
            "食物",
        ];
        let categories = Vocabulary::builtin().categories();
        for name in before {
            assert!(
                categories.lookup(name).is_some(),
                "`{name}` is no longer known"
            );
        }
    }

    #[test]
    fn names_link_to_one_id_across_languages() {
        let categories = Vocabulary::builtin().categories();
        let id = |name: &str| categories.lookup(name).map(|m| m.id().to_owned());
        for name in [
            "城市管理及公共設施",
            "城市管理及公共设施",
            "City Management and Utilities",
            "城市管理",
            "city management",
        ] {
            assert_eq!(id(name).as_deref(), Some("city-management"), "{name}");
        }
        assert_eq!(
            id("Development , Geography & Land Information").as_deref(),
            Some("development")
        );
        assert_eq!(id("發展,地理及土地資訊").as_deref(), Some("development"));
        assert_eq!(
            id("IT & Broadcasting").as_deref(),
            Some("information-technology-and-broadcasting")
        );
        assert!(categories.lookup("財政").is_none());
    }

    #[test]
    fn former_names_know_their_language_and_current_name() {
        let categories = Vocabulary::builtin().categories();
        let hit = categories.lookup("城市管理").unwrap();
        assert!(hit.is_former());
        assert_eq!(hit.current_name(Language::ZhHans), "城市管理及公共设施");
        assert_eq!(hit.current_name(Language::ZhHant), "城市管理及公共設施");
        // An English name in a Chinese plan is replaced in English.
        let hit = categories.lookup("Transport").unwrap();
        assert!(hit.is_former());
        assert_eq!(hit.current_name(Language::ZhHant), "Transportation");
        let hit = categories.lookup("氣象").unwrap();
        assert!(!hit.is_former());
        let hit = categories.lookup("Commerce & Industry").unwrap();
        assert!(
            !hit.is_former(),
            "an ampersand is a spelling, not a renaming"
        );
        let hit = categories.lookup("衛生").unwrap();
        assert!(!hit.is_former());
        assert_eq!(hit.current_name(Language::ZhHant), "衞生");
    }

    #[test]
    fn suggestions_are_current_names_in_the_plan_language() {
        let categories = Vocabulary::builtin().categories();
        assert_eq!(categories.suggest("財政", Language::ZhHant), ["財經"]);
        assert_eq!(
            categories.suggest("城市管里", Language::ZhHant),
            ["城市管理及公共設施"]
        );
        assert_eq!(
            categories.suggest("Transportion", Language::En),
            ["Transportation"]
        );
        assert!(
            categories
                .suggest("完全不同的東西", Language::En)
                .is_empty()
        );
    }
}
