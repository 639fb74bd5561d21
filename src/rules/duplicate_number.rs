//! `duplicate-number`: a row number used twice in one table.

use rustc_hash::FxHashMap as HashMap;

use super::{Context, Findings, Rule};
use crate::declare_rule;
use crate::model::{Field, RowKind};
use crate::diagnostic::Severity;

declare_rule! {
    /// ## What it does
    /// Reports a row number used a second time in the same numbering run.
    /// Each table numbers its own rows; tables with group rows (one heading
    /// per fund or programme) number straight through the groups, so a
    /// number may not repeat under a later group either.
    ///
    /// ## Why is this bad?
    /// Plans are discussed by row number ("item 12 of section D"); two rows
    /// with one number make every such reference ambiguous, and usually mean
    /// a row was copied and not renumbered.
    ///
    /// ## Example
    /// ```text
    /// 編號	數據種類	數據集名稱	一般說明	目標發放日期 (月/年)	更新頻率
    /// 1	財經	開支資料	數據以 CSV 格式提供	03/2024	每年
    /// 1	財經	收入資料	數據以 CSV 格式提供	03/2024	每年
    /// ```
    /// Use instead:
    /// ```text
    /// 編號	數據種類	數據集名稱	一般說明	目標發放日期 (月/年)	更新頻率
    /// 1	財經	開支資料	數據以 CSV 格式提供	03/2024	每年
    /// 2	財經	收入資料	數據以 CSV 格式提供	03/2024	每年
    /// ```
    pub struct DuplicateNumber => "duplicate-number", Some(Severity::Error);
}

/// The row that first used each number: row numbers are mostly 1 to the
/// row count, so those up to a bound are kept in a vector (4 bytes a
/// number, a tenth of a hash map's room), any others in a map.
struct FirstUse {
    /// For each number up to the bound, the index of its row plus one.
    dense: Vec<u32>,
    /// The numbers past the bound.
    sparse: HashMap<u32, u32>,
    /// The largest number kept in `dense`.
    bound: usize,
}

impl FirstUse {
    fn new(rows: usize) -> Self {
        Self {
            dense: Vec::new(),
            sparse: HashMap::default(),
            bound: rows.saturating_mul(2).saturating_add(64),
        }
    }

    /// The index of the row that first used `number`, after noting `index`
    /// as using it when none did.
    fn first(&mut self, number: u32, index: u32) -> Option<u32> {
        let at = number as usize;
        if at > self.bound {
            let first = self.sparse.get(&number).copied();
            self.sparse.entry(number).or_insert(index);
            return first;
        }
        if self.dense.len() <= at {
            self.dense.resize(at + 1, 0);
        }
        match self.dense[at] {
            0 => {
                self.dense[at] = index.saturating_add(1);
                None
            }
            first => Some(first - 1),
        }
    }
}

impl Rule for DuplicateNumber {
    fn check(&self, context: &Context<'_>, findings: &mut Findings<'_>) {
        for (_, table) in context.document.tables() {
            let mut first_use = FirstUse::new(table.rows.len());
            let numbered = table.rows.iter().enumerate().filter_map(|(i, row)| {
                if row.kind != RowKind::Data {
                    return None;
                }
                Some((u32::try_from(i).ok()?, row.number(context.source)?, row.get(Field::Number)?))
            });
            for (index, number, cell) in numbered {
                let Some(first) = first_use.first(number, index) else {
                    continue;
                };
                let first = &table.rows[first as usize];
                let first_span = first.get(Field::Number).map_or(first.span, |c| c.span);
                let m = context.messages;
                findings.push(
                    findings
                        .at(cell.span, crate::t!(m, "duplicate-number", number = number))
                        .with_label(crate::t!(m, "duplicate-number.label"))
                        .with_secondary(
                            first_span,
                            crate::t!(m, "duplicate-number.first", line = first.line),
                        )
                        .with_help(crate::t!(m, "duplicate-number.help")),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// Numbers kept in the vector and in the map give the first row
        /// that used them, as one map would.
        #[test]
        fn first_use_is_the_first_row(numbers in proptest::collection::vec(
            proptest::prop_oneof![0u32..40, proptest::num::u32::ANY], 0..60,
        )) {
            let mut first_use = FirstUse::new(numbers.len() / 4);
            let mut expected: HashMap<u32, u32> = HashMap::default();
            for (index, &number) in (0..).zip(&numbers) {
                let want = expected.get(&number).copied();
                expected.entry(number).or_insert(index);
                proptest::prop_assert_eq!(first_use.first(number, index), want);
            }
        }
    }
}
