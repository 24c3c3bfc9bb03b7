//! Every file a build will write, with what writes it, checked before writing:
//! two sources of one output file (after the normalisation a file system may
//! apply: Unicode form, case) are an error naming both, so no page, generated
//! list or copied file silently replaces another.

use crate::content::Asset;
use crate::diagnostics::Diagnostic;
use crate::output::confine;
use crate::site::Site;
use crate::t;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Who writes a file: a source file (shown in the message) or sala itself.
struct Writer {
    what: String,
    file: Option<PathBuf>,
}

pub fn collisions(site: &Site, assets: &[Asset]) -> Vec<Diagnostic> {
    let mut plan: Vec<(String, Writer)> = Vec::with_capacity(site.pages.len() + assets.len());
    for p in &site.pages {
        plan.push((
            p.url.clone(),
            Writer {
                what: p.source.display().to_string(),
                file: Some(p.source.clone()),
            },
        ));
    }
    let sala = |what: String| Writer { what, file: None };
    for t in site.taxonomies.iter().filter(|t| !t.terms.is_empty()) {
        plan.push((
            t.url.clone(),
            sala(t!("link-output-taxonomy-list", taxonomy = t.name.as_str())),
        ));
        for term in &t.terms {
            plan.push((
                term.url.clone(),
                sala(t!(
                    "link-output-term-page",
                    taxonomy = t.name.as_str(),
                    term = term.slug.as_str()
                )),
            ));
        }
    }
    for p in site
        .pages
        .iter()
        .filter(|p| p.kind == crate::content::PageKind::Section)
    {
        plan.push((
            crate::book_place::url(&p.url),
            sala(t!(
                "link-output-print-book",
                section = p.source.display().to_string()
            )),
        ));
    }
    for l in site.config.language_codes() {
        plan.push((
            format!("{l}/search/index.html"),
            sala(t!("link-output-search-page")),
        ));
        plan.push((
            format!("{l}/404.html"),
            sala(t!("link-output-not-found-page")),
        ));
        if site.config.base_url.is_some() {
            plan.push((format!("{l}/atom.xml"), sala(t!("link-output-atom-feed"))));
        }
    }
    for a in assets {
        plan.push((
            a.out.clone(),
            Writer {
                what: t!("link-output-file", path = display(&a.path)),
                file: Some(PathBuf::from(display(&a.path))),
            },
        ));
    }
    let mut out = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::with_capacity(plan.len());
    for (i, (url, w)) in plan.iter().enumerate() {
        if let Err(why) = confine::confine(url) {
            let d = Diagnostic::error("output", format!("{}: {why}", w.what));
            out.push(match &w.file {
                Some(f) => d.in_file(f),
                None => d.in_file(Path::new(crate::config::CONFIG_FILE)),
            });
            continue;
        }
        // sala's own files: search index, theme assets, root pages.
        let reserved = url.starts_with("search/")
            || url.starts_with("assets/")
            || matches!(
                url.as_str(),
                "index.html" | "404.html" | "sitemap.xml" | "README.txt"
            );
        if reserved && w.file.is_some() {
            out.push(
                Diagnostic::error(
                    "output",
                    t!(
                        "link-output-replaces-sala",
                        what = w.what.as_str(),
                        url = url.as_str()
                    ),
                )
                .in_file(w.file.as_deref().unwrap_or(Path::new("")))
                .hint(t!("link-output-replaces-sala-hint")),
            );
            continue;
        }
        if let Some(&j) = seen.get(&confine::key(url)) {
            let first = &plan[j].1;
            let d = Diagnostic::error(
                "output",
                t!(
                    "link-output-both-write",
                    first = first.what.as_str(),
                    second = w.what.as_str(),
                    url = url.as_str()
                ),
            )
            .hint(t!("link-output-both-write-hint"));
            out.push(match (&w.file, &first.file) {
                (Some(f), _) | (None, Some(f)) => d.in_file(f),
                _ => d,
            });
        } else {
            seen.insert(confine::key(url), i);
        }
    }
    out
}

/// A content file's path from `content/` on, as editors know it.
fn display(path: &Path) -> String {
    let s = path.to_string_lossy().replace('\\', "/");
    match s.rfind("/content/") {
        Some(i) => s[i + 1..].to_string(),
        None => s,
    }
}
