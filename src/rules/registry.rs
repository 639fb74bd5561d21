//! Every rule, one line each, sorted by id.

use super::{
    CellCount, DateOutOfRange, DuplicateNumber, EmptyCell, HtmlMarkup, MalformedDate,
    MissingFormat, MissingStructure, NotApplicableWithRows, NumberSequence, OutdatedCategory, Rule,
    UnknownCategory, UnknownFrequency, UnknownHeader, UnrecognizedLine,
};

/// Every rule planlint knows, sorted by id (a meta test keeps it so).
pub static RULES: &[&dyn Rule] = &[
    &CellCount,
    &DateOutOfRange,
    &DuplicateNumber,
    &EmptyCell,
    &HtmlMarkup,
    &MalformedDate,
    &MissingFormat,
    &MissingStructure,
    &NotApplicableWithRows,
    &NumberSequence,
    &OutdatedCategory,
    &UnknownCategory,
    &UnknownFrequency,
    &UnknownHeader,
    &UnrecognizedLine,
];

/// The rule with `id`, if any.
#[must_use]
pub fn find(id: &str) -> Option<&'static dyn Rule> {
    RULES.iter().copied().find(|r| r.meta().id == id)
}
