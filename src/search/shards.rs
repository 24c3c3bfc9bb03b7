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

/// The first file a query loads: `{v, lang, passages, docs, tg, shards}`.
pub(super) fn meta_file(
    lang: &str,
    passages: usize,
    docs: usize,
    shard_heads: &[String],
) -> OutputFile {
    let heads: Vec<String> = shard_heads.iter().map(|h| encode::json_string(h)).collect();
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
