//! Search index: turns the plain text of rendered pages into per-language index
//! shards that the theme's plain JavaScript loads with `<script>` tags, so search
//! works over HTTP and from `file://` alike.
//!
//! The index itself is not built yet: `build_index` returns no files. What is
//! here is the interface the pipeline calls and the shared normalization.

pub mod normalize;

/// One indexable page, produced by the render stage.
#[derive(Debug, Clone)]
pub struct SearchDoc {
    /// Language code: "vi", "th" or "en".
    pub lang: String,
    /// URL relative to the site root, always ending in `index.html`,
    /// e.g. `vi/handbook/risks/index.html`.
    pub url: String,
    /// The page title.
    pub title: String,
    /// The page's text cut at its headings. The text before the first heading
    /// is a section with an empty anchor and the page title as heading.
    pub sections: Vec<SearchSection>,
}

/// A run of plain text under one heading.
#[derive(Debug, Clone)]
pub struct SearchSection {
    /// The heading's id (without `#`), empty for the text before the first heading.
    pub anchor: String,
    /// The heading's plain text.
    pub heading: String,
    /// Plain text of the section (paragraphs separated by newlines).
    pub text: String,
}

/// A file the index writes, relative to the site root (e.g. `search/vi/meta.js`).
#[derive(Debug, Clone)]
pub struct OutputFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

/// Builds the search index files for all languages.
pub fn build_index(_docs: &[SearchDoc], _langs: &[String]) -> Vec<OutputFile> {
    Vec::new()
}
