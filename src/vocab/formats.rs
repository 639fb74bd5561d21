//! Data formats, and the one automaton that finds their words in a text.
//!
//! Every word of every format is compiled once into an Aho-Corasick
//! automaton (leftmost-longest, ASCII case-insensitive), run only where a
//! word may start: a character whose first two bytes begin some word, at a
//! word's start when the word needs one. Descriptions are mostly Chinese,
//! three bytes a character, and name a format or two, so finding the
//! formats a description names looks at one byte in three, with no
//! allocation. The rules for where a word counts are documented in
//! `rules/formats.toml`.

use aho_corasick::{
    AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Anchored, Input, MatchKind, StartKind,
};
use serde::Deserialize;

/// What kind of thing a format is, when it is not data a program can read.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq, Default, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum FormatKind {
    /// Structured data or a service that serves it.
    #[default]
    Data,
    /// A document for people to read (PDF, Word).
    Document,
    /// A picture (JPEG, PNG).
    Image,
    /// An archive of other files (ZIP), whose format it does not say.
    Container,
}

/// One data format.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq, schemars::JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct FormatDef {
    /// The display name, such as `CSV`.
    pub name: String,
    /// Whether the format is machine-readable.
    pub machine_readable: bool,
    /// What a format that is not machine-readable is instead.
    #[serde(default)]
    pub kind: FormatKind,
    /// Words that name it in a description, matched ignoring case.
    #[serde(default)]
    pub words: Vec<String>,
    /// Words that name it only when written exactly so (`MAX`, not `max`).
    #[serde(default)]
    pub exact: Vec<String>,
}

/// A format named in a piece of text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatMention<'v> {
    /// The format.
    pub format: &'v FormatDef,
    /// Byte range of the word in the searched text.
    pub range: std::ops::Range<usize>,
}

/// One pattern of the automaton.
#[derive(Debug, Clone)]
struct Pattern {
    /// Index into the formats.
    format: usize,
    /// The word as written, for exact-case words.
    exact: Option<String>,
    /// Whether the word ends with an ASCII letter or digit, and so needs a
    /// word boundary there (one that starts with one needs a word's start:
    /// [`Formats::find`] looks only there).
    bounded_end: bool,
}

/// Every format and the automaton over their words.
#[derive(Debug, Clone)]
pub struct Formats {
    defs: Vec<FormatDef>,
    patterns: Vec<Pattern>,
    /// Anchored: run at each place a word may start.
    automaton: AhoCorasick,
    /// A bit for each pair of bytes some word starts with (in either case
    /// of an ASCII letter), indexed `first * 256 + second`.
    pairs: Vec<u64>,
    /// A bit for each byte that is a whole word of one byte.
    singles: [u64; 4],
    /// For each byte, whether some word starts with it (in either case of
    /// an ASCII letter). Never a byte inside a character.
    starts: [bool; 256],
}

impl Default for Formats {
    fn default() -> Self {
        Self::new(Vec::new())
    }
}

impl Formats {
    /// Compiles `defs` into one automaton.
    #[must_use]
    pub fn new(defs: Vec<FormatDef>) -> Self {
        let mut patterns = Vec::new();
        let mut words = Vec::new();
        for (format, def) in defs.iter().enumerate() {
            let loose = def.words.iter().map(|w| (w, false));
            let exact = def.exact.iter().map(|w| (w, true));
            for (word, exact) in loose.chain(exact) {
                let word = word.trim();
                if word.is_empty() {
                    continue;
                }
                patterns.push(Pattern {
                    format,
                    exact: exact.then(|| word.to_owned()),
                    bounded_end: word.ends_with(|c: char| c.is_ascii_alphanumeric()),
                });
                words.push(word.to_owned());
            }
        }
        // A few dozen words: a full DFA is small, and the fastest to run
        // over every description and remark.
        let automaton = AhoCorasickBuilder::new()
            .kind(Some(AhoCorasickKind::DFA))
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .ascii_case_insensitive(true)
            .build(&words)
            .unwrap_or_else(|e| panic!("format words do not compile: {e}"));
        let mut pairs = vec![0_u64; 256 * 256 / 64];
        let mut singles = [0_u64; 4];
        let cases = |b: u8| [b.to_ascii_lowercase(), b.to_ascii_uppercase()];
        for word in &words {
            let bytes = word.as_bytes();
            match *bytes {
                [first] => {
                    for a in cases(first) {
                        singles[usize::from(a) / 64] |= 1 << (a % 64);
                        for b in 0..=255_u8 {
                            set_bit(&mut pairs, pair(a, b));
                        }
                    }
                }
                [first, second, ..] => {
                    for a in cases(first) {
                        for b in cases(second) {
                            set_bit(&mut pairs, pair(a, b));
                        }
                    }
                }
                [] => {}
            }
        }
        let mut starts = [false; 256];
        for (b, starts) in (0..=255_u8).zip(starts.iter_mut()) {
            *starts = bit(&singles, usize::from(b))
                || pairs[pair(b, 0) / 64..=pair(b, 255) / 64]
                    .iter()
                    .any(|&bits| bits != 0);
        }
        Self {
            defs,
            patterns,
            automaton,
            pairs,
            singles,
            starts,
        }
    }

    /// Whether some word may start at `at`, a character boundary of
    /// `bytes`: its first two bytes begin a word.
    fn may_start(&self, bytes: &[u8], at: usize) -> bool {
        match bytes.get(at + 1) {
            Some(&second) => bit(&self.pairs, pair(bytes[at], second)),
            None => bit(&self.singles, usize::from(bytes[at])),
        }
    }

    /// Every format, built-in first.
    #[must_use]
    pub fn all(&self) -> &[FormatDef] {
        &self.defs
    }

    /// Adds formats (from `planlint.toml`) and recompiles the automaton.
    #[must_use]
    pub fn with(&self, more: &[FormatDef]) -> Self {
        let mut defs = self.defs.clone();
        defs.extend(more.iter().cloned());
        Self::new(defs)
    }

    /// Every format named in `text`, in order of appearance: at each place
    /// a word may start, left to right, the longest word there; after a
    /// word, the search goes on from its end.
    pub fn find<'v, 't>(&'v self, text: &'t str) -> impl Iterator<Item = FormatMention<'v>> + 't
    where
        'v: 't,
    {
        let bytes = text.as_bytes();
        let mut at = 0;
        std::iter::from_fn(move || {
            while at < bytes.len() {
                // Bytes no word starts with are passed over, each on its
                // own rather than a character at a time: no step waits for
                // the one before. Bytes inside a character start no word.
                match bytes[at..]
                    .iter()
                    .position(|&b| self.starts[usize::from(b)])
                {
                    Some(skipped) => at += skipped,
                    None => break,
                }
                let first = bytes[at];
                // A word starting with an ASCII letter or digit needs a
                // word's start; other words start anywhere.
                if !self.may_start(bytes, at)
                    || first.is_ascii_alphanumeric() && !starts_word(text, at)
                {
                    at += utf8_width(first);
                    continue;
                }
                let input = Input::new(text)
                    .span(at..text.len())
                    .anchored(Anchored::Yes);
                let Some(found) = self.automaton.find(input) else {
                    at += utf8_width(first);
                    continue;
                };
                let range = found.range();
                at = range.end;
                let pattern = &self.patterns[found.pattern().as_usize()];
                let matched = &text[range.clone()];
                if pattern.exact.as_deref().is_some_and(|w| w != matched)
                    || pattern.bounded_end && !ends_word(text, matched, range.end)
                {
                    continue;
                }
                return Some(FormatMention {
                    format: &self.defs[pattern.format],
                    range,
                });
            }
            None
        })
    }
}

/// The index of the pair of bytes `a`, `b` in [`Formats::pairs`].
fn pair(a: u8, b: u8) -> usize {
    usize::from(a) * 256 + usize::from(b)
}

fn set_bit(bits: &mut [u64], i: usize) {
    bits[i / 64] |= 1 << (i % 64);
}

fn bit(bits: &[u64], i: usize) -> bool {
    bits[i / 64] & (1 << (i % 64)) != 0
}

/// The length of the UTF-8 character that starts with `first`.
fn utf8_width(first: u8) -> usize {
    match first {
        0xF0.. => 4,
        0xE0.. => 3,
        0xC0.. => 2,
        _ => 1,
    }
}

/// Whether a format word may start at `at`: at the start of a word, or where
/// a CamelCase word's last part starts (`City|GML`, `Land|XML`, `Open|API`:
/// a schema or profile named after the format it is written in).
fn starts_word(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    let Some(&before) = at.checked_sub(1).and_then(|i| bytes.get(i)) else {
        return true;
    };
    if !before.is_ascii_alphanumeric() {
        return true;
    }
    before.is_ascii_lowercase() && bytes.get(at).is_some_and(u8::is_ascii_uppercase)
}

/// Whether a format word `matched` may end at `at`: at the end of a word, or
/// before the `s` of a plural of an upper-case word (`APIs`, `CSVs`).
fn ends_word(text: &str, matched: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    let boundary = |i: usize| bytes.get(i).is_none_or(|b| !b.is_ascii_alphanumeric());
    if boundary(at) {
        return true;
    }
    bytes[at] == b's'
        && boundary(at + 1)
        && matched.bytes().all(|b| !b.is_ascii_lowercase())
        && matched.bytes().any(|b| b.is_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::{Formats, ends_word, starts_word};
    use crate::vocab::Vocabulary;

    /// The formats in `text` found the slow way: at every character, the
    /// longest word there (the first listed among equally long ones).
    fn slow(formats: &Formats, text: &str) -> Vec<(String, std::ops::Range<usize>)> {
        let words: Vec<(usize, &str, bool)> = formats
            .defs
            .iter()
            .enumerate()
            .flat_map(|(i, def)| {
                let loose = def.words.iter().map(move |w| (i, w.trim(), false));
                loose.chain(def.exact.iter().map(move |w| (i, w.trim(), true)))
            })
            .filter(|(_, w, _)| !w.is_empty())
            .collect();
        let mut found = Vec::new();
        let mut at = 0;
        while at < text.len() {
            let rest = &text.as_bytes()[at..];
            let longest = words
                .iter()
                .filter(|(_, w, _)| {
                    rest.len() >= w.len() && rest[..w.len()].eq_ignore_ascii_case(w.as_bytes())
                })
                .fold(None::<&(usize, &str, bool)>, |best, w| match best {
                    Some(b) if b.1.len() >= w.1.len() => Some(b),
                    _ => Some(w),
                });
            let starts = !text.as_bytes()[at].is_ascii_alphanumeric() || starts_word(text, at);
            match longest.filter(|_| starts) {
                Some(&(format, word, exact)) => {
                    let range = at..at + word.len();
                    let matched = &text[range.clone()];
                    if !(exact && matched != word)
                        && (!word.ends_with(|c: char| c.is_ascii_alphanumeric())
                            || ends_word(text, matched, range.end))
                    {
                        found.push((formats.defs[format].name.clone(), range.clone()));
                    }
                    at = range.end;
                }
                None => at += text[at..].chars().next().map_or(1, char::len_utf8),
            }
        }
        found
    }

    proptest::proptest! {
        /// Looking only where a word may start finds what looking at every
        /// character finds.
        #[test]
        fn find_looks_where_words_may_start(
            text in "(CSV|csv|APIs|API|Max|MAX|3D Tiles|CityGML|GML|XLSX|應用程式介面|应用程式接口|應用|格式|[ .,/()（）：a-zA-Z0-9數據é])*",
        ) {
            let formats = &Vocabulary::builtin().formats;
            let fast: Vec<(String, std::ops::Range<usize>)> = formats
                .find(&text)
                .map(|m| (m.format.name.clone(), m.range))
                .collect();
            proptest::prop_assert_eq!(fast, slow(formats, &text));
        }
    }

    fn names(text: &str) -> Vec<String> {
        Vocabulary::builtin()
            .formats_in(text)
            .map(|m| m.format.name.clone())
            .collect()
    }

    #[test]
    fn words_are_whole_words() {
        assert_eq!(names("以機器可讀格式(如：CSV) 開放"), ["CSV"]);
        assert_eq!(names("GeoJSON 及 XLS"), ["GeoJSON", "XLS"]);
        assert_eq!(
            names("應用程式界面(API)以 JSON 格式"),
            ["API", "API", "JSON"]
        );
        assert!(names("CSVX ABCSV").is_empty());
        assert_eq!(names("data in csv and json"), ["CSV", "JSON"]);
    }

    #[test]
    fn a_word_of_one_byte_is_found_anywhere() {
        let formats = Formats::new(vec![super::FormatDef {
            name: "R".to_owned(),
            machine_readable: true,
            kind: super::FormatKind::Data,
            words: vec!["R".to_owned(), "圖".to_owned()],
            exact: Vec::new(),
        }]);
        let found = |text: &str| formats.find(text).map(|m| m.range).collect::<Vec<_>>();
        assert_eq!(found("R data in r"), [0..1, 10..11]);
        assert_eq!(found("以R及圖"), [3..4, 7..10]);
        assert!(found("Rx xr").is_empty());
    }

    #[test]
    fn a_format_inside_a_longer_word() {
        // CityGML is a GML application schema: it is GML.
        assert_eq!(names("3D building models in CityGML"), ["GML"]);
        assert_eq!(names("CITYGML"), ["GML"]);
        assert_eq!(names("LandXML and OpenAPI"), ["XML", "API"]);
        // The longest word wins: GeoJSON is not also JSON, XLSX not XLS.
        assert_eq!(names("GeoJSON, XLSX, KMZ"), ["GeoJSON", "XLSX", "KMZ"]);
        // Not at a word's start, not a CamelCase part: no format.
        assert!(names("AMLGMLX, SHPX, Xgml").is_empty());
        assert!(names("XMLHttpRequest").is_empty());
    }

    #[test]
    fn three_d_and_spatial_formats() {
        assert_eq!(
            names("3D Tiles, Cesium 3D Tiles, CESIUM3DTILES, 3DTiles"),
            ["CESIUM3DTILES"; 4]
        );
        assert_eq!(
            names("GeoTIFF / GeoPackage / FGDB / glTF / OBJ / FBX / DWG / DGN"),
            [
                "GEOTIFF",
                "GEOPACKAGE",
                "FGDB",
                "GLTF",
                "OBJ",
                "FBX",
                "DWG",
                "DGN"
            ]
        );
        assert_eq!(
            names("through a Web Map Service and a Web Map Tile Service"),
            ["WMS", "WMTS"]
        );
        assert_eq!(
            names("RINEX, RTCM, GTFS-RT, RSS, ICS, XLSM, MDB, WMTS"),
            ["RINEX", "RTCM", "GTFS", "RSS", "ICS", "XLSM", "MDB", "WMTS"]
        );
    }

    #[test]
    fn plurals_and_exact_case() {
        assert_eq!(names("through APIs and CSVs"), ["API", "CSV"]);
        assert!(
            names("the apis").is_empty(),
            "a lower-case plural is a word"
        );
        assert_eq!(names("3ds Max scene (MAX)"), ["MAX", "MAX"]);
        assert!(names("max. 10 records, sorted asc").is_empty());
    }

    #[test]
    fn machine_readable_decisions() {
        let v = Vocabulary::builtin();
        let readable = |name: &str| {
            v.formats()
                .iter()
                .find(|f| f.name == name)
                .unwrap_or_else(|| panic!("no format {name}"))
                .machine_readable
        };
        for name in ["CSV", "JSON", "GML", "FGDB", "GTFS", "KMZ", "CESIUM3DTILES"] {
            assert!(readable(name), "{name}");
        }
        for name in ["PDF", "DOC", "JPEG", "PNG", "ZIP"] {
            assert!(!readable(name), "{name}");
        }
    }
}
