//! Editors link to source files (`../handbook/risks.md#anchor`) so links work in
//! any Markdown preview; this turns them into relative links to the output
//! (`../../handbook/risks/index.html#anchor`), which work from any web path and
//! from `file://`.

use crate::diagnostics::suggest;
use std::collections::{HashMap, HashSet};

/// What an href in Markdown points at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// Another page (by index), with an optional anchor.
    Page(usize, Option<String>),
    /// An anchor on the same page.
    SamePage(String),
    /// A file copied from `content/`, by output path.
    Asset(String),
    /// `https:`, `mailto:`, `tel:` (and `data:image/` for images): left alone.
    External,
    /// A scheme that could run script or open something else (`javascript:`,
    /// `data:text/html`, `vbscript:`, `file:`...): written as no link at all.
    Unsafe(String),
    /// Nothing there: the reason and maybe a suggestion.
    Broken {
        reason: String,
        hint: Option<String>,
    },
}

pub struct Resolver {
    /// `vi/handbook/risks.md` -> page index.
    by_path: HashMap<String, usize>,
    /// Output URL of each page.
    urls: Vec<String>,
    assets: HashSet<String>,
    pretty_urls: bool,
    /// Each page's title as an ASCII slug, for hints (may be empty).
    title_slugs: Vec<String>,
}

impl Resolver {
    pub fn new(
        pages: impl IntoIterator<Item = (String, String)>,
        assets: impl IntoIterator<Item = String>,
        pretty_urls: bool,
    ) -> Self {
        let mut by_path = HashMap::new();
        let mut urls = Vec::new();
        for (i, (path, url)) in pages.into_iter().enumerate() {
            by_path.insert(path, i);
            urls.push(url);
        }
        Resolver {
            by_path,
            urls,
            assets: assets.into_iter().collect(),
            pretty_urls,
            title_slugs: Vec::new(),
        }
    }

    /// Resolves `href` written in the file `from` (`vi/handbook/risks.md`).
    pub fn resolve(&self, from: &str, href: &str) -> Target {
        if let Some(scheme) = unsafe_scheme(href) {
            return Target::Unsafe(scheme);
        }
        let href = href.trim();
        if let Some(anchor) = href.strip_prefix('#') {
            return Target::SamePage(percent_decode(anchor));
        }
        if has_scheme(href) || href.starts_with("//") {
            return Target::External;
        }
        let (path, anchor) = match href.split_once('#') {
            Some((p, a)) => (p, Some(percent_decode(a))),
            None => (href, None),
        };
        let path = path.split('?').next().unwrap_or(path);
        let path = percent_decode(path);
        let joined = if let Some(abs) = path.strip_prefix('/') {
            abs.to_string()
        } else {
            let dir = from.rsplit_once('/').map_or("", |(d, _)| d);
            format!("{dir}/{path}")
        };
        let Some(mut norm) = normalize(&joined) else {
            return Target::Broken {
                reason: crate::t!("link-outside-content", href = href),
                hint: None,
            };
        };
        if path.ends_with('/')
            || path.is_empty()
            || (!norm.contains('.') && !self.by_path.contains_key(&norm))
        {
            let index = if norm.is_empty() {
                "_index.md".to_string()
            } else {
                format!("{norm}/_index.md")
            };
            if self.by_path.contains_key(&index) {
                norm = index;
            }
        }
        if let Some(&i) = self.by_path.get(&norm) {
            return Target::Page(i, anchor);
        }
        if self.assets.contains(&norm) {
            return Target::Asset(norm);
        }
        let hint = self.hint_for(from, &norm, &path);
        Target::Broken {
            reason: crate::t!("link-no-file", path = norm.as_str()),
            hint,
        }
    }

    /// The page whose file name is closest to the missing one (same language),
    /// nearer folders first.
    pub(super) fn closest_page(&self, missing: &str) -> Option<&str> {
        let stem = |p: &str| {
            p.rsplit('/')
                .next()
                .unwrap_or(p)
                .trim_end_matches(".md")
                .to_string()
        };
        let lang = missing.split('/').next().unwrap_or("");
        let wanted = stem(missing);
        let mut candidates: Vec<&str> = self
            .by_path
            .keys()
            .map(String::as_str)
            .filter(|p| p.split('/').next() == Some(lang))
            .collect();
        candidates.sort_unstable();
        let best = suggest(
            &wanted,
            candidates
                .iter()
                .map(|p| p.rsplit('/').next().unwrap_or(p).trim_end_matches(".md")),
        )?;
        candidates
            .into_iter()
            .filter(|p| stem(p) == best)
            .max_by(|a, b| {
                strsim::jaro_winkler(missing, a)
                    .total_cmp(&strsim::jaro_winkler(missing, b))
                    .then_with(|| b.cmp(a))
            })
    }

    /// Title slugs of the pages (for hints), in page order.
    pub fn with_titles(mut self, titles: impl IntoIterator<Item = String>) -> Self {
        self.title_slugs = titles
            .into_iter()
            .map(|t| crate::text::ascii_slug(&t, 200))
            .collect();
        self
    }

    pub(super) fn by_path_entry(&self, path: &str) -> Option<(&str, usize)> {
        self.by_path
            .get_key_value(path)
            .map(|(k, v)| (k.as_str(), *v))
    }

    /// The source path of the page built at `url`.
    pub(super) fn page_with_url(&self, url: &str) -> Option<&str> {
        let i = self.urls.iter().position(|u| u == url)?;
        self.by_path
            .iter()
            .find(|(_, &j)| j == i)
            .map(|(p, _)| p.as_str())
    }

    pub(super) fn has_page(&self, path: &str) -> bool {
        self.by_path.contains_key(path)
    }

    pub(super) fn has_asset(&self, path: &str) -> bool {
        self.assets.contains(path)
    }

    /// The language folders that hold pages.
    pub(super) fn languages(&self) -> impl Iterator<Item = &str> {
        let mut langs: Vec<&str> = self
            .by_path
            .keys()
            .filter_map(|p| p.split('/').next())
            .collect();
        langs.sort_unstable();
        langs.dedup();
        langs.into_iter()
    }

    /// Pages of `lang` whose title, in ASCII, holds `slug` (`rui-ro`).
    pub(super) fn pages_with_title_containing(&self, lang: &str, slug: &str) -> Vec<&str> {
        self.by_path
            .iter()
            .filter(|(p, i)| {
                p.split('/').next() == Some(lang)
                    && self.title_slugs.get(**i).is_some_and(|t| t.contains(slug))
            })
            .map(|(p, _)| p.as_str())
            .collect()
    }

    /// The pages whose files sit in the folder `dir` (`vi/handbook`).
    pub(super) fn pages_in(&self, dir: &str) -> Vec<&str> {
        self.by_path
            .keys()
            .filter(|p| p.rsplit_once('/').map_or("", |(d, _)| d) == dir)
            .map(String::as_str)
            .collect()
    }

    pub fn url(&self, page: usize) -> &str {
        &self.urls[page]
    }

    /// The href for a resolved target, relative to the page at `from_url`.
    pub fn href(&self, from_url: &str, target: &Target, original: &str) -> String {
        match target {
            Target::Page(i, anchor) => {
                let mut h = relative_url(from_url, &self.urls[*i], self.pretty_urls);
                if let Some(a) = anchor {
                    h.push('#');
                    h.push_str(a);
                }
                h
            }
            Target::Asset(out) => relative_url(from_url, out, false),
            Target::SamePage(a) => format!("#{a}"),
            Target::External | Target::Broken { .. } => original.to_string(),
            Target::Unsafe(_) => String::new(),
        }
    }
}

/// Relative link from the page whose output is `from` to the file `to`,
/// both relative to the site root (`vi/a/b/index.html` -> `vi/c/index.html` = `../../c/index.html`).
pub fn relative_url(from: &str, to: &str, pretty: bool) -> String {
    let from_dir: Vec<&str> = from.split('/').collect::<Vec<_>>();
    let from_dir = &from_dir[..from_dir.len().saturating_sub(1)];
    let to_parts: Vec<&str> = to.split('/').collect();
    let common = from_dir
        .iter()
        .zip(&to_parts)
        .take_while(|(a, b)| a == b)
        .count()
        .min(to_parts.len().saturating_sub(1));
    let mut out = "../".repeat(from_dir.len() - common);
    out.push_str(&to_parts[common..].join("/"));
    if pretty {
        if let Some(stripped) = out.strip_suffix("index.html") {
            out = stripped.to_string();
        }
        if out.is_empty() {
            out = "./".into();
        }
    }
    out
}

/// The prefix that leads from a page's output to the site root (`../../`).
pub fn root_prefix(from: &str) -> String {
    "../".repeat(from.matches('/').count())
}

/// Schemes a link may keep; anything else is dropped.
const SAFE_SCHEMES: &[&str] = &["http", "https", "mailto", "tel"];

/// The scheme of `href` as a browser reads it (tabs and newlines anywhere
/// removed, leading spaces and control characters skipped, any case), when it
/// is not one of the safe ones. `data:image/...` is left to the sanitizer,
/// which keeps it on images only.
pub fn unsafe_scheme(href: &str) -> Option<String> {
    let cleaned: String = href
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .skip_while(|c| *c <= ' ')
        .take(64)
        .collect::<String>()
        .to_ascii_lowercase();
    let colon = cleaned.find(':')?;
    let scheme = &cleaned[..colon];
    let is_scheme = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '+' || c == '-' || c == '.');
    if !is_scheme || SAFE_SCHEMES.contains(&scheme) {
        return None;
    }
    if scheme == "data" && cleaned[colon + 1..].trim_start().starts_with("image/") {
        return None;
    }
    Some(scheme.to_string())
}

pub(crate) fn has_scheme(href: &str) -> bool {
    match href.find(':') {
        Some(i) => {
            let scheme = &href[..i];
            !scheme.is_empty()
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '+' || c == '-' || c == '.')
        }
        None => false,
    }
}

/// Collapses `.` and `..`; `None` when the path climbs above its root.
pub(crate) fn normalize(path: &str) -> Option<String> {
    let mut parts: Vec<&str> = Vec::new();
    for seg in path.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s),
        }
    }
    Some(parts.join("/"))
}

/// How an editor would write a link from `from` to `to` (both content paths).
pub(super) fn relative_source(from: &str, to: &str) -> String {
    relative_url(from, to, false)
}

fn percent_decode(s: &str) -> String {
    if !s.contains('%') {
        return s.to_string();
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("");
            if let Ok(b) = u8::from_str_radix(hex, 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolver() -> Resolver {
        Resolver::new(
            [
                ("vi/_index.md".to_string(), "vi/index.html".to_string()),
                (
                    "vi/handbook/_index.md".into(),
                    "vi/handbook/index.html".into(),
                ),
                (
                    "vi/handbook/risks.md".into(),
                    "vi/handbook/risks/index.html".into(),
                ),
                (
                    "en/handbook/risks.md".into(),
                    "en/handbook/risks/index.html".into(),
                ),
            ],
            ["vi/handbook/figure.png".to_string()],
            false,
        )
    }

    #[test]
    fn relative_md_links_resolve_to_pages() {
        let r = resolver();
        assert_eq!(
            r.resolve("vi/handbook/risks.md", "_index.md"),
            Target::Page(1, None)
        );
        assert_eq!(
            r.resolve("vi/handbook/_index.md", "risks.md#bay-rui-ro"),
            Target::Page(2, Some("bay-rui-ro".into()))
        );
        assert_eq!(
            r.resolve("vi/handbook/risks.md", "../../en/handbook/risks.md"),
            Target::Page(3, None)
        );
        assert_eq!(
            r.resolve("vi/handbook/risks.md", "../"),
            Target::Page(0, None)
        );
    }

    #[test]
    fn output_links_are_relative_and_name_index_html() {
        assert_eq!(
            relative_url(
                "vi/handbook/risks/index.html",
                "vi/handbook/index.html",
                false
            ),
            "../index.html"
        );
        assert_eq!(
            relative_url("vi/index.html", "vi/handbook/risks/index.html", false),
            "handbook/risks/index.html"
        );
        assert_eq!(
            relative_url(
                "vi/handbook/risks/index.html",
                "en/handbook/risks/index.html",
                false
            ),
            "../../../en/handbook/risks/index.html"
        );
        assert_eq!(
            relative_url("vi/a/index.html", "vi/a/index.html", true),
            "./"
        );
        assert_eq!(root_prefix("vi/handbook/risks/index.html"), "../../../");
    }

    #[test]
    fn percent_escapes_decode_and_odd_bytes_do_not_panic() {
        assert_eq!(percent_decode("r%E1%BB%A7i-ro"), "rủi-ro");
        assert_eq!(percent_decode("%ủx"), "%ủx");
        assert_eq!(percent_decode("100%"), "100%");
    }

    #[test]
    fn broken_links_suggest_the_closest_file() {
        let r = resolver();
        match r.resolve("vi/handbook/_index.md", "riks.md") {
            Target::Broken { hint, .. } => {
                assert_eq!(hint.as_deref(), Some("did you mean 'risks.md'?"))
            }
            t => panic!("expected broken, got {t:?}"),
        }
        assert!(matches!(
            r.resolve("vi/_index.md", "../../etc/passwd"),
            Target::Broken { .. }
        ));
        assert_eq!(
            r.resolve("vi/_index.md", "https://example.org"),
            Target::External
        );
        assert_eq!(
            r.resolve("vi/handbook/risks.md", "figure.png"),
            Target::Asset("vi/handbook/figure.png".into())
        );
    }
}
