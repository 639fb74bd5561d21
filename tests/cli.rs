//! The `planlint` binary end to end: paths, formats, exit codes, config.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_planlint");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Runs planlint in `dir`. `check` writes in English unless a test asks
/// for a language: these tests are about the command line, not the wording
/// (tests/i18n.rs is).
fn planlint(dir: &Path, args: &[&str]) -> Output {
    let mut args = args.to_vec();
    if args.first() == Some(&"check") && !args.contains(&"--lang") {
        args.splice(1..1, ["--lang", "en"]);
    }
    Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .env_remove("GITHUB_STEP_SUMMARY")
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn fixture(rule: &str) -> String {
    std::fs::read_to_string(format!("{ROOT}/tests/fixtures/rules/{rule}/fires.txt")).unwrap()
}

/// A scratch folder holding `files`.
fn scratch(files: &[(&str, &[u8])]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in files {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }
    let path = dir.path().to_owned();
    (dir, path)
}

#[test]
fn seeds_check_clean() {
    let out = planlint(Path::new(ROOT), &["check", "seeds/"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
    assert_eq!(stdout(&out), "");
    assert_eq!(stderr(&out), "");
}

#[test]
fn findings_exit_one_with_concise_lines() {
    let bad = fixture("malformed-date");
    let (_t, dir) = scratch(&[("plans/bad.txt", bad.as_bytes())]);
    let out = planlint(&dir, &["check", "plans", "--format", "concise"]);
    assert_eq!(out.status.code(), Some(1));
    insta::assert_snapshot!(stdout(&out));
}

#[test]
fn json_has_the_documented_shape() {
    let bad = fixture("unknown-frequency");
    let (_t, dir) = scratch(&[
        ("bad.txt", bad.as_bytes()),
        ("good.txt", include_bytes!("../seeds/itc-2022-2024.txt")),
    ]);
    let out = planlint(&dir, &["check", ".", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["version"], 1);
    assert_eq!(json["summary"]["files"], 2);
    let first = &json["diagnostics"][0];
    for key in [
        "path", "rule", "severity", "message", "help", "span", "start", "end",
    ] {
        assert!(first.get(key).is_some(), "missing `{key}` in {first}");
    }
    assert_eq!(first["path"], "bad.txt");
    assert_eq!(first["rule"], "unknown-frequency");
    // `實特` starts at character 32 of line 8 (byte 68): columns count characters.
    assert_eq!(first["start"], serde_json::json!({"line": 8, "column": 32}));
    assert_eq!(first["end"], serde_json::json!({"line": 8, "column": 34}));
    assert_eq!(first["span"]["length"], 6);
}

#[test]
fn select_ignore_and_deny_warnings() {
    let bad = fixture("number-sequence");
    let (_t, dir) = scratch(&[("bad.txt", bad.as_bytes())]);
    let warn_only = planlint(&dir, &["check", "bad.txt", "--format", "concise"]);
    assert_eq!(warn_only.status.code(), Some(0), "warnings alone pass");
    assert!(stdout(&warn_only).contains("warning[number-sequence]"));
    let denied = planlint(&dir, &["check", "bad.txt", "--deny-warnings"]);
    assert_eq!(denied.status.code(), Some(1));
    let ignored = planlint(&dir, &["check", "bad.txt", "--ignore", "number-sequence"]);
    assert_eq!(ignored.status.code(), Some(0));
    assert_eq!(stdout(&ignored), "");
    let selected = planlint(
        &dir,
        &["check", "bad.txt", "--select", "empty-cell,cell-count"],
    );
    assert_eq!(stdout(&selected), "");
    let unknown = planlint(&dir, &["check", "bad.txt", "--select", "no-such-rule"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(stderr(&unknown).contains("unknown rule `no-such-rule`"));
}

#[test]
fn unreadable_and_undecodable_files_are_reported_and_the_rest_checked() {
    let bad = fixture("duplicate-number");
    let big5 = b"\xb3\xd0\xb7\x73\xac\xec\xa7\xde\xa4\xce\xa4\x75\xb7\x7e\xa7\xbd\n";
    let (_t, dir) = scratch(&[("a.txt", big5), ("b.txt", bad.as_bytes())]);
    let out = planlint(
        &dir,
        &[
            "check",
            "a.txt",
            "missing.txt",
            "b.txt",
            "--format",
            "concise",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    // Concise output carries them, as findings of their own.
    let text = stdout(&out);
    assert!(
        text.contains("missing.txt:1:1: error[file-error] cannot read: no such file or directory"),
        "{text}"
    );
    assert!(
        text.contains(
            "a.txt:1:1: error[file-error] not UTF-8 text: line 1, byte column 1: found 0xB3"
        ),
        "{text}"
    );
    assert!(text.contains("Big5"), "{text}");
    assert!(
        stdout(&out).contains("b.txt:10:1: error[duplicate-number]"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn stdin_with_a_filename() {
    let bad = fixture("empty-cell");
    let mut child = Command::new(BIN)
        .args([
            "check",
            "-",
            "--stdin-filename",
            "plans/2024.txt",
            "--format",
            "concise",
        ])
        .current_dir(ROOT)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), bad.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).starts_with("plans/2024.txt:8:24: error[empty-cell]"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn globs_and_folder_walks() {
    let bad = fixture("missing-format");
    let (_t, dir) = scratch(&[
        ("a/one.txt", bad.as_bytes()),
        ("a/two.tsv", bad.as_bytes()),
        ("a/notes.md", b"# not a plan"),
        ("a/.hidden/three.txt", bad.as_bytes()),
        ("b/four.txt", bad.as_bytes()),
    ]);
    let files = |args: &[&str]| {
        let out = planlint(&dir, args);
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let mut paths: Vec<String> = json["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["path"].as_str().unwrap().to_owned())
            .collect();
        paths.dedup();
        paths
    };
    assert_eq!(
        files(&["check", "a", "--format", "json"]),
        ["a/one.txt", "a/two.tsv"]
    );
    assert_eq!(
        files(&["check", "*/*.txt", "--format", "json"]),
        ["a/one.txt", "b/four.txt"]
    );
    assert_eq!(
        files(&["check", "--format", "json"]),
        ["a/one.txt", "a/two.tsv", "b/four.txt"]
    );
    let none = planlint(&dir, &["check", "c/*.txt"]);
    assert_eq!(none.status.code(), Some(2));
    assert!(stderr(&none).contains("the pattern matches no file"));
}

#[test]
fn config_is_discovered_walking_up() {
    let bad = fixture("unknown-category");
    let config =
        "[rules]\nunknown-category = \"error\"\n\n[vocabulary]\ncategories = [\"天文學\"]\n";
    let (_t, dir) = scratch(&[
        ("planlint.toml", config.as_bytes()),
        ("plans/2024/bad.txt", bad.as_bytes()),
    ]);
    let out = planlint(
        &dir.join("plans"),
        &["check", "2024/bad.txt", "--format", "concise"],
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "the config raises the rule to an error"
    );
    let text = stdout(&out);
    assert!(
        text.contains("error[unknown-category] unknown data category `財政`"),
        "{text}"
    );
    assert!(
        !text.contains("天文學"),
        "the config adds a category: {text}"
    );
    let plain = planlint(
        &dir.join("plans"),
        &[
            "check",
            "2024/bad.txt",
            "--no-config",
            "--format",
            "concise",
        ],
    );
    assert_eq!(plain.status.code(), Some(0));
    assert!(stdout(&plain).contains("天文學"));
}

#[test]
fn files_exclude_and_include() {
    let bad = fixture("cell-count");
    let config = "[files]\ninclude = [\"plans/**/*.plan\"]\nexclude = [\"plans/drafts/**\"]\n";
    let (_t, dir) = scratch(&[
        ("planlint.toml", config.as_bytes()),
        ("plans/a.plan", bad.as_bytes()),
        ("plans/b.txt", bad.as_bytes()),
        ("plans/drafts/c.plan", bad.as_bytes()),
    ]);
    let out = planlint(&dir, &["check", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["summary"]["files"], 1, "{json}");
    assert_eq!(json["diagnostics"][0]["path"], "plans/a.plan");
}

#[test]
fn a_bad_config_points_into_the_toml() {
    let config = "[rules]\nmalformed-date = \"loud\"\n";
    let (_t, dir) = scratch(&[
        ("planlint.toml", config.as_bytes()),
        ("a.txt", fixture("malformed-date").as_bytes()),
    ]);
    let out = planlint(&dir, &["check", "a.txt"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out).replace(&dir.display().to_string(), "[dir]");
    insta::assert_snapshot!(err);
}

#[test]
fn explicit_config_file() {
    let config = "[rules]\nmalformed-date = \"off\"\n";
    let (_t, dir) = scratch(&[
        ("strict.toml", config.as_bytes()),
        ("a.txt", fixture("malformed-date").as_bytes()),
    ]);
    let out = planlint(&dir, &["check", "a.txt", "--config", "strict.toml"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let missing = planlint(&dir, &["check", "a.txt", "--config", "nope.toml"]);
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn statistics_count_per_rule() {
    let (_t, dir) = scratch(&[
        ("a.txt", fixture("malformed-date").as_bytes()),
        ("b.txt", fixture("duplicate-number").as_bytes()),
    ]);
    let out = planlint(&dir, &["check", ".", "--statistics"]);
    assert_eq!(out.status.code(), Some(1));
    insta::assert_snapshot!(stdout(&out));
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let (_t, dir) = scratch(&[("a.txt", fixture("duplicate-number").as_bytes())]);
    let piped = planlint(&dir, &["check", "a.txt"]);
    assert!(!stdout(&piped).contains('\x1b'));
    let forced = planlint(&dir, &["check", "a.txt", "--color", "always"]);
    assert!(stdout(&forced).contains('\x1b'));
}

#[test]
fn pretty_output_is_miette() {
    let (_t, dir) = scratch(&[("a.txt", fixture("duplicate-number").as_bytes())]);
    let out = planlint(&dir, &["check", "a.txt"]);
    insta::assert_snapshot!(stdout(&out));
}

#[test]
fn rule_docs_and_list() {
    let out = planlint(Path::new(ROOT), &["rule", "--all"]);
    assert_eq!(out.status.code(), Some(0));
    insta::assert_snapshot!("rule_list", stdout(&out));
    let out = planlint(Path::new(ROOT), &["rule", "malformed-date"]);
    assert!(stdout(&out).starts_with("# malformed-date (error)\n\n## What it does\n"));
    let out = planlint(Path::new(ROOT), &["rule", "nope"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn parse_exports_the_model() {
    let out = planlint(
        Path::new(ROOT),
        &["parse", "seeds/itc-2022-2024.txt", "--format", "json"],
    );
    assert_eq!(out.status.code(), Some(0));
    let plan: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(plan["sections"].as_array().unwrap().len(), 4);
    let d = &plan["sections"][3]["tables"][0]["rows"];
    assert_eq!(d.as_array().unwrap().len(), 50);
    assert_eq!(d[0]["group"], "指定本地研究機構名單 (DLRI)");
    assert_eq!(plan["published"], serde_json::Value::Null);
}

/// English plans write the combined category/name cell with an ASCII `/`,
/// often with spaces; it was not split, so every row had an empty category.
#[test]
fn parse_splits_english_category_and_name() {
    let out = planlint(
        Path::new(ROOT),
        &[
            "parse",
            "tests/fixtures/plans/itc-2022-2024.en.txt",
            "--format",
            "json",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let plan: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(plan["language"], "en");
    let row = &plan["sections"][0]["tables"][0]["rows"][0];
    assert_eq!(row["number"], 1);
    assert_eq!(row["category"], "Information Technology and Broadcasting");
    assert_eq!(
        row["name"],
        "List of enterprises approved for funding under the Distance Business Programme"
    );
    insta::assert_snapshot!(stdout(&out));
}

#[test]
fn usage_errors_exit_two() {
    let out = planlint(Path::new(ROOT), &["check", "--format", "yaml"]);
    assert_eq!(out.status.code(), Some(2));
    let out = planlint(Path::new(ROOT), &["--help"]);
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn fix_rewrites_the_file_and_reports_what_is_left() {
    let broken = std::fs::read(format!("{ROOT}/examples/broken-plan.txt")).unwrap();
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(
            String::from_utf8(broken.clone())
                .unwrap()
                .encode_utf16()
                .flat_map(u16::to_le_bytes),
        )
        .collect();
    let (_t, dir) = scratch(&[("plan.txt", &broken), ("wide.txt", &utf16)]);
    // The nearest spelling of a frequency is a guess: --fix alone leaves it.
    let out = planlint(&dir, &["check", "plan.txt", "--fix", "--format", "concise"]);
    let fixed = std::fs::read_to_string(dir.join("plan.txt")).unwrap();
    assert!(fixed.contains("\t03/2024\t每年\n"), "{fixed}");
    assert!(fixed.contains("\t06/2024\t實特\n"), "{fixed}");
    assert!(stdout(&out).contains("error[unknown-frequency] unknown update frequency `實特`"));
    assert!(
        stdout(&out).contains("1 fixable with --fix --unsafe-fixes"),
        "{}",
        stdout(&out)
    );
    std::fs::write(dir.join("plan.txt"), &broken).unwrap();
    let out = planlint(
        &dir,
        &[
            "check",
            ".",
            "--fix",
            "--unsafe-fixes",
            "--format",
            "concise",
        ],
    );
    assert_eq!(out.status.code(), Some(1), "three findings have no fix");
    let fixed = std::fs::read_to_string(dir.join("plan.txt")).unwrap();
    assert!(fixed.contains("\t03/2024\t每年\n"), "{fixed}");
    assert!(fixed.contains("\t06/2024\t實時\n"), "{fixed}");
    assert_eq!(
        fixed.len(),
        broken.len() + 1,
        "only the date gained a byte; 實特 and 實時 are the same length"
    );
    let left = stdout(&out);
    assert!(
        !left.contains("plan.txt:8:24: error[malformed-date]"),
        "{left}"
    );
    assert!(
        left.contains("plan.txt:10:1: error[duplicate-number]"),
        "{left}"
    );
    assert!(
        stderr(&out).contains("planlint: fixed 2 problems in 1 file"),
        "{}",
        stderr(&out)
    );
    // A UTF-16 file is reported but never rewritten.
    assert_eq!(std::fs::read(dir.join("wide.txt")).unwrap(), utf16);
    assert!(
        left.contains("wide.txt:8:24: error[malformed-date]"),
        "{left}"
    );
}

#[cfg(unix)]
#[test]
fn folder_walks_do_not_follow_links_to_folders() {
    // A link back to a parent folder sent the walk round and round, until
    // the path grew too long to read, checking the same files again and again.
    let (_t, dir) = scratch(&[("plans/a.txt", fixture("cell-count").as_bytes())]);
    std::os::unix::fs::symlink(&dir, dir.join("plans/loop")).unwrap();
    std::os::unix::fs::symlink(dir.join("plans/a.txt"), dir.join("plans/b.txt")).unwrap();
    let out = planlint(&dir, &["check", "plans", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    // The link b.txt is a.txt: one file, checked once.
    assert_eq!(json["summary"]["files"], 1, "a.txt, once");
}

/// The hook runs on the file names pre-commit passes, so it must apply
/// `[files] exclude` to them (tests/cmd/force-exclude.md shows the flag).
#[test]
fn the_pre_commit_hook_passes_force_exclude() {
    let hooks = std::fs::read_to_string(Path::new(ROOT).join(".pre-commit-hooks.yaml")).unwrap();
    let entry = hooks
        .lines()
        .find_map(|l| l.trim().strip_prefix("entry:"))
        .unwrap()
        .trim();
    assert_eq!(entry, "planlint check --force-exclude");
}

/// `--version` names the commit HEAD is at, when built from a git checkout
/// with git at hand (as here, and as `cargo install --git` builds).
#[test]
fn version_names_the_commit() {
    let out = planlint(Path::new(ROOT), &["--version"]);
    let version = stdout(&out);
    assert!(
        version.starts_with(concat!("planlint ", env!("CARGO_PKG_VERSION"))),
        "{version}"
    );
    let head = Command::new("git")
        .args(["log", "-1", "--format=%h %cs"])
        .current_dir(ROOT)
        .output();
    match head {
        Ok(head) if head.status.success() => {
            let head = String::from_utf8_lossy(&head.stdout).trim().to_owned();
            assert!(
                version.contains(&format!("({head})")),
                "{version} vs {head}"
            );
        }
        // No git, or not a checkout (a crates.io archive): the plain version.
        _ => assert_eq!(
            version.trim(),
            concat!("planlint ", env!("CARGO_PKG_VERSION"))
        ),
    }
}

/// On a terminal, colour is on unless `TERM=dumb` or `NO_COLOR`; `script`
/// (util-linux) gives planlint a pseudo-terminal.
#[cfg(target_os = "linux")]
#[test]
fn colour_on_a_terminal_follows_term_and_no_color() {
    let bad = fixture("malformed-date");
    let (_t, dir) = scratch(&[("bad.txt", bad.as_bytes())]);
    let on_terminal = |term: &str, no_color: &str| {
        let out = Command::new("script")
            .args([
                "-qec",
                &format!("{BIN} check bad.txt --format concise"),
                "/dev/null",
            ])
            .current_dir(&dir)
            .env("TERM", term)
            .env("NO_COLOR", no_color)
            .env_remove("FORCE_COLOR")
            .env_remove("CLICOLOR_FORCE")
            .env_remove("CLICOLOR")
            .env_remove("CI")
            .stdin(Stdio::null())
            .output()
            .expect("script (util-linux) runs planlint on a terminal");
        let text = stdout(&out);
        assert!(text.contains("malformed-date"), "{text}");
        text.contains('\u{1b}')
    };
    assert!(on_terminal("xterm-256color", ""), "a terminal gets colour");
    assert!(!on_terminal("dumb", ""), "TERM=dumb gets none");
    assert!(!on_terminal("xterm-256color", "1"), "NO_COLOR gets none");
}

/// `/dev/full`: every write fails with "no space left on device".
fn full() -> Stdio {
    std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap()
        .into()
}

/// Runs planlint in `dir` with `stdout` and `stderr` as given; returns the exit code.
fn exit_code(dir: &Path, args: &[&str], stdout: Stdio, stderr: Stdio) -> Option<i32> {
    let mut child = Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .env_remove("GITHUB_STEP_SUMMARY")
        .stdin(Stdio::null())
        .stdout(stdout)
        .stderr(stderr)
        .spawn()
        .unwrap();
    // A pipe nobody reads: its reading end is closed at once.
    drop(child.stdout.take());
    drop(child.stderr.take());
    child.wait().unwrap().code()
}

/// Messages to a full or closed standard error panicked (`eprintln!`, exit
/// 101): the fix summary, a config error, an unreadable file. Findings still
/// decide the exit code.
#[test]
fn a_full_or_closed_standard_error_is_no_panic() {
    let bad = fixture("malformed-date");
    let (_dir, path) = scratch(&[
        ("plan.txt", bad.as_bytes()),
        ("broken/planlint.toml", b"[rules\n"),
        ("broken/plan.txt", bad.as_bytes()),
    ]);
    for stderr in [full as fn() -> Stdio, Stdio::piped] {
        let code = exit_code(&path, &["check", "plan.txt"], Stdio::null(), stderr());
        assert_eq!(code, Some(1));
        let code = exit_code(
            &path,
            &["check", "--fix", "plan.txt"],
            Stdio::null(),
            stderr(),
        );
        assert_eq!(code, Some(1));
        for args in [
            &["check", "broken"][..],
            &["check", "missing.txt"],
            &["rule", "nope"],
        ] {
            let code = exit_code(&path, args, Stdio::null(), stderr());
            assert_eq!(code, Some(2), "{args:?}");
        }
    }
}

/// Output to a full disk is an error (exit 2, said on standard error), and
/// output to a reader that went away (`| head`) is none; neither panics.
#[test]
fn a_full_or_closed_standard_output_is_no_panic() {
    let bad = fixture("malformed-date");
    let (_dir, path) = scratch(&[("plan.txt", bad.as_bytes())]);
    let runs: [&[&str]; 5] = [
        &["check", "plan.txt"],
        &["check", "--format", "sarif", "plan.txt"],
        &["parse", "plan.txt"],
        &["rule", "--all"],
        &["rule", "malformed-date"],
    ];
    for args in runs {
        let output = Command::new(BIN)
            .args(args)
            .current_dir(&path)
            .stdout(full())
            .output()
            .unwrap();
        assert_eq!(
            output.status.code(),
            Some(2),
            "{args:?}: {}",
            stderr(&output)
        );
        assert!(
            stderr(&output).contains("cannot write output: No space left on device"),
            "{args:?}: {}",
            stderr(&output)
        );
        assert_eq!(exit_code(&path, args, full(), full()), Some(2), "{args:?}");
        // Only `check` finds something in the plan.
        let finding = i32::from(args[0] == "check");
        let closed = exit_code(&path, args, Stdio::piped(), Stdio::null());
        assert_eq!(closed, Some(finding), "{args:?}");
    }
}

/// Found by fuzzing: pretty output drew the whole line for every finding on
/// it, so a line of 15,000 bytes with as many findings took seconds and
/// wrote hundreds of megabytes. A long line is now drawn as a window around
/// each finding.
#[test]
fn pretty_output_draws_a_window_of_a_long_line_for_each_finding() {
    let cells: Vec<String> = (0..2_000).map(|i| format!("x{i}")).collect();
    let plan = format!(
        "A. 在 2024 年發放的局／部門數據集\n編號\t數據種類\t數據集名稱\t一般說明\t目標發放日期 (月/年)\t更新頻率\t{}\n",
        cells.join("\t")
    );
    let (_dir, path) = scratch(&[("wide.txt", plan.as_bytes())]);
    let out = planlint(
        &path,
        &["check", "--color", "never", "--lang", "en", "wide.txt"],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = stdout(&out);
    let findings = text.matches("unknown column header").count();
    assert!(findings >= 2_000, "{findings} findings");
    // Each finding shows about 480 bytes of its line, not all 12,000.
    assert!(
        text.len() < findings * 3_000,
        "{} bytes of output for {findings} findings",
        text.len()
    );
    // The last finding's excerpt is the end of the line, not its start.
    let last = text.split("unknown column header `x1999`").nth(1).unwrap();
    let excerpt = last.lines().nth(2).unwrap_or("");
    assert!(excerpt.contains("x1999"), "{last}");
    assert!(!excerpt.contains("編號"), "{last}");
}

/// A finding past display column 65,535 made the default pretty output
/// panic (miette: "Formatting argument out of range"), losing every other
/// file's findings with it; so did a config error on such a line.
#[test]
fn pretty_output_survives_findings_past_column_65535() {
    let bad = fixture("malformed-date");
    let long_row = format!("1\t財經\t開支資料\t{}\t3/2024\t每年", "數".repeat(40_000));
    let long = format!(
        "A. 在 2024 年發放的局／部門數據集\n編號\t數據種類\t數據集名稱\t一般說明\t目標發放日期 (月/年)\t更新頻率\n{long_row}"
    );
    let (_dir, path) = scratch(&[
        ("a-long.txt", long.as_bytes()),
        ("b-short.txt", bad.as_bytes()),
        (
            "config/planlint.toml",
            format!("[rules]\nmalformed-date = \"{}\"\n", "數".repeat(40_000)).as_bytes(),
        ),
        ("config/plan.txt", bad.as_bytes()),
    ]);
    let out = planlint(
        &path,
        &["check", "--color", "never", "a-long.txt", "b-short.txt"],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("note: at a-long.txt:3:40012; the line is too long to show"),
        "{text}"
    );
    assert!(text.contains("╭─[b-short.txt:"), "{text}");
    let out = planlint(&path, &["check", "config"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("the line is too long to show"),
        "{}",
        stderr(&out)
    );
    // Found by fuzzing: miette breaks lines at LF only, so a short line
    // after a long one, with lone CR line ends, is past column 65,535 to it.
    let lone_cr = format!(
        "{}\r1\t財經\t開支\t數據以 CSV 格式提供\t03/2024\t每年",
        "99/9999".repeat(20_000)
    );
    std::fs::write(path.join("lone-cr.txt"), lone_cr).unwrap();
    let out = planlint(&path, &["check", "--color", "never", "lone-cr.txt"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("note: at lone-cr.txt:2:1; the line is too long to show"),
        "{}",
        stdout(&out)
    );
}
