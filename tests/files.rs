//! Every file that was named or matched is checked once, or reported with
//! the reason it could not be, in every output format.
#![cfg(unix)]

use std::os::unix::ffi::OsStrExt as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_planlint");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Every `--format`, with the text that marks a file error in it.
const FORMATS: [(&str, &str); 10] = [
    ("pretty", "file-error"),
    ("concise", "error[file-error]"),
    ("json", "\"rule\":\"file-error\""),
    ("sarif", "\"toolExecutionNotifications\""),
    ("github", "::error file="),
    ("gitlab", "\"check_name\":\"file-error\""),
    ("junit", "<failure message="),
    ("checkstyle", "source=\"planlint.file-error\""),
    ("rdjson", "\"value\":\"file-error\""),
    ("rdjsonl", "\"value\":\"file-error\""),
];

fn planlint(dir: &Path, args: &[&std::ffi::OsStr]) -> Output {
    Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .env("PLANLINT_LANG", "en")
        .env_remove("GITHUB_STEP_SUMMARY")
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

/// The paths a JSON report has findings in.
fn paths(json: &serde_json::Value) -> std::collections::BTreeSet<&str> {
    json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["path"].as_str().unwrap())
        .collect()
}

/// Runs `planlint check ARGS` in `dir`.
fn check(dir: &Path, args: &[&str]) -> Output {
    let mut all: Vec<&std::ffi::OsStr> = vec!["check".as_ref()];
    all.extend(args.iter().map(std::ffi::OsStr::new));
    planlint(dir, &all)
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A plan with findings, six of them with safe fixes.
fn plan() -> Vec<u8> {
    std::fs::read(format!(
        "{ROOT}/tests/fixtures/rules/malformed-date/fires.txt"
    ))
    .unwrap()
}

fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(status.success());
}

/// Runs `command` and fails the test if it has not ended within 20 s.
fn within_time_limit(mut command: Command) -> Output {
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(20) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("planlint is blocked");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

/// A folder holding only a FIFO exited 0 with no word.
#[test]
fn a_fifo_in_a_folder_is_reported_not_skipped() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("plans")).unwrap();
    mkfifo(&dir.path().join("plans/pipe.txt"));
    let mut command = Command::new(BIN);
    command
        .args(["check", "--lang", "en", "plans", "--format", "concise"])
        .current_dir(dir.path());
    let out = within_time_limit(command);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stdout(&out).contains(
            "plans/pipe.txt:1:1: error[file-error] cannot read: not a regular file (a FIFO)"
        ),
        "{}",
        stdout(&out)
    );
    assert!(stdout(&out).contains("1 file could not be checked"));
}

/// `planlint parse fifo.txt` blocked for ever.
#[test]
fn parse_of_a_fifo_does_not_block() {
    let dir = tempfile::tempdir().unwrap();
    mkfifo(&dir.path().join("fifo.txt"));
    let mut command = Command::new(BIN);
    command.args(["parse", "fifo.txt"]).current_dir(dir.path());
    let out = within_time_limit(command);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("fifo.txt: cannot read: not a regular file (a FIFO)"),
        "{}",
        stderr(&out)
    );
}

/// A FIFO named on the command line was "not a file or folder", on
/// standard error only.
#[test]
fn check_of_a_named_fifo_does_not_block() {
    let dir = tempfile::tempdir().unwrap();
    mkfifo(&dir.path().join("fifo.txt"));
    let mut command = Command::new(BIN);
    command
        .args(["check", "--format", "json", "fifo.txt"])
        .current_dir(dir.path());
    let out = within_time_limit(command);
    assert_eq!(out.status.code(), Some(2));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["diagnostics"][0]["path"], "fifo.txt");
    assert_eq!(
        json["diagnostics"][0]["message"],
        "cannot read: not a regular file (a FIFO)"
    );
    assert_eq!(json["summary"]["unreadable"], 1);
}

/// A dangling link in a folder was skipped with no word.
#[test]
fn a_dangling_link_is_reported_with_its_reason() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("plans")).unwrap();
    std::os::unix::fs::symlink("gone.txt", dir.path().join("plans/link.txt")).unwrap();
    let out = check(dir.path(), &["plans", "--format", "concise"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stdout(&out).contains(
            "plans/link.txt:1:1: error[file-error] cannot read: dangling symbolic link to `gone.txt`: no such file or directory"
        ),
        "{}",
        stdout(&out)
    );
}

/// Every path that could not be opened was "no such file or directory".
#[test]
fn a_link_to_itself_says_symlink_loop() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("plans")).unwrap();
    std::os::unix::fs::symlink("self.txt", dir.path().join("plans/self.txt")).unwrap();
    let out = check(dir.path(), &["plans", "--format", "concise"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stdout(&out).contains("plans/self.txt:1:1: error[file-error] cannot read: symlink loop"),
        "{}",
        stdout(&out)
    );
}

/// A missing file named on the command line is reported like any file
/// that cannot be read, in the output as well as on standard error.
#[test]
fn a_missing_file_is_reported_in_the_output() {
    let dir = tempfile::tempdir().unwrap();
    let out = check(dir.path(), &["missing.txt", "--format", "concise"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stdout(&out)
            .contains("missing.txt:1:1: error[file-error] cannot read: no such file or directory"),
        "{}",
        stdout(&out)
    );
}

/// Through a link to its own folder, one plan was checked under many names
/// (42 through `loop/**/*.txt`) and `--fix` counted its fixes once per name.
#[test]
fn a_symlink_loop_checks_each_file_once() {
    let dir = tempfile::tempdir().unwrap();
    let plans = dir.path().join("plans");
    std::fs::create_dir(&plans).unwrap();
    std::fs::write(plans.join("a.txt"), plan()).unwrap();
    std::os::unix::fs::symlink(".", plans.join("loop")).unwrap();
    std::os::unix::fs::symlink("plans", dir.path().join("loop")).unwrap();
    let names = [
        "plans",
        "plans/a.txt",
        "./plans/a.txt",
        "plans/loop/a.txt",
        "plans/loop/loop/loop/a.txt",
        "loop/a.txt",
        "loop/**/*.txt",
        "plans/loop/**/*.txt",
    ];
    let mut args = names.to_vec();
    args.extend(["--format", "json"]);
    let out = check(dir.path(), &args);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["summary"]["files"], 1);
    assert_eq!(json["summary"]["errors"], 9);
    let paths = paths(&json);
    assert_eq!(paths.len(), 1, "{paths:?}");

    let mut args = names.to_vec();
    args.extend(["--fix", "--format", "concise"]);
    let out = check(dir.path(), &args);
    assert!(
        stderr(&out).contains("fixed 6 problems in 1 file"),
        "{}",
        stderr(&out)
    );
}

/// A hard link is one file under two names: it is checked, and reported,
/// once, under the name that comes first, whether or not the workspace
/// rules compare plans, and whether or not fixes are written.
#[test]
fn a_hard_link_is_checked_once() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), plan()).unwrap();
    std::fs::hard_link(dir.path().join("a.txt"), dir.path().join("b.txt")).unwrap();
    for args in [
        &["a.txt", "b.txt"][..],
        &["b.txt", "a.txt", "--select", "malformed-date"],
        &["."],
        &[".", "--select", "malformed-date"],
    ] {
        let mut args = args.to_vec();
        args.extend(["--format", "json"]);
        let out = check(dir.path(), &args);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {}", stderr(&out));
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(json["summary"]["files"], 1, "{args:?}");
        let paths = paths(&json);
        assert_eq!(paths, ["a.txt"].into(), "{args:?}");
    }
    let out = check(
        dir.path(),
        &["a.txt", "b.txt", "--fix", "--format", "concise"],
    );
    assert!(stderr(&out).contains("in 1 file"), "{}", stderr(&out));
}

/// A file name that is not UTF-8 stopped the whole run in argument parsing.
#[test]
fn a_non_utf8_file_name_is_checked() {
    let dir = tempfile::tempdir().unwrap();
    let name = std::ffi::OsStr::from_bytes(b"plan-\xff.txt");
    std::fs::write(dir.path().join(name), plan()).unwrap();
    let out = planlint(
        dir.path(),
        &[
            "check".as_ref(),
            name,
            "--format".as_ref(),
            "concise".as_ref(),
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("plan-\u{FFFD}.txt:15:24: error[malformed-date]"),
        "{}",
        stdout(&out)
    );
    // And found by walking its folder.
    let out = check(dir.path(), &[".", "--format", "concise"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stdout(&out).contains("plan-\u{FFFD}.txt:15:24: error[malformed-date]"));
}

/// `planlint parse` took its file names as UTF-8 strings, so a non-UTF-8 name
/// stopped the run in argument parsing.
#[test]
fn parse_of_a_non_utf8_file_name_reads_the_plan() {
    let dir = tempfile::tempdir().unwrap();
    let name = std::ffi::OsStr::from_bytes(b"plan-\xff.txt");
    std::fs::write(dir.path().join(name), plan()).unwrap();
    let out = planlint(
        dir.path(),
        &["parse".as_ref(), name, "--format".as_ref(), "csv".as_ref()],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let csv = stdout(&out);
    assert!(csv.starts_with("path,"), "{csv}");
    assert!(
        csv.lines()
            .skip(1)
            .all(|l| l.starts_with("plan-\u{FFFD}.txt,")),
        "{csv}"
    );
    assert!(csv.lines().count() > 1, "{csv}");
}

/// Paths that could not be opened were all "no such file or directory".
#[test]
fn an_unreadable_file_says_permission_denied() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("secret.txt");
    std::fs::write(&path, plan()).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&path).is_ok() {
        eprintln!("skipped: this process reads files whatever their permissions (it runs as root)");
        return;
    }
    let out = check(dir.path(), &["secret.txt", "--format", "concise"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stdout(&out).contains("secret.txt:1:1: error[file-error] cannot read: permission denied"),
        "{}",
        stdout(&out)
    );
}

/// A plan whose path is longer than the system allows was skipped with no
/// word while walking its folder.
#[test]
fn a_path_over_the_system_limit_says_name_too_long() {
    let dir = tempfile::tempdir().unwrap();
    // Twenty folders of 199 bytes: a 4,000-byte folder path the walk can
    // still read, holding a file whose path is 4,200 bytes, over PATH_MAX
    // (4,096 on Linux).
    let folder = "d".repeat(199);
    let file = format!("{}.txt", "p".repeat(196));
    let script = format!(
        "for i in $(seq 20); do mkdir {folder} && cd {folder} || exit 1; done; cat > {file}"
    );
    let mut shell = Command::new("sh")
        .args(["-c", &script])
        .current_dir(dir.path())
        .stdin(Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(&mut shell.stdin.take().unwrap(), &plan()).unwrap();
    assert!(shell.wait().unwrap().success());
    let out = check(dir.path(), &[&folder, "--format", "concise"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains(&format!(
            "{file}:1:1: error[file-error] cannot read: file name too long"
        )),
        "{text}"
    );
}

/// A folder the walk cannot read (here, its path is over PATH_MAX) stands
/// for the plans in it: it is reported in the output, and the run exits 2.
#[test]
fn a_folder_over_the_system_limit_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    // Twenty-one folders of 199 bytes: the last one's path is 4,199 bytes.
    // They are made with one-letter names and renamed from the deepest up,
    // so that no path used to make them is over the limit.
    let folder = "d".repeat(199);
    let short: PathBuf = std::iter::repeat_n("a", 21).collect();
    std::fs::create_dir_all(dir.path().join(&short)).unwrap();
    std::fs::write(dir.path().join(&short).join("a.txt"), plan()).unwrap();
    for depth in (1..=21).rev() {
        let path: PathBuf = std::iter::repeat_n("a", depth).collect();
        let at = dir.path().join(&path);
        std::fs::rename(&at, at.with_file_name(&folder)).unwrap();
    }
    let out = check(dir.path(), &[&folder, "--format", "concise"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains(&format!(
            "{folder}:1:1: error[file-error] cannot read folder: file name too long"
        )),
        "{text}"
    );
    assert!(text.contains("1 file could not be checked"), "{text}");
}

/// Each format carries a file that could not be checked, with its reason,
/// in the output itself (not only on standard error), and the run exits 2.
#[test]
fn every_format_reports_a_file_it_could_not_check() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("plan.txt"), plan()).unwrap();
    mkfifo(&dir.path().join("pipe.txt"));
    for (format, marker) in FORMATS {
        let out = check(
            dir.path(),
            &["plan.txt", "pipe.txt", "missing.txt", "--format", format],
        );
        assert_eq!(out.status.code(), Some(2), "{format}: {}", stderr(&out));
        let text = stdout(&out);
        assert!(text.contains(marker), "{format}: {text}");
        for reason in [
            "cannot read: not a regular file (a FIFO)",
            "cannot read: no such file or directory",
        ] {
            assert!(text.contains(reason), "{format}: {reason}\n{text}");
        }
        // The machine formats say it on standard error too, for whoever
        // reads the log; pretty and concise say it once, in the output.
        let on_stderr = stderr(&out).contains("pipe.txt: cannot read");
        assert_eq!(
            on_stderr,
            !matches!(format, "pretty" | "concise"),
            "{format}: {}",
            stderr(&out)
        );
        // The checked plan's findings are still all there.
        assert!(text.contains("malformed-date"), "{format}: {text}");
    }
}

/// SARIF puts a file it could not check in the run's invocation, where
/// GitHub code scanning shows tool problems, not among the results.
#[test]
fn sarif_reports_a_file_it_could_not_check_as_a_tool_notification() {
    let dir = tempfile::tempdir().unwrap();
    let out = check(dir.path(), &["missing.txt", "--format", "sarif"]);
    assert_eq!(out.status.code(), Some(2));
    let sarif: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let run = &sarif["runs"][0];
    assert_eq!(run["results"], serde_json::json!([]));
    let invocation = &run["invocations"][0];
    assert_eq!(invocation["executionSuccessful"], false);
    let notification = &invocation["toolExecutionNotifications"][0];
    assert_eq!(notification["level"], "error");
    assert_eq!(notification["descriptor"]["id"], "file-error");
    assert_eq!(
        notification["message"]["text"],
        "missing.txt: cannot read: no such file or directory"
    );
    assert_eq!(
        notification["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "missing.txt"
    );
}
