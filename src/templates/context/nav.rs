//! Navigation in a page's context: the section sidebar (shared between the
//! pages that see the same list, windowed for big sections) and the main
//! sections of the header.

use super::links::url_to;
use crate::content::PageKind;
use crate::site::Site;
use serde::Serialize;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use tera::Context;

/// One of the main sections in the header, marked when the page is inside it.
#[derive(Serialize)]
struct NavItem {
    title: String,
    url: String,
    current: bool,
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
/// pages wrote 6.2 GB. Thirty-one neighbours are about two screens of links
/// on a phone, below the text; a window of 51 wrote 5.9 MB more at 3,000
/// pages in sections of 100 (3% of the output).
pub const SECTION_NAV_MAX: usize = 40;
pub const SECTION_NAV_WINDOW: usize = 15;

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
pub(super) fn section_nav(
    site: &Site,
    url: &str,
    i: usize,
    cache: &NavCache,
) -> Option<tera::Value> {
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
pub(super) fn main_section_of(site: &Site, i: usize) -> Option<usize> {
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
pub(super) fn insert_main_nav(
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
