//! Search index: turns the plain text of rendered pages into per-language index
//! shards that the theme's plain JavaScript loads with `<script>` tags, so search
//! works over HTTP and from `file://` alike.
//!
//! What the browser repeats (normalization, tokenization, the file encodings)
//! lives in modules of its own, checked against shared test vectors.

pub mod encode;
pub mod index;
pub mod normalize;
pub mod tokenize;

use rayon::prelude::*;

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

/// Builds the search index files of the given languages.
pub fn build_index(docs: &[SearchDoc], langs: &[String]) -> Vec<OutputFile> {
    langs
        .par_iter()
        .flat_map(|lang| {
            let mine: Vec<&SearchDoc> = docs.iter().filter(|d| &d.lang == lang).collect();
            index::build(lang, &mine)
        })
        .collect()
}
