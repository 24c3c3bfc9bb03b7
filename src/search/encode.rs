//! The compact encodings of the index files, read back by
//! `themes/default/static/search-core.js`: numbers as base-64 VLQ digits
//! (5 bits each, bit 6 = more digits follow), passage texts as raw deflate in
//! seven-bit text (`seven_bit`), and every file a classic script that hands
//! its payload to `salaSearchData(name, payload)` so it loads from `file://`
//! too.

use flate2::{write::DeflateEncoder, Compression};
use std::cell::RefCell;
use std::io::Write;

pub(super) const DIGITS: &[u8; 64] =
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Appends `n` as base-64 VLQ digits, least significant first.
pub fn vlq(out: &mut String, mut n: u32) {
    loop {
        let digit = n & 31;
        n >>= 5;
        if n == 0 {
            out.push(DIGITS[digit as usize] as char);
            return;
        }
        out.push(DIGITS[(digit | 32) as usize] as char);
    }
}

/// Raw deflate (libdeflate) at `level`, as seven-bit text. libdeflate makes the
/// same stream format as zlib in less time: at 3,033 pages, levels 4 (UTF-8
/// texts) and 5 (windows-874) took a build from 4.79 to 4.52 s of CPU
/// against zlib-rs at level 5, for 0.2-0.3% more bytes. Thai texts need the
/// higher level: a first Thai query at 30,000 pages is close to its 150 KB.
///
/// Each thread keeps its compressors (one a level): a new one allocates and
/// zeroes its tables for every page, and the kernel's zeroing of fresh memory
/// was 7.0% of a 3,033-page build's samples when zlib did that.
fn deflate_text(bytes: &[u8], level: i32) -> String {
    thread_local! {
        static DEFLATE: RefCell<Vec<(i32, libdeflater::Compressor)>> =
            const { RefCell::new(Vec::new()) };
    }
    let raw = DEFLATE.with(|d| {
        let mut d = d.borrow_mut();
        let at = match d.iter().position(|(l, _)| *l == level) {
            Some(at) => at,
            None => {
                let lvl = libdeflater::CompressionLvl::new(level).unwrap_or_default();
                d.push((level, libdeflater::Compressor::new(lvl)));
                d.len() - 1
            }
        };
        let c = &mut d[at].1;
        let mut out = vec![0; c.deflate_compress_bound(bytes.len())];
        match c.deflate_compress(bytes, &mut out) {
            Ok(n) => {
                out.truncate(n);
                out
            }
            // The buffer has the bound's size, so this does not happen; if
            // it did, zlib writes the same format.
            Err(_) => deflate_once(bytes),
        }
    });
    seven_bit(&raw)
}

/// The characters a JavaScript string literal cannot hold as they are (NUL
/// too, which tools take for a binary file), in the order `seven_bit` numbers
/// them; the browser's `search-core.js` has the same list.
const ESCAPED: [u8; 5] = [0, b'\n', b'\r', b'"', b'\\'];

/// Bytes as the text of a JavaScript string, seven bits a character where
/// base 64 carries six: page texts 13.5% smaller on the synthetic sites (the
/// same idea as base-122). The bits, most significant first, are cut into
/// groups of seven (the last padded with zeros); a group is the character
/// of that code, except one of `ESCAPED`: its index `k` and the next group
/// `g` become the character U+0080 + 128k + g (below U+0300, so no
/// combining mark), or U+0400 + k for the last group. The browser reads
/// back `floor(7 × groups / 8)` bytes, which is the count written.
pub fn seven_bit(bytes: &[u8]) -> String {
    // Each group's place in ESCAPED, plus one; 0 for a plain group.
    const ESCAPE: [u8; 128] = {
        let mut t = [0u8; 128];
        let mut k = 0;
        while k < ESCAPED.len() {
            t[ESCAPED[k] as usize] = k as u8 + 1;
            k += 1;
        }
        t
    };
    let mut out = String::with_capacity(bytes.len() * 8 / 7 + 2);
    // An escaped group's place, waiting for the group after it.
    let mut waiting: Option<u32> = None;
    let mut put = |g: u32| {
        let code = match waiting.take() {
            Some(k) => 0x80 + (k << 7) + g,
            None => match ESCAPE[g as usize] {
                0 => g,
                k => {
                    waiting = Some(u32::from(k) - 1);
                    return;
                }
            },
        };
        // Every code made here is a character (below U+0300).
        out.push(char::from_u32(code).unwrap_or_default());
    };
    let (mut acc, mut bits) = (0u32, 0u32);
    for &b in bytes {
        acc = (acc << 8) | u32::from(b);
        bits += 8;
        while bits >= 7 {
            bits -= 7;
            put((acc >> bits) & 127);
        }
        acc &= (1 << bits) - 1;
    }
    if bits > 0 {
        put((acc << (7 - bits)) & 127);
    }
    if let Some(k) = waiting {
        out.push(char::from_u32(0x400 + k).unwrap_or_default());
    }
    out
}

/// Raw deflate with a compressor of its own.
fn deflate_once(bytes: &[u8]) -> Vec<u8> {
    let mut enc = DeflateEncoder::new(Vec::new(), Compression::new(5));
    // Writing to a Vec cannot fail.
    let _ = enc.write_all(bytes);
    enc.finish().unwrap_or_default()
}

/// Deflate levels of page texts: UTF-8, and windows-874 (mostly Thai).
const UTF8_LEVEL: i32 = 4;
const THAI_LEVEL: i32 = 5;

/// A page's texts (JSON) deflated for its text entry, with the charset the
/// browser decodes them with when it is not UTF-8. Text that is mostly Thai
/// goes as windows-874 (`TextDecoder("windows-874")`, in every browser): one
/// byte a Thai letter instead of UTF-8's three, so about half the bytes to
/// compress and a quarter fewer once compressed. Any other character outside
/// ASCII is then written as a JSON `\u` escape, which only strings hold.
pub fn page_texts(json: &str) -> (String, Option<&'static str>) {
    // Counted on bytes: characters outside ASCII by their lead bytes, Thai
    // ones (U+0E00-U+0E7F) by theirs, E0 B8 or E0 B9.
    let bytes = json.as_bytes();
    let leads = bytes.iter().filter(|&&b| b >= 0xC0).count();
    let thai = crate::text::thai_starts(bytes).count();
    let other = leads - thai;
    // Each Thai letter saves two bytes; each escape costs three to five.
    if thai * 2 <= other * 5 {
        return (deflate_text(json.as_bytes(), UTF8_LEVEL), None);
    }
    let mut bytes = Vec::with_capacity(json.len() / 2);
    for c in json.chars() {
        if c.is_ascii() {
            bytes.push(c as u8);
        } else if let Some(b) = windows_874(c) {
            bytes.push(b);
        } else {
            let mut units = [0u16; 2];
            for u in c.encode_utf16(&mut units) {
                bytes.extend_from_slice(format!("\\u{u:04x}").as_bytes());
            }
        }
    }
    (deflate_text(&bytes, THAI_LEVEL), Some("windows-874"))
}

/// The windows-874 byte of a character outside ASCII, if it has one: the
/// Thai block, and the punctuation the WHATWG Encoding Standard maps.
fn windows_874(c: char) -> Option<u8> {
    Some(match c {
        '\u{0E01}'..='\u{0E3A}' | '\u{0E3F}'..='\u{0E5B}' => (c as u32 - 0x0E00 + 0xA0) as u8,
        '\u{20AC}' => 0x80,
        '\u{2026}' => 0x85,
        '\u{2018}' => 0x91,
        '\u{2019}' => 0x92,
        '\u{201C}' => 0x93,
        '\u{201D}' => 0x94,
        '\u{2022}' => 0x95,
        '\u{2013}' => 0x96,
        '\u{2014}' => 0x97,
        '\u{00A0}' => 0xA0,
        _ => return None,
    })
}

/// A classic script handing `payload` (JSON) to the loader.
pub fn script(name: &str, payload: &str) -> Vec<u8> {
    format!("salaSearchData({},{payload});\n", json_string(name)).into_bytes()
}

/// A JSON (and JavaScript) string literal; `</` escaped so no payload can
/// close a script element.
pub fn json_string(s: &str) -> String {
    serde_json::to_string(s)
        .unwrap_or_default()
        .replace("</", "<\\/")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads the numbers back, as `search-core.js` does.
    fn unvlq(s: &str) -> Vec<u32> {
        let mut out = Vec::new();
        let (mut n, mut shift) = (0u32, 0);
        for b in s.bytes() {
            let Some(d) = DIGITS.iter().position(|&x| x == b) else {
                continue;
            };
            n |= ((d as u32) & 31) << shift;
            if d & 32 != 0 {
                shift += 5;
            } else {
                out.push(n);
                n = 0;
                shift = 0;
            }
        }
        out
    }

    /// Decodes windows-874 as the Encoding Standard's table does.
    fn from_windows_874(bytes: &[u8]) -> String {
        let table: std::collections::HashMap<u8, char> = (0x80..=0xFFFFu32)
            .filter_map(char::from_u32)
            .filter_map(|c| windows_874(c).map(|b| (b, c)))
            .collect();
        bytes
            .iter()
            .map(|&b| match table.get(&b) {
                Some(&c) => c,
                None if b.is_ascii() => b as char,
                None => panic!("byte {b:#x} has no character"),
            })
            .collect()
    }

    /// Reads `seven_bit` text back, as `search-core.js` does.
    fn unseven(s: &str) -> Vec<u8> {
        let mut groups = Vec::new();
        for c in s.chars() {
            let c = c as u32;
            match c {
                0..=0x7F => groups.push(c as u8),
                0x80..=0x2FF => {
                    let v = c - 0x80;
                    groups.push(ESCAPED[(v >> 7) as usize]);
                    groups.push((v & 127) as u8);
                }
                _ => groups.push(ESCAPED[(c - 0x400) as usize]),
            }
        }
        let (mut out, mut acc, mut bits) = (Vec::new(), 0u32, 0u32);
        for g in groups {
            acc = (acc << 7) | u32::from(g);
            bits += 7;
            if bits >= 8 {
                bits -= 8;
                out.push((acc >> bits) as u8);
            }
            acc &= (1 << bits) - 1;
        }
        out
    }

    #[test]
    fn seven_bit_text_reads_back_and_holds_no_character_a_string_cannot() {
        let mut cases: Vec<Vec<u8>> =
            vec![vec![], vec![0], vec![255], vec![0, 0], b"\n\r\"\\".to_vec()];
        // Every length up to 40, and bytes that make each escaped group,
        // last or not.
        let mut x = 0x2545_F491u32;
        for n in 0..40 {
            cases.push(
                (0..n)
                    .map(|_| {
                        x ^= x << 13;
                        x ^= x >> 17;
                        x ^= x << 5;
                        x as u8
                    })
                    .collect(),
            );
        }
        for e in ESCAPED {
            cases.push(vec![e << 1]);
            cases.push(vec![e << 1, e << 2, 0xFF]);
        }
        for bytes in cases {
            let s = seven_bit(&bytes);
            assert_eq!(unseven(&s), bytes, "{s:?}");
            assert!(!s.contains(['\0', '\n', '\r', '"', '\\']), "{s:?}");
            assert!(s
                .chars()
                .all(|c| (c as u32) < 0x300 || (0x400..0x405).contains(&(c as u32))));
        }
        // Seven bits a character: 8/7 of the bytes, plus at most one.
        let big: Vec<u8> = (0..7000u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8)
            .collect();
        assert!(seven_bit(&big).chars().count() <= 8000 + 1);
    }

    fn inflate(text: &str) -> Vec<u8> {
        use std::io::Read;
        let raw = unseven(text);
        let mut out = Vec::new();
        flate2::read::DeflateDecoder::new(&raw[..])
            .read_to_end(&mut out)
            .expect("deflate");
        out
    }

    #[test]
    fn thai_texts_go_as_windows_874_and_read_back_the_same() {
        let rows = vec![[
            "ส่วน-1".to_string(),
            "การบริหาร “กระบวนการ” ความร่วมมือ".to_string(),
            "ข้อ ๑–๓… ราคา 5€\u{00A0}฿ — Hợp tác 協力 😀 \"q\" \\ </script>".to_string(),
        ]];
        let json = serde_json::to_string(&rows).expect("json");
        let (z, charset) = page_texts(&json);
        assert_eq!(charset, Some("windows-874"));
        let bytes = inflate(&z);
        let text = from_windows_874(&bytes);
        let back: Vec<[String; 3]> = serde_json::from_str(&text).expect("valid JSON");
        assert_eq!(back, rows);
        // A Thai letter is one byte.
        assert!(
            bytes.len() < json.len() * 2 / 3,
            "{} of {}",
            bytes.len(),
            json.len()
        );
    }

    #[test]
    fn other_texts_stay_utf8() {
        for text in [
            "Hợp tác giữa các cơ quan",
            "Managing collaboration",
            "คน 協力協力協力協力",
        ] {
            let json = serde_json::to_string(&[text]).expect("json");
            let (z, charset) = page_texts(&json);
            assert_eq!(charset, None, "{text}");
            assert_eq!(inflate(&z), json.as_bytes());
        }
    }

    #[test]
    fn vlq_round_trips() {
        let nums = [0, 1, 31, 32, 1000, 65_535, 4_000_000, u32::MAX];
        let mut s = String::new();
        for n in nums {
            vlq(&mut s, n);
        }
        assert_eq!(unvlq(&s), nums);
        assert!(!s.contains(['"', '\\']));
    }
}
