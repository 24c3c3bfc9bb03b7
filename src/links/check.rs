//! The checks `sala check` and every build run over the linked site: broken
//! links and anchors (errors), and, as warnings, pages nobody links to, missing
//! translations and translations that may be out of date.

use super::Target;
use crate::content::{Page, PageKind};
use crate::diagnostics::{suggest, Diagnostic};
use crate::markdown::Rendered;
use crate::t;

pub fn broken_links(pages: &[Page], rendered: &[Rendered]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (i, r) in rendered.iter().enumerate() {
        let page = &pages[i];
        for link in &r.links {
            let (target_page, anchor) = match &link.target {
                Target::Broken { reason, hint } => {
                    let mut d = Diagnostic::error(
                        "link",
                        t!(
                            "link-broken",
                            href = link.href.as_str(),
                            reason = reason.as_str()
                        ),
                    )
                    .at(&page.source, link.line, link.col);
                    if let Some(h) = hint {
                        d = d.hint(h.clone());
                    }
                    out.push(d);
                    continue;
                }
                Target::Unsafe(scheme) => {
                    out.push(
                        Diagnostic::warning("link", t!("link-unsafe", scheme = scheme.as_str()))
                            .at(&page.source, link.line, link.col)
                            .hint(t!("link-unsafe-hint")),
                    );
                    continue;
                }
                Target::Page(t, Some(a)) => (*t, a),
                Target::SamePage(a) => (i, a),
                _ => continue,
            };
            if anchor.is_empty()
                || pages[target_page].failed
                || rendered[target_page].anchors.contains(anchor)
            {
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
                t!(
                    "link-broken-anchor",
                    href = link.href.as_str(),
                    page = pages[target_page].source.display().to_string(),
                    anchor = anchor.as_str()
                ),
            )
            .at(&page.source, link.line, link.col);
            d = match suggest(anchor, anchors.iter().copied()) {
                Some(s) => d.hint(t!("link-broken-anchor-hint", suggestion = s)),
                None if anchors.is_empty() => d.hint(t!("link-no-headings-hint")),
                None => d.hint(t!("link-headings-hint", anchors = anchors.join(", "))),
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
            Diagnostic::warning("orphan", t!("link-orphan"))
                .in_file(&p.source)
                .hint(t!("link-orphan-hint"))
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
                    t!("link-no-translation", languages = missing.join(", ")),
                )
                .in_file(&p.source)
                .hint(t!(
                    "link-no-translation-hint",
                    files = missing
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
                        t!(
                            "link-stale-translation",
                            other = pages[j].source.display().to_string(),
                            newer = newer.iso(),
                            mine = mine.iso()
                        ),
                    )
                    .in_file(&p.source)
                    .hint(t!("link-stale-translation-hint")),
                );
            }
        }
    }
    out
}
