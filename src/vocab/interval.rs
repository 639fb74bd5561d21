//! The small grammar of update intervals: `Every 6 months`, `every five
//! year`, `3-monthly`, `Twice a year`, `Daily at 9:00am`, `Every Monday`,
//! 每10分鐘, 每兩星期, 每三個月, 每年兩次, 每日上午9時, 每年三月, 每月15日.
//! Each reads as a count of a unit (seconds to years), and every interval has
//! one canonical value, so 每季, `Quarterly` and `Every 3 months` compare
//! equal across a plan's language versions.

use std::borrow::Cow;

/// A unit of time an interval counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// Seconds.
    Second,
    /// Minutes.
    Minute,
    /// Hours.
    Hour,
    /// Days.
    Day,
    /// Weeks.
    Week,
    /// Months.
    Month,
    /// Years.
    Year,
}

impl Unit {
    fn plural(self) -> &'static str {
        match self {
            Unit::Second => "seconds",
            Unit::Minute => "minutes",
            Unit::Hour => "hours",
            Unit::Day => "days",
            Unit::Week => "weeks",
            Unit::Month => "months",
            Unit::Year => "years",
        }
    }

    /// The next smaller unit and how many of it make one of this, where the
    /// ratio is exact (a month has no whole number of weeks or days).
    fn smaller(self) -> Option<(Unit, u32)> {
        match self {
            Unit::Second | Unit::Month => None,
            Unit::Minute => Some((Unit::Second, 60)),
            Unit::Hour => Some((Unit::Minute, 60)),
            Unit::Day => Some((Unit::Hour, 24)),
            Unit::Week => Some((Unit::Day, 7)),
            Unit::Year => Some((Unit::Month, 12)),
        }
    }
}

/// An update interval: every `count` `unit`s.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Interval {
    /// How many units, at least one.
    pub count: u32,
    /// The unit.
    pub unit: Unit,
}

impl Interval {
    fn new(count: u32, unit: Unit) -> Option<Self> {
        (count > 0).then_some(Self { count, unit })
    }

    /// Every half `unit` (每半年, `every half hour`), in the smaller unit.
    fn half(unit: Unit) -> Option<Self> {
        let (smaller, ratio) = unit.smaller()?;
        ratio.is_multiple_of(2).then_some(Self {
            count: ratio / 2,
            unit: smaller,
        })
    }

    /// `times` times per `unit` (`twice a year`), when that is a whole
    /// number of a smaller unit.
    fn per(times: u32, unit: Unit) -> Option<Self> {
        if times == 1 {
            return Self::new(1, unit);
        }
        let (smaller, ratio) = unit.smaller()?;
        (times > 0 && ratio % times == 0).then(|| Self {
            count: ratio / times,
            unit: smaller,
        })
    }

    /// The same interval in the largest unit that counts it whole
    /// (`every 24 hours` → `every 1 day`, `every 12 months` → `every 1 year`).
    #[must_use]
    pub fn reduced(self) -> Self {
        let mut value = self;
        loop {
            let larger = [Unit::Minute, Unit::Hour, Unit::Day, Unit::Week, Unit::Year]
                .into_iter()
                .find_map(|u| {
                    u.smaller()
                        .filter(|&(s, ratio)| s == value.unit && value.count.is_multiple_of(ratio))
                        .map(|(_, ratio)| (u, ratio))
                });
            let Some((unit, ratio)) = larger else {
                return value;
            };
            value = Self {
                count: value.count / ratio,
                unit,
            };
        }
    }

    /// The canonical value: the name of a frequency in `rules/frequencies.toml`
    /// where there is one (`quarterly`), else `every-N-units`.
    #[must_use]
    pub fn canonical(self) -> Cow<'static, str> {
        let Interval { count, unit } = self.reduced();
        let named = match (count, unit) {
            (1, Unit::Hour) => "hourly",
            (1, Unit::Day) => "daily",
            (1, Unit::Week) => "weekly",
            (1, Unit::Month) => "monthly",
            (3, Unit::Month) => "quarterly",
            (6, Unit::Month) => "half-yearly",
            (1, Unit::Year) => "yearly",
            _ => return Cow::Owned(format!("every-{count}-{}", unit.plural())),
        };
        Cow::Borrowed(named)
    }
}

/// Reads `term` as an interval, in English or Chinese.
#[must_use]
pub fn parse(term: &str) -> Option<Interval> {
    let text = fold(term);
    if text.is_ascii() {
        english(&text)
    } else {
        chinese(&text)
    }
}

/// The words of the English grammar besides numbers, weekdays and months,
/// for [`repair`].
const ENGLISH_WORDS: [&str; 38] = [
    "a",
    "an",
    "annually",
    "at",
    "daily",
    "day",
    "days",
    "each",
    "every",
    "fortnight",
    "fortnights",
    "half",
    "hour",
    "hourly",
    "hours",
    "hr",
    "hrs",
    "min",
    "mins",
    "minute",
    "minutes",
    "month",
    "monthly",
    "months",
    "once",
    "other",
    "per",
    "quarter",
    "quarters",
    "second",
    "seconds",
    "times",
    "twice",
    "week",
    "weekly",
    "weeks",
    "year",
    "years",
];

/// Every word the English grammar reads, for [`repair`].
fn grammar_words() -> impl Iterator<Item = &'static str> {
    ENGLISH_WORDS
        .into_iter()
        .chain(ONES)
        .chain(TENS)
        .chain(WEEKDAYS)
        .chain(MONTHS)
        .chain(["yearly"])
}

/// `term` with one misspelt word of the English grammar corrected, when that
/// makes it an interval: `Every 6 monts` → `Every 6 months`.
#[must_use]
pub fn repair(term: &str) -> Option<String> {
    let words: Vec<&str> = term.split_whitespace().collect();
    if words.len() < 2 || !term.is_ascii() {
        return None;
    }
    for (i, word) in words.iter().enumerate() {
        let lower = word.to_ascii_lowercase();
        if lower.bytes().all(|b| b.is_ascii_digit()) || grammar_words().any(|w| w == lower) {
            continue;
        }
        let chars: Vec<char> = lower.chars().collect();
        let limit = chars.len().div_ceil(3);
        let mut best: Option<(usize, &str)> = None;
        for candidate in grammar_words() {
            let distance = super::edit_distance(&chars, &candidate.chars().collect::<Vec<_>>());
            // On a tie, keep the word's number: `monts` is `months`.
            let better = best.is_none_or(|(d, b)| {
                distance < d
                    || (distance == d
                        && candidate.ends_with('s')
                        && !b.ends_with('s')
                        && lower.ends_with('s'))
            });
            if distance <= limit && better {
                best = Some((distance, candidate));
            }
        }
        let Some((_, fixed)) = best else {
            continue;
        };
        let fixed = if word.starts_with(|c: char| c.is_ascii_uppercase()) {
            fixed[..1].to_ascii_uppercase() + &fixed[1..]
        } else {
            fixed.to_owned()
        };
        let mut repaired = words.clone();
        repaired[i] = &fixed;
        let repaired = repaired.join(" ");
        if parse(&repaired).is_some() {
            return Some(repaired);
        }
    }
    None
}

/// Lower-case ASCII, full-width digits and letters as ASCII, spaces
/// collapsed, trimmed.
fn fold(term: &str) -> String {
    let mut out = String::with_capacity(term.len());
    let mut space = false;
    for c in term.trim().chars() {
        let c = match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            _ => c,
        };
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(c.to_ascii_lowercase());
    }
    out
}

fn english(text: &str) -> Option<Interval> {
    for prefix in ["daily at ", "every day at "] {
        if let Some(time) = text.strip_prefix(prefix) {
            return is_time(time).then_some(Interval {
                count: 1,
                unit: Unit::Day,
            });
        }
    }
    let words: Vec<&str> = text
        .split([' ', '-', ','])
        .filter(|w| !w.is_empty())
        .collect();
    let words = match words.as_slice() {
        ["once", rest @ ..] if rest.first() == Some(&"every") => rest,
        _ => &words,
    };
    match words {
        ["every", "other", unit] => {
            let (factor, unit) = english_unit(unit)?;
            Interval::new(2 * factor, unit)
        }
        // `Every Monday`, `every March`: once a week, once a year.
        ["every", day] if WEEKDAYS.contains(day) => Interval::new(1, Unit::Week),
        ["every", month] if MONTHS.contains(month) => Interval::new(1, Unit::Year),
        ["every", "half", "an" | "a", unit] | ["every", "half", unit] => {
            whole(english_unit(unit)?).and_then(Interval::half)
        }
        ["every", rest @ ..] => {
            let (count, rest) = english_number(rest).unwrap_or((1, rest));
            let [unit] = rest else { return None };
            let (factor, unit) = english_unit(unit)?;
            Interval::new(count.checked_mul(factor)?, unit)
        }
        _ => english_adverb(words).or_else(|| english_times(words)),
    }
}

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// `3-monthly`, `six monthly`, `2 hourly`.
fn english_adverb(words: &[&str]) -> Option<Interval> {
    let (count, [adverb]) = english_number(words)? else {
        return None;
    };
    Interval::new(count, english_adverb_unit(adverb)?)
}

fn english_adverb_unit(adverb: &str) -> Option<Unit> {
    Some(match adverb {
        "hourly" => Unit::Hour,
        "daily" => Unit::Day,
        "weekly" => Unit::Week,
        "monthly" => Unit::Month,
        "yearly" | "annually" => Unit::Year,
        _ => return None,
    })
}

/// `once a year`, `twice per month`, `four times each year`.
fn english_times(words: &[&str]) -> Option<Interval> {
    let (times, rest) = match words {
        ["once", rest @ ..] => (1, rest),
        ["twice", rest @ ..] => (2, rest),
        _ => match english_number(words)? {
            (times, ["times", rest @ ..]) => (times, rest),
            _ => return None,
        },
    };
    match rest {
        ["a" | "an" | "per" | "each" | "every", unit] => {
            Interval::per(times, whole(english_unit(unit)?)?)
        }
        // `twice daily`, `four times yearly`.
        [adverb] => Interval::per(times, english_adverb_unit(adverb)?),
        _ => None,
    }
}

/// A unit that is one of itself (not a quarter, which is three months).
fn whole((factor, unit): (u32, Unit)) -> Option<Unit> {
    (factor == 1).then_some(unit)
}

/// A unit word, singular or plural, as a count of a [`Unit`]: a quarter is
/// three months, a fortnight two weeks.
fn english_unit(word: &str) -> Option<(u32, Unit)> {
    let word = word.strip_suffix('s').unwrap_or(word);
    Some(match word {
        "second" | "sec" => (1, Unit::Second),
        "minute" | "min" => (1, Unit::Minute),
        "hour" | "hr" => (1, Unit::Hour),
        "day" => (1, Unit::Day),
        "week" => (1, Unit::Week),
        "fortnight" => (2, Unit::Week),
        "month" => (1, Unit::Month),
        "quarter" => (3, Unit::Month),
        "year" | "yr" => (1, Unit::Year),
        _ => return None,
    })
}

const ONES: [&str; 19] = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// A count at the start of `words`: digits (`6`) or words (`five`,
/// `twenty four`), and the words after it.
fn english_number<'w, 'a>(words: &'w [&'a str]) -> Option<(u32, &'w [&'a str])> {
    let (first, rest) = words.split_first()?;
    if first.bytes().all(|b| b.is_ascii_digit()) {
        return Some((first.parse().ok()?, rest));
    }
    let ones = |w: &str| ONES.iter().position(|o| *o == w).map(|i| i as u32 + 1);
    if let Some(n) = ones(first) {
        return Some((n, rest));
    }
    let tens = TENS.iter().position(|t| t == first)? as u32 * 10 + 20;
    if let Some((next, after)) = rest.split_first()
        && let Some(n) = ones(next).filter(|&n| n < 10)
    {
        return Some((tens + n, after));
    }
    Some((tens, rest))
}

/// `9:00am`, `9am`, `9.30 p.m.`, `09:00`, `0900 hrs`.
fn is_time(text: &str) -> bool {
    let text: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let text = text.trim_end_matches('.');
    let (clock, suffix) = match text.find(|c: char| !c.is_ascii_digit() && c != ':' && c != '.') {
        Some(i) => text.split_at(i),
        None => (text, ""),
    };
    let meridiem = matches!(suffix, "am" | "pm" | "a.m" | "p.m");
    if !(meridiem || matches!(suffix, "" | "h" | "hrs" | "hr")) {
        return false;
    }
    let (hours, minutes) = match clock.split_once([':', '.']) {
        Some((h, m)) => (h, Some(m)),
        None if clock.len() == 4 && !meridiem => (&clock[..2], Some(&clock[2..])),
        None => (clock, None),
    };
    let number = |s: &str, max: u32| {
        !s.is_empty()
            && s.len() <= 2
            && s.bytes().all(|b| b.is_ascii_digit())
            && s.parse::<u32>().is_ok_and(|n| n <= max)
    };
    let hours_ok = if meridiem {
        number(hours, 12)
    } else {
        number(hours, 23)
    };
    // A bare number is not a time; it needs minutes or am/pm.
    hours_ok && minutes.map_or(meridiem, |m| m.len() == 2 && number(m, 59))
}

fn chinese(text: &str) -> Option<Interval> {
    let text: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    // 一年兩次 says only how many times per unit.
    if let Some(rest) = text.strip_prefix('一') {
        return chinese_times(rest);
    }
    let text = text.strip_prefix('每')?;
    // 每日上午9時, 每天09:00: daily at a time.
    for day in ["日", "天"] {
        if let Some(time) = text.strip_prefix(day)
            && is_chinese_time(time)
        {
            return Interval::new(1, Unit::Day);
        }
    }
    let text = text.strip_prefix('隔').unwrap_or(text);
    // 每半年, 每半小時.
    if let Some(unit) = text.strip_prefix('半') {
        let unit = unit.strip_prefix(['個', '个']).unwrap_or(unit);
        return whole(chinese_unit(unit)?).and_then(Interval::half);
    }
    let (count, rest) = chinese_number(text).unwrap_or((1, text));
    let unit = rest.strip_prefix(['個', '个']).unwrap_or(rest);
    if let Some((factor, unit)) = chinese_unit(unit) {
        return Interval::new(count.checked_mul(factor)?, unit);
    }
    if count != 1 || rest.len() != text.len() {
        return None;
    }
    // 每年兩次, 每月一次; 每年三月, 每月15日, 每星期一.
    chinese_times(rest).or_else(|| chinese_point(rest))
}

/// `年兩次`, `季一次` (after 每 or 一): times per unit.
fn chinese_times(text: &str) -> Option<Interval> {
    let (factor, unit, times) = chinese_unit_prefix(text)?;
    let (times, left) = chinese_number(times.strip_suffix('次')?)?;
    left.is_empty().then_some(())?;
    if factor == 1 {
        Interval::per(times, unit)
    } else {
        (times == 1).then_some(())?;
        Interval::new(factor, unit)
    }
}

/// The unit word `text` starts with (季 is three months), and the rest.
fn chinese_unit_prefix(text: &str) -> Option<(u32, Unit, &str)> {
    if let Some(rest) = text
        .strip_prefix("季度")
        .or_else(|| text.strip_prefix('季'))
    {
        return Some((3, Unit::Month, rest));
    }
    CHINESE_UNITS
        .iter()
        .find_map(|(word, unit)| text.strip_prefix(word).map(|rest| (1, *unit, rest)))
}

/// A unit and the point in it the update falls on, after 每: `年三月`,
/// `年3月底`, `月15日`, `月第一個工作天`, `星期一`, `週五`: every one unit.
fn chinese_point(text: &str) -> Option<Interval> {
    let day_of_month = |rest: &str| -> bool {
        if matches!(rest, "初" | "中" | "底" | "尾" | "月初" | "月中" | "月底") {
            return true;
        }
        if let Some(nth) = rest.strip_prefix('第') {
            let Some((_, left)) = chinese_number(nth) else {
                return false;
            };
            let left = left.strip_prefix(['個', '个']).unwrap_or(left);
            return matches!(left, "工作天" | "工作日");
        }
        chinese_number(rest).is_some_and(|(day, left)| {
            (1..=31).contains(&day) && matches!(left, "日" | "號" | "号")
        })
    };
    let (_, unit, rest) = chinese_unit_prefix(text)?;
    let fits = match unit {
        Unit::Year => {
            let rest = rest.strip_prefix('的').unwrap_or(rest);
            chinese_number(rest).is_some_and(|(month, left)| {
                (1..=12).contains(&month)
                    && left
                        .strip_prefix('月')
                        .is_some_and(|day| day.is_empty() || day_of_month(day))
            })
        }
        Unit::Month => day_of_month(rest),
        Unit::Week => {
            let mut chars = rest.chars();
            chars.next().is_some_and(|c| "一二三四五六日天".contains(c)) && chars.next().is_none()
        }
        _ => false,
    };
    fits.then_some(())?;
    Interval::new(1, unit)
}

const CHINESE_UNITS: [(&str, Unit); 18] = [
    ("秒鐘", Unit::Second),
    ("秒钟", Unit::Second),
    ("秒", Unit::Second),
    ("分鐘", Unit::Minute),
    ("分钟", Unit::Minute),
    ("小時", Unit::Hour),
    ("小时", Unit::Hour),
    ("鐘頭", Unit::Hour),
    ("钟头", Unit::Hour),
    ("天", Unit::Day),
    ("日", Unit::Day),
    ("星期", Unit::Week),
    ("週", Unit::Week),
    ("周", Unit::Week),
    ("禮拜", Unit::Week),
    ("礼拜", Unit::Week),
    ("月", Unit::Month),
    ("年", Unit::Year),
];

/// A unit word as a count of a [`Unit`]: 季 (a quarter) is three months.
fn chinese_unit(text: &str) -> Option<(u32, Unit)> {
    if matches!(text, "季" | "季度") {
        return Some((3, Unit::Month));
    }
    CHINESE_UNITS
        .iter()
        .find(|(word, _)| *word == text)
        .map(|(_, unit)| (1, *unit))
}

/// A count at the start of `text`: digits (`10`) or Chinese numerals
/// (`兩`, `三`, `十二`, `二十四`), and the text after it.
fn chinese_number(text: &str) -> Option<(u32, &str)> {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 {
        return Some((text[..digits].parse().ok()?, &text[digits..]));
    }
    let mut total = 0;
    let mut current = 0;
    let mut end = 0;
    for (i, c) in text.char_indices() {
        let digit = match c {
            '一' => 1,
            '二' | '兩' | '两' => 2,
            '三' => 3,
            '四' => 4,
            '五' => 5,
            '六' => 6,
            '七' => 7,
            '八' => 8,
            '九' => 9,
            '十' => {
                total += if current == 0 { 10 } else { current * 10 };
                current = 0;
                end = i + c.len_utf8();
                continue;
            }
            _ => break,
        };
        current = digit;
        end = i + c.len_utf8();
    }
    (end > 0).then(|| (total + current, &text[end..]))
}

/// `上午9時`, `早上九時正`, `下午3時30分`, `09:00`, `上午9:00`.
fn is_chinese_time(text: &str) -> bool {
    let text = ["上午", "下午", "早上", "晚上", "凌晨", "中午"]
        .iter()
        .find_map(|p| text.strip_prefix(p))
        .unwrap_or(text);
    if text.is_ascii() {
        return is_time(text);
    }
    let Some((hours, rest)) = chinese_number(text) else {
        return false;
    };
    if hours > 24 {
        return false;
    }
    let Some(rest) = rest.strip_prefix(['時', '时', '點', '点']) else {
        return false;
    };
    let rest = rest.strip_suffix('正').unwrap_or(rest);
    if rest.is_empty() || rest == "半" {
        return true;
    }
    rest.strip_suffix('分')
        .and_then(chinese_number)
        .is_some_and(|(m, left)| m < 60 && left.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn canonical(term: &str) -> Option<String> {
        parse(term).map(|i| i.canonical().into_owned())
    }

    #[test]
    fn english_intervals() {
        for (term, expected) in [
            ("Every 1 year", "yearly"),
            ("Every 6 months", "half-yearly"),
            ("Every five years", "every-5-years"),
            ("Every five year", "every-5-years"),
            ("every 3 months", "quarterly"),
            ("Every 10 minutes", "every-10-minutes"),
            ("Every 60 minutes", "hourly"),
            ("Every 24 hours", "daily"),
            ("Every 14 days", "every-2-weeks"),
            ("every two weeks", "every-2-weeks"),
            ("Every other week", "every-2-weeks"),
            ("Every twenty-four hours", "daily"),
            ("Every 12 months", "yearly"),
            ("Every month", "monthly"),
            ("Once every 2 years", "every-2-years"),
            ("every half hour", "every-30-minutes"),
            ("3-monthly", "quarterly"),
            ("six monthly", "half-yearly"),
            ("Twice a year", "half-yearly"),
            ("Four times a year", "quarterly"),
            ("once a week", "weekly"),
            ("Every 2 hrs", "every-2-hours"),
            ("Every 30 seconds", "every-30-seconds"),
            ("Every 120 seconds", "every-2-minutes"),
            ("Twice daily", "every-12-hours"),
            ("Every Monday", "weekly"),
            ("every March", "yearly"),
            ("Daily at 9:00am", "daily"),
            ("Daily at 6:00 a.m.", "daily"),
            ("Daily at 17:30", "daily"),
            ("Every day at 9am", "daily"),
            ("ＥＶＥＲＹ ６ ＭＯＮＴＨＳ", "half-yearly"),
        ] {
            assert_eq!(canonical(term).as_deref(), Some(expected), "{term}");
        }
    }

    #[test]
    fn chinese_intervals() {
        for (term, expected) in [
            ("每10分鐘", "every-10-minutes"),
            ("每兩星期", "every-2-weeks"),
            ("每两周", "every-2-weeks"),
            ("每兩年", "every-2-years"),
            ("每三個月", "quarterly"),
            ("每三个月", "quarterly"),
            ("每2小時", "every-2-hours"),
            ("每小時", "hourly"),
            ("每１５分鐘", "every-15-minutes"),
            ("每十二個月", "yearly"),
            ("每隔兩星期", "every-2-weeks"),
            ("每半年", "half-yearly"),
            ("每半小時", "every-30-minutes"),
            ("每年兩次", "half-yearly"),
            ("每年一次", "yearly"),
            ("一年兩次", "half-yearly"),
            ("每日上午9時", "daily"),
            ("每天早上九時正", "daily"),
            ("每日09:00", "daily"),
            ("每季", "quarterly"),
            ("每季度", "quarterly"),
            ("每30秒", "every-30-seconds"),
            ("每季一次", "quarterly"),
            ("每年三月", "yearly"),
            ("每年2月底", "yearly"),
            ("每年的十二月", "yearly"),
            ("每月15日", "monthly"),
            ("每月第一個工作天", "monthly"),
            ("每月底", "monthly"),
            ("每星期一", "weekly"),
            ("每週五", "weekly"),
        ] {
            assert_eq!(canonical(term).as_deref(), Some(expected), "{term}");
        }
    }

    #[test]
    fn misspelt_intervals_are_repaired() {
        assert_eq!(repair("Every 6 monts").as_deref(), Some("Every 6 months"));
        assert_eq!(
            repair("every five yaers").as_deref(),
            Some("every five years")
        );
        assert_eq!(repair("Evry 2 weeks").as_deref(), Some("Every 2 weeks"));
        assert_eq!(repair("Montly"), None);
        assert_eq!(
            repair("Every fourteen dyas").as_deref(),
            Some("Every fourteen days")
        );
        assert_eq!(repair("Evrey Monday").as_deref(), Some("Every Monday"));
        assert_eq!(repair("Every 6 bananas"), None);
    }

    proptest::proptest! {
        /// Any text, in any script and width, is read or refused without a panic.
        #[test]
        fn never_panics(term in "[ 0-9０-９a-zA-Z:.\\-每隔半個个一二兩三十年月日天星期週時點分秒季次上午下午正更新]{0,24}") {
            let _ = parse(&term);
            let _ = repair(&term);
            let _ = crate::vocab::Vocabulary::builtin().frequency(&term);
        }
    }

    #[test]
    fn not_intervals() {
        for term in [
            "Every",
            "Every 0 months",
            "Every five",
            "Every 6 monts",
            "Daily at noon",
            "Daily at 25:00",
            "Daily at 9",
            "Twice a month",
            "Quartely",
            "每李",
            "每",
            "每年十三月",
            "每年一次吧",
            "每月32日",
            "每星期八",
            "每季兩次",
            "每0年",
            "每日上午",
            "每三十",
        ] {
            assert_eq!(canonical(term), None, "{term}");
        }
    }
}
