//! How long the language server takes to re-check a 1 MB plan after an edit.
//!
//! The plan is the ITIB seed with its first table grown, by repeating its
//! rows with fresh numbers, to about a megabyte. Each iteration applies one
//! incremental edit in the middle of the plan (typing a character into a
//! category cell, or deleting it again) and re-checks through the code path
//! of `textDocument/didChange`: apply the change, check, build the LSP
//! diagnostics. The seed itself, a real plan, is measured the same way.
//!
//! The last figure of each is the whole `textDocument/didChange` handler of
//! the server, for a plan saved in a folder of its own: apply the change,
//! find the plans beside it for the workspace rules, check, and write the
//! `publishDiagnostics` notification.

// The binary's allocator, so that the figures are the binary's: parsing
// makes many small strings, and the system allocator costs more for them.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::hint::black_box;
use std::str::FromStr;

use criterion::{Criterion, criterion_group, criterion_main};
use lsp_types::{
    DidChangeTextDocumentParams, Position, Range, TextDocumentContentChangeEvent, Uri,
    VersionedTextDocumentIdentifier,
};
use planlint::config::Settings;
use planlint::lsp::{ClientOptions, Document, Server, handlers, recheck};

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

/// A typing edit on the data row nearest the middle of `text`: a character
/// inserted at the start of its category cell, or deleted again.
fn edits(
    text: &str,
) -> (
    TextDocumentContentChangeEvent,
    TextDocumentContentChangeEvent,
) {
    let lines: Vec<&str> = text.lines().collect();
    let middle = lines.len() / 2;
    let (line, row) = (0..lines.len())
        .map(|d| {
            if d % 2 == 0 {
                middle + d / 2
            } else {
                middle.saturating_sub(d / 2 + 1)
            }
        })
        .filter_map(|i| lines.get(i).map(|l| (i, *l)))
        .find(|(_, l)| {
            l.split('\t')
                .next()
                .is_some_and(|n| n.parse::<u32>().is_ok())
        })
        .expect("a data row");
    let line = u32::try_from(line).unwrap();
    let column = u32::try_from(row.find('\t').unwrap() + 1).unwrap();
    let at = Position::new(line, column);
    let insert = TextDocumentContentChangeEvent {
        range: Some(Range::new(at, at)),
        range_length: None,
        text: "新".to_owned(),
    };
    let delete = TextDocumentContentChangeEvent {
        range: Some(Range::new(at, Position::new(line, column + 1))),
        range_length: None,
        text: String::new(),
    };
    (insert, delete)
}

/// Benches one keystroke on `text`: the edit alone, the check alone, and the
/// whole path of `textDocument/didChange`.
fn keystroke(c: &mut Criterion, name: &str, text: &str) {
    let settings = Settings::default();
    let client = ClientOptions::default();
    let uri = Uri::from_str("file:///bench/plan.txt").unwrap();
    let mut document = Document::new(uri, 1, text.to_owned());
    let baseline = recheck(&mut document, &settings, &client, None).len();
    let (insert, delete) = edits(text);
    eprintln!(
        "{name}: {} bytes, {} lines, {baseline} findings; editing at {:?}",
        text.len(),
        text.lines().count(),
        insert.range.map(|r| r.start)
    );
    c.bench_function(&format!("lsp: check the {name}"), |b| {
        b.iter(|| black_box(planlint::check(text, &settings).diagnostics.len()));
    });
    let mut version = 1;
    let mut next = move || {
        version += 1;
        let change = if version % 2 == 0 { &insert } else { &delete };
        (version, vec![change.clone()])
    };
    c.bench_function(&format!("lsp: apply an edit to the {name}"), |b| {
        b.iter(|| {
            let (version, changes) = next();
            document.apply_changes(version, changes, client.unit);
        });
    });
    c.bench_function(&format!("lsp: edit and re-check the {name}"), |b| {
        b.iter(|| {
            let (version, changes) = next();
            document.apply_changes(version, changes, client.unit);
            black_box(recheck(&mut document, &settings, &client, None))
        });
    });
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("plan.txt");
    std::fs::write(&path, text).unwrap();
    let uri = Uri::from_str(&format!("file://{}", path.display())).unwrap();
    let mut server = Server::new(Box::new(std::io::sink()));
    server
        .store
        .open(Document::new(uri.clone(), 1, text.to_owned()));
    c.bench_function(&format!("lsp: didChange on the {name}"), |b| {
        b.iter(|| {
            let (version, content_changes) = next();
            handlers::did_change::handle(
                &mut server,
                DidChangeTextDocumentParams {
                    text_document: VersionedTextDocumentIdentifier::new(uri.clone(), version),
                    content_changes,
                },
            );
        });
    });
}

fn bench(c: &mut Criterion) {
    keystroke(c, "1 MB plan", &megabyte_plan());
    keystroke(c, "ITIB seed", SEED);
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(50);
    targets = bench
}
criterion_main!(benches);
