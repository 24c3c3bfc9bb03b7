//! Readable, stable identifiers for URLs and heading anchors. Vietnamese and Thai
//! headings keep their letters, diacritics and vowel marks (`rủi-ro-thường-gặp`),
//! so anchors stay meaningful to the people who read them.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Lowercase, NFC, letters/digits/marks kept, everything else collapsed to `-`.
pub fn slugify(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut dash = false;
    for c in text.nfc().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() || is_combining_mark(c) {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c);
        } else if c == '_' {
            out.push('_');
            dash = false;
        } else {
            dash = true;
        }
    }
    out
}

/// A URL path segment for a file stem or a front matter `slug`: kept as written
/// when already safe, slugified otherwise.
pub fn url_segment(stem: &str) -> String {
    let safe = !stem.is_empty()
        && stem
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
    if safe {
        stem.to_string()
    } else {
        slugify(stem)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_headings_keep_their_diacritics() {
        assert_eq!(slugify("Bảy rủi ro thường gặp"), "bảy-rủi-ro-thường-gặp");
    }

    #[test]
    fn decomposed_input_gives_the_same_anchor_as_composed() {
        let decomposed: String = "Hòa giải".nfd().collect();
        assert_eq!(slugify(&decomposed), slugify("Hòa giải"));
    }

    #[test]
    fn thai_headings_keep_vowel_and_tone_marks() {
        assert_eq!(slugify("การแก้ไขข้อขัดแย้ง"), "การแก้ไขข้อขัดแย้ง");
        assert_eq!(slugify("ขั้นตอน ๕ ขั้น"), "ขั้นตอน-๕-ขั้น");
    }

    #[test]
    fn punctuation_collapses_to_single_dashes() {
        assert_eq!(slugify("  What (and why)?  "), "what-and-why");
        assert_eq!(url_segment("Risks & Issues"), "risks-issues");
        assert_eq!(url_segment("before-you-start"), "before-you-start");
    }
}
