//! How long the language server takes to re-check a 1 MB plan after an edit.
//!
//! The plan is the ITIB seed with its first table grown, by repeating its
//! rows with fresh numbers, to about a megabyte. Each iteration applies one
//! incremental edit in the middle of the plan (typing a character into a
//! description, or deleting it again) and re-checks through the code path
//! of `textDocument/didChange`: apply the change, check, build the LSP
//! diagnostics.

use std::hint::black_box;
use std::str::FromStr;

use criterion::{Criterion, criterion_group, criterion_main};
use lsp_types::{Position, Range, TextDocumentContentChangeEvent, Uri};
use planlint::config::Settings;
use planlint::lsp::{ClientOptions, Document, recheck};

const SEED: &str = include_str!("../seeds/itib-2024-2026.txt");
const TARGET: usize = 1024 * 1024;

/// The seed with its first table's rows repeated until the text is ~1 MB.
fn megabyte_plan() -> String {
    let lines: Vec<&str> = SEED.lines().collect();
    let is_row = |line: &str| {
        line.split('\t')
            .next()
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    };
    let first = lines.iter().position(|l| is_row(l)).expect("a data row");
    let count = lines[first..].iter().take_while(|l| is_row(l)).count();
    let rows: Vec<&str> = lines[first..first + count]
        .iter()
        .map(|l| l.split_once('\t').map_or("", |(_, rest)| rest))
        .collect();
    let mut grown: Vec<String> = lines[..first].iter().map(|l| (*l).to_owned()).collect();
    let rest = lines[first + count..].join("\n");
    let mut size = grown.iter().map(|l| l.len() + 1).sum::<usize>() + rest.len();
    let mut number = 0;
    while size < TARGET {
        let row = format!("{}\t{}", number + 1, rows[number % rows.len()]);
        size += row.len() + 1;
        grown.push(row);
        number += 1;
    }
    grown.push(rest);
    grown.join("\n")
}

fn bench(c: &mut Criterion) {
    let text = megabyte_plan();
    let settings = Settings::default();
    let client = ClientOptions::default();
    let uri = Uri::from_str("file:///bench/plan.txt").unwrap();
    let mut document = Document::new(uri, 1, text.clone());
    let baseline = recheck(&mut document, &settings, &client, None).len();
    // A row in the middle; column 2 of it is inside the category cell after
    // the number and TAB.
    let line = u32::try_from(text.lines().count() / 2).unwrap();
    let at = Position::new(line, 2);
    let insert = TextDocumentContentChangeEvent {
        range: Some(Range::new(at, at)),
        range_length: None,
        text: "新".to_owned(),
    };
    let delete = TextDocumentContentChangeEvent {
        range: Some(Range::new(at, Position::new(line, 3))),
        range_length: None,
        text: String::new(),
    };
    eprintln!(
        "plan: {} bytes, {} lines, {baseline} findings; editing line {line}",
        text.len(),
        text.lines().count()
    );
    // The parts, to see where the time goes.
    c.bench_function("lsp: planlint::check of the 1 MB plan", |b| {
        b.iter(|| black_box(planlint::check(&text, &settings).diagnostics.len()));
    });
    let mut version = 1;
    c.bench_function("lsp: apply an edit to the 1 MB plan", |b| {
        b.iter(|| {
            version += 1;
            let change = if version % 2 == 0 { &insert } else { &delete };
            document.apply_changes(version, vec![change.clone()], client.unit);
        });
    });
    c.bench_function("lsp: edit and re-check a 1 MB plan", |b| {
        b.iter(|| {
            version += 1;
            let change = if version % 2 == 0 { &insert } else { &delete };
            document.apply_changes(version, vec![change.clone()], client.unit);
            black_box(recheck(&mut document, &settings, &client, None))
        });
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(50);
    targets = bench
}
criterion_main!(benches);
