//! Cell values: `MM/YYYY` dates and frequencies, each with an optional
//! bracketed annotation.

use nom::branch::alt;
use nom::bytes::complete::{tag, take_while_m_n};
use nom::character::complete::{char, one_of, space0};
use nom::combinator::{all_consuming, map_res, opt, rest, verify};
use nom::{IResult, Parser};

use crate::model::{DateValue, Field, FrequencyValue, Row, Span, YearMonth};
use crate::vocab::Lexicon;

fn digits(n: usize) -> impl FnMut(&str) -> IResult<&str, &str> {
    move |input| take_while_m_n(n, n, |c: char| c.is_ascii_digit()).parse(input)
}

/// `(…)` or `（…）` at the end of the input, after any whitespace (an
/// ideographic space included), returning its inside. Either closing
/// bracket closes either opening one, as [`strip_bracket_suffix`] reads
/// them: `03/2024（暫定)` is a date with an annotation, not a malformed date.
///
/// [`strip_bracket_suffix`]: crate::vocab::strip_bracket_suffix
fn annotation(input: &str) -> IResult<&str, &str> {
    let error = |at| nom::Err::Error(nom::error::Error::new(at, nom::error::ErrorKind::Char));
    let body = input
        .trim_start()
        .strip_prefix(['(', '（'])
        .ok_or_else(|| error(input))?;
    let body = body.strip_suffix([')', '）']).ok_or_else(|| error(body))?;
    Ok(("", body.trim()))
}

/// `MM/YYYY`: month 01–12, a four-digit year.
fn month_year(input: &str) -> IResult<&str, YearMonth> {
    let month = verify(map_res(digits(2), str::parse::<u8>), |m| {
        (1..=12).contains(m)
    });
    let year = map_res(digits(4), str::parse::<u16>);
    (month, tag("/"), year)
        .map(|(month, _, year)| YearMonth { year, month })
        .parse(input)
}

/// Parses a date cell whose trimmed text starts at byte `offset`: a valid
/// `MM/YYYY` date ([`DateReading::Valid`]), with an optional annotation.
#[must_use]
pub fn date(text: &str, offset: usize) -> Option<DateValue> {
    // The common case, a bare `MM/YYYY`, read without the parser.
    if let &[m1, m2, b'/', y1, y2, y3, y4] = text.as_bytes() {
        let digits = [m1, m2, y1, y2, y3, y4];
        if digits.iter().all(u8::is_ascii_digit) {
            let [m1, m2, y1, y2, y3, y4] = digits.map(|d| d - b'0');
            let month = m1 * 10 + m2;
            let year = [y1, y2, y3, y4]
                .into_iter()
                .fold(0u16, |year, d| year * 10 + u16::from(d));
            return (1..=12).contains(&month).then(|| DateValue {
                date: YearMonth { year, month },
                annotation_span: None,
                span: Span::new(offset, offset + 7),
            });
        }
    }
    let (_, (date, annotation)) = all_consuming((month_year, opt(annotation)))
        .parse(text)
        .ok()?;
    Some(DateValue {
        date,
        annotation_span: within(text, offset, annotation),
        span: Span::new(offset, offset + 7),
    })
}

/// The value of `row`'s date cell, where it reads as `MM/YYYY`; `source` is
/// the text the row's spans point into. Read when asked for rather than
/// kept in the row: a plan of a million rows would hold a million. A cell
/// merged from several lines has no value.
#[must_use]
pub fn date_of(row: &Row, source: &str) -> Option<DateValue> {
    let cell = row.get(Field::Date).filter(|c| c.more().is_empty())?;
    date(cell.text(source), cell.span.offset())
}

/// The value of `row`'s frequency cell: its term and annotation, as
/// [`date_of`] reads the date.
#[must_use]
pub fn frequency_of(row: &Row, source: &str) -> Option<FrequencyValue> {
    let cell = row.get(Field::Frequency).filter(|c| c.more().is_empty())?;
    frequency(cell.text(source), cell.span.offset())
}

/// What a date cell's text (without its annotation) says, read leniently:
/// the one date grammar the parser and `malformed-date` share.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateReading {
    /// `MM/YYYY`, as plans must write it.
    Valid(YearMonth),
    /// Another way of writing a date that can only mean this one: `3/2024`,
    /// `2024/03`, `03-2024`, `2024.3`, year-month in Chinese, full-width
    /// digits, or a two-digit year (`03/24`, read as 2024).
    Inferred(YearMonth),
    /// A date shape whose month is not 1–12, with the month as written.
    BadMonth(String),
    /// Nothing that reads as a date.
    Unknown,
}

/// Reads `text` (a date cell's text without its annotation) as a date.
#[must_use]
pub fn read_date(text: &str, lexicon: &Lexicon) -> DateReading {
    let text = text.trim();
    if let Ok(("", date)) = month_year(text) {
        return DateReading::Valid(date);
    }
    let ascii = ascii_digits(text);
    let ascii = ascii.trim();
    let separator = || (space0, one_of("/-."), space0);
    let month_first = (digits_between(1, 2), separator(), digits_between(4, 4))
        .map(|(month, _, year)| (month.to_owned(), year.to_owned()));
    let year_first = (digits_between(4, 4), separator(), digits_between(1, 2))
        .map(|(year, _, month)| (month.to_owned(), year.to_owned()));
    let short_year = (
        digits_between(1, 2),
        space0,
        char('/'),
        space0,
        digits_between(2, 2),
    )
        .map(|(month, _, _, _, year)| (month.to_owned(), format!("20{year}")));
    let read = all_consuming(alt((month_first, year_first, short_year)))
        .parse(ascii)
        .map(|(_, found)| found)
        .ok()
        // A month as the lexicon's footer forms write it: `2024年3月`, `March 2024`.
        .or_else(|| {
            let (year, month) = written(ascii, lexicon)?;
            Some((month.to_string(), year.to_string()))
        });
    let Some((month, year)) = read else {
        return DateReading::Unknown;
    };
    match (month.parse::<u8>(), year.parse::<u16>()) {
        // A year no plan means (`06/20224`) is no date to write back.
        (_, Ok(year)) if !(1900..2200).contains(&year) => DateReading::Unknown,
        (Ok(month @ 1..=12), Ok(year)) => DateReading::Inferred(YearMonth { year, month }),
        _ => DateReading::BadMonth(month),
    }
}

/// A month written in one of the lexicon's footer forms: `2023年12月`,
/// `December 2023`, `Dec. 2023`, `12/2023`; digits may be fullwidth.
#[must_use]
pub fn written_month(text: &str, lexicon: &Lexicon) -> Option<YearMonth> {
    let text = ascii_digits(text.trim());
    let (year, month) = written(&text, lexicon)?;
    ((1900..2200).contains(&year) && (1..=12).contains(&month)).then_some(YearMonth {
        year,
        month: month as u8,
    })
}

/// The year and month `text` (ASCII digits) writes in a footer form,
/// unchecked.
fn written(text: &str, lexicon: &Lexicon) -> Option<(u16, u16)> {
    lexicon
        .footer_forms()
        .find_map(|form| read_form(form, text, lexicon))
}

/// Reads `text` as `form` (`{year}年{month}月`, `{month-name} {year}`):
/// spaces in either are skipped, letters compare ignoring case.
fn read_form(form: &str, text: &str, lexicon: &Lexicon) -> Option<(u16, u16)> {
    let (mut year, mut month) = (None, None);
    let mut form = form;
    let mut text = text.trim_start();
    while !form.is_empty() {
        form = form.trim_start();
        text = text.trim_start();
        if let Some(rest) = form.strip_prefix("{year}") {
            let (found, after) = number(text)?;
            (year, text, form) = (Some(found), after, rest);
        } else if let Some(rest) = form.strip_prefix("{month}") {
            let (found, after) = number(text)?;
            (month, text, form) = (Some(found), after, rest);
        } else if let Some(rest) = form.strip_prefix("{month-name}") {
            // A word longer than every month's name is none: a line of
            // Chinese is read no further than that, and a word no month's
            // name starts as not at all.
            if !text
                .chars()
                .next()
                .is_some_and(|c| lexicon.may_start_month(c))
            {
                return None;
            }
            let mut end = text.len();
            for (n, (at, c)) in text.char_indices().enumerate() {
                if !c.is_alphabetic() {
                    end = at;
                    break;
                }
                if n >= lexicon.longest_month() {
                    return None;
                }
            }
            month = Some(u16::from(lexicon.month_number(&text[..end])?));
            text = &text[end..];
            // An abbreviation may end in a full stop: `Dec. 2023`.
            text = text.strip_prefix('.').unwrap_or(text);
            form = rest;
        } else {
            let wanted = form.chars().next()?;
            let found = text.chars().next()?;
            let same = found == wanted
                || if found.is_ascii() && wanted.is_ascii() {
                    found.eq_ignore_ascii_case(&wanted)
                } else {
                    found.to_lowercase().eq(wanted.to_lowercase())
                };
            if !same {
                return None;
            }
            form = &form[wanted.len_utf8()..];
            text = &text[found.len_utf8()..];
        }
    }
    text.trim().is_empty().then_some((year?, month?))
}

fn number(text: &str) -> Option<(u16, &str)> {
    let end = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    Some((text[..end].parse().ok()?, &text[end..]))
}

fn digits_between(min: usize, max: usize) -> impl FnMut(&str) -> IResult<&str, &str> {
    move |input| take_while_m_n(min, max, |c: char| c.is_ascii_digit()).parse(input)
}

/// `text` with full-width digits and date punctuation written in ASCII.
#[must_use]
pub fn ascii_digits(text: &str) -> std::borrow::Cow<'_, str> {
    // Every character changed is U+FFxx, whose first byte is 0xEF.
    if memchr::memchr(0xEF, text.as_bytes()).is_none() {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(
        text.chars()
            .map(|c| match c {
                '\u{ff10}'..='\u{ff19}' => char::from(b'0' + (u32::from(c) - 0xff10) as u8),
                '\u{ff0f}' => '/',
                '\u{ff0d}' => '-',
                '\u{ff0e}' => '.',
                _ => c,
            })
            .collect(),
    )
}

/// Splits a frequency cell whose trimmed text starts at byte `offset` into
/// term and annotation. `None` for an empty cell.
#[must_use]
pub fn frequency(text: &str, offset: usize) -> Option<FrequencyValue> {
    if text.is_empty() {
        return None;
    }
    let (_, (term, annotation)) = term_and_annotation(text).ok()?;
    Some(FrequencyValue {
        span: Span::new(offset, offset + term.len()),
        annotation_span: within(text, offset, annotation),
    })
}

/// The span of `part`, a non-empty slice of `text` (which starts at byte
/// `offset` of the source).
fn within(text: &str, offset: usize, part: Option<&str>) -> Option<Span> {
    let part = part.filter(|p| !p.is_empty())?;
    let start = (part.as_ptr() as usize).checked_sub(text.as_ptr() as usize)?;
    (start + part.len() <= text.len())
        .then(|| Span::new(offset + start, offset + start + part.len()))
}

/// `每年 (…)` → (`每年`, `…`); text without a closing bracket is all term.
fn term_and_annotation(input: &str) -> IResult<&str, (&str, Option<&str>)> {
    let open = input.find(['(', '（']).filter(|&i| i > 0);
    if let Some(i) = open {
        let (term, tail) = input.split_at(i);
        if let Ok((_, body)) = all_consuming(annotation).parse(tail) {
            return Ok(("", (term.trim_end(), Some(body))));
        }
    }
    rest.map(|r| (r, None)).parse(input)
}

/// A bracketed annotation after a value, for callers outside this module.
#[must_use]
pub fn bracketed(text: &str) -> Option<&str> {
    annotation(text).ok().map(|(_, body)| body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        let d = date("03/2024", 10).unwrap();
        assert_eq!(
            d.date,
            YearMonth {
                year: 2024,
                month: 3
            }
        );
        assert_eq!(d.span, Span::new(10, 17));
        let text = "10/2015 (首次發放日期)";
        let d = date(text, 0).unwrap();
        assert_eq!(d.annotation(text), Some("首次發放日期"));
        // Spans are offsets into the source the cell starts in.
        let source = format!("x\t{text}");
        let d = date(&source[2..], 2).unwrap();
        assert_eq!(d.annotation(&source), Some("首次發放日期"));
        for annotated in ["03/2024（暫定)", "03/2024(暫定）", "03/2024\u{3000}(暫定)"] {
            let d = date(annotated, 0).unwrap();
            assert_eq!(d.annotation(annotated), Some("暫定"), "{annotated}");
        }
        assert_eq!(date("03/2024 ()", 0).unwrap().annotation_span, None);
        for bad in [
            "3/2024",
            "2024/03",
            "03-2024",
            "13/2024",
            "03/24",
            "Q1 2025",
            "０３/２０２４",
            "",
            "03/2024 x",
        ] {
            assert!(date(bad, 0).is_none(), "{bad}");
        }
    }

    #[test]
    fn reads_dates_leniently() {
        let l = Lexicon::builtin();
        let ym = |month, year| YearMonth { year, month };
        assert_eq!(read_date("03/2024", l), DateReading::Valid(ym(3, 2024)));
        for (input, month, year) in [
            ("3/2024", 3, 2024),
            ("2024/03", 3, 2024),
            ("03-2024", 3, 2024),
            ("\u{ff10}\u{ff13}/\u{ff12}\u{ff10}\u{ff12}\u{ff14}", 3, 2024),
            ("2024年3月", 3, 2024),
            ("2024 年 3 月", 3, 2024),
            ("March 2024", 3, 2024),
            ("03/24", 3, 2024),
            ("2024.3", 3, 2024),
            (" 3 / 2024 ", 3, 2024),
        ] {
            assert_eq!(
                read_date(input, l),
                DateReading::Inferred(ym(month, year)),
                "{input}"
            );
        }
        assert_eq!(
            read_date("13/2024", l),
            DateReading::BadMonth("13".to_owned())
        );
        // A fix that wrote `06/20224` back as it was never settled.
        assert_eq!(read_date("06/20224", l), DateReading::Unknown);
        assert_eq!(
            read_date("2024/00", l),
            DateReading::BadMonth("00".to_owned())
        );
        assert_eq!(
            read_date("2024年13月", l),
            DateReading::BadMonth("13".to_owned())
        );
        for unknown in ["Q1 2025", "", "03/2024/05", "2024", "x03/2024"] {
            assert_eq!(read_date(unknown, l), DateReading::Unknown, "{unknown}");
        }
    }

    #[test]
    fn written_months() {
        let l = Lexicon::builtin();
        let december = Some(YearMonth {
            year: 2023,
            month: 12,
        });
        for text in [
            "2023年12月",
            "2023 年 12 月",
            "２０２３年１２月",
            "2023年12月",
            "December 2023",
            "DECEMBER 2023",
            "Dec 2023",
            "Dec. 2023",
            "december, 2023",
            "12/2023",
        ] {
            assert_eq!(written_month(text, l), december, "{text}");
        }
        // Abbreviated English months and fullwidth digits were not read, so
        // such a footer became two unrecognized lines.
        assert_eq!(written_month("Sept 2023", l).map(|m| m.month), Some(9));
        for text in [
            "2023年13月",
            "De 2023",
            "Decembers 2023",
            "2023",
            "December",
            "12月",
        ] {
            assert_eq!(written_month(text, l), None, "{text}");
        }
    }

    #[test]
    fn frequencies() {
        let source = "局\t每年 (自2020年起為每年二月)";
        let f = frequency(&source[4..], 4).unwrap();
        assert_eq!(f.term(source), "每年");
        assert_eq!(f.annotation(source), Some("自2020年起為每年二月"));
        assert_eq!(f.span, Span::new(4, 4 + "每年".len()));
        let f = frequency("Daily at 6:00am", 0).unwrap();
        assert_eq!(f.term("Daily at 6:00am"), "Daily at 6:00am");
        assert!(frequency("", 0).is_none());
        assert_eq!(frequency("(每年)", 0).unwrap().term("(每年)"), "(每年)");
    }

    proptest::proptest! {
        /// A cell that reads as a valid date once its bracketed suffix is
        /// taken off, as `malformed-date` reads it, is a date to the parser.
        #[test]
        fn the_parser_takes_every_valid_date_with_a_suffix(
            text in "(03/2024|12/1999)[ \t\u{3000}]{0,2}[(（]{0,2}[a暫定 ()（）]{0,4}[)）]{0,2}",
        ) {
            // Cells come trimmed.
            let text = text.trim();
            let l = Lexicon::builtin();
            if let DateReading::Valid(found) = read_date(crate::vocab::strip_bracket_suffix(text), l) {
                let parsed = date(text, 0);
                proptest::prop_assert_eq!(parsed.map(|d| d.date), Some(found), "{}", text);
            }
        }
    }
}
