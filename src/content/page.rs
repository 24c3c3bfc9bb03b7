//! A parsed source file: its front matter, Markdown body, and where it goes in
//! the output. Everything after `parse` refers to pages by their index in one
//! sorted `Vec<Page>`, so stages pass plain values, not shared state.

use super::front_matter::FrontMatter;
use std::collections::BTreeMap;
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum PageKind {
    /// `content/<lang>/_index.md`
    Home,
    /// `content/<lang>/<dir>/_index.md`
    Section,
    /// any other `.md` file
    Page,
}

#[derive(Debug, Clone)]
pub struct Page {
    pub lang: String,
    /// Path inside the language folder, e.g. `handbook/risks.md`.
    pub rel: String,
    /// Path for messages, e.g. `content/vi/handbook/risks.md`.
    pub source: PathBuf,
    pub kind: PageKind,
    pub meta: FrontMatter,
    pub taxonomies: BTreeMap<String, Vec<String>>,
    pub body: String,
    /// 1-based line of the body's first line in the source file.
    pub body_line: usize,
    /// 1-based (line, column) where the front matter's `title:` and
    /// `description:` values begin; (0, 0) when unknown.
    pub title_at: (usize, usize),
    pub description_at: (usize, usize),
    /// The same for `date:` and `updated:`.
    pub date_at: (usize, usize),
    pub updated_at: (usize, usize),
    /// Output path relative to the site root, always ending in `index.html`.
    pub url: String,
    /// The folder of the section this page belongs to (`""` for the home's children).
    pub parent_dir: Option<String>,
    /// For sections and the home: the folder they stand for.
    pub own_dir: Option<String>,
    /// Pages whose translations are matched: `translation_key` or the path.
    pub translation_key: String,
    /// The file failed to parse (its error is reported): a placeholder that
    /// links and translations still find, never written or checked further.
    pub failed: bool,
    /// Front matter mistakes that did not stop the page (reported with the
    /// rest of the build's problems, taken once).
    pub problems: Vec<crate::diagnostics::Diagnostic>,
}

impl Page {
    pub fn weight(&self) -> i64 {
        self.meta.weight.unwrap_or(i64::MAX)
    }

    pub fn is_section(&self) -> bool {
        matches!(self.kind, PageKind::Home | PageKind::Section)
    }
}
