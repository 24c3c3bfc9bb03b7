//! The search tokenizer and normalizers for vi, th, en, and the glossary
//! matcher of each language on arbitrary text (case mappings that change
//! lengths must never panic or return ranges off char boundaries).
#![no_main]

use libfuzzer_sys::fuzz_target;
use sala::markdown::{GlossaryEntry, GlossaryMatcher};
use sala::search::{normalize, tokenize};
use std::sync::OnceLock;

const EXTRA: &str = "
- id: turkish
  page: p.md
  vi: {term: İstanbul, aliases: [ẞtraße, İ, ﬁ], definition: x}
  th: {term: ผู้มีส่วนได้ส่วนเสีย, aliases: [ก, ไทย, İ, ํ, ั], definition: x}
  en: {term: ﬁnance, aliases: [ΐ, STRASSE, İİ, ß, Σ], definition: x}
";

fn matchers() -> &'static Vec<GlossaryMatcher> {
    static M: OnceLock<Vec<GlossaryMatcher>> = OnceLock::new();
    M.get_or_init(|| {
        let mut entries: Vec<GlossaryEntry> =
            sala::yaml::from_str(include_str!("../../glossary.yaml")).expect("glossary");
        entries.extend(sala::yaml::from_str::<Vec<GlossaryEntry>>(EXTRA).expect("extra"));
        ["vi", "th", "en"].iter().filter_map(|l| GlossaryMatcher::new(&entries, l)).collect()
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for lang in ["vi", "th", "en"] {
        let mut t = tokenize::Tokenizer::new(lang);
        t.each(text, |term| assert!(!term.is_empty(), "empty term"));
    }
    let _ = tokenize::thai_cells(text);
    let _ = tokenize::tone_key(text);
    let _ = normalize::fold(text);
    let _ = normalize::exact(text);
    for m in matchers() {
        let mut seen = Vec::new();
        for (s, e, _) in m.find(text, &mut seen) {
            assert!(s <= e && text.is_char_boundary(s) && text.is_char_boundary(e));
        }
    }
});
