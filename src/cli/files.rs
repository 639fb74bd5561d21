//! Which files to check, and the settings for each.

use std::path::{Path, PathBuf};

use crate::config::Resolver;

/// One input to check.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Input {
    /// A file on disk, shown as given.
    File(PathBuf),
    /// Standard input, shown under this name.
    Stdin(String),
}

impl Input {
    /// The name findings are reported under.
    #[must_use]
    pub fn display(&self) -> String {
        match self {
            Input::File(p) => {
                let s = p.to_string_lossy();
                s.strip_prefix("./").unwrap_or(&s).to_owned()
            }
            Input::Stdin(name) => name.clone(),
        }
    }

    /// The folder whose config applies.
    #[must_use]
    pub fn dir(&self) -> PathBuf {
        match self {
            Input::File(p) => p
                .parent()
                .filter(|d| !d.as_os_str().is_empty())
                .map_or_else(|| PathBuf::from("."), Path::to_owned),
            Input::Stdin(name) => Path::new(name)
                .parent()
                .filter(|d| !d.as_os_str().is_empty())
                .map_or_else(|| PathBuf::from("."), Path::to_owned),
        }
    }
}

/// Expands the command line's paths: files as given, folders walked for plan
/// files, glob patterns matched, `-` for standard input. Problems are returned
/// as messages; the inputs that could be found are still returned.
pub fn collect(
    paths: &[String],
    stdin_name: Option<&str>,
    resolver: &mut Resolver,
) -> (Vec<Input>, Vec<String>) {
    let mut inputs = Vec::new();
    let mut problems = Vec::new();
    let paths: Vec<String> = if paths.is_empty() {
        vec![".".to_owned()]
    } else {
        paths.to_vec()
    };
    for arg in &paths {
        if arg == "-" {
            inputs.push(Input::Stdin(stdin_name.unwrap_or("-").to_owned()));
            continue;
        }
        let path = Path::new(arg);
        if path.is_file() {
            inputs.push(Input::File(path.to_owned()));
        } else if path.is_dir() {
            walk(path, resolver, &mut inputs, &mut problems);
        } else if arg.contains(['*', '?', '[']) {
            match glob::glob(arg) {
                Ok(matches) => {
                    let before = inputs.len();
                    for entry in matches {
                        match entry {
                            Ok(p) if p.is_file() => inputs.push(Input::File(p)),
                            Ok(p) if p.is_dir() => walk(&p, resolver, &mut inputs, &mut problems),
                            Ok(_) => {}
                            Err(e) => {
                                problems.push(format!("{}: {}", e.path().display(), e.error()));
                            }
                        }
                    }
                    if inputs.len() == before {
                        problems.push(format!("`{arg}`: the pattern matches no file"));
                    }
                }
                Err(e) => problems.push(format!("`{arg}`: invalid glob pattern: {}", e.msg)),
            }
        } else if path.exists() {
            problems.push(format!("`{arg}`: not a file or folder"));
        } else {
            problems.push(format!("`{arg}`: no such file or directory"));
        }
    }
    inputs.sort();
    inputs.dedup();
    (inputs, problems)
}

fn walk(dir: &Path, resolver: &mut Resolver, inputs: &mut Vec<Input>, problems: &mut Vec<String>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            problems.push(format!("{}: cannot read folder: {e}", dir.display()));
            return;
        }
    };
    // Symbolic links to folders are not followed (a link to a parent would
    // never end); links to files are checked like files.
    let mut entries: Vec<_> = entries
        .filter_map(Result::ok)
        .filter(|e| !(e.file_type().is_ok_and(|t| t.is_symlink()) && e.path().is_dir()))
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries {
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.') || n == "target" || n == "node_modules");
        if hidden {
            continue;
        }
        if path.is_dir() {
            walk(&path, resolver, inputs, problems);
        } else if path.is_file() {
            let Ok(settings) = resolver.for_dir(dir) else {
                // Reported when the file is checked.
                inputs.push(Input::File(path));
                continue;
            };
            if settings.includes(&path) {
                inputs.push(Input::File(path));
            }
        }
    }
}

/// The plans a workspace rule may compare the checked files with: every plan
/// under the folder of each checked file's `planlint.toml` (the workspace
/// root), or, without one, the plans beside each checked file. Files already
/// checked are left out; so is standard input's folder unless it was named.
pub fn workspace(checked: &[Input], resolver: &mut Resolver) -> Vec<Input> {
    let mut roots: Vec<(PathBuf, bool)> = Vec::new();
    for input in checked {
        let dir = input.dir();
        let root = match resolver.for_dir(&dir) {
            Ok(settings) => settings.root.clone().map(|root| (root, true)),
            Err(_) => None,
        }
        .unwrap_or((dir, false));
        if !roots.contains(&root) {
            roots.push(root);
        }
    }
    let known: std::collections::HashSet<PathBuf> = checked
        .iter()
        .filter_map(|input| match input {
            Input::File(path) => Some(path.canonicalize().unwrap_or_else(|_| path.clone())),
            Input::Stdin(_) => None,
        })
        .collect();
    let mut found = Vec::new();
    let mut problems = Vec::new();
    for (root, recursive) in roots {
        if recursive {
            walk(&root, resolver, &mut found, &mut problems);
        } else {
            beside(&root, resolver, &mut found);
        }
    }
    found.sort();
    found.dedup();
    found.retain(|input| match input {
        Input::File(path) => !known.contains(&path.canonicalize().unwrap_or_else(|_| path.clone())),
        Input::Stdin(_) => false,
    });
    found
}

/// The plan files directly in `dir` (not in its folders).
fn beside(dir: &Path, resolver: &mut Resolver, found: &mut Vec<Input>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let Ok(settings) = resolver.for_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if !hidden && path.is_file() && settings.includes(&path) {
            found.push(Input::File(path));
        }
    }
}
