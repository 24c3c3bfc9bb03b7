//! The part of the context every template gets (language, root prefix,
//! site, language switcher, main navigation, taxonomies), and the names
//! taxonomies and terms are shown by.

use super::links::url_to;
use super::nav::insert_main_nav;
use crate::i18n::I18n;
use crate::links::root_prefix;
use crate::site::Site;
use serde::Serialize;
use tera::Context;

#[derive(Serialize)]
struct LanguageView<'a> {
    code: &'a str,
    name: &'a str,
    url: String,
    exists: bool,
    current: bool,
}

#[derive(Serialize)]
struct TaxonomyNav {
    title: String,
    url: String,
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
pub(super) fn base_in(
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

pub(super) fn taxonomy_title(site: &Site, name: &str, lang: &str) -> String {
    site.config
        .taxonomy(name)
        .map_or(name, |t| t.title_in(lang, &site.config.default_language))
        .to_string()
}

pub(super) fn term_name(site: &Site, taxonomy: &str, term: &str, lang: &str) -> String {
    site.config
        .taxonomy(taxonomy)
        .map_or(term, |t| {
            t.term_name(term, lang, &site.config.default_language)
        })
        .to_string()
}
