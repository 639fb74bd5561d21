//! `translation-mismatch`: language versions of one plan that disagree.

use std::collections::BTreeSet;

use super::{PlanRef, Workspace, WorkspaceFindings, WorkspaceRule};
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, Severity, snippet};
use crate::i18n::Messages;
use crate::syntax::value::{date_of, frequency_of};
use crate::model::{Cell, Column, Field, Language, Row, RowKind, Section, Span, Table};

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

/// `en`, `zh-Hant` or `zh-Hans`, for the catalogue's name of a version.
fn tag(language: Language) -> &'static str {
    match language {
        Language::ZhHant => "zh-Hant",
        Language::ZhHans => "zh-Hans",
        Language::En => "en",
    }
}

struct Compare<'a, 'w> {
    here: &'a PlanRef<'a>,
    there: &'a PlanRef<'a>,
    findings: &'a WorkspaceFindings<'w>,
    out: &'a mut Vec<Diagnostic>,
}

impl Compare<'_, '_> {
    fn m(&self) -> &'static Messages {
        self.here.messages
    }

    /// `the English version` and the like, in the language of the findings.
    fn other(&self) -> String {
        crate::t!(
            self.m(),
            "translation-mismatch.version",
            language = tag(self.there.identity.language)
        )
    }

    fn report(&mut self, span: Span, message: String, label: String, there: Span, note: String) {
        let help = crate::t!(self.m(), "translation-mismatch.help", other = self.other());
        let finding = self
            .findings
            .at(span, message)
            .with_label(label)
            .with_secondary_in(self.there.file, there, note)
            .with_help(help);
        self.out.push(finding);
    }

    fn title_span(plan: &PlanRef<'_>) -> Span {
        plan.document
            .title
            .as_ref()
            .map_or(Span::empty(0), |t| t.span)
    }

    fn plans(&mut self) {
        let m = self.m();
        let (here, there) = (self.here.document, self.there.document);
        for section in &there.sections {
            if here.sections.iter().all(|s| s.letter != section.letter) {
                let letter = section.letter.to_string();
                self.report(
                    Self::title_span(self.here),
                    crate::t!(m, "translation-mismatch.section-missing", section = letter.as_str(), other = self.other()),
                    crate::t!(m, "translation-mismatch.section-missing-label", section = letter.as_str()),
                    section.heading_span,
                    crate::t!(m, "translation-mismatch.section-there", section = letter.as_str()),
                );
            }
        }
        for section in &here.sections {
            let Some(other) = there.sections.iter().find(|s| s.letter == section.letter) else {
                let letter = section.letter.to_string();
                self.report(
                    section.heading_span,
                    crate::t!(m, "translation-mismatch.section-extra", section = letter, other = self.other()),
                    crate::t!(m, "translation-mismatch.section-extra-label"),
                    Self::title_span(self.there),
                    crate::t!(m, "translation-mismatch.section-extra-there"),
                );
                continue;
            };
            self.sections(section, other);
        }
    }

    fn sections(&mut self, here: &Section, there: &Section) {
        let m = self.m();
        for (i, table) in here.tables.iter().enumerate() {
            match there.tables.get(i) {
                Some(other) => self.tables(table, other),
                None => self.report(
                    table.header.span,
                    crate::t!(
                        m,
                        "translation-mismatch.table-extra",
                        table = i + 1,
                        section = here.letter.to_string(),
                        other = self.other()
                    ),
                    crate::t!(m, "translation-mismatch.table-extra-label"),
                    there.heading_span,
                    crate::t!(
                        m,
                        "translation-mismatch.table-count",
                        section = there.letter.to_string(),
                        tables = there.tables.len()
                    ),
                ),
            }
        }
        for (i, table) in there.tables.iter().enumerate().skip(here.tables.len()) {
            self.report(
                here.heading_span,
                crate::t!(
                    m,
                    "translation-mismatch.table-missing",
                    table = i + 1,
                    section = there.letter.to_string(),
                    other = self.other()
                ),
                crate::t!(m, "translation-mismatch.table-missing-label"),
                table.header.span,
                crate::t!(m, "translation-mismatch.this-table"),
            );
        }
    }

    fn tables(&mut self, here: &Table, there: &Table) {
        let m = self.m();
        match (here.not_applicable(), there.not_applicable()) {
            (Some(row), None) => {
                let rows = there.data_rows().count();
                self.report(
                    row.span,
                    crate::t!(m, "translation-mismatch.not-applicable-here", other = self.other(), rows = rows),
                    crate::t!(m, "translation-mismatch.not-applicable-here-label"),
                    there.header.span,
                    crate::t!(m, "translation-mismatch.rows-there"),
                );
                return;
            }
            (None, Some(row)) => {
                self.report(
                    here.header.span,
                    crate::t!(m, "translation-mismatch.not-applicable-there", other = self.other()),
                    crate::t!(m, "translation-mismatch.rows-here"),
                    row.span,
                    crate::t!(m, "translation-mismatch.not-applicable-there-label"),
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
        let (mine_source, their_source) = (self.here.source, self.there.source);
        for row in &mine {
            match row
                .number(mine_source)
                .and_then(|n| theirs.iter().find(|r| r.number(their_source) == Some(n)))
            {
                Some(other) => self.rows(here, row, there, other, false),
                None => self.report(
                    row.get(Field::Number).map_or(row.span, |c| c.span),
                    crate::t!(
                        m,
                        "translation-mismatch.row-extra",
                        row = row.number(mine_source).map_or_else(|| "?".to_owned(), |n| n.to_string()),
                        other = self.other()
                    ),
                    crate::t!(m, "translation-mismatch.row-extra-label"),
                    there.header.span,
                    crate::t!(m, "translation-mismatch.row-count-there", rows = theirs.len()),
                ),
            }
        }
        for row in &theirs {
            let number = row.number(their_source);
            if number.is_some() && mine.iter().any(|r| r.number(mine_source) == number) {
                continue;
            }
            let shown = number.map_or_else(|| "?".to_owned(), |n| n.to_string());
            let message = match row.get(Field::Name) {
                Some(name) => crate::t!(
                    m,
                    "translation-mismatch.row-missing-named",
                    row = shown,
                    name = snippet(name.text(their_source), 30),
                    other = self.other()
                ),
                None => crate::t!(
                    m,
                    "translation-mismatch.row-missing",
                    row = shown,
                    other = self.other()
                ),
            };
            self.report(
                here.header.span,
                message,
                crate::t!(m, "translation-mismatch.row-count-here", rows = mine.len()),
                row.span,
                crate::t!(m, "translation-mismatch.this-row"),
            );
        }
    }

    fn rows(&mut self, here: &Table, a: &Row, there: &Table, b: &Row, by_position: bool) {
        if a.kind != RowKind::Data || b.kind != RowKind::Data {
            return;
        }
        let m = self.m();
        if by_position
            && let (Some(x), Some(y), Some(cx), Some(cy)) =
                (a.number(self.here.source), b.number(self.there.source), a.get(Field::Number), b.get(Field::Number))
            && x != y
        {
            self.cells(&m.column(Column::Number), cx, &x.to_string(), cy, &y.to_string());
        }
        // Cells are compared only where both rows line up with their headers;
        // a shifted row is `cell-count`'s.
        if !here.fits(a) || !there.fits(b) {
            return;
        }
        if let (Some(x), Some(y), Some(cx), Some(cy)) = (
            date_of(a, self.here.source),
            date_of(b, self.there.source),
            a.get(Field::Date),
            b.get(Field::Date),
        ) && x.date != y.date
        {
            let what = here
                .date_column()
                .map_or_else(|| crate::t!(m, "malformed-date.date"), |c| m.column(c));
            self.cells(&what, cx, &x.date.to_string(), cy, &y.date.to_string());
        }
        let (mine_vocab, their_vocab) = (&self.here.settings.vocab, &self.there.settings.vocab);
        if let (Some(x), Some(y), Some(cx), Some(cy)) = (
            frequency_of(a, self.here.source),
            frequency_of(b, self.there.source),
            a.get(Field::Frequency),
            b.get(Field::Frequency),
        ) && let (tx, ty) = (x.term(self.here.source), y.term(self.there.source))
            && let (Some(fx), Some(fy)) = (mine_vocab.frequency(tx), their_vocab.frequency(ty))
            && fx != fy
        {
            self.cells(&m.column(Column::Frequency), cx, tx, cy, ty);
        }
        if let (Some(cx), Some(cy)) = (a.get(Field::Category), b.get(Field::Category))
            && let (tx, ty) = (cx.text(self.here.source), cy.text(self.there.source))
            && let (Some(x), Some(y)) = (mine_vocab.category(tx), their_vocab.category(ty))
            && x.id() != y.id()
        {
            self.cells(&m.column(Column::Category), cx, tx, cy, ty);
        }
        let formats = |row: &Row, source: &str, vocab: &crate::vocab::Vocabulary| -> BTreeSet<String> {
            [row.get(Field::Description), row.get(Field::Remarks)]
                .into_iter()
                .flatten()
                .flat_map(|cell| vocab.formats_in(cell.text(source)).map(|m| m.format.name.clone()))
                .collect()
        };
        let (fx, fy) = (
            formats(a, self.here.source, mine_vocab),
            formats(b, self.there.source, their_vocab),
        );
        if !fx.is_empty() && !fy.is_empty() && fx != fy {
            let cell = |row: &Row| {
                row.get(Field::Description)
                    .filter(|c| !c.is_empty())
                    .or(row.get(Field::Remarks))
                    .map_or(row.span, |c| c.span)
            };
            let separator = crate::t!(m, "list-separator");
            let list = |set: &BTreeSet<String>| set.iter().cloned().collect::<Vec<_>>().join(&separator);
            self.report(
                cell(a),
                crate::t!(
                    m,
                    "translation-mismatch.formats",
                    here = list(&fx),
                    there = list(&fy),
                    other = self.other()
                ),
                crate::t!(m, "translation-mismatch.formats-here", formats = list(&fx)),
                cell(b),
                crate::t!(m, "translation-mismatch.formats-there", formats = list(&fy)),
            );
        }
    }

    fn cells(&mut self, what: &str, here: &Cell, mine: &str, there: &Cell, theirs: &str) {
        let m = self.m();
        self.report(
            here.span,
            crate::t!(
                m,
                "translation-mismatch",
                what = what,
                here = snippet(mine, 30),
                there = snippet(theirs, 30),
                other = self.other()
            ),
            crate::t!(
                m,
                "translation-mismatch.label",
                other = self.other(),
                there = snippet(theirs, 30)
            ),
            there.span,
            crate::t!(m, "translation-mismatch.there", there = snippet(theirs, 30)),
        );
    }
}
