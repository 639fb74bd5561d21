//! `file:` URIs to paths and back.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use lsp_types::Uri;

/// The local path of a `file:` URI; `None` for other schemes (`untitled:`).
#[must_use]
pub fn to_path(uri: &Uri) -> Option<PathBuf> {
    let text = uri.as_str();
    let rest = text
        .get(..7)
        .filter(|scheme| scheme.eq_ignore_ascii_case("file://"))
        .map(|_| &text[7..])?;
    // Skip the authority (empty or `localhost`).
    let path = &rest[rest.find('/')?..];
    let path = path.split(['?', '#']).next().unwrap_or_default();
    let bytes = percent_decode(path);
    let decoded = String::from_utf8(bytes).ok()?;
    if cfg!(windows) {
        // `/C:/plans/a.txt` is `C:/plans/a.txt`.
        let trimmed = decoded.strip_prefix('/').unwrap_or(&decoded);
        if trimmed.as_bytes().get(1) == Some(&b':') {
            return Some(PathBuf::from(trimmed));
        }
    }
    Some(PathBuf::from(decoded))
}

/// The `file:` URI of an absolute path.
#[must_use]
pub fn from_path(path: &Path) -> Option<Uri> {
    let text = path.to_str()?.replace('\\', "/");
    let mut uri = String::from("file://");
    if !text.starts_with('/') {
        uri.push('/');
    }
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/:".contains(&byte) {
            uri.push(char::from(byte));
        } else {
            let _ = write!(uri, "%{byte:02X}");
        }
    }
    Uri::from_str(&uri).ok()
}

/// Whether `uri` names a `planlint.toml`.
#[must_use]
pub fn is_config(uri: &Uri) -> bool {
    let path = uri.as_str().split(['?', '#']).next().unwrap_or_default();
    path.rsplit('/').next() == Some(crate::config::FILE_NAME)
}

fn percent_decode(text: &str) -> Vec<u8> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let Some(hex) = text.get(i + 1..i + 3)
            && let Ok(byte) = u8::from_str_radix(hex, 16)
        {
            out.push(byte);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    out
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

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
    }
}
