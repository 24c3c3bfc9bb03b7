//! Search index: turns the plain text of rendered pages into per-language index
//! shards that the theme's plain JavaScript loads with `<script>` tags, so search
//! works over HTTP and from `file://` alike.
//!
//! What the browser repeats (normalization, tokenization, the file encodings)
//! lives in modules of its own, checked against shared test vectors.

use crate::diagnostics::Diagnostic;
use std::path::Path;

pub mod aliases;
pub mod encode;
pub mod index;
pub mod live;
#[cfg(test)]
mod live_tests;
pub mod normalize;
mod passages;
mod postings;
mod shards;
mod terms;
pub mod tokenize;

/// The index format: the `v` of each language's `meta.js`. The browser's
/// `search-core.js` says which one it reads (`var INDEX_VERSION = 5;`).
pub const INDEX_VERSION: u32 = 5;

/// The script a theme loads to read the index.
pub const SCRIPT: &str = "static/search-core.js";

/// A warning when the theme's `search-core.js` reads another index format
/// than this sala writes: a theme copied from an older sala keeps its old
/// script, and a mismatch shows as broken excerpts, not as an error.
/// `display` is the theme folder as messages name it (`themes/<name>`).
pub fn script_mismatch(theme_dir: &Path, display: &Path) -> Option<Diagnostic> {
    let text = crate::files::Door::new(theme_dir)
        .read_text(Path::new(SCRIPT))
        .ok()?;
    let file = display.join(SCRIPT);
    let found = text.lines().enumerate().find_map(|(i, line)| {
        let rest = line.trim_start().strip_prefix("var INDEX_VERSION")?;
        let digits: String = rest
            .trim_start_matches([' ', '='])
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        Some((i + 1, digits.parse::<u32>().ok()))
    });
    let (line, message) = match found {
        Some((_, Some(v))) if v == INDEX_VERSION => return None,
        Some((line, Some(v))) => (
            line,
            crate::t!(
                "output-search-version",
                version = v,
                current = INDEX_VERSION
            ),
        ),
        _ => (
            1,
            crate::t!("output-search-no-version", current = INDEX_VERSION),
        ),
    };
    Some(
        Diagnostic::warning(
            "theme",
            crate::t!("output-search-garbled", problem = message),
        )
        .at(&file, line, 1)
        .hint(crate::t!("output-search-update-hint")),
    )
}

/// One indexable page, borrowed from the rendered site.
#[derive(Debug, Clone)]
pub struct SearchDoc<'a> {
    /// Language code: "vi", "th" or "en".
    pub lang: &'a str,
    /// URL relative to the site root, always ending in `index.html`,
    /// e.g. `vi/handbook/risks/index.html`.
    pub url: &'a str,
    /// The page title.
    pub title: &'a str,
    /// The page's text cut at its headings. The text before the first heading
    /// is a section with an empty anchor and the page title as heading.
    pub sections: Vec<SearchSection<'a>>,
}

/// A run of plain text under one heading.
#[derive(Debug, Clone)]
pub struct SearchSection<'a> {
    /// The heading's id (without `#`), empty for the text before the first heading.
    pub anchor: &'a str,
    /// The heading's plain text.
    pub heading: &'a str,
    /// Plain text of the section (paragraphs separated by newlines).
    pub text: std::borrow::Cow<'a, str>,
}

/// A file the index writes, relative to the site root (e.g. `search/vi/meta.js`).
#[derive(Debug, Clone)]
pub struct OutputFile {
    pub path: String,
    pub bytes: Vec<u8>,
}
