//! Property tests of the parser: on any input it returns, and the model it
//! returns is well formed (spans inside the input and on char boundaries,
//! texts equal to their spans, nodes in source order, cells on their rows'
//! lines, no line dropped; see `invariants`). Plan-like inputs come from a
//! grammar of the lines plans are made of, mixed with noise.

mod invariants;

use planlint::export;
use planlint::syntax;
use proptest::prelude::*;
use proptest::sample::select;

fn holds(source: &str) -> Result<(), TestCaseError> {
    let document = syntax::parse(source);
    invariants::check(source, &document).map_err(TestCaseError::fail)
}

/// Free text without line breaks or TABs.
fn words() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[a-zA-Z0-9 ./()（）：:#-]{1,12}",
        "[數據集種類名稱說明年月日不適用局署創新科技廣播工商業／ 「」、。]{1,12}",
        "[^\t\r\n]{1,8}",
    ]
}

/// A table cell as seen in plans, and near misses.
fn cell() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => Just(String::new()),
        2 => "[0-9]{1,3}",
        1 => "[０-９]{1,2}",
        2 => select(vec![
            "03/2024", "10/2015 (首次發放日期)", "3/2024", "2024/03", "13/2024", "03/24",
            "０３/２０２４", "2024年3月", "03/2024 (", "03/2024 ()",
        ])
        .prop_map(str::to_owned),
        2 => select(vec![
            "每年", "每季", "實時", "每年 (自2020年起為每年二月)", "(每年)", "Yearly", "每年（二月）",
        ])
        .prop_map(str::to_owned),
        1 => select(vec!["不適用", "不适用", "N/A", "n/a", "Not applicable", "Nil", "不適用。"])
            .prop_map(str::to_owned),
        1 => select(vec![
            "工商業／指定本地研究機構名單", "／", "工商業／", "／名單", "創新及科技基金 (ITF)",
            "<ul style=\"list-style-type: none\">數據以 CSV 格式提供", " 每年 ", "\u{3000}",
        ])
        .prop_map(str::to_owned),
        2 => words(),
    ]
}

const HEADER_WORDS: [&str; 16] = [
    "編號",
    "#",
    "No.",
    "數據種類",
    "數據集名稱",
    "數據種類／數據集名稱",
    "一般說明",
    "目標發放日期 (月/年)",
    "發放日期(月/年)",
    "更新頻率",
    "更新頻率 (例如：實時、每天、每星期、每月等)",
    "備註",
    "Dataset Name",
    "Update Frequency",
    "聯絡人",
    "",
];

fn header() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("編號\t數據種類\t數據集名稱\t一般說明\t目標發放日期 (月/年)\t更新頻率".to_owned()),
        Just("#\t數據種類／數據集名稱\t發放日期 (月/年)\t更新頻率\t備註".to_owned()),
        prop::collection::vec(select(HEADER_WORDS.to_vec()), 1..8).prop_map(|w| w.join("\t")),
    ]
}

fn row() -> impl Strategy<Value = String> {
    prop::collection::vec(cell(), 2..8).prop_map(|cells| cells.join("\t"))
}

/// One line of a plan, without its line break.
fn line() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => Just(String::new()),
        1 => select(vec![" ", "\t", "\t\t\t", "\u{3000}", " \t "]).prop_map(str::to_owned),
        1 => select(vec![
            "創新科技及工業局", "2024-2026年度開放數據計劃", "2022至2024年的開放數據計劃",
            "Annual Open Data Plan 2024-2026", "開放數據計劃",
        ])
        .prop_map(str::to_owned),
        2 => ("[A-E]", "[.．]", select(vec![" ", "  ", ""]), words())
            .prop_map(|(letter, dot, space, text)| format!("{letter}{dot}{space}在 2024 年{text}")),
        1 => select(vec!["i. 空間數據", "ii. 非空間數據", "iii. 其他", "ii. Non-spatial data", "iv."])
            .prop_map(str::to_owned),
        1 => ("[(（]", "[0-9]{1,2}", "[)）]", words())
            .prop_map(|(open, n, close, text)| format!("{open}{n}{close} {text}")),
        1 => words().prop_map(|text| format!("備註：{text}")),
        3 => header(),
        8 => row(),
        1 => select(vec!["2023年12月", "December 2023", "12/2023", "2023年13月"])
            .prop_map(str::to_owned),
        1 => words(),
    ]
}

/// A plan-like text: lines from the grammar, some followed by TABs (as lines
/// exported from a table are), each ended by LF, CRLF or CR, maybe with a
/// BOM, maybe without a final line break.
fn plan() -> impl Strategy<Value = String> {
    let tabs = select(vec!["", "", "", "\t", "\t\t\t\t"]);
    let end = select(vec!["\n", "\r\n", "\r"]);
    (
        any::<bool>(),
        prop::collection::vec((line(), tabs, end), 0..40),
        any::<bool>(),
    )
        .prop_map(|(bom, lines, final_break)| {
            let mut text = if bom {
                "\u{feff}".to_owned()
            } else {
                String::new()
            };
            let count = lines.len();
            for (i, (line, tabs, end)) in lines.into_iter().enumerate() {
                text.push_str(&line);
                text.push_str(tabs);
                if i + 1 < count || final_break {
                    text.push_str(end);
                }
            }
            text
        })
}

/// The lines of a plan-like text, to be joined with different line breaks.
fn plan_lines() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(line(), 0..40)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_string_parses_to_a_well_formed_model(source in any::<String>()) {
        holds(&source)?;
    }

    #[test]
    fn text_of_plan_characters_parses_to_a_well_formed_model(
        source in "[\t\n\r \u{3000}\u{feff}0-9A-Eiv.．/()（）：:#年月不適用編號數據種類／-]{0,200}",
    ) {
        holds(&source)?;
    }

    #[test]
    fn plan_like_text_parses_to_a_well_formed_model(source in plan()) {
        holds(&source)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// LF, CRLF, CR and a BOM move spans, never the structure.
    #[test]
    fn line_breaks_and_bom_do_not_change_the_model(lines in plan_lines()) {
        let lf = lines.join("\n");
        let expected = export::outline("plan", &lf, &syntax::parse(&lf));
        let mut others = vec![lines.join("\r\n"), lines.join("\r")];
        // A BOM is only a BOM at the very start: text that already starts
        // with U+FEFF would keep it as content behind a new one.
        if !lf.starts_with('\u{feff}') {
            others.push(format!("\u{feff}{lf}\n"));
        }
        for other in others {
            let outline = export::outline("plan", &other, &syntax::parse(&other));
            prop_assert_eq!(&outline, &expected, "{:?}", other);
        }
    }
}
