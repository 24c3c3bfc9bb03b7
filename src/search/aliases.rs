//! The words readers use, as the search index's alias list: each language's
//! glossary `search:` words and `terminology.yaml`'s avoided variants, each
//! pointing at the term the pages use. The browser reads
//! `search/<lang>/alias.js` with its first query and searches the term as
//! well when a query names an alias ("digital government" finds the
//! e-government pages). Keys are folded as the browser folds a query
//! (`normalize::fold`), longest first so the longest alias wins.

use super::{encode, normalize, OutputFile};
use crate::config::Config;
use crate::markdown::GlossaryEntry;
use std::collections::BTreeMap;
use std::path::Path;

/// One `alias.js` per language of the site (an empty list where none).
pub fn files(root: &Path, config: &Config, glossary: &[GlossaryEntry]) -> Vec<OutputFile> {
    let terminology = crate::files::Door::new(root)
        .read_text(Path::new(crate::terminology::TERMINOLOGY_FILE))
        .map(|t| crate::terminology::load(&t, config).0)
        .unwrap_or_default();
    config
        .language_codes()
        .into_iter()
        .map(|lang| {
            let mut map: BTreeMap<String, String> = BTreeMap::new();
            let mut add = |alias: &str, term: &str| {
                let key = normalize::fold(alias.trim());
                let key = key.split_whitespace().collect::<Vec<_>>().join(" ");
                if !key.is_empty() && key != normalize::fold(term) {
                    map.entry(key).or_insert_with(|| term.trim().to_string());
                }
            };
            for e in glossary {
                if let Some(t) = e.langs.get(lang) {
                    for s in &t.search {
                        add(s, &t.term);
                    }
                }
            }
            for c in &terminology.concepts {
                if let Some(t) = c.langs.get(lang) {
                    for v in &t.avoid {
                        add(v, &t.preferred);
                    }
                }
            }
            let mut pairs: Vec<(String, String)> = map.into_iter().collect();
            pairs.sort_by(|a, b| {
                b.0.chars()
                    .count()
                    .cmp(&a.0.chars().count())
                    .then(a.0.cmp(&b.0))
            });
            let body: Vec<String> = pairs
                .iter()
                .map(|(k, v)| format!("[{},{}]", encode::json_string(k), encode::json_string(v)))
                .collect();
            let name = format!("{lang}/alias");
            OutputFile {
                path: format!("search/{name}.js"),
                bytes: encode::script(&name, &format!("[{}]", body.join(","))),
            }
        })
        .collect()
}
