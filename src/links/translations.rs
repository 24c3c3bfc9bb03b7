//! Translations of one page share its path under each language folder, or an
//! explicit `translation_key` when the paths differ.

use crate::content::Page;
use crate::diagnostics::Diagnostic;
use crate::t;
use std::collections::BTreeMap;

/// For each page, its translations as (language, page index), in config order.
pub fn group(
    pages: &[Page],
    langs: &[&str],
    errors: &mut Vec<Diagnostic>,
) -> Vec<Vec<(String, usize)>> {
    let mut groups: BTreeMap<&str, BTreeMap<&str, usize>> = BTreeMap::new();
    for (i, p) in pages.iter().enumerate() {
        let slot = groups.entry(p.translation_key.as_str()).or_default();
        if let Some(&other) = slot.get(p.lang.as_str()) {
            errors.push(
                Diagnostic::error(
                    "translation",
                    t!(
                        "link-translation-key-twice",
                        lang = p.lang.as_str(),
                        key = p.translation_key.as_str(),
                        first = pages[other].source.display().to_string(),
                        second = p.source.display().to_string()
                    ),
                )
                .in_file(&p.source)
                .hint(t!("link-translation-key-twice-hint")),
            );
            continue;
        }
        slot.insert(p.lang.as_str(), i);
    }
    pages
        .iter()
        .map(|p| {
            let slot = &groups[p.translation_key.as_str()];
            langs
                .iter()
                .filter_map(|l| slot.get(l).map(|&i| (l.to_string(), i)))
                .collect()
        })
        .collect()
}
