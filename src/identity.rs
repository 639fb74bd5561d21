//! Which plans belong together: a plan's issuer, its years and its language.
//!
//! Plans with the same issuer and years in different languages are language
//! versions of one plan; plans of one issuer in one language with different
//! years are its successive plans. The issuer is found by name in
//! `rules/issuers.toml` (the bureaux and departments, in three languages,
//! with their former names), which `planlint.toml` can extend with
//! `[[issuers]]`, or set for files by glob with `[[plans]]`.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::model::{Document, Language, YearRange};
use crate::vocab::normalize;

const ISSUERS: &str = include_str!("../rules/issuers.toml");

/// The built-in data file, for tests.
pub const DATA_FILE: (&str, &str) = ("issuers.toml", ISSUERS);

/// One bureau or department.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct IssuerDef {
    /// A stable id, such as `itc`.
    pub id: String,
    /// The English abbreviation (`ITC`), if one is used.
    #[serde(default)]
    pub abbreviation: Option<String>,
    /// The English name.
    pub en: String,
    /// The Traditional Chinese name.
    #[serde(rename = "zh-Hant")]
    pub zh_hant: String,
    /// The Simplified Chinese name.
    #[serde(rename = "zh-Hans")]
    pub zh_hans: String,
    /// Names and abbreviations used before a renaming, in any language.
    #[serde(default)]
    pub former: Vec<String>,
}

impl IssuerDef {
    /// Every name the issuer goes by, current ones first.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        [&self.zh_hant, &self.zh_hans, &self.en]
            .into_iter()
            .chain(&self.abbreviation)
            .chain(&self.former)
            .map(String::as_str)
    }

    /// The name in `language`.
    #[must_use]
    pub fn name(&self, language: Language) -> &str {
        language.pick(&self.zh_hant, &self.zh_hans, &self.en)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct IssuersFile {
    issuer: Vec<IssuerDef>,
}

/// The issuers, ready for look-ups by any of their names.
#[derive(Debug, Clone, Default)]
pub struct Issuers {
    defs: Vec<IssuerDef>,
    /// Normalised name → index into `defs`.
    by_name: HashMap<String, usize>,
    /// Normalised names, longest first, for names inside a longer line.
    longest_first: Vec<(String, usize)>,
}

impl Issuers {
    /// The issuers compiled into planlint, parsed once.
    #[must_use]
    pub fn builtin() -> &'static Issuers {
        static BUILTIN: OnceLock<Issuers> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            // The file is compiled in and checked by tests/meta.rs.
            let file: IssuersFile = toml::from_str(ISSUERS)
                .unwrap_or_else(|e| panic!("rules/issuers.toml is invalid: {e}"));
            let mut issuers = Issuers::default();
            issuers.extend(&file.issuer);
            issuers
        })
    }

    /// Adds `extra`; an entry with a built-in id replaces it.
    pub fn extend(&mut self, extra: &[IssuerDef]) {
        for def in extra {
            match self.defs.iter().position(|d| d.id == def.id) {
                Some(i) => self.defs[i] = def.clone(),
                None => self.defs.push(def.clone()),
            }
        }
        self.by_name.clear();
        for (i, def) in self.defs.iter().enumerate() {
            for name in def.names() {
                let key = normalize(name);
                if !key.is_empty() {
                    self.by_name.entry(key).or_insert(i);
                }
            }
        }
        self.longest_first = self.by_name.iter().map(|(k, &i)| (k.clone(), i)).collect();
        self.longest_first
            .sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
    }

    /// Every issuer.
    #[must_use]
    pub fn all(&self) -> &[IssuerDef] {
        &self.defs
    }

    /// The issuer with `id`.
    #[must_use]
    pub fn get(&self, id: &str) -> Option<&IssuerDef> {
        self.defs.iter().find(|d| d.id == id)
    }

    /// The issuer a plan's issuer line names: the whole line is one of its
    /// names (ignoring spaces and case), or holds one (the longest that fits:
    /// `Innovation and Technology Commission (ITC)`). An abbreviation counts
    /// only as a whole word.
    #[must_use]
    pub fn find(&self, line: &str) -> Option<&IssuerDef> {
        let key = normalize(line);
        if key.is_empty() {
            return None;
        }
        if let Some(&i) = self.by_name.get(&key) {
            return Some(&self.defs[i]);
        }
        // The line's short words, split once: an abbreviation is looked up
        // among them rather than by splitting the line again for each.
        let mut words: Option<std::collections::HashSet<&str>> = None;
        self.longest_first
            .iter()
            .find(|(name, i)| {
                // Short keys are abbreviations: match them as words only.
                if name.chars().count() <= 5 && name.is_ascii() {
                    let words = words.get_or_insert_with(|| {
                        line.split(|c: char| !c.is_ascii_alphanumeric())
                            .filter(|word| word.len() <= 5)
                            .collect()
                    });
                    return self.defs[*i]
                        .names()
                        .any(|n| n.is_ascii() && n.len() <= 5 && words.contains(n));
                }
                key.contains(name.as_str())
            })
            .map(|(_, i)| &self.defs[*i])
    }
}

/// Plans assigned to an issuer by path, from `[[plans]]` in `planlint.toml`.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PlanGroup {
    /// Globs, relative to the config's folder, of the plans of one issuer.
    pub files: Vec<String>,
    /// The issuer's id (from `rules/issuers.toml` or `[[issuers]]`), or any
    /// name that groups the plans.
    pub issuer: String,
}

/// A plan's identity: what groups it with other plans.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    /// The issuer's id; for an issuer not in the list, `name:` and its
    /// normalised name, which still groups plans written the same way.
    pub issuer: Option<String>,
    /// The plan's years.
    pub years: Option<YearRange>,
    /// The plan's language.
    pub language: Language,
}

impl Identity {
    /// The identity of `document`, its issuer found by name in `issuers`
    /// (the issuer line, else the footer's) unless `assigned` by config.
    #[must_use]
    pub fn of(document: &Document, issuers: &Issuers, assigned: Option<&str>) -> Self {
        let lines = [
            document.issuer.as_ref().map(|t| t.text.as_str()),
            document.footer.as_ref().map(|f| f.issuer.text.as_str()),
        ];
        let issuer = assigned.map(str::to_owned).or_else(|| {
            lines
                .iter()
                .flatten()
                .find_map(|line| issuers.find(line))
                .map(|def| def.id.clone())
                .or_else(|| {
                    lines
                        .iter()
                        .flatten()
                        .map(|line| normalize(line))
                        .find(|key| !key.is_empty())
                        .map(|key| format!("name:{key}"))
                })
        });
        Self {
            issuer,
            years: document.years,
            language: document.language,
        }
    }

    /// Whether `other` is another language version of the same plan.
    #[must_use]
    pub fn is_version_of(&self, other: &Identity) -> bool {
        self.issuer.is_some()
            && self.issuer == other.issuer
            && self.years.is_some()
            && self.years == other.years
            && self.language != other.language
    }

    /// Whether `other` is a plan of the same issuer in the same language for
    /// other years.
    #[must_use]
    pub fn is_successor_family(&self, other: &Identity) -> bool {
        self.issuer.is_some()
            && self.issuer == other.issuer
            && self.language == other.language
            && self.years != other.years
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_issuers_by_any_name() {
        let issuers = Issuers::builtin();
        for line in [
            "創新科技署",
            "创新科技署",
            "Innovation and Technology Commission",
            "innovation  and technology commission",
            "Innovation and Technology Commission (ITC)",
            "ITC",
        ] {
            assert_eq!(
                issuers.find(line).map(|d| d.id.as_str()),
                Some("itc"),
                "{line}"
            );
        }
        assert_eq!(
            issuers.find("創新及科技局").map(|d| d.id.as_str()),
            Some("itib"),
            "a former name"
        );
        // An abbreviation inside another word is not the issuer.
        assert_eq!(issuers.find("WITCH"), None);
        assert_eq!(issuers.find(""), None);
    }
}
