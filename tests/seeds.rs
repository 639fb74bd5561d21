//! The seeds are real, published plans: the default rules must find nothing
//! in them. Planting one defect into a copy of a seed row must be reported on
//! that row's line, by the right rule, with no error anywhere else.

mod common;

use planlint::config::Settings;
use planlint::diagnostic::Severity;
use planlint::model::{Column, RowKind};

const SEEDS: [(&str, &str); 2] = [
    (
        "itc-2022-2024.txt",
        include_str!("../seeds/itc-2022-2024.txt"),
    ),
    (
        "itib-2024-2026.txt",
        include_str!("../seeds/itib-2024-2026.txt"),
    ),
];

#[test]
fn seeds_are_clean_with_default_rules() {
    for (name, source) in SEEDS {
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
            "每十年".clone_into(f);
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
            let mut changed = false;
            for column in [Column::Description, Column::Remarks] {
                if let Some(cell) = row.cell(column) {
                    "數據".clone_into(cell);
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
            let Some(both) = row.cell(Column::CategoryName) else {
                return false;
            };
            let category = both.split('／').next().unwrap().to_owned();
            *both = format!("{category}／");
            true
        },
    },
    Defect {
        rule: "unknown-category",
        plant: |row| {
            if let Some(category) = row.cell(Column::Category) {
                "財政".clone_into(category);
                return true;
            }
            let Some(both) = row.cell(Column::CategoryName) else {
                return false;
            };
            let name = both.split_once('／').unwrap().1.to_owned();
            *both = format!("財政／{name}");
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
    for (name, source) in SEEDS {
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
                    let mut edit = Row {
                        cells: lines[row.line - 1].split('\t').map(str::to_owned).collect(),
                        column: &column,
                        previous_number,
                        continued: !row.continuations.is_empty(),
                    };
                    if !(defect.plant)(&mut edit) {
                        continue;
                    }
                    let mut copy = lines.clone();
                    let new_line = edit.cells.join("\t");
                    copy[row.line - 1] = &new_line;
                    let text = copy.join("\n");
                    let checked = planlint::check(&text, &settings);
                    let line_of = |offset| common::line_of(&text, offset);
                    let on_row = checked
                        .diagnostics
                        .iter()
                        .any(|d| d.rule == defect.rule && line_of(d.span.offset) == row.line);
                    let elsewhere: Vec<_> = checked
                        .diagnostics
                        .iter()
                        .filter(|d| {
                            d.severity == Severity::Error && line_of(d.span.offset) != row.line
                        })
                        .map(|d| format!("{}:{} {}", line_of(d.span.offset), d.rule, d.message))
                        .collect();
                    assert!(
                        on_row,
                        "{name}:{}: planted {} not reported; got {:#?}",
                        row.line, defect.rule, checked.diagnostics
                    );
                    assert!(
                        elsewhere.is_empty(),
                        "{name}:{}: planted {} also reported elsewhere: {elsewhere:#?}",
                        row.line,
                        defect.rule
                    );
                    planted += 1;
                }
                previous_number = row.number();
            }
        }
    }
    // 69 data rows in the two seeds, up to ten defects each.
    assert!(planted > 600, "only {planted} defects planted");
}

#[test]
fn planted_not_applicable_marker_beside_rows_is_reported() {
    // Put a 不適用 row above the rows of ITIB section C (ii), which has two rows.
    let (_, source) = SEEDS[1];
    let document = planlint::syntax::parse(source);
    let (_, table) = document
        .tables()
        .find(|(s, t)| s.letter == 'C' && t.data_rows().count() > 0)
        .unwrap();
    let header_line = table.header.line;
    let mut lines: Vec<&str> = source.split('\n').collect();
    lines.insert(header_line, "\t不適用\t\t\t\t");
    let text = lines.join("\n");
    let checked = planlint::check(&text, &Settings::default());
    let rules: Vec<_> = checked
        .diagnostics
        .iter()
        .map(|d| (d.rule, common::line_of(&text, d.span.offset)))
        .collect();
    assert_eq!(rules, [("not-applicable-with-rows", header_line + 1)]);
}

#[test]
fn planted_unknown_header_is_reported_on_the_header() {
    for (name, source) in SEEDS {
        let document = planlint::syntax::parse(source);
        for (_, table) in document.tables() {
            let mut lines: Vec<String> = source.split('\n').map(str::to_owned).collect();
            let header = &mut lines[table.header.line - 1];
            *header = header.replacen("更新頻率", "更新次數", 1);
            let text = lines.join("\n");
            let checked = planlint::check(&text, &Settings::default());
            let errors: Vec<_> = checked
                .diagnostics
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .map(|d| (d.rule, common::line_of(&text, d.span.offset)))
                .collect();
            assert_eq!(errors, [("unknown-header", table.header.line)], "{name}");
        }
    }
}
