//! `translation-mismatch`: language versions of one plan that disagree.

use std::collections::BTreeSet;

use super::{PlanRef, Workspace, WorkspaceFindings, WorkspaceRule};
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, Severity, snippet};
use crate::model::{Cell, Column, Language, Row, RowKind, Section, Span, Table};

declare_rule! {
    /// ## What it does
    /// Reports where the language versions of one plan (the same issuer and
    /// plan years in Traditional Chinese, Simplified Chinese and English)
    /// disagree: a section, table or row present in one and not the other,
    /// or a row whose number, date, update frequency, data category or
    /// formats differ, or a table that is marked not applicable in one
    /// version only. Frequencies are compared by meaning (每季 is
    /// `Quarterly`), categories by their DATA.GOV.HK id (財經 is `Finance`).
    /// The finding underlines the cell in the plan being checked and points
    /// at the other version's cell.
    ///
    /// ## Why is this bad?
    /// The three versions are one commitment. Readers of the English plan
    /// and of the Chinese plan must be promised the same datasets on the
    /// same dates; a date corrected in one version only leaves the public
    /// with two different promises.
    ///
    /// ## Example
    /// The Chinese version promises:
    /// ```text
    /// 1	財經	開支資料	數據以 CSV 格式提供	03/2024	每年
    /// ```
    /// and the English version says `06/2024` for the same row.
    /// Use instead: the same date in both:
    /// ```text
    /// 1	財經	開支資料	數據以 CSV 格式提供	03/2024	每年
    /// ```
    pub struct TranslationMismatch => "translation-mismatch", Some(Severity::Error);
}

impl WorkspaceRule for TranslationMismatch {
    fn check(&self, workspace: &Workspace<'_>, findings: &mut WorkspaceFindings<'_>) {
        for plan in workspace.plans {
            if !findings.reports_on(plan) {
                continue;
            }
            let mut out = Vec::new();
            for other in workspace.versions_of(plan) {
                Compare {
                    here: plan,
                    there: other,
                    findings,
                    out: &mut out,
                }
                .plans();
            }
            // A cell that disagrees with two versions is one finding with a
            // label in each.
            let mut merged: Vec<Diagnostic> = Vec::new();
            for finding in out {
                match merged.iter_mut().find(|f| f.span == finding.span) {
                    Some(first) => first.secondary.extend(finding.secondary),
                    None => merged.push(finding),
                }
            }
            for finding in merged {
                findings.push(plan, finding);
            }
        }
    }
}

/// `the English version` and the like.
fn version(language: Language) -> &'static str {
    match language {
        Language::ZhHant => "the Traditional Chinese version",
        Language::ZhHans => "the Simplified Chinese version",
        Language::En => "the English version",
    }
}

struct Compare<'a, 'w> {
    here: &'a PlanRef<'a>,
    there: &'a PlanRef<'a>,
    findings: &'a WorkspaceFindings<'w>,
    out: &'a mut Vec<Diagnostic>,
}

impl Compare<'_, '_> {
    fn other(&self) -> &'static str {
        version(self.there.identity.language)
    }

    fn report(&mut self, span: Span, message: String, label: String, there: Span, note: String) {
        let finding = self
            .findings
            .at(span, message)
            .with_label(label)
            .with_secondary_in(self.there.file, there, note)
            .with_help(format!(
                "make both versions say the same, or correct {}",
                self.other()
            ));
        self.out.push(finding);
    }

    fn title_span(plan: &PlanRef<'_>) -> Span {
        plan.document
            .title
            .as_ref()
            .map_or(Span::empty(0), |t| t.span)
    }

    fn plans(&mut self) {
        let (here, there) = (self.here.document, self.there.document);
        for section in &there.sections {
            if here.sections.iter().all(|s| s.letter != section.letter) {
                self.report(
                    Self::title_span(self.here),
                    format!(
                        "section {} of {} is missing here",
                        section.letter,
                        self.other()
                    ),
                    format!("no section {} in this plan", section.letter),
                    section.heading_span,
                    format!("section {} is here", section.letter),
                );
            }
        }
        for section in &here.sections {
            let Some(other) = there.sections.iter().find(|s| s.letter == section.letter) else {
                self.report(
                    section.heading_span,
                    format!(
                        "section {} is not in {}",
                        section.letter,
                        self.other()
                    ),
                    "no such section there".to_owned(),
                    Self::title_span(self.there),
                    "this version has no such section".to_owned(),
                );
                continue;
            };
            self.sections(section, other);
        }
    }

    fn sections(&mut self, here: &Section, there: &Section) {
        for (i, table) in here.tables.iter().enumerate() {
            match there.tables.get(i) {
                Some(other) => self.tables(table, other),
                None => self.report(
                    table.header.span,
                    format!(
                        "table {} of section {} is not in {}",
                        i + 1,
                        here.letter,
                        self.other()
                    ),
                    "an extra table".to_owned(),
                    there.heading_span,
                    format!(
                        "section {} has {} table{} here",
                        there.letter,
                        there.tables.len(),
                        crate::diagnostic::plural(there.tables.len())
                    ),
                ),
            }
        }
        for (i, table) in there.tables.iter().enumerate().skip(here.tables.len()) {
            self.report(
                here.heading_span,
                format!(
                    "table {} of section {} in {} is missing here",
                    i + 1,
                    there.letter,
                    self.other()
                ),
                "a table is missing from this section".to_owned(),
                table.header.span,
                "this table".to_owned(),
            );
        }
    }

    fn tables(&mut self, here: &Table, there: &Table) {
        match (here.not_applicable(), there.not_applicable()) {
            (Some(row), None) => {
                let rows = there.data_rows().count();
                self.report(
                    row.span,
                    format!(
                        "this table is marked not applicable, but {} lists {} row{}",
                        self.other(),
                        rows,
                        crate::diagnostic::plural(rows)
                    ),
                    "not applicable here".to_owned(),
                    there.header.span,
                    "a table with rows".to_owned(),
                );
                return;
            }
            (None, Some(row)) => {
                self.report(
                    here.header.span,
                    format!("this table is marked not applicable in {}", self.other()),
                    "a table with rows here".to_owned(),
                    row.span,
                    "not applicable there".to_owned(),
                );
                return;
            }
            _ => {}
        }
        let mine: Vec<&Row> = here.data_rows().collect();
        let theirs: Vec<&Row> = there.data_rows().collect();
        if mine.len() == theirs.len() {
            for (a, b) in mine.iter().zip(&theirs) {
                self.rows(here, a, there, b, true);
            }
            return;
        }
        // Rows are missing on one side: pair them by number.
        for row in &mine {
            match row.number().and_then(|n| theirs.iter().find(|r| r.number() == Some(n))) {
                Some(other) => self.rows(here, row, there, other, false),
                None => self.report(
                    row.fields.number.as_ref().map_or(row.span, |c| c.span),
                    format!(
                        "row {} is not in {}",
                        row.number().map_or_else(|| "?".to_owned(), |n| n.to_string()),
                        self.other()
                    ),
                    "no such row there".to_owned(),
                    there.header.span,
                    format!(
                        "this table has {} row{} there",
                        theirs.len(),
                        crate::diagnostic::plural(theirs.len())
                    ),
                ),
            }
        }
        for row in &theirs {
            let number = row.number();
            if number.is_some() && mine.iter().any(|r| r.number() == number) {
                continue;
            }
            let shown = number.map_or_else(|| "?".to_owned(), |n| n.to_string());
            let name = row
                .fields
                .name
                .as_ref()
                .map(|c| format!(" (`{}`)", snippet(&c.text, 30)))
                .unwrap_or_default();
            self.report(
                here.header.span,
                format!("row {shown}{name} of {} is missing here", self.other()),
                format!("{} has {} rows", "this table", mine.len()),
                row.span,
                "this row".to_owned(),
            );
        }
    }

    fn rows(&mut self, here: &Table, a: &Row, there: &Table, b: &Row, by_position: bool) {
        if a.kind != RowKind::Data || b.kind != RowKind::Data {
            return;
        }
        if by_position
            && let (Some(x), Some(y), Some(cx), Some(cy)) =
                (a.number(), b.number(), &a.fields.number, &b.fields.number)
            && x != y
        {
            self.cells("row number", cx, &x.to_string(), cy, &y.to_string());
        }
        // Cells are compared only where both rows line up with their headers;
        // a shifted row is `cell-count`'s.
        if !here.fits(a) || !there.fits(b) {
            return;
        }
        if let (Some(x), Some(y), Some(cx), Some(cy)) = (
            &a.fields.date_value,
            &b.fields.date_value,
            &a.fields.date,
            &b.fields.date,
        ) && x.date != y.date
        {
            let what = here.date_column().map_or("date", Column::label);
            self.cells(what, cx, &x.date.to_string(), cy, &y.date.to_string());
        }
        let (mine_vocab, their_vocab) = (&self.here.settings.vocab, &self.there.settings.vocab);
        if let (Some(x), Some(y), Some(cx), Some(cy)) = (
            &a.fields.frequency_value,
            &b.fields.frequency_value,
            &a.fields.frequency,
            &b.fields.frequency,
        ) && let (Some(fx), Some(fy)) = (mine_vocab.frequency(&x.term), their_vocab.frequency(&y.term))
            && fx != fy
        {
            self.cells(Column::Frequency.label(), cx, &x.term, cy, &y.term);
        }
        if let (Some(cx), Some(cy)) = (&a.fields.category, &b.fields.category)
            && let (Some(x), Some(y)) = (mine_vocab.category(&cx.text), their_vocab.category(&cy.text))
            && x.id() != y.id()
        {
            self.cells(Column::Category.label(), cx, &cx.text, cy, &cy.text);
        }
        let formats = |row: &Row, vocab: &crate::vocab::Vocabulary| -> BTreeSet<String> {
            [&row.fields.description, &row.fields.remarks]
                .into_iter()
                .flatten()
                .flat_map(|cell| vocab.formats_in(&cell.text).map(|m| m.format.name.clone()))
                .collect()
        };
        let (fx, fy) = (formats(a, mine_vocab), formats(b, their_vocab));
        if !fx.is_empty() && !fy.is_empty() && fx != fy {
            let cell = |row: &Row| {
                row.fields
                    .description
                    .as_ref()
                    .filter(|c| !c.is_empty())
                    .or(row.fields.remarks.as_ref())
                    .map_or(row.span, |c| c.span)
            };
            let list = |set: &BTreeSet<String>| set.iter().cloned().collect::<Vec<_>>().join(", ");
            self.report(
                cell(a),
                format!(
                    "formats {} differ from {} in {}",
                    list(&fx),
                    list(&fy),
                    self.other()
                ),
                format!("{} here", list(&fx)),
                cell(b),
                format!("{} there", list(&fy)),
            );
        }
    }

    fn cells(&mut self, what: &str, here: &Cell, mine: &str, there: &Cell, theirs: &str) {
        self.report(
            here.span,
            format!(
                "{what} `{}` differs from `{}` in {}",
                snippet(mine, 30),
                snippet(theirs, 30),
                self.other()
            ),
            format!("{} has `{}`", self.other(), snippet(theirs, 30)),
            there.span,
            format!("`{}` there", snippet(theirs, 30)),
        );
    }
}
