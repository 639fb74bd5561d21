//! Which `planlint.toml` applies to a document, cached until a config changes.
//!
//! Discovery is the command line's: the nearest `planlint.toml` in the
//! document's folder or above it. A document that is not a file (an unsaved
//! buffer) takes the config of the first workspace folder. A config that
//! cannot be read leaves the document on the default settings, with the error
//! to show.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::config::{ConfigError, Resolver, Settings};

/// The settings for one document.
#[derive(Debug, Clone)]
pub struct Resolved {
    /// The settings to check with (the defaults when the config is broken).
    pub settings: Arc<Settings>,
    /// Why the config file that applies could not be used (it names the file).
    pub error: Option<Arc<ConfigError>>,
}

/// Config discovery for documents, through the command line's resolver.
#[derive(Debug, Default)]
pub struct Configs {
    /// The workspace folders, in the order the editor gave them.
    pub workspace: Vec<PathBuf>,
    resolver: Resolver,
    defaults: Option<Arc<Settings>>,
    lang: Option<crate::i18n::Lang>,
}

impl Configs {
    /// Forgets every config read, so the next look-up reads them again.
    pub fn reload(&mut self) {
        self.resolver.reload();
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
        match self.resolver.for_dir(&dir) {
            Ok(settings) => Resolved {
                settings,
                error: None,
            },
            Err(error) => Resolved {
                settings: self.defaults(),
                error: Some(error),
            },
        }
    }

    /// Writes messages in the client's language, `lang`, over the configs'.
    pub fn set_lang(&mut self, lang: crate::i18n::Lang) {
        self.lang = Some(lang);
        self.resolver.set_lang(lang);
        self.defaults = None;
    }

    fn defaults(&mut self) -> Arc<Settings> {
        let lang = self.lang;
        self.defaults
            .get_or_insert_with(|| {
                let mut settings = Settings::default();
                if let Some(lang) = lang {
                    settings.lang = lang;
                }
                Arc::new(settings)
            })
            .clone()
    }

    fn default_resolved(&mut self) -> Resolved {
        Resolved {
            settings: self.defaults(),
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
            root.join(crate::config::FILE_NAME),
            "[rules]\nunrecognized-line = \"off\"\n",
        )
        .unwrap();
        let mut configs = Configs::default();
        // `plans/new` does not exist: its nearest existing folder is used.
        let resolved = configs.for_document(Some(&sub.join("a.txt")));
        assert!(resolved.error.is_none());
        assert!(!resolved.settings.rules.contains_key("unrecognized-line"));
        std::fs::write(
            root.join(crate::config::FILE_NAME),
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
