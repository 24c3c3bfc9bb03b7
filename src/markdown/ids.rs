//! Heading ids: readable, unique in a page, never one the theme uses, in
//! linear time. A generated id that is taken gets the next free `-N` suffix
//! (remembered per base, so 20,000 equal headings cost 20,000 steps, not
//! 200 million); an explicit `{#id}` that is taken is the editor's mistake
//! and is reported instead of silently renamed.

use std::collections::{HashMap, HashSet};

/// Ids the default theme gives its own elements; a test keeps this list in
/// step with the templates. Ids starting with `sala-` or `gloss-` are the
/// theme's and the glossary's too.
pub const THEME_IDS: &[&str] = &[
    "backlinks-title",
    "book-toc-title",
    "home-sections-title",
    "main",
    "related-title",
    "section-pages-title",
    "see-also-title",
    "sidebar-title",
    "terms-title",
    "toc-title",
];

fn reserved(id: &str) -> bool {
    THEME_IDS.contains(&id) || id.starts_with("sala-") || id.starts_with("gloss-")
}

#[derive(Default)]
pub struct HeadingIds {
    used: HashSet<String>,
    /// Per base, the next suffix to try.
    next: HashMap<String, usize>,
}

impl HeadingIds {
    /// A free id for a heading whose text slugifies to `base`.
    pub fn generated(&mut self, base: &str) -> String {
        let base = if base.is_empty() { "section" } else { base };
        // No suffix can free a reserved prefix: step out of it.
        let prefixed;
        let base = if base.starts_with("sala-") || base.starts_with("gloss-") {
            prefixed = format!("h-{base}");
            prefixed.as_str()
        } else {
            base
        };
        if !reserved(base) && self.used.insert(base.to_string()) {
            return base.to_string();
        }
        let n = self.next.entry(base.to_string()).or_insert(1);
        loop {
            let id = format!("{base}-{n}");
            *n += 1;
            if !reserved(&id) && self.used.insert(id.clone()) {
                return id;
            }
        }
    }

    /// An explicit `{#id}`: kept as written, or why it cannot be.
    pub fn explicit(&mut self, id: &str) -> Result<String, String> {
        if reserved(id) {
            return Err(format!("heading id '{id}' is used by the theme"));
        }
        if !self.used.insert(id.to_string()) {
            return Err(format!("heading id '{id}' is used twice on this page"));
        }
        Ok(id.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_headings_get_numbered_ids_in_order() {
        let mut ids = HeadingIds::default();
        let got: Vec<String> = (0..4).map(|_| ids.generated("same")).collect();
        assert_eq!(got, ["same", "same-1", "same-2", "same-3"]);
        // A heading literally named "Same 1" later still gets a free id.
        assert_eq!(ids.generated("same-1"), "same-1-1");
    }

    #[test]
    fn headings_named_like_reserved_prefixes_get_an_id_in_finite_time() {
        // Found by fuzzing: `# Sala A` looped for ever looking for a free `sala-a-N`.
        let mut ids = HeadingIds::default();
        assert_eq!(ids.generated("sala-a"), "h-sala-a");
        assert_eq!(ids.generated("sala-a"), "h-sala-a-1");
        assert!(ids.explicit("gloss-x").is_err());
        assert_eq!(ids.generated("gloss-x"), "h-gloss-x");
    }

    #[test]
    fn theme_ids_are_never_given_to_headings() {
        let mut ids = HeadingIds::default();
        assert_eq!(ids.generated("main"), "main-1");
        assert_eq!(ids.generated("toc-title"), "toc-title-1");
        assert!(ids.explicit("main").is_err());
        assert_eq!(ids.explicit("goals"), Ok("goals".into()));
        assert!(ids.explicit("goals").is_err());
    }

    #[test]
    fn the_list_matches_the_default_themes_templates() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/templates");
        for entry in walkdir::WalkDir::new(dir) {
            let entry = entry.expect("walk");
            if !entry.file_type().is_file() {
                continue;
            }
            let text = std::fs::read_to_string(entry.path()).expect("read");
            for part in text.split(" id=\"").skip(1) {
                let id = part.split('"').next().unwrap_or("");
                if id.contains("{{") || id.is_empty() {
                    continue;
                }
                assert!(
                    reserved(id),
                    "{} uses id '{id}': add it to THEME_IDS",
                    entry.path().display()
                );
            }
        }
    }
}
