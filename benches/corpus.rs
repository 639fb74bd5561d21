//! Makes plan files for benchmarks by varying the seeds' rows, with and
//! without defects. Deterministic: the same index always gives the same file.

#![allow(dead_code)]

use std::fmt::Write as _;

const SEEDS: [&str; 2] = [
    include_str!("../seeds/itc-2022-2024.txt"),
    include_str!("../seeds/itib-2024-2026.txt"),
];

/// A small deterministic generator (xorshift), so the corpus needs no crate.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Self(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// Plan number `index`: a seed whose rows are renamed, whose dates move
/// within their year, with copies of its last table's rows appended to it,
/// and, for one file in three, one to three planted defects; the other files
/// are clean.
#[must_use]
pub fn plan(index: usize) -> String {
    let mut rng = Rng::new(index as u64 + 1);
    let seed = SEEDS[index % 2];
    let document = planlint::syntax::parse(seed);
    let mut lines: Vec<String> = seed.split('\n').map(str::to_owned).collect();
    let mut data_lines = Vec::new();
    let last_table = document
        .tables()
        .filter(|(_, t)| t.data_rows().count() > 0)
        .last();
    let mut copyable = Vec::new();
    for (_, table, row) in document.data_rows() {
        let date = table.date_column().and_then(|c| table.column_index(c));
        let name = table
            .column_index(planlint::model::Column::Name)
            .or_else(|| table.column_index(planlint::model::Column::CategoryName));
        let mut cells: Vec<String> = lines[(row.line as usize) - 1]
            .split('\t')
            .map(str::to_owned)
            .collect();
        if let Some(i) = name {
            let _ = write!(cells[i], " {}", index * 7 + (row.line as usize));
        }
        if let Some(i) = date
            && cells[i].len() >= 7
            && cells[i].as_bytes()[2] == b'/'
            && let Ok(month) = cells[i][..2].parse::<usize>()
        {
            let limit = if cells[i][3..7] >= *"2023" { month } else { 12 };
            let moved = 1 + rng.below(limit.max(1));
            cells[i].replace_range(..2, &format!("{moved:02}"));
        }
        lines[(row.line as usize) - 1] = cells.join("\t");
        data_lines.push(((row.line as usize) - 1, row.number(seed).unwrap_or(0)));
        if last_table.is_some_and(|(_, t)| std::ptr::eq(t, table)) && row.continuations.is_empty() {
            copyable.push((row.line as usize) - 1);
        }
    }
    // More rows at the end of the last table, numbered on.
    if let Some(&(last, number)) = data_lines.last() {
        let extra = rng.below(12);
        let copies: Vec<String> = (0..extra)
            .map(|k| {
                let source = copyable[rng.below(copyable.len())];
                let mut cells: Vec<String> = lines[source].split('\t').map(str::to_owned).collect();
                cells[0] = (number as usize + 1 + k).to_string();
                cells.join("\t")
            })
            .collect();
        for (k, line) in copies.into_iter().enumerate() {
            lines.insert(last + 1 + k, line);
        }
    }
    if index.is_multiple_of(3) {
        let defects = 1 + rng.below(3);
        for _ in 0..defects {
            let (line, _) = data_lines[rng.below(data_lines.len())];
            let mut cells: Vec<String> = lines[line].split('\t').map(str::to_owned).collect();
            match rng.below(4) {
                0 => "1".clone_into(&mut cells[0]),
                1 => {
                    let last = cells.len() - 1;
                    let freq = if cells.len() == 5 { last - 1 } else { last };
                    "每十年".clone_into(&mut cells[freq]);
                }
                2 => cells.push("多餘".to_owned()),
                _ => {
                    for cell in &mut cells {
                        if cell.len() >= 7 && cell.as_bytes()[2] == b'/' {
                            *cell = format!("{}/{}", &cell[3..7], &cell[..2]);
                        }
                    }
                }
            }
            lines[line] = cells.join("\t");
        }
    }
    lines.join("\n")
}

/// A plan of at least `bytes` bytes: the ITC seed with the rows of its last
/// table copied at the table's end, numbered on, until the plan is that long.
/// Clean: the default rules report nothing on it.
#[must_use]
pub fn large(bytes: usize) -> String {
    let seed = SEEDS[0];
    let document = planlint::syntax::parse(seed);
    let (_, table) = document
        .tables()
        .filter(|(_, t)| t.data_rows().count() > 0)
        .last()
        .expect("the seed has a table with rows");
    let lines: Vec<&str> = seed.split('\n').collect();
    let copyable: Vec<&str> = table
        .data_rows()
        .filter(|r| r.continuations.is_empty() && r.number(seed).is_some())
        .map(|r| lines[r.line as usize - 1])
        .collect();
    let mut number = table
        .data_rows()
        .filter_map(|r| r.number(seed))
        .max()
        .unwrap_or(0);
    let end = seed[..table.span.end()].matches('\n').count() + 1;
    let mut out = String::with_capacity(bytes + seed.len());
    for line in &lines[..end] {
        out.push_str(line);
        out.push('\n');
    }
    let tail: usize = lines[end..].iter().map(|l| l.len() + 1).sum();
    let mut k = 0;
    while out.len() + tail < bytes {
        number += 1;
        let row = copyable[k % copyable.len()];
        k += 1;
        let rest = row.split_once('\t').map_or("", |(_, rest)| rest);
        let _ = writeln!(out, "{number}\t{rest}");
    }
    out.push_str(&lines[end..].join("\n"));
    out
}
