//! The checks `sala check` and every build run over the linked site: broken
//! links and anchors (errors), and, as warnings, pages nobody links to, missing
//! translations and translations that may be out of date.

use super::taxonomies::Taxonomy;
use super::Target;
use crate::content::{Page, PageKind};
use crate::diagnostics::{suggest, Diagnostic};
use crate::markdown::Rendered;

pub fn broken_links(pages: &[Page], rendered: &[Rendered]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (i, r) in rendered.iter().enumerate() {
        let page = &pages[i];
        for link in &r.links {
            let (target_page, anchor) = match &link.target {
                Target::Broken { reason, hint } => {
                    let mut d =
                        Diagnostic::error("link", format!("broken link '{}': {reason}", link.href))
                            .at(&page.source, link.line, link.col);
                    if let Some(h) = hint {
                        d = d.hint(h.clone());
                    }
                    out.push(d);
                    continue;
                }
                Target::Page(t, Some(a)) => (*t, a),
                Target::SamePage(a) => (i, a),
                _ => continue,
            };
            if anchor.is_empty() || rendered[target_page].anchors.contains(anchor) {
                continue;
            }
            let mut anchors: Vec<&str> = rendered[target_page]
                .anchors
                .iter()
                .map(String::as_str)
                .collect();
            anchors.sort_unstable();
            let mut d = Diagnostic::error(
                "link",
                format!(
                    "broken anchor '{}': {} has no heading with id '{anchor}'",
                    link.href,
                    pages[target_page].source.display()
                ),
            )
            .at(&page.source, link.line, link.col);
            d = match suggest(anchor, anchors.iter().copied()) {
                Some(s) => d.hint(format!("did you mean '#{s}'?")),
                None if anchors.is_empty() => d.hint("the target page has no headings"),
                None => d.hint(format!("its headings: {}", anchors.join(", "))),
            };
            out.push(d);
        }
    }
    out
}

pub fn orphans(pages: &[Page], backlinks: &[Vec<usize>]) -> Vec<Diagnostic> {
    pages
        .iter()
        .enumerate()
        .filter(|(i, p)| p.kind != PageKind::Home && backlinks[*i].is_empty())
        .map(|(_, p)| {
            Diagnostic::warning("orphan", "no other page links to this page")
                .in_file(&p.source)
                .hint("link it from its section's _index.md or a related page")
        })
        .collect()
}

pub fn missing_translations(
    pages: &[Page],
    translations: &[Vec<(String, usize)>],
    langs: &[&str],
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (i, p) in pages.iter().enumerate() {
        // Report once per group, on its first page.
        if translations[i].first().map(|t| t.1) != Some(i) {
            continue;
        }
        let missing: Vec<&str> = langs
            .iter()
            .copied()
            .filter(|l| !translations[i].iter().any(|(tl, _)| tl == l))
            .collect();
        if !missing.is_empty() {
            out.push(
                Diagnostic::warning(
                    "translation",
                    format!("no translation in: {}", missing.join(", ")),
                )
                .in_file(&p.source)
                .hint(format!(
                    "add {} (same path under each language folder)",
                    missing
                        .iter()
                        .map(|l| format!("content/{l}/{}", p.rel))
                        .collect::<Vec<_>>()
                        .join(", ")
                )),
            );
        }
    }
    out
}

/// A translation whose `updated` (or `date`) is older than another language's `updated`.
pub fn stale_translations(
    pages: &[Page],
    translations: &[Vec<(String, usize)>],
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (i, p) in pages.iter().enumerate() {
        let mine = p.meta.updated.or(p.meta.date);
        let Some(mine) = mine else { continue };
        let newest = translations[i]
            .iter()
            .filter(|(_, j)| *j != i)
            .filter_map(|(_, j)| pages[*j].meta.updated.map(|u| (u, *j)))
            .max();
        if let Some((newer, j)) = newest {
            if newer > mine {
                out.push(
                    Diagnostic::warning(
                        "stale translation",
                        format!(
                            "may be out of date: {} was updated on {}, this page on {}",
                            pages[j].source.display(),
                            newer.iso(),
                            mine.iso()
                        ),
                    )
                    .in_file(&p.source)
                    .hint("bring it up to date, then set `updated:` in its front matter"),
                );
            }
        }
    }
    out
}

/// Pages whose output would be overwritten by a generated page (taxonomy
/// lists and terms, search).
pub fn generated_collisions(
    pages: &[Page],
    taxonomies: &[Taxonomy],
    langs: &[&str],
) -> Vec<Diagnostic> {
    let mut generated: Vec<(String, String)> = Vec::new();
    for t in taxonomies.iter().filter(|t| !t.terms.is_empty()) {
        generated.push((t.url.clone(), format!("the list of taxonomy '{}'", t.name)));
        for term in &t.terms {
            generated.push((
                term.url.clone(),
                format!("the page of {} term '{}'", t.name, term.slug),
            ));
        }
    }
    for l in langs {
        generated.push((format!("{l}/search/index.html"), "the search page".into()));
    }
    for p in pages.iter().filter(|p| p.kind == PageKind::Section) {
        generated.push((
            crate::book::url(&p.url),
            format!("the print book of {}", p.source.display()),
        ));
    }
    let generated: std::collections::HashMap<String, String> = generated.into_iter().collect();
    let mut out = Vec::new();
    for p in pages {
        if let Some(what) = generated.get(&p.url) {
            out.push(
                Diagnostic::error("content", format!("{} and {what} both write {}", p.source.display(), p.url))
                    .in_file(&p.source)
                    .hint("rename the page (or give it a `slug:`), or give the taxonomy a `slug:` in sala.yaml"),
            );
        }
    }
    out
}
