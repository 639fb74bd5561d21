//! The seeds are real, published plans, and tests/fixtures/plans/ holds
//! their English and Simplified Chinese renderings, line for line (same
//! rows, numbers, dates and cells): the default rules must find nothing in
//! any of them. Planting one defect into a copy of a row must be reported on
//! that row's line, by the right rule, with no other error on that line or
//! anywhere else.

mod common;

use planlint::config::Settings;
use planlint::diagnostic::Severity;
use planlint::model::{Column, Field, Language, RowKind};

/// The seeds, then their renderings, each with its language.
const PLANS: [(&str, Language, &str); 6] = [
    (
        "itc-2022-2024.txt",
        Language::ZhHant,
        include_str!("../seeds/itc-2022-2024.txt"),
    ),
    (
        "itib-2024-2026.txt",
        Language::ZhHant,
        include_str!("../seeds/itib-2024-2026.txt"),
    ),
    (
        "itc-2022-2024.en.txt",
        Language::En,
        include_str!("fixtures/plans/itc-2022-2024.en.txt"),
    ),
    (
        "itc-2022-2024.zh-Hans.txt",
        Language::ZhHans,
        include_str!("fixtures/plans/itc-2022-2024.zh-Hans.txt"),
    ),
    (
        "itib-2024-2026.en.txt",
        Language::En,
        include_str!("fixtures/plans/itib-2024-2026.en.txt"),
    ),
    (
        "itib-2024-2026.zh-Hans.txt",
        Language::ZhHans,
        include_str!("fixtures/plans/itib-2024-2026.zh-Hans.txt"),
    ),
];

/// Words a planted defect writes, in the plan's language.
struct Words {
    /// A description that names no format at all.
    no_format: &'static str,
    /// A description that names only a document format.
    pdf_only: &'static str,
    /// A data category that DATA.GOV.HK does not have.
    unknown_category: &'static str,
    /// What marks a table empty on purpose.
    not_applicable: &'static str,
    /// A header word, and a word no column has, to put in its place.
    header: (&'static str, &'static str),
}

fn words(language: Language) -> Words {
    match language {
        Language::ZhHant => Words {
            no_format: "數據",
            pdf_only: "數據以 PDF 格式提供",
            unknown_category: "財政",
            not_applicable: "不適用",
            header: ("更新頻率", "更新次數"),
        },
        Language::ZhHans => Words {
            no_format: "数据",
            pdf_only: "数据以 PDF 格式提供",
            unknown_category: "财政",
            not_applicable: "不适用",
            header: ("更新频率", "更新次数"),
        },
        Language::En => Words {
            no_format: "Data",
            pdf_only: "Data is provided in PDF format",
            unknown_category: "Fiscal Affairs",
            not_applicable: "Not Applicable",
            header: ("Update Frequency", "Update Count"),
        },
    }
}

/// A frequency with a typo, as a hand slips: `Quartely`, `Montly`, `每李`.
/// English loses a letter from the middle; Chinese has its last character
/// replaced by one that looks alike. The annotation is kept.
fn typo(frequency: &str) -> String {
    let (term, annotation) = match frequency.find(" (") {
        Some(at) => frequency.split_at(at),
        None => (frequency, ""),
    };
    let chars: Vec<char> = term.chars().collect();
    let typo: String = if term.is_ascii() {
        let at = (chars.len() / 2..chars.len())
            .find(|&i| chars[i].is_ascii_alphabetic())
            .unwrap_or(0);
        chars
            .iter()
            .enumerate()
            .filter(|&(i, _)| i != at)
            .map(|(_, c)| c)
            .collect()
    } else {
        let mut chars = chars;
        *chars.last_mut().unwrap() = '李';
        chars.into_iter().collect()
    };
    format!("{typo}{annotation}")
}

#[test]
fn typos() {
    assert_eq!(typo("Quarterly"), "Quarerly");
    assert_eq!(typo("Monthly"), "Monhly");
    assert_eq!(typo("Real-time"), "Real-ime");
    assert_eq!(typo("每季"), "每李");
    assert_eq!(
        typo("Yearly (every February since 2020)"),
        "Yealy (every February since 2020)"
    );
}

#[test]
fn plans_are_clean_with_default_rules() {
    for (name, language, source) in PLANS {
        let checked = planlint::check(source, &Settings::default());
        assert_eq!(checked.document.language, language, "{name}");
        let checked = planlint::check(source, &Settings::default());
        let rendered = common::render(
            planlint::cli::Format::Concise,
            name,
            source,
            &checked.diagnostics,
        );
        assert!(checked.diagnostics.is_empty(), "{name}:\n{rendered}");
    }
}

/// A defect to plant into a row's cells, and the rule that must report it.
struct Defect {
    rule: &'static str,
    /// Changes the row's cells; `false` when the defect does not apply to this row.
    plant: fn(&mut Row<'_>) -> bool,
}

/// A row being edited: its cells, and which cell holds which column.
struct Row<'a> {
    cells: Vec<String>,
    column: &'a dyn Fn(Column) -> Option<usize>,
    previous_number: Option<u32>,
    continued: bool,
    words: &'a Words,
    /// The category and name the parser read from the row.
    category: String,
    name: String,
}

impl Row<'_> {
    fn cell(&mut self, column: Column) -> Option<&mut String> {
        let i = (self.column)(column)?;
        self.cells.get_mut(i)
    }
}

const DEFECTS: &[Defect] = &[
    Defect {
        rule: "malformed-date",
        plant: |row| {
            let Some(date) = row.cell(Column::TargetDate) else {
                return false;
            };
            let (month, year) = (date[..2].to_owned(), date[3..7].to_owned());
            *date = format!("{year}/{month}{}", &date[7..]);
            true
        },
    },
    Defect {
        rule: "malformed-date",
        plant: |row| {
            let Some(date) = row.cell(Column::TargetDate) else {
                return false;
            };
            // `03/2024` written `3/2024`.
            if !date.starts_with('0') {
                return false;
            }
            date.remove(0);
            true
        },
    },
    Defect {
        rule: "date-out-of-range",
        plant: |row| {
            let Some(date) = row.cell(Column::TargetDate) else {
                return false;
            };
            date.replace_range(3..7, "2031");
            true
        },
    },
    Defect {
        rule: "unknown-frequency",
        plant: |row| {
            let Some(f) = row.cell(Column::Frequency) else {
                return false;
            };
            *f = typo(f);
            true
        },
    },
    Defect {
        rule: "duplicate-number",
        plant: |row| {
            let Some(previous) = row.previous_number else {
                return false;
            };
            row.cells[0] = previous.to_string();
            true
        },
    },
    Defect {
        rule: "number-sequence",
        plant: |row| {
            let n: u32 = row.cells[0].parse().unwrap();
            row.cells[0] = (n + 100).to_string();
            true
        },
    },
    Defect {
        rule: "missing-format",
        plant: |row| {
            if row.continued {
                return false;
            }
            let no_format = row.words.no_format;
            let mut changed = false;
            for column in [Column::Description, Column::Remarks] {
                if let Some(cell) = row.cell(column) {
                    no_format.clone_into(cell);
                    changed = true;
                }
            }
            changed
        },
    },
    // A row whose only format is PDF.
    Defect {
        rule: "missing-format",
        plant: |row| {
            if row.continued {
                return false;
            }
            let pdf_only = row.words.pdf_only;
            let mut changed = false;
            for column in [Column::Description, Column::Remarks] {
                if let Some(cell) = row.cell(column) {
                    pdf_only.clone_into(cell);
                    changed = true;
                }
            }
            changed
        },
    },
    Defect {
        rule: "cell-count",
        plant: |row| {
            row.cells.push("額外".to_owned());
            true
        },
    },
    Defect {
        rule: "empty-cell",
        plant: |row| {
            if let Some(name) = row.cell(Column::Name) {
                name.clear();
                return true;
            }
            // Keep the category and the separator, as the plan writes them.
            let category = row.category.clone();
            let Some(both) = row.cell(Column::CategoryName) else {
                return false;
            };
            let rest = &both[both.find(&category).unwrap() + category.len()..];
            let separator = &rest[..rest.len() - rest.trim_start_matches([' ', '/', '／']).len()];
            *both = format!("{category}{separator}");
            true
        },
    },
    Defect {
        rule: "unknown-category",
        plant: |row| {
            let unknown = row.words.unknown_category;
            if let Some(category) = row.cell(Column::Category) {
                unknown.clone_into(category);
                return true;
            }
            let (category, name) = (row.category.clone(), row.name.clone());
            let Some(both) = row.cell(Column::CategoryName) else {
                return false;
            };
            *both = both.replacen(&category, unknown, 1);
            assert!(both.ends_with(&name));
            true
        },
    },
    Defect {
        rule: "unrecognized-line",
        plant: |row| {
            let joined = row.cells.join(" ");
            row.cells = vec![joined];
            true
        },
    },
];

#[test]
fn planted_defects_are_reported_on_their_row_only() {
    let settings = Settings::default();
    let mut planted = 0;
    for (name, language, source) in PLANS {
        let words = words(language);
        let document = planlint::syntax::parse(source);
        let lines: Vec<&str> = source.split('\n').collect();
        for (_, table) in document.tables() {
            let column = |c: Column| {
                let c = if c == Column::TargetDate {
                    table.date_column().unwrap_or(c)
                } else {
                    c
                };
                table.column_index(c)
            };
            let mut previous_number = None;
            for row in table.rows.iter().filter(|r| r.kind == RowKind::Data) {
                for defect in DEFECTS {
                    let text = |c: Option<&planlint::model::Cell>| {
                        c.map(|c| c.text(source).to_string()).unwrap_or_default()
                    };
                    let mut edit = Row {
                        cells: lines[row.line as usize - 1]
                            .split('\t')
                            .map(str::to_owned)
                            .collect(),
                        column: &column,
                        previous_number,
                        continued: !row.continuations.is_empty(),
                        words: &words,
                        category: text(row.get(Field::Category)),
                        name: text(row.get(Field::Name)),
                    };
                    if !(defect.plant)(&mut edit) {
                        continue;
                    }
                    let mut copy = lines.clone();
                    let new_line = edit.cells.join("\t");
                    copy[row.line as usize - 1] = &new_line;
                    let text = copy.join("\n");
                    let checked = planlint::check(&text, &settings);
                    let line_of = |offset| common::line_of(&text, offset);
                    let on_row = checked.diagnostics.iter().any(|d| {
                        d.rule == defect.rule && line_of(d.span.offset()) == row.line as usize
                    });
                    let elsewhere: Vec<_> = checked
                        .diagnostics
                        .iter()
                        .filter(|d| {
                            d.severity == Severity::Error
                                && (line_of(d.span.offset()) != row.line as usize
                                    || d.rule != defect.rule)
                        })
                        .map(|d| format!("{}:{} {}", line_of(d.span.offset()), d.rule, d.message))
                        .collect();
                    assert!(
                        on_row,
                        "{name}:{}: planted {} not reported; got {:#?}",
                        row.line, defect.rule, checked.diagnostics
                    );
                    assert!(
                        elsewhere.is_empty(),
                        "{name}:{}: planted {} also reported as: {elsewhere:#?}",
                        row.line,
                        defect.rule
                    );
                    planted += 1;
                }
                previous_number = row.number(source);
            }
        }
    }
    // 69 data rows in each of the three renderings of the two seeds, up to
    // eleven defects each.
    assert!(planted > 3 * 650, "only {planted} defects planted");
}

#[test]
fn planted_not_applicable_marker_beside_rows_is_reported() {
    let mut planted = 0;
    for (name, language, source) in PLANS {
        // Put a not-applicable row above the rows of each table that has some.
        let document = planlint::syntax::parse(source);
        for (_, table) in document.tables().filter(|(_, t)| t.data_rows().count() > 0) {
            let header_line = table.header.line;
            let mut lines: Vec<&str> = source.split('\n').collect();
            let marker = format!(
                "\t{}{}",
                words(language).not_applicable,
                "\t".repeat(table.header.cells.len() - 2)
            );
            lines.insert(header_line, &marker);
            let text = lines.join("\n");
            let checked = planlint::check(&text, &Settings::default());
            let rules: Vec<_> = checked
                .diagnostics
                .iter()
                .map(|d| (d.rule, common::line_of(&text, d.span.offset())))
                .collect();
            assert_eq!(
                rules,
                [("not-applicable-with-rows", header_line + 1)],
                "{name}:{header_line}"
            );
            planted += 1;
        }
    }
    assert_eq!(
        planted,
        3 * 5,
        "tables with rows: ITC A, B, D; ITIB C (ii), D (ii)"
    );
}

#[test]
fn planted_unknown_header_is_reported_on_the_header() {
    for (name, language, source) in PLANS {
        let (word, unknown) = words(language).header;
        let document = planlint::syntax::parse(source);
        for (_, table) in document.tables() {
            let mut lines: Vec<String> = source.split('\n').map(str::to_owned).collect();
            let header = &mut lines[table.header.line - 1];
            assert!(header.contains(word), "{name}: {header}");
            *header = header.replacen(word, unknown, 1);
            let text = lines.join("\n");
            let checked = planlint::check(&text, &Settings::default());
            let errors: Vec<_> = checked
                .diagnostics
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .map(|d| (d.rule, common::line_of(&text, d.span.offset())))
                .collect();
            assert_eq!(errors, [("unknown-header", table.header.line)], "{name}");
        }
    }
}
