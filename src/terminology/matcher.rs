//! Finding avoided variants in a run of text, for one language. Thai variants
//! match anywhere (Thai has no spaces between words); Vietnamese and English
//! ones only on whole syllables or words. A variant inside a preferred term or
//! an excepted word (ฉัน inside ฉันทามติ) is not a finding.

use crate::text::{boundary_after, boundary_before, Folded};
use aho_corasick::{AhoCorasick, MatchKind};

/// What a pattern stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// An avoided variant of the concept with this index.
    Avoid(usize),
    /// A preferred term or an excepted word: text it covers is fine.
    Keep,
}

/// The matcher of one language.
pub struct Matcher {
    ac: AhoCorasick,
    roles: Vec<Role>,
    whole_words: bool,
}

/// One avoided variant found: byte range in the original text, concept index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub concept: usize,
}

/// NFC and lowercase: the form patterns and text are compared in.
pub fn fold(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    s.trim().nfc().flat_map(char::to_lowercase).collect()
}

impl Matcher {
    /// `avoid`: (variant, concept index); `keep`: preferred terms and exceptions.
    pub fn new<'a>(
        avoid: impl IntoIterator<Item = (&'a str, usize)>,
        keep: impl IntoIterator<Item = &'a str>,
        whole_words: bool,
    ) -> Option<Matcher> {
        let mut patterns = Vec::new();
        let mut roles = Vec::new();
        for (v, concept) in avoid {
            let v = fold(v);
            if !v.is_empty() {
                patterns.push(v);
                roles.push(Role::Avoid(concept));
            }
        }
        if patterns.is_empty() {
            return None;
        }
        for k in keep {
            let k = fold(k);
            if !k.is_empty() {
                patterns.push(k);
                roles.push(Role::Keep);
            }
        }
        // Standard semantics: every occurrence of every pattern, overlapping,
        // so a preferred term is seen even where a variant starts earlier.
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&patterns)
            .ok()?;
        Some(Matcher {
            ac,
            roles,
            whole_words,
        })
    }

    /// The avoided variants in `text`, in order, never overlapping (the
    /// longest wins where two start at the same place).
    pub fn find(&self, text: &str) -> Vec<Found> {
        let folded = Folded::new(text);
        let lower = folded.text.as_str();
        let mut keeps: Vec<(usize, usize)> = Vec::new();
        let mut avoids: Vec<(usize, usize, usize)> = Vec::new();
        for m in self.ac.find_overlapping_iter(lower) {
            if self.whole_words
                && !(boundary_before(lower, m.start()) && boundary_after(lower, m.end()))
            {
                continue;
            }
            match self.roles[m.pattern().as_usize()] {
                Role::Keep => keeps.push((m.start(), m.end())),
                Role::Avoid(c) => avoids.push((m.start(), m.end(), c)),
            }
        }
        if avoids.is_empty() {
            return Vec::new();
        }
        keeps.sort_unstable();
        // Leftmost first, longest first at one place.
        avoids.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        let mut out = Vec::new();
        let (mut k, mut keep_end, mut last_end) = (0usize, 0usize, 0usize);
        for (s, e, concept) in avoids {
            // The furthest end of the kept terms that start at or before `s`.
            while k < keeps.len() && keeps[k].0 <= s {
                keep_end = keep_end.max(keeps[k].1);
                k += 1;
            }
            if keep_end >= e || s < last_end {
                continue;
            }
            // A match must begin and end where a character of `text` does.
            let (Some(start), Some(end)) = (folded.original(s), folded.original(e)) else {
                continue;
            };
            last_end = e;
            out.push(Found {
                start,
                end,
                concept,
            });
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans<'t>(m: &Matcher, text: &'t str) -> Vec<&'t str> {
        m.find(text).iter().map(|f| &text[f.start..f.end]).collect()
    }

    #[test]
    fn thai_variants_match_without_spaces_except_inside_kept_words() {
        let m = Matcher::new(
            [("ธรรมาภิบาลแบบร่วมมือกัน", 0), ("ฉัน", 1)],
            ["การอภิบาลแบบร่วมมือ", "ฉันทามติ"],
            false,
        )
        .unwrap();
        assert_eq!(
            spans(&m, "หลักธรรมาภิบาลแบบร่วมมือกันช่วยให้ฉันเข้าใจ"),
            ["ธรรมาภิบาลแบบร่วมมือกัน", "ฉัน"]
        );
        assert!(spans(&m, "สร้างฉันทามติร่วมกัน").is_empty());
    }

    #[test]
    fn vietnamese_and_english_variants_match_whole_words_only() {
        let m = Matcher::new([("Cẩm nang", 0)], ["Sổ tay"], true).unwrap();
        assert_eq!(spans(&m, "Xem CẨM NANG này"), ["CẨM NANG"]);
        assert!(spans(&m, "cẩm nangx").is_empty());
        let m = Matcher::new([("best practice", 0)], [], true).unwrap();
        assert!(spans(&m, "best practices").is_empty());
    }

    #[test]
    fn a_variant_inside_a_preferred_term_is_fine() {
        let m = Matcher::new([("quản trị", 0)], ["quản trị quốc gia tốt"], true).unwrap();
        assert!(spans(&m, "về quản trị quốc gia tốt").is_empty());
        assert_eq!(spans(&m, "về quản trị"), ["quản trị"]);
    }

    #[test]
    fn the_longest_variant_wins_and_matches_never_overlap() {
        let m = Matcher::new([("เสวนานโยบาย", 0), ("การสัมมนาเสวนานโยบาย", 0)], [], false).unwrap();
        assert_eq!(spans(&m, "การสัมมนาเสวนานโยบาย"), ["การสัมมนาเสวนานโยบาย"]);
    }

    #[test]
    fn case_mapping_that_changes_lengths_never_shifts_matches() {
        let m = Matcher::new([("cẩm nang", 0)], [], true).unwrap();
        let text = "İİ Cẩm Nang ẞ";
        assert_eq!(spans(&m, text), ["Cẩm Nang"]);
    }
}
