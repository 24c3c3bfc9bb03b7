//! The shape of the site: which section a page is in, its neighbours by weight,
//! who links to it, and which pages are most related. Every index here is built
//! once for the whole site; nothing scans all pages per page.

use super::Target;
use crate::content::{Page, PageKind};
use crate::markdown::Rendered;
use std::cmp::Ordering;
use std::collections::{BTreeMap, HashMap};

/// Sort order of pages within a list: weight, then title, then path.
pub fn page_order(pages: &[Page]) -> impl Fn(&usize, &usize) -> Ordering + '_ {
    move |&a, &b| {
        let (pa, pb) = (&pages[a], &pages[b]);
        pa.weight()
            .cmp(&pb.weight())
            .then_with(|| pa.meta.title.cmp(&pb.meta.title))
            .then_with(|| pa.rel.cmp(&pb.rel))
    }
}

#[derive(Debug, Default, Clone)]
pub struct Structure {
    /// The section page each page belongs to (None for homes).
    pub parent: Vec<Option<usize>>,
    /// For sections: their direct pages and subsections, in order.
    pub children: Vec<Vec<usize>>,
    pub prev: Vec<Option<usize>>,
    pub next: Vec<Option<usize>>,
}

pub fn structure(pages: &[Page]) -> Structure {
    let n = pages.len();
    let mut sections: HashMap<(&str, &str), usize> = HashMap::new();
    for (i, p) in pages.iter().enumerate() {
        if let Some(dir) = &p.own_dir {
            sections.insert((p.lang.as_str(), dir.as_str()), i);
        }
    }
    let mut s = Structure {
        parent: vec![None; n],
        children: vec![Vec::new(); n],
        prev: vec![None; n],
        next: vec![None; n],
    };
    for (i, p) in pages.iter().enumerate() {
        let Some(mut dir) = p.parent_dir.as_deref() else {
            continue;
        };
        // The nearest folder up the tree that has an _index.md.
        loop {
            if let Some(&sec) = sections.get(&(p.lang.as_str(), dir)) {
                if sec != i {
                    s.parent[i] = Some(sec);
                    s.children[sec].push(i);
                }
                break;
            }
            if dir.is_empty() {
                break;
            }
            dir = dir.rsplit_once('/').map_or("", |(d, _)| d);
        }
    }
    let order = page_order(pages);
    for children in &mut s.children {
        children.sort_by(&order);
        // Previous/next walk the plain pages of a section, subsections excluded.
        let plain: Vec<usize> = children
            .iter()
            .copied()
            .filter(|&c| pages[c].kind == PageKind::Page)
            .collect();
        for w in plain.windows(2) {
            s.next[w[0]] = Some(w[1]);
            s.prev[w[1]] = Some(w[0]);
        }
    }
    s
}

/// Pages of the same language whose body links to each page.
pub fn backlinks(pages: &[Page], rendered: &[Rendered]) -> Vec<Vec<usize>> {
    let mut back: Vec<Vec<usize>> = vec![Vec::new(); pages.len()];
    for (from, r) in rendered.iter().enumerate() {
        for link in &r.links {
            if let Target::Page(to, _) = link.target {
                if to != from && pages[to].lang == pages[from].lang {
                    back[to].push(from);
                }
            }
        }
    }
    let order = page_order(pages);
    for b in &mut back {
        b.sort_by(&order);
        b.dedup();
    }
    back
}

/// How many neighbours per term a page looks at: bounds the work for terms that
/// nearly every page carries, where the signal is weak anyway.
const TERM_NEIGHBOURS: usize = 48;

/// The `limit` most related pages of the same language, by shared taxonomy terms
/// (rarer terms weigh more) and by links in either direction.
pub fn related(
    pages: &[Page],
    outgoing: &[Vec<usize>],
    backlinks: &[Vec<usize>],
    limit: usize,
) -> Vec<Vec<usize>> {
    // term -> pages carrying it, per language, in path order.
    let mut postings: BTreeMap<(&str, &str, &str), Vec<usize>> = BTreeMap::new();
    for (i, p) in pages.iter().enumerate() {
        if p.kind == PageKind::Home {
            continue;
        }
        for (tax, terms) in &p.taxonomies {
            for t in terms {
                postings
                    .entry((p.lang.as_str(), tax.as_str(), t.as_str()))
                    .or_default()
                    .push(i);
            }
        }
    }
    let lang_size: HashMap<&str, usize> = pages.iter().fold(HashMap::new(), |mut m, p| {
        *m.entry(p.lang.as_str()).or_default() += 1;
        m
    });
    use rayon::prelude::*;
    (0..pages.len())
        .into_par_iter()
        .map(|i| {
            let p = &pages[i];
            if p.kind == PageKind::Home {
                return Vec::new();
            }
            let mut score: HashMap<usize, f64> = HashMap::new();
            let n = lang_size[p.lang.as_str()] as f64;
            for (tax, terms) in &p.taxonomies {
                for t in terms {
                    let Some(list) = postings.get(&(p.lang.as_str(), tax.as_str(), t.as_str()))
                    else {
                        continue;
                    };
                    let idf = (n / list.len() as f64).ln() + 1.0;
                    let pos = list.partition_point(|&x| x < i);
                    let lo = pos.saturating_sub(TERM_NEIGHBOURS / 2);
                    let hi = (lo + TERM_NEIGHBOURS + 1).min(list.len());
                    for &j in &list[lo..hi] {
                        if j != i {
                            *score.entry(j).or_default() += idf;
                        }
                    }
                }
            }
            for &j in outgoing[i].iter().chain(&backlinks[i]) {
                if j != i && pages[j].lang == p.lang && pages[j].kind != PageKind::Home {
                    *score.entry(j).or_default() += 2.0;
                }
            }
            let mut ranked: Vec<(usize, f64)> = score.into_iter().collect();
            ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            ranked.into_iter().take(limit).map(|(j, _)| j).collect()
        })
        .collect()
}
