//! Every file a build will write, with what writes it, checked before writing:
//! two sources of one output file (after the normalisation a file system may
//! apply: Unicode form, case) are an error naming both, so no page, generated
//! list or copied file silently replaces another.

use crate::content::Asset;
use crate::diagnostics::Diagnostic;
use crate::output::confine;
use crate::site::Site;
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
            sala(format!("the list of taxonomy '{}'", t.name)),
        ));
        for term in &t.terms {
            plan.push((
                term.url.clone(),
                sala(format!("the page of {} term '{}'", t.name, term.slug)),
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
            sala(format!("the print book of {}", p.source.display())),
        ));
    }
    for l in site.config.language_codes() {
        plan.push((
            format!("{l}/search/index.html"),
            sala("the search page".into()),
        ));
        plan.push((format!("{l}/404.html"), sala("the not-found page".into())));
        if site.config.base_url.is_some() {
            plan.push((format!("{l}/atom.xml"), sala("the Atom feed".into())));
        }
    }
    for a in assets {
        plan.push((
            a.out.clone(),
            Writer {
                what: format!("the file {}", display(&a.path)),
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
                Diagnostic::error("output", format!("{} would replace sala's own {url}", w.what))
                    .in_file(w.file.as_deref().unwrap_or(Path::new("")))
                    .hint("rename it: search/, assets/, index.html, 404.html, sitemap.xml and README.txt at the top of the site are sala's"),
            );
            continue;
        }
        if let Some(&j) = seen.get(&confine::key(url)) {
            let first = &plan[j].1;
            let d = Diagnostic::error(
                "output",
                format!("{} and {} both write {url}", first.what, w.what),
            )
            .hint("rename one of them (or give the page a `slug:`, the taxonomy a `slug:` in sala.yaml)");
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
