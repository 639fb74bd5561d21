//! The grammar: plan text in, [`Document`] out. It never fails and never panics.
//!
//! ```text
//! document   = blank* title section+ footer? blank*
//! title      = issuer-line blank* plan-title-line
//! section    = section-heading (note | org-heading | subsection | table | blank)*
//! subsection = subsection-heading (note | table | blank)*
//! table      = header-row (row | blank)*
//! row        = data-row | not-applicable-row | group-row | continuation-row
//! footer     = issuer-line date-line
//! ```
//!
//! Parsing goes in two passes, in the shape of the grammar:
//!
//! 1. [`classify`] reads each line once, on its own, into a [`LineKind`]
//!    (blank, section heading, subsection heading, organisation heading,
//!    note, row, text): the terminals. The small parsers for headings and
//!    cell values are nom parsers ([`heading`], [`value`]).
//! 2. The builder places the classified lines, one method per production:
//!
//! | production | where |
//! |---|---|
//! | `document` | `builder::document` |
//! | `title` | `Builder::title` |
//! | `section` | `Builder::section` (`org-heading`: `Builder::organization`, `note`: `Builder::note`) |
//! | `subsection` | `Builder::subsection` |
//! | `table`, `header-row` | `Builder::table`, [`table::header`] |
//! | `row` | [`row::row`] |
//! | `footer` | [`footer::find`] |
//!
//! Every word of any language (heading forms, not-applicable words, note
//! markers, month names, title separators) comes from the
//! [`Lexicon`](crate::vocab::Lexicon); header words from the vocabularies. A
//! line that fits nowhere becomes an [`Unrecognized`](crate::model::Unrecognized)
//! node, and parsing goes on.

mod builder;
pub mod classify;
pub mod footer;
pub mod heading;
pub mod line;
pub mod row;
pub mod table;
pub mod value;

pub use classify::{LineKind, classify};

use crate::model::Document;
use crate::vocab::Vocabulary;

// Why a line is unrecognized ([`crate::model::Unrecognized::reason`]), in
// English; `unrecognized-line` says it in the catalogue's language.

/// A table row above every section heading.
pub const REASON_ROW_BEFORE_SECTION: &str = "table row before the first section heading";
/// Text after a stray row and above every section heading.
pub const REASON_TEXT_BEFORE_SECTION: &str = "text before the first section heading";
/// More text after the issuer line and the title.
pub const REASON_AFTER_TITLE: &str = "text between the title and the first section";
/// A table row with no header row above it.
pub const REASON_ROW_BEFORE_HEADER: &str = "table row before any header row";
/// Text that fits no production.
pub const REASON_STRAY_TEXT: &str = "text that is no heading, note or TAB-separated table row";
/// A continuation row at the top of a table.
pub const REASON_LONE_CONTINUATION: &str = "continuation row with no data row above it to continue";

/// Parses `source` with the built-in vocabularies.
#[must_use]
pub fn parse(source: &str) -> Document {
    parse_with(source, Vocabulary::builtin())
}

/// Parses `source`, recognising header cells with `vocab` and words with
/// its lexicon.
#[must_use]
pub fn parse_with(source: &str, vocab: &Vocabulary) -> Document {
    builder::document(source, vocab)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Cell, DataKind, Field, RowKind};

    #[test]
    fn never_panics_on_odd_input() {
        for input in [
            "",
            "\t",
            "\n\n",
            "A. x\n\t\t",
            "A. x\n#\t數據集名稱\n\t\t\n\tx",
            "\u{feff}",
            "\r",
        ] {
            let _ = parse(input);
        }
    }

    const TOP: &str = "局\n\n2022至2024年的開放數據計劃\n\nD. 進度\n\n";

    /// The category／name split kept only the first line's span for text that
    /// came partly from a continuation line, so the spans no longer sliced
    /// the category's and the name's text.
    #[test]
    fn category_name_split_on_a_continuation_line() {
        let source = format!(
            "{TOP}#\t數據種類／數據集名稱\t發放日期 (月/年)\n1\t工商業\t01/2019\n\n\t補充／名單\t"
        );
        let doc = parse(&source);
        assert!(doc.unrecognized.is_empty(), "{:?}", doc.unrecognized);
        let row = &doc.sections[0].tables[0].rows[0];
        let slices = |cell: &Cell| -> Vec<&str> {
            cell.spans()
                .map(|s| s.slice(&source))
                .filter(|s| !s.is_empty())
                .collect()
        };
        let category = row.get(Field::Category).unwrap();
        assert_eq!(category.text(&source), "工商業 補充");
        assert_eq!(slices(category), ["工商業", "補充"]);
        let name = row.get(Field::Name).unwrap();
        assert_eq!(name.text(&source), "名單");
        assert_eq!(slices(name), ["名單"]);
        assert!(name.span.is_empty());
    }

    /// A row without a number after a page break, with no data row above it,
    /// became a data row; it continues nothing, so it is reported.
    #[test]
    fn lone_continuation_is_unrecognized() {
        let header = "編號\t數據種類\t數據集名稱\t一般說明\t發放日期 (月/年)\t更新頻率\n";
        for rows in ["\n\t\t\t說明\t\t", "組別\t\t\t\t\t\n\n\t\t\t說明\t\t"] {
            let doc = parse(&format!("{TOP}{header}{rows}"));
            assert_eq!(doc.unrecognized.len(), 1, "{rows:?}");
            assert!(doc.sections[0].tables[0].data_rows().next().is_none());
        }
    }

    /// A header repeated at the top of a new page ended the page break, so the
    /// continuation under it became a data row without a number.
    #[test]
    fn repeated_header_continues_the_table_over_a_page_break() {
        let header = "編號\t數據種類\t數據集名稱\t一般說明\t發放日期 (月/年)\t更新頻率\n";
        for gap in ["\n", "", "\n\n"] {
            let source = format!(
                "{TOP}{header}1\t財經\t甲\t說明\t01/2019\t每年\n{gap}{header}\t\t\t續\t\t\n2\t財經\t乙\t說明\t01/2019\t每年"
            );
            let doc = parse(&source);
            assert!(doc.unrecognized.is_empty(), "{gap:?}");
            let tables = &doc.sections[0].tables;
            assert_eq!(tables.len(), 1, "{gap:?}");
            let rows: Vec<_> = tables[0]
                .rows
                .iter()
                .map(|r| (r.kind, r.number(&source)))
                .collect();
            assert_eq!(rows, [(RowKind::Data, Some(1)), (RowKind::Data, Some(2))]);
            let description = tables[0].rows[0].get(Field::Description).unwrap();
            assert_eq!(description.text(&source), "說明 續");
            assert_eq!(tables[0].span.end(), source.len());
        }
    }

    /// A footer whose lines ended in TABs, as lines exported from a table do,
    /// was read as two rows of the last table (a group row and a stray line).
    #[test]
    fn footer_lines_may_end_in_tabs() {
        let header = "編號\t數據種類\t數據集名稱\t一般說明\t發放日期 (月/年)\t更新頻率\n";
        let row = "1\t財經\t甲\t說明\t01/2019\t每年\n";
        for footer in [
            "\n局\t\n2023年12月",
            "局\t\t\t\n2023年12月\t\t",
            "\n局\nDec 2023\t",
        ] {
            let source = format!("{TOP}{header}{row}{footer}");
            let doc = parse(&source);
            assert!(doc.unrecognized.is_empty(), "{footer:?}");
            assert_eq!(doc.sections[0].tables[0].rows.len(), 1, "{footer:?}");
            let footer_node = doc.footer.as_ref().unwrap();
            assert_eq!(footer_node.issuer.text, "局");
            assert_eq!(footer_node.published.month, 12);
        }
        // A not-applicable row and a group row stay rows even before a month.
        for last in ["\t不適用\t\t\t\t\t\n2023年12月", "12\t\t\t\t\t\n2023年12月"] {
            let doc = parse(&format!("{TOP}{header}{last}"));
            assert!(doc.footer.is_none(), "{last:?}");
            assert_eq!(doc.sections[0].tables[0].rows.len(), 1, "{last:?}");
        }
    }

    /// Headings and notes whose lines ended in TABs were read as table rows:
    /// a section heading became a group row of the table before it, and the
    /// rows after it stayed in that table.
    #[test]
    fn headings_may_end_in_tabs() {
        let header = "編號\t數據種類\t數據集名稱\t一般說明\t發放日期 (月/年)\t更新頻率\n";
        let row = "1\t財經\t甲\t說明\t01/2019\t每年\n";
        let source = format!(
            "{TOP}i. 空間數據\t\t\n備註：說明\t\n{header}{row}(1) 機構\t\t\t\nD. 再一節\t\t\t\t\t\n{header}{row}"
        );
        let doc = parse(&source);
        assert!(doc.unrecognized.is_empty(), "{:?}", doc.unrecognized);
        assert_eq!(doc.sections.len(), 2);
        assert_eq!(doc.sections[0].notes.len(), 1);
        let table = &doc.sections[0].tables[0];
        assert_eq!(table.kind, Some(DataKind::Spatial));
        assert_eq!(table.rows.len(), 1);
        assert_eq!(doc.sections[1].heading.text, "再一節");
        assert_eq!(doc.sections[1].tables[0].rows.len(), 1);
        // So may the issuer and title lines.
        let doc = parse(&format!(
            "局\t\t\n\n2024-2026年度開放數據計劃\t\n\nD. 進度\t\n\n{header}{row}"
        ));
        assert!(doc.unrecognized.is_empty(), "{:?}", doc.unrecognized);
        assert_eq!(doc.issuer.as_ref().unwrap().text, "局");
        assert!(doc.years.is_some());
        // Text in more than the first cell is a row, heading-like or not.
        let doc = parse(&format!("{TOP}{header}{row}備註：\t說明\t\t\t\t"));
        assert_eq!(doc.sections[0].tables[0].rows.len(), 2);
    }

    /// `不適用` in the first cell made a group row named 不適用, and a marker
    /// with a full stop was a data row.
    #[test]
    fn not_applicable_markers() {
        let header = "編號\t數據種類\t數據集名稱\t一般說明\t發放日期 (月/年)\t更新頻率\n";
        for row in [
            "\t不適用\t\t\t\t",
            "不適用\t\t\t\t\t",
            "\tN/A\t\t\t\t",
            "\tNot applicable.\t\t\t\t",
            "\t不適用。\t\t\t\t",
            "\t不適用\t不適用\t不適用\t\t",
        ] {
            let doc = parse(&format!("{TOP}{header}{row}"));
            let kinds: Vec<_> = doc.sections[0].tables[0]
                .rows
                .iter()
                .map(|r| r.kind)
                .collect();
            assert_eq!(kinds, [RowKind::NotApplicable], "{row:?}");
        }
    }

    /// A row holding only a number written `１２` or `12.` was taken for a
    /// group heading; it is a data row whose other cells are empty.
    #[test]
    fn number_only_rows_are_data_rows() {
        let header = "#\t數據種類／數據集名稱\t發放日期 (月/年)\t更新頻率\t備註\n";
        for number in ["12", "１２", "12.", "(12)"] {
            let doc = parse(&format!("{TOP}{header}{number}\t\t\t\t"));
            let kinds: Vec<_> = doc.sections[0].tables[0]
                .rows
                .iter()
                .map(|r| r.kind)
                .collect();
            assert_eq!(kinds, [RowKind::Data], "{number:?}");
        }
        let doc = parse(&format!("{TOP}{header}創新及科技基金 (ITF)\t\t\t\t"));
        assert_eq!(doc.sections[0].tables[0].rows[0].kind, RowKind::Group);
    }
}
