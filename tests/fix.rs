//! `planlint check --fix` on disk: a fix never loses data, whatever happens
//! while it runs.
//! Messages are pinned to English (`PLANLINT_LANG=en`); tests/i18n.rs
//! covers the other languages.

use std::fmt::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

const BIN: &str = env!("CARGO_BIN_EXE_planlint");

/// A plan of `rows` rows, every one with a date to fix (`3/2024`).
fn large_plan(rows: usize) -> String {
    let mut plan = String::from(
        "創新科技及工業局\n\n2024-2026年度整合開放數據計劃\n\nA. 在 2024 年發放的局／部門數據集\n\n編號\t數據種類\t數據集名稱\t一般說明\t目標發放日期 (月/年)\t更新頻率\n",
    );
    for i in 1..=rows {
        let _ = writeln!(
            plan,
            "{i}\t財經\t數據集{i}\t數據以 CSV 格式提供\t{}/2024\t每年",
            i % 9 + 1
        );
    }
    plan
}

fn fix(dir: &Path, file: &str) -> std::process::Child {
    Command::new(BIN)
        .env("PLANLINT_LANG", "en")
        .args([
            "check",
            "--fix",
            "--select",
            "malformed-date",
            "--format",
            "concise",
            file,
        ])
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

/// `kill -9` while a 74 MB plan was being written left it at 0 bytes or
/// 2 MiB, 3 runs in 3. Killed at any moment, the plan must now be exactly
/// as it was or exactly fixed.
#[test]
fn a_killed_fix_leaves_the_plan_as_it_was_or_fixed() {
    let dir = tempfile::tempdir().unwrap();
    let original = large_plan(40_000);
    // The fixed text, and how long a whole run takes.
    std::fs::write(dir.path().join("whole.txt"), &original).unwrap();
    let started = Instant::now();
    let status = fix(dir.path(), "whole.txt").wait().unwrap();
    let whole = started.elapsed();
    assert_eq!(status.code(), Some(0));
    let fixed = std::fs::read_to_string(dir.path().join("whole.txt")).unwrap();
    assert_ne!(fixed, original);
    let mut outcomes = [0; 2];
    // Kills spread over the run, most of them late, when the file is written.
    for (run, fraction) in [0.3, 0.6, 0.8, 0.9, 0.95, 0.98, 1.0, 1.02]
        .into_iter()
        .enumerate()
    {
        let name = format!("plan-{run}.txt");
        let path = dir.path().join(&name);
        std::fs::write(&path, &original).unwrap();
        let mut child = fix(dir.path(), &name);
        std::thread::sleep(whole.mul_f64(fraction));
        let _ = child.kill();
        let _ = child.wait();
        let now = std::fs::read_to_string(&path).unwrap();
        assert!(
            now == original || now == fixed,
            "killed at {fraction} of {whole:?}: the plan is neither as it was nor fixed ({} bytes)",
            now.len()
        );
        outcomes[usize::from(now == fixed)] += 1;
    }
    eprintln!("as before: {}, fixed: {}", outcomes[0], outcomes[1]);
}

/// A read-only plan's other findings were not shown: the failed write ended
/// its report. It is now left alone, said so, and checked as it is.
#[test]
fn a_read_only_plan_is_reported_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.txt");
    let original = large_plan(2).replace(
        "2\t財經\t數據集2\t數據以 CSV 格式提供\t3/2024",
        "2\t財經\t數據集2\t數據以 CSV 格式提供\t13/2024",
    );
    std::fs::write(&path, &original).unwrap();
    let mut permissions = std::fs::metadata(&path).unwrap().permissions();
    permissions.set_readonly(true);
    std::fs::set_permissions(&path, permissions).unwrap();
    let output = Command::new(BIN)
        .env("PLANLINT_LANG", "en")
        .args([
            "check",
            "--fix",
            "--select",
            "malformed-date",
            "--format",
            "concise",
            "plan.txt",
        ])
        .current_dir(dir.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("plan.txt: not fixed: the file is read-only; it was left unchanged"),
        "{stderr}"
    );
    // Both dates are still reported: the fixable one and the other.
    assert_eq!(stdout.matches("malformed-date").count(), 2, "{stdout}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), original);
}

/// Fixes were written up to three times per file, once per pass; a
/// symbolic link was followed to a file outside the checked folder.
#[test]
fn links_out_of_the_checked_folder_are_not_written() {
    let outside = tempfile::tempdir().unwrap();
    let tree = tempfile::tempdir().unwrap();
    let target = outside.path().join("plan.txt");
    let original = large_plan(3);
    std::fs::write(&target, &original).unwrap();
    std::os::unix::fs::symlink(&target, tree.path().join("link.txt")).unwrap();
    std::fs::write(tree.path().join("own.txt"), &original).unwrap();
    let output = Command::new(BIN)
        .env("PLANLINT_LANG", "en")
        .args([
            "check",
            "--fix",
            "--select",
            "malformed-date",
            "link.txt",
            "own.txt",
        ])
        .current_dir(tree.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        std::fs::read_to_string(&target).unwrap(),
        original,
        "{stderr}"
    );
    assert!(
        stderr.contains("link.txt: not fixed: the file is a symbolic link to"),
        "{stderr}"
    );
    assert_ne!(
        std::fs::read_to_string(tree.path().join("own.txt")).unwrap(),
        original,
        "{stderr}"
    );
}

/// `--diff` prints what `--fix` would write, writes nothing, and exits 1
/// when there is something to fix; guesses wait for `--unsafe-fixes`.
#[test]
fn diff_shows_the_fixes_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let plan = large_plan(1).replace("\t每年\n", "\t實特\n");
    std::fs::write(dir.path().join("plan.txt"), &plan).unwrap();
    let run = |args: &[&str]| {
        Command::new(BIN)
            .env("PLANLINT_LANG", "en")
            .args(["check", "plan.txt", "--diff"])
            .args(args)
            .current_dir(dir.path())
            .output()
            .unwrap()
    };
    let out = run(&[]);
    let diff = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        diff.starts_with("--- a/plan.txt\n+++ b/plan.txt\n@@ "),
        "{diff}"
    );
    assert!(
        diff.contains("\n-1\t財經\t數據集1\t數據以 CSV 格式提供\t2/2024\t實特\n"),
        "{diff}"
    );
    assert!(
        diff.contains("\n+1\t財經\t數據集1\t數據以 CSV 格式提供\t02/2024\t實特\n"),
        "{diff}"
    );
    let out = run(&["--unsafe-fixes"]);
    let diff = String::from_utf8_lossy(&out.stdout);
    assert!(
        diff.contains("\n+1\t財經\t數據集1\t數據以 CSV 格式提供\t02/2024\t實時\n"),
        "{diff}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("plan.txt")).unwrap(),
        plan
    );
    // Nothing to fix: no diff, exit 0.
    std::fs::write(
        dir.path().join("plan.txt"),
        large_plan(1).replace("2/2024", "02/2024"),
    )
    .unwrap();
    let out = run(&[]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.is_empty());
}

/// Unmounts a file system when dropped.
struct Mounted(std::path::PathBuf);

impl Drop for Mounted {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

/// On a real full disk, `--fix` left the plan cut mid-row and said only
/// `No space left on device`. The plan must be byte for byte as it was, and
/// the message must say that it was left unchanged, and why.
#[test]
#[ignore = "needs root to mount a small tmpfs"]
fn a_full_disk_leaves_the_plan_intact_and_says_why() {
    use std::io::Write as _;
    let dir = tempfile::tempdir().unwrap();
    let disk = dir.path().join("disk");
    std::fs::create_dir(&disk).unwrap();
    let mounted = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=256k", "planlint-full"])
        .arg(&disk)
        .stderr(Stdio::null())
        .status();
    if !mounted.is_ok_and(|s| s.success()) {
        eprintln!(
            "skipped: cannot mount a tmpfs here (needs root and a system that allows mounting)"
        );
        return;
    }
    let _unmount = Mounted(disk.clone());
    let original = large_plan(1_000);
    assert!(
        original.len() < 128 * 1024,
        "the plan fits, its copy does not"
    );
    std::fs::write(disk.join("plan.txt"), &original).unwrap();
    // Fill what is left of the disk.
    let mut filler = std::fs::File::create(disk.join("filler")).unwrap();
    let block = [0u8; 4096];
    let full = loop {
        match filler.write(&block) {
            Ok(0) => break None,
            Ok(_) => {}
            Err(e) => break Some(e),
        }
    };
    let full = full.expect("the disk fills up");
    assert_eq!(full.raw_os_error(), Some(28), "ENOSPC: {full}");
    drop(filler);

    let out = Command::new(BIN)
        .args([
            "check",
            "--fix",
            "--lang",
            "en",
            "--select",
            "malformed-date",
            "--format",
            "concise",
            "plan.txt",
        ])
        .current_dir(&disk)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        std::fs::read(disk.join("plan.txt")).unwrap() == original.as_bytes(),
        "the plan is byte for byte as it was"
    );
    assert!(
        stderr.contains("plan.txt: not fixed: cannot write the fixes (No space left on device")
            && stderr.contains("the file is unchanged"),
        "{stderr}"
    );
    // No temporary file is left behind.
    let left: Vec<String> = std::fs::read_dir(&disk)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(left.len(), 2, "{left:?}");
    // The findings of the plan as it is are still reported.
    assert!(String::from_utf8_lossy(&out.stdout).contains("malformed-date"));
}
