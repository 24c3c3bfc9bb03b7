//! The print book: for each section and language, one page that holds the
//! section's pages in order (subsections included), with a cover, a table of
//! contents and a page break before each chapter, so a reader can print a
//! whole handbook or save it as PDF from the browser. It is written through
//! the same `Sink` as every other page, at `<section>/print/index.html`; the
//! search index leaves it out, since it repeats pages that are indexed already.

pub mod rewrite;

use crate::archive::Edition;
use crate::book_place::{has_book, url};
use crate::diagnostics::Diagnostic;
use crate::i18n::{format_date, I18n};
use crate::links::relative_url;
use crate::output::Sink;
use crate::site::Site;
use crate::templates::{self, context};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::{BTreeSet, HashMap};

/// The theme's template for books; a theme without it gets no books.
pub const TEMPLATE: &str = "book.html";

/// A page of the book: which page, its anchor, how deep under the section,
/// and its number in the contents ("2", "2.1"; none for the section's own
/// page, which opens the book).
struct Chapter {
    page: usize,
    id: String,
    depth: usize,
    number: String,
}

/// The section itself, then its pages in order, each subsection followed by
/// its own pages, numbered as a printed book is: 1, 2, 2.1, 2.2, 3.
fn chapters(site: &Site, section: usize) -> Vec<Chapter> {
    let mut out = Vec::new();
    let mut stack = vec![(section, 0, String::new())];
    while let Some((page, depth, number)) = stack.pop() {
        out.push(Chapter {
            page,
            id: format!("ch{}", out.len() + 1),
            depth,
            number: number.clone(),
        });
        let children = &site.structure.children[page];
        for (k, &c) in children.iter().enumerate().rev() {
            let n = if number.is_empty() {
                format!("{}", k + 1)
            } else {
                format!("{number}.{}", k + 1)
            };
            stack.push((c, depth + 1, n));
        }
    }
    out
}

#[derive(Serialize)]
struct ChapterView<'a> {
    id: &'a str,
    number: &'a str,
    title: &'a str,
    description: &'a str,
    depth: usize,
    content: String,
    /// The page's date: when it was last updated, else when it was published.
    updated: Option<String>,
    updated_iso: Option<String>,
    /// Whether that date is the publication date (the page has no `updated:`),
    /// so the chapter names it as the page does.
    published: bool,
}

#[derive(Serialize)]
struct BookView<'a> {
    title: &'a str,
    description: &'a str,
    date: Option<String>,
    date_iso: Option<String>,
    section_url: String,
    chapters: Vec<ChapterView<'a>>,
}

/// The template context of the book of `section`.
fn book_context(
    site: &Site,
    i18n: &I18n,
    section: usize,
    edition: &Edition,
) -> Result<tera::Context, Diagnostic> {
    let s = &site.pages[section];
    let book_url = url(&s.url);
    let list = chapters(site, section);
    let anchors: HashMap<String, String> = list
        .iter()
        .map(|c| (site.pages[c.page].url.clone(), c.id.clone()))
        .collect();
    // Chapters in parallel: one large section should not keep a core idle.
    let views = list
        .par_iter()
        .map(|c| {
            let p = &site.pages[c.page];
            let content = rewrite::chapter_html(
                &site.rendered[c.page].html.get(),
                &rewrite::Move {
                    from: &p.url,
                    to: &book_url,
                    prefix: &c.id,
                    chapters: &anchors,
                },
            )
            .map_err(|e| {
                Diagnostic::error(
                    "theme",
                    crate::t!("output-book-rewrite", error = e.to_string()),
                )
                .in_file(&p.source)
            })?;
            let date = p.meta.updated.or(p.meta.date);
            Ok(ChapterView {
                id: &c.id,
                number: &c.number,
                title: &p.meta.title,
                description: p.meta.description.as_deref().unwrap_or(""),
                depth: c.depth,
                content,
                updated: date.map(|d| format_date(i18n, &p.lang, d)),
                updated_iso: date.map(|d| d.iso()),
                published: p.meta.updated.is_none(),
            })
        })
        .collect::<Result<Vec<_>, Diagnostic>>()?;
    // The switcher offers this section's book in each language that has one.
    let same_book = |code: &str| {
        site.translations[section]
            .iter()
            .find(|(tl, j)| tl == code && has_book(site, *j))
            .map(|(_, j)| url(&site.pages[*j].url))
    };
    let mut ctx = context::base(site, i18n, &s.lang, &book_url, &same_book);
    ctx.insert(
        "book",
        &BookView {
            title: &s.meta.title,
            description: s.meta.description.as_deref().unwrap_or(""),
            date: edition.date.map(|d| format_date(i18n, &s.lang, d)),
            date_iso: edition.date.map(|d| d.iso()),
            section_url: relative_url(&book_url, &s.url, site.config.pretty_urls),
            chapters: views,
        },
    );
    Ok(ctx)
}

/// Writes the book of every section (of the `langs` given, or all) into `sink`.
/// Returns how many, and the problems met.
pub fn write(
    site: &Site,
    tera: &tera::Tera,
    i18n: &I18n,
    sink: &dyn Sink,
    langs: Option<&BTreeSet<String>>,
) -> anyhow::Result<(usize, Vec<Diagnostic>)> {
    if !tera.contains_template(TEMPLATE) {
        return Ok((0, Vec::new()));
    }
    let edition = Edition::of(site);
    let sections: Vec<usize> = (0..site.pages.len())
        .filter(|&i| has_book(site, i))
        .filter(|&i| langs.is_none_or(|l| l.contains(&site.pages[i].lang)))
        .collect();
    let results: Vec<anyhow::Result<Option<Diagnostic>>> = sections
        .par_iter()
        .map(|&i| {
            let ctx = match book_context(site, i18n, i, &edition) {
                Ok(c) => c,
                Err(d) => return Ok(Some(d)),
            };
            let out = url(&site.pages[i].url);
            let mut html = Vec::new();
            match tera.render_to(TEMPLATE, &ctx, &mut html) {
                Ok(()) => {
                    sink.write(&out, &html)?;
                    Ok(None)
                }
                Err(e) => Ok(Some(
                    Diagnostic::error(
                        "theme",
                        crate::t!(
                            "output-template-failed",
                            name = TEMPLATE,
                            url = out.as_str(),
                            error = templates::error_chain(&e)
                        ),
                    )
                    .in_file(&site.pages[i].source)
                    .hint(crate::t!(
                        "output-template-failed-hint",
                        theme = site.config.theme.as_str(),
                        name = TEMPLATE
                    )),
                )),
            }
        })
        .collect();
    let mut problems = Vec::new();
    for r in results {
        problems.extend(r?);
    }
    Ok((sections.len(), problems))
}
