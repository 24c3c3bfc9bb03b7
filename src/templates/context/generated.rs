//! Contexts of the pages sala makes itself rather than from a source file:
//! taxonomy and term lists, the per-language search and not-found pages,
//! the root language chooser and the root not-found page.

use super::base::{base, taxonomy_title, term_name};
use super::links::{alternates, link, url_to, LinkView, TermView};
use crate::i18n::I18n;
use crate::links::taxonomies::{Taxonomy, Term};
use crate::site::Site;
use serde::Serialize;
use tera::Context;

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
