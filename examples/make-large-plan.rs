//! Writes one large plan for benchmarks: `make-large-plan FILE [MEGABYTES]`
//! (default 100). It is the ITIB seed with its first table grown, by
//! repeating its rows with fresh numbers, to about that size: a million rows
//! for 100 MB.

use std::io::Write;

const SEED: &str = include_str!("../seeds/itib-2024-2026.txt");

fn is_row(line: &str) -> bool {
    line.split('\t')
        .next()
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let file = std::path::PathBuf::from(args.next().unwrap_or_else(|| "large-plan.txt".to_owned()));
    let megabytes: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(100);
    let target = megabytes * 1000 * 1000;
    let lines: Vec<&str> = SEED.lines().collect();
    let first = lines.iter().position(|l| is_row(l)).expect("a data row");
    let count = lines[first..].iter().take_while(|l| is_row(l)).count();
    let rows: Vec<&str> = lines[first..first + count]
        .iter()
        .map(|l| l.split_once('\t').map_or("", |(_, rest)| rest))
        .collect();
    let head = lines[..first].join("\n");
    let rest = lines[first + count..].join("\n");
    let mut out = std::io::BufWriter::new(std::fs::File::create(&file)?);
    writeln!(out, "{head}")?;
    let mut size = head.len() + 1 + rest.len();
    let mut number = 0;
    while size < target {
        let row = format!("{}\t{}\n", number + 1, rows[number % rows.len()]);
        size += row.len();
        out.write_all(row.as_bytes())?;
        number += 1;
    }
    out.write_all(rest.as_bytes())?;
    out.flush()?;
    println!("{} rows, {} kB in {}", number, size / 1000, file.display());
    Ok(())
}
