//! The context of a content page, section or home: the page itself and
//! what surrounds it (breadcrumbs, children, neighbours, backlinks, related
//! pages, "See also", translations).

use super::base::{base_in, taxonomy_title, term_name};
use super::links::{alternates, link, url_to, LinkView, TermView};
use super::nav::{main_section_of, section_nav, NavCache};
use crate::content::{Page, PageKind};
use crate::i18n::{format_date, I18n};
use crate::markdown::TocEntry;
use crate::site::Site;
use serde::Serialize;
use tera::Context;

#[derive(Serialize)]
struct PageView<'a> {
    title: &'a str,
    description: &'a str,
    content: &'a str,
    kind: &'static str,
    toc: &'a [TocEntry],
    show_toc: bool,
    date: Option<String>,
    date_iso: Option<String>,
    updated: Option<String>,
    updated_iso: Option<String>,
    draft: bool,
    terms: Vec<TermView>,
}

fn kind_name(p: &Page) -> &'static str {
    match p.kind {
        PageKind::Home => "home",
        PageKind::Section => "section",
        PageKind::Page => "page",
    }
}

/// Context for a content page, section or home.
pub fn page(site: &Site, i18n: &I18n, i: usize, nav: &NavCache) -> Context {
    let p = &site.pages[i];
    let r = &site.rendered[i];
    let url = p.url.as_str();
    let same_page = |code: &str| {
        site.translations[i]
            .iter()
            .find(|(l, _)| l == code)
            .map(|(_, j)| site.pages[*j].url.clone())
    };
    let mut ctx = base_in(
        site,
        i18n,
        &p.lang,
        url,
        &same_page,
        main_section_of(site, i),
    );
    match section_nav(site, url, i, nav) {
        Some(v) => ctx.insert_value("section_nav", v),
        None => ctx.insert("section_nav", &None::<()>),
    }
    let terms = p
        .taxonomies
        .iter()
        .flat_map(|(tax, terms)| terms.iter().map(move |t| (tax, t)))
        .map(|(tax, t)| TermView {
            taxonomy: taxonomy_title(site, tax, &p.lang),
            name: term_name(site, tax, t, &p.lang),
            url: url_to(
                site,
                url,
                &crate::links::taxonomies::term_url(
                    &p.lang,
                    site.config
                        .taxonomy(tax)
                        .map_or(tax.as_str(), |c| c.url_segment()),
                    t,
                ),
            ),
            count: 0,
        })
        .collect();
    let html = r.html.get();
    let view = PageView {
        title: &p.meta.title,
        description: p.meta.description.as_deref().unwrap_or(""),
        content: &html,
        kind: kind_name(p),
        toc: &r.toc,
        show_toc: p.meta.toc.unwrap_or(r.toc.len() >= 3),
        date: p.meta.date.map(|d| format_date(i18n, &p.lang, d)),
        date_iso: p.meta.date.map(|d| d.iso()),
        updated: p.meta.updated.map(|d| format_date(i18n, &p.lang, d)),
        updated_iso: p.meta.updated.map(|d| d.iso()),
        draft: p.meta.draft,
        terms,
    };
    ctx.insert("page", &view);
    // Breadcrumbs: the chain of sections above, home first.
    let mut crumbs = Vec::new();
    let mut cur = site.structure.parent[i];
    while let Some(s) = cur {
        crumbs.push(link(site, url, s));
        cur = site.structure.parent[s];
    }
    crumbs.reverse();
    ctx.insert("breadcrumbs", &crumbs);
    let children: Vec<LinkView> = site.structure.children[i]
        .iter()
        .map(|&c| link(site, url, c))
        .collect();
    ctx.insert("children", &children);
    if crate::book_place::has_book(site, i) {
        ctx.insert(
            "print_url",
            &url_to(site, url, &crate::book_place::url(url)),
        );
    }
    // A section's own text often lists its pages by hand, with a word on each:
    // the generated list then shows only the pages that text leaves out.
    let unlisted: Vec<LinkView> = site.structure.children[i]
        .iter()
        .filter(|c| site.outgoing[i].binary_search(c).is_err())
        .map(|&c| link(site, url, c))
        .collect();
    ctx.insert(
        "children_listed_in_text",
        &(unlisted.len() < children.len()),
    );
    ctx.insert("unlisted_children", &unlisted);
    ctx.insert("prev", &site.structure.prev[i].map(|j| link(site, url, j)));
    ctx.insert("next", &site.structure.next[i].map(|j| link(site, url, j)));
    let backlinks: Vec<LinkView> = site.backlinks[i]
        .iter()
        .map(|&j| link(site, url, j))
        .collect();
    ctx.insert("backlinks", &backlinks);
    let related: Vec<LinkView> = site.related[i]
        .iter()
        .map(|&j| link(site, url, j))
        .collect();
    ctx.insert("related", &related);
    let see_also: Vec<LinkView> = see_also(site, i)
        .into_iter()
        .map(|j| link(site, url, j))
        .collect();
    ctx.insert("see_also", &see_also);
    let alternates = alternates(
        site,
        site.translations[i]
            .iter()
            .map(|(l, j)| (l.as_str(), site.pages[*j].url.as_str())),
    );
    ctx.insert("alternates", &alternates);
    ctx.insert(
        "missing_languages",
        &site
            .config
            .languages
            .iter()
            .filter(|l| !site.translations[i].iter().any(|(tl, _)| *tl == l.code))
            .map(|l| l.name.as_str())
            .collect::<Vec<_>>(),
    );
    ctx
}

/// How many pages "See also" offers at most.
const SEE_ALSO: usize = 6;

/// One "See also" list: related pages (best first), then pages linking here (in
/// section order), without repeats, without the page's own section and home
/// (the sidebar and breadcrumbs lead there already), at most `SEE_ALSO`.
fn see_also(site: &Site, i: usize) -> Vec<usize> {
    let parent = site.structure.parent[i];
    let mut out: Vec<usize> = Vec::with_capacity(SEE_ALSO);
    for &j in site.related[i].iter().chain(&site.backlinks[i]) {
        if out.len() == SEE_ALSO {
            break;
        }
        if j != i && Some(j) != parent && site.pages[j].kind != PageKind::Home && !out.contains(&j)
        {
            out.push(j);
        }
    }
    out
}
