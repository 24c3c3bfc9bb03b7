//! Glossary terms (`glossary.yaml` at the site root) linked at their first
//! occurrence in a page's text, with the definition shown on hover or focus.
//! Thai terms match anywhere in Thai text (Thai has no spaces between words);
//! Vietnamese and English terms only on whole syllables or words.

use super::escape::{escape_attr, escape_text};
use crate::links::{Resolver, Target};
use crate::text::{boundary_after, boundary_before, Folded};
use aho_corasick::{AhoCorasick, MatchKind};
use pulldown_cmark::Event;
use serde::Deserialize;
use std::collections::BTreeMap;

/// One term in one language.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TermText {
    /// Empty when the file leaves it out: reported with the entry's id and
    /// language, and the language dropped from the entry.
    #[serde(default)]
    pub term: String,
    #[serde(default)]
    pub definition: String,
    /// Other forms that should link too (plurals, short forms).
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Words readers may type for the term (abbreviations, older and
    /// everyday names): search finds the term's pages for them.
    #[serde(default)]
    pub search: Vec<String>,
}

/// A glossary entry: an id, the page that explains it, and its text per language.
#[derive(Debug, Clone, Deserialize)]
pub struct Entry {
    pub id: String,
    /// Content path inside each language folder, optionally with `#anchor`.
    pub page: String,
    #[serde(flatten)]
    pub langs: BTreeMap<String, TermText>,
}

/// The matcher of one language.
pub struct Matcher {
    ac: AhoCorasick,
    /// Pattern index -> entry index.
    entry_of: Vec<usize>,
    whole_words: bool,
}

impl Matcher {
    pub fn new(entries: &[Entry], lang: &str) -> Option<Matcher> {
        let mut patterns = Vec::new();
        let mut entry_of = Vec::new();
        for (i, e) in entries.iter().enumerate() {
            let Some(t) = e.langs.get(lang) else { continue };
            for p in std::iter::once(&t.term).chain(&t.aliases) {
                let p: String = {
                    use unicode_normalization::UnicodeNormalization;
                    p.trim().nfc().flat_map(char::to_lowercase).collect()
                };
                if !p.is_empty() {
                    patterns.push(p);
                    entry_of.push(i);
                }
            }
        }
        if patterns.is_empty() {
            return None;
        }
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .ok()?;
        Some(Matcher {
            ac,
            entry_of,
            whole_words: lang != "th",
        })
    }

    /// Finds terms in `text` not yet in `seen`: (byte range in `text`, entry index).
    pub fn find(&self, text: &str, seen: &mut Vec<usize>) -> Vec<(usize, usize, usize)> {
        let folded = Folded::new(text);
        let lower = folded.text.as_str();
        // Words quoted “…” are named, not used (the sources page quotes an
        // article's own variants): no link inside them.
        let quoted = quoted_spans(text);
        let mut out = Vec::new();
        for m in self.ac.find_iter(lower) {
            let entry = self.entry_of[m.pattern().as_usize()];
            if seen.contains(&entry) {
                continue;
            }
            if self.whole_words
                && !(boundary_before(lower, m.start()) && boundary_after(lower, m.end()))
            {
                continue;
            }
            // A match must begin and end where a character of `text` does.
            let (Some(start), Some(end)) = (folded.original(m.start()), folded.original(m.end()))
            else {
                continue;
            };
            if quoted.iter().any(|&(a, b)| start >= a && end <= b) {
                continue;
            }
            seen.push(entry);
            out.push((start, end, entry));
        }
        out
    }
}

/// Byte ranges of the text between “ and the next ”.
fn quoted_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open = None;
    for (i, c) in text.char_indices() {
        match (c, open) {
            ('“', _) => open = Some(i + c.len_utf8()),
            ('”', Some(a)) => {
                out.push((a, i));
                open = None;
            }
            _ => {}
        }
    }
    out
}

/// The HTML of a linked term with its definition as a tooltip.
pub fn link_html(text: &str, href: &str, definition: &str, id: &str) -> String {
    let id = escape_attr(id);
    if definition.is_empty() {
        return format!(
            "<a class=\"gloss\" href=\"{}\">{}</a>",
            escape_attr(href),
            escape_text(text)
        );
    }
    format!(
        "<a class=\"gloss\" href=\"{}\" aria-describedby=\"gloss-{id}\">{}<span class=\"gloss-def\" role=\"tooltip\" id=\"gloss-{id}\">{}</span></a>",
        escape_attr(href),
        escape_text(text),
        escape_text(definition)
    )
}

/// What the renderer needs to link glossary terms.
#[derive(Clone, Copy)]
pub struct Glossary<'a> {
    pub matcher: &'a Matcher,
    pub entries: &'a [Entry],
    pub lang: &'a str,
}

/// Splits a text event around the glossary terms it contains.
pub(super) fn link_terms<'e>(
    text: &str,
    g: Glossary,
    path: &str,
    url: &str,
    resolver: &Resolver,
    seen: &mut Vec<usize>,
    events: &mut Vec<Event<'e>>,
) {
    let found = g.matcher.find(text, seen);
    let mut last = 0;
    for (start, end, entry) in found {
        let e = &g.entries[entry];
        let target = resolver.resolve(path, &format!("/{}/{}", g.lang, e.page));
        let self_link = matches!(&target, Target::Page(i, _) if resolver.url(*i) == url);
        if matches!(target, Target::Broken { .. }) || self_link {
            continue;
        }
        let href = resolver.href(url, &target, &e.page);
        let definition = e.langs.get(g.lang).map_or("", |t| t.definition.as_str());
        events.push(Event::Text(text[last..start].to_string().into()));
        events.push(Event::InlineHtml(
            super::glossary::link_html(&text[start..end], &href, definition, &e.id).into(),
        ));
        last = end;
    }
    events.push(Event::Text(text[last..].to_string().into()));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries() -> Vec<Entry> {
        crate::yaml::from_str(
            "- id: stakeholder\n  page: handbook/risks.md\n  vi: {term: bên liên quan, definition: D}\n  th: {term: ผู้มีส่วนได้ส่วนเสีย, definition: D}\n  en: {term: stakeholder, aliases: [stakeholders], definition: D}\n- id: mediator\n  page: handbook/risks.md\n  vi: {term: hòa giải, definition: M}\n",
        )
        .expect("yaml")
    }

    #[test]
    fn thai_terms_match_without_spaces() {
        let m = Matcher::new(&entries(), "th").expect("matcher");
        let text = "การระบุผู้มีส่วนได้ส่วนเสียทั้งหมด";
        let found = m.find(text, &mut Vec::new());
        assert_eq!(found.len(), 1);
        assert_eq!(&text[found[0].0..found[0].1], "ผู้มีส่วนได้ส่วนเสีย");
    }

    #[test]
    fn vietnamese_terms_match_whole_syllables_only() {
        let m = Matcher::new(&entries(), "vi").expect("matcher");
        assert!(m.find("người hòa giảing", &mut Vec::new()).is_empty());
        let found = m.find("Vai trò của Hòa giải viên", &mut Vec::new());
        assert_eq!(found.len(), 1);
    }

    #[test]
    fn case_mapping_that_changes_lengths_never_shifts_matches() {
        // `İ` grows and `ẞ` shrinks when lowercased: the total length is the
        // same, but every offset between them moves.
        let m = Matcher::new(&entries(), "th").expect("matcher");
        let text = "İ ผู้มีส่วนได้ส่วนเสีย ẞ";
        let found = m.find(text, &mut Vec::new());
        assert_eq!(found.len(), 1);
        assert_eq!(&text[found[0].0..found[0].1], "ผู้มีส่วนได้ส่วนเสีย");
        let m = Matcher::new(&entries(), "en").expect("matcher");
        for text in ["İİİ Stakeholder ẞ", "ﬁ ß ΐ STAKEHOLDERS", "İ"] {
            for (s, e, _) in m.find(text, &mut Vec::new()) {
                assert!(
                    text[s..e].eq_ignore_ascii_case("stakeholder")
                        || text[s..e].eq_ignore_ascii_case("stakeholders")
                );
            }
        }
    }

    #[test]
    fn only_the_first_occurrence_links() {
        let m = Matcher::new(&entries(), "en").expect("matcher");
        let mut seen = Vec::new();
        assert_eq!(m.find("Stakeholders and stakeholder", &mut seen).len(), 1);
        assert!(m.find("a stakeholder", &mut seen).is_empty());
        assert!(m.find("stakeholderism", &mut Vec::new()).is_empty());
    }
}
