//! planlint: a linter for the Open Data Plans of the Hong Kong Government.
//!
//! Every bureau and department publishes a plan each year: tables of the
//! datasets it will release on DATA.GOV.HK, with target dates, update
//! frequencies and formats, and a record of what it already released.
//! planlint parses a plan into a [`model::Document`] in which every node knows
//! its byte span ([`syntax::parse`]), runs independent [`rules`] over it, and
//! hands the findings ([`diagnostic::Diagnostic`]) to a [`report`]er.
//!
//! ```
//! let source = "局\n\n2024-2026年度開放數據計劃\n\nA. 在 2024 年發放的局／部門數據集\n";
//! let checked = planlint::check(source, &planlint::config::Settings::default());
//! assert_eq!(checked.document.sections.len(), 1);
//! ```
//!
//! Nothing here panics on any input: text that fits nowhere becomes an
//! `unrecognized-line` finding, and bytes that are not text become a
//! [`DecodeError`].

pub mod cli;
pub mod config;
pub mod diagnostic;
pub mod export;
pub mod line_index;
pub mod lsp;
pub mod model;
pub mod report;
pub mod rules;
pub mod syntax;
pub mod vocab;

use std::borrow::Cow;

use config::Settings;
use diagnostic::Diagnostic;
use model::Document;
use rules::{Context, registry};

/// A checked plan: its model and its findings, sorted by position.
#[derive(Debug, Clone)]
pub struct Checked {
    /// The parsed plan.
    pub document: Document,
    /// The findings of every enabled rule, sorted by position then rule.
    pub diagnostics: Vec<Diagnostic>,
}

/// Parses `source` and runs every rule `settings` enables.
#[must_use]
pub fn check(source: &str, settings: &Settings) -> Checked {
    let document = syntax::parse_with(source, &settings.vocab);
    let diagnostics = lint(source, &document, settings);
    Checked {
        document,
        diagnostics,
    }
}

/// Runs every rule `settings` enables over a parsed `document`.
#[must_use]
pub fn lint(source: &str, document: &Document, settings: &Settings) -> Vec<Diagnostic> {
    let context = Context {
        source,
        document,
        vocab: &settings.vocab,
    };
    let mut diagnostics = Vec::new();
    for rule in registry::RULES {
        let Some(&severity) = settings.rules.get(rule.meta().id) else {
            continue;
        };
        let start = diagnostics.len();
        rule.check(&context, &mut diagnostics);
        for diagnostic in &mut diagnostics[start..] {
            diagnostic.severity = severity;
        }
    }
    diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    diagnostics.dedup();
    diagnostics
}

/// Bytes that are not a plan's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    /// 1-based line of the first bad byte.
    pub line: usize,
    /// 1-based byte column of the first bad byte.
    pub column: usize,
    /// Byte offset of the first bad byte.
    pub offset: usize,
    /// The bad bytes, in hex (`0xB5 0xE7`).
    pub found: String,
    /// What the bytes look like and what to do.
    pub hint: &'static str,
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "not UTF-8 text: line {}, byte column {}: found {}; {}",
            self.line, self.column, self.found, self.hint
        )
    }
}

impl std::error::Error for DecodeError {}

/// Decodes a plan file: UTF-8 with or without a byte order mark (kept, so
/// spans are file offsets), or UTF-16 with a byte order mark (decoded; spans
/// are then offsets into the decoded UTF-8 text). Anything else is refused
/// with the position and bytes of the first invalid sequence, and so is text
/// holding a NUL byte: plans never do, binary files and UTF-16 without a byte
/// order mark always do.
pub fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, DecodeError> {
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return decode_utf16(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return decode_utf16(rest, u16::from_be_bytes);
    }
    let (offset, bad) = match std::str::from_utf8(bytes) {
        Ok(text) => match text.find('\0') {
            None => return Ok(Cow::Borrowed(text)),
            Some(at) => (at, 1),
        },
        Err(e) => {
            let offset = e.valid_up_to();
            let bad = e.error_len().unwrap_or(bytes.len() - offset).clamp(1, 4);
            (offset, bad)
        }
    };
    // Lines end as the parser ends them: at LF, CRLF or a lone CR.
    let index = line_index::LineIndex::new(std::str::from_utf8(&bytes[..offset]).unwrap_or(""));
    let line = index.line_count();
    let found = bytes[offset..(offset + bad).min(bytes.len())]
        .iter()
        .map(|b| format!("0x{b:02X}"))
        .collect::<Vec<_>>()
        .join(" ");
    let hint = if looks_like_utf16(bytes) {
        "this looks like UTF-16 without a byte order mark; save it as UTF-8"
    } else if bytes.iter().take(8192).any(|&b| b == 0) {
        "this looks like a binary file, not a plan"
    } else {
        "the file may be in Big5 or another legacy encoding; save it as UTF-8"
    };
    Err(DecodeError {
        line,
        column: offset - index.line_start(line - 1) + 1,
        offset,
        found,
        hint,
    })
}

/// Whether NUL bytes fall on every other byte, as the high bytes of ASCII
/// characters in UTF-16 do (binary files have them anywhere).
fn looks_like_utf16(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    let mut nuls = [0usize; 2];
    for (i, _) in head.iter().enumerate().filter(|&(_, &b)| b == 0) {
        nuls[i % 2] += 1;
    }
    let (most, fewest) = (nuls[0].max(nuls[1]), nuls[0].min(nuls[1]));
    most * 10 >= head.len() / 2 && fewest * 20 <= most
}

/// Decodes UTF-16 after its byte order mark. Positions in errors are those of
/// the file: lines counted as the parser counts them, columns and offsets in
/// bytes, the byte order mark included.
fn decode_utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<Cow<'static, str>, DecodeError> {
    const BOM: usize = 2;
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    let mut text = String::with_capacity(bytes.len());
    // Units decoded so far, and where the current line starts, in units.
    let (mut at, mut line, mut line_start) = (0, 1, 0);
    for c in char::decode_utf16(units) {
        match c {
            Ok(c) => {
                at += c.len_utf16();
                if c == '\r' || (c == '\n' && !text.ends_with('\r')) {
                    line += 1;
                }
                if c == '\r' || c == '\n' {
                    line_start = at;
                }
                text.push(c);
            }
            Err(e) => {
                return Err(DecodeError {
                    line,
                    column: 2 * (at - line_start) + 1,
                    offset: BOM + 2 * at,
                    found: format!("0x{:04X}", e.unpaired_surrogate()),
                    hint: "an unpaired UTF-16 surrogate; save the file as UTF-8",
                });
            }
        }
    }
    if let [.., last] = bytes
        && !bytes.len().is_multiple_of(2)
    {
        return Err(DecodeError {
            line,
            column: 2 * (at - line_start) + 1,
            offset: BOM + 2 * at,
            found: format!("0x{last:02X}"),
            hint: "the file ends halfway through a UTF-16 character: it is cut short; save it again as UTF-8",
        });
    }
    Ok(Cow::Owned(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_utf8_and_utf16() {
        assert_eq!(decode("數據".as_bytes()).unwrap(), "數據");
        assert_eq!(decode(b"\xEF\xBB\xBFa").unwrap(), "\u{feff}a");
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("數\n".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decode(&utf16).unwrap(), "數\n");
    }

    #[test]
    fn refuses_big5_with_position() {
        // 數據 in Big5, on line 2.
        let err = decode(b"ok\nx\xBC\xC6\xBE\xDA").unwrap_err();
        assert_eq!((err.line, err.column), (2, 2));
        assert_eq!(err.found, "0xBC");
        assert!(err.hint.contains("Big5"));
    }

    /// Lines were counted at LF only, so an error after lone CRs (old Mac
    /// line ends, which the parser reads as line breaks) was put on line 1.
    #[test]
    fn counts_lines_as_the_parser_does() {
        let err = decode(b"a\rb\r\nc\xBC").unwrap_err();
        assert_eq!((err.line, err.column, err.offset), (3, 2, 6));
    }

    /// Valid UTF-8 holding NUL bytes (UTF-16 without a byte order mark, or a
    /// binary file that happens to be valid) was accepted as a plan.
    #[test]
    fn refuses_nul_bytes() {
        let utf16: Vec<u8> = "A. x\n".encode_utf16().flat_map(u16::to_le_bytes).collect();
        let err = decode(&utf16).unwrap_err();
        assert_eq!((err.line, err.column, err.offset), (1, 2, 1));
        assert_eq!(err.found, "0x00");
        assert!(err.hint.contains("UTF-16"), "{}", err.hint);
        let err = decode(b"ab\0\0\0\x01\0\x02").unwrap_err();
        assert!(err.hint.contains("binary"), "{}", err.hint);
    }

    /// UTF-16 errors gave the index of the decoded character as if it were a
    /// unit (wrong after any character outside the BMP), and column 1 always.
    #[test]
    fn utf16_errors_point_at_the_bad_bytes() {
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend("a\r\n\u{20000}b".encode_utf16().flat_map(u16::to_le_bytes));
        bytes.extend([0x00, 0xDC]);
        let err = decode(&bytes).unwrap_err();
        // BOM 2 + a 2 + CRLF 4 + 𠀀 4 + b 2 = byte 14, column 7 of line 2.
        assert_eq!((err.line, err.column, err.offset), (2, 7, 14));
        assert_eq!(err.found, "0xDC00");
        bytes.truncate(bytes.len() - 1);
        let err = decode(&bytes).unwrap_err();
        assert_eq!((err.line, err.column, err.offset), (2, 7, 14));
        assert_eq!(err.found, "0x00");
    }
}
