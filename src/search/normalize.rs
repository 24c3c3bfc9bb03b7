//! Search normalization, defined once and repeated exactly by the browser
//! (`themes/default/static/search-normalize.js`); `tests/search_vectors.json` is
//! checked by both sides so they cannot drift apart.
//!
//! - `exact`: NFC, lowercase — ranks exact diacritics first.
//! - `fold`: decomposed, lowercase, Latin combining marks (U+0300–U+036F)
//!   removed, `đ` → `d`, Thai digits → ASCII digits. Thai vowel and tone marks
//!   are outside that range and are never touched.

use unicode_normalization::UnicodeNormalization;

/// Thai digit ๐ (U+0E50) .. ๙ (U+0E59) to ASCII.
fn ascii_digit(c: char) -> char {
    match c {
        '\u{0E50}'..='\u{0E59}' => char::from(b'0' + (c as u32 - 0x0E50) as u8),
        _ => c,
    }
}

/// The text as typed, only unified: NFC and lowercase.
pub fn exact(text: &str) -> String {
    text.nfc()
        .flat_map(char::to_lowercase)
        .map(ascii_digit)
        .collect()
}

/// The text with diacritics folded away for diacritic-insensitive matching.
pub fn fold(text: &str) -> String {
    text.nfd()
        .flat_map(char::to_lowercase)
        .filter(|c| !('\u{0300}'..='\u{036F}').contains(c))
        .map(|c| if c == 'đ' { 'd' } else { ascii_digit(c) })
        .collect::<String>()
        .nfc()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_folds_tones_and_d_but_exact_keeps_them() {
        assert_eq!(fold("Hợp tác ĐA BÊN"), "hop tac da ben");
        assert_eq!(fold("hoà"), fold("hòa"));
        assert_eq!(exact("Hợp Tác"), "hợp tác");
    }

    #[test]
    fn thai_marks_are_kept_and_digits_become_ascii() {
        assert_eq!(fold("ผู้มีส่วนได้ส่วนเสีย"), "ผู้มีส่วนได้ส่วนเสีย");
        assert_eq!(fold("พ.ศ. ๒๕๕๖"), "พ.ศ. 2556");
    }
}
