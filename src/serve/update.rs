//! Rebuilding only what an edit touches. A changed page is parsed and rendered
//! again, the site is re-linked (cheap: indexes, no rendering), and the pages
//! whose output shows it (section lists, neighbours, backlinks, related pages,
//! translations' switchers) are found by comparing the link graph before and after.

use crate::content::{Page, SourceFile};
use crate::pipeline::{self, Affected, Build, Renderer, Report};
use crate::site::Site;
use std::path::{Path, PathBuf};

/// The lists of one page that its template shows.
#[derive(PartialEq)]
struct Lists {
    parent: Option<usize>,
    children: Vec<usize>,
    prev: Option<usize>,
    next: Option<usize>,
    backlinks: Vec<usize>,
    related: Vec<usize>,
    translations: Vec<usize>,
}

fn lists(site: &Site, i: usize) -> Lists {
    Lists {
        parent: site.structure.parent[i],
        children: site.structure.children[i].clone(),
        prev: site.structure.prev[i],
        next: site.structure.next[i],
        backlinks: site.backlinks[i].clone(),
        related: site.related[i].clone(),
        translations: site.translations[i].iter().map(|t| t.1).collect(),
    }
}

impl Lists {
    fn mentions(&self, page: usize) -> bool {
        self.parent == Some(page)
            || self.prev == Some(page)
            || self.next == Some(page)
            || [
                &self.children,
                &self.backlinks,
                &self.related,
                &self.translations,
            ]
            .iter()
            .any(|l| l.contains(&page))
    }
}

/// Updates `build` for edited content files. Returns the pages to re-render,
/// or `None` when the edit needs a full build (a file added, removed, renamed,
/// or its URL changed). Problems go into `report`.
pub fn update(build: &mut Build, changed: &[PathBuf], report: &mut Report) -> Option<Affected> {
    let content = build.root.join("content");
    let mut fresh: Vec<(usize, Page)> = Vec::new();
    for path in changed {
        let rel = path.strip_prefix(&content).ok()?;
        let display = Path::new("content").join(rel);
        let i = build.site.pages.iter().position(|p| p.source == display)?;
        let old = &build.site.pages[i];
        let source = SourceFile {
            display: display.clone(),
            path: path.clone(),
            lang: old.lang.clone(),
            rel: old.rel.clone(),
        };
        if !path.is_file() {
            return None;
        }
        match pipeline::parse_one(&source, &build.site.config) {
            Ok(mut p) if !p.problems.is_empty() => {
                report.diagnostics.extend(std::mem::take(&mut p.problems));
                return Some(Affected::default());
            }
            Ok(p) => {
                let same_place = p.url == old.url
                    && p.kind == old.kind
                    && p.translation_key == old.translation_key
                    && (!p.meta.draft || build.drafts);
                if !same_place {
                    return None;
                }
                fresh.push((i, p));
            }
            Err(d) => {
                report.diagnostics.push(d);
                return Some(Affected::default());
            }
        }
    }
    let before: Vec<Lists> = (0..build.site.pages.len())
        .map(|i| lists(&build.site, i))
        .collect();
    let config = build.site.config.clone();
    let mut pages = std::mem::take(&mut build.site.pages);
    let mut rendered = std::mem::take(&mut build.site.rendered);
    for (i, p) in fresh.iter().cloned() {
        pages[i] = p;
    }
    {
        let renderer = Renderer::new(&pages, &build.assets, &config, &build.i18n, &build.glossary);
        for (i, _) in &fresh {
            rendered[*i] = renderer.render(&pages[*i]);
        }
    }
    build.site = pipeline::link(config, pages, rendered, report);
    let mut affected = Affected::default();
    for (i, p) in &fresh {
        affected.pages.insert(*i);
        affected.edited.insert(*i);
        affected.langs.insert(p.lang.clone());
    }
    for (i, old) in before.iter().enumerate() {
        let now = lists(&build.site, i);
        if *old != now
            || fresh
                .iter()
                .any(|(c, _)| now.mentions(*c) || old.mentions(*c))
        {
            affected.pages.insert(i);
            affected.langs.insert(build.site.pages[i].lang.clone());
        }
    }
    Some(affected)
}
