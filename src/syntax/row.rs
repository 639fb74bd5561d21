//! `row = data-row | not-applicable-row | group-row | continuation-row`:
//! which of the four a line under a header is.

use std::sync::Arc;

use super::line::Line;
use crate::model::{Cell, Fields, Row, RowKind, Span, Table, Text};
use crate::vocab::Lexicon;

/// Where the rows of one table stand: the group row above, and whether a
/// page break came since the last row.
#[derive(Debug, Default)]
pub struct RowState {
    /// The group row (ITC layout) the next data rows sit under.
    pub group: Option<Arc<Text>>,
    /// A blank line, or the header repeated at the top of a page, since the
    /// last row.
    pub page_break: bool,
}

/// Places a row line into `table`; `source` is the whole text the line is
/// in. A continuation row with no data row above it fits nowhere: the
/// reason is returned.
pub fn row(
    source: &str,
    table: &mut Table,
    line: &Line<'_>,
    cells: &[Cell],
    state: &mut RowState,
    lexicon: &Lexicon,
) -> Result<(), &'static str> {
    let first_empty = cells.first().is_none_or(Cell::is_empty);
    let rest_empty = cells.iter().skip(1).all(Cell::is_empty);
    let after_break = std::mem::replace(&mut state.page_break, false);
    let not_applicable = is_not_applicable(source, cells, lexicon);
    // After a page break, a row without a number goes on with the row
    // above; right after a row it is a data row that lacks its number.
    if first_empty && after_break && !not_applicable {
        let Some(previous) = table.rows.last_mut().filter(|r| r.kind == RowKind::Data) else {
            return Err(super::REASON_LONE_CONTINUATION);
        };
        merge(source, previous, cells, line.span());
        table.span = table.span.to(line.span());
        return Ok(());
    }
    table.span = table.span.to(line.span());
    if not_applicable {
        table
            .rows
            .push(new_row(RowKind::NotApplicable, line, cells, None));
        return Ok(());
    }
    if !first_empty && rest_empty && !looks_numbered(cells[0].text(source)) {
        let name = &cells[0];
        state.group = Some(Arc::new(Text {
            text: name.text(source).to_owned(),
            span: name.span,
        }));
        table.rows.push(new_row(RowKind::Group, line, cells, None));
        return Ok(());
    }
    let group = state.group.clone();
    table.rows.push(new_row(RowKind::Data, line, cells, group));
    Ok(())
}

/// Whether a row marks its table empty on purpose: every filled cell says
/// not applicable (`\t不適用\t…`, `\tN/A\t…`, or the word in the first cell).
#[must_use]
pub fn is_not_applicable(source: &str, cells: &[Cell], lexicon: &Lexicon) -> bool {
    let mut filled = cells.iter().filter(|c| !c.is_empty()).peekable();
    filled.peek().is_some() && filled.all(|c| lexicon.is_not_applicable(c.text(source)))
}

/// Whether a first cell reads as a row number (`12`, `１２`, `12.`, `(12)`),
/// so that a row holding only it is a data row with empty cells, not a group.
#[must_use]
pub fn looks_numbered(text: &str) -> bool {
    let core = text
        .trim_start_matches(['(', '（'])
        .trim_end_matches(['.', '．', '、', ')', '）']);
    !core.is_empty()
        && core
            .chars()
            .all(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
}

fn new_row(kind: RowKind, line: &Line<'_>, cells: &[Cell], group: Option<Arc<Text>>) -> Row {
    Row {
        kind,
        line: u32::try_from(line.index + 1).unwrap_or(u32::MAX),
        span: line.trimmed().0,
        cells: Box::from(cells),
        continuations: thin_vec::ThinVec::new(),
        group,
        fields: Fields::default(),
    }
}

/// Merges a continuation line's cells (fresh from one line, each on it)
/// into the row it continues.
fn merge(source: &str, row: &mut Row, cells: &[Cell], line: Span) {
    row.continuations.push(line);
    // A row's cells are an exact slice; merging, which few rows need,
    // makes it again.
    let mut merged = std::mem::take(&mut row.cells).into_vec();
    for (i, cell) in cells.iter().enumerate() {
        if cell.is_empty() {
            continue;
        }
        while merged.len() <= i {
            let at = merged.last().map_or(row.span.end(), |c| c.span.end());
            merged.push(Cell::empty(at));
        }
        merged[i].push(cell.span, source);
    }
    row.cells = merged.into_boxed_slice();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        for number in ["12", "１２", "12.", "(12)", "（3）", "4、"] {
            assert!(looks_numbered(number), "{number}");
        }
        for text in ["", "()", "12a", "創新及科技基金 (ITF)"] {
            assert!(!looks_numbered(text), "{text}");
        }
    }
}
