//! What to say about a link that finds nothing, for the slips editors make:
//! a page's built address copied from the browser (`../risks/index.html`),
//! a file name guessed from the title in the page's own language
//! (`rui-ro.md` for `risks.md`), a typo, and an image that sits beside
//! another language's page (or in `content/shared/`).

use super::resolve::{relative_source, Resolver};
use crate::t;

/// The folder under `content/` for files every language links to.
pub const SHARED: &str = "shared";

impl Resolver {
    /// The hint for `norm` (a missing path under `content/`) linked from `from`.
    pub(super) fn hint_for(&self, from: &str, norm: &str, href: &str) -> Option<String> {
        if let Some(h) = self
            .built_address(from, norm)
            .or_else(|| self.address_from_the_browser(from, href))
        {
            return Some(h);
        }
        if norm.ends_with(".md") {
            return self.missing_page(from, norm);
        }
        let name = norm.rsplit('/').next().unwrap_or(norm);
        if name.contains('.') {
            return self.missing_file(from, norm);
        }
        Some(t!("link-md-extension-hint"))
    }

    /// `risks/index.html` or `risks.html`: the page's built address.
    fn built_address(&self, from: &str, norm: &str) -> Option<String> {
        let base = norm
            .strip_suffix("/index.html")
            .or_else(|| norm.strip_suffix(".html"))?;
        [format!("{base}.md"), format!("{base}/_index.md")]
            .into_iter()
            .find(|c| self.has_page(c))
            .map(|c| t!("link-built-address-hint", link = relative_source(from, &c)))
    }

    /// A link copied from the browser is relative to the page's built
    /// folder (`en/handbook/x/`), one level below its source: read it so.
    fn address_from_the_browser(&self, from: &str, href: &str) -> Option<String> {
        if !href.ends_with(".html") && !href.ends_with('/') {
            return None;
        }
        let (_, i) = self.by_path_entry(from)?;
        let built = self.url(i);
        let dir = built.rsplit_once('/').map_or("", |(d, _)| d);
        let mut target = super::resolve::normalize(&format!("{dir}/{href}"))?;
        if target.is_empty() || target.ends_with('/') || !target.ends_with(".html") {
            target = format!("{}/index.html", target.trim_end_matches('/'));
        }
        let page = self.page_with_url(&target)?;
        Some(t!(
            "link-built-address-hint",
            link = relative_source(from, page)
        ))
    }

    fn missing_page(&self, from: &str, norm: &str) -> Option<String> {
        if let Some(s) = self.closest_page(norm) {
            return Some(t!(
                "link-did-you-mean-hint",
                link = relative_source(from, s)
            ));
        }
        // A name made from the title, in the page's language (`rui-ro.md`).
        let lang = norm.split('/').next().unwrap_or("");
        let wanted = crate::text::ascii_slug(
            norm.rsplit('/')
                .next()
                .unwrap_or(norm)
                .trim_end_matches(".md"),
            200,
        );
        if wanted.len() >= 3 {
            let mut by_title: Vec<&str> = self.pages_with_title_containing(lang, &wanted);
            if by_title.is_empty() {
                // Guessed from another language's title (a Vietnamese name
                // on a Thai page): that page's translation here.
                for other in self.languages().filter(|l| *l != lang) {
                    for p in self.pages_with_title_containing(other, &wanted) {
                        let here = format!("{lang}{}", &p[other.len()..]);
                        if let Some((path, _)) = self.by_path_entry(&here) {
                            by_title.push(path);
                        }
                    }
                }
            }
            by_title.sort_unstable();
            by_title.dedup();
            if let Some(p) = by_title.first() {
                return Some(t!(
                    "link-title-matches-hint",
                    link = relative_source(from, p),
                    words = wanted.as_str()
                ));
            }
        }
        // The pages beside the missing one, to choose from.
        let dir = norm.rsplit_once('/').map_or("", |(d, _)| d);
        let mut near: Vec<&str> = self.pages_in(dir);
        near.retain(|p| *p != from);
        near.sort_unstable();
        if near.is_empty() {
            return None;
        }
        let shown: Vec<String> = near
            .iter()
            .take(8)
            .map(|p| relative_source(from, p))
            .collect();
        let more = if near.len() > 8 { ", ..." } else { "" };
        Some(t!(
            "link-pages-in-folder-hint",
            folder = dir,
            pages = format!("{}{more}", shown.join(", "))
        ))
    }

    /// An image or other file: beside another language's page, or shared.
    fn missing_file(&self, from: &str, norm: &str) -> Option<String> {
        let (lang, rest) = norm.split_once('/')?;
        let name = rest.rsplit('/').next().unwrap_or(rest);
        for shared in [format!("{SHARED}/{rest}"), format!("{SHARED}/{name}")] {
            if self.has_asset(&shared) {
                return Some(t!(
                    "link-shared-file-hint",
                    link = relative_source(from, &shared)
                ));
            }
        }
        let mut elsewhere: Vec<String> = self
            .languages()
            .filter(|l| *l != lang)
            .map(|l| format!("{l}/{rest}"))
            .filter(|c| self.has_asset(c))
            .collect();
        elsewhere.sort();
        let found = elsewhere.first()?;
        let shared = format!("{SHARED}/{name}");
        Some(t!(
            "link-file-elsewhere-hint",
            found = found.as_str(),
            missing = norm,
            shared = shared.as_str(),
            link = relative_source(from, &shared)
        ))
    }
}
