//! Words and phrases written twice in a row ("การเสวนาการเสวนา", "the the",
//! "hợp tác hợp tác"). Text is cut into words: Vietnamese and English at
//! spaces and punctuation; inside a run of Thai, which has no spaces between
//! words, any stretch repeated at once is found first (a cheap search that
//! clean text fails), then ICU's dictionary segmenter says whether it is
//! words repeated or letters that meet by chance. Repeats that are right are
//! left alone: Thai words of fewer than two letters without marks (ที่ที่,
//! "the place where"), Vietnamese single syllables (reduplication: người
//! người, dần dần), and English "that that" and "had had".

use super::Finding;

/// The longest repeated stretch looked for, in characters (Thai) or words.
const MAX_THAI: usize = 24;
const MAX_WORDS: usize = 4;

pub fn find(text: &str, lang: &str) -> Vec<Finding> {
    let mut out = Vec::new();
    thai(text, &mut out);
    words(text, lang, &mut out);
    out
}

fn is_thai_letter(c: char) -> bool {
    // Letters, vowels and tone marks; not digits (๒๕๒๕ is a year) nor ๆ.
    ('\u{0E01}'..='\u{0E4E}').contains(&c) && c != 'ๆ'
}

fn is_thai_base(c: char) -> bool {
    is_thai_letter(c) && crate::text::thai_ccc(c) == 0 && !is_thai_mark(c)
}

fn is_thai_mark(c: char) -> bool {
    matches!(c, '\u{0E31}' | '\u{0E34}'..='\u{0E3A}' | '\u{0E47}'..='\u{0E4E}')
}

/// Stretches of a run of Thai letters followed at once by themselves, as
/// (start, period) in characters, by period and then start. A stretch of
/// period p is p positions in a row where char i equals char i+p, and any p
/// positions in a row hold a multiple of p: so only those are compared, and
/// a match is widened both ways. About 2.3 comparisons a letter for the 22
/// periods instead of 22 (this loop was a fifth of `sala check`).
fn squares(run: &[(usize, char)]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let letters: Vec<char> = run.iter().map(|c| c.1).collect();
    let n = letters.len();
    for p in 3..=MAX_THAI.min(n / 2) {
        let same = |i: usize| letters[i] == letters[i + p];
        let mut k = 0;
        while k + p < n {
            if !same(k) {
                k += p;
                continue;
            }
            let mut s = k;
            while s > 0 && same(s - 1) {
                s -= 1;
            }
            let mut e = k + 1;
            while e + p < n && same(e) {
                e += 1;
            }
            // Positions s..e match: a repeat starts at each of s..=e-p.
            if e - s >= p {
                out.extend((s..=e - p).map(|start| (start, p)));
            }
            // The next multiple of p from the run's end.
            k = e.div_ceil(p) * p;
        }
    }
    out
}

/// Thai stretches written twice in a row inside one run of Thai letters.
/// Letters repeat by chance where words meet (ข้าราชการ|การเมือง,
/// หลายคน|หลายครั้ง), so a repeat counts only where the dictionary puts a
/// word boundary at two of its three edges (start, middle, end).
fn thai(text: &str, out: &mut Vec<Finding>) {
    // A text without Thai characters (most Vietnamese and English prose)
    // has no run to search, and is not cut into characters for nothing.
    if crate::text::thai_starts(text.as_bytes()).next().is_none() {
        return;
    }
    let all: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < all.len() {
        if !is_thai_letter(all[i].1) {
            i += 1;
            continue;
        }
        // Across a space Thai repeats on purpose ("ประเด็น ประเด็นละหนึ่งหน้า",
        // "แต่ละส่วน ส่วนการ…"): only the letters between spaces are searched
        // here; a whole word twice ("การเสวนา การเสวนา") is found below.
        let mut run: Vec<(usize, char)> = Vec::new();
        while i < all.len() && is_thai_letter(all[i].1) {
            run.push(all[i]);
            i += 1;
        }
        let candidates = squares(&run);
        if candidates.is_empty() {
            continue;
        }
        let from = run[0].0;
        let to = run.last().map_or(from, |(at, c)| at + c.len_utf8());
        let segmenter = icu_segmenter::WordSegmenter::new_dictionary(Default::default());
        let bounds: std::collections::HashSet<usize> = segmenter
            .segment_str(&text[from..to])
            .map(|b| b + from)
            .collect();
        let byte = |k: usize| run.get(k).map_or(to, |c| c.0);
        let edge = |k: usize| bounds.contains(&byte(k));
        for (at, p) in candidates {
            let stretch = &run[at..at + p];
            if stretch.iter().filter(|c| is_thai_base(c.1)).count() < 2
                || is_thai_mark(stretch[0].1)
            {
                continue;
            }
            if [at, at + p, at + 2 * p]
                .into_iter()
                .filter(|&k| edge(k))
                .count()
                >= 2
            {
                let once = &text[byte(at)..byte(at + p)];
                let end = run
                    .get(at + 2 * p - 1)
                    .map_or(to, |(b, c)| b + c.len_utf8());
                out.push(Finding {
                    start: byte(at),
                    end,
                    message: crate::t!("text-written-twice", text = once),
                    hint: crate::t!("text-written-twice-hint", text = once),
                });
                break;
            }
        }
    }
}

/// A word of Vietnamese or English (or a space-separated Thai word) and
/// whether only spaces stand between it and the word before.
struct Word<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    joined: bool,
}

fn words<'a>(text: &'a str, lang: &str, out: &mut Vec<Finding>) {
    let mut list: Vec<Word<'a>> = Vec::new();
    let mut gap_is_space = false;
    let mut start: Option<usize> = None;
    let push = |list: &mut Vec<Word<'a>>, s: usize, e: usize, joined: bool| {
        let w = &text[s..e];
        list.push(Word {
            start: s,
            end: e,
            text: w,
            joined,
        });
    };
    for (i, c) in text.char_indices() {
        // Cheap tests first: the Unicode tables behind `is_alphanumeric`
        // took half of `sala check` on a large Thai site.
        let word_char = c.is_ascii_alphanumeric()
            || is_thai_letter(c)
            || c == '-' && start.is_some()
            || !c.is_ascii()
                && (latin_letter(c)
                    || c.is_alphanumeric()
                    || ('\u{0300}'..='\u{036F}').contains(&c));
        match (word_char, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                push(&mut list, s, i, gap_is_space);
                start = None;
                gap_is_space = c == ' ' || c == '\u{a0}';
            }
            (false, None) => gap_is_space = gap_is_space && (c == ' ' || c == '\u{a0}'),
            (true, Some(_)) => {}
        }
    }
    if let Some(s) = start {
        push(&mut list, s, text.len(), gap_is_space);
    }
    // Vietnamese repeats one syllable on purpose (reduplication).
    let min_words = if lang == "vi" { 2 } else { 1 };
    let mut i = 0;
    while i < list.len() {
        let mut found = None;
        for k in min_words..=MAX_WORDS {
            if i + 2 * k > list.len() {
                break;
            }
            let a = &list[i..i + k];
            let b = &list[i + k..i + 2 * k];
            let same = a.iter().zip(b).all(|(x, y)| same_word(x.text, y.text))
                && list[i + 1..i + 2 * k].iter().all(|w| w.joined);
            if !same {
                continue;
            }
            let letters = a.iter().any(|w| w.text.chars().any(char::is_alphabetic));
            if letters && !(k == 1 && allowed_single(&a[0], lang)) {
                found = Some(k);
                break;
            }
        }
        if let Some(k) = found {
            let once = &text[list[i].start..list[i + k - 1].end];
            out.push(Finding {
                start: list[i].start,
                end: list[i + 2 * k - 1].end,
                message: crate::t!("text-written-twice", text = once),
                hint: crate::t!("text-written-twice-hint", text = once),
            });
            i += 2 * k;
        } else {
            i += 1;
        }
    }
}

/// Letters of the Latin blocks Vietnamese is written in (ạ, ơ, đ, ể), known
/// without the Unicode tables behind `is_alphanumeric` (a twentieth of `sala
/// check` on Vietnamese pages).
fn latin_letter(c: char) -> bool {
    matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}') && c != '×' && c != '÷'
}

/// The same word, whatever its case ("The the"). Most neighbours differ in
/// their first letter, so no lowercase copy is made (it was a tenth of `sala
/// check`).
fn same_word(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        return a.eq_ignore_ascii_case(b);
    }
    // Two first letters that differ and have no case (Thai, or lowercase
    // ASCII) settle it without the case tables.
    let caseless = |c: char| c.is_ascii_lowercase() || ('\u{0E00}'..='\u{0E7F}').contains(&c);
    if let (Some(x), Some(y)) = (a.chars().next(), b.chars().next()) {
        if x != y && caseless(x) && caseless(y) {
            return false;
        }
    }
    a.chars()
        .flat_map(char::to_lowercase)
        .eq(b.chars().flat_map(char::to_lowercase))
}

/// Single words that are right twice in a row.
fn allowed_single(w: &Word, lang: &str) -> bool {
    if w.text.chars().any(is_thai_letter) {
        // Whole Thai words between spaces: short ones repeat on purpose.
        let bases = w.text.chars().filter(|&c| is_thai_base(c)).count();
        return w.text.chars().count() < 3 || bases < 2;
    }
    lang == "en" && (w.text.eq_ignore_ascii_case("that") || w.text.eq_ignore_ascii_case("had"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str, lang: &str) -> Vec<String> {
        find(text, lang)
            .into_iter()
            .map(|f| text[f.start..f.end].to_string())
            .collect()
    }

    #[test]
    fn thai_stretches_repeated_at_once() {
        assert_eq!(
            found("ตารางอ่านว่าการเสวนาการเสวนาเชิงนโยบาย", "th"),
            ["การเสวนาการเสวนา"]
        );
        assert_eq!(
            found("ตาราง การเสวนา การเสวนา เชิงนโยบาย", "th"),
            ["การเสวนา การเสวนา"]
        );
        // Real Thai: ที่ที่ (the place where), นานา, ระยะ, ๆ, years in Thai digits.
        for ok in [
            "ที่ที่อยู่",
            "นานาประเทศ",
            "ระยะกลาง",
            "ต่าง ๆ นานา",
            "พ.ศ. ๒๕๒๕",
            "การประสานงานและการประสานงาน",
            "ประสานงานกับหน่วยงาน",
            "ข้าราชการการเมือง",
            "ต้องประสานงานหลายคนหลายครั้ง",
            "สิบเอ็ดประเด็น ประเด็นละหนึ่งหน้า",
            "ในแต่ละส่วน ส่วนการแลกเปลี่ยน",
            "ซึ่งกันและกัน และการแลกเปลี่ยน",
            "กำหนดพิธีการ การแต่งกาย",
        ] {
            assert!(found(ok, "th").is_empty(), "{ok}: {:?}", found(ok, "th"));
        }
    }

    /// Every (start, period) with char i equal to char i+p for the p
    /// positions from start: the definition, checked position by position.
    fn squares_by_definition(letters: &[char]) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        for p in 3..=MAX_THAI.min(letters.len() / 2) {
            for start in 0..letters.len().saturating_sub(2 * p - 1) {
                if (start..start + p).all(|i| letters[i] == letters[i + p]) {
                    out.push((start, p));
                }
            }
        }
        out
    }

    #[test]
    fn squares_finds_every_repeat_the_definition_finds() {
        // Texts of few letters repeat often, at every period and overlap.
        let mut seed = 12345u64;
        for len in 0..160 {
            for alphabet in [2u64, 3, 5] {
                let letters: Vec<char> = (0..len)
                    .map(|_| {
                        seed = seed
                            .wrapping_mul(6364136223846793005)
                            .wrapping_add(1442695040888963407);
                        char::from(b'a' + ((seed >> 33) % alphabet) as u8)
                    })
                    .collect();
                let run: Vec<(usize, char)> = letters.iter().copied().enumerate().collect();
                assert_eq!(
                    squares(&run),
                    squares_by_definition(&letters),
                    "{}",
                    letters.iter().collect::<String>()
                );
            }
        }
    }

    #[test]
    fn words_and_phrases_repeated() {
        assert_eq!(found("Read the the page.", "en"), ["the the"]);
        assert_eq!(
            found("The plan sets out out five levels", "en"),
            ["out out"]
        );
        assert_eq!(
            found("cùng quản trị hợp tác hợp tác để", "vi"),
            ["hợp tác hợp tác"]
        );
        assert_eq!(
            found("Policy dialogue policy dialogue", "en"),
            ["Policy dialogue policy dialogue"]
        );
        for (ok, lang) in [
            ("người người, nhà nhà thi đua", "vi"),
            ("dần dần cải thiện", "vi"),
            ("He said that that was all.", "en"),
            ("the plan. The plan", "en"),
            ("2008–2012 2008", "en"),
            ("the, the", "en"),
        ] {
            assert!(found(ok, lang).is_empty(), "{ok}: {:?}", found(ok, lang));
        }
    }
}
