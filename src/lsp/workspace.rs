//! An open plan checked with the plans beside it, as `planlint check` does:
//! the other language versions and the issuer's other years, read from the
//! editor when they are open and from disk when they are not.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use lsp_types::Uri;

use super::settings::Configs;
use super::store::Store;
use crate::config::Settings;
use crate::engine::{Engine, Input, Origin};

/// Folders are walked at most this deep below a workspace root.
const MAX_DEPTH: usize = 8;

/// The engine's inputs for checking the open document at `uri` (first, the
/// only one checked) against the plans of its workspace: every plan under
/// its `planlint.toml`'s folder, or without one, the plans beside it. `None`
/// when the document is no file on disk, no workspace rule is on, or there
/// is no other plan to compare it with (its text is then not copied).
pub fn inputs(
    store: &Store,
    uri: &Uri,
    settings: &Arc<Settings>,
    configs: &mut Configs,
) -> Option<Vec<Input>> {
    let document = store.get(uri)?;
    let path = document.path()?.to_owned();
    let mut checked = Input {
        path: path.display().to_string(),
        origin: Origin::Text(Arc::from("")),
        settings: Ok(settings.clone()),
        checked: true,
    };
    if !Engine::new().workspace_on(std::slice::from_ref(&checked)) {
        return None;
    }
    let (root, depth) = match &settings.root {
        Some(root) => (root.clone(), MAX_DEPTH),
        None => (path.parent()?.to_owned(), 0),
    };
    let mut plans = Vec::new();
    walk(&root, depth, settings, &mut plans);
    let canonical = path.canonicalize().unwrap_or_else(|_| path.clone());
    plans.retain(|plan| *plan != path && canonical_of(plan) != canonical);
    if plans.is_empty() {
        return None;
    }
    checked.origin = Origin::Text(Arc::from(document.text()));
    let mut inputs = vec![checked];
    for plan in plans {
        let open = super::uri::from_path(&plan).and_then(|uri| store.get(&uri));
        let origin = match open {
            Some(other) => Origin::Text(Arc::from(other.text())),
            None => Origin::File(plan.clone()),
        };
        inputs.push(Input {
            path: plan.display().to_string(),
            origin,
            settings: Ok(configs.for_document(Some(&plan)).settings),
            checked: false,
        });
    }
    Some(inputs)
}

fn canonical_of(path: &Path) -> PathBuf {
    path.canonicalize().unwrap_or_else(|_| path.to_owned())
}

/// The plan files under `dir`, `depth` folders down, skipping hidden ones.
fn walk(dir: &Path, depth: usize, settings: &Settings, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
    entries.sort_by_key(std::fs::DirEntry::path);
    for entry in entries {
        let path = entry.path();
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_none_or(|n| n.starts_with('.') || n == "target" || n == "node_modules");
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if hidden || kind.is_symlink() {
            continue;
        }
        if kind.is_dir() && depth > 0 {
            walk(&path, depth - 1, settings, found);
        } else if kind.is_file() && settings.includes(&path) {
            found.push(path);
        }
    }
}
