//! `sitemap.xml` with `hreflang` alternates and an Atom feed per language.
//! Both need absolute URLs, so they exist only when `base_url` is set; pages
//! themselves stay relative so the site keeps working from disk (only their
//! `<link rel="alternate" hreflang>` tags are absolute, and only with `base_url`).

use crate::site::Site;
use std::fmt::Write as _;

/// `url` (from the site root) under `base`, without `index.html` for pretty URLs.
pub fn abs(base: &str, url: &str, pretty: bool) -> String {
    let url = if pretty {
        url.strip_suffix("index.html").unwrap_or(url)
    } else {
        url
    };
    format!("{}/{}", base.trim_end_matches('/'), url)
}

pub fn sitemap(site: &Site, base: &str) -> String {
    let pretty = site.config.pretty_urls;
    let mut s = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for (i, p) in site.pages.iter().enumerate() {
        let _ = writeln!(
            s,
            "  <url>\n    <loc>{}</loc>",
            escape_xml(&abs(base, &p.url, pretty))
        );
        if let Some(d) = p.meta.updated.or(p.meta.date) {
            let _ = writeln!(s, "    <lastmod>{}</lastmod>", d.iso());
        }
        if site.translations[i].len() > 1 {
            for (lang, j) in &site.translations[i] {
                let _ = writeln!(
                    s,
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{lang}\" href=\"{}\"/>",
                    escape_xml(&abs(base, &site.pages[*j].url, pretty))
                );
            }
        }
        s.push_str("  </url>\n");
    }
    s.push_str("</urlset>\n");
    s
}

/// The newest pages of one language (by `updated`, else `date`), newest first.
pub fn atom(site: &Site, lang: &str, base: &str, limit: usize) -> String {
    let pretty = site.config.pretty_urls;
    let mut dated: Vec<(String, usize)> = site
        .pages
        .iter()
        .enumerate()
        .filter(|(_, p)| p.lang == lang)
        .filter_map(|(i, p)| p.meta.updated.or(p.meta.date).map(|d| (d.iso(), i)))
        .collect();
    dated.sort_by(|a, b| {
        b.0.cmp(&a.0)
            .then(site.pages[a.1].url.cmp(&site.pages[b.1].url))
    });
    dated.truncate(limit);
    let feed_url = abs(base, &format!("{lang}/atom.xml"), false);
    let newest = dated
        .first()
        .map_or("1970-01-01".to_string(), |d| d.0.clone());
    let mut s = String::new();
    let _ = write!(
        s,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{lang}\">\n  <title>{}</title>\n  <id>{}</id>\n  <link rel=\"self\" href=\"{}\"/>\n  <link href=\"{}\"/>\n  <updated>{newest}T00:00:00Z</updated>\n",
        escape_xml(site.config.title_in(lang)),
        escape_xml(&feed_url),
        escape_xml(&feed_url),
        escape_xml(&abs(base, &format!("{lang}/index.html"), pretty)),
    );
    for (date, i) in dated {
        let p = &site.pages[i];
        let url = abs(base, &p.url, pretty);
        let _ = write!(
            s,
            "  <entry>\n    <title>{}</title>\n    <link href=\"{}\"/>\n    <id>{}</id>\n    <updated>{date}T00:00:00Z</updated>\n    <summary>{}</summary>\n  </entry>\n",
            escape_xml(&p.meta.title),
            escape_xml(&url),
            escape_xml(&url),
            escape_xml(p.meta.description.as_deref().unwrap_or("")),
        );
    }
    s.push_str("</feed>\n");
    s
}

/// Text or attribute value for XML: markup characters escaped, and characters
/// XML 1.0 does not allow (control characters) left out, so a stray one in a
/// title never makes the whole feed unreadable.
pub fn escape_xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c.is_control() || matches!(c, '\u{FFFE}' | '\u{FFFF}') => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn xml_text_is_escaped_and_control_characters_left_out() {
        assert_eq!(
            super::escape_xml("a\u{1}<b>&\"c'\u{7f}"),
            "a&lt;b&gt;&amp;&quot;c&apos;"
        );
    }
}
