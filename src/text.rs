//! Text helpers shared by everything that finds words in a page and reports
//! where: case-folded text with its offsets mapped back (the glossary and the
//! terminology check), word boundaries, line:column of byte offsets in
//! linear time (the renderer's links and the terminology findings), a fast
//! check that text is already NFC, and a fast UTF-8 check.

use unicode_normalization::{is_nfc_quick, IsNormalized};

/// The bytes as a `String` if they are UTF-8. Checked with SIMD (`simdutf8`):
/// the standard check reads Vietnamese at about 0.5 GB/s, branching on every
/// accented letter; this one is 5-10 times faster, and the copy costs less than
/// the check it replaces. Every file read, page sanitized and held text
/// unpacked passes here.
pub fn utf8_string(bytes: &[u8]) -> Option<String> {
    simdutf8::basic::from_utf8(bytes).ok().map(str::to_owned)
}

/// Where characters of the Thai block (U+0E00-U+0E7F) start in UTF-8
/// `bytes`: their lead bytes are E0 B8 or E0 B9, found without decoding.
pub fn thai_starts(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    bytes
        .windows(2)
        .enumerate()
        .filter(|(_, w)| w[0] == 0xE0 && (w[1] == 0xB8 || w[1] == 0xB9))
        .map(|(i, _)| i)
}

/// Whether `text` is NFC by the quick check (`is_nfc_quick` says `Yes`).
/// Pages are in ASCII, Latin, Vietnamese and Thai letters, and punctuation,
/// whose NFC answer and combining class are known here without the Unicode
/// tables (looking them up for every character of every page was a twentieth
/// of a build); any other character leaves the answer to the tables.
pub fn is_nfc(text: &str) -> bool {
    if text.is_ascii() {
        return true;
    }
    // Read on UTF-8 bytes: a character's lead byte (and the next one or two)
    // tells its block without decoding it.
    let b = text.as_bytes();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut last = 0;
    let mut i = 0;
    while i < b.len() {
        let (class, len) = match (b[i], at(i + 1), at(i + 2)) {
            (0..=0x7F, _, _) => (0, 1),
            // U+0080-U+02FF
            (0xC2..=0xCB, _, _) => (0, 2),
            // U+0E00-U+0E7F
            (0xE0, b1 @ (0xB8 | 0xB9), b2) => {
                let c = 0x0E00 + (u32::from(b1 & 1) << 6) + u32::from(b2 & 0x3F);
                (char::from_u32(c).map_or(0, thai_ccc), 3)
            }
            // U+1E00-U+1EFF, U+2010-U+2027
            (0xE1, 0xB8..=0xBB, _) | (0xE2, 0x80, 0x90..=0xA7) => (0, 3),
            _ => return is_nfc_quick(text.chars()) == IsNormalized::Yes,
        };
        if class != 0 && last > class {
            return false;
        }
        last = class;
        i += len;
    }
    true
}

/// The canonical combining class of a character of the Thai block: the
/// vowels below (103), phinthu (9) and the tone marks (107); every other
/// Thai character is a starter.
pub fn thai_ccc(c: char) -> u8 {
    match c {
        '\u{0E38}' | '\u{0E39}' => 103,
        '\u{0E3A}' => 9,
        '\u{0E48}'..='\u{0E4B}' => 107,
        _ => 0,
    }
}

/// Lowercased text with the way back to the original: lowercasing can change
/// a character's length (`İ` -> `i̇`, `ẞ` -> `ß`), so offsets are mapped, never assumed.
pub struct Folded {
    pub text: String,
    /// (offset in `text`, offset in the original) at each original character.
    starts: Vec<(usize, usize)>,
    original_len: usize,
}

impl Folded {
    pub fn new(original: &str) -> Folded {
        let mut text = String::with_capacity(original.len());
        let mut starts = Vec::with_capacity(original.len());
        for (i, c) in original.char_indices() {
            starts.push((text.len(), i));
            text.extend(c.to_lowercase());
        }
        Folded {
            text,
            starts,
            original_len: original.len(),
        }
    }

    /// The original offset of a lowercased offset, if a character starts there.
    pub fn original(&self, at: usize) -> Option<usize> {
        if at == self.text.len() {
            return Some(self.original_len);
        }
        self.starts
            .binary_search_by_key(&at, |&(folded, _)| folded)
            .ok()
            .map(|i| self.starts[i].1)
    }
}

/// Letters, digits and combining marks make words (Vietnamese tone marks
/// written apart stay inside their syllable).
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c)
}

/// No word character right before byte `i` of `s`.
pub fn boundary_before(s: &str, i: usize) -> bool {
    s[..i].chars().next_back().is_none_or(|c| !is_word_char(c))
}

/// No word character right after byte `i` of `s`.
pub fn boundary_after(s: &str, i: usize) -> bool {
    s[i..].chars().next().is_none_or(|c| !is_word_char(c))
}

/// Line and column of byte offsets, in time linear in the text: lines by
/// binary search, columns counted on from the last position asked for when
/// it is on the same line (offsets come in order, so 200,000 links on one
/// line cost one pass over it, not 200,000).
pub struct Lines<'a> {
    text: &'a str,
    starts: Vec<usize>,
    /// (offset, line, column) of the last answer.
    last: std::cell::Cell<(usize, usize, usize)>,
}

impl<'a> Lines<'a> {
    pub fn new(text: &'a str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Lines {
            text,
            starts,
            last: std::cell::Cell::new((0, 1, 1)),
        }
    }

    /// 1-based (line, column in characters) of `offset`.
    pub fn at(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let line_start = self.starts[line - 1];
        let (last_off, last_line, last_col) = self.last.get();
        let (from, col0) = if last_line == line && last_off <= offset && last_off >= line_start {
            (last_off, last_col)
        } else {
            (line_start, 1)
        };
        let col = col0 + self.text.get(from..offset).map_or(0, |s| s.chars().count());
        self.last.set((offset, line, col));
        (line, col)
    }
}

/// An ASCII file name from words: Vietnamese tones and đ folded away, any
/// other character a dash between words, lower case, at most `max` bytes
/// (cut at a dash); empty when nothing Latin is left (a Thai title).
pub fn ascii_slug(words: &str, max: usize) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::new();
    let mut dash = false;
    for c in words.nfd() {
        let c = if matches!(c, 'đ' | 'Đ') { 'd' } else { c };
        if c.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c.to_ascii_lowercase());
        } else if !unicode_normalization::char::is_combining_mark(c) {
            dash = true;
        }
    }
    if out.len() > max {
        let cut = out[..=max].rfind('-').unwrap_or(max);
        out.truncate(cut);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fast_nfc_check_agrees_with_the_unicode_tables() {
        use unicode_normalization::{is_nfc_quick, IsNormalized};
        // Characters from the fast ranges, their edges, and others that are
        // not NFC or only maybe (U+0301 after a letter, U+2000, U+0344).
        let pool: Vec<char> = "aZ09 .\u{7F}\u{80}é\u{2FF}\u{300}\u{301}\u{344}ăơưạệỹ\u{1E00}\u{1EFF}\u{E00}\u{E7F}กขัิฺุู่้๊๋็์\u{2000}\u{2010}–—…\u{2027}\u{2028}中😀đ"
            .chars()
            .collect();
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..20_000 {
            let len = (seed % 7) as usize + 1;
            let text: String = (0..len)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    pool[(seed % pool.len() as u64) as usize]
                })
                .collect();
            let tables = is_nfc_quick(text.chars()) == IsNormalized::Yes;
            assert_eq!(super::is_nfc(&text), tables, "{text:?}");
        }
    }

    #[test]
    fn folded_offsets_map_back_across_length_changes() {
        let f = Folded::new("İa ẞb");
        let a = f.text.find('a').expect("a");
        assert_eq!(f.original(a), Some("İ".len()));
        assert_eq!(f.original(f.text.len()), Some("İa ẞb".len()));
        // Inside the two-character lowercase of İ: no original character starts there.
        assert_eq!(f.original(1), None);
    }

    #[test]
    fn columns_count_characters_and_restart_on_each_line() {
        let lines = Lines::new("ab\nrủi ro\nx");
        assert_eq!(lines.at(0), (1, 1));
        assert_eq!(lines.at(3), (2, 1));
        assert_eq!(lines.at("ab\nrủi ".len()), (2, 5));
        assert_eq!(lines.at("ab\nrủi ro\n".len()), (3, 1));
        // Asked out of order: counted again from the line start.
        assert_eq!(lines.at(4), (2, 2));
    }
}
