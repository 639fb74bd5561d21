//! Bytes to text, and text to lines: the one place that decodes a plan and
//! the one line splitter that both the grammar and [`LineIndex`] use.
//!
//! A plan is UTF-8, with or without a byte order mark, or UTF-16 with one.
//! Lines end at `\n`, `\r\n` or a lone `\r`. A UTF-8 byte order mark is kept
//! in the text (so spans stay file offsets) but is not part of line 1: the
//! first line starts after it, for the grammar and for every column.
//!
//! [`LineIndex`]: crate::line_index::LineIndex

use std::borrow::Cow;

use crate::diagnostic::FileId;
use crate::line_index::LineIndex;

/// The byte order mark as it sits at the start of a decoded text.
pub const BOM: char = '\u{feff}';

/// One line of a text, without its line break.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line<'a> {
    /// Zero-based line number.
    pub index: usize,
    /// Byte offset of the line's first byte (after a byte order mark on line 0).
    pub start: usize,
    /// The line's text, without its line break.
    pub text: &'a str,
}

impl Line<'_> {
    /// Byte offset one past the line's last byte (before its line break).
    #[must_use]
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }
}

/// The character boundary at or before `offset`, which is clamped to the
/// text: `str::floor_char_boundary`, newer than planlint's oldest toolchain.
#[must_use]
pub fn floor_char_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// The character boundary at or after `offset`, which is clamped to the
/// text: `str::ceil_char_boundary`.
#[must_use]
pub fn ceil_char_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset += 1;
    }
    offset
}

/// The lines of `text`: split at `\n`, `\r\n` or a lone `\r`, the first one
/// starting after a byte order mark. A text always has at least one line,
/// and a text ending in a line break has an empty last line.
#[must_use]
pub fn lines(text: &str) -> Lines<'_> {
    let start = if text.starts_with(BOM) {
        BOM.len_utf8()
    } else {
        0
    };
    Lines {
        text,
        start,
        index: 0,
        done: false,
    }
}

/// How many lines [`lines`] gives for `text`: one more than its line
/// breaks (`\n`, `\r\n` or a lone `\r`).
#[must_use]
pub fn line_count(text: &str) -> usize {
    let bytes = text.as_bytes();
    let lone_returns = memchr::memchr_iter(b'\r', bytes)
        .filter(|&at| bytes.get(at + 1) != Some(&b'\n'))
        .count();
    memchr::memchr_iter(b'\n', bytes).count() + lone_returns + 1
}

/// The iterator [`lines`] returns.
#[derive(Debug, Clone)]
pub struct Lines<'a> {
    text: &'a str,
    start: usize,
    index: usize,
    done: bool,
}

impl<'a> Iterator for Lines<'a> {
    type Item = Line<'a>;

    fn next(&mut self) -> Option<Line<'a>> {
        if self.done {
            return None;
        }
        let bytes = self.text.as_bytes();
        let start = self.start;
        let (end, next) = if let Some(at) = memchr::memchr2(b'\n', b'\r', &bytes[start..]) {
            let end = start + at;
            let crlf = bytes[end] == b'\r' && bytes.get(end + 1) == Some(&b'\n');
            (end, end + if crlf { 2 } else { 1 })
        } else {
            self.done = true;
            (bytes.len(), bytes.len())
        };
        let line = Line {
            index: self.index,
            start,
            text: &self.text[start..end],
        };
        self.index += 1;
        self.start = next;
        Some(line)
    }
}

/// A decoded file with its line index, for placing labels that point into it.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The name it is reported under.
    pub path: String,
    /// Its decoded text.
    pub text: String,
    /// Line starts of `text`.
    pub index: LineIndex,
}

impl SourceFile {
    /// Indexes `text`.
    #[must_use]
    pub fn new(path: String, text: String) -> Self {
        let index = LineIndex::new(&text);
        Self { path, text, index }
    }
}

/// The other files of a run, by id: where a reporter finds the text of a
/// file that a secondary label points into.
pub trait Sources {
    /// File `file`'s text, or `None` when it cannot be had (any more).
    fn get(&self, file: FileId) -> Option<std::sync::Arc<SourceFile>>;
}

/// No other files: for findings that only point into their own file.
impl Sources for () {
    fn get(&self, _: FileId) -> Option<std::sync::Arc<SourceFile>> {
        None
    }
}

/// The encoding a plan is read in when it has no byte order mark: UTF-8
/// (the default), or Big5-HKSCS on request (`--encoding big5-hkscs`, or
/// `encoding = "big5-hkscs"` in `planlint.toml`), which older Hong Kong
/// Government tooling writes. A byte order mark always wins.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Encoding {
    /// UTF-8, or UTF-16 with a byte order mark.
    #[default]
    Utf8,
    /// Big5 with the Hong Kong Supplementary Character Set, as the WHATWG
    /// `big5` decoder reads it.
    Big5Hkscs,
}

impl Encoding {
    /// Every encoding, for help texts and "did you mean".
    pub const ALL: [Encoding; 2] = [Encoding::Utf8, Encoding::Big5Hkscs];

    /// The name `--encoding` and `planlint.toml` use.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Big5Hkscs => "big5-hkscs",
        }
    }

    /// The encoding a name stands for.
    #[must_use]
    pub fn from_name(name: &str) -> Option<Self> {
        Encoding::ALL.into_iter().find(|e| e.name() == name)
    }
}

impl std::str::FromStr for Encoding {
    type Err = String;

    fn from_str(name: &str) -> Result<Self, String> {
        Encoding::from_name(name).ok_or_else(|| {
            format!(
                "unknown encoding `{name}`; planlint reads {}",
                Encoding::ALL
                    .map(|e| format!("`{}`", e.name()))
                    .join(" or ")
            )
        })
    }
}

impl std::fmt::Display for Encoding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// Bytes that are not a plan's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    /// The encoding the bytes were read as (`UTF-8`, `UTF-16`, `Big5-HKSCS`).
    pub encoding: &'static str,
    /// 1-based line of the first bad byte.
    pub line: usize,
    /// 1-based byte column of the first bad byte.
    pub column: usize,
    /// Byte offset of the first bad byte.
    pub offset: usize,
    /// The bad bytes, in hex (`0xB5 0xE7`).
    pub found: String,
    /// What the bytes look like and what to do, in English.
    pub hint: &'static str,
    /// The same, as a message id of the catalogues.
    pub reason: DecodeReason,
}

/// What undecodable bytes look like, for the message that says what to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecodeReason {
    /// UTF-16 without a byte order mark.
    Utf16WithoutBom,
    /// NUL bytes: a binary file.
    Binary,
    /// Neither UTF-8 nor UTF-16: Big5 or another legacy encoding.
    Legacy,
    /// A NUL character in UTF-16 text.
    Utf16Nul,
    /// An unpaired UTF-16 surrogate.
    Utf16Surrogate,
    /// UTF-16 text cut halfway through a character.
    Utf16Truncated,
    /// A NUL byte in Big5-HKSCS text.
    Big5Nul,
    /// Bytes that are no Big5-HKSCS character.
    NotBig5,
    /// More text than a plan's spans can point into.
    TooLarge,
}

impl DecodeReason {
    /// Its message id in the catalogues.
    #[must_use]
    pub fn id(self) -> &'static str {
        match self {
            DecodeReason::Utf16WithoutBom => "decode-error.utf16-without-bom",
            DecodeReason::Binary => "decode-error.binary",
            DecodeReason::Legacy => "decode-error.legacy",
            DecodeReason::Utf16Nul => "decode-error.utf16-nul",
            DecodeReason::Utf16Surrogate => "decode-error.utf16-surrogate",
            DecodeReason::Utf16Truncated => "decode-error.utf16-truncated",
            DecodeReason::Big5Nul => "decode-error.big5-nul",
            DecodeReason::NotBig5 => "decode-error.not-big5",
            DecodeReason::TooLarge => "decode-error.too-large",
        }
    }
}

impl DecodeError {
    /// The error in the language of `messages` (the `Display` text is
    /// English).
    #[must_use]
    pub fn message(&self, messages: &crate::i18n::Messages) -> String {
        if self.reason == DecodeReason::TooLarge {
            return crate::t!(
                messages,
                "too-large",
                line = self.line,
                found = self.found.as_str(),
                hint = messages.get(self.reason.id(), &[]),
            );
        }
        crate::t!(
            messages,
            "decode-error",
            encoding = self.encoding,
            line = self.line,
            column = self.column,
            found = self.found.as_str(),
            hint = messages.get(self.reason.id(), &[]),
        )
    }
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.reason == DecodeReason::TooLarge {
            return write!(
                f,
                "too large: {}, more than 4 GiB by line {}; {}",
                self.found, self.line, self.hint
            );
        }
        write!(
            f,
            "not {} text: line {}, byte column {}: found {}; {}",
            self.encoding, self.line, self.column, self.found, self.hint
        )
    }
}

impl std::error::Error for DecodeError {}

/// The hint for bytes that are neither UTF-8 nor UTF-16 nor binary.
pub const LEGACY_HINT: &str = "the file may be in Big5 or another legacy encoding; save it as UTF-8, or read it with `--encoding big5-hkscs` (or `encoding = \"big5-hkscs\"` in planlint.toml)";

/// Decodes a plan file: UTF-8 with or without a byte order mark (kept, so
/// spans are file offsets), or UTF-16 with a byte order mark (decoded; spans
/// are then offsets into the decoded UTF-8 text). Anything else is refused
/// with the position and bytes of the first invalid sequence, and so is text
/// holding a NUL byte: plans never do, binary files and UTF-16 without a byte
/// order mark always do.
pub fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, DecodeError> {
    decode_as(bytes, Encoding::Utf8)
}

/// Decodes a plan file read as `encoding` when it has no byte order mark;
/// see [`decode`]. A Big5-HKSCS file is decoded to UTF-8 (spans are then
/// offsets into the decoded text, as for UTF-16), and only ever borrowed
/// (`Cow::Borrowed`) when the bytes are the text: callers rewrite only those.
pub fn decode_as(bytes: &[u8], encoding: Encoding) -> Result<Cow<'_, str>, DecodeError> {
    let text = decode_any_size(bytes, encoding)?;
    within(&text, MAX_TEXT)?;
    Ok(text)
}

/// [`decode_as`] without the limit on the text's size.
fn decode_any_size(bytes: &[u8], encoding: Encoding) -> Result<Cow<'_, str>, DecodeError> {
    if bytes.starts_with(&[0xFF, 0xFE]) {
        return decode_with(bytes, encoding_rs::UTF_16LE, 2, "UTF-16").map(Cow::Owned);
    }
    if bytes.starts_with(&[0xFE, 0xFF]) {
        return decode_with(bytes, encoding_rs::UTF_16BE, 2, "UTF-16").map(Cow::Owned);
    }
    if encoding == Encoding::Big5Hkscs && !bytes.starts_with(b"\xEF\xBB\xBF") {
        return decode_with(bytes, encoding_rs::BIG5, 0, "Big5-HKSCS").map(Cow::Owned);
    }
    // Checked with SIMD; the standard library's check, slower on text
    // that is mostly Chinese, then says where a bad file goes wrong.
    let text = match simdutf8::basic::from_utf8(bytes) {
        Ok(text) => text,
        Err(_) => match std::str::from_utf8(bytes) {
            Ok(text) => text,
            Err(e) => {
                let (offset, bad) = bad_utf8(bytes, e);
                return Err(utf8_error(bytes, offset, bad));
            }
        },
    };
    match memchr::memchr(0, bytes) {
        None => Ok(Cow::Borrowed(text)),
        Some(at) => Err(utf8_error(bytes, at, 1)),
    }
}

/// The error for UTF-8 `bytes` refused at `offset`, where `bad` bytes are
/// invalid (or a NUL is).
fn utf8_error(bytes: &[u8], offset: usize, bad: usize) -> DecodeError {
    // Lines end as the grammar ends them; the column counts bytes from the
    // start of the file's line, a byte order mark included.
    let before = std::str::from_utf8(&bytes[..offset]).unwrap_or("");
    let line = line_count(before);
    let line_start = before.rfind(['\n', '\r']).map_or(0, |at| at + 1);
    let (hint, reason) = if looks_like_utf16(bytes) {
        (
            "this looks like UTF-16 without a byte order mark; save it as UTF-8",
            DecodeReason::Utf16WithoutBom,
        )
    } else if bytes.iter().take(8192).any(|&b| b == 0) {
        (
            "this looks like a binary file, not a plan",
            DecodeReason::Binary,
        )
    } else {
        (LEGACY_HINT, DecodeReason::Legacy)
    };
    DecodeError {
        encoding: "UTF-8",
        line,
        column: offset - line_start + 1,
        offset,
        found: hex(&bytes[offset..(offset + bad).min(bytes.len())]),
        hint,
        reason,
    }
}

/// Files up to this size are checked as UTF-8 with SIMD and copied into
/// their text (a copy costs less than the standard library's check of text
/// that is mostly Chinese); larger ones are checked in place, so that a
/// large file is never held twice.
const COPIED: usize = 1 << 20;

/// Decodes a plan file's bytes as [`decode_as`] does, taking them. `true`
/// says the text is the file's bytes (UTF-8); other encodings are decoded
/// into a new text (`false`).
pub fn decode_owned(bytes: Vec<u8>, encoding: Encoding) -> Result<(String, bool), DecodeError> {
    let decoded = decode_owned_any_size(bytes, encoding)?;
    within(&decoded.0, MAX_TEXT)?;
    Ok(decoded)
}

/// The most text, in bytes, a plan may decode to: its spans hold 32-bit
/// offsets.
pub const MAX_TEXT: usize = crate::model::Span::MAX_SOURCE;

/// Refuses `text` when it is longer than `limit` bytes, saying where the
/// limit falls.
fn within(text: &str, limit: usize) -> Result<(), DecodeError> {
    if text.len() <= limit {
        return Ok(());
    }
    let at = floor_char_boundary(text, limit);
    let before = &text[..at];
    let line_start = before.rfind(['\n', '\r']).map_or(0, |at| at + 1);
    Err(DecodeError {
        encoding: "UTF-8",
        line: line_count(before),
        column: at - line_start + 1,
        offset: at,
        found: format!("{} bytes", text.len()),
        hint: "planlint reads plans of up to 4 GiB of text; split the file",
        reason: DecodeReason::TooLarge,
    })
}

/// [`decode_owned`] without the limit on the text's size.
fn decode_owned_any_size(
    bytes: Vec<u8>,
    encoding: Encoding,
) -> Result<(String, bool), DecodeError> {
    let converted = bytes.starts_with(&[0xFF, 0xFE])
        || bytes.starts_with(&[0xFE, 0xFF])
        || (encoding == Encoding::Big5Hkscs && !bytes.starts_with(b"\xEF\xBB\xBF"));
    if converted {
        return decode_any_size(&bytes, encoding).map(|text| (text.into_owned(), false));
    }
    if bytes.len() <= COPIED
        && let Ok(text) = simdutf8::basic::from_utf8(&bytes)
        && memchr::memchr(0, &bytes).is_none()
    {
        return Ok((text.to_owned(), true));
    }
    match String::from_utf8(bytes) {
        Ok(text) => match memchr::memchr(0, text.as_bytes()) {
            None => Ok((text, true)),
            Some(at) => Err(utf8_error(text.as_bytes(), at, 1)),
        },
        Err(e) => {
            let (offset, bad) = bad_utf8(e.as_bytes(), e.utf8_error());
            Err(utf8_error(e.as_bytes(), offset, bad))
        }
    }
}

/// Where the first invalid sequence is, and how many bytes it has.
fn bad_utf8(bytes: &[u8], e: std::str::Utf8Error) -> (usize, usize) {
    let offset = e.valid_up_to();
    let bad = e.error_len().unwrap_or(bytes.len() - offset).clamp(1, 4);
    (offset, bad)
}

fn hex(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|b| format!("0x{b:02X}"))
        .collect::<Vec<_>>()
        .join(" ")
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

/// Decodes `bytes` (after a byte order mark of `skip` bytes) with
/// `encoding_rs`, refusing malformed sequences and NUL characters. Positions
/// in errors are those of the file: lines counted as the grammar counts them,
/// columns and offsets in bytes, the byte order mark included.
fn decode_with(
    bytes: &[u8],
    encoding: &'static encoding_rs::Encoding,
    skip: usize,
    name: &'static str,
) -> Result<String, DecodeError> {
    let unit_bytes = if skip == 2 { 2 } else { 1 };
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let body = &bytes[skip..];
    let mut text = String::with_capacity(body.len() * 3 / 2 + 16);
    let (result, read) = loop {
        // The decoder stops when the text needs more room; give it more.
        let needed = decoder
            .max_utf8_buffer_length_without_replacement(body.len())
            .unwrap_or(body.len() * 3 + 16);
        text.reserve(needed);
        let (result, read) = decoder.decode_to_string_without_replacement(body, &mut text, true);
        if !matches!(result, encoding_rs::DecoderResult::OutputFull) {
            break (result, read);
        }
        // OutputFull cannot recur after reserving the maximum; stop anyway.
        if text.capacity() - text.len() >= needed {
            break (result, read);
        }
    };
    let bad = match result {
        encoding_rs::DecoderResult::InputEmpty => {
            match text.find('\0') {
                None => return Ok(text),
                Some(at) => {
                    // Where the NUL came from: count the bytes of what came before.
                    let before_units: usize = if unit_bytes == 2 {
                        text[..at].encode_utf16().count()
                    } else {
                        encoding.encode(&text[..at]).0.len()
                    };
                    text.truncate(at);
                    let start = skip + before_units * unit_bytes;
                    start..start + unit_bytes
                }
            }
        }
        encoding_rs::DecoderResult::Malformed(length, after) => {
            let end = skip + read - usize::from(after);
            (end - usize::from(length))..end
        }
        encoding_rs::DecoderResult::OutputFull => skip + read..skip + read + 1,
    };
    let start = bad.start.min(bytes.len());
    let end = bad.end.clamp(start, bytes.len());
    // The decoded text before the bad bytes, and the file bytes of its last line.
    let before = &text;
    let line = line_count(before);
    let line_start = before.rfind(['\n', '\r']).map_or(0, |at| at + 1);
    let line_bytes = if unit_bytes == 2 {
        before[line_start..].encode_utf16().count() * 2
    } else {
        encoding.encode(&before[line_start..]).0.len()
    };
    let column = line_bytes + 1 + if line == 1 { skip } else { 0 };
    let (found, (hint, reason)) = if unit_bytes == 2 {
        let unit = |b: &[u8]| {
            if encoding == encoding_rs::UTF_16LE {
                u16::from_le_bytes([b[0], b[1]])
            } else {
                u16::from_be_bytes([b[0], b[1]])
            }
        };
        if end - start >= 2 {
            (
                format!("0x{:04X}", unit(&bytes[start..start + 2])),
                if unit(&bytes[start..start + 2]) == 0 {
                    (
                        "a NUL character: this looks like a binary file, not a plan",
                        DecodeReason::Utf16Nul,
                    )
                } else {
                    (
                        "an unpaired UTF-16 surrogate; save the file as UTF-8",
                        DecodeReason::Utf16Surrogate,
                    )
                },
            )
        } else {
            (
                hex(&bytes[start..end]),
                (
                    "the file ends halfway through a UTF-16 character: it is cut short; save it again as UTF-8",
                    DecodeReason::Utf16Truncated,
                ),
            )
        }
    } else if bytes[start..end] == [0] {
        (
            hex(&bytes[start..end]),
            (
                "a NUL byte: this looks like a binary file, not a plan",
                DecodeReason::Big5Nul,
            ),
        )
    } else {
        (
            hex(&bytes[start..end]),
            (
                "not a Big5-HKSCS character; the file may be in another encoding: save it as UTF-8",
                DecodeReason::NotBig5,
            ),
        )
    };
    Err(DecodeError {
        encoding: name,
        line,
        column,
        offset: start,
        found,
        hint,
        reason,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The room set aside for a large plan's lines is exactly what they
        /// take, so the vector never grows by doubling.
        #[test]
        fn line_count_is_the_lines(text in "(\u{feff})?([a\t ]|\r|\n|\r\n){0,40}") {
            proptest::prop_assert_eq!(line_count(&text), lines(&text).count());
        }
    }

    /// Text past the limit is refused, naming the line the limit falls on
    /// and the size found (the real limit is 4 GiB; a small one stands in).
    #[test]
    fn text_past_the_limit_is_refused() {
        let text = "局\n數據\r\nabc";
        assert!(within(text, text.len()).is_ok());
        let error = within(text, 8).unwrap_err();
        assert_eq!(error.reason, DecodeReason::TooLarge);
        // The limit falls inside `據`: the error points at its first byte.
        assert_eq!((error.line, error.column, error.offset), (2, 4, 7));
        assert_eq!(error.found, format!("{} bytes", text.len()));
        let message = error.message(crate::i18n::messages(crate::model::Language::En));
        assert!(message.contains("more than 4 GiB by line 2"), "{message}");
        assert_eq!(message, error.to_string());
    }

    #[test]
    fn decoding_owned_bytes_gives_what_decoding_a_borrow_gives() {
        let large = "數據\t".repeat(COPIED / 7 + 1);
        let cases: Vec<(Vec<u8>, Encoding)> = vec![
            ("數據集\tCSV\n".into(), Encoding::Utf8),
            (b"\xEF\xBB\xBF\xE6\x95\xB8".to_vec(), Encoding::Big5Hkscs),
            (b"\xFF\xFEa\x00".to_vec(), Encoding::Utf8),
            (b"\xB8\xEA\xAE\xC6".to_vec(), Encoding::Big5Hkscs),
            (b"ok\n\xB8\xEA".to_vec(), Encoding::Utf8),
            (b"a\x00b".to_vec(), Encoding::Utf8),
            (b"\xE6\x95".to_vec(), Encoding::Utf8),
            (large.clone().into_bytes(), Encoding::Utf8),
            ([large.as_bytes(), b"\xFF"].concat(), Encoding::Utf8),
        ];
        for (bytes, encoding) in cases {
            let borrowed = decode_as(&bytes, encoding)
                .map(|text| (text.to_string(), matches!(text, Cow::Borrowed(_))));
            assert_eq!(decode_owned(bytes.clone(), encoding), borrowed, "{bytes:?}");
        }
    }

    #[test]
    fn line_breaks_and_bom() {
        let src = "\u{feff}a\r\nb\rc\n";
        let ls: Vec<_> = lines(src).collect();
        let texts: Vec<_> = ls.iter().map(|l| l.text).collect();
        assert_eq!(texts, ["a", "b", "c", ""]);
        assert_eq!(ls[0].start, 3);
        assert_eq!(ls[1].start, 6);
        assert_eq!(lines("").count(), 1);
        assert_eq!(lines("\r\n").map(|l| l.text).collect::<Vec<_>>(), ["", ""]);
    }

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
        assert!(err.hint.contains("--encoding big5-hkscs"), "{}", err.hint);
    }

    #[test]
    fn decodes_big5_hkscs_on_request() {
        // 數據 in Big5, then Ê̄ (two code points), from the Hong Kong supplement.
        let bytes = b"ok\n\xBC\xC6\xBE\xDA\n\x88\x62";
        let text = decode_as(bytes, Encoding::Big5Hkscs).unwrap();
        let (expected, _, _) = encoding_rs::BIG5.decode(bytes);
        assert_eq!(text, expected);
        assert!(text.starts_with("ok\n數據\n"));
        // A byte order mark still wins.
        assert_eq!(
            decode_as(b"\xEF\xBB\xBFa", Encoding::Big5Hkscs).unwrap(),
            "\u{feff}a"
        );
        // A byte that is no Big5 lead byte, on line 2 after two characters.
        let err = decode_as(b"ok\n\xBC\xC6\x80", Encoding::Big5Hkscs).unwrap_err();
        assert_eq!((err.line, err.column, err.offset), (2, 3, 5));
        assert_eq!(err.found, "0x80");
        assert_eq!(err.encoding, "Big5-HKSCS");
    }

    /// Lines were counted at LF only, so an error after lone CRs (old Mac
    /// line ends, which the grammar reads as line breaks) was put on line 1.
    #[test]
    fn counts_lines_as_the_grammar_does() {
        let err = decode(b"a\rb\r\nc\xBC").unwrap_err();
        assert_eq!((err.line, err.column, err.offset), (3, 2, 6));
    }

    /// A byte column on line 1 counts the byte order mark, as an editor's
    /// byte offset does.
    #[test]
    fn error_columns_on_line_one_count_the_bom_bytes() {
        let err = decode(b"\xEF\xBB\xBFab\xBC").unwrap_err();
        assert_eq!((err.line, err.column, err.offset), (1, 6, 5));
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
