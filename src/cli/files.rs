//! Which files to check, and the settings for each.
//!
//! A folder is walked with the `ignore` crate, as ripgrep and ruff walk:
//! files and folders that `.gitignore`, `.ignore`, `.git/info/exclude` or
//! the global git excludes name are skipped (in a git repository or not), and
//! so are hidden files and folders (names starting with `.`) and the build
//! folders `target/` and `node_modules/`. Of the rest, `*.txt` and `*.tsv`
//! files are checked, or what `[files] include` names, less `[files]
//! exclude`. Files named on the command line are checked whatever their
//! name, unless `--force-exclude` applies `[files] exclude` to them too.
//! Glob patterns (`plans/**/*.{txt,tsv}`) are matched with `globset`.
//!
//! Nothing named or matched is dropped without a word: a file that cannot be
//! read (a dangling link, a FIFO, a path over the system's limit, no
//! permission) stays an input, and checking it reports why. Each file is
//! checked once, whatever paths reach it: inputs are told apart by what
//! they are on disk (device and inode on Unix), not by their names. Names
//! need not be UTF-8.

use std::path::{Component, Path, PathBuf};

use globset::GlobBuilder;

use crate::config::Resolver;

/// Folders never walked into, besides hidden and ignored ones.
pub const BUILD_FOLDERS: [&str; 2] = ["node_modules", "target"];

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
            Input::File(p) => display(p),
            Input::Stdin(name) => name.clone(),
        }
    }

    /// The folder whose config applies.
    #[must_use]
    pub fn dir(&self) -> PathBuf {
        let path = match self {
            Input::File(p) => p.as_path(),
            Input::Stdin(name) => Path::new(name),
        };
        path.parent()
            .filter(|d| !d.as_os_str().is_empty())
            .map_or_else(|| PathBuf::from("."), Path::to_owned)
    }
}

fn display(path: &Path) -> String {
    let s = path.to_string_lossy();
    s.strip_prefix("./").unwrap_or(&s).to_owned()
}

/// Why a file or folder was not checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Skip {
    /// Its name starts with `.`.
    Hidden,
    /// `target/` or `node_modules/`.
    BuildFolder,
    /// `.gitignore` (or `.ignore`, or git's excludes) names it.
    Ignored,
    /// `[files] exclude` names it.
    Excluded,
    /// Not `*.txt` or `*.tsv`, or not in `[files] include`.
    NotIncluded,
}

impl Skip {
    /// Why, as a message id of the catalogues.
    #[must_use]
    pub fn id(self) -> &'static str {
        match self {
            Skip::Hidden => "skipped.hidden",
            Skip::BuildFolder => "skipped.build-folder",
            Skip::Ignored => "skipped.ignored",
            Skip::Excluded => "skipped.excluded",
            Skip::NotIncluded => "skipped.not-included",
        }
    }
}

/// How to collect.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options<'a> {
    /// `--stdin-filename`.
    pub stdin_name: Option<&'a str>,
    /// `--force-exclude`: `[files] exclude` applies to files named on the
    /// command line too.
    pub force_exclude: bool,
    /// Whether to keep a list of what was skipped (`--show-files`).
    pub record_skipped: bool,
    /// The language of the reasons a folder could not be read.
    pub language: crate::model::Language,
    /// Leave a file named twice (through a link, a folder reached through
    /// a link) to the engine, which knows each file it reads by its key:
    /// no file is looked up twice. A run that writes fixes, or lists the
    /// files, finds them here instead.
    pub same_files_later: bool,
}

/// What [`collect`] found.
#[derive(Debug, Default)]
pub struct Collected {
    /// The inputs to check, sorted, without duplicates.
    pub inputs: Vec<Input>,
    /// What was not checked and why (only with `record_skipped`).
    pub skipped: Vec<(PathBuf, Skip)>,
    /// Paths that could not be used, as messages.
    pub problems: Vec<String>,
    /// Folders that could not be walked, shown as given, with why (`cannot
    /// read folder: permission denied`): the files in them are not known,
    /// so the folder is reported in their place.
    pub unreadable: Vec<(String, String)>,
}

/// Expands the command line's paths: files as given, folders walked for plan
/// files, glob patterns matched, `-` for standard input (and standard input
/// when no path but `--stdin-filename` is given). A named path that is
/// neither a folder nor a pattern is an input even when it cannot be read,
/// so that checking it says why. Problems (a pattern that matches nothing,
/// a folder that cannot be walked) are returned as messages; the inputs
/// that could be found are still returned.
pub fn collect(paths: &[PathBuf], options: Options<'_>, resolver: &mut Resolver) -> Collected {
    let mut found = Collected::default();
    let paths: Vec<PathBuf> = match (paths.is_empty(), options.stdin_name) {
        (true, Some(_)) => vec![PathBuf::from("-")],
        (true, None) => vec![PathBuf::from(".")],
        (false, _) => paths.to_vec(),
    };
    for path in &paths {
        if path.as_os_str() == "-" {
            // As ruff does, `--force-exclude` also applies to the name
            // standard input is checked under.
            if let Some(name) = options.stdin_name
                && options.force_exclude
                && resolver
                    .for_file(Path::new(name))
                    .is_ok_and(|settings| settings.excludes(Path::new(name)))
            {
                found.skip(PathBuf::from(name), Skip::Excluded, options);
                continue;
            }
            found
                .inputs
                .push(Input::Stdin(options.stdin_name.unwrap_or("-").to_owned()));
            continue;
        }
        // A pattern is text; a name that is not UTF-8 is only ever a path.
        let pattern = path
            .to_str()
            .filter(|arg| arg.contains(['*', '?', '[', '{']) && !path.exists());
        if path.is_dir() {
            walk(path, None, resolver, options, &mut found);
        } else if let Some(arg) = pattern {
            let glob = GlobBuilder::new(arg).literal_separator(true).build();
            match glob {
                Ok(glob) => {
                    let before = found.inputs.len();
                    let matcher = glob.compile_matcher();
                    let base = base(arg);
                    // No folder, no match: said once, below.
                    if base.exists() {
                        walk(&base, Some(&matcher), resolver, options, &mut found);
                    }
                    if found.inputs.len() == before {
                        found.problems.push(crate::t!(
                            crate::i18n::messages(options.language),
                            "pattern-matches-nothing",
                            pattern = arg
                        ));
                    }
                }
                Err(e) => found.problems.push(crate::t!(
                    crate::i18n::messages(options.language),
                    "pattern-invalid",
                    pattern = arg,
                    why = e.kind().to_string()
                )),
            }
        } else {
            // A file, or what is not one (a FIFO, a dangling link, a path
            // that does not exist): checking it reports why it cannot be.
            if options.force_exclude
                && resolver
                    .for_file(path)
                    .is_ok_and(|settings| settings.excludes(path))
            {
                found.skip(path.to_owned(), Skip::Excluded, options);
            } else {
                found.inputs.push(Input::File(path.to_owned()));
            }
        }
    }
    found.inputs.sort();
    found.inputs.dedup();
    if !options.same_files_later {
        once_each(&mut found.inputs);
    }
    found.skipped.sort_by(|a, b| a.0.cmp(&b.0));
    found.skipped.dedup();
    found
}

/// Keeps the first of the inputs that are the same file on disk under
/// several names (a link, a folder reached through a link to it, `./a.txt`
/// and `a.txt`), so that each file is checked, and fixed, once. Inputs that
/// cannot be looked at are kept: checking them says why.
fn once_each(inputs: &mut Vec<Input>) {
    use rayon::prelude::*;
    // Looked up in parallel: one look-up a file, before any is checked.
    let identities: Vec<Option<_>> = inputs
        .par_iter()
        .map(|input| match input {
            Input::File(path) => identity(path),
            Input::Stdin(_) => None,
        })
        .collect();
    let mut seen = std::collections::HashSet::new();
    let mut identities = identities.into_iter();
    inputs.retain(|_| identities.next().flatten().is_none_or(|id| seen.insert(id)));
}

/// What a file is on disk, whatever its name: its device and inode on Unix,
/// its canonical path elsewhere.
fn identity(path: &Path) -> Option<(u64, u64, PathBuf)> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        let metadata = std::fs::metadata(path).ok()?;
        Some((metadata.dev(), metadata.ino(), PathBuf::new()))
    }
    #[cfg(not(unix))]
    {
        Some((0, 0, std::fs::canonicalize(path).ok()?))
    }
}

impl Collected {
    fn skip(&mut self, path: PathBuf, why: Skip, options: Options<'_>) {
        if options.record_skipped {
            self.skipped.push((path, why));
        }
    }
}

/// The folder a glob pattern's matches are under: its leading components
/// without a glob character.
fn base(pattern: &str) -> PathBuf {
    let mut base = PathBuf::new();
    for component in Path::new(pattern).components() {
        if let Component::Normal(part) = component
            && part.to_string_lossy().contains(['*', '?', '[', '{'])
        {
            break;
        }
        base.push(component);
    }
    if base.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        base
    }
}

/// Walks `dir`. With `pattern`, a file is checked when the pattern matches
/// it (whatever its name) or a folder it is in (if it is a plan file).
fn walk(
    dir: &Path,
    pattern: Option<&globset::GlobMatcher>,
    resolver: &mut Resolver,
    options: Options<'_>,
    found: &mut Collected,
) {
    let mut builder = ignore::WalkBuilder::new(dir);
    builder
        .hidden(true)
        .parents(true)
        .ignore(true)
        .git_ignore(true)
        .git_global(true)
        .git_exclude(true)
        .require_git(false)
        .follow_links(false)
        .sort_by_file_name(std::cmp::Ord::cmp)
        .filter_entry(|entry| {
            entry.depth() == 0
                || !(entry.file_type().is_some_and(|t| t.is_dir())
                    && entry
                        .file_name()
                        .to_str()
                        .is_some_and(|n| BUILD_FOLDERS.contains(&n)))
        });
    let mut seen = std::collections::HashSet::new();
    for entry in builder.build() {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                match walk_failure(&e, options.language) {
                    Some((path, reason)) => found.unreadable.push((
                        display(&path),
                        crate::t!(
                            crate::i18n::messages(options.language),
                            "cannot-read-folder",
                            reason = reason
                        ),
                    )),
                    None => found
                        .problems
                        .push(format!("cannot walk `{}`: {e}", display(dir))),
                }
                continue;
            }
        };
        let path = entry.path();
        // Folders are walked into. Symbolic links to folders are not
        // followed (a link to a parent would never end); links to files are
        // checked like files. Anything else that matches, a dangling link,
        // a FIFO, a link loop, a path over the system's limit, stays an
        // input: checking it says why it cannot be checked.
        let Some(file_type) = entry.file_type() else {
            continue;
        };
        if file_type.is_dir()
            || (file_type.is_symlink() && std::fs::metadata(path).is_ok_and(|m| m.is_dir()))
        {
            continue;
        }
        if options.record_skipped {
            seen.insert(path.to_owned());
        }
        let by_pattern = pattern.map(|p| {
            let exact = p.is_match(path) || p.is_match(display(path));
            let under = path
                .ancestors()
                .skip(1)
                .any(|a| p.is_match(a) || p.is_match(display(a)));
            (exact, under)
        });
        if by_pattern == Some((false, false)) {
            continue;
        }
        let Ok(settings) = resolver.for_file(path) else {
            // Reported when the file is checked.
            found.inputs.push(Input::File(path.to_owned()));
            continue;
        };
        if settings.excludes(path) {
            found.skip(path.to_owned(), Skip::Excluded, options);
        } else if by_pattern.is_some_and(|(exact, _)| exact) || settings.includes(path) {
            found.inputs.push(Input::File(path.to_owned()));
        } else {
            found.skip(path.to_owned(), Skip::NotIncluded, options);
        }
    }
    if options.record_skipped && pattern.is_none() {
        skipped_by_filters(dir, &seen, found);
    }
}

/// The folder a walk could not read, and why, when the error is about one.
fn walk_failure(
    error: &ignore::Error,
    language: crate::model::Language,
) -> Option<(PathBuf, String)> {
    match error {
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            walk_failure(err, language)
        }
        ignore::Error::WithPath { path, err } => {
            let io = err.io_error()?;
            Some((path.clone(), crate::engine::reason_in(path, io, language)))
        }
        ignore::Error::Loop { child, .. } => Some((
            child.clone(),
            if language == crate::model::Language::En {
                "symlink loop".to_owned()
            } else {
                crate::i18n::messages(language).get("unreadable.symlink-loop", &[])
            },
        )),
        _ => None,
    }
}

/// For `--show-files`: what the walk's filters left out, and why. The
/// folder is walked again with no filter but `.git/`: a hidden or build
/// folder is reported once, any other file the filtered walk did not see
/// as ignored.
fn skipped_by_filters(
    dir: &Path,
    seen: &std::collections::HashSet<PathBuf>,
    found: &mut Collected,
) {
    let mut unfiltered = ignore::WalkBuilder::new(dir);
    unfiltered
        .standard_filters(false)
        .follow_links(false)
        .filter_entry(|entry| entry.file_name() != ".git");
    let mut skipped_dirs: Vec<PathBuf> = Vec::new();
    for entry in unfiltered.build().filter_map(Result::ok) {
        let path = entry.path();
        if entry.depth() == 0 || seen.contains(path) {
            continue;
        }
        if skipped_dirs.iter().any(|d| path.starts_with(d)) {
            continue;
        }
        let name = entry.file_name().to_string_lossy();
        let is_dir = entry.file_type().is_some_and(|t| t.is_dir());
        let plan_like = matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("txt" | "tsv")
        );
        let why = if name.starts_with('.') && (is_dir || plan_like) {
            Skip::Hidden
        } else if name.starts_with('.') {
            // `.gitignore` and the like: not worth a line.
            continue;
        } else if is_dir && BUILD_FOLDERS.contains(&name.as_ref()) {
            Skip::BuildFolder
        } else if !is_dir && path.is_file() {
            Skip::Ignored
        } else {
            continue;
        };
        if is_dir {
            skipped_dirs.push(path.to_owned());
        }
        found.skipped.push((path.to_owned(), why));
    }
}

/// Prints `--show-files`: each file a check would read, then each file or
/// folder skipped with its reason.
/// The reasons are written in `language`.
pub fn show(
    collected: &Collected,
    out: &mut dyn std::io::Write,
    language: crate::model::Language,
) -> std::io::Result<()> {
    let m = crate::i18n::messages(language);
    for input in &collected.inputs {
        writeln!(out, "{}", input.display())?;
    }
    for (path, why) in &collected.skipped {
        let slash = if path.is_dir() { "/" } else { "" };
        let path = format!("{}{slash}", display(path));
        writeln!(
            out,
            "{}",
            crate::t!(m, "skipped", path = path, reason = m.get(why.id(), &[]))
        )?;
    }
    for (path, reason) in &collected.unreadable {
        let path = format!("{path}/");
        writeln!(
            out,
            "{}",
            crate::t!(m, "skipped.not-checked", path = path, reason = reason)
        )?;
    }
    Ok(())
}

/// The engine's inputs for checking `found`: each with the settings that
/// apply to it, followed, when a workspace rule is on, by the plans beside
/// them that the workspace rules compare them with (read, not checked).
pub fn engine_inputs(
    engine: &crate::engine::Engine<'_>,
    found: &[Input],
    resolver: &mut Resolver,
) -> Vec<crate::engine::Input> {
    use crate::engine::Origin;
    let to_input = |input: Input, checked: bool, resolver: &mut Resolver| crate::engine::Input {
        path: input.display(),
        settings: resolver.for_dir(&input.dir()),
        origin: match input {
            Input::File(path) => Origin::File(path),
            Input::Stdin(_) => Origin::Stdin,
        },
        checked,
    };
    let mut inputs: Vec<crate::engine::Input> = found
        .iter()
        .cloned()
        .map(|input| to_input(input, true, resolver))
        .collect();
    if engine.workspace_on(&inputs) {
        for input in workspace(found, resolver) {
            let input = to_input(input, false, resolver);
            inputs.push(input);
        }
    }
    inputs
}

/// The plans a workspace rule may compare the checked files with: every plan
/// under the folder of each checked file's `planlint.toml` (the workspace
/// root), or, without one, the plans beside each checked file. Files already
/// checked are left out; so is standard input's folder unless it was named.
pub fn workspace(checked: &[Input], resolver: &mut Resolver) -> Vec<Input> {
    // A file named as it was found is known without asking the file
    // system; only the others are resolved (a link, `./`), and the checked
    // files' own resolution is made once, if ever.
    let named: std::collections::HashSet<&Path> = checked
        .iter()
        .filter_map(|input| match input {
            Input::File(path) => Some(path.as_path()),
            Input::Stdin(_) => None,
        })
        .collect();
    let mut roots: Vec<(PathBuf, bool)> = Vec::new();
    let mut seen = rustc_hash::FxHashSet::default();
    for input in checked {
        let dir = input.dir();
        let root = match resolver.for_dir(&dir) {
            Ok(settings) => settings.root.clone().map(|root| (root, true)),
            Err(_) => None,
        }
        .unwrap_or((dir, false));
        if seen.insert(root.clone()) {
            roots.push(root);
        }
    }
    let canonical = |path: &Path| path.canonicalize().unwrap_or_else(|_| path.to_owned());
    let mut known: Option<std::collections::HashSet<PathBuf>> = None;
    let mut walked = Collected::default();
    for (root, recursive) in roots {
        if recursive {
            walk(&root, None, resolver, Options::default(), &mut walked);
        } else {
            beside(&root, &named, resolver, &mut walked.inputs);
        }
    }
    let mut found = walked.inputs;
    found.sort();
    found.dedup();
    found.retain(|input| match input {
        Input::File(path) => {
            !named.contains(path.as_path())
                && !known
                    .get_or_insert_with(|| named.iter().map(|p| canonical(p)).collect())
                    .contains(&canonical(path))
        }
        Input::Stdin(_) => false,
    });
    found
}

/// The plan files directly in `dir` (not in its folders), but for those
/// `named` already.
fn beside(
    dir: &Path,
    named: &std::collections::HashSet<&Path>,
    resolver: &mut Resolver,
    found: &mut Vec<Input>,
) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let Ok(settings) = resolver.for_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        if named.contains(path.as_path()) {
            continue;
        }
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        // The listing says what each entry is; only a link is followed.
        let file = entry
            .file_type()
            .is_ok_and(|kind| kind.is_file() || (kind.is_symlink() && path.is_file()));
        if !hidden && file && settings.includes(&path) {
            found.push(Input::File(path));
        }
    }
}
