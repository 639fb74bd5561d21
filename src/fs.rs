//! Rewriting a plan with its fixes so that no byte can be lost.
//!
//! The new text goes to a temporary file beside the plan, which is flushed,
//! synced and given the plan's permissions; it then takes the plan's place
//! in one `rename`, and only if the plan still holds exactly the bytes that
//! were checked. A crash, a `kill -9` or a full disk at any moment leaves
//! the plan either as it was or fully fixed, never cut short; a line added
//! by someone else while planlint ran is never overwritten.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Why a path is not a plan that can be read: the file type it has instead.
#[derive(Debug)]
struct NotRegular(&'static str);

impl std::fmt::Display for NotRegular {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "not a regular file ({})", self.0)
    }
}

impl std::error::Error for NotRegular {}

/// What a file is on disk, whatever its name: its device and inode.
pub type FileKey = (u64, u64);

/// Reads the plan at `path`: a regular file, or a symbolic link to one. It
/// is opened without blocking (`O_NONBLOCK`), so a FIFO with no writer, a
/// socket or a device is refused at once as `not a regular file`.
pub fn read(path: &Path) -> io::Result<Vec<u8>> {
    read_keyed(path).1
}

/// [`read`], with the [`FileKey`] of the file opened, when it was opened
/// and looked up (on Unix): two names of one file give one key.
pub fn read_keyed(path: &Path) -> (Option<FileKey>, io::Result<Vec<u8>>) {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let mut file = match options.open(path) {
        Ok(file) => file,
        Err(e) => return (None, Err(e)),
    };
    let metadata = match file.metadata() {
        Ok(metadata) => metadata,
        Err(e) => return (None, Err(e)),
    };
    #[cfg(unix)]
    let key = {
        use std::os::unix::fs::MetadataExt as _;
        Some((metadata.dev(), metadata.ino()))
    };
    #[cfg(not(unix))]
    let key = None;
    (key, read_open(&mut file, &metadata))
}

/// Reads `file`, opened, whose metadata is `metadata`.
fn read_open(file: &mut File, metadata: &fs::Metadata) -> io::Result<Vec<u8>> {
    if !metadata.is_file() {
        return Err(io::Error::other(NotRegular(kind(metadata.file_type()))));
    }
    // Read into room for one byte more than the size just looked up: a
    // file's own `read_to_end` looks the size up again, and reads once
    // more to find the end. A regular file gives less than asked only at
    // its end, so a read that stops at the size has met it: one system
    // call reads a plan. A file that grew since it was looked up fills the
    // extra byte and is read on to its new end; one that shrank ends
    // sooner.
    let size = usize::try_from(metadata.len()).unwrap_or(0);
    let room = size.saturating_add(1);
    let mut bytes = vec![0; room];
    let mut filled = 0;
    while filled < room {
        match file.read(&mut bytes[filled..]) {
            Ok(0) => {
                bytes.truncate(filled);
                return Ok(bytes);
            }
            Ok(n) => {
                filled += n;
                if filled == size {
                    bytes.truncate(size);
                    return Ok(bytes);
                }
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    // Grown: the rest in larger reads.
    file.take(u64::MAX).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// What a file that is not a regular file is, in words.
fn kind(file_type: fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        if file_type.is_fifo() {
            return "a FIFO";
        }
        if file_type.is_socket() {
            return "a socket";
        }
        if file_type.is_block_device() || file_type.is_char_device() {
            return "a device";
        }
    }
    if file_type.is_dir() {
        "a folder"
    } else {
        "a special file"
    }
}

/// The system's error inside `error`, when `error` wraps one (as the
/// folder walk's errors do), else `error` itself.
fn innermost(error: &io::Error) -> &io::Error {
    let mut error = error;
    while error.raw_os_error().is_none() {
        let inner = error
            .get_ref()
            .and_then(|inner| std::error::Error::source(inner))
            .and_then(|source| source.downcast_ref::<io::Error>());
        match inner {
            Some(inner) => error = inner,
            None => break,
        }
    }
    error
}

/// Why `path` could not be read, in a few words: what the system said
/// (`permission denied`, `no such file or directory`, `file name too
/// long`), `symlink loop`, `dangling symbolic link`, or `not a regular
/// file`.
#[must_use]
pub fn reason(path: &Path, error: &io::Error) -> String {
    why(path, error).to_string()
}

/// Why a path could not be read, for words in any language; its `Display`
/// is [`reason`]'s English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why {
    /// Not a regular file: `a FIFO`, `a socket`, `a device`, `a folder` or
    /// `a special file`.
    NotRegular(&'static str),
    /// Too many levels of symbolic links.
    SymlinkLoop,
    /// A symbolic link to nothing, with its target when it can be read.
    Dangling(Option<PathBuf>),
    /// What the system said, as a phrase.
    System(io::ErrorKind, String),
}

impl std::fmt::Display for Why {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Why::NotRegular(kind) => write!(f, "{}", NotRegular(kind)),
            Why::SymlinkLoop => f.write_str("symlink loop (too many levels of symbolic links)"),
            Why::Dangling(Some(target)) => write!(
                f,
                "dangling symbolic link to `{}`: no such file or directory",
                target.display()
            ),
            Why::Dangling(None) => f.write_str("dangling symbolic link: no such file or directory"),
            Why::System(_, text) => f.write_str(text),
        }
    }
}

/// Why `path` could not be read ([`reason`] in words).
#[must_use]
pub fn why(path: &Path, error: &io::Error) -> Why {
    let error = innermost(error);
    if let Some(inner) = error.get_ref()
        && let Some(not_regular) = inner.downcast_ref::<NotRegular>()
    {
        return Why::NotRegular(not_regular.0);
    }
    #[cfg(unix)]
    if error.raw_os_error() == Some(libc::ELOOP) {
        return Why::SymlinkLoop;
    }
    if error.kind() == io::ErrorKind::NotFound
        && fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
    {
        return Why::Dangling(fs::read_link(path).ok());
    }
    // The system's own words, without ` (os error 13)`, as a phrase.
    let text = error.to_string();
    let text = text
        .find(" (os error ")
        .map_or(text.as_str(), |at| &text[..at]);
    let mut chars = text.chars();
    let phrase = match chars.next() {
        Some(first) if chars.clone().next().is_some_and(char::is_lowercase) => {
            first.to_lowercase().chain(chars).collect()
        }
        _ => text.to_owned(),
    };
    Why::System(error.kind(), phrase)
}

/// Why a plan was not rewritten. Its text says what happened and that the
/// plan is unchanged; the caller names the file.
#[derive(Debug)]
pub enum NotWritten {
    /// The plan changed on disk after it was read.
    Changed,
    /// The plan is read-only.
    ReadOnly,
    /// The plan is a symbolic link to a file outside the checked folders.
    OutsideTree(PathBuf),
    /// Reading, writing, syncing or renaming failed.
    Io(&'static str, io::Error),
}

impl std::fmt::Display for NotWritten {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NotWritten::Changed => {
                f.write_str("the file changed while it was being checked; it was left as it is, run again to fix it")
            }
            NotWritten::ReadOnly => f.write_str("the file is read-only; it was left unchanged"),
            NotWritten::OutsideTree(target) => write!(
                f,
                "the file is a symbolic link to `{}`, outside the checked folders; it was left unchanged",
                target.display()
            ),
            NotWritten::Io(what, e) => write!(f, "cannot {what} ({e}); the file is unchanged"),
        }
    }
}

/// Replaces the file at `path` with `new` if it still holds `original` and,
/// once symbolic links are resolved, lies inside one of `roots` (canonical
/// folders; empty: anywhere).
pub fn replace(
    path: &Path,
    original: &[u8],
    new: &[u8],
    roots: &[PathBuf],
) -> Result<(), NotWritten> {
    replace_with(path, original, new, roots, |file, bytes| {
        file.write_all(bytes)
    })
}

/// [`replace`], writing the temporary file with `write` (which tests make fail).
pub(crate) fn replace_with(
    path: &Path,
    original: &[u8],
    new: &[u8],
    roots: &[PathBuf],
    write: impl FnOnce(&mut File, &[u8]) -> io::Result<()>,
) -> Result<(), NotWritten> {
    let target = fs::canonicalize(path).map_err(|e| NotWritten::Io("resolve the path", e))?;
    if !roots.is_empty() && !roots.iter().any(|root| target.starts_with(root)) {
        return Err(NotWritten::OutsideTree(target));
    }
    let metadata =
        fs::metadata(&target).map_err(|e| NotWritten::Io("read the file's metadata", e))?;
    if metadata.permissions().readonly() {
        return Err(NotWritten::ReadOnly);
    }
    let (temp, mut file) =
        create_beside(&target).map_err(|e| NotWritten::Io("create a temporary file", e))?;
    let written = (|| {
        write(&mut file, new).map_err(|e| NotWritten::Io("write the fixes", e))?;
        file.flush()
            .map_err(|e| NotWritten::Io("write the fixes", e))?;
        file.set_permissions(metadata.permissions())
            .map_err(|e| NotWritten::Io("copy the file's permissions", e))?;
        file.sync_all()
            .map_err(|e| NotWritten::Io("write the fixes to disk", e))?;
        drop(file);
        let now = fs::read(&target).map_err(|e| NotWritten::Io("read the file again", e))?;
        if now != original {
            return Err(NotWritten::Changed);
        }
        fs::rename(&temp, &target).map_err(|e| NotWritten::Io("replace the file", e))
    })();
    if written.is_err() {
        let _ = fs::remove_file(&temp);
        return written;
    }
    // Makes the rename itself durable; a folder that cannot be synced
    // (some network file systems) still has the new file.
    if let Some(dir) = target.parent()
        && let Ok(dir) = File::open(dir)
    {
        let _ = dir.sync_all();
    }
    Ok(())
}

/// Creates a new, empty temporary file in `target`'s folder, named after it
/// (`.plan.txt.planlint-123-0`, not a `.txt` that a later run would check).
fn create_beside(target: &Path) -> io::Result<(PathBuf, File)> {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let dir = target.parent().unwrap_or(Path::new("."));
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    loop {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let temp = dir.join(format!(".{name}.planlint-{}-{n}", std::process::id()));
        match OpenOptions::new().write(true).create_new(true).open(&temp) {
            Ok(file) => return Ok((temp, file)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder() -> tempfile::TempDir {
        tempfile::tempdir().unwrap()
    }

    /// A file is read whole whatever size was looked up for it: the
    /// size of the file itself, of one that is shorter (the file grew
    /// since), or longer (it shrank).
    #[test]
    fn a_file_is_read_to_its_end_whatever_size_was_looked_up() {
        let dir = folder();
        let sizes = [0, 1, 2, 4095, 4096, 4097, 70_000];
        for &size in &sizes {
            let text: Vec<u8> = (0..size).map(|i| b'a' + (i % 26) as u8).collect();
            let path = dir.path().join(format!("plan-{size}.txt"));
            fs::write(&path, &text).unwrap();
            for &looked_up in &sizes {
                let other = dir.path().join(format!("size-{looked_up}"));
                fs::write(&other, vec![b'x'; looked_up]).unwrap();
                let metadata = fs::metadata(&other).unwrap();
                let mut file = File::open(&path).unwrap();
                let read = read_open(&mut file, &metadata).unwrap();
                assert!(
                    read == text,
                    "{size} bytes read as {looked_up}: {}",
                    read.len()
                );
            }
        }
    }

    fn leftovers(dir: &Path) -> Vec<String> {
        fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains(".planlint-"))
            .collect()
    }

    /// Every path that could not be opened was "no such file or directory".
    #[test]
    fn reasons_say_what_is_wrong_with_the_path() {
        let dir = folder();
        let reason_for = |path: &Path| reason(path, &read(path).unwrap_err());
        assert_eq!(
            reason_for(&dir.path().join("missing.txt")),
            "no such file or directory"
        );
        let dangling = dir.path().join("dangling.txt");
        std::os::unix::fs::symlink("gone.txt", &dangling).unwrap();
        assert_eq!(
            reason_for(&dangling),
            "dangling symbolic link to `gone.txt`: no such file or directory"
        );
        let looped = dir.path().join("self.txt");
        std::os::unix::fs::symlink("self.txt", &looped).unwrap();
        assert!(reason_for(&looped).starts_with("symlink loop"));
        assert_eq!(reason_for(dir.path()), "not a regular file (a folder)");
        let long = dir.path().join(format!("{}.txt", "x".repeat(300)));
        assert_eq!(reason_for(&long), "file name too long");
        assert_eq!(
            reason_for(Path::new("/dev/null")),
            "not a regular file (a device)"
        );
    }

    #[test]
    fn replaces_and_keeps_permissions() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = folder();
        let plan = dir.path().join("plan.txt");
        fs::write(&plan, "old").unwrap();
        fs::set_permissions(&plan, fs::Permissions::from_mode(0o640)).unwrap();
        replace(&plan, b"old", b"new", &[]).unwrap();
        assert_eq!(fs::read(&plan).unwrap(), b"new");
        assert_eq!(
            fs::metadata(&plan).unwrap().permissions().mode() & 0o777,
            0o640
        );
        assert!(leftovers(dir.path()).is_empty());
    }

    /// On a full disk the plan was left cut mid-row, and the message said
    /// only "No space left on device".
    #[test]
    fn a_full_disk_leaves_the_plan_intact_and_says_so() {
        let dir = folder();
        let plan = dir.path().join("plan.txt");
        fs::write(&plan, "old text").unwrap();
        let full = |file: &mut File, bytes: &[u8]| {
            file.write_all(&bytes[..bytes.len() / 2])?;
            Err(io::Error::from(io::ErrorKind::StorageFull))
        };
        let error = replace_with(&plan, b"old text", b"new text, longer", &[], full).unwrap_err();
        assert_eq!(fs::read(&plan).unwrap(), b"old text");
        let message = error.to_string();
        assert!(
            message.starts_with("cannot write the fixes (")
                && message.ends_with("the file is unchanged"),
            "{message}"
        );
        assert!(leftovers(dir.path()).is_empty());
    }

    /// A line added to the plan while --fix ran was silently overwritten.
    #[test]
    fn a_plan_changed_since_it_was_read_is_left_alone() {
        let dir = folder();
        let plan = dir.path().join("plan.txt");
        fs::write(&plan, "old\nadded").unwrap();
        let error = replace(&plan, b"old", b"new", &[]).unwrap_err();
        assert!(matches!(error, NotWritten::Changed));
        assert_eq!(fs::read(&plan).unwrap(), b"old\nadded");
        assert!(leftovers(dir.path()).is_empty());
    }

    /// Symbolic links were followed to files outside the checked folder.
    #[test]
    fn links_are_followed_only_inside_the_checked_folders() {
        let outside = folder();
        let tree = folder();
        let target = outside.path().join("plan.txt");
        fs::write(&target, "old").unwrap();
        let link = tree.path().join("link.txt");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        let root = fs::canonicalize(tree.path()).unwrap();
        let error = replace(&link, b"old", b"new", std::slice::from_ref(&root)).unwrap_err();
        assert!(matches!(error, NotWritten::OutsideTree(_)), "{error}");
        assert_eq!(fs::read(&target).unwrap(), b"old");
        // Inside the tree, the link's target is rewritten and the link kept.
        let inner = tree.path().join("real.txt");
        fs::write(&inner, "old").unwrap();
        let link = tree.path().join("inner-link.txt");
        std::os::unix::fs::symlink(&inner, &link).unwrap();
        replace(&link, b"old", b"new", &[root]).unwrap();
        assert_eq!(fs::read(&inner).unwrap(), b"new");
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
    }

    #[test]
    fn read_only_plans_are_left_alone() {
        let dir = folder();
        let plan = dir.path().join("plan.txt");
        fs::write(&plan, "old").unwrap();
        let mut permissions = fs::metadata(&plan).unwrap().permissions();
        permissions.set_readonly(true);
        fs::set_permissions(&plan, permissions).unwrap();
        let error = replace(&plan, b"old", b"new", &[]).unwrap_err();
        assert!(matches!(error, NotWritten::ReadOnly));
        assert_eq!(fs::read(&plan).unwrap(), b"old");
    }
}
