//! Which `planlint.toml` applies to a document, cached until a config changes.
//!
//! Discovery is the command line's: the nearest `planlint.toml` in the
//! document's folder or above it. A document that is not a file (an unsaved
//! buffer) takes the config of the first workspace folder. A config that
//! cannot be read leaves the document on the default settings, with the error
//! to show.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::config::{self, ConfigError, Settings};

/// The settings for one document.
#[derive(Debug, Clone)]
pub struct Resolved {
    /// The settings to check with (the defaults when the config is broken).
    pub settings: Arc<Settings>,
    /// The config file that applies, if any.
    pub file: Option<PathBuf>,
    /// Why that config file could not be used.
    pub error: Option<Arc<ConfigError>>,
}

/// Config discovery with a cache per folder.
#[derive(Debug, Default)]
pub struct Configs {
    /// The workspace folders, in the order the editor gave them.
    pub workspace: Vec<PathBuf>,
    by_dir: HashMap<PathBuf, Resolved>,
    by_file: HashMap<PathBuf, Resolved>,
    defaults: Option<Arc<Settings>>,
}

impl Configs {
    /// Forgets every config read, so the next look-up reads them again.
    pub fn reload(&mut self) {
        self.by_dir.clear();
        self.by_file.clear();
    }

    /// The settings for a document at `path` (`None` for an unsaved buffer).
    pub fn for_document(&mut self, path: Option<&Path>) -> Resolved {
        let dir = match path {
            Some(path) => path.parent().map(Path::to_owned),
            None => self.workspace.first().cloned(),
        };
        // A new file may sit in a folder not created yet: use the nearest
        // folder that exists.
        let dir = dir.and_then(|d| d.ancestors().find(|a| a.is_dir()).map(Path::to_owned));
        let Some(dir) = dir else {
            return self.default_resolved();
        };
        if let Some(found) = self.by_dir.get(&dir) {
            return found.clone();
        }
        let resolved = match config::discover(&dir) {
            Some(file) => self.load(file),
            None => self.default_resolved(),
        };
        self.by_dir.insert(dir, resolved.clone());
        resolved
    }

    fn load(&mut self, file: PathBuf) -> Resolved {
        if let Some(found) = self.by_file.get(&file) {
            return found.clone();
        }
        let resolved = match Settings::load(&file) {
            Ok(settings) => Resolved {
                settings: Arc::new(settings),
                file: Some(file.clone()),
                error: None,
            },
            Err(error) => Resolved {
                settings: self.defaults(),
                file: Some(file.clone()),
                error: Some(Arc::new(error)),
            },
        };
        self.by_file.insert(file, resolved.clone());
        resolved
    }

    fn defaults(&mut self) -> Arc<Settings> {
        self.defaults
            .get_or_insert_with(|| Arc::new(Settings::default()))
            .clone()
    }

    fn default_resolved(&mut self) -> Resolved {
        Resolved {
            settings: self.defaults(),
            file: None,
            error: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_config_applies_and_reloads() {
        let root =
            std::env::temp_dir().join(format!("planlint-lsp-settings-{}", std::process::id()));
        let sub = root.join("plans").join("new");
        std::fs::create_dir_all(root.join("plans")).unwrap();
        std::fs::write(
            root.join(config::FILE_NAME),
            "[rules]\nunrecognized-line = \"off\"\n",
        )
        .unwrap();
        let mut configs = Configs::default();
        // `plans/new` does not exist: its nearest existing folder is used.
        let resolved = configs.for_document(Some(&sub.join("a.txt")));
        assert!(resolved.error.is_none());
        assert!(!resolved.settings.rules.contains_key("unrecognized-line"));
        std::fs::write(
            root.join(config::FILE_NAME),
            "[rules]\nunrecognized-line = \"loud\"\n",
        )
        .unwrap();
        // Cached until reloaded.
        assert!(
            configs
                .for_document(Some(&sub.join("a.txt")))
                .error
                .is_none()
        );
        configs.reload();
        let resolved = configs.for_document(Some(&sub.join("a.txt")));
        assert!(resolved.error.is_some());
        assert!(resolved.settings.rules.contains_key("unrecognized-line"));
        std::fs::remove_dir_all(&root).unwrap();
    }
}
