//! Addresses as templates read them: links between pages, relative to the
//! page that shows them (`LinkView`, terms' links), and the absolute ones of
//! `hreflang` alternates. Every kind of page context uses these.

use crate::links::relative_url;
use crate::site::Site;
use serde::Serialize;

#[derive(Serialize)]
pub struct LinkView {
    pub title: String,
    pub url: String,
    pub description: String,
}

#[derive(Serialize)]
pub(super) struct LanguageLink {
    lang: String,
    url: String,
}

#[derive(Serialize)]
pub(super) struct TermView {
    pub(super) taxonomy: String,
    pub(super) name: String,
    pub(super) url: String,
    pub(super) count: usize,
}

pub(super) fn url_to(site: &Site, from: &str, to: &str) -> String {
    relative_url(from, to, site.config.pretty_urls)
}

pub(super) fn link(site: &Site, from: &str, i: usize) -> LinkView {
    let p = &site.pages[i];
    LinkView {
        title: p.meta.title.clone(),
        url: url_to(site, from, &p.url),
        description: p.meta.description.clone().unwrap_or_default(),
    }
}

/// `<link rel="alternate" hreflang>` targets: absolute URLs, as search engines
/// need them, so only when `base_url` is set (none otherwise: relative ones
/// are wrong there and the pages must also work from disk).
pub(super) fn alternates<'a>(
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
