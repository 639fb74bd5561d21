//! `file:` URIs to paths and back, with the `url` crate: percent-encoding,
//! `localhost` authorities, and on Windows drive letters (`file:///C:/…`)
//! and UNC shares (`file://server/share/…`).

use std::path::{Path, PathBuf};
use std::str::FromStr;

use lsp_types::Uri;

/// The local path of a `file:` URI; `None` for other schemes (`untitled:`)
/// and for URIs that name no local path.
#[must_use]
pub fn to_path(uri: &Uri) -> Option<PathBuf> {
    let mut url = url::Url::parse(uri.as_str()).ok()?;
    if url.scheme() != "file" {
        return None;
    }
    // `file://localhost/a` is `/a`; `url` only takes an empty host for it.
    if url.host_str() == Some("localhost") {
        url.set_host(None).ok()?;
    }
    url.to_file_path().ok()
}

/// The `file:` URI of an absolute path.
#[must_use]
pub fn from_path(path: &Path) -> Option<Uri> {
    let url = url::Url::from_file_path(path).ok()?;
    Uri::from_str(url.as_str()).ok()
}

/// Whether `uri` names a `planlint.toml`.
#[must_use]
pub fn is_config(uri: &Uri) -> bool {
    let path = uri.as_str().split(['?', '#']).next().unwrap_or_default();
    path.rsplit('/').next() == Some(crate::config::FILE_NAME)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn round_trips_chinese_paths() {
        let path = Path::new("/plans/開放 數據/計劃.txt");
        let uri = from_path(path).unwrap();
        assert_eq!(
            uri.as_str(),
            "file:///plans/%E9%96%8B%E6%94%BE%20%E6%95%B8%E6%93%9A/%E8%A8%88%E5%8A%83.txt"
        );
        assert_eq!(to_path(&uri).unwrap(), path);
        let localhost = Uri::from_str("file://localhost/a/b.txt").unwrap();
        assert_eq!(to_path(&localhost).unwrap(), Path::new("/a/b.txt"));
        assert_eq!(
            to_path(&Uri::from_str("untitled:Untitled-1").unwrap()),
            None
        );
        // A relative path has no file URI.
        assert_eq!(from_path(Path::new("plans/a.txt")), None);
    }

    /// Windows paths: drive letters (either case, `%3A` too) and UNC shares.
    #[cfg(windows)]
    #[test]
    fn round_trips_windows_paths() {
        let path = Path::new(r"C:\plans\開放 數據\計劃.txt");
        let uri = from_path(path).unwrap();
        assert_eq!(
            uri.as_str(),
            "file:///C:/plans/%E9%96%8B%E6%94%BE%20%E6%95%B8%E6%93%9A/%E8%A8%88%E5%8A%83.txt"
        );
        assert_eq!(to_path(&uri).unwrap(), path);
        let encoded = Uri::from_str("file:///c%3A/plans/a.txt").unwrap();
        assert_eq!(to_path(&encoded).unwrap(), Path::new(r"c:\plans\a.txt"));
        let unc = Uri::from_str("file://server/share/a.txt").unwrap();
        assert_eq!(to_path(&unc).unwrap(), Path::new(r"\\server\share\a.txt"));
    }
}
