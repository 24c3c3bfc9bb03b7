//! The words readers use, as the search index's alias list: each language's
//! glossary `search:` words and `terminology.yaml`'s avoided variants, each
//! pointing at the term the pages use. The browser reads
//! `search/<lang>/alias.js` with its first query and searches the term as
//! well when a query names an alias ("digital government" finds the
//! e-government pages). Keys are folded as the browser folds a query
//! (`normalize::fold`). A row per term, `[term, alias, alias, ...]`, so that
//! a term with many aliases is written once (a Thai term is 50-100 bytes);
//! the browser puts the longest alias first, so that the longest one wins.

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
            let body = rows(map);
            let name = format!("{lang}/alias");
            OutputFile {
                path: format!("search/{name}.js"),
                bytes: encode::script(&name, &format!("[{}]", body.join(","))),
            }
        })
        .collect()
}

/// `alias -> term` as JSON rows `[term, alias, ...]`, terms and aliases in
/// byte order (deterministic output).
fn rows(map: BTreeMap<String, String>) -> Vec<String> {
    let mut by_term: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (alias, term) in map {
        by_term.entry(term).or_default().push(alias);
    }
    by_term
        .iter()
        .map(|(term, aliases)| {
            let mut row = vec![encode::json_string(term)];
            row.extend(aliases.iter().map(|a| encode::json_string(a)));
            format!("[{}]", row.join(","))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_term_is_written_once_with_all_its_aliases() {
        let map: BTreeMap<String, String> = [
            ("e-gov", "e-government"),
            ("digital government", "e-government"),
            ("hrd", "human resource development"),
        ]
        .into_iter()
        .map(|(a, t)| (a.to_string(), t.to_string()))
        .collect();
        assert_eq!(
            rows(map),
            [
                r#"["e-government","digital government","e-gov"]"#,
                r#"["human resource development","hrd"]"#
            ]
        );
    }
}
