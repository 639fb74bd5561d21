//! Headings, notes and the title's years: small nom parsers, each taking
//! its words and marks from the [`Lexicon`].

use nom::bytes::complete::{take, take_while_m_n, take_while1};
use nom::character::complete::{char, one_of, space0, space1};
use nom::combinator::{map_res, recognize, rest, verify};
use nom::error::{Error, ErrorKind};
use nom::{IResult, Parser};

use crate::model::{DataKind, YearRange};
use crate::vocab::Lexicon;

/// A parser for a word of the lexicon, given how long the word is that the
/// input starts with.
fn word<'a>(
    found: impl Fn(&str) -> Option<usize>,
) -> impl Parser<&'a str, Output = &'a str, Error = Error<&'a str>> {
    move |input: &'a str| match found(input) {
        Some(len) => take(input[..len].chars().count()).parse(input),
        None => Err(nom::Err::Error(Error::new(input, ErrorKind::Tag))),
    }
}

/// `A. 在 2024 年發放的…`: the letter and the text after it.
pub fn section<'a>(input: &'a str, lexicon: &Lexicon) -> IResult<&'a str, (char, &'a str)> {
    (
        one_of("ABCD"),
        word(|i| lexicon.heading_mark(i)),
        space1,
        rest,
    )
        .map(|(letter, _, _, text): (_, _, _, &str)| (letter, text.trim_start()))
        .parse(input)
}

/// `i. 空間數據` / `ii. Non-spatial Data` / `(i) Spatial Data`: the kind
/// and the text after it.
pub fn subsection<'a>(
    input: &'a str,
    lexicon: &Lexicon,
) -> IResult<&'a str, (Option<DataKind>, &'a str)> {
    let marked = (
        word(|i| lexicon.subsection_numeral(i)),
        word(|i| lexicon.heading_mark(i)),
    )
        .map(|_| ());
    let bracketed = nom::branch::alt((
        (
            char('('),
            word(|i| lexicon.subsection_numeral(i)),
            char(')'),
        )
            .map(|_| ()),
        (
            char('（'),
            word(|i| lexicon.subsection_numeral(i)),
            char('）'),
        )
            .map(|_| ()),
    ));
    (nom::branch::alt((marked, bracketed)), space1, rest)
        .map(|((), _, text): ((), _, &str)| (lexicon.data_kind(text), text.trim_start()))
        .parse(input)
}

/// `(1) 創新科技及工業局` or `（1）…`: the organisation's name.
pub fn organization(input: &str) -> IResult<&str, &str> {
    let number = take_while1(|c: char| c.is_ascii_digit());
    let ascii = (char('('), number, char(')'));
    let number = take_while1(|c: char| c.is_ascii_digit());
    let wide = (char('（'), number, char('）'));
    let named = (
        nom::branch::alt((recognize(ascii), recognize(wide))),
        space0,
        rest,
    )
        .map(|(_, _, text): (_, _, &str)| text.trim_start());
    verify(named, |text: &str| !text.is_empty()).parse(input)
}

/// `備註：…`, `Note: …` and the like: the whole note.
pub fn note<'a>(input: &'a str, lexicon: &Lexicon) -> IResult<&'a str, &'a str> {
    recognize((
        word(|i| lexicon.note_marker(i)),
        space0,
        nom::branch::alt((char('：'), char(':'))),
        rest,
    ))
    .parse(input)
}

/// Every four-digit year (1900–2199) in `text`, in order.
#[must_use]
pub fn years(text: &str) -> Vec<u16> {
    let mut found = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            if i - start == 4
                && let Ok(year) = text[start..i].parse::<u16>()
                && (1900..2200).contains(&year)
            {
                found.push(year);
            }
        } else {
            i += 1;
        }
    }
    found
}

/// The plan's year window in a title: two years with a separator of the
/// lexicon between them (`2024-2026年度…`, `2022至2024年…`, `2024年至2026年`,
/// `… for 2024 to 2026`, `2024-26`); else the title's years when they run
/// on one by one (`2024, 2025 and 2026`), or its only year.
#[must_use]
pub fn title_years(title: &str, lexicon: &Lexicon) -> Option<YearRange> {
    fn digits(n: usize) -> impl FnMut(&str) -> IResult<&str, u16> {
        move |input| {
            map_res(
                take_while_m_n(n, n, |c: char| c.is_ascii_digit()),
                str::parse,
            )
            .parse(input)
        }
    }
    // The end year in full, or its last two digits (`2024-26`).
    let end = nom::branch::alt((digits(4), digits(2).map(|short| short + 10_000)));
    let mut range = (
        digits(4),
        space0,
        word(|i| lexicon.title_separator(i)),
        space0,
        end,
    )
        .map(|(start, _, _, _, end)| {
            let end = if end > 9999 {
                start - start % 100 + (end - 10_000)
            } else {
                end
            };
            (start, end)
        });
    for (i, _) in title.char_indices() {
        let before_is_digit = title[..i]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_digit());
        if before_is_digit {
            continue;
        }
        if let Ok((rest, (start, end))) = range.parse(&title[i..])
            && !rest.starts_with(|c: char| c.is_ascii_digit())
            && start <= end
            && (1900..2200).contains(&start)
        {
            return Some(YearRange { start, end });
        }
    }
    let found = years(title);
    let (&start, &end) = (found.first()?, found.last()?);
    let one_by_one = found.windows(2).all(|w| w[1] == w[0] + 1);
    one_by_one.then_some(YearRange { start, end })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn l() -> &'static Lexicon {
        Lexicon::builtin()
    }

    #[test]
    fn headings() {
        assert_eq!(
            section("A. 在 2024 年發放", l()).unwrap().1,
            ('A', "在 2024 年發放")
        );
        assert!(section("E. x", l()).is_err());
        assert!(section("A.x", l()).is_err());
        assert_eq!(section("B． x", l()).unwrap().1, ('B', "x"));
        assert_eq!(
            subsection("ii. 非空間數據", l()).unwrap().1.0,
            Some(DataKind::NonSpatial)
        );
        assert_eq!(
            subsection("i. 空間數據", l()).unwrap().1.0,
            Some(DataKind::Spatial)
        );
        assert_eq!(
            subsection("II. Non-spatial Data", l()).unwrap().1.0,
            Some(DataKind::NonSpatial)
        );
        assert_eq!(
            subsection("i. 空间数据", l()).unwrap().1.0,
            Some(DataKind::Spatial)
        );
        assert_eq!(
            subsection("(ii) Non-spatial data", l()).unwrap().1,
            (Some(DataKind::NonSpatial), "Non-spatial data")
        );
        assert_eq!(
            subsection("（i） 空間數據", l()).unwrap().1.0,
            Some(DataKind::Spatial)
        );
        assert!(subsection("(1) 創新科技及工業局", l()).is_err());
        assert!(subsection("(iv)x", l()).is_err());
        assert_eq!(
            organization("(1) 創新科技及工業局").unwrap().1,
            "創新科技及工業局"
        );
        assert!(organization("(1)").is_err());
        // nom's spaces are ' ' and TAB only; names and headings were left
        // starting with other whitespace, so their text was not trimmed.
        assert_eq!(organization("(1) \u{b}局").unwrap().1, "局");
        assert!(organization("(1) \u{3000}").is_err());
        assert_eq!(section("A. \u{3000}在", l()).unwrap().1, ('A', "在"));
        assert!(note("備註：2022年", l()).is_ok());
        assert!(note("Remarks: x", l()).is_ok());
        assert!(note("NOTE : x", l()).is_ok());
        assert!(note("备注：x", l()).is_ok());
        assert!(note("Noted: x", l()).is_err());
    }

    #[test]
    fn title_years_in_three_languages() {
        let range = |start, end| Some(YearRange { start, end });
        for (title, years) in [
            (
                "2024-2026年度整合開放數據計劃（包含空間數據計劃）",
                range(2024, 2026),
            ),
            (
                "2024-2026年度整合开放数据计划（包含空间数据计划）",
                range(2024, 2026),
            ),
            ("2022至2024年的開放數據計劃", range(2022, 2024)),
            ("Annual Open Data Plan 2024-2026", range(2024, 2026)),
            ("Annual Open Data Plan 2024 – 2026", range(2024, 2026)),
            (
                "Integrated Open Data Plan (including Spatial Data Plan) for 2024 to 2026",
                range(2024, 2026),
            ),
            ("Open Data Plan for 2022 To 2024", range(2022, 2024)),
            ("Open Data Plan 2024", range(2024, 2024)),
            ("Annual Open Data Plan 2024-26", range(2024, 2026)),
            ("2024年至2026年開放數據計劃", range(2024, 2026)),
            ("2024年到2026年开放数据计划", range(2024, 2026)),
            ("Open Data Plan for 2024, 2025 and 2026", range(2024, 2026)),
            ("Open Data Plan 2024 (published 2023)", None),
            ("Open Data Plan 2024-2", range(2024, 2024)),
            ("開放數據計劃", None),
        ] {
            assert_eq!(title_years(title, l()), years, "{title}");
        }
        assert_eq!(years("在 2025 年及 2026 年"), vec![2025, 2026]);
    }
}
