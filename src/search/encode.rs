//! The compact encodings of the index files, read back by
//! `themes/default/static/search-core.js`: numbers as base-64 VLQ digits
//! (5 bits each, bit 6 = more digits follow), passage texts as raw deflate in
//! base 64, and every file a classic script that hands its payload to
//! `salaSearchData(name, payload)` so it loads from `file://` too.

use base64::Engine;
use flate2::{write::DeflateEncoder, Compression};
use std::io::Write;

const DIGITS: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

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

/// Raw deflate, then base 64. Level 5: level 3 took a third of the time but
/// made Thai texts 14% larger, which a first Thai query at 30,000 pages
/// (151-156 KB against 150) could not afford; level 5 takes 29% less time
/// than 6 on Thai for 1.2% more bytes, and the same on Vietnamese and English.
pub fn deflate_base64(bytes: &[u8]) -> String {
    let mut enc = DeflateEncoder::new(Vec::new(), Compression::new(5));
    // Writing to a Vec cannot fail.
    let _ = enc.write_all(bytes);
    let raw = enc.finish().unwrap_or_default();
    base64::engine::general_purpose::STANDARD.encode(raw)
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
