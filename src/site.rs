//! The linked site: every page with its rendered body and its place in the
//! graph. Produced by the `link` stage, read by `index` and `theme`.

use crate::config::Config;
use crate::content::Page;
use crate::links::graph::Structure;
use crate::links::taxonomies::Taxonomy;
use crate::markdown::Rendered;

pub struct Site {
    pub config: Config,
    pub pages: Vec<Page>,
    pub rendered: Vec<Rendered>,
    /// Per page: its translations (language, page), in config order, itself included.
    pub translations: Vec<Vec<(String, usize)>>,
    pub structure: Structure,
    pub outgoing: Vec<Vec<usize>>,
    pub backlinks: Vec<Vec<usize>>,
    pub related: Vec<Vec<usize>>,
    pub taxonomies: Vec<Taxonomy>,
    /// The home page of each language (index into `pages`).
    pub homes: std::collections::HashMap<String, usize>,
}

impl Site {
    /// The home page of a language, if it has one.
    pub fn home(&self, lang: &str) -> Option<usize> {
        self.homes.get(lang).copied()
    }
}
