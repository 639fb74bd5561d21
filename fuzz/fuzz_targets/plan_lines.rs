//! Plans built from the seeds' own lines: shuffled, repeated, split at a
//! TAB, joined, with CRLF or lone CR line ends, a byte order mark, astral
//! characters, markup and very long cells.
#![no_main]

use std::sync::LazyLock;

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use planlint::config::Settings;

static SETTINGS: LazyLock<Settings> = LazyLock::new(planlint_fuzz::every_rule);

/// The seeds' lines, and lines from the English and Simplified Chinese layouts.
static LINES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut lines: Vec<&str> = include_str!("../../seeds/itib-2024-2026.txt")
        .lines()
        .chain(include_str!("../../seeds/itc-2022-2024.txt").lines())
        .collect();
    lines.extend([
        "No.\tData Category\tDataset Name\tGeneral Description\tTarget Release Date (mm/yyyy)\tUpdate Frequency",
        "1\tFinance\tExpenditure\tCSV\t3/2024\tAnnualy",
        "编号\t数据种类\t数据集名称\t一般说明\t目标发放日期 (月/年)\t更新频率",
        "A. 在 2024 年发放的局／部门数据集",
        "2\t財經\t開支資料\t<ul style=\"list-style-type: none\">•數據以 CSV 格式提供\t13/2024\t實特",
        "3\t財經\t\t不適用\t不適用\t每年",
    ]);
    lines
});

/// Text put into cells.
const PIECES: &[&str] = &[
    "\u{20000}",
    "𠀀",
    "\u{3000}",
    "\u{feff}",
    "<li>",
    "</li>",
    "<br/>",
    "•",
    "03/2024",
    "3/2024",
    "2024-03",
    "99/9999",
    "每年",
    "實特",
    "不適用",
    "\t",
    "\r",
    "\n",
    "\r\n",
    " ",
    "(",
    "）",
];

#[derive(Debug, Arbitrary)]
enum Edit {
    /// Take seed line `n`.
    Line(u16),
    /// Take seed line `n` with its cells from `from` on.
    Split(u16, u8),
    /// Join the last two lines with a TAB.
    Join,
    /// Repeat the last line.
    Repeat,
    /// Put a piece into the last line at a character.
    Insert(u8, u16),
    /// Append a cell of one piece repeated many times.
    Long(u8, u16),
    /// Swap two lines.
    Swap(u16, u16),
}

#[derive(Debug, Arbitrary)]
struct Plan {
    edits: Vec<Edit>,
    newline: u8,
    bom: bool,
    final_newline: bool,
}

fuzz_target!(|plan: Plan| {
    let mut lines: Vec<String> = Vec::new();
    for edit in plan.edits.iter().take(400) {
        match *edit {
            Edit::Line(n) => lines.push(LINES[n as usize % LINES.len()].to_owned()),
            Edit::Split(n, from) => {
                let line = LINES[n as usize % LINES.len()];
                let cells: Vec<&str> = line.split('\t').collect();
                lines.push(cells[(from as usize).min(cells.len() - 1)..].join("\t"));
            }
            Edit::Join => {
                if lines.len() >= 2 {
                    let last = lines.pop().unwrap_or_default();
                    let before = lines.last_mut().unwrap();
                    before.push('\t');
                    before.push_str(&last);
                }
            }
            Edit::Repeat => {
                if let Some(last) = lines.last().cloned() {
                    lines.push(last);
                }
            }
            Edit::Insert(piece, at) => {
                if let Some(last) = lines.last_mut() {
                    let chars = last.chars().count();
                    let at = if chars == 0 {
                        0
                    } else {
                        at as usize % (chars + 1)
                    };
                    let byte = last.char_indices().nth(at).map_or(last.len(), |(i, _)| i);
                    last.insert_str(byte, PIECES[piece as usize % PIECES.len()]);
                }
            }
            Edit::Long(piece, times) => {
                let cell = PIECES[piece as usize % PIECES.len()].repeat(times as usize % 40_000);
                match lines.last_mut() {
                    Some(last) => {
                        last.push('\t');
                        last.push_str(&cell);
                    }
                    None => lines.push(cell),
                }
            }
            Edit::Swap(a, b) => {
                if !lines.is_empty() {
                    let n = lines.len();
                    lines.swap(a as usize % n, b as usize % n);
                }
            }
        }
    }
    let newline = ["\n", "\r\n", "\r"][plan.newline as usize % 3];
    let mut text = String::new();
    if plan.bom {
        text.push('\u{feff}');
    }
    text.push_str(&lines.join(newline));
    if plan.final_newline {
        text.push_str(newline);
    }
    planlint_fuzz::plan(&text, &SETTINGS);
});
