//! The parser against the seeds and against two fixture corpora: every text in
//! `tests/fixtures/syntax/valid/` parses without a finding, every one in
//! `tests/fixtures/syntax/invalid/` is reported. Each model is snapshotted
//! (public JSON, and the parser's findings) and checked for well-formed spans.

mod invariants;

use std::fmt::Write as _;
use std::path::Path;

use planlint::line_index::{ColumnUnit, LineIndex};
use planlint::model::{Document, Field, RowKind};
use planlint::vocab::Vocabulary;
use planlint::{DecodeError, decode, export, syntax};
use serde_json::Value;

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

/// Parses `source` and checks the model's invariants.
fn parse(name: &str, source: &str) -> Document {
    let document = syntax::parse(source);
    invariants::assert_holds(name, source, &document);
    document
}

/// The public JSON of a parsed plan, as `planlint parse --format json` prints it.
fn public_json(name: &str, source: &str, document: &Document) -> Value {
    let identity =
        planlint::identity::Identity::of(document, planlint::identity::Issuers::builtin(), None);
    let view = export::plan_json(name, source, document, Vocabulary::builtin(), &identity);
    serde_json::to_value(view).unwrap()
}

/// `text` with control characters other than TAB escaped, so that snapshots
/// of binary input stay text.
fn printable(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() && c != '\t' {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// The parser's findings, one per line: `line:column: reason: text`, with
/// 1-based columns in characters.
fn findings(source: &str, document: &Document) -> String {
    let index = LineIndex::new(source);
    let mut out = String::new();
    for line in &document.unrecognized {
        let at = index.position(source, line.text.span.offset(), ColumnUnit::Chars);
        let _ = writeln!(
            out,
            "{}:{}: {}: `{}`",
            at.line + 1,
            at.column + 1,
            line.reason,
            printable(&line.text.text)
        );
    }
    if out.is_empty() {
        out.push_str("(no findings)\n");
    }
    out
}

fn describe(error: &DecodeError) -> String {
    format!(
        "decode error: line {}, byte column {}, byte offset {}: found {}\nhint: {}\ndisplay: {error}\n",
        error.line, error.column, error.offset, error.found, error.hint
    )
}

fn file_name(path: &Path) -> &str {
    path.file_name().unwrap().to_str().unwrap()
}

fn seed(name: &str) -> (&'static str, Document) {
    let (_, source) = SEEDS.iter().find(|(n, _)| *n == name).unwrap();
    (source, parse(name, source))
}

#[test]
fn seeds_models() {
    for (name, source) in SEEDS {
        let document = parse(name, source);
        assert!(
            document.unrecognized.is_empty(),
            "{name}:\n{}",
            findings(source, &document)
        );
        let stem = name.trim_end_matches(".txt");
        insta::assert_json_snapshot!(
            format!("seed_json@{stem}"),
            public_json(&format!("seeds/{name}"), source, &document)
        );
        insta::assert_snapshot!(
            format!("seed_outline@{stem}"),
            export::outline(&format!("seeds/{name}"), source, &document)
        );
    }
}

#[test]
fn itc_has_four_sections_and_fifty_grouped_progress_rows() {
    let (source, document) = seed("itc-2022-2024.txt");
    let json = public_json("itc", source, &document);
    let sections = json["sections"].as_array().unwrap();
    let letters: Vec<&str> = sections
        .iter()
        .map(|s| s["letter"].as_str().unwrap())
        .collect();
    assert_eq!(letters, ["A", "B", "C", "D"]);
    let d = &sections[3];
    let rows: Vec<&Value> = d["tables"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|t| t["rows"].as_array().unwrap())
        .collect();
    let numbers: Vec<u64> = rows.iter().map(|r| r["number"].as_u64().unwrap()).collect();
    assert_eq!(numbers, (1..=50).collect::<Vec<_>>());
    assert_eq!(rows[0]["group"], "指定本地研究機構名單 (DLRI)");
    let groups: Vec<(u64, &str)> = rows
        .iter()
        .map(|r| (r["number"].as_u64().unwrap(), r["group"].as_str().unwrap()))
        .collect();
    let first_of_each: Vec<(u64, &str)> = groups
        .iter()
        .enumerate()
        .filter(|(i, (_, g))| *i == 0 || groups[i - 1].1 != *g)
        .map(|(_, r)| *r)
        .collect();
    assert_eq!(
        first_of_each,
        [
            (1, "指定本地研究機構名單 (DLRI)"),
            (2, "香港認可處 (HKAS)"),
            (5, "香港檢測和認證局 (HKCTC)"),
            (20, "生產力促進局 (HKPC)"),
            (21, "香港科技園公司 (HKSTPC)"),
            (34, "創新及科技基金 (ITF)"),
            (49, "研發中心 (R&D Centre)"),
            (50, "其他"),
        ]
    );
    assert_eq!(rows[0]["category"], "工商業");
    assert_eq!(rows[0]["name"], "指定本地研究機構名單");
}

#[test]
fn itib_not_applicable_tables_footer_and_continuation() {
    let (source, document) = seed("itib-2024-2026.txt");
    let json = public_json("itib", source, &document);
    assert_eq!(
        json["published"],
        serde_json::json!({"year": 2023, "month": 12})
    );
    let sections = json["sections"].as_array().unwrap();
    for section in &sections[..2] {
        let tables = section["tables"].as_array().unwrap();
        assert_eq!(tables.len(), 2, "section {}", section["letter"]);
        for table in tables {
            assert_eq!(
                table["not_applicable"], true,
                "section {}",
                section["letter"]
            );
            assert!(table["rows"].as_array().unwrap().is_empty());
        }
    }
    let d = &sections[3];
    assert_eq!(d["letter"], "D");
    let non_spatial = d["tables"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["kind"] == "non-spatial")
        .unwrap();
    let row3 = &non_spatial["rows"][2];
    assert_eq!(row3["number"], 3);
    let description = row3["description"].as_str().unwrap();
    assert!(
        description.contains("獲取錄的公司名稱"),
        "first line missing: {description}"
    );
    assert!(
        description.contains("在「資料一線通」網站以機器可讀格式(如：CSV) 開放數據。"),
        "continuation missing: {description}"
    );
    assert_eq!(row3["continuation_lines"].as_array().unwrap().len(), 1);
}

/// The spans of merged cells point into both lines: each piece slices the
/// source to exactly its part of the text (the invariants check every cell;
/// this pins the one continuation of the seeds).
#[test]
fn itib_continuation_pieces_slice_the_source() {
    let (source, document) = seed("itib-2024-2026.txt");
    let d = document.sections.iter().find(|s| s.letter == 'D').unwrap();
    let row = d
        .tables
        .iter()
        .flat_map(planlint::model::Table::data_rows)
        .find(|r| !r.continuations.is_empty())
        .unwrap();
    assert_eq!(row.number(source), Some(3));
    let description = row.get(Field::Description).unwrap();
    let pieces: Vec<&str> = description.spans().map(|s| s.slice(source)).collect();
    assert_eq!(pieces.len(), 2);
    assert!(pieces[0].starts_with("<ul"));
    assert_eq!(
        pieces[1],
        "<ul style=\"list-style-type: none\"> 在「資料一線通」網站以機器可讀格式(如：CSV) 開放數據。"
    );
    assert_eq!(description.text(source), pieces.join(" "));
}

#[test]
fn valid_fixtures() {
    insta::glob!("fixtures/syntax/valid/*", |path| {
        let name = file_name(path);
        let bytes = std::fs::read(path).unwrap();
        let source = decode(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        let document = parse(name, &source);
        assert!(
            document.unrecognized.is_empty(),
            "{name}:\n{}",
            findings(&source, &document)
        );
        assert!(!document.sections.is_empty(), "{name} has no sections");
        insta::assert_json_snapshot!("valid", public_json(name, &source, &document));
        insta::assert_snapshot!("valid_findings", findings(&source, &document));
    });
}

#[test]
fn invalid_fixtures() {
    insta::glob!("fixtures/syntax/invalid/*", |path| {
        let name = file_name(path);
        let bytes = std::fs::read(path).unwrap();
        let (source, error) = match decode(&bytes) {
            Ok(text) => (text.into_owned(), None),
            Err(e) => (String::from_utf8_lossy(&bytes).into_owned(), Some(e)),
        };
        let document = parse(name, &source);
        assert!(
            error.is_some() || !document.unrecognized.is_empty() || document.sections.is_empty(),
            "{name} passes as a plan"
        );
        let mut report = error.as_ref().map(describe).unwrap_or_default();
        report.push_str(&findings(&source, &document));
        insta::assert_json_snapshot!("invalid", public_json(name, &source, &document));
        insta::assert_snapshot!("invalid_findings", report);
    });
}

/// Encodings and line endings change spans, never the model: the same plan in
/// UTF-8 with and without a BOM, in UTF-16 LE and BE, with CRLF, mixed or no
/// final line break reads the same.
#[test]
fn encodings_and_line_endings_read_the_same() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/syntax/valid");
    let outline = |file: &str| {
        let bytes = std::fs::read(dir.join(file)).unwrap();
        let source = decode(&bytes).unwrap();
        export::outline("plan", &source, &parse(file, &source))
    };
    let expected = outline("no-trailing-newline.txt");
    for file in [
        "crlf.txt",
        "mixed-line-endings.txt",
        "utf8-bom.txt",
        "utf16le-bom.txt",
        "utf16be-bom.txt",
    ] {
        assert_eq!(outline(file), expected, "{file}");
    }
}

#[test]
fn decodes_utf8_with_and_without_bom_and_utf16_with_bom() {
    let text = "局\r\n數據";
    assert_eq!(decode(text.as_bytes()).unwrap(), text);
    let with_bom = [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat();
    assert_eq!(decode(&with_bom).unwrap(), format!("\u{feff}{text}"));
    let le: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    assert_eq!(decode(&le).unwrap(), text);
    let be: Vec<u8> = [0xFE, 0xFF]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
        .collect();
    assert_eq!(decode(&be).unwrap(), text);
}

#[test]
fn refuses_big5_with_line_column_and_bytes() {
    let bytes = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/syntax/invalid/big5.txt"),
    )
    .unwrap();
    let error = decode(&bytes).unwrap_err();
    // 創 is 0xB3 0xD0 in Big5: the very first byte is already not UTF-8.
    assert_eq!((error.line, error.column, error.offset), (1, 1, 0));
    assert_eq!(error.found, "0xB3");
    assert!(error.hint.contains("Big5"), "{}", error.hint);
}

#[test]
fn refuses_binary() {
    // The start of a PNG file: NUL bytes on both even and odd offsets.
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0";
    let error = decode(png).unwrap_err();
    assert_eq!(
        (error.line, error.column, error.found.as_str()),
        (1, 1, "0x89")
    );
    assert!(error.hint.contains("binary"), "{}", error.hint);
}

/// Row kinds that hinge on one cell: the cases the corpus covers, in one place.
#[test]
fn row_kinds() {
    let plan = |rows: &str| {
        format!(
            "局\n\n2024-2026年度開放數據計劃\n\nA. 在 2024 年發放的局／部門數據集\n\n\
             編號\t數據種類\t數據集名稱\t一般說明\t目標發放日期 (月/年)\t更新頻率\n{rows}"
        )
    };
    let kinds = |rows: &str| -> Vec<RowKind> {
        let source = plan(rows);
        let document = parse(rows, &source);
        assert!(document.unrecognized.is_empty(), "{rows:?}");
        document.sections[0].tables[0]
            .rows
            .iter()
            .map(|r| r.kind)
            .collect()
    };
    assert_eq!(kinds("\t不適用\t\t\t\t"), [RowKind::NotApplicable]);
    assert_eq!(kinds("\tN/A\t\t\t\t"), [RowKind::NotApplicable]);
    assert_eq!(kinds("\tNot applicable\t\t\t\t"), [RowKind::NotApplicable]);
    assert_eq!(kinds("組別\t\t\t\t\t"), [RowKind::Group]);
    assert_eq!(kinds("7\t\t\t\t\t"), [RowKind::Data]);
    assert_eq!(
        kinds("1\ta\tb\tc\t03/2024\t每年\n\ta\tb\tc\t03/2024\t每年"),
        [RowKind::Data, RowKind::Data]
    );
}

/// A header row with cells the vocabulary does not know is still the header,
/// so that `unknown-header` can point at those cells; only their column is
/// unknown.
#[test]
fn headers_with_unknown_cells() {
    let cases: [(&str, &[Option<&str>]); 3] = [
        (
            "序號\t數據種類\t數據集名稱\t一般說明\t目標發放日期 (月/年)\t更新頻率",
            &[
                None,
                Some("category"),
                Some("name"),
                Some("description"),
                Some("target-date"),
                Some("frequency"),
            ],
        ),
        (
            "編號\t數據種類\t價格",
            &[Some("number"), Some("category"), None],
        ),
        (
            "No.\tData Category\tDataset Name\tContact\tTarget Release Date (mm/yyyy)\tUpdate Frequency",
            &[
                Some("number"),
                Some("category"),
                Some("name"),
                None,
                Some("target-date"),
                Some("frequency"),
            ],
        ),
    ];
    for (header, columns) in cases {
        let source = format!(
            "局\n\n2024-2026年度開放數據計劃\n\nA. 在 2024 年發放的局／部門數據集\n\n{header}\n1\t財經\t甲\t說明\t03/2024\t每年"
        );
        let document = parse(header, &source);
        assert!(document.unrecognized.is_empty(), "{header}");
        let table = &document.sections[0].tables[0];
        let found: Vec<Option<&str>> = table
            .header
            .cells
            .iter()
            .map(|c| c.column.map(planlint::model::Column::key))
            .collect();
        assert_eq!(found, columns, "{header}");
        assert_eq!(table.data_rows().count(), 1, "{header}");
    }
}
