//! The pre-commit hook, run by the real pre-commit against this repository.
//!
//! `pre-commit try-repo` clones this repository (with uncommitted changes to
//! tracked files, but not untracked ones), builds planlint there with
//! `cargo install` as `language: rust` does, and runs the hook in a scratch
//! git repository holding one clean and one broken plan.

use std::path::Path;
use std::process::{Command, Output};

/// A data row before any header row: `unrecognized-line`.
const BROKEN_PLAN: &str = "創新科技及工業局

2024-2026年度整合開放數據計劃（包含空間數據計劃）

A. 在 2024 年發放的局／部門數據集

1\t科技及廣播\t數據集\t說明 CSV\t03/2024\t每年
";

fn run(command: &mut Command) -> Output {
    let output = command
        .output()
        .unwrap_or_else(|e| panic!("cannot run {command:?}: {e}"));
    eprintln!(
        "$ {command:?}\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

fn git(dir: &Path, args: &[&str]) {
    let output = run(Command::new("git").args(args).current_dir(dir));
    assert!(output.status.success(), "git {args:?} failed");
}

#[test]
#[ignore = "needs pre-commit (pip install pre-commit); builds planlint with cargo install"]
fn hook_passes_a_clean_plan_and_fails_a_broken_one() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let home = tempfile::tempdir().unwrap();
    let work = tempfile::tempdir().unwrap();
    git(work.path(), &["init", "--quiet", "--initial-branch=main"]);
    std::fs::copy(
        root.join("seeds/itib-2024-2026.txt"),
        work.path().join("clean.txt"),
    )
    .unwrap();
    std::fs::write(work.path().join("broken.txt"), BROKEN_PLAN).unwrap();
    git(work.path(), &["add", "clean.txt", "broken.txt"]);

    let try_repo = |file: &str| {
        let mut command = Command::new("pre-commit");
        command
            .args([
                "try-repo",
                root.to_str().unwrap(),
                "planlint",
                "--files",
                file,
            ])
            .current_dir(work.path())
            .env("PRE_COMMIT_HOME", home.path())
            .env("PRE_COMMIT_COLOR", "never")
            // Share the release build of the wheel (.ci/run builds it first):
            // cargo install still builds planlint from pre-commit's clone,
            // and recompiles the dependencies it resolves anew (pre-commit
            // does not pass --locked), but reuses the others.
            .env("CARGO_TARGET_DIR", root.join("target"));
        let output = run(&mut command);
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        (output.status.success(), text)
    };

    let (passed, text) = try_repo("clean.txt");
    assert!(passed, "the clean plan must pass:\n{text}");
    assert!(text.contains("Passed"), "{text}");

    let (passed, text) = try_repo("broken.txt");
    assert!(!passed, "the broken plan must fail:\n{text}");
    assert!(text.contains("Failed"), "{text}");
    assert!(text.contains("- exit code: 1"), "{text}");
    assert!(text.contains("unrecognized-line"), "{text}");
    assert!(text.contains("broken.txt"), "{text}");
}
