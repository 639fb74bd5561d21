//! Headings, notes, the title's years and the footer's month.

use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case, take_while_m_n, take_while1};
use nom::character::complete::{char, one_of, space0, space1};
use nom::combinator::{map_res, opt, recognize, rest, verify};
use nom::{IResult, Parser};

use crate::model::{DataKind, YearMonth, YearRange};

/// `A. 在 2024 年發放的…`: the letter and the text after it.
pub fn section(input: &str) -> IResult<&str, (char, &str)> {
    (one_of("ABCD"), alt((char('.'), char('．'))), space1, rest)
        .map(|(letter, _, _, text): (_, _, _, &str)| (letter, text.trim_start()))
        .parse(input)
}

/// `i. 空間數據` / `ii. Non-spatial data`: the kind and the text after it.
pub fn subsection(input: &str) -> IResult<&str, (Option<DataKind>, &str)> {
    let numeral = alt((tag("iii"), tag("iv"), tag("ii"), tag("i")));
    (numeral, alt((char('.'), char('．'))), space1, rest)
        .map(|(_, _, _, text): (_, _, _, &str)| {
            let lower = text.to_lowercase();
            let kind = if lower.contains("非空間")
                || lower.contains("非空间")
                || lower.contains("non-spatial")
            {
                Some(DataKind::NonSpatial)
            } else if lower.contains("空間") || lower.contains("空间") || lower.contains("spatial")
            {
                Some(DataKind::Spatial)
            } else {
                None
            };
            (kind, text)
        })
        .parse(input)
}

/// `(1) 創新科技及工業局` or `（1）…`: the organisation's name.
pub fn organization(input: &str) -> IResult<&str, &str> {
    let number = take_while1(|c: char| c.is_ascii_digit());
    let ascii = (char('('), number, char(')'));
    let number = take_while1(|c: char| c.is_ascii_digit());
    let wide = (char('（'), number, char('）'));
    let named = (alt((recognize(ascii), recognize(wide))), space0, rest)
        .map(|(_, _, text): (_, _, &str)| text.trim_start());
    verify(named, |text: &str| !text.is_empty()).parse(input)
}

/// `備註：…` and the like: the whole note.
pub fn note(input: &str) -> IResult<&str, &str> {
    let marker = alt((
        tag("備註"),
        tag("备注"),
        tag("註"),
        tag("注"),
        tag_no_case("remarks"),
        tag_no_case("remark"),
        tag_no_case("notes"),
        tag_no_case("note"),
    ));
    recognize((marker, space0, alt((char('：'), char(':'))), rest)).parse(input)
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

/// The plan's year window in a title: `2024-2026年度…`, `2022至2024年…`,
/// `Annual Open Data Plan 2024-2026`, `… for 2024 to 2026`.
#[must_use]
pub fn title_years(title: &str) -> Option<YearRange> {
    fn year(input: &str) -> IResult<&str, u16> {
        map_res(
            take_while_m_n(4, 4, |c: char| c.is_ascii_digit()),
            str::parse,
        )
        .parse(input)
    }
    let separator = alt((
        tag("-"),
        tag("–"),
        tag("—"),
        tag("－"),
        tag("至"),
        tag("到"),
        tag_no_case("to"),
    ));
    let mut range = (year, space0, separator, space0, year);
    for (i, _) in title.char_indices() {
        let before_is_digit = title[..i]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_digit());
        if before_is_digit {
            continue;
        }
        if let Ok((_, (start, _, _, _, end))) = range.parse(&title[i..])
            && start <= end
            && (1900..2200).contains(&start)
        {
            return Some(YearRange { start, end });
        }
    }
    let found = years(title);
    match found.as_slice() {
        [only] => Some(YearRange {
            start: *only,
            end: *only,
        }),
        _ => None,
    }
}

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

/// A footer's publication month: `2023年12月`, `December 2023`, `Dec. 2023`,
/// `12/2023`; digits may be fullwidth (`２０２３年１２月`).
#[must_use]
pub fn footer_month(text: &str) -> Option<YearMonth> {
    fn number(input: &str) -> IResult<&str, u16> {
        map_res(take_while1(|c: char| c.is_ascii_digit()), str::parse).parse(input)
    }
    let text = super::value::ascii_digits(text.trim());
    let text = text.as_ref();
    let mut chinese = (
        number,
        space0,
        char('年'),
        space0,
        number,
        space0,
        char('月'),
    );
    if let Ok(("", (year, _, _, _, month, _, _))) = chinese.parse(text) {
        return month_of(year, month);
    }
    let mut slash = (number, char('/'), number);
    if let Ok(("", (month, _, year))) = slash.parse(text) {
        return month_of(year, month);
    }
    let (name, year) = text.split_once(' ')?;
    let name = name.trim_end_matches([',', '.']).to_ascii_lowercase();
    // The full name, or a prefix of at least three letters (`Dec`, `Sept`).
    let month = MONTHS
        .iter()
        .position(|m| *m == name || (name.len() >= 3 && m.starts_with(&name)))?;
    let (_, year) = (space0::<&str, nom::error::Error<&str>>, number, opt(space0))
        .map(|(_, y, _)| y)
        .parse(year.trim())
        .ok()
        .filter(|(rest, _)| rest.is_empty())?;
    month_of(year, u16::try_from(month + 1).ok()?)
}

fn month_of(year: u16, month: u16) -> Option<YearMonth> {
    ((1900..2200).contains(&year) && (1..=12).contains(&month)).then_some(YearMonth {
        year,
        month: month as u8,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings() {
        assert_eq!(
            section("A. 在 2024 年發放").unwrap().1,
            ('A', "在 2024 年發放")
        );
        assert!(section("E. x").is_err());
        assert!(section("A.x").is_err());
        assert_eq!(
            subsection("ii. 非空間數據").unwrap().1.0,
            Some(DataKind::NonSpatial)
        );
        assert_eq!(
            subsection("i. 空間數據").unwrap().1.0,
            Some(DataKind::Spatial)
        );
        assert_eq!(
            organization("(1) 創新科技及工業局").unwrap().1,
            "創新科技及工業局"
        );
        assert!(organization("(1)").is_err());
        // nom's spaces are ' ' and TAB only; names and headings were left
        // starting with other whitespace, so their text was not trimmed.
        assert_eq!(organization("(1) \u{b}局").unwrap().1, "局");
        assert!(organization("(1) \u{3000}").is_err());
        assert_eq!(section("A. \u{3000}在").unwrap().1, ('A', "在"));
        assert!(note("備註：2022年").is_ok());
        assert!(note("Remarks: x").is_ok());
    }

    #[test]
    fn title_and_footer() {
        assert_eq!(
            title_years("2024-2026年度整合開放數據計劃（包含空間數據計劃）"),
            Some(YearRange {
                start: 2024,
                end: 2026
            })
        );
        assert_eq!(
            title_years("2022至2024年的開放數據計劃"),
            Some(YearRange {
                start: 2022,
                end: 2024
            })
        );
        assert_eq!(
            title_years("Integrated Open Data Plan for 2024 to 2026"),
            Some(YearRange {
                start: 2024,
                end: 2026
            })
        );
        assert_eq!(title_years("開放數據計劃"), None);
        assert_eq!(
            footer_month("2023年12月"),
            Some(YearMonth {
                year: 2023,
                month: 12
            })
        );
        assert_eq!(
            footer_month("December 2023"),
            Some(YearMonth {
                year: 2023,
                month: 12
            })
        );
        assert_eq!(footer_month("2023年13月"), None);
        // Abbreviated English months and fullwidth digits were not read, so
        // such a footer became two unrecognized lines.
        let december = Some(YearMonth {
            year: 2023,
            month: 12,
        });
        for footer in [
            "Dec 2023",
            "Dec. 2023",
            "december, 2023",
            "２０２３年１２月",
        ] {
            assert_eq!(footer_month(footer), december, "{footer}");
        }
        assert_eq!(footer_month("Sept 2023").map(|m| m.month), Some(9));
        assert_eq!(footer_month("De 2023"), None);
        assert_eq!(footer_month("Decembers 2023"), None);
        assert_eq!(years("在 2025 年及 2026 年"), vec![2025, 2026]);
    }
}
