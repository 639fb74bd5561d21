//! Messages in the plan's language: the Fluent catalogues of `i18n/`
//! (English, Traditional and Simplified Chinese), compiled into the binary.
//!
//! Rules format each finding's message, labels, help and note through the
//! [`Messages`] of the plan they check ([`crate::rules::Context::messages`]),
//! so findings stay plain text and reporters stay unaware of languages.
//! Which catalogue applies is a [`Lang`]: one language, or `auto`, the
//! plan's own. Rule ids and machine fields stay English in every format.

use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

use crate::model::{Column, Language};

/// The catalogues, by language: `(tag, Fluent source)`.
const CATALOGUES: [(Language, &str, &str); 3] = [
    (Language::En, "en", include_str!("../i18n/en/planlint.ftl")),
    (
        Language::ZhHant,
        "zh-Hant",
        include_str!("../i18n/zh-Hant/planlint.ftl"),
    ),
    (
        Language::ZhHans,
        "zh-Hans",
        include_str!("../i18n/zh-Hans/planlint.ftl"),
    ),
];

/// The Fluent source of the catalogue of `language`, for tests and tools.
#[must_use]
pub fn catalogue_source(language: Language) -> &'static str {
    CATALOGUES
        .iter()
        .find(|(l, _, _)| *l == language)
        .map_or("", |(_, _, s)| s)
}

/// Which language messages are written in: one of the three, or `auto`,
/// the language of the plan being reported on.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, schemars::JsonSchema,
)]
pub enum Lang {
    /// The plan's own language.
    #[default]
    #[serde(rename = "auto")]
    Auto,
    /// English.
    #[serde(rename = "en")]
    En,
    /// Traditional Chinese.
    #[serde(rename = "zh-Hant")]
    ZhHant,
    /// Simplified Chinese.
    #[serde(rename = "zh-Hans")]
    ZhHans,
}

impl Lang {
    /// The language to write in for a plan in `plan`'s language.
    #[must_use]
    pub fn resolve(self, plan: Language) -> Language {
        match self {
            Lang::Auto => plan,
            Lang::En => Language::En,
            Lang::ZhHant => Language::ZhHant,
            Lang::ZhHans => Language::ZhHans,
        }
    }

    /// The language to write in where there is no plan (`planlint rule`):
    /// English unless one is chosen.
    #[must_use]
    pub fn or_english(self) -> Language {
        self.resolve(Language::En)
    }

    /// The language to write in where there is no plan to take it from (a
    /// config error, a file that cannot be read or decoded, `--show-files`):
    /// the chosen one, or with `auto` the system's ([`system_language`]).
    #[must_use]
    pub fn or_system(self) -> Language {
        match self {
            Lang::Auto => system_language(),
            lang => lang.or_english(),
        }
    }

    /// The language of an editor's locale (`zh-HK`, `zh-TW` and `zh-Hant`
    /// are Traditional; `zh-CN`, `zh-SG` and `zh-Hans` Simplified; `en-GB`
    /// English); `None` for any other, or one that cannot be read.
    #[must_use]
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let tag = locale.trim().replace('_', "-").to_ascii_lowercase();
        let mut parts = tag.split('-');
        match parts.next()? {
            "en" => Some(Lang::En),
            "zh" => {
                let rest: Vec<&str> = parts.collect();
                if rest.contains(&"hant") {
                    return Some(Lang::ZhHant);
                }
                if rest.contains(&"hans") {
                    return Some(Lang::ZhHans);
                }
                match rest.first().copied() {
                    Some("hk" | "tw" | "mo") => Some(Lang::ZhHant),
                    // Mainland and Singapore Chinese, and bare `zh`.
                    _ => Some(Lang::ZhHans),
                }
            }
            _ => None,
        }
    }

    /// `auto`, `en`, `zh-Hant` or `zh-Hans`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::Auto => "auto",
            Lang::En => "en",
            Lang::ZhHant => "zh-Hant",
            Lang::ZhHans => "zh-Hans",
        }
    }
}

/// The language of the system's locale, as POSIX looks it up (`LC_ALL`,
/// then `LC_MESSAGES`, then `LANG`; the first one set and not empty):
/// `zh_HK`, `zh_TW`, `zh_MO` and `zh-Hant` are Traditional Chinese;
/// `zh_CN`, `zh_SG` and `zh-Hans` Simplified Chinese; anything else
/// (`C`, `en_GB.UTF-8`, none) English. An encoding or modifier
/// (`zh_HK.UTF-8`, `zh_TW.Big5@stroke`) does not matter. On Windows, where
/// none of these is usually set, the user's display language (`zh-HK`).
#[must_use]
pub fn system_language() -> Language {
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.trim().is_empty());
    #[cfg(windows)]
    let locale = locale.or_else(sys_locale::get_locale);
    locale_language(&locale.unwrap_or_default())
}

/// The language of a POSIX locale name (`zh_HK.UTF-8`); English for any
/// that is not Chinese.
#[must_use]
pub fn locale_language(locale: &str) -> Language {
    let name = locale.split(['.', '@']).next().unwrap_or_default();
    match Lang::from_locale(name) {
        Some(Lang::ZhHant) => Language::ZhHant,
        Some(Lang::ZhHans) => Language::ZhHans,
        _ => Language::En,
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Lang {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "auto" => Ok(Lang::Auto),
            "en" => Ok(Lang::En),
            "zh-Hant" => Ok(Lang::ZhHant),
            "zh-Hans" => Ok(Lang::ZhHans),
            _ => Err(format!(
                "unknown language `{s}`: use auto, en, zh-Hant or zh-Hans"
            )),
        }
    }
}

impl From<Language> for Lang {
    fn from(language: Language) -> Self {
        match language {
            Language::En => Lang::En,
            Language::ZhHant => Lang::ZhHant,
            Language::ZhHans => Lang::ZhHans,
        }
    }
}

/// One language's catalogue.
pub struct Messages {
    language: Language,
    bundle: FluentBundle<FluentResource>,
}

impl fmt::Debug for Messages {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Messages")
            .field("language", &self.language)
            .finish_non_exhaustive()
    }
}

/// The catalogue of `language`.
#[must_use]
pub fn messages(language: Language) -> &'static Messages {
    static ALL: OnceLock<[Messages; 3]> = OnceLock::new();
    let all = ALL.get_or_init(|| CATALOGUES.map(|(l, tag, source)| Messages::load(l, tag, source)));
    all.iter()
        .find(|m| m.language == language)
        .unwrap_or(&all[0])
}

impl Messages {
    fn load(language: Language, tag: &str, source: &'static str) -> Self {
        // The catalogues are compiled in and a test parses each: an error
        // here is a bug caught before release.
        let resource =
            FluentResource::try_new(source.to_owned()).unwrap_or_else(|(resource, _)| resource);
        let id: unic_langid::LanguageIdentifier = tag.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // No bidi isolation marks: they would show in terminals and shift columns.
        bundle.set_use_isolating(false);
        let _ = bundle.add_resource(resource);
        Self { language, bundle }
    }

    /// The language of this catalogue.
    #[must_use]
    pub fn language(&self) -> Language {
        self.language
    }

    /// Whether the catalogue has a message `id`.
    #[must_use]
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The message `id` (or `id.attribute`) with `args`; the id itself if
    /// the catalogue lacks it (a meta test keeps that from happening).
    #[must_use]
    pub fn get(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let (name, attribute) = match id.split_once('.') {
            Some((name, attribute)) => (name, Some(attribute)),
            None => (id, None),
        };
        let Some(message) = self.bundle.get_message(name) else {
            return id.to_owned();
        };
        let pattern = match attribute {
            Some(a) => message.get_attribute(a).map(|a| a.value()),
            None => message.value(),
        };
        let Some(pattern) = pattern else {
            return id.to_owned();
        };
        let mut fluent_args = FluentArgs::new();
        for (key, value) in args {
            let value = match value {
                Arg::Text(s) => FluentValue::from(s.as_str()),
                Arg::Number(n) => FluentValue::from(*n),
            };
            fluent_args.set(*key, value);
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    }

    /// The name of `column` for messages (`update frequency`, 更新頻率).
    #[must_use]
    pub fn column(&self, column: Column) -> String {
        let id = match column {
            Column::Number => "column-number",
            Column::Category => "column-category",
            Column::Name => "column-name",
            Column::CategoryName => "column-category-name",
            Column::Description => "column-description",
            Column::TargetDate => "column-target-date",
            Column::ReleaseDate => "column-release-date",
            Column::Frequency => "column-frequency",
            Column::Remarks => "column-remarks",
        };
        self.get(id, &[])
    }

    /// `items` as a list in this language: `a, b or c`, 「a」、「b」或「c」.
    #[must_use]
    pub fn list_or(&self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [only] => only.clone(),
            [init @ .., last] => self.get(
                "list-or",
                &[
                    (
                        "init",
                        Arg::from(init.join(&self.get("list-separator", &[]))),
                    ),
                    ("last", Arg::from(last.as_str())),
                ],
            ),
        }
    }

    /// `text` quoted as offending text: `` `x` `` in English, 「x」 in Chinese.
    #[must_use]
    pub fn quote(&self, text: &str) -> String {
        self.get("quote", &[("text", Arg::from(text))])
    }
}

/// A message argument: text, or a number (which chooses plural forms).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text, inserted as it is.
    Text(String),
    /// A number.
    Number(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Number(f64::from(n))
            }
        }
    )*};
}

number_arg!(u8, u16, u32, i32);

impl From<usize> for Arg {
    #[allow(clippy::cast_precision_loss)]
    fn from(n: usize) -> Self {
        Arg::Number(n as f64)
    }
}

/// Formats message `id` of a catalogue with named arguments:
/// `t!(messages, "unknown-frequency", term = shown)`.
#[macro_export]
macro_rules! t {
    ($messages:expr, $id:literal $(, $key:ident = $value:expr)* $(,)?) => {
        $messages.get($id, &[$((stringify!($key), $crate::i18n::Arg::from($value))),*])
    };
}
