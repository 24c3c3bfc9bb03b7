//! The views templates receive: small serializable structs built from indices
//! into the site, so a page's context holds links and titles, not other pages.

use crate::content::{Page, PageKind};
use crate::i18n::{format_date, I18n};
use crate::links::taxonomies::{Taxonomy, Term};
use crate::links::{relative_url, root_prefix};
use crate::markdown::TocEntry;
use crate::site::Site;
use serde::Serialize;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use tera::Context;

#[derive(Serialize)]
pub struct LinkView {
    pub title: String,
    pub url: String,
    pub description: String,
}

#[derive(Serialize)]
struct LanguageView<'a> {
    code: &'a str,
    name: &'a str,
    url: String,
    exists: bool,
    current: bool,
}

#[derive(Serialize)]
struct LanguageLink {
    lang: String,
    url: String,
}

#[derive(Serialize)]
struct TermView {
    taxonomy: String,
    name: String,
    url: String,
    count: usize,
}

#[derive(Serialize)]
struct TaxonomyNav {
    title: String,
    url: String,
}

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

fn url_to(site: &Site, from: &str, to: &str) -> String {
    relative_url(from, to, site.config.pretty_urls)
}

fn link(site: &Site, from: &str, i: usize) -> LinkView {
    let p = &site.pages[i];
    LinkView {
        title: p.meta.title.clone(),
        url: url_to(site, from, &p.url),
        description: p.meta.description.clone().unwrap_or_default(),
    }
}

/// One of the main sections in the header, marked when the page is inside it.
#[derive(Serialize)]
struct NavItem {
    title: String,
    url: String,
    current: bool,
}

/// What every template gets: language, root prefix, site, switcher, navigation.
/// `same_page(code)` is this page's address (from the site root) in another
/// language, when the site has it there.
pub(crate) fn base(
    site: &Site,
    i18n: &I18n,
    lang: &str,
    url: &str,
    same_page: &dyn Fn(&str) -> Option<String>,
) -> Context {
    base_in(site, i18n, lang, url, same_page, None)
}

/// `base`, with the main section the page is in (`main_section_of`) marked
/// current in the navigation.
fn base_in(
    site: &Site,
    i18n: &I18n,
    lang: &str,
    url: &str,
    same_page: &dyn Fn(&str) -> Option<String>,
    section: Option<usize>,
) -> Context {
    let c = &site.config;
    let mut ctx = Context::new();
    ctx.insert("lang", lang);
    ctx.insert("root", &root_prefix(url));
    ctx.insert("site_title", c.title_in(lang));
    ctx.insert("site_description", c.description_in(lang));
    let home = site.home(lang);
    ctx.insert(
        "home_url",
        &home.map_or_else(
            || url_to(site, url, "index.html"),
            |h| url_to(site, url, &site.pages[h].url),
        ),
    );
    ctx.insert(
        "search_url",
        &url_to(site, url, &format!("{lang}/search/index.html")),
    );
    let languages: Vec<LanguageView> = c
        .languages
        .iter()
        .map(|l| {
            let found = same_page(&l.code);
            let fallback = site
                .home(&l.code)
                .map_or_else(|| "index.html".to_string(), |h| site.pages[h].url.clone());
            LanguageView {
                code: &l.code,
                name: &l.name,
                exists: found.is_some(),
                url: url_to(site, url, &found.unwrap_or(fallback)),
                current: l.code == lang,
            }
        })
        .collect();
    ctx.insert("languages", &languages);
    insert_main_nav(site, &mut ctx, home, url, section);
    let taxonomies: Vec<TaxonomyNav> = site
        .taxonomies
        .iter()
        .filter(|t| t.lang == lang && !t.terms.is_empty())
        .map(|t| TaxonomyNav {
            title: taxonomy_title(site, &t.name, lang),
            url: url_to(site, url, &t.url),
        })
        .collect();
    ctx.insert("taxonomies", &taxonomies);
    let _ = i18n;
    ctx
}

fn taxonomy_title(site: &Site, name: &str, lang: &str) -> String {
    site.config
        .taxonomy(name)
        .map_or(name, |t| t.title_in(lang, &site.config.default_language))
        .to_string()
}

fn term_name(site: &Site, taxonomy: &str, term: &str, lang: &str) -> String {
    site.config
        .taxonomy(taxonomy)
        .map_or(term, |t| {
            t.term_name(term, lang, &site.config.default_language)
        })
        .to_string()
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
    if crate::book::has_book(site, i) {
        ctx.insert("print_url", &url_to(site, url, &crate::book::url(url)));
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

/// Context for the list of a taxonomy's terms in one language.
pub fn taxonomy(site: &Site, i18n: &I18n, tax: &Taxonomy) -> Context {
    let url = tax.url.as_str();
    let same_page = |code: &str| {
        site.taxonomies
            .iter()
            .find(|t| t.name == tax.name && t.lang == code && !t.terms.is_empty())
            .map(|t| t.url.clone())
    };
    let mut ctx = base(site, i18n, &tax.lang, url, &same_page);
    ctx.insert("title", &taxonomy_title(site, &tax.name, &tax.lang));
    let terms: Vec<TermView> = tax
        .terms
        .iter()
        .map(|t| TermView {
            taxonomy: tax.name.clone(),
            name: term_name(site, &tax.name, &t.slug, &tax.lang),
            url: url_to(site, url, &t.url),
            count: t.pages.len(),
        })
        .collect();
    ctx.insert("terms", &terms);
    ctx
}

/// Context for one term's page list.
pub fn term(site: &Site, i18n: &I18n, tax: &Taxonomy, term: &Term) -> Context {
    let url = term.url.as_str();
    let same_page = |code: &str| {
        site.taxonomies
            .iter()
            .filter(|t| t.name == tax.name && t.lang == code)
            .flat_map(|t| &t.terms)
            .find(|t| t.slug == term.slug)
            .map(|t| t.url.clone())
    };
    let mut ctx = base(site, i18n, &tax.lang, url, &same_page);
    ctx.insert(
        "taxonomy_title",
        &taxonomy_title(site, &tax.name, &tax.lang),
    );
    ctx.insert("taxonomy_url", &url_to(site, url, &tax.url));
    ctx.insert("title", &term_name(site, &tax.name, &term.slug, &tax.lang));
    let pages: Vec<LinkView> = term.pages.iter().map(|&i| link(site, url, i)).collect();
    ctx.insert("pages", &pages);
    ctx
}

/// Context for pages that are not content but exist in every language at the
/// same place under the language folder: search, 404.
pub fn plain(site: &Site, i18n: &I18n, lang: &str, url: &str) -> Context {
    let rest = url.strip_prefix(lang).and_then(|r| r.strip_prefix('/'));
    let same_page = |code: &str| rest.map(|r| format!("{code}/{r}"));
    base(site, i18n, lang, url, &same_page)
}

#[derive(Serialize)]
struct Choice {
    code: String,
    name: String,
    title: String,
    description: String,
    url: String,
}

/// Context for the root language chooser.
pub fn languages(site: &Site, i18n: &I18n) -> Context {
    let mut ctx = base(
        site,
        i18n,
        &site.config.default_language,
        "index.html",
        &|_| None,
    );
    let choices = choices(site);
    let homes: Vec<(&str, &str)> = site
        .config
        .languages
        .iter()
        .filter_map(|l| {
            Some((
                l.code.as_str(),
                site.pages[site.home(&l.code)?].url.as_str(),
            ))
        })
        .collect();
    ctx.insert("alternates", &alternates(site, homes));
    ctx.insert("choices", &choices);
    ctx
}

/// `<link rel="alternate" hreflang>` targets: absolute URLs, as search engines
/// need them, so only when `base_url` is set (none otherwise: relative ones
/// are wrong there and the pages must also work from disk).
fn alternates<'a>(
    site: &Site,
    pages: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Vec<LanguageLink> {
    let Some(base) = site.config.base_url.as_deref() else {
        return Vec::new();
    };
    pages
        .into_iter()
        .map(|(lang, url)| LanguageLink {
            lang: lang.to_string(),
            url: crate::output::feeds::abs(base, url, site.config.pretty_urls),
        })
        .collect()
}

/// Context for the 404 page at the site root, which a server may show at any
/// address: the stylesheet inline (`css`), links to each language's home.
pub fn root_not_found(site: &Site, i18n: &I18n, css: &str) -> Context {
    let home_of = |code: &str| site.home(code).map(|h| site.pages[h].url.clone());
    let mut ctx = base(
        site,
        i18n,
        &site.config.default_language,
        "404.html",
        &home_of,
    );
    ctx.insert("homes", &choices(site));
    ctx.insert("inline_css", css);
    // Every language's words, so the page can speak the one the missing
    // address names (`/kb/th/...`), shown by its script.
    let messages: Vec<NotFoundText> = site
        .config
        .languages
        .iter()
        .filter_map(|l| {
            let h = site.home(&l.code)?;
            Some(NotFoundText {
                code: l.code.clone(),
                title: i18n.t(&l.code, "not-found-title", None),
                text: i18n.t(&l.code, "not-found-text", None),
                go_home: i18n.t(&l.code, "go-home", None),
                home: url_to(site, "404.html", &site.pages[h].url),
            })
        })
        .collect();
    ctx.insert("nf_messages", &messages);
    not_found_place(site, &mut ctx, "404.html");
    ctx
}

/// A language's not-found page (`vi/404.html`).
pub fn not_found(site: &Site, i18n: &I18n, lang: &str, url: &str) -> Context {
    let mut ctx = plain(site, i18n, lang, url);
    not_found_place(site, &mut ctx, url);
    ctx
}

/// What a not-found page's script needs to find the site when a server
/// shows it for a missing address at any depth: its own place in the site,
/// the language folders, and the site's path when `base_url` gives it.
fn not_found_place(site: &Site, ctx: &mut Context, url: &str) {
    ctx.insert("nf_self", url);
    ctx.insert("nf_langs", &site.config.language_codes().join(","));
    let root = site.config.base_url.as_deref().map(|b| {
        let after_scheme = b.split_once("://").map_or(b, |(_, r)| r);
        let path = after_scheme.find('/').map_or("/", |i| &after_scheme[i..]);
        if path.ends_with('/') {
            path.to_string()
        } else {
            format!("{path}/")
        }
    });
    ctx.insert("nf_root", &root.unwrap_or_default());
}

#[derive(Serialize)]
struct NotFoundText {
    code: String,
    title: String,
    text: String,
    go_home: String,
    home: String,
}

/// Each language's home page, for the choosers.
fn choices(site: &Site) -> Vec<Choice> {
    site.config
        .languages
        .iter()
        .filter_map(|l| {
            let h = site.home(&l.code)?;
            Some(Choice {
                code: l.code.clone(),
                name: l.name.clone(),
                title: site.config.title_in(&l.code).to_string(),
                description: site.config.description_in(&l.code).to_string(),
                url: url_to(site, "index.html", &site.pages[h].url),
            })
        })
        .collect()
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

/// The section a page is read in: its own for sections and homes, else its parent.
fn own_section(site: &Site, i: usize) -> Option<usize> {
    match site.pages[i].kind {
        PageKind::Page => site.structure.parent[i],
        _ => Some(i),
    }
}

/// Section sidebars as template values, made once per section and folder and
/// shared by the pages that see the same list. Building the list for every
/// page cost as much as rendering it: O(pages x section size).
#[derive(Default)]
pub struct NavCache(Mutex<HashMap<(usize, String), Arc<SharedNav>>>);

/// One section's entries as seen from one folder, and where each child sits.
struct SharedNav {
    items: Vec<tera::Value>,
    position: HashMap<usize, usize>,
}

/// Sections with more pages than this show a window of the pages around the
/// one being read (`SECTION_NAV_WINDOW` on each side) and link to the section
/// page, which lists them all: a section of 8,000 pages listed on each of its
/// pages wrote 6.2 GB.
pub const SECTION_NAV_MAX: usize = 60;
pub const SECTION_NAV_WINDOW: usize = 25;

/// One sidebar entry, as templates read it: `title`, `url`, `current`, `section`.
fn nav_item(site: &Site, c: usize, url: String, current: bool) -> tera::Value {
    let mut m = tera::Map::with_capacity(4);
    m.insert("title".into(), site.pages[c].meta.title.as_str().into());
    m.insert("url".into(), url.into());
    m.insert("current".into(), current.into());
    m.insert(
        "section".into(),
        (site.pages[c].kind == PageKind::Section).into(),
    );
    tera::Value::from(m)
}

/// The sidebar: the pages of the section the page is read in, in order, as
/// `{title, url, current, pages: [{title, url, current, section}]}`.
///
/// A link's relative address depends only on the folder it is read from; the
/// pages in the sibling folders of one parent read every other page's address
/// alike. So the shared list holds the addresses as seen from an imaginary
/// sibling folder, and each page redoes only the entries inside its own folder
/// (itself, marked current).
fn section_nav(site: &Site, url: &str, i: usize, cache: &NavCache) -> Option<tera::Value> {
    if site.pages[i].kind == PageKind::Home {
        return None; // the home page lists its parts itself
    }
    let s = own_section(site, i)?;
    let children = &site.structure.children[s];
    if children.is_empty() {
        return None;
    }
    let from_dir = url.rsplit_once('/').map_or("", |(d, _)| d);
    let parent = from_dir.rsplit_once('/').map_or("", |(d, _)| d);
    let shared = {
        let mut shared = cache.0.lock().unwrap_or_else(|e| e.into_inner());
        shared
            .entry((s, parent.to_string()))
            .or_insert_with(|| {
                let sibling = if parent.is_empty() {
                    "\u{1}/index.html".to_string()
                } else {
                    format!("{parent}/\u{1}/index.html")
                };
                Arc::new(SharedNav {
                    items: children
                        .iter()
                        .map(|&c| {
                            nav_item(site, c, url_to(site, &sibling, &site.pages[c].url), false)
                        })
                        .collect(),
                    position: children.iter().enumerate().map(|(k, &c)| (c, k)).collect(),
                })
            })
            .clone()
    };
    // The pages shown: all of a small section, a window around this page
    // (or the first ones, on the section's own page) of a big one.
    let (from, to) = if children.len() <= SECTION_NAV_MAX {
        (0, children.len())
    } else {
        let at = shared.position.get(&i).copied().unwrap_or(0);
        let from = at
            .saturating_sub(SECTION_NAV_WINDOW)
            .min(children.len() - (2 * SECTION_NAV_WINDOW + 1));
        (from, from + 2 * SECTION_NAV_WINDOW + 1)
    };
    let mut items = shared.items[from..to].to_vec();
    let own = format!("{from_dir}/");
    for (k, &c) in children[from..to].iter().enumerate() {
        let target = &site.pages[c].url;
        if c == i || target.starts_with(&own) || from_dir.is_empty() {
            items[k] = nav_item(site, c, url_to(site, url, target), c == i);
        }
    }
    let mut nav = tera::Map::with_capacity(7);
    if to - from < children.len() {
        nav.insert("before".into(), from.into());
        nav.insert("after".into(), (children.len() - to).into());
        nav.insert("count".into(), children.len().into());
    }
    nav.insert("title".into(), site.pages[s].meta.title.as_str().into());
    nav.insert("url".into(), url_to(site, url, &site.pages[s].url).into());
    nav.insert("current".into(), (s == i).into());
    nav.insert("pages".into(), tera::Value::from(items));
    Some(tera::Value::from(nav))
}

/// The main section (a child of the home page) that holds page `i`.
fn main_section_of(site: &Site, i: usize) -> Option<usize> {
    let mut top = None;
    let mut cur = Some(i);
    while let Some(c) = cur {
        if site.pages[c].kind == PageKind::Home {
            return top;
        }
        top = Some(c);
        cur = site.structure.parent[c];
    }
    // No home above it: no main section to mark.
    None
}

/// Main sections the header and the phone menu list. A site with more lists
/// the first ones (and the reader's own) and links to the home page's list of
/// them all: a hundred links before the text help no one, and cost every
/// page their bytes.
const NAV_MAX: usize = 12;

/// `nav` (the main sections, `current` marked), and when some are left out,
/// `nav_more` (where the home page lists them) and `nav_count` (how many).
fn insert_main_nav(
    site: &Site,
    ctx: &mut Context,
    home: Option<usize>,
    url: &str,
    current: Option<usize>,
) {
    let all: Vec<usize> = home.map_or_else(Vec::new, |h| {
        site.structure.children[h]
            .iter()
            .copied()
            .filter(|&s| site.pages[s].kind == PageKind::Section)
            .collect()
    });
    let mut shown: Vec<usize> = all.iter().copied().take(NAV_MAX).collect();
    if let Some(c) = current.filter(|c| all.contains(c) && !shown.contains(c)) {
        shown[NAV_MAX - 1] = c;
    }
    let items: Vec<NavItem> = shown
        .iter()
        .map(|&s| NavItem {
            title: site.pages[s].meta.title.clone(),
            url: url_to(site, url, &site.pages[s].url),
            current: Some(s) == current,
        })
        .collect();
    ctx.insert("nav", &items);
    if let (Some(h), true) = (home, all.len() > NAV_MAX) {
        let list = format!(
            "{}#home-sections-title",
            url_to(site, url, &site.pages[h].url)
        );
        ctx.insert("nav_more", &list);
        ctx.insert("nav_count", &all.len());
    }
}
