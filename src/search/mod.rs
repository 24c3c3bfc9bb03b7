//! Search index: turns the plain text of rendered pages into per-language index
//! shards that the theme's plain JavaScript loads with `<script>` tags, so search
//! works over HTTP and from `file://` alike.
//!
//! What the browser repeats (normalization, tokenization, the file encodings)
//! lives in modules of its own, checked against shared test vectors.

pub mod encode;
pub mod index;
pub mod live;
pub mod normalize;
pub mod tokenize;

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
