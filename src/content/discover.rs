//! Stage 1: walk `content/` and sort what is there into Markdown sources (with
//! their language and path) and plain files to copy. The first folder under
//! `content/` is the language.

use crate::config::Config;
use crate::diagnostics::Diagnostic;
use crate::t;
use std::path::{Path, PathBuf};
use walkdir::WalkDir;

/// A Markdown source file.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path as shown in messages: relative to the site root, e.g. `content/vi/handbook/risks.md`.
    pub display: PathBuf,
    /// Absolute or root-joined path to read from.
    pub path: PathBuf,
    pub lang: String,
    /// Path inside the language folder with `/` separators, e.g. `handbook/risks.md`.
    pub rel: String,
}

/// A non-Markdown file under `content/`, copied to the same place in the output.
#[derive(Debug, Clone)]
pub struct Asset {
    pub path: PathBuf,
    /// Output path relative to the site root, e.g. `vi/handbook/figure.png`.
    pub out: String,
}

pub struct Discovered {
    pub sources: Vec<SourceFile>,
    pub assets: Vec<Asset>,
}

pub fn discover(
    root: &Path,
    config: &Config,
    errors: &mut Vec<Diagnostic>,
) -> Result<Discovered, Diagnostic> {
    let content = root.join("content");
    if !content.is_dir() {
        return Err(Diagnostic::error("content", t!("content-no-folder"))
            .in_file(&content)
            .hint(t!("content-no-folder-hint")));
    }
    let mut sources = Vec::new();
    let mut assets = Vec::new();
    // Links are followed when they stay inside the site (a language folder
    // shared with another checkout); a link to anywhere else is skipped with a
    // warning, so a stray link never publishes files from outside.
    // A link must stay inside content/ and reach no dot folder: a link with an
    // ordinary name to the site's own .git or .env would publish secrets.
    let door = crate::files::Door::new(root);
    let skipped = std::cell::RefCell::new(Vec::new());
    let walker = WalkDir::new(&content)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            if e.file_name().to_string_lossy().starts_with('.') {
                return false;
            }
            let refused = if e.path_is_symlink() {
                door.link_stays(e.path(), &content).err()
            } else {
                None
            };
            if let Some(reason) = &refused {
                skipped.borrow_mut().push(
                    Diagnostic::warning(
                        "content",
                        t!("content-skipped-link", reason = reason.as_str()),
                    )
                    .in_file(&door.display(e.path()))
                    .hint(t!("content-skipped-link-hint")),
                );
            }
            refused.is_none()
        });
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let path = e
                    .path()
                    .map(Path::to_path_buf)
                    .unwrap_or_else(|| content.clone());
                errors.push(
                    Diagnostic::error("content", t!("content-cannot-read", why = e.to_string()))
                        .in_file(&path),
                );
                continue;
            }
        };
        if entry.file_type().is_dir() {
            continue;
        }
        if !entry.file_type().is_file() {
            // A FIFO or device would hang or flood the build when read.
            errors.push(
                Diagnostic::error("content", t!("content-not-regular-file"))
                    .in_file(&door.display(entry.path()))
                    .hint(t!("content-not-regular-file-hint")),
            );
            continue;
        }
        let path = entry.path();
        let Ok(rel_to_content) = path.strip_prefix(&content) else {
            continue;
        };
        // Names in NFC: files from a Mac arrive decomposed, and links,
        // translations and URLs must not depend on how a name was typed.
        let parts: Vec<String> = rel_to_content
            .components()
            .map(|c| {
                use unicode_normalization::UnicodeNormalization;
                c.as_os_str().to_string_lossy().nfc().collect()
            })
            .collect();
        let display = Path::new("content").join(rel_to_content);
        if parts.len() < 2 {
            errors.push(
                Diagnostic::error("content", t!("content-outside-language"))
                    .in_file(&display)
                    .hint(t!(
                        "content-outside-language-hint",
                        languages = config.language_codes().join(", ")
                    )),
            );
            continue;
        }
        let lang = &parts[0];
        // Files every language links to (an image shared by the
        // translations): copied to the same place, never pages.
        if lang == crate::links::SHARED_FOLDER {
            if parts.last().is_some_and(|n| n.ends_with(".md")) {
                errors.push(
                    Diagnostic::error("content", t!("content-page-in-shared"))
                        .in_file(&display)
                        .hint(t!("content-page-in-shared-hint")),
                );
            } else {
                assets.push(Asset {
                    path: path.to_path_buf(),
                    out: parts.join("/"),
                });
            }
            continue;
        }
        if !config.has_language(lang) {
            errors.push(
                Diagnostic::error(
                    "content",
                    t!("content-unknown-language", lang = lang.as_str()),
                )
                .in_file(&display)
                .hint(t!(
                    "content-unknown-language-hint",
                    languages = config.language_codes().join(", ")
                )),
            );
            continue;
        }
        let rel = parts[1..].join("/");
        if rel.ends_with(".md") {
            sources.push(SourceFile {
                display,
                path: path.to_path_buf(),
                lang: lang.clone(),
                rel,
            });
        } else {
            assets.push(Asset {
                path: path.to_path_buf(),
                out: parts.join("/"),
            });
        }
    }
    errors.extend(skipped.into_inner());
    Ok(Discovered { sources, assets })
}
