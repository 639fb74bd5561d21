//! Properties of the whole pipeline: for any input, every rule runs without
//! panicking, every finding's spans (labels and fixes too) lie inside the
//! text on character boundaries, and every reporter renders them.

mod common;

use clap::ValueEnum;
use planlint::cli::Format;
use planlint::rules::registry::RULES;
use proptest::prelude::*;

/// Pieces plans are made of, and some they should not contain.
fn line() -> impl Strategy<Value = String> {
    let cell = prop_oneof![
        Just(String::new()),
        Just("03/2024".to_owned()),
        Just("3/2024".to_owned()),
        Just("10/2015 (首次發放日期)".to_owned()),
        Just("每年".to_owned()),
        Just("實特".to_owned()),
        Just("每年 (自2020年起".to_owned()),
        Just("不適用".to_owned()),
        Just("財經".to_owned()),
        Just("工商業／指定本地研究機構名單".to_owned()),
        Just("／".to_owned()),
        Just("數據以 CSV 格式提供".to_owned()),
        Just("<ul style=\"list-style-type: none\">• PDF".to_owned()),
        Just("\u{20000}𠀀 (".to_owned()),
        Just("1".to_owned()),
        Just("2".to_owned()),
        "[0-9]{1,3}",
        "\\PC{0,12}",
    ];
    prop_oneof![
        Just(String::new()),
        Just("創新科技及工業局".to_owned()),
        Just("2024-2026年度整合開放數據計劃".to_owned()),
        Just("A. 在 2024 年發放的局／部門數據集".to_owned()),
        Just("B. 在 2025 年及 2026 年發放的局／部門數據集".to_owned()),
        Just("C. 其他機構計劃開放的數據集".to_owned()),
        Just("D. 進度：已經上載的數據集".to_owned()),
        Just("i. 空間數據".to_owned()),
        Just("(1) 創新科技及工業局".to_owned()),
        Just("備註：說明".to_owned()),
        Just("2023年12月".to_owned()),
        Just("編號\t數據種類\t數據集名稱\t一般說明\t目標發放日期 (月/年)\t更新頻率".to_owned()),
        Just("#\t數據種類／數據集名稱\t發放日期 (月/年)\t更新頻率\t備註".to_owned()),
        Just("No.\tData Category\tDataset Name\tGeneral Description\tTarget Release Date (mm/yyyy)\tUpdate Frequency".to_owned()),
        prop::collection::vec(cell, 1..8).prop_map(|cells| cells.join("\t")),
        "\\PC{0,20}",
    ]
}

fn plan() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(line(), 0..40),
        prop::sample::select(vec!["\n", "\r\n", "\r"]),
        any::<bool>(),
    )
        .prop_map(|(lines, newline, bom)| {
            let text = lines.join(newline);
            if bom { format!("\u{feff}{text}") } else { text }
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(384))]

    #[test]
    fn every_rule_and_reporter_survives_any_plan(source in plan()) {
        let ids: Vec<&str> = RULES.iter().map(|r| r.meta().id).collect();
        let checked = planlint::check(&source, &common::only(&ids));
        let inside = |offset: usize, length: usize| {
            offset + length <= source.len()
                && source.is_char_boundary(offset)
                && source.is_char_boundary(offset + length)
        };
        for d in &checked.diagnostics {
            prop_assert!(inside(d.span.offset, d.span.length), "{d:?}");
            for l in &d.secondary {
                prop_assert!(inside(l.span.offset, l.span.length), "{d:?}");
            }
            if let Some(fix) = &d.fix {
                prop_assert!(inside(fix.span.offset, fix.span.length), "{d:?}");
            }
            prop_assert!(!d.message.is_empty());
        }
        // Every format but github, which would append to the job summary of
        // a GitHub Actions run (tests/report.rs renders it without one).
        for &format in Format::value_variants().iter().filter(|f| **f != Format::Github) {
            let out = common::render(format, "plan.txt", &source, &checked.diagnostics);
            prop_assert!(checked.diagnostics.is_empty() || !out.is_empty());
        }
    }
}
