//! Cell values: `MM/YYYY` dates and frequencies, each with an optional
//! bracketed annotation.

use nom::branch::alt;
use nom::bytes::complete::{tag, take_while_m_n};
use nom::character::complete::{char, space0};
use nom::combinator::{all_consuming, map_res, opt, rest, verify};
use nom::sequence::delimited;
use nom::{IResult, Parser};

use crate::model::{DateValue, FrequencyValue, Span, YearMonth};

fn digits(n: usize) -> impl FnMut(&str) -> IResult<&str, &str> {
    move |input| take_while_m_n(n, n, |c: char| c.is_ascii_digit()).parse(input)
}

/// `(…)` or `（…）` at the end of the input, returning its inside.
fn annotation(input: &str) -> IResult<&str, &str> {
    let (input, _) = space0(input)?;
    let (input, open) = alt((char('('), char('（'))).parse(input)?;
    let close = if open == '(' { ')' } else { '）' };
    let Some(body) = input.strip_suffix(close) else {
        return Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Char,
        )));
    };
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

/// Parses a date cell whose trimmed text starts at byte `offset`.
#[must_use]
pub fn date(text: &str, offset: usize) -> Option<DateValue> {
    let (_, (date, annotation)) = all_consuming((month_year, opt(annotation)))
        .parse(text)
        .ok()?;
    Some(DateValue {
        date,
        annotation: annotation.filter(|a| !a.is_empty()).map(str::to_owned),
        span: Span::new(offset, offset + 7),
    })
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
        term: term.to_owned(),
        annotation: annotation.filter(|a| !a.is_empty()).map(str::to_owned),
        span: Span::new(offset, offset + term.len()),
    })
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
    delimited(space0, annotation, space0)
        .parse(text)
        .ok()
        .map(|(_, body)| body)
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
        let d = date("10/2015 (首次發放日期)", 0).unwrap();
        assert_eq!(d.annotation.as_deref(), Some("首次發放日期"));
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
    fn frequencies() {
        let f = frequency("每年 (自2020年起為每年二月)", 5).unwrap();
        assert_eq!(f.term, "每年");
        assert_eq!(f.annotation.as_deref(), Some("自2020年起為每年二月"));
        assert_eq!(f.span, Span::new(5, 5 + "每年".len()));
        let f = frequency("Daily at 6:00am", 0).unwrap();
        assert_eq!(f.term, "Daily at 6:00am");
        assert!(frequency("", 0).is_none());
        assert_eq!(frequency("(每年)", 0).unwrap().term, "(每年)");
    }
}
