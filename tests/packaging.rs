//! planlint as people install it without Rust: the wheel maturin builds from
//! pyproject.toml, the pre-commit mirror hook that installs that wheel
//! (integrations/pre-commit-mirror/), and the GitHub Action's install script
//! (integrations/action/install.sh) against a release served on 127.0.0.1.
//!
//! The ignored tests share one release build: the wheel in the folder named
//! by `PLANLINT_WHEEL_DIR` (`.ci/run` builds it once with `maturin build
//! --release`), or else one they build with the `maturin` on `PATH`.

#![cfg(unix)]

use std::collections::HashMap;
use std::ffi::OsString;
use std::fs;
use std::io::{BufRead, BufReader};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdout, Command, Output, Stdio};
use std::sync::OnceLock;

const VERSION: &str = env!("CARGO_PKG_VERSION");

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn run(command: &mut Command) -> Output {
    let output = command
        .output()
        .unwrap_or_else(|e| panic!("cannot run {command:?}: {e}"));
    eprintln!("$ {command:?}\n{}", text(&output));
    output
}

fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The planlint wheel of this version, built once for all tests.
fn wheel() -> &'static Path {
    static WHEEL: OnceLock<PathBuf> = OnceLock::new();
    WHEEL.get_or_init(|| {
        let dir = if let Some(dir) = std::env::var_os("PLANLINT_WHEEL_DIR") {
            PathBuf::from(dir)
        } else {
            let dir = root().join("target/packaging/wheels");
            let _ = fs::remove_dir_all(&dir);
            let output = run(Command::new("maturin")
                .args(["build", "--release", "--out"])
                .arg(&dir)
                .current_dir(root()));
            assert!(output.status.success(), "maturin build failed");
            dir
        };
        let prefix = format!("planlint-{VERSION}-");
        let wheels: Vec<PathBuf> = fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|entry| entry.unwrap().path())
            .filter(|path| {
                let name = path.file_name().unwrap().to_string_lossy();
                name.starts_with(&prefix) && name.ends_with(".whl")
            })
            .collect();
        assert_eq!(
            wheels.len(),
            1,
            "one planlint {VERSION} wheel in {}: {wheels:?}",
            dir.display()
        );
        wheels.into_iter().next().unwrap()
    })
}

/// The wheel unpacked (a wheel is a zip file), once.
fn unpacked_wheel() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = root().join("target/packaging/unpacked");
        let _ = fs::remove_dir_all(&dir);
        let output = run(Command::new("python3")
            .args(["-m", "zipfile", "-e"])
            .arg(wheel())
            .arg(&dir));
        assert!(output.status.success(), "cannot unpack the wheel");
        let binary = dir.join(format!("planlint-{VERSION}.data/scripts/planlint"));
        fs::set_permissions(&binary, fs::Permissions::from_mode(0o755)).unwrap();
        dir
    })
}

/// The planlint binary the wheel ships.
fn wheel_binary() -> PathBuf {
    unpacked_wheel().join(format!("planlint-{VERSION}.data/scripts/planlint"))
}

/// `PATH` without the folders that hold cargo, rustc or rustup.
fn path_without_rust() -> OsString {
    let path = std::env::var_os("PATH").unwrap_or_default();
    let kept: Vec<PathBuf> = std::env::split_paths(&path)
        .filter(|dir| {
            !["cargo", "rustc", "rustup"]
                .iter()
                .any(|name| dir.join(name).exists())
        })
        .collect();
    let path = std::env::join_paths(kept).unwrap();
    let output = run(Command::new("sh")
        .args(["-c", "command -v cargo rustc || true"])
        .env("PATH", &path));
    assert_eq!(stdout(&output), "", "cargo or rustc is still on PATH");
    path
}

/// A command that sees no Rust toolchain: not on `PATH`, nor through the
/// variables cargo sets for its tests.
fn without_rust(command: &mut Command, path: &OsString) {
    command
        .env("PATH", path)
        .env_remove("CARGO")
        .env_remove("RUSTC")
        .env_remove("RUSTUP_TOOLCHAIN");
}

fn git(dir: &Path, args: &[&str]) {
    let output = run(Command::new("git")
        .args([
            "-c",
            "user.name=planlint",
            "-c",
            "user.email=planlint@example.com",
        ])
        .args(args)
        .current_dir(dir));
    assert!(output.status.success(), "git {args:?} failed");
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
    }
}

#[test]
#[ignore = "needs python3 and a wheel (maturin on PATH, or PLANLINT_WHEEL_DIR as .ci/run sets)"]
fn wheel_runs_from_a_fresh_virtual_environment_without_rust() {
    let wheel = wheel();
    // Any Python 3 on this platform: the binary does not use Python at all.
    let name = wheel.file_name().unwrap().to_string_lossy();
    assert!(
        name.starts_with(&format!("planlint-{VERSION}-py3-none-")),
        "{name}"
    );
    let metadata =
        fs::read_to_string(unpacked_wheel().join(format!("planlint-{VERSION}.dist-info/METADATA")))
            .unwrap();
    for field in [
        "Name: planlint\n".to_owned(),
        format!("Version: {VERSION}\n"),
        "License-Expression: MIT OR Apache-2.0\n".to_owned(),
        "Description-Content-Type: text/markdown".to_owned(),
    ] {
        assert!(metadata.contains(&field), "METADATA lacks {field:?}");
    }

    let venv = tempfile::tempdir().unwrap();
    let output = run(Command::new("python3")
        .args(["-m", "venv"])
        .arg(venv.path()));
    assert!(output.status.success(), "python3 -m venv failed");
    let bin = venv.path().join("bin");
    let output = run(Command::new(bin.join("pip"))
        .args(["install", "--no-index", "--disable-pip-version-check"])
        .arg(wheel));
    assert!(output.status.success(), "pip install of the wheel failed");

    let mut dirs = vec![bin.clone()];
    dirs.extend(std::env::split_paths(&path_without_rust()));
    let path = std::env::join_paths(dirs).unwrap();
    let planlint = |args: &[&str]| {
        let mut command = Command::new("planlint");
        command.args(args).current_dir(root());
        without_rust(&mut command, &path);
        run(&mut command)
    };

    // The venv's planlint is the one found, and nothing else of Rust is.
    let output = run(Command::new("sh")
        .args(["-c", "command -v planlint; command -v cargo rustc || true"])
        .env("PATH", &path));
    assert_eq!(
        stdout(&output).trim(),
        bin.join("planlint").to_str().unwrap()
    );

    let output = planlint(&["--version"]);
    assert!(output.status.success(), "{}", text(&output));
    // `planlint X.Y.Z`, with the commit it was built from.
    let version = stdout(&output);
    let version = version.trim();
    assert!(
        version == format!("planlint {VERSION}")
            || version.starts_with(&format!("planlint {VERSION} (")),
        "{version}"
    );

    let output = planlint(&["check", "seeds/"]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output));
    assert_eq!(text(&output), "", "the seeds have no findings");

    let output = planlint(&["check", "examples/broken-plan.txt", "--format", "concise"]);
    assert_eq!(output.status.code(), Some(1), "{}", text(&output));
    assert!(
        stdout(&output).contains("examples/broken-plan.txt:8:24: error[malformed-date]"),
        "{}",
        text(&output)
    );
}

#[test]
#[ignore = "needs pre-commit (pip install pre-commit), python3 and a wheel; downloads setuptools from PyPI"]
fn mirror_hook_installs_the_wheel_and_checks_plans_without_rust() {
    let wheel = wheel();
    let tmp = tempfile::tempdir().unwrap();

    // The mirror repository as the refresh script writes it.
    let mirror = tmp.path().join("planlint-pre-commit");
    copy_dir(&root().join("integrations/pre-commit-mirror"), &mirror);
    git(&mirror, &["init", "--quiet", "--initial-branch=main"]);
    git(&mirror, &["add", "."]);
    git(&mirror, &["commit", "--quiet", "-m", "mirror"]);

    // pip may install from this folder only: the wheel, and setuptools, which
    // builds the mirror's own (empty) package.
    let links = tmp.path().join("wheels");
    fs::create_dir_all(&links).unwrap();
    fs::copy(wheel, links.join(wheel.file_name().unwrap())).unwrap();
    let output = run(Command::new("python3")
        .args(["-m", "pip", "download", "--disable-pip-version-check"])
        .args(["--no-deps", "--only-binary=:all:", "--dest"])
        .arg(&links)
        .arg("setuptools>=61"));
    assert!(output.status.success(), "cannot download setuptools");

    // A plans repository with a clean plan and the broken example.
    let work = tmp.path().join("plans-repo");
    fs::create_dir_all(work.join("plans")).unwrap();
    git(&work, &["init", "--quiet", "--initial-branch=main"]);
    fs::copy(
        root().join("seeds/itib-2024-2026.txt"),
        work.join("plans/itib-2024-2026.txt"),
    )
    .unwrap();
    fs::copy(
        root().join("examples/broken-plan.txt"),
        work.join("plans/broken-plan.txt"),
    )
    .unwrap();
    git(&work, &["add", "plans"]);

    let home = tmp.path().join("pre-commit-home");
    let pip_log = tmp.path().join("pip.log");
    let path = path_without_rust();
    let try_repo = |file: &str| {
        let mut command = Command::new("pre-commit");
        command
            .arg("try-repo")
            .arg(&mirror)
            .args(["planlint", "--files", file])
            .current_dir(&work)
            .env("PRE_COMMIT_HOME", &home)
            .env("PRE_COMMIT_COLOR", "never")
            .env("PIP_NO_INDEX", "1")
            .env("PIP_FIND_LINKS", &links)
            .env("PIP_DISABLE_PIP_VERSION_CHECK", "1")
            .env("PIP_LOG", &pip_log);
        without_rust(&mut command, &path);
        let output = run(&mut command);
        (output.status.success(), text(&output))
    };

    let (passed, text) = try_repo("plans/itib-2024-2026.txt");
    assert!(passed, "the clean plan must pass:\n{text}");
    assert!(
        text.contains("planlint") && text.contains("Passed"),
        "{text}"
    );

    let (passed, text) = try_repo("plans/broken-plan.txt");
    assert!(!passed, "the broken plan must fail:\n{text}");
    assert!(text.contains("Failed"), "{text}");
    assert!(text.contains("- exit code: 1"), "{text}");
    assert!(text.contains("malformed-date"), "{text}");
    // The plan is in Traditional Chinese, so its findings are too.
    assert!(text.contains("「3/2024」"), "{text}");
    assert!(text.contains("plans/broken-plan.txt"), "{text}");

    // pip installed the hook's package, and planlint from the local wheel.
    let log = fs::read_to_string(&pip_log).unwrap();
    let wheel_name = wheel.file_name().unwrap().to_str().unwrap();
    assert!(
        log.contains(&format!("Processing {}", links.join(wheel_name).display())),
        "{log}"
    );
    assert!(
        log.contains(&format!(
            "Successfully installed planlint-{VERSION} planlint-pre-commit-{VERSION}"
        )),
        "{log}"
    );
}

fn find_files(dir: &Path, name: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in fs::read_dir(&dir).unwrap() {
            let entry = entry.unwrap();
            let kind = entry.file_type().unwrap();
            if kind.is_dir() {
                pending.push(entry.path());
            } else if kind.is_file() && entry.file_name() == name {
                found.push(entry.path());
            }
        }
    }
    found
}

/// `python3 -m http.server` on 127.0.0.1, on a port it picks; stopped on drop.
struct Server {
    child: Child,
    _stdout: BufReader<ChildStdout>,
    port: u16,
    log: PathBuf,
}

impl Server {
    fn start(dir: &Path, log: PathBuf) -> Self {
        let mut child = Command::new("python3")
            .args(["-u", "-m", "http.server", "0", "--bind", "127.0.0.1"])
            .arg("--directory")
            .arg(dir)
            .stdout(Stdio::piped())
            .stderr(fs::File::create(&log).unwrap())
            .spawn()
            .expect("run python3 -m http.server");
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        // "Serving HTTP on 127.0.0.1 port 40123 (http://127.0.0.1:40123/) ..."
        let mut line = String::new();
        stdout.read_line(&mut line).unwrap();
        let port = line
            .split_whitespace()
            .skip_while(|word| *word != "port")
            .nth(1)
            .and_then(|port| port.parse().ok())
            .unwrap_or_else(|| {
                panic!(
                    "no port in {line:?}: {}",
                    fs::read_to_string(&log).unwrap_or_default()
                )
            });
        Server {
            child,
            _stdout: stdout,
            port,
            log,
        }
    }

    fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}/{path}", self.port)
    }

    /// The request lines served so far, such as `GET /x HTTP/1.1" 200`.
    fn requests(&self) -> Vec<String> {
        fs::read_to_string(&self.log)
            .unwrap()
            .lines()
            .filter_map(|line| line.split_once("\"GET ").map(|(_, rest)| rest.to_owned()))
            .collect()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A GitHub runner's environment for the action's install script, in `dir`.
struct Runner {
    dir: PathBuf,
}

impl Runner {
    fn new(dir: PathBuf) -> Self {
        for sub in ["temp", "tool-cache"] {
            fs::create_dir_all(dir.join(sub)).unwrap();
        }
        Runner { dir }
    }

    /// Runs `install.sh STEP` with `env` on top of the runner's variables.
    fn install_sh(&self, step: &str, env: &[(&str, &str)]) -> Output {
        let os = match std::env::consts::OS {
            "macos" => "macOS",
            _ => "Linux",
        };
        let arch = match std::env::consts::ARCH {
            "aarch64" => "ARM64",
            _ => "X64",
        };
        let mut command = Command::new("bash");
        command
            .arg(root().join("integrations/action/install.sh"))
            .arg(step)
            .current_dir(&self.dir)
            .env("RUNNER_OS", os)
            .env("RUNNER_ARCH", arch)
            .env("RUNNER_TEMP", self.dir.join("temp"))
            .env("RUNNER_TOOL_CACHE", self.dir.join("tool-cache"))
            .env("GITHUB_OUTPUT", self.dir.join("output"))
            .env("GITHUB_PATH", self.dir.join("path"))
            .env_remove("PLANLINT_VERSION")
            .env_remove("PLANLINT_ACTION_REF")
            .env_remove("PLANLINT_RELEASES_URL")
            .envs(env.iter().copied());
        without_rust(&mut command, &path_without_rust());
        run(&mut command)
    }

    /// The step outputs written so far (single-line ones; a later one wins).
    fn outputs(&self) -> HashMap<String, String> {
        outputs_of(&self.dir.join("output"))
    }

    fn github_path(&self) -> String {
        fs::read_to_string(self.dir.join("path")).unwrap_or_default()
    }
}

fn outputs_of(file: &Path) -> HashMap<String, String> {
    fs::read_to_string(file)
        .unwrap_or_default()
        .lines()
        .filter_map(|line| line.split_once('='))
        .map(|(key, value)| (key.to_owned(), value.to_owned()))
        .collect()
}

/// Lays out a release as the release workflow does: integrations/release/archive.sh
/// on `binary`, under `dir`/v`VERSION`/.
fn release(dir: &Path, target: &str, binary: &Path) {
    let output = run(Command::new("bash")
        .arg(root().join("integrations/release/archive.sh"))
        .arg(target)
        .arg(binary)
        .arg(dir.join(format!("v{VERSION}"))));
    assert!(output.status.success(), "archive.sh failed");
}

#[test]
#[ignore = "needs python3 (http.server), curl and a wheel (maturin, or PLANLINT_WHEEL_DIR)"]
fn action_downloads_a_release_checks_its_checksum_and_runs_it() {
    let tmp = tempfile::tempdir().unwrap();
    let version = [("PLANLINT_VERSION", VERSION)];

    let runner = Runner::new(tmp.path().join("runner"));
    let output = runner.install_sh("plan", &version);
    assert!(output.status.success(), "{}", text(&output));
    let plan = runner.outputs();
    assert_eq!(plan["mode"], "download");
    assert_eq!(plan["version"], VERSION);
    let target = plan["target"].clone();
    assert_eq!(plan["cache-key"], format!("planlint-{VERSION}-{target}"));

    // The release: the wheel's binary, packed as the release workflow packs
    // it (the real Linux archives hold a static musl build of the same source).
    let site = tmp.path().join("site");
    release(&site.join("releases/download"), &target, &wheel_binary());
    // A tampered copy: another program that even answers `--version` as
    // planlint would, packed the same way, beside the genuine checksum.
    let impostor = tmp.path().join("impostor/planlint");
    fs::create_dir_all(impostor.parent().unwrap()).unwrap();
    fs::write(&impostor, format!("#!/bin/sh\necho planlint {VERSION}\n")).unwrap();
    let tampered = site.join("tampered/download");
    release(&tampered, &target, &impostor);
    let asset = format!("v{VERSION}/planlint-{target}.tar.gz");
    fs::copy(
        site.join(format!("releases/download/{asset}.sha256")),
        tampered.join(format!("{asset}.sha256")),
    )
    .unwrap();

    let server = Server::start(&site, tmp.path().join("server.log"));
    let releases = [
        ("PLANLINT_VERSION", VERSION),
        ("PLANLINT_RELEASES_URL", &server.url("releases/download")),
    ];

    let output = runner.install_sh("install", &releases);
    assert!(output.status.success(), "{}", text(&output));
    assert!(text(&output).contains(": OK"), "{}", text(&output));
    let requests = server.requests();
    for file in [asset.clone(), format!("{asset}.sha256")] {
        let line = format!("/releases/download/{file} HTTP/1.1\" 200");
        assert!(
            requests.iter().any(|request| request.starts_with(&line)),
            "{line} not in {requests:#?}"
        );
    }
    let dir = runner
        .dir
        .join(format!("tool-cache/planlint/{VERSION}/{target}/bin"));
    let planlint = dir.join("planlint");
    assert_eq!(runner.outputs()["path"], planlint.to_str().unwrap());
    assert_eq!(runner.github_path(), format!("{}\n", dir.display()));
    assert!(fs::read(&planlint).unwrap() == fs::read(wheel_binary()).unwrap());

    // The installed planlint checks plans, as the action's next step runs it.
    let output = run(Command::new(&planlint)
        .args(["check", "seeds/"])
        .current_dir(root()));
    assert_eq!(output.status.code(), Some(0), "{}", text(&output));
    let output = run(Command::new(&planlint)
        .args(["check", "--format", "github", "examples/broken-plan.txt"])
        .current_dir(root()));
    assert_eq!(output.status.code(), Some(1), "{}", text(&output));
    assert!(
        stdout(&output).contains("::error file=examples/broken-plan.txt,line=8,"),
        "{}",
        text(&output)
    );

    // A second run (the cache restored the folder) downloads nothing.
    let output = runner.install_sh("install", &releases);
    assert!(output.status.success(), "{}", text(&output));
    assert!(
        text(&output).contains("already installed"),
        "{}",
        text(&output)
    );
    assert_eq!(server.requests(), requests);

    // The tampered release is refused and nothing is installed.
    let refused = Runner::new(tmp.path().join("refused"));
    let output = refused.install_sh(
        "install",
        &[
            ("PLANLINT_VERSION", VERSION),
            ("PLANLINT_RELEASES_URL", &server.url("tampered/download")),
        ],
    );
    assert_eq!(output.status.code(), Some(1), "{}", text(&output));
    assert!(
        text(&output).contains(&format!(
            "::error title=planlint install::checksum mismatch for planlint-{target}.tar.gz"
        )),
        "{}",
        text(&output)
    );
    assert!(find_files(&refused.dir, "planlint").is_empty());
    assert_eq!(refused.github_path(), "");
    assert!(!refused.outputs().contains_key("path"));

    // A version that was never released.
    let missing = Runner::new(tmp.path().join("missing"));
    let output = missing.install_sh(
        "install",
        &[
            ("PLANLINT_VERSION", "99.0.0"),
            ("PLANLINT_RELEASES_URL", &server.url("releases/download")),
        ],
    );
    assert_eq!(output.status.code(), Some(1), "{}", text(&output));
    assert!(
        text(&output).contains(&format!("cannot download planlint 99.0.0 for {target}")),
        "{}",
        text(&output)
    );
    assert_eq!(missing.github_path(), "");
}

/// `install.sh plan` for a runner `os`/`arch` with `env`: its outputs, or its
/// error output when it fails.
fn plan(os: &str, arch: &str, env: &[(&str, &str)]) -> Result<HashMap<String, String>, String> {
    let dir = tempfile::tempdir().unwrap();
    let output_file = dir.path().join("output");
    let output = run(Command::new("bash")
        .arg(root().join("integrations/action/install.sh"))
        .arg("plan")
        .env("RUNNER_OS", os)
        .env("RUNNER_ARCH", arch)
        .env("RUNNER_TEMP", dir.path())
        .env("RUNNER_TOOL_CACHE", dir.path().join("tool-cache"))
        .env("GITHUB_OUTPUT", &output_file)
        .env_remove("PLANLINT_VERSION")
        .env_remove("PLANLINT_ACTION_REF")
        .envs(env.iter().copied()));
    if output.status.success() {
        Ok(outputs_of(&output_file))
    } else {
        Err(text(&output))
    }
}

#[test]
fn action_downloads_releases_and_builds_other_refs() {
    let major = VERSION.split('.').next().unwrap();
    let download = |env: &[(&str, &str)]| {
        let outputs = plan("Linux", "X64", env).unwrap();
        assert_eq!(outputs["mode"], "download", "{env:?}");
        assert_eq!(outputs["version"], VERSION, "{env:?}");
        outputs
    };
    // The `version` input, with or without its v.
    download(&[("PLANLINT_VERSION", VERSION)]);
    download(&[("PLANLINT_VERSION", &format!("v{VERSION}"))]);
    // The action used at a release tag, or at a moving major tag.
    download(&[("PLANLINT_ACTION_REF", &format!("v{VERSION}"))]);
    let outputs = download(&[("PLANLINT_ACTION_REF", &format!("v{major}"))]);
    assert_eq!(
        outputs["cache-key"],
        format!("planlint-{VERSION}-x86_64-unknown-linux-musl")
    );
    // The input wins over the ref.
    let outputs = plan(
        "Linux",
        "X64",
        &[
            ("PLANLINT_VERSION", "0.0.1"),
            ("PLANLINT_ACTION_REF", "main"),
        ],
    )
    .unwrap();
    assert_eq!(
        (outputs["mode"].as_str(), outputs["version"].as_str()),
        ("download", "0.0.1")
    );

    // A branch, a commit, a local checkout (`uses: ./`), or a tag that is not
    // this source's release: built from source, cached per source digest.
    for reference in [
        "main",
        "0123456789abcdef0123456789abcdef01234567",
        "",
        "v999.0.0",
    ] {
        let outputs = plan("Linux", "X64", &[("PLANLINT_ACTION_REF", reference)]).unwrap();
        assert_eq!(outputs["mode"], "build", "{reference:?}");
        assert!(
            outputs["cache-key"].starts_with("planlint-build-Linux-X64-"),
            "{outputs:?}"
        );
        assert_eq!(outputs["restore-keys"], "planlint-build-Linux-X64-");
    }

    // The archive for each runner.
    for (os, arch, target) in [
        ("Linux", "ARM64", "aarch64-unknown-linux-musl"),
        ("macOS", "X64", "x86_64-apple-darwin"),
        ("macOS", "ARM64", "aarch64-apple-darwin"),
        ("Windows", "X64", "x86_64-pc-windows-msvc"),
    ] {
        let outputs = plan(os, arch, &[("PLANLINT_VERSION", VERSION)]).unwrap();
        assert_eq!(outputs["target"], target);
    }
    let error = plan("Linux", "ARM", &[("PLANLINT_VERSION", VERSION)]).unwrap_err();
    assert!(
        error.contains("no planlint release for Linux on ARM"),
        "{error}"
    );
    let error = plan("Linux", "X64", &[("PLANLINT_VERSION", "latest")]).unwrap_err();
    assert!(
        error.contains("version `latest` is not a release such as 0.1.0"),
        "{error}"
    );
}

#[test]
fn pre_commit_mirror_is_refreshed_for_this_version() {
    // The script on a copy of the files it reads and writes.
    let tmp = tempfile::tempdir().unwrap();
    let copy = tmp.path();
    fs::create_dir_all(copy.join("integrations")).unwrap();
    for file in [
        "Cargo.toml",
        ".pre-commit-hooks.yaml",
        "integrations/refresh-pre-commit-mirror",
    ] {
        fs::copy(root().join(file), copy.join(file)).unwrap();
    }
    let committed = root().join("integrations/pre-commit-mirror");
    copy_dir(&committed, &copy.join("integrations/pre-commit-mirror"));

    let refresh = |args: &[&str]| {
        let output = run(Command::new("bash")
            .arg(copy.join("integrations/refresh-pre-commit-mirror"))
            .args(args));
        assert!(output.status.success(), "{}", text(&output));
    };

    // For Cargo.toml's version the committed mirror is already what the
    // script writes: refresh it (integrations/refresh-pre-commit-mirror)
    // after changing the version or the hook.
    refresh(&[]);
    for entry in fs::read_dir(&committed).unwrap() {
        let name = entry.unwrap().file_name();
        let refreshed =
            fs::read_to_string(copy.join("integrations/pre-commit-mirror").join(&name)).unwrap();
        assert_eq!(
            refreshed,
            fs::read_to_string(committed.join(&name)).unwrap(),
            "integrations/pre-commit-mirror/{} is stale",
            name.to_string_lossy()
        );
    }

    // The mirror's hook is this repository's, installed from the wheel.
    let hooks = |text: &str| -> Vec<String> {
        text.lines()
            .filter(|line| !line.starts_with('#'))
            .map(str::to_owned)
            .collect()
    };
    let ours = hooks(&fs::read_to_string(root().join(".pre-commit-hooks.yaml")).unwrap());
    let mirrored = hooks(&fs::read_to_string(committed.join(".pre-commit-hooks.yaml")).unwrap());
    assert!(ours.contains(&"  language: rust".to_owned()));
    let expected: Vec<String> = ours
        .iter()
        .map(|line| line.replace("language: rust", "language: python"))
        .collect();
    assert_eq!(mirrored, expected);
    let pyproject = fs::read_to_string(committed.join("pyproject.toml")).unwrap();
    assert!(
        pyproject.contains(&format!("\"planlint=={VERSION}\"")),
        "{pyproject}"
    );

    // For a release, into a checkout of the mirror repository.
    let checkout = tmp.path().join("checkout");
    fs::create_dir_all(&checkout).unwrap();
    refresh(&["v12.3.4", checkout.to_str().unwrap()]);
    let pyproject = fs::read_to_string(checkout.join("pyproject.toml")).unwrap();
    assert!(
        pyproject.contains("\nversion = \"12.3.4\"\n"),
        "{pyproject}"
    );
    assert!(pyproject.contains("\"planlint==12.3.4\""), "{pyproject}");
    let readme = fs::read_to_string(checkout.join("README.md")).unwrap();
    assert!(readme.contains("rev: v12.3.4\n"), "{readme}");
    assert!(!readme.contains(&format!("rev: v{VERSION}\n")), "{readme}");
    let hooks = fs::read_to_string(checkout.join(".pre-commit-hooks.yaml")).unwrap();
    assert!(hooks.contains("depends on planlint==12.3.4"), "{hooks}");
    assert!(hooks.contains("\n  language: python\n"), "{hooks}");
}
