//! The dictionary as written: one entry per term in JavaScript's order, its
//! further chunks packed into `p/<pack>.js`, entries cut into `d/<shard>.js`
//! shards, and `meta.js` naming the shards. Shared by a full `index` build
//! and `live`, which writes again only the shards a saved page touches.

use super::passages::TEXT_GROUP;
use super::{encode, OutputFile};

/// Further chunks share a pack file up to this many bytes (a larger chunk
/// has a file of its own).
const PACK_BYTES: usize = 4096;

/// JavaScript compares strings by UTF-16 code units: sort the same way.
pub(super) fn utf16_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    a.encode_utf16().cmp(b.encode_utf16())
}

/// The first file a query loads: `{v, lang, passages, docs, tg, shards}`,
/// the shard heads front-coded (`front_coded`).
pub(super) fn meta_file(
    lang: &str,
    passages: usize,
    docs: usize,
    shard_heads: &[String],
) -> OutputFile {
    let heads: Vec<String> = front_coded(shard_heads)
        .iter()
        .map(|h| encode::json_string(h))
        .collect();
    let meta = format!(
        "{{\"v\":{},\"lang\":{},\"passages\":{},\"docs\":{},\"tg\":{},\"shards\":[{}]}}",
        super::INDEX_VERSION,
        encode::json_string(lang),
        passages,
        docs,
        TEXT_GROUP,
        heads.join(",")
    );
    let name = format!("{lang}/meta");
    OutputFile {
        path: format!("search/{name}.js"),
        bytes: encode::script(&name, &meta),
    }
}

/// Sorted shard heads, each as how many UTF-16 units it shares with the
/// one before (a base-64 digit, at most 63) and the rest: the heads of
/// neighbouring shards mostly share a start (`bach con`, `bach die`), and a
/// Vietnamese `meta.js` at 30,303 pages is a third smaller. search-core.js
/// reads them back when `meta.js` loads.
pub(super) fn front_coded(heads: &[String]) -> Vec<String> {
    let mut prev: &str = "";
    heads
        .iter()
        .map(|h| {
            let (mut units, mut bytes) = (0, 0);
            for (a, b) in h.chars().zip(prev.chars()) {
                if a != b || units + a.len_utf16() > 63 {
                    break;
                }
                units += a.len_utf16();
                bytes += a.len_utf8();
            }
            prev = h;
            format!("{}{}", encode::DIGITS[units] as char, &h[bytes..])
        })
        .collect()
}

/// Dictionary shard `k`: its entries, joined.
pub(super) fn shard_file(lang: &str, k: usize, entries: &str) -> OutputFile {
    let name = format!("{lang}/d/{k}");
    OutputFile {
        path: format!("search/{name}.js"),
        bytes: encode::script(&name, &format!("[{entries}]")),
    }
}

/// One dictionary entry, `[term, chunk0, [maxes], [packs]]`, its further
/// chunks added to `packs` under the key `"<chunk> <term>"`.
pub(super) fn entry_json(
    term: &str,
    chunks: &[String],
    maxes: &[u32],
    packs: &mut Packs,
    files: &mut Vec<OutputFile>,
) -> String {
    let mut entry = format!("[{},\"{}\"", encode::json_string(term), chunks[0]);
    if chunks.len() > 1 {
        let rest: Vec<String> = maxes[1..].iter().map(u32::to_string).collect();
        let at: Vec<String> = chunks
            .iter()
            .enumerate()
            .skip(1)
            .map(|(j, chunk)| packs.add(&format!("{j} {term}"), chunk, files).to_string())
            .collect();
        entry.push_str(&format!(",[{}],[{}]", rest.join(","), at.join(",")));
    }
    entry.push(']');
    entry
}

/// Further chunks, packed into files in the order they come.
pub(super) struct Packs<'a> {
    lang: &'a str,
    /// The pack being filled: its number, and its `"key":"chunk"` members.
    pub(super) number: usize,
    body: String,
}

impl<'a> Packs<'a> {
    pub(super) fn new(lang: &'a str, number: usize) -> Self {
        Packs {
            lang,
            number,
            body: String::new(),
        }
    }

    /// Adds one chunk under `key`; returns the number of its pack.
    fn add(&mut self, key: &str, chunk: &str, files: &mut Vec<OutputFile>) -> usize {
        if !self.body.is_empty() && self.body.len() + chunk.len() > PACK_BYTES {
            self.finish(files);
        }
        if !self.body.is_empty() {
            self.body.push(',');
        }
        self.body
            .push_str(&format!("{}:\"{chunk}\"", encode::json_string(key)));
        self.number
    }

    /// Writes the pack being filled, if any, and starts the next.
    pub(super) fn finish(&mut self, files: &mut Vec<OutputFile>) {
        if self.body.is_empty() {
            return;
        }
        let name = format!("{}/p/{}", self.lang, self.number);
        files.push(OutputFile {
            path: format!("search/{name}.js"),
            bytes: encode::script(&name, &format!("{{{}}}", self.body)),
        });
        self.body.clear();
        self.number += 1;
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// Reads front-coded heads back, as search-core.js does.
    pub(in crate::search) fn unfront(coded: &[String]) -> Vec<String> {
        let mut prev: Vec<u16> = Vec::new();
        coded
            .iter()
            .map(|c| {
                let mut chars = c.chars();
                let d = chars.next().map_or(0, |d| {
                    encode::DIGITS.iter().position(|&x| x as char == d).unwrap()
                });
                prev.truncate(d);
                prev.extend(chars.as_str().encode_utf16());
                String::from_utf16(&prev).unwrap()
            })
            .collect()
    }

    /// The shared vectors (search-core.js `unfront` reads the same ones in
    /// tests/js/vectors.test.js).
    #[test]
    fn shard_heads_are_front_coded_as_the_shared_vectors_say_and_read_back() {
        let v: serde_json::Value =
            serde_json::from_str(include_str!("../../tests/search_vectors.json")).unwrap();
        let strings = |k: &str| -> Vec<String> {
            v["front_coded"][k]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| s.as_str().unwrap().to_string())
                .collect()
        };
        let (heads, coded) = (strings("heads"), strings("coded"));
        assert!(heads.len() >= 10);
        assert_eq!(front_coded(&heads), coded);
        assert_eq!(unfront(&coded), heads);
        let plain: usize = heads.iter().map(|h| h.len() + 1).sum();
        assert!(coded.iter().map(String::len).sum::<usize>() < plain);
    }
}
