//! `planlint report`: the page of the fixture plan families, checked as
//! text here and in headless Chromium and by `html-validate` (ignored in a
//! bare `cargo test`; `.ci/run` installs both); the injection test with plan
//! text, names, an issuer and a file name that hold HTML and script; and
//! `planlint parse --format csv`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_planlint");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const AS_OF: &str = "2026-11";

/// The fixture plan families: three successive plans of one issuer, and
/// the seeds with their English and Simplified Chinese versions.
const FIXTURES: [&str; 6] = [
    "tests/fixtures/families/c-and-sd",
    "seeds",
    "tests/fixtures/plans/itc-2022-2024.en.txt",
    "tests/fixtures/plans/itc-2022-2024.zh-Hans.txt",
    "tests/fixtures/plans/itib-2024-2026.en.txt",
    "tests/fixtures/plans/itib-2024-2026.zh-Hans.txt",
];

fn planlint(dir: &Path, args: &[&str]) -> (Option<i32>, String, String) {
    let out = Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// Where a test keeps what it writes, under `target/`.
fn out_dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Writes the report of `paths` (relative to `dir`) and returns its path.
fn report(dir: &Path, paths: &[&str], output: &Path) -> String {
    let mut args = vec!["report", "--as-of", AS_OF, "-o", output.to_str().unwrap()];
    args.extend_from_slice(paths);
    let (code, out, err) = planlint(dir, &args);
    assert_eq!(code, Some(0), "{out}{err}");
    assert!(err.is_empty(), "{err}");
    std::fs::read_to_string(output).unwrap()
}

fn fixture_report(name: &str) -> (PathBuf, String) {
    let output = out_dir(name).join("report.html");
    let html = report(Path::new(ROOT), &FIXTURES, &output);
    (output, html)
}

/// The ledger's counts by status (and `promised`) for `paths`, from
/// `planlint ledger --format json`.
fn ledger_counts(paths: &[&str]) -> BTreeMap<String, usize> {
    let mut args = vec!["ledger", "--as-of", AS_OF, "--format", "json"];
    args.extend_from_slice(paths);
    let (code, out, err) = planlint(Path::new(ROOT), &args);
    assert_eq!(code, Some(0), "{err}");
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let mut counts = BTreeMap::new();
    for entry in json["entries"].as_array().unwrap() {
        *counts
            .entry(entry["status"].as_str().unwrap().to_owned())
            .or_default() += 1;
        if !entry["promised_in"].is_null() {
            *counts.entry("promised".to_owned()).or_default() += 1;
        }
    }
    counts
}

/// The `data-total` values of the page's summary.
fn summary_totals(html: &str) -> BTreeMap<String, String> {
    let start = html.find("<section id=\"summary\">").unwrap();
    let end = start + html[start..].find("</section>").unwrap();
    let total = regex::Regex::new(r#"data-total="([a-z-]+)">([^<]*)<"#).unwrap();
    total
        .captures_iter(&html[start..end])
        .map(|c| (c[1].to_owned(), c[2].to_owned()))
        .collect()
}

/// Every status the ledger knows, as the page names them.
const STATUSES: [&str; 7] = [
    "released-on-time",
    "released-late",
    "rescheduled",
    "overdue",
    "pending",
    "dropped",
    "unpromised-release",
];

/// The page counts promises in each issuer's first language: for the
/// fixtures, the Traditional Chinese plans, whose ledger alone is this.
fn expected_totals() -> BTreeMap<String, usize> {
    ledger_counts(&["tests/fixtures/families/c-and-sd", "seeds"])
}

fn assert_totals(totals: &BTreeMap<String, String>) {
    let expected = expected_totals();
    for key in STATUSES.iter().copied().chain(["promised"]) {
        let want = expected.get(key).copied().unwrap_or(0);
        assert_eq!(
            totals.get(key).map(String::as_str),
            Some(want.to_string().as_str()),
            "total `{key}`"
        );
    }
    assert_eq!(totals["files"], "9");
    assert_eq!(totals["issuers"], "3");
}

#[test]
fn the_summary_states_the_ledgers_totals() {
    let (_, html) = fixture_report("summary");
    let totals = summary_totals(&html);
    assert_totals(&totals);
    // 2 released on time of 2 + 1 + 8 + 2 due.
    let expected = expected_totals();
    let due: usize = ["released-on-time", "released-late", "overdue", "dropped"]
        .iter()
        .map(|k| expected.get(*k).copied().unwrap_or(0))
        .sum();
    let rate = (expected["released-on-time"] * 100 + due / 2) / due;
    assert_eq!(totals["on-time-rate"], format!("{rate}%"));
}

#[test]
fn the_page_is_self_contained() {
    let (_, html) = fixture_report("contained");
    for outside in ["http://", "https://", "src=", "<link", "@import", "url("] {
        assert!(
            !html.contains(outside),
            "the page refers outside: {outside}"
        );
    }
    assert!(html.contains("default-src 'none'"));
    assert_eq!(html.matches("<script").count(), 1);
    // Every issuer, every language version, every rule's finding.
    for text in [
        "政府統計處",
        "創新科技署",
        "itib-2024-2026.en.txt",
        "promise-dropped",
    ] {
        assert!(html.contains(text), "{text}");
    }
    // A font that shows Chinese is named before the generic family.
    assert!(html.contains("\"Noto Sans CJK TC\""));
}

#[test]
fn findings_show_the_text_and_message_of_check() {
    let dir = out_dir("findings");
    std::fs::write(
        dir.join("plan.txt"),
        "創新科技署\n\n2024-2026年度開放數據計劃\n\nA. 在 2024 年發放的局／部門數據集\n\n編號\t數據種類\t數據集名稱\t一般說明\t目標發放日期 (月/年)\t更新頻率\n1\t財經\t物價\t數據以 CSV 格式提供\t2024/03\t每月",
    )
    .unwrap();
    let html = report(&dir, &["plan.txt"], &dir.join("report.html"));
    let (_, check, _) = planlint(&dir, &["check", "plan.txt", "--format", "json"]);
    let check: serde_json::Value = serde_json::from_str(&check).unwrap();
    let findings = check["diagnostics"].as_array().unwrap();
    assert!(!findings.is_empty());
    for d in findings {
        let message = d["message"].as_str().unwrap();
        let escaped = message
            .replace('&', "&#38;")
            .replace('<', "&#60;")
            .replace('>', "&#62;")
            .replace('"', "&#34;")
            .replace('\'', "&#39;");
        assert!(
            html.contains(&format!("<td>{escaped}</td>")),
            "message `{message}` missing"
        );
        let at = format!(
            "plan.txt:{}:{}",
            d["start"]["line"].as_u64().unwrap(),
            d["start"]["column"].as_u64().unwrap()
        );
        assert!(html.contains(&at), "{at}");
    }
    assert!(html.contains("<code>2024/03</code>"));
}

/// A plan whose issuer, title, names, cells and file name hold markup and
/// script. Whatever runs sets `data-pwned` on the body, or changes the title.
const HOSTILE: &str = concat!(
    "<script>document.body.setAttribute('data-pwned','issuer')</script>部門\n\n",
    "2024-2026年度開放數據計劃\n\n",
    "A. 在 2024 年發放的局／部門數據集\n\n",
    "編號\t數據種類\t數據集名稱\t一般說明\t目標發放日期 (月/年)\t更新頻率\n",
    "1\t<b>財經</b>\t\"><img src=x onerror=\"document.body.setAttribute('data-pwned','img')\">\t",
    "數據以 CSV 格式提供</td></tr></table><script>document.title='pwned'</script>\t03/2024\t",
    "<svg onload=\"document.body.setAttribute('data-pwned','svg')\">\n",
    "2\t財經\t</textarea></style></script><script>document.body.setAttribute('data-pwned','close')</script>{{ 7*7 }}\t",
    "<!-- ]]> --> &amp; &lt; <iframe srcdoc=\"<script>parent.document.body.setAttribute('data-pwned','frame')</script>\">\t",
    "04/2024\t每月\n",
    "3\t財經\t物價\t數據以 CSV 格式提供\t13/2024<img src=z onerror=\"document.body.setAttribute('data-pwned','finding')\">\t每月\n\n",
    "D. 進度：局／部門及其他機構已經上載至「資料一線通」網站的數據集\n\n",
    "編號\t數據種類\t數據集名稱\t一般說明\t發放日期 (月/年)\t更新頻率\n",
    "1\t財經\t<a href=\"javascript:document.body.setAttribute('data-pwned','link')\">click</a>\t數據以 CSV 格式提供\t01/2023\t每月",
);

/// A file name that is markup too.
const HOSTILE_NAME: &str =
    "x\"><img src=y onerror=\"document.body.setAttribute('data-pwned','path')\">.txt";

fn hostile_report(name: &str) -> (PathBuf, String) {
    let dir = out_dir(name);
    std::fs::write(dir.join("plan.txt"), HOSTILE).unwrap();
    std::fs::write(dir.join(HOSTILE_NAME), HOSTILE).unwrap();
    let output = dir.join("report.html");
    let html = report(&dir, &["."], &output);
    (output, html)
}

#[test]
fn markup_in_plans_is_escaped() {
    let (_, html) = hostile_report("hostile-text");
    assert_eq!(html.matches("<script").count(), 1, "only the page's script");
    for tag in [
        "<img",
        "<svg onload",
        "<iframe",
        "<b>",
        "<a href=\"javascript",
        "</textarea>",
    ] {
        assert!(!html.contains(tag), "{tag} got through");
    }
    assert!(html.contains("&#60;script&#62;document.body.setAttribute"));
    assert!(html.contains("{{ 7*7 }}"));
    // In a finding's text too.
    assert!(html.contains("13/2024&#60;img src=z"));
}

#[test]
fn parse_writes_one_csv_row_per_dataset() {
    let (code, out, err) = planlint(
        Path::new(ROOT),
        &[
            "parse",
            "--format",
            "csv",
            "seeds/itib-2024-2026.txt",
            "tests/fixtures/plans/itib-2024-2026.en.txt",
        ],
    );
    assert_eq!(code, Some(0), "{err}");
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    for column in [
        "path",
        "issuer_id",
        "plan_years",
        "language",
        "section",
        "table_kind",
        "category",
        "name",
        "description",
        "date",
        "frequency",
        "remarks",
    ] {
        assert!(header.iter().any(|h| h == column), "{column}");
    }
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    // As many rows as the JSON export has data rows.
    let (_, json, _) = planlint(
        Path::new(ROOT),
        &["parse", "--format", "json", "seeds/itib-2024-2026.txt"],
    );
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let data_rows: usize = json["sections"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["tables"].as_array().unwrap())
        .map(|t| t["rows"].as_array().unwrap().len())
        .sum();
    let zh: Vec<_> = rows
        .iter()
        .filter(|r| &r[column("language")] == "zh-Hant")
        .collect();
    assert_eq!(zh.len(), data_rows);
    let en: Vec<_> = rows
        .iter()
        .filter(|r| &r[column("language")] == "en")
        .collect();
    assert_eq!(en.len(), data_rows, "the English version has the same rows");
    for row in &rows {
        assert_eq!(&row[column("issuer_id")], "itib");
        assert_eq!(&row[column("plan_years")], "2024-2026");
    }
    assert!(
        rows.iter()
            .any(|r| &r[column("table_kind")] == "non-spatial"
                && &r[column("section")] == "D"
                && r[column("subsection")].contains("非空間數據"))
    );
    // A cell holding a TAB-free comma or quote survives the round trip.
    assert!(
        rows.iter()
            .any(|r| r[column("description")].contains("CSV"))
    );
}

/// Headless Chromium: the page with `hash` after its script ran, and what
/// the console said.
fn chromium(page: &Path, hash: &str, extra: &[&str]) -> (String, Vec<String>) {
    let profile = tempfile::tempdir().unwrap();
    let url = format!("file://{}{hash}", page.display());
    let out = Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(extra)
        .arg(&url)
        .stdin(Stdio::null())
        .output()
        .expect("chromium runs (apt-get install chromium)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let console = String::from_utf8_lossy(&out.stderr)
        .lines()
        .filter(|l| l.contains(":CONSOLE"))
        .map(str::to_owned)
        .collect();
    (String::from_utf8_lossy(&out.stdout).into_owned(), console)
}

fn dom(page: &Path, hash: &str) -> String {
    let (dom, console) = chromium(page, hash, &["--dump-dom"]);
    assert!(console.is_empty(), "console: {console:#?}");
    assert!(dom.contains("</html>"), "no page: {dom}");
    dom
}

/// Rows of the dataset table in the DOM, over all its bodies, in order:
/// (shown, hidden). A row is hidden by itself or by its body.
fn table_rows(dom: &str) -> (Vec<&str>, Vec<&str>) {
    let start = dom.find("id=\"dataset-table\"").unwrap();
    let table = &dom[start..];
    let table = &table[table.find("<tbody").unwrap()..table.find("</table>").unwrap()];
    let mut shown = Vec::new();
    let mut hidden = Vec::new();
    for body in table.split("<tbody").skip(1) {
        let body_hidden = body.split('>').next().unwrap().contains("hidden");
        for row in body.split("<tr ").skip(1) {
            if body_hidden || row.split('>').next().unwrap().contains("hidden") {
                hidden.push(row);
            } else {
                shown.push(row);
            }
        }
    }
    (shown, hidden)
}

#[test]
#[ignore = "needs chromium"]
fn chromium_loads_the_fixture_report() {
    let (page, _) = fixture_report("chromium");
    let shown_of = |dom: &str| {
        let at = dom.find("data-shown=\"").unwrap() + "data-shown=\"".len();
        dom[at..at + dom[at..].find('"').unwrap()]
            .parse::<usize>()
            .unwrap()
    };

    // Loaded, scripted, no console message; totals equal the ledger's.
    let all = dom(&page, "");
    assert_totals(&summary_totals(&all));
    let (rows, hidden) = table_rows(&all);
    assert!(hidden.is_empty());
    assert_eq!(shown_of(&all), rows.len());
    assert!(all.contains("aria-sort") || all.contains("Sort by this column"));
    assert!(!all.contains("id=\"filters\" role=\"search\" hidden"));

    // A status filter from the address shows exactly the rows with it.
    let overdue = dom(&page, "#status=overdue");
    let (shown, hidden) = table_rows(&overdue);
    assert_eq!(shown.len() + hidden.len(), rows.len());
    assert!(!shown.is_empty() && !hidden.is_empty());
    assert!(shown.iter().all(|r| r.contains("data-status=\"overdue\"")));
    assert!(
        hidden
            .iter()
            .all(|r| !r.contains("data-status=\"overdue\""))
    );
    assert_eq!(shown_of(&overdue), shown.len());

    // A text filter, in Chinese, with a language.
    let text = dom(&page, "#q=%E4%BA%A4%E9%80%9A&lang=zh-Hant");
    let (shown, _) = table_rows(&text);
    assert!(!shown.is_empty());
    assert!(
        shown
            .iter()
            .all(|r| r.contains("交通") && r.contains("data-lang=\"zh-Hant\""))
    );

    let png = page.with_file_name("report.png");
    let (_, console) = chromium(
        &page,
        "",
        &[
            "--window-size=1280,2000",
            &format!("--screenshot={}", png.display()),
        ],
    );
    assert!(console.is_empty(), "console: {console:#?}");
    let bytes = std::fs::read(&png).unwrap();
    assert!(bytes.starts_with(b"\x89PNG") && bytes.len() > 10_000);
    println!("screenshot: {}", png.display());
}

#[test]
#[ignore = "needs chromium"]
fn chromium_runs_none_of_the_markup_in_plans() {
    let (page, _) = hostile_report("hostile-chromium");
    let dom = dom(&page, "");
    let body = &dom[dom.find("<body").unwrap()..];
    assert!(
        !body.split('>').next().unwrap().contains("data-pwned"),
        "{body}"
    );
    assert!(dom.contains("<title>Open data plans as of 11/2026</title>"));
    assert_eq!(dom.matches("<script").count(), 1);
    for tag in ["<img", "<svg onload", "<iframe", "<a href=\"javascript"] {
        assert!(!dom.contains(tag), "{tag} in the DOM");
    }
    // The text is there, as text, and the page still works: the table
    // has both plans' rows and the filter found them all.
    assert!(dom.contains("&lt;script&gt;document.body.setAttribute('data-pwned','issuer')"));
    let (shown, hidden) = table_rows(&dom);
    assert!(hidden.is_empty());
    assert!(
        shown
            .iter()
            .any(|r| r.contains("\"&gt;&lt;img src=x onerror=\"document.body"))
    );
    assert!(shown.iter().any(|r| r.contains("{{ 7*7 }}")));
}

#[test]
#[ignore = "needs html-validate (npm)"]
fn the_page_passes_html_validate() {
    let (fixtures, _) = fixture_report("validate");
    let (hostile, _) = hostile_report("validate-hostile");
    for page in [fixtures, hostile] {
        let out = Command::new("html-validate")
            .arg(&page)
            .output()
            .expect("html-validate runs (npm install html-validate)");
        assert!(
            out.status.success(),
            "{}: {}{}",
            page.display(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// A config that adds a category, a frequency and a format: the page
/// classifies the plan's rows with it, as `check` does (which reports
/// nothing unknown), and without it they are unknown.
#[test]
fn the_page_classifies_with_the_configs_vocabulary() {
    let dir = out_dir("vocabulary");
    std::fs::write(
        dir.join("planlint.toml"),
        concat!(
            "[vocabulary]\n",
            "categories = [\"天文學\"]\n\n",
            "[[vocabulary.frequencies]]\n",
            "canonical = \"termly\"\n",
            "zh-Hant = [\"每學期\"]\n\n",
            "[[vocabulary.formats]]\n",
            "name = \"NETCDF\"\n",
            "machine-readable = true\n",
            "words = [\"NetCDF\"]\n",
        ),
    )
    .unwrap();
    std::fs::write(
        dir.join("plan.txt"),
        concat!(
            "天文台\n\n2024-2026年度開放數據計劃\n\n",
            "A. 在 2024 年發放的局／部門數據集\n\n",
            "編號\t數據種類\t數據集名稱\t一般說明\t目標發放日期 (月/年)\t更新頻率\n",
            "1\t天文學\t星等觀測\t數據以 NetCDF 格式提供\t03/2024\t每學期\n",
        ),
    )
    .unwrap();
    let (_, check, _) = planlint(&dir, &["check", "plan.txt", "--format", "json"]);
    let check: serde_json::Value = serde_json::from_str(&check).unwrap();
    let rules: Vec<&str> = check["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["rule"].as_str().unwrap())
        .collect();
    for rule in [
        "unknown-category",
        "unknown-frequency",
        "no-machine-readable-format",
    ] {
        assert!(!rules.contains(&rule), "check reports {rule}: {rules:?}");
    }

    let chart = |html: &str, id: &str| {
        let start = html.find(&format!("id=\"{id}\"")).unwrap();
        html[start..start + html[start..].find("</figure>").unwrap()].to_owned()
    };
    let html = report(&dir, &["plan.txt"], &dir.join("report.html"));
    let formats = chart(&html, "chart-formats");
    assert!(
        formats.contains("(1 of 1 datasets in a machine-readable format)"),
        "{formats}"
    );
    assert!(
        formats.contains("class=\"readable\"><title>NETCDF"),
        "{formats}"
    );
    let frequencies = chart(&html, "chart-frequencies");
    assert!(frequencies.contains(">termly<"), "{frequencies}");
    assert!(!frequencies.contains("(unknown)"), "{frequencies}");
    let categories = chart(&html, "chart-categories");
    assert!(categories.contains(">天文學<"), "{categories}");
    assert!(!categories.contains("(unknown)"), "{categories}");

    // Without the config, the same rows are unknown to the page too.
    let output = dir.join("bare.html");
    let (code, out, err) = planlint(
        &dir,
        &[
            "report",
            "--no-config",
            "--as-of",
            AS_OF,
            "-o",
            output.to_str().unwrap(),
            "plan.txt",
        ],
    );
    assert_eq!(code, Some(0), "{out}{err}");
    let bare = std::fs::read_to_string(output).unwrap();
    assert!(chart(&bare, "chart-formats").contains("(0 of 1 datasets"));
    assert!(chart(&bare, "chart-frequencies").contains("(unknown)"));
    assert!(chart(&bare, "chart-categories").contains("(unknown)"));
}

#[path = "../examples/make-families.rs"]
#[allow(dead_code)]
mod families;

/// The report of 80 issuers × 3 plan years × 3 languages (720 plans) is at
/// most 5 MB, loads in Chromium with no console message, and its filter and
/// sorting work over every body of its dataset table. How fast it opens is
/// measured by `benches/report.sh`, not here.
#[test]
#[ignore = "needs chromium"]
fn chromium_loads_the_report_of_720_plans() {
    let dir = out_dir("720");
    let (files, _) = families::write(&dir.join("plans"), 80).unwrap();
    assert_eq!(files, 720);
    let output = dir.join("report.html");
    let html = report(&dir, &["plans"], &output);
    assert!(html.len() <= 5_000_000, "{} bytes", html.len());
    assert!(
        html.matches("<tbody").count() > 10,
        "the table is in bodies"
    );
    println!("720 plans: {} bytes, {}", html.len(), output.display());

    let all = dom(&output, "");
    let (rows, hidden) = table_rows(&all);
    assert!(hidden.is_empty());
    assert!(rows.len() > 5000, "{} rows", rows.len());
    let totals = summary_totals(&all);
    assert_eq!(totals["files"], "720");
    assert_eq!(totals["issuers"], "80");

    // Overdue rows of one bureau, latest date first: exactly them, packed
    // into the first bodies, in order.
    let filtered = dom(&output, "#q=afcd&status=overdue&sort=4&order=desc");
    let (shown, hidden) = table_rows(&filtered);
    assert_eq!(shown.len() + hidden.len(), rows.len());
    assert!(shown.len() > 1);
    let expected = rows
        .iter()
        .filter(|r| r.contains("data-status=\"overdue\"") && r.contains("<td>afcd</td>"))
        .count();
    assert_eq!(shown.len(), expected);
    let key = regex::Regex::new(r#"data-key="([0-9-]*)""#).unwrap();
    let dates: Vec<&str> = shown
        .iter()
        .map(|r| key.captures(r).unwrap().get(1).unwrap().as_str())
        .collect();
    let mut sorted = dates.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(dates, sorted);
    assert_ne!(dates.first(), dates.last());
    assert!(filtered.contains("aria-sort=\"descending\""));
    // The overview's overdue count of a bureau links to exactly its rows.
    let link = regex::Regex::new(r##"<td class="num" data-filter="([^"]+)"><a href="#([^"]+)" title="[^"]*">([0-9]+)</a></td>"##).unwrap();
    let first = link.captures(&all).expect("the overview links its counts");
    assert_eq!(
        first[1].replace("&amp;", "&"),
        first[2].replace("&amp;", "&")
    );
    let linked = dom(&output, &format!("#{}", first[2].replace("&amp;", "&")));
    let (shown, _) = table_rows(&linked);
    assert_eq!(shown.len().to_string(), first[3], "{}", &first[2]);

    let start = filtered.find("id=\"dataset-table\"").unwrap();
    let bodies: Vec<&str> = filtered[start..].split("<tbody").skip(1).collect();
    assert!(!bodies[0].split('>').next().unwrap().contains("hidden"));
    assert!(
        bodies
            .last()
            .unwrap()
            .split('>')
            .next()
            .unwrap()
            .contains("hidden")
    );
}

/// A copy of a plan (a draft beside the final one) is listed with its
/// file, but adds no promise: the first of the same years stands for both.
#[test]
fn a_copy_of_a_plan_is_listed_and_counted_once() {
    let dir = out_dir("copies");
    let seed = std::fs::read_to_string(Path::new(ROOT).join("seeds/itib-2024-2026.txt")).unwrap();
    for sub in ["a", "b", "c"] {
        std::fs::create_dir_all(dir.join(sub)).unwrap();
        std::fs::write(dir.join(sub).join("itib-2024-2026.txt"), &seed).unwrap();
    }
    let one = summary_totals(&report(&dir, &["a"], &dir.join("one.html")));
    let html = report(&dir, &["."], &dir.join("three.html"));
    let three = summary_totals(&html);
    assert_eq!(three["files"], "3");
    assert_eq!(one["files"], "1");
    for key in ["promised", "datasets", "overdue", "released-on-time"] {
        assert_eq!(three.get(key), one.get(key), "{key}");
    }
    for sub in ["a", "b", "c"] {
        assert!(
            html.contains(&format!("<code>./{sub}/itib-2024-2026.txt</code>"))
                || html.contains(&format!("<code>{sub}/itib-2024-2026.txt</code>")),
            "{sub}"
        );
    }
}
