//! Taxonomies declared in `sala.yaml` (topics, priority areas...): which pages
//! carry each term, per language, and where the list pages go.

use crate::config::Config;
use crate::content::Page;
use std::collections::BTreeMap;

/// One term in one language.
#[derive(Debug, Clone)]
pub struct Term {
    pub slug: String,
    pub pages: Vec<usize>,
    /// `vi/topics/risk-management/index.html`
    pub url: String,
}

/// One taxonomy in one language.
#[derive(Debug, Clone)]
pub struct Taxonomy {
    pub name: String,
    pub lang: String,
    /// `vi/topics/index.html`
    pub url: String,
    pub terms: Vec<Term>,
}

pub fn collect(
    pages: &[Page],
    config: &Config,
    order: &dyn Fn(&usize, &usize) -> std::cmp::Ordering,
) -> Vec<Taxonomy> {
    let mut out = Vec::new();
    for tax in &config.taxonomies {
        for lang in config.language_codes() {
            let mut terms: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
            for (i, p) in pages.iter().enumerate() {
                if p.lang != lang {
                    continue;
                }
                for t in p.taxonomies.get(&tax.name).into_iter().flatten() {
                    terms.entry(t.as_str()).or_default().push(i);
                }
            }
            let terms = terms
                .into_iter()
                .map(|(slug, mut pages)| {
                    pages.sort_by(order);
                    Term {
                        url: term_url(lang, tax.url_segment(), slug),
                        slug: slug.to_string(),
                        pages,
                    }
                })
                .collect();
            out.push(Taxonomy {
                name: tax.name.clone(),
                lang: lang.to_string(),
                url: format!("{lang}/{}/index.html", tax.url_segment()),
                terms,
            });
        }
    }
    out
}

/// `taxonomy` is the taxonomy's URL segment (`TaxonomyConfig::url_segment`).
pub fn term_url(lang: &str, taxonomy: &str, term: &str) -> String {
    format!(
        "{lang}/{taxonomy}/{}/index.html",
        crate::content::slug::url_segment(term)
    )
}
