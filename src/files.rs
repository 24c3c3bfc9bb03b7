//! One door for every file sala reads from a site: configuration, glossary,
//! terminology, UI strings, templates, theme files and content, as every
//! write goes through `output::confine`. A file passes when, once links are
//! resolved, it is a regular file inside the site root, under no dot folder
//! (`.git`, `.env`, `.ssh`) on the way there, and no larger than
//! `MAX_FILE_BYTES`. So a link planted in a commit cannot make a build read
//! `/dev/zero` until memory runs out, hang on a FIFO, or publish the site's
//! own `.git/config`. Walkers ask `link_stays` before they follow a link.

use crate::diagnostics::Diagnostic;
use crate::t;
use std::io::Read;
use std::path::{Component, Path, PathBuf};

/// The largest file sala reads (32 MiB): far above any page, template or
/// image a knowledge base holds, far below what would exhaust memory.
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// Reads files of one site.
#[derive(Debug, Clone)]
pub struct Door {
    root: PathBuf,
    /// The root with its links resolved.
    canon: PathBuf,
}

/// Why a file was not read, at the path a person edits.
#[derive(Debug, Clone)]
pub struct Refused {
    /// The path as messages show it: relative to the site root.
    pub display: PathBuf,
    pub reason: String,
    pub hint: String,
    /// The file is simply not there.
    missing: bool,
}

impl Refused {
    pub fn diagnostic(&self, kind: &str) -> Diagnostic {
        Diagnostic::error(kind, t!("files-cannot-read", reason = self.reason.as_str()))
            .in_file(&self.display)
            .hint(self.hint.clone())
    }

    /// Whether the file is simply not there (optional files may be absent).
    pub fn is_missing(&self) -> bool {
        self.missing
    }
}

impl Door {
    pub fn new(root: &Path) -> Door {
        let canon = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
        Door {
            root: root.to_path_buf(),
            canon,
        }
    }

    /// `path` as messages show it (relative to the site root).
    pub fn display(&self, path: &Path) -> PathBuf {
        path.strip_prefix(&self.root)
            .or_else(|_| path.strip_prefix(&self.canon))
            .unwrap_or(path)
            .to_path_buf()
    }

    /// A path given relative to the site root, or already joined to it (a
    /// walker's path under `root`, relative or absolute), as a path to open.
    fn full(&self, path: &Path) -> PathBuf {
        if path.is_absolute() || (self.root != Path::new("") && path.starts_with(&self.root)) {
            path.to_path_buf()
        } else {
            self.root.join(path)
        }
    }

    /// Reads a file given relative to the site root or as a path under it.
    pub fn read(&self, path: &Path) -> Result<Vec<u8>, Refused> {
        let full = self.full(path);
        let display = self.display(&full);
        let refuse = |reason: String, hint: String| Refused {
            display: display.clone(),
            reason,
            hint,
            missing: false,
        };
        let permissions = |e: std::io::Error| refuse(e.to_string(), t!("files-permissions-hint"));
        if let Some(dot) = dot_component(&display) {
            return Err(refuse(
                t!("files-hidden-name", name = dot),
                t!("files-hidden-name-hint"),
            ));
        }
        let resolved = match full.canonicalize() {
            Ok(r) => r,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(Refused {
                    missing: true,
                    ..refuse(t!("files-missing"), t!("files-missing-hint"))
                })
            }
            Err(e) => return Err(permissions(e)),
        };
        if let Err(reason) = self.inside(&resolved) {
            return Err(refuse(reason, t!("files-link-hint")));
        }
        let file = open_without_waiting(&resolved).map_err(permissions)?;
        let meta = file.metadata().map_err(permissions)?;
        if !meta.is_file() {
            return Err(refuse(
                t!(
                    "files-not-regular",
                    path = self.display(&resolved).display().to_string()
                ),
                t!("files-not-regular-hint"),
            ));
        }
        let limit = MAX_FILE_BYTES / (1024 * 1024);
        if meta.len() > MAX_FILE_BYTES {
            return Err(refuse(
                t!(
                    "files-too-large",
                    mb = meta.len() / (1024 * 1024),
                    limit = limit
                ),
                t!("files-too-large-hint"),
            ));
        }
        let mut bytes = Vec::with_capacity(meta.len() as usize);
        file.take(MAX_FILE_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(permissions)?;
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(refuse(
                t!("files-grew", limit = limit),
                t!("files-too-large-hint"),
            ));
        }
        Ok(bytes)
    }

    /// Reads a UTF-8 text file, without the byte-order mark some editors put
    /// at its start (every caller would otherwise trip over it).
    pub fn read_text(&self, path: &Path) -> Result<String, Refused> {
        let bytes = self.read(path)?;
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
        crate::text::utf8_string(bytes).ok_or_else(|| {
            let full = self.full(path);
            Refused {
                display: self.display(&full),
                reason: t!("files-not-utf8"),
                hint: t!("files-not-utf8-hint"),
                missing: false,
            }
        })
    }

    /// Whether a link found while walking `within` (a folder of the site,
    /// such as `content/` or the theme) may be followed: its target must lie
    /// inside that folder and under no dot folder. The reason when not.
    pub fn link_stays(&self, link: &Path, within: &Path) -> Result<(), String> {
        let target = link
            .canonicalize()
            .map_err(|e| t!("files-link-broken", error = e.to_string()))?;
        let within = within
            .canonicalize()
            .unwrap_or_else(|_| within.to_path_buf());
        if !target.starts_with(&within) {
            return Err(t!(
                "files-link-leaves",
                folder = self.display(&within).display().to_string()
            ));
        }
        self.inside(&target)
    }

    /// Resolved paths must lie inside the root, under no dot component.
    fn inside(&self, resolved: &Path) -> Result<(), String> {
        let Ok(rel) = resolved.strip_prefix(&self.canon) else {
            return Err(t!(
                "files-outside-root",
                path = resolved.display().to_string()
            ));
        };
        match dot_component(rel) {
            Some(dot) => Err(t!("files-link-into-hidden", name = dot)),
            None => Ok(()),
        }
    }
}

/// The first component of a relative path that starts with a dot.
fn dot_component(rel: &Path) -> Option<String> {
    rel.components().find_map(|c| match c {
        Component::Normal(name) => {
            let name = name.to_string_lossy();
            name.starts_with('.').then(|| name.into_owned())
        }
        _ => None,
    })
}

/// Opens for reading without blocking on a FIFO that has no writer (the
/// type is checked on the open handle right after).
fn open_without_waiting(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn only_regular_files_inside_the_site_and_outside_dot_folders_are_read() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        std::fs::create_dir_all(root.join(".git")).unwrap();
        std::fs::write(root.join(".git/config"), "token").unwrap();
        std::fs::write(root.join("sala.yaml"), "\u{feff}title: x\n").unwrap();
        symlink(root.join(".git/config"), root.join("config-link")).unwrap();
        symlink("/dev/zero", root.join("zero")).unwrap();
        symlink("/etc/hostname", root.join("outside")).unwrap();
        let door = Door::new(root);
        assert_eq!(
            door.read_text(Path::new("sala.yaml")).unwrap(),
            "title: x\n"
        );
        for (name, says) in [
            ("config-link", "'.git'"),
            ("zero", "outside the site"),
            ("outside", "outside the site"),
            (".git/config", "hidden name"),
            ("missing.yaml", "no such file"),
        ] {
            let err = door.read(Path::new(name)).expect_err(name);
            assert!(err.reason.contains(says), "{name}: {}", err.reason);
            assert_eq!(err.display, Path::new(name));
        }
        let fifo = root.join("pipe");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if made.is_ok_and(|s| s.success()) {
            let err = door.read(Path::new("pipe")).expect_err("fifo");
            assert!(err.reason.contains("not a regular file"), "{}", err.reason);
        }
    }
}
