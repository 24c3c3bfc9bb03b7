//! A page's HTML moved into the print book: its ids get the chapter's prefix so
//! anchors of different chapters cannot collide, links to pages that are
//! chapters of the book become `#anchors` inside it, and every other relative
//! link or image is rebased from the page's folder to the book's.

use crate::links::relative_url;
use crate::links::resolve::{has_scheme, normalize};
use lol_html::{element, rewrite_str, RewriteStrSettings};
use std::collections::HashMap;

/// Where one chapter's HTML comes from and goes.
pub struct Move<'a> {
    /// Output path of the page the HTML was rendered for (`vi/handbook/risks/index.html`).
    pub from: &'a str,
    /// Output path of the book (`vi/handbook/print/index.html`).
    pub to: &'a str,
    /// This chapter's anchor, the prefix of its ids (`ch2` -> `ch2-risks`).
    pub prefix: &'a str,
    /// Output path of each page in the book -> its chapter anchor.
    pub chapters: &'a HashMap<String, String>,
}

/// Attributes that name an id of the same document.
const ID_REFS: &[&str] = &[
    "aria-describedby",
    "aria-labelledby",
    "aria-controls",
    "for",
];

/// The "#" links the renderer puts in headings (`markdown::render`).
const HEADING_ANCHORS: &str = "h1 > a.anchor[aria-hidden], h2 > a.anchor[aria-hidden], \
    h3 > a.anchor[aria-hidden], h4 > a.anchor[aria-hidden], h5 > a.anchor[aria-hidden], \
    h6 > a.anchor[aria-hidden]";

/// Rewrites one chapter's HTML. Only attributes change, and headings lose
/// their "#" links; text is untouched.
pub fn chapter_html(html: &str, m: &Move) -> Result<String, lol_html::errors::RewritingError> {
    let prefixed = |v: &str| {
        v.split_ascii_whitespace()
            .map(|id| format!("{}-{id}", m.prefix))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut handlers = vec![
        // A heading's "#" link is for sharing a place in a page; paper hides
        // it and the book's contents lead to the chapters (at 30,000 pages
        // these links were 11 MB of the books).
        element!(HEADING_ANCHORS, |el| {
            el.remove();
            Ok(())
        }),
        element!("[id]", |el| {
            if let Some(v) = el.get_attribute("id") {
                el.set_attribute("id", &format!("{}-{v}", m.prefix))?;
            }
            Ok(())
        }),
        element!("[href]", |el| {
            if let Some(v) = el.get_attribute("href") {
                el.set_attribute("href", &href(&v, m))?;
            }
            Ok(())
        }),
        element!("[src]", |el| {
            if let Some(v) = el.get_attribute("src") {
                if let Some(new) = rebase(&v, m) {
                    el.set_attribute("src", &new)?;
                }
            }
            Ok(())
        }),
    ];
    for &attr in ID_REFS {
        handlers.push(element!(format!("[{attr}]"), move |el| {
            if let Some(v) = el.get_attribute(attr) {
                el.set_attribute(attr, &prefixed(&v))?;
            }
            Ok(())
        }));
    }
    let settings = handlers
        .into_iter()
        .fold(RewriteStrSettings::new(), |s, h| {
            s.append_element_content_handler(h)
        });
    rewrite_str(html, settings)
}

/// A link's new target inside the book.
fn href(v: &str, m: &Move) -> String {
    if let Some(frag) = v.strip_prefix('#') {
        return if frag.is_empty() {
            format!("#{}", m.prefix)
        } else {
            format!("#{}-{frag}", m.prefix)
        };
    }
    let Some((path, frag)) = resolve(v, m.from) else {
        return v.to_string();
    };
    if let Some(chapter) = m.chapters.get(&path) {
        return match frag {
            Some(f) if !f.is_empty() => format!("#{chapter}-{f}"),
            _ => format!("#{chapter}"),
        };
    }
    rebase(v, m).unwrap_or_else(|| v.to_string())
}

/// A relative URL written on the page `from`, rewritten to lead to the same
/// file from the book. `None` for URLs that are not relative paths inside the site.
fn rebase(v: &str, m: &Move) -> Option<String> {
    let (path, _) = resolve(v, m.from)?;
    let rest_at = v.find(['?', '#']).unwrap_or(v.len());
    // Keep the link's style: `folder/` stays `folder/`, `index.html` stays.
    let mut out = relative_url(m.to, &path, v[..rest_at].ends_with('/'));
    out.push_str(&v[rest_at..]);
    Some(out)
}

/// `../risks/index.html#x` on `vi/handbook/a/index.html` -> (`vi/handbook/risks/index.html`, `x`).
/// `None` for absolute URLs, URLs with a scheme and paths that leave the site.
fn resolve<'v>(v: &'v str, from: &str) -> Option<(String, Option<&'v str>)> {
    let v = v.trim();
    if v.starts_with('/') || v.starts_with('\\') || has_scheme(v) {
        return None;
    }
    let (rest, frag) = match v.split_once('#') {
        Some((r, f)) => (r, Some(f)),
        None => (v, None),
    };
    let path = rest.split('?').next().unwrap_or(rest);
    if path.is_empty() {
        return Some((from.to_string(), frag));
    }
    let dir = from.rsplit_once('/').map_or("", |(d, _)| d);
    let mut joined = normalize(&format!("{dir}/{path}"))?;
    if path.ends_with('/') {
        joined.push_str(if joined.is_empty() {
            "index.html"
        } else {
            "/index.html"
        });
    }
    Some((joined, frag))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn book() -> HashMap<String, String> {
        [
            ("vi/handbook/index.html", "ch1"),
            ("vi/handbook/risks/index.html", "ch2"),
            ("vi/handbook/areas/index.html", "ch3"),
            ("vi/handbook/areas/e-gov/index.html", "ch4"),
        ]
        .into_iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
    }

    fn moved(html: &str, from: &str, prefix: &str) -> String {
        let chapters = book();
        chapter_html(
            html,
            &Move {
                from,
                to: "vi/handbook/print/index.html",
                prefix,
                chapters: &chapters,
            },
        )
        .expect("rewrite")
    }

    #[test]
    fn ids_and_same_page_links_get_the_chapter_prefix() {
        let html = r##"<h2 id="rủi-ro">Rủi ro<a class="anchor" href="#rủi-ro">#</a></h2><p>A<sup><a href="#fn1">1</a></sup> <a class="gloss" href="../x/index.html" aria-describedby="gloss-a">t<span id="gloss-a">d</span></a></p><div id="fn1">n</div>"##;
        assert_eq!(
            moved(html, "vi/handbook/risks/index.html", "ch2"),
            r##"<h2 id="ch2-rủi-ro">Rủi ro<a class="anchor" href="#ch2-rủi-ro">#</a></h2><p>A<sup><a href="#ch2-fn1">1</a></sup> <a class="gloss" href="../x/index.html" aria-describedby="ch2-gloss-a">t<span id="ch2-gloss-a">d</span></a></p><div id="ch2-fn1">n</div>"##
        );
    }

    #[test]
    fn headings_lose_their_share_links_and_nothing_else_does() {
        let html = r##"<h2 id="a">Rủi ro<a class="anchor" href="#a" aria-hidden="true" tabindex="-1">#</a></h2><h3 id="b">B<a class="anchor" href="#b" aria-hidden="true">#</a></h3><p><a class="anchor" href="#a" aria-hidden="true">#</a></p>"##;
        assert_eq!(
            moved(html, "vi/handbook/risks/index.html", "ch2"),
            r##"<h2 id="ch2-a">Rủi ro</h2><h3 id="ch2-b">B</h3><p><a class="anchor" href="#ch2-a" aria-hidden="true">#</a></p>"##
        );
    }

    #[test]
    fn links_to_chapters_become_anchors_inside_the_book() {
        let html = r##"<a href="../risks/index.html#seven">a</a><a href="e-gov/index.html">b</a><a href="../index.html">c</a><a href="index.html#top">d</a>"##;
        assert_eq!(
            moved(html, "vi/handbook/areas/index.html", "ch3"),
            r##"<a href="#ch2-seven">a</a><a href="#ch4">b</a><a href="#ch1">c</a><a href="#ch3-top">d</a>"##
        );
    }

    #[test]
    fn other_links_and_images_are_rebased_to_the_book_folder() {
        let html = r##"<a href="../../glossary/index.html#term">g</a><img src="chart.png" alt=""><a href="https://example.org/a">x</a><a href="mailto:a@b.c">m</a><a href="../../../th/handbook/index.html">th</a><a href="../../../../outside.html">o</a>"##;
        assert_eq!(
            moved(html, "vi/handbook/risks/index.html", "ch2"),
            r##"<a href="../../glossary/index.html#term">g</a><img src="../risks/chart.png" alt=""><a href="https://example.org/a">x</a><a href="mailto:a@b.c">m</a><a href="../../../th/handbook/index.html">th</a><a href="../../../../outside.html">o</a>"##
        );
    }

    #[test]
    fn text_that_looks_like_markup_is_left_alone() {
        let html = r#"<pre><code>&lt;a href="x.html" id="y"&gt; id="z"</code></pre>"#;
        assert_eq!(moved(html, "vi/handbook/risks/index.html", "ch2"), html);
    }
}
