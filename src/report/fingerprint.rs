//! Stable identities of findings, for formats that track them across runs.
//!
//! A finding is identified by its rule, the text of the line it starts on
//! (trimmed), and how many findings before it in the same file share both.
//! On a line longer than [`LONG_LINE`] bytes only the text within
//! [`RADIUS`] bytes either side of the finding's start counts, so that the
//! cost of a finding does not grow with its line.
//! The identity survives lines being inserted or removed above it, and
//! changes when the offending line itself changes, as code scanning and
//! GitLab expect. The hash is 64-bit FNV-1a: fixed by its definition, so the
//! same finding hashes the same with every build of planlint.

use std::collections::HashMap;

use super::FileReport;
use crate::line_index::ColumnUnit;

/// The most bytes of a line hashed whole.
pub(super) const LONG_LINE: usize = 4096;

/// On longer lines, how far either side of a finding's start its window reaches.
pub(super) const RADIUS: usize = 512;

/// The identity of one finding in its file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct LineHash {
    /// FNV-1a of the rule id and the trimmed line.
    pub hash: u64,
    /// 1-based: how many findings up to this one in the file have the same hash.
    pub occurrence: usize,
}

impl std::fmt::Display for LineHash {
    /// `hash:occurrence`, the shape of GitHub's own `primaryLocationLineHash`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:016x}:{}", self.hash, self.occurrence)
    }
}

/// The identity of each of `file`'s findings, in order.
pub(super) fn line_hashes(file: &FileReport<'_>) -> Vec<LineHash> {
    let mut seen: HashMap<u64, usize> = HashMap::new();
    file.diagnostics
        .iter()
        .map(|d| {
            let line = file
                .index
                .position(file.source, d.span.offset(), ColumnUnit::Utf8)
                .line;
            let text = window(
                file.source,
                file.index.line_range(file.source, line),
                d.span.offset(),
            );
            let hash = fnv1a([d.rule.as_bytes(), b"\0", text.as_bytes()]);
            let occurrence = seen.entry(hash).or_default();
            *occurrence += 1;
            LineHash {
                hash,
                occurrence: *occurrence,
            }
        })
        .collect()
}

/// The trimmed text of the line at `range` that identifies a finding at
/// `offset`: the whole line, or on a long line the bytes within [`RADIUS`]
/// of `offset` (widened to character boundaries).
fn window(source: &str, range: std::ops::Range<usize>, offset: usize) -> &str {
    if range.len() <= LONG_LINE {
        return source[range].trim();
    }
    let start =
        crate::source::floor_char_boundary(source, offset.saturating_sub(RADIUS).max(range.start));
    let end =
        crate::source::ceil_char_boundary(source, offset.saturating_add(RADIUS).min(range.end));
    source[start..end].trim()
}

/// 64-bit FNV-1a over the concatenation of `parts`.
pub(super) fn fnv1a<'a>(parts: impl IntoIterator<Item = &'a [u8]>) -> u64 {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut hash = OFFSET;
    for part in parts {
        for &byte in part {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(PRIME);
        }
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Diagnostic;
    use crate::line_index::LineIndex;
    use crate::model::Span;

    #[test]
    fn fnv1a_matches_the_published_vectors() {
        assert_eq!(fnv1a([&b""[..]]), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a([&b"a"[..]]), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a([&b"foo"[..]]), 0xdcb2_7518_fed9_d577);
    }

    fn hashes(source: &str, offsets: &[usize]) -> Vec<LineHash> {
        let index = LineIndex::new(source);
        let diagnostics: Vec<Diagnostic> = offsets
            .iter()
            .map(|&o| Diagnostic::new("some-rule", Span::new(o, o + 1), "m"))
            .collect();
        line_hashes(&FileReport {
            path: "p.txt",
            source,
            index: &index,
            diagnostics: &diagnostics,
            others: &(),
            language: crate::model::Language::En,
        })
    }

    #[test]
    fn identity_survives_moved_lines_and_counts_repeats() {
        let before = hashes("a\n  bad line\nbad line", &[2, 13]);
        let after = hashes("new\na\nbad line \nbad line", &[6, 16]);
        assert_eq!(before, after);
        assert_eq!(
            before.iter().map(|h| h.occurrence).collect::<Vec<_>>(),
            [1, 2]
        );
        assert_ne!(hashes("other line", &[0])[0].hash, before[0].hash);
    }

    /// Each finding hashed its whole line: 100,000 findings on one 10 MB
    /// line hashed a terabyte. On long lines a window around the finding
    /// is hashed: findings far apart on one line differ, an edit far away
    /// leaves a finding's identity alone, and short lines hash as before.
    #[test]
    fn long_lines_hash_a_window_around_the_finding() {
        let long = "數".repeat(10_000);
        let source = format!("{long}x{long}y{long}");
        let x = source.find('x').unwrap();
        let y = source.find('y').unwrap();
        let both = hashes(&source, &[x, y]);
        assert_ne!(both[0].hash, both[1].hash);
        let edited = source.replacen('y', "z", 1);
        assert_eq!(hashes(&edited, &[x])[0], both[0]);
        assert_ne!(hashes(&edited, &[y])[0].hash, both[1].hash);
        assert_eq!(window("  ab  ", 0..6, 2), "ab");
    }
}
