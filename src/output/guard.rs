//! Output ownership: sala writes only into a folder it owns and deletes only
//! what it wrote. A folder is sala's when a build made it (the manifest inside
//! lists every file the build wrote) or when it is new or empty. Everything is
//! checked before anything is touched, and one lock beside the output keeps two
//! builds from writing it at once.

use crate::diagnostics::Diagnostic;
use crate::t;
use std::collections::HashSet;
use std::fs::{self, File};
use std::path::{Component, Path, PathBuf};

/// The file in every output folder that says sala made it, and what it wrote.
pub const MANIFEST: &str = ".sala-manifest";
/// The file in a staging folder that says it is one (so a killed build's is removed).
pub const STAGING_MARK: &str = ".sala-staging";
const MANIFEST_HEADER: &str =
    "# Written by sala: this folder is a built site, replaced by each build.\n# Files it wrote:\n";

/// A checked, locked output folder: the only place a build may write.
pub struct Claim {
    /// Absolute output folder (it may not exist yet).
    pub target: PathBuf,
    /// Held for the whole build: released when the claim is dropped.
    _lock: File,
}

/// What the user asked: the site root, the output folder, and `--force`.
pub fn claim(root: &Path, out: &Path, force: bool) -> Result<Claim, Diagnostic> {
    let refuse =
        |msg: String, hint: String| Err(Diagnostic::error("output", msg).in_file(out).hint(hint));
    if fs::symlink_metadata(out).is_ok_and(|m| m.file_type().is_symlink()) {
        return refuse(t!("output-symlink"), t!("output-symlink-hint"));
    }
    let root_abs = root.canonicalize().map_err(|e| {
        Diagnostic::error(
            "output",
            t!("output-root-unreadable", error = e.to_string()),
        )
    })?;
    let target = resolve(out).map_err(|m| Diagnostic::error("output", m).in_file(out))?;
    if target == root_abs {
        return refuse(t!("output-is-root"), t!("output-own-folder-hint"));
    }
    if root_abs.starts_with(&target) {
        return refuse(t!("output-contains-root"), t!("output-own-folder-hint"));
    }
    for source in ["content", "themes", "i18n"] {
        let dir = root_abs.join(source);
        let dir = dir.canonicalize().unwrap_or(dir);
        if target.starts_with(&dir) {
            return refuse(
                t!("output-inside-sources", folder = source),
                t!("output-inside-sources-hint"),
            );
        }
    }
    if target.parent().is_none() {
        return refuse(
            t!("output-filesystem-root"),
            t!("output-filesystem-root-hint"),
        );
    }
    match fs::symlink_metadata(&target) {
        Ok(m) if m.file_type().is_symlink() => {
            return refuse(t!("output-symlink"), t!("output-symlink-hint"))
        }
        Ok(m) if !m.is_dir() => return refuse(t!("output-is-file"), t!("output-is-file-hint")),
        Ok(_) => {
            if !force {
                check_owned(&target, out)?;
            }
        }
        Err(_) => {}
    }
    let lock = lock(&target)?;
    remove_stale(&target);
    Ok(Claim {
        target,
        _lock: lock,
    })
}

/// Refuses a non-empty folder that a build did not make, or one that holds
/// files a build did not write.
fn check_owned(target: &Path, shown: &Path) -> Result<(), Diagnostic> {
    let mut entries = fs::read_dir(target).map_err(|e| {
        Diagnostic::error("output", t!("files-cannot-read", reason = e.to_string())).in_file(shown)
    })?;
    if entries.next().is_none() {
        return Ok(());
    }
    let manifest = match fs::read(target.join(MANIFEST)) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => Some(text),
            Err(_) => {
                // It says sala made the folder, but it cannot be trusted to
                // say which files: damaged, or written by something else.
                return Err(Diagnostic::error(
                    "output",
                    t!("output-manifest-damaged", manifest = MANIFEST),
                )
                .in_file(&shown.join(MANIFEST))
                .hint(t!("output-manifest-damaged-hint")));
            }
        },
        Err(_) => None,
    };
    let Some(manifest) = manifest else {
        return Err(Diagnostic::error("output", t!("output-not-empty"))
            .in_file(shown)
            .hint(t!("output-not-empty-hint")));
    };
    let written: HashSet<&str> = manifest.lines().filter(|l| !l.starts_with('#')).collect();
    let mut foreign = Vec::new();
    for entry in walkdir::WalkDir::new(target).sort_by_file_name() {
        let Ok(entry) = entry else { continue };
        if entry.file_type().is_dir() {
            continue;
        }
        let rel = entry
            .path()
            .strip_prefix(target)
            .map(|p| p.to_string_lossy().replace('\\', "/"))
            .unwrap_or_default();
        if rel != MANIFEST && !written.contains(rel.as_str()) {
            foreign.push(rel);
        }
    }
    if foreign.is_empty() {
        return Ok(());
    }
    let n = foreign.len();
    foreign.truncate(5);
    let files = format!("{}{}", foreign.join(", "), if n > 5 { ", ..." } else { "" });
    Err(Diagnostic::error(
        "output",
        t!("output-foreign-files", count = n, files = files),
    )
    .in_file(shown)
    .hint(t!("output-foreign-files-hint")))
}

/// Takes the build lock beside the output folder.
fn lock(target: &Path) -> Result<File, Diagnostic> {
    let (parent, name) = parent_and_name(target);
    fs::create_dir_all(&parent).map_err(|e| {
        let path = parent.display().to_string();
        Diagnostic::error(
            "output",
            format!("{}: {e}", t!("output-cannot-create", path = path)),
        )
    })?;
    let path = parent.join(format!(".{name}.sala-lock"));
    // Never through a link someone planted there: the lock would be taken
    // (and the file created) wherever it points.
    if fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink()) {
        return Err(Diagnostic::error("output", t!("output-lock-symlink"))
            .in_file(&path)
            .hint(t!("output-lock-symlink-hint")));
    }
    let mut options = File::options();
    options.create(true).truncate(false).write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NOFOLLOW);
    }
    let file = options.open(&path).map_err(|e| {
        Diagnostic::error(
            "output",
            t!("output-lock-cannot-create", error = e.to_string()),
        )
        .in_file(&path)
    })?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(fs::TryLockError::WouldBlock) => Err(Diagnostic::error(
            "output",
            t!("output-locked", path = target.display().to_string()),
        )
        .hint(t!("output-locked-hint"))),
        Err(fs::TryLockError::Error(e)) => Err(Diagnostic::error(
            "output",
            t!("output-cannot-lock", error = e.to_string()),
        )
        .in_file(&path)),
    }
}

/// Removes what killed builds left beside the output: staging folders (marked
/// as such) and old sites moved aside (with a manifest). Runs under the lock,
/// so none of them belongs to a running build.
fn remove_stale(target: &Path) {
    let (parent, name) = parent_and_name(target);
    let Ok(entries) = fs::read_dir(&parent) else {
        return;
    };
    let staging = format!(".{name}.staging-");
    let old = format!(".{name}.old-");
    // `.public.old-1234`: the number is the process that made it. A build
    // killed while deleting one may have deleted its marks already, so the
    // exact name is enough (it is sala's own, hidden, beside its output).
    let numbered = |n: &str, prefix: &str| {
        n.strip_prefix(prefix)
            .is_some_and(|pid| !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit()))
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        let path = entry.path();
        let ours = numbered(&file_name, &staging)
            || numbered(&file_name, &old)
            || (file_name.starts_with(&staging) && path.join(STAGING_MARK).is_file())
            || (file_name.starts_with(&old) && path.join(MANIFEST).is_file());
        if ours && entry.file_type().is_ok_and(|t| t.is_dir()) {
            let _ = fs::remove_dir_all(&path);
        }
    }
}

/// The folder the output lives in and the output's own name.
pub fn parent_and_name(target: &Path) -> (PathBuf, String) {
    let parent = target
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    let name = target
        .file_name()
        .map_or("public".into(), |n| n.to_string_lossy().into_owned());
    (parent, name)
}

/// The manifest's text for the files a build wrote.
pub fn manifest(files: &[String]) -> String {
    let mut sorted: Vec<&str> = files.iter().map(String::as_str).collect();
    sorted.sort_unstable();
    let mut text = String::from(MANIFEST_HEADER);
    for f in sorted {
        text.push_str(f);
        text.push('\n');
    }
    text
}

/// An absolute path with `.` and `..` resolved: the deepest existing ancestor
/// is canonicalized (so symlinks in it count), the rest is taken as written.
fn resolve(out: &Path) -> Result<PathBuf, String> {
    let abs =
        std::path::absolute(out).map_err(|e| t!("output-cannot-resolve", error = e.to_string()))?;
    // `..` as the system reads it: after a link, the parent of where the
    // link points, not of the link's own name (`link/../site`).
    let mut clean = PathBuf::new();
    for c in abs.components() {
        match c {
            Component::ParentDir => {
                if let Ok(real) = clean.canonicalize() {
                    clean = real;
                }
                clean.pop();
            }
            Component::CurDir => {}
            other => clean.push(other),
        }
    }
    let mut existing = clean.clone();
    let mut rest = Vec::new();
    while !existing.exists() {
        match (existing.file_name(), existing.parent()) {
            (Some(n), Some(p)) => {
                rest.push(n.to_os_string());
                existing = p.to_path_buf();
            }
            _ => break,
        }
    }
    let mut resolved = existing.canonicalize().unwrap_or(existing);
    for n in rest.into_iter().rev() {
        resolved.push(n);
    }
    Ok(resolved)
}
