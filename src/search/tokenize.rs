//! Text to index terms, defined once and repeated exactly by the browser
//! (`themes/default/static/search-tokenize.js`); `tests/search_vectors.json` holds
//! the cases both sides must agree on.
//!
//! - Words (runs of letters, digits and Latin combining marks that are not
//!   Thai letters) become their folded form (`normalize::fold`), stemmed with
//!   Snowball English in the English index; in the Vietnamese index a final
//!   `y` that is a syllable's only vowel reads as `i` (`lý` = `lí`). A word
//!   whose exact form differs from the folded one also yields an exact term,
//!   `=` + `tone_key`, which only ranks: exact diacritics first.
//! - Thai is written without spaces between words, and the browsers' own
//!   segmenters disagree, so Thai runs are cut into cells (a base letter and
//!   the marks above or below it) and indexed as overlapping cell bigrams, as
//!   Lucene does for CJK. A query typed with or without spaces gives the same
//!   bigrams: Thai runs separated only by spaces are read as one.

use super::normalize::{exact, fold};
use crate::text::thai_ccc;
use rustc_hash::FxHashMap as HashMap;
use unicode_normalization::UnicodeNormalization;

/// Between the term and the exact form in exact-form terms (`hop=hơp̣`).
pub const EXACT: char = '=';

/// Thai letters, vowels and marks (not digits, ฯ, ๆ or ฿).
fn is_thai_letter(c: char) -> bool {
    matches!(c, '\u{0E01}'..='\u{0E3A}' | '\u{0E40}'..='\u{0E4E}')
        && c != '\u{0E2F}'
        && c != '\u{0E46}'
}

/// Thai marks written above or below a letter: they belong to its cell.
fn is_thai_mark(c: char) -> bool {
    matches!(c, '\u{0E31}' | '\u{0E34}'..='\u{0E3A}' | '\u{0E47}'..='\u{0E4E}')
}

/// Characters of a (non-Thai) word: letters, digits, Latin combining marks.
fn is_word_char(c: char) -> bool {
    match c {
        '\0'..='\u{7F}' => c.is_ascii_alphanumeric(),
        // The Latin letters of Vietnamese, all alphabetic, answered without
        // the Unicode tables (whose lookup was a tenth of tokenizing).
        '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}' => c != '\u{D7}' && c != '\u{F7}',
        '\u{300}'..='\u{36F}' => true,
        _ => !is_thai_letter(c) && c.is_alphanumeric(),
    }
}

/// Spaces that may separate the parts of one Thai run.
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{00A0}')
}

/// A span of the text: a word, or a Thai run (spaces between Thai parts kept).
#[derive(Debug, Clone, Copy, PartialEq)]
enum Span<'a> {
    Word(&'a str),
    Thai(&'a str),
}

/// Cuts text into words and Thai runs; everything else separates them.
fn spans(text: &str) -> Vec<Span<'_>> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if is_thai_letter(c) {
            let mut end = start + c.len_utf8();
            let mut scan = chars.clone();
            while let Some(&(i, d)) = scan.peek() {
                if is_thai_letter(d) {
                    end = i + d.len_utf8();
                    scan.next();
                    chars = scan.clone();
                } else if is_space(d) {
                    scan.next();
                } else {
                    break;
                }
            }
            out.push(Span::Thai(&text[start..end]));
        } else if is_word_char(c) {
            let mut end = start + c.len_utf8();
            while let Some(&(i, d)) = chars.peek() {
                if !is_word_char(d) {
                    break;
                }
                end = i + d.len_utf8();
                chars.next();
            }
            out.push(Span::Word(&text[start..end]));
        }
    }
    out
}

/// Whether the Thai letters of a run (spaces left out) are already NFC. No
/// Thai character composes or decomposes canonically, so NFC only reorders
/// marks: a run is NFC when no mark follows one of a higher class. This
/// check runs on every Thai run of every page, where the general NFC check
/// cost a tenth of the whole build.
fn thai_is_nfc(run: &str) -> bool {
    let mut prev = 0;
    for c in run.chars().filter(|&c| !is_space(c)) {
        let ccc = thai_ccc(c);
        if ccc != 0 && ccc < prev {
            return false;
        }
        prev = ccc;
    }
    true
}

/// A Thai run made ready for cells: spaces dropped, NFC. Most runs already
/// are, and come back as they are; the others are made in `out`.
fn clean_thai<'a>(run: &'a str, out: &'a mut String) -> &'a str {
    let nfc = thai_is_nfc(run);
    if nfc && !run.contains(is_space) {
        return run;
    }
    out.clear();
    let kept = run.chars().filter(|&c| !is_space(c));
    if nfc {
        out.extend(kept);
    } else {
        out.extend(kept.nfc());
    }
    out
}

/// Where the cells of a clean Thai run start, then its end: a cell is a
/// letter with the marks that follow it (a leading mark stands alone).
fn cell_bounds(clean: &str) -> impl Iterator<Item = usize> + '_ {
    clean
        .char_indices()
        .filter(|&(i, c)| i == 0 || !is_thai_mark(c))
        .map(|(i, _)| i)
        .chain([clean.len()])
}

/// Calls `f` with the overlapping cell bigrams of a clean Thai run (a lone
/// cell stands for itself).
fn thai_terms(clean: &str, mut f: impl FnMut(&str)) {
    // Three bounds at a time, without collecting them.
    let mut bounds = cell_bounds(clean);
    let (Some(mut a), Some(mut b), Some(c)) = (bounds.next(), bounds.next(), bounds.next()) else {
        f(clean);
        return;
    };
    f(&clean[a..c]);
    (a, b) = (b, c);
    for c in bounds {
        f(&clean[a..c]);
        (a, b) = (b, c);
    }
}

/// The cells of a Thai run.
pub fn thai_cells(run: &str) -> Vec<String> {
    let mut out = String::new();
    let clean = clean_thai(run, &mut out);
    cell_bounds(clean)
        .collect::<Vec<_>>()
        .windows(2)
        .map(|w| clean[w[0]..w[1]].to_string())
        .collect()
}

/// The exact form with Vietnamese tone marks moved to the end, so `hoà` and
/// `hòa` (old and new tone placement) give the same key.
pub fn tone_key(exact_word: &str) -> String {
    const TONES: [char; 5] = ['\u{0300}', '\u{0301}', '\u{0303}', '\u{0309}', '\u{0323}'];
    let mut base = String::with_capacity(exact_word.len() + 2);
    let mut tones = String::new();
    for c in exact_word.nfd() {
        if TONES.contains(&c) {
            tones.push(c);
        } else {
            base.push(c);
        }
    }
    base.push_str(&tones);
    base.nfc().collect()
}

/// Stems English words of ASCII letters; other words are left as they are.
struct Stemmer(rust_stemmers::Stemmer);

impl Stemmer {
    fn for_lang(lang: &str) -> Option<Stemmer> {
        (lang == "en").then(|| {
            Stemmer(rust_stemmers::Stemmer::create(
                rust_stemmers::Algorithm::English,
            ))
        })
    }

    fn stem(&self, word: &str) -> String {
        if word.bytes().all(|b| b.is_ascii_lowercase()) {
            self.0.stem(word).into_owned()
        } else {
            word.to_string()
        }
    }
}

/// A Vietnamese syllable whose only vowel is a final `y` after a consonant,
/// with `i` instead: `lý` and `lí`, `kỹ` and `kĩ`, `quý` and `quí` are one
/// word spelled two ways, both in use (`ay`, `uy` and a lone `y` stay).
fn i_for_y(folded: String) -> String {
    const CONSONANTS: [&str; 24] = [
        "b", "c", "ch", "d", "g", "gh", "h", "k", "kh", "l", "m", "n", "ng", "nh", "p", "ph", "qu",
        "r", "s", "t", "th", "tr", "v", "x",
    ];
    match folded.strip_suffix('y') {
        Some(head) if CONSONANTS.contains(&head) => format!("{head}i"),
        _ => folded,
    }
}

/// The search term of one word, and its exact-form term when it differs.
fn word_terms(word: &str, stemmer: Option<&Stemmer>, vi: bool) -> (String, Option<String>) {
    let folded = fold(word);
    let key = tone_key(&exact(word));
    let term = match stemmer {
        Some(s) => s.stem(&folded),
        None if vi => i_for_y(folded.clone()),
        None => folded.clone(),
    };
    // After the term it belongs to (`hop=hơp̣` sorts beside `hop`), so that a
    // query finds both in one dictionary shard.
    let exact_term = (key != folded).then(|| format!("{term}{EXACT}{key}"));
    (term, exact_term)
}

/// Turns texts into the terms of one language's index: words and Thai cell
/// bigrams in text order, an exact-form term after its word, then (in the
/// Vietnamese index) the pairs. Remembers each word it has seen, since
/// normalizing is the costly part and most words repeat.
pub struct Tokenizer {
    stemmer: Option<Stemmer>,
    /// The Vietnamese index: pair terms, and `i_for_y` in word terms.
    pairs: bool,
    /// Words seen, by their text: an index into `list`.
    words: HashMap<String, usize>,
    list: Vec<Word>,
    /// The words of the text being read, by span (`None` for Thai runs).
    spans_words: Vec<Option<usize>>,
    thai: String,
    pair: String,
}

struct Word {
    term: String,
    exact: Option<String>,
}

/// What a term is: a word's search term or its exact-form term (with the
/// word's number, the same for every occurrence while the tokenizer lives, so
/// callers can remember what they made of it), two Thai cells, or a
/// Vietnamese pair (with its two words' numbers). Words and Thai cells count
/// in a passage's length.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Term {
    Word(usize),
    Exact(usize),
    Thai,
    Pair(usize, usize),
}

impl Tokenizer {
    pub fn new(lang: &str) -> Tokenizer {
        Tokenizer {
            stemmer: Stemmer::for_lang(lang),
            pairs: lang == "vi",
            words: HashMap::default(),
            list: Vec::new(),
            spans_words: Vec::new(),
            thai: String::new(),
            pair: String::new(),
        }
    }

    /// The word's place in `list`, normalized on first sight only.
    fn word(&mut self, w: &str) -> usize {
        if let Some(&i) = self.words.get(w) {
            return i;
        }
        let (term, exact) = word_terms(w, self.stemmer.as_ref(), self.pairs);
        self.list.push(Word { term, exact });
        self.words.insert(w.to_string(), self.list.len() - 1);
        self.list.len() - 1
    }

    /// Calls `f` with every term of `text`.
    pub fn each(&mut self, text: &str, mut f: impl FnMut(&str)) {
        self.each_term(text, |t, _| f(t));
    }

    /// Calls `f` with every term of `text` and what kind of term it is.
    pub fn each_term(&mut self, text: &str, mut f: impl FnMut(&str, Term)) {
        let spans = spans(text);
        self.spans_words.clear();
        for span in &spans {
            match *span {
                Span::Word(w) => {
                    let i = self.word(w);
                    let word = &self.list[i];
                    // A "word" of combining marks alone folds to nothing:
                    // no term (the browser skips it alike).
                    if word.term.is_empty() {
                        self.spans_words.push(None);
                        continue;
                    }
                    self.spans_words.push(Some(i));
                    f(&word.term, Term::Word(i));
                    if let Some(x) = &word.exact {
                        f(x, Term::Exact(i));
                    }
                }
                Span::Thai(run) => {
                    self.spans_words.push(None);
                    let clean = clean_thai(run, &mut self.thai);
                    thai_terms(clean, |t| f(t, Term::Thai));
                }
            }
        }
        if !self.pairs {
            return;
        }
        let base = text.as_ptr() as usize;
        // The previous word: its place in `list` and where it ended.
        let mut prev: Option<(usize, usize)> = None;
        for (span, &word) in spans.iter().zip(&self.spans_words) {
            let (Span::Word(w), Some(i)) = (*span, word) else {
                prev = None;
                continue;
            };
            let start = w.as_ptr() as usize - base;
            if let Some((p, end)) = prev {
                if text[end..start].chars().all(is_space) {
                    // Pairs are Vietnamese only, never stemmed: the term is the folded word.
                    self.pair.clear();
                    self.pair.push_str(&self.list[p].term);
                    self.pair.push(' ');
                    self.pair.push_str(&self.list[i].term);
                    f(&self.pair, Term::Pair(p, i));
                }
            }
            prev = Some((i, start + w.len()));
        }
    }
}

/// The terms of a text in the index of `lang`, as a list (for tests).
pub fn index_terms(text: &str, lang: &str) -> Vec<String> {
    let mut out = Vec::new();
    Tokenizer::new(lang).each(text, |t| out.push(t.to_string()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_latin_fast_path_agrees_with_unicode() {
        for c in ('\0'..='\u{2FF}').chain('\u{1E00}'..='\u{1EFF}') {
            assert_eq!(
                is_word_char(c),
                c.is_alphanumeric(),
                "{c:?} U+{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn thai_bigrams_are_every_pair_of_neighbouring_cells() {
        for run in ["", "ก", "ผู้", "ผู้มี", "ประสานงาน", "ก่ข้ค", "\u{0E48}ก"]
        {
            let bounds: Vec<usize> = cell_bounds(run).collect();
            let expected: Vec<&str> = if bounds.len() <= 2 {
                vec![run]
            } else {
                bounds.windows(3).map(|w| &run[w[0]..w[2]]).collect()
            };
            let mut got = Vec::new();
            thai_terms(run, |t| got.push(t.to_string()));
            assert_eq!(got, expected, "{run:?}");
        }
        let mut got = Vec::new();
        thai_terms("ผู้มีส่วน", |t| got.push(t.to_string()));
        assert_eq!(got, ["ผู้มี", "มีส่", "ส่ว", "วน"]);
    }

    #[test]
    fn terms_say_what_they_are() {
        let mut t = Tokenizer::new("vi");
        let mut seen = Vec::new();
        t.each_term("hợp tác hợp", |s, k| seen.push((s.to_string(), k)));
        let w = |s: &str, k| (s.to_string(), k);
        assert_eq!(
            seen,
            vec![
                w("hop", Term::Word(0)),
                w("hop=hơp\u{323}", Term::Exact(0)),
                w("tac", Term::Word(1)),
                w("tac=tać", Term::Exact(1)),
                w("hop", Term::Word(0)),
                w("hop=hơp\u{323}", Term::Exact(0)),
                w("hop tac", Term::Pair(0, 1)),
                w("tac hop", Term::Pair(1, 0)),
            ]
        );
        let mut th = Tokenizer::new("th");
        th.each_term("ผู้", |s, k| seen.push((s.to_string(), k)));
        assert_eq!(seen.last(), Some(&w("ผู้", Term::Thai)));
    }

    #[test]
    fn thai_without_spaces_gives_the_same_terms_as_with_a_stray_space() {
        assert_eq!(
            index_terms("ประสานงาน", "th"),
            index_terms("ประสาน งาน", "th")
        );
        assert_eq!(thai_cells("ผู้มี"), vec!["ผู้", "มี"]);
    }

    #[test]
    fn thai_runs_are_nfc_whatever_the_order_of_their_marks() {
        // Every Thai letter and mark a run can hold, alone, in pairs and with
        // a space between: the fast check agrees with NFC itself.
        let thai: Vec<char> = ('\u{0E01}'..='\u{0E4E}')
            .filter(|&c| is_thai_letter(c))
            .collect();
        for &a in &thai {
            for &b in &thai {
                for run in [format!("ก{a}{b}"), format!("ก{a} {b}")] {
                    let kept: String = run.chars().filter(|&c| !is_space(c)).collect();
                    let nfc: String = kept.nfc().collect();
                    assert_eq!(thai_is_nfc(&run), kept == nfc, "{run:?}");
                    let mut out = String::new();
                    assert_eq!(clean_thai(&run, &mut out), nfc, "{run:?}");
                }
            }
        }
    }

    #[test]
    fn english_is_stemmed_and_vietnamese_gets_an_exact_term() {
        assert_eq!(index_terms("Managing risks", "en"), vec!["manag", "risk"]);
        assert_eq!(index_terms("hợp", "vi"), vec!["hop", "hop=hơp\u{323}"]);
        assert_eq!(tone_key("hoà"), tone_key("hòa"));
    }
}
