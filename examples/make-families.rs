//! Writes plan families for the report page: `make-families DIR [ISSUERS]`
//! (default 80) writes, for each of the first ISSUERS bureaux and
//! departments in `rules/issuers.toml`, three successive plans in each of
//! the three languages (720 files by default), made from the seeds and their
//! English and Simplified Chinese versions: the issuer renamed, the years
//! moved, and some rows left out of later plans so that promises are
//! released, rescheduled and dropped. `tests/html.rs` writes them too.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The seeds in Traditional Chinese, English and Simplified Chinese, with
/// their issuer's names in those languages and their first plan year.
const BASES: [([&str; 3], [&str; 3], u16); 2] = [
    (
        [
            include_str!("../seeds/itc-2022-2024.txt"),
            include_str!("../tests/fixtures/plans/itc-2022-2024.en.txt"),
            include_str!("../tests/fixtures/plans/itc-2022-2024.zh-Hans.txt"),
        ],
        [
            "創新科技署",
            "Innovation and Technology Commission",
            "创新科技署",
        ],
        2022,
    ),
    (
        [
            include_str!("../seeds/itib-2024-2026.txt"),
            include_str!("../tests/fixtures/plans/itib-2024-2026.en.txt"),
            include_str!("../tests/fixtures/plans/itib-2024-2026.zh-Hans.txt"),
        ],
        [
            "創新科技及工業局",
            "Innovation, Technology and Industry Bureau",
            "创新科技及工业局",
        ],
        2024,
    ),
];

const LANGUAGES: [&str; 3] = ["zh-Hant", "en", "zh-Hans"];

/// `text` with every year from 2000 to 2049 moved by `by` years.
fn shift_years(text: &str, by: i32) -> String {
    let digits = regex::Regex::new("[0-9]+").expect("a valid pattern");
    digits
        .replace_all(text, |c: &regex::Captures<'_>| {
            let token = &c[0];
            match token.parse::<i32>() {
                Ok(year) if token.len() == 4 && (2000..2050).contains(&year) => {
                    (year + by).to_string()
                }
                _ => token.to_owned(),
            }
        })
        .into_owned()
}

/// Leaves out data row `skip` (counted over the plan) when it is one of
/// several in its table, so the ledger sees a promise go missing.
fn leave_out(text: &str, skip: usize) -> String {
    let document = planlint::syntax::parse(text);
    let line = document
        .data_rows()
        .filter(|(_, t, _)| t.data_rows().count() > 2)
        .nth(skip)
        .map(|(_, _, r)| r.line as usize);
    let mut out = String::with_capacity(text.len());
    for (i, l) in text.split('\n').enumerate() {
        if Some(i + 1) == line {
            continue;
        }
        if i > 0 {
            out.push('\n');
        }
        out.push_str(l);
    }
    out
}

/// Writes the plans of the first `count` issuers under `dir`; returns how
/// many files and bytes.
pub fn write(dir: &Path, count: usize) -> std::io::Result<(usize, usize)> {
    let issuers = planlint::identity::Issuers::builtin().all();
    let mut files = 0;
    let mut bytes = 0;
    for (i, issuer) in issuers.iter().take(count).enumerate() {
        let (texts, names, first) = BASES[i % BASES.len()];
        let sub = dir.join(&issuer.id);
        std::fs::create_dir_all(&sub)?;
        for step in 0..3u16 {
            for (l, language) in LANGUAGES.iter().enumerate() {
                let name = [&issuer.zh_hant, &issuer.en, &issuer.zh_hans][l];
                let mut text = texts[l].replace(names[l], name);
                text = shift_years(&text, i32::from(step));
                // Each later plan leaves out one row the earlier promised.
                if step > 0 {
                    text = leave_out(&text, (i + usize::from(step)) % 5);
                }
                let start = first + step;
                let mut file = String::new();
                let _ = write!(file, "{start}-{}.{language}.txt", start + 2);
                bytes += text.len();
                files += 1;
                std::fs::write(sub.join(file), text)?;
            }
        }
    }
    Ok((files, bytes))
}

#[allow(dead_code)]
fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().unwrap_or_else(|| "families".to_owned()));
    let count: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(80);
    let (files, bytes) = write(&dir, count)?;
    println!("{files} files, {} kB in {}", bytes / 1000, dir.display());
    Ok(())
}
